// Real Synthea output, when an operator has some: set CUSTOS_SYNTHEA_DIR to a folder of Synthea's
// FHIR R4 files (fhir/*.json: patient bundles, hospitalInformation*, practitionerInformation*).
// Synthea's files cannot be checked in (nothing from outside is copied into this repository), so
// without the variable this test is reported as skipped; the Synthea-shaped generator in
// test/fixtures/synthea covers the same shapes on every run.
//
// What it holds a real export to: every entry accounted for; every per-patient resource kept (the
// only skips are types that are not about one patient: organizations, locations, practitioners,
// provenance, and Medication catalogue entries, which are copied into the orders that name them);
// one new patient per Patient entry; a second
// import finds everything unchanged.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCliTestEnv, runCustos, type CliTestEnv } from '../../../../test/helpers/cli';
import { testEngine } from '../../../../test/helpers/db';
import type { TImportReport } from './import.service';

const SOURCE = process.env.CUSTOS_SYNTHEA_DIR;
const NOT_PER_PATIENT = new Set(['Organization', 'Location', 'Practitioner', 'PractitionerRole', 'Medication', 'Provenance']);

describe(`custos import of real Synthea output (${testEngine})`, { skip: SOURCE ? false : 'set CUSTOS_SYNTHEA_DIR to a folder of Synthea FHIR R4 files to run' }, () => {
  let cli: CliTestEnv;
  const files = (): string[] =>
    fs.readdirSync(SOURCE!).filter((f) => f.endsWith('.json')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => path.join(SOURCE!, f));
  // Synthea's own order: organizations and practitioners before the patients that refer to them.
  const rank = (name: string) => (/^(hospital|practitioner)Information/.test(name) ? 0 : 1);

  before(async () => {
    cli = await createCliTestEnv('custos-synthea-real-');
  });
  after(() => cli.close());

  it('accounts for every entry, keeps every per-patient resource, and re-imports as unchanged', async () => {
    const inputs = files();
    assert.ok(inputs.length > 0, `no .json files in ${SOURCE}`);
    const patientEntries = inputs
      .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as { entry?: Array<{ resource?: { resourceType?: string } }> })
      .reduce((n, b) => n + (b.entry ?? []).filter((e) => e.resource?.resourceType === 'Patient').length, 0);

    const first = await runCustos(['import', ...inputs, '--json'], cli.env);
    assert.equal(first.code, 0, first.stderr);
    const report = JSON.parse(first.stdout) as TImportReport;
    assert.equal(report.imported + report.updated + report.unchanged + report.skipped, report.total);
    assert.equal(report.patientsCreated, patientEntries);
    for (const [type, counts] of Object.entries(report.byType)) {
      if (NOT_PER_PATIENT.has(type)) assert.equal((counts.reasons.unsupported_type ?? 0) + (counts.reasons.contained_in_records ?? 0), counts.total, type);
      else assert.equal(counts.skipped, 0, `${type}: ${JSON.stringify(counts.reasons)}`);
    }

    const second = await runCustos(['import', ...inputs, '--json'], cli.env);
    assert.equal(second.code, 0, second.stderr);
    const again = JSON.parse(second.stdout) as TImportReport;
    assert.equal(again.total, report.total);
    assert.equal(again.imported + again.updated + again.patientsCreated, 0);
    assert.equal(again.unchanged, report.total - report.skipped);
  });
});
