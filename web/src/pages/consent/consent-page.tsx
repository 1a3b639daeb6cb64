// Patient: /consent. Requests waiting for an answer, my consents (active, then ended) with revoke
// after a confirmation, the history of decisions with signed receipts to download, and giving a
// new consent from a form.
import { useMemo, useState, type ReactNode } from 'react';
import { ErrorNotice, LiveNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { useApi, useSession } from '../../session';
import { useLoad } from '../../use-load';
import { ApprovalDialog } from './approval-dialog';
import { CATEGORY_LABELS, consentApi, downloadJson, PURPOSE_LABELS, type ConsentApi, type TConsentApproval, type TConsentGrant } from './consent-api';
import { GiveConsentForm } from './give-consent-form';

export function ConsentPage(): ReactNode {
  return (
    <RoleGate title="My consents" roles={['patient']}>
      <Consents />
    </RoleGate>
  );
}

const DECISION_TEXT: Record<string, string> = { grant: 'You gave consent', revoke: 'You revoked consent', approve: 'You agreed to share', decline: 'You declined to share' };
const STATUS_TEXT: Record<TConsentGrant['status'], string> = { active: 'Active', revoked: 'Revoked', expired: 'Ended' };

function Consents(): ReactNode {
  const api = useApi();
  const consent = useMemo(() => consentApi(api), [api]);
  const patientId = useSession().session?.user.patientId ?? '';
  const grants = useLoad(() => consent.listGrants(patientId), [consent, patientId]);
  const approvals = useLoad(() => consent.listApprovals(patientId), [consent, patientId]);
  const receipts = useLoad(() => consent.listReceipts(patientId), [consent, patientId]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [reviewing, setReviewing] = useState<TConsentApproval | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const reloadAll = (): void => {
    grants.reload();
    approvals.reload();
    receipts.reload();
  };
  const act = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      setNotice(await work());
      reloadAll();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const pending = (approvals.data?.approvals ?? []).filter((a) => a.status === 'pending');
  const all = grants.data?.grants ?? [];
  const active = all.filter((g) => g.status === 'active');
  const ended = all.filter((g) => g.status !== 'active');

  return (
    <Page title="My consents" lead="Who may receive your health information, for what, and until when. You can revoke a consent at any time; it takes effect at once." wide>
      <LiveNotice message={notice} />
      {failure ? <ErrorNotice error={failure} /> : null}
      {grants.error ? <ErrorNotice error={grants.error} /> : null}

      {pending.length > 0 ? (
        <section className="section" aria-labelledby="pending-heading">
          <h2 id="pending-heading">Waiting for your answer</h2>
          <ul className="record-list">
            {pending.map((a) => (
              <li key={a.id} className="record" aria-label={`Request from ${a.recipientLabel}`}>
                <h3>{a.recipientLabel}</h3>
                <p>
                  {a.task} · {a.recordCount === 1 ? '1 record' : `${a.recordCount} records`} · answer by {formatWhen(a.expiresAt)}
                </p>
                <button type="button" className="button-primary" onClick={() => setReviewing(a)}>
                  Review and answer
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {reviewing ? (
        <ApprovalDialog
          disclosure={reviewing}
          busy={busy}
          onAgree={() => void act(async () => (await consent.decideApproval(reviewing.id, 'approve'), setReviewing(undefined), 'You agreed. This one request may now go ahead.'))}
          onDecline={() => void act(async () => (await consent.decideApproval(reviewing.id, 'decline'), setReviewing(undefined), 'You declined. Nothing was shared.'))}
        />
      ) : null}

      <section className="section" aria-labelledby="active-heading">
        <h2 id="active-heading">Active consents</h2>
        {grants.data && active.length === 0 ? <p>You have no active consents. Nothing is shared outside your care without one.</p> : null}
        <GrantList grants={active} consent={consent} patientId={patientId} busy={busy} act={act} />
      </section>

      {ended.length > 0 ? (
        <section className="section" aria-labelledby="ended-heading">
          <h2 id="ended-heading">Revoked and ended</h2>
          <GrantList grants={ended} consent={consent} patientId={patientId} busy={busy} act={act} />
        </section>
      ) : null}

      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">History and receipts</h2>
        <p>Each decision has a receipt signed by Custos. Keep it as proof of what you agreed to.</p>
        {receipts.data && receipts.data.receipts.length === 0 ? <p>No decisions yet.</p> : null}
        <ul className="plain-list receipt-list">
          {(receipts.data?.receipts ?? []).map((r) => (
            <li key={r.id}>
              {DECISION_TEXT[r.decision]} on {formatWhen(r.createdAt)}{' '}
              <button type="button" className="button-link" onClick={() => void act(async () => (downloadJson(await consent.getReceipt(r.id), `consent-receipt-${r.id}.json`), 'Receipt downloaded.'))}>
                Download receipt<span className="visually-hidden"> of {formatWhen(r.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="give-heading">
        <h2 id="give-heading">Give a new consent</h2>
        <GiveConsentForm consent={consent} patientId={patientId} onGiven={(message) => {
          setNotice(message);
          reloadAll();
        }} />
      </section>
    </Page>
  );
}

function GrantList({ grants, consent, patientId, busy, act }: { grants: TConsentGrant[]; consent: ConsentApi; patientId: string; busy: boolean; act(work: () => Promise<string>): Promise<void> }): ReactNode {
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  return (
    <ul className="record-list">
      {grants.map((g) => (
        <li key={g.id} className="record" aria-label={`Consent for ${g.recipientLabel}`}>
          <h3>
            {g.recipientLabel}
            <span className={g.status === 'active' ? 'badge' : 'badge badge-warning'}>{STATUS_TEXT[g.status]}</span>
          </h3>
          <dl className="facts">
            <dt>What</dt>
            <dd>{g.categories.map((c) => CATEGORY_LABELS[c] ?? c).join('; ')}</dd>
            <dt>Why</dt>
            <dd>{g.purposes.map((p) => PURPOSE_LABELS[p] ?? p).join('; ')}</dd>
            <dt>How</dt>
            <dd>{g.mode === 'per_instance' ? 'Ask me each time' : 'Always allow until it ends'}</dd>
            <dt>{g.status === 'revoked' ? 'Revoked' : 'Until'}</dt>
            <dd>{formatWhen(g.status === 'revoked' ? g.revokedAt : g.expiresAt)}</dd>
            <dt>Form</dt>
            <dd>version {g.templateVersion}, signed {formatWhen(g.createdAt)}</dd>
          </dl>
          {g.status === 'active' && confirming !== g.id ? (
            <button type="button" className="button-secondary" onClick={() => setConfirming(g.id)}>
              Revoke<span className="visually-hidden"> consent for {g.recipientLabel}</span>
            </button>
          ) : null}
          {confirming === g.id ? (
            <div className="notice confirm-box" role="group" aria-label="Confirm revocation">
              <p>Revoke this consent? Nothing more will be shared with {g.recipientLabel} under it. What was already shared cannot be taken back.</p>
              <div className="button-row">
                <button type="button" className="button-primary" disabled={busy} onClick={() => void act(async () => (await consent.revokeGrant(patientId, g.id), setConfirming(undefined), `Consent for ${g.recipientLabel} revoked.`))}>
                  Yes, revoke
                </button>
                <button type="button" className="button-secondary" onClick={() => setConfirming(undefined)}>
                  Keep it
                </button>
              </div>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
