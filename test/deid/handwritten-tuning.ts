// Hand-written messy notes used FOR TUNING (synthetic, invented). The separate set in
// handwritten.ts is kept untouched for evaluation.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Pt seen in f/u. {{NAME:Gus}} is doing better, walking w/ cane. His wife {{NAME:Bernadette}} drove him in from {{LOCATION:Worcester}}. BP 138/82. Plan: cont lisinopril, f/u 3 mo w/ me. --{{NAME:RKP}}`,
  `PCP is Dr. {{NAME:Nguyen-Tran}} at {{FACILITY:Harbor Family Medicine}}. Pt has been followed by Dr {{NAME:Okafor}} (nephro) since {{DATE:2/2019}}. Last Cr 2.3 on {{DATE:1/14}}.`,
  `{{DATE:12/02/22 1430}} Called pt's daughter {{NAME:Trish}} (cell {{PHONE:508-555-0177}}) re: results. Left VM. Will try again tomorrow. {{NAME:K. Oduya}} RN`,
  `CC: "my sugar's been high"
HPI: Mrs. {{NAME:O'Connor-Hale}} is a 58 y/o woman w/ DM2 (A1c 9.4), HTN, obesity who presents for follow up. Her husband {{NAME:Bob}} says she has been eating out more since their move to {{LOCATION:Fall River}} in {{DATE:June}}. Denies polyuria. No hypoglycemia.`,
  `Admit {{DATE:3/22/2023}} -> d/c'd {{DATE:3/26/2023}}. Transferred from {{FACILITY:Mount Auburn Hospital}} for higher level of care. Dispo: home w/ VNA. F/u Dr. {{NAME:Lisa Marchetti}} {{DATE:4/3 @ 10:15}}.`,
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
Procedure: lap chole. Consent signed by pt, witnessed by {{NAME:N. Singh}} RN on {{DATE:9/1/2020 at 0610}}. Implant: none. Blood: T&S, 2u PRBC available.`,
  `Telephone encounter {{DATE:April 2nd}}. Caller: {{NAME:Grace Kim}} (patient's sister), {{PHONE:646-555-0111}}. States pt fell at home last night in {{LOCATION:Flushing}}, no LOC. Advised ED eval. Sister will bring pt to {{FACILITY:NewYork-Presbyterian Queens}}.`,
  `Dermatology: pt sent photos via portal ({{PHOTO:IMG_20230611_142233.jpg}}). Lesion on L forearm 6 mm, irregular border. Pt's email {{EMAIL:kevin.o.walsh@example.com}}. Biopsy scheduled {{DATE:6/20}} with Dr {{NAME:Lindgren}}.`,
  `Psych: pt is a 34M, lives w/ roommate {{NAME:Marcus}} in {{LOCATION:Jamaica Plain}}. Works at {{FACILITY:Whole Foods}}. Endorses SI w/o plan. Safety plan reviewed; crisis line given. Mother ({{NAME:Denise}}) is emergency contact: {{PHONE:857 555 0123}}.`,
  `Discharge meds reconciled w/ pharmacist {{NAME:Aisha Rahman}}, PharmD. Pt to follow up with PCP Dr. {{NAME:Goldstein}} in 1-2 weeks and with GI (Dr. {{NAME:Varga}}) on {{DATE:11/28 at 2:30 PM}} at {{FACILITY:Beth Israel Deaconess}}.`,

  // Added in issue 6: shapes of real corpora (different strings from heldout-realistic.ts).
  `Admission Date: [**{{DATE:2171-11-02}}**]   Discharge Date: [**{{DATE:2171-11-09}}**]
Service: SURGERY
Attending:{{NAME:Harlan Whitcombe}}
Pt seen by Dr. {{NAME:MORIARTY, KEVIN}} in the ED {{DATE:11/2/71 2210}}. Brother {{NAME:Seamus}} and sister-in-law {{NAME:Aoife}} at bedside. Transferred to {{FACILITY:Blake 7}} after OR. Expect d/c POD#4.`,
  `PT IS A {{AGE:NINETY-THREE}} YEAR OLD WIDOWER FROM {{FACILITY:ROSEWOOD GARDENS ASSISTED LIVING}} W/ FALL. SON {{NAME:HOWARD}} AT BS. DTR {{NAME:PAULETTE}} CALLED FROM {{LOCATION:SCRANTON}}. PLAN D/W DR. {{NAME:KESSLER}} -> ADMIT TO TELE.
{{NAME:DEBORAH}}`,
  `{{FACILITY:Lakewood Orthopedic Associates}} | {{ADDRESS:310 Chestnut Hill Road, Building B}}
{{LOCATION:Newton}}, MA {{ZIP:02467}} | Ph {{PHONE:617.555.0122 x104}}
{{DATE:Feb 2nd}}
Re: {{NAME:Calloway, R.}} - f/u L ankle ORIF. Seen by {{NAME:R. Tennant}} (PA) and me. Healing well. PT at {{FACILITY:Ridgeview Sports Medicine}} 2x/wk.
{{NAME:Otto Vandermeer}}, MD
{{NAME:OV}}/{{NAME:lp}}`,
  `Children: {{NAME:Esther}} (lives in {{LOCATION:Akron}}), {{NAME:Samuel}} (deceased), and {{NAME:Naomi}} (nurse, visits daily). Pt's daughter-in-law {{NAME:Corinna}} manages meds. Per {{NAME:Naomi}}'s report pt stopped eating {{DATE:2nd of March}}.`,
  `Tele: pt seen {{DATE:Wednesday 5/8}} w/ palpitations; prior Holter at {{FACILITY:Yale New Haven}}. Cardiologist Dr. {{NAME:Aguillard}}'s office faxed notes ({{FAX:203 555 0107}}). Also followed at {{FACILITY:Hartford General}}. Fall 2018 ablation. Pager {{PHONE:71204}}.`,
  `NEWBORN: born {{DATE:02-14 at 2315}} to {{NAME:Yesenia Carrasco}}, 24 y/o G1. Apgars 7/9. Father {{NAME:Luis}}. Peds f/u at {{FACILITY:Sunnyside Pediatrics}}. Older sib attends {{FACILITY:Roosevelt Elementary School}}.`,
  `Officer {{NAME:Brannigan}} brought pt in from {{ADDRESS:Route 28}} near {{LOCATION:Hyannis}}. Pt lives on {{ADDRESS:Sagamore Street}}, 3rd floor. Wife {{NAME:Imelda}} called at {{PHONE:508-555-0150}}. Labs {{DATE:12/03/2019 0615}}. Seen prev at {{FACILITY:Johns Hopkins}} and {{FACILITY:Cedars-Sinai}}. Discussed w/ {{NAME:Ruiz, M.}}`,
  `A/P: {{AGE:92}}M w/ sepsis. Admit MICU. HCP niece {{NAME:Dolores Fairweather}}. Last seen by PCP in {{DATE:Oct}} and at {{FACILITY:Mount Sinai}} {{DATE:Aug 2019}}. Lives alone at {{ADDRESS:4 Juniper Way, Apt 2C}}
{{LOCATION:Yonkers}} NY.
-- {{NAME:Priyanka}}`,
  `Nursing progress note 0700-1900
Neuro: A&Ox3, MAE. Pain controlled w/ dilaudid PCA.
CV: NSR 80s, SBP 110-130s. K 3.6 repleted.
Social: wife {{NAME:Henrietta}} and son {{NAME:Lucius}} in to visit; both updated by Dr. {{NAME:Achebe}}. Pt is a retired electrician who worked for {{FACILITY:Con Edison}} x 30 yrs. Lives at {{FACILITY:Oak Hollow}} assisted living in {{LOCATION:Attleboro}}.
Plan: OOB to chair, IS q1h. Transfer to {{FACILITY:Ellison 11}} when bed available.
{{NAME:Marisa Quintanilla}}, RN`,
  `{{DATE:June 3, 2071}}
{{NAME:Beatrix Holloway}}, M.D.
{{FACILITY:Fernwood Family Health}}
{{ADDRESS:77 Orchard Street}}
{{LOCATION:Keene}}, NH {{ZIP:03431}}

RE: {{NAME:DELACROIX, THEO}}   MRN {{MRN:5521907}}

Dear {{NAME:Beatrix}}:
I had the pleasure of seeing {{NAME:Theo}} in the {{FACILITY:Dartmouth-Hitchcock}} neurology clinic on {{DATE:5/28}}. His seizures are better since the lamotrigine increase in {{DATE:Feb}}. He works as a line cook at {{FACILITY:Gilly's Diner}} and asks about driving; per NH law he may drive 3 months after his last seizure ({{DATE:4/2}}).
Best,
{{NAME:Ivo Marchetti}}, MD
{{NAME:IM}}/{{NAME:kt}}`,

  // Added for issue 6 generality: facilities named without a facility word, names as sentence
  // subjects or alone on a line, crew and typist initials, capitalized clinical abbreviations.
  `ED to ED transfer. Pt first evaluated at {{FACILITY:Cobble Ridge}} ED on {{DATE:8/30}} with chest pain, trop neg x2, sent home. Re-presented to {{FACILITY:Pemberton Valley}} ER {{DATE:9/1}} and was transferred here by ALS. Old records requested from the outside hospital ({{FACILITY:Harwick}}) and from {{FACILITY:St. Agatha}}. CXR clear. ALT 45, AST 38, LDH 240, CK 300.`,
  `SOCIAL: Pt has been homeless x 2 yrs, currently staying at {{FACILITY:Lantern House}} shelter on weeknights and with a friend on weekends. Previously worked at {{FACILITY:Brightwater Freight}} as a forklift operator. Case mgmt following. Sister {{NAME:Odalys}} visits. SBIRT done; AUDIT-C 6.`,
  `{{NAME:Thaddeus}} tolerated breakfast without difficulty. {{NAME:Brisco}} denies pain this AM. PEG site c/d/i, flushed. AICD interrogated by EP, no events. GCS 15. NIHSS 0. CURB-65 1. HEART score 3. CHA2DS2-VASc 4. PRBC x1 for Hgb 6.9. DON aware of fall risk. MAR reviewed. RSBI 58 on SBT. ABG 7.38/41/92 on HFNC.`,
  `Progress note
{{NAME:Marisol Quartey}}
{{MRN:00731882}}
Pt seen on rounds w/ team. Tolerating PO. Transfer to CVICU cancelled; remains on 5N. TLC removed, PICC placed by IV team. Plan per MICU team.`,
  `RUN SHEET Unit 14  Disp {{DATE:10/21/2022 0312}}
Called to residence for fall. Pt found supine. GCS 14. BGL 112. C-collar, LSB. Transported to ED without incident.
Crew: {{NAME:D. Faulk}} EMT-P / {{NAME:R. Ng}} EMT-B
Receiving RN: {{NAME:Schaefer}}`,
  `Dear Dr. {{NAME:Ellery}},
Thank you for referring your patient for evaluation of CKD stage 3b. eGFR 38, UACR 410. Started SGLT2i. Will see again in 3 months.
Sincerely,
{{NAME:Gwendolyn Ashcroft}}, MD
{{NAME:GA}}:{{NAME:tw}}`,
  `Discharge summary addendum. Pt to follow with Dr. {{NAME:Imrie}} in HF clinic; TTE showed EF 30%. BNP 1450. NT-proBNP pending. TSH nl. LFTs nl. PTT 32. ESR 40, CRP 12. Hold ACEi given AKI; resume when Cr < 1.5. IVC filter not indicated.
{{NAME:TM}}/{{NAME:rs}}`,
  `TRANSFER FORM
Referring facility: {{FACILITY:Ostrander Valley}}
Receiving hospital: {{FACILITY:Tarrant Bend}}
Employer: {{FACILITY:Fenwick Tool & Die}}
Pt is a machinist at {{FACILITY:Quarry Hill Castings}}; she volunteers at the {{FACILITY:Belmar}} food pantry. Sent from {{FACILITY:Haddon Heights Dialysis}} after a fall in the chair. Prior films at {{FACILITY:Bexley Imaging}}. GU:wnl. EXT:wwp.`,
  `PCR {{DATE:1/19/2023}} Medic 7. Crew: {{NAME:Abernathy}}/{{NAME:Ng}}. Pt c/o SOB, SpO2 84% RA -> NRB. ALS intercept. Report to charge RN {{NAME:Colleen}} at {{FACILITY:Stonebridge}} ER.`,
];

export const TUNING_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune-hand-${i + 1}`, n));
