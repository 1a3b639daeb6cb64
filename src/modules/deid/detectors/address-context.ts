// (Pass 14) Street addresses that street-addresses.ts misses for want of a street word, and
// intersections:
//   1. A house number and a street name with no street word ("1700 E Broadway", "2041 W Calle
//      Paraiso", "1 Route 46 W") count when a unit follows ("Suite 101", "Apt 12", "Trailer 7"; not a lot, "100 ML, LOT 1573") or
//      a town, a state and a ZIP code do (", Totowa, NJ 07512"), and the number opens the line or
//      follows a colon, a comma, a bracket or a place word.
//   2. Two streets joined by "and", "&", "at" or "/" are one address: "Fruitridge Rd and 65th St",
//      "66th St & Portland Ave".
//   3. (Pass 19) A Spanish, French, Italian or Polish street with its house number before or after it:
//      "310 Rue Jacqueline", "Calle Primavera 482", "Av. Sirio 442", "Calle 3 #412", "Via dei
//      Serragli 41", "ul. Lipowa 14", "211 rue de belier". (Not "via" alone: "sent via Fax 2".)
import { PRIORITY, allMatches, matchesAt, type Candidate, type DetectInput } from './detector';

const WORD = `(?:\\p{Lu}\\p{L}?\\.|\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|de|del|la|las|los)`;
const UNIT_AFTER = `,?[ \\t]*(?:Suite|SUITE|Ste|STE|Apt|APT|Apartment|Unit|UNIT|Trailer|TRAILER|Bldg|BLDG|Space|Spc)\\.?(?:[ \\t]+#?|#)[ \\t]*[A-Za-z0-9-]{0,5}\\d[A-Za-z0-9-]{0,5}\\b`;
const TOWN_STATE_ZIP_AFTER = `,[ \\t]*\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){0,2},?[ \\t]+[A-Z]{2}[ \\t]+\\d{5}\\b`;
const NO_SUFFIX_STREET = new RegExp(
  `(?<=(?:^|\\n)[ \\t]*|[:,;(][ \\t]*|\\b(?:at|to|from|lives|living|address|on|in|near|is|Address|ADDRESS|Lives)[ \\t]+)` +
    `\\d{1,6}[A-Z]?[ \\t]+(?:(?:[NSEW]\\.?|North|South|East|West)[ \\t]+)?${WORD}(?:[ \\t]+(?:${WORD}|\\d{1,3})){0,3}(?:[ \\t]+(?:[NSEW]{1,2}|North|South|East|West)\\b)?` +
    `(?=${UNIT_AFTER}|${TOWN_STATE_ZIP_AFTER})`,
  'uy',
);
// A street with its street word, for intersections.
const STREET_WORD = '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Pl|Ct|Pike|ST|AVE|RD|BLVD|LN|HWY)\\b\\.?';
const STREET = `(?:\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,2})[ \\t]+${STREET_WORD}`;
const JOIN = '[ \\t]+(?:and|AND|&|at|AT|\\/)[ \\t]+';
const INTERSECTION = new RegExp(`(?<![\\p{L}\\p{N}])${STREET}${JOIN}${STREET}`, 'gu');
// What every intersection holds, a street word and a joining word: a quick test before the scan,
// which tries every capital as the start of a street.
const STREET_JOINED = new RegExp(`[ \\t]${STREET_WORD}${JOIN}`);

const ROMANCE_GATE = /(?:Calle|CALLE|calle|Rue|RUE|rue|Avenida|AVENIDA|Av\.|Camino|CAMINO|Paseo|Rua|Via|Vía|ul\.|Ul\.)[ \t]/;
const ROMANCE_STREET = new RegExp(
  "(?<![\\p{L}\\p{N}.-])(?:(\\d{1,6}[A-Za-z]?)[ \\t]+)?(?:[NSEWnsew][ \\t]+)?(Calle|CALLE|calle|Rue|RUE|rue|Avenida|AVENIDA|Av\\.|Camino|CAMINO|Paseo|Rua|Via|Vía|ul\\.|Ul\\.)[ \\t]+" +
    "((?:(?:de|del|dei|della|la|las|los|el|du|des|di|da|do|dos|das)[ \\t]+){0,2})(?:\\p{L}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?|\\d{1,4}(?=[ \\t]+#))" +
    "(?:([ \\t]*#[ \\t]?\\d{1,5}[A-Za-z]?|[ \\t]+\\d{1,5}[A-Za-z]?)(?![\\w/:-]|\\.\\d))?",
  'gu',
);

/**
 * Finds street addresses known by their context rather than a street word, and intersections.
 *
 * @example
 *   detectContextAddresses({ text: '1700 E Broadway, Suite 101', ... }) // ADDRESS over "1700 E Broadway"
 */
export function detectContextAddresses({ text, tokens }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (/\d[ \t]+(?:[NSEW]\.?[ \t]+)?\p{Lu}/u.test(text)) {
    // The house number starts a run of digits: the pattern is tried at those only.
    const starts = tokens.filter((t) => t.shape === 'num').map((t) => t.start);
    for (const m of matchesAt(NO_SUFFIX_STREET, text, starts)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ADDRESS', priority: PRIORITY.address });
  }
  if (STREET_JOINED.test(text)) {
    for (const m of allMatches(INTERSECTION, text)) {
      // (In capitals the words before the first street may be prose: "STRUCK BY VEHICLE AT MAIN ST & ELM ST".)
      const lead = /^(?:(?:[A-Z]+[ \t]+)*?(?:AT|ON|OF|BY|TO|IN|THE|NEAR|FROM)[ \t]+)/.exec(m[0]);
      out.push({ start: m.index! + (lead?.[0].length ?? 0), end: m.index! + m[0].length, type: 'ADDRESS', priority: PRIORITY.address });
    }
  }
  if (ROMANCE_GATE.test(text)) {
    for (const m of allMatches(ROMANCE_STREET, text)) {
      // A number before or after; "Via" also wants one before, or an Italian article after it.
      if (!m[1] && !m[4]) continue;
      if (/^V/.test(m[2]!) && !m[1] && !m[3]) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ADDRESS', priority: PRIORITY.address });
    }
  }
  return out;
}
