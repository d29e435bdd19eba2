// Full-text matching and ranking in the process, exactly as PostgreSQL does it for the catalogue
// (decision 0130): a tsquery as PostgreSQL prints it, read back into a tree of AND/OR over lexemes,
// and ts_rank_cd (cover density, default weights, no normalisation) computed over a document's
// positions the way src/backend/utils/adt/tsrank.c does, to the same float4. Pure; the search index
// (`catalogue-index.server.ts`) supplies the positions, and a test compares both with PostgreSQL.

/** A tsquery of AND/OR over operands; `operand` indexes `TextQuery.operands`. */
export type QueryNode = { operand: number } | { op: '&' | '|'; left: QueryNode; right: QueryNode };

export interface TextQuery {
  /** The lexeme of each operand, in the order they appear (a lexeme may appear more than once). */
  operands: string[];
  /** Null for an empty query (only stop words): it matches nothing. */
  root: QueryNode | null;
}

/**
 * Reads the text of a tsquery as PostgreSQL prints it (`'wijk' & ( 'zorg' | 'zorgg' )`). Gives
 * undefined for anything other than AND, OR, parentheses and plain lexemes (negation, phrases,
 * weights, prefixes), which the caller then leaves to PostgreSQL.
 */
export function parseTsquery(text: string): TextQuery | undefined {
  const tokens: string[] = [];
  const operands: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ') {
      i++;
    } else if (char === '&' || char === '|' || char === '(' || char === ')') {
      tokens.push(char);
      i++;
    } else if (char === "'") {
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) return undefined;
        const c = text[i]!;
        if ((c === "'" || c === '\\') && text[i + 1] === c) {
          lexeme += c;
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          lexeme += c;
          i++;
        }
      }
      if (text[i] === ':') return undefined;
      tokens.push(`'${operands.length}`);
      operands.push(lexeme);
    } else {
      return undefined;
    }
  }
  if (tokens.length === 0) return { operands, root: null };
  let at = 0;
  const parseOr = (): QueryNode | undefined => {
    let left = parseAnd();
    while (left && tokens[at] === '|') {
      at++;
      const right = parseAnd();
      if (!right) return undefined;
      left = { op: '|', left, right };
    }
    return left;
  };
  const parseAnd = (): QueryNode | undefined => {
    let left = parseFactor();
    while (left && tokens[at] === '&') {
      at++;
      const right = parseFactor();
      if (!right) return undefined;
      left = { op: '&', left, right };
    }
    return left;
  };
  const parseFactor = (): QueryNode | undefined => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = parseOr();
      if (tokens[at++] !== ')') return undefined;
      return inner;
    }
    if (token?.startsWith("'")) return { operand: Number(token.slice(1)) };
    return undefined;
  };
  const root = parseOr();
  if (!root || at !== tokens.length) return undefined;
  return { operands, root };
}

/** Whether the query holds when `exists[operand]` says which operands are present. */
export function evaluate(node: QueryNode, exists: ArrayLike<number | boolean>): boolean {
  if ('operand' in node) return Boolean(exists[node.operand]);
  return node.op === '&' ? evaluate(node.left, exists) && evaluate(node.right, exists) : evaluate(node.left, exists) || evaluate(node.right, exists);
}

// A position as tsvector stores it (WordEntryPos): the weight in the top two bits (A=3 … D=0).
export const POSITION_BITS = 14;
export const packPosition = (position: number, weight: number) => (weight << POSITION_BITS) | position;
const positionOf = (packed: number) => packed & ((1 << POSITION_BITS) - 1);
const weightOf = (packed: number) => packed >> POSITION_BITS;

/** 1 / weight for D, C, B, A: PostgreSQL's default weights {0.1, 0.2, 0.4, 1.0} as float4, widened. */
const INVERSE_WEIGHTS = [0.1, 0.2, 0.4, 1.0].map((weight) => 1.0 / Math.fround(weight));

/** One lexeme of the query that the document holds: its packed positions and the query operands it is. */
export interface DocumentLexeme {
  /** The lexeme's place in the tsvector's order (ties between lexemes at one position sort by it). */
  order: number;
  positions: ArrayLike<number>;
  operands: readonly number[];
}

/**
 * ts_rank_cd(document, query) with the default weights and normalisation 0, as float4: the sum over
 * the covers (shortest stretches of the document that satisfy the query) of their density.
 */
