// Patient self-registration with the minimum necessary: name, email, date of birth, password.
// The answer is the same whether or not the address already has an account (the owner gets a
// mail saying someone tried), and both paths hash a password, so neither the answer nor its
// timing tells an attacker which addresses are registered.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import { auditRequestFields, assertAcceptablePassword, tokenLink, type AccountDeps, type TCallContext } from './account.types';
import { registrationAttemptMail, verifyEmailMail } from './account-mails';
import { issueEmailToken } from './email-verification.service';
import { decryptEmail, emailBlindIndex, encryptEmail, encryptProfile } from './user-fields';
import { findUserByEmailIndex, findUserById, insertUser } from './users.repo';
import { insertPatient } from '../records/patients.repo';

export interface TRegistration {
  name: string;
  email: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  password: string;
}

export interface RegistrationService {
  /** Registers a patient, or (for a known address) mails its owner instead; both look alike to the caller. */
  register(input: TRegistration, call: TCallContext): Promise<void>;
}

/** Oldest accepted age: anything older is a typing error. */
const MAX_AGE_YEARS = 130;

/**
 * @example
 *   const registration = createRegistrationService(deps);
 *   await registration.register({ name, email, dateOfBirth: '1985-03-17', password }, getRequestContext(request));
 */
export function createRegistrationService(deps: AccountDeps): RegistrationService {
  const checkDateOfBirth = (value: string, now: Date): void => {
    const at = new Date(`${value}T00:00:00Z`);
    const valid = !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
    const oldest = new Date(now);
    oldest.setUTCFullYear(oldest.getUTCFullYear() - MAX_AGE_YEARS);
    if (!valid || at.getTime() > now.getTime() || at.getTime() < oldest.getTime()) {
      const problem = 'Enter your date of birth as a real date in the past.';
      throw new AppError('validation_failed', problem, { fields: [{ location: 'body', path: 'dateOfBirth', problem }] });
    }
  };

  const mailExistingOwner = async (existingId: string, call: TCallContext): Promise<void> => {
    await deps.db.transaction().execute(async (trx) => {
      const user = await findUserById(trx, deps.organizationId, existingId);
      if (!user) return;
      const mail = registrationAttemptMail(deps.publicUrl);
      await deps.mailer.send(trx, { organizationId: user.organization_id, userId: user.id, to: await decryptEmail(deps.crypto, trx, user), ...mail });
      await deps.audit.appendAudit(trx, {
        organizationId: user.organization_id,
        actorId: null,
        actorRole: 'anonymous',
        action: 'user.registration_refused',
        resourceType: 'user',
        resourceId: user.id,
        subjectId: user.patient_id,
        purpose: 'operations',
        outcome: 'deny',
        reason: 'email_in_use',
        ...auditRequestFields(call),
      });
    });
    deps.mailer.deliverSoon();
  };

  return {
    async register(input, call) {
      const now = deps.clock.now();
      const name = input.name.trim();
      const email = input.email.trim();
      checkDateOfBirth(input.dateOfBirth, now);
      assertAcceptablePassword(deps.blocklist, input.password, { email, name, dateOfBirth: input.dateOfBirth }, 'password');
      const organizationId = deps.organizationId;
      const emailIndex = await emailBlindIndex(deps.crypto, deps.db, organizationId, email);
      // Hash first on both paths: the time an answer takes must not depend on the address.
      const passwordHash = await deps.hasher.hash(input.password);
      const existing = await findUserByEmailIndex(deps.db, organizationId, emailIndex);
      if (existing) return mailExistingOwner(existing.id, call);

      const userId = randomUUID();
      const patientId = randomUUID();
      try {
        await deps.db.transaction().execute(async (trx) => {
          const row = { organization_id: organizationId, id: userId, patient_id: patientId };
          await insertPatient(trx, { id: patientId, organizationId, createdAt: now });
          const profile = await encryptProfile(deps.crypto, trx, row, { name, dateOfBirth: input.dateOfBirth });
          await insertUser(trx, {
            id: userId,
            organization_id: organizationId,
            role: 'patient',
            status: 'active',
            patient_id: patientId,
            email_ct: await encryptEmail(deps.crypto, trx, organizationId, userId, email),
            email_bidx: emailIndex,
            ...profile,
            password_hash: passwordHash,
            password_changed_at: now,
            created_at: now,
            updated_at: now,
          });
          const { token } = await issueEmailToken(trx, { organizationId, userId, purpose: 'verify_email', now });
          await deps.mailer.send(trx, { organizationId, userId, to: email, ...verifyEmailMail(tokenLink(deps.publicUrl, 'verify-email', token)) });
          await deps.audit.appendAudit(trx, {
            organizationId,
            actorId: userId,
            actorRole: 'patient',
            action: 'user.registered',
            resourceType: 'user',
            resourceId: userId,
            subjectId: patientId,
            purpose: 'operations',
            outcome: 'allow',
            ...auditRequestFields(call),
          });
        });
      } catch (error) {
        // Two registrations of one address at once: the second loses on the unique index and is
        // answered like any registration of a known address.
        if ((error as { code?: unknown }).code !== '23505') throw error;
        const winner = await findUserByEmailIndex(deps.db, organizationId, emailIndex);
        if (winner) return mailExistingOwner(winner.id, call);
        throw error;
      }
      deps.mailer.deliverSoon();
    },
  };
}
