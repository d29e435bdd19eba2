// One offering as the import, the seed and the submission form know it. The single zod schema for
// an offering's content: the import (catalogue:import), the seed files and "Zelf leeraanbod
// bijdragen" all validate with it, on the client and on the server.
import { z } from 'zod';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { themeIdSchema } from '@/lib/themes/theme-id';
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
  themes: uniqueList(themeIdSchema).min(1).max(10),
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

/**
 * Where each field of an offering record is stored: its column of `offerings` and SQL type. The one
 * list the import's SQL (`import-offerings.ts`) and the API record (`find-published-offering.ts`)
 * are built from; a new field of the record is a new row here and its column in a migration.
 */
export const OFFERING_RECORD_COLUMNS = {
  slug: { column: 'slug', type: 'text' },
  title: { column: 'title', type: 'text' },
  summary: { column: 'summary', type: 'text' },
  description: { column: 'description', type: 'text' },
  provider: { column: 'provider', type: 'text' },
  themes: { column: 'themes', type: 'text[]' },
  learningForm: { column: 'learning_form_id', type: 'text' },
  scales: { column: 'scales', type: 'text[]' },
  provinces: { column: 'provinces', type: 'text[]' },
  municipalities: { column: 'municipalities', type: 'text[]' },
  targetGroups: { column: 'target_groups', type: 'text[]' },
  sectors: { column: 'sectors', type: 'text[]' },
  levels: { column: 'levels', type: 'text[]' },
  disciplinarity: { column: 'disciplinarity', type: 'text' },
  openToJoin: { column: 'open_to_join', type: 'boolean' },
  capacity: { column: 'capacity', type: 'int' },
  participants: { column: 'participants', type: 'int' },
  startDate: { column: 'start_date', type: 'date' },
  endDate: { column: 'end_date', type: 'date' },
  cadence: { column: 'cadence', type: 'text' },
  contactName: { column: 'contact_name', type: 'text' },
  contactEmail: { column: 'contact_email', type: 'text' },
  url: { column: 'url', type: 'text' },
  status: { column: 'status', type: 'offering_status' },
} as const satisfies Record<keyof OfferingRecord, { column: string; type: string }>;

export type OfferingRecordField = keyof typeof OFFERING_RECORD_COLUMNS;
export const OFFERING_RECORD_FIELDS = Object.keys(OFFERING_RECORD_COLUMNS) as OfferingRecordField[];
