import { getTranslations } from 'next-intl/server';
import { withdrawConsent } from '@/app/[locale]/leervraag/[token]/question-privacy-actions';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import type { Locale } from '@/lib/i18n/routing';
import type { LearningQuestionExport } from '@/lib/privacy/export-learning-question';
import { formatDay, PersonalDataSection } from './PersonalDataSection';

/** The asker's data on the result page, with withdrawing consent and the way to delete everything. */
export async function QuestionPersonalData({ data, token, locale }: { data: LearningQuestionExport; token: string; locale: Locale }) {
  const t = await getTranslations('privacy');
  const yesNo = (value: boolean) => (value ? t('data.yes') : t('data.no'));
  return (
    <PersonalDataSection
      intro={t('data.questionIntro')}
      locale={locale}
      records={data}
      downloadHref={`/api/learning-questions/${token}`}
      lines={[
        { label: t('data.fields.name'), value: data.contact.name },
        { label: t('data.fields.email'), value: data.contact.email },
        { label: t('data.fields.organisation'), value: data.contact.organisation ?? t('data.none') },
        { label: t('data.fields.municipality'), value: data.question.municipality ?? t('data.none') },
        { label: t('data.fields.askedAt'), value: formatDay(data.question.askedAt, locale) },
        { label: t('data.fields.status'), value: t(`data.statuses.${data.handling.status}`) },
        { label: t('data.fields.consentContact'), value: yesNo(data.consent.contact) },
        { label: t('data.fields.consentConnect'), value: yesNo(data.consent.connect) },
        { label: t('data.fields.linkedQuestions'), value: t('data.linkedCount', { count: data.linkedQuestions }) },
      ]}
    >
      <Heading level={3}>{t('consent.title')}</Heading>
      {data.consent.connect ? (
        <form action={withdrawConsent}>
          <input type="hidden" name="token" value={token} />
          <Paragraph>{t('consent.given')}</Paragraph>
          <Button type="submit" purpose="secondary">
            {t('consent.withdraw')}
          </Button>
        </form>
      ) : (
        <Paragraph>{t('consent.notGiven')}</Paragraph>
      )}
      <Heading level={3}>{t('delete.title')}</Heading>
      <Paragraph>{t('delete.questionText')}</Paragraph>
      <p className="utrecht-paragraph">
        <ButtonLink href={`/leervraag/${token}/verwijderen`} purpose="secondary">
          {t('delete.questionLink')}
        </ButtonLink>
      </p>
    </PersonalDataSection>
  );
}
