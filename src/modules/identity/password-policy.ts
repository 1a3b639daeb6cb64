// Password rules per NIST SP 800-63B (rev. 3 §5.1.1.2 and the rev. 4 draft): length is what
// matters, counted in Unicode code points after NFKC normalization; any Unicode is allowed,
// including spaces and emoji; no composition rules ("one digit, one symbol") and no hints; the
// password must not be on the blocklist, be the user's own name or email in disguise, or be a
// repetitive or sequential string. Every problem comes back with a stable code and a message a
// person can act on; neither ever contains the password or the personal data it was checked against.
import type { PasswordBlocklist } from './password-blocklist';

/** 8 is NIST's floor when a second factor is mandatory, as it is for every Custos account. */
export const PASSWORD_MIN_LENGTH = 8;
/** NIST requires allowing at least 64; the cap bounds hashing work and request size. */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblemCode =
  | 'too_short'
  | 'too_long'
  | 'invalid_characters'
  | 'blocklisted'
  | 'personal_information'
  | 'repetitive'
  | 'sequential';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export interface PasswordCheck {
  ok: boolean;
  /** Code points after NFKC normalization: the length the rules were applied to. */
  length: number;
  problems: PasswordProblem[];
}

export interface PasswordCheckOptions {
  blocklist: PasswordBlocklist;
  /** Words the password must not merely disguise: see `passwordContext()`. */
  context?: readonly string[];
}

const MESSAGES: Record<PasswordProblemCode, (length: number) => string> = {
  too_short: (n) =>
    `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${n}). A few unrelated words make a long password that is easy to remember.`,
  too_long: (n) => `Use at most ${PASSWORD_MAX_LENGTH} characters (this one has ${n}).`,
  invalid_characters: () =>
    'This password contains control characters or damaged text that cannot be typed reliably. Remove them and try again.',
  blocklisted: () =>
    'This password is on a list of passwords that attackers try first (common or previously leaked passwords). Choose another one, for example a few unrelated words.',
  personal_information: () =>
    'This password is too close to your name, email address or date of birth, which attackers try early. Choose something unrelated to you.',
  repetitive: () =>
    'This password repeats a character or a short pattern (like "aaaaaaaa" or "abcabcabc"), which attackers guess quickly. Choose something less regular.',
  sequential: () =>
    'This password is a simple sequence (like "12345678", "abcdefgh" or "qwertyui"), which attackers guess quickly. Choose something less predictable.',
};

/**
 * Normalizes a password the one way Custos compares and hashes it (NIST: NFKC or NFKD).
 *
 * @example
 *   normalizePassword('ｐａｓｓ') === 'pass'; // full-width letters fold to ASCII
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/**
 * Checks a prospective password (registration, change, reset). Verification at sign-in does not
 * call this: an old password that a newer rule would refuse still signs in.
 *
 * @example
 *   const result = checkPassword('tulip orbit kettle nine', { blocklist, context: passwordContext({ email }) });
 *   if (!result.ok) throw new AppError('validation_failed', result.problems.map((p) => p.message).join(' '));
 */
export function checkPassword(password: string, options: PasswordCheckOptions): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const codes: PasswordProblemCode[] = [];
  if (length < PASSWORD_MIN_LENGTH) codes.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) codes.push('too_long');
  // \p{Cc}: control characters (tab, newline, …); \p{Cs}: lone surrogates, which UTF-8 encoding
  // would silently turn into U+FFFD, so two different passwords would hash alike.
  if (/[\p{Cc}\p{Cs}]/u.test(normalized)) codes.push('invalid_characters');
  // The remaining rules cost time proportional to the length: skip them for oversized input.
  if (length <= PASSWORD_MAX_LENGTH) {
    const lower = normalized.toLowerCase();
    if (blocklistVariants(lower).some((v) => options.blocklist.has(v))) codes.push('blocklisted');
    if (disguisesContext(lower, options.context ?? [])) codes.push('personal_information');
    const shapes = [lower];
    const core = skeleton(lower);
    // Symbols around a pattern do not hide it: '12345678!' is still a sequence.
    if (core !== lower && [...core].length >= 6) shapes.push(core);
    if (shapes.some(isRepetitive)) codes.push('repetitive');
    if (shapes.some(isSequential)) codes.push('sequential');
  }
  return { ok: codes.length === 0, length, problems: codes.map((code) => ({ code, message: MESSAGES[code](length) })) };
}

/**
 * Builds the context words for `checkPassword` from what the account holds. The date of birth is
 * expanded into the forms people put in passwords (1985, 0317, 03171985, 19850317, …).
 *
 * @example
 *   passwordContext({ email: 'jane.doe@example.com', name: 'Jane Doe', dateOfBirth: '1985-03-17' });
 */
