// Admin (and compliance officer, for BAAs): /admin/ai-providers. The organization's AI provider
// configurations with their BAA status and expiry, adding one, and recording a BAA.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { Checkbox, PasswordField, SelectField, SubmitButton, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { aiApi, type AiApi, type TNewProvider } from './ai-api';
import type { TAiProviderSummary } from './consent-api';

const ADAPTERS: ReadonlyArray<readonly [TNewProvider['adapter'], string]> = [
  ['openai', 'OpenAI-compatible (OpenAI, Ollama, vLLM, llama.cpp)'],
  ['azure_openai', 'Azure OpenAI'],
  ['anthropic', 'Anthropic'],
];

export function AiProvidersPage(): ReactNode {
  return (
    <RoleGate title="AI providers" roles={['admin', 'compliance_officer']}>
      <AiProviders />
    </RoleGate>
  );
}

function baaText(p: TAiProviderSummary): string {
  if (p.adapter === 'local') return 'Not needed (runs on this server)';
  if (!p.baa) return 'None';
  return `${p.baa.status === 'active' ? 'Active' : 'Terminated'}, expires ${p.baa.expiresOn}`;
}

function AiProviders(): ReactNode {
  const api = useApi();
  const ai = useMemo(() => aiApi(api), [api]);
  const isAdmin = useSession().session?.user.role === 'admin';
  const providers = useLoad(() => ai.listProviders(), [ai]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const list = providers.data?.providers ?? [];
  return (
    <Page title="AI providers" lead="PHI goes only to a configuration with an active business associate agreement (BAA) that covers its model. Without one, only de-identified data leaves, with the patient's consent." wide>
      <LiveNotice message={notice} />
      {providers.error ? <ErrorNotice error={providers.error} /> : null}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">AI provider configurations</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Service and model</th>
              <th scope="col">BAA</th>
              <th scope="col">PHI allowed</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  {p.isDefault ? <span className="badge">Default</span> : null}
                </th>
                <td>
                  {p.adapter}, {p.model}
                  {p.terms.zeroDataRetention ? ', zero data retention' : ''}
                  {p.terms.region ? `, ${p.terms.region}` : ''}
                </td>
                <td>{baaText(p)}</td>
                <td>{p.phiAllowed ? 'Yes' : 'No (de-identified only)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <section className="section" aria-labelledby="add-heading">
          <h2 id="add-heading">Add a provider</h2>
          <AddProviderForm ai={ai} onAdded={(name) => (setNotice(`${name} added. Record its BAA before PHI may go to it.`), providers.reload())} />
        </section>
      ) : null}
      {list.some((p) => p.adapter !== 'local') ? (
        <section className="section" aria-labelledby="baa-heading">
          <h2 id="baa-heading">Record a BAA</h2>
          <BaaForm ai={ai} providers={list.filter((p) => p.adapter !== 'local')} onSaved={(name) => (setNotice(`BAA for ${name} saved.`), providers.reload())} />
        </section>
      ) : null}
    </Page>
  );
}

