// The patient-rights vocabulary shared by the services, routes and tests: what a caller passes
// and what each right answers. Nothing here holds PHI beyond what the patient may see.
import type { AppClock } from '../../../context';
import type { Db } from '../../../db/client';
import type { TAuth } from '../../../server/auth';
import type { TRequestContext } from '../../../server/request-context';
import type { Authorize } from '../../access/authorize';
import type { AuditService } from '../../audit/audit.service';
import type { CryptoService } from '../../crypto/crypto.service';

export interface RightsDeps {
  /** The root database (authorize() runs on it before any transaction). */
  db: Db;
  crypto: CryptoService;
  audit: Pick<AuditService, 'appendAudit' | 'queryAudit' | 'readAuditDetails'>;
  authorize: Authorize;
  clock: AppClock;
}

export interface TRightsCall {
  auth: TAuth;
  requestContext: TRequestContext;
}

/** One line of "Who saw my data". */
export interface TAccessLogEntry {
  id: string;
  seq: number;
  at: Date;
  action: string;
  resourceType: string;
  outcome: string;
  purpose: string;
  actorRole: string;
  /** A staff member's name; null for the patient themself, other patients and system actors (minimum necessary). */
  actorName: string | null;
  /** The patient themself acted. */
  self: boolean;
  breakGlass: boolean;
}

/** One line of the accounting of disclosures. */
export interface TDisclosure {
  id: string;
  seq: number;
  at: Date;
  recipientKind: 'ai_provider' | 'third_party';
  recipient: string | null;
  purpose: string;
  categories: string[];
  identifiable: boolean | null;
  task: string | null;
  recordCount: number | null;
  /** Third-party disclosures: 'authorization' or the 45 CFR 164.512 basis (modules/sharing LEGAL_BASES). */
  legalBasis: string | null;
  outcome: string;
}

export interface TPage<T> {
  entries: T[];
  nextBefore: number | null;
}
