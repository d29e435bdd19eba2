// Items of the coordination team's inbox, written straight into the database (the public forms that
// create them are tested elsewhere), and team members with a known password.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { InboxItemType } from '@/lib/inbox/inbox-item-types';

let counter = 0;
const next = () => `${Date.now().toString(36)}${++counter}`;

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createTestMember(prisma: Db, overrides: { role?: 'coordinator' | 'admin'; name?: string; email?: string; active?: boolean } = {}) {
  const id = next();
  return prisma.user.create({
    data: {
      email: overrides.email ?? `lid-${id}@team.example.nl`,
      name: overrides.name ?? `Teamlid ${id}`,
      role: overrides.role ?? 'coordinator',
      active: overrides.active ?? true,
      passwordHash: await hashPassword(TEST_PASSWORD),
    },
  });
}

export async function createTestQuestion(prisma: Db, overrides: Partial<{ question: string; themes: string[]; province: string | null; createdAt: Date; contactEmail: string; locale: string; consentConnect: boolean }> = {}) {
  return prisma.learningQuestion.create({
    data: {
      token: randomBytes(16).toString('hex'),
      question: overrides.question ?? `Hoe betrekken we bewoners bij de wijkaanpak? (${next()})`,
      themes: overrides.themes ?? ['area-based-liveability-safety'],
      targetGroups: ['professionals'],
      scale: 'local',
      province: overrides.province === undefined ? 'utrecht' : overrides.province,
      contactName: 'Sanne de Vries',
      contactEmail: overrides.contactEmail ?? `sanne-${next()}@gemeente.example.nl`,
      consentContact: true,
      consentConnect: overrides.consentConnect ?? false,
      locale: overrides.locale ?? 'nl',
      verdict: 'join-existing',
      createdAt: overrides.createdAt,
    },
  });
}

export async function createTestContactMessage(prisma: Db, overrides: Partial<{ subject: string; createdAt: Date }> = {}) {
  return prisma.contactMessage.create({
    data: { name: 'Kees Bakker', email: `kees-${next()}@example.nl`, subject: overrides.subject ?? `Vraag over het leernetwerk ${next()}`, message: 'Hoe kan ik meedoen?', createdAt: overrides.createdAt },
  });
}

export async function createTestSupportRequest(prisma: Db, overrides: Partial<{ createdAt: Date }> = {}) {
  const plan = await prisma.networkPlan.create({ data: { token: randomBytes(16).toString('hex'), route: 'light', title: `Leernetwerk buurtpreventie ${next()}` } });
  return prisma.supportRequest.create({
    data: { networkPlanId: plan.id, supportLevelId: 'help-organise', contactName: 'Fatima El Amrani', contactEmail: `fatima-${next()}@example.nl`, message: 'Wij willen hulp bij het organiseren.', createdAt: overrides.createdAt },
  });
}

export async function createTestSubmission(prisma: Db, overrides: Partial<{ title: string; themes: string[]; provinces: string[]; createdAt: Date }> = {}) {
  const id = next();
  const offering = await prisma.offering.create({
    data: {
      slug: `voorgesteld-${id}`,
      title: overrides.title ?? `Praktijkleerkring ondermijning ${id}`,
      summary: 'Professionals leren samen signalen van ondermijning herkennen.',
      learningFormId: 'community-of-practice',
      themes: overrides.themes ?? ['drug-crime-undermining'],
      scales: ['regional'],
      provinces: overrides.provinces ?? ['gelderland'],
      targetGroups: ['professionals'],
      openToJoin: true,
      status: 'submitted',
    },
  });
  return prisma.offeringSubmission.create({
    data: { offeringId: offering.id, submitterName: 'Joost Smit', submitterEmail: `joost-${id}@example.nl`, message: 'Graag opnemen.', createdAt: overrides.createdAt },
    include: { offering: true },
  });
}

export async function createTestKnowledgeProposal(prisma: Db, overrides: Partial<{ title: string; themes: string[]; createdAt: Date }> = {}) {
  const id = next();
  const product = await prisma.knowledgeProduct.create({
    data: {
      slug: `voorgesteld-kennisproduct-${id}`,
      kind: 'practice-example',
      title: overrides.title ?? `Praktijkvoorbeeld buurtbemiddeling ${id}`,
      summary: 'Wat een wijkteam leerde van twee jaar buurtbemiddeling met bewoners.',
      themes: overrides.themes ?? ['trust-and-connection-in-the-neighbourhood'],
      url: 'https://www.example.nl/praktijkvoorbeeld',
      status: 'submitted',
    },
  });
  return prisma.knowledgeProductProposal.create({
    data: { knowledgeProductId: product.id, submitterName: 'Noor Jansen', submitterEmail: `noor-${id}@example.nl`, message: 'Graag opnemen.', createdAt: overrides.createdAt },
    include: { knowledgeProduct: true },
  });
}

/** One item of each inbox item type (one entry per type of the registry), for tests that loop over them. */
export const createTestItem: { [K in InboxItemType]: (prisma: Db) => Promise<{ id: string }> } = {
  question: (prisma) => createTestQuestion(prisma),
  support: (prisma) => createTestSupportRequest(prisma),
  submission: (prisma) => createTestSubmission(prisma),
  contact: (prisma) => createTestContactMessage(prisma),
  meeting: (prisma) => createTestMeetingProposal(prisma),
  knowledge: (prisma) => createTestKnowledgeProposal(prisma),
};

export async function createTestMeetingProposal(prisma: Db, overrides: Partial<{ title: string; themes: string[]; province: string; createdAt: Date }> = {}) {
  const id = next();
  const meeting = await prisma.meeting.create({
    data: {
      slug: `voorgestelde-bijeenkomst-${id}`,
      title: overrides.title ?? `Intervisiemiddag wijkteams ${id}`,
      summary: 'Wijkteams bespreken samen een casus over vroegsignalering.',
      startsAt: new Date('2099-05-12T12:00:00Z'),
      endsAt: new Date('2099-05-12T14:00:00Z'),
      place: 'Wijkcentrum',
      municipality: 'Arnhem',
      province: overrides.province ?? 'gelderland',
      themes: overrides.themes ?? ['early-signalling-prevention'],
    },
  });
  return prisma.meetingProposal.create({
    data: { meetingId: meeting.id, submitterName: 'Noor Bakker', submitterEmail: `noor-${id}@example.nl`, message: 'Graag in de agenda.', createdAt: overrides.createdAt },
    include: { meeting: true },
  });
}
