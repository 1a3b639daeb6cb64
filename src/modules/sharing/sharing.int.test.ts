// Sharing with third parties end to end over real HTTPS and a real migrated database (PGlite, or
// PostgreSQL with CUSTOS_TEST_DB=postgres): the registry (admin only, contact details encrypted,
// archive not delete), disclosures under the patient's authorization (standing and per-instance)
// and under 164.512 bases (compliance officer only), refusals audited with reasons, minimum
// necessary, the patient's accounting of disclosures and the audit chain.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startServer, type TApp } from '../../server/app';
import { registerConsentRoutes } from '../consent/consent.routes';
import { registerRecordsRoutes } from '../records/records.routes';
import { registerPatientRightsRoutes } from '../records/rights/rights.routes';
import { buildAccessTestApp, createCareTeamOverHttp, createUser, signIn, type TestSession, type TestUser } from '../../../test/fixtures/identity-fixtures';
import { serverCa } from '../../../test/ai/ai-harness';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { httpsRequest, type TestResponse } from '../../../test/server/harness';
import { registerSharingRoutes } from './sharing.routes';

type Json = Record<string, unknown>;
const REASON = 'State reportable condition rule, weekly case report to the county';
const CONTACT = { email: 'records.desk@county-health.example.test', phone: '555-0142-7788', address: '77 Quarry Lane, Unit 9' };

