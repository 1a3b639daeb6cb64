// (Pass 21) Names in the shorthand of nursing and phone notes:
//   1. A patient's whole name in lower case after "pt", when the patient's age and sex, bed, room,
//      record number or birth date follow: "pt faith rose 63yo f", "pt darnell young bed 9 ccu", "pt
//      tran van minh, 86 y/o m". Every word must read as a name (a census given name or surname, or a
//      surname's particle): "pt ambulated well 58m", "pt will ambulate 20m" stay prose.
//   2. The given name of the person spoken with, after "spoke/talked with, to, w/" or an
//      appointment's "w/", closing the clause or before a role or a department: "spoke w/ Crystal
//      (MA)", "spoke w/ Marcus in intake", "suture removal 11/21 2:15pm w/ rhonda." A given name even
//      when an eponym shares it ("Marcus"); in lower case or after a bare "w/" only one no English word
//      spells ("w/ grace"), and after a bare "w/" no medical word either ("w/ bev", bevacizumab).
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, NAME_CUES, NAME_PARTICLES, NOT_NAMES, TITLES } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const WORD = "[a-z][a-z'’-]+";
const PT_NAME = new RegExp(`\\b(?:pt|Pt|PT|patient|Patient)[ \\t]*:?[ \\t]+(${WORD}(?:[ \\t]+${WORD}){1,3})(?=,?[ \\t]+(?:\\d{1,3}[ \\t]?(?:yo|y\\/o|y\\.o\\.|yrs?|[mf])\\b|\\d{1,2}[ \\t]?(?:mo|wk|wks|d)\\b|(?:bed|rm|room|mrn|dob)\\b|\\((?:mrn|dob|pref)))`, 'g');

/**
 * Finds lower-case patient names after "pt" (rule 1) and the names of people spoken with (rule 2).
 *
 * @example
 *   detectNameShorthand({ text: 'pt faith rose 63yo f seen', ... }) // NAME over "faith rose"
 */
export function detectNameShorthand({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (/\b(?:spoke|talked|spoken|speaking|w\/)/i.test(text)) namesSpokenWith(text, d, out);
  if (!/\b(?:pt|patient)[ \t]*:?[ \t]+[a-z]/i.test(text)) return out;
  for (const m of allMatches(PT_NAME, text)) {
    const words = m[1]!.split(/[ \t]+/);
    const census = (w: string) => d.firstNames.has(w) || d.lastNames.has(w);
    if (!census(words[0]!) || FUNCTION_WORDS.has(words[0]!)) continue;
    if (!words.every((w) => census(w) || NAME_PARTICLES.has(w))) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}

const SPOKEN_WITH = /\b(?:(?:[Ss]poke|[Tt]alked|[Ss]poken|[Ss]peaking)[ \t]+(?:with|to|w\/)|w\/)[ \t]+(\p{Lu}\p{Ll}+|\p{Ll}{3,})(?=[ \t]*(?:\([A-Za-z ]{2,24}\)|[.;,:!?](?!\w)|\r?\n|$)|[ \t]+(?:in|at|from|of|@)[ \t]+\p{L})/gu;

function namesSpokenWith(text: string, d: DetectInput['dictionaries'], out: Candidate[]): void {
  for (const m of allMatches(SPOKEN_WITH, text)) {
    const word = m[1]!;
    const key = word.toLowerCase();
    if (!d.firstNames.has(key) || FUNCTION_WORDS.has(key) || TITLES.has(key) || NAME_CUES.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key)) continue;
    // (After a bare "w/" or in lower case, a given name that is no English word: "w/ rhonda", not "w/ grace".)
    const bare = !/^(?:spoke|talked|spoken|speaking)/i.test(m[0]);
    // (Nor a medical word after a bare "w/": "w/ bev" is bevacizumab.)
    if ((bare || /^\p{Ll}/u.test(word)) && (d.englishWords.has(key) || (bare && d.medicalTerms.has(key)))) continue;
    const start = m.index! + m[0].length - word.length;
    out.push({ start, end: start + word.length, type: 'NAME', priority: PRIORITY.name });
  }
}
