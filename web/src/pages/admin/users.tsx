import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TRole } from '../../api';
import { ROLE_NAME, ROLES, STAFF_ROLES, type AdminApi, type TAdminUser } from '../../admin-api';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SelectField, SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { Link } from '../../router';
import { useAdminApi } from '../../session';
import { useLoad } from '../../use-load';
import { emailProblem } from '../../validation';

const STATUS_NAME: Record<TAdminUser['status'], string> = { invited: 'Invited', active: 'Active', disabled: 'Disabled' };

/** Administrators: invite staff, change roles, disable accounts, reset 2FA, end sessions. */
export function AdminUsersPage(): ReactNode {
  return (
    <RoleGate title="Users" roles={['admin']}>
      <Users />
    </RoleGate>
  );
}

function Users(): ReactNode {
  const admin = useAdminApi();
  const users = useLoad(() => admin.listUsers(), [admin]);
  const [done, setDone] = useState<string | undefined>(undefined);
  const changed = (message: string): void => {
    setDone(message);
    users.reload();
  };
  return (
    <Page title="Users" lead="Everyone who can sign in to your organization. Every change here is recorded in the audit log." wide>
      <LiveNotice message={done} />
      <InviteForm admin={admin} onInvited={changed} />
      <LookUpForm admin={admin} onChanged={changed} />
      <section aria-labelledby="people-heading" className="section">
        <h2 id="people-heading">People</h2>
        {users.error ? <ErrorNotice error={users.error} /> : null}
        {!users.data && !users.error ? <p role="status">Loading users…</p> : null}
        {users.data ? (
          <ul className="record-list" aria-labelledby="people-heading">
            {users.data.users.map((user) => (
              <UserCard key={user.id} user={user} admin={admin} onChanged={changed} />
            ))}
          </ul>
        ) : null}
      </section>
      <p>
        Mail sent by Custos (invitations, resets, security alerts) is kept in the <Link to="/admin/outbox">mail outbox</Link>. Session and password
        rules are in the <Link to="/admin/settings">security settings</Link>; who treats whom, in the <Link to="/admin/care-teams">care teams</Link>.
      </p>
    </Page>
  );
}

function InviteForm({ admin, onInvited }: { admin: AdminApi; onInvited(message: string): void }): ReactNode {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<TRole>('clinician');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problem = emailProblem(email);
    setError(problem);
    if (problem) return emailRef.current?.focus();
    setBusy(true);
    try {
      await admin.inviteUser({ email: email.trim(), role, ...(name.trim() ? { name: name.trim() } : {}) });
      onInvited(`Invitation sent to ${email.trim()}. The link works once and expires in 72 hours.`);
      setEmail('');
      setName('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading" className="section">
      <h2 id="invite-heading">Invite a staff member</h2>
      <p>Patients create their own accounts. Staff get an email with a link to choose a password; they set up two-step verification at first sign-in.</p>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="invite-heading">
        <TextField id="invite-email" label="Email address" type="email" autoComplete="off" spellCheck={false} value={email} onValueChange={setEmail} error={error} inputRef={emailRef} />
        <TextField id="invite-name" label="Name (optional)" autoComplete="off" value={name} onValueChange={setName} hint="They can correct it when they accept." />
        <SelectField id="invite-role" label="Role" value={role} onValueChange={(v) => setRole(v as TRole)} options={STAFF_ROLES.map((r) => [r, ROLE_NAME[r]] as const)} />
        <SubmitButton busy={busy} busyText="Inviting…">
          Send invitation
        </SubmitButton>
      </form>
    </section>
  );
}

/** A patient who calls for help gives their address: find that one account (filed under the patient). */
function LookUpForm({ admin, onChanged }: { admin: AdminApi; onChanged(message: string): void }): ReactNode {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [found, setFound] = useState<TAdminUser[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const problem = emailProblem(email);
    setError(problem);
    if (problem) return emailRef.current?.focus();
    setBusy(true);
    setFailure(undefined);
    try {
      setFound((await admin.lookUpUser(email.trim())).users);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="lookup-heading" className="section">
      <h2 id="lookup-heading">Find an account by email</h2>
      <p>Patients are listed below without their names and with their addresses shortened. When a patient asks for help, enter the address they give you. The look-up shows in their list of who saw their data.</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="lookup-heading">
        <TextField id="lookup-email" label="Look up by email" type="email" autoComplete="off" spellCheck={false} value={email} onValueChange={setEmail} error={error} inputRef={emailRef} />
        <SubmitButton busy={busy}>Find</SubmitButton>
      </form>
      {failure ? <ErrorNotice error={failure} /> : null}
      {found && found.length === 0 ? <p role="status">No account has this address.</p> : null}
      {found && found.length > 0 ? (
        <ul className="record-list" aria-label="Account found">
          {found.map((user) => (
            <UserCard key={user.id} user={user} admin={admin} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function UserCard({ user, admin, onChanged }: { user: TAdminUser; admin: AdminApi; onChanged(message: string): void }): ReactNode {
  const [role, setRole] = useState<TRole>(user.role);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const who = user.name ?? (user.identityHidden ? `Patient ${user.email}` : user.email);
  const headingId = `user-${user.id}`;

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

  return (
    <li className="record" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {who}
        {user.status !== 'active' ? <span className={user.status === 'disabled' ? 'badge badge-warning' : 'badge'}>{STATUS_NAME[user.status]}</span> : null}
      </h3>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_NAME[user.role]}{user.identityHidden ? ' (name withheld: administration does not need it)' : ''}</dd>
        <dt>Two-step verification</dt>
        <dd>{user.totpEnrolled ? 'On' : 'Not set up'}</dd>
        <dt>Last sign-in</dt>
        <dd>{formatWhen(user.lastSignInAt, 'never')}</dd>
      </dl>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form
        className="inline-form"
        aria-label={`Role of ${who}`}
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => admin.changeRole(user.id, role), `${who} is now ${ROLE_NAME[role].toLowerCase()}.`);
        }}
      >
        <SelectField id={`role-${user.id}`} label="Role" value={role} onValueChange={(v) => setRole(v as TRole)} options={ROLES.map((r) => [r, ROLE_NAME[r]] as const)} />
        <button type="submit" className="button-secondary" disabled={busy || role === user.role}>
          Change role
        </button>
      </form>
      <div className="button-row">
        {user.status === 'disabled' ? (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void act(() => admin.setStatus(user.id, 'active'), `${who} can sign in again.`)}>
            Enable<span className="visually-hidden"> {who}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void act(() => admin.setStatus(user.id, 'disabled'), `${who} is disabled and signed out everywhere.`)}
          >
            Disable<span className="visually-hidden"> {who}</span>
          </button>
        )}
        <button
          type="button"
          className="button-secondary"
          disabled={busy || !user.totpEnrolled}
          onClick={() => void act(() => admin.resetMfa(user.id), `Two-step verification of ${who} is reset; they set it up again at next sign-in and were told by email.`)}
        >
          Reset two-step verification<span className="visually-hidden"> of {who}</span>
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void act(() => admin.revokeSessions(user.id), `${who} is signed out everywhere.`)}>
          Sign out everywhere<span className="visually-hidden"> ({who})</span>
        </button>
      </div>
    </li>
  );
}
