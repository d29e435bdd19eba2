// Stores a contact message with its audit event and the sender's confirmation e-mail, in one
// transaction; honeypot and per-IP rate limit first.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import { isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { contactMessageSchema, type ContactMessage } from '@/lib/contact/contact-message-schema';

export async function submitContactMessage(
  prisma: Db,
  input: unknown,
  context: { ip: string; locale: Locale },
): Promise<SubmissionOutcome<ContactMessage & { id: string }>> {
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const limit = await hitRateLimit(prisma, 'contactMessage', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = contactMessageSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };

  const message = parsed.data;
  const t = await getTranslator(context.locale, 'contact');
  const id = await prisma.$transaction(async (tx) => {
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
    return row.id;
  });
  return { kind: 'ok', value: { ...message, id } };
}
