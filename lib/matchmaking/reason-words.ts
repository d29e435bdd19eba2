// The words of the engine's reasons, in the asker's language: the sentences from the message files
// (learningQuestion.reasons), the names of themes, forms and vocabularies from the same files as the
// site. Synchronous and free of the database, so the engine stays pure: the theme names come with
// the themes read for the request (`reasonWords(locale, themes)`; without them a theme is its id).
import { createTranslator } from 'next-intl';
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import nlReasons from '@/lib/i18n/messages/nl/learningQuestion.json' with { type: 'json' };
import enReasons from '@/lib/i18n/messages/en/learningQuestion.json' with { type: 'json' };
import nlVocab from '@/lib/i18n/messages/nl/vocab.json' with { type: 'json' };
import enVocab from '@/lib/i18n/messages/en/vocab.json' with { type: 'json' };
import nlVerification from '@/lib/i18n/messages/nl/Verification.json' with { type: 'json' };
import enVerification from '@/lib/i18n/messages/en/Verification.json' with { type: 'json' };
import type { Locale } from '@/lib/i18n/routing';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

type Values = Record<string, string | number>;

export interface ReasonWords {
  locale: Locale;
  /** A sentence or phrase of learningQuestion.reasons. */
  say: (key: keyof typeof nlReasons.reasons, values?: Values) => string;
  /** "a", "a and b", "a, b and c" in the asker's language. */
  list: (parts: readonly string[]) => string;
  /** 2025-06-30 → "30 juni 2025" / "30 June 2025". */
  date: (isoDate: string) => string;
  lower: (text: string) => string;
  theme: (id: string) => string;
  form: (id: string) => string;
  scale: (id: string) => string;
  province: (id: string) => string;
  targetGroup: (id: string) => string;
  level: (id: string) => string;
  disciplinarity: (id: string) => string;
  goal: (id: string) => string;
  /** A sector slug of the catalogue ("care" → "Zorg"); unknown slugs as they are. */
  sector: (id: string) => string;
  /** The menukaart group of an intensity ("intensive" → "Lerende praktijken"). */
  formGroup: (intensity: string) => string;
  /** Room to join of an offering nobody has checked yet: ask first. */
  unverified: () => string;
}

function lookup(table: Record<string, string>) {
  return (id: string) => table[id] ?? id;
}

function buildWords(locale: Locale): ReasonWords {
  const messages = locale === 'en' ? enReasons : nlReasons;
  const vocab = locale === 'en' ? enVocab : nlVocab;
  const t = createTranslator({ locale, messages: { reasons: messages.reasons }, namespace: 'reasons' });
  const formNames = new Map(learningForms.forms.map((form) => [form.id, locale === 'en' ? form.nameEn : form.nameNl]));
  const groupNames = new Map(learningForms.categories.map((group) => [group.intensity, locale === 'en' ? group.nameEn : group.nameNl]));
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    say: (key, values) => t(key, values),
    list: (parts) => listFormat.format(parts),
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    lower: (text) => text.toLocaleLowerCase(locale),
    theme: (id) => id,
    form: (id) => formNames.get(id) ?? id,
    scale: lookup(vocab.scales),
    province: lookup(vocab.provinces),
    targetGroup: lookup(vocab.targetGroups),
    level: lookup(vocab.learningLevels),
    disciplinarity: lookup(vocab.disciplinarity),
    goal: lookup(vocab.learningGoals),
    sector: lookup(messages.sectors),
    formGroup: (intensity) => groupNames.get(intensity) ?? intensity,
    unverified: () => (locale === 'en' ? enVerification : nlVerification).matchReason,
  };
}

const WORDS: Record<Locale, ReasonWords> = { nl: buildWords('nl'), en: buildWords('en') };

export function reasonWords(locale: Locale = 'nl', themes?: ThemeVocabulary): ReasonWords {
  return themes ? { ...WORDS[locale], theme: (id) => themes.name(id, locale) } : WORDS[locale];
}
