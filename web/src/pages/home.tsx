import type { ReactNode } from 'react';
import { ROLE_HOME } from '../api';
import { Page } from '../components/page';
import { Link } from '../router';
import { useSession } from '../session';

/** The front door: what Custos is, in plain words, and the way in. */
export function HomePage(): ReactNode {
  const { status, session } = useSession();
  return (
    <Page
      title="Your health information, with AI you can trust"
      lead="Custos lets your care team and you use artificial intelligence on your health records, while keeping them private, encrypted and under your control."
      wide
    >
      {status === 'signed-in' && session ? (
        <p className="button-row">
          <Link to={ROLE_HOME[session.user.role]} className="button-primary">
            Go to my home page
          </Link>
        </p>
      ) : (
        <p className="button-row">
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
          <Link to="/register" className="button-secondary">
            Create an account
          </Link>
        </p>
      )}
      <section aria-labelledby="promises" className="card-grid">
        <h2 id="promises" className="visually-hidden">
          What Custos promises
        </h2>
        <div className="card">
          <h3>You decide</h3>
          <p>No AI service sees your information unless you have agreed to it, and you can take that agreement back at any time.</p>
        </div>
        <div className="card">
          <h3>Locked away</h3>
          <p>Your records are encrypted. Only the people caring for you can open them, and only when they need to.</p>
        </div>
        <div className="card">
          <h3>Every look is recorded</h3>
          <p>Each time someone opens or shares your records, Custos writes it down. You can see that list yourself.</p>
        </div>
      </section>
      <p>
        New here? Read our <Link to="/privacy">Notice of Privacy Practices</Link> and a few <Link to="/security-tips">tips to keep your account safe</Link>.
      </p>
    </Page>
  );
}
