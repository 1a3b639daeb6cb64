// (Pass 17) Who speaks in a chat log or signs a flow sheet's rows or a dictation, by the shape of the lines:
//   1. The speaker after a line's time stamp, before a colon: "0744 marisela (RN): heads up",
//      "[22:41] okonkwo_c (tele-ED MD): new pt", "07:05 mdelgado: thx". A word that names (a census
//      name that is no common word, a user name with "_" or ".") is enough; any other needs a role in
//      brackets or a second line of its own (a long unknown word too). Every other mention of the
//      speaker in the note is then a name too ("... pk pls do SCOFF").
//   2. The same initials closing two or more rows of a table, in capitals or lower case, alone or as a
//      pair of columns: "01/04/22  0900   92%   91   same        KB", "20/80  14/22   DG   sw".
//   3. Typist pairs closing a line or before the dictation's date: "DW/sr", "RS/JMK 03/19/2024 14:20",
//      "RA:wq  D: 12/19/96", "bo/tl" alone on a line; and initials after a dictation word before its
//      date: "TRANSCRIBED mw   01/25/24", "tr vg  09/09/2024".
//   4. (`signerInitials`, after the other detectors) a signer's own initials after the name on its
//      line or the next: "Soledad Arnaiz, MD  SA", "RN: Roselyn Pacheco  rp", "Paige Ronning, RN  (pr)".
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, FUNCTION_WORDS, MONTHS, NAME_CUES, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { allMatches, matchesAt, PRIORITY, rowStarts, type Candidate, type DetectInput } from './detector';
import { initialsOk } from './name-aliases';

const STAMP = `(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?|\\d{4}|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?[ \\t]+\\d{1,2}:?\\d{2})`;
const SPEAKER = new RegExp(`(?<=^|\\n)[ \\t]*${STAMP}[ \\t]+(?:-[ \\t]+)?([A-Za-z][A-Za-z_.'-]{1,19})(?:[ \\t]*\\(([^()\\n]{1,24})\\))?[ \\t]*:`, 'g');
// Injection sites and sides written in the same columns: "LT", "RA", "LD".
const SITES: ReadonlySet<string> = new Set(['lt', 'rt', 'la', 'ra', 'll', 'rl', 'ld', 'rd', 'lg', 'rg', 'lvl', 'rvl', 'im', 'sc', 'sq', 'id', 'po', 'iv', 'in', 'od', 'os', 'ou']);
const DATED_ROW = /^[ \t]*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2}|\d{4})\b/;
const ROW_INITIALS = /(?<=^|\n)[^\n]*?\S[ \t]{2,}([A-Z]{2,3}|[a-z]{2,3})(?:[ \t]{2,}([A-Z]{2,3}|[a-z]{2,3}))?[ \t]*(?=\r?\n|$)/g;

const TYPIST_PAIR_END = /(?<=^|\n|[ \t]|[,;])([A-Z]{2,4}|[a-z]{2,3})(?:[ \t]?\/[ \t]?|:)([a-z]{2,4}|[A-Z]{2,4})(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:\d{1,2}\/\d{1,2}\/\d{2,4}|DD?:|DT:|D:|T:))/g;
const DICTATION_INITIALS = /\b(?:TRANSCRIBED|[Tt]ranscribed|DICTATED|[Dd]ictated|tr)[ \t]*:?[ \t]+([A-Z]{2,4}|[a-z]{2,3})(?=[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}|[ \t]+\/[ \t])/g;
// Short words that close lines after a slash and are no one's initials.
const NOT_TYPISTS: ReadonlySet<string> = new Set(['mg', 'ml', 'hr', 'hrs', 'min', 'wk', 'wks', 'day', 'yr', 'yrs', 'mo', 'prn', 'qd', 'bid', 'tid', 'qid', 'am', 'pm', 'kg', 'lb', 'lbs', 'dl', 'mmol', 'meq', 'cm', 'mm', 'in', 'ft', 'sec', 'neg', 'pos', 'nl', 'wnl', 'na', 'nka', 'yes', 'no', 'and', 'or', 'the', 'per']);

