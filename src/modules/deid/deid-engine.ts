// The detection engine: runs every detector over a note, resolves overlaps and spreads found
// names and places to their other mentions. Pure and synchronous; one engine serves any number
// of notes (it holds only the read-only dictionaries).
import type { PhiSpan, PhiSpanWithText } from './deid.types';
import { loadDeidDictionaries, unpackWordFlags, type DeidDictionaries } from './dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, DOSE_AFTER, MONTHS, NOT_NAMES, PEOPLES, TITLES, WEEKDAYS } from './lexicon';
import { COUNTRIES, isStateOrCountry, LOWER_STATES, STATE_ABBR } from './detectors/locations';
import { tokenize, type Token } from './text-tokens';
import { ocrNormalized } from './ocr-normalize';
import { allMatches, type Candidate } from './detectors/detector';
import { FIRST_PASS } from './detectors/first-pass';
import { readNoteWords } from './detectors/note-words';
import { modelSpans, readTokenModel, type TokenModel } from './token-model';
import { agesAfterNames } from './detectors/ages';
import { bareMonthDays } from './detectors/dates';
import { signerInitials } from './detectors/name-handles';
import { signerAffiliations } from './detectors/signer-affiliations';
import { streetEdges, trimFacilityEdges, trimNameEdges } from './detectors/span-edges';
import { nicknames } from './detectors/nicknames';
import { properNounRuns } from './detectors/proper-noun-runs';
import { facilityAcronyms } from './detectors/facility-acronyms';
import { addressJoins } from './detectors/address-joins';
import { genericService, namesALaw } from './detectors/generic-services';
import { inRecordMachinery } from './detectors/system-records';
import { UNIT_AFTER } from './detectors/zip-after-town';

export interface DeidEngine {
  /** Spans sorted by start, non-overlapping. */
  detect(text: string): PhiSpan[];
  /** The same spans with their text, as `custos deid detect` writes them. */
  detectWithText(text: string): PhiSpanWithText[];
  readonly dictionaries: DeidDictionaries;
}


/**
 * Creates a detection engine. Load the dictionaries once and share the engine.
 *
 * @example
 *   const engine = createDeidEngine({ dictionaries: loadDeidDictionaries() });
 *   engine.detect('Seen by Dr. Oyelaran on 3/4/2021'); // [{ start: 12, end: 20, type: 'NAME' }, { ..., type: 'DATE' }]
 */
