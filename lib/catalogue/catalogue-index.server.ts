// The catalogue's search index in memory (decision 0130): every published offering's full-text
// positions, filter values and place in the "newest" order, loaded from PostgreSQL, which stays the
// source of truth. A search compares the index with the catalogue's version (a number a trigger on
// offerings raises with every committed change, so imports, team edits and other app instances are
// all seen) and answers from PostgreSQL while the index is stale or being rebuilt. It gives exactly
// what the SQL statement gives: the same matches, ts_rank_cd to the same float4, the same order,
// total and facet counts (tests/integration/catalogue-index.test.ts compares both).
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OfferingQuery } from '@/lib/catalogue/offering-query';
import { FILTER_NAMES, FILTER_PARAMS, filterSql, OFFERING_FILTERS, SINGLE_FILTER_NAMES, type OfferingFilterParam } from '@/lib/catalogue/offering-filters';
import { compareLexemes, coverDensityRank, parseTsquery, parseTsvector, type DocumentLexeme, type QueryNode, type TextQuery } from '@/lib/catalogue/text-query';

export interface Posting {
  /** The lexeme's place in PostgreSQL's lexeme order. */
  order: number;
  /** Documents holding the lexeme, ascending. */
  docs: Int32Array;
  /** positions[offsets[k] .. offsets[k + 1]) are the packed positions in docs[k]. */
  offsets: Int32Array;
  positions: Uint16Array;
}

interface FacetColumn {
  /** The distinct values; a document holds codes into this list. */
  values: string[];
  /** codes[offsets[d] .. offsets[d + 1]) are document d's values (a list keeps duplicates, as unnest does). */
  offsets: Int32Array;
  codes: Uint16Array;
  /** Per value, the documents that hold it, ascending. */
  docsByValue: Int32Array[];
}

/** What matchmaking needs of an offering beyond its filter values (lib/matchmaking). */
export interface OfferingDetails {
  slug: string;
  title: string;
  municipalities: string[];
  capacity: number | null;
  participants: number | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  cadence: string | null;
  /** The stored flag, before the catalogue's `open` filter leaves out what still needs checking. */
  openToJoin: boolean;
  /** A seeded example network nobody has checked yet (decision 0121). */
  needsVerification: boolean;
  /** When the team last checked the offering's facts (ISO), if ever. */
  lastVerifiedAt: string | null;
}

export interface CatalogueIndex {
  version: string;
  details: OfferingDetails[];
  /** Documents are numbered in the "newest" order: published_at DESC NULLS LAST, id. */
  ids: string[];
  /** Days since 1970-01-01 of the start date; NaN without one. */
  startDays: Float64Array;
  facets: Record<OfferingFilterParam, FacetColumn>;
  postings: Map<string, Posting>;
}

interface IndexRow extends OfferingDetails {
  id: string;
  search: string | null;
  start_day: number | null;
  [param: string]: unknown;
}

/** The published offerings as the index needs them, newest first; filter values by the registry's SQL. */
function loadSql(): string {
  const columns = FILTER_PARAMS.map((param) =>
    OFFERING_FILTERS[param].multi ? `${filterSql(param, 'o')} AS "${param}"` : `(${filterSql(param, 'o')})::text AS "${param}"`,
  ).join(', ');
  return `SELECT o.id::text AS id, o.search::text AS search, (o.start_date - DATE '1970-01-01') AS start_day, ${columns},
                 o.slug, o.title, o.municipalities, o.capacity, o.participants, to_char(o.start_date, 'YYYY-MM-DD') AS "startDate",
                 to_char(o.end_date, 'YYYY-MM-DD') AS "endDate", o.cadence, o.open_to_join AS "openToJoin",
                 o.needs_verification AS "needsVerification", o.last_verified_at AS "lastVerifiedAt"
            FROM offerings o
           WHERE o.status = 'published'
           ORDER BY o.published_at DESC NULLS LAST, o.id`;
}

