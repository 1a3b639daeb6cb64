// A learned second reader of each note (issue 6, pass 28). The rules find about 97% of the PHI
// tokens of notes they were not written from; what they miss is spread over hundreds of small
// classes (a first name after a role word, a surname in a table column, initials closing a line),
// each too rare for a rule of its own. A logistic regression over each word token, trained on the
// team's annotated notes, reads the word, its neighbours, their shapes, the dictionaries' flags, the
// gaps between them and what the rules found around it, and marks the tokens the rules left that
// look like PHI in that company. It only adds: a span the rules found is never removed, so the
// model can cost precision, never recall.
//
// Features are hashed into 2^bits weights (no vocabulary to ship); the weights are stored as
// signed bytes with one scale (token-model.weights beside this file, written by `npm run deid:train`).
import fs from 'node:fs';
import type { DeidDictionaries } from './dictionaries';
import type { PhiSpan, PhiType } from './deid.types';
import type { Token } from './text-tokens';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, DOSE_AFTER, EPONYMS, FUNCTION_WORDS, NAME_CUES, NOT_NAMES, TITLES } from './lexicon';

export interface TokenModel {
  bits: number;
  /** The probability above which a token the rules left is marked. */
  threshold: number;
  /** weight = byte * scale */
  scale: number;
  weights: Int8Array;
}

/** Features a token: the fixed number of hashed indices each token gets. */
export const FEATURES_PER_TOKEN = 40;

const MAGIC = 'CTM1';
export const TOKEN_MODEL_FILE = new URL('./token-model.weights', import.meta.url);
/** The last held-out set (test/deid/heldout-realistic-N.ts) the shipped model was trained on; later sets measure it. */
export const LAST_TRAINING_SET = 122;

/**
 * Reads a model written by `writeTokenModel` (the shipped one by default).
 *
 * @example
 *   const model = readTokenModel(); model.weights.length === 2 ** model.bits // true
 */
