// LOCATION, ZIP and county: geography below the state (streets are in `street-addresses.ts`,
// facilities by their facility word in `facility-suffixes.ts`, both called from here). States are
// not PHI and are never reported; the ZIP after them is, and so is the city before them.
import { allMatches, matchesAt, PRIORITY, tokenFlags, type Candidate, type DetectInput } from './detector';
import type { DeidDictionaries } from '../dictionaries';
import type { Token } from '../text-tokens';
import { CLINICAL_ABBREVIATIONS, EPONYMS, FUNCTION_WORDS, MONTHS, NOT_NAMES, transpositions, WEEKDAYS } from '../lexicon';
import { pushCuedAddresses, pushStreetAddresses } from './street-addresses';
import { FACILITY_STOP, pushFacilitiesBySuffix } from './facility-suffixes';
import { pushBusinessNames } from './business-names';
import { pushLowerCaseOrgs } from './lowercase-orgs';
import { cityCountryStarts, cityStateStarts, isAsciiLetter, STATE_ABBR, STATE_NAMES } from './place-scans';

export { cityCountryStarts, cityStateStarts, STATE_ABBR };

// "507 Noemi Via, Lafayette 85995": number and words, then a city and a ZIP with no state between.
const STREET_CITY_ZIP = /(?<![\w.-])(?<a>\d{1,6}[A-Za-z]?[ \t]+[A-Za-z][\w'’.-]*(?:[ \t\n]+[A-Za-z][\w'’.-]*){0,4}),[ \t\n]*(?<c>\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?![A-Z]{2}[ \t\n]+\d{5})\p{Lu}[\p{L}'’.-]*){0,2})(?:[ \t]+[A-Z]{2})?[ \t\n]+(?<z>\d{5}(?:-\d{4})?)(?![\d-])/gu;
// (Pass 12: a state between the town and the ZIP stays outside the town, "Medanales NM 87548".)

// Abbreviations that are also clinical words or credentials ("Smith, MD"; "PA"; "IN").
const AMBIGUOUS_STATES = new Set(['MD', 'PA', 'MA', 'ME', 'IN', 'OR', 'OK', 'HI', 'DE', 'CO', 'MS', 'AL', 'ID', 'LA', 'OH', 'MO', 'NE', 'SC', 'GA', 'PR', 'DC', 'CT', 'NC', 'RI', 'UT', 'VA', 'WA', 'IL', 'MI', 'AR']);
const STATE = `(?:${STATE_NAMES}|${STATE_NAMES.toUpperCase()}|${STATE_ABBR})`;
// (Pass 12: a blank may come before the comma, as in tokenized corpora: "Brighton , MA 02135".)
// (`cityStateStarts` reads this shape, words of [A-Za-z.'-] and separators of [ \t\n,] before the
// state, to find where a match can start: change the two together.)
export const CITY_STATE = new RegExp(`((?:[A-Z][A-Za-z.'-]*[ \\t]+){0,3}[A-Z][A-Za-z.'-]*)(?:[ \\t]?,[ \\t]*\\n?[ \\t]*|[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)(${STATE})\\.?(?![A-Za-z])(?:(?:[ \\t]?,[ \\t]*\\n?[ \\t]*|[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)(\\d{5}(?:-\\d{4})?)(?!\\d))?`, 'g');
const STATE_ONLY = new RegExp(`^${STATE}$`);
const LOWER_CITY_STATE = new RegExp(`(?<![\\p{L}\\p{N}'’.-])([a-z][a-z'’-]*(?:[ \\t][a-z][a-z'’-]*){0,3}),?[ \\t]+(?:${STATE_ABBR.split('|').filter((a) => !AMBIGUOUS_STATES.has(a)).join('|').toLowerCase()})(?=[ \\t]*(?:\\r?\\n|$)|[ \\t]{2})`, 'gu');
const LOWER_TOWN_AFTER = /^(?:,[ \t]*|[ \t]+in[ \t]+)([a-z]{3,}(?: [a-z]{2,}){0,2})\b/;
const WORK_OR_HOME: ReadonlySet<string> = new Set(['apts', 'apartments', 'apt', 'mill', 'plant', 'factory', 'shelter', 'motel', 'hotel', 'farm', 'store', 'shop', 'warehouse', 'school', 'college', 'church', 'condo', 'trailer', 'mobile', 'camp', 'jail', 'prison', 'office', 'job']);
const STATE_OR_SCALE_AFTER = /^(?:[ \t]+(?:driver['’]?s|licen[cs]e|state|medicaid|medicare|blue|dl\b|id\b|plates?|resident|sleepiness|score|scale)|[ \t]*:?[ \t]*\d)/i;
// State names in lower case, for nursing shorthand ("lives in florida in winter" names no town).
export const LOWER_STATES: ReadonlySet<string> = new Set(STATE_NAMES.toLowerCase().split('|'));
// A city before its country: "Accra, Ghana", "Cusco, Peru" (the country itself is not PHI).
// (`cityCountryStarts` reads this shape, up to three words joined by one blank right before the
// comma, to find where a match can start: change the two together.)
export const CITY_COUNTRY = /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]*),[ \t]*(\p{Lu}[\p{L}\p{M}]+(?:[ \t]\p{Lu}[\p{L}\p{M}]+){0,2})(?=[.,;:)\n]|$|[ \t]+(?:in|and|on|for|since|with|to|where|until)\b)/gu;
/** States and countries are not PHI under Safe Harbor. */
export const isStateOrCountry = (s: string): boolean => STATE_ONLY.test(s) || COUNTRIES.has(s.toLowerCase());
// CITY_STATE is tried only just before a state (see `cityStateStarts`), not at every capital.
const CITY_STATE_AT = new RegExp(CITY_STATE.source, 'y');
// (Pass 19: also in brackets, "ZIP code (98022)", and last in a combined field, "City/State/Zip: Chicago / IL / 60632".)
// (Pass 23: also a JSON key and its quoted value, "postalCode": "40211", "zip_code":"43232".)
const ZIP_LABELED = /\b(?:zip|zip\s*code|postal\s*code|zipcode|postalCode|zip_code|postal_code)\b(?:\s*[:#]?\s*\(?|["']?[ \t]*[:=][ \t]*["']|:[^\n\d]{1,40}?[/,][ \t]*)(\d{5}(?:-\d{4})?)\b/gi;
// (Pass 12) British and Canadian postcodes after a town or a province on an address line:
// "Ilkley LS29 8QT", "Hawkesbury ON K6A 1A3" (their shapes are their own).
const FOREIGN_POSTCODE = /(?<=(?<![\p{L}'’-])\p{Lu}[\p{L}'’.-]*,?[ \t]+)(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]\d[A-Z]\d)(?![A-Za-z\d])/gu;
const COUNTY_WORDS = ['County', 'Parish', 'Borough'].flatMap((w) => [w, ...transpositions(w.toLowerCase()).filter((t) => t[0] === w[0]!.toLowerCase()).map((t) => w[0] + t.slice(1))]);
const COUNTY_SUFFIX = [...COUNTY_WORDS, ...COUNTY_WORDS.map((w) => w.toUpperCase())].join('|');
const COUNTY_HINT = new RegExp(COUNTY_WORDS.join('|'), 'i');
// "Suffolk County", "Okuneva-O'Hara County", "ST. LANDRY\nPARISH" (and "Coutny" typed in a hurry)
const COUNTY_TAIL = new RegExp(`(?<![\\p{L}])(?:${COUNTY_SUFFIX})(?![\\p{L}])`, 'gu');
// (Pass 17: one blank or a line break before "County", not a column gap, "City: N/A   County: unknown".)
const COUNTY_LEAD = /(?<![\p{L}'/-])\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*)?(?:[ \t]|[ \t]*\n[ \t]*)$/u;
// "lives in", "lives alone in", "moved here from", "resident of", "home in": a place follows.
const CITY_CUE_WORD = /\b(?:\d+[ \t]?(?:mi|miles?|km)(?=[ \t]+(?:[NSEW]{1,3}[ \t]+)?of\b)|lives|living|lived|resides|residing|resident|moved|relocated|born|raised|moving|back|travel|spent|spends|summers|winters|emigrated|immigrated|fled|deported|visited|travels|visiting|travell?ed|trip|vacation(?:ed|ing)?|returned|native|grew up|works|working|employed|home|house|apartment|originally|came|coming|drove|drives|driving|flew|flying|flies|headed|heading|commutes|commuting|staying|went|going|goes|located|outside|downtown)\b/gi;
// Cues added for travel ("back from", "spent winter in"): after them a common word is an activity ("back to Work").
// ("went to Work", "going to School", "goes to Church": after going, a common word is where one goes daily.)
const WEAK_CITY_CUES = new Set(['back', 'travel', 'spent', 'spends', 'summers', 'winters', 'went', 'going', 'goes']);
// (Pass 5: "lives alone in", "move to", "stays in"; "son in chelmsford" and "in lowell w/ wife" are read off the tokens.)
const LOWER_PLACE_CUE = /\b(?:(?:lives|living|lived|resides|residing|moved|moving|move|relocated|relocating|stays|staying)(?:[ \t]+(?:alone|here|now|currently))?[ \t]+(?:in|to|at|near|outside(?:[ \t]+of)?)|from)[ \t]+([a-z]{2,}(?:[ \t][a-z]{2,}){0,2})\b(?![-'])/g;
// Relatives before "in <town>": "son in saugus", "dtr in beverly w/ kids".
const RELATIVES = new Set(['son', 'daughter', 'dtr', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'parents', 'family', 'wife', 'husband', 'kids', 'grandkids', 'children', 'friend', 'friends', 'sons', 'daughters']);
const CITY_PREPOSITION = /\b(?:in|of|to|from|at|near|outside|around)\s+/gi;
// Words that are part of many place names ("Iowa City", "Pinellas Park", "Palm Desert").
const PLACE_PARTS = new Set(['city', 'park', 'valley', 'beach', 'heights', 'falls', 'springs', 'port', 'lake', 'hills', 'village', 'center', 'township', 'junction', 'desert', 'grove', 'harbor', 'mount', 'fort', 'north', 'south', 'east', 'west', 'new', 'saint', 'st', 'santa', 'san', 'los', 'las', 'el', 'la', 'palm', 'rapids', 'creek', 'island', 'bay', 'point', 'station', 'county', 'parish']);

// Words that can precede a city on its line without being part of it ("Lives In Salem, MA").
const CITY_LEAD_STOP = new Set(['in', 'at', 'from', 'to', 'the', 'and', 'of', 'near', 'lives', 'living', 'moved', 'home', 'address', 'city', 'located', 'via', 'per', 'with', 'for', 'on', 'is', 'was']);
// Countries are not PHI under Safe Harbor: their English names, from the runtime's own ICU data.
export const COUNTRIES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name && name !== code) out.add(name.toLowerCase());
      } catch {
        // not a region code
      }
    }
  }
  return out;
})();
const CUE_STOP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'apartment', 'house', 'home', 'group', 'assisted', 'nursing', 'senior', 'skilled', 'independent', 'long', 'section', 'public', 'subsidized', 'shelter', 'rehab', 'this', 'that', 'same']);

