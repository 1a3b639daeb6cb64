// A ninety-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses are from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is pregnancy, birth and the newborn: OB intake and prenatal
// visits, dating, anatomy and fetal echo reports, NST/AFI flowsheets, GTT phone threads, home-birth
// midwife and doula notes, L&D triage and admission notes, labor flowsheets, cesarean and shoulder
// dystocia delivery notes, epidural notes, birth certificate and paternity worksheets, newborn
// nursery, NICU, twin A/B and transport notes, cord blood collection records, newborn screening
// cards and abnormal-result calls, hearing-screen letters, CCHD/bili logs, lactation consults,
// EPDS screens, WIC and home-visiting nurse notes, social work for teen mothers, adoption,
// surrogacy and foster-care paperwork, infant security and ID records, privacy audits, a MIMIC-
// style newborn summary, a scanned antepartum form with OCR wraps, secure chats, fax covers and
// pediatric first visits. Names come from many cultures and in many forms (full, last-first,
// all-caps, initials, nicknames in quotes, lower-case chat names, hyphenated, logins), next to
// eponyms and look-alikes that are not PHI (Apgar, Bishop score, Ballard, Leopold's, Ortolani,
// Barlow, Moro, McRoberts, Pfannenstiel, Kerr, Duncan, Schultze, Kleihauer-Betke, Hazelbaker, Graf,
// Pavlik, Gomco, Hadlock, Carpenter-Coustan, Schmitt-Thompson, Edinburgh, Ebstein, Foley, Hoyer,
// Code Pink, Medic 14, Cardinal 3), GA/DOL/HOL/PPD/CGA, doses, scores, lot numbers and expiries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-21 final engine
// (ae581d0) 0.9740 / 0.9488.
// Written by a helper that read only the README's types and guideline, set 72's header and `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header: titles and credentials stay outside
// NAME spans (Dr., Mrs., Ms., Mr., Rev., Fr., Rabbi, Lt., Bishop as a church title, Esq., RN, CNM,
// IBCLC); MIMIC placeholders are annotated over their content (brackets outside), typed by what
// they stand for; a time attached to a full date is part of it, a clock time next to a month/day
// without a year stays outside (3/5 0510 -> [3/5] 0510), and a shift or visit time range after a
// date stays outside; a weekday written with a date is part of it; a month/day without a year is
// a DATE; a date range written as one token (4/24-5/7) is one DATE span; payers (MassHealth,
// Cascadia Health Plan, Regence, Molina, TennCare, Medicaid, Keystone Family Health Plan), their
// UM departments and fax lines, and state or county agencies (state NBS program, DCYF, DCS, EHDI,
// Early Intervention as a program) are not PHI; schools, employers, churches, temples, shelters,
// thrift stores, food pantries, law firms, labs, funeral homes, milk banks, cord blood banks,
// adoption, surrogacy, resettlement, transport and home-care agencies, orphanages and a patient's
// pharmacy or DME supplier are FACILITY; wards with a proper name (Tillman 3, Hartwell 5) are
// FACILITY; insurer and Medicaid member numbers are HEALTH_PLAN; billing, claim, invoice and
// client accounts are ACCOUNT; NPI, midwife licences, driver's licences and a foster resource-home
// licence are LICENSE; plates are VEHICLE; pump, CGM transmitter, breast pump, home phototherapy
// pad and infant security tag serials are DEVICE; accession, specimen, requisition, case, incident,
// report, order, authorization, job, call reference, employee, interpreter, badge, passport,
// A-number, court file, ID band, newborn screening kit/card, cord blood unit and kit, AOP form, WIC
// family and participant, immunization registry, IFSP and parcel tracking numbers are ID; short
// in-house pagers and extensions are PHONE; lot, NDC, CPT, HCPCS, ICD and risk codes, and a lot's
// expiry date (vaccine, IUD, RhIG, filter paper, donor milk pools) are not PHI; an age over 89 is
// AGE (great-grandmothers of 91, 93 and 94), ages of 89 and under are not; a nickname, first name
// alone, last name alone, lower-case chat name, login or initials standing for a person (incl.
// typist and signer initials like RC/jm and flowsheet initials) are NAME, one span per occurrence,
// and a nickname in quotes is its own span; a city abroad is LOCATION; counties are LOCATION;
// a highway mile marker where a person was and a street name alone where a person lives are
// ADDRESS; rooms, beds, pods, tubs, ORs, EMS units and transport rigs are not PHI.
// Added for this set: newborn labels (Baby Girl, Baby Boy, BG/BB, BOY after a last name, Twin A/B)
// stay outside NAME spans, and a baby's given name, even a planned one, is NAME; a time of birth
// in its own field (Time of birth: 0622) is not part of the date in the field before it; a month
// with a year (July 2023, Aug 2025) is a DATE, a year alone (2019 SVD) is not; a digital footprint
// or fingerprint template number is BIOMETRIC and an infant ID photo's file name is PHOTO, while a
// photo "at the front desk" without a reference is not PHI; a real surname that is also an
// eponym (Destinee Barlow, L. Schultz) is NAME; a telehealth room URL is URL even when it carries a
// clinician's name; a facility's own phone, fax and toll-free client line are PHONE/FAX.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `OB NEW PATIENT INTAKE - {{FACILITY:Corwin Valley Women's Health}}
Pt: {{NAME:Thuy-Linh Nguyen}}  DOB {{DATE:08/22/1996}}  MRN {{MRN:CVW-0447182}}
Visit: {{DATE:11/14/2023}}  Prov: {{NAME:Rosa Castellanos}}, CNM
27 yo G2P1001. LMP {{DATE:8/29/23}} (sure, reg q28d). EDD by LMP {{DATE:6/5/2024}}, confirmed by 8w2d CRL today, no change.
OB HX: 2019 SVD 39wk 3340g at {{FACILITY:St. Anselm Medical Center}} in {{LOCATION:Worcester}}, uncomplicated.
MEDS: PNV daily, Zofran 4 mg ODT prn. NKDA.
SOCIAL: lives w/ husband {{NAME:Minh}} and son {{NAME:Kevin}} (4) at {{ADDRESS:118 Pleasant St, Apt 3}}, {{LOCATION:Shrewsbury}} MA {{ZIP:01545}}. Works as pharm tech at {{FACILITY:Lakeway Pharmacy}}. No tob/EtOH/drugs.
Cell {{PHONE:(508) 555-0163}}  email {{EMAIL:tlnguyen96@examplemail.com}}
Ins: MassHealth ID {{HEALTH_PLAN:100384712265}}
PE: BP 108/64, wt 61.2 kg, BMI 23. Thyroid nl. Breasts nl, Montgomery tubercles prominent. Cx closed/long, Chadwick's sign +.
PLAN: prenatal panel (ABO/Rh, CBC, RPR, HIV, HBsAg, HCV, rubella, varicella, UA/UCx). Pap due - done. cfDNA offered, accepts. Influenza vaccine IM L deltoid, lot UJ447A. Discussed Tdap at 27-36 wk.
RTC 4 wk ~{{DATE:12/12}}.
{{NAME:RC}}/{{NAME:jm}}`,
  `NORTHGATE IMAGING CENTER - OB ULTRASOUND REPORT
EXAM: US OB <14 WK, TRANSVAGINAL (CPT 76817)
PATIENT: {{NAME:OYELARAN, FUNMILAYO A}}     MRN: {{MRN:5520913}}     ACC#: {{ID:US24-0031877}}
DOB: {{DATE:02/03/1991}}     EXAM DATE: {{DATE:01/09/2024 09:42}}
REFERRING: {{NAME:Helen Marchetti}}, MD  ({{FACILITY:Pioneer Valley OB/GYN}})
INDICATION: dating; vaginal spotting (O20.9). LMP uncertain.
FINDINGS:
 Single intrauterine gestation. CRL 2.31 cm c/w 8w6d.
 Cardiac activity present, FHR 171 bpm (M-mode).
 Yolk sac normal. No subchorionic hemorrhage.
 R ovary: 1.9 cm corpus luteum cyst. L ovary nl.
IMPRESSION:
 1. Single live IUP, 8w6d by CRL.
 2. Assigned EDD {{DATE:08/15/2024}}.
 3. Small corpus luteum cyst, no f/u needed.
Sonographer: {{NAME:K. Dubois}}, RDMS     Interpreted by: {{NAME:Arvind Subramaniam}}, MD
Electronically signed {{DATE:01/09/2024 11:15}}
Report faxed to referring office fax {{FAX:(413) 555-0190}} {{DATE:1/9}} 1122.
Study ID {{ID:NGI-7740213-OB}} | callback line {{PHONE:(413) 555-0104}}`,
  `MATERNAL-FETAL MEDICINE CONSULT / DETAILED ANATOMY (76811)
{{FACILITY:Whitcombe Perinatal Center}}, {{LOCATION:Rochester}} NY
Name: {{NAME:Brianna Kowalczyk-Reyes}}   MRN {{MRN:00-771-2094}}   Date of svc {{DATE:Thursday, March 21, 2024}}
Ref by Dr. {{NAME:T. Albrecht}}
32 y.o. G1P0 @ 20w3d by 1st tri US. Hx of type 1 DM since age 11 on Omnipod (pod serial {{DEVICE:OMP-4K9-22817}}), Dexcom G7 (transmitter {{DEVICE:8RJ27Q}}). Last A1c 6.4%.
BIOMETRY (Hadlock): BPD 4.8 cm, HC 17.9, AC 15.6, FL 3.3 -> EFW 356 g (52%ile).
ANATOMY: Intracranial, face, spine, 4-chamber heart, LVOT/RVOT, 3VV, stomach, kidneys, bladder, cord insertion & 3VC all seen & nl. Placenta posterior fundal, no previa. Cx 3.9 cm TV.
IMPRESSION: nl detailed anatomy for gestational age. Pregestational DM - elevated risk CHD.
REC: fetal echo @ 22-24 wk (sched {{DATE:4/4}} w/ Dr. {{NAME:Okonkwo}}, peds cardiology), growth q4wk from 28 wk, ASA 81 mg nightly, weekly NST from 32 wk.
d/w pt and partner {{NAME:Jess}}. Copy to Dr. {{NAME:Albrecht}}, fax {{FAX:585-555-0177}}.
{{NAME:Mei Hirano}}, MD, MFM`,
  `NST / AFI FLOWSHEET    {{FACILITY:Bellamy Hospital}} Antenatal Testing Unit
Pt {{NAME:Delacroix, Simone}}  MRN {{MRN:B3390172}}  DOB {{DATE:9/30/88}}  GA 36w1d  Dx: A2GDM on metformin + NPH, cHTN on labetalol 200 bid
-------------------------------------------------------------
Date       | Baseline | Var  | Accels | Decels | AFI  | RN
{{DATE:04/02/24}}   | 135      | mod  | 15x15 x2 | none | 14.2 | {{NAME:LP}}
{{DATE:04/05/24}}   | 140      | mod  | 15x15 x3 | none | 12.8 | {{NAME:LP}}
{{DATE:04/09/24}}   | 130      | mod  | 10x10 x1 | 1 var, brief | 9.6 | {{NAME:DW}}
{{DATE:04/12/24}}   | 135      | mod  | 15x15 x2 | none | 7.1 | {{NAME:ak}}
-------------------------------------------------------------
{{DATE:4/12}}: reactive NST, AFI trending down (7.1). Pt reports good FM, kick counts 10 in <30 min. BP 138/86. No HA/vision changes/RUQ pain. 
Dr. {{NAME:Vasquez-Oduya}} notified 1410, plan BPP Mon {{DATE:4/15}} & delivery planning at 37 wk per MFM. Pt aware. Husband {{NAME:Andre}} cell {{PHONE:555-0148}} (prefers he gets call too).
Next appt {{DATE:Mon 4/15}} 0830.  -{{NAME:A. Kuznetsova}}, RNC-OB`,
  `Telephone Encounter   {{DATE:02/27/2024 4:12 PM}}
From: {{NAME:Ashley Brandt}}, RN (OB triage line)
To: Dr. {{NAME:Sutherland}} pool
RE: {{NAME:Guadalupe}} "{{NAME:Lupita}}" {{NAME:Herrera}} (MRN {{MRN:771029}}), 27w4d
3-hr GTT results {{DATE:2/26}}: fasting 97, 1h 192, 2h 171, 3h 148 -> 2 abnl values (Carpenter-Coustan) = GDM.
Called pt at {{PHONE:(915) 555-0119}}, no answer, VM full. Called alt # (sister {{NAME:Marisela}}) {{PHONE:(915) 555-0181}}, left msg to call back. Sent MyChart msg.
---
{{DATE:02/28/2024 9:03 AM}} Pt called back. Spanish interpreter {{NAME:Ramon}} #{{ID:40117}} used. Explained GDM dx. Referred to diabetes education at {{FACILITY:Sunland Park Diabetes Center}}, glucometer rx sent to {{FACILITY:Zaragoza Family Pharmacy}}. Pt asks if she can still work nights at {{FACILITY:Desert Star Packaging}} - will ask MD. Pt verbalized understanding.
--{{NAME:AB}}
---
{{DATE:02/28/2024 11:40 AM}} Ok to keep working, nutrition consult, recheck FBS log in 1 wk. {{NAME:S. Sutherland}} MD`,
  `{{FACILITY:Wild Ginger Midwifery}} - home birth practice
prenatal visit #9 | {{DATE:Sept 18 2023}} | home visit, {{ADDRESS:4471 Old Mill Rd}}, {{LOCATION:Floyd}} VA {{ZIP:24091}}
client: {{NAME:Hannah Yoder}} (goes by {{NAME:Hanny}}) 34y G5P4004, 36w0d by LMP {{DATE:1/9/23}}
partner: {{NAME:Eli}}. kids at visit: {{NAME:Ruth}}, {{NAME:Micah}}, {{NAME:Abe}} (baby {{NAME:June}} napping)
vitals: BP 112/70, P 78, urine neg/neg, FH 36 cm, FHT 140s LLQ via fetoscope/Doppler. Leopold's: vertex, LOA, engaged 3/5.
GBS swab collected, to {{FACILITY:Blue Ridge Regional Lab}} w/ req {{ID:BRL-2309-11834}}.
Hgb 11.4 (fingerstick). Taking floradix + chlorophyll. Some Braxton Hicks evenings.
birth kit checklist done. backup hospital: {{FACILITY:Montgomery Valley Hospital}} L&D, ~28 min drive. Transport plan reviewed: {{NAME:eli}} drives, 2nd midwife {{NAME:Dorcas}} follows.
no phone at house - call via neighbor {{NAME:Lyle Hostetler}} {{PHONE:540-555-0126}} or {{NAME:Eli}}'s work shop {{PHONE:540-555-0152}}.
Next visit 37 wk, {{DATE:9/25}}. Va. CPM lic #{{LICENSE:CPM-0719}}.
 -{{NAME:Naomi Friesen}}, CPM, LM`,
  `DOULA NOTES -- {{NAME:Keisha Abernathy}}, CD(DONA) / {{FACILITY:Mothering Tree Doula Collective}}
