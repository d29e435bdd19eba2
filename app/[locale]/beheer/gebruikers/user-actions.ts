'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/require-team-member';
import { writeTeamSettings } from '@/lib/auth/team-settings';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { TEAM_ROLES } from '@/lib/team/create-team-member';
import { changeTeamMember, inviteTeamMember } from '@/lib/team/manage-team';

// Admin only: every action checks the admin role on the server.

async function back(result: string): Promise<never> {
  return redirect({ href: `/beheer/gebruikers?result=${result}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
}

export const inviteMember = teamAction('admin', async (member, formData: FormData) => {
  const locale = asLocale(await getLocale());
  const outcome = await inviteTeamMember(db(), member.id, { email: formData.get('email'), name: formData.get('name'), role: formData.get('role') }, locale);
  await back(outcome.kind === 'ok' ? 'invited' : outcome.kind);
});

const memberChange = z.object({ userId: z.uuid(), role: z.enum(TEAM_ROLES).optional(), active: z.enum(['true', 'false']).optional() });

export const changeMember = teamAction('admin', async (member, formData: FormData) => {
  const input = memberChange.parse(Object.fromEntries([...formData.keys()].map((key) => [key, String(formData.get(key))])));
  const outcome = await changeTeamMember(db(), member.id, input.userId, { role: input.role, active: input.active === undefined ? undefined : input.active === 'true' });
  await back(outcome === 'ok' ? 'saved' : outcome);
});

export const setRequireTotp = teamAction('admin', async (_member, formData: FormData) => {
  await writeTeamSettings(db(), { requireTotp: formData.get('requireTotp') === 'true' });
  await back('saved');
});
