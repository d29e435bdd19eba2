// A plan warning in words, for the page and the PDF alike.
import type { PlanWarning } from '@/lib/wizard/plan-warnings';

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function warningText(warning: PlanWarning, t: Translate, tv: Translate): string {
  switch (warning.code) {
    case 'missing-perspectives':
      return t('warnings.missing-perspectives', { missing: warning.missing.map((value) => t(`options.perspectives.${value}`)).join(', ') });
    case 'participant-conditions':
      return t('warnings.participant-conditions', {
        group: t(`options.perspectives.${warning.group}`),
        missing: warning.missing.map((value) => t(`options.participantConditions.${value}`).split(':')[0]).join(', '),
      });
    case 'roles-unfilled':
      return t('warnings.roles-unfilled', { missing: warning.missing.map((value) => t(`options.roles.${value}`)).join(', ') });
    case 'scale-not-in-form':
      return t('warnings.scale-not-in-form', {
        scale: tv(`scales.${warning.scale}`).toLowerCase(),
        formScales: warning.formScales.map((scale) => tv(`scales.${scale}`).toLowerCase()).join(', '),
      });
    case 'facilitator-count':
      return t('warnings.facilitator-count', { count: warning.count, min: warning.min, max: warning.max });
    case 'rhythm-differs':
      return t('warnings.rhythm-differs');
    default:
      return t(`warnings.${warning.code}`, { size: warning.size, min: warning.min, max: warning.max });
  }
}