// (Pass 19) A typist pair that is its line's only text, closing a letter or a dictation: "CP/gf",
// "rek/mv", "KS/RH". The shape decides, though a part also spells a cue or a clinical word ("gf",
// "mv", "cv"); not a unit or a ratio ("mg/dl", "pt/inr", and so not "po/tn" either), and two
// capital parts not when they spell clinical words ("PT/OT", "CP/SOB").
const TYPIST_LINE = /(?<=(?:^|\n)[ \t]*)([A-Z]{2,4}|[a-z]{2,4})[ \t]?\/[ \t]?([a-z]{2,4}|[A-Z]{2,4})(?=[ \t]*(?:\r?\n|$))/g;
const RATIO_PARTS: ReadonlySet<string> = new Set(['pt', 'inr', 'ptt', 'ot', 'st', 'sob', 'cp', 'bp', 'hr', 'rr', 'iv', 'po', 'im', 'sq', 'sc', 'lft', 'lfts', 'bun', 'cr', 'ua', 'cx', 'dx', 'tx', 'rx', 'hx', 'sx', 'fx', 'ap', 'lat', 'pa', 'tid', 'bid', 'qd', 'mom', 'dad', 'he', 'she', 'his', 'her', 'him', 'we', 'us']);
// (Pass 19) Lower-case initials after a spaced dash closing a line, a nurse's or clerk's sign-off
// in a running log: "ceftriaxone hung. -mr", "duplicate - linked.  -ct", "scheduled 9/16/24 8:00 AM. -jp".
const DASH_INITIALS = /(?<=[.;:)!?][ \t]+-|[ \t]{2,}-|(?:^|\n)[ \t]*-)[ \t]?([a-z]{2,3})(?=[ \t]*(?:\r?\n|$))/g;

// (Pass 20) A dictation footer: two to four initials joined by slashes or colons before the
// dictation's date, time or job number, "ES/TR D: 09/18/2022", "IC/VS/mlk   Job 88412-07",
// "AD/RP  03/14/2025 04:02". The place says they are people, whatever they spell.
// (Sticky: tried at the lines' starts only.)
const DICTATION_FOOTER = /((?:[A-Z]{2,4}|[a-z]{2,4})(?:(?:[ \t]?\/[ \t]?|:)(?:[A-Z]{2,4}|[a-z]{2,4})){1,3})(?=[ \t]+(?:DD?:|DT:|D:|T:|Job\b|JOB\b|\d{1,2}\/\d{1,2}\/\d{2,4}))/y;
// (Pass 20) Initials signing after a dash, before a comma, a bracket, a slash or the line's end:
// "-AH, camp RN", "-TG (SW) for team", "-BG/LT", "-ck / county epi".
// (The dash against the initials, or two dashes: "- CGM (Dexcom G7)" is a list's item.)
// (Pass 22: an em or en dash too, "—MV"; and closing the note, after its credential or in its
// bracket, "-OA NP", "-AV]", where even a clinical abbreviation signs: "—OB", "-SR".)
const DASH_SIGNED = /(?<=(?:^|\n)[ \t]*|[.;:)!?][ \t]+)(?:-|--[ \t]?|[—–])([A-Z]{2,3}|[a-z]{2,3})(?:[ \t]?\/[ \t]?([A-Z]{2,3}|[a-z]{2,3}))?(?=[ \t]*(?:,|\(|\/|\r?\n|$)|[ \t]+(?:RN|NP|LPN|CNA|SW|MSW|LCSW|CHW)[ \t]*$|\][ \t]*$)/g;
const NOTE_END = /^[ \t]*(?:(?:RN|NP|LPN|CNA|SW|MSW|LCSW|CHW)[ \t]*)?\]?\s*$/;

