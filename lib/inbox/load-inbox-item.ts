// One inbox item with what its page shows: the common triage state and the type's own details.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { InboxItemType } from './inbox-item-types';
import type { TriageStatus } from './triage-workflow';

async function loadDetail(prisma: Db, type: InboxItemType, id: string) {
  switch (type) {
    case 'question':
      return {
        type,
        row: await prisma.learningQuestion.findUnique({
          where: { id },
          include: { matchResults: { orderBy: { rank: 'asc' }, include: { offering: { select: { id: true, title: true, slug: true, status: true } } } } },
        }),
      } as const;
    case 'support':
      return { type, row: await prisma.supportRequest.findUnique({ where: { id }, include: { supportLevel: true, networkPlan: true } }) } as const;
    case 'submission':
      return { type, row: await prisma.offeringSubmission.findUnique({ where: { id }, include: { offering: { include: { learningForm: true } } } }) } as const;
    case 'contact':
      return { type, row: await prisma.contactMessage.findUnique({ where: { id } }) } as const;
  }
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadDetail>>>;
export type InboxItemDetail = { [K in Loaded['type']]: Extract<Loaded, { type: K }> & { row: NonNullable<Extract<Loaded, { type: K }>['row']> } }[Loaded['type']];

export interface LoadedInboxItem {
  detail: InboxItemDetail;
  title: string;
  person: string;
  email: string;
  status: TriageStatus;
  assigneeId: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  version: number;
}

export async function loadInboxItem(prisma: Db, type: InboxItemType, id: string): Promise<LoadedInboxItem | null> {
  const detail = await loadDetail(prisma, type, id);
  if (!detail.row) return null;
  const d = detail as InboxItemDetail;
  const common = { status: d.row.status, assigneeId: d.row.assigneeId, rejectionReason: d.row.rejectionReason, createdAt: d.row.createdAt, firstResponseAt: d.row.firstResponseAt, version: d.row.version };
  switch (d.type) {
    case 'question':
      return { detail: d, title: d.row.question.slice(0, 120), person: d.row.contactName, email: d.row.contactEmail, ...common };
    case 'support':
      return { detail: d, title: `${d.row.supportLevel.nameNl}${d.row.networkPlan.title ? `: ${d.row.networkPlan.title}` : ''}`, person: d.row.contactName, email: d.row.contactEmail, ...common };
    case 'submission':
      return { detail: d, title: d.row.offering.title, person: d.row.submitterName, email: d.row.submitterEmail, ...common };
    case 'contact':
      return { detail: d, title: d.row.subject, person: d.row.name, email: d.row.email, ...common };
  }
}
