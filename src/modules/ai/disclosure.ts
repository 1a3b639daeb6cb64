// What a gateway request discloses: which records each task needs (minimum necessary), how each
// record is trimmed, its data category, and how records are written out for a model. Pure.
import type { ResourceType } from '../access/access.types';
import { dataCategoryOf, type DataCategory } from '../consent/consent.contract';
import { CATEGORY_TAG_SYSTEM, type TFhirResource } from '../records/records.types';
import type { TAiTask } from './ai.types';

/** PHI-free descriptions of each task: shown to the patient and written to the audit log. */
export const TASK_DESCRIPTIONS: Record<TAiTask, string> = {
  explain_lab_results: 'Explain these lab results in plain language',
  summarize: 'Summarize the health record (problems, medications, allergies, recent lab results)',
  question: 'Answer a question about the health record',
};

const SUMMARY_TYPES: readonly ResourceType[] = ['Condition', 'MedicationStatement', 'MedicationRequest', 'AllergyIntolerance', 'Observation'];
/** The most recent lab results a summary includes. */
export const SUMMARY_LAB_LIMIT = 20;

/** Question topics: a question about one of these reaches only the matching record types. */
const QUESTION_TOPICS: ReadonlyArray<{ pattern: RegExp; types: readonly ResourceType[] }> = [
  { pattern: /\b(?:lab|labs|test|tests|result|results|blood|level|levels|a1c|hba1c|glucose|cholesterol|ldl|hdl|creatinine|egfr|hemoglobin|potassium|sodium|tsh|panel|count)\b/i, types: ['Observation', 'DiagnosticReport'] },
  { pattern: /\b(?:medication|medications|medicine|medicines|drug|drugs|pill|pills|dose|doses|prescription|prescriptions|taking)\b/i, types: ['MedicationStatement', 'MedicationRequest'] },
  { pattern: /\b(?:allerg\w*|reaction|reactions)\b/i, types: ['AllergyIntolerance'] },
  { pattern: /\b(?:diagnos\w*|condition|conditions|problem|problems|disease|illness)\b/i, types: ['Condition'] },
  { pattern: /\b(?:vaccin\w*|immuni[sz]\w*|shot|shots)\b/i, types: ['Immunization'] },
  { pattern: /\b(?:procedure|procedures|surgery|operation)\b/i, types: ['Procedure'] },
  { pattern: /\b(?:visit|visits|appointment|appointments|admission|stay)\b/i, types: ['Encounter'] },
  { pattern: /\b(?:blood pressure|pulse|heart rate|weight|vital|vitals|temperature)\b/i, types: ['Observation'] },
];

/**
 * The record types a task reads. A question reaches the types its words name, and the summary set
 * when it names none.
 *
 * @example
 *   typesForTask('question', 'Is my cholesterol too high?'); // ['Observation', 'DiagnosticReport']
 */
export function typesForTask(task: TAiTask, question?: string): ResourceType[] {
  if (task === 'explain_lab_results') return ['Observation', 'DiagnosticReport'];
  if (task === 'summarize' || !question) return [...SUMMARY_TYPES];
  const types = new Set<ResourceType>();
  for (const topic of QUESTION_TOPICS) if (topic.pattern.test(question)) for (const t of topic.types) types.add(t);
  return types.size > 0 ? [...types] : [...SUMMARY_TYPES];
}

export function recordCategory(resource: TFhirResource): DataCategory {
  const tags = (resource.meta as { tag?: Array<{ system?: string; code?: string }> } | undefined)?.tag;
  const adjacent = Array.isArray(tags) && tags.some((t) => t?.system === CATEGORY_TAG_SYSTEM && t?.code === 'healthcare_adjacent');
  return dataCategoryOf(resource.resourceType as ResourceType, adjacent ? 'healthcare_adjacent' : 'clinical', resource as { category?: unknown });
}

/**
 * Keeps the records a task needs: lab results for explain_lab_results; for a summary, every
 * problem, medication and allergy and the most recent lab results (vital signs and other
 * observations are left out). `recordIds`, when given, narrows further.
 */
