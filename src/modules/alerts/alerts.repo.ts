// Alerts for the compliance officer's monitoring console: lockouts, break-glass, 2FA resets, BAA
// expiry. Summaries are PHI-free; the linked audit entry holds the encrypted details.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { AlertsTable } from '../identity/identity.tables';

export type TAlert = Selectable<AlertsTable>;

export interface TNewAlert {
  organizationId: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  summary: string;
  userId?: string | null;
  patientId?: string | null;
  auditEntryId?: string | null;
  at: Date;
}

/** Records an alert in `db` (the caller's transaction, so it commits with the event it describes). */
export async function insertAlert(db: Db, alert: TNewAlert): Promise<{ id: string }> {
  const id = randomUUID();
  await db
    .insertInto('alerts')
    .values({
      id,
      organization_id: alert.organizationId,
      kind: alert.kind,
      severity: alert.severity,
      summary: alert.summary,
      user_id: alert.userId ?? null,
      patient_id: alert.patientId ?? null,
      audit_entry_id: alert.auditEntryId ?? null,
      created_at: alert.at,
    })
    .execute();
  return { id };
}

export async function listOpenAlerts(db: Db, organizationId: string, limit = 100): Promise<TAlert[]> {
  return db.selectFrom('alerts').selectAll().where('organization_id', '=', organizationId).where('acknowledged_at', 'is', null).orderBy('created_at', 'desc').limit(limit).execute();
}

export async function listAlerts(db: Db, q: { organizationId: string; kind?: string; limit?: number }): Promise<TAlert[]> {
  let query = db.selectFrom('alerts').selectAll().where('organization_id', '=', q.organizationId);
  if (q.kind) query = query.where('kind', '=', q.kind);
  return query.orderBy('created_at', 'desc').limit(q.limit ?? 100).execute();
}
