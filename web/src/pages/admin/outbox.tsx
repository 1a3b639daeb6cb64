import { useState, type ReactNode } from 'react';
import { type TOutboxMessage } from '../../admin-api';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { RoleGate } from '../../components/role-gate';
import { formatWhen } from '../../format';
import { useAdminApi } from '../../session';
import { useLoad } from '../../use-load';

const STATUS_NAME: Record<string, string> = { outbox: 'Held here', queued: 'Waiting to send', sent: 'Sent', failed: 'Could not be sent' };
const statusName = (status: string): string => STATUS_NAME[status] ?? status;

/**
 * Administrators: the mail Custos sent or holds (without an SMTP server, this is where the mail
 * goes). Reading a message is recorded in the audit log: it may hold a link that works once.
 */
export function AdminOutboxPage(): ReactNode {
  return (
    <RoleGate title="Mail outbox" roles={['admin']}>
      <Outbox />
    </RoleGate>
  );
}

function Outbox(): ReactNode {
  const admin = useAdminApi();
  const list = useLoad(() => admin.listOutbox(), [admin]);
  const [open, setOpen] = useState<TOutboxMessage | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const read = async (id: string): Promise<void> => {
    setFailure(undefined);
    try {
      setOpen((await admin.readOutbox(id)).message);
    } catch (caught) {
      setFailure(caught);
    }
  };

  return (
    <Page
      title="Mail outbox"
      lead="Mail Custos has sent or is holding. When no mail server is configured, messages stay here: forward invitations to the people they are for. Opening a message is recorded in the audit log."
      wide
    >
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {open ? (
        <section aria-labelledby="message-heading" className="section">
          <h2 id="message-heading">{open.subject}</h2>
          <dl className="facts">
            <dt>To</dt>
            <dd>{open.to}</dd>
            <dt>Written</dt>
            <dd>{formatWhen(open.createdAt)}</dd>
            <dt>Status</dt>
            <dd>{statusName(open.status)}</dd>
          </dl>
          <pre className="message-text">{open.text}</pre>
          <button type="button" className="button-secondary" onClick={() => setOpen(undefined)}>
            Back to all messages
          </button>
        </section>
      ) : null}
      {!list.data && !list.error ? <p role="status">Loading messages…</p> : null}
      {list.data && !open ? (
        list.data.messages.length === 0 ? (
          <p>No mail yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Messages, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">To</th>
                  <th scope="col">Written</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {list.data.messages.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <button type="button" className="button-link" onClick={() => void read(m.id)}>
                        {m.subject}
                      </button>
                    </th>
                    <td>{m.to}</td>
                    <td>{formatWhen(m.createdAt)}</td>
                    <td>{statusName(m.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Page>
  );
}
