'use client';

// Shown when a page fails on the server or in the browser: a plain message, never a stack trace.
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  return (
    <div className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('text')}</Paragraph>
      <div className="flex flex-wrap items-center gap-4">
        <Button purpose="primary" onClick={() => reset()}>
          {t('retry')}
        </Button>
        <InternalLink href="/">{t('home')}</InternalLink>
      </div>
    </div>
  );
}
