import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type TConfig } from '../../config';
import { openCustos, type CustosContext } from '../../context';
import { isAppError } from '../../core/errors';
import { listOrganizations } from '../../modules/organizations/organizations.repo';
import { DEFAULT_CACHE_TTL_MS } from '../../modules/crypto/crypto.service';
import { readKeyStatus } from '../../modules/crypto/key-status';
import { sealLocalKeyFile } from '../../modules/crypto/local-key-provider';
import { rotateKeys, runRotationSweep, type SweepOptions, type SweepProgressEvent } from '../../modules/crypto/rotation';

const HELP = `Usage: custos keys <command> [options]

  status [--json]             KEK versions, organization-key versions, subject keys, secrets, shreds
  rotate [--no-sweep] [--batch-size N] [--grace-seconds S]
                              new KEK version, new organization-key versions, rewrap everything,
                              then the re-encryption sweep; old versions retire after it. The
                              service keeps running (on PostgreSQL). Resumes an unfinished rotation.
  sweep [--batch-size N] [--grace-seconds S]
                              resume (or finish) the sweep of an unfinished rotation
  reapply-shreds [--file F]   after a restore: destroy again every subject key listed in the shred
                              list (CUSTOS_SHRED_LIST_FILE, default <CUSTOS_DATA_DIR>/shred-list.jsonl)
  seal                        seal the unsealed local key file with CUSTOS_MASTER_PASSPHRASE

--grace-seconds: wait this long after the rotation started before retiring old versions, so
every running instance's key cache (${DEFAULT_CACHE_TTL_MS / 1000} s) has expired. Default: ${(2 * DEFAULT_CACHE_TTL_MS) / 1000} on
PostgreSQL, 0 on the embedded database (no other process can hold it).

Exit status: 0 done; 1 failed (the message says why); 2 usage error.`;

export async function keys(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  const commands: Record<string, (args: string[]) => Promise<number>> = { status, rotate, sweep, 'reapply-shreds': reapplyShreds, seal };
  const command = commands[sub];
  if (!command) {
    console.error(`custos keys: unknown command '${sub}'\n\n${HELP}`);
    return 2;
  }
  return command(rest);
}

type Options = Record<string, { type: 'boolean' | 'string'; default?: boolean | string }>;

function parse(name: string, argv: string[], options: Options): Record<string, string | boolean | undefined> | number {
  try {
    const { values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    return values;
  } catch (error) {
    console.error(`custos keys ${name}: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
}

/** Opens the application context (database migrated, keys, audit); closes it after `fn`. */
async function withKeys<T>(fn: (ctx: CustosContext) => Promise<T>): Promise<T> {
  const ctx = await openCustos(loadConfig(), { poolSize: 4 });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/**
 * Runs a key-management operation and records it (done or failed) in every organization's audit
 * log: key changes are security events the compliance officer reviews. Details hold counts only.
 */
async function audited(ctx: CustosContext, action: string, fn: () => Promise<{ code: number; details: Record<string, unknown> | null }>): Promise<number> {
  const record = async (outcome: 'allow' | 'error', details: Record<string, unknown>, reason?: string): Promise<void> => {
    for (const org of await listOrganizations(ctx.db)) {
      await ctx.audit.appendAudit(ctx.db, {
        organizationId: org.id,
        actorId: 'cli',
        actorRole: 'system',
        action,
        resourceType: 'key',
        purpose: 'operations',
        outcome,
        ...(reason ? { reason } : {}),
        details,
      });
    }
    await ctx.flushAudit();
  };
  try {
    const { code, details } = await fn();
    // null: nothing happened (e.g. no rotation to finish), so nothing to record.
    if (code === 0 && details) await record('allow', details);
    return code;
  } catch (error) {
    await record('error', {}, isAppError(error) ? error.code : 'internal').catch(() => undefined);
    throw error;
  }
}

async function status(argv: string[]): Promise<number> {
  const args = parse('status', argv, { json: { type: 'boolean', default: false } });
  if (typeof args === 'number') return args;
  return withKeys(async ({ db, provider }) => {
    const s = await readKeyStatus(db, provider);
    if (args.json) {
      console.log(JSON.stringify(s, null, 2));
      return 0;
    }
    const lines = [
      `Key provider: ${s.provider}; KEK versions ${s.kekVersions.join(', ')} (current ${s.currentKekVersion})`,
      `Installation secrets: ${fmtCounts(s.secretsByKekVersion, 'KEK v')}`,
      `Shredded subjects: ${s.shreddedSubjects}`,
      s.lastRotation
        ? `Last rotation: #${s.lastRotation.id} to KEK v${s.lastRotation.kekVersion}, ${s.lastRotation.status === 'done' ? `done ${s.lastRotation.finishedAt}` : `SWEEP UNFINISHED (started ${s.lastRotation.startedAt}): run \`custos keys sweep\``}`
        : 'Last rotation: none',
      `Organizations: ${s.organizations.length}`,
      ...s.organizations.map(
        (o) =>
          `  ${o.organizationId}: organization key v${o.currentKeyVersion} (oldest readable v${o.minKeyVersion}); ` +
          `keys ${o.keys.map((k) => `${k.purpose === 'data' ? 'data' : 'blind-index'} v${k.version}@KEK v${k.kekVersion}`).join(', ')}; ` +
          `subject keys ${fmtCounts(o.subjectKeysByOrgVersion, 'org v')}`,
      ),
    ];
    console.log(lines.join('\n'));
    return 0;
  });
}

