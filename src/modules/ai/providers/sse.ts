// Server-sent events, as both providers stream them: `event:` and `data:` lines, a blank line
// ends an event. Written against the WHATWG rules (any of CRLF, LF, CR ends a line; one space
// after the colon is dropped; comments start with ':'), because chunk boundaries fall anywhere,
// including between CR and LF and inside a multi-byte character.

export interface SseEvent {
  /** The `event:` field, 'message' when absent (OpenAI never names its events). */
  event: string;
  data: string;
}

/** A provider that streams one endless line is broken or hostile; stop reading before memory runs out. */
const MAX_PENDING_CHARS = 1_000_000;

/**
 * Parses an SSE byte stream into events. `onBytes` runs on every chunk received (the adapters
 * use it to push back their idle timeout).
 *
 * @example
 *   for await (const e of parseSse(response.body)) if (e.data !== '[DONE]') handle(JSON.parse(e.data));
 */
export async function* parseSse(body: AsyncIterable<Uint8Array>, onBytes?: () => void): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let event = '';
  let data: string[] = [];

  function* takeLines(final: boolean): Generator<SseEvent> {
    for (;;) {
      const lf = pending.indexOf('\n');
      const cr = pending.indexOf('\r');
      let end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) {
        if (!final || pending === '') return;
        end = pending.length;
      }
      // A CR at the very end may be the first half of a CRLF that the next chunk completes.
      if (end === cr && end === pending.length - 1 && !final) return;
      const line = pending.slice(0, end);
      const skip = pending[end] === '\r' && pending[end + 1] === '\n' ? 2 : 1;
      pending = pending.slice(end + skip);
      const dispatched = takeLine(line);
      if (dispatched) yield dispatched;
    }
  }

  function takeLine(line: string): SseEvent | undefined {
    if (line === '') {
      const out = data.length > 0 ? { event: event || 'message', data: data.join('\n') } : undefined;
      event = '';
      data = [];
      return out;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    return undefined;
  }

  for await (const bytes of body) {
    onBytes?.();
    pending += decoder.decode(bytes, { stream: true });
    yield* takeLines(false);
    if (pending.length > MAX_PENDING_CHARS) throw new SseLineTooLongError();
  }
  pending += decoder.decode();
  yield* takeLines(true);
  // A last event without its blank line is incomplete by the rules; providers always end theirs,
  // so dropping it is what a conforming client does too.
}

export class SseLineTooLongError extends Error {
  constructor() {
    super('event stream line too long');
    this.name = 'SseLineTooLongError';
  }
}
