// Floors for the fourth generality pass (issue 6, pass 4): the tuning notes of
// handwritten-tuning-4.ts, written from the described classes of misses on held-out set 3 (never
// from its strings). Floors sit just under what the engine reaches, so that a regression fails;
// the single cases below pin each class.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../../src/modules/deid/deid-engine';
import { TUNING_4_HANDWRITTEN_NOTES } from './handwritten-tuning-4';
import { itKeepsTuningSet, spanProbes } from './floors';

describe('hand-written tuning notes, pass 4', () => {
  // The rules alone: the token model on top of them has its own tests (token-model.test.ts).
  const engine = createDeidEngine({ tokenModel: null });
  const { found, texts } = spanProbes(engine);

  itKeepsTuningSet(engine, TUNING_4_HANDWRITTEN_NOTES, 25, { recall: 0.97, perType: 0.93, precision: 0.98 });

  it('finds names and places in lower-case nursing shorthand', () => {
    assert.deepEqual(texts('0800 husband leopoldo at bedside. np gustafsson aware. pt lives in needham, from hingham originally.'), ['leopoldo', 'gustafsson', 'needham', 'hingham']);
    assert.deepEqual(texts('vss. plan per dr aware of labs.\nt. okonkwo rn'), ['t. okonkwo']);
    assert.deepEqual(found('d/c to dorchester hospital, then w/ sudbury vna.'), ['FACILITY:dorchester hospital', 'FACILITY:sudbury vna']);
    // Ordinary words after a relation or a title stay words.
    assert.deepEqual(found('son visiting, wife aware, dr notified. pt from home. went to the hospital, then to outside hospital and cardiology clinic.'), []);
  });

  it('finds practices, labs and suppliers named before their specialty', () => {
    assert.deepEqual(texts('Seen at Juniper Hollow Endocrinology; biopsy read by Saguaro Pathology; CPAP from Keystone Medical Supply; bed at Linden Grove Rehabilitation.'),
      ['Juniper Hollow Endocrinology', 'Saguaro Pathology', 'Keystone Medical Supply', 'Linden Grove Rehabilitation']);
    // A specialty with only clinical words before it, or a section title, is no practice.
    assert.deepEqual(found('Continue Cardiac Rehabilitation. Surgical Pathology pending.\nPathology\nbenign.'), []);
  });

  it('finds bare month/day after nouns, m/yy after "since", both ends of a range, and extensions', () => {
    assert.deepEqual(texts('Family meeting 6/5. Fall 2/14 at home. Abstinent since 3/82. Course 5/3-5/17/2024.'), ['6/5', '2/14', '3/82', '5/3', '5/17/2024']);
    assert.deepEqual(texts('Call 508-555-0134 x 2-7719 or the nurse line x4410.'), ['508-555-0134 x 2-7719', '4410']);
  });

  it('finds names after role abbreviations, dictation initials and caret headers', () => {
    assert.deepEqual(texts('Discussed with PA Ingrid Solberg and CM Tobias; attention Rosalind.'), ['Ingrid Solberg', 'Tobias', 'Rosalind']);
    assert.deepEqual(texts('Follow up in clinic.\nJK/PDW/rs\n'), ['JK', 'PDW', 'rs']);
  });
});
