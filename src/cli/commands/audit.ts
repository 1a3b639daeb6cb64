import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KeyObject } from 'node:crypto';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/client';
import { publicKeyFileFor, readPublicKeys } from '../../modules/audit/checkpoint-file';
import { verifyAudit } from '../../modules/audit/verify-audit';

const HELP = `Usage: custos audit verify [--json] [--public-key FILE] [--no-checkpoint-file]

Checks the audit log: entries numbered 1..n without gaps, every hash recomputed, every signed
checkpoint (Merkle root, head hash, Ed25519 signature), the checkpoint file outside the database
(CUSTOS_AUDIT_CHECKPOINT_FILE, default <CUSTOS_DATA_DIR>/audit-checkpoints.jsonl) against the
database, and a tail truncated behind a checkpoint.

  --public-key FILE       public key(s) to check signatures with; default audit-signing-key.pub
                          beside the checkpoint file (keep a copy elsewhere for a stronger check)
  --no-checkpoint-file    skip the file comparison (e.g. a restored database on another host)
  --json                  print the result as JSON

Exit status: 0 intact; 1 tampering detected (the output names the first bad sequence number and
what happened to it); 2 usage error; 3 the check could not run (database or files unreadable).`;

export async function audit(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'verify') return verify(rest);
  console.error(`custos audit: unknown subcommand '${sub}'\n\n${HELP}`);
  return 2;
}

async function verify(argv: string[]): Promise<number> {
  let args: { json: boolean; publicKey: string | undefined; noCheckpointFile: boolean };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        'public-key': { type: 'string' },
        'no-checkpoint-file': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    args = { json: values.json, publicKey: values['public-key'], noCheckpointFile: values['no-checkpoint-file'] };
  } catch (error) {
    console.error(`custos audit verify: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }

  try {
    const config = loadConfig();
    const keyFile = args.publicKey ?? publicKeyFileFor(config.auditCheckpointFile);
    let publicKeys: KeyObject[] = [];
    try {
      publicKeys = await readPublicKeys(keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // Without keys any checkpoint fails as "signed by an unknown key"; an empty log still passes.
      console.error(`custos audit verify: no public key file at ${keyFile}`);
    }
    const handle = await openDatabase(
      config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl, poolSize: 2 } : { engine: 'pglite', dataDir: path.join(config.dataDir, 'db') },
    );
    try {
      const result = await verifyAudit({ db: handle.db, checkpointFile: args.noCheckpointFile ? null : config.auditCheckpointFile, publicKeys });
      if (args.json) {
        console.log(JSON.stringify(result, null, 2));
      } else {
        const rate = result.elapsedMs > 0 ? Math.round((result.entriesChecked / result.elapsedMs) * 1000) : 0;
        const timing = `${(result.elapsedMs / 1000).toFixed(2)} s, ${rate.toLocaleString('en-US')} entries/s`;
        if (result.ok) {
          console.log(
            `Audit log intact: ${result.entriesChecked} entries (seq 1..${result.lastSeq}), ${result.checkpointsChecked} signed checkpoints verified` +
              (args.noCheckpointFile ? ' (checkpoint file not compared)' : `, ${result.fileCheckpointsChecked} matched in ${config.auditCheckpointFile}`) +
              `.\nSealed through seq ${result.sealedThrough}; ${result.lastSeq - result.sealedThrough} newer entries chained but not yet sealed; ` +
              `${result.pendingEntries} pending; ${result.checkpointsNotInFile} checkpoints not yet in the file. (${timing})`,
          );
        } else {
          const f = result.failure!;
          console.log(`AUDIT LOG INTEGRITY FAILURE at seq ${f.seq} (${f.kind}): ${f.message}\n${result.entriesChecked} entries before it verified. (${timing})`);
        }
      }
      return result.ok ? 0 : 1;
    } finally {
      await handle.close();
    }
  } catch (error) {
    console.error(`custos audit verify: could not verify: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
}
