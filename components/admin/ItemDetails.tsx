import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { InboxItemDetail } from '@/lib/inbox/load-inbox-item';

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="ww-details__row">
      <dt className="font-bold">{label}</dt>
      <dd className="mb-3 whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** What was sent in, per kind of item. */
export async function ItemDetails({ detail, themeNames }: { detail: InboxItemDetail; themeNames: Map<string, string> }) {
  const t = await getTranslations('admin.item');
  const tv = await getTranslations('vocab');
  switch (detail.type) {
    case 'question': {
      const q = detail.row;
      return (
        <dl>
          <Row label={t('question.question')}>{q.question}</Row>
          <Row label={t('question.themes')}>{q.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
          <Row label={t('question.scale')}>{tv.has(`scales.${q.scale}` as never) ? tv(`scales.${q.scale}` as never) : q.scale}</Row>
          <Row label={t('question.province')}>{q.province ? tv(`provinces.${q.province}` as never) : null}</Row>
          <Row label={t('question.municipality')}>{q.municipality}</Row>
          <Row label={t('question.organisation')}>{q.organisation}</Row>
          <Row label={t('question.verdict')}>{q.verdict && tv.has(`verdicts.${q.verdict}` as never) ? tv(`verdicts.${q.verdict}` as never) : q.verdict}</Row>
          <Row label={t('question.consentConnect')}>{q.consentConnect ? '✓' : '—'}</Row>
        </dl>
      );
    }
    case 'support': {
      const s = detail.row;
      return (
        <dl>
          <Row label={t('support.level')}>{s.supportLevel.nameNl}</Row>
          <Row label={t('support.plan')}>{s.networkPlan.title}</Row>
          <Row label={t('support.organisation')}>{s.organisation}</Row>
          <Row label={t('support.message')}>{s.message}</Row>
        </dl>
      );
    }
    case 'submission': {
      const s = detail.row;
      return (
        <dl>
          <Row label={t('submission.offering')}>{s.offering.title}</Row>
          <Row label={t('submission.summary')}>{s.offering.summary}</Row>
          <Row label={t('submission.learningForm')}>{s.offering.learningForm.nameNl}</Row>
          <Row label={t('question.themes')}>{s.offering.themes.map((id) => themeNames.get(id) ?? id).join(', ')}</Row>
          <Row label={t('submission.organisation')}>{s.submitterOrganisation}</Row>
          <Row label={t('submission.message')}>{s.message}</Row>
          <Row label={t('submission.offeringStatus')}>{tv(`offeringStatus.${s.offering.status}` as never)}</Row>
        </dl>
      );
    }
    case 'contact': {
      const c = detail.row;
      return (
        <dl>
          <Row label={t('contact.subject')}>{c.subject}</Row>
          <Row label={t('contact.organisation')}>{c.organisation}</Row>
          <Row label={t('contact.message')}>{c.message}</Row>
        </dl>
      );
    }
  }
}
