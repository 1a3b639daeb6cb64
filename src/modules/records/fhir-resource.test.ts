// Pure rules of the records door: FHIR input checks, patient references, categories, and which
// identifiers get blind indexes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { isAppError } from '../../core/errors';
import { RESOURCE_TYPES } from '../access/access.types';
import { extractIdentifiers, PATIENT_REFERENCE_FIELD, prepareResource } from './fhir-resource';
import { CATEGORY_TAG_SYSTEM } from './records.types';

const patientId = faker.string.uuid();
const target = (resourceType: (typeof RESOURCE_TYPES)[number] = 'Observation') => ({ resourceType, patientId, id: faker.string.uuid(), versionId: 3, lastUpdated: new Date('2026-03-02T09:00:00Z') });
const rejects = (fn: () => unknown, code = 'validation_failed') =>
  assert.throws(fn, (e: unknown) => isAppError(e) && e.code === code);

describe('prepareResource', () => {
  it('fills in the patient reference, id and meta, and keeps extra FHIR fields', () => {
    const t = target();
    const { resource, category } = prepareResource({ resourceType: 'Observation', id: 'client', status: 'final', valueQuantity: { value: 1 } }, t);
    assert.equal(resource.id, t.id);
    assert.deepEqual(resource.subject, { reference: `Patient/${patientId}` });
    assert.deepEqual(resource.meta, { versionId: '3', lastUpdated: '2026-03-02T09:00:00.000Z' });
    assert.deepEqual(resource.valueQuantity, { value: 1 });
    assert.equal(category, 'clinical');
  });

  it('uses the right reference field for every type but Patient', () => {
    for (const type of RESOURCE_TYPES) {
      if (type === 'Patient') continue;
      const field = PATIENT_REFERENCE_FIELD[type];
      assert.deepEqual(prepareResource({ resourceType: type }, target(type)).resource[field], { reference: `Patient/${patientId}` }, type);
      rejects(() => prepareResource({ resourceType: type, [field]: { reference: `Patient/${faker.string.uuid()}` } }, target(type)));
    }
  });

  it('rejects another patient, a malformed reference, a type mismatch, unknown types and non-objects', () => {
    rejects(() => prepareResource({ resourceType: 'Observation', subject: { reference: `Patient/${faker.string.uuid()}` } }, target()));
    rejects(() => prepareResource({ resourceType: 'Observation', subject: `Patient/${patientId}` }, target()));
    rejects(() => prepareResource({ resourceType: 'Observation', subject: [{ reference: `Patient/${patientId}` }] }, target()));
    rejects(() => prepareResource({ resourceType: 'Observation', subject: { reference: `Patient/${patientId}/_history/1` } }, target()));
    rejects(() => prepareResource({ resourceType: 'Condition' }, target()));
    rejects(() => prepareResource({ resourceType: 'Spaceship' }, target()));
    rejects(() => prepareResource(null, target()));
    rejects(() => prepareResource([], target()));
    rejects(() => prepareResource({ resourceType: 'Observation', id: 'has spaces' }, target()));
  });

  it('does not quote input values in its error', () => {
    const name = faker.person.fullName();
    try {
      prepareResource({ resourceType: name }, target());
      assert.fail('should throw');
    } catch (error) {
      assert.ok(isAppError(error));
      assert.ok(!error.message.includes(name) && !JSON.stringify(error.details).includes(name));
    }
  });

  it('marks healthcare-adjacent data by its tag only', () => {
    const tagged = { resourceType: 'Observation', meta: { tag: [{ system: CATEGORY_TAG_SYSTEM, code: 'healthcare_adjacent' }] } };
    assert.equal(prepareResource(tagged, target()).category, 'healthcare_adjacent');
    const otherSystem = { resourceType: 'Observation', meta: { tag: [{ system: 'http://example.test', code: 'healthcare_adjacent' }] } };
    assert.equal(prepareResource(otherSystem, target()).category, 'clinical');
  });
});

describe('extractIdentifiers', () => {
  it("finds a Patient's SSN, MRN and e-mail, and a Coverage's member ids", () => {
    const patient = {
      resourceType: 'Patient',
      identifier: [
        { system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-12-3456' },
        { type: { coding: [{ code: 'MR' }] }, value: 'MRN-1' },
        { type: { coding: [{ code: 'XX' }] }, value: 'ignored' },
        { type: { coding: [{ code: 'MR' }] }, value: 'MRN-1' },
      ],
      telecom: [{ system: 'phone', value: '555' }, { system: 'email', value: 'a@example.test' }],
    };
    assert.deepEqual(extractIdentifiers(patient), [
      { kind: 'ssn', value: '999-12-3456' },
      { kind: 'mrn', value: 'MRN-1' },
      { kind: 'email', value: 'a@example.test' },
    ]);
    const coverage = { resourceType: 'Coverage', subscriberId: 'SUB-9', identifier: [{ type: { coding: [{ code: 'MB' }] }, value: 'MB-7' }, { system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-12-3456' }] };
    assert.deepEqual(extractIdentifiers(coverage), [{ kind: 'member_id', value: 'MB-7' }, { kind: 'member_id', value: 'SUB-9' }]);
  });

  it('indexes nothing from other types or malformed shapes', () => {
    assert.deepEqual(extractIdentifiers({ resourceType: 'Observation', identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: '1' }] }), []);
    assert.deepEqual(extractIdentifiers({ resourceType: 'Patient', identifier: 'x', telecom: [null, 3, { system: 'email', value: '  ' }] }), []);
  });
});
