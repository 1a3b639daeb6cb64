// (Pass 16) The name a person goes by, written in brackets or quotes beside the name found:
// "Kwon, Ji-ho ("Jay")", "Kusauyaq, Nicholas (Apaq)", ""Smokey" (Lester Pruitt)". Run after the
// other detectors, on the names they found; a kinship, a language or a common word in brackets is
// no nickname ("(Mom)", "(Spanish)", "(deceased)").
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, NOT_NAMES, PEOPLES, TITLES } from '../lexicon';
import { isStateOrCountry } from './locations';
import type { Candidate } from './detector';

// (After the second syllable of a given name that the name rules left out: "Kwon, Ji-ho ("Jay")".)
const AFTER = /^(?:-[a-z]{2,5})?[ \t]*\([ \t]*(["“']?)(\p{Lu}\p{Ll}+)["”']?[ \t]*\)/u;
const BEFORE = /["“](\p{Lu}\p{Ll}+)["”][ \t]*\($/u;
const KIN: ReadonlySet<string> = new Set(['mom', 'dad', 'mother', 'father', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'aunt', 'uncle', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'cousin', 'niece', 'nephew', 'partner', 'spouse', 'guardian', 'friend', 'self', 'patient', 'deceased', 'retired', 'twin', 'baby']);

/**
 * A word that can be a nickname: in quotes a given name or a word no clinical, kin, people or common
 * English list holds; in bare brackets only a given name ("Tony Grasso (Nevro)" names a company).
 */
function nicknameOk(d: DeidDictionaries, word: string, quoted: boolean): boolean {
  const key = word.toLowerCase();
  if (isStateOrCountry(word) || KIN.has(key) || NOT_NAMES.has(key) || TITLES.has(key) || FUNCTION_WORDS.has(key) || CLINICAL_ABBREVIATIONS.has(key) || PEOPLES.has(key) || d.medicalTerms.has(key)) return false;
  return d.firstNames.has(key) || (quoted && (d.englishWords.get(key) ?? 99) > 35);
}

/**
 * NAME candidates for the nicknames beside the names in `spans`.
 *
 * @example
 *   nicknames('Patient: Kwon, Ji-ho ("Jay")', spans, d) // NAME over "Jay"
 */
export function nicknames(text: string, spans: readonly Candidate[], d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    // (A full name: the company of a rep or a town's country in brackets follows one word.)
    if (s.type !== 'NAME' || !/[\p{L}.][ \t,]+\p{L}/u.test(text.slice(s.start, s.end))) continue;
    const after = AFTER.exec(text.slice(s.end, s.end + 32));
    if (after && nicknameOk(d, after[2]!, after[1] !== '')) {
      const start = s.end + after[0].indexOf(after[2]!);
      out.push({ start, end: start + after[2]!.length, type: 'NAME', priority: 1 });
    }
    const from = Math.max(0, s.start - 24);
    const before = BEFORE.exec(text.slice(from, s.start));
    if (before && nicknameOk(d, before[1]!, true)) {
      const start = from + before.index + 1;
      out.push({ start, end: start + before[1]!.length, type: 'NAME', priority: 1 });
    }
  }
  return out;
}
