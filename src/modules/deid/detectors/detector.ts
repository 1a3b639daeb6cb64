import type { DeidDictionaries } from '../dictionaries';
import type { PhiType } from '../deid.types';
import type { Token } from '../text-tokens';

/** What every detector sees: the note, its tokens (computed once) and the dictionaries. */
export interface DetectInput {
  text: string;
  tokens: readonly Token[];
  dictionaries: DeidDictionaries;
  /** `dictionaries.wordFlags` of token i, looked up once per note and shared by the detectors. */
  flagsAt?: (i: number) => number;
}

/**
 * The shared per-token flag look-up of an input, or a direct one when the caller gave none.
 *
 * @example
 *   const flagsAt = tokenFlags(input); flagsAt(0) & 1 // first token is a census first name
 */
export function tokenFlags(input: DetectInput): (i: number) => number {
  return input.flagsAt ?? ((i) => input.dictionaries.wordFlags.get(input.tokens[i]!.key) ?? 0);
}

/** A candidate span; higher priority wins when candidates overlap. */
export interface Candidate {
  start: number;
  end: number;
  type: PhiType;
  priority: number;
}

export type Detector = (input: DetectInput) => Candidate[];

/** Priorities: precise, validated patterns first; dictionary guesses last. */
export const PRIORITY = { exact: 90, labeled: 80, date: 70, address: 60, facility: 50, name: 40, location: 35, loose: 10 } as const;

/**
 * Trims trailing punctuation that patterns tend to swallow; returns the new end.
 *
 * @example
 *   trimEnd('MRN 123.', 4, 8) // 7
 */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:)\]}'"]/.test(text[e - 1]!)) e -= 1;
  return e;
}
