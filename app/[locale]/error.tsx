'use client';

// Shown when a page fails on the server or in the browser: a plain message, never a stack trace.
import NextLink from 'next/link';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { usePageErrorTexts } from '@/components/layout/PageErrorTexts';

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = usePageErrorTexts();
  return (
    <div className="max-w-3xl">
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.text}</Paragraph>
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
