// Admin: /admin/third-parties. The organization's registry of third parties that patients' data
// may be shared with: list (archived ones too), add one, archive one. Contact details are stored
// encrypted and shown only here.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { SelectField, SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi } from '../../session';
import { useLoad } from '../../use-load';
import { AGREEMENT_LABELS, KIND_LABELS, sharingApi, type SharingApi, type TThirdParty } from './sharing-api';

export function ThirdPartiesPage(): ReactNode {
  return (
    <RoleGate title="Third parties" roles={['admin']}>
      <ThirdParties />
    </RoleGate>
  );
}

function contactText(p: TThirdParty): string {
  const c = p.contact;
  if (!c) return 'None';
  return [c.email, c.phone, c.address].filter(Boolean).join(' · ');
}

function ThirdParties(): ReactNode {
  const api = useApi();
  const sharing = useMemo(() => sharingApi(api), [api]);
  const list = useLoad(() => sharing.listForAdmin(), [sharing]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const entries = list.data ?? [];

  const archive = async (p: TThirdParty): Promise<void> => {
    setFailure(undefined);
    try {
      await sharing.archive(p.id);
      setConfirming(undefined);
      setNotice(`${p.name} archived. Nothing more is shared with it; past sharing stays in patients’ records.`);
      list.reload();
    } catch (caught) {
      setFailure(caught);
    }
  };

  return (
    <Page title="Third parties" lead="People and organizations outside yours that patients’ records may be shared with. Patients choose from these names when they give permission; contact details stay encrypted and are shown only to administrators." wide>
      <LiveNotice message={notice} />
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {list.data && entries.length === 0 ? <p>No third parties yet.</p> : null}
      {entries.length > 0 ? (
        <ul className="record-list">
          {entries.map((p) => (
            <li key={p.id} className="record" aria-label={p.name}>
              <h2 className="records-line">
                {p.name}
                {p.archivedAt ? <span className="badge">Archived</span> : null}
              </h2>
              <dl className="rights">
                <dt>Kind</dt>
                <dd>{KIND_LABELS[p.kind] ?? p.kind}</dd>
                <dt>Agreement</dt>
                <dd>{AGREEMENT_LABELS[p.agreement] ?? p.agreement}</dd>
                <dt>Contact</dt>
                <dd>{contactText(p)}</dd>
              </dl>
              {p.archivedAt ? null : confirming === p.id ? (
                <div role="group" aria-label={`Confirm archiving ${p.name}`}>
                  <p>Archive {p.name}? Nothing more can be shared with it.</p>
                  <button type="button" className="button-primary" onClick={() => void archive(p)}>
                    Yes, archive
                  </button>{' '}
                  <button type="button" className="button-secondary" onClick={() => setConfirming(undefined)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <button type="button" className="button-secondary" onClick={() => setConfirming(p.id)}>
                  Archive {p.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <section className="section" aria-labelledby="add-third-party-heading">
        <h2 id="add-third-party-heading">Add a third party</h2>
        <AddThirdPartyForm sharing={sharing} onAdded={(name) => (setNotice(`${name} added. Patients can now choose it.`), list.reload())} />
      </section>
    </Page>
  );
}

function AddThirdPartyForm({ sharing, onAdded }: { sharing: SharingApi; onAdded(name: string): void }): ReactNode {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('provider');
  const [agreement, setAgreement] = useState('none');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found: Record<string, string> = {
      ...(name.trim().length >= 2 ? {} : { 'tp-name': 'Give the name patients will see.' }),
      ...(email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? { 'tp-email': 'Enter an e-mail address like name@example.org, or leave it empty.' } : {}),
      ...(phone.trim() && phone.trim().length < 3 ? { 'tp-phone': 'Enter the whole number, or leave it empty.' } : {}),
      ...(address.trim() && address.trim().length < 3 ? { 'tp-address': 'Enter the whole address, or leave it empty.' } : {}),
    };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(first)?.focus();
    const contact = { ...(email.trim() ? { email: email.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}), ...(address.trim() ? { address: address.trim() } : {}) };
    setBusy(true);
    try {
      await sharing.create({ name: name.trim(), kind, agreement, ...(Object.keys(contact).length > 0 ? { contact } : {}) });
      onAdded(name.trim());
      setName('');
      setEmail('');
      setPhone('');
      setAddress('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Add a third party">
      {failure ? <ErrorNotice error={failure} /> : null}
      <TextField id="tp-name" label="Name" value={name} onValueChange={setName} error={errors['tp-name']} hint="Shown to patients and in their accounting of disclosures, e.g. “County Health Department”." />
      <SelectField id="tp-kind" label="Kind" value={kind} onValueChange={setKind} options={Object.entries(KIND_LABELS)} />
      <SelectField id="tp-agreement" label="Agreement on file" value={agreement} onValueChange={setAgreement} options={Object.entries(AGREEMENT_LABELS)} />
      <TextField id="tp-email" label="E-mail (optional)" type="email" autoComplete="off" value={email} onValueChange={setEmail} error={errors['tp-email']} />
      <TextField id="tp-phone" label="Phone (optional)" inputMode="tel" autoComplete="off" value={phone} onValueChange={setPhone} error={errors['tp-phone']} />
      <TextField id="tp-address" label="Address (optional)" autoComplete="off" value={address} onValueChange={setAddress} error={errors['tp-address']} hint="Contact details are stored encrypted." />
      <SubmitButton busy={busy} busyText="Adding…">
        Add third party
      </SubmitButton>
    </form>
  );
}
