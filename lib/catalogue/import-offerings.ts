// Validates and writes offering records (the import format). All or nothing: every record is
// validated first, and the writes happen in one transaction, in batches.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { offeringRecordSchema, type OfferingRecord } from '@/lib/catalogue/offering-record';
import { describeIssue, PARSE_OPTIONS } from '@/lib/validation/describe-issue';

export interface RecordIssue {
  index: number;
  slug?: string;
  path: string;
  message: string;
}

export function validateOfferingRecords(input: unknown): { records: OfferingRecord[]; issues: RecordIssue[] } {
  if (!Array.isArray(input)) {
    return { records: [], issues: [{ index: -1, path: '', message: 'Het bestand bevat geen lijst (array) van aanbod / the file does not hold an array of offerings' }] };
  }
  const records: OfferingRecord[] = [];
  const issues: RecordIssue[] = [];
  const seen = new Map<string, number>();
  input.forEach((raw, index) => {
    const slug = typeof raw === 'object' && raw !== null && typeof (raw as { slug?: unknown }).slug === 'string' ? (raw as { slug: string }).slug : undefined;
    const result = offeringRecordSchema.safeParse(raw, PARSE_OPTIONS);
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

const COLUMNS = `slug text, title text, summary text, description text, provider text, "learningForm" text,
  themes text[], scales text[], provinces text[], municipalities text[], "targetGroups" text[], sectors text[],
  levels text[], disciplinarity text, "openToJoin" boolean, capacity int, participants int, "startDate" date,
  "endDate" date, cadence text, "contactName" text, "contactEmail" text, url text, status text`;

const INSERT = `INSERT INTO offerings (slug, title, summary, description, provider, learning_form_id, themes, scales,
    provinces, municipalities, target_groups, sectors, levels, disciplinarity, open_to_join, capacity, participants,
    start_date, end_date, cadence, contact_name, contact_email, url, status, published_at, last_reviewed_at)
  SELECT r.slug, r.title, r.summary, r.description, r.provider, r."learningForm", r.themes, r.scales,
    coalesce(r.provinces, '{}'), coalesce(r.municipalities, '{}'), r."targetGroups", coalesce(r.sectors, '{}'),
    coalesce(r.levels, '{}'), r.disciplinarity, r."openToJoin", r.capacity, r.participants, r."startDate", r."endDate",
    r.cadence, r."contactName", r."contactEmail", r.url, r.status::offering_status,
    CASE WHEN r.status = 'published' THEN now() END, now()
  FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})`;

const ON_CONFLICT_UPDATE = `ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary,
    description = EXCLUDED.description, provider = EXCLUDED.provider, learning_form_id = EXCLUDED.learning_form_id,
    themes = EXCLUDED.themes, scales = EXCLUDED.scales, provinces = EXCLUDED.provinces,
    municipalities = EXCLUDED.municipalities, target_groups = EXCLUDED.target_groups, sectors = EXCLUDED.sectors,
    levels = EXCLUDED.levels, disciplinarity = EXCLUDED.disciplinarity, open_to_join = EXCLUDED.open_to_join,
    capacity = EXCLUDED.capacity, participants = EXCLUDED.participants, start_date = EXCLUDED.start_date,
    end_date = EXCLUDED.end_date, cadence = EXCLUDED.cadence, contact_name = EXCLUDED.contact_name,
    contact_email = EXCLUDED.contact_email, url = EXCLUDED.url, status = EXCLUDED.status,
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
 */
export async function writeOfferings(
  prisma: Db,
  records: OfferingRecord[],
  options: { existing: 'update' | 'skip'; actorLabel: string; source?: string },
): Promise<WriteResult> {
  const sql = `${INSERT} ${options.existing === 'update' ? ON_CONFLICT_UPDATE : 'ON CONFLICT (slug) DO NOTHING'} RETURNING (xmax = 0) AS inserted`;
  return prisma.$transaction(
    async (tx) => {
      const result: WriteResult = { inserted: 0, updated: 0, skipped: 0 };
      for (let start = 0; start < records.length; start += BATCH_SIZE) {
        const batch = records.slice(start, start + BATCH_SIZE).map((record) => ({ ...record, status: record.status ?? 'published' }));
        const rows = await tx.$queryRawUnsafe<{ inserted: boolean }[]>(sql, JSON.stringify(batch));
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
