import { isAppError } from '../core/errors';

/** A CLI command: receives its own arguments, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

// Commands load lazily so `custos --help` does not start PGlite or the server.
const COMMANDS: Record<string, CommandEntry> = {
  serve: { summary: 'start the HTTPS server (applies migrations first)', load: async () => (await import('./commands/serve')).serve },
  'db migrate': { summary: 'apply database migrations', load: async () => (await import('./commands/db-migrate')).dbMigrate },
  admin: { summary: 'manage administrators (admin create --email ...)', load: async () => (await import('./commands/admin')).admin },
  keys: { summary: 'key management (keys rotate | keys status | ...)', load: async () => (await import('./commands/keys')).keys },
  audit: { summary: 'audit log (audit verify | ...)', load: async () => (await import('./commands/audit')).audit },
  import: { summary: 'import FHIR R4 bundles (import FILE… [--organization SLUG])', load: async () => (await import('./commands/import')).importCommand },
  deid: { summary: 'de-identification of clinical text (deid detect | deid redact)', load: async () => (await import('./commands/deid')).deid },
  patients: { summary: 'patients (patients complete-deletions)', load: async () => (await import('./commands/patients')).patients },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  custos ${name.padEnd(width)}  ${c.summary}`);
  return `Usage:\n${lines.join('\n')}\n\nRun a command with --help for its options.`;
}

/** Entry point of the `custos` command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    console.log(usage());
    return argv.length === 0 ? 2 : 0;
  }
  const two = argv.slice(0, 2).join(' ');
  const [name, rest] = COMMANDS[two] ? [two, argv.slice(2)] : [argv[0]!, argv.slice(1)];
  const entry = COMMANDS[name];
  if (!entry) {
    console.error(`Unknown command: ${argv.slice(0, 2).join(' ')}\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command(rest);
  } catch (error) {
    if (isAppError(error)) {
      console.error(`custos: ${error.message}`);
      return 1;
    }
    console.error(`custos: unexpected error (${error instanceof Error ? error.name : 'unknown'}); run with CUSTOS_LOG_LEVEL=debug for details`);
    if (process.env.CUSTOS_LOG_LEVEL === 'debug') console.error(error);
    return 1;
  }
}
