// "Download my data" (/records/download): the whole record as one FHIR R4 bundle (a JSON file),
// the patient's right of access. The file is built in the page from the API's answer, so the
// download goes through the same session, CSRF and error handling as every other call.
import { useState, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi, useSession } from '../../session';
import { recordsApi } from './records-api';

export function DownloadPage(): ReactNode {
  return (
    <RoleGate title="Download my data" roles={['patient']}>
      <Download />
    </RoleGate>
  );
}

function Download(): ReactNode {
  const api = recordsApi(useApi());
  const patientId = useSession().session?.user.patientId ?? '';
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const bundle = await api.exportBundle(patientId);
      const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'custos-health-record.json';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNotice(`Your download has started: ${bundle.total} ${bundle.total === 1 ? 'record' : 'records'} in one file.`);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Download my data" lead="Get a copy of everything in your health record, in FHIR, the standard format other health apps and providers can read.">
      <ul>
        <li>The file holds all your records: results, conditions, medications, documents, insurance and data from your devices.</li>
        <li>It is not encrypted once it is on your computer. Keep it somewhere safe, and do not send it by ordinary e-mail.</li>
        <li>The download is recorded in “Who saw my data”.</li>
      </ul>
      <LiveNotice message={notice} />
      {failure ? <ErrorNotice error={failure} /> : null}
      <p>
        <button type="button" className="button-primary" disabled={busy} onClick={() => void download()}>
          {busy ? 'Preparing your file…' : 'Download my records'}
        </button>
      </p>
    </Page>
  );
}
