/**
 * The token from a link like /verify-email#token=…; the fragment never reaches the server, so the
 * token stays out of access logs and Referer headers.
 *
 * @example
 *   tokenFromFragment('#token=abc'); // 'abc'
 */
export function tokenFromFragment(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : undefined;
}
