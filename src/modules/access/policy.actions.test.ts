// decide() beyond records: patient-level and organization actions, malformed input, and
// properties that must hold for every role, action and purpose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { ACTION_RESOURCE_KIND, ACTIONS, PURPOSES, ROLES, type Action, type Actor, type Resource, type Role } from './access.types';
import { decide, REASONS } from './policy';
import { buildWorld, clinician, grant, NOW, patientActor, record, staff, type World } from './test-fixtures';

faker.seed(502);
const w = buildWorld();
const actors: Record<Role, Actor> = {
  patient: patientActor(w, w.p1),
  clinician: clinician(w),
  compliance_officer: staff(w, 'compliance_officer'),
  admin: staff(w, 'admin'),
};
const org = { kind: 'organization', organizationId: w.orgA } as const;
const patient = (patientId: string, organizationId = w.orgA) => ({ kind: 'patient', organizationId, patientId }) as const;

// The expected matrix, written out independently of access-rules.ts: a change to the rules must
// change this table too.
const ORGANIZATION_MATRIX: Record<string, Role[]> = {
  'audit.read': ['compliance_officer'],
  'audit.verify': ['compliance_officer', 'admin'],
  'compliance.read': ['compliance_officer'],
  'compliance.manage': ['compliance_officer'],
  'break_glass.review': ['compliance_officer'],
  'user.read': ['compliance_officer', 'admin'],
  'user.manage': ['admin'],
  'care_team.manage': ['admin'],
  'key.manage': ['admin'],
  'settings.manage': ['admin'],
  'backup.manage': ['admin'],
  'baa.manage': ['admin', 'compliance_officer'],
};

describe('decide: organization actions', () => {
  for (const [action, roles] of Object.entries(ORGANIZATION_MATRIX)) {
    it(`${action}: only ${roles.join(', ')}`, () => {
      for (const role of ROLES) {
        const decision = decide(actors[role], action as Action, org, NOW);
        assert.equal(decision.effect, roles.includes(role) ? 'allow' : 'deny', role);
        assert.equal(decide(actors[role], action as Action, { ...org, organizationId: w.orgB }, NOW).effect, 'deny');
      }
    });
  }

  it('covers every organization action in the matrix', () => {
    const orgActions = ACTIONS.filter((a) => ACTION_RESOURCE_KIND[a] === 'organization');
    assert.deepEqual([...orgActions].sort(), Object.keys(ORGANIZATION_MATRIX).sort());
  });

  it('lets owners manage their own tokens and admins any token of the organization', () => {
    for (const role of ROLES) {
      const own = { kind: 'access_token', organizationId: w.orgA, ownerUserId: actors[role].userId } as const;
      const other = { ...own, ownerUserId: faker.string.uuid() };
      assert.equal(decide(actors[role], 'access_token.manage', own, NOW).effect, 'allow', role);
      assert.equal(decide(actors[role], 'access_token.manage', other, NOW).effect, role === 'admin' ? 'allow' : 'deny', role);
      assert.equal(decide(actors[role], 'access_token.manage', { ...other, organizationId: w.orgB }, NOW).effect, 'deny', role);
    }
  });
});

describe('decide: patient-level actions', () => {
  const expect = (actor: Actor, action: Action, resource: Resource, effect: 'allow' | 'deny', code: string) => {
    const decision = decide(actor, action, resource, NOW);
    assert.equal(decision.effect, effect, `${actor.role} ${action}`);
    assert.equal(decision.reasons[0]?.code, code);
  };

  it('patients see their own disclosures and consents and manage them', () => {
    for (const action of ['patient.read_disclosures', 'patient.read_consent', 'patient.manage_consent', 'patient.request_deletion'] as const) {
      expect(actors.patient, action, patient(w.p1), 'allow', 'own_record');
      expect(actors.patient, action, patient(w.p2), 'deny', 'not_own_record');
      expect(actors.patient, action, patient(w.p1, w.orgB), 'deny', 'organization_mismatch');
    }
  });

  it('compliance officers read any patient\'s accounting of disclosures but manage no consent', () => {
    expect(actors.compliance_officer, 'patient.read_disclosures', patient(w.p2), 'allow', 'organization_patient');
    expect(actors.compliance_officer, 'patient.manage_consent', patient(w.p2), 'deny', 'action_not_permitted_for_role');
    expect(actors.compliance_officer, 'patient.request_deletion', patient(w.p2), 'deny', 'action_not_permitted_for_role');
  });

  it('clinicians read consent on their care team only', () => {
    expect(actors.clinician, 'patient.read_consent', patient(w.p1), 'allow', 'care_team');
    expect(actors.clinician, 'patient.read_consent', patient(w.p2), 'deny', 'not_on_care_team');
    expect(actors.clinician, 'patient.read_disclosures', patient(w.p1), 'deny', 'action_not_permitted_for_role');
  });

  it('break-glass: clinicians, treatment, outside the care team only', () => {
    expect(actors.clinician, 'patient.break_glass', patient(w.p2), 'allow', 'outside_care_team');
    expect(actors.clinician, 'patient.break_glass', patient(w.p1), 'deny', 'already_on_care_team');
    expect({ ...actors.clinician, purpose: 'payment' }, 'patient.break_glass', patient(w.p2), 'deny', 'purpose_mismatch');
    expect(actors.clinician, 'patient.break_glass', patient(w.p2, w.orgB), 'deny', 'organization_mismatch');
    for (const role of ['patient', 'compliance_officer', 'admin'] as const) {
      expect(actors[role], 'patient.break_glass', patient(w.p2), 'deny', 'action_not_permitted_for_role');
    }
  });

  it('audit review: compliance officers under the audit-review purpose only', () => {
    expect(actors.compliance_officer, 'patient.open_audit_review', patient(w.p2), 'allow', 'organization_patient');
    expect({ ...actors.compliance_officer, purpose: 'operations' }, 'patient.open_audit_review', patient(w.p2), 'deny', 'purpose_mismatch');
    for (const role of ['patient', 'clinician', 'admin'] as const) {
      expect(actors[role], 'patient.open_audit_review', patient(w.p2), 'deny', 'action_not_permitted_for_role');
    }
  });
});

