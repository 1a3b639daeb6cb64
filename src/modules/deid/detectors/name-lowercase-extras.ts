// The lower-case pass's further rules (pass 16, out of name-lowercase.ts): a census given name
// and surname in lower-case writing, names next to a role in brackets, initials that open a line
// before a credential and initials after a credential and a spaced slash.
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NAME_PARTICLES, NOT_NAMES } from '../lexicon';
import { firstTokenFrom, type Token } from '../text-tokens';
import type { NameFeatures } from './name-signoffs';
import { allMatches } from './detector';

// Lower-case words that follow a role abbreviation as ordinary prose ("pa aware", "rn to call").
export const ROLE_STOP = new Set(['aware', 'notified', 'updated', 'called', 'paged', 'at', 'to', 'in', 'on', 'and', 'or', 'the', 'here', 'note', 'student', 'on-call', 'oncall', 'covering']);
// Units and frequencies that can follow a spaced slash ("10 units /hr", "2 tabs /day").
export const SLASH_UNITS = new Set(['hr', 'hrs', 'min', 'day', 'wk', 'mo', 'yr', 'dl', 'ml', 'kg', 'prn', 'qd', 'bid', 'tid', 'qid', 'qhs', 'hs', 'am', 'pm', 'sec', 'dose', 'pt', 'ot', 'st', 'iv', 'po', 'im', 'sq', 'sc', 'ng', 'og', 'gt', 'pr', 'sl']);
const CENSUS_HINT = /[a-z], [a-z]+ (?:\d{1,3} ?[mf]\b|\(["“])/;
const LOWER_CENSUS = /(?<![\p{L}\p{N}'’.-])[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2}, [a-z][a-z'’-]+(?= \d{1,3} ?[mf]\b| \(["“][a-z-]+["”]\))/gu;
// Roles in brackets after a lower-case name: "by inez (iv team)", "w/ tavo (pct)".
const BRACKET_ROLES = new Set(['pct', 'cna', 'rrt', 'slp', 'sw', 'cm', 'rn', 'lpn', 'np', 'pa', 'md', 'tech', 'aide', 'sitter', 'iv', 'interpreter', 'chaplain', 'transport', 'phlebotomy', 'phleb', 'student', 'charge', 'volunteer', 'security', 'case']);
// Words before a lower-case name that take a person: "placed by ...", "ambulated w/ ...".
const PERSON_CUE_BEFORE = /(?:\bby|\bw\/|\bwith|\bper|\bpaged|\bcalled|\bnotified|\band|\bfrom)[ \t]+$/;
// Roles before a lower-case name in brackets: "case mgmt (odalys)", "sitter (bettina)".
const ROLES_BEFORE_BRACKET = new Set(['sitter', 'mgmt', 'mgr', 'manager', 'cm', 'sw', 'pt', 'ot', 'rt', 'slp', 'chaplain', 'interpreter', 'aide', 'tech', 'pct', 'cna', 'charge', 'nurse', 'rn', 'np', 'pa', 'md', 'therapist', 'supervisor', 'coordinator', 'navigator', 'preceptor', 'resident', 'intern', 'attending', 'fellow', 'officer', 'ofc', 'security', 'volunteer', 'transport']);
// Initials alone on a line before a credential: "ab rn", "jl rrt", "tcj rn cm, <agency>".
// (Pass 10: also dotted, "-c.o. rn", and with the date and time after, "-kmb rn 6/4/22 1120".)
const LINE_INITIALS = /(?:^|\n)[ \t]*(?:-{1,2}[ \t]*)?([a-z]{2,3}|[a-z]\.[a-z]\.)[ \t]+(?:rn|rrt|lpn|np|pa-c|pa|md|cna|rt|lcsw|msw|rdn|rd|slp|cm)(?:[ \t,]+(?:rn|cm|bsn|ccrn|cen|cde|msn|rrt))*[ \t]*(?=,|[ \t]+\d|\r?\n|$)/g;
// Initials after a credential and a spaced slash closing a line: "k. ibarra md / tq".
const CREDENTIAL_SLASH = /\b(?:md|do|rn|np|pa|pa-c|lpn|rrt)[ \t]+\/[ \t]*([a-z]{2,3})[ \t]*(?=\r?\n|$)/g;
// Short words that open a line before a credential as prose: "per rn", "ok md", "to np".
const FUNCTION_WORDS_SHORT: ReadonlySet<string> = new Set(['per', 'ok', 'to', 'by', 'and', 'the', 'via', 'pt', 'pts', 'no', 'see', 'cc', 'for', 'w', 'all', 'any', 'new', 'day', 'eve', 'noc', 'am', 'pm', 'one', 'two', 'our', 'her', 'his', 'not', 'has', 'was', 'are', 'is', 'my', 'sw', 'ot', 'st', 'iv', 'er', 'ed', 'icu', 'or']);
/**
 * The lower-case pass's rules: a given name and a surname from the census lists ("odalys brennan"),
 * names next to a role in brackets ("by inez (iv team)", "case mgmt (odalys)") and initials after
 * a credential and a spaced slash ("md / tq").
 *
 * @example
 *   // "mom on file odalys brennan 555 0100" marks "odalys brennan"
 */
export function markLowerCaseExtras(text: string, tokens: readonly Token[], isName: Uint8Array, feat: (i: number) => NameFeatures, gap: (i: number) => string,
  laterPart: (i: number) => boolean, restOfName: (q: number) => number): void {
  const n = tokens.length;
  // (Pass 16) A census line in lower case: "bed 4 - ng, winston 93m, cmo", "o'shaughnessy, bridget
  // 58f", "dela cruz, rodrigo ("jun")": a surname, a comma and a given name before an age and sex or a
  // nickname in quotes. Neither part may be a common English word unless the census has it.
  if (CENSUS_HINT.test(text)) {
    for (const m of allMatches(LOWER_CENSUS, text)) {
      const parts = m[0].match(/[a-z][a-z'’-]*/g)!;
      if (!parts.every((w) => { const f = feat(firstTokenFrom(tokens, m.index! + m[0].indexOf(w))); return NAME_PARTICLES.has(w) || (!f.blocked && !NOT_NAMES.has(w) && !CLINICAL_ABBREVIATIONS.has(w) && (!f.english || f.english > 20 || f.last || f.first)); })) continue;
      for (let k = firstTokenFrom(tokens, m.index!); k < n && tokens[k]!.start < m.index! + m[0].length; k++) isName[k] = 1;
    }
  }
  const hasBracket = text.includes(' (');
  // A name next to a bracketed role: no English word ("inez", "tavo"), or a census given name that is
  // a rare English word and no medical one; never a device or an aid ("walker (pt)", "cane").
  const bracketName = (i: number) => {
    const w = tokens[i]!;
    if (w.shape !== 'lower' || w.text.length < 3 || NOT_NAMES.has(w.key) || ROLE_STOP.has(w.key) || CLINICAL_ABBREVIATIONS.has(w.key) || CREDENTIALS.has(w.key)) return false;
    const f = feat(i);
    if (f.blocked || f.eponym) return false;
    return f.english ? f.first && f.english >= 35 && !f.medical : f.first || f.last || !f.medical;
  };
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'lower' || isName[i]) continue;
    // "mom on file odalys brennan", "brynlee hatch gr 5": a census given name that is no English or
    // medical word, then a census surname or a longer word no list knows, in lower-case writing.
    // (Plain compares before the look-ups: most lower-case words end here.)
    if (t.text.length >= 3 && tokens[i + 1]!.start === t.end + 1 && text.charCodeAt(t.end) === 32 && tokens[i + 1]!.shape === 'lower' && tokens[i + 1]!.text.length >= 3) {
      const f = feat(i);
      if (f.first && !f.english && !f.medical && !f.blocked && !f.eponym && !NOT_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !ROLE_STOP.has(t.key)
        && laterPart(i + 1) && (feat(i + 1).last || !feat(i + 1).first) && !feat(i + 1).english) {
        const end = restOfName(i);
        for (let k = i; k <= end; k++) isName[k] = 1;
        i = end;
        continue;
      }
    }
    if (!hasBracket) continue;
    // "placed by inez (iv team)", "w/ tavo (pct)": a name before its role in brackets, after a person cue.
    if (text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 40 && BRACKET_ROLES.has(tokens[i + 1]!.key) && bracketName(i)
      && PERSON_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start))) {
      isName[i] = 1;
      continue;
    }
    // "case mgmt (odalys)", "sitter (bettina) at bedside": a name in brackets right after a role.
    if (ROLES_BEFORE_BRACKET.has(t.key) && gap(i) === ' (' && i + 1 < n && text.charCodeAt(tokens[i + 1]!.end) === 41 && bracketName(i + 1)) isName[i + 1] = 1;
  }
  for (const m of allMatches(LINE_INITIALS, text)) {
    const at = m.index! + m[0].indexOf(m[1]!, m[0].search(/[a-z]/));
    for (let k = 0; k < n; k++) {
      if (tokens[k]!.start < at) continue;
      const w = tokens[k]!;
      if (w.start === at && !SLASH_UNITS.has(w.key) && !CREDENTIALS.has(w.key) && !FUNCTION_WORDS_SHORT.has(w.key)) {
        isName[k] = 1;
        // (Dotted initials are two tokens: "c.o.".)
        if (m[1]!.includes('.') && k + 1 < n) isName[k + 1] = 1;
      }
      break;
    }
  }
  if (text.includes(' /')) for (const m of allMatches(CREDENTIAL_SLASH, text)) {
    const at = m.index! + m[0].length - m[0].replace(/^[^/]*\/[ \t]*/, '').length;
    for (let k = 0; k < n; k++) {
      if (tokens[k]!.start < at) continue;
      // (After "md /" even a unit-like pair is the typist's: "nb", "ob".)
      if (tokens[k]!.start === at && tokens[k]!.shape === 'lower' && !SLASH_UNITS.has(tokens[k]!.key)) isName[k] = 1;
      break;
    }
  }
}
