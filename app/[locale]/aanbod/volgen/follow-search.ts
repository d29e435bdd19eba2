'use server';

import { readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { HONEYPOT_FIELD } from '@/lib/forms/outcome';
import { receiveForm } from '@/lib/forms/public-doors';
import { followCatalogueSearch } from '@/lib/following/follow-catalogue-search';

/** The follow form (with or without JavaScript): same operation as POST /api/volgen. */
export async function followSearch(_previous: FormActionState<true>, formData: FormData): Promise<FormActionState<true>> {
  const { context, locale } = await receiveForm(formData);
  // The hidden fields carry the catalogue's query parameters; read them as /aanbod does.
  const fields = new URLSearchParams([...formData.entries()].flatMap(([key, value]) => (typeof value === 'string' ? [[key, value] as [string, string]] : [])));
  const values = { email: String(formData.get('email') ?? ''), filters: readOfferingQueryParams(fields), [HONEYPOT_FIELD]: formData.get(HONEYPOT_FIELD) ?? '' };
  const outcome = await followCatalogueSearch(db(), values, context);
  return toActionState(outcome, { locale, values: { email: values.email }, received: () => true as const });
}
