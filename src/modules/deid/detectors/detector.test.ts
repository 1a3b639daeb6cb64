import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMatches, groupByFirstLetter, matchesAt, startsOf, topLevelAlternatives } from './detector';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

// Labels that overlap ("patient id" holds "id") and values that run into the next label.
const PIECES = ['MRN', 'mrn:', 'patient id', 'Patient ID', 'id', 'ID#', 'idea', 'FIN', 'fin', 'findings', '12', '0042', 'A-77', ' ', ' ', '\n', ',', ':', '#', 'é', "'"];

describe('matchesAt', () => {
  it('finds what matchAll finds when the starts cover every possible match start', () => {
    const labels = 'mrn|patient\\s+id|id|fin';
    const scan = new RegExp(`\\b(?:${labels})(?![A-Za-z])[\\s:#]*([A-Z0-9-]*\\d[A-Z0-9-]*(?:\\s+\\d+)*)`, 'gi');
    const sticky = new RegExp(scan.source, 'iy');
    const starts = new RegExp(`\\b(?=(?:${labels})(?![A-Za-z]))`, 'gi');
    let seed = 3;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(14); j >= 0; j--) text += PIECES[next(PIECES.length)]!;
      const expected = summary(text.matchAll(scan));
      found += expected.length;
      assert.deepEqual(summary(matchesAt(sticky, text, startsOf(starts, text))), expected, JSON.stringify(text));
    }
    assert.ok(found > 500, 'the generated texts hold labeled values');
  });

  it('skips starts inside the previous match, as a scan does', () => {
    // "patient id 12" is one match; the "id" inside it starts no second one.
    const text = 'patient id 12 id 7';
    const sticky = /(?:patient )?id (\d+)/y;
    assert.deepEqual(summary(matchesAt(sticky, text, [0, 8, 14])), [[0, 'patient id 12', '12'], [14, 'id 7', '7']]);
  });
});

describe('startsOf', () => {
  it('lists every position where a lookahead holds, overlapping ones included', () => {
    assert.deepEqual(startsOf(/\b(?=patient id|id)/g, 'patient id, id'), [0, 8, 12]);
  });
});

describe('groupByFirstLetter', () => {
  it('keeps the language: a lookahead over the grouped alternatives holds where the plain one does', () => {
    const labels = 's/n|sn|ssn|(?:prior\\s*)?auth|acc\\.?\\s*#|licen[cs]e|lic|id\\s*(?:number|no|#)|id|x?y|[|]z|mrn|mr#';
    const alternatives = topLevelAlternatives(labels);
    assert.equal(alternatives.length, 13);
    const plain = new RegExp(`\\b(?=(?:${labels})(?![A-Za-z]))`, 'gi');
    const grouped = new RegExp(`\\b(?=(?:${groupByFirstLetter(alternatives)})(?![A-Za-z]))`, 'gi');
    const pieces = ['S/N', 'sn', 'SSN', 'prior auth', 'priorauth', 'auth', 'acc.#', 'acc #', 'license', 'licence', 'lic', 'id no', 'ID#', 'id', 'idea', 'xy', 'y', '|z', 'MRN', 'mr#', 'x', ' ', ':', '1', 'é'];
    let seed = 5;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = next(10); j >= 0; j--) text += pieces[next(pieces.length)]!;
      assert.deepEqual(startsOf(grouped, text), startsOf(plain, text), JSON.stringify(text));
    }
  });

  it('splits only at the top level, past groups, classes and escapes', () => {
    assert.deepEqual(topLevelAlternatives('a|(?:b|c)|[|]|\\||d'), ['a', '(?:b|c)', '[|]', '\\|', 'd']);
  });
});

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves lastIndex alone', () => {
    const patterns = [/\d+/g, /\b(?:id|fin)\b\s*(\d*)/gi, /(?:)/g, /(?:)/gu, /(?=\p{Lu})/gu, /x*/g];
    const texts = ['MRN 1, FIN 22 id', '', 'a\u{1F600}b\u{1F600}', 'ÉCOLE 12 é 3', 'xxyxx'];
    for (const re of patterns) {
      for (const text of texts) {
        assert.deepEqual(summary(allMatches(re, text)), summary(text.matchAll(re)), `${re} on ${JSON.stringify(text)}`);
        assert.equal(re.lastIndex, 0);
      }
    }
    // Like matchAll, it starts at the pattern's lastIndex and leaves it as it was.
    const re = /\d/g;
    re.lastIndex = 3;
    assert.deepEqual(summary(allMatches(re, '1 2 3')), summary('1 2 3'.matchAll(re)));
    assert.equal(re.lastIndex, 3);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    assert.throws(() => allMatches(/\d/, '1'), TypeError);
  });
});
