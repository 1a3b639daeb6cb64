// "Delete my account" (/records/delete): explains what deletion does and what can hold it back
// (the organization's retention period, a legal hold), asks the patient to type DELETE, and shows
// the receipt, or why the request waits and until when.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, InfoNotice } from '../../components/error-notice';
import { SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { recordsApi, type TDeletionBlock, type TDeletionOutcome, type TDeletionReceipt } from './records-api';

export function DeleteAccountPage(): ReactNode {
  return (
    <RoleGate title="Delete my account" roles={['patient']}>
      <DeleteAccount />
    </RoleGate>
  );
}

function DeleteAccount(): ReactNode {
  const api = recordsApi(useApi());
  const patientId = useSession().session?.user.patientId ?? '';
  const status = useLoad(() => api.deletionStatus(patientId), [patientId]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TDeletionOutcome | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== 'DELETE') {
      setError('Type DELETE in capital letters to confirm.');
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      setOutcome(await api.requestDeletion(patientId));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  if (outcome?.status === 'completed' && outcome.receipt) return <Receipt receipt={outcome.receipt} />;
  return (
    <Page title="Delete my account" lead="You can ask us to delete your account and your health records.">
      <h2>What deletion does</h2>
      <ul>
        <li>The key that unlocks your records is destroyed, so nobody, including us, can read them again, also from backups.</li>
        <li>Your identifiers are removed from our search indexes, you leave your care teams, and your account is closed and signed out.</li>
        <li>The audit log keeps a record that the deletion happened, without your information.</li>
        <li>Consider downloading your data first: after deletion it cannot be recovered.</li>
      </ul>
      <h2>When deletion has to wait</h2>
      {status.error ? <ErrorNotice error={status.error} /> : null}
      {status.data ? (
        <>
          <p>
            {status.data.retentionYears > 0
              ? `We keep medical records for ${status.data.retentionYears} years after they were last updated, as health-records law requires.`
              : 'Our organization sets no minimum retention period.'}{' '}
            A legal hold (for example during a lawsuit) also stops deletion until it is lifted.
          </p>
          {outcome ? null : status.data.block ? <Blocked block={status.data.block} /> : <p>Nothing holds your request back today: it will be carried out at once.</p>}
          {status.data.latest?.status === 'pending' ? <p>You already asked on {formatWhen(status.data.latest.requestedAt)}; your request is waiting.</p> : null}
        </>
      ) : null}
      {outcome?.status === 'pending' && outcome.block ? (
        <div aria-live="polite">
          <InfoNotice>
            <p>Your request is saved but cannot be carried out yet.</p>
            <p>{outcome.block.explanation}</p>
            <p>
              When it is carried out, your account closes, so you will not be able to sign in to see it. Our compliance officer keeps the deletion
              receipt; ask them for a copy.
            </p>
          </InfoNotice>
        </div>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2>Confirm</h2>
        <TextField id="confirm-delete" label="Type DELETE to confirm" value={typed} onValueChange={setTyped} error={error} autoComplete="off" />
        {failure ? <ErrorNotice error={failure} /> : null}
        <SubmitButton busy={busy} busyText="Deleting…">
          Delete my account and records
        </SubmitButton>
      </form>
    </Page>
  );
}

function Blocked({ block }: { block: TDeletionBlock }): ReactNode {
  return (
    <div className="notice notice-info">
      <p>
        <strong>{block.kind === 'legal_hold' ? 'Your records are under a legal hold.' : `Your records can be deleted from ${formatWhen(block.earliestAt)}.`}</strong>
      </p>
      <p>{block.explanation}</p>
    </div>
  );
}

function Receipt({ receipt }: { receipt: TDeletionReceipt }): ReactNode {
  const d = receipt.done;
  return (
    <Page title="Your account was deleted" lead="Keep this receipt: it is the proof that your deletion request was carried out.">
      <dl className="facts" aria-label="Deletion receipt">
        <dt>Receipt number</dt>
        <dd>
          <code>{receipt.requestId}</code>
        </dd>
        <dt>Requested</dt>
        <dd>{formatWhen(receipt.requestedAt)}</dd>
        <dt>Carried out</dt>
        <dd>{formatWhen(receipt.completedAt)}</dd>
        <dt>Audit log entry</dt>
        <dd>
          <code>{receipt.auditEntryId}</code>
        </dd>
      </dl>
      <h2>What was done</h2>
      <ul className="receipt-list">
        <li>Encryption keys of your records destroyed: {d.subjectKeysDestroyed}</li>
        <li>Search index entries removed: {d.identifierIndexRowsRemoved}</li>
        <li>Care teams you were removed from: {d.careTeamLinksRemoved}</li>
        <li>Account closed: {d.accountDisabled ? 'yes' : 'no account'}; sessions ended: {d.sessionsEnded}; access tokens revoked: {d.accessTokensRevoked}</li>
      </ul>
      <p>You have been signed out. Nothing else is needed from you.</p>
    </Page>
  );
}
