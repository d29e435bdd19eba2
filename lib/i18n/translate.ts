// Translations outside React (e-mails, API answers, jobs): the same message files as the pages.
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export function asLocale(value: unknown): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : 'nl';
}

export async function getTranslator(locale: Locale, namespace: string): Promise<Translate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** The language an API caller asked for with Accept-Language, if it is one of ours. */
export function requestedLocale(headers: Headers): Locale | undefined {
  const first = headers.get('accept-language')?.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('nl')) return 'nl';
  if (first.startsWith('en')) return 'en';
  return undefined;
}
