// The text of every account mail. Mails carry no health information and no name: only what the
// reader needs to act (a link that works once) and what to do if they did not ask for it.
import type { Role } from '../access/access.types';
import type { MailKind } from '../mail/mailer';

export interface TMailText {
  kind: MailKind;
  subject: string;
  text: string;
}

const ROLE_NAME: Record<Role, string> = {
  patient: 'patient',
  clinician: 'clinician',
  compliance_officer: 'compliance officer',
  admin: 'administrator',
};

const SIGNATURE = '\n\nCustos\nThis mail was sent automatically; replies are not read.';

export function verifyEmailMail(link: string): TMailText {
  return {
    kind: 'verify_email',
    subject: 'Confirm your email address for Custos',
    text:
      `Someone (we hope you) created a Custos account with this email address.\n\n` +
      `To confirm the address, open this link within 24 hours:\n\n${link}\n\n` +
      `The link works once. If you did not create an account, ignore this mail: without confirmation nothing happens.` +
      SIGNATURE,
  };
}

/** Sent instead of a second account, so the registration page never tells whether an address is known. */
export function registrationAttemptMail(publicUrl: string): TMailText {
  return {
    kind: 'registration_attempt',
    subject: 'Someone tried to register with your email address',
    text:
      `Someone tried to create a new Custos account with this email address, which already has an account. No new account was created.\n\n` +
      `If it was you: sign in at ${publicUrl}/sign-in, or reset your password at ${publicUrl}/reset-password if you forgot it.\n\n` +
      `If it was not you, nothing else is needed; your account was not changed.` +
      SIGNATURE,
  };
}

export function invitationMail(link: string, role: Role): TMailText {
  return {
    kind: 'invitation',
    subject: 'You are invited to Custos',
    text:
      `An administrator invited you to Custos as ${ROLE_NAME[role]}.\n\n` +
      `To accept, open this link within 72 hours, choose a password and then set up two-step verification:\n\n${link}\n\n` +
      `The link works once. If you did not expect this invitation, ignore this mail.` +
      SIGNATURE,
  };
}

export function passwordResetMail(link: string): TMailText {
  return {
    kind: 'password_reset',
    subject: 'Reset your Custos password',
    text:
      `Someone (we hope you) asked to reset the password of the Custos account with this email address.\n\n` +
      `To choose a new password, open this link within 30 minutes:\n\n${link}\n\n` +
      `The link works once. Resetting signs you out everywhere; your two-step verification stays as it is.\n` +
      `If you did not ask for this, ignore this mail: your password has not changed.` +
      SIGNATURE,
  };
}

export function passwordChangedMail(publicUrl: string, how: 'changed' | 'reset'): TMailText {
  return {
    kind: 'password_changed',
    subject: 'Your Custos password was changed',
    text:
      `The password of your Custos account was ${how === 'changed' ? 'changed' : 'reset with a link sent to this address'}, and your other sessions were signed out.\n\n` +
      `If this was not you, reset your password now at ${publicUrl}/reset-password and tell your administrator.` +
      SIGNATURE,
  };
}

export function mfaResetMail(publicUrl: string): TMailText {
  return {
    kind: 'mfa_reset',
    subject: 'Your Custos two-step verification was reset',
    text:
      `An administrator reset the two-step verification of your Custos account, and all your sessions were signed out.\n\n` +
      `The next time you sign in at ${publicUrl}/sign-in, you will set up your authenticator app again and get new recovery codes.\n\n` +
      `If you did not ask for this, contact your administrator or security officer at once.` +
      SIGNATURE,
  };
}