export function buildCatalogueIndex(version: string, rows: readonly IndexRow[]): CatalogueIndex {
  const count = rows.length;
  const ids = rows.map((row) => row.id);
  const startDays = Float64Array.from(rows, (row) => (row.start_day === null ? NaN : Number(row.start_day)));

  const facets = {} as Record<OfferingFilterParam, FacetColumn>;
  for (const param of FILTER_PARAMS) {
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    const offsets = new Int32Array(count + 1);
    const codes: number[] = [];
    rows.forEach((row, doc) => {
      offsets[doc] = codes.length;
      const raw = row[param];
      const list = Array.isArray(raw) ? (raw as (string | null)[]) : [raw as string | null];
      for (const value of list) {
        if (value === null || value === undefined) continue;
        let code = codeOf.get(value);
        if (code === undefined) {
          code = values.length;
          values.push(value);
          codeOf.set(value, code);
        }
        codes.push(code);
      }
    });
    offsets[count] = codes.length;
    const byValue: number[][] = values.map(() => []);
    for (let doc = 0; doc < count; doc++) {
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) {
        const list = byValue[codes[k]!]!;
        if (list.at(-1) !== doc) list.push(doc);
      }
    }
    facets[param] = { values, offsets, codes: Uint16Array.from(codes), docsByValue: byValue.map((list) => Int32Array.from(list)) };
  }

  // The inverted index, built in document order so every posting list is ascending.
  const building = new Map<string, { docs: number[]; offsets: number[]; positions: number[] }>();
  rows.forEach((row, doc) => {
    for (const { lexeme, positions } of parseTsvector(row.search ?? '')) {
      let list = building.get(lexeme);
      if (!list) building.set(lexeme, (list = { docs: [], offsets: [], positions: [] }));
      list.docs.push(doc);
      list.offsets.push(list.positions.length);
      for (const position of positions) list.positions.push(position);
    }
  });
  const lexemes = [...building.keys()].sort(compareLexemes);
  const postings = new Map<string, Posting>();
  lexemes.forEach((lexeme, order) => {
    const list = building.get(lexeme)!;
    list.offsets.push(list.positions.length);
    postings.set(lexeme, { order, docs: Int32Array.from(list.docs), offsets: Int32Array.from(list.offsets), positions: Uint16Array.from(list.positions) });
  });
  const details = rows.map(({ slug, title, municipalities, capacity, participants, startDate, endDate, cadence, openToJoin, needsVerification, lastVerifiedAt }) => ({
    slug,
    title,
    municipalities,
    capacity,
    participants,
    startDate,
    endDate,
    cadence,
    openToJoin,
    needsVerification,
    lastVerifiedAt: lastVerifiedAt === null || lastVerifiedAt === undefined ? null : new Date(lastVerifiedAt).toISOString(),
  }));
  return { version, details, ids, startDays, facets, postings };
}

// One index per database client (the app has one; tests and benchmarks make several).
interface IndexState {
  index?: CatalogueIndex;
  building?: Promise<void>;
}
const states = new WeakMap<Db, IndexState>();

async function readVersion(prisma: Db): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ version: string }[]>(`SELECT version::text AS version FROM catalogue_version WHERE id = 1`);
  return row!.version;
}

/**
 * Loads the index. The version is read before and after the rows: when both agree, no change was
 * committed in between, so the rows (one statement, one snapshot) are exactly that version.
 */
async function loadIndex(prisma: Db): Promise<CatalogueIndex> {
  for (let attempt = 0; ; attempt++) {
    const before = await readVersion(prisma);
    const rows = await prisma.$queryRawUnsafe<IndexRow[]>(loadSql());
    const after = await readVersion(prisma);
    if (before === after || attempt >= 4) return buildCatalogueIndex(before === after ? after : 'stale', rows);
  }
}

function startBuilding(prisma: Db, state: IndexState): Promise<void> {
  state.building ??= loadIndex(prisma)
    .then((index) => {
      state.index = index;
    })
    .catch((error: unknown) => {
      console.warn('catalogue index: rebuild failed, searching in PostgreSQL meanwhile:', error instanceof Error ? error.message : error);
    })
    .finally(() => {
      state.building = undefined;
    });
  return state.building;
}

