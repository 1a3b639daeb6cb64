// Shared setup of the AI gateway acceptance tests: the real app (authentication, access, records,
// consent and ai routes) over a real database, a recording provider standing in for the cloud LLM,
// a patient with canary identifiers in their lab results, and another patient with their own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { createBearerResolver, registerAccessRoutes } from '../../src/modules/access/access.routes';
import { registerAiRoutes, type AiRoutesOptions } from '../../src/modules/ai/ai.routes';
import { registerConsentRoutes } from '../../src/modules/consent/consent.routes';
import { createSessionResolver } from '../../src/modules/identity/auth.routes';
import { registerRecordsRoutes } from '../../src/modules/records/records.routes';
import { registerPatientRightsRoutes } from '../../src/modules/records/rights/rights.routes';
import { buildApp, type TApp } from '../../src/server/app';
import { registerAuthentication } from '../../src/server/auth';
import { createLogger } from '../../src/server/logger';
import { createUser, signIn, type TestSession, type TestUser } from '../fixtures/identity-fixtures';
import type { TestContext } from '../helpers/context';

export type Json = Record<string, unknown>;

/** The patient's identifiers planted in their records: none may reach a provider without a BAA. */
export interface Canaries {
  name: string;
  mrn: string;
  phone: string;
  email: string;
  street: string;
  birthDate: string;
  resultDate: string;
}

export function makeCanaries(seed: number): Canaries {
  faker.seed(seed);
  return {
    name: `${faker.person.firstName()} ${faker.person.lastName()}`,
    mrn: String(faker.number.int({ min: 10_000_000, max: 99_999_999 })),
    phone: `617-555-0${faker.number.int({ min: 100, max: 199 })}`,
    email: faker.internet.email({ provider: 'example.test' }).toLowerCase(),
    street: `${faker.number.int({ min: 10, max: 999 })} ${faker.helpers.arrayElement(['Elm', 'Maple', 'Cedar', 'Birch'])} Street`,
    birthDate: `0${faker.number.int({ min: 1, max: 9 })}/1${faker.number.int({ min: 0, max: 9 })}/19${faker.number.int({ min: 40, max: 79 })}`,
    resultDate: '2026-02-14',
  };
}

/** A lab Observation whose note carries every canary (as a front-desk note might). */
export function labObservation(c: Canaries, lab: { name: string; value: number; unit: string; flag: 'H' | 'L' | 'N' }) {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
    code: { text: lab.name },
    valueQuantity: { value: lab.value, unit: lab.unit },
    interpretation: [{ coding: [{ code: lab.flag, display: { H: 'High', L: 'Low', N: 'Normal' }[lab.flag] }] }],
    effectiveDateTime: `${c.resultDate}T08:30:00Z`,
    note: [{ text: `Patient ${c.name} (MRN ${c.mrn}, DOB ${c.birthDate}) called from ${c.phone} about this result; email ${c.email}; lives at ${c.street}, Springfield.` }],
  };
}

export interface AiWorld {
  app: TApp;
  logLines: string[];
  admin: TestUser;
  adminSession: TestSession;
  patient: TestUser;
  patientSession: TestSession;
  other: TestUser;
  otherSession: TestSession;
  canaries: Canaries;
  otherCanaries: Canaries;
  recordIds: string[];
  otherRecordIds: string[];
}

