// Matches a validated learning need against the published catalogue: the database chooses the
// candidates, the engine checks and ranks them. Stores nothing.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { matchInCatalogue } from '@/lib/matchmaking/find-match-candidates';
import type { Locale } from '@/lib/i18n/routing';
import type { MatchOutcome } from '@/lib/matchmaking/match-learning-question';
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { reasonWords } from '@/lib/matchmaking/reason-words';
import { todayInNetherlands } from '@/lib/validation/calendar-day';
import { FALLBACK_THEME, suggestThemes, themeWords } from '@/lib/matchmaking/suggest-themes';
import { loadThemes } from '@/lib/themes/load-themes';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';


/** The reasons come in the asker's language (Dutch unless told otherwise). */
export async function matchQuestion(prisma: Db, question: MatchRequest, options: { today?: string; locale?: Locale; themes?: ThemeVocabulary } = {}): Promise<MatchOutcome> {
  const themes = options.themes ?? (await loadThemes(prisma));
  return matchInCatalogue(prisma, question, { today: options.today ?? todayInNetherlands(), words: reasonWords(options.locale, themes) });
}

/** The offered themes that fit a question's words, best first (the themes as the agenda has them now). */
export function suggestAgendaThemes(themes: ThemeVocabulary, question: string): string[] {
  return suggestThemes(question, themeWords(themes.offered));
}

/**
 * A question without themes gets the themes suggested from its own words (as /leervraag suggests
 * them), or the umbrella theme when none fits; `assumedThemes` says which were assumed.
 */
export function withThemes(question: MatchRequest, themes: ThemeVocabulary): { question: MatchRequest; assumedThemes?: string[] } {
  if (question.themes.length > 0) return { question };
  const suggested = suggestAgendaThemes(themes, question.question);
  const fallback = themes.isOffered(FALLBACK_THEME) ? [FALLBACK_THEME] : themes.offered.slice(0, 1).map((theme) => theme.id);
  const assumedThemes = suggested.length > 0 ? suggested : fallback;
  return { question: { ...question, themes: assumedThemes }, assumedThemes };
}

/** The public answer of POST /api/match (the stable contract): no internal ids. */
export function toMatchResponse(outcome: MatchOutcome, assumedThemes?: string[]) {
  return {
    verdict: outcome.verdict,
    matches: outcome.matches.map(({ slug, title, score, checks }) => ({ slug, title, score, checks })),
    recommendedForms: outcome.recommendedForms,
    ...(assumedThemes ? { assumedThemes } : {}),
  };
}
