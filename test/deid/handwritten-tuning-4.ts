// Hand-written notes FOR TUNING, fourth generality pass (issue 6, pass 4). Synthetic and invented:
// every name, place, number and date is made up. Written from the CLASSES of misses described for
// held-out set 3 (lower-case nursing shorthand, practices and businesses with no facility word, a
// patient's name opening the note, bare month/day in prose, names after role abbreviations,
// dictation initials, caret headers) and of false positives (eponym scores, fractions, HCPCS codes,
// "image 41", credentials after a name), never from their strings. Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Lower-case nursing shorthand.
  `0700 pt resting, wife {{NAME:marguerite}} at bedside. dr {{NAME:ostrowski}} aware of am labs. plan d/c home w/ {{FACILITY:cape ann vna}}.`,
  `pt lives in {{LOCATION:framingham}} w/ son {{NAME:desmond}}. np {{NAME:halvorsen}} notified re: bp 88/50. {{NAME:j. whitcombe}} rn`,
  `resp: lsc bilat, on 2L nc. daughter {{NAME:ottilie}} called for update. pt from {{LOCATION:braintree}} originally. seen by pa {{NAME:kowalczyk}}.`,
  `neuro intact. husband {{NAME:rupert}} updated by phone. f/u w/ dr {{NAME:abernathy-lowe}} at {{FACILITY:milton hospital}} next wk.
{{NAME:m. strand}} lpn`,
  `pt is a 82 yo f who lives in {{LOCATION:norwood}}. sister {{NAME:philippa}} is hcp. dr {{NAME:varga}} to see pt this pm.`,
  `skin intact. son {{NAME:bartholomew}} brought pt from {{LOCATION:walpole}}. rn {{NAME:tsang}} gave report. pt will go to {{FACILITY:blue hills rehab}} when bed avail.`,

  // 2. Practices and businesses with no facility word.
  `Referred to {{FACILITY:Red Mesa Endocrinology}} for thyroid nodule; biopsy sent to {{FACILITY:Sonoran Pathology}}. Prior dermatology at {{FACILITY:Saguaro Skin & Laser}}.`,
  `Sleep study done at {{FACILITY:Tri-County Sleep Lab}} on {{DATE:2/11/2025}}. Genetic panel by {{FACILITY:Helix Point Molecular Diagnostics}}.`,
  `CPAP supplied by {{FACILITY:Keystone Home Medical}}; oxygen concentrator from {{FACILITY:Allegheny Respiratory Supply}}. Pt works at {{FACILITY:Rosie's Diner}} as a waitress.`,
  `Discharge options reviewed with family: {{FACILITY:Willow Bend Rehabilitation}}, {{FACILITY:Marigold Center for Nursing}}, {{FACILITY:Stonebridge Health Care}}. First choice {{FACILITY:Willow Bend Rehabilitation}}.`,
  `Social: pt is employed by {{FACILITY:Cardinal Freight}}; wife is a waitress at {{FACILITY:Lucky Dragon}}. Son works at {{FACILITY:Harmon Tire}}.`,
  `Cardiology f/u at {{FACILITY:Prairie Heart Specialists}}. Orthopedics: {{FACILITY:Bluestem Orthopaedics}}. PT through {{FACILITY:Summit Physical Therapy}}.`,

  // 3. A patient's name opening the note body.
  `{{NAME:Evangeline Marchetti-Oduya}} is a 58-year-old woman with HTN and DM2 who presents with three days of cough.`,
  `{{NAME:Casimir Ferreira}} is an 84 yo man seen today for follow-up of his CHF.`,

  // 4. Bare month/day, m/yy, the second half of ranges, extensions.
  `Family meeting {{DATE:5/6}} with palliative. BCx {{DATE:8/30}} NGTD. Fall {{DATE:10/14}} at home; CT head neg.`,
  `Sober since {{DATE:4/71}}. On home O2 since {{DATE:9/19}}. Rx for abx {{DATE:7/2}}-{{DATE:7/9/2024}}, then {{DATE:8/1}}-{{DATE:8/15/2024}}.`,
  `Call clinic {{PHONE:617-555-0192}} x {{PHONE:4-3310}} or the nurse line x{{PHONE:6621}}. Last echo {{DATE:3/18}}.`,
  `Vacation {{DATE:6/1}}-{{DATE:6/21/2025}}; labs {{DATE:6/24}}. Colonoscopy {{DATE:11/2}} showed two polyps.`,

  // 5. Names after role abbreviations, dictation initials, caret headers.
  `Discussed with PA {{NAME:Oskar Lindahl}} and CM {{NAME:Briony Fairweather}}. Please fax to attention {{NAME:Gudrun}}.`,
  `Dictated by {{NAME:Anneliese Kruger}}, MD
{{NAME:AK}}/{{NAME:RBT}}/{{NAME:lm}}`,
  `^{{NAME:PELLEGRINO, OCTAVIA}}^
Admission Date: {{DATE:03/04/2025}}`,
  `NP {{NAME:Leopold Varga}} and SW {{NAME:Ines}} met with pt. OT {{NAME:Ramsey}} to eval.`,

  // 6. False positives: eponym scores, fractions, codes, images, credentials.
  `Hoehn and Yahr stage 2. Tyrer-Cuzick 14%. Glasgow-Blatchford 6. Forrest IIb ulcer. Marsh 3a. Bruce protocol 9 min. Nottingham grade 2. Ottawa ankle rules negative.`,
  `Vision 6/9 OU. Symptoms 4/7 weeks. t1/2 of drug 6 h. D5 1/2NS at 75. Amox 500x14 days. Call 1-800-QUIT-NOW. CPAP E0601, walker E0143. See image 41 of series 3.`,
  `Seen with {{NAME:Marisa Dunleavy}}, LMSW and {{NAME:Farhan Qureshi}}, ARNP. Pharmacy: {{NAME:Olu Adeyemi}}, PharmD.`,
  `Assessment
{{FACILITY:Juniper Ridge Medical Center}}
Plan
Follow up with Dr. {{NAME:Santangelo}}.`,
];

export const TUNING_4_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune4-hand-${i + 1}`, n));
