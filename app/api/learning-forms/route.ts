// GET /api/learning-forms — the menukaart: learning forms in their groups.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { listLearningForms } from '@/lib/catalogue/list-reference-data';

export const GET = readRoute(async () => {
  const categories = await listLearningForms(db());
  return Response.json(
    {
      items: categories.flatMap((category) =>
        category.forms.map((form) => ({
          id: form.id,
          group: category.id,
          intensity: form.intensity,
          nameNl: form.nameNl,
          nameEn: form.nameEn,
          goalNl: form.goalNl,
          goalEn: form.goalEn,
          descriptionNl: form.descriptionNl,
          descriptionEn: form.descriptionEn,
          levels: form.learningLevels,
          disciplinarity: form.disciplinarity,
          scales: form.scales,
          offeringCount: form.offeringCount,
        })),
      ),
      groups: categories.map((category) => ({
        id: category.id,
        intensity: category.intensity,
        nameNl: category.nameNl,
        nameEn: category.nameEn,
        descriptionNl: category.descriptionNl,
        descriptionEn: category.descriptionEn,
      })),
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});
