// The retention job (daily on pg-boss, and `npm run privacy:purge`): removes or anonymises personal
// data whose period in retention-periods.ts has passed. Each item is erased in its own transaction,
// with the same code as a deletion on request, so what stays (anonymous demand for the gaps, who of
// the team did what) is the same either way.
import type { Db } from '@/lib/db/client';
import { eraseInboxItem, type ErasableItemType } from '@/lib/privacy/erase-inbox-item';
import { eraseLearningQuestion } from '@/lib/privacy/erase-learning-question';
import { eraseNetworkPlan } from '@/lib/privacy/erase-network-plan';
import { HANDLED_STATUSES, retentionCutoffs, retentionPeriods, type RetentionPeriods } from '@/lib/privacy/retention-periods';

export interface PurgeReport {
  learningQuestions: number;
  supportRequests: number;
  networkPlans: number;
  contactMessages: number;
  offeringSubmissions: number;
  meetingProposals: number;
  knowledgeProposals: number;
  unconfirmedFollows: number;
  sentMailBodies: number;
  oldMails: number;
  clientAddressCounters: number;
}

const handled = [...HANDLED_STATUSES];

async function ids(query: Promise<{ id: string }[]>): Promise<string[]> {
  return (await query).map((row) => row.id);
}

export async function purgePersonalData(prisma: Db, options: { now?: Date; periods?: RetentionPeriods } = {}): Promise<PurgeReport> {
  const cutoff = retentionCutoffs(options.periods ?? retentionPeriods(), options.now ?? new Date());
  const before = cutoff.handledItems;

  const eraseEach = async (list: string[], erase: (id: string) => Promise<boolean>) => {
    let count = 0;
    for (const id of list) if (await erase(id)) count += 1;
    return count;
  };
  const eraseItems = (type: ErasableItemType, list: string[]) => eraseEach(list, (id) => prisma.$transaction((tx) => eraseInboxItem(tx, type, id, 'retention')));

  const learningQuestions = await eraseEach(
    await ids(prisma.$queryRaw`SELECT id::text FROM learning_questions WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before}`),
    (id) => prisma.$transaction((tx) => eraseLearningQuestion(tx, id, 'retention')),
  );
  const supportRequests = await eraseItems(
    'support',
    await ids(prisma.$queryRaw`SELECT id::text FROM support_requests WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before}`),
  );
  // A plan goes once it was last changed before the cutoff and nothing made from it is still being handled.
  const networkPlans = await eraseEach(
    await ids(prisma.$queryRaw`
      SELECT p.id::text FROM network_plans p
       WHERE p.updated_at < ${before}
         AND NOT EXISTS (SELECT 1 FROM support_requests s WHERE s.network_plan_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM offering_submissions o WHERE o.network_plan_id = p.id
                          AND (o.status::text <> ALL(${handled}::text[]) OR o.updated_at >= ${before}))`),
    (id) => prisma.$transaction((tx) => eraseNetworkPlan(tx, id, 'retention')),
  );
  const contactMessages = await eraseItems(
    'contact',
    await ids(prisma.$queryRaw`SELECT id::text FROM contact_messages WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before}`),
  );
  const offeringSubmissions = await eraseItems(
    'submission',
    await ids(prisma.$queryRaw`SELECT id::text FROM offering_submissions WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before} AND submitter_email <> ''`),
  );
  const knowledgeProposals = await eraseItems(
    'knowledge',
    await ids(prisma.$queryRaw`SELECT id::text FROM knowledge_product_proposals WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before} AND submitter_email <> ''`),
  );

  const meetingProposals = await eraseItems(
    'meeting',
    await ids(prisma.$queryRaw`SELECT id::text FROM meeting_proposals WHERE status::text = ANY(${handled}::text[]) AND updated_at < ${before} AND submitter_email <> ''`),
  );

  // Followed searches whose address was never confirmed, with their confirmation mail.
  const unconfirmed = await ids(prisma.$queryRaw`SELECT id::text FROM search_subscriptions WHERE confirmed_at IS NULL AND created_at < ${cutoff.unconfirmedFollows}`);
  if (unconfirmed.length > 0) {
    await prisma.$transaction([
      prisma.outboundEmail.deleteMany({ where: { itemType: 'search_subscription', itemId: { in: unconfirmed } } }),
      prisma.searchSubscription.deleteMany({ where: { id: { in: unconfirmed } } }),
    ]);
  }

  const sentMailBodies = await prisma.$executeRaw`
    UPDATE outbound_emails SET text = '', html = NULL
     WHERE status = 'sent' AND sent_at < ${cutoff.sentMailBodies} AND (text <> '' OR html IS NOT NULL)`;
  // Who was sent what, and when, is kept as long as the items themselves.
  const oldMails = await prisma.$executeRaw`
    DELETE FROM outbound_emails WHERE status IN ('sent', 'failed') AND created_at < ${before}`;
  const clientAddressCounters = await prisma.$executeRaw`DELETE FROM rate_limit_buckets WHERE window_start < ${cutoff.clientAddresses}`;

  return {
    learningQuestions,
    supportRequests,
    networkPlans,
    contactMessages,
    offeringSubmissions,
    meetingProposals,
    knowledgeProposals,
    unconfirmedFollows: unconfirmed.length,
    sentMailBodies,
    oldMails,
    clientAddressCounters,
  };
}
