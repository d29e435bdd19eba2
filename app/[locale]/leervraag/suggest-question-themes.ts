'use server';

import { suggestThemes } from '@/lib/matchmaking/suggest-themes';

/** The themes that fit the words of a question, for the themes step of /leervraag (with JavaScript). */
export async function suggestQuestionThemes(question: unknown): Promise<string[]> {
  if (typeof question !== 'string') return [];
  return suggestThemes(question.slice(0, 3000));
}
