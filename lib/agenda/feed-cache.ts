// The written calendar feeds, kept in memory per address until the agenda changes. Writing 10,000
// events takes seconds (ical-generator); a calendar program polls the same address every few hours,
// so a feed is written once per change of the agenda (or per hour, as dates pass) and served from
// memory in between (decision 0101).
import 'server-only';
import type { Db } from '@/lib/db/client';

const MAX_ENTRIES = 100;
const entries = new Map<string, { version: string; text: string }>();

/** What changes whenever any published meeting or its dates change, plus the hour (dates pass). */
export async function agendaVersion(prisma: Db, now = new Date()): Promise<string> {
  const [row] = await prisma.$queryRaw<{ changed: Date | null; meetings: number; sequences: bigint | null }[]>`
    SELECT max(updated_at) AS changed, count(*)::int AS meetings, sum(sequence) AS sequences FROM meetings WHERE published_at IS NOT NULL`;
  return `${row?.changed?.toISOString() ?? '-'}|${row?.meetings ?? 0}|${row?.sequences ?? 0}|${now.toISOString().slice(0, 13)}`;
}

/** The feed at `key` for this version of the agenda: from memory, or written now. */
export async function cachedFeed(key: string, version: string, write: () => Promise<string>): Promise<string> {
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key);
    entries.set(key, hit);
    return hit.text;
  }
  const text = await write();
  entries.set(key, { version, text });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return text;
}
