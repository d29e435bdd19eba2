'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { addTheme, changeTheme, setThemeRetired, type ThemeOutcome } from '@/lib/themes/manage-themes';
import { themeIdSchema } from '@/lib/themes/theme-id';

/** The theme form's fields as the schema reads them (the related themes are a checkbox group). */
function themeFields(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '');
  return {
    id: text('id').trim(),
    nameNl: text('nameNl'),
    nameEn: text('nameEn'),
    descriptionNl: text('descriptionNl'),
    descriptionEn: text('descriptionEn'),
    domain: text('domain'),
    relatedThemeIds: formData.getAll('relatedThemeIds').map(String),
    isGapTheme: formData.get('isGapTheme') === 'true',
    gapReasonNl: text('gapReasonNl'),
    gapReasonEn: text('gapReasonEn'),
  };
}

const result = (outcome: ThemeOutcome, ok: string) =>
  outcome.kind === 'ok' ? ok : outcome.kind === 'invalid' ? `invalid-${String(outcome.error.issues[0]?.path[0] ?? '_form')}` : outcome.kind;

async function back(path: string, outcome: string): Promise<never> {
  redirect({ href: `${path}?result=${outcome}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
  throw new Error('unreachable');
}

/** Add a theme to the learning agenda. */
export const addAgendaTheme = teamAction('coordinator', z.object({}), async (member, _input, formData) => {
  const outcome = await addTheme(db(), member.id, themeFields(formData));
  return back(outcome.kind === 'ok' ? `/beheer/leeragenda/${outcome.id}` : '/beheer/leeragenda', result(outcome, 'added'));
});

const changeForm = z.object({ themeId: themeIdSchema, seenAt: z.iso.datetime(), intent: z.enum(['save', 'retire', 'restore']) });

/** Rename, describe, relate, mark or unmark as a gap; or retire or bring back. */
export const changeAgendaTheme = teamAction('coordinator', changeForm, async (member, { themeId, seenAt, intent }, formData) => {
  const outcome =
    intent === 'save'
      ? await changeTheme(db(), member.id, themeId, seenAt, themeFields(formData))
      : await setThemeRetired(db(), member.id, themeId, seenAt, intent === 'retire');
  return back(`/beheer/leeragenda/${themeId}`, result(outcome, intent === 'save' ? 'saved' : intent === 'retire' ? 'retired' : 'restored'));
});
