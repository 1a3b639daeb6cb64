// The only SQL of the audit module. Every function takes the database or the transaction to run
// in; the sequencer and verifyAudit pass their transaction for every query.
import { CompiledQuery, sql, type Insertable, type RawBuilder } from 'kysely';
import { asBuffer, type Db } from '../../db/client';
import type { SignedCheckpoint } from './audit-hash';
import { CANONICAL_TAG, ENTRY_TEXT_COLUMNS } from './audit-canonical';
import type { AuditPendingTable } from './audit.tables';
import type { TAuditEntry } from './audit.types';

const ENTRY_COLUMNS = ['id', 'organization_id', 'at', ...ENTRY_TEXT_COLUMNS, 'details'] as const;

/**
 * SQL for the canonical bytes of the row aliased `alias`, numbered `seq` (see
 * audit-canonical.ts for the format). Built only from constant column names.
 */
function canonicalBytesSql(alias: string, seq: RawBuilder<unknown>): RawBuilder<Uint8Array> {
  const col = (name: string): string => `${alias}.${name}`;
  const lengthPrefixed = (expr: string, bytes: string): string => `(case when ${expr} is null then '\\xffffffff'::bytea else int4send(octet_length(${expr})) || ${bytes} end)`;
  const text = ENTRY_TEXT_COLUMNS.map((c) => lengthPrefixed(col(c), `textsend(${col(c)})`)).join(' || ');
  return sql<Uint8Array>`('\\x${sql.raw(CANONICAL_TAG.toString('hex'))}'::bytea || int8send(${seq}::int8) || uuid_send(${sql.raw(col('id'))}) || uuid_send(${sql.raw(col('organization_id'))}) || timestamptz_send(${sql.raw(col('at'))}) || ${sql.raw(text)} || ${sql.raw(lengthPrefixed(col('details'), col('details')))})`;
}

/**
 * Resolves built-in functions from pg_catalog before anything a database owner could have
 * created in the application schema (e.g. a fake sha256 that hides an edit). Transaction-local.
 */
export async function pinSearchPath(trx: Db): Promise<void> {
  await sql`select set_config('search_path', 'pg_catalog, ' || quote_ident(current_schema()), true)`.execute(trx);
}

/** `insert into audit_pending (...) values ($1, ..., $16), ...` for `count` rows. */
function insertPendingSql(count: number): string {
  const rows = Array.from({ length: count }, (_, r) => `(${ENTRY_COLUMNS.map((_, c) => `$${r * ENTRY_COLUMNS.length + c + 1}`).join(', ')})`);
  return `insert into audit_pending (${ENTRY_COLUMNS.join(', ')}) values ${rows.join(', ')}`;
}
// Appends run in every PHI transaction: the one-row statement is prepared once, not rebuilt.
const INSERT_ONE_PENDING = insertPendingSql(1);

export async function insertPendingEntries(db: Db, rows: Omit<Insertable<AuditPendingTable>, 'queued'>[]): Promise<void> {
  // 16 parameters a row: chunks keep a batch far below PostgreSQL's 65,535-parameter limit.
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const params = chunk.flatMap((row) => ENTRY_COLUMNS.map((c) => row[c] ?? null));
    await db.executeQuery(CompiledQuery.raw(chunk.length === 1 ? INSERT_ONE_PENDING : insertPendingSql(chunk.length), params));
  }
}

export interface HeadRow {
  seq: number;
  hash: Buffer;
  checkpointSeq: number;
  checkpointAt: Date;
}

/** An unlocked look at the head, so an idle sequencer tick takes no lock. */
export async function peekHead(db: Db): Promise<HeadRow & { hasPending: boolean }> {
  const { rows } = await sql<{ seq: number; hash: Uint8Array; checkpoint_seq: number; checkpoint_at: Date; has_pending: boolean }>`
    select h.seq, h.hash, h.checkpoint_seq, h.checkpoint_at, exists (select 1 from audit_pending) as has_pending
    from audit_head h where h.id = 1`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('audit_head row is missing (migration 0003-audit not applied?)');
  return { seq: row.seq, hash: asBuffer(row.hash), checkpointSeq: row.checkpoint_seq, checkpointAt: row.checkpoint_at, hasPending: row.has_pending };
}

/**
 * Reads the head row. With forUpdate it stays locked until the transaction ends: that lock is
 * what orders all sequencers, in every process and instance.
 */
