// A knowledge product proposed by anyone at /kennisbank/voorstellen: the product's content, who sends
// it, and the state of the uploaded file (the file itself travels beside the input: it is streamed
// into the file store's staging area first, lib/files/stage-upload.ts). One schema for form and server.
import { z } from 'zod';
import { knowledgeContentShape } from './knowledge-product-schema';

/** What became of the file field: none sent, a PDF staged, or refused and why. */
export const FILE_STATES = ['none', 'pdf', 'not-pdf', 'too-large', 'empty'] as const;
export type FileState = (typeof FILE_STATES)[number];

const FILE_ISSUES: Partial<Record<FileState, string>> = { 'not-pdf': 'fileNotPdf', 'too-large': 'fileTooLarge', empty: 'fileEmpty' };

export const knowledgeProposalSchema = z
  .object({
    ...knowledgeContentShape,
    file: z
      .enum(FILE_STATES)
      .default('none')
      .superRefine((state, context) => {
        const issue = FILE_ISSUES[state];
        if (issue) context.addIssue({ code: 'custom', message: issue });
      }),
    submitterName: z.string().trim().min(2).max(120),
    submitterEmail: z.email().max(254),
    submitterOrganisation: z.string().trim().max(200).optional(),
    message: z.string().trim().max(2000).optional(),
  })
  // A refused file has its own error; only when no file was sent at all is the link required.
  .refine((proposal) => proposal.url !== undefined || proposal.file !== 'none', { path: ['url'], message: 'linkOrFile' });

export type KnowledgeProposalInput = z.input<typeof knowledgeProposalSchema>;
export type KnowledgeProposal = z.output<typeof knowledgeProposalSchema>;
