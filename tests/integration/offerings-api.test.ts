// The open-data API of the catalogue against a real PostgreSQL: every parameter, every 400.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getOfferings } from '@/app/api/offerings/route';
import { GET as getOffering } from '@/app/api/offerings/[slug]/route';
import { GET as getCsv } from '@/app/api/offerings.csv/route';
import { GET as getLearningForms } from '@/app/api/learning-forms/route';
import { GET as getThemes } from '@/app/api/themes/route';
import { GET as getSimilar } from '@/app/api/similar-offerings/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';
import { offeringRecord } from '@/tests/support/offering-factory';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked field by field
type Json = Record<string, any>;

let prisma: Db;
let databaseUrl: string;
const originalUrl = process.env.DATABASE_URL;

// A small catalogue whose every attribute the tests know.
const RECORDS = [
  offeringRecord({
    slug: 'wijkaanpak-amsterdam',
    title: 'Leernetwerk wijkaanpak Amsterdam',
    summary: 'Wijkprofessionals in Amsterdam leren samen van de aanpak in hun buurten.',
    themes: ['long-term-neighbourhood-approach', 'integrated-working'],
    learningForm: 'community-of-practice',
    scales: ['local'],
    provinces: ['noord-holland'],
    targetGroups: ['professionals'],
    levels: ['horizontal'],
    disciplinarity: 'multi',
    openToJoin: true,
    startDate: '2099-03-01',
  }),
  offeringRecord({
    slug: 'intervisie-rotterdam',
    title: 'Intervisiegroep buurtbemiddeling Rotterdam',
    summary: 'Bemiddelaars bespreken lastige burenruzies en leren van elkaar.',
    themes: ['trust-and-connection-in-the-neighbourhood'],
    learningForm: 'intervision-supervision-groups',
    scales: ['local', 'regional'],
    provinces: ['zuid-holland'],
    targetGroups: ['professionals', 'residents'],
    levels: ['horizontal', 'vertical'],
    disciplinarity: 'mono',
    openToJoin: false,
    startDate: '2099-01-15',
  }),
  offeringRecord({
    slug: 'transitiearena-zorg',
    title: 'Transitiearena zorg en veiligheid',
    summary: 'Bestuurders en beleidsmakers werken aan een andere inrichting van het stelsel.',
    themes: ['integrated-working'],
    learningForm: 'transition-arena',
    scales: ['national'],
    provinces: [],
    targetGroups: ['policy-makers', 'administrators'],
    levels: ['vertical'],
    disciplinarity: 'inter',
    openToJoin: true,
  }),
  offeringRecord({
    slug: 'niet-gepubliceerd',
    title: 'Leernetwerk wijkaanpak Amsterdam Oost',
    summary: 'Nog niet gepubliceerd aanbod dat nergens mag verschijnen.',
    status: 'submitted',
  }),
];

async function api(query = '', headers: Record<string, string> = {}) {
  const response = await getOfferings(new Request(`http://test.local/api/offerings${query}`, { headers }));
  return { status: response.status, body: (await response.json()) as Json };
}
const slugs = (body: Json) => (body.items as { slug: string }[]).map((item) => item.slug).sort();

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase(inject('adminUrl'), { seed: 'reference' });
  prisma = createPrismaClient(databaseUrl);
  const { records, issues } = validateOfferingRecords(RECORDS);
  expect(issues).toEqual([]);
  await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
  // Distinct publication moments for the "newest" sort.
  await prisma.$executeRawUnsafe(`UPDATE offerings SET published_at = '2026-01-01' WHERE slug = 'wijkaanpak-amsterdam'`);
  await prisma.$executeRawUnsafe(`UPDATE offerings SET published_at = '2026-03-01' WHERE slug = 'intervisie-rotterdam'`);
  await prisma.$executeRawUnsafe(`UPDATE offerings SET published_at = '2026-02-01' WHERE slug = 'transitiearena-zorg'`);
  process.env.DATABASE_URL = databaseUrl;
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
  await dropDatabase(inject('adminUrl'), databaseUrl);
});

