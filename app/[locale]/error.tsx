'use client';

// Shown when a page fails on the server or in the browser: a plain message, never a stack trace.
// When the database could not be reached, the error carries DATABASE_UNAVAILABLE_DIGEST and the page
// says so (the response itself goes out as 503, lib/http/app-server.ts).
import NextLink from 'next/link';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { usePageErrorTexts } from '@/components/layout/PageErrorTexts';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/db/database-unavailable';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = usePageErrorTexts();
  const outage = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="max-w-3xl">
      <Heading level={1}>{outage ? t.outageTitle : t.title}</Heading>
      <Paragraph>{outage ? t.outageText : t.text}</Paragraph>
      <div className="flex flex-wrap items-center gap-4">
        <Button purpose="primary" onClick={() => reset()}>
          {t.retry}
        </Button>
        <NextLink href={t.homeHref} className="nl-link">
          {t.home}
        </NextLink>
      </div>
    </div>
  );
}
