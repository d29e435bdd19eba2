import { useLocale, useTranslations } from 'next-intl';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { listThemes } from '@/lib/catalogue/list-reference-data';
import type { OfferingLink } from '@/lib/catalogue/offerings-by';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { KnowledgeLinks } from '@/components/knowledge/KnowledgeLinks';
import type { KnowledgeLink } from '@/lib/knowledge/knowledge-by';

type Themes = Awaited<ReturnType<typeof listThemes>>;

/** The three gaps in how learning is organised (seed 000 §1.3): not content themes. */
const ORGANISING_GAPS = ['domain-transcending-learning', 'vertical-learning', 'exchange-between-networks'] as const;

/**
 * The leeragenda: the five gap themes (lacunes) of the L&V learning agenda first and marked, then the
 * topics from the other sources with their source, their offerings and open learning questions; and
 * the three gaps in how learning is organised.
 */
export function LearningAgenda({ themes, offerings, knowledge }: { themes: Themes; offerings: Map<string, OfferingLink[]>; knowledge?: Map<string, KnowledgeLink[]> }) {
  const t = useTranslations('catalogue.agenda');
  const related = useTranslations('KnowledgeBase.related');
  const next = useTranslations('catalogue.list.noResults');
  const agenda = useTranslations('BeheerLeeragenda');
  const en = useLocale() === 'en';
  const groups = [
    { id: 'gap-themes', title: t('gapThemesTitle'), themes: themes.filter((theme) => theme.isGapTheme), intro: t('gapExplain') },
    { id: 'other-themes', title: t('otherThemesTitle'), themes: themes.filter((theme) => !theme.isGapTheme), intro: t('otherExplain') },
  ];
  const sources = (ids: string[]) => ids.map((id) => t(`sources.${id}` as never)).join('; ');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <Heading level={2} id={group.id}>
            {group.title}
          </Heading>
          {group.intro ? <Paragraph>{group.intro}</Paragraph> : null}
          <ul className="ww-offering-list">
            {group.themes.map((theme) => {
              const items = offerings.get(theme.id) ?? [];
              return (
                <li key={theme.id} id={theme.id} className="ww-offering-card">
                  <Heading level={3} appearance="level-4">
                    {en ? theme.nameEn : theme.nameNl}
                  </Heading>
                  <ul className="ww-badges">
                    {theme.isGapTheme ? (
                      <li>
                        <DataBadge value="gap">{t('gapTheme')}</DataBadge>
                      </li>
                    ) : null}
                    <li>
                      <DataBadge value={String(theme.offeringCount)}>{t('offerings', { count: theme.offeringCount })}</DataBadge>
                    </li>
                    <li>
                      <DataBadge value={String(theme.openQuestionCount)}>{t('openQuestions', { count: theme.openQuestionCount })}</DataBadge>
                    </li>
                  </ul>
                  <Paragraph>{en ? theme.descriptionEn : theme.descriptionNl}</Paragraph>
                  {theme.isGapTheme && (en ? (theme.gapReasonEn ?? theme.gapReasonNl) : theme.gapReasonNl) ? (
                    <Paragraph>{agenda('publicGapReason', { reason: (en ? (theme.gapReasonEn ?? theme.gapReasonNl) : theme.gapReasonNl) ?? '' })}</Paragraph>
                  ) : null}
                  {theme.sources.length > 0 ? (
                    <Paragraph>
                      <small>{t('source', { sources: sources(theme.sources) })}</small>
                    </Paragraph>
                  ) : null}
                  {items.length > 0 ? (
                    <>
                      <ul className="utrecht-unordered-list">
                        {items.map((offering) => (
                          <li key={offering.slug} className="utrecht-unordered-list__item">
                            <InternalLink href={offeringPagePath(offering.slug)}>{offering.title}</InternalLink>
                          </li>
                        ))}
                      </ul>
                      <Paragraph>
                        <InternalLink href={`/aanbod?theme=${theme.id}`}>{t('showOfferings')}</InternalLink>
                      </Paragraph>
                    </>
                  ) : (
                    <Paragraph>
                      {t('noOfferings')} <InternalLink href="/leervraag">{next('askQuestion')}</InternalLink>
                    </Paragraph>
                  )}
                  <KnowledgeLinks links={knowledge?.get(theme.id)} heading={related('theme')} moreHref={`/kennisbank?theme=${theme.id}`} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section aria-labelledby="organising-gaps" className="max-w-3xl">
        <Heading level={2} id="organising-gaps">
          {t('organisingTitle')}
        </Heading>
        <Paragraph>{t('organisingIntro')}</Paragraph>
        <ul className="utrecht-unordered-list">
          {ORGANISING_GAPS.map((gap) => (
            <li key={gap} id={gap} className="utrecht-unordered-list__item">
              {t(`organising.${gap}`)}
            </li>
          ))}
        </ul>
        <Paragraph>
          <small>{t('organisingSource')}</small>
        </Paragraph>
      </section>
    </>
  );
}
