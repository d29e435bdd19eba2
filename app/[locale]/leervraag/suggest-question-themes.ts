'use server';

import { db } from '@/lib/db/client';
import { suggestAgendaThemes } from '@/lib/matchmaking/match-question';
import { loadThemes } from '@/lib/themes/load-themes';

/** The themes that fit the words of a question, for the themes step of /leervraag (with JavaScript). */
export async function suggestQuestionThemes(question: unknown): Promise<string[]> {
  if (typeof question !== 'string') return [];
  return suggestAgendaThemes(await loadThemes(db()), question.slice(0, 3000));
}
