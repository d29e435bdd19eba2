// A submitted HTML form (no JavaScript) as the plain object the zod schemas expect.

export interface FormDataShape {
  /** Fields that may occur several times (checkbox groups): always arrays. */
  lists?: readonly string[];
  /** Checkboxes: present means true. */
  booleans?: readonly string[];
  /** Number inputs: empty means absent. */
  numbers?: readonly string[];
}

export function readFormData(formData: FormData, shape: FormDataShape = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    if (shape.lists?.includes(key)) values[key] = formData.getAll(key).map(String);
    else if (shape.booleans?.includes(key)) values[key] = ['on', 'true', '1'].includes(String(formData.get(key)));
    else if (shape.numbers?.includes(key)) {
      const raw = String(formData.get(key) ?? '').trim();
      values[key] = raw === '' ? undefined : Number(raw);
    } else values[key] = String(formData.get(key) ?? '');
  }
  for (const key of shape.lists ?? []) values[key] ??= [];
  for (const key of shape.booleans ?? []) values[key] ??= false;
  return values;
}
