// The themes of the learning agenda as read for one request: all of them (names for whatever an
// offering or question carries, retired or not) and the ones still offered in forms, filters and
// theme suggestions. Pure; `loadThemes` (load-themes.ts) builds it from the database.
import type { Locale } from '@/lib/i18n/routing';

export interface ThemeEntry {
  id: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  isGapTheme: boolean;
  gapReasonNl: string | null;
  gapReasonEn: string | null;
  domain: string;
  relatedThemeIds: string[];
  relatedWordsNl: string[];
  retiredAt: Date | null;
  sortOrder: number;
}

export interface ThemeVocabulary {
  /** Every theme, retired ones included, in the agenda's order. */
  all: ThemeEntry[];
  /** The themes offered to choose from: not retired. */
  offered: ThemeEntry[];
  /** The theme's name in the language; an unknown id as it is. */
  name: (id: string, locale: Locale) => string;
  isOffered: (id: string) => boolean;
  isKnown: (id: string) => boolean;
}

export function themeVocabulary(entries: readonly ThemeEntry[]): ThemeVocabulary {
  const all = [...entries].sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  const byId = new Map(all.map((theme) => [theme.id, theme]));
  const offered = all.filter((theme) => theme.retiredAt === null);
  const offeredIds = new Set(offered.map((theme) => theme.id));
  return {
    all,
    offered,
    name: (id, locale) => {
      const theme = byId.get(id);
      return theme ? (locale === 'en' ? theme.nameEn : theme.nameNl) : id;
    },
    isOffered: (id) => offeredIds.has(id),
    isKnown: (id) => byId.has(id),
  };
}

/** The offered themes as options of a form or filter, plus any retired theme already chosen (so it stays visible). */
export function themeOptions(vocabulary: ThemeVocabulary, locale: Locale, chosen: readonly string[] = []): { value: string; label: string }[] {
  const shown = vocabulary.all.filter((theme) => theme.retiredAt === null || chosen.includes(theme.id));
  return shown.map((theme) => ({ value: theme.id, label: vocabulary.name(theme.id, locale) }));
}
