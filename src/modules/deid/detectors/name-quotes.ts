// (Pass 20) A person's name or street name in quotes, where the note says it is one:
//   1. after the words that give a name: 'states name is "Dre"', 'gave name as "Tre"', 'calls him
//      "Mac"', 'self-ID'd as "JT"', 'driver name on app "Rick M"', 'his friend "Tiny"',
//      (pass 22) 'friend "Tink"', 'her man "Junior"', 'owner "Chuy"', 'named 1 partner, "Ama"';
//      (pass 24) 'Alias: "Frenchie"', 'sponsor "Sarge"', 'crew boss "Chepe"', 'Uncle "Dre"';
//   2. before the words that say it stands for a person: '"Professor" (real name ...', '"Cowboy"
//      (no legal name)';
//   3. opening a log or census row before what is said of the person: '2215 "Walt" 60s', '"Smokey"
//      agreed', '- "Birdie": evicted', '2) "Sunshine" - F ~50s';
//   4. between a given name and a surname: 'Ignatius "Iggy" Pawlowski', 'Thomas "TJ" Littlebird'.
// A kin word or honorific inside the quotes stays outside the span ('"Nana Rae"', '"Mama T"').
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, MONTHS, NAME_CUES, NOT_NAMES, WEEKDAYS } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const QUOTED = '["“]((?:\\p{Lu}[\\p{L}\\p{M}\'’.-]*)(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}\'’.-]*){0,2})["”]';
const GIVES_NAME = new RegExp(
  `(?<![\\p{L}])(?:(?:states|stated|gave|gives|giving|says|said)[ \\t]+(?:(?:her|his|their)[ \\t]+)?name(?:[ \\t]+(?:is|as))?|name[ \\t]+(?:is|as|on[ \\t]+app)|calls?[ \\t]+(?:him|her|them|me|himself|herself|(?:(?:his|her|their)[ \\t]+)?(?:mother|mom|father|dad|grandmother|grandma|grandfather|grandpa|wife|husband|son|daughter|sister|brother))|goes[ \\t]+by|known[ \\t]+as|a\\.?k\\.?a\\.?|nicknamed?|self-ID['’]d[ \\t]+as|(?:(?:his|her|their|my)[ \\t]+)?(?:friend|buddy|boyfriend|girlfriend|bf|gf|partner|man|husband|wife|owner|roommate|neighbou?r|cousin|supplier|dealer)|(?<!(?:dog|cat|pet|mix|puppy|kitten|horse|bird|parrot)[ \\t]+)named(?:[ \\t]+\\d[ \\t]+partners?,)?|(?:friend|peer)[ \\t]+on[ \\t]+scene|alias|sponsor|crew[ \\t]+boss|foreman|uncle|aunt|auntie|grandma|grandpa|granny|mamaw|papaw|cousin|brother|sister)[ \\t]*:?[ \\t]*${QUOTED}`,
  'gdiu',
);
const STANDS_FOR = new RegExp(`${QUOTED}[ \\t]*\\((?:real|legal|true|no[ \\t]+legal|no[ \\t]+last|last|first)[ \\t]+name`, 'gdu');
// (Before a colon, a dash or a bracket only a word that is no English word, or a census given name;
// before an age, a sex or what the person did any word: '"Smokey" agreed'.)
const ROW_QUOTED = new RegExp(`(?:^|\\n)[ \\t]*(?:(?:\\d{1,4}[).]?|[-•*])[ \\t]+)?${QUOTED}(?=[ \\t]*(?::|[-–][ \\t]|\\(|,?[ \\t]+(?<person>~?\\d{1,2}0?s\\b|~?\\d{1,3}[ \\t]?(?:[MF]\\b|yo\\b|y\\/o)|[MF][ \\t,]|agreed|agrees|says|said|states|stated|reports|reported|asleep|again|refused|declined|accepted)))`, 'gdu');
const GIVEN_NICK_SURNAME = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}\\p{Ll}+[ \\t]){1,3})${QUOTED}[ \\t]+(\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}[\\p{L}\\p{M}'’]+)?)`, 'gdu');
// Kin words and honorifics written inside the quotes, before the name.
const KIN = /^(?:Nana|Mama|Papa|Mamaw|Papaw|Granny|Grandma|Grandpa|Uncle|Aunt|Auntie|Tia|Tio|Big|Lil|Miss|Mr|Mrs|Ms|Dr)\.?[ \t]/;

function nameWord(word: string, d: DeidDictionaries, strict: boolean): boolean {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (NOT_NAMES.has(key) || FUNCTION_WORDS.has(key) || key in MONTHS || WEEKDAYS.has(key)) return false;
  // (After the words that give a name any word, even one spelled like an abbreviation: "Nana Rae".)
  if (!strict) return true;
  if (CLINICAL_ABBREVIATIONS.has(key)) return false;
  if (d.firstNames.has(key) || d.lastNames.has(key)) return true;
  return (d.englishWords.get(key) ?? 99) > 20;
}

/**
 * Finds names and street names in quotes that the note marks as a person's.
 *
 * @example
 *   nameQuotes({ text: 'Pt states name is "Dre", refuses last name', ... }) // NAME over "Dre"
 */
export function nameQuotes({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (!/["“]\p{Lu}/u.test(text)) return out;
  const push = (m: RegExpExecArray, group: number, strict: boolean) => {
    const value = m[group]!;
    const kin = KIN.exec(value);
    const name = kin ? value.slice(kin[0].length) : value;
    if (!name.split(/[ \t]+/).every((w) => nameWord(w, d, strict))) return;
    const start = m.indices![group]![0] + (kin ? kin[0].length : 0);
    out.push({ start, end: m.indices![group]![1], type: 'NAME', priority: PRIORITY.name });
  };
  for (const m of allMatches(GIVES_NAME, text)) push(m, 1, false);
  for (const m of allMatches(STANDS_FOR, text)) push(m, 1, false);
  for (const m of allMatches(ROW_QUOTED, text)) {
    if (m.groups!.person === undefined && !m[1]!.split(/[ \t]+/).every((w) => d.firstNames.has(w.toLowerCase()) || !d.englishWords.has(w.toLowerCase()))) continue;
    push(m, 1, true);
  }
  // (A given name the census knows or no list does; a role or relation before it stays outside,
  // "Client Eddie", "Son Mikhail".)
  const givenWord = (w: string) => !NAME_CUES.has(w.toLowerCase()) && nameWord(w, d, true) && (d.firstNames.has(w.toLowerCase()) || !d.englishWords.has(w.toLowerCase()));
  for (const m of allMatches(GIVEN_NICK_SURNAME, text)) {
    const words = m[1]!.trim().split(/[ \t]/);
    let skip = 0;
    while (skip < words.length && !givenWord(words[skip]!)) skip += 1;
    const given = words.slice(skip);
    const surname = m[3]!;
    if (given.length === 0 || !given.every(givenWord) || !surname.split('-').every((w) => nameWord(w, d, true))) continue;
    const start = m.indices![1]![0] + words.slice(0, skip).reduce((a, w) => a + w.length + 1, 0);
    out.push({ start, end: start + given.join(' ').length, type: 'NAME', priority: PRIORITY.name });
    push(m, 2, false);
    out.push({ start: m.indices![3]![0], end: m.indices![3]![1], type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}
