// `npm run bench -- deid`: quality and speed of the de-identification engine on the synthetic
// corpus (tuning styles, held-out styles), the hand-written notes and the held-out realistic notes
// (per-type recall and precision for each set), with the npm libraries
// openredaction and redact-pii on the same notes in the same run as reference points; then a
// streaming run that shows memory stays flat (DEID_BENCH_STREAM_MB, default 64; 1024 for 1 GB).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import type { PhiSpan } from '../src/modules/deid/deid.types';
import { createDeidEngine } from '../src/modules/deid/deid-engine';
import { LAST_TRAINING_SET } from '../src/modules/deid/token-model';
import { processNoteStream } from '../src/modules/deid/deid-stream';
import { generateCorpus } from '../test/deid/corpus';
import { HANDWRITTEN_NOTES } from '../test/deid/handwritten';
import { HELDOUT_REALISTIC_NOTES } from '../test/deid/heldout-realistic';
import { HELDOUT_REALISTIC_2_NOTES } from '../test/deid/heldout-realistic-2';
import { HELDOUT_REALISTIC_3_NOTES } from '../test/deid/heldout-realistic-3';
import { HELDOUT_REALISTIC_4_NOTES } from '../test/deid/heldout-realistic-4';
import { HELDOUT_REALISTIC_5_NOTES } from '../test/deid/heldout-realistic-5';
import { HELDOUT_REALISTIC_6_NOTES } from '../test/deid/heldout-realistic-6';
import { HELDOUT_REALISTIC_7_NOTES } from '../test/deid/heldout-realistic-7';
import { HELDOUT_REALISTIC_8_NOTES } from '../test/deid/heldout-realistic-8';
import { HELDOUT_REALISTIC_9_NOTES } from '../test/deid/heldout-realistic-9';
import { HELDOUT_REALISTIC_10_NOTES } from '../test/deid/heldout-realistic-10';
import { HELDOUT_REALISTIC_11_NOTES } from '../test/deid/heldout-realistic-11';
import { HELDOUT_REALISTIC_12_NOTES } from '../test/deid/heldout-realistic-12';
import { HELDOUT_REALISTIC_13_NOTES } from '../test/deid/heldout-realistic-13';
import { HELDOUT_REALISTIC_14_NOTES } from '../test/deid/heldout-realistic-14';
import { HELDOUT_REALISTIC_15_NOTES } from '../test/deid/heldout-realistic-15';
import { HELDOUT_REALISTIC_16_NOTES } from '../test/deid/heldout-realistic-16';
import { HELDOUT_REALISTIC_17_NOTES } from '../test/deid/heldout-realistic-17';
import { HELDOUT_REALISTIC_18_NOTES } from '../test/deid/heldout-realistic-18';
import { HELDOUT_REALISTIC_19_NOTES } from '../test/deid/heldout-realistic-19';
import { HELDOUT_REALISTIC_20_NOTES } from '../test/deid/heldout-realistic-20';
import { HELDOUT_REALISTIC_21_NOTES } from '../test/deid/heldout-realistic-21';
import { HELDOUT_REALISTIC_22_NOTES } from '../test/deid/heldout-realistic-22';
import { HELDOUT_REALISTIC_23_NOTES } from '../test/deid/heldout-realistic-23';
import { HELDOUT_REALISTIC_24_NOTES } from '../test/deid/heldout-realistic-24';
import { HELDOUT_REALISTIC_25_NOTES } from '../test/deid/heldout-realistic-25';
import { HELDOUT_REALISTIC_26_NOTES } from '../test/deid/heldout-realistic-26';
import { HELDOUT_REALISTIC_27_NOTES } from '../test/deid/heldout-realistic-27';
import { HELDOUT_REALISTIC_28_NOTES } from '../test/deid/heldout-realistic-28';
import { HELDOUT_REALISTIC_29_NOTES } from '../test/deid/heldout-realistic-29';
import { HELDOUT_REALISTIC_30_NOTES } from '../test/deid/heldout-realistic-30';
import { HELDOUT_REALISTIC_31_NOTES } from '../test/deid/heldout-realistic-31';
import { HELDOUT_REALISTIC_32_NOTES } from '../test/deid/heldout-realistic-32';
import { HELDOUT_REALISTIC_33_NOTES } from '../test/deid/heldout-realistic-33';
import { HELDOUT_REALISTIC_34_NOTES } from '../test/deid/heldout-realistic-34';
import { HELDOUT_REALISTIC_35_NOTES } from '../test/deid/heldout-realistic-35';
import { HELDOUT_REALISTIC_36_NOTES } from '../test/deid/heldout-realistic-36';
import { HELDOUT_REALISTIC_37_NOTES } from '../test/deid/heldout-realistic-37';
import { HELDOUT_REALISTIC_38_NOTES } from '../test/deid/heldout-realistic-38';
import { HELDOUT_REALISTIC_39_NOTES } from '../test/deid/heldout-realistic-39';
import { HELDOUT_REALISTIC_40_NOTES } from '../test/deid/heldout-realistic-40';
import { HELDOUT_REALISTIC_41_NOTES } from '../test/deid/heldout-realistic-41';
import { HELDOUT_REALISTIC_42_NOTES } from '../test/deid/heldout-realistic-42';
import { HELDOUT_REALISTIC_43_NOTES } from '../test/deid/heldout-realistic-43';
import { HELDOUT_REALISTIC_44_NOTES } from '../test/deid/heldout-realistic-44';
import { HELDOUT_REALISTIC_45_NOTES } from '../test/deid/heldout-realistic-45';
import { HELDOUT_REALISTIC_46_NOTES } from '../test/deid/heldout-realistic-46';
import { HELDOUT_REALISTIC_47_NOTES } from '../test/deid/heldout-realistic-47';
import { HELDOUT_REALISTIC_48_NOTES } from '../test/deid/heldout-realistic-48';
import { HELDOUT_REALISTIC_49_NOTES } from '../test/deid/heldout-realistic-49';
import { HELDOUT_REALISTIC_50_NOTES } from '../test/deid/heldout-realistic-50';
import { HELDOUT_REALISTIC_51_NOTES } from '../test/deid/heldout-realistic-51';
import { HELDOUT_REALISTIC_52_NOTES } from '../test/deid/heldout-realistic-52';
import { HELDOUT_REALISTIC_53_NOTES } from '../test/deid/heldout-realistic-53';
import { HELDOUT_REALISTIC_54_NOTES } from '../test/deid/heldout-realistic-54';
import { HELDOUT_REALISTIC_55_NOTES } from '../test/deid/heldout-realistic-55';
import { HELDOUT_REALISTIC_56_NOTES } from '../test/deid/heldout-realistic-56';
import { HELDOUT_REALISTIC_57_NOTES } from '../test/deid/heldout-realistic-57';
import { HELDOUT_REALISTIC_58_NOTES } from '../test/deid/heldout-realistic-58';
import { HELDOUT_REALISTIC_59_NOTES } from '../test/deid/heldout-realistic-59';
import { HELDOUT_REALISTIC_60_NOTES } from '../test/deid/heldout-realistic-60';
import { HELDOUT_REALISTIC_61_NOTES } from '../test/deid/heldout-realistic-61';
import { HELDOUT_REALISTIC_62_NOTES } from '../test/deid/heldout-realistic-62';
import { HELDOUT_REALISTIC_63_NOTES } from '../test/deid/heldout-realistic-63';
import { HELDOUT_REALISTIC_64_NOTES } from '../test/deid/heldout-realistic-64';
import { HELDOUT_REALISTIC_65_NOTES } from '../test/deid/heldout-realistic-65';
import { HELDOUT_REALISTIC_66_NOTES } from '../test/deid/heldout-realistic-66';
import { HELDOUT_REALISTIC_67_NOTES } from '../test/deid/heldout-realistic-67';
import { HELDOUT_REALISTIC_68_NOTES } from '../test/deid/heldout-realistic-68';
import { HELDOUT_REALISTIC_69_NOTES } from '../test/deid/heldout-realistic-69';
import { HELDOUT_REALISTIC_70_NOTES } from '../test/deid/heldout-realistic-70';
import { HELDOUT_REALISTIC_71_NOTES } from '../test/deid/heldout-realistic-71';
import { HELDOUT_REALISTIC_72_NOTES } from '../test/deid/heldout-realistic-72';
import { HELDOUT_REALISTIC_73_NOTES } from '../test/deid/heldout-realistic-73';
import { HELDOUT_REALISTIC_74_NOTES } from '../test/deid/heldout-realistic-74';
import { HELDOUT_REALISTIC_75_NOTES } from '../test/deid/heldout-realistic-75';
import { HELDOUT_REALISTIC_76_NOTES } from '../test/deid/heldout-realistic-76';
import { HELDOUT_REALISTIC_77_NOTES } from '../test/deid/heldout-realistic-77';
import { HELDOUT_REALISTIC_78_NOTES } from '../test/deid/heldout-realistic-78';
import { HELDOUT_REALISTIC_79_NOTES } from '../test/deid/heldout-realistic-79';
import { HELDOUT_REALISTIC_80_NOTES } from '../test/deid/heldout-realistic-80';
import { HELDOUT_REALISTIC_81_NOTES } from '../test/deid/heldout-realistic-81';
import { HELDOUT_REALISTIC_82_NOTES } from '../test/deid/heldout-realistic-82';
import { HELDOUT_REALISTIC_83_NOTES } from '../test/deid/heldout-realistic-83';
import { HELDOUT_REALISTIC_84_NOTES } from '../test/deid/heldout-realistic-84';
import { HELDOUT_REALISTIC_85_NOTES } from '../test/deid/heldout-realistic-85';
import { HELDOUT_REALISTIC_86_NOTES } from '../test/deid/heldout-realistic-86';
import { HELDOUT_REALISTIC_87_NOTES } from '../test/deid/heldout-realistic-87';
import { HELDOUT_REALISTIC_88_NOTES } from '../test/deid/heldout-realistic-88';
import { HELDOUT_REALISTIC_89_NOTES } from '../test/deid/heldout-realistic-89';
import { HELDOUT_REALISTIC_90_NOTES } from '../test/deid/heldout-realistic-90';
import { HELDOUT_REALISTIC_91_NOTES } from '../test/deid/heldout-realistic-91';
import { HELDOUT_REALISTIC_92_NOTES } from '../test/deid/heldout-realistic-92';
import { HELDOUT_REALISTIC_93_NOTES } from '../test/deid/heldout-realistic-93';
import { HELDOUT_REALISTIC_94_NOTES } from '../test/deid/heldout-realistic-94';
import { HELDOUT_REALISTIC_95_NOTES } from '../test/deid/heldout-realistic-95';
import { HELDOUT_REALISTIC_96_NOTES } from '../test/deid/heldout-realistic-96';
import { HELDOUT_REALISTIC_97_NOTES } from '../test/deid/heldout-realistic-97';
import { HELDOUT_REALISTIC_98_NOTES } from '../test/deid/heldout-realistic-98';
import { HELDOUT_REALISTIC_99_NOTES } from '../test/deid/heldout-realistic-99';
import { HELDOUT_REALISTIC_100_NOTES } from '../test/deid/heldout-realistic-100';
import { HELDOUT_REALISTIC_101_NOTES } from '../test/deid/heldout-realistic-101';
import { HELDOUT_REALISTIC_102_NOTES } from '../test/deid/heldout-realistic-102';
import { HELDOUT_REALISTIC_103_NOTES } from '../test/deid/heldout-realistic-103';
import { HELDOUT_REALISTIC_104_NOTES } from '../test/deid/heldout-realistic-104';
import { HELDOUT_REALISTIC_105_NOTES } from '../test/deid/heldout-realistic-105';
import { HELDOUT_REALISTIC_106_NOTES } from '../test/deid/heldout-realistic-106';
import { HELDOUT_REALISTIC_107_NOTES } from '../test/deid/heldout-realistic-107';
import { HELDOUT_REALISTIC_108_NOTES } from '../test/deid/heldout-realistic-108';
import { HELDOUT_REALISTIC_109_NOTES } from '../test/deid/heldout-realistic-109';
import { HELDOUT_REALISTIC_110_NOTES } from '../test/deid/heldout-realistic-110';
import { HELDOUT_REALISTIC_111_NOTES } from '../test/deid/heldout-realistic-111';
import { HELDOUT_REALISTIC_112_NOTES } from '../test/deid/heldout-realistic-112';
import { HELDOUT_REALISTIC_113_NOTES } from '../test/deid/heldout-realistic-113';
import { HELDOUT_REALISTIC_114_NOTES } from '../test/deid/heldout-realistic-114';
import { HELDOUT_REALISTIC_115_NOTES } from '../test/deid/heldout-realistic-115';
import { HELDOUT_REALISTIC_116_NOTES } from '../test/deid/heldout-realistic-116';
import { HELDOUT_REALISTIC_117_NOTES } from '../test/deid/heldout-realistic-117';
import { HELDOUT_REALISTIC_118_NOTES } from '../test/deid/heldout-realistic-118';
import { HELDOUT_REALISTIC_119_NOTES } from '../test/deid/heldout-realistic-119';
import { HELDOUT_REALISTIC_120_NOTES } from '../test/deid/heldout-realistic-120';
import { HELDOUT_REALISTIC_121_NOTES } from '../test/deid/heldout-realistic-121';
import { HELDOUT_REALISTIC_122_NOTES } from '../test/deid/heldout-realistic-122';
import { HELDOUT_REALISTIC_123_NOTES } from '../test/deid/heldout-realistic-123';
import { HELDOUT_REALISTIC_124_NOTES } from '../test/deid/heldout-realistic-124';
import { HELDOUT_REALISTIC_125_NOTES } from '../test/deid/heldout-realistic-125';
import { HELDOUT_REALISTIC_126_NOTES } from '../test/deid/heldout-realistic-126';
import { HELDOUT_REALISTIC_127_NOTES } from '../test/deid/heldout-realistic-127';
import { HELDOUT_REALISTIC_128_NOTES } from '../test/deid/heldout-realistic-128';
import { HELDOUT_REALISTIC_129_NOTES } from '../test/deid/heldout-realistic-129';
import { HELDOUT_REALISTIC_130_NOTES } from '../test/deid/heldout-realistic-130';
import { HELDOUT_REALISTIC_131_NOTES } from '../test/deid/heldout-realistic-131';
import { HELDOUT_REALISTIC_132_NOTES } from '../test/deid/heldout-realistic-132';
import { HELDOUT_REALISTIC_133_NOTES } from '../test/deid/heldout-realistic-133';
import { HELDOUT_REALISTIC_134_NOTES } from '../test/deid/heldout-realistic-134';
import { TUNING_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning';
import { TUNING_2_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-2';
import { TUNING_3_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-3';
import { TUNING_4_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-4';
import { TUNING_5_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-5';
import { TUNING_6A_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-6a';
import { TUNING_6B_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-6b';
import { TUNING_7A_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-7a';
import { TUNING_7B_HANDWRITTEN_NOTES } from '../test/deid/handwritten-tuning-7b';
import { measureSpeed, speedNotes, type SpeedFigures } from './deid-speed';
import { addNote, formatScore, newScore, precision, recall, type Score } from '../test/deid/score';

interface Note {
  id: string;
  text: string;
  spans: PhiSpan[];
}
type Detect = (text: string) => Promise<PhiSpan[]> | PhiSpan[];

const SEED = Number(process.env.DEID_BENCH_SEED ?? 6);
const COUNT = Number(process.env.DEID_BENCH_NOTES ?? 2400);

// redact-pii returns only redacted text: recover spans by aligning the kept text with the input.
function spansFromRedacted(original: string, redacted: string): PhiSpan[] {
  const placeholder = /[A-Z][A-Z_]{2,}[A-Z]/g;
  const literals = redacted.split(placeholder);
  const spans: PhiSpan[] = [];
  let at = 0;
  for (let i = 0; i < literals.length; i++) {
    const lit = literals[i]!;
    const found = i === 0 ? 0 : lit === '' ? (i === literals.length - 1 ? original.length : at) : original.indexOf(lit, at);
    if (found < 0) break;
    if (i > 0 && found > at) spans.push({ start: at, end: found, type: 'ID' });
    at = found + lit.length;
  }
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(original.slice(s.start, s.end)));
}

async function evaluate(notes: Note[], detect: Detect): Promise<{ score: Score; ms: number }> {
  const score = newScore();
  const t0 = performance.now();
  const predictions: PhiSpan[][] = [];
  for (const n of notes) predictions.push(await detect(n.text));
  const ms = performance.now() - t0;
  notes.forEach((n, i) => addNote(score, n.text, n.spans, predictions[i]!));
  return { score, ms };
}

function line(name: string, score: Score, ms: number, count: number, chars: number): string {
  const o = score.overall;
  const worst = [...score.byType.entries()].filter(([, c]) => c.goldTokens > 0).sort((a, b) => recall(a[1]) - recall(b[1]))[0];
  return `${name.padEnd(14)} recall ${recall(o).toFixed(4)}  precision ${precision(o).toFixed(4)}  worst type ${worst ? `${worst[0]} ${recall(worst[1]).toFixed(4)}` : '-'}  ${Math.round((count / ms) * 1000)} notes/s (${Math.round((chars / 1024 / ms) * 1000)} KiB/s)`;
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const engine = createDeidEngine();
  // (Pass 28) The rules without the token model on top of them, for comparison on every set.
  const rulesAlone = createDeidEngine({ dictionaries: engine.dictionaries, tokenModel: null });
  console.log(`dictionaries loaded in ${Math.round(performance.now() - t0)} ms; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
  const corpus = generateCorpus({ seed: SEED, count: COUNT });
  const sets: [string, Note[]][] = [
    ['synthetic, tuning styles 0, 1, 3', corpus.filter((n) => !n.heldOut)],
    ['synthetic, held-out style 2 (seen only as aggregate figures)', corpus.filter((n) => n.style === 2)],
    ['synthetic, held-out style 4 (written after tuning)', corpus.filter((n) => n.style === 4)],
    ['hand-written, used for tuning', TUNING_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 2 (classes of held-out 2 misses)', TUNING_2_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 3', TUNING_3_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 4', TUNING_4_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 5', TUNING_5_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 6 (organisations)', TUNING_6A_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 6 (names, dates, numbers)', TUNING_6B_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 7 (organisations)', TUNING_7A_HANDWRITTEN_NOTES],
    ['hand-written, tuning pass 7 (names, ages, places)', TUNING_7B_HANDWRITTEN_NOTES],
    ['hand-written, held out until issue 6 (now a development set)', HANDWRITTEN_NOTES],
    ['held-out realistic notes (issue 6; measured only, never tuned on)', HELDOUT_REALISTIC_NOTES],
    ['held-out realistic 2 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_2_NOTES],
    ['held-out realistic 3 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_3_NOTES],
    ['held-out realistic 4 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_4_NOTES],
    ['held-out realistic 5 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_5_NOTES],
    ['held-out realistic 6 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_6_NOTES],
    ['held-out realistic 7 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_7_NOTES],
    ['held-out realistic 8 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_8_NOTES],
    ['held-out realistic 9 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_9_NOTES],
    ['held-out realistic 10 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_10_NOTES],
    ['held-out realistic 11 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_11_NOTES],
    ['held-out realistic 12 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_12_NOTES],
    ['held-out realistic 13 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_13_NOTES],
    ['held-out realistic 14 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_14_NOTES],
    ['held-out realistic 15 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_15_NOTES],
    ['held-out realistic 16 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_16_NOTES],
    ['held-out realistic 17 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_17_NOTES],
    ['held-out realistic 18 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_18_NOTES],
    ['held-out realistic 19 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_19_NOTES],
    ['held-out realistic 20 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_20_NOTES],
    ['held-out realistic 21 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_21_NOTES],
    ['held-out realistic 22 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_22_NOTES],
    ['held-out realistic 23 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_23_NOTES],
    ['held-out realistic 24 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_24_NOTES],
    ['held-out realistic 25 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_25_NOTES],
    ['held-out realistic 26 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_26_NOTES],
    ['held-out realistic 27 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_27_NOTES],
    ['held-out realistic 28 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_28_NOTES],
    ['held-out realistic 29 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_29_NOTES],
    ['held-out realistic 30 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_30_NOTES],
    ['held-out realistic 31 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_31_NOTES],
    ['held-out realistic 32 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_32_NOTES],
    ['held-out realistic 33 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_33_NOTES],
    ['held-out realistic 34 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_34_NOTES],
    ['held-out realistic 35 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_35_NOTES],
    ['held-out realistic 36 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_36_NOTES],
    ['held-out realistic 37 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_37_NOTES],
    ['held-out realistic 38 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_38_NOTES],
    ['held-out realistic 39 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_39_NOTES],
    ['held-out realistic 40 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_40_NOTES],
    ['held-out realistic 41 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_41_NOTES],
    ['held-out realistic 42 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_42_NOTES],
    ['held-out realistic 43 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_43_NOTES],
    ['held-out realistic 44 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_44_NOTES],
    ['held-out realistic 45 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_45_NOTES],
    ['held-out realistic 46 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_46_NOTES],
    ['held-out realistic 47 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_47_NOTES],
    ['held-out realistic 48 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_48_NOTES],
    ['held-out realistic 49 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_49_NOTES],
    ['held-out realistic 50 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_50_NOTES],
    ['held-out realistic 51 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_51_NOTES],
    ['held-out realistic 52 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_52_NOTES],
    ['held-out realistic 53 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_53_NOTES],
    ['held-out realistic 54 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_54_NOTES],
    ['held-out realistic 55 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_55_NOTES],
    ['held-out realistic 56 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_56_NOTES],
    ['held-out realistic 57 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_57_NOTES],
    ['held-out realistic 58 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_58_NOTES],
    ['held-out realistic 59 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_59_NOTES],
    ['held-out realistic 60 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_60_NOTES],
    ['held-out realistic 61 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_61_NOTES],
    ['held-out realistic 62 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_62_NOTES],
    ['held-out realistic 63 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_63_NOTES],
    ['held-out realistic 64 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_64_NOTES],
    ['held-out realistic 65 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_65_NOTES],
    ['held-out realistic 66 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_66_NOTES],
    ['held-out realistic 67 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_67_NOTES],
    ['held-out realistic 68 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_68_NOTES],
    ['held-out realistic 69 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_69_NOTES],
    ['held-out realistic 70 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_70_NOTES],
    ['held-out realistic 71 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_71_NOTES],
    ['held-out realistic 72 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_72_NOTES],
    ['held-out realistic 73 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_73_NOTES],
    ['held-out realistic 74 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_74_NOTES],
    ['held-out realistic 75 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_75_NOTES],
    ['held-out realistic 76 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_76_NOTES],
    ['held-out realistic 77 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_77_NOTES],
    ['held-out realistic 78 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_78_NOTES],
    ['held-out realistic 79 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_79_NOTES],
    ['held-out realistic 80 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_80_NOTES],
    ['held-out realistic 81 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_81_NOTES],
    ['held-out realistic 82 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_82_NOTES],
    ['held-out realistic 83 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_83_NOTES],
    ['held-out realistic 84 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_84_NOTES],
    ['held-out realistic 85 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_85_NOTES],
    ['held-out realistic 86 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_86_NOTES],
    ['held-out realistic 87 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_87_NOTES],
    ['held-out realistic 88 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_88_NOTES],
    ['held-out realistic 89 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_89_NOTES],
    ['held-out realistic 90 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_90_NOTES],
    ['held-out realistic 91 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_91_NOTES],
    ['held-out realistic 92 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_92_NOTES],
    ['held-out realistic 93 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_93_NOTES],
    ['held-out realistic 94 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_94_NOTES],
    ['held-out realistic 95 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_95_NOTES],
    ['held-out realistic 96 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_96_NOTES],
    ['held-out realistic 97 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_97_NOTES],
    ['held-out realistic 98 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_98_NOTES],
    ['held-out realistic 99 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_99_NOTES],
    ['held-out realistic 100 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_100_NOTES],
    ['held-out realistic 101 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_101_NOTES],
    ['held-out realistic 102 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_102_NOTES],
    ['held-out realistic 103 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_103_NOTES],
    ['held-out realistic 104 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_104_NOTES],
    ['held-out realistic 105 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_105_NOTES],
    ['held-out realistic 106 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_106_NOTES],
    ['held-out realistic 107 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_107_NOTES],
    ['held-out realistic 108 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_108_NOTES],
    ['held-out realistic 109 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_109_NOTES],
    ['held-out realistic 110 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_110_NOTES],
    ['held-out realistic 111 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_111_NOTES],
    ['held-out realistic 112 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_112_NOTES],
    ['held-out realistic 113 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_113_NOTES],
    ['held-out realistic 114 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_114_NOTES],
    ['held-out realistic 115 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_115_NOTES],
    ['held-out realistic 116 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_116_NOTES],
    ['held-out realistic 117 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_117_NOTES],
    ['held-out realistic 118 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_118_NOTES],
    ['held-out realistic 119 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_119_NOTES],
    ['held-out realistic 120 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_120_NOTES],
    ['held-out realistic 121 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_121_NOTES],
    ['held-out realistic 122 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_122_NOTES],
    ['held-out realistic 123 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_123_NOTES],
    ['held-out realistic 124 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_124_NOTES],
    ['held-out realistic 125 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_125_NOTES],
    ['held-out realistic 126 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_126_NOTES],
    ['held-out realistic 127 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_127_NOTES],
    ['held-out realistic 128 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_128_NOTES],
    ['held-out realistic 129 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_129_NOTES],
    ['held-out realistic 130 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_130_NOTES],
    ['held-out realistic 131 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_131_NOTES],
    ['held-out realistic 132 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_132_NOTES],
    ['held-out realistic 133 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_133_NOTES],
    ['held-out realistic 134 (written without reading the detectors; measured only)', HELDOUT_REALISTIC_134_NOTES],
  ];
  const chars = (notes: Note[]) => notes.reduce((a, n) => a + n.text.length, 0);
  console.log(`corpus: ${corpus.length} notes (seed ${SEED}), mean ${Math.round(chars(corpus) / corpus.length)} chars; ${TUNING_HANDWRITTEN_NOTES.length} + ${HANDWRITTEN_NOTES.length} + ${HELDOUT_REALISTIC_NOTES.length} hand-written notes`);
  console.log('token = maximal run of letters/digits; recall: gold PHI tokens covered by any span; precision: predicted tokens inside gold PHI');

  const openredaction = new OpenRedaction({ preset: 'hipaa' } as ConstructorParameters<typeof OpenRedaction>[0]);
  const redactPii = new SyncRedactor();
  const systems: [string, Detect][] = [
    ['custos', (t) => engine.detect(t)],
    ['custos, rules alone', (t) => rulesAlone.detect(t)],
    ['openredaction', async (t) => (await openredaction.detect(t)).detections.map((d) => ({ start: d.position[0], end: d.position[1], type: 'ID' as const }))],
    ['redact-pii', (t) => spansFromRedacted(t, redactPii.redact(t))],
  ];
  console.log(`the token model (custos) was trained on the tuning sets, the first held-out set and held-out sets 2-${LAST_TRAINING_SET}: only the later sets measure it`);
  for (const [setName, notes] of sets) {
    const set = /^held-out realistic (\d+)/.exec(setName);
    const trained = set && Number(set[1]) <= LAST_TRAINING_SET ? '; the token model trained on it' : '';
    console.log(`\n--- ${setName}${trained}: ${notes.length} notes ---`);
    for (const [name, detect] of systems) {
      const { score, ms } = await evaluate(notes, detect);
      console.log(line(name, score, ms, notes.length, chars(notes)));
      if (name === 'custos') console.log(formatScore(score).replace(/^/gm, '    '));
    }
  }

  // Speed on notes of about 1 KiB, in this process and in one of its own (see deid-speed.ts).
  const kib = speedNotes(corpus.map((n) => n.text));
  const speedLine = (where: string, f: SpeedFigures) =>
    `${where}: ${f.notesPerCpuSecond} notes/s per CPU-second (${f.kibPerCpuSecond} KiB/s), ${f.notesPerWallSecond} notes/s wall, on ${f.notes} notes of mean ${f.meanChars} chars (10th-90th percentile ${f.p10Chars}-${f.p90Chars})`;
  console.log(`\n${speedLine('speed (one thread, detection only, best of 3) in the bench process', measureSpeed(engine, kib))}`);
  const alone = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'deid-speed.ts')], { encoding: 'utf8', env: { ...process.env, DEID_BENCH_SEED: String(SEED), DEID_BENCH_NOTES: String(COUNT) } });
  console.log(speedLine('the same in a process of its own (only the engine and these notes loaded)', JSON.parse(alone) as SpeedFigures));

  await streamMemory(engine, kib);
  console.log(`peak RSS of the whole benchmark process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

async function streamMemory(engine: ReturnType<typeof createDeidEngine>, texts: string[]): Promise<void> {
  const targetBytes = Number(process.env.DEID_BENCH_STREAM_MB ?? 64) * 2 ** 20;
  let produced = 0;
  let i = 0;
  const input = new Readable({
    read() {
      if (produced >= targetBytes) return this.push(null);
      let chunk = '';
      while (chunk.length < 65536) chunk += `${JSON.stringify({ id: `n${i}`, text: texts[i++ % texts.length] })}\n`;
      produced += Buffer.byteLength(chunk);
      this.push(chunk);
    },
  });
  const output = new Writable({ write: (_c, _e, cb) => cb() });
  const samples: number[] = [];
  let peak = 0;
  // Sampled every 500 lines from inside the run (timers would be starved by the busy stream).
  const sample = (lines: number) => {
    if (lines % 500 !== 0) return;
    const rss = process.memoryUsage().rss;
    samples.push(rss);
    peak = Math.max(peak, rss);
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summary = await processNoteStream({ input, output, onError: 'stop', report: () => undefined, tick: sample, handle: (r) => ({ id: r.id, spans: engine.detectWithText(r.text) }) });
  const secs = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const cpuSecs = (c1.user + c1.system) / 1e6;
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const q = (f: number) => mb(samples[Math.min(samples.length - 1, Math.floor(samples.length * f))] ?? 0);
  console.log(`streaming ${mb(produced)} MB of JSONL (${summary.written} notes) in ${secs.toFixed(1)} s wall, ${cpuSecs.toFixed(1)} s CPU = ${Math.round(summary.written / cpuSecs)} notes per CPU-second (${Math.round(summary.written / secs)} notes/s wall)`);
  console.log(`RSS at 10% / 50% / 90% of the run: ${q(0.1)} / ${q(0.5)} / ${q(0.9)} MB; peak ${mb(peak)} MB`);
}
