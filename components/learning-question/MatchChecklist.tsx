import { getTranslations } from 'next-intl/server';
import type { CheckResult } from '@/lib/matchmaking/match-learning-question';

/** The four check-questions of one match as a checklist: the question, yes or no, and the reason. */
export async function MatchChecklist({ checks, labelledBy }: { checks: CheckResult[]; labelledBy: string }) {
  const t = await getTranslations('learningQuestion.result');
  return (
    <ul className="ww-checklist" aria-labelledby={labelledBy}>
      {checks.map((check) => (
        <li key={check.id} className={check.pass ? 'ww-check ww-check--pass' : 'ww-check ww-check--fail'}>
          <span className="ww-check__mark" aria-hidden="true">
            {check.pass ? '✓' : '✗'}
          </span>
          <span>
            <strong>
              {t(`checks.${check.id}`)} {check.pass ? t('pass') : t('fail')}.
            </strong>{' '}
            {check.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}
