import type { ReactNode } from 'react';
import { ROLE_HOME, type TRole } from '../api';
import { Link } from '../router';
import { useSession } from '../session';
import { Page } from './page';

/**
 * Renders `children` for a signed-in user of one of `roles`; otherwise a page with the same title
 * that says what to do (sign in, or go home). The server refuses the calls anyway: this only
 * spares people a page of errors.
 *
 * @example
 *   <RoleGate title="Users" roles={['admin']}><UsersPage /></RoleGate>
 */
export function RoleGate({ title, roles, children }: { title: string; roles: readonly TRole[]; children: ReactNode }): ReactNode {
  const { status, session } = useSession();
  if (status === 'loading') return <Page title={title}>Loading…</Page>;
  if (status !== 'signed-in' || !session) {
    return (
      <Page title={title} lead="Sign in to see this page.">
        <p>
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
        </p>
      </Page>
    );
  }
  if (!roles.includes(session.user.role)) {
    return (
      <Page title={title} lead="This page is for another role.">
        <p>
          <Link to={ROLE_HOME[session.user.role]}>Go to your home page</Link>
        </p>
      </Page>
    );
  }
  return children;
}
