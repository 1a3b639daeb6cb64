import type { Kysely } from 'kysely';

// Sharing with third parties (modules/sharing): filled in by the sharing module.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
