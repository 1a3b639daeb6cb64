// Names in lower-case nursing shorthand and after role abbreviations: "wife marguerite", "dr varga",
// "np halvorsen", a sign-off "j. whitcombe rn", "PA Oskar Lindahl", "attention Gudrun", and
// dictation initials "AK/RBT/lm". The capitalized rules of names.ts need a capital letter; here a
// cue (a relation word, a title or role) stands in for it, and the dictionaries decide: after a
// relation a lower-case word must be a census name or no English word at all, never clinical.
import { CREDENTIALS, NOT_NAMES, TITLES } from '../lexicon';
import type { Token } from '../text-tokens';
import type { NameFeatures } from './name-signoffs';

// Relations whose next lower-case word is a name ("wife lorraine"), not a verb ("son visiting").
const RELATIONS = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'spouse',
  'partner', 'niece', 'nephew', 'aunt', 'uncle', 'grandson', 'granddaughter', 'friend', 'neighbor', 'boyfriend', 'girlfriend', 'hcp', 'poa']);
// Titles and role abbreviations before a clinician's name ("dr varga", "np rasmussen", "CM Juniper").
const ROLES = new Set(['dr', 'np', 'pa', 'rn', 'lpn', 'cm', 'sw', 'msw', 'cna', 'arnp', 'aprn', 'crnp', 'attn', 'attention']);
// Lower-case words that follow a role abbreviation as ordinary prose ("pa aware", "rn to call").
const ROLE_STOP = new Set(['aware', 'notified', 'updated', 'called', 'paged', 'at', 'to', 'in', 'on', 'and', 'or', 'the', 'here', 'note', 'student', 'on-call', 'oncall', 'covering']);
// Dictation initials: "AK/RBT/lm", "CH/SMA/kt" on a line of their own (the typist in lower case
// sets them apart from "CT/MRI", "PO/IV").
const DICTATION_HINT = /\/[a-z]{2,3}[ \t]*(?:\r?\n|$)/;
const DICTATION = /^[ \t]*([A-Z]{2,4})\/([A-Z]{2,4})\/([a-z]{2,3})[ \t]*(?:\r?\n|$)/gm;

/**
 * Marks lower-case names after relation and role cues, names after role abbreviations in any case,
 * and dictation initials, in `isName`.
 *
 * @example
 *   markLowerCaseNames('wife marguerite at bedside', tokens, isName, feat) // marks "marguerite"
 */
export function markLowerCaseNames(text: string, tokens: readonly Token[], isName: Uint8Array, strongPart: (i: number) => boolean, feat: (i: number) => NameFeatures): void {
  const n = tokens.length;
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  // A lower-case name part: no clinical, calendar, function or common English word.
  const lowerPart = (i: number, loose: boolean) => {
    const t = tokens[i]!;
    if (t.shape !== 'lower' || t.text.length < 3 || NOT_NAMES.has(t.key) || ROLE_STOP.has(t.key)) return false;
    const f = feat(i);
    if (f.blocked || f.eponym || (f.medical && !f.first)) return false;
    if (f.first || f.last) return !f.english || f.english >= 35;
    return loose && !f.english;
  };
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    const relation = RELATIONS.has(t.key);
    const role = ROLES.has(t.key);
    if (!relation && !role) continue;
    if (!/^\.?[ \t]$/.test(gap(i))) continue;
    const q = i + 1;
    const next = tokens[q]!;
    if (next.shape === 'lower') {
      // (Only in lower-case writing: "Wife Reports" style capitals are the capitalized rules' case.)
      if (t.shape !== 'lower' && !role) continue;
      if (!lowerPart(q, true)) continue;
      let j = q;
      // "abernathy-lowe", "ann marie": a second part joined by a hyphen, or a census name after a space.
      while (j + 1 < n && j - q < 2 && (gap(j) === '-' ? tokens[j + 1]!.shape === 'lower' && tokens[j + 1]!.text.length >= 2 : gap(j) === ' ' && lowerPart(j + 1, false) && (feat(j + 1).last || feat(j + 1).first))) j += 1;
      for (let k = q; k <= j; k++) isName[k] = 1;
    } else if (role && t.shape === 'upper' && (next.shape === 'cap' || next.shape === 'upper') && !TITLES.has(next.key) && strongPart(q)) {
      // "PA Oskar Lindahl", "CM Briony": the role in capitals before a capitalized name.
      let j = q;
      while (j + 1 < n && j - q < 2 && gap(j) === ' ' && tokens[j + 1]!.shape === 'cap' && strongPart(j + 1) && (feat(j + 1).last || !feat(j + 1).english)) j += 1;
      for (let k = q; k <= j; k++) isName[k] = 1;
    } else if ((t.key === 'attention' || t.key === 'attn') && next.shape === 'cap' && strongPart(q) && (feat(q).first || feat(q).last || !feat(q).english)) {
      isName[q] = 1;
    }
  }
  // A lower-case sign-off: "k. lindstrom rn", "m. strand lpn" closing a line.
  for (let i = 0; i + 2 < n; i++) {
    const t = tokens[i]!;
    if (t.text.length !== 1 || t.shape !== 'lower' || !/^\.[ \t]?$/.test(gap(i))) continue;
    const s = tokens[i + 1]!;
    const c = tokens[i + 2]!;
    if (s.shape !== 'lower' || s.text.length < 2 || !CREDENTIALS.has(c.key) || !/^,?[ \t]$/.test(gap(i + 1))) continue;
    if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 3))) continue;
    if (i > 0 && !/(?:^|\n)[ \t]*$|[.;][ \t]+$/.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    if (feat(i + 1).blocked || (feat(i + 1).english && !feat(i + 1).last)) continue;
    isName[i] = 1;
    isName[i + 1] = 1;
  }
  if (DICTATION_HINT.test(text)) for (const m of text.matchAll(DICTATION)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    for (let k = 0; k < n; k++) {
      const tk = tokens[k]!;
      if (tk.start < at) continue;
      if (tk.start > m.index! + m[0].length) break;
      if (tk.text === m[1] || tk.text === m[2] || tk.text === m[3]) isName[k] = 1;
    }
  }
}
