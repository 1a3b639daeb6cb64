// Held-out set 64: hand-written, realistic synthetic notes from geriatrics and long-term care (all
// invented: no real person, record or number; phone numbers are 555 numbers; real towns, cities and
// streets appear only as places; institutions are invented). Shapes: SNF admission, readmission and
// monthly physician notes, MDS 3.0 sections (A, C-Q, Z), INTERACT SBAR and SNF-to-hospital transfer
// forms, bed-hold and Medicare non-coverage notices, fall, skin-tear, choking, elopement, lift-injury,
// med-error and resident-to-resident incident reports, QAPI minutes, wound rounds tables, assisted
// living service plans, residency agreements and med-tech logs, lower-case CNA shorthand, PT/OT/SLP,
// dietitian, dental, podiatry, psychiatry, pharmacist MRR, lab and portable x-ray reports, outbreak
// line lists, hospice election, recert, GIP, respite, crisis care, live discharge, chaplain and
// bereavement notes, POLST/OOH-DNR/directives, guardianship and POA letters, court and APS reports,
// grievances, family meetings, pronouncement, post-mortem release, ME/coroner and donor calls,
// death-certificate, cremation and funeral-home forms, EMS, portal, e-mail, voicemail, fax cover and
// a MIMIC-style [** **] discharge summary.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only.
// Annotation follows the README guideline and the conventions in the header of
// heldout-realistic-6.ts. Decisions for shapes the guideline does not name:
// - Titles and honorifics (Dr., Mrs., Fr., Rev., Rabbi, Imam, Chef, mr/ms in shorthand) and
//   credentials stay outside NAME; a nickname written inside a name ("Pruitt, Lorraine "Dot"") is
//   part of that span, a nickname alone is NAME, initials are NAME, kinship words (Abba) are not.
// - Ages 90 and over are AGE (digits only); 89 and under are left unmarked.
// - A day and month without a year (3/19, Dec 6), a month with a year (June 2019, 6/2024) and a
//   date range written as one token (9/12-9/16) are one DATE each; a clock time right after a date
//   (also after "at" or a comma) is inside the span; a shift range after a date (1400-1500) and a
//   time on its own (TOD 0311, at 0245) are not PHI.
// - Named halls, houses and units (Larkspur Hall, Hilltop House), short forms of a facility name
//   (Rosewood, Fenwick House), funeral homes, cemeteries, churches and temples, law firms, courts,
//   ME and coroner offices, police, fire and EMS agencies named by place, banks, interpreter
//   agencies and employers are FACILITY; a county on its own is LOCATION; "2 West", "East 12",
//   rooms, beds and apartment numbers are not PHI.
// - A rural box (HC 49 Box 112) and an intersection are ADDRESS; a highway name alone is not.
// - A masked SSN's last four digits are SSN. VA ICN is MRN; LTC-insurance and Medicaid/Medicare
//   numbers are HEALTH_PLAN; claim, pre-need contract, trust, bank and billing accounts are ACCOUNT.
// - Notary commissions, attorney registrations, funeral-director and EMT licences and any NPI
//   (facility NPI too) are LICENSE; court, ME/coroner, police, APS, permit, POLST form, OOH-DNR
//   bracelet, incident, grievance, intake, badge, interpreter, wound-record, asset-tag, PO and
//   ticket numbers are ID; WanderGuard, hearing-aid, pacemaker/ICD, bed, mattress and concentrator
//   serials are DEVICE (the make and model stay outside); a plate's state stays outside VEHICLE.
// - Payers (Medicare, Genworth, Anthem), QIO, CDC, CMS, state agencies, unit numbers (Medic 12)
//   and cheque numbers are not PHI.
// First run (token recall / precision, before anyone read the misses): pass-14 final engine
// (34e6a79; the pass-15 speed changes leave its output the same) 0.9654 / 0.9537; pass-15 final engine
// (6bfffbb) 0.9654 / 0.9537. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine; it reported no slips left unfixed.
// The author noted that "Lake Erie Medical Center", "St. Hedwig Parish" and "Lodi Buddhist Temple"
// may be real names (marked FACILITY).
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ADMISSION NURSING NOTE -- SKILLED
Facility: {{FACILITY:Briarwood Health & Rehabilitation Center}}   Unit: {{FACILITY:Larkspur Hall}} Rm 118-A
Resident: {{NAME:HOLLOWAY, MARGARET A}}   DOB: {{DATE:02/17/1931}}   Age: {{AGE:93}}
Resident #: {{MRN:BW-220487}}   MBI: {{HEALTH_PLAN:4TR7-KD2-MX81}}
Arrived {{DATE:03/11/2024 15:40}} by stretcher via {{FACILITY:Keystone Medical Transport}} from {{FACILITY:Lakeshore General Hospital}}, s/p L hip hemiarthroplasty POD#4. Hosp acct {{ACCOUNT:70021938845}}.
A&O x2 (self, place). BIMS 9/15. HOH L ear, wears R hearing aid. VS 136/72, HR 84 irreg, RR 18, T 97.9, SpO2 94% RA. Wt 118 lb. Braden 14, Morse 65 - HIGH fall risk. Foley removed at hospital, voiding qs. Incision L hip w/ Aquacel, dry/intact, staples out {{DATE:3/19}}.
Skin: stage 2 coccyx 1.2 x 0.8 cm, pink base. Bilat heels boggy, offloaded w/ Prevalon boots.
Code status: DNR/DNI per POLST signed {{DATE:01/05/2023}}. HCPOA is son {{NAME:Douglas Holloway}} ({{PHONE:555-0142}}), aware of arrival. 2nd contact niece {{NAME:Patrice Odom}} {{PHONE:(312) 555-0187}}.
Attending Dr. {{NAME:Ruiz-Calderon}} notified, orders rec'd & verified x2 w/ {{NAME:J. Szymanski}}, RN. PT/OT eval in AM. Low bed, floor mats, bed alarm on.
{{NAME:T. Adebayo}}, RN`,

  `MDS 3.0 -- QUARTERLY (A0310A = 02)   ARD: {{DATE:2024-04-09}}
Resident: {{NAME:Tadeusz Wroblewski}}   Resident ID {{MRN:0048813}}   Medicaid ID: {{HEALTH_PLAN:7730419921}} (PA)
Facility: {{FACILITY:Cedar Knoll Nursing & Rehab}}
Section C - BIMS: C0500 = 11 (moderately impaired)
Section D - PHQ-9 OV: D0300 = 04
Section GG - GG0130A eating 04, GG0170C lying to sitting 03, toileting hygiene 02
Section H - H0300 urinary continence: 2 (frequently incontinent)
Section J - J1800 any falls since prior assmt: 1; J1900C falls w/ major injury: 0. Fall {{DATE:02/28/2024}} - see incident {{ID:IR-24-0117}}.
Section M - M0300B1 stage 2 = 0; M0300C1 stage 3 = 1 (R ischial)
Section N - N0415: antipsychotic 0, anticoagulant 7 (apixaban 2.5 mg BID), diuretic 7
Section O - O0250 influenza vaccine received {{DATE:10/12/2023}}; pneumococcal UTD
Section Q - Q0500B return to community: not asked, resident declined
Z0400 signatures:
  {{NAME:Rosemary Vukovich}}, RN, RAC-CT   MDS Coordinator   A, C-J, M-Q   {{DATE:04/11/2024}}
  {{NAME:Jamal Whitfield}}, LSW            D, Q              {{DATE:04/10/2024}}
  {{NAME:K. Hanrahan}}, RD                 K                 {{DATE:04/10/2024}}
Z0500B RN assessment coordinator attests completion: {{DATE:04/12/2024}}`,

  `INCIDENT / ACCIDENT REPORT          Report No. {{ID:IA-2024-0392}}
Facility: {{FACILITY:The Willows at Shady Grove}} (assisted living)   Apt 217
Resident: {{NAME:Pruitt, Lorraine "Dot"}}   DOB {{DATE:9-3-1933}}
Date/time of occurrence: {{DATE:05/22/2024 02:15}} (approx)   Discovered: {{DATE:05/22/2024 02:30}}
Type: [X] Fall  [ ] Skin tear  [ ] Elopement  [ ] Med error  [ ] Altercation
Location: resident bathroom; found seated on floor next to toilet, back against tub.
Witnessed: NO. Resident states "I was going to the commode and my legs went out." Denies hitting head. ASA 81 mg only, no anticoagulant.
Assessment by {{NAME:Graciela Montes}}, LPN: ROM WNL x4, no shortening/rotation, abrasion R elbow 2 x 1 cm, cleansed, Band-Aid. Neuro checks q15 x4, q30 x4, q1h x4 - WNL.
Call light in reach? Y   Footwear: barefoot   Bed alarm: N/A
Notified: Dr. {{NAME:Pellegrino}} via answering svc {{PHONE:555-0110}} at 0245, no new orders; daughter {{NAME:Becky Pruitt-Lamont}} at 0700 ({{PHONE:614-555-0133}}).
Root cause (initial): nocturia/urgency, night light off. Interventions: motion-sensor night light, bedside commode, toileting round 0200.
Completed by: {{NAME:G. Montes}} LPN   Reviewed: {{NAME:Anita Sorensen}}, RN, Wellness Director {{DATE:5/22/24}}`,

  `WEEKLY WOUND ROUNDS -- {{FACILITY:Maple Terrace Care Center}} -- {{DATE:Thursday 6/13/2024}}
Team: {{NAME:Delphine Arceneaux}}, RN, CWCN; Dr. {{NAME:Saul Birnbaum}} (podiatry); {{NAME:Nhung Tran}}, RD

Rm    Resident              Site          Type/Stage   L x W x D (cm)    Trend      Tx
204A  {{NAME:Boudreaux, C.}}         sacrum        Stage 4      5.1 x 4.0 x 1.8   improving  NPWT 125 mmHg, chg M/W/F
204A                        R heel        DTI          3.0 x 2.6         stable     skin prep BID, offload
211B  {{NAME:Lindqvist, G}}          L lat mall.   arterial     1.4 x 1.1 x 0.2   declining  ABI 0.52 -> vasc
215   {{NAME:Papadakis, Eleni}}      coccyx        Stage 2      0.6 x 0.5         healing    hydrocolloid q3d
222   {{NAME:OKONKWO-BAPTISTE R}}    R shin        skin tear    Payne-Martin II   new        steri-strips, Xeroform

{{NAME:Boudreaux}}: albumin 2.9, prealbumin 11 - add Juven BID. Photos uploaded, wound record {{ID:WND-55102}}.
{{NAME:Lindqvist}}: vasc consult w/ Dr. {{NAME:Adeyemi}}, {{FACILITY:Riverbend Vascular Associates}}, {{DATE:6/20 1030}}; transport booked.
Next rounds {{DATE:6/20/24}}. -{{NAME:DA}}`,

  `HOSPICE ADMISSION / ELECTION OF BENEFIT
Agency: {{FACILITY:Golden Meadow Hospice}}   Branch: {{LOCATION:Muncie}}, IN
Patient: {{NAME:Clarence J. Boudreaux}}   Age {{AGE:91}}   MR# {{MRN:GMH-31178}}
Place of service: {{FACILITY:Maple Terrace Care Center}}, Rm 204A (NF resident, R&B via Medicaid)
Election date: {{DATE:July 2, 2024}}   Benefit period 1 (90 days) through {{DATE:09/29/2024}}
Terminal dx: Alzheimer's disease, late onset (G30.1) - FAST 7c, PPS 30%. Related: stage 4 sacral pressure injury, dysphagia, wt loss 14% in 6 mo, albumin 2.6. Unrelated: BPH.
Attending of record: Dr. {{NAME:Fumiko Hayashi}}, NPI {{LICENSE:1093847562}}
Certifying hospice physician: Dr. {{NAME:Owen Pritchard}}
Election statement signed by {{NAME:Yvette Boudreaux-Saucier}} (daughter, HCPOA) {{DATE:7/2/2024 11:05}}. Pt unable to sign - nonverbal.
Code: DNR; out-of-hospital DNR bracelet on.
Plan: RN 2x/wk, HHA 3x/wk for bathing, SW and chaplain within 5 days, volunteer offered. Comfort kit (morphine 20 mg/mL, lorazepam 2 mg/mL, haloperidol 2 mg/mL, atropine 1% gtts) delivered by {{FACILITY:CareRx Hospice Pharmacy}}.
Admitting RN: {{NAME:Brandi Keel}}, RN   cell {{PHONE:765-555-0158}}`,

  `{{FACILITY:Golden Meadow Hospice}} - Bereavement Program
{{ADDRESS:2210 W. Jackson St, Suite 4}}
{{LOCATION:Muncie}}, IN {{ZIP:47303}}

{{DATE:November 14, 2024}}

Dear {{NAME:Yvette}},

It has been about two months since your father, {{NAME:Clarence}}, died on {{DATE:September 8}}. Many families tell us that the first weeks pass in a blur of arrangements and that the harder days come later, when the phone stops ringing. Whatever you are feeling is normal.

Enclosed is our booklet "The First Year." Our grief support group meets the second Tuesday of each month at 6:30 pm at {{FACILITY:Hope Lutheran Church}}, Fellowship Room B; no registration needed. Individual visits with a counselor are also available at no cost for 13 months.

I will call you before the holidays to see how you are doing. If you would like to talk sooner, my direct line is {{PHONE:765-555-0171}} or email {{EMAIL:mthornbury@goldenmeadowhospice.org}}.

With sympathy,

{{NAME:Martha Thornbury}}, MA
Bereavement Coordinator

cc: chart {{MRN:GMH-31178}} / bereavement risk: moderate (BRAT score 4)`,

  `{{FACILITY:KASPRZAK & DELACROIX, P.C.}}
Elder Law | Guardianship | Estate Planning
{{ADDRESS:410 Superior Ave E, Ste 1200}}, {{LOCATION:Cleveland}}, Ohio {{ZIP:44114}}
Tel {{PHONE:216-555-0129}}   Fax {{FAX:216-555-0130}}

{{DATE:April 3, 2024}}

VIA FAX AND EMAIL
Administrator, {{FACILITY:Euclid Creek Manor}}
Attn: {{NAME:Sharonda Mays}}, Social Services Director

Re: Guardianship of {{NAME:Wilhelmina R. Bosch}}, an incompetent adult
    {{FACILITY:Cuyahoga County Probate Court}} Case No. {{ID:2024 GRD 001742}}

Dear Ms. {{NAME:Mays}}:

This office represents {{NAME:Pieter Bosch}}, who was appointed guardian of the person and estate of his mother on {{DATE:March 28, 2024}}. A certified copy of the Letters of Guardianship is enclosed.

Effective immediately, decisions regarding Mrs. {{NAME:Bosch}}'s placement, medical treatment (other than emergency care) and finances must be directed to Mr. {{NAME:Bosch}} at {{PHONE:440-555-0164}}. The prior durable POA in favor of {{NAME:Gerrit Vandermeer}} is suspended.

Please update the face sheet and forward the resident trust account statement (acct {{ACCOUNT:RT-88410}}) to our office.

Very truly yours,
{{NAME:Helena Kasprzak}}, Esq.
Atty Reg. No. {{LICENSE:0071184}}
{{NAME:HK}}/{{NAME:dlm}}
Enc.`,

  `From: {{NAME:Rukhsana Qureshi}} <{{EMAIL:rukhsana.q.home@gmail.com}}>
Sent: {{DATE:Mon 8/19/2024 9:47 PM}}
To: Business Office <{{EMAIL:billing@pinecrestseniorliving.com}}>
Subject: RE: RE: POA paperwork for my father - Rm 32

