// A twelfth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). It imitates an ordinary US health system's EHR export of the
// 2020s: ED notes, hospitalist H&Ps and progress notes, nursing shift notes in shorthand, telephone
// encounters, patient-portal messages (lower case, typos, no punctuation), outside-records
// summaries, fax cover sheets, prior-authorisation and appeal letters, case management and social
// work notes, home health, behavioural health, pediatrics, OB/L&D/NICU, pharmacy, lab, pathology
// and radiology reports with comparison dates, operative and procedure notes, care coordination
// with nursing homes, schools and employers, interpreter use and transport. Names come from many
// origins (Hispanic, East Asian, South Asian, African, Eastern European, Arabic, Native American),
// with hyphenated and multi-part surnames, nicknames and clinicians written in every form;
// organisations appear in Title case, ALL CAPS and lower case and as abbreviations; dates in ISO,
// US, European, spelled-out and year-less forms, with and without times; plus phone, fax, pager and
// extension numbers, MRNs, account and claim numbers, member IDs, addresses with units, emails,
// URLs, IPs, device serials, plates and licences, among many look-alike non-PHI (eponyms, drug
// names and doses, units, scores, lab values, device models, rooms and beds, CPT/ICD codes, lot and
// NDC numbers, years and weekdays alone, clock times, ages of 89 and under, states, countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// Mrs., dr, etc.) and labels (MRN:, DOB) stay outside spans; a time attached to a full date is part
// of the DATE, and a weekday written with a date is part of it; a date range written as one token
// is one DATE span; a month with a year (08/2023, March 2022), a date without a year (3/14, the
// 22nd) and a month named alone for an event (since October) are DATEs; a shift range after a date
// (3/4 0700-1900) is not part of it; states, countries, a year alone, weekdays alone, clock times
// alone and ages of 89 and under are not PHI, ages of 90 and over are AGE; hospitals, clinics,
// named wards and units, schools, employers, nursing homes, pharmacies, labs, home-health,
// transport and interpreter agencies of a patient are FACILITY (a unit named only by floor, wing or
// type, like 5 East, MICU or Tower 7 West, is not); payers and state or federal agencies are not
// PHI; insurer and Medicare/Medicaid member numbers are HEALTH_PLAN; billing, account, encounter
// (FIN) and claim numbers are ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE;
// plates and VINs are VEHICLE; pacemaker, pump, sensor, CPAP and implant serials are DEVICE;
// accession, order, authorisation, referral, case, interpreter and employee numbers are ID; short
// in-house pagers and extensions are PHONE; lot, NDC, CLIA and trial numbers are not PHI; a street
// without a number or an intersection where a person lives or was is ADDRESS; cities abroad are
// LOCATION; typist initials are NAME. Every occurrence is marked, including repeated first names,
// initials and PHI written in lower case.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9409 / 0.9575; pass-11 engine (789a1c5) 0.9603 / 0.9513; pass-12a-c engine (ddaa0f7) 0.9616 / 0.9514.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{FACILITY:Mesa Verde Regional Medical Center}} - Emergency Dept
Patient: {{NAME:Guadalupe Ortiz-Barrera}}   MRN: {{MRN:MV00418822}}   Acct: {{ACCOUNT:400918273}}
DOB: {{DATE:04/17/1961}}   Arrival: {{DATE:03/09/2024 02:14}}   Mode: EMS (Medic 14)
Attending: {{NAME:Kwame Asante-Boateng}}, MD   Resident: Dr. {{NAME:Priya Raghunathan}}
CC: chest pressure x 2 hrs
HPI: 62 yo F w/ HTN, DM2 (A1c 8.1 in 2023) brought from home at {{ADDRESS:1127 W Calle Ancha, Apt 6}}, {{LOCATION:Tucson}} after waking at 0130 with substernal pressure radiating to L arm. Daughter {{NAME:Marisol}} at bedside. Pt prefers Spanish; interpreter {{NAME:Ana Lucia Fierro}} (interp ID {{ID:4471}}) via video. ASA 324 mg given by EMS. No prior cath. PCP Dr. {{NAME:Hoang}} at {{FACILITY:Rillito Family Clinic}}.
Exam: BP 168/94, HR 102, SpO2 95% RA. Levine sign present. No JVD. Lungs CTA. No Homans sign.
ECG 0221: ST depression V4-V6, no STEMI criteria. hs-TnI 48 -> 112 ng/L. K 3.6, Cr 1.1.
Impression: NSTEMI, TIMI 4, HEART 7.
Plan: heparin gtt per ACS nomogram, atorvastatin 80 mg, cardiology (Dr. {{NAME:Feldman-Ruiz}}, pgr {{PHONE:4-7712}}). Admit {{FACILITY:Saguaro 4 CVU}} bed 12. {{NAME:Marisol}} cell {{PHONE:(520) 555-0148}}.
E-signed {{DATE:3/9/24 0412}} {{NAME:KAB}}/{{NAME:pr}}`,
  `Patient Portal Message
From: {{NAME:tran thi mai}} <{{EMAIL:maitran.1979@fastmail.example}}>
To: {{FACILITY:Lakeshore Internal Medicine}} - Dr {{NAME:Okonkwo}} pool
Sent: {{DATE:Sun 11/12/2023 9:47 PM}}
Subject: refill and question

hi dr {{NAME:okonkwo}} this is {{NAME:mai tran}} dob {{DATE:2/3/79}} i ran out of my lisinopril 20mg last wk and the {{FACILITY:quikfill pharmacy}} on {{ADDRESS:s halsted st}} said they need a new script. also my sugar was 240 this morning is that bad?? my husband {{NAME:duc}} says i should go to the er but i feel ok just tired. i work nights at {{FACILITY:midwest cold storage}} so i cant come till after the {{DATE:20th}}. can u call me at {{PHONE:773 555 0117}} after 2pm or text. thank u

