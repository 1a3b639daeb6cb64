// Pure: a FHIR resource as one readable line for the chart pages ("Glucose: 104 mg/dL"), and the
// group it is listed under. Wearable and home-device data (the healthcare-adjacent tag) is its own
// group, labelled as such, whatever its type.

export type TFhir = { resourceType: string; id: string; meta?: { lastUpdated?: string; tag?: Array<{ system?: string; code?: string }> } } & Record<string, unknown>;

export const CATEGORY_TAG_SYSTEM = 'https://custos.dev/fhir/record-category';

export const GROUPS = [
  ['labs', 'Lab results'],
  ['vitals', 'Vital signs'],
  ['conditions', 'Conditions'],
  ['medications', 'Medications and supplies'],
  ['allergies', 'Allergies'],
  ['immunizations', 'Immunizations'],
  ['procedures', 'Procedures, imaging and devices'],
  ['documents', 'Notes and documents'],
  ['adjacent', 'From wearables and home devices (not clinical records)'],
  ['other', 'Other records'],
] as const;
export type TGroup = (typeof GROUPS)[number][0];

export interface TSummary {
  group: TGroup;
  title: string;
  detail: string | null;
  /** ISO date of the event, when the resource says, else of the last update. */
  when: string | null;
}

type Concept = { text?: string; coding?: Array<{ display?: string; code?: string }> } | undefined;
const conceptText = (c: Concept): string | null => c?.text ?? c?.coding?.find((x) => x.display)?.display ?? c?.coding?.[0]?.code ?? null;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function quantity(q: unknown): string | null {
  if (!q || typeof q !== 'object') return null;
  const { value, unit, code } = q as { value?: unknown; unit?: unknown; code?: unknown };
  if (typeof value !== 'number') return null;
  const u = str(unit) ?? str(code);
  return u ? `${value} ${u}` : String(value);
}

function observationValue(r: TFhir): string | null {
  const q = quantity(r.valueQuantity);
  if (q) return q;
  if (typeof r.valueString === 'string') return r.valueString;
  const c = conceptText(r.valueCodeableConcept as Concept);
  if (c) return c;
  if (Array.isArray(r.component)) {
    const parts = (r.component as Array<Record<string, unknown>>).map((c2) => {
      const v = quantity(c2.valueQuantity);
      const name = conceptText(c2.code as Concept);
      return v ? (name ? `${name} ${v}` : v) : null;
    });
    const shown = parts.filter(Boolean);
    if (shown.length) return shown.join(', ');
  }
  return null;
}

function isVital(r: TFhir): boolean {
  return Array.isArray(r.category) && (r.category as Array<{ coding?: Array<{ code?: string }> }>).some((c) => c.coding?.some((x) => x.code === 'vital-signs'));
}

/**
 * @example
 *   summarize({ resourceType: 'Observation', id: 'x', code: { text: 'Glucose' }, valueQuantity: { value: 104, unit: 'mg/dL' } });
 *   // { group: 'labs', title: 'Glucose', detail: '104 mg/dL', when: null }
 */
export function summarize(r: TFhir): TSummary {
  const adjacent = r.meta?.tag?.some((t) => t.system === CATEGORY_TAG_SYSTEM && t.code === 'healthcare_adjacent') ?? false;
  const when = str(r.effectiveDateTime) ?? str(r.recordedDate) ?? str(r.onsetDateTime) ?? str(r.occurrenceDateTime) ?? str(r.performedDateTime) ?? str(r.started) ?? str((r.effectivePeriod as { start?: unknown } | undefined)?.start) ?? str(r.date) ?? str(r.meta?.lastUpdated) ?? null;
  const base = { when };
  const withGroup = (group: TGroup, title: string, detail: string | null): TSummary => ({ ...base, group: adjacent ? 'adjacent' : group, title, detail });
  switch (r.resourceType) {
    case 'Observation':
      return withGroup(isVital(r) ? 'vitals' : 'labs', conceptText(r.code as Concept) ?? 'Observation', observationValue(r));
    case 'Condition': {
      const status = conceptText(r.clinicalStatus as Concept);
      return withGroup('conditions', conceptText(r.code as Concept) ?? 'Condition', status ? `Status: ${status}` : null);
    }
    case 'MedicationStatement':
    case 'MedicationAdministration':
    case 'MedicationRequest': {
      const dosage = Array.isArray(r.dosage) ? str((r.dosage as Array<{ text?: string }>)[0]?.text) : Array.isArray(r.dosageInstruction) ? str((r.dosageInstruction as Array<{ text?: string }>)[0]?.text) : null;
      return withGroup('medications', conceptText(r.medicationCodeableConcept as Concept) ?? containedMedication(r) ?? 'Medication', [str(r.status), dosage].filter(Boolean).join(' · ') || null);
    }
    case 'AllergyIntolerance':
      return withGroup('allergies', conceptText(r.code as Concept) ?? 'Allergy', str(r.criticality) ? `Criticality: ${String(r.criticality)}` : null);
    case 'Immunization':
      return withGroup('immunizations', conceptText(r.vaccineCode as Concept) ?? 'Immunization', str(r.status));
    case 'Procedure':
      return withGroup('procedures', conceptText(r.code as Concept) ?? 'Procedure', str(r.status));
    case 'ImagingStudy': {
      const procedure = Array.isArray(r.procedureCode) ? conceptText((r.procedureCode as Concept[])[0]) : null;
      return withGroup('procedures', procedure ?? str(r.description) ?? 'Imaging study', str(r.status));
    }
    case 'Device':
      return withGroup('procedures', conceptText(r.type as Concept) ?? 'Medical device', str(r.status));
    case 'SupplyDelivery': {
      const item = (r.suppliedItem as { itemCodeableConcept?: Concept } | undefined)?.itemCodeableConcept;
      return withGroup('medications', conceptText(item) ?? 'Supplies', str(r.status));
    }
    case 'CareTeam':
      return withGroup('other', str(r.name) ?? 'Care team', str(r.status));
    case 'DocumentReference':
      return withGroup('documents', str(r.description) ?? conceptText(r.type as Concept) ?? 'Document', str(r.status));
    default:
      return withGroup('other', r.resourceType, null);
  }
}

