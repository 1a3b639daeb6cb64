// The organization's registry of third parties: who outside the organization may receive patients'
// data. Administrators add, change and archive entries (policy action settings.manage, audited in
// the same transaction as the change); anyone in the organization reads names and kinds of active
// entries (a patient picks one on the consent form). Contact details are organization-key
// ciphertext, decrypted only for administrators; they never reach an audit entry or a log line.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { Authorize } from '../access/authorize';
import type { CryptoService } from '../crypto/crypto.service';
import * as repo from './sharing.repo';
import type { TContact, TThirdParty, TThirdPartyInput, TThirdPartyName } from './sharing.types';

export interface ThirdPartiesDeps {
  db: Db;
  crypto: Pick<CryptoService, 'encryptJsonForOrganization' | 'decryptJsonForOrganization'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
  clock: AppClock;
}

interface TCall {
  auth: TAuth;
  requestContext: TRequestContext;
}

export interface ThirdPartyRegistry {
  /** Every entry with contact details, archived ones too (administrators; audited). */
  listForAdmin(call: TCall): Promise<TThirdParty[]>;
  /** Names and kinds of active entries, for anyone signed in to the organization. */
  listNames(input: { auth: TAuth }): Promise<TThirdPartyName[]>;
  createThirdParty(call: TCall & { body: TThirdPartyInput }): Promise<TThirdParty>;
  updateThirdParty(call: TCall & { id: string; body: TThirdPartyInput }): Promise<TThirdParty>;
  archiveThirdParty(call: TCall & { id: string }): Promise<TThirdParty>;
}

export const THIRD_PARTIES_TABLE = 'third_parties';
const CONTACT_COLUMN = 'contact_ct';

/**
 * @example
 *   const registry = createThirdPartyRegistry({ db, crypto, audit, authorize, clock });
 *   await registry.createThirdParty({ auth, requestContext, body: { name: 'County Health Department', kind: 'public_health', agreement: 'none' } });
 */
export function createThirdPartyRegistry(deps: ThirdPartiesDeps): ThirdPartyRegistry {
  const { db, crypto, audit } = deps;

  const binding = (organizationId: string, id: string) => ({ organizationId, table: THIRD_PARTIES_TABLE, column: CONTACT_COLUMN, rowId: id });

  async function view(trx: Db, row: repo.TThirdPartyRow): Promise<TThirdParty> {
    const contact = row.contact_ct ? ((await crypto.decryptJsonForOrganization(trx, binding(row.organization_id, row.id), row.contact_ct)) as TContact) : null;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      agreement: row.agreement,
      contact,
      createdAt: new Date(row.created_at).toISOString(),
      archivedAt: row.archived_at ? new Date(row.archived_at).toISOString() : null,
    };
  }

  const manage = (call: TCall) =>
    deps.authorize(db, { auth: call.auth, action: 'settings.manage', resource: { kind: 'organization', organizationId: call.auth.organizationId }, requestContext: call.requestContext });

  async function sealContact(trx: Db, organizationId: string, id: string, contact: TContact | undefined): Promise<Uint8Array | null> {
    const present = contact && Object.values(contact).some((v) => v !== undefined && v !== '');
    return present ? crypto.encryptJsonForOrganization(trx, binding(organizationId, id), contact) : null;
  }

  return {
    async listForAdmin(call) {
      const granted = await manage(call);
      return db.transaction().execute(async (trx) => {
        const rows = await repo.listThirdParties(trx, call.auth.organizationId, { includeArchived: true });
        const views: TThirdParty[] = [];
        for (const row of rows) views.push(await view(trx, row));
        await audit.appendAudit(trx, granted.auditEntry({ action: 'third_party.read', resourceType: 'ThirdParty', details: { count: views.length } }));
        return views;
      });
    },

    async listNames({ auth }) {
      const rows = await repo.listThirdParties(db, auth.organizationId, { includeArchived: false });
      return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind }));
    },

    async createThirdParty(call) {
      const granted = await manage(call);
      const { body } = call;
      const organizationId = call.auth.organizationId;
      return db.transaction().execute(async (trx) => {
        if (await repo.findActiveByName(trx, organizationId, body.name)) throw new AppError('conflict', 'An active third party with this name exists');
        const id = randomUUID();
        await repo.insertThirdParty(trx, {
          id,
          organization_id: organizationId,
          name: body.name,
          kind: body.kind,
          agreement: body.agreement,
          contact_ct: await sealContact(trx, organizationId, id, body.contact),
          created_at: granted.now,
          created_by: granted.actor.userId,
          updated_at: granted.now,
          archived_at: null,
        });
        await audit.appendAudit(trx, granted.auditEntry({ action: 'third_party.create', resourceType: 'ThirdParty', resourceId: id, details: { kind: body.kind, agreement: body.agreement, hasContact: body.contact !== undefined } }));
        return view(trx, (await repo.findThirdParty(trx, organizationId, id))!);
      });
    },

    async updateThirdParty(call) {
      const granted = await manage(call);
      const { body } = call;
      const organizationId = call.auth.organizationId;
      return db.transaction().execute(async (trx) => {
        const row = await repo.findThirdParty(trx, organizationId, call.id);
        if (!row) throw new AppError('not_found', 'No such third party');
        if (row.archived_at) throw new AppError('conflict', 'This third party is archived');
        if (await repo.findActiveByName(trx, organizationId, body.name, row.id)) throw new AppError('conflict', 'An active third party with this name exists');
        await repo.updateThirdParty(trx, { organizationId, id: row.id }, {
          name: body.name,
          kind: body.kind,
          agreement: body.agreement,
          contact_ct: await sealContact(trx, organizationId, row.id, body.contact),
          updated_at: granted.now,
        });
        await audit.appendAudit(trx, granted.auditEntry({ action: 'third_party.update', resourceType: 'ThirdParty', resourceId: row.id, details: { kind: body.kind, agreement: body.agreement, hasContact: body.contact !== undefined } }));
        return view(trx, (await repo.findThirdParty(trx, organizationId, row.id))!);
      });
    },

    async archiveThirdParty(call) {
      const granted = await manage(call);
      const organizationId = call.auth.organizationId;
      return db.transaction().execute(async (trx) => {
        const row = await repo.findThirdParty(trx, organizationId, call.id);
        if (!row) throw new AppError('not_found', 'No such third party');
        if (!(await repo.archiveThirdParty(trx, { organizationId, id: row.id, at: granted.now }))) throw new AppError('conflict', 'This third party is archived already');
        await audit.appendAudit(trx, granted.auditEntry({ action: 'third_party.archive', resourceType: 'ThirdParty', resourceId: row.id }));
        return view(trx, (await repo.findThirdParty(trx, organizationId, row.id))!);
      });
    },
  };
}
