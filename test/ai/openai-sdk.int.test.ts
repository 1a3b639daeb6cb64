// The `openai` npm package pointed at Custos works unchanged apart from base URL, key and headers,
// with and without streaming, over real HTTPS (the SDK trusts the test server's certificate via a
// fetch dispatcher; verification stays on). The recording provider behind Custos has no BAA, so it
// must see pseudonyms only. Runs on PGlite and on PostgreSQL (CUSTOS_TEST_DB=postgres).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { createTlsDispatcher } from '../../src/modules/ai/providers/tls-dispatcher';
import { startServer } from '../../src/server/app';
import { startRecordingProvider, type RecordingProvider } from '../fixtures/recording-provider';
import { createTestClock, createTestContext, type TestContext } from '../helpers/context';
import { testEngine } from '../helpers/db';
import { addProvider, buildAiWorld, canariesIn, grantConsent, json, putBaa, serverCa, type AiWorld } from './ai-harness';

const PSEUDONYM = /\[(?:NAME|MRN|PHONE|EMAIL|ADDRESS)-[A-Z2-7]{8}\]/g;

describe(`OpenAI SDK against /v1/chat/completions (${testEngine})`, () => {
  const clock = createTestClock(new Date('2026-03-02T09:00:00.000Z'));
  let t: TestContext;
  let rp: RecordingProvider;
  let w: AiWorld;
  let client: OpenAI;
  let token: string;
  let baseURL: string;
  let fetchOptions: NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];

  before(async () => {
    t = await createTestContext({ clock });
    rp = await startRecordingProvider();
    w = await buildAiWorld(t, { adapterOptions: { caCertificates: rp.ca, maxRetries: 0, timeoutMs: 10_000 } });
    const providerId = await addProvider(w, { name: 'research-gpt', adapter: 'openai', endpoint: `${rp.url}/v1`, model: 'gpt-test', apiKey: 'sk-upstream', terms: { zeroDataRetention: false, region: 'us' } });
    await addProvider(w, { name: 'unconsented-gpt', adapter: 'openai', endpoint: `${rp.url}/v1`, model: 'gpt-test', apiKey: 'sk-upstream', terms: { zeroDataRetention: false, region: 'us' } });
    await grantConsent(w, providerId, 'standing');
    const issued = await w.app.inject({
      method: 'POST',
      url: '/api/v1/access-tokens',
      headers: w.patientSession.writeHeaders,
      payload: { name: 'My lab app', scope: { resourceTypes: ['Observation', 'DiagnosticReport'], subject: { kind: 'patient', patientId: w.patient.patientId }, access: 'read', purpose: 'patient_request' }, expiresInDays: 30 },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    token = json<{ token: string }>(issued).token;
    const { port } = await startServer(w.app, { host: '127.0.0.1', port: 0 });
    baseURL = `https://localhost:${port}/v1`;
    fetchOptions = { dispatcher: await createTlsDispatcher([serverCa(t)]) } as unknown as NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];
    client = new OpenAI({ apiKey: token, baseURL, fetchOptions, maxRetries: 0, defaultHeaders: { 'X-Custos-Patient': w.patient.patientId!, 'X-Custos-Purpose': 'patient_request' } });
    rp.setReply((request) => `Your HbA1c of 8.2 % is above the target. Noted for ${[...new Set(request.rawBody.match(PSEUDONYM) ?? [])].join(', ')}.`);
  });
  after(async () => {
    await w?.app.close();
    await rp?.close();
    await t?.close();
  });

  it('answers a chat completion with the records attached and de-identified', async () => {
    rp.reset();
    rp.setReply((request) => `Your HbA1c of 8.2 % is above the target. Noted for ${[...new Set(request.rawBody.match(PSEUDONYM) ?? [])].join(', ')}.`);
    // The integrator's own message names the patient too: it is de-identified with the records.
    const question = `Patient ${w.canaries.name}, MRN ${w.canaries.mrn}, asks: what do my lab results mean?`;
    const completion = await client.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: question }] });
    const content = completion.choices[0]?.message.content ?? '';
    assert.match(content, /HbA1c of 8\.2 %/);
    assert.ok(content.includes(w.canaries.name), 'the pseudonym is restored for the caller');
    assert.equal(completion.object, 'chat.completion');
    assert.equal(rp.requests.length, 1);
    const sent = rp.requests[0]!.rawBody;
    assert.deepEqual(canariesIn(sent, w.canaries), []);
    assert.match(sent, /asks: what do my lab results mean\?/);
    assert.match(sent, /Hemoglobin A1c/);
    assert.equal(rp.requests[0]!.headers.authorization, 'Bearer sk-upstream', 'the upstream key, never the Custos token');
    assert.ok(!sent.includes(token));
  });

  it('streams the same answer as chunks', async () => {
    rp.reset();
    rp.setReply('Line one about HbA1c 8.2 %.\nLine two: see your clinician.');
    const stream = await client.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Explain my lab results' }], stream: true });
    let text = '';
    let chunks = 0;
    let finish: string | null = null;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    assert.equal(text, 'Line one about HbA1c 8.2 %.\nLine two: see your clinician.');
    assert.ok(chunks >= 3);
    assert.equal(finish, 'stop');
    assert.equal(rp.requests.length, 1);
    assert.equal((rp.requests[0]!.body as { stream?: boolean }).stream, true, 'streamed from the provider too');
  });

  it('a provider stream cut off midway ends the client stream with an error, never as a whole answer', async () => {
    rp.reset();
    rp.enqueue({ kind: 'reply', text: 'First line of the answer.\nSecond line.\nThird line.\nFourth line.', truncate: true, chunkSize: 6 });
    const stream = await client.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Explain my lab results' }], stream: true });
    await assert.rejects(async () => {
      for await (const chunk of stream) void chunk;
    });
    const rows = await t.ctx.db.selectFrom('ai_requests').select(['status']).where('patient_id', '=', w.patient.patientId!).orderBy('created_at', 'desc').execute();
    assert.ok(rows.some((r) => r.status === 'failed'));
  });

  it('streams line by line, each line scanned: an injected link split across upstream chunks never comes through', async () => {
    rp.reset();
    rp.replyWithInjection();
    const stream = await client.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Explain my lab results' }], stream: true });
    const pieces: string[] = [];
    let requestId: string | undefined;
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta?.content;
      if (content) pieces.push(content);
      requestId ??= (chunk as unknown as { custos?: { requestId?: string } }).custos?.requestId;
    }
    const text = pieces.join('');
    assert.ok(pieces.length >= 4, 'one piece per line, as the provider streams');
    for (const leaked of ['exfil.example.test', 'https://', '![', 'Exampleperson', '99887766']) assert.ok(!text.includes(leaked), leaked);
    assert.ok(requestId);
    const stored = await w.app.inject({ method: 'GET', url: `/api/v1/ai/requests/${requestId}`, headers: w.patientSession.headers });
    assert.equal(stored.statusCode, 200, stored.body);
    assert.equal(json<{ answer: string }>(stored).answer, text, 'what was streamed is what was stored');
  });

  it('a per-instance grant: 403 approval_required with the approval id, then the approved call sends PHI once', async () => {
    const coveredId = await addProvider(w, { name: 'covered-gpt', adapter: 'openai', endpoint: `${rp.url}/v1`, model: 'gpt-test', apiKey: 'sk-upstream', terms: { zeroDataRetention: true, region: 'us' } });
    const baa = await putBaa(w, coveredId, { status: 'active', signedOn: '2026-01-01', effectiveOn: '2026-01-01', expiresOn: '2026-12-31', coveredModels: ['gpt-test'], documentRef: 'BAA-7' });
    assert.equal(baa.statusCode, 200, baa.body);
    await grantConsent(w, coveredId, 'per_instance');
    rp.reset();
    rp.setReply('Explained.');
    const ask = (c: OpenAI) => c.chat.completions.create({ model: 'covered-gpt', messages: [{ role: 'user', content: 'What do my lab results mean?' }] });
    let approvalId = '';
    await assert.rejects(
      () => ask(client),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.PermissionDeniedError);
        const body = error.error as { code?: string; approvalId?: string; disclosure?: { identifiable?: boolean } };
        assert.equal(body.code, 'approval_required');
        assert.equal(body.disclosure?.identifiable, true);
        approvalId = body.approvalId ?? '';
        return true;
      },
    );
    assert.equal(rp.requests.length, 0, 'nothing before the approval');
    const agree = await w.app.inject({ method: 'POST', url: `/api/v1/consent/approvals/${approvalId}/decision`, headers: w.patientSession.writeHeaders, payload: { decision: 'approve' } });
    assert.equal(agree.statusCode, 200, agree.body);
    const approved = new OpenAI({ apiKey: token, baseURL, fetchOptions, maxRetries: 0, defaultHeaders: { 'X-Custos-Patient': w.patient.patientId!, 'X-Custos-Approval': approvalId } });
    const completion = await ask(approved);
    assert.equal(completion.choices[0]?.message.content, 'Explained.');
    assert.equal(rp.requests.length, 1);
    assert.ok(canariesIn(rp.requests[0]!.rawBody, w.canaries).includes(w.canaries.mrn), 'PHI went to the covered provider');
    await assert.rejects(() => ask(approved), OpenAI.PermissionDeniedError);
    assert.equal(rp.requests.length, 1, 'one approval, one disclosure');
  });

  it('refuses without consent (403 with reasons), another patient, or a bad token, and sends nothing', async () => {
    rp.reset();
    await assert.rejects(
      () => client.chat.completions.create({ model: 'unconsented-gpt', messages: [{ role: 'user', content: 'What do my lab results mean?' }] }),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.PermissionDeniedError, String((error as { status?: number }).status) + JSON.stringify((error as { error?: unknown }).error));
        assert.deepEqual((error.error as { reasons?: string[] }).reasons, ['consent.none']);
        return true;
      },
    );
    const other = new OpenAI({ apiKey: token, baseURL, fetchOptions, maxRetries: 0, defaultHeaders: { 'X-Custos-Patient': w.other.patientId! } });
    await assert.rejects(() => other.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'What do my lab results mean?' }] }), OpenAI.PermissionDeniedError);
    const stranger = new OpenAI({ apiKey: 'cus_pat_not-a-real-token', baseURL, fetchOptions, maxRetries: 0, defaultHeaders: { 'X-Custos-Patient': w.patient.patientId! } });
    await assert.rejects(() => stranger.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Hi' }] }), OpenAI.AuthenticationError);
    assert.equal(rp.requests.length, 0);
  });

  it('answers errors raised before the gateway (authentication, validation) in OpenAI\'s error shape too', async () => {
    rp.reset();
    const stranger = new OpenAI({ apiKey: 'cus_pat_not-a-real-token', baseURL, fetchOptions, maxRetries: 0, defaultHeaders: { 'X-Custos-Patient': w.patient.patientId! } });
    await assert.rejects(
      () => stranger.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Hi' }] }),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.AuthenticationError);
        assert.equal(error.code, 'unauthenticated');
        assert.equal(error.type, 'unauthenticated');
        assert.match(error.message, /^401 /);
        return true;
      },
    );
    const noPatient = new OpenAI({ apiKey: token, baseURL, fetchOptions, maxRetries: 0 });
    await assert.rejects(
      () => noPatient.chat.completions.create({ model: 'research-gpt', messages: [{ role: 'user', content: 'Hi' }] }),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.BadRequestError, String(error));
        assert.equal(error.code, 'validation_failed');
        assert.equal(error.param, 'x-custos-patient', 'the SDK shows which input was wrong');
        return true;
      },
    );
    await assert.rejects(
      () => client.chat.completions.create({ model: 'research-gpt', messages: [] }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.code === 'validation_failed' && error.param === 'messages',
    );
    assert.equal(rp.requests.length, 0);
  });
});
