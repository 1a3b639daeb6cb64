// Giving consent: pick a form, read it in plain language (every element of a HIPAA
// authorization), choose the recipient, kinds of information, purposes, "ask me each time" or
// "always allow", an end date, and sign by typing your full name.
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, InfoNotice } from '../../components/error-notice';
import { Checkbox, SelectField, SubmitButton, TextField } from '../../components/form';
import { useApi } from '../../session';
import { useLoad } from '../../use-load';
import { KIND_LABELS, sharingApi, type TThirdPartyName } from '../sharing/sharing-api';
import { CATEGORY_LABELS, PURPOSE_LABELS, type ConsentApi, type TConsentTemplate } from './consent-api';

const DAY = 86_400_000;

export function GiveConsentForm({ consent, patientId, onGiven }: { consent: ConsentApi; patientId: string; onGiven(message: string): void }): ReactNode {
  const templates = useLoad(() => consent.listTemplates(), [consent]);
  const providers = useLoad(() => consent.listAiProviders().catch(() => ({ providers: [] })), [consent]);
  const api = useApi();
  // The organization's registry of third parties: names and kinds only.
  const thirdParties = useLoad(() => sharingApi(api).listNames().catch((): TThirdPartyName[] => []), [api]);
  const [templateId, setTemplateId] = useState('');
  const list = templates.data?.templates ?? [];
  const template = list.find((t) => t.id === templateId) ?? list[0];
  if (templates.error) return <ErrorNotice error={templates.error} />;
  if (!template) return <p>Loading the forms…</p>;
  return (
    <div>
      <SelectField id="consent-form" label="Form" value={template.id} onValueChange={setTemplateId} options={list.map((t) => [t.id, t.content.title] as const)} />
      <FormText template={template} />
      <ConsentFields key={template.id} template={template} consent={consent} patientId={patientId} providers={providers.data?.providers ?? []} thirdParties={thirdParties.data ?? []} onGiven={onGiven} />
    </div>
  );
}

function FormText({ template }: { template: TConsentTemplate }): ReactNode {
  const c = template.content;
  return (
    <div className="consent-form-text" aria-label="The form">
      <h3>
        {c.title} <span className="small">(version {template.version})</span>
      </h3>
      <p>{c.summary}</p>
      <dl className="rights">
        <dt>What will be shared</dt>
        <dd>{c.information}</dd>
        <dt>Who shares it</dt>
        <dd>{c.discloser}</dd>
        <dt>Who receives it</dt>
        <dd>{c.recipient}</dd>
        <dt>Why</dt>
        <dd>{c.purposeText}</dd>
        <dt>When it ends</dt>
        <dd>{c.expiry}</dd>
        <dt>Ask me each time, or always allow</dt>
        <dd>{c.modes}</dd>
        <dt>Your right to revoke</dt>
        <dd>{c.revocation}</dd>
        <dt>Your care does not depend on it</dt>
        <dd>{c.conditioning}</dd>
        <dt>Sharing again</dt>
        <dd>{c.redisclosure}</dd>
        <dt>Signature and date</dt>
        <dd>{c.signature}</dd>
      </dl>
    </div>
  );
}

