// GET /api/themes — the themes the learning agenda (leeragenda) offers now, gap themes marked with
// the reason. Read from the database for each request: the team's changes show at once.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { listThemes } from '@/lib/catalogue/list-reference-data';

export const dynamic = 'force-dynamic';

export const GET = readRoute(async () => {
  const themes = await listThemes(db());
  return Response.json(
    {
      items: themes.map((theme) => ({
        id: theme.id,
        nameNl: theme.nameNl,
        nameEn: theme.nameEn,
        descriptionNl: theme.descriptionNl,
        descriptionEn: theme.descriptionEn,
        isGapTheme: theme.isGapTheme,
        gapReasonNl: theme.gapReasonNl,
        gapReasonEn: theme.gapReasonEn,
        relatedThemeIds: theme.relatedThemeIds,
        offeringCount: theme.offeringCount,
        openQuestionCount: theme.openQuestionCount,
      })),
    },
    { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' } },
  );
});
