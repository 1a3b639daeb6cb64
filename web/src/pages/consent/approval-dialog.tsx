// The consent pop-up: before anything is shared under a per-instance consent, the patient sees
// exactly what would be shared (kinds of information and how many records), with whom, why, and
// whether it identifies them, and answers "I agree" or "Decline". A native modal <dialog> (focus
// moves into it and stays there; Escape declines), used by /consent and the AI pages.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CATEGORY_LABELS, PURPOSE_LABELS } from './consent-api';

export interface TDisclosureSummary {
  recipientLabel: string;
  identifiable: boolean;
  categories: string[];
  recordCount: number;
  purpose?: string;
  task?: string;
}

/**
 * @example
 *   <ApprovalDialog disclosure={d} busy={busy} onAgree={() => answer('approve')} onDecline={() => answer('decline')} />
 */
export function ApprovalDialog({ disclosure, busy = false, onAgree, onDecline }: { disclosure: TDisclosureSummary; busy?: boolean; onAgree(): void; onDecline(): void }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const records = disclosure.recordCount === 1 ? '1 record' : `${disclosure.recordCount} records`;
  return (
    <dialog
      ref={ref}
      className="approval-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape means "no": nothing is shared without an explicit "I agree".
        event.preventDefault();
        if (!busy) onDecline();
      }}
    >
      <h2 id={titleId}>Do you agree to share this?</h2>
      <p>Nothing is shared until you choose “I agree”.</p>
      <dl className="facts approval-facts">
        <dt>What</dt>
        <dd>
          <ul className="plain-list">
            {disclosure.categories.map((c) => (
              <li key={c}>{CATEGORY_LABELS[c] ?? c}</li>
            ))}
          </ul>
          <span>{records}</span>
        </dd>
        <dt>With whom</dt>
        <dd>{disclosure.recipientLabel}</dd>
        <dt>Why</dt>
        <dd>
          {disclosure.task ? <span className="approval-task">{disclosure.task}</span> : null}
          {disclosure.purpose ? <span className="approval-purpose">{PURPOSE_LABELS[disclosure.purpose] ?? disclosure.purpose}</span> : null}
        </dd>
        <dt>Identifies you?</dt>
        <dd>
          {disclosure.identifiable
            ? 'Yes. Your name and other details that identify you are included.'
            : 'No. Your name, dates and other details that identify you are removed or replaced first.'}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy} onClick={onAgree}>
          I agree
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onDecline}>
          Decline
        </button>
      </div>
    </dialog>
  );
}