Client: {{NAME:Tamika Washington}}   EDD {{DATE:10/03/2023}}   Partner: {{NAME:Darnell}}
Hosp: {{FACILITY:Peachtree Birthing Pavilion}} (switched from {{FACILITY:Eastlake Family Birth Center}} at 30 wk)

Birth prefs (2nd prenatal mtg, {{DATE:8/19}}):
- unmedicated if possible, open to epidural "if it's past 6 cm and I'm done"
- intermittent auscultation if allowed, hep lock instead of continuous IV
- delayed cord clamping, {{NAME:Darnell}} to cut cord, immediate skin-to-skin
- NO pacifier/formula w/o asking. plans to breastfeed
- mom {{NAME:Gloria}} in room; NOT FOB's mother

{{DATE:9/29}} 0215 txt from {{NAME:Darnell}}: "contractions 6 min apart since midnight". Arrived home 0340. Labored in shower, hip squeezes, rebozo. To hosp 0710, 5 cm.
Birth {{DATE:9/29}} 1348: baby girl {{NAME:Zuri}}, 7 lb 2 oz, nursing within 40 min.
Postpartum visit planned {{DATE:10/2}}. Invoice {{ACCOUNT:MTD-2023-0188}} sent to {{EMAIL:tamika.w.atl@examplemail.com}}.`,
  `L&D TRIAGE NOTE   {{DATE:12/03/2023 23:47}}
{{FACILITY:Mercy Cross Medical Center}} - OB Triage rm 4
Pt: {{NAME:Farah Siddiqui}}   MRN {{MRN:MC-20381145}}   29 yo G3P1011 @ 34w5d (EDD {{DATE:1/14/24}})
CC: "leaking fluid since dinner" (~1900), clear, soaked pad x1. +FM. no ctx, no VB.
Prenatal care: Dr. {{NAME:Beaumont}}, {{FACILITY:Eastside OB Partners}}. GBS unk. Rh pos. 
SSE: no pooling, nitrazine neg, fern neg. ROM Plus neg. Cx vis closed. 
SVE deferred d/t preterm. 
TOCO: irritability, no regular ctx. FHT cat I, baseline 145, mod var, +accels.
US bedside: vtx, AFI 13.
A/P: 34w5d, ROM ruled out. Likely leukorrhea/urine. 
- d/c home w/ PTL/ROM precautions, f/u w/ Dr. {{NAME:Beaumont}} as sched {{DATE:Thurs 12/7}}.
- pt's husband {{NAME:Imran}} to drive; pt lives 40 min away in {{LOCATION:Kenosha}}.
- best # {{PHONE:262-555-0137}}.
Discussed w/ attending Dr. {{NAME:Lindqvist}} at 0015.
{{NAME:Priya Ramanathan}}, MD PGY-2 OB/GYN  pager {{PHONE:4471}}
Attending attestation: seen & examined, agree. {{NAME:E. Lindqvist}} MD {{DATE:12/04/2023 00:31}}`,
  `LABOR & DELIVERY ADMISSION H&P
{{FACILITY:Bellwether Regional Hospital}}, Birthing Center (2 West)
Name: {{NAME:O'Connell, Siobhan M}}   MRN: {{MRN:001928374}}   Acct: {{ACCOUNT:V0044871920}}
Adm: {{DATE:05/17/2024 06:20}}   Attending: {{NAME:Gareth Pryce}}, DO
HPI: 31 y/o G2P1001 at 40w4d (EDD {{DATE:5/13/24}} by 7wk US) here for scheduled IOL, postdates. Unfavorable cx, Bishop 3. +FM. Denies LOF/VB.
PNC: {{FACILITY:Riverbend Family Medicine}} w/ Dr. {{NAME:Achebe}}, 11 visits. Labs: O neg, Ab screen neg, RhoGAM 28w ({{DATE:3/1/24}}), rubella imm, HBsAg neg, HIV NR, RPR NR, GBS neg {{DATE:4/22}}. 1hr GCT 118.
PAST OB: 2021 SVD 41w, 8 lb 1 oz, 2nd degree lac.
PMH: mild intermittent asthma, albuterol prn. PSH: lap appy 2015.
SOCIAL: married to {{NAME:Declan}}, she teaches 3rd grade at {{FACILITY:Holy Family Catholic School}}. Lives in {{LOCATION:Dubuque}}.
PE: BP 118/72, T 36.8. FHT 130s cat I. SVE 1/50/-2, posterior, firm. EFW 3600 g by Leopold's.
PLAN:
1. Ripening: Cytotec 25 mcg PV q4h up to 6 doses vs Foley bulb, then Pitocin per protocol.
2. Continuous EFM. Epidural on request.
3. Rh neg: cord blood for type/DAT, RhoGAM PP if infant Rh+, KB if indicated.
Consent signed, witness {{NAME:T. Mbeki}}, RN.
{{NAME:G. Pryce}}, DO   {{DATE:05/17/2024 07:02}}`,
  `LABOR FLOWSHEET (abbrev. print)  pt {{NAME:ALVAREZ-QUISPE, YESENIA}}  MRN {{MRN:3004417}}  rm L&D 9
{{FACILITY:San Gabriel Community Hospital}}   printed {{DATE:07/08/2024 0655}} by {{NAME:hnguyen2}}

time | cx      | stn | ctx      | FHR/cat | pit mU/min | BP     | init
1900 | 4/70    | -2  | q3-4m    | 135/I   | 6          | 122/76 | {{NAME:MO}}
2100 | 5/80    | -1  | q3m      | 140/I   | 8          | 118/70 | {{NAME:MO}}
2245 | AROM clear, IUPC placed | | | | | | {{NAME:MO}}
2300 | 6/90    | -1  | q2-3m    | 140/I   | 8          | 125/80 | {{NAME:MO}}
0130 | 8/100   | 0   | q2m      | 150/II lates x2 | 4 (decr) | 130/84 | {{NAME:RJ}}
0200 | repositioned L lat, IVF bolus 500, O2 per policy; Dr {{NAME:Feld}} at bedside | | | | | | {{NAME:RJ}}
0300 | 10/100  | +1  | q2m      | 145/I   | 4          | 128/82 | {{NAME:RJ}}
0348 | SVD, viable female, Apgars 8/9, wt 3215 g | | | | | | {{NAME:RJ}}

delivery date/time: {{DATE:07/08/2024 03:48}}  EBL 350 mL  1st deg lac repaired
RN: {{NAME:Maribel Ochoa}} (1900-2330), {{NAME:Rebecca Jaffe}} (2330-0730)`,
  `OPERATIVE NOTE - PRIMARY LOW TRANSVERSE CESAREAN SECTION
Date of surgery: {{DATE:10/22/2023}}
Patient: {{NAME:Adaeze Chukwuma}}   MRN {{MRN:88310427}}   {{FACILITY:Lindgren Women's Pavilion}}, OR 3
Surgeon: {{NAME:Beatriz Olmedo}}, MD   Assistant: {{NAME:Colin Tsai}}, MD (PGY-3)
Anesthesia: spinal ({{NAME:R. Haddad}}, MD)
Pre-op dx: IUP 39w2d, arrest of dilation at 6 cm x 4h despite adequate MVUs, Cat II tracing.
Post-op dx: same, OP position.
Procedure: Pfannenstiel skin incision, low transverse hysterotomy (Kerr). Infant delivered from OP position with fundal pressure at 0917, vigorous, handed to NICU team. Delayed cord clamping 60 sec. Cord gases sent. Placenta delivered w/ gentle traction, intact, 3VC, to pathology ({{ID:S23-48817}}). Uterus exteriorized, closed in 2 layers w/ 0 Vicryl. Hemostasis. Fascia closed w/ 0 PDS. Skin w/ 4-0 Monocryl subcuticular.
EBL (QBL) 840 mL. UOP 150 mL clear. Counts correct x2.
Infant: male, Apgars 7 (1 min) and 9 (5 min), 3890 g. Baby Boy {{NAME:Chukwuma}} to Mother-Baby w/ father {{NAME:Obinna}}.
Cefazolin 2 g + azithro 500 mg pre-incision. Pitocin 30u/500 mL infusion.
Dictated by {{NAME:C. Tsai}} / edited & signed {{NAME:B. Olmedo}} MD {{DATE:10/22/2023 11:40}}. job# {{ID:D-2231870}}`,
  `DELIVERY NOTE -- SVD complicated by shoulder dystocia
{{DATE:Sat 2/10/24 2214}}  |  {{FACILITY:Kessler-Ames Hospital}} L&D rm 12
Mother: {{NAME:Latoya Pierre-Louis}}, 36 yo G4P3, MRN {{MRN:KA7701952}}. A1GDM, EFW 4100 g.
After 52 min 2nd stage, head delivered at 2209 ROA, turtle sign noted. Called for help 2209 (charge RN {{NAME:Wendy}}, Dr. {{NAME:Pasternak}} - anesthesia, NICU). 
Maneuvers: McRoberts + suprapubic pressure (RN {{NAME:Dale Okoro}}) x 30 sec - unsuccessful. Delivery of posterior arm successful. HDI 2 min 10 sec.
Infant: male, 4380 g, Apgars 4/8. Limp at birth, PPV 30 s by NICU (Dr. {{NAME:Whitfield}}). Left arm decr movement -> r/o Erb's palsy, clavicle fx. 
Placenta: spontaneous, Schultze, intact. 2nd degree lac repaired 3-0 Vicryl Rapide. QBL 620 mL.
Family: husband {{NAME:Jean-Baptiste}} present, updated. 
Debrief held 2300 w/ team. Event report filed, {{ID:SR-2024-00418}}.
{{NAME:Ingrid Sorensen}}, CNM / attending backup Dr. {{NAME:Abiodun Falana}}`,
  `ANESTHESIA - LABOR EPIDURAL PROCEDURE NOTE
Pt {{NAME:Park, Ji-woo}} | MRN {{MRN:40028817}} | 28F G1P0 39w1d | wt 74 kg | L&D rm 7 | {{DATE:2024-03-05}}
Consent: risks (hypotension, PDPH, patchy/failed block, nerve injury, infection, high block) reviewed via Korean interpreter {{NAME:Seo Min-ji}} (vendor ID {{ID:LL-88213}}). Husband {{NAME:Dong-hyun}} present. Pt signed.
Prior anesthesia: GA for ACL repair at {{FACILITY:Summit Orthopedic Surgery Center}}, {{LOCATION:Ann Arbor}}, +PONV.
Plt 212 ({{DATE:3/5}} 0510). No anticoagulants.
Time out 0642. Sitting. L3-4 midline, LOR to saline @ 6 cm, 17G Tuohy, 1 pass. Cath 5 cm in space (11 at skin). Neg aspiration; TD 3 mL lido 1.5% w/ epi 1:200k neg.
Load: fentanyl 100 mcg + bupivacaine 0.125% 10 mL.
Maint: PIEB bupi 0.0625% + fentanyl 2 mcg/mL, 8 mL q40 min; PCEA 5 mL, 10 min lockout.
BP 106/58 after load -> phenylephrine 100 mcg x1, resolved. FHT 140s, stable.
T10 bilat sensory level @ 0710, pain 1/10, Bromage 0.
{{NAME:Yusuf Demir}}, MD (attending) / {{NAME:Allison Greer}}, CRNA
Breakthrough pain: call OB anesthesia ext {{PHONE:62240}}.`,
  `STATE CERTIFICATE OF LIVE BIRTH - WORKSHEET (hospital copy, do not file)
Facility: {{FACILITY:Ridgeline Medical Center}}
CHILD: {{NAME:Mateo Alejandro Ruiz Benítez}}
 DOB {{DATE:06/11/2024}}  Time 1522  Sex M  Plurality: single
 City of birth {{LOCATION:Grand Junction}}  County {{LOCATION:Mesa}}
MOTHER: legal name {{NAME:Valeria Benítez Ortega}}  (name before 1st marriage: same)
 DOB {{DATE:12/02/2002}}  Birthplace {{LOCATION:Ciudad Juárez}}, Mexico
 Residence {{ADDRESS:2290 Orchard Ave, Lot 14}}, {{LOCATION:Clifton}} CO {{ZIP:81520}}  inside city limits: N
 SSN {{SSN:524-88-1907}}   Educ: HS diploma   Hispanic: yes, Mexican   Race: White
FATHER: {{NAME:Luis Ruiz Castañeda}}  DOB {{DATE:3/19/2000}}  Birthplace {{LOCATION:El Paso}}, TX
 SSN {{SSN:451-03-7762}}
Married at birth/conception/between: N   AOP signed: Y, form {{ID:AOP-24-117420}}
Request SSN for child: Y   Phone {{PHONE:970-555-0129}}
Pay source for delivery: Medicaid   WIC during preg: Y
Cigarettes: none.  Prenatal care began 2nd month.
Completed by {{NAME:Carla Jessup}}, birth registrar, {{DATE:6/12/24}}; informant: mother. Entered {{NAME:CJ}}.`,
  `NEWBORN ADMISSION H&P - Well Baby Nursery
{{FACILITY:Tillman 3}} Mother-Baby, {{FACILITY:Northfield General Hospital}}
Infant: Baby Girl {{NAME:Nguyen}} ("{{NAME:Lily}}" per parents)   MRN {{MRN:NB-24-008812}}
Born {{DATE:4/19/2024 0512}}
Mother: {{NAME:Nguyen, Thi Hoa}}, 24 yo G1P1, MRN {{MRN:00781523}}. A+, HBsAg neg, HIV neg, RPR NR, rubella imm. GBS pos -> PCN G x3, adequate (>4h). ROM 9h, clear fluid. No maternal fever.
Delivery: SVD, nuchal cord x1 reduced. Apgars 8 and 9.
EXAM: BW 3090 g (38%ile), L 49.5 cm, HC 33.5 cm. Ballard 39 wk. AFOSF. Red reflex + bilat. Palate intact, Epstein pearls. Clavicles intact. Lungs clear. No murmur, fem pulses 2+. 3VC. Nl female genitalia. Hips Ortolani/Barlow neg. Moro symmetric. No sacral dimple. Congenital dermal melanocytosis over buttocks, photographed per policy.
PLAN: routine care. Erythromycin oint + vit K 1 mg IM given. Hep B vaccine after consent (lot 7H2LK). Breastfeeding, lactation consult. EOS calculator 0.14/1000 -> routine vitals. TcB/NBS at 24 hr.
PCP: Dr. {{NAME:Hoang}}, {{FACILITY:Little Sprouts Pediatrics}}, within 48h of d/c.
{{NAME:Carmen Liu}}, MD, Pediatric Hospitalist  {{DATE:4/19/24 0930}}`,
  `NEWBORN DISCHARGE SUMMARY
Patient: {{NAME:Jaylen Marcus Holloway}} (formerly Baby Boy {{NAME:Holloway}})
MRN {{MRN:2024-NB-31107}}   DOB {{DATE:01/28/2024}}   D/C {{DATE:01/30/2024}}   LOS 2 d
Mother: {{NAME:Kiara Holloway}}, 20 yo G2P1102
GA 37w3d. BW 2710 g. D/C wt 2560 g (-5.5%).
COURSE:
- Feeding: breast + Similac Advance 15-20 mL q3h. Voids/stools adequate.
- Bili: TSB 9.1 @ 36 hr, below phototherapy threshold (AAP 2022), low risk.
- CCHD screen: pass (R hand 99, foot 98).
- Hearing: AABR pass bilat.
- NBS collected {{DATE:1/29}} 1040, card # {{ID:240129-8841-7}}.
- Hep B vaccine given. Circumcision deferred, family will do outpatient.
- Car seat: rear-facing, checked by RN.
FOLLOW-UP: {{FACILITY:Southside Community Health Center}} peds, Dr. {{NAME:Ogunleye}}, {{DATE:Thursday Feb 1}} at 10:15.
SOCIAL: Medicaid covers infant (newborn ID pending). WIC referral done. Lives with grandmother {{NAME:Denise}} at {{ADDRESS:809 E. 41st St}}, {{LOCATION:Savannah}} GA {{ZIP:31401}}. Contact {{PHONE:912-555-0173}}.
Signed {{NAME:P. Agarwal}}, NP   {{DATE:01/30/2024 13:05}}`,
  `NICU ADMISSION NOTE
{{FACILITY:St. Columba's Hospital}} NICU, pod B bed 7
Baby Boy {{NAME:Ramírez}} ("{{NAME:Santiago}}")   MRN {{MRN:60193384}}   Adm {{DATE:08/03/2024 14:55}}   DOL 0
GA 29w2d, BW 1180 g (AGA).
MATERNAL: {{NAME:Daniela Ramírez Solís}}, 22 yo G1. PPROM 27w6d ({{DATE:7/24}}), latency amp/azithro, BMZ complete {{DATE:7/25}}, Mg for neuroprotection. Suspected chorio -> urgent C/S today.
DELIVERY: LTCS under GA. Apgars 3, 6, 8. PPV 90 s, then CPAP +6 in DR.
RESP: bubble CPAP +6, FiO2 0.28. Curosurf 200 mg/kg via LISA at 1 h of life.
CV: MAP 32-36. UAC/UVC placed, UVC tip T9.
FEN: D10W 80 mL/kg/d + starter TPN. Colostrum oral care when available.
ID: BCx sent, amp + gent x48h pending cx.
NEURO: caffeine citrate load 20 mg/kg. HUS DOL 7 and 30.
SOCIAL: parents not married; FOB {{NAME:Hector Villanueva}} at bedside. Mom on {{FACILITY:Kirkland 4}} postpartum. Family lives in {{LOCATION:Yakima}}, ~2h drive.
Attending Dr. {{NAME:Nakamura-Ellis}} / NNP {{NAME:Tova Brenner}}`,
  `NICU PROGRESS NOTE -- TWINS    {{DATE:11/02/2023}}    DOL 12 / CGA 33w1d
Di/di twins, born 31w3d at {{FACILITY:Valley Crest Medical Center}}.

TWIN A {{NAME:Okafor}} ("{{NAME:Chidi}}")  MRN {{MRN:71120034}}  bed 14
- RA, no A/B/D x48h. Caffeine d/c'd {{DATE:10/30}}.
- Wt 1710 g (+25). NG feeds MBM + HMF 24 kcal @ 150 mL/kg/d, cue-based PO trials 2x/day.
- Bili 6.8, off photo.

TWIN B {{NAME:Okafor}} ("{{NAME:Chiamaka}}")  MRN {{MRN:71120035}}  bed 15
- HFNC 2 L, 21-23%. 2 self-resolved brady yesterday.
- Wt 1540 g (+10). Feeds 140 mL/kg/d, advance 10/d. Donor milk when MBM short (consent on file).
- Echo: small PDA L->R, no tx. Repeat {{DATE:11/9}}.

BOTH: ROP exam {{DATE:11/7}} w/ Dr. {{NAME:Varghese}}. Hep B #1 when wt >2 kg. Synagis eligibility to review before d/c.
FAMILY: mom {{NAME:Ngozi}} doing kangaroo care daily 1-3 pm. Dad {{NAME:Emeka}} works nights at {{FACILITY:Tristate Logistics}} warehouse, visits weekends. Updated on rounds.
{{NAME:R. Fairbanks}}, NNP-BC`,
  `NICU SOCIAL WORK - FAMILY MEETING
{{DATE:1/16/2024}} 1400-1445, family conference rm, {{FACILITY:Ashby Pavilion}} NICU
Pt: {{NAME:Araceli}} "{{NAME:Celi}}" {{NAME:Montoya}}, ex-26 wk, DOL 41, MRN {{MRN:NIC-0099213}}
Present: mother {{NAME:Yadira Montoya}} (19), MGM {{NAME:Rosa Elena Montoya}}, Dr. {{NAME:Bhattacharya}} (neonatology), {{NAME:Jen}} (primary RN), writer. FOB {{NAME:Kevin Tran}} by phone {{PHONE:(602) 555-0196}}.
Medical update: BPD, on NIPPV; likely home O2. Possible G-tube if PO feeding doesn't progress.
Psychosocial: mom is a senior at {{FACILITY:Maryvale Vista High School}}, wants to graduate in May. Takes bus 1.5 h each way; gas card + parking validation given. Sleeping poorly, EPDS 14 today -> referral to perinatal mood clinic at {{FACILITY:Desert Sage Behavioral Health}}, crisis line reviewed. AHCCCS ID {{HEALTH_PLAN:A84431902}}.
Plan: weekly SW f/u. Early Intervention referral at d/c. Infant CPR class {{DATE:1/23}}.
{{NAME:Dov Abramowitz}}, LCSW   ext {{PHONE:4-8812}}`,
  `CORD BLOOD COLLECTION RECORD -- {{FACILITY:Stemhaven Family Cord Bank}}
Client (mother): {{NAME:Rachel Goldfarb-Sato}}   DOB {{DATE:04/14/1990}}
Client acct: {{ACCOUNT:SH-0038817-C}}    Kit serial: {{ID:K7-220941}}
Unit ID: {{ID:SHCB 24 118 0093}}
Collection site: {{FACILITY:Fairhaven Birthing Center}}
Date of delivery: {{DATE:09/09/2024}}   Time of birth: 0622   Collection: 0631, ex utero
Delayed cord clamping 60 s prior to collection: Y
Volume approx 95 mL (CPD bag). Cord tissue 20 cm: Y. Maternal blood: 2 tubes (IDM).
Collector: {{NAME:Beth Ann Calloway}}, RN     Delivering provider: {{NAME:Hollis Tran}}, CNM
Courier pickup {{DATE:9/9}} 1015, tracking {{ID:1Z 88X 402 61 4471 2209}}
Ship to lab: {{ADDRESS:7730 Research Pkwy, Suite 200}}, {{LOCATION:Tucson}} AZ {{ZIP:85747}}
Client phone {{PHONE:(651) 555-0115}}   email {{EMAIL:rgoldfarbsato@examplemail.net}}
Store at room temp, do NOT refrigerate. Questions: client care {{PHONE:1-800-555-0199}}`,
  `NEWBORN SCREENING SPECIMEN CARD - transcription (1st screen)
Kit # {{ID:NS-2406-5530218}}
Infant name: {{NAME:WHITEHORSE}}, BOY          Infant MRN: {{MRN:550019244}}
Birth date: {{DATE:06/02/24}}   Birth time: 1908   Sex: M   Single
Collection: {{DATE:06/03/24 2015}}   Age at collection: 25 hr
BW 3570 g   GA 40 wk   Feeding: breast   NICU: N   Transfused: N   TPN: N   Abx: N
Mother: {{NAME:Whitehorse, Delphine R}}   DOB {{DATE:07/07/1999}}
Mother's address: {{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Sanostee}} NM {{ZIP:87461}}
Mother's phone: {{PHONE:505-555-0183}}  alt (aunt {{NAME:Loretta}}) {{PHONE:505-555-0160}}
Submitter: {{FACILITY:San Juan Valley Regional Hospital}}, {{LOCATION:Farmington}} NM
Physician for results: Dr. {{NAME:Begay}}, {{FACILITY:Four Winds Pediatrics}}   ph {{PHONE:505-555-0141}}   fax {{FAX:505-555-0142}}
Collected by: {{NAME:T. Yazzie}}, RN   Specimen quality: acceptable, dried 3 h horizontal
Sent {{DATE:6/4}} AM courier. 2nd screen due 8-14 days at PCP.
DO NOT use EDTA/heparin tubes. Filter paper lot 2213 exp 2025-11.`,
  `PHONE NOTE - ABNORMAL NEWBORN SCREEN
{{DATE:3/12/2024 08:50}} call from {{NAME:Mara Lindqvist}}, follow-up coordinator, state NBS program. Ref # {{ID:NBS-FU-88120}}.
Infant: {{NAME:Liam Christopher Baptiste}}   DOB {{DATE:3/8/24}}   MRN {{MRN:P0203318}}   specimen {{ID:24-068-01177}}
Result: C8 1.9 umol/L (cutoff <0.45), C8/C10 elevated -> presumptive positive MCAD deficiency.
0905 called parents {{NAME:Roxanne}} & {{NAME:Jean-Marc Baptiste}} at {{PHONE:(614) 555-0102}}. Infant feeding well q2-3h, no lethargy/vomiting.
- avoid fasting >4h; if not feeding or sleepy -> ED immediately, bring ACT sheet/emergency letter
- emergency letter faxed to {{FACILITY:Scioto Children's Hospital}} ED fax {{FAX:(614) 555-0188}}
- metabolic genetics appt {{DATE:3/13}} 1300 w/ Dr. {{NAME:Ferreira-Lutz}}
- confirmatory: plasma acylcarnitine profile, urine acylglycines, ACADM sequencing
Parents asked about older sib {{NAME:Noelle}} (4) - genetics will advise.
{{NAME:Suzanne Petrakis}}, MD   {{FACILITY:Worthington Pediatric Associates}}`,
  `{{FACILITY:Brightwater Children's Hospital}} -- Newborn Hearing Screening Program
{{DATE:May 6, 2024}}

To the parents of: {{NAME:Ava-Rose Castillo}}   DOB {{DATE:04/30/2024}}
{{ADDRESS:55 Larkspur Ln}}
{{LOCATION:Pueblo}}, CO {{ZIP:81005}}

Dear Ms. {{NAME:Castillo}},
Your baby's hearing screen on {{DATE:May 1}} did not pass in the right ear (automated ABR: Left PASS / Right REFER). This does NOT mean your baby has hearing loss; fluid or vernix in the ear canal is common after birth. A rescreen is needed before 1 month of age.
Appointment: {{DATE:Tuesday, May 21}}, 9:30 a.m., Audiology, {{FACILITY:Brightwater Outpatient Center}}, {{ADDRESS:1200 Canal St, 2nd floor}}.
To reschedule call {{PHONE:(719) 555-0138}}.
A saliva CMV test was sent before discharge and was negative.
Sincerely,
{{NAME:Monique Deschamps}}, Au.D., CCC-A
cc: PCP Dr. {{NAME:Iverson}}; state EHDI program   infant MRN {{MRN:BC-4419902}}`,
  `MOTHER-BABY RN NOTE (screens)   Baby Boy {{NAME:Abdi}} ("{{NAME:Yusuf}}")   MRN {{MRN:M24-55210}}   rm 418B
born {{DATE:10/14/2024 0033}}, 38w6d, BW 3320 g
CCHD @ 26 hr: R hand 97 / foot 94 (diff 3) -> repeat 1 hr: 98/96 -> repeat: 98/97 = PASS.
TcB 10.2 @ 24h -> TSB 11.4 @ 26h. Mom O+, baby A+, DAT neg. G6PD pending.
TSB 14.6 @ 38h, above photo threshold 14.1 (AAP 2022, >=38 wk no risk factors).
Notified Dr. {{NAME:Lindahl}} 1645 {{DATE:10/15}}, ok to start phototherapy, TSB in 6h, encourage feeds q2-3h.
Parents {{NAME:Hodan}} and {{NAME:Abdirahman}} (Somali) updated w/ video interpreter {{NAME:Farhiya}} (ID {{ID:VRI-20118}}). Dad has to leave for shift at {{FACILITY:Prairie Lane Poultry}} in {{LOCATION:Willmar}} tonight, asked to call him {{PHONE:320-555-0119}} w/ bili result.
Eyes shielded, temp stable 36.9, voids x4 stools x3.
-{{NAME:Sigrid Amundsen}}, RN`,
  `LACTATION CONSULT - IBCLC
{{DATE:06/30/2024}} 1120 | {{FACILITY:Carver 6}} Mother-Baby rm 612
Mother: {{NAME:Emily Ashworth-Banda}}, P1, 34 | Infant: {{NAME:Theo}} (Baby Boy {{NAME:Ashworth-Banda}}), 32 hr old, -3.5%
Reason: sore nipples, shallow latch.
Hx: breast reduction 2015 (risk low supply). Flat nipples bilat.
Obs feed: L breast cradle hold, shallow latch, clicking, nipple lipstick-shaped after. Infant oral exam: tight lingual frenulum, Hazelbaker function 9 / appearance 8.
Interventions: laid-back + football hold; nipple shield 20 mm -> deeper latch, audible swallows. Hand expression taught, 2 mL colostrum by spoon. Hospital-grade pump q3h after feeds.
Plan: peds to eval frenulum, Dr. {{NAME:Galloway}} paged. Outpt lactation {{DATE:7/3}} at {{FACILITY:Milkweed Lactation Clinic}}. Lanolin/hydrogel pads.
Mom ok w/ texts: {{PHONE:(503) 555-0107}}
{{NAME:Priscilla Nakamura}}, RN, IBCLC`,
  `OUTPATIENT LACTATION VISIT -- {{FACILITY:Milkweed Lactation Clinic}}
{{DATE:7/3/24}}   Client: {{NAME:Ashworth-Banda, Emily}}  DOB {{DATE:2/9/1990}}
Infant: {{NAME:Theo Ashworth-Banda}}  DOB {{DATE:6/29/24}}
Ins: Cascadia Health Plan, member {{HEALTH_PLAN:CHP88041277-01}}
Wt: BW 3480 g, d/c 3360, today 3395 g.
Frenotomy {{DATE:7/1}} by Dr. {{NAME:Galloway}}. Latch improved, shield weaned for R side.
Pre/post weights: L 28 mL, R 22 mL in 20 min.
Pump: Spectra S1 via {{FACILITY:Cascade Medical Supply}}, serial {{DEVICE:S1-22A0418873}}. Flange 21 mm, refitted from 24.
Supply: fenugreek - little evidence, declined. Domperidone not available in US.
Plan: triple feed x3 more days then reassess; power pump 1x/day. Peds wt check {{DATE:7/8}} at {{FACILITY:Laurelhurst Pediatrics}}.
Partner {{NAME:Kwame}} doing night bottles (expressed milk only).
{{NAME:Wren Holloway}}, IBCLC   {{EMAIL:wren@milkweedlactation.example}}   ph {{PHONE:(503) 555-0172}}`,
  `EDINBURGH POSTNATAL DEPRESSION SCALE (EPDS) - documentation
Pt: {{NAME:Sarah-Jane McAllister}}   MRN {{MRN:2119-4470}}   Visit: {{DATE:Nov 8 2023}} (2 wk PP; infant {{NAME:Fiona}} seen same day by peds)
Administered by {{NAME:Dana Whitlock}}, MA. English.
Items 1-10: 1, 2, 2, 3, 2, 2, 1, 2, 1, 0 = 16. Item 10 (self-harm) = 0.
EPDS >=13 -> probable depression. PHQ-9 13, GAD-7 11.
Provider: tearful, anhedonia, poor sleep even when baby sleeps, intrusive thoughts of baby getting hurt (ego-dystonic, no intent/plan). No SI/HI, no psychosis. Hx MDD 2018, sertraline helped. Supports: partner {{NAME:Robbie}}; her mum lives in {{LOCATION:Glasgow}}, talks by video daily.
Plan: sertraline 25 mg x7d then 50 mg (compatible w/ BF per LactMed). Referral perinatal psychiatry, Dr. {{NAME:Adeyemi}}. PSI helpline + 988 given. Safety plan reviewed w/ pt and {{NAME:Robbie}}. RTC 2 wk {{DATE:11/22}}.
{{NAME:Lauren Beckett}}, MD   {{FACILITY:Harbor Point Family Medicine}}`,
  `POSTPARTUM VISIT - 6 WK    {{DATE:02/19/2024}}    MRN {{MRN:0311-77-420}}
S: {{NAME:Nikhita Raghunathan}}, 30 yo P1, s/p pLTCS {{DATE:1/6/24}} for frank breech. Incision healed. Lochia stopped wk 4. Exclusively BF; baby {{NAME:Aarav}} 9 lb 14 oz at peds {{DATE:2/14}}. Mood ok, EPDS 5. Sleep fragmented, MIL {{NAME:Lakshmi}} staying until March.
Back to work {{DATE:3/18}} at {{FACILITY:Meridian Analytics}}, needs letter re: pumping breaks/space (PUMP Act).
Contraception: wants LNG-IUD.
O: BP 116/74. Pfannenstiel well healed. Uterus involuted. Cx nl.
PROCEDURE: LNG-IUD 52 mg placed, sounded 7.5 cm, strings trimmed 3 cm. Lot TU0CX4A exp 09/2026. Tol well.
A/P: nl PP course. Letter to employer given. Pap due {{DATE:Aug 2025}}. Annual w/ PCP Dr. {{NAME:Esposito}}. String check 4-6 wk.
{{NAME:Greta Lindholm}}, CNM / {{NAME:gl}}`,
  `WIC CERTIFICATION - PARTICIPANT SUMMARY
Clinic: {{FACILITY:Eastside WIC Clinic}}, {{LOCATION:Dayton}}      Family ID {{ID:WIC-0047718}}
Cert date {{DATE:03/14/2024}}      CPA: {{NAME:Marisol Ibarra}}, RD
 # | Name              | Category        | DOB         | Participant ID
 1 | {{NAME:Destiny Caldwell}}  | PP, partial BF  | {{DATE:05/05/2006}}  | {{ID:310447810}}
 2 | {{NAME:Malik Caldwell}}    | Infant          | {{DATE:02/24/2024}}  | {{ID:310447828}}
Address: {{ADDRESS:1416 Huffman Ave, Apt B}}, {{ZIP:45403}}   ph {{PHONE:937-555-0110}}
Income: adjunctively eligible via Medicaid {{HEALTH_PLAN:OH1120994471}}.
Risk codes: 331 (preg at young age), 602 (BF complications), 201 (low Hgb).
Mom Hgb 10.8 -> iron-rich foods, cont PNV. Infant wt 4.1 kg, L 53 cm, on growth curve.
Formula: partial BF + contract formula powder, 2 cans/mo (partial pkg).
Ed: BF support, peer counselor {{NAME:Tasha}} to call this wk. Referred to {{FACILITY:Bright Beginnings Home Visiting}}.
Next appt {{DATE:4/11}} 2:00 pm.`,
  `HOME VISIT - public health nurse, {{LOCATION:Lewis and Clark County}} 
Date {{DATE:Wed 8/21/24}}   Time in 1015 / out 1140
Client: {{NAME:Kaylee Dubrowski}} (18) and infant {{NAME:Paisley}} (DOB {{DATE:8/9/24}}, 12 days)
Address: {{ADDRESS:2703 Granite Ave, Trailer 9}}, {{LOCATION:Helena}} MT {{ZIP:59601}}
Present: client, infant, client's bf {{NAME:Tyler}} (FOB), his mom {{NAME:Sherry}} (homeowner).
Infant: wt 3.44 kg on home scale (BW 3.28). Jaundice resolved. Cord off {{DATE:8/19}}. Back to sleep in pack-n-play, no bumpers. Smoke exposure - {{NAME:Sherry}} smokes on porch, discussed.
Mom: lochia light, perineum healing, BP 118/76. EPDS 9. Says she's "tired not sad". 
Feeding: formula (Enfamil) 3 oz q3h, mixing correctly, WIC enrolled.
Safety: car seat checked, installed in {{NAME:Tyler}}'s truck, MT plate {{VEHICLE:7-4821B}}.
Goals: get GED at {{FACILITY:Helena Adult Learning Center}}; pedi appt {{DATE:9/3}}.
Next visit 2 wk. Cell {{PHONE:406-555-0194}}.
{{NAME:Joanne Pfeiffer}}, RN, PHN`,
  `SOCIAL WORK ASSESSMENT - ADOLESCENT MOTHER
{{FACILITY:Holbrook Women's & Infants}}, PP unit rm 3112     {{DATE:12/29/2023}}
Pt: {{NAME:Jazmine Reyes-Whitaker}}, 15 yo, P1, delivered {{DATE:12/27}} (baby girl {{NAME:Nevaeh}}).  MRN {{MRN:HWI-6640023}}
Referral: maternal age <16 (automatic).
Lives w/ mother {{NAME:Carmen Reyes}} + 3 sibs at {{ADDRESS:37 Vinewood Terr}}, {{LOCATION:Pawtucket}} RI. 9th grade at {{FACILITY:Blackstone Valley Prep}}, missed most of 2nd quarter.
FOB: "{{NAME:DJ}}" ({{NAME:Derrick Johnson}}), 19. Given ages, report made to DCYF hotline {{DATE:12/29/23 1015}}, report # {{ID:RI-DCYF-23-118904}}. Intake worker Ms. {{NAME:Alvarado}}.
Strengths: bonding well, grandmother very involved, pt wants to BF. Peds: {{FACILITY:Hope Street Pediatrics}}.
Concerns: no crib (pack-n-play from {{FACILITY:Second Chance Thrift}} arranged). Unsure about returning to school.
Plan:
- school nurse Mrs. {{NAME:Okafor}} to set up home tutoring x6 wk
- referred to {{FACILITY:Pawtucket Teen Parent Center}}
- RIte Care for infant applied
- contraception counseling done by OB, pt chose implant before d/c
{{NAME:Kathleen Sousa}}, LICSW   pgr {{PHONE:2217}}`,
  `From: {{NAME:Okafor, Bernadette}} <{{EMAIL:bokafor@bvprep.example.org}}>
To: {{NAME:Kathleen Sousa}} <{{EMAIL:ksousa@holbrookwi.example.org}}>
Sent: {{DATE:Tuesday, January 2, 2024 7:48 AM}}
Subject: RE: {{NAME:J.R-W.}} school re-entry

Hi {{NAME:Kathleen}} - thanks for the call. I spoke with {{NAME:Jazmine}}'s mom. Home tutoring is approved starting {{DATE:1/8}}, tutor is Mr. {{NAME:Delgado}} (Tu/Th 3-5). When she comes back we have a lactation space in the nurse's office (rm 114) and the baby can go to {{FACILITY:Little Steps Child Development Center}} across the street, they take CCAP.
Could you fax the medical clearance letter to {{FAX:401-555-0135}}?
{{NAME:Bernadette Okafor}}, BSN, RN
School Nurse Teacher, {{FACILITY:Blackstone Valley Prep}}   {{PHONE:401-555-0134}}

-----Original Message-----
From: {{NAME:Kathleen Sousa}}
Sent: {{DATE:Friday, December 29, 2023 3:02 PM}}
Subject: {{NAME:J.R-W.}} school re-entry
Mrs. {{NAME:Okafor}}, I'm the social worker at {{FACILITY:Holbrook}}. Your student ({{NAME:J. R-W.}}, DOB {{DATE:3/2/08}}) delivered this week. Release signed by parent is on file. Please call me at {{PHONE:401-555-0177}}.`,
  `SOCIAL WORK NOTE - ADOPTION PLAN
{{DATE:04/03/2024}}   {{FACILITY:Marlowe Regional Medical Center}}, {{FACILITY:Pemberton 2}} postpartum
Birth mother: {{NAME:Courtney Ahlberg}}, 26, MRN {{MRN:MRMC-118204}}. Delivered baby boy {{DATE:4/2}} 0411. Infant in nursery per her wish; has held him twice.
Agency: {{FACILITY:Open Arms Adoption Services}}, caseworker {{NAME:Lynette Caruso}} {{PHONE:(816) 555-0124}}, case # {{ID:OAA-2023-0419}}.
Adoptive parents {{NAME:Matthew}} and {{NAME:Jonah Feldman-Ortiz}} of {{LOCATION:Overland Park}}, KS, on unit, have ID bands per birth mother's plan. Intend to name him {{NAME:Elliot}}.
Consent cannot be signed before 48 h -> earliest {{DATE:4/4}} 0411. Birth mother's attorney {{NAME:Regina Falk}}. ICPC (MO->KS) packet submitted today.
Birth father known only as "{{NAME:Marcus}}", no contact info; attorney handling notice.
Band reads Baby Boy {{NAME:Ahlberg}}; no name change in chart until finalization.
Birth mother: tearful but firm in plan, EPDS 8, grief counseling accepted. Wants photos mailed to {{ADDRESS:PO Box 3318}}, {{LOCATION:Independence}} MO {{ZIP:64055}}.
{{NAME:Theresa Quon}}, LMSW`,
  `GESTATIONAL CARRIER - HOSPITAL BIRTH PLAN (copy on L&D)
Carrier: {{NAME:Melissa Strand}}   DOB {{DATE:10/21/1989}}   MRN {{MRN:55-20931}}   spouse {{NAME:Corey Strand}}
Intended parents (IPs): {{NAME:Daniel Whitcombe}} & {{NAME:Arun Mehta-Whitcombe}}, {{LOCATION:Toronto}}, Canada
 cell (DW) {{PHONE:+1 416-555-0178}}   {{EMAIL:dan.whitcombe@examplemail.ca}}
Agency: {{FACILITY:Northstar Surrogacy Partners}}, coordinator {{NAME:Alexis Romero}}
Pre-birth order {{DATE:02/27/2024}}, {{LOCATION:Hennepin County}} district court, file {{ID:27-FA-24-1187}}: IPs on birth record, carrier not listed.
Embryo transfer at {{FACILITY:Lakeside Fertility Institute}} {{DATE:July 2023}}. EDD {{DATE:4/16/24}}.
AT DELIVERY: both IPs in room; carrier does not wish to hold baby, OK to see. Baby skin-to-skin with IPs. IPs get own room (407); infant rooms in with IPs.
Billing: infant self-pay, acct {{ACCOUNT:HB-7741029}}, financial clearance {{NAME:Gina}} (pt accounts).
Carrier will pump colostrum x1 wk per agreement.
Legal contact: {{NAME:Paula Ng}}, JD.
Reviewed {{DATE:3/20/24}}, {{NAME:Sonja Eriksson}}, RN, perinatal coordinator`,
  `PEDIATRIC NEWBORN VISIT (3-5 day)   {{FACILITY:Juniper Family Pediatrics}}
{{DATE:9/12/2024}}   Pt: {{NAME:Oliver James Kimura-Walsh}}   DOB {{DATE:9/8/24}}   MRN {{MRN:JFP-30918}}
With mom {{NAME:Naomi}} and dad {{NAME:Sean}}.
BIRTH HX: 39w1d SVD at {{FACILITY:Elmhurst Birthing Center}}, BW 3.61 kg, Apgars 9/9, GBS neg. Hep B given. NBS sent, hearing pass, CCHD pass.
FEEDING: BF q2-3h, 8-10x/d; 6 wet, 4 yellow seedy stools.
Wt 3.46 kg (-4.2%). TcB 9.8 at 96 hr, low risk.
EXAM: well, mild jaundice to chest. AFOSF. Red reflex nl bilat. Cord stump dry. Circ (Gomco) healing. Hips stable, Ortolani/Barlow neg. Nl tone, +Moro. Stork bite nape, salmon patch eyelids.
A/P: healthy newborn, wt loss acceptable.
- vit D 400 IU daily
- safe sleep/ABCs; rectal temp >=100.4 -> call or ED
- nirsevimab (Beyfortus) 50 mg IM today, lot 4KZ91; sib {{NAME:Maya}} (3) had RSV last winter
- 2 wk WCC {{DATE:9/23}}
Home: {{ADDRESS:8110 SW Canyon Ct}}, {{LOCATION:Beaverton}} OR {{ZIP:97005}}
Ins: Regence member {{HEALTH_PLAN:RGN 441 207 815 02}} (added {{DATE:9/10}})
{{NAME:Hana Okabe}}, MD`,
  `PATIENT PORTAL THREAD   msg ID {{ID:MSG-55102988}}
Patient: {{NAME:Bui, Anh Thu}} (DOB {{DATE:3/3/2024}})   Proxy: mother {{NAME:Phuong Bui}}

{{DATE:03/19/2024 22:41}}  [Proxy]
hi its {{NAME:anh thu}}'s mom, she has white stuff on her tongue that doesnt wipe off and shes fussy at the breast. also my nipples are pink and burn?? is this thrush. she is 16 days old
{{DATE:03/20/2024 08:15}}  [{{NAME:Lorna}}, RN]
Hi Ms. {{NAME:Bui}}, that could be thrush. We can see her today at 11:20 with Dr. {{NAME:Castellano}}. For your symptoms please contact your OB at {{FACILITY:Westpark OB/GYN}}, they can treat you at the same time so you don't pass it back and forth.
{{DATE:03/20/2024 08:31}}  [Proxy]
ok we will come. my husband {{NAME:Quang}} will drive. do i bring her insurance card it changed to Molina new # {{HEALTH_PLAN:MOL-8830129944}}
{{DATE:03/20/2024 08:40}}  [{{NAME:Lorna}}, RN]
Yes please bring it. See you at 11:20 at {{ADDRESS:2250 Westpark Dr, Suite 110}}. Check-in link: {{URL:https://portal.juniperpeds.example.org/checkin?appt=8831204}}`,
  `BLOOD BANK / TRANSFUSION SERVICE -- RhIG EVALUATION
{{FACILITY:Glenwood University Hospital}} Transfusion Medicine
Mother: {{NAME:Hawthorne, Abigail}}   MRN {{MRN:7730412}}   O NEG. Ab screen: anti-D, passive (antepartum RhIG {{DATE:01/11/24}}).
Infant: Baby Girl {{NAME:Hawthorne}}   MRN {{MRN:7730588}}   cord: A POS, DAT neg.
Delivery {{DATE:03/29/2024 17:02}}
Fetal bleed screen (rosette): POSITIVE -> Kleihauer-Betke.
KB: 1.2% fetal cells -> FMH ~60 mL whole blood (5000 x 0.012).
Dose: 60/30 = 2, +1 = 3 vials RhIG 300 mcg IM.
Order {{ID:BB24-0329-117}}. RhIG lot 4410-7, exp 10/2025.
Given {{DATE:3/30/24 0940}} by {{NAME:N. Castellanos}}, RN (deltoids + vastus).
Notified Dr. {{NAME:Ishikawa}} (OB) and Dr. {{NAME:Pemberton-Lowe}} (transfusion medicine).
Infant Hgb 14.9, no intervention needed.
{{NAME:Yvette Marchand}}, MLS(ASCP)   {{DATE:03/30/2024 08:12}}`,
  `NEONATAL TRANSPORT RECORD -- {{FACILITY:Cardinal Kids Transport}}, Team 2
Run # {{ID:CKT-24-01917}}      {{DATE:07/21/2024}}
Referring: {{FACILITY:Tri-County Memorial}}, {{LOCATION:Sidney}} NE; Dr. {{NAME:Albers}} called 0212, {{PHONE:308-555-0145}}
Receiving: {{FACILITY:Prairie Children's Hospital}} NICU, {{LOCATION:Omaha}}; accepting Dr. {{NAME:Quintero}}
Pt: Baby Boy {{NAME:Fenske}}, born {{DATE:7/21/24 0138}}, 36 wk, BW 2.9 kg. Mother {{NAME:Allison Fenske}}, 24.
Problem: grunting, retractions, RR 80s; TTN vs pneumonia. POC glucose 32 -> D10 2 mL/kg, recheck 58.
Mode: rotor wing (Cardinal 3). Dispatched 0221, at bedside 0319, depart 0412, arrive 0535.
Interventions: CPAP +6, FiO2 0.35 -> 0.30. PIV L hand. D10W 60 mL/kg/d. BCx + amp/gent given at referring.
Father {{NAME:Travis Fenske}} driving separately, cell {{PHONE:308-555-0109}}. Mom stays at {{FACILITY:Tri-County}} until d/c.
Crew: {{NAME:K. Ostrowski}}, RN / {{NAME:Ben Tallchief}}, RRT`,
  `ED - OB RAPID ASSESSMENT (EMS report transcribed)
{{DATE:11/30/23 2152}} radio: "{{FACILITY:Riverside}}, Medic 14, run {{ID:2311-30-0457}}, 23 y/o, G2P1, about 35 weeks, BP 178/112 repeat 182/116, headache, seeing spots, RUQ pain, no seizure. Picked up at {{ADDRESS:I-80 EB mile marker 312}} rest area. Mag 4 grams started per OLMC Dr. {{NAME:Haverford}}. ETA 12."
2206 arrived. Pt ID'd as {{NAME:Marisol Quintanilla}}, Iowa DL {{LICENSE:Y48821907}}. PNC at {{FACILITY:Capitol Women's Clinic}}, {{LOCATION:Des Moines}}; traveling to mother's in {{LOCATION:Lincoln}}.
OB (Dr. {{NAME:Stavros}}) at bedside 2206. FHT 150s, min var, no accels. BP 176/110 -> labetalol 20 mg IV.
Labs: plt 88K, AST 212, ALT 190, LDH 640 = HELLP. Mag 2 g/h. BMZ #1.
Husband {{NAME:Andrés}} arrived 2230; his pickup left in ambulance bay, Iowa plate {{VEHICLE:8KZ204}}, security moving it.
Plan: to L&D for delivery after stabilization.
{{NAME:Callie Brandvold}}, RN (ED)`,
  `OB HEMORRHAGE EVENT NOTE -- Stage 3, MTP activated
{{DATE:06/14/2024}} | {{FACILITY:Greeley Pavilion}} L&D, OR 2
Pt {{NAME:Rutendo Mahachi}}, 33 yo G3P3, s/p SVD 1822 (girl, Apgars 9/9, in warmer w/ dad {{NAME:Tatenda}}). MRN {{MRN:GP-0092217}}
1835 brisk bleeding after placenta, boggy uterus. Fundal massage, Pitocin 40 u/L wide open. QBL 1100.
1841 Methergine 0.2 mg IM (BP 112/68). TXA 1 g IV. 2nd IV 16g.
1848 Hemabate 250 mcg IM. QBL 1650, HR 124, BP 88/50. OB hemorrhage team called (Dr. {{NAME:Lachance}}, anesthesia Dr. {{NAME:Obuya}}). MTP 1850, BB order {{ID:MTP-0614-03}}.
1855 to OR 2. EUA: retained cotyledon removed; lac hemostatic. Bakri balloon 400 mL. Cytotec 800 mcg PR.
Products: 4 u PRBC, 2 FFP, 1 cryo. Total QBL 2450 mL.
1950 HR 96, BP 108/64, to L&D recovery 1:1.
2000 {{NAME:Tatenda}} updated by Dr. {{NAME:Lachance}}; pt's sister {{NAME:Chipo}} on speaker from {{LOCATION:Harare}}.
Debrief 2030. Safety report {{ID:EV-24-06633}}.
Scribe: {{NAME:Hye-jin Kwon}}, RN`,
  `CIRCUMCISION PROCEDURE NOTE
Pt: Baby Boy {{NAME:Lefkowitz}} ("{{NAME:Asher}}")   MRN {{MRN:NB0055719}}   DOB {{DATE:12/10/2023}}
Date {{DATE:12/11/2023}}, HOL 30, {{FACILITY:Ostrander}} nursery procedure rm
Indication: parental request. Parents {{NAME:Miriam}} and {{NAME:Ari Lefkowitz}} consented (no bris; Rabbi {{NAME:Shulman}} will do naming at {{FACILITY:Congregation Beth Shalom}} instead).
Pre: voided. Penis nl, no hypospadias/chordee. Vit K given at birth. No FHx bleeding disorder.
Anesthesia: DPNB 1% lidocaine 0.8 mL total, 24% sucrose, swaddle.
Procedure: time out 1005. Betadine prep. Adhesions lysed, dorsal slit, Gomco 1.3 clamp x5 min, foreskin excised. Hemostasis w/ pressure. Vaseline gauze.
EBL <1 mL. Tolerated well, consoled w/ pacifier.
Post: void within 12 h, site check q30 min x2. Parents' cell {{PHONE:(718) 555-0133}} for f/u call.
{{NAME:Daniel Oyelowo}}, MD (FM-OB), assist {{NAME:Kendra}}, RN`,
  `NEWBORN HYPOGLYCEMIA PROTOCOL -- POC GLUCOSE LOG
Infant: {{NAME:Mwangi}}, Baby Girl    MRN {{MRN:22-40913-6}}    Born {{DATE:02/02/2024 1107}}
Unit: {{FACILITY:Lindqvist 5}} Mother-Baby, {{FACILITY:Saint Brendan Medical Center}}
Risk: IDM (mom {{NAME:Wanjiru Mwangi}}, A2GDM on insulin), LGA 4290 g
 HOL  | gluc | intervention                       | RN
 1.0  | 31   | BF + dextrose gel 0.5 mL/kg        | {{NAME:TB}}
 2.0  | 44   | BF, hand-expressed colostrum 3 mL  | {{NAME:TB}}
 3.5  | 38   | gel #2 + formula 10 mL             | {{NAME:TB}}
 4.5  | 52   | feed q2-3h                         | {{NAME:TB}}
 7.0  | 55   | --                                 | {{NAME:L. Schultz}}
 10.0 | 61   | --                                 | {{NAME:L. Schultz}}
3 consecutive pre-feed values >=50 -> protocol complete, per {{NAME:AW}} (NNP).
Dr. {{NAME:Halvorsen}} notified at 2h and 3.5h ({{DATE:2/2}} 1430); no NICU transfer needed.
Dad {{NAME:Kamau}} aware, feeding plan reviewed.`,
  `SECURITY INCIDENT REPORT - INFANT PROTECTION SYSTEM
Incident # {{ID:SEC-24-0711-02}}     {{DATE:07/11/2024 0322}}
Location: {{FACILITY:Whitford 4}} Mother-Baby, {{FACILITY:Bayou Oaks Medical Center}}, stairwell C door
Summary: exit alarm. Tag {{DEVICE:HT-22-884017}}, assigned to Baby Girl {{NAME:Thibodeaux}} (MRN {{MRN:BO-771204}}, rm 4118), triggered at stairwell door. Infant found in room with mother {{NAME:Brittany Thibodeaux}}. Tag had slid off ankle during diaper change; visitor {{NAME:Dwayne Guidry}} (pt's father) carried it in a blanket past the door on his way out to smoke.
Infant ID photo on file ({{PHOTO:IMG_NB_4118_0709.jpg}}) compared, match confirmed. Tag refitted 0340 by {{NAME:Renee}}, RN.
Code Pink NOT called. Officer Lt. {{NAME:Pham}}, badge {{ID:4471}}, responded 0324. Visitor's LA DL {{LICENSE:009447281}} scanned at desk.
Reported by {{NAME:Gabrielle Fontenot}}, charge RN`,
  `NEWBORN IDENTIFICATION RECORD
{{FACILITY:Cresthaven Hospital}} Birthing Unit
Infant: {{NAME:SAHIN}}, BOY     MRN {{MRN:3301774}}     ID band # {{ID:B-44120}}
(matching bands: mother, infant x2, support person {{NAME:Emre Sahin}})
Born {{DATE:08/28/2024 19:46}}   Sex M   Wt 3.05 kg
Mother: {{NAME:Elif Sahin}}   MRN {{MRN:3301688}}   DOB {{DATE:05/11/1995}}
Footprints L & R at 2010, digital footprint template {{BIOMETRIC:FP-7C21-9904-EE13}}
Mother's R index fingerprint scanned, template {{BIOMETRIC:MFP-55810247}}
Infant photos (face, full body): {{PHOTO:NB3301774_face_01.jpg}}, {{PHOTO:NB3301774_body_01.jpg}}
Security tag {{DEVICE:HT-31-002917}} applied L ankle 1950.
Bands verified by {{NAME:Y. Kaplan}}, RN, with mother 1955; re-verified at transfer to rm 212 by {{NAME:Aiyana Whitecloud}}, RN.
Marks: cafe-au-lait macule L thigh 1 cm. No others.`,
  `NICU DISCHARGE TEACHING / CAR SEAT TOLERANCE SCREEN
Infant: {{NAME:Zaid Haddad}} (ex-33 wk), MRN {{MRN:NC-2041187}}, d/c planned {{DATE:Fri 5/17}}
Car seat screen {{DATE:5/15/24}}, 0900-1030: 90 min in own infant seat, no desat <88%, no brady <80, no apnea >20 s -> PASS. Monitored by {{NAME:Lucia Ferraro}}, RN.
Teaching w/ parents {{NAME:Rania}} and {{NAME:Sami Haddad}}:
- infant CPR, return demo done {{DATE:5/14}}
- Poly-Vi-Sol w/ iron 1 mL daily
- Neosure 22 kcal or fortified EBM, 60 mL q3h
- nirsevimab given {{DATE:5/13}}; Hep B #1 given
- PCP Dr. {{NAME:Nasser}}, {{FACILITY:Cedar Lane Pediatrics}}, {{DATE:5/20}}
- ROP clinic Dr. {{NAME:Varga}} {{DATE:5/28}}; NICU follow-up clinic at 4 mo CGA
- Early Intervention referral sent
Home in {{LOCATION:Dearborn}}. Parents' phone {{PHONE:313-555-0158}}. Grandfather {{NAME:Walid}} drives, 2nd car seat base installed.`,
  `NEONATAL OPIOID WITHDRAWAL -- EAT, SLEEP, CONSOLE   DOL 3
Baby Boy {{NAME:Pruitt}} ("{{NAME:Bentley}}")   MRN {{MRN:AC-90021143}}   {{DATE:1/22/24}}
Maternal: {{NAME:Ashley Pruitt}}, 27, buprenorphine 16 mg daily via {{FACILITY:New Pathways Recovery Clinic}} (Dr. {{NAME:Kaur}}); UDS + bupe only. HCV Ab+, RNA neg.
ESC last 24h: Eat Y; Sleep >=1h Y x6, N x1; Console within 10 min Y. No huddle triggers. No morphine.
Non-pharm: rooming-in, low light, skin-to-skin, swaddle, cuddler volunteer Mr. {{NAME:Reyes}} overnight.
Feeds: BF supported + Similac 20-30 mL prn.
Social: SW consulted. Plan of safe care notification filed ({{ID:POSC-24-00871}}) - notification only, not an abuse report. Partner {{NAME:Justin}} supportive. Home {{ADDRESS:1209 County Rd 14}}, {{LOCATION:Harlan}} KY.
Plan: observe to DOL 5 ({{DATE:1/24}}); d/c if ESC stable. PCP {{FACILITY:Cumberland Family Clinic}} within 48h of d/c. Home visiting referral.
{{NAME:M. Greathouse}}, MD`,
  `PRENATAL GENETIC COUNSELING
{{DATE:10/4/2023}}   {{FACILITY:Evergreen Perinatal Genetics}}
Pt: {{NAME:Yael Ben-David}}   DOB {{DATE:1/30/1984}}   39 yo G2P1001 @ 12w1d   MRN {{MRN:EPG-204117}}
Referred by Dr. {{NAME:Oduya}}: AMA, high-risk cfDNA.
cfDNA ({{FACILITY:Helix Prenatal Labs}}, accession {{ID:HPL-23-5528104}}): high risk trisomy 21, FF 9%. Sex chromosomes XX.
FHx: Ashkenazi Jewish both sides. Expanded carrier screen: pt carrier Gaucher (N370S); partner {{NAME:Noam}} negative. Pt's sister {{NAME:Tali}} (lives in {{LOCATION:Haifa}}) had CVS there in 2021, nl.
Counseling: screening vs diagnostic testing; CVS now (11-14 wk) or amnio >=15 wk; risks ~0.1-0.2%. Down syndrome natural history, resources, all pregnancy options reviewed nondirectively.
Decision: CVS {{DATE:10/6}} w/ Dr. {{NAME:Leibowitz}}.
60 min, >50% counseling.
{{NAME:Chiara Montalbano}}, MS, CGC`,
  `AMNIOCENTESIS PROCEDURE NOTE
Pt {{NAME:Osei, Abena}}   MRN {{MRN:M-117-40356}}   {{DATE:2/14/24}}   GA 17w2d
Indication: quad screen T21 risk 1:45. Counseled by {{NAME:Dana Foss}}, GC; consent signed. Rh: B pos, no RhIG.
Time out 1312. Continuous US guidance. Anterior placenta avoided; 22G spinal needle, LLQ, 1 pass. 20 mL clear straw-colored fluid, first 2 mL discarded. FHR 150 post.
Specimen to {{FACILITY:Cytogenomics Lab of New England}}, req {{ID:CG-2402-14-0098}}: FISH, karyotype, microarray, AF-AFP.
Tolerated well. Partner {{NAME:Kofi}} present.
Post: rest 24h, no heavy lifting; call for fever, LOF, bleeding, cramping.
FISH in 48h: call pt {{PHONE:860-555-0114}} (OK to leave detailed VM) or MyChart.
{{NAME:Rajesh Iyer}}, MD, MFM`,
  `TELEHEALTH PRENATAL VISIT (video)
{{DATE:Monday, June 3, 2024}} 10:40-10:58
Pt: {{NAME:Kaitlyn Oyama-Brooks}}   MRN {{MRN:2045518}}   DOB {{DATE:11/02/1993}}   24w3d
Pt location: home, {{LOCATION:Bend}} OR (confirmed). Provider: {{FACILITY:High Desert Women's Clinic}}.
Link {{URL:https://telehealth.hdwc.example.com/room/ob-mulholland}}, pt connected from {{IP:198.51.100.47}}. Verbal consent for video visit.
S: feels well, +FM, no ctx/LOF/VB. Home BP 112/70, 116/74. Home wt 68.1 kg. Round ligament pain.
Asks re: travel to {{LOCATION:Honolulu}} for sister's wedding at 30 wk - OK w/ precautions: compression stockings, walk q1-2h, carry prenatal record.
A/P: low-risk 24w3d. 1h GCT + CBC at {{FACILITY:Deschutes Lab Services}} 26-28 wk. Tdap at 28 wk in-person visit {{DATE:6/24}}.
Audio dropped once, reconnected 10:47.
{{NAME:Moira Mulholland}}, CNM`,
  `PATIENT FINANCIAL SERVICES -- CALL LOG
Acct {{ACCOUNT:40018827761}}   Guarantor: {{NAME:Marquez, Lorena}}   Pt: Baby Girl {{NAME:Marquez}} (DOB {{DATE:05/30/2024}}), NICU 9 days
{{DATE:06/10/24 09:12}} called Medicaid provider line, ref {{ID:6610042}}. Mother's ID {{HEALTH_PLAN:TX522019877}} active (pregnancy). Newborn deemed eligible; newborn ID {{HEALTH_PLAN:TX522019901}}. -{{NAME:jl}}
{{DATE:06/10/24 11:30}} LM for mom at {{PHONE:956-555-0121}}. -{{NAME:jl}}
{{DATE:06/12/24 14:05}} mom returned call. Baby also covered through FOB's employer {{FACILITY:Rio Grande Valley Ag Co-op}}: BCBSTX member {{HEALTH_PLAN:ZGP882019344}}, subscriber {{NAME:Eduardo Marquez}}, DOB {{DATE:08/01/1998}}. Commercial primary, Medicaid secondary. -{{NAME:R. Salinas}}
{{DATE:06/13/24}} claim {{ACCOUNT:CLM240613-5512}} to BCBSTX. -{{NAME:RS}}`,
  `PRIOR AUTHORIZATION REQUEST -- HOME PHOTOTHERAPY (HCPCS E0202)
Plan: Keystone Family Health Plan, UM dept fax 1-888-555-0100
Member: {{NAME:Ibrahim Diallo}} (infant)   DOB {{DATE:11/18/2024}}   Member ID {{HEALTH_PLAN:KFH-30094471-02}}
Subscriber: mother {{NAME:Mariama Diallo}}
Ordering: {{NAME:Rebecca Strathmore}}, MD   NPI {{LICENSE:1598427731}}
 {{FACILITY:Allegheny Pediatric Partners}}   ph {{PHONE:412-555-0197}}   fax {{FAX:412-555-0198}}
Dx: P59.9 neonatal jaundice, unspecified
Clinical: 39w, BW 3.4 kg, -6% today, feeding well (BF + EBM). TSB 17.2 @ 80 hr ({{DATE:11/21}}), phototherapy threshold 18.9 (AAP 2022, no neurotox risk factors) - within 2 mg/dL of threshold, home phototherapy criteria met. DAT neg, G6PD nl.
Vendor: {{FACILITY:Keystone Home Medical}}, fiberoptic pad serial {{DEVICE:BB-0419-77320}}, delivery {{DATE:11/21}} by 1800.
Monitoring: daily TSB by home health RN ({{DATE:11/22}}, {{DATE:11/23}}); stop when TSB <14.
Auth # {{ID:PA-11212024-88341}} APPROVED 3 days, spoke w/ {{NAME:Denise}} (UM nurse).
Submitted by {{NAME:Hannah Kowalski}}, referral coordinator, {{DATE:11/21/2024 10:52}}`,
  `PEDIATRIC ORTHOPAEDICS -- NEWBORN HIP CONSULT
{{FACILITY:Lakeview Children's}} Ortho clinic   {{DATE:01/08/2024}}
Pt: {{NAME:Ingrid Solberg}}   DOB {{DATE:12/20/23}} (19 d)   MRN {{MRN:LC-5510928}}
Ref: Dr. {{NAME:Haugen}}, + Ortolani L hip at 2 wk WCC.
Risk factors: breech to term (ECV failed 37w) -> C/S; female; firstborn. FHx: maternal aunt {{NAME:Kari}} had DDH treated w/ Pavlik.
Exam: L hip Barlow +, Ortolani + (reducible). R stable. Asymmetric thigh folds. Galeazzi not reliable at this age. Feet nl, no metatarsus adductus. Spine straight.
US (Graf): L alpha 48 deg, type IIc (unstable); R 62 deg, type I.
Plan: Pavlik harness fitted, 23 h/day, straps marked. Parents {{NAME:Anders}} and {{NAME:Liv}} taught diapering/bathing w/ harness. Weekly checks + US in 3 wk. Next visit {{DATE:1/15}}.
{{NAME:T. Brennan-Achterberg}}, MD, Pediatric Orthopaedics  /  {{NAME:tba}}:{{NAME:kw}}`,
  `FAX COVER SHEET
{{FACILITY:Maple Grove OB-GYN Associates}}
{{ADDRESS:9020 Lakeland Ave N, Suite 300}}, {{LOCATION:Maple Grove}}, MN {{ZIP:55369}}

Date: {{DATE:3/4/2024}}        Pages (incl. cover): 14
TO: Labor & Delivery, {{FACILITY:Three Rivers Hospital}}
    Fax {{FAX:763-555-0150}}   Phone {{PHONE:763-555-0151}}
FROM: {{NAME:Holly Ramstad}}, medical records
    Fax {{FAX:763-555-0188}}   Phone {{PHONE:763-555-0187}}
RE: Prenatal records -- {{NAME:Tiana Marie Oduya}}, DOB {{DATE:07/19/1998}}, EDD {{DATE:03/28/2024}}
Enclosed: ACOG antepartum record (forms A-F), labs incl GBS POS {{DATE:2/28}}, US reports, signed TOLAC consent, anesthesia pre-eval.
[ ] Urgent  [x] For review  [ ] Please reply
Note from {{NAME:Holly}}: Dr. {{NAME:Pfister}} asked that L&D know pt is a TOLAC candidate w/ prior LTCS (2020).
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, notify the sender at the number above and destroy all copies.`,
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient: {{NAME:Consuelo Ybarra}}   DOB {{DATE:06/06/1987}}   MRN {{MRN:PV-0211874}}
And newborn: {{NAME:Santino Ybarra}}   DOB {{DATE:01/15/2024}}   MRN {{MRN:PV-0301158}}
Release FROM: {{FACILITY:Pima Valley Medical Center}}, Health Information Mgmt
Release TO: {{NAME:Gordon Whitlock}}, Esq., {{FACILITY:Whitlock & Sandoval LLP}}
 {{ADDRESS:330 N Stone Ave, Ste 1200}}, {{LOCATION:Tucson}}, AZ {{ZIP:85701}}
Information: maternal L&D record from {{DATE:1/14/2024}} to {{DATE:1/17/2024}} incl. fetal monitor strips, operative/delivery notes; newborn NICU record.
Purpose: legal.
[x] I understand this may include info on HIV, mental health, substance use (initial: {{NAME:CY}})
This authorization expires {{DATE:01/31/2025}}.
Signature: {{NAME:Consuelo Ybarra}}     Date: {{DATE:2/20/24}}
HIM use only: request # {{ID:ROI-24-004418}}   logged {{NAME:mt}}   fee waived`,
  `SPIRITUAL CARE -- NICU
{{DATE:9/2/23}} 2140, paged by RN {{NAME:Beth}}.
Baby Girl {{NAME:Tuiasosopo}} ("{{NAME:Grace Malia}}"), 24 wk, DOL 2, clinically worsening; parents asked for emergency baptism.
Parents {{NAME:Sione}} and {{NAME:Lupe Tuiasosopo}} belong to {{FACILITY:First Samoan Congregational Church}} in {{LOCATION:Carson}}. Their pastor, Rev. {{NAME:Faleolo}}, could not come until morning; by phone ({{PHONE:310-555-0112}}) he asked chaplain to baptize.
Baptism at isolette 2155 w/ sterile water, Samoan and English. Grandmother {{NAME:Sina}} sang. Prayed for peace, grace and strength for the family. Certificate completed, copy to parents; entered in sacramental log.
Family requested visit in AM; will follow daily. Informed attending Dr. {{NAME:Moana-Keller}}.
Fr. {{NAME:Tomás Agbaje}}, BCC, Chaplain   ext {{PHONE:55671}}`,
  `BEREAVEMENT / PERINATAL LOSS NOTE
Mother: {{NAME:Anjali Vaswani}}   MRN {{MRN:SR-4401276}}
IUFD at 32w dx {{DATE:4/2/24}}; stillborn son {{NAME:Dev}} delivered {{DATE:4/3/24 0214}}, 1690 g.
[x] Memory box: ink hand/footprints, lock of hair, ID band, blanket, hat
[x] Photos by volunteer {{NAME:Carly Mertens}} ({{FACILITY:Little Lanterns Remembrance Photography}})
[x] Autopsy declined. Placenta to path {{ID:SP24-03318}}; microarray on placenta accepted.
[x] Fetal death worksheet done. Disposition: cremation, {{FACILITY:Hillcrest Funeral Home}}, {{LOCATION:Plano}}; director {{NAME:Walt Engstrom}} {{PHONE:972-555-0169}}
[x] Lactation suppression: cabergoline 1 mg x1; ice, supportive bra.
[x] Family is Hindu; priest from {{FACILITY:Sri Ganesha Temple}} came 0900.
[x] EPDS at d/c 11; bereavement RN {{NAME:Sue Ann}} to call in 1 wk.
Husband {{NAME:Rohit}} present throughout. Butterfly card on door rm 5.
{{NAME:Marisa Kettering}}, RN, bereavement coordinator`,
  `PRENATAL VISIT 32 WK -- Haitian Creole interpreter
{{DATE:08/01/2024}}   {{FACILITY:Lemon City Family Health Center}}, {{LOCATION:Miami}}
Pt: {{NAME:Widelande Jean-Pierre}} ("{{NAME:Wid}}"), 22 yo G1 @ 32w0d, MRN {{MRN:LC-0094521}}
Interpreter: {{NAME:Fabienne}}, in person, ID {{ID:INT-3317}}
S: feet swelling, no HA/vision changes. Stands 10h shifts at {{FACILITY:Sunshine Laundry Services}}.
O: BP 128/82 (prior 110s/70s). Urine prot trace. FH 31 cm. FHT 146. 1+ pedal edema.
A: elevated BP, r/o gestational HTN.
P: CBC/CMP/UPC today. BP check {{DATE:Mon 8/5}}. Work note: 8h shifts, stool to sit. Tdap given today, lot 3K7R2. Kick counts reviewed.
Partner {{NAME:Jonas}} is in {{LOCATION:Port-au-Prince}}. Pt lives w/ cousin {{NAME:Nadège}} at {{ADDRESS:6021 NE 2nd Ave, Apt 7}}, {{ZIP:33137}}; phone {{PHONE:305-555-0191}} (cousin's).
{{NAME:J. Valcourt}}, MD`,
  `REFUGEE HEALTH -- PRENATAL INTAKE
{{DATE:2023-09-12}}   {{FACILITY:Northlake Refugee Health Clinic}}
Pt: {{NAME:Zarghuna Ahmadzai}}, 31 y, G5P4004, ~22w by LMP (approx {{DATE:April 10}}; dates uncertain, pt uses solar hijri calendar)
Dari; phone interpreter Mr. {{NAME:Wardak}} (ID {{ID:P-77210}}).
Arrived US {{DATE:8/20/23}} (SIV) from {{LOCATION:Kabul}} via {{LOCATION:Doha}}. A# {{ID:A217-448-903}}.
OB hx: 2 home births in {{LOCATION:Khost}}, 2 hospital births in {{LOCATION:Peshawar}}, all SVD; youngest {{NAME:Maryam}} 2 yo.
Resettlement: {{FACILITY:New Horizons Resettlement}}, caseworker {{NAME:Samantha Ojeda}} {{PHONE:404-555-0131}}.
Medicaid (RMA) {{HEALTH_PLAN:GA7710044823}}.
Labs: Hgb 9.6, ferritin 6 -> IV iron referral. QFT neg. HBsAg neg. Strongyloides IgG pending. Varicella nonimmune.
US today c/w 23w1d -> EDD {{DATE:1/8/24}}.
Plan: anatomy US, iron sucrose x3, PNV, dental referral. Husband {{NAME:Habibullah}} prefers female providers only - noted in chart.
{{NAME:Leah Goldstein}}, MD`,
  `DIABETES IN PREGNANCY CLINIC -- follow-up   {{DATE:05/08/2024}}
Pt: {{NAME:Hollis-Grey, Tamsin}}   DOB {{DATE:3/3/1992}}   30w2d   T1DM x 19 yrs
Pump: t:slim X2 serial {{DEVICE:TS2-1049983}} (Control-IQ, exercise mode overnight). CGM G6 transmitter {{DEVICE:8GX4RT}}.
CGM {{DATE:4/24-5/7}}: TIR (63-140) 68%, TBR 3%, mean 124 mg/dL. A1c 6.0%.
Changes: basal +10% 0300-0800; I:C breakfast 1:6 -> 1:5.
Dilated eye exam {{DATE:3/12}} (Dr. {{NAME:Sandoval}}): no retinopathy.
Fetal: 30w growth US EFW 71%ile, AC 88%ile, AFI 19.
Plan: NST 2x/wk from 32w. Delivery 37w0d-38w6d. Intrapartum insulin per protocol; may keep pump if alert.
Team: {{NAME:Carole}}, RD, CDCES; endocrine Dr. {{NAME:Abernathy-Cole}}.
Husband {{NAME:Felix}} wants CGM reports: {{EMAIL:felix.hg@examplemail.co.uk}}`,
  `ED NOTE -- POSTPARTUM HTN   {{DATE:Sun 10/27/2024 1903}}
{{NAME:Destinee Barlow}}, 28 yo P2, PPD#6 s/p SVD at {{FACILITY:Mesa Verde Women's Center}} {{DATE:10/21}}. MRN {{MRN:MV-0881220}}.
CC: severe HA x1 day, home BP 168/104.
ROS: + scotomata. No SOB, no RUQ pain. Breastfeeding.
BP 172/108, 166/110 after 15 min. Neuro nonfocal. DTR 3+, 1 beat clonus. No edema of face.
Labs: plt 164K, Cr 0.8, AST 38, UPC 0.9.
Dx: postpartum preeclampsia w/ severe features.
Tx: labetalol 20 mg IV then 40 mg IV. Mag 4 g load, 2 g/h x24h. Admit {{FACILITY:Thornbury 3}} OB step-down; OB Dr. {{NAME:Adebayo}} accepted 2010.
Baby {{NAME:Kairo}} home with grandma {{NAME:Lynnette}}; pt pumping, milk OK on labetalol/Mg.
Pt phone {{PHONE:480-555-0106}}.
{{NAME:Chris Vandermeer}}, PA-C / Dr. {{NAME:Oyelaran}}, ED attending`,
  `{{FACILITY:Tidewater Birth Center}} -- BIRTH RECORD
Client: {{NAME:Olamide Adeyemi-Clarke}}   DOB {{DATE:04/28/1994}}   chart # {{MRN:TBC-1187}}
G2P1 -> P2   GA 39w5d
Date of birth: {{DATE:8 March 2024}}   Time: 0419   Water birth, tub 2
Attendants: {{NAME:Marguerite Doucet}}, CNM (primary); {{NAME:Abby}} (birth assistant); student midwife {{NAME:L. Ferreira}}
Support: husband {{NAME:Tunde}}; doula {{NAME:Chantal Beaulieu}}
Labor: onset 2145 on {{DATE:3/7}}; SROM 0240 clear; complete 0355; pushed 24 min.
Baby: girl, "{{NAME:Ifeoluwa}}". Apgar 8/9. 3740 g, 51 cm, HC 35 cm. Cord clamped after pulsation stopped, cut by {{NAME:Tunde}}.
Placenta: 0441, Duncan, complete, 3VC. EBL 300 mL.
Perineum: 1st degree, hemostatic, not repaired.
Mother up to void 0530, BP 110/68. Newborn: vit K IM given; erythromycin declined (waiver signed).
Discharged home 0845 to {{ADDRESS:215 Colley Ave, Unit 2}}, {{LOCATION:Norfolk}} VA {{ZIP:23507}}.
24h home visit {{DATE:3/9}}: weight, NBS, CCHD, hearing screen at {{FACILITY:Ghent Pediatric Audiology}}.`,
  `HOME BIRTH TRANSFER -- L&D ADMISSION NOTE   {{DATE:11/17/2023 1430}}
{{FACILITY:Montgomery Valley Hospital}}
Pt: {{NAME:Rebekah Stoltzfus}}, 29 yo G3P2 @ 41w1d, planned home birth w/ {{NAME:Naomi Friesen}}, CPM ({{FACILITY:Wild Ginger Midwifery}}).
Transfer reason: prolonged 2nd stage (3h 10m), maternal exhaustion, suspected OP. Non-emergent; private vehicle, midwife followed.
Midwife report: SROM 0610 clear. GBS neg. IA FHT 120-150 throughout, 132 at 1405. No meconium. Paper records handed over.
Exam: complete/+1, OP, moderate caput. FHT cat I. Bishop score N/A (complete). EFW 3900 g.
Plan: epidural for rest, attempt manual rotation; VAVD (Kiwi) if needed.
Husband {{NAME:Amos}} at bedside; family has no phone, contact via midwife cell {{PHONE:540-555-0117}}.
Self-pay, acct {{ACCOUNT:MVH-11172023-44}}; church aid via Bishop {{NAME:Lapp}} per husband; financial counselor notified.
1608: manual rotation to OA successful -> SVD, boy 4010 g, Apgars 8/9. 2nd degree lac repaired. EBL 400.
{{NAME:Helga Brandt}}, MD, OB hospitalist`,
  `BIRTH REGISTRY -- ACKNOWLEDGMENT OF PATERNITY (AOP)
{{DATE:Wed 02/21/24}}   {{FACILITY:Kessler-Ames Hospital}}, rm 522
Mother {{NAME:Shanice Whitlow}} (DOB {{DATE:10/10/2004}}) and father {{NAME:Trevon Gaines}} (DOB {{DATE:6/1/2003}}) requested AOP for son.
Rights/responsibilities video viewed; oral explanation given; both over 18; no coercion.
IDs: mother PA DL {{LICENSE:29 441 807}}; father US passport {{ID:A04471920}}.
Witnesses: {{NAME:Carla Jessup}} (registrar), {{NAME:Omar Haidari}} (notary). Form {{ID:AOP-24-204477}}.
Father's address {{ADDRESS:4420 N 9th St}}, {{LOCATION:Philadelphia}} PA {{ZIP:19140}}; ph {{PHONE:215-555-0147}}.
Great-grandmother {{NAME:Hattie Whitlow}}, {{AGE:94}}, present for signing, "been waiting for this one".
Child's name on worksheet: {{NAME:Trevon Amir Gaines Jr.}}
Copies: mother, father, state registry. Entered {{NAME:CJ}} {{DATE:2/21/24 1540}}.`,
  `NEWBORN IMMUNIZATION / PROPHYLAXIS -- HBsAg POSITIVE MOTHER
Infant: {{NAME:Lin, Haoran}} (band: Baby Boy {{NAME:Lin}})   MRN {{MRN:4418220}}   DOB {{DATE:2024-07-02}}   BW 3.02 kg
Mother: {{NAME:Lin Mei}}; HBsAg +, HBeAg +, HBV DNA 2.1x10^7 IU/mL; tenofovir from 28w (Dr. {{NAME:Cheng}}, {{FACILITY:Chinatown Hepatology Associates}}).
| Product          | Dose   | Site        | Lot   | Time | By          |
| HepB vaccine     | 0.5 mL | IM R thigh  | 7X4RT | 0950 | {{NAME:S. Oduya}} |
| HBIG             | 0.5 mL | IM L thigh  | 2GB31 | 0955 | {{NAME:S. Oduya}} |
| Vitamin K        | 1 mg   | IM L thigh  | 0LKX9 | 0840 | {{NAME:M. Tran}}  |
Both within 12 h of birth. VIS given {{DATE:7/2/24}}; Mandarin interpreter {{NAME:Wen}} #{{ID:22087}}.
Registry (IIS) ID {{ID:IIS-0088741022}}.
F/u: HepB #2 1 mo, #3 6 mo; PVST (HBsAg + anti-HBs) at 9-12 mo at {{FACILITY:Canal Street Pediatrics}}. Perinatal hep B case manager notified, case {{ID:PHB-24-117}}. Breastfeeding OK.`,
  `INTERNATIONAL ADOPTION CLINIC -- INITIAL VISIT
{{DATE:10/15/2023}}   {{FACILITY:Kinship Pediatrics}}, {{LOCATION:Minneapolis}}
Child: {{NAME:Valentina Restrepo Lindgren}}, 7 mo by documents (DOB {{DATE:3/9/2023}}, per hogar records).
Adoptive parents {{NAME:Karin}} and {{NAME:Erik Lindgren}}. Born in {{LOCATION:Medellín}}; cared for at {{FACILITY:Hogar Infantil San José}}. Arrived US {{DATE:10/11/23}} via {{LOCATION:Bogotá}}. Agency: {{FACILITY:Bridges of Hope Adoption}}. Colombian passport {{ID:AZ4471092}}.
Records: BW "2.8 kg". Vaccine card: BCG (scar L deltoid), HepB x3, penta x2, rota x2.
Exam: wt 6.9 kg (10%ile WHO), L 66 cm, HC 42 cm. Mild plagiocephaly. Social smile, babbles, rolls both ways.
Screen: CBC, lead, TSH, HBV/HCV, HIV, RPR, TST, stool O&P x3, Giardia Ag; vaccine titers vs revaccinate.
Family: great-grandmother {{NAME:Solveig}} ({{AGE:91}}) visiting from {{LOCATION:Bergen}} for the homecoming.
{{NAME:Paul Haverkamp}}, MD`,
  `{{FACILITY:Cedar Ridge Obstetrics & Gynecology}}
{{ADDRESS:1800 Medical Pkwy, Suite 210}} - {{LOCATION:Franklin}}, TN {{ZIP:37067}} - {{PHONE:(615) 555-0126}} - fax {{FAX:(615) 555-0127}}

{{DATE:January 22, 2024}}

To: Human Resources, {{FACILITY:Brightline Logistics, Inc.}}
RE: {{NAME:Amanda Lowry-Pettigrew}}, employee ID {{ID:E-0047721}}

To whom it may concern:
Ms. {{NAME:Lowry-Pettigrew}} is under my care for pregnancy, estimated due date {{DATE:April 30, 2024}}. She is expected to be unable to work from delivery through 6 weeks postpartum (8 weeks after a cesarean). Because of a short cervix she is restricted now to sedentary work with no lifting over 15 lb, and she may need intermittent absences for twice-weekly appointments until delivery.
On her return she will need reasonable break time and a private space, other than a bathroom, to express breast milk.
The FMLA certification form is attached. Please contact my office with any questions.
Sincerely,
{{NAME:Naveen Chaudhry}}, MD, FACOG
NPI {{LICENSE:1336290418}}`,
  `OB TRIAGE PHONE CALL   {{DATE:12/8/23 0212}} (after-hours line)
Caller: {{NAME:Bethany Kroll}} (pt), PPD 12, DOB {{DATE:9/14/1996}}, callback {{PHONE:(920) 555-0185}}
Reason: R breast red, hard wedge-shaped area, T 101.8 since 2200, chills, body aches. Baby {{NAME:Hudson}} nursing well on L, R painful.
Protocol: Breastfeeding problems/mastitis (Schmitt-Thompson). Disposition: see within 24h; no sepsis signs (alert, tolerating fluids, HR 98 per watch).
Advice: keep feeding on demand, don't overpump; ibuprofen 600 q6h; ice after feeds; lymphatic drainage, no deep massage.
0225 d/w on-call Dr. {{NAME:Mbatha}}: dicloxacillin 500 mg QID x10d sent to {{FACILITY:Bay Beach Pharmacy}} (24 h). Appt {{DATE:12/8}} 1340 w/ {{NAME:L. Gagnon}}, NP. Worse/abscess concern -> ED at {{FACILITY:St. Norbert's}}.
Husband {{NAME:Cody}} picking up rx. Pt verbalized understanding.
{{NAME:Tracy Lindemann}}, RN   call ID {{ID:AH-1208-0212-77}}`,
  `SBAR HANDOFF -- couplet, rm 7 A/B   {{DATE:5/5}} 1900
S: {{NAME:Morales}}, {{NAME:Xiomara}} 19yo P1 PPD1 s/p SVD + Baby Boy {{NAME:Morales}}, HOL 20.
B: GHTN on nifedipine ER 30. Pt's mom {{NAME:Yolanda}} at bedside ({{PHONE:773-555-0144}}). FOB {{NAME:Jesús}} on no-visitor list per pt, photo at front desk. Order of protection # {{ID:OP-2024-0331-9}} copy in chart.
A mom: BP 138/88 @1800, 142/90 @1600. No HA/visual sx. Fundus firm U-1. Lochia mod. Voiding. Pain 3 (Motrin 600 @1500, Tylenol 975 @1700). EPDS 6. Ambulating.
A baby: T 36.8, HR 140, RR 44. BF q2-3h, LATCH 8. 2 voids/3 stools. Hep B given. Hearing PASS.
R: BP q4h, call for >=160/110. CCHD + NBS at 24 h (~2300). TcB w/ NBS. SW in AM re: safety plan.
Report from {{NAME:kmp}} to {{NAME:Deandra}}, RN`,
  `MOTHER-BABY CENSUS   {{FACILITY:Hartwell 5}}   {{DATE:Fri 06/07/2024}} 0645   Charge: {{NAME:Tamsin}}
Rm  | Mom               | Del          | Baby                | Notes
501 | {{NAME:Okonjo, C}}        | SVD {{DATE:6/6}}    | BG {{NAME:Okonjo}}           | GBS+ adeq, BF
502 | {{NAME:Pham, L}}          | CS {{DATE:6/5}}     | BB {{NAME:Pham}}             | Foley out 0600
503 | {{NAME:Ruiz, Ana}}        | SVD {{DATE:6/6}}    | BG {{NAME:Ruiz}}             | NBS due 1100
504 | -- clean --
505 | {{NAME:McKinnon, J}}      | CS {{DATE:6/4}}     | Twin A/B {{NAME:McKinnon}} NICU | pumping q3h
506 | {{NAME:Begum, R}}         | SVD {{DATE:6/6}}    | BB {{NAME:Begum}}            | Bengali interp; TcB 11.2 recheck
507 | {{NAME:Hollister, Kay}}   | SVD {{DATE:6/6}}    | BG {{NAME:Hollister}}        | adoption plan, SW {{NAME:Quon}}
D/C today: 501, 503 after peds rounds (Dr. {{NAME:Feld}}); 506 pending bili.
Float RN {{NAME:Quinn}} at 0700. Foley bag & Hoyer pad restock needed.`,
  `DONOR HUMAN MILK -- CONSENT & DISPENSING RECORD
Infant: Baby Girl {{NAME:Adebayo-Sinclair}}   MRN {{MRN:NICU-661094}}   GA 30w4d, DOL 2
Consent: {{NAME:Funmi Adebayo-Sinclair}} (mother) signed {{DATE:3/2/24 1120}} after discussion w/ Dr. {{NAME:Lachapelle}}; witness {{NAME:Rhiannon Price}}, RN.
Source: pasteurized donor milk, {{FACILITY:Heartland Mothers' Milk Bank}} ({{PHONE:317-555-0103}}).
 date  | pool/bottle lot  | vol    | exp        | RN
 {{DATE:3/2}}   | HMB-24-0211-07   | 100 mL | 2025-02-11 | {{NAME:RP}}
 {{DATE:3/3}}   | HMB-24-0211-07   | 100 mL | 2025-02-11 | {{NAME:JT}}
 {{DATE:3/4}}   | HMB-24-0219-02   | 120 mL | 2025-02-19 | {{NAME:JT}}
Feeds: 20 mL/kg/d advancing 20/d; Prolacta not used.
Mom pumping 8x/d, ~240 mL/d on DOL 4 with Symphony; MBM to replace DHM as supply allows. Lactation: {{NAME:Imelda}}, IBCLC.
DHM not to be sent home. Questions: NICU milk room ext {{PHONE:3-4410}}.`,
  `FETAL ECHOCARDIOGRAM REPORT
{{FACILITY:Whitcombe Perinatal Center}} -- Pediatric & Fetal Cardiology     Acc {{ID:FE24-0404-0031}}
Mother: {{NAME:Kowalczyk-Reyes, Brianna}}   MRN {{MRN:00-771-2094}}   DOB {{DATE:07/15/1991}}
Exam {{DATE:04/04/2024}}   GA 22w3d   Indication: pregestational diabetes (T1DM)
FINDINGS:
 Situs solitus, levocardia, cardiac axis 45 deg.
 Four chambers balanced. TV in normal position (no Ebstein). MV nl.
 Intact ventricular septum by 2D and color.
 Outflows cross normally; aortic & ductal arches L-sided, nl size.
 2 pulmonary veins seen to LA.
 Rhythm: 1:1 AV conduction, FHR 144. No effusion.
IMPRESSION: Structurally normal fetal heart within limits of fetal echo. Septal hypertrophy not seen. No further fetal echo unless new concern; routine newborn exam + pulse ox screen.
Pt accompanied by her mother {{NAME:Danuta}}.
{{NAME:Chinedu Okonkwo}}, MD, FASE   {{DATE:04/04/2024 15:22}}
cc: Dr. {{NAME:Mei Hirano}} (MFM), Dr. {{NAME:T. Albrecht}}`,
  `NICU FOLLOW-UP CLINIC (high-risk infant) -- 4 mo CGA
{{DATE:12/19/2023}}   Pt: {{NAME:Okafor, Chiamaka}} (Twin B)   MRN {{MRN:71120035}}   twin {{NAME:Chidi}} seen same day
Growth (corrected): wt 5.9 kg, L 60 cm, HC 40 cm; tracking 15-25%ile.
Resp: off O2 since d/c; nirsevimab done.
Eyes: ROP stage 1 zone III, regressed ({{DATE:12/4}}, Dr. {{NAME:Varghese}}).
Hearing: ABR pass.
Neuro/dev: HINE 62/78; AIMS 15th %ile; mild truncal hypotonia, tight R SCM (mild torticollis).
EI: PT weekly via {{FACILITY:Lakes Region Early Childhood Services}} w/ {{NAME:Brynn}}; coordinator {{NAME:Yolanda Pierce}}; IFSP {{ID:IFSP-23-44190}}.
Family: mom {{NAME:Ngozi}} back at work as aide at {{FACILITY:Marshall Elementary School}}; grandmother {{NAME:Adaeze}} here from {{LOCATION:Enugu}} caring for twins.
Next visit 8 mo CGA, ~{{DATE:April 2024}}.
{{NAME:Rosalind Fairbanks}}, NNP-BC / Dr. {{NAME:Varma}}`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:  [**{{DATE:2148-3-19}}**]

Date of Birth:  [**{{DATE:2148-3-4}}**]             Sex:  F

Service: NB

HISTORY OF PRESENT ILLNESS:  Baby Girl [**{{NAME:Known lastname 4471}}**] is the former 2.1 kg product of a 33 week gestation born to a 31 year old G2 P1 now 2 mother. Prenatal screens O positive, antibody negative, HBsAg negative, RPR NR, rubella immune, GBS unknown. Pregnancy complicated by preterm premature rupture of membranes on [**{{DATE:2148-3-1}}**], betamethasone and ampicillin/erythromycin given. Mother transferred from [**{{FACILITY:Hospital 1121}}**] in [**{{LOCATION:Location (un) 620}}**]. Cesarean section for nonreassuring fetal heart rate. Apgars 7 and 8.

HOSPITAL COURSE: CPAP 18 hours then room air. Full feeds by day 8. Peak bilirubin 11.2 on day 4, phototherapy 2 days. 48 hour rule out, cultures negative.

DISPOSITION: Home with parents. Pediatrician Dr. [**{{NAME:First Name (STitle) 2247}}**] [**{{NAME:Last Name (NamePattern1) 9802}}**], [**{{FACILITY:Company 191}}**], telephone [**{{PHONE:Telephone/Fax (1) 37561}}**]. Newborn screen sent [**{{DATE:3-7}}**], normal. Hepatitis B vaccine [**{{DATE:2148-3-17}}**].

Dictated By: [**{{NAME:Last Name (NamePattern1) 2210}}**]
MEDQUIST36
D:  [**{{DATE:2148-3-19}}**]  12:14
T:  [**{{DATE:2148-3-19}}**]  16:40
JOB#:  [**{{ID:Job Number 90211}}**]`,
  `PRIVACY OFFICE -- ACCESS AUDIT SUMMARY
Case {{ID:PRV-2024-0193}}   opened {{DATE:04/22/2024}}
Patients: {{NAME:Savannah Reid-Holloway}} (MRN {{MRN:8840127}}) and newborn Baby Boy {{NAME:Reid-Holloway}} (MRN {{MRN:8840366}}); VIP flag.
Trigger: break-the-glass on newborn chart {{DATE:4/20/24 23:14}}.
 user                 | emp ID  | dept       | workstation IP  | time               | reason
 {{NAME:Denise Harrow}}, RN   | {{ID:E33190}}  | Peds ED    | {{IP:192.0.2.118}}     | {{DATE:4/20/24 23:14}}     | "pt care"
 {{NAME:Marc Tilley}}, CPhT   | {{ID:E41277}}  | Pharmacy   | {{IP:192.0.2.77}}      | {{DATE:4/21/24 08:02}}     | order verify
 {{NAME:R. Oyelaran}}, MD     | {{ID:E10552}}  | Peds       | {{IP:203.0.113.54}} (VPN) | {{DATE:4/21/24 09:40}} | rounding
Findings: {{NAME:Tilley}} and {{NAME:Oyelaran}} on care team, appropriate. {{NAME:Harrow}} not on care team, no ED encounter; access not work-related -> HR referral.
Patient notified by letter {{DATE:5/3/24}}.
Reviewer: {{NAME:Gail Sutter}}, CHPC   {{EMAIL:privacy@lakeshorehealth.example.org}}`,
  `PEDS ED NOTE   {{DATE:3/11/24 0615}}   MRN {{MRN:S-7720418}}
{{NAME:Noor Al-Sabbagh}}, 5 day old F, ex-37w, exclusively BF, d/c from {{FACILITY:Sheridan Memorial}} on DOL 2.
Parents {{NAME:Rami}} and {{NAME:Huda}} (Arabic interpreter {{NAME:Samir}}, ID {{ID:3302}}): "more yellow, very sleepy, feeding less since yesterday".
Wt 2.87 kg (BW 3.20, -10.3%). Jaundiced to soles. Sleepy but arousable, good suck once awake, normal tone, no high-pitched cry, no retrocollis.
TSB 22.4 (direct 0.5). Mom O+, baby B+, DAT weakly +. Hct 44, retic 6%.
AAP 2022 (neurotox risk factors: DAT+, 37 wk): exchange threshold 22.9 at >96h -> within 2 mg/dL = ESCALATION OF CARE.
Plan: intensive phototherapy now, IV D10 1/4NS + feeds, TSB q2h, type & cross, IVIG 1 g/kg, neonatology consult Dr. {{NAME:Sandhu}} (accepting to NICU for possible exchange).
PCP Dr. {{NAME:Whitford}} ({{FACILITY:Whitford & Lam Pediatrics}}) notified 0640 via answering svc {{PHONE:(307) 555-0139}}.
{{NAME:Kelsey Arnaud}}, MD, PEM`,
  `ANTEPARTUM RECORD (FORM A) -- scanned 3 pp, OCR text, unverified
NAME {{NAME:GUTIERREZ-
ESPINOZA, MARIA DEL CARMEN}}        DATE {{DATE:09/ 14/2023}}
ID# {{MRN:00-4471-
8823}}     HOSPITAL OF DELIVERY {{FACILITY:ST ELIZABETH ANN SETON MED CTR}}
NEWBORN'S PHYSICIAN DR {{NAME:NGUYEN-ARIAS}}     PRIMARY PROVIDER/GROUP {{FACILITY:MESILLA VALLEY OB}}
FINAL EDD {{DATE:03/22/2024}}
BIRTH DATE {{DATE:11/30/1985}}  AGE 37  RACE H  MARITAL STATUS M
ADDRESS {{ADDRESS:1730 CALLE DEL SOL APT 12}}  {{LOCATION:LAS CRUCES}} NM {{ZIP:88001}}
PHONE (H) {{PHONE:575-555-0162}}  (O) {{PHONE:575-555-0163}}
INSURANCE CARRIER/MEDICAID # {{HEALTH_PLAN:NM 4471 0022 918}}
OCCUPATION teacher aide, {{FACILITY:MESILLA PARK ELEMENTARY}}   EDUCATION 14 yr
HUSBAND/DOMESTIC PARTNER {{NAME:JOSE LUIS ESPINOZA}}  PHONE {{PHONE:575-555-0177}}
FATHER OF BABY same
EMERGENCY CONTACT {{NAME:ROSA GUTIERREZ}} (mother) {{PHONE:575-555-0190}}
TOTAL PREG 4  FULL TERM 2  PREMATURE 1  AB. INDUCED 0  AB. SPONT 1  ECTOPICS 0  MULT 0  LIVING 3
MENSTRUAL HX: LMP {{DATE:6/15/23}} [x] DEFINITE [ ] APPROX  MENARCHE 12  CYCLE q 28-30
ON BCP AT CONCEP. N   hCG+ {{DATE:7/20/23}}`,
  `NICU CASE MANAGEMENT -- DISCHARGE TO FOSTER CARE   {{DATE:08/29/2024}}
Infant: {{NAME:Kayden Lee Brooks}}, DOB {{DATE:8/1/24}}, ex-35 wk, NOWS (weaned off morphine {{DATE:8/22}}), MRN {{MRN:UH-5590314}}
Custody: DCS emergency custody since {{DATE:8/3}}, case {{ID:DCS-24-TN-118870}}. FSW {{NAME:Latrice Moody}} {{PHONE:615-555-0142}}, {{EMAIL:latrice.moody@dcs.example.gov}}
Foster parents: {{NAME:Gary}} and {{NAME:Denise Holcomb}}, resource home license {{LICENSE:RH-22-0419}}.
Placement address (DO NOT DISCLOSE to bio family): {{ADDRESS:318 Brandywine Dr}}, {{LOCATION:Murfreesboro}} TN {{ZIP:37130}}
Bio mother {{NAME:Chelsea Brooks}}: supervised visits per DCS; last visit {{DATE:8/26}}.
Teaching: {{NAME:Denise}} roomed-in {{DATE:8/27-8/28}}; feeding (Similac Sensitive 22 kcal 60-75 mL q3h), swaddling, NOWS soothing, safe sleep, CPR.
PCP {{FACILITY:Rutherford Pediatric Group}}, appt {{DATE:9/3}}. TennCare {{HEALTH_PLAN:TC3309218844}}.
Hep B given {{DATE:8/2}}. Hearing pass. CCHD pass. NBS x2 normal.
{{NAME:Pamela Jeter}}, RN, CM`,
  `[secure chat - midwifery on-call]   {{DATE:Sat 10/14}}
22:04 {{NAME:Naomi F}}: hey {{NAME:Jo}} you're on at midnight right? 2 laboring
22:05 {{NAME:Jo Whitfield}}: yep. who
22:07 {{NAME:Naomi F}}: 1) {{NAME:hannah y}} - the {{NAME:Yoder}} family, G5, 6cm at 2130, at home on {{ADDRESS:Old Mill Rd}}. gbs neg, BP fine. {{NAME:eli}} will call u direct from shop {{PHONE:540-555-0152}}
22:08 {{NAME:Naomi F}}: 2) {{NAME:Priya K}} first baby, early labor, ctx q8, lives in {{LOCATION:Blacksburg}}, will call at 4-1-1
22:09 {{NAME:Jo Whitfield}}: k. bag restocked? only 1 methergine in the kit
22:10 {{NAME:Naomi F}}: got 2 more from {{FACILITY:Montgomery Valley}} pharmacy tues, in the fridge. O2 tank #2 full. pitocin 10u x2 + cytotec in kit
22:12 {{NAME:Jo Whitfield}}: thx. {{NAME:Dorcas}} can 2nd?
22:13 {{NAME:Naomi F}}: yes {{NAME:Dorcas}} on til 8am
23:51 {{NAME:Jo Whitfield}}: {{NAME:hannah}} 8cm per {{NAME:eli}}, heading over now
{{DATE:10/15}} 02:37 {{NAME:Jo Whitfield}}: baby boy 0214, 8#3, apgars 9/9, intact, EBL 250. all good. home by 5`,
  `WELL CHILD -- 1 MONTH   {{DATE:2/26/2024}}   {{FACILITY:Southside Community Health Center}}
Pt: {{NAME:Jaylen Holloway}}   DOB {{DATE:1/28/24}}   MRN {{MRN:SCHC-884120}}
With mom {{NAME:Kiara}} and great-grandmother {{NAME:Odessa Holloway}} ({{AGE:93}}), who keeps him days while mom works at {{FACILITY:Savannah Harbor Hotel}}.
Interval: Similac 3-4 oz q3h via WIC. Small spits after feeds. Sleeps in bassinet; mom sometimes falls asleep with him on couch - counseled.
Growth: wt 4.3 kg (25%), L 54 cm, HC 37.5 cm.
Exam: well. Mild seborrheic dermatitis scalp. Hips stable. Circ healed (outpt {{DATE:2/5}}, Dr. {{NAME:Feinberg}}).
Dev: fixes/follows, startles, lifts head briefly prone.
Screens: EPDS (mom) 7. SDOH: food insecurity + -> {{FACILITY:Westside Community Food Pantry}}.
Vaccines: Hep B #2 today, lot 9PL22.
Medicaid {{HEALTH_PLAN:GA1177330420}}. 
Great-grandma asks about his "hernia" -> small reducible umbilical hernia, reassurance.
Next: 2 mo WCC {{DATE:3/27}}.
{{NAME:Folasade Ogunleye}}, MD`,
  `POSTPARTUM DOULA -- OVERNIGHT LOG   {{FACILITY:Nightingale Postpartum Care}}
Family: {{NAME:Claire Hartigan}} & {{NAME:Ife Oduya}}; twins {{NAME:Rowan}} (A) and {{NAME:Remy}} (B), 11 days
Doula: {{NAME:Bea}} ({{NAME:Beatrix Lund}})   Shift {{DATE:11/3-11/4}}, 2200-0600
2215 {{NAME:Rowan}} 75 mL EBM, burped x2, wet diaper
2230 {{NAME:Remy}} 70 mL formula, small spit-up, gassy -> bicycle legs, tummy massage
0140 both fed (80/70 mL), swaddled, back to sleep in bassinets
0310 {{NAME:Claire}} pumped 160 mL (20 min); milk labeled + fridge
0445 {{NAME:Remy}} fussy, {{NAME:Ife}} up for skin-to-skin until 0520
0550 {{NAME:Rowan}}'s cord stump fell off, clean/dry
Notes: parents slept ~5.5 h. Bottles washed, pump parts sanitized. Reminder: peds 2 wk visit {{DATE:Mon 11/6}} 10:30.
Next shift {{DATE:Thu 11/9}}. Invoice to {{EMAIL:claire.hartigan@examplemail.com}}.
Parking: {{ADDRESS:77 Linden St, #2R}}, {{LOCATION:Somerville}} (gate code 4471#).`,
];

export const HELDOUT_REALISTIC_98_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout98-${i + 1}`, n));
