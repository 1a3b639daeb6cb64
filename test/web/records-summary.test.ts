// The pure helpers of the records pages: readable one-line summaries, grouping (wearable data
// apart, labelled), the access-table collapsing and date-only formatting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseAccess, formatRecordDate, groupRecords, summarize, type TFhir } from '../../web/src/pages/records/record-summary';

const r = (x: Record<string, unknown>): TFhir => ({ id: String(Math.random()), ...x }) as TFhir;

describe('record summaries', () => {
  it('labs show value and unit; vitals go apart; components are listed', () => {
    assert.deepEqual(summarize(r({ resourceType: 'Observation', code: { coding: [{ display: 'Glucose' }] }, valueQuantity: { value: 104, unit: 'mg/dL' } })), { group: 'labs', title: 'Glucose', detail: '104 mg/dL', when: null });
    const bp = summarize(r({ resourceType: 'Observation', category: [{ coding: [{ code: 'vital-signs' }] }], code: { text: 'BP' }, component: [{ code: { text: 'Systolic' }, valueQuantity: { value: 120, unit: 'mmHg' } }] }));
    assert.equal(bp.group, 'vitals');
    assert.equal(bp.detail, 'Systolic 120 mmHg');
  });

  it('conditions, medications and documents read as people say them', () => {
    assert.equal(summarize(r({ resourceType: 'Condition', code: { text: 'Asthma' }, clinicalStatus: { coding: [{ code: 'active' }] } })).detail, 'Status: active');
    assert.equal(summarize(r({ resourceType: 'MedicationRequest', status: 'active', medicationCodeableConcept: { text: 'Salbutamol' }, dosageInstruction: [{ text: 'as needed' }] })).detail, 'active · as needed');
    assert.equal(summarize(r({ resourceType: 'DocumentReference', description: 'Lab report' })).title, 'Lab report');
    const order = r({ resourceType: 'MedicationRequest', status: 'active', contained: [{ resourceType: 'Medication', id: 'medication-1', code: { text: 'cefazolin 2000 MG Injection' } }], medicationReference: { reference: '#medication-1' } });
    assert.equal(summarize(order).title, 'cefazolin 2000 MG Injection', 'an imported order names its drug through a contained Medication');
    assert.equal(summarize(r({ resourceType: 'MedicationRequest', medicationReference: { reference: '#missing' }, contained: [] })).title, 'Medication');
  });

  it('imaging, devices, supplies and care teams from Synthea land in readable groups', () => {
    const imaging = summarize(r({ resourceType: 'ImagingStudy', status: 'available', procedureCode: [{ text: 'Plain chest X-ray' }], started: '2020-02-03T10:00:00Z' }));
    assert.deepEqual([imaging.group, imaging.title, imaging.when], ['procedures', 'Plain chest X-ray', '2020-02-03T10:00:00Z']);
    assert.deepEqual([summarize(r({ resourceType: 'Device', type: { text: 'Cardiac pacemaker' } })).group, summarize(r({ resourceType: 'Device', type: { text: 'Cardiac pacemaker' } })).title], ['procedures', 'Cardiac pacemaker']);
    assert.equal(summarize(r({ resourceType: 'SupplyDelivery', suppliedItem: { itemCodeableConcept: { text: 'Glucose strips' } } })).group, 'medications');
    assert.equal(summarize(r({ resourceType: 'MedicationAdministration', medicationCodeableConcept: { text: 'Heparin' }, effectivePeriod: { start: '2020-01-01' } })).when, '2020-01-01');
    assert.equal(summarize(r({ resourceType: 'CareTeam', status: 'active' })).title, 'Care team');
  });

  it('healthcare-adjacent data is its own group whatever its type; the Patient is not listed; empty groups are left out', () => {
    const steps = r({ resourceType: 'Observation', meta: { tag: [{ system: 'https://custos.dev/fhir/record-category', code: 'healthcare_adjacent' }] }, code: { text: 'Steps' }, valueQuantity: { value: 9000 } });
    const groups = groupRecords([steps, r({ resourceType: 'Patient' }), r({ resourceType: 'Condition', code: { text: 'Asthma' } })]);
    assert.deepEqual(groups.map((g) => [g.group, g.items.length]), [['conditions', 1], ['adjacent', 1]]);
    assert.match(groups[1]!.label, /wearables/);
  });
});

describe('collapseAccess', () => {
  it('counts consecutive same-key entries within a minute, and no others', () => {
    const e = (at: string, k: string) => ({ at, k });
    const rows = collapseAccess([e('2026-01-01T10:00:50Z', 'a'), e('2026-01-01T10:00:10Z', 'a'), e('2026-01-01T09:58:00Z', 'a'), e('2026-01-01T09:57:59Z', 'b')], (x) => x.k);
    assert.deepEqual(rows.map((x) => [x.first.at, x.count]), [['2026-01-01T10:00:50Z', 2], ['2026-01-01T09:58:00Z', 1], ['2026-01-01T09:57:59Z', 1]]);
  });
});

describe('formatRecordDate', () => {
  it('keeps a date-only value a date (no midnight time, no time-zone shift)', () => {
    const out = formatRecordDate('2024-05-01', () => 'instant');
    assert.match(out, /2024/);
    assert.notEqual(out, 'instant');
    assert.equal(formatRecordDate('2024-05-01T10:00:00Z', () => 'instant'), 'instant');
  });
});
