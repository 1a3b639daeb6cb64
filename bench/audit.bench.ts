// `npm run bench -- audit`: audit appends per second on PostgreSQL with 1, 4 and 16 concurrent
// writers (each append its own transaction, as a request's work would be), how fast the
// sequencer drains them, and verification speed over 200,000 entries. Uses a throw-away
// database on the local PostgreSQL (CUSTOS_TEST_PG_URL or postgres@127.0.0.1:5432).
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/db/client';
import { createAuditService, type AuditService } from '../src/modules/audit/audit.service';
import { publicKeyFileFor, readPublicKeys } from '../src/modules/audit/checkpoint-file';
import { verifyAudit } from '../src/modules/audit/verify-audit';
import { createTestDatabase } from '../test/helpers/db';
import { createMemorySecretStore, makeEntry, tempCheckpointDir, testAuditDeps } from '../test/fixtures/audit-fakes';

const APPEND_SECONDS = Number(process.env.AUDIT_BENCH_SECONDS ?? 4);
const VERIFY_ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 200_000);

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Appends for `seconds` with `writers` concurrent loops, each entry in its own transaction. */
async function appendFor(db: Db, audit: AuditService, org: string, writers: number, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let count = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < deadline) {
        await db.transaction().execute((trx) => audit.appendAudit(trx, makeEntry(org)));
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

async function drain(db: Db, audit: AuditService): Promise<{ entries: number; checkpoints: number; perSecond: number }> {
  const started = performance.now();
  let entries = 0;
  let checkpoints = 0;
  for (;;) {
    const r = await audit.sequencePending(db);
    entries += r.sequenced;
    checkpoints += r.checkpoints;
    if (r.sequenced === 0) break;
  }
  return { entries, checkpoints, perSecond: entries / ((performance.now() - started) / 1000) };
}

export async function run(): Promise<void> {
  const tdb = await createTestDatabase('postgres');
  const tmp = tempCheckpointDir();
  // 16 writers plus the sequencer need more connections than the default pool of 10.
  const wide = await openDatabase({ engine: 'postgres', url: tdb.url!, poolSize: 20 });
  const rows: [string, string, string][] = [];
  try {
    const { rows: info } = await sql<{ v: string; sc: string }>`select current_setting('server_version') as v, current_setting('synchronous_commit') as sc`.execute(tdb.db);
    console.log(`PostgreSQL ${info[0]!.v} (synchronous_commit=${info[0]!.sc}), ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}; details AES-256-GCM encrypted`);
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: createMemorySecretStore(), checkpointEveryEntries: 1000, checkpointEveryMs: 1000 }));
    const org = randomUUID();
    await audit.sequencePending(tdb.db); // creates the signing key and the public key file

    // Baseline on the same pool: the cheapest transaction that writes anything, so the audit
    // figures can be read against what this machine's PostgreSQL and Node allow at all.
    await sql`create table bench_baseline (id bigint generated always as identity, pad text)`.execute(wide.db);
    const pad = 'x'.repeat(400);
    const baselineStarted = performance.now();
    let baseline = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < baselineStarted + APPEND_SECONDS * 1000) {
          await wide.db.transaction().execute((trx) => sql`insert into bench_baseline (pad) values (${pad})`.execute(trx));
          baseline++;
        }
      }),
    );
    rows.push(['baseline: BEGIN + 400-byte INSERT + COMMIT, 16 writers', `${fmt(baseline / ((performance.now() - baselineStarted) / 1000))}/s`, '']);

    for (const writers of [1, 4, 16]) {
      const perSecond = await appendFor(wide.db, audit, org, writers, APPEND_SECONDS);
      rows.push([`appends/s, ${writers} writer${writers > 1 ? 's' : ''} (sequencer idle)`, fmt(perSecond), writers === 16 ? '>= 5,000' : '']);
    }
    const firstDrain = await drain(tdb.db, audit);
    rows.push([`sequencer drain of that backlog (${fmt(firstDrain.entries)} entries, ${firstDrain.checkpoints} checkpoints)`, `${fmt(firstDrain.perSecond)}/s`, '']);

    const worker = audit.startAuditWorker({ db: wide.db, intervalMs: 100 });
    const withWorker = await appendFor(wide.db, audit, org, 16, APPEND_SECONDS);
    await worker.stop();
    rows.push(['appends/s, 16 writers with the sequencer running', fmt(withWorker), '>= 5,000']);

    // Fill up to VERIFY_ENTRIES quickly (batched appends), then drain and verify.
    const have = (await tdb.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const bulkStarted = performance.now();
    for (let left = VERIFY_ENTRIES - Number(have); left > 0; left -= 1000) {
      await audit.appendAuditBatch(tdb.db, Array.from({ length: Math.min(1000, left) }, () => makeEntry(org)));
    }
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    const bigDrain = await drain(tdb.db, audit);
    rows.push([`batched appends (1,000 per transaction) while filling to ${fmt(VERIFY_ENTRIES)}`, `${fmt(bigDrain.entries / bulkSeconds)}/s`, '']);
    rows.push([`sequencer drain (${fmt(bigDrain.entries)} entries, ${bigDrain.checkpoints} checkpoints)`, `${fmt(bigDrain.perSecond)}/s`, '']);

    const publicKeys = await readPublicKeys(publicKeyFileFor(tmp.checkpointFile));
    for (let attempt = 1; attempt <= 2; attempt++) {
      const result = await verifyAudit({ db: tdb.db, checkpointFile: tmp.checkpointFile, publicKeys });
      if (!result.ok) throw new Error(`verification failed: ${result.failure?.message}`);
      rows.push([
        `verify, run ${attempt} (${fmt(result.entriesChecked)} entries, ${result.checkpointsChecked} checkpoints + file)`,
        `${fmt(result.entriesChecked / (result.elapsedMs / 1000))} entries/s (${(result.elapsedMs / 1000).toFixed(2)} s)`,
        '>= 200,000',
      ]);
    }
  } finally {
    await wide.close();
    await tdb.close();
    tmp.cleanup();
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['measurement', 'figure', 'goal'][i]!.length));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(['measurement', 'figure', 'goal']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}
