// Both HTTP adapters against the recording provider over real HTTPS (a self-signed certificate the
// adapters trust through their CA option): the same contract for each, then what differs.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { AppError } from '../../../core/errors';
import { createLogger } from '../../../server/logger';
import { startRecordingProvider, type RecordingProvider } from '../../../../test/fixtures/recording-provider';
import { createAnthropicProvider } from './anthropic-adapter';
import { createOpenAiProvider } from './openai-adapter';
import type { AiProvider, CompletionChunk, CompletionRequest, HttpProviderOptions } from './provider.types';

const API_KEY = `sk-test-${randomBytes(16).toString('hex')}`;
let recording: RecordingProvider;
let sleeps: number[];
let logs: string[];

before(async () => {
  recording = await startRecordingProvider();
});
after(() => recording.close());
beforeEach(() => {
  recording.reset();
  sleeps = [];
  logs = [];
});

const KINDS = ['openai', 'anthropic'] as const;
type Kind = (typeof KINDS)[number];

function adapter(kind: Kind, overrides: Partial<HttpProviderOptions> = {}): AiProvider {
  const options: HttpProviderOptions = {
    baseUrl: kind === 'openai' ? `${recording.url}/v1` : recording.url,
    apiKey: API_KEY,
    caCertificates: recording.ca,
    timeoutMs: 2000,
    maxRetries: 2,
    random: () => 1,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    logger: createLogger({ level: 'debug', destination: { write: (line: string) => logs.push(line) } }),
    ...overrides,
  };
  return kind === 'openai' ? createOpenAiProvider(options) : createAnthropicProvider(options);
}

