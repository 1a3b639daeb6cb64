// The outcome of an AI request: the answer as plain text (the model is untrusted: links and
// images in it are not rendered, only shown as text) and what was shared, with whom.
import type { ReactNode } from 'react';
import { CATEGORY_LABELS } from './consent-api';
import type { TDisclosureSummary } from './approval-dialog';

export function AiAnswer({ answer, disclosure }: { answer: string; disclosure: TDisclosureSummary }): ReactNode {
  return (
    <section className="section" aria-labelledby="answer-heading">
      <h2 id="answer-heading">The answer</h2>
      <div className="ai-answer" data-testid="ai-answer">
        {answer}
      </div>
      <p className="small">Written by an AI. It can be wrong; talk to your care team before acting on it. Links in it are shown as text and are not opened.</p>
      <h3>What was shared</h3>
      <dl className="facts">
        <dt>With whom</dt>
        <dd>{disclosure.recipientLabel}</dd>
        <dt>What</dt>
        <dd>
          {disclosure.categories.map((c) => CATEGORY_LABELS[c] ?? c).join('; ')} ({disclosure.recordCount === 1 ? '1 record' : `${disclosure.recordCount} records`})
        </dd>
        <dt>Identified you?</dt>
        <dd>{disclosure.identifiable ? 'Yes' : 'No: details that identify you were removed or replaced, then put back in the answer for you only.'}</dd>
      </dl>
    </section>
  );
}
