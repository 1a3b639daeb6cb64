// `custos deid detect|redact` end to end, as a user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const custos = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin/custos.mjs'), 'deid', ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });

const NOTES = [
  { id: 'n1', text: 'Seen by Dr. Oyelaran on 03/04/2021. MRN: 00482913. Call 617-555-0142.', patientId: 'p1' },
  { id: 'n2', text: 'Mrs. Quarterman, 93 yo, lives at 12 Elm St, Boston, MA 02114.', patientId: 'p1' },
];
const JSONL = `${NOTES.map((n) => JSON.stringify(n)).join('\n')}\n`;

describe('custos deid', () => {
  it('detect reads a file and writes spans with exact offsets and texts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deid-'));
    fs.writeFileSync(path.join(dir, 'notes.jsonl'), JSONL);
    const r = custos(['detect', '--input', path.join(dir, 'notes.jsonl'), '--output', path.join(dir, 'spans.jsonl')]);
    assert.equal(r.status, 0, r.stderr);
    const out = fs.readFileSync(path.join(dir, 'spans.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), ['n1', 'n2']);
    for (const [i, o] of out.entries()) {
      assert.deepEqual(Object.keys(o), ['id', 'spans']);
      for (const s of o.spans) {
        assert.deepEqual(Object.keys(s), ['start', 'end', 'type', 'text']);
        assert.equal(NOTES[i]!.text.slice(s.start, s.end), s.text);
      }
    }
    const texts = out.flatMap((o) => o.spans.map((s: { text: string }) => s.text));
    for (const phi of ['Oyelaran', '03/04/2021', '00482913', '617-555-0142', 'Quarterman', '93', '12 Elm St', 'Boston', '02114']) assert.ok(texts.includes(phi), phi);
    assert.match(r.stderr, /2 lines read, 2 written, 0 malformed/);
  });

  it('detects with the token model on top of the rules, and with the rules alone after --rules-only', () => {
    // (A first name after a staffing phrase: no rule takes it, the model does.)
    const input = `${JSON.stringify({ id: 'm1', text: 'Team: RT Moe, recorder Lin; float pool Tamsin to MICU.' })}\n`;
    const texts = (args: string[]) => JSON.parse(custos(['detect', ...args], input).stdout).spans.map((s: { text: string }) => s.text);
    assert.deepEqual(texts([]), ['Moe', 'Lin', 'Tamsin']);
    assert.deepEqual(texts(['--rules-only']), []);
  });

  it('redact streams stdin to stdout in each mode; surrogate output holds no original PHI', () => {
    const key = 'a'.repeat(64);
    for (const mode of ['redact', 'mask', 'surrogate', 'pseudonym']) {
      const r = custos(['redact', '--mode', mode], JSONL, { CUSTOS_DEID_KEY: key });
      assert.equal(r.status, 0, r.stderr);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(out.map((o) => Object.keys(o)), [['id', 'text'], ['id', 'text']]);
      const all = out.map((o) => o.text).join('\n');
      for (const phi of ['Oyelaran', '03/04/2021', '00482913', '617-555-0142', 'Quarterman', '12 Elm St', 'Boston', '02114']) assert.ok(!all.includes(phi), `${mode} kept ${phi}`);
      if (mode === 'redact') assert.match(all, /Dr\. \[NAME\] on \[DATE\]/);
      if (mode === 'surrogate') assert.match(all, /90\+ yo/);
    }
    // The same key gives the same surrogates.
    assert.equal(custos(['redact', '--mode', 'surrogate'], JSONL, { CUSTOS_DEID_KEY: key }).stdout, custos(['redact', '--mode', 'surrogate'], JSONL, { CUSTOS_DEID_KEY: key }).stdout);
  });

  it('reports malformed lines by number and obeys --on-error', () => {
    const bad = `${JSON.stringify(NOTES[0])}\n{"id": "x", "text": 5}\nnot json\n${JSON.stringify(NOTES[1])}\n`;
    const go = custos(['detect'], bad);
    assert.equal(go.status, 1);
    assert.match(go.stderr, /line 2: "text" must be a string/);
    assert.match(go.stderr, /line 3: not valid JSON/);
    assert.equal(go.stdout.trim().split('\n').length, 2);
    assert.match(go.stderr, /4 lines read, 2 written, 2 malformed \(lines 2, 3\)/);
    const stop = custos(['detect', '--on-error', 'stop'], bad);
    assert.equal(stop.status, 1);
    assert.equal(stop.stdout.trim().split('\n').length, 1);
    assert.match(stop.stderr, /stopped/);
    assert.ok(!stop.stderr.includes('Oyelaran'));
  });

  it('rejects bad options with usage', () => {
    assert.equal(custos(['redact', '--mode', 'shred'], JSONL).status, 2);
    assert.equal(custos(['detect', '--on-error', 'maybe'], JSONL).status, 2);
    assert.equal(custos(['frobnicate']).status, 2);
  });
});
