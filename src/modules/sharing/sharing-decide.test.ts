// The sharing decisions, table-driven: who may disclose on which basis, minimum necessary by
// purpose, which records and fields go out, and the words the accounting shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceType } from '../access/access.types';
import { CATEGORY_TAG_SYSTEM, type TFhirResource } from '../records/records.types';
import { DATA_CATEGORIES } from '../consent/consent.contract';
import { decideBasis, disclosureBundle, meaningfulReason, planDisclosure, readPurposeFor, recipientLabelOf, selectForDisclosure } from './sharing-decide';
import { LEGAL_BASES, type TLegalBasis } from './sharing.types';

const REASON = 'Subpoena duces tecum served on the records office today';
const base = { authKind: 'session' as const, purpose: 'patient_request' as const, recipient: { archived: false } };

describe('decideBasis', () => {
  it('lets a clinician disclose under the patient\'s authorization, read under treatment', () => {
    assert.deepEqual(decideBasis({ ...base, role: 'clinician', legalBasis: 'authorization' }), { effect: 'allow', readPurpose: 'treatment' });
  });

  it('lets only a compliance officer disclose on a 164.512 basis, with a written reason, read under audit review', () => {
    for (const legalBasis of LEGAL_BASES.filter((b): b is Exclude<TLegalBasis, 'authorization'> => b !== 'authorization')) {
      assert.deepEqual(decideBasis({ ...base, role: 'compliance_officer', legalBasis, reason: REASON }), { effect: 'allow', readPurpose: 'audit_review' }, legalBasis);
      assert.deepEqual(decideBasis({ ...base, role: 'clinician', legalBasis, reason: REASON }), { effect: 'deny', reasons: ['sharing.basis_compliance_only'] }, legalBasis);
      assert.deepEqual(decideBasis({ ...base, role: 'compliance_officer', legalBasis }), { effect: 'deny', reasons: ['sharing.reason_required'] }, legalBasis);
    }
  });

  it('refuses patients, admins, tokens, a compliance officer under authorization, unknown and archived recipients', () => {
    const cases: Array<[Parameters<typeof decideBasis>[0], string[]]> = [
      [{ ...base, role: 'patient', legalBasis: 'authorization' }, ['sharing.role_not_permitted']],
      [{ ...base, role: 'admin', legalBasis: 'required_by_law', reason: REASON }, ['sharing.role_not_permitted']],
      [{ ...base, authKind: 'token', role: 'clinician', legalBasis: 'authorization' }, ['sharing.person_required']],
      [{ ...base, role: 'compliance_officer', legalBasis: 'authorization' }, ['sharing.authorization_by_clinician']],
      [{ ...base, role: 'clinician', legalBasis: 'authorization', recipient: null }, ['sharing.recipient_unknown']],
      [{ ...base, role: 'clinician', legalBasis: 'authorization', recipient: { archived: true } }, ['sharing.recipient_archived']],
      [{ ...base, role: 'clinician', legalBasis: 'law_enforcement', recipient: { archived: true } }, ['sharing.basis_compliance_only', 'sharing.reason_required', 'sharing.recipient_archived']],
    ];
    for (const [input, reasons] of cases) assert.deepEqual(decideBasis(input), { effect: 'deny', reasons }, JSON.stringify(input));
  });

  it('wants a reason a reviewer can act on', () => {
    assert.equal(meaningfulReason(REASON), true);
    for (const weak of [undefined, '', 'court order', 'aaaaaaaaaaaaaaaaaaaaaaaaa', 'Subpoenaducestecumservedtoday', 'a a a a a a a a a a a a a']) assert.equal(meaningfulReason(weak), false, String(weak));
  });

  it('reads for the stated purpose when it is a clinician\'s own, else under treatment', () => {
    assert.equal(readPurposeFor('authorization', 'payment'), 'payment');
    assert.equal(readPurposeFor('authorization', 'operations'), 'operations');
    assert.equal(readPurposeFor('authorization', 'research'), 'treatment');
    assert.equal(readPurposeFor('public_health', 'treatment'), 'audit_review');
  });
});

