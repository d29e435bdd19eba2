// GET /api/themes — the themes of the learning agenda (leeragenda), gap themes marked.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { listThemes } from '@/lib/catalogue/list-reference-data';

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
        relatedThemeIds: theme.relatedThemeIds,
        offeringCount: theme.offeringCount,
        openQuestionCount: theme.openQuestionCount,
      })),
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});