function AddProviderForm({ ai, onAdded }: { ai: AiApi; onAdded(name: string): void }): ReactNode {
  const [name, setName] = useState('');
  const [adapter, setAdapter] = useState<TNewProvider['adapter']>('openai');
  const [endpoint, setEndpoint] = useState('');
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [zdr, setZdr] = useState(false);
  const [region, setRegion] = useState('');
  const [isDefault, setIsDefault] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found: Record<string, string> = {
      ...(name.trim() ? {} : { 'provider-name': 'Give it a name.' }),
      ...(model.trim() ? {} : { 'provider-model': 'Name the model, e.g. gpt-4o.' }),
      ...(endpoint.trim() && !/^https?:\/\//.test(endpoint.trim()) ? { 'provider-endpoint': 'Enter a URL starting with https://.' } : {}),
    };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(first)?.focus();
    setBusy(true);
    try {
      await ai.createProvider({
        name: name.trim(),
        adapter,
        model: model.trim(),
        ...(endpoint.trim() ? { endpoint: endpoint.trim() } : {}),
        ...(apiKey ? { apiKey } : {}),
        terms: { zeroDataRetention: zdr, region: region.trim() || null },
        isDefault,
      });
      onAdded(name.trim());
      setName('');
      setModel('');
      setEndpoint('');
      setApiKey('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Add a provider">
      {failure ? <ErrorNotice error={failure} /> : null}
      <TextField id="provider-name" label="Name" value={name} onValueChange={setName} error={errors['provider-name']} />
      <SelectField id="provider-adapter" label="Service" value={adapter} onValueChange={(v) => setAdapter(v as TNewProvider['adapter'])} options={ADAPTERS} />
      <TextField id="provider-endpoint" label="Endpoint (optional)" inputMode="url" spellCheck={false} value={endpoint} onValueChange={setEndpoint} error={errors['provider-endpoint']} hint="The base URL, e.g. https://api.openai.com/v1. Leave empty for the service's usual address." />
      <TextField id="provider-model" label="Model" value={model} onValueChange={setModel} error={errors['provider-model']} />
      <PasswordField id="provider-key" label="API key (optional)" autoComplete="off" value={apiKey} onValueChange={setApiKey} hint="Stored encrypted and never shown again." />
      <Checkbox id="provider-zdr" checked={zdr} onCheckedChange={setZdr}>
        The account has zero data retention
      </Checkbox>
      <TextField id="provider-region" label="Region (optional)" value={region} onValueChange={setRegion} hint="Where the service processes data, e.g. us-east." />
      <Checkbox id="provider-default" checked={isDefault} onCheckedChange={setIsDefault}>
        Make it the default
      </Checkbox>
      <SubmitButton busy={busy} busyText="Adding…">
        Add provider
      </SubmitButton>
    </form>
  );
}

function BaaForm({ ai, providers, onSaved }: { ai: AiApi; providers: TAiProviderSummary[]; onSaved(name: string): void }): ReactNode {
  const today = new Date().toISOString().slice(0, 10);
  const [providerId, setProviderId] = useState(providers[0]?.id ?? '');
  const provider = providers.find((p) => p.id === providerId) ?? providers[0];
  const [status, setStatus] = useState<'active' | 'terminated'>('active');
  const [signedOn, setSignedOn] = useState(today);
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState('');
  const [models, setModels] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const coveredModels = (models.trim() || provider?.model || '').split(',').map((m) => m.trim()).filter(Boolean);
    const found: Record<string, string> = {
      ...(expiresOn ? {} : { 'baa-expires': 'Enter the date the agreement ends.' }),
      ...(documentRef.trim() ? {} : { 'baa-document': 'Say where the signed agreement is kept.' }),
    };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first || !provider) return void document.getElementById(first ?? 'baa-provider')?.focus();
    setBusy(true);
    try {
      await ai.putBaa(provider.id, { status, signedOn, effectiveOn, expiresOn, coveredModels, documentRef: documentRef.trim() });
      onSaved(provider.name);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Record a BAA">
      {failure ? <ErrorNotice error={failure} /> : null}
      <SelectField id="baa-provider" label="Provider" value={provider?.id ?? ''} onValueChange={setProviderId} options={providers.map((p) => [p.id, `${p.name} (${p.model})`] as const)} />
      <SelectField id="baa-status" label="Status" value={status} onValueChange={(v) => setStatus(v === 'terminated' ? 'terminated' : 'active')} options={[['active', 'Active'], ['terminated', 'Terminated']]} />
      <TextField id="baa-signed" label="Signed on" type="date" value={signedOn} onValueChange={setSignedOn} />
      <TextField id="baa-effective" label="Effective from" type="date" value={effectiveOn} onValueChange={setEffectiveOn} />
      <TextField id="baa-expires" label="Expires on" type="date" value={expiresOn} onValueChange={setExpiresOn} error={errors['baa-expires']} />
      <TextField id="baa-models" label="Covered models" value={models} onValueChange={setModels} hint={`Comma-separated. Empty: the configuration's model (${provider?.model ?? ''}).`} />
      <TextField id="baa-document" label="Where the signed agreement is kept" value={documentRef} onValueChange={setDocumentRef} error={errors['baa-document']} hint="A document number or folder, not the document itself." />
      <SubmitButton busy={busy} busyText="Saving…">
        Save BAA
      </SubmitButton>
    </form>
  );
}
