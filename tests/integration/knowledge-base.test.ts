// The knowledge base against PostgreSQL: the seed, Dutch search with typo tolerance and facets,
// proposing a product with a PDF (stored whole or not at all: no row without its file, no file
// without its row), hostile files refused, publishing from the inbox, and the open-data routes.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { localFileStore, type FileStore } from '@/lib/files/file-store';
import { stagePdf } from '@/lib/files/stage-upload';
import { MAX_FILE_BYTES } from '@/lib/files/check-pdf';
import { proposeKnowledgeProduct } from '@/lib/knowledge/propose-knowledge-product';
import { publishKnowledgeProposal } from '@/lib/knowledge/publish-knowledge-proposal';
import { knowledgeQuerySchema } from '@/lib/knowledge/knowledge-query';
import { searchKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';
import { createTestMember } from '@/tests/support/inbox-factory';
import { GET as listApi } from '@/app/api/knowledge-products/route';
import { GET as productApi } from '@/app/api/knowledge-products/[slug]/route';
import { connectOfferings, disconnectOfferings, linkKnowledgeProduct, listConnectedNetworks } from '@/lib/connections/offering-connections';
import { measureOrganisingGaps } from '@/lib/gaps/measure-organising-gaps';
import { listRelatedKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';

let prisma: Db;
let root: string;
let files: FileStore;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}:${Date.now()}`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  process.env.DATABASE_URL = inject('databaseUrl');
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'kennisbank-files-'));
  files = localFileStore(root);
});
afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
  await fs.rm(root, { recursive: true, force: true });
});

/** Every file in the store, staging area included. */
async function storedFiles(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    title: `Praktijkvoorbeeld buurtkamer Zwolle ${Date.now()}`,
    kind: 'practice-example',
    summary: 'Hoe een buurtkamer bewoners en wijkprofessionals samenbracht rond eenzaamheid.',
    themes: ['trust-and-connection-in-the-neighbourhood'],
    targetGroups: ['residents', 'professionals'],
    learningForms: ['community-of-practice'],
    practiceProblem: 'Veel ouderen in de wijk waren eenzaam.',
    submitterName: 'Noor Jansen',
    submitterEmail: 'noor@example.nl',
    ...overrides,
  };
}

const search = (params: Record<string, unknown>) => searchKnowledgeProducts(prisma, knowledgeQuerySchema.parse(params));

describe('the seed knowledge base', () => {
  it('holds the products the sources name, published, linked to their networks', async () => {
    const guide = await prisma.knowledgeProduct.findUniqueOrThrow({ where: { slug: 'een-lerend-netwerk-starten' } });
    expect(guide).toMatchObject({ kind: 'guide', status: 'published', organisation: 'Nederlands Jeugdinstituut (NJi)' });
    const report = await prisma.knowledgeProduct.findUniqueOrThrow({ where: { slug: 'rapport-leernetwerken-werkplaatsen-sociaal-domein-2019' }, include: { offerings: { include: { offering: true } } } });
    expect(report.offerings.map((link) => link.offering.slug)).toEqual(['werkplaatsen-sociaal-domein']);
    for (const slug of ['liso-handboek-leernetwerken-sociaal-domein', 'liso-online-tool-leernetwerken', 'waardenkaart-vilans', 'de-veranderversneller']) {
      expect(await prisma.knowledgeProduct.count({ where: { slug, status: 'published' } })).toBe(1);
    }
  });
});

describe('searching the knowledge base', () => {
  it('finds Dutch words by their stem and a title word with a typo', async () => {
    const stemmed = await search({ q: 'netwerken starten' });
    expect(stemmed.items.map((item) => item.slug)).toContain('een-lerend-netwerk-starten');
    const typo = await search({ q: 'veranderversnellr' });
    expect(typo.corrections).toEqual({ veranderversnellr: ['veranderversneller'] });
    expect(typo.items[0]?.slug).toBe('de-veranderversneller');
  });

  it('filters on facets (OR within, AND across) and counts the facets of the result', async () => {
    const tools = await search({ kind: ['tool'] });
    expect(tools.items.length).toBeGreaterThanOrEqual(4);
    expect(tools.items.every((item) => item.kind === 'tool')).toBe(true);
    expect(tools.facets.kind).toEqual({ tool: tools.total });
    const both = await search({ kind: ['tool'], theme: ['youth-and-families'] });
    expect(both.items.map((item) => item.slug).sort()).toEqual(['de-veranderversneller', 'waardenkaart-vilans']);
    const paged = await search({ pageSize: '2', page: '2' });
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(4);
  });
});

describe('proposing a knowledge product with a PDF', () => {
  it('stores the product as submitted, the proposal, and the file under its key', async () => {
    const staged = await stagePdf(files, new File([PDF], 'Verslag buurtkamer.pdf', { type: 'application/pdf' }));
    expect(staged.kind).toBe('staged');
    if (staged.kind !== 'staged') return;
    const outcome = await proposeKnowledgeProduct(prisma, proposal({ file: 'pdf' }), { ip: freshIp(), locale: 'nl', staged: staged.file }, files);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const product = await prisma.knowledgeProduct.findUniqueOrThrow({ where: { id: outcome.value.productId }, include: { proposal: true } });
    expect(product).toMatchObject({ status: 'submitted', fileName: 'Verslag-buurtkamer.pdf', fileSize: PDF.length, fileKey: `knowledge/${product.id}.pdf` });
    expect(product.proposal).toMatchObject({ status: 'new', submitterEmail: 'noor@example.nl' });
    expect(await fs.readFile(path.join(root, product.fileKey!))).toEqual(PDF);
    expect(await storedFiles()).toEqual([path.join(root, product.fileKey!)]);
    expect(await prisma.outboundEmail.count({ where: { itemId: outcome.value.proposalId, template: 'knowledge-proposed' } })).toBe(1);
    await fs.rm(path.join(root, product.fileKey!));
  });

  it('leaves no row and no file when the write fails halfway', async () => {
    const failing: FileStore = { ...files, commit: async () => Promise.reject(new Error('disk full')) };
    const staged = await stagePdf(files, new File([PDF], 'a.pdf'));
    if (staged.kind !== 'staged') throw new Error('not staged');
    const title = `Mislukte upload ${Date.now()}`;
    await expect(proposeKnowledgeProduct(prisma, proposal({ title, file: 'pdf' }), { ip: freshIp(), locale: 'nl', staged: staged.file }, failing)).rejects.toThrow('disk full');
    expect(await prisma.knowledgeProduct.count({ where: { title } })).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('removes a file already moved when the transaction fails after all', async () => {
    // The move succeeds, then the transaction fails (e.g. the connection drops before it commits).
    let movedKey = '';
    const movingThenFailing: FileStore = {
      ...files,
      commit: async (staged, key) => {
        await files.commit(staged, key);
        movedKey = key;
        throw new Error('connection lost');
      },
    };
    const staged = await stagePdf(files, new File([PDF], 'b.pdf'));
    if (staged.kind !== 'staged') throw new Error('not staged');
    const title = `Half geschreven ${Date.now()}`;
    await expect(proposeKnowledgeProduct(prisma, proposal({ title, file: 'pdf' }), { ip: freshIp(), locale: 'nl', staged: staged.file }, movingThenFailing)).rejects.toThrow();
    expect(movedKey).not.toBe('');
    expect(await prisma.knowledgeProduct.count({ where: { title } })).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses hostile files: HTML renamed to .pdf, wrong type, too large, empty; nothing stays behind', async () => {
    const html = await stagePdf(files, new File(['<!doctype html><script>alert(1)</script>'], 'rapport.pdf', { type: 'application/pdf' }));
    expect(html).toEqual({ kind: 'refused', problem: 'not-pdf' });
    const png = await stagePdf(files, new File([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')], 'foto.pdf'));
    expect(png).toEqual({ kind: 'refused', problem: 'not-pdf' });
    const truncated = await stagePdf(files, new File([PDF.subarray(0, 40)], 'half.pdf'));
    expect(truncated).toEqual({ kind: 'refused', problem: 'not-pdf' });
    const large = await stagePdf(files, new File([PDF, Buffer.alloc(MAX_FILE_BYTES)], 'groot.pdf'));
    expect(large).toEqual({ kind: 'refused', problem: 'too-large' });
    const empty = await stagePdf(files, new File([], 'leeg.pdf'));
    expect(empty).toEqual({ kind: 'refused', problem: 'empty' });
    expect(await storedFiles()).toEqual([]);

    const title = `Geweigerd bestand ${Date.now()}`;
    const outcome = await proposeKnowledgeProduct(prisma, proposal({ title, file: 'not-pdf' }), { ip: freshIp(), locale: 'en' }, files);
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['file', 'fileNotPdf']]);
    expect(await prisma.knowledgeProduct.count({ where: { title } })).toBe(0);
  });

  it('asks for a link or a file, and discards a staged file when the input is invalid', async () => {
    const staged = await stagePdf(files, new File([PDF], 'c.pdf'));
    if (staged.kind !== 'staged') throw new Error('not staged');
    const outcome = await proposeKnowledgeProduct(prisma, proposal({ file: 'pdf', summary: 'kort' }), { ip: freshIp(), locale: 'nl', staged: staged.file }, files);
    expect(outcome.kind).toBe('invalid');
    expect(await storedFiles()).toEqual([]);
    const noSource = await proposeKnowledgeProduct(prisma, proposal(), { ip: freshIp(), locale: 'nl' }, files);
    expect(noSource.kind === 'invalid' && noSource.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['url', 'linkOrFile']]);
  });
});

describe('publishing a proposal from the inbox', () => {
  it('publishes the product, closes the proposal and tells the sender; then search finds it', async () => {
    const member = await createTestMember(prisma);
    const title = `Wijkpanel Enschede leerde samen ${Date.now()}`;
    const outcome = await proposeKnowledgeProduct(prisma, proposal({ title, url: 'https://www.example.nl/wijkpanel' }), { ip: freshIp(), locale: 'nl' }, files);
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    expect((await search({ q: 'wijkpanel' })).items).toEqual([]);
    const published = await publishKnowledgeProposal(prisma, member.id, outcome.value.proposalId, 1);
    expect(published).toEqual({ kind: 'ok', slug: outcome.value.slug });
    expect(await prisma.knowledgeProductProposal.findUniqueOrThrow({ where: { id: outcome.value.proposalId } })).toMatchObject({ status: 'done', version: 2 });
    expect(await prisma.outboundEmail.count({ where: { itemId: outcome.value.proposalId, template: 'knowledge-published' } })).toBe(1);
    expect((await search({ q: 'wijkpanl' })).items.map((item) => item.slug)).toEqual([outcome.value.slug]);
    expect(await publishKnowledgeProposal(prisma, member.id, outcome.value.proposalId, 2)).toEqual({ kind: 'invalid' });
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked field by field
type Json = Record<string, any>;

describe('the open-data API', () => {
  const get = async (path: string) => {
    const response = await listApi(new Request(`http://localhost/api/knowledge-products${path}`));
    return { status: response.status, body: (await response.json()) as Json, cors: response.headers.get('access-control-allow-origin') };
  };

  it('lists published products with filters, facets and paging, and refuses an unknown value', async () => {
    const { status, body, cors } = await get('?kind=tool&theme=youth-and-families&pageSize=1');
    expect(status).toBe(200);
    expect(cors).toBe('*');
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 1, facets: { kind: { tool: 2 } } });
    expect(body.items).toHaveLength(1);
    expect(Object.keys(body.items[0]).sort()).toEqual(['authors', 'fileUrl', 'kind', 'language', 'learningForms', 'organisation', 'pageUrl', 'publishedOn', 'slug', 'summary', 'targetGroups', 'themes', 'title', 'url'].sort());
    expect(body.items[0].pageUrl).toMatch(/\/kennisbank\/(de-veranderversneller|waardenkaart-vilans)$/);
    const bad = await get('?kind=poem');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('kind.0');
  });

  it('gives one published product with its practice example and networks; 404 otherwise', async () => {
    const response = await productApi(new Request('http://localhost/api/knowledge-products/afsluiten-leernetwerk-jongerenparticipatie-in-onderzoek'), { params: Promise.resolve({ slug: 'afsluiten-leernetwerk-jongerenparticipatie-in-onderzoek' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ kind: 'practice-example', file: null, offerings: [{ slug: 'leernetwerk-jongerenparticipatie-in-onderzoek' }] });
    expect(body.practice.lessons).toContain('middel, geen doel');
    const missing = await productApi(new Request('http://localhost/api/knowledge-products/bestaat-niet'), { params: Promise.resolve({ slug: 'bestaat-niet' }) });
    expect(missing.status).toBe(404);
  });

  it('shows the products of an offering first among the related ones', async () => {
    const offering = await prisma.offering.findUniqueOrThrow({ where: { slug: 'werkplaatsen-sociaal-domein' } });
    const related = await listRelatedKnowledgeProducts(prisma, { offeringIds: [offering.id], themes: ['youth-and-families'] }, 3);
    expect(related.slice(0, 2).map((product) => product.slug).sort()).toEqual(['lessen-lerende-praktijken-werkplaatsen-sociaal-domein', 'rapport-leernetwerken-werkplaatsen-sociaal-domein-2019']);
  });

  it('finds related products by theme alone (the learning question result page), newest first', async () => {
    const product = await prisma.knowledgeProduct.findFirstOrThrow({ where: { status: 'published', themes: { isEmpty: false } }, orderBy: { slug: 'asc' } });
    const theme = product.themes[0]!;
    const related = await listRelatedKnowledgeProducts(prisma, { themes: [theme] }, 50);
    const expected = await prisma.knowledgeProduct.findMany({ where: { status: 'published', themes: { has: theme } }, select: { slug: true } });
    expect(related.map((item) => item.slug).sort()).toEqual(expected.map((item) => item.slug).sort());
  });
});

