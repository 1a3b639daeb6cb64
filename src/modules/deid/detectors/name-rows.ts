// (Pass 20) A person written surname first, as rows, headers and record lines write them, with no
// cue word before: "Bellweather, Dontrell   57M   MRN", "0820 Benítez Ruiz, Ovidio     ICD",
// "Pt: Ellsworth, Doris May   97 y.o.", "3) Gutiérrez Salinas, José 716 - GI bleed",
// "| Oyelaran, T. (TRC-0048291) |", '"Whitcomb, Harold J",00391188', "bed 21  whitehorse, delbert  52m".
// The row is the evidence: the name starts a line (after a row number, time, bed or bullet), a table
// cell, a quoted field or a label, and ends where the row goes on to a column gap, an age, a record
// number or the line's end. Then a given name need not be a census one; ordinary, clinical and
// calendar words, states, countries and towns are still refused ("Hypertension, Essential",
// "Dallas, TX", "Lasix, Coreg").
// Unidentified patients' aliases too: "TRAUMA, QUARTZ", "UNKNOWN, DELTA 88", "ZZUNK, LENOX",
// "DOE, JANE 4417", and the same alias again without its first word ("ALPHA 2501 = ...").
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NAME_PARTICLES, neverAName, TITLES } from '../lexicon';
import { COUNTRIES, LOWER_STATES } from './locations';
import { STATE_ABBR } from './place-scans';
import { allMatches, matchesAt, PRIORITY, rowStarts, type Candidate, type DetectInput } from './detector';

