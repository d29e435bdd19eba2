// Names of themes and learning forms in the visitor's language, from the reference files.
import themes from '@/prisma/seed/themes.json' with { type: 'json' };
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import type { Locale } from '@/lib/i18n/routing';

const themeById = new Map(themes.map((theme) => [theme.id, theme]));
const formById = new Map(learningForms.forms.map((form) => [form.id, form]));

export function themeName(id: string, locale: Locale): string {
  const theme = themeById.get(id);
  return theme ? (locale === 'en' ? theme.nameEn : theme.nameNl) : id;
}

export function learningFormName(id: string, locale: Locale): string {
  const form = formById.get(id);
  return form ? (locale === 'en' ? form.nameEn : form.nameNl) : id;
}
