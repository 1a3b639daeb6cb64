// A small second test set: hand-written, realistic and messy notes (all invented, synthetic).
// PHI is marked inline as {{TYPE:text}}; `parseMarked` turns the markup into text and spans.
// These notes were written once and not used to tune the engine until issue 6, which made them a
// development set (a new held-out set is heldout-realistic.ts). Titles ("Dr.", "Mrs.") were moved
// out of the NAME spans in issue 6 to follow the README's annotation guideline.
import type { PhiSpan, PhiType } from '../../src/modules/deid/deid.types';

export interface MarkedNote {
  id: string;
  text: string;
  spans: PhiSpan[];
}

/** `{{NAME:Ann Roe}} seen` → text "Ann Roe seen" with a NAME span over "Ann Roe". */
export function parseMarked(id: string, marked: string): MarkedNote {
  let text = '';
  const spans: PhiSpan[] = [];
  let at = 0;
  for (const m of marked.matchAll(/\{\{([A-Z_]+):([\s\S]*?)\}\}/g)) {
    text += marked.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as PhiType });
    text += m[2];
    at = m.index! + m[0].length;
  }
  text += marked.slice(at);
  return { id, text, spans };
}

const NOTES = [
  `ED triage {{DATE:2/11/19 0342}}
{{AGE:93}} yo F BIBA from {{FACILITY:Sunrise of Ridgewood}} assisted living w/ AMS. per EMS pt found on floor by aide. Hx afib on eliquis, CHF (EF 30%), CKD3. Son {{NAME:Raymond}} ({{PHONE:201-555-0148}}) is HCP, en route from {{LOCATION:Paramus}}. PCP Dr {{NAME:Feldstein}}. Allergies: PCN (rash), sulfa.`,

  `Progress Note - Hospital Day 3
S: Pt states she "feels like a truck hit me." Slept poorly. Daughter {{NAME:Keisha}} at bedside asking about d/c plan, wants her mom to go to rehab at {{FACILITY:Hebrew SeniorLife}} rather than home.
O: T 100.4 HR 104 BP 98/60 RR 22 SpO2 91% 4L
Lungs: crackles R base. 1+ pitting edema BLE.
Labs {{DATE:3/14}}: WBC 14.2 (from 11.8), lactate 2.1, procal 0.8
A/P: {{AGE:91}}F w/ HCAP, worsening. Broaden to vanc/zosyn. Repeat lactate. Discussed w/ Dr. {{NAME:Oyelaran-Whitfield}} (ID) who agrees. Goals of care conversation w/ family planned for tomorrow {{DATE:3/15}} at 2pm.
-- {{NAME:J. Kowalczyk}}, MD PGY2 pager {{PHONE:3-4471}}`,

  `RADIOLOGY REPORT
PATIENT: {{NAME:OKONKWO, CHIDINMA A}}    MRN: {{MRN:004418273}}    DOB: {{DATE:07/22/1958}}
EXAM: CT ABD/PELVIS W CONTRAST    DATE OF SERVICE: {{DATE:04/02/2023}}
ACC#: {{ID:CT-2023-0088412}}
REFERRING: {{NAME:PATEL, NIRAV}} MD
COMPARISON: CT {{DATE:11/19/2021}} from {{FACILITY:Valley Presbyterian}}.
FINDINGS: 2.3 cm hypodense lesion seg 7 liver, previously 1.9 cm. No free fluid. Diverticulosis w/o diverticulitis.
IMPRESSION: Enlarging hepatic lesion, recommend MRI liver protocol.
Dictated by: {{NAME:Harriet M. Lindqvist}}, MD  {{DATE:04/02/2023 16:41}}`,

  `Social work note. Met w/ pt and wife {{NAME:Dolores}} in room 4117. Pt is a retired longshoreman, lives w/ wife in 2nd floor walkup at
{{ADDRESS:88 Ferncliff Rd Apt 2}}
{{LOCATION:Quincy}}, MA {{ZIP:02169}}.
Wife does not drive; their neighbor {{NAME:Tommy Basile}} helps w/ groceries. Pt has MassHealth ({{HEALTH_PLAN:100234987654}}). Referred to {{FACILITY:South Shore Elder Services}} for home eval. Wife's cell {{PHONE:(617) 555-0193}}, email {{EMAIL:dolores.mcg@example.net}}.`,

  `Cardiology consult
Reason: NSTEMI
HPI: Mr. {{NAME:Abernathy}} is a 67-year-old man with DM2, HTN, HLD who presented to {{FACILITY:Lakeshore General}} with 2 days of exertional chest pressure. Trop 0.12 -> 0.45. ECG w/ TWI V4-6. He was transferred here {{DATE:Sunday 6/4}}. Family hx: father CABG at 55, brother {{NAME:Lyle}} had MI at 49. Smoked 1 ppd x 30 yrs, quit {{DATE:March 2015}}. Drives a truck for a living, CDL # {{LICENSE:S530-7761-2290}}.
Plan: heparin gtt, ASA 81, atorva 80, metoprolol 25 bid. Cath in AM w/ Dr. {{NAME:Nakagawa}}. Will discuss with pt's partner {{NAME:Gene}} who is at work until 5.`,

  `Pt called re: refill. Identity verified w/ DOB ({{DATE:5/30/41}}) and last 4 SSN ({{SSN:xxx-xx-6621}}). Requests lisinopril 20 mg #90 to CVS on {{ADDRESS:1420 Beacon St}}. Last BP check in clinic {{DATE:Jan 9}} was 148/92. Will route to Dr. {{NAME:Gutierrez}} for approval. Pt aware may take 48h. Call back # {{PHONE:617.555.0172}} ext {{PHONE:22}}. - {{NAME:mk}}`,

  `DISCHARGE INSTRUCTIONS
Name: {{NAME:Anh Thu Pham}}          Date: {{DATE:12-Aug-2022}}
You were admitted for a COPD flare. Continue prednisone 40 mg daily x 3 more days, then stop.
Follow up with your lung doctor, Dr. {{NAME:Maria Elena Castillo-Reyes}}, at {{FACILITY:Bayview Pulmonary Associates}} on {{DATE:August 19th}} at 9:30am. Their number is {{PHONE:(415) 555-0111}}.
Portal: {{URL:https://mychart.bayviewhealth.example.org}}
Questions? Call the nurse line {{PHONE:1-800-555-0199}}.`,

  `Neuro ICU night note {{DATE:10/3-10/4}}
{{AGE:96}} y.o. M s/p fall w/ SDH, GCS 13 -> 11 at 0215. Repeat CTH stable. Na 131. Nimodipine not indicated. Family (grandson {{NAME:Devontae}}, {{PHONE:773 555 0157}}) updated by phone, wants full code for now. Pt lives alone in {{LOCATION:Cicero}}; neighbor Mrs. {{NAME:Wozniak}} checks on him. Ortho re: L hip - Parkinson's gait at baseline. Foley in place. Bell's palsy old. 5/5 RUE, 3/5 LUE.
{{NAME:A. Fitzgerald-Moore}} NP`,

  `ADDENDUM {{DATE:2021-09-17T14:05:00Z}}
Pathology from {{FACILITY:Northside Hospital}} ({{ID:NS21-44710}}) reviewed with Dr. {{NAME:Imani Brooks}}: invasive ductal carcinoma, ER+/PR+/HER2-, grade 2. Oncotype pending. Pt Ms. {{NAME:Sorensen}} informed by phone at {{PHONE:(770) 555-0135}}; her husband {{NAME:Erik}} was present. Device: port placed, serial {{DEVICE:PWR-8F-2219034}}. IP of telehealth session {{IP:10.24.118.7}} logged per policy.`,

  `Home health visit - {{DATE:Tues 11/7}}
Arrived 1015. Pt {{NAME:GLADYS FONTENOT}}, age {{AGE:101}}, alert, oriented x2. Lives w/ niece {{NAME:Renee}} at {{ADDRESS:411 Bayou Teche Rd}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}. Medicare # {{HEALTH_PLAN:4TE9-XK2-MM71}}. Wound on sacrum stage 2, 2x1.5 cm, cleaned, mepilex applied. Apgar-like scoring not applicable. Next visit {{DATE:11/9}}. Physician Dr. {{NAME:Thibodeaux}} notified of BP 160/88.`,
];

export const HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`hand-${i + 1}`, n));
