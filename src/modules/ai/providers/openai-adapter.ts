import { AppError } from '../../../core/errors';
import { abortableBody, checkedBaseUrl, createProviderHttp, ProviderProtocolError, streamEnd } from './provider-http';
import type { AiProvider, Completion, CompletionChunk, CompletionRequest, FinishReason, HttpProviderOptions, TokenUsage } from './provider.types';
import { safeToken } from './retry-policy';
import { parseSse } from './sse';

// OpenAI chat completions, the de facto protocol of hosted and self-hosted model servers: OpenAI,
// Azure OpenAI, Ollama, vLLM, llama.cpp's server. Only the URL and the auth header differ.

export interface OpenAiProviderOptions extends HttpProviderOptions {
  /**
   * 'bearer' (default): `Authorization: Bearer <key>`. 'azure': Azure OpenAI's `api-key` header;
   * then baseUrl is the deployment (https://<resource>.openai.azure.com/openai/deployments/<name>)
   * and `apiVersion` is required.
   */
  auth?: 'bearer' | 'azure';
  apiVersion?: string;
  /** Ask for token usage at the end of a stream (`stream_options.include_usage`). Default true; some old servers reject it. */
  streamUsage?: boolean;
}

interface OpenAiResponse {
  model?: unknown;
  choices?: Array<{ message?: { content?: unknown }; delta?: { content?: unknown }; finish_reason?: unknown }>;
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
  error?: { type?: unknown; code?: unknown };
}

/**
 * @example
 *   const ollama = createOpenAiProvider({ baseUrl: 'http://127.0.0.1:11434/v1' });
 *   const azure = createOpenAiProvider({ baseUrl: 'https://acme.openai.azure.com/openai/deployments/gpt4o',
 *     auth: 'azure', apiVersion: '2024-10-21', apiKey });
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  const name = options.auth === 'azure' ? 'Azure OpenAI' : 'OpenAI-compatible';
  const http = createProviderHttp(name, options);
  const url = new URL(`${checkedBaseUrl(options.baseUrl, name)}/chat/completions`);
  if (options.auth === 'azure') {
    if (!options.apiVersion) throw new AppError('config_invalid', 'An Azure OpenAI provider needs apiVersion (e.g. 2024-10-21)');
    url.searchParams.set('api-version', options.apiVersion);
  }
  const headers: Record<string, string> = {};
  if (options.apiKey) {
    if (options.auth === 'azure') headers['api-key'] = options.apiKey;
    else headers.authorization = `Bearer ${options.apiKey}`;
  }

  function body(request: CompletionRequest, stream: boolean): Record<string, unknown> {
    return {
      model: request.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(stream ? { stream: true, ...(options.streamUsage === false ? {} : { stream_options: { include_usage: true } }) } : {}),
    };
  }

  async function complete(request: CompletionRequest): Promise<Completion> {
    const call = { url: url.toString(), headers, body: body(request, false), signal: request.signal };
    return http.send(call, async (response, deadline) => {
      let json: OpenAiResponse;
      try {
        json = (await response.json()) as OpenAiResponse;
      } catch (error) {
        if (deadline.expired() || request.signal?.aborted) throw error;
        throw new ProviderProtocolError('malformed_json');
      } finally {
        deadline.clear();
      }
      const choice = json.choices?.[0];
      const text = choice?.message?.content;
      if (typeof text !== 'string') throw new ProviderProtocolError('no_text', safeToken(json.error?.type));
      return { text, model: typeof json.model === 'string' ? json.model : request.model, usage: usage(json.usage), finishReason: finishReason(choice?.finish_reason) };
    });
  }

  async function* stream(request: CompletionRequest): AsyncGenerator<CompletionChunk> {
    const call = { url: url.toString(), headers, body: body(request, true), signal: request.signal };
    const { response, deadline, signal } = await http.send(call, async (res, d, sig) => ({ response: res, deadline: d, signal: sig }));
    let model = request.model;
    let finish: FinishReason | undefined;
    let used: TokenUsage | undefined;
    const end = streamEnd(signal);
    try {
      if (!response.body) throw new ProviderProtocolError('no_body');
      for await (const event of parseSse(abortableBody(response.body, end.signal), deadline.reset)) {
        if (end.seen()) continue;
        if (event.data === '[DONE]') {
          end.reached();
          continue;
        }
        const json = parseChunk(event.data);
        if (json.error) throw new ProviderProtocolError('error_event', safeToken(json.error.type) ?? safeToken(json.error.code));
        if (typeof json.model === 'string') model = json.model;
        used = usage(json.usage) ?? used;
        const choice = json.choices?.[0];
        const delta = choice?.delta?.content;
        if (typeof delta === 'string' && delta !== '') {
          // The idle timeout measures the provider, not a slow consumer.
          deadline.clear();
          yield { delta, done: false };
          deadline.reset();
        }
        if (choice?.finish_reason) finish = finishReason(choice.finish_reason);
      }
    } catch (error) {
      if (!end.seen()) throw http.streamFailure(error, deadline, request.signal);
    } finally {
      end.clear();
      deadline.clear();
    }
    // Servers that omit [DONE] still end with a finish_reason; with neither, the answer was cut.
    if (!end.seen() && finish === undefined) throw http.streamFailure(new ProviderProtocolError('stream_truncated'), deadline, request.signal);
    yield { delta: '', done: true, model, finishReason: finish ?? 'stop', ...(used ? { usage: used } : {}) };
  }

  return { kind: 'openai', complete, stream };
}

function parseChunk(data: string): OpenAiResponse {
  try {
    return JSON.parse(data) as OpenAiResponse;
  } catch {
    throw new ProviderProtocolError('malformed_json');
  }
}

function usage(raw: OpenAiResponse['usage']): TokenUsage | undefined {
  if (!raw || typeof raw.prompt_tokens !== 'number' || typeof raw.completion_tokens !== 'number') return undefined;
  return { inputTokens: raw.prompt_tokens, outputTokens: raw.completion_tokens };
}

function finishReason(raw: unknown): FinishReason {
  switch (raw) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    default:
      return 'other';
  }
}
