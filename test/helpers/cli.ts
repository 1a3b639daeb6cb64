// Runs the `custos` command as an operator would: a separate process, configuration only from
// the environment given (none of this process's CUSTOS_* or DATABASE_URL leaks in).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * @example
 *   const run = await runCustos(['audit', 'verify'], { CUSTOS_DATA_DIR: dir });
 *   assert.equal(run.code, 0, run.stderr);
 */
export function runCustos(args: string[], env: Record<string, string>): Promise<CliRun> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_') && k !== 'DATABASE_URL'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/custos.mjs', ...args], { cwd: root, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
