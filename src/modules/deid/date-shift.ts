// Date shifting: every date of one patient moves by the same number of days, derived from a key
// and the patient id, so intervals between dates are kept while the real dates are hidden.
import { createHmac } from 'node:crypto';
import { MONTHS } from './lexicon';

const DAY = 86_400_000;
const MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Years are not written in every date; such dates are shifted inside this (non-leap) year.
const DEFAULT_YEAR = 2001;
const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas eve': [12, 24], 'christmas day': [12, 25], 'new year': [1, 1], 'new years': [1, 1], 'new years day': [1, 1],
  'new years eve': [12, 31], halloween: [10, 31], 'valentines day': [2, 14], 'independence day': [7, 4], 'veterans day': [11, 11],
  thanksgiving: [11, 25], 'thanksgiving day': [11, 25], easter: [4, 10], 'easter sunday': [4, 10], 'memorial day': [5, 28],
  'labor day': [9, 4], 'mothers day': [5, 12], 'fathers day': [6, 16],
};

/**
 * The per-patient offset in days: non-zero, within one year either way.
 *
 * @example
 *   dateShiftDays({ key, patientId: 'p-1' }) // e.g. -143, the same every time for this key and patient
 */
export function dateShiftDays({ key, patientId }: { key: Buffer; patientId: string }): number {
  const h = createHmac('sha256', key).update(`date-shift\0${patientId}`).digest();
  // Never 0 and never a whole year: a date written without its year must still change.
  const n = h.readUInt32BE(0) % 728; // 0..727
  return n < 364 ? n - 364 : n - 363; // -364..-1 or 1..364
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

function monthWord(m: number, like: string): string {
  const full = MONTH_FULL[m - 1]!;
  let word = like.replace(/\.$/, '').length <= 4 && like.replace(/\.$/, '').toLowerCase() !== full.toLowerCase() ? full.slice(0, like.replace(/\.$/, '').length === 4 && m === 9 ? 4 : 3) : full;
  if (like === like.toUpperCase()) word = word.toUpperCase();
  else if (like === like.toLowerCase()) word = word.toLowerCase();
  return like.endsWith('.') && word.length < full.length ? `${word}.` : word;
}

function shifted(y: number, m: number, d: number, days: number): Date | undefined {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return new Date(t + days * DAY);
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y.replace("'", ''));
  return n < 50 ? 2000 + n : 1900 + n;
}

function yearOut(like: string, y: number): string {
  if (like.startsWith("'")) return `'${pad(y % 100, 2)}`;
  return like.length === 2 ? pad(y % 100, 2) : String(y);
}

type Shift = (m: RegExpExecArray, days: number) => string | undefined;

