// decide() for requests made with an access token: the token's scope AND its issuer's own rights.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { Action, Actor, Resource } from './access.types';
import { careTeamFromAssignments } from './care-team';
import { decide } from './policy';
import { buildWorld, clinician, grant, HOUR, NOW, patientActor, record, staff, token } from './test-fixtures';

interface Case {
  name: string;
  actor: Actor;
  action: Action;
  resource: Resource;
  effect: 'allow' | 'deny';
  codes: string[];
}

faker.seed(6749);
const w = buildWorld();
const me = patientActor(w, w.p1);
const doc = clinician(w);
const withToken = (actor: Actor, ...args: Parameters<typeof token> extends [Actor, ...infer R] ? R : never): Actor => ({
  ...actor,
  token: token(actor, ...args),
});
const readOwn = withToken(me, {});
const teamToken = withToken(doc, { subject: { kind: 'care_team', careTeamId: w.teamA1 }, resourceTypes: ['Observation', 'Condition'] });

const cases: Case[] = [
  { name: 'patient app reads own results', actor: readOwn, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'allow', codes: ['token_scope', 'own_record'] },
  { name: 'type outside the scope', actor: readOwn, action: 'record.read', resource: record(w.orgA, w.p1, 'Condition'), effect: 'deny', codes: ['token_resource_type'] },
  { name: 'token for patient A used on patient B', actor: readOwn, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', codes: ['token_other_patient'] },
  { name: 'write with a read-only token', actor: readOwn, action: 'record.create', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_read_only'] },
  { name: 'amendment request with a read-only token', actor: readOwn, action: 'record.request_amendment', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_read_only'] },
  { name: 'upload with a read-write token', actor: withToken(me, { access: 'read_write' }), action: 'record.create', resource: record(w.orgA, w.p1), effect: 'allow', codes: ['token_scope', 'patient_upload'] },
  { name: 'read-write token cannot exceed the patient\'s own rights', actor: withToken(me, { access: 'read_write', resourceTypes: ['Condition'] }), action: 'record.create', resource: record(w.orgA, w.p1, 'Condition'), effect: 'deny', codes: ['token_scope', 'patient_write_type'] },
  { name: 'expired token', actor: withToken(me, {}, { expiresAt: new Date(NOW.getTime() - 1) }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_expired'] },
  { name: 'token at its expiry instant', actor: withToken(me, {}, { expiresAt: NOW }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_expired'] },
  { name: 'revoked token', actor: withToken(me, {}, { revokedAt: new Date(NOW.getTime() - HOUR) }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_revoked'] },
  { name: 'revoked and expired token', actor: withToken(me, {}, { revokedAt: NOW, expiresAt: NOW }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_revoked', 'token_expired'] },
  { name: 'token used under another purpose', actor: { ...readOwn, purpose: 'treatment' }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_purpose_mismatch'] },
  { name: 'token of another user', actor: { ...readOwn, userId: faker.string.uuid() }, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_user_mismatch'] },
  { name: 'token of another organization', actor: withToken(me, {}, { organizationId: w.orgB }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_organization_mismatch'] },
  { name: 'token on a record of another organization', actor: readOwn, action: 'record.read', resource: record(w.orgB, w.p1), effect: 'deny', codes: ['organization_mismatch'] },
  { name: 'token for a non-record action', actor: readOwn, action: 'patient.read_disclosures', resource: { kind: 'patient', organizationId: w.orgA, patientId: w.p1 }, effect: 'deny', codes: ['token_action_not_allowed'] },
  { name: 'token cannot open break-glass', actor: withToken(doc, { subject: { kind: 'patient', patientId: w.p2 } }), action: 'patient.break_glass', resource: { kind: 'patient', organizationId: w.orgA, patientId: w.p2 }, effect: 'deny', codes: ['token_action_not_allowed'] },
  { name: 'care-team token reads a patient of that team', actor: teamToken, action: 'record.read', resource: record(w.orgA, w.p1), effect: 'allow', codes: ['token_scope', 'care_team'] },
  { name: 'care-team token on the issuer\'s other team', actor: teamToken, action: 'record.read', resource: record(w.orgA, w.p3), effect: 'deny', codes: ['token_outside_care_team'] },
  { name: 'care-team token on a patient of no team', actor: teamToken, action: 'record.read', resource: record(w.orgA, w.p2), effect: 'deny', codes: ['token_outside_care_team'] },
  {
    name: 'care-team token after the patient left the team',
    actor: { ...teamToken, careTeam: careTeamFromAssignments({ teams: [w.teamA1], assignments: [] }) },
    action: 'record.read',
    resource: record(w.orgA, w.p1),
    effect: 'deny',
    codes: ['token_outside_care_team'],
  },
  {
    name: 'patient token of a clinician after the patient left the care team',
    actor: { ...withToken(doc, { subject: { kind: 'patient', patientId: w.p1 } }), careTeam: careTeamFromAssignments({ teams: [], assignments: [] }) },
    action: 'record.read',
    resource: record(w.orgA, w.p1),
    effect: 'deny',
    codes: ['token_scope', 'not_on_care_team'],
  },
  {
    name: 'break-glass grant does not extend to a token',
    actor: { ...withToken(doc, { subject: { kind: 'patient', patientId: w.p2 } }), grants: [grant(doc, w.p2)] },
    action: 'record.read',
    resource: record(w.orgA, w.p2),
    effect: 'deny',
    codes: ['token_scope', 'not_on_care_team'],
  },
  { name: 'clinician read-write token writes for treatment', actor: withToken(doc, { subject: { kind: 'patient', patientId: w.p1 }, access: 'read_write' }), action: 'record.update', resource: record(w.orgA, w.p1), effect: 'allow', codes: ['token_scope', 'care_team'] },
  { name: 'token held by an admin reaches no records', actor: withToken(staff(w, 'admin'), { subject: { kind: 'patient', patientId: w.p1 } }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_scope', 'no_clinical_access_by_role'] },
  { name: 'token with an unknown subject kind', actor: withToken(me, { subject: { kind: 'everyone' } as never }), action: 'record.read', resource: record(w.orgA, w.p1), effect: 'deny', codes: ['token_other_patient'] },
];

describe('decide: access tokens', () => {
  for (const c of cases) {
    it(`${c.effect}: ${c.name}`, () => {
      const decision = decide(c.actor, c.action, c.resource, NOW);
      assert.equal(decision.effect, c.effect);
      assert.deepEqual(decision.reasons.map((r) => r.code), c.codes);
      assert.ok(decision.flags.includes('access_token'), 'the audit must see the token');
      assert.equal(decision.tokenId, c.actor.token!.tokenId);
    });
  }
});
