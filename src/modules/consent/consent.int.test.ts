// Consent through the real app over a real migrated database (PGlite, or PostgreSQL with
// CUSTOS_TEST_DB=postgres): forms, grants, the gate's every reason code, approvals, signed
// receipts, the FHIR export, who may do what, and that nothing PHI is stored in clear.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { faker } from '@faker-js/faker';
import { type TApp } from '../../server/app';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { createUser, signIn, type TestSession, type TestUser, buildAccessTestApp, createCareTeamOverHttp } from '../../../test/fixtures/identity-fixtures';
import type { TAuditEntry } from '../audit/audit.types';
import type { ConsentGate, TDisclosureRequest } from './consent.contract';
import { insertProviderConfig } from '../ai/ai.repo';
import { registerConsentRoutes } from './consent.routes';
import { APPROVAL_TTL_MS, createConsentGate } from './consent.service';
import { verifyReceipt, type TSignedReceipt } from './consent-receipts';
import { createPublicKey } from 'node:crypto';
import type { TGrant, TTemplate } from './consent.types';

const DAY = 86_400_000;

/** The parts of an exported FHIR Consent the tests look at. */
interface TConsentResource {
  id: string;
  resourceType: string;
  status: string;
  scope: { coding: Array<{ code: string }> };
  patient: { reference: string };
  provision: { purpose: Array<{ code: string }>; class: Array<{ code: string }>; actor: Array<{ reference: { identifier: { value: string } } }>; period: { start: string; end: string } };
}

