// ZIP: a five-digit code (or ZIP+4) closing an address line without the "City, ST 12345" shape the
// locations detector reads (pass 18):
//   - after a state code in any case, the town before it known or set off by a comma:
//     "burlington vt 05401", "Hagåtña, Guam 96910", "Washington, DC 20011", "Saipan, MP 96950";
//   - after a town with no state, on a line that is an address (a comma before the town, or a
//     street word or house number earlier on the line): "Walbrook, Baltimore 21216", "5519 n 35th
//     ave phoenix 85017";
//   - in a delimited record, after a state field: "|MONCKS CORNER|SC|29461|", "^CHICO^CA^95926".
// A unit or a count after the number ("10000 units", "15000 cells") keeps it a number.
import type { DeidDictionaries } from '../dictionaries';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { STATE_ABBR } from './place-scans';

const STATES: ReadonlySet<string> = new Set([...STATE_ABBR.split('|'), 'GU', 'VI', 'MP', 'AS'].map((s) => s.toLowerCase()));
const FIVE = /(?<![\w./:#$-])\d{5}(?:-\d{4})?(?![\w/-]|[.,]\d)/g;
export const UNIT_AFTER = /^[ \t]*(?:units?|u\b|mg|mcg|ml|cells|copies|iu|\/|x\b|%|k\b|ft|feet|lbs?|kg|miles?|mi\b|steps|dollars|usd|cal|kcal)/i;
const STATE_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})(,?)[ \t]+(\p{L}{2}|Guam|GUAM)\.?,?[ \t]+$/u;
const TOWN_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}),?[ \t]+$/u;
const FIELD_BEFORE = /[|^]([A-Za-z]{2})[|^]$/;
const ZIP_END = /^(?:[ \t]*(?:$|\r?\n|[.,;:)|^\]]|-[ \t])|[ \t]{2,}|[ \t]+(?:USA|US)\b)/;
const STREET_WORD = /\b(?:\d{1,6}[ \t]+\S|st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|hwy|box|apt|unit|suite|ste)\b/i;

// The longest tail of one to three words that the places dictionary knows ("university city", "chicago").
function knownTown(words: string, d: DeidDictionaries): boolean {
  const parts = words.toLowerCase().split(/[ \t]+/);
  for (let k = Math.min(3, parts.length); k >= 1; k--) if (d.cities.has(parts.slice(-k).join(' '))) return true;
  return false;
}

/**
 * ZIP candidates after a town or a state that no "City, ST 12345" pattern reads.
 *
 * @example
 *   detectZipsAfterTowns({ text: '77 clifford ave, 2nd fl, rochester ny 14621', ... }) // ZIP over "14621"
 */
export function detectZipsAfterTowns({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d{5}/.test(text)) return out;
  for (const m of allMatches(FIVE, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    // (The code closes the address: a word after it makes it a house number, "Camp, 11855 County Rd 12".)
    if (UNIT_AFTER.test(text.slice(end, end + 10)) || !ZIP_END.test(text.slice(end, end + 6))) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(Math.max(lineStart, start - 60), start);
    let zip = false;
    const field = FIELD_BEFORE.exec(before);
    if (field) zip = STATES.has(field[1]!.toLowerCase());
    const state = zip ? null : STATE_BEFORE.exec(before);
    if (state && (STATES.has(state[3]!.toLowerCase()) || /^guam$/i.test(state[3]!))) zip = state[2] === ',' || knownTown(state[1]!, d);
    if (!zip) {
      const town = TOWN_BEFORE.exec(before);
      if (town && knownTown(town[1]!, d)) {
        const lead = before.slice(0, town.index + (/^\p{L}/u.test(town[0]) ? 0 : 1));
        zip = /,[ \t]*$/.test(lead) || STREET_WORD.test(lead);
      }
    }
    if (zip) out.push({ start, end, type: 'ZIP', priority: PRIORITY.labeled });
  }
  return out;
}
