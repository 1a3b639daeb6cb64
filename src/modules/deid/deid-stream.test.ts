import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable, Writable } from 'node:stream';
import { parseNoteLine, processNoteStream } from './deid-stream';

function sink(delayEvery = 0) {
  const lines: string[] = [];
  let n = 0;
  // A tiny buffer and a slow consumer force the back-pressure path.
  const output = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      if (delayEvery && ++n % delayEvery === 0) setTimeout(cb, 1);
      else cb();
    },
  });
  return { output, lines };
}

const SECRET = 'Mary Quarterman 617-555-0142';
const INPUT = [
  JSON.stringify({ id: 'a', text: 'one' }),
  `{"id": "b", "text": "${SECRET}"`, // cut short: not JSON
  JSON.stringify({ id: 7, text: SECRET }),
  '',
  JSON.stringify({ text: SECRET }),
  JSON.stringify({ id: 'c', text: SECRET, patientId: 5 }),
  JSON.stringify([SECRET]),
  JSON.stringify({ id: 'd', text: 'two', patientId: 'p1' }),
].join('\n');

describe('parseNoteLine', () => {
  it('says what is wrong without repeating the content', () => {
    const problems = INPUT.split('\n').map(parseNoteLine).filter((r) => typeof r === 'string');
    assert.deepEqual(problems, ['not valid JSON', '"id" must be a string', 'not valid JSON', 'missing "id"', '"patientId" must be a string when present', 'expected a JSON object {"id", "text"}']);
    for (const p of problems) assert.ok(!p.includes('Mary') && !p.includes('617'));
  });
});

describe('processNoteStream', () => {
  it('continues past malformed lines, reporting each with its line number', async () => {
    const { output, lines } = sink(1);
    const reports: string[] = [];
    const summary = await processNoteStream({ input: Readable.from([INPUT]), output, onError: 'continue', report: (m) => reports.push(m), handle: (r) => ({ id: r.id, n: r.text.length, p: r.patientId ?? null }) });
    assert.deepEqual(reports, ['line 2: not valid JSON', 'line 3: "id" must be a string', 'line 5: missing "id"', 'line 6: "patientId" must be a string when present', 'line 7: expected a JSON object {"id", "text"}']);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), [{ id: 'a', n: 3, p: null }, { id: 'd', n: 3, p: 'p1' }]);
    assert.deepEqual(summary, { lines: 8, written: 2, blank: 1, malformed: 5, malformedLines: [2, 3, 5, 6, 7], stopped: false });
    assert.equal(summary.written + summary.blank + summary.malformed, summary.lines, 'every line is accounted for');
  });
  it('stops at the first malformed line when asked', async () => {
    const { output, lines } = sink();
    const summary = await processNoteStream({ input: Readable.from([INPUT]), output, onError: 'stop', report: () => undefined, handle: (r) => ({ id: r.id }) });
    assert.equal(summary.stopped, true);
    assert.equal(summary.lines, 2);
    assert.equal(lines.length, 1);
  });
  it('keeps memory flat: lines stream through with back-pressure, in order', async () => {
    let i = 0;
    const total = 20_000;
    const input = new Readable({
      read() {
        if (i >= total) return this.push(null);
        let chunk = '';
        for (let k = 0; k < 100 && i < total; k++, i++) chunk += `${JSON.stringify({ id: String(i), text: 'x'.repeat(200) })}\n`;
        this.push(chunk);
      },
    });
    const { output, lines } = sink(50);
    const summary = await processNoteStream({ input, output, onError: 'stop', report: () => undefined, handle: (r) => ({ id: r.id }) });
    assert.equal(summary.written, total);
    assert.equal(JSON.parse(lines[total - 1]!).id, String(total - 1));
  });
});
