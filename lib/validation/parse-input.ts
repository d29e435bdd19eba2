// The one way input is checked against its zod schema on the server: the public-form kernel, the
// team actions, the wizard's step saves, the matching API, the catalogue query and the catalogue
// import all call `parseInput`. It first refuses hostile text anywhere in the input (refused
// characters, nesting too deep: lib/validation/hostile-text.ts), then runs the schema with the
// options that let describe-issue.ts name a missing field "required". The result has the shape of
// zod's safeParse, so callers and field errors stay as they were.
import { z } from 'zod';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { hostileTextIssues } from '@/lib/validation/hostile-text';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  const hostile = hostileTextIssues(input);
  if (hostile.length === 0) return schema.safeParse(input, PARSE_OPTIONS) as z.ZodSafeParseResult<z.output<S>>;
  // Too deep: the schema is not run over it at all. Otherwise the other fields' problems are named too.
  const others = hostile.some((issue) => issue.message === 'tooDeep') ? [] : schemaIssues(schema, input);
  const refused = new Set(hostile.map((issue) => issue.path.join('.')));
  const issues = [...hostile, ...others.filter((issue) => !refused.has(issue.path.join('.')))];
  return { success: false, error: new z.ZodError(issues as z.core.$ZodIssue[]) } as z.ZodSafeParseResult<z.output<S>>;
}

function schemaIssues(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
  const parsed = schema.safeParse(input, PARSE_OPTIONS);
  return parsed.success ? [] : parsed.error.issues;
}
