// (Pass 23) Identifiers in the fields of exchange formats that notes and interface tickets quote:
//   - XML elements and JSON keys that hold a name, a town, a street or a ZIP code: "<FirstName>Maria
//     </FirstName>", "<postalCode>03458</postalCode>", "<City>Bend</City>", "family": "Szabo",
//     "given": ["Ilona", "Margit"], "city": "Louisville";
//   - X12 segments (fields split by "*", segments ended by "~"): a person's name in NM1 (entity type
//     1: last, first, middle), the street in N3 and the town and ZIP in N4;
//   - HL7 telephone fields: "^PRN^PH^^1^406^5550187" is the area code and the number;
//   - a person's name written FAMILY^GIVEN^MIDDLE outside a segment, in tables, logs and prose
//     ("| ASHDOWN^GWENDOLYN^F |", "acquired under NGUYEN^THI^HONG (MRN ...)"), when a part is a
//     known given name or surname and none is a common English word or a code.
import type { DeidDictionaries } from '../dictionaries';
import type { PhiType } from '../deid.types';
import { CLINICAL_ABBREVIATIONS, NOT_NAMES } from '../lexicon';
import { allMatches, PRIORITY, type Candidate } from './detector';

const FIELD_TYPES: Readonly<Record<string, PhiType>> = {
  firstname: 'NAME', lastname: 'NAME', middlename: 'NAME', given: 'NAME', family: 'NAME', givenname: 'NAME', familyname: 'NAME', first_name: 'NAME', last_name: 'NAME', surname: 'NAME',
  city: 'LOCATION', town: 'LOCATION',
  streetaddressline: 'ADDRESS', addressline1: 'ADDRESS', addressline2: 'ADDRESS', street: 'ADDRESS',
};
const XML_FIELD = /<([A-Za-z_]+)>([^<>\n]{1,60})<\/\1>/g;
const JSON_FIELD = /"([A-Za-z_]+)"[ \t]*:[ \t]*(?:"([^"\n]{1,60})"|\[((?:[ \t]*"[^"\n]{1,40}"[ \t]*,?){1,4})\])/g;
const JSON_STRING = /"([^"\n]{1,40})"/g;
const X12_SEGMENT = /(?:^|[~\n])[ \t]*(NM1|N3|N4)\*([^~\n]*)/g;
const XTN = /\^(?:PRN|WPN|ORN|NET|EMR|VHN|ASN|BPN)\^(PH|CP|FX|BP|MD)\^[^^|~\n]*\^\d?\^(\d{3}\^\d{7})(?![\d^])/g;
const CARET_ADDRESS = /(?<![\w^])(\d{1,6}[ \t][^^|~\n]{2,40})\^[^^|~\n]*\^([A-Za-z][A-Za-z .'-]{1,30})\^[A-Z]{2}\^(\d{5})(?!\d)/g;
// An observation of the patient's age (LOINC 30525-0) over 89: "OBX|4|NM|30525-0^Age^LN||92|a".
const OBX_AGE = /(?:^|\n)[ \t]*OBX\|[^|\n]*\|[^|\n]*\|30525-0\^[^|\n]*\|[^|\n]*\|(\d{2,3})\|/g;
const CARET_NAME = /(?<![\w^|])([A-Z][A-Z'-]+(?:[ ][A-Z][A-Z'-]+)?)\^([A-Z][A-Z'-]+)(?:\^([A-Z][A-Z'-]*))?(?![\w^])/g;

function push(out: Candidate[], start: number, value: string, type: PhiType): void {
  const lead = value.length - value.trimStart().length;
  const text = value.trim();
  if (text) out.push({ start: start + lead, end: start + lead + text.length, type, priority: PRIORITY.labeled });
}

// A name part: letters only, not a common English word, a clinical abbreviation or a code.
function namePart(part: string, d: DeidDictionaries): boolean {
  const key = part.toLowerCase();
  return !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && (d.englishWords.get(key) ?? 99) > 35;
}

