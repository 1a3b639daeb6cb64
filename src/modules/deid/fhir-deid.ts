// Structured de-identification of FHIR R4 resources (any resource type, walked generically):
//   identifier.value           -> replaced (type from identifier.type: MR -> MRN, SS -> SSN, ...)
//   HumanName (name, contact)  -> family/given/text replaced; prefix/suffix/use kept
//   telecom.value              -> replaced (PHONE, FAX, EMAIL, URL by system)
//   Address                    -> line, city, district replaced; postalCode to 3 digits (000 if
//                                 restricted); state, country, use kept; text scrubbed
//   birthDate and every date/dateTime/instant -> shifted per patient (surrogate, pseudonym) or
//                                 cut to the year (redact, mask); birthDate removed when the
//                                 patient would be over 89
//   device serial, lot and UDI strings, study/series/instance uid -> replaced (DEVICE, ID)
//   photo, attachment.url, meta.source -> removed; attachment.data kept only for text/* (scrubbed)
//   id and references (Patient/123) -> keyed pseudonyms, so links between resources survive
//   free text (text.div, note.text, comment, description, conclusion, valueString, display, ...)
//                              -> detected and transformed like any note
import { createHmac } from 'node:crypto';
import type { DeidMode, PhiType } from './deid.types';
import type { DeidEngine } from './deid-engine';
import { applySpans } from './deid-transform';
import { shiftDateText } from './date-shift';
import { zip3 } from './zip3';

export interface FhirDeidOptions {
  engine: DeidEngine;
  mode: DeidMode;
  /** The replacement of the chosen mode (createReplacer). */
  replace: (type: PhiType, original: string) => string;
  /** Days dates move in surrogate and pseudonym modes (dateShiftDays); ignored otherwise. */
  dateShiftDays: number;
  /** Key for resource id pseudonyms. */
  key: Buffer;
  /** Today, for the over-89 rule on birth dates. */
  now: Date;
}

