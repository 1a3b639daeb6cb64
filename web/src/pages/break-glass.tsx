import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { BREAK_GLASS_REASON_MIN, type TBreakGlassGrant } from '../admin-api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { SubmitButton, TextAreaField, TextField } from '../components/form';
import { Page } from '../components/page';
import { RoleGate } from '../components/role-gate';
import { formatWhen } from '../format';
import { useAdminApi } from '../session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Clinicians: emergency access to a chart outside their care teams, with a reason. */
export function BreakGlassPage(): ReactNode {
  return (
    <RoleGate title="Emergency access" roles={['clinician']}>
      <BreakGlass />
    </RoleGate>
  );
}

function BreakGlass(): ReactNode {
  const admin = useAdminApi();
  const [patientId, setPatientId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ patientId?: string; reason?: string }>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [grant, setGrant] = useState<TBreakGlassGrant | undefined>(undefined);
  const patientRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const length = [...reason.trim()].length;
    const found = {
      ...(UUID.test(patientId.trim()) ? {} : { patientId: 'Enter the patient identifier, like 3f6c2a1e-8b7d-4c55-9a0e-2d1b6f4e7a90.' }),
      ...(length >= BREAK_GLASS_REASON_MIN ? {} : { reason: `Say why in at least ${BREAK_GLASS_REASON_MIN} characters (this has ${length}).` }),
    };
    setErrors(found);
    if (found.patientId) return patientRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    setBusy(true);
    try {
      setGrant((await admin.openBreakGlass(patientId.trim(), reason.trim())).grant);
      setReason('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  if (grant) {
    return (
      <Page title="Emergency access granted">
        <InfoNotice>
          <p>
            You may open the chart of patient <code>{grant.patientId}</code> until <strong>{formatWhen(grant.expiresAt)}</strong>.
          </p>
        </InfoNotice>
        <p>Everything you look at is recorded, and a compliance officer reviews this access. Open only what the emergency needs.</p>
        <button type="button" className="button-secondary" onClick={() => setGrant(undefined)}>
          Done
        </button>
      </Page>
    );
  }
  return (
    <Page
      title="Emergency access"
      lead="For when a patient who is not on your care teams needs you now. You get the chart for a few hours; the access is flagged, raises an alert, and a compliance officer reviews it."
    >
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Emergency access">
        <TextField id="patientId" label="Patient identifier" autoComplete="off" spellCheck={false} value={patientId} onValueChange={setPatientId} error={errors.patientId} inputRef={patientRef} />
        <TextAreaField
          id="reason"
          label="Reason"
          value={reason}
          onValueChange={setReason}
          hint={`At least ${BREAK_GLASS_REASON_MIN} characters, e.g. “Unconscious patient in the emergency department; need allergy list.” It is stored encrypted and read by the reviewer.`}
          error={errors.reason}
          inputRef={reasonRef}
        />
        <SubmitButton busy={busy} busyText="Opening…">
          Open the chart
        </SubmitButton>
      </form>
    </Page>
  );
}
