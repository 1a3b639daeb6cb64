// Form checks the browser can make before sending. The server checks everything again (and more:
// the password blocklist, whether the email is taken); these only save a round trip.
import { passwordLengthProblem } from './password-rules';

export type TRegistrationField = 'name' | 'email' | 'dateOfBirth' | 'password';
/** In the order of the form, so the first error found is the first field to fix. */
export const REGISTRATION_FIELDS: readonly TRegistrationField[] = ['name', 'email', 'dateOfBirth', 'password'];

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a typed email address, or undefined when it looks like one. */
export function emailProblem(value: string): string | undefined {
  return EMAIL_SHAPE.test(value.trim()) ? undefined : 'Enter an email address like name@example.org.';
}

/**
 * The problems of a registration form, by field; empty when it may be sent.
 *
 * @example
 *   validateRegistration({ name: '', email: 'x', dateOfBirth: '', password: 'short' }, '2025-01-31');
 *   // { name: 'Enter your name.', email: 'Enter an email address like …', dateOfBirth: …, password: … }
 */
export function validateRegistration(
  values: Record<TRegistrationField, string>,
  today: string,
): Partial<Record<TRegistrationField, string>> {
  const errors: Partial<Record<TRegistrationField, string>> = {};
  if (values.name.trim() === '') errors.name = 'Enter your name.';
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dateOfBirth)) errors.dateOfBirth = 'Enter your date of birth.';
  else if (values.dateOfBirth > today) errors.dateOfBirth = 'Your date of birth must be in the past.';
  const passwordProblem = passwordLengthProblem(values.password);
  if (passwordProblem) errors.password = passwordProblem;
  return errors;
}

/**
 * A one-time code as typed (spaces and dashes are common when copying) reduced to its digits, or
 * undefined when it cannot be a 6-digit TOTP code.
 *
 * @example
 *   normalizeTotpCode(' 123 456 '); // '123456'
 */
export function normalizeTotpCode(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}
