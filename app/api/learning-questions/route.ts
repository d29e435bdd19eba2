import { db } from '@/lib/db/client';
import { submissionRoute } from '@/lib/forms/public-doors';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';

/** POST /api/learning-questions: the /leervraag form with JavaScript (201 with the result page's path). */
export const POST = submissionRoute(
  (input, context) => submitLearningQuestion(db(), input, context),
  (value) => ({ status: 'received', path: value?.path ?? null }),
);