describe('GET /api/offerings', () => {
  it('lists only published offerings, with the contract fields and the default page', async () => {
    const { status, body } = await api();
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(slugs(body)).toEqual(['intervisie-rotterdam', 'transitiearena-zorg', 'wijkaanpak-amsterdam']);
    const item = body.items.find((entry: { slug: string }) => entry.slug === 'wijkaanpak-amsterdam');
    expect(item).toMatchObject({
      title: 'Leernetwerk wijkaanpak Amsterdam',
      themes: ['long-term-neighbourhood-approach', 'integrated-working'],
      learningForm: 'community-of-practice',
      scales: ['local'],
      provinces: ['noord-holland'],
      targetGroups: ['professionals'],
      levels: ['horizontal'],
      disciplinarity: 'multi',
      openToJoin: true,
      startDate: '2099-03-01',
      url: 'http://test.local/aanbod/wijkaanpak-amsterdam',
    });
  });

  it('pages with page and pageSize, and reads total with pageSize=1', async () => {
    const first = await api('?pageSize=1');
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 1 });
    expect(first.body.items).toHaveLength(1);
    const second = await api('?pageSize=2&page=2');
    expect(second.body.items).toHaveLength(1);
    const beyond = await api('?page=9');
    expect(beyond.body).toMatchObject({ total: 3, items: [] });
  });

  it('finds a Dutch word form that differs from the stored one (q, stemming)', async () => {
    expect(slugs((await api('?q=buurt')).body)).toEqual(['wijkaanpak-amsterdam']); // stored: "buurten"
    expect(slugs((await api('?q=bemiddelaar%20lastig')).body)).toEqual(['intervisie-rotterdam']); // stored: "Bemiddelaars", "lastige"
  });

  it('finds titles with one wrong, missing or swapped letter (q, typos)', async () => {
    for (const typo of ['Amstredam', 'wijkaapnak', 'Amsterdm', 'Rotterdan', 'buurtbemidelling']) {
      const { body } = await api(`?q=${typo}`);
      expect(body.total, typo).toBeGreaterThan(0);
      expect(slugs(body).some((slug) => slug !== 'niet-gepubliceerd'), typo).toBe(true);
    }
    const { body } = await api('?q=Amstredam');
    expect(slugs(body)).toEqual(['wijkaanpak-amsterdam']);
    expect(body.corrections).toEqual({ amstredam: ['amsterdam'] });
    expect((await api('?q=Rotterdam%20Amsterdam')).body.total).toBe(0); // words AND
    expect((await api('?q=onbekendewoord')).body.total).toBe(0);
  });

  it.each([
    ['theme=integrated-working', ['transitiearena-zorg', 'wijkaanpak-amsterdam']],
    ['theme=integrated-working&theme=trust-and-connection-in-the-neighbourhood', ['intervisie-rotterdam', 'transitiearena-zorg', 'wijkaanpak-amsterdam']],
    ['form=transition-arena', ['transitiearena-zorg']],
    ['form=transition-arena&form=community-of-practice', ['transitiearena-zorg', 'wijkaanpak-amsterdam']],
    ['intensity=system', ['transitiearena-zorg']],
    ['intensity=light', ['intervisie-rotterdam']],
    ['scale=regional', ['intervisie-rotterdam']],
    ['scale=national&scale=regional', ['intervisie-rotterdam', 'transitiearena-zorg']],
    ['province=noord-holland', ['wijkaanpak-amsterdam']],
    ['targetGroup=residents', ['intervisie-rotterdam']],
    ['targetGroup=administrators&targetGroup=residents', ['intervisie-rotterdam', 'transitiearena-zorg']],
    ['level=vertical', ['intervisie-rotterdam', 'transitiearena-zorg']],
    ['disciplinarity=inter', ['transitiearena-zorg']],
    ['disciplinarity=mono&disciplinarity=multi', ['intervisie-rotterdam', 'wijkaanpak-amsterdam']],
    ['open=true', ['transitiearena-zorg', 'wijkaanpak-amsterdam']],
    ['open=false', ['intervisie-rotterdam']],
    ['theme=integrated-working&level=horizontal', ['wijkaanpak-amsterdam']],
    ['theme=integrated-working&open=true&scale=local', ['wijkaanpak-amsterdam']],
    ['q=wijkaanpak&theme=trust-and-connection-in-the-neighbourhood', []],
  ])('filters with %s (OR within a filter, AND between filters)', async (query, expected) => {
    const { status, body } = await api(`?${query}`);
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(expected);
    expect(body.total).toBe(expected.length);
  });

  it('counts facets over the current result, and each count equals the result of filtering on it', async () => {
    const { body } = await api('?open=true');
    expect(body.facets.theme).toEqual({ 'integrated-working': 2, 'long-term-neighbourhood-approach': 1 });
    expect(body.facets.form).toEqual({ 'community-of-practice': 1, 'transition-arena': 1 });
    expect(body.facets.scale).toEqual({ local: 1, national: 1 });
    expect(body.facets.province).toEqual({ 'noord-holland': 1 });
    expect(body.facets.targetGroup).toEqual({ professionals: 1, 'policy-makers': 1, administrators: 1 });
    expect(body.facets.intensity).toEqual({ intensive: 1, system: 1 });
    const all = (await api()).body;
    for (const [name, counts] of Object.entries(all.facets as Record<string, Record<string, number>>)) {
      for (const [value, count] of Object.entries(counts)) {
        if (count === 0) continue;
        expect((await api(`?${name}=${value}`)).body.total, `${name}=${value}`).toBe(count);
      }
    }
  });

  it('sorts by newest, by starting soon and by relevance', async () => {
    expect((await api('?sort=newest')).body.items.map((item: { slug: string }) => item.slug)).toEqual([
      'intervisie-rotterdam',
      'transitiearena-zorg',
      'wijkaanpak-amsterdam',
    ]);
    expect((await api('?sort=starting-soon')).body.items.map((item: { slug: string }) => item.slug)).toEqual([
      'intervisie-rotterdam',
      'wijkaanpak-amsterdam',
      'transitiearena-zorg',
    ]);
    // The title (weight A) ranks above the summary.
    const relevance = (await api('?q=zorg&sort=relevance')).body.items.map((item: { slug: string }) => item.slug);
    expect(relevance[0]).toBe('transitiearena-zorg');
  });

  it.each([
    ['theme=onbekend', 'theme', /Thema/],
    ['form=onbekend', 'form', /Leervorm/],
    ['intensity=heavy', 'intensity', /Intensiteit/],
    ['scale=wereld', 'scale', /Schaal/],
    ['province=bayern', 'province', /Provincie/],
    ['targetGroup=katten', 'targetGroup', /Doelgroep/],
    ['level=diagonal', 'level', /Niveau/],
    ['disciplinarity=trans', 'disciplinarity', /Disciplin/],
    ['open=yes', 'open', /Open/],
    ['sort=random', 'sort', /Sorte/],
    ['page=0', 'page', /Pagina/],
    ['page=abc', 'page', /Pagina/],
    ['page=-1', 'page', /Pagina/],
    ['pageSize=101', 'pageSize', /100/],
    ['pageSize=0', 'pageSize', /1/],
    [`q=${'a'.repeat(201)}`, 'q', /200/],
  ])('answers 400 for %s, naming the field', async (query, path, message) => {
    const { status, body } = await api(`?${query}`);
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0].path.split('.')[0]).toBe(path);
    expect(body.issues[0].message).toMatch(message);
    expect(body.issues[0].message).toContain(' / '); // Dutch, then English
  });

  it('answers 400 in one language when the caller asks for it', async () => {
    const { body } = await api('?theme=onbekend', { 'Accept-Language': 'nl-NL' });
    expect(body.issues[0].message).toMatch(/^Thema: Onbekende waarde/);
    expect(body.issues[0].message).not.toContain(' / ');
  });
});

