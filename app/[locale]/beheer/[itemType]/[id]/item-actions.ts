'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { addInternalNote, internalNoteSchema } from '@/lib/inbox/add-internal-note';
import { curateMatches } from '@/lib/inbox/curate-matches';
import { itemPath } from '@/lib/inbox/inbox-item-registry';
import { INBOX_ITEM_TYPES, type InboxItemType } from '@/lib/inbox/inbox-item-types';
import { linkSimilarQuestion } from '@/lib/inbox/link-similar-questions';
import { publishSubmission } from '@/lib/inbox/publish-submission';
import { publishMeetingProposal } from '@/lib/agenda/publish-meeting-proposal';
import { publishKnowledgeProposal } from '@/lib/knowledge/publish-knowledge-proposal';
import { sendQuestionResponse } from '@/lib/inbox/send-question-response';
import { TRIAGE_STATUSES } from '@/lib/inbox/triage-workflow';
import { updateInboxItem } from '@/lib/inbox/update-inbox-item';

// Every form on an item page posts here (works without JavaScript) and comes back to the page with
// ?result=… ("saved", "conflict", "invalid-<problem>"); after a conflict the page shows the fresh version.
// The t= parameter makes every answer a new address, so the router renders it afresh.

const itemForm = z.object({
  type: z.enum(INBOX_ITEM_TYPES),
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
});

async function back(type: InboxItemType, id: string, result: string, anchor = ''): Promise<never> {
  return redirect({ href: `${itemPath(type, id)}?result=${result}&t=${Date.now().toString(36)}${anchor}`, locale: asLocale(await getLocale()) });
}

function resultOf(outcome: { kind: string; problem?: string }): string {
  if (outcome.kind === 'ok' || outcome.kind === 'unchanged') return 'saved';
  if (outcome.kind === 'invalid') return `invalid-${outcome.problem ?? 'transition'}`;
  return outcome.kind;
}

export const changeItemStatus = teamAction('coordinator', itemForm.extend({ status: z.enum(TRIAGE_STATUSES), reason: z.string().max(2000).default('') }), async (member, input) => {
  const outcome = await updateInboxItem(db(), member.id, input, input.version, { status: input.status, reason: input.reason });
  await back(input.type, input.id, resultOf(outcome), '#status');
});

export const assignItem = teamAction('coordinator', itemForm.extend({ assignee: z.union([z.uuid(), z.literal('')]) }), async (member, input) => {
  const outcome = await updateInboxItem(db(), member.id, input, input.version, { assigneeId: input.assignee || null });
  await back(input.type, input.id, resultOf(outcome), '#status');
});

export const addNote = teamAction('coordinator', itemForm.omit({ version: true }).extend({ body: z.string() }), async (member, input) => {
  if (!internalNoteSchema.safeParse({ body: input.body }).success) return back(input.type, input.id, 'invalid-note', '#notes');
  await addInternalNote(db(), member.id, input, input.body);
  await back(input.type, input.id, 'saved', '#notes');
});

export const changeMatch = teamAction('coordinator', itemForm.extend({ op: z.enum(['add', 'remove', 'up', 'down']), offeringId: z.uuid() }), async (member, input) => {
  const outcome = await curateMatches(db(), member.id, input.id, input.version, { op: input.op, offeringId: input.offeringId });
  await back('question', input.id, resultOf(outcome), '#matches');
});

export const sendResponse = teamAction('coordinator', itemForm.extend({ text: z.string() }), async (member, input) => {
  const outcome = await sendQuestionResponse(db(), member.id, input.id, input.version, input.text);
  await back('question', input.id, outcome.kind === 'invalid' ? 'invalid-response' : resultOf(outcome), '#response');
});

export const publishOffering = teamAction('coordinator', itemForm, async (member, input) => {
  const outcome = await publishSubmission(db(), member.id, input.id, input.version);
  await back('submission', input.id, outcome.kind === 'ok' ? 'published' : outcome.kind === 'invalid' ? 'invalid-publish' : outcome.kind, '#publish');
});

export const publishMeeting = teamAction('coordinator', itemForm, async (member, input) => {
  const outcome = await publishMeetingProposal(db(), member.id, input.id, input.version);
  await back('meeting', input.id, outcome.kind === 'ok' ? 'meeting-published' : outcome.kind === 'invalid' ? 'invalid-publish-meeting' : outcome.kind, '#publish');
});

export const publishKnowledge = teamAction('coordinator', itemForm, async (member, input) => {
  const outcome = await publishKnowledgeProposal(db(), member.id, input.id, input.version);
  await back('knowledge', input.id, outcome.kind === 'ok' ? 'published' : outcome.kind === 'invalid' ? 'invalid-publish' : outcome.kind, '#publish');
});

export const linkQuestion = teamAction('coordinator', itemForm.omit({ version: true }).extend({ relatedId: z.uuid(), op: z.enum(['link', 'unlink']) }), async (member, input) => {
  const outcome = await linkSimilarQuestion(db(), member.id, input.id, input.relatedId, input.op);
  await back('question', input.id, resultOf(outcome), '#similar');
});
