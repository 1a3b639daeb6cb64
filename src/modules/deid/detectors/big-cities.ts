// (Pass 23) The large US cities by name alone, where no cue word stands before them: "flight into
// Boston", "Walbrook, Baltimore 21216", "In St. Louis for a conference", "daughter Yvonne, 44,
// Providence". A city with a dozen ZIP codes or more in one state is a place whenever it is written
// as a proper noun on its own: not a person's given name or a common surname ("Madison", "Jackson",
// "Houston"), not a common English word ("Mobile", "Reading"), not a state ("Washington"), not after
// a title ("Dr. Boston"), and not one word of a longer proper noun ("Boston Scientific", "Phoenix
// Children's"), which the facility rules read whole.
import type { DeidDictionaries } from '../dictionaries';
import { NOT_NAMES, TITLES } from '../lexicon';
import { PRIORITY, type Candidate, type DetectInput } from './detector';
import { COUNTRIES, LOWER_STATES, STATE_ABBR } from './locations';

const STATE_AFTER = new RegExp(`^(?:,?[ \\t]+(?:${STATE_ABBR})\\b|[ \\t]*[,.;:)\\]/]|[ \\t]*\\r?\\n|$|[ \\t]+(?![A-Z]))`);
// (Scales and studies named after a city: "Boston bowel prep scale", "Columbia: high risk" (the C-SSRS).)
const INSTRUMENT_AFTER = /^[ \t]*(?::|(?:bowel|prep|criteria|scale|score|classification|naming|suicide|protocol|lite)\b)/i;
const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Fr|Sr|Sister|Brother|Baby)\.?[ \t]+$/;

// The first words of the big cities' names, "boston", "saint", "st", per dictionaries.
const FIRST_WORDS = new WeakMap<DeidDictionaries, ReadonlySet<string>>();
function firstWordsOf(d: DeidDictionaries): ReadonlySet<string> {
  let firsts = FIRST_WORDS.get(d);
  if (!firsts) FIRST_WORDS.set(d, (firsts = new Set([...d.bigCities].map((c) => c.split(' ')[0]!).concat('st'))));
  return firsts;
}

function singleWordCity(key: string, d: DeidDictionaries): boolean {
  const rank = d.lastNames.get(key);
  return !d.firstNames.has(key) && (rank === undefined || rank >= 1000) && (d.englishWords.get(key) ?? 99) > 35 && !NOT_NAMES.has(key) && !TITLES.has(key) && !LOWER_STATES.has(key) && !COUNTRIES.has(key);
}

/**
 * Finds large US cities written as proper nouns on their own.
 *
 * @example
 *   detectBigCities({ text: 'flight into Boston, then home', ... }) // LOCATION over "Boston"
 */
export function detectBigCities({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const firsts = firstWordsOf(d);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.shape !== 'cap' && t.shape !== 'upper') || !firsts.has(t.key)) continue;
    // ("St." and "Saint" open the same name: "St. Louis", "SAINT PAUL".)
    const saint = (t.key === 'st' || t.key === 'saint') && i + 1 < tokens.length;
    let words = 0;
    for (let w = 3; w >= 1 && words === 0; w--) {
      const last = tokens[i + w - 1];
      if (!last || last.start - t.end > 2 * w + 2 || (w > 1 && text.slice(t.start, last.end).includes('\n'))) continue;
      const name = tokens.slice(i, i + w).map((x) => x.key).join(' ').replace(/^st /, 'saint ');
      if (!d.bigCities.has(name) || (w === 1 && (saint || !singleWordCity(name, d)))) continue;
      if (tokens.slice(i + 1, i + w).some((x) => x.shape !== 'cap' && x.shape !== 'upper')) continue;
      words = w;
    }
    if (words === 0) continue;
    const end = tokens[i + words - 1]!.end;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    // (Not one word of a longer proper noun on either side, nor after a title.)
    const joinedBefore = prev !== undefined && (prev.shape === 'cap' || prev.shape === 'upper') && /^[ \t]$/.test(text.slice(prev.end, t.start)) && !/^(?:in|at|to|from|near|of|via|into|outside)$/i.test(prev.text);
    if (joinedBefore || TITLE_BEFORE.test(before) || !STATE_AFTER.test(text.slice(end, end + 6)) || INSTRUMENT_AFTER.test(text.slice(end, end + 24))) continue;
    // (A short word in capitals is a study's or a scale's acronym: "(MESA)".)
    if (words === 1 && t.shape === 'upper' && t.text.length <= 4) continue;
    out.push({ start: t.start, end, type: 'LOCATION', priority: PRIORITY.location });
    i += words - 1;
  }
  return out;
}
