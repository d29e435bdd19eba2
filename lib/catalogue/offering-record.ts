// One offering as the import, the seed and the submission form know it. The single zod schema for
// an offering's content: the import (catalogue:import), the seed files and "Zelf leeraanbod
// bijdragen" all validate with it, on the client and on the server.
import { z } from 'zod';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import {
  DISCIPLINARITIES,
  LEARNING_LEVELS,
  OFFERING_STATUSES,
  PROVINCES,
  SCALES,
  SECTORS,
  TARGET_GROUPS,
} from '@/lib/reference/vocabularies';
import { calendarDay } from '@/lib/validation/calendar-day';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Optional field: absent, null or an empty string all mean "not known". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null || value === '' ? undefined : value), schema.optional());
}

export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, { error: 'duplicate' });
}

const text = (min: number, max: number) => z.string().trim().min(min).max(max);


export const offeringContentShape = {
  title: text(3, 200),
  summary: text(10, 600),
  description: optional(text(1, 10_000)),
  provider: optional(text(1, 200)),
  themes: uniqueList(z.enum(THEME_IDS)).min(1).max(10),
  learningForm: z.enum(LEARNING_FORM_IDS),
  scales: uniqueList(z.enum(SCALES)),
  provinces: optional(uniqueList(z.enum(PROVINCES))),
  municipalities: optional(uniqueList(text(1, 100)).max(50)),
  targetGroups: uniqueList(z.enum(TARGET_GROUPS)),
  sectors: optional(uniqueList(z.enum(SECTORS))),
  levels: optional(uniqueList(z.enum(LEARNING_LEVELS))),
  disciplinarity: optional(z.enum(DISCIPLINARITIES)),
  openToJoin: z.boolean(),
  capacity: optional(z.number().int().positive().max(100_000)),
  participants: optional(z.number().int().nonnegative().max(100_000)),
  startDate: optional(calendarDay()),
  endDate: optional(calendarDay()),
  cadence: optional(text(1, 300)),
  contactName: optional(text(1, 200)),
  contactEmail: optional(z.email().max(254)),
  url: optional(z.url({ protocol: /^https?$/ }).max(500)),
};

/** Rules that span fields, shared by every schema built on the offering's content. */
export function checkOfferingConsistency(
  value: { capacity?: number; participants?: number; startDate?: string; endDate?: string },
  ctx: z.RefinementCtx,
) {
  if (value.capacity !== undefined && value.participants !== undefined && value.participants > value.capacity) {
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participantsOverCapacity' });
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
  }
}

/** A record of the import format (prisma/seed/offerings.json, catalogue:import). */
export const offeringRecordSchema = z
  .strictObject({
    slug: z.string().trim().min(3).max(120).regex(SLUG),
    ...offeringContentShape,
    status: optional(z.enum(OFFERING_STATUSES)),
  })
  .superRefine(checkOfferingConsistency);

export type OfferingRecordInput = z.input<typeof offeringRecordSchema>;
export type OfferingRecord = z.output<typeof offeringRecordSchema>;
