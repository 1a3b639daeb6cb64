// The word sets of the name rules (pass 16, out of names.ts): function words, the context after a
// name ("born", "age", a record label), verbs said of people, first words of compound surnames, and
// the one map of bits every token is looked up in (see `wordGates`), with cheap character tests that
// spare a slice and a pattern for most tokens.
import { CREDENTIALS, EPONYMS, LOWER_ROLE_CUES, MONTHS, NAME_CUES, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { WORD_BITS } from './name-extras';
import { INITIALS_CUES } from './name-frame';
import { COUNTRIES } from './locations';
import { wordGates } from '../text-tokens';

export const FUNCTION_WORDS = new Set(['and', 'or', 'the', 'a', 'an', 'is', 'was', 'has', 'had', 'to', 'of', 'for', 'with', 'at', 'in', 'on', 'by', 'as', 'he', 'she', 'his', 'her', 'they', 'we', 'i', 'it', 'this', 'that', 'who', 'will', 'not', 'no', 'be', 'are', 'were', 'also', 'her', 'him', 'them', 'our', 'your', 'my', 'me', 'us', 'if', 'but', 'so', 'then', 'there', 'here', 'all', 'any', 'some', 'from', 'into', 'about', 'after', 'before', 'over', 'under', 'up', 'out']);
export const NAME_BEFORE = /^(?:,?\s+(?:born|BORN|b\.)\s+(?:on\s+)?(?:\d|[A-Z][a-z]{2})|\s+(?:age|AGE|aged)\s*:?\s*\d{1,3}\b|,\s*(?:age:?\s*\d{1,3}|\d{1,3}\s*-?\s*(?:yo\b|y\/o|y\.o\.|year|yr|[MF]\b))|,?\s+\d{1,3}\s*-?\s*(?:yo\b|y\/o|y\.o\.|years?[- ]old|year-old)|\s*[(|]\s*(?:DOB|MRN|MR\s*#|D\.O\.B|age\b|Age\b)|,?\s+(?:DOB|MRN)\b|\s+is\s+an?\s+\d{1,3})/i;
// Clinical vocabulary, calendar, function words, titles and cue words: never a name on their own.
// (Pass 17: a prescription, a post-operative day and the Veterans Affairs are no names either; kept
// out of NOT_NAMES, which also stops facility names such as "Lone Star VA Amputation Clinic".)
const BLOCKED: ReadonlySet<string> = new Set([...NOT_NAMES, ...FUNCTION_WORDS, ...Object.keys(MONTHS), ...WEEKDAYS, ...TITLES, ...NAME_CUES, 'rx', 'pod', 'va']);
// Verbs said of a person (a drug, test or device is not said to report, sleep or eat).
const PERSON_VERBS = new Set(['reports', 'reported', 'states', 'stated', 'denies', 'denied', 'endorses', 'endorsed',
  'slept', 'sleeps', 'ate', 'eats', 'ambulated', 'ambulates', 'walked', 'walks', 'complains', 'complained', 'c/o', 'agrees', 'agreed',
  'understands', 'understood', 'verbalized', 'verbalizes', 'refused', 'refuses', 'declined', 'declines', 'feels', 'felt', 'says', 'said',
  'asked', 'asks', 'wants', 'wanted', 'wishes', 'prefers', 'preferred', 'arrived', 'called', 'phoned', 'visited', 'lives', 'lived', 'works',
  'worked', 'admits', 'admitted', 'notes', 'voiced', 'voices', 'requests', 'requested', 'cried', 'smiled', 'laughed', 'participated',
  'napped', 'showered', 'dressed', 'cooperative', 'thinks', 'believes', 'knows', 'remembers', 'recalls', 'describes', 'described']);
// (Pass 14: and the operator of an answering service, "OPR: LW".)
// (Pass 14) First words of two-word surnames of Native American families: numbers, colours, animals, verbs.
export const COMPOUND_SURNAME_FIRST: ReadonlySet<string> = new Set(['two', 'three', 'four', 'many', 'little', 'runs', 'kills', 'brave', 'iron', 'red', 'black', 'white', 'yellow', 'spotted', 'standing', 'walking', 'sitting', 'crazy', 'lone', 'bull', 'bear', 'eagle', 'elk', 'crow', 'hawk', 'thunder', 'good', 'high', 'swift', 'charging', 'running', 'flying', 'chasing', 'shot', 'afraid', 'not']);
export const AMBIGUOUS_CREDENTIALS = new Set(['pt', 'ot', 'ma', 'pa', 'od', 'cm', 'rd', 'emt']);
// (Pass 15) The word sets every token is looked up in, as bits of one map (see `wordGates`).
const { gates: OWN_GATES, bit: G, width: EXTRAS_SHIFT } = wordGates({
  title: { words: TITLES, by: 'key' },
  nameCue: { words: NAME_CUES, by: 'key' },
  initialsCue: { words: INITIALS_CUES, by: 'key' },
  credential: { words: CREDENTIALS, by: 'key' },
  personVerb: { words: PERSON_VERBS, by: 'key' },
  blocked: { words: BLOCKED, by: 'key' },
  eponym: { words: EPONYMS, by: 'key' },
  country: { words: COUNTRIES, by: 'key' },
  lowerRoleCue: { words: LOWER_ROLE_CUES, by: 'key' },
});
// (With the word lists of `markNameExtras` above those bits: its look-up is this one.)
export const GATES: ReadonlyMap<string, number> = new Map([...new Set([...OWN_GATES.keys(), ...WORD_BITS.keys()])].map((w) => [w, (OWN_GATES.get(w) ?? 0) | ((WORD_BITS.get(w) ?? 0) << EXTRAS_SHIFT)]));

export { G, EXTRAS_SHIFT };

// NAME_BEFORE can only start with a comma, "(", "|" or a space (\s, which includes Unicode spaces):
// a cheap test of the next character spares the slice and the pattern after most name-shaped words.
export function mayLeadNameBefore(c: number): boolean {
  return c === 44 || c === 40 || c === 124 || c <= 32 || c >= 128;
}

// (Pass 15) After its comma and blanks, NAME_BEFORE goes on with "born", "b.", "age", a number,
// "(", "|", "DOB", "MRN" or "is": the first other character of the 18 it reads is one of those
// letters, a digit, a bracket or a bar. (Blanks outside ASCII are skipped with any other character
// outside ASCII: a test that lets more through than the pattern takes.)
export function mayContinueNameBefore(text: string, at: number): boolean {
  let p = at;
  const end = Math.min(text.length, at + 18);
  if (text.charCodeAt(p) === 44) p += 1;
  while (p < end && (text.charCodeAt(p) <= 32 || text.charCodeAt(p) >= 128)) p += 1;
  if (p >= end) return false;
  const c = text.charCodeAt(p) | 32;
  return c === 98 /* b */ || c === 97 /* a */ || c === 100 /* d */ || c === 109 /* m */ || c === 105 /* i */ || (c >= 48 && c <= 57) || c === 40 || c === 124;
}

// The dotted credentials ("M.D.", "D.O.", "Ph.D.", "R.N.", "N.P.", "PA-C") start with M, D, P, R or N.
export function mayStartDottedCredential(c: number): boolean {
  return c === 77 || c === 68 || c === 80 || c === 82 || c === 78;
}
