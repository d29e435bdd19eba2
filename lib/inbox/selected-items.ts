// The items ticked in the inbox's bulk form: "type:id:version" values (pure).
import { z } from 'zod';
import { INBOX_ITEM_TYPES } from './inbox-item-types';
import { TRIAGE_STATUSES } from './triage-workflow';

const selectedItem = z
  .string()
  .transform((value) => value.split(':'))
  .pipe(z.tuple([z.enum(INBOX_ITEM_TYPES), z.uuid(), z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)]))
  .transform(([type, id, version]) => ({ ref: { type, id }, version }));

export const bulkUpdateSchema = z.object({
  items: z.array(selectedItem).min(1).max(200),
  assignee: z.union([z.uuid(), z.literal('none'), z.literal('')]).default(''),
  status: z.union([z.enum(TRIAGE_STATUSES), z.literal('')]).default(''),
  reason: z.string().trim().max(2000).default(''),
});

export function selectedItemValue(item: { type: string; id: string; version: number }): string {
  return `${item.type}:${item.id}:${item.version}`;
}
