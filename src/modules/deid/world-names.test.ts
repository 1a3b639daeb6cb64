// Pass 14: given names and surnames of families from elsewhere, which the census lists miss.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from './deid-engine';
import { loadDeidDictionaries } from './dictionaries';

const dictionaries = loadDeidDictionaries();
// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ dictionaries, tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('the world name lists', () => {
  it('know given names and surnames the census misses, and none of the words they must not hold', () => {
    for (const name of ['nikhil', 'ngozi', 'dawit', 'halvor', 'ximena', 'torbjorn']) assert.ok(dictionaries.firstNames.has(name), name);
    for (const name of ['gebremedhin', 'warsame', 'adeyemi']) assert.ok(dictionaries.lastNames.has(name), name);
    // A word of another language, an abbreviation, a cue or a US town stays out.
    for (const word of ['fue', 'nou', 'nok', 'abla', 'yuma', 'albuquerque']) assert.ok(!dictionaries.firstNames.has(word) && !dictionaries.lastNames.has(word), word);
  });
  it('take a name without a cue, in a "Last, First" line and after "and"', () => {
    assert.ok(typed('SUBRAMANIAN, KARTHIK  MRN 4419026').includes('NAME:SUBRAMANIAN, KARTHIK'));
    assert.ok(typed('Parents Torbjorn and Ingrid at bedside.').includes('NAME:Torbjorn'));
  });
  it('keep a town a place and a code in the next column a code', () => {
    assert.deepEqual(typed('Pt lives alone in Yuma, AZ.'), ['LOCATION:Yuma']);
    assert.ok(!typed('SUBRAMANIAN, KARTHIK      RX4419026').some((s) => s.startsWith('NAME:RX')));
    assert.deepEqual(typed('Usted fue atendido en la clinica hoy.'), []);
  });
});
