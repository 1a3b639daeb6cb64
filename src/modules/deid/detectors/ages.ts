// AGE: only ages over 89 are identifiers under Safe Harbor. The span is the number itself.
import { PRIORITY, type Candidate, type DetectInput } from './detector';

const NUM = '(9\\d|1[0-2]\\d)';
// The same number as the named group `v`: patterns that consume their context before the number
// (cheaper than a lookbehind tried at every position) report only `v`.
const NUM_V = '(?<v>9\\d|1[0-2]\\d)';
const PATTERNS: RegExp[] = [
  // 92 yo, 92 y/o, 92-year-old, 92 years old, 92yo, 92 yr old, 92 y.o.
  new RegExp(`(?<![\\d.])${NUM}(?=\\s*-?\\s*(?:yo\\b|y\\.o\\.?|y/o|yrs?\\.?(?:[- ]old)?\\b|years?(?:[-\\s]old|\\s+of\\s+age)\\b|-?year-old|yoM|yoF|yom|yof|y\\s*o\\s*[mfMF]?\\b))`, 'gi'),
  // 92M, 92 F, 92yM (demographic shorthand at the start of a line or after "a")
  // (not "Temp 99 F": only at a line start or after "a", "pt is a", "Age/Sex:")
  new RegExp(`(?:^|\\n|[.;,]\\s+|\\b[Aa]n?\\s+|\\b(?:pt|Pt|PT|patient|Patient)\\s+(?:is\\s+)?(?:an?\\s+)?|[Ss]ex:\\s*|\\b(?:A\\/P|Assessment|Impression|Summary|HPI|ID|CC|S|A|I)\\s*:\\s*)${NUM_V}(?=\\s?(?:[MF]|y[MF])\\b)`, 'g'),
  // age 92, aged 92, Age: 92, at age 92
  new RegExp(`\\b(?:age|aged|AGE|AGED|Age|Aged)\\s*(?:of\\s*|:\\s*|is\\s*|=\\s*)?${NUM_V}(?!\\d|\\.\\d|\\s*(?:mg|kg|%|lbs?|cm|mm))`, 'g'),
  // in her 90s, late 90's (when about age)
  new RegExp(`\\b(?:his|her|their|the|late|early|mid)[- ](?:late |early |mid[- ])?(?<v>(?:9|1[0-2])0'?s)\\b`, 'g'),
  // ninety-two year old, one hundred and one
  /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[- ]?(?:years?|yo|y\/o)\b)/gi,
  /\b(?:nonagenarian|centenarian|supercentenarian)\b/gi,
];

/**
 * Finds ages over 89 written in the ways clinicians write ages.
 *
 * @example
 *   detectAges({ text: 'a 92 yo woman', ... }) // AGE over "92"
 */
export function detectAges({ text }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index! + m[0].length;
      const v = m.groups?.v;
      out.push({ start: v ? end - v.length : m.index!, end, type: 'AGE', priority: PRIORITY.exact });
    }
  }
  return out;
}
