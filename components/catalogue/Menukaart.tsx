import { useLocale, useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { listLearningForms } from '@/lib/catalogue/list-reference-data';
import type { OfferingLink } from '@/lib/catalogue/offerings-by';
import { KnowledgeLinks } from '@/components/knowledge/KnowledgeLinks';
import type { KnowledgeLink } from '@/lib/knowledge/knowledge-by';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { DISCIPLINARITIES, LEARNING_LEVELS } from '@/lib/reference/vocabularies';

type Categories = Awaited<ReturnType<typeof listLearningForms>>;

/** The menukaart: nine learning forms in three groups, each with its published offerings. */
export function Menukaart({ categories, offerings, knowledge }: { categories: Categories; offerings: Map<string, OfferingLink[]>; knowledge?: Map<string, KnowledgeLink[]> }) {
  const t = useTranslations('catalogue.menukaart');
  const related = useTranslations('KnowledgeBase.related');
  const vocab = useTranslations('vocab');
  const en = useLocale() === 'en';
  const list = (group: string, values: string[]) => values.map((value) => vocab(`${group}.${value}` as never)).join(', ');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <nav aria-labelledby="menukaart-groups" className="ww-card">
        <Heading level={2} id="menukaart-groups" appearance="level-4">
          {t('title')}
        </Heading>
        <ul className="utrecht-unordered-list">
          {categories.map((category) => (
            <li key={category.id} className="utrecht-unordered-list__item">
              <a className="nl-link" href={`#${category.id}`}>
                {en ? category.nameEn : category.nameNl}
              </a>
              <ul className="utrecht-unordered-list">
                {category.forms.map((form) => (
                  <li key={form.id} className="utrecht-unordered-list__item">
                    <a className="nl-link" href={`#${form.id}`}>
                      {en ? form.nameEn : form.nameNl}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="choose" className="max-w-3xl">
        <Heading level={2} id="choose">
          {t('chooseTitle')}
        </Heading>
        {(['weight', 'group', 'focus', 'system'] as const).map((key) => (
          <Paragraph key={key}>{t(`choose.${key}`)}</Paragraph>
        ))}
        <Paragraph>
          <small>{t('choose.source')}</small>
        </Paragraph>
      </section>

      <section aria-labelledby="explain">
        <Heading level={2} id="explain">
          {t('explainTitle')}
        </Heading>
        <Heading level={3}>{t('levelsTitle')}</Heading>
        <dl className="ww-facts">
          {LEARNING_LEVELS.map((level) => (
            <div key={level}>
              <dt>{vocab(`learningLevels.${level}`)}</dt>
              <dd>{vocab(`learningLevelDescriptions.${level}`)}</dd>
            </div>
          ))}
        </dl>
        <Heading level={3}>{t('disciplinarityTitle')}</Heading>
        <dl className="ww-facts">
          {DISCIPLINARITIES.map((value) => (
            <div key={value}>
              <dt>{vocab(`disciplinarity.${value}`)}</dt>
              <dd>{vocab(`disciplinarityDescriptions.${value}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {categories.map((category) => (
        <section key={category.id} aria-labelledby={category.id}>
          <Heading level={2} id={category.id}>
            {en ? category.nameEn : category.nameNl}
          </Heading>
          <Paragraph>{en ? category.descriptionEn : category.descriptionNl}</Paragraph>
          <Paragraph>
            <strong>{t(`whenGroup.${category.id}` as never)}</strong>
          </Paragraph>
          {category.forms.map((form) => {
            const forms = offerings.get(form.id) ?? [];
            return (
              <article key={form.id} aria-labelledby={form.id} className="ww-offering-card mb-6">
                <Heading level={3} id={form.id} tabIndex={-1}>
                  {en ? form.nameEn : form.nameNl}
                </Heading>
                <Paragraph>
                  <strong>{t('goal')}:</strong> {en ? form.goalEn : form.goalNl}
                </Paragraph>
                <Paragraph>{en ? form.descriptionEn : form.descriptionNl}</Paragraph>
                <dl className="ww-facts">
                  <div>
                    <dt>{t('levels')}</dt>
                    <dd>{list('learningLevels', form.learningLevels)}</dd>
                  </div>
                  <div>
                    <dt>{t('disciplinarity')}</dt>
                    <dd>{list('disciplinarity', form.disciplinarity)}</dd>
                  </div>
                  <div>
                    <dt>{t('scales')}</dt>
                    <dd>{t(`scaleNotes.${form.id}` as never)}</dd>
                  </div>
                </dl>
                <Heading level={4}>
                  {t('offerings')}: {t('offeringCount', { count: form.offeringCount })}
                </Heading>
                {forms.length > 0 ? (
                  <ul className="utrecht-unordered-list">
                    {forms.map((offering) => (
                      <li key={offering.slug} className="utrecht-unordered-list__item">
                        <InternalLink href={offeringPagePath(offering.slug)}>{offering.title}</InternalLink>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Paragraph>{t('noOfferings')}</Paragraph>
                )}
                {form.offeringCount > forms.length ? (
                  <Paragraph>
                    <InternalLink href={`/aanbod?form=${form.id}`}>{t('allOfForm')}</InternalLink>
                  </Paragraph>
                ) : null}
                <KnowledgeLinks links={knowledge?.get(form.id)} heading={related('form')} moreHref={`/kennisbank?form=${form.id}`} />
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}
