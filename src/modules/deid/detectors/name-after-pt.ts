// (Pass 21) A patient's whole name in lower case after "pt" in nursing shorthand, when the
// patient's age and sex, bed, room, record number or birth date follow: "pt faith rose 63yo f",
// "pt darnell young bed 9 ccu", "pt tran van minh, 86 y/o m", "pt ramon de la cruz, mrn lh77...".
// Every word must read as a name (a census given name or surname, or a surname's particle), and the
// first a given name or surname: "pt ambulated well 58m", "pt will ambulate 20m" stay prose.
import { FUNCTION_WORDS, NAME_PARTICLES } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const WORD = "[a-z][a-z'’-]+";
const PT_NAME = new RegExp(`\\b(?:pt|Pt|PT|patient|Patient)[ \\t]*:?[ \\t]+(${WORD}(?:[ \\t]+${WORD}){1,3})(?=,?[ \\t]+(?:\\d{1,3}[ \\t]?(?:yo|y\\/o|y\\.o\\.|yrs?|[mf])\\b|\\d{1,2}[ \\t]?(?:mo|wk|wks|d)\\b|(?:bed|rm|room|mrn|dob)\\b|\\((?:mrn|dob|pref)))`, 'g');

/**
 * Finds lower-case patient names after "pt" before the patient's age, bed or record number.
 *
 * @example
 *   detectNameAfterPt({ text: 'pt faith rose 63yo f seen', ... }) // NAME over "faith rose"
 */
export function detectNameAfterPt({ text, dictionaries: d }: DetectInput): Candidate[] {
  if (!/\b(?:pt|patient)[ \t]*:?[ \t]+[a-z]/i.test(text)) return [];
  const out: Candidate[] = [];
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
