import type { DeidDictionaries } from '../dictionaries';
import type { PhiType } from '../deid.types';
import type { Token } from '../text-tokens';

/** What every detector sees: the note, its tokens (computed once) and the dictionaries. */
export interface DetectInput {
  text: string;
  tokens: readonly Token[];
  dictionaries: DeidDictionaries;
  /** `dictionaries.wordFlags` of token i, looked up once per note and shared by the detectors. */
  flagsAt?: (i: number) => number;
}

/**
 * The shared per-token flag look-up of an input, or a direct one when the caller gave none.
 *
 * @example
 *   const flagsAt = tokenFlags(input); flagsAt(0) & 1 // first token is a census first name
 */
export function tokenFlags(input: DetectInput): (i: number) => number {
  return input.flagsAt ?? ((i) => input.dictionaries.wordFlags.get(input.tokens[i]!.key) ?? 0);
}

/** A candidate span; higher priority wins when candidates overlap. */
export interface Candidate {
  start: number;
  end: number;
  type: PhiType;
  priority: number;
}

export type Detector = (input: DetectInput) => Candidate[];

/** Priorities: precise, validated patterns first; dictionary guesses last. */
export const PRIORITY = { exact: 90, labeled: 80, date: 70, address: 60, facility: 50, name: 40, location: 35, loose: 10 } as const;

/**
 * Where a zero-width global pattern (a lookahead) holds, in order: the candidate start positions
 * for `matchesAt`.
 *
 * @example
 *   startsOf(/\b(?=mrn|fin)/gi, 'MRN 1, FIN 2') // [0, 7]
 */
export function startsOf(lookahead: RegExp, text: string): number[] {
  const out: number[] = [];
  lookahead.lastIndex = 0;
  for (let m = lookahead.exec(text); m; m = lookahead.exec(text)) {
    out.push(m.index);
    lookahead.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Where each line starts, and (pass 20) where text starts after any of `after`'s characters, past
 * blanks: the candidate start positions of sticky patterns that read rows, cells and fields, in order.
 *
 * @example
 *   rowStarts('a\n  b: c', ':') // [0, 4, 7]
 */
export function rowStarts(text: string, after = ''): number[] {
  let breaks = ROW_BREAKS.get(after);
  if (!breaks) ROW_BREAKS.set(after, (breaks = new RegExp(`[\\n${after.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')));
  const out: number[] = [];
  const skip = (p: number) => {
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p += 1;
    return p;
  };
  out.push(skip(0));
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const p = skip(m.index + 1);
    if (p > out[out.length - 1]!) out.push(p);
  }
  return out;
}
const ROW_BREAKS = new Map<string, RegExp>();

/**
 * The same alternatives (of a case-insensitive pattern) grouped by their first letter, for a
 * pattern that only asks whether any of them matches (a lookahead): `ab|ac|b` becomes
 * `a(?:b|c)|b(?:)`. The regex engine tries the alternatives one after another at every position;
 * grouped, it rules most of them out with one comparison. Alternatives that do not start with a
 * plain letter (a group, a class, a letter with a quantifier) are kept as they are.
 *
 * @example
 *   groupByFirstLetter(['mrn', 'mr#', 'fin', '(?:prior\\s*)?auth']) // 'm(?:rn|r#)|f(?:in)|(?:prior\\s*)?auth'
 */
export function groupByFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const alt of alternatives) {
    const first = alt[0]?.toLowerCase() ?? '';
    if (/^[a-z]$/.test(first) && !/^[?*+{]/.test(alt.slice(1))) groups.set(first, [...(groups.get(first) ?? []), alt.slice(1)]);
    else others.push(alt);
  }
  return [...[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`), ...others].join('|');
}

/**
 * The top-level alternatives of a pattern source: `a|(?:b|c)|[|]` gives `a`, `(?:b|c)`, `[|]`.
 *
 * @example
 *   topLevelAlternatives('mrn|mr\\s*(?:no|number)') // ['mrn', 'mr\\s*(?:no|number)']
 */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The matches that `text.matchAll(pattern)` finds, when every position where a match can start is
 * in `starts` (ascending) and `sticky` is the pattern with the `y` flag instead of `g`: tries the
 * pattern only there. Several patterns that begin the same way (a label, a month) then share one
 * scan of the note for their possible starts instead of each scanning all of it.
 *
 * @example
 *   matchesAt(/mrn:? (\d+)/iy, 'MRN 1, MRN 2', [0, 7]) // the matches at 0 and 7
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const at of starts) {
    if (at < after) continue; // inside the previous match, which a scan would have skipped
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      after = at + Math.max(1, m[0].length);
    }
  }
  return out;
}

/**
 * Trims trailing punctuation that patterns tend to swallow; returns the new end.
 *
 * @example
 *   trimEnd('MRN 123.', 4, 8) // 7
 */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:)\]}'"*]/.test(text[e - 1]!)) e -= 1;
  return e;
}

/**
 * The matches of a global pattern, the same as `[...text.matchAll(pattern)]`, without the copy of
 * the pattern that `matchAll` makes on every call: V8 builds the copy from the pattern's source,
 * which costs microseconds for the long patterns of the detectors (a street, a date with every
 * month spelling), on every note. Like `matchAll` it starts at `pattern.lastIndex` and leaves it
 * as it was.
 *
 * @example
 *   allMatches(/\d+/g, 'a 1 b 22').map((m) => m[0]) // ['1', '22']
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const out: RegExpExecArray[] = [];
  const from = pattern.lastIndex;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole surrogate pair in unicode mode), as matchAll does.
    if (m[0] === '') pattern.lastIndex = advanceIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = from;
  return out;
}

function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
