// Patient: /ai/analyze. Pick lab results, "Analyze with AI"; when the consent calls for it, the
// approval pop-up shows exactly what would be shared before anything is; then the answer.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { Checkbox, SubmitButton } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { Link } from '../../router';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { AiAnswer } from './ai-answer';
import { aiApi, observationName, observationValue, type TAiOutcome, type TAiRequest } from './ai-api';
import { ApprovalDialog } from './approval-dialog';
import { consentApi } from './consent-api';

export function AiAnalyzePage(): ReactNode {
  return (
    <RoleGate title="Analyze my lab results with AI" roles={['patient']}>
      <AiAnalyze />
    </RoleGate>
  );
}

function AiAnalyze(): ReactNode {
  const api = useApi();
  const ai = useMemo(() => aiApi(api), [api]);
  const consent = useMemo(() => consentApi(api), [api]);
  const patientId = useSession().session?.user.patientId ?? '';
  const labs = useLoad(() => ai.observations(patientId), [ai, patientId]);
  const providers = useLoad(() => ai.listProviders(), [ai]);
  const [picked, setPicked] = useState<string[]>([]);
  const [providerId, setProviderId] = useState('');
  const [outcome, setOutcome] = useState<TAiOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [pickError, setPickError] = useState<string | undefined>(undefined);

  const results = (labs.data?.entry ?? []).map((e) => e.resource);
  const list = providers.data?.providers ?? [];
  const chosen = providerId || list.find((p) => p.isDefault)?.id || list[0]?.id || '';

  const run = async (extra: Partial<TAiRequest> = {}): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      setOutcome(await ai.ask({ patientId, task: 'explain_lab_results', recordIds: picked, ...(chosen ? { providerConfigId: chosen } : {}), ...extra }));
    } catch (caught) {
      setOutcome(undefined);
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setNotice(undefined);
    if (picked.length === 0) {
      setPickError('Check at least one result.');
      document.getElementById('labs-legend')?.focus();
      return;
    }
    setPickError(undefined);
    void run();
  };

  const answer = async (decision: 'approve' | 'decline'): Promise<void> => {
    if (outcome?.status !== 'approval_required') return;
    setBusy(true);
    try {
      await consent.decideApproval(outcome.approvalId, decision);
    } catch (caught) {
      setBusy(false);
      setOutcome(undefined);
      setFailure(caught);
      return;
    }
    setBusy(false);
    if (decision === 'decline') {
      setOutcome(undefined);
      setNotice('You declined. Nothing was shared.');
      return;
    }
    await run({ approvalId: outcome.approvalId });
  };

  const consentMissing = failure instanceof ApiError && failure.reasons.some((r) => r === 'consent.none' || r === 'consent.revoked' || r === 'consent.expired' || r.endsWith('_not_covered'));

  return (
    <Page title="Analyze my lab results with AI" lead="Choose results and an AI service explains them in plain words. You see exactly what would be shared, and with whom, before anything is." wide>
      <LiveNotice message={notice} />
      {labs.error ? <ErrorNotice error={labs.error} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {failure instanceof ApiError && failure.reasons.length > 0 ? (
        <div className="notice" role="status">
          <p>Why: {failure.reasons.join(', ')}</p>
          {consentMissing ? (
            <p>
              Give or renew your consent for this AI service on <Link to="/consent">My consents</Link>, then try again.
            </p>
          ) : null}
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form" aria-label="Analyze with AI">
        {list.length > 1 ? (
          <div className="field">
            <label htmlFor="ai-provider">AI service</label>
            <select id="ai-provider" value={chosen} onChange={(e) => setProviderId(e.target.value)}>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.model})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <fieldset className="field" aria-describedby={pickError ? 'labs-error' : undefined}>
          <legend id="labs-legend" tabIndex={-1}>Your lab results</legend>
          {pickError ? <p id="labs-error" className="field-error">{pickError}</p> : null}
          {labs.data && results.length === 0 ? <p>You have no lab results yet.</p> : null}
          {results.map((o) => (
            <Checkbox key={o.id} id={`lab-${o.id}`} checked={picked.includes(o.id)} onCheckedChange={(on) => setPicked(on ? [...picked, o.id] : picked.filter((x) => x !== o.id))}>
              {observationName(o)}: {observationValue(o)} {o.effectiveDateTime ? <span className="small">({formatWhen(o.effectiveDateTime)})</span> : null}
            </Checkbox>
          ))}
        </fieldset>
        <SubmitButton busy={busy} busyText="Working…">
          Analyze with AI
        </SubmitButton>
      </form>
      {outcome?.status === 'approval_required' ? <ApprovalDialog disclosure={{ ...outcome.disclosure, task: 'Explain these lab results in plain language' }} busy={busy} onAgree={() => void answer('approve')} onDecline={() => void answer('decline')} /> : null}
      {outcome?.status === 'completed' ? <AiAnswer answer={outcome.answer} disclosure={outcome.disclosure} /> : null}
    </Page>
  );
}
