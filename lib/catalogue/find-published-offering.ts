// One published offering (aanbod) by slug, with its learning form, themes and related offerings.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { FORM_INTENSITY } from '@/lib/reference/ids';

const RELATED_LIMIT = 4;

export async function findPublishedOffering(prisma: Db, slug: string) {
  const offering = await prisma.offering.findFirst({
    where: { slug, status: 'published' },
    include: { learningForm: { include: { category: true } } },
  });
  if (!offering) return null;
  const [themes, related] = await Promise.all([
    prisma.theme.findMany({ where: { id: { in: offering.themes } }, orderBy: { sortOrder: 'asc' } }),
    // Related: same learning form and at least one shared theme, most shared themes first.
    prisma.$queryRawUnsafe<{ slug: string; title: string; summary: string }[]>(
      `SELECT slug, title, summary FROM offerings
        WHERE status = 'published' AND learning_form_id = $1 AND themes && $2::text[] AND id <> $3::uuid
        ORDER BY cardinality(ARRAY(SELECT unnest(themes) INTERSECT SELECT unnest($2::text[]))) DESC, published_at DESC NULLS LAST
        LIMIT ${RELATED_LIMIT}`,
      offering.learningFormId,
      offering.themes,
      offering.id,
    ),
  ]);
  return { offering, intensity: FORM_INTENSITY[offering.learningFormId] ?? 'light', themes, related };
}

export type PublishedOffering = NonNullable<Awaited<ReturnType<typeof findPublishedOffering>>>;

/** The offering's record in the open-data API (GET /api/offerings/<slug>). */
export function offeringApiRecord(found: PublishedOffering, pageUrl: string) {
  const { offering } = found;
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return {
    slug: offering.slug,
    title: offering.title,
    summary: offering.summary,
    description: offering.description,
    provider: offering.provider,
    themes: offering.themes,
    learningForm: offering.learningFormId,
    intensity: found.intensity,
    scales: offering.scales,
    provinces: offering.provinces,
    municipalities: offering.municipalities,
    targetGroups: offering.targetGroups,
    sectors: offering.sectors,
    levels: offering.levels,
    disciplinarity: offering.disciplinarity,
    openToJoin: offering.openToJoin,
    capacity: offering.capacity,
    participants: offering.participants,
    placesLeft: offering.capacity !== null ? Math.max(0, offering.capacity - (offering.participants ?? 0)) : null,
    startDate: day(offering.startDate),
    endDate: day(offering.endDate),
    cadence: offering.cadence,
    contactName: offering.contactName,
    contactEmail: offering.contactEmail,
    website: offering.url,
    publishedAt: offering.publishedAt?.toISOString() ?? null,
    url: pageUrl,
    related: found.related.map((item) => item.slug),
  };
}
