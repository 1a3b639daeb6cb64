import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { takeTokenFromLocation } from '../use-fragment-token';
import { Link } from '../router';
import { useApi } from '../session';

/** Confirms the email address with the token from the mail: automatically from the link, or typed. */
export function VerifyEmailPage(): ReactNode {
  const api = useApi();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const started = useRef(false);
  const tokenRef = useRef<HTMLInputElement>(null);

  const send = async (value: string): Promise<void> => {
    setState('busy');
    setFailure(undefined);
    try {
      await api.verifyEmail({ token: value });
      setState('done');
    } catch (caught) {
      setFailure(caught);
      setState('idle');
    }
  };

  useEffect(() => {
    // StrictMode runs effects twice in development; a token is single use, so send it once.
    if (started.current) return;
    started.current = true;
    // Takes the token out of the address bar (and so out of history) before using it.
    const fromLink = takeTokenFromLocation();
    if (fromLink) void send(fromLink);
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (token.trim() === '') {
      setError('Enter the code from the email.');
      tokenRef.current?.focus();
      return;
    }
    setError(undefined);
    void send(token.trim());
  };

  if (state === 'done') {
    return (
      <Page title="Email address confirmed">
        <InfoNotice>
          <p>Thank you. Your email address is confirmed.</p>
        </InfoNotice>
        <p>Next, sign in. The first time, Custos helps you set up two-step verification with an authenticator app.</p>
        <p>
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Confirm your email address" lead="Open the link in the email we sent you. If the link does not work, copy the code from the email here.">
      {failure ? <ErrorNotice error={failure} /> : null}
      {state === 'busy' ? (
        <p role="status">Confirming your email address…</p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <TextField
            id="token"
            label="Code from the email"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onValueChange={setToken}
            error={error}
            inputRef={tokenRef}
            hint="Each code works once and expires after a while."
          />
          <SubmitButton busy={false}>Confirm</SubmitButton>
        </form>
      )}
    </Page>
  );
}
