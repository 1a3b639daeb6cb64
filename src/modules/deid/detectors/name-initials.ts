// (Pass 16) Staff initials that the note itself ties to a person, or that close a dated entry:
//   1. A key of initials: "RM = R. Molina, RN", "MK = Mai Kue, CHW", "J. M. Kowalski, CNM (JMK)".
//      The initials are then a name wherever they stand in the note in capitals: flow sheets, MARs
//      and dosing logs sign each row with them ("07/08/24   95 mg   obs   RM").
//   2. Lower-case initials after the date that closes an entry: "Reconciled 5/23/24 bt.",
//      "Transcribed 8/14/24 mh RN", "PFS intake 11/04/24 tmb: escalated", "(mk, 4/16/24)".
// (Pass 17) 3. Initials, or a list of them, after the staff who count, check, record or hand off:
//      "circulator RB, scrub dm", "Compressions: JR, TW, ML", "Technologists: JFK, mt", "dbl ck lh.",
//      "read back verified by KW", "Performed by: TN/rgs", "report rec'd from tk.", "handoff to CJ,".
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, TITLES } from '../lexicon';
import { PRIORITY, allMatches, matchesAt, type Candidate, type DetectInput } from './detector';
import { initialsOk } from './name-aliases';


// A person's name in title case (not a heading in capitals, "SEXUAL ASSAULT NURSE EXAMINER (SANE)").
const NAME_WORDS = `(?:\\p{Lu}\\.[ \\t]*|\\p{Lu}\\p{Ll}[\\p{L}'’-]*[ \\t]+){1,3}\\p{Lu}\\p{Ll}[\\p{L}'’-]*`;
// (Pass 20: the key also in lower case, "tl = Thuy Le", "(mgl)"; before the name after a slash or
// in brackets, "jm / Jovana Milosavljevic", "-bk (Bao Khanh)"; after a name with two credentials or
// one with a slash, "Kiri Paewai, OTR/L (KP)".)
const KEY = '([A-Z]{2,4}|[a-z]{2,4})';
// (Sticky, tried only at the letters that end just before an "=", "/" or "(": see `keyStarts`.)
const KEY_BEFORE = new RegExp(`${KEY}[ \\t]*[=/(][ \\t]*(${NAME_WORDS})`, 'uy');
const CREDENTIAL = '[A-Z][A-Za-z/-]{1,6}';
const KEY_AFTER = new RegExp(`(${NAME_WORDS})(?:,[ \\t]*${CREDENTIAL}(?:,[ \\t]*${CREDENTIAL})?)?[ \\t]*\\(${KEY}\\)`, 'gu');
const DATE = `\\d{1,2}\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})`;
const AFTER_DATE = new RegExp(`(?<![\\w/])${DATE}[ \\t]+([a-z]{2,3})(?=\\.?[ \\t]*(?:\\n|$)|\\.[ \\t]+\\p{Lu}|[ \\t]*[):]|[ \\t]+(?:RN|LPN|CMA|MA)\\b)`, 'gu');
const BEFORE_DATE = new RegExp(`\\(([a-z]{2,3}),[ \\t]*\\d{1,2}\\/\\d{1,2}(?:\\/(?:\\d{4}|\\d{2}))?\\)`, 'g');

const STAFF = `(?:circulator|scrub|compressions|technologists?|techs?|operators?|recorder|rt|transport|minutes|(?:dbl[ \\t-]?)?(?:checked|ck)(?:[ \\t]+(?:w\\/|with|by))?|(?:verified|performed|printed|reviewed|witnessed|read[ \\t]+back(?:[ \\t]+verified)?)[ \\t]+by|rec'?d[ \\t]+from|rcvd|handoff[ \\t]+to|report[ \\t]+(?:to|from)|closed[ \\t]+\\d{4})`;
const ONE = '(?:[A-Z]{2,3}|[a-z]{2,3})(?![\\p{L}\\p{N}])';
const STAFF_INITIALS = new RegExp(`${STAFF}[ \\t]*:?[ \\t]*(${ONE}(?:[ \\t]*[,/+][ \\t]*${ONE}){0,4})(?=[ \\t]*(?:$|\\r?\\n|[.,;:)(*/+])|[ \\t]+(?:RN|LPN|CNA|MD|PA|NP|RT|MLT|PCT|from|for|\\d)\\b|[ \\t]{2})`, 'iuy');
const STAFF_FIRST: ReadonlySet<string> = new Set(['circulator', 'scrub', 'compressions', 'technologist', 'technologists', 'tech', 'techs', 'operator', 'operators', 'recorder', 'rt', 'transport', 'minutes', 'dbl', 'checked', 'ck', 'verified', 'performed', 'printed', 'reviewed', 'witnessed', 'read', 'rec', "rec'd", 'recd', 'rcvd', 'handoff', 'report', 'closed']);
// (Pass 20) One person's initials, no list, after the staff who counsel, take in, supervise,
// acknowledge, check a second time, review, complete, receive, correct, prepare or cover:
// "counselor JW", "2nd check MDC", "ack JH.", "QA tb", "reviewed GH.", "Covering: DLK pgr".
const MORE_STAFF = new RegExp(`(?:counsell?or|paralegal|intake|supv|supervisor|ack|qa|(?<=(?:2nd|second)[ \\t]+)check|verified|reviewed|completed|received|corrected|prepared[ \\t]+by|covering|cytotech|phleb|dispatcher)[ \\t]*:?[ \\t]*(${ONE})(?=[ \\t]*(?:$|\\r?\\n|\\.(?![\\p{L}\\p{N}])|[,;)(*+])|[ \\t]+(?:RN|LPN|CNA|MD|PA|NP|RT|MLT|PCT|pgr|\\d)\\b|[ \\t]{2})`, 'iuy');
const MORE_STAFF_FIRST: ReadonlySet<string> = new Set(['counselor', 'counsellor', 'paralegal', 'intake', 'supv', 'supervisor', 'ack', 'qa', 'check', 'verified', 'reviewed', 'completed', 'received', 'corrected', 'prepared', 'covering', 'cytotech', 'phleb', 'dispatcher']);

