import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEncryptedColumnRegistry } from './encrypted-columns';

const col = (table: string, column = 'x_ct') => ({ table, idColumn: 'id', column, organizationColumn: 'organization_id' });

test('lists registered columns sorted by table and column, once each', () => {
  const registry = createEncryptedColumnRegistry([col('users', 'email_ct')]);
  registry.register(col('audit_log', 'details'));
  registry.register(col('users', 'email_ct'));
  registry.register(col('notes', 'body_ct'));
  assert.deepEqual(registry.list().map((c) => `${c.table}.${c.column}`), ['audit_log.details', 'notes.body_ct', 'users.email_ct']);
});

test('refuses names that are not plain SQL identifiers (they are interpolated as identifiers)', () => {
  const registry = createEncryptedColumnRegistry();
  for (const bad of ['Users', 'users; drop table x', 'public.users', '', '1users', 'a"b']) {
    assert.throws(() => registry.register(col(bad)), /plain SQL identifiers/, bad);
  }
  assert.throws(() => registry.register({ ...col('users'), organizationColumn: 'org id' }), /plain SQL identifiers/);
  assert.deepEqual(registry.list(), []);
});

test('the list is a copy: changing it does not change the registry', () => {
  const registry = createEncryptedColumnRegistry([col('users')]);
  registry.list()[0]!.table = 'other';
  assert.equal(registry.list()[0]!.table, 'users');
});
