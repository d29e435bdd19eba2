import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import type { PlanWarning } from '@/lib/wizard/plan-warnings';
import { warningText } from './warning-text';

/** The rules-of-thumb warnings of a plan (or of one step), in plain words. */
export function PlanWarningList({ warnings, heading }: { warnings: readonly PlanWarning[]; heading?: string }) {
  const t = useTranslations('wizard');
  const tv = useTranslations('vocab');
  if (warnings.length === 0) return null;
  return (
    <Alert type="warning" role="none" heading={heading}>
      <ul className="utrecht-unordered-list" data-testid="plan-warnings">
        {warnings.map((warning) => (
          <li key={warning.code} className="utrecht-unordered-list__item">
            {warningText(warning, t, tv)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