/** The drug an order names by reference to a contained Medication (`#medication-1`), as imports from Synthea store it. */
function containedMedication(r: TFhir): string | null {
  const reference = str((r.medicationReference as { reference?: unknown } | undefined)?.reference);
  if (!reference?.startsWith('#') || !Array.isArray(r.contained)) return null;
  const medication = (r.contained as Array<{ id?: unknown; code?: Concept }>).find((c) => c.id === reference.slice(1));
  return medication ? conceptText(medication.code) : null;
}

/** Records grouped in GROUPS order, newest first inside a group; empty groups left out. */
export function groupRecords(records: readonly TFhir[]): Array<{ group: TGroup; label: string; items: Array<{ record: TFhir; summary: TSummary }> }> {
  const items = records.filter((r) => r.resourceType !== 'Patient').map((record) => ({ record, summary: summarize(record) }));
  return GROUPS.map(([group, label]) => ({
    group,
    label,
    items: items.filter((i) => i.summary.group === group).sort((a, b) => (b.summary.when ?? '').localeCompare(a.summary.when ?? '')),
  })).filter((g) => g.items.length > 0);
}

/** What an audit action means, for "Who saw my data". */
export function describeAction(action: string): string {
  const known: Record<string, string> = {
    'record.read': 'Opened a record',
    'record.search': 'Looked through records',
    'record.create': 'Added a record',
    'record.update': 'Changed a record',
    'record.export': 'Downloaded all records',
    'amendment.request': 'Asked for a correction',
    'amendment.decide': 'Decided a correction request',
    'amendment.list': 'Read the correction requests',
    'patient.read_access_log': 'Read this access list',
    'patient.read_disclosures': 'Read the list of disclosures',
    'patient.break_glass': 'Opened emergency access',
    'patient.deletion_status': 'Checked whether the record can be deleted',
    'patient.request_deletion': 'Asked for deletion',
    'patient.deletion': 'Deleted the account and records',
    'legal_hold.place': 'Placed a legal hold',
    'legal_hold.release': 'Lifted a legal hold',
    'legal_hold.list': 'Read the legal holds',
    'user.registered': 'Created the account',
    'user.looked_up': 'Looked up your account by its e-mail address (account help)',
    'auth.email_verified': 'Confirmed the e-mail address',
    'disclosure.ai_provider': 'Shared with an AI service',
    'disclosure.third_party': 'Shared with another organization',
    'third_party.disclose': 'Tried to share with another organization (refused)',
    'consent.check': 'Checked your permission to share',
    'consent.read': 'Read your permissions to share',
    'consent.grant': 'Gave a permission to share',
    'consent.revoke': 'Withdrew a permission to share',
    'consent.decide': 'Answered a request to share',
    'consent.export': 'Downloaded the permissions to share',
    'consent.read_receipt': 'Opened a permission receipt',
    'audit_review.opened': 'Opened a compliance review of the record',
    'patient.open_audit_review': 'Opened a compliance review of the record',
    'ai.request': 'Asked an AI service about the record',
    'ai_request.read': 'Read an AI answer about the record',
    'access_token.used': 'Used an app access token',
    'access_token.issued': 'Gave an app access',
    'access_token.revoked': 'Took back an app access',
  };
  return known[action] ?? action;
}

export const ROLE_LABEL: Record<string, string> = { patient: 'Patient', clinician: 'Clinician', compliance_officer: 'Compliance officer', admin: 'Administrator', system: 'Custos' };

/** One row of the access table: consecutive entries of the same person, action, purpose and result within a minute, counted. */
export interface TAccessRow<E> {
  first: E;
  count: number;
}

/**
 * Opening a chart reads each kind of record once, so one look is several entries: they are shown
 * as one row with a count. Entries must come newest first.
 *
 * @example
 *   collapseAccess(entries, (e) => `${e.actorId}|${e.action}`).map((r) => r.count);
 */
export function collapseAccess<E extends { at: string }>(entries: readonly E[], key: (e: E) => string): Array<TAccessRow<E>> {
  const rows: Array<TAccessRow<E> & { last: E }> = [];
  for (const e of entries) {
    const row = rows[rows.length - 1];
    if (row && key(row.last) === key(e) && Math.abs(Date.parse(row.last.at) - Date.parse(e.at)) <= 60_000) {
      row.count++;
      row.last = e;
    } else {
      rows.push({ first: e, last: e, count: 1 });
    }
  }
  return rows.map(({ first, count }) => ({ first, count }));
}

/** A date-only FHIR value ("2024-05-01") as a date; an instant as date and time. */
export function formatRecordDate(value: string, formatWhen: (iso: string) => string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }
  return formatWhen(value);
}