export function readTokenModel(file: URL | string = TOKEN_MODEL_FILE): TokenModel {
  const buf = fs.readFileSync(file);
  if (buf.length < 16 || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${String(file)} is not a Custos token model`);
  const bits = buf.readUInt8(4);
  const scale = buf.readFloatLE(8);
  const threshold = buf.readFloatLE(12);
  if (bits < 10 || bits > 24 || buf.length !== 16 + 2 ** bits) throw new Error(`${String(file)}: a model of 2^${bits} weights has ${16 + 2 ** bits} bytes, not ${buf.length}`);
  return { bits, scale, threshold, weights: new Int8Array(buf.buffer, buf.byteOffset + 16, 2 ** bits) };
}

let shipped: TokenModel | undefined;
/** The shipped model, read from its file once per process (every engine shares its weights). */
export function shippedTokenModel(): TokenModel {
  return (shipped ??= readTokenModel());
}

/** Writes a model as its 16-byte header (magic, bits, scale, threshold) and one signed byte a weight. */
export function writeTokenModel(file: URL | string, model: TokenModel): void {
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt8(model.bits, 4);
  head.writeFloatLE(model.scale, 8);
  head.writeFloatLE(model.threshold, 12);
  fs.writeFileSync(file, Buffer.concat([head, Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.length)]));
}

// The span types in a fixed order: a feature reads a rule span's type as its index here.
const TYPE_INDEX: ReadonlyMap<string, number> = new Map(
  ['NAME', 'FACILITY', 'LOCATION', 'ADDRESS', 'DATE', 'AGE', 'ZIP', 'PHONE', 'FAX', 'EMAIL', 'URL', 'IP', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'ID', 'BIOMETRIC', 'PHOTO'].map((t, i) => [t, i + 1]),
);
const SHAPE_INDEX: Readonly<Record<Token['shape'], number>> = { cap: 1, upper: 2, lower: 3, num: 4, other: 5 };
const OUTSIDE = 30; // the rule "type" of a position before the first token or after the last

/** FNV-1a of a string (or of its characters from `from` to `to`), 32 bits. */
function fnv(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const START = fnv('<s>');
const END = fnv('</s>');

/** One feature's index: its template number and up to two values, mixed and masked to the table. */
function mix(mask: number, template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2d);
  return (h ^ (h >>> 15)) & mask;
}

/** The blanks and punctuation between two tokens, as a small number: one blank, none, a line break, other. */
function gapClass(gap: string): number {
  if (gap === ' ') return 1;
  if (gap === '') return 2;
  const trimmed = gap.trim();
  if (gap.includes('\n')) return trimmed ? 3 : 4;
  if (!trimmed) return 5;
  return 6 + (fnv(trimmed.slice(0, 3)) % 997);
}

/**
 * The type index of the rule span over each token (0 where none): the first span that overlaps it.
 *
 * @example
 *   ruleTypesOf(tokenize('Dr Roe'), [{ start: 3, end: 6, type: 'NAME' }]) // Uint8Array [0, 1]
 */
export function ruleTypesOf(tokens: readonly Token[], spans: readonly PhiSpan[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s += 1;
    if (s < spans.length && spans[s]!.start < t.end) out[i] = TYPE_INDEX.get(spans[s]!.type) ?? 0;
  }
  return out;
}

// Per-token values with two places of padding at each end, so a neighbour two tokens away needs
// no bounds check: token i is at i + 2.
interface FeatureContext {
  mask: number;
  keys: Uint32Array;
  shapes: Uint8Array;
  flags: Uint16Array;
  rules: Uint8Array;
  /** The gap after token i (at i + 2). */
  gaps: Uint16Array;
  lengths: Uint8Array;
  /** Hashes of the last and the first three letters of each key. */
  suffixes: Uint32Array;
  prefixes: Uint32Array;
}

/** What the features of a note's tokens are read from, computed once per note. */
function featureContext(text: string, tokens: readonly Token[], rules: Uint8Array, flagsOf: (key: string) => number, bits: number): FeatureContext {
  const n = tokens.length;
  const keys = new Uint32Array(n + 4).fill(END);
  keys[0] = keys[1] = START;
  const shapes = new Uint8Array(n + 4);
  const flags = new Uint16Array(n + 4);
  const padded = new Uint8Array(n + 4).fill(OUTSIDE);
  const gaps = new Uint16Array(n + 4);
  const lengths = new Uint8Array(n + 4);
  const suffixes = new Uint32Array(n + 4);
  const prefixes = new Uint32Array(n + 4);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    keys[i + 2] = fnv(t.key);
    shapes[i + 2] = SHAPE_INDEX[t.shape];
    const f = flagsOf(t.key);
    const english = (f >> 8) & 255;
    flags[i + 2] = (f & 0x3f) | ((english === 0 ? 0 : english <= 20 ? 1 : english <= 35 ? 2 : english <= 50 ? 3 : 4) << 6);
    padded[i + 2] = rules[i]!;
    lengths[i + 2] = Math.min(t.text.length, 8);
    suffixes[i + 2] = fnv(t.key, Math.max(0, t.key.length - 3));
    prefixes[i + 2] = fnv(t.key, 0, Math.min(3, t.key.length));
    if (i + 1 < n) {
      const next = tokens[i + 1]!.start;
      // (The commonest gaps without a slice: one blank, or none.)
      gaps[i + 2] = next === t.end + 1 && text.charCodeAt(t.end) === 32 ? 1 : next === t.end ? 2 : gapClass(text.slice(t.end, next));
    }
  }
  return { mask: 2 ** bits - 1, keys, shapes, flags, rules: padded, gaps, lengths, suffixes, prefixes };
}

/** Writes the FEATURES_PER_TOKEN hashed features of token i into `out` from `o`. */
function writeFeatures(c: FeatureContext, i: number, out: Int32Array, o: number): void {
  const { mask, keys, shapes, flags, rules, gaps } = c;
  const p = i + 2;
  const k0 = keys[p]!, km1 = keys[p - 1]!, kp1 = keys[p + 1]!, km2 = keys[p - 2]!, kp2 = keys[p + 2]!;
  const s0 = shapes[p]!, sm1 = shapes[p - 1]!, sp1 = shapes[p + 1]!;
  const f0 = flags[p]!;
  const r0 = rules[p]!, rm1 = rules[p - 1]!, rp1 = rules[p + 1]!;
  const before = gaps[p - 1]!;
  const after = gaps[p]!;
  out[o++] = mix(mask, 0, 0);
  out[o++] = mix(mask, 1, k0);
  out[o++] = mix(mask, 2, km1);
  out[o++] = mix(mask, 3, kp1);
  out[o++] = mix(mask, 4, km2);
  out[o++] = mix(mask, 5, kp2);
  out[o++] = mix(mask, 6, km1, k0);
  out[o++] = mix(mask, 7, k0, kp1);
  out[o++] = mix(mask, 8, s0);
  out[o++] = mix(mask, 9, sm1, s0);
  out[o++] = mix(mask, 10, s0, sp1);
  out[o++] = mix(mask, 11, sm1 * 8 + s0, sp1);
  out[o++] = mix(mask, 12, f0);
  out[o++] = mix(mask, 13, flags[p - 1]!);
  out[o++] = mix(mask, 14, flags[p + 1]!);
  out[o++] = mix(mask, 15, f0, s0);
  out[o++] = mix(mask, 16, r0);
  out[o++] = mix(mask, 17, rm1, r0);
  out[o++] = mix(mask, 18, r0, rp1);
  out[o++] = mix(mask, 19, rm1 * 32 + r0, rp1);
  out[o++] = mix(mask, 20, rules[p - 2]!, rules[p + 2]!);
  out[o++] = mix(mask, 21, before);
  out[o++] = mix(mask, 22, after);
  out[o++] = mix(mask, 23, before, s0);
  out[o++] = mix(mask, 24, after, s0);
  out[o++] = mix(mask, 25, before * 1024 + after, s0);
  out[o++] = mix(mask, 26, km1, s0);
  out[o++] = mix(mask, 27, kp1, s0);
  out[o++] = mix(mask, 28, km1, r0);
  out[o++] = mix(mask, 29, kp1, r0);
  out[o++] = mix(mask, 30, r0, f0);
  out[o++] = mix(mask, 31, s0 * 16 + c.lengths[p]!, f0);
  out[o++] = mix(mask, 32, c.suffixes[p]!, s0);
  out[o++] = mix(mask, 33, c.prefixes[p]!, s0);
  out[o++] = mix(mask, 34, km1, before);
  out[o++] = mix(mask, 35, kp1, after);
  out[o++] = mix(mask, 36, km2, km1);
  out[o++] = mix(mask, 37, kp1, kp2);
  out[o++] = mix(mask, 38, rm1 * 32 + r0, s0);
  out[o] = mix(mask, 39, r0, before * 1024 + after);
}

/**
 * The hashed features of every token, FEATURES_PER_TOKEN a token, into a table of 2^bits (for
 * training). `rules` is `ruleTypesOf(tokens, spans)` for the spans the rules found.
 */
export function tokenFeatures(text: string, tokens: readonly Token[], rules: Uint8Array, d: DeidDictionaries, bits: number): Int32Array {
  const c = featureContext(text, tokens, rules, (key) => d.wordFlags.get(key) ?? 0, bits);
  const out = new Int32Array(tokens.length * FEATURES_PER_TOKEN);
  for (let i = 0; i < tokens.length; i++) writeFeatures(c, i, out, i * FEATURES_PER_TOKEN);
  return out;
}

// Words the rules know are never PHI on their own: clinical vocabulary, eponyms, function words,
// titles, credentials and name cues (months and weekdays stay: a date the rules missed is PHI);
// and medical words (drugs, anatomy, units), unless capitalised and a census name ("Hunter").
const NEVER_ALONE: ReadonlySet<string> = new Set([NOT_NAMES, CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, TITLES, CREDENTIALS, NAME_CUES, EPONYMS].flatMap((set) => [...set]));
function neverAlone(t: Token, d: DeidDictionaries): boolean {
  if (NEVER_ALONE.has(t.key)) return true;
  return d.medicalTerms.has(t.key) && (t.shape === 'lower' || !(d.firstNames.has(t.key) || d.lastNames.has(t.key)));
}

const JOINS_SPAN = /^[ \t'’.,-]{0,2}$/;

/**
 * The spans the model adds to the rules' `spans` (sorted, non-overlapping): tokens no rule span
 * touches whose probability is above the model's threshold, joined when no more than two blanks,
 * hyphens, apostrophes, full stops or commas stand between them. A token right beside a rule span
 * takes that span's type; others are NAME. A number is added only beside a rule span.
 *
 * @example
 *   modelSpans(text, tokenize(text), engineSpans, dictionaries, readTokenModel())
 */
export function modelSpans(text: string, tokens: readonly Token[], spans: readonly PhiSpan[], d: DeidDictionaries, model: TokenModel, flagsOf = (key: string) => d.wordFlags.get(key) ?? 0): PhiSpan[] {
  const rules = ruleTypesOf(tokens, spans);
  const c = featureContext(text, tokens, rules, flagsOf, model.bits);
  const row = new Int32Array(FEATURES_PER_TOKEN);
  // p > threshold, as the weighted sum against the threshold's log-odds (no exponential a token).
  const logit = model.threshold <= 0 ? -Infinity : model.threshold >= 1 ? Infinity : Math.log(model.threshold / (1 - model.threshold)) / model.scale;
  // The type of a rule span right beside token i (JOINS_SPAN between them).
  const typeBeside = (i: number, j: number): PhiType | undefined => {
    if (j < 0 || j >= tokens.length || !rules[j]) return undefined;
    const [a, b] = j < i ? [tokens[j]!.end, tokens[i]!.start] : [tokens[i]!.end, tokens[j]!.start];
    return JOINS_SPAN.test(text.slice(a, b)) ? spans.find((s) => s.start < tokens[j]!.end && tokens[j]!.start < s.end)?.type : undefined;
  };
  const out: PhiSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The cheap refusals first; the features only for a token that may be added.
    if (rules[i] || neverAlone(t, d)) continue;
    // (A number only lengthens a rule's span: alone it is a score, a dose or a count as often as an id.)
    const near = typeBeside(i, i - 1) ?? typeBeside(i, i + 1);
    if (t.shape === 'num' && !near) continue;
    writeFeatures(c, i, row, 0);
    let z = 0;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) z += model.weights[row[k]!]!;
    if (z <= logit || DOSE_AFTER.test(text.slice(t.end, t.end + 16))) continue;
    const type = near ?? 'NAME';
    const last = out[out.length - 1];
    if (last && last.type === type && JOINS_SPAN.test(text.slice(last.end, t.start)) && !spans.some((s) => s.start < t.start && last.end < s.end)) last.end = t.end;
    else out.push({ start: t.start, end: t.end, type });
  }
  return out;
}
