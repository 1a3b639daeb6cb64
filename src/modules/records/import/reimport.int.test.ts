// Re-importing a bundle that Custos exported (right of access, GET /api/v1/patients/:id/export)
// over a real migrated database (PGlite, or PostgreSQL with CUSTOS_TEST_DB=postgres): the records
// are recognised by our own ids in the door's scope (same organization, patient and type) and
// reported unchanged or updated, never created again; a foreign bundle that happens to carry one
// of our record ids for another patient (or another type) creates its own record and leaves ours
// alone.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { TApp } from '../../../server/app';
import { createAuthorize } from '../../access/authorize';
import { createTestClock, createTestContext, type TestContext } from '../../../../test/helpers/context';
import { testEngine } from '../../../../test/helpers/db';
import { createUser, signIn, type TestSession, type TestUser, createCareTeamOverHttp, buildAccessTestApp } from '../../../../test/fixtures/identity-fixtures';
import { generatePatientBundle } from '../../../../test/fixtures/synthea/generate';
import { registerRecordsRoutes } from '../records.routes';
import { registerPatientRightsRoutes } from '../rights/rights.routes';
import { parseImportBundle } from './bundle';
import { createImportService, type ImportService, type TImportReport } from './import.service';
import { registerRecordsImportRoutesWith } from './import.routes';
import { createUploadsService } from './uploads.service';

type Json = Record<string, unknown>;
type TBundle = { resourceType: 'Bundle'; type: string; entry: Array<{ fullUrl?: string; resource: Json }> };

