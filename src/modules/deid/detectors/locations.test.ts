import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text-tokens';
import { matchesAt } from './detector';
import { CITY_COUNTRY, CITY_STATE, cityCountryStarts, cityStateStarts } from './locations';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

// City words, states in every written form, ZIPs and the characters around them.
const PIECES = ['Salem', 'SALEM', 'New York', 'NEW YORK', 'NY', 'MA', 'Ma', 'Texas', "Texas's", 'Texasé', 'Rhode Island', 'District of Columbia',
  'St.', "O'Fallon", 'Winston-Salem', 'McAllen', 'Kansas City', 'KS', 'in', 'at', 'Lives', '02114', '02114-1234', '12 Elm St', 'é', ' ', ' ', '  ',
  ', ', ',', '\n', '\t', '.', '-', "'", '(', 'x'];

describe('cityStateStarts', () => {
  it('covers every place where "City, ST" matches: trying only there finds what a full scan finds', () => {
    const sticky = new RegExp(CITY_STATE.source, 'y');
    let seed = 11;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let j = next(16); j >= 0; j--) text += PIECES[next(PIECES.length)]!;
      const expected = summary(text.matchAll(CITY_STATE));
      found += expected.length;
      assert.deepEqual(summary(matchesAt(sticky, text, cityStateStarts(text, tokenize(text)))), expected, JSON.stringify(text));
    }
    assert.ok(found > 400, 'the generated texts hold city-state pairs');
  });
});

describe('cityCountryStarts', () => {
  it('covers every place where "City, Country" matches, including pairs that are no country', () => {
    const sticky = new RegExp(CITY_COUNTRY.source, 'uy');
    const pieces = ['Accra', 'Ghana', 'France', 'Paris', 'Côte d’Ivoire', 'Viet Nam', 'Đà Nẵng', 'Ürümqi', '𝐀bc', 'John', 'JOHN', "O'Neil", 'Saint-Denis',
      'in', 'and', 'lives', '12', ', ', ',', ' ', '\t', '\n', '.', ':', ')', 'é', '-', "'"];
    let seed = 13;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let j = next(16); j >= 0; j--) text += pieces[next(pieces.length)]! + [', ', ',', ' ', ''][next(4)]!;
      const expected = summary(text.matchAll(CITY_COUNTRY));
      found += expected.length;
      assert.deepEqual(summary(matchesAt(sticky, text, cityCountryStarts(text))), expected, JSON.stringify(text));
    }
    assert.ok(found > 1000, 'the generated texts hold word-comma-word pairs');
  });
});
