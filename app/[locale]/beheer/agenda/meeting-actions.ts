'use server';

import { getLocale } from 'next-intl/server';
import { teamAction } from '@/lib/auth/team-action';
import { changeOccurrence, meetingFormSchema, occurrenceFormSchema, saveMeeting } from '@/lib/agenda/maintain-meetings';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';

async function back(path: string, result: string): Promise<never> {
  return redirect({ href: `${path}?result=${result}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
}

/** Add a meeting (to an offering or the team's own programme), or edit or cancel one. */
export const saveMeetingForm = teamAction('coordinator', meetingFormSchema, async (member, input) => {
  const outcome = await saveMeeting(db(), member.id, input);
  const path = outcome.kind === 'ok' ? `/beheer/agenda/${outcome.meetingId}` : input.meetingId ? `/beheer/agenda/${input.meetingId}` : '/beheer/agenda/nieuw';
  await back(path, outcome.kind === 'ok' ? 'saved' : outcome.kind === 'invalid' ? `invalid-${outcome.field}` : outcome.kind);
});

/** Move, cancel or restore one date of a series. */
export const changeOccurrenceForm = teamAction('coordinator', occurrenceFormSchema, async (member, input) => {
  const outcome = await changeOccurrence(db(), member.id, input);
  await back(`/beheer/agenda/${input.meetingId}`, outcome.kind === 'ok' ? 'saved' : outcome.kind === 'invalid' ? `invalid-${outcome.field}` : outcome.kind);
});
