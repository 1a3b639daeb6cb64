// decide() on patient records: who reads and writes which records, under which purpose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { RESOURCE_TYPES, type Action, type Actor, type DecisionFlag, type Resource } from './access.types';
import { decide } from './policy';
import { buildWorld, clinician, grant, HOUR, NOW, patientActor, record, staff } from './test-fixtures';

interface Case {
  name: string;
  actor: Actor;
  action: Action;
  resource: Resource;
  now?: Date;
  effect: 'allow' | 'deny';
  code: string;
  flags?: DecisionFlag[];
  grantId?: string;
}

faker.seed(164);
const w = buildWorld();
const doc = clinician(w);
const me = patientActor(w, w.p1);
const co = staff(w, 'compliance_officer');
const admin = staff(w, 'admin');
const bg = grant(doc, w.p2);
const review = grant(co, w.p2);

const cases: Case[] = [
  // Patients: their own records, through the patient's right of access.
  { name: 'patient reads own record', actor: me, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'allow', code: 'own_record' },
  { name: 'patient reads another patient', actor: me, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_own_record' },
  { name: 'patient reads own id in another organization', actor: me, action: 'record.read', resource: record(w.orgB, w.p1), effect: 'deny', code: 'organization_mismatch' },
  { name: 'patient uploads a lab result', actor: me, action: 'record.create', resource: record(w.orgA, w.p1, 'Observation'), effect: 'allow', code: 'patient_upload' },
  { name: 'patient uploads a document', actor: me, action: 'record.create', resource: record(w.orgA, w.p1, 'DocumentReference'), effect: 'allow', code: 'patient_upload' },
  { name: 'patient adds a diagnosis', actor: me, action: 'record.create', resource: record(w.orgA, w.p1, 'Condition'), effect: 'deny', code: 'patient_write_type' },
  { name: 'patient uploads into another chart', actor: me, action: 'record.create', resource: record(w.orgA, w.p2, 'Observation'), effect: 'deny', code: 'not_own_record' },
  { name: 'patient edits own record', actor: me, action: 'record.update', resource: record(w.orgA, w.p1), effect: 'deny', code: 'patient_cannot_update' },
  { name: 'patient requests an amendment', actor: me, action: 'record.request_amendment', resource: record(w.orgA, w.p1, 'Condition'), effect: 'allow', code: 'amendment_request' },
  { name: 'patient requests amendment of another chart', actor: me, action: 'record.request_amendment', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_own_record' },
  { name: 'patient claims treatment purpose', actor: { ...me, purpose: 'treatment' }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'purpose_not_permitted_for_role' },
  { name: 'patient account without a patient record', actor: { ...me, patientId: null }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'not_own_record' },
  { name: 'patient with break-glass grant to another patient', actor: { ...me, grants: [grant(me, w.p2)] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_own_record' },

  // Clinicians: care team for treatment; break-glass outside it.
  { name: 'clinician reads care-team patient', actor: doc, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'allow', code: 'care_team' },
  { name: 'clinician reads patient of second team', actor: doc, action: 'record.read', resource: record(w.orgA, w.p3), effect: 'allow', code: 'care_team' },
  { name: 'clinician writes a note for care-team patient', actor: doc, action: 'record.create', resource: record(w.orgA, w.p1, 'DocumentReference'), effect: 'allow', code: 'care_team' },
  { name: 'clinician updates care-team record', actor: doc, action: 'record.update', resource: record(w.orgA, w.p1, 'MedicationRequest'), effect: 'allow', code: 'care_team' },
  { name: 'clinician reads patient outside care team', actor: doc, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_on_care_team' },
  { name: 'clinician reads care-team patient id in another organization', actor: doc, action: 'record.read', resource: record(w.orgB, w.p1), effect: 'deny', code: 'organization_mismatch' },
  { name: 'clinician requests an amendment', actor: doc, action: 'record.request_amendment', resource: record(w.orgA, w.p1), effect: 'deny', code: 'action_not_permitted_for_role' },
  { name: 'clinician with active break-glass reads', actor: { ...doc, grants: [bg] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'allow', code: 'break_glass', flags: ['break_glass'], grantId: bg.id },
  { name: 'clinician with active break-glass documents care', actor: { ...doc, grants: [bg] }, action: 'record.create', resource: record(w.orgA, w.p2, 'DocumentReference'), effect: 'allow', code: 'break_glass', flags: ['break_glass'], grantId: bg.id },
  { name: 'break-glass one millisecond before expiry', actor: { ...doc, grants: [bg] }, action: 'record.read', resource: record(w.orgA, w.p2), now: new Date(bg.expiresAt.getTime() - 1), effect: 'allow', code: 'break_glass', flags: ['break_glass'], grantId: bg.id },
  { name: 'break-glass at expiry', actor: { ...doc, grants: [bg] }, action: 'record.read', resource: record(w.orgA, w.p2), now: bg.expiresAt, effect: 'deny', code: 'break_glass_expired' },
  { name: 'expired break-glass', actor: { ...doc, grants: [grant(doc, w.p2, { expiresAt: new Date(NOW.getTime() - 1) })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'break_glass_expired' },
  { name: 'revoked break-glass', actor: { ...doc, grants: [grant(doc, w.p2, { revokedAt: new Date(NOW.getTime() - HOUR) })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'break_glass_expired' },
  { name: 'break-glass granted in the future', actor: { ...doc, grants: [grant(doc, w.p2, { grantedAt: new Date(NOW.getTime() + HOUR) })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'break_glass_expired' },
  { name: 'break-glass for a different patient', actor: { ...doc, grants: [grant(doc, w.p3 + 'x')] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_on_care_team' },
  { name: 'break-glass issued to another user', actor: { ...doc, grants: [grant({ ...doc, userId: faker.string.uuid() }, w.p2)] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_on_care_team' },
  { name: 'break-glass issued in another organization', actor: { ...doc, grants: [grant({ ...doc, organizationId: w.orgB }, w.p2)] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_on_care_team' },
  { name: 'break-glass does not cross organizations', actor: { ...doc, grants: [grant(doc, w.p2)] }, action: 'record.read', resource: record(w.orgB, w.p2), effect: 'deny', code: 'organization_mismatch' },
  { name: 'audit-review grant does not serve a clinician', actor: { ...doc, grants: [grant(doc, w.p2, { kind: 'audit_review' })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'not_on_care_team' },
  { name: 'break-glass is for treatment only', actor: { ...doc, purpose: 'payment', grants: [bg] }, action: 'record.read', resource: record(w.orgA, w.p2, 'Claim'), effect: 'deny', code: 'not_on_care_team' },
  { name: 'clinician payment reads coverage', actor: { ...doc, purpose: 'payment' }, action: 'record.read', resource: record(w.orgA, w.p1, 'Coverage'), effect: 'allow', code: 'care_team' },
  { name: 'clinician payment writes a claim', actor: { ...doc, purpose: 'payment' }, action: 'record.create', resource: record(w.orgA, w.p1, 'Claim'), effect: 'deny', code: 'write_requires_treatment' },
  { name: 'clinician operations reads encounters', actor: { ...doc, purpose: 'operations' }, action: 'record.read', resource: record(w.orgA, w.p1, 'Encounter'), effect: 'allow', code: 'care_team' },
  { name: 'clinician operations reads notes', actor: { ...doc, purpose: 'operations' }, action: 'record.read', resource: record(w.orgA, w.p1, 'DocumentReference'), effect: 'deny', code: 'minimum_necessary' },
  { name: 'clinician research', actor: { ...doc, purpose: 'research' }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'research_not_permitted' },
  { name: 'clinician claims the patient purpose', actor: { ...doc, purpose: 'patient_request' }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'purpose_not_permitted_for_role' },
  { name: 'clinician claims audit review', actor: { ...doc, purpose: 'audit_review' }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'purpose_not_permitted_for_role' },

  // Compliance officer: no charts, except read-only inside an open audit review of that patient.
  { name: 'compliance officer reads a chart', actor: co, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'no_audit_review' },
  { name: 'compliance officer under operations', actor: { ...co, purpose: 'operations' }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'no_clinical_access_by_role' },
  { name: 'compliance officer with an audit review', actor: { ...co, grants: [review] }, action: 'record.read', resource: record(w.orgA, w.p2, 'DocumentReference'), effect: 'allow', code: 'audit_review', flags: ['audit_review'], grantId: review.id },
  { name: 'audit review is read-only', actor: { ...co, grants: [review] }, action: 'record.update', resource: record(w.orgA, w.p2), effect: 'deny', code: 'audit_review_read_only' },
  { name: 'audit review of another patient', actor: { ...co, grants: [review] }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'no_audit_review' },
  { name: 'expired audit review', actor: { ...co, grants: [grant(co, w.p2, { expiresAt: NOW })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'audit_review_expired' },
  { name: 'compliance officer with a break-glass grant', actor: { ...co, grants: [grant(co, w.p2, { kind: 'break_glass' })] }, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', code: 'no_audit_review' },

  // Admin: no clinical PHI by role, whatever else the actor carries.
  { name: 'admin reads a chart', actor: admin, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'no_clinical_access_by_role' },
  { name: 'admin claiming treatment with a care team and a grant', actor: { ...admin, purpose: 'treatment', careTeam: doc.careTeam, grants: [grant(admin, w.p1)] }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', code: 'no_clinical_access_by_role' },
  { name: 'admin writes a record', actor: admin, action: 'record.create', resource: record(w.orgA, w.p1), effect: 'deny', code: 'no_clinical_access_by_role' },
];

describe('decide: records', () => {
  for (const c of cases) {
    it(`${c.effect}: ${c.name}`, () => {
      const decision = decide(c.actor, c.action, c.resource, c.now ?? NOW);
      assert.equal(decision.effect, c.effect);
      assert.equal(decision.reasons[0]?.code, c.code);
      assert.deepEqual(decision.flags, c.flags ?? []);
      assert.equal(decision.grantId, c.grantId);
    });
  }

  it('gives clinicians every record type of a care-team patient for treatment', () => {
    for (const resourceType of RESOURCE_TYPES) {
      for (const action of ['record.read', 'record.create', 'record.update'] as const) {
        assert.equal(decide(doc, action, record(w.orgA, w.p1, resourceType), NOW).effect, 'allow', `${action} ${resourceType}`);
      }
    }
  });

  it('limits payment to coverage and claims (minimum necessary)', () => {
    const billing = { ...doc, purpose: 'payment' as const };
    const allowed = RESOURCE_TYPES.filter((t) => decide(billing, 'record.read', record(w.orgA, w.p1, t), NOW).effect === 'allow');
    assert.deepEqual(allowed, ['Coverage', 'Claim', 'ExplanationOfBenefit']);
  });

  it('limits operations to encounters, problems, procedures and billing data', () => {
    const ops = { ...doc, purpose: 'operations' as const };
    const allowed = RESOURCE_TYPES.filter((t) => decide(ops, 'record.read', record(w.orgA, w.p1, t), NOW).effect === 'allow');
    assert.deepEqual(allowed, ['Patient', 'Encounter', 'Condition', 'Procedure', 'Coverage', 'Claim', 'ExplanationOfBenefit']);
  });

  it('lets patients read every type of their own record but create only results and documents', () => {
    for (const t of RESOURCE_TYPES) {
      assert.equal(decide(me, 'record.read', record(w.orgA, w.p1, t), NOW).effect, 'allow', t);
      const create = decide(me, 'record.create', record(w.orgA, w.p1, t), NOW).effect;
      assert.equal(create, t === 'Observation' || t === 'DocumentReference' ? 'allow' : 'deny', t);
    }
  });

  it('never gives an admin a record, under any purpose, action or type', () => {
    for (const purpose of ['treatment', 'payment', 'operations', 'patient_request', 'audit_review', 'research'] as const) {
      for (const action of ['record.read', 'record.create', 'record.update', 'record.request_amendment'] as const) {
        for (const t of RESOURCE_TYPES) {
          const actor = { ...admin, purpose, patientId: w.p1, careTeam: doc.careTeam, grants: [grant(admin, w.p1), grant({ ...admin, role: 'compliance_officer' }, w.p1)] };
          assert.equal(decide(actor, action, record(w.orgA, w.p1, t), NOW).effect, 'deny');
        }
      }
    }
  });
});
