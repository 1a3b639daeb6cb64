// The speed part of `npm run bench -- deid`: detection over generated notes of about 1 KiB on one
// thread, as CPU time per note (best of three after a warm-up). Run as a script it measures in a
// process of its own, with only the engine and the notes loaded, and prints its figures as JSON;
// the bench runs it so, beside the same measurement in its own process (which by then also holds
// every evaluation set and the two reference libraries).
import { createDeidEngine, type DeidEngine } from '../src/modules/deid/deid-engine';
import { generateCorpus } from '../test/deid/corpus';

export interface SpeedFigures {
  notes: number;
  meanChars: number;
  p10Chars: number;
  p90Chars: number;
  notesPerCpuSecond: number;
  kibPerCpuSecond: number;
  notesPerWallSecond: number;
}

/**
 * Generated notes joined in order into notes of about 1 KiB: each closed when the next generated
 * note would take it further from 1,024 characters than it is.
 *
 * @example
 *   speedNotes(['a'.repeat(600), 'b'.repeat(600)]) // two notes: 1,202 characters is further from 1,024 than 600
 */
export function speedNotes(texts: readonly string[]): string[] {
  const out: string[] = [];
  let buf = '';
  for (const text of texts) {
    const joined = buf ? `${buf}\n\n${text}` : text;
    if (buf && Math.abs(joined.length - 1024) > Math.abs(buf.length - 1024)) {
      out.push(buf);
      buf = text;
    } else buf = joined;
  }
  if (buf) out.push(buf);
  return out;
}

/** Detection speed of `engine` on `notes`: two warm-up rounds, then the best of three. */
export function measureSpeed(engine: DeidEngine, notes: readonly string[]): SpeedFigures {
  for (let r = 0; r < 2; r++) for (const t of notes) engine.detect(t);
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < 3; r++) {
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    for (const t of notes) engine.detect(t);
    const c2 = process.cpuUsage(c1);
    wall = Math.min(wall, (performance.now() - t1) / 1000);
    cpu = Math.min(cpu, (c2.user + c2.system) / 1e6);
  }
  const chars = notes.reduce((a, t) => a + t.length, 0);
  const lengths = notes.map((t) => t.length).sort((x, y) => x - y);
  return {
    notes: notes.length,
    meanChars: Math.round(chars / notes.length),
    p10Chars: lengths[Math.floor(lengths.length * 0.1)]!,
    p90Chars: lengths[Math.floor(lengths.length * 0.9)]!,
    notesPerCpuSecond: Math.round(notes.length / cpu),
    kibPerCpuSecond: Math.round(chars / 1024 / cpu),
    notesPerWallSecond: Math.round(notes.length / wall),
  };
}

if (process.argv[1] === import.meta.filename) {
  const seed = Number(process.env.DEID_BENCH_SEED ?? 6);
  const count = Number(process.env.DEID_BENCH_NOTES ?? 2400);
  const notes = speedNotes(generateCorpus({ seed, count }).map((n) => n.text));
  console.log(JSON.stringify(measureSpeed(createDeidEngine(), notes)));
}