export function coverDensityRank(root: QueryNode, operandCount: number, lexemes: readonly DocumentLexeme[]): number {
  if (lexemes.length === 1) {
    // One query lexeme in the document (a single search word, the broadest case): when it alone
    // satisfies the query, every position is a cover of its own (density: its weight); else none is.
    const only = lexemes[0]!;
    const exists = new Uint8Array(operandCount);
    for (const operand of only.operands) exists[operand] = 1;
    if (!evaluate(root, exists)) return 0;
    let wdoc = 0.0;
    for (let i = 0; i < only.positions.length; i++) wdoc += 1 / INVERSE_WEIGHTS[weightOf(only.positions[i]!)]!;
    return Math.fround(wdoc);
  }
  // get_docrep: every position of every query lexeme, in order of position, weight and lexeme.
  const entries: { packed: number; order: number; operands: readonly number[] }[] = [];
  for (const lexeme of lexemes) {
    for (let i = 0; i < lexeme.positions.length; i++) entries.push({ packed: lexeme.positions[i]!, order: lexeme.order, operands: lexeme.operands });
  }
  if (entries.length === 0) return 0;
  entries.sort((a, b) => positionOf(a.packed) - positionOf(b.packed) || weightOf(a.packed) - weightOf(b.packed) || a.order - b.order);
  const length = entries.length;
  const exists = new Uint8Array(operandCount);
  const mark = (index: number) => {
    for (const operand of entries[index]!.operands) exists[operand] = 1;
  };

  let wdoc = 0.0;
  let extPos = 0;
  for (;;) {
    // Cover(): from extPos, the first entry at which the query holds is the cover's end; from there
    // back down, the first entry at which it holds again is its beginning.
    let begin = -1;
    let end = -1;
    let p = Number.MAX_SAFE_INTEGER;
    let q = 0;
    let found = false;
    for (;;) {
      let lastpos = extPos;
      found = false;
      p = Number.MAX_SAFE_INTEGER;
      q = 0;
      exists.fill(0);
      for (let i = extPos; i < length; i++) {
        mark(i);
        if (evaluate(root, exists)) {
          if (positionOf(entries[i]!.packed) > q) {
            q = positionOf(entries[i]!.packed);
            end = i;
            lastpos = i;
            found = true;
          }
          break;
        }
      }
      if (!found) break;
      exists.fill(0);
      let i = lastpos;
      for (; i >= extPos; i--) {
        mark(i);
        if (evaluate(root, exists)) {
          if (positionOf(entries[i]!.packed) < p) {
            begin = i;
            p = positionOf(entries[i]!.packed);
          }
          break;
        }
      }
      if (p <= q) {
        extPos = i + 1;
        break;
      }
      extPos++;
    }
    if (!found) break;
    let inverseSum = 0.0;
    for (let i = begin; i <= end; i++) inverseSum += INVERSE_WEIGHTS[weightOf(entries[i]!.packed)]!;
    const cpos = (end - begin + 1) / inverseSum;
    let noise = q - p - (end - begin);
    if (noise < 0) noise = Math.trunc((end - begin) / 2);
    wdoc += cpos / (1 + noise);
  }
  return Math.fround(wdoc);
}

/** Reads the text of a tsvector (`'wijk':1A,5 'zorg':3B`) into lexemes and packed positions. */
export function parseTsvector(text: string): { lexeme: string; positions: number[] }[] {
  const result: { lexeme: string; positions: number[] }[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new Error(`unexpected tsvector text at ${i}`);
    i++;
    let lexeme = '';
    for (;;) {
      const c = text[i]!;
      if ((c === "'" || c === '\\') && text[i + 1] === c) {
        lexeme += c;
        i += 2;
      } else if (c === "'") {
        i++;
        break;
      } else {
        lexeme += c;
        i++;
      }
    }
    const positions: number[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let number = 0;
        while (i < text.length && text[i]! >= '0' && text[i]! <= '9') number = number * 10 + (text.charCodeAt(i++) - 48);
        let weight = 0;
        const letter = text[i];
        if (letter === 'A') weight = 3;
        else if (letter === 'B') weight = 2;
        else if (letter === 'C') weight = 1;
        else if (letter === 'D') weight = 0;
        if (letter === 'A' || letter === 'B' || letter === 'C' || letter === 'D') i++;
        positions.push(packPosition(number, weight));
        if (text[i] === ',') i++;
        else break;
      }
    }
    result.push({ lexeme, positions });
  }
  return result;
}

/** PostgreSQL's order of lexemes in a tsvector: bytes compared, then the shorter first. */
export function compareLexemes(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  const common = Math.min(x.length, y.length);
  const byBytes = x.subarray(0, common).compare(y.subarray(0, common));
  return byBytes !== 0 ? byBytes : x.length - y.length;
}