describe('planDisclosure (minimum necessary)', () => {
  it('leaves notes and clinical data out of a payment disclosure', () => {
    assert.deepEqual(planDisclosure('payment', ['billing', 'clinical_notes', 'lab_results']), { kept: ['billing'], omitted: ['clinical_notes', 'lab_results'], resourceTypes: ['Coverage', 'Claim', 'ExplanationOfBenefit'] });
  });

  it('keeps problems and procedures for operations, not notes or results', () => {
    const plan = planDisclosure('operations', ['conditions', 'procedures', 'clinical_notes', 'lab_results', 'demographics']);
    assert.deepEqual(plan.kept, ['conditions', 'demographics', 'procedures']);
    assert.deepEqual(plan.omitted, ['clinical_notes', 'lab_results']);
    assert.ok(!plan.resourceTypes.includes('DocumentReference') && !plan.resourceTypes.includes('Observation'));
  });

  it('keeps every chosen category for treatment, research and the patient\'s request', () => {
    for (const purpose of ['treatment', 'research', 'patient_request'] as const) {
      const plan = planDisclosure(purpose, [...DATA_CATEGORIES]);
      assert.deepEqual(plan.kept, [...DATA_CATEGORIES].sort(), purpose);
      assert.deepEqual(plan.omitted, []);
    }
    assert.deepEqual(planDisclosure('research', ['vital_signs']).resourceTypes, ['Observation']);
  });
});

/** A stored resource as the door hands it back (id and meta filled in). */
function stored(resource: { resourceType: ResourceType; id: string } & Record<string, unknown>, tag?: string): TFhirResource {
  return { ...resource, meta: { versionId: '1', lastUpdated: '2026-03-01T10:00:00.000Z', ...(tag ? { tag: [{ system: CATEGORY_TAG_SYSTEM, code: tag }] } : {}) } };
}

describe('selectForDisclosure', () => {
  const lab = stored({ resourceType: 'Observation', id: 'o1', category: [{ coding: [{ code: 'laboratory' }] }], code: { text: 'HbA1c' } });
  const vital = stored({ resourceType: 'Observation', id: 'o2', category: [{ coding: [{ code: 'vital-signs' }] }], code: { text: 'Pulse' } });
  const steps = stored({ resourceType: 'Observation', id: 'o3', code: { text: 'Steps' } }, 'healthcare_adjacent');
  const note = stored({ resourceType: 'DocumentReference', id: 'd1', description: 'Visit note' });
  const coverage = stored({ resourceType: 'Coverage', id: 'c1', status: 'active', subscriberId: 'M-1', text: { div: 'narrative' }, payor: [{ display: 'Plan' }] });

  it('keeps only records of the kept categories: a lab result is not a vital sign, wearable data is its own', () => {
    const plan = planDisclosure('research', ['lab_results']);
    assert.deepEqual(selectForDisclosure([lab, vital, steps, note], plan, 'research').map((r) => r.id), ['o1']);
    assert.deepEqual(selectForDisclosure([lab, vital, steps], planDisclosure('research', ['healthcare_adjacent']), 'research').map((r) => r.id), ['o3']);
  });

  it('trims fields for payment (no narrative) and keeps whole resources otherwise', () => {
    const [trimmed] = selectForDisclosure([coverage, note], planDisclosure('payment', ['billing', 'clinical_notes']), 'payment');
    assert.equal(trimmed?.id, 'c1');
    assert.equal((trimmed as Record<string, unknown>).text, undefined);
    assert.equal((trimmed as Record<string, unknown>).subscriberId, 'M-1');
    assert.deepEqual(selectForDisclosure([coverage], planDisclosure('patient_request', ['billing']), 'patient_request'), [coverage]);
  });
});

describe('labels and bundle', () => {
  it('names the recipient by registry name and kind', () => {
    assert.equal(recipientLabelOf({ name: 'County Health Department', kind: 'public_health' }), 'County Health Department (a public health authority)');
  });

  it('builds a FHIR collection bundle', () => {
    const condition = stored({ resourceType: 'Condition', id: 'x1' });
    const bundle = disclosureBundle([condition], new Date('2026-03-02T09:00:00Z'));
    assert.deepEqual(bundle, { resourceType: 'Bundle', type: 'collection', timestamp: '2026-03-02T09:00:00.000Z', total: 1, entry: [{ fullUrl: 'urn:uuid:x1', resource: condition }] });
  });
});
