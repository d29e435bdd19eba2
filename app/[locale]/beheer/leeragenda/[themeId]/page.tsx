import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ThemeForm } from '@/components/themes/ThemeForm';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { loadThemes } from '@/lib/themes/load-themes';
import { THEME_ID_PATTERN } from '@/lib/themes/theme-id';
import { changeAgendaTheme } from '../theme-actions';

type Props = PageProps<'/[locale]/beheer/leeragenda/[themeId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerLeeragenda' });
  return { title: t('editTitle'), robots: { index: false } };
}

// One theme of the learning agenda: change it, retire it or bring it back.
export default async function AgendaThemePage({ params, searchParams }: Props) {
  const { locale: raw, themeId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  await requireTeamMember();
  if (!THEME_ID_PATTERN.test(themeId)) notFound();
  const [theme, themes] = await Promise.all([db().theme.findUnique({ where: { id: themeId } }), loadThemes(db())]);
  if (!theme) notFound();
  const [t, format] = await Promise.all([getTranslations('BeheerLeeragenda'), getFormatter()]);
  const result = (await searchParams).result;
  const invalidField = typeof result === 'string' && result.startsWith('invalid-') ? result.slice(8) : null;
  const done = typeof result === 'string' && ['added', 'saved', 'retired', 'restored'].includes(result) ? result : null;
  return (
    <>
      <InternalLink href="/beheer/leeragenda">{t('back')}</InternalLink>
      <Heading level={1}>{themes.name(theme.id, locale)}</Heading>
      {done ? <Alert type="ok">{t(`results.${done}` as never)}</Alert> : null}
      {result === 'conflict' ? <Alert type="error">{t('conflict')}</Alert> : null}
      {invalidField ? <Alert type="error">{t('invalid', { field: t.has(`fields.${invalidField}` as never) ? t(`fields.${invalidField}` as never) : invalidField })}</Alert> : null}
      <Paragraph>
        {theme.retiredAt ? t('retiredSince', { date: format.dateTime(theme.retiredAt, { dateStyle: 'long' }) }) : t('offeredNow')}
      </Paragraph>
      <ThemeForm action={changeAgendaTheme} theme={theme} themes={themes} locale={locale} invalidField={invalidField} />
      <Heading level={2} className="mt-8">{theme.retiredAt ? t('restoreTitle') : t('retireTitle')}</Heading>
      <Paragraph className="max-w-3xl">{theme.retiredAt ? t('restoreExplain') : t('retireExplain')}</Paragraph>
      <form action={changeAgendaTheme}>
        <input type="hidden" name="themeId" value={theme.id} />
        <input type="hidden" name="seenAt" value={theme.updatedAt.toISOString()} />
        <input type="hidden" name="intent" value={theme.retiredAt ? 'restore' : 'retire'} />
        <Button type="submit" purpose="secondary">{theme.retiredAt ? t('restore') : t('retire')}</Button>
      </form>
    </>
  );
}
