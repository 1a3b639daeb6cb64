import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { PasswordField, SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { PASSWORD_MIN_LENGTH, passwordLength } from '../password-rules';
import { REGISTRATION_FIELDS, validateRegistration, type TRegistrationField } from '../validation';
import { Link } from '../router';
import { useApi } from '../session';

type TErrors = Partial<Record<TRegistrationField, string>>;

/** Patient self-registration: name, email, date of birth and password, nothing more. */
export function RegisterPage(): ReactNode {
  const api = useApi();
  const [values, setValues] = useState<Record<TRegistrationField, string>>({ name: '', email: '', dateOfBirth: '', password: '' });
  const [errors, setErrors] = useState<TErrors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  const refs = { name: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), dateOfBirth: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const set = (field: TRegistrationField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found = validateRegistration(values, new Date().toISOString().slice(0, 10));
    setErrors(found);
    const first = REGISTRATION_FIELDS.find((f) => found[f]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.register({ name: values.name.trim(), email: values.email.trim(), dateOfBirth: values.dateOfBirth, password: values.password });
      setSentTo(values.email.trim());
    } catch (error) {
      // The server names fields that failed (e.g. a blocklisted password): show them at the field.
      if (error instanceof ApiError && error.fields.length > 0) {
        const byField: TErrors = {};
        for (const issue of error.fields) {
          const field = REGISTRATION_FIELDS.find((f) => issue.path === f || issue.path.endsWith(`.${f}`));
          if (field) byField[field] = issue.problem;
        }
        setErrors(byField);
      }
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (sentTo !== undefined) {
    return (
      <Page title="Check your email">
        <InfoNotice>
          <p>
            We sent a link to <strong>{sentTo}</strong>. Open it to confirm the address, then sign in. The link works once and expires soon.
          </p>
        </InfoNotice>
        <p>
          No email after a few minutes? Look in your spam folder. You can also <Link to="/verify-email">enter the code from the email by hand</Link>.
        </p>
      </Page>
    );
  }

  const length = passwordLength(values.password);
  return (
    <Page title="Create your account" lead="For patients. We ask for four things only, and say why. Staff accounts are created by an administrator.">
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <TextField
          id="name"
          label="Full name"
          autoComplete="name"
          value={values.name}
          onValueChange={set('name')}
          hint="So your care team knows who you are, and to match you with your health records."
          error={errors.name}
          inputRef={refs.name}
          required
        />
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={values.email}
          onValueChange={set('email')}
          hint="To sign in, and for security messages such as a new sign-in or a password change. We do not send marketing."
          error={errors.email}
          inputRef={refs.email}
          required
        />
        <TextField
          id="dateOfBirth"
          label="Date of birth"
          type="date"
          autoComplete="bday"
          value={values.dateOfBirth}
          onValueChange={set('dateOfBirth')}
          hint="To tell you apart from other patients with the same name when your records are matched."
          error={errors.dateOfBirth}
          inputRef={refs.dateOfBirth}
          required
        />
        <PasswordField
          id="password"
          label="Password"
          autoComplete="new-password"
          value={values.password}
          onValueChange={set('password')}
          hint={
            <>
              <p>
                At least {PASSWORD_MIN_LENGTH} characters; longer is stronger. A passphrase of three or four unrelated words (like “tulip orbit
                kettle nine”) is easy to remember and hard to guess. Spaces and any characters are fine, and there are no rules about symbols or
                capitals.
              </p>
              <p>We refuse passwords that appear in lists of leaked or common passwords. Do not reuse a password from another site.</p>
            </>
          }
          error={errors.password}
          inputRef={refs.password}
          required
        />
        <p className="field-counter">
          {length === 0 ? '' : `${length} character${length === 1 ? '' : 's'}${length < PASSWORD_MIN_LENGTH ? `, ${PASSWORD_MIN_LENGTH - length} more needed` : ''}`}
        </p>
        <SubmitButton busy={busy} busyText="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>. How we use what you give us: <Link to="/privacy">Notice of Privacy Practices</Link>.
      </p>
    </Page>
  );
}
