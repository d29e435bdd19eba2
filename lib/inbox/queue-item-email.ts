// E-mail to the person behind an inbox item (rejection, status, response, publication), in their
// language, through the outbox in the caller's transaction. Who that is comes from the item type's
// descriptor, which also names the mails the type sends.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { asLocale, getTranslator } from '@/lib/i18n/translate';
import type { ItemEmailTemplate } from './define-inbox-item-type';
import { INBOX_ITEM_REGISTRY, loadItemDetail } from './inbox-item-registry';
import type { InboxItemType } from './inbox-item-types';

export type { ItemEmailTemplate } from './define-inbox-item-type';

export async function queueItemEmail(
  tx: Prisma.TransactionClient,
  ref: { type: InboxItemType; id: string },
  template: ItemEmailTemplate,
  values: Record<string, string> = {},
): Promise<string | null> {
  const descriptor = INBOX_ITEM_REGISTRY[ref.type];
  if (!descriptor.mails.includes(template)) throw new Error(`An item of type ${ref.type} does not send ${template}.`);
  const loaded = await loadItemDetail(tx, ref);
  if (!loaded) return null;
  const { contact } = loaded;
  const locale = asLocale(contact.locale);
  const t = await getTranslator(locale, 'admin.emails');
  const all: Record<string, string> = { name: contact.person, title: contact.title, siteUrl: getEnv().appUrl, ...values };
  // A status is named in the recipient's language.
  if (values.statusKey) all.status = (await getTranslator(locale, 'admin.statuses'))(values.statusKey);
  return queueEmail(tx, {
    to: contact.email,
    subject: t(`${template}.subject`, all),
    text: t(`${template}.text`, all),
    template,
    itemType: descriptor.auditType,
    itemId: ref.id,
  });
}
