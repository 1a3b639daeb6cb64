// The patient's rights through the real app over a real migrated database (PGlite, or PostgreSQL
// with CUSTOS_TEST_DB=postgres): export (right of access) with a re-import round trip, who saw my
// data, the accounting of disclosures, amendments, and deletion with retention and legal holds.
// Each right is tried by the people who must be refused too, and every attempt is audited.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type { TApp } from '../../../server/app';
import { createAuthorize } from '../../access/authorize';
import type { TAuditEntry } from '../../audit/audit.types';
import { DISCLOSURE_AUDIT_ACTION, type TDisclosureAuditDetails } from '../../consent/consent.contract';
import { createTestClock, createTestContext, type TestContext } from '../../../../test/helpers/context';
import { testEngine } from '../../../../test/helpers/db';
import { createUser, signIn, type TestSession, type TestUser, buildAccessTestApp, createCareTeamOverHttp } from '../../../../test/fixtures/identity-fixtures';
import { registerRecordsRoutes } from '../records.routes';
import { createRecordsService, type RecordsService } from '../records.service';
import { registerPatientRightsRoutes } from './rights.routes';

type Json = Record<string, unknown>;
const YEAR = 365.25 * 24 * 3_600_000;

describe(`patient rights over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  const logLines: string[] = [];
  let t: TestContext;
  let app: TApp;
  let records: RecordsService;
  let admin: TestUser;
  let clinician: TestUser;
  let teamId: string;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx, {
      lines: logLines,
      routes: async (a) => {
          await registerRecordsRoutes(a, t.ctx);
          await registerPatientRightsRoutes(a, t.ctx);
      },
    });
    records = createRecordsService({ db: t.ctx.db, crypto: t.ctx.crypto, audit: t.ctx.audit, clock: t.ctx.clock, authorize: createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock: t.ctx.clock }) });
    admin = await createUser(t.ctx, { role: 'admin' });
    clinician = await createUser(t.ctx, { role: 'clinician' });
    teamId = await createCareTeamOverHttp(app, await signIn(t.ctx, admin), 'Rights ward', { members: [clinician.id] });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  function body<T = Json>(res: { body: string }): T {
    return JSON.parse(res.body) as T;
  }
  const get = (url: string, s: TestSession, requestId = randomUUID()) => app.inject({ method: 'GET', url, headers: { ...s.headers, 'x-request-id': requestId } });
  const post = (url: string, s: TestSession, payload: Json, requestId = randomUUID()) => app.inject({ method: 'POST', url, headers: { ...s.writeHeaders, 'x-request-id': requestId }, payload });

  async function patientOnTeam(): Promise<TestUser> {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const res = await post(`/api/v1/care-teams/${teamId}/patients`, await signIn(t.ctx, admin), { patientId: patient.patientId });
    assert.equal(res.statusCode, 200, res.body);
    return patient;
  }

  /** Adds a record as the care-team clinician (treatment), through the door. */
  async function addRecord(patientId: string, resource: Json): Promise<Json> {
    const res = await post(`/api/v1/patients/${patientId}/${String(resource.resourceType)}`, await signIn(t.ctx, clinician), resource);
    assert.equal(res.statusCode, 201, res.body);
    return body(res);
  }

  async function entriesWhere(match: (e: TAuditEntry) => boolean): Promise<TAuditEntry[]> {
    await t.ctx.flushAudit();
    const out: TAuditEntry[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), limit: 500, ...(beforeSeq ? { beforeSeq } : {}) });
      out.push(...page.entries.filter(match));
      if (page.nextBeforeSeq === null) return out.reverse();
      beforeSeq = page.nextBeforeSeq;
    }
  }
  const byRequest = (requestId: string) => entriesWhere((e) => e.requestId === requestId);

  const chart = (patientId: string, ssn: string) => [
    { resourceType: 'Patient', name: [{ family: faker.person.lastName(), given: [faker.person.firstName()] }], birthDate: '1971-05-06', identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn }] },
    { resourceType: 'Observation', status: 'final', category: [{ coding: [{ code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] }, valueQuantity: { value: 104, unit: 'mg/dL' }, subject: { reference: `Patient/${patientId}` } },
    { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] }, clinicalStatus: { coding: [{ code: 'active' }] } },
    { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Metformin 500 mg' } },
    { resourceType: 'Observation', status: 'final', meta: { tag: [{ system: 'https://custos.dev/fhir/record-category', code: 'healthcare_adjacent' }] }, code: { text: 'Steps' }, valueQuantity: { value: 8042, unit: 'steps' } },
  ];

  /** The clinical content of a resource: without the ids, meta and patient references the server assigns. */
  function content(resource: Json): Json {
    const { id: _id, meta, subject: _s, patient: _p, ...rest } = resource as Json & { meta?: { tag?: unknown } };
    return { ...rest, tags: meta?.tag ?? null };
  }

  it('download all my data: one collection bundle of every record (paged past 100), audited with the ids; nobody else may export', async () => {
    const patient = await patientOnTeam();
    const pid = patient.patientId!;
    for (const r of chart(pid, '123-45-6789')) await addRecord(pid, r);
    // More than one internal page (200) and more than the search limit (100).
    const cs = await signIn(t.ctx, clinician);
    for (let i = 0; i < 205; i++) {
      const res = await post(`/api/v1/patients/${pid}/Observation`, cs, { resourceType: 'Observation', status: 'final', code: { text: 'Heart rate' }, valueQuantity: { value: 60 + (i % 40), unit: '/min' } });
      assert.equal(res.statusCode, 201);
    }
    const requestId = randomUUID();
    const res = await get(`/api/v1/patients/${pid}/export`, await signIn(t.ctx, patient), requestId);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="custos-health-record.json"/);
    const bundle = body<{ resourceType: string; type: string; total: number; entry: Array<{ fullUrl: string; resource: Json }> }>(res);
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'collection');
    assert.equal(bundle.total, 210);
    assert.equal(bundle.entry.length, 210);
    assert.equal(bundle.entry[0]!.resource.resourceType, 'Patient');
    assert.equal(new Set(bundle.entry.map((e) => e.resource.id)).size, 210);
    assert.ok(bundle.entry.every((e) => e.fullUrl === `urn:uuid:${String(e.resource.id)}`));

    const [entry, ...more] = await byRequest(requestId);
    assert.equal(more.length, 0, 'one audit entry for the export');
    assert.equal(entry!.action, 'record.export');
    assert.equal(entry!.outcome, 'allow');
    assert.equal(entry!.subjectId, pid);
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: entry!.id });
    assert.deepEqual([...(details!.recordIds as string[])].sort(), bundle.entry.map((e) => String(e.resource.id)).sort());

    // A scoped token reaches only its own types; one without the Patient type, nothing.
    const issue = async (resourceTypes: string[]) => {
      const r = await post('/api/v1/access-tokens', await signIn(t.ctx, patient), { name: 'Export app', scope: { resourceTypes, subject: { kind: 'patient', patientId: pid }, access: 'read', purpose: 'patient_request' }, expiresInDays: 1 });
      assert.equal(r.statusCode, 201, r.body);
      return { authorization: `Bearer ${body<{ token: string }>(r).token}` };
    };
    const viaToken = await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/export`, headers: await issue(['Patient', 'Condition']) });
    assert.equal(viaToken.statusCode, 200, viaToken.body);
    assert.deepEqual([...new Set(body<{ entry: Array<{ resource: Json }> }>(viaToken).entry.map((e) => e.resource.resourceType))].sort(), ['Condition', 'Patient']);
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/export`, headers: await issue(['Observation']) })).statusCode, 403);

    // Another patient, the care-team clinician (purpose patient_request is not theirs), a compliance officer, an admin.
    const refused = [await createUser(t.ctx, { role: 'patient' }), clinician, await createUser(t.ctx, { role: 'compliance_officer' }), admin];
    for (const who of refused) {
      const id = randomUUID();
      const denied = await get(`/api/v1/patients/${pid}/export`, await signIn(t.ctx, who), id);
      assert.equal(denied.statusCode, 403, `${who.role}: ${denied.body}`);
      assert.deepEqual((await byRequest(id)).map((e) => `${e.action}/${e.outcome}`), ['record.read/deny'], who.role);
    }
  });

  it('export then re-import (the door, one create per entry) round-trips the clinical content', async () => {
    const source = await patientOnTeam();
    const target = await patientOnTeam();
    for (const r of chart(source.patientId!, '234-56-7890')) await addRecord(source.patientId!, r);
    const exported = body<{ entry: Array<{ resource: Json }> }>(await get(`/api/v1/patients/${source.patientId}/export`, await signIn(t.ctx, source)));
    const cs = await signIn(t.ctx, clinician);
    for (const { resource } of exported.entry) {
      // As an importer does: the bundle's patient becomes the target patient.
      const mapped = JSON.parse(JSON.stringify(resource).replaceAll(`Patient/${source.patientId}`, `Patient/${target.patientId}`)) as Json;
      const res = await post(`/api/v1/patients/${target.patientId}/${String(resource.resourceType)}`, cs, mapped);
      assert.equal(res.statusCode, 201, res.body);
    }
    const reimported = body<{ entry: Array<{ resource: Json }> }>(await get(`/api/v1/patients/${target.patientId}/export`, await signIn(t.ctx, target)));
    const norm = (b: { entry: Array<{ resource: Json }> }) => b.entry.map((e) => JSON.stringify(content(e.resource))).sort();
    assert.equal(reimported.entry.length, exported.entry.length);
    assert.deepEqual(norm(reimported), norm(exported));
    // And the references now point at the new patient.
    const obs = reimported.entry.find((e) => e.resource.resourceType === 'Observation' && (e.resource.subject as { reference?: string } | undefined))!;
    assert.equal((obs.resource.subject as { reference: string }).reference, `Patient/${target.patientId}`);
  });

  it('who saw my data: staff by name and role, other patients without a name, newest first, paged; the patient and compliance officers only; reading is audited', async () => {
    const patient = await patientOnTeam();
    const pid = patient.patientId!;
    const rec = await addRecord(pid, chart(pid, '345-67-8901')[1]!);
    await get(`/api/v1/patients/${pid}/Observation/${String(rec.id)}`, await signIn(t.ctx, clinician));
    const nosy = await createUser(t.ctx, { role: 'patient' });
    assert.equal((await get(`/api/v1/patients/${pid}/Observation`, await signIn(t.ctx, nosy))).statusCode, 403);
    const outsider = await createUser(t.ctx, { role: 'clinician' });
    assert.equal((await get(`/api/v1/patients/${pid}/Observation`, await signIn(t.ctx, outsider))).statusCode, 403);
    await t.ctx.flushAudit();

    const requestId = randomUUID();
    const res = await get(`/api/v1/patients/${pid}/access-log`, await signIn(t.ctx, patient), requestId);
    assert.equal(res.statusCode, 200, res.body);
    const log = body<{ entries: Array<Json & { action: string; actorName: string | null; actorRole: string; outcome: string; at: string }>; nextBefore: number | null }>(res);
    const [newest, ...older] = log.entries;
    assert.equal(newest!.actorRole, 'clinician');
    assert.equal(newest!.actorName, outsider.name);
    assert.equal(newest!.outcome, 'deny');
    const nosyLine = log.entries.find((e) => e.actorRole === 'patient' && e.outcome === 'deny')!;
    assert.equal(nosyLine.actorName, null, "another patient's name is their PHI");
    assert.equal(nosyLine.self, false);
    const readLine = log.entries.find((e) => e.action === 'record.read' && e.outcome === 'allow')!;
    assert.equal(readLine.actorName, clinician.name);
    assert.equal(readLine.purpose, 'treatment');
    assert.ok(log.entries.some((e) => e.action === 'record.create' && e.actorName === clinician.name));
    assert.ok(older.every((e, i) => Date.parse(e.at) <= Date.parse((i === 0 ? newest : older[i - 1])!.at)));
    assert.ok(!res.body.includes(nosy.name));
    assert.deepEqual((await byRequest(requestId)).map((e) => `${e.action}/${e.outcome}/${e.subjectId}`), [`patient.read_access_log/allow/${pid}`]);

    // Paging: two entries at a time, no overlap, same order.
    const p1 = body<{ entries: Array<{ id: string }>; nextBefore: number }>(await get(`/api/v1/patients/${pid}/access-log?limit=2`, await signIn(t.ctx, patient)));
    assert.equal(p1.entries.length, 2);
    const p2 = body<{ entries: Array<{ id: string }> }>(await get(`/api/v1/patients/${pid}/access-log?limit=2&before=${p1.nextBefore}`, await signIn(t.ctx, patient)));
    assert.ok(p2.entries.length > 0 && p2.entries.every((e) => !p1.entries.some((f) => f.id === e.id)));

    const officer = await createUser(t.ctx, { role: 'compliance_officer' });
    assert.equal((await get(`/api/v1/patients/${pid}/access-log`, await signIn(t.ctx, officer))).statusCode, 200);
    for (const who of [nosy, clinician, admin]) {
      const id = randomUUID();
      assert.equal((await get(`/api/v1/patients/${pid}/access-log`, await signIn(t.ctx, who), id)).statusCode, 403, who.role);
      assert.deepEqual((await byRequest(id)).map((e) => `${e.action}/${e.outcome}`), ['patient.read_disclosures/deny']);
    }
  });

  it('accounting of disclosures: only disclosure entries of this patient, with recipient, categories, purpose and whether identifiable', async () => {
    const patient = await patientOnTeam();
    const other = await patientOnTeam();
    const disclose = async (patientId: string, kind: keyof typeof DISCLOSURE_AUDIT_ACTION, details: TDisclosureAuditDetails) => {
      await t.ctx.db.transaction().execute((trx) =>
        t.ctx.audit.appendAudit(trx, {
          organizationId: org(), actorId: clinician.id, actorRole: 'clinician', action: DISCLOSURE_AUDIT_ACTION[kind], resourceType: 'Disclosure',
          subjectId: patientId, purpose: details.purpose, outcome: 'allow', details: details as unknown as Record<string, unknown>,
        }),
      );
      clock.advance(1000);
    };
    const base: TDisclosureAuditDetails = { recipientLabel: 'Example AI (BAA on file)', purpose: 'treatment', categories: ['lab_results'], recordIds: [randomUUID()], identifiable: true, consentGrantId: randomUUID(), approvalId: null, baaId: randomUUID(), task: 'Explain these lab results' };
    await disclose(patient.patientId!, 'ai_provider', base);
    await disclose(other.patientId!, 'ai_provider', { ...base, recipientLabel: 'Not for this patient' });
    await disclose(patient.patientId!, 'third_party', { ...base, recipientLabel: 'County registry', purpose: 'operations', categories: ['conditions', 'demographics'], identifiable: false, recordIds: [randomUUID(), randomUUID()] });
    await get(`/api/v1/patients/${patient.patientId}/Patient`, await signIn(t.ctx, clinician)); // not a disclosure
    await t.ctx.flushAudit(); // the server's audit worker does this every 100 ms

    const res = await get(`/api/v1/patients/${patient.patientId}/disclosures`, await signIn(t.ctx, patient));
    assert.equal(res.statusCode, 200, res.body);
    const list = body<{ entries: Array<Json>; nextBefore: number | null }>(res);
    assert.deepEqual(
      list.entries.map((e) => [e.recipientKind, e.recipient, e.purpose, e.categories, e.identifiable, e.recordCount]),
      [
        ['third_party', 'County registry', 'operations', ['conditions', 'demographics'], false, 2],
        ['ai_provider', 'Example AI (BAA on file)', 'treatment', ['lab_results'], true, 1],
      ],
    );
    assert.equal(list.nextBefore, null);
    const paged = body<{ entries: Array<Json>; nextBefore: number | null }>(await get(`/api/v1/patients/${patient.patientId}/disclosures?limit=1`, await signIn(t.ctx, patient)));
    assert.equal(paged.entries.length, 1);
    const rest = body<{ entries: Array<Json>; nextBefore: number | null }>(await get(`/api/v1/patients/${patient.patientId}/disclosures?limit=1&before=${paged.nextBefore}`, await signIn(t.ctx, patient)));
    assert.equal(rest.entries[0]!.recipient, 'Example AI (BAA on file)');
    assert.equal((await get(`/api/v1/patients/${patient.patientId}/disclosures`, await signIn(t.ctx, other))).statusCode, 403);
    assert.equal((await get(`/api/v1/patients/${patient.patientId}/disclosures`, await signIn(t.ctx, clinician))).statusCode, 403);
  });

  it('amendments: the patient asks, only a clinician with treatment access decides once, the patient sees the outcome; the text is ciphertext', async () => {
    const patient = await patientOnTeam();
    const other = await patientOnTeam();
    const pid = patient.patientId!;
    const condition = await addRecord(pid, chart(pid, '456-78-9012')[2]!);
    const othersRecord = await addRecord(other.patientId!, chart(other.patientId!, '567-89-0123')[2]!);
    const text = `Canary-amend-${randomUUID()}: this condition was ruled out`;
    const ps = await signIn(t.ctx, patient);
    const url = `/api/v1/patients/${pid}/amendments`;

    assert.equal((await post(url, ps, { resourceType: 'Condition', recordId: othersRecord.id as string, text })).statusCode, 404, "another patient's record id under my chart is not found");
    assert.equal((await post(`/api/v1/patients/${other.patientId}/amendments`, ps, { resourceType: 'Condition', recordId: othersRecord.id as string, text })).statusCode, 403);
    assert.equal((await post(url, await signIn(t.ctx, clinician), { resourceType: 'Condition', recordId: condition.id as string, text })).statusCode, 403, 'clinicians do not request amendments');
    const created = await post(url, ps, { resourceType: 'Condition', recordId: condition.id as string, text });
    assert.equal(created.statusCode, 201, created.body);
    const amendment = body<{ id: string; status: string }>(created);
    assert.equal(amendment.status, 'pending');
    const stored = await sql<{ t: string }>`select encode(text_ct, 'escape') as t from amendment_requests where id = ${amendment.id}`.execute(t.ctx.db);
    assert.ok(!stored.rows[0]!.t.includes('Canary-amend'), 'the request text is ciphertext');

    const decide = `${url}/${amendment.id}/decision`;
    const outsider = await createUser(t.ctx, { role: 'clinician' });
    for (const who of [patient, outsider, admin, await createUser(t.ctx, { role: 'compliance_officer' })]) {
      const id = randomUUID();
      const res = await post(decide, await signIn(t.ctx, who), { decision: 'accepted', reason: 'ok' }, id);
      assert.equal(res.statusCode, 403, `${who.role}: ${res.body}`);
      assert.deepEqual((await byRequest(id)).map((e) => e.outcome), ['deny']);
    }
    assert.equal((await post(`${url}/${randomUUID()}/decision`, await signIn(t.ctx, clinician), { decision: 'denied', reason: 'x' })).statusCode, 404);
    const decidedId = randomUUID();
    const decided = await post(decide, await signIn(t.ctx, clinician), { decision: 'denied', reason: 'The diagnosis is confirmed by the 2026 biopsy' }, decidedId);
    assert.equal(decided.statusCode, 200, decided.body);
    assert.deepEqual((await byRequest(decidedId)).map((e) => `${e.action}/${e.outcome}/${e.subjectId}`), [`amendment.decide/allow/${pid}`]);
    assert.equal((await post(decide, await signIn(t.ctx, clinician), { decision: 'accepted', reason: 'changed my mind' })).statusCode, 409, 'decided once');

    const seen = body<{ amendments: Array<Json> }>(await get(url, await signIn(t.ctx, patient)));
    assert.deepEqual(seen.amendments.map((a) => [a.text, a.status, a.decisionReason]), [[text, 'denied', 'The diagnosis is confirmed by the 2026 biopsy']]);
    assert.equal((await get(url, await signIn(t.ctx, other))).statusCode, 403);

    const queue = await get('/api/v1/amendment-requests?status=denied', await signIn(t.ctx, await createUser(t.ctx, { role: 'compliance_officer' })));
    assert.equal(queue.statusCode, 200, queue.body);
    assert.ok(body<{ amendments: Array<{ id: string }> }>(queue).amendments.some((a) => a.id === amendment.id));
    assert.ok(!queue.body.includes('Canary-amend') && !queue.body.includes('biopsy'), 'the queue shows no text');
    assert.equal((await get('/api/v1/amendment-requests', await signIn(t.ctx, clinician))).statusCode, 403);
    assert.ok(!logLines.some((l) => l.includes('Canary-amend')));

    // A failure after the allow (here: the patient's key was destroyed) is audited as 'error', with a plain answer.
    const shredded = await patientOnTeam();
    const itsRecord = await addRecord(shredded.patientId!, chart(shredded.patientId!, '135-79-2468')[2]!);
    const shreddedSession = await signIn(t.ctx, shredded);
    await t.ctx.crypto.destroySubjectKey(t.ctx.db, { organizationId: org(), subjectId: shredded.patientId!, reason: 'test shred' });
    const failedId = randomUUID();
    const failed = await post(`/api/v1/patients/${shredded.patientId}/amendments`, shreddedSession, { resourceType: 'Condition', recordId: itsRecord.id as string, text }, failedId);
    assert.equal(failed.statusCode, 404, failed.body);
    assert.match(body<{ message: string }>(failed).message, /deleted and can no longer be read/);
    assert.deepEqual((await byRequest(failedId)).map((e) => `${e.action}/${e.outcome}`), ['amendment.request/error']);
    assert.equal((await sql<{ n: number }>`select count(*)::int as n from amendment_requests where patient_id = ${shredded.patientId}`.execute(t.ctx.db)).rows[0]!.n, 0);
  });

  it('deletion: a legal hold blocks it, then retention (with the date); once clear the key is shredded, lookups find nothing, others are untouched and the audit verifies', async () => {
    const patient = await patientOnTeam();
    const kept = await patientOnTeam();
    const pid = patient.patientId!;
    const ssn = '678-90-1234';
    const keptSsn = '789-01-2345';
    for (const r of chart(pid, ssn)) await addRecord(pid, r);
    const keptRecord = await addRecord(kept.patientId!, chart(kept.patientId!, keptSsn)[1]!);
    await addRecord(kept.patientId!, chart(kept.patientId!, keptSsn)[0]!);
    const url = `/api/v1/patients/${pid}/deletion-request`;
    const confirm = { confirm: 'DELETE' };

    // Nobody else may ask, and the confirmation must be typed.
    for (const who of [kept, clinician, admin]) assert.equal((await post(url, await signIn(t.ctx, who), confirm)).statusCode, 403, who.role);
    assert.equal((await post(url, await signIn(t.ctx, patient), { confirm: 'yes' })).statusCode, 400);
    // Even the patient's own token cannot delete (tokens only read or write records), and the refusal is audited.
    const ownToken = await post('/api/v1/access-tokens', await signIn(t.ctx, patient), { name: 'App', scope: { resourceTypes: ['Observation'], subject: { kind: 'patient', patientId: pid }, access: 'read_write', purpose: 'patient_request' }, expiresInDays: 1 });
    const tokenRequestId = randomUUID();
    const byToken = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${body<{ token: string }>(ownToken).token}`, 'x-request-id': tokenRequestId }, payload: confirm });
    assert.equal(byToken.statusCode, 403, byToken.body);
    assert.deepEqual((await byRequest(tokenRequestId)).filter((e) => e.action !== 'access_token.used').map((e) => `${e.action}/${e.outcome}/${String(e.reason).includes('token_action_not_allowed')}`), ['patient.request_deletion/deny/true']);

    const officer = await createUser(t.ctx, { role: 'compliance_officer' });
    assert.equal((await post(`/api/v1/patients/${pid}/legal-holds`, await signIn(t.ctx, patient), { reason: 'x' })).statusCode, 403, 'patients place no holds');
    const hold = await post(`/api/v1/patients/${pid}/legal-holds`, await signIn(t.ctx, officer), { reason: 'Litigation LH-2026-14' });
    assert.equal(hold.statusCode, 201, hold.body);
    const held = await post(url, await signIn(t.ctx, patient), confirm);
    assert.equal(held.statusCode, 202, held.body);
    const heldBody = body<{ status: string; requestId: string; block: { kind: string; earliestAt: string | null; explanation: string } }>(held);
    assert.equal(heldBody.status, 'pending');
    assert.equal(heldBody.block.kind, 'legal_hold');
    assert.equal(heldBody.block.earliestAt, null);
    assert.match(heldBody.block.explanation, /when the hold is lifted/);
    const holdId = body<{ id: string }>(hold).id;
    const wrongPatient = await app.inject({ method: 'DELETE', url: `/api/v1/patients/${kept.patientId}/legal-holds/${holdId}`, headers: (await signIn(t.ctx, officer)).writeHeaders });
    assert.equal(wrongPatient.statusCode, 404, "a hold is lifted only under its own patient");
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/v1/patients/${pid}/legal-holds/${holdId}`, headers: (await signIn(t.ctx, patient)).writeHeaders })).statusCode, 403);
    const release = await app.inject({ method: 'DELETE', url: `/api/v1/patients/${pid}/legal-holds/${holdId}`, headers: (await signIn(t.ctx, officer)).writeHeaders });
    assert.equal(release.statusCode, 204, release.body);

    const setRule = (years: number, s: TestSession) => app.inject({ method: 'PUT', url: '/api/v1/retention-rule', headers: s.writeHeaders, payload: { keepYearsAfterLastUpdate: years } });
    assert.equal((await setRule(7, await signIn(t.ctx, officer))).statusCode, 403, 'retention is an admin setting');
    assert.equal((await setRule(7, await signIn(t.ctx, admin))).statusCode, 200);
    const retained = await post(url, await signIn(t.ctx, patient), confirm);
    assert.equal(retained.statusCode, 202, retained.body);
    const retainedBody = body<{ requestId: string; block: { kind: string; earliestAt: string; explanation: string } }>(retained);
    assert.equal(retainedBody.requestId, heldBody.requestId, 'one pending request, updated');
    assert.equal(retainedBody.block.kind, 'retention');
    const lastUpdate = (await sql<{ last: Date }>`select max(updated_at) as last from records where patient_id = ${pid}`.execute(t.ctx.db)).rows[0]!.last;
    const expected = new Date(lastUpdate);
    expected.setUTCFullYear(expected.getUTCFullYear() + 7);
    assert.equal(retainedBody.block.earliestAt, expected.toISOString());
    assert.match(retainedBody.block.explanation, new RegExp(expected.toISOString().slice(0, 10)));
    const status = body<{ retentionYears: number; block: { kind: string }; latest: { status: string } }>(await get(url, await signIn(t.ctx, patient)));
    assert.deepEqual([status.retentionYears, status.block.kind, status.latest.status], [7, 'retention', 'pending']);

    // Seven years on, the same request goes through.
    clock.advance(7 * YEAR + 2 * 24 * 3_600_000);
    const ps = await signIn(t.ctx, patient);
    const patientToken = await app.inject({ method: 'POST', url: '/api/v1/access-tokens', headers: ps.writeHeaders, payload: { name: 'Phone', scope: { resourceTypes: ['Observation'], subject: { kind: 'patient', patientId: pid }, access: 'read', purpose: 'patient_request' }, expiresInDays: 30 } });
    assert.equal(patientToken.statusCode, 201, patientToken.body);
    const requestId = randomUUID();
    const done = await post(url, ps, confirm, requestId);
    assert.equal(done.statusCode, 200, done.body);
    const receipt = body<{ status: string; receipt: { requestId: string; auditEntryId: string; done: Record<string, number | boolean> } }>(done);
    assert.equal(receipt.status, 'completed');
    assert.equal(receipt.receipt.requestId, heldBody.requestId);
    assert.ok((receipt.receipt.done.subjectKeysDestroyed as number) >= 1);
    assert.ok((receipt.receipt.done.identifierIndexRowsRemoved as number) >= 1);
    assert.equal(receipt.receipt.done.careTeamLinksRemoved, 1);
    assert.equal(receipt.receipt.done.accountDisabled, true);
    assert.equal(receipt.receipt.done.accessTokensRevoked, 2, "the two tokens the patient issued");
    const audited = await byRequest(requestId);
    assert.deepEqual(audited.map((e) => `${e.action}/${e.outcome}/${e.subjectId}`), [`patient.deletion/allow/${pid}`]);
    assert.equal(audited[0]!.id, receipt.receipt.auditEntryId);

    // The records no longer decrypt (a break-glass clinician gets the plain "deleted" answer).
    const recordIds = (await sql<{ id: string }>`select id from records where patient_id = ${pid}`.execute(t.ctx.db)).rows.map((r) => r.id);
    assert.ok(recordIds.length >= 5);
    await assert.rejects(() => t.ctx.crypto.decryptJsonForSubject(t.ctx.db, { organizationId: org(), subjectId: pid, table: 'records', column: 'resource_ct', rowId: recordIds[0]! }, new Uint8Array(80)));
    const rows = await sql<{ id: string; resource_ct: Uint8Array }>`select id, resource_ct from records where patient_id = ${pid}`.execute(t.ctx.db);
    for (const row of rows.rows) {
      await assert.rejects(() => t.ctx.crypto.decryptJsonForSubject(t.ctx.db, { organizationId: org(), subjectId: pid, table: 'records', column: 'resource_ct', rowId: row.id }, row.resource_ct), /shredded|destroyed|unavailable|deleted/i);
    }
    // Blind-index lookups find nothing; the kept patient's still do.
    const lookup = (value: string) => records.findPatientsByIdentifier({ auth: { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: clinician.id, organizationId: org(), role: 'clinician' } as never, kind: 'ssn', value, purpose: 'treatment', requestContext: { requestId: randomUUID(), clientAddress: '127.0.0.1' } });
    assert.deepEqual(await lookup(ssn), []);
    assert.deepEqual(await lookup(keptSsn), [kept.patientId]);
    const left = await sql<{ n: number }>`select count(*)::int as n from record_identifiers where patient_id = ${pid}`.execute(t.ctx.db);
    assert.equal(left.rows[0]!.n, 0);
    // The account is closed: the session is over, the token too; the patient row says deleted; the shred list names the patient.
    assert.equal((await get(`/api/v1/patients/${pid}/access-log`, ps)).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/patients/${pid}/Observation`, headers: { authorization: `Bearer ${body<{ token: string }>(patientToken).token}` } })).statusCode, 401);
    const state = await sql<{ status: string; user_status: string }>`select p.status, u.status as user_status from patients p join users u on u.patient_id = p.id where p.id = ${pid}`.execute(t.ctx.db);
    assert.deepEqual(state.rows[0], { status: 'deleted', user_status: 'disabled' });
    assert.ok(fs.readFileSync(t.ctx.config.shredListFile, 'utf8').includes(pid));
    // The other patient is untouched.
    const still = await get(`/api/v1/patients/${kept.patientId}/Observation/${String(keptRecord.id)}`, await signIn(t.ctx, clinician));
    assert.equal(still.statusCode, 200, still.body);
    // A second request is refused plainly; and the chain verifies.
    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });
});
