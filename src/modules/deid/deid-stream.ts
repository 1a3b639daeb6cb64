// Streams JSON Lines through a per-record function with constant memory: one line in memory at a
// time, output written with back-pressure. Malformed lines are reported with their line number
// and what was wrong (never their content, which may hold PHI) and are never silently dropped.
import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface NoteRecord {
  id: string;
  text: string;
  /** Optional: whose note it is; surrogates and date shifts stay consistent per patient. */
  patientId?: string;
}

export interface StreamSummary {
  lines: number;
  written: number;
  blank: number;
  malformed: number;
  /** Line numbers of malformed lines (the first 100). */
  malformedLines: number[];
  stopped: boolean;
}

export interface StreamOptions {
  input: Readable;
  output: Writable;
  handle: (record: NoteRecord) => unknown;
  onError: 'continue' | 'stop';
  /** Receives one message per malformed line, e.g. `line 7: "text" must be a string`. */
  report: (message: string) => void;
  /** Called after each line (for progress display). */
  tick?: (lines: number) => void;
}

/**
 * Checks one line; returns the record, or the problem in words (never the line's content).
 *
 * @example
 *   parseNoteLine('{"id": 5, "text": "x"}') // '"id" must be a string'
 */
export function parseNoteLine(line: string): NoteRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object {"id", "text"}';
  const v = value as Record<string, unknown>;
  if (!('id' in v)) return 'missing "id"';
  if (typeof v.id !== 'string') return '"id" must be a string';
  if (!('text' in v)) return 'missing "text"';
  if (typeof v.text !== 'string') return '"text" must be a string';
  if ('patientId' in v && v.patientId !== undefined && typeof v.patientId !== 'string') return '"patientId" must be a string when present';
  return { id: v.id, text: v.text, ...(typeof v.patientId === 'string' ? { patientId: v.patientId } : {}) };
}

/**
 * Runs `handle` over every line of `input` and writes each result as one JSON line.
 *
 * @example
 *   await processNoteStream({ input: process.stdin, output: process.stdout, onError: 'continue',
 *     handle: (r) => ({ id: r.id, spans: engine.detectWithText(r.text) }), report: console.error });
 */
export async function processNoteStream(options: StreamOptions): Promise<StreamSummary> {
  const { input, output, handle, onError, report, tick } = options;
  const summary: StreamSummary = { lines: 0, written: 0, blank: 0, malformed: 0, malformedLines: [], stopped: false };
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      summary.lines += 1;
      if (line.trim() === '') {
        summary.blank += 1;
        tick?.(summary.lines);
        continue;
      }
      const record = parseNoteLine(line);
      if (typeof record === 'string') {
        summary.malformed += 1;
        if (summary.malformedLines.length < 100) summary.malformedLines.push(summary.lines);
        report(`line ${summary.lines}: ${record}`);
        if (onError === 'stop') {
          summary.stopped = true;
          break;
        }
        tick?.(summary.lines);
        continue;
      }
      if (!output.write(`${JSON.stringify(handle(record))}\n`)) await once(output, 'drain');
      summary.written += 1;
      tick?.(summary.lines);
    }
  } finally {
    lines.close();
  }
  return summary;
}