describe(`re-import of an exported bundle (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let imports: ImportService;
  let admin: TestUser;
  let clinician: TestUser;
  let teamId: string;

  before(async () => {
    t = await createTestContext({ clock });
    const authorize = createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock: t.ctx.clock });
    const deps = { db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, clock: t.ctx.clock, authorize };
    imports = createImportService(deps);
    app = await buildAccessTestApp(t.ctx, {
      routes: async (a) => {
        await registerRecordsRoutes(a, t.ctx);
        await registerPatientRightsRoutes(a, t.ctx);
        await registerRecordsImportRoutesWith(a, imports, createUploadsService({ ...deps, maxBytes: 1024 }), 1024);
      },
    });
    admin = await createUser(t.ctx, { role: 'admin' });
    clinician = await createUser(t.ctx, { role: 'clinician' });
    const adminSession = await signIn(t.ctx, admin);
    teamId = await createCareTeamOverHttp(app, adminSession, 'Re-import ward', { members: [clinician.id] });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  const systemImport = (bundle: unknown, source: string) =>
    imports.importBundle({ actor: { kind: 'system', actorId: 'cli:import', requestId: randomUUID() }, organizationId: org(), source, bundle: parseImportBundle(bundle, 'test') });
  const httpImport = async (session: TestSession, bundle: unknown) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/import?source=custos-export', headers: { ...session.writeHeaders, 'content-type': 'application/fhir+json' }, payload: JSON.stringify(bundle) });
    assert.equal(res.statusCode, 200, res.body);
    return (JSON.parse(res.body) as { report: TImportReport }).report;
  };
  const exportOf = async (patient: TestUser): Promise<TBundle> => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/export`, headers: (await signIn(t.ctx, patient)).headers });
    assert.equal(res.statusCode, 200, res.body);
    return JSON.parse(res.body) as TBundle;
  };
  const recordRows = async (patientId: string) =>
    (await sql<{ id: string; resource_type: string; version: number }>`select id, resource_type, version from records where patient_id = ${patientId} order by id`.execute(t.ctx.db)).rows;

  /** A patient with an account, on the team, whose chart was imported from a Synthea-shaped bundle. */
  async function patientWithChart(seed: number): Promise<{ patient: TestUser; count: number }> {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const res = await app.inject({ method: 'POST', url: `/api/v1/care-teams/${teamId}/patients`, headers: (await signIn(t.ctx, admin)).writeHeaders, payload: { patientId: patient.patientId } });
    assert.equal(res.statusCode, 200, res.body);
    const bundle = generatePatientBundle({ seed, encounters: 2 });
    // The Patient entry carries our patient's id, so the import fills that patient's chart.
    (bundle.entry[0]!.resource as Json).id = patient.patientId;
    const report = await systemImport(bundle, 'synthea');
    assert.equal(report.patientsCreated, 0);
    assert.ok(report.imported > 5, 'a chart with several records');
    return { patient, count: (await recordRows(patient.patientId!)).length };
  }

  it('export, then re-import: every entry unchanged and the record count equal; one edited entry is updated (one new version)', async () => {
    const { patient, count } = await patientWithChart(31);
    const before = await recordRows(patient.patientId!);
    const exported = await exportOf(patient);
    assert.equal(exported.entry.length, count);

    // By the operator, and by a care-team clinician over HTTP: nothing written.
    for (const run of [() => systemImport(exported, 'custos-export'), async () => httpImport(await signIn(t.ctx, clinician), exported)]) {
      const report = await run();
      assert.equal(report.total, count);
      assert.deepEqual([report.unchanged, report.imported, report.updated, report.skipped], [count, 0, 0, 0], JSON.stringify(report));
      assert.deepEqual(await recordRows(patient.patientId!), before, 'same records, same versions');
    }

    // One edited Observation: updated in place, everything else unchanged.
    const edited = structuredClone(exported);
    const obs = edited.entry.find((e) => e.resource.resourceType === 'Observation')!.resource;
    obs.status = 'amended';
    const report = await systemImport(edited, 'custos-export');
    assert.deepEqual([report.updated, report.unchanged, report.imported, report.skipped], [1, count - 1, 0, 0], JSON.stringify(report));
    const after = await recordRows(patient.patientId!);
    assert.equal(after.length, count);
    assert.deepEqual(
      after.filter((r) => r.version !== 1).map((r) => [r.id, r.version]),
      [[obs.id, 2]],
    );
    const read = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/Observation/${String(obs.id)}`, headers: (await signIn(t.ctx, clinician)).headers });
    assert.equal((JSON.parse(read.body) as Json).status, 'amended');
    // And the fresh export of the edited chart re-imports as unchanged again (compared with what is stored, not with the last import).
    const again = await systemImport(await exportOf(patient), 'custos-export');
    assert.equal(again.unchanged, count, JSON.stringify(again));
  });

  it("a foreign bundle using one of our record ids for another patient, or for another type, never touches that record", async () => {
    const { patient: victim } = await patientWithChart(32);
    const { patient: other } = await patientWithChart(33);
    const victimRows = await recordRows(victim.patientId!);
    const victimObs = victimRows.find((r) => r.resource_type === 'Observation')!;
    const victimExport = JSON.stringify(await exportOf(victim));
    const otherRows = await recordRows(other.patientId!);
    const otherCondition = otherRows.find((r) => r.resource_type === 'Condition')!;

    const observation = (id: string, subject: string): Json => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] },
      valueQuantity: { value: 250, unit: 'mg/dL' },
      subject: { reference: subject },
    });
    // 1) The other patient's chart, with an Observation carrying the victim's Observation id, and one carrying the other patient's own Condition id.
    const intoOther: TBundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: `urn:uuid:${other.patientId}`, resource: { resourceType: 'Patient', id: other.patientId!, gender: 'female' } },
        { fullUrl: `urn:uuid:${victimObs.id}`, resource: observation(victimObs.id, `urn:uuid:${other.patientId}`) },
        { fullUrl: `urn:uuid:${otherCondition.id}`, resource: observation(otherCondition.id, `urn:uuid:${other.patientId}`) },
      ],
    };
    // 2) A brand-new patient (operator only) whose Observation carries the victim's id too.
    const newcomer = randomUUID();
    const intoNew: TBundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: `urn:uuid:${newcomer}`, resource: { resourceType: 'Patient', id: newcomer, gender: 'male' } },
        { fullUrl: `urn:uuid:${victimObs.id}`, resource: observation(victimObs.id, `urn:uuid:${newcomer}`) },
      ],
    };
    const r1 = await systemImport(intoOther, 'foreign-ehr');
    assert.deepEqual([r1.byType.Observation!.imported, r1.byType.Observation!.updated, r1.byType.Observation!.unchanged], [2, 0, 0], JSON.stringify(r1));
    const r2 = await systemImport(intoNew, 'foreign-ehr');
    assert.equal(r2.patientsCreated, 1);
    assert.equal(r2.byType.Observation!.imported, 1, JSON.stringify(r2));
    // Over HTTP, the care-team clinician's import into the other patient does the same (new records, ours untouched).
    const r3 = await httpImport(await signIn(t.ctx, clinician), { ...intoOther, entry: intoOther.entry.slice(0, 2) });
    assert.deepEqual([r3.byType.Observation!.imported, r3.byType.Observation!.updated], [1, 0], JSON.stringify(r3));

    // The victim's chart is byte-for-byte what it was; the other patient's Condition too.
    assert.deepEqual(await recordRows(victim.patientId!), victimRows);
    const victimNow = await exportOf(victim);
    assert.equal(JSON.stringify(victimNow.entry), JSON.stringify((JSON.parse(victimExport) as TBundle).entry));
    const otherNow = await recordRows(other.patientId!);
    assert.deepEqual(otherNow.find((r) => r.id === otherCondition.id), otherCondition);
    // The other patient got three new Observations, under ids of ours, not the ones the bundles named.
    const added = otherNow.filter((r) => !otherRows.some((o) => o.id === r.id));
    assert.equal(added.length, 3);
    for (const r of added) {
      assert.equal(r.resource_type, 'Observation');
      assert.ok(![victimObs.id, otherCondition.id].includes(r.id));
    }
    const totalWithId = await sql<{ n: number }>`select count(*)::int as n from records where id = ${victimObs.id}`.execute(t.ctx.db);
    assert.equal(totalWithId.rows[0]!.n, 1, 'the victim record id is still only the victim’s');
  });
});
