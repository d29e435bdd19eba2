import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ItemDetails } from '@/components/admin/ItemDetails';
import { ItemTimeline } from '@/components/admin/ItemTimeline';
import { MatchesPanel } from '@/components/admin/MatchesPanel';
import { SimilarQuestionsPanel } from '@/components/admin/SimilarQuestionsPanel';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { DataBadge } from '@/components/ui/DataBadge';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { Select } from '@/components/ui/Select';
import { Textarea } from '@/components/ui/Textarea';
import { TextInput } from '@/components/ui/TextInput';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { listItemTimeline } from '@/lib/inbox/add-internal-note';
import { inboxQueryString } from '@/lib/inbox/inbox-filters';
import { itemPath, itemTypeFromSlug } from '@/lib/inbox/inbox-item-registry';
import { findInboxNeighbours } from '@/lib/inbox/list-inbox-items';
import { listQuestionConnections } from '@/lib/inbox/link-similar-questions';
import { loadInboxItem } from '@/lib/inbox/load-inbox-item';
import { readRememberedFilters } from '@/lib/inbox/remember-inbox-filters';
import { nextStatuses } from '@/lib/inbox/triage-workflow';
import { isOverdue } from '@/lib/inbox/working-days';
import { listActiveTeamMembers } from '@/lib/team/list-team-members';
import { addNote, assignItem, changeItemStatus, changeMatch, linkQuestion, publishKnowledge, publishMeeting, publishOffering, sendResponse } from './item-actions';

type Props = PageProps<'/[locale]/beheer/[itemType]/[id]'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, itemType } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.types' });
  const type = itemTypeFromSlug(itemType);
  return { title: type ? t(type) : undefined, robots: { index: false } };
}

