// "Who saw my data" (/records/access-log): every access to the patient's record, allowed or
// refused, newest first; and the accounting of disclosures (who outside treatment received it).
import { useState, type ReactNode } from 'react';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { collapseAccess, describeAction, ROLE_LABEL } from './record-summary';
import { recordsApi, type TAccessLogEntry, type TDisclosure } from './records-api';

const PURPOSE: Record<string, string> = {
  treatment: 'Treatment',
  payment: 'Payment',
  operations: 'Health care operations',
  patient_request: 'Your own request',
  audit_review: 'Compliance review',
  research: 'Research',
};
const OUTCOME: Record<string, string> = { allow: 'Allowed', deny: 'Refused', error: 'Failed' };
const CATEGORY: Record<string, string> = {
  demographics: 'Name, birth date and contact details',
  lab_results: 'Lab results',
  vital_signs: 'Vital signs',
  conditions: 'Diagnoses',
  medications: 'Medications',
  allergies: 'Allergies',
  immunizations: 'Immunizations',
  procedures: 'Procedures',
  encounters: 'Visits',
  clinical_notes: 'Notes and documents',
  billing: 'Insurance and billing',
  healthcare_adjacent: 'Wearable and home-device data',
};

export function AccessLogPage(): ReactNode {
  return (
    <RoleGate title="Who saw my data" roles={['patient']}>
      <AccessLog />
    </RoleGate>
  );
}

function who(e: TAccessLogEntry): string {
  if (e.self) return 'You';
  const role = ROLE_LABEL[e.actorRole] ?? e.actorRole;
  if (e.actorName) return `${e.actorName} (${role})`;
  return e.actorRole === 'patient' ? 'Another patient' : role;
}

function AccessLog(): ReactNode {
  const api = recordsApi(useApi());
  const patientId = useSession().session?.user.patientId ?? '';
  const [entries, setEntries] = useState<TAccessLogEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const first = useLoad(async () => {
    const page = await api.accessLog(patientId);
    setEntries(page.entries);
    setNext(page.nextBefore);
    return page;
  }, [patientId]);
  const disclosures = useLoad(() => api.disclosures(patientId), [patientId]);
  const [more, setMore] = useState<unknown>(undefined);
  return (
    <Page title="Who saw my data" lead="Every time someone opened, searched or changed your record, or tried to and was refused. Staff are shown by name and role." wide>
      <section aria-labelledby="access-heading" className="section">
        <h2 id="access-heading">Access to your record</h2>
        {first.error ? <ErrorNotice error={first.error} /> : null}
        {!first.data && !first.error ? <p role="status">Loading…</p> : null}
        {first.data && entries.length === 0 ? <p>Nobody has accessed your record yet.</p> : null}
        {entries.length > 0 ? (
          <div className="table-scroll">
            <table className="records-table">
              <caption className="visually-hidden">Accesses to your record, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Why</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {collapseAccess(entries, (e) => `${who(e)}|${e.action}|${e.purpose}|${e.outcome}|${e.breakGlass}`).map(({ first: e, count }) => (
                  <tr key={e.id}>
                    <td>{formatWhen(e.at)}</td>
                    <td>
                      {who(e)}
                      {e.breakGlass ? <span className="badge badge-warning">Emergency access</span> : null}
                    </td>
                    <td>
                      {describeAction(e.action)}
                      {count > 1 ? ` (${count} times)` : ''}
                    </td>
                    <td>{PURPOSE[e.purpose] ?? e.purpose}</td>
                    <td>{OUTCOME[e.outcome] ?? e.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {more ? <ErrorNotice error={more} /> : null}
        {next !== null ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              api.accessLog(patientId, next).then(
                (page) => {
                  setEntries((old) => [...old, ...page.entries]);
                  setNext(page.nextBefore);
                },
                setMore,
              );
            }}
          >
            Show older entries
          </button>
        ) : null}
      </section>
      <section aria-labelledby="disclosures-heading" className="section">
        <h2 id="disclosures-heading">Shared outside your care</h2>
        <p>When your information was sent to an AI service or another organization for something other than your treatment: to whom, when, what and why.</p>
        {disclosures.error ? <ErrorNotice error={disclosures.error} /> : null}
        {disclosures.data && disclosures.data.entries.length === 0 ? <p>Your information has not been shared outside your care.</p> : null}
        {disclosures.data && disclosures.data.entries.length > 0 ? (
          <ul className="record-list">
            {disclosures.data.entries.map((d) => (
              <DisclosureItem key={d.id} d={d} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function DisclosureItem({ d }: { d: TDisclosure }): ReactNode {
  return (
    <li className="record" aria-label={`Shared ${formatWhen(d.at)}`}>
      <h3>{d.recipient ?? (d.recipientKind === 'ai_provider' ? 'An AI service' : 'Another organization')}</h3>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatWhen(d.at)}</dd>
        <dt>What</dt>
        <dd>{d.categories.length ? d.categories.map((c) => CATEGORY[c] ?? c).join(', ') : 'Not recorded'}</dd>
        <dt>Why</dt>
        <dd>
          {PURPOSE[d.purpose] ?? d.purpose}
          {d.task ? `: ${d.task}` : ''}
        </dd>
        <dt>Form</dt>
        <dd>{d.identifiable === null ? 'Not recorded' : d.identifiable ? 'Identifiable (with your name)' : 'De-identified (without your name or identifiers)'}</dd>
      </dl>
    </li>
  );
}