describe(`consent over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let gate: ConsentGate;
  let templates: TTemplate[];
  let clinician: TestUser;
  let admin: TestUser;
  let teamId: string;
  const logLines: string[] = [];

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx, {
      lines: logLines,
      routes: async (a) => {
          await registerConsentRoutes(a, t.ctx);
      },
    });
    gate = createConsentGate({ crypto: t.ctx.crypto, audit: t.ctx.audit, clock: t.ctx.clock });
    admin = await createUser(t.ctx, { role: 'admin' });
    const adminSession = await signIn(t.ctx, admin);
    clinician = await createUser(t.ctx, { role: 'clinician' });
    teamId = await createCareTeamOverHttp(app, adminSession, 'Ward 3', { members: [clinician.id] });
    const someone = await signIn(t.ctx, clinician);
    const res = await app.inject({ method: 'GET', url: '/api/v1/consent/templates', headers: someone.headers });
    assert.equal(res.statusCode, 200, res.body);
    templates = json<{ templates: TTemplate[] }>(res).templates;
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const json = <T = Record<string, unknown>>(res: { body: string }): T => JSON.parse(res.body) as T;
  const org = () => t.ctx.defaultOrganization.id;
  const aiTemplate = () => templates.find((x) => x.key === 'ai-analysis')!;
  // A real provider configuration per call: a grant must name a recipient the organization knows.
  const providerId = async (): Promise<string> => {
    const id = randomUUID();
    const now = clock.now();
    await insertProviderConfig(t.ctx.db, { id, organization_id: t.ctx.defaultOrganization.id, name: `provider-${id.slice(0, 8)}`, adapter: 'local', endpoint: null, model: 'test-model', api_key_ct: null, zero_data_retention: false, region: null, is_default: false, builtin: false, created_at: now, updated_at: now });
    return id;
  };

  async function patientWithSession(): Promise<{ user: TestUser; s: TestSession }> {
    const user = await createUser(t.ctx, { role: 'patient' });
    return { user, s: await signIn(t.ctx, user) };
  }

  function grantBody(provider: string, extra: Record<string, unknown> = {}) {
    return {
      templateId: aiTemplate().id,
      recipient: { kind: 'ai_provider', providerConfigId: provider },
      recipientLabel: 'Local AI (runs inside Custos)',
      purposes: ['patient_request'],
      categories: ['lab_results', 'vital_signs'],
      mode: 'per_instance',
      signedName: faker.person.fullName(),
      ...extra,
    };
  }

  async function give(s: TestSession, patientId: string, provider: string, extra: Record<string, unknown> = {}) {
    return app.inject({ method: 'POST', url: `/api/v1/patients/${patientId}/consent/grants`, headers: s.writeHeaders, payload: grantBody(provider, extra) });
  }

  function disclosure(patientId: string, provider: string, extra: Partial<TDisclosureRequest> = {}): TDisclosureRequest {
    return {
      organizationId: org(),
      patientId,
      recipient: { kind: 'ai_provider', providerConfigId: provider },
      recipientLabel: 'Local AI (runs inside Custos)',
      purpose: 'patient_request',
      categories: ['lab_results'],
      recordIds: [randomUUID(), randomUUID()],
      task: 'Explain these lab results in plain language',
      identifiable: true,
      requestedBy: { userId: null, role: 'patient' },
      ...extra,
    };
  }

  async function entries(filter: { subjectId?: string; action?: string }): Promise<TAuditEntry[]> {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), limit: 500, ...filter })).entries;
  }

  it('publishes forms holding every element of 45 CFR 164.508(c), immutable once published', async () => {
    assert.deepEqual(templates.map((x) => x.key).sort(), ['ai-analysis', 'third-party-sharing']);
    for (const form of templates) {
      const c = form.content;
      for (const field of ['information', 'discloser', 'recipient', 'purposeText', 'expiry', 'signature', 'revocation', 'conditioning', 'redisclosure'] as const) {
        assert.ok(c[field].length > 20, `${form.key}.${field}`);
      }
      assert.match(c.discloser, new RegExp(t.ctx.defaultOrganization.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(c.conditioning, /do not depend/);
      assert.match(c.revocation, /revoke/i);
      assert.match(c.redisclosure, /share it again/);
      // Plain language: short sentences on average.
      const text = [c.summary, c.information, c.recipient, c.purposeText, c.expiry, c.signature, c.revocation, c.conditioning, c.redisclosure].join(' ');
      const sentences = text.split(/[.!?]+\s/).filter(Boolean);
      const words = text.split(/\s+/).length;
      assert.ok(words / sentences.length < 20, `average sentence length ${words / sentences.length}`);
    }
    const id = aiTemplate().id;
    await assert.rejects(sql`update consent_templates set content = '{}'::jsonb where id = ${id}`.execute(t.ctx.db), /immutable/);
    await assert.rejects(sql`delete from consent_templates where id = ${id}`.execute(t.ctx.db), /immutable/);
    // Seeding again (another instance, a restart) publishes nothing new.
    const again = json<{ templates: TTemplate[] }>(await app.inject({ method: 'GET', url: '/api/v1/consent/templates', headers: (await signIn(t.ctx, clinician)).headers }));
    assert.deepEqual(again.templates.map((x) => x.id).sort(), templates.map((x) => x.id).sort());
  });

  it('who may give, read and revoke consent: the patient themself, not another patient, clinician or officer', async () => {
    const { user: patient, s } = await patientWithSession();
    const { s: other } = await patientWithSession();
    const officer = await createUser(t.ctx, { role: 'compliance_officer' });
    const officerSession = await signIn(t.ctx, officer);
    const clinicianSession = await signIn(t.ctx, clinician);
    const pid = patient.patientId!;
    const provider = (await providerId());

    for (const [name, caller] of [['other patient', other], ['clinician', clinicianSession], ['compliance officer', officerSession]] as const) {
      const res = await give(caller, pid, provider);
      assert.equal(res.statusCode, 403, `${name} must not give consent for the patient`);
      assert.ok(!res.body.includes(patient.name));
    }
    const created = await give(s, pid, provider);
    assert.equal(created.statusCode, 201, created.body);
    const grant = json<{ grant: TGrant }>(created).grant;
    assert.equal(grant.status, 'active');

    const list = (caller: TestSession) => app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/grants`, headers: caller.headers });
    assert.equal((await list(s)).statusCode, 200);
    assert.equal((await list(officerSession)).statusCode, 200, 'the compliance officer reads consent');
    assert.equal((await list(other)).statusCode, 403);
    assert.equal((await list(clinicianSession)).statusCode, 403, 'not on the care team');
    const onTeam = await app.inject({ method: 'POST', url: `/api/v1/care-teams/${teamId}/patients`, headers: (await signIn(t.ctx, admin)).writeHeaders, payload: { patientId: pid } });
    assert.equal(onTeam.statusCode, 200, onTeam.body);
    assert.equal((await list(clinicianSession)).statusCode, 200, 'a care-team clinician reads consent');
    assert.equal((await give(clinicianSession, pid, provider)).statusCode, 403, 'but cannot give it for the patient');

    const revokeAs = (caller: TestSession) => app.inject({ method: 'POST', url: `/api/v1/patients/${pid}/consent/grants/${grant.id}/revoke`, headers: caller.writeHeaders });
    assert.equal((await revokeAs(other)).statusCode, 403);
    assert.equal((await revokeAs(officerSession)).statusCode, 403);
    // Another patient naming this grant under their own id finds nothing.
    const { user: third, s: thirdSession } = await patientWithSession();
    const cross = await app.inject({ method: 'POST', url: `/api/v1/patients/${third.patientId}/consent/grants/${grant.id}/revoke`, headers: thirdSession.writeHeaders });
    assert.equal(cross.statusCode, 404);
    const revoked = await revokeAs(s);
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(json<{ grant: TGrant }>(revoked).grant.status, 'revoked');
    assert.equal((await revokeAs(s)).statusCode, 409);

    const audit = await entries({ subjectId: pid });
    assert.equal(audit.filter((e) => e.action === 'consent.grant' && e.outcome === 'allow').length, 1);
    assert.equal(audit.filter((e) => e.action === 'consent.revoke' && e.outcome === 'allow').length, 1);
    assert.ok(audit.filter((e) => e.action === 'patient.manage_consent' && e.outcome === 'deny').length >= 4);
  });

  it('validates grants against the form: offered purposes and categories, the recipient kind, the end date', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    assert.equal((await give(s, pid, (await providerId()), { purposes: ['payment'] })).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { categories: ['billing'] })).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { recipient: { kind: 'third_party', thirdPartyId: 'acme' } })).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { expiresAt: new Date(clock.now().getTime() + 400 * DAY).toISOString() })).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { expiresAt: new Date(clock.now().getTime() - DAY).toISOString() })).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { signedName: '' })).statusCode, 400);
    assert.equal((await give(s, pid, randomUUID())).statusCode, 400, 'a provider configuration the organization does not have');
    assert.equal((await give(s, pid, 'not-an-id')).statusCode, 400);
    assert.equal((await give(s, pid, (await providerId()), { templateId: randomUUID() })).statusCode, 404);
  });

  it('the gate: none, granted, purpose and category not covered, revoked, expired', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    const provider = (await providerId());
    const check = (extra: Partial<TDisclosureRequest> = {}, p = provider) => gate.checkDisclosure(t.ctx.db, disclosure(pid, p, extra));

    assert.deepEqual((await check()).reasons, ['consent.none']);
    const standing = await give(s, pid, provider, { mode: 'standing', expiresAt: new Date(clock.now().getTime() + 10 * DAY).toISOString() });
    assert.equal(standing.statusCode, 201, standing.body);
    const granted = await check();
    assert.equal(granted.kind, 'granted');
    assert.deepEqual(granted.reasons, ['consent.granted']);
    assert.deepEqual((await check({ purpose: 'treatment' })).reasons, ['consent.purpose_not_covered']);
    assert.deepEqual((await check({ categories: ['lab_results', 'conditions'] })).reasons, ['consent.category_not_covered']);
    assert.deepEqual((await check({}, (await providerId()))).reasons, ['consent.none'], 'a grant for one provider covers no other');
    // Another patient's grant never covers this patient.
    const { user: other } = await patientWithSession();
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, disclosure(other.patientId!, provider))).reasons, ['consent.none']);

    // Expired.
    clock.advance(10 * DAY + 1);
    assert.deepEqual((await check()).reasons, ['consent.expired']);
    // Revoked takes effect at once.
    const s2 = await signIn(t.ctx, user);
    const again = await give(s2, pid, provider, { mode: 'standing' });
    assert.equal((await check()).kind, 'granted');
    const grantId = json<{ grant: TGrant }>(again).grant.id;
    const revoke = await app.inject({ method: 'POST', url: `/api/v1/patients/${pid}/consent/grants/${grantId}/revoke`, headers: s2.writeHeaders });
    assert.equal(revoke.statusCode, 200, revoke.body);
    assert.deepEqual((await check()).reasons, ['consent.revoked']);

    const checks = await entries({ subjectId: pid, action: 'consent.check' });
    assert.deepEqual(
      checks.map((e) => e.reason).reverse(),
      ['consent.none', 'consent.granted', 'consent.purpose_not_covered', 'consent.category_not_covered', 'consent.none', 'consent.expired', 'consent.granted', 'consent.revoked'],
    );
    assert.deepEqual(checks.map((e) => e.outcome).reverse(), ['deny', 'allow', 'deny', 'deny', 'deny', 'deny', 'allow', 'deny']);
    assert.ok(checks.every((e) => e.subjectId === pid));
  });

  it('per-instance approvals: required, pending, approved once, used, declined, mismatched, expired, another patient', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    const provider = (await providerId());
    assert.equal((await give(s, pid, provider)).statusCode, 201);
    const request = disclosure(pid, provider);

    const first = await gate.checkDisclosure(t.ctx.db, request);
    assert.equal(first.kind, 'approval_required');
    assert.deepEqual(first.reasons, ['consent.approval_required']);
    const approvalId = first.kind === 'approval_required' ? first.approvalId : '';
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId })).reasons, ['consent.approval_pending']);

    // The patient sees exactly what, with whom, why.
    const listed = json<{ approvals: Array<Record<string, unknown>> }>(await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/approvals`, headers: s.headers })).approvals;
    assert.equal(listed.length, 1);
    assert.deepEqual(
      { status: listed[0]!.status, recordCount: listed[0]!.recordCount, categories: listed[0]!.categories, recipientLabel: listed[0]!.recipientLabel, purpose: listed[0]!.purpose, task: listed[0]!.task, identifiable: listed[0]!.identifiable },
      { status: 'pending', recordCount: 2, categories: ['lab_results'], recipientLabel: request.recipientLabel, purpose: 'patient_request', task: request.task, identifiable: true },
    );

    // Only the patient answers.
    const { s: otherSession } = await patientWithSession();
    const decide = (caller: TestSession, id: string, decision: string) => app.inject({ method: 'POST', url: `/api/v1/consent/approvals/${id}/decision`, headers: caller.writeHeaders, payload: { decision } });
    assert.equal((await decide(otherSession, approvalId, 'approve')).statusCode, 403);
    assert.equal((await decide(await signIn(t.ctx, clinician), approvalId, 'approve')).statusCode, 403);
    assert.equal((await decide(s, randomUUID(), 'approve')).statusCode, 404);
    const agreed = await decide(s, approvalId, 'approve');
    assert.equal(agreed.statusCode, 200, agreed.body);
    assert.equal((await decide(s, approvalId, 'decline')).statusCode, 409, 'answered once');

    // Must match exactly.
    for (const changed of [
      { recordIds: [...request.recordIds, randomUUID()] },
      { recordIds: request.recordIds.slice(0, 1) },
      { categories: ['lab_results', 'vital_signs'] as TDisclosureRequest['categories'] },
      { identifiable: false },
      { task: 'Summarize my chart' },
    ]) {
      assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, ...changed, approvalId })).reasons, ['consent.approval_mismatch'], JSON.stringify(Object.keys(changed)));
    }
    // Another patient cannot ride on this approval.
    const { user: other, s: os } = await patientWithSession();
    assert.equal((await give(os, other.patientId!, provider)).statusCode, 201);
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...disclosure(other.patientId!, provider), approvalId })).reasons, ['consent.approval_mismatch']);

    // Record ids in another order are the same disclosure; single use.
    const used = await gate.checkDisclosure(t.ctx.db, { ...request, recordIds: [...request.recordIds].reverse(), approvalId });
    assert.equal(used.kind, 'granted');
    assert.equal(used.kind === 'granted' ? used.approvalId : null, approvalId);
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId })).reasons, ['consent.approval_used']);

    // Declined.
    const second = await gate.checkDisclosure(t.ctx.db, request);
    const secondId = second.kind === 'approval_required' ? second.approvalId : '';
    assert.equal((await decide(s, secondId, 'decline')).statusCode, 200);
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId: secondId })).reasons, ['consent.approval_declined']);

    // Expired: cannot be answered, cannot be used.
    const third = await gate.checkDisclosure(t.ctx.db, request);
    const thirdId = third.kind === 'approval_required' ? third.approvalId : '';
    const fourth = await gate.checkDisclosure(t.ctx.db, request);
    const fourthId = fourth.kind === 'approval_required' ? fourth.approvalId : '';
    assert.equal((await decide(s, fourthId, 'approve')).statusCode, 200);
    clock.advance(APPROVAL_TTL_MS + 1);
    const fresh = await signIn(t.ctx, user);
    assert.equal((await decide(fresh, thirdId, 'approve')).statusCode, 409);
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId: thirdId })).reasons, ['consent.expired']);
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId: fourthId })).reasons, ['consent.expired']);
    const statuses = json<{ approvals: Array<{ id: string; status: string }> }>(await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/approvals`, headers: fresh.headers })).approvals;
    assert.equal(statuses.find((a) => a.id === thirdId)?.status, 'expired');
    assert.equal(statuses.find((a) => a.id === approvalId)?.status, 'used');

    // An approval under a grant revoked after agreeing is not usable.
    const fifth = await gate.checkDisclosure(t.ctx.db, request);
    const fifthId = fifth.kind === 'approval_required' ? fifth.approvalId : '';
    assert.equal((await decide(fresh, fifthId, 'approve')).statusCode, 200);
    const grants = json<{ grants: TGrant[] }>(await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/grants`, headers: fresh.headers })).grants;
    await app.inject({ method: 'POST', url: `/api/v1/patients/${pid}/consent/grants/${grants[0]!.id}/revoke`, headers: fresh.writeHeaders });
    assert.deepEqual((await gate.checkDisclosure(t.ctx.db, { ...request, approvalId: fifthId })).reasons, ['consent.revoked']);
  });

  it('signed receipts for every decision: downloadable by the patient, verifiable, tampering detected', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    const provider = (await providerId());
    const created = json<{ grant: TGrant; receiptId: string }>(await give(s, pid, provider));
    const request = disclosure(pid, provider);
    const pending = await gate.checkDisclosure(t.ctx.db, request);
    const approvalId = pending.kind === 'approval_required' ? pending.approvalId : '';
    await app.inject({ method: 'POST', url: `/api/v1/consent/approvals/${approvalId}/decision`, headers: s.writeHeaders, payload: { decision: 'approve' } });
    await app.inject({ method: 'POST', url: `/api/v1/patients/${pid}/consent/grants/${created.grant.id}/revoke`, headers: s.writeHeaders });

    const receipts = json<{ receipts: Array<{ id: string; decision: string }> }>(await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/receipts`, headers: s.headers })).receipts;
    assert.deepEqual(receipts.map((r) => r.decision).sort(), ['approve', 'grant', 'revoke']);
    const key = json<{ publicKeyPem: string; keyId: string }>(await app.inject({ method: 'GET', url: '/api/v1/consent/receipts/public-key', headers: s.headers }));
    const publicKey = createPublicKey(key.publicKeyPem);

    const res = await app.inject({ method: 'GET', url: `/api/v1/consent/receipts/${created.receiptId}`, headers: s.headers });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const receipt = json<TSignedReceipt>(res);
    assert.deepEqual(verifyReceipt(receipt, publicKey), { valid: true });
    assert.equal(receipt.body.decision, 'grant');
    assert.equal(receipt.body.template.version, aiTemplate().version);
    assert.equal(receipt.body.template.contentHash, aiTemplate().contentHash);
    assert.equal(receipt.keyId, key.keyId);
    // The receipt names its audit entry, which is this patient's consent.grant.
    const grantEntries = await entries({ subjectId: pid, action: 'consent.grant' });
    assert.equal(receipt.body.auditEntryId, grantEntries[0]!.id);

    const tampered = structuredClone(receipt);
    tampered.body.grant.categories = ['lab_results', 'vital_signs', 'conditions'];
    assert.deepEqual(verifyReceipt(tampered, publicKey), { valid: false, problem: 'hash_mismatch' });
    const rehashed = structuredClone(receipt);
    rehashed.signature = Buffer.alloc(64, 1).toString('base64');
    assert.deepEqual(verifyReceipt(rehashed, publicKey), { valid: false, problem: 'bad_signature' });

    const approveReceipt = json<TSignedReceipt>(await app.inject({ method: 'GET', url: `/api/v1/consent/receipts/${receipts.find((r) => r.decision === 'approve')!.id}`, headers: s.headers }));
    assert.deepEqual(approveReceipt.body.approval?.request.recordIds, request.recordIds);

    // Someone else cannot fetch it.
    const { s: other } = await patientWithSession();
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/consent/receipts/${created.receiptId}`, headers: other.headers })).statusCode, 403);
  });

  it('an unknown approval or receipt id is a 404 that still leaves a denied audit entry (probing ids is recorded)', async () => {
    const { s } = await patientWithSession();
    const approvalId = randomUUID();
    const receiptId = randomUUID();
    const decided = await app.inject({ method: 'POST', url: `/api/v1/consent/approvals/${approvalId}/decision`, headers: s.writeHeaders, payload: { decision: 'approve' } });
    assert.equal(decided.statusCode, 404);
    const read = await app.inject({ method: 'GET', url: `/api/v1/consent/receipts/${receiptId}`, headers: s.headers });
    assert.equal(read.statusCode, 404);
    const decideEntries = (await entries({ action: 'consent.decide' })).filter((e) => e.resourceId === approvalId);
    const readEntries = (await entries({ action: 'consent.read_receipt' })).filter((e) => e.resourceId === receiptId);
    assert.deepEqual(decideEntries.map((e) => [e.outcome, e.reason]), [['deny', 'not_found']]);
    assert.deepEqual(readEntries.map((e) => [e.outcome, e.reason]), [['deny', 'not_found']]);
  });

  it('exports grants as FHIR R4 Consent resources', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    const provider = (await providerId());
    const a = json<{ grant: TGrant }>(await give(s, pid, provider, { mode: 'standing', purposes: ['patient_request', 'treatment'] })).grant;
    const b = json<{ grant: TGrant }>(await give(s, pid, (await providerId()))).grant;
    await app.inject({ method: 'POST', url: `/api/v1/patients/${pid}/consent/grants/${b.id}/revoke`, headers: s.writeHeaders });
    const res = await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/fhir`, headers: s.headers });
    assert.equal(res.statusCode, 200, res.body);
    const bundle = json<{ resourceType: string; entry: Array<{ resource: TConsentResource }> }>(res);
    assert.equal(bundle.resourceType, 'Bundle');
    const byId = new Map(bundle.entry.map((e) => [e.resource.id, e.resource]));
    const active = byId.get(a.id)!;
    assert.equal(active.resourceType, 'Consent');
    assert.equal(active.status, 'active');
    assert.equal(active.scope.coding[0]?.code, 'patient-privacy');
    assert.equal(active.patient.reference, `Patient/${pid}`);
    assert.deepEqual(active.provision.purpose.map((p) => p.code).sort(), ['PATRQT', 'TREAT']);
    assert.deepEqual(active.provision.class.map((c) => c.code).sort(), ['lab_results', 'vital_signs']);
    assert.equal(active.provision.actor[0]?.reference.identifier.value, provider);
    assert.equal(active.provision.period.end, a.expiresAt);
    assert.equal(byId.get(b.id)!.status, 'inactive');
    const { s: other } = await patientWithSession();
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/consent/fhir`, headers: other.headers })).statusCode, 403);
  });

  it('stores no PHI in clear (the typed name and record ids are ciphertext), logs none, and the audit chain verifies', async () => {
    const { user, s } = await patientWithSession();
    const pid = user.patientId!;
    const provider = (await providerId());
    const signedName = `Canary ${faker.string.alpha(12)}`;
    assert.equal((await give(s, pid, provider, { signedName })).statusCode, 201);
    const recordId = randomUUID();
    const pending = await gate.checkDisclosure(t.ctx.db, disclosure(pid, provider, { recordIds: [recordId] }));
    assert.equal(pending.kind, 'approval_required');
    for (const table of ['consent_grants', 'consent_approvals', 'consent_receipts']) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t where patient_id = ${pid}`.execute(t.ctx.db);
      assert.ok(rows.rows.length > 0, table);
      for (const { row } of rows.rows) {
        assert.ok(!row.includes(signedName) && !row.includes(Buffer.from(signedName).toString('hex')), `${table} holds the name in clear`);
        if (table === 'consent_approvals') assert.ok(!row.includes(recordId), 'record id in clear');
      }
    }
    assert.ok(!logLines.some((l) => l.includes(signedName)));
    const verified = await t.verifyAudit();
    assert.equal(verified.ok, true, JSON.stringify(verified));
  });
});
