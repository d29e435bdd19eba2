// Stores a proposed knowledge product as `submitted` (not public until the coordination team
// publishes it from the inbox), with its proposal (the inbox item), audit event and the sender's
// confirmation e-mail, through the public-form kernel. A staged PDF is moved into the file store as
// the last step of the same transaction; whatever goes wrong, no row stays without its file and no
// file without its row (decision 0111).
import 'server-only';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { slugify } from '@/lib/catalogue/slugify';
import { queueEmail } from '@/lib/email/queue-email';
import { fileStore as configuredFileStore, type FileStore } from '@/lib/files/file-store';
import type { StagedFile } from '@/lib/files/stage-upload';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import { getTranslator } from '@/lib/i18n/translate';
import { knowledgeProposalSchema } from './knowledge-proposal-schema';

export interface ProposedKnowledgeProduct {
  productId: string;
  proposalId: string;
  slug: string;
  title: string;
}

export interface ProposalContext extends SubmissionContext {
  /** The uploaded PDF, already checked and staged. */
  staged?: StagedFile;
  files: FileStore;
  /** Filled by the store as the file moves into place (to undo it when the transaction fails after all). */
  moved: { key?: string };
}

async function freeSlug(prisma: Db, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set((await prisma.knowledgeProduct.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

export const knowledgeProposalForm: PublicForm<typeof knowledgeProposalSchema, ProposedKnowledgeProduct, ProposalContext> = {
  name: 'knowledge-proposal',
  schema: knowledgeProposalSchema,
  rateLimit: 'knowledgeProposal',
  check: async (prisma, proposal) => checkThemeIds(await loadThemes(prisma), proposal.themes, ['themes']),
  async store(tx, proposal, context) {
    const { submitterName, submitterEmail, submitterOrganisation, message, file, publishedOn, ...content } = proposal;
    const t = await getTranslator(context.locale, 'KnowledgeProposal');
    const slug = await freeSlug(context.prisma, content.title);
    const product = await tx.knowledgeProduct.create({
      data: { ...content, slug, publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : undefined, status: 'submitted' },
      select: { id: true },
    });
    const row = await tx.knowledgeProductProposal.create({
      data: { knowledgeProductId: product.id, submitterName, submitterEmail, submitterOrganisation: submitterOrganisation || null, message: message || null, locale: context.locale },
      select: { id: true },
    });
    await recordAudit(tx, { actorLabel: 'public', itemType: 'knowledge_product_proposal', itemId: row.id, action: 'created' });
    await queueEmail(tx, {
      to: submitterEmail,
      subject: t('email.subject', { title: content.title }),
      text: t('email.body', { name: submitterName, title: content.title }),
      template: 'knowledge-proposed',
      itemType: 'knowledge_product_proposal',
      itemId: row.id,
    });
    if (file === 'pdf' && context.staged) {
      const key = `knowledge/${product.id}.pdf`;
      await tx.knowledgeProduct.update({ where: { id: product.id }, data: { fileKey: key, fileName: context.staged.name, fileSize: context.staged.size } });
      // Last: the file moves into place only when everything else is written. Named first, so a
      // failure during or after the move removes it again.
      context.moved.key = key;
      await context.files.commit(context.staged.path, key);
    }
    return { productId: product.id, proposalId: row.id, slug, title: content.title };
  },
};

/**
 * Proposes a knowledge product. `staged` is the checked upload (or none); it is moved into the store
 * when the proposal is stored, and removed in every other case (invalid, spam, rate limited, a
 * repeated form, a failed write).
 */
export async function proposeKnowledgeProduct(
  prisma: Db,
  input: unknown,
  context: SubmissionContext & { staged?: StagedFile },
  files: FileStore = configuredFileStore(),
): Promise<SubmissionOutcome<ProposedKnowledgeProduct>> {
  const moved: { key?: string } = {};
  try {
    return await submitPublicForm(prisma, knowledgeProposalForm, input, { ...context, files, moved });
  } catch (error) {
    // The transaction did not commit: a file already moved into place goes again.
    if (moved.key) await files.remove(moved.key);
    throw error;
  } finally {
    if (context.staged) await files.discard(context.staged.path);
  }
}
