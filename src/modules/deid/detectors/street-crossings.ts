// (Pass 20) Where a person was found, written as a crossing or a spot on a highway:
//   1. two streets joined by "&", one of them numbered ("Alameda & 4th", "5th & Main", "Hwy 20 &
//      Main", "Rd 68 & Ave 400") or named with its street word and direction ("S Halsted St & W
//      63rd St", "14th St & Broadway");
//   2. a highway's shoulder, overpass, exit or ramp near or at a street ("I-285 shoulder near
//      Cascade Rd", "under I-45 at Pierce St", "I-90 overpass at Division St"), its exit to a street
//      ("I-20/MLK EXIT") and its mile marker in lower case ("I-81 mm 143", "WY 290 mile 38").
// Two bare ordinals are no crossing ("1st & 2nd trimester"), nor an ordinal before what it counts.
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, NOT_NAMES } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const DIRECTION = '(?:[NSEW]|NE|NW|SE|SW)\\.?';
const STREET_WORD = '(?:St|Street|Ave|Avenue|Av|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Way|Pl|Place|Ct|Court|Ter|Hwy|Highway)\\.?';
const ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';
const NUMBERED = '(?:Hwy|Highway|Rt|Rte|Route|SR|US|CR|Rd|Ave|County[ \\t]+Rd|Cty[ \\t]+Rd)[ \\t]?\\d{1,4}';
const NAMED = "\\p{Lu}[\\p{L}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}'’-]+)?";
const SIDE = `(?:${DIRECTION}[ \\t]+)?(?:${NUMBERED}|${ORDINAL}|${NAMED})(?:[ \\t]+${STREET_WORD})?(?:[ \\t]+${DIRECTION}(?![\\p{L}]))?`;
const CROSSING = new RegExp(`(?<![\\p{L}\\p{N}])(${SIDE})[ \\t]+&[ \\t]+(${SIDE})(?![\\p{L}\\p{N}])`, 'gu');
/**
 * The crossings around each " & ": the pattern is tried in a window of the line around it (the
 * sides are at most a few words), not over the whole note.
 */
function crossingsAt(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (let at = text.indexOf(' & '); at >= 0; at = text.indexOf(' & ', at + 1)) {
    const from = Math.max(after, at - 40, text.lastIndexOf('\n', at) + 1);
    // (A match that reaches the window's end may go on: then it is read from the whole note.)
    const window = text.slice(0, at + 44);
    CROSSING.lastIndex = from;
    let m = CROSSING.exec(window);
    if (m && m.index + m[0].length === window.length && window.length < text.length) {
      CROSSING.lastIndex = m.index;
      m = CROSSING.exec(text);
    }
    if (m && m.index < at + 1 && m.index >= from) {
      out.push(m);
      after = m.index + m[0].length;
    }
  }
  return out;
}
// What an ordinal counts, after it: "2nd & 3rd trimester", "4th & 5th digits".
const COUNTED_AFTER = /^[ \t]+(?:floors?|fl|grades?|trimesters?|degrees?|toes?|fingers?|digits?|ribs?|doses?|lines?|years?|yrs?|visits?|ics|intercostal|cranial|nerves?|rounds?|cycles?|places?|times?|weeks?|months?|days?|shifts?|periods?|quarters?|semesters?|generations?|cousins?|percentiles?|stages?|metatarsals?|mcps?|pips?|dips?|molars?|ventricles?|heart|sounds?)\b/i;
const HIGHWAY = '(?:I|US|SR|SH|[A-Z]{2})[- ]\\d{1,4}';
const HIGHWAY_SPOT = new RegExp(`(?<![\\w-])${HIGHWAY}(?:[ \\t]+(?:shoulder|overpass|underpass|on-?ramp|off-?ramp|ramp|exit|median|bridge|interchange)|(?:[ \\t]+(?:West|East|North|South)[ \\t]+Loop(?:[ \\t]+[NSEW])?))?[ \\t]+(?:near|at|by)[ \\t]+(?:${NAMED}|${ORDINAL})[ \\t]+${STREET_WORD}`, 'gu');
const HIGHWAY_EXIT = new RegExp(`(?<![\\w-])${HIGHWAY}\\/\\p{Lu}[\\p{L}]+[ \\t]+(?:EXIT|Exit|exit)\\b`, 'gu');
const HIGHWAY_MILE = new RegExp(`(?<![\\w-])${HIGHWAY}[ \\t]+(?:mm|MM|mile(?:[ \\t]+marker)?|milepost)[ \\t]*\\d{1,3}(?:\\.\\d)?(?![\\w.])`, 'gu');

/** A side of a crossing that is only a capitalised word must be no clinical or ordinary word. */
function namedOk(side: string, d: DeidDictionaries): boolean {
  const words = side.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.every((w) => {
    const key = w.toLowerCase();
    // (Not the medical list, which holds "main", "oak" and eponyms that name streets, "Halsted".)
    return !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && (d.englishWords.get(key) ?? 99) > 5;
  });
}

/**
 * Finds crossings and spots on highways.
 *
 * @example
 *   streetCrossings({ text: 'found at Alameda & 4th, shouting', ... }) // ADDRESS over "Alameda & 4th"
 */
export function streetCrossings({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'ADDRESS', priority: PRIORITY.address });
  if (text.includes(' & ')) {
    const numbered = new RegExp(`(?:${NUMBERED}|${ORDINAL})`, 'u');
    const worded = new RegExp(`[ \\t]${STREET_WORD}(?:[ \\t]+${DIRECTION})?$`, 'u');
    const bareOrdinal = new RegExp(`^(?:${DIRECTION}[ \\t]+)?${ORDINAL}$`, 'u');
    for (const m of crossingsAt(text)) {
      const [a, b] = [m[1]!, m[2]!];
      // (A numbered side, or a street word on either: and not two bare ordinals.)
      if (!(numbered.test(a) || numbered.test(b) || worded.test(a) || worded.test(b))) continue;
      if (bareOrdinal.test(a) && bareOrdinal.test(b)) continue;
      if (bareOrdinal.test(b) && COUNTED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
      if (!namedOk(a, d) || !namedOk(b, d)) continue;
      push(m.index!, m.index! + m[0].length);
    }
  }
  if (/(?:^|[^\w-])(?:I|US|SR|SH|[A-Z]{2})[- ]\d/.test(text)) {
    for (const re of [HIGHWAY_SPOT, HIGHWAY_EXIT, HIGHWAY_MILE]) for (const m of allMatches(re, text)) push(m.index!, m.index! + m[0].length);
  }
  return out;
}
