// (Speed) Which words a note holds, read once per note for every pattern that cannot match without
// one of them. A regular expression that starts from a word ("\b(?:typed|transcribed)...") is
// tried by the regex engine at every position of the note: a few microseconds a pattern, a few
// hundred patterns a note. One look-up per word of the note answers "does it hold any of these
// words?" for all of them at once, and a pattern whose words are missing is not run at all.
//
// A word here is a maximal run of ASCII letters, in lower case: "Pt's" holds "pt" and "s",
// "O'Brien" holds "o" and "brien", "José" holds "jos". A pattern may be gated by `needsWord(words)`
// only when every match of it contains one of `words` as such a run (case aside): the word is
// preceded by something that is no ASCII letter (\b, a blank, a bracket, the start) and followed by
// the same, and the pattern is not case-insensitive with the u flag (which lets "ſ" match "s").
import { tokenize, type Token } from '../text-tokens';

const GATES_OF_WORD = new Map<string, number[]>();
let gateCount = 0;

/**
 * A test of whether a note holds any of `words` (lower-case ASCII letters), answered from the note's
 * words read once per note (`readNoteWords`).
 *
 * @example
 *   const typed = needsWord(['typed', 'transcribed']);
 *   typed('Typed: kl') // true; typed('untyped') -> false
 */
export function needsWord(words: readonly string[]): (text: string) => boolean {
  for (const word of words) if (!/^[a-z]+$/.test(word)) throw new Error(`needsWord: "${word}" is not a lower-case ASCII word`);
  const id = gateCount++;
  for (const word of words) {
    const ids = GATES_OF_WORD.get(word);
    if (!ids) GATES_OF_WORD.set(word, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
  return (text) => openFor(text)[id] === 1;
}

let lastText: string | undefined;
let lastOpen = new Uint8Array(0);

/**
 * Reads the words of a note for the gates: the engine calls it once per note with the tokens it has
 * made anyway; a gate asked about another text reads that text itself.
 *
 * @example
 *   readNoteWords(text, tokenize(text));
 */
export function readNoteWords(text: string, tokens: readonly Token[]): void {
  const open = new Uint8Array(gateCount);
  const add = (word: string) => {
    const ids = GATES_OF_WORD.get(word);
    if (ids) for (const id of ids) open[id] = 1;
  };
  for (const t of tokens) {
    if (t.shape === 'num') continue;
    // A token of ASCII letters alone is one run, and its key is that run in lower case.
    if (t.key.length === t.text.length && lowerAscii(t.key)) add(t.key);
    else for (const run of t.text.match(ASCII_RUNS) ?? []) add(run.toLowerCase());
  }
  lastText = text;
  lastOpen = open;
}
const ASCII_RUNS = /[A-Za-z]+/g;

function lowerAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function openFor(text: string): Uint8Array {
  if (text !== lastText || lastOpen.length !== gateCount) readNoteWords(text, tokenize(text));
  return lastOpen;
}
