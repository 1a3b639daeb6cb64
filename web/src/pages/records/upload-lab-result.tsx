// "Upload a lab result" (/records/upload): the patient picks a PDF, image or text file, sees the
// upload's progress, and then finds it in the list of their uploads. The file goes as the raw body
// of POST /api/v1/patients/<id>/uploads (the server checks its real type and size, and stores it
// encrypted); XMLHttpRequest is used because fetch cannot report upload progress.
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { CSRF_HEADER, readCsrfToken, toApiError } from '../../api';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi, useSession } from '../../session';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain';
const TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain' };
const MAX_BYTES = 10 * 1024 * 1024;

interface TUploadedDocument {
  id: string;
  title: string;
  date: string;
  contentType: string;
  size: number;
  url: string;
}

export function UploadLabResultPage(): ReactNode {
  return (
    <RoleGate title="Upload a lab result" roles={['patient']}>
      <UploadLabResult />
    </RoleGate>
  );
}

function UploadLabResult(): ReactNode {
  const api = useApi();
  const patientId = useSession().session?.user.patientId ?? '';
  const [file, setFile] = useState<File | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [documents, setDocuments] = useState<TUploadedDocument[] | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      const bundle = await api.request<{ entry: Array<{ resource: Record<string, unknown> }> }>('GET', `/api/v1/patients/${encodeURIComponent(patientId)}/DocumentReference`);
      setDocuments(bundle.entry.map((e) => uploadedDocument(e.resource)).filter((d): d is TUploadedDocument => d !== undefined));
    } catch (caught) {
      setFailure(caught);
    }
  }, [api, patientId]);
  useEffect(() => {
    if (patientId) void load();
  }, [load, patientId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setNotice(undefined);
    if (!file) {
      setNotice('Choose a file first.');
      return;
    }
    const type = TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? file.type;
    if (!Object.values(TYPES).includes(type)) {
      setNotice('Choose a PDF, PNG, JPEG or plain text file.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setNotice('The file is larger than 10 MB. Choose a smaller file, or scan it at a lower resolution.');
      return;
    }
    setProgress(0);
    try {
      await send(`/api/v1/patients/${encodeURIComponent(patientId)}/uploads`, file, type, setProgress);
      setNotice('Your file was uploaded and added to your health record.');
      setFile(undefined);
      (document.getElementById('upload-file') as HTMLInputElement | null)?.form?.reset();
      await load();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Page title="Upload a lab result" lead="Add a lab report or another document from outside this practice to your health record, so your care team can see it.">
      <ul>
        <li>PDF, PNG, JPEG or plain text files, up to 10 MB.</li>
        <li>The file is stored encrypted. Your care team can open it; every opening is recorded in “Who saw my data”.</li>
      </ul>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="upload-file">File to upload</label>
          <input id="upload-file" name="file" type="file" accept={ACCEPT} aria-describedby="upload-file-hint" onChange={(e) => setFile(e.target.files?.[0])} />
          <p className="field-hint" id="upload-file-hint">
            A PDF, PNG, JPEG or text file of at most 10 MB.
          </p>
        </div>
        {progress !== undefined ? (
          <div className="field upload-progress">
            <label htmlFor="upload-progress">Upload progress</label>
            <progress id="upload-progress" max={100} value={progress}>
              {progress}%
            </progress>
            <span aria-live="polite">{progress}%</span>
          </div>
        ) : null}
        <p>
          <button type="submit" className="button-primary" disabled={progress !== undefined}>
            {progress !== undefined ? 'Uploading…' : 'Upload'}
          </button>
        </p>
      </form>
      <LiveNotice message={notice} />
      {failure ? <ErrorNotice error={failure} /> : null}
      <h2>Your uploads</h2>
      {documents === undefined ? <p>Loading your uploads…</p> : null}
      {documents?.length === 0 ? <p>You have not uploaded anything yet.</p> : null}
      {documents && documents.length > 0 ? (
        <ul className="record-list" aria-label="Your uploads">
          {documents.map((d) => (
            <li className="record upload-item" key={d.id} aria-label={d.title}>
              <h3>{d.title}</h3>
              <p className="facts">
                {describeType(d.contentType)}, {formatSize(d.size)}, uploaded {new Date(d.date).toLocaleString()}
              </p>
              <a href={d.url} download>
                Download
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

/** POST the file as the raw body with the session's CSRF token, reporting progress in percent. */
function send(url: string, file: File, type: string, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', type);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    const token = readCsrfToken(document.cookie);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(toApiError(xhr.status, xhr.responseText, xhr.getResponseHeader('x-request-id'))));
    xhr.onerror = () => reject(toApiError(0, '', null));
    xhr.send(file);
  });
}

function uploadedDocument(resource: Record<string, unknown>): TUploadedDocument | undefined {
  const attachment = (resource.content as Array<{ attachment?: Record<string, unknown> }> | undefined)?.[0]?.attachment;
  const url = typeof attachment?.url === 'string' ? attachment.url : '';
  if (!url.includes('/uploads/') || !url.startsWith('/api/v1/patients/')) return undefined;
  return {
    id: String(resource.id),
    title: typeof attachment?.title === 'string' ? attachment.title : 'Uploaded file',
    date: typeof resource.date === 'string' ? resource.date : '',
    contentType: typeof attachment?.contentType === 'string' ? attachment.contentType : '',
    size: typeof attachment?.size === 'number' ? attachment.size : 0,
    url,
  };
}

function describeType(contentType: string): string {
  return { 'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'text/plain': 'Text file' }[contentType] ?? 'File';
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