// (Pass 20) Initials opening a line before the signer's credential, training year, pager or the
// physician they sign for: "mw, RN", "TQ PGY-1 pgr 3318", "PRS (MICU PGY-3) pgr", "ppk night
// admitter, pgr 5092", "LM / Achterberg-Nunez", "KR for Dr. Beaulieu".
const LINE_SIGNER = /([A-Z]{2,4}|[a-z]{2,4})(?=,?[ \t]+(?:RN|LPN|CNA|NP|PA-C|SW|LCSW|MSW|RRT|CMA)\b[ \t]*(?:$|\r?\n|[,;])|[ \t]+\(?[^)\n]{0,12}PGY-?\d|[ \t]+(?:pgr|PGR)[ \t]*\d|[ \t]+(?:night|day)[ \t]+(?:admitter|float|resident|intern)|[ \t]*\/[ \t]*(?:Dr\.?[ \t]|\p{Lu}\p{Ll}[\p{L}'’-]+[ \t]*(?:\r?\n|$)|\p{Lu}{3,}[ \t]+(?:PGR|pgr))|[ \t]+for[ \t]+Dr\.?[ \t])/uy;

// (Pass 19) Lower-case initials after "by", a transcriptionist's "tr" or "staff", closing the clause:
// "read back verified by lmc||", "indexed 01/29/2024 by ydl ***", "filed 4/30/24 by kh for", "/ tr cjh
// job #559210", "staff: jb / dana k.", "Rec'd: 4/2/24 0915 by kjp RN".
const BY_INITIALS = /\b(?:by|BY|tr|staff|Staff|STAFF)[ \t]*:?[ \t]+([a-z]{2,3})(?=[ \t]*(?:\r?\n|$|[.,;)|\]*/]|\(|[ \t]+(?:rn|RN|lpn|LPN|ma|MA|for|job|\d{1,2}\/\d{1,2})\b))/g;
const NOT_BY_INITIALS: ReadonlySet<string> = new Set(['ems', 'pcp', 'ob', 'gi', 'ed', 'er', 'ent', 'icu', 'or', 'pt', 'ot', 'st', 'rt', 'np', 'pa', 'md', 'do', 'rn', 'cm', 'sw', 'iv', 'po', 'im', 'ct', 'mri', 'us', 'me', 'him', 'her', 'you', 'fax', 'ups', 'car', 'bus', 'cab', 'van', 'air', 'phone', 'sms', 'app', 'dr', 'ma', 'lab', 'id', 'uc', 'sar', 'dpt', 'nsg', 'tsp', 'tbsp', 'chk', 'oct', 'dtr', 'sis', 'bro', 'hcp', 'poa', 'fob', 'mob', 'sil', 'dil', 'fil', 'mil']);

/** Typist pairs and dictation initials (rule 3). */
function typistInitials(text: string, d: DetectInput['dictionaries'], push: (start: number, end: number) => void): void {
  if (/[A-Za-z][/:][ \t]?[A-Za-z]{2,4}[ \t]*(?:\n|$|[ \t]+\d)|[A-Za-z][/:][A-Za-z]{2,4}[ \t]+[DT]{1,2}:/.test(text)) {
    for (const m of allMatches(TYPIST_PAIR_END, text)) {
      const [a, b] = [m[1]!, m[2]!];
      const ka = a.toLowerCase();
      const kb = b.toLowerCase();
      if (CREDENTIALS.has(ka) || CREDENTIALS.has(kb) || TITLES.has(ka) || NOT_TYPISTS.has(ka) || NOT_TYPISTS.has(kb) || NOT_NAMES.has(ka) || NOT_NAMES.has(kb)) continue;
      // (Two of one case must both pass as initials, "CP/SOB" and "PT/OT" do not; capitals then lower
      // case is a typist's pair by its shape, "DW/sr".)
      const mixed = /^[A-Z]+$/.test(a) && /^[a-z]+$/.test(b);
      if (!mixed && (!initialsOk(d, a) || !initialsOk(d, b))) continue;
      if (mixed && !initialsOk(d, a)) continue;
      // (Two lower-case parts only alone on their line, "bo/tl"; two capital parts only at a line's
      // start or before the date, not a column's heading, "GRP/CARC", nor a credential after a name, ", NNP / TLH".)
      const lineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index! - 8), m.index!));
      if (/^[a-z]/.test(a) && !lineStart) continue;
      if (!mixed && /^[A-Z]/.test(a) && !lineStart && /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
      if (/,[ \t]*$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      const bAt = m.index! + m[0].length - b.length;
      push(m.index!, m.index! + a.length);
      push(bAt, bAt + b.length);
    }
  }
  if (/(?:^|\n)[ \t]*[A-Za-z]{2,4}[ \t]?\/[ \t]?[A-Za-z]{2,4}[ \t]*(?:\r?\n|$)/.test(text)) {
    for (const m of allMatches(TYPIST_LINE, text)) {
      const [a, b] = [m[1]!, m[2]!];
      const ka = a.toLowerCase();
      const kb = b.toLowerCase();
      if (NOT_TYPISTS.has(ka) || NOT_TYPISTS.has(kb) || CREDENTIALS.has(ka) || CREDENTIALS.has(kb) || TITLES.has(ka) || RATIO_PARTS.has(kb) || (RATIO_PARTS.has(ka) && /^[a-z]/.test(a))) continue;
      const caps = /^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b);
      if (/^[a-z]/.test(a) && /^[A-Z]/.test(b)) continue; // ("sjh / PSA": a typist's part comes last)
      if (caps && (CLINICAL_ABBREVIATIONS.has(ka) || CLINICAL_ABBREVIATIONS.has(kb) || NOT_NAMES.has(ka) || NOT_NAMES.has(kb))) continue;
      // (Two lower-case parts that are common words are prose, "and/or", "he/she".)
      if (/^[a-z]/.test(a) && [ka, kb].some((k) => (d.englishWords.get(k) ?? 99) <= 20)) continue;
      const bAt = m.index! + m[0].length - b.length;
      push(m.index!, m.index! + a.length);
      push(bAt, bAt + b.length);
    }
  }
  const lines = rowStarts(text);
  for (const m of matchesAt(DICTATION_FOOTER, text, lines)) {
    const parts = [...m[1]!.matchAll(/[A-Za-z]+/g)];
    if (parts.some((p) => { const k = p[0].toLowerCase(); return NOT_TYPISTS.has(k) || RATIO_PARTS.has(k) || CREDENTIALS.has(k) || (/^[a-z]/.test(p[0]) && (d.englishWords.get(k) ?? 99) <= 20); })) continue;
    // (Not words of a study or a field that all spell clinical words, "PET/CT 11/18/2025".)
    if (parts.every((p) => CLINICAL_ABBREVIATIONS.has(p[0].toLowerCase()) || NOT_NAMES.has(p[0].toLowerCase()))) continue;
    for (const p of parts) push(m.index! + p.index!, m.index! + p.index! + p[0].length);
  }
  if (/[-—–][ \t]?[A-Za-z]{2,3}[ \t]*(?:[,(/\n\]]|$)|[-—–][A-Z]{2,3}[ \t]+[A-Z]{2,4}[ \t]*$/.test(text)) {
    for (const m of allMatches(DASH_SIGNED, text)) {
      const closing = NOTE_END.test(text.slice(m.index! + m[0].length));
      for (const part of [m[1], m[2]]) {
        if (part === undefined) continue;
        const k = part.toLowerCase();
        // (In capitals a word's spelling does not matter after the dash, "-AH": only clinical words are refused.)
        const ok = /^[A-Z]+$/.test(part) ? (closing || (!CLINICAL_ABBREVIATIONS.has(k) && !NOT_NAMES.has(k))) && !CREDENTIALS.has(k) && !FUNCTION_WORDS.has(k) : initialsOk(d, part);
        if (!ok || NOT_TYPISTS.has(k) || RATIO_PARTS.has(k) || (TITLES.has(k) && !(closing && /^[A-Z]+$/.test(part)))) continue;
        const at = m.index! + m[0].indexOf(part, part === m[2] ? m[0].indexOf('/') : 0);
        push(at, at + part.length);
      }
    }
  }
  for (const m of matchesAt(LINE_SIGNER, text, lines)) {
    const k = m[1]!.toLowerCase();
    if (initialsOk(d, m[1]!) && !NOT_TYPISTS.has(k) && !RATIO_PARTS.has(k) && !TITLES.has(k)) push(m.index!, m.index! + m[1]!.length);
  }
  if (/[.;:)!?\s]-[ \t]?[a-z]{2,3}[ \t]*(?:\r?\n|$)/.test(text)) {
    for (const m of allMatches(DASH_INITIALS, text)) {
      const k = m[1]!;
      if (NOT_TYPISTS.has(k) || RATIO_PARTS.has(k) || CREDENTIALS.has(k) || (d.englishWords.get(k) ?? 99) <= 20) continue;
      const at = m.index! + m[0].length - k.length;
      push(at, at + k.length);
    }
  }
  if (/\b(?:by|BY|tr|staff|Staff|STAFF)[ \t]*:?[ \t]+[a-z]{2,3}\b/.test(text)) {
    for (const m of allMatches(BY_INITIALS, text)) {
      const k = m[1]!;
      if (NOT_BY_INITIALS.has(k) || NAME_CUES.has(k) || k in MONTHS || WEEKDAYS.has(k) || NOT_TYPISTS.has(k) || CREDENTIALS.has(k) || CLINICAL_ABBREVIATIONS.has(k) || NOT_NAMES.has(k) || FUNCTION_WORDS.has(k) || TITLES.has(k) || (d.englishWords.get(k) ?? 99) <= 40) continue;
      const at = m.index! + m[0].length - k.length;
      push(at, at + k.length);
    }
  }
  if (/[Tt]r(?:anscribed)?\b|TRANSCRIBED|[Dd]ictated|DICTATED/.test(text)) {
    for (const m of allMatches(DICTATION_INITIALS, text)) {
      const v = m[1]!;
      if (CREDENTIALS.has(v.toLowerCase()) || NOT_TYPISTS.has(v.toLowerCase()) || FUNCTION_WORDS.has(v.toLowerCase()) || TITLES.has(v.toLowerCase())) continue;
      const at = m.index! + m[0].length - v.length;
      push(at, at + v.length);
    }
  }
}

