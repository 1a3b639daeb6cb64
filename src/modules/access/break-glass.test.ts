import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { AccessGrant } from './access.types';
import { GRANT_RULES, normalizeGrantReason, requestAuditReview, requestBreakGlass, type AccessGrantDraft } from './break-glass';
import { decide } from './policy';
import { buildWorld, clinician, HOUR, NOW, patientActor, record, staff, token } from './test-fixtures';

faker.seed(4);
const w = buildWorld();
const doc = clinician(w);
const REASON = 'Patient arrived unconscious in the emergency department; care team is off shift.';
const stored = (draft: AccessGrantDraft): AccessGrant => ({ ...draft, id: faker.string.uuid(), revokedAt: null });
const codes = (result: ReturnType<typeof requestBreakGlass>) => (result.ok ? [] : result.reasons.map((r) => r.code));

describe('break-glass', () => {
  it('produces a four-hour grant for a clinician outside the care team', () => {
    const result = requestBreakGlass({ actor: doc, patient: { organizationId: w.orgA, patientId: w.p2 }, reason: REASON, now: NOW });
    assert.ok(result.ok);
    assert.deepEqual(result.grant, {
      kind: 'break_glass',
      organizationId: w.orgA,
      userId: doc.userId,
      patientId: w.p2,
      reason: REASON,
      grantedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 4 * HOUR),
    });
    assert.equal(GRANT_RULES.break_glass.defaultDurationMs, 4 * HOUR);
  });

  it('opens the chart until the grant expires, flagged for the audit', () => {
    const result = requestBreakGlass({ actor: doc, patient: { organizationId: w.orgA, patientId: w.p2 }, reason: REASON, now: NOW });
    assert.ok(result.ok);
    const g = stored(result.grant);
    const actor = { ...doc, grants: [g] };
    const before = decide(doc, 'record.read', record(w.orgA, w.p2), NOW);
    assert.equal(before.effect, 'deny');
    const during = decide(actor, 'record.read', record(w.orgA, w.p2), new Date(g.expiresAt.getTime() - 1));
    assert.equal(during.effect, 'allow');
    assert.deepEqual(during.flags, ['break_glass']);
    assert.equal(during.grantId, g.id);
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p2), g.expiresAt).effect, 'deny');
    // The grant is for that patient only.
    assert.equal(decide(actor, 'record.read', record(w.orgA, faker.string.uuid()), NOW).effect, 'deny');
  });

  it('accepts durations between 15 minutes and 8 hours', () => {
    const ask = (durationMs: number) =>
      requestBreakGlass({ actor: doc, patient: { organizationId: w.orgA, patientId: w.p2 }, reason: REASON, now: NOW, durationMs });
    const one = ask(HOUR);
    assert.ok(one.ok && one.grant.expiresAt.getTime() - NOW.getTime() === HOUR);
    assert.ok(ask(15 * 60_000).ok);
    assert.ok(ask(8 * HOUR).ok);
    for (const bad of [15 * 60_000 - 1, 8 * HOUR + 1, 0, -HOUR, Number.NaN, Number.POSITIVE_INFINITY, 1.5 * HOUR + 0.5]) {
      assert.deepEqual(codes(ask(bad)), ['duration_out_of_range'], String(bad));
    }
  });

  it('requires a meaningful reason', () => {
    const ask = (reason: unknown) =>
      requestBreakGlass({ actor: doc, patient: { organizationId: w.orgA, patientId: w.p2 }, reason: reason as string, now: NOW });
    assert.deepEqual(codes(ask('')), ['reason_required']);
    assert.deepEqual(codes(ask(' \n\t ')), ['reason_required']);
    assert.deepEqual(codes(ask(undefined)), ['reason_required']);
    assert.deepEqual(codes(ask('emergency')), ['reason_too_short']);
    assert.deepEqual(codes(ask('x'.repeat(40))), ['reason_not_meaningful']);
    assert.deepEqual(codes(ask('1234567890 1234567890 !!')), ['reason_not_meaningful']);
    assert.deepEqual(codes(ask(faker.lorem.words(300).slice(0, 1001))), ['reason_too_long']);
    const padded = ask(`   ${REASON.replace(/ /g, '\n  ')}   `);
    assert.ok(padded.ok);
    assert.equal(padded.grant.reason, REASON);
  });

  it('does not echo the free-text reason in refusals', () => {
    const secret = 'Kiwi Abernathy 555-0142 overdose';
    const result = requestBreakGlass({ actor: doc, patient: { organizationId: w.orgA, patientId: w.p1 }, reason: secret, now: NOW });
    assert.ok(!result.ok);
    assert.ok(result.reasons.every((r) => !r.message.includes('Abernathy')));
  });

  it('is refused where the policy refuses it', () => {
    const ask = (actor = doc, patientId = w.p2, organizationId = w.orgA) =>
      codes(requestBreakGlass({ actor, patient: { organizationId, patientId }, reason: REASON, now: NOW }));
    assert.deepEqual(ask(doc, w.p1), ['already_on_care_team']);
    assert.deepEqual(ask(doc, w.p2, w.orgB), ['organization_mismatch']);
    assert.deepEqual(ask({ ...doc, purpose: 'operations' }), ['purpose_mismatch']);
    assert.deepEqual(ask(patientActor(w, w.p1)), ['action_not_permitted_for_role']);
    assert.deepEqual(ask(staff(w, 'admin')), ['action_not_permitted_for_role']);
    assert.deepEqual(ask(staff(w, 'compliance_officer')), ['action_not_permitted_for_role']);
    assert.deepEqual(ask({ ...doc, token: token(doc, { subject: { kind: 'patient', patientId: w.p2 } }) }), ['token_action_not_allowed']);
  });

  it('normalizes reasons', () => {
    assert.equal(normalizeGrantReason('  a\u0000b\r\n c  '), 'a b c');
  });
});

describe('audit review grants', () => {
  const co = staff(w, 'compliance_officer');

  it('give a compliance officer read-only access to one chart', () => {
    const result = requestAuditReview({ actor: co, patient: { organizationId: w.orgA, patientId: w.p2 }, reason: 'Review of break-glass event, case 2025-014', now: NOW });
    assert.ok(result.ok);
    assert.equal(result.grant.kind, 'audit_review');
    const actor = { ...co, grants: [stored(result.grant)] };
    const read = decide(actor, 'record.read', record(w.orgA, w.p2, 'DocumentReference'), NOW);
    assert.equal(read.effect, 'allow');
    assert.deepEqual(read.flags, ['audit_review']);
    assert.equal(decide(actor, 'record.update', record(w.orgA, w.p2), NOW).effect, 'deny');
    assert.equal(decide(actor, 'record.read', record(w.orgA, w.p1), NOW).effect, 'deny');
  });

  it('are refused to other roles and other organizations', () => {
    const ask = (actor = co, organizationId = w.orgA) =>
      requestAuditReview({ actor, patient: { organizationId, patientId: w.p2 }, reason: 'Review of privacy complaint, case 77', now: NOW });
    assert.equal(ask(doc).ok, false);
    assert.equal(ask(staff(w, 'admin')).ok, false);
    assert.equal(ask(co, w.orgB).ok, false);
    assert.equal(ask(co).ok, true);
  });
});