/**
 * Finds street addresses, ZIP codes, cities and counties, and hospitals or clinics.
 *
 * @example
 *   detectLocations({ text: '12 Elm St\nBoston, MA 02114', ... }) // ADDRESS, LOCATION, ZIP
 */
export function detectLocations(input: DetectInput): Candidate[] {
  const { text, tokens, dictionaries: d } = input;
  const flagsAt = tokenFlags(input);
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: Candidate['type'], priority: number) => {
    if (end > start) out.push({ start, end, type, priority });
  };
  pushStreetAddresses(text, tokens, push);

  for (const m of matchesAt(CITY_STATE_AT, text, cityStateStarts(text, tokens))) {
    const words = m[1]!;
    const state = m[2]!;
    const zip = m[3];
    const zipStart = zip ? m.index! + m[0].length - zip.length : -1;
    // "Florida Blue. Maine license": a sentence ends before the state, which names a document (pass 6).
    if (!zip && (/\p{L}{3,}\.$/u.test(words) || STATE_OR_SCALE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)))) continue;
    // The city is the longest tail of the capitalized words that the places dictionary knows
    // (or, before a ZIP, the tail after any ordinary leading words).
    const parts = allMatches(/[A-Za-z.'-]+/g, words);
    let cityStart = -1;
    for (let k = zip ? parts.length : 0; k < parts.length; k++) {
      const candidate = words.slice(parts[k]!.index).toLowerCase();
      if (d.cities.has(candidate.replace(/\./g, '').replace(/^st /, 'saint ')) || d.cities.has(candidate)) {
        cityStart = m.index! + parts[k]!.index!;
        break;
      }
    }
    // Without a ZIP, extend a dictionary city left over words such as "South", "Port", "New".
    if (cityStart >= 0 && !zip) {
      let k = parts.findIndex((p) => m.index! + p.index! === cityStart);
      while (k > 0 && PLACE_PARTS.has(parts[k - 1]![0].toLowerCase().replace(/\.$/, ''))) k -= 1;
      cityStart = m.index! + parts[k]!.index!;
    }
    if (cityStart < 0 && zip) {
      let k = 0;
      while (k < parts.length - 1 && (CITY_LEAD_STOP.has(parts[k]![0].toLowerCase()) || NOT_NAMES.has(parts[k]![0].toLowerCase()))) k += 1;
      cityStart = m.index! + parts[k]!.index!;
    }
    const ambiguous = state.length === 2 && AMBIGUOUS_STATES.has(state);
    if (cityStart >= 0 && (!ambiguous || zip || isPlaceWord(parts, d))) push(cityStart, m.index! + words.length, 'LOCATION', PRIORITY.location + 10);
    if (zip) push(zipStart, zipStart + zip.length, 'ZIP', PRIORITY.exact);
    // "12 Any Name Xing,\nSpringfield, IL 62701": the numbered line before "City, ST ZIP" is the street.
    if (zip && cityStart >= 0) {
      const before = /(?:^|[\n,:;]\s*|\s{2,}|\b(?:at|on|to|from|is|address)\s+)(\d{1,6}[A-Za-z]?\s+[\p{L}0-9][\p{L}0-9'. #-]{2,60}?)\s*(?:,\s*|\n\s*)$/u.exec(text.slice(Math.max(0, cityStart - 70), cityStart));
      if (before) push(cityStart - before[0].length + before[0].indexOf(before[1]!), cityStart - before[0].length + before[0].indexOf(before[1]!) + before[1]!.length, 'ADDRESS', PRIORITY.address);
    }
  }
  if (/,[ \t]*\p{Lu}/u.test(text)) {
    for (const m of matchesAt(CITY_COUNTRY_AT, text, cityCountryStarts(text))) {
      if (!COUNTRIES.has(m[2]!.toLowerCase()) || STATE_ONLY.test(m[2]!)) continue;
      // Leading prose words are not part of the city ("Travel: Accra" keeps "Accra").
      const words = allMatches(/\S+/g, m[1]!);
      while (words.length && (NOT_NAMES.has(words[0]![0].toLowerCase()) || CITY_LEAD_STOP.has(words[0]![0].toLowerCase()) || FUNCTION_WORDS.has(words[0]![0].toLowerCase()) || CLINICAL_ABBREVIATIONS.has(words[0]![0].toLowerCase()) || COUNTRIES.has(words[0]![0].toLowerCase()))) words.shift();
      if (!words.length) continue;
      push(m.index! + words[0]!.index!, m.index! + m[1]!.length, 'LOCATION', PRIORITY.location);
    }
  }
  pushCuedAddresses(text, push);
  // A lower-case town after a street address: "14 birch rd, dedham", "9 elm st in quincy" (pass 5).
  for (let k = 0, count = out.length; k < count; k++) {
    const a = out[k]!;
    if (a.type !== 'ADDRESS') continue;
    const m = LOWER_TOWN_AFTER.exec(text.slice(a.end, a.end + 40));
    if (!m) continue;
    const words = m[1]!.split(' ');
    for (let w = words.length; w >= 1; w--) {
      const key = words.slice(0, w).join(' ');
      if (!d.cities.has(key) || COUNTRIES.has(key) || LOWER_STATES.has(key) || (w === 1 && (d.englishWords.has(key) || NOT_NAMES.has(key)))) continue;
      const start = a.end + m[0].length - m[1]!.length;
      push(start, start + key.length, 'LOCATION', PRIORITY.location);
      break;
    }
  }
  for (const m of allMatches(STREET_CITY_ZIP, text)) {
    const { a, c, z } = m.groups!;
    if (STATE_ONLY.test(c!)) continue; // "Keene, NH 03431": CITY_STATE's case
    const aStart = m.index!;
    const cStart = m.index! + m[0].indexOf(c!, a!.length);
    push(aStart, aStart + a!.length, 'ADDRESS', PRIORITY.address);
    if (!NOT_NAMES.has(c!.toLowerCase())) push(cStart, cStart + c!.length, 'LOCATION', PRIORITY.location + 10);
    push(m.index! + m[0].length - z!.length, m.index! + m[0].length, 'ZIP', PRIORITY.exact);
  }
  // (Pass 13) A town in lower case before its state's code, closing the line or a column: "greensburg ks".
  if (/[a-z] [a-z]{2}(?:[ \t]*\n|[ \t]{2}|[ \t]*$)/.test(text)) for (const m of allMatches(LOWER_CITY_STATE, text)) {
    const words = m[1]!.split(/[ \t]+/);
    for (let k = Math.max(0, words.length - 3); k < words.length; k++) {
      const town = words.slice(k).join(' ');
      if (!d.cities.has(town) || (k === words.length - 1 && (FUNCTION_WORDS.has(town) || (d.englishWords.get(town) ?? 99) <= 20))) continue;
      const start = m.index! + m[1]!.length - town.length;
      push(start, start + town.length, 'LOCATION', PRIORITY.location);
      break;
    }
  }
  if (/[A-Z]\d[A-Z\d]?[ \t]\d[A-Z]/.test(text)) for (const m of allMatches(FOREIGN_POSTCODE, text)) push(m.index!, m.index! + m[0].length, 'ZIP', PRIORITY.labeled);
  if (/zip|postal/i.test(text)) for (const m of allMatches(ZIP_LABELED, text)) {
    const start = m.index! + m[0].length - m[1]!.length;
    push(start, start + m[1]!.length, 'ZIP', PRIORITY.labeled);
  }
  if (COUNTY_HINT.test(text)) for (const m of withLead(text, COUNTY_TAIL, COUNTY_LEAD)) {
    const first = m.full.split(/\s+/)[0]!.toLowerCase();
    const start = FACILITY_STOP.has(first) ? m.index + m.full.indexOf(' ') + 1 : m.index;
    push(start, m.index + m.full.length, 'LOCATION', PRIORITY.location);
  }
  pushFacilitiesBySuffix(input, push);
  pushBusinessNames(input, push);
  pushLowerCaseOrgs(input, push);

  // Cities by context ("lives in Revere") or by being a multi-word or unambiguous place name.
  // One pass finds where every cue ends, instead of testing the text before each word.
  const cueEnds = new Set<number>();
  const weakCueEnds = new Set<number>();
  const distanceCueEnds = new Set<number>();
  for (const m of allMatches(CITY_CUE_WORD, text)) {
    const distance = m[0].charCodeAt(0) <= 57;
    // Every "in/of/to/from/at/near" within a few words after the cue ("lives at 12 Elm St in Quincy").
    const from = m.index! + m[0].length;
    const window = /^[\w\s,'-]{0,28}/.exec(text.slice(from, from + 28))![0];
    const weak = WEAK_CITY_CUES.has(m[0].toLowerCase());
    for (const p of allMatches(CITY_PREPOSITION, window)) {
      const at = from + p.index! + p[0].length;
      // (A strong cue makes the place strong; a second weak cue does not: "went to Work and then went to School".)
      if (weak) {
        if (!cueEnds.has(at)) weakCueEnds.add(at);
      } else weakCueEnds.delete(at);
      cueEnds.add(at);
      if (distance) distanceCueEnds.add(at);
    }
  }
  // Lower-case nursing shorthand: "lives in dedham", "pt from braintree". Only right after a
  // residence or origin cue, and only a word the places list knows that is no English word.
  if (/\b(?:from|lives|living|lived|resides|residing|moved|moving|move|relocat\w*|stays|staying)\b/.test(text)) for (const m of allMatches(LOWER_PLACE_CUE, text)) {
    // The longest run of up to three words that names a place: "new bedford", "fall river" (pass 5);
    // one word only when it is no English word ("from home" stays a word).
    const words = m[1]!.split(/[ \t]/);
    const start = m.index! + m[0].length - m[1]!.length;
    for (let k = words.length; k >= 1; k--) {
      const key = words.slice(0, k).join(' ');
      if (COUNTRIES.has(key) || LOWER_STATES.has(key)) break;
      if (k === 1 ? key.length < 4 || d.englishWords.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || !d.cities.has(key) : !d.cities.has(key) || words.slice(0, k).every((w) => NOT_NAMES.has(w))) continue;
      push(start, start + key.length, 'LOCATION', PRIORITY.location);
      break;
    }
  }
  // "son in saugus", "in wakefield w/ daughter": a lower-case town after "in", with a relative before it or company after it,
  // or one that is no name and no word.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'in') continue;
    const w = tokens[i + 1]!;
    if (w.shape !== 'lower' || w.text.length < 4 || w.start !== tokens[i]!.end + 1) continue;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    // (Pass 6: also after a relative and a name, "son dale in skowhegan", and after a workplace or
    // housing word, "the mill in rumford", "elm court apts in farmington".)
    const relative = prev !== undefined && prev.end + 1 === tokens[i]!.start && (RELATIVES.has(prev.key) || WORK_OR_HOME.has(prev.key) || (i > 1 && RELATIVES.has(tokens[i - 2]!.key) && prev.shape === 'lower' && tokens[i - 2]!.end + 1 === prev.start));
    const key = w.key;
    // (Pass 13: or a town no name list knows either, "f/u pcp in pensacola in 2-3 days".)
    const onlyTown = key.length >= 5 && !d.firstNames.has(key) && !d.lastNames.has(key) && !d.medicalTerms.has(key);
    if (!relative && !onlyTown && !/^[ \t]+(?:w\/|with|and)[ \t]/.test(text.slice(w.end, w.end + 7))) continue;
    if (!d.cities.has(key) || d.englishWords.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key)) continue;
    push(w.start, w.end, 'LOCATION', PRIORITY.location);
  }
  // A clinical abbreviation in capitals ("from OSH", "to ED") is no town, unless the whole note shouts.
  let lowerTokens = 0;
  for (const t of tokens) if (t.shape === 'lower') lowerTokens += 1;
  const someLower = lowerTokens * 10 > tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'cap' && t.shape !== 'upper') continue;
    if (someLower && t.shape === 'upper' && CLINICAL_ABBREVIATIONS.has(t.key)) continue;
    const cue = cueEnds.has(t.start);
    // A hyphenated place after a cue: "born in Port-au-Prince", "St. Mary-of-the-Woods", "Cap-Haïtien".
    // (Without a cue, after "in", "and", "from": only a compound the places dictionary knows, "Wilkes-Barre".)
    let compound = cue || text[t.end] === '-' ? HYPHENATED_PLACE.exec(text.slice(t.start, t.start + 60)) : null;
    if (compound && !cue && !(FOREIGN_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && d.cities.has(compound[0].replace(/-/g, ' ').toLowerCase()))) compound = null;
    if (compound && !(t.shape === 'upper' && CLINICAL_ABBREVIATIONS.has(t.key))) {
      push(t.start, t.start + compound[0].length, 'LOCATION', PRIORITY.location);
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= t.start + compound[0].length) i += 1;
      continue;
    }
    // A word with letters outside ASCII after "in", "from", "to": a foreign place ("from Huế", "in Querétaro").
    if (!cue && !isAsciiWord(t.text) && !NOT_NAMES.has(t.key) && !LANGUAGES.has(t.key) && !EPONYM_AFTER.test(text.slice(t.end, t.end + 16)) && FOREIGN_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) {
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && /^[ \t]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && tokens[j + 1]!.shape === 'cap' && !isAsciiWord(tokens[j + 1]!.text)) j += 1;
      push(t.start, tokens[j]!.end, 'LOCATION', PRIORITY.location);
      i = j;
      continue;
    }
    if (cue) {
      // An unknown place after "lives in": up to three capitalized words, one of them not ordinary.
      let j = i;
      const placeWord = (w: Token) => PLACE_PARTS.has(w.key) || !NOT_NAMES.has(w.key);
      while (j + 1 < tokens.length && j - i < 2 && placeGap(text.slice(tokens[j]!.end, tokens[j + 1]!.start), tokens[j]!.key) && /^\p{Lu}/u.test(tokens[j + 1]!.text) && !FUNCTION_WORDS.has(tokens[j + 1]!.key) && !WEEKDAYS.has(tokens[j + 1]!.key) && !(tokens[j + 1]!.key in MONTHS) && placeWord(tokens[j + 1]!)) j += 1;
      // (One common English word that is no town is an activity or a room: "back to Work", "back to School".)
      const common = weakCueEnds.has(t.start) && j === i && (d.englishWords.get(t.key) ?? 99) <= 20 && !d.cities.has(t.key);
      // (Pass 12: a state is no town either, "raised in New Jersey".)
      const phrase = text.slice(t.start, tokens[j]!.end).toLowerCase();
      const unusual = !common && !CUE_STOP.has(t.key) && !COUNTRIES.has(phrase) && !LOWER_STATES.has(phrase) && tokens.slice(i, j + 1).every(placeWord);
      if (unusual) {
        // (Pass 7: a place no census name or English word shares, "travel to Kandahar", "from
        // Mogadishu", wins over a name guess for the same word.)
        const foreign = tokens.slice(i, j + 1).every((w) => PLACE_PARTS.has(w.key) || !(d.firstNames.has(w.key) || d.lastNames.has(w.key) || d.englishWords.has(w.key)));
        // ("3 mi S of Dunmore": after a distance, even a surname is the place.)
        // ("Ft. Benning", "St. Cloud": an abbreviated place word makes the place too.)
        const abbreviated = j > i && ABBREVIATED_PLACE_WORDS.has(t.key) && text[t.end] === '.';
        push(t.start, tokens[j]!.end, 'LOCATION', foreign || abbreviated || distanceCueEnds.has(t.start) ? PRIORITY.name + 1 : PRIORITY.location);
        i = j;
        continue;
      }
    }
    // Multi-word cities only start with a word that starts one ("new", "fort", "saint"): bit 5 of
    // the word's features, the look-up the one-word test below needs anyway.
    const maxLen = flagsAt(i) & 32 ? 3 : 1;
    for (let len = maxLen; len >= 1; len--) {
      if (i + len > tokens.length) continue;
      const last = tokens[i + len - 1]!;
      // One word: one look-up in the packed word features (city, English, medical, names).
      const flags = len === 1 ? flagsAt(i) : 0;
      if (len === 1 && !(flags & 16)) continue;
      const phrase = len === 1 ? t.key : text.slice(t.start, last.end);
      if (len > 1 && !/^[A-Za-z.'-]+(?:[ \t][A-Za-z.'-]+)*$/.test(phrase)) continue;
      const key = phrase.toLowerCase();
      if ((len > 1 && !d.cities.has(key)) || COUNTRIES.has(key)) continue;
      // "Ohio license", "Virginia driver's license", "Epworth 14": a state's document, a scale (pass 6).
      if (len === 1 && (LOWER_STATES.has(key) || (EPONYMS.has(key) && !cue)) && STATE_OR_SCALE_AFTER.test(text.slice(t.end, t.end + 24))) continue;
      const plain = len === 1 && ((flags & 0xff05) !== 0 || NOT_NAMES.has(key));
      const afterPreposition = len === 1 && !cue && plain && townAfterPreposition(text, t, d);
      if (cue || len > 1 || !plain || afterPreposition) {
        if (len > 1 || cue || afterPreposition || (!(flags & 2) && t.text.length >= 4)) push(t.start, last.end, 'LOCATION', PRIORITY.location);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

// (Pass 17) A town the places list knows that is also a name, a surname or an eponym, after "in", "from"
// or "near" and before no other capitalized word: "en route from Denver,", "paralegal in Boston who".
// Not a common English word ("from Mobile"),
// the first word of a name ("in Jackson Memorial"), a person before a bracket ("from Denver (son)")
// or an eponym ("Denver shunt").
const PREPOSITION_BEFORE = /\b(?:in|from|near|IN|FROM|NEAR)[ \t]+$/;
function townAfterPreposition(text: string, t: Token, d: DeidDictionaries): boolean {
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) return false;
  const english = d.englishWords.get(t.key);
  if ((english !== undefined && english <= 35) || NOT_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key)) return false;
  return !/^[ \t]+\p{Lu}|^['’]s\b|^-\p{L}|^[ \t]*\(/u.test(text.slice(t.end, t.end + 3)) && !EPONYM_AFTER.test(text.slice(t.end, t.end + 16));
}

