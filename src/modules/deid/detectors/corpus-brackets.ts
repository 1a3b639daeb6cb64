// Research-corpus brackets: de-identified corpora (MIMIC-III style) wrap every PHI surrogate or
// placeholder in "[** ... **]". Whatever is inside is PHI; the brackets stay outside the span
// (README guideline). The type comes from the placeholder's own words ("Hospital1 18",
// "Telephone/Fax (1) 3390") or, for a realistic surrogate, from its shape and the words before it.
import type { PhiType } from '../deid.types';
import { MONTHS } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const BRACKET = /\[\*\*[ \t]*([^[\]\n]*?)[ \t]*\*\*\]/g;
// Placeholder words of the corpora, checked in order (the first that matches names the type).
const PLACEHOLDER: [RegExp, PhiType][] = [
  [/^(?:Hospital|Wardname|Hospital Unit|Hospital Ward|Company|University|College|Clinic)/i, 'FACILITY'],
  [/^(?:Telephone|Fax|Pager|Phone)/i, 'PHONE'],
  [/^(?:Street Address|Apartment Address|Address)/i, 'ADDRESS'],
  [/^(?:Location|State|Country|City|Zip)/i, 'LOCATION'],
  [/^(?:Month|Year|Date|Day|Holiday|Month\/Day)/i, 'DATE'],
  [/^(?:Age over)/i, 'AGE'],
  [/^(?:E-?mail)/i, 'EMAIL'],
  [/^(?:URL)/i, 'URL'],
  [/^(?:Social Security)/i, 'SSN'],
  [/^(?:Medical Record|MRN)/i, 'MRN'],
  [/^(?:Serial Number)/i, 'DEVICE'],
  [/^(?:Numeric Identifier|Clip Number|Job Number|Provider Number|MD Number|Unit Number|Identifier|Pager)/i, 'ID'],
  [/^(?:(?:First|Last|Known|Doctor|Dictator|Attending|Name|Initials?)\b|Name\d|Initial)/i, 'NAME'],
];
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}-\d{1,2}(?:-\d{2,4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4})(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?)?$/;
const PHONE_SHAPE = /^(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]\d{4}(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?$/;
const FACILITY_WORD = /\b(?:Hospital|Hosp|Clinic|Medical|Center|Centre|Health|Healthcare|Rehab|Rehabilitation|Nursing|Institute|University|College|School|Hospice|Infirmary|Home|Manor|Care|Pharmacy|Laboratory|Labs?)\b/i;
const STREET_SHAPE = /^\d{1,6}[ \t]+\S.*|\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Hwy|Highway|Route)\.?$/;
const KIND_AFTER = /^[ \t]*(?:VNA|Hospital|Clinic|Rehab|ED|ER|Nursing|Medical|Health|Home|Hospice|SNF|ALF|Center|Centre|rehab|hospital|clinic|nursing home)\b/;
const HOLIDAY = /^(?:Christmas|Thanksgiving|Easter|New Year|Halloween|Memorial Day|Labor Day|Independence Day|Veterans Day)/i;

// (Pass 12) The record header of the i2b2 corpora names the hospital by its code: on one line
// between pipes, "427718305 | HMH | 88310457 | | 0559812 | 6/4/1998 12:00:00 AM", or after the
// record number on the note's first line, "911847203 BGH" (the numbers are found as IDs).
const PIPE_HEADER = /(?:^|\n)[ \t]*\d{6,12}[ \t]*\|[ \t]*([A-Z][A-Z&-]{1,9})[ \t]*\|[ \t]*\d{4,12}[ \t]*\|/g;
const FIRST_LINE_HEADER = /^[ \t]*\d{6,12}[ \t]+([A-Z][A-Z&-]{1,9})[ \t]*\r?\n[ \t]*\d{4,12}[ \t]*\r?\n/;

function recordHeaderHospital(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray) => {
    const start = m.index! + m[0].indexOf(m[1]!, m[0].search(/\d/));
    out.push({ start, end: start + m[1]!.length, type: 'FACILITY', priority: PRIORITY.exact });
  };
  if (text.includes('|')) for (const m of allMatches(PIPE_HEADER, text)) push(m);
  const first = FIRST_LINE_HEADER.exec(text);
  if (first) push(first);
  return out;
}

/**
 * Finds PHI inside research-corpus brackets.
 *
 * @example
 *   detectCorpusBrackets({ text: 'seen on [**3-9**] by Dr. [**Mbeki**]', ... }) // DATE "3-9", NAME "Mbeki"
 */
export function detectCorpusBrackets({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = recordHeaderHospital(text);
  if (!text.includes('[**')) return out;
  for (const m of allMatches(BRACKET, text)) {
    const inner = m[1]!;
    if (!/[\p{L}\p{N}]/u.test(inner)) continue;
    const start = m.index! + m[0].indexOf(inner);
    const end = m.index! + m[0].length;
    out.push({ start, end: start + inner.length, type: classify(inner, text.slice(Math.max(0, m.index! - 40), m.index), text.slice(end, end + 24), d), priority: PRIORITY.exact });
  }
  return out;
}

function classify(inner: string, before: string, after: string, d: DetectInput['dictionaries']): PhiType {
  for (const [re, type] of PLACEHOLDER) if (re.test(inner)) return type;
  if (DATE_SHAPE.test(inner) || HOLIDAY.test(inner)) return 'DATE';
  const first = inner.split(/[ \t.,]+/)[0]!.toLowerCase();
  if (first in MONTHS && /\d|^\p{L}+$/u.test(inner)) return 'DATE';
  if (PHONE_SHAPE.test(inner)) return /\bfax\b[^\n]{0,12}$/i.test(before) ? 'FAX' : 'PHONE';
  if (/^[\d\s-]+$/.test(inner)) return /\b(?:MRN|MR#|Unit No|Unit Number|Record)\b[^\n]{0,16}$/i.test(before) ? 'MRN' : 'ID';
  if (/\d/.test(inner) && !/\p{L}{3,}/u.test(inner)) return 'ID';
  if (/@/.test(inner)) return 'EMAIL';
  if (STREET_SHAPE.test(inner)) return 'ADDRESS';
  if (FACILITY_WORD.test(inner) || KIND_AFTER.test(after) || /\b(?:Facility|Hospital|at|to|from)\s*:?\s*$/i.test(before)) return 'FACILITY';
  if (/\b(?:Dr|Mr|Mrs|Ms|Attending|Name|by|with|RN|MD|PCP)\.?\s*:?\s*$/i.test(before)) return 'NAME';
  // A city the places dictionary knows, and no person's name, is a place; anything else a name.
  const key = inner.toLowerCase();
  if (d.cities.has(key) && !d.firstNames.has(key) && !d.lastNames.has(key)) return 'LOCATION';
  if (/\b(?:in|near|of)\s*$|-\s*$/i.test(before) && d.cities.has(key)) return 'LOCATION';
  return 'NAME';
}
