// Safe Harbor (45 CFR 164.514(b)(2)(i)(B)): the first three digits of a ZIP code may be kept when
// the area they form holds more than 20,000 people; otherwise they become 000. These are the
// 3-digit ZIP areas with 20,000 or fewer people per the 2000 Census, as listed in the HHS
// "Guidance Regarding Methods for De-identification of PHI" (2012), section 3.4.
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set(['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893']);

/**
 * Reduces a ZIP (5 or 9 digits, any separator) to its Safe Harbor form.
 *
 * @example
 *   zip3('02114')      // '021'
 *   zip3('03601-1234') // '000' (restricted area)
 */
export function zip3(zip: string): string {
  const digits = zip.replace(/\D/g, '');
  if (digits.length < 3) return '000';
  const head = digits.slice(0, 3);
  return RESTRICTED_ZIP3.has(head) ? '000' : head;
}
