import type { Migration } from 'kysely';
import * as m0001 from './0001-core';
import * as m0002 from './0002-crypto';
import * as m0003 from './0003-audit';
import * as m0004 from './0004-identity';
import * as m0005 from './0005-access';
import * as m0006 from './0006-records';

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-core': m0001,
  '0002-crypto': m0002,
  '0003-audit': m0003,
  '0004-identity': m0004,
  '0005-access': m0005,
  '0006-records': m0006,
};
