import { useEffect, useRef, type ReactNode } from 'react';
import { Page } from '../components/page';
import { Link } from '../router';
import { useSession } from '../session';

/** Ends the session on the server as soon as the page opens, then says what else to do. */
export function SignOutPage(): ReactNode {
  const { status, signOut } = useSession();
  const started = useRef(false);

  useEffect(() => {
    if (status !== 'signed-in' || started.current) return;
    started.current = true;
    void signOut();
  }, [status, signOut]);

  if (status !== 'signed-out') {
    return (
      <Page title="Signing out">
        <p role="status">Signing you out…</p>
      </Page>
    );
  }
  return (
    <Page title="You are signed out" lead="Your session has ended on this device.">
      <p>On a shared or public computer, also close the browser window, so nobody can use the back button to see what you looked at.</p>
      <p className="button-row">
        <Link to="/sign-in" className="button-primary">
          Sign in again
        </Link>
        <Link to="/" className="button-secondary">
          Home
        </Link>
      </p>
    </Page>
  );
}
