import type { ReactNode } from 'react';
import { Page } from '../components/page';
import { Link } from '../router';

/** Short, practical advice: passphrases, phishing, two-step verification, shared computers. */
export function SecurityTipsPage(): ReactNode {
  return (
    <Page title="Security tips" lead="Five habits that keep your health information yours." wide>
      <div className="card-grid card-grid-tips">
        <section className="card" aria-labelledby="tip-passphrase">
          <h2 id="tip-passphrase">Use a passphrase</h2>
          <p>
            Length beats complexity. Three or four unrelated words, like “tulip orbit kettle nine”, are easier to remember and harder to guess than
            “P@ssw0rd!”. Use a different password for every site; a password manager remembers them for you.
          </p>
        </section>
        <section className="card" aria-labelledby="tip-phishing">
          <h2 id="tip-phishing">Spot phishing</h2>
          <ul>
            <li>We will never ask for your password or your codes by email, text message or phone.</li>
            <li>Be wary of messages that rush you (“your account will be closed today”) or that come from an address that is almost right.</li>
            <li>Do not sign in through a link in a message you did not expect. Type the Custos address yourself or use a bookmark.</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="tip-2fa">
          <h2 id="tip-2fa">Why two-step verification</h2>
          <p>
            Passwords leak. With two-step verification, someone who has your password still needs the code from your phone, which changes every
            30 seconds. That is why every Custos account uses it.
          </p>
        </section>
        <section className="card" aria-labelledby="tip-codes">
          <h2 id="tip-codes">Never share your codes</h2>
          <p>
            A code from your authenticator app or a recovery code is a key to your account. Nobody from Custos or your care team needs it. If
            someone asks for one, it is a scam: do not give it, and tell your care provider.
          </p>
        </section>
        <section className="card" aria-labelledby="tip-shared">
          <h2 id="tip-shared">Sign out on shared computers</h2>
          <p>
            On a computer others use, always <Link to="/sign-out">sign out</Link> and close the browser. Do not let the browser save your password
            there. Custos also signs you out by itself after some minutes without activity.
          </p>
        </section>
      </div>
      <p>
        Think someone else got into your account? Go to <Link to="/account/security">Account security</Link>, sign out everywhere and change your
        password, then tell your care provider.
      </p>
    </Page>
  );
}
