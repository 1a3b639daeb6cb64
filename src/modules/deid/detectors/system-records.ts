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
import type { PhiType } from '../deid.types';
import { CREDENTIALS } from '../lexicon';
import { PRIORITY, allMatches, type Candidate } from './detector';

// (Pass 19: also IN1, whose insured's name is IN1-16.)
const PERSON_SEGMENT = /(?:^|\n|<CR>|\r)[ \t]*(?:PID|NK1|GT1|PV1|PV2|ORC|OBR|TXA|EVN|MRG|PD1|ROL|AIP|IN1|IN2|RXA|SCH)\|[^\n]*/g;
// A name field: an optional ID, then FAMILY^GIVEN and optional middle, suffix, prefix, degree.
// (Pass 19: up to the name type code with no middle name, "RUNNING CRANE^JOSEPHINE^^^^^M".)
// (Pass 23: a doctor's field to its identifier type, "1588204471^OYELARAN^FOLAKE^^^^MD^^^NPI", and
// in the fields that hold names, given names of several words, "HABIMANA^JEAN DE DIEU".)
const nameField = (lead: string, part: string) => new RegExp(`^(?:${lead})?([A-Z][A-Z' .-]*[A-Z])\\^(${part})(?:\\^(${part}))?(?:\\^[A-Z.]*){0,10}$`);
const NAME_FIELD = nameField("\\d{3,15}\\^", "[A-Z][A-Z'-]*");
const SPACED_NAME_FIELD = nameField("\\d{3,15}\\^|[a-z][a-z0-9._]{2,15}\\^(?=[A-Z])", "[A-Z][A-Z' -]*[A-Z]|[A-Z]");
// The fields that hold a person's name, by segment (HL7 v2.5: PID-5 the patient, PV1-7 the attending ...).
const NAME_FIELDS: Readonly<Record<string, readonly number[]>> = {
  PID: [5, 6, 9], NK1: [2], GT1: [3], IN1: [16], PV1: [7, 8, 9, 17, 52], ORC: [10, 11, 12, 19], OBR: [10, 16, 28, 32, 33, 34, 35],
  TXA: [5, 9, 10, 11, 22, 23], EVN: [5], MRG: [7], PD1: [4], ROL: [4], AIP: [3], RXA: [10], SCH: [12, 16, 20],
};
const ADDRESS_FIELD = /^([^^|~]*)\^[^^|~]*\^([A-Za-z][A-Za-z .'-]*[A-Za-z])\^[A-Z]{2}\^(\d{5}(?:-\d{4})?)(?:\^|$)/;
// Code-system and table names that can sit where a name would ("2670^CODEINE^RXNORM", "MTH^Mother^HL70063").
const CODE_SYSTEMS = /^(?:HL7\d*|RXNORM|LN|LOINC|SNOMED|SCT|ICD10|ICD9|I10|I9|CPT|CVX|NDC|L|99\w*|PRN|ORN|WPN|NET|PH|CP|FX|BP|MD|X\.400)$/;
const AUTHORITY = /(?<=[A-Z0-9-])\^\^\^(?!(?:DR|MD|DO|RN|NP|PA|PHD|JR|SR|II|III|NPI|UPIN|DEA|DN|PRN|EI)\b)([A-Z][A-Z0-9]{1,9})(?:\^(?:MR|MRN|PI|PN|AN|PT)\b|(?=[|~]))/g;
// The message header names the sending and the receiving facility (MSH-4 and MSH-6).
const MSH = /(?:^|\n|<CR>|\r)[ \t]*MSH\|[^|\n]*\|[^|\n]*\|([^|\n^]*)\|[^|\n]*\|([^|\n^]*)\|/g;
// The cue before a login (a lower-case word start, so the scan is one cheap pass), then the login.
// (Pass 13: also after "agent", "clerk", "rep", "coder", and at the start of a log entry after its
// date and time, "03/21/24 10:12 KMARTIN: ...", "02/11/25 0915 - dpruitt - ..."; in capitals too.)
// (Pass 23: and "user=okafor.c", "clerk=amcbride", "uploaded_by hnguyen_cde", "Operator MTORRES",
// "VALIDATED  DPRUITT", "REVIEW hyusuf:".)
const USER_CUE = /\b(?:analyst|user|login|comment|note|entered|edited|updated|verified|tech)[ \t]+\(|\b(?:by|BY|user|User|USER|login|analyst|from|agent|Agent|AGENT|clerk|CLERK|rep|coder|operator|Operator|OPERATOR|Released|RELEASED|Validated|VALIDATED|Verified|VERIFIED|REVIEW|uploaded_by|entered_by|user_?id|userid)(?:[ \t:]+|[ \t]*=[ \t]*)|\b\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+\d{1,2}:?\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]+(?:-[ \t]+)?(?=[A-Za-z]{4,16}\d?[ \t]*(?::|[ \t]-[ \t]))/g;
const LOGIN_AT = /(?:[a-z]{1,2}\.?[a-z]{3,14}|[A-Z]{1,2}\.?[A-Z]{3,14}|[a-z]{3,14}\.[a-z]{1,2})\d?(?:_[a-z]{2,4})?(?=[)\s,:;"']|\.(?!\w)|$)/y;

// (Pass 23) A DICOM header dump: "(0010,0010) PatientName PN [SHEIKHMOUS^BERIVAN]". A person's
// name (value representation PN) gives its components, an age string over 89 its years ("091Y"),
// and the institution, patient ID, accession, study ID and device serial fields their values.
// (The tag, an optional keyword and the value representation; `inRecordMachinery` reads the same head.)
const DICOM_HEAD = String.raw`[ \t]*\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)[ \t]+(?:([A-Za-z][\w ()-]{0,40}?)[ \t]+)?([A-Z]{2})[ \t]+\[`;
const DICOM_LINE = new RegExp(String.raw`(?:^|\n)${DICOM_HEAD}([^\]\n]*)\]`, 'g');
const DICOM_VALUE_TYPES: Readonly<Record<string, PhiType>> = { InstitutionName: 'FACILITY', PatientID: 'MRN', OtherPatientIDs: 'MRN', AccessionNumber: 'ID', StudyID: 'ID', DeviceSerialNumber: 'DEVICE' };

function dicomFields(text: string, out: Candidate[]): void {
  for (const m of allMatches(DICOM_LINE, text)) {
    const value = m[5]!;
    const at = m.index! + m[0].length - 1 - value.length;
    if (m[4] === 'PN') {
      let from = 0;
      for (const part of value.split('^')) {
        const word = part.trim();
        if (/^\p{L}[\p{L}' .-]*$/u.test(word) && !CREDENTIALS.has(word.replace(/\./g, '').toLowerCase())) {
          const start = at + value.indexOf(word, from);
          out.push({ start, end: start + word.length, type: 'NAME', priority: PRIORITY.labeled });
        }
        from += part.length + 1;
      }
    } else if (m[4] === 'AS') {
      const age = /^0*(\d{2,3})Y$/.exec(value);
      if (age && Number(age[1]) >= 90) out.push({ start: at, end: at + value.length - 1, type: 'AGE', priority: PRIORITY.labeled });
    } else {
      const type = DICOM_VALUE_TYPES[m[3] ?? ''];
      if (type && value.trim()) out.push({ start: at, end: at + value.length, type, priority: PRIORITY.labeled });
    }
  }
}

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
      const fields = seg[0].split('|');
      // (The segment's name closes the first field, after a line break or a "<CR>".)
      const segment = fields[0]!.slice(-3);
      // (Pass 23) The patient's ward in PV1-3, "BRENNAN 6^614^A".
      const ward = segment === 'PV1' && fields.length > 3 ? /^[A-Z][A-Za-z]{2,}[ \t]\d{1,2}[A-Z]?(?=\^|$)/.exec(fields[3]!) : null;
      if (ward) {
        const start = seg.index! + fields.slice(0, 3).join('|').length + 1;
        out.push({ start, end: start + ward[0].length, type: 'FACILITY', priority: PRIORITY.labeled });
      }
      for (const [index, field] of fields.entries()) {
        const names = NAME_FIELDS[segment]?.includes(index) ? SPACED_NAME_FIELD : NAME_FIELD;
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
          const m = names.exec(value);
          if (m && !m.slice(1).some((c) => c !== undefined && CODE_SYSTEMS.test(c))) {
            // (A user's login before the name is the person's too: "ssoto^SOTO^SELENA".)
            if (/^[a-z]/.test(value)) out.push({ start: rep, end: rep + value.indexOf('^'), type: 'NAME', priority: PRIORITY.labeled });
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
  if (text.includes(') ') && text.includes('[')) dicomFields(text, out);
  for (const cue of allMatches(USER_CUE, text)) {
    LOGIN_AT.lastIndex = cue.index! + cue[0].length;
    const m = LOGIN_AT.exec(text);
    if (!m || (cue[0].endsWith('(') && text[m.index + m[0].length] !== ')')) continue;
    const login = m[0];
    const whole = login.replace(/(?:_[a-z]+)?\d?$/, '').toLowerCase();
    const bare = whole.replace('.', '');
    // The part after one or two initials is a census surname, and the login itself is no word.
    // (Or the part before the initials' dot: "okafor.c".)
    const surname = [bare.slice(1), bare.slice(2), /^([a-z]{3,})\.[a-z]{1,2}$/.exec(whole)?.[1] ?? ''].find((x) => x.length >= 4 && d.lastNames.has(x));
    if (login.length < 5 || !surname || d.englishWords.has(whole) || d.medicalTerms.has(whole) || d.firstNames.has(whole) || d.lastNames.has(whole)) continue;
    out.push({ start: m.index, end: m.index + login.length, type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}

// (Pass 23) What a machine record holds that is no identifier, though the detectors read it as one:
//   HL7: the segment's name ("OBX", "RXA" after a name field's line break) and a coded element,
//   whose last component names its code system ("SKB^GSK^MVX", "112283007^Escherichia coli
//   (organism)^SCT"). (The message control ID stays redacted: it is unique and leads to the message.)
//   DICOM: the attribute's keyword ("PersonName"), times, codes and numbers (TM, CS, DS, IS; not a
//   UID), and the equipment and study descriptions ("Manufacturer LO [GE MEDICAL SYSTEMS]").
const SEGMENT_LINE = /^[ \t]*([A-Z][A-Z0-9]{2})\|/;
const CODED_VALUE = /\^(?:HL7\d{4}|MVX|CVX|LN|LOINC|SCT|SNOMED|SNOMEDCT|NIP\d{3}|I10|I9|ICD10|ICD10CM|RXNORM|NDC|UCUM|CDCREC|CPT|CPT4|HCPCS|CDCPHINVS|NUCC|HL7\w*)$/;
const DICOM_KEYWORD_LINE = new RegExp(`^${DICOM_HEAD}`);
const DICOM_NOT_PHI: ReadonlySet<string> = new Set(['Manufacturer', 'ManufacturerModelName', 'SoftwareVersions', 'StationName', 'StudyDescription', 'SeriesDescription', 'ProtocolName', 'BodyPartExamined', 'Modality', 'InstitutionalDepartmentName', 'PerformedProcedureStepDescription', 'RequestedProcedureDescription']);

/**
 * Whether a span lies in a part of an HL7 segment or a DICOM dump line that holds no identifier.
 *
 * @example
 *   inRecordMachinery('RXA|0|1|20240301||03^MMR^CVX', { start: 21, end: 24 }) // true: "MMR" is a coded vaccine
 */
export function inRecordMachinery(text: string, s: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = s.start - lineStart;
  const segment = SEGMENT_LINE.exec(line);
  if (segment) {
    if (at < segment[0].length - 1) return true;
    const fields = line.split('|');
    let from = 0;
    for (const field of fields) {
      if (at < from + field.length + 1) {
        let rep = from;
        for (const value of field.split('~')) {
          if (at < rep + value.length + 1) return CODED_VALUE.test(value);
          rep += value.length + 1;
        }
        return false;
      }
      from += field.length + 1;
    }
    return false;
  }
  const dicom = DICOM_KEYWORD_LINE.exec(line);
  if (!dicom) return false;
  if (at < dicom[0].length) return true;
  return /^(?:TM|CS|DS|IS|FD|FL|US|UL|SS|SL)$/.test(dicom[4]!) || DICOM_NOT_PHI.has(dicom[3] ?? '');
}
