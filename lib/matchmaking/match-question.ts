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
import { FALLBACK_THEME, suggestThemes } from '@/lib/matchmaking/suggest-themes';


/** The reasons come in the asker's language (Dutch unless told otherwise). */
export async function matchQuestion(prisma: Db, question: MatchRequest, options: { today?: string; locale?: Locale } = {}): Promise<MatchOutcome> {
  return matchInCatalogue(prisma, question, { today: options.today ?? todayInNetherlands(), words: reasonWords(options.locale) });
}

/**
 * A question without themes gets the themes suggested from its own words (as /leervraag suggests
 * them), or the umbrella theme when none fits; `assumedThemes` says which were assumed.
 */
export function withThemes(question: MatchRequest): { question: MatchRequest; assumedThemes?: string[] } {
  if (question.themes.length > 0) return { question };
  const suggested = suggestThemes(question.question);
  const assumedThemes = suggested.length > 0 ? suggested : [FALLBACK_THEME];
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
