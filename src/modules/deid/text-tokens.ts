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

// Letters with inner apostrophes (O'Brien, D'Angelo), or runs of digits.
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu;

function shapeOf(text: string): TokenShape {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return 'num';
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  if (text === lower) return 'lower';
  if (text === upper) return text.length > 1 ? 'upper' : 'cap';
  if (text[0] === upper[0]) return 'cap';
  return 'other';
}

/**
 * Splits text into word tokens.
 *
 * @example
 *   tokenize("Pt's daughter Mary") // [{ text: "Pt's", key: 'pt', ... }, { text: 'daughter' ... }, ...]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    tokens.push({ text: t, key: t.toLowerCase().replace(/['’]s$/, ''), start, end: start + t.length, shape: shapeOf(t) });
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
