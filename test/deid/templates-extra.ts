// Note templates, styles 3 and 4 of every kind (see templates.ts).
import { clinicianName, codeText, date, dateText, dayOffset, patientName, phoneText, type NoteContext } from './note-builder';
import { timeText } from './phi-values';
import { address, age, dateTime, distractor } from './template-parts';
import type { Template } from './templates';

// ---- style 3 of every kind: more conventions (SOAP notes, e-mail referrals, lab headers) ---
export const nursing3: Template = (b, c) => {
  b.t('S: pt states "I want to go home." ');
  const r = c.relative;
  b.t(`${c.patient.sex === 'male' ? 'Wife' : 'Husband'} (`).p('NAME', r.first).t(') at bedside.\nO: ');
  distractor(b, c, 3);
  b.t('\nA/P: ');
  age(b, c);
  b.t(` ${c.patient.sex === 'male' ? 'M' : 'F'} w/ UTI. Spoke w/ Dr `).p('NAME', c.clinicians[0]!.last).t(' re: abx, ok to switch to PO on ');
  date(b, c, dayOffset(c.admit, 1), [8, 0]);
  b.t('. ');
  distractor(b, c, 2);
  b.t('Pt\'s ').t(c.relation).t(' ').p('NAME', `${r.first} ${r.last}`).t(' updated by phone ').p('PHONE', phoneText(c.f)).t('.\n');
  b.p('NAME', `${c.clinicians[2]!.last.toUpperCase()},${c.clinicians[2]!.first.toUpperCase()}`).t(' RN ');
  dateTime(b, c, c.admit);
};

export const discharge3: Template = (b, c) => {
  b.t('Discharge Summary\nDOB: ');
  date(b, c, c.dob, [5, 6]);
  b.t('   Age: ');
  if (c.age >= 90) b.p('AGE', String(c.age));
  else b.t(String(c.age));
  b.t('\n\n');
  b.t(c.patient.sex === 'male' ? 'Mr. ' : 'Ms. ').p('NAME', c.patient.last).t(' is a ');
  age(b, c);
  b.t(' with a history of ');
  distractor(b, c, 2);
  b.t('\nHCP: ').t(c.relation).t(', ').p('NAME', `${c.relative.first} ${c.relative.last}`).t(' (cell ').p('PHONE', c.phone).t(')\nPCP: Dr. ').p('NAME', `${c.clinicians[1]!.first} ${c.clinicians[1]!.last}`).t(' at ').p('FACILITY', c.facility).t('\nAddress: ');
  b.p('ADDRESS', c.street).t(', ').p('LOCATION', c.city).t(`, ${c.state} `).p('ZIP', c.zip);
  b.t('\n');
  distractor(b, c, 3);
  b.t('\nF/u appt on ');
  date(b, c, dayOffset(c.discharge, 10), [7, 5, 11]);
  b.t(' with Dr ').p('NAME', c.clinicians[0]!.last).t('. Home services via ').p('FACILITY', facilityName(c)).t('.');
};

export const lab3: Template = (b, c) => {
  b.t('NAME: ').p('NAME', `${c.patient.last.toUpperCase()}, ${c.patient.first.toUpperCase()} ${c.patient.middle}`).t('   DOB: ');
  date(b, c, c.dob, [1]);
  b.t(`   SEX: ${c.patient.sex === 'male' ? 'M' : 'F'}   MRN: `).p('MRN', c.mrn).t('   ACCT: ').p('ACCOUNT', codeText(c.f));
  b.t('\nORDERING PROVIDER: ').p('NAME', `${c.clinicians[0]!.last.toUpperCase()}, ${c.clinicians[0]!.first.toUpperCase()}`).t(' MD\nCOLLECTED: ');
  dateTime(b, c, c.admit);
  b.t('\nTSH 2.1 (0.4-4.0) uIU/mL\nFree T4 1.1 (0.8-1.8) ng/dL\nVitamin B12 412 pg/mL\nFerritin 18 (L) ng/mL\n');
  distractor(b, c, 1);
  b.t('\nComment: Results called to and read back by ').p('NAME', `${c.clinicians[1]!.first} ${c.clinicians[1]!.last}`).t(' RN on ').p('DATE', `${dateText(c.f, c.admit, [2])} at ${timeText(c.f)}`).t('. Specimen #').p('ID', c.f.string.numeric(7)).t('.');
};

