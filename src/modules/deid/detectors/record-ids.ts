// (Pass 20) Identifiers that machines and couriers write, each by its own shape or label:
//   1. ISBT 128 donation numbers of blood and cell products, with or without "DIN": "W0361 24 118457";
//   2. FHIR resource ids and references: '"id":"pat-7f3a9c21"', '"reference":"Patient/sed-440981"',
//      "GET /fhir/R4/Patient/pat-7f3a9c21";
//   3. DICOM and other object identifiers: "1.2.840.113619.2.55.3.604688.11.1709564812.447";
//   4. numbers after a courier's waybill, a police shield or star, or a donor: "airbill 7734 1190
//      0482", "airwaybill DHL 4417 220 913", "USPS 9400 1118 9922 3104 6671 20", "shield 28817",
//      "Donor 7731", "donor # GLABB-1187".
// A code list's or a standard's own identifiers are no one's: the FHIR ids of code systems and
// value sets are not taken, and an object identifier needs seven parts (not a version, "1.2.3").
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const DIN = /(?<![\w-])[A-Z]\d{4}[ ]?\d{2}[ ]?\d{6}(?![\w-])/g;
const FHIR_TYPE = String.raw`(?<![A-Za-z])(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person|Device|Observation|DocumentReference|Consent|Encounter|Condition|Coverage|Claim|MedicationRequest|ServiceRequest|DiagnosticReport|Specimen|Appointment|Procedure|Immunization|AllergyIntolerance)\/`;
const FHIR_REFERENCE = new RegExp(String.raw`${FHIR_TYPE}([A-Za-z0-9][A-Za-z0-9.-]{2,63})(?![\w.-])`, 'g');
// Whether FHIR_REFERENCE may match, read from the slash back.
const FHIR_HINT = new RegExp(String.raw`\/(?<=${FHIR_TYPE})[A-Za-z0-9]`);
const FHIR_ID = /"resourceType"[ \t]*:[ \t]*"(?!CodeSystem|ValueSet|StructureDefinition|Bundle)[A-Za-z]+"[ \t]*,[ \t]*"id"[ \t]*:[ \t]*"([A-Za-z0-9][A-Za-z0-9.-]{2,63})"/g;
const OBJECT_ID = /(?<![\w.:])[12](?:\.\d{1,40}){6,}(?![\w.]|\.\d)/g;
// (The DICOM standard's own identifiers, its classes and syntaxes, name no study: "1.2.840.10008.5.1.4.1.1.7".)
const STANDARD_OID = /^1\.2\.840\.10008\./;
const WAYBILL = /\b(?:air[ \t-]?(?:way)?bill|waybill|USPS|FedEx)[ \t]*[:#]?[ \t]*((?:[A-Z]{2,5}[ \t])?(?=[A-Z]*-?\d)[A-Z0-9]+(?:-[A-Z0-9]+)?(?:[ \t]\d{2,})*)(?![\w-])/g;
const SHIELD = /\b(?:shield|star[ \t]*#)[ \t]*[:#]?[ \t]*(\d{4,6})(?![\w-])/g;
const DONOR = /\b(?:[Dd]onor|DONOR)[ \t]*(?:#|no\.?|number|id|ID)?[ \t]*[:#]?[ \t]*((?=[A-Z]*-?\d)[A-Z0-9]+(?:-[A-Z0-9]+)?)(?![\w-])/g;

/**
 * Finds identifiers by their machine shapes and courier, police and donor labels.
 *
 * @example
 *   recordIds({ text: 'Issued: DIN W2290 25 004417 O POS', ... }) // ID over "W2290 25 004417"
 */
export function recordIds({ text }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'ID', priority: PRIORITY.labeled });
  if (/[A-Z]\d{4}[ ]?\d{2}[ ]?\d{6}/.test(text)) for (const m of allMatches(DIN, text)) push(m.index!, m.index! + m[0].length);
  if (FHIR_HINT.test(text)) {
    for (const m of allMatches(FHIR_REFERENCE, text)) {
      // (Only an id that holds a digit: not "Patient/example", "Patient/family".)
      if (!/\d/.test(m[1]!)) continue;
      push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);
    }
  }
  if (text.includes('"resourceType"')) for (const m of allMatches(FHIR_ID, text)) if (/\d/.test(m[1]!)) push(m.index! + m[0].length - m[1]!.length - 1, m.index! + m[0].length - 1);
  if (/\d\.\d+\.\d+\.\d+\.\d+\.\d+\.\d/.test(text)) for (const m of allMatches(OBJECT_ID, text)) if (!STANDARD_OID.test(m[0])) push(m.index!, m.index! + m[0].length);
  const pushValue = (m: RegExpExecArray) => push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);
  if (/bill|USPS|FedEx/.test(text)) for (const m of allMatches(WAYBILL, text)) pushValue(m);
  if (/shield|star/.test(text)) for (const m of allMatches(SHIELD, text)) pushValue(m);
  // (A donor's number has three digits or more: not "donor 2 of 3".)
  if (/[Dd]onor|DONOR/.test(text)) for (const m of allMatches(DONOR, text)) if (/\d{3}/.test(m[1]!)) pushValue(m);
  return out;
}
