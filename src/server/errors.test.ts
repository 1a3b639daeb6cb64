import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, ERROR_STATUS } from '../core/errors';
import { ZErrorBody, toErrorResponse } from './errors';

test('an AppError keeps its code, status and message', () => {
  for (const code of Object.keys(ERROR_STATUS) as Array<keyof typeof ERROR_STATUS>) {
    const { status, body, log } = toErrorResponse(new AppError(code, `message for ${code}`), 'rid-1');
    assert.equal(status, ERROR_STATUS[code]);
    assert.deepEqual(body, { code, message: `message for ${code}`, requestId: 'rid-1' });
    assert.equal(log.code, code);
    assert.ok(ZErrorBody.safeParse(body).success);
  }
});

test('other errors never pass their message on; a 4xx status maps to its code', () => {
  const leaky = (statusCode?: number, code?: string): Error => Object.assign(new Error('quoted input: value-4a1c'), { statusCode, code });
  const cases: Array<[Error | unknown, number, string]> = [
    [leaky(), 500, 'internal'],
    [new TypeError('Cannot read properties of value-4a1c'), 500, 'internal'],
    ['a thrown string value-4a1c', 500, 'internal'],
    [null, 500, 'internal'],
    [leaky(400, 'FST_ERR_CTP_INVALID_JSON_BODY'), 400, 'bad_request'],
    [leaky(404), 404, 'not_found'],
    [leaky(405), 400, 'bad_request'],
    [leaky(413, 'FST_ERR_CTP_BODY_TOO_LARGE'), 413, 'payload_too_large'],
    [leaky(414, 'FST_ERR_MAX_PARAM_LENGTH'), 400, 'bad_request'],
    [leaky(415), 415, 'unsupported_media_type'],
    [leaky(429), 429, 'rate_limited'],
    [leaky(502), 500, 'internal'],
    [leaky(503), 503, 'unavailable'],
  ];
  for (const [error, status, code] of cases) {
    const response = toErrorResponse(error, 'rid-2');
    assert.equal(response.status, status, String(code));
    assert.equal(response.body.code, code);
    assert.ok(!JSON.stringify(response).includes('value-4a1c'), `${code}: nothing of the message`);
    assert.deepEqual(Object.keys(response.body).sort(), ['code', 'message', 'requestId']);
  }
});

test('the log facts carry the framework code only when it is a plain token', () => {
  assert.equal(toErrorResponse(Object.assign(new Error('x'), { statusCode: 400, code: 'FST_ERR_BAD_URL' }), 'r').log.errorCode, 'FST_ERR_BAD_URL');
  assert.equal(toErrorResponse(Object.assign(new Error('x'), { code: 'has spaces value-4a1c' }), 'r').log.errorCode, undefined);
  const named = Object.assign(new Error('x'), { name: 'Evil name value 4a1c' });
  assert.equal(toErrorResponse(named, 'r').log.errorName, 'Error');
});

test('a validation error becomes validation_failed with field names', () => {
  const error = Object.assign(new Error('body/name Expected string, received "value-4a1c"'), {
    validation: [{ instancePath: '/name', keyword: 'invalid_type', message: 'value-4a1c' }],
    validationContext: 'body',
    statusCode: 400,
  });
  const response = toErrorResponse(error, 'rid-3', () => ({ type: 'object', properties: { name: {} } }));
  assert.equal(response.status, 400);
  assert.deepEqual(response.body, {
    code: 'validation_failed',
    message: 'Invalid request: body.name (invalid_type)',
    requestId: 'rid-3',
    fields: [{ location: 'body', path: 'name', problem: 'invalid_type' }],
  });
});

test("a shredded patient's key becomes a plain 404, whichever module read it; other key failures stay 500", () => {
  const shredded = new AppError('key_unavailable', 'Cannot decrypt record_uploads/data_ct/abc: subject key destroyed', { shredded: true, table: 'record_uploads' });
  const { status, body } = toErrorResponse(shredded, 'req-9');
  assert.equal(status, 404);
  assert.deepEqual(body, { code: 'not_found', message: "This patient's data was deleted and can no longer be read", requestId: 'req-9' });
  assert.equal(toErrorResponse(new AppError('key_unavailable', 'The audit signing key is unreadable'), 'req-10').status, 500);
});
