// Care teams: which clinicians treat which patients. Managed by whoever decide() allows
// 'care_team.manage' (admins); every change is audited as care_team.changed in its transaction.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import { findUserById } from '../identity/users.repo';
import type { Authorize, Authorization } from './authorize';
import {
  deleteCareTeamMember,
  deleteCareTeamPatient,
  findCareTeam,
  insertCareTeam,
  insertCareTeamMember,
  insertCareTeamPatient,
  listCareTeams,
  listPatientsOfMember,
  type TCareTeamListing,
} from './care-teams.repo';
import { findPatient } from './directory.repo';

export interface CareTeamServiceDeps {
  db: Db;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
}

type Change =
  | { change: 'member_added'; userId: string }
  | { change: 'member_removed'; userId: string }
  | { change: 'patient_added'; patientId: string }
  | { change: 'patient_removed'; patientId: string };

export interface CareTeamService {
  createCareTeam(input: { auth: TAuth; name: string; requestContext: TRequestContext }): Promise<TCareTeamListing>;
  /** Admins: every team of the organization; clinicians: their own teams. */
  listCareTeams(input: { auth: TAuth; requestContext: TRequestContext }): Promise<TCareTeamListing[]>;
  changeCareTeam(input: { auth: TAuth; careTeamId: string; requestContext: TRequestContext } & Change): Promise<{ changed: boolean }>;
  /** The patients on the caller's care teams (clinicians). */
  listMyPatients(input: { auth: TAuth }): Promise<Array<{ patientId: string; careTeamIds: string[] }>>;
}

/**
 * @example
 *   const careTeams = createCareTeamService({ db: ctx.db, audit: ctx.audit, authorize });
 *   const team = await careTeams.createCareTeam({ auth, name: 'Cardiology ward B', requestContext });
 *   await careTeams.changeCareTeam({ auth, careTeamId: team.id, change: 'patient_added', patientId, requestContext });
 */
export function createCareTeamService(deps: CareTeamServiceDeps): CareTeamService {
  const { db, audit } = deps;
  const authorizeManage = (auth: TAuth, requestContext: TRequestContext): Promise<Authorization> =>
    deps.authorize(db, {
      auth,
      action: 'care_team.manage',
      resource: { kind: 'organization', organizationId: auth.organizationId },
      purpose: 'operations',
      requestContext,
    });

  return {
    async createCareTeam({ auth, name, requestContext }) {
      const granted = await authorizeManage(auth, requestContext);
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const inserted = await insertCareTeam(trx, { id, organizationId: auth.organizationId, name, at: granted.now });
        if (!inserted) throw new AppError('conflict', 'A care team with this name exists already');
        await audit.appendAudit(trx, granted.auditEntry({ action: 'care_team.changed', resourceType: 'care_team', resourceId: id, details: { change: 'created', careTeamId: id } }));
      });
      return { id, name, createdAt: granted.now, memberIds: [], patientIds: [] };
    },

    async listCareTeams({ auth, requestContext }) {
      if (auth.role === 'clinician') return listCareTeams(db, { organizationId: auth.organizationId, memberUserId: auth.userId });
      await authorizeManage(auth, requestContext);
      return listCareTeams(db, { organizationId: auth.organizationId });
    },

    async changeCareTeam(input) {
      const { auth, careTeamId, requestContext } = input;
      const granted = await authorizeManage(auth, requestContext);
      const organizationId = auth.organizationId;
      const team = await findCareTeam(db, organizationId, careTeamId);
      if (!team) throw new AppError('not_found', 'No such care team');
      if (input.change === 'member_added') await checkClinician(db, organizationId, input.userId);
      if (input.change === 'patient_added') {
        const patient = await findPatient(db, input.patientId);
        if (!patient || patient.organizationId !== organizationId) throw new AppError('not_found', 'No such patient');
      }
      return db.transaction().execute(async (trx) => {
        const at = granted.now;
        const changed =
          input.change === 'member_added'
            ? await insertCareTeamMember(trx, { careTeamId, organizationId, userId: input.userId, at })
            : input.change === 'member_removed'
              ? await deleteCareTeamMember(trx, { careTeamId, organizationId, userId: input.userId })
              : input.change === 'patient_added'
                ? await insertCareTeamPatient(trx, { careTeamId, organizationId, patientId: input.patientId, at })
                : await deleteCareTeamPatient(trx, { careTeamId, organizationId, patientId: input.patientId });
        // Adding what is there or removing what is not changes nothing and is not an event.
        if (changed) {
          const who = input.change === 'member_added' || input.change === 'member_removed' ? { userId: input.userId } : { patientId: input.patientId };
          const patientId = 'patientId' in who ? who.patientId : undefined;
          const entry = granted.auditEntry({
            action: 'care_team.changed',
            resourceType: 'care_team',
            resourceId: careTeamId,
            details: { change: input.change, careTeamId, ...who },
          });
          // A patient joining or leaving a team changes who may see their chart: it is about them.
          await audit.appendAudit(trx, { ...entry, subjectId: patientId ?? null });
        }
        return { changed };
      });
    },

    async listMyPatients({ auth }) {
      if (auth.role !== 'clinician') return [];
      return listPatientsOfMember(db, { organizationId: auth.organizationId, userId: auth.userId });
    },
  };
}

async function checkClinician(db: Db, organizationId: string, userId: string): Promise<void> {
  const user = await findUserById(db, organizationId, userId);
  if (!user) throw new AppError('not_found', 'No such user');
  if (user.role !== 'clinician') throw new AppError('validation_failed', 'Only clinicians can be members of a care team');
  if (user.status === 'disabled') throw new AppError('validation_failed', 'The user is disabled');
}
