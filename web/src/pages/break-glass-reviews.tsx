import { useState, type FormEvent, type ReactNode } from 'react';
import { type AdminApi, type TBreakGlassReview } from '../admin-api';
import { ErrorNotice, LiveNotice } from '../components/error-notice';
import { SelectField, SubmitButton, TextAreaField } from '../components/form';
import { Page } from '../components/page';
import { RoleGate } from '../components/role-gate';
import { formatWhen } from '../format';
import { useAdminApi } from '../session';
import { useLoad } from '../use-load';

type TOutcome = 'appropriate' | 'inappropriate';

/** Compliance officers: every break-glass access waits here until someone reviews it. */
export function BreakGlassReviewsPage(): ReactNode {
  return (
    <RoleGate title="Emergency access reviews" roles={['compliance_officer']}>
      <Reviews />
    </RoleGate>
  );
}

function Reviews(): ReactNode {
  const admin = useAdminApi();
  const list = useLoad(() => admin.listBreakGlassReviews(), [admin]);
  const [done, setDone] = useState<string | undefined>(undefined);
  return (
    <Page title="Emergency access reviews" lead="Each time a clinician opened a chart outside their care team. Decide whether it was appropriate; your decision and note go to the audit log.">
      <LiveNotice message={done} />
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {!list.data && !list.error ? <p role="status">Loading the queue…</p> : null}
      {list.data && list.data.reviews.length === 0 ? <p>Nothing waits for review.</p> : null}
      {list.data && list.data.reviews.length > 0 ? (
        <ul className="record-list" aria-label="Waiting for review">
          {list.data.reviews.map((r) => (
            <ReviewCard
              key={r.id}
              review={r}
              admin={admin}
              onReviewed={(message) => {
                setDone(message);
                list.reload();
              }}
            />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

function ReviewCard({ review, admin, onReviewed }: { review: TBreakGlassReview; admin: AdminApi; onReviewed(message: string): void }): ReactNode {
  const [outcome, setOutcome] = useState<TOutcome>('appropriate');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const headingId = `review-${review.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problem = outcome === 'inappropriate' && note.trim() === '' ? 'Say what was wrong, for the follow-up.' : undefined;
    setError(problem);
    if (problem) return document.getElementById(`note-${review.id}`)?.focus();
    setBusy(true);
    try {
      await admin.reviewBreakGlass(review.id, { outcome, ...(note.trim() ? { note: note.trim() } : {}) });
      onReviewed(`Access by ${review.clinician} marked ${outcome}.`);
    } catch (caught) {
      setFailure(caught);
      setBusy(false);
    }
  };

  return (
    <li className="record" aria-labelledby={headingId}>
      <h3 id={headingId}>{review.clinician}</h3>
      <dl className="facts">
        <dt>Patient</dt>
        <dd>
          <code>{review.patientId}</code>
        </dd>
        <dt>Opened</dt>
        <dd>{formatWhen(review.grantedAt)}</dd>
        <dt>{review.revokedAt ? 'Ended' : 'Until'}</dt>
        <dd>{formatWhen(review.revokedAt ?? review.expiresAt)}</dd>
        <dt>Reason given</dt>
        <dd>{review.reason}</dd>
      </dl>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label={`Review of ${review.clinician}`}>
        <SelectField
          id={`outcome-${review.id}`}
          label="Decision"
          value={outcome}
          onValueChange={(v) => setOutcome(v as TOutcome)}
          options={[
            ['appropriate', 'Appropriate'],
            ['inappropriate', 'Inappropriate: follow up'],
          ]}
        />
        <TextAreaField id={`note-${review.id}`} label="Note" value={note} onValueChange={setNote} hint="Stored encrypted." error={error} />
        <SubmitButton busy={busy} busyText="Saving…">
          Record decision
        </SubmitButton>
      </form>
    </li>
  );
}
