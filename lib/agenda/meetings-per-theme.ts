// The next few meetings per theme, for the learning agenda (/leeragenda).
import 'server-only';
import type { Db } from '@/lib/db/client';

export interface MeetingLink {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

const PER_THEME = 3;

export async function meetingsPerTheme(prisma: Db, now = new Date()): Promise<Map<string, MeetingLink[]>> {
  const rows = await prisma.$queryRawUnsafe<(MeetingLink & { theme: string })[]>(
    `WITH next AS (
       SELECT DISTINCT ON (o.meeting_id) o.meeting_id, o.starts_at, o.ends_at, (o.cancelled OR m.status = 'cancelled') AS cancelled, m.slug, m.title, m.themes
         FROM meeting_occurrences o JOIN meetings m ON m.id = o.meeting_id
        WHERE o.ends_at >= $1 AND m.published_at IS NOT NULL
        ORDER BY o.meeting_id, o.cancelled, o.starts_at
     )
     SELECT theme, slug, title, starts_at AS "startsAt", ends_at AS "endsAt", cancelled FROM (
       SELECT t.theme, slug, title, starts_at, ends_at, cancelled,
              row_number() OVER (PARTITION BY t.theme ORDER BY starts_at, slug) AS position
         FROM next CROSS JOIN LATERAL unnest(next.themes) AS t(theme)
     ) ranked WHERE position <= ${PER_THEME} ORDER BY theme, position`,
    now,
  );
  const groups = new Map<string, MeetingLink[]>();
  for (const { theme, ...link } of rows) groups.set(theme, [...(groups.get(theme) ?? []), link]);
  return groups;
}
