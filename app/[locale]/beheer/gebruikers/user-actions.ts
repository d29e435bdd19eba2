'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { writeTeamSettings } from '@/lib/auth/team-settings';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { newTeamMemberSchema, TEAM_ROLES } from '@/lib/team/create-team-member';
import { changeTeamMember, inviteTeamMember } from '@/lib/team/manage-team';

// Admin only: every action checks the admin role on the server.

async function back(result: string): Promise<never> {
  return redirect({ href: `/beheer/gebruikers?result=${result}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
}

export const inviteMember = teamAction('admin', newTeamMemberSchema, async (member, input) => {
  const locale = asLocale(await getLocale());
  const outcome = await inviteTeamMember(db(), member.id, input, locale);
  await back(outcome.kind === 'ok' ? 'invited' : outcome.kind);
}, { invalid: () => back('invalid') });

const memberChange = z.object({ userId: z.uuid(), role: z.enum(TEAM_ROLES).optional(), active: z.enum(['true', 'false']).optional() });

export const changeMember = teamAction('admin', memberChange, async (member, input) => {
  const outcome = await changeTeamMember(db(), member.id, input.userId, { role: input.role, active: input.active === undefined ? undefined : input.active === 'true' });
  await back(outcome === 'ok' ? 'saved' : outcome);
});

export const setRequireTotp = teamAction('admin', z.object({ requireTotp: z.enum(['true', 'false']) }), async (_member, input) => {
  await writeTeamSettings(db(), { requireTotp: input.requireTotp === 'true' });
  await back('saved');
});
