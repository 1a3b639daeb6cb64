// Clinician (and compliance officer): /clinician/share. Share a patient's records with a
// registered third party as a FHIR file. A clinician picks a patient of their care teams and
// shares under the patient's permission; the answer says whether that permission covers it, or
// that the patient must approve first ("Check again" after they did), then the file downloads.
// The compliance officer shares without permission where the law allows (45 CFR 164.512), with a
// written reason, after opening an audit review of the patient.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api';
import { ErrorNotice, InfoNotice, LiveNotice } from '../../components/error-notice';
import { Checkbox, SelectField, SubmitButton, TextAreaField, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { recordsApi } from '../records/records-api';
import { KIND_LABELS, LEGAL_BASIS_LABELS, REFUSAL_TEXT, SHARE_PURPOSE_LABELS, sharingApi, STAFF_CATEGORY_LABELS, type TShareBundle, type TShareOutcome, type TShareRequest } from './sharing-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function SharePage(): ReactNode {
  return (
    <RoleGate title="Share with a third party" roles={['clinician', 'compliance_officer']}>
      <Share />
    </RoleGate>
  );
}

function nameOn(patient: Record<string, unknown> | undefined): string | null {
  const n = (patient?.name as Array<{ text?: string; given?: string[]; family?: string }> | undefined)?.[0];
  if (!n) return null;
  return n.text ?? ([...(n.given ?? []), n.family].filter(Boolean).join(' ') || null);
}

