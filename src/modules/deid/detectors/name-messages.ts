// Names in patients' own messages, typed in lower case (portal messages, texts, voicemail notes):
// the writer introducing herself ("this is darlene", "hi its sofia"), a person named by a relation
// ("gene's wife"), a sign-off after a dash at the end of a line ("thank you - darlene") and a
// person before a phone number ("or tammy at 870-555-0197"). The word must be a census given
// name (after "this is" an ordinary word only when a comma or a possessive closes it); the
// writer's introduction also takes a census surname after it.
import { MONTHS, NOT_NAMES, WEEKDAYS } from '../lexicon';
import type { Token } from '../text-tokens';
import type { NameFeatures } from './name-signoffs';

// Relations after a possessive name: "gene's wife", "ana's son".
const RELATIONS = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'partner',
  'spouse', 'niece', 'nephew', 'aunt', 'uncle', 'grandson', 'granddaughter', 'grandma', 'grandpa', 'friend', 'neighbor', 'caregiver',
  'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'cousin', 'kids', 'children', 'dtr', 'sis', 'bro', 'stepson', 'stepdaughter']);
// Words that are never the writer's name after "this is" / "its" / "im".
const NOT_A_NAME_HERE = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'our', 'your', 'not', 'so', 'just', 'still', 'also', 'about', 'regarding', 're', 'for', 'from', 'pt', 'patient', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter']);
const PHONE_AFTER = /^[ \t]+(?:at|@)[ \t]+\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/;
const isBlank = (c: number) => c === 32 || c === 9;
// (Pass 15: the characters the two patterns below need are checked first; they were tried after
// every lower-case word.)
/** Whether blanks and then "a" or "@" follow `at`: what PHONE_AFTER needs first. */
function atOrSignAfter(text: string, at: number): boolean {
  let p = at;
  while (p < at + 24 && isBlank(text.charCodeAt(p))) p += 1;
  const c = text.charCodeAt(p);
  return p > at && (c === 97 || c === 64);
}
/** Whether a dash or a tilde is among the three characters before `at`. */
function dashBefore(text: string, at: number): boolean {
  for (let p = Math.max(0, at - 3); p < at; p++) {
    const c = text.charCodeAt(p);
    if (c === 45 || c === 0x2013 || c === 126) return true;
  }
  return false;
}

/**
 * Marks the names of the writers of, and the people in, lower-case messages in `isName`.
 *
 * @example
 *   markMessageNames('hi its sofia i had my baby', tokens, isName, feat) // marks "sofia"
 */
export function markMessageNames(text: string, tokens: readonly Token[], isName: Uint8Array, feat: (i: number) => NameFeatures): void {
  const n = tokens.length;
  const given = (q: number, wordsToo: boolean) => {
    const w = tokens[q]!;
    if (w.shape !== 'lower' || w.text.length < 3 || NOT_NAMES.has(w.key) || NOT_A_NAME_HERE.has(w.key) || RELATIONS.has(w.key) || w.key in MONTHS || WEEKDAYS.has(w.key)) return false;
    const f = feat(q);
    return f.first && !f.blocked && (wordsToo || !f.english || f.english >= 35);
  };
  // A census surname that is no common word after a found given name: "this is darlene pruitt".
  const surname = (q: number) => q < n && tokens[q]!.shape === 'lower' && text.slice(tokens[q - 1]!.end, tokens[q]!.start) === ' ' && feat(q).last && (!feat(q).english || feat(q).english >= 50) && !NOT_NAMES.has(tokens[q]!.key);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'lower') continue;
    // "this is darlene,", "hi its sofia i had", "im gene", "my name is rosa".
    const intro = (t.key === 'is' && i > 0 && (tokens[i - 1]!.key === 'this' || tokens[i - 1]!.key === 'name')) || t.text === 'its' || t.text === 'it\u2019s' || t.text === "it's" || t.text === 'im' || t.text === "i'm" || (t.key === 'am' && i > 0 && tokens[i - 1]!.text === 'i');
    if (intro && i + 1 < n && text.slice(t.end, tokens[i + 1]!.start) === ' ') {
      const q = i + 1;
      // (An ordinary word is the writer's name only when a comma or a possessive closes it: "this is gene, ...".)
      const closed = /^(?:,|['’]s\b|[ \t]*(?:\r?\n|$))/.test(text.slice(tokens[q]!.end, tokens[q]!.end + 3));
      if (given(q, closed)) {
        isName[q] = 1;
        if (surname(q + 1)) isName[q + 1] = 1;
        continue;
      }
    }
    // "gene's wife": a census name in the possessive before a relation.
    if (/['’]s$/.test(t.text) && i + 1 < n && RELATIONS.has(tokens[i + 1]!.key) && text.slice(t.end, tokens[i + 1]!.start) === ' ' && given(i, true)) {
      isName[i] = 1;
      continue;
    }
    // "thank you - darlene" closing a line.
    if (i > 0 && dashBefore(text, t.start) && /[-–~][ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(t.end, t.end + 2)) && given(i, true)) {
      isName[i] = 1;
      continue;
    }
    // "or tammy at 870-555-0197".
    if (atOrSignAfter(text, t.end) && PHONE_AFTER.test(text.slice(t.end, t.end + 24)) && given(i, true)) isName[i] = 1;
  }
}
