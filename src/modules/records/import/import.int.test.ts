// Bundle import and uploads through the real app over a real migrated database (PGlite, or
// PostgreSQL with CUSTOS_TEST_DB=postgres): the operator's import, a care-team clinician's
// re-import over HTTP (updated/unchanged, references rewritten to our ids), refusals for other
// clinicians, admins and new patients (audited), malformed bodies, and encrypted uploads
// (413, 415, other patient 403, round trip, ciphertext at rest, download headers).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type TApp } from '../../../server/app';
import { createAuthorize } from '../../access/authorize';
import { createTestClock, createTestContext, type TestContext } from '../../../../test/helpers/context';
import { testEngine } from '../../../../test/helpers/db';
import { createUser, signIn, type TestSession, type TestUser, buildAccessTestApp, createCareTeamOverHttp } from '../../../../test/fixtures/identity-fixtures';
import { generatePatientBundle } from '../../../../test/fixtures/synthea/generate';
import { registerRecordsRoutes } from '../records.routes';
import { parseImportBundle } from './bundle';
import { createImportService, type ImportService, type TImportReport } from './import.service';
import { registerRecordsImportRoutesWith } from './import.routes';
import { createUploadsService } from './uploads.service';

const MAX_UPLOAD = 64 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n% synthetic lab report\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);

