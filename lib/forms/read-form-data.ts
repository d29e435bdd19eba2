// A submitted HTML form (no JavaScript) as the plain object the zod schema expects. How each field
// arrives is read from the schema itself: lists (checkbox groups) become arrays, booleans
// (checkboxes) true when present, numbers a number or absent when empty, everything else text.
import type { z } from 'zod';

export type FieldKind = 'list' | 'boolean' | 'number' | 'text';

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** How a field of this schema arrives from an HTML form. */
export function fieldKind(schema: z.ZodType): FieldKind {
  const def = defOf(schema);
  switch (def.type) {
    case 'array':
    case 'set':
      return 'list';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'int':
      return 'number';
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fieldKind(def.innerType!);
    case 'pipe':
      // z.preprocess(fn, schema) is a pipe from a transform: the schema on the right says what it takes.
      return fieldKind(defOf(def.in!).type === 'transform' ? def.out! : def.in!);
    case 'union':
      return def.options!.map(fieldKind).find((kind) => kind !== 'text') ?? 'text';
    default:
      return 'text';
  }
}

/** The fields of an object schema (also behind refinements and pipes), with how each arrives. */
export function formFieldKinds(schema: z.ZodType): Record<string, FieldKind> {
  const def = defOf(schema);
  if (def.type === 'pipe') return formFieldKinds(defOf(def.in!).type === 'transform' ? def.out! : def.in!);
  if (def.type !== 'object' || !def.shape) return {};
  return Object.fromEntries(Object.entries(def.shape).map(([name, field]) => [name, fieldKind(field)]));
}

/**
 * The form's fields as the schema expects them. Fields the schema does not name come as text (the
 * public-form kernel takes the honeypot and the form token out before parsing).
 */
export function readFormData(formData: FormData, schema?: z.ZodType): Record<string, unknown> {
  const kinds = schema ? formFieldKinds(schema) : {};
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const kind = kinds[key] ?? 'text';
    if (kind === 'list') values[key] = formData.getAll(key).map(String);
    else if (kind === 'boolean') values[key] = ['on', 'true', '1'].includes(String(formData.get(key)));
    else if (kind === 'number') {
      const raw = String(formData.get(key) ?? '').trim();
      values[key] = raw === '' ? undefined : Number(raw);
    } else values[key] = String(formData.get(key) ?? '');
  }
  for (const [key, kind] of Object.entries(kinds)) {
    if (kind === 'list') values[key] ??= [];
    if (kind === 'boolean') values[key] ??= false;
  }
  return values;
}
