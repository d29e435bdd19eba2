// A retried public submission makes no second row and no second mail, and gets the first answer
// again: with the Idempotency-Key header (JSON door) or the form's one-time token (no JavaScript).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as postContact } from '@/app/api/contact/route';
import { POST as postLearningQuestion } from '@/app/api/learning-questions/route';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { FORM_TOKEN_FIELD } from '@/lib/forms/outcome';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const original = process.env.DATABASE_URL;
let prisma: Db;
let counter = 0;
const address = () => `198.51.100.${++counter}-idem-${Date.now()}`;
const key = () => `key-${Date.now()}-${Math.random().toString(36).slice(2)}`;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

function post(handler: (request: Request) => Promise<Response>, body: unknown, headers: Record<string, string>) {
  return handler(
    new Request('http://localhost/api', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: address(), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const contact = (subject: string) => ({ name: 'Noor Visser', email: 'noor@example.nl', subject, message: 'Hebben jullie een lijst van living labs?' });

async function contactRowsAndMails(subject: string) {
  const rows = await prisma.contactMessage.findMany({ where: { subject }, select: { id: true } });
  const mails = await prisma.outboundEmail.count({ where: { itemId: { in: rows.map((row) => row.id) } } });
  return { rows: rows.length, mails };
}

describe('Idempotency-Key on the JSON door', () => {
  it('answers a retry with the same answer and stores one message and one mail', async () => {
    const subject = `Herhaald ${key()}`;
    const idempotencyKey = key();
    const first = await post(postContact, contact(subject), { 'Idempotency-Key': idempotencyKey });
    const retry = await post(postContact, contact(subject), { 'Idempotency-Key': idempotencyKey });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(await retry.json()).toEqual(await first.json());
    expect(await contactRowsAndMails(subject)).toEqual({ rows: 1, mails: 1 });
  });

  it('stores once when the same request arrives several times at once', async () => {
    const subject = `Gelijktijdig ${key()}`;
    const idempotencyKey = key();
    const answers = await Promise.all([1, 2, 3].map(() => post(postContact, contact(subject), { 'Idempotency-Key': idempotencyKey })));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(await contactRowsAndMails(subject)).toEqual({ rows: 1, mails: 1 });
  });

  it('gives the retried learning question the same private link, and stores that link only encrypted', async () => {
    const idempotencyKey = key();
    const question = { question: `Hoe leren buurtteams van elkaar? ${key()}`, themes: ['poverty'], targetGroups: ['professionals'], scale: 'national', contactName: 'Noor', contactEmail: 'noor@example.nl', consentContact: true };
    const first = await (await post(postLearningQuestion, question, { 'Idempotency-Key': idempotencyKey })).json();
    const retry = await (await post(postLearningQuestion, question, { 'Idempotency-Key': idempotencyKey })).json();
    expect(retry.path).toBe(first.path);
    expect(await prisma.learningQuestion.count({ where: { question: question.question } })).toBe(1);
    const token = String(first.path).split('/').pop()!;
    const stored = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM idempotency_keys WHERE answer LIKE ${`%${token}%`} OR key_hash LIKE ${`%${idempotencyKey}%`}`;
    expect(Number(stored[0]!.n)).toBe(0);
  });

  it('treats a different input under the same key as a new submission, and no key as none', async () => {
    const idempotencyKey = key();
    const subject = `Anders ${key()}`;
    await post(postContact, contact(subject), { 'Idempotency-Key': idempotencyKey });
    await post(postContact, { ...contact(subject), message: 'Een andere vraag over living labs.' }, { 'Idempotency-Key': idempotencyKey });
    await post(postContact, contact(subject), {});
    await post(postContact, contact(subject), {});
    expect((await contactRowsAndMails(subject)).rows).toBe(4);
  });
});

describe('the one-time form token of a form sent without JavaScript', () => {
  it('makes a resent form (same token) store once and answer the same', async () => {
    const subject = `Formulier ${key()}`;
    const token = key();
    const values = { ...contact(subject), [FORM_TOKEN_FIELD]: token };
    const first = await submitContactMessage(prisma, values, { ip: address(), locale: 'nl', idempotencyKey: token });
    const resent = await submitContactMessage(prisma, values, { ip: address(), locale: 'nl', idempotencyKey: token });
    expect(first.kind).toBe('ok');
    expect(resent).toEqual(first);
    expect(await contactRowsAndMails(subject)).toEqual({ rows: 1, mails: 1 });
  });
});