// (Pass 17) 4. Lower-case names with an initial: "j. moriarty rrt", "signed p. gomez-albright", "rm 11
//      harold b. - up at 0400", "aide: lakeisha p.". The surname must be a census surname, the given
//      name a census given name, neither a common English or a clinical word ("e. coli", "p.o.").
// Whether "j. smith" or "john s." may be in the note, read from the initial's full stop (a test
// of every position from its start was the costlier form of the same question).
const LOWER_INITIAL_HINT = /\.(?:[ \t]?[a-z]{3}(?<=(?:^|[^\p{L}\p{N}.])[a-z]\.[ \t]?[a-z]{3})|(?<=[a-z]{3}[ \t][a-z]\.))/u;
const LOWER_INITIAL_SURNAME = /(?<![\p{L}\p{N}./])([a-tv-z])\.[ \t]?([a-z][a-z'’]{2,}(?:-[a-z][a-z'’]{2,})?)(?![\p{L}.])/gu;
const LOWER_GIVEN_INITIAL = /(?<![\p{L}\p{N}.])([a-z]{3,})[ \t]([a-z])\.(?=[ \t]*(?:[-,;)(]|\r?\n|$|\d))/gu;

const HANDOFF_GIVEN = /\b(?:hand-?off|report|transport)[ \t]+(?:(?:to|from|given[ \t]+to|rec'?d[ \t]+from|by)[ \t]+)?([a-z]{3,12})(?=[ \t]*(?:[.,;:)]|\r?\n|$|[ \t](?:rn|lpn|at|@|\d)))/g;

/**
 * The initials of a name's words ("R. Molina" → "RM"), of its first and last word when it has three,
 * and (pass 20) of every part of a hyphenated word ("T. Lindqvist-Wade" → "TLW").
 */
function initialsOfName(name: string): string[] {
  const words = name.trim().split(/[ \t]+|(?<=\.)(?=\p{Lu})/u);
  const firsts = words.map((w) => w[0]).join('');
  const parts = words.flatMap((w) => w.split('-').filter((p) => p !== '')).map((w) => w[0]).join('');
  return [firsts, ...(firsts.length === 3 ? [firsts[0]! + firsts[2]!] : []), ...(parts !== firsts ? [parts] : [])];
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where two to four letters start that blanks and an "=", "/" or "(" follow, not inside a word: where a key can start. */
function keyStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 61 && c !== 47 && c !== 40) continue;
    let end = i;
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end -= 1;
    let start = end;
    while (start > 0 && end - start < 5 && isAsciiLetter(text.charCodeAt(start - 1))) start -= 1;
    if (end - start < 2 || end - start > 4 || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!))) continue;
    if (out.length === 0 || out[out.length - 1]! < start) out.push(start);
  }
  return out;
}

/** The name, or its last words, whose initials `initials` are: "Tech S. Petrakis (SP)" (pass 20). */
function keyedName(initials: string, name: string): string | undefined {
  const key = initials.toUpperCase();
  const words = name.trim().split(/[ \t]+/);
  for (let k = 0; k < words.length - 1; k++) {
    const named = words.slice(k).join(' ');
    if (initialsOfName(named).includes(key)) return named;
  }
  return undefined;
}

/**
 * Finds staff initials keyed to a name, everywhere in the note, and initials closing a dated entry.
 *
 * @example
 *   detectNameInitials({ text: 'RM = R. Molina, RN\n07/08/24  obs  RM', ... }) // NAME over both "RM"
 */
