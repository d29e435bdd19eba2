import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { InstrumentVerdict, Reason } from '@/lib/instrument-check/instrument-check';

/** The check's answer with its reasons; it never blocks: the way on to the wizard is always there. */
export async function InstrumentCheckAnswer({ result, wizardHref }: { result: InstrumentVerdict; wizardHref: string }) {
  const t = await getTranslations('InstrumentCheck');
  const reason = (item: Reason): string => {
    switch (item.code) {
      case 'conditionMet':
      case 'conditionNotMet':
      case 'conditionUnsure':
        return t(`reasons.${item.code}.${item.condition}`);
      case 'goalPointsTo':
        return t(`reasons.goalPointsTo.${item.goal}`);
      default:
        return t(`reasons.${item.code}`);
    }
  };
  return (
    <section aria-labelledby="antwoord" className="max-w-3xl" data-verdict={result.answered ? result.verdict : 'none'} data-instrument={result.instrument}>
      <Heading level={2} id="antwoord">
        {t('answerTitle')}
      </Heading>
      {result.answered ? (
        <>
          <Alert type={result.verdict === 'fits' ? 'ok' : 'info'}>
            {result.verdict === 'other' ? t('verdicts.other', { instrument: t(`instruments.${result.instrument}`) }) : t(`verdicts.${result.verdict}`)}
          </Alert>
          <Heading level={3}>{t('reasonsTitle')}</Heading>
          <ul className="utrecht-unordered-list">
            {result.reasons.map((item, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {reason(item)}
              </li>
            ))}
          </ul>
          {result.lookInCatalogue ? (
            <Paragraph>
              {t('lookInCatalogue')} <InternalLink href="/aanbod">{t('catalogueLink')}</InternalLink>
            </Paragraph>
          ) : null}
          {result.verdict === 'other' ? (
            <Paragraph>
              <InternalLink href="/leervormen">{t('menuLink')}</InternalLink>
            </Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>{t('notAnswered')}</Paragraph>
      )}
      <Paragraph>{t('goOn')}</Paragraph>
      <ButtonLink href={wizardHref} purpose={result.verdict === 'other' ? 'secondary' : 'primary'}>
        {t('goOnLink')}
      </ButtonLink>
      <Paragraph>
        <small>{t('source')}</small>
      </Paragraph>
    </section>
  );
}
