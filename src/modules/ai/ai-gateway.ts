// The AI gateway (DESIGN "AI request flow", invariants 4 and 5): compute the disclosure through
// the records door as the actor, decide access -> consent -> BAA, send PHI or de-identified data
// (or nothing), fence the records as data, scan the answer, re-identify it for this actor only,
// audit the disclosure under the patient and store the answer encrypted.
//
// Fail closed: every step before the provider call can throw, and the call is the last thing
// that happens; an error anywhere before it means nothing was sent. The disclosure's audit entry
// and the request row commit before the call, so a disclosure is never sent unrecorded.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError, forbiddenWithReasons, isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import type { DeidEngine } from '../deid/deid-engine';
import { defaultPurpose } from '../access/actor-loader';
import type { Authorize } from '../access/authorize';
import type { Purpose } from '../access/access.types';
import type { RecordsService } from '../records/records.service';
import type { TFhirResource } from '../records/records.types';
import { DISCLOSURE_AUDIT_ACTION, type ConsentGate, type DataCategory, type TDisclosureAuditDetails, type TDisclosureRequest } from '../consent/consent.contract';
import type { ChatMessage, CompletionChunk, TokenUsage } from './providers/provider.types';
import * as repo from './ai.repo';
import type { ProviderRegistry, TResolvedProvider } from './ai-registry.service';
import { DEFAULT_MODEL_NAME, type TAiTask, type TDisclosureView } from './ai.types';
import { baaDecision } from './baa-decision';
import { createDeidSession, type DeidSession } from './deid-session';
import { recordCategory, renderRecord, selectForTask, TASK_DESCRIPTIONS, trimRecord, typesForTask } from './disclosure';
import { createStreamScanner, scanModelOutput } from './output-scan';
import { buildMessages } from './prompt';
import type { ProviderFactory } from './provider-factory';

export interface AiGatewayDeps {
  /** The root database. */
  db: Db;
  crypto: Pick<CryptoService, 'encryptJsonForSubject' | 'decryptJsonForSubject'>;
  audit: Pick<AuditService, 'appendAudit'>;
  clock: AppClock;
  records: Pick<RecordsService, 'searchRecords'>;
  consent: ConsentGate;
  registry: Pick<ProviderRegistry, 'resolveProvider' | 'checkBaaExpiry'>;
  adapters: ProviderFactory;
  /** The de-identification engine (its dictionaries load once, on first use). */
  deidEngine: () => DeidEngine;
  /** Re-checks, when a stored answer is read, that the reader may still read the patient's records. */
  authorize: Authorize;
}

export interface TAiCall {
  auth: TAuth;
  requestContext: TRequestContext;
  patientId: string;
  purpose?: Purpose;
  task: TAiTask;
  question?: string;
  recordIds?: string[];
  /** A configuration by id, by name (or 'custos-default'); default: the organization's default. */
  provider?: { id: string } | { name: string };
  approvalId?: string;
  /** An integrator's conversation (/v1/chat/completions): the task the records are attached to. */
  conversation?: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
  /**
   * Streams the answer: called with each scanned, re-identified piece (whole lines) as the
   * provider streams; nothing is called before every decision has been taken.
   */
  onText?: (text: string) => Promise<void> | void;
}

export type TAiOutcome =
  | { status: 'completed'; id: string; answer: string; disclosure: TDisclosureView; model: string; usage?: { inputTokens: number; outputTokens: number } }
  | { status: 'approval_required'; approvalId: string; disclosure: TDisclosureView };

export interface AiGateway {
  /** Runs one request. A refusal throws a 403 AppError whose details carry the reason codes. */
  run(call: TAiCall): Promise<TAiOutcome>;
  /** A stored answer, for the actor who asked (audited). */
  getResult(input: { auth: TAuth; requestContext: TRequestContext; id: string }): Promise<{ id: string; status: string; answer: string | null; disclosure: TDisclosureView; createdAt: string }>;
}

const REQUESTS_TABLE = 'ai_requests';
const ANSWER_COLUMN = 'answer_ct';

