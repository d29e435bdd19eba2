// One meeting as the import (agenda:import), the seed, the proposal form and the team's form know
// it: the single zod schema of a meeting's content (decision 0100).
import { z } from 'zod';
import { optional, uniqueList } from '@/lib/catalogue/offering-record';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { themeIdSchema } from '@/lib/themes/theme-id';
import { PROVINCES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { checkRecurrence } from './recurrence';
import { isLocalDateTime, localDateTime } from './meeting-time';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const LINK_VISIBILITIES = ['public', 'registered'] as const;
export type LinkVisibility = (typeof LINK_VISIBILITIES)[number];

/** An RRULE value, kept in the parser's normal form. */
export const recurrenceSchema = z
  .string()
  .trim()
  .max(300)
  .transform((value, ctx) => {
    const checked = checkRecurrence(value);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.problem });
    return z.NEVER;
  });

export const meetingContentShape = {
  title: text(3, 200),
  summary: text(10, 2000),
  start: localDateTime(),
  end: localDateTime(),
  themes: uniqueList(themeIdSchema).min(1).max(10),
  offering: optional(z.string().trim().max(120).regex(SLUG)),
  online: optional(z.boolean()),
  place: optional(text(1, 300)),
  municipality: optional(text(1, 100)),
  province: optional(z.enum(PROVINCES)),
  onlineUrl: optional(z.url({ protocol: /^https?$/ }).max(500)),
  linkVisibility: optional(z.enum(LINK_VISIBILITIES)),
  targetGroups: optional(uniqueList(z.enum(TARGET_GROUPS))),
  learningForm: optional(z.enum(LEARNING_FORM_IDS)),
  capacity: optional(z.number().int().positive().max(100_000)),
  registrationUrl: optional(z.url({ protocol: /^https?$/ }).max(500)),
  registrationEmail: optional(z.email().max(254)),
  recurrence: optional(recurrenceSchema),
  status: optional(z.enum(MEETING_STATUSES)),
};

/** Rules that span fields: the end after the start; a meeting on site names its place. */
export function checkMeetingConsistency(value: { start: string; end: string; online?: boolean; place?: string; municipality?: string }, ctx: z.RefinementCtx) {
  if (isLocalDateTime(value.start) && isLocalDateTime(value.end) && value.end <= value.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'endBeforeStart' });
  }
  if (!value.online && !value.place && !value.municipality) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'placeOrOnline' });
  }
}

/** A record of the import format (prisma/seed/meetings.json, agenda:import). */
export const meetingRecordSchema = z
  .strictObject({
    slug: z.string().trim().min(3).max(120).regex(SLUG),
    ...meetingContentShape,
  })
  .superRefine(checkMeetingConsistency);

export type MeetingRecordInput = z.input<typeof meetingRecordSchema>;
export type MeetingRecord = z.output<typeof meetingRecordSchema>;
