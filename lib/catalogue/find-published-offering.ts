// One published offering (aanbod) by slug, with its learning form, themes and related offerings.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { FORM_INTENSITY } from '@/lib/reference/ids';
import { isCleanText } from '@/lib/validation/hostile-text';
import { OFFERING_RECORD_COLUMNS, OFFERING_RECORD_FIELDS } from '@/lib/catalogue/offering-record';

const RELATED_LIMIT = 4;

export async function findPublishedOffering(prisma: Db, slug: string) {
  // No stored slug holds a refused character (lib/validation/hostile-text.ts); PostgreSQL cannot even compare NUL.
  if (!isCleanText(slug)) return null;
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

/** The Prisma field of a column: its name in camelCase (learning_form_id → learningFormId). */
const prismaField = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The offering's record in the open-data API (GET /api/offerings/<slug>): every field of the import
 * format under its own name (dates as yyyy-mm-dd; the offering's own website as `website`, since
 * `url` is its page here), with what is derived from them.
 */
export function offeringApiRecord(found: PublishedOffering, pageUrl: string) {
  const { offering } = found;
  const stored = offering as unknown as Record<string, unknown>;
  const fields = Object.fromEntries(
    OFFERING_RECORD_FIELDS.filter((field) => field !== 'status').map((field) => {
      const value = stored[prismaField(OFFERING_RECORD_COLUMNS[field].column)];
      return [field === 'url' ? 'website' : field, value instanceof Date ? value.toISOString().slice(0, 10) : value];
    }),
  );
  return {
    ...fields,
    intensity: found.intensity,
    placesLeft: offering.capacity !== null ? Math.max(0, offering.capacity - (offering.participants ?? 0)) : null,
    publishedAt: offering.publishedAt?.toISOString() ?? null,
    url: pageUrl,
    related: found.related.map((item) => item.slug),
  };
}