/**
 * Finds chat speakers after time stamps, initials that close flow-sheet rows, typist pairs and
 * dictation initials (rules 1-3).
 *
 * @example
 *   detectNameHandles({ text: '0744 marisela (RN): heads up\n0746 pk (SW): ok', ... }) // NAME over "marisela", "pk"
 */
export function detectNameHandles({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (/\d[ \t\]]+[A-Za-z][A-Za-z_.'-]{1,19}[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*:/.test(text)) {
    const lines = new Map<string, number>();
    const withRole = new Set<string>();
    for (const m of allMatches(SPEAKER, text)) {
      lines.set(m[1]!, (lines.get(m[1]!) ?? 0) + 1);
      if (m[2] !== undefined) withRole.add(m[1]!);
    }
    for (const [handle, count] of lines) {
      const key = handle.toLowerCase();
      if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || CREDENTIALS.has(key) || FUNCTION_WORDS.has(key) || TITLES.has(key) || d.medicalTerms.has(key)) continue;
      const english = d.englishWords.get(key);
      const census = (d.firstNames.has(key) || d.lastNames.has(key)) && (english === undefined || english > 35);
      const evidence = withRole.has(handle) || count >= 2;
      const userName = /[_.]/.test(handle) || (evidence && handle.length >= 6 && /^[a-z]+$/.test(handle) && english === undefined && !d.cities.has(key));
      // (Capitals alone before a colon are a label, "CHA: Nora Hootch", unless a role follows in brackets.)
      if (/^[A-Z]{2,3}$/.test(handle) && !withRole.has(handle)) continue;
      const initials = handle.length <= 3 && initialsOk(d, handle);
      if (!(census || userName || (evidence && (initials || english === undefined || english > 50)))) continue;
      for (let at = text.indexOf(handle); at >= 0; at = text.indexOf(handle, at + 1)) {
        const end = at + handle.length;
        if (!/[\p{L}\p{N}_@.]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}_@]/u.test(text[end] ?? ' ')) out.push({ start: at, end, type: 'NAME', priority: PRIORITY.labeled });
      }
    }
  }
  if (/[ \t]{2}[A-Za-z]{2,3}[ \t]*(?:\n|$)/.test(text)) {
    const rows = new Map<string, number[]>();
    const pairs = new Set<number>();
    const pairAt = (at: number) => pairs.has(at);
    for (const m of allMatches(ROW_INITIALS, text)) {
      // (The pair's first column ends where the second's gap starts.)
      const second = m[2] === undefined ? -1 : m.index! + m[0].trimEnd().length - m[2].length;
      const first = m[2] === undefined ? m.index! + m[0].trimEnd().length - m[1]!.length : text.lastIndexOf(m[1]!, second - 1);
      if (m[2] !== undefined) pairs.add(first).add(second);
      for (const [value, at] of [[m[1]!, first], [m[2], second]] as const) if (value !== undefined) rows.set(value, [...(rows.get(value) ?? []), at]);
    }
    for (const [initials, starts] of rows) {
      if (starts.length < 2 || !initialsOk(d, initials) || TITLES.has(initials.toLowerCase()) || SITES.has(initials.toLowerCase())) continue;
      // (One column alone in capitals is a code as often as a signer, "VFC": then the rows start with a date or time.)
      if (/^[A-Z]+$/.test(initials) && !starts.every((at) => pairAt(at) || DATED_ROW.test(text.slice(text.lastIndexOf('\n', at) + 1, at)))) continue;
      for (const at of starts) out.push({ start: at, end: at + initials.length, type: 'NAME', priority: PRIORITY.labeled });
    }
  }
  typistInitials(text, d, (start, end) => out.push({ start, end, type: 'NAME', priority: PRIORITY.labeled }));
  return out;
}

