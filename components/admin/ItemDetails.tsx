import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { InboxItemDetail, ItemDetailRow } from '@/lib/inbox/inbox-item-registry';
import type { InboxItemType } from '@/lib/inbox/inbox-item-types';
import { instantToLocal } from '@/lib/agenda/meeting-time';

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="ww-details__row">
      <dt className="font-bold">{label}</dt>
      <dd className="mb-3 whitespace-pre-line">{children}</dd>
    </div>
  );
}

type Translate = (key: string) => string;
interface ViewContext {
  t: Translate;
  tv: Translate & { has(key: string): boolean };
  themeNames: Map<string, string>;
}

/** How each item type's own details render; one entry per type of the registry. */
const DETAIL_VIEWS: { [K in InboxItemType]: (row: ItemDetailRow<K>, context: ViewContext) => ReactNode } = {
  question: (q, { t, tv, themeNames }) => (
    <dl>
      <Row label={t('question.question')}>{q.question}</Row>
      <Row label={t('question.themes')}>{q.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
      <Row label={t('question.scale')}>{tv.has(`scales.${q.scale}`) ? tv(`scales.${q.scale}`) : q.scale}</Row>
      <Row label={t('question.province')}>{q.province ? tv(`provinces.${q.province}`) : null}</Row>
      <Row label={t('question.municipality')}>{q.municipality}</Row>
      <Row label={t('question.organisation')}>{q.organisation}</Row>
      <Row label={t('question.verdict')}>{q.verdict && tv.has(`verdicts.${q.verdict}`) ? tv(`verdicts.${q.verdict}`) : q.verdict}</Row>
      <Row label={t('question.consentConnect')}>{q.consentConnect ? '✓' : '—'}</Row>
    </dl>
  ),
  support: (s, { t }) => (
    <dl>
      <Row label={t('support.level')}>{s.supportLevel.nameNl}</Row>
      <Row label={t('support.plan')}>{s.networkPlan.title}</Row>
      <Row label={t('support.organisation')}>{s.organisation}</Row>
      <Row label={t('support.message')}>{s.message}</Row>
    </dl>
  ),
  submission: (s, { t, tv, themeNames }) => (
    <dl>
      <Row label={t('submission.offering')}>{s.offering.title}</Row>
      <Row label={t('submission.summary')}>{s.offering.summary}</Row>
      <Row label={t('submission.learningForm')}>{s.offering.learningForm.nameNl}</Row>
      <Row label={t('question.themes')}>{s.offering.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
      <Row label={t('submission.organisation')}>{s.submitterOrganisation}</Row>
      <Row label={t('submission.message')}>{s.message}</Row>
      <Row label={t('submission.offeringStatus')}>{tv(`offeringStatus.${s.offering.status}`)}</Row>
    </dl>
  ),
  knowledge: (k, { t, themeNames }) => (
    <dl>
      <Row label={t('knowledge.product')}>{k.knowledgeProduct.title}</Row>
      <Row label={t('knowledge.kind')}>{t(`knowledge.kinds.${k.knowledgeProduct.kind}`)}</Row>
      <Row label={t('knowledge.summary')}>{k.knowledgeProduct.summary}</Row>
      <Row label={t('question.themes')}>{k.knowledgeProduct.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
      <Row label={t('knowledge.link')}>{k.knowledgeProduct.url}</Row>
      <Row label={t('knowledge.file')}>{k.knowledgeProduct.fileName ? `${k.knowledgeProduct.fileName} (${Math.ceil((k.knowledgeProduct.fileSize ?? 0) / 1024)} kB)` : null}</Row>
      <Row label={t('submission.organisation')}>{k.submitterOrganisation}</Row>
      <Row label={t('submission.message')}>{k.message}</Row>
      <Row label={t('knowledge.status')}>{t(`knowledge.statuses.${k.knowledgeProduct.status}`)}</Row>
    </dl>
  ),
  contact: (c, { t }) => (
    <dl>
      <Row label={t('contact.subject')}>{c.subject}</Row>
      <Row label={t('contact.organisation')}>{c.organisation}</Row>
      <Row label={t('contact.message')}>{c.message}</Row>
    </dl>
  ),
  meeting: (p, { t, tv, themeNames }) => (
    <dl>
      <Row label={t('meeting.meeting')}>{p.meeting.title}</Row>
      <Row label={t('meeting.summary')}>{p.meeting.summary}</Row>
      <Row label={t('meeting.when')}>{`${instantToLocal(p.meeting.startsAt).replace('T', ' ')} – ${instantToLocal(p.meeting.endsAt).replace('T', ' ')}`}</Row>
      <Row label={t('meeting.recurrence')}>{p.meeting.recurrence}</Row>
      <Row label={t('meeting.where')}>{p.meeting.online ? `${t('meeting.online')} ${p.meeting.onlineUrl ?? ''}` : [p.meeting.place, p.meeting.municipality, p.meeting.province ? tv(`provinces.${p.meeting.province}`) : null].filter(Boolean).join(', ')}</Row>
      <Row label={t('question.themes')}>{p.meeting.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
      <Row label={t('meeting.offering')}>{p.meeting.offering?.title}</Row>
      <Row label={t('meeting.registration')}>{[p.meeting.registrationUrl, p.meeting.registrationEmail].filter(Boolean).join(' · ')}</Row>
      <Row label={t('submission.organisation')}>{p.submitterOrganisation}</Row>
      <Row label={t('submission.message')}>{p.message}</Row>
      <Row label={t('meeting.published')}>{p.meeting.publishedAt ? '✓' : '—'}</Row>
    </dl>
  ),
};

/** What was sent in, per kind of item. */
export async function ItemDetails({ detail, themeNames }: { detail: InboxItemDetail; themeNames: Map<string, string> }) {
  const t = (await getTranslations('admin.item')) as unknown as Translate;
  const tv = (await getTranslations('vocab')) as unknown as ViewContext['tv'];
  const view = DETAIL_VIEWS[detail.type] as (row: InboxItemDetail['row'], context: ViewContext) => ReactNode;
  return view(detail.row, { t, tv, themeNames });
}
