// Crypto-shredding: destroying a subject's data keys makes every ciphertext under them unreadable,
// in the database and in every backup. The shred is recorded twice: in `shredded_subjects` (which
// the key lookup treats as authoritative) and in a shred list file outside the database, because a
// restored backup brings back both the old keys and an old `shredded_subjects`.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import * as repo from './crypto.repo';
import type { Clock } from './crypto.types';
import type { Keyring } from './keyring';

export interface ShreddingDeps {
  keyring: Keyring;
  shredListFile: string;
  clock: Clock;
}

export interface DestroySubjectKeyResult {
  keysDestroyed: number;
  /** True if the subject was shredded before (the call is idempotent). */
  alreadyShredded: boolean;
}

export interface ReapplyShredsResult {
  /** Distinct subjects in the shred list file. */
  listed: number;
  /** Listed subjects that the database did not know as shredded (a restore from before the shred). */
  recorded: number;
  /** Subject key rows destroyed again. */
  keysDestroyed: number;
  /** Shreds known only to the database, appended to the file so it stays complete. */
  appendedToFile: number;
  /** A last line cut short (a crash while appending), ignored. */
  ignoredPartialLine: boolean;
}

interface ShredLine {
  v: 1;
  organizationId: string;
  subjectId: string;
  shreddedAt: string;
}

const MAX_REASON = 200;

/**
 * Destroys every version of the subject's data key and records the shred in the database and the
 * shred list file. Runs in the caller's transaction; the file line is written after the database
 * statements succeed and is fsynced. If the caller's transaction then rolls back, the next
 * reapplyShreds completes the shred: a deletion decision, once written down, is final.
 *
 * @example
 *   await crypto.destroySubjectKey(trx, { organizationId, subjectId: patientId, reason: 'deletion request DR-1042' });
 */
export async function destroySubjectKey(deps: ShreddingDeps, db: Db, q: { organizationId: string; subjectId: string; reason: string }): Promise<DestroySubjectKeyResult> {
  const reason = q.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) {
    throw new AppError('validation_failed', `A shred needs a reason of 1 to ${MAX_REASON} characters (a reference, never PHI)`);
  }
  const inserted = await repo.insertShredIfAbsent(db, { organizationId: q.organizationId, subjectId: q.subjectId, reason });
  const keysDestroyed = await repo.deleteSubjectKeys(db, q.organizationId, q.subjectId);
  deps.keyring.forgetSubject(q.organizationId, q.subjectId);
  if (inserted) {
    appendShredLines(deps.shredListFile, [{ v: 1, organizationId: q.organizationId, subjectId: q.subjectId, shreddedAt: new Date(deps.clock.now()).toISOString() }]);
  }
  return { keysDestroyed, alreadyShredded: !inserted };
}

/**
 * Re-applies the shred list after a restore: records every listed subject as shredded and deletes
 * any key row of a shredded subject. Also appends shreds that only the database knows to the file.
 *
 * @example
 *   const { keysDestroyed } = await crypto.reapplyShreds(db);
 */
export async function reapplyShreds(deps: ShreddingDeps, db: Db): Promise<ReapplyShredsResult> {
  const { entries, ignoredPartialLine } = readShredList(deps.shredListFile);
  const listed = new Map<string, ShredLine>();
  for (const e of entries) listed.set(`${e.organizationId}\u0000${e.subjectId}`, e);

  const recorded = await repo.insertShredsIfAbsent(
    db,
    [...listed.values()].map((e) => ({ organizationId: e.organizationId, subjectId: e.subjectId, reason: 'reapplied from the shred list' })),
  );
  const destroyed = await repo.deleteKeysOfShreddedSubjects(db);
  for (const s of destroyed) deps.keyring.forgetSubject(s.organizationId, s.subjectId);
  const keysDestroyed = destroyed.length;
  const known = await repo.listShreddedSubjects(db);
  const missing = known.filter((s) => !listed.has(`${s.organizationId}\u0000${s.subjectId}`));
  const at = new Date(deps.clock.now()).toISOString();
  if (missing.length) appendShredLines(deps.shredListFile, missing.map((s) => ({ v: 1, ...s, shreddedAt: at })));
  return { listed: listed.size, recorded, keysDestroyed, appendedToFile: missing.length, ignoredPartialLine };
}

function appendShredLines(file: string, lines: ShredLine[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    // One write per call: O_APPEND keeps lines from several processes whole.
    fs.writeSync(fd, lines.map((l) => JSON.stringify(l) + '\n').join(''));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Parses the shred list. A missing file is an empty list; a damaged line other than a cut-off last
 * line stops the reapply, because skipping it could resurrect a deleted subject.
 */
export function readShredList(file: string): { entries: ShredLine[]; ignoredPartialLine: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], ignoredPartialLine: false };
    throw error;
  }
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  const entries: ShredLine[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const entry = parseLine(line);
    if (!entry) throw new AppError('integrity_violation', `The shred list ${file} is damaged at line ${i + 1}; repair it from its backup before starting`);
    entries.push(entry);
  });
  // The last line has no newline: complete only if it parses (a writer that died mid-line leaves junk).
  const tail = last.trim() === '' ? undefined : parseLine(last);
  if (tail) entries.push(tail);
  return { entries, ignoredPartialLine: last.trim() !== '' && !tail };
}

function parseLine(line: string): ShredLine | undefined {
  try {
    const v = JSON.parse(line) as Partial<ShredLine>;
    if (v.v === 1 && typeof v.organizationId === 'string' && typeof v.subjectId === 'string' && v.organizationId && v.subjectId) {
      return { v: 1, organizationId: v.organizationId, subjectId: v.subjectId, shreddedAt: String(v.shreddedAt ?? '') };
    }
  } catch {
    // fall through
  }
  return undefined;
}
