// One inbox item with what its page shows: the common triage state and the type's own details,
// through the type's descriptor (inbox-item-registry.ts).
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { TriageRow } from './define-inbox-item-type';
import { loadItemDetail, type InboxItemDetail } from './inbox-item-registry';
import type { InboxItemType } from './inbox-item-types';

export type { InboxItemDetail } from './inbox-item-registry';

export interface LoadedInboxItem extends Omit<TriageRow, 'id'> {
  detail: InboxItemDetail;
  title: string;
  person: string;
  email: string;
}

export async function loadInboxItem(prisma: Db, type: InboxItemType, id: string): Promise<LoadedInboxItem | null> {
  const loaded = await loadItemDetail(prisma, { type, id });
  if (!loaded) return null;
  const { detail, contact } = loaded;
  const { status, assigneeId, rejectionReason, createdAt, firstResponseAt, version } = detail.row;
  return { detail, title: contact.title, person: contact.person, email: contact.email, status, assigneeId, rejectionReason, createdAt, firstResponseAt, version };
}
