// The mailer against a real SMTP server (smtp-server on a free port) and a real migrated database:
// mail is stored encrypted, leaves only after the commit, is retried with delays, is never sent
// twice by two instances, and without SMTP stays in the outbox.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink';
import { createMailer, describeSendFailure, nextAttemptAt, RETRY_DELAYS_MS } from './mailer';

describe(`mailer (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let sink: SmtpSink;

  before(async () => {
    t = await createTestContext({ clock });
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  const smtpMailer = () => createMailer({ db: t.ctx.db, crypto: t.ctx.crypto, clock, smtpUrl: sink.url, from: 'Custos <no-reply@custos.test>' });
  const newMail = () => ({
    organizationId: org(),
    kind: 'verify_email' as const,
    to: `${randomUUID().slice(0, 8)}.${faker.internet.email().toLowerCase()}`,
    subject: `Confirm ${faker.string.alphanumeric(8)}`,
    text: `Open https://custos.test/verify-email#token=${faker.string.alphanumeric(40)}\nÜnïcödé ✓`,
  });
  const row = (id: string) => t.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('stores recipient, subject and body encrypted, and sends them over SMTP on delivery', async () => {
    const mailer = smtpMailer();
    const mail = newMail();
    const { id } = await t.ctx.db.transaction().execute((trx) => mailer.send(trx, mail));
    assert.equal(sink.mails.filter((m) => m.to.includes(mail.to)).length, 0, 'send() only stores');
    const stored = await row(id);
    assert.equal(stored.status, 'queued');
    for (const column of [stored.recipient_ct, stored.subject_ct, stored.body_ct]) {
      const bytes = Buffer.from(column).toString('latin1');
      assert.ok(!bytes.includes(mail.to) && !bytes.includes(mail.subject) && !bytes.includes('custos.test'), 'no plaintext at rest');
    }
    assert.deepEqual(await mailer.deliverDue(), { sent: 1, failed: 0 });
    const received = await sink.waitFor((m) => m.to.includes(mail.to));
    assert.equal(received.subject, mail.subject);
    assert.equal(received.text.trim(), mail.text);
    assert.match(received.from, /no-reply@custos\.test/);
    const sent = await row(id);
    assert.equal(sent.status, 'sent');
    assert.equal(sent.attempts, 1);
    assert.equal(new Date(sent.sent_at!).getTime(), clock.now().getTime());
    await mailer.stop();
  });

  it('keeps a rolled-back mail out of the outbox and the SMTP server', async () => {
    const mailer = smtpMailer();
    const mail = newMail();
    await assert.rejects(
      t.ctx.db.transaction().execute(async (trx) => {
        await mailer.send(trx, mail);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    await mailer.deliverDue();
    assert.equal(sink.mails.filter((m) => m.to.includes(mail.to)).length, 0);
    await mailer.stop();
  });

  it('retries a refused mail after the delays, records only a PHI-free error code, then gives up', async () => {
    const mailer = smtpMailer();
    const mail = newMail();
    const { id } = await mailer.send(t.ctx.db, mail);
    sink.refuse(true);
    try {
      assert.deepEqual(await mailer.deliverDue(), { sent: 0, failed: 1 });
      const first = await row(id);
      assert.equal(first.status, 'queued');
      assert.equal(first.attempts, 1);
      assert.match(first.last_error!, /^[A-Z_]+ 451$/);
      assert.ok(!first.last_error!.includes(mail.to));
      // Not due again before the second delay.
      assert.deepEqual(await mailer.deliverDue(), { sent: 0, failed: 0 });
      clock.advance(RETRY_DELAYS_MS[1]!);
      assert.deepEqual(await mailer.deliverDue(), { sent: 0, failed: 1 });
      for (let attempt = 2; attempt < RETRY_DELAYS_MS.length; attempt++) {
        clock.advance(RETRY_DELAYS_MS[attempt]!);
        await mailer.deliverDue();
      }
      const last = await row(id);
      assert.equal(last.status, 'failed');
      assert.equal(last.attempts, RETRY_DELAYS_MS.length);
      assert.equal(nextAttemptAt(last), null);
      clock.advance(24 * 3_600_000);
      sink.refuse(false);
      assert.deepEqual(await mailer.deliverDue(), { sent: 0, failed: 0 }, 'a failed mail is not retried');
    } finally {
      sink.refuse(false);
      await mailer.stop();
    }
  });

  it('delivers a mail once when two instances run deliveries at the same time', async () => {
    const a = smtpMailer();
    const b = smtpMailer();
    const mails = Array.from({ length: 6 }, newMail);
    for (const mail of mails) await a.send(t.ctx.db, mail);
    const [ra, rb] = await Promise.all([a.deliverDue(), b.deliverDue()]);
    assert.equal(ra.sent + rb.sent, 6);
    for (const mail of mails) {
      await sink.waitFor((m) => m.to.includes(mail.to));
      assert.equal(sink.mails.filter((m) => m.to.includes(mail.to)).length, 1, 'sent once');
    }
    await a.stop();
    await b.stop();
  });

  it('without SMTP keeps mail in the outbox, readable (decrypted) by list and read', async () => {
    const mailer = createMailer({ db: t.ctx.db, crypto: t.ctx.crypto, clock, from: 'Custos <no-reply@custos.test>' });
    assert.equal(mailer.smtp, false);
    const mail = newMail();
    const { id } = await mailer.send(t.ctx.db, mail);
    assert.deepEqual(await mailer.deliverDue(), { sent: 0, failed: 0 });
    assert.equal((await row(id)).status, 'outbox');
    const listed = await mailer.list(t.ctx.db, { organizationId: org(), status: 'outbox', limit: 10 });
    const summary = listed.find((m) => m.id === id);
    assert.ok(summary);
    assert.equal(summary.to, mail.to);
    assert.equal(summary.subject, mail.subject);
    const read = await mailer.read(t.ctx.db, org(), id);
    assert.equal(read?.text, mail.text);
    assert.equal(await mailer.read(t.ctx.db, randomUUID(), id), undefined, 'another organization cannot read it');
  });

  it('describes send failures by code only', () => {
    assert.equal(describeSendFailure({ code: 'EENVELOPE', responseCode: 550, message: 'rejected: jane.doe@example.org' }), 'EENVELOPE 550');
    assert.equal(describeSendFailure(new Error('jane.doe@example.org')), 'ESEND');
    assert.equal(describeSendFailure({ code: 'bad code with jane.doe@example.org' }), 'ESEND');
  });
});
