// The four kinds of item that come into the coordination team's inbox, their URL slug and table.

export const INBOX_ITEM_TYPES = ['question', 'support', 'submission', 'contact'] as const;
export type InboxItemType = (typeof INBOX_ITEM_TYPES)[number];

/** Path segment of an item page: /beheer/leervraag/<id> … */
export const ITEM_TYPE_SLUGS: Record<InboxItemType, string> = {
  question: 'leervraag', // learning question
  support: 'ondersteuning', // support request from the wizard
  submission: 'aanmelding', // offering submission
  contact: 'contact', // contact message
};

export const ITEM_TYPE_TABLES: Record<InboxItemType, string> = {
  question: 'learning_questions',
  support: 'support_requests',
  submission: 'offering_submissions',
  contact: 'contact_messages',
};

export function itemTypeFromSlug(slug: string): InboxItemType | undefined {
  return INBOX_ITEM_TYPES.find((type) => ITEM_TYPE_SLUGS[type] === slug);
}

export function itemPath(type: InboxItemType, id: string): string {
  return `/beheer/${ITEM_TYPE_SLUGS[type]}/${id}`;
}

/** The item type as the audit trail, notes and outbox name it (the table's singular). */
export const AUDIT_ITEM_TYPES: Record<InboxItemType, string> = {
  question: 'learning_question',
  support: 'support_request',
  submission: 'offering_submission',
  contact: 'contact_message',
};
