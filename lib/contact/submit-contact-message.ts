// Stores a contact message with its audit event and the sender's confirmation e-mail, in one
// transaction, through the public-form kernel (honeypot, rate limit, schema, idempotency).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import { getTranslator } from '@/lib/i18n/translate';
import { contactMessageSchema, type ContactMessage } from '@/lib/contact/contact-message-schema';

export const contactForm: PublicForm<typeof contactMessageSchema, ContactMessage & { id: string }> = {
  name: 'contact',
  schema: contactMessageSchema,
  rateLimit: 'contactMessage',
  async store(tx, message, context) {
    const t = await getTranslator(context.locale, 'contact');
    const row = await tx.contactMessage.create({
      data: { ...message, organisation: message.organisation || null, locale: context.locale },
      select: { id: true },
    });
    await recordAudit(tx, { actorLabel: 'public', itemType: 'contact_message', itemId: row.id, action: 'created' });
    await queueEmail(tx, {
      to: message.email,
      subject: t('email.subject'),
      text: t('email.body', { name: message.name, subject: message.subject, message: message.message }),
      template: 'contact-received',
      itemType: 'contact_message',
      itemId: row.id,
    });
    return { ...message, id: row.id };
  },
};

export function submitContactMessage(prisma: Db, input: unknown, context: SubmissionContext): Promise<SubmissionOutcome<ContactMessage & { id: string }>> {
  return submitPublicForm(prisma, contactForm, input, context);
}
