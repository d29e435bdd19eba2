import type { ReactNode } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import type { PublishedKnowledgeProduct } from '@/lib/knowledge/find-knowledge-product';
import { bodyParagraphs } from '@/lib/knowledge/knowledge-product-schema';
import { PRACTICE_FIELDS } from '@/lib/knowledge/knowledge-vocabularies';

/** A knowledge product: its text, the practice-example checklist when it is one, facts, source and file. */
export function KnowledgeProductDetail({ product, themes }: { product: PublishedKnowledgeProduct; themes: ThemeVocabulary }) {
  const t = useTranslations('KnowledgeProduct');
  const kinds = useTranslations('KnowledgeBase.kinds');
  const vocab = useTranslations('vocab');
  const crumbs = useTranslations('common.breadcrumbs');
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const practice = PRACTICE_FIELDS.filter((field) => product[field]);
  const facts: [string, ReactNode][] = [
    [t('kind'), kinds(product.kind as never)],
    [t('organisation'), product.organisation],
    [t('authors'), product.authors],
    [t('date'), product.publishedOn ? format.dateTime(product.publishedOn, { dateStyle: 'long', timeZone: 'UTC' }) : null],
    [t('language'), t(`languages.${product.language}` as never)],
    [t('targetGroups'), product.targetGroups.map((group) => vocab(`targetGroups.${group}` as never)).join(', ') || null],
    [t('learningForms'), product.learningForms.length > 0 ? product.learningForms.map((form, index) => (
      <span key={form}>
        {index > 0 ? ', ' : ''}
        <InternalLink href={`/leervormen#${form}`}>{learningFormName(form, locale)}</InternalLink>
      </span>
    )) : null],
  ];
  return (
    <article>
      <Breadcrumbs items={[{ href: '/', label: crumbs('home') }, { href: '/kennisbank', label: t('breadcrumb') }, { href: `/kennisbank/${product.slug}`, label: product.title }]} />
      <Heading level={1}>{product.title}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {product.summary}
      </Paragraph>
      <ul className="ww-badges" aria-label={t('themes')}>
        {product.themes.map((theme) => (
          <li key={theme}>
            <DataBadge value={theme}>{themes.name(theme, locale)}</DataBadge>
          </li>
        ))}
      </ul>
      <div className="grid gap-x-12 lg:grid-cols-[2fr_1fr]">
        <div>
          {product.body ? (
            <section aria-labelledby="about">
              <Heading level={2} id="about">
                {t('about')}
              </Heading>
              {bodyParagraphs(product.body).map((paragraph, index) => (
                <Paragraph key={index}>{paragraph}</Paragraph>
              ))}
            </section>
          ) : null}
          {practice.length > 0 ? (
            <section aria-labelledby="practice">
              <Heading level={2} id="practice">
                {t('practiceTitle')}
              </Heading>
              {practice.map((field) => (
                <div key={field}>
                  <Heading level={3}>{t(`practice.${field}`)}</Heading>
                  {bodyParagraphs(product[field]).map((paragraph, index) => (
                    <Paragraph key={index}>{paragraph}</Paragraph>
                  ))}
                </div>
              ))}
            </section>
          ) : null}
        </div>
        <aside aria-labelledby="facts">
          <Heading level={2} id="facts">
            {t('source')}
          </Heading>
          <dl className="ww-facts">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {product.url ? (
            <Paragraph>
              <Link href={product.url} rel="noopener noreferrer">
                {t('openLink', { title: product.title })}
              </Link>
            </Paragraph>
          ) : null}
          {product.fileKey ? (
            <Paragraph>
              <a className="nl-link" href={`/api/knowledge-products/${product.slug}/file`} download={product.fileName ?? undefined}>
                {t('download', { size: `${Math.max(1, Math.round((product.fileSize ?? 0) / 1024))} kB` })}
              </a>
            </Paragraph>
          ) : null}
          {product.offerings.length > 0 ? (
            <>
              <Heading level={3}>{t('fromOfferings')}</Heading>
              <ul className="utrecht-unordered-list">
                {product.offerings.map(({ offering }) => (
                  <li key={offering.slug} className="utrecht-unordered-list__item">
                    <InternalLink href={`/aanbod/${offering.slug}`}>{offering.title}</InternalLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