---
Reply from {{NAME:Rosa Velazquez}}, RN, {{DATE:11/13/2023 08:12}}:
Hi Ms. {{NAME:Tran}}, Dr. {{NAME:Okonkwo}} sent lisinopril 20 mg #90 to {{FACILITY:QuikFill}}. A fasting glucose of 240 is high. Please go to the ED or urgent care if you have vomiting, confusion or very high readings. I scheduled you {{DATE:Thursday 11/21}} at 3:40 pm. - {{NAME:RV}}`,
  `HOSPITALIST ADMISSION H&P
{{FACILITY:St. Brendan Mercy Hospital}}, {{LOCATION:Dayton}}, OH
Pt: {{NAME:Oyelaran, Babatunde A.}}   MRN {{MRN:SBM-2210945}}   FIN {{ACCOUNT:88410027716}}
DOA: {{DATE:2024-01-22}}   Room 5W-512B
Admitting: {{NAME:Svetlana Kuznetsova}}, DO   Pager {{PHONE:937-555-0163}}
Source: transfer from {{FACILITY:Greene Valley Memorial ED}}
HPI: 71M with CKD 3b, HFrEF (EF 30% on echo {{DATE:08/2023}}), AF on apixaban, sent for volume overload. Wife {{NAME:Folake}} reports 12 lb gain since visit to {{FACILITY:Stillwater Cardiology}} on {{DATE:Jan 4}}. Orthopnea 3 pillows, PND. CXR with Kerley B lines. NT-proBNP 8,420.
PMH: CABG 2016, gout, BPH. NYHA III.
Meds: furosemide 40 mg BID, carvedilol 12.5 mg BID, sacubitril/valsartan 24/26, apixaban 5 mg.
Social: retired machinist ({{FACILITY:Delco Precision Parts}}). Lives with {{NAME:Folake}} at {{ADDRESS:4410 Shiloh Springs Rd}}, {{LOCATION:Trotwood}} {{ZIP:45426}}. Never smoker.
Exam: JVP 12 cm, bibasilar crackles, 2+ pitting edema to knees. Irregularly irregular.
A/P: ADHF - IV furosemide 80 mg BID, strict I/O, daily wts, renal fn in AM. Cards f/u Dr. {{NAME:Abernathy}}.
Code: Full. HCPOA son {{NAME:Tunde Oyelaran}} {{PHONE:(937) 555-0129}}.
{{NAME:S. Kuznetsova}}, DO {{DATE:01/22/2024 23:51}}`,
  `NSG SHIFT NOTE {{DATE:6/14}} 1900-0700  4 North Med-Surg rm 418-2
pt {{NAME:Jankowski, Zbigniew}} 84yo M  MRN {{MRN:1093374}}
A&Ox3 at start of shift, became confused ~0200, pulling at PIV, redirected. CAM+. Dr {{NAME:Iyer}} (nocturnist) notified @0215, no new orders, 1:1 sitter {{NAME:Keisha}} from float pool placed 0230.
VS stable q4h. BP 142/78 HR 88 T 37.4 SpO2 93% 2L NC.
resp: dim bases, IS 750 mL x10/hr when awake.
GI/GU: foley d/c'd 0600 per protocol, DTV by 1200. BM x1 formed.
skin: stage 2 sacrum 2x1.5 cm, mepilex changed, braden 13. turned q2.
pain: 4/10 R hip, oxy 5 mg x1 @ 0340 w/ relief.
fall risk: morse 65, bed alarm on, low bed.
family: daughter {{NAME:Halina Nowak}} called 2245 from {{LOCATION:Erie}}, updated, pls call her {{PHONE:814-555-0152}} if changes. pt's wife {{NAME:Krystyna}} is in {{FACILITY:Brookfield Manor SNF}} and can't visit.
plan: PT eval in AM, am labs drawn, f/u w/ Dr {{NAME:Iyer}} re: seroquel.
{{NAME:J. Mbatha}} RN {{DATE:6/15/23 0655}}`,
  `TELEPHONE ENCOUNTER
{{FACILITY:Riverbend Pediatrics}} - Nurse Line
Date/Time: {{DATE:10/03/2022 10:26 AM}}
Caller: {{NAME:Yesenia Calderon}} (mother)   Callback: {{PHONE:(915) 555-0186}}
Patient: {{NAME:Mateo Calderon-Pineda}}   DOB {{DATE:07/29/2020}}   MRN {{MRN:RBP-55102}}
Reason: fever 102.6 since Saturday, pulling at ears, decreased appetite but drinking well, 4 wet diapers today. No rash, no trouble breathing. Attends {{FACILITY:Little Sprouts Daycare}} on {{ADDRESS:Zaragoza Rd}}, several kids out sick. Gave acetaminophen 160 mg at 0800 (wt 13.6 kg). Brother {{NAME:Santiago}} had strep last week.
Disposition per Schmitt-Thompson protocol Ear Pain: see within 24 h. Appt made with Dr. {{NAME:Nakamura-Lowe}} today 2:15 pm. Advised ibuprofen 5 mL (100 mg) q6h prn, push fluids, ED if lethargic or stiff neck.
Mother asks for daycare note; will print at visit and fax to director Mrs. {{NAME:Bea Holloway}} at {{FAX:915-555-0174}}.
{{NAME:Lorena Quiñones}}, RN  ext {{PHONE:2231}}`,
  `FAX COVER SHEET
{{FACILITY:NORTHGATE ORTHOPAEDIC & SPINE}}
{{ADDRESS:2200 Commerce Pkwy, Suite 310}}, {{LOCATION:Lexington}}, KY {{ZIP:40511}}
Phone {{PHONE:859-555-0190}}   Fax {{FAX:859-555-0191}}

DATE: {{DATE:February 6, 2024}}          PAGES (incl. cover): 7
TO: Utilization Review, Humana Commercial     FAX: 1-800-555-0142
FROM: {{NAME:Tiffany Begay}}, Surgery Scheduler   x{{PHONE:114}}
RE: {{NAME:WHITEHORSE, DELBERT J}}   DOB {{DATE:09/11/1958}}
Member ID: {{HEALTH_PLAN:H48227719-01}}
Requested: L4-5 TLIF, CPT 22633, 22840, 20930; ICD-10 M43.16, M48.062
Surgeon: {{NAME:Radomir Petrović}}, MD  NPI {{LICENSE:1548822063}}
Facility: {{FACILITY:Bluegrass Surgical Pavilion}}   Tentative date: {{DATE:3/14/24}}
Enclosed: office notes {{DATE:11/2/23}}, {{DATE:12/18/23}}, {{DATE:1/29/24}}; MRI L-spine {{DATE:10/20/2023}}; PT discharge summary from {{FACILITY:Kentucky River Physical Therapy - Nicholasville}}.
Please reference our case # {{ID:NOS-24-00381}} on all correspondence.

CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error, notify sender at {{PHONE:859-555-0190}} and destroy all copies.`,
  `{{FACILITY:Cascade Valley Neurology}}
{{ADDRESS:815 Pine Ridge Dr}}, {{LOCATION:Bend}}, OR {{ZIP:97701}}  |  ph {{PHONE:541-555-0133}}  fax {{FAX:541-555-0134}}

{{DATE:April 2, 2024}}

Pharmacy Prior Authorization Dept, Moda Health
RE: Letter of Medical Necessity - erenumab (Aimovig) 140 mg SC monthly
Patient: {{NAME:Ingrid Solheim-Vargas}}   DOB: {{DATE:1985-12-30}}
Member #: {{HEALTH_PLAN:MOD7731945502}}   PA ref: {{ID:PA-2024-0417736}}

To whom it may concern,
I am writing on behalf of my patient, Ms. {{NAME:Solheim-Vargas}}, who has chronic migraine without aura (G43.709) with 18 headache days per month (MIDAS 62, grade IV). She has failed adequate trials of topiramate 100 mg (paresthesia, cognitive slowing, 2021), propranolol 80 mg (bradycardia, 2022), amitriptyline 25 mg (sedation), and onabotulinumtoxinA x3 cycles ended {{DATE:Sept 2023}}. Triptans are limited by medication-overuse. She is a teacher at {{FACILITY:Summit Ridge Middle School}} and has missed 14 days this term.
Per ICHD-3 and AHS 2021 consensus, a CGRP mAb is indicated. Please approve for 12 months.

Sincerely,
{{NAME:Oluwaseun Adeyemi-Clarke}}, MD, FAHS
NPI {{LICENSE:1295873360}}
cc: PCP {{NAME:Hannah Whitcomb}}, NP`,
  `CASE MANAGEMENT - DISCHARGE PLANNING NOTE
Pt: {{NAME:Abdirahman Yusuf Warsame}}  MRN {{MRN:00775120}}  Adm {{DATE:5/2/2023}}  Unit {{FACILITY:Cedar 6}}
Payer: Medicaid (Hennepin Health)  ID {{HEALTH_PLAN:HH0482291}}
CM met pt and daughter {{NAME:Hodan Warsame}} at bedside with Somali interpreter {{NAME:Faadumo}} from {{FACILITY:Twin Cities Language Link}} (job #{{ID:TCLL-88213}}). Pt 79 yo s/p L BKA POD#6, needs SNF-level rehab. PT/OT rec: SNF, transfers max A x2.
Referrals sent via Allscripts CarePort {{DATE:5/8}} to: {{FACILITY:Lake Nokomis Care Center}}, {{FACILITY:Minnehaha Methodist Health Center}}, {{FACILITY:ecumenical home of south mpls}} (halal meals requested). Accepted: {{FACILITY:Minnehaha Methodist}} bed avail {{DATE:5/10}}.
Family prefers facility near home ({{ADDRESS:2900 Cedar Ave S, #1104}}, {{LOCATION:Minneapolis}} {{ZIP:55407}}).
Transport: wheelchair van booked with {{FACILITY:Northstar Mobility Van}}, pickup {{DATE:5/10/23 1300}}, conf {{ID:NMV7734}}.
DME: none needed at SNF. Dr. {{NAME:Lindqvist}} aware, d/c summary pending.
{{NAME:Hodan}} phone {{PHONE:612-555-0158}}. CM {{NAME:Bethany Kowalczyk}}, RN x{{PHONE:6-4471}}`,
  `SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
{{FACILITY:University Hospital of Northern New Mexico}}   {{DATE:12 Feb 2024}}
Patient: {{NAME:Tsosie, Loretta}}   MRN {{MRN:UH3318820}}   Age 34
Referral: L&D charge RN {{NAME:Carly}}, positive UDS (THC) at delivery, limited prenatal care.
Met with pt at bedside in Mother-Baby Unit rm 22. Pt lives with partner {{NAME:Darnell Yazzie}} and 2 older children ({{NAME:Kayden}}, 6 and {{NAME:Skye}}, 3) in her mother's home near {{LOCATION:Shiprock}}, approx 1 hr drive. Pt's mother {{NAME:Elsie Tsosie}} ({{PHONE:505-555-0121}}) helps with childcare. Pt works part-time at {{FACILITY:Chuska Trading Post Market}}. Receives WIC and IHS services at {{FACILITY:Four Corners Indian Health Center}}.
Pt states THC use for nausea early in pregnancy, stopped 2nd trimester. Edinburgh score 9. Denies IPV. Car seat: has one, checked by RN.
Per hospital policy, notification to state CYFD made {{DATE:2/12/24}} 14:05, intake worker {{NAME:M. Chavez}}, report #{{ID:CYFD-2024-118934}}. No safety plan required per CYFD.
Plan: PP depression f/u, breastfeeding supported (infant UDS pending), f/u with CHR {{NAME:Ray Benally}}.
{{NAME:Amanda Sandoval}}, LCSW  {{PHONE:505-555-0166}}`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Sunrise Home Health of Fresno}}   Visit {{DATE:08/21/2023}} 09:10-10:05
Patient: {{NAME:Gurpreet Kaur Sandhu}}   DOB {{DATE:03-05-1948}}   Agency # {{MRN:SHH-019344}}
Address: {{ADDRESS:6732 N Fruit Ave, Unit B}}, {{LOCATION:Fresno}}, CA {{ZIP:93711}}
Certifying MD: Dr. {{NAME:Anil Chhabra}}, {{FACILITY:Valley Sikh Family Clinic}}
Medicare ID {{HEALTH_PLAN:4TE7-QX2-MM81}}   Episode {{DATE:8/1-9/29/23}}
SN visit 3 of 9. Pt seen with son {{NAME:Harjit}} interpreting Punjabi (declined agency interpreter).
VS: BP 156/82 L arm seated, HR 74, SpO2 97%, wt 142 lb (down 2 lb). FSBG 188 (post-prandial).
Wound: R heel unstageable 3.1 x 2.4 cm, 40% slough. Cleansed NS, santyl + foam, offloading boot on.
Meds reviewed: metformin 1000 mg BID, glipizide 5 mg, losartan 50 mg, aspirin 81. Pill organizer filled by daughter-in-law {{NAME:Manpreet}}.
Teaching: s/s infection, hypoglycemia rule of 15.
Called Dr. {{NAME:Chhabra}}'s office {{PHONE:559-555-0140}} re: BP, spoke with MA {{NAME:Yolanda}}; will add amlodipine 5 mg.
Next visit {{DATE:Thu 8/24}}. {{NAME:Maribel Ochoa}}, RN`,
  `BEHAVIORAL HEALTH INTAKE ASSESSMENT
{{FACILITY:Elliott Bay Counseling Center}} - Outpatient
Client: {{NAME:Hyun-woo "Danny" Paik}}   DOB {{DATE:11/08/1996}}   Client ID {{MRN:HCC-40771}}
Date of service: {{DATE:Monday, January 8, 2024}}   Clinician: {{NAME:Farah Haddad}}, LMFT
Referred by: EAP at {{FACILITY:Pacific Northwest Freight Systems}} (case mgr {{NAME:Todd Ingebretsen}}, {{PHONE:206-555-0192}})
Presenting problem: 27 yo M software tester, increasing panic attacks since {{DATE:October}}, 3-4/wk, one ED visit to {{FACILITY:Evergreen Issaquah}}? - pt unsure which hospital, "the one off I-90". Avoiding bus commute from {{LOCATION:Renton}}. Poor sleep, ETOH 4-5 beers on weekends. Denies SI/HI, no prior attempts. PHQ-9 14, GAD-7 17, AUDIT-C 5.
Hx: parents emigrated from {{LOCATION:Busan}}; father {{NAME:Paik Jong-su}} dx bipolar I. {{NAME:Danny}} says his girlfriend {{NAME:Kayla}} "is the only one who knows."
MSE: anxious, good eye contact, speech normal rate, thought process linear, insight fair.
Dx: F41.0 Panic disorder; r/o F10.10.
Plan: weekly CBT x12, interoceptive exposure, refer to Dr. {{NAME:Mendoza-Pratt}} (psychiatry) for sertraline eval. Safety plan reviewed; 988 card given.
Next: {{DATE:1/15/24}} 4 pm. Signed {{NAME:F. Haddad}} {{DATE:01/08/2024 17:22}}`,
  `WELL CHILD CHECK - 12 MONTH
{{FACILITY:Prairie Children's Clinic}}   Provider: {{NAME:Chioma Nwankwo-Reyes}}, MD
Pt: {{NAME:Aaliyah Rose Begaye-Martin}}   DOB {{DATE:01/19/2023}}   MRN {{MRN:PCC-0093152}}   Visit {{DATE:01/24/2024}}
Accompanied by mom {{NAME:Shanice Martin}} and grandma {{NAME:Ruth}}.
Growth: wt 9.4 kg (48%), length 75 cm (55%), HC 45.5 cm (60%).
Dev: pulls to stand, cruises, 2 words ("mama", "ba"), pincer grasp, waves bye. ASQ-3 passed all domains.
Diet: whole milk 16 oz/d, table foods. Sleep through night. Attends {{FACILITY:Kiddie Korner Learning Center}} M-F.
Exam: normal. Red reflex bilat. No hip click (Ortolani/Barlow neg). Tanner n/a. Mild diaper dermatitis.
Lead: capillary 2.1 mcg/dL. Hgb 11.8.
Vaccines today: MMR lot Y4Z219, Varicella lot K77310, Hep A #1, PCV20 #4. VIS given, mom consents. Next WCC at 15 mo.
Fluoride varnish applied. Dental home: {{FACILITY:Smile Bright Pediatric Dentistry}}.
Anticipatory guidance: car seat rear-facing, poison control, water temp <120F.
Mom requests WIC form; faxed to WIC office {{FAX:(405) 555-0109}}. Home {{ADDRESS:1818 NW 23rd St}}, {{LOCATION:Oklahoma City}} {{ZIP:73106}}. Mom cell {{PHONE:405-555-0103}}.
{{NAME:CNR}}/{{NAME:mj}}`,
  `OB PRENATAL VISIT
{{FACILITY:Women's Health Associates of Gwinnett}}
Pt: {{NAME:Nguyen-Abubakar, Linh}}   DOB {{DATE:6/2/1992}}   MRN {{MRN:WHA881034}}   G2P1001
Visit: {{DATE:09/18/2023}}   GA 28w3d by 8w US   EDD {{DATE:12/08/2023}}
Provider: {{NAME:Marisa Delacroix}}, CNM
S: Good FM. Occ BH contractions. No LOF/VB. Mild heartburn, using Tums.
O: BP 118/72, wt 161 lb (+19 lb total), FH 28 cm, FHR 142, trace edema.
Labs: 1-hr GTT 152 -> 3-hr ordered. Hgb 10.6 -> start ferrous sulfate 325 mg QOD. Rh neg: RhoGAM 300 mcg today (lot P8812A).
Tdap given. Declines flu vaccine today, will reconsider.
Birth plan: desires TOLAC after prior LTCS for breech (at {{FACILITY:Chattahoochee Northside Hospital}}, {{DATE:3/2020}}). Op note requested from outside records, fax {{FAX:770-555-0138}}. Counseling per ACOG; VBAC calc 71%.
Husband {{NAME:Ibrahim Abubakar}} present, works at {{FACILITY:Peachtree Aero TechOps}} hangar 3; pt's sister {{NAME:Thu}} will watch son {{NAME:Khalid}} during delivery.
Plan: 3-hr GTT next wk, kick counts, RTC 2 wks. Hospital preregistration for {{FACILITY:Gwinnett Regional Medical Center - Lawrenceville}} done, pre-reg # {{ACCOUNT:PR-2309-44718}}.
{{NAME:M. Delacroix}}, CNM`,
  `PHARMACY - ADMISSION MEDICATION RECONCILIATION
{{FACILITY:Bayfront Community Hospital}} Dept of Pharmacy   {{DATE:2023-07-11 16:40}}
Patient: {{NAME:Petrosyan, Armen}}   MRN {{MRN:BCH-7720314}}   Rm ICU-7
Sources: pt (limited, intubated), wife {{NAME:Anahit Petrosyan}} by phone {{PHONE:(818) 555-0112}}, Surescripts fill hx, outpatient pharmacy {{FACILITY:Glendale Family Pharmacy}} ({{PHONE:818-555-0177}}, spoke with RPh {{NAME:Vahe}}), PCP list from {{FACILITY:Brand Blvd Medical Group}}.
Home meds verified:
1. metoprolol succinate 50 mg daily - last fill {{DATE:6/28/23}}
2. warfarin 5 mg M/W/F, 2.5 mg other days - INR managed by anticoag clinic, last INR 2.4 on {{DATE:7/3}}
3. empagliflozin 10 mg daily
4. sertraline 100 mg daily
5. omeprazole 20 mg daily OTC
6. "herbal tea from {{LOCATION:Yerevan}}" - contents unknown, wife bringing package
Discrepancies: admission orders missing sertraline (risk of discontinuation syndrome) - discussed with Dr. {{NAME:Alvarez-Kim}}, resumed via OGT. Warfarin held (INR 3.8), vit K not given per team.
NDC on warfarin bottle 0093-1714-01 (not relevant to ID).
{{NAME:Grace Oduya}}, PharmD, BCCCP   x{{PHONE:5528}}`,
  `{{FACILITY:QUEST-WEST REFERENCE LABORATORY}}   CLIA 05D0987654
{{ADDRESS:4770 Research Blvd, Bldg C}}, {{LOCATION:San Diego}} CA {{ZIP:92121}}   Client svc {{PHONE:858-555-0124}}
PATIENT: {{NAME:ESPINOZA-HUAMAN, JULIO CESAR}}   SEX: M   DOB: {{DATE:22-MAR-1970}}
PATIENT ID: {{MRN:000338271X}}   ACCESSION: {{ID:QW24-0315-88102}}
COLLECTED: {{DATE:03/15/2024 07:55}}   RECEIVED: {{DATE:03/15/2024 11:20}}   REPORTED: {{DATE:03/16/2024 06:02}}
ORDERING: {{NAME:PATEL, NIRALI}} MD   ACCT: {{ACCOUNT:CL-44190}} {{FACILITY:CHULA VISTA FAMILY HEALTH}}
TEST                    RESULT      FLAG   REF RANGE
HEMOGLOBIN A1c          9.4         H      4.0-5.6 %
eAG                     223                mg/dL
LIPID PANEL
  CHOLESTEROL, TOTAL    241         H      <200 mg/dL
  LDL (Martin-Hopkins)  162         H      <100 mg/dL
  HDL                   34          L      >39 mg/dL
  TRIGLYCERIDES         228         H      <150 mg/dL
MICROALBUMIN/CREAT      88          H      <30 mg/g
TSH                     2.14               0.45-4.50 uIU/mL
Comment: Prior A1c 8.7 ({{DATE:11/2023}}). Called to {{NAME:Dana}} at client office {{DATE:3/16/24}} 0815 per critical/notify policy - no critical values.
Performed at {{FACILITY:Quest-West Reference Laboratory}}, Medical Director {{NAME:Helena Marchetti}}, MD`,
  `RADIOLOGY REPORT
{{FACILITY:Lakeland Imaging Center}} | Accession {{ID:LIC-CT-2217703}}
Patient: {{NAME:Obi, Chidinma E}}   MRN {{MRN:L0093318}}   DOB {{DATE:1977-09-14}}
Exam: CT ABDOMEN PELVIS W IV CONTRAST (CPT 74177)   Date: {{DATE:12/04/2023 13:42}}
Ordering: {{NAME:Bertrand Lafleur}}, PA-C, {{FACILITY:Lakeland Urgent Care - Southside}}
Indication: RLQ pain, leukocytosis 14.2. Eval appendicitis.
Technique: 100 mL Omnipaque 350 IV. DLP 612 mGy-cm.
Comparison: CT A/P {{DATE:08/22/2019}} from {{FACILITY:Polk Regional Clinic}}; pelvic US {{DATE:11/30/23}}.
Findings:
Appendix dilated to 11 mm with periappendiceal fat stranding and 6 mm appendicolith. No abscess, no free air. McBurney point region with trace fluid.
Liver: stable 9 mm hypodensity seg 7, too small to characterize, unchanged since 2019.
R ovary 3.2 cm simple cyst (seen on US).
Kidneys, pancreas, spleen unremarkable. No hydronephrosis. No lymphadenopathy.
Impression:
1. Acute uncomplicated appendicitis with appendicolith.
2. Stable tiny hepatic hypodensity, likely benign.
Critical result called to {{NAME:B. Lafleur}} {{DATE:12/4/23}} at 14:05, read back confirmed.
Dictated by {{NAME:Meenakshi Sundaram}}, MD   Transcribed {{NAME:tlr}}`,
  `OPERATIVE REPORT
{{FACILITY:Piedmont Valley Hospital}}   DOS: {{DATE:12/04/2023}}
Patient: {{NAME:Chidinma Obi}}   MRN {{MRN:PVH-5582017}}   FIN {{ACCOUNT:2312040117}}
Surgeon: {{NAME:Emeka Uzoma}}, MD   Assistant: {{NAME:Gwen Halvorsen}}, PA-C
Anesthesia: General ETT, {{NAME:Dmitri Volkov}}, CRNA / Dr. {{NAME:Sato}}
Preop dx: Acute appendicitis (K35.80)   Postop dx: Same, non-perforated
Procedure: Laparoscopic appendectomy (CPT 44970)
Findings: Inflamed, non-perforated appendix with appendicolith, no abscess. Normal R ovary aside from small cyst, left alone.
Description: Pt identified in pre-op holding, consent verified, time-out performed. Supine, Foley not placed, SCDs on. Pneumoperitoneum via Hasson technique at umbilicus. 5 mm ports LLQ and suprapubic. Mesoappendix divided with LigaSure; base stapled with Endo GIA 45 mm tan load. Specimen in Endocatch bag. Irrigation, hemostasis confirmed. Fascia closed 0 Vicryl, skin 4-0 Monocryl.
EBL 10 mL. Specimen to pathology ({{ID:S23-19044}}). Counts correct x2. To PACU stable.
Dispo: home same day if tolerating PO. F/u {{FACILITY:Uzoma Surgical Associates}} 2 wks, call {{PHONE:863-555-0145}}.
{{NAME:E. Uzoma}}, MD {{DATE:12/4/2023 19:10}}`,
  `INTERFACILITY TRANSFER / SNF REPORT FORM
From: {{FACILITY:Mercy St. Adalbert Medical Center}}, 5 East   To: {{FACILITY:Heritage Oaks Rehabilitation & Nursing}}
Date of transfer: {{DATE:Nov 30 2023}}   Transport: {{FACILITY:LifeLine BLS}} unit 27, ETA 1400
Resident: {{NAME:Dolores "Lola" Fitzgerald-Ramos}}   DOB {{DATE:07/04/1931}}   Age {{AGE:92}}
MRN (hosp) {{MRN:MSA-119872}}   Medicare {{HEALTH_PLAN:2XK4-RT9-HJ37}}   Secondary: AARP Medigap
Dx: L femoral neck fx s/p hemiarthroplasty {{DATE:11/26/23}} (Dr. {{NAME:Abdullah}}); delirium, resolved; CKD 3a.
Code status: DNR/DNI - POLST signed {{DATE:11/27/2023}}, copy attached.
Allergies: PCN (hives), codeine.
WB status: WBAT LLE, posterior hip precautions x6 wks.
Last dose times: enoxaparin 40 mg 0900, acetaminophen 1 g 1200, senna HS.
Skin: intact, heels offloaded. Continent of bladder, incontinent of stool at times.
Diet: mechanical soft, thin liquids per SLP.
Family contact: niece {{NAME:Colleen Ramos}} {{PHONE:419-555-0115}} (POA); pt's son {{NAME:Miguel}} lives in {{LOCATION:Guadalajara}}.
Report called to SNF RN {{NAME:Tamika}} at {{PHONE:419-555-0160 x204}} by {{NAME:Pavel Horvath}}, RN, 12:35.
Follow-up: ortho clinic {{DATE:12/11}}, staples out at SNF POD 14.`,
  `{{FACILITY:Eastside Family Medicine}}
{{ADDRESS:3301 E Colfax Ave, Ste 200}}, {{LOCATION:Denver}}, CO {{ZIP:80206}}
Tel {{PHONE:303-555-0181}}  Fax {{FAX:303-555-0182}}

{{DATE:October 17, 2023}}

To: School Nurse, {{FACILITY:Cheesman Park High School}}
Attn: Ms. {{NAME:Renata Dvořák}}, RN

RE: {{NAME:Amir Hassan Al-Sayed}}, DOB {{DATE:05/21/2008}}, grade 10

{{NAME:Amir}} was seen in our office on {{DATE:10/16/2023}}. He has type 1 diabetes managed with a Tandem t:slim X2 pump (serial {{DEVICE:TS1-904417}}) and Dexcom G7 CGM. Please allow him to:
- carry glucose tabs, snacks and water at all times, including in class and during exams;
- check glucose with his phone and leave class for the nurse's office if below 70 or above 300;
- be excused from PE if glucose below 100 until treated.
Glucagon (Baqsimi 3 mg) is stored in the nurse's office. Attached: updated DMMP for 2023-24 school year.
Parent contact: father {{NAME:Hassan Al-Sayed}} {{PHONE:720-555-0136}}. Endocrinology: Dr. {{NAME:Tamar Rosenblum}}, {{FACILITY:Front Range Children's Diabetes Center}}.

Sincerely,
{{NAME:Priyanka Deshmukh}}, MD`,
  `WORK STATUS REPORT
{{FACILITY:Cornerstone Occupational Health}}  (clinic 0442)
Date: {{DATE:07/07/2023}}
Employee: {{NAME:Jesús Alberto Villalobos}}   DOB {{DATE:2/14/1983}}
Employer: {{FACILITY:RIO GRANDE BUILDERS LLC}}   Supervisor: {{NAME:Craig Doolittle}}  ph {{PHONE:505-555-0184}}
Employee ID: {{ID:RGB-20931}}   Claim #: {{ACCOUNT:WC-23-0619884}}   DOI: {{DATE:06/30/2023}}
Carrier: New Mexico Mutual (adjuster {{NAME:Sheila Trujillo}}, fax {{FAX:505-555-0185}})
Injury: R hand laceration by tile saw at job site {{ADDRESS:7500 Jefferson St NE}}, {{LOCATION:Albuquerque}}. 4 cm volar laceration R index finger, flexor tendon intact, repaired 6 sutures 4-0 nylon at {{FACILITY:Sandia Crest Hospital ED}}.
Today: healing well, no signs of infection, full ROM, sensation intact. Tdap current.
Work status: Modified duty {{DATE:7/7/23}} through {{DATE:7/14/23}}. No use of R hand for gripping or power tools, keep dry. Left hand only, may do flagging/paperwork.
Next visit: {{DATE:July 14}} for suture removal.
Provider: {{NAME:Kateryna Melnyk}}, PA-C   Supervising: {{NAME:Robert Two Bulls}}, DO`,
  `INTERPRETER SERVICES ENCOUNTER LOG
{{FACILITY:Fairhaven Ridges Hospital}} Language Access   Log # {{ID:LA-231104-0392}}
Date: {{DATE:11/04/2023}}   Start 13:05  End 13:52   Modality: in person
Language: Haitian Creole   Interpreter: {{NAME:Jean-Baptiste Toussaint}} (staff, badge {{ID:FR-5518}})
Patient: {{NAME:Mirlande Pierre-Louis}}   MRN {{MRN:FRH0047721}}   Location: {{FACILITY:Ridges 3 Oncology}} rm 3114
Clinician: Dr. {{NAME:Sophie Lindgren-Achebe}} (heme/onc) with NP {{NAME:Caleb Yoon}}
Encounter type: goals-of-care / results disclosure (bone marrow biopsy). Family present: husband {{NAME:Wesner Pierre-Louis}}, adult daughter {{NAME:Nadège}}; cousin {{NAME:Fritznel}} on speakerphone from {{LOCATION:Port-au-Prince}}.
Notes: Daughter initially offered to interpret; declined per policy, explained role of qualified interpreter. Pt asked that bad news be given to husband first - clinician honored after confirming with pt. Teach-back used for chemo plan (7+3, cytarabine/daunorubicin). Pt requested priest; chaplain Fr. {{NAME:Emmanuel Dorsainvil}} paged {{PHONE:72-6610}}.
Follow-up session requested {{DATE:Mon 11/6}} 10:00 with same interpreter if possible.
Agency backup if staff unavailable: {{FACILITY:Global Voices Interpreting}} {{PHONE:1-800-555-0173}}, acct {{ACCOUNT:GVI-30218}}.
Logged by {{NAME:J-B. Toussaint}}`,
  `NON-EMERGENCY MEDICAL TRANSPORT REQUEST
Requesting facility: {{FACILITY:Dialysis Clinic of North Tulsa}} - SW office
Request date: {{DATE:2024-02-19}}   Requested by: {{NAME:Wanda Pickens}}, MSW  {{PHONE:918-555-0127}}
Member: {{NAME:Cornsilk, Harold Ray}}   DOB {{DATE:12/02/1955}}   SoonerCare ID {{HEALTH_PLAN:B44719283}}
Pickup: {{ADDRESS:908 E Pine St, Apt 12}}, {{LOCATION:Tulsa}} OK {{ZIP:74106}} (ground floor, ramp at side door)
Destination: {{FACILITY:Dialysis Clinic of North Tulsa}}, {{ADDRESS:1722 N Peoria Ave}}, chair 14
Schedule: standing M/W/F, chair time 0545, pickup 0500, return ~1000, start {{DATE:Wed 2/21/24}} through {{DATE:5/31/24}}
Mobility: wheelchair (manual, own), can stand-pivot with 1 assist. O2 2 L portable. No stretcher.
Escort: none. Cherokee Nation citizen; alt contact granddaughter {{NAME:Jolene Cornsilk}} {{PHONE:(918) 555-0104}}.
Special needs: pt hard of hearing, call granddaughter for schedule changes. Prior no-shows due to van arriving late at {{ADDRESS:Pine and Peoria}} corner stop - pls come to door.
Broker: ModivCare ref # {{ID:MC-240219-55173}}   Vendor assigned: {{FACILITY:Green Country Wheelchair Transport}}, driver {{NAME:Leon}}, van plate {{VEHICLE:OK LMX-482}}.
Certifying nephrologist: {{NAME:Vikram Reddy}}, MD`,
  `OUTSIDE RECORDS REVIEW / SUMMARY
Reviewed by: {{NAME:Hallie Brightwater}}, RN care coordinator, {{FACILITY:Blue Mountain Primary Care}}   {{DATE:03/27/2024}}
Patient: {{NAME:Kowalski-Mendez, Theresa}}   DOB {{DATE:10/10/1966}}   our MRN {{MRN:BMP-38801}}
Records received via fax {{DATE:3/25/24}} from {{FACILITY:Whitman Valley Hospital}} ({{LOCATION:Walla Walla}}), 42 pages, ROI req {{ID:ROI-88314}}.
Summary:
- ED {{DATE:1/3/2024}}: syncope at work ({{FACILITY:Tri-Cities Distribution Center}}), neg trop, CT head neg, orthostatic. Dx dehydration.
- Admission {{DATE:1/17-1/20/2024}}: recurrent syncope. Telemetry: 6.2 s pause at 03:14 on {{DATE:1/18}}. Cardiology Dr. {{NAME:Agarwal}} placed dual-chamber PPM (Medtronic Azure XT DR, SN {{DEVICE:RNB617733S}}) on {{DATE:1/19/24}}.
- Echo {{DATE:1/18}}: EF 60%, mild MR.
- Device check {{DATE:2/2/24}} at {{FACILITY:Walla Walla Heart Clinic}}: normal function, RA pacing 12%.
Outstanding: remote monitoring via CareLink not yet set up (pt lacks wifi); MyCareLink transmitter ordered. Next device check due {{DATE:5/2024}}.
Action: Flagged for Dr. {{NAME:Osei}}. Added PPM to problem list, updated MRI-conditional status. Pt informed by phone {{PHONE:509-555-0135}}, spoke with husband {{NAME:Rafael}}.
{{NAME:HB}}`,
  `HOSPITALIST PROGRESS NOTE - HD #3
{{FACILITY:Sacred Cross Medical Center}}, Tower 7 West   Date: {{DATE:8/9/2023}}
Pt: {{NAME:Rahimi, Farzaneh}}   63F   MRN {{MRN:SHM92031774}}
Author: {{NAME:Jonathan Okafor}}, MD
Interval: Afebrile x36h. Blood cx from {{DATE:8/6}} 2/2 E. coli, pan-sensitive; repeat cx {{DATE:8/7}} NGTD. Tolerating diet. Husband {{NAME:Dariush}} asks when she can go home to {{LOCATION:Spokane Valley}}.
Subjective: L flank pain improved, 2/10. No dysuria today.
Vitals: T 37.1, HR 84, BP 124/70, RR 16, 96% RA. I/O 2.1 L / 1.8 L.
Labs: WBC 11.2 (from 18.9), Cr 1.0 (from 1.6), lactate 1.1. Procalcitonin 2.1.
Imaging: CT {{DATE:8/6}} - L hydronephrosis with 4 mm UVJ stone; urology (Dr. {{NAME:Chen-Whitaker}}) placed L ureteral stent {{DATE:8/7/23}}.
A/P:
1. E. coli bacteremia / obstructive pyelonephritis - narrow ceftriaxone to PO cefpodoxime 200 mg BID to complete 14 d.
2. AKI - resolved.
3. Nephrolithiasis s/p stent - urology f/u 2-3 wks for ureteroscopy, stent string none.
4. DM2 - resume metformin, A1c 7.2.
Dispo: likely home {{DATE:8/10}}. PCP Dr. {{NAME:Yasmin Qureshi}} at {{FACILITY:Northpointe Family Medicine}}, f/u within 7 d.
{{NAME:J. Okafor}}, MD {{DATE:08/09/2023 11:48}}`,
  `EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
{{FACILITY:Coastal Carolina Medical Center}} Emergency Department
Name: {{NAME:Keanu Kahananui}}   DOB: {{DATE:09/30/2001}}   Visit date: {{DATE:05/27/2023}}
Visit #: {{ACCOUNT:V0055128840}}   You were seen by: {{NAME:Abigail Soto}}, PA-C, and Dr. {{NAME:Reginald Thibodeaux}}
Diagnosis: Right ankle sprain (Grade II). X-ray showed no fracture (Ottawa ankle rules).
Instructions:
- Rest, ice 20 min every 2-3 hours, compression wrap, elevate above heart.
- Use crutches, weight bear as tolerated. Wear the air cast (Aircast model 02B) when walking.
- Ibuprofen 600 mg every 6 hours with food for 5 days.
Follow up: {{FACILITY:Lowcountry Sports Medicine}}, Dr. {{NAME:Hiroshi Tanabe}}, in 5-7 days. Call {{PHONE:843-555-0150}} to make an appointment. Tell them you were seen on {{DATE:May 27}}.
Work note: excused from work at {{FACILITY:Shem Creek Surf Shop}} through {{DATE:5/30/2023}}.
Return to the ED for numbness, color change, or severe pain.
Your prescriptions were sent to: {{FACILITY:Palmetto Pharmacy #0217}}, {{ADDRESS:1000 Johnnie Dodds Blvd}}, {{LOCATION:Mount Pleasant}}, SC.
Questions about your bill: {{PHONE:843-555-0157}}. View results at {{URL:https://mychart.coastalcarolinamed.example/portal}}.
I have received these instructions: {{NAME:Keanu Kahananui}}   Nurse: {{NAME:D. Pruitt}}, RN`,
  `Admission Date: [**{{DATE:2187-4-12}}**]     Discharge Date: [**{{DATE:2187-4-19}}**]
Date of Birth: [**{{DATE:2109-10-2}}**]     Sex: F
Service: MEDICINE
Attending: [**{{NAME:First Name3 (LF) 1923}}**]
Chief Complaint: dyspnea, hypoxia
History of Present Illness: 77 yo F with COPD on 3L home O2, CHF (EF 45%) presenting from [**{{FACILITY:Hospital 3279}}**] rehab with 2 days worsening dyspnea. Pt was recently discharged [**{{DATE:4-2}}**] after COPD exacerbation. At rehab noted to be 84% on 4L, given nebs and solumedrol 125 mg, transferred. Daughter [**{{NAME:Name (NI) 5712}}**] reports cough productive of green sputum.
In ED, VS 98.9 112 146/88 28 89% NRB. CXR RLL infiltrate. ABG 7.31/62/68. Started BiPAP, vanc/cefepime.
Past Medical History: COPD (FEV1 0.9 L, 38% pred), CHF, AFib on coumadin, hypothyroid, s/p CCY.
Social History: lives at [**{{FACILITY:Location (un) 2334}}**] since [**{{DATE:Month (only) 404}}**]. 40 pk-yr, quit 2180. Son [**{{NAME:Known firstname 806}}**] [**{{NAME:Known lastname 4455}}**] is HCP, tel [**{{PHONE:Telephone/Fax (1) 2301}}**].
Brief Hospital Course: weaned to 3L by HD4. Sputum cx MSSA, narrowed to cefazolin. INR supratherapeutic 4.2 with abx, coumadin held x2 days.
Discharge Disposition: Extended Care - [**{{FACILITY:Hospital 3279}}**]
Followup: Dr. [**{{NAME:Last Name (STitle) 1155}}**] pulm clinic [**{{DATE:2187-5-3}}**] 10:30, [**{{PHONE:Telephone/Fax (1) 612}}**].
[**{{NAME:First Name8 (NamePattern2) 3411}}**] [**{{NAME:Last Name (NamePattern1) 3412}}**] MD [**{{ID:MD Number(1) 3413}}**]`,
  `NICU DAILY PROGRESS NOTE
{{FACILITY:Mississippi Bend Children's Hospital}} NICU, Pod C bed 9
Infant: Baby Girl {{NAME:Ramírez-Osei}} ("{{NAME:Luz}}")   MRN {{MRN:MBC-2409188}}   DOB {{DATE:02/11/2024 0342}}
DOL 12, CGA 31w2d (GA 29w4d at birth), BW 1,180 g, today 1,240 g.
Resp: CPAP +6 FiO2 23-28%. Caffeine citrate 5 mg/kg/d. 2 brady/desat events self-resolved.
CV: murmur gone; echo {{DATE:2/16}} small PDA, no tx. BP stable.
FEN/GI: MBM fortified to 24 kcal, 150 mL/kg/d via NG q3h, no residuals. Vit D, iron starting today.
ID: completed 48h r/o sepsis, cx neg.
Heme: bili 6.1, phototx off {{DATE:2/20}}. Hct 38.
Neuro: HUS {{DATE:2/18/24}} - no IVH. Repeat at 36 wk.
ROP: first exam due {{DATE:3/10}} with Dr. {{NAME:Ahlström}}.
Social: Mom {{NAME:Daniela Ramírez}} visits daily, pumping. Dad {{NAME:Kofi Osei}} works at {{FACILITY:Metro East Packaging plant}} nights. Lives in {{LOCATION:Belleville}}, IL - 25 min. MA ID {{HEALTH_PLAN:IL-MCD-331884710}}. SW {{NAME:Toni}} following.
Plan: trial HFNC 4 L tomorrow, continue feeds, wt check.
{{NAME:Aditi Kulkarni}}, MD (neonatology)  cosign {{NAME:Pilar Esquivel}}, NNP {{DATE:2/23/2024}}`,
  `LABOR & DELIVERY NOTE - Spontaneous Vaginal Delivery
{{FACILITY:Blue Valley East Hospital - Birthing Center}}   {{DATE:Saturday, June 15, 2024 at 04:27}}
Mother: {{NAME:Anjali Mehra-Dunn}}   MRN {{MRN:BVE-6614090}}   33 yo G3P2103 at 39w1d
Delivering: {{NAME:Christopher Ebuka}}, MD   Assist: {{NAME:Jasmine}} (L&D RN)
Labor: spontaneous, AROM 01:10 clear fluid. Epidural at 6 cm (Dr. {{NAME:Lindgren}}, anesthesia). Complete 03:58, pushed 29 min.
Delivery: live female, vertex OA, nuchal cord x1 reduced. Delayed cord clamping 60 s. Dad {{NAME:Travis Dunn}} cut cord.
Apgars 8 and 9. Wt 3,410 g. Placenta spontaneous intact 3-vessel cord at 04:36. Pitocin 30 units in LR.
Lacerations: 2nd degree, repaired 3-0 Vicryl rapide. EBL 350 mL (QBL).
Mom stable, skin-to-skin, breastfeeding initiated.
Baby: "{{NAME:Meera Dunn}}", newborn MRN {{MRN:BVE-6614133}}, to Mother-Baby 3.
Peds: {{FACILITY:Lee's Summit Pediatric Partners}} (Dr. {{NAME:Obiageli}}) notified. GBS neg. Blood type O+ / Rubella immune.
Contraception plan: Nexplanon at PP visit.
{{NAME:C. Ebuka}}, MD {{DATE:6/15/24 05:02}}`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Inland Northwest Pathology Associates}}
Case: {{ID:S24-004812}}   Received: {{DATE:01/09/2024}}   Signed out: {{DATE:01/11/2024 15:30}}
Patient: {{NAME:Hamdan, Yousef K.}}   DOB {{DATE:04/01/1958}}   MRN {{MRN:KH-330128}}
Submitting: {{NAME:Ilse Bergström}}, MD, GI - {{FACILITY:Kootenai Digestive Health}}, {{LOCATION:Coeur d'Alene}}
Clinical: screening colonoscopy, 2.5 cm sessile polyp ascending colon, hx of father with colon ca at 61.
Specimens: A. Ascending colon polyp, EMR. B. Sigmoid polyps x2, cold snare.
Gross: A. Received in formalin labeled with pt name and DOB, multiple tan-pink fragments 2.8 x 2.1 x 0.6 cm aggregate. Entirely submitted A1-A4.
Microscopic/Diagnosis:
A. Tubulovillous adenoma with focal high-grade dysplasia. No invasive carcinoma. Cautery margin free.
B. Hyperplastic polyps (2).
MMR IHC (A): MLH1, PMS2, MSH2, MSH6 retained.
Comment: Surveillance colonoscopy in 6 months given piecemeal EMR. Discussed with Dr. {{NAME:Bergström}} by phone {{DATE:1/11/24}}.
Pathologist: {{NAME:Thandiwe Mokoena}}, MD   Report faxed to {{FAX:208-555-0119}}`,
  `DISCHARGE SUMMARY
{{FACILITY:GRAND RIVER METHODIST HOSPITAL}}
PATIENT: {{NAME:HOLLOWAY-NAKAMURA, RUTH E}}   MRN: {{MRN:GRM-00819334}}   ACCT: {{ACCOUNT:30017745120}}
ADMITTED: {{DATE:10/02/2023}}   DISCHARGED: {{DATE:10/06/2023}}   AGE: {{AGE:94}}
ATTENDING: {{NAME:FAROOQ SIDDIQUI}}, MD   PCP: {{NAME:LAUREN DEVRIES}}, MD
DIAGNOSES: 1. COMMUNITY ACQUIRED PNEUMONIA, RLL. 2. ACUTE METABOLIC ENCEPHALOPATHY. 3. HYPONATREMIA (NA 126). 4. PARKINSON'S DISEASE.
HOSPITAL COURSE: {{AGE:94}} YO F FROM {{FACILITY:VILLA ROSA ASSISTED LIVING}} ADMITTED WITH FEVER, CONFUSION. CXR RLL CONSOLIDATION. TREATED WITH CEFTRIAXONE AND AZITHROMYCIN, TRANSITIONED TO PO AMOX-CLAV ON {{DATE:10/05}}. NA CORRECTED WITH NS TO 133. MENTAL STATUS BACK TO BASELINE PER DAUGHTER {{NAME:JOAN}}. CARBIDOPA-LEVODOPA 25/100 TID CONTINUED ON TIME. SLP: DYSPHAGIA 2 DIET.
CONDITION: STABLE. DISPOSITION: RETURN TO {{FACILITY:VILLA ROSA}} WITH HOME HEALTH PT FROM {{FACILITY:ARBOR HOME CARE}}.
FOLLOW UP: DR. {{NAME:DEVRIES}} {{DATE:10/13/2023}} 9:15 AM; BMP IN 1 WEEK.
CODE STATUS: DNR. HCP: {{NAME:JOAN HOLLOWAY}} ({{PHONE:616-555-0188}}).
DICTATED: {{NAME:F. SIDDIQUI}}, MD   D: {{DATE:10/06/2023 16:02}}   T: {{DATE:10/07/2023 08:11}}   {{NAME:FS}}/{{NAME:KLW}}   JOB# {{ID:7716243}}`,
  `AFTER-HOURS TRIAGE CALL (answering service transfer)
Call received: {{DATE:Fri 12/29/2023 23:18}}   Service ticket {{ID:AS-5580231}}
On-call: Dr. {{NAME:Benjamin Adeyinka}} for {{FACILITY:Heartland Family Physicians}}
Caller: {{NAME:Pham Van Long}} (self)   DOB {{DATE:3/30/1950}}   Callback {{PHONE:316-555-0196}}
Pt of Dr. {{NAME:Greenberg}}. Reports blood in urine since this evening, bright red with small clots, mild lower abd discomfort. On apixaban 5 mg BID for AF (started {{DATE:Nov 2023}}). Also on tamsulosin. No fever, can void. BP at home 134/80, HR 76 per his Omron cuff. Wife {{NAME:Hoa}} on the line too, says he "looks ok, just worried."
Hx: BPH, prostate bx 2019 benign per pt, urologist Dr. {{NAME:Kaczmarek}} at {{FACILITY:Wichita Urology Group}}.
Advice: Because able to void, stable, mild bleeding - hold tonight's apixaban dose? Discussed: do NOT stop on own long-term; ok to hold evening dose only, push fluids. Go to ED ({{FACILITY:Riverside Plains Medical Center}} closest to home on {{ADDRESS:N Woodlawn}}) if clots block urine, dizzy, bleeding heavier, or chest pain. Pt verbalized understanding via teach-back; son {{NAME:Kevin Pham}} will drive if needed.
Message routed to Dr. {{NAME:Greenberg}} and urology inbox for {{DATE:1/2}} follow-up call.
{{NAME:B. Adeyinka}}, MD {{DATE:12/29/23 23:41}}`,
  `MyChart message  |  {{DATE:4/7/2024 6:02 AM}}
From: {{NAME:darlene whitfield}} (proxy for {{NAME:eugene whitfield}})
To: {{FACILITY:Ozark Neurology Clinic}} - Dr. {{NAME:Mukherjee}}

good morning dr {{NAME:mukherjee}} this is {{NAME:darlene}}, {{NAME:gene}}'s wife. {{NAME:gene}} has been falling more since the sinemet went up to 4 a day. he fell 2x this week once in the bathroom and once on the porch steps going out to get the mail on {{ADDRESS:county road 212}}. no broken bones but a bad bruise on his hip. our daughter {{NAME:tammy}} took him to the urgent care in {{LOCATION:harrison}} on tues and they did xrays. they said to message you. also he is seeing things at night, little kids in the room. is that the medicine?? we see you on the {{DATE:22nd}} but that feels far away. my number is {{PHONE:870 555 0113}} or {{NAME:tammy}} at {{PHONE:870-555-0197}}. thank you so much - {{NAME:darlene}}

-- Reply {{DATE:4/8/2024}}, {{NAME:Olga Petrenko}}, RN for Dr. {{NAME:Mukherjee}}: Hi {{NAME:Darlene}}, Dr. {{NAME:Mukherjee}} reviewed. Please go back to carbidopa-levodopa 25/100 three times daily. Visual hallucinations can be from the medicine. We moved {{NAME:Eugene}}'s visit up to {{DATE:Thursday 4/11}} 1:20 pm, and placed a home PT referral.`,
  `HEMODIALYSIS TREATMENT NOTE
{{FACILITY:Rio Salado Kidney Center}} - station 9   Tx date {{DATE:01/17/2024}}
Pt: {{NAME:Estrada Yazzie, Bernadette}}   Facility MRN {{MRN:RSK-20417}}   Medicare {{HEALTH_PLAN:7QF2-WN4-KK66}}
Nephrologist: {{NAME:Adebayo Olatunji}}, MD   Charge RN: {{NAME:Liam O'Shaughnessy}}
Access: L brachiocephalic AVF, good thrill/bruit. 15g needles x2, no infiltration.
Pre: wt 71.8 kg (EDW 69.0), BP 172/96, HR 80, T 36.8. Edema 1+ ankles.
Rx: 4 hr, Optiflux F180NR, Qb 400, Qd 600, 2K/2.5Ca, heparin 2000 u bolus. UF goal 3.0 L.
Intradialytic: cramping at 3 hr, UF paused 10 min, NS 100 mL. BP nadir 118/64.
Post: wt 69.1 kg, BP 148/84. Kt/V (monthly, {{DATE:1/3}}) 1.42. Hgb 9.8, alb 3.6, phos 6.4.
Meds given: Mircera 100 mcg IV, calcitriol 1 mcg IV.
Notes: Pt missed {{DATE:Mon 1/15}} tx (no ride, road closed near {{LOCATION:Laveen}} due to flooding). Discussed fluid limits; pt's sister {{NAME:Verna}} now cooking. SW {{NAME:Dolores Tsinajinnie}} to re-arrange transport w/ {{FACILITY:Gila River Med Transit}}. Transplant eval at {{FACILITY:Sonoran Desert Transplant Institute}} pending, coordinator {{NAME:Keith}} {{PHONE:602-555-0143}}.
{{NAME:L. O'Shaughnessy}}, RN`,
  `WOUND CARE CLINIC NOTE
{{FACILITY:Hyperbaric & Wound Center at Methodist Northlake}}   DOS {{DATE:2023-10-24}}
Patient: {{NAME:Dumitrescu, Ioan}}   DOB {{DATE:1952-02-28}}   MRN {{MRN:MNL4409113}}
Provider: {{NAME:Funmilayo Bankole}}, DPM   Referring: {{NAME:Hector Ibarra-Luna}}, MD
Wound #1 L plantar 1st MTH, diabetic foot ulcer, Wagner 2, onset ~{{DATE:Aug 2023}}.
Today: 1.8 x 1.4 x 0.4 cm (prev 2.2 x 1.9 x 0.5 on {{DATE:10/10}}). Base 80% granular, 20% fibrin. Mod serous drainage. Periwound callus debrided (CPT 11042, 2.5 sq cm, to subcut). Probe-to-bone neg. ABI 0.92 L, TBI 0.61.
Offloading: TCC applied #3; pt tolerating.
Labs: A1c 7.9 ({{DATE:10/2}}), ESR 22, CRP 8.
Imaging: MRI L foot {{DATE:9/28/23}} - no osteomyelitis.
Pt lives alone in {{FACILITY:Northlake Senior Apartments}}, {{ADDRESS:410 Plaza Dr, Apt 3C}}; neighbor {{NAME:Sorin}} drives him. Retired; volunteers at the {{FACILITY:Northlake Lions Club}} thrift store.
Plan: weekly TCC change, continue metformin/insulin per PCP, consider Apligraf if <40% reduction by wk 4. Next {{DATE:10/31/2023}}.
{{NAME:F. Bankole}}, DPM   scribe {{NAME:Chelsea Ng}}`,
  `PHYSICAL THERAPY INITIAL EVALUATION (outpatient)
{{FACILITY:Alpine Motion Physical Therapy}} - {{LOCATION:Logan}} clinic   Eval date: {{DATE:3 May 2023}}
Patient: {{NAME:Bryce "Tank" Jorgensen-Afualo}}   DOB {{DATE:08/08/2004}}   Acct {{ACCOUNT:AMPT-77120}}
Referring: Dr. {{NAME:Moana Tuilagi}}, {{FACILITY:Cache Valley Orthopedics}}   Dx: s/p R ACL recon (BTB) {{DATE:4/19/23}}, S83.511A
Insurance: Select Health, member {{HEALTH_PLAN:SH60981277}}, auth {{ID:AUTH-23-110459}} (12 visits through {{DATE:7/31/23}})
Hx: 18 yo linebacker at {{FACILITY:Bear River State University}}, injured in spring scrimmage. Lives in dorm, mom {{NAME:Leilani}} staying with him for 2 wks.
Objective: R knee AROM 5-88 deg, quad lag 10 deg, effusion 2+ (stroke test). Lachman deferred. LEFS 28/80. Gait with 2 crutches, hinged brace locked 0-90.
Assessment: expected post-op deficits; good rehab potential.
Plan: 2-3x/wk x 12 wks, NMES to quad, patellar mobs, SLR progressions, blood-flow restriction training at wk 3 per MOON protocol. HEP given via app {{URL:www.alpinemotionpt.example/hep/bj0503}}.
Coordinate with ATC {{NAME:Garrett Fonoti}} ({{EMAIL:gfonoti@athletics.brsu-example.edu}}).
{{NAME:Kimberly Anh Vo}}, PT, DPT   {{DATE:05/03/2023 16:40}}`,
  `CARDIOLOGY CONSULTATION
Requested by: Dr. {{NAME:Walsh}} (hospitalist)   Date: {{DATE:03.07.2024}}
{{FACILITY:Holy Cross Tidewater Medical Center}}, rm 6216
Patient: {{NAME:Asante, Efua}}   MRN {{MRN:BTM0031882}}   DOB {{DATE:1969-05-12}}
Reason: new AF with RVR, trop leak.
HPI: 54F, nurse at {{FACILITY:Greenbrier Dialysis Center}}, admitted {{DATE:7/2}} with palpitations after a double shift. HR 148 irregular, rate controlled with dilt 10 mg IV x2 then gtt. hs-trop 34 -> 41 flat. TSH 0.02, FT4 3.1 -> hyperthyroid. No prior cardiac hx. Mother died of "heart" in {{LOCATION:Kumasi}} at 60.
Echo today: EF 55%, LA mildly dilated, no WMA, no thrombus on TTE.
CHA2DS2-VASc 1 (female), HAS-BLED 0.
Impression: AF with RVR likely triggered by new hyperthyroidism (Graves vs toxic MNG). Demand-type trop, not ACS.
Rec: metoprolol tartrate 25 mg q6h (beta blockade helps both), stop diltiazem; apixaban reasonable while in AF and until euthyroid x3 mo; endocrine consult (methimazole); no ischemic w/u now. Outpt Zio patch after discharge.
Will follow. Dr. {{NAME:Ngozi Eze-Whitfield}}, {{FACILITY:Tidewater Heart & Vascular}}   cell {{PHONE:757-555-0162}}   {{DATE:7/3/24 14:15}}`,
  `PSYCHIATRIC EMERGENCY EVALUATION / 72-HR HOLD
{{FACILITY:Valley Crisis Stabilization Unit}} ({{FACILITY:VCSU}})   {{DATE:09/02/2023 03:30}}
Patient: {{NAME:Castañeda, Rosa Elvira}}   DOB {{DATE:01/25/1999}}   MRN {{MRN:VCSU-8820}}
Brought by: {{LOCATION:Modesto}} PD, Officer {{NAME:Kyle Brandt}} badge {{ID:1187}}, on 5150 (danger to self).
Collateral: roommate {{NAME:Xiomara Delgado}} ({{PHONE:209-555-0170}}) called 911 after pt posted goodbye messages and was found with a bottle of her mother's lorazepam at their apt, {{ADDRESS:2020 Coffee Rd, #88}}. Pt took ~6 x 1 mg tabs per pill count. Poison control case {{ID:PC-23-441902}}.
Hx: MDD, one prior attempt 2019 (overdose), prior admission to {{FACILITY:Delta Oaks Behavioral Hospital}}. Works at {{FACILITY:Valley Cellars Winery}}? - pt corrects, "{{FACILITY:Stanislaus Bottling Co}}." Sees therapist {{NAME:Marcus Leung}}, LCSW.
MSE: tearful, psychomotor slowed, poor eye contact, +SI with plan, no HI, no AH/VH. C-SSRS high risk.
Medical: medically cleared at {{FACILITY:Stanislaus General}} ED; lorazepam level pending, VS normal, no resp depression.
Plan: continue hold, admit to inpatient psych when bed available, 1:1 obs, no sharps. Family (mother {{NAME:Elvira Castañeda}}) to be contacted with pt consent.
{{NAME:Adaeze Okoro}}, MD (psychiatry)`,
  `OFFICE-BASED ADDICTION TREATMENT - FOLLOW UP
{{FACILITY:New Directions Recovery Clinic}}   Visit {{DATE:02/28/2024}}
Patient: {{NAME:Shane "Bear" Redcloud}}   DOB {{DATE:05/19/1988}}   MRN {{MRN:NDR-11290}}
Prescriber: {{NAME:Elena Popescu}}, DO   DEA X-waiver no longer required; DEA {{LICENSE:FP4418227}}
Peer recovery coach: {{NAME:Marcus "Doc" Bellamy}}
S: 6 months on buprenorphine/naloxone 16/4 mg daily. No fentanyl use since {{DATE:11/23}} per pt. Working at {{FACILITY:Rapid City Auto Body}} full time. Living at {{FACILITY:Harmony House - West Blvd}}, {{LOCATION:Rapid City}}. Girlfriend {{NAME:Jenna}} pregnant, due {{DATE:6/20/24}}.
UDS today: bup +, norbup +, fentanyl neg, meth neg, THC +. PDMP reviewed (SD PDMP) - single prescriber, single pharmacy ({{FACILITY:Black Hills Family Pharmacy}}).
Mood ok, PHQ-9 6. HCV Ab + ({{DATE:10/2023}}), RNA pending; referred to ID Dr. {{NAME:Abernathy-Cole}}.
Naloxone kit refilled. Discussed safe storage, fentanyl test strips.
Plan: continue Suboxone film 8/2 x2 daily, #28, next visit 2 weeks ({{DATE:3/13}}). Letter for probation officer {{NAME:D. Kills Crow}} faxed to {{FAX:605-555-0125}} w/ signed release.
{{NAME:E. Popescu}}, DO`,
  `STATE IMMUNIZATION INFORMATION SYSTEM - PATIENT RECORD (printed {{DATE:08/14/2023}})
Patient: {{NAME:MOHAMMED, AMINA FATIMA}}   DOB: {{DATE:03/17/2012}}   Sex: F
IIS ID: {{ID:WI-0073318274}}   Mother's maiden name: {{NAME:ABDULLAHI}}
Address: {{ADDRESS:5128 W Burleigh St, Lower}}, {{LOCATION:Milwaukee}} WI {{ZIP:53210}}
Provider org: {{FACILITY:Burleigh Street Family Health - Westside}}   Requested by: {{NAME:T. Lindqvist}}, MA

Vaccine          Date given    Lot       Site
DTaP #1          {{DATE:05/20/2012}}   AC52B101  RT
DTaP #5          {{DATE:04/02/2017}}   3CA27C1   LD
IPV #4           {{DATE:04/02/2017}}   W1K43     LT
MMR #2           {{DATE:04/02/2017}}   R019411   RA
Tdap             {{DATE:08/14/2023}}   9T7BN     LD
HPV9 #1          {{DATE:08/14/2023}}   Y008221   RD
MenACWY #1       {{DATE:08/14/2023}}   U7441AA   LD
Influenza 2022-23 {{DATE:10/11/2022}}  FK33091   LD

Forecast: HPV9 #2 due {{DATE:02/14/2024}}; MenACWY booster at 16 yrs.
Historical doses entered from {{LOCATION:Nairobi}} card (BCG at birth, OPV x3) - not valid for US schedule.
School: {{FACILITY:Sherman Park Academy of Science}} - compliance letter printed.`,
  `DME ORDER / CERTIFICATE OF MEDICAL NECESSITY - PAP
Ordering provider: {{NAME:Rajesh Venkataraman}}, MD, sleep medicine   NPI {{LICENSE:1730114582}}
{{FACILITY:Great Lakes Sleep Disorders Center}}, {{ADDRESS:6600 Transit Rd, Ste 105}}, {{LOCATION:East Amherst}}, NY {{ZIP:14051}}
Order date: {{DATE:11/20/2023}}
Patient: {{NAME:Grzegorz "Greg" Wiśniewski}}   DOB {{DATE:07/07/1965}}   Ph {{PHONE:716-555-0139}}
Insurance: Independent Health  ID {{HEALTH_PLAN:IH884102277}}
Dx: G47.33 OSA. PSG {{DATE:10/29/23}}: AHI 38.2, RDI 44, nadir SpO2 79%. BMI 36.
Order: E0601 auto-CPAP 5-15 cm H2O with heated humidifier (E0562), full face mask medium (A7030), supplies per guidelines. Length of need 99 mo.
DME supplier: {{FACILITY:Niagara Home Medical Supply}}, fax {{FAX:716-555-0146}}.
Device delivered {{DATE:11/28/2023}}: ResMed AirSense 11 AutoSet, SN {{DEVICE:23221785664}}, modem ID {{DEVICE:AS11-M-90348812}}.
Compliance download {{DATE:12/27/2023}}: use 4+ h on 26/30 nights (87%), residual AHI 2.1, 95th pct pressure 11.4.
Wife {{NAME:Bożena}} reports snoring resolved. Meets CMS 90-day compliance.
Signed {{NAME:R. Venkataraman}}, MD {{DATE:12/28/2023}}`,
  `DEVICE CLINIC - ICD INTERROGATION (in-clinic)
{{FACILITY:Brazos Valley Heart Rhythm}}   {{DATE:1/30/2024 9:05a}}
Pt: {{NAME:Ogunleye, Adewale}}   DOB {{DATE:12/12/1960}}   MRN {{MRN:BVH-004417}}
Device: Boston Scientific Resonate EL ICD CRT-D, model G447, SN {{DEVICE:188420}}; RA lead 7841 SN {{DEVICE:522019}}, RV lead 0692 SN {{DEVICE:877103}}, LV lead 4672 SN {{DEVICE:300118}}. Implanted {{DATE:06/14/2021}} by Dr. {{NAME:Castellanos}} at {{FACILITY:Brazos Crossing Regional - Bryan}}.
Battery: 9.5 yrs. Leads: RA 1.8 V @0.4 ms, 560 ohm; RV 0.9 V, 480 ohm, HV 58 ohm; LV 1.2 V, 720 ohm.
BiV pacing 97.8%. AT/AF burden <1%.
Events: 1 VT episode {{DATE:1/12/24}} 04:11, 196 bpm, terminated by ATP x1, no shock. Pt asleep, unaware.
Programming: no changes. VF zone 220, VT zone 180.
Remote: LATITUDE communicator connected, next remote {{DATE:4/30/24}}.
Pt reports wife {{NAME:Bisi}} noticed more SOB on stairs at their church ({{FACILITY:Grace Fellowship Church of Bryan}}). EF 30% on echo {{DATE:11/2023}}.
Plan: notify Dr. {{NAME:Henshaw}} (HF) re: VT, check K/Mg, ok to continue sotalol 80 BID? - defer to EP MD. Driving: no restriction (ATP only, per HRS).
Device RN {{NAME:Marisa Oyelowo-Grant}}, CCDS  ph {{PHONE:979-555-0126}}`,
  `PEDIATRIC ENDOCRINE - PUMP/CGM DOWNLOAD REVIEW
{{FACILITY:Heartland Children's Diabetes Clinic}}   Review date: {{DATE:June 3rd, 2023}}
Patient: {{NAME:Zhang, Yichen (Ethan)}}   DOB {{DATE:2011-11-30}}   MRN {{MRN:HCD5527104}}
Devices: Omnipod 5 PDM SN {{DEVICE:P5-40117729}}, Dexcom G6 transmitter ID {{DEVICE:8JQ4KM}}
14-day summary ({{DATE:5/20-6/2/23}}): TIR 58%, TAR >250 22%, TBR <70 3% (<54 0.8%). GMI 7.6%. CV 38%. Sensor wear 94%. Automated mode 88%.
Pattern: post-breakfast spikes to 300s on school days - cereal bolused late (after eating). Overnight lows ~0300 after soccer practice on Tue/Thu.
Changes: breakfast I:C 1:8 -> 1:6, pre-bolus 15 min; temp activity feature 1 h before practice; target 110 on sports days.
Education with mom {{NAME:Xiaoling Wu}} ({{EMAIL:xiaoling.wu.88@mailbox.example}}) and {{NAME:Ethan}}. Dad {{NAME:Zhang Wei}} travels to {{LOCATION:Shenzhen}} for work.
School nurse {{NAME:Pam Riordan}} at {{FACILITY:Lakewood Middle School}} updated, DMMP revised for summer camp at {{FACILITY:Camp Bluestem}}.
Next visit {{DATE:9/5/2023}}. Call {{PHONE:(816) 555-0144}} for highs >300 w/ ketones.
{{NAME:Sunita Bhattacharya}}, MD / {{NAME:Rachel Kim}}, CDCES`,
  `{{FACILITY:Summit Orthopedic Surgery Center}} - Patient Financial Services
{{ADDRESS:PO Box 44021}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85064}}   {{PHONE:(602) 555-0131}}

{{DATE:November 9, 2023}}

Appeals Unit, UnitedHealthcare, PO Box 30432, Salt Lake City UT 84130

RE: FIRST-LEVEL APPEAL - Denied claim
Patient: {{NAME:Lucero Amaya, Ximena}}   DOB {{DATE:02/09/1974}}
Member ID: {{HEALTH_PLAN:917446021}}
Claim #: {{ACCOUNT:2023P81173204}}   Our acct: {{ACCOUNT:SOSC-118804}}
DOS: {{DATE:08/16/2023}}   CPT 29827 (arthroscopic rotator cuff repair), 29826
Denial reason: CO-197 precertification absent.

We respectfully request reconsideration. Prior authorization was obtained by phone on {{DATE:07/28/2023}} (reference {{ID:UHC-PA-A098817443}}, rep "{{NAME:Kendra}}"); the auth was loaded to a different date of service. Enclosed: call log, op note by Dr. {{NAME:Darius Farahani}}, and MRI R shoulder {{DATE:7/10/23}} showing full-thickness supraspinatus tear with 1.4 cm retraction after failed 3 months of PT at {{FACILITY:Desert Sky Rehab}}.

Please contact me with questions.
{{NAME:Ofelia Rincón}}, CPC, Appeals Specialist   direct {{PHONE:602-555-0132}}   {{EMAIL:orincon@summitortho.example}}`,
  `AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION - processed
HIM Dept, {{FACILITY:Northern Lakes Health System}}   Request # {{ID:HIM-2024-03318}}
Received {{DATE:2024-03-04}}   Completed {{DATE:2024-03-08}}
Patient name: {{NAME:Kiptoo, Daniel Kiprotich}}   Other names used: {{NAME:Danny Kiptoo}}
DOB {{DATE:11/23/1990}}   MRN {{MRN:NLH-2276410}}   Last 4 SSN: {{SSN:4417}}
Release FROM: {{FACILITY:Northern Lakes Health System}} (all locations incl. {{FACILITY:NLHS Duluth Clinic}})
Release TO: {{NAME:Amara Jallow}}, Esq., {{FACILITY:Jallow & Berg Law Office}}, {{ADDRESS:325 W Superior St, Suite 1600}}, {{LOCATION:Duluth}}, MN {{ZIP:55802}}; fax {{FAX:218-555-0193}}
Purpose: legal (MVC {{DATE:12/22/2023}})
Records: ED {{DATE:12/22/2023}}, imaging {{DATE:12/22/23-1/15/24}}, ortho visits, PT notes, billing statements (acct {{ACCOUNT:NL-660019283}}).
Excludes: psychotherapy notes, SUD (42 CFR Part 2) records - not authorized.
Expiration: {{DATE:12/31/2024}}.
Signature verified against ID: MN DL {{LICENSE:K281-554-609-117}}.
Delivered via secure e-fax, 214 pages; attorney copy fee $6.50 base + per page, invoice {{ACCOUNT:INV-88172}}.
Processed by {{NAME:Sharon Lindahl}}, RHIT`,
  `HOSPICE CARE COORDINATION NOTE
{{FACILITY:Saguaro Sky Hospice of the Valley}}   {{DATE:April 18, 2024}}
Patient: {{NAME:Bianchi, Margherita}}   Age {{AGE:97}}   DOB {{DATE:09/03/1926}}   Hospice ID {{MRN:CHV-3320}}
Location: {{FACILITY:Magnolia Gardens Memory Care}}, {{ADDRESS:1901 Via del Sol, Room 14B}}, {{LOCATION:Mesa}}
Terminal dx: Alzheimer's dementia, FAST 7c. Medicare hospice benefit period 3 ({{DATE:3/1/24-4/29/24}}).
IDT update: PPS 20%, bedbound, intake < 25% of meals, wt 88 lb (down 6 lb / 60 d). Sacral stage 3 noted by facility nurse {{NAME:Rochelle}}.
Coordination: spoke with {{FACILITY:Magnolia}} DON {{NAME:Theresa Galvan}} ({{PHONE:480-555-0111}}) re: q2h turns, low-air-loss mattress delivered from {{FACILITY:Comfort Medical Rentals}} {{DATE:4/17}}. Morphine concentrate 20 mg/mL 0.25 mL SL q2h prn dyspnea; lorazepam 0.5 mg q6h prn.
Family: son {{NAME:Vittorio Bianchi}} (POA, {{PHONE:480-555-0187}}) and granddaughter {{NAME:Giulia}} from {{LOCATION:Turin}} arriving {{DATE:4/22}}. Family requests Catholic sacrament; Fr. {{NAME:Tomasz Wrona}} of {{FACILITY:St. Timothy Parish}} to visit.
Recert F2F by {{NAME:Adrienne Yakubu}}, NP due by {{DATE:4/29}}.
{{NAME:Renee Castillo}}, RN case manager`,
  `ADULT PROTECTIVE SERVICES REPORT - documented by ED social work
Date/time of report: {{DATE:10/21/2023 16:45}}   APS intake #: {{ID:APS-23-1019874}}   Intake worker: Mr. {{NAME:Nelson}}
Reporter: {{NAME:Aisha Farouk}}, LMSW, {{FACILITY:Lehigh Crest Hospital}} ED, {{PHONE:610-555-0153}}
Vulnerable adult: {{NAME:Ferenc "Frank" Horváth}}   DOB {{DATE:02/01/1939}}   MRN {{MRN:LCH-0901227}}
Address: {{ADDRESS:77 Kline St, 2nd fl}}, {{LOCATION:Allentown}}, PA {{ZIP:18102}}
Alleged perpetrator: grandson {{NAME:Tyler Horvath}}, 26, lives in home.
Concerns: pt brought in by neighbor {{NAME:Gloria Santiago}} after found on floor; states he had been there "since yesterday." Dehydrated, CK 4,200, stage 2 sacral wound. Pt reports grandson takes his Social Security check and does not buy food; pt's bank card in grandson's possession. Home described by EMS (Medic 4-2) as no heat, rodent droppings.
Pt is A&Ox3, has capacity per Dr. {{NAME:Mahmoud}}, but is fearful of returning. Wants to stay with daughter {{NAME:Erzsébet}} in {{LOCATION:Bethlehem}} ({{PHONE:484-555-0108}}).
Safety plan: admitted to {{FACILITY:Lehigh Crest 5 South}}; grandson not to visit per pt request, security notified.`,
  `SPIRITUAL CARE NOTE
{{FACILITY:Scioto Grove Hospital}} - Chaplaincy   {{DATE:Tue 5/14/24 15:20}}
Patient: {{NAME:Mahlangu, Sipho}}   Rm ICU-14   MRN {{MRN:SGH-4418209}}
Referral: RN {{NAME:Dana Whitcomb}}, family gathering, likely transition to comfort care.
Visit: Met with wife {{NAME:Nomvula Mahlangu}}, sons {{NAME:Thabo}} and {{NAME:Lwazi}}, and later their pastor, Rev. {{NAME:Ezekiel Moyo}}. Family originally from {{LOCATION:Bulawayo}}; came to {{LOCATION:Columbus}} in 2004. Members of {{FACILITY:Zion Christian Fellowship of Columbus}}.
Wife shared memories of pt as choir leader. Sons expressed guilt about not visiting more; normalized. Family requested singing; chaplain facilitated hymn in isiNdebele with pastor. Prayer offered per family's Christian tradition.
Family asked about organ donation - referred to the regional OPO coordinator, pt registered donor per BMV record.
Assessment: anticipatory grief, strong faith and community support.
Plan: chaplain on call paged if death occurs, pager {{PHONE:8-4420}}. Bereavement packet given. Follow up with family {{DATE:5/15}} AM.
{{NAME:Miriam Feldstein-Ochoa}}, MDiv, BCC`,
  `CLINICAL NUTRITION ASSESSMENT
{{FACILITY:Nansemond Regional - Suffolk}}   {{DATE:2/6/2024}}   Unit: 3 West Ortho
Patient: {{NAME:Venkatesan, Lakshmi}}   79 yo F   MRN {{MRN:RRS00772109}}
Reason: MST 3, poor PO intake post hip ORIF.
Anthro: ht 152 cm, wt 43.1 kg, BMI 18.7. UBW 50 kg ({{DATE:Aug 2023}} per PCP Dr. {{NAME:Mathur}}), 14% loss in 6 mo - severe.
NFPE: moderate temporal wasting, severe clavicular/scapular loss, mild edema. Grip strength reduced.
Diet hx (per daughter {{NAME:Kavitha}}): lacto-vegetarian, no eggs, mostly rice, dal, curd. Poor appetite since husband {{NAME:Ramaswamy}} passed away in {{DATE:October}}. Dentures loose.
Current: regular diet, eating 25% of meals. Labs: alb 2.9 (not nutrition marker), Na 133, Mg 1.6, phos 2.2, vit D 14.
Dx: Severe protein-calorie malnutrition in context of chronic illness (ASPEN/AND) - E43.
Recs: vegetarian cultural diet order, daughter may bring home food; Ensure Plus BID (no gelatin), MVI, vit D3 2000 IU; monitor refeeding (phos/K/Mg daily x3); SLP for dentures; wt 2x/wk.
Goal: >75% of est needs 1,300-1,500 kcal, 55-65 g protein.
{{NAME:Brianna Tolliver}}, MS, RDN, LDN  ext {{PHONE:4-8815}}`,
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Classic City Heart Imaging}}   Study date: {{DATE:03/22/2024}}   Accession {{ID:ECH240322-017}}
Patient: {{NAME:Delacroix-Mbeki, Nathalie}}   DOB {{DATE:08/19/1983}}   MRN {{MRN:PHA-228461}}
Ht 168 cm Wt 64 kg BSA 1.73 m2   BP 104/66   HR 92   Rhythm: sinus
Referring: {{NAME:Obinna Chukwu}}, MD   Sonographer: {{NAME:JLR}}
Indication: dyspnea, 7 months postpartum; r/o peripartum cardiomyopathy.
Findings:
LV: mildly dilated (LVIDd 5.9 cm), global hypokinesis, EF 35% (Simpson biplane). GLS -12%. Grade II diastolic dysfunction.
RV: normal size, TAPSE 1.9 cm.
LA: mildly dilated, LAVI 38 mL/m2.
Valves: mild functional MR, trace TR, RVSP 34 mmHg. AV trileaflet.
Pericardium: no effusion. IVC 1.8 cm, >50% collapse.
Comparison: TTE {{DATE:10/05/2023}} at {{FACILITY:Oconee Valley Hospital}} (postpartum day 2): EF 45%.
Impression: moderately reduced LV function, worse vs {{DATE:Oct 2023}}, consistent with PPCM.
Results discussed with Dr. {{NAME:Chukwu}} {{DATE:3/22/24}} at 16:10.
Interpreting cardiologist: {{NAME:Li-Hua Chen}}, MD, FASE`,
  `MRI BRAIN WITH AND WITHOUT CONTRAST
{{FACILITY:MountainView Diagnostic Imaging}} - {{LOCATION:Asheville}}   Exam date {{DATE:2023-12-19 07:48}}
Patient: {{NAME:Running Water, Sequoyah T.}}   DOB {{DATE:1994-04-04}}   MRN {{MRN:MVD-00183320}}
Accession: {{ID:MR23121900441}}   Ordering: {{NAME:Hollis Carver}}, NP, {{FACILITY:Qualla Boundary Health Center}}
Scanner: Siemens MAGNETOM Vida 3T. Gadavist 6.5 mL IV.
Clinical: 29 yo with L arm numbness, blurred vision OD x 2 weeks. R/o MS.
Comparison: CT head {{DATE:12/11/2023}}, {{FACILITY:Swain Mountain Hospital}}. No prior MRI.
Findings: Multiple ovoid T2/FLAIR hyperintense lesions perpendicular to lateral ventricles (Dawson fingers), largest 9 mm L periventricular. Juxtacortical lesion R frontal. Two enhancing lesions (L corona radiata, C2 cord on scout). R optic nerve T2 hyperintensity with enhancement. No restricted diffusion. No mass effect.
Impression: findings meet 2017 McDonald criteria for dissemination in space and time; consistent with MS with active R optic neuritis.
Recommend: MRI C/T spine, neurology referral (Dr. {{NAME:Abiodun Fashola}}, {{FACILITY:Blue Ridge MS Center}}).
Read by {{NAME:Katarzyna Wolff}}, MD {{DATE:12/19/2023 10:02}}; called to {{NAME:H. Carver}} 10:15.`,
  `OB ULTRASOUND - ANATOMY SURVEY
{{FACILITY:Maternal Fetal Medicine of South Texas}}   {{DATE:14/08/2023}} (entered in European format by visiting fellow)
Patient: {{NAME:Hernández Guzmán, María de los Ángeles}}   DOB {{DATE:1997-01-06}}   MRN {{MRN:MFM-ST-55019}}
LMP {{DATE:03/20/2023}}   EDD by 1st tri US {{DATE:12/24/2023}}   GA today 20w2d
Referring: {{NAME:Alejandro Treviño}}, MD, {{FACILITY:Clínica de la Familia Harlingen}}
Sonographer: {{NAME:Brenda Saucedo}}, RDMS   Fellow: Dr. {{NAME:Anneliese Vogt}}
Singleton, cephalic, FHR 148. Placenta posterior fundal, no previa. AFI normal (MVP 5.1 cm). Cervix 3.8 cm TV.
Biometry: BPD 47 mm, HC 176 mm, AC 151 mm, FL 32 mm; EFW 336 g (45th %ile, Hadlock).
Anatomy: complete except heart views limited by fetal position. Echogenic intracardiac focus L ventricle (isolated). Kidneys, stomach, bladder normal. Spine intact. Lips intact. 3-vessel cord.
Impression: IUP 20w2d, appropriate growth. Isolated EIF; low-risk cfDNA ({{DATE:6/2/23}}, {{FACILITY:Valley Genomics Lab}}) - no further testing. Fetal echo not indicated; repeat limited cardiac views at 24 wks ({{DATE:9/11/23}}).
Spanish interpreter {{NAME:Rocío}} (ID {{ID:3390}}) present. Husband {{NAME:Efraín Guzmán}} present.
Signed {{NAME:Julian Okonjo-Baptiste}}, MD, MFM`,
  `ORTHOPAEDIC CLINIC - FOLLOW UP (WORKERS' COMP)
{{FACILITY:Summit Bone & Joint - North}}   DOS {{DATE:Jan. 31, 2024}}
Patient: {{NAME:Tuimavave, Sione}}   DOB {{DATE:04/28/1979}}   Chart {{MRN:SBJ-93380}}
Employer: {{FACILITY:Pacific Rim Freight Lines}}, yard at {{ADDRESS:4201 E Marginal Way S}}, {{LOCATION:Seattle}}
L&I claim # {{ACCOUNT:BC-49018827}}   DOI {{DATE:10/09/2023}}   Attending: {{NAME:Margarethe Eklund}}, MD
Nurse case mgr: {{NAME:Deshawn Pruitt}} ({{PHONE:253-555-0165}}), employer HR {{NAME:Lupe Fa'asavalu}}
Hx: 44M forklift operator, crush injury L foot when pallet fell. S/p ORIF Lisfranc {{DATE:10/13/23}} at {{FACILITY:Duwamish Valley Medical Center}}. NWB x8 wk, now WBAT in CAM boot.
Today: swelling mild, incision healed. Tender over 2nd TMT. X-ray 3 views L foot: hardware intact, no loss of reduction, early healing.
Assessment: L Lisfranc fracture-dislocation s/p ORIF, progressing.
Work status: sedentary/light duty 4 hr/day, seated only, no ladders, no forklift (needs clutch/brake foot), effective {{DATE:2/1/24-3/13/24}}. Activity Prescription Form faxed to {{FAX:360-555-0178}} and employer.
Plan: transition to shoe with carbon plate at 12 wk; hardware removal ~6 mo. PT 2x/wk at {{FACILITY:Rainier Valley Physical Therapy}}.
RTC {{DATE:3/13/2024}}. Dictated {{NAME:ME}}/{{NAME:kd}}`,
  `EMERGENCY DEPARTMENT NOTE - TRAUMA (Level II activation)
{{FACILITY:Tri-County Medical Center}}   Arrival {{DATE:12/03/2023 17:52}}
Patient: {{NAME:Bui, Thanh Huong}}   DOB {{DATE:1985-07-22}}   MRN {{MRN:TCM-4401872}}   Acct {{ACCOUNT:TC9912003318}}
Mechanism: restrained driver, T-boned on passenger side at {{ADDRESS:Fruitridge Rd and 65th St}}, {{LOCATION:Sacramento}}, ~45 mph per {{LOCATION:Sacramento}} PD. Airbags deployed. Extrication 10 min. Pt's vehicle: 2017 Honda Civic, CA plate {{VEHICLE:8KLM294}}. Other driver fled, per Officer {{NAME:Guzmán}} (#{{ID:4471-S}}), report # {{ID:SPD-23-340118}}.
Primary: A intact, B clear bilat, C HR 118 BP 102/64, D GCS 15, E seatbelt sign across chest.
FAST: positive LUQ. CT: grade III splenic laceration, L rib fx 8-10, no PTX.
Interventions: 2 large-bore IVs, 1 u pRBC (MTP not activated), TXA 1 g. Trauma surgery Dr. {{NAME:Fiorella Castagna}} at bedside 18:10; IR embolization planned.
PMH: none. Meds: OCP. LMP {{DATE:11/20/23}}, hCG neg.
Contact: husband {{NAME:Minh Tran}} {{PHONE:916-555-0102}}; children with neighbor Mrs. {{NAME:Lopez}}.
Dispo: to IR then SICU bed 4. Critical care time 48 min.
{{NAME:Devon Ashworth-Kamau}}, MD`,
  `ED NOTE - ANIMAL BITE
{{FACILITY:Saint Gabriel's Medical Center}} ED   {{DATE:08/05/2023 19:30}}
Pt: {{NAME:Wojcik, Ava}} ("{{NAME:Avi}}")   8 yo F   DOB {{DATE:11/02/2014}}   MRN {{MRN:SGM-7712028}}
With father {{NAME:Piotr Wojcik}} ({{PHONE:262-555-0119}}).
HPI: bitten on R forearm by neighbor's dog (German shepherd mix named Duke) - owner {{NAME:Ronald Fenske}}, {{ADDRESS:N84 W15820 Menomonee Ave}}, {{LOCATION:Menomonee Falls}}. Dog vaccination status per owner: rabies current, tag seen by father. Bite at ~1730 while playing in yard.
Exam: 3 puncture wounds + 2 cm superficial lac R volar forearm. NVI distally. No tendon exposure. FROM fingers.
Tx: copious irrigation 500 mL NS. Lac left open (dog bite). Amox-clav 45 mg/kg/d div BID x5 d (wt 26 kg). Tdap up to date per WIR. Rabies PEP not indicated given known, vaccinated dog - 10-day observation.
Reported to {{LOCATION:Waukesha County}} animal control, case {{ID:AC-23-06612}}, officer {{NAME:K. Brandvold}}.
F/u: PCP Dr. {{NAME:Schultz}}, {{FACILITY:Falls Pediatrics}} in 48 h for wound check. School ({{FACILITY:Valley View Elementary}}) note given.
{{NAME:Amina Hussein}}, PA-C / {{NAME:Gerald Whitten}}, MD`,
  `TELEHEALTH VISIT NOTE (video)
{{FACILITY:Lone Star Virtual Care}}   Visit {{DATE:2024-04-09 14:00}} CT   Platform: Doxy.me
Patient: {{NAME:Amoako, Kojo Mensah}}   DOB {{DATE:6/6/1991}}   MRN {{MRN:LSV-203318}}
Patient location (verified): home, {{ADDRESS:11810 Bissonnet St, Apt 2207}}, {{LOCATION:Houston}}, TX {{ZIP:77099}}. Provider located in {{LOCATION:Austin}}.
Connection log: pt IP {{IP:172.58.140.22}}, session {{ID:DX-9a71c4e2}}. Connection dropped x1 at 14:07, reconnected.
Consent for telehealth obtained verbally.
CC: f/u hypertension, started amlodipine 5 mg {{DATE:3/12}}.
S: Home BP log avg 138/86 (Omron Series 7), ankle swelling mild in evenings. Works as rideshare driver ~10 h/day. Diet high sodium (jollof, fast food). No HA, CP.
O: Appears well via video. No resp distress. Pt showed ankles: trace edema.
A/P: Stage 2 HTN, improving but not at goal (<130/80). Add chlorthalidone 12.5 mg; BMP in 2 wks at {{FACILITY:Gessner Road Patient Service Center}}, req # {{ID:LR4471902}}. DASH handout emailed to {{EMAIL:kojo.amoako91@webmail.example}}.
Follow-up video {{DATE:5/7/24}} 2 pm. Pharmacy: {{FACILITY:Alief Community Pharmacy}}, {{PHONE:281-555-0198}}.
{{NAME:Tamara Goldfarb}}, FNP-C   Total time 22 min`,
  `DERMATOLOGY CLINIC NOTE
{{FACILITY:High Desert Dermatology}}, {{LOCATION:Albuquerque}}   {{DATE:Wednesday, 29 November 2023}}
Patient: {{NAME:Abeyta, Ramón "Ray"}}   DOB {{DATE:05/05/1947}}   MRN {{MRN:HDD-18227}}
Provider: {{NAME:Sun-Hee Lim}}, MD, FAAD   MA: {{NAME:Crystal}}
CC: spot on L ear getting bigger, bleeds.
Hx: Fitzpatrick II, retired lineman ({{FACILITY:Sandia Electric Cooperative}}), decades outdoors. Prior BCC R nasal ala Mohs 2019 (pt unsure of month), records from {{FACILITY:Dermatology Associates of Santa Fe}} requested.
Exam: L helical rim 9 mm pearly papule with rolled border, central ulceration, arborizing vessels on dermoscopy. Multiple AKs on scalp and dorsal hands. No LAD.
Procedure: shave biopsy L helix (CPT 11102) after consent, lidocaine 1% w/ epi 1 mL, hemostasis AlCl3. Specimen {{ID:HDD-23-11790}} to {{FACILITY:Rio Grande Dermpath}}. Clinical photos uploaded to chart media.
Cryo to 11 AKs (17000, 17003 x10).
Plan: likely BCC -> Mohs with Dr. {{NAME:Okafor-Quintana}}. Sun protection. Wife {{NAME:Josie}} to help with wound care (vaseline, bandaid). Results by phone {{PHONE:505-555-0147}} in 7-10 days.
{{NAME:S. Lim}}, MD`,
  `OPHTHALMOLOGY - RETINA CLINIC
{{FACILITY:Gulf Coast Retina Consultants}}   Visit {{DATE:09/26/2023 10:40 AM}}
Pt: {{NAME:Dang, Quoc Bao}}   DOB {{DATE:10/14/1956}}   MRN {{MRN:GCR-60093}}
Ref: {{NAME:Lillian Broussard}}, OD, {{FACILITY:Bayou Eye Care}}
Dx: PDR with DME OU (E11.3513), s/p PRP OD 2022.
VA cc: OD 20/60, OS 20/40. IOP 16/17 (Goldmann). Pupils no APD.
SLE: NS 2+ OU. Iris no NVI.
DFE: OD - regressed NVD, scattered dot-blot heme, CSME; OS - NVE sup arcade, CSME.
OCT: CST OD 412 um (prev 455 on {{DATE:8/29}}), OS 368 um.
Procedure: intravitreal aflibercept 2 mg OD and OS (67028-RT/LT), lot 3A1179, exp 2025-06. Betadine prep, lid speculum. Tolerated, IOP after 18/20, CF vision confirmed.
A/P: continue q4-5 wk anti-VEGF; fill-in PRP OS next visit. A1c 8.8 per PCP ({{FACILITY:Bao An Family Clinic}}, Dr. {{NAME:Nguyen Thi Hanh}}).
Son {{NAME:Brian Dang}} drives ({{PHONE:504-555-0161}}). Vietnamese in-house interpreter {{NAME:Mai}} used.
RTC {{DATE:10/27/23}}. {{NAME:Olumide Adesanya}}, MD`,
  `HOSPITAL DENTISTRY CONSULT
{{FACILITY:Blue Hills University Medical Center}} - Oral Medicine   {{DATE:2024-05-02}}
Patient: {{NAME:Karimi, Parisa}}   DOB {{DATE:09/09/1971}}   MRN {{MRN:BHU-1130482}}
Requested by: {{NAME:Elliot Brandstätter}}, MD (oncology) - pre-radiation dental clearance, base of tongue SCC (p16+), planned IMRT 70 Gy.
Dental hx: last cleaning 2019 in {{LOCATION:Tehran}}. Husband {{NAME:Kaveh}} reports broken molar.
Exam: Fair OH, generalized gingivitis, 4-6 mm pockets posterior. #3 fractured, non-restorable. #14 MOD caries near pulp. #17, #32 partially erupted 3rd molars in radiation field. #30 PFM crown intact. Mandibular tori. No mucosal lesions besides known primary.
Panorex {{DATE:5/2/24}}: periapical radiolucency #14, bone levels fair.
Plan: extract #3, #17, #32 (and #14 if pulp involved) at least 14 d before RT start ({{DATE:5/27/24}}); fluoride trays 1.1% NaF nightly, chlorhexidine rinse. Dentist of record: Dr. {{NAME:Farshid Navabi}}, {{FACILITY:Brookline Family Dental}}, {{PHONE:617-555-0154}}.
Scheduled OR/clinic extraction {{DATE:5/9}} with Dr. {{NAME:Navarro}} (OMFS).
{{NAME:Ayodele Fashanu}}, DMD`,
  `COLONOSCOPY PROCEDURE NOTE
{{FACILITY:Wabash Valley Endoscopy Center}}   {{DATE:March 5, 2024}}
Patient: {{NAME:Oduya-Bright, Samuel}}   DOB {{DATE:1972-10-31}}   MRN {{MRN:WVE-99178}}   Case {{ID:WVE24-0305-07}}
Endoscopist: {{NAME:Rukhsana Qadir}}, MD   Anesthesia: MAC, propofol ({{NAME:T. Brennan}}, CRNA)
Indication: screening, avg risk, age 51. FIT not done.
Prep: Boston Bowel Prep Scale 3-3-2 = 8, adequate (Suprep split).
Procedure: CF-HQ190L scope (Olympus) advanced to cecum, identified by appendiceal orifice and ileocecal valve; TI intubated 5 cm, normal. Withdrawal time 11 min.
Findings:
1. Transverse colon 6 mm sessile polyp - cold snare, retrieved (jar A).
2. Sigmoid 3 mm polyp - cold forceps (jar B).
3. Small internal hemorrhoids. Sigmoid diverticulosis.
No complications. EBL minimal.
Path to {{FACILITY:Hoosier Pathology Group}}, accession pending.
Recommendations: resume diet; await path; repeat interval per USMSTF 2020 (likely 7-10 yr). Results via portal {{URL:https://wvendo.example.org/patient}} or letter to {{ADDRESS:219 S 5th St}}, {{LOCATION:Terre Haute}} IN {{ZIP:47807}}.
Driver: wife {{NAME:Comfort Oduya-Bright}}. PCP {{NAME:Mariana Sosa}}, MD notified.
{{NAME:R. Qadir}}, MD {{DATE:3/5/2024 09:58}}`,
  `ANESTHESIA PRE-OPERATIVE EVALUATION
{{FACILITY:Bluewater Surgical Hospital}}   Pre-op clinic {{DATE:02/27/24}}   Surgery date {{DATE:03/04/24}}
Patient: {{NAME:Kuznetsov, Arkadiy}}   DOB {{DATE:07/16/1949}}   MRN {{MRN:BSH-0027715}}
Procedure: R TKA, Dr. {{NAME:Ahmadzai}}   Anesthesiologist: {{NAME:Yuki Matsuda-Hale}}, MD
PMH: OSA on CPAP (bring machine), HTN, DM2, CAD s/p PCI LAD 2018 (DES), CKD 3a, GERD. Prior anesthesia: PONV after cholecystectomy at {{FACILITY:Mercy Lakeshore}} in 2011; malignant hyperthermia family hx denied.
Meds: clopidogrel (hold 5 d per cards Dr. {{NAME:Fitzsimmons}} - cleared {{DATE:2/20/24}}), metformin (hold AM of surgery), lisinopril (hold AM), atorvastatin, pantoprazole.
Airway: Mallampati III, TMD 5.5 cm, neck circumference 45 cm, full dentition, beard. STOP-BANG 6. Difficult mask anticipated.
Labs: Hgb 13.1, Cr 1.3, K 4.6, A1c 7.1. ECG: SR, old Q III/aVF. Echo {{DATE:1/2023}} EF 55%.
ASA III. Plan: spinal + adductor canal block, MAC; PONV prophylaxis (dexamethasone, ondansetron, scop patch). Post-op continuous pulse ox given OSA.
Pt speaks Russian; daughter {{NAME:Oksana}} ({{PHONE:586-555-0189}}) will accompany. Interpreter booked for DOS.
{{NAME:Y. Matsuda-Hale}}, MD`,
  `MICU PROGRESS NOTE
{{FACILITY:Allegheny Ridge Hospital}} MICU bed 11   {{DATE:Fri 2/2/2024}}   HD 5, vent day 4
Pt: {{NAME:Morales Quispe, Wilfredo}}   58M   MRN {{MRN:ARH-8830127}}
Resident: {{NAME:Anika Sørensen}}, MD (PGY2)   Fellow: {{NAME:Jamal Haddad}}   Attending: Dr. {{NAME:Whitlock}}
24h: Weaned FiO2 60 -> 40%, PEEP 12 -> 10. Off norepi since 0300. Febrile 38.6 at 2200, cultures sent. Son {{NAME:Luis}} and daughter {{NAME:Rocío Morales}} updated at bedside 1900 via Spanish interpreter {{NAME:Gabriel}}.
Vent: VC 420/16/10/40%. P/F 210. Plateau 24. ABG 7.38/44/84.
Neuro: propofol 20 mcg/kg/min, fentanyl 50 mcg/h, RASS -1, CAM-ICU +.
CV: MAP 72 off pressors. Lactate 1.2.
Resp: ARDS from influenza A pneumonia; oseltamivir day 5/5. CXR bilateral opacities improving.
Renal: Cr 1.8 (peak 2.6), UOP 1.1 L.
ID: BAL {{DATE:1/31}} MRSA PCR neg -> vanc stopped. New fever - r/o VAP, line (R IJ CVC placed {{DATE:1/29/24}}).
Heme: DVT ppx heparin SQ.
Dispo: SBT tomorrow if stable. Family meeting {{DATE:2/3}} 11:00 with palliative (Dr. {{NAME:Nakagawa}}). Wife {{NAME:Yolanda Quispe}} is surrogate, cell {{PHONE:412-555-0175}}.
{{NAME:A. Sørensen}}, MD / attested {{NAME:R. Whitlock}}, MD`,
  `RAPID RESPONSE TEAM NOTE
{{FACILITY:Shenandoah Valley Medical Center}}, 4 Blue rm 421   Called {{DATE:09/17/2023 14:22}}
Pt: {{NAME:Abara, Chinedu}}   67M   MRN {{MRN:SVM-330917}}   Primary: Dr. {{NAME:Holt}} (hospitalist)
Trigger: RN {{NAME:Kristen Yoder}} - HR 138, new confusion, SpO2 88% on 2L.
Background: POD#2 R hemicolectomy for adenocarcinoma, epidural removed AM.
Findings: A&O x1 (baseline x3). RR 28, BP 96/58, T 38.4. Diffuse abd tenderness, distended. Lungs crackles R base.
Actions: O2 to 6L NC -> 94%. 1 L LR bolus. Blood cx x2, lactate 3.4, CBC, BMP, trop. ECG: sinus tach 136, no ST changes. CXR portable: R lower lobe opacity. CT A/P ordered r/o anastomotic leak. Pip-tazo 4.5 g given 14:51. Surgery (Dr. {{NAME:Benavides-Ocampo}}) at bedside 14:40.
Disposition: transfer to SICU for closer monitoring. Wife {{NAME:Ngozi}} notified by phone {{PHONE:540-555-0116}} by primary team.
Sepsis bundle met. qSOFA 3.
RRT RN {{NAME:Hailey Shenk}}, RT {{NAME:Omar}}, RRT MD {{NAME:Priscilla Adjei}}   ended 15:08`,
  `CODE BLUE RECORD (summary)
{{FACILITY:Gateway Regional Hospital}}   Location: Cardiac Stepdown 6 rm 612   Date {{DATE:2023-11-11}}
Patient: {{NAME:Petrov-Lang, Mikhail}}   73M   MRN {{MRN:GRH-4410328}}
Code called 03:12 by RN {{NAME:Esperanza Tafoya}}; found unresponsive, pulseless. Code leader: Dr. {{NAME:Thomas Whiteagle}}. Recorder: {{NAME:B. Kaur}}, RN.
03:12 CPR started, LUCAS device applied 03:15. Rhythm VF.
03:14 Shock 200 J biphasic.
03:16 Epinephrine 1 mg IO. Shock 200 J.
03:19 Amiodarone 300 mg. Shock 200 J.
03:21 ROSC, HR 104 ST, BP 88/50. ETT 7.5 by Dr. {{NAME:Kowalczuk}} (anesthesia), EtCO2 32.
03:30 Norepi started. 12-lead: anterior STEMI.
03:41 Cath lab activated, Dr. {{NAME:Adebowale}} (IC). TTM 36 C planned.
Total CPR time 9 min. Defib serial (Zoll R Series) {{DEVICE:AF14C039871}} - strip saved.
Family: wife {{NAME:Galina}} called 03:35 at {{PHONE:314-555-0128}}, on her way from {{LOCATION:Chesterfield}}. Chaplain paged.
Post-event debrief completed 04:10. Pt to cath lab 03:52.`,
  `DEATH PRONOUNCEMENT NOTE
{{FACILITY:Lakeview Hospice House}}   {{DATE:January 5th, 2024}}
Called by RN {{NAME:Jessamyn Clarke}} to evaluate pt {{NAME:Tahir, Nasreen Begum}} (DOB {{DATE:03/15/1931}}, age {{AGE:92}}, MRN {{MRN:LHH-09117}}) who was noted without respirations at 21:47.
Exam: no response to verbal or tactile stimuli, no carotid pulse, no heart sounds auscultated x1 min, no breath sounds, pupils fixed and dilated. Time of death {{DATE:01/05/2024 21:58}}.
Cause of death: metastatic pancreatic adenocarcinoma. Manner: natural. Not a ME case (expected death under hospice). Autopsy declined.
Family present: sons {{NAME:Imran Tahir}} and {{NAME:Faisal Tahir}}, granddaughter {{NAME:Sana}}. Family requested Islamic rites; imam from {{FACILITY:Masjid Al-Noor of Grand Rapids}} contacted by family. Body released to {{FACILITY:Al-Rahman Funeral Services}}, {{PHONE:616-555-0167}}, for washing and burial within 24 h.
Attending of record Dr. {{NAME:Claire Vanderveen}} notified 22:05 by phone. Death certificate to be signed electronically (EDRS case {{ID:2024-MI-000441}}).
OPO notified: referral # {{ID:GOL-240105-118}}, not a candidate.
{{NAME:Hussein Mirza}}, MD (on-call)`,
  `ADVANCE CARE PLANNING NOTE
{{FACILITY:Sonoma Coast Primary Care}}   {{DATE:06-12-2023}}   Time spent: 32 min (CPT 99497)
Patient: {{NAME:Akana, Lokelani "Loke"}}   DOB {{DATE:02/22/1945}}   MRN {{MRN:SCP-00418}}
Present: patient, husband {{NAME:Kimo Akana}}, daughter {{NAME:Makana Akana-Reyes}} (by video from {{LOCATION:Hilo}}).
Discussion: 78 yo with stage IV COPD (FEV1 28%), 2 hospitalizations this year at {{FACILITY:Russian River Memorial Hospital}}, now on 4L home O2 from {{FACILITY:North Bay Oxygen Co.}} Pt states "I don't want to be on a breathing machine again." Values: being at home in {{LOCATION:Bodega Bay}}, gardening, her grandchildren. Understands prognosis likely months to a year.
Decisions: POLST completed - DNR, Selective Treatment (may use BiPAP, no intubation), no long-term artificial nutrition. Agent on AHCD: husband {{NAME:Kimo}}, alternate {{NAME:Makana}} ({{PHONE:808-555-0120}}).
Copy of POLST given, scanned to chart, sent to EMS registry. Referral to {{FACILITY:Petaluma Hills Hospice}} for info visit (not enrolling yet). Pt would like Hawaiian blessing by kahu {{NAME:Daniel Kealoha}} if declining.
{{NAME:Sabine Hofmann}}, MD`,
  `GENETIC COUNSELING CONSULTATION
{{FACILITY:Cumberland Cancer Genetics Program}}   Session {{DATE:10/30/2023}} (telehealth)
Patient: {{NAME:Goldstein-Rahman, Leah}}   DOB {{DATE:7/11/1986}}   MRN {{MRN:CCG-7712}}
Referral: {{NAME:Ruth Abernathy}}, NP - breast imaging, for family hx.
Pedigree (3 generations): Mother {{NAME:Miriam Goldstein}}, breast ca dx 44, alive 67. Maternal aunt {{NAME:Esther}}, ovarian ca dx 52, d. 58. Maternal grandmother born in {{LOCATION:Łódź}}, d. 60s "stomach". Father {{NAME:Amin Rahman}}, 70, from {{LOCATION:Dhaka}}, no cancers; paternal side unknown. Ashkenazi Jewish ancestry maternally.
Pt: 37 yo, G2P2, mammogram + MRI {{DATE:9/2023}} normal.
Risk models: Tyrer-Cuzick v8 lifetime 29%. NCCN criteria met.
Testing: 84-gene panel incl. AJ founder mutations (BRCA1 185delAG, 5382insC; BRCA2 6174delT). Kit shipped to {{ADDRESS:88 Harding Pl, Unit 4}}, {{LOCATION:Nashville}} TN {{ZIP:37205}}, order # {{ID:INV-GC-5531902}}. Estimated TAT 2-3 wk.
GINA discussed; life insurance implications. Pt's sister {{NAME:Naomi}} may want cascade testing.
{{NAME:Alexandra Petrakis}}, MS, CGC   {{EMAIL:apetrakis@cumberlandcancer.example.org}}`,
  `TRANSPLANT COORDINATOR NOTE - KIDNEY WAITLIST
{{FACILITY:Rocky Mountain Transplant Institute}}   {{DATE:12/12/2023}}
Candidate: {{NAME:Begay, Delphine}}   DOB {{DATE:06/30/1975}}   UNOS ID {{ID:DBX1782}}   MRN {{MRN:RMT-22081}}
Blood type B+, cPRA 84%. Listed {{DATE:03/01/2022}}; dialysis start date (waiting time) {{DATE:11/14/2019}}.
Dialysis unit: {{FACILITY:Four Corners Dialysis - Farmington}}, SW {{NAME:Rita Atcitty}} ({{PHONE:505-555-0151}}).
Update: annual re-eval labs received. Cardiac stress test ({{DATE:11/2023}}) negative. Mammo/pap current. Dental clearance from {{FACILITY:Shiprock Dental Clinic}} pending.
Living donor: cousin {{NAME:Marlene Tohee}} evaluated {{DATE:8/2023}}, incompatible (crossmatch +) - offered paired exchange (NKR), both agree.
Pt called {{PHONE:(505) 555-0123}}; reminded to keep phone on 24/7, travel time to {{LOCATION:Aurora}} is ~6 hr - plan with brother {{NAME:Harlan}} to drive, backup flight via {{FACILITY:Angel Wings Charity Flights}}.
Insurance: Medicare + NM Medicaid, IHS; transplant benefits verified, ref {{ID:TXB-23-3319}}.
Next: status remains active (status 1). Coordinator: {{NAME:Marguerite Olsen}}, RN, CCTC`,
  `ONCOLOGY INFUSION NURSING NOTE
{{FACILITY:Prairie Lakes Cancer Center}} infusion chair 7   {{DATE:4/23/2024}}   C3D1 FOLFOX + bev
Pt: {{NAME:Sokolova, Natalia V.}}   DOB {{DATE:1964-12-08}}   MRN {{MRN:PLC-90210}}
Oncologist: {{NAME:Adaku Nwosu}}, MD   RN: {{NAME:Cheyenne Lightfoot}}, OCN
Pre-assessment: ECOG 1. Mild cold-induced paresthesia fingers, grade 1, resolves in 3 days. No diarrhea. Wt 68.2 kg, BSA 1.76.
Labs: ANC 1.9, plt 142, Hgb 11.0, Cr 0.8, UA protein neg. Parameters met.
Access: R chest port (PowerPort, SN {{DEVICE:PPT-8A44219}}), + blood return, flushed.
Premeds: ondansetron 16 mg, dexamethasone 12 mg IV.
Given: bevacizumab 5 mg/kg, oxaliplatin 85 mg/m2 (150 mg), leucovorin 400 mg/m2, 5-FU bolus 400 mg/m2. 46-h pump (CADD-Solis SN {{DEVICE:CS2102773}}) started 1420, disconnect {{DATE:4/25}} 1220 at clinic.
No reaction. VS stable.
Education: avoid cold drinks x5 d. Husband {{NAME:Yuri}} drove; emergency line {{PHONE:605-555-0179}} reviewed.
Next: C4 {{DATE:5/7/24}}. CEA trend 22 -> 9.4.`,
  `PALLIATIVE CARE CONSULT
{{FACILITY:Chesapeake Bay General}} ({{FACILITY:CBG}})   {{DATE:Sunday 7/21/24}}
Pt: {{NAME:Osei-Mensah, Abena}}   81F   MRN {{MRN:CBG-7730015}}   Rm 5112
Requested by: Dr. {{NAME:Hirsch}}, hospitalist - goals of care, recurrent aspiration.
HPI: advanced vascular dementia (FAST 7a), lives at home with daughter; 3rd admission since {{DATE:May}} for aspiration pneumonia. Bedbound, nonverbal, wt loss 15%.
Family meeting 14:00: daughters {{NAME:Akosua}} (HCA) and {{NAME:Efua Mensah-Brown}}, son {{NAME:Kwabena}} by phone from {{LOCATION:Accra}}; RN {{NAME:Lindsey}}; SW {{NAME:Deborah Weintraub}}.
Family understands that PEG would not prevent aspiration. Faith important (Methodist). They chose comfort-focused feeding, DNR/DNI, no ICU transfer; antibiotics to finish course.
Symptoms: secretions - glycopyrrolate 0.2 mg q6h prn; dyspnea - morphine 2 mg IV q2h prn.
Plan: hospice referral, family chose home hospice with {{FACILITY:Anne Arundel Home Hospice}}; DME hospital bed to {{ADDRESS:1407 Old Mill Bottom Rd}}, {{LOCATION:Annapolis}}. Daughter {{NAME:Akosua}} {{PHONE:410-555-0106}}.
{{NAME:Marcus Oyelaran-Diaz}}, MD, palliative medicine`,
  `PEDIATRIC EMERGENCY NOTE
{{FACILITY:Rainbow Valley Children's Hospital}} PED   {{DATE:11/08/2023 08:05}}
Pt: {{NAME:Jackson, Jaylen "JJ"}}   9 yo M   MRN {{MRN:RVC-3019974}}   Wt 31 kg
Arrived from school by EMS. School nurse Mrs. {{NAME:Trudeau}} at {{FACILITY:Roosevelt Elementary}} gave albuterol 4 puffs x2 and called 911 at 07:20. Grandmother {{NAME:Bernice Jackson}} (guardian) arrived 08:30, {{PHONE:216-555-0109}}.
HPI: asthma, 2 ED visits this year, no ICU. URI sx x2 d. Controller fluticasone 44 mcg 2 puffs BID - "ran out last month". Lives in apartment with mold and roaches ({{ADDRESS:3344 E 116th St, Apt 3}}, {{LOCATION:Cleveland}}).
Exam: RR 36, SpO2 89% RA, diffuse wheeze, subcostal retractions. PRAM 8.
Tx: DuoNeb x3 back-to-back, dexamethasone 0.6 mg/kg PO, Mg sulfate 50 mg/kg IV. After 1 h PRAM 3, SpO2 95%.
Dispo: observation unit, albuterol q2h wean. Asthma action plan; controller refill sent to {{FACILITY:Buckeye Road Community Pharmacy}}; referral to Healthy Homes program and to {{FACILITY:Rainbow Valley Pediatric Pulmonology}}. School form for inhaler at school faxed to {{FAX:216-555-0132}}.
{{NAME:Yvette Okeke}}, MD (PEM)`,
  `ADOLESCENT MEDICINE VISIT - CONFIDENTIAL PORTION (do not release to parent proxy)
{{FACILITY:Teen Health Center at Carver Heights HS}} (school-based site of {{FACILITY:Southside Community Health}})   {{DATE:02/15/2024}}
Pt: {{NAME:Nevaeh Simone Thibodeaux}}   16 yo F   DOB {{DATE:04/09/2007}}   MRN {{MRN:SCH-551803}}
Seen alone after mom {{NAME:Charmaine}} stepped out.
HEEADSSS: Home - lives with mom and stepdad {{NAME:Curtis}}, "ok." Education - 11th grade, B's, wants nursing school at {{FACILITY:Crescent City Community College}}. Activities - dance team. Drugs - vapes nicotine daily, tried edibles. Sexuality - sexually active with boyfriend {{NAME:DeAndre}} (17), condoms "sometimes", LMP {{DATE:1/30/24}}. Suicide/depression - PHQ-A 7, no SI. Safety - no IPV, seatbelt yes.
Plan: urine hCG neg; GC/CT NAAT sent (result to pt's own cell {{PHONE:504-555-0140}}, NOT home phone); started Depo-Provera 150 mg IM, next due {{DATE:5/2-5/16/24}}; quit-vaping resources (This Is Quitting text line). Pt agrees to tell mom about contraception "maybe later."
Confidentiality per LA law explained. EOB concern: billed under Title X / Medicaid confidential code.
{{NAME:Danielle Arceneaux}}, NP`,
  `patient portal msg  {{DATE:3/19/24 2:14 AM}}
from {{NAME:sofia ruiz-okafor}} to {{FACILITY:bayside ob/gyn}} (dr {{NAME:lindqvist}})

hi its {{NAME:sofia}} i had my baby {{DATE:march 9}} at {{FACILITY:bayside womens pavilion}} (baby {{NAME:amara}}) and im having a lot of pain in my left breast its red and hot and i have chills, temp was 101.4 an hour ago. i am pumping every 3 hrs. also my c section incision is fine i think. my husband {{NAME:chidi}} works nights at the {{FACILITY:tidewater distribution center}} so i dont have a ride til 8am. do i need to go to er?? my cell is {{PHONE:(757) 555 0172}}

--- RN triage reply {{DATE:3/19/2024 07:40}} ({{NAME:Keiko Yamashita}}, RN):
Hi {{NAME:Sofia}} - this sounds like possible mastitis. Please keep breastfeeding/pumping on that side. Dr. {{NAME:Lindqvist}} has sent dicloxacillin 500 mg four times daily x10 days to {{FACILITY:Wards Corner Pharmacy}}. Take ibuprofen 600 mg every 6 h. If fever over 102, red streaks, a hard painful lump, or you feel very unwell, go to {{FACILITY:Bayside Womens Pavilion}} triage (open 24h, {{PHONE:757-555-0114}}). We booked a visit today 11:20 am with {{NAME:Hortensia Aguilar}}, CNM.`,
  `LACTATION CONSULTATION
{{FACILITY:Providence Creek Hospital}} - Family Birth Place   {{DATE:06/02/2023 10:15}}
Mother: {{NAME:Yamamoto-Reyes, Hana}}   MRN {{MRN:PCH-2207891}}   G1P1, PPD 2 s/p primary CS
Infant: Boy {{NAME:Yamamoto-Reyes}} ("{{NAME:Kai}}")   MRN {{MRN:PCH-2207912}}   DOB {{DATE:05/31/2023 22:48}}   BW 3,640 g, today 3,390 g (-6.9%)
Reason: sore nipples, infant sleepy at breast.
Observed feed: L breast, cradle hold. Shallow latch, nipple creased/lipstick shape after. Infant with mild tongue tie (Hazelbaker ATLFF appearance 8, function 10). Audible swallows 3-4 per min.
Mother: Bilateral nipple abrasion grade 2. Breasts soft, colostrum expressible. Hx PCOS - risk for low supply.
Interventions: laid-back position, asymmetric latch teaching; hand expression taught, 5 mL colostrum spoon-fed; hospital-grade pump (Medela Symphony) q3h after feeds; lanolin.
Plan: weight check {{DATE:6/5}} at {{FACILITY:Sunflower Pediatrics}} with Dr. {{NAME:Abiola Oyewole}}; outpatient lactation at {{FACILITY:Milk & Honey Lactation Services}} ({{PHONE:913-555-0135}}). Frenotomy eval by ENT Dr. {{NAME:Rasmussen}} if latch does not improve.
Partner {{NAME:Diego Reyes}} engaged, doing skin-to-skin. WIC referral - no, private ins (BCBS KS), pump covered.
{{NAME:Siobhan Gallagher}}, RN, IBCLC`,
  `URGENT CARE VISIT
{{FACILITY:QuickCare Urgent Care - Westgate}}   {{DATE:Saturday, December 16, 2023 11:42}}
Patient: {{NAME:Fonseca, Joaquim}}   DOB {{DATE:9/12/1988}}   Acct {{ACCOUNT:QCU-774409}}   MRN {{MRN:QC0092215}}
Provider: {{NAME:Nadia Rahimi}}, PA-C   Supervising: {{NAME:Frank Osterhaus}}, MD
CC: "I think my hand is broken." Punched a wall yesterday during an argument at home (pt denies anyone else was hurt; partner {{NAME:Chantelle}} waiting in lobby).
Exam: R hand swelling over 5th MC, ttp, no rotational deformity with flexion. Skin intact, no fight bite. NVI.
X-ray R hand 3 views: 5th metacarpal neck fx, 35 deg volar angulation. No other fx.
Tx: closed reduction attempted after hematoma block (lidocaine 1% 5 mL) - improved to 20 deg. Ulnar gutter splint. Ibuprofen 800 mg.
Referral: hand surgery {{FACILITY:Westgate Hand & Upper Extremity}}, Dr. {{NAME:Mbeki}}, within 5-7 days, {{PHONE:702-555-0137}}.
Work note: dishwasher at {{FACILITY:Casa Lisboa Restaurant}}, off work until cleared by hand surgery.
Screened for IPV/anger - pt declined resources; handout given. PHQ-2 neg. ETOH 6 beers last night.
Follow-up x-ray at ortho. Return precautions given. Pt left {{DATE:12/16/23}} 12:58 with partner {{NAME:Chantelle}}.`,
  `OCCUPATIONAL HEALTH - DOT PHYSICAL & DRUG SCREEN
{{FACILITY:Heartland Occupational Medicine}} - {{LOCATION:Joplin}}   {{DATE:2023-09-05}}
Driver: {{NAME:Mukendi, Jean-Paul Kabongo}}   DOB {{DATE:1981-03-03}}
CDL: MO {{LICENSE:T118822047}} (Class A)   Employer: {{FACILITY:Ozark Mountain Express Trucking}}, DER {{NAME:Becky Hollister}} ({{PHONE:417-555-0145}})
Employee #: {{ID:OME-30917}}
FMCSA exam: BP 148/92 (recheck 142/88), pulse 78, UA protein/blood/glucose neg. Vision 20/25 OU uncorrected, whisper test pass. Hx sleep apnea? - STOP-BANG 5, neck 18 in, BMI 37 -> sleep study required.
Determination: certified 3 months (expires {{DATE:12/05/2023}}) pending OSA evaluation. MEC issued, ME Registry # of examiner {{LICENSE:2948817731}}.
Drug screen: DOT 5-panel urine, CCF # {{ID:0117728394}}, collector {{NAME:Tasha Greenwood}}; temp in range; sent to {{FACILITY:Prairie Toxicology Lab}} per employer contract, MRO Dr. {{NAME:Harvey Lindell}}. Result {{DATE:9/7/23}}: negative.
Breath alcohol: 0.000 (device Intoximeters Alco-Sensor FST, SN {{DEVICE:FST-115203}}).
Examiner: {{NAME:Chiamaka Eze}}, DO`,
  `TRAVEL MEDICINE CONSULTATION
{{FACILITY:Global Health Travel Clinic at Wabash Heights Hospital}}   {{DATE:Thursday 18 April 2024}}
Traveler: {{NAME:Ostrowski, Magdalena}}   DOB {{DATE:1990-02-14}}   MRN {{MRN:MGH-TR-30081}}
Itinerary: depart {{DATE:5/20/24}}, return {{DATE:6/30/24}}. {{LOCATION:Lima}} 3 d -> {{LOCATION:Cusco}} 5 d (3,400 m) -> Amazon lodge near {{LOCATION:Puerto Maldonado}} 7 d -> {{LOCATION:La Paz}}, Bolivia -> {{LOCATION:Uyuni}}. Volunteering with {{FACILITY:Andean Children's Clinic}} in {{LOCATION:Cusco}}.
PMH: asthma mild intermittent, OCP. NKDA.
Vaccines: Hep A #1 today, typhoid Vivotif (oral, 4 caps), yellow fever (YF-Vax) - ICVP signed, clinic stamp 0417. Rabies pre-exposure 2-dose (Imovax) today and day 7 ({{DATE:4/25}}). Tdap current (given {{DATE:07/2021}}).
Malaria: Amazon region - atovaquone-proguanil 250/100 daily, start 1-2 d before, 7 d after.
Altitude: acetazolamide 125 mg BID starting day before {{LOCATION:Cusco}}. Counsel on ascent.
TD: azithromycin 1 g x1 prn. Insect precautions, permethrin.
Emergency contact: partner {{NAME:Tomás Quispe Mamani}}, {{EMAIL:tquispe.m@correo.example.pe}}.
{{NAME:Deepa Iyengar}}, MD, CTropMed`,
  `REFUGEE HEALTH SCREENING - DOMESTIC MEDICAL EXAM
{{FACILITY:Cityline Refugee Health Clinic}}   {{DATE:10/02/2023}}   Resettlement agency: {{FACILITY:Prairie Welcome Resettlement Services - Omaha}}
Patient: {{NAME:Nyirahabimana, Claudine}}   DOB {{DATE:01/01/1994}} (assigned)   A-number {{ID:A 215-448-903}}   MRN {{MRN:CRH-4417}}
Arrival in US: {{DATE:09/14/2023}}. Country of origin: DR Congo; lived 6 yrs in {{LOCATION:Nakivale}} settlement, Uganda. Case # {{ID:UG-2023-118447}}; family of 5: husband {{NAME:Emmanuel Habimana}}, children {{NAME:Grace}} (8), {{NAME:Patrick}} (5), {{NAME:Ange}} (2).
Interpreter: Kinyarwanda, {{NAME:Jean-Claude Mugisha}} via {{FACILITY:Heartland Interpreting}}.
Overseas exam ({{LOCATION:Kampala}}, {{DATE:6/2023}}): CXR normal, syphilis neg, presumptive tx albendazole + praziquantel given.
Today: QFT-Plus pending, HIV neg, Hep B sAg neg / sAb neg, CBC Hgb 10.2 (microcytic), eos 9%. Stool O&P x3 ordered. Strongyloides IgG pending.
Mental health: RHS-15 score 14 (positive) - referral to {{FACILITY:Nebraska Trauma Recovery Center}}.
Vaccines: MMR, Tdap, Hep B #1, influenza.
Housing: {{ADDRESS:4620 S 24th St, Apt 7}}, {{LOCATION:Omaha}} {{ZIP:68107}}. Case worker {{NAME:Aline Uwase}} {{PHONE:402-555-0183}}.
{{NAME:Thomas Greyeagle}}, MD`,
  `DISCHARGE MEDICATION LIST - FAXED TO SNF
FROM: {{FACILITY:Rio Grande Baptist-Lakeside Hospital}} Pharmacy   FAX {{FAX:(956) 555-0168}}   TO: {{FACILITY:Palmas del Valle Nursing & Rehab}}  FAX {{FAX:956-555-0169}}
Date/time faxed: {{DATE:08/30/2023 15:07}}
Resident: {{NAME:GARZA DE LA ROSA, HERMINIA}}   DOB {{DATE:12/25/1933}}   Age 89
Hosp MRN {{MRN:VBL-0038819}}   Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}
Discharging MD: {{NAME:Ignacio Benavides}}, MD   Pharmacist: {{NAME:Huong Le}}, PharmD
NEW: apixaban 2.5 mg PO BID (age >=80 + wt 54 kg) - first dose at SNF 2100; metoprolol succinate 25 mg daily.
CHANGED: furosemide 40 -> 20 mg daily.
STOPPED: aspirin 81 mg (on anticoag), glyburide (hypoglycemia) - replaced by linagliptin 5 mg daily.
CONTINUE: levothyroxine 50 mcg, donepezil 10 mg HS, vitamin D3 1000 IU, acetaminophen 650 q6h prn.
Last doses given: metoprolol 0900, furosemide 0900, apixaban 0900.
Labs due at SNF: BMP {{DATE:9/2}}, INR n/a. Follow-up Dr. {{NAME:Benavides}} clinic {{DATE:9/12/23}}.
Questions: pharmacy {{PHONE:956-555-0170}} ask for {{NAME:Huong}}. Received by SNF nurse: ____ time ____`,
  `{{FACILITY:Bridgewater Rheumatology Associates}}
{{ADDRESS:40 Morris Ave, 3rd Floor}}, {{LOCATION:Summit}}, NJ {{ZIP:07901}}   T {{PHONE:908-555-0122}}   F {{FAX:908-555-0124}}

{{DATE:23 January 2024}}

Dr. {{NAME:Arjun Malhotra}}
{{FACILITY:Passaic Valley Nephrology}}
{{ADDRESS:1 Route 46 W, Suite 12}}, {{LOCATION:Totowa}}, NJ {{ZIP:07512}}

Re: {{NAME:Chidiebere "Chidi" Nnamdi-Walsh}}, DOB {{DATE:08/02/1995}}

Dear {{NAME:Arjun}},
Thank you for seeing {{NAME:Chidi}}, a 28-year-old with SLE (dx {{DATE:May 2019}}, ANA 1:1280, anti-dsDNA 310, low C3/C4) whose proteinuria has risen: UPCR 1.4 g/g on {{DATE:1/10/24}}, up from 0.3 in {{DATE:Sept}}. Cr 0.9. Urine sediment with RBC casts. BP 138/88. She is on hydroxychloroquine 300 mg and prednisone 5 mg; mycophenolate was stopped in 2022 when she was planning pregnancy with her husband {{NAME:Liam}} (no longer planning).
I would be grateful for a kidney biopsy to classify likely lupus nephritis before induction (MMF vs belimumab add-on vs voclosporin). Her hydroxychloroquine level is therapeutic; eye exam at {{FACILITY:Summit Hills Eye Center}} {{DATE:11/2023}} normal.
She works as a pharmacist at {{FACILITY:Springfield Avenue Pharmacy}} and can be reached at {{PHONE:973-555-0149}}.
Warm regards,
{{NAME:Beatriz Montalvo-Singh}}, MD`,
  `CORRECTIONAL HEALTH - INTER-FACILITY HEALTH TRANSFER SUMMARY
From: {{FACILITY:Tucson Regional Adult Detention Center}} Medical Unit   To: {{FACILITY:Catalina Mountains State Correctional Facility}}, Health Unit
Transfer date: {{DATE:03/28/2024}}   Transport: sheriff's transport bus, plate {{VEHICLE:AZ G44718}}
Inmate: {{NAME:Valenzuela-Chee, Ricardo}}   Booking # {{ID:B24-008871}}   ADCRR # {{ID:339104}}   DOB {{DATE:10/17/1984}}
Jail MRN {{MRN:TRADC-77103}}   Provider: {{NAME:Ngozi Adeleke}}, NP   Nurse: {{NAME:Bryan Haskie}}, RN
Active problems: HCV (genotype 1a, RNA 1.2 M IU/mL, {{DATE:2/14/24}}) - not yet treated; opioid use disorder on methadone 80 mg (last dose {{DATE:3/28/24}} 0615 dispensed by {{FACILITY:Desert Bloom Behavioral Health}}); HTN on lisinopril 10 mg; latent TB (QFT + {{DATE:2/2024}}), rifapentine/INH 3HP dose 9 of 12.
Allergies: sulfa.
Mental health: hx PTSD, no current SI; last seen by psych Dr {{NAME:Carmen Ybarra}} {{DATE:3/20}}.
Precautions: none. Diet: regular. Dental: #19 abscess, tx'd with amoxicillin, completed.
Emergency contact (on file): mother {{NAME:Rosalinda Chee}}, {{LOCATION:Sells}}, AZ, {{PHONE:520-555-0100}}.
Receiving facility must continue methadone (MOUD) without interruption.`,
];

export const HELDOUT_REALISTIC_12_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout12-${i + 1}`, n));
