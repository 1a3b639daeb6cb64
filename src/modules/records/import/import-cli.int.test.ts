// `custos import` as an operator runs it, on PGlite (a data directory) or PostgreSQL (pg_dump):
// every entry accounted for, re-import unchanged, a malformed file named with its JSON path, and
// the canary test: a canary name, SSN, address and note text (and the note's base64) appear in
// no file of the data directory, in no pg_dump, and in no output of the command.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCliTestEnv, runCustos, type CliTestEnv } from '../../../../test/helpers/cli';
import { testEngine } from '../../../../test/helpers/db';
import { generateHospitalBundle, generatePatientBundle, generatePractitionerBundle, type TCanary } from '../../../../test/fixtures/synthea/generate';

const CANARY: TCanary = {
  given: 'Quillonzia',
  family: 'Vandermarkova',
  ssn: '987-65-4329',
  line: '4417 Zephyrine Canary Lane',
  noteText: 'Patient reports zebracorn tinnitus since the solstice; canary-note-7731.',
};

describe(`custos import (${testEngine})`, () => {
  let cli: CliTestEnv;
  let dir: string;
  let env: Record<string, string>;
  let databaseUrl: string | undefined;
  const outputs: string[] = [];
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const run = async (args: string[]) => {
    const result = await runCustos(['import', ...args], env);
    outputs.push(result.stdout, result.stderr);
    return result;
  };

  before(async () => {
    cli = await createCliTestEnv('custos-import-cli-', 'info');
    ({ dir, env, databaseUrl } = cli);
  });
  after(() => cli.close());

  it('imports Synthea-shaped files with every entry accounted for, then finds them unchanged', async () => {
    const patient = generatePatientBundle({ seed: 11, encounters: 2, canary: CANARY });
    const files = [write('patient.json', patient), write('hospitalInformation.json', generateHospitalBundle(11)), write('practitionerInformation.json', generatePractitionerBundle(11))];
    const first = await run([...files, '--json', '--batch-size', '7']);
    assert.equal(first.code, 0, first.stderr);
    const report = JSON.parse(first.stdout) as { total: number; imported: number; updated: number; unchanged: number; skipped: number; patientsCreated: number; byType: Record<string, { total: number; skipped: number; reasons: Record<string, number> }> };
    const entries = [patient, generateHospitalBundle(11), generatePractitionerBundle(11)].reduce((n, b) => n + b.entry.length, 0);
    assert.equal(report.total, entries);
    assert.equal(report.imported + report.updated + report.unchanged + report.skipped, report.total);
    assert.equal(report.patientsCreated, 1);
    for (const type of ['Organization', 'Location', 'Practitioner', 'PractitionerRole', 'Provenance']) {
      assert.equal(report.byType[type]?.reasons.unsupported_type, report.byType[type]?.total, type);
    }
    // Everything about the patient is kept, devices, imaging and care teams included.
    for (const type of ['Patient', 'Observation', 'Device', 'CareTeam', 'ImagingStudy', 'ExplanationOfBenefit']) {
      assert.ok((report.byType[type]?.total ?? 0) > 0, type);
      assert.equal(report.byType[type]?.skipped, 0, type);
    }
    // Progress lines (not a TTY) and the per-file summary go to stderr.
    assert.match(first.stderr, /patient\.json: \d+\/\d+ entries/);

    const second = await run([files[0]!, '--json']);
    assert.equal(second.code, 0, second.stderr);
    const again = JSON.parse(second.stdout) as typeof report;
    assert.equal(again.imported, 0);
    assert.equal(again.updated, 0);
    assert.equal(again.patientsCreated, 0);
    assert.equal(again.unchanged, patient.entry.length - again.skipped);

    // One changed resource is updated, the rest unchanged.
    const changed = structuredClone(patient);
    const obs = changed.entry.find((e) => (e.resource as { resourceType: string }).resourceType === 'Observation')!.resource as Record<string, unknown>;
    obs.status = 'amended';
    const third = await run([write('changed.json', changed), '--json']);
    assert.equal(third.code, 0, third.stderr);
    const updated = JSON.parse(third.stdout) as typeof report;
    assert.equal(updated.updated, 1);
    assert.equal(updated.unchanged, again.unchanged - 1);

    const verify = await runCustos(['audit', 'verify'], env);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });

  it('exits non-zero naming the file and the JSON path of a malformed bundle, never its values', async () => {
    const bad = write('broken.json', { resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { resourceType: 'Patient', id: 'x' } }, { resource: { resourceType: 7, id: CANARY.family } }] });
    const notJson = write('notjson.json', `{"resourceType":"Bundle","entry":[{"name":"${CANARY.family}"`);
    const wrongType = write('document.json', { resourceType: 'Bundle', type: 'document', entry: [] });
    const result = await run([bad, notJson, wrongType]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /broken\.json: not an importable FHIR R4 Bundle at entry\[1\]\.resource\.resourceType/);
    assert.match(result.stderr, /notjson\.json: not valid JSON/);
    assert.match(result.stderr, /document\.json: not an importable FHIR R4 Bundle at type/);
    assert.doesNotMatch(result.stderr, new RegExp(CANARY.family));
    const usage = await run([]);
    assert.equal(usage.code, 2);
  });

  it('leaves no canary in plaintext at rest or in any output', async () => {
    const canaries = [CANARY.given, CANARY.family, CANARY.ssn, CANARY.ssn.replace(/-/g, ''), CANARY.line, 'zebracorn tinnitus', Buffer.from(CANARY.noteText).toString('base64').slice(0, 40)];
    const haystacks: Array<[string, Buffer]> = [];
    if (databaseUrl) {
      haystacks.push(['pg_dump', execFileSync('pg_dump', ['--no-owner', databaseUrl], { maxBuffer: 512 * 1024 * 1024 })]);
    } else {
      const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      const files = walk(env.CUSTOS_DATA_DIR!);
      assert.ok(files.length > 10, 'the PGlite data directory holds the database files');
      for (const f of files) haystacks.push([path.relative(dir, f), fs.readFileSync(f)]);
    }
    haystacks.push(['command output', Buffer.from(outputs.join('\n'))]);
    // The canaries really were imported (else this test could not fail): they are in the input file.
    assert.ok(fs.readFileSync(path.join(dir, 'patient.json')).includes(CANARY.family));
    assert.ok(fs.readFileSync(path.join(dir, 'patient.json')).includes(Buffer.from(CANARY.noteText).toString('base64').slice(0, 40)));
    for (const [where, bytes] of haystacks) {
      for (const canary of canaries) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          assert.equal(bytes.includes(Buffer.from(canary, encoding)), false, `${where} holds a canary (${encoding})`);
        }
      }
    }
  });
});
