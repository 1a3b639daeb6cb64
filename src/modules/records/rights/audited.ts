// One audit entry per attempt, as at the records door: the work and its entry commit together;
// if the work fails after an allow, nothing commits and the same entry is written with outcome
// 'error' and no details (they would be sealed under a patient key that may be the very thing
// that failed).
import { AppError, isAppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import type { AuditService } from '../../audit/audit.service';
import type { TAuditEntryInput } from '../../audit/audit.types';

/**
 * @example
 *   return runAudited({ db, audit }, granted.auditEntry({ action: 'amendment.list' }), async (trx) => ({ value, details: { count } }));
 */
export async function runAudited<T>(
  deps: { db: Db; audit: Pick<AuditService, 'appendAudit'> },
  entry: TAuditEntryInput,
  work: (trx: Db) => Promise<{ value: T; details?: Record<string, unknown> }>,
): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const done = await work(trx);
      await deps.audit.appendAudit(trx, done.details ? { ...entry, details: { ...entry.details, ...done.details } } : entry);
      return done.value;
    });
  } catch (error) {
    const { details: _details, ...base } = entry;
    const code = isAppError(error) ? error.code : 'internal';
    await deps.audit.appendAudit(deps.db, { ...base, outcome: 'error', reason: [base.reason, `error:${code}`].filter(Boolean).join(',').slice(0, 2000) });
    if (isAppError(error) && error.code === 'key_unavailable' && error.details?.shredded === true) {
      // The same plain, PHI-free answer as the records door gives for a deleted patient.
      throw new AppError('not_found', "This patient's records were deleted and can no longer be read", { erased: true }, { cause: error });
    }
    throw error;
  }
}