export default async function InboxItemPage({ params, searchParams }: Props) {
  const { locale, itemType, id } = await params;
  setRequestLocale(locale);
  const member = await requireTeamMember();
  const type = itemTypeFromSlug(itemType);
  if (!type || !UUID.test(id)) notFound();
  const prisma = db();
  const item = await loadInboxItem(prisma, type, id);
  if (!item) notFound();
  const filters = await readRememberedFilters(prisma, member.id);
  const [t, ts, tv, format, timeline, members, neighbours, themes, published, connections] = await Promise.all([
    getTranslations('admin.item'),
    getTranslations('admin.statuses'),
    getTranslations('vocab'),
    getFormatter(),
    listItemTimeline(prisma, { type, id }),
    listActiveTeamMembers(prisma),
    findInboxNeighbours(prisma, filters, member.id, { type, id }),
    prisma.theme.findMany({ select: { id: true, nameNl: true, nameEn: true } }),
    type === 'question' ? prisma.offering.findMany({ where: { status: 'published' }, select: { id: true, title: true }, orderBy: { title: 'asc' } }) : [],
    type === 'question' ? listQuestionConnections(prisma, id) : null,
  ]);
  const themeNames = new Map(themes.map((theme) => [theme.id, locale === 'en' ? theme.nameEn : theme.nameNl]));
  const tt = await getTranslations('admin.types');
  const result = (await searchParams).result;
  const hidden = (
    <>
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={item.version} />
    </>
  );
  const userNames = new Map(members.map((m) => [m.id, m.label]));
  const inboxQuery = inboxQueryString(filters);

  return (
    <>
      <nav aria-label={t('backToInbox')} className="mb-4 flex flex-wrap gap-6">
        <InternalLink href={`/beheer${inboxQuery ? `?${inboxQuery}` : ''}`}>{t('backToInbox')}</InternalLink>
        {neighbours.previous ? <InternalLink href={itemPath(neighbours.previous.type, neighbours.previous.id)} rel="prev">{t('previous')}</InternalLink> : null}
        {neighbours.next ? <InternalLink href={itemPath(neighbours.next.type, neighbours.next.id)} rel="next">{t('next')}</InternalLink> : null}
        {neighbours.position ? <span>{t('position', { position: neighbours.position, total: neighbours.total })}</span> : null}
      </nav>
      <Heading level={1}>{item.title}</Heading>
      <Paragraph>
        {tt(type)} · {t('from')} {item.person} ({item.email}) · {t('received', { date: format.dateTime(item.createdAt, { dateStyle: 'long' }) })}
        {isOverdue(item.createdAt, item.firstResponseAt, new Date()) ? <> <DataBadge>{t('overdue')}</DataBadge></> : null}
      </Paragraph>

      {result === 'saved' || result === 'published' || result === 'meeting-published' ? (
        <Alert type="ok">{result === 'published' ? t(type === 'knowledge' ? 'knowledge.published' : 'submission.published') : result === 'meeting-published' ? t('meeting.publishedNow') : t('saved')}</Alert>
      ) : null}
      {result === 'conflict' ? <Alert type="error">{t('conflict')}</Alert> : null}
      {typeof result === 'string' && result.startsWith('invalid-') ? (
        <Alert type="error">{result === 'invalid-publish' ? t(type === 'knowledge' ? 'knowledge.cannotPublish' : 'submission.cannotPublish') : result === 'invalid-publish-meeting' ? t('meeting.cannotPublish') : t.has(`invalid.${result.slice(8)}` as never) ? t(`invalid.${result.slice(8)}` as never) : t('invalid.input')}</Alert>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="details">
          <Heading level={2} id="details">{t('details')}</Heading>
          <ItemDetails detail={item.detail} themeNames={themeNames} />
        </section>

        {item.detail.type === 'question' ? (
          <section aria-labelledby="matches">
            <Heading level={2} id="matches">{t('question.matches')}</Heading>
            <MatchesPanel questionId={id} version={item.version} matches={item.detail.row.matchResults} published={published} action={changeMatch} />
          </section>
        ) : null}
      </div>

      {connections ? (
        <section aria-labelledby="similar" className="mt-8">
          <Heading level={2} id="similar">{t('question.similar.title')}</Heading>
          <SimilarQuestionsPanel
            questionId={id}
            {...connections}
            themeName={(theme) => themeNames.get(theme) ?? theme}
            provinceName={(province) => tv(`provinces.${province}` as never)}
            action={linkQuestion}
          />
        </section>
      ) : null}

      {item.detail.type === 'question' ? (
        <section aria-labelledby="response" className="mt-8">
          <Heading level={2} id="response">{t('question.response')}</Heading>
          {item.detail.row.respondedAt ? (
            <Paragraph>{t('question.responseSent', { date: format.dateTime(item.detail.row.respondedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</Paragraph>
          ) : null}
          <form action={sendResponse} className="max-w-3xl">
            {hidden}
            <FormField id="response-text" label={t('question.responseLabel')} description={t('question.responseDescription')}>
              {(control) => <Textarea {...control} name="text" rows={8} defaultValue={item.detail.type === 'question' ? (item.detail.row.responseText ?? '') : ''} />}
            </FormField>
            <Button type="submit" purpose="primary">{t('question.sendResponse')}</Button>
          </form>
        </section>
      ) : null}

      {item.detail.type === 'submission' && item.detail.row.offering.status === 'submitted' && item.status !== 'rejected' ? (
        <section aria-labelledby="publish" className="mt-8">
          <Heading level={2} id="publish">{t('submission.publish')}</Heading>
          <Paragraph>
            <InternalLink href={`/beheer/aanbod/${item.detail.row.offering.id}`}>{t('submission.edit')}</InternalLink>
          </Paragraph>
          <form action={publishOffering}>
            {hidden}
            <Button type="submit" purpose="primary">{t('submission.publish')}</Button>
          </form>
        </section>
      ) : null}

      {item.detail.type === 'meeting' && !item.detail.row.meeting.publishedAt && item.status !== 'rejected' ? (
        <section aria-labelledby="publish" className="mt-8">
          <Heading level={2} id="publish">{t('meeting.publish')}</Heading>
          <Paragraph>{t('meeting.publishHint')}</Paragraph>
          <Paragraph>
            <InternalLink href={`/beheer/agenda/${item.detail.row.meeting.id}`}>{t('meeting.edit')}</InternalLink>
          </Paragraph>
          <form action={publishMeeting}>
            {hidden}
            <Button type="submit" purpose="primary">{t('meeting.publish')}</Button>
          </form>
        </section>
      ) : null}
      {item.detail.type === 'knowledge' && item.detail.row.knowledgeProduct.status === 'submitted' && item.status !== 'rejected' ? (
        <section aria-labelledby="publish" className="mt-8">
          <Heading level={2} id="publish">{t('knowledge.publish')}</Heading>
          <Paragraph>
            <InternalLink href={`/beheer/kennisbank/${item.detail.row.knowledgeProduct.id}`}>{t('knowledge.edit')}</InternalLink>
          </Paragraph>
          <form action={publishKnowledge}>
            {hidden}
            <Button type="submit" purpose="primary">{t('knowledge.publish')}</Button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="status" className="mt-8">
        <Heading level={2} id="status">{t('statusTitle')}</Heading>
        <Paragraph>
          {t('currentStatus')}: <strong data-testid="current-status">{ts(item.status)}</strong>
          {item.rejectionReason ? ` (${item.rejectionReason})` : null}
        </Paragraph>
        <div className="grid gap-8 lg:grid-cols-2">
          <form action={changeItemStatus}>
            {hidden}
            <FormField id="new-status" label={t('newStatus')}>
              {(control) => (
                <Select {...control} name="status">
                  {nextStatuses(item.status).map((status) => (
                    <option key={status} value={status}>{ts(status)}</option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField id="reason" label={t('reason')} description={t('reasonDescription')}>
              {(control) => <TextInput {...control} name="reason" />}
            </FormField>
            <Button type="submit">{t('saveStatus')}</Button>
          </form>
          <form action={assignItem}>
            {hidden}
            <FormField id="assignee" label={t('assignee')}>
              {(control) => (
                <Select {...control} name="assignee" defaultValue={item.assigneeId ?? ''}>
                  <option value="">{t('nobody')}</option>
                  {members.map((m) => (
                    <option key={m.id} value={m.id}>{m.label}</option>
                  ))}
                </Select>
              )}
            </FormField>
            <Button type="submit">{t('saveAssignee')}</Button>
          </form>
        </div>
      </section>

      <section aria-labelledby="notes" className="mt-8">
        <Heading level={2} id="notes">{t('notes')}</Heading>
        <form action={addNote} className="max-w-3xl">
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="id" value={id} />
          <FormField id="note-body" label={t('noteLabel')}>
            {(control) => <Textarea {...control} name="body" rows={3} />}
          </FormField>
          <Button type="submit">{t('addNote')}</Button>
        </form>
      </section>

      <section aria-labelledby="timeline" className="mt-8">
        <Heading level={2} id="timeline">{t('timeline')}</Heading>
        <ItemTimeline entries={timeline} userNames={userNames} />
      </section>
    </>
  );
}
