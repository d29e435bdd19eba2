import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Select } from '@/components/ui/Select';

interface Match {
  offering: { id: string; title: string; slug: string };
  rank: number;
  score: number;
  source: string;
}

type Action = (formData: FormData) => Promise<void>;

/** The question's matches in order, each with move up / move down / remove, and a form to add one. */
export async function MatchesPanel({ questionId, version, matches, published, action }: { questionId: string; version: number; matches: Match[]; published: { id: string; title: string }[]; action: Action }) {
  const t = await getTranslations('admin.item.question');
  const hidden = (op: string, offeringId: string) => (
    <>
      <input type="hidden" name="type" value="question" />
      <input type="hidden" name="id" value={questionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="offeringId" value={offeringId} />
    </>
  );
  const taken = new Set(matches.map((match) => match.offering.id));
  return (
    <>
      <p className="utrecht-paragraph">{t('matchesIntro')}</p>
      {matches.length === 0 ? (
        <p className="utrecht-paragraph">{t('noMatches')}</p>
      ) : (
        <table className="utrecht-table w-full">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('rank')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('offering')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('score')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('source')}</th>
              <th scope="col" className="utrecht-table__header-cell"><span className="sr-only">{t('remove', { title: '' })}</span></th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {matches.map((match, index) => (
              <tr key={match.offering.id} className="utrecht-table__row" data-match={match.offering.slug}>
                <td className="utrecht-table__cell">{index + 1}</td>
                <td className="utrecht-table__cell">{match.offering.title}</td>
                <td className="utrecht-table__cell">{match.source === 'engine' ? match.score.toFixed(2) : '—'}</td>
                <td className="utrecht-table__cell">{t(`sources.${match.source === 'engine' ? 'engine' : 'coordinator'}`)}</td>
                <td className="utrecht-table__cell">
                  <div className="flex flex-wrap gap-2">
                    {index > 0 ? (
                      <form action={action}>
                        {hidden('up', match.offering.id)}
                        <Button type="submit" purpose="subtle" aria-label={t('moveUp', { title: match.offering.title })}>↑</Button>
                      </form>
                    ) : null}
                    {index < matches.length - 1 ? (
                      <form action={action}>
                        {hidden('down', match.offering.id)}
                        <Button type="submit" purpose="subtle" aria-label={t('moveDown', { title: match.offering.title })}>↓</Button>
                      </form>
                    ) : null}
                    <form action={action}>
                      {hidden('remove', match.offering.id)}
                      <Button type="submit" purpose="subtle" aria-label={t('remove', { title: match.offering.title })}>✕</Button>
                    </form>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form action={action} className="mt-4">
        <input type="hidden" name="type" value="question" />
        <input type="hidden" name="id" value={questionId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="op" value="add" />
        <FormField id="add-match" label={t('addMatchLabel')}>
          {(control) => (
            <Select {...control} name="offeringId" required>
              {published.filter((offering) => !taken.has(offering.id)).map((offering) => (
                <option key={offering.id} value={offering.id}>
                  {offering.title}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t('add')}</Button>
      </form>
    </>
  );
}
