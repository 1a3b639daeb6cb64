// `custos deid detect|redact`: de-identification of JSON Lines notes, streaming.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../../core/errors';
import { createDeidEngine } from '../../modules/deid/deid-engine';
import { applySpans, type TransformOptions } from '../../modules/deid/deid-transform';
import { DEID_MODES, PHI_TYPES, type DeidMode } from '../../modules/deid/deid.types';
import { processNoteStream, type NoteRecord } from '../../modules/deid/deid-stream';
import { createPseudonymVault } from '../../modules/deid/pseudonym-vault';

const HELP = `Usage:
  custos deid detect [--input notes.jsonl] [--output spans.jsonl] [--on-error continue|stop] [--rules-only]
  custos deid redact [--input notes.jsonl] [--output out.jsonl] [--mode redact|mask|surrogate|pseudonym]
                     [--key-file key.bin] [--on-error continue|stop] [--rules-only]

Input: one JSON object per line, {"id": string, "text": string} (optional "patientId": string;
surrogates and date shifts are consistent per patientId, else per id). Without --input reads
stdin; without --output writes stdout. Blank lines are skipped and counted.

detect writes {"id", "spans": [{"start", "end", "type", "text"}]}: 0-based, end-exclusive
character offsets into "text". Types: ${PHI_TYPES.join(', ')}.
redact writes {"id", "text"}. Modes: redact ([NAME]), mask (****), surrogate (realistic stand-ins,
dates shifted per patient, ZIP to 3 digits, ages over 89 as 90+), pseudonym (keyed tokens such as
[NAME-K3T7QW2A]; in this command the vault is discarded, so the tokens cannot be reversed).
surrogate and pseudonym need a key: --key-file (32+ raw bytes, or hex/base64 text) or the
CUSTOS_DEID_KEY environment variable (hex or base64); without one a random key is used for the run.

Detection is the rules and, on top of them, a learned token model that only adds spans (more
recall, a little less precision); --rules-only leaves the model out.

Malformed lines are reported on stderr with their line number; --on-error continue (default)
goes on, stop ends the run. Exit code 0 when every line was processed, 1 otherwise.`;

function readKey(file: string | undefined): Buffer | undefined {
  const raw = file ? fs.readFileSync(file) : process.env.CUSTOS_DEID_KEY ? Buffer.from(process.env.CUSTOS_DEID_KEY) : undefined;
  if (!raw) return undefined;
  const text = raw.toString('utf8').trim();
  const key = /^[0-9a-fA-F]{64,}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/=]{43,}$/.test(text) ? Buffer.from(text, 'base64') : raw;
  if (key.length < 32) throw new AppError('bad_request', 'The de-identification key must be at least 32 bytes');
  return key;
}

/** A one-line progress display on stderr, only when stderr is a terminal. */
function createProgress(totalBytes: number | undefined, bytesRead: () => number) {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  const draw = (lines: number, done = false) => {
    if (!tty) return;
    const now = Date.now();
    if (!done && now - last < 100) return;
    last = now;
    const rate = Math.round(lines / Math.max(0.001, (now - started) / 1000));
    let bar = '';
    if (totalBytes) {
      const share = Math.min(1, bytesRead() / totalBytes);
      const width = 30;
      bar = `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0).padStart(3)}% `;
    }
    process.stderr.write(`\r${bar}${lines.toLocaleString('en-US')} lines  ${rate.toLocaleString('en-US')}/s${done ? '\n' : ''}`);
  };
  return { tick: (lines: number) => draw(lines), done: (lines: number) => draw(lines, true) };
}

export async function deid(argv: string[]): Promise<number> {
  const sub = argv[0];
  if (!sub || sub === '--help' || sub === '-h') {
    console.log(HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'detect' && sub !== 'redact') {
    console.error(`custos deid: unknown subcommand "${sub}"\n\n${HELP}`);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.slice(1),
      options: {
        input: { type: 'string', short: 'i' },
        output: { type: 'string', short: 'o' },
        mode: { type: 'string', short: 'm', default: 'redact' },
        'on-error': { type: 'string', default: 'continue' },
        'key-file': { type: 'string' },
        'rules-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`custos deid: ${error instanceof Error ? error.message : 'bad arguments'}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const onError = values['on-error'];
  if (onError !== 'continue' && onError !== 'stop') {
    console.error('custos deid: --on-error must be continue or stop');
    return 2;
  }
  const mode = values.mode as DeidMode;
  if (!DEID_MODES.includes(mode)) {
    console.error(`custos deid: --mode must be one of ${DEID_MODES.join(', ')}`);
    return 2;
  }

  if (values.input && !fs.existsSync(values.input)) throw new AppError('not_found', `Input file not found: ${values.input}`);
  const engine = createDeidEngine(values['rules-only'] ? { tokenModel: null } : {});
  let handle: (r: NoteRecord) => unknown;
  if (sub === 'detect') {
    handle = (r) => ({ id: r.id, spans: engine.detectWithText(r.text) });
  } else {
    let key: Buffer | undefined;
    if (mode === 'surrogate' || mode === 'pseudonym') {
      key = readKey(values['key-file']);
      if (!key) {
        console.error('custos deid: no --key-file or CUSTOS_DEID_KEY: using a random key for this run (consistent within this run only)');
        key = randomBytes(32);
      }
    }
    handle = (r) => {
      const patientId = r.patientId ?? r.id;
      const options: TransformOptions =
        mode === 'surrogate' ? { mode, key: key!, patientId, dictionaries: engine.dictionaries }
        : mode === 'pseudonym' ? { mode, key: key!, patientId, vault: createPseudonymVault({ key: key! }) }
        : { mode };
      return { id: r.id, text: applySpans(r.text, engine.detect(r.text), options) };
    };
  }

  const fileInput = values.input ? fs.createReadStream(values.input) : undefined;
  const input: Readable = fileInput ?? process.stdin;
  const output: Writable = values.output ? fs.createWriteStream(values.output) : process.stdout;
  const totalBytes = values.input ? fs.statSync(values.input).size : undefined;
  const progress = createProgress(totalBytes, () => fileInput?.bytesRead ?? 0);
  const summary = await processNoteStream({
    input,
    output,
    handle,
    onError,
    report: (message) => process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}custos deid: ${message}\n`),
    tick: progress.tick,
  });
  progress.done(summary.lines);
  if (output !== process.stdout) {
    output.end();
    await finished(output);
  }
  if (summary.stopped) fileInput?.destroy();
  const parts = [`${summary.lines} lines read`, `${summary.written} written`, `${summary.malformed} malformed`];
  if (summary.blank) parts.push(`${summary.blank} blank`);
  const where = summary.malformed ? ` (lines ${summary.malformedLines.slice(0, 10).join(', ')}${summary.malformed > 10 ? ', ...' : ''})` : '';
  console.error(`custos deid ${sub}: ${parts.join(', ')}${where}${summary.stopped ? '; stopped at the first malformed line (--on-error stop)' : ''}`);
  return summary.malformed === 0 ? 0 : 1;
}