export function createDeidEngine(deps: { dictionaries?: DeidDictionaries; tokenModel?: TokenModel | null } = {}): DeidEngine {
  const dictionaries = deps.dictionaries ?? loadDeidDictionaries();
  // (Pass 28) The learned second reader (token-model.ts); null for the rules alone, as its training reads them.
  const tokenModel = deps.tokenModel === undefined ? readTokenModel() : deps.tokenModel;
  // The last text the rules tokenized (the note itself unless OCR repairs changed it), for the model.
  let lastRead: { text: string; tokens: Token[] } | undefined;
  // Each look-up in the large word map is a few cache misses; the words of recent notes repeat
  // (most tokens are common words and numbers), so a small map of them answers most look-ups.
  let recent = new Map<string, number>();
  const wordFlagsOf = (key: string): number => {
    let f = recent.get(key);
    if (f === undefined) {
      f = dictionaries.wordFlags.get(key) ?? 0;
      if (recent.size >= 16384) recent = new Map();
      recent.set(key, f);
    }
    return f;
  };
  const isWord = (w: string) => dictionaries.englishWords.has(w) || dictionaries.lastNames.has(w) || dictionaries.firstNames.has(w) || dictionaries.medicalTerms.has(w);
  const detect = (note: string): PhiSpan[] => {
    const spans = detectRules(note);
    if (!tokenModel || !note) return spans;
    const tokens = lastRead?.text === note ? lastRead.tokens : tokenize(note);
    const added = modelSpans(note, tokens, spans, dictionaries, tokenModel, wordFlagsOf);
    return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
  };
  const detectRules = (note: string): PhiSpan[] => {
    const spans = detectOnce(note);
    // (Pass 23) Digits spaced apart by a scanner or a typist ("0 4 / 1 7 / 1 9 9 4", "6 1 2 - 5 5 5 -
    // 0 1 2 5") are read again with the spaces closed, and what covers them is mapped back.
    if (!SPACED_DIGITS_HINT.test(note)) return spans;
    const closed = closeSpacedDigits(note);
    if (!closed) return spans;
    const found: Candidate[] = spans.map((s) => ({ ...s, priority: 1 }));
    for (const s of detectOnce(closed.text)) {
      if (!closed.runs.some(([a, b]) => s.start < b && a < s.end)) continue;
      found.push({ start: closed.at[s.start]!, end: closed.at[s.end - 1]! + 1, type: s.type, priority: 2 });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return resolveOverlaps(found).map(({ start, end, type }) => ({ start, end, type }));
  };
  const detectOnce = (note: string): PhiSpan[] => {
    if (!note) return [];
    // A scanned note is read with its OCR look-alikes repaired (same length, so the same offsets).
    const text = ocrNormalized(note, isWord, (w) => (dictionaries.englishWords.get(w) ?? 99) <= 35);
    const tokens = tokenize(text);
    lastRead = { text, tokens };
    readNoteWords(text, tokens);
    // One look-up per token and note, shared by the detectors.
    const flags = new Int32Array(tokens.length).fill(-1);
    const flagsAt = (i: number) => (flags[i]! >= 0 ? flags[i]! : (flags[i] = wordFlagsOf(tokens[i]!.key)));
    const input = { text, tokens, dictionaries, flagsAt };
    const candidates: Candidate[] = [];
    for (const detector of FIRST_PASS) for (const c of detector(input)) candidates.push(c);
    const merged = resolveOverlaps(candidates);
    const more = [...propagatePlaces(text, merged, dictionaries), ...afterPlaces(text, merged, dictionaries), ...properNounRuns(text, tokens, merged, dictionaries), ...nicknames(text, merged, dictionaries), ...agesAfterNames(text, merged), ...bareMonthDays(text, merged), ...signerInitials(text, merged, dictionaries), ...signerAffiliations(text, merged, dictionaries)];
    const resolved = resolveOverlaps([...merged.map((s) => ({ ...s, priority: 100 })), ...more]);
    const joins = addressJoins(text, resolved);
    const found = joins.length > 0 ? resolveOverlaps([...resolved, ...joins]) : resolved;
    const acronyms = facilityAcronyms(text, tokens, found, dictionaries);
    const withAcronyms = acronyms.length > 0 ? resolveOverlaps([...found, ...acronyms]) : found;
    // (Pass 19) A facility found only by the later rules (proper-noun runs, acronyms) has its town after it too.
    const lateFacilities = withAcronyms.filter((s) => s.type === 'FACILITY' && !merged.some((m) => m.start === s.start && m.end === s.end && m.type === 'FACILITY'));
    const lateTowns = lateFacilities.length > 0 ? afterPlaces(text, lateFacilities, dictionaries, true) : [];
    const all = lateTowns.length > 0 ? resolveOverlaps([...withAcronyms, ...lateTowns]) : withAcronyms;
    // (Pass 23) Only notes with an HL7 segment or a DICOM attribute line are checked for their machinery.
    const machine = MACHINE_RECORD.test(text);
    const kept = all.filter((s) => !genericService(text, s) && !namesALaw(text, s) && !namesAnInstrument(text, s) && !namesAModelOrUnit(text, s) && !namesADrug(text, s) && !insideCountryName(text, s) && !mixedCaseAbbreviation(text, s, dictionaries) && !stateAlone(text, s, dictionaries) && !(machine && inRecordMachinery(text, s)));
    // (Most notes name no people or language: then there is nothing to trim.)
    const peoples = tokens.some((t) => PEOPLES.has(t.key));
    return (peoples ? withoutPeoples(text, kept) : kept).map(({ start, end, type }) => {
      if (type === 'FACILITY') {
        const [s, e] = streetEdges(text, ...trimFacilityEdges(text, start, end, dictionaries));
        return { start: s, end: e, type };
      }
      if (type === 'ADDRESS' || type === 'LOCATION') {
        const [s, e] = streetEdges(text, start, end);
        if (type === 'ADDRESS') return { start: s, end: e, type };
        start = s;
        end = e;
      }
      // (Pass 22) A state's code after a town is no part of the place: "HOLYOKE, MA", "Mount Sterling KY".
      if (type === 'LOCATION') {
        const state = STATE_AFTER_TOWN.exec(text.slice(start, end));
        return { start, end: state ? end - state[0].length : end, type };
      }
      if (type !== 'NAME') return { start, end, type };
      // (Pass 23) A name at a segment's end stops before the next segment's name: "...^OBUYA^JANE\nOBX|1|".
      const nl = machine ? text.indexOf('\n', start) : -1;
      const [s, e] = trimNameEdges(text, start, nl >= 0 && nl < end && /^[ \t]*[A-Z][A-Z0-9]{2}\|/.test(text.slice(nl + 1, nl + 8)) ? nl : end, dictionaries);
      return { start: s, end: joinedSurnameEnd(text, s, syllableEnd(text, e), dictionaries), type };
    });
  };
  return {
    dictionaries,
    detect,
    detectWithText: (text) => detect(text).map((s) => ({ start: s.start, end: s.end, type: s.type, text: text.slice(s.start, s.end) })),
  };
}

const MACHINE_RECORD = /(?:^|\n)[ \t]*(?:[A-Z][A-Z0-9]{2}\||\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\))/;
const SPACED_DIGITS_HINT = /\d[ ]{1,2}\d[ ]{1,2}\d/;
// A run of one- and two-digit groups, at least three of them single digits, spaced by one or two
// blanks and maybe a separator: "1 4 - 0 4 - 2 0 2 4", "5 5 4 0 4".
const SPACED_DIGITS = /(?<![\p{L}\p{N}])\d{1,2}(?:[ ]{1,2}(?:[-/.][ ]{1,2})?\d{1,2}){3,}(?![\p{L}\p{N}])/gu;

