// A server action under /beheer: `export const x = teamAction(role, schema, async (member, input) => …)`.
// At every call, on the server and before anything else: the session and role (requireTeamMember),
// then the form read as the schema says (lib/forms/read-form-data.ts) and checked. Input that does
// not pass is answered, not thrown to an error page: by default the member goes back to the page the
// form was on with `?result=invalid-<field>`; an action may answer otherwise (`invalid`).
// The route-tree test requires every exported /beheer action to be made with this.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getEnv } from '@/lib/env';
import { readFormData } from '@/lib/forms/read-form-data';
import { crossSiteRefusal } from '@/lib/security/same-origin';
import { parseInput } from '@/lib/validation/parse-input';
import { requireTeamMember, type TeamMember } from './require-team-member';
import type { TeamRole } from './session-policy';

export interface InvalidTeamInput {
  /** The first field that did not pass ("version", "note"), or "_form". */
  field: string;
  error: z.ZodError;
  values: Record<string, unknown>;
}

/** Back to the /beheer page the form was sent from (same site only), with the result to show. */
export async function backToForm(result: string): Promise<never> {
  const referer = (await headers()).get('referer');
  let target = '/beheer';
  try {
    const url = referer ? new URL(referer) : null;
    if (url && /^\/(en\/)?beheer(\/|$)/.test(url.pathname)) {
      url.searchParams.set('result', result);
      url.searchParams.set('t', Date.now().toString(36));
      target = `${url.pathname}?${url.searchParams}`;
    }
  } catch {
    // an unreadable Referer: the dashboard
  }
  redirect(target);
}

export function teamAction<S extends z.ZodType, Result>(
  role: TeamRole,
  schema: S,
  action: (member: TeamMember, input: z.output<S>, formData: FormData) => Promise<Result>,
  options: { enrolling?: boolean; invalid?: (problem: InvalidTeamInput, member: TeamMember) => Promise<Result> } = {},
): (formData: FormData) => Promise<Result> {
  return async (formData: FormData) => {
    const member = await requireTeamMember(role, { enrolling: options.enrolling });
    // Next.js checks a server action's Origin against its Host; this adds Sec-Fetch-Site.
    const crossSite = crossSiteRefusal(await headers(), getEnv().appUrl, getEnv().appUrl);
    if (crossSite) throw new Error(`Refused a cross-site form post (${crossSite}).`);
    const values = readFormData(formData ?? new FormData(), schema);
    const parsed = parseInput(schema, values);
    if (parsed.success) return action(member, parsed.data, formData);
    const field = parsed.error.issues[0]?.path.filter((segment) => typeof segment === 'string').join('.') || '_form';
    const problem = { field, error: parsed.error, values };
    return options.invalid ? options.invalid(problem, member) : backToForm(`invalid-${field}`);
  };
}
