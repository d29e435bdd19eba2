'use server';

import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { db } from '@/lib/db/client';
import { rateLimitMessage } from '@/lib/forms/action-state';
import { receiveForm } from '@/lib/forms/public-doors';
import { getTranslator } from '@/lib/i18n/translate';
import { describeIssue } from '@/lib/validation/describe-issue';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { planToOfferingSubmission } from '@/lib/wizard/plan-to-offering-submission';

export type CatalogueSubmissionState =
  | { status: 'idle' }
  | { status: 'sent'; title: string }
  | { status: 'invalid'; problems: string[]; values: { name: string; email: string } }
  | { status: 'rate-limited'; message: string };

/** One click: the plan, pre-filled, as a catalogue submission (status "submitted"). */
export async function submitPlanToCatalogue(_previous: CatalogueSubmissionState, formData: FormData): Promise<CatalogueSubmissionState> {
  const { context, locale } = await receiveForm(formData);
  const plan = await findNetworkPlan(db(), String(formData.get('token') ?? ''));
  if (!plan) return { status: 'idle' };
  const t = await getTranslator(locale, 'wizard');
  const submitter = { name: String(formData.get('submitterName') ?? ''), email: String(formData.get('submitterEmail') ?? '') };
  const input = planToOfferingSubmission(plan, submitter, (weeks) => t('catalogue.cadence', { weeks }));
  const outcome = await createOfferingSubmission(db(), input, { ...context, networkPlanId: plan.id });
  switch (outcome.kind) {
    case 'ok':
    case 'spam':
      return { status: 'sent', title: input.title };
    case 'invalid':
      return { status: 'invalid', problems: outcome.error.issues.map((issue) => describeIssue(issue, locale)), values: submitter };
    case 'rate-limited':
      return { status: 'rate-limited', message: await rateLimitMessage(locale, outcome.retryAfterSeconds) };
  }
}