/** Builds the index (at start, in tests and benchmarks) and waits until it matches the catalogue. */
export async function warmCatalogueIndex(prisma: Db): Promise<void> {
  let state = states.get(prisma);
  if (!state) states.set(prisma, (state = {}));
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = await readVersion(prisma);
    if (state.index?.version === version) return;
    await (state.building ?? startBuilding(prisma, state));
  }
}

/** The index once it matches the catalogue's current version (waiting for a rebuild if need be). */
export async function freshCatalogueIndex(prisma: Db): Promise<CatalogueIndex> {
  await warmCatalogueIndex(prisma);
  const index = states.get(prisma)?.index;
  if (!index) throw new Error('the catalogue index could not be built');
  return index;
}

/** A document's values of a filter, in the column's order (a list keeps its duplicates). */
export function filterValues(index: CatalogueIndex, param: OfferingFilterParam, doc: number): string[] {
  const column = index.facets[param];
  const values: string[] = [];
  for (let k = column.offsets[doc]!; k < column.offsets[doc + 1]!; k++) values.push(column.values[column.codes[k]!]!);
  return values;
}

export interface IndexedSearch {
  /** The ids of the page, in order. */
  pageIds: string[];
  total: number;
  facets: Record<OfferingFilterParam, Record<string, number>>;
}

/**
 * The index for a search, if it matches the catalogue's current version, with the search's text
 * query read back from PostgreSQL (its parser and Dutch stemmer) and today's date (the database's).
 * Without a current index this starts a rebuild and gives undefined: the caller searches in SQL.
 */
export async function currentIndex(prisma: Db, tsquery: string | undefined): Promise<{ index: CatalogueIndex; text: TextQuery | undefined; today: number } | undefined> {
  let state = states.get(prisma);
  if (!state) states.set(prisma, (state = {}));
  const [row] = await prisma.$queryRawUnsafe<{ version: string; today: number; tsquery: string | null }[]>(
    `SELECT version::text AS version, (CURRENT_DATE - DATE '1970-01-01') AS today, to_tsquery('dutch', $1::text)::text AS tsquery
       FROM catalogue_version WHERE id = 1`,
    tsquery ?? null,
  );
  if (state.index?.version !== row!.version) {
    void startBuilding(prisma, state);
    return undefined;
  }
  let text: TextQuery | undefined;
  if (tsquery !== undefined) {
    text = parseTsquery(row!.tsquery ?? '');
    if (!text) return undefined;
  }
  return { index: state.index, text, today: Number(row!.today) };
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

const EMPTY: Int32Array = new Int32Array(0);

/** The documents for which `search @@ query` holds. */
function matchText(index: CatalogueIndex, text: TextQuery, node: QueryNode): Int32Array {
  if ('operand' in node) return index.postings.get(text.operands[node.operand]!)?.docs ?? EMPTY;
  const left = matchText(index, text, node.left);
  const right = matchText(index, text, node.right);
  return node.op === '&' ? intersect(left, right) : union(left, right);
}

export function searchIndex(index: CatalogueIndex, query: OfferingQuery, text: TextQuery | undefined, today: number): IndexedSearch {
  const count = index.ids.length;
  // The filters chosen: per filter the documents holding any of its chosen values (OR within a
  // filter), intersected with each other and with the text's matches (AND between them).
  let matchedDocs: Int32Array | undefined = text === undefined ? undefined : text.root ? matchText(index, text, text.root) : EMPTY;
  for (const param of [...FILTER_NAMES, ...SINGLE_FILTER_NAMES] as OfferingFilterParam[]) {
    const value = query[param as keyof OfferingQuery];
    const chosen = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    if (chosen.length === 0) continue;
    const column = index.facets[param];
    let docs: Int32Array = EMPTY;
    column.values.forEach((v, code) => {
      if (chosen.includes(v)) docs = union(docs, column.docsByValue[code]!);
    });
    matchedDocs = matchedDocs === undefined ? docs : intersect(matchedDocs, docs);
  }
  const total = matchedDocs === undefined ? count : matchedDocs.length;
  const docAt = matchedDocs === undefined ? (i: number) => i : (i: number) => matchedDocs[i]!;

  const counts = FILTER_PARAMS.map((param) => new Int32Array(index.facets[param].values.length));
  const columns = FILTER_PARAMS.map((param) => index.facets[param]);
  const matched = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const doc = docAt(i);
    matched[i] = doc;
    for (let f = 0; f < columns.length; f++) {
      const column = columns[f]!;
      const tally = counts[f]!;
      for (let k = column.offsets[doc]!; k < column.offsets[doc + 1]!; k++) tally[column.codes[k]!]!++;
    }
  }

  const sort = query.sort ?? (text ? 'relevance' : 'newest');
  const start = (query.page - 1) * query.pageSize;
  let ordered: ArrayLike<number> & { slice(start: number, end: number): ArrayLike<number> } = matched; // documents are numbered newest first
  if (sort === 'relevance' && text?.root) {
    const ranks = rankDocuments(index, text, matched);
    const order = Int32Array.from(matched.keys());
    order.sort((a, b) => ranks[b]! - ranks[a]! || matched[a]! - matched[b]!);
    ordered = order.map((i) => matched[i]!);
  } else if (sort === 'starting-soon') {
    const key = (doc: number) => {
      const day = index.startDays[doc]!;
      return day >= today ? day : Infinity;
    };
    ordered = [...matched].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x === y ? a - b : x < y ? -1 : 1;
    });
  }

  const facets = {} as Record<OfferingFilterParam, Record<string, number>>;
  FILTER_PARAMS.forEach((param, f) => {
    const entries: [string, number][] = [];
    counts[f]!.forEach((n, code) => {
      if (n > 0) entries.push([columns[f]!.values[code]!, n]);
    });
    facets[param] = Object.fromEntries(entries);
  });
  return { pageIds: Array.from(ordered.slice(start, start + query.pageSize), (doc) => index.ids[doc]!), total, facets };
}

