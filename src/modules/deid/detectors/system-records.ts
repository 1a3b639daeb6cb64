// Identifiers in what systems write into notes: HL7 v2 segments pasted into a note or an interface
// log, and user names in audit and export lines.
//   HL7: in person segments (PID, NK1, GT1, PV1, ORC, OBR, TXA, EVN, MRG, PD1, ROL, AIP, IN2 ...) a
//   field whose components are "FAMILY^GIVEN^MIDDLE", with an optional leading number (a doctor's
//   ID), names a person: every name component is a NAME span ("NGUYEN^THANH^V",
//   "1184422907^BRANDT^HELEN^^^DR"). An address field gives its street, town and ZIP ("12 ELM
//   ST^^LANSING^MI^48906"; the state stays). The assigning authority of a record number
//   ("7730158^^^PVMC^MR") and the message header's sending and receiving facilities name hospitals.
//   User names: a login of one or two initials and a census surname, after "by" or in brackets after
//   an audit word ("exported by hgreer", "analyst (kbaumann)", "by a.begay"), or opening a log entry
//   after its date and time ("03/21/24 10:12 KMARTIN: claim denied").
import type { DeidDictionaries } from '../dictionaries';
import { PRIORITY, allMatches, type Candidate } from './detector';

// (Pass 19: also IN1, whose insured's name is IN1-16.)
const PERSON_SEGMENT = /(?:^|\n|<CR>|\r)[ \t]*(?:PID|NK1|GT1|PV1|PV2|ORC|OBR|TXA|EVN|MRG|PD1|ROL|AIP|IN1|IN2|RXA|SCH)\|[^\n]*/g;
// A name field: an optional ID, then FAMILY^GIVEN and optional middle, suffix, prefix, degree.
// (Pass 19: up to the name type code with no middle name, "RUNNING CRANE^JOSEPHINE^^^^^M".)
const NAME_FIELD = /^(?:\d{3,15}\^)?([A-Z][A-Z' .-]*[A-Z])\^([A-Z][A-Z'-]*)(?:\^([A-Z][A-Z'-]*))?(?:\^[A-Z.]*){0,6}$/;
const ADDRESS_FIELD = /^([^^|~]*)\^[^^|~]*\^([A-Za-z][A-Za-z .'-]*[A-Za-z])\^[A-Z]{2}\^(\d{5}(?:-\d{4})?)(?:\^|$)/;
// Code-system and table names that can sit where a name would ("2670^CODEINE^RXNORM", "MTH^Mother^HL70063").
const CODE_SYSTEMS = /^(?:HL7\d*|RXNORM|LN|LOINC|SNOMED|SCT|ICD10|ICD9|I10|I9|CPT|CVX|NDC|L|99\w*|PRN|ORN|WPN|NET|PH|CP|FX|BP|MD|X\.400)$/;
const AUTHORITY = /(?<=[A-Z0-9-])\^\^\^(?!(?:DR|MD|DO|RN|NP|PA|PHD|JR|SR|II|III)\b)([A-Z][A-Z0-9]{1,9})(?:\^(?:MR|MRN|PI|PN|AN|PT)\b|(?=[|~]))/g;
// The message header names the sending and the receiving facility (MSH-4 and MSH-6).
const MSH = /(?:^|\n|<CR>|\r)[ \t]*MSH\|[^|\n]*\|[^|\n]*\|([^|\n^]*)\|[^|\n]*\|([^|\n^]*)\|/g;
// The cue before a login (a lower-case word start, so the scan is one cheap pass), then the login.
// (Pass 13: also after "agent", "clerk", "rep", "coder", and at the start of a log entry after its
// date and time, "03/21/24 10:12 KMARTIN: ...", "02/11/25 0915 - dpruitt - ..."; in capitals too.)
const USER_CUE = /\b(?:analyst|user|login|comment|note|entered|edited|updated|verified|tech)[ \t]+\(|\b(?:by|BY|user|User|USER|login|analyst|from|agent|Agent|AGENT|clerk|CLERK|rep|coder)[ \t:]+|\b\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+\d{1,2}:?\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]+(?:-[ \t]+)?(?=[A-Za-z]{4,16}\d?[ \t]*(?::|[ \t]-[ \t]))/g;
const LOGIN_AT = /(?:[a-z]{1,2}\.?[a-z]{3,14}|[A-Z]{1,2}\.?[A-Z]{3,14})\d?(?=[)\s,:;]|$)/y;

/**
 * Finds names and hospitals in HL7 segments and user names in audit lines.
 *
 * @example
 *   systemRecords('PID|1||7730158^^^PVMC^MR||NGUYEN^THANH^V||19520609', d) // NAME x3, FACILITY "PVMC"
 */
export function systemRecords(text: string, d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('^') && text.includes('|')) {
    for (const seg of allMatches(PERSON_SEGMENT, text)) {
      let at = seg.index!;
      for (const field of seg[0].split('|')) {
        let rep = at;
        for (const value of field.split('~')) {
          // An address field: street^other^CITY^ST^ZIP (the state is no identifier).
          const a = ADDRESS_FIELD.exec(value);
          if (a) {
            if (/\d/.test(a[1]!)) out.push({ start: rep, end: rep + a[1]!.length, type: 'ADDRESS', priority: PRIORITY.labeled });
            const city = rep + value.indexOf(`^${a[2]}^`, a[1]!.length) + 1;
            out.push({ start: city, end: city + a[2]!.length, type: 'LOCATION', priority: PRIORITY.labeled });
            const zip = rep + value.lastIndexOf(a[3]!);
            out.push({ start: zip, end: zip + a[3]!.length, type: 'ZIP', priority: PRIORITY.labeled });
          }
          const m = NAME_FIELD.exec(value);
          if (m && !m.slice(1).some((c) => c !== undefined && CODE_SYSTEMS.test(c))) {
            let from = rep;
            for (const part of [m[1], m[2], m[3]]) {
              if (!part) continue;
              const start = text.indexOf(part, from);
              out.push({ start, end: start + part.length, type: 'NAME', priority: PRIORITY.labeled });
              from = start + part.length;
            }
          }
          rep += value.length + 1;
        }
        at += field.length + 1;
      }
    }
    for (const m of allMatches(MSH, text)) {
      let from = m.index!;
      for (const fac of [m[1]!, m[2]!]) {
        const at = text.indexOf(`|${fac}|`, from) + 1;
        from = at + fac.length;
        if (/^[A-Z][A-Z &.'-]{1,40}$/.test(fac) && !/^(?:EPIC|CERNER|MEDITECH|ALLSCRIPTS|ATHENA|SUNQUEST|DRAGON|MIRTH|RHAPSODY|CLOVERLEAF|LAB|ADT|RIS|PACS|EHR|EMR|LIS|HIS)$/.test(fac)) out.push({ start: at, end: at + fac.length, type: 'FACILITY', priority: PRIORITY.labeled });
      }
    }
    for (const m of allMatches(AUTHORITY, text)) {
      const start = m.index! + 3;
      out.push({ start, end: start + m[1]!.length, type: 'FACILITY', priority: PRIORITY.labeled });
    }
  }
  for (const cue of allMatches(USER_CUE, text)) {
    LOGIN_AT.lastIndex = cue.index! + cue[0].length;
    const m = LOGIN_AT.exec(text);
    if (!m || (cue[0].endsWith('(') && text[m.index + m[0].length] !== ')')) continue;
    const login = m[0];
    const whole = login.replace(/\d$/, '').toLowerCase();
    const bare = whole.replace('.', '');
    // The part after one or two initials is a census surname, and the login itself is no word.
    const surname = [bare.slice(1), bare.slice(2)].find((x) => x.length >= 4 && d.lastNames.has(x));
    if (login.length < 5 || !surname || d.englishWords.has(whole) || d.medicalTerms.has(whole) || d.firstNames.has(whole) || d.lastNames.has(whole)) continue;
    out.push({ start: m.index, end: m.index + login.length, type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}
