import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { PURPOSES, RESOURCE_TYPES } from '../access/access.types';
import { PURPOSE_RESOURCE_TYPES } from '../access/access-rules';
import { fieldSetFor, minimumNecessaryView, seesWholeResource } from './minimum-necessary';

faker.seed(4711);

function syntheticPatient() {
  return {
    resourceType: 'Patient' as const,
    id: faker.string.uuid(),
    meta: { versionId: '3', lastUpdated: '2026-01-02T03:04:05.000Z', source: 'urn:import', tag: [{ system: 's', code: 'c' }] },
    identifier: [{ type: { coding: [{ code: 'SS' }] }, value: faker.string.numeric(9) }],
    name: [{ family: faker.person.lastName(), given: [faker.person.firstName()] }],
    telecom: [{ system: 'phone', value: faker.phone.number() }],
    gender: 'female',
    birthDate: '1961-07-14',
    address: [{ line: [faker.location.streetAddress()], city: faker.location.city(), state: 'MA', postalCode: '02134', country: 'US' }],
    text: { status: 'generated', div: `<div>${faker.person.fullName()}</div>` },
  };
}

describe('minimum necessary inside a resource', () => {
  it('gives treatment, the patient and audit review the whole resource', () => {
    const patient = syntheticPatient();
    for (const purpose of ['treatment', 'patient_request', 'audit_review'] as const) {
      assert.equal(minimumNecessaryView(patient, purpose), patient, purpose);
      assert.equal(seesWholeResource(purpose, 'Patient'), true);
    }
  });

  it('shows operations a Patient without name, identifiers, contact details, street, city or narrative', () => {
    const patient = syntheticPatient();
    const view = minimumNecessaryView(patient, 'operations') as Record<string, unknown>;
    assert.deepEqual(Object.keys(view).sort(), ['address', 'birthDate', 'gender', 'id', 'meta', 'resourceType']);
    assert.deepEqual(view.address, [{ state: 'MA', country: 'US', postalCode: '021' }]);
    assert.deepEqual(view.meta, { versionId: '3', lastUpdated: '2026-01-02T03:04:05.000Z', tag: [{ system: 's', code: 'c' }] });
    const text = JSON.stringify(view);
    for (const secret of [patient.name[0]!.family, patient.telecom[0]!.value, patient.identifier[0]!.value, patient.address[0]!.line[0]!, patient.address[0]!.city]) {
      assert.ok(!text.includes(secret), 'a trimmed field leaked');
    }
    assert.equal(seesWholeResource('operations', 'Patient'), false);
  });

  it('turns a restricted ZIP3 area into 000', () => {
    const patient = { ...syntheticPatient(), address: [{ state: 'NH', postalCode: '03601' }] };
    assert.deepEqual((minimumNecessaryView(patient, 'operations') as { address: unknown }).address, [{ state: 'NH', postalCode: '000' }]);
  });

  it('drops free-text notes from what payment and operations see', () => {
    const claim = { resourceType: 'Claim' as const, id: 'c1', meta: { versionId: '1', lastUpdated: 'x' }, status: 'active', total: { value: 120 }, text: { div: 'narrative' }, supportingInfo: [{ valueString: 'free text' }] };
    const condition = { resourceType: 'Condition' as const, id: 'd1', meta: { versionId: '1', lastUpdated: 'x' }, code: { text: 'Asthma' }, note: [{ text: 'lives with her sister' }] };
    assert.deepEqual(minimumNecessaryView(claim, 'payment'), { resourceType: 'Claim', id: 'c1', meta: { versionId: '1', lastUpdated: 'x' }, status: 'active', total: { value: 120 } });
    assert.deepEqual(minimumNecessaryView(condition, 'operations'), { resourceType: 'Condition', id: 'd1', meta: { versionId: '1', lastUpdated: 'x' }, code: { text: 'Asthma' } });
  });

  it('never gives a trimmed purpose notes, narrative or contact fields of any type it reaches', () => {
    for (const purpose of PURPOSES) {
      for (const type of PURPOSE_RESOURCE_TYPES[purpose]) {
        const fields = fieldSetFor(purpose, type);
        if (fields === 'all') continue;
        for (const forbidden of ['text', 'note', 'name', 'telecom', 'contact', 'photo', 'supportingInfo', 'content', 'presentedForm']) {
          assert.ok(!fields.includes(forbidden), `${purpose} ${type} keeps ${forbidden}`);
        }
      }
    }
  });

  it('keeps the fields every view needs, for every purpose and type', () => {
    for (const purpose of PURPOSES) {
      for (const type of RESOURCE_TYPES) {
        const view = minimumNecessaryView({ resourceType: type, id: 'i', meta: { versionId: '1', lastUpdated: 'x' }, status: 'final' }, purpose);
        assert.deepEqual(view, { resourceType: type, id: 'i', meta: { versionId: '1', lastUpdated: 'x' }, status: 'final' }, `${purpose} ${type}`);
      }
    }
  });
});
