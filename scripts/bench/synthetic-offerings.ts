// A deterministic synthetic catalogue in the import format, for benchmarks: realistic Dutch titles
// and summaries built from the domain's vocabulary, spread over every theme, form and region.
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { DISCIPLINARITIES, LEARNING_LEVELS, PROVINCES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import type { OfferingRecordInput } from '@/lib/catalogue/offering-record';

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Leernetwerk', 'Community of practice', 'Leerkring', 'Werkplaats', 'Living lab', 'Intervisiegroep', 'Wijklab', 'Kenniskring', 'Leertraject', 'Masterclassreeks'];
const SUBJECTS = [
  'wijkaanpak', 'vroegsignalering', 'armoedebestrijding', 'schuldhulpverlening', 'buurtbudgetten', 'ondermijning',
  'drugscriminaliteit', 'statushouders', 'wijkverpleging', 'jeugdhulp', 'zelfredzaamheid', 'mantelzorg', 'eenzaamheid',
  'bewonersinitiatieven', 'leefbaarheid', 'veiligheid', 'sociale basis', 'integraal werken', 'gezondheidsbevordering',
  'arbeidsparticipatie', 'inclusie', 'polarisatie', 'woonoverlast', 'energiearmoede', 'buurtbemiddeling',
  'jongerenwerk', 'wijkteams', 'samenredzaamheid', 'dagbesteding', 'participatie',
];
const PLACES = [
  'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Apeldoorn', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaanstad', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht',
  'Zoetermeer', 'Emmen', 'Venlo', 'Deventer', 'Delft', 'Helmond', 'Heerlen', 'Leeuwarden', 'Lelystad', 'Vlaardingen',
];
const PHRASES = [
  'Professionals en bewoners leren samen', 'Beleidsmakers wisselen ervaringen uit', 'Wijkprofessionals werken aan',
  'Gemeenten en corporaties ontwikkelen', 'Actieve bewoners delen kennis over', 'Onderzoekers en praktijk verbeteren',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function some<T>(next: () => number, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * max);
  return [...new Set(Array.from({ length: count }, () => pick(next, list)))];
}

export function syntheticOfferings(count: number, seed = 42): OfferingRecordInput[] {
  const next = random(seed);
  const records: OfferingRecordInput[] = [];
  for (let index = 0; index < count; index++) {
    const subject = pick(next, SUBJECTS);
    const place = pick(next, PLACES);
    const kind = pick(next, KINDS);
    const scales = some(next, SCALES.slice(0, 3), 2);
    const start = new Date(Date.UTC(2024 + Math.floor(next() * 4), Math.floor(next() * 12), 1));
    const capacity = next() < 0.6 ? 8 + Math.floor(next() * 25) : undefined;
    records.push({
      slug: `synthetisch-${index}`,
      title: `${kind} ${subject} ${place} ${index}`,
      summary: `${pick(next, PHRASES)} ${subject} in ${place} en omgeving, met aandacht voor ${pick(next, SUBJECTS)}.`,
      description: `In dit ${kind.toLowerCase()} staat ${subject} centraal. Deelnemers uit ${place} werken aan ${pick(next, SUBJECTS)} en ${pick(next, SUBJECTS)}.`,
      provider: `Gemeente ${place}`,
      themes: some(next, THEME_IDS, 3),
      learningForm: pick(next, LEARNING_FORM_IDS),
      scales,
      provinces: scales.includes('national') ? [] : some(next, PROVINCES, 2),
      municipalities: scales.includes('local') ? [place] : [],
      targetGroups: some(next, TARGET_GROUPS, 3),
      levels: some(next, LEARNING_LEVELS, 2),
      disciplinarity: pick(next, DISCIPLINARITIES),
      openToJoin: next() < 0.7,
      capacity,
      participants: capacity ? Math.floor(next() * capacity) : undefined,
      startDate: start.toISOString().slice(0, 10),
      cadence: 'Elke zes weken',
    });
  }
  return records;
}
