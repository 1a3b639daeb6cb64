// (Pass 24) A person named as a message or a call greets or introduces them: "Hi Faith, this is
// Lorna", "Hello Marisol!", "thanks Marisol", "this is Faith Mr. Bowman's granddaughter", "it's Pam over at ...".
// After a greeting, a capitalized word that is no clinical or ordinary word; after "this is" or
// "it's", only a census given name (so "this is Tuesday", "it's Medicare" stay words), and only
// where a name would end: a comma, a full stop, a title or "from", "over", "calling", "with".
import { neverAName } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const HINT = /\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Tt]hx|[Tt]hanks|you|is|it['’]s)[ \t]+\p{Lu}\p{Ll}/u;
const GREETING = /(?<![\p{L}\p{N}'’])(?:(?<greet>[Hh]i|[Hh]ello|[Hh]ey|[Tt]hx|[Tt]hanks|[Tt]hank[ \t]+you)|[Tt]his[ \t]+is|[Ii]t['’]s|[Ii]t[ \t]+is)[ \t]+(?<v>\p{Lu}\p{Ll}+)(?=[ \t]*[,.!](?!\p{L})|[ \t]*(?:\r?\n|$)|[ \t]+(?:from|over|calling|with|here|Mr|Mrs|Ms|Dr)\b)/gu;

/**
 * Names greeted or introduced in messages and calls.
 *
 * @example
 *   nameGreetings({ text: 'Hi Faith, this is Lorna.', ... }) // NAME over "Faith" and "Lorna"
 */
export function nameGreetings({ text, dictionaries: d }: DetectInput): Candidate[] {
  if (!HINT.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of allMatches(GREETING, text)) {
    const name = m.groups!.v!;
    const key = name.toLowerCase();
    if (neverAName(key) || d.medicalTerms.has(key)) continue;
    if (m.groups!.greet ? (d.englishWords.get(key) ?? 99) <= 35 && !d.firstNames.has(key) : !d.firstNames.has(key)) continue;
    const start = m.index! + m[0].length - name.length;
    out.push({ start, end: start + name.length, type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}
