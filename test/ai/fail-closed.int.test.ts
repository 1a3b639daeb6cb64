// Fail closed (issue 5): any error before the provider call means nothing is sent. The gateway is
// built directly with real parts (database, records door, registry, audit, deid engine, adapters
// to the recording provider) and one part made to fail at a time; a positive control with the
// same parts proves the setup does send when nothing fails. Runs on PGlite and on PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../../src/core/errors';
import { createAuthorize } from '../../src/modules/access/authorize';
import { createAiGateway, type AiGatewayDeps, type TAiCall } from '../../src/modules/ai/ai-gateway';
import { createProviderRegistry, type ProviderRegistry } from '../../src/modules/ai/ai-registry.service';
import { createProviderFactory } from '../../src/modules/ai/provider-factory';
import { createDeidEngine, type DeidEngine } from '../../src/modules/deid/deid-engine';
import { createRecordsService } from '../../src/modules/records/records.service';
import type { TAuth } from '../../src/server/auth';
import { createUser } from '../fixtures/identity-fixtures';
import { startRecordingProvider, type RecordingProvider } from '../fixtures/recording-provider';
import { createTestClock, createTestContext, type TestContext } from '../helpers/context';
import { testEngine } from '../helpers/db';
import { canariesIn, labObservation, makeCanaries } from './ai-harness';
import { createConsentDouble, type ConsentDouble } from './consent-double';

describe(`AI gateway fails closed (${testEngine})`, () => {
  const clock = createTestClock(new Date('2026-03-02T09:00:00.000Z'));
  const canaries = makeCanaries(99);
  let t: TestContext;
  let rp: RecordingProvider;
  let registry: ProviderRegistry;
  let consent: ConsentDouble;
  let engine: DeidEngine;
  let base: AiGatewayDeps;
  let auth: TAuth;
  let patientId: string;
  let providerId: string;
  let grantId: string;

  before(async () => {
    t = await createTestContext({ clock });
    rp = await startRecordingProvider();
    const authorize = createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock });
    registry = createProviderRegistry({ db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, authorize, clock });
    const records = createRecordsService({ db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, authorize, clock });
    consent = createConsentDouble();
    engine = createDeidEngine();
    const patient = await createUser(t.ctx, { role: 'patient' });
    const admin = await createUser(t.ctx, { role: 'admin' });
    patientId = patient.patientId!;
    auth = { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: patient.id, organizationId: patient.organizationId, role: 'patient', patientId };
    const requestContext = { requestId: randomUUID(), clientAddress: '127.0.0.1' };
    await records.createRecord({ auth, requestContext, patientId, resourceType: 'Observation', resource: labObservation(canaries, { name: 'Potassium', value: 5.9, unit: 'mmol/L', flag: 'H' }) });
    const adminAuth: TAuth = { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: admin.id, organizationId: admin.organizationId, role: 'admin', patientId: null };
    providerId = (await registry.createProvider({ auth: adminAuth, requestContext, body: { name: 'No BAA GPT', adapter: 'openai', endpoint: `${rp.url}/v1`, model: 'gpt-test', apiKey: 'sk-x', terms: { zeroDataRetention: false, region: null } } })).id;
    grantId = consent.grant({ patientId, providerConfigId: providerId, purposes: ['patient_request'], categories: ['lab_results'], mode: 'standing' });
    base = {
      db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, clock, records, consent, registry,
      adapters: createProviderFactory({ caCertificates: rp.ca, maxRetries: 0, timeoutMs: 5_000 }),
      deidEngine: () => engine,
      authorize,
    };
  });
  after(async () => {
    await rp?.close();
    await t?.close();
  });

  const call = (): TAiCall => ({ auth, requestContext: { requestId: randomUUID(), clientAddress: '127.0.0.1' }, patientId, task: 'explain_lab_results', provider: { id: providerId } });
  const requestRows = () => t.ctx.db.selectFrom('ai_requests').select(['id', 'status']).where('patient_id', '=', patientId).execute();

  it('positive control: with every part working, the provider gets one de-identified request', async () => {
    rp.reset();
    const outcome = await createAiGateway(base).run(call());
    assert.equal(outcome.status, 'completed');
    assert.equal(rp.requests.length, 1);
    assert.deepEqual(canariesIn(rp.requests[0]!.rawBody, canaries), []);
  });

  const failures: Array<[string, () => AiGatewayDeps]> = [
    ['the de-identification engine throws', () => ({ ...base, deidEngine: () => ({ ...engine, detect: () => { throw new Error('deid broke'); } }) })],
    ['the consent store fails', () => ({ ...base, consent: { checkDisclosure: async () => { throw new AppError('unavailable', 'consent store down'); } } })],
    ['the BAA lookup fails', () => ({ ...base, registry: { ...registry, resolveProvider: async () => { throw new AppError('unavailable', 'registry down'); } } })],
    ['the BAA expiry check fails', () => ({ ...base, registry: { ...registry, checkBaaExpiry: async () => { throw new AppError('unavailable', 'alerts down'); } } })],
    ['the records door fails', () => ({ ...base, records: { searchRecords: async () => { throw new AppError('internal', 'records down'); } } })],
    ['the adapter cannot be built', () => ({ ...base, adapters: () => { throw new AppError('config_invalid', 'bad endpoint'); } })],
    ['the disclosure cannot be audited', () => ({ ...base, audit: { appendAudit: async (db, entry) => { if (entry.action === 'disclosure.ai_provider') throw new AppError('unavailable', 'audit down'); return t.ctx.audit.appendAudit(db, entry); } } })],
  ];
  for (const [name, deps] of failures) {
    it(`sends nothing when ${name}`, async () => {
      rp.reset();
      const rowsBefore = (await requestRows()).length;
      await assert.rejects(() => createAiGateway(deps()).run(call()));
      assert.equal(rp.requests.length, 0);
      assert.equal((await requestRows()).length, rowsBefore, 'no request row either');
    });
  }

  it('a provider failure after sending is recorded as failed, and its error names no PHI', async () => {
    rp.reset();
    rp.failNext(1, { status: 400, errorType: 'invalid_request_error' });
    await assert.rejects(
      () => createAiGateway(base).run(call()),
      (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.deepEqual(canariesIn(`${error.message} ${JSON.stringify(error.details)}`, canaries), []);
        return true;
      },
    );
    assert.equal(rp.requests.length, 1);
    const rows = await requestRows();
    assert.ok(rows.some((r) => r.status === 'failed'));
  });

  it('a revoked grant stops the next request at once', async () => {
    rp.reset();
    consent.revoke(grantId);
    await assert.rejects(() => createAiGateway(base).run(call()), (error: unknown) => error instanceof AppError && error.code === 'forbidden' && JSON.stringify(error.details).includes('consent.revoked'));
    assert.equal(rp.requests.length, 0);
  });
});
