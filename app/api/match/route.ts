import { z } from 'zod';
import { db } from '@/lib/db/client';
import { checkRawThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { invalidInput, tooManyRequests } from '@/lib/forms/json-responses';
import { jsonRoute } from '@/lib/http/guard-request';
import { requestedLocale } from '@/lib/i18n/translate';
import { matchQuestion, toMatchResponse, withThemes } from '@/lib/matchmaking/match-question';
import { matchRequestSchema } from '@/lib/matchmaking/match-request-schema';
import { clientIp } from '@/lib/security/client-ip';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/validation/parse-input';

/**
 * POST /api/match: stateless matchmaking of a learning need against the catalogue (stores nothing,
 * so an open API: other sites may call it); reasons in the Accept-Language language, Dutch by default.
 * Without themes, the themes suggested from the question are assumed and named.
 */
export const POST = jsonRoute(
  async (request, input) => {
    const locale = requestedLocale(request.headers);
    const limit = await hitRateLimit(db(), 'matchApi', clientIp(request.headers));
    if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds, locale);
    const parsed = parseInput(matchRequestSchema, input);
    // The themes are checked against the learning agenda as it is now, beside the schema's own checks.
    const themes = await loadThemes(db());
    const unknownThemes = checkRawThemeIds(themes, (input as { themes?: unknown } | null)?.themes, ['themes']);
    if (!parsed.success || unknownThemes.length > 0) return invalidInput(new z.ZodError([...(parsed.error?.issues ?? []), ...unknownThemes]), locale);
    const { question, assumedThemes } = withThemes(parsed.data, themes);
    const outcome = await matchQuestion(db(), question, { locale, themes });
    return Response.json(toMatchResponse(outcome, assumedThemes), { headers: { 'Cache-Control': 'no-store' } });
  },
  { openApi: true },
);