/** The note with the blanks inside spaced digit runs removed, the runs' places in it, and each character's offset in the note. */
function closeSpacedDigits(note: string): { text: string; runs: [number, number][]; at: number[] } | null {
  let text = '';
  const at: number[] = [];
  const runs: [number, number][] = [];
  let from = 0;
  const keep = (i: number) => {
    text += note[i];
    at.push(i);
  };
  for (const m of note.matchAll(SPACED_DIGITS)) {
    // (Five digits or more, and no separator or two: a dental chart's "5 4 6 / 6 5 6" is no date.)
    const separators = m[0].match(/[-/.]/g)?.length ?? 0;
    if ((m[0].match(/(?<!\d)\d(?!\d)/g)?.length ?? 0) < 3 || (m[0].match(/\d/g)?.length ?? 0) < 5 || separators === 1) continue;
    for (let i = from; i < m.index!; i++) keep(i);
    const start = text.length;
    for (let i = m.index!; i < m.index! + m[0].length; i++) if (note[i] !== ' ') keep(i);
    runs.push([start, text.length]);
    from = m.index! + m[0].length;
  }
  if (runs.length === 0) return null;
  for (let i = from; i < note.length; i++) keep(i);
  return { text, runs, at };
}

// (Pass 16) A name of one word that starts with two capitals and goes on in lower case is a clinical
// abbreviation, "HFrEF", "PEth", "PACs"; names with inner capitals start with one ("McKay", "DeShawn").
const MIXED_ABBREVIATION = /^\p{Lu}{2,}\p{Ll}[\p{L}]*$/u;
function mixedCaseAbbreviation(text: string, s: Candidate, d: DeidDictionaries): boolean {
  if (s.type !== 'NAME' || s.end - s.start > 8) return false;
  const word = text.slice(s.start, s.end);
  return MIXED_ABBREVIATION.test(word) && !d.lastNames.has(word.toLowerCase()) && !d.firstNames.has(word.toLowerCase());
}

