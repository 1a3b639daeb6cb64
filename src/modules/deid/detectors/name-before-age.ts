// (Pass 19) A person written right before an age and sex, as census, case and handoff lines write
// them: initials with their full stops ("Case 2: S.K., 54M", "Case: L.A.K., 4 y/o F", "G.P.-A.,
// 68M") and one to three capitalised words that the lists take for names or do not know
// ("Benedikt Strauss, 79, seen", "3. Owen 12M - COHb 17%", "\"Bear\" Yellowhorse 29M"). The age
// and sex after them are the evidence; an ordinary, clinical or function word is never a name here
// ("Female 54F", "Case 54M", "Trauma 29M").
// Two or three such words before a phone number are a contact's name too ("HR Tamsin Ekwueme (319) 555-0164").
import type { DeidDictionaries } from '../dictionaries';
import { listsAllowName, neverAName } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

// The initials and words are read backwards from each age or phone, found by their first digit (digits are few;
// trying the words at every capital of the note cost 4% of detection). What may stand between the
// words and the age or phone is stepped over backwards.
const AGE_AT = /(?<!\d)\d{1,3}(?:[ \t]?(?:[MF]|y\/?o[ \t]?[MF]?|yo[ \t]?[MF]?|y\.o\.)(?![\p{L}\p{N}])|(?<comma>,[ \t]+(?:seen|here|presents|referred|admitted|with|who|lives|is|was|has)\b))/gu;
const PHONE_AT = /(?:\(\d{3}\)[ \t]?|(?<![\d(])\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/g;
const INITIALS_END = /(?<![\p{L}\p{N}.])(?:[A-Z]\.){2,3}(?:-[A-Z]\.)?$/u;
const WORDS_END = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’-]*){0,2}$/gu;
const NOT_BEFORE_WORD = /[\p{L}\p{N}'’.-]/u;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

// Words of a place's or a business's name before its phone ("Farmacia San Judas", "Lindenwood Terrace").
const PLACE_WORDS: ReadonlySet<string> = new Set(['farmacia', 'pharmacy', 'drug', 'drugs', 'apothecary', 'terrace', 'manor', 'village', 'house', 'home', 'place', 'court', 'center', 'centre', 'clinic', 'clinica', 'lab', 'labs', 'market', 'store', 'hospital', 'health', 'care', 'services', 'group', 'associates', 'office', 'tower', 'hall', 'gardens', 'commons', 'residence', 'la', 'el', 'los', 'las', 'san', 'santa', 'st']);

function nameWord(word: string, d: DeidDictionaries): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '');
  return !neverAName(key) && listsAllowName(key, d);
}

/** One to three capitalised words that end at `end` and start at or after `from` (none when they do not). */
function wordsEndingAt(text: string, end: number, from: number): { value: string; end: number } | null {
  const sliceStart = Math.max(from, end - 96);
  const before = text.slice(sliceStart, end);
  WORDS_END.lastIndex = 0;
  for (let m = WORDS_END.exec(before); m; m = WORDS_END.exec(before)) {
    // (The slice may cut a word: its first letter must not follow a letter of the note.)
    if (m.index > 0 || sliceStart === 0 || !NOT_BEFORE_WORD.test(text[sliceStart - 1]!)) return { value: m[0], end };
    WORDS_END.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Where the name before an age ends: blanks and a comma may stand between them, "Owen 12M", "S.K.,
 * 54M", "Strauss, 79, seen" (the comma needed there); -1 when the age wants a comma and has none.
 */
function endBeforeAge(text: string, a: RegExpExecArray, from: number): number {
  let at = a.index!;
  while (at > from && isBlank(text[at - 1])) at -= 1;
  const comma = text[at - 1] === ',';
  if (a.groups!.comma !== undefined && !comma) return -1;
  return comma ? at - 1 : at;
}

/** The words before a phone: then blanks and one separator, "Ekwueme (319) 555-0164", "Lyle, 508-555-0191". */
function wordsBeforePhone(text: string, at: number, from: number): { value: string; end: number } | null {
  while (at > from && isBlank(text[at - 1])) at -= 1;
  // (A word may end in a hyphen, "Ekwueme- 319-...": the longer word is tried first, as a scan would.)
  const own = wordsEndingAt(text, at, from);
  if (own) return own;
  if (!/[,:–—-]/.test(text[at - 1] ?? '')) return null;
  at -= 1;
  while (at > from && isBlank(text[at - 1])) at -= 1;
  return wordsEndingAt(text, at, from);
}

/**
 * NAME candidates for initials and name words right before an age and sex.
 *
 * @example
 *   namesBeforeAges({ text: 'Case 2: S.K., 54M, MRN 33-08812', ... }) // NAME over "S.K."
 */
export function namesBeforeAges({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  // (No gate before the scans: a test for an age cost as much as the scan for one.)
  const anchors = /\d{3}[ .-]\d{4}/.test(text) ? [AGE_AT, PHONE_AT] : [AGE_AT];
  for (const re of anchors) {
    let after = 0;
    for (const a of allMatches(re, text)) {
      if (re === AGE_AT) {
        // Initials with their full stops right before the age and sex ("S.K., 54M").
        const at = endBeforeAge(text, a, 0);
        const initials = at < 0 ? null : INITIALS_END.exec(text.slice(Math.max(0, at - 16), at));
        if (initials) out.push({ start: at - initials[0].length, end: at, type: 'NAME', priority: PRIORITY.name });
      }
      const end = re === AGE_AT ? endBeforeAge(text, a, after) : -1;
      const words = re === AGE_AT ? (end < 0 ? null : wordsEndingAt(text, end, after)) : wordsBeforePhone(text, a.index!, after);
      if (!words) continue;
      after = words.end;
      const parts = words.value.split(/[ \t]+/);
      // (Leading words that are no name are dropped: "Pt Benedikt Strauss 79M" keeps the name.)
      let k = 0;
      while (k < parts.length && !nameWord(parts[k]!, d)) k += 1;
      if (k === parts.length || !parts.slice(k).every((w) => nameWord(w, d)) || (re === PHONE_AT && (parts.length < 2 || parts.length - k < 2 || parts.some((w) => PLACE_WORDS.has(w.toLowerCase()))))) continue;
      const kept = parts.slice(k).join(' ');
      if (!words.value.endsWith(kept)) continue; // (tabs between the words)
      out.push({ start: words.end - kept.length, end: words.end, type: 'NAME', priority: PRIORITY.name });
    }
  }
  return out;
}