function fmtCounts(counts: Record<number, number>, label: string): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([v, n]) => `${n} under ${label}${v}`).join(', ') : 'none';
}

const sweepOptions: Options = { 'batch-size': { type: 'string' }, 'grace-seconds': { type: 'string' } };

function sweepSettings(args: Record<string, string | boolean | undefined>, config: TConfig): Omit<SweepOptions, 'columns'> | string {
  const batchSize = args['batch-size'] === undefined ? 200 : Number(args['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) return '--batch-size must be an integer from 1 to 10000';
  const defaultGrace = config.engine === 'pglite' ? 0 : (2 * DEFAULT_CACHE_TTL_MS) / 1000;
  const grace = args['grace-seconds'] === undefined ? defaultGrace : Number(args['grace-seconds']);
  if (!Number.isFinite(grace) || grace < 0) return '--grace-seconds must be a number of seconds >= 0';
  return { batchSize, graceMs: grace * 1000, onProgress: progressPrinter() };
}

async function rotate(argv: string[]): Promise<number> {
  const args = parse('rotate', argv, { ...sweepOptions, 'no-sweep': { type: 'boolean', default: false } });
  if (typeof args === 'number') return args;
  return withKeys(async (ctx) => {
    const { config, db, provider, crypto, encryptedColumns } = ctx;
    const settings = sweepSettings(args, config);
    if (typeof settings === 'string') {
      console.error(`custos keys rotate: ${settings}`);
      return 2;
    }
    return audited(ctx, 'key.rotate', async () => {
      const deps = { provider, keyring: crypto.keyring, clock: { now: () => Date.now() } };
      if (args['no-sweep']) {
        const { startKeyRotation } = await import('../../modules/crypto/rotation');
        const started = await startKeyRotation(deps, db);
        console.log(`${started.resumed ? 'Resumed' : 'Started'} rotation to KEK v${started.kekVersion}; new data is written under the new versions. Run \`custos keys sweep\` to re-encrypt and retire the old ones.`);
        return { code: 0, details: { kekVersion: started.kekVersion, sweep: 'pending' } };
      }
      const result = await rotateKeys(deps, db, { ...settings, columns: encryptedColumns.list() });
      if (process.stderr.isTTY) process.stderr.write('\n');
      console.log(
        `${result.resumed ? 'Resumed and finished' : 'Finished'} rotation to KEK v${result.kekVersion}: ${result.counts.subjectKeysRewrapped} subject keys rewrapped, ` +
          `${result.counts.envelopesReencrypted} values re-encrypted (${result.counts.concurrentWrites} were rewritten concurrently), ` +
          `old versions retired in ${result.retiredOrganizations} organization(s).`,
      );
      return { code: 0, details: { kekVersion: result.kekVersion, ...result.counts, retiredOrganizations: result.retiredOrganizations } };
    });
  });
}

async function sweep(argv: string[]): Promise<number> {
  const args = parse('sweep', argv, sweepOptions);
  if (typeof args === 'number') return args;
  return withKeys(async (ctx) => {
    const { config, db, provider, crypto, encryptedColumns } = ctx;
    const settings = sweepSettings(args, config);
    if (typeof settings === 'string') {
      console.error(`custos keys sweep: ${settings}`);
      return 2;
    }
    return audited(ctx, 'key.sweep', async () => {
      const result = await runRotationSweep({ provider, keyring: crypto.keyring, clock: { now: () => Date.now() } }, db, { ...settings, columns: encryptedColumns.list() });
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (result.rotationId === undefined) {
        console.log('No rotation is unfinished: nothing to sweep.');
        return { code: 0, details: null };
      }
      console.log(`Rotation #${result.rotationId} finished: ${result.counts.subjectKeysRewrapped} subject keys rewrapped, ${result.counts.envelopesReencrypted} values re-encrypted, old versions retired in ${result.retiredOrganizations} organization(s).`);
      return { code: 0, details: { rotationId: result.rotationId, ...result.counts, retiredOrganizations: result.retiredOrganizations } };
    });
  });
}

async function reapplyShreds(argv: string[]): Promise<number> {
  const args = parse('reapply-shreds', argv, { file: { type: 'string' } });
  if (typeof args === 'number') return args;
  return withKeys(async (ctx) => {
    const { config, db, crypto } = ctx;
    const file = typeof args.file === 'string' ? path.resolve(args.file) : config.shredListFile;
    return audited(ctx, 'key.reapply_shreds', async () => {
      const r = await crypto.reapplyShreds(db, file);
      console.log(
        `Shred list ${file}: ${r.listed} subject(s) listed, ${r.recorded} newly recorded as shredded, ${r.keysDestroyed} resurrected key(s) destroyed again, ` +
          `${r.appendedToFile} database-only shred(s) appended to the file.` +
          (r.ignoredPartialLine ? ' The last line was cut off (a crash while writing) and was ignored.' : ''),
      );
      return { code: 0, details: { listed: r.listed, recorded: r.recorded, keysDestroyed: r.keysDestroyed, appendedToFile: r.appendedToFile } };
    });
  });
}

async function seal(argv: string[]): Promise<number> {
  const args = parse('seal', argv, {});
  if (typeof args === 'number') return args;
  const config = loadConfig();
  if (config.keyProvider !== 'local') {
    console.error('custos keys seal: only the local key file can be sealed (CUSTOS_KEY_PROVIDER=local)');
    return 2;
  }
  if (!config.masterPassphrase) {
    console.error('custos keys seal: set CUSTOS_MASTER_PASSPHRASE to the passphrase to seal the key file with');
    return 2;
  }
  await sealLocalKeyFile({ keyFile: config.keyFile, passphrase: config.masterPassphrase });
  console.log(`Sealed ${config.keyFile}. Keep CUSTOS_MASTER_PASSPHRASE set for every start, and store the passphrase apart from the key file's backup.`);
  return 0;
}

/** A progress bar on a terminal; a line per phase otherwise (logs, CI). */
function progressPrinter(): (e: SweepProgressEvent) => void {
  const tty = process.stderr.isTTY;
  let lastPhase = '';
  return (e) => {
    const where = e.table ? ` ${e.table}.${e.column}` : '';
    if (tty) {
      const width = 30;
      const share = e.total === 0 ? 1 : e.done / e.total;
      const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
      process.stderr.write(`\r[${bar}] ${Math.floor(share * 100)}% ${e.done}/${e.total} ${e.phase}${where}`.padEnd(100).slice(0, 100));
      return;
    }
    const phase = `${e.organizationId} ${e.phase}${where}`;
    if (phase !== lastPhase) console.error(`sweep: organization ${phase} (${e.done}/${e.total})`);
    lastPhase = phase;
  };
}