/** ts_rank_cd of each matched document (ascending), walking the query lexemes' posting lists alongside. */
function rankDocuments(index: CatalogueIndex, text: TextQuery, matched: ArrayLike<number>): Float64Array {
  const byLexeme = new Map<string, number[]>();
  text.operands.forEach((lexeme, operand) => byLexeme.set(lexeme, [...(byLexeme.get(lexeme) ?? []), operand]));
  const lists = [...byLexeme].flatMap(([lexeme, operands]) => {
    const posting = index.postings.get(lexeme);
    return posting ? [{ posting, operands, cursor: 0 }] : [];
  });
  const ranks = new Float64Array(matched.length);
  const present: DocumentLexeme[] = [];
  for (let i = 0; i < matched.length; i++) {
    const doc = matched[i]!;
    present.length = 0;
    for (const list of lists) {
      const { docs, offsets, positions, order } = list.posting;
      while (list.cursor < docs.length && docs[list.cursor]! < doc) list.cursor++;
      if (docs[list.cursor] === doc) present.push({ order, operands: list.operands, positions: positions.subarray(offsets[list.cursor]!, offsets[list.cursor + 1]!) });
    }
    ranks[i] = coverDensityRank(text.root!, text.operands.length, present);
  }
  return ranks;
}

/** ts_rank_cd of the given offerings (by id) as the index computes it; for comparing with PostgreSQL. */
export function rankOf(index: CatalogueIndex, text: TextQuery, ids: readonly string[]): number[] {
  const docs = ids.map((id) => index.ids.indexOf(id));
  const ascending = [...docs].sort((a, b) => a - b);
  const ranks = rankDocuments(index, text, ascending);
  return docs.map((doc) => ranks[ascending.indexOf(doc)]!);
}
