// (Pass 19) A person written right before an age and sex, as census, case and handoff lines write
// them: initials with their full stops ("Case 2: S.K., 54M", "Case: L.A.K., 4 y/o F", "G.P.-A.,
// 68M") and one to three capitalised words that the lists take for names or do not know
// ("Benedikt Strauss, 79, seen", "3. Owen 12M - COHb 17%", "\"Bear\" Yellowhorse 29M"). The age
// and sex after them are the evidence; an ordinary, clinical or function word is never a name here
// ("Female 54F", "Case 54M", "Trauma 29M").
// Two or three such words before a phone number are a contact's name too ("HR Tamsin Ekwueme (319) 555-0164").
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, FUNCTION_WORDS, MONTHS, NAME_CUES, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const AGE_SEX = String.raw`(?:,?[ \t]*\d{1,3}[ \t]?(?:[MF]|y\/?o[ \t]?[MF]?|yo[ \t]?[MF]?|y\.o\.)(?![\p{L}\p{N}])|,[ \t]*\d{1,3},[ \t]+(?:seen|here|presents|referred|admitted|with|who|lives|is|was|has)\b)`;
const INITIALS_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:[A-Z]\.){2,3}(?:-[A-Z]\.)?(?=${AGE_SEX})`, 'gu');
const WORDS_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’-]*){0,2}(?=${AGE_SEX})`, 'gu');
// (And two or three such words right before a phone number: a contact line, "HR Tamsin Ekwueme (319) 555-0164".)
const PHONE_AFTER = String.raw`[ \t]*(?:[,:–—-][ \t]*)?(?:\(\d{3}\)[ \t]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)`;
const WORDS_BEFORE_PHONE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2}(?=${PHONE_AFTER})`, 'gu');
const HINT = /\d[ \t]?(?:[MF]\b|y\/?o|yo|y\.o\.)|,[ \t]*\d{1,3},[ \t]/;

// Words of a place's or a business's name before its phone ("Farmacia San Judas", "Lindenwood Terrace").
const PLACE_WORDS: ReadonlySet<string> = new Set(['farmacia', 'pharmacy', 'drug', 'drugs', 'apothecary', 'terrace', 'manor', 'village', 'house', 'home', 'place', 'court', 'center', 'centre', 'clinic', 'clinica', 'lab', 'labs', 'market', 'store', 'hospital', 'health', 'care', 'services', 'group', 'associates', 'office', 'tower', 'hall', 'gardens', 'commons', 'residence', 'la', 'el', 'los', 'las', 'san', 'santa', 'st']);

function nameWord(word: string, d: DeidDictionaries): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '');
  if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || FUNCTION_WORDS.has(key) || TITLES.has(key) || CREDENTIALS.has(key) || NAME_CUES.has(key) || key in MONTHS || WEEKDAYS.has(key)) return false;
  const english = d.englishWords.get(key);
  if (d.firstNames.has(key) || d.lastNames.has(key)) return english === undefined || english > 20;
  return english === undefined && !d.medicalTerms.has(key);
}

/**
 * NAME candidates for initials and name words right before an age and sex.
 *
 * @example
 *   namesBeforeAges({ text: 'Case 2: S.K., 54M, MRN 33-08812', ... }) // NAME over "S.K."
 */
export function namesBeforeAges({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (!HINT.test(text) && !/\d{3}[ .-]\d{4}/.test(text)) return out;
  for (const m of allMatches(INITIALS_BEFORE_AGE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'NAME', priority: PRIORITY.name });
  const patterns = /\d{3}[ .-]\d{4}/.test(text) ? [WORDS_BEFORE_AGE, WORDS_BEFORE_PHONE] : [WORDS_BEFORE_AGE];
  for (const re of patterns) for (const m of allMatches(re, text)) {
    const words = m[0].split(/[ \t]+/);
    // (Leading words that are no name are dropped: "Pt Benedikt Strauss 79M" keeps the name.)
    let k = 0;
    while (k < words.length && !nameWord(words[k]!, d)) k += 1;
    if (k === words.length || !words.slice(k).every((w) => nameWord(w, d)) || (re === WORDS_BEFORE_PHONE && (words.length - k < 2 || words.some((w) => PLACE_WORDS.has(w.toLowerCase()))))) continue;
    const start = m.index! + m[0].length - words.slice(k).join(' ').length;
    if (m[0].slice(m[0].length - words.slice(k).join(' ').length) !== words.slice(k).join(' ')) continue; // (tabs between the words)
    out.push({ start, end: m.index! + m[0].length, type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}
