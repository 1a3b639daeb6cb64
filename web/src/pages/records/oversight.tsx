// Oversight of the patient's rights: the compliance officer's page (/compliance/patient-rights:
// the correction-request queue without any text, and legal holds on one patient) and the
// administrator's retention rule (/admin/retention). Patient ids are typed or pasted, never names.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SubmitButton, TextAreaField, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { useApi } from '../../session';
import { useLoad } from '../../use-load';
import { recordsApi, type RecordsApi } from './records-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS = { pending: 'Waiting', accepted: 'Accepted', denied: 'Declined' } as const;

export function PatientRightsOversightPage(): ReactNode {
  return (
    <RoleGate title="Corrections and legal holds" roles={['compliance_officer']}>
      <Oversight />
    </RoleGate>
  );
}

function Oversight(): ReactNode {
  const api = recordsApi(useApi());
  const queue = useLoad(() => api.amendmentQueue(), []);
  return (
    <Page title="Corrections and legal holds" lead="Follow patients’ correction requests (without their content) and keep records from deletion while a legal matter is open." wide>
      <section aria-labelledby="queue-heading" className="section">
        <h2 id="queue-heading">Correction requests</h2>
        <p>Care-team clinicians decide them from the patient’s chart. The law expects an answer within 60 days.</p>
        {queue.error ? <ErrorNotice error={queue.error} /> : null}
        {queue.data && queue.data.length === 0 ? <p>There are no correction requests.</p> : null}
        {queue.data && queue.data.length > 0 ? (
          <div className="table-scroll">
            <table className="records-table">
              <caption className="visually-hidden">Correction requests, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Asked</th>
                  <th scope="col">Patient id</th>
                  <th scope="col">Record type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Decided</th>
                </tr>
              </thead>
              <tbody>
                {queue.data.map((a) => (
                  <tr key={a.id}>
                    <td>{formatWhen(a.requestedAt)}</td>
                    <td>
                      <code>{a.patientId}</code>
                    </td>
                    <td>{a.resourceType}</td>
                    <td>{STATUS[a.status]}</td>
                    <td>{formatWhen(a.decidedAt, '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <Holds api={api} />
    </Page>
  );
}

function Holds({ api }: { api: RecordsApi }): ReactNode {
  const [patientId, setPatientId] = useState('');
  const [shown, setShown] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ patientId?: string; reason?: string }>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const holds = useLoad(async () => (shown ? api.legalHolds(shown) : undefined), [shown]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (!UUID.test(patientId.trim())) {
      setErrors({ patientId: 'Enter a patient id, such as 3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70.' });
      return;
    }
    setErrors({});
    setShown(patientId.trim());
  };
  const place = async (event: FormEvent) => {
    event.preventDefault();
    if (!shown) return;
    if (reason.trim() === '') {
      setErrors({ reason: 'Give the case reference or reason for the hold.' });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await api.placeLegalHold(shown, reason.trim());
      setReason('');
      setErrors({});
      setNotice('The legal hold is in place. The patient’s records cannot be deleted until it is lifted.');
      holds.reload();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="holds-heading" className="section">
      <h2 id="holds-heading">Legal holds</h2>
      <form className="inline-form" onSubmit={show} noValidate>
        <TextField id="hold-patient" label="Patient id" value={patientId} onValueChange={setPatientId} error={errors.patientId} autoComplete="off" />
        <button type="submit" className="button-secondary">
          Show holds
        </button>
      </form>
      <LiveNotice message={notice} />
      {failure ? <ErrorNotice error={failure} /> : null}
      {holds.error ? <ErrorNotice error={holds.error} /> : null}
      {shown && holds.data ? (
        <>
          {holds.data.length === 0 ? <p>This patient has no legal holds.</p> : null}
          <ul className="record-list">
            {holds.data.map((h) => (
              <li key={h.id} className="record" aria-label={`Hold placed ${formatWhen(h.placedAt)}`}>
                <p>
                  <span className={h.releasedAt ? 'badge' : 'badge badge-warning'}>{h.releasedAt ? `Lifted ${formatWhen(h.releasedAt)}` : 'In place'}</span>{' '}
                  <span className="small">placed {formatWhen(h.placedAt)}</span>
                </p>
                <p>{h.reason ?? 'The reason was deleted with the patient’s records.'}</p>
                {h.releasedAt ? null : (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => {
                      setFailure(undefined);
                      api.liftLegalHold(shown, h.id).then(() => {
                        setNotice('The legal hold was lifted.');
                        holds.reload();
                      }, setFailure);
                    }}
                  >
                    Lift this hold
                  </button>
                )}
              </li>
            ))}
          </ul>
          <form className="form" onSubmit={(e) => void place(e)} noValidate>
            <TextAreaField id="hold-reason" label="Reason for a new hold (case reference)" value={reason} onValueChange={setReason} error={errors.reason} />
            <SubmitButton busy={busy}>Place a legal hold</SubmitButton>
          </form>
        </>
      ) : null}
    </section>
  );
}

export function RetentionPage(): ReactNode {
  return (
    <RoleGate title="Record retention" roles={['admin']}>
      <Retention />
    </RoleGate>
  );
}

function Retention(): ReactNode {
  const api = recordsApi(useApi());
  const current = useLoad(() => api.retention(), []);
  const [years, setYears] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const value = years ?? (current.data ? String(current.data.keepYearsAfterLastUpdate) : '');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value);
    if (!/^\d{1,3}$/.test(value.trim()) || n > 100) {
      setError('Enter a whole number of years from 0 to 100.');
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await api.setRetention(n);
      setNotice(saved.keepYearsAfterLastUpdate === 0 ? 'Saved: no retention period; deletion requests are carried out at once unless a legal hold applies.' : `Saved: records are kept ${saved.keepYearsAfterLastUpdate} years after their last update.`);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Record retention" lead="How long records are kept after their last update before a patient’s deletion request can be carried out. Check your state’s medical-records law.">
      {current.error ? <ErrorNotice error={current.error} /> : null}
      <LiveNotice message={notice} />
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        <TextField id="retention-years" label="Years to keep records after their last update" inputMode="numeric" value={value} onValueChange={setYears} error={error} hint="0 means no retention period." />
        {failure ? <ErrorNotice error={failure} /> : null}
        <SubmitButton busy={busy}>Save</SubmitButton>
      </form>
    </Page>
  );
}