describe(`sharing with third parties (${testEngine})`, () => {
  const clock = createTestClock(new Date('2026-03-02T09:00:00.000Z'));
  let t: TestContext;
  let app: TApp;
  let server: { port: number; ca: string };
  let admin: TestUser, clinician: TestUser, outsider: TestUser, officer: TestUser, patient: TestUser, stranger: TestUser;
  let adminS: TestSession, clinicianS: TestSession, outsiderS: TestSession, officerS: TestSession, patientS: TestSession;
  const ids: Record<string, string> = {};
  const id = (key: string): string => ids[key] ?? assert.fail(`${key} was not created`);

  const call = async (session: TestSession | null, method: string, path: string, body?: unknown): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...(session ? (method === 'GET' ? session.headers : session.writeHeaders) : {}) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return httpsRequest(server, { method, path, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  };
  const ok = (res: TestResponse, status = 200): Json => {
    assert.equal(res.status, status, res.text);
    return res.json<Json>();
  };
  const share = (session: TestSession, patientId: string, body: Json) => call(session, 'POST', `/api/v1/patients/${patientId}/third-party-disclosures`, body);
  const entries = async (q: { action?: string; subjectId?: string }) => {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, limit: 200, ...q })).entries;
  };
  const addThirdParty = async (body: Json) => ok(await call(adminS, 'POST', '/api/v1/admin/third-parties', body), 201).id as string;
  const grant = async (thirdPartyId: string, mode: 'standing' | 'per_instance', categories: string[]) => {
    const templates = ok(await call(patientS, 'GET', '/api/v1/consent/templates')).templates as Array<{ id: string; recipientKind: string }>;
    const template = templates.find((x) => x.recipientKind === 'third_party')!;
    const res = await call(patientS, 'POST', `/api/v1/patients/${patient.patientId}/consent/grants`, {
      templateId: template.id, recipient: { kind: 'third_party', thirdPartyId }, recipientLabel: 'Registry entry', purposes: ['patient_request', 'research'], categories, mode, signedName: patient.name,
    });
    return (ok(res, 201).grant as Json).id as string;
  };
  const addRecord = async (type: string, resource: Json) => (ok(await call(clinicianS, 'POST', `/api/v1/patients/${patient.patientId}/${type}`, resource), 201).id as string);

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx, {
      routes: async (a) => {
        await registerRecordsRoutes(a, t.ctx);
        await registerConsentRoutes(a, t.ctx);
        await registerPatientRightsRoutes(a, t.ctx);
        await registerSharingRoutes(a, t.ctx);
      },
    });
    const { port } = await startServer(app, { host: '127.0.0.1', port: 0 });
    server = { port, ca: serverCa(t) };
    [admin, clinician, outsider, officer, patient, stranger] = await Promise.all([
      createUser(t.ctx, { role: 'admin' }), createUser(t.ctx, { role: 'clinician' }), createUser(t.ctx, { role: 'clinician' }),
      createUser(t.ctx, { role: 'compliance_officer' }), createUser(t.ctx, { role: 'patient' }), createUser(t.ctx, { role: 'patient' }),
    ]);
    [adminS, clinicianS, outsiderS, officerS, patientS] = (await Promise.all([admin, clinician, outsider, officer, patient].map((u) => signIn(t.ctx, u)))) as [TestSession, TestSession, TestSession, TestSession, TestSession];
    await createCareTeamOverHttp(app, adminS, 'Sharing ward', { members: [clinician.id], patients: [patient.patientId!] });
    ids.lab = await addRecord('Observation', { resourceType: 'Observation', status: 'final', category: [{ coding: [{ code: 'laboratory' }] }], code: { text: 'Hemoglobin A1c' }, valueQuantity: { value: 7.9, unit: '%' } });
    ids.note = await addRecord('DocumentReference', { resourceType: 'DocumentReference', status: 'current', description: 'Follow-up visit note', content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Doing well on metformin.').toString('base64') } }] });
    ids.coverage = await addRecord('Coverage', { resourceType: 'Coverage', status: 'active', subscriberId: 'MBR-4471', payor: [{ display: 'Synthetic Health Plan' }], text: { status: 'generated', div: '<div>Coverage narrative</div>' } });
    ids.condition = await addRecord('Condition', { resourceType: 'Condition', code: { text: 'Type 2 diabetes' }, clinicalStatus: { coding: [{ code: 'active' }] } });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  it('keeps the registry to admins, contact details encrypted and archived entries listed but unusable', async () => {
    ids.county = await addThirdParty({ name: 'County Health Department', kind: 'public_health', agreement: 'none', contact: CONTACT });
    ids.clinic = await addThirdParty({ name: 'Lakeside Family Clinic', kind: 'provider', agreement: 'baa' });
    ids.study = await addThirdParty({ name: 'Metabolic Outcomes Study', kind: 'researcher', agreement: 'data_use_agreement' });
    assert.equal((await call(adminS, 'POST', '/api/v1/admin/third-parties', { name: 'county health department', kind: 'other', agreement: 'none' })).status, 409);
    for (const s of [clinicianS, officerS, patientS]) {
      assert.equal((await call(s, 'POST', '/api/v1/admin/third-parties', { name: 'Sneaky Data Broker', kind: 'other', agreement: 'none' })).status, 403);
      assert.equal((await call(s, 'GET', '/api/v1/admin/third-parties')).status, 403);
      assert.equal((await call(s, 'POST', `/api/v1/admin/third-parties/${ids.clinic}/archive`)).status, 403);
    }
    assert.equal((await call(null, 'GET', '/api/v1/third-parties')).status, 401);

    const full = ok(await call(adminS, 'GET', '/api/v1/admin/third-parties')).thirdParties as Json[];
    assert.deepEqual(full.find((x) => x.id === ids.county)?.contact, CONTACT);
    const updated = ok(await call(adminS, 'PUT', `/api/v1/admin/third-parties/${ids.clinic}`, { name: 'Lakeside Family Clinic', kind: 'provider', agreement: 'baa', contact: { phone: '555-0100' } }));
    assert.deepEqual(updated.contact, { phone: '555-0100' });

    // Patients and staff see names and kinds only.
    const names = ok(await call(patientS, 'GET', '/api/v1/third-parties'));
    assert.ok(!JSON.stringify(names).includes(CONTACT.email) && !JSON.stringify(names).includes('555-0100'));
    assert.deepEqual((names.thirdParties as Json[]).find((x) => x.id === ids.county), { id: ids.county, name: 'County Health Department', kind: 'public_health' });

    // No contact detail in clear anywhere in the table's bytes.
    const rows = await sql<{ row: string }>`select t::text as row from third_parties t`.execute(t.ctx.db);
    const bytes = rows.rows.map((r) => r.row).join('\n');
    const raw = await t.ctx.db.selectFrom('third_parties').select(['contact_ct']).execute();
    const blobs = raw.map((r) => (r.contact_ct ? Buffer.from(r.contact_ct).toString('latin1') : '')).join('\n');
    for (const value of [...Object.values(CONTACT), '555-0100', 'Quarry', 'county-health']) {
      assert.ok(!bytes.includes(value) && !blobs.includes(value), `${value} is not in clear`);
    }

    // Archive: still listed for the admin, gone from the names, kept as a row.
    ids.archived = await addThirdParty({ name: 'Closed Partner Lab', kind: 'other', agreement: 'none' });
    const archived = ok(await call(adminS, 'POST', `/api/v1/admin/third-parties/${ids.archived}/archive`));
    assert.ok(archived.archivedAt);
    assert.equal((await call(adminS, 'POST', `/api/v1/admin/third-parties/${ids.archived}/archive`)).status, 409);
    assert.ok(!((ok(await call(patientS, 'GET', '/api/v1/third-parties')).thirdParties as Json[]).some((x) => x.id === ids.archived)));
    assert.equal((await t.ctx.db.selectFrom('third_parties').select('id').where('id', '=', ids.archived).execute()).length, 1);
    const audited = await entries({ action: 'third_party.create' });
    assert.equal(audited.filter((e) => e.outcome === 'allow').length, 4);
    assert.ok((await entries({ action: 'settings.manage' })).some((e) => e.outcome === 'deny' && e.actorId === clinician.id));
  });

  it('refuses without a grant (403 consent.none, audited), then discloses with a standing grant', async () => {
    const body = { thirdPartyId: ids.clinic, purpose: 'patient_request', categories: ['lab_results', 'conditions'], legalBasis: 'authorization' };
    const refused = await share(clinicianS, patient.patientId!, body);
    assert.equal(refused.status, 403, refused.text);
    assert.deepEqual(refused.json<Json>().reasons, ['consent.none']);
    const denials = await entries({ action: 'third_party.disclose', subjectId: patient.patientId! });
    assert.ok(denials.some((e) => e.outcome === 'deny' && e.reason === 'consent.none' && e.actorId === clinician.id));

    await grant(id('clinic'), 'standing', ['lab_results', 'conditions']);
    const res = await share(clinicianS, patient.patientId!, body);
    const out = ok(res);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(out.status, 'disclosed');
    const bundle = out.bundle as { resourceType: string; total: number; entry: Array<{ resource: Json }> };
    assert.equal(bundle.resourceType, 'Bundle');
    assert.deepEqual(bundle.entry.map((e) => e.resource.id).sort(), [ids.lab, ids.condition].sort());
    assert.deepEqual((out.disclosure as Json).categories, ['conditions', 'lab_results']);
    const disclosed = await entries({ action: 'disclosure.third_party', subjectId: patient.patientId! });
    assert.equal(disclosed.length, 1);
    const details = (await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: disclosed[0]!.organizationId, id: disclosed[0]!.id })) as Json;
    assert.equal(details.legalBasis, 'authorization');
    assert.equal(details.identifiable, true);
    assert.ok(details.consentGrantId);
    assert.deepEqual((details.recordIds as string[]).sort(), [ids.lab, ids.condition].sort());
  });

  it('with a per-instance grant: the patient approves first, then it works once', async () => {
    await grant(id('study'), 'per_instance', ['lab_results']);
    const body = { thirdPartyId: ids.study, purpose: 'research', categories: ['lab_results'], legalBasis: 'authorization' };
    const pending = ok(await share(clinicianS, patient.patientId!, body), 202);
    assert.equal(pending.status, 'approval_required');
    const approvalId = pending.approvalId as string;
    const early = await share(clinicianS, patient.patientId!, { ...body, approvalId });
    assert.equal(early.status, 403, early.text);
    assert.deepEqual(early.json<Json>().reasons, ['consent.approval_pending']);
    ok(await call(patientS, 'POST', `/api/v1/consent/approvals/${approvalId}/decision`, { decision: 'approve' }));
    const done = ok(await share(clinicianS, patient.patientId!, { ...body, approvalId }));
    assert.deepEqual((done.bundle as { entry: Array<{ resource: Json }> }).entry.map((e) => e.resource.id), [ids.lab]);
    const again = await share(clinicianS, patient.patientId!, { ...body, approvalId });
    assert.equal(again.status, 403);
    assert.deepEqual(again.json<Json>().reasons, ['consent.approval_used']);
  });

  it("refuses another patient's chart, a clinician off the care team, an archived recipient, and 164.512 bases for clinicians; each audited", async () => {
    const body = { thirdPartyId: ids.clinic, purpose: 'patient_request', categories: ['lab_results'], legalBasis: 'authorization' };
    const cases: Array<[TestSession, string, Json, string, string]> = [
      [clinicianS, stranger.patientId!, body, 'not_on_care_team', stranger.patientId!],
      [outsiderS, patient.patientId!, body, 'not_on_care_team', patient.patientId!],
      [clinicianS, patient.patientId!, { ...body, thirdPartyId: ids.archived }, 'sharing.recipient_archived', patient.patientId!],
      [clinicianS, patient.patientId!, { ...body, legalBasis: 'required_by_law', reason: REASON }, 'sharing.basis_compliance_only', patient.patientId!],
      [patientS, patient.patientId!, body, 'sharing.role_not_permitted', patient.patientId!],
    ];
    for (const [session, patientId, payload, reason, subjectId] of cases) {
      const before = (await entries({ action: 'third_party.disclose', subjectId })).length;
      const res = await share(session, patientId, payload);
      assert.equal(res.status, 403, `${reason}: ${res.text}`);
      assert.ok((res.json<Json>().reasons as string[]).includes(reason), `${reason}: ${res.text}`);
      const after = await entries({ action: 'third_party.disclose', subjectId });
      assert.equal(after.length, before + 1, reason);
      assert.ok(after[0]!.outcome === 'deny' && (after[0]!.reason ?? '').includes(reason), reason);
    }
    // Nothing of these refusals reached the accounting.
    assert.equal((await entries({ action: 'disclosure.third_party', subjectId: stranger.patientId! })).length, 0);
  });

  it('required by law: a compliance officer with a reason and an audit review discloses without a grant, minimum necessary for payment', async () => {
    const body = { thirdPartyId: ids.county, purpose: 'payment', categories: ['billing', 'clinical_notes'], legalBasis: 'required_by_law', reason: REASON };
    const noReview = await share(officerS, patient.patientId!, body);
    assert.equal(noReview.status, 403, noReview.text);
    assert.deepEqual(noReview.json<Json>().reasons, ['no_audit_review']);
    const noReason = await share(officerS, patient.patientId!, { ...body, reason: 'law' });
    assert.deepEqual(noReason.json<Json>().reasons, ['sharing.reason_required']);
    ok(await call(officerS, 'POST', `/api/v1/patients/${patient.patientId}/audit-review`, { reason: 'Answering a records request required by state law' }), 201);
    const out = ok(await share(officerS, patient.patientId!, body));
    const resources = (out.bundle as { entry: Array<{ resource: Json }> }).entry.map((e) => e.resource);
    assert.deepEqual(resources.map((r) => r.id), [ids.coverage], 'payment gets the coverage, no notes');
    assert.equal(resources[0]!.text, undefined, 'no narrative');
    assert.equal(resources[0]!.subscriberId, 'MBR-4471');
    assert.deepEqual((out.disclosure as Json).omittedCategories, ['clinical_notes']);
    const [entry] = await entries({ action: 'disclosure.third_party', subjectId: patient.patientId! });
    assert.equal(entry!.actorId, officer.id);
    const details = (await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: entry!.organizationId, id: entry!.id })) as Json;
    assert.deepEqual([details.legalBasis, details.consentGrantId, details.statement], ['required_by_law', null, REASON]);
  });

  it("lists every third-party disclosure in the patient's accounting, and the audit chain verifies", async () => {
    const page = ok(await call(patientS, 'GET', `/api/v1/patients/${patient.patientId}/disclosures`));
    const third = (page.entries as Json[]).filter((e) => e.recipientKind === 'third_party');
    assert.deepEqual(
      third.map((e) => [e.recipient, e.purpose, e.categories, e.recordCount, e.legalBasis]),
      [
        ['County Health Department (a public health authority)', 'payment', ['billing'], 1, 'required_by_law'],
        ['Metabolic Outcomes Study (a researcher)', 'research', ['lab_results'], 1, 'authorization'],
        ['Lakeside Family Clinic (another health care provider)', 'patient_request', ['conditions', 'lab_results'], 2, 'authorization'],
      ],
    );
    assert.ok(third.every((e) => e.outcome === 'allow'));
    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });
});