const FHIR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const FREE_TEXT_KEYS = new Set(['text', 'div', 'comment', 'description', 'conclusion', 'valueString', 'display', 'summary', 'note', 'title', 'answer', 'valueMarkdown', 'patientInstruction', 'purpose']);
const DROP_KEYS = new Set(['photo']);
// Strings under these keys are codes or references to definitions, never PHI.
const CODE_KEYS = new Set(['system', 'code', 'version', 'resourceType', 'status', 'use', 'gender', 'language', 'contentType', 'unit', 'profile', 'url', 'intent', 'priority', 'state', 'country']);
const IDENTIFIER_TYPES: Record<string, PhiType> = { MR: 'MRN', MRT: 'MRN', SS: 'SSN', SB: 'SSN', DL: 'LICENSE', PPN: 'ID', MB: 'HEALTH_PLAN', SN: 'HEALTH_PLAN', MC: 'HEALTH_PLAN', MA: 'HEALTH_PLAN', AN: 'ACCOUNT', ACSN: 'ID', NPI: 'LICENSE', PRN: 'LICENSE', MD: 'LICENSE', SR: 'LICENSE', DR: 'LICENSE', TAX: 'ID', VIN: 'VEHICLE', UDI: 'DEVICE' };
// Strings under these keys are device or study identifiers wherever they appear (Device.udiCarrier,
// Device.serialNumber, ImagingStudy series and instance UIDs): Safe Harbor (M) and (R).
const IDENTIFIER_KEYS: Record<string, PhiType> = { serialNumber: 'DEVICE', lotNumber: 'DEVICE', distinctIdentifier: 'DEVICE', deviceIdentifier: 'DEVICE', carrierHRF: 'DEVICE', carrierAIDC: 'DEVICE', uid: 'ID' };
const TELECOM_TYPES: Record<string, PhiType> = { phone: 'PHONE', fax: 'FAX', email: 'EMAIL', url: 'URL', pager: 'PHONE', sms: 'PHONE', other: 'ID' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Returns a de-identified deep copy of a FHIR resource (or Bundle); the input is not changed.
 *
 * @example
 *   const out = deidentifyFhirResource(patient, { engine, mode: 'surrogate', replace, dateShiftDays: -40, key, now: new Date() });
 */
export function deidentifyFhirResource<T>(resource: T, options: FhirDeidOptions): T {
  return walk(structuredClone(resource) as Json, options, '') as T;
}

function pseudonymId(id: string, key: Buffer): string {
  return createHmac('sha256', key).update(`fhir-id\0${id}`).digest('base64url').slice(0, 16);
}

function scrub(text: string, o: FhirDeidOptions): string {
  return applySpans(text, o.engine.detect(text), o.replace);
}

function date(value: string, o: FhirDeidOptions): string {
  if (o.mode === 'redact' || o.mode === 'mask') return value.slice(0, 4);
  if (value.length === 4) return value;
  if (value.length === 7) return (shiftDateText(`${value.slice(5, 7)}/${value.slice(0, 4)}`, o.dateShiftDays) ?? '').replace(/^(\d{2})\/(\d{4})$/, '$2-$1') || value.slice(0, 4);
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  const shifted = new Date(d.getTime() + o.dateShiftDays * 86_400_000).toISOString().slice(0, 10);
  return shifted + value.slice(10);
}

function walk(node: Json, o: FhirDeidOptions, key: string): Json {
  if (Array.isArray(node)) return node.map((n) => walk(n, o, key));
  if (node === null || typeof node !== 'object') return typeof node === 'string' ? leaf(node, o, key) : node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP_KEYS.has(k)) continue;
    if (k === 'identifier') out[k] = mapItems(v, (x) => identifier(x, o));
    else if (k === 'telecom') out[k] = mapItems(v, (x) => telecom(x, o));
    else if (k === 'address' || k === 'valueAddress' || (k === 'birthPlace')) out[k] = mapItems(v, (x) => address(x, o));
    else if (k === 'name' && isHumanName(v)) out[k] = mapItems(v, (x) => humanName(x, o));
    else if (k === 'name' && typeof v === 'string') out[k] = o.replace('FACILITY', v);
    else if (IDENTIFIER_KEYS[k] && typeof v === 'string') out[k] = o.replace(IDENTIFIER_KEYS[k], v);
    else if (k === 'birthDate' && typeof v === 'string') {
      const years = (o.now.getTime() - new Date(`${v.slice(0, 4)}-07-01T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
      if (years <= 89) out[k] = date(v, o); // over 89: the birth date (even its year) is dropped
    } else if (k === 'id' && typeof v === 'string') out[k] = pseudonymId(v, o.key);
    else if (k === 'reference' && typeof v === 'string') out[k] = v.replace(/^([A-Za-z]+)\/([^/]+)(.*)$/, (_m, type: string, id: string, rest: string) => `${type}/${pseudonymId(id, o.key)}${rest}`);
    else if (k === 'attachment' || k === 'content' || k === 'presentedForm') out[k] = mapItems(v, (x) => attachment(x, o));
    else if (k === 'meta' && v && typeof v === 'object' && !Array.isArray(v)) {
      const { source: _source, ...rest } = v;
      out[k] = walk(rest, o, k);
    } else out[k] = walk(v, o, k);
  }
  return out;
}

function leaf(value: string, o: FhirDeidOptions, key: string): Json {
  if (CODE_KEYS.has(key)) return value;
  // A bare year is not PHI, but dates and times are wherever they appear.
  if (FHIR_DATE.test(value) && value.length > 4) return date(value, o);
  if (FREE_TEXT_KEYS.has(key) || value.length > 3) return scrub(value, o);
  return value;
}

function mapItems(v: Json, f: (x: { [k: string]: Json }) => Json): Json {
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? f(x) : x));
  return v && typeof v === 'object' ? f(v as { [k: string]: Json }) : v;
}

function isHumanName(v: Json): boolean {
  const first = Array.isArray(v) ? v[0] : v;
  return !!first && typeof first === 'object' && !Array.isArray(first) && ('family' in first || 'given' in first || 'text' in first);
}

function humanName(n: { [k: string]: Json }, o: FhirDeidOptions): Json {
  const out: { [k: string]: Json } = { ...n };
  if (typeof n.family === 'string') out.family = o.replace('NAME', n.family);
  if (Array.isArray(n.given)) out.given = n.given.map((g) => (typeof g === 'string' ? o.replace('NAME', g) : g));
  if (typeof n.text === 'string') out.text = o.replace('NAME', n.text);
  if (n.period) out.period = walk(n.period, o, 'period');
  return out;
}

function identifier(id: { [k: string]: Json }, o: FhirDeidOptions): Json {
  const out: { [k: string]: Json } = { ...id };
  const code = (id.type as { coding?: { code?: string }[] } | undefined)?.coding?.[0]?.code;
  if (typeof id.value === 'string') out.value = o.replace((code && IDENTIFIER_TYPES[code]) || 'ID', id.value);
  if (id.period) out.period = walk(id.period, o, 'period');
  if (id.assigner) out.assigner = walk(id.assigner, o, 'assigner');
  return out;
}

function telecom(t: { [k: string]: Json }, o: FhirDeidOptions): Json {
  const out: { [k: string]: Json } = { ...t };
  if (typeof t.value === 'string') out.value = o.replace(TELECOM_TYPES[String(t.system)] ?? 'ID', t.value);
  if (t.period) out.period = walk(t.period, o, 'period');
  return out;
}

function address(a: { [k: string]: Json }, o: FhirDeidOptions): Json {
  const out: { [k: string]: Json } = {};
  for (const keep of ['use', 'type', 'state', 'country']) if (keep in a) out[keep] = a[keep]!;
  if (Array.isArray(a.line)) out.line = a.line.map((l) => (typeof l === 'string' ? o.replace('ADDRESS', l) : l));
  if (typeof a.city === 'string') out.city = o.replace('LOCATION', a.city);
  if (typeof a.district === 'string') out.district = o.replace('LOCATION', a.district);
  if (typeof a.postalCode === 'string') out.postalCode = zip3(a.postalCode);
  if (typeof a.text === 'string') out.text = scrub(a.text, o);
  if (a.period) out.period = walk(a.period, o, 'period');
  return out;
}

function attachment(a: { [k: string]: Json }, o: FhirDeidOptions): Json {
  if (!('data' in a) && !('url' in a) && !('contentType' in a)) return walk(a, o, 'attachment');
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(a)) {
    if (k === 'url' || k === 'hash') continue;
    if (k === 'data' && typeof v === 'string') {
      if (typeof a.contentType === 'string' && a.contentType.startsWith('text/')) out.data = Buffer.from(scrub(Buffer.from(v, 'base64').toString('utf8'), o)).toString('base64');
      continue;
    }
    out[k] = walk(v, o, k);
  }
  return out;
}
