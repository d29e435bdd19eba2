'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { readTeamSettings } from '@/lib/auth/team-settings';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { confirmTotpEnrolment, disableTotp, setDigest, signOutEverywhere, startTotpEnrolment } from '@/lib/team/manage-account';

// The account page is the one page a member who must still enrol a second factor may use; these
// actions therefore check the role and not the enrolment (teamAction with the enrolling option).

async function back(result: string): Promise<never> {
  return redirect({ href: `/beheer/account?result=${result}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
}

const NO_INPUT = z.object({});

export const signOutOnAllDevices = teamAction('coordinator', NO_INPUT, async (member) => {
  await signOutEverywhere(db(), member.id);
  redirect({ href: '/beheer/inloggen', locale: asLocale(await getLocale()) });
}, { enrolling: true });

export const beginTotp = teamAction('coordinator', NO_INPUT, async (member) => {
  await startTotpEnrolment(db(), member.id);
  await back('totp-started');
}, { enrolling: true });

export const confirmTotp = teamAction('coordinator', z.object({ code: z.string().max(20).default('') }), async (member, input) => {
  const ok = await confirmTotpEnrolment(db(), member.id, input.code);
  await back(ok ? 'totp-enabled' : 'totp-invalid');
}, { enrolling: true });

const TURN_OFF_TOTP = z.object({ password: z.string().max(200).default(''), code: z.string().max(20).default('') });

export const turnOffTotp = teamAction('coordinator', TURN_OFF_TOTP, async (member, input) => {
  // Not when an admin requires a second factor for everyone; otherwise only with password and code.
  if ((await readTeamSettings(db())).requireTotp) return back('saved');
  const outcome = await disableTotp(db(), member.id, { password: input.password, code: input.code });
  await back(outcome === 'ok' ? 'totp-disabled' : `totp-off-${outcome}`);
});

export const toggleDigest = teamAction('coordinator', z.object({ enabled: z.enum(['true', 'false']) }), async (member, input) => {
  await setDigest(db(), member.id, input.enabled === 'true');
  await back('saved');
});
