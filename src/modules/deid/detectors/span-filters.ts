// The engine's last reading of its spans (moved out of deid-engine.ts in pass 28): filters that drop
// a span naming a drug, an instrument, a model, a state, a people or a country's name, and the edge
// fixes that end a name after its second syllable or its joined surname.
import type { DeidDictionaries } from '../dictionaries';
import { CREDENTIALS, DOSE_AFTER, PEOPLES } from '../lexicon';
import { COUNTRIES, LOWER_STATES, STATE_ABBR } from './locations';
import { allMatches, type Candidate } from './detector';

// (Pass 16) A name of one word that starts with two capitals and goes on in lower case is a clinical
// abbreviation, "HFrEF", "PEth", "PACs"; names with inner capitals start with one ("McKay", "DeShawn").
const MIXED_ABBREVIATION = /^\p{Lu}{2,}\p{Ll}[\p{L}]*$/u;
export function mixedCaseAbbreviation(text: string, s: Candidate, d: DeidDictionaries): boolean {
  if (s.type !== 'NAME' || s.end - s.start > 8) return false;
  const word = text.slice(s.start, s.end);
  return MIXED_ABBREVIATION.test(word) && !d.lastNames.has(word.toLowerCase()) && !d.firstNames.has(word.toLowerCase());
}

// (Pass 16) A given name of two syllables joined by a hyphen ends after the second, in lower case:
// "Kwon, Ji-ho", "Lee, Seo-yeon", "Park, Min-jun" (the name rules read the syllables as two words).
// (Not a suffix of English, "Roe-like", "Cox-type".)
const SECOND_SYLLABLE = /^-(?!(?:like|type|based|free|style|only|era|led|run|ish|wise|ward|fold|over|up|off|in|out|on)(?![a-z]))[a-z]{2,5}(?![\p{L}\p{N}-])/u;
const FIRST_SYLLABLE = /(?<![\p{L}])\p{Lu}[a-z]{1,3}$/u;
export function syllableEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 45 /* - */ || !FIRST_SYLLABLE.test(text.slice(Math.max(0, end - 5), end))) return end;
  const m = SECOND_SYLLABLE.exec(text.slice(end, end + 7));
  return m ? end + m[0].length : end;
}