Hi {{NAME:Lydia}},
attaching the durable power of attorney for Abba ({{NAME:Mohammad Iqbal Qureshi}}) again - the notarized one from {{DATE:June 2019}}, NOT the one from the lawyer in {{LOCATION:Lahore}}. Notary was {{NAME:Carla Benavides}}, commission # {{LICENSE:12884305}}. My brother {{NAME:Tariq}} is alternate agent but he lives in {{LOCATION:Dubai}} so pls call me first.
For the Medicaid app the county caseworker wants 5 yrs of bank statements, I uploaded them here: {{URL:https://familyportal.pinecrestseniorliving.com/docs/upload?res=30917}}  (application # {{ID:MA-2024-556120}})
Also please no flu shot until I talk to Dr. {{NAME:Haddad}}, he had a reaction in 2021.
Thanks,
{{NAME:Rukhsana}}
{{PHONE:(847) 555-0196}}

-----Original Message-----
From: {{NAME:Lydia Ferreira}}
Sent: {{DATE:Friday, August 16, 2024 3:12 PM}}
Subject: RE: POA paperwork for my father - Rm 32
We still need all pages of the POA incl. the signature/notary page. Page 4 of 6 was missing. Thank you!
{{NAME:Lydia Ferreira}} | Business Office Manager | ext {{PHONE:2214}}`,

  `PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - transcribed to EHR
Patient Last Name: {{NAME:NGUYEN}}   First: {{NAME:TUYET}}   Middle: {{NAME:THI}}   DOB: {{DATE:11/30/1932}}
Address: {{ADDRESS:8841 Bolsa Ave #12}}, {{LOCATION:Westminster}} CA {{ZIP:92683}}
Form ID (upper right): {{ID:CA-POLST-0098231}}
A. CARDIOPULMONARY RESUSCITATION: [ ] Attempt  [X] Do Not Attempt (DNR)
B. MEDICAL INTERVENTIONS: [ ] Full  [X] Selective  [ ] Comfort-Focused
   Additional orders: "No intubation. OK IV fluids, antibiotics. Transfer to hospital only if cannot be treated here."
C. ARTIFICIAL NUTRITION: [ ] Long-term  [X] Trial period 7 days  [ ] None
D. Discussed with: [ ] Patient  [X] Legally recognized decisionmaker: {{NAME:Vo Van Hai}} (son) {{PHONE:714-555-0120}}
Signature of physician/NP/PA: {{NAME:Esperanza Villanueva}}, NP   Lic # {{LICENSE:95521}}   Date {{DATE:02/14/2024}}
Interpreter: Vietnamese, {{NAME:Kim-Loan Dao}} ({{FACILITY:LanguageLink Partners}}) interpreter ID {{ID:40772}}
Original (pink) on front of chart; copy to {{FACILITY:Garden Grove Family Medicine}}.
Verified by {{NAME:Ana Lucia Ortiz}}, RN {{DATE:2/15/24 0930}}`,

  `INTERDISCIPLINARY CARE CONFERENCE - FAMILY MEETING
Date: {{DATE:10/03/2024}} 1400-1500   2nd fl conference rm, {{FACILITY:Heritage Oaks Skilled Nursing}}
Resident: {{NAME:Kazuo Tanimura}} ({{AGE:96}} y.o.)   Rm 305
Present: daughter {{NAME:Naomi Tanimura-Ellis}} (HCPOA), son-in-law {{NAME:Rick Ellis}}, grandson {{NAME:Kenji}} (phone from {{LOCATION:Osaka}}); Dr. {{NAME:Lisette Aubert}}; {{NAME:Marcus Bell}}, SW; {{NAME:Joy Lacson}}, RN UM; {{NAME:Priya Raghunathan}}, RD.
Discussion: Mr. {{NAME:Tanimura}} has lost 11 lb in 2 months, eats 25-50% w/ 1:1 assist, 2 aspiration events. Hospitalized {{DATE:9/12-9/16}} for PNA. Dr. {{NAME:Aubert}} explained trajectory of advanced vascular dementia and that a feeding tube would not prolong life or prevent aspiration.
Family wishes: comfort, no more hospital transfers, wants "Oji-chan" to stay in his room with his music. Family asked for a visit from Rev. {{NAME:Shibata}} of {{FACILITY:Lodi Buddhist Temple}}.
Decisions: code status changed Full -> DNR/DNI; POLST updated to Comfort-Focused, signed today; hospice referral to {{FACILITY:Valley Oak Hospice}} - intake {{PHONE:209-555-0148}}.
Follow-up meeting in 2 wks or PRN.
Recorder: {{NAME:M. Bell}}, LCSW`,
  `SNF/NF TO HOSPITAL TRANSFER FORM
Sending facility: {{FACILITY:Sunnyside Gardens Nursing Home}}   Unit/Rm: East 12
Nurse station: {{PHONE:555-0139}}   Fax: {{FAX:555-0140}}
Receiving: {{FACILITY:St. Adalbert Memorial Hospital}} ED
Resident: {{NAME:Zofia Kaczmarek}}   DOB {{DATE:1934-07-21}}   Sex F   Lang: Polish (limited English)
Medicare # {{HEALTH_PLAN:7QW2-HN5-RT44}}   Supplement: {{HEALTH_PLAN:A882019347}}
Date/time of transfer: {{DATE:12/27/2024 21:10}}
Reason: acute change in mental status, T 101.6, HR 112, BP 94/58, SpO2 89% on 2L. ? urosepsis vs aspiration PNA.
Code status: FULL CODE   POLST: not on file
Contact: nephew/POA {{NAME:Marek Kaczmarek}} {{PHONE:773-555-0115}} - notified 2105, will meet pt at ED.
Baseline: oriented x1-2, RW 50 ft w/ SBA, feeds self, incontinent of urine at night.
Last doses: metoprolol tart 25 mg 2000, donepezil 10 mg 2000, apixaban 5 mg 2000 (ANTICOAGULANT).
Allergies: PCN (hives), sulfa.
Hearing aids x2 sent in labeled case. Upper denture. Rosary.
Sending nurse: {{NAME:Obinna Eze}}, RN   Report called to {{NAME:Jess}}, RN (ED) 2115.`,

  `POST-MORTEM CARE / RELEASE OF BODY
Resident: {{NAME:Ethel Mae Gatlin}}   Rm 9 bed 1   {{FACILITY:Magnolia Manor}}
Expired {{DATE:01/18/2025 04:52}}, pronounced by {{NAME:Ruth Ann Pickens}}, RN per facility policy.
Attending Dr. {{NAME:Vikram Sethi}} notified 0505 - will sign death certificate electronically.
Hospice: {{FACILITY:Piedmont Hospice Partners}} - RN {{NAME:Tasha}} notified 0458, arrived 0540.
Family: granddaughter {{NAME:LaToya Gatlin-Reese}} ({{PHONE:478-555-0183}}) notified 0510, at bedside 0615.
ME notification: not required (expected death under hospice, no fall or injury in 30 days).
Funeral home: {{FACILITY:Hargrove-Whitley Funeral Home}}, {{LOCATION:Macon}} - {{PHONE:478-555-0102}}, called 0655. Removal by {{NAME:Dwayne Whitley}} 0820, van plate {{VEHICLE:RBK4471}} (GA).
PM care done; ID tags x2 (toe, shroud). Dentures in place. Yellow band ring left on per family, noted on inventory.
Controlled meds: fentanyl 12 mcg/hr patch removed and wasted w/ {{NAME:K. Oyelaran}}, LPN; morphine 20 mg/mL 12 mL wasted, same witness.
Belongings released to {{NAME:LaToya Gatlin-Reese}}, signed {{DATE:1/18/25}}.
{{NAME:R. Pickens}} RN`,

  `Telephone Encounter - MEDICAL EXAMINER NOTIFICATION
Caller: {{NAME:Patricia Oduya}}, RN Supervisor, {{FACILITY:Alder Creek Post-Acute}}
To: {{FACILITY:King County Medical Examiner's Office}}, investigator {{NAME:B. Soltani}}, {{PHONE:206-555-0177}}
Call date/time: {{DATE:03/02/2025 07:26}}
Decedent: {{NAME:Gunnar E. Lindqvist}}, {{AGE:94}} y/o M, DOB {{DATE:10/09/1930}}
Pronounced 0618 by {{NAME:P. Oduya}}, RN; found unresponsive on 0600 rounds, last seen alive 0400 by CNA {{NAME:Marisol}}.
Pertinent hx: unwitnessed fall {{DATE:2/21/25}} with R intertrochanteric hip fx, nonoperative per family wishes; hospice ({{FACILITY:Cascadia Hospice}}) since {{DATE:2/24}}. Also PAD, CKD 3b, Parkinson disease.
Reason reported: death within 30 days of a fall with fracture.
ME response: jurisdiction DECLINED after review; OK to release to funeral home. ME case # {{ID:25-01173}}. Attending Dr. {{NAME:Hallstrom}} to certify, manner natural w/ hip fx as contributing.
Body released {{DATE:3/2/25 0955}} to {{FACILITY:Evergreen Rest Funeral Chapel}}, {{LOCATION:Renton}}.
Son {{NAME:Erik Lindqvist}} notified of ME decision 0810 ({{PHONE:425-555-0106}}).
Incident {{ID:AC-FALL-0221-3}} updated and closed.`,

  `ASSISTED LIVING - RESIDENT SERVICE PLAN (annual)
Community: {{FACILITY:Sagebrush Court Senior Living}}   {{ADDRESS:7200 E. Camelback Rd}}, {{LOCATION:Scottsdale}}, AZ {{ZIP:85251}}
Resident: {{NAME:Bernadette Thibodeaux}}   Apt 1412   Move-in {{DATE:08/01/2021}}   Plan date {{DATE:07/25/2024}}
Level of care: Personal Care Level 2 (was Level 1)
NEED                       SERVICE / WHO / FREQ
Bathing                    SBA shower Tue/Fri AM - caregiver
Dressing                   cueing, setup - AM/HS
Meds                       med tech administers all meds; pill packs from {{FACILITY:Desert Bloom Pharmacy}}
Mobility                   walker at all times; escort to dining room
Continence                 briefs at HS, check & change 0200
Cognition                  SLUMS 19/30; reminders for activities
Diet                       NAS, thin liquids
Preferences: Cajun music, Mass on Sundays (van to {{FACILITY:St. Bernadette Parish}}), calls from sister {{NAME:Marie-Claire}} in {{LOCATION:Lafayette}}, LA every evening.
Responsible party: nephew {{NAME:Andre Thibodeaux}}, {{PHONE:480-555-0191}}, {{EMAIL:andre.thib@outlook.com}}
PCP: Dr. {{NAME:Imelda Tolentino}}, {{FACILITY:Arcadia Senior Health}} {{PHONE:602-555-0126}}
Signatures: resident (X - her mark), {{NAME:A. Thibodeaux}}, {{NAME:Keisha Rowland}} (Resident Care Director) {{DATE:7/25/2024}}`,

  `SNF PROGRESS NOTE - monthly regulatory visit
Pt: {{NAME:Hamish MacAskill}}   {{AGE:97}}M   Rm 410   {{FACILITY:Pinecrest Senior Living}} - LTC
Date of service: {{DATE:09-Oct-2024}}

S: Seen at bedside; says he "feels grand, just tired." Staff report more daytime sleeping, intake ~50%, 1 episode of coughing with thin liquids. No falls. BM q2d. Daughter {{NAME:Fiona}} visited Sunday, concerned about wt.
O: BP 118/64  HR 68  RR 16  SpO2 95% RA  Wt 131.4 (was 137.0 on {{DATE:9/4}}). Frail, pleasant, oriented to self. Lungs: faint crackles R base. Abd soft. Trace BLE edema. Sacrum intact.
Labs {{DATE:10/7}}: Na 133, K 4.6, BUN 38, Cr 1.41 (baseline 1.2), Hgb 10.8, TSH 2.1.
A/P:
1. Wt loss/poor intake - likely dementia progression. SLP eval; change to mildly thick liquids if indicated. Mighty Shakes TID.
2. CKD 3b - hold lisinopril x3d, recheck BMP {{DATE:10/14}}.
3. Goals - call {{NAME:Fiona MacAskill}} ({{PHONE:503-555-0150}}) re: POLST review, hospice eligibility.
4. Chronic: Paget disease of bone, BPH on tamsulosin, OA.
{{NAME:Oluwaseun Bakare}}, MD  (attending)  dictated / {{NAME:lmt}}`,

  `CONSULTANT PHARMACIST - MEDICATION REGIMEN REVIEW
Facility: {{FACILITY:Euclid Creek Manor}}   Review month: {{DATE:May 2024}}
Resident: {{NAME:Bosch, Wilhelmina}}   Rm 22B   Attending: Dr. {{NAME:Greenbaum}}
Irregularities noted:
1) Quetiapine 25 mg HS since {{DATE:1/9/24}} for "sundowning" - no documented target behaviors x 60 days. CMS F758: recommend GDR to 12.5 mg HS with behavior monitoring, or d/c.
2) Omeprazole 40 mg daily > 8 wks without indication; recommend taper to 20 mg then stop. Last Mg 1.6.
3) Oxybutynin 5 mg BID - strongly anticholinergic (Beers); with donepezil 10 mg = opposing mechanisms. Suggest trial off or mirabegron 25 mg.
4) Vit D 25-OH 18 ng/mL on {{DATE:4/30/24}} - start cholecalciferol 2000 IU daily.
No drug-drug interaction with warfarin found; INR 2.4 on {{DATE:05/14/2024}}.
Note: guardian {{NAME:Pieter Bosch}} must consent to any psychotropic change (guardianship case {{ID:2024 GRD 001742}}).
Physician response: [X] Agree  [ ] Disagree ___   Signature: {{NAME:M. Greenbaum}} MD  {{DATE:5/21/24}}
Pharmacist: {{NAME:Chidi Nwachukwu}}, PharmD, BCGP  {{FACILITY:Lakeside LTC Pharmacy Services}}  {{PHONE:216-555-0112}}`,

  `DEATH PRONOUNCEMENT NOTE
{{DATE:12/02/2024 0317}}
Called to bedside by charge nurse {{NAME:Yesenia Galvan}}, LPN for resident {{NAME:Ingrid Sandvik}} ({{AGE:102}} y/o F, {{MRN:HO-77023}}) found without respirations.
Exam: unresponsive to verbal and tactile stimuli. No spontaneous respirations x 1 min. No heart sounds on auscultation x 1 min. No carotid pulse. Pupils fixed and dilated. 
Time of death: 0311.
DNR / comfort care per POLST on chart. Not under hospice. Expected death - decline over 3 wks with poor PO intake, Cheyne-Stokes resp noted on {{DATE:11/30}}.
ME not notified: no trauma, no fall, no suspicious circumstances; per county criteria not reportable.
Family: son {{NAME:Lars Sandvik}} ({{PHONE:320-555-0197}}) notified 0325 by this writer; daughter-in-law {{NAME:Kari}} will call {{FACILITY:Lundgren Family Funeral Service}}.
Pastor {{NAME:Ostrem}} from {{FACILITY:Bethany Lutheran Church}} requested - call placed.
Dr. {{NAME:Amundsen}} (attending) informed via secure msg.
{{NAME:Joanna Wierzbicki}}, RN, night supervisor, {{FACILITY:Hillcrest Oaks Care Center}}, {{LOCATION:St. Cloud}}`,

  `HEALTH CARE DIRECTIVE - summary for chart (original in legal envelope, bin 3)
Principal: {{NAME:Eleni Papadakis}}   DOB {{DATE:4 March 1929}}
Executed: {{DATE:17 Feb 2016}} at {{FACILITY:Manolis & Greer Law Offices}}, {{LOCATION:Tarpon Springs}}, FL
Witnesses: {{NAME:Dimitra Kouris}}; {{NAME:Paul R. Greer}}     Notary: {{NAME:S. Whitcomb}}, commission {{LICENSE:GG 203744}}, exp 2019
Health care surrogate: son {{NAME:Nikolaos "Nick" Papadakis}}, {{ADDRESS:55 Dodecanese Blvd}}, {{LOCATION:Tarpon Springs}} {{ZIP:34689}}; cell {{PHONE:727-555-0118}}
Alternate: daughter {{NAME:Athena Papadakis-Lowe}}, {{LOCATION:Athens}} (Greece) - {{PHONE:+30 21 0555 0149}}
Living will: if terminal condition, end-stage condition or persistent vegetative state, withhold/withdraw life-prolonging procedures; wants pain relief even if it hastens death; wants Greek Orthodox priest - Fr. {{NAME:Anastasios}}, {{FACILITY:St. Nicholas Cathedral}}.
Anatomical gift: NO.
Reviewed with resident {{DATE:06/02/2024}}: able to state surrogate's name, reaffirms wishes. BIMS 13.
{{NAME:Darnell Ives}}, LMSW, {{FACILITY:Maple Terrace Care Center}}`,

  `FAX COVER SHEET
{{FACILITY:Riverside Commons Rehabilitation & Nursing}}
{{ADDRESS:1800 Riverside Dr}}
{{LOCATION:Columbus}}, OH {{ZIP:43221}}
Phone {{PHONE:614-555-0161}}   Fax {{FAX:614-555-0162}}

DATE: {{DATE:02/06/2025}}     PAGES (incl cover): 7
TO: {{FACILITY:Buckeye Heart & Vascular}} - Dr. {{NAME:Anand Mehrotra}}
FAX: {{FAX:614-555-0104}}
FROM: {{NAME:Colleen Fitzgerald}}, RN, Unit Manager 2 North
RE: {{NAME:Demir, Yusuf}}   DOB {{DATE:07/14/1933}}

[X] Urgent  [ ] For review  [X] Please reply
Message: Resident transitioning to hospice ({{FACILITY:Ohio Valley Hospice}}). HCPOA {{NAME:Selin Demir}} requests ICD shock function deactivation. Device: Medtronic Evera XT DR, SN {{DEVICE:BWR402218H}}. Please fax order and arrange magnet/programmer visit. Attached: POLST, HCPOA, last interrogation {{DATE:11/19/24}}.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information... If received in error, call {{PHONE:614-555-0161}} and destroy all copies.
{{DATE:20250206 10:42}} FROM: {{FAX:6145550162}} TO: {{FAX:6145550104}} P.1/7`,

  `cna flowsheet/notes - nights - {{FACILITY:Rosewood Memory Care}} - hall B
{{DATE:3/15}}
rm 6 mrs {{NAME:lafleur}} - up x3 wandering, looking for "{{NAME:henri}}" (late husband), redirected w/ baby doll + warm milk, slept 0300. brief wet x2. skin ok. wanderguard on L ankle (#{{DEVICE:WG-30018}}) checked.
rm 7 mr {{NAME:tibbetts}} ("{{NAME:gene}}") - combative w/ brief change 2330, hit at {{NAME:keisha}}. reapproached 2350 w/ 2 staff ok. no injury either. nurse {{NAME:ramona}} aware.
rm 8 {{NAME:qvortrup}} - no BM x3d per log, told nurse. ate 1 graham cracker. fluids 240.
rm 9 empty (dc'd to hosp {{DATE:3/14}})
rm 10 mr {{NAME:vasilenko}} - sleeping all nite, turned q2h R/L/back. heels floated. 
rm 11 {{NAME:harold b.}} - up at 0400 "going to work at the mill", sat w/ him in dayroom, coffee decaf.
2 falls this wk on hall - bed alarms checked all rooms. #8 alarm low battery - told maint.
-{{NAME:tp}} cna / {{NAME:dw}} cna`,
  `ELOPEMENT / MISSING RESIDENT - EVENT NOTE
{{FACILITY:Rosewood Memory Care}} - Secured unit (Hall B)
Resident: {{NAME:Harold Brinkerhoff}}   {{AGE:90}} yo   Rm 11   WanderGuard # {{DEVICE:WG-30044}}
{{DATE:04/07/2025}}
1612 - CNA {{NAME:Tyrell Pope}} noted resident not in dayroom at snack pass. Code Silver (missing resident) called 1614; room-by-room search per protocol.
1619 - Door alarm log shows kitchen delivery door opened 1551 (vendor, {{FACILITY:Hoosier Fresh Foods}} driver) - door held open by cart.
1625 - {{FACILITY:Fort Wayne PD}} called (911); officer {{NAME:Dembele}} badge {{ID:1183}}. Photo and description (blue cardigan, brown slippers) given.
1648 - Resident found by maintenance tech {{NAME:Lou Ferraro}} at {{ADDRESS:Coldwater Rd & Dupont Rd}}, standing at bus shelter, "waiting for the 5 o'clock to the mill." Calm, cooperative.
1700 - Returned to unit. Head-to-toe: no injury, feet cool, slippers wet. T 97.1, BP 142/80. Neuro at baseline.
Notified: Dr. {{NAME:Castellanos}} 1705; son {{NAME:Dale Brinkerhoff}} 1710 ({{PHONE:260-555-0144}}); ED {{NAME:Renee Whitcombe}}, administrator; state survey agency self-report submitted, intake {{ID:IN-2025-118204}}.
Police report # {{ID:FWPD 25-041772}}.
Interventions: 1:1 x 72 h, door hold-open alarm repaired {{DATE:4/8}}, vendor deliveries moved to main entrance.
{{NAME:Sunita Rao}}, RN, Unit Manager`,

  `RESIDENT-TO-RESIDENT ALTERCATION - 5-DAY INVESTIGATION SUMMARY
Facility: {{FACILITY:Rosewood Memory Care}}   Initial report filed {{DATE:08/12/2024}} ({{ID:SR-0812-2}})
Residents: (A) {{NAME:Eugene "Gene" Tibbetts}}, Rm 7, BIMS 4 - aggressor
           (B) {{NAME:Abdirahman Farah}}, Rm 14, BIMS 12 - recipient
Event: {{DATE:8/11/24 1840}}, dining room. Per witness statements ({{NAME:Ama Owusu}} CNA, {{NAME:Bianca Ferreira-Dos Santos}} dietary aide) Mr. {{NAME:Tibbetts}} took a roll from Mr. {{NAME:Farah}}'s plate; when Mr. {{NAME:Farah}} objected, Mr. {{NAME:Tibbetts}} struck his L forearm with an open hand.
Injury: B - 2 cm reddened area L forearm, resolved by {{DATE:8/12}}; no bruising on f/u. A - none.
Interviews: Mr. {{NAME:Farah}} states he feels safe, "he is an old man who is confused." Son {{NAME:Hassan Farah}} informed {{DATE:8/11 1915}} and agrees with plan. Mr. {{NAME:Tibbetts}}'s guardian, {{NAME:Colette Marchetti}} of {{FACILITY:Trinity Guardianship Services}}, informed.
Root cause: unmet hunger need, seating arrangement, dementia w/ behavioral disturbance.
Actions: A moved to early-seating table w/ 1:1 cueing; finger foods between meals; psych NP consult ({{NAME:Ines Carvalho}}, PMHNP) {{DATE:8/14}}.
Conclusion: abuse NOT substantiated (no willful intent). Submitted {{DATE:8/16/2024}}.
{{NAME:Gloria Nakamura-Briggs}}, Administrator / Abuse Coordinator`,

  `HOSPICE IDG - RECERTIFICATION & FACE-TO-FACE ATTESTATION
{{FACILITY:Valley Oak Hospice}}   IDG date {{DATE:01/08/2025}}
Patient: {{NAME:Tanimura, Kazuo}}   MR {{MRN:VOH-004419}}   Benefit period 3 (60-day) begins {{DATE:01/12/2025}}
Location: {{FACILITY:Heritage Oaks Skilled Nursing}}, Rm 305
F2F encounter: {{DATE:1/6/2025}} by {{NAME:Rachel Imbriale}}, NP. Findings: FAST 7d (unable to sit up without support), PPS 20%, MAC L arm 19.5 cm (was 21 cm on {{DATE:10/10/24}}), wt 104 lb (was 117). Eats 3-5 bites, pockets food. Sleeps ~20 h/day. Stage 2 R ear pinna (pillow) - healing.
I attest that I had a face-to-face encounter with this patient and that the clinical findings were provided to the certifying physician for use in determining continued eligibility.
NP signature: {{NAME:R. Imbriale}}, APRN   NPI {{LICENSE:1538204917}}   {{DATE:1/6/25}}
Certification: Based on the above, the patient's prognosis is 6 months or less if the disease runs its normal course.
Hospice physician: {{NAME:Gabriel Osei-Bonsu}}, MD   {{DATE:01/08/2025}}
IDG members: {{NAME:T. Marsh}} RN CM; {{NAME:D. Cheung}} MSW; Chaplain {{NAME:Ray Villalobos}}; vol coord {{NAME:Hollis}}.`,

  `SPIRITUAL CARE NOTE - chaplain visit
Pt: {{NAME:Bertha Two Bulls}}   {{FACILITY:Prairie Wind Hospice}}, home visit   {{DATE:2/19/2025}}
Pt's home: {{ADDRESS:HC 49 Box 112}}, {{LOCATION:Kyle}}, SD {{ZIP:57752}}; directions on file (gravel road 3 mi past the water tower).
Present: pt, daughter {{NAME:Winona}}, grandson {{NAME:Cody Iron Cloud}}, niece.
Pt is Lakota, baptized Catholic, also follows traditional ways. Expressed wish that a medicine man, {{NAME:Leonard Yellow Hawk}}, be allowed to do a ceremony at home, and for sage and sweetgrass to be burned - daughter asks if this is safe with O2. Discussed: turn O2 concentrator off and remove cannula during smudging, open window; RN case manager {{NAME:Shelby Grant}} aware and agrees.
Pt also wants Fr. {{NAME:Joseph Krall}} of {{FACILITY:Our Lady of the Sioux Mission}} for anointing; I called the parish ({{PHONE:605-555-0135}}), visit set {{DATE:Fri 2/21}}.
Spiritual assessment (FICA): faith important, community strong, no expressed fear of dying; some worry about grandson's drinking.
Plan: chaplain visit q2wk and PRN; offered bereavement info to family.
{{NAME:Miriam Halvorsen-Tate}}, MDiv, BCC`,

  `SOCIAL SERVICES - DISCHARGE PLANNING NOTE
{{DATE:Wednesday, 11/20/2024}}
Resident: {{NAME:Anselm Gruber}}   Rm 208B   Admit {{DATE:10/30/24}} from {{FACILITY:Mercy Ridge Medical Center}} after CHF exacerbation. Medicare Part A day 22.
Plan: discharge home {{DATE:11/26/24}} to his apartment at {{ADDRESS:1147 N. Harlem Ave, Apt 3F}}, {{LOCATION:Oak Park}}, IL {{ZIP:60302}}. Lives alone; elevator building. Wife {{NAME:Hilde}} d. 2022.
Services arranged:
 - Home health: {{FACILITY:Prairie State Home Health}} (SN, PT, OT), SOC {{DATE:11/27}}; intake {{NAME:Dorota}} {{PHONE:708-555-0132}}
 - Meals on Wheels via {{FACILITY:Oak Park Township Senior Services}}, starting {{DATE:12/2}}
 - Scale + daily weights log; Lifeline pendant acct {{ACCOUNT:LL-4470091}}
 - DME: rolling walker, shower chair from {{FACILITY:Westside Medical Supply}}
 - f/u PCP Dr. {{NAME:Rafferty}} {{DATE:12/3 1100}}, cardiology Dr. {{NAME:Yeung}} {{DATE:12/10}}
Niece {{NAME:Brigitte Gruber-Haas}} ({{PHONE:312-555-0179}}) will stay first 3 nights. Resident verbalizes understanding, declines ALF tour at this time.
{{NAME:Kendra Obi}}, LSW`,

  `NOTICE OF MEDICARE NON-COVERAGE (CMS-10123) - delivery record
Patient name: {{NAME:Demetrius Halloway}}   Patient number: {{MRN:RC-610947}}
THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: {{DATE:03/14/2025}}
Provider: {{FACILITY:Riverside Commons Rehabilitation & Nursing}}
QIO: Livanta (phone on form) - appeal by noon of the day before the effective date
Delivered: {{DATE:03/12/2025 10:15}} in person to resident's representative {{NAME:Cheryl Halloway}} (wife), resident not capable per BIMS 6.
Rep verbalized understanding; declined to appeal at this time; signature obtained.
If representative delivery by phone: N/A
Therapy status: PT 5x/wk - goals met/plateau (ambulates 150 ft RW mod I; 6MWT 210 m); OT - LB dressing SBA.
Next: wife requests private-pay custodial stay until assisted living bed at {{FACILITY:Stonebridge Assisted Living}} opens {{DATE:4/1}}. Business office ({{NAME:Maggie Tran}}) to review rates; LTC insurance policy {{HEALTH_PLAN:GNW-7719302-A}} with Genworth - claim # {{ACCOUNT:C2503-11847}} opened.
Delivered by: {{NAME:Rolando Pacheco}}, MSW, Case Manager`,

  `{{FACILITY:Sunnyside Gardens Nursing Home}}
{{ADDRESS:3300 N. Milwaukee Ave}}
{{LOCATION:Chicago}}, IL {{ZIP:60641}}

BED-HOLD NOTICE (provided at time of transfer)

Date: {{DATE:12/27/2024}}
Resident: {{NAME:Zofia Kaczmarek}}      Room East 12
Representative: {{NAME:Marek Kaczmarek}}
{{ADDRESS:5918 W. Belmont Ave}}, {{LOCATION:Chicago}}, IL {{ZIP:60634}}

You are being transferred to {{FACILITY:St. Adalbert Memorial Hospital}}. Under the Illinois Medicaid program your bed will be held for up to 10 days. Your Medicaid recipient ID on file is {{HEALTH_PLAN:118 40 2297}}. If you are private pay, the daily rate of $312.00 applies to hold the bed.
If your hospital stay exceeds the bed-hold period you will be readmitted to the first available semi-private bed if you require the services provided here and are eligible for Medicaid.

[X] Notice given verbally by phone to representative {{DATE:12/27/24 2115}}
[X] Written notice mailed {{DATE:12/28/24}}

Questions: Admissions, {{NAME:Krystyna Nowicki}} {{PHONE:773-555-0116}}
{{NAME:KN}}/{{NAME:bp}}`,

  `PT EVALUATION - SNF Part A
{{FACILITY:Alder Creek Post-Acute}}   Pt: {{NAME:Chen Wei-Lin}}   DOB {{DATE:1938/05/02}}   Eval {{DATE:5/6/2025}}
Referral: s/p ORIF R distal radius + L pubic ramus fx after fall at home {{DATE:4/29/25}}; NWB RUE in cast, WBAT LLE. Treated at {{FACILITY:Puget Sound Regional Medical Center}}.
PLOF: independent in {{LOCATION:Bellevue}} condo, walked to {{FACILITY:Eastgate Senior Center}} daily with husband {{NAME:Ming}}, no device. Hobbies: tai chi, mahjong.
Current: bed mob min A; sit<>stand mod A x1 from elevated surface; gait 15 ft platform walker R, min A, antalgic. Berg 18/56. TUG unable. 5xSTS unable.
Pain 6/10 L groin with WB. Cognition intact, Mandarin primary - son {{NAME:David Chen}} interpreted (pt declined phone interpreter).
Goals (3 wk): 1) gait 150 ft platform RW SBA; 2) transfers mod I; 3) stairs 4 steps w/ rail SBA (condo has 4 steps at entry).
Plan: 5x/wk x 3 wk, ther-ex, gait, balance, DME assessment. CPT 97163.
{{NAME:Josefina Aranda}}, PT, DPT   lic {{LICENSE:PT60417332}}`,

  `CLINICAL NUTRITION - quarterly RD note
{{FACILITY:Cedar Knoll Nursing & Rehab}}   {{DATE:4/10/24}}
Res: {{NAME:Wroblewski, T.}}   Rm 120   {{AGE:91}}M
Diet order: mech soft, nectar-thick liquids, NAS. Supplements: Ensure Plus 237 mL BID.
Anthro: Ht 5'7"  CBW 139.2 lb  UBW 150  (-4.1% x 30d, -7.2% x 90d = significant).  BMI 21.8.
Intake: 50-75% meals; often refuses breakfast ("Polish people don't eat oatmeal"). Prefers rye bread, kielbasa, pierogi - family brings food Sundays (wife {{NAME:Halina}}).
Labs {{DATE:4/2}}: Alb 3.2, BUN 24, Cr 1.0, Glu 142, A1c 6.9.
Skin: stage 3 R ischium (see wound rounds).
Est needs: 1650-1900 kcal (30-35 kcal/kg), 76-88 g pro (1.4-1.6 g/kg), 1600 mL fluid.
Intervention: liberalize diet to regular-textured soft per SLP, add Juven BID x 4 wk, MVI w/ minerals, offer kolaczki/rye toast at breakfast - kitchen (Chef {{NAME:Dominik}}) agreed. Weekly wts x 4.
Goal: wt stable +/- 2 lb, wound healing.
{{NAME:Kathleen Hanrahan}}, MS, RDN, LD`,

  `Discharge Summary
Admission Date: [**{{DATE:2147-11-02}}**]     Discharge Date: [**{{DATE:2147-11-09}}**]
Date of Birth: [**{{DATE:2052-06-18}}**]     Sex: F
Service: MEDICINE
Attending: [**{{NAME:Marguerite}}**] [**{{NAME:Foulkes}}**], M.D.
History of Present Illness: [**Age over 90 **] yo woman from [**{{FACILITY:Hawthorne Nursing Home}}**] with advanced dementia, afib on warfarin, admitted w/ INR 7.8 and melena. Transfused 2 units PRBC, vit K 5 mg IV. EGD [**{{DATE:11-4}}**] by Dr. [**{{NAME:Ogunleye}}**]: duodenal ulcer, clipped.
Discharge Disposition: Extended Care - [**{{FACILITY:Hawthorne Nursing Home}}**] - [**{{LOCATION:Dorchester}}**]
Discharge Diagnosis: UGIB from DU; supratherapeutic INR; dementia.
Discharge Medications: pantoprazole 40 mg PO BID x 8 wks; warfarin HELD - d/w HCP (son [**{{NAME:Fitzpatrick}}**]) who agrees not to restart; donepezil 5 mg daily.
Code: DNR/DNI (confirmed w/ HCP [**{{DATE:2147-11-03}}**]).
Followup: PCP Dr. [**{{NAME:Hwang}}**] [**{{PHONE:555-0173}}**] in 1 wk; H. pylori serology pending.
                             [**{{NAME:Marguerite}}**] [**{{NAME:Foulkes}}**] MD
Completed by: [**{{DATE:2147-11-09}}**]`,
  `PASRR LEVEL I SCREEN (pre-admission) - NF applicant
Applicant: {{NAME:Santangelo, Aurelia M.}}   DOB {{DATE:08/23/1934}}   SSN xxx-xx-{{SSN:4471}}
Current location: {{FACILITY:Brookhaven Community Hospital}}, 4 West, bed 12   Hosp MRN {{MRN:BCH-00918237}}
Proposed NF: {{FACILITY:Bayview Gardens Nursing & Rehabilitation}}
Section I - Serious mental illness: Dx of major depressive d/o, recurrent (F33.1) since 1988; sertraline 100 mg, mirtazapine 15 mg HS. No psych admission in 2 yrs. Level of impairment: interpersonal - mild.
Section II - ID/DD/RC: none.
Section III - Exempted hospital discharge: [X] admit directly from hospital after acute stay, [X] requires NF for the condition treated, [X] attending certifies stay < 30 days.
Outcome: Level II NOT required at this time - 30-day exempted hospital discharge. NF must resubmit by day 25 ({{DATE:6/28/2025}}) if stay expected to exceed 30 days.
Screener: {{NAME:Latisha Boyd-Carrington}}, RN, hospital case manager   {{PHONE:631-555-0125}} x {{PHONE:4402}}
Submitted {{DATE:06/03/2025}} via state portal; confirmation {{ID:PAS-25-0603-77821}}
Physician attestation: {{NAME:Farid Haddadin}}, MD   {{DATE:6/3/25}}`,

  `PATIENT PORTAL - message thread
Subject: Mom's hearing aids / visiting Sunday
From: {{NAME:Siobhan Kearney}} (proxy for {{NAME:KEARNEY, NORA}})   {{DATE:Sat, Mar 22, 2025 at 8:04 AM}}
Hi, this is {{NAME:Nora}}'s daughter. When I was in Thursday her right hearing aid was missing again - it's a Phonak, serial {{DEVICE:2217X0458}}, the audiologist at {{FACILITY:ClearSound Hearing Center}} can give you the details. Last time it turned up in the laundry. Also she seemed really sleepy, is she on something new? I'll be there Sunday after 11:30 Mass with my brother {{NAME:Declan}}.
Thanks, {{NAME:Siobhan}}  {{PHONE:(617) 555-0145}}

From: {{NAME:Grace Adomako}}, RN, 3 East - {{FACILITY:Fenwick House Nursing Center}}   {{DATE:Sat, Mar 22, 2025 at 10:31 AM}}
Hi {{NAME:Siobhan}} - we found the R aid in her cardigan pocket this morning, it's back in and working. I put in a ticket with housekeeping to check pockets before laundry. No new meds; her trazodone was increased from 25 to 50 mg at bedtime on {{DATE:3/18}} by Dr. {{NAME:Okafor}} for sleep, and I've messaged him that she's drowsy in the daytime so he can review Monday. Her vitals and sugars are all normal.
See you Sunday! - {{NAME:Grace}}
Portal ID {{ID:MSG-0091447}} | Do not reply with urgent concerns; call {{PHONE:617-555-0166}}.`,

  `HOSPICE ON-CALL - voicemail transcription (auto)
Received {{DATE:10/27/2024 02:48}} on line {{PHONE:505-555-0186}}
"Hi yes this is, um, {{NAME:Marisela Ybarra}}, I'm calling about my mom {{NAME:Guadalupe Ybarra}}, she's your patient, birthday is {{DATE:December 12th, 1930}}. She's making that rattling sound in her breathing real loud and she seems like she's hurting, she keeps moaning, and the little bottle, the morphine, we gave her some at like one o'clock. We're at {{ADDRESS:402 Calle del Sol}} in {{LOCATION:Las Cruces}}, it's the blue house. Please call me back at {{PHONE:575-555-0122}}. Thank you."
Call back by on-call RN {{NAME:Deshawn Pittman}} at 0252: daughter reports irregular breathing w/ pauses 15-20 sec, moaning with turns, morphine 5 mg SL at 0100. Instructed: morphine 10 mg (0.5 mL) SL now, reposition on side, atropine 1% 2 gtts SL for secretions. RN visit dispatched - arrived 0340.
On arrival pt actively dying, mottling to knees, RR 6-8 w/ apnea. Family ({{NAME:Marisela}}, son {{NAME:Rudy}}, grandchildren) at bedside. Pt died peacefully at 0415. Pronounced by RN. Family chose {{FACILITY:Sunset Mesa Mortuary}}, called 0440.
{{NAME:D. Pittman}}, RN - {{FACILITY:Mesilla Valley Hospice}}`,

  `hospice rn visit - cont care (crisis) shift {{DATE:2/26}} 0800-1600
pt {{NAME:two bulls, bertha}}  home  {{LOCATION:kyle}} sd
0800 arrived, relieved {{NAME:mcgill}} rn. pt restless, picking at sheets, moaning. RR 28, HR 120s, SpO2 86% 3L, temp 100.4 ax. PAINAD 6.
0815 morphine 10 mg SL, lorazepam 1 mg SL. repositioned. mouth care.
0900 PAINAD 3. calmer. daughter {{NAME:winona}} crying at bedside, provided support.
1000 fam asked if ceremony can happen today - called chaplain {{NAME:halvorsen-tate}}, she will contact mr {{NAME:yellow hawk}}.
1130 morphine 10 mg SL. secretions - atropine 2 gtts SL, scopolamine patch placed L mastoid.
1300 ceremony in home, O2 off per plan, window open. pt calm, resp 22.
1400 mottling feet, cool extremities.
1530 report to {{NAME:j. bear runner}} lpn for next shift. total morphine this shift 30 mg SL, lorazepam 2 mg.
cont care criteria met (>50% skilled, symptom crisis). 
-{{NAME:shelby grant}} rn cm   {{FACILITY:prairie wind hospice}}`,

  `AUTHORIZATION FOR CREMATION AND DISPOSITION
{{FACILITY:Lundgren Family Funeral Service}} & Crematory - {{ADDRESS:205 6th Ave S}}, {{LOCATION:St. Cloud}}, MN {{ZIP:56301}} - {{PHONE:320-555-0138}}
Decedent: {{NAME:Ingrid Johanna Sandvik}}   Date of death: {{DATE:12/02/2024}}   Place: {{FACILITY:Hillcrest Oaks Care Center}}
Authorizing agent(s): {{NAME:Lars Sandvik}} (son), {{ADDRESS:18 Lakeview Ct}}, {{LOCATION:Sartell}}, MN {{ZIP:56377}}; {{NAME:Solveig Arnesen}} (daughter), {{LOCATION:Bergen}}, Norway - by fax.
Pacemaker / implanted device: [X] YES - Abbott Assurity MRI pacemaker, serial {{DEVICE:7841190}}. Must be removed prior to cremation - removed by embalmer {{NAME:T. Kowalczyk}} {{DATE:12/3/24}}, returned for recycling.
Radioactive implants: none.  Prostheses: L hip (1998) - metal to be recycled.
Personal effects: wedding ring returned to family prior to cremation.
Disposition of cremated remains: pick-up by {{NAME:Lars Sandvik}}; to be interred at {{FACILITY:Oak Hill Cemetery}}, {{LOCATION:Sauk Rapids}}, spring 2025.
Permit: disposition permit {{ID:MN-DP-2024-114892}}; ME cremation approval {{ID:STC-24-3310}} ({{DATE:12/3/2024}}).
Witness: {{NAME:Ruth Lundgren}}, LFD   MN Lic {{LICENSE:1207}}`,

  `DEATH CERTIFICATE WORKSHEET - informant interview
Decedent legal name: {{NAME:Ramon Ernesto Echevarria Soto}}   AKA: "{{NAME:Monchito}}"
Sex: M   SSN: {{SSN:522-41-9983}}   DOB: {{DATE:05/19/1929}}   Age: {{AGE:95}}
Birthplace: {{LOCATION:Mayaguez}}, Puerto Rico
Residence: {{ADDRESS:2740 W. Division St}}, {{LOCATION:Chicago}}, {{LOCATION:Cook Co.}}, IL {{ZIP:60622}}   Inside city limits: Y
Marital status at death: Widowed   Spouse: {{NAME:Carmen Rivera}} (maiden)
Father: {{NAME:Ernesto Echevarria}}   Mother (maiden): {{NAME:Altagracia Soto}}
Education: 8th grade   Armed forces: Y - US Army, Korea
Usual occupation: machinist, {{FACILITY:Hollander Tool & Die}}, 31 yrs
Informant: {{NAME:Maribel Echevarria-Cruz}} (daughter), {{PHONE:773-555-0193}}
Place of death: {{FACILITY:Humboldt Park Nursing Pavilion}} - nursing home/LTC
Date/time pronounced: {{DATE:01/06/2025 22:40}}
Method of disposition: Burial, {{FACILITY:Resurrection Hill Catholic Cemetery}}
Funeral facility: {{FACILITY:Iglesias-Moreno Funeral Home}}   FD: {{NAME:Hector Iglesias}}   License {{LICENSE:034-011287}}
Certifier: Dr. {{NAME:Ji-hoon Baek}}   Cause: (a) aspiration pneumonia (b) Parkinson disease dementia`,

  `Referral Call Log - Tissue/Eye Donation
{{DATE:11/03/2024 05:10}} - Call placed by {{NAME:M. Ochieng}}, RN, {{FACILITY:Fenwick House Nursing Center}} to {{FACILITY:Northeast Tissue & Eye Alliance}} referral line, {{PHONE:800-555-0117}} (all deaths referred per CMS CoP)
Decedent: {{NAME:Cornelius Vandermeer}}   89 yo M   DOB {{DATE:06/11/1935}}   Wt 62 kg
Time of death: 0422 (asystole, unwitnessed, found on rounds)   Cause: end-stage COPD
Hx: COPD, HFrEF, prostate CA (2010), no sepsis, no dementia. Last Abx {{DATE:10/20}}.
Coordinator: {{NAME:Aisling Doherty}}   Referral # {{ID:NEDS-24-308815}}
Determination: medically suitable for EYE donation only (corneas). Tissue ruled out (age).
Family approach done by coordinator by phone with daughter {{NAME:Marijke Vandermeer-Ross}}, {{PHONE:508-555-0112}} - AUTHORIZED corneas, declined other.
Instructions: HOB 20 degrees, eyes closed w/ saline gauze and ice pack; body to funeral home by 0900; recovery tech will go to {{FACILITY:Collins & Ward Funeral Home}}, {{LOCATION:Worcester}}.
Done 0535 - {{NAME:MO}}`,

  `{{FACILITY:CUYAHOGA COUNTY PROBATE COURT}}
ANNUAL REPORT OF GUARDIAN OF THE PERSON (Form 17.7)
Case No. {{ID:2024 GRD 001742}}        Ward: {{NAME:WILHELMINA R. BOSCH}}
Guardian: {{NAME:PIETER J. BOSCH}}, {{ADDRESS:2291 Lander Rd}}, {{LOCATION:Pepper Pike}}, OH {{ZIP:44124}}, {{PHONE:440-555-0164}}
Period covered: {{DATE:03/28/2024}} through {{DATE:03/27/2025}}
1. Ward's present residence: {{FACILITY:Euclid Creek Manor}} (nursing facility), {{ADDRESS:21700 Lakeshore Blvd}}, {{LOCATION:Euclid}}, OH {{ZIP:44123}}, since {{DATE:11/04/2023}}.
2. Number of times guardian visited ward: approx. 60 (weekly). Last visit {{DATE:03/22/2025}}.
3. Ward's physician: {{NAME:Miriam Greenbaum}}, MD; last exam {{DATE:3/4/2025}}. Statement of expert evaluation (Form 17.1) attached, completed by Dr. {{NAME:Greenbaum}} {{DATE:March 4, 2025}}.
4. Major changes in ward's condition: hospitalized {{DATE:9/2-9/6/2024}} at {{FACILITY:Lake Erie Medical Center}} for UTI/delirium; quetiapine discontinued {{DATE:6/2024}}; now uses wheelchair.
5. Guardian's opinion as to continued need for guardianship: necessary - ward has Alzheimer's dementia, cannot make informed decisions.
Signed: {{NAME:Pieter J. Bosch}}   Date: {{DATE:04/01/2025}}
Prepared by counsel: {{NAME:H. Kasprzak}}, Atty Reg. {{LICENSE:0071184}}`,

  `COURT VISITOR REPORT - Petition for Appointment of Guardian
Superior Court, {{LOCATION:Maricopa County}}, Arizona   Case {{ID:PB2025-004118}}
Proposed ward: {{NAME:Dorothy "Dottie" Kellerman}}   Age {{AGE:92}}
Petitioner: {{NAME:Randall Kellerman}} (son), {{LOCATION:Mesa}}, AZ
Nominated guardian: petitioner. Also nominated by ward's stepdaughter as alternate: {{NAME:Lynette Sobczak}}.
Interview: {{DATE:Feb. 11, 2025, 2:00 p.m.}}, at ward's apartment in {{FACILITY:Sagebrush Court Senior Living}}, Apt 906.
Ward was dressed, pleasant, recognized her son but believed the year was 1987 and that her late husband "{{NAME:Walt}}" was at work at {{FACILITY:Sun Valley Electronics}}. Could not state her address, monthly income or name of her bank. MoCA per attached evaluation by Dr. {{NAME:Tolentino}}: 11/30.
Ward's wishes: "I don't need a guardian. {{NAME:Randy}} can help me but he can't put me in a home." Ward was informed of her right to counsel and to attend the hearing on {{DATE:March 6, 2025 at 9:30 a.m.}}
Concerns: none of financial exploitation noted; stepdaughter reports ward gave $4,000 to a caller claiming to be a grandson in {{DATE:December 2024}} (APS report {{ID:APS-25-00217}}).
Recommendation: limited guardianship; ward to remain in assisted living.
{{NAME:Teresa Villaseñor}}, Court Investigator`,

  `HOSPICE LIVE DISCHARGE - extended prognosis
{{FACILITY:Ohio Valley Hospice}}   Pt: {{NAME:Yusuf Demir}}   MR {{MRN:OVH-552190}}   DOB {{DATE:7/14/1933}}
Admit: {{DATE:02/10/2025}}   Discharge: {{DATE:08/05/2025}}   LOS 176 days
Hospice dx: HFrEF (EF 15%), NYHA IV at admission. ICD shocks deactivated {{DATE:2/12/25}} (device {{DEVICE:BWR402218H}}), pacing on.
Course: with diuretic titration (torsemide 40 mg daily, metolazone 2.5 mg PRN wt gain >3 lb) and spironolactone, pt improved: now ambulating 100 ft with RW at {{FACILITY:Riverside Commons Rehabilitation & Nursing}}, no hospitalizations, wt stable 71-72 kg x 3 mo, BNP 610 (was 2,840), PPS 50%, NYHA III. IDG agrees prognosis no longer ≤6 mo.
Notice of discharge given {{DATE:7/31/25}} to pt and HCPOA daughter {{NAME:Selin Demir}} ({{PHONE:614-555-0109}}); explained right to expedited review by QIO; not requested.
Plan: resume Medicare A/B; cardiology f/u Dr. {{NAME:Mehrotra}} {{DATE:8/12}}; palliative care (non-hospice) {{FACILITY:Columbus Palliative Associates}} to follow monthly; may re-elect hospice any time.
Meds reconciled, comfort kit removed and destroyed w/ witness.
{{NAME:Lisbeth Hoang}}, RN CM   /   Dr. {{NAME:Kwabena Asante}}, hospice MD`,
  `SBAR - change in condition   {{FACILITY:Heritage Oaks Skilled Nursing}}   {{DATE:11/09/2024 1420}}
S: res {{NAME:Priscilla Ashcombe-Young}} rm 212 w/ new confusion + decreased PO intake since yesterday eve, refusing meds this am (unusual).
B: {{AGE:93}}F, dx HTN, DM2 on glipizide 5 mg qAM, CKD 3a, recurrent UTI (last {{DATE:9/2024}}, E. coli ESBL). baseline A&Ox3, ambulates w/ walker, BIMS 14 on {{DATE:10/15}}. DNR, selective tx per POLST.
A: T 100.9 tymp, HR 104, BP 108/60 (baseline 140s), RR 22, SpO2 93% RA. FSBG 68 @ 1400 -> gave juice, recheck 96. urine dark, foul. lungs clear. abd soft, suprapubic tender. no focal neuro deficit.
  stop and watch / INTERACT: acute change mental status + fever.
R: called Dr. {{NAME:Aubert}} 1425 via {{PHONE:555-0107}} - orders: UA/C&S via straight cath, CBC, BMP stat (mobile lab {{FACILITY:TriState Mobile Diagnostics}} req # {{ID:TSM-558210}}), hold glipizide, push fluids 240 mL q2h, ceftriaxone 1 g IM x1 then f/u culture. do not transfer unless sepsis worsens - per POLST.
daughter {{NAME:Gwen Ashcombe}} notified 1440 @ {{PHONE:916-555-0113}}, agrees w/ plan, will visit tonight.
-{{NAME:Abimbola Fashola}}, RN`,

  `EMERGENCY DEPARTMENT NOTE - {{FACILITY:Puget Sound Regional Medical Center}}
Pt: {{NAME:LINDQVIST, GUNNAR E}}   MRN {{MRN:004829173}}   Arrival {{DATE:02/21/2025 06:12}} by {{FACILITY:Tukwila Fire}} Medic 12 from {{FACILITY:Alder Creek Post-Acute}}
CC: unwitnessed fall, R hip pain.
HPI: {{AGE:94}}M with Parkinson disease, PAD, CKD found on floor next to bed at 0440 by staff. Per transfer form, last seen 0300. On clopidogrel. Denies head strike but poor historian. R leg shortened and externally rotated.
Exam: GCS 14 (E4V4M6). Contusion R occiput 3 cm. R hip TTP, leg shortened. Pulses diminished bilat (baseline per SNF).
Imaging: CT head - no ICH. XR R hip - displaced intertrochanteric fx. CXR - no acute.
Labs: Hgb 11.2, Cr 1.9, INR 1.0, CK 412.
MDM: Ortho (Dr. {{NAME:Farnsworth}}) consulted - surgical candidate but high risk (RCRI 3). Discussed w/ son {{NAME:Erik Lindqvist}} by phone ({{PHONE:425-555-0106}}), who has HCPOA and states pt would not want surgery "after what happened to Mom." POLST on transfer form: DNR, limited interventions. Family chooses nonoperative comfort-focused mgmt and return to SNF with hospice referral.
Dispo: return to {{FACILITY:Alder Creek Post-Acute}} by BLS at 1345. Fascia iliaca block done.
{{NAME:Hye-won Jang}}, MD, Emergency Medicine`,

  `QAPI FALLS COMMITTEE - MINUTES   {{DATE:June 18, 2024}}
{{FACILITY:Maple Terrace Care Center}}
Attendees: {{NAME:D. Ives}} (SS), {{NAME:R. Castellano}} (DON), {{NAME:P. Iyer}} (rehab mgr), {{NAME:Delphine A.}} (wound), {{NAME:Tom Krueger}} (maint), Dr. {{NAME:Hayashi}} (med dir)
May data: 14 falls / 4,410 resident days = 3.2 per 1,000 (goal <3.0). 0 major injury. 6 of 14 between 0200-0600; 5 in bathroom.
Repeat fallers reviewed:
 - {{NAME:E.P.}} (Rm 215) - 3 falls. Orthostatic (drop 28 mmHg standing). Holding tamsulosin, TED hose, dangle before standing.
 - {{NAME:C.B.}} (Rm 204A) - 2 falls from w/c reaching. Hospice. Tilt-in-space chair ordered from {{FACILITY:Buckeye Rehab Seating}}.
 - {{NAME:M.V.}} (Rm 117) - 2 falls. New admit {{DATE:5/9}}, trazodone started hospital. Pharm rec to d/c.
PIP progress: hourly rounding audit 88% compliance (goal 95%). Non-slip socks shortage - purchase order {{ID:PO-24-06-3318}}.
Bed/chair alarm reduction project: removed from 9 residents, no increase in falls.
Next meeting {{DATE:7/16/24}}. Minutes: {{NAME:Lucille Abernathy}}, QA nurse`,

  `MEDICATION ERROR REPORT         Event # {{ID:ME-2025-019}}
Facility: {{FACILITY:Fenwick House Nursing Center}}   Unit: 3 East
Date/time of error: {{DATE:01/14/2025 0815}}     Discovered: {{DATE:01/14/2025 0930}}
Resident receiving med: {{NAME:Kearney, Nora}}   Rm 318-1   Intended resident: {{NAME:Kerrigan, Nuala}}   Rm 318-2
Type: wrong resident.  Med given: metoprolol succinate 50 mg, furosemide 40 mg, KCl 20 mEq (Ms. {{NAME:Kerrigan}}'s AM meds).
How: new agency nurse ({{FACILITY:StaffBridge Nursing Agency}}) did not use 2 identifiers; residents' photos missing from eMAR after system update.
Resident outcome: VS q1h x 6 - lowest BP 98/56, HR 58. Urine output 900 mL by noon. BMP 1500: K 4.4, Na 136. No harm (NCC MERP Category C).
Notified: Dr. {{NAME:Okafor}} 0935 (orders: monitor, hold Ms. {{NAME:Kearney}}'s lisinopril today); daughter {{NAME:Siobhan Kearney}} 0950; Ms. {{NAME:Kerrigan}} given her meds at 1000 per MD.
Actions: eMAR photos re-uploaded by IT ticket {{ID:INC0098821}}; agency nurse re-educated, competency verified; 2-identifier audit x 4 wk.
Reporter: {{NAME:Grace Adomako}}, RN   Reviewed: {{NAME:Pauline Desrosiers}}, DON   {{DATE:1/15/25}}`,

  `INCIDENT NOTE - choking episode, dining room
{{DATE:Sun 9/29/2024 1225}}
Resident {{NAME:Vasilenko, Dmitri}} (rm 10, {{FACILITY:Rosewood Memory Care}}) coughing then silent, unable to speak, hands at throat, face reddened while eating pot roast (diet order: mechanical soft - roast was NOT ground; tray from wrong cart).
CNA {{NAME:Ama Owusu}} called for help; LPN {{NAME:Ramona Quintero}} performed abdominal thrusts x 4 with expulsion of meat bolus ~3 cm at 1227. Resident coughing, color returned. SpO2 91% -> 96% after 5 min. Lungs: coarse R base.
Dr. {{NAME:Castellanos}} notified 1235: CXR portable via {{FACILITY:PortaRay Imaging}} (accession {{ID:MX-77130482}}) - no infiltrate, repeat if fever. NPO x 2 h then puree until SLP eval.
Wife {{NAME:Ludmila Vasilenko}} notified 1245 (speaks Russian; via grandson {{NAME:Alexei}} {{PHONE:260-555-0151}}).
Dietary manager {{NAME:Fernando Ocasio}} - tray card check added at cart loading. Risk mgmt notified.
{{NAME:R. Quintero}} LPN`,

  `SKIN TEAR - incident & treatment note
Res: {{NAME:Okonkwo-Baptiste, Rosalind}}   Rm 222   {{FACILITY:Maple Terrace Care Center}}
{{DATE:6/12/2024 0640}} - during transfer bed->w/c w/ 1 assist, R shin struck w/c footrest. Skin tear R anterior shin 4.0 x 2.2 cm, ISTAP type 2 (partial flap loss), flap pale, moderate serosanguineous bleeding - controlled w/ pressure 5 min.
Tx: cleansed NS, flap approximated with moist cotton tip, steri-strips x3, Xeroform, dry gauze, rolled gauze; arrow drawn on dressing to show direction of removal. Tdap {{DATE:2019-08-14}} - current.
Pain 3/10, acetaminophen 650 mg given.
Cause: footrests not swung away prior to transfer; CNA {{NAME:Kwame Boateng}} re-educated. Care plan: shin guards, padded footrests, long pants/sleeves per resident's preference.
Notified: Dr. {{NAME:Hayashi}} 0700, son {{NAME:Emeka Okonkwo}} 0900 ({{PHONE:216-555-0175}}) - upset this is "the third one," requests care conference. Scheduled {{DATE:6/19 1500}}.
Wound nurse to follow ({{NAME:D. Arceneaux}}).
{{NAME:Nkechi Adeyemi}}, LPN`,

  `FACILITY REPORTED INCIDENT - 5-day follow-up (injury of unknown origin / transfer)
To: State Survey Agency - Complaint/Incident Intake   via online submission {{DATE:09/09/2025}}
Facility: {{FACILITY:Bayview Gardens Nursing & Rehabilitation}}   Intake # {{ID:NY00331847}}
Resident: {{NAME:A.M.S.}}   ({{NAME:Aurelia Santangelo}})   {{AGE:90}} yo   Adm {{DATE:6/4/2025}}
Allegation/event: L distal femur fx identified on xray {{DATE:9/4/25}} after resident c/o pain with repositioning; found to have occurred during mechanical lift transfer {{DATE:9/3/25}} evening (leg caught under sling spreader bar per CNA statement).
Staff: CNA {{NAME:Jaylen Cortez}} (1 person used; policy requires 2 for Hoyer/mech lift) - suspended pending investigation {{DATE:9/4}}, terminated {{DATE:9/8}}. Lift: Invacare Reliant 450, asset tag {{ID:BG-LIFT-07}} - inspected, no malfunction.
Resident sent to {{FACILITY:Brookhaven Community Hospital}}; non-op mgmt, knee immobilizer, returned {{DATE:9/5}}.
Police notified: {{FACILITY:Suffolk County PD}}, report {{ID:SCPD-25-119342}} (per Elder Justice Act requirement).
Conclusion: neglect substantiated (policy violation). Corrective: all nursing staff lift competency by {{DATE:9/30}}; 2-person lift sticker on every sling.
{{NAME:Howard Lim}}, NHA   {{PHONE:631-555-0140}}`,

  `HOSPICE RN VISIT NOTE - ALF
Patient: {{NAME:Thibodeaux, Bernadette}}   MR {{MRN:DSH-20844}}   {{FACILITY:Desert Sun Hospice}}
Location: {{FACILITY:Sagebrush Court Senior Living}} Apt 1412   Visit {{DATE:10/22/2024}} 1310-1405
*** copied from visit {{DATE:10/15/2024}} - reviewed and updated ***
Dx: Dementia, unspecified severity, w/ behavioral disturbance (F03.911); CHF.
Pain: PAINAD 1 (was 2). Scheduled acetaminophen 500 mg TID, morphine 5 mg/0.25 mL SL q4h PRN - 2 doses in past wk (MAR reviewed w/ med tech {{NAME:Carlos}}).
Appetite: eating 25-50% (was 50%). Fluids ~600 mL/day. MAC 20 cm.
Skin: intact; sacrum blanchable redness - caregivers reminded q2h turns at night.
Resp: RR 20, SpO2 91% RA, crackles bilat bases. Furosemide 20 mg daily continues.
Psychosocial: nephew {{NAME:Andre}} visits weekends; sister {{NAME:Marie-Claire Thibodeaux}} ({{LOCATION:Lafayette}}) calls daily. Pt sings "Jolie Blonde" with staff.
Spiritual: Fr. {{NAME:Nguyen}} from parish brought communion {{DATE:10/20}}.
Plan: continue POC; notify nephew re: decline ({{PHONE:480-555-0191}}). Next visit {{DATE:10/29}}.
{{NAME:Marisol Benavidez-Ortiz}}, RN CM`,

  `IMMUNIZATION / TB SCREENING RECORD - admission
Resident: {{NAME:Olusegun Bakare}}   DOB {{DATE:01/30/1940}}   Adm {{DATE:07/08/2024}}   {{FACILITY:Pinecrest Senior Living}} Rm 118
Vaccine            Date given       Lot         Site   By
Influenza HD       {{DATE:10/04/2023}}       UJ745AB     L delt {{NAME:P. Sandoval}} (pharmacy)
PCV20              {{DATE:03/22/2022}}       GK2319      R delt PCP office
Tdap               {{DATE:2018-11-07}}       C5901AA     L delt -
COVID-19 2024-25   {{DATE:09/27/2024}}       EW3811      R delt {{NAME:M. Delgado}} RN
RSV (Arexvy)       offered {{DATE:9/27/24}} - declined ("I will ask my son")
Shingrix           dose 1 {{DATE:01/12/2023}}, dose 2 {{DATE:05/02/2023}} (per state registry {{ID:IIS-0044719283}})
TB screening: 2-step TST step 1 placed {{DATE:7/8/24}} L forearm (Tubersol lot C6542, exp 04/2025) read {{DATE:7/10}} 0 mm; step 2 placed {{DATE:7/15}} read {{DATE:7/17}} 0 mm. Born in {{LOCATION:Ibadan}}, Nigeria - BCG as child per resident; IGRA drawn as well: negative.
CXR not required. Symptom screen neg.
Entered by {{NAME:Marisa Delgado}}, RN, infection preventionist`,

  `ADMISSION RECORD (FACE SHEET)
{{FACILITY:Humboldt Park Nursing Pavilion}}        Printed {{DATE:09/03/2024 11:52}}
Resident: {{NAME:ECHEVARRIA SOTO, RAMON E}}     Resident # {{MRN:HPN-10388}}
Room/Bed: 3-312-A       Admission date: {{DATE:09/03/2024}}   Admit from: {{FACILITY:Division Street Community Hospital}}
DOB: {{DATE:05/19/1929}}   Age: {{AGE:95}}   Sex: M   Marital: W   Religion: Catholic   Lang: Spanish
SSN: {{SSN:522-41-9983}}   Medicare: {{HEALTH_PLAN:9AC4-RT1-YK62}}   Medicaid: {{HEALTH_PLAN:401928374}} (IL)
Prior address: {{ADDRESS:2740 W. Division St}}, {{LOCATION:Chicago}} {{ZIP:60622}}
Contact 1: {{NAME:ECHEVARRIA-CRUZ, MARIBEL}} - daughter - POA-HC - {{PHONE:773-555-0193}} (c)  {{EMAIL:maribel.ech.cruz@yahoo.com}}
Contact 2: {{NAME:ECHEVARRIA, JOSE LUIS}} - son - {{LOCATION:Orlando}}, FL - {{PHONE:407-555-0168}}
Attending: {{NAME:BAEK, JI-HOON}} MD   NPI {{LICENSE:1457709382}}
Pharmacy: {{FACILITY:Lakeside LTC Pharmacy Services}}   Funeral home pref: {{FACILITY:Iglesias-Moreno Funeral Home}}
Code: DNR (POLST {{DATE:9/3/24}})   Allergies: NKDA
Dx: G20.C Parkinsonism; F02.80 dementia; R13.12 dysphagia; I10`,
  `GERIATRIC PSYCHIATRY CONSULT - memory care
Pt: {{NAME:Eugene Tibbetts}}   DOB {{DATE:Feb 2, 1932}}   {{FACILITY:Rosewood}} Rm 7   Ref by Dr. {{NAME:Castellanos}}   Seen {{DATE:08/14/2024}}
Reason: physical aggression toward peers/staff (incident {{DATE:8/11}}, see SR), resisting care.
Hx per chart, staff ({{NAME:Keisha}}, {{NAME:Tyrell}}) and guardian {{NAME:C. Marchetti}}: Alzheimer dementia dx 2019, moved from home in {{LOCATION:New Haven}} (IN) {{DATE:Jan 2023}} after wandering onto US-30. Former foundry worker at {{FACILITY:Wabash Valley Foundry}}, Navy vet. Hearing poor - aids lost x2.
Behaviors: ~6/wk, mostly 1600-2000 and during brief changes. Triggers: hunger, noise in dining room, being approached from behind.
MSE: elderly man in recliner, kempt, hearing impaired, follows 1-step cmds. Speech sparse. No evidence of psychosis; no depressive sx elicited (Cornell 6). SLUMS unable.
Meds: donepezil 10 mg, memantine 10 mg BID, sertraline 50 mg, APAP PRN. No antipsychotic.
Impression: major neurocognitive d/o due to AD, severe, w/ agitation; unmet needs (hunger, pain - L knee OA, hearing).
Rec: scheduled APAP 1 g TID; pocket talker amplifier; snack at 1500; 2-person approach from front; avoid antipsychotic - if persists consider citalopram. Re-eval 4 wk.
{{NAME:Ines Carvalho}}, PMHNP-BC   {{FACILITY:Keystone Behavioral Geriatrics}}`,

  `MOBILE DENTAL VISIT - {{FACILITY:SmileRoute Mobile Dentistry}}
Site: {{FACILITY:Cedar Knoll Nursing & Rehab}}   Date: {{DATE:May 15, 2024}}
Pt: {{NAME:Wroblewski, Tadeusz}}   Chart # {{MRN:SRM-88217}}   Consent: wife/POA {{NAME:Halina Wroblewska}} by phone ({{PHONE:412-555-0189}}), witness {{NAME:A. Petrakis}} RN
CC (staff): "won't wear lower partial, pocketing food, bad breath."
Exam: Maxillary complete denture - ill-fitting, 2 fractured teeth on denture. Mandibular: #22, #27 present; #22 mobility II; #27 with root caries & fistula buccal. Lower RPD clasp broken. Generalized plaque, candida palate (denture stomatitis).
Xray: PA #27 - periapical radiolucency.
Tx today: ext #27 (2% lido w/ epi 1:100k x1.7 mL), hemostasis w/ gauze. Nystatin 100,000 U/mL 5 mL swish QID x 14d; soak denture nightly.
Plan: reline upper at next visit {{DATE:6/12}}; new lower partial - prior auth with Medicaid managed care plan (member {{HEALTH_PLAN:UPMC-041172938}}). D7140, D5750.
Post-op instructions given to nurse {{NAME:Petrakis}}; soft diet 24h.
{{NAME:Rashid Al-Sayegh}}, DDS   lic {{LICENSE:DS-029981}}   asst {{NAME:Bree}}`,

  `PODIATRY - routine foot care (Q8 + class findings)
{{FACILITY:Heritage Oaks Skilled Nursing}}   DOS {{DATE:03/05/25}}
Patients seen: 11. Individual note:
{{NAME:Ashcombe-Young, P.}}  Rm 212   DOB {{DATE:06/30/1931}}
DM2 w/ peripheral neuropathy (monofilament 0/10 bilat), PAD - DP/PT nonpalpable bilat, cap refill >4 s, absent hair, atrophic skin. Class B findings x2.
Nails: onychomycotic, thick (4 mm), yellow, subungual debris 1-5 bilat, painful w/ shoe pressure. Debrided x10 (11721).
Hyperkeratosis sub 2nd met R - pared x1 (11055).
No open lesions. Interdigital maceration 4th IS L - advised drying, lamb's wool.
Referral: noninvasive arterial study ordered (ABI) - {{FACILITY:Sacramento Vein & Vascular}}; f/u 61 days.
Rx: none. Shoes: diabetic depth shoes - cert stmt faxed to PCP Dr. {{NAME:Aubert}} for signature ({{FAX:916-555-0153}}).
{{NAME:Harvey Lichtblau}}, DPM   NPI {{LICENSE:1669428301}}   {{FACILITY:Foothill Podiatry Group}}`,

  `TELEPHONE / VERBAL ORDERS
{{FACILITY:Briarwood Health & Rehabilitation Center}}   Unit: {{FACILITY:Larkspur Hall}}
Resident: {{NAME:Holloway, Margaret}}   Rm 118-A   Allergies: codeine (N/V)
{{DATE:03/13/24 2145}} - T.O. from Dr. {{NAME:Ruiz-Calderon}} (on call for Dr. {{NAME:Kaminski}}), read back & verified:
  1. oxycodone 2.5 mg PO q6h PRN moderate-severe pain (4-10) x 7 days, then re-eval
  2. senna-S 8.6/50 mg 2 tabs PO HS
  3. discontinue tramadol 50 mg
  4. CBC, BMP in AM ({{DATE:3/14}})
  Reason: L hip pain 8/10 unrelieved by tramadol + APAP, refusing PT.
  Rec'd by: {{NAME:Maribeth Sauer}}, RN
{{DATE:03/14/24 1030}} - V.O. from {{NAME:Calla Diep}}, NP at bedside: Hgb 9.1 (from 9.8) - start ferrous sulfate 325 mg daily w/ vit C; recheck CBC {{DATE:3/21}}.
  Rec'd by: {{NAME:T. Adebayo}}, RN
Physician signature / date: __________ (must be signed w/in 48 h)   Cosigned {{NAME:R. Ruiz-Calderon}} MD {{DATE:3/15/24}}
Faxed to {{FACILITY:Keystone LTC Pharmacy}} {{FAX:717-555-0181}} at 2155 - confirmed receipt by pharmacist {{NAME:Ng}}.`,

  `BEREAVEMENT CONTACT LOG - {{FACILITY:Valley Oak Hospice}}
Deceased: {{NAME:Kazuo Tanimura}}   DOD {{DATE:02/03/2025}}   Primary bereaved: {{NAME:Naomi Tanimura-Ellis}} (daughter)
Address: {{ADDRESS:3318 Rosewood Ln}}, {{LOCATION:Lodi}}, CA {{ZIP:95242}}   Phone {{PHONE:209-555-0131}}
Risk (initial, by IDG): LOW-MOD. Protective: strong family, faith community. Risk: caregiver burden x 4 yrs, own health (breast CA 2023).
Date          Type          By          Note
{{DATE:02/10/25}}      call          {{NAME:CH}}          LM. Condolence card mailed.
{{DATE:03/05/25}}      call          {{NAME:CH}}          Spoke 20 min. Sleeping poorly. Attended 49th-day service at temple. Mailed grief booklet #2.
{{DATE:05/03/25}}      letter        -           3-month mailing
{{DATE:08/02/25}}      call          {{NAME:MS}}          Doing better, back at work. Husband {{NAME:Rick}} having harder time - offered referral.
{{DATE:11/1/25}}       mailing       -           holiday grief workshop invite ({{DATE:Dec 6}}, {{FACILITY:Mokelumne Grief Center}})
{{DATE:02/03/26}}      call          {{NAME:CH}}          1-yr anniversary call. Plans to visit his grave at {{FACILITY:Harney Lane Memorial Park}}.
{{DATE:03/04/26}}      closure       {{NAME:CH}}          13-month program complete. Closure letter sent. No referral needed.
Counselor: {{NAME:Christine Hollis}}, LCSW / {{NAME:Mai Saechao}}, bereavement volunteer`,

  `{{FACILITY:Fenwick House Nursing Center}}
{{ADDRESS:77 Fenwick St}} | {{LOCATION:Somerville}}, MA {{ZIP:02145}}

{{DATE:November 20, 2024}}

Mrs. {{NAME:Marijke Vandermeer-Ross}}
{{ADDRESS:14 Chestnut Hill Rd}}
{{LOCATION:Shrewsbury}}, MA {{ZIP:01545}}

Dear Mrs. {{NAME:Vandermeer-Ross}} and family,

All of us on 2 West were saddened by the passing of your father. {{NAME:Neil}}, as he insisted we call him, was with us for almost three years, and he became a fixture at the nurses' station every morning with his crossword and his stories about sailing out of {{LOCATION:Rotterdam}} as a young man. Our aide {{NAME:Fatou}} says the unit is too quiet without him.

We know his gift of sight will help two people, and we were honored to be part of that.

Please join us on {{DATE:Thursday, December 12 at 2 pm}} in the chapel for our quarterly Service of Remembrance, where we will read his name. You are welcome to bring a photo.

If there is anything you need from us - records, belongings, or just a conversation - please call me at {{PHONE:617-555-0147}}.

With warm regards,

{{NAME:Beatriz Okafor-Lima}}
Director of Social Services`,
  `{{FACILITY:PINECREST SENIOR LIVING}} - BUSINESS OFFICE
STATEMENT OF ACCOUNT                      Statement date: {{DATE:10/01/2024}}
Resident: {{NAME:QURESHI, MOHAMMAD I}}        Account #: {{ACCOUNT:PSL-000318-02}}
Responsible party: {{NAME:Rukhsana Qureshi}}, {{ADDRESS:915 Ridge Ave, Unit 2}}, {{LOCATION:Evanston}}, IL {{ZIP:60202}}
Payer status: Private pay -> Medicaid PENDING (app # {{ID:MA-2024-556120}}, filed {{DATE:8/22/24}})

Date        Description                               Charges     Credits     Balance
{{DATE:09/01/24}}    Prior balance                                                    8,940.00
{{DATE:09/01/24}}    Room & board - semi-private x 30 @ 298.00  8,940.00                17,880.00
{{DATE:09/05/24}}    Payment - check #4417                                 8,940.00    8,940.00
{{DATE:09/12/24}}    Pharmacy (non-covered) - {{FACILITY:Keystone LTC Pharmacy}}  62.18        9,002.18
{{DATE:09/20/24}}    Beauty shop                                  18.00                9,020.18
{{DATE:09/30/24}}    Social Security deposit to trust acct {{ACCOUNT:RT-30917}}          1,412.00   7,608.18

AMOUNT DUE: $7,608.18. Once Medicaid is approved, the patient liability (income minus $30 personal needs allowance) will be retroactive to the eligibility date.
Questions: {{NAME:Lydia Ferreira}}, {{PHONE:847-555-0172}}, {{EMAIL:lferreira@pinecrestseniorliving.com}}
Pay online: {{URL:https://pay.pinecrestseniorliving.com/acct/PSL-000318-02}}`,

  `RESIDENCY AGREEMENT - ASSISTED LIVING (excerpt, signature page & Exhibit B)
Community: {{FACILITY:The Willows at Shady Grove}}, {{ADDRESS:9050 Shady Grove Rd}}, {{LOCATION:Dublin}}, OH {{ZIP:43017}}
Resident: {{NAME:Lorraine D. Pruitt}}   Apartment: 217 (one bedroom)   Move-in date: {{DATE:January 15, 2022}}
Monthly base rate: $5,450   Level of care: Tier 2 (+$850)   Community fee: $3,500 (non-refundable)
Exhibit B - Emergency Information
Primary contact/Agent under POA: {{NAME:Rebecca "Becky" Pruitt-Lamont}}, daughter, {{ADDRESS:66 Longview Dr}}, {{LOCATION:Worthington}}, OH {{ZIP:43085}}; cell {{PHONE:614-555-0133}}
Secondary: {{NAME:Gary Pruitt}}, son, {{LOCATION:Knoxville}}, TN, {{PHONE:865-555-0148}}
Physician: Dr. {{NAME:Angela Pellegrino}}, {{FACILITY:Dublin Internal Medicine}}
Preferred hospital: {{FACILITY:Scioto Valley Methodist Hospital}} -> changed to {{FACILITY:Tuttle Creek Medical Center}}
Advance directives on file: [X] Living will  [X] HCPOA  [ ] DNR order
Long-term care insurance: Mutual of Omaha, policy {{HEALTH_PLAN:LTC4420189}}
Signatures:
Resident: {{NAME:Lorraine D. Pruitt}}                 Date {{DATE:1/10/22}}
Responsible party: {{NAME:Rebecca Pruitt-Lamont}}          Date {{DATE:1/10/22}}
Executive Director: {{NAME:Simone Achterberg}}           Date {{DATE:1/12/22}}`,

  `ADULT PROTECTIVE SERVICES - REPORT OF SUSPECTED ABUSE/NEGLECT/EXPLOITATION
Reporter: {{NAME:Marcus Bell}}, LCSW, {{FACILITY:Heritage Oaks Skilled Nursing}} - mandated reporter   {{PHONE:916-555-0124}}
Date/time of report: {{DATE:04/22/2025 15:05}}   Method: phone + SOC 341 faxed {{DATE:4/23}}
Alleged victim: {{NAME:Winnifred Ashcombe}}   DOB {{DATE:12/01/1929}}   Age {{AGE:95}}   Rm 214
Alleged perpetrator: {{NAME:Trent Dawes}}, grandson, approx 30s, address unknown, phone {{PHONE:916-555-0199}}, drives silver Nissan Altima plate {{VEHICLE:8TKR552}}
Type: financial exploitation.
Description: Resident's daughter/POA {{NAME:Gwen Ashcombe}} reports that {{DATE:3/28-4/19}} the grandson obtained resident's debit card and PIN during visits; bank shows 14 ATM withdrawals ($6,800) at {{ADDRESS:2401 Fair Oaks Blvd}} and a casino. Resident's Social Security deposits go to {{FACILITY:Capitol Valley Credit Union}} acct ending {{ACCOUNT:0427}}. Facility trust acct not affected. Resident (BIMS 10) says "{{NAME:Trent}} needed gas money."
Immediate actions: grandson's visits supervised; bank notified by POA; card cancelled; Sheriff report {{ID:SSD-25-0422118}}.
APS intake worker: {{NAME:Lorena Gallardo}}   Referral # {{ID:APS-SAC-25-04-3319}}   Response: 10-day.`,

  `OUT-OF-HOSPITAL DO-NOT-RESUSCITATE ORDER - STATE OF TEXAS (copy on chart)
Person's full legal name: {{NAME:Ethel Mae Gatlin}}       DOB: {{DATE:10/14/1928}}     Male [ ] Female [X]
A. Declaration of the qualified person: I direct that none of the following resuscitation measures be initiated or continued for me: CPR, transcutaneous pacing, defibrillation, advanced airway management, artificial ventilation.
Person's signature: (unable - see section C)
C. Declaration by legal guardian, agent or proxy: Signature: {{NAME:LaToya Gatlin-Reese}}   Date {{DATE:08/09/2023}}   [X] Agent under Medical POA
Witness 1: {{NAME:Carmen Tijerina}}   {{DATE:8/9/23}}     Witness 2 / Notary: {{NAME:Lonnie R. Fitch}}, notary ID {{LICENSE:13298744-6}}
D. Physician's statement: I am the attending physician of the above person. Printed name: {{NAME:Vikram Sethi}}, MD   License # {{LICENSE:Q7719}}   Date {{DATE:8/10/2023}}
Facility where executed: {{FACILITY:Bluebonnet Place Nursing & Rehab}}, {{LOCATION:Tyler}}, TX
OOH-DNR identification device: bracelet #{{ID:TX-OOH-0558134}}
NOTE (social services {{DATE:3/2/2024}}): resident transferred to {{FACILITY:Magnolia Manor}} in {{LOCATION:Macon}}, GA; Georgia does not honor TX form in all settings - new GA POLST obtained {{DATE:3/5/24}}, original kept for history.`,

  `HOSPICE INPATIENT RESPITE - admission note (contract bed)
{{FACILITY:Mesilla Valley Hospice}} pt {{NAME:Guadalupe Ybarra}} (MR {{MRN:MVH-19027}}) admitted for 5-day respite to contract bed at {{FACILITY:Casa Bonita Health Care Center}}, Rm 14, {{DATE:09/16/2024}}.
Reason: primary caregiver daughter {{NAME:Marisela}} having outpatient surgery {{DATE:9/17}} at {{FACILITY:Picacho Surgical Hospital}}; son {{NAME:Rudy}} works nights at {{FACILITY:Organ Mountain Distribution Center}}.
Pt: {{AGE:93}}F, hospice dx: end-stage CHF, EF 20%. Alert, Spanish-speaking only, knows name; PPS 40%. Wears O2 2L. Bed-bound, 2-person repositioning. Skin: stage 2 L heel 1 x 1 - foam dsg.
Meds brought (verified with {{FACILITY:Casa Bonita}} nurse {{NAME:Adriana Luján}}): furosemide 40 mg BID, metoprolol 25 mg BID, morphine 20 mg/mL 0.25 mL SL q2h PRN dyspnea, lorazepam 0.5 mg PRN. Home med list in chart.
Preferences: tortillas warmed, no milk, rosary in hand, Spanish radio, call grandchildren in {{LOCATION:Juárez}} evenings.
Respite ends {{DATE:9/21/24}} - RN to arrange return transport w/ {{FACILITY:Rio Grande Medical Transport}} ({{PHONE:575-555-0164}}).
{{NAME:Deshawn Pittman}}, RN`,
  `HOSPICE GIP - INPATIENT UNIT PROGRESS NOTE
{{FACILITY:Ohio Valley Hospice}} - {{FACILITY:Hilltop House}} inpatient unit, Bed 6
Pt: {{NAME:Agnieszka Wolanin}}   {{AGE:88}}F   MR {{MRN:OVH-560311}}   GIP day 3 ({{DATE:03/17/2025}})
Level of care: GIP for uncontrolled pain - metastatic pancreatic CA to liver/spine. Transferred from {{FACILITY:Riverside Commons Rehabilitation & Nursing}} {{DATE:3/15}}.
Interval: pain improved. 24h: hydromorphone PCA basal 0.6 mg/h + demand 0.3 mg q10min (used 14 of 22 attempts), total 17.4 mg IV. PAINAD 2 at rest, 4 w/ turning. Dexamethasone 4 mg IV daily. Celiac plexus block discussed - declined by pt.
Delirium mild in evenings (CAM +). Haloperidol 0.5 mg IV HS.
Bowels: no BM x3d - methylnaltrexone 8 mg SC given.
Family: sons {{NAME:Piotr}} and {{NAME:Stan Wolanin}}; daughter-in-law {{NAME:Joanne}}. Pt asks for Polish priest - Fr. {{NAME:Kowalski}} from {{FACILITY:St. Hedwig Parish}} visited, sacrament of the sick.
Plan: convert to SC continuous infusion if stable 24 h, then consider return to SNF routine level (family prefers she die here). Will reassess GIP criteria daily.
{{NAME:Kwabena Asante}}, MD   pager {{PHONE:4319}}`,

  `READMISSION NURSING NOTE
{{DATE:12/31/2024 16:20}} - {{NAME:Zofia Kaczmarek}} returned to {{FACILITY:Sunnyside Gardens Nursing Home}} East 12 by {{FACILITY:Lakeview Ambulance}} from {{FACILITY:St. Adalbert Memorial Hospital}} after 4-day stay (hosp # {{ACCOUNT:SAM-2024-99120}}). Bed held per bed-hold notice.
Hospital dx: E. coli urosepsis, acute metabolic encephalopathy, AKI (Cr peak 2.3 -> 1.4). Rec'd ceftriaxone, d/c on cefpodoxime 200 mg BID through {{DATE:1/3/25}}.
New: apixaban reduced to 2.5 mg BID (age >80, Cr >1.5 at times - per hosp pharmacist). Metoprolol held for SBP <100 - resume when >110.
Assessment: A&O x1 (self), pleasant, speaking Polish. BP 112/66, HR 88, T 98.4, SpO2 95% RA. Lungs clear. Foley placed {{DATE:12/28}} - removed prior to d/c, voided 300 mL at 1700.
Skin: new stage 2 L buttock 1.5 x 1 cm (hospital acquired - photos taken, wound record started); heels intact.
POLST: completed at hospital {{DATE:12/30/24}} w/ nephew - DNR, selective treatment. Copy on chart.
Nephew {{NAME:Marek}} notified of arrival 1630.
Meds reconciled w/ Dr. {{NAME:Wisniewski}} by phone; faxed to pharmacy.
{{NAME:Leticia Mba}}, RN`,

  `OT EVALUATION
{{FACILITY:Alder Creek Post-Acute}}   Pt: {{NAME:Chen, Wei-Lin}}   Eval: {{DATE:05/07/2025}}   Dx: R distal radius fx ORIF (S52.571D), L pubic rami fx
PLOF: indep all ADLs/IADLs; cooked daily, managed own meds w/ weekly pillbox; husband {{NAME:Ming Chen}} ({{AGE:91}}) has mild dementia - pt was his caregiver.
Current: LB dressing max A (cannot reach feet w/ pelvic pain), UB dressing min A (R cast), toileting mod A, toilet transfer mod A w/ grab bar, grooming set-up. Writes w/ L hand poorly. FIM motor 42.
R hand: fingers edematous, AROM digits full fist 60%. L UE WFL.
Cognition: MoCA 26/30 (Mandarin version, administered by {{NAME:Li Na Zhou}}, OTR, bilingual).
Home: condo {{ADDRESS:14800 NE 8th St, #305}}, {{LOCATION:Bellevue}} {{ZIP:98007}} - walk-in shower w/ 3 in lip, no grab bars.
Goals: LB dressing w/ AE SBA; toilet transfer SBA; simple meal prep seated.
Plan: 5x/wk x 3 wk; AE training (reacher, sock aid, long sponge); edema mgmt; home safety eval before d/c. Recommend caregiver for husband during her stay - SW ({{NAME:Ayesha Rahimi}}) notified.
{{NAME:Li Na Zhou}}, OTR/L   {{DATE:5/7/25}}`,

  `MODIFIED BARIUM SWALLOW STUDY
Pt: {{NAME:Hamish MacAskill}}   DOB {{DATE:03/03/1927}}   Referring: Dr. {{NAME:Bakare}}, {{FACILITY:Pinecrest Senior Living}}
Study date: {{DATE:10/16/2024}}   Location: {{FACILITY:Willamette Imaging Center}}, fluoroscopy suite 2   Accession {{ID:WIC-24-1016-0447}}
Consistencies: thin (IDDSI 0), mildly thick (2), moderately thick (3), puree (4), soft & bite-sized (6).
Findings: reduced base of tongue retraction and delayed swallow initiation (bolus at pyriform sinuses). Thin liquid by cup: silent aspiration x2 (PAS 8). Thin by tsp: penetration (PAS 3). Mildly thick: penetration cleared w/ cued cough (PAS 2). Moderately thick and puree: WFL. Soft solids: moderate vallecular residue, cleared w/ liquid wash.
Impression: moderate oropharyngeal dysphagia. High risk for aspiration with thin liquids.
Recs: IDDSI level 6 soft & bite-sized, MILDLY THICK (level 2) liquids by cup, upright 90 deg, chin tuck, small sips, meds whole in puree. Oral care BID. Discuss goals of care with family ({{NAME:Fiona MacAskill}}) - pt states he wants "proper tea, not that jelly."
{{NAME:Morgan Castellanos-Reid}}, MS, CCC-SLP`,

  `{{FACILITY:TRISTATE MOBILE DIAGNOSTICS}} - LABORATORY REPORT
CLIA 05D2091887    Lab director: {{NAME:H. Venkataraman}}, MD
Patient: {{NAME:ASHCOMBE-YOUNG, PRISCILLA}}    DOB: {{DATE:06/30/1931}}    Sex: F
Facility: {{FACILITY:HERITAGE OAKS SKILLED NURSING}} Rm 212    Ordering: {{NAME:AUBERT, L}} MD
Req #: {{ID:TSM-558210}}    Collected: {{DATE:11/09/2024 16:05}}    Received: {{DATE:11/09/2024 19:40}}    Reported: {{DATE:11/10/2024 06:12}}

TEST                 RESULT     FLAG   REF RANGE
WBC                  15.8       H      4.0-11.0 K/uL
Hgb                  11.4       L      12.0-15.5 g/dL
Plt                  212               150-400 K/uL
Na                   134        L      135-145
K                    4.1               3.5-5.1
BUN                  41         H      7-20
Creat                1.62       H      0.5-1.1 (baseline 1.1)
Glucose              88                70-99
UA: LE 3+, nitrite POS, WBC >50/hpf, bacteria many.
Urine culture: >100,000 CFU/mL E. coli - sensitivities to follow (prelim ESBL screen positive).
Critical/abnormal called to {{NAME:A. Fashola}} RN at {{DATE:11/10 0625}} by {{NAME:jtr}}.`,

  `PORTABLE X-RAY REPORT - {{FACILITY:PortaRay Imaging}}
Patient: {{NAME:Vasilenko, Dmitri}}    DOB {{DATE:1931-02-14}}    Facility: {{FACILITY:Rosewood Memory Care}}
Exam: CHEST 1 VIEW (AP, semi-upright)    Accession: {{ID:MX-77130482}}    Exam date/time: {{DATE:09/29/2024 14:10}}
Ordering: {{NAME:Castellanos, Luis}} MD
Tech: {{NAME:D. Abara}}    Reason: choking episode, r/o aspiration
FINDINGS: Single portable view. Rotated to the right. Heart size upper normal. Aortic knob calcified. Lungs hyperinflated with flattened diaphragms. Mild bibasilar linear opacities, favored atelectasis. No focal consolidation. No pleural effusion or pneumothorax. No radiopaque foreign body. Old healed L 6th-7th rib fx. DJD thoracic spine.
IMPRESSION: No acute cardiopulmonary process. Bibasilar atelectasis. If clinical concern for aspiration persists, repeat in 24-48 h.
Read by: {{NAME:Prakash Venugopal}}, MD (teleradiology, {{FACILITY:Starlight Teleradiology Group}})   Signed {{DATE:09/29/2024 15:02}}
Results faxed to facility {{FAX:260-555-0157}} and called to {{NAME:R. Quintero}} LPN.`,

  `DELIVERY TICKET - hospice DME
{{FACILITY:Frontier Medical Equipment}}   Order {{ID:FME-240917-22}}   Delivered {{DATE:09/17/2024 13:40}}
Patient: {{NAME:Two Bulls, Bertha}}   Hospice: {{FACILITY:Prairie Wind Hospice}} (bill hospice, per diem)
Deliver to: {{ADDRESS:HC 49 Box 112}}, {{LOCATION:Kyle}} SD {{ZIP:57752}} - pt daughter {{NAME:Winona Two Bulls}} {{PHONE:605-555-0152}}
ITEM                                   QTY   SERIAL
Semi-electric hospital bed, half rails  1     {{DEVICE:HB-5510-88132}}
Alternating pressure mattress           1     {{DEVICE:APM2207614}}
O2 concentrator 5 L (EverFlo)           1     {{DEVICE:EV118893004}}
E-cylinders (backup)                    4     -
Bedside commode                         1     -
Overbed table                           1     -
Set-up/teaching: concentrator use, no smoking/open flame within 10 ft (daughter informed of ceremony plans - advised O2 OFF and tubing removed from room); cylinder storage.
Generator: none - power outage plan: call {{PHONE:605-555-0111}} (24 h).
Driver: {{NAME:Marty Red Feather}}   Truck plate {{VEHICLE:2G 8093}} (SD)   Received by: {{NAME:W. Two Bulls}}`,
  `med tech shift log - {{FACILITY:willows at shady grove}} - 2nd flr - {{DATE:5/23/24}} 1500-2300
apt 201 {{NAME:hollis, v}} - 1700 meds given. bs 212 before supper, gave insulin lispro 4u per scale. 
apt 204 {{NAME:r. abernethy}} - refused 2000 donepezil x2 attempts, "i already took it". notified {{NAME:sorensen}} rn.
apt 209 mr & mrs {{NAME:delacroix-bey}} - both meds ok. mr c/o L knee pain, gave tylenol 650 prn 1745.
apt 217 {{NAME:dot pruitt}} - s/p fall last nite. elbow abrasion clean/dry. new night light + commode in place. pt tearful abt daughter moving to {{LOCATION:cincinnati}} - spent 10 min w/ her. 
apt 220 {{NAME:n. feldstein}} ({{NAME:mordecai}}) - warfarin 3mg given per calendar, INR {{DATE:5/21}} 2.7. next inr {{DATE:6/4}}.
apt 223 {{NAME:baek}} - family took her out for dinner at 1600 ("{{NAME:soon-ja}}" her daughter), returned 2015, 1700 meds sent w/ daughter, confirmed taken.
apt 226 empty - new move-in {{DATE:5/28}} ({{NAME:imani o.}}).
narc count correct w/ {{NAME:jess whitlock}} 2300. keys handed off.
-{{NAME:carla m.}} med tech`,

  `FAMILY MEETING - goals of care / artificial nutrition
{{DATE:02/27/2025 1100}}   {{FACILITY:Bayview Gardens Nursing & Rehabilitation}}, conf rm 1
Resident: {{NAME:Fatima Al-Khoury}}   {{AGE:90}}F   Rm 118   (not present - resting)
Present: sons {{NAME:Bassam Al-Khoury}} (HCP), {{NAME:Ziad Al-Khoury}}; daughter {{NAME:Rania Haddad}}; Imam {{NAME:Abdullah Shaheen}} ({{FACILITY:Islamic Center of Long Island East}}); interpreter {{NAME:Nour}} ({{FACILITY:LinguaBridge}} #{{ID:IC-228401}}) - Arabic; Dr. {{NAME:Haddadin}}; {{NAME:Howard Lim}}, NHA; {{NAME:Jennifer Oyelowo}}, SW.
Background: advanced Alzheimer's; 2 aspiration pneumonias since {{DATE:11/2024}}; eats <25%; wt 41 kg (BMI 16). Hospital ({{DATE:2/20}}) recommended PEG.
Discussion: Dr. {{NAME:Haddadin}} reviewed evidence that PEG does not reduce aspiration or prolong survival in advanced dementia. {{NAME:Bassam}} stated family's religious duty to provide food and water; Imam explained that in his view comfort feeding fulfils this and a feeding tube is permitted but not obligatory when it brings burden. {{NAME:Rania}} tearful - "we don't want her to starve."
Outcome: family will not pursue PEG for now; time-limited trial of careful hand feeding, favorite foods (labneh, rice pudding), re-meet in 2 wks ({{DATE:3/13}}). Requested halal meals - dietary ordered. Hospice info given.
{{NAME:J. Oyelowo}}, LCSW`,

  `HOSPICE ADMISSION - HOME (VA-covered)
{{FACILITY:Bluegrass Veterans Hospice}}   {{DATE:6/2/2025}}
Pt: {{NAME:Thaddeus "Ted" Okoro}}   DOB {{DATE:09/09/1932}}   {{AGE:92}}M   MR {{MRN:BVH-7760}}
VA ICN {{MRN:1013448921V552017}}   referred by {{FACILITY:Kentucky Bluegrass VA Clinic}} HBPC team, Dr. {{NAME:Dunleavy}}
Address: {{ADDRESS:118 Fincastle Rd}}, {{LOCATION:Lexington}}, KY {{ZIP:40502}}
Dx: end-stage COPD (FEV1 19%), cor pulmonale. Also CAD s/p CABG 1998, PPM (Medtronic Azure, SN {{DEVICE:RNB611842S}}) - pacemaker left ON per pt wishes.
Service: US Army, Korea 1951-53; Purple Heart. Prefers "{{NAME:Ted}}" or "Sergeant."
Caregiver: wife {{NAME:Loretta Okoro}} ({{AGE:89}}), daughter {{NAME:Chioma Okoro-Banks}} ({{PHONE:859-555-0121}}), visits daily.
Symptoms: dyspnea at rest (mMRC 4), anxiety. O2 3 L continuous. Morphine 5 mg PO q4h PRN started; lorazepam 0.5 mg PRN.
Advance directive: KY Living Will ({{DATE:4/2015}}); MOST form DNR completed today.
Requests: honor guard at funeral, burial at {{FACILITY:Kentucky River National Cemetery}} - SW to assist with VA burial benefits (claim # {{ACCOUNT:C-28 441 903}}).
{{NAME:Bridget Mahoney}}, RN`,

  `First Call Intake - {{FACILITY:HALLORAN & SONS FUNERAL HOME}}
Date/time call rec'd: {{DATE:10/04/2024 23:15}}   Taken by: {{NAME:Kevin Halloran}}
Caller: {{NAME:Deborah Nakashima}}, RN, {{FACILITY:Fenwick House Nursing Center}} ({{PHONE:617-555-0166}})
Deceased: {{NAME:Edith Louise Ashworth}}   DOB {{DATE:7/27/1926}}   Age {{AGE:98}}
DOD/time: {{DATE:10/04/2024 22:31}}   Place: {{FACILITY:Fenwick House}}, 2 West Rm 207
Attending physician: Dr. {{NAME:Okafor}} - will sign (EDRS)   ME case? NO
Next of kin: {{NAME:Graham Ashworth}} (nephew) {{PHONE:781-555-0192}} - called family to confirm FH choice 2325, yes, pre-need contract on file # {{ACCOUNT:PN-2011-0447}}
Pre-arranged: traditional burial, {{FACILITY:Elmwood Hill Cemetery}} family lot; viewing; Episcopal service at {{FACILITY:St. Barnabas Episcopal Church}} ({{LOCATION:Cambridge}}).
Removal: 0010 by {{NAME:K. Halloran}} & {{NAME:Sean Dwyer}}, coach plate {{VEHICLE:FH 2291}}
Belongings: glasses, hearing aids - left with facility for family.
Special: no embalming before family viewing? - embalm OK per nephew. Clothing: blue suit dress, pearls (family bringing).
Obituary draft to {{EMAIL:obits@halloransons.com}} by family.`,

  `MEMORY CARE PRE-ADMISSION ASSESSMENT
Community: {{FACILITY:Rosewood Memory Care}}   Assessed by {{NAME:Sunita Rao}}, RN   {{DATE:07/30/2024}} at applicant's home
Applicant: {{NAME:Magdalena Horvath}}   DOB {{DATE:12/19/1935}}   Born {{LOCATION:Szeged}}, Hungary; came to US 1957.
Home: {{ADDRESS:4407 Reed Rd}}, {{LOCATION:Fort Wayne}}, IN {{ZIP:46815}}, lives with son {{NAME:Laszlo "Les" Horvath}} (POA, {{PHONE:260-555-0128}}) who works nights at {{FACILITY:Maumee Freight Distribution}}.
Dx: mixed AD/vascular dementia (neurology Dr. {{NAME:Ibrahim}}, 2022). MMSE 14/30 ({{DATE:6/2024}}).
ADLs: bathing A, dressing cueing, toileting indep w/ occasional accidents, feeding indep. Walks indep, no device; good stamina (walks the block 3x/day).
Behaviors: exit seeking - left home twice in 2024, once found by neighbor at {{ADDRESS:Stellhorn Rd & Maplecrest Rd}}; sundowning; hoarding food. No aggression.
Meds: memantine, donepezil, amlodipine, vitamin D. Son manages.
Health: Medicare {{HEALTH_PLAN:2KM9-PF3-WE15}}; Anthem supplement. PCP {{NAME:Ruth Gallagher}}, DO.
Preferences: Hungarian music, paprikash, rosary, cats. Speaks Hungarian when tired.
Decision: appropriate for secured memory care. Move-in target {{DATE:8/12/24}}, Rm 14. WanderGuard to be placed day 1.`,
  `INFECTION CONTROL - OUTBREAK LINE LIST (COVID-19)   Unit: 2 North
{{FACILITY:Riverside Commons Rehabilitation & Nursing}}   Outbreak start {{DATE:01/20/2025}}   LHD notified {{DATE:1/21/25}}, case # {{ID:FCPH-OB-25-0031}}
#  Resident              Rm     Onset     Test (Ag/PCR)      Sx                     Tx / outcome
1  {{NAME:Demir, Y.}}            2N-04  {{DATE:1/19}}      Ag+ {{DATE:1/20}}         fever, cough           Paxlovid (renal dose) - recovered
2  {{NAME:Halloway, D.}}         2N-07  {{DATE:1/21}}      PCR+ {{DATE:1/21}}        sore throat            none - recovered
3  {{NAME:Wolanin, A.}}          2N-11  {{DATE:1/22}}      Ag+ {{DATE:1/22}}         hypoxia 88%            remdesivir x3d at {{FACILITY:Olentangy Medical Pavilion}} -> returned {{DATE:1/28}}
4  {{NAME:Oyelaran-Pratt, E.}}   2N-12  {{DATE:1/24}}      PCR+ {{DATE:1/24}}        asymptomatic           none
5  {{NAME:McCullough, B.}}       2N-15  {{DATE:1/25}}      Ag+ {{DATE:1/25}}         confusion, poor PO     hospice pt - comfort; died {{DATE:1/30}} (not reported as COVID death - see MD note)
Staff cases: 3 (CNA x2, dietary x1) - excluded per CDC RTW guidance.
Actions: unit-wide testing q3-5d, cohorting on 2N east hall, N95/eye protection, dining suspended, visitors screened. NHSN reporting done weekly.
Outbreak closed {{DATE:02/17/2025}} (14 d no new cases).
{{NAME:Colleen Fitzgerald}}, RN, IP / Dr. {{NAME:Mehrotra-Shah}}, Medical Director`,

  `RESIDENT / FAMILY GRIEVANCE FORM          Grievance # {{ID:GRV-2024-044}}
Facility: {{FACILITY:Euclid Creek Manor}}       Received {{DATE:10/28/2024}} by {{NAME:Sharonda Mays}}, Grievance Official
Filed by: {{NAME:Pieter Bosch}} (court-appointed guardian)   for resident {{NAME:Wilhelmina Bosch}}, Rm 22B
Concern (in his words): "On {{DATE:Saturday 10/26}} I came at 2 pm and found my mother in the same wet brief and nightgown from the night before, her hearing aids in the drawer and her lunch tray untouched on the overbed table out of reach. Nobody on the hall could tell me when she was last changed. This is the second time this month. I want a meeting with the DON and I want to know the staffing that day."
Investigation: staffing {{DATE:10/26}} day shift 3 CNAs for 38 residents (scheduled 4 - 1 call-off, agency no-show). Point-of-care documentation: last incontinence care 0540. CNA {{NAME:Rochelle Dibiase}} statement obtained.
Findings: SUBSTANTIATED - care not provided per care plan.
Resolution: meeting {{DATE:11/1/24}} w/ guardian, DON {{NAME:Linh Truong}}, administrator {{NAME:Frank Osterhaus}}; weekend staffing float pool added; q2h check log on door for resident; hearing aid checklist. Guardian given ombudsman contact ({{NAME:Beverly Kline}}, {{PHONE:216-555-0169}}).
Written decision mailed {{DATE:11/4/2024}} to {{ADDRESS:2291 Lander Rd}}, {{LOCATION:Pepper Pike}} OH {{ZIP:44124}}.`,

  `PATIENT DISCHARGE INSTRUCTIONS - TRANSFER TO SKILLED NURSING FACILITY
NAME: {{NAME:MARGARET A HOLLOWAY}}     MRN: {{MRN:LGH-3318840}}     DOB: {{DATE:02/17/1931}}
ADMIT: {{DATE:03/06/2024}}   DISCHARGE: {{DATE:03/11/2024}}   UNIT: 6 WEST ORTHO   ATTENDING: {{NAME:SHAPIRO, D}} MD
DISCHARGED TO: {{FACILITY:BRIARWOOD HEALTH & REHABILITATION CENTER}}, {{ADDRESS:1250 BRIARWOOD LN}}, {{LOCATION:NAPERVILLE}} IL {{ZIP:60540}}
PROCEDURE: LEFT HIP HEMIARTHROPLASTY {{DATE:03/07/2024}} (CEMENTED)
ACTIVITY: WEIGHT BEARING AS TOLERATED LEFT LEG. POSTERIOR HIP PRECAUTIONS X 6 WEEKS - NO BENDING PAST 90, NO CROSSING LEGS, NO INTERNAL ROTATION. ABDUCTION PILLOW IN BED.
DVT PROPHYLAXIS: ENOXAPARIN 40 MG SUBQ DAILY X 28 DAYS (LAST DOSE {{DATE:04/04/2024}}).
WOUND: AQUACEL DRESSING - LEAVE IN PLACE 7 DAYS. STAPLE REMOVAL POD 12-14 AT SNF.
FOLLOW UP: DR {{NAME:SHAPIRO}} - {{FACILITY:LAKESHORE ORTHOPAEDICS}} - {{DATE:03/21/2024 10:15 AM}} - {{PHONE:630-555-0100}}. XR L HIP 2 VIEWS AT VISIT.
CALL FOR: TEMP > 101.5, WOUND DRAINAGE, CALF PAIN/SWELLING, HIP DISLOCATION SIGNS (SUDDEN PAIN, LEG SHORTENING).
PENDING AT DISCHARGE: NONE.
NURSE: {{NAME:KOJO MENSAH}} RN   REPORT GIVEN TO: {{NAME:T ADEBAYO}} RN AT {{FACILITY:BRIARWOOD}} {{DATE:03/11/2024 13:05}}`,

  `SOCIAL WORK / SPIRITUAL CARE - after-death note
{{DATE:Friday, March 7, 2025}}
Resident {{NAME:Mordecai Feldstein}}, Apt 220, {{FACILITY:The Willows at Shady Grove}}, died 1342 today (expected; hospice {{FACILITY:Columbus Jewish Hospice Partners}}).
Family: daughter {{NAME:Ruth Feldstein-Adler}} present; son {{NAME:Avi Feldstein}} arriving from {{LOCATION:Tel Aviv}} Sunday.
Per family and Rabbi {{NAME:Elisheva Marcus}} ({{FACILITY:Congregation Beth Shalom of Bexley}}, {{PHONE:614-555-0137}}):
 - body not to be left alone; shomer (volunteer {{NAME:Hyman Rothstein}}) to sit with him until removal
 - no embalming, no autopsy; ME not involved (expected death, attending Dr. {{NAME:Pellegrino}} to sign)
 - burial before sundown Sunday is not possible before Shabbat ends, so burial {{DATE:Sunday 3/9}}
 - {{FACILITY:Epstein Memorial Chapel}} notified 1410 ({{PHONE:614-555-0119}}); chevra kadisha will perform tahara at the chapel
 - staff asked to cover mirror in apartment, open window; done by aide {{NAME:Yolanda}}
 - wife's yahrzeit was {{DATE:2/11}} - family noted he "waited for it to pass"
Staff support: debrief offered to 2nd floor team at 1500.
{{NAME:Marcy Lindell}}, LSW`,

  `EMS PATIENT CARE REPORT   Incident # {{ID:25-0087731}}   Unit M-7   {{FACILITY:Sandusky County EMS}}
Dispatched {{DATE:05/11/2025 19:42}}  On scene 19:49  Depart 20:06  At dest 20:19
Location: {{FACILITY:Lakeview Terrace Nursing Center}}, {{ADDRESS:400 W. Hayes Ave}}, {{LOCATION:Fremont}}, OH {{ZIP:43420}} - Rm 27
Pt: {{NAME:Gatewood, Harlan}}   DOB {{DATE:04/03/1934}}   Age {{AGE:91}}   Wt est 70 kg
CC: respiratory distress. Per staff LPN {{NAME:Dana Fritsch}}: SOB increasing x 2h, hx CHF/COPD, O2 was at 2 L now on NRB.
Assessment: tripoding, speaking 2-3 words. RR 32, HR 118 irreg, BP 178/96, SpO2 84% on NRB -> 93% on CPAP 10. Rales to mid fields bilat, 2+ pitting edema to knees. ETCO2 38. 12-lead: AFib RVR 120s, no STE.
Tx: CPAP 10 cmH2O, NTG 0.4 mg SL x2 (BP 150s), IV L AC 20g.
Code: POLST in packet - Full treatment, attempt CPR (signed {{DATE:1/8/2024}}).
Transport to {{FACILITY:Sandusky River Regional Hospital}} ED - report to RN {{NAME:Carrie}}. Pt improved, RR 24.
Transfer packet, med list, facesheet given. Daughter {{NAME:Sharon Gatewood-Pfeiffer}} ({{PHONE:419-555-0146}}) meeting at ED.
Crew: {{NAME:T. Brubaker}} EMT-P #{{LICENSE:P-118204}}, {{NAME:L. Sanchez}} EMT-B`,

  `From: {{NAME:Simone Achterberg}} <{{EMAIL:sachterberg@willowsshadygrove.com}}>
To: {{EMAIL:intake@cjhpartners.org}}; {{NAME:Marcy Lindell}}
Date: {{DATE:Sun, 3 Nov 2024 07:58}}
Subject: URGENT - resident death apt 209 - not on your service

{{NAME:Marcy}} / hospice team - FYI since Mrs. {{NAME:Delacroix-Bey}} is your patient and will need support.
Her husband, {{NAME:Raymond Delacroix-Bey}} ({{AGE:90}}, NOT on hospice), was found unresponsive in their bathroom at 0540 by our night aide. 911 called, {{FACILITY:Dublin Fire}} pronounced at 0602. Because it was unattended and he was not under hospice, {{FACILITY:Dublin Police}} responded (Officer {{NAME:Rahman}}, report {{ID:DPD 24-13377}}) and the {{FACILITY:Franklin County Coroner's Office}} was called - investigator {{NAME:Kristin Oakes}} ({{PHONE:614-555-0159}}), coroner case {{ID:FCC-24-02918}}. Coroner released the body at 0735 after speaking with his PCP (hx of CAD, prior MI); no autopsy. He went to {{FACILITY:Whitcomb-Hale Chapel}}.
Mrs. {{NAME:D-B}} is very confused this morning, asking for him repeatedly. Son {{NAME:Marcus}} is on a flight from {{LOCATION:Atlanta}}, lands 1130. Could your chaplain come today?
Thanks - {{NAME:Simone}}
{{NAME:Simone Achterberg}} | Executive Director | {{PHONE:614-555-0155}} | sent from mobile`,

  `MDS 3.0 - ADMISSION (5-day/OBRA admit)  - SECTION A excerpt
A0100A Facility NPI: {{LICENSE:1902837465}}
A0310A: 01 admission  A0310B: 01 5-day   A0310F: 99
A0500 Resident name: A. first {{NAME:Nkechi}}  B. MI {{NAME:O}}  C. last {{NAME:Adeyemi-Johnson}}  D. suffix --
A0600A SSN: {{SSN:418-66-2093}}     A0600B Medicare #: {{HEALTH_PLAN:5HJ2-WD8-PR39}}
A0700 Medicaid #: {{HEALTH_PLAN:910447381256}}
A0800 Gender: 2     A0900 Birth date: {{DATE:03-21-1933}}
A1000 Race/ethnicity: Black or African American
A1110 Language: English; interpreter needed: 0
A1200 Marital: 4 widowed
A1300A Medical record #: {{MRN:CK-50217}}    A1300B Room #: 108    A1300C Preferred name: "{{NAME:Kechi}}"
A1600 Entry date: {{DATE:09/14/2025}}     A1700 Type: 1 admission
A1805 Entered from: 03 acute hospital ({{FACILITY:Monongahela Ridge Medical Center}})
A2300 ARD: {{DATE:09/20/2025}}
Completed by {{NAME:R. Vukovich}}, RN, MDS Coordinator - {{FACILITY:Cedar Knoll Nursing & Rehab}}`,
];

export const HELDOUT_REALISTIC_64_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout64-${i + 1}`, n));
