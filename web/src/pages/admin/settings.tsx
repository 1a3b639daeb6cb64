import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { SETTINGS_RANGES, type TOrganizationSettings } from '../../admin-api';
import { ErrorNotice, InfoNotice } from '../../components/error-notice';
import { Checkbox, SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useAdminApi } from '../../session';
import { useLoad } from '../../use-load';

type TNumberField = keyof typeof SETTINGS_RANGES;
type TValues = Record<TNumberField, string> & { forcePasswordChange: boolean };

const LABELS: Record<TNumberField, string> = {
  idleTimeoutMinutes: 'Sign out after this many minutes without activity',
  sessionLifetimeHours: 'Longest session, in hours, however active',
  passwordMaxAgeDays: 'Require a new password every this many days',
  breakGlassHours: 'Emergency (break-glass) access lasts this many hours',
};

function toValues(s: TOrganizationSettings): TValues {
  return {
    idleTimeoutMinutes: String(s.idleTimeoutMinutes),
    sessionLifetimeHours: String(s.sessionLifetimeHours),
    passwordMaxAgeDays: String(s.passwordMaxAgeDays ?? 365),
    breakGlassHours: String(s.breakGlassHours),
    forcePasswordChange: s.passwordMaxAgeDays !== null,
  };
}

/** The problem of one number field, or undefined. */
function rangeProblem(field: TNumberField, text: string): string | undefined {
  const [min, max] = SETTINGS_RANGES[field];
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= min && n <= max ? undefined : `Enter a whole number from ${min} to ${max}.`;
}

/** Administrators: automatic logoff, session lifetime, periodic password change, break-glass duration. */
export function AdminSettingsPage(): ReactNode {
  return (
    <RoleGate title="Security settings" roles={['admin']}>
      <Settings />
    </RoleGate>
  );
}

function Settings(): ReactNode {
  const admin = useAdminApi();
  const loaded = useLoad(() => admin.getSettings(), [admin]);
  const [values, setValues] = useState<TValues | undefined>(undefined);
  const [errors, setErrors] = useState<Partial<Record<TNumberField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (loaded.data) setValues(toValues(loaded.data.settings));
  }, [loaded.data]);

  if (!values) {
    return (
      <Page title="Security settings">
        {loaded.error ? <ErrorNotice error={loaded.error} /> : <p role="status">Loading settings…</p>}
      </Page>
    );
  }

  const set = (field: TNumberField) => (v: string) => setValues({ ...values, [field]: v });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    setSaved(false);
    const fields: TNumberField[] = ['idleTimeoutMinutes', 'sessionLifetimeHours', ...(values.forcePasswordChange ? (['passwordMaxAgeDays'] as const) : []), 'breakGlassHours'];
    const found: Partial<Record<TNumberField, string>> = {};
    for (const f of fields) {
      const problem = rangeProblem(f, values[f]);
      if (problem) found[f] = problem;
    }
    setErrors(found);
    const first = fields.find((f) => found[f]);
    if (first) return document.getElementById(first)?.focus();
    setBusy(true);
    try {
      const { settings } = await admin.putSettings({
        idleTimeoutMinutes: Number(values.idleTimeoutMinutes),
        sessionLifetimeHours: Number(values.sessionLifetimeHours),
        passwordMaxAgeDays: values.forcePasswordChange ? Number(values.passwordMaxAgeDays) : null,
        breakGlassHours: Number(values.breakGlassHours),
      });
      setValues(toValues(settings));
      setSaved(true);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const numberField = (field: TNumberField, hint: ReactNode) => (
    <TextField id={field} label={LABELS[field]} type="number" inputMode="numeric" min={SETTINGS_RANGES[field][0]} max={SETTINGS_RANGES[field][1]} value={values[field]} onValueChange={set(field)} hint={hint} error={errors[field]} />
  );

  return (
    <Page title="Security settings" lead="Rules for every account of your organization. Changes apply to new sign-ins and to the next request of open sessions, and are recorded in the audit log.">
      {saved ? (
        <InfoNotice>
          <p>Settings saved.</p>
        </InfoNotice>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <h2>Sessions</h2>
        {numberField(
          'idleTimeoutMinutes',
          `HIPAA asks for automatic logoff. Short is safer on shared computers; people are warned a minute before. Default 15, from ${SETTINGS_RANGES.idleTimeoutMinutes[0]} to ${SETTINGS_RANGES.idleTimeoutMinutes[1]}.`,
        )}
        {numberField('sessionLifetimeHours', 'After this, people sign in again even if they were active all along. Default 12.')}
        <h2>Passwords</h2>
        <section aria-labelledby="why-no-expiry" className="notice explainer">
          <h3 id="why-no-expiry">Why forced password changes are off</h3>
          <p>
            NIST SP 800-63B (section 5.1.1.2) says not to make people change passwords on a schedule, only when there is evidence one is known to
            someone else. Forced changes lead to predictable passwords (Summer2025!, then Autumn2025!) that attackers guess easily, and to passwords
            written down. Custos instead refuses common and breached passwords, requires two-step verification, and locks accounts after repeated
            failures. When a password may have leaked, the person changes it then, not on a calendar.
          </p>
          <p>
            Turn it on only if a rule you must follow requires it. The trade-off: a stolen password stops working after the period, but people pick
            weaker, related passwords, and support calls rise.
          </p>
        </section>
        <Checkbox id="forcePasswordChange" checked={values.forcePasswordChange} onCheckedChange={(checked) => setValues({ ...values, forcePasswordChange: checked })}>
          Require everyone to change their password periodically
        </Checkbox>
        {values.forcePasswordChange ? numberField('passwordMaxAgeDays', `From ${SETTINGS_RANGES.passwordMaxAgeDays[0]} to ${SETTINGS_RANGES.passwordMaxAgeDays[1]} days.`) : null}
        <h2>Emergency access</h2>
        {numberField('breakGlassHours', 'How long a clinician may see a chart outside their care team after giving a reason. Each use is reviewed. Default 4.')}
        <SubmitButton busy={busy} busyText="Saving…">
          Save settings
        </SubmitButton>
      </form>
    </Page>
  );
}
