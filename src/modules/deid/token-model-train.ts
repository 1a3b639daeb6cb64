// Training of the token model (token-model.ts): logistic regression by stochastic gradient descent
// with per-weight step sizes (AdaGrad), in a fixed order drawn from a seed, so the same notes give
// the same bytes on any machine. Used by `npm run deid:train` (scripts/train-deid-model.ts).
import type { DeidDictionaries } from './dictionaries';
import type { PhiSpan } from './deid.types';
import { tokenize } from './text-tokens';
import { FEATURES_PER_TOKEN, ruleTypesOf, tokenFeatures, type TokenModel } from './token-model';

export interface TrainingNote {
  text: string;
  /** The annotated PHI. */
  gold: readonly PhiSpan[];
  /** What the rules found (the engine without a token model). */
  rules: readonly PhiSpan[];
}

export interface TrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  threshold: number;
  /** Base step size (0.1) and L2 weight decay (1e-6). */
  rate?: number;
  decay?: number;
}

/**
 * Trains a model on annotated notes and the rules' spans on them.
 *
 * @example
 *   const model = trainTokenModel(notes, dictionaries, { bits: 19, epochs: 4, seed: 3, threshold: 0.3 });
 */
export function trainTokenModel(notes: readonly TrainingNote[], d: DeidDictionaries, options: TrainingOptions): TokenModel {
  const { bits, epochs, seed, threshold, rate = 0.1, decay = 1e-6 } = options;
  const size = 2 ** bits;
  const prepared = notes.map((note) => {
    const tokens = tokenize(note.text);
    const gold = new Uint8Array(tokens.length);
    tokens.forEach((t, i) => {
      if (note.gold.some((s) => s.start < t.end && t.start < s.end)) gold[i] = 1;
    });
    return { text: note.text, tokens, gold, rules: ruleTypesOf(tokens, note.rules) };
  });
  const w = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-6);
  let state = seed >>> 0 || 1;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let epoch = 0; epoch < epochs; epoch++) {
    // A Fisher-Yates shuffle of the notes for this epoch.
    const order = prepared.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (const index of order) {
      const note = prepared[index]!;
      // Features are made again each epoch (cheap) rather than held for every token of every note.
      const features = tokenFeatures(note.text, note.tokens, note.rules, d, bits);
      for (let i = 0; i < note.tokens.length; i++) {
        const from = i * FEATURES_PER_TOKEN;
        let z = 0;
        for (let k = from; k < from + FEATURES_PER_TOKEN; k++) z += w[features[k]!]!;
        const gradient = 1 / (1 + Math.exp(-z)) - note.gold[i]!;
        for (let k = from; k < from + FEATURES_PER_TOKEN; k++) {
          const j = features[k]!;
          const g = gradient + decay * w[j]!;
          const sum = squares[j]! + g * g;
          squares[j] = sum;
          w[j] = w[j]! - (rate * g) / Math.sqrt(sum);
        }
      }
    }
  }
  // One signed byte a weight, with one scale for the table.
  let largest = 0;
  for (const x of w) largest = Math.max(largest, Math.abs(x));
  const scale = largest / 127 || 1;
  const weights = new Int8Array(size);
  for (let j = 0; j < size; j++) weights[j] = Math.round(w[j]! / scale);
  return { bits, threshold, scale, weights };
}