export async function readHead(trx: Db, options: { forUpdate: boolean }): Promise<HeadRow> {
  const query = trx.selectFrom('audit_head').select(['seq', 'hash', 'checkpoint_seq', 'checkpoint_at']).where('id', '=', 1);
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw new Error('audit_head row is missing (migration 0003-audit not applied?)');
  return { seq: row.seq, hash: asBuffer(row.hash), checkpointSeq: row.checkpoint_seq, checkpointAt: row.checkpoint_at };
}

export async function updateHead(trx: Db, head: HeadRow): Promise<void> {
  await trx
    .updateTable('audit_head')
    .set({ seq: head.seq, hash: head.hash, checkpoint_seq: head.checkpointSeq, checkpoint_at: head.checkpointAt })
    .where('id', '=', 1)
    .execute();
}

/** The oldest pending entries, numbered from baseSeq + 1, with the digests of their canonical bytes. */
export async function selectPendingDigests(trx: Db, baseSeq: number, limit: number): Promise<{ queued: number; seq: number; digest: Buffer }[]> {
  const { rows } = await sql<{ queued: number; seq: number; digest: Uint8Array }>`
    select s.queued, s.seq, sha256(${canonicalBytesSql('s', sql`s.seq`)}) as digest
    from (
      select p.*, ${baseSeq}::int8 + row_number() over (order by p.queued) as seq
      from audit_pending p order by p.queued limit ${limit}
    ) s
    order by s.queued`.execute(trx);
  return rows.map((r) => ({ queued: r.queued, seq: r.seq, digest: asBuffer(r.digest) }));
}

