import { sql, type Kysely } from 'kysely';

// The audit log (DESIGN invariant 6): pending entries written in the caller's transaction, the
// append-only hash-chained log, the head row whose lock orders sequencers, and signed
// checkpoints. See src/modules/audit/README.md.
//
// No foreign key to organizations: audit rows must outlive anything they mention, and nothing
// about another table may ever block or cascade into the log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_pending (
      queued bigint generated always as identity primary key,
      id uuid not null,
      organization_id uuid not null,
      at timestamptz not null,
      actor_id text,
      actor_role text not null,
      action text not null,
      resource_type text not null,
      resource_id text,
      subject_id text,
      purpose text not null,
      outcome text not null,
      reason text,
      request_id text,
      client_ip text,
      details bytea
    )`.execute(db);

  await sql`
    create table audit_log (
      seq bigint primary key check (seq >= 1),
      id uuid not null unique,
      organization_id uuid not null,
      at timestamptz not null,
      actor_id text,
      actor_role text not null,
      action text not null,
      resource_type text not null,
      resource_id text,
      subject_id text,
      purpose text not null,
      outcome text not null,
      reason text,
      request_id text,
      client_ip text,
      details bytea,
      prev_hash bytea not null check (octet_length(prev_hash) = 32),
      hash bytea not null check (octet_length(hash) = 32)
    )`.execute(db);
  // The console searches within one organization by patient, actor or time, newest first.
  await sql`create index audit_log_org_seq on audit_log (organization_id, seq)`.execute(db);
  await sql`create index audit_log_org_subject on audit_log (organization_id, subject_id, seq) where subject_id is not null`.execute(db);
  await sql`create index audit_log_org_actor on audit_log (organization_id, actor_id, seq) where actor_id is not null`.execute(db);
  await sql`create index audit_log_org_at on audit_log (organization_id, at)`.execute(db);

  await sql`
    create table audit_head (
      id smallint primary key check (id = 1),
      seq bigint not null,
      hash bytea not null,
      checkpoint_seq bigint not null,
      checkpoint_at timestamptz not null
    )`.execute(db);
  await sql`insert into audit_head (id, seq, hash, checkpoint_seq, checkpoint_at) values (1, 0, ${Buffer.alloc(32)}, 0, now())`.execute(db);

  await sql`
    create table audit_checkpoints (
      seq_to bigint primary key,
      seq_from bigint not null check (seq_from >= 0 and seq_from < seq_to),
      merkle_root bytea not null,
      head_hash bytea not null,
      sealed_at timestamptz not null,
      key_id text not null,
      signature bytea not null
    )`.execute(db);

  // Defense in depth: the application never changes these rows, so the database refuses to.
  // A database owner can disable the triggers; the hash chain and the signed checkpoints (also
  // kept outside the database) are what make such a change visible.
  await sql`
    create function audit_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit rows are append-only (% on %)', tg_op, tg_table_name using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const table of ['audit_log', 'audit_checkpoints']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function audit_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)} for each statement execute function audit_reject_change()`.execute(db);
  }
  // Pending entries are only ever inserted (by appendAudit) and deleted (by the sequencer).
  await sql`create trigger audit_pending_no_update before update on audit_pending for each row execute function audit_reject_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_checkpoints', 'audit_head', 'audit_log', 'audit_pending']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists audit_reject_change()`.execute(db);
}
