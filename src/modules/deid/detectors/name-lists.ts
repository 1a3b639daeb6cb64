// (Pass 22) The people a meeting's minutes or a group's note lists after "Present", "Absent",
// "Attendees" or "Staff involved": "Present (9): Angela R., Jimmy, T.O., Precious M., Big Mike,",
// "Staff involved: DH, CR, LT, MV (security)". Each item between commas is a given name, a name
// with its surname's initial, initials, or a nickname of a word and a name; a role in brackets
// after it stays outside. The list runs on over a wrapped line that ends in a comma.
import type { DeidDictionaries } from '../dictionaries';
import { CREDENTIALS, listsAllowName, neverAName } from '../lexicon';
import { isStateOrCountry } from './locations';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const LIST_CUE = /(?:^|\n)[ \t]*(?:Present|Absent|Attendees|Attending|In attendance|Members present|Participants|Excused|Unexcused|Staff involved|Staff present|Staff)(?:[ \t]*\(\d{1,2}\))?[ \t]*:[ \t]*([^\n]*(?:,[ \t]*\n[^\n]*)*)/g;
const INITIALS = /^(?:[A-Z]\.){1,3}$|^[A-Z]{2,3}$/;
// (Pass 23: a word of the name may be joined, "Delacroix-Ng", "O'Rourke", and an initial may stand
// before the surname, "S. Farouk".)
const NAME_ITEM = /^(?:\p{Lu}\.[ \t]?)?((?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?)(?:[ \t]\p{Lu}\.?)?$/u;
// Roles written as initials after a name in such lists: "Marcus Bell, SW".
const ROLES: ReadonlySet<string> = new Set(['sw', 'cm', 'pt', 'ot', 'rt', 'st', 'slp', 'ma', 'ms', 'mds', 'um']);
const NICKNAME_LEADS: ReadonlySet<string> = new Set(['big', 'lil', 'little', 'old', 'young', 'miss', 'mr', 'ms']);

function nameWord(word: string, d: DeidDictionaries): boolean {
  if (word.includes('-')) return word.split('-').every((part) => nameWord(part, d));
  const key = word.toLowerCase();
  return !neverAName(key) && (d.firstNames.has(key) || listsAllowName(key, d));
}

/**
 * Finds the people of an attendance list.
 *
 * @example
 *   nameLists({ text: 'Present (3): Angela R., Jimmy, T.O.', ... }) // NAME over "Angela R.", "Jimmy", "T.O."
 */
export function nameLists({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (!/(?:Present|Absent|Attend|Participants|Excused|Staff)[^\n:]{0,16}:/.test(text)) return out;
  for (const m of allMatches(LIST_CUE, text)) {
    const list = m[1]!;
    const at = m.index! + m[0].length - list.length;
    // (Only a list of three items or more: "Staff: Dr. Roe" is a field.)
    const items = [...list.matchAll(/[^,;\n]+/g)];
    if (items.length < 3) continue;
    for (const item of items) {
      // A role in brackets after the item stays outside: "MV (security)", "Wes (unexcused, 2nd absence".
      const value = item[0].replace(/[ \t]*\(.*$/, '').trim();
      const start = at + item.index! + item[0].indexOf(value);
      if (!value) continue;
      const words = value.split(/[ \t]+/);
      // (Initials whatever they spell, "CR", "MV", but not a credential, "M.D.", "NNP"; no state or country.)
      if (CREDENTIALS.has(value.replace(/\./g, '').toLowerCase()) || ROLES.has(value.toLowerCase()) || isStateOrCountry(value)) continue;
      const given = NAME_ITEM.exec(value)?.[1];
      const named = INITIALS.test(value)
        || (given !== undefined && nameWord(given.split(/[ \t]/)[0]!, d))
        || (words.length === 2 && NICKNAME_LEADS.has(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && nameWord(words[1]!, d));
      if (named) out.push({ start, end: start + value.length, type: 'NAME', priority: PRIORITY.name });
    }
  }
  return out;
}

// (Pass 23) A surname with its discipline in brackets, as a case conference or a timeout lists the
// people present: "w/ Chen (physics), Okwu (RTT), Abara (RN)", "Whitcomb (Surg)".
const ROLE_WORDS: ReadonlySet<string> = new Set(['physics', 'path', 'surg', 'rads', 'rad onc', 'anesth', 'anesthesia', 'pharm', 'pharmacy', 'nutrition', 'chaplain', 'social work', 'resident', 'fellow', 'attending', 'intern', 'scribe', 'interp', 'interpreter', 'charge', 'transport', 'sw', 'slp', 'rt', 'ot', 'pt']);
// (A role in brackets first, which starts with a literal bracket and so scans fast; then the surname before it.)
const ROLE_IN_BRACKETS = /\(([A-Za-z][A-Za-z/-]{1,8}(?:[ \t][A-Za-z]{2,6})?)\)(?=[ \t]*(?:[,;.&]|\r?\n|$|and\b))/g;
const SURNAME_BEFORE = /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*$/u;

/**
 * Finds a surname before its discipline or credential in brackets, one of two such in a row or more.
 *
 * @example
 *   surnamesWithRoles({ text: 'Timeout w/ Okwu (RTT), Abara (RN).', ... }) // NAME over "Okwu" and "Abara"
 */
export function surnamesWithRoles({ text, dictionaries: d }: DetectInput): Candidate[] {
  if (!text.includes(')')) return [];
  const found: Candidate[] = [];
  for (const m of allMatches(ROLE_IN_BRACKETS, text)) {
    const role = m[1]!;
    if (!ROLE_WORDS.has(role.toLowerCase()) && !(CREDENTIALS.has(role.toLowerCase()) && /^[A-Z]/.test(role))) continue;
    const from = Math.max(0, m.index! - 40);
    const surname = SURNAME_BEFORE.exec(text.slice(from, m.index));
    if (!surname || (!nameWord(surname[1]!, d) && !d.lastNames.has(surname[1]!.toLowerCase()))) continue;
    const start = from + surname.index;
    found.push({ start, end: start + surname[1]!.length, type: 'NAME', priority: PRIORITY.name });
  }
  // (Two in one line at least: one alone may be a place or a thing, "Foley (RN) placed".)
  return found.filter((c) => found.some((o) => o !== c && Math.abs(o.start - c.start) < 80 && !text.slice(Math.min(o.start, c.start), Math.max(o.start, c.start)).includes('\n')));
}
