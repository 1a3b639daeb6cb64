import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstTokenFrom, gatesOf, tokenize, wordGates, type Token, type TokenShape } from './text-tokens';

// The definition the hand-written scanner implements: the word pattern, the key and the shape.
function tokenizeByPattern(text: string): Token[] {
  const shape = (t: string): TokenShape => {
    if (/^\d/.test(t)) return 'num';
    if (t === t.toLowerCase()) return 'lower';
    if (t === t.toUpperCase()) return t.length > 1 ? 'upper' : 'cap';
    return t[0] === t.toUpperCase()[0] ? 'cap' : 'other';
  };
  return [...text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu)].map((m) => ({
    text: m[0],
    key: m[0].toLowerCase().replace(/['’]s$/, ''),
    start: m.index,
    end: m.index + m[0].length,
    shape: shape(m[0]),
  }));
}

// Pieces that stress the scanner: apostrophes, accents, combining marks, letters outside the
// basic plane, a lone surrogate, digits glued to letters, upper/lower/mixed case.
const PIECES = ["O'Brien's", 'D’Angelo’s', "JOHN'S", "rock'n'roll", "end'", "'start", 'x’S', 'McDonald', 'iPhone', 'ED', 'a', 'Z',
  'José', 'ÉCOLE', 'Ça', 'ÀÖ', 'µg', 'naïve', 'e\u0301cole', '\u0301abc', 'Straße', 'İstanbul', 'ǅemal', 'Ω', 'ﬁle', '𝐀𝐁c', '😀', 'x\ud800', '\udc00y',
  'abc123def', '12ab', '1,000', '03/04/2021', '_x_', 'a_b', 'MRN#0042', '-', ' ', '\n', '\t', '.', ',', '(', ')'];

describe('tokenize', () => {
  it('finds words, keys and shapes as the word pattern defines them', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = next(12); j >= 0; j--) text += PIECES[next(PIECES.length)]! + (next(3) === 0 ? '' : ' ');
      assert.deepEqual(tokenize(text), tokenizeByPattern(text), JSON.stringify(text));
    }
  });

  it('keeps inner apostrophes and drops a possessive from the key', () => {
    const tokens = tokenize("Pt's daughter O'Brien’s JOHN'S");
    assert.deepEqual(tokens.map((t) => [t.text, t.key, t.shape]), [
      ["Pt's", 'pt', 'cap'],
      ['daughter', 'daughter', 'lower'],
      ["O'Brien’s", "o'brien", 'cap'],
      ["JOHN'S", 'john', 'upper'],
    ]);
  });

  it('separates digits from letters and reads accented words whole', () => {
    assert.deepEqual(tokenize('MRN12 José e\u0301cole').map((t) => [t.text, t.start, t.shape]), [
      ['MRN', 0, 'upper'],
      ['12', 3, 'num'],
      ['José', 6, 'cap'],
      ['e\u0301cole', 11, 'lower'],
    ]);
  });
});

describe('firstTokenFrom', () => {
  it('finds the first token at or after an offset, and the end when there is none', () => {
    const tokens = tokenize('Dr. Roe (Bo) 12');
    assert.equal(firstTokenFrom(tokens, 0), 0);
    assert.equal(firstTokenFrom(tokens, 7), 2); // the blank before "(Bo)": the next token is "Bo"
    assert.equal(tokens[firstTokenFrom(tokens, 9)]!.text, 'Bo');
    assert.equal(firstTokenFrom(tokens, 15), tokens.length);
  });
});

describe('wordGates and gatesOf', () => {
  const { gates, bit } = wordGates({
    relation: { words: ['daughter', 'son'], by: 'key' },
    place: { words: ["Children's", 'VA', 'St. Jude'], by: 'text' },
    son: { words: ['son'], by: 'key' },
  });
  it('gives each set a bit in the order given', () => {
    assert.deepEqual(bit, { relation: 1, place: 2, son: 4 });
  });
  it('enters keys as they are and texts under their token key; a text of several tokens is never a token', () => {
    assert.equal(gates.get('son'), 5);
    assert.equal(gates.get('children'), 2);
    assert.equal(gates.get('va'), 2);
    assert.equal(gates.get('st'), undefined);
    assert.equal(gates.get('st. jude'), undefined);
  });
  it('gives each token the bits of its key, and 0 for others', () => {
    assert.deepEqual([...gatesOf(tokenize("Her daughter at Children's; SON at the VA"), gates)], [0, 1, 0, 2, 5, 0, 0, 2]);
  });
});