/**
 * Finds names, towns, streets, ZIP codes and phones in the fields of XML, JSON, X12 and HL7 records.
 *
 * @example
 *   recordFields('<FirstName>Maria</FirstName><City>Bend</City>', d) // NAME "Maria", LOCATION "Bend"
 */
export function recordFields(text: string, d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('</')) {
    for (const m of allMatches(XML_FIELD, text)) {
      const key = m[1]!.toLowerCase();
      const type = FIELD_TYPES[key] ?? (key === 'postalcode' || key === 'zip' || key === 'zipcode' ? 'ZIP' : undefined);
      if (type && !(type === 'ZIP' && !/^\d{5}(?:-\d{4})?$/.test(m[2]!))) push(out, m.index! + m[1]!.length + 2, m[2]!, type);
    }
  }
  if (text.includes('":')) {
    for (const m of allMatches(JSON_FIELD, text)) {
      const type = FIELD_TYPES[m[1]!.toLowerCase()];
      if (!type) continue;
      if (m[2] !== undefined) push(out, m.index! + m[0].length - m[2].length - 1, m[2], type);
      else {
        const at = m.index! + m[0].length - m[3]!.length - 1;
        for (const s of allMatches(JSON_STRING, m[3]!)) push(out, at + s.index! + 1, s[1]!, type);
      }
    }
  }
  if (text.includes('*')) {
    for (const m of allMatches(X12_SEGMENT, text)) {
      const at = m.index! + m[0].length - m[2]!.length;
      const fields = m[2]!.split('*');
      const offset = (k: number) => at + fields.slice(0, k).join('*').length + (k > 0 ? 1 : 0);
      if (m[1] === 'NM1' && fields[1] === '1') for (const k of [2, 3, 4]) { if (fields[k] && /^[A-Za-z][A-Za-z' -]*$/.test(fields[k]!)) push(out, offset(k), fields[k]!, 'NAME'); }
      else if (m[1] === 'N3' && /\d/.test(fields[0] ?? '')) push(out, offset(0), fields[0]!, 'ADDRESS');
      else if (m[1] === 'N4' && fields.length >= 3) {
        if (/^[A-Za-z][A-Za-z .'-]*$/.test(fields[0]!)) push(out, offset(0), fields[0]!, 'LOCATION');
        if (/^\d{5}(?:\d{4})?$/.test(fields[2]!)) push(out, offset(2), fields[2]!, 'ZIP');
      }
    }
  }
  if (text.includes('^')) {
    for (const m of allMatches(XTN, text)) push(out, m.index! + m[0].length - m[2]!.length, m[2]!, m[1] === 'FX' ? 'FAX' : 'PHONE');
    for (const m of allMatches(CARET_ADDRESS, text)) {
      push(out, m.index!, m[1]!, 'ADDRESS');
      const city = m.index! + m[0].lastIndexOf(`^${m[2]}^`) + 1;
      push(out, city, m[2]!, 'LOCATION');
      push(out, m.index! + m[0].length - 5, m[3]!, 'ZIP');
    }
    if (text.includes('30525-0')) for (const m of allMatches(OBX_AGE, text)) if (Number(m[1]) >= 90) push(out, m.index! + m[0].length - m[1]!.length - 1, m[1]!, 'AGE');
    for (const m of allMatches(CARET_NAME, text)) {
      const parts = [m[1]!, m[2]!, m[3]].filter((p): p is string => p !== undefined && p !== '');
      const words = parts.flatMap((p) => p.split(/[ -]/));
      if (!words.every((w) => w.length === 1 || namePart(w, d))) continue;
      if (!words.some((w) => d.firstNames.has(w.toLowerCase()) || d.lastNames.has(w.toLowerCase()))) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, type: 'NAME', priority: PRIORITY.name });
    }
  }
  return out;
}