export function selectForTask(task: TAiTask, records: readonly TFhirResource[], recordIds?: readonly string[]): TFhirResource[] {
  let chosen = recordIds ? records.filter((r) => recordIds.includes(r.id)) : [...records];
  if (task === 'explain_lab_results') return chosen.filter((r) => recordCategory(r) === 'lab_results');
  if (task === 'summarize' && !recordIds) {
    const labs = chosen.filter((r) => r.resourceType === 'Observation' && recordCategory(r) === 'lab_results').slice(0, SUMMARY_LAB_LIMIT);
    chosen = chosen.filter((r) => r.resourceType !== 'Observation' || labs.includes(r));
  }
  return chosen;
}

// Fields a model never needs: links to people and other records, identifiers, the server's
// bookkeeping and the generated narrative (which repeats the structured fields).
const TRIMMED_FIELDS = new Set(['id', 'meta', 'text', 'identifier', 'subject', 'patient', 'beneficiary', 'encounter', 'performer', 'recorder', 'asserter', 'requester', 'author', 'informationSource', 'basedOn', 'partOf', 'specimen', 'device', 'contained', 'extension', 'modifierExtension', 'hasMember', 'derivedFrom', 'result', 'insurance', 'photo', 'contact', 'link', 'generalPractitioner', 'managingOrganization']);

/** A copy of the record with only the fields a model needs (field-level minimum necessary). */
export function trimRecord(resource: TFhirResource): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) if (!TRIMMED_FIELDS.has(key)) out[key] = value;
  return out;
}

/**
 * One record as plain lines for a model: an Observation as "name: value unit (flag)", other
 * fields as "field: value", codes by their text or display.
 *
 * @example
 *   renderRecord({ resourceType: 'Observation', code: { text: 'HbA1c' }, valueQuantity: { value: 8.2, unit: '%' } }, 1);
 *   // 'Record 1 (Observation)\n  HbA1c: 8.2 %'
 */
export function renderRecord(resource: Record<string, unknown>, index: number): string {
  const lines = [`Record ${index} (${String(resource.resourceType)})`];
  const rest = { ...resource };
  delete rest.resourceType;
  if (resource.resourceType === 'Observation') {
    const name = renderValue(resource.code) || 'Result';
    const valueKey = Object.keys(resource).find((k) => k.startsWith('value'));
    const value = valueKey ? renderValue(resource[valueKey]) : '';
    const flag = renderValue(resource.interpretation);
    const range = renderValue(resource.referenceRange);
    lines.push(`  ${name}: ${value}${flag ? ` (${flag})` : ''}${range ? `; reference range ${range}` : ''}`);
    for (const k of ['code', 'interpretation', 'referenceRange', ...(valueKey ? [valueKey] : [])]) delete rest[k];
  }
  for (const [key, value] of Object.entries(rest)) {
    const text = renderValue(value);
    if (text) lines.push(`  ${key}: ${text}`);
  }
  return lines.join('\n');
}

function renderValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(renderValue).filter(Boolean).join('; ');
  if (typeof value !== 'object') return '';
  const o = value as Record<string, unknown>;
  if (typeof o.value === 'number' || typeof o.value === 'string') {
    const unit = typeof o.unit === 'string' ? o.unit : typeof o.code === 'string' ? o.code : '';
    return `${typeof o.comparator === 'string' ? o.comparator : ''}${o.value}${unit ? ` ${unit}` : ''}`;
  }
  if (o.low !== undefined || o.high !== undefined) return `${renderValue(o.low)}–${renderValue(o.high)}`.replace(/^–|–$/g, '');
  if (typeof o.text === 'string') return o.text;
  if (Array.isArray(o.coding)) return o.coding.map((c: { display?: unknown; code?: unknown }) => String(c?.display ?? c?.code ?? '')).filter(Boolean).join(', ');
  return Object.entries(o)
    .map(([k, v]) => [k, renderValue(v)] as const)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
