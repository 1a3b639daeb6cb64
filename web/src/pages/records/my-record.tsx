// "My health record" (/records): the patient's records by category, with a correction request
// (amendment) per record and the outcome of earlier requests.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SubmitButton, TextAreaField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { Link } from '../../router';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { RecordGroups } from './record-groups';
import { summarize, type TFhir } from './record-summary';
import { CHART_TYPES, recordsApi, type RecordsApi, type TAmendment } from './records-api';

export function MyRecordPage(): ReactNode {
  return (
    <RoleGate title="My health record" roles={['patient']}>
      <MyRecord />
    </RoleGate>
  );
}

function MyRecord(): ReactNode {
  const api = recordsApi(useApi());
  const patientId = useSession().session?.user.patientId ?? '';
  const records = useLoad(async () => (await Promise.all(CHART_TYPES.map((t) => api.search(patientId, t)))).flat(), [patientId]);
  const amendments = useLoad(() => api.amendments(patientId), [patientId]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [amending, setAmending] = useState<TFhir | undefined>(undefined);
  return (
    <Page title="My health record" lead="Everything your care team and you have recorded, by kind. Every time someone opens your record, it shows in “Who saw my data”." wide>
      <p className="button-row">
        <Link to="/records/access-log">Who saw my data</Link>
        <Link to="/records/download">Download my data</Link>
        <Link to="/records/delete">Delete my account</Link>
      </p>
      <LiveNotice message={notice} />
      {amending ? (
        <AmendmentForm
          api={api}
          patientId={patientId}
          record={amending}
          onDone={(message) => {
            setAmending(undefined);
            setNotice(message);
            amendments.reload();
          }}
        />
      ) : null}
      {records.error ? <ErrorNotice error={records.error} /> : null}
      {!records.data && !records.error ? <p role="status">Loading your records…</p> : null}
      {records.data ? (
        <RecordGroups
          records={records.data}
          action={(record) => (
            <button type="button" className="button-link" onClick={() => setAmending(record)}>
              Ask for a correction<span className="visually-hidden"> of {summarize(record).title}</span>
            </button>
          )}
        />
      ) : null}
      <section aria-labelledby="amendments-heading" className="section">
        <h2 id="amendments-heading">Your correction requests</h2>
        {amendments.error ? <ErrorNotice error={amendments.error} /> : null}
        {amendments.data && amendments.data.length === 0 ? <p>You have not asked for any corrections.</p> : null}
        {amendments.data && amendments.data.length > 0 ? <AmendmentList amendments={amendments.data} titleOf={(id) => titleIn(records.data, id)} /> : null}
      </section>
    </Page>
  );
}

/** The readable title of a loaded record. */
export function titleIn(records: readonly TFhir[] | undefined, recordId: string): string | undefined {
  const record = records?.find((r) => r.id === recordId);
  return record ? summarize(record).title : undefined;
}

const STATUS: Record<TAmendment['status'], string> = { pending: 'Waiting for your care team', accepted: 'Accepted', denied: 'Not accepted' };
const STATUS_STAFF: Record<TAmendment['status'], string> = { pending: 'Waiting for a decision', accepted: 'Accepted', denied: 'Declined' };

/**
 * @example
 *   <AmendmentList amendments={list} titleOf={(id) => titles.get(id)} />
 */
export function AmendmentList({
  amendments,
  titleOf,
  decide,
}: {
  amendments: readonly TAmendment[];
  /** The record's readable title, when the page has it loaded. */
  titleOf?: (recordId: string) => string | undefined;
  /** The clinician's decision form for a pending request (staff wording is used then). */
  decide?: (a: TAmendment) => ReactNode;
}): ReactNode {
  const labels = decide ? STATUS_STAFF : STATUS;
  return (
    <ul className="record-list">
      {amendments.map((a) => (
        <li key={a.id} className="record" aria-label={`Correction request of ${formatWhen(a.requestedAt)}`}>
          <p>
            <span className={a.status === 'pending' ? 'badge badge-warning' : 'badge'}>{labels[a.status]}</span>{' '}
            <span className="small">
              {titleOf?.(a.recordId) ?? a.resourceType}, asked {formatWhen(a.requestedAt)}
            </span>
          </p>
          <p className="message-text">{a.text}</p>
          {a.decisionReason ? (
            <p>
              <strong>Reason given{a.decidedAt ? ` on ${formatWhen(a.decidedAt)}` : ''}:</strong> {a.decisionReason}
            </p>
          ) : null}
          {decide && a.status === 'pending' ? decide(a) : null}
        </li>
      ))}
    </ul>
  );
}

function AmendmentForm({ api, patientId, record, onDone }: { api: RecordsApi; patientId: string; record: TFhir; onDone(message: string): void }): ReactNode {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const title = summarize(record).title;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Say what is wrong and what it should say.');
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await api.requestAmendment(patientId, { resourceType: record.resourceType, recordId: record.id, text: text.trim() });
      onDone('Your correction request was sent to your care team.');
    } catch (caught) {
      setFailure(caught);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="amend-heading" className="section">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="amend-heading">Ask for a correction of “{title}”</h2>
        <p>Your care team reviews the request and accepts it or explains why not. You will see the answer on this page.</p>
        <TextAreaField id="amendment-text" label="What is wrong, and what should it say?" value={text} onValueChange={setText} error={error} />
        {failure ? <ErrorNotice error={failure} /> : null}
        <SubmitButton busy={busy}>Send the request</SubmitButton>
      </form>
    </section>
  );
}
