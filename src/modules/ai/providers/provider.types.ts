/**
 * The contract every AI provider adapter keeps (OpenAI-compatible, Anthropic, the built-in local
 * one). The gateway talks to this interface only, so which vendor answers is configuration.
 *
 * Errors: adapters throw AppError only. `unavailable` when the provider could not answer (timeout,
 * network, TLS, 5xx or 429 after the retries), `bad_request` when it refused the request (4xx),
 * `config_invalid` when it refused the credentials (401/403). Messages and details name the
 * provider, HTTP status and the provider's error type, never the request content (it may be PHI)
 * nor the API key.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface CompletionRequest {
  /** The provider's model (or, for Azure OpenAI, the deployment's model name; the URL names the deployment). */
  model: string;
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  /** Cancels the call (and its retries) when the caller goes away. */
  signal?: AbortSignal;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** The provider's reason, normalized: 'length' means the answer was cut at maxTokens. */
export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_use' | 'other';

export interface Completion {
  text: string;
  /** The model that answered, as the provider reports it. */
  model: string;
  usage?: TokenUsage;
  finishReason: FinishReason;
}

/**
 * One piece of a streamed answer. Every chunk but the last carries text; the last one has
 * `done: true` with the finish reason and usage, so a consumer knows the answer is complete
 * (a stream that ends without it was cut and throws instead).
 */
export type CompletionChunk =
  | { delta: string; done: false }
  | { delta: ''; done: true; model: string; finishReason: FinishReason; usage?: TokenUsage };

export type ProviderKind = 'openai' | 'anthropic' | 'local';

/**
 * @example
 *   const answer = await provider.complete({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
 *   for await (const chunk of provider.stream(request)) if (!chunk.done) write(chunk.delta);
 */
export interface AiProvider {
  readonly kind: ProviderKind;
  complete(request: CompletionRequest): Promise<Completion>;
  stream(request: CompletionRequest): AsyncIterable<CompletionChunk>;
}

/** What a retry or failure looks like in the log: no content, no key, no URL query. */
export interface ProviderLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Settings shared by the adapters that call a provider over HTTPS. */
export interface HttpProviderOptions {
  /** e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama), https://api.anthropic.com */
  baseUrl: string;
  apiKey?: string;
  /** Per attempt, until the response headers; while streaming, the longest pause between chunks. Default 60 s. */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, timeouts and network errors. Default 2. */
  maxRetries?: number;
  /** First backoff step; doubles each retry, with full jitter. Default 500 ms. */
  retryBaseMs?: number;
  /** Longest wait between attempts; a Retry-After asking for more ends the retries. Default 20 s. */
  retryMaxMs?: number;
  /** Extra trusted CA certificates (PEM), e.g. a private CA in front of a self-hosted model server. */
  caCertificates?: string | string[];
  logger?: ProviderLogger;
  /** Injected for tests; defaults are real time and Math.random. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}
