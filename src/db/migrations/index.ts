import type { Migration } from 'kysely';
import * as m0001 from './0001-core';
import * as m0002 from './0002-crypto';
import * as m0003 from './0003-audit';
import * as m0004 from './0004-identity';
import * as m0005 from './0005-access';
import * as m0006 from './0006-records';
import * as m0007 from './0007-patients';
import * as m0008 from './0008-consent';
import * as m0009 from './0009-ai';
import * as m0010 from './0010-records-import';
import * as m0011 from './0011-patient-rights';
import * as m0012 from './0012-sharing';

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-core': m0001,
  '0002-crypto': m0002,
  '0003-audit': m0003,
  '0004-identity': m0004,
  '0005-access': m0005,
  '0006-records': m0006,
  '0007-patients': m0007,
  '0008-consent': m0008,
  '0009-ai': m0009,
  '0010-records-import': m0010,
  '0011-patient-rights': m0011,
  '0012-sharing': m0012,
};
