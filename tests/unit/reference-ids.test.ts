import { describe, expect, it } from 'vitest';
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import themes from '@/prisma/seed/themes.json' with { type: 'json' };
import { FORM_INTENSITY, LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';

describe('reference ids', () => {
  it('are exactly the ids of the seed files, in their order', () => {
    expect(THEME_IDS).toEqual(themes.map((theme) => theme.id));
    expect(LEARNING_FORM_IDS).toEqual(learningForms.forms.map((form) => form.id));
  });

  it("give each learning form the intensity (menukaart group) of the seed file", () => {
    expect(FORM_INTENSITY).toEqual(Object.fromEntries(learningForms.forms.map((form) => [form.id, form.intensity])));
  });
});
