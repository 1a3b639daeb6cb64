// Synthetic PHI values in the many shapes clinical notes use. Every value is invented by a seeded
// faker instance; nothing here is real patient data.
import { Faker, base, de, en, en_US, es, fr, it, pl, pt_BR, vi } from '@faker-js/faker';

export type Rng = Faker;

const LOCALES = [[en_US, en, base], [en_US, en, base], [en_US, en, base], [es, en, base], [de, en, base], [fr, en, base], [it, en, base], [pt_BR, en, base], [vi, en, base], [pl, en, base]] as const;

/** Seeded fakers, one per locale mix; `pick` returns the one to use for the next person. */
export function createFakers(seed: number): Faker[] {
  return LOCALES.map((locale, i) => {
    const f = new Faker({ locale: [...locale] });
    f.seed(seed * 31 + i);
    return f;
  });
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'shi', 'dre', 'ul', 'ba', 'zon', 'qui', 'fe', 'nor', 'tal', 'wen', 'yas', 'gri', 'pel', 'oth'];
/** An invented name no dictionary holds: detection must come from context. */
export function inventedName(f: Faker): string {
  const n = f.number.int({ min: 2, max: 3 });
  const s = Array.from({ length: n }, () => f.helpers.arrayElement(SYLLABLES)).join('');
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface Person {
  first: string;
  last: string;
  middle: string;
  sex: 'male' | 'female';
}

export function person(fakers: Faker[], f: Faker): Person {
  const g = f.helpers.arrayElement(fakers);
  const sex = f.helpers.arrayElement(['male', 'female'] as const);
  const first = f.number.int(9) === 0 ? inventedName(f) : g.person.firstName(sex).split(' ')[0]!;
  const last = f.number.int(9) === 0 ? inventedName(f) : g.person.lastName().split(' ')[0]!;
  return { first: clean(first), last: clean(last), middle: clean(g.person.firstName(sex))[0]!, sex };
}

function clean(s: string): string {
  return s.replace(/[^\p{L}'-]/gu, '') || 'Ola';
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const p2 = (n: number) => String(n).padStart(2, '0');

/** A date in one of many written forms (the whole string is PHI, year included). */
export function dateText(f: Faker, d: Date, styles?: number[]): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const mon = MONTH_NAMES[m - 1]!;
  const forms = [
    () => `${m}/${day}/${y}`,
    () => `${p2(m)}/${p2(day)}/${y}`,
    () => `${m}/${day}/${String(y).slice(2)}`,
    () => `${y}-${p2(m)}-${p2(day)}`,
    () => `${p2(day)}-${mon.slice(0, 3)}-${y}`,
    () => `${mon} ${day}, ${y}`,
    () => `${mon.slice(0, 3)} ${day} ${y}`,
    () => `${mon} ${ord(day)}`,
    () => `${m}/${day}`,
    () => `${day} ${mon} ${y}`,
    () => `${ord(day)} of ${mon}`, // written after "the", which is not part of the date
    () => `${mon.slice(0, 3)}. ${day}`,
    () => `${p2(m)}-${p2(day)}-${y}`,
    () => `${mon} ${y}`,
    () => `${p2(m)}.${p2(day)}.${y}`,
    () => `${day}-${mon.slice(0, 3).toUpperCase()}-${String(y).slice(2)}`,
  ];
  const pickFrom = styles ?? forms.map((_, i) => i);
  return forms[f.helpers.arrayElement(pickFrom)]!();
}

export function randomDate(f: Faker): Date {
  return f.date.between({ from: '2015-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z' });
}

export function birthDate(f: Faker, ageYears: number): Date {
  const d = randomDate(f);
  return new Date(Date.UTC(2024 - ageYears, d.getUTCMonth(), Math.min(d.getUTCDate(), 28)));
}

export function timeText(f: Faker): string {
  const h = f.number.int({ min: 0, max: 23 });
  const mi = f.number.int({ min: 0, max: 59 });
  return f.helpers.arrayElement([`${p2(h)}:${p2(mi)}`, `${(h % 12) + 1}:${p2(mi)} ${h < 12 ? 'AM' : 'PM'}`, `${(h % 12) + 1}:${p2(mi)}pm`]);
}

export function phoneText(f: Faker): string {
  const a = f.number.int({ min: 201, max: 989 });
  const b = f.number.int({ min: 200, max: 989 });
  const c = p2(f.number.int(99)) + p2(f.number.int(99));
  return f.helpers.arrayElement([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `(${a})${b}-${c}`, `${a}-${b}-${c} x${f.number.int({ min: 10, max: 9999 })}`, `${a}${b}${c}`]);
}

export function ssnText(f: Faker): string {
  const a = f.number.int({ min: 1, max: 665 });
  const b = f.number.int({ min: 1, max: 99 });
  const c = f.number.int({ min: 1, max: 9999 });
  return f.helpers.arrayElement([`${String(a).padStart(3, '0')}-${p2(b)}-${String(c).padStart(4, '0')}`, `${String(a).padStart(3, '0')} ${p2(b)} ${String(c).padStart(4, '0')}`, `${String(a).padStart(3, '0')}${p2(b)}${String(c).padStart(4, '0')}`]);
}

export function mrnText(f: Faker): string {
  return f.helpers.arrayElement([
    () => f.string.numeric(f.number.int({ min: 6, max: 10 })),
    () => `${f.string.alpha({ length: { min: 1, max: 3 }, casing: 'upper' })}${f.string.numeric(f.number.int({ min: 6, max: 9 }))}`,
    () => `${f.string.numeric(3)}-${f.string.numeric(2)}-${f.string.numeric(3)}`,
    () => `${f.string.numeric(2)}-${f.string.numeric(6)}`,
  ])();
}

export function codeText(f: Faker, prefix = ''): string {
  return f.helpers.arrayElement([
    () => `${prefix}${f.string.alpha({ length: 3, casing: 'upper' })}${f.string.numeric(9)}`,
    () => `${f.string.alphanumeric({ length: 2, casing: 'upper' })}-${f.string.numeric(6)}`,
    () => f.string.numeric(f.number.int({ min: 8, max: 12 })),
    () => `${f.string.alpha({ length: 1, casing: 'upper' })}${f.string.numeric(7)}`,
  ])();
}

/** A VIN with a correct check digit. */
export function vinText(f: Faker): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const v = Array.from({ length: 17 }, () => f.helpers.arrayElement([...chars]));
  const map = '0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ';
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  v.forEach((c, i) => (sum += (/\d/.test(c) ? Number(c) : ((map.indexOf(c) - 10) % 9) + 1) * w[i]!));
  v[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.join('');
}

const FACILITY_KINDS = ['General Hospital', 'Medical Center', 'Hospital', 'Clinic', 'Family Practice', 'Rehabilitation Center', 'Nursing Home', 'Health Center', 'Memorial Hospital', 'Cancer Center', 'Urgent Care', 'Regional Medical Center', 'Community Hospital'];

export function facilityText(fakers: Faker[], f: Faker, city: string): string {
  const g = f.helpers.arrayElement(fakers);
  return f.helpers.arrayElement([
    () => `${g.person.lastName().split(' ')[0]} ${f.helpers.arrayElement(FACILITY_KINDS)}`,
    () => `${city} ${f.helpers.arrayElement(FACILITY_KINDS)}`,
    () => `St. ${g.person.firstName().split(' ')[0]}'s ${f.helpers.arrayElement(['Hospital', 'Medical Center'])}`,
    () => `${f.helpers.arrayElement(['Mercy', 'Good Samaritan', 'Providence', 'Sacred Heart', 'Grace', 'Valley', 'Lakeside', 'Riverside', 'Hillcrest'])} ${f.helpers.arrayElement(FACILITY_KINDS)}`,
  ])();
}

/** A US city: half real names (the dictionary may know them), half invented ones. */
export function cityText(f: Faker): string {
  const real = (en.location as { city_name: string[] }).city_name;
  return f.number.int(1) === 0 ? f.helpers.arrayElement(real) : f.location.city();
}
