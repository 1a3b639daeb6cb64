// The consent module's operations for people (patients, and staff who may read consent): forms,
// grants, approval answers, receipts and the FHIR export. Each call authorizes with the access
// policy on the root database first ('patient.manage_consent' to decide, 'patient.read_consent'
// to read), then works and audits in one transaction. Every decision (grant, revoke, approve,
// decline) is an audit entry 'consent.<decision>' with the patient as subject and a signed
// receipt naming that entry. The gate the AI gateway uses is createConsentGate (consent-gate.ts).
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError, isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { TAuditEntryInput } from '../audit/audit.types';
import type { SecretStore } from '../crypto/crypto.types';
import type { Action } from '../access/access.types';
import type { Authorization, Authorize } from '../access/authorize';
import { defaultPurpose } from '../access/actor-loader';
import { findPatient } from '../access/directory.repo';
import { consentBundle, type TFhirConsentBundle } from './consent-fhir';
import { grantStatus } from './consent-decide';
import { loadReceiptSigningKey, type TSignedReceipt } from './consent-receipts';
import { ensureTemplates, issueReceipt, openApprovalRequest, openReceipt, openTerms, sealTerms, toApproval, toGrant, toTemplate, type ConsentCrypto } from './consent-store';
import * as repo from './consent.repo';
import { findProviderConfigRow } from '../ai/ai.repo';
import { findThirdParty } from '../sharing/sharing.repo';
import type { TApproval, TGrant, TGrantTerms, TReceiptSummary, TTemplate } from './consent.types';
import { ZRecipient } from './consent.types';
import type { z } from 'zod';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { createConsentGate, APPROVAL_TTL_MS } from './consent-gate';

/** The details of a validation_failed naming one body field (names only, never values). */
const field = (path: string) => ({ fields: [{ location: 'body', path, problem: 'not allowed by this form' }] });

export interface ConsentServiceDeps {
  /** The root database (authorize() runs on it before the work's transaction opens). */
  db: Db;
  crypto: ConsentCrypto;
  audit: Pick<AuditService, 'appendAudit'>;
  secrets: SecretStore;
  authorize: Authorize;
  clock: AppClock;
}

export interface TConsentCall {
  auth: TAuth;
  requestContext: TRequestContext;
}

export interface TCreateGrantInput {
  templateId: string;
  recipient: z.infer<typeof ZRecipient>;
  recipientLabel: string;
  purposes: TGrantTerms['purposes'];
  categories: TGrantTerms['categories'];
  mode: 'standing' | 'per_instance';
  /** End of the permission; default and maximum: the form's maxDays from now. */
  expiresAt?: Date;
  /** The patient's typed full name (the signature). */
  signedName: string;
}

export interface ConsentService {
  /** Publishes the organization's current forms if missing (at start; also done on first use). */
  publishForms(organizationId: string): Promise<void>;
  listTemplates(call: TConsentCall): Promise<TTemplate[]>;
  getTemplate(call: TConsentCall & { templateId: string }): Promise<TTemplate>;
  listGrants(call: TConsentCall & { patientId: string }): Promise<TGrant[]>;
  createGrant(call: TConsentCall & { patientId: string; input: TCreateGrantInput }): Promise<{ grant: TGrant; receiptId: string }>;
  revokeGrant(call: TConsentCall & { patientId: string; grantId: string }): Promise<{ grant: TGrant; receiptId: string }>;
  listApprovals(call: TConsentCall & { patientId: string }): Promise<TApproval[]>;
  decideApproval(call: TConsentCall & { approvalId: string; decision: 'approve' | 'decline' }): Promise<{ approval: TApproval; receiptId: string }>;
  listReceipts(call: TConsentCall & { patientId: string }): Promise<TReceiptSummary[]>;
  getReceipt(call: TConsentCall & { receiptId: string }): Promise<TSignedReceipt>;
  receiptPublicKey(): Promise<{ keyId: string; publicKeyPem: string }>;
  exportFhir(call: TConsentCall & { patientId: string }): Promise<TFhirConsentBundle>;
}

/**
 * @example
 *   const consent = createConsentService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, secrets: ctx.secrets, clock: ctx.clock,
 *     authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }) });
 *   const { grant } = await consent.createGrant({ auth, patientId, input, requestContext });
 */