describe('decide: malformed input is denied', () => {
  const doc = actors.clinician;
  const cases: [string, () => ReturnType<typeof decide>, string][] = [
    ['unknown action', () => decide(doc, 'record.delete' as Action, record(w.orgA, w.p1), NOW), 'unknown_action'],
    ['unknown role', () => decide({ ...doc, role: 'superuser' as Role }, 'record.read', record(w.orgA, w.p1), NOW), 'unknown_role'],
    ['role from the prototype', () => decide({ ...doc, role: 'constructor' as Role }, 'audit.read', org, NOW), 'unknown_role'],
    ['unknown purpose', () => decide({ ...doc, purpose: 'curiosity' as never }, 'record.read', record(w.orgA, w.p1), NOW), 'unknown_purpose'],
    ['record action on the organization', () => decide(doc, 'record.read', org, NOW), 'action_resource_mismatch'],
    ['organization action on a record', () => decide(actors.admin, 'user.manage', record(w.orgA, w.p1), NOW), 'action_resource_mismatch'],
    ['unknown record type', () => decide(doc, 'record.read', { ...record(w.orgA, w.p1), resourceType: 'Secret' } as never, NOW), 'unknown_resource_type'],
    ['invalid time', () => decide(doc, 'record.read', record(w.orgA, w.p1), new Date(Number.NaN)), 'invalid_time'],
    ['empty organization on both sides', () => decide({ ...doc, organizationId: '' }, 'record.read', record('', w.p1), NOW), 'incomplete_request'],
    ['empty patient id on both sides', () => decide({ ...actors.patient, patientId: '' }, 'record.read', record(w.orgA, ''), NOW), 'incomplete_request'],
    ['missing resource', () => decide(doc, 'record.read', undefined as never, NOW), 'action_resource_mismatch'],
    ['missing actor', () => decide(undefined as never, 'record.read', record(w.orgA, w.p1), NOW), 'unknown_role'],
    ['care-team lookup that throws', () => decide({ ...doc, careTeam: { includes: () => { throw new Error('db down'); }, memberOf: () => false } }, 'record.read', record(w.orgA, w.p1), NOW), 'policy_error'],
    ['grants that are not a list', () => decide({ ...doc, grants: 'all' as never }, 'record.read', record(w.orgA, w.p2), NOW), 'policy_error'],
  ];
  for (const [name, run, code] of cases) {
    it(name, () => {
      const decision = run();
      assert.equal(decision.effect, 'deny');
      assert.equal(decision.reasons[0]?.code, code);
    });
  }
});

describe('decide: properties over every role, action and purpose', () => {
  const resourcesFor = (action: Action, world: World, organizationId: string): Resource => {
    switch (ACTION_RESOURCE_KIND[action]) {
      case 'record':
        return record(organizationId, world.p1);
      case 'patient':
        return patient(world.p2, organizationId);
      case 'organization':
        return { kind: 'organization', organizationId };
      default:
        return { kind: 'access_token', organizationId, ownerUserId: faker.string.uuid() };
    }
  };
  const everyCombination = function* () {
    for (const role of ROLES) for (const purpose of PURPOSES) for (const action of ACTIONS) yield { role, purpose, action };
  };

  it('denies every request on another organization\'s resources', () => {
    for (const { role, purpose, action } of everyCombination()) {
      const actor = { ...actors[role], purpose, grants: [grant(actors[role], w.p1), grant(actors[role], w.p2)] };
      assert.equal(decide(actor, action, resourcesFor(action, w, w.orgB), NOW).effect, 'deny', `${role} ${purpose} ${action}`);
    }
  });

  it('always explains itself with known codes, without ids in the messages', () => {
    for (const { role, purpose, action } of everyCombination()) {
      const decision = decide({ ...actors[role], purpose }, action, resourcesFor(action, w, w.orgA), NOW);
      assert.ok(decision.reasons.length > 0);
      for (const r of decision.reasons) {
        assert.ok(r.code in REASONS, r.code);
        for (const id of Object.values(w)) assert.ok(!r.message.includes(id));
      }
    }
  });

  it('allows under research for no role', () => {
    for (const { role, action } of everyCombination()) {
      if (ACTION_RESOURCE_KIND[action] !== 'record') continue;
      assert.equal(decide({ ...actors[role], purpose: 'research' }, action, record(w.orgA, w.p1), NOW).effect, 'deny');
    }
  });

  it('does not mutate its inputs', () => {
    const actor = { ...actors.clinician, grants: [grant(actors.clinician, w.p2)] };
    const snapshot = JSON.stringify(actor);
    decide(actor, 'record.read', record(w.orgA, w.p2), NOW);
    assert.equal(JSON.stringify(actor), snapshot);
  });
});
