// E-mail to the person behind an inbox item (rejection, response), in their language, through the
// outbox in the caller's transaction.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { asLocale, getTranslator } from '@/lib/i18n/translate';
import { AUDIT_ITEM_TYPES, type InboxItemType } from './inbox-item-types';

type Tx = Prisma.TransactionClient;

export interface ItemContact {
  email: string;
  name: string;
  locale: string;
  title: string;
}

export async function findItemContact(tx: Tx, ref: { type: InboxItemType; id: string }): Promise<ItemContact | null> {
  switch (ref.type) {
    case 'question': {
      const q = await tx.learningQuestion.findUnique({ where: { id: ref.id } });
      return q && { email: q.contactEmail, name: q.contactName, locale: q.locale, title: q.question.slice(0, 80) };
    }
    case 'support': {
      const s = await tx.supportRequest.findUnique({ where: { id: ref.id }, include: { networkPlan: true } });
      return s && { email: s.contactEmail, name: s.contactName, locale: s.networkPlan.locale, title: s.networkPlan.title ?? '' };
    }
    case 'submission': {
      const s = await tx.offeringSubmission.findUnique({ where: { id: ref.id }, include: { offering: true } });
      return s && { email: s.submitterEmail, name: s.submitterName, locale: 'nl', title: s.offering.title };
    }
    case 'contact': {
      const c = await tx.contactMessage.findUnique({ where: { id: ref.id } });
      return c && { email: c.email, name: c.name, locale: c.locale, title: c.subject };
    }
  }
}

export type ItemEmailTemplate = 'item-rejected' | 'item-status-changed' | 'question-response' | 'submission-published';

export async function queueItemEmail(
  tx: Tx,
  ref: { type: InboxItemType; id: string },
  template: ItemEmailTemplate,
  values: Record<string, string> = {},
): Promise<string | null> {
  const contact = await findItemContact(tx, ref);
  if (!contact) return null;
  const locale = asLocale(contact.locale);
  const t = await getTranslator(locale, 'admin.emails');
  const all: Record<string, string> = { name: contact.name, title: contact.title, siteUrl: getEnv().appUrl, ...values };
  // A status is named in the recipient's language.
  if (values.statusKey) all.status = (await getTranslator(locale, 'admin.statuses'))(values.statusKey);
  return queueEmail(tx, {
    to: contact.email,
    subject: t(`${template}.subject`, all),
    text: t(`${template}.text`, all),
    template,
    itemType: AUDIT_ITEM_TYPES[ref.type],
    itemId: ref.id,
  });
}
