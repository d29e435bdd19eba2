'use server';

import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { receiveForm } from '@/lib/forms/public-doors';
import { fileStore } from '@/lib/files/file-store';
import { stagePdf, type StagedFile } from '@/lib/files/stage-upload';
import { knowledgeProposalSchema, type FileState } from '@/lib/knowledge/knowledge-proposal-schema';
import { proposeKnowledgeProduct } from '@/lib/knowledge/propose-knowledge-product';

export interface ProposalReceived {
  title: string;
}

/**
 * The proposal form (multipart, with or without JavaScript): the PDF is streamed into the file
 * store's staging area and checked by its content first; what became of it is the `file` field the
 * schema checks. The staged file is moved into place with the row, or removed.
 */
export async function proposeKnowledge(_previous: FormActionState<ProposalReceived>, formData: FormData): Promise<FormActionState<ProposalReceived>> {
  const { values, context, locale } = await receiveForm(formData, knowledgeProposalSchema);
  const upload = formData.get('file');
  let staged: StagedFile | undefined;
  let file: FileState = 'none';
  if (upload instanceof Blob && upload.size > 0) {
    const outcome = await stagePdf(fileStore(), upload);
    if (outcome.kind === 'staged') {
      staged = outcome.file;
      file = 'pdf';
    } else file = outcome.problem;
  }
  const outcome = await proposeKnowledgeProduct(db(), { ...values, file }, { ...context, staged });
  // What was typed goes back to the form; a file cannot (the visitor chooses it again).
  const typed = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'file'));
  return toActionState(outcome, { locale, values: typed, received: () => ({ title: String(values.title ?? '') }) });
}