/** Hands the bundle to the browser as a file; nothing is uploaded or mailed anywhere. */
function saveBundle(bundle: TShareBundle, recipient: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `custos-shared-${recipient.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'records'}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Share(): ReactNode {
  const api = useApi();
  const sharing = useMemo(() => sharingApi(api), [api]);
  const records = useMemo(() => recordsApi(api), [api]);
  const isOfficer = useSession().session?.user.role === 'compliance_officer';
  const recipients = useLoad(() => sharing.listNames(), [sharing]);
  // A clinician's patients, named from each Patient resource (read, and audited, for treatment).
  const patients = useLoad(async () => {
    if (isOfficer) return [];
    const list = await records.careTeamPatients();
    return Promise.all(list.map(async (p) => ({ id: p.patientId, name: nameOn((await records.search(p.patientId, 'Patient').catch(() => []))[0]) })));
  }, [records, isOfficer]);

  const [patientId, setPatientId] = useState(() => new URLSearchParams(window.location.search).get('patient') ?? '');
  const [thirdPartyId, setThirdPartyId] = useState('');
  const [purpose, setPurpose] = useState('patient_request');
  const [categories, setCategories] = useState<string[]>([]);
  const [legalBasis, setLegalBasis] = useState('required_by_law');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<TShareOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const recipientList = recipients.data ?? [];
  const patientList = patients.data ?? [];
  const chosenPatient = patientId || patientList[0]?.id || '';
  const chosenRecipient = thirdPartyId || recipientList[0]?.id || '';

  const send = async (request: TShareRequest, options: { openReview?: boolean } = {}): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      // The officer reads the chart only through an audit review, opened with the same written reason.
      if (options.openReview) await sharing.openAuditReview(patientId.trim(), reason.trim());
      const result = await sharing.share(isOfficer ? patientId.trim() : chosenPatient, request);
      setOutcome(result);
      if (result.status === 'disclosed') {
        saveBundle(result.bundle, result.disclosure.recipientLabel);
        setNotice(`Shared ${result.disclosure.recordCount} ${result.disclosure.recordCount === 1 ? 'record' : 'records'} with ${result.disclosure.recipientLabel}. Your download has started; it is in the patient’s accounting of disclosures.`);
      }
    } catch (caught) {
      // Still waiting for the patient: keep the request so "Check again" can ask once more.
      if (!(caught instanceof ApiError && caught.reasons.includes('consent.approval_pending'))) setOutcome(undefined);
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const request = (approvalId?: string): TShareRequest => ({
    thirdPartyId: chosenRecipient,
    purpose,
    categories,
    legalBasis: isOfficer ? legalBasis : 'authorization',
    ...(isOfficer ? { reason: reason.trim() } : {}),
    ...(approvalId ? { approvalId } : {}),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found: Record<string, string> = {
      ...(isOfficer ? (UUID.test(patientId.trim()) ? {} : { 'share-patient': 'Enter the patient identifier, like 3f6c2a1e-8b7d-4c55-9a0e-2d1b6f4e7a90.' }) : chosenPatient ? {} : { 'share-patient': 'Choose a patient.' }),
      ...(chosenRecipient ? {} : { 'share-recipient': 'Choose who receives it.' }),
      ...(categories.length > 0 ? {} : { 'share-categories': 'Check at least one kind of information.' }),
      ...(isOfficer && reason.trim().length < 20 ? { 'share-reason': 'Say which law, order or request requires it (at least 20 characters).' } : {}),
    };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(first === 'share-categories' ? 'share-categories-legend' : first)?.focus();
    void send(request());
  };

  const toggle = (value: string, on: boolean) => setCategories(on ? [...new Set([...categories, value])] : categories.filter((c) => c !== value));
  const reasons = failure instanceof ApiError ? failure.reasons : [];

  return (
    <Page
      title="Share with a third party"
      lead={isOfficer ? 'Share a patient’s records where the law requires or allows it without their permission (45 CFR 164.512). Reading the chart needs an audit review of the patient; you can open one here with the same reason. Every disclosure is in the patient’s accounting of disclosures.' : 'Share a care-team patient’s records with a registered person or organization, within the patient’s permission. You get a file to send; it is recorded in the patient’s accounting of disclosures.'}
      wide
    >
      <LiveNotice message={notice} />
      {recipients.error ? <ErrorNotice error={recipients.error} /> : null}
      {patients.error ? <ErrorNotice error={patients.error} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {reasons.length > 0 ? (
        <div className="notice" role="status" aria-label="Why it was not shared">
          <ul>
            {reasons.map((r) => (
              <li key={r}>{REFUSAL_TEXT[r] ?? r}</li>
            ))}
          </ul>
          {isOfficer && reasons.includes('no_audit_review') ? (
            <p>
              <button type="button" className="button-secondary" disabled={busy} onClick={() => void send(request(), { openReview: true })}>
                Open an audit review and share
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {recipients.data && recipientList.length === 0 ? (
        <InfoNotice>
          <p>No third parties are registered yet. Your organization’s administrator adds them.</p>
        </InfoNotice>
      ) : null}
      <form onSubmit={submit} noValidate className="form" aria-label="Share with a third party">
        {isOfficer ? (
          <TextField id="share-patient" label="Patient identifier" autoComplete="off" spellCheck={false} value={patientId} onValueChange={setPatientId} error={errors['share-patient']} />
        ) : (
          <SelectField id="share-patient" label="Patient" value={chosenPatient} onValueChange={setPatientId} error={errors['share-patient']} options={patientList.map((p) => [p.id, p.name ?? `Patient ${p.id.slice(0, 8)}`] as const)} hint={patients.data && patientList.length === 0 ? 'No patients are on your care teams yet.' : undefined} />
        )}
        <SelectField id="share-recipient" label="Who receives it" value={chosenRecipient} onValueChange={setThirdPartyId} error={errors['share-recipient']} options={recipientList.map((r) => [r.id, `${r.name} (${KIND_LABELS[r.kind] ?? r.kind})`] as const)} />
        <SelectField id="share-purpose" label="Purpose" value={purpose} onValueChange={setPurpose} options={Object.entries(SHARE_PURPOSE_LABELS)} hint="Payment and operations get only what their work needs (minimum necessary)." />
        <fieldset className="field" aria-describedby={errors['share-categories'] ? 'share-categories-error' : undefined}>
          <legend id="share-categories-legend" tabIndex={-1}>
            What to share
          </legend>
          {errors['share-categories'] ? (
            <p id="share-categories-error" className="field-error">
              {errors['share-categories']}
            </p>
          ) : null}
          {Object.entries(STAFF_CATEGORY_LABELS).map(([value, label]) => (
            <Checkbox key={value} id={`share-cat-${value}`} checked={categories.includes(value)} onCheckedChange={(on) => toggle(value, on)}>
              {label}
            </Checkbox>
          ))}
        </fieldset>
        {isOfficer ? (
          <>
            <SelectField id="share-basis" label="Legal basis" value={legalBasis} onValueChange={setLegalBasis} options={Object.entries(LEGAL_BASIS_LABELS).filter(([b]) => b !== 'authorization')} />
            <TextAreaField id="share-reason" label="Which law, order or request requires it" value={reason} onValueChange={setReason} error={errors['share-reason']} hint="Kept encrypted with the patient’s records, beside the disclosure." />
          </>
        ) : (
          <p className="small">Legal basis: {LEGAL_BASIS_LABELS.authorization}.</p>
        )}
        <SubmitButton busy={busy} busyText="Checking…">
          Check and share
        </SubmitButton>
      </form>
      {outcome?.status === 'approval_required' ? (
        <div aria-live="polite">
          <InfoNotice>
            <p>
              The patient’s permission covers this, but they asked to approve each time. Nothing was shared. They now see this request on their “My consents” page: {outcome.disclosure.recordCount === 1 ? '1 record' : `${outcome.disclosure.recordCount} records`}, for {outcome.disclosure.recipientLabel}.
            </p>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void send(request(outcome.approvalId))}>
              Check again
            </button>
          </InfoNotice>
        </div>
      ) : null}
      {outcome?.status === 'disclosed' ? (
        <section className="section" aria-labelledby="shared-heading">
          <h2 id="shared-heading">Shared</h2>
          <dl className="rights">
            <dt>With</dt>
            <dd>{outcome.disclosure.recipientLabel}</dd>
            <dt>What</dt>
            <dd>
              {outcome.disclosure.recordCount} {outcome.disclosure.recordCount === 1 ? 'record' : 'records'}: {outcome.disclosure.categories.map((c) => STAFF_CATEGORY_LABELS[c] ?? c).join(', ')}
            </dd>
            {outcome.disclosure.omittedCategories.length > 0 ? (
              <>
                <dt>Left out (not needed for this purpose)</dt>
                <dd>{outcome.disclosure.omittedCategories.map((c) => STAFF_CATEGORY_LABELS[c] ?? c).join(', ')}</dd>
              </>
            ) : null}
            <dt>Basis</dt>
            <dd>{LEGAL_BASIS_LABELS[outcome.disclosure.legalBasis] ?? outcome.disclosure.legalBasis}</dd>
          </dl>
          <p>
            <button type="button" className="button-secondary" onClick={() => saveBundle(outcome.bundle, outcome.disclosure.recipientLabel)}>
              Download the file again
            </button>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
