// HTTP for care teams: thin handlers over care-teams.service.ts.
import { z } from 'zod';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import type { CareTeamService } from './care-teams.service';

const ZCareTeam = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    memberIds: z.array(z.uuid()).describe('Clinicians on the team (user ids)'),
    patientIds: z.array(z.uuid()).describe('Patients the team treats'),
  })
  .meta({ id: 'CareTeam' });
const ZCareTeamName = z.strictObject({ name: z.string().trim().min(1).max(100).describe("A unit's label, never a patient's name") });
const ZTeamParams = z.strictObject({ careTeamId: z.uuid() });
const ZChanged = z.object({ changed: z.boolean().describe('False when the team already was in the requested state') });
const TAGS = ['care teams'];

const toView = (t: { id: string; name: string; createdAt: Date; memberIds: string[]; patientIds: string[] }): z.infer<typeof ZCareTeam> => ({
  ...t,
  createdAt: t.createdAt.toISOString(),
});

/**
 * @example
 *   registerCareTeamRoutes(app, createCareTeamService({ db, audit, authorize }));
 */
export function registerCareTeamRoutes(app: TApp, careTeams: CareTeamService): void {
  app.post(
    '/api/v1/care-teams',
    { schema: { summary: 'Create a care team (admin)', tags: TAGS, body: ZCareTeamName, response: { 201: z.object({ careTeam: ZCareTeam }) } } },
    async (request, reply) => {
      const team = await careTeams.createCareTeam({ auth: requireSession(request), name: request.body.name, requestContext: getRequestContext(request) });
      return reply.code(201).send({ careTeam: toView(team) });
    },
  );

  app.get(
    '/api/v1/care-teams',
    { schema: { summary: "The organization's care teams (admin) or the caller's own (clinician)", tags: TAGS, response: { 200: z.object({ careTeams: z.array(ZCareTeam) }) } } },
    async (request) => {
      const teams = await careTeams.listCareTeams({ auth: requireSession(request), requestContext: getRequestContext(request) });
      return { careTeams: teams.map(toView) };
    },
  );

  app.get(
    '/api/v1/care-team-patients',
    {
      schema: {
        summary: "Patients on the caller's care teams (clinician)",
        tags: TAGS,
        response: { 200: z.object({ patients: z.array(z.object({ patientId: z.uuid(), careTeamIds: z.array(z.uuid()) })) }) },
      },
    },
    async (request) => ({ patients: await careTeams.listMyPatients({ auth: requireSession(request) }) }),
  );

  app.post(
    '/api/v1/care-teams/:careTeamId/members',
    { schema: { summary: 'Add a clinician to a care team', tags: TAGS, params: ZTeamParams, body: z.strictObject({ userId: z.uuid() }), response: { 200: ZChanged } } },
    async (request) =>
      careTeams.changeCareTeam({ auth: requireSession(request), careTeamId: request.params.careTeamId, change: 'member_added', userId: request.body.userId, requestContext: getRequestContext(request) }),
  );

  app.delete(
    '/api/v1/care-teams/:careTeamId/members/:userId',
    { schema: { summary: 'Remove a clinician from a care team', tags: TAGS, params: ZTeamParams.extend({ userId: z.uuid() }), response: { 200: ZChanged } } },
    async (request) =>
      careTeams.changeCareTeam({ auth: requireSession(request), careTeamId: request.params.careTeamId, change: 'member_removed', userId: request.params.userId, requestContext: getRequestContext(request) }),
  );

  app.post(
    '/api/v1/care-teams/:careTeamId/patients',
    { schema: { summary: 'Put a patient on a care team', tags: TAGS, params: ZTeamParams, body: z.strictObject({ patientId: z.uuid() }), response: { 200: ZChanged } } },
    async (request) =>
      careTeams.changeCareTeam({ auth: requireSession(request), careTeamId: request.params.careTeamId, change: 'patient_added', patientId: request.body.patientId, requestContext: getRequestContext(request) }),
  );

  app.delete(
    '/api/v1/care-teams/:careTeamId/patients/:patientId',
    { schema: { summary: 'Take a patient off a care team', tags: TAGS, params: ZTeamParams.extend({ patientId: z.uuid() }), response: { 200: ZChanged } } },
    async (request) =>
      careTeams.changeCareTeam({ auth: requireSession(request), careTeamId: request.params.careTeamId, change: 'patient_removed', patientId: request.params.patientId, requestContext: getRequestContext(request) }),
  );
}