describe('connecting networks', () => {
  it('connects two offerings with a reason, both ways, counts it in the gaps, and disconnects them', async () => {
    const member = await createTestMember(prisma);
    const [a, b] = await prisma.offering.findMany({ where: { status: 'published', themes: { has: 'youth-care' } }, orderBy: { slug: 'asc' }, take: 2 });
    const before = (await measureOrganisingGaps(prisma)).find((row) => row.themeId === 'youth-care')!;
    expect(await connectOfferings(prisma, member.id, { offeringId: a!.id, otherOfferingId: b!.id, kind: 'knowledge-partner', note: 'Deelt de werkwijze' })).toEqual({ kind: 'ok' });
    expect(await connectOfferings(prisma, member.id, { offeringId: a!.id, otherOfferingId: a!.id, kind: 'knowledge-partner' })).toEqual({ kind: 'invalid', field: 'otherOfferingId' });
    expect(await connectOfferings(prisma, member.id, { offeringId: a!.id, otherOfferingId: b!.id, kind: 'cousin' })).toEqual({ kind: 'invalid', field: 'kind' });
    const connected = await listConnectedNetworks(prisma, [a!.id, b!.id]);
    expect(connected.get(a!.id)).toEqual([expect.objectContaining({ slug: b!.slug, kind: 'knowledge-partner', note: 'Deelt de werkwijze' })]);
    expect(connected.get(b!.id)).toEqual([expect.objectContaining({ slug: a!.slug, kind: 'knowledge-partner' })]);
    const after = (await measureOrganisingGaps(prisma)).find((row) => row.themeId === 'youth-care')!;
    expect(after.connected).toBe(before.connected + 2);
    expect(after.offerings).toBe(before.offerings);
    expect(await prisma.auditEvent.count({ where: { itemId: a!.id, action: 'offering.connected' } })).toBe(1);
    await disconnectOfferings(prisma, member.id, b!.id, connected.get(b!.id)![0]!.connectionId);
    expect((await listConnectedNetworks(prisma, [a!.id])).get(a!.id)).toBeUndefined();
  });
});