/**
 * @example
 *   const gateway = createAiGateway({ db, crypto, audit, clock, records, consent, registry, adapters, deidEngine });
 *   const outcome = await gateway.run({ auth, requestContext, patientId, task: 'explain_lab_results' });
 */
export function createAiGateway(deps: AiGatewayDeps): AiGateway {
  const { db, audit, clock } = deps;

  async function resolve(call: TAiCall): Promise<TResolvedProvider> {
    const org = call.auth.organizationId;
    const by = call.provider;
    if (!by || ('name' in by && by.name === DEFAULT_MODEL_NAME)) return deps.registry.resolveProvider(org, { isDefault: true });
    return deps.registry.resolveProvider(org, by);
  }

  /** The patient's records this task needs, read through the door as the actor (each read audited there). */
  async function retrieve(call: TAiCall, purpose: Purpose): Promise<TFhirResource[]> {
    const found: TFhirResource[] = [];
    let refusal: unknown;
    let allowed = 0;
    for (const resourceType of typesForTask(call.task, call.question ?? lastUserText(call.conversation))) {
      try {
        found.push(...(await deps.records.searchRecords({ auth: call.auth, purpose, patientId: call.patientId, resourceType, requestContext: call.requestContext })));
        allowed++;
      } catch (error) {
        // A token or purpose may reach only some of the types: use those, refuse if none.
        if (isAppError(error) && error.code === 'forbidden') refusal ??= error;
        else throw error;
      }
    }
    if (allowed === 0 && refusal) throw refusal;
    const chosen = selectForTask(call.task, found, call.recordIds);
    if (call.recordIds && call.recordIds.some((id) => !chosen.some((r) => r.id === id))) {
      throw new AppError('not_found', 'A requested record was not found among the records this task may use');
    }
    if (chosen.length === 0) throw new AppError('not_found', 'There are no records for this task');
    return chosen;
  }

  async function deny(call: TAiCall, purpose: Purpose, reasons: string[], message: string): Promise<never> {
    await audit.appendAudit(db, {
      organizationId: call.auth.organizationId,
      actorId: call.auth.userId,
      actorRole: call.auth.role,
      action: 'ai.request',
      resourceType: 'AiRequest',
      subjectId: call.patientId,
      purpose,
      outcome: 'deny',
      reason: reasons.join(','),
      requestId: call.requestContext.requestId,
      clientIp: call.requestContext.clientAddress,
    });
    throw forbiddenWithReasons(message, reasons);
  }

  return {
    async run(call) {
      if (call.task === 'question' && !call.question && !call.conversation) {
        throw new AppError('validation_failed', 'A question is required for this task', { fields: [{ location: 'body', path: 'question', problem: 'required' }] });
      }
      const resolved = await resolve(call);
      const { config } = resolved;
      await deps.registry.checkBaaExpiry(call.auth.organizationId);
      const purpose = call.purpose ?? defaultPurpose(call.auth);

      // 1. The disclosure, read as the actor: what they cannot see cannot reach the model.
      const records = await retrieve(call, purpose);
      const categories = [...new Set(records.map(recordCategory))].sort() as DataCategory[];
      const recordIds = records.map((r) => r.id).sort();
      const task = TASK_DESCRIPTIONS[call.task];

      // 2. BAA (computed now, from the stored agreement): PHI, de-identified only, or nothing.
      const now = clock.now();
      const baa = baaDecision(config, resolved.baa, now);
      if (!baa.phiAllowed && !baa.deidentifiedAllowed) await deny(call, purpose, baa.reasons, 'This AI provider configuration may not receive data: its business associate agreement is not in force for this model.');
      const identifiable = baa.phiAllowed;
      const recipientLabel = labelOf(resolved, identifiable);
      const disclosure: TDisclosureView = { recipientLabel, identifiable, categories, recordCount: records.length };

      // 3. Consent: the patient's grant for this recipient, purpose and every category.
      const request: TDisclosureRequest = {
        organizationId: config.organizationId,
        patientId: call.patientId,
        recipient: { kind: 'ai_provider', providerConfigId: config.id },
        recipientLabel,
        purpose,
        categories,
        recordIds,
        task,
        identifiable,
        requestedBy: { userId: call.auth.userId, role: call.auth.role },
        ...(call.approvalId ? { approvalId: call.approvalId } : {}),
      };
      const consent = await deps.consent.checkDisclosure(db, request);
      if (consent.kind === 'denied') throw forbiddenWithReasons("The patient's consent does not cover sharing these records with this AI provider.", consent.reasons);
      if (consent.kind === 'approval_required') return { status: 'approval_required', approvalId: consent.approvalId, disclosure };

      // 4. The payload: PHI as is, or de-identified with this request's own vault.
      const session: DeidSession | null = identifiable ? null : createDeidSession({ engine: deps.deidEngine(), patientId: call.patientId, now });
      const rendered = records.map((r, i) => renderRecord(session ? session.resource(trimRecord(r)) : trimRecord(r), i + 1));
      const question = call.question ? (session ? session.text(call.question) : call.question) : undefined;
      const conversation = call.conversation?.map((m) => ({ role: m.role, content: session ? session.text(m.content) : m.content }));
      const messages = buildMessages({ task, records: rendered, pseudonymized: session !== null, ...(question ? { question } : {}), ...(conversation ? { conversation } : {}) });
      const provider = deps.adapters(resolved);

      // 5. Record the disclosure before it happens (same transaction as the request row).
      const id = randomUUID();
      const details: TDisclosureAuditDetails = {
        recipientLabel,
        providerConfigId: config.id,
        model: config.model,
        purpose,
        categories,
        recordIds,
        identifiable,
        consentGrantId: consent.grantId,
        approvalId: consent.approvalId,
        baaId: identifiable && resolved.baa ? resolved.baa.id : null,
        task,
      };
      await db.transaction().execute(async (trx) => {
        await repo.insertAiRequest(trx, {
          id, organization_id: config.organizationId, patient_id: call.patientId, actor_user_id: call.auth.userId, provider_config_id: config.id,
          task: call.task, purpose, status: 'sending', identifiable, disclosure: JSON.stringify(disclosure), answer_ct: null, created_at: now, completed_at: null,
        });
        await audit.appendAudit(trx, {
          organizationId: config.organizationId,
          actorId: call.auth.userId,
          actorRole: call.auth.role,
          action: DISCLOSURE_AUDIT_ACTION.ai_provider,
          resourceType: 'AiRequest',
          resourceId: id,
          subjectId: call.patientId,
          purpose,
          outcome: 'allow',
          reason: [...consent.reasons, ...baa.reasons, identifiable ? 'ai.identifiable' : 'ai.deidentified'].join(','),
          requestId: call.requestContext.requestId,
          clientIp: call.requestContext.clientAddress,
          details: { ...details },
        });
      });

      // 6. The call, then the scan of the untrusted answer, then re-identification for this actor.
      const sent = messages.map((m) => m.content).join('\n');
      const scan = (text: string) => {
        const scanned = scanModelOutput(deps.deidEngine(), text, sent);
        return session ? session.reidentify(scanned) : scanned;
      };
      const completionRequest = {
        model: config.model,
        messages,
        ...(call.maxTokens ? { maxTokens: call.maxTokens } : {}),
        ...(call.temperature !== undefined ? { temperature: call.temperature } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      };
      let answer: string;
      let model: string;
      let usage: { inputTokens: number; outputTokens: number } | undefined;
      try {
        if (call.onText) {
          ({ answer, model, usage } = await streamScanned(provider.stream(completionRequest), scan, call.onText));
        } else {
          const completion = await provider.complete(completionRequest);
          ({ model, usage } = completion);
          answer = scan(completion.text);
        }
      } catch (error) {
        await repo.finishAiRequest(db, { organizationId: config.organizationId, id, status: 'failed', answerCt: null, at: clock.now() });
        throw error;
      }

      // 7. The answer, stored under the patient's key.
      await db.transaction().execute(async (trx) => {
        const answerCt = await deps.crypto.encryptJsonForSubject(trx, answerBinding(config.organizationId, call.patientId, id), { answer });
        await repo.finishAiRequest(trx, { organizationId: config.organizationId, id, status: 'completed', answerCt, at: clock.now() });
      });
      return { status: 'completed', id, answer, disclosure, model, ...(usage ? { usage } : {}) };
    },

    async getResult({ auth, requestContext, id }) {
      const row = await repo.findAiRequest(db, auth.organizationId, id);
      // Only the person who asked reads the stored answer; anyone else learns nothing, not even that
      // it exists. The refusal is still an audited attempt, filed under the patient when there is one.
      if (!row || row.actor_user_id !== auth.userId) {
        await audit.appendAudit(db, {
          organizationId: auth.organizationId,
          actorId: auth.userId,
          actorRole: auth.role,
          action: 'ai_request.read',
          resourceType: 'AiRequest',
          resourceId: id,
          subjectId: row?.patient_id ?? null,
          purpose: defaultPurpose(auth),
          outcome: 'deny',
          reason: row ? 'not_own_request' : 'not_found',
          requestId: requestContext.requestId,
          clientIp: requestContext.clientAddress,
        });
        throw new AppError('not_found', 'No such AI request');
      }
      // And only while they may still read the patient's records: a token scoped to another patient,
      // or a clinician no longer on the care team, is refused (authorize() audits the denial).
      await deps.authorize(db, {
        auth,
        action: 'record.read',
        resource: { kind: 'record', organizationId: row.organization_id, patientId: row.patient_id, resourceType: auth.kind === 'token' ? (auth.token.scope.resourceTypes[0] ?? 'Patient') : 'Patient' },
        purpose: row.purpose as Purpose,
        requestContext,
      });
      return db.transaction().execute(async (trx) => {
        const stored = row.answer_ct ? ((await deps.crypto.decryptJsonForSubject(trx, answerBinding(row.organization_id, row.patient_id, row.id), row.answer_ct)) as { answer: string }) : null;
        await audit.appendAudit(trx, {
          organizationId: row.organization_id,
          actorId: auth.userId,
          actorRole: auth.role,
          action: 'ai_request.read',
          resourceType: 'AiRequest',
          resourceId: row.id,
          subjectId: row.patient_id,
          purpose: row.purpose,
          outcome: 'allow',
          reason: 'own_request',
          requestId: requestContext.requestId,
          clientIp: requestContext.clientAddress,
        });
        return { id: row.id, status: row.status, answer: stored?.answer ?? null, disclosure: JSON.parse(row.disclosure) as TDisclosureView, createdAt: new Date(row.created_at).toISOString() };
      });
    },
  };
}

/** Passes a provider stream on line by line, each line scanned whole (createStreamScanner). */
async function streamScanned(
  chunks: AsyncIterable<CompletionChunk>,
  scan: (text: string) => string,
  onText: (text: string) => Promise<void> | void,
): Promise<{ answer: string; model: string; usage: TokenUsage | undefined }> {
  const scanner = createStreamScanner(scan);
  const parts: string[] = [];
  let model = '';
  let usage: TokenUsage | undefined;
  const emit = async (text: string) => {
    if (!text) return;
    parts.push(text);
    await onText(text);
  };
  for await (const chunk of chunks) {
    if (chunk.done) {
      model = chunk.model;
      usage = chunk.usage;
    } else {
      await emit(scanner.push(chunk.delta));
    }
  }
  await emit(scanner.flush());
  return { answer: parts.join(''), model, usage };
}

function answerBinding(organizationId: string, patientId: string, id: string) {
  return { organizationId, subjectId: patientId, table: REQUESTS_TABLE, column: ANSWER_COLUMN, rowId: id };
}

/** Who receives the data, for the patient: PHI-free. */
function labelOf({ config, baa }: TResolvedProvider, identifiable: boolean): string {
  if (config.adapter === 'local') return 'Custos built-in summarizer (runs on this server; nothing leaves it)';
  const vendor = { openai: 'OpenAI-compatible service', azure_openai: 'Azure OpenAI', anthropic: 'Anthropic' }[config.adapter];
  const cover = identifiable && baa ? 'covered by a business associate agreement' : 'de-identified data only';
  return `${config.name} (${vendor}, model ${config.model}; ${cover})`;
}

function lastUserText(conversation: ChatMessage[] | undefined): string | undefined {
  return conversation?.filter((m) => m.role === 'user').at(-1)?.content;
}
