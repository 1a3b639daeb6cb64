// Word tokens with offsets and a coarse shape, shared by the dictionary-driven detectors.

export type TokenShape = 'cap' | 'upper' | 'lower' | 'num' | 'other';

export interface Token {
  text: string;
  /** Lower case, without a trailing possessive ('s). */
  key: string;
  start: number;
  end: number;
  shape: TokenShape;
}

// Letters with inner apostrophes (O'Brien, D'Angelo), or runs of digits:
// /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/u, read by the scanner in `tokenize`.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

// `lower` is `text.toLowerCase()`, which the caller needs for the key anyway (case mapping outside
// ASCII is a call into the runtime); the upper case is only needed when the word is not lower case.
function shapeOf(text: string, lower: string): TokenShape {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return 'num';
  if (text === lower) return 'lower';
  const upper = text.toUpperCase();
  if (text === upper) return text.length > 1 ? 'upper' : 'cap';
  if (text[0] === upper[0]) return 'cap';
  return 'other';
}

/** Length of the letter or combining mark at `i` (2 for a surrogate pair), 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_MARK.test(text[i]!) ? 1 : 0;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Splits text into word tokens.
 *
 * @example
 *   tokenize("Pt's daughter Mary") // [{ text: "Pt's", key: 'pt', ... }, { text: 'daughter' ... }, ...]
 */
export function tokenize(text: string): Token[] {
  // A hand-written scanner: the tokenizer runs over every character of every note, and the
  // Unicode-property regex it replaces cost several times more. ASCII words take a fast path for
  // their key and shape; any other word goes through the general (Unicode-aware) code.
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
      const t = text.slice(start, i);
      tokens.push({ text: t, key: t, start, end: i, shape: 'num' });
      continue;
    }
    let w = letterAt(text, i);
    if (w === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let ascii = true;
    let upper = 0;
    let lower = 0;
    let apostrophe = false;
    for (;;) {
      while (w > 0) {
        const ch = text.charCodeAt(i);
        if (ch >= 128) ascii = false;
        else if (ch <= 90) upper += 1;
        else lower += 1;
        i += w;
        w = i < n ? letterAt(text, i) : 0;
      }
      // An apostrophe continues the word only when a letter follows it.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (w = letterAt(text, i + 1)) > 0) {
        apostrophe = true;
        if (text.charCodeAt(i) >= 128) ascii = false;
        i += 1;
        continue;
      }
      break;
    }
    const t = text.slice(start, i);
    if (!ascii) {
      const lower = t.toLowerCase();
      tokens.push({ text: t, key: lower.replace(/['’]s$/, ''), start, end: i, shape: shapeOf(t, lower) });
      continue;
    }
    let key = upper > 0 ? t.toLowerCase() : t;
    if (apostrophe && key.length > 2 && key.charCodeAt(key.length - 1) === 115 /* s */ && key.charCodeAt(key.length - 2) === 39) key = key.slice(0, -2);
    const firstUpper = text.charCodeAt(start) <= 90;
    const shape: TokenShape = upper === 0 ? 'lower' : lower === 0 ? (t.length > 1 ? 'upper' : 'cap') : firstUpper ? 'cap' : 'other';
    tokens.push({ text: t, key, start, end: i, shape });
  }
  return tokens;
}

/**
 * True for a capitalized or all-caps word: the shapes names are written in.
 *
 * @example
 *   isNameShaped(tokenize('Mary')[0]!) // true; 'mary' -> false
 */
export function isNameShaped(token: Token): boolean {
  return token.shape === 'cap' || token.shape === 'upper' || (token.shape === 'other' && /^[A-Z]/.test(token.text));
}

/**
 * The index of the first token that starts at or after `at` (`tokens.length` when none), by binary
 * search over tokens sorted by start.
 *
 * @example
 *   firstTokenFrom(tokenize('Dr. Roe (Bo)'), 8) // 2, the token "Bo"
 */
export function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A word set a detector looks every token up in, and whether it holds keys or token texts. */
export interface WordSet {
  words: Iterable<string>;
  by: 'key' | 'text';
}

/**
 * One map from token keys to bits, for a detector that looks each token up in several word sets:
 * one look-up a token instead of one a set (small-set look-ups were a tenth of the engine's time).
 * Each named set gets a bit, in the order given (`bit`; `width` bits in all). A set of keys is
 * entered as it is, so its bit says exactly what `set.has(token.key)` says. A set of token texts
 * ("Mercy", "VA") is entered under the key each text has as a token: its bit says the text may be
 * in it, and the set is asked only then; a text that is not one token never is.
 *
 * @example
 *   const { gates, bit } = wordGates({ relation: { words: ['daughter'], by: 'key' }, va: { words: ['VA'], by: 'text' } });
 *   gates.get('va') === bit.va // true (2)
 */
export function wordGates<K extends string>(sets: Readonly<Record<K, WordSet>>): { gates: ReadonlyMap<string, number>; bit: Readonly<Record<K, number>>; width: number } {
  const gates = new Map<string, number>();
  const names = Object.keys(sets) as K[];
  const bit = {} as Record<K, number>;
  names.forEach((name, i) => {
    bit[name] = 1 << i;
    const { words, by } = sets[name];
    for (const word of words) {
      let key = word;
      if (by === 'text') {
        const tokens = tokenize(word);
        if (tokens.length !== 1 || tokens[0]!.text !== word) continue;
        key = tokens[0]!.key;
      }
      gates.set(key, (gates.get(key) ?? 0) | bit[name]);
    }
  });
  return { gates, bit, width: names.length };
}

/**
 * The bits of each token in a `wordGates` map, by token index.
 *
 * @example
 *   gatesOf(tokenize('his daughter'), gates) // Int32Array [0, 1]
 */
export function gatesOf(tokens: readonly Token[], gates: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = gates.get(tokens[i]!.key) ?? 0;
  return out;
}
