import { useTranslations } from 'next-intl';
import { HONEYPOT_FIELD } from '@/lib/forms/outcome';

/** A field people never see or fill; bots that fill it are answered kindly and ignored. */
export function Honeypot() {
  const t = useTranslations('forms');
  return (
    <div className="ww-honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>{t('honeypotLabel')}</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
