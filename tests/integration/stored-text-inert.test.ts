// Text the public stored is inert wherever it is shown again outside the browser pages (those are
// checked in the browser by tests/e2e/stored-text-inert.spec.ts): e-mail subjects and headers
// (CR/LF cannot add a header or a recipient), the plan PDF (no PDF syntax breaks out of its string,
// no script action), and JSON-LD (`</script>` cannot close the element).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { jsonLdText } from '@/lib/catalogue/offering-json-ld';
import { createSmtpTransport, deliverDueEmails } from '@/lib/email/deliver-emails';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { startSmtpSink, type SmtpSink } from '@/tests/support/smtp-sink';
import { pdfText } from '@/tests/e2e/support/pdf-text';

const original = process.env.DATABASE_URL;
let prisma: Db;
let sink: SmtpSink;
let counter = 0;
const freshIp = () => `203.0.113.77-${++counter}-${Date.now()}`;

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
  sink = await startSmtpSink();
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await sink.close();
  await prisma.$disconnect();
});

/** A PDF's object syntax with stream data and the contents of string literals left out. */
function pdfSyntax(pdf: Buffer): string {
  const source = pdf.toString('latin1').replace(/stream\r?\n[\s\S]*?\r?\nendstream/g, 'stream endstream');
  let out = '';
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (depth > 0) {
      if (character === '\\') index += 1;
      else if (character === '(') depth += 1;
      else if (character === ')') depth -= 1;
      if (depth === 0) out += ')';
    } else if (character === '(') {
      depth = 1;
      out += '(';
    } else out += character;
  }
  return out;
}

/** The header block of a received message, unfolded (continuation lines joined to their header). */
function headerLines(data: string): string[] {
  const head = data.split(/\r?\n\r?\n/)[0]!;
  return head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

describe('e-mail subjects and headers', () => {
  it('a CR/LF in a subject built from stored text adds no header and no recipient', async () => {
    const marker = `inert${Date.now().toString(36)}`;
    const hostile = `Leerkring ${marker}\r\nBcc: iedereen@example.org\r\nX-Injected: ja`;
    await prisma.outboundEmail.create({
      data: { to: `${marker}@example.nl`, subject: hostile, text: `Hallo,\r\n.\r\nBcc: ook@example.org`, template: 'test-inert' },
    });
    // And the way the public gets text into a subject: an offering title (the confirmation's subject names it).
    const proposed = await createOfferingSubmission(
      prisma,
      {
        title: `Leerkring ${marker} Bcc: x`,
        summary: 'Buurtbemiddelaars en wijkagenten leren samen van lastige burenruzies.',
        themes: ['trust-and-connection-in-the-neighbourhood'],
        learningForm: 'intervision-supervision-groups',
        scales: ['local'],
        targetGroups: ['professionals'],
        openToJoin: true,
        submitterName: 'Anouk\r\nBcc: iedereen@example.org',
        submitterEmail: `${marker}-2@example.nl`,
      },
      { ip: freshIp(), locale: 'nl' },
    );
    expect(proposed.kind).toBe('ok');

    // Other test files leave mail in the shared outbox (the fuzzing's accepted submissions): deliver
    // batch after batch until the outbox is empty, as the delivery job does, not one batch only.
    const transport = createSmtpTransport(sink.url);
    for (let round = 0; round < 200 && (await deliverDueEmails(prisma, transport, 'WijkWijzer <leernetwerk@example.nl>')).sent > 0; round++);
    const received = sink.messages.filter((message) => message.to.some((line) => line.includes(marker)));
    expect(received).toHaveLength(2);
    for (const message of received) {
      expect(message.to).toHaveLength(1);
      const headers = headerLines(message.data);
      expect(headers.filter((line) => /^subject:/i.test(line))).toHaveLength(1);
      expect(headers.some((line) => /^(bcc|x-injected):/i.test(line))).toBe(false);
    }
  });
});

describe('the plan PDF', () => {
  it('draws a title full of PDF syntax as text, with no script or action in the file', async () => {
    const started = await startNetworkPlan(prisma, { route: 'light' }, { ip: freshIp(), locale: 'nl', appUrl: 'http://localhost' });
    if (started.kind !== 'ok' || !started.value) throw new Error('no plan');
    const { token } = started.value;
    const title = 'Wijk) Tj ET /OpenAction << /S /JavaScript /JS (app.alert(1)) >> BT (';
    expect((await savePlanStep(prisma, token, 1, { answers: { title }, version: 1 }, { ip: freshIp() })).kind).toBe('ok');
    const { GET } = await import('@/app/api/netwerkplannen/[token]/pdf/route');
    const response = await GET(new Request(`http://localhost/api/netwerkplannen/${token}/pdf?lang=nl`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdfText(pdf)).toContain(title);
    // The PDF's own syntax, without its (compressed) streams and string literals: no action anywhere.
    expect(pdfSyntax(pdf)).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction|\/Launch|\/AA\b/);
    expect(pdfSyntax(pdf)).toContain('/Title');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.pdf"$/);
  });
});

describe('JSON-LD', () => {
  it('a title with </script> cannot close the script element, and reads back unchanged', () => {
    const name = 'Leerkring </script><script>alert(1)</script> <!-- ]]> &amp;';
    const text = jsonLdText({ '@type': 'Course', name });
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect((JSON.parse(text) as { name: string }).name).toBe(name);
  });
});
