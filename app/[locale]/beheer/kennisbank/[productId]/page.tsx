import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { Select } from '@/components/ui/Select';
import { Textarea } from '@/components/ui/Textarea';
import { TextInput } from '@/components/ui/TextInput';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { loadThemes } from '@/lib/themes/load-themes';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { KNOWLEDGE_KINDS } from '@/lib/knowledge/knowledge-vocabularies';
import { changeKnowledgeProduct } from './knowledge-actions';

type Props = PageProps<'/[locale]/beheer/kennisbank/[productId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerKennisbank' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditKnowledgeProductPage({ params, searchParams }: Props) {
  const { locale: raw, productId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  await requireTeamMember();
  if (!/^[0-9a-f-]{36}$/i.test(productId)) notFound();
  const prisma = db();
  const product = await prisma.knowledgeProduct.findUnique({ where: { id: productId }, include: { offerings: true } });
  if (!product) notFound();
  const offerings = await prisma.offering.findMany({ where: { status: 'published' }, select: { id: true, title: true }, orderBy: { title: 'asc' } });
  const [t, kinds, fields] = await Promise.all([getTranslations('BeheerKennisbank'), getTranslations('KnowledgeBase.kinds'), getTranslations('validation.fields')]);
  const result = (await searchParams).result;
  const invalidField = typeof result === 'string' && result.startsWith('invalid-') ? result.slice(8) : null;
  const linked = new Set(product.offerings.map((link) => link.offeringId));
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="productId" value={product.id} />
      <input type="hidden" name="version" value={product.version} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
  return (
    <>
      <InternalLink href="/beheer/kennisbank">{t('back')}</InternalLink>
      <Heading level={1}>{product.title}</Heading>
      <Paragraph>
        {t(`statuses.${product.status}`)}
        {product.status === 'published' ? (
          <>
            {' · '}
            <InternalLink href={`/kennisbank/${product.slug}`}>{t('view')}</InternalLink>
          </>
        ) : null}
      </Paragraph>
      {result === 'saved' ? <Alert type="ok">{t('saved')}</Alert> : null}
      {result === 'status' ? <Alert type="ok">{t('statusChanged')}</Alert> : null}
      {result === 'conflict' ? <Alert type="error">{t('conflict')}</Alert> : null}
      {invalidField ? <Alert type="error">{t('invalid', { field: fields.has(invalidField as never) ? fields(invalidField as never) : invalidField })}</Alert> : null}
      <Heading level={2}>{t('editTitle')}</Heading>
      <form action={changeKnowledgeProduct} className="max-w-3xl">
        {hidden('save')}
        <FormField id="product-title" label={fields('title')} requirement="required">
          {(control) => <TextInput {...control} name="title" defaultValue={product.title} />}
        </FormField>
        <FormField id="product-kind" label={fields('kind')} requirement="required">
          {(control) => (
            <Select {...control} name="kind" defaultValue={product.kind}>
              {KNOWLEDGE_KINDS.map((kind) => (
                <option key={kind} value={kind}>{kinds(kind)}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="product-summary" label={fields('summary')} requirement="required">
          {(control) => <Textarea {...control} name="summary" rows={3} defaultValue={product.summary} />}
        </FormField>
        <FormField id="product-body" label={fields('body')}>
          {(control) => <Textarea {...control} name="body" rows={8} defaultValue={product.body ?? ''} />}
        </FormField>
        <CheckboxGroup id="product-themes" name="themes" legend={fields('themes')} requirement="required" options={themeOptions(await loadThemes(prisma), locale, product.themes)} defaultValue={product.themes} />
        <FormField id="product-authors" label={fields('authors')}>
          {(control) => <TextInput {...control} name="authors" defaultValue={product.authors ?? ''} />}
        </FormField>
        <FormField id="product-organisation" label={fields('organisation')}>
          {(control) => <TextInput {...control} name="organisation" defaultValue={product.organisation ?? ''} />}
        </FormField>
        <FormField id="product-url" label={fields('url')}>
          {(control) => <TextInput {...control} name="url" type="url" defaultValue={product.url ?? ''} />}
        </FormField>
        <FormField id="product-offerings" label={t('offerings')} description={t('offeringsHint')}>
          {(control) => (
            <Select {...control} name="offerings" multiple size={8} defaultValue={offerings.filter((offering) => linked.has(offering.id)).map((offering) => offering.id)}>
              {offerings.map((offering) => (
                <option key={offering.id} value={offering.id}>{offering.title}</option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" purpose="primary">{t('save')}</Button>
      </form>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        {product.status !== 'published' ? (
          <form action={changeKnowledgeProduct}>
            {hidden('publish')}
            <Paragraph>{t('publishText')}</Paragraph>
            <Button type="submit">{t('publish')}</Button>
          </form>
        ) : null}
        {product.status !== 'archived' ? (
          <form action={changeKnowledgeProduct}>
            {hidden('archive')}
            <Paragraph>{t('archiveText')}</Paragraph>
            <Button type="submit" purpose="secondary">{t('archive')}</Button>
          </form>
        ) : null}
      </div>
    </>
  );
}