export function createConsentService(deps: ConsentServiceDeps): ConsentService {
  const { db, crypto } = deps;

  async function open(call: TConsentCall, action: Action, patientId: string) {
    const patient = await findPatient(db, patientId);
    // As in the records door: an unknown patient is taken to be in the caller's organization.
    const organizationId = patient?.organizationId ?? call.auth.organizationId;
    const granted = await deps.authorize(db, { auth: call.auth, action, resource: { kind: 'patient', organizationId, patientId }, requestContext: call.requestContext });
    return { granted, scope: { organizationId, patientId } };
  }

  /** Work and its audit entry in one transaction; a failure is audited as 'error' outside it. */
  async function audited<T>(granted: Authorization, work: (trx: Db) => Promise<{ value: T; entry?: TAuditEntryInput }>): Promise<T> {
    try {
      return await db.transaction().execute(async (trx) => {
        const { value, entry } = await work(trx);
        if (entry) await deps.audit.appendAudit(trx, entry);
        return value;
      });
    } catch (error) {
      const failure = isAppError(error) ? error : new AppError('internal', 'The consent operation failed', undefined, { cause: error });
      const { details: _details, ...entry } = granted.auditEntry();
      await deps.audit.appendAudit(db, { ...entry, outcome: 'error', reason: [entry.reason, `error:${failure.code}`].filter(Boolean).join(',') });
      throw failure;
    }
  }

  async function templateOf(trx: Db, organizationId: string, templateId: string) {
    const row = await repo.findTemplate(trx, organizationId, templateId);
    if (!row) throw new AppError('integrity_violation', 'A consent refers to a missing form');
    return row;
  }

  async function grantView(trx: Db, row: repo.TGrantRow, now: Date) {
    const terms = await openTerms(crypto, trx, row);
    const template = await templateOf(trx, row.organization_id, row.template_id);
    return { terms, template, grant: toGrant(row, terms, template.version, now) };
  }


  /** An id that names nothing: refused like a denial, and audited, so probing ids leaves a trace. */
  async function refuseUnknown(call: { auth: TAuth; requestContext: TRequestContext }, action: string, resourceType: string, id: string, message: string): Promise<never> {
    await deps.audit.appendAudit(db, {
      organizationId: call.auth.organizationId,
      actorId: call.auth.userId,
      actorRole: call.auth.role,
      action,
      resourceType,
      resourceId: id,
      purpose: defaultPurpose(call.auth),
      outcome: 'deny',
      reason: 'not_found',
      requestId: call.requestContext.requestId,
      clientIp: call.requestContext.clientAddress,
    });
    throw new AppError('not_found', message);
  }

  return {
    publishForms: (organizationId) => ensureTemplates(db, organizationId, deps.clock.now()),

    async listTemplates(call) {
      await ensureTemplates(db, call.auth.organizationId, deps.clock.now());
      return (await repo.listCurrentTemplates(db, call.auth.organizationId)).map(toTemplate);
    },

    async getTemplate(call) {
      await ensureTemplates(db, call.auth.organizationId, deps.clock.now());
      const row = await repo.findTemplate(db, call.auth.organizationId, call.templateId);
      if (!row) throw new AppError('not_found', 'No such consent form');
      return toTemplate(row);
    },

    async listGrants(call) {
      const { granted, scope } = await open(call, 'patient.read_consent', call.patientId);
      return audited(granted, async (trx) => {
        const grants: TGrant[] = [];
        for (const row of await repo.listGrants(trx, scope)) grants.push((await grantView(trx, row, granted.now)).grant);
        return { value: grants, entry: granted.auditEntry({ action: 'consent.read', resourceType: 'ConsentGrant', details: { grantIds: grants.map((g) => g.id) } }) };
      });
    },

    async createGrant(call) {
      const { input } = call;
      const { granted, scope } = await open(call, 'patient.manage_consent', call.patientId);
      await ensureTemplates(db, scope.organizationId, granted.now);
      return audited(granted, async (trx) => {
        const template = await repo.findTemplate(trx, scope.organizationId, input.templateId);
        if (!template) throw new AppError('not_found', 'No such consent form');
        if (template.superseded_at) throw new AppError('conflict', 'This form has a newer version; read and sign that one');
        const form = toTemplate(template).content;
        if (template.recipient_kind !== input.recipient.kind) throw new AppError('validation_failed', 'This form is for another kind of recipient', field('recipient'));
        if (!input.purposes.every((p) => form.purposes.includes(p))) throw new AppError('validation_failed', 'A purpose is not offered on this form', field('purposes'));
        if (!input.categories.every((c) => form.categories.includes(c))) throw new AppError('validation_failed', 'A kind of information is not offered on this form', field('categories'));
        const latest = new Date(granted.now.getTime() + form.maxDays * 86_400_000);
        const expiresAt = input.expiresAt ?? latest;
        if (!(expiresAt.getTime() > granted.now.getTime()) || expiresAt.getTime() > latest.getTime()) {
          throw new AppError('validation_failed', `The end date must be after today and at most ${form.maxDays} days away`, field('expiresAt'));
        }
        const id = randomUUID();
        const row = { id, organization_id: scope.organizationId, patient_id: scope.patientId };
        const terms: TGrantTerms = {
          purposes: [...new Set(input.purposes)],
          categories: [...new Set(input.categories)],
          recipientLabel: input.recipientLabel,
          signedName: input.signedName.trim(),
          signedAt: granted.now.toISOString(),
        };
        const recipientId = input.recipient.kind === 'ai_provider' ? input.recipient.providerConfigId : input.recipient.thirdPartyId;
        // A grant names a recipient the organization knows (its AI configurations, its registry of
        // third parties, not archived): a grant for an unknown id could never be used.
        const known =
          !UUID_SHAPE.test(recipientId)
            ? false
            : input.recipient.kind === 'ai_provider'
              ? (await findProviderConfigRow(trx, scope.organizationId, { id: recipientId })) !== undefined
              : (await findThirdParty(trx, scope.organizationId, recipientId))?.archived_at === null;
        if (!known) throw new AppError('validation_failed', 'Choose a recipient from the list', field('recipient'));
        await repo.insertGrant(trx, {
          ...row,
          template_id: template.id,
          recipient_kind: input.recipient.kind,
          recipient_id: recipientId,
          mode: input.mode,
          terms_ct: await sealTerms(crypto, trx, row, terms),
          created_at: granted.now,
          created_by: granted.actor.userId,
          expires_at: expiresAt,
        });
        const stored = (await repo.findGrant(trx, scope, id))!;
        const entry = granted.auditEntry({ action: 'consent.grant', resourceType: 'ConsentGrant', resourceId: id, details: { templateId: template.id, templateVersion: template.version, recipient: input.recipient, mode: input.mode, purposes: terms.purposes, categories: terms.categories } });
        const receiptId = await issueReceipt(deps, trx, { entry, decision: 'grant', at: granted.now, actorId: granted.actor.userId, grant: stored, terms, template });
        return { value: { grant: toGrant(stored, terms, template.version, granted.now), receiptId } };
      });
    },

    async revokeGrant(call) {
      const { granted, scope } = await open(call, 'patient.manage_consent', call.patientId);
      return audited(granted, async (trx) => {
        const row = await repo.findGrant(trx, scope, call.grantId);
        if (!row) throw new AppError('not_found', 'No such consent');
        if (!(await repo.revokeGrant(trx, scope, row.id, granted.now))) throw new AppError('conflict', 'This consent was already revoked');
        const revoked = (await repo.findGrant(trx, scope, row.id))!;
        const { terms, template, grant } = await grantView(trx, revoked, granted.now);
        const entry = granted.auditEntry({ action: 'consent.revoke', resourceType: 'ConsentGrant', resourceId: row.id, details: { wasStatus: grantStatus({ expiresAt: row.expires_at, revokedAt: null }, granted.now) } });
        const receiptId = await issueReceipt(deps, trx, { entry, decision: 'revoke', at: granted.now, actorId: granted.actor.userId, grant: revoked, terms, template });
        return { value: { grant, receiptId } };
      });
    },

    async listApprovals(call) {
      const { granted, scope } = await open(call, 'patient.read_consent', call.patientId);
      return audited(granted, async (trx) => {
        const approvals: TApproval[] = [];
        for (const row of await repo.listApprovals(trx, scope)) approvals.push(toApproval(row, await openApprovalRequest(crypto, trx, row), granted.now));
        return { value: approvals, entry: granted.auditEntry({ action: 'consent.read', resourceType: 'ConsentApproval', details: { approvalIds: approvals.map((a) => a.id) } }) };
      });
    },

    async decideApproval(call) {
      const found = await repo.findApproval(db, call.auth.organizationId, call.approvalId);
      if (!found) return refuseUnknown(call, 'consent.decide', 'ConsentApproval', call.approvalId, 'No such approval request');
      const { granted, scope } = await open(call, 'patient.manage_consent', found.patient_id);
      const decision = call.decision === 'approve' ? 'approve' : 'decline';
      return audited(granted, async (trx) => {
        const row = (await repo.findApproval(trx, scope.organizationId, found.id))!;
        if (row.status !== 'pending') throw new AppError('conflict', 'This request was already answered');
        if (!(granted.now.getTime() < row.expires_at.getTime())) throw new AppError('conflict', 'This request has expired; ask again');
        const grantRow = await repo.findGrant(trx, scope, row.grant_id);
        if (!grantRow) throw new AppError('integrity_violation', 'An approval refers to a missing consent');
        const { terms, template } = await grantView(trx, grantRow, granted.now);
        // Agreeing under a permission that has ended would be consent to nothing; declining is always allowed.
        if (decision === 'approve' && grantStatus({ expiresAt: grantRow.expires_at, revokedAt: grantRow.revoked_at }, granted.now) !== 'active') {
          throw new AppError('conflict', 'The permission this request relies on has ended');
        }
        const moved = await repo.transitionApproval(trx, { ...scope, id: row.id, from: 'pending', to: decision === 'approve' ? 'approved' : 'declined', at: granted.now });
        if (!moved) throw new AppError('conflict', 'This request was already answered');
        const request = await openApprovalRequest(crypto, trx, row);
        const entry = granted.auditEntry({ action: `consent.${decision}`, resourceType: 'ConsentApproval', resourceId: row.id, details: { grantId: row.grant_id, categories: request.categories, recordCount: request.recordIds.length, identifiable: request.identifiable } });
        const receiptId = await issueReceipt(deps, trx, { entry, decision, at: granted.now, actorId: granted.actor.userId, grant: grantRow, terms, template, approval: { id: row.id, request } });
        const updated = (await repo.findApproval(trx, scope.organizationId, row.id))!;
        return { value: { approval: toApproval(updated, request, granted.now), receiptId } };
      });
    },

    async listReceipts(call) {
      const { granted, scope } = await open(call, 'patient.read_consent', call.patientId);
      return audited(granted, async (trx) => {
        const rows = await repo.listReceipts(trx, scope);
        const value = rows.map((r) => ({ id: r.id, grantId: r.grant_id, decision: r.decision, createdAt: r.created_at.toISOString() }));
        return { value, entry: granted.auditEntry({ action: 'consent.read', resourceType: 'ConsentReceipt', details: { receiptIds: value.map((r) => r.id) } }) };
      });
    },

    async getReceipt(call) {
      const found = await repo.findReceipt(db, call.auth.organizationId, call.receiptId);
      if (!found) return refuseUnknown(call, 'consent.read_receipt', 'ConsentReceipt', call.receiptId, 'No such receipt');
      const { granted } = await open(call, 'patient.read_consent', found.patient_id);
      return audited(granted, async (trx) => {
        const receipt = (await openReceipt(crypto, trx, found)) as TSignedReceipt;
        return { value: receipt, entry: granted.auditEntry({ action: 'consent.read_receipt', resourceType: 'ConsentReceipt', resourceId: found.id }) };
      });
    },

    async receiptPublicKey() {
      const key = await loadReceiptSigningKey(db, deps.secrets);
      return { keyId: key.keyId, publicKeyPem: key.publicKeyPem };
    },

    async exportFhir(call) {
      const { granted, scope } = await open(call, 'patient.read_consent', call.patientId);
      return audited(granted, async (trx) => {
        const grants: TGrant[] = [];
        for (const row of await repo.listGrants(trx, scope)) grants.push((await grantView(trx, row, granted.now)).grant);
        return { value: consentBundle(grants, scope), entry: granted.auditEntry({ action: 'consent.export', resourceType: 'Consent', details: { grantIds: grants.map((g) => g.id) } }) };
      });
    },
  };
}