describe('linking knowledge products from the offering', () => {
  it('links and unlinks a product, on the audit trail; the offering page then lists it first', async () => {
    const member = await createTestMember(prisma);
    const offering = await prisma.offering.findFirstOrThrow({ where: { status: 'published', themes: { has: 'poverty' } }, orderBy: { slug: 'asc' } });
    const product = await prisma.knowledgeProduct.findUniqueOrThrow({ where: { slug: 'de-veranderversneller' } });
    await linkKnowledgeProduct(prisma, member.id, { offeringId: offering.id, productId: product.id, op: 'link' });
    await linkKnowledgeProduct(prisma, member.id, { offeringId: offering.id, productId: product.id, op: 'link' });
    expect(await prisma.knowledgeProductOffering.count({ where: { offeringId: offering.id, knowledgeProductId: product.id } })).toBe(1);
    expect((await listRelatedKnowledgeProducts(prisma, { offeringIds: [offering.id], themes: offering.themes }, 1))[0]?.slug).toBe('de-veranderversneller');
    await linkKnowledgeProduct(prisma, member.id, { offeringId: offering.id, productId: product.id, op: 'unlink' });
    expect(await prisma.knowledgeProductOffering.count({ where: { offeringId: offering.id, knowledgeProductId: product.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { itemId: offering.id, action: { in: ['offering.knowledge-linked', 'offering.knowledge-unlinked'] } } })).toBe(3);
  });
});

describe('retention', () => {
  it('forgets who proposed a handled knowledge product after the retention period; the product stays', async () => {
    const { purgePersonalData } = await import('@/lib/privacy/purge-personal-data');
    const { retentionPeriods } = await import('@/lib/privacy/retention-periods');
    const email = `oud-${Date.now()}@example.nl`;
    const outcome = await proposeKnowledgeProduct(prisma, proposal({ url: 'https://www.example.nl/oud', submitterEmail: email }), { ip: freshIp(), locale: 'nl' }, files);
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    await prisma.$executeRawUnsafe(`UPDATE knowledge_product_proposals SET status = 'done', updated_at = now() - interval '30 months' WHERE id = $1::uuid`, outcome.value.proposalId);
    const report = await purgePersonalData(prisma, { periods: retentionPeriods({ RETENTION_MONTHS: 24 }) });
    expect(report.knowledgeProposals).toBeGreaterThanOrEqual(1);
    expect(await prisma.knowledgeProductProposal.findUniqueOrThrow({ where: { id: outcome.value.proposalId } })).toMatchObject({ submitterName: '', submitterEmail: '', message: null });
    expect(await prisma.knowledgeProduct.count({ where: { id: outcome.value.productId } })).toBe(1);
    expect(await prisma.outboundEmail.count({ where: { to: email } })).toBe(0);
  });
});