export async function buildAiWorld(t: TestContext, options: AiRoutesOptions): Promise<AiWorld> {
  const logLines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } });
  const app = await buildApp({
    config: t.ctx.config,
    logger,
    deps: { db: t.ctx.db },
    registerRoutes: async (a) => {
      registerAuthentication(a, [createBearerResolver(t.ctx), createSessionResolver(t.ctx)]);
      await registerAccessRoutes(a, t.ctx);
      await registerRecordsRoutes(a, t.ctx);
      await registerConsentRoutes(a, t.ctx);
      await registerPatientRightsRoutes(a, t.ctx);
      await registerAiRoutes(a, t.ctx, options);
    },
  });
  const admin = await createUser(t.ctx, { role: 'admin' });
  const patient = await createUser(t.ctx, { role: 'patient' });
  const other = await createUser(t.ctx, { role: 'patient' });
  const world: AiWorld = {
    app, logLines, admin, patient, other,
    adminSession: await signIn(t.ctx, admin),
    patientSession: await signIn(t.ctx, patient),
    otherSession: await signIn(t.ctx, other),
    canaries: makeCanaries(501),
    otherCanaries: makeCanaries(777),
    recordIds: [],
    otherRecordIds: [],
  };
  const labs = [
    { name: 'Hemoglobin A1c', value: 8.2, unit: '%', flag: 'H' as const },
    { name: 'LDL cholesterol', value: 162, unit: 'mg/dL', flag: 'H' as const },
  ];
  for (const lab of labs) {
    world.recordIds.push(await createRecord(world, world.patientSession, patient.patientId!, labObservation(world.canaries, lab)));
    world.otherRecordIds.push(await createRecord(world, world.otherSession, other.patientId!, labObservation(world.otherCanaries, lab)));
  }
  return world;
}

async function createRecord(w: AiWorld, session: TestSession, patientId: string, resource: Json): Promise<string> {
  const res = await w.app.inject({ method: 'POST', url: `/api/v1/patients/${patientId}/Observation`, headers: session.writeHeaders, payload: resource });
  assert.equal(res.statusCode, 201, res.body);
  return (JSON.parse(res.body) as { id: string }).id;
}

export function json<T = Json>(res: { body: string }): T {
  return JSON.parse(res.body) as T;
}

/** The app's self-signed certificate (written by buildApp into the data folder). */
export function serverCa(t: TestContext): string {
  return fs.readFileSync(path.join(t.ctx.config.dataDir, 'tls', 'localhost.crt'), 'utf8');
}

export async function addProvider(w: AiWorld, body: Json): Promise<string> {
  const res = await w.app.inject({ method: 'POST', url: '/api/v1/ai/providers', headers: w.adminSession.writeHeaders, payload: body });
  assert.equal(res.statusCode, 201, res.body);
  return json<{ id: string }>(res).id;
}

export async function putBaa(w: AiWorld, providerId: string, body: Json, session = w.adminSession) {
  return w.app.inject({ method: 'PUT', url: `/api/v1/ai/providers/${providerId}/baa`, headers: session.writeHeaders, payload: body });
}

/** The patient signs the AI authorization form for this configuration. */
export async function grantConsent(w: AiWorld, providerId: string, mode: 'standing' | 'per_instance', categories: string[] = ['lab_results'], purposes: string[] = ['patient_request']): Promise<string> {
  const templates = await w.app.inject({ method: 'GET', url: '/api/v1/consent/templates', headers: w.patientSession.headers });
  assert.equal(templates.statusCode, 200, templates.body);
  const template = json<{ templates: Array<{ id: string; recipientKind: string }> }>(templates).templates.find((x) => x.recipientKind === 'ai_provider');
  assert.ok(template, 'an AI authorization form exists');
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/v1/patients/${w.patient.patientId}/consent/grants`,
    headers: w.patientSession.writeHeaders,
    payload: { templateId: template.id, recipient: { kind: 'ai_provider', providerConfigId: providerId }, recipientLabel: 'Test AI provider', purposes, categories, mode, signedName: w.canaries.name },
  });
  assert.equal(res.statusCode, 201, res.body);
  return json<{ grant: { id: string } }>(res).grant.id;
}

export async function askAi(w: AiWorld, body: Json, session = w.patientSession) {
  return w.app.inject({ method: 'POST', url: '/api/v1/ai/requests', headers: session.writeHeaders, payload: { patientId: w.patient.patientId, ...body } });
}

/** Every canary value of `c` found in `text` (an empty list is what the tests want). */
export function canariesIn(text: string, c: Canaries): string[] {
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [c.name, ...c.name.split(' '), c.mrn, c.phone, c.email, c.street, c.birthDate, c.resultDate].filter((v) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(v)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}
