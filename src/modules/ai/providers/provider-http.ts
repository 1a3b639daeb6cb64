import { setTimeout as sleepFor } from 'node:timers/promises';
import { AppError } from '../../../core/errors';
import type { HttpProviderOptions } from './provider.types';
import { errorCode, isRetryableStatus, isTlsFailure, nextDelay, retryAfterMs, safeToken } from './retry-policy';
import { createTlsDispatcher, type FetchDispatcher } from './tls-dispatcher';

// The one place that sends a request to a provider: timeout per attempt, retries with backoff,
// and the mapping of every failure to an AppError that names the provider and the HTTP status
// but never the request (it may hold PHI) nor the key. Adapters only build bodies and read answers.

const DEFAULTS = { timeoutMs: 60_000, maxRetries: 2, retryBaseMs: 500, retryMaxMs: 20_000 };
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export interface ProviderCall {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal;
}

/** A running attempt's timer: the adapters push it back while a stream keeps delivering. */
export interface Deadline {
  readonly signal: AbortSignal;
  reset(): void;
  clear(): void;
  expired(): boolean;
}

export interface ProviderHttp {
  /**
   * POSTs `call` as JSON, retrying transient failures; on a 2xx hands the response to `onOk`,
   * whose own timeout or network failure also counts as a transient one (so a body cut in the
   * middle of a non-streaming answer is retried). `onOk` must call `deadline.clear()` when it is
   * done with the response, or hand that duty on (streaming).
   */
  send<T>(call: ProviderCall, onOk: (response: Response, deadline: Deadline, signal: AbortSignal) => Promise<T>): Promise<T>;
  /** The AppError for a failure in the middle of a stream (no retry: text was already delivered). */
  streamFailure(error: unknown, deadline: Deadline, caller: AbortSignal | undefined): AppError;
}

/** A request the adapter could not turn into an answer: malformed JSON, an error event. */
export class ProviderProtocolError extends Error {
  constructor(
    readonly reason: string,
    readonly providerErrorType?: string,
  ) {
    super(`provider protocol error: ${reason}`);
    this.name = 'ProviderProtocolError';
  }
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    timer = setTimeout(() => controller.abort(new Error('provider timeout')), ms);
  };
  arm();
  return {
    signal: controller.signal,
    reset: () => {
      clearTimeout(timer);
      if (!controller.signal.aborted) arm();
    },
    clear: () => clearTimeout(timer),
    expired: () => controller.signal.aborted,
  };
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The provider's base URL, checked: HTTPS unless the server runs on this machine (Ollama or
 * llama.cpp on 127.0.0.1), since the requests carry PHI (DESIGN invariant 8); no user:password
 * in it, since URLs end up in configuration screens and logs.
 *
 * @example
 *   checkedBaseUrl('http://127.0.0.1:11434/v1', 'Ollama'); // 'http://127.0.0.1:11434/v1'
 */
