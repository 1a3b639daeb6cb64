import type { Kysely } from 'kysely';

// Placeholder: filled in by the module's work; until then it changes nothing.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
