// Clinician: /clinician/ask-ai?patient=<uuid>. Ask the AI about a care-team patient's records
// through the same gateway (access, consent, BAA). When the patient's consent asks them each
// time, the request waits for the patient's answer; the clinician can check again afterwards.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api';
import { ErrorNotice, InfoNotice } from '../../components/error-notice';
import { SubmitButton, TextAreaField, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi } from '../../session';
import { AiAnswer } from './ai-answer';
import { aiApi, type TAiOutcome } from './ai-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AskAiPage(): ReactNode {
  return (
    <RoleGate title="Ask the AI about a patient" roles={['clinician']}>
      <AskAi />
    </RoleGate>
  );
}

function AskAi(): ReactNode {
  const api = useApi();
  const ai = useMemo(() => aiApi(api), [api]);
  const [patientId, setPatientId] = useState(() => new URLSearchParams(window.location.search).get('patient') ?? '');
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<{ patientId?: string; question?: string }>({});
  const [outcome, setOutcome] = useState<TAiOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const ask = async (approvalId?: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      setOutcome(await ai.ask({ patientId: patientId.trim(), task: 'question', purpose: 'treatment', question: question.trim(), ...(approvalId ? { approvalId } : {}) }));
    } catch (caught) {
      // Still waiting for the patient: keep the request so "Check again" can ask once more.
      if (!(caught instanceof ApiError && caught.reasons.includes('consent.approval_pending'))) setOutcome(undefined);
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = {
      ...(UUID.test(patientId.trim()) ? {} : { patientId: 'Enter the patient identifier, like 3f6c2a1e-8b7d-4c55-9a0e-2d1b6f4e7a90.' }),
      ...(question.trim().length >= 3 ? {} : { question: 'Type your question.' }),
    };
    setErrors(found);
    if (found.patientId) return document.getElementById('patientId')?.focus();
    if (found.question) return document.getElementById('question')?.focus();
    void ask();
  };

  return (
    <Page title="Ask the AI about a patient" lead="For patients on your care teams. The question and the records it needs go through the same checks as every AI request: your access, the patient's consent and the AI service's business associate agreement." wide>
      {failure ? <ErrorNotice error={failure} /> : null}
      {failure instanceof ApiError && failure.reasons.length > 0 ? (
        <div className="notice" role="status">
          <p>Why: {failure.reasons.join(', ')}</p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form" aria-label="Ask the AI">
        <TextField id="patientId" label="Patient identifier" autoComplete="off" spellCheck={false} value={patientId} onValueChange={setPatientId} error={errors.patientId} />
        <TextAreaField id="question" label="Your question" value={question} onValueChange={setQuestion} error={errors.question} hint="Ask about this patient's records, e.g. “What changed in the last lab results?”" />
        <SubmitButton busy={busy} busyText="Working…">
          Ask
        </SubmitButton>
      </form>
      {outcome?.status === 'approval_required' ? (
        <div aria-live="polite">
          <InfoNotice>
            <p>
              The patient asked to approve each use of their records. Nothing was shared. They now see this request on their “My consents” page: {outcome.disclosure.recordCount === 1 ? '1 record' : `${outcome.disclosure.recordCount} records`}, for {outcome.disclosure.recipientLabel}.
            </p>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void ask(outcome.approvalId)}>
              Check again
            </button>
          </InfoNotice>
        </div>
      ) : null}
      {outcome?.status === 'completed' ? <AiAnswer answer={outcome.answer} disclosure={outcome.disclosure} /> : null}
    </Page>
  );
}