// (Pass 16) A given name of two syllables joined by a hyphen ends after the second, in lower case:
// "Kwon, Ji-ho", "Lee, Seo-yeon", "Park, Min-jun" (the name rules read the syllables as two words).
// (Not a suffix of English, "Roe-like", "Cox-type".)
const SECOND_SYLLABLE = /^-(?!(?:like|type|based|free|style|only|era|led|run|ish|wise|ward|fold|over|up|off|in|out|on)(?![a-z]))[a-z]{2,5}(?![\p{L}\p{N}-])/u;
const FIRST_SYLLABLE = /(?<![\p{L}])\p{Lu}[a-z]{1,3}$/u;
function syllableEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 45 /* - */ || !FIRST_SYLLABLE.test(text.slice(Math.max(0, end - 5), end))) return end;
  const m = SECOND_SYLLABLE.exec(text.slice(end, end + 7));
  return m ? end + m[0].length : end;
}

// (Pass 27) A surname joined by a hyphen to the name's last word is part of it: "S. Nakamura-Wells",
// "recv Chen-Lindqvist", "Lucía Ferrer-Quintana", "GARCIA-LEVY" (the rules that found the name may
// have read only its first part); the joined word is capitalized like the name, a census surname or
// no English or medical word ("Passy-Muir" aside, not "Kool-Aid", "RIM-ENHANCING", "Geri-Psych").
const JOINED_SURNAME = /^-(\p{Lu}\p{Ll}[\p{L}'’]*|\p{Lu}{2,}(?![\p{Ll}]))(?![\p{L}\p{N}-])/u;
function joinedSurnameEnd(text: string, start: number, end: number, d: DeidDictionaries): number {
  if (text.charCodeAt(end) !== 45 /* - */ || !/\p{L}/u.test(text[end - 1] ?? '')) return end;
  const m = JOINED_SURNAME.exec(text.slice(end, end + 24));
  if (!m) return end;
  const caps = !/\p{Ll}/u.test(text.slice(start, end));
  const upper = !/\p{Ll}/u.test(m[1]!);
  const key = m[1]!.toLowerCase();
  if (caps !== upper || CREDENTIALS.has(key) || (!d.lastNames.has(key) && (d.englishWords.has(key) || d.medicalTerms.has(key)))) return end;
  return end + m[0].length;
}

const STATE_AFTER_TOWN = new RegExp(`(?<=\\p{L}),?[ \\t]+(?:${STATE_ABBR})$`, 'u');

// Countries the region list names otherwise ("South Korea", "Myanmar (Burma)").
const SHORT_COUNTRIES: ReadonlySet<string> = new Set(['korea', 'burma', 'myanmar', 'congo', 'russia', 'britain', 'england', 'scotland', 'wales']);

// (Pass 16) A state's name alone is no place and no name, though towns and surnames share the
// word ("Dayton, Ohio", "in Oregon"): not PHI. A given name stays one ("daughter Virginia"), and so
// does a common surname ("Washington").
function stateAlone(text: string, s: Candidate, d: DeidDictionaries): boolean {
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
function insideCountryName(text: string, s: Candidate): boolean {
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
function withoutPeoples(text: string, spans: Candidate[]): Candidate[] {
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
function namesAModelOrUnit(text: string, s: Candidate): boolean {
  if (s.type !== 'NAME') return false;
  if (s.end - s.start === 1 && /\d/.test(text[s.end] ?? '')) return true;
  return s.end - s.start === 2 && /^E[DR]$/.test(text.slice(s.start, s.end)) && !/\bby[ \t]+$/i.test(text.slice(Math.max(0, s.start - 4), s.start));
}

// (Pass 28) One word before a dose is a drug, not a person or a town: "Norco 5/325 q6h", "Keppra 500 mg".
function namesADrug(text: string, s: Candidate): boolean {
  return (s.type === 'NAME' || s.type === 'LOCATION') && !/[\s,]/.test(text.slice(s.start, s.end)) && DOSE_AFTER.test(text.slice(s.end, s.end + 16));
}

// A name or place that names a score, scale or rule: "Hoehn and Yahr stage 2", "Bruce protocol",
// "Ottawa ankle rules", "Tyrer-Cuzick 14%", "Forrest IIb", "Marsh 3a". After a title it is a person.
const INSTRUMENT_AFTER = /^(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'-]+)?[ \t]+(?:(?:ankle|knee|head|c-spine|foot|risk|bleeding|modified|revised)[ \t]+)?(?:stage|stages|staging|score|scores|scale|grade|grading|protocol|rules?|criteria|classification|class|index|model|calculator|equation|formula|maneuver|manoeuvre|sign|test|treadmill)\b/iu;
const INSTRUMENT_VALUE = /^[ \t]+(?:[IV]{1,4}[abc]?\b|\d{1,2}(?:\.\d)?[ \t]*%|\d[abc]\b|\d{1,2}\b(?![/:.-]\d))/;
function namesAnInstrument(text: string, s: Candidate): boolean {
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

/**
 * Overlapping candidates become one span (their union) with the type of the highest priority,
 * so a partial match never leaves part of an identifier uncovered.
 *
 * @example
 *   resolveOverlaps([{ start: 0, end: 5, type: 'NAME', priority: 40 }, { start: 3, end: 9, type: 'DATE', priority: 70 }])
 *   // [{ start: 0, end: 9, type: 'DATE', priority: 70 }]
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.priority > last.priority) {
        last.type = c.type;
        last.priority = c.priority;
      }
      if (c.end > last.end) last.end = c.end;
    } else {
      out.push({ start: c.start, end: c.end, type: c.type, priority: c.priority });
    }
  }
  return out;
}

// After a street or a city: "12 Elm St, Quincy", "12 Elm St in Quincy", "Quincy 02169".
const CITY_AFTER = /^(?:[ \t]?,[ \t]*\n?[ \t]*|\s+(?:in|IN)[ \t]+|\n[ \t]*)(?![A-Z]{2}\b)((?:St\.|Mt\.|Ft\.|\p{Lu}[\p{L}'-]+)(?:[ \t](?![A-Z]{2}\b)(?:St\.|Mt\.|Ft\.|\p{Lu}[\p{L}'-]+)){0,2})(?=[,.;:)\n]|[ \t]+(?:\d{5}|[A-Z]{2}\b|w\/|W\/|with|WITH|and|AND|since|SINCE|for|FOR|alone|ALONE)|$)/u;
const ZIP_AFTER = /^[ \t]?,?[ \t]*\n?[ \t]*(?:[a-z]{2}[ \t]+)?(\d{5}(?:-\d{4})?)(?![\d-])/;
// (Pass 10) A town in lower case after a street in lower case: "2217 e 38th st apt c savannah ga 31404".
const LOWER_CITY_AFTER = /^(?:,[ \t]*|[ \t]+)([a-z][a-z'.-]+(?:[ \t][a-z][a-z'.-]+)?)(?=,|[ \t]+[a-z]{2}[ \t]+\d{5}|[ \t]+\d{5}|[ \t]*[.;\n]|$)/;
// A store or facility and then its town: "the CVS in Greenfield", "Dollar General on the bypass in
// Ware". The town is a known place or a word that is neither English nor medical.
const CITY_AFTER_FACILITY = /^[ \t]+(?:(?:on|off|near|by)[ \t]+[^.\n,;:()]{1,30}?[ \t]+)?in[ \t]+(\p{Lu}[\p{L}'-]+(?:[ \t]\p{Lu}[\p{L}'-]+)?)(?![\p{L}\p{N}])/u;
// A letterhead or signature line: the facility, a comma and its town, then the end of the line or
// the sentence ("Treasure State Toxicology, Billings.", "Beacon Hill Family Health, Seattle").
// (Pass 13: also a dash or its initials in brackets before the town, or the town in brackets:
// "... Hospital - Milwaukee", "Park River Hospital, Livingston: NSTEMI", "... Hospital (SPPLH)
// Lansing, unit 6", "Musselshell Valley Hospital (Roundup)".)
// (And after the initials in brackets and a comma, "Gulf Coast Positive Care (GCPC), Mobile"; the
// town with its state in brackets, "(Hickory, NC)"; before a dash, or before "clinic", "campus",
// "office": "- Logan clinic", "- Bend campus"; "Coeur d'Alene".)
const TOWN_AFTER_FACILITY = new RegExp(`^(?:[ \\t]*\\([A-Za-z]{2,6}\\))?(?:,[ \\t]*|[ \\t]+[-–—][ \\t]+|[ \\t]+\\([A-Z]{2,6}\\)[ \\t]+)(\\p{Lu}[\\p{L}'-]+(?:[ \\t](?![A-Z]{2}\\b)(?:\\p{Lu}|d')[\\p{L}'-]+)?)(?=[ \\t]*(?:[.;:),]|\\n|$)|[ \\t]{2,}|[ \\t]+[-–—][ \\t]|[ \\t]+(?:${STATE_ABBR})\\b|[ \\t]+(?:clinic|campus|office|site|branch)\\b)|^[ \\t]*\\([ \\t]*(\\p{Lu}[\\p{L}'-]+(?:[ \\t]\\p{Lu}[\\p{L}'-]+)?)[ \\t]*(?:,[ \\t]*[A-Z]{2}[ \\t]*)?\\)`, 'u');
const TOWN_AFTER_NAME = /^(?:[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\p{N}'’-])|[ \t]*\((?:[^()\n,]{1,30},[ \t]*)?(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)\))/u;
const LOWER_FACILITY = /^[a-z][a-z0-9 '&.-]*$/;
const LOWER_TOWN_AFTER_FACILITY = /^(?:[ \t]*\([a-z]{2,6}\))?(?:,[ \t]*|[ \t]+[-–—][ \t]+)([a-z][a-z'.-]+(?:[ \t][a-z][a-z'.-]+){0,2}?)(?=[ \t]*(?:[;:),]|\.?[ \t]*(?:\r?\n|$))|[ \t]{2,}|[ \t]+[-–—|][ \t]|[ \t]+[a-z]{2}[ \t]+\d{5}|[ \t]+(?:clinic|campus|office|site|branch)\b)/;
const LOWER_TOWN_STOP = /^(?:north|south|east|west|central|main|upper|lower|clinic|office|home|center|centre)$/;
const REP_LINE = /\b(?:rep|reps|representative|vendor|company|manufacturer|interpreter|language)\b/i;
const SPOT_OR_COORDINATES = /\d\.\d{3}|\b(?:mile|milepost|MILEPOST|MM|MP|exit|Exit|EXIT)\b/;
const STORE_NUMBER = /^[ \t]?#[ \t]?\d{1,5}(?![\d-])/;
function afterPlaces(text: string, spans: Candidate[], d: DeidDictionaries, knownTownsOnly = false): Candidate[] {
  const extra: Candidate[] = [];
  for (const s of spans) {
    if (s.type === 'FACILITY') {
      // (Pass 17) A store's number belongs to its name: "Front Range Pharmacy #57", "CornerCare #3310".
      const store = STORE_NUMBER.exec(text.slice(s.end, s.end + 12));
      if (store) extra.push({ start: s.start, end: s.end + store[0].length, type: 'FACILITY', priority: 101 });
      const next = text.slice(s.end, s.end + 64);
      const cityIn = CITY_AFTER_FACILITY.exec(next);
      const m = cityIn ?? TOWN_AFTER_FACILITY.exec(next);
      // (Pass 19) A lower-case practice and its known town: "wood river urgent care, ketchum", "larkspur
      // urology associates, mankato office", "high plains cancer care (hpcc), amarillo".
      if (!m && LOWER_FACILITY.test(text.slice(s.start, s.end))) {
        const lower = LOWER_TOWN_AFTER_FACILITY.exec(next);
        const key = lower?.[1]!.replace(/[.]$/, '');
        if (key && d.cities.has(key) && !LOWER_TOWN_STOP.test(key) && !isStateOrCountry(key)) {
          const start = s.end + lower![0].indexOf(key, lower![0].length - lower![1]!.length);
          extra.push({ start, end: start + key.length, type: 'LOCATION', priority: 1 });
        }
        continue;
      }
      const name = m ? (m[1] ?? m[2]!) : '';
      const words = m ? name.split(/[ \t]/) : [];
      // (After a dash or in brackets the town must be a known place: "(FQHC)", "- PONV", "(North)" are not.)
      // (A facility the later rules found takes only a known town: "UnitedHealthcare", "RDH" after one are not.)
      const strict = m !== null && ((cityIn === null && !m[0].startsWith(',')) || knownTownsOnly);
      // (Pass 19: a town of several words may be known only whole, "Coeur d'Alene", "Spokane Valley".)
      const town = words.length > 0 && ((words.length > 1 && d.cities.has(name.toLowerCase())) || words.every((w) => {
        const key = w.toLowerCase();
        const f = unpackWordFlags(d.wordFlags.get(key) ?? 0);
        if (strict && (!d.cities.has(key) || /^(?:north|south|east|west|central|main|upper|lower|telephone|phone|video|virtual)$/.test(key))) return false;
        // (Initials before "ID" or "#" label a number, not a town: "Conway Transplant Institute, UNOS ID".)
        if (/^\p{Lu}{2,5}$/u.test(w) && !d.cities.has(key) && /^[ \t]+(?:ID|#|No)\b/.test(next.slice(m![0].length))) return false;
        // (Pass 16: nor does an abbreviation before its number, "Superior Court, Dept. 14", "Div. 12".)
        if (/^\.[ \t]*(?:\d|#)/.test(next.slice(m![0].length))) return false;
        return !NOT_NAMES.has(key) && !TITLES.has(key) && !CREDENTIALS.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && !(key in MONTHS) && !WEEKDAYS.has(key) && (d.cities.has(key) || (!f.english && !f.medical));
      }));
      if (m && town && !isStateOrCountry(name)) {
        const start = s.end + m[0].lastIndexOf(name);
        extra.push({ start, end: start + name.length, type: 'LOCATION', priority: 1 });
      }
      continue;
    }
    // (Pass 18) Where a person lives or works, right after the name: "son David Feinstein
    // (Philadelphia)", "Dr. Grønholt (outpt psychiatrist, Concord)", "sister Senait in Takoma." A
    // known town only; an English word among them ("Reading") closes its clause.
    if (s.type === 'NAME') {
      const m = TOWN_AFTER_NAME.exec(text.slice(s.end, s.end + 48));
      const name = m ? (m[1] ?? m[2]!) : '';
      const key = name.toLowerCase();
      const bracket = m !== null && m[2] !== undefined;
      const closed = bracket || (m !== null && /^[ \t]*(?:[.,;:)]|\r?\n|$)/.test(text.slice(s.end + m[0].length, s.end + m[0].length + 2)));
      // (A given name in brackets is a nickname, "Yoon, Jung-Hee (Grace)"; a device rep's is his firm, "Colm Fitzwilliam (Abbott)".)
      // (Pass 19: after a phone or a relation in the bracket, a given name is the town, "(713-555-0121, Houston)".)
      const bracketNotTown = bracket && ((d.firstNames.has(key) && !m[0].includes(',')) || REP_LINE.test(text.slice(text.lastIndexOf('\n', s.start) + 1, s.start)));
      if (m && !bracketNotTown && d.cities.has(key) && !isStateOrCountry(name) && !(key in MONTHS) && !WEEKDAYS.has(key) && !NOT_NAMES.has(key)
        && (closed || !unpackWordFlags(d.wordFlags.get(key.split(' ')[0]!) ?? 0).english)) {
        const start = s.end + m[0].lastIndexOf(name);
        extra.push({ start, end: start + name.length, type: 'LOCATION', priority: 1 });
      }
    }
    // (Pass 8: a town read as a name still has its ZIP code after it, "Lives San Antonio 78220".)
    const town = s.type === 'NAME' && d.cities.has(text.slice(s.start, s.end).toLowerCase()) && /\b(?:[Ll]ives|[Ll]iving|[Rr]esides|in|from|near)[ \t]+$/.test(text.slice(Math.max(0, s.start - 10), s.start));
    if (s.type !== 'ADDRESS' && s.type !== 'LOCATION' && !town) continue;
    const rest = text.slice(s.end, s.end + 48);
    // The town after a street: its name and where it ends in `rest`.
    let city: { name: string; end: number } | null = null;
    if (s.type === 'ADDRESS') {
      const m = CITY_AFTER.exec(rest);
      // (Pass 17: after a highway's mile or a place's coordinates only a known town, not "... MILEPOST 18,
      // REPORTED BY", "... -109.8733\nLives w/".)
      const common = m !== null && SPOT_OR_COORDINATES.test(text.slice(s.start, s.end)) && !m[1]!.split(/[ \t]/).some((w) => d.cities.has(w.toLowerCase()));
      city = m && rest[m[0].length] !== ':' && !common ? { name: m[1]!, end: m[0].length } : lowerTownAfter(rest, d);
    }
    if (city) {
      const start = s.end + city.end - city.name.length;
      extra.push({ start, end: start + city.name.length, type: 'LOCATION', priority: 1 });
    }
    const afterCity = city ? rest.slice(city.end) : rest;
    const zip = ZIP_AFTER.exec(afterCity);
    // (Pass 23: not a count with its unit, "walked Boston 12345 steps".)
    if (zip && (s.type !== 'NAME' || town) && !UNIT_AFTER.test(afterCity.slice(zip[0].length, zip[0].length + 10))) {
      const start = s.end + (city ? city.end : 0) + zip[0].length - zip[1]!.length;
      extra.push({ start, end: start + zip[1]!.length, type: 'ZIP', priority: 1 });
    }
  }
  return extra;
}

/**
 * A lower-case town after a lower-case street (pass 10): the phrase, or its first word, when the
 * places list knows it and it is no common English word ("st paul", "lowell", "savannah ga").
 */
function lowerTownAfter(rest: string, d: DeidDictionaries): { name: string; end: number } | null {
  const m = LOWER_CITY_AFTER.exec(rest);
  if (!m) return null;
  const town = (w: string) => d.cities.has(w) && !NOT_NAMES.has(w) && (d.englishWords.get(w) ?? 99) > 35;
  const phrase = m[1]!;
  if (town(phrase)) return { name: phrase, end: m[0].length };
  const first = phrase.split(/[ \t]/)[0]!;
  return first !== phrase && town(first) ? { name: first, end: m[0].length - phrase.length + first.length } : null;
}

// A facility, street or city named once is often named again, shorter or in another case.
function propagatePlaces(text: string, spans: Candidate[], d: DeidDictionaries): Candidate[] {
  const extra: Candidate[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'FACILITY' && s.type !== 'LOCATION' && s.type !== 'ADDRESS') continue;
    const phrase = text.slice(s.start, s.end);
    const forms = [phrase];
    if (s.type === 'FACILITY') {
      const head = phrase.replace(/\s+(?:Hospital|Medical Center|Clinic|Health Center|Medical Group|HOSPITAL|MEDICAL CENTER|CLINIC)\b.*$/s, '');
      if (head !== phrase && head.length >= 5 && /\s/.test(head)) forms.push(head);
      // (Pass 12) The first word of a longer name when no word list knows it, in either case:
      // "Brookhollow General Hospital" ... "the BROOKHOLLOW EMERGENCY ROOM", "at Brookhollow".
      const first = /^\p{Lu}[\p{L}'’-]{4,}(?=[ \t])/u.exec(phrase)?.[0];
      // (Not a people's or a language's name that opens many names: "Marshallese Church", "Kreyol Kitchen".)
      // (Or a rare word that is also a town, "Larkspur Breast Center" ... "Larkspur Regional".)
      const key = first?.toLowerCase() ?? '';
      const unknown = (d.wordFlags.get(key) ?? 0) === 0 || ((d.englishWords.get(key) ?? 0) >= 50 && d.cities.has(key));
      if (first && unknown && !NOT_NAMES.has(key) && !/(?:ese|an|ish|kreyol|creole)$/i.test(first)) forms.push(first);
      if (phrase !== phrase.toUpperCase()) for (const f of [...forms]) forms.push(f.toUpperCase());
    }
    for (const form of forms) {
      if (form.length < 4 || seen.has(form)) continue;
      seen.add(form);
      let at = text.indexOf(form);
      while (at >= 0) {
        const before = at > 0 ? text[at - 1]! : ' ';
        const after = text[at + form.length] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) extra.push({ start: at, end: at + form.length, type: s.type, priority: 1 });
        at = text.indexOf(form, at + form.length);
      }
    }
  }
  return extra;
}
