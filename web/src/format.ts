// Dates as people read them, in their own locale and time zone.
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An ISO 8601 instant as a short local date and time; 'unknown' for anything unparsable.
 *
 * @example
 *   formatWhen('2026-03-02T09:00:00Z'); // 'Mar 2, 2026, 9:00 AM' (en-US, UTC)
 */
export function formatWhen(iso: string | null | undefined, never = 'unknown'): string {
  if (!iso) return never;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown' : DATE_TIME.format(date);
}
