// ADDRESS: street addresses, numbered roads, PO and rural boxes, units, and a house number with
// its words after "lives at" / "address:". Split from `locations.ts` (cities, ZIP, county), which
// calls these at its own points so the candidates keep their order.
import { allMatches, matchesAt, PRIORITY, type Candidate } from './detector';
import type { Token } from '../text-tokens';
import { MONTH_PATTERN } from '../lexicon';
import { STATE_ABBR } from './place-scans';
import { needsWord } from './note-words';

/** Adds one candidate; `locations.ts` owns the list. */
export type PushCandidate = (start: number, end: number, type: Candidate['type'], priority: number) => void;

// USPS Publication 28 street suffixes (title case; plurals such as "Pines" allowed below).
const SUFFIXES = ['Alley', 'Annex', 'Arcade', 'Bayou', 'Beach', 'Bluff', 'Bottom', 'Branch', 'Bridge', 'Burg', 'Bypass', 'Camp', 'Canyon', 'Cape', 'Causeway', 'Center', 'Cliff', 'Club', 'Common', 'Corner', 'Course', 'Crest', 'Crossroad', 'Curve', 'Dale', 'Dam', 'Divide', 'Estate', 'Flat', 'Ford', 'Fort', 'Garden', 'Harbor', 'Inlet', 'Junction', 'Key', 'Land', 'Light', 'Loaf', 'Lock', 'Lodge', 'Meadow', 'Mill', 'Mission', 'Motorway', 'Mount', 'Mountain', 'Neck', 'Orchard', 'Overpass', 'Passage', 'Pine', 'Plain', 'Radial', 'Ramp', 'Rapid', 'Rue', 'Shore', 'Skyway', 'Spring', 'Stream', 'Trafficway', 'Tunnel', 'Via', 'Wall', 'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Place', 'Pl', 'Terrace', 'Ter', 'Terr', 'Way', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Square', 'Sq', 'Trail', 'Trl', 'Loop', 'Row', 'Path', 'Alley', 'Plaza', 'Plz', 'Pike', 'Crescent', 'Close', 'Grove', 'Gardens', 'Heights', 'Point', 'Ridge', 'Run', 'Pass', 'Crossing', 'Commons', 'Mall', 'Walk', 'Expressway', 'Expy', 'Freeway', 'Fwy', 'Turnpike', 'Tpke', 'Park', 'Hill', 'Hollow', 'Bend', 'Cove', 'Glen', 'Landing', 'Meadows', 'Manor', 'Estates', 'Mews', 'Wharf', 'Brook', 'Creek', 'Lake', 'Route', 'Rte', 'Green', 'Station', 'Spur', 'Villas', 'Harbor', 'Junction', 'Knoll', 'Oval', 'Pointe', 'Shores', 'Springs', 'Summit', 'View', 'Vista', 'Village', 'Isle', 'Island', 'Field', 'Fields', 'Falls', 'Ferry', 'Forest', 'Forge', 'Fork', 'Gateway', 'Haven', 'Port', 'Prairie', 'Ranch', 'Rapids', 'Rest', 'River', 'Shoal', 'Trace', 'Track', 'Union', 'Valley', 'Ville', 'Well', 'Wells', 'Stravenue', 'Throughway', 'Underpass', 'Viaduct', 'Extension'];
// In all-caps text only the unmistakable street words count ("HILL", "PARK" are too common).
const CORE_SUFFIXES = ['STREET', 'ST', 'AVENUE', 'AVE', 'ROAD', 'RD', 'BOULEVARD', 'BLVD', 'DRIVE', 'DR', 'LANE', 'LN', 'COURT', 'CT', 'PLACE', 'PL', 'TERRACE', 'TER', 'WAY', 'CIRCLE', 'CIR', 'PARKWAY', 'PKWY', 'HIGHWAY', 'HWY', 'SQUARE', 'SQ', 'TRAIL', 'TRL', 'PLAZA', 'PIKE', 'ROUTE', 'RTE', 'TURNPIKE', 'EXPRESSWAY'];
const SUFFIX = `(?:${SUFFIXES.join('|')})s?|${CORE_SUFFIXES.join('|')}`;
const WORD = "[A-Z0-9][A-Za-z0-9'-]*";
const DIR = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\\.?';
// Unit: "Apt 4B", "Suite 200", "# 5", "Building C", "Apt B", "2nd fl", "3rd floor"; (pass 8) a mobile-home
// lot or space, a trailer or a cabin ("Lot 22", "cabin 9").
const UNIT = "(?:,?[ \\t]*(?:Apt|APT|apt|Apartment|APARTMENT|Unit|UNIT|unit|Suite|SUITE|Ste|STE|Fl|FL|Floor|FLOOR|Rm|RM|Room|ROOM|Bldg|BLDG|Building|BUILDING|Lot|LOT|lot|Space|SPACE|Spc|Trlr|Trailer|TRAILER|Cabin|CABIN|cabin|Bay|BAY|#)\\.?[ \\t]*#?[ \\t]*(?:[A-Za-z0-9-]*\\d[A-Za-z0-9-]*|[A-Z](?![A-Za-z]))|,?[ \\t]*#[ \\t]?[A-Za-z0-9-]+|,?[ \\t]*\\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ \\t]+(?:fl|floor|Fl|Floor|FL|FLOOR)\\b\\.?(?:[ \\t]+(?:rear|front|REAR|FRONT)\\b)?|,[ \\t]*(?:upstairs|downstairs|basement|rear|Upstairs|Downstairs|Basement|Rear|UPSTAIRS|DOWNSTAIRS|BASEMENT|REAR)(?:[ \\t]+(?:unit|apt|apartment|Unit|Apt|Apartment|UNIT|APT|APARTMENT))?(?=[ \\t]*,))?";
// (Pass 22) A road's number after its type belongs to it: "1209 County Rd 14", "88 State Route 9"; not
// a count after it, "Rd 3 days".
const ROUTE_NUMBER = '(?:(?<=\\b(?:Rd|RD|Road|ROAD|Route|ROUTE|Rte|RTE|Hwy|HWY|Highway|HIGHWAY))[ \\t]+\\d{1,4}[A-Z]?(?![\\d/:]|[.,]\\d|[ \\t]+(?:days?|wks?|weeks?|mos?|months?|yrs?|years?|mi|miles?|min|mins|minutes|hrs?|hours?|x|times|am|pm|AM|PM)\\b))?';
const STREET = new RegExp(`(?<!(?:${MONTH_PATTERN})\\.?\\s)(?<![-/.]\\d*)\\b(?:[NSEW](?=\\d{3,6}[ \\t]))?\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?!(?:${MONTH_PATTERN})\\b)(?:${DIR}\\s+)?(?:${WORD}(?:[ \\t]+|[ \\t]*\\n[ \\t]*)){1,3}?(?:${SUFFIX})\\b\\.?(?:[ \\t]+(?:${SUFFIX})\\b\\.?)?${ROUTE_NUMBER}(?:\\s+${DIR}(?![A-Za-z]))?${UNIT}`, 'g');
/** The house-number street pattern (global), exported for the test of `streetStarts`. */
export const STREET_PATTERN = STREET;
// STREET is tried only where `streetStarts` says a match can start (change the two together).
const STREET_AT = new RegExp(STREET.source, 'y');
// Every word that can end STREET's words, as written: the suffixes, their plurals, the capitals.
const SUFFIX_WORDS: ReadonlySet<string> = new Set([...SUFFIXES, ...SUFFIXES.map((w) => `${w}s`), ...CORE_SUFFIXES]);
// The characters of STREET's number and words ([A-Za-z0-9'-], a direction's dot) before its suffix.
const isStreetWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 46;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Every position where STREET can match, ascending: the start of a run of digits (or the direction
 * letter glued before it, "W8812"), when one of the next five blank-separated words begins with a
 * street suffix. A match is a number, a direction and at most three words, then its suffix, all
 * separated by blanks, so no other position can start one; most numbers in a note (doses, vitals)
 * are never tried.
 *
 * @example
 *   streetStarts('BP 120/80, lives at 12 Elm St', tokens) // [20]: only "12" may start a street
 */
export function streetStarts(text: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  for (const t of tokens) {
    if (t.shape !== 'num') continue;
    // Walk the next five words: each is a run of non-blank characters.
    let at = t.end;
    let found = false;
    for (let words = 0; words < 5 && !found; words++) {
      // The rest of the current word: STREET's words hold only [A-Za-z0-9'.-].
      while (at < text.length && !isBlank(text.charCodeAt(at))) {
        if (!isStreetWordChar(text.charCodeAt(at))) break;
        at += 1;
      }
      if (at >= text.length || !isBlank(text.charCodeAt(at))) break;
      while (at < text.length && isBlank(text.charCodeAt(at))) at += 1;
      // The suffix is the leading letters of the next word ("St.", "Street's", "Ave,").
      let end = at;
      while (end < text.length && ((text.charCodeAt(end) >= 65 && text.charCodeAt(end) <= 90) || (text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122))) end += 1;
      // (Every suffix starts with a capital: a lower-case word is no suffix, without a slice or a look-up.)
      if (end > at && text.charCodeAt(at) <= 90 && SUFFIX_WORDS.has(text.slice(at, end))) found = true;
    }
    if (!found) continue;
    const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0;
    if (before === 78 || before === 83 || before === 69 || before === 87) starts.push(t.start - 1); // N, S, E, W
    starts.push(t.start);
  }
  return starts;
}

// Numbered roads without a house number: "Route 9", "Rte. 1A", "Highway 61", "I-95" is left alone.
// (Pass 6) An intersection with a numbered road: "Rt 12 at Hollins Mill Rd", "rt 6 at quarry rd" ("Rt"
// and lower case only there: "rt 2 fingers" is the right hand).
const AT_STREET = "[ \\t]+(?:at|AT|and|AND|&|@)[ \\t]+(?:[A-Za-z][A-Za-z'-]*[ \\t]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Pike|Highway|Hwy|Turnpike|Tpke|Parkway|Pkwy|STREET|ST|ROAD|RD|AVENUE|AVE|LANE|LN|DRIVE|DR|BLVD|WAY|PIKE|HWY|street|st|road|rd|avenue|ave|lane|ln|drive|dr|blvd|way|pike|hwy)\\b\\.?";
const ROUTE = new RegExp(`\\b(?:(?:Rt|RT|rt|rte|route)\\.?[ \\t]+\\d{1,4}[A-Za-z]?${AT_STREET}|(?:County|COUNTY|Cty|CTY)[ \\t]+(?:Road|Rd|Highway|Hwy|Trunk|Route)\\.?[ \\t]+[A-Z]{1,2}\\b(?![ \\t]*[a-z])|(?:Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|State Road|County Road|Farm Road)\\.?[ \\t]+\\d{1,4}[A-Z]?\\b(?:${AT_STREET})?)(?![.:]\\d|[ \\t]*(?:mg|mcg|ml|units?|%))`, 'g');
// The words the park and highway-spot tests below need (either is read before its pattern runs).
// (Every PO_BOX match holds "box", "pob" or, run together, "pobox" or "obox": "P.OBox 12".)
const BOX_WORD = needsWord(['box', 'pob', 'pobox', 'obox']);
const PARK_WORD = needsWord(['mhp', 'mobile', 'rv', 'trailer']);
const SPOT_WORD = needsWord(['mm', 'mp', 'mile', 'milepost', 'exit', 'cr', 'county']);
const ROUTE_HINT = /Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|Road|ROAD|[Rr][Tt]e?\.? \d|route \d/;
// A street named without a number after "on", "off", "lives on": "on Sagamore Street", "off Blue Hill Ave".
const STREET_NO_NUMBER = /\b(?:on|off|ON|OFF|near|NEAR)[ \t]+(?<v>(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Terrace|Court|Ct|Place|Drive|Way|Highway|Turnpike|Pike|Trail|Circle|Square|STREET|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|PIKE|ST)\b\.?|(?!(?:the|his|her|their|my|our|its|your|a|an|this|that|same|right|left|wrong|one|each|either|which|every|any)[ \t])(?:[a-z][a-z'’-]{2,}[ \t]+){1,2}(?:street|st|avenue|ave|road|rd|blvd|lane|ln|pike|pkwy|terrace|ter)\b)(?![ \t]*\p{Lu}\p{Ll})/gu;
// (Pass 6: "on Turnbridge Pike", "PICKED UP ON FENWAY BLVD", "lives on birchwood ave" in lower case.)
// After "lives at", "resides at", "address:": a house number and up to six words is the street,
// whatever its suffix ("RESIDES AT 78712 MARLEN COMMON, BOWIE"); it ends at a comma or " in ".
const STOP_WORD = '(?:in|w|with|and|on|near|since|for|from|to|x|IN|W|WITH|AND|ON|NEAR|SINCE|FOR|FROM|TO)';
const ADDRESS_CUED = new RegExp(`\\b(?:lives|living|lived|resides|residing|resident|located|staying|stays|address|ADDRESS|LIVES|LIVING|RESIDES|RESIDING|STAYING|Lives|Living|Resides|Residing|Address|Staying|Home|HOME)(?:[ \\t]+(?:alone|ALONE))?[ \\t]*(?:at|AT|:|(?<=(?:[Aa]ddress|ADDRESS|[Hh]ome|HOME)[ \\t]*)(?:is|IS)|(?<=[Aa]ddress|ADDRESS)(?=[ \\t]+\\d))[ \\t]*(?<v>\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+[A-Za-z][\\w'’.-]*(?:[ \\t]+(?!${STOP_WORD}\\b)[A-Za-z0-9][\\w'’.-]*){0,5}${UNIT})(?=[ \\t]*(?:[,.;)]|\\n|$|[ \\t]${STOP_WORD}\\b|[ \\t]w\\/))`, 'g');
// A numbered street without a house number: "E 41st St", "off West 112th Street", "on 5th Ave".
const ORDINAL_STREET = /\b(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+|(?<=\b(?:on|off|near|at|from|and|ON|OFF|NEAR|AT|FROM|AND)[ \t]+))\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|Drive|Dr|Terrace|Ter|Way)\b\.?/g;
// (Pass 9) The same in lower-case notes: "on e 4th st", "on 98th ave".
const ORDINAL_STREET_LOWER = /(?<=\b(?:on|off|near|at|from)[ \t]+)(?:[nsew][ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:street|st|avenue|ave|road|rd|place|pl|blvd|drive|dr|way)\b\.?/g;
// (Pass 9) A crossing street after a street: "26th St and S Kedzie Ave", "Elm St & Main St".
const CROSS_STREET = /^[ \t]+(?:and|&|AND|at|AT)[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'-]+)(?:[ \t]+\p{Lu}[\p{L}'-]+){0,2}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Hwy|Highway|Pkwy|Parkway|STREET|ST|AVE|RD|BLVD|DR|LN|HWY)\b\.?/u;
const PO_BOX = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|POB|(?:HC|HCR|RR|R\.R\.|Rural\s+Route|Star\s+Route|Rt\.?|Rte\.?|Route)\s*#?\s*\d+\s*,?\s*Box)\s*#?\s*\d+[A-Z]?\b/gi;
const PARK_LOT = /\b(?:Lot|LOT|Site|SITE|Space|SPACE|Spc)[ \t]*#?[ \t]*\d{1,4}[A-Z]?,?[ \t]+(?:[A-Z][A-Za-z'-]*[ \t]+){1,4}(?:MHP|Mobile Home Park|RV Park|RV Resort|Trailer Park|Trailer Court)\b/g;
const APT_ALONE = /\b(?:Apt|APT|Apartment|Suite|Ste|STE)\.?\s*#?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*\b/g;

// (Pass 10) A street address written in lower case:
// "home addr 418 w emma ave", "moved to 92 old wire rd lot 7", "at 2217 e 38th st apt c".
const LOWER_STREET = /(?<![\w./:-])\d{1,6}[ \t]+(?:[nsew]\.?[ \t]+)?(?:(?:st\.|mt\.)[ \t]+)?(?:[a-z0-9][a-z0-9'-]*[ \t]+){1,3}?(?:st|ave|rd|dr|ln|blvd|ct|way|pl|hwy|pkwy|cir|ter|trl|street|avenue|road|drive|lane|court|boulevard)\b\.?(?:,?[ \t]*(?:apt|unit|lot|ste|suite|trlr|rm|#)\.?[ \t]*#?[a-z0-9-]+\b)?/g;
const LOWER_UNIT_END = /,?[ \t]*(?:apt|unit|lot|ste|suite|trlr|rm|#)\.?[ \t]*#?[a-z0-9-]+$/;
// Words that make such a match a dose, a count or prose, not a street.
const NOT_STREET_WORDS = /(?:^|[ \t])(?:mg|mcg|ml|tabs?|caps?|days?|hrs?|hours|x|times|units?|and|or|to|of|the|at|in|on|per|q|po|iv|pm|am|min|doses?|puffs?|sprays?|drops?|wks?|weeks?|months?|yrs?|years?|lbs?|kg|cm|mm|pt|pts|was|is|with|w|for)(?=[ \t])/;

/**
 * Street addresses with a suffix ("12 Elm St, Apt 4B"), PO/rural boxes, lone units, numbered
 * routes, streets named after "on"/"off" and ordinal streets ("E 41st St").
 *
 * @example
 *   pushStreetAddresses('lives at 12 Elm St', push) // push(9, 18, 'ADDRESS', ...)
 */
export function pushStreetAddresses(text: string, tokens: readonly Token[], push: PushCandidate): void {
  const streetRes = [STREET, ...(BOX_WORD(text) ? [PO_BOX] : []), APT_ALONE, ...(ROUTE_HINT.test(text) ? [ROUTE] : []), STREET_NO_NUMBER];
  if (/\d(?:st|nd|rd|th)[ \t]/.test(text)) streetRes.push(ORDINAL_STREET, ORDINAL_STREET_LOWER);
  // (Pass 26) A lot in a mobile-home or RV park: "Lot 31, Shady Acres MHP".
  if (PARK_WORD(text) && /\b(?:MHP|Mobile Home Park|RV Park|RV Resort|Trailer Park|Trailer Court)\b/.test(text)) streetRes.push(PARK_LOT);
  if (/\d[ \t]+[a-z]/.test(text)) for (const m of allMatches(LOWER_STREET, text)) {
    // (The words between the number and the street word: not the unit after it, "77 quarry ln, unit 2".)
    const words = m[0].replace(LOWER_UNIT_END, '').replace(/^\d+[ \t]+(?:[nsew][ \t]+)?/, ' ').replace(/[ \t]+\S+$/, ' ');
    // ("ST elevation", "st depression": the ECG segment, not a street.)
    if (/[ \t]st$/.test(m[0]) && /^[ \t]+(?:elevation|depression|segment|changes|wave|abn)/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    if (!NOT_STREET_WORDS.test(words)) push(m.index!, m.index! + m[0].replace(/\.$/, '').length, 'ADDRESS', PRIORITY.address);
  }
  for (const re of streetRes) {
    for (const m of re === STREET ? matchesAt(STREET_AT, text, streetStarts(text, tokens)) : allMatches(re, text)) {
      const end = m.index! + m[0].trimEnd().length;
      if (m.groups?.v) {
        push(end - m.groups.v.trimEnd().length, end, 'ADDRESS', PRIORITY.address);
        continue;
      }
      // "... Dr. Keller": a title, not the street suffix "Dr".
      if (/\b(?:Dr|DR)\.?$/.test(m[0].trimEnd()) && /^\.?[ \t]+\p{Lu}/u.test(text.slice(end, end + 4))) continue;
      // "W8812 County Hwy K": a county road is lettered.
      const letter = /County[ \t]+(?:Hwy|Highway|Road|Rd|Trunk)\.?$/.test(m[0].trimEnd()) ? /^[ \t]+[A-Z]{1,2}\b(?![ \t]*[a-z])/.exec(text.slice(end, end + 6)) : null;
      const cross = letter ? null : CROSS_STREET.exec(text.slice(end, end + 48));
      push(m.index!, end + (letter ? letter[0].length : cross ? cross[0].length : 0), 'ADDRESS', PRIORITY.address);
    }
  }
}

/**
 * After "lives at", "resides at", "address:": a house number and up to six words is the street,
 * whatever its suffix.
 *
 * @example
 *   pushCuedAddresses('RESIDES AT 78712 MARLEN COMMON, BOWIE', push) // the number and two words
 */
export function pushCuedAddresses(text: string, push: PushCandidate): void {
  for (const m of allMatches(ADDRESS_CUED, text)) {
    const v = m.groups!.v!.trimEnd();
    const start = m.index! + m[0].indexOf(m.groups!.v!);
    push(start, trimTrailing(text, start, start + v.length), 'ADDRESS', PRIORITY.address);
  }
  // (Pass 12) Where a person was on a highway: "I-10 EB MM 322", "US-89 NB MP 438", "mile marker 47
  // on US-191", "I-40 exit 16 rest area"; and a numbered county road with its lot, "CR 4410 #7".
  if (SPOT_WORD(text) && /\b(?:MM|MP|mile|Mile|MILE|milepost|Milepost|MILEPOST|exit|Exit|EXIT|CR|County R(?:oa)?d)\b/.test(text)) for (const re of [HIGHWAY_SPOT, SPOT_ON_HIGHWAY, COUNTY_ROAD_LOT]) {
    for (const m of allMatches(re, text)) push(m.index!, m.index! + m[0].length, 'ADDRESS', PRIORITY.address);
  }
  // (Pass 17) A street named without a number after on/off/at/near, and an intersection of two streets:
  // "pharmacy on Capitol Dr", "lives with her on Ocean Dr,", "Baseline Rd & McClintock Dr", "front st & maclay st".
  if (/\b(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Ln|Lane|Pkwy|Ct|Pl|Way|Ter|st|ave|rd|dr|blvd)\b/.test(text)) {
    // (The two intersection patterns are slow to try at every position: only when a street word comes before "&" or "and".)
    const patterns = INTERSECTION_GATE.test(text) ? [NAMED_STREET, INTERSECTION, LOWER_INTERSECTION] : [NAMED_STREET];
    for (const re of patterns) for (const m of allMatches(re, text)) {
      const start = m.index! + m[0].length - m[1]!.length;
      // (Nor a doctor after a surname, "on Jones Dr. Lee's list".)
      if (STREET_STOP.test(m[0]) || (/Dr\.?$/.test(m[1]!) && /^\.?[ \t]+\p{Lu}/u.test(text.slice(start + m[1]!.length, start + m[1]!.length + 3)))) continue;
      push(start, start + m[1]!.length, 'ADDRESS', PRIORITY.address);
    }
  }
  // (Pass 17) Where a home site or a scene is given by its coordinates: "GPS 36.3891, -109.6102", "44.2877 N, 114.6093 W".
  if (/\d\.\d{3}/.test(text)) for (const m of allMatches(COORDINATES, text)) if (coordinatesOk(Number(m[1]), Number(m[2]), text.slice(Math.max(0, m.index! - 16), m.index!))) push(m.index!, m.index! + m[0].length, 'ADDRESS', PRIORITY.address);
  if (/\d[ \t]+(?:[NSEW]|North|South|East|West)\.?[ \t]+\d/.test(text)) for (const m of allMatches(GRID_ADDRESS, text)) push(m.index!, trimTrailing(text, m.index!, m.index! + m[0].length), 'ADDRESS', PRIORITY.address);
  // (Pass 24) A state, farm or reservation road that a home or a scene is on, off or at: "ranch house
  // off KY-451", "lives on FM 809", "on BIA Rte 14", "found behind the store on US-1" (not "via US-59": a route taken).
  if (/\b(?:on|off|at|from|ON|OFF|AT|FROM)[ \t]+(?:[A-Z]{2}-\d|(?:FM|RM|SR|BIA)[ \t])/.test(text)) for (const m of allMatches(ROAD_AFTER_PLACE_CUE, text)) {
    // (Most sets leave the road of a crash unmarked, "MVC on US-12 near Naches"; an interleukin is no road, "on IL-17".)
    if (m[0].startsWith('IL-') || CRASH_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    push(m.index!, m.index! + m[0].length, 'ADDRESS', PRIORITY.address);
  }
  if (/\d[ \t]+(?:[NSEW][ \t]+)?(?:County|COUNTY|State|STATE|Co\.?|CO\.?|co\.?|Hwy|HWY|hwy|Highway|HIGHWAY|highway|Route|ROUTE|Rte|RTE|rte|Rt|RT|Road|ROAD|Rd|RD|rd|Avenue|AVENUE|Ave|US|SR|SH|FM|CR)\b/.test(text)) {
    for (const m of allMatches(HOUSE_ON_ROAD, text)) push(m.index!, m.index! + m[0].length, 'ADDRESS', PRIORITY.address);
  }
}

// (Pass 13: also a state's own route, "NM-31", and a bare mile, "FM 1450 mile 6".)
// (Pass 17: and a state route of one letter, "K-177", and "Rt 2".)
const HIGHWAY = '(?:I|US|SR|SH|CR|FM|Hwy|HWY|Highway|HIGHWAY|Route|ROUTE|Rte|RTE|Rt\\.?|RT|[A-Z]{1,2}(?=-\\d))[- ]?\\d{1,4}[A-Z]?';
const DIRECTION = '(?:[ \\t]+(?:EB|WB|NB|SB|eastbound|westbound|northbound|southbound|EASTBOUND|WESTBOUND|NORTHBOUND|SOUTHBOUND))?';
// (Pass 17: "milepost 47", a tenth of a mile, "MM 109.4", and a sentence's full stop after the spot.)
const SPOT = '(?:MM|MP|[Mm]ile(?:[ \\t]*(?:[Mm]arker|[Pp]ost))?|MILE(?:[ \\t]*(?:MARKER|POST))?|[Ee]xit|EXIT)[ \\t]*#?\\d{1,4}(?:\\.\\d)?(?:[ \\t]+(?:rest[ \\t]+area|REST[ \\t]+AREA))?';
const HIGHWAY_SPOT = new RegExp(`\\b${HIGHWAY}${DIRECTION},?[ \\t]+(?:at[ \\t]+|AT[ \\t]+|near[ \\t]+|NEAR[ \\t]+)?${SPOT}${DIRECTION}(?!\\d|\\.\\d)`, 'g');
const SPOT_ON_HIGHWAY = new RegExp(`\\b${SPOT}${DIRECTION}[ \\t]+(?:on|ON|of|OF|off|OFF)[ \\t]+${HIGHWAY}${DIRECTION}\\b`, 'g');
// (Pass 13) A farm or ranch on a numbered road, the house number first: "11802 US-400", "31077 Hwy 71",
// "2150 County Rd 14", "32170 co hwy 1" (a road word between two numbers; no other word), after a
// place cue or a separator ("HR 88 RR 16 SR 2" is vital signs).
// (Pass 18: also "Rt 23" and "Avenue 12", a lettered county road, "Road G", and after a column gap or a dash.)
const HOUSE_ON_ROAD = new RegExp(`(?<=(?:^|\\n|[,:;(]|[ \\t]{2}|[ \\t]-|\\b(?:at|on|to|from|lives|home|address|addr|resides|farm|ranch|loc|location|scene|located|is))[ \\t]*)\\d{2,6}[A-Z]?[ \\t]+(?:[NSEW][ \\t]+)?(?:(?:County|COUNTY|State|STATE|Co\\.?|CO\\.?|co\\.?)[ \\t]+)?(?:(?:Hwy|HWY|hwy|Highway|HIGHWAY|highway|Route|ROUTE|Rte|RTE|rte|Rt|RT|Road|ROAD|Rd|RD|rd|US|SR|SH|FM|CR)[ \\t-]?\\d{1,4}[A-Za-z]?|(?:Road|ROAD|Avenue|AVENUE|Rd|Ave)[ \\t](?:\\d{1,4}|[A-Z])(?=,))(?![\\w/.:-]|\\.\\d)(?:[ \\t]+${DIR}(?![\\w.]))?${UNIT}`, 'g');
// (Pass 13) A grid address of the Mountain West: a number, a direction, a number and a direction,
// "2985 W 4000 N", "211 N 3rd E", "1450 South 700 East".
const GRID_ADDRESS = /(?<![\w./:-])(?<!\b(?:BP|HR|RR|P|R|T|SpO2|O2|sat|Sat)[ \t:]*)\d{1,6}[ \t]+(?:[NSEW]|North|South|East|West)\.?[ \t]+\d{1,5}(?:st|nd|rd|th)?[ \t]+(?:[NSEW]|North|South|East|West)\b\.?/g;
const CORE = '(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Ct|Court|Pl|Way|Ter)\\.?(?:[ \\t](?:NW|NE|SW|SE|N|S|E|W)\\b)?';
const NAMED = `(?:\\p{Lu}\\p{Ll}[\\p{L}'’]*|\\d{1,3}(?:st|nd|rd|th)|\\p{Lu})(?:[ \\t]\\p{Lu}\\p{Ll}[\\p{L}'’]*){0,2}[ \\t]${CORE}`;
const STREET_END = '(?=[ \\t]*(?:[,;)]|\\.(?:[ \\t]|$)|\\r?\\n|$)|[ \\t]+(?:with|and|in|near|to|for|by|at|where|from|w\\/)\\b)';
const NAMED_STREET = new RegExp(`\\b(?:on|off|near|along|onto)[ \\t]+(${NAMED})${STREET_END}`, 'gu');
const INTERSECTION = new RegExp(`(?<![\\p{L}\\d])(${NAMED}[ \\t]*(?:&|and)[ \\t]*${NAMED})(?![\\p{L}])`, 'gu');
const INTERSECTION_GATE = /[ \t](?:st|street|ave|avenue|rd|road|dr|drive|blvd|boulevard|ln|lane|pkwy|parkway|ct|court|pl|way|ter)\.?(?:[ \t](?:nw|ne|sw|se|n|s|e|w))?[ \t]*(?:&|and)/i;
const LOWER_INTERSECTION = /(?<![\p{L}\d])((?:[a-z]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t][a-z]+)?[ \t](?:st|ave|rd|dr|blvd)[ \t]*(?:&|and)[ \t]*(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t][a-z]+)?[ \t](?:st|ave|rd|dr|blvd))(?![\p{L}])/gu;
// Words that start no street's name: days, months, titles and articles ("on Monday Dr. Roe", "on The Way").
const STREET_STOP = new RegExp(`^(?:on|off|near|along|onto)?[ \\t]*(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_PATTERN}|Mr|Mrs|Ms|Dr)\\b`);
const COORDINATES = /(?<![\w.-])(-?\d{1,2}\.\d{3,6})°?(?:[ \t]*[NS])?,[ \t]*(-?\d{1,3}\.\d{3,6})°?(?:[ \t]*[EW](?![\w]))?(?![\d.])/g;
// (A tumour marker is no road: "on CA-125 trend".)
const CRASH_BEFORE = /\b(?:MVC|MVA|crash|collision|rollover|wreck|accident|vs)\b[^\n]*$/i;
const ROAD_AFTER_PLACE_CUE = new RegExp(`(?<=\\b(?:on|off|at|from|ON|OFF|AT|FROM)[ \\t]+)(?:(?!CA-(?:125|19|15|27)\\b)(?:${STATE_ABBR}|US|SR)-\\d{1,4}[A-Z]?|(?:FM|RM|SR)[ \\t]\\d{1,4}|BIA[ \\t]+(?:Rte|Rt|Route|RTE|RT|ROUTE)\\.?[ \\t]*\\d{1,4})(?![\\w-]|[.,:/]\\d|[ \\t]*(?:mg|mcg|ml|units?|%))`, 'g');
const COUNTY_ROAD_LOT = /\b(?:County[ \t]+R(?:oa)?d|CR)[ \t]+\d{2,5},?[ \t]*#[ \t]*[\dA-Za-z-]{1,6}\b/g;

// (A pair of lab values has three decimals too, "SG 1.015, 1.020": away from the equator, or after
// "GPS" or "coordinates", or with N/S/E/W.)
function coordinatesOk(lat: number, lon: number, before: string): boolean {
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  return (Math.abs(lat) >= 10 && Math.abs(lon) >= 10) || /\b(?:GPS|gps|coord\w*|lat\w*)[ \t:]*$/.test(before);
}

function trimTrailing(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:\s]/.test(text[e - 1]!)) e -= 1;
  return e;
}
