// The inbox item types, one descriptor each (lib/inbox/item-types/). Everything that works across
// the types loops over this registry: the inbox relation (list, CSV, next/previous), the item page's
// loader, the workflow's table, notes and timeline, and the e-mails to the person behind an item.
// Adding a type: see ARCHITECTURE.md, "Where each concept lives".
import { Prisma } from '@/lib/generated/prisma/client';
import type { ItemContact } from './define-inbox-item-type';
import { INBOX_ITEM_TYPES, type InboxItemType } from './inbox-item-types';
import { contactMessageItem } from './item-types/contact-message';
import { learningQuestionItem } from './item-types/learning-question';
import { meetingProposalItem } from './item-types/meeting-proposal';
import { offeringSubmissionItem } from './item-types/offering-submission';
import { supportRequestItem } from './item-types/support-request';
import { knowledgeProposalItem } from './item-types/knowledge-proposal';

export const INBOX_ITEM_REGISTRY = {
  question: learningQuestionItem,
  support: supportRequestItem,
  submission: offeringSubmissionItem,
  contact: contactMessageItem,
  meeting: meetingProposalItem,
  knowledge: knowledgeProposalItem,
} satisfies { [K in InboxItemType]: { id: K } };

type Registry = typeof INBOX_ITEM_REGISTRY;
export type ItemDetailRow<K extends InboxItemType> = NonNullable<Awaited<ReturnType<Registry[K]['loadDetail']>>>;
/** An item's own row as its loader reads it, tagged with its type. */
export type InboxItemDetail = { [K in InboxItemType]: { type: K; row: ItemDetailRow<K> } }[InboxItemType];

export function itemTypeFromSlug(slug: string): InboxItemType | undefined {
  return INBOX_ITEM_TYPES.find((type) => INBOX_ITEM_REGISTRY[type].slug === slug);
}

export function itemPath(type: InboxItemType, id: string): string {
  return `/beheer/${INBOX_ITEM_REGISTRY[type].slug}/${id}`;
}

export function itemTable(type: InboxItemType): Prisma.Sql {
  return Prisma.raw(INBOX_ITEM_REGISTRY[type].table);
}

/** The item type as the audit trail, notes and outbox name it. */
export function auditItemType(type: InboxItemType): string {
  return INBOX_ITEM_REGISTRY[type].auditType;
}

/** One item's own row and who is behind it, or null when there is no such item. */
export async function loadItemDetail(prisma: Prisma.TransactionClient, ref: { type: InboxItemType; id: string }): Promise<{ detail: InboxItemDetail; contact: ItemContact } | null> {
  // The registry's entries are keyed by their own type; one loader call covers them all.
  const descriptor = INBOX_ITEM_REGISTRY[ref.type] as unknown as {
    loadDetail(prisma: Prisma.TransactionClient, id: string): Promise<InboxItemDetail['row'] | null>;
    contact(row: InboxItemDetail['row']): ItemContact;
  };
  const row = await descriptor.loadDetail(prisma, ref.id);
  return row ? { detail: { type: ref.type, row } as InboxItemDetail, contact: descriptor.contact(row) } : null;
}

/** One relation over every item table: the inbox's rows (item_type, id, title, person, email, status, …). */
export const INBOX_ITEMS = Prisma.sql`(
  ${Prisma.join(INBOX_ITEM_TYPES.map((type) => INBOX_ITEM_REGISTRY[type].inboxRow), '\n  UNION ALL\n  ')}
) AS i`;
