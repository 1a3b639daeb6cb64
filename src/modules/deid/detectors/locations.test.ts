import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text-tokens';
import { matchesAt } from './detector';
import { CITY_COUNTRY, CITY_STATE, cityCountryStarts, cityStateStarts } from './locations';
import { FACILITY_LEAD, facilityLeadOf } from './facility-suffixes';
import { PLACE_BEFORE_KIND, placeBeforeKindStarts } from './facility-places';

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

describe('facilityLeadOf', () => {
  it('finds what FACILITY_LEAD.exec finds on the text before a facility word', () => {
    const pieces = ['St.', 'ST', 'Saint', 'Mt.', 'Mount', 'Mary', 'MARY', "O'Neil", 'Anne-Marie', '&', 'Élan', '𝐀bc', 'of', 'the', 'at', 'x.Abc', '12', ' ', '  ', '\t', '\n', '\n\n', ' \n ', '\r', ',', '-'];
    let seed = 17;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 6000; k++) {
      let before = '';
      for (let j = next(12); j >= 0; j--) before += pieces[next(pieces.length)]! + [' ', '', '\n', '  '][next(4)]!;
      const expected = FACILITY_LEAD.exec(before);
      if (expected) found += 1;
      assert.deepEqual(summary(facilityLeadOf(before) ? [facilityLeadOf(before)!] : []), summary(expected ? [expected] : []), JSON.stringify(before));
    }
    assert.ok(found > 1000, 'the generated texts end in leads');
  });
});

describe('placeBeforeKindStarts', () => {
  it('covers every place where "Name <kind>" matches: trying only there finds what a full scan finds', () => {
    const sticky = new RegExp(PLACE_BEFORE_KIND.source, 'uy');
    const pieces = ['at', 'from', 'AT', 'the', 'Cobble', 'Ridge', 'COBBLE', '&', 'Émile', '𝐀bc', 'St.', "Ann's", 'x.Abc', 'ED', 'E.D.', 'EDs', 'ER', 'hospital',
      'clinic', 'day care', 'food pantry', 'Emergency Room', 'urgent care', 'walk-in', 'camp', '12', ' ', '  ', '\t', '\n', '. ', ': ', ',', '-'];
    let seed = 19;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 6000; k++) {
      let text = '';
      for (let j = next(16); j >= 0; j--) text += pieces[next(pieces.length)]! + [' ', '', '  '][next(3)]!;
      const expected = summary(text.matchAll(PLACE_BEFORE_KIND));
      found += expected.length;
      assert.deepEqual(summary(matchesAt(sticky, text, placeBeforeKindStarts(text))), expected, JSON.stringify(text));
    }
    assert.ok(found > 1000, 'the generated texts hold names before kinds');
  });
});