// The gap between two words of one place: a space, a hyphen, an apostrophe, a line break, or
// ". " after an abbreviated first word, "St. Cloud", "Ft. Wayne", "Ste. Genevieve" (pass 7).
const ABBREVIATED_PLACE_WORDS: ReadonlySet<string> = new Set(['st', 'ste', 'ft', 'mt']);
const placeGap = (gap: string, key: string) => /^(?: |-|'|[ \t]*\n[ \t]*)$/.test(gap) || (gap === '. ' && ABBREVIATED_PLACE_WORDS.has(key));

const HYPHENATED_PLACE = /^(?:(?:St|Ste|Mt|Ft)\.?[ \t]+)?\p{Lu}[\p{L}\p{M}']*(?:-(?:\p{Ll}{1,5}-)*\p{Lu}[\p{L}\p{M}']*)+/u;
// "Sjögren's", "Behçet disease": an eponym, not a place.
const EPONYM_AFTER = /^(?:['’]s\b|[ \t]+(?:syndrome|disease|disorder|sign|test|phenomenon|palsy|reaction|type|criteria|score|scale|maneuver|procedure|operation|repair|classification|fracture|tumou?r|lymphoma|sarcoma|cyst|ulcer|triad)\b)/i;
// Languages named in their own tongue ("materials in Español") are no place.
const LANGUAGES = new Set(['español', 'espanol', 'português', 'portugués', 'français', 'kreyòl', 'kreyol', 'tiếng', 'việt', 'italiano', 'deutsch', 'polski', 'русский', 'türkçe', 'العربية', '中文', '한국어', '日本語']);
const FOREIGN_BEFORE = /\b(?:in|from|to|near|of|around|and|IN|FROM|TO)[ \t]+$/;
// (A loop over the characters, not a pattern: it is asked of most capitalized words.)
const isAsciiWord = (w: string) => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isAsciiLetter(c) && c !== 39 && c !== 0x2019) return false;
  }
  return true;
};

const CITY_COUNTRY_AT = new RegExp(CITY_COUNTRY.source, 'uy');

/** Matches of `tail` with the words before it that `lead` (anchored at its end) accepts. */
function* withLead(text: string, tail: RegExp, lead: RegExp): Generator<{ index: number; full: string; lead: string }> {
  for (const m of allMatches(tail, text)) {
    const before = text.slice(Math.max(0, m.index! - 120), m.index);
    const l = lead.exec(before);
    if (l) yield { index: m.index! - l[0].length, full: l[0] + m[0], lead: l[0] };
  }
}

function isPlaceWord(parts: RegExpMatchArray[], d: DetectInput['dictionaries']): boolean {
  const last = parts[parts.length - 1]?.[0].toLowerCase() ?? '';
  return d.cities.has(last) && !d.lastNames.has(last) && !d.firstNames.has(last);
}
