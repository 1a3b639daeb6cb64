import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generateCorpus } from '../../../test/deid/corpus';
import { createDeidEngine } from './deid-engine';
import { loadDeidDictionaries } from './dictionaries';
import { tokenize } from './text-tokens';
import { modelSpans, readTokenModel, writeTokenModel, type TokenModel } from './token-model';
import { trainTokenModel, type TrainingNote } from './token-model-train';

const dictionaries = loadDeidDictionaries();
const shipped = readTokenModel();
const rulesOnly = createDeidEngine({ dictionaries, tokenModel: null });
const full = createDeidEngine({ dictionaries, tokenModel: shipped });

// Made-up words no dictionary holds, so only the context can tell.
const WORDS = ['Blorvat', 'Quenzil', 'Trasko', 'Vimmerl', 'Oskadu', 'Pellinor', 'Zarubek', 'Hostrav', 'Ulmenko', 'Dravic', 'Kessimo', 'Fanturo'];
function teachingNotes(): TrainingNote[] {
  const notes: TrainingNote[] = [];
  for (let i = 0; i < 240; i++) {
    const w = WORDS[i % WORDS.length]!;
    // After "recorder" the word is a person; before "monitor" it is a device model.
    const person = `Code note ${i}: recorder ${w} kept the times.`;
    const device = `Code note ${i}: the ${w} monitor kept the times.`;
    const at = person.indexOf(w);
    notes.push({ text: person, gold: [{ start: at, end: at + w.length, type: 'NAME' }], rules: [] });
    notes.push({ text: device, gold: [], rules: [] });
  }
  return notes;
}

describe('token model', () => {
  it('learns a context from annotated notes, and trains the same bytes twice', () => {
    const options = { bits: 14, epochs: 3, seed: 5, threshold: 0.5 };
    const a = trainTokenModel(teachingNotes(), dictionaries, options);
    const b = trainTokenModel(teachingNotes(), dictionaries, options);
    assert.deepEqual(Buffer.from(a.weights.buffer), Buffer.from(b.weights.buffer));
    assert.equal(a.scale, b.scale);
    const marked = (text: string) => modelSpans(text, tokenize(text), [], dictionaries, a).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(marked('Code note 999: recorder Graventh kept the times.'), ['Graventh']);
    assert.deepEqual(marked('Code note 999: the Graventh monitor kept the times.'), []);
  });

  it('writes and reads a model, and refuses a file that is not one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-token-model-'));
    try {
      const model: TokenModel = { bits: 10, threshold: 0.25, scale: 0.5, weights: Int8Array.from({ length: 1024 }, (_, i) => (i % 255) - 127) };
      const file = path.join(dir, 'm.bin');
      writeTokenModel(file, model);
      const back = readTokenModel(file);
      assert.equal(back.bits, 10);
      assert.equal(back.threshold, 0.25);
      assert.equal(back.scale, 0.5);
      assert.deepEqual([...back.weights], [...model.weights]);
      fs.writeFileSync(path.join(dir, 'short.bin'), fs.readFileSync(file).subarray(0, 500));
      assert.throws(() => readTokenModel(path.join(dir, 'short.bin')), /a model of 2\^10 weights has 1040 bytes, not 500/);
      fs.writeFileSync(path.join(dir, 'other.bin'), Buffer.alloc(1040));
      assert.throws(() => readTokenModel(path.join(dir, 'other.bin')), /is not a Custos token model/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only adds to the rules: every rule span stays as it was, and the spans stay sorted and apart', () => {
    let added = 0;
    for (const note of generateCorpus({ seed: 21, count: 300 })) {
      const rules = rulesOnly.detect(note.text);
      const both = full.detect(note.text);
      for (const s of rules) assert.ok(both.some((b) => b.start === s.start && b.end === s.end && b.type === s.type), `${note.id}: a rule span was changed`);
      for (let i = 1; i < both.length; i++) assert.ok(both[i - 1]!.end <= both[i]!.start, `${note.id}: spans overlap or are out of order`);
      added += both.length - rules.length;
    }
    assert.ok(added > 0, 'the model added nothing on 300 notes: it is not running');
  });

  it('reads any text: other scripts, marks, emoji, empty and one-character notes, long runs', () => {
    const pieces = ['Dr', ' ', 'Ng', '\n', '李明', 'محمد', 'Ωμέγα', 'é', '\u0301', '😀', "O'", '-', '.', '5', '/', '1234567', 'MRN', ':', '\t', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    const texts = ['', 'a', ' ', '\n\n', 'Ng'.repeat(5000)];
    for (let n = 0; n < 400; n++) texts.push(Array.from({ length: 1 + (n % 60) }, () => pieces[next()]).join(''));
    for (const text of texts) {
      const spans = full.detect(text);
      for (const [i, s] of spans.entries()) {
        assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, JSON.stringify(text));
        if (i > 0) assert.ok(spans[i - 1]!.end <= s.start, JSON.stringify(text));
      }
    }
  });

  it('never takes eponyms, drugs, doses, units, scores or vital signs, which the issue requires', () => {
    for (const text of [
      "Parkinson's disease and Hodgkin lymphoma. Foley removed 0600. Apgar 8/9. Babinski negative, Homans negative.",
      'Started carbidopa-levodopa 25/100 mg PO TID and Eliquis 5 mg BID; lisinopril held. Pain 5/10, GCS 15.',
      'BP 142/88, HR 96, SpO2 94% on 2 L, glucose 112 mg/dL, A1c 7.2%. Percocet 5/325 q6h prn.',
      'Morse fall score 45, Braden 14, NIHSS 3, MoCA 24/30. Whipple in 2019. Nissen fundoplication.',
    ]) {
      const spans = full.detect(text);
      assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [], text);
    }
  });

  it('never adds a number on its own: a number only lengthens a span the rules found', () => {
    const text = 'Pain 7/10 at rest, 24/24 beds full, lot 4471 used, 3 of 5 tablets left.';
    const added = modelSpans(text, tokenize(text), rulesOnly.detect(text), dictionaries, { ...shipped, threshold: -1 });
    assert.ok(added.length > 0, 'with threshold -1 every word the lexicons allow is added');
    assert.deepEqual(added.filter((s) => /^\d+$/.test(text.slice(s.start, s.end))), []);
  });

  it('is the model that `npm run deid:train` trains from the annotated notes', { timeout: 300_000 }, () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-deid-model.ts', '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /the shipped model is what these notes train/);
  });
});
