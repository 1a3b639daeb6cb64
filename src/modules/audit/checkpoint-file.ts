// The checkpoint file outside the database: one JSON line per signed checkpoint, appended and
// fsynced after the checkpoint commits, plus the public key file beside it. Someone who can
// rewrite the database but not this file cannot hide a truncated tail or a forged checkpoint.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { keyIdOf, sameCheckpoint, type SignedCheckpoint } from './audit-hash';

/** The public key file lives beside the checkpoint file. */
export function publicKeyFileFor(checkpointFile: string): string {
  return path.join(path.dirname(checkpointFile), 'audit-signing-key.pub');
}

const ZCheckpointLine = z.strictObject({
  v: z.literal(1),
  from: z.number().int().min(0),
  to: z.number().int().min(1),
  merkleRoot: z.string().regex(/^[0-9a-f]{64}$/),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  sealedAt: z.iso.datetime(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: z.base64(),
});

/** One checkpoint as one line of JSON (without the newline). */
export function serializeCheckpoint(cp: SignedCheckpoint): string {
  return JSON.stringify({
    v: 1,
    from: cp.from,
    to: cp.to,
    merkleRoot: cp.merkleRoot.toString('hex'),
    headHash: cp.headHash.toString('hex'),
    sealedAt: cp.sealedAt.toISOString(),
    keyId: cp.keyId,
    signature: cp.signature.toString('base64'),
  });
}

/** Parses one line; throws on anything malformed (a rewritten file must not parse leniently). */
export function parseCheckpointLine(line: string): SignedCheckpoint {
  const raw = ZCheckpointLine.parse(JSON.parse(line));
  if (raw.from >= raw.to) throw new Error('empty checkpoint range');
  return {
    from: raw.from,
    to: raw.to,
    merkleRoot: Buffer.from(raw.merkleRoot, 'hex'),
    headHash: Buffer.from(raw.headHash, 'hex'),
    sealedAt: new Date(raw.sealedAt),
    keyId: raw.keyId,
    signature: Buffer.from(raw.signature, 'base64'),
  };
}

/**
 * Appends checkpoints and fsyncs, so that a checkpoint reported written survives a crash.
 * One write() of whole lines with O_APPEND: concurrent writers on one host never interleave
 * inside a line.
 *
 * @example
 *   await appendCheckpoints('/var/lib/custos/audit-checkpoints.jsonl', [signed]);
 */
export async function appendCheckpoints(file: string, checkpoints: readonly SignedCheckpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  const created = await ensureParentDir(file);
  const handle = await fs.open(file, 'a+', 0o644);
  try {
    await dropPartialLastLine(handle);
    await handle.write(checkpoints.map((cp) => `${serializeCheckpoint(cp)}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncDir(path.dirname(file));
}

/**
 * A crash during a write can leave a line without its newline; that line was never fsynced, so
 * it was never reported written. Cut it off rather than glue the next line onto it.
 */
async function dropPartialLastLine(handle: fs.FileHandle): Promise<void> {
  const { size } = await handle.stat();
  if (size === 0) return;
  const length = Math.min(size, 16 * 1024);
  const tail = Buffer.alloc(length);
  await handle.read(tail, 0, length, size - length);
  if (tail[length - 1] === 0x0a) return;
  const lastNewline = tail.lastIndexOf(0x0a);
  if (lastNewline !== -1) await handle.truncate(size - length + lastNewline + 1);
  else if (size === length) await handle.truncate(0);
  else await handle.write('\n'); // 16 KiB without a newline is not a torn line: leave it for verify to report
}

/** seq_to of the file's last complete line; 0 when the file is missing or empty. */
export async function lastCheckpointInFile(file: string): Promise<number> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 16 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    // The first element may be cut by the 16 KiB window and the last is '' (or a partial line
    // from a crashed write). Racing writers may repeat older lines, so take the highest seq_to.
    let highest = 0;
    for (const line of lines.slice(length < size ? 1 : 0, -1)) {
      if (!line.trim()) continue;
      try {
        highest = Math.max(highest, parseCheckpointLine(line).to);
      } catch {
        // A damaged line: keep going; verify names the damage.
      }
    }
    return highest;
  } finally {
    await handle.close();
  }
}

export type FileCheckpoint = { line: number; checkpoint: SignedCheckpoint } | { line: number; error: string };

/** How far back an identical repeated line is accepted (two local writers racing on one file). */
const DUPLICATE_WINDOW = 4096;

/**
 * Streams the file's checkpoints in order, dropping exact repeats of recent lines (two processes
 * on one host may both append the same checkpoint). A line that is malformed, or that does not
 * continue where the previous one ended, is yielded as an error: the file was edited.
 *
 * @example
 *   for await (const item of readCheckpointFile(file)) if ('error' in item) console.error(item.error);
 */
export async function* readCheckpointFile(file: string): AsyncGenerator<FileCheckpoint> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    yield* parseLines(lines);
  } finally {
    // Also when the reader stops early: the file descriptor must not wait for the GC.
    lines.close();
    input.destroy();
  }
}

async function* parseLines(lines: AsyncIterable<string>): AsyncGenerator<FileCheckpoint> {
  const recent = new Map<number, SignedCheckpoint>();
  let lastTo = 0;
  let lineNo = 0;
  for await (const text of lines) {
    lineNo++;
    if (!text.trim()) continue;
    let cp: SignedCheckpoint;
    try {
      cp = parseCheckpointLine(text);
    } catch {
      yield { line: lineNo, error: `line ${lineNo} is not a valid checkpoint` };
      return;
    }
    const seen = recent.get(cp.to);
    if (seen) {
      if (sameCheckpoint(seen, cp)) continue;
      yield { line: lineNo, error: `line ${lineNo} states a different checkpoint for seq ${cp.from + 1}..${cp.to} than an earlier line` };
      return;
    }
    if (cp.from !== lastTo) {
      yield { line: lineNo, error: `line ${lineNo} covers seq ${cp.from + 1}..${cp.to} but the previous checkpoint ended at ${lastTo}` };
      return;
    }
    lastTo = cp.to;
    recent.set(cp.to, cp);
    if (recent.size > DUPLICATE_WINDOW) recent.delete(recent.keys().next().value!);
    yield { line: lineNo, checkpoint: cp };
  }
}

/**
 * Makes sure the public key file lists this key (appending it if not), so that `custos audit
 * verify` can check signatures without access to the key store.
 *
 * @example
 *   await ensurePublicKeyInFile(publicKeyFileFor(checkpointFile), key.publicKeyPem);
 */
export async function ensurePublicKeyInFile(file: string, publicKeyPem: string): Promise<void> {
  const keyId = keyIdOf(createPublicKey(publicKeyPem));
  const existing = await readPublicKeys(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.some((k) => keyIdOf(k) === keyId)) return;
  const created = await ensureParentDir(file);
  const handle = await fs.open(file, 'a', 0o644);
  try {
    await handle.write(`# custos audit signing key ${keyId}\n${publicKeyPem.trim()}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncDir(path.dirname(file));
}

/**
 * Reads every PEM public key in a file (one per signing-key version).
 *
 * @example
 *   const keys = await readPublicKeys(publicKeyFileFor(config.auditCheckpointFile));
 */
export async function readPublicKeys(file: string): Promise<KeyObject[]> {
  const text = await fs.readFile(file, 'utf8');
  const blocks = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [];
  return blocks.map((pem) => createPublicKey(pem));
}

/** Creates the directory if needed; true if the file itself does not exist yet. */
async function ensureParentDir(file: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    await fs.access(file);
    return false;
  } catch {
    return true;
  }
}

/** A new file's directory entry is durable only once the directory itself is synced. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the file's own fsync already happened.
  } finally {
    await handle.close();
  }
}
