// The kinds of item that come into the coordination team's inbox (pure: used by the filter and bulk
// schemas). Each has a descriptor in inbox-item-registry.ts: table, URL slug, inbox columns, detail
// loader, the person behind it, the e-mails it sends.

export const INBOX_ITEM_TYPES = ['question', 'support', 'submission', 'contact', 'meeting', 'knowledge'] as const;
export type InboxItemType = (typeof INBOX_ITEM_TYPES)[number];
