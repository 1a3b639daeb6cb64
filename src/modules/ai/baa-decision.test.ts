import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TBaa } from './ai.types';
import { baaDecision, baaExpiresSoon } from './baa-decision';

const config = { adapter: 'anthropic' as const, model: 'claude-test' };
const baa = (overrides: Partial<TBaa> = {}): TBaa => ({
  id: 'b1', providerConfigId: 'p1', status: 'active', signedOn: '2025-12-01', effectiveOn: '2026-01-01', expiresOn: '2026-06-30',
  coveredServices: ['inference'], coveredModels: ['claude-test'], documentRef: 'DOC-1', ...overrides,
});
const at = (iso: string) => new Date(iso);

describe('baaDecision', () => {
  it('allows PHI under an active, effective, unexpired BAA that covers the model', () => {
    assert.deepEqual(baaDecision(config, baa(), at('2026-03-01T12:00:00Z')), { phiAllowed: true, deidentifiedAllowed: true, reasons: ['baa.active'] });
  });

  it('keeps the expiry day itself and stops at the next midnight (UTC)', () => {
    assert.equal(baaDecision(config, baa(), at('2026-06-30T23:59:59Z')).phiAllowed, true);
    assert.deepEqual(baaDecision(config, baa(), at('2026-07-01T00:00:00Z')), { phiAllowed: false, deidentifiedAllowed: false, reasons: ['baa.expired'] });
  });

  it('refuses before the effective date, when terminated, and for a model it does not cover, naming each reason', () => {
    assert.deepEqual(baaDecision(config, baa(), at('2025-12-31T23:59:59Z')).reasons, ['baa.not_yet_effective']);
    assert.deepEqual(baaDecision(config, baa({ status: 'terminated' }), at('2026-03-01T00:00:00Z')).reasons, ['baa.terminated']);
    assert.deepEqual(baaDecision({ ...config, model: 'claude-test-2' }, baa(), at('2026-03-01T00:00:00Z')).reasons, ['baa.model_not_covered']);
    assert.deepEqual(baaDecision({ ...config, model: 'other' }, baa({ status: 'terminated', expiresOn: '2026-02-01' }), at('2026-03-01T00:00:00Z')).reasons, ['baa.terminated', 'baa.expired', 'baa.model_not_covered']);
  });

  it('sends only de-identified data to a configuration that never had a BAA, and anything to the local provider', () => {
    assert.deepEqual(baaDecision(config, null, at('2026-03-01T00:00:00Z')), { phiAllowed: false, deidentifiedAllowed: true, reasons: ['baa.none'] });
    assert.deepEqual(baaDecision({ adapter: 'local', model: 'x' }, null, at('2026-03-01T00:00:00Z')), { phiAllowed: true, deidentifiedAllowed: true, reasons: ['baa.not_needed_local'] });
  });
});

describe('baaExpiresSoon', () => {
  it('is true within 30 days of the end of an active BAA only', () => {
    assert.equal(baaExpiresSoon(baa(), at('2026-06-01T00:00:00Z')), true, 'exactly 30 days before the end');
    assert.equal(baaExpiresSoon(baa(), at('2026-05-31T23:00:00Z')), false);
    assert.equal(baaExpiresSoon(baa(), at('2026-07-01T00:00:00Z')), false, 'already over: the decision stops it, no warning');
    assert.equal(baaExpiresSoon(baa({ status: 'terminated' }), at('2026-06-15T00:00:00Z')), false);
    assert.equal(baaExpiresSoon(null, at('2026-06-15T00:00:00Z')), false);
  });
});
