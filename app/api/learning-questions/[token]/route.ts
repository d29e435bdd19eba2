import { db } from '@/lib/db/client';
import { guardedRoute, readRoute } from '@/lib/http/guard-request';
import { deleteLearningQuestion } from '@/lib/privacy/delete-learning-question';
import { exportLearningQuestion } from '@/lib/privacy/export-learning-question';
import { deletionResponse, personalDataDownload } from '@/lib/privacy/personal-data-responses';

const WHAT = { nl: 'Leervraag', en: 'Learning question' };

/** GET /api/learning-questions/<token>: everything stored about the asker, as a JSON download. */
export const GET = readRoute(async (_request: Request, { params }: RouteContext<'/api/learning-questions/[token]'>) => {
  const { token } = await params;
  return personalDataDownload(await exportLearningQuestion(db(), token), 'leervraag-gegevens.json', WHAT);
});

/** DELETE /api/learning-questions/<token>: the asker deletes their question and every trace of them (204). */
export const DELETE = guardedRoute(async (_request: Request, { params }: RouteContext<'/api/learning-questions/[token]'>) => {
  const { token } = await params;
  return deletionResponse(await deleteLearningQuestion(db(), token), WHAT);
});
