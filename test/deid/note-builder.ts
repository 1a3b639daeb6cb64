// Builds a note piece by piece and records the exact offsets of every PHI piece.
import type { PhiSpan, PhiType } from '../../src/modules/deid/deid.types';
import type { Faker } from '@faker-js/faker';
import { birthDate, cityText, codeText, createFakers, dateText, facilityText, mrnText, person, phoneText, randomDate, ssnText, type Person } from './phi-values';

export interface NoteBuilder {
  /** Plain text (not PHI). */
  t(text: string): NoteBuilder;
  /** A PHI piece of the given type. */
  p(type: PhiType, text: string): NoteBuilder;
  readonly text: string;
  readonly spans: PhiSpan[];
}

export function createNoteBuilder(): NoteBuilder {
  let text = '';
  const spans: PhiSpan[] = [];
  const b: NoteBuilder = {
    t(s) {
      text += s;
      return b;
    },
    p(type, s) {
      spans.push({ start: text.length, end: text.length + s.length, type });
      text += s;
      return b;
    },
    get text() {
      return text;
    },
    get spans() {
      return spans;
    },
  };
  return b;
}

/** Everything one note may mention about its patient, kept consistent inside the note. */
export interface NoteContext {
  f: Faker;
  fakers: Faker[];
  patient: Person;
  relative: Person;
  relation: string;
  clinicians: Person[];
  age: number;
  dob: Date;
  admit: Date;
  discharge: Date;
  city: string;
  state: string;
  zip: string;
  street: string;
  facility: string;
  mrn: string;
  phone: string;
  upper: boolean;
}

export function createContext(f: Faker, fakers: Faker[]): NoteContext {
  const patient = person(fakers, f);
  const age = f.helpers.weightedArrayElement([{ weight: 6, value: f.number.int({ min: 18, max: 89 }) }, { weight: 4, value: f.number.int({ min: 90, max: 104 }) }]);
  const admit = randomDate(f);
  const discharge = new Date(admit.getTime() + f.number.int({ min: 1, max: 12 }) * 86400000);
  const city = cityText(f);
  return {
    f,
    fakers,
    patient,
    relative: { ...person(fakers, f), last: f.number.int(2) === 0 ? patient.last : person(fakers, f).last },
    relation: f.helpers.arrayElement(['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'grandson', 'granddaughter', 'mother', 'partner', 'friend', 'neighbor']),
    clinicians: [person(fakers, f), person(fakers, f), person(fakers, f)],
    age,
    dob: birthDate(f, age),
    admit,
    discharge,
    city,
    state: f.location.state({ abbreviated: true }),
    zip: f.location.zipCode(f.helpers.arrayElement(['#####', '#####', '#####-####'])),
    street: `${f.location.buildingNumber()} ${f.location.street()}`,
    facility: facilityText(fakers, f, city),
    mrn: mrnText(f),
    phone: phoneText(f),
    upper: false,
  };
}

export { createFakers, dateText, codeText, ssnText, phoneText };

const cap = (s: string) => s.toUpperCase();

/** The patient's name in one of the forms notes use. */
export function patientName(b: NoteBuilder, c: NoteContext, forms = [0, 1, 2, 3, 4, 5, 6]): void {
  const { first, last, middle } = c.patient;
  const title = c.patient.sex === 'male' ? 'Mr.' : c.f.helpers.arrayElement(['Mrs.', 'Ms.']);
  switch (c.f.helpers.arrayElement(forms)) {
    case 0: b.p('NAME', `${first} ${last}`); break;
    case 1: b.p('NAME', `${cap(last)}, ${cap(first)}`); break;
    case 2: b.p('NAME', `${last}, ${first} ${middle}.`); break;
    case 3: b.t(`${title} `).p('NAME', last); break;
    case 4: b.p('NAME', `${first} ${middle}. ${last}`); break;
    case 5: b.t(`${title} `).p('NAME', `${first} ${last}`); break;
    default: b.p('NAME', `${cap(first)} ${cap(last)}`);
  }
}

/** A clinician's name with title or credential. */
export function clinicianName(b: NoteBuilder, c: NoteContext, who = 0): void {
  const p = c.clinicians[who % c.clinicians.length]!;
  const cred = c.f.helpers.arrayElement(['MD', 'MD', 'DO', 'NP', 'PA-C', 'RN', 'M.D.', 'MD, PhD']);
  switch (c.f.number.int(6)) {
    case 0: b.t('Dr. ').p('NAME', p.last); break;
    case 1: b.t('Dr. ').p('NAME', `${p.first} ${p.last}`); break;
    case 2: b.p('NAME', `${p.first} ${p.last}`).t(`, ${cred}`); break;
    case 3: b.p('NAME', `${p.first[0]}. ${p.last}`).t(`, ${cred}`); break;
    case 4: b.t('Dr ').p('NAME', `${p.first} ${p.middle}. ${p.last}`); break;
    case 5: b.p('NAME', `${p.last}, ${p.first}`).t(` ${cred}`); break;
    default: b.t('Dr. ').p('NAME', `${p.last}`);
  }
}

export function date(b: NoteBuilder, c: NoteContext, d: Date, styles?: number[]): void {
  b.p('DATE', dateText(c.f, d, styles));
}

export function dayOffset(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000);
}
