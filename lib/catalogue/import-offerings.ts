// Validates and writes offering records (the import format). All or nothing: every record is
// validated first, and the writes happen in one transaction, in batches.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { OFFERING_RECORD_COLUMNS, OFFERING_RECORD_FIELDS, offeringRecordSchema, type OfferingRecord } from '@/lib/catalogue/offering-record';
import { describeIssue } from '@/lib/validation/describe-issue';
import { parseInput } from '@/lib/validation/parse-input';

export interface RecordIssue {
  index: number;
  slug?: string;
  path: string;
  message: string;
}

/**
 * `knownThemes`: the learning agenda's theme ids (read from the database by the caller); a record's
 * theme outside them is an issue of that record. Without it only the ids' form is checked, and
 * `writeOfferings` still refuses an unknown theme.
 */
export function validateOfferingRecords(input: unknown, options: { knownThemes?: ReadonlySet<string> } = {}): { records: OfferingRecord[]; issues: RecordIssue[] } {
  if (!Array.isArray(input)) {
    return { records: [], issues: [{ index: -1, path: '', message: 'Het bestand bevat geen lijst (array) van aanbod / the file does not hold an array of offerings' }] };
  }
  const records: OfferingRecord[] = [];
  const issues: RecordIssue[] = [];
  const seen = new Map<string, number>();
  input.forEach((raw, index) => {
    const slug = typeof raw === 'object' && raw !== null && typeof (raw as { slug?: unknown }).slug === 'string' ? (raw as { slug: string }).slug : undefined;
    const parsed = parseInput(offeringRecordSchema, raw);
    const known = options.knownThemes;
    const unknownThemes: z.core.$ZodIssue[] =
      parsed.success && known
        ? parsed.data.themes.flatMap((theme, at) => (known.has(theme) ? [] : [{ code: 'invalid_value' as const, values: [...known], path: ['themes', at], message: 'Invalid option', input: theme }]))
        : [];
    const result = unknownThemes.length > 0 ? { success: false as const, error: new z.ZodError(unknownThemes) } : parsed;
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ index, slug, path: issue.path.join('.'), message: describeIssue(issue, 'both') });
      }
      return;
    }
    const first = seen.get(result.data.slug);
    if (first !== undefined) {
      issues.push({
        index,
        slug,
        path: 'slug',
        message: `slug komt al voor in record ${first} / slug already used by record ${first}`,
      });
      return;
    }
    seen.set(result.data.slug, index);
    records.push(result.data);
  });
  return { records, issues };
}

const BATCH_SIZE = 2000;

const FIELDS = OFFERING_RECORD_FIELDS.map((field) => ({ field, ...OFFERING_RECORD_COLUMNS[field] }));

/** The records as rows (jsonb_to_recordset): every field with its SQL type; an enum is read as text and cast. */
const COLUMNS = FIELDS.map(({ field, type }) => `"${field}" ${type === 'offering_status' ? 'text' : type}`).join(', ');

/** A field's value as stored: a missing list is an empty one. */
const storedValue = ({ field, type }: (typeof FIELDS)[number]) =>
  type.endsWith('[]') ? `coalesce(r."${field}", '{}')` : type === 'offering_status' ? `r."${field}"::offering_status` : `r."${field}"`;

const INSERT = `INSERT INTO offerings (${FIELDS.map(({ column }) => column).join(', ')}, published_at, last_reviewed_at, needs_verification)
  SELECT ${FIELDS.map(storedValue).join(', ')}, CASE WHEN r.status = 'published' THEN now() END, now(), $2::boolean
  FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})`;

const ON_CONFLICT_UPDATE = `ON CONFLICT (slug) DO UPDATE SET ${FIELDS.filter(({ column }) => column !== 'slug')
  .map(({ column }) => `${column} = EXCLUDED.${column}`)
  .join(', ')},
    published_at = CASE WHEN EXCLUDED.status = 'published' THEN coalesce(offerings.published_at, now()) ELSE offerings.published_at END,
    last_reviewed_at = now(), updated_at = now(), version = offerings.version + 1`;

export interface WriteResult {
  inserted: number;
  updated: number;
  skipped: number;
}

/**
 * Writes validated records in one transaction. `existing: 'update'` upserts by slug (the import);
 * `'skip'` leaves offerings that already exist untouched (the seed never overwrites a curated catalogue).
 * `needsVerification` marks new offerings whose current state nobody has checked (the seeded example
 * networks): they are not presented as open to join until the team verifies them.
 */
export async function writeOfferings(
  prisma: Db,
  records: OfferingRecord[],
  options: { existing: 'update' | 'skip'; actorLabel: string; source?: string; needsVerification?: boolean },
): Promise<WriteResult> {
  // The themes are the learning agenda's data: a record may carry any theme the agenda has (a retired
  // one included, so an offering keeps it), never an unknown one.
  const known = new Set((await prisma.theme.findMany({ select: { id: true } })).map((theme) => theme.id));
  const unknown = records.flatMap((record) => record.themes.filter((theme) => !known.has(theme)).map((theme) => `${record.slug}: ${theme}`));
  if (unknown.length > 0) {
    throw new UserFacingError(`Onbekend thema in de leeragenda / unknown theme of the learning agenda: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}`);
  }
  const sql = `${INSERT} ${options.existing === 'update' ? ON_CONFLICT_UPDATE : 'ON CONFLICT (slug) DO NOTHING'} RETURNING (xmax = 0) AS inserted`;
  return prisma.$transaction(
    async (tx) => {
      const result: WriteResult = { inserted: 0, updated: 0, skipped: 0 };
      for (let start = 0; start < records.length; start += BATCH_SIZE) {
        const batch = records.slice(start, start + BATCH_SIZE).map((record) => ({ ...record, status: record.status ?? 'published' }));
        const rows = await tx.$queryRawUnsafe<{ inserted: boolean }[]>(sql, JSON.stringify(batch), options.needsVerification ?? false);
        const inserted = rows.filter((row) => row.inserted).length;
        result.inserted += inserted;
        result.updated += rows.length - inserted;
        result.skipped += batch.length - rows.length;
      }
      await tx.auditEvent.create({
        data: {
          actorLabel: options.actorLabel,
          itemType: 'catalogue',
          itemId: 'import',
          action: 'import',
          changes: { ...result, source: options.source ?? null },
        },
      });
      return result;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
