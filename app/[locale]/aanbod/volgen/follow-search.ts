'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { HONEYPOT_FIELD } from '@/lib/forms/outcome';
import { followCatalogueSearch } from '@/lib/following/follow-catalogue-search';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

/** The follow form (with or without JavaScript): same operation as POST /api/volgen. */
export async function followSearch(_previous: FormActionState<true>, formData: FormData): Promise<FormActionState<true>> {
  const locale = asLocale(await getLocale());
  // The hidden fields carry the catalogue's query parameters; read them as /aanbod does.
  const fields = new URLSearchParams([...formData.entries()].flatMap(([key, value]) => (typeof value === 'string' ? [[key, value] as [string, string]] : [])));
  const values = { email: String(formData.get('email') ?? ''), filters: readOfferingQueryParams(fields), [HONEYPOT_FIELD]: formData.get(HONEYPOT_FIELD) ?? '' };
  const outcome = await followCatalogueSearch(db(), values, { ip: clientIp(await headers()), locale });
  return toActionState(outcome, { locale, values: { email: values.email }, received: () => true as const });
}