// (Pass 27) A surname joined by a hyphen to the name's last word is part of it: "S. Nakamura-Wells",
// "recv Chen-Lindqvist", "Lucía Ferrer-Quintana", "GARCIA-LEVY" (the rules that found the name may
// have read only its first part); the joined word is capitalized like the name, a census surname or
// no English or medical word ("Passy-Muir" aside, not "Kool-Aid", "RIM-ENHANCING", "Geri-Psych").
const JOINED_SURNAME = /^-(\p{Lu}\p{Ll}[\p{L}'’]*|\p{Lu}{2,}(?![\p{Ll}]))(?![\p{L}\p{N}-])/u;
export function joinedSurnameEnd(text: string, start: number, end: number, d: DeidDictionaries): number {
  if (text.charCodeAt(end) !== 45 /* - */ || !/\p{L}/u.test(text[end - 1] ?? '')) return end;
  const m = JOINED_SURNAME.exec(text.slice(end, end + 24));
  if (!m) return end;
  const caps = !/\p{Ll}/u.test(text.slice(start, end));
  const upper = !/\p{Ll}/u.test(m[1]!);
  const key = m[1]!.toLowerCase();
  if (caps !== upper || CREDENTIALS.has(key) || (!d.lastNames.has(key) && (d.englishWords.has(key) || d.medicalTerms.has(key)))) return end;
  return end + m[0].length;
}

export const STATE_AFTER_TOWN = new RegExp(`(?<=\\p{L}),?[ \\t]+(?:${STATE_ABBR})$`, 'u');

// Countries the region list names otherwise ("South Korea", "Myanmar (Burma)").
const SHORT_COUNTRIES: ReadonlySet<string> = new Set(['korea', 'burma', 'myanmar', 'congo', 'russia', 'britain', 'england', 'scotland', 'wales']);

// (Pass 16) A state's name alone is no place and no name, though towns and surnames share the
// word ("Dayton, Ohio", "in Oregon"): not PHI. A given name stays one ("daughter Virginia"), and so
// does a common surname ("Washington").
export function stateAlone(text: string, s: Candidate, d: DeidDictionaries): boolean {
  if ((s.type !== 'NAME' && s.type !== 'LOCATION') || s.end - s.start > 24) return false;
  const key = text.slice(s.start, s.end).toLowerCase();
  // (A town with its state after it is a town: "New York, NY", "Indiana, PA".)
  // (Pass 22: so is a country's, "born Laos", "been to Korea".)
  if (!LOWER_STATES.has(key) && !COUNTRIES.has(key) && !SHORT_COUNTRIES.has(key)) return false;
  // (Not before a state or a ZIP code, "Jamaica 11436", nor a newborn's surname, "Baby Girl Senegal".)
  if (/^,?[ \t]*[A-Z]{2}\b/.test(text.slice(s.end, s.end + 5)) || (!LOWER_STATES.has(key) && /^,?[ \t]*\d{5}\b/.test(text.slice(s.end, s.end + 8))) || /(?:Baby|BABY)[ \t]+(?:Boy|Girl|BOY|GIRL)[ \t]+$/.test(text.slice(Math.max(0, s.start - 12), s.start))) return false;
  return !(s.type === 'NAME' && (d.firstNames.has(key) || (d.lastNames.get(key) ?? Infinity) < 1000));
}

// (Pass 15) A name or place inside a country's name of several words is neither: "West Germany",
// "Costa Rica" ("West" and "Germany" are census names, "Costa" a city). Countries are not PHI.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNTRY_PHRASES = [...COUNTRIES, 'west germany', 'east germany', 'soviet union'].filter((c) => c.includes(' '));
const COUNTRY_PHRASE = new RegExp(`(?<![\\p{L}])(?:${[...COUNTRY_PHRASES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})(?![\\p{L}])`, 'giu');
// (Every word of a span inside such a name is a word of it: the first word is tested before the pattern.)
const COUNTRY_PHRASE_WORDS: ReadonlySet<string> = new Set(COUNTRY_PHRASES.flatMap((c) => c.match(/\p{L}+/gu) ?? []));
export function insideCountryName(text: string, s: Candidate): boolean {
  if ((s.type !== 'NAME' && s.type !== 'LOCATION') || s.end - s.start > 40) return false;
  const first = /\p{L}+/u.exec(text.slice(s.start, s.end));
  if (!first || !COUNTRY_PHRASE_WORDS.has(first[0].toLowerCase())) return false;
  const from = Math.max(0, s.start - 24);
  for (const m of allMatches(COUNTRY_PHRASE, text.slice(from, s.end + 24))) if (from + m.index! <= s.start && from + m.index! + m[0].length >= s.end) return true;
  return false;
}

// (Pass 13) A people, a nation or a language is no name and no place: "57 yo Chamorro woman",
// "Navajo Nation protocol". A span of nothing else is dropped; a name loses such a word at its end
// when punctuation parts them ("coworker Arnel Catacutan. Tagalog + English", "Interpreter:
// Kinyarwanda, Jean-Claude Mugisha"). Otherwise the word is part of a name ("Lakota Runs Above",
// "Al-Yemeni"), an organisation ("Hebrew Rehab Center") or a place ("Pacific County").
const PEOPLE_WORD = /[\p{L}\p{M}'’-]+/gu;
const NATION_WORDS: ReadonlySet<string> = new Set(['nation', 'nations', 'tribe', 'people']);
const isPeople = (word: string) => {
  const key = word.toLowerCase().replace(/['’]s$/, '').replace(/-speaking$/, '');
  return PEOPLES.has(key) || key.split('-').every((w) => PEOPLES.has(w));
};
export function withoutPeoples(text: string, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    const words = s.type === 'NAME' || s.type === 'LOCATION' || s.type === 'FACILITY' ? [...text.slice(s.start, s.end).matchAll(PEOPLE_WORD)] : [];
    if (!words.some((w) => isPeople(w[0]))) {
      out.push(s);
      continue;
    }
    if (words.every((w) => isPeople(w[0]) || NATION_WORDS.has(w[0].toLowerCase()))) continue;
    if (s.type !== 'NAME') {
      out.push(s);
      continue;
    }
    const value = text.slice(s.start, s.end);
    const parted = (k: number) => /[,.;:(]/.test(value.slice(words[k]!.index! + words[k]![0].length, words[k + 1]!.index));
    let a = 0;
    let b = words.length;
    while (a < b - 1 && isPeople(words[a]![0]) && parted(a)) a += 1;
    while (b - 1 > a && isPeople(words[b - 1]![0]) && parted(b - 2)) b -= 1;
    out.push({ ...s, start: s.start + words[a]!.index!, end: s.start + words[b - 1]!.index! + words[b - 1]![0].length });
  }
  return out;
}

// (Pass 13) A capital before a digit is a model ("Dexcom G7"), and "ED", "ER" in capitals are the
// department, not a name (unless initials after "by").
export function namesAModelOrUnit(text: string, s: Candidate): boolean {
  if (s.type !== 'NAME') return false;
  if (s.end - s.start === 1 && /\d/.test(text[s.end] ?? '')) return true;
  return s.end - s.start === 2 && /^E[DR]$/.test(text.slice(s.start, s.end)) && !/\bby[ \t]+$/i.test(text.slice(Math.max(0, s.start - 4), s.start));
}

// (Pass 28) One word before a dose is a drug, not a person or a town: "Norco 5/325 q6h", "Keppra 500 mg".
export function namesADrug(text: string, s: Candidate): boolean {
  return (s.type === 'NAME' || s.type === 'LOCATION') && !/[\s,]/.test(text.slice(s.start, s.end)) && DOSE_AFTER.test(text.slice(s.end, s.end + 16));
}

// A name or place that names a score, scale or rule: "Hoehn and Yahr stage 2", "Bruce protocol",
// "Ottawa ankle rules", "Tyrer-Cuzick 14%", "Forrest IIb", "Marsh 3a". After a title it is a person.
const INSTRUMENT_AFTER = /^(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'-]+)?[ \t]+(?:(?:ankle|knee|head|c-spine|foot|risk|bleeding|modified|revised)[ \t]+)?(?:stage|stages|staging|score|scores|scale|grade|grading|protocol|rules?|criteria|classification|class|index|model|calculator|equation|formula|maneuver|manoeuvre|sign|test|treadmill)\b/iu;
const INSTRUMENT_VALUE = /^[ \t]+(?:[IV]{1,4}[abc]?\b|\d{1,2}(?:\.\d)?[ \t]*%|\d[abc]\b|\d{1,2}\b(?![/:.-]\d))/;
export function namesAnInstrument(text: string, s: Candidate): boolean {
  // (Pass 13) "Protocol: Schmitt-Thompson Earache": what follows the label names the protocol.
  if (s.type === 'FACILITY') return /\b(?:[Pp]rotocol|PROTOCOL)[ \t]*:[ \t]*$/.test(text.slice(Math.max(0, s.start - 12), s.start));
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const value = text.slice(s.start, s.end);
  // "Forrest Ia": a name taken together with the class after it.
  if (s.type === 'NAME' && /^\p{Lu}[\p{L}'-]+[ \t]+[IV]{1,4}[abc]$/u.test(value) && !/\b(?:Dr|Mr|Mrs|Ms)\.?[ \t]+$/.test(text.slice(Math.max(0, s.start - 6), s.start))) return true;
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(value)) return false;
  const before = text.slice(Math.max(0, s.start - 24), s.start);
  if (/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|NP|PA|RN)\.?[ \t]+$/.test(before)) return false;
  // (Pass 13) "Protocol: Bruce", "protocol Bruce": the protocol's name.
  if (/\b(?:[Pp]rotocol|PROTOCOL)[ \t]*:?[ \t]*$/.test(before)) return true;
  const after = text.slice(s.end, s.end + 48);
  if (INSTRUMENT_AFTER.test(after)) return true;
  // A hyphenated pair or an eponym with a class after it: "Tyrer-Cuzick 14%", "Forrest IIb", "Marsh 3a".
  return (value.includes('-') || /^[ \t]+(?:[IV]{1,4}[abc]?\b|\d[abc]\b)/.test(after)) && INSTRUMENT_VALUE.test(after);
}
