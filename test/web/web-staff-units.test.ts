// Unit tests of the web app's staff-page helpers: the API paths and methods, and the rules the
// pages check before sending, kept equal to the server's (so a change on one side fails here).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PURPOSES, RESOURCE_TYPES } from '../../src/modules/access/access.types';
import { ZTokenName } from '../../src/modules/access/access-tokens.types';
import { GRANT_REASON_MIN_LENGTH } from '../../src/modules/access/break-glass';
import { STAFF_ROLES as SERVER_STAFF_ROLES } from '../../src/modules/identity/invitations.service';
import { ZOrganizationSettings } from '../../src/modules/identity/settings.service';
import { adminApi, BREAK_GLASS_REASON_MIN, SETTINGS_RANGES, STAFF_ROLES, TOKEN_NAME_SHAPE, TOKEN_PURPOSES, TOKEN_RESOURCE_TYPES } from '../../web/src/admin-api';
import { createApiClient, CSRF_HEADER } from '../../web/src/api';
import { tokenFromFragment } from '../../web/src/fragment';
import { formatWhen } from '../../web/src/format';
import { DATA_CATEGORY_LABELS } from '../../src/modules/consent/consent.contract';
import { CATEGORY_LABELS } from '../../web/src/pages/consent/category-labels';

describe('web staff rules match the server', () => {
  it('names the consent data categories as the server does (the web app keeps its own copy)', () => {
    assert.deepEqual(CATEGORY_LABELS, DATA_CATEGORY_LABELS);
  });

  it('uses the ranges of the organization settings schema', () => {
    for (const [key, [min, max]] of Object.entries(SETTINGS_RANGES)) {
      const field = ZOrganizationSettings.shape[key as keyof typeof SETTINGS_RANGES];
      const number = 'unwrap' in field ? field.unwrap() : field;
      assert.equal(number.minValue, min, `${key} min`);
      assert.equal(number.maxValue, max, `${key} max`);
      assert.equal(field.safeParse(min - 1).success, false, `${key} below`);
      assert.equal(field.safeParse(max + 1).success, false, `${key} above`);
    }
    assert.equal(ZOrganizationSettings.shape.passwordMaxAgeDays.safeParse(null).success, true, 'periodic change can be off');
  });

  it('offers the resource types, purposes and staff roles the server accepts', () => {
    assert.deepEqual([...TOKEN_RESOURCE_TYPES], [...RESOURCE_TYPES]);
    for (const p of TOKEN_PURPOSES) assert.ok((PURPOSES as readonly string[]).includes(p), p);
    assert.deepEqual([...STAFF_ROLES], [...SERVER_STAFF_ROLES]);
    assert.equal(BREAK_GLASS_REASON_MIN, GRANT_REASON_MIN_LENGTH);
  });

  it('checks token names like the server', () => {
    const samples = ['Lab import', 'Home BP cuff (v2)', 'a/b-c_d.e', 'Ünïcode 12', '', ' ', 'x'.repeat(80), 'x'.repeat(81), 'name; drop', 'emoji 🙂', '<script>', 'tab\there'];
    for (const name of samples) {
      assert.equal(TOKEN_NAME_SHAPE.test(name.trim()) && name.trim().length > 0, ZTokenName.safeParse(name).success, JSON.stringify(name));
    }
  });
});

describe('web staff API calls', () => {
  it('sends each call with the method and path of the routes, ids encoded, CSRF on writes', async () => {
    const seen: string[] = [];
    const client = createApiClient({
      fetch: async (url, init) => {
        const headers = (init?.headers ?? {}) as Record<string, string>;
        seen.push(`${init?.method} ${String(url)} ${headers[CSRF_HEADER] ?? '-'} ${init?.body ?? ''}`);
        return new Response(null, { status: 204 });
      },
      readCookies: () => 'custos_csrf=t1',
    });
    const admin = adminApi(client);
    const id = 'a/b?c';
    await admin.listUsers();
    await admin.inviteUser({ email: 'x@y.z', role: 'clinician' });
    await admin.changeRole(id, 'admin');
    await admin.setStatus(id, 'disabled');
    await admin.resetMfa(id);
    await admin.revokeSessions(id);
    await admin.readOutbox(id);
    await admin.putSettings({ idleTimeoutMinutes: 2, sessionLifetimeHours: 12, passwordMaxAgeDays: null, breakGlassHours: 4 });
    await admin.revokeToken(id);
    await admin.openBreakGlass(id, 'r');
    await admin.reviewBreakGlass(id, { outcome: 'appropriate' });
    await admin.addCareTeamMember(id, 'u1');
    await admin.removeCareTeamPatient(id, id);
    await client.endSession(id);
    await client.requestPasswordReset({ email: 'x@y.z' });
    await client.completePasswordReset({ token: 't', newPassword: 'p' });
    await client.acceptInvitation({ token: 't', name: 'n', password: 'p' });
    assert.deepEqual(seen, [
      'GET /api/v1/admin/users - ',
      'POST /api/v1/admin/users/invitations t1 {"email":"x@y.z","role":"clinician"}',
      'PUT /api/v1/admin/users/a%2Fb%3Fc/role t1 {"role":"admin"}',
      'PUT /api/v1/admin/users/a%2Fb%3Fc/status t1 {"status":"disabled"}',
      'POST /api/v1/admin/users/a%2Fb%3Fc/mfa-reset t1 ',
      'POST /api/v1/admin/users/a%2Fb%3Fc/sessions/revoke t1 ',
      'GET /api/v1/admin/outbox/a%2Fb%3Fc - ',
      'PUT /api/v1/admin/settings t1 {"idleTimeoutMinutes":2,"sessionLifetimeHours":12,"passwordMaxAgeDays":null,"breakGlassHours":4}',
      'POST /api/v1/access-tokens/a%2Fb%3Fc/revoke t1 ',
      'POST /api/v1/patients/a%2Fb%3Fc/break-glass t1 {"reason":"r"}',
      'POST /api/v1/compliance/break-glass-reviews/a%2Fb%3Fc/review t1 {"outcome":"appropriate"}',
      'POST /api/v1/care-teams/a%2Fb%3Fc/members t1 {"userId":"u1"}',
      'DELETE /api/v1/care-teams/a%2Fb%3Fc/patients/a%2Fb%3Fc t1 ',
      'DELETE /api/v1/auth/sessions/a%2Fb%3Fc t1 ',
      'POST /api/v1/auth/password-reset/request t1 {"email":"x@y.z"}',
      'POST /api/v1/auth/password-reset/complete t1 {"token":"t","newPassword":"p"}',
      'POST /api/v1/auth/invitations/accept t1 {"token":"t","name":"n","password":"p"}',
    ]);
  });
});

describe('web small helpers', () => {
  it('reads the token of a link fragment, and nothing else', () => {
    assert.equal(tokenFromFragment('#token=abc'), 'abc');
    assert.equal(tokenFromFragment('#x=1&token=%20abc%20'), 'abc');
    assert.equal(tokenFromFragment('#token='), undefined);
    assert.equal(tokenFromFragment('#tokens=abc'), undefined);
    assert.equal(tokenFromFragment(''), undefined);
  });

  it('formats instants, with a word for none and for garbage', () => {
    assert.match(formatWhen('2026-03-02T09:00:00Z'), /2026/);
    assert.equal(formatWhen(null, 'never'), 'never');
    assert.equal(formatWhen('not a date'), 'unknown');
  });
});