/** A request whose user text carries synthetic identifiers that must never surface in an error or a log. */
function phiRequest(): { request: CompletionRequest; canaries: string[] } {
  const name = faker.person.fullName();
  const mrn = `MRN-${faker.string.numeric(8)}`;
  const phone = faker.phone.number({ style: 'national' });
  const content = `Summarize the labs of ${name} (${mrn}, phone ${phone}): HbA1c 8.1 % (H), creatinine 1.4 mg/dL.`;
  return {
    request: { model: 'test-model', messages: [{ role: 'system', content: 'You summarize lab results.' }, { role: 'user', content }] },
    canaries: [name, ...name.split(' ').filter((w) => w.length >= 4), mrn, phone, 'HbA1c 8.1', content.slice(0, 40)],
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, `expected AppError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

async function drain(stream: AsyncIterable<CompletionChunk>): Promise<CompletionChunk[]> {
  const chunks: CompletionChunk[] = [];
  for await (const c of stream) chunks.push(c);
  return chunks;
}

function assertNoLeak(error: AppError, canaries: string[]): void {
  const surface = JSON.stringify({ message: error.message, details: error.details, cause: error.cause, stack: error.stack });
  for (const c of [...canaries, API_KEY]) assert.ok(!surface.includes(c), `error leaks "${c}": ${surface}`);
  for (const c of [...canaries, API_KEY]) assert.ok(!logs.join('').includes(c), `log leaks "${c}"`);
}

for (const kind of KINDS) {
  describe(`${kind} adapter over HTTPS`, () => {
    it('completes: sends the key and the messages, returns text, model, usage and finish reason', async () => {
      recording.setReply('HbA1c is above target.');
      const { request } = phiRequest();
      const answer = await adapter(kind).complete({ ...request, maxTokens: 200, temperature: 0.2 });
      assert.deepEqual(answer, { text: 'HbA1c is above target.', model: 'test-model', usage: { inputTokens: answer.usage?.inputTokens ?? -1, outputTokens: 4 }, finishReason: 'stop' });
      assert.ok((answer.usage?.inputTokens ?? 0) > 10);
      assert.equal(recording.requests.length, 1);
      const sent = recording.requests[0]!;
      const body = sent.body as Record<string, unknown>;
      assert.equal(body.model, 'test-model');
      assert.equal(body.max_tokens, 200);
      assert.equal(body.temperature, 0.2);
      assert.equal(body.stream, undefined);
      if (kind === 'openai') {
        assert.equal(sent.path, '/v1/chat/completions');
        assert.equal(sent.headers.authorization, `Bearer ${API_KEY}`);
        assert.deepEqual(body.messages, request.messages);
      } else {
        assert.equal(sent.path, '/v1/messages');
        assert.equal(sent.headers['x-api-key'], API_KEY);
        assert.equal(sent.headers['anthropic-version'], '2023-06-01');
        assert.equal(sent.headers.authorization, undefined);
        assert.equal(body.system, 'You summarize lab results.');
        assert.deepEqual(body.messages, [request.messages[1]]);
      }
    });

    it('streams the reply in several chunks and ends with model, finish reason and usage', async () => {
      const reply = faker.lorem.sentences(3);
      recording.setReply(reply);
      const chunks = await drain(adapter(kind).stream(phiRequest().request));
      const last = chunks.at(-1);
      assert.ok(last?.done);
      assert.ok(chunks.length > 5);
      assert.equal(chunks.filter((c) => c.done).length, 1);
      assert.equal(chunks.map((c) => c.delta).join(''), reply);
      assert.equal(last.model, 'test-model');
      assert.equal(last.finishReason, 'stop');
      assert.equal(last.usage?.outputTokens, reply.split(/\s+/).length);
      assert.equal((recording.requests[0]!.body as { stream?: unknown }).stream, true);
    });

    it('reads a stream to its end so the next call reuses the connection', async () => {
      const ai = adapter(kind);
      const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 20)); // the pool takes the socket back a moment after the body ends
      await drain(ai.stream(phiRequest().request));
      await pause();
      await drain(ai.stream(phiRequest().request));
      await pause();
      await ai.complete(phiRequest().request);
      const ports = recording.requests.map((r) => r.remotePort);
      assert.equal(new Set(ports).size, 1, `ports ${ports.join(', ')}`);
    });

    it('finishes a complete stream whose server keeps the response open after the end marker', { timeout: 5000 }, async () => {
      const reply = faker.lorem.sentence();
      recording.enqueue({ kind: 'reply', text: reply, holdOpenAfterEnd: true });
      const started = Date.now();
      const chunks = await drain(adapter(kind, { timeoutMs: 3000 }).stream(phiRequest().request));
      assert.equal(chunks.map((c) => c.delta).join(''), reply);
      assert.ok(chunks.at(-1)?.done);
      assert.ok(Date.now() - started < 2500, 'ended by the end grace, not the idle timeout');
    });

    it('retries 5xx with exponential backoff and then succeeds', async () => {
      recording.failNext(2, { status: 503 });
      const answer = await adapter(kind).complete(phiRequest().request);
      assert.equal(answer.text.length > 0, true);
      assert.equal(recording.requests.length, 3);
      assert.deepEqual(sleeps, [500, 1000]);
      assert.equal(logs.filter((l) => l.includes('retrying')).length, 2);
    });

    it('honours Retry-After on a 429', async () => {
      recording.failNext(1, { status: 429, retryAfter: '3' });
      await adapter(kind).complete(phiRequest().request);
      assert.deepEqual(sleeps, [3000]);
    });

    it('gives up at once when Retry-After asks for longer than the retry cap', async () => {
      recording.failNext(3, { status: 429, retryAfter: '120' });
      const error = await failure(adapter(kind).complete(phiRequest().request));
      assert.equal(error.code, 'unavailable');
      assert.equal(error.details?.retryAfterSeconds, 120);
      assert.equal(recording.requests.length, 1);
      assert.deepEqual(sleeps, []);
    });

    it('maps exhausted retries to unavailable, without echoing the request or the key', async () => {
      const { request, canaries } = phiRequest();
      recording.failNext(3, { status: 500 });
      const error = await failure(adapter(kind).complete(request));
      assert.equal(error.code, 'unavailable');
      assert.deepEqual({ reason: error.details?.reason, status: error.details?.status, attempts: error.details?.attempts }, { reason: 'provider_error', status: 500, attempts: 3 });
      assert.equal(recording.requests.length, 3);
      assertNoLeak(error, canaries);
    });

    it('maps a 4xx to bad_request with the provider error type, no retry, and none of the request text (which the provider echoed)', async () => {
      const { request, canaries } = phiRequest();
      recording.failNext(1, { status: 400 });
      const error = await failure(adapter(kind).complete(request));
      assert.equal(error.code, 'bad_request');
      assert.equal(error.details?.providerErrorType, 'invalid_request_error');
      assert.equal(error.details?.status, 400);
      assert.equal(recording.requests.length, 1);
      assertNoLeak(error, canaries);
      recording.failNext(1, { status: 422, errorType: 'invalid_request_error' });
      const streamed = await failure(drain(adapter(kind).stream(request)));
      assert.equal(streamed.code, 'bad_request');
      assertNoLeak(streamed, canaries);
    });

    it('maps refused credentials to config_invalid without retrying or naming the key', async () => {
      recording.requireApiKey('sk-the-right-one');
      const { request, canaries } = phiRequest();
      const error = await failure(adapter(kind).complete(request));
      assert.equal(error.code, 'config_invalid');
      assert.equal(recording.requests.length, 1);
      assertNoLeak(error, canaries);
    });

    it('times out a provider that does not answer, retrying each attempt, within the time budget', async () => {
      recording.enqueue({ kind: 'reply', delayMs: 5000 }, { kind: 'reply', delayMs: 5000 });
      const started = Date.now();
      const error = await failure(adapter(kind, { timeoutMs: 400, maxRetries: 1 }).complete(phiRequest().request));
      const elapsed = Date.now() - started;
      assert.equal(error.code, 'unavailable');
      assert.equal(error.details?.reason, 'timeout');
      assert.equal(error.details?.attempts, 2);
      // The timeout covers connecting too, so on a loaded machine an attempt may end before the
      // server has logged its request; it never sends more than the two attempts.
      assert.ok(recording.requests.length >= 1 && recording.requests.length <= 2);
      assert.ok(elapsed >= 800 && elapsed < 3000, `elapsed ${elapsed} ms`);
    });

    it('fails a stream that stalls after some chunks (idle timeout), and one cut off before its end', async () => {
      recording.enqueue({ kind: 'reply', text: faker.lorem.sentences(2), stallAfterChunks: 2 });
      const seen: string[] = [];
      const stalled = await failure(
        (async () => {
          for await (const c of adapter(kind, { timeoutMs: 1000 }).stream(phiRequest().request)) seen.push(c.delta);
        })(),
      );
      assert.equal(stalled.details?.reason, 'timeout');
      assert.equal(seen.length, 2);
      recording.enqueue({ kind: 'reply', text: faker.lorem.sentences(2), truncate: true });
      const cut = await failure(drain(adapter(kind).stream(phiRequest().request)));
      assert.equal(cut.code, 'unavailable');
      assert.equal(cut.details?.reason, 'stream_truncated');
    });

    it('does not count a slow consumer against the idle timeout', { timeout: 15_000 }, async () => {
      const reply = faker.lorem.sentence();
      recording.enqueue({ kind: 'reply', text: reply, chunkSize: reply.length });
      let text = '';
      for await (const c of adapter(kind, { timeoutMs: 700 }).stream(phiRequest().request)) {
        text += c.delta;
        await new Promise((r) => setTimeout(r, 1400)); // the consumer takes twice the timeout per chunk
      }
      assert.equal(text, reply);
    });

    it('ends a stream at once when the caller cancels while holding a chunk (Node 20 fetch would hang there)', { timeout: 5000 }, async () => {
      recording.enqueue({ kind: 'reply', text: faker.lorem.sentences(3) });
      const controller = new AbortController();
      let held = 0;
      const error = await failure(
        (async () => {
          for await (const _ of adapter(kind).stream({ ...phiRequest().request, signal: controller.signal })) {
            held++;
            await new Promise((r) => setTimeout(r, 150)); // the rest of the body arrives meanwhile
            controller.abort();
          }
        })(),
      );
      assert.equal(error.details?.reason, 'cancelled');
      assert.equal(held, 1);
    });

    it('refuses plain http to a remote host before sending anything', () => {
      assert.throws(() => adapter(kind, { baseUrl: 'http://ai.example.test/v1' }), (e: unknown) => e instanceof AppError && e.code === 'config_invalid');
    });

    it('stops at once when the caller cancels, without retrying', async () => {
      recording.enqueue({ kind: 'reply', delayMs: 5000 });
      const controller = new AbortController();
      let abortedAt = 0;
      const watcher = setInterval(() => {
        if (recording.requests.length === 0) return; // cancel while the provider holds the request
        clearInterval(watcher);
        abortedAt = Date.now();
        controller.abort();
      }, 5);
      const error = await failure(adapter(kind).complete({ ...phiRequest().request, signal: controller.signal }));
      clearInterval(watcher);
      assert.equal(error.details?.reason, 'cancelled');
      assert.ok(abortedAt > 0 && Date.now() - abortedAt < 500, 'the call ended soon after the cancel');
      assert.equal(recording.requests.length, 1);
    });

    it('refuses a certificate it was not told to trust, without retrying and before sending anything', async () => {
      const error = await failure(adapter(kind, { caCertificates: undefined }).complete(phiRequest().request));
      assert.equal(error.code, 'unavailable');
      assert.equal(error.details?.reason, 'tls');
      assert.deepEqual(sleeps, []);
      assert.equal(recording.requests.length, 0);
    });

    it('does not follow a redirect (it would resend the PHI and the key elsewhere)', async () => {
      const path = kind === 'openai' ? '/elsewhere/v1/chat/completions' : '/elsewhere/v1/messages';
      recording.enqueue({ kind: 'redirect', status: 307, location: `${recording.url}${path}` });
      const error = await failure(adapter(kind).complete(phiRequest().request));
      assert.equal(error.code, 'config_invalid');
      assert.equal(error.details?.status, 307);
      assert.equal(recording.requests.length, 1, 'no retry, and nothing sent to the redirect target');
    });

    it('reports a malformed answer as unavailable, without quoting it', async () => {
      recording.enqueue({ kind: 'raw', status: 200, contentType: 'application/json', body: '{"choices": [ truncated' });
      const error = await failure(adapter(kind).complete(phiRequest().request));
      assert.equal(error.details?.reason, 'malformed_json');
      assert.ok(!error.message.includes('truncated'));
    });

    it('reports an error event inside a stream as unavailable with its type, not its message', async () => {
      const { request, canaries } = phiRequest();
      const message = `overloaded while reading ${canaries[0]}`;
      const body =
        kind === 'openai'
          ? `data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\ndata: ${JSON.stringify({ error: { type: 'server_error', message } })}\n\n`
          : `event: message_start\ndata: {"type":"message_start","message":{"model":"m","usage":{"input_tokens":3,"output_tokens":0}}}\n\nevent: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message } })}\n\n`;
      recording.enqueue({ kind: 'raw', status: 200, contentType: 'text/event-stream', body });
      const error = await failure(drain(adapter(kind).stream(request)));
      assert.equal(error.code, 'unavailable');
      assert.equal(error.details?.providerErrorType, kind === 'openai' ? 'server_error' : 'overloaded_error');
      assertNoLeak(error, canaries);
    });

    it('retries a refused connection and then reports the network failure', async () => {
      const port = await closedPort();
      const error = await failure(adapter(kind, { baseUrl: `https://127.0.0.1:${port}` }).complete(phiRequest().request));
      assert.equal(error.code, 'unavailable');
      assert.equal(error.details?.reason, 'network');
      assert.equal(error.details?.errorCode, 'ECONNREFUSED');
      assert.equal(sleeps.length, 2);
    });
  });
}

