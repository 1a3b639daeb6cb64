import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text-tokens';
import { matchesAt } from './detector';
import { STREET_PATTERN, streetStarts } from './street-addresses';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

// Numbers, street words, suffixes in every case, directions, months and the characters around them.
const PIECES = ['12', '4', '1500', '12B', '7-2', 'W8812', 'N', 'E.', 'North', 'Elm', "O'Neil", 'Winston-Salem', 'St', 'St.', 'ST', 'Street', "Street's", 'Streets', 'Ave',
  'AVE', 'Dr', 'Drive', 'Pines', 'Park', 'Route', 'County', 'Hwy', 'K', 'Apt', '4B', '#', 'March', 'Jan.', 'mg', 'Lasix', 'q4h', ' ', ' ', '  ', '\n', '\t', ',', '.', '-',
  "'", '/', '(', 'x', 'é', '\r\n'];

describe('streetStarts', () => {
  it('covers every place where a street matches: trying only there finds what a full scan finds', () => {
    const sticky = new RegExp(STREET_PATTERN.source, 'y');
    let seed = 5;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 12000; k++) {
      let text = '';
      const parts = 2 + next(12);
      // (Mostly blank-separated, as streets are; sometimes glued.)
      for (let p = 0; p < parts; p++) text += PIECES[next(PIECES.length)] + (next(3) ? ' ' : '');
      const full = summary(text.matchAll(STREET_PATTERN));
      found += full.length;
      assert.deepEqual(summary(matchesAt(sticky, text, streetStarts(text, tokenize(text)))), full, JSON.stringify(text));
    }
    assert.ok(found > 300, `only ${found} matches: the pieces no longer make streets`);
  });

  it('skips numbers with no street suffix after them', () => {
    const text = 'BP 120/80, Lasix 40 mg, lives at 12 Elm St';
    assert.deepEqual(streetStarts(text, tokenize(text)), [text.indexOf('12 Elm')]);
  });
});
