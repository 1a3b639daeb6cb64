// The registry of columns holding organization-level envelopes. Modules register theirs at wiring
// time; the rotation sweep re-encrypts exactly these. A column missing here keeps old-version
// ciphertext, which becomes unreadable once the old version retires: register every one.
import { AppError } from '../../core/errors';
import type { EncryptedColumn } from './crypto.types';

export interface EncryptedColumnRegistry {
  register(column: EncryptedColumn): void;
  /** Sorted by table and column, so a resumed sweep walks them in the same order. */
  list(): EncryptedColumn[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * @example
 *   const columns = createEncryptedColumnRegistry([{ table: 'users', idColumn: 'id', column: 'email_ct', organizationColumn: 'organization_id' }]);
 *   columns.register({ table: 'audit_log', idColumn: 'id', column: 'details', organizationColumn: 'organization_id', immutable: true });
 */
export function createEncryptedColumnRegistry(initial: EncryptedColumn[] = []): EncryptedColumnRegistry {
  const columns = new Map<string, EncryptedColumn>();
  const register = (c: EncryptedColumn): void => {
    for (const name of [c.table, c.idColumn, c.column, c.organizationColumn]) {
      // The names go into SQL as identifiers: only plain lower-case names are accepted.
      if (!IDENTIFIER.test(name)) throw new AppError('internal', `Encrypted column names must be plain SQL identifiers, got "${name}"`);
    }
    columns.set(`${c.table}.${c.column}`, { ...c });
  };
  initial.forEach(register);
  return {
    register,
    list: () => [...columns.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => ({ ...c })),
  };
}
