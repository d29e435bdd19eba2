// Settings the admins change at run time, kept in app_settings.
import 'server-only';
import type { Db } from '@/lib/db/client';

export interface TeamSettings {
  /** Every account must use a second factor (TOTP). */
  requireTotp: boolean;
}

const KEY = 'team';

export async function readTeamSettings(prisma: Pick<Db, 'appSetting'>): Promise<TeamSettings> {
  const row = await prisma.appSetting.findUnique({ where: { key: KEY } });
  const value = (row?.value ?? {}) as Partial<TeamSettings>;
  return { requireTotp: value.requireTotp === true };
}

export async function writeTeamSettings(prisma: Pick<Db, 'appSetting'>, settings: TeamSettings): Promise<void> {
  await prisma.appSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: { ...settings } }, update: { value: { ...settings } } });
}
