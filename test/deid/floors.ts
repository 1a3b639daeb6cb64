// Shared checks of the hand-written tuning sets: well-formed spans, and quality floors that sit
// just under what the engine reaches, so that a regression fails.
import assert from 'node:assert/strict';
import type { DeidEngine } from '../../src/modules/deid/deid-engine';
import type { MarkedNote } from './handwritten';
import { addNote, newScore, precision, recall } from './score';

/** Every span is exact: no markup left, no edge whitespace, at least a letter or digit. */
export function assertWellFormedNotes(notes: readonly MarkedNote[], atLeast: number): void {
  assert.ok(notes.length >= atLeast, `${notes.length} notes`);
  for (const n of notes) {
    assert.ok(!n.text.includes('{{') && !n.text.includes('}}'), n.id);
    for (const s of n.spans) {
      const value = n.text.slice(s.start, s.end);
      assert.ok(value.trim() === value && /[\p{L}\p{N}]/u.test(value), `${n.id}: ${value}`);
    }
  }
}

/** Token recall overall and per type (types with 5+ gold tokens), and precision, at least the floors. */
export function assertFloors(engine: DeidEngine, notes: readonly MarkedNote[], floors: { recall: number; perType: number; precision: number }): void {
  const score = newScore();
  for (const n of notes) addNote(score, n.text, n.spans, engine.detect(n.text));
  assert.ok(recall(score.overall) >= floors.recall, `recall ${recall(score.overall)}`);
  assert.ok(precision(score.overall) >= floors.precision, `precision ${precision(score.overall)}`);
  for (const [type, c] of score.byType) if (c.goldTokens >= 5) assert.ok(recall(c) >= floors.perType, `${type} recall ${recall(c)}`);
}
