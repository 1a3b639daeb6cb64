// The records door through the real app over a real migrated database: the authorization matrix
// (every actor the issue names against read, search, create and update), one audit entry per
// attempt, minimum necessary by purpose, FHIR input checks, no plaintext PHI in the tables or
// logs, and crypto-shredding. Runs on PGlite and on PostgreSQL (CUSTOS_TEST_DB=postgres).
import { faker } from '@faker-js/faker';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TApp } from '../../server/app';
import type { TAuditEntry } from '../audit/audit.types';
import { createAuthorize } from '../access/authorize';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { createUser, signIn, type TestSession, type TestUser, buildAccessTestApp, createCareTeamOverHttp } from '../../../test/fixtures/identity-fixtures';
import { createRecordsService, type RecordsService } from './records.service';
import { registerRecordsRoutes } from './records.routes';

const DAY = 24 * 3_600_000;
const REASON = 'Patient collapsed in the waiting room, care team unreachable';

type Headers = Record<string, string>;
interface Caller {
  name: string;
  read: Headers;
  write: Headers;
}

describe(`records door over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  const logLines: string[] = [];
  let t: TestContext;
  let app: TApp;
  let records: RecordsService;
  let admin: TestUser;
  let adminSession: TestSession;
  let clinician: TestUser;
  let teamId: string;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx, {
      lines: logLines,
      routes: async (a) => {
          await registerRecordsRoutes(a, t.ctx);
      },
    });
    const authorize = createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock: t.ctx.clock });
    records = createRecordsService({ db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, clock: t.ctx.clock, authorize });
    admin = await createUser(t.ctx, { role: 'admin' });
    adminSession = await signIn(t.ctx, admin);
    clinician = await createUser(t.ctx, { role: 'clinician' });
    teamId = await createCareTeamOverHttp(app, adminSession, 'Ward 7', { members: [clinician.id] });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  const json = <T = Record<string, unknown>>(res: { body: string }): T => JSON.parse(res.body) as T;
  const session = (s: TestSession, name: string): Caller => ({ name, read: s.headers, write: s.writeHeaders });
  const bearer = (token: string, name: string): Caller => ({ name, read: { authorization: `Bearer ${token}` }, write: { authorization: `Bearer ${token}` } });
  const observation = (extra: Record<string, unknown> = {}) => ({ resourceType: 'Observation', status: 'final', code: { text: 'Heart rate' }, valueQuantity: { value: 72, unit: '/min' }, ...extra });
  const base = (patientId: string, type = 'Observation') => `/api/v1/patients/${patientId}/${type}`;

  async function patientOnTeam(): Promise<TestUser> {
    const patient = await createUser(t.ctx, { role: 'patient' });
    // A fresh session: another test may have moved the clock past the idle timeout.
    const res = await app.inject({ method: 'POST', url: `/api/v1/care-teams/${teamId}/patients`, headers: (await signIn(t.ctx, admin)).writeHeaders, payload: { patientId: patient.patientId } });
    assert.equal(res.statusCode, 200, res.body);
    return patient;
  }

  async function create(caller: Caller, patientId: string, payload: unknown = observation(), query = '', requestId = randomUUID()) {
    return app.inject({ method: 'POST', url: `${base(patientId)}${query}`, headers: { ...caller.write, 'x-request-id': requestId }, payload: payload as Record<string, unknown> });
  }

  async function issueToken(s: TestSession, patientId: string, days: number): Promise<string> {
    const scope = { resourceTypes: ['Observation'], subject: { kind: 'patient', patientId }, access: 'read', purpose: 'patient_request' };
    const res = await app.inject({ method: 'POST', url: '/api/v1/access-tokens', headers: s.writeHeaders, payload: { name: 'Phone app', scope, expiresInDays: days } });
    assert.equal(res.statusCode, 201, res.body);
    return json<{ token: string }>(res).token;
  }

  /** Every audit entry of the organization, oldest first. */
  async function allEntries(): Promise<TAuditEntry[]> {
    await t.ctx.flushAudit();
    const out: TAuditEntry[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), limit: 500, ...(beforeSeq ? { beforeSeq } : {}) });
      out.push(...page.entries);
      if (page.nextBeforeSeq === null) return out.reverse();
      beforeSeq = page.nextBeforeSeq;
    }
  }

  /** The four door operations on one patient's record, each with its own request id. */
  async function attempts(caller: Caller, patientId: string, recordId: string) {
    const ids = { search: randomUUID(), read: randomUUID(), create: randomUUID(), update: randomUUID() };
    const search = await app.inject({ method: 'GET', url: base(patientId), headers: { ...caller.read, 'x-request-id': ids.search } });
    const read = await app.inject({ method: 'GET', url: `${base(patientId)}/${recordId}`, headers: { ...caller.read, 'x-request-id': ids.read } });
    const created = await create(caller, patientId, observation(), '', ids.create);
    const update = await app.inject({ method: 'PUT', url: `${base(patientId)}/${recordId}`, headers: { ...caller.write, 'x-request-id': ids.update }, payload: observation({ valueQuantity: { value: 80, unit: '/min' } }) });
    return [
      { op: 'search', requestId: ids.search, res: search },
      { op: 'read', requestId: ids.read, res: read },
      { op: 'create', requestId: ids.create, res: created },
      { op: 'update', requestId: ids.update, res: update },
    ];
  }

  it('authorization matrix: each actor gets the expected answer, and every attempt is audited once', async () => {
    const patient = await patientOnTeam();
    const otherPatient = await createUser(t.ctx, { role: 'patient' });
    const otherClinician = await createUser(t.ctx, { role: 'clinician' });
    const officer = await createUser(t.ctx, { role: 'compliance_officer' });
    const patientSession = await signIn(t.ctx, patient);
    const otherPatientSession = await signIn(t.ctx, otherPatient);
    const otherClinicianSession = await signIn(t.ctx, otherClinician);
    const clinicianCaller = session(await signIn(t.ctx, clinician), 'care-team clinician');
    const seeded = await create(clinicianCaller, patient.patientId!);
    assert.equal(seeded.statusCode, 201, seeded.body);
    const recordId = json<{ id: string }>(seeded).id;
    const tokenForPatient = await issueToken(patientSession, patient.patientId!, 30);
    const tokenForOther = await issueToken(otherPatientSession, otherPatient.patientId!, 30);

    const ALLOW_ALL = [200, 200, 201, 200];
    const DENY_ALL = [403, 403, 403, 403];
    const rows: Array<{ caller: Caller; expected: number[]; before?: () => Promise<void> }> = [
      { caller: session(patientSession, 'the patient themself'), expected: [200, 200, 201, 403] },
      { caller: session(otherPatientSession, 'another patient'), expected: DENY_ALL },
      { caller: clinicianCaller, expected: ALLOW_ALL },
      { caller: session(otherClinicianSession, 'another clinician'), expected: DENY_ALL },
      {
        caller: session(otherClinicianSession, 'the same clinician after break-glass'),
        expected: ALLOW_ALL,
        before: async () => {
          const res = await app.inject({ method: 'POST', url: `/api/v1/patients/${patient.patientId}/break-glass`, headers: otherClinicianSession.writeHeaders, payload: { reason: REASON } });
          assert.equal(res.statusCode, 201, res.body);
        },
      },
      { caller: session(await signIn(t.ctx, officer), 'compliance officer'), expected: DENY_ALL },
      { caller: session(await signIn(t.ctx, admin), 'admin'), expected: DENY_ALL },
      { caller: bearer(tokenForPatient, 'a read token scoped to the patient'), expected: [200, 200, 403, 403] },
      { caller: bearer(tokenForOther, 'a token scoped to another patient'), expected: DENY_ALL },
    ];

    const done: Array<{ who: string; op: string; requestId: string; status: number }> = [];
    for (const row of rows) {
      await row.before?.();
      const results = await attempts(row.caller, patient.patientId!, recordId);
      results.forEach((r, i) => {
        assert.equal(r.res.statusCode, row.expected[i], `${row.caller.name} ${r.op}: ${r.res.body}`);
        if (r.res.statusCode === 403) assert.equal(json(r.res).code, 'forbidden');
        done.push({ who: row.caller.name, op: r.op, requestId: r.requestId, status: r.res.statusCode });
      });
    }

    const entries = await allEntries();
    for (const attempt of done) {
      const mine = entries.filter((e) => e.requestId === attempt.requestId && e.action.startsWith('record.'));
      assert.equal(mine.length, 1, `${attempt.who} ${attempt.op}: one record entry, got ${mine.map((e) => `${e.action}/${e.outcome}`).join(' ')}`);
      const entry = mine[0]!;
      assert.equal(entry.outcome, attempt.status < 300 ? 'allow' : 'deny', `${attempt.who} ${attempt.op}`);
      assert.equal(entry.subjectId, patient.patientId, 'filed under the patient (accounting of access)');
      // Denials carry the policy action (a search is a record.read); allowed searches say record.search.
      const action = attempt.op === 'search' ? (entry.outcome === 'allow' ? 'record.search' : 'record.read') : `record.${attempt.op}`;
      assert.equal(entry.action, action, `${attempt.who} ${attempt.op}`);
    }
    const tokenAttempts = done.filter((d) => d.who.includes('token'));
    for (const attempt of tokenAttempts) {
      assert.ok(entries.some((e) => e.requestId === attempt.requestId && e.action === 'access_token.used'), `${attempt.who} ${attempt.op}: token use audited`);
    }

    // The break-glass read carries the flag and the grant in its details.
    const breakGlassRead = done.find((d) => d.who.includes('break-glass') && d.op === 'read')!;
    const readEntry = entries.find((e) => e.requestId === breakGlassRead.requestId && e.action === 'record.read')!;
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: readEntry.id });
    assert.deepEqual(details?.flags, ['break_glass']);
    assert.ok(details?.grantId);
  });

  it('an expired token gets 401 on every endpoint, and each refused use is audited', async () => {
    const patient = await patientOnTeam();
    const patientSession = await signIn(t.ctx, patient);
    const seeded = await create(session(patientSession, 'patient'), patient.patientId!);
    assert.equal(seeded.statusCode, 201, seeded.body);
    const token = await issueToken(patientSession, patient.patientId!, 1);
    clock.advance(2 * DAY);
    const results = await attempts(bearer(token, 'expired token'), patient.patientId!, json<{ id: string }>(seeded).id);
    const entries = await allEntries();
    for (const r of results) {
      assert.equal(r.res.statusCode, 401, `${r.op}: ${r.res.body}`);
      const uses = entries.filter((e) => e.requestId === r.requestId && e.action === 'access_token.used');
      assert.equal(uses.length, 1, r.op);
      assert.equal(uses[0]!.outcome, 'deny');
      assert.equal(entries.filter((e) => e.requestId === r.requestId && e.action.startsWith('record.')).length, 0, 'never reached the door');
    }
  });

  it('search returns only the requested type, and its audit entry lists exactly the ids returned', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await create(caller, patient.patientId!);
      assert.equal(res.statusCode, 201, res.body);
      ids.push(json<{ id: string }>(res).id);
    }
    const condition = await app.inject({ method: 'POST', url: base(patient.patientId!, 'Condition'), headers: caller.write, payload: { resourceType: 'Condition', code: { text: 'Asthma' } } });
    assert.equal(condition.statusCode, 201, condition.body);
    const requestId = randomUUID();
    const res = await app.inject({ method: 'GET', url: base(patient.patientId!), headers: { ...caller.read, 'x-request-id': requestId } });
    assert.equal(res.statusCode, 200, res.body);
    const bundle = json<{ total: number; entry: Array<{ resource: { id: string; resourceType: string; subject: { reference: string } } }> }>(res);
    assert.equal(bundle.total, 3);
    assert.deepEqual(bundle.entry.map((e) => e.resource.id).sort(), [...ids].sort());
    assert.ok(bundle.entry.every((e) => e.resource.resourceType === 'Observation' && e.resource.subject.reference === `Patient/${patient.patientId}`));
    const entry = (await allEntries()).find((e) => e.requestId === requestId)!;
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: entry.id });
    assert.deepEqual((details?.recordIds as string[]).sort(), [...ids].sort());
    assert.equal(details?.count, 3);
  });

  it('pages a search past one page with a cursor: every record once, in order, the total over all pages', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const ids = new Set<string>();
    for (let i = 0; i < 45; i++) {
      const res = await create(caller, patient.patientId!);
      assert.equal(res.statusCode, 201, res.body);
      ids.add(json<{ id: string }>(res).id);
    }
    type Page = { total: number; link: Array<{ relation: string; url: string }>; entry: Array<{ resource: { id: string } }> };
    const seen: string[] = [];
    const sizes: number[] = [];
    let url: string | undefined = `${base(patient.patientId!)}?_count=20`;
    while (url) {
      const current: string = url;
      const res = await app.inject({ method: 'GET', url: current, headers: caller.read });
      assert.equal(res.statusCode, 200, res.body);
      const page = json<Page>(res);
      assert.equal(page.total, 45);
      sizes.push(page.entry.length);
      seen.push(...page.entry.map((e) => e.resource.id));
      url = page.link.find((l) => l.relation === 'next')?.url;
    }
    assert.deepEqual(sizes, [20, 20, 5]);
    assert.equal(new Set(seen).size, 45, 'no record twice');
    assert.deepEqual(new Set(seen), ids);
    const forged = await app.inject({ method: 'GET', url: `${base(patient.patientId!)}?_cursor=${Buffer.from('{"u":1}').toString('base64url')}`, headers: caller.read });
    assert.equal(forged.statusCode, 400);
  });

  it('minimum necessary: payment purpose reaches Coverage but not clinical records, and cannot write', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const obs = await create(caller, patient.patientId!);
    assert.equal(obs.statusCode, 201);
    const coverage = { resourceType: 'Coverage', status: 'active', subscriberId: 'SYN-0001', payor: [{ display: 'Synthetic Health Plan' }] };
    const paymentWrite = await app.inject({ method: 'POST', url: `${base(patient.patientId!, 'Coverage')}?purpose=payment`, headers: caller.write, payload: coverage });
    assert.equal(paymentWrite.statusCode, 403);
    assert.match(json<{ message: string }>(paymentWrite).message, /only for treatment/);
    const created = await app.inject({ method: 'POST', url: base(patient.patientId!, 'Coverage'), headers: caller.write, payload: coverage });
    assert.equal(created.statusCode, 201, created.body);
    const clinical = await app.inject({ method: 'GET', url: `${base(patient.patientId!)}?purpose=payment`, headers: caller.read });
    assert.equal(clinical.statusCode, 403);
    assert.match(json<{ message: string }>(clinical).message, /minimum necessary/);
    const billing = await app.inject({ method: 'GET', url: `${base(patient.patientId!, 'Coverage')}?purpose=payment`, headers: caller.read });
    assert.equal(billing.statusCode, 200, billing.body);
    assert.equal(json<{ total: number }>(billing).total, 1);
    // A Coverage id read through the Observation path is not found: the type is part of the scope.
    const coverageId = json<{ id: string }>(created).id;
    const wrongType = await app.inject({ method: 'GET', url: `${base(patient.patientId!)}/${coverageId}`, headers: caller.read });
    assert.equal(wrongType.statusCode, 404);
  });

  it('minimum necessary inside a resource: operations sees a Patient without name, contact or street; treatment sees it whole', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const family = faker.person.lastName();
    const phone = faker.phone.number();
    const street = faker.location.streetAddress();
    const body = { resourceType: 'Patient', name: [{ family }], telecom: [{ system: 'phone', value: phone }], gender: 'male', birthDate: '1970-03-02', address: [{ line: [street], state: 'MA', postalCode: '02134' }] };
    assert.equal((await app.inject({ method: 'POST', url: base(patient.patientId!, 'Patient'), headers: caller.write, payload: body })).statusCode, 201);
    const operations = await app.inject({ method: 'GET', url: `${base(patient.patientId!, 'Patient')}/${patient.patientId!}?purpose=operations`, headers: caller.read });
    assert.equal(operations.statusCode, 200, operations.body);
    for (const secret of [family, phone, street]) assert.ok(!operations.body.includes(secret), 'operations saw a field it does not need');
    assert.deepEqual(json<{ address: unknown }>(operations).address, [{ state: 'MA', postalCode: '021' }]);
    const treatment = await app.inject({ method: 'GET', url: `${base(patient.patientId!, 'Patient')}/${patient.patientId!}`, headers: caller.read });
    for (const secret of [family, phone, street]) assert.ok(treatment.body.includes(secret), 'treatment sees the whole resource');
  });

  it('accepts application/fhir+json bodies as FHIR clients send them', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const res = await app.inject({ method: 'POST', url: base(patient.patientId!), headers: { ...caller.write, 'content-type': 'application/fhir+json' }, payload: JSON.stringify(observation()) });
    assert.equal(res.statusCode, 201, res.body);
    const poisoned = await app.inject({ method: 'POST', url: base(patient.patientId!), headers: { ...caller.write, 'content-type': 'application/fhir+json' }, payload: '{"resourceType":"Observation","__proto__":{"admin":true}}' });
    assert.equal(poisoned.statusCode, 400, poisoned.body);
  });

  it('checks FHIR input: type and patient reference must match the URL; stale versions conflict', async () => {
    const patient = await patientOnTeam();
    const other = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const wrongPatient = await create(caller, patient.patientId!, observation({ subject: { reference: `Patient/${other.patientId}` } }));
    assert.equal(wrongPatient.statusCode, 400, wrongPatient.body);
    assert.ok(!wrongPatient.body.includes(other.patientId!), 'the error does not echo the reference');
    const wrongType = await create(caller, patient.patientId!, { resourceType: 'Condition' });
    assert.equal(wrongType.statusCode, 400);
    const notFhir = await create(caller, patient.patientId!, { resourceType: 'Spaceship' });
    assert.equal(notFhir.statusCode, 400);
    const created = await create(caller, patient.patientId!, observation({ id: 'client-chosen', note: [{ text: 'extra FHIR fields are kept' }] }));
    assert.equal(created.statusCode, 201, created.body);
    const body = json<{ id: string; meta: { versionId: string }; note: Array<{ text: string }> }>(created);
    assert.notEqual(body.id, 'client-chosen', 'the server assigns ids');
    assert.equal(body.meta.versionId, '1');
    assert.equal(body.note[0]!.text, 'extra FHIR fields are kept');
    const url = `${base(patient.patientId!)}/${body.id}`;
    const v2 = await app.inject({ method: 'PUT', url, headers: caller.write, payload: observation({ meta: { versionId: '1' } }) });
    assert.equal(v2.statusCode, 200, v2.body);
    assert.equal(json<{ meta: { versionId: string } }>(v2).meta.versionId, '2');
    const stale = await app.inject({ method: 'PUT', url, headers: caller.write, payload: observation({ meta: { versionId: '1' } }) });
    assert.equal(stale.statusCode, 409);
    const otherId = await app.inject({ method: 'PUT', url, headers: caller.write, payload: observation({ id: randomUUID() }) });
    assert.equal(otherId.statusCode, 400);
    const readBack = await app.inject({ method: 'GET', url, headers: caller.read });
    assert.equal(json<{ meta: { versionId: string } }>(readBack).meta.versionId, '2', 'failed writes changed nothing');
    const missing = await app.inject({ method: 'GET', url: `${base(patient.patientId!)}/${randomUUID()}`, headers: caller.read });
    assert.equal(missing.statusCode, 404);
  });

  it('canary: names, SSN, address and note text are never stored or logged in plaintext; lookups use the blind index', async () => {
    const patient = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const canary = { family: 'Quixtanovaberg', given: 'Zebulonia', ssn: '987-65-4329', street: '4417 Wrenfeather Crescent', note: 'Canary note: tremor worse after marmalade' };
    const resource = {
      resourceType: 'Patient',
      name: [{ family: canary.family, given: [canary.given] }],
      identifier: [
        { system: 'http://hl7.org/fhir/sid/us-ssn', value: canary.ssn },
        { type: { coding: [{ code: 'MR' }] }, value: 'MRN-CANARY-77' },
      ],
      address: [{ line: [canary.street], city: 'Springfield' }],
      telecom: [{ system: 'email', value: 'zebulonia.canary@example.test' }],
    };
    const res = await app.inject({ method: 'POST', url: base(patient.patientId!, 'Patient'), headers: caller.write, payload: resource });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(json<{ id: string }>(res).id, patient.patientId, 'the Patient resource is the patient');
    const note = await create(caller, patient.patientId!, observation({ note: [{ text: canary.note }] }));
    assert.equal(note.statusCode, 201);
    const again = await app.inject({ method: 'POST', url: base(patient.patientId!, 'Patient'), headers: caller.write, payload: resource });
    assert.equal(again.statusCode, 409, 'one Patient resource per patient');

    // Read back through the door: the canary is really there (so the checks below can fail).
    const read = await app.inject({ method: 'GET', url: `${base(patient.patientId!, 'Patient')}/${patient.patientId}`, headers: caller.read });
    assert.ok(read.body.includes(canary.family));

    const needles = [canary.family, canary.given, canary.ssn, canary.ssn.replace(/-/g, ''), canary.street, 'Wrenfeather', 'marmalade', 'MRN-CANARY-77', 'zebulonia.canary'];
    const ciphertexts = await t.ctx.db.selectFrom('records').select('resource_ct').where('patient_id', '=', patient.patientId!).execute();
    assert.equal(ciphertexts.length, 2);
    for (const { resource_ct } of ciphertexts) {
      const bytes = Buffer.from(resource_ct);
      for (const needle of needles) {
        assert.ok(!bytes.toString('latin1').includes(needle) && !bytes.toString('utf8').includes(needle), `${needle} in resource_ct`);
      }
    }
    const asText = await sql<{ row: string }>`select r::text as row from records r union all select i::text as row from record_identifiers i`.execute(t.ctx.db);
    assert.ok(asText.rows.length >= 5);
    const everything = asText.rows.map((r) => r.row).join('\n') + logLines.join('\n');
    for (const needle of needles) assert.ok(!everything.toLowerCase().includes(needle.toLowerCase()), `${needle} in the tables or logs`);

    const requestContext = { requestId: randomUUID(), clientAddress: '127.0.0.1' };
    const auth = { kind: 'session' as const, sessionId: randomUUID(), stage: 'full' as const, userId: clinician.id, organizationId: org(), role: 'clinician' as const, patientId: null };
    assert.deepEqual(await records.findPatientsByIdentifier({ auth, kind: 'ssn', value: '987 65 4329', requestContext }), [patient.patientId]);
    assert.deepEqual(await records.findPatientsByIdentifier({ auth, kind: 'email', value: ' Zebulonia.Canary@example.test', requestContext }), [patient.patientId]);
    assert.deepEqual(await records.findPatientsByIdentifier({ auth, kind: 'mrn', value: canary.ssn, requestContext }), [], 'kinds do not share an index');
    const outsider = await createUser(t.ctx, { role: 'clinician' });
    const outsiderLookup = { kind: 'ssn' as const, value: canary.ssn, requestContext: { requestId: randomUUID(), clientAddress: '127.0.0.1' } };
    assert.deepEqual(await records.findPatientsByIdentifier({ ...outsiderLookup, auth: { ...auth, userId: outsider.id } }), [], 'only patients the caller may read');
    const outsiderEntries = (await allEntries()).filter((e) => e.requestId === outsiderLookup.requestContext.requestId);
    assert.deepEqual(outsiderEntries.map((e) => `${e.action}/${e.outcome}`).sort(), ['record.lookup/allow', 'record.read/deny']);
  });

  it('crypto-shredding: a deleted patient no longer reads (clear error, audited) while another patient still does; the audit chain verifies', async () => {
    const erased = await patientOnTeam();
    const kept = await patientOnTeam();
    const caller = session(await signIn(t.ctx, clinician), 'clinician');
    const erasedRecord = json<{ id: string }>(await create(caller, erased.patientId!)).id;
    const keptRecord = json<{ id: string }>(await create(caller, kept.patientId!)).id;
    await t.ctx.crypto.destroySubjectKey(t.ctx.db, { organizationId: org(), subjectId: erased.patientId!, reason: 'patient deletion request' });

    const requestId = randomUUID();
    const gone = await app.inject({ method: 'GET', url: `${base(erased.patientId!)}/${erasedRecord}`, headers: { ...caller.read, 'x-request-id': requestId } });
    assert.equal(gone.statusCode, 404, gone.body);
    assert.match(json<{ message: string }>(gone).message, /deleted and can no longer be read/);
    assert.ok(!gone.body.includes(erased.patientId!));
    const search = await app.inject({ method: 'GET', url: base(erased.patientId!), headers: caller.read });
    assert.equal(search.statusCode, 404);
    const write = await create(caller, erased.patientId!);
    assert.equal(write.statusCode, 404, 'nothing new is written under a destroyed key');
    const entry = (await allEntries()).filter((e) => e.requestId === requestId);
    assert.deepEqual(entry.map((e) => `${e.action}/${e.outcome}`), ['record.read/error']);

    const still = await app.inject({ method: 'GET', url: `${base(kept.patientId!)}/${keptRecord}`, headers: caller.read });
    assert.equal(still.statusCode, 200, still.body);

    // A caller outside the care team is still refused (403, not a server error) and the refusal
    // is still audited, though the patient's key, which seals audit details about them, is gone.
    const outsider = session(await signIn(t.ctx, await createUser(t.ctx, { role: 'clinician' })), 'another clinician');
    const deniedId = randomUUID();
    const denied = await app.inject({ method: 'GET', url: `${base(erased.patientId!)}/${erasedRecord}`, headers: { ...outsider.read, 'x-request-id': deniedId } });
    assert.equal(denied.statusCode, 403, denied.body);
    const deniedEntries = (await allEntries()).filter((e) => e.requestId === deniedId);
    assert.deepEqual(deniedEntries.map((e) => `${e.action}/${e.outcome}`), ['record.read/deny']);

    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