describe('GET /api/offerings/<slug>', () => {
  const one = async (slug: string) => {
    const response = await getOffering(new Request(`http://test.local/api/offerings/${slug}`), { params: Promise.resolve({ slug }) });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('answers the published offering with every attribute and its page', async () => {
    const { status, body } = await one('intervisie-rotterdam');
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug: 'intervisie-rotterdam', learningForm: 'intervision-supervision-groups', intensity: 'light', url: 'http://test.local/aanbod/intervisie-rotterdam' });
  });

  it('answers 404 JSON for an unknown slug and for an offering that is not published', async () => {
    for (const slug of ['bestaat-niet', 'niet-gepubliceerd']) {
      const { status, body } = await one(slug);
      expect(status).toBe(404);
      expect(body.error).toMatch(/niet gevonden/);
    }
  });
});

describe('GET /api/offerings.csv', () => {
  it('exports the offerings matching the same filters, with a header row', async () => {
    const response = await getCsv(new Request('http://test.local/api/offerings.csv?level=vertical'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^slug,title,summary,/);
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(['intervisie-rotterdam', 'transitiearena-zorg']);
    expect(lines.find((line) => line.startsWith('intervisie-rotterdam'))).toContain('local|regional');
  });

  it('answers 400 for an unknown filter value', async () => {
    const response = await getCsv(new Request('http://test.local/api/offerings.csv?scale=wereld'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe('scale.0');
  });
});

describe('GET /api/learning-forms and /api/themes', () => {
  it('lists the nine learning forms in their three groups with their published offerings', async () => {
    const body = (await (await getLearningForms()).json()) as { items: { id: string; group: string; offeringCount: number }[]; groups: unknown[] };
    expect(body.items).toHaveLength(9);
    expect(body.groups).toHaveLength(3);
    expect(body.items.find((form) => form.id === 'transition-arena')).toMatchObject({ group: 'system-breaking', offeringCount: 1 });
  });

  it('lists the themes with the five gap themes, offerings and open learning questions', async () => {
    await prisma.$executeRawUnsafe(
      `INSERT INTO learning_questions (token, question, themes, target_groups, scale, contact_name, contact_email, consent_contact, status)
       VALUES ('tok-1', 'Hoe houden we de wijkaanpak vol?', ARRAY['long-term-neighbourhood-approach'], ARRAY['professionals'], 'local', 'A', 'a@example.nl', true, 'new'),
              ('tok-2', 'Al beantwoord', ARRAY['long-term-neighbourhood-approach'], ARRAY['professionals'], 'local', 'B', 'b@example.nl', true, 'done')`,
    );
    const body = (await (await getThemes()).json()) as { items: { id: string; isGapTheme: boolean; offeringCount: number; openQuestionCount: number }[] };
    expect(body.items.filter((theme) => theme.isGapTheme)).toHaveLength(5);
    expect(body.items.find((theme) => theme.id === 'long-term-neighbourhood-approach')).toMatchObject({ offeringCount: 1, openQuestionCount: 1 });
    expect(body.items.find((theme) => theme.id === 'integrated-working')).toMatchObject({ offeringCount: 2, openQuestionCount: 0 });
  });
});

describe('GET /api/similar-offerings', () => {
  const similar = async (title: string) =>
    ((await (await getSimilar(new Request(`http://test.local/api/similar-offerings?title=${encodeURIComponent(title)}`))).json()) as { items: { slug: string; path: string }[] }).items;

  it('names published offerings with a very similar title, and not unpublished or unlike ones', async () => {
    expect((await similar('Leernetwerk wijkaanpak Amsterdam Noord')).map((item) => item.slug)).toEqual(['wijkaanpak-amsterdam']);
    expect((await similar('Leernetwerk wijkaanpak Amsterdam Noord'))[0]!.path).toBe('/aanbod/wijkaanpak-amsterdam');
    expect(await similar('Kenniskring jeugdhulp Zeeland')).toEqual([]);
    expect(await similar('ab')).toEqual([]);
  });
});
