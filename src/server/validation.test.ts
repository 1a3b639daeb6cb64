import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { collectSchemaKeys, describeValidationFailure, summarizeFieldIssues } from './validation';

const ZBody = z.object({
  patient: z.object({ givenName: z.string(), identifiers: z.array(z.object({ system: z.string(), value: z.string() })) }).optional(),
  scores: z.record(z.string(), z.object({ weight: z.number() })),
  kind: z.union([z.object({ lab: z.string() }), z.object({ vital: z.number() })]).default({ lab: 'x' }),
  when: z.string().pipe(z.coerce.date()),
});

test('collectSchemaKeys finds keys through optional, array, record, union, default and pipe', () => {
  const keys = collectSchemaKeys(ZBody);
  for (const key of ['patient', 'givenName', 'identifiers', 'system', 'value', 'scores', 'weight', 'kind', 'lab', 'vital', 'when']) {
    assert.ok(keys.has(key), key);
  }
  assert.equal(keys.has('x'), false, 'a default value is not a key');
  assert.ok(collectSchemaKeys({ type: 'object', properties: { a: { type: 'object', properties: { b: {} } } } }).has('b'), 'JSON schema too');
});

test('zod issues become field names; record keys, unknown keys and long numbers become *', () => {
  const parsed = ZBody.safeParse({
    patient: { givenName: 7, identifiers: [{ system: 's', value: 1 }] },
    scores: { 'invented-key-1': { weight: 'heavy' } },
    when: 'no',
  });
  assert.ok(!parsed.success);
  const validation = parsed.error.issues.map((i) => ({ instancePath: `/${i.path.join('/')}`, keyword: i.code }));
  validation.push({ instancePath: '/123456789/value', keyword: 'invalid_type' });
  const fields = describeValidationFailure({ validation, validationContext: 'body' }, ZBody);
  assert.deepEqual(
    fields.map((f) => `${f.location}:${f.path}:${f.problem}`),
    ['body:patient.givenName:invalid_type', 'body:patient.identifiers[0].value:invalid_type', 'body:scores.*.weight:invalid_type', 'body:when:invalid_type', 'body:*.value:invalid_type'],
  );
  assert.ok(!JSON.stringify(fields).includes('invented-key-1'));
});

test('odd keywords and contexts do not pass through', () => {
  const fields = describeValidationFailure({ validation: [{ instancePath: '/a', keyword: 'has spaces "quoted"' }, { keyword: 42 }], validationContext: 'cookie-jar' }, z.object({ a: z.string() }));
  assert.deepEqual(fields, [
    { location: 'request', path: 'a', problem: 'invalid' },
    { location: 'request', path: '', problem: 'invalid' },
  ]);
  assert.equal(summarizeFieldIssues(fields), 'Invalid request: request.a (invalid), request (invalid)');
  assert.equal(summarizeFieldIssues([]), 'Invalid request');
});

test('a declared header name with hyphens is named; an undeclared one is not', () => {
  const ZHeaders = z.object({ 'x-custos-patient': z.uuid() });
  const fields = describeValidationFailure(
    { validation: [{ instancePath: '/x-custos-patient', keyword: 'invalid_type' }, { instancePath: '/x-other-header', keyword: 'invalid_type' }], validationContext: 'headers' },
    ZHeaders,
  );
  assert.deepEqual(fields.map((f) => `${f.location}:${f.path}`), ['headers:x-custos-patient', 'headers:*']);
});
