'use client';

// The texts of the error page (app/[locale]/error.tsx), handed down by the layout: the error page runs
// in the browser, and this saves every page next-intl's client code for four sentences.
import { createContext, use, type ReactNode } from 'react';

export interface PageErrorTexts {
  title: string;
  text: string;
  retry: string;
  home: string;
  /** The start page in the current language. */
  homeHref: string;
  /** Shown instead of title and text when the database could not be reached (decision 0090). */
  outageTitle: string;
  outageText: string;
}

const PageErrorTextsContext = createContext<PageErrorTexts | null>(null);

export function PageErrorTextsProvider({ texts, children }: { texts: PageErrorTexts; children: ReactNode }) {
  return <PageErrorTextsContext value={texts}>{children}</PageErrorTextsContext>;
}

export function usePageErrorTexts(): PageErrorTexts {
  const texts = use(PageErrorTextsContext);
  if (!texts) throw new Error('PageErrorTextsProvider is missing from the layout');
  return texts;
}
