// The length rule of src/modules/identity/password-policy.ts, checked in the browser so people
// learn about it before they submit. The server still decides (it also checks the blocklist,
// personal information and patterns); test/web/password-rules.test.ts keeps the numbers in step.

/** NIST SP 800-63B allows 8 when a second factor is mandatory, as it is for every Custos account. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The length the server counts: Unicode code points after NFKC normalization, so an emoji or an
 * accented letter counts once, however it was typed.
 *
 * @example
 *   passwordLength('crème brûlée'); // 12
 */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/**
 * A message a person can act on when the length is wrong, or undefined when it is fine.
 *
 * @example
 *   passwordLengthProblem('short'); // 'Use at least 8 characters (this one has 5). …'
 */
export function passwordLengthProblem(password: string): string | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few unrelated words make a long password that is easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters (this one has ${length}).`;
  return undefined;
}
