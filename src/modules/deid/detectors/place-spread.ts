// Places spread from what the first pass found (moved out of deid-engine.ts in pass 28): the town
// after a street, a facility or a name, and a facility, street or city named again elsewhere.
import { unpackWordFlags, type DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { isStateOrCountry, STATE_ABBR } from './locations';
import type { Candidate } from './detector';
import { UNIT_AFTER } from './zip-after-town';

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
export function afterPlaces(text: string, spans: Candidate[], d: DeidDictionaries, knownTownsOnly = false): Candidate[] {
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
export function propagatePlaces(text: string, spans: Candidate[], d: DeidDictionaries): Candidate[] {
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
