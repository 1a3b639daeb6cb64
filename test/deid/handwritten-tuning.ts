// Hand-written messy notes used FOR TUNING (synthetic, invented). The separate set in
// handwritten.ts is kept untouched for evaluation.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Pt seen in f/u. {{NAME:Gus}} is doing better, walking w/ cane. His wife {{NAME:Bernadette}} drove him in from {{LOCATION:Worcester}}. BP 138/82. Plan: cont lisinopril, f/u 3 mo w/ me. --{{NAME:RKP}}`,
  `PCP is Dr. {{NAME:Nguyen-Tran}} at {{FACILITY:Harbor Family Medicine}}. Pt has been followed by Dr {{NAME:Okafor}} (nephro) since {{DATE:2/2019}}. Last Cr 2.3 on {{DATE:1/14}}.`,
  `{{DATE:12/02/22}} 1430 Called pt's daughter {{NAME:Trish}} (cell {{PHONE:508-555-0177}}) re: results. Left VM. Will try again tomorrow. {{NAME:K. Oduya}} RN`,
  `CC: "my sugar's been high"
HPI: Mrs. {{NAME:O'Connor-Hale}} is a 58 y/o woman w/ DM2 (A1c 9.4), HTN, obesity who presents for follow up. Her husband {{NAME:Bob}} says she has been eating out more since their move to {{LOCATION:Fall River}} in {{DATE:June}}. Denies polyuria. No hypoglycemia.`,
  `Admit {{DATE:3/22/2023}} -> d/c'd {{DATE:3/26/2023}}. Transferred from {{FACILITY:Mount Auburn Hospital}} for higher level of care. Dispo: home w/ VNA. F/u Dr. {{NAME:Lisa Marchetti}} {{DATE:4/3}} @ 10:15.`,
  `ID: {{NAME:WASHINGTON, DESHAWN}}  DOB: {{DATE:11-02-1987}}  MRN# {{MRN:7734521}}
Seen in ED {{DATE:09/09/2021}} after MVC. Driver, restrained. Car: 2014 Honda Civic, plate {{VEHICLE:8KLM442}}. Mother {{NAME:Loretta Washington}} notified at {{PHONE:(312)555-0162}}.`,
  `Pt is a {{AGE:94}}yo woman from {{FACILITY:Brookhaven Manor}} (SNF) w/ dementia, here w/ fever. Per SNF RN {{NAME:Gloria}}, pt was at baseline until yesterday. HCP = niece {{NAME:Antoinette Russo}} {{PHONE:401-555-0120}}.`,
  `Spoke with {{NAME:Jim Kowalski}} (son, POA) who confirms DNR/DNI. He lives in {{LOCATION:Tucson}} and will fly in {{DATE:Friday 5/12}}. Chaplain Fr. {{NAME:Michael}} visited.`,
  `Ortho f/u. Ms. {{NAME:Delacroix}} s/p R TKA {{DATE:08/14}}. ROM 0-105. Incision c/d/i. Ambulating w/o AD. PT 2x/wk at {{FACILITY:Spaulding Rehab}}. RTC 6 wks. {{NAME:M. Goldberg}}, PA-C`,
  `Letter
{{DATE:October 3, 2022}}
To whom it may concern,
Mr. {{NAME:Ravi Shankar Iyer}} (DOB {{DATE:4/17/1961}}) has been under my care since 2015. He may return to work on {{DATE:10/10/22}} without restrictions.
{{NAME:Elizabeth Haddad}}, MD
{{FACILITY:Cedar Grove Internal Medicine}}, {{ADDRESS:45 Pleasant St, Suite 200}}, {{LOCATION:Cedar Grove}}, NJ {{ZIP:07009}}`,
  `Tele event 0412: 8 beat run NSVT, pt asymptomatic. K 3.4 -> repleted. Mg 1.7 -> repleted. D/w cards fellow Dr. {{NAME:Abernathy-Lowe}}. Continue tele.`,
  `Pt {{NAME:Zhang Wei}} ({{MRN:A2298811}}), {{AGE:91}} M, from {{FACILITY:Golden Years ALF}}. Interpreter (Mandarin) {{NAME:Helen}} #{{ID:44718}} used for entire encounter. Grandson {{NAME:Kevin Zhang}} present.`,
  `Present at family mtg: Dr. {{NAME:Patel}} (attending), {{NAME:Sarah}} (RN), {{NAME:Tom Becker}} (SW), pt's husband {{NAME:Joe}} and daughters {{NAME:Amy}} and {{NAME:Beth}}. Discussed goals of care. Family wants to continue current care through the weekend and reassess on {{DATE:Monday 7/17}}.`,
  `ED course: pt arrived by EMS from home ({{ADDRESS:1234 N. Main St., Apt. #5}}, {{LOCATION:Brockton}}). Brought by neighbor {{NAME:Lucia Alvarez}}. Pt states name is "{{NAME:Johnny}}". ID bracelet: {{NAME:JONATHAN REYES}}, DOB {{DATE:1/2/45}}.`,
  `Rx sent to CVS at {{ADDRESS:500 Washington St}}, {{LOCATION:Dedham}} ({{PHONE:781/555-0134}}). Prior auth # {{ID:PA-2023-118840}}. Insurance BCBS member {{HEALTH_PLAN:XYZ812334567}} group {{HEALTH_PLAN:0045521}}.`,
  `Cardiology clinic note {{DATE:2.3.2022}}
Referred by Dr. {{NAME:Chen}}. Prior echo at {{FACILITY:Mass General}} {{DATE:12/2021}}: EF 45%. Holter {{DATE:1/5-1/7}} showed PACs. Pt works at {{FACILITY:Logan Airport}} as a baggage handler. Pager for questions: {{PHONE:x4-5678}}.`,
  `Pt reports she was born in Haiti and moved to {{LOCATION:Mattapan}} in 1998. Speaks Haitian Creole; interpreter {{NAME:Jean-Baptiste}} (ID {{ID:20331}}) used. Son {{NAME:Wesley Pierre}} lives nearby on {{ADDRESS:Blue Hill Ave}}.`,
  `CSN: {{ACCOUNT:100488213390}}   Encounter #{{ACCOUNT:55812093}}
Provider NPI: {{LICENSE:1538291044}}   DEA: {{LICENSE:BK4410293}}
Pt: {{NAME:Hernandez-Vega, Maria Luisa}}   Sex: F   DOB: {{DATE:05/30/1949}}
Seen on the {{DATE:15th}} for wound check; next visit {{DATE:3rd of May}}.`,
  `Nursing: 0700 pt alert, c/o nausea. 0830 zofran 4 mg IV given. 1000 ambulated in hall w/ PT. Pt's wife {{NAME:Mei}} called x2 asking for update, gave update per pt permission. Call back {{PHONE:(617)555-0186}}.
{{NAME:D. Oyelowo}}, RN`,
  `PREOP NOTE
Surgeon: {{NAME:Kaplan}}   Assist: {{NAME:Ruiz}}   Anesthesia: Dr. {{NAME:F. Abubakar}}
Procedure: lap chole. Consent signed by pt, witnessed by {{NAME:N. Singh}} RN on {{DATE:9/1/2020}} at 0610. Implant: none. Blood: T&S, 2u PRBC available.`,
  `Telephone encounter {{DATE:April 2nd}}. Caller: {{NAME:Grace Kim}} (patient's sister), {{PHONE:646-555-0111}}. States pt fell at home last night in {{LOCATION:Flushing}}, no LOC. Advised ED eval. Sister will bring pt to {{FACILITY:NewYork-Presbyterian Queens}}.`,
  `Dermatology: pt sent photos via portal ({{PHOTO:IMG_20230611_142233.jpg}}). Lesion on L forearm 6 mm, irregular border. Pt's email {{EMAIL:kevin.o.walsh@example.com}}. Biopsy scheduled {{DATE:6/20}} with Dr {{NAME:Lindgren}}.`,
  `Psych: pt is a 34M, lives w/ roommate {{NAME:Marcus}} in {{LOCATION:Jamaica Plain}}. Works at {{FACILITY:Whole Foods}}. Endorses SI w/o plan. Safety plan reviewed; crisis line given. Mother ({{NAME:Denise}}) is emergency contact: {{PHONE:857 555 0123}}.`,
  `Discharge meds reconciled w/ pharmacist {{NAME:Aisha Rahman}}, PharmD. Pt to follow up with PCP Dr. {{NAME:Goldstein}} in 1-2 weeks and with GI (Dr. {{NAME:Varga}}) on {{DATE:11/28}} at 2:30 PM at {{FACILITY:Beth Israel Deaconess}}.`,
];

export const TUNING_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune-hand-${i + 1}`, n));