// A date known only to the month moves by whole months (never zero, never a whole year), so the
// written month always changes while intervals stay within a few days of the true ones.
function monthsFor(days: number): number {
  let months = Math.sign(days) * Math.max(1, Math.round(Math.abs(days) / 30.44));
  if (months % 12 === 0) months += Math.sign(days);
  return months;
}
function shiftMonths(y: number, m: number, days: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + monthsFor(days);
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}
const MON = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const FORMS: [RegExp, Shift][] = [
  // 2021-03-04, 2021/3/4
  [/^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})/, (m, days) => {
    const r = shifted(Number(m[1]), Number(m[3]), Number(m[4]), days);
    return r && `${r.getUTCFullYear()}${m[2]}${pad(r.getUTCMonth() + 1, m[3]!.length)}${m[2]}${pad(r.getUTCDate(), m[4]!.length)}`;
  }],
  // 20210304
  [/^(\d{4})(\d{2})(\d{2})$/, (m, days) => {
    const r = shifted(Number(m[1]), Number(m[2]), Number(m[3]), days);
    return r && `${r.getUTCFullYear()}${pad(r.getUTCMonth() + 1, 2)}${pad(r.getUTCDate(), 2)}`;
  }],
  // 03/04/2021, 4.3.21 (month first unless the first number cannot be a month)
  [/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})/, (m, days) => {
    const dayFirst = Number(m[1]) > 12;
    const [mo, da] = dayFirst ? [m[3]!, m[1]!] : [m[1]!, m[3]!];
    const r = shifted(fullYear(m[4]!), Number(mo), Number(da), days);
    if (!r) return undefined;
    const outM = pad(r.getUTCMonth() + 1, mo.length === 2 ? 2 : 1);
    const outD = pad(r.getUTCDate(), da.length === 2 ? 2 : 1);
    return `${dayFirst ? outD : outM}${m[2]}${dayFirst ? outM : outD}${m[2]}${yearOut(m[4]!, r.getUTCFullYear())}`;
  }],
  // 03/2021 (month and year: the 15th stands for the month)
  [/^(\d{1,2})\/(\d{4})$/, (m, days) => {
    const r = shiftMonths(Number(m[2]), Number(m[1]), days);
    return `${pad(r.m, m[1]!.length)}/${r.y}`;
  }],
  // 3/4 (no year)
  [/^(\d{1,2})\/(\d{1,2})$/, (m, days) => {
    const r = shifted(DEFAULT_YEAR, Number(m[1]), Number(m[2]), days);
    return r && `${pad(r.getUTCMonth() + 1, m[1]!.length)}/${pad(r.getUTCDate(), m[2]!.length)}`;
  }],
  // 04-Mar-2021, 4 MAR 21, 04MAR2021
  [new RegExp(`^(\\d{1,2})([-\\s]?)(${MON})\\.?([-\\s]?)(\\d{4}|\\d{2})$`, 'i'), (m, days) => {
    const r = shifted(fullYear(m[5]!), MONTHS[m[3]!.toLowerCase()]!, Number(m[1]), days);
    return r && `${pad(r.getUTCDate(), m[1]!.length)}${m[2]}${monthWord(r.getUTCMonth() + 1, m[3]!)}${m[4]}${yearOut(m[5]!, r.getUTCFullYear())}`;
  }],
  // March 4th, 2021 / Mar. 4 / March 4
  [new RegExp(`^(${MON})(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(?:(\\s*,\\s*|\\s+)(\\d{4}|'\\d{2}))?$`, 'i'), (m, days) => {
    const y = m[7] ? fullYear(m[7]) : DEFAULT_YEAR;
    const r = shifted(y, MONTHS[m[1]!.toLowerCase()]!, Number(m[4]), days);
    if (!r) return undefined;
    const d = m[5] ? ordinal(r.getUTCDate()) : String(r.getUTCDate());
    return `${monthWord(r.getUTCMonth() + 1, m[1]! + m[2]!)}${m[3]}${m[5] && m[5] === m[5].toUpperCase() ? d.toUpperCase() : d}${m[7] ? `${m[6]}${yearOut(m[7], r.getUTCFullYear())}` : ''}`;
  }],
  // 4 March 2021 / the 4th of March / 4th March
  [new RegExp(`^(the\\s+)?(\\d{1,2})(st|nd|rd|th)?(\\s+)(of\\s+)?(${MON})(\\.?)(?:(,?\\s+)(\\d{4}|'\\d{2}))?$`, 'i'), (m, days) => {
    const y = m[9] ? fullYear(m[9]) : DEFAULT_YEAR;
    const r = shifted(y, MONTHS[m[6]!.toLowerCase()]!, Number(m[2]), days);
    if (!r) return undefined;
    const d = m[3] ? ordinal(r.getUTCDate()) : String(r.getUTCDate());
    return `${m[1] ?? ''}${d}${m[4]}${m[5] ?? ''}${monthWord(r.getUTCMonth() + 1, m[6]! + m[7]!)}${m[9] ? `${m[8]}${yearOut(m[9], r.getUTCFullYear())}` : ''}`;
  }],
  // March 2021, Mar-2021
  [new RegExp(`^(${MON})(\\.?)(\\s+of\\s+|[-\\s,]+)(\\d{4})$`, 'i'), (m, days) => {
    const r = shiftMonths(Number(m[4]), MONTHS[m[1]!.toLowerCase()]!, days);
    return `${monthWord(r.m, m[1]! + m[2]!)}${m[3]}${r.y}`;
  }],
  // March (alone)
  [new RegExp(`^(${MON})$`, 'i'), (m, days) => monthWord(shiftMonths(DEFAULT_YEAR, MONTHS[m[1]!.toLowerCase()]!, days).m, m[1]!)],
];

/**
 * Shifts one date as written, keeping its format; a time written after it is kept. Returns
 * undefined when the text is not a date this function can read (callers then redact it).
 *
 * @example
 *   shiftDateText('03/04/2021 14:30', 10) // '03/14/2021 14:30'
 *   shiftDateText('March 4th', -4)        // 'February 28th'
 */
export function shiftDateText(text: string, days: number): string | undefined {
  const holiday = text.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
  if (HOLIDAYS[holiday]) {
    const [mo, d] = HOLIDAYS[holiday];
    const r = new Date(Date.UTC(DEFAULT_YEAR, mo - 1, d) + days * DAY);
    return `${MONTH_FULL[r.getUTCMonth()]} ${r.getUTCDate()}`;
  }
  // Separate a trailing clock time ("at 14:30", "T08:00Z") from the date itself.
  const time = /(?:,?\s*(?:at|@)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\s+(?:at|@)\s+\d{4}(?:\s*(?:hrs?|h))?|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/.exec(text);
  const datePart = time ? text.slice(0, time.index) : text;
  const rest = time ? time[0] : '';
  for (const [re, shift] of FORMS) {
    const m = re.exec(datePart.trim());
    if (m && m[0].length === datePart.trim().length) {
      const out = shift(m, days);
      if (out !== undefined) return out + rest;
    }
  }
  return undefined;
}
