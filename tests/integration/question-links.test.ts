// Linking similar learning questions so the team can connect their askers: only with both askers'
// consent, both ways, on both timelines, and undone the same way.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { listItemTimeline } from '@/lib/inbox/add-internal-note';
import { linkSimilarQuestion, listQuestionConnections } from '@/lib/inbox/link-similar-questions';
import { createTestMember, createTestQuestion } from '@/tests/support/inbox-factory';

let prisma: Db;
let coordinator: { id: string };
let asker: { id: string };
let similar: { id: string };
let unwilling: { id: string };
let unrelated: { id: string };

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  coordinator = await createTestMember(prisma);
  const themes = ['trust-and-connection-in-the-neighbourhood'];
  asker = await createTestQuestion(prisma, { question: 'Hoe bereiken we eenzame ouderen in onze wijk met buurtbewoners samen?', themes, consentConnect: true });
  similar = await createTestQuestion(prisma, { question: 'Hoe vinden we samen met buurtbewoners de eenzame ouderen in de wijk?', themes, consentConnect: true, province: 'drenthe' });
  unwilling = await createTestQuestion(prisma, { question: 'Hoe bereiken we eenzame ouderen in de wijk?', themes, consentConnect: false });
  unrelated = await createTestQuestion(prisma, { question: 'Welke aanpak werkt tegen ondermijning in havens?', themes: ['drug-crime-undermining'], consentConnect: true });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('similar learning questions', () => {
  it('suggests only consenting askers with a shared theme, never those who said no', async () => {
    const { consented, linked, suggestions } = await listQuestionConnections(prisma, asker.id);
    expect(consented).toBe(true);
    expect(linked).toEqual([]);
    const ids = suggestions.map((suggestion) => suggestion.id);
    expect(ids).toContain(similar.id);
    expect(ids).not.toContain(unwilling.id);
    expect(ids).not.toContain(unrelated.id);
    expect(Object.keys(suggestions[0]!).sort()).toEqual(['id', 'month', 'municipality', 'province', 'similarity', 'themes']);
  });

  it('suggests nothing for an asker who did not consent', async () => {
    expect((await listQuestionConnections(prisma, unwilling.id)).suggestions).toEqual([]);
  });

  it('links both ways with an event on both timelines, once, and refuses a link without consent', async () => {
    expect(await linkSimilarQuestion(prisma, coordinator.id, asker.id, similar.id, 'link')).toEqual({ kind: 'ok' });
    expect(await linkSimilarQuestion(prisma, coordinator.id, asker.id, similar.id, 'link')).toEqual({ kind: 'ok' });
    expect((await listQuestionConnections(prisma, asker.id)).linked.map((question) => question.id)).toEqual([similar.id]);
    const other = await listQuestionConnections(prisma, similar.id);
    expect(other.linked.map((question) => question.id)).toEqual([asker.id]);
    expect(other.suggestions.map((suggestion) => suggestion.id)).not.toContain(asker.id);
    for (const id of [asker.id, similar.id]) {
      const events = (await listItemTimeline(prisma, { type: 'question', id })).filter((entry) => 'action' in entry && entry.action === 'question.linked');
      expect(events).toHaveLength(1);
    }
    expect(await linkSimilarQuestion(prisma, coordinator.id, asker.id, unwilling.id, 'link')).toEqual({ kind: 'invalid', problem: 'link' });
    expect(await linkSimilarQuestion(prisma, coordinator.id, asker.id, asker.id, 'link')).toEqual({ kind: 'invalid', problem: 'link' });
    expect(await prisma.questionLink.count({ where: { OR: [{ questionId: unwilling.id }, { relatedQuestionId: unwilling.id }] } })).toBe(0);
  });

  it('unlinks both ways', async () => {
    expect(await linkSimilarQuestion(prisma, coordinator.id, similar.id, asker.id, 'unlink')).toEqual({ kind: 'ok' });
    expect(await prisma.questionLink.count({ where: { questionId: { in: [asker.id, similar.id] } } })).toBe(0);
    const events = await prisma.auditEvent.count({ where: { itemId: { in: [asker.id, similar.id] }, action: 'question.unlinked' } });
    expect(events).toBe(2);
  });
});
