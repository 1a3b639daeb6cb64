// What the consent service and the gate share: sealing and opening the encrypted columns (bound
// to table/column/row under the patient's key), turning rows into API shapes, seeding the
// organization's forms, and issuing a signed receipt for a decision.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import type { TAuditEntryInput } from '../audit/audit.types';
import type { CryptoService } from '../crypto/crypto.service';
import type { SecretStore } from '../crypto/crypto.types';
import { grantStatus } from './consent-decide';
import { loadReceiptSigningKey, signReceipt, type TReceiptBody } from './consent-receipts';
import { TEMPLATE_KEYS, TEMPLATE_RECIPIENT_KIND, TEMPLATE_VERSIONS, templateContent, templateContentHash } from './consent-templates';
import * as repo from './consent.repo';
import type { TReceiptDecision } from './consent.tables';
import { ZApprovalRequest, ZGrantTerms, ZTemplateContent, type TApproval, type TApprovalRequest, type TGrant, type TGrantTerms, type TTemplate } from './consent.types';

export type ConsentCrypto = Pick<CryptoService, 'encryptJsonForSubject' | 'decryptJsonForSubject'>;

const bind = (table: string, column: string, row: { id: string; organization_id: string; patient_id: string }) => ({
  organizationId: row.organization_id,
  subjectId: row.patient_id,
  table,
  column,
  rowId: row.id,
});

export const sealTerms = (crypto: ConsentCrypto, db: Db, row: { id: string; organization_id: string; patient_id: string }, terms: TGrantTerms) =>
  crypto.encryptJsonForSubject(db, bind('consent_grants', 'terms_ct', row), ZGrantTerms.parse(terms));

export async function openTerms(crypto: ConsentCrypto, db: Db, row: repo.TGrantRow): Promise<TGrantTerms> {
  return parseStored(ZGrantTerms, await crypto.decryptJsonForSubject(db, bind('consent_grants', 'terms_ct', row), row.terms_ct));
}

export const sealApprovalRequest = (crypto: ConsentCrypto, db: Db, row: { id: string; organization_id: string; patient_id: string }, request: TApprovalRequest) =>
  crypto.encryptJsonForSubject(db, bind('consent_approvals', 'request_ct', row), ZApprovalRequest.parse(request));

export async function openApprovalRequest(crypto: ConsentCrypto, db: Db, row: repo.TApprovalRow): Promise<TApprovalRequest> {
  return parseStored(ZApprovalRequest, await crypto.decryptJsonForSubject(db, bind('consent_approvals', 'request_ct', row), row.request_ct));
}

export const sealReceipt = (crypto: ConsentCrypto, db: Db, row: { id: string; organization_id: string; patient_id: string }, receipt: unknown) =>
  crypto.encryptJsonForSubject(db, bind('consent_receipts', 'receipt_ct', row), receipt);

export const openReceipt = (crypto: ConsentCrypto, db: Db, row: repo.TReceiptRow) =>
  crypto.decryptJsonForSubject(db, bind('consent_receipts', 'receipt_ct', row), row.receipt_ct);

function parseStored<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('integrity_violation', 'A stored consent does not match its format');
  return parsed.data;
}

export function toTemplate(row: repo.TTemplateRow): TTemplate {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    recipientKind: row.recipient_kind,
    content: parseStored(ZTemplateContent, row.content),
    contentHash: row.content_hash,
    publishedAt: row.published_at.toISOString(),
    supersededAt: row.superseded_at ? row.superseded_at.toISOString() : null,
  };
}

export function toGrant(row: repo.TGrantRow, terms: TGrantTerms, templateVersion: number, now: Date): TGrant {
  return {
    id: row.id,
    patientId: row.patient_id,
    templateId: row.template_id,
    templateVersion,
    recipient: row.recipient_kind === 'ai_provider' ? { kind: 'ai_provider', providerConfigId: row.recipient_id } : { kind: 'third_party', thirdPartyId: row.recipient_id },
    recipientLabel: terms.recipientLabel,
    mode: row.mode,
    purposes: terms.purposes,
    categories: terms.categories,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
    status: grantStatus({ expiresAt: row.expires_at, revokedAt: row.revoked_at }, now),
    signedName: terms.signedName,
  };
}

