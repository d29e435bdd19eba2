import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';

/** The confirm step before deleting: what goes, what stays, and a plain form (works without JavaScript). */
export async function ConfirmDeletion({
  title,
  paragraphs,
  token,
  action,
  cancelHref,
}: {
  title: string;
  paragraphs: string[];
  token: string;
  action: (formData: FormData) => Promise<void>;
  cancelHref: string;
}) {
  const t = await getTranslations('privacy.confirm');
  return (
    <article className="max-w-3xl">
      <Heading level={1}>{title}</Heading>
      {paragraphs.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
      <form action={action} className="ww-actions flex flex-wrap gap-4">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" purpose="primary">
          {t('confirm')}
        </Button>
        <ButtonLink href={cancelHref} purpose="secondary">
          {t('cancel')}
        </ButtonLink>
      </form>
    </article>
  );
}
