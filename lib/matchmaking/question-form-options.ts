// The choices of the learning question form in the visitor's language, built on the server so the
// browser receives only the labels it shows.
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { themeOptions, type ThemeEntry, type ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import { ASKER_TYPES, QUESTION_SECTORS } from '@/lib/matchmaking/learning-question-schema';
import { DISCIPLINARITIES, INTENSITIES, LEARNING_GOALS, LEARNING_LEVELS, PROVINCES, QUESTION_SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';

type Translate = (key: string) => string;

/** The groups of the full theme list: the five gap themes (lacunes) first, then the sources' topics by domain. */
const THEME_DOMAINS = ['liveability-safety', 'social-domain', 'youth', 'care', 'health', 'work-income', 'cross-cutting'] as const;

export interface ThemeGroup {
  id: string;
  label: string;
  options: { value: string; label: string }[];
}

/** The offered themes in groups; a theme the team added in a domain of its own joins the last group. */
function themeGroups(vocabulary: ThemeVocabulary, locale: Locale, question: Translate): ThemeGroup[] {
  const themes = vocabulary.offered;
  const domainOf = (theme: ThemeEntry) => ((THEME_DOMAINS as readonly string[]).includes(theme.domain) ? theme.domain : 'cross-cutting');
  const option = (theme: ThemeEntry) => ({ value: theme.id, label: vocabulary.name(theme.id, locale) });
  return [
    { id: 'gap', label: question('themeGroups.gap'), options: themes.filter((theme) => theme.isGapTheme).map(option) },
    ...THEME_DOMAINS.map((domain) => ({
      id: domain,
      label: question(`themeGroups.${domain}`),
      options: themes.filter((theme) => !theme.isGapTheme && domainOf(theme) === domain).map(option),
    })),
  ].filter((group) => group.options.length > 0);
}

/** `themes`: the learning agenda read for this request. */
export function questionFormOptions(locale: Locale, vocab: Translate, question: Translate, themes: ThemeVocabulary) {
  const pick = (values: readonly string[], label: (value: string) => string, description?: (value: string) => string) =>
    values.map((value) => ({ value, label: label(value), ...(description ? { description: description(value) } : {}) }));
  return {
    themes: themeOptions(themes, locale),
    themeGroups: themeGroups(themes, locale, question),
    targetGroups: pick(TARGET_GROUPS, (value) => vocab(`targetGroups.${value}`)),
    sectors: pick(QUESTION_SECTORS, (value) => question(`sectors.${value}`)),
    levels: pick(LEARNING_LEVELS, (value) => vocab(`learningLevels.${value}`), (value) => vocab(`learningLevelDescriptions.${value}`)),
    disciplinarity: pick(DISCIPLINARITIES, (value) => vocab(`disciplinarity.${value}`), (value) => vocab(`disciplinarityDescriptions.${value}`)),
    learningGoals: pick(LEARNING_GOALS, (value) => vocab(`learningGoals.${value}`)),
    forms: LEARNING_FORM_IDS.map((id) => ({ value: id, label: learningFormName(id, locale) })),
    intensities: pick(INTENSITIES, (value) => vocab(`intensities.${value}`), (value) => vocab(`intensityDescriptions.${value}`)),
    scales: pick(QUESTION_SCALES, (value) => vocab(`scales.${value}`), (value) => vocab(`scaleDescriptions.${value}`)),
    provinces: pick(PROVINCES, (value) => vocab(`provinces.${value}`)),
    askerTypes: pick(ASKER_TYPES, (value) => question(`askerTypes.${value}`)),
  };
}
