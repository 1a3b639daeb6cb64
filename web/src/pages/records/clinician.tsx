// The clinician's records pages: "My patients" (/clinician/patients, the patients of the care
// teams, from the care-teams API) and a chart (/clinician/chart?patient=<uuid>) with the records by
// kind and the patient's correction requests to decide. Opening either reads records through the
// door, so each look is in the patient's "Who saw my data". Only an opaque id is in the URL.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SubmitButton, TextAreaField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { Link } from '../../router';
import { useApi } from '../../session';
import { useLoad } from '../../use-load';
import { AmendmentList, titleIn } from './my-record';
import { RecordGroups } from './record-groups';
import { CHART_TYPES, recordsApi, type RecordsApi, type TAmendment } from './records-api';
import type { TFhir } from './record-summary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The name on a Patient resource, as people write it. */
function patientName(patient: TFhir | undefined): string | null {
  const names = patient?.name as Array<{ text?: string; given?: string[]; family?: string }> | undefined;
  const n = names?.[0];
  if (!n) return null;
  return n.text ?? ([...(n.given ?? []), n.family].filter(Boolean).join(' ') || null);
}

export function ClinicianPatientsPage(): ReactNode {
  return (
    <RoleGate title="My patients" roles={['clinician']}>
      <Patients />
    </RoleGate>
  );
}

function Patients(): ReactNode {
  const api = recordsApi(useApi());
  const list = useLoad(async () => {
    const patients = await api.careTeamPatients();
    // The name comes from each Patient resource, read (and audited) for treatment.
    return Promise.all(patients.map(async (p) => ({ ...p, name: patientName((await api.search(p.patientId, 'Patient').catch(() => []))[0]) })));
  }, []);
  return (
    <Page title="My patients" lead="The patients of your care teams. For anyone else, use emergency access." wide>
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {!list.data && !list.error ? <p role="status">Loading your patients…</p> : null}
      {list.data && list.data.length === 0 ? <p>No patients are on your care teams yet.</p> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="record-list records-compact">
          {list.data.map((p) => (
            <li key={p.patientId} className="record" aria-label={p.name ?? 'Patient without a name on file'}>
              <h2 className="records-line">
                <Link to={`/clinician/chart?patient=${p.patientId}`}>{p.name ?? 'Name not on file'}</Link>
              </h2>
              <p className="small">
                Patient id <code>{p.patientId}</code>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

export function ClinicianChartPage(): ReactNode {
  return (
    <RoleGate title="Patient chart" roles={['clinician']}>
      <Chart />
    </RoleGate>
  );
}

function Chart(): ReactNode {
  const api = recordsApi(useApi());
  const patientId = new URLSearchParams(window.location.search).get('patient') ?? '';
  const valid = UUID.test(patientId);
  const patient = useLoad(async () => (valid ? ((await api.search(patientId, 'Patient'))[0] ?? null) : null), [patientId]);
  const records = useLoad(async () => (valid ? (await Promise.all(CHART_TYPES.map((t) => api.search(patientId, t)))).flat() : []), [patientId]);
  const amendments = useLoad(async () => (valid ? api.amendments(patientId) : []), [patientId]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if (!valid) {
    return (
      <Page title="Patient chart" lead="No patient chosen.">
        <p>
          <Link to="/clinician/patients">Choose a patient</Link>
        </p>
      </Page>
    );
  }
  const name = patientName(patient.data ?? undefined);
  const pending = amendments.data?.filter((a) => a.status === 'pending').length ?? 0;
  return (
    // The title stays generic: titles end up in browser history.
    <Page title="Patient chart" lead={name ? `Chart of ${name}` : undefined} wide>
      <p>
        <Link to="/clinician/patients">Back to my patients</Link>
      </p>
      <LiveNotice message={notice} />
      {records.error ? <ErrorNotice error={records.error} /> : null}
      <section aria-labelledby="chart-amendments" className="section">
        <h2 id="chart-amendments">Correction requests{pending ? ` (${pending} waiting)` : ''}</h2>
        {amendments.error ? <ErrorNotice error={amendments.error} /> : null}
        {amendments.data && amendments.data.length === 0 ? <p>The patient has not asked for corrections.</p> : null}
        {amendments.data && amendments.data.length > 0 ? (
          <AmendmentList
            amendments={amendments.data}
            titleOf={(id) => titleIn(records.data, id)}
            decide={(a) => (
              <DecisionForm
                api={api}
                patientId={patientId}
                amendment={a}
                onDone={(message) => {
                  setNotice(message);
                  amendments.reload();
                }}
              />
            )}
          />
        ) : null}
      </section>
      {!records.data && !records.error ? <p role="status">Loading the chart…</p> : null}
      {records.data ? <RecordGroups records={records.data} /> : null}
    </Page>
  );
}

function DecisionForm({ api, patientId, amendment, onDone }: { api: RecordsApi; patientId: string; amendment: TAmendment; onDone(message: string): void }): ReactNode {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const decide = async (event: FormEvent, decision: 'accepted' | 'denied') => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Give the patient a reason.');
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await api.decideAmendment(patientId, amendment.id, { decision, reason: reason.trim() });
      onDone(decision === 'accepted' ? 'The request was accepted. Update the record to match.' : 'The request was declined; the patient sees your reason.');
    } catch (caught) {
      setFailure(caught);
      setBusy(false);
    }
  };
  const id = `reason-${amendment.id}`;
  return (
    <form className="form" onSubmit={(e) => void decide(e, 'accepted')} noValidate>
      <TextAreaField id={id} label="Reason shown to the patient" value={reason} onValueChange={setReason} error={error} />
      {failure ? <ErrorNotice error={failure} /> : null}
      <div className="button-row">
        <SubmitButton busy={busy}>Accept</SubmitButton>
        <button type="button" className="button-secondary" disabled={busy} onClick={(e) => void decide(e, 'denied')}>
          Decline
        </button>
      </div>
    </form>
  );
}
