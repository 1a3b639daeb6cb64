import type { ReactNode } from 'react';
import { ROLE_HOME, type TRole } from '../api';
import { Page } from '../components/page';
import { Link } from '../router';
import { useSession } from '../session';
import { CONSENT_TOOLS } from './consent/consent-pages';
import { IMPORT_TOOLS } from './records/import-pages';
import { RIGHTS_TOOLS } from './records/rights-pages';
import { SHARING_TOOLS } from './sharing/sharing-pages';

const ROLE_NAME: Record<TRole, string> = {
  patient: 'Patient',
  clinician: 'Clinician',
  compliance_officer: 'Compliance officer',
  admin: 'Administrator',
};

// What each home page will hold that is not built yet (DESIGN.md, "Users and their jobs").
const COMING: Record<TRole, string[]> = {
  patient: [],
  clinician: ['Notes read by clinical language processing, and risk predictions with their reasons'],
  compliance_officer: [
    'Searching the audit log and checking its integrity',
    'Alerts and access reviews',
    'Risk assessment and breach incident handling',
    'Policies and training',
  ],
  admin: ['Encryption key rotation', 'Backups and restore'],
};

// What each role can do today.
const TOOLS: Record<TRole, Array<[string, string, string]>> = {
  patient: [['/account/tokens', 'Access tokens', 'Let another application read part of your records, for a limited time.']],
  clinician: [
    ['/clinician/break-glass', 'Emergency access', 'Open the chart of a patient outside your care teams, with a reason.'],
    ['/account/tokens', 'Access tokens', 'Connect an application to the records you can see.'],
  ],
  compliance_officer: [
    ['/compliance/break-glass-reviews', 'Emergency access reviews', 'Decide whether each break-glass access was appropriate.'],
    ['/account/tokens', 'Access tokens', 'Connect an audit tool.'],
  ],
  admin: [
    ['/admin/users', 'Users', 'Invite staff, change roles, disable accounts, reset two-step verification, end sessions.'],
    ['/admin/care-teams', 'Care teams', 'Which clinicians treat which patients (who may see which charts).'],
    ['/admin/outbox', 'Mail outbox', 'Mail Custos sent or holds, such as invitations.'],
    ['/admin/settings', 'Security settings', 'Automatic logoff, session length, password rules, emergency access.'],
  ],
};

function RoleHome({ role }: { role: TRole }): ReactNode {
  const { status, session } = useSession();
  if (status === 'loading') {
    return <Page title={`${ROLE_NAME[role]} home`}>Loading…</Page>;
  }
  if (status !== 'signed-in' || !session) {
    return (
      <Page title={`${ROLE_NAME[role]} home`} lead="Sign in to see this page.">
        <p>
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
        </p>
      </Page>
    );
  }
  if (session.user.role !== role) {
    return (
      <Page title={`${ROLE_NAME[role]} home`} lead="This page is for another role.">
        <p>
          <Link to={ROLE_HOME[session.user.role]}>Go to your home page</Link>
        </p>
      </Page>
    );
  }
  return (
    // The name stays out of the title: titles end up in browser history and bookmarks.
    <Page title={`${ROLE_NAME[role]} home`} lead={`Welcome, ${session.user.displayName}.`}>
      <section aria-labelledby="tools">
        <h2 id="tools">What you can do</h2>
        <ul className="card-grid">
          {[...(RIGHTS_TOOLS[role] ?? []), ...(IMPORT_TOOLS[role] ?? []), ...(CONSENT_TOOLS[role] ?? []), ...(SHARING_TOOLS[role] ?? []), ...TOOLS[role]].map(([to, name, what]) => (
            <li key={to} className="card">
              <h3>
                <Link to={to}>{name}</Link>
              </h3>
              <p>{what}</p>
            </li>
          ))}
        </ul>
      </section>
      {COMING[role].length > 0 ? (
        <section aria-labelledby="coming">
          <h2 id="coming">Coming soon</h2>
          <p>This page will hold:</p>
          <ul>
            {COMING[role].map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        Meanwhile, check your <Link to="/account/security">account security</Link>.
      </p>
    </Page>
  );
}

/** One route per role; each says what it will hold and refuses other roles. */
export const ROLE_PAGES: Readonly<Record<string, () => ReactNode>> = Object.fromEntries(
  (Object.keys(ROLE_HOME) as TRole[]).map((role) => [ROLE_HOME[role], () => <RoleHome role={role} />]),
);
