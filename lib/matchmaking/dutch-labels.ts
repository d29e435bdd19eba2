// Dutch names of the vocabularies, for the engine's reasons (read from the reference and message
// files, so the reasons use the same words as the site).
import themes from '@/prisma/seed/themes.json' with { type: 'json' };
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import vocab from '@/lib/i18n/messages/nl/vocab.json' with { type: 'json' };

const themeNames = new Map(themes.map((theme) => [theme.id, theme.nameNl]));
const formNames = new Map(learningForms.forms.map((form) => [form.id, form.nameNl]));

function lookup(table: Record<string, string>) {
  return (id: string) => table[id] ?? id;
}

export const dutchLabels = {
  theme: (id: string) => themeNames.get(id) ?? id,
  form: (id: string) => formNames.get(id) ?? id,
  scale: lookup(vocab.scales),
  province: lookup(vocab.provinces),
  targetGroup: lookup(vocab.targetGroups),
  level: lookup(vocab.learningLevels),
  disciplinarity: lookup(vocab.disciplinarity),
  goal: lookup(vocab.learningGoals),
};
export type DutchLabels = typeof dutchLabels;

/** "a", "a en b", "a, b en c". */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}
