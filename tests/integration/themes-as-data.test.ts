// The learning agenda's themes are data the coordination team edits: a theme added through the
// data-access function is at once in GET /api/themes, the catalogue's filter options and query,
// accepted by the learning question and used by matchmaking; retiring it takes it out of all that
// offering while offerings and questions that have it keep it with its name. Real PostgreSQL.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getThemes } from '@/app/api/themes/route';
import { POST as postMatch } from '@/app/api/match/route';
import { browseCatalogue } from '@/lib/catalogue/browse-catalogue';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { questionFormOptions } from '@/lib/matchmaking/question-form-options';
import { suggestAgendaThemes } from '@/lib/matchmaking/match-question';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';
import { loadThemes } from '@/lib/themes/load-themes';
import { addTheme, changeTheme, setThemeRetired } from '@/lib/themes/manage-themes';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { createTestMember } from '../support/inbox-factory';
import { offeringRecord } from '../support/offering-factory';

const original = process.env.DATABASE_URL;
let prisma: Db;
let memberId: string;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}-${Date.now()}`;

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
  memberId = (await createTestMember(prisma)).id;
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

const suffix = Date.now().toString(36);
const ID = `eenzaamheid-in-de-wijk-${suffix}`;
const newTheme = {
  id: ID,
  nameNl: 'Eenzaamheid in de wijk',
  nameEn: 'Loneliness in the neighbourhood',
  descriptionNl: 'Hoe bewoners, vrijwilligers en professionals samen eenzaamheid onder buurtbewoners opmerken en doorbreken.',
  descriptionEn: 'How residents, volunteers and professionals notice and break loneliness among neighbours together.',
  domain: 'social-domain',
  relatedThemeIds: ['social-base'],
  isGapTheme: true,
  gapReasonNl: 'Veel gemeenten vragen ernaar, maar er is nog nauwelijks leeraanbod over.',
  gapReasonEn: '',
};

const question = (themes: string[]) => ({
  question: 'Hoe pakken we eenzaamheid onder ouderen in onze wijk samen aan?',
  themes,
  targetGroups: ['professionals'],
  scale: 'national',
  contactName: 'Łukasz Nguyễn',
  contactEmail: 'lukasz@example.nl',
  consentContact: true,
});

function match(body: unknown) {
  return postMatch(
    new Request('http://localhost/api/match', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: freshIp() },
      body: JSON.stringify(body),
    }),
  );
}

async function apiThemeIds(): Promise<string[]> {
  const body = (await (await getThemes()).json()) as { items: { id: string }[] };
  return body.items.map((item) => item.id);
}

describe('themes of the learning agenda as data', () => {
  it('refuses a gap theme without its reason and a related theme that does not exist', async () => {
    const noReason = await addTheme(prisma, memberId, { ...newTheme, id: `${ID}-x`, gapReasonNl: '' });
    expect(noReason.kind).toBe('invalid');
    if (noReason.kind === 'invalid') expect(noReason.error.issues[0]?.path).toEqual(['gapReasonNl']);
    const unknownRelated = await addTheme(prisma, memberId, { ...newTheme, id: `${ID}-y`, relatedThemeIds: ['no-such-theme'] });
    expect(unknownRelated.kind).toBe('invalid');
    expect(await prisma.theme.count({ where: { id: { in: [`${ID}-x`, `${ID}-y`] } } })).toBe(0);
  });

  it('a new theme is at once in the API, the filters, the question form and schema, and matchmaking', async () => {
    expect(await apiThemeIds()).not.toContain(ID);
    // An offering cannot carry a theme the agenda does not have.
    const { records } = validateOfferingRecords([offeringRecord({ slug: `eenzaam-${suffix}`, themes: [ID], title: 'Leerkring eenzaamheid in de wijk', summary: 'Buurtwerkers en bewoners leren samen eenzaamheid onder ouderen doorbreken.' })]);
    await expect(writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' })).rejects.toThrow(/unknown theme/);

    expect(await addTheme(prisma, memberId, newTheme)).toEqual({ kind: 'ok', id: ID });
    expect(await addTheme(prisma, memberId, newTheme)).toEqual({ kind: 'taken' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { itemType: 'theme', itemId: ID, action: 'theme.added' } });
    expect(audit.actorId).toBe(memberId);

    // GET /api/themes
    const api = (await (await getThemes()).json()) as { items: { id: string; nameNl: string; isGapTheme: boolean; gapReasonNl: string | null }[] };
    expect(api.items.find((item) => item.id === ID)).toMatchObject({ nameNl: 'Eenzaamheid in de wijk', isGapTheme: true, gapReasonNl: newTheme.gapReasonNl });

    // The catalogue: an offering with the theme, found through the theme filter, with its count.
    await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
    const themes = await loadThemes(prisma);
    expect(themeOptions(themes, 'nl').map((option) => option.value)).toContain(ID);
    const view = await browseCatalogue(prisma, { theme: ID }, themes);
    expect(view.ignored).toEqual([]);
    expect(view.result.items.map((item) => item.slug)).toEqual([`eenzaam-${suffix}`]);
    expect(view.result.facets.theme[ID]).toBe(1);

    // The learning question form offers it (in its group) and the question is accepted with it.
    const options = questionFormOptions('nl', (key) => key, (key) => key, themes);
    expect(options.themes.map((option) => option.value)).toContain(ID);
    expect(options.themeGroups.find((group) => group.id === 'gap')?.options.map((option) => option.value)).toContain(ID);
    const asked = await submitLearningQuestion(prisma, question([ID]), { ip: freshIp(), locale: 'nl' });
    expect(asked.kind).toBe('ok');
    if (asked.kind !== 'ok') return;
    const stored = await prisma.learningQuestion.findUniqueOrThrow({ where: { id: asked.value.id }, include: { matchResults: { include: { offering: true } } } });
    expect(stored.themes).toEqual([ID]);
    expect(stored.matchResults.map((row) => row.offering.slug)).toContain(`eenzaam-${suffix}`);

    // Matchmaking: suggested from the question's words, assumed by POST /api/match, named in the reasons.
    expect(suggestAgendaThemes(themes, 'Hoe doorbreken we eenzaamheid onder ouderen?')).toContain(ID);
    const answer = (await (await match({ question: 'Hoe doorbreken we eenzaamheid onder ouderen?', targetGroups: ['professionals'], scale: 'national' })).json()) as {
      assumedThemes: string[];
      matches: { slug: string; checks: { reason: string }[] }[];
    };
    expect(answer.assumedThemes).toContain(ID);
    const found = answer.matches.find((item) => item.slug === `eenzaam-${suffix}`);
    expect(found?.checks[0]?.reason).toMatch(/Eenzaamheid in de wijk/);
  });

  it('a renamed theme shows its new name at once; a stale save is refused', async () => {
    const before = await prisma.theme.findUniqueOrThrow({ where: { id: ID } });
    const renamed = await changeTheme(prisma, memberId, ID, before.updatedAt.toISOString(), { ...newTheme, nameNl: 'Eenzaamheid doorbreken in de wijk' });
    expect(renamed.kind).toBe('ok');
    expect((await loadThemes(prisma)).name(ID, 'nl')).toBe('Eenzaamheid doorbreken in de wijk');
    const stale = await changeTheme(prisma, memberId, ID, before.updatedAt.toISOString(), { ...newTheme, nameNl: 'Oude stand' });
    expect(stale.kind).toBe('conflict');
    const unmarked = await prisma.theme.findUniqueOrThrow({ where: { id: ID } });
    expect((await changeTheme(prisma, memberId, ID, unmarked.updatedAt.toISOString(), { ...newTheme, nameNl: 'Eenzaamheid doorbreken in de wijk', isGapTheme: false })).kind).toBe('ok');
    expect(await prisma.theme.findUniqueOrThrow({ where: { id: ID } })).toMatchObject({ isGapTheme: false, gapReasonNl: null });
    expect(await prisma.auditEvent.count({ where: { itemType: 'theme', itemId: ID, action: { in: ['theme.changed', 'theme.unmarked-gap'] } } })).toBe(2);
  });

  it('a retired theme is no longer offered, but stays on the offering and the question with its name', async () => {
    const current = await prisma.theme.findUniqueOrThrow({ where: { id: ID } });
    expect((await setThemeRetired(prisma, memberId, ID, current.updatedAt.toISOString(), true)).kind).toBe('ok');
    const themes = await loadThemes(prisma);
    expect(await apiThemeIds()).not.toContain(ID);
    expect(themeOptions(themes, 'nl').map((option) => option.value)).not.toContain(ID);
    expect(themeOptions(themes, 'nl', [ID]).map((option) => option.value)).toContain(ID);
    expect(questionFormOptions('nl', (key) => key, (key) => key, themes).themes.map((option) => option.value)).not.toContain(ID);
    expect(suggestAgendaThemes(themes, 'Hoe doorbreken we eenzaamheid onder ouderen?')).not.toContain(ID);
    const refused = await submitLearningQuestion(prisma, question([ID]), { ip: freshIp(), locale: 'nl' });
    expect(refused.kind).toBe('invalid');
    if (refused.kind === 'invalid') expect(refused.error.issues[0]?.path).toEqual(['themes', 0]);
    expect((await match({ ...question([ID]) })).status).toBe(400);
    // Kept where it was, with its name.
    const offering = await prisma.offering.findUniqueOrThrow({ where: { slug: `eenzaam-${suffix}` } });
    expect(offering.themes).toEqual([ID]);
    expect(themes.name(ID, 'en')).toBe('Loneliness in the neighbourhood');
    expect((await browseCatalogue(prisma, { theme: ID }, themes)).result.total).toBe(1);
    expect(await prisma.auditEvent.count({ where: { itemType: 'theme', itemId: ID, action: 'theme.retired' } })).toBe(1);

    const retired = await prisma.theme.findUniqueOrThrow({ where: { id: ID } });
    expect((await setThemeRetired(prisma, memberId, ID, retired.updatedAt.toISOString(), false)).kind).toBe('ok');
    expect(await apiThemeIds()).toContain(ID);
  });

  it('an unknown theme is refused by the learning question and left out of the catalogue page', async () => {
    const refused = await submitLearningQuestion(prisma, question(['no-such-theme']), { ip: freshIp(), locale: 'nl' });
    expect(refused.kind).toBe('invalid');
    const view = await browseCatalogue(prisma, { theme: 'no-such-theme' }, await loadThemes(prisma));
    expect(view.ignored).toEqual(['theme']);
  });
});
