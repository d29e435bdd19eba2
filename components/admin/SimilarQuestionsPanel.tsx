import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { itemPath } from '@/lib/inbox/inbox-item-registry';
import type { LinkedQuestion } from '@/lib/inbox/link-similar-questions';
import type { SimilarQuestion } from '@/lib/matchmaking/find-similar-questions';

type Action = (formData: FormData) => Promise<void>;

interface Props {
  questionId: string;
  consented: boolean;
  linked: LinkedQuestion[];
  suggestions: SimilarQuestion[];
  themeName: (id: string) => string;
  provinceName: (id: string) => string;
  action: Action;
}

/** Linked questions (with unlink) and similar questions of people who consented (with link). */
export async function SimilarQuestionsPanel({ questionId, consented, linked, suggestions, themeName, provinceName, action }: Props) {
  const t = await getTranslations('admin.item.question.similar');
  const format = await getFormatter();
  const form = (op: 'link' | 'unlink', relatedId: string, label: string) => (
    <form action={action}>
      <input type="hidden" name="type" value="question" />
      <input type="hidden" name="id" value={questionId} />
      <input type="hidden" name="relatedId" value={relatedId} />
      <input type="hidden" name="op" value={op} />
      <Button type="submit" purpose={op === 'link' ? 'secondary' : 'subtle'}>{label}</Button>
    </form>
  );
  const place = (province: string | null) => (province ? provinceName(province) : t('anywhere'));
  return (
    <>
      <Paragraph>{t('intro')}</Paragraph>
      {linked.length > 0 ? (
        <ul className="utrecht-unordered-list" aria-label={t('linkedTitle')}>
          {linked.map((question) => (
            <li key={question.id} className="mb-3" data-linked-question={question.id}>
              <InternalLink href={itemPath('question', question.id)}>{question.question.slice(0, 120)}</InternalLink>{' '}
              ({question.themes.map(themeName).join(', ')} · {place(question.province)} · {format.dateTime(question.createdAt, { month: 'long', year: 'numeric' })})
              {form('unlink', question.id, t('unlink'))}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('noneLinked')}</Paragraph>
      )}
      {!consented ? (
        <Paragraph>{t('noConsent')}</Paragraph>
      ) : suggestions.length === 0 ? (
        <Paragraph>{t('noSuggestions')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list" aria-label={t('suggestionsTitle')}>
          {suggestions.map((similar) => (
            <li key={similar.id} className="mb-3" data-similar-question={similar.id}>
              <InternalLink href={itemPath('question', similar.id)}>
                {t('suggestion', { themes: similar.themes.map(themeName).join(', '), place: place(similar.province), month: format.dateTime(new Date(`${similar.month}-01T12:00:00Z`), { month: 'long', year: 'numeric' }) })}
              </InternalLink>{' '}
              ({t('similarity', { percent: Math.round(similar.similarity * 100) })})
              {form('link', similar.id, t('link'))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
