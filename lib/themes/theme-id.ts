// A theme's id in every schema (forms, API, import): a kebab-case slug. Which ids exist and which
// are still offered is data (the `themes` table, edited by the coordination team, decision 0120), so
// the schemas shared with the browser check the form only; the server checks the ids against the
// table per request (`checkThemeIds` in load-themes.ts).
import { z } from 'zod';

export const THEME_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const themeIdSchema = z.string().max(80).regex(THEME_ID_PATTERN);
