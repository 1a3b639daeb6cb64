// Two OS processes append to one PostgreSQL database, each running its own sequencer, and share
// one checkpoint file: the result must be one gap-free chain that verifies.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/helpers/db';
import { tempCheckpointDir } from '../../../test/fixtures/audit-fakes';
import { verifyAudit } from './verify-audit';

const root = path.resolve(import.meta.dirname, '../../..');

function runWriter(url: string, entries: number, env: Record<string, string>): Promise<{ ids: string[]; sequenced: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/audit-writer.ts', url, String(entries)], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`audit-writer exited with ${code}: ${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as { ids: string[]; sequenced: number });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

describe('audit log across processes (postgres)', { skip: testEngine !== 'postgres' && 'PGlite is single-process' }, () => {
  let tdb: TestDatabase;
  let tmp: ReturnType<typeof tempCheckpointDir>;
  before(async () => {
    tdb = await createTestDatabase();
    tmp = tempCheckpointDir();
  });
  after(async () => {
    await tdb.close();
    tmp.cleanup();
  });

  it('turns two processes appending and sequencing at once into one chain that verifies', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const env = {
      AUDIT_ORG: randomUUID(),
      AUDIT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      AUDIT_CHECKPOINT_FILE: tmp.checkpointFile,
    };
    const [writerA, writerB] = await Promise.all([runWriter(tdb.url!, 300, env), runWriter(tdb.url!, 300, env)]);
    const a = writerA!.ids;
    const b = writerB!.ids;
    assert.equal(a.length, 300);
    assert.equal(b.length, 300);
    // Both sequencers took part, and between them moved every entry exactly once.
    assert.ok(writerA!.sequenced > 0 && writerB!.sequenced > 0, `sequenced: ${writerA!.sequenced} + ${writerB!.sequenced}`);
    assert.equal(writerA!.sequenced + writerB!.sequenced, 600);

    const rows = await tdb.db.selectFrom('audit_log').select(['seq', 'id']).orderBy('seq').execute();
    assert.deepEqual(
      rows.map((r) => r.seq),
      Array.from({ length: 600 }, (_, i) => i + 1),
    );
    assert.deepEqual(new Set(rows.map((r) => r.id)), new Set([...a, ...b]));
    // The writers ran at the same time: their entries interleave in the one order.
    const fromA = new Set(a);
    const switches = rows.slice(1).filter((r, i) => fromA.has(r.id) !== fromA.has(rows[i]!.id)).length;
    assert.ok(switches > 10, `entries of the two processes should interleave (switches: ${switches})`);

    const result = await verifyAudit({ db: tdb.db, checkpointFile: tmp.checkpointFile, publicKeys: [publicKey] });
    assert.equal(result.ok, true, result.failure?.message);
    assert.equal(result.entriesChecked, 600);
    assert.equal(result.pendingEntries, 0);
    assert.ok(result.checkpointsChecked >= 600 / 25, `checkpoints: ${result.checkpointsChecked}`);
    assert.equal(result.fileCheckpointsChecked, result.checkpointsChecked);
  });
});
