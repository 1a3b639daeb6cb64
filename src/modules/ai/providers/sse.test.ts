import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSse, SseLineTooLongError, type SseEvent } from './sse';

async function* bytes(...parts: Array<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? new TextEncoder().encode(p) : p;
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const e of parseSse(source)) out.push(e);
  return out;
}

describe('parseSse', () => {
  it('reads OpenAI-style unnamed events and Anthropic-style named ones', async () => {
    const events = await collect(bytes('data: {"a":1}\n\n', 'event: message_stop\ndata: {"type":"message_stop"}\n\n', 'data: [DONE]\n\n'));
    assert.deepEqual(events, [
      { event: 'message', data: '{"a":1}' },
      { event: 'message_stop', data: '{"type":"message_stop"}' },
      { event: 'message', data: '[DONE]' },
    ]);
  });

  it('gives the same events however the bytes are split, including CRLF and a multi-byte character across chunks', async () => {
    const text = 'event: x\r\ndata: caf\u00e9 \u2713\r\n\r\n: comment\r\ndata: line1\r\ndata: line2\r\n\r\n';
    const whole = await collect(bytes(text));
    assert.deepEqual(whole, [
      { event: 'x', data: 'caf\u00e9 \u2713' },
      { event: 'message', data: 'line1\nline2' },
    ]);
    const encoded = new TextEncoder().encode(text);
    for (let size = 1; size <= 7; size++) {
      const parts: Uint8Array[] = [];
      for (let i = 0; i < encoded.length; i += size) parts.push(encoded.subarray(i, i + size));
      assert.deepEqual(await collect(bytes(...parts)), whole, `chunk size ${size}`);
    }
  });

  it('treats a lone CR as a line end and drops only one space after the colon', async () => {
    assert.deepEqual(await collect(bytes('data:  two spaces\r\rdata:none\n\n')), [
      { event: 'message', data: ' two spaces' },
      { event: 'message', data: 'none' },
    ]);
  });

  it('drops an event that never got its blank line (a stream cut in the middle)', async () => {
    assert.deepEqual(await collect(bytes('data: complete\n\n', 'data: {"partial"')), [{ event: 'message', data: 'complete' }]);
  });

  it('stops reading an endless line instead of buffering it', async () => {
    const big = 'x'.repeat(300_000);
    await assert.rejects(collect(bytes('data: ', big, big, big, big)), SseLineTooLongError);
  });

  it('reports every chunk received (the idle timeout hangs on it)', async () => {
    let seen = 0;
    for await (const _ of parseSse(bytes('da', 'ta: 1\n', '\n'), () => seen++)) void _;
    assert.equal(seen, 3);
  });
});
