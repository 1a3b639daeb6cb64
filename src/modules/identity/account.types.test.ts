// Pure parts of accounts and mail: password refusals with reasons at the field, links with the
// token in the fragment, audit request fields, the mail retry schedule, and the mail settings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../config';
import { AppError } from '../../core/errors';
import { nextAttemptAt, RETRY_DELAYS_MS } from '../mail/mailer';
import { assertAcceptablePassword, auditRequestFields, tokenLink } from './account.types';
import { createPasswordBlocklist } from './password-blocklist';

const blocklist = createPasswordBlocklist({ entries: ['sunshine', 'password'] });

describe('account helpers', () => {
  it('refuses a password with every reason, each at the named field, without echoing it', () => {
    const error = (() => {
      try {
        assertAcceptablePassword(blocklist, 'sunshine', { email: 'jane.doe@example.org' }, 'newPassword');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'validation_failed');
    assert.match(error.message, /list of passwords that attackers try first/);
    assert.ok(!error.message.includes('sunshine'));
    const fields = error.details?.fields as Array<{ path: string; problem: string }>;
    assert.ok(fields.length >= 1);
    assert.ok(fields.every((f) => f.path === 'newPassword'));
    assert.deepEqual(error.details?.reasons, ['blocklisted']);
    assert.throws(() => assertAcceptablePassword(blocklist, 'janedoe1985', { email: 'jane.doe@example.org', dateOfBirth: '1985-03-17' }, 'password'), /too close to your name/);
    assert.doesNotThrow(() => assertAcceptablePassword(blocklist, 'tulip orbit kettle nine', { email: 'jane.doe@example.org' }, 'password'));
  });

  it('puts the token in the fragment of a link, where servers and proxies do not log it', () => {
    const link = new URL(tokenLink('https://custos.example', 'verify-email', 'cus_ev_abc'));
    assert.equal(link.pathname, '/verify-email');
    assert.equal(link.search, '');
    assert.equal(link.hash, '#token=cus_ev_abc');
  });

  it('keeps only IP addresses as the audit client address', () => {
    assert.deepEqual(auditRequestFields({ requestId: 'r-1', clientAddress: '127.0.0.1' }), { requestId: 'r-1', clientIp: '127.0.0.1' });
    assert.deepEqual(auditRequestFields({ requestId: 'r-1', clientAddress: '::1' }), { requestId: 'r-1', clientIp: '::1' });
    assert.deepEqual(auditRequestFields({ requestId: '', clientAddress: '' }), { requestId: null, clientIp: null });
  });

  it('schedules mail retries after growing delays and stops after the last', () => {
    const created = new Date('2026-03-02T09:00:00Z');
    assert.equal(nextAttemptAt({ created_at: created, attempts: 0 })?.getTime(), created.getTime());
    assert.equal(nextAttemptAt({ created_at: created, attempts: 1 })?.getTime(), created.getTime() + 30_000);
    assert.equal(nextAttemptAt({ created_at: created, attempts: 2 })?.getTime(), created.getTime() + 150_000);
    assert.equal(nextAttemptAt({ created_at: created, attempts: RETRY_DELAYS_MS.length }), null);
  });

  it('reads the mail settings from the environment, with a public URL defaulting to the port', () => {
    const base = { CUSTOS_DATA_DIR: '/tmp/custos-config-test' };
    const defaults = loadConfig({ ...base, CUSTOS_PORT: '9443' });
    assert.equal(defaults.smtpUrl, undefined);
    assert.equal(defaults.publicUrl, 'https://localhost:9443');
    assert.match(defaults.mailFrom, /@/);
    const set = loadConfig({ ...base, CUSTOS_SMTP_URL: 'smtps://user:secret@mail.example.org:465', CUSTOS_PUBLIC_URL: 'https://custos.example.org/', CUSTOS_MAIL_FROM: 'Clinic <it@example.org>' });
    assert.equal(set.smtpUrl, 'smtps://user:secret@mail.example.org:465');
    assert.equal(set.publicUrl, 'https://custos.example.org');
    assert.equal(set.mailFrom, 'Clinic <it@example.org>');
    assert.throws(() => loadConfig({ ...base, CUSTOS_SMTP_URL: 'http://mail.example.org' }), (e: AppError) => /CUSTOS_SMTP_URL/.test(e.message) && !e.message.includes('mail.example.org'));
    assert.throws(() => loadConfig({ ...base, CUSTOS_PUBLIC_URL: 'http://custos.example.org' }), /CUSTOS_PUBLIC_URL/);
    assert.throws(() => loadConfig({ ...base, CUSTOS_PUBLIC_URL: 'https://custos.example.org/?x=1' }), /CUSTOS_PUBLIC_URL/);
  });
});
