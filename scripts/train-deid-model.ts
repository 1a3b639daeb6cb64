// `npm run deid:train`: trains the de-identification token model (src/modules/deid/token-model.ts)
// on the annotated notes in test/deid that the rules were developed on (hand-written tuning sets,
// the first held-out set and held-out sets 2 to LAST_TRAINING_SET) and writes
// src/modules/deid/token-model.weights. The later held-out sets are never trained on: the script
// ends by measuring the rules alone and the rules with the new model on them.
//
//   npm run deid:train              train and write the model, then measure
//   npm run deid:train -- --check   train and fail unless the result is byte for byte the shipped model
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createDeidEngine } from '../src/modules/deid/deid-engine';
import { loadDeidDictionaries } from '../src/modules/deid/dictionaries';
import { LAST_TRAINING_SET, readTokenModel, TOKEN_MODEL_FILE, writeTokenModel } from '../src/modules/deid/token-model';
import { trainTokenModel, type TrainingNote } from '../src/modules/deid/token-model-train';
import type { MarkedNote } from '../test/deid/handwritten';
import { addNote, formatScore, newScore } from '../test/deid/score';

const OPTIONS = { bits: 19, epochs: 4, seed: 3, threshold: 0.2 };
const TUNING_FILES = ['handwritten', 'handwritten-tuning', 'handwritten-tuning-2', 'handwritten-tuning-3', 'handwritten-tuning-4', 'handwritten-tuning-5', 'handwritten-tuning-6a', 'handwritten-tuning-6b', 'handwritten-tuning-7a', 'handwritten-tuning-7b', 'heldout-realistic'];
const DIR = path.resolve(import.meta.dirname, '../test/deid');

async function notesOf(file: string): Promise<MarkedNote[]> {
  const module = (await import(pathToFileURL(path.join(DIR, `${file}.ts`)).href)) as Record<string, unknown>;
  return Object.values(module).filter((v): v is MarkedNote[] => Array.isArray(v)).flat();
}

async function heldOutSets(from: number, to: number): Promise<MarkedNote[]> {
  const out: MarkedNote[] = [];
  for (let n = from; n <= to && fs.existsSync(path.join(DIR, `heldout-realistic-${n}.ts`)); n++) out.push(...(await notesOf(`heldout-realistic-${n}`)));
  return out;
}

const check = process.argv.includes('--check');
const dictionaries = loadDeidDictionaries();
const rules = createDeidEngine({ dictionaries, tokenModel: null });
const started = performance.now();
const training: TrainingNote[] = [];
for (const file of TUNING_FILES) for (const note of await notesOf(file)) training.push({ text: note.text, gold: note.spans, rules: rules.detect(note.text) });
for (const note of await heldOutSets(2, LAST_TRAINING_SET)) training.push({ text: note.text, gold: note.spans, rules: rules.detect(note.text) });
const model = trainTokenModel(training, dictionaries, OPTIONS);
console.log(`trained on ${training.length} notes in ${((performance.now() - started) / 1000).toFixed(1)} s (2^${model.bits} weights, threshold ${model.threshold})`);

if (check) {
  const shipped = readTokenModel();
  const same = shipped.bits === model.bits && shipped.scale === Math.fround(model.scale) && shipped.threshold === Math.fround(model.threshold) && Buffer.compare(Buffer.from(shipped.weights.buffer, shipped.weights.byteOffset, shipped.weights.length), Buffer.from(model.weights.buffer)) === 0;
  console.log(same ? 'the shipped model is what these notes train' : 'the shipped model differs from what these notes train: run npm run deid:train');
  process.exit(same ? 0 : 1);
}
writeTokenModel(TOKEN_MODEL_FILE, model);
console.log(`wrote ${TOKEN_MODEL_FILE.pathname}`);

// Measured on the held-out sets after the training ones (never trained on).
const withModel = createDeidEngine({ dictionaries, tokenModel: readTokenModel() });
const later = await heldOutSets(LAST_TRAINING_SET + 1, 10_000);
const before = newScore();
const after = newScore();
for (const note of later) {
  addNote(before, note.text, note.spans, rules.detect(note.text));
  addNote(after, note.text, note.spans, withModel.detect(note.text));
}
console.log(`held-out sets after ${LAST_TRAINING_SET} (${later.length} notes), rules alone:\n${formatScore(before)}\nrules and token model:\n${formatScore(after)}`);
