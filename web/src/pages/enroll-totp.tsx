import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { QrCode } from '../components/qr-code';
import { Link, navigate } from '../router';
import { useApi, useSession } from '../session';
import { normalizeTotpCode } from '../validation';

/** The secret in groups of four, as authenticator apps show it and people type it. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** TOTP enrollment (first sign-in): scan the QR code or type the key, then prove it with a code. */
export function EnrollTotpPage(): ReactNode {
  const api = useApi();
  const { signedIn, setRecoveryCodes } = useSession();
  const [setup, setSetup] = useState<{ otpauthUri: string; secret: string } | undefined>(undefined);
  const [setupFailure, setSetupFailure] = useState<unknown>(undefined);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Each call makes a new secret; StrictMode runs effects twice in development.
    if (started.current) return;
    started.current = true;
    api.startTotpEnrollment().then(setSetup, setSetupFailure);
  });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const totp = normalizeTotpCode(code);
    if (!totp) {
      setError('Enter the 6-digit code your app shows for Custos.');
      codeRef.current?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const result = await api.confirmTotpEnrollment({ code: totp });
      setRecoveryCodes(result.recoveryCodes);
      signedIn(result.session);
      navigate('/recovery-codes', { replace: true });
    } catch (caught) {
      setFailure(caught);
      setCode('');
      codeRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const lead = 'Every Custos account uses two-step verification: after your password, a code from an app on your phone. Someone who steals your password still cannot get in.';
  if (setupFailure) {
    const signedOut = setupFailure instanceof ApiError && setupFailure.status === 401;
    return (
      <Page title="Set up two-step verification" lead={lead}>
        {signedOut ? (
          <p>
            Sign in first; Custos then takes you here. <Link to="/sign-in">Sign in</Link>
          </p>
        ) : (
          <ErrorNotice error={setupFailure} />
        )}
      </Page>
    );
  }
  return (
    <Page title="Set up two-step verification" lead={lead}>
      {!setup ? (
        <p role="status">Preparing your setup…</p>
      ) : (
        <ol className="steps">
          <li>
            <h2>Install an authenticator app</h2>
            <p>Any app that supports time-based codes (TOTP) works, for example the authenticator app of your phone’s maker or your password manager.</p>
          </li>
          <li>
            <h2>Add Custos to the app</h2>
            <p>In the app, choose to add an account, then scan this QR code:</p>
            <QrCode text={setup.otpauthUri} label="QR code to add Custos to your authenticator app" />
            <details>
              <summary>Cannot scan? Type the key instead</summary>
              <p>
                Choose “enter a setup key” in the app, use “Custos” as the name, and type this key (spaces do not matter). It is time-based.
              </p>
              <p>
                <code className="secret" data-testid="totp-secret">
                  {groupSecret(setup.secret)}
                </code>
              </p>
            </details>
            <p className="small">Keep this key to yourself. Anyone who has it can make your codes.</p>
          </li>
          <li>
            <h2>Enter the code the app shows</h2>
            {failure ? <ErrorNotice error={failure} /> : null}
            <form onSubmit={(e) => void submit(e)} noValidate className="form">
              <TextField
                id="code"
                label="6-digit code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={9}
                value={code}
                onValueChange={setCode}
                hint="The code changes every 30 seconds; type the one shown now."
                error={error}
                inputRef={codeRef}
              />
              <SubmitButton busy={busy} busyText="Checking…">
                Turn on two-step verification
              </SubmitButton>
            </form>
          </li>
        </ol>
      )}
    </Page>
  );
}
