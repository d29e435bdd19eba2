import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import type { Locale } from '@/lib/i18n/routing';
import { planPath } from '@/lib/wizard/start-network-plan';

/** The plan's private link, in full, to keep (the address this request came in on). */
export async function ResumeLink({ token, locale }: { token: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'wizard.plan' });
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return (
    <section aria-labelledby="resume" className="ww-no-print">
      <Heading level={2} id="resume" appearance="level-4">
        {t('resumeLabel')}
      </Heading>
      <Paragraph>{t('resumeLink')}</Paragraph>
      <p className="utrecht-paragraph ww-resume-link">
        <code data-testid="resume-link">{`${protocol}://${host}${planPath(token, locale)}`}</code>
      </p>
    </section>
  );
}
