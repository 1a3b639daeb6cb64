// Token-level scoring. Tokenization: maximal runs of letters or digits (Unicode \p{L}\p{N});
// punctuation and spaces are not tokens. A gold PHI token is recalled when any predicted span
// covers any of its characters (the type need not match: a name redacted as a place is still
// redacted). A predicted token is correct when a gold span covers it. Per-type recall groups gold
// tokens by their gold type; per-type precision groups predicted tokens by predicted type.
import type { PhiSpan } from '../../src/modules/deid/deid.types';

export interface Counts {
  goldTokens: number;
  recalled: number;
  predictedTokens: number;
  correct: number;
  typedCorrect: number;
}

export interface Score {
  overall: Counts;
  byType: Map<string, Counts>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

const empty = (): Counts => ({ goldTokens: 0, recalled: 0, predictedTokens: 0, correct: 0, typedCorrect: 0 });

function typeAt(spans: readonly PhiSpan[], start: number, end: number): string | undefined {
  for (const s of spans) if (s.start < end && start < s.end) return s.type;
  return undefined;
}

/**
 * Adds one note's figures to a running score.
 *
 * @example
 *   const score = newScore(); addNote(score, text, gold, predicted); recall(score.overall);
 */
export function addNote(score: Score, text: string, gold: readonly PhiSpan[], predicted: readonly PhiSpan[]): void {
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const g = typeAt(gold, start, end);
    const p = typeAt(predicted, start, end);
    if (g) {
      for (const c of [score.overall, bucket(score, g)]) {
        c.goldTokens += 1;
        if (p) c.recalled += 1;
      }
    }
    if (p) {
      for (const c of [score.overall, bucket(score, p)]) {
        c.predictedTokens += 1;
        if (g) c.correct += 1;
        if (g === p) c.typedCorrect += 1;
      }
    }
  }
}

function bucket(score: Score, type: string): Counts {
  let c = score.byType.get(type);
  if (!c) score.byType.set(type, (c = empty()));
  return c;
}

export function newScore(): Score {
  return { overall: empty(), byType: new Map() };
}

export const recall = (c: Counts) => (c.goldTokens ? c.recalled / c.goldTokens : 1);
export const precision = (c: Counts) => (c.predictedTokens ? c.correct / c.predictedTokens : 1);

/** A printable table of the score. */
export function formatScore(score: Score): string {
  const rows = [...score.byType.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const line = (name: string, c: Counts) =>
    `${name.padEnd(12)} ${String(c.goldTokens).padStart(7)} ${recall(c).toFixed(4).padStart(8)} ${String(c.predictedTokens).padStart(9)} ${precision(c).toFixed(4).padStart(9)}`;
  return [`${'type'.padEnd(12)} ${'gold'.padStart(7)} ${'recall'.padStart(8)} ${'predicted'.padStart(9)} ${'precision'.padStart(9)}`, ...rows.map(([t, c]) => line(t, c)), line('OVERALL', score.overall)].join('\n');
}