export function detectNameInitials({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'NAME', priority: PRIORITY.labeled });
  const keyed = new Set<string>();
  // (Its last word is a surname or no common word: not "Staten Island Riverside Hospital (SIRH)".)
  const surname = (name: string) => {
    const key = /[\p{L}'’-]+$/u.exec(name)![0].toLowerCase();
    return d.lastNames.has(key) || (d.englishWords.get(key) ?? 99) > 35;
  };
  // (Pass 20: no common word after the first, which would be a place's or a plan's, "Oregon Health Plan (OHP)".)
  const keyOk = (initials: string, name: string) => {
    const named = CREDENTIALS.has(initials.toLowerCase()) ? undefined : keyedName(initials, name);
    return named !== undefined && surname(named) && !named.split(/[ \t]+/).slice(1).some((w) => (d.englishWords.get(w.toLowerCase()) ?? 99) <= 20 && !d.firstNames.has(w.toLowerCase()));
  };
  for (const m of matchesAt(KEY_BEFORE, text, keyStarts(text))) if (keyOk(m[1]!, m[2]!)) keyed.add(m[1]!);
  // (What every match ends with, tested first: the pattern tries a name at every capital.)
  if (/\((?:[A-Z]{2,4}|[a-z]{2,4})\)/.test(text)) for (const m of allMatches(KEY_AFTER, text)) if (keyOk(m[2]!, m[1]!)) keyed.add(m[2]!);
  for (const initials of keyed) {
    for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + 1)) {
      const end = at + initials.length;
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) push(at, end);
    }
  }
  if (/\/(?<=\d\/)\d{2,4}[ \t]+[a-z]/.test(text)) {
    for (const m of allMatches(AFTER_DATE, text)) if (initialsOk(d, m[1]!)) push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);
  }
  if (text.includes('(')) for (const m of allMatches(BEFORE_DATE, text)) if (initialsOk(d, m[1]!)) push(m.index! + 1, m.index! + 1 + m[1]!.length);
  if (LOWER_INITIAL_HINT.test(text)) {
    const nameWord = (w: string, census: ReadonlyMap<string, number> | ReadonlySet<string>) => census.has(w) && (d.englishWords.get(w) ?? 99) > 35 && !CLINICAL_ABBREVIATIONS.has(w) && !(d.medicalTerms.has(w) && !d.lastNames.has(w));
    for (const m of allMatches(LOWER_INITIAL_SURNAME, text)) if (m[2]!.split('-').every((w) => nameWord(w.replace(/['’]s$/, ''), d.lastNames))) push(m.index!, m.index! + m[0].length);
    for (const m of allMatches(LOWER_GIVEN_INITIAL, text)) if (nameWord(m[1]!, d.firstNames)) push(m.index!, m.index! + m[0].length - 1);
  }
  // (Pass 17) 5. A given name in lower case after a hand-off: "hand-off from deb.", "handoff to marisol,".
  if (/hand-?off|report|transport/.test(text)) for (const m of allMatches(HANDOFF_GIVEN, text)) {
    const w = m[1]!;
    if (d.firstNames.has(w) && (d.englishWords.get(w) ?? 99) > 35 && !d.medicalTerms.has(w) && !CLINICAL_ABBREVIATIONS.has(w)) push(m.index! + m[0].length - w.length, m.index! + m[0].length);
  }
  for (const t of tokens) {
    if (MORE_STAFF_FIRST.has(t.key)) {
      MORE_STAFF.lastIndex = t.start;
      const m = MORE_STAFF.exec(text);
      if (m && /^(?:[A-Z]+|[a-z]+)$/.test(m[1]!) && initialsOk(d, m[1]!) && !TITLES.has(m[1]!.toLowerCase())) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    }
    if (!STAFF_FIRST.has(t.key)) continue;
    STAFF_INITIALS.lastIndex = t.start;
    const m = STAFF_INITIALS.exec(text);
    if (!m) continue;
    const listStart = m.index + m[0].length - m[1]!.length;
    const items = [...m[1]!.matchAll(/[A-Za-z]+/g)];
    // (Case is checked here: the pattern ignores it for the role words. In a list of two or more,
    // initials in capitals that spell a unit stand with the others: "JR, TW, ML".)
    const shaped = items.filter((w) => /^(?:[A-Z]+|[a-z]+)$/.test(w[0]));
    // (Whom a report or a ride goes to may be an agency, "report to DSS", "transport CHR": there only
    // two capitals or lower case.)
    const agencyRole = /^(?:report|transport|reviewed|handoff)/i.test(m[0]);
    const ok = shaped.filter((w) => initialsOk(d, w[0]) && !TITLES.has(w[0].toLowerCase()) && w[0].toLowerCase() !== 'co' && !(agencyRole && /^[A-Z]{3}$/.test(w[0])));
    for (const w of shaped) if (ok.includes(w) || (ok.length >= 2 && /^[A-Z]+$/.test(w[0]) && !CREDENTIALS.has(w[0].toLowerCase()))) push(listStart + w.index!, listStart + w.index! + w[0].length);
  }
  return out;
}
