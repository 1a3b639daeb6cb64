// The pure consent decisions: every reason code findCoveringGrant and checkApproval give.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkApproval, findCoveringGrant, grantStatus, sameDisclosure, type TGrantFacts } from './consent-decide';

const NOW = new Date('2026-05-01T12:00:00Z');
const LATER = new Date(NOW.getTime() + 86_400_000);
const grant = (extra: Partial<TGrantFacts> = {}): TGrantFacts => ({ id: 'g1', mode: 'standing', expiresAt: LATER, revokedAt: null, purposes: ['patient_request'], categories: ['lab_results', 'vital_signs'], ...extra });
const want = { purpose: 'patient_request' as const, categories: ['lab_results' as const] };
const request = { recipient: { kind: 'ai_provider' as const, providerConfigId: 'p1' }, recipientLabel: 'Local AI', purpose: 'patient_request' as const, categories: ['lab_results' as const], recordIds: ['a', 'b'], task: 'Explain', identifiable: true };

describe('findCoveringGrant', () => {
  it('names the nearest miss', () => {
    assert.deepEqual(findCoveringGrant([], want, NOW), { kind: 'denied', reasons: ['consent.none'] });
    assert.deepEqual(findCoveringGrant([grant({ revokedAt: NOW })], want, NOW), { kind: 'denied', reasons: ['consent.revoked'] });
    assert.deepEqual(findCoveringGrant([grant({ expiresAt: NOW })], want, NOW), { kind: 'denied', reasons: ['consent.expired'] }, 'expiry is exclusive');
    assert.deepEqual(findCoveringGrant([grant()], { ...want, purpose: 'treatment' }, NOW), { kind: 'denied', reasons: ['consent.purpose_not_covered'] });
    assert.deepEqual(findCoveringGrant([grant()], { ...want, categories: ['lab_results', 'conditions'] }, NOW), { kind: 'denied', reasons: ['consent.category_not_covered'] });
    assert.deepEqual(findCoveringGrant([grant()], { ...want, categories: [] }, NOW), { kind: 'denied', reasons: ['consent.category_not_covered'] }, 'an empty disclosure is not covered by default');
  });

  it('prefers a standing grant, ignores revoked and expired ones', () => {
    const perInstance = grant({ id: 'p', mode: 'per_instance' });
    const standing = grant({ id: 's' });
    assert.equal((findCoveringGrant([perInstance, standing], want, NOW) as { grant: TGrantFacts }).grant.id, 's');
    assert.equal((findCoveringGrant([perInstance, grant({ id: 'r', revokedAt: NOW })], want, NOW) as { grant: TGrantFacts }).grant.id, 'p');
    assert.equal(grantStatus(grant({ revokedAt: NOW, expiresAt: NOW }), NOW), 'revoked');
  });
});

describe('checkApproval', () => {
  const approval = (extra = {}) => ({ grantId: 'g1', status: 'approved' as const, expiresAt: LATER, request, ...extra });
  it('accepts only an approved, unexpired, unused approval matching exactly', () => {
    assert.equal(checkApproval(approval(), { id: 'g1' }, request, NOW), null);
    assert.equal(checkApproval(approval(), { id: 'g1' }, { ...request, recordIds: ['b', 'a'] }, NOW), null);
    assert.equal(checkApproval(approval({ status: 'pending' }), { id: 'g1' }, request, NOW), 'consent.approval_pending');
    assert.equal(checkApproval(approval({ status: 'declined' }), { id: 'g1' }, request, NOW), 'consent.approval_declined');
    assert.equal(checkApproval(approval({ status: 'used' }), { id: 'g1' }, request, NOW), 'consent.approval_used');
    assert.equal(checkApproval(approval({ expiresAt: NOW }), { id: 'g1' }, request, NOW), 'consent.expired');
    assert.equal(checkApproval(approval(), { id: 'g2' }, request, NOW), 'consent.approval_mismatch');
    for (const changed of [
      { recordIds: ['a'] },
      { recordIds: ['a', 'b', 'c'] },
      { categories: ['vital_signs' as const] },
      { purpose: 'treatment' as const },
      { identifiable: false },
      { task: 'Summarize' },
      { recipientLabel: 'Other AI' },
      { recipient: { kind: 'ai_provider' as const, providerConfigId: 'p2' } },
      { recipient: { kind: 'third_party' as const, thirdPartyId: 'p1' } },
    ]) {
      assert.equal(sameDisclosure(request, { ...request, ...changed }), false, JSON.stringify(changed));
      assert.equal(checkApproval(approval(), { id: 'g1' }, { ...request, ...changed }, NOW), 'consent.approval_mismatch');
    }
  });
});