export function toApproval(row: repo.TApprovalRow, request: TApprovalRequest, now: Date): TApproval {
  const lapsed = (row.status === 'pending' || row.status === 'approved') && !(now.getTime() < row.expires_at.getTime());
  return {
    id: row.id,
    patientId: row.patient_id,
    grantId: row.grant_id,
    status: lapsed ? 'expired' : row.status,
    recipientLabel: request.recipientLabel,
    purpose: request.purpose,
    categories: request.categories,
    recordCount: new Set(request.recordIds).size,
    task: request.task,
    identifiable: request.identifiable,
    requestedByRole: request.requestedBy.role,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
  };
}

/**
 * Publishes the current version of each form for the organization if it is missing, and marks
 * older versions superseded. Idempotent and safe when several instances race (insert-if-absent).
 */
export async function ensureTemplates(db: Db, organizationId: string, now: Date): Promise<void> {
  const name = (await repo.findOrganizationName(db, organizationId)) ?? 'Your health care provider';
  for (const key of TEMPLATE_KEYS) {
    const latest = await repo.findLatestTemplate(db, organizationId, key);
    const version = TEMPLATE_VERSIONS[key];
    if (latest && latest.version >= version) continue;
    const content = templateContent(key, name);
    await db.transaction().execute(async (trx) => {
      await repo.insertTemplateIfAbsent(trx, {
        id: randomUUID(),
        organization_id: organizationId,
        key,
        version,
        recipient_kind: TEMPLATE_RECIPIENT_KIND[key],
        content: JSON.stringify(content),
        content_hash: templateContentHash(content),
        published_at: now,
      });
      await repo.markTemplatesSuperseded(trx, { organizationId, key, belowVersion: version, at: now });
    });
  }
}

/**
 * Appends the decision's audit entry and stores the signed receipt naming it, in `trx`.
 * Returns the receipt id.
 */
export async function issueReceipt(
  deps: { crypto: ConsentCrypto; audit: Pick<AuditService, 'appendAudit'>; secrets: SecretStore },
  trx: Db,
  input: {
    entry: TAuditEntryInput;
    decision: TReceiptDecision;
    at: Date;
    actorId: string;
    grant: repo.TGrantRow;
    terms: TGrantTerms;
    template: repo.TTemplateRow;
    approval?: { id: string; request: TApprovalRequest };
  },
): Promise<string> {
  const { id: auditEntryId } = await deps.audit.appendAudit(trx, input.entry);
  const { grant, terms, template } = input;
  const id = randomUUID();
  const { requestedBy: _requestedBy, ...approvalRequest } = input.approval?.request ?? ({} as TApprovalRequest);
  const body: TReceiptBody = {
    v: 1,
    type: 'custos.consent.receipt',
    id,
    organizationId: grant.organization_id,
    patientId: grant.patient_id,
    decision: input.decision,
    at: input.at.toISOString(),
    actorId: input.actorId,
    grant: {
      id: grant.id,
      recipient: grant.recipient_kind === 'ai_provider' ? { kind: 'ai_provider', providerConfigId: grant.recipient_id } : { kind: 'third_party', thirdPartyId: grant.recipient_id },
      recipientLabel: terms.recipientLabel,
      mode: grant.mode,
      purposes: terms.purposes,
      categories: terms.categories,
      expiresAt: grant.expires_at.toISOString(),
      signedName: terms.signedName,
      signedAt: terms.signedAt,
    },
    template: { id: template.id, key: template.key, version: template.version, contentHash: template.content_hash },
    ...(input.approval ? { approval: { id: input.approval.id, request: approvalRequest } } : {}),
    auditEntryId,
  };
  const receipt = signReceipt(body, await loadReceiptSigningKey(trx, deps.secrets));
  const row = { id, organization_id: grant.organization_id, patient_id: grant.patient_id };
  await repo.insertReceipt(trx, { ...row, grant_id: grant.id, decision: input.decision, receipt_ct: await sealReceipt(deps.crypto, trx, row, receipt), created_at: input.at });
  return id;
}
