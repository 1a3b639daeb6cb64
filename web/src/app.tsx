import { useEffect, useRef, type ReactNode } from 'react';
import { ROLE_HOME } from './api';
import { SessionExpiryWarning } from './components/session-expiry-warning';
import { AccessTokensPage } from './pages/access-tokens';
import { AcceptInvitationPage } from './pages/accept-invitation';
import { AccountSecurityPage } from './pages/account-security';
import { AdminCareTeamsPage } from './pages/admin/care-teams';
import { AdminOutboxPage } from './pages/admin/outbox';
import { AdminSettingsPage } from './pages/admin/settings';
import { AdminUsersPage } from './pages/admin/users';
import { BreakGlassPage } from './pages/break-glass';
import { BreakGlassReviewsPage } from './pages/break-glass-reviews';
import { EnrollTotpPage } from './pages/enroll-totp';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { PrivacyNoticePage } from './pages/privacy-notice';
import { RecoveryCodesPage } from './pages/recovery-codes';
import { RegisterPage } from './pages/register';
import { ResetPasswordPage } from './pages/reset-password';
import { CONSENT_PAGES } from './pages/consent/consent-pages';
import { IMPORT_PAGES } from './pages/records/import-pages';
import { RIGHTS_PAGES } from './pages/records/rights-pages';
import { ROLE_PAGES } from './pages/role-home';
import { SHARING_PAGES } from './pages/sharing/sharing-pages';
import { SecurityTipsPage } from './pages/security-tips';
import { SignInPage } from './pages/sign-in';
import { SignOutPage } from './pages/sign-out';
import { VerifyEmailPage } from './pages/verify-email';
import { Link, usePathname } from './router';
import { useSession } from './session';

/** Every path of the app. The server answers each of them (and any other) with index.html. */
export const ROUTES: Readonly<Record<string, () => ReactNode>> = {
  '/': HomePage,
  '/register': RegisterPage,
  '/verify-email': VerifyEmailPage,
  '/sign-in': SignInPage,
  '/enroll-totp': EnrollTotpPage,
  '/recovery-codes': RecoveryCodesPage,
  '/reset-password': ResetPasswordPage,
  '/accept-invitation': AcceptInvitationPage,
  '/account/security': AccountSecurityPage,
  '/account/tokens': AccessTokensPage,
  '/admin/users': AdminUsersPage,
  '/admin/outbox': AdminOutboxPage,
  '/admin/settings': AdminSettingsPage,
  '/admin/care-teams': AdminCareTeamsPage,
  '/clinician/break-glass': BreakGlassPage,
  '/compliance/break-glass-reviews': BreakGlassReviewsPage,
  '/privacy': PrivacyNoticePage,
  '/security-tips': SecurityTipsPage,
  '/sign-out': SignOutPage,
  ...ROLE_PAGES,
  ...RIGHTS_PAGES,
  ...IMPORT_PAGES,
  ...CONSENT_PAGES,
  ...SHARING_PAGES,
};

/** The layout: skip link, header with navigation, the current page, footer, expiry warning. */
export function App(): ReactNode {
  const pathname = usePathname();
  const Page = ROUTES[pathname] ?? NotFoundPage;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, focus goes to the new page's heading (as a page load would).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <PasswordChangeDue />
        <Page />
      </main>
      <Footer />
      <ExpiryWarning />
    </>
  );
}

function Header(): ReactNode {
  const { status, session } = useSession();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Custos</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {status === 'signed-in' && session ? (
              <>
                <li>
                  <Link to={ROLE_HOME[session.user.role]}>My home</Link>
                </li>
                <li>
                  <Link to="/account/security">Account security</Link>
                </li>
                <li>
                  <Link to="/security-tips">Security tips</Link>
                </li>
                <li>
                  <Link to="/sign-out">Sign out</Link>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link to="/security-tips">Security tips</Link>
                </li>
                <li>
                  <Link to="/sign-in">Sign in</Link>
                </li>
                <li>
                  <Link to="/register" className="nav-cta">
                    Create account
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The organization forces periodic password change and this password is due (never by default). */
function PasswordChangeDue(): ReactNode {
  const { session } = useSession();
  if (!session?.passwordChangeRequired) return null;
  return (
    <div className="notice page" role="status">
      <p>
        Your organization asks everyone to change their password from time to time, and yours is due. <Link to="/account/security">Change it now</Link>.
      </p>
    </div>
  );
}

function Footer(): ReactNode {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <nav aria-label="Footer">
          <ul>
            <li>
              <Link to="/privacy">Notice of Privacy Practices</Link>
            </li>
            <li>
              <Link to="/security-tips">Security tips</Link>
            </li>
          </ul>
        </nav>
        <p>Custos keeps health information encrypted and records every access to it.</p>
      </div>
    </footer>
  );
}

function ExpiryWarning(): ReactNode {
  const { now, status, idleExpiresAt, refresh, signOut } = useSession();
  if (status !== 'signed-in' || idleExpiresAt === undefined) return null;
  return (
    <SessionExpiryWarning
      expiresAt={idleExpiresAt}
      now={now}
      onStaySignedIn={async () => {
        const result = await refresh();
        if (!result.alive) await signOut({ notice: result.notice && result.notice !== 'signed_out' ? result.notice : 'session_expired' });
      }}
      onSignOut={() => void signOut({ notice: 'signed_out' })}
      onExpired={() => void signOut({ notice: 'session_expired' })}
    />
  );
}
