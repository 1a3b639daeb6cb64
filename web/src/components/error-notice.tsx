import type { ReactNode } from 'react';
import { ApiError } from '../api';

/**
 * The error of a failed call, as a person should read it, with the request id for support.
 * Anything that is not an ApiError (a bug) gets a fixed sentence: its message is not for users.
 *
 * @example
 *   {error ? <ErrorNotice error={error} /> : null}
 */
export function ErrorNotice({ error }: { error: unknown }): ReactNode {
  const apiError = error instanceof ApiError ? error : undefined;
  const message = apiError?.message ?? 'Something went wrong in this page. Reload it and try again.';
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {apiError?.requestId ? (
        <p className="notice-reference">
          If you contact support, quote this reference: <code>{apiError.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}

/** A calm, non-error message (for example "Your email is verified"). */
export function InfoNotice({ children }: { children: ReactNode }): ReactNode {
  return (
    <div className="notice notice-info" role="status">
      {children}
    </div>
  );
}

/** A live region that announces the outcome of the last action on the page, if any. */
export function LiveNotice({ message }: { message: string | undefined }): ReactNode {
  return (
    <div aria-live="polite">
      {message ? (
        <InfoNotice>
          <p>{message}</p>
        </InfoNotice>
      ) : null}
    </div>
  );
}
