import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Textarea } from '@/components/ui/Textarea';
import { TextInput } from '@/components/ui/TextInput';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { changeOffering } from './offering-actions';
import { ConnectionsPanel } from '@/components/knowledge/ConnectionsPanel';
import { listConnectedNetworks } from '@/lib/connections/offering-connections';
import { connectOffering, disconnectOffering, linkOfferingKnowledge } from './connection-actions';

type Props = PageProps<'/[locale]/beheer/aanbod/[offeringId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.upkeep' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditOfferingPage({ params, searchParams }: Props) {
  const { locale, offeringId } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  if (!/^[0-9a-f-]{36}$/i.test(offeringId)) notFound();
  const offering = await db().offering.findUnique({ where: { id: offeringId } });
  if (!offering) notFound();
  const [t, ti, verification, connections, candidates, products, linked] = await Promise.all([
    getTranslations('admin.upkeep'),
    getTranslations('admin.item'),
    getTranslations('Verification'),
    listConnectedNetworks(db(), [offering.id], { publishedOnly: false }),
    db().offering.findMany({ where: { status: 'published' }, select: { id: true, title: true }, orderBy: { title: 'asc' } }),
    db().knowledgeProduct.findMany({ where: { status: { not: 'archived' } }, select: { id: true, title: true }, orderBy: { title: 'asc' } }),
    db().knowledgeProduct.findMany({ where: { offerings: { some: { offeringId } } }, select: { id: true, title: true }, orderBy: { title: 'asc' } }),
  ]);
  const result = (await searchParams).result;
  const invalidField = typeof result === 'string' && result.startsWith('invalid-') ? result.slice(8) : null;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="offeringId" value={offering.id} />
      <input type="hidden" name="version" value={offering.version} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
  return (
    <>
      <InternalLink href="/beheer/aanbod">{t('back')}</InternalLink>
      <Heading level={1}>{offering.title}</Heading>
      {result === 'saved' ? <Alert type="ok">{ti('saved')}</Alert> : null}
      {result === 'archived' ? <Alert type="ok">{t('archived')}</Alert> : null}
      {result === 'verified' ? <Alert type="ok">{verification('upkeep.verified')}</Alert> : null}
      {offering.needsVerification ? <Alert type="warning">{verification('unverified')}</Alert> : null}
      {result === 'conflict' ? <Alert type="error">{ti('conflict')}</Alert> : null}
      {invalidField && t.has(`fields.${invalidField}` as never) ? <Alert type="error">{t('invalid', { field: t(`fields.${invalidField}` as never) })}</Alert> : null}
      {offering.status === 'published' || offering.status === 'submitted' ? (
        <>
          <Heading level={2}>{t('editTitle')}</Heading>
          <form action={changeOffering} className="max-w-3xl">
            {hidden('save')}
            <FormField id="offering-title" label={t('fields.title')} requirement="required">
              {(control) => <TextInput {...control} name="title" defaultValue={offering.title} />}
            </FormField>
            <FormField id="offering-summary" label={t('fields.summary')} requirement="required">
              {(control) => <Textarea {...control} name="summary" rows={3} defaultValue={offering.summary} />}
            </FormField>
            <FormField id="offering-description" label={t('fields.description')}>
              {(control) => <Textarea {...control} name="description" rows={8} defaultValue={offering.description ?? ''} />}
            </FormField>
            <FormField id="offering-contact" label={t('fields.contactEmail')}>
              {(control) => <TextInput {...control} name="contactEmail" type="email" defaultValue={offering.contactEmail ?? ''} />}
            </FormField>
            <FormField id="offering-url" label={t('fields.url')}>
              {(control) => <TextInput {...control} name="url" type="url" defaultValue={offering.url ?? ''} />}
            </FormField>
            <Checkbox id="offering-open" name="openToJoin" value="true" defaultChecked={offering.openToJoin} label={t('fields.openToJoin')} />
            <Button type="submit" purpose="primary">{t('save')}</Button>
          </form>
          <div className="mt-6 flex flex-wrap gap-4">
            <form action={changeOffering}>
              {hidden('reviewed')}
              <Button type="submit">{t('markReviewed')}</Button>
            </form>
            {offering.needsVerification ? (
              <form action={changeOffering}>
                {hidden('verified')}
                <Button type="submit" purpose="primary">{verification('upkeep.markVerified')}</Button>
              </form>
            ) : null}
            {offering.status === 'published' ? (
              <form action={changeOffering}>
                {hidden('archive')}
                <Button type="submit" purpose="secondary">{t('archive')}</Button>
              </form>
            ) : null}
          </div>
        </>
      ) : null}
      <ConnectionsPanel offeringId={offering.id} connections={connections.get(offering.id) ?? []} candidates={candidates} connect={connectOffering} disconnect={disconnectOffering} knowledge={{ linked, products, link: linkOfferingKnowledge }} />
    </>
  );
}
