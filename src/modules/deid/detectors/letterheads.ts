// FACILITY by where it stands: the name line of a letterhead or an address block. A line of two to
// seven capitalized words is an organisation when a street address follows it on the next line
// ("CALDWELL FOOTHILLS PULMONARY & SLEEP\n221 Mulberry St SW, Suite 300", "French Broad
// Rheumatology\n12 Medical Park Dr") or when its town and state follow it after a dash on the same
// line ("HIGH COUNTRY EYE ASSOCIATES -- Boone, NC"). Names of such practices are often common words
// ("High Country", "French Broad") that the suffix rules cannot tell from prose; the layout can.
// A line of census names only is a person's address block ("MARY ANN KOWALSKI\n12 Elm St"), a line
// of headings only is a form label ("PATIENT ADDRESS"), and a title, a credential or a colon makes
// the line something else.
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, FUNCTION_WORDS, NOT_NAMES, TITLES } from '../lexicon';
import { PRIORITY, type Candidate } from './detector';
import { STATE_ABBR } from './locations';

const NAME_LINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&|and|of|the|for|at|AND|OF|THE|FOR|AT|\p{Lu}[\p{L}'’.-]*)){1,6})[ \t]*$/u;
const STREET_NEXT = /^[ \t]*(?:\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4}|P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+)/u;
const STREET_WORD = /\b(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway|Cir|Circle|Pike|Trl|Trail|Sq|Suite|Ste|Box|ST|AVE|RD|DR|BLVD|SUITE|STE|HWY)\b/;
const TOWN_AFTER_DASH = new RegExp(`^[ \\t]+(?:--?|–|—)[ \\t]+\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]\\p{Lu}[\\p{L}'’.-]+)?,[ \\t]*(?:${STATE_ABBR})\\b`, 'u');

/**
 * Organisations named by the layout of a letterhead or an address block.
 *
 * @example
 *   letterheads('French Broad Rheumatology\n12 Medical Park Dr, Ste 300', d) // FACILITY "French Broad Rheumatology"
 */
export function letterheads(text: string, d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  if (!/\n[ \t]*(?:\d|P\.?[ \t]?O)|[ \t](?:--?|–|—)[ \t]+\p{Lu}/u.test(text)) return out;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const dash = /[ \t](?:--?|–|—)[ \t]/.exec(line);
    const head = dash ? line.slice(0, dash.index) : line;
    const m = NAME_LINE.exec(head);
    if (m) {
      let followed = dash !== null && TOWN_AFTER_DASH.test(line.slice(dash.index));
      if (!followed && !dash && nl >= 0) {
        const nextEnd = text.indexOf('\n', nl + 1);
        const next = text.slice(nl + 1, nextEnd < 0 ? text.length : nextEnd);
        followed = STREET_NEXT.test(next) && STREET_WORD.test(next);
      }
      if (followed && isOrganisation(m[1]!, d)) {
        const start = lineStart + head.indexOf(m[1]!);
        out.push({ start, end: start + m[1]!.length, type: 'FACILITY', priority: PRIORITY.facility });
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

function isOrganisation(name: string, d: DeidDictionaries): boolean {
  const words = name.split(/[ \t]+/).map((w) => w.toLowerCase().replace(/[.,]$/, '').replace(/['’]s$/, ''));
  if (TITLES.has(words[0]!) || CREDENTIALS.has(words[words.length - 1]!)) return false;
  const content = words.filter((w) => w !== '&' && !FUNCTION_WORDS.has(w)).flatMap((w) => w.split('-'));
  if (content.length < 2) return false;
  // A line of census names only is a person's ("Jimmie Dale Caudill\n8761 Hwy 421 S").
  if (content.every((w) => (d.firstNames.has(w) || d.lastNames.has(w)) && !NOT_NAMES.has(w) && !CLINICAL_ABBREVIATIONS.has(w))) return false;
  // A kind of organisation or a common word must be there: a line of names is a person's
  // ("Joanna Przybylski-Reid\n6120 N Kilbourn Ave").
  const kind = words.includes('&') || content.some((w) => NOT_NAMES.has(w) || CLINICAL_ABBREVIATIONS.has(w) || d.medicalTerms.has(w) || (d.englishWords.get(w) ?? 99) <= 35);
  // And a word that names: a town or a census name that is no heading, a rare word or one no list
  // knows ("Division of Rheumatology", "Occupational Health Service" are departments, not names).
  const naming = content.some((w) => {
    if (NOT_NAMES.has(w) || CLINICAL_ABBREVIATIONS.has(w)) return false;
    const english = d.englishWords.get(w);
    if (d.cities.has(w) || d.lastNames.has(w) || d.firstNames.has(w)) return english === undefined || english >= 10;
    return english === undefined ? !d.medicalTerms.has(w) : english >= 35 && !d.medicalTerms.has(w);
  });
  return kind && naming;
}
