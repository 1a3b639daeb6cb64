// `custos patients complete-deletions`: completes the pending deletion requests whose block has
// ended (legal hold lifted, retention date passed), as the server does at start and hourly. For
// an operator who wants it now, or a host where the server is not running. Output: counts only.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openCustos } from '../../context';
import { completePendingDeletions } from '../../modules/records/rights/deletion.service';

const HELP = `Usage: custos patients complete-deletions [--json]

Carries out every pending patient deletion request that nothing blocks any more (a legal hold
was lifted, the retention period ended). Each is done as the server's hourly job does it: the
patient's key is destroyed, their account closed, a receipt stored on the request and one audit
entry written (actor system:deletion-job). Safe to run while the server runs, and to run again.

  --json    print the counts as JSON

Exit status: 0 done; 1 some requests failed (they stay pending; see the audit log); 2 usage error.`;

export async function patients(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'complete-deletions') {
    console.error(`custos patients: unknown subcommand '${sub}'\n\n${HELP}`);
    return 2;
  }
  let json: boolean;
  try {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    json = values.json;
  } catch (error) {
    console.error(`custos patients complete-deletions: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const ctx = await openCustos(loadConfig());
  try {
    const run = await completePendingDeletions(ctx, ctx.clock.now());
    await ctx.flushAudit();
    console.log(json ? JSON.stringify(run) : `${run.completed} completed, ${run.stillPending} still pending, ${run.skipped} skipped, ${run.failed} failed`);
    return run.failed > 0 ? 1 : 0;
  } finally {
    await ctx.close();
  }
}
