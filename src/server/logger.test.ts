import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger, scrubMessage, serializeError } from './logger';

function capture(level: 'info' | 'trace' = 'trace') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

test('lines are JSON with level, time and message', () => {
  const { logger, parsed } = capture();
  logger.info({ route: '/healthz' }, 'request completed');
  const [line] = parsed();
  assert.equal(line?.level, 30);
  assert.equal(line?.msg, 'request completed');
  assert.equal(line?.route, '/healthz');
  assert.equal(typeof line?.time, 'string');
});

test('credentials, bodies and query objects are censored wherever a header object is logged', () => {
  const { logger, lines } = capture();
  logger.info({ headers: { authorization: 'Bearer secret-5b7e', cookie: 'sid=secret-9a0f', 'set-cookie': 'sid=secret-2c3d', accept: 'json' } });
  logger.info({ response: { headers: { 'set-cookie': 'secret-7e6f' } }, body: { ssn: 'secret-1d2e' }, query: { q: 'secret-3f4a' } });
  logger.info({ req: { method: 'GET', url: '/p/secret-8b9c?q=secret-8b9c', headers: { authorization: 'secret-8b9c' } } });
  const text = lines.join('');
  assert.ok(!/secret-/.test(text), text);
  assert.match(text, /"accept":"json"/);
  assert.match(text, /"method":"GET"/);
});

test('an error is logged by name and code, never by message or stack', () => {
  const { logger, lines, parsed } = capture();
  const error = Object.assign(new Error('duplicate key value-6a5b'), { code: '23505' });
  logger.error(error);
  logger.error({ err: error }, 'insert failed');
  logger.warn(error, 'while saving');
  const text = lines.join('');
  assert.ok(!text.includes('value-6a5b') && !text.includes('at '), text);
  assert.deepEqual(parsed()[0]?.err, { type: 'Error', code: '23505' });
  assert.equal(parsed()[2]?.msg, 'while saving');
  assert.deepEqual(serializeError('just a string'), { type: 'string' });
});

test('URLs quoted in messages (as Fastify does in some warnings) are cut out', () => {
  assert.equal(scrubMessage('Reply was already sent, did you forget to "return reply" in the "/v1/p/value-1?x=value-2" (GET) route?'), 'Reply was already sent, did you forget to "return reply" in the "[url]" (GET) route?');
  assert.equal(scrubMessage('Route GET:/v1/p/value-3?y=1 not found'), 'Route GET:[url] not found');
  assert.equal(scrubMessage('Server listening at https://127.0.0.1:8443'), 'Server listening at https://127.0.0.1:8443');
  const { logger, lines } = capture();
  logger.warn('Route POST:/v1/p/value-4 not found');
  assert.ok(!lines.join('').includes('value-4'));
});

test('the level filters lines', () => {
  const { logger, lines } = capture('info');
  logger.debug('hidden');
  logger.info('shown');
  assert.equal(lines.length, 1);
});
