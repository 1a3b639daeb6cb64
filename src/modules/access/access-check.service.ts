// A stand-in for the records module's door until it exists: checks whether the caller may act on
// one type of a patient's records, through authorize() exactly as a record read will, and audits
// the answer like a record access (allow or deny). It reads no PHI.
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { Decision, Purpose, ResourceType } from './access.types';
import type { Authorize } from './authorize';
import { findPatient } from './directory.repo';

export type TRecordAction = 'read' | 'create' | 'update';

export interface AccessCheckServiceDeps {
  db: Db;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
}

export interface AccessCheckService {
  /** The allow decision; a denial throws forbidden (403) after its audit entry is written. */
  checkRecordAccess(input: {
    auth: TAuth;
    patientId: string;
    resourceType: ResourceType;
    action: TRecordAction;
    purpose?: Purpose;
    requestContext: TRequestContext;
  }): Promise<Decision>;
}

/**
 * @example
 *   const checks = createAccessCheckService({ db: ctx.db, audit: ctx.audit, authorize });
 *   const decision = await checks.checkRecordAccess({ auth, patientId, resourceType: 'Observation', action: 'read', requestContext });
 */
export function createAccessCheckService(deps: AccessCheckServiceDeps): AccessCheckService {
  return {
    async checkRecordAccess({ auth, patientId, resourceType, action, purpose, requestContext }) {
      const patient = await findPatient(deps.db, patientId);
      // Unknown patients are taken to be in the caller's organization, so that a denial does not
      // reveal whether a patient exists; nothing is allowed on one anyway (no team, no token).
      const organizationId = patient?.organizationId ?? auth.organizationId;
      const granted = await deps.authorize(deps.db, {
        auth,
        action: `record.${action}`,
        resource: { kind: 'record', organizationId, patientId, resourceType },
        ...(purpose ? { purpose } : {}),
        requestContext,
      });
      await deps.audit.appendAudit(deps.db, granted.auditEntry({ details: { accessCheck: true } }));
      return granted.decision;
    },
  };
}
