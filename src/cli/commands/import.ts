// `custos import FILE…`: FHIR R4 bundles (Synthea's patient, hospital and practitioner files, or
// any transaction/collection bundle) into an organization, as the operator on the host (a system
// actor: audited as role 'system', actor 'cli:import', purpose operations). Idempotent: running it
// again reports the same resources as unchanged. Output holds counts and file names, never values.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openCustos, type CustosContext } from '../../context';
import { AppError, isAppError } from '../../core/errors';
import { createAuthorize } from '../../modules/access/authorize';
import { findOrganizationBySlug } from '../../modules/organizations/organizations.repo';
import { parseImportBundle, SKIP_REASONS, type TSkipReason } from '../../modules/records/import/bundle';
import { createImportService, type TImportReport } from '../../modules/records/import/import.service';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

const HELP = `Usage: custos import FILE… [--organization SLUG] [--source NAME] [--batch-size N] [--json]

Imports FHIR R4 Bundles (transaction, collection, batch; e.g. Synthea's output/fhir/*.json) into
the organization (default: the default organization). Patients new to Custos are registered;
resources of types Custos does not keep (Organization, Practitioner, Provenance, Device, …) and
resources without a patient are skipped, with the reason in the report. Re-running it is safe:
resources seen before (same source and original id) are reported unchanged or updated.

  --source NAME      where the bundles come from (default fhir-import; a bundle's meta.source wins)
  --batch-size N     entries per database transaction (default 100)
  --json             print the report as JSON

Exit status: 0 done; 1 a file could not be imported (the message names the file and JSON path);
2 usage error.`;

export async function importCommand(argv: string[]): Promise<number> {
  let values: { organization?: string | undefined; source?: string | undefined; 'batch-size'?: string | undefined; json?: boolean | undefined; help?: boolean | undefined };
  let files: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      options: { organization: { type: 'string' }, source: { type: 'string' }, 'batch-size': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (error) {
    console.error(`custos import: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const batchSize = values['batch-size'] === undefined ? 100 : Number(values['batch-size']);
  if (files.length === 0 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(`custos import: ${files.length === 0 ? 'name at least one FILE' : '--batch-size must be 1..1000'}\n\n${HELP}`);
    return 2;
  }

  const ctx = await openCustos(loadConfig());
  try {
    const organizationId = await organizationIdOf(ctx, values.organization);
    const imports = createImportService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }) });
    const totals: TImportReport = { total: 0, imported: 0, updated: 0, unchanged: 0, skipped: 0, patientsCreated: 0, byType: {} };
    let failed = 0;
    for (const file of files) {
      const label = path.basename(file);
      try {
        const bundle = parseImportBundle(await readJson(file, label), label);
        const progress = createProgress(label);
        const report = await imports.importBundle({
          actor: { kind: 'system', actorId: 'cli:import', requestId: randomUUID() },
          organizationId,
          source: values.source ?? 'fhir-import',
          bundle,
          batchSize,
          onProgress: progress.update,
        });
        progress.end(report);
        merge(totals, report);
      } catch (error) {
        failed += 1;
        // AppError messages are PHI-free by contract (file name, JSON path, codes); nothing else is printed.
        console.error(`custos import: ${isAppError(error) ? error.message : `${label}: import failed (${error instanceof Error ? error.name : 'error'})`}`);
      }
    }
    await ctx.flushAudit();
    console.log(values.json ? JSON.stringify({ ...totals, failedFiles: failed }, null, 2) : formatReport(totals, files.length, failed));
    return failed > 0 ? 1 : 0;
  } finally {
    await ctx.close();
  }
}

async function organizationIdOf(ctx: CustosContext, slug: string | undefined): Promise<string> {
  if (!slug) return ctx.defaultOrganization.id;
  const organization = await findOrganizationBySlug(ctx.db, slug);
  if (!organization) throw new AppError('not_found', `No organization '${slug}'.`);
  return organization.id;
}

async function readJson(file: string, label: string): Promise<unknown> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) throw new AppError('payload_too_large', `${label}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('not_found', `${label}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, which may be PHI: keep only the position.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new AppError('validation_failed', `${label}: not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
}

/** A bar on a terminal (entries done / total, rate), plain lines otherwise (logs, CI). */
function createProgress(label: string) {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let lastLine = 0;
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  return {
    update({ done, total }: { done: number; total: number }) {
      if (tty) {
        const width = 30;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} entries ${rate(done)}/s `);
      } else if (done === total || Date.now() - lastLine >= 1000) {
        lastLine = Date.now();
        process.stderr.write(`${label}: ${done}/${total} entries (${rate(done)}/s)\n`);
      }
    },
    end(report: TImportReport) {
      if (tty) process.stderr.write('\n');
      process.stderr.write(`${label}: ${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped of ${report.total}\n`);
    },
  };
}

function merge(into: TImportReport, report: TImportReport): void {
  for (const k of ['total', 'imported', 'updated', 'unchanged', 'skipped', 'patientsCreated'] as const) into[k] += report[k];
  for (const [type, c] of Object.entries(report.byType)) {
    const t = (into.byType[type] ??= { total: 0, imported: 0, updated: 0, unchanged: 0, skipped: 0, reasons: {} });
    for (const k of ['total', 'imported', 'updated', 'unchanged', 'skipped'] as const) t[k] += c[k];
    for (const [reason, n] of Object.entries(c.reasons)) t.reasons[reason as TSkipReason] = (t.reasons[reason as TSkipReason] ?? 0) + n;
  }
}

function formatReport(r: TImportReport, files: number, failed: number): string {
  const head = ['type', 'total', 'imported', 'updated', 'unchanged', 'skipped'];
  const rows = Object.entries(r.byType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, c]) => [type, c.total, c.imported, c.updated, c.unchanged, c.skipped].map(String));
  rows.push(['all', r.total, r.imported, r.updated, r.unchanged, r.skipped].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const skipped = Object.entries(r.byType)
    .filter(([, c]) => c.skipped > 0)
    .map(([type, c]) => `  ${type}: ${Object.entries(c.reasons).map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
  const used = [...new Set(Object.values(r.byType).flatMap((c) => Object.keys(c.reasons)))] as TSkipReason[];
  return [
    `Imported ${files - failed} of ${files} file(s); ${r.patientsCreated} new patient(s).`,
    line(head),
    ...rows.map(line),
    ...(skipped.length ? ['Skipped:', ...skipped, 'Reasons:', ...used.map((reason) => `  ${reason}: ${SKIP_REASONS[reason]}`)] : []),
  ].join('\n');
}