export function passwordContext(input: { email?: string; name?: string; dateOfBirth?: string }): string[] {
  const words: string[] = [];
  if (input.email) {
    const email = input.email.toLowerCase();
    words.push(email, email.split('@')[0] ?? '');
  }
  if (input.name) {
    const parts = input.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.push(parts.join(''), [...parts].reverse().join(''), ...parts);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first && last && parts.length > 1) words.push([...first][0] + last, first + [...last][0]);
  }
  const dob = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.dateOfBirth ?? '');
  if (dob) {
    const [, y, m, d] = dob as unknown as [string, string, string, string];
    const yy = y.slice(2);
    words.push(y, m + d, d + m, y + m + d, m + d + y, d + m + y, m + d + yy, d + m + yy, yy + m + d);
  }
  return words.filter((w) => w.length > 0);
}

// Leet-speak substitutions attackers' rules apply; '1' is tried as both 'i' and 'l'.
const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function deLeet(value: string, one: 'i' | 'l'): string {
  return value.replace(/[0134579@$!]/g, (c) => (c === '1' ? one : (LEET[c] ?? c)));
}

/** The list holds 'sunshine' but not 'sunshine2024!' nor 'Sun Sh1ne': try those disguises too. */
function blocklistVariants(lower: string): string[] {
  const variants = new Set<string>([lower, lower.replace(/\s+/gu, '')]);
  // A short run of digits and symbols appended to a listed word ('sunshine2024!') adds little.
  const suffix = /[\p{N}\p{P}\p{S}\s]+$/u.exec(lower);
  if (suffix && [...suffix[0]].length <= 6 && [...lower].length - [...suffix[0]].length >= 4) {
    variants.add(lower.slice(0, suffix.index));
  }
  for (const v of [...variants]) {
    variants.add(deLeet(v, 'i'));
    variants.add(deLeet(v, 'l'));
  }
  return [...variants];
}

/** Letters and digits only: the part of a password that carries its guessable content. */
function skeleton(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * True if the password is mostly made of context tokens: after removing every token (in plain,
 * de-leeted and reversed spellings) what remains is short, only digits, or itself trivial.
 * 'janedoe1985', 'J4ne.Doe!', 'eodenaj' are refused; 'jane likes purple mountains' is not.
 */
function disguisesContext(lower: string, context: readonly string[]): boolean {
  const tokens = new Set<string>();
  for (const word of context) {
    const w = normalizePassword(word).toLowerCase();
    for (const t of [skeleton(w), ...w.split(/[^\p{L}\p{N}]+/u)]) if ([...t].length >= 3) tokens.add(t);
  }
  if (tokens.size === 0) return false;
  const ordered = [...tokens].sort((a, b) => b.length - a.length);
  const plain = skeleton(lower);
  const shapes = [plain, [...plain].reverse().join(''), skeleton(deLeet(lower, 'i')), skeleton(deLeet(lower, 'l'))];
  return shapes.some((shape) => {
    let rest = shape;
    for (const t of ordered) rest = rest.split(t).join('');
    if (rest === shape) return false;
    return [...rest].length < 4 || /^\p{N}*$/u.test(rest) || isRepetitive(rest) || isSequential(rest);
  });
}

/** Few distinct characters, or a unit shorter than the minimum length repeated ('horsehorse'). */
function isRepetitive(value: string): boolean {
  const cps = [...value];
  if (cps.length === 0) return false;
  if (new Set(cps).size <= 3) return true;
  // A period of at most half the length: the unit occurs at least twice in full.
  for (let period = 1; period < PASSWORD_MIN_LENGTH && period * 2 <= cps.length; period++) {
    let repeats = true;
    for (let i = period; i < cps.length && repeats; i++) repeats = cps[i] === cps[i - period];
    if (repeats) return true;
  }
  return false;
}

const KEYBOARD_WALKS = [
  '`1234567890-=',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  'azertyuiop',
  'qwertzuiop',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  '7894561230',
];

/** Code points in constant steps ('abcdefgh', '86420', 'acegikmo') or a keyboard walk. */
function isSequential(value: string): boolean {
  const cps = [...value].map((c) => c.codePointAt(0)!);
  if (cps.length < 3) return false;
  const step = cps[1]! - cps[0]!;
  if (step !== 0 && Math.abs(step) <= 3 && cps.every((c, i) => i === 0 || c - cps[i - 1]! === step)) return true;
  const reversed = [...value].reverse().join('');
  return KEYBOARD_WALKS.some((walk) => walk.includes(value) || walk.includes(reversed));
}
