import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** Namespaces every client component may use (the UI kit's labels, validation, vocabularies). */
const SHARED = ['common', 'validation', 'vocab'];

/**
 * Gives the client components below it the shared namespaces plus the ones named, and no more, so
 * the browser does not download every text of the site.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...SHARED, ...namespaces].filter((name) => name in messages).map((name) => [name, messages[name]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
