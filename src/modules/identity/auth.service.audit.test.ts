import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZAuditEntryInput } from '../audit/audit.types';
import { auditClientIp, authAuditEntry } from './auth.service.audit';

describe('authentication audit entries', () => {
  it('records client addresses the audit schema accepts, or none', () => {
    assert.equal(auditClientIp('::ffff:10.1.2.3'), '10.1.2.3');
    assert.equal(auditClientIp('127.0.0.1'), '127.0.0.1');
    assert.equal(auditClientIp('::1'), '::1');
    assert.equal(auditClientIp('not-an-ip'), null);
    assert.equal(auditClientIp(undefined), null);
  });

  it('builds entries that pass the audit schema, anonymous ones included', () => {
    const organizationId = '0b5c0c8e-6a4e-4d3e-9e57-0d6f3f0a9a11';
    const entry = authAuditEntry({ requestId: 'req-1', clientAddress: '::ffff:192.0.2.7' }, { organizationId, action: 'auth.login_failed', outcome: 'deny', reason: 'bad_credentials', details: { cause: 'unknown_account' } });
    const parsed = ZAuditEntryInput.parse(entry);
    assert.equal(parsed.actorRole, 'anonymous');
    assert.equal(parsed.actorId, null);
    assert.equal(parsed.clientIp, '192.0.2.7');
    assert.equal(parsed.purpose, 'authentication');
    const swept = ZAuditEntryInput.parse(authAuditEntry(null, { organizationId, action: 'auth.session_idle_expired', outcome: 'allow', actorRole: 'system' }));
    assert.equal(swept.requestId, null);
  });
});