export function checkedBaseUrl(baseUrl: string, provider: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError('config_invalid', `The ${provider} provider's base URL is not a URL`);
  }
  if (url.username || url.password) throw new AppError('config_invalid', `The ${provider} provider's base URL must not hold credentials; use the API key setting`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new AppError('config_invalid', `The ${provider} provider's base URL must use https (plain http only to a server on this machine)`);
  }
  if (url.search || url.hash) throw new AppError('config_invalid', `The ${provider} provider's base URL must not hold a query string (for Azure, set apiVersion)`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * @example
 *   const http = createProviderHttp('openai', { baseUrl, apiKey, timeoutMs: 30_000 });
 *   const json = await http.send({ url, headers, body }, async (res, d) => { try { return await res.json(); } finally { d.clear(); } });
 */
export function createProviderHttp(provider: string, options: HttpProviderOptions): ProviderHttp {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
  const backoff = {
    baseMs: options.retryBaseMs ?? DEFAULTS.retryBaseMs,
    maxMs: options.retryMaxMs ?? DEFAULTS.retryMaxMs,
    random: options.random ?? Math.random,
  };
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }));
  const cas = options.caCertificates === undefined ? [] : [options.caCertificates].flat();
  let dispatcher: Promise<FetchDispatcher> | undefined;

  const unavailable = (reason: string, message: string, extra: Record<string, unknown> = {}, cause?: unknown): AppError =>
    new AppError('unavailable', message, { provider, reason, ...extra }, cause === undefined ? undefined : { cause: scrubbedCause(cause) });

  const cancelled = (): AppError => unavailable('cancelled', `The call to the ${provider} provider was cancelled`);

  /** A thrown fetch/body error, classified: final errors are AppErrors, transient ones say why. */
  function classify(error: unknown, deadline: Deadline, caller: AbortSignal | undefined): AppError | { transient: string; code?: string } {
    if (error instanceof AppError) return error;
    if (caller?.aborted) return cancelled();
    if (deadline.expired()) return { transient: 'timeout' };
    if (error instanceof ProviderProtocolError) {
      return unavailable(error.reason, `The ${provider} provider sent an answer Custos could not read (${error.reason})`, {
        providerErrorType: error.providerErrorType,
      });
    }
    const code = errorCode(error);
    if (isTlsFailure(code)) {
      return unavailable('tls', `The ${provider} provider's TLS certificate is not trusted (${code}); check its CA setting`, { errorCode: code });
    }
    return { transient: 'network', code };
  }

  async function send<T>(call: ProviderCall, onOk: (response: Response, deadline: Deadline, signal: AbortSignal) => Promise<T>): Promise<T> {
    if (cas.length > 0) dispatcher ??= createTlsDispatcher(cas);
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...call.headers },
      body: JSON.stringify(call.body),
      // Never followed: a redirect would resend the body (PHI) and the key headers to wherever it
      // points. 'manual' (not 'error') so the status reaches us and is reported as what it is.
      redirect: 'manual' as const,
      ...(dispatcher ? { dispatcher: await dispatcher } : {}),
    };
    let last: { reason: string; status?: number; code?: string } = { reason: 'network' };
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      if (call.signal?.aborted) throw cancelled();
      const deadline = startDeadline(timeoutMs);
      const signal = call.signal ? AbortSignal.any([deadline.signal, call.signal]) : deadline.signal;
      let askedMs: number | undefined;
      try {
        const response = await fetch(call.url, { ...init, signal } as RequestInit);
        if (response.ok) return await onOk(response, deadline, signal);
        const errorBody = await readErrorBody(response);
        deadline.clear();
        if (response.status >= 300 && response.status < 400) {
          throw new AppError('config_invalid', `The ${provider} provider answered with a redirect (HTTP ${response.status}), which Custos does not follow; set its base URL to the final address`, {
            provider,
            status: response.status,
          });
        }
        if (!isRetryableStatus(response.status)) throw refusal(provider, response.status, errorBody);
        last = { reason: response.status === 429 ? 'rate_limited' : 'provider_error', status: response.status };
        askedMs = retryAfterMs(response.headers, new Date());
      } catch (error) {
        deadline.clear();
        const outcome = classify(error, deadline, call.signal);
        if (outcome instanceof AppError) throw outcome;
        last = { reason: outcome.transient, ...(outcome.code ? { code: outcome.code } : {}) };
      }
      if (attempt === maxRetries) break;
      const { delayMs, giveUp } = nextDelay(attempt, askedMs, backoff);
      if (giveUp) {
        throw unavailable(last.reason, `The ${provider} provider asked to wait ${Math.ceil(delayMs / 1000)} s before another try`, {
          status: last.status,
          retryAfterSeconds: Math.ceil(delayMs / 1000),
          attempts: attempt + 1,
        });
      }
      options.logger?.warn({ provider, attempt: attempt + 1, reason: last.reason, status: last.status, errorCode: last.code, delayMs }, 'AI provider call failed; retrying');
      try {
        await sleep(delayMs, call.signal);
      } catch {
        throw cancelled();
      }
    }
    const what = last.status ? `HTTP ${last.status}` : last.reason === 'timeout' ? `no answer within ${timeoutMs} ms` : 'network error';
    throw unavailable(last.reason, `The ${provider} provider did not answer after ${maxRetries + 1} attempts (${what})`, {
      status: last.status,
      errorCode: last.code,
      attempts: maxRetries + 1,
    });
  }

  function streamFailure(error: unknown, deadline: Deadline, caller: AbortSignal | undefined): AppError {
    deadline.clear();
    const outcome = classify(error, deadline, caller);
    if (outcome instanceof AppError) return outcome;
    const what = outcome.transient === 'timeout' ? `no data for ${timeoutMs} ms` : 'connection lost';
    return unavailable(outcome.transient, `The ${provider} provider's stream broke off (${what})`, { errorCode: outcome.code });
  }

  return { send, streamFailure };
}

