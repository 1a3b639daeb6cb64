// "Who saw my data" and the accounting of disclosures (45 CFR 164.528): both read the audit log
// for entries about one patient. The patient sees their own, compliance officers any patient's
// (policy action patient.read_disclosures). Reading either is itself audited, and staff appear by
// name and role only; another patient who tried to reach the record appears only as "a patient",
// since their name is their own PHI.
import { z } from 'zod';
import { findPatient } from '../../access/directory.repo';
import type { TAuditEntry } from '../../audit/audit.types';
import { DISCLOSURE_AUDIT_ACTION, DATA_CATEGORIES, type TDisclosureAuditDetails } from '../../consent/consent.contract';
import { decryptProfile } from '../../identity/user-fields';
import { findUserById } from '../../identity/users.repo';
import type { RightsDeps, TAccessLogEntry, TDisclosure, TPage, TRightsCall } from './rights.types';

export const MAX_PAGE = 100;

const ZDisclosureDetails = z.looseObject({
  recipientLabel: z.string().max(500),
  purpose: z.string().max(64),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  recordIds: z.array(z.string()).optional(),
  identifiable: z.boolean(),
  task: z.string().max(2000).optional(),
  // Third-party disclosures (modules/sharing) add what the disclosure rests on.
  legalBasis: z.string().max(64).optional(),
});
// The fields read here are TDisclosureAuditDetails' (the gateway writes them); checked at run time.
export type TDisclosureDetailsRead = Pick<TDisclosureAuditDetails, 'recipientLabel' | 'categories' | 'identifiable'>;

export interface AccessLogService {
  /** Audit entries about the patient, newest first; `before` is the seq cursor of the previous page. */
  readAccessLog(input: TRightsCall & { patientId: string; before?: number; limit?: number }): Promise<TPage<TAccessLogEntry>>;
  /** Disclosures of the patient's data outside treatment (AI providers, third parties), newest first. */
  readDisclosures(input: TRightsCall & { patientId: string; before?: number; limit?: number }): Promise<TPage<TDisclosure>>;
}

/**
 * @example
 *   const log = createAccessLogService({ db, crypto, audit, authorize, clock });
 *   const { entries, nextBefore } = await log.readAccessLog({ auth, patientId, requestContext });
 */
export function createAccessLogService(deps: RightsDeps): AccessLogService {
  const { db, audit } = deps;

  async function authorizeRead(input: TRightsCall & { patientId: string }) {
    const patient = await findPatient(db, input.patientId);
    const organizationId = patient?.organizationId ?? input.auth.organizationId;
    const granted = await deps.authorize(db, {
      auth: input.auth,
      action: 'patient.read_disclosures',
      resource: { kind: 'patient', organizationId, patientId: input.patientId },
      requestContext: input.requestContext,
    });
    return { granted, patientUserId: patient?.userId ?? null };
  }

  /** Staff names by user id, decrypted once per call (a page repeats the same few people). */
  function staffNames(organizationId: string) {
    const cache = new Map<string, Promise<string | null>>();
    return (userId: string) => {
      let name = cache.get(userId);
      if (!name) {
        name = (async () => {
          const user = await findUserById(db, organizationId, userId);
          if (!user || user.role === 'patient') return null;
          return (await decryptProfile(deps.crypto, db, user)).name;
        })().catch(() => null);
        cache.set(userId, name);
      }
      return name;
    };
  }

  return {
    async readAccessLog(input) {
      const { granted, patientUserId } = await authorizeRead(input);
      const organizationId = granted.actor.organizationId;
      const limit = clampLimit(input.limit);
      const page = await audit.queryAudit(db, { organizationId, subjectId: input.patientId, limit, ...(input.before ? { beforeSeq: input.before } : {}) });
      const nameOf = staffNames(organizationId);
      const entries: TAccessLogEntry[] = [];
      for (const e of page.entries) {
        const staff = e.actorId !== null && e.actorRole !== 'patient' && e.actorRole !== 'system';
        entries.push({
          id: e.id,
          seq: e.seq,
          at: e.at,
          action: e.action,
          resourceType: e.resourceType,
          outcome: e.outcome,
          purpose: e.purpose,
          actorRole: e.actorRole,
          actorName: staff ? await nameOf(e.actorId!) : null,
          self: patientUserId !== null && e.actorId === patientUserId,
          breakGlass: (e.reason ?? '').split(',').includes('break_glass'),
        });
      }
      await audit.appendAudit(db, granted.auditEntry({ action: 'patient.read_access_log', details: { entries: entries.length } }));
      return { entries, nextBefore: page.nextBeforeSeq };
    },

    async readDisclosures(input) {
      const { granted } = await authorizeRead(input);
      const organizationId = granted.actor.organizationId;
      const limit = clampLimit(input.limit);
      // One query per disclosure action, merged by seq: the audit search matches actions exactly.
      const pages = await Promise.all(
        Object.values(DISCLOSURE_AUDIT_ACTION).map((action) =>
          audit.queryAudit(db, { organizationId, subjectId: input.patientId, action, limit, ...(input.before ? { beforeSeq: input.before } : {}) }),
        ),
      );
      const merged = pages.flatMap((p) => p.entries).sort((a, b) => b.seq - a.seq);
      const taken = merged.slice(0, limit);
      const moreExist = merged.length > limit || pages.some((p) => p.nextBeforeSeq !== null);
      const entries: TDisclosure[] = [];
      for (const e of taken) entries.push(await describeDisclosure(e));
      await audit.appendAudit(db, granted.auditEntry({ details: { entries: entries.length } }));
      return { entries, nextBefore: moreExist && taken.length > 0 ? taken[taken.length - 1]!.seq : null };

      async function describeDisclosure(e: TAuditEntry): Promise<TDisclosure> {
        const recipientKind = e.action === DISCLOSURE_AUDIT_ACTION.third_party ? 'third_party' : 'ai_provider';
        let details: z.infer<typeof ZDisclosureDetails> | undefined;
        try {
          const raw = e.hasDetails ? await audit.readAuditDetails(db, { organizationId, id: e.id }) : null;
          const parsed = ZDisclosureDetails.safeParse(raw);
          details = parsed.success ? parsed.data : undefined;
        } catch {
          // Details sealed under a destroyed key, or damaged: show what the clear columns say.
          details = undefined;
        }
        return {
          id: e.id,
          seq: e.seq,
          at: e.at,
          recipientKind,
          recipient: details?.recipientLabel ?? null,
          purpose: details?.purpose ?? e.purpose,
          categories: details?.categories ?? [],
          identifiable: details?.identifiable ?? null,
          task: details?.task ?? null,
          recordCount: details?.recordIds?.length ?? null,
          legalBasis: details?.legalBasis ?? null,
          outcome: e.outcome,
        };
      }
    },
  };
}

function clampLimit(limit: number | undefined): number {
  return Math.min(Math.max(limit ?? 50, 1), MAX_PAGE);
}