/** The initials a name is signed with: of its first and last word, and of all its words when three. */
function initialsOf(name: string): string[] {
  const words = name.split(/[ \t,]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const firstLast = (words[0]![0]! + words[words.length - 1]![0]!).toLowerCase();
  return words.length === 3 ? [firstLast, words.map((w) => w[0]).join('').toLowerCase()] : [firstLast];
}

// Initials standing alone after a name on the rest of its line or on the next: closing the line,
// before a date or a phone label, or in brackets.
const SIGNER_INITIALS = /(?<![\p{L}\p{N}'’.-])\(?([A-Z]{2,3}|[a-z]{2,3})\)?(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:\d{1,2}\/\d|ph\b|tel\b))/gu;

/**
 * Finds a signer's own initials after a found name of two or three words.
 *
 * @example
 *   signerInitials('Soledad Arnaiz, MD  SA', spans, d) // NAME over "SA" when "Soledad Arnaiz" is a NAME span
 */
export function signerInitials(text: string, spans: readonly Candidate[], d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    typistAfterSigner(text, s.end, out);
    const wanted = initialsOf(text.slice(s.start, s.end));
    if (wanted.length === 0) continue;
    const lineEnd = text.indexOf('\n', s.end);
    const nextEnd = lineEnd < 0 ? text.length : (text.indexOf('\n', lineEnd + 1) + 1 || text.length + 1) - 1;
    const rest = text.slice(s.end, nextEnd);
    for (const m of allMatches(SIGNER_INITIALS, rest)) {
      const key = m[1]!.toLowerCase();
      if (!wanted.includes(key) || CREDENTIALS.has(key) || TITLES.has(key) || SITES.has(key) || NOT_NAMES.has(key)) continue;
      const start = s.end + m.index! + m[0].indexOf(m[1]!);
      // (A word such as "IS" or "to" only in capitals standing in a column of its own: "MD  IS  ph".)
      if (FUNCTION_WORDS.has(key) && !(/^[A-Z]+$/.test(m[1]!) && /[ \t]{2}$/.test(text.slice(start - 2, start)))) continue;
      out.push({ start, end: start + m[1]!.length, type: 'NAME', priority: 1 });
    }
  }
  if (text.includes('/')) slashInitials(text, spans, d, out);
  return out;
}

// (Pass 21) The typist's lower-case initials after a signer's name and credentials, after a slash or
// as a pair closing the line: "Trudy Blevins / tb", "Oyelaran, MD / ck", "Dr. A. Mwangi/kt",
// "Samuel Oduya, MD   so/vp". Only credentials may stand between.
const TYPIST_AFTER_SIGNER = /^((?:(?:,[ \t]*|[ \t]+)[A-Za-z][A-Za-z.-]{0,7}){0,4}?)(?:[ \t]*\/[ \t]*([a-z]{2,3})|[ \t]{2,}([a-z]{2,3})\/([a-z]{2,3}))[ \t]*(?=\r?\n|$)/;

function typistAfterSigner(text: string, end: number, out: Candidate[]): void {
  if (text.charCodeAt(end) === 10) return;
  const lineEnd = text.indexOf('\n', end);
  const m = TYPIST_AFTER_SIGNER.exec(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
  if (!m || !(m[1]!.match(/[A-Za-z][A-Za-z.-]*/g) ?? []).every((w) => CREDENTIALS.has(w.replace(/\./g, '').toLowerCase()))) return;
  for (const part of [m[2], m[3], m[4]]) {
    if (part === undefined || NOT_TYPISTS.has(part) || RATIO_PARTS.has(part) || CREDENTIALS.has(part) || TITLES.has(part)) continue;
    const at = end + m[0].lastIndexOf(part, part === m[3] ? m[0].lastIndexOf('/') : undefined);
    out.push({ start: at, end: at + part.length, type: 'NAME', priority: 1 });
  }
}

// (Pass 21) Initials after a slash that close a signature or a dictation line, after a name, a
// credential, a dictation word, a date or time, or other initials: "Oduya, MD / KT   D: 12/04/2023",
// "a. kowalczyk md / mt pa-c", "Dictated 01/12/2024 16:45 / sjr", "KH/ml", "JOB 884120 / mkp",
// "Carvalho, MD / bc:ml", "/TO/vw". What follows closes the line or starts the dictation's dates.
// (Sticky: tried only just after each slash.)
const SLASH_INITIALS = /[ \t]?([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$|\]|\)|:[a-z]{2,3}\b)|[ \t]+(?:D|T|DD|DT):|[ \t]{2,}|[ \t]+\d{1,2}\/\d{1,2}|[ \t]+(?:JOB|Job|job|scribe|cna|CNA|rn|RN|pa-c|PA-C)\b)/y;
const SLASH_BEFORE = /(?:\b(?:md|MD|M\.D\.|DO|do|RN|rn|NP|PA-C|RD|LMSW|RRT|cna|DICT|[Dd]ictated|DICTATED|[Tt]ranscribed|[Tt]yped|JOB[ \t]+\d+|Job[ \t]+\d+|\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})|(?:^|\n|[ \t(])[A-Z]{2,4}(?:-[A-Z])?|(?:^|\n)[ \t]*[a-z]{2,3}|(?:^|\n)[ \t]*\/?)[ \t]*\/[ \t]?$/;

/** The positions just after each slash. */
function slashEnds(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) out.push(at + 1);
  return out;
}

