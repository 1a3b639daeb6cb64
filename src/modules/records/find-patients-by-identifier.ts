// Looking a patient up by an identifier (MRN, SSN, e-mail, insurance member id) through the blind
// index: the value is hashed with the organization's blind-index key, never compared or stored in
// clear. Every candidate passes authorize() (a record.read of their Patient resource) before it is
// returned; refusals are audited there. The lookup itself leaves one entry per patient returned
// (so it shows in each patient's access history), or one entry without a patient when none is.
import { isAppError } from '../../core/errors';
import { defaultPurpose } from '../access/actor-loader';
import type { Authorization } from '../access/authorize';
import { IDENTIFIER_NORMALIZATION } from './fhir-resource';
import { findPatientIdsByBlindIndex } from './records.repo';
import type { RecordsService, RecordsServiceDeps } from './records.service';

export function createPatientLookup(deps: RecordsServiceDeps): RecordsService['findPatientsByIdentifier'] {
  const { db, crypto, audit } = deps;
  return async (input) => {
    const organizationId = input.auth.organizationId;
    const bidx = await crypto.blindIndex(db, { organizationId, scope: `record_identifiers.${input.kind}`, value: input.value, normalization: IDENTIFIER_NORMALIZATION[input.kind] });
    const candidates = await findPatientIdsByBlindIndex(db, { organizationId, kind: input.kind, bidx });
    const allowed: Array<{ patientId: string; granted: Authorization }> = [];
    for (const patientId of candidates) {
      try {
        const granted = await deps.authorize(db, {
          auth: input.auth,
          action: 'record.read',
          resource: { kind: 'record', organizationId, patientId, resourceType: 'Patient' },
          ...(input.purpose ? { purpose: input.purpose } : {}),
          requestContext: input.requestContext,
        });
        allowed.push({ patientId, granted });
      } catch (error) {
        // A refused candidate is audited by authorize() and simply not returned.
        if (isAppError(error) && error.code === 'forbidden') continue;
        throw error;
      }
    }
    await db.transaction().execute(async (trx) => {
      for (const { patientId, granted } of allowed) {
        await audit.appendAudit(trx, granted.auditEntry({ action: 'record.lookup', resourceType: 'Patient', resourceId: patientId, details: { identifierKind: input.kind } }));
      }
      if (allowed.length === 0) {
        await audit.appendAudit(trx, {
          organizationId,
          actorId: input.auth.userId,
          actorRole: input.auth.role,
          action: 'record.lookup',
          resourceType: 'Patient',
          resourceId: null,
          subjectId: null,
          purpose: input.purpose ?? defaultPurpose(input.auth),
          outcome: 'allow',
          reason: 'no_match',
          requestId: input.requestContext.requestId,
          clientIp: input.requestContext.clientAddress,
          details: { identifierKind: input.kind, candidates: candidates.length, returned: 0 },
        });
      }
    });
    return allowed.map((a) => a.patientId);
  };
}
