// The only SQL over import_source_keys: which of our records a source's resource became. No PHI:
// the key is a keyed blind index, the content a keyed hash.
import type { Db } from '../../../db/client';

export interface TSourceKeyRow {
  sourceBidx: Buffer;
  patientId: string;
  recordId: string;
  resourceType: string;
  contentHmac: Buffer;
}

/** The rows for these keys (one organization), keyed by the hex of the blind index. */
export async function findSourceKeys(db: Db, organizationId: string, bidxs: readonly Uint8Array[]): Promise<Map<string, TSourceKeyRow>> {
  const out = new Map<string, TSourceKeyRow>();
  for (let i = 0; i < bidxs.length; i += 500) {
    const chunk = bidxs.slice(i, i + 500).map((b) => Buffer.from(b));
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('import_source_keys')
      .select(['source_bidx', 'patient_id', 'record_id', 'resource_type', 'content_hmac'])
      .where('organization_id', '=', organizationId)
      .where('source_bidx', 'in', chunk)
      .execute();
    for (const r of rows) {
      const sourceBidx = Buffer.from(r.source_bidx);
      out.set(sourceBidx.toString('hex'), { sourceBidx, patientId: r.patient_id, recordId: r.record_id, resourceType: r.resource_type, contentHmac: Buffer.from(r.content_hmac) });
    }
  }
  return out;
}

/** Records (or moves on) what a source resource became, in the write's transaction. */
export async function upsertSourceKey(
  db: Db,
  row: { organizationId: string; sourceBidx: Uint8Array; patientId: string; recordId: string; resourceType: string; contentHmac: Uint8Array; at: Date },
): Promise<void> {
  await db
    .insertInto('import_source_keys')
    .values({
      organization_id: row.organizationId,
      source_bidx: Buffer.from(row.sourceBidx),
      patient_id: row.patientId,
      record_id: row.recordId,
      resource_type: row.resourceType,
      content_hmac: Buffer.from(row.contentHmac),
      created_at: row.at,
      updated_at: row.at,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'source_bidx']).doUpdateSet({ content_hmac: Buffer.from(row.contentHmac), updated_at: row.at }))
    .execute();
}
