import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../../src/modules/deid/deid-engine';
import { generateCorpus } from './corpus';
import { HANDWRITTEN_NOTES, parseMarked } from './handwritten';
import { addNote, newScore, precision, recall } from './score';

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

describe('engine quality on the tuning styles (regression guard)', () => {
  it('keeps token recall >= 0.98 and precision >= 0.90', () => {
    const engine = createDeidEngine();
    const score = newScore();
    for (const n of generateCorpus({ seed: 77, count: 600 }).filter((x) => !x.heldOut)) addNote(score, n.text, n.spans, engine.detect(n.text));
    assert.ok(recall(score.overall) >= 0.98, `recall ${recall(score.overall)}`);
    assert.ok(precision(score.overall) >= 0.9, `precision ${precision(score.overall)}`);
  });
  it('hand-written notes parse into exact spans', () => {
    for (const n of HANDWRITTEN_NOTES) for (const s of n.spans) assert.ok(!n.text.slice(s.start, s.end).includes('{{'));
    assert.ok(HANDWRITTEN_NOTES.length >= 10);
  });
});
