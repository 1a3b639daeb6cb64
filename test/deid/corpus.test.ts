import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../../src/modules/deid/deid-engine';
import { generateCorpus } from './corpus';
import type { PhiSpan } from '../../src/modules/deid/deid.types';
import { HANDWRITTEN_NOTES, parseMarked } from './handwritten';
import { TUNING_HANDWRITTEN_NOTES } from './handwritten-tuning';
import { HELDOUT_REALISTIC_NOTES } from './heldout-realistic';
import { addNote, newScore, precision, recall, type Score } from './score';

describe('synthetic corpus', () => {
  it('is deterministic for a seed, has the four kinds and valid, non-overlapping annotations', () => {
    const a = generateCorpus({ seed: 9, count: 2000 });
    const b = generateCorpus({ seed: 9, count: 60 });
    assert.deepEqual(a.slice(0, 60), b);
    assert.notDeepEqual(generateCorpus({ seed: 10, count: 60 }), b);
    assert.deepEqual(new Set(a.map((n) => n.kind)), new Set(['nursing', 'discharge', 'lab', 'referral']));
    assert.ok(a.some((n) => n.heldOut) && a.some((n) => !n.heldOut));
    for (const n of a) {
      let last = 0;
      for (const s of n.spans) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= n.text.length, n.id);
        assert.ok(/[\p{L}\p{N}]/u.test(n.text.slice(s.start, s.end)), `empty annotation in ${n.id}`);
        last = s.end;
      }
    }
  });
});

describe('scoring', () => {
  it('counts tokens: recall over gold tokens, precision over predicted tokens', () => {
    const { text, spans } = parseMarked('t', 'Dr. {{NAME:Ann Roe}} on {{DATE:3/4/2021}} at home');
    const score = newScore();
    // Predicted: "Roe" (1 of 2 name tokens), the whole date (3 tokens), and "home" (wrong).
    const at = (s: string) => text.indexOf(s);
    addNote(score, text, spans, [
      { start: at('Roe'), end: at('Roe') + 3, type: 'NAME' },
      { start: at('3/4'), end: at('3/4') + 8, type: 'DATE' },
      { start: at('home'), end: at('home') + 4, type: 'ID' },
    ]);
    assert.equal(score.overall.goldTokens, 5);
    assert.equal(score.overall.recalled, 4);
    assert.equal(score.overall.predictedTokens, 5);
    assert.equal(recall(score.byType.get('NAME')!), 0.5);
    assert.equal(precision(score.overall), 4 / 5);
  });
});

// Acceptance (issue 6): recall >= 0.99 overall and >= 0.98 per type, precision >= 0.90, asserted on
// the generator's tuning styles. The other sets get honest floors just under what the engine
// reaches (see the README), so that a regression fails; they are not the acceptance figures.
describe('engine quality (regression guard)', () => {
  const engine = createDeidEngine();
  const scoreOf = (notes: readonly { text: string; spans: PhiSpan[] }[]) => {
    const score = newScore();
    for (const n of notes) addNote(score, n.text, n.spans, engine.detect(n.text));
    return score;
  };
  const expectFloors = (score: Score, floors: { recall: number; perType: number; precision: number }) => {
    assert.ok(recall(score.overall) >= floors.recall, `recall ${recall(score.overall)}`);
    assert.ok(precision(score.overall) >= floors.precision, `precision ${precision(score.overall)}`);
    for (const [type, c] of score.byType) if (c.goldTokens >= 5) assert.ok(recall(c) >= floors.perType, `${type} recall ${recall(c)}`);
  };
  const corpus = generateCorpus({ seed: 77, count: 800 });
  it('meets the acceptance figures on the generator tuning styles', () => {
    expectFloors(scoreOf(corpus.filter((x) => !x.heldOut)), { recall: 0.99, perType: 0.98, precision: 0.9 });
  });
  it('keeps its figures on the generator held-out styles', () => {
    expectFloors(scoreOf(corpus.filter((x) => x.heldOut)), { recall: 0.99, perType: 0.97, precision: 0.99 });
  });
  it('keeps its figures on the hand-written tuning and development notes', () => {
    expectFloors(scoreOf(TUNING_HANDWRITTEN_NOTES), { recall: 0.99, perType: 0.98, precision: 0.99 });
    expectFloors(scoreOf(HANDWRITTEN_NOTES), { recall: 0.985, perType: 0.88, precision: 0.97 });
  });
  it('keeps its figures on the held-out realistic notes (measured, never tuned on)', () => {
    expectFloors(scoreOf(HELDOUT_REALISTIC_NOTES), { recall: 0.965, perType: 0.85, precision: 0.955 });
  });
  it('hand-written notes parse into exact spans', () => {
    for (const n of [...HANDWRITTEN_NOTES, ...TUNING_HANDWRITTEN_NOTES, ...HELDOUT_REALISTIC_NOTES]) {
      for (const s of n.spans) {
        const value = n.text.slice(s.start, s.end);
        assert.ok(!value.includes('{{') && !value.includes('}}') && value.trim() === value && /[\p{L}\p{N}]/u.test(value), `${n.id}: ${value}`);
      }
      assert.ok(!n.text.includes('{{') && !n.text.includes('}}'), n.id);
    }
    assert.ok(HANDWRITTEN_NOTES.length >= 10 && HELDOUT_REALISTIC_NOTES.length >= 60);
  });
});
