// A meeting record (import, form) as the columns of `meetings`, and whether a stored meeting differs
// from it: the one mapping, so the import, the proposal and the team's form store alike.
import type { Prisma } from '@/lib/generated/prisma/client';
import { localToInstant } from './meeting-time';
import type { MeetingRecord } from './meeting-record';

export type MeetingContent = Omit<MeetingRecord, 'slug'>;

/** The stored columns of a meeting's content (without slug, offering and publication). */
export interface MeetingColumns {
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  place: string | null;
  municipality: string | null;
  province: string | null;
  onlineUrl: string | null;
  linkVisibility: string;
  learningFormId: string | null;
  themes: string[];
  targetGroups: string[];
  capacity: number | null;
  registrationUrl: string | null;
  registrationEmail: string | null;
  status: string;
  recurrence: string | null;
}

export function meetingColumns(record: MeetingContent): MeetingColumns {
  return {
    title: record.title,
    summary: record.summary,
    startsAt: localToInstant(record.start),
    endsAt: localToInstant(record.end),
    online: record.online ?? false,
    place: record.place ?? null,
    municipality: record.municipality ?? null,
    province: record.province ?? null,
    onlineUrl: record.onlineUrl ?? null,
    linkVisibility: record.linkVisibility ?? 'public',
    learningFormId: record.learningForm ?? null,
    themes: record.themes,
    targetGroups: record.targetGroups ?? [],
    capacity: record.capacity ?? null,
    registrationUrl: record.registrationUrl ?? null,
    registrationEmail: record.registrationEmail ?? null,
    status: record.status ?? 'scheduled',
    recurrence: record.recurrence ?? null,
  };
}

const same = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
};

/** The columns whose value differs between the stored meeting and the new content, with before and after. */
export function changedColumns(stored: MeetingColumns & { offeringId: string | null }, next: MeetingColumns & { offeringId: string | null }): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (!same(stored[key], next[key])) changes[key] = { before: stored[key], after: next[key] };
  }
  return changes;
}

export type MeetingCreateData = Prisma.MeetingUncheckedCreateInput;
