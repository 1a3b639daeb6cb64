// (Pass 16) LOCATION: a town in lower case after "in", "from", "near" or "outside", as nursing
// shorthand and patients' messages write it: "pcp dr ahlquist in westwood", "sr housing in new
// bedford", "took the truck to work in mcallen". The places list must know the town, of one to
// three words; a town of one word must be no common English word ("in reading", "from home") and
// no clinical abbreviation.
import { CLINICAL_ABBREVIATIONS, NOT_NAMES, WEEKDAYS } from '../lexicon';
import { COUNTRIES, LOWER_STATES } from './locations';
import { PRIORITY, type Candidate, type DetectInput } from './detector';

const CUES: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside']);
// Towns named like a thing one is in: "soaking in epsom salt", "wrapped in saline gauze".
const NOT_TOWNS: ReadonlySet<string> = new Set(['saline', 'epsom', 'whitewater', 'counselor', 'custody', 'hospice', 'jail', 'rehab', 'traction', 'remission', 'isolation']);

/**
 * Finds lower-case towns after a place word.
 *
 * @example
 *   detectLowerTowns({ text: 'daughter lives in fall river', ... }) // LOCATION "fall river"
 */
export function detectLowerTowns({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cue = tokens[i]!;
    if (!CUES.has(cue.text) || tokens[i + 1]!.shape !== 'lower' || tokens[i + 1]!.start !== cue.end + 1) continue;
    // The longest phrase of up to three lower-case words, one blank apart, that names a town.
    for (let n = 3; n >= 1; n--) {
      const last = i + n;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let j = i + 2; j <= last && ok; j++) ok = tokens[j]!.shape === 'lower' && tokens[j]!.start === tokens[j - 1]!.end + 1;
      if (!ok) continue;
      const phrase = text.slice(tokens[i + 1]!.start, tokens[last]!.end);
      if (!d.cities.has(phrase) || LOWER_STATES.has(phrase) || COUNTRIES.has(phrase) || NOT_TOWNS.has(phrase)) continue;
      if (n === 1 && !rareWord(d, phrase)) continue;
      // (Not a phrase of only common words: "in good hope".)
      if (n > 1 && tokens.slice(i + 1, last + 1).every((t) => !rareWord(d, t.key) && !/^(?:fall|new|st|san|santa|los|las|el|la|fort|ft|mount|mt|port|lake|north|south|east|west|grand|little|big)$/.test(t.key))) continue;
      out.push({ start: tokens[i + 1]!.start, end: tokens[last]!.end, type: 'LOCATION', priority: PRIORITY.location });
      break;
    }
  }
  return out;
}

function rareWord(d: DetectInput['dictionaries'], key: string): boolean {
  if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || WEEKDAYS.has(key)) return false;
  return (d.englishWords.get(key) ?? 99) > 35;
}
