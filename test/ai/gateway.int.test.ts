// Acceptance of the AI gateway (issue 5) through the real app over a real database, with the
// recording provider as the only stand-in (for the cloud LLM): registry and BAAs, de-identify or
// send PHI or nothing, per-instance approval, revocation, BAA expiry, output scanning against a
// prompt-injection reply, the accounting of disclosures and the audit chain.
// Runs on PGlite and on PostgreSQL (CUSTOS_TEST_DB=postgres).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { listAlerts } from '../../src/modules/alerts/alerts.repo';
import { createOrganization, createUser, signIn } from '../fixtures/identity-fixtures';
import { PROMPT_INJECTION_REPLY, startRecordingProvider, type RecordingProvider } from '../fixtures/recording-provider';
import { createTestClock, createTestContext, type TestContext } from '../helpers/context';
import { testEngine } from '../helpers/db';
import { addProvider, askAi, buildAiWorld, canariesIn, grantConsent, json, putBaa, type AiWorld, type Json } from './ai-harness';

const PSEUDONYM = /\[(?:NAME|MRN|PHONE|EMAIL|ADDRESS|DATE|ID)-[A-Z2-7]{8}\]/g;
const API_KEY = 'sk-test-recording-0123456789';

describe(`AI gateway acceptance (${testEngine})`, () => {
  const clock = createTestClock(new Date('2026-03-02T09:00:00.000Z'));
  let t: TestContext;
  let rp: RecordingProvider;
  let w: AiWorld;
  let noBaaId: string;
  let baaId: string;

  before(async () => {
    t = await createTestContext({ clock });
    rp = await startRecordingProvider();
    w = await buildAiWorld(t, { adapterOptions: { caCertificates: rp.ca, maxRetries: 0, timeoutMs: 10_000 } });
    noBaaId = await addProvider(w, { name: 'Research GPT', adapter: 'openai', endpoint: `${rp.url}/v1`, model: 'gpt-test', apiKey: API_KEY, terms: { zeroDataRetention: false, region: 'us' } });
    baaId = await addProvider(w, { name: 'Covered Claude', adapter: 'anthropic', endpoint: rp.url, model: 'claude-test', apiKey: API_KEY, terms: { zeroDataRetention: true, region: 'us-east' } });
    const baa = await putBaa(w, baaId, { status: 'active', signedOn: '2025-12-15', effectiveOn: '2026-01-01', expiresOn: '2026-12-31', coveredModels: ['claude-test'], documentRef: 'BAA-2026-001' });
    assert.equal(baa.statusCode, 200, baa.body);
  });
  after(async () => {
    await w?.app.close();
    await rp?.close();
    await t?.close();
  });

  const allSent = () => rp.requests.map((r) => r.rawBody).join('\n');

  it('lists the configurations with their BAA and PHI status, never an API key; only admins add them', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/ai/providers', headers: w.patientSession.headers });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(!res.body.includes(API_KEY));
    const providers = json<{ providers: Array<Json & { name: string; phiAllowed: boolean; hasApiKey: boolean; baa: Json | null; adapter: string }> }>(res).providers;
    const byName = new Map(providers.map((p) => [p.name, p]));
    assert.equal(byName.get('custos-local')?.adapter, 'local');
    assert.equal(byName.get('custos-local')?.phiAllowed, true, 'the built-in local provider keeps data on the server');
    assert.equal(byName.get('Research GPT')?.phiAllowed, false);
    assert.equal(byName.get('Research GPT')?.hasApiKey, true);
    assert.equal(byName.get('Research GPT')?.baa, null);
    assert.equal(byName.get('Covered Claude')?.phiAllowed, true);
    assert.deepEqual((byName.get('Covered Claude')?.baa as Json).coveredModels, ['claude-test']);
    for (const p of providers) assert.ok(!('apiKey' in p));

    // The key is ciphertext at rest.
    const rows = await t.ctx.db.selectFrom('ai_provider_configs').select(['api_key_ct']).execute();
    for (const row of rows) if (row.api_key_ct) assert.ok(!Buffer.from(row.api_key_ct).toString('latin1').includes(API_KEY));
    assert.ok(!w.logLines.join('\n').includes(API_KEY));

    for (const endpoint of ['http://models.example.test/v1', 'https://user:pw@models.example.test/v1']) {
      const bad = await w.app.inject({ method: 'POST', url: '/api/v1/ai/providers', headers: w.adminSession.writeHeaders, payload: { name: `Bad ${endpoint.length}`, adapter: 'openai', endpoint, model: 'x', terms: { zeroDataRetention: false, region: null } } });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.ok(!bad.body.includes('pw@'));
    }
    // Another organization's admin cannot see or touch this organization's configurations.
    const otherOrg = await createOrganization(t.ctx);
    const foreignAdmin = await signIn(t.ctx, await createUser(t.ctx, { role: 'admin', organizationId: otherOrg }));
    const foreignBaa = await putBaa(w, baaId, { status: 'terminated', signedOn: '2025-12-15', effectiveOn: '2026-01-01', expiresOn: '2026-12-31', coveredModels: ['claude-test'], documentRef: 'X' }, foreignAdmin);
    assert.equal(foreignBaa.statusCode, 404, foreignBaa.body);
    const foreignList = await w.app.inject({ method: 'GET', url: '/api/v1/ai/providers', headers: foreignAdmin.headers });
    assert.deepEqual(json<{ providers: Array<{ name: string }> }>(foreignList).providers.map((p) => p.name), ['custos-local']);

    const reserved = await w.app.inject({ method: 'POST', url: '/api/v1/ai/providers', headers: w.adminSession.writeHeaders, payload: { name: 'custos-default', adapter: 'openai', model: 'x', terms: { zeroDataRetention: false, region: null } } });
    assert.equal(reserved.statusCode, 409, reserved.body);

    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const refused = await w.app.inject({ method: 'POST', url: '/api/v1/ai/providers', headers: (await signIn(t.ctx, clinician)).writeHeaders, payload: { name: 'Sneaky', adapter: 'openai', endpoint: 'https://example.test/v1', model: 'x', terms: { zeroDataRetention: false, region: null } } });
    assert.equal(refused.statusCode, 403, refused.body);
    const patientBaa = await putBaa(w, noBaaId, { status: 'active', signedOn: '2026-01-01', effectiveOn: '2026-01-01', expiresOn: '2026-12-31', coveredModels: ['gpt-test'], documentRef: 'fake' }, w.patientSession);
    assert.equal(patientBaa.statusCode, 403, patientBaa.body);
    const officer = await createUser(t.ctx, { role: 'compliance_officer' });
    const officerBaa = await putBaa(w, baaId, { status: 'active', signedOn: '2025-12-15', effectiveOn: '2026-01-01', expiresOn: '2026-12-31', coveredModels: ['claude-test'], documentRef: 'BAA-2026-001' }, await signIn(t.ctx, officer));
    assert.equal(officerBaa.statusCode, 200, officerBaa.body);

    // Management is audited, without the key.
    await t.ctx.flushAudit();
    const created = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, action: 'ai_provider.create', limit: 50 });
    assert.equal(created.entries.length, 2);
    for (const entry of created.entries) {
      assert.equal(entry.actorId, w.admin.id);
      const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: entry.organizationId, id: entry.id });
      assert.ok(details && !JSON.stringify(details).includes(API_KEY));
    }
    const baas = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, action: 'ai_baa.put', limit: 50 });
    assert.equal(baas.entries.filter((e) => e.outcome === 'allow').length, 2);
  });

  it('with no consent sends nothing and answers 403 listing the reasons', async () => {
    const before = rp.requests.length;
    const res = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId });
    assert.equal(res.statusCode, 403, res.body);
    const body = json<{ code: string; reasons: string[]; error: { code: string; reasons: string[]; requestId: string } }>(res);
    assert.equal(body.code, 'forbidden');
    assert.deepEqual(body.reasons, ['consent.none']);
    assert.equal(body.error.code, 'forbidden');
    assert.deepEqual(body.error.reasons, ['consent.none']);
    assert.equal(rp.requests.length, before, 'nothing was sent');
  });

  it('without a BAA: the provider receives only pseudonyms, and the patient sees the answer with them restored', async () => {
    await grantConsent(w, noBaaId, 'standing');
    rp.reset();
    // A model that quotes every placeholder it was given back.
    rp.setReply((request) => `Your HbA1c is high. Placeholders: ${[...new Set(request.rawBody.match(PSEUDONYM) ?? [])].join(' ')}`);
    const res = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(rp.requests.length, 1);
    const sent = allSent();
    assert.deepEqual(canariesIn(sent, w.canaries), [], 'no canary identifier reached the provider');
    assert.match(sent, /\[NAME-[A-Z2-7]{8}\]/);
    assert.match(sent, /\[MRN-[A-Z2-7]{8}\]/);
    assert.match(sent, /Hemoglobin A1c: 8\.2 %/, 'the lab values themselves are sent');
    assert.equal(rp.requests[0]!.headers.authorization, `Bearer ${API_KEY}`);
    const body = json<{ id: string; status: string; answer: string; disclosure: { identifiable: boolean; categories: string[]; recordCount: number; recipientLabel: string } }>(res);
    assert.equal(body.status, 'completed');
    assert.deepEqual(body.disclosure, { ...body.disclosure, identifiable: false, categories: ['lab_results'], recordCount: 2 });
    for (const value of [w.canaries.name, w.canaries.mrn, w.canaries.phone, w.canaries.email]) assert.ok(body.answer.includes(value), 'restored for the patient');
    assert.doesNotMatch(body.answer, PSEUDONYM);

    // The stored answer: ciphertext at rest, readable by the patient who asked and nobody else.
    const row = await t.ctx.db.selectFrom('ai_requests').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'completed');
    assert.ok(!Buffer.from(row.answer_ct!).toString('latin1').includes(w.canaries.mrn));
    const mine = await w.app.inject({ method: 'GET', url: `/api/v1/ai/requests/${body.id}`, headers: w.patientSession.headers });
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(json<{ answer: string }>(mine).answer, body.answer);
    const theirs = await w.app.inject({ method: 'GET', url: `/api/v1/ai/requests/${body.id}`, headers: w.otherSession.headers });
    assert.equal(theirs.statusCode, 404, theirs.body);
  });

  it("never reaches another patient's records: by patient id, by record id", async () => {
    const before = rp.requests.length;
    const byPatient = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId, patientId: w.other.patientId });
    assert.equal(byPatient.statusCode, 403, byPatient.body);
    const byRecord = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId, recordIds: [w.otherRecordIds[0]] });
    assert.equal(byRecord.statusCode, 404, byRecord.body);
    assert.equal(rp.requests.length, before);
    assert.deepEqual(canariesIn(allSent(), w.otherCanaries), []);
  });

  it('a prompt-injection reply reveals nothing of another patient, and its links and images are neutralized', async () => {
    rp.reset();
    rp.replyWithInjection();
    const res = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId });
    assert.equal(res.statusCode, 200, res.body);
    const answer = json<{ answer: string }>(res).answer;
    assert.ok(PROMPT_INJECTION_REPLY.includes('Exampleperson'));
    for (const leaked of ['Exampleperson', '99887766', '1970-01-01', 'exfil.example.test', 'https://', '](', '![']) assert.ok(!answer.includes(leaked), `"${leaked}" is withheld`);
    assert.deepEqual(canariesIn(answer, w.otherCanaries), []);
    // The fence: the records went as data between nonce markers, with the instruction to treat them so.
    const sent = allSent();
    assert.match(sent, /<<<PATIENT RECORDS [\w-]+>>>/);
    assert.match(sent, /data, never instructions/);
    assert.deepEqual(canariesIn(sent, w.otherCanaries), [], "the other patient's records were never retrieved");
  });

  it('with a BAA: PHI goes only after the per-instance approval, and one approval is one disclosure', async () => {
    await grantConsent(w, baaId, 'per_instance');
    rp.reset();
    rp.setReply('Your results are explained.');
    const first = await askAi(w, { task: 'explain_lab_results', providerConfigId: baaId });
    assert.equal(first.statusCode, 202, first.body);
    const pending = json<{ status: string; approvalId: string; disclosure: { identifiable: boolean; recipientLabel: string } }>(first);
    assert.equal(pending.status, 'approval_required');
    assert.equal(pending.disclosure.identifiable, true);
    assert.equal(rp.requests.length, 0, 'nothing before the approval');

    // Using the approval before the patient answered it is refused.
    const early = await askAi(w, { task: 'explain_lab_results', providerConfigId: baaId, approvalId: pending.approvalId });
    assert.equal(early.statusCode, 403, early.body);
    assert.equal(rp.requests.length, 0);

    const agree = await w.app.inject({ method: 'POST', url: `/api/v1/consent/approvals/${pending.approvalId}/decision`, headers: w.patientSession.writeHeaders, payload: { decision: 'approve' } });
    assert.equal(agree.statusCode, 200, agree.body);
    const second = await askAi(w, { task: 'explain_lab_results', providerConfigId: baaId, approvalId: pending.approvalId });
    assert.equal(second.statusCode, 200, second.body);
    assert.equal(rp.requests.length, 1);
    assert.equal(rp.requests[0]!.api, 'anthropic');
    assert.equal(rp.requests[0]!.headers['x-api-key'], API_KEY);
    assert.ok(canariesIn(allSent(), w.canaries).includes(w.canaries.mrn), 'PHI went to the covered provider');

    const reused = await askAi(w, { task: 'explain_lab_results', providerConfigId: baaId, approvalId: pending.approvalId });
    assert.equal(reused.statusCode, 403, reused.body);
    assert.equal(rp.requests.length, 1, 'a used approval sends nothing');
  });

  it('after revocation nothing is sent', async () => {
    const grants = await w.app.inject({ method: 'GET', url: `/api/v1/patients/${w.patient.patientId}/consent/grants`, headers: w.patientSession.headers });
    const grant = json<{ grants: Array<{ id: string; recipient: { providerConfigId?: string }; status?: string }> }>(grants).grants.find((g) => g.recipient.providerConfigId === noBaaId);
    assert.ok(grant);
    const revoke = await w.app.inject({ method: 'POST', url: `/api/v1/patients/${w.patient.patientId}/consent/grants/${grant.id}/revoke`, headers: w.patientSession.writeHeaders, payload: {} });
    assert.equal(revoke.statusCode, 200, revoke.body);
    rp.reset();
    const res = await askAi(w, { task: 'explain_lab_results', providerConfigId: noBaaId });
    assert.equal(res.statusCode, 403, res.body);
    assert.ok(json<{ reasons: string[] }>(res).reasons.length > 0);
    assert.equal(rp.requests.length, 0);
  });

  it('the built-in local provider answers offline: no request leaves, the answer quotes the records', async () => {
    const list = await w.app.inject({ method: 'GET', url: '/api/v1/ai/providers', headers: w.patientSession.headers });
    const local = json<{ providers: Array<{ id: string; adapter: string; isDefault: boolean }> }>(list).providers.find((p) => p.adapter === 'local');
    assert.ok(local?.isDefault, 'the local configuration is the default on a fresh organization');
    await grantConsent(w, local.id, 'standing');
    rp.reset();
    const res = await askAi(w, { task: 'explain_lab_results' });
    assert.equal(res.statusCode, 200, res.body);
    const body = json<{ answer: string; disclosure: { identifiable: boolean; recipientLabel: string } }>(res);
    assert.match(body.answer, /Automatic extractive summary/);
    assert.match(body.answer, /Hemoglobin A1c: 8\.2 %/);
    assert.equal(body.disclosure.identifiable, true);
    assert.match(body.disclosure.recipientLabel, /nothing leaves/);
    assert.equal(rp.requests.length, 0);
  });

  it('a clinician asks through the same pipeline: care team only, and only under a consent for treatment', async () => {
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const session = await signIn(t.ctx, clinician);
    const ask = () => askAi(w, { task: 'question', question: 'What do the recent lab results show?', providerConfigId: noBaaId }, session);
    rp.reset();
    const outside = await ask();
    assert.equal(outside.statusCode, 403, outside.body);
    const team = await w.app.inject({ method: 'POST', url: '/api/v1/care-teams', headers: w.adminSession.writeHeaders, payload: { name: 'Diabetes clinic' } });
    assert.equal(team.statusCode, 201, team.body);
    const teamId = json<{ careTeam: { id: string } }>(team).careTeam.id;
    for (const [path, payload] of [['members', { userId: clinician.id }], ['patients', { patientId: w.patient.patientId }]] as const) {
      const added = await w.app.inject({ method: 'POST', url: `/api/v1/care-teams/${teamId}/${path}`, headers: w.adminSession.writeHeaders, payload });
      assert.equal(added.statusCode, 200, added.body);
    }
    const unconsented = await ask();
    assert.equal(unconsented.statusCode, 403, unconsented.body);
    assert.ok(json<{ reasons: string[] }>(unconsented).reasons.every((r) => r.startsWith('consent.')));
    assert.equal(rp.requests.length, 0);
    await grantConsent(w, noBaaId, 'standing', ['lab_results'], ['treatment']);
    rp.setReply('The HbA1c is above target.');
    const ok = await ask();
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(rp.requests.length, 1);
    assert.deepEqual(canariesIn(allSent(), w.canaries), []);
  });

  it('every disclosure is in the accounting of disclosures and the audit chain verifies', async () => {
    await t.ctx.flushAudit();
    const page = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, action: 'disclosure.ai_provider', subjectId: w.patient.patientId!, limit: 100 });
    const completed = await t.ctx.db.selectFrom('ai_requests').select(['id']).where('patient_id', '=', w.patient.patientId!).execute();
    assert.equal(page.entries.length, completed.length);
    assert.ok(page.entries.length >= 3);
    for (const entry of page.entries) {
      assert.equal(entry.subjectId, w.patient.patientId);
      assert.equal(entry.outcome, 'allow');
      const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: entry.organizationId, id: entry.id });
      assert.ok(details);
      assert.deepEqual(details.categories, ['lab_results']);
      assert.equal(typeof details.identifiable, 'boolean');
      assert.ok(Array.isArray(details.recordIds) && details.recordIds.length === 2);
    }
    // The patient's own accounting of disclosures lists each one, with recipient, categories and whether PHI left.
    const accounting = await w.app.inject({ method: 'GET', url: `/api/v1/patients/${w.patient.patientId}/disclosures`, headers: w.patientSession.headers });
    assert.equal(accounting.statusCode, 200, accounting.body);
    const listed = json<{ entries: Array<{ id: string; recipientKind: string; recipient: string | null; categories: string[]; identifiable: boolean | null }> }>(accounting).entries;
    assert.deepEqual(listed.map((e) => e.id).sort(), page.entries.map((e) => e.id).sort());
    for (const e of listed) {
      assert.equal(e.recipientKind, 'ai_provider');
      assert.ok(e.recipient && e.recipient.length > 0);
      assert.deepEqual(e.categories, ['lab_results']);
    }
    assert.ok(listed.some((e) => e.identifiable === false) && listed.some((e) => e.identifiable === true));
    assert.deepEqual(canariesIn(w.logLines.join('\n'), w.canaries), [], 'no canary in the log');

    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });

  it('a BAA ending within 30 days raises an alert, and once it has expired nothing is sent', async () => {
    const shortId = await addProvider(w, { name: 'Expiring Claude', adapter: 'anthropic', endpoint: rp.url, model: 'claude-test', apiKey: API_KEY, terms: { zeroDataRetention: true, region: 'us' } });
    const baa = await putBaa(w, shortId, { status: 'active', signedOn: '2026-01-01', effectiveOn: '2026-01-01', expiresOn: '2026-03-20', coveredModels: ['claude-test'], documentRef: 'BAA-SHORT' });
    assert.equal(baa.statusCode, 200, baa.body);
    await grantConsent(w, shortId, 'standing');
    rp.reset();
    rp.setReply('Fine.');
    const ok = await askAi(w, { task: 'explain_lab_results', providerConfigId: shortId });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(rp.requests.length, 1);
    const alerts = await listAlerts(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, kind: 'baa.expiring' });
    assert.equal(alerts.filter((a) => a.summary.includes(shortId)).length, 1, 'one alert for this BAA');

    clock.set(new Date('2026-03-21T00:00:01.000Z'));
    w.patientSession = await signIn(t.ctx, w.patient);
    const expired = await askAi(w, { task: 'explain_lab_results', providerConfigId: shortId });
    assert.equal(expired.statusCode, 403, expired.body);
    assert.deepEqual(json<{ reasons: string[] }>(expired).reasons, ['baa.expired']);
    assert.equal(rp.requests.length, 1, 'nothing more was sent');
    await t.ctx.flushAudit();
    const denials = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, action: 'ai.request', subjectId: w.patient.patientId!, limit: 10 });
    assert.ok(denials.entries.some((e) => e.outcome === 'deny' && e.reason === 'baa.expired'), 'the refusal is audited with its reason');
    const list = await w.app.inject({ method: 'GET', url: '/api/v1/ai/providers', headers: w.patientSession.headers });
    assert.equal(json<{ providers: Array<{ id: string; phiAllowed: boolean }> }>(list).providers.find((p) => p.id === shortId)?.phiAllowed, false);
    const stored = await sql<{ n: number }>`select count(*)::int as n from ai_requests where provider_config_id = ${shortId}`.execute(t.ctx.db);
    assert.equal(stored.rows[0]!.n, 1);
  });
});
