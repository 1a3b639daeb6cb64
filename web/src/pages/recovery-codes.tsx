import { useEffect, useState, type ReactNode } from 'react';
import { ROLE_HOME } from '../api';
import { Checkbox } from '../components/form';
import { Page } from '../components/page';
import { Link, navigate } from '../router';
import { useSession } from '../session';

/** The text file a user downloads: the codes and what they are for (no name, no email). */
export function recoveryCodesText(codes: readonly string[], issuedOn: string): string {
  return [
    'Custos recovery codes',
    `Issued ${issuedOn}. Each code works once. Issuing new codes cancels these.`,
    'Use one when you cannot use your authenticator app. Keep them as safe as a password.',
    '',
    ...codes.map((c, i) => `${String(i + 1).padStart(2, ' ')}. ${c}`),
    '',
  ].join('\n');
}

/** The ten recovery codes, shown once (they are only in memory) until the user confirms saving them. */
export function RecoveryCodesPage(): ReactNode {
  const { recoveryCodes, setRecoveryCodes, session } = useSession();
  const [saved, setSaved] = useState(false);
  const [downloadUrl, setDownloadUrl] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!recoveryCodes) return;
    const url = URL.createObjectURL(new Blob([recoveryCodesText(recoveryCodes, new Date().toISOString().slice(0, 10))], { type: 'text/plain' }));
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [recoveryCodes]);

  if (!recoveryCodes) {
    return (
      <Page title="Recovery codes" lead="Recovery codes are shown only once, right after they are made, and this page has none to show.">
        <p>
          If you lost yours, sign in and make new ones in <Link to="/account/security">Account security</Link>. New codes replace all old ones.
        </p>
      </Page>
    );
  }

  const finish = (): void => {
    setRecoveryCodes(undefined);
    navigate(session ? ROLE_HOME[session.user.role] : '/', { replace: true });
  };

  return (
    <Page title="Save your recovery codes" lead="If you lose your phone or your authenticator app, each of these codes lets you sign in once. This is the only time Custos shows them.">
      <ol className="recovery-codes" aria-label="Recovery codes">
        {recoveryCodes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p className="button-row no-print">
        {downloadUrl ? (
          <a className="button-secondary" href={downloadUrl} download="custos-recovery-codes.txt">
            Download as a text file
          </a>
        ) : null}
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <p>Keep them somewhere safe and apart from your phone: printed in a drawer at home, or in a password manager. Anyone with a code and your password can sign in as you.</p>
      <div className="no-print">
        <Checkbox id="saved" checked={saved} onCheckedChange={setSaved}>
          I have saved my recovery codes somewhere safe
        </Checkbox>
        <button type="button" className="button-primary" disabled={!saved} onClick={finish}>
          Continue
        </button>
      </div>
    </Page>
  );
}