/** The provider's error type, from either vendor's error shape; never its message, which may quote the input. */
function providerErrorType(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as { error?: { type?: unknown; code?: unknown } | string; type?: unknown };
    if (typeof json.error === 'object' && json.error !== null) return safeToken(json.error.type) ?? safeToken(json.error.code);
    return undefined;
  } catch {
    return undefined;
  }
}

function refusal(provider: string, status: number, body: string): AppError {
  const type = providerErrorType(body);
  const details = { provider, status, providerErrorType: type };
  const suffix = type ? `HTTP ${status}, ${type}` : `HTTP ${status}`;
  if (status === 401 || status === 403) {
    return new AppError('config_invalid', `The ${provider} provider refused the credentials (${suffix}); check the provider's API key`, details);
  }
  return new AppError('bad_request', `The ${provider} provider refused the request (${suffix})`, details);
}

async function readErrorBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size >= MAX_ERROR_BODY_BYTES) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** How long to keep reading after a stream's end marker for the body to close. */
const STREAM_END_GRACE_MS = 1000;

/**
 * The end of a stream. After the provider's end marker ([DONE], message_stop) the adapters read
 * on to the end of the body instead of cancelling it, so the connection returns to the pool and
 * the next call skips a TLS handshake (measured against the recording provider: 30 ms to first
 * chunk became 3 ms). A server that keeps the body open after its marker gets a short grace,
 * then the read is stopped; the answer was complete either way.
 *
 * @example
 *   const end = streamEnd(signal);
 *   for await (const e of parseSse(abortableBody(body, end.signal))) { if (end.seen()) continue; ... end.reached(); }
 */
export function streamEnd(signal: AbortSignal): { signal: AbortSignal; reached(): void; seen(): boolean; clear(): void } {
  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  return {
    signal: AbortSignal.any([signal, stop.signal]),
    reached: () => {
      timer ??= setTimeout(() => stop.abort(new Error('stream end grace over')), STREAM_END_GRACE_MS);
    },
    seen: () => timer !== undefined,
    clear: () => clearTimeout(timer),
  };
}

/**
 * A response body that stops when `signal` aborts, even between reads. Node 20's fetch leaves the
 * next read pending forever when the abort lands while nobody is reading and the body has already
 * arrived (seen with a consumer that is busy with the previous chunk); a stream must never hang
 * its caller, so each read races the signal.
 *
 * @example
 *   for await (const bytes of abortableBody(response.body, signal)) parse(bytes);
 */
export async function* abortableBody(body: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason ?? new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined); // observed below; this only keeps an early abort from being "unhandled"
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    // Not awaited: cancelling is exactly what may hang in the case above.
    if (!finished) reader.cancel().catch(() => undefined);
  }
}

/** Keeps only the name and code of an underlying error: undici's messages can quote the URL. */
function scrubbedCause(error: unknown): { name: string; code?: string } {
  const name = error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : 'Error';
  const code = errorCode(error);
  return code ? { name, code } : { name };
}
