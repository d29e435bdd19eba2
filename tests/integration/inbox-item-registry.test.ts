// Every inbox item type of the registry works everywhere the inbox reaches: the list (the UNION built
// from the descriptors), its page loader, the item page's URL, the workflow with its e-mail to the
// person behind it, and the timeline. A new type is covered by adding it to the registry and the
// factory.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { listItemTimeline } from '@/lib/inbox/add-internal-note';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { INBOX_ITEM_REGISTRY, itemPath, itemTypeFromSlug } from '@/lib/inbox/inbox-item-registry';
import { INBOX_ITEM_TYPES } from '@/lib/inbox/inbox-item-types';
import { listInboxItems } from '@/lib/inbox/list-inbox-items';
import { loadInboxItem } from '@/lib/inbox/load-inbox-item';
import { queueItemEmail } from '@/lib/inbox/queue-item-email';
import { updateInboxItem } from '@/lib/inbox/update-inbox-item';
import { createTestItem, createTestMember } from '@/tests/support/inbox-factory';

let prisma: Db;
let member: { id: string };

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  member = await createTestMember(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe.each(INBOX_ITEM_TYPES)('inbox item type %s', (type) => {
  it('is listed, loaded, addressed and triaged through its descriptor', async () => {
    const descriptor = INBOX_ITEM_REGISTRY[type];
    const { id } = await createTestItem[type](prisma);

    const item = (await loadInboxItem(prisma, type, id))!;
    expect(item.detail.type).toBe(type);
    expect(item).toMatchObject({ status: 'new', version: 1, assigneeId: null });
    const { items } = await listInboxItems(prisma, parseInboxFilters({ type, q: item.email }), member.id);
    expect(items.map((listed) => listed.id)).toEqual([id]);
    // The list's row (SQL) and the loaded item (loader) say the same.
    expect(items[0]).toMatchObject({ type, title: item.title.slice(0, 160), person: item.person, email: item.email, status: 'new' });

    expect(itemPath(type, id)).toBe(`/beheer/${descriptor.slug}/${id}`);
    expect(itemTypeFromSlug(descriptor.slug)).toBe(type);

    expect(await updateInboxItem(prisma, member.id, { type, id }, 1, { status: 'rejected', reason: 'Valt buiten het leernetwerk.' })).toEqual({ kind: 'ok', version: 2 });
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: id, template: 'item-rejected' } });
    expect(mail).toMatchObject({ to: item.email, itemType: descriptor.auditType });
    expect(mail.text).toContain('Valt buiten het leernetwerk.');
    expect((await listItemTimeline(prisma, { type, id })).map((entry) => entry.kind === 'event' && entry.action)).toContain('item.rejected');
  });

  it('sends only the mails its descriptor names', async () => {
    const { id } = await createTestItem[type](prisma);
    const foreign = (['question-response', 'submission-published'] as const).find((template) => !INBOX_ITEM_REGISTRY[type].mails.includes(template));
    if (!foreign) return expect(INBOX_ITEM_REGISTRY[type].mails).toContain('question-response');
    await expect(prisma.$transaction((tx) => queueItemEmail(tx, { type, id }, foreign))).rejects.toThrow(`does not send ${foreign}`);
  });
});
