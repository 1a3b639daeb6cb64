// Shapes of access tokens at the edges: the scope as requested and as stored (validated on every
// read, since a jsonb column is only as good as its last writer), and the token as listed.
import { z } from 'zod';
import { PURPOSES, RESOURCE_TYPES } from './access.types';

export const ZTokenSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patient'), patientId: z.uuid() }),
  z.strictObject({ kind: z.literal('care_team'), careTeamId: z.uuid() }),
]);

export const ZTokenScope = z
  .strictObject({
    resourceTypes: z.array(z.enum(RESOURCE_TYPES)).min(1).max(RESOURCE_TYPES.length),
    subject: ZTokenSubject,
    access: z.enum(['read', 'read_write']),
    purpose: z.enum(PURPOSES),
  })
  .meta({ id: 'AccessTokenScope' });
export type TTokenScope = z.infer<typeof ZTokenScope>;

/** A label for the integration ('Lab import', 'Home BP cuff'); not a place for patient details. */
export const ZTokenName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N} ._()/-]+$/u, 'letters, digits, spaces and . _ ( ) / - only');

export const ZAccessTokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** 'cus_pat_…' and the last four characters: enough to recognize it, none of the secret. */
    hint: z.string(),
    scope: ZTokenScope,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AccessToken' });
export type TAccessTokenView = z.infer<typeof ZAccessTokenView>;
