// Names of learning forms in the visitor's language, from the reference files. Theme names are the
// learning agenda's data: `loadThemes` (lib/themes/load-themes.ts) reads them for each request.
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import type { Locale } from '@/lib/i18n/routing';

const formById = new Map(learningForms.forms.map((form) => [form.id, form]));

export function learningFormName(id: string, locale: Locale): string {
  const form = formById.get(id);
  return form ? (locale === 'en' ? form.nameEn : form.nameNl) : id;
}
