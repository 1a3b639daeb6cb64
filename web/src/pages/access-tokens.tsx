import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { PURPOSE_NAME, TOKEN_NAME_SHAPE, TOKEN_PURPOSES, TOKEN_RESOURCE_TYPES, type AdminApi, type TAccessToken, type TTokenScope } from '../admin-api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { Checkbox, SelectField, SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { RoleGate } from '../components/role-gate';
import { formatWhen } from '../format';
import { useAdminApi, useSession } from '../session';
import { useLoad } from '../use-load';

type TField = 'name' | 'resourceTypes' | 'subjectId' | 'expiresInDays';
const FIELD_ORDER: readonly TField[] = ['name', 'resourceTypes', 'subjectId', 'expiresInDays'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tokens for integrations and data sharing: issue (shown once), list, revoke. */
export function AccessTokensPage(): ReactNode {
  return (
    <RoleGate title="Access tokens" roles={['patient', 'clinician', 'compliance_officer', 'admin']}>
      <Tokens />
    </RoleGate>
  );
}

function Tokens(): ReactNode {
  const admin = useAdminApi();
  const list = useLoad(() => admin.listTokens(), [admin]);
  const [issued, setIssued] = useState<{ token: string; name: string } | undefined>(undefined);
  return (
    <Page
      title="Access tokens"
      lead="A token lets another application read (or write) a limited part of the records in your name, until it expires or you revoke it. Every use is recorded in the audit log."
    >
      {issued ? (
        <section aria-labelledby="new-token-heading" className="section">
          <InfoNotice>
            <h2 id="new-token-heading">Copy your new token now</h2>
            <p>
              This is the only time Custos shows the token “{issued.name}”. It is stored only as a fingerprint, so nobody can show it to you again.
              Keep it like a password.
            </p>
            <p className="secret" data-testid="new-token">
              {issued.token}
            </p>
          </InfoNotice>
          <button type="button" className="button-secondary" onClick={() => setIssued(undefined)}>
            I have copied it
          </button>
        </section>
      ) : null}
      <IssueForm
        admin={admin}
        onIssued={(token, name) => {
          setIssued({ token, name });
          list.reload();
        }}
      />
      <section aria-labelledby="tokens-heading" className="section">
        <h2 id="tokens-heading">Your tokens</h2>
        {list.error ? <ErrorNotice error={list.error} /> : null}
        {!list.data && !list.error ? <p role="status">Loading tokens…</p> : null}
        {list.data && list.data.tokens.length === 0 ? <p>You have no tokens.</p> : null}
        {list.data && list.data.tokens.length > 0 ? (
          <ul className="record-list" aria-labelledby="tokens-heading">
            {list.data.tokens.map((t) => (
              <TokenCard key={t.id} token={t} admin={admin} onRevoked={list.reload} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function describeSubject(scope: TTokenScope): string {
  return scope.subject.kind === 'patient' ? `Patient ${scope.subject.patientId}` : `Care team ${scope.subject.careTeamId}`;
}

function TokenCard({ token, admin, onRevoked }: { token: TAccessToken; admin: AdminApi; onRevoked(): void }): ReactNode {
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const expired = new Date(token.expiresAt).getTime() <= Date.now();
  const state = token.revokedAt ? `Revoked ${formatWhen(token.revokedAt)}` : expired ? 'Expired' : undefined;
  const headingId = `token-${token.id}`;
  return (
    <li className="record" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {token.name}
        {state ? <span className="badge badge-warning">{token.revokedAt ? 'Revoked' : 'Expired'}</span> : null}
      </h3>
      <dl className="facts">
        <dt>Token</dt>
        <dd>
          <code>{token.hint}</code>
        </dd>
        <dt>Gives</dt>
        <dd>
          {token.scope.access === 'read' ? 'Read' : 'Read and write'}: {token.scope.resourceTypes.join(', ')}
        </dd>
        <dt>Of</dt>
        <dd>{describeSubject(token.scope)}</dd>
        <dt>Expires</dt>
        <dd>{formatWhen(token.expiresAt)}</dd>
        <dt>Last used</dt>
        <dd>{formatWhen(token.lastUsedAt, 'never')}</dd>
      </dl>
      {failure ? <ErrorNotice error={failure} /> : null}
      {state ? null : (
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setFailure(undefined);
            admin.revokeToken(token.id).then(onRevoked, (caught: unknown) => {
              setFailure(caught);
              setBusy(false);
            });
          }}
        >
          Revoke<span className="visually-hidden"> {token.name}</span>
        </button>
      )}
    </li>
  );
}

function IssueForm({ admin, onIssued }: { admin: AdminApi; onIssued(token: string, name: string): void }): ReactNode {
  const [name, setName] = useState('');
  const [types, setTypes] = useState<string[]>(['Observation']);
  const [subjectKind, setSubjectKind] = useState<'patient' | 'care_team'>('patient');
  const { session } = useSession();
  // A patient's token can only reach their own records: fill in their id for them.
  const [subjectId, setSubjectId] = useState(session?.user.patientId ?? '');
  const [access, setAccess] = useState<'read' | 'read_write'>('read');
  // A patient shares their own records at their own request; staff act for treatment by default.
  const [purpose, setPurpose] = useState<string>(session?.user.role === 'patient' ? 'patient_request' : 'treatment');
  const [days, setDays] = useState('30');
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const firstTypeRef = useRef<HTMLFieldSetElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found: Partial<Record<TField, string>> = {};
    if (name.trim() === '') found.name = 'Give the token a name, such as the application it is for.';
    else if (!TOKEN_NAME_SHAPE.test(name.trim())) found.name = 'Use up to 80 letters, digits, spaces and . _ ( ) / - only.';
    if (types.length === 0) found.resourceTypes = 'Choose at least one kind of record.';
    if (!UUID.test(subjectId.trim())) found.subjectId = `Enter the ${subjectKind === 'patient' ? 'patient' : 'care team'} identifier, like 3f6c2a1e-8b7d-4c55-9a0e-2d1b6f4e7a90.`;
    if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 365) found.expiresInDays = 'Enter a whole number of days from 1 to 365.';
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first === 'resourceTypes') return firstTypeRef.current?.querySelector('input')?.focus();
    if (first) return document.getElementById(first)?.focus();
    setBusy(true);
    try {
      const subject: TTokenScope['subject'] = subjectKind === 'patient' ? { kind: 'patient', patientId: subjectId.trim() } : { kind: 'care_team', careTeamId: subjectId.trim() };
      const result = await admin.issueToken({ name: name.trim(), scope: { resourceTypes: types, subject, access, purpose }, expiresInDays: Number(days) });
      onIssued(result.token, name.trim());
      setName('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="issue-heading" className="section">
      <h2 id="issue-heading">New token</h2>
      <p>Give each application its own token with the least it needs: a token can never reach more than you can.</p>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="issue-heading">
        <TextField id="name" label="Name" autoComplete="off" value={name} onValueChange={setName} hint="For you, to recognize it later, e.g. “Lab results app”. Not a place for patient details." error={errors.name} />
        <fieldset ref={firstTypeRef} aria-describedby={errors.resourceTypes ? 'resourceTypes-error' : undefined}>
          <legend>Kinds of records</legend>
          {errors.resourceTypes ? (
            <p id="resourceTypes-error" className="field-error">
              <span className="visually-hidden">Error: </span>
              {errors.resourceTypes}
            </p>
          ) : null}
          <div className="choice-grid">
            {TOKEN_RESOURCE_TYPES.map((t) => (
              <Checkbox key={t} id={`type-${t}`} checked={types.includes(t)} onCheckedChange={(on) => setTypes(on ? [...types, t] : types.filter((x) => x !== t))}>
                {t}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <SelectField
          id="subjectKind"
          label="Whose records"
          value={subjectKind}
          onValueChange={(v) => setSubjectKind(v as 'patient' | 'care_team')}
          options={[
            ['patient', 'One patient'],
            ['care_team', 'The patients of one care team'],
          ]}
        />
        <TextField
          id="subjectId"
          label={subjectKind === 'patient' ? 'Patient identifier' : 'Care team identifier'}
          autoComplete="off"
          spellCheck={false}
          value={subjectId}
          onValueChange={setSubjectId}
          error={errors.subjectId}
        />
        <SelectField
          id="access"
          label="Access"
          value={access}
          onValueChange={(v) => setAccess(v as 'read' | 'read_write')}
          options={[
            ['read', 'Read only'],
            ['read_write', 'Read and write'],
          ]}
        />
        <SelectField id="purpose" label="Purpose" value={purpose} onValueChange={setPurpose} options={TOKEN_PURPOSES.map((p) => [p, PURPOSE_NAME[p]] as const)} hint="Recorded with every use." />
        <TextField id="expiresInDays" label="Expires after (days)" type="number" inputMode="numeric" min={1} max={365} value={days} onValueChange={setDays} error={errors.expiresInDays} />
        <SubmitButton busy={busy} busyText="Creating…">
          Create token
        </SubmitButton>
      </form>
    </section>
  );
}
