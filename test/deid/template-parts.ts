// Building blocks shared by the note templates: distractor sentences and PHI phrases.
import { dateText, phoneText, type NoteBuilder, type NoteContext } from './note-builder';
import { timeText } from './phi-values';

// Clinical language that must stay untouched: eponyms, drugs, doses, scores, ratios, young ages, years.
const DISTRACTORS = [
  'Hx of Parkinson\'s disease, on carbidopa-levodopa 25/100 mg TID.', 'Foley catheter placed, draining clear yellow urine.', 'Apgar scores 8 and 9.',
  'Hodgkin lymphoma in remission since 2009.', 'Murphy\'s sign negative.', 'Babinski downgoing bilaterally.', 'GCS 15, NIHSS 0.', 'Strength 5/5 in all extremities.',
  'Grade 2/6 systolic murmur at LUSB.', 'Pain 7/10, improved to 3/10 after Tylenol 650 mg PO.', 'BP 132/84, HR 88, RR 18, SpO2 96% on 2L NC.', 'Temp 98.6 F.',
  'Metoprolol 25 mg PO BID, lisinopril 10 mg daily, Lasix 40 mg IV x1.', 'Coumadin 5 mg qHS, goal INR 2-3.', 'Hgb 9.8, WBC 12.3, Plt 245, Cr 1.4, K 4.1.',
  'A1c 7.2% in 2021.', 'Bell\'s palsy in 2014, resolved.', 'Crohn\'s disease, on Humira.', 'Glasgow Coma Scale 14.', 'Wells score 2, low probability.',
  'CHA2DS2-VASc 4, HAS-BLED 2.', 'EF 35-40% on TTE.', 'Alzheimer\'s dementia, MMSE 21/30.', 'Colles fracture of the left wrist in 2018.', 'Allen test normal.',
  'Swan-Ganz catheter removed.', 'Whipple procedure in 2016.', 'Cushing syndrome ruled out.', 'Graves disease s/p RAI.', 'Trendelenburg position for line placement.',
  'Given 1 L NS bolus.', 'Insulin glargine 20 units qHS plus sliding scale.', 'Vancomycin 1.25 g IV q12h, trough 15.2.', 'O2 weaned to room air.', 'Ambulated 200 feet with walker.',
  'Her mother had breast cancer at age 45.', 'Father died of MI at 62.', 'Quit smoking in 1998, 30 pack-years.', 'ECOG 1.', 'NYHA class II.', 'Gleason 3+4=7.',
  'Pt c/o SOB and DOE x3 days.', 's/p CABG x3 in 2012.', 'Denies CP, palpitations, N/V/D.', 'Hep B vaccine series complete.', 'COVID-19 PCR negative.',
  'Plan to titrate carvedilol to 12.5 mg BID.', 'PT/OT consulted.', 'Code status: Full code.', 'Diet: 2 g sodium, 1.5 L fluid restriction.',
];

export function distractor(b: NoteBuilder, c: NoteContext, n = 2): void {
  for (let i = 0; i < n; i++) b.t(`${c.f.helpers.arrayElement(DISTRACTORS)} `);
}

export function age(b: NoteBuilder, c: NoteContext): void {
  const form = c.f.number.int(4);
  const n = String(c.age);
  const write = (s: string) => (c.age >= 90 ? b.p('AGE', s) : b.t(s));
  if (form === 3) {
    b.t('age ');
    write(n);
  } else {
    write(n);
    b.t([' yo', '-year-old', ' y/o', '', ' year old'][form]!);
  }
}

export function address(b: NoteBuilder, c: NoteContext, sep = ', '): void {
  b.p('ADDRESS', c.street).t(sep).p('LOCATION', c.city).t(`, ${c.state} `).p('ZIP', c.zip);
}

export function relative(b: NoteBuilder, c: NoteContext): void {
  const r = c.relative;
  c.f.helpers.arrayElement([
    () => b.t(`pt's ${c.relation} `).p('NAME', r.first),
    () => b.t(`${c.relation}, `).p('NAME', `${r.first} ${r.last}`),
    () => b.t(`her ${c.relation} `).p('NAME', `${r.first}`).t(' (').p('PHONE', phoneText(c.f)).t(')'),
    () => b.t(`${c.relation.toUpperCase()}: `).p('NAME', `${r.first} ${r.last}`),
  ])();
}

export function dateTime(b: NoteBuilder, c: NoteContext, d: Date): void {
  b.p('DATE', `${dateText(c.f, d, [0, 1, 3])} ${timeText(c.f)}`);
}

