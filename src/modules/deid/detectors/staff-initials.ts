// (Pass 25) Staff initials where a role or an act names the one who did it: "RPh check DL", "Tech
// bf", "scribe tk", "reviewed AK 12/3" (not "Verified bup/nx"), "Typed YAK/lrb", "Grossed by TJ (PA)",
// "Prepared by tlw - Mercy Valley", "by RW 06/13/2025 13:40", "jb CPhT", "Thanks - KL/dk".
// The initials are two or three letters in one case (or "DMc"), no clinical abbreviation, credential,
// function word or ordinary English word, and end where initials end: the line, a slash, a bracket,
// a date, a dash or a punctuation mark.
import { neverAName } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const INITIALS = '(?<v>[A-Z]{2,3}|[a-z]{2,3}|[A-Z][a-z][A-Z])';
const ENDS = '(?=[ \\t]*(?:\\r?\\n|$|\\/|\\([A-Za-z]|[.,;|](?![A-Za-z0-9]))|[ \\t]{2,}\\S|[ \\t]+(?:\\d{1,2}\\/\\d{1,2}|[-–|][ \\t]))';
// The words of each pattern, written once: the pattern and the test that the note holds them are built from them.
const ACTS = '(?:RPh|RPH|PharmD|CPhT|[Tt]ech|TECH|[Cc]ollector|[Ss]cribe|[Rr]eviewed|[Rr]eviewer|[Ee]dited|[Tt]yped|TYPED|[Gg]rossed[ \\t]+by|[Pp]repared[ \\t]+by|[Cc]ase[ \\t]+worker)[ \\t]*:?[ \\t]+';
const PHARMACY_ROLES = '(?:CPhT|RPh|PharmD)\\b';
const SIGN_OFF_ROLES = '(?:SW|CM|RN|LPN|CDCES|CHW|MSW|LCSW|RD)\\b';
const BRACKET_ROLES = '\\((?:CM|SW|RN|PT|OT|RD|SLP|RT|NP|PA|CHW|PharmD|MD)\\)';
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])${ACTS}(?:by[ \\t]+|check(?:ed)?[ \\t]+)?${INITIALS}${ENDS}`, 'gu');
const BY_BEFORE_DATE = /\bby[ \t]+(?<v>[A-Z]{2,3})(?=[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})/g;
const ROLE_AFTER = new RegExp(`(?<![\\p{L}\\p{N}])(?<v>[A-Z]{2,3}|[a-z]{2,3})(?=[ \\t]+${PHARMACY_ROLES})`, 'gu');
// (Pass 26) Initials opening a sign-off line or after its dash before a discipline, "-jw SW", "jm CM",
// "JLH RN TCM" (closing their line), and initials with their discipline in brackets in a list,
// "present: TM (CM), JW (SW), ...".
const SIGN_OFF_START = '(?:^|\\n)[ \\t]*(?:[-–/][ \\t]*)?';
const SIGN_OFF_END = '(?:[ \\t]+[A-Z]{2,4})?[ \\t]*(?:\\r?\\n|$)';
const SIGN_OFF_ROLE = new RegExp(`(?<=${SIGN_OFF_START})(?<v>[A-Z]{2,3}|[a-z]{2,3})(?=[ \\t]+${SIGN_OFF_ROLES}${SIGN_OFF_END})`, 'g');
const BRACKET_ROLE = new RegExp(`(?<![\\p{L}\\p{N}])(?<v>[A-Z]{2,3})(?=[ \\t]*${BRACKET_ROLES}[ \\t]*[,;])`, 'gu');
const DASH_PAIR = /(?<=[-–][ \t]*)(?<v>[A-Z]{2,3})\/(?<w>[a-z]{2,3})(?=[ \t]*(?:\r?\n|$))/g;
// (Each pattern is tried only when the words it starts from are in the note.)
const PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  [new RegExp(`${ACTS}[A-Za-z]`), ROLE_BEFORE],
  [/\bby[ \t]+[A-Z]{2,3}[ \t]+\d/, BY_BEFORE_DATE],
  [new RegExp(`[ \\t]${PHARMACY_ROLES}`), ROLE_AFTER],
  // (Whether SIGN_OFF_ROLE matches at all, read from the discipline: far cheaper than from every line start.)
  [new RegExp(`${SIGN_OFF_ROLES}(?<=${SIGN_OFF_START}(?:[A-Z]{2,3}|[a-z]{2,3})[ \\t]+${SIGN_OFF_ROLES})${SIGN_OFF_END}`), SIGN_OFF_ROLE],
  [new RegExp(BRACKET_ROLES), BRACKET_ROLE],
];

/**
 * Staff initials named by their role or act.
 *
 * @example
 *   staffInitials({ text: 'RPh check DL   Tech bf', ... }) // NAME over "DL" and "bf"
 */
export function staffInitials({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const initialsOk = (v: string) => {
    const key = v.toLowerCase();
    if (neverAName(key)) return false;
    return v !== key || !d.englishWords.has(key);
  };
  const push = (start: number, v: string) => {
    if (initialsOk(v)) out.push({ start, end: start + v.length, type: 'NAME', priority: PRIORITY.name });
  };
  for (const [hint, re] of PATTERNS) if (hint.test(text)) for (const m of allMatches(re, text)) push(m.index! + m[0].length - m.groups!.v!.length, m.groups!.v!);
  if (/[-–][ \t]*[A-Z]{2,3}\/[a-z]/.test(text)) for (const m of allMatches(DASH_PAIR, text)) {
    push(m.index!, m.groups!.v!);
    push(m.index! + m[0].length - m.groups!.w!.length, m.groups!.w!);
  }
  return out;
}
