import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { type AdminApi, type TAdminUser, type TCareTeam } from '../../admin-api';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SelectField, SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useAdminApi } from '../../session';
import { useLoad } from '../../use-load';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Administrators: care teams link clinicians to the patients they treat (need to know). */
export function AdminCareTeamsPage(): ReactNode {
  return (
    <RoleGate title="Care teams" roles={['admin']}>
      <CareTeams />
    </RoleGate>
  );
}

function CareTeams(): ReactNode {
  const admin = useAdminApi();
  const teams = useLoad(() => admin.listCareTeams(), [admin]);
  const users = useLoad(() => admin.listUsers(), [admin]);
  const [done, setDone] = useState<string | undefined>(undefined);
  const changed = (message: string): void => {
    setDone(message);
    teams.reload();
  };
  const byId = new Map((users.data?.users ?? []).map((u) => [u.id, u]));
  const clinicians = (users.data?.users ?? []).filter((u) => u.role === 'clinician' && u.status === 'active');
  return (
    <Page title="Care teams" lead="A clinician sees the charts of the patients on their care teams, and no others without emergency access. Every change is recorded in the audit log." wide>
      <LiveNotice message={done} />
      <CreateTeam admin={admin} onCreated={changed} />
      <section aria-labelledby="teams-heading" className="section">
        <h2 id="teams-heading">Teams</h2>
        {teams.error ? <ErrorNotice error={teams.error} /> : null}
        {users.error ? <ErrorNotice error={users.error} /> : null}
        {!teams.data && !teams.error ? <p role="status">Loading care teams…</p> : null}
        {teams.data && teams.data.careTeams.length === 0 ? <p>No care teams yet.</p> : null}
        {teams.data && teams.data.careTeams.length > 0 ? (
          <ul className="record-list" aria-labelledby="teams-heading">
            {teams.data.careTeams.map((team) => (
              <TeamCard key={team.id} team={team} admin={admin} byId={byId} clinicians={clinicians} onChanged={changed} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function CreateTeam({ admin, onCreated }: { admin: AdminApi; onCreated(message: string): void }): ReactNode {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problem = name.trim() === '' ? 'Give the team a name, such as the ward or clinic.' : undefined;
    setError(problem);
    if (problem) return nameRef.current?.focus();
    setBusy(true);
    try {
      await admin.createCareTeam(name.trim());
      onCreated(`Care team “${name.trim()}” created.`);
      setName('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-team-heading" className="section">
      <h2 id="new-team-heading">New care team</h2>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="new-team-heading">
        <TextField id="team-name" label="Name" autoComplete="off" value={name} onValueChange={setName} hint="A unit’s label, such as “Cardiology ward B”; never a patient’s name." error={error} inputRef={nameRef} />
        <SubmitButton busy={busy} busyText="Creating…">
          Create care team
        </SubmitButton>
      </form>
    </section>
  );
}

function TeamCard({
  team,
  admin,
  byId,
  clinicians,
  onChanged,
}: {
  team: TCareTeam;
  admin: AdminApi;
  byId: Map<string, TAdminUser>;
  clinicians: TAdminUser[];
  onChanged(message: string): void;
}): ReactNode {
  const candidates = clinicians.filter((c) => !team.memberIds.includes(c.id));
  const [member, setMember] = useState('');
  const [patientId, setPatientId] = useState('');
  const [patientError, setPatientError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const headingId = `team-${team.id}`;
  const who = (id: string): string => {
    const u = byId.get(id);
    return u ? (u.name ?? u.email) : id;
  };

  const act = async (call: () => Promise<unknown>, message: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await call();
      onChanged(message);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  const chosen = member || candidates[0]?.id || '';

  return (
    <li className="record" aria-labelledby={headingId}>
      <h3 id={headingId}>{team.name}</h3>
      {failure ? <ErrorNotice error={failure} /> : null}
      <h4>Clinicians</h4>
      {team.memberIds.length === 0 ? <p>None yet.</p> : null}
      <ul className="plain-list">
        {team.memberIds.map((id) => (
          <li key={id}>
            {who(id)}{' '}
            <button type="button" className="button-link" disabled={busy} onClick={() => void act(() => admin.removeCareTeamMember(team.id, id), `${who(id)} left ${team.name}.`)}>
              Remove<span className="visually-hidden"> {who(id)} from {team.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 ? (
        <form
          className="inline-form"
          aria-label={`Add a clinician to ${team.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => admin.addCareTeamMember(team.id, chosen), `${who(chosen)} joined ${team.name}.`);
          }}
        >
          <SelectField id={`member-${team.id}`} label="Clinician" value={chosen} onValueChange={setMember} options={candidates.map((c) => [c.id, c.name ?? c.email] as const)} />
          <button type="submit" className="button-secondary" disabled={busy}>
            Add clinician
          </button>
        </form>
      ) : null}
      <h4>Patients</h4>
      {team.patientIds.length === 0 ? <p>None yet.</p> : null}
      <ul className="plain-list">
        {team.patientIds.map((id) => (
          <li key={id}>
            <code>{id}</code>{' '}
            <button type="button" className="button-link" disabled={busy} onClick={() => void act(() => admin.removeCareTeamPatient(team.id, id), `Patient taken off ${team.name}.`)}>
              Remove<span className="visually-hidden"> patient {id} from {team.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label={`Add a patient to ${team.name}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = UUID.test(patientId.trim()) ? undefined : 'Enter the patient identifier, like 3f6c2a1e-8b7d-4c55-9a0e-2d1b6f4e7a90.';
          setPatientError(problem);
          if (problem) return document.getElementById(`patient-${team.id}`)?.focus();
          void act(() => admin.addCareTeamPatient(team.id, patientId.trim()), `Patient added to ${team.name}.`).then(() => setPatientId(''));
        }}
      >
        <TextField id={`patient-${team.id}`} label="Patient identifier" autoComplete="off" spellCheck={false} value={patientId} onValueChange={setPatientId} error={patientError} />
        <button type="submit" className="button-secondary" disabled={busy}>
          Add patient
        </button>
      </form>
    </li>
  );
}