function slashInitials(text: string, spans: readonly Candidate[], d: DeidDictionaries, out: Candidate[]): void {
  for (const m of matchesAt(SLASH_INITIALS, text, slashEnds(text))) {
    const part = m[1]!;
    const key = part.toLowerCase();
    if ((NOT_TYPISTS.has(key) && key !== 'ml') || RATIO_PARTS.has(key) || TITLES.has(key) || FUNCTION_WORDS.has(key) || (CREDENTIALS.has(key) && key !== 'mt') || key === 'es' || key === 'dob') continue;
    // (A lower-case word is no one's initials: "RSV/flu", "cat/dog".)
    if (/^[a-z]+$/.test(part) && d.englishWords.has(key)) continue;
    const at = m.index! + m[0].length - part.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(Math.max(lineStart, at - 28), at);
    const afterName = spans.some((s) => s.type === 'NAME' && s.end <= at && s.end >= at - 4 && /^[ \t]*\/[ \t]?$/.test(text.slice(s.end, at)));
    const cue = afterName ? null : SLASH_BEFORE.exec(before);
    if (!afterName && !cue) continue;
    // (After other initials only a typist's lower-case part: "KH/ml", not "ACE/ARB".)
    if (cue && /^(?:^|\n|[ \t(])?[A-Za-z]{2,4}(?:-[A-Z])?[ \t]*\/[ \t]?$/.test(cue[0].replace(/^[\n \t(]/, '')) && !/^[a-z]+$/.test(part)) continue;
    if (/^[A-Z]+$/.test(part) && (CLINICAL_ABBREVIATIONS.has(key) || NOT_NAMES.has(key) || CREDENTIALS.has(key))) continue;
    // (Not the second half of a unit, a ratio or an abbreviation: "mg/dl", "s/p", "w/o", "PT/OT".)
    if (/(?:^|[^A-Za-z])(?:mg|mcg|mmol|meq|ml|s|w|c|h|r|n|b|d|a|y|i)[ \t]?\/[ \t]?$/i.test(before) && !afterName) continue;
    out.push({ start: at, end: at + part.length, type: 'NAME', priority: 1 });
  }
}
