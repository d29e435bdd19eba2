import { getLocale, getTranslations } from 'next-intl/server';
import { fieldLabel } from '@/lib/validation/describe-issue';

/** The message for `?result=invalid-<field>`: which field did not pass, in the page's language. */
export async function invalidFieldMessage(result: string | string[] | undefined): Promise<string | null> {
  if (typeof result !== 'string' || !result.startsWith('invalid-')) return null;
  const t = await getTranslations('BeheerAgenda');
  const locale = (await getLocale()) === 'en' ? 'en' : 'nl';
  return t('invalid', { field: fieldLabel([result.slice(8)], locale) });
}
