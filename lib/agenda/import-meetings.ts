// Validates and writes meeting records (the import format of agenda:import and the seed). All or
// nothing: every record is validated first (also the offerings they name), then every write happens
// in one transaction. Upsert by slug; a changed meeting raises its SEQUENCE.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { RecordIssue } from '@/lib/catalogue/import-offerings';
import { describeIssue } from '@/lib/validation/describe-issue';
import { parseInput } from '@/lib/validation/parse-input';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { changedColumns, meetingColumns } from './meeting-data';
import { meetingRecordSchema, type MeetingRecord } from './meeting-record';
import { writeMeetingOccurrences } from './write-meeting-occurrences';

export type { RecordIssue };

export function validateMeetingRecords(input: unknown): { records: MeetingRecord[]; issues: RecordIssue[] } {
  if (!Array.isArray(input)) {
    return { records: [], issues: [{ index: -1, path: '', message: 'Het bestand bevat geen lijst (array) van bijeenkomsten / the file does not hold an array of meetings' }] };
  }
  const records: MeetingRecord[] = [];
  const issues: RecordIssue[] = [];
  const seen = new Map<string, number>();
  input.forEach((raw, index) => {
    const slug = typeof raw === 'object' && raw !== null && typeof (raw as { slug?: unknown }).slug === 'string' ? (raw as { slug: string }).slug : undefined;
    const result = parseInput(meetingRecordSchema, raw);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push({ index, slug, path: issue.path.join('.'), message: describeIssue(issue, 'both') });
      return;
    }
    const first = seen.get(result.data.slug);
    if (first !== undefined) {
      issues.push({ index, slug, path: 'slug', message: `slug komt al voor in record ${first} / slug already used by record ${first}` });
      return;
    }
    seen.set(result.data.slug, index);
    records.push(result.data);
  });
  return { records, issues };
}

export interface MeetingWriteResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type MeetingWriteOutcome = { kind: 'ok'; result: MeetingWriteResult } | { kind: 'invalid'; issues: RecordIssue[] };

const UNKNOWN_OFFERING = 'Aanbod: er is geen aanbod met deze slug. / Offering: there is no offering with this slug.';

/**
 * Writes validated records in one transaction: new slugs are inserted (published), known slugs
 * updated when something changed (SEQUENCE + 1), their dates rewritten. A record naming an offering
 * that does not exist makes the whole import write nothing.
 */
export async function writeMeetings(prisma: Db, records: MeetingRecord[], options: { actorLabel: string; source?: string; existing?: 'update' | 'skip' }): Promise<MeetingWriteOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const offeringSlugs = [...new Set(records.flatMap((record) => (record.offering ? [record.offering] : [])))];
      const offerings = new Map((await tx.offering.findMany({ where: { slug: { in: offeringSlugs } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
      const themes = await loadThemes(tx);
      const issues = records.flatMap((record, index) => [
        ...(record.offering && !offerings.has(record.offering) ? [{ index, slug: record.slug, path: 'offering', message: UNKNOWN_OFFERING }] : []),
        ...checkThemeIds(themes, record.themes, ['themes']).map((issue) => ({ index, slug: record.slug, path: issue.path.join('.'), message: describeIssue(issue, 'both') })),
      ]);
      if (issues.length > 0) return { kind: 'invalid' as const, issues };

      const existing = new Map((await tx.meeting.findMany({ where: { slug: { in: records.map((record) => record.slug) } } })).map((meeting) => [meeting.slug, meeting]));
      const result: MeetingWriteResult = { inserted: 0, updated: 0, unchanged: 0 };
      const touched: string[] = [];
      const now = new Date();
      for (const record of records) {
        const columns = { ...meetingColumns(record), offeringId: record.offering ? offerings.get(record.offering)! : null };
        const stored = existing.get(record.slug);
        if (!stored) {
          const created = await tx.meeting.create({ data: { slug: record.slug, ...columns, publishedAt: now }, select: { id: true } });
          touched.push(created.id);
          result.inserted++;
        } else if (options.existing !== 'skip' && Object.keys(changedColumns(stored, columns)).length > 0) {
          await tx.meeting.update({ where: { id: stored.id }, data: { ...columns, publishedAt: stored.publishedAt ?? now, sequence: { increment: 1 } } });
          touched.push(stored.id);
          result.updated++;
        } else result.unchanged++;
      }
      await writeMeetingOccurrences(tx, touched, now);
      await tx.auditEvent.create({
        data: { actorLabel: options.actorLabel, itemType: 'agenda', itemId: 'import', action: 'import', changes: { ...result, source: options.source ?? null } },
      });
      return { kind: 'ok' as const, result };
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
