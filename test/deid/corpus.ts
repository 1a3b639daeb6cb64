// The synthetic evaluation corpus: deterministic from a seed, exact PHI annotations, with the
// noise real notes have (all caps, hard line wraps that break identifiers, letter-swap typos).
import { Faker, base, en } from '@faker-js/faker';
import type { PhiSpan } from '../../src/modules/deid/deid.types';
import { createContext, createFakers, createNoteBuilder } from './note-builder';
import { HELD_OUT_STYLES, TEMPLATES, type NoteKind } from './templates';

export interface AnnotatedNote {
  id: string;
  kind: NoteKind;
  style: number;
  heldOut: boolean;
  text: string;
  spans: PhiSpan[];
}

const KINDS: NoteKind[] = ['nursing', 'discharge', 'lab', 'referral'];

/**
 * Generates `count` annotated notes; the same seed always gives the same notes.
 *
 * @example
 *   const notes = generateCorpus({ seed: 6, count: 2000 });
 */
export function generateCorpus({ seed, count }: { seed: number; count: number }): AnnotatedNote[] {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  const fakers = createFakers(seed);
  const notes: AnnotatedNote[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const style = f.number.int(TEMPLATES[kind].length - 1);
    const c = createContext(f, fakers);
    const b = createNoteBuilder();
    TEMPLATES[kind][style]!(b, c);
    let text = b.text;
    const spans = b.spans.map((s) => ({ ...s }));
    const noise = f.number.float(1);
    if (noise < 0.12) text = upperSameLength(text);
    if (f.number.float(1) < 0.25) text = hardWrap(text, f.number.int({ min: 50, max: 80 }));
    if (f.number.float(1) < 0.2) text = typos(text, f, spans);
    notes.push({ id: `note-${seed}-${i}`, kind, style, heldOut: HELD_OUT_STYLES.includes(style), text, spans });
  }
  return notes;
}

function upperSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

/** Replaces spaces with newlines so that no line is longer than `width`: offsets do not move. */
function hardWrap(text: string, width: number): string {
  const chars = [...text];
  if (chars.length !== text.length) return text;
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (chars[i] === ' ') {
      lastSpace = i;
    }
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

/** Swaps two inner letters of a few longer words (PHI included, as in real typing). */
function typos(text: string, f: Faker, _spans: PhiSpan[]): string {
  const words = [...text.matchAll(/[A-Za-z]{6,}/g)];
  if (!words.length) return text;
  const chars = [...text];
  if (chars.length !== text.length) return text;
  for (let k = 0; k < 2; k++) {
    const w = f.helpers.arrayElement(words);
    const at = w.index! + f.number.int({ min: 1, max: w[0].length - 3 });
    [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  }
  return chars.join('');
}
