import { abortableBody, checkedBaseUrl, createProviderHttp, ProviderProtocolError, streamEnd } from './provider-http';
import type { AiProvider, ChatMessage, Completion, CompletionChunk, CompletionRequest, FinishReason, HttpProviderOptions, TokenUsage } from './provider.types';
import { safeToken } from './retry-policy';
import { parseSse } from './sse';

// Anthropic's Messages API: the system prompt is a top-level field, not a message; max_tokens is
// required; the roles must alternate starting with the user; streaming uses named SSE events.

export interface AnthropicProviderOptions extends HttpProviderOptions {
  /** The `anthropic-version` header. Default 2023-06-01. */
  anthropicVersion?: string;
  /** max_tokens when the request names none (the API requires one). Default 1024. */
  defaultMaxTokens?: number;
}

interface AnthropicMessage {
  model?: unknown;
  content?: Array<{ type?: unknown; text?: unknown }>;
  stop_reason?: unknown;
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
}

interface AnthropicEvent {
  type?: unknown;
  message?: AnthropicMessage;
  delta?: { type?: unknown; text?: unknown; stop_reason?: unknown };
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
  error?: { type?: unknown };
}

/**
 * @example
 *   const claude = createAnthropicProvider({ baseUrl: 'https://api.anthropic.com', apiKey });
 *   await claude.complete({ model: 'claude-sonnet-4-5', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] });
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): AiProvider {
  const http = createProviderHttp('Anthropic', options);
  const url = `${checkedBaseUrl(options.baseUrl, 'Anthropic')}/v1/messages`;
  const headers: Record<string, string> = { 'anthropic-version': options.anthropicVersion ?? '2023-06-01' };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;

  function body(request: CompletionRequest, stream: boolean): Record<string, unknown> {
    const { system, messages } = toAnthropicMessages(request.messages);
    return {
      model: request.model,
      max_tokens: request.maxTokens ?? options.defaultMaxTokens ?? 1024,
      ...(system ? { system } : {}),
      messages,
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(stream ? { stream: true } : {}),
    };
  }

  async function complete(request: CompletionRequest): Promise<Completion> {
    const call = { url, headers, body: body(request, false), signal: request.signal };
    return http.send(call, async (response, deadline) => {
      let json: AnthropicMessage;
      try {
        json = (await response.json()) as AnthropicMessage;
      } catch (error) {
        if (deadline.expired() || request.signal?.aborted) throw error;
        throw new ProviderProtocolError('malformed_json');
      } finally {
        deadline.clear();
      }
      if (!Array.isArray(json.content)) throw new ProviderProtocolError('no_text');
      const text = json.content.map((block) => (block.type === 'text' && typeof block.text === 'string' ? block.text : '')).join('');
      const used = usage(json.usage?.input_tokens, json.usage?.output_tokens);
      return { text, model: typeof json.model === 'string' ? json.model : request.model, ...(used ? { usage: used } : {}), finishReason: finishReason(json.stop_reason) };
    });
  }

  async function* stream(request: CompletionRequest): AsyncGenerator<CompletionChunk> {
    const call = { url, headers, body: body(request, true), signal: request.signal };
    const { response, deadline, signal } = await http.send(call, async (res, d, sig) => ({ response: res, deadline: d, signal: sig }));
    let model = request.model;
    let inputTokens: unknown;
    let outputTokens: unknown;
    let finish: FinishReason | undefined;
    const end = streamEnd(signal);
    try {
      if (!response.body) throw new ProviderProtocolError('no_body');
      for await (const event of parseSse(abortableBody(response.body, end.signal), deadline.reset)) {
        if (end.seen()) continue;
        const json = parseEvent(event.data);
        const type = json.type ?? event.event;
        if (type === 'error') throw new ProviderProtocolError('error_event', safeToken(json.error?.type));
        if (type === 'message_start') {
          if (typeof json.message?.model === 'string') model = json.message.model;
          inputTokens = json.message?.usage?.input_tokens;
          outputTokens = json.message?.usage?.output_tokens;
        } else if (type === 'content_block_delta') {
          if (json.delta?.type === 'text_delta' && typeof json.delta.text === 'string' && json.delta.text !== '') {
            // The idle timeout measures the provider, not a slow consumer.
            deadline.clear();
            yield { delta: json.delta.text, done: false };
            deadline.reset();
          }
        } else if (type === 'message_delta') {
          if (json.delta?.stop_reason !== undefined && json.delta.stop_reason !== null) finish = finishReason(json.delta.stop_reason);
          if (json.usage?.output_tokens !== undefined) outputTokens = json.usage.output_tokens;
          if (json.usage?.input_tokens !== undefined && json.usage.input_tokens !== null) inputTokens = json.usage.input_tokens;
        } else if (type === 'message_stop') {
          end.reached();
        }
        // ping, content_block_start/stop and event types added later carry no text we show.
      }
    } catch (error) {
      if (!end.seen()) throw http.streamFailure(error, deadline, request.signal);
    } finally {
      end.clear();
      deadline.clear();
    }
    if (!end.seen()) throw http.streamFailure(new ProviderProtocolError('stream_truncated'), deadline, request.signal);
    const used = usage(inputTokens, outputTokens);
    yield { delta: '', done: true, model, finishReason: finish ?? 'stop', ...(used ? { usage: used } : {}) };
  }

  return { kind: 'anthropic', complete, stream };
}

/**
 * System messages become the top-level `system` text; consecutive messages of one role are
 * merged (the API rejects two user turns in a row). A conversation that opens with the assistant
 * is passed on as it is: inventing a user turn would put words in the user's mouth.
 */
export function toAnthropicMessages(messages: ChatMessage[]): { system: string; messages: Array<{ role: 'user' | 'assistant'; content: string }> } {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const out: Array<{ role: 'user' | 'assistant'; content: string }> = [];
  for (const m of messages) {
    if (m.role === 'system') continue;
    const previous = out[out.length - 1];
    if (previous && previous.role === m.role) previous.content += `\n\n${m.content}`;
    else out.push({ role: m.role, content: m.content });
  }
  return { system, messages: out };
}

function parseEvent(data: string): AnthropicEvent {
  try {
    return JSON.parse(data) as AnthropicEvent;
  } catch {
    throw new ProviderProtocolError('malformed_json');
  }
}

function usage(input: unknown, output: unknown): TokenUsage | undefined {
  return typeof input === 'number' && typeof output === 'number' ? { inputTokens: input, outputTokens: output } : undefined;
}

function finishReason(raw: unknown): FinishReason {
  switch (raw) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
      return 'length';
    case 'refusal':
      return 'content_filter';
    case 'tool_use':
      return 'tool_use';
    default:
      return 'other';
  }
}
