// Shared checks of the hand-written tuning sets: well-formed spans, and quality floors that sit
// just under what the engine reaches, so that a regression fails.
import assert from 'node:assert/strict';
import { it } from 'node:test';
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

/**
 * Registers the two checks every tuning set has, inside the caller's `describe`: exact spans, and
 * the floors.
 *
 * @example
 *   itKeepsTuningSet(engine, TUNING_5_HANDWRITTEN_NOTES, 46, { recall: 0.985, perType: 0.95, precision: 0.99 });
 */
export function itKeepsTuningSet(engine: DeidEngine, notes: readonly MarkedNote[], atLeast: number, floors: { recall: number; perType: number; precision: number }): void {
  it('parse into exact, non-empty spans', () => {
    assertWellFormedNotes(notes, atLeast);
  });
  it(`keeps its figures (recall >= ${floors.recall}, per type >= ${floors.perType}, precision >= ${floors.precision})`, () => {
    assertFloors(engine, notes, floors);
  });
}

/** Views of what the engine finds in a text, for the per-class cases: "TYPE:text", the texts, the texts of one type. */
export function spanProbes(engine: DeidEngine): { found: (text: string) => string[]; texts: (text: string) => string[]; of: (type: string, text: string) => string[] } {
  return {
    found: (text) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`),
    texts: (text) => engine.detectWithText(text).map((s) => s.text),
    of: (type, text) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text),
  };
}