const UPPER_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{Lu}[\\p{L}\\p{M}'’]*)*";
const LOWER_WORD = "\\p{Ll}[\\p{Ll}\\p{M}'’]*(?:-\\p{Ll}[\\p{Ll}\\p{M}'’]*)*";
const PARTICLE = '(?:(?:[Dd]e[ \\t]+[Ll]a|DE[ \\t]+LA|[Dd]e[ \\t]+[Ll]os|[Vv]an[ \\t]+[Dd]e[rn]|[Dd]el|DEL|[Dd]e|DE|[Vv]an|VAN|[Vv]on|VON|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|St\\.|ST\\.|Ste\\.)[ \\t]+)';
const SURNAME = `${PARTICLE}?${UPPER_WORD}(?:[ \\t]${UPPER_WORD})?`;
// (One blank between the words: a column gap ends the name, "Ostrem, Kristine M   F". An initial's
// full stop stays outside, as the other name rules leave it.)
const GIVEN = `(?:${UPPER_WORD}(?:[ \\t]${UPPER_WORD})?(?:[ \\t]\\p{Lu}(?![\\p{L}\\p{N}]))?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{Lu}(?![\\p{L}\\p{N}]))`;
// A row's start before the name: a number, time, "#3", "HW6", "R2", a bed or room, a bullet.
const ROW_MARK = '(?:\\d{1,4}[).]?|#\\d{1,3}|[A-Z]{1,3}\\d{1,3}|(?:bed|Bed|BED|rm|Rm|RM|room|Room|hw|HW)[ \\t]*\\d{1,4}[A-Za-z]?|[-•*])';
const AGE_SEX = '~?\\d{1,3}[ \\t]?(?:[MFmf](?![\\p{L}])|y\\.?o\\b|yo\\b|y\\/o)';
// Where the row goes on after the name.
const ROW_END = `(?:[ \\t]{2,}|\\t|[ \\t]*(?:\\||"|\\r?\\n|$)|,?[ \\t]+\\(?(?:MRN|DOB|mrn|dob|MR#)\\b|[ \\t]*\\((?:[A-Z]{2,5}-?)?\\d|,?[ \\t]+${AGE_SEX}|[ \\t]+\\d{3,4}[A-Z]?[ \\t]+-[ \\t])`;
// (Both sticky: tried only where a line, a field, a cell or a quoted value starts.)
const ROW_NAME = new RegExp(`(?:${ROW_MARK}[ \\t]+)?(${SURNAME}),[ \\t]?(${GIVEN})(?=\\.?${ROW_END})`, 'dyu');
// In lower case only at a line's start and before an age and sex: "bed 21  whitehorse, delbert  52m".
// (Pass 22: or before a column's gap and a number, a bracketed number or a record label: "kamau,
// wanjiru  8830142  39F", "rm 402A  dobbs, kendra  (2298114)", "2  ramirez, jose luis      07/30/1981".)
const LOWER_ROW_NAME = new RegExp(`(?:${ROW_MARK}[ \\t]+)?(${LOWER_WORD}),[ \\t]?(${LOWER_WORD}(?:[ \\t]${LOWER_WORD})?)(?=[ \\t]+${AGE_SEX}|[ \\t]{2,}(?:\\(?\\d|mrn\\b|MRN\\b))`, 'dyu');

// Aliases of unidentified patients: a placeholder surname, a word, and a number sometimes.
const ALIAS_HEADS = 'TRAUMA|UNKNOWN|ZZUNKNOWN|ZZUNK|ZZTRAUMA|UNIDENTIFIED|DOE';
const ALIAS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALIAS_HEADS}),[ \\t]?(?:TRAUMA[ \\t]+)?([A-Z]{3,})(?:[ \\t]+\\d{1,4}(?![\\d/:.]))?(?=[ \\t]*(?:[,;:|"(=\\n]|$|->|[ \\t]{2})|[ \\t]+(?:MRN|merged|now|record|was|is|identified|temp)\\b)`, 'gu');
// Words after a placeholder that describe the trauma, not the patient: "TRAUMA, BLUNT".
const NOT_ALIAS_WORDS: ReadonlySet<string> = new Set(['blunt', 'penetrating', 'head', 'chest', 'abdominal', 'abdomen', 'major', 'minor', 'level', 'activation', 'alert', 'team', 'bay', 'fall', 'multiple', 'patient', 'male', 'female', 'adult', 'peds', 'pediatric', 'nos', 'unspecified', 'other', 'see', 'none', 'ortho', 'surgery', 'service', 'resus', 'code', 'stat', 'tier', 'unit', 'room', 'history', 'hx', 'status', 'name', 'date', 'dob', 'age', 'sex']);
const STATE_CODES: ReadonlySet<string> = new Set(STATE_ABBR.split('|'));
// Credentials that close a name in a signature, as its "given name" would: "ZEKE PARR, RCIS", "Helena Kasprzak, Esq.".
const MORE_CREDENTIALS: ReadonlySet<string> = new Set(['esq', 'cct', 'rcis', 'rcs', 'rdcs', 'rvt', 'rdms', 'cnmt', 'arrt', 'rrt', 'crt', 'cpht', 'jd', 'mba', 'mph', 'msw', 'lcsw', 'licsw', 'ccc', 'slp', 'otr', 'cota', 'pta', 'atc', 'cma', 'emt', 'ccs', 'rhia', 'rhit', 'cpc']);

function commonWord(key: string): boolean {
  return neverAName(key) || LOWER_STATES.has(key) || COUNTRIES.has(key);
}

/** A word of a surname: no common, clinical or calendar word unless the census knows it as a surname. */
function surnameWord(word: string, d: DeidDictionaries): boolean {
  const key = word.toLowerCase();
  if (NAME_PARTICLES.has(key.replace(/\.$/, ''))) return true;
  if (commonWord(key)) return false;
  const english = d.englishWords.get(key);
  if (d.lastNames.has(key)) return english === undefined || english > 10 || (d.lastNames.get(key) ?? Infinity) < 2000;
  return english === undefined && !d.medicalTerms.has(key) && !d.cities.has(key);
}

/** A given name: an initial, a census given name, or a word that no list knows. */
function givenWord(word: string, d: DeidDictionaries): boolean {
  // (Initials, but not a credential's: "O'ROURKE, M.D.".)
  if (/^\p{Lu}\.?$/u.test(word)) return true;
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return !CREDENTIALS.has(word.replace(/\./g, '').toLowerCase());
  const key = word.toLowerCase();
  if (commonWord(key) || STATE_CODES.has(word) || MORE_CREDENTIALS.has(key)) return false;
  const english = d.englishWords.get(key);
  if (d.firstNames.has(key)) return english === undefined || english > 20;
  return english === undefined && !d.medicalTerms.has(key) && !d.cities.has(key) && !d.lastNames.has(key);
}

/** The starts (in order) that a comma follows on the same line within the longest name's reach. */
function commaAhead(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  let comma = text.indexOf(',');
  for (const p of starts) {
    while (comma >= 0 && comma < p) comma = text.indexOf(',', comma + 1);
    if (comma < 0) break;
    if (comma - p <= 72 && !text.slice(p, comma).includes('\n')) out.push(p);
  }
  return out;
}

const wordsOf = (value: string) => value.split(/[ \t]+|-/).filter((w) => w !== '');

/**
 * Finds surname-first names in rows, headers and record lines, and unidentified patients' aliases.
 *
 * @example
 *   nameRows({ text: '0820 Benítez Ruiz, Ovidio     ICD', ... }) // NAME over "Benítez Ruiz, Ovidio"
 */
export function nameRows({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes(',')) return out;
  const push = (start: number, end: number) => out.push({ start, end, type: 'NAME', priority: PRIORITY.name });
  for (const m of matchesAt(ROW_NAME, text, commaAhead(text, rowStarts(text, ':|"')))) {
    const [surname, given] = [m[1]!, m[2]!];
    // (The same case on both sides, or a surname in capitals before a given name in title case.)
    const upper = (s: string) => s === s.toUpperCase();
    if (!upper(surname) && upper(given) && given.replace(/[^\p{L}]/gu, '').length > 1) continue;
    // (A rank or title in capitals before the surname stays outside: "SPC Lindqvist-Mora, Elena", "SM MOHAMMED, AMIRA S".)
    const rank = /^(?:[A-Z]{2,3}|\p{Lu}\p{Ll}{1,3}\.?)[ \t](?=\p{Lu})/u.exec(surname);
    const start = rank && (TITLES.has(rank[0].trim().replace(/\.$/, '').toLowerCase()) || /^[A-Z]{2,3}[ \t]$/.test(rank[0])) ? rank[0].length : 0;
    if (!wordsOf(surname.slice(start)).every((w) => surnameWord(w, d)) || !wordsOf(given).every((w) => givenWord(w, d))) continue;
    push(m.indices![1]![0] + start, m.indices![2]![1]);
  }
  if (/[a-z], ?[a-z'’-]+(?:[ \t]+~?\d{1,3}[ \t]?[mfy]|(?:[ \t][a-z'’-]+)?[ \t]{2,}(?:\(?\d|mrn\b|MRN\b))/.test(text)) for (const m of matchesAt(LOWER_ROW_NAME, text, rowStarts(text))) {
    const given = m[2]!.split(/[ \t]/);
    if (!wordsOf(m[1]!).every((w) => surnameWord(w, d)) || !given.every((w) => givenWord(w, d)) || !(d.firstNames.has(given[0]!) || d.lastNames.has(m[1]!.split('-')[0]!))) continue;
    push(m.indices![1]![0], m.indices![2]![1]);
  }
  if (/(?:TRAUMA|UNKNOWN|ZZUNK|ZZTRAUMA|UNIDENTIFIED|DOE),/.test(text)) {
    const seen = new Set<string>();
    for (const m of allMatches(ALIAS, text)) {
      if (NOT_ALIAS_WORDS.has(m[1]!.toLowerCase()) || CLINICAL_ABBREVIATIONS.has(m[1]!.toLowerCase())) continue;
      push(m.index!, m.index! + m[0].length);
      // (The alias's word and number again elsewhere: "ALPHA 2501 = DeMarco Fields".)
      const tail = m[0].slice(m[0].indexOf(m[1]!));
      if (/\d/.test(tail)) seen.add(tail);
    }
    for (const tail of seen) for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + tail.length] ?? '')) push(at, at + tail.length);
    }
  }
  return out;
}
