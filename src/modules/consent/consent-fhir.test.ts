// FHIR Consent export shape: scope, category, provision with actor, purpose, class and period, status.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { consentBundle } from './consent-fhir';
import type { TGrant } from './consent.types';

const grant = (extra: Partial<TGrant> = {}): TGrant => ({
  id: randomUUID(),
  patientId: randomUUID(),
  templateId: randomUUID(),
  templateVersion: 2,
  recipient: { kind: 'third_party', thirdPartyId: 'acme-research' },
  recipientLabel: 'Acme Research',
  mode: 'standing',
  purposes: ['research'],
  categories: ['lab_results', 'billing'],
  createdAt: '2026-05-01T00:00:00.000Z',
  expiresAt: '2027-05-01T00:00:00.000Z',
  revokedAt: null,
  status: 'active',
  signedName: 'Synthetic Person',
  ...extra,
});

describe('FHIR Consent export', () => {
  it('maps a grant to a Consent and a revoked one to inactive ending at revocation', () => {
    const active = grant();
    const revoked = grant({ status: 'revoked', revokedAt: '2026-06-01T00:00:00.000Z' });
    const bundle = consentBundle([active, revoked], { organizationId: 'org-1' });
    assert.equal(bundle.total, 2);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a FHIR resource read by path in assertions
    const [a, r] = bundle.entry.map((e) => e.resource as any);
    assert.equal(a!.status, 'active');
    assert.equal(a!.scope.coding[0].code, 'patient-privacy');
    assert.equal(a!.category[0].coding[0].code, '59284-0');
    assert.deepEqual(a!.provision.purpose.map((p: { code: string }) => p.code), ['HRESCH']);
    assert.deepEqual(a!.provision.actor[0].reference.identifier, { system: 'urn:custos:third-party', value: 'acme-research' });
    assert.deepEqual(a!.provision.period, { start: active.createdAt, end: active.expiresAt });
    assert.ok(!JSON.stringify(a).includes('Synthetic Person'), 'the signature name is not exported');
    assert.equal(r!.status, 'inactive');
    assert.equal(r!.provision.period.end, '2026-06-01T00:00:00.000Z');
  });
});
