import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TFhirResource } from '../records/records.types';
import { recordCategory, renderRecord, selectForTask, trimRecord, typesForTask } from './disclosure';

const obs = (id: string, category: string, extra: Record<string, unknown> = {}) =>
  ({ resourceType: 'Observation', id, status: 'final', category: [{ coding: [{ code: category }] }], code: { text: 'Potassium' }, valueQuantity: { value: 5.9, unit: 'mmol/L' }, ...extra }) as unknown as TFhirResource;
const condition = { resourceType: 'Condition', id: 'c1', code: { text: 'Type 2 diabetes' } } as unknown as TFhirResource;

describe('disclosure', () => {
  it('reads only the record types each task needs', () => {
    assert.deepEqual(typesForTask('explain_lab_results'), ['Observation', 'DiagnosticReport']);
    assert.deepEqual(typesForTask('question', 'Which medications am I taking?'), ['MedicationStatement', 'MedicationRequest']);
    assert.deepEqual(typesForTask('question', 'Am I allergic to penicillin?'), ['AllergyIntolerance']);
    assert.ok(typesForTask('question', 'How am I doing?').includes('Condition'), 'no topic: the summary set');
    assert.ok(!typesForTask('summarize').includes('DocumentReference'), 'notes are not in a summary');
    assert.ok(!typesForTask('summarize').includes('Coverage'));
  });

  it('keeps lab results, not vital signs, for explain_lab_results; record ids narrow further', () => {
    const records = [obs('l1', 'laboratory'), obs('v1', 'vital-signs'), condition];
    assert.deepEqual(selectForTask('explain_lab_results', records).map((r) => r.id), ['l1']);
    assert.deepEqual(selectForTask('summarize', records).map((r) => r.id), ['l1', 'c1']);
    assert.deepEqual(selectForTask('summarize', records, ['c1']).map((r) => r.id), ['c1']);
    assert.equal(recordCategory(obs('v1', 'vital-signs')), 'vital_signs');
    assert.equal(recordCategory(obs('h1', 'laboratory', { meta: { tag: [{ system: 'https://custos.dev/fhir/record-category', code: 'healthcare_adjacent' }] } })), 'healthcare_adjacent');
  });

  it('trims links to people and records, identifiers and bookkeeping', () => {
    const trimmed = trimRecord(obs('l1', 'laboratory', { subject: { reference: 'Patient/p1' }, identifier: [{ value: 'X1' }], meta: { versionId: '1' }, performer: [{ display: 'Dr. Roe' }], text: { div: '<div>…</div>' } }));
    for (const key of ['id', 'subject', 'identifier', 'meta', 'performer', 'text']) assert.ok(!(key in trimmed), key);
    assert.ok('valueQuantity' in trimmed && 'code' in trimmed);
  });

  it('writes an Observation as one readable line', () => {
    const line = renderRecord(trimRecord(obs('l1', 'laboratory', { interpretation: [{ coding: [{ code: 'H', display: 'High' }] }], referenceRange: [{ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.1, unit: 'mmol/L' } }] })), 3);
    assert.equal(line.split('\n')[0], 'Record 3 (Observation)');
    assert.equal(line.split('\n')[1], '  Potassium: 5.9 mmol/L (High); reference range 3.5 mmol/L–5.1 mmol/L');
  });
});