/** Copies pending entries into the log with their seq and hashes, then deletes them from pending. */
export async function movePendingToLog(trx: Db, rows: { queued: number; seq: number; prevHash: Buffer; hash: Buffer }[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.queued}::int8, ${r.seq}::int8, ${r.prevHash}::bytea, ${r.hash}::bytea)`));
  const columns = sql.raw(ENTRY_COLUMNS.join(', '));
  const fromPending = sql.raw(ENTRY_COLUMNS.map((c) => `p.${c}`).join(', '));
  const inserted = await sql`
    insert into audit_log (seq, ${columns}, prev_hash, hash)
    select v.seq, ${fromPending}, v.prev_hash, v.hash
    from (values ${values}) as v(queued, seq, prev_hash, hash)
    join audit_pending p on p.queued = v.queued`.execute(trx);
  if (Number(inserted.numAffectedRows ?? rows.length) !== rows.length) throw new Error('audit sequencer lost pending entries');
  await trx
    .deleteFrom('audit_pending')
    .where(
      'queued',
      'in',
      rows.map((r) => r.queued),
    )
    .execute();
}

/** Entry hashes of seq from+1 .. to, in order: the leaves of a checkpoint. */
export async function selectHashRange(trx: Db, from: number, to: number): Promise<Buffer[]> {
  const rows = await trx.selectFrom('audit_log').select('hash').where('seq', '>', from).where('seq', '<=', to).orderBy('seq').execute();
  return rows.map((r) => asBuffer(r.hash));
}

export async function insertCheckpoint(trx: Db, cp: SignedCheckpoint): Promise<void> {
  await trx
    .insertInto('audit_checkpoints')
    .values({ seq_from: cp.from, seq_to: cp.to, merkle_root: cp.merkleRoot, head_hash: cp.headHash, sealed_at: cp.sealedAt, key_id: cp.keyId, signature: cp.signature })
    .execute();
}

/** Checkpoints with seq_to above `afterTo`, in order. */
export async function listCheckpointsAfter(db: Db, afterTo: number, limit: number): Promise<SignedCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoints').selectAll().where('seq_to', '>', afterTo).orderBy('seq_to').limit(limit).execute();
  return rows.map((r) => ({
    from: r.seq_from,
    to: r.seq_to,
    merkleRoot: asBuffer(r.merkle_root),
    headHash: asBuffer(r.head_hash),
    sealedAt: r.sealed_at,
    keyId: r.key_id,
    signature: asBuffer(r.signature),
  }));
}

export interface ChainRow {
  seq: number;
  prev_hash: Uint8Array;
  hash: Uint8Array;
  /** SHA-256 of the row's canonical bytes, computed by the database from the stored columns. */
  digest: Uint8Array;
}

/** Byte offsets in a packed chain row (selectPackedChainBatch). */
export const PACKED = { seq: 0, prevHash: 8, hash: 40, digest: 72, length: 104 } as const;

/**
 * One verification batch: the next `limit` rows after `afterSeq`, each packed by the database
 * as int8 seq || prev_hash || hash || digest. One column to decode per row instead of four is
 * most of what lets verification keep up with 200,000 rows a second.
 */
export async function selectPackedChainBatch(trx: Db, afterSeq: number, limit: number): Promise<Buffer[]> {
  const { rows } = await sql<{ p: Uint8Array }>`
    select int8send(a.seq) || a.prev_hash || a.hash || sha256(${canonicalBytesSql('a', sql`a.seq`)}) as p
    from audit_log a where a.seq > ${afterSeq} order by a.seq limit ${limit}`.execute(trx);
  return rows.map((r) => asBuffer(r.p));
}

/** The row stored at `seq`, with the digest it would have if it were numbered `asSeq`. */
export async function selectChainRowAs(trx: Db, seq: number, asSeq: number): Promise<ChainRow | undefined> {
  const { rows } = await sql<ChainRow>`
    select a.seq, a.prev_hash, a.hash, sha256(${canonicalBytesSql('a', sql`${asSeq}`)}) as digest
    from audit_log a where a.seq = ${seq}`.execute(trx);
  return rows[0];
}

/** Where a row with this hash sits now (a full scan: only used to explain a failure). */
export async function findSeqByHash(trx: Db, hash: Uint8Array): Promise<number | undefined> {
  const row = await trx.selectFrom('audit_log').select('seq').where('hash', '=', Buffer.from(hash)).orderBy('seq').limit(1).executeTakeFirst();
  return row?.seq;
}

export async function countPending(db: Db): Promise<number> {
  const row = await db.selectFrom('audit_pending').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Canonical digest computed by the database for a pending or logged entry (tests pin it to audit-canonical.ts). */
export async function selectDigestOfEntry(db: Db, id: string, seq: number): Promise<Buffer | undefined> {
  const { rows } = await sql<{ digest: Uint8Array }>`
    select sha256(${canonicalBytesSql('e', sql`${seq}`)}) as digest
    from (select ${sql.raw(ENTRY_COLUMNS.join(', '))} from audit_log union all select ${sql.raw(ENTRY_COLUMNS.join(', '))} from audit_pending) e
    where e.id = ${id}`.execute(db);
  return rows[0] ? asBuffer(rows[0].digest) : undefined;
}

export async function searchEntries(
  db: Db,
  q: { organizationId: string; subjectId?: string | undefined; actorId?: string | undefined; action?: string | undefined; from?: Date | undefined; to?: Date | undefined; beforeSeq?: number | undefined; limit: number },
): Promise<TAuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['seq', 'id', 'organization_id', 'at', 'actor_id', 'actor_role', 'action', 'resource_type', 'resource_id', 'subject_id', 'purpose', 'outcome', 'reason', 'request_id', 'client_ip'])
    .select((eb) => eb('details', 'is not', null).as('has_details'))
    .where('organization_id', '=', q.organizationId);
  if (q.subjectId !== undefined) query = query.where('subject_id', '=', q.subjectId);
  if (q.actorId !== undefined) query = query.where('actor_id', '=', q.actorId);
  if (q.action !== undefined) query = query.where('action', '=', q.action);
  if (q.from !== undefined) query = query.where('at', '>=', q.from);
  if (q.to !== undefined) query = query.where('at', '<', q.to);
  if (q.beforeSeq !== undefined) query = query.where('seq', '<', q.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({
    seq: r.seq,
    id: r.id,
    organizationId: r.organization_id,
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    subjectId: r.subject_id,
    purpose: r.purpose,
    outcome: r.outcome,
    reason: r.reason,
    requestId: r.request_id,
    clientIp: r.client_ip,
    hasDetails: Boolean(r.has_details),
  }));
}

/** The encrypted details of one entry of one organization: undefined if there is no such entry. */
export async function findEntryDetails(db: Db, organizationId: string, id: string): Promise<{ details: Buffer | null; subjectId: string | null } | undefined> {
  const row = await db.selectFrom('audit_log').select(['details', 'subject_id']).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { details: row.details ? asBuffer(row.details) : null, subjectId: row.subject_id };
}
