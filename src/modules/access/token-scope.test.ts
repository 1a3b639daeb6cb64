import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { Actor, TokenScope } from './access.types';
import { decide } from './policy';
import { buildWorld, clinician, grant, HOUR, NOW, patientActor, record, staff, token } from './test-fixtures';
import { TOKEN_DEFAULT_LIFETIME_MS, validateTokenScope } from './token-scope';

faker.seed(6750);
const w = buildWorld();
const me = patientActor(w, w.p1);
const doc = clinician(w);
const DAY = 24 * HOUR;
const scope = (overrides: Partial<TokenScope> = {}): TokenScope => ({
  resourceTypes: ['Observation'],
  subject: { kind: 'patient', patientId: w.p1 },
  access: 'read',
  purpose: 'patient_request',
  ...overrides,
});
const check = (issuer: Actor, s: TokenScope, expiresAt?: Date) => validateTokenScope({ issuer, scope: s, expiresAt, now: NOW });
const codes = (result: ReturnType<typeof validateTokenScope>) => (result.ok ? [] : result.reasons.map((r) => r.code));

describe('access token scopes', () => {
  it('lets a patient share their own records, in canonical form', () => {
    const result = check(me, scope({ resourceTypes: ['Condition', 'Observation', 'Condition'] }));
    assert.ok(result.ok);
    assert.deepEqual(result.scope.resourceTypes, ['Observation', 'Condition']);
    assert.equal(result.expiresAt.getTime(), NOW.getTime() + TOKEN_DEFAULT_LIFETIME_MS);
  });

  it('refuses a patient sharing someone else\'s records', () => {
    assert.deepEqual(codes(check(me, scope({ subject: { kind: 'patient', patientId: w.p2 } }))), ['not_own_record']);
  });

  it('lets a clinician scope a care-team patient or one of their teams, and nothing else', () => {
    const treat = { purpose: 'treatment' as const };
    assert.ok(check(doc, scope({ ...treat, subject: { kind: 'patient', patientId: w.p1 } })).ok);
    assert.ok(check(doc, scope({ ...treat, subject: { kind: 'care_team', careTeamId: w.teamA2 } })).ok);
    assert.deepEqual(codes(check(doc, scope({ ...treat, subject: { kind: 'patient', patientId: w.p2 } }))), ['not_on_care_team']);
    assert.deepEqual(codes(check(doc, scope({ ...treat, subject: { kind: 'care_team', careTeamId: faker.string.uuid() } }))), ['not_care_team_member']);
    assert.deepEqual(codes(check(me, scope({ subject: { kind: 'care_team', careTeamId: w.teamA1 } }))), ['not_care_team_member']);
  });

  it('does not let break-glass extend into a token', () => {
    const actor = { ...doc, grants: [grant(doc, w.p2)] };
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p2), NOW).effect, 'allow');
    assert.deepEqual(codes(check(actor, scope({ purpose: 'treatment', subject: { kind: 'patient', patientId: w.p2 } }))), ['not_on_care_team']);
  });

  it('enforces purposes by role and minimum necessary', () => {
    assert.deepEqual(codes(check(staff(w, 'admin'), scope({ purpose: 'operations' }))), ['purpose_not_permitted_for_tokens']);
    assert.deepEqual(codes(check(staff(w, 'compliance_officer'), scope({ purpose: 'audit_review' }))), ['purpose_not_permitted_for_tokens']);
    assert.deepEqual(codes(check(me, scope({ purpose: 'treatment' }))), ['purpose_not_permitted_for_tokens']);
    assert.deepEqual(codes(check(doc, scope({ purpose: 'research' }))), ['purpose_not_permitted_for_tokens']);
    assert.deepEqual(codes(check(doc, scope({ purpose: 'payment', resourceTypes: ['Coverage', 'Observation'] }))), ['minimum_necessary']);
    assert.ok(check(doc, scope({ purpose: 'payment', resourceTypes: ['Coverage', 'Claim'] })).ok);
  });

  it('validates the shape of what a client sends', () => {
    assert.deepEqual(codes(check(me, scope({ resourceTypes: [] }))), ['resource_types_required']);
    assert.deepEqual(codes(check(me, scope({ resourceTypes: ['Secret'] as never }))), ['resource_types_required']);
    assert.deepEqual(codes(check(me, scope({ resourceTypes: 'Observation' as never }))), ['resource_types_required']);
    assert.deepEqual(codes(check(me, scope({ access: 'write' as never }))), ['invalid_access']);
    assert.deepEqual(codes(check(me, scope({ subject: { kind: 'patient', patientId: '' } }))), ['invalid_subject']);
    assert.deepEqual(codes(check(me, scope({ subject: { kind: 'organization' } as never }))), ['invalid_subject']);
    assert.deepEqual(codes(check(me, scope({ purpose: 'snooping' as never }))), ['purpose_not_permitted_for_tokens']);
  });

  it('requires an expiry within a year', () => {
    assert.ok(check(me, scope(), new Date(NOW.getTime() + 365 * DAY)).ok);
    for (const bad of [new Date(NOW.getTime() + 365 * DAY + 1), NOW, new Date(NOW.getTime() - DAY), new Date(Number.NaN)]) {
      assert.deepEqual(codes(check(me, scope(), bad)), ['expiry_out_of_range']);
    }
  });

  it('cannot be used to issue a token from a token', () => {
    const viaToken = { ...me, token: token(me, {}) };
    assert.deepEqual(codes(check(viaToken, scope())), ['token_cannot_issue_token']);
  });

  it('yields a scope that decide() honours and bounds', () => {
    const result = check(doc, scope({ purpose: 'treatment', subject: { kind: 'care_team', careTeamId: w.teamA1 }, resourceTypes: ['Observation'], access: 'read' }));
    assert.ok(result.ok);
    const actor: Actor = {
      ...doc,
      token: { tokenId: faker.string.uuid(), organizationId: w.orgA, userId: doc.userId, scope: result.scope, expiresAt: result.expiresAt, revokedAt: null },
    };
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p1), NOW).effect, 'allow');
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p3), NOW).effect, 'deny');
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p1, 'Condition'), NOW).effect, 'deny');
    assert.equal(decide(actor, 'record.update', record(w.orgA, w.p1), NOW).effect, 'deny');
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p1), result.expiresAt).effect, 'deny');
  });
});