function ConsentFields({ template, consent, patientId, providers, thirdParties, onGiven }: { template: TConsentTemplate; consent: ConsentApi; patientId: string; providers: Array<{ id: string; name: string; model: string }>; thirdParties: TThirdPartyName[]; onGiven(message: string): void }): ReactNode {
  const c = template.content;
  const isAi = template.recipientKind === 'ai_provider';
  const [providerId, setProviderId] = useState('');
  const [thirdParty, setThirdParty] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [purposes, setPurposes] = useState<string[]>([c.purposes[0] ?? 'patient_request']);
  const [mode, setMode] = useState<'per_instance' | 'standing'>('per_instance');
  const defaultEnd = useMemo(() => new Date(Date.now() + 90 * DAY).toISOString().slice(0, 10), []);
  const [endsOn, setEndsOn] = useState(defaultEnd);
  const [signedName, setSignedName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!providerId && providers[0]) setProviderId(providers[0].id);
  }, [providers, providerId]);
  useEffect(() => {
    if (!thirdParty && thirdParties[0]) setThirdParty(thirdParties[0].id);
  }, [thirdParties, thirdParty]);

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));
  const provider = providers.find((p) => p.id === providerId);
  const recipient = thirdParties.find((p) => p.id === thirdParty);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const end = new Date(`${endsOn}T23:59:59`);
    const found: Record<string, string> = {
      ...(isAi && !provider ? { recipient: 'Choose the AI service.' } : {}),
      ...(!isAi && !recipient ? { recipient: 'Choose who receives it.' } : {}),
      ...(categories.length === 0 ? { categories: 'Check at least one kind of information.' } : {}),
      ...(purposes.length === 0 ? { purposes: 'Check at least one reason.' } : {}),
      ...(Number.isNaN(end.getTime()) || end.getTime() <= Date.now() || end.getTime() > Date.now() + c.maxDays * DAY ? { endsOn: `Pick a date after today and within ${c.maxDays} days.` } : {}),
      ...(signedName.trim().length < 2 ? { signedName: 'Type your full name to sign.' } : {}),
    };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(first === 'recipient' ? 'consent-recipient' : first === 'categories' || first === 'purposes' ? `${first}-legend` : first)?.focus();
    setBusy(true);
    try {
      // A third party is an entry of the organization's registry: the grant stores its id, which is
      // what a disclosure to it is checked against.
      const label = isAi ? `${provider!.name} (${provider!.model})` : recipient!.name;
      await consent.createGrant(patientId, {
        templateId: template.id,
        recipient: isAi ? { kind: 'ai_provider', providerConfigId: provider!.id } : { kind: 'third_party', thirdPartyId: recipient!.id },
        recipientLabel: label,
        purposes,
        categories,
        mode,
        expiresAt: end.toISOString(),
        signedName: signedName.trim(),
      });
      setSignedName('');
      onGiven(`Consent for ${label} given. Your receipt is in the history below.`);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Give consent">
      {failure ? <ErrorNotice error={failure} /> : null}
      {isAi ? (
        providers.length > 0 ? (
          <SelectField id="consent-recipient" label="AI service" value={providerId} onValueChange={setProviderId} options={providers.map((p) => [p.id, `${p.name} (${p.model})`] as const)} error={errors.recipient} />
        ) : (
          <InfoNotice>
            <p>No AI service is set up yet. Your organization’s administrator adds them.</p>
          </InfoNotice>
        )
      ) : thirdParties.length > 0 ? (
        <SelectField id="consent-recipient" label="Who receives it" value={thirdParty} onValueChange={setThirdParty} error={errors.recipient} options={thirdParties.map((p) => [p.id, `${p.name} (${KIND_LABELS[p.kind] ?? p.kind})`] as const)} hint="People and organizations your care provider works with. Ask them to add one that is missing." />
      ) : (
        <InfoNotice>
          <p>No people or organizations to share with are set up yet. Your care provider’s administrator adds them.</p>
        </InfoNotice>
      )}
      <fieldset className="field" aria-describedby={errors.categories ? 'categories-error' : undefined}>
        <legend id="categories-legend" tabIndex={-1}>What may be shared</legend>
        {errors.categories ? <p id="categories-error" className="field-error">{errors.categories}</p> : null}
        {c.categories.map((cat) => (
          <Checkbox key={cat} id={`cat-${cat}`} checked={categories.includes(cat)} onCheckedChange={(on) => setCategories(toggle(categories, cat, on))}>
            {CATEGORY_LABELS[cat] ?? cat}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset className="field" aria-describedby={errors.purposes ? 'purposes-error' : undefined}>
        <legend id="purposes-legend" tabIndex={-1}>Why it may be shared</legend>
        {errors.purposes ? <p id="purposes-error" className="field-error">{errors.purposes}</p> : null}
        {c.purposes.map((p) => (
          <Checkbox key={p} id={`purpose-${p}`} checked={purposes.includes(p)} onCheckedChange={(on) => setPurposes(toggle(purposes, p, on))}>
            {PURPOSE_LABELS[p] ?? p}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Ask me each time, or always allow?</legend>
        <div className="field field-checkbox">
          <input id="mode-per-instance" name="mode" type="radio" checked={mode === 'per_instance'} onChange={() => setMode('per_instance')} />
          <label htmlFor="mode-per-instance">Ask me each time (recommended)</label>
        </div>
        <div className="field field-checkbox">
          <input id="mode-standing" name="mode" type="radio" checked={mode === 'standing'} onChange={() => setMode('standing')} />
          <label htmlFor="mode-standing">Always allow until it ends</label>
        </div>
      </fieldset>
      <TextField id="endsOn" label="Ends on" type="date" value={endsOn} onValueChange={setEndsOn} error={errors.endsOn} />
      <TextField id="signedName" label="Type your full name to sign" autoComplete="name" value={signedName} onValueChange={setSignedName} error={errors.signedName} hint="Typing your name is your signature. We record today’s date and time with it." />
      <SubmitButton busy={busy} busyText="Signing…">
        Sign and give consent
      </SubmitButton>
    </form>
  );
}