describe('OpenAI-compatible variants', () => {
  it('Azure OpenAI: api-key header and api-version query, no bearer token', async () => {
    const azure = createOpenAiProvider({ baseUrl: `${recording.url}/openai/deployments/gpt4o`, auth: 'azure', apiVersion: '2024-10-21', apiKey: API_KEY, caCertificates: recording.ca });
    await azure.complete(phiRequest().request);
    const sent = recording.requests[0]!;
    assert.equal(sent.path, '/openai/deployments/gpt4o/chat/completions');
    assert.deepEqual(sent.query, { 'api-version': '2024-10-21' });
    assert.equal(sent.headers['api-key'], API_KEY);
    assert.equal(sent.headers.authorization, undefined);
  });

  it('Azure without apiVersion is a configuration error', () => {
    assert.throws(() => createOpenAiProvider({ baseUrl: recording.url, auth: 'azure' }), (e: unknown) => e instanceof AppError && e.code === 'config_invalid');
  });

  it('asks for stream usage unless told the server cannot take it; a keyless local server gets no auth header', async () => {
    const quiet = createOpenAiProvider({ baseUrl: `${recording.url}/v1`, caCertificates: recording.ca, streamUsage: false });
    const chunks = await drain(quiet.stream(phiRequest().request));
    const sent = recording.requests[0]!;
    assert.equal((sent.body as { stream_options?: unknown }).stream_options, undefined);
    assert.equal(sent.headers.authorization, undefined);
    const last = chunks.at(-1);
    assert.ok(last?.done && last.usage === undefined);
    await drain(adapter('openai').stream(phiRequest().request));
    assert.deepEqual((recording.requests[1]!.body as { stream_options?: unknown }).stream_options, { include_usage: true });
  });
});

describe('Anthropic specifics', () => {
  it('sends max_tokens even when the request has none, joins system messages and merges consecutive turns', async () => {
    await adapter('anthropic').complete({
      model: 'claude-test',
      messages: [
        { role: 'system', content: 'Rule one.' },
        { role: 'user', content: 'Part A' },
        { role: 'system', content: 'Rule two.' },
        { role: 'user', content: 'Part B' },
        { role: 'assistant', content: 'Noted.' },
        { role: 'user', content: 'Go on' },
      ],
    });
    const body = recording.requests[0]!.body as Record<string, unknown>;
    assert.equal(body.max_tokens, 1024);
    assert.equal(body.system, 'Rule one.\n\nRule two.');
    assert.deepEqual(body.messages, [
      { role: 'user', content: 'Part A\n\nPart B' },
      { role: 'assistant', content: 'Noted.' },
      { role: 'user', content: 'Go on' },
    ]);
  });
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