export const referral3: Template = (b, c) => {
  const doc = c.clinicians[0]!;
  b.t('From: ').p('EMAIL', `${doc.first}.${doc.last}@${c.f.internet.domainWord()}clinic.org`.toLowerCase()).t('\nSent: ').p('DATE', `${dateText(c.f, c.admit, [5])} ${timeText(c.f)}`);
  b.t('\nTo: Dr. ').p('NAME', c.clinicians[1]!.last).t('\nSubject: Re: ').p('NAME', `${c.patient.first} ${c.patient.last}`).t('\n\nHi Dr. ').p('NAME', c.clinicians[1]!.last).t(',\n\nWould you be able to see ');
  b.p('NAME', c.patient.first).t(' in clinic? ');
  distractor(b, c, 3);
  b.t(`${c.patient.sex === 'male' ? 'He' : 'She'} lives in `).p('LOCATION', c.city).t(' and would prefer a visit after ');
  date(b, c, dayOffset(c.admit, 14), [8, 7]);
  b.t('. Insurance: policy ').p('HEALTH_PLAN', codeText(c.f)).t('.\n\nThanks,\n').p('NAME', doc.first).t('\n');
};

function facilityName(c: NoteContext): string {
  return `${c.fakers[0]!.person.lastName()} Home Health Care`;
}

// ---- style 4: written after tuning, never tuned on (a fresh held-out) -----------------------
export const nursing4: Template = (b, c) => {
  b.t('Night shift. ');
  patientName(b, c, [0, 3]);
  b.t(' slept 4-5 hrs. ');
  distractor(b, c, 2);
  b.t('Received call from ').t(c.relation).t(' ').p('NAME', c.relative.first).t(' at ').t(timeText(c.f)).t(' asking about discharge; told to call back after rounds on ');
  date(b, c, dayOffset(c.admit, 2), [7, 8, 5]);
  b.t('. ');
  distractor(b, c, 2);
  b.t('IV site L forearm, placed ');
  date(b, c, c.admit, [8, 12]);
  b.t('. Report given to oncoming RN ').p('NAME', `${c.clinicians[2]!.first} ${c.clinicians[2]!.last[0]}.`).t('.');
};

export const discharge4: Template = (b, c) => {
  b.t('HOSPITAL COURSE\n');
  patientName(b, c, [3, 5, 0]);
  b.t(' (MRN ').p('MRN', c.mrn).t(') was admitted to ').p('FACILITY', c.facility).t(' on ');
  date(b, c, c.admit, [5, 0, 6]);
  b.t(' and discharged ');
  date(b, c, c.discharge, [5, 0, 6]);
  b.t('. ');
  distractor(b, c, 3);
  b.t('Home address on file: ').p('ADDRESS', c.street).t(', ').p('LOCATION', c.city).t(`, ${c.state} `).p('ZIP', c.zip).t('. Emergency contact: ').p('NAME', `${c.relative.first} ${c.relative.last}`).t(` (${c.relation}), `).p('PHONE', c.phone).t('. ');
  distractor(b, c, 2);
  b.t('Discussed with attending ');
  clinicianName(b, c, 0);
  b.t('.');
};

export const lab4: Template = (b, c) => {
  b.t('POINT OF CARE GLUCOSE LOG\n');
  patientName(b, c, [1, 6]);
  b.t(' | DOB ');
  date(b, c, c.dob, [1, 3]);
  b.t(' | Acct ').p('ACCOUNT', codeText(c.f)).t('\n');
  for (let k = 0; k < 3; k++) {
    b.p('DATE', `${dateText(c.f, dayOffset(c.admit, k), [8, 1])} ${timeText(c.f)}`).t(`  ${c.f.number.int({ min: 70, max: 320 })} mg/dL  by `).p('NAME', `${c.clinicians[k % 3]!.first[0]}${c.clinicians[k % 3]!.last[0]}`.toUpperCase()).t('\n');
  }
  b.t('Meter serial ').p('DEVICE', codeText(c.f)).t('. ');
  distractor(b, c, 1);
};

export const referral4: Template = (b, c) => {
  b.t('Dear Colleague,\n\nI am writing on behalf of my patient, ');
  patientName(b, c, [0, 5]);
  b.t(', born ');
  date(b, c, c.dob, [5, 9]);
  b.t(', who resides at ');
  address(b, c);
  b.t('. ');
  distractor(b, c, 3);
  b.t('Previous records may be requested from ').p('FACILITY', c.facility).t(' (fax ').p('FAX', phoneText(c.f)).t('). ');
  b.t('Best regards,\n').p('NAME', `${c.clinicians[0]!.first} ${c.clinicians[0]!.last}`).t(', DO\n').p('EMAIL', c.f.internet.email({ firstName: c.clinicians[0]!.first, lastName: c.clinicians[0]!.last })).t('\n');
};
