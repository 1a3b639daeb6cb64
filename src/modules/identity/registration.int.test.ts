// Patient self-registration and email verification end to end: real HTTPS, a real migrated
// database (PGlite and PostgreSQL), mail read from a real SMTP server, time moved by the clock.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { auditActionsAbout, startAccountServer, tokenFromMail, type AccountServer } from './account.test-fixtures';
import { INVALID_LINK_MESSAGE } from './email-verification.service';
import { createTestBrowser, fakePassphrase } from './login.test-fixtures';
import { emailBlindIndex } from './user-fields';

const A = '/api/v1/auth';

describe(`registration and email verification (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let s: AccountServer;

  before(async () => {
    t = await createTestContext({ clock });
    s = await startAccountServer(t.ctx);
  });
  after(async () => {
    await s?.close();
    await t?.close();
  });

  const newPatient = () => ({
    name: faker.person.fullName(),
    email: `${randomUUID().slice(0, 8)}.${faker.internet.email().toLowerCase()}`,
    dateOfBirth: faker.date.birthdate({ min: 18, max: 90, mode: 'age', refDate: clock.now() }).toISOString().slice(0, 10),
    password: fakePassphrase(),
  });
  const post = (path: string, body: unknown) => createTestBrowser(s.server).call('POST', `${A}${path}`, body);
  const userByEmail = async (email: string) => {
    const index = await emailBlindIndex(t.ctx.crypto, t.ctx.db, t.ctx.defaultOrganization.id, email);
    return t.ctx.db.selectFrom('users').selectAll().where('email_bidx', '=', index).execute();
  };

  it('registers a patient, mails a verification link, and the link confirms the address once', async () => {
    const patient = newPatient();
    const res = await post('/register', patient);
    assert.equal(res.status, 202, res.text);
    const mail = await s.sink.waitFor((m) => m.to.includes(patient.email));
    assert.equal(mail.subject, 'Confirm your email address for Custos');
    assert.ok(!mail.text.includes(patient.name) && !mail.text.includes(patient.dateOfBirth), 'no name or birth date in the mail');

    const [user] = await userByEmail(patient.email);
    assert.ok(user);
    assert.equal(user.role, 'patient');
    assert.equal(user.status, 'active');
    assert.ok(user.patient_id);
    assert.equal(user.email_verified_at, null);
    assert.match(user.password_hash!, /^\$argon2id\$/);
    for (const [column, value] of [
      ['name_ct', patient.name],
      ['date_of_birth_ct', patient.dateOfBirth],
      ['email_ct', patient.email],
    ] as const) {
      assert.ok(!Buffer.from(user[column]!).toString('latin1').includes(value), `${column} is ciphertext`);
    }
    const token = tokenFromMail(mail, 'verify-email');
    const tokens = await t.ctx.db.selectFrom('email_tokens').selectAll().where('user_id', '=', user.id).execute();
    assert.equal(tokens.length, 1);
    assert.equal(tokens[0]!.purpose, 'verify_email');
    assert.equal(new Date(tokens[0]!.expires_at).getTime() - clock.now().getTime(), 24 * 3_600_000);
    assert.ok(!Buffer.from(tokens[0]!.token_hash).toString('latin1').includes(token), 'only a digest is stored');

    const verify = await post('/verify-email', { token });
    assert.equal(verify.status, 200, verify.text);
    const [verified] = await userByEmail(patient.email);
    assert.equal(new Date(verified!.email_verified_at!).getTime(), clock.now().getTime());

    const again = await post('/verify-email', { token });
    assert.equal(again.status, 400);
    assert.equal(again.json<{ message: string }>().message, INVALID_LINK_MESSAGE);
    assert.deepEqual(await auditActionsAbout(t.ctx, user.id), ['user.registered', 'auth.email_verified', 'auth.email_verify_failed']);

    // The verified patient signs in with the password chosen at registration.
    const login = await post('/login', { email: patient.email, password: patient.password });
    assert.equal(login.status, 200, login.text);
    assert.deepEqual(login.json(), { status: 'mfa_enrollment_required' });
    const logged = s.server.lines.join('\n');
    for (const value of [patient.email, patient.name, patient.dateOfBirth, token]) assert.ok(!logged.includes(value), 'nothing personal or secret in the logs');
  });

  it('answers a registration with a known address exactly like a new one, and mails the owner instead', async () => {
    const patient = newPatient();
    const first = await post('/register', patient);
    assert.equal(first.status, 202);
    await s.sink.waitFor((m) => m.to.includes(patient.email) && m.subject.startsWith('Confirm'));
    // Someone else, same address in other letters, other name and password.
    const second = await post('/register', { ...newPatient(), email: patient.email.toUpperCase() });
    assert.equal(second.status, 202);
    assert.equal(second.text, first.text, 'the same answer');
    const notice = await s.sink.waitFor((m) => m.to.includes(patient.email) && m.subject === 'Someone tried to register with your email address');
    assert.match(notice.text, /No new account was created/);
    assert.equal((await userByEmail(patient.email)).length, 1, 'still one account');
    const owner = (await userByEmail(patient.email))[0]!;
    assert.equal(s.sink.mails.filter((m) => m.to.includes(patient.email)).length, 2, 'no second verification mail');
    assert.deepEqual(await auditActionsAbout(t.ctx, owner.id), ['user.registered', 'user.registration_refused']);
  });

  it('refuses a 7-character password and a blocklisted one, saying why at the field, and creates nothing', async () => {
    for (const [password, reason] of [
      ['Xq3#vL9', /at least 8 characters \(this one has 7\)/],
      ['Password1', /list of passwords that attackers try first/],
      ['sunshine2024!', /list of passwords that attackers try first/],
    ] as const) {
      const patient = { ...newPatient(), password };
      const res = await post('/register', patient);
      assert.equal(res.status, 400, res.text);
      const body = res.json<{ code: string; message: string; fields: Array<{ path: string; problem: string }> }>();
      assert.equal(body.code, 'validation_failed');
      assert.match(body.message, reason);
      assert.equal(body.fields[0]!.path, 'password');
      assert.match(body.fields[0]!.problem, reason);
      assert.ok(!res.text.includes(password), 'the password is not echoed');
      assert.equal((await userByEmail(patient.email)).length, 0);
    }
  });

  it('refuses a password made of the patient’s own name and birth date', async () => {
    // Plain first and last names: fullName() may add a title or suffix ("Dr.", "Jr.") that is not the name.
    const [first, last] = [faker.person.firstName(), faker.person.lastName()];
    const patient = { ...newPatient(), name: `${first} ${last}` };
    const res = await post('/register', { ...patient, password: `${first}${last}${patient.dateOfBirth.slice(0, 4)}` });
    assert.equal(res.status, 400);
    assert.match(res.json<{ message: string }>().message, /too close to your name, email address or date of birth/);
  });

  it('accepts a 64-character Unicode passphrase, and it signs in', async () => {
    const password = 'Ünïcödé ✓ 🌸 grüne Brücke über dem Fluß, 東京 の 夜 — ¿qué tal? ñandú';
    assert.equal([...password.normalize('NFKC')].length, 64);
    const patient = { ...newPatient(), password };
    assert.equal((await post('/register', patient)).status, 202);
    const mail = await s.sink.waitFor((m) => m.to.includes(patient.email));
    assert.equal((await post('/verify-email', { token: tokenFromMail(mail, 'verify-email') })).status, 200);
    const login = await post('/login', { email: patient.email, password });
    assert.equal(login.status, 200, login.text);
  });

  it('lets a verification link expire after 24 hours', async () => {
    const patient = newPatient();
    assert.equal((await post('/register', patient)).status, 202);
    const mail = await s.sink.waitFor((m) => m.to.includes(patient.email));
    clock.advance(24 * 3_600_000 + 1000);
    const res = await post('/verify-email', { token: tokenFromMail(mail, 'verify-email') });
    assert.equal(res.status, 400);
    assert.equal(res.json<{ message: string }>().message, INVALID_LINK_MESSAGE);
    const [user] = await userByEmail(patient.email);
    assert.equal(user!.email_verified_at, null);
    await t.ctx.flushAudit();
    const refusal = await t.ctx.db.selectFrom('audit_log').select(['reason', 'outcome']).where('actor_id', '=', user!.id).where('action', '=', 'auth.email_verify_failed').executeTakeFirstOrThrow();
    assert.deepEqual(refusal, { reason: 'token_expired', outcome: 'deny' });
  });

  it('refuses forged, mistyped and other-purpose tokens without a lookup hint', async () => {
    for (const token of ['', 'abc', `cus_ev_${'A'.repeat(49)}`, `cus_pwr_${'A'.repeat(49)}`]) {
      const res = await post('/verify-email', { token });
      assert.equal(res.status, 400, token);
    }
  });

  it('asks for the four fields only, and refuses a birth date in the future', async () => {
    const extra = await post('/register', { ...newPatient(), ssn: '123-45-6789' });
    assert.equal(extra.status, 400);
    assert.ok(!extra.text.includes('123-45-6789'));
    const future = await post('/register', { ...newPatient(), dateOfBirth: '2999-01-01' });
    assert.equal(future.status, 400);
    assert.equal(future.json<{ fields: Array<{ path: string }> }>().fields[0]!.path, 'dateOfBirth');
  });

  it('leaves an audit log that verifies', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