describe(`records import and uploads (${testEngine})`, () => {
  const clock = createTestClock();
  const logLines: string[] = [];
  let t: TestContext;
  let app: TApp;
  let imports: ImportService;
  let admin: TestUser;
  let clinician: TestUser;
  let outsider: TestUser;
  let teamId: string;

  before(async () => {
    t = await createTestContext({ clock });
    const authorize = createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock: t.ctx.clock });
    const deps = { db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, clock: t.ctx.clock, authorize };
    imports = createImportService(deps);
    app = await buildAccessTestApp(t.ctx, {
      lines: logLines,
      routes: async (a) => {
          await registerRecordsRoutes(a, t.ctx);
          await registerRecordsImportRoutesWith(a, imports, createUploadsService({ ...deps, maxBytes: MAX_UPLOAD }), MAX_UPLOAD);
      },
    });
    admin = await createUser(t.ctx, { role: 'admin' });
    clinician = await createUser(t.ctx, { role: 'clinician' });
    outsider = await createUser(t.ctx, { role: 'clinician' });
    const adminSession = await signIn(t.ctx, admin);
    teamId = await createCareTeamOverHttp(app, adminSession, 'Import ward', { members: [clinician.id] });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  const fresh = (user: TestUser) => signIn(t.ctx, user);
  const addToTeam = async (patientId: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/care-teams/${teamId}/patients`, headers: (await fresh(admin)).writeHeaders, payload: { patientId } });
    assert.equal(res.statusCode, 200, res.body);
  };
  const systemImport = (bundle: unknown, source = 'synthea') =>
    imports.importBundle({ actor: { kind: 'system', actorId: 'cli:import', requestId: randomUUID() }, organizationId: org(), source, bundle: parseImportBundle(bundle, 'test') });
  const httpImport = async (session: TestSession, bundle: unknown, query = '?source=synthea', contentType = 'application/fhir+json') =>
    app.inject({ method: 'POST', url: `/api/v1/import${query}`, headers: { ...session.writeHeaders, 'content-type': contentType }, payload: JSON.stringify(bundle) });
  const patientIdOf = async (originalPatientId: string): Promise<string> => {
    // The Patient source key's record is the patient; look it up as the import does (keyed, never in clear).
    const bidx = await t.ctx.crypto.blindIndex(t.ctx.db, { organizationId: org(), scope: 'import_source_keys', value: `synthea\nPatient/${originalPatientId}`, normalization: 'exact' });
    const row = await t.ctx.db.selectFrom('import_source_keys').select('record_id').where('source_bidx', '=', bidx).executeTakeFirstOrThrow();
    return row.record_id;
  };
  const accounted = (r: TImportReport, entries: number) => {
    assert.equal(r.total, entries);
    assert.equal(r.imported + r.updated + r.unchanged + r.skipped, r.total);
    for (const [type, c] of Object.entries(r.byType)) {
      assert.equal(c.imported + c.updated + c.unchanged + c.skipped, c.total, type);
      assert.equal(Object.values(c.reasons).reduce((a, b) => a + b, 0), c.skipped, type);
    }
  };

  it('the operator imports a bundle; a care-team clinician re-imports it over HTTP: updated and unchanged, references rewritten', async () => {
    const bundle = generatePatientBundle({ seed: 21, encounters: 2 });
    const first = await systemImport(bundle);
    accounted(first, bundle.entry.length);
    assert.equal(first.patientsCreated, 1);
    assert.equal(first.updated + first.unchanged, 0);
    const originalPatientId = (bundle.entry[0]!.resource as { id: string }).id;
    const patientId = await patientIdOf(originalPatientId);
    assert.notEqual(patientId, originalPatientId, 'ids are ours, not the source');
    await addToTeam(patientId);

    const changed = structuredClone(bundle);
    const obs = changed.entry.find((e) => (e.resource as { resourceType: string }).resourceType === 'Observation')!.resource as Record<string, unknown>;
    obs.status = 'amended';
    const session = await fresh(clinician);
    const res = await httpImport(session, changed);
    assert.equal(res.statusCode, 200, res.body);
    const { report } = JSON.parse(res.body) as { report: TImportReport };
    accounted(report, bundle.entry.length);
    assert.equal(report.updated, 1);
    assert.equal(report.imported, 0);
    assert.equal(report.unchanged, first.imported - 1);

    const search = await app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/Observation`, headers: session.headers });
    assert.equal(search.statusCode, 200, search.body);
    const observations = (JSON.parse(search.body) as { entry: Array<{ resource: Record<string, { reference?: string } | string> }> }).entry.map((e) => e.resource);
    assert.equal(observations.length, 6);
    assert.equal(observations.filter((o) => o.status === 'amended').length, 1);
    const encounters = (JSON.parse((await app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/Encounter`, headers: session.headers })).body) as { entry: Array<{ resource: { id: string } }> }).entry.map((e) => e.resource.id);
    for (const o of observations) {
      assert.equal((o.subject as { reference: string }).reference, `Patient/${patientId}`);
      const enc = (o.encounter as { reference: string }).reference;
      assert.ok(encounters.includes(enc.replace('Encounter/', '')), 'the encounter reference points at our Encounter record');
    }

    // Operator writes are audited as the system actor; the whole run as records.import.
    await t.ctx.flushAudit();
    const entries = (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), subjectId: patientId, limit: 500 })).entries;
    const system = entries.filter((e) => e.actorRole === 'system');
    assert.equal(system.length, first.imported);
    assert.ok(system.every((e) => e.actorId === 'cli:import' && e.purpose === 'operations' && e.action === 'record.create'));
    const byClinician = entries.filter((e) => e.actorId === clinician.id && e.action === 'record.update');
    assert.equal(byClinician.length, 1);
    const runs = (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), action: 'records.import', limit: 50 })).entries;
    assert.ok(runs.some((e) => e.actorId === clinician.id) && runs.some((e) => e.actorId === 'cli:import'));
  });

  it('refuses, per entry and audited, clinicians outside the care team, admins, and new patients over HTTP', async () => {
    const bundle = generatePatientBundle({ seed: 22, encounters: 1 });
    const first = await systemImport(bundle);
    const supported = first.imported;
    const patientId = await patientIdOf((bundle.entry[0]!.resource as { id: string }).id);

    for (const user of [outsider, admin]) {
      const res = await httpImport(await fresh(user), bundle);
      assert.equal(res.statusCode, 200, res.body);
      const { report } = JSON.parse(res.body) as { report: TImportReport };
      accounted(report, bundle.entry.length);
      assert.equal(report.unchanged + report.updated + report.imported, 0, user.role);
      const notPermitted = Object.values(report.byType).reduce((n, c) => n + (c.reasons.not_permitted ?? 0), 0);
      assert.equal(notPermitted, supported, user.role);
      await t.ctx.flushAudit();
      const denials = (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), actorId: user.id, subjectId: patientId, limit: 100 })).entries;
      assert.ok(denials.length > 0 && denials.every((e) => e.outcome === 'deny'), user.role);
    }

    // A patient Custos does not know: only the operator registers it.
    const newcomer = generatePatientBundle({ seed: 23, encounters: 1 });
    const res = await httpImport(await fresh(clinician), newcomer, '', 'application/json');
    assert.equal(res.statusCode, 200, res.body);
    const { report } = JSON.parse(res.body) as { report: TImportReport };
    accounted(report, newcomer.entry.length);
    assert.equal(report.byType.Patient?.reasons.new_patient_not_permitted, 1);
    assert.equal(report.byType.Observation?.reasons.patient_skipped, report.byType.Observation?.total);
    assert.equal(report.patientsCreated, 0);
  });

  it('rejects a malformed bundle with its JSON path, and an unauthenticated caller', async () => {
    const session = await fresh(clinician);
    const res = await httpImport(session, { resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { resourceType: 'observation', id: 'Zz9' } }] });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /entry\[0\]\.resource\.resourceType/);
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/import', headers: { 'content-type': 'application/json' }, payload: '{}' });
    assert.equal(anonymous.statusCode, 401);
  });

  describe('uploads', () => {
    let patient: TestUser;
    let other: TestUser;
    before(async () => {
      patient = await createUser(t.ctx, { role: 'patient' });
      other = await createUser(t.ctx, { role: 'patient' });
      await addToTeam(patient.patientId!);
    });
    const upload = async (session: TestSession, patientId: string, body: Buffer, contentType: string, name = 'lab%20result.pdf') =>
      app.inject({ method: 'POST', url: `/api/v1/patients/${patientId}/uploads`, headers: { ...session.writeHeaders, 'content-type': contentType, 'x-file-name': name }, payload: body });

    it('stores a PDF encrypted, lists it as a DocumentReference, and returns the same bytes as an attachment', async () => {
      const session = await fresh(patient);
      const res = await upload(session, patient.patientId!, PDF, 'application/pdf');
      assert.equal(res.statusCode, 201, res.body);
      const { upload: stored } = JSON.parse(res.body) as { upload: { id: string; documentId: string; size: number; contentType: string } };
      assert.equal(stored.size, PDF.length);
      assert.equal(stored.contentType, 'application/pdf');

      const row = await t.ctx.db.selectFrom('record_uploads').select(['content_ct', 'byte_size']).where('id', '=', stored.id).executeTakeFirstOrThrow();
      assert.equal(Buffer.from(row.content_ct).includes(Buffer.from('synthetic lab report')), false, 'ciphertext at rest');
      assert.equal(Buffer.from(row.content_ct).includes(Buffer.from('%PDF')), false);

      const got = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/uploads/${stored.id}`, headers: session.headers });
      assert.equal(got.statusCode, 200);
      assert.ok(got.rawPayload.equals(PDF), 'round trip');
      assert.equal(got.headers['content-type'], 'application/pdf');
      assert.match(String(got.headers['content-disposition']), /^attachment; filename="upload-[0-9a-f-]+\.pdf"$/);
      assert.equal(got.headers['x-content-type-options'], 'nosniff');

      const docs = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/DocumentReference`, headers: session.headers });
      const doc = (JSON.parse(docs.body) as { entry: Array<{ resource: { id: string; description: string; content: Array<{ attachment: { url: string } }> } }> }).entry.find((e) => e.resource.id === stored.documentId);
      assert.ok(doc);
      assert.equal(doc.resource.description, 'lab result.pdf');
      assert.equal(doc.resource.content[0]!.attachment.url, `/api/v1/patients/${patient.patientId}/uploads/${stored.id}`);

      // The care-team clinician may read it; another patient may not (audited denial), nor through their own path.
      const byClinician = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/uploads/${stored.id}`, headers: (await fresh(clinician)).headers });
      assert.equal(byClinician.statusCode, 200);
      const otherSession = await fresh(other);
      const denied = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/uploads/${stored.id}`, headers: otherSession.headers });
      assert.equal(denied.statusCode, 403);
      const viaOwn = await app.inject({ method: 'GET', url: `/api/v1/patients/${other.patientId}/uploads/${stored.id}`, headers: otherSession.headers });
      assert.equal(viaOwn.statusCode, 404);
      const byOutsider = await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/uploads/${stored.id}`, headers: (await fresh(outsider)).headers });
      assert.equal(byOutsider.statusCode, 403);
      await t.ctx.flushAudit();
      const reads = (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), subjectId: patient.patientId!, action: 'record.read', limit: 50 })).entries;
      assert.ok(reads.some((e) => e.actorId === other.id && e.outcome === 'deny'));
      assert.ok(reads.some((e) => e.actorId === clinician.id && e.outcome === 'allow' && e.resourceId === stored.documentId));
    });

    it('refuses too large (413), wrong or disguised types (415), and another patient (403)', async () => {
      const session = await fresh(patient);
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_UPLOAD + 1, 0x20)]);
      assert.equal((await upload(session, patient.patientId!, big, 'application/pdf')).statusCode, 413);
      assert.equal((await upload(session, patient.patientId!, Buffer.from('PK\u0003\u0004zip'), 'application/zip')).statusCode, 415);
      assert.equal((await upload(session, patient.patientId!, Buffer.from('<html><script>alert(1)</script></html>'), 'image/png')).statusCode, 415);
      assert.equal((await upload(session, patient.patientId!, Buffer.from('<!doctype html><p>hi</p>'), 'text/plain')).statusCode, 415);
      assert.equal((await upload(session, patient.patientId!, PDF, 'image/jpeg')).statusCode, 415);
      assert.equal((await upload(session, other.patientId!, PDF, 'application/pdf')).statusCode, 403);
      assert.equal((await upload(await fresh(admin), patient.patientId!, PDF, 'application/pdf')).statusCode, 403);
      const text = await upload(session, patient.patientId!, Buffer.from('Glucose 92 mg/dL\n'), 'text/plain; charset=utf-8', 'glucose.txt');
      assert.equal(text.statusCode, 201, text.body);
      const png = await upload(session, patient.patientId!, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), 'image/png', 'scan.png');
      assert.equal(png.statusCode, 201, png.body);
      const count = await t.ctx.db.selectFrom('record_uploads').select((eb) => eb.fn.countAll<string>().as('n')).where('patient_id', '=', other.patientId!).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    });

    it('keeps file names and contents out of the logs', () => {
      const all = logLines.join('\n');
      assert.doesNotMatch(all, /lab result|lab%20result|glucose\.txt|synthetic lab report/);
    });
  });

  it('the audit chain still verifies', async () => {
    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });
});
