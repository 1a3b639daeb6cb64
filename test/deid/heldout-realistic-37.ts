// A thirty-seventh held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns and cities are real
// places used only as LOCATION). Its flavour is the i2b2/n2c2 2014 de-identification corpus:
// longitudinal outpatient and inpatient records, each opening with a "Record date: YYYY-MM-DD" line,
// some in years shifted far into the future (2067-2095) and some in ordinary years (2006-2017).
// Twenty invented patients are followed across four notes each (primary care, diabetes,
// endocrinology, cardiology, heart failure, electrophysiology, nephrology, dialysis, transplant,
// vascular, pulmonary, rheumatology, geriatrics, hospice), in Northeastern and Midwestern settings
// (Massachusetts, Maine, Vermont, Connecticut, New York, New Jersey, Pennsylvania, Ohio, Michigan,
// Indiana, Wisconsin, Minnesota, the Dakotas). Shapes: office visits, consult letters, result
// letters to patients, H&Ps, discharge summaries, ED notes, telephone and portal notes, RN care
// management, home-health and nursing-home visits, hospice certification, dialysis rounding,
// procedure, cath, TAVR, EP and operative notes, pathology, imaging and device-interrogation
// reports, cardiac rehab and diabetes-education notes. Sources of variety: Title case, ALL CAPS
// and lower-case shorthand; dates in many formats (2081-03-14, 6/12/79, 12-Jun-2079, June 12,
// Tuesday, April 18, 2090, May '82, Nov 2076, date ranges, dictation and signature times);
// doctors, nurses, dietitians, interpreters, aides, typists (initials), patients and relatives;
// hospitals, clinics, wards, dialysis units, pharmacies, DME suppliers, home-care and hospice
// agencies, employers, schools, churches and clubs in full and as abbreviations; street
// addresses with units, towns, cities abroad, ZIPs; phones, faxes, pagers and extensions, emails,
// a telehealth URL, MRNs, account, FIN and visit numbers, health-plan and Medicare IDs, NPI and
// state licences, pump/CGM/ICD/pacemaker/valve/meter/concentrator serials, accession, case, job,
// order and prior-auth numbers; ages over 89. Look-alike non-PHI: eponyms (Foley, Kussmaul,
// Murphy's sign, Babinski, Allen's test, Tinel, Phalen, Hashimoto, Graves', Bruce protocol,
// Holter, Rentrop, Duke score, Bethesda II, Apgar), drug and device brand names and models, doses,
// lab tables, scores (CHA2DS2-VASc, SYNTAX, KCCQ, WIfI, TI-RADS, MoCA, PHQ-9, GCS), lot numbers,
// CPT codes, rooms, beds and chairs, years alone, a season with a year, weekdays alone, clock
// times, relative dates ("last Tuesday", "3 weeks ago"), ages of 89 and under, states, countries,
// payers and a state quitline.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// credentials (Dr., Mr., Ms., Rev., MD, RN, NP) and labels (MRN:, DOB, pager, fax) stay outside
// the spans; the "Record date:" value is a DATE; a time attached to a full date is part of it; a
// weekday written with a date is part of it; a month with a year (May '82, Jan 2095, 3/2074) and a
// month with a day (June 12, 5/19) are DATE; a date range written as one token (2/5-2/12/74,
// 10/11-10/12) is one DATE span; a year alone, a season with a year, weekdays alone and clock
// times alone are not PHI; ages of 89 and under are not PHI, 90 and over are AGE; typist and
// signer initials (IS/rb, GA:mth) are NAME; hospitals, clinics, wards with a proper name (Tobin 5,
// Bradford 3), dialysis units, pharmacies, DME and home-care suppliers, hospices, nursing homes,
// employers, schools, churches, halls, clubs and EMS units are FACILITY, abbreviations (AFHC, BRH,
// QMC, ERRMC) included, also when a facility abbreviation labels a number (BRA#, MVDC#, CKC);
// towns, neighbourhoods, counties and cities abroad are LOCATION; a street
// name or street address with its unit is ADDRESS, with city and ZIP as separate spans; payers
// (Medicare, plan names), state agencies and quitlines, states and countries are not PHI;
// insurer and Medicare member numbers are HEALTH_PLAN; account, FIN, visit and remote-monitoring
// account numbers are ACCOUNT; NPI and state licence numbers are LICENSE; device serials are
// DEVICE; accession, case, job, order, interpreter and prior-auth reference numbers are ID; short
// in-house pagers and extensions are PHONE; lot numbers, device models, trial names and CPT codes
// are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9449 / 0.9735; pass-11 engine (789a1c5) 0.9647 / 0.9717; pass-12 final engine (978114a) 0.9751 / 0.9737;
// pass-13 engine of the day (02dd9e9) 0.9757 / 0.9749.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2081-03-14}}

{{FACILITY:ASHMONT FAMILY HEALTH CENTER}}
Internal Medicine - Diabetes f/u

Patient: {{NAME:Harold J. Kowalczyk}}    MRN: {{MRN:07734120}}    DOB: {{DATE:02/27/2014}}
PCP: {{NAME:Ingrid Sorensen}}, MD

S: 67 y/o M w/ DM2 (dx ~2068), HTN, CKD 3a, here for 3 mo f/u. Feels "about the same." Wife {{NAME:Dolores}} doing the cooking, cutting back on bread. FS BID, fasting 140s-170s, one low of 62 last Tuesday after skipping lunch at {{FACILITY:St. Casimir's}}. No polyuria, no CP/SOB. Numbness both feet unchanged.

MEDS: metformin 500 mg BID (reduced 2/2 eGFR), glipizide 5 mg qAM, lisinopril 20 mg daily, atorvastatin 40 mg qhs, ASA 81.

O: BP 142/84  P 76  Wt 221 lb (was 226 on {{DATE:12/06/80}})
Feet: monofilament dec'd L great toe, DP 1+ bilat. No ulcers.

LABS ({{DATE:3/10/81}}): A1c 8.1 (prev 8.4)  Cr 1.6  eGFR 44  K 4.9  UACR 310

A/P
1. DM2 - improving slowly. Stop glipizide given hypo; start empagliflozin 10 mg daily. Diabetes ed w/ {{NAME:Marcy Tolland}}, RD.
2. CKD 3a w/ albuminuria - refer {{NAME:Rajiv Menon}} at {{FACILITY:Bayside Renal Associates}}, fax {{FAX:508-555-0147}}.
3. HTN above goal - inc lisinopril to 40.
RTC 3 mo. Pt cell {{PHONE:508-555-0112}}.

{{NAME:Ingrid Sorensen}}, MD
{{NAME:IS}}/{{NAME:rb}}`,

  `Record date: {{DATE:2081-09-02}}

{{FACILITY:BAYSIDE RENAL ASSOCIATES}}
{{ADDRESS:450 Crescent Street, Suite 3}}, {{LOCATION:Brockton}}, MA {{ZIP:02301}}
Tel {{PHONE:508-555-0146}}   Fax {{FAX:508-555-0147}}

{{DATE:September 2, 2081}}

{{NAME:Ingrid Sorensen}}, M.D.
{{FACILITY:Ashmont Family Health Center}}
{{ADDRESS:1180 Pleasant St}}, {{LOCATION:Brockton}}, MA {{ZIP:02302}}

RE: {{NAME:KOWALCZYK, HAROLD}}   DOB {{DATE:2-27-2014}}   {{FACILITY:BRA}}# {{MRN:R-55108}}

Dear {{NAME:Ingrid}},

Thank you for asking me to see Mr. {{NAME:Kowalczyk}}, a pleasant 67 yo retired dock supervisor (32 yrs at {{FACILITY:Harborline Freight}} in {{LOCATION:Quincy}}) with DM2, HTN and CKD 3a/A3. Creatinine has drifted 1.3 -> 1.6 over two years. UA 2+ protein, no blood. Renal US ({{FACILITY:BRH}} {{DATE:8/14/81}}): 10.2 / 10.6 cm, echogenic, no hydro.

BP 148/86 R arm seated, no edema, no bruits.

Impression: diabetic kidney disease; nothing to push for biopsy.
 - continue lisinopril 40, empagliflozin 10 (expect small eGFR dip)
 - add finerenone 10 mg if K stays < 5.0
 - low salt; stop Aleve (takes it for knees), Tylenol ok
 - BMP 2 wks, see me 4 mo

Sincerely,
{{NAME:Rajiv K. Menon}}, MD, FASN
cc: {{NAME:Harold Kowalczyk}}, {{ADDRESS:77 Tribou Street}}, {{LOCATION:Brockton}} {{ZIP:02301}}`,

  `Record date: {{DATE:2082-05-23}}

{{FACILITY:BROCKTON RIVERSIDE HOSPITAL}} -- DISCHARGE SUMMARY

NAME: {{NAME:KOWALCZYK, HAROLD J}}     UNIT NO: {{MRN:882-19-04}}
ADMIT: {{DATE:05/19/2082}}   DISCH: {{DATE:05/23/2082}}
SERVICE: MEDICINE, {{FACILITY:TOBIN 5}}   ATTENDING: {{NAME:PAUL DERISI}}, MD

PRINCIPAL DX: HYPERKALEMIA (K 6.7) / AKI ON CKD 3B
OTHER: DM2, HTN, DIABETIC NEUROPATHY, OA KNEES

HOSPITAL COURSE: 68 YO M TO ED {{DATE:5/19}} W/ WEAKNESS, K 6.7, CR 2.4 (BASELINE 1.6-1.8). EKG PEAKED T WAVES, NO QRS WIDENING. GIVEN CA GLUCONATE, INSULIN/D50, LOKELMA 10 G. FINERENONE + LISINOPRIL HELD. HAD STARTED IBUPROFEN 800 TID PER URGENT CARE ({{FACILITY:QUICKCARE WEST BRIDGEWATER}}) - LIKELY CONTRIBUTOR. CR 1.9 AFTER IVF. RENAL (DR {{NAME:MENON}}) FOLLOWED. FOLEY NOT NEEDED.

DISCHARGE MEDS: METFORMIN STOPPED (EGFR 34). EMPAGLIFLOZIN 10 QD, LISINOPRIL 10 QD (REDUCED), AMLODIPINE 5 QD (NEW), ATORVASTATIN 40, ASA 81, GLARGINE 12 U QHS (NEW).

F/U: DR {{NAME:SORENSEN}} 1 WK; BMP {{DATE:5/26/82}} AT {{FACILITY:AFHC}} LAB. DR {{NAME:MENON}} {{DATE:6/10}}.
DAUGHTER {{NAME:RENATA}} ({{PHONE:774-555-0163}}) TO HELP W/ INSULIN TEACHING; {{FACILITY:PLYMOUTH ROCK VISITING NURSES}} REFERRAL PLACED.

DICTATED BY: {{NAME:PAUL DERISI}}, MD  PGR {{PHONE:3318}}
D: {{DATE:05/23/2082 14:12}}  T: {{DATE:05/23/2082 16:40}}  JOB# {{ID:4471902}}`,

  `Record date: {{DATE:2083-01-10}}

{{NAME:Kowalczyk, Harold}} -- f/u visit, {{FACILITY:AFHC}} Internal Med

68M DM2 on basal insulin, CKD 3b (post AKI {{DATE:May '82}}), HTN. Here w/ daughter {{NAME:Renata Kowalczyk-Dunn}}. Doing own glargine now, up to 16 u. FBS 120-150. No lows. Knees still bad - ortho ({{NAME:Feeney}}, {{FACILITY:South Shore Orthopedics}}) did steroid inj R knee {{DATE:12/2}}. Flu + COVID shots at {{FACILITY:Kelley's Pharmacy}}.

Lab trend:
           {{DATE:5/26/82}}  {{DATE:9/14/82}}  {{DATE:1/6/83}}
 Cr          1.9      1.8      1.7
 eGFR        36       38       41
 K           5.1      4.8      4.7
 A1c         --       7.6      7.2
 UACR        --       190      140

Meds reviewed: glargine 16u qhs, empagliflozin 10, lisinopril 10, amlodipine 5, atorva 40, ASA 81, acetaminophen prn.
BP 132/78. Wt 214.

Plan: cont current. Eye exam overdue - call {{FACILITY:Brockton Eye Associates}} {{PHONE:508-555-0128}}. Podiatry q6mo. See Dr {{NAME:Menon}} next month. RTC 4 mo.
-- {{NAME:I. Sorensen}} MD / pager {{PHONE:508-555-0191}}`,

  `Record date: {{DATE:2090-02-08}}

{{FACILITY:GREAT MIAMI HEART INSTITUTE}} - Heart Failure Clinic
New patient consultation

Pt: {{NAME:Yolanda Pierce-Whitaker}}   MRN {{MRN:GM0042187}}   DOB {{DATE:11/03/2033}}
Referring: {{NAME:Cornelius Abiodun}}, MD ({{FACILITY:Westwood Community Clinic}})

HPI: 56 yo woman, school bus driver for {{FACILITY:Stillwater Transit}}, with 4 mo of DOE (1 flight of stairs), orthopnea x2 pillows and ankle swelling. Echo at {{FACILITY:Kettering Valley Hospital}} {{DATE:01/17/90}}: LVEF 25-30%, global HK, mod MR. No prior MI. Mother died of "enlarged heart" at 61. Sister {{NAME:Denise}} has HTN.

Meds: lisinopril 10, furosemide 20, metoprolol tartrate 25 BID.
PE: BP 118/74, HR 92 reg, JVP 10 cm, bibasilar crackles, 1+ edema. No S3.
ECG: NSR, LBBB, QRS 152 ms.

A/P: NICM, NYHA II-III, stage C.
 - switch metoprolol -> carvedilol 6.25 BID
 - lisinopril -> sacubitril/valsartan 24/26 BID after 36 h washout
 - add spironolactone 12.5, dapagliflozin 10
 - cardiac MRI + ischemic w/u (cath vs CCTA)
 - LBBB + EF<35: CRT-D if no recovery after 3 mo GDMT
 - CDL issue: advised not to drive bus until cleared; note for employer given

{{NAME:Marguerite Okonjo-Bell}}, MD, Advanced HF
{{PHONE:937-555-0110}}`,

  `Record date: {{DATE:2090-06-21}}

{{FACILITY:GMHI}} DEVICE CLINIC - INTERROGATION REPORT
Patient: {{NAME:PIERCE-WHITAKER, YOLANDA}}  MRN: {{MRN:GM0042187}}
Implant date: {{DATE:05-MAY-2090}}   Implanter: {{NAME:H. Vandersloot}}, MD
Device: CRT-D, Medtronic Cobalt XT HF   SN {{DEVICE:BVK604318S}}
RA lead 5076 SN {{DEVICE:PJN7730124}}   RV lead 6935M SN {{DEVICE:TDL221870V}}   LV lead 4398 SN {{DEVICE:QLV0098153}}

Battery 11.2 y. Charge time 8.1 s.
Pacing: AS-BV 98.6%  (goal >98)
Thresholds: RA 0.75 V @ 0.4 ms, RV 1.0 V, LV 1.25 V (LV1-RV coil)
Impedances wnl. Sensing R 11.4 mV.
Episodes since {{DATE:5/5}}: 2 NSVT (max 9 beats), no therapy delivered. AF burden 0%.
OptiVol below threshold.

Wound healed, no erythema. Pt reports DOE much better, walking to mailbox and back.
Remote monitoring enrolled; home monitor linked to Carelink acct {{ACCOUNT:CL-8843302}}.

Plan: no changes. Next remote {{DATE:9/21/2090}}, in-clinic 6 mo. Repeat echo {{DATE:Aug 2090}}.
Driving: no CDL per ICD guideline; personal car ok after 1 wk post-implant.

Seen by {{NAME:Tamsin Orr}}, RN, CCDS  x{{PHONE:4417}}
Reviewed: {{NAME:Hendrik Vandersloot}}, MD`,

  `Record date: {{DATE:2091-01-04}}

TELEPHONE ENCOUNTER - {{FACILITY:Great Miami Heart Institute}} HF nurse line
Caller: {{NAME:Marcus Whitaker}} (husband)  cb {{PHONE:937-555-0139}}
Pt: {{NAME:Yolanda Pierce-Whitaker}}  DOB {{DATE:11/3/33}}

Husband states wt up 4 lb since last Sunday (184 -> 188), more SOB at night, "ankles puffy again." Pt ate ham + canned soup at sister's in {{LOCATION:Xenia}} over the weekend. No CP, no ICD shocks, no syncope. Taking all meds; ran out of spironolactone 3 days ago - {{FACILITY:Hilltop Family Pharmacy}} waiting on prior auth from her plan (member ID {{HEALTH_PLAN:CSO881207643}}).

Per HF protocol (approved by Dr. {{NAME:Okonjo-Bell}}):
 - furosemide 40 mg BID x 3 days then back to 40 daily
 - BMP {{DATE:Wed 1/6}} at {{FACILITY:GMHI}} lab
 - 2 g Na diet reviewed again, fluid 2 L
 - PA resubmitted, ref # {{ID:PA-77310-Q}}
 - call back Thursday w/ weights; ED if wt > 190 or worse SOB

Husband verbalized understanding; read back.
Portal message also sent to pt ({{EMAIL:ypwhitaker33@maildrop.example}}).

{{NAME:Lakisha Dorsey}}, RN  {{DATE:1/4/91 1015}}`,

  `Record date: {{DATE:2091-11-30}}

{{FACILITY:KVH}} ADMISSION H&P - CARDIOLOGY
{{NAME:Pierce-Whitaker, Yolanda}}   {{MRN:GM0042187}}   Rm 6214-B   {{FACILITY:Kettering Valley Hospital}}

CC: SOB, ICD shock x1

HPI: 58F NICM (EF 25% at dx -> 40% {{DATE:8/2090}} on GDMT), CRT-D ({{DATE:5/5/90}}), HTN, here after ICD shock this AM while carrying laundry at home on {{ADDRESS:2219 Old Troy Pike}}. EMS ({{FACILITY:Huber Heights Fire Medic 22}}) found her in AF w/ RVR 140s. Reports 1 wk of palpitations. Stopped carvedilol "because it made me tired" ~10 days ago.

Interrogation: AF onset {{DATE:11/22}}, one VF episode 250 bpm -> 35 J shock, successful.

Exam: BP 102/68 HR 128 irreg irreg, RR 22, SpO2 93% RA. JVP 14. Crackles 1/3 up. 2+ edema.
Labs: K 3.4, Mg 1.6, Cr 1.3, BNP 1,840, TSH 1.1, trop 0.04.

A/P:
1. AF w/ RVR + VF - replete K/Mg, amiodarone load, resume carvedilol low dose, heparin gtt -> apixaban; TEE/DCCV if not converted
2. ADHF - IV furosemide 80 BID
3. NICM - hold ARNI while soft BP

Pt asks for transfer back to {{FACILITY:GMHI}} if long stay.

{{NAME:Vikram Bhattacharjee}}, MD (fellow) / attending {{NAME:Okonjo-Bell}}`,
  `Record date: {{DATE:2008-10-15}}

{{FACILITY:CONANT STREET DIALYSIS}} -- MONTHLY PHYSICIAN ROUNDING NOTE
Pt: {{NAME:Wierzbicki, Tomasz}}   Chair 14, MWF 2nd shift   Facility ID {{MRN:CSD-10388}}
Nephrologist: {{NAME:Halina Nowicka}}, MD

59 y/o M ESRD 2/2 DM nephropathy, HD since {{DATE:03/2007}} via L brachiocephalic AVF. Retired line worker ({{FACILITY:Holbrook Gear & Axle}} then {{FACILITY:Conant Trim Plant}}). Lives w/ wife {{NAME:Krystyna}} on {{ADDRESS:Yemans St}} in {{LOCATION:Hamtramck}}. Son {{NAME:Piotr}} drives him Fri.

Interdialytic gains 3-4 kg, cramping last hour. Skipped 1 tx {{DATE:10/6}} (wedding in {{LOCATION:Toledo}}).

Rx: 4 h, F180, Qb 400, Qd 800, 2K/2.5Ca bath, EDW 82.0 kg
Kt/V 1.38   URR 71%

Labs {{DATE:10/08/08}}:
 Hgb 10.6   Ferritin 612   TSAT 24%
 Ca 9.1   Phos 6.8   PTH 540   Alb 3.7   K 5.6

Plan:
 - counsel fluid, Phos (pierogi, cheese, pop) - dietitian {{NAME:Beth Kaminski}} to see
 - sevelamer 800 -> 1600 TID w/ meals; start cinacalcet 30
 - Epo unchanged, iron hold
 - EDW challenge to 81.5
 - transplant referral: pt now interested, faxed to {{FACILITY:Lakeshore Transplant Institute}} {{FAX:313-555-0184}}

{{NAME:H. Nowicka}} MD   {{DATE:10/15/2008}}`,

  `Record date: {{DATE:2009-03-02}}

{{FACILITY:ST. HYACINTH MEDICAL CENTER}}
INTERVENTIONAL RADIOLOGY - FISTULOGRAM / ANGIOPLASTY

PATIENT: {{NAME:TOMASZ WIERZBICKI}}     MR#: {{MRN:00-61-2294}}     ACCT#: {{ACCOUNT:A900314477}}
DATE OF SERVICE: {{DATE:03/02/2009}}
OPERATOR: {{NAME:DENNIS LAFRAMBOISE}}, MD   ASSIST: {{NAME:K. OYELARAN}}, RT(R)

INDICATION: Rising venous pressures and prolonged bleeding at {{FACILITY:Conant St Dialysis}}, per Dr. {{NAME:Nowicka}}. Access flow 480 mL/min on {{DATE:2/23/09}}.

PROCEDURE: Informed consent obtained from pt; wife present. Antegrade puncture of L BC fistula, 6 Fr sheath. Fistulogram: 80% juxta-anastomotic stenosis and 60% cephalic arch stenosis. Central veins patent. Angioplasty w/ 7 mm and 8 mm Conquest balloons; waist resolved. Post residual <20%. Thrill restored. Heparin 3000 units. Fluoro 6.4 min, contrast 40 mL Omnipaque 300.

COMPLICATIONS: none. EBL minimal. Purse-string suture, to be removed next HD.

IMPRESSION: Successful PTA x2 of L BC AVF. OK to use today.

Report called to {{NAME:Dorota}} RN at dialysis unit, {{PHONE:313-555-0172}}, 11:40.
Electronically signed {{NAME:D. LaFramboise}} MD {{DATE:3/2/2009 12:05}}`,

  `Record date: {{DATE:2009-07-27}}

{{FACILITY:Lakeshore Transplant Institute}}
Kidney Transplant Program, {{ADDRESS:3800 Woodward Ave, 6th floor}}, {{LOCATION:Detroit}} MI {{ZIP:48201}}

{{DATE:July 27, 2009}}

{{NAME:Halina Nowicka}}, MD
{{FACILITY:Conant Street Dialysis}}, {{LOCATION:Hamtramck}}

Re: {{NAME:Tomasz Wierzbicki}}, DOB {{DATE:8/19/1949}}, {{FACILITY:LTI}} {{MRN:4410927}}

Dear Dr. {{NAME:Nowicka}},

Mr. {{NAME:Wierzbicki}} completed his evaluation on {{DATE:7/21}} and {{DATE:7/22/09}}. He is 59, on HD x 2 yrs, with DM2 since his 40s, no known CAD. Dobutamine stress echo {{DATE:6/30/09}} was negative for ischemia; EF 55%. CT abd/pelvis: mild iliac calcification, acceptable for implantation on R. Dental clearance from Dr. {{NAME:Gorski}} received. Colonoscopy 2007 per pt - need report.

cPRA 0%. Blood type O+.

His wife {{NAME:Krystyna}} (61) and nephew {{NAME:Marek Zielinski}} (34) asked about living donation; we have given them our donor line, {{PHONE:313-555-0159}}. The committee approved listing on {{DATE:7/24/2009}}; waitlist time counts from HD start.

Please continue to send monthly serum to our HLA lab. Call me with questions.

Sincerely,
{{NAME:Aurelio Bustamante}}, MD, Transplant Nephrology
cc: {{NAME:Joanne Pryce}}, RN, pre-transplant coordinator, {{EMAIL:jpryce@lakeshoretx.example.org}}`,

  `Record date: {{DATE:2010-01-19}}

{{FACILITY:conant st dialysis}} / MD note

{{NAME:wierzbicki t}}  chair 14  MWF

s/p PTA L BC AVF {{DATE:3/09}} and again {{DATE:11/12/09}}. now flows ~900. on UNOS list since {{DATE:7/24/09}}, nephew {{NAME:Marek}} in workup as donor at {{FACILITY:LTI}}.

c/o itching at night, sleeping poorly. fell on ice outside {{FACILITY:White Eagle Hall}} last wk, bruised R hip, xray neg at {{FACILITY:St Hyacinth}} ED.

vitals pre 158/88, post 134/76; wt pre 84.2 post 81.4 (EDW 81.5)

labs         {{DATE:12/16}}    {{DATE:1/13}}
Hgb          11.2     10.9
Phos         6.1      5.4
Ca           8.8      9.0
PTH          --       410
K            5.2      5.0
Kt/V         1.42     1.45

A/P
- pruritus: sarna, Phos better, consider difelikefalin not available; try gabapentin 100 post HD
- MBD improving on cinacalcet 60 + sevelamer
- fall: PT eval at {{FACILITY:Hamtramck Senior Plaza}}; rx cane
- access ok, monitor
- dry wt unchanged

{{NAME:HN}}/{{NAME:bk}}`,

  `Record date: {{DATE:2076-04-12}}

{{FACILITY:MERRIMACK VALLEY DIABETES CENTER}}
Adult Endocrine Visit

{{NAME:Gloria E. Ruiz}}   DOB {{DATE:07-22-2047}}   {{FACILITY:MVDC}}# {{MRN:310-447-82}}
Provider: {{NAME:Samuel Adeyemi-Hart}}, MD   CDE: {{NAME:Noreen Fitzpatrick}}, RN

T1DM dx age 11 (DKA at {{FACILITY:Lawrence Riverside General}}), now 28. Works overnight shifts baking at {{FACILITY:Essex Street Bakery}}. Lives w/ mother {{NAME:Consuelo}} in {{LOCATION:Lawrence}}.

PUMP: Tandem t:slim X2, SN {{DEVICE:TSX-1180742}}, Control-IQ on
CGM: Dexcom G7, receiver SN {{DEVICE:G7R-55031-A}}
Download {{DATE:3/29}} - {{DATE:4/11/76}}:
 TIR 58%  TAR 37%  TBR 5% (mostly 3-5 AM)
 GMI 7.6%  CV 41%
 Basal 52%/bolus 48%, TDD 44 u
 Missed meal boluses ~4/wk

A1c today 7.9 (was 8.3 {{DATE:1/2076}}).

Exam: BP 112/70, BMI 24. Sites: lipohypertrophy L abdomen. Feet intact.
Labs {{DATE:4/4/76}}: Cr 0.7, UACR 18, TSH 2.0, LDL 104.

Plan:
 - basal 0.85 -> 0.75 u/h 0200-0600
 - rotate sites; avoid L abd
 - sleep activity profile for day-sleep on work nights
 - celiac screen due
 - retinal exam {{FACILITY:Andover Eye Institute}}
 - f/u 3 mo; portal or {{PHONE:978-555-0135}} for questions

{{NAME:S. Adeyemi-Hart}}, MD`,

  `Record date: {{DATE:2076-11-07}}

{{FACILITY:LAWRENCE RIVERSIDE GENERAL HOSPITAL}}
DISCHARGE SUMMARY

Patient: {{NAME:RUIZ, GLORIA ESPERANZA}}    MRN: {{MRN:LRG-2203118}}
Admission: {{DATE:11/03/2076 0212}}    Discharge: {{DATE:11/07/2076}}
Unit: MICU -> {{FACILITY:Bradford 3}}
Attending: {{NAME:Omar Benali}}, MD     PCP: {{NAME:Leticia Arroyo}}, NP ({{FACILITY:Arlington Street Family Health}})

DIAGNOSIS: Diabetic ketoacidosis, severe (pH 7.02, AG 28, BHB 7.4) due to pump site failure + gastroenteritis.

COURSE: 29F T1DM on Tandem pump presented w/ 2 days N/V. Infusion set had kinked; pt "didn't feel well enough to change it." Brought in by mother {{NAME:Consuelo Ruiz}}. Insulin gtt per DKA protocol, gap closed in 14 h. K nadir 3.1, repleted. Transitioned to glargine 20u + lispro, then pump restarted {{DATE:11/6}} with CDE. Norovirus PCR neg; stool cx neg.

Kussmaul breathing resolved, GCS 15 throughout.

DISCHARGE: pump resumed, backup pens + ketone strips given. Work note for {{FACILITY:Essex St Bakery}} through {{DATE:11/10}}.

FOLLOW-UP: Dr. {{NAME:Adeyemi-Hart}}, {{FACILITY:MVDC}}, {{DATE:11/14/76 9:30}}. Sick-day rules reviewed in Spanish with interpreter {{NAME:Rosa Villanueva}}.

{{NAME:O. Benali}}, MD    {{DATE:11/7/76 15:22}}`,

  `Record date: {{DATE:2077-08-19}}

Preconception consult - Diabetes in Pregnancy Program
{{FACILITY:Merrimack Valley Diabetes Center}} / {{FACILITY:Tower Hill OB Associates}}

Name: {{NAME:Ruiz, Gloria}}      MRN {{MRN:310-447-82}}
Partner: {{NAME:Jonathan Pacheco}}

30 y/o G0 w/ T1DM x 19 yrs, planning pregnancy in next 6-12 mo. Off OCPs? not yet - on Nexplanon (placed {{DATE:9/3/2074}}, lot 7H22B). One DKA {{DATE:Nov 2076}}. No retinopathy on last exam ({{DATE:5/17/77}}, Dr. {{NAME:Chiu}}). UACR 22.

Pump/CGM: tslim + G7, TIR now 69%, A1c 7.1.

Counseled:
 - goal A1c <6.5 before conception; TIR >70% pregnancy targets
 - folic acid 1 mg daily starting now (higher dose discussed)
 - stop lisinopril? not on any ACEi. statin none.
 - thyroid: TSH 2.6, repeat at conception
 - referral to MFM Dr. {{NAME:Amara Lindgren}}
 - Nexplanon removal when A1c at goal

Pt asked about working nights at bakery while pregnant - letter to employer if needed.

RTC 6 wks w/ download. Direct line {{PHONE:978-555-0136}}.

{{NAME:Samuel Adeyemi-Hart}}, MD   /  {{NAME:Ingeborg Ahlquist}}, MD (MFM fellow)`,

  `Record date: {{DATE:2078-02-14}}

VIDEO VISIT - {{FACILITY:MVDC}} Endocrine
Link: {{URL:https://telehealth.mvdc-health.example.org/v/GR7742xq}}
Pt located at home, {{ADDRESS:14 Bennington St, 2nd fl}}, {{LOCATION:Lawrence}} MA {{ZIP:01841}}. Identity verified (name + DOB {{DATE:7/22/47}}).

{{NAME:Gloria Ruiz}}, 30, T1DM, now 11w2d pregnant (LMP {{DATE:11/27/77}}), followed by MFM {{NAME:Lindgren}} at {{FACILITY:Merrimack Women's Hospital}}. Nausea better on B6/doxylamine. Two lows to 48 on {{DATE:2/9}} and {{DATE:2/11}}, both after morning vomiting; partner gave glucagon once.

CGM 14 d: TIR (63-140) 71%, TBR 9% (!), mean 118.
Pump settings changed remotely:
 - basal 0000-0600 0.70 -> 0.60
 - ICR breakfast 1:8 -> 1:10
 - target 110 -> 100 except nights

Baqsimi refill sent to {{FACILITY:Broadway Apothecary}}. Eye exam 1st tri scheduled {{DATE:Feb 28, 2078}}.

Total time 25 min. Next video visit {{DATE:2/28/78}}.

{{NAME:Adeyemi-Hart}}`,
  `Record date: {{DATE:2069-05-06}}

{{FACILITY:ANDROSCOGGIN VALLEY CARDIOLOGY}}
Office follow-up

{{NAME:LACHANCE, BERNARD A.}}   DOB {{DATE:11/30/1979}}   Chart {{MRN:AVC-007731}}
Accompanied by son {{NAME:Gilles}}

89 yo man, CAD s/p CABG x4 ({{DATE:3/2051}}, {{FACILITY:Casco Bay Medical Center}}), ischemic CM EF 40%, paroxysmal AF on apixaban, CKD 3b, BPH. Former millwright at {{FACILITY:Lisbon Street Woolen Mill}} - retired decades ago. Lives alone in {{LOCATION:Lewiston}}, son checks daily from {{LOCATION:Auburn}}.

Since last visit ({{DATE:Nov 12, 2068}}): one fall getting out of tub, no injury. No angina. Walks to {{FACILITY:Ste-Famille church}} daily mass (4 blocks) w/ cane. Mild ankle swelling.

Meds: apixaban 2.5 BID (age >80, Cr 1.6), metoprolol succ 50, atorvastatin 20, furosemide 20, tamsulosin 0.4, vit D.

BP 128/66 sitting, 112/60 standing (lightheaded). HR 64 irreg. Wt 162 (prev 165).
ECG: AF, rate 66, old IVCD.
Labs {{DATE:04/29/69}}: Hgb 11.8, Cr 1.6, K 4.4.

Plan: orthostasis -> hold tamsulosin at night? discuss w/ urology (Dr. {{NAME:Pelletier}}); shower chair + grab bar, home safety eval via {{FACILITY:Tri-County VNA}}. Cont apixaban. RTC 6 mo.

{{NAME:Monique Thibodeau}}, MD, FACC
Dictated, not read. {{NAME:MT}}/{{NAME:lg}}`,

  `Record date: {{DATE:2070-01-22}}

{{FACILITY:ST. BERNADETTE'S HOSPITAL}}  {{LOCATION:LEWISTON}}, MAINE
HISTORY AND PHYSICAL - MEDICINE

PATIENT: {{NAME:BERNARD LACHANCE}}   MRN {{MRN:SB-4480216}}   ROOM 317-1
DATE/TIME: {{DATE:01/22/2070 03:40}}
PCP: {{NAME:ROLAND OUELLETTE}}, DO   CARDS: {{NAME:THIBODEAU}}

CC: "FELL AND CAN'T GET UP"

HPI: {{AGE:90}} YO M W/ CAD S/P CABG, ICM, AF ON APIXABAN, FOUND ON KITCHEN FLOOR BY SON {{NAME:GILLES LACHANCE}} AT 2200, DOWN UNKNOWN DURATION (LAST PHONE CALL 1600). DENIES HEAD STRIKE, DENIES CP. +URINARY INCONTINENCE.

EXAM: T 37.9 BP 104/58 HR 98 AF RR 20 O2 94% 2L. OLD MAN, THIN, ORIENTED X2. R HIP NO SHORTENING. SACRAL ERYTHEMA NONBLANCHING 3 CM. NO BABINSKI. 

LABS: WBC 13.4, CK 2,810, CR 2.3 (BASELINE 1.6), UA LE+ NIT+.
CT HEAD: NO BLEED. XR PELVIS/HIP: NO FX.

A/P:
1. FALL W/ RHABDO, AKI - IVF, TREND CK
2. UTI / POSS UROSEPSIS - CEFTRIAXONE, UCX PENDING
3. AF ON APIXABAN - CONTINUE, RENAL DOSE OK
4. STAGE 2 PRESSURE INJURY - WOUND RN
5. DISPO: CANNOT RETURN HOME ALONE; CM TO DISCUSS {{FACILITY:MAPLE CREST RESIDENCE}} W/ SON ({{PHONE:207-555-0148}})
CODE: DNR/DNI CONFIRMED W/ PT AND SON; POLST ON FILE.

{{NAME:A. KAPLOWITZ}}, MD (NIGHT ADMITTER)  PAGER {{PHONE:207-555-0177}}`,

  `Record date: {{DATE:2070-07-11}}

{{FACILITY:Maple Crest Residence}} - Skilled/LTC Physician Visit
Resident: {{NAME:Bernard Lachance}}  Rm 12 (B wing)   Admit here {{DATE:2/3/70}}
Age {{AGE:90}}   Code: DNR/DNI, POLST

Seen at nursing request for 3 lb wt gain over 5 days + new crackles. Per aide {{NAME:Fatuma Hussein}} he has been more tired, napping in chair, eating 50%. Son {{NAME:Gilles}} visited Sunday, thought dad "wasn't himself."

VS: 136/70, 88 irreg, RR 20, SpO2 91% RA, T 36.8. Wt 166 (163 on {{DATE:7/6}}).
Lungs: crackles bases bilat. JVD 9 cm. 2+ pitting edema to shins. Sacral wound healed.
Cognition: at baseline, MoCA 21/30 in {{DATE:April 2070}}.

BMP {{DATE:7/10}}: Na 134, K 4.9, Cr 1.8, BUN 44.

A/P:
- ADHF, mild: furosemide 20 -> 40 daily x 5 days, daily weights, 1.5 L fluid restriction. Recheck BMP {{DATE:7/14}}.
- not hospitalizing unless worsens - consistent w/ goals (discussed w/ son by phone {{PHONE:207-555-0148}}).
- Notify Dr. {{NAME:Thibodeau}} office FYI, fax {{FAX:207-555-0150}}.

{{NAME:Roland Ouellette}}, DO
Attending, {{FACILITY:Maple Crest}}`,

  `Record date: {{DATE:2071-03-03}}

PHONE NOTE   {{FACILITY:Androscoggin Valley Cardiology}}
Re: {{NAME:Lachance, Bernard}}  ({{MRN:AVC-007731}})  {{AGE:91}} y/o

Call from {{NAME:Cheryl Bouchard}}, LPN, charge nurse {{FACILITY:Maple Crest}} ({{PHONE:207-555-0152}} x{{PHONE:210}}).
Resident now on hospice ({{FACILITY:Riverbend Hospice}}) since {{DATE:Feb 19}}. Son {{NAME:Gilles}} and daughter-in-law {{NAME:Nicole}} asking whether to stop apixaban, statin, and whether the "pacemaker thing" needs to be turned off.

Reviewed: pt has NO ICD or pacemaker - only loop recorder? No, none on file. Only sternal wires from CABG. Explained to LPN.

Per Dr. {{NAME:Thibodeau}}:
 1. OK to stop atorvastatin and vit D.
 2. Apixaban - reasonable to stop given goals, recent epistaxis, poor PO; family agrees per LPN.
 3. Continue metoprolol for rate/comfort, furosemide prn per hospice.
 4. No further cardiology f/u needed; cancel appt {{DATE:4/14/71}}.

Faxed to hospice RN {{NAME:Dana Morrissette}} at {{FAX:207-555-0169}}.

{{NAME:Lucie Gagne}}, RN   {{DATE:3/3/71 14:20}}
Reviewed/agree - {{NAME:M. Thibodeau}}`,

  `Record date: {{DATE:2013-04-09}}

{{FACILITY:Riverdale Avenue Medical Group}}
{{ADDRESS:1402 Riverdale Ave}}, {{LOCATION:Yonkers}}, NY {{ZIP:10705}}   ph {{PHONE:914-555-0121}}

PROGRESS NOTE
Patient: {{NAME:Deborah Finkelstein}}   DOB {{DATE:Jan 8, 1961}}   Acct {{ACCOUNT:RAM-22918}}
Provider: {{NAME:Theresa Galvin-Ng}}, MD

CC: BP check, labs

52 yo F, escrow officer at {{FACILITY:Hudson Valley Title Co.}}, seen {{DATE:3/12}} w/ BP 152/96, started HCTZ 12.5. Home BP 130s-140s/80s on {{NAME:Stuart}}'s (husband's) Omron cuff. Mild leg cramps. Menopause 2010, hot flashes better.

Fhx: father MI at 54; mother CVA at 70s.
Soc: never smoker, wine 2-3 gl/wk, walks 3 mi weekends.

BP 138/86 (L) 140/84 (R), HR 70. BMI 29.4. Heart RRR, no murmur.

Labs {{DATE:04/02/2013}}:
 TC 256  LDL 172  HDL 48  TG 180
 Glu 104  A1c 5.9  K 3.6  Cr 0.8  TSH 1.8

10-yr ASCVD 7.8%.

A/P:
1. HTN stage 2 -> add lisinopril 10, cont HCTZ. K supplement? recheck 2 wk.
2. HLD - discussed statin; pt prefers 3 mo TLC trial first. Recheck lipids {{DATE:July 2013}}.
3. Prediabetes - DPP referral ({{FACILITY:Park Hill Y}} program).
4. Stress test given FHx + atypical CP? pt denies CP. Will revisit.

{{NAME:T. Galvin-Ng}} MD`,

  `Record date: {{DATE:2013-10-22}}

{{FACILITY:WESTCHESTER HEART & VASCULAR}} - NON-INVASIVE LAB
EXERCISE STRESS ECHOCARDIOGRAM

Name: {{NAME:FINKELSTEIN, DEBORAH}}     DOB: {{DATE:01/08/1961}}     ID: {{MRN:WHV0098812}}
Study date: {{DATE:10/22/2013}}     Order #: {{ID:ORD-5531207}}
Referring MD: {{NAME:Theresa Galvin-Ng}}
Reading MD: {{NAME:Benjamin Adler-Sato}}, MD    Sonographer: {{NAME:R. Quiñones}}, RDCS

Indication: exertional chest tightness x 6 wk, HTN, HLD, FHx premature CAD.

Protocol: Bruce. Exercised 8:15 min, stage III, 10.1 METs. Peak HR 152 (94% MPHR). BP 136/82 -> 198/88. Stopped for fatigue. Chest tightness at peak, resolved in 2 min of recovery.
ECG: 1.5 mm horizontal STD II, III, aVF, V5-V6 at peak, resolved at 3 min. No arrhythmia. Duke treadmill score +1.

Echo: rest EF 60%, no WMA. Peak: new hypokinesis of inferior and inferolateral walls; LV cavity fails to decrease in size.

IMPRESSION: Positive for ischemia, RCA/LCx territory, intermediate risk. Hypertensive response.

Recommend cardiology consult; consider coronary angiography. Results phoned to Dr. {{NAME:Galvin-Ng}}'s office ({{NAME:Maribel}}) {{DATE:10/22/13 15:50}}.

{{NAME:B. Adler-Sato}}, MD, FASE`,

  `Record date: {{DATE:2014-06-17}}

Preventive Cardiology / Lipid Clinic - {{FACILITY:St. Anselm's Hospital Yonkers}}
{{NAME:Finkelstein, Deborah}}  53F   MRN {{MRN:SAY-3009127}}

Hx: stress echo + {{DATE:10/13}} -> cath {{DATE:11/4/13}} (Dr. {{NAME:Farouk Haddad-Levin}}): 80% mid RCA -> DES x1 (Xience 3.0 x 18, lot 4471K). On DAPT since. Started atorva 80 at d/c.

Since: back at work, cardiac rehab completed at {{FACILITY:Sprain Brook Fitness & Rehab}} ({{DATE:Feb 2014}}). No angina. Bruising on ticagrelor, 1 nosebleed. Myalgias in thighs after 4 mo of atorva -> pt self-reduced to 40 three weeks ago.

Lipids:
                 {{DATE:11/05/13}}   {{DATE:03/10/14}}   {{DATE:06/09/14}}
 LDL              168        62         88
 HDL              46         51         50
 TG               190        110        132
 Lp(a)            142 nmol/L  --         --
 CK               --         --         210

A/P:
- LDL not at goal (<55 per ESC, <70 per ACC) on atorva 40 + elevated Lp(a)
- switch to rosuvastatin 20; add ezetimibe 10
- if LDL still >70 in 3 mo -> PCSK9i (PA via plan, member {{HEALTH_PLAN:EMX442019883}})
- DAPT to 12 mo ({{DATE:11/2014}}) then ASA alone per Dr. {{NAME:Haddad-Levin}}
- daughter {{NAME:Rachel}} (24) advised to check Lp(a)

{{NAME:Priscilla Onwuachi}}, NP / sup {{NAME:K. Hartigan}}, MD`,

  `Record date: {{DATE:2015-02-03}}

ANNUAL PHYSICAL - {{FACILITY:RAMG}}
{{NAME:DEBORAH FINKELSTEIN}}, 54 y/o F
{{ADDRESS:88 Alta Avenue, Apt 5C}}, {{LOCATION:Yonkers}} {{ZIP:10705}}   home {{PHONE:914-555-0143}}   cell {{PHONE:914-555-0198}}
Emergency contact: {{NAME:Stuart Finkelstein}} (spouse)

PMH: CAD s/p RCA DES ({{DATE:11/4/2013}}), HTN, HLD w/ high Lp(a), prediabetes, osteopenia.

Interval: doing well; no angina. Off ticagrelor since {{DATE:11/5/14}}. LDL {{DATE:1/27/15}} = 49 on rosuva 20 + ezetimibe. Had shingles L T8 over winter, treated by {{FACILITY:QuickMed Central Ave}}.

Meds: ASA 81, rosuvastatin 20, ezetimibe 10, lisinopril 20, HCTZ 12.5, metoprolol succ 25, vit D 2000.

Health maintenance:
 - mammo {{DATE:12/18/2014}} BI-RADS 1
 - colonoscopy {{DATE:5/2011}} nl, next 2021
 - DEXA {{DATE:2/2014}} T -1.8 hip
 - Pap/HPV neg 2013
 - Shingrix #1 today (lot 9KX2P), Tdap UTD

Exam unremarkable. BP 124/78. BMI 27.8 (down 5 lb).
A1c 5.8.

Plan: cont meds; Shingrix #2 in 2-6 mo; cards f/u {{FACILITY:St. Anselm's}} {{DATE:6/2015}}; RTC 1 yr.

{{NAME:Theresa Galvin-Ng}}, MD   NPI {{LICENSE:1093847562}}`,
  `Record date: {{DATE:2088-03-30}}

{{FACILITY:CALUMET KIDNEY CARE}} - Nephrology Progress Note
{{NAME:Leroy Washington Jr.}}     DOB {{DATE:04/02/2026}}     {{FACILITY:CKC}} {{MRN:19-0044721}}
Seen w/ wife {{NAME:Bernice}}.  PCP: {{NAME:Otis Freeman}}, MD, {{FACILITY:Midtown Gary Health Center}}

61M, DM2 x 20 yr, HTN, CKD 4 (eGFR 22), anemia of CKD, gout. Retired coke oven operator ({{FACILITY:Lakeshore Coke Works}}, 30 yrs). Last seen {{DATE:12/14/87}}.

No uremic sx. Appetite ok. Nocturia x2. R 1st MTP flare {{DATE:2/20}}, treated w/ prednisone by PCP (colchicine avoided).

BP 146/88 (home avg 138/82). Wt 248. 1+ edema.

Labs {{DATE:3/23/88}}:
 Cr 3.1  eGFR 22  BUN 51  K 5.2  CO2 19
 Hgb 9.8  Ferritin 88  TSAT 14%
 Phos 5.0  PTH 188  UACR 1,950  A1c 7.4

Assessment: CKD 4 progressing (~5 mL/min/yr). KFRE 2-yr risk 38%.
Plan:
 1. RRT education class - {{DATE:April 18}} 10am, room B; modality discussion (pt leaning toward in-center HD; PD discussed, home has stairs).
 2. Vein preservation: no BP/IV/labs in L arm. Bracelet given.
 3. Vein mapping + refer vascular Dr. {{NAME:Jan Vrba}} ({{FACILITY:Northwest Indiana Vascular}}).
 4. Na bicarb 650 BID; IV iron x 3; start ESA if Hgb < 9.
 5. Transplant referral {{FACILITY:Lakeview University Hospital}} {{LOCATION:Chicago}} - pt interested; sister {{NAME:Loretta Simms}} in {{LOCATION:Chicago}} may donate.

{{NAME:Farah Siddiqui}}, MD  {{PHONE:219-555-0117}}`,

  `Record date: {{DATE:2088-12-12}}

{{FACILITY:NORTHWEST INDIANA VASCULAR}}
Vascular Surgery Consultation

Patient: {{NAME:WASHINGTON, LEROY JR}}   MRN {{MRN:NIV-55802}}   DOS {{DATE:12-Dec-2088}}
Ref: {{NAME:F. Siddiqui}}, MD

Reason: AV access planning, CKD 4 -> 5 (eGFR 15 on {{DATE:11/28/88}}).

62 y/o RHD male. No prior lines/ports/PICCs. PAD? Claudication R calf at 2 blocks. Former smoker, quit 2065. Non-dominant L arm preserved since {{DATE:3/88}}.

Vein mapping ({{FACILITY:IHGH}} vasc lab {{DATE:12/05/2088}}):
 L cephalic forearm 2.1-2.4 mm, upper arm 3.8 mm
 L basilic upper arm 4.6 mm
 L radial a 2.0 mm, brachial a 4.4 mm, PSV nl, triphasic
Allen's test normal L.
ABI R 0.72, L 0.88.

Assessment:
1. Needs permanent access - L brachiocephalic AVF is best option (forearm cephalic small, radial 2.0).
2. R SFA disease, lifestyle-limiting? not really - walking program, cilostazol contraindicated? (no HF) - start statin intensify, ASA.

Plan: L BC AVF at {{FACILITY:Indiana Harbor General}} OR, target {{DATE:1/9/2089}}. Pre-op labs. Hold ASA? no, continue. Consent signed. Pt's wife {{NAME:Bernice Washington}} ({{PHONE:219-555-0126}}) to drive.

{{NAME:Jan Vrba}}, MD, RPVI
cc {{NAME:O. Freeman}} MD`,

  `Record date: {{DATE:2089-06-05}}

{{FACILITY:Midtown Gary Hlth Ctr}} -- ADULT MED

{{NAME:LEROY WASHINGTON JR}} / 63M
DOB {{DATE:4/2/26}}
here for: 3 mo DM/HTN, FMLA forms for wife

Pt s/p L BC AVF {{DATE:1/9/89}} by Dr {{NAME:Vrba}}, maturing (fistulogram {{DATE:4/2}} ok). not on dialysis yet. eGFR 13 last wk. Wife {{NAME:Bernice}} works at {{FACILITY:Methodist Gardens Assisted Living}} as CNA, needs intermittent FMLA to bring him to appts.

BS 110-190, on glargine 18 + lispro SS; A1c 6.9. a few lows 60s since renal fxn worsening.
Itchy, taste "like metal", nausea some mornings.

BP 152/90, HR 78, wt 241 (down 7)
+thrill L arm, bruit good.
no asterixis. 1+ edema.

A/P:
DM2 - dec glargine 18->14 given lows w/ CKD5. Stop SS, fixed lispro 4u w/ supper.
CKD5 - uremic sx emerging; msg to Dr {{NAME:Siddiqui}} re: start date. Chair at {{FACILITY:Broadway Dialysis of Gary}}? pt prefers closer to home - {{FACILITY:Calumet Kidney Care Merrillville}} unit.
HTN - amlodipine 10, carvedilol 25 BID, furosemide 80 BID. add hydralazine 25 TID.
FMLA paperwork done, faxed to employer HR {{FAX:219-555-0133}}.

f/u 6 wks or sooner
{{NAME:Otis Freeman}}, MD / {{NAME:OF}}:{{NAME:jw}}`,

  `Record date: {{DATE:2090-04-18}}

{{FACILITY:INDIANA HARBOR GENERAL HOSPITAL}} - NEPHROLOGY ADMISSION NOTE
{{NAME:Washington, Leroy}}  {{MRN:IHG-7731045}}   {{FACILITY:Pulaski 6 East}} bed 12
Date of adm: {{DATE:Tuesday, April 18, 2090}}

64 yo M CKD 5 w/ matured L BC AVF, sent from clinic by Dr. {{NAME:Siddiqui}} for uremia: 2 wks anorexia, vomiting, confusion per wife, pericardial rub on exam this AM.

Labs: BUN 138, Cr 9.4, K 6.1, CO2 13, Phos 8.2, Hgb 8.3.
Echo (bedside): small circumferential effusion, no tamponade.
ECG: sinus, peaked T, PR 210.

Plan:
- urgent HD today via L AVF (2 x 15g needles, Qb 250, 2 h, 2K bath) - first tx, low efficiency to avoid disequilibrium
- daily HD x 3 then MWF
- uremic pericarditis -> HD intensification, no heparin w/ HD
- hold metformin (should have been off), hydralazine cont
- outpt chair arranged at {{FACILITY:Calumet Kidney Care Merrillville}} starting {{DATE:4/24/90}}, MWF 1st shift
- social work: transport via {{FACILITY:Lake County Senior Rides}}; Medicare ESRD enrollment (2728 form)
- transplant: sister {{NAME:Loretta}} eval pending at {{FACILITY:LUH}}; pt relisted active

{{NAME:F. Siddiqui}}, MD   pager {{PHONE:219-555-0181}}`,

  `Record date: {{DATE:2072-08-08}}

{{FACILITY:ST. LUCIA MEDICAL CENTER}} EMERGENCY DEPARTMENT
Arrival {{DATE:08/08/2072 21:14}}   via private car

{{NAME:Annika Thorsdottir-Berg}}  54 F   MRN {{MRN:SLMC-00928411}}
PCP: {{NAME:Gretchen Halvorsen}}, MD ({{FACILITY:Lakeside Family Clinic}}, {{LOCATION:Two Harbors}})

CC: racing heart x 6 hrs

HPI: Previously healthy 54F, high school chemistry teacher ({{FACILITY:Harbor View High School}}), sudden palpitations at 3 pm while kayaking with husband {{NAME:Erik}}. Mild lightheadedness. No syncope, CP. 3 glasses of wine last night at a wedding in {{LOCATION:Superior}}. No prior episodes. No thyroid hx.

VS: HR 148 irreg, BP 132/84, RR 18, SpO2 98%, T 36.7.
Exam: anxious, irregularly irregular, no murmur, lungs clear.
ECG: AF w/ RVR 146, QTc 430, no pre-excitation (not WPW).
Labs: TSH 0.02 (!), FT4 3.1, K 3.9, Mg 2.0, trop neg, Hgb 13.9.

CHA2DS2-VASc 1 (female).

ED course: diltiazem 15 mg IV x2 -> HR 96. Duration < 48 h but new hyperthyroid - deferred cardioversion.

Dispo: home w/ diltiazem ER 120, methimazole 10 (after d/w endo on call Dr. {{NAME:Ruiz-Lund}}), apixaban 5 BID. Cardiology f/u {{FACILITY:Lake Superior Heart & Vascular}} {{PHONE:218-555-0114}}.

{{NAME:Kaisa Nieminen}}, MD, Emergency Medicine`,

  `Record date: {{DATE:2072-09-20}}

{{FACILITY:Lake Superior Heart & Vascular}}
Electrophysiology clinic, {{ADDRESS:920 East 1st Street}}, {{LOCATION:Duluth}} MN {{ZIP:55805}}

{{NAME:Thorsdottir-Berg, Annika}}   DOB {{DATE:3/14/2018}}   {{FACILITY:LSHV}}# {{MRN:88310}}

ED visit {{DATE:8/8/72}} for new AF w/ RVR in setting of Graves' disease (TRAb +, uptake 58% on {{DATE:8/19}}). Methimazole via Dr. {{NAME:Ruiz-Lund}}, now euthyroid-ish (FT4 1.6 on {{DATE:9/15/72}}). Still in persistent AF on Holter {{DATE:9/1}}-{{DATE:9/3}}: 100% AF, mean HR 84, max 131.

Symptoms: fatigue, can't finish 2nd half of school day. Missed 4 days since start of semester at {{FACILITY:Harbor View}}.

Echo {{DATE:9/1/2072}}: EF 50%, LA 4.4 cm, mild MR.

Discussion: symptomatic persistent AF, thyroid nearly corrected. Options rate vs rhythm. Pt wants rhythm control.
Plan:
 - DCCV {{DATE:Friday 9/29}} at {{FACILITY:SLMC}} cath lab holding, NPO after MN, husband to drive
 - apixaban uninterrupted (>3 wks by then)
 - if early recurrence -> flecainide vs ablation
 - dilt ER ok to continue

Consent reviewed with pt; questions answered. Work note provided.

{{NAME:Joseph Migizi}}, MD, FHRS
c: {{NAME:G. Halvorsen}} MD, fax {{FAX:218-555-0119}}`,

  `Record date: {{DATE:2073-05-14}}

{{FACILITY:SLMC}} EP LAB - PROCEDURE NOTE
Patient: {{NAME:ANNIKA THORSDOTTIR-BERG}}    MRN {{MRN:SLMC-00928411}}
Date: {{DATE:5/14/2073}}   Operator: {{NAME:J. MIGIZI}}, MD   Fellow: {{NAME:A. CHOWDHURY}}, MD
Anesthesia: GA, Dr. {{NAME:Okafor-Nilsen}}

Procedure: Pulmonary vein isolation (pulsed field), CTI line.
Indication: recurrent symptomatic PAF after DCCV {{DATE:9/29/72}}; failed flecainide (QRS widening + dizziness). Thyroid now euthyroid post RAI ({{DATE:Jan 2073}}) on levothyroxine 88.

Findings: TEE no LAA thrombus. Transseptal x1 under ICE. PFA of all 4 PVs, entrance/exit block confirmed. Typical flutter induced w/ burst -> CTI ablation, bidirectional block confirmed. Total PFA applications 48. Fluoro 4.2 min.
Mapping: Carto 3, ICE catheter SoundStar.

Complications: none. Groin R femoral vein x2, figure-of-8 suture.

Post: bedrest 4 h, apixaban tonight, PPI x 4 wks, no heavy lifting 1 wk, no kayaking 2 wks.
Husband {{NAME:Erik Berg}} updated in waiting room, cell {{PHONE:218-555-0142}}.

F/U EP clinic 3 mo w/ 7-day monitor.
{{NAME:Joseph Migizi}}, MD   {{DATE:05/14/2073 12:47}}`,

  `Record date: {{DATE:2074-02-27}}

{{FACILITY:Lake Superior H&V}} - EP f/u (post-ablation 9 mo)
{{NAME:Annika T-Berg}}, 55

Doing great. Back to full teaching schedule + coaching Science Olympiad at {{FACILITY:Harbor View HS}}. Cross-country skiing weekends. No palpitations.
Zio patch {{DATE:2/5-2/12/74}}: SR 100%, rare PACs (<1%), no AF/AFL. Serial {{DEVICE:ZP3-0094417}} returned.

Meds: levothyroxine 100 (Dr {{NAME:Ruiz-Lund}} inc'd {{DATE:12/2073}}), apixaban 5 BID.
BP 118/72, HR 62 reg.
ECG: sinus, normal intervals.

CHA2DS2-VASc remains 1 (sex). Discussed stopping anticoag: >3 mo post-ablation, no recurrence, score 1 female -> OK to stop apixaban. ASA not needed.

Plan: stop apixaban. Annual ECG via PCP. Return prn or if sx; would use KardiaMobile (pt has one; strips to portal).
Released from EP follow-up.

{{NAME:Joseph Migizi}}, MD
{{NAME:jm}}/{{NAME:kn}}   cc {{NAME:Gretchen Halvorsen}}, MD - {{FACILITY:Lakeside Family Clinic}}, {{ADDRESS:611 7th Ave}}, {{LOCATION:Two Harbors}} MN {{ZIP:55616}}`,
  `Record date: {{DATE:2093-01-15}}

{{FACILITY:QUINSIGAMOND MEDICAL CENTER}}
ADMISSION H&P - HOSPITALIST SERVICE

Pt: {{NAME:Francis X. Mulcahy}}   MRN {{MRN:QMC 4417-093}}   DOB {{DATE:09/09/2021}}
Adm {{DATE:1/15/2093 0130}}  Unit {{FACILITY:Hahn 4}}, rm 4112
PCP {{NAME:Beatriz Carvalho}}, MD - {{FACILITY:Grafton Street Primary Care}}

CC: SOB x 4 days

HPI: 71M COPD (FEV1 38% {{DATE:6/2092}}), HFpEF, on 2L home O2 at night, ex-machinist ({{FACILITY:Wachusett Grinding Co.}}, 40 yrs, 60 pk-yr, quit 2079). Son {{NAME:Brendan}} found him "gasping" at home and called 911. EMS gave duoneb + solumedrol 125. URI sx from grandson last week. Increased sputum, green.

Exam: T 38.1, HR 112, BP 148/90, RR 28, SpO2 86% 2L -> 92% 4L NC. Tripoding, diffuse wheeze, prolonged exp. JVP 8. Trace edema.
ABG 7.31/62/68. WBC 14.2, BNP 420, trop 0.03, flu A PCR +.
CXR: hyperinflation, no PNA, no edema.

A/P:
1. AECOPD d/t influenza A - BiPAP trial, nebs q4, pred 40 x 5d, oseltamivir, doxycycline
2. HFpEF - euvolemic-ish; hold furosemide today
3. Acute on chronic hypercapnic resp failure - BiPAP 12/5, repeat ABG 2h; step-down if worse
Code: FULL (pt confirms; HCP = son {{NAME:Brendan Mulcahy}}, {{PHONE:508-555-0153}})

{{NAME:Anjali Raghunathan}}, MD   pgr {{PHONE:2-4471}}`,

  `Record date: {{DATE:2093-01-19}}

DISCHARGE SUMMARY - {{FACILITY:QMC}}
{{NAME:MULCAHY, FRANCIS X}}   {{MRN:QMC 4417-093}}
Admitted {{DATE:01/15/2093}}  Discharged {{DATE:01/19/2093}}
Attending {{NAME:Anjali Raghunathan}}, MD

Dx: AECOPD precipitated by influenza A; acute on chronic hypercapnic respiratory failure (resolved).

Course: BiPAP x 30 hrs then NC. Oseltamivir x 5d (day 5 = {{DATE:1/19}}), pred 40 taper, doxy x 5d. Ambulated w/ PT on {{DATE:1/18}}: desat to 85% on 2L, 90% on 3L -> home O2 increased to 3L w/ exertion, 2L rest/night. DME order to {{FACILITY:Bay State Home Oxygen}} (acct {{ACCOUNT:BSO-118420}}). Home health PT/RN via {{FACILITY:Blackstone Valley Home Health}}.

Pulm rehab referral placed. Pt declined SNF.

Discharge meds:
 - prednisone 30 x 3d, 20 x 3d, 10 x 3d, stop
 - Trelegy Ellipta 1 puff daily (NEW, replaces Advair + Spiriva)
 - albuterol HFA prn
 - furosemide 20 daily (resumed)
 - ASA 81, atorvastatin 40
 - home O2 as above

F/U: Dr. {{NAME:Carvalho}} within 7 days ({{DATE:1/25/93 10:40}}); Pulm Dr. {{NAME:Desmond O'Rourke}} {{DATE:2/14/93}}.

Son {{NAME:Brendan}} to stay w/ pt first week at {{ADDRESS:31 Ingleside Ave, 1st fl}}, {{LOCATION:Worcester}} {{ZIP:01604}}.

{{NAME:A. Raghunathan}} MD
cc: {{NAME:B. Carvalho}}`,

  `Record date: {{DATE:2093-04-02}}

PULMONARY CLINIC - {{FACILITY:Quinsigamond Medical Center}}
Pt: {{NAME:Mulcahy, Francis}}   {{MRN:QMC 4417-093}}    Seen by: {{NAME:Desmond O'Rourke}}, MD

F/u after {{DATE:Jan 2093}} admission (influenza A -> AECOPD, BiPAP). Finished pulm rehab 8 of 12 sessions at {{FACILITY:QMC Pulm Rehab}}; stopped when car broke down. Using Trelegy daily, albuterol 2-3x/d. O2 3L w/ exertion.

mMRC 3. CAT score 24. No further exacerbations. Still works part-time in the tool crib at {{FACILITY:Shrewsbury Hardware}} Sat mornings.

PFTs today:
 FEV1 0.92 L (34% pred)  FVC 2.41 L (58%)  ratio 0.38
 DLCO 41%  TLC 128%  RV 210%
6MWT: 240 m, nadir SpO2 86% on 3L.
Eos {{DATE:3/28/93}}: 310.

Assessment: GOLD 4, group E; emphysema-predominant w/ hyperinflation, eos >300.
Plan:
 - add dupilumab? eos 310 - start PA (plan ID {{HEALTH_PLAN:MAH-90441277-01}})
 - CT chest for lung vol reduction / valve eval (fissures) + LDCT screening
 - O2 titrate to 4L exertion
 - finish rehab - transport via {{FACILITY:Central Mass Para-Ride}}
 - advance care planning: MOLST reviewed; pt wants trial of intubation, no long-term trach
RTC 3 mo.

{{NAME:D. O'Rourke}}, MD   fax {{FAX:508-555-0186}}`,

  `Record date: {{DATE:2094-02-10}}

{{NAME:MULCAHY, FRANCIS X}} ({{NAME:FXM}}) -- PCP visit
{{FACILITY:Grafton St Primary Care}} / {{NAME:B. Carvalho}} MD

72 yo m. COPD GOLD 4 on dupilumab since {{DATE:June 2093}}, HFpEF, HTN, HLD, OSA? no - declined study. Son {{NAME:Brendan}} present.

Interval: no hospitalizations since {{DATE:1/19/93}}. 1 outpt exacerbation {{DATE:11/2093}} treated w/ pred burst (urgent care). Endobronchial valve eval at {{FACILITY:Mass Bay Thoracic}} - not candidate (incomplete fissure). Got RSV + flu shots.

Slipped on ice on his porch last wk, no LOC, R wrist sore -> xr neg.

Vitals: 142/82  HR 88  SpO2 92% 2L  Wt 158 (was 171 a yr ago)

A/P:
#COPD - stable-ish; cont Trelegy, dupilumab q2wk, O2.
#Wt loss 13 lb - pulmonary cachexia vs other; CBC, CMP, TSH, CT chest due (LDCT screen). Nutrition consult, Ensure BID.
#HFpEF - euvolemic, furosemide 20.
#Fall - home safety eval, rails on porch; son will install.
#ACP - MOLST updated today: DNI now; ok BiPAP. Copy to {{FACILITY:QMC}} and son.

RTC 2 mo. Home phone on file {{PHONE:508-555-0104}}.
{{NAME:Beatriz Carvalho}}, MD / {{NAME:bc}}:{{NAME:ml}}`,

  `Record date: {{DATE:2011-02-14}}

{{FACILITY:Middlesex Women's Health Partners}} - Postpartum Visit
{{NAME:Priya Venkataraman}}  DOB {{DATE:6-9-1979}}  MRN {{MRN:MWHP-203314}}
OB: {{NAME:Helen Zabriskie}}, MD

31 y/o G2P2, 7 wks s/p SVD at {{FACILITY:Raritan Valley Birth Center}} on {{DATE:12/28/2010}}, baby boy {{NAME:Aarav}} 8 lb 2 oz, Apgars 8/9. Pregnancy c/b GDM A2 dx at 26 wks, on NPH 14u qhs + diet; stopped insulin at delivery. Also GDM in 1st pregnancy (2007).

Breastfeeding exclusively. Mood ok, EPDS 6. Husband {{NAME:Arvind}} home on paternity leave from {{FACILITY:Pharmalogic Systems}}.

BP 124/80. BMI 31.2 (pre-preg 29). Perineum healed.

75 g 2-hr OGTT ({{DATE:2/10/11}}): fasting 118, 2h 212 -> meets criteria for diabetes (DM2).
A1c 6.6.

Plan:
 - dx T2DM, discussed at length - pt tearful; mother and 2 uncles w/ DM in {{LOCATION:Chennai}}
 - metformin 500 qd w/ supper, titrate; compatible w/ breastfeeding
 - refer endocrine {{NAME:Mahmoud Rahimi}}, MD, {{FACILITY:Middlesex Endocrine Partners}} {{PHONE:732-555-0166}}
 - contraception: Mirena IUD today (lot TU0099X)
 - nutrition consult

{{NAME:H. Zabriskie}} MD`,

  `Record date: {{DATE:2011-08-30}}

{{FACILITY:MIDDLESEX ENDOCRINE PARTNERS}}
{{ADDRESS:2 Lincoln Hwy, Suite 210}}, {{LOCATION:Edison}}, NJ {{ZIP:08820}}

ENDOCRINOLOGY FOLLOW-UP
Patient: {{NAME:Venkataraman, Priya}}         DOB: {{DATE:06/09/1979}}
Date: {{DATE:08/30/2011}}                      Provider: {{NAME:Mahmoud Rahimi}}, MD

32F w/ T2DM dx postpartum {{DATE:Feb 2011}} after 2 GDM pregnancies. Initial visit {{DATE:3/22/11}}; metformin titrated to 1000 BID. Some GI upset on IR -> switched to XR 2000 qhs, better. Still nursing baby, 8 mo.

SMBG: fasting 100-115, post-dinner 140-160.
Works as QA analyst at {{FACILITY:Pharmalogic Systems}} in {{LOCATION:Piscataway}}, back full time since {{DATE:4/4}}. Walks at lunch.

Wt 168 -> 159 lb. BP 118/76.

Labs ({{DATE:8/23/11}}): A1c 6.1, LDL 121, TG 160, HDL 42, ALT 38, B12 412, UACR 9.
GAD-65 Ab neg, C-pep 2.8 (ruling out LADA).

A/P:
1. T2DM well controlled on metformin XR 2 g. Continue.
2. Dyslipidemia - lifestyle, recheck 6 mo; statin if planning no further pregnancies (pt undecided).
3. Mild ALT elevation - likely NAFLD; US liver.
4. Retinal exam - {{FACILITY:Oak Tree Eye Care}}.

Follow up 6 mo.
{{NAME:MR}}/{{NAME:sp}}   cc: {{NAME:Neha Jariwala}}, MD (PCP)`,

  `Record date: {{DATE:2012-03-12}}

{{FACILITY:Oak Tree Family Medicine}}  - Office Visit
Pt: {{NAME:Priya Venkataraman}}, 32 F   Acct# {{ACCOUNT:OTF-0082214}}
Provider: {{NAME:Neha Jariwala}}, MD

Reason: sore throat + annual

Sore throat 3 d, no fever, + rhinorrhea; rapid strep neg. Centor 1. Likely viral.

Chronic:
- T2DM - per Dr. {{NAME:Rahimi}}, A1c {{DATE:2/27/12}} 6.0 on metformin XR 2 g. Eye exam {{DATE:10/2011}} no retinopathy.
- NAFLD on US {{DATE:9/14/11}}, ALT now 29.
- s/p Mirena {{DATE:2/14/11}}.
- Vit D def - repleted.

Social: lives in {{LOCATION:Edison}} w/ husband + 2 boys ({{NAME:Rohan}} 5, {{NAME:Aarav}} 14 mo). In-laws visiting from {{LOCATION:Hyderabad}} for 6 months. Non-smoker. No EtOH.

Vitals: T 37.4  BP 116/74  HR 80  BMI 27.9
HEENT: mild pharyngeal erythema, no exudate. Nodes small.

Immunizations: flu {{DATE:10/5/11}} at {{FACILITY:Oak Tree Rd Pharmacy}}; Tdap {{DATE:11/2010}} (prenatal). Pneumovax 23 today given DM (lot M-55102).
Pap {{DATE:1/2011}} neg.

A/P: viral URI - supportive. T2DM - stable. HM - as above.
RTC 1 yr / prn.
{{NAME:N. Jariwala}}, MD`,

  `Record date: {{DATE:2012-11-05}}

{{FACILITY:MIDDLESEX ENDOCRINE PARTNERS}}
Result letter / phone note

{{DATE:November 5, 2012}}

{{NAME:Priya Venkataraman}}
{{ADDRESS:47 Whitman Ct}}
{{LOCATION:Edison}}, NJ {{ZIP:08817}}

Dear Ms. {{NAME:Venkataraman}},

Your blood tests from {{DATE:October 29, 2012}} are back:
  Hemoglobin A1c ........ 6.4% (was 6.0% last time)
  LDL cholesterol ....... 138 mg/dL
  Kidney (creatinine) ... 0.6, normal
  Urine microalbumin .... 12, normal
  Thyroid (TSH) ......... 3.9

Your A1c has risen a little. When we spoke by phone on {{DATE:11/2}} you mentioned you had stopped the metformin during the month you were in {{LOCATION:Bangalore}} for your father-in-law's surgery. Please restart metformin XR 2 tablets (1000 mg) with dinner and increase to 4 tablets after one week.

Since you told me you are not planning more pregnancies, I recommend starting atorvastatin 10 mg daily; the prescription was sent to your pharmacy ({{FACILITY:Menlo Park Drugs}}, fax {{FAX:732-555-0170}}).

We will repeat labs in 3 months. Please call {{PHONE:732-555-0166}} with any questions or use the portal.

Sincerely,
{{NAME:Mahmoud Rahimi}}, MD
Lic. NJ {{LICENSE:25MA08813400}}`,
  `Record date: {{DATE:2085-03-03}}

{{FACILITY:KILBOURN MEDICAL CENTER}} - KIDNEY TRANSPLANT CLINIC
Post-transplant visit #9

{{NAME:GRUENWALD, WALTER H.}}    MRN {{MRN:KMC-6620391}}    DOB {{DATE:05/17/2031}}
Transplant: LRD kidney {{DATE:01/06/2085}} from brother {{NAME:Dieter Gruenwald}} (HLA 1-haplo match). Surgeon {{NAME:Lorenzo Vitale}}, MD.
Native dz: IgA nephropathy (bx 2071).

53M, feeling well. Back to light duty as brewhouse supervisor at {{FACILITY:Menomonee Valley Brewing}} {{DATE:2/24}}. Wife {{NAME:Heidi}} does pillbox. No fever, dysuria, diarrhea. Incision healed. Tremor mild.

Immunosuppression: tacrolimus 3 mg BID (trough {{DATE:3/1}}: 8.9), MMF 750 BID, prednisone 5.
Ppx: valganciclovir 450 daily (D+/R-), TMP-SMX SS daily, nystatin done.
Other: amlodipine 5, pantoprazole 40, Ca/vit D.

BP 134/82. Wt 196. Graft nontender RLQ.

Labs:
           {{DATE:2/10}}   {{DATE:2/24}}   {{DATE:3/1}}
Cr          1.32    1.28    1.41
Tac         10.2    9.6     8.9
WBC         4.8     3.9     3.4
Mg          1.5     1.6     1.4
BK PCR      neg     --      neg
CMV PCR     neg     --      neg

A/P: slight Cr bump 1.28 -> 1.41, likely volume (hot kitchen at work, drinking less). Push fluids 3 L, repeat Cr {{DATE:3/6}}. WBC drifting - reduce valganciclovir? renally dosed ok, watch. Mg ox 400 BID.
Donor {{NAME:Dieter}} doing well per his f/u {{DATE:2/20/85}}.

{{NAME:Teresa Okonkwo-Laine}}, MD   Coord: {{NAME:Jill Pfaff}}, RN {{PHONE:414-555-0131}}`,

  `Record date: {{DATE:2085-07-21}}

{{FACILITY:KILBOURN MEDICAL CENTER}}  DEPARTMENT OF PATHOLOGY
RENAL ALLOGRAFT BIOPSY

Patient: {{NAME:Gruenwald, Walter H}}        MRN: {{MRN:KMC-6620391}}
Accession: {{ID:KS85-04417}}       Collected: {{DATE:07/18/2085 10:05}}     Reported: {{DATE:07/21/2085}}
Clinician: {{NAME:T. Okonkwo-Laine}}, MD

CLINICAL: 54M, LRD kidney {{DATE:1/6/85}}, Cr rose 1.3 -> 1.9 over 3 wks. DSA negative. BK plasma PCR 2,400 copies/mL.

SPECIMEN: Two cores, 16g, cortex and medulla.

MICROSCOPIC: 18 glomeruli, 1 globally sclerotic. Moderate interstitial inflammation (i2) with tubulitis (t2), predominantly in medulla. Scattered tubular epithelial cells with enlarged nuclei and smudgy basophilic inclusions. SV40 IHC: positive in ~4% of tubules (class 2). Arteries: no intimal arteritis (v0). PTC: ptc0. C4d IHC negative. Mild IF/TA (ci1, ct1). IgA stain: trace mesangial.

DIAGNOSIS:
- Polyomavirus (BK) nephropathy, PVN class 2 (Banff)
- No evidence of T-cell or antibody-mediated rejection
- Mild IF/TA
- Trace IgA deposits; no recurrent IgAN pattern

Comment: Discussed w/ Dr. {{NAME:Okonkwo-Laine}} by phone {{DATE:7/21/85 13:10}}.

Pathologist: {{NAME:Evgenia Malinowska}}, MD
Renal path fellow: {{NAME:Tobias Reinholt}}, MD`,

  `Record date: {{DATE:2085-12-09}}

{{FACILITY:KMC}} INPATIENT - TRANSPLANT NEPHROLOGY CONSULT / ADMISSION
{{NAME:Walter Gruenwald}}   {{MRN:KMC-6620391}}   {{FACILITY:Wauwatosa 8}} rm 817
adm {{DATE:12/8/85}} from {{FACILITY:KMC}} ED

54 y/o LRD KTx ({{DATE:1/6/85}}), BKVN dx'd {{DATE:7/2085}} (MMF stopped, tac lowered; BK now 600). Off valgan since {{DATE:7/6}} (6 mo ppx done). 5 days fever to 39.2, diarrhea 6-8x/d, fatigue. Wife {{NAME:Heidi}} says he "looked gray". Coworkers at brewery had stomach bug.

Exam: T 38.6, HR 104, BP 108/64. Dry mucosa. Abd soft, mild diffuse tenderness. Graft nontender.
Labs: WBC 2.6, ALC 0.3, plt 118, Cr 2.2 (baseline 1.6), AST 88, ALT 102.
CMV PCR 48,000 IU/mL. C diff neg. Norovirus neg. Flu/COVID neg.

A/P:
1. CMV syndrome, likely GI involvement - IV ganciclovir 2.5 mg/kg q12 (renal dose), GI for scope to r/o tissue invasive dz. Repeat PCR weekly.
2. AKI on graft - prerenal + possible CMV, IVF. Tac trough in AM.
3. Leukopenia - hold TMP-SMX; switch to atovaquone.
4. Immunosuppression: tac only + pred 5 (MMF already off).

Brother {{NAME:Dieter}} called, asked for update; pt consented to share.

{{NAME:Yusuf Abdirahman}}, MD (transplant fellow) / {{NAME:Okonkwo-Laine}}
pgr {{PHONE:414-555-0188}}`,

  `Record date: {{DATE:2086-06-16}}

{{FACILITY:Kilbourn Transplant Clinic}} - 18 month / annual
{{NAME:Walter Gruenwald}}, 55M, DOB {{DATE:5/17/31}}

Interval: CMV treated ({{DATE:Dec '85}}), PCR undetectable since {{DATE:1/14/86}}; secondary ppx finished {{DATE:4/15}}. BK cleared {{DATE:3/2086}}. Back at {{FACILITY:Menomonee Valley Brewing}} full time. Summer vacation planned at cabin near {{LOCATION:Minocqua}} - discussed sunscreen, skin checks. Derm (Dr. {{NAME:Sadowski}}) removed 1 AK from scalp {{DATE:5/2}}.

Meds: tacrolimus XR (Envarsus) 4 mg daily (trough 6.1), prednisone 5, azathioprine 50 (added {{DATE:2/2086}} in place of MMF), amlodipine 5, Ca/D.

BP 128/80. Wt 204.
Cr 1.55, eGFR 52. UPCR 0.2. DSA neg. BK neg. CMV neg. A1c 5.9.

A/P:
- graft function stable, new baseline 1.5-1.6
- PTDM screen: A1c 5.9 - watch, diet
- annual derm, colonoscopy due (age 45+; last 2081)
- vaccines: Shingrix series done; PCV20 today
- donor brother {{NAME:Dieter Gruenwald}} 1-yr donor f/u completed at our center ({{DATE:1/10/86}}): Cr 1.1, BP ok

Coordinator {{NAME:J. Pfaff}} RN will send tac lab orders to {{FACILITY:West Allis Patient Service Center}}.
RTC 3 mo.  -- {{NAME:T. Okonkwo-Laine}} MD`,

  `Record date: {{DATE:2079-02-19}}

{{FACILITY:Three Rivers Senior Health}} - Geriatrics Office Visit
{{ADDRESS:2700 Liberty Avenue, Suite 110}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15222}}

Patient: {{NAME:Shirley M. Abernathy}}    DOB: {{DATE:07/04/1984}}    Age: {{AGE:94}}
Provider: {{NAME:Vincent Pagliaro}}, DO
With daughter {{NAME:Carol Huston}} (HCP), who lives in {{LOCATION:Bethel Park}}.

Problems: HFpEF, AF (rate-controlled, no anticoag - prior GI bleed 2076), CKD 3b, OA, mild NCD, macular degeneration, hearing loss (hearing aids).

Lives alone in same house in {{LOCATION:Bloomfield}} for 62 years; meals from {{FACILITY:Polish Hill Meals on Wheels}} M-F. Aide 3x/wk from {{FACILITY:Steel City Home Aides}}. Walks w/ rollator.

Concern today: daughter notes more SOB and "legs like tree trunks." Pt says she's "fine, just old."

Vitals: BP 146/64, HR 84 irregular, SpO2 94%, wt 149 (141 on {{DATE:12/2/78}}).
JVP 12. Crackles bases. 3+ edema to knees.

Assessment/Plan:
1. HFpEF exacerbation - furosemide 20 -> 40 BID x 3 d, then 40 daily. BMP Fri.
2. Daily weights - daughter to call {{PHONE:412-555-0124}} if >152.
3. Goals: pt clear she'd go to hospital "if it's something they can fix" but no ICU/intubation. POLST updated: DNR, limited interventions.

{{NAME:V. Pagliaro}}, DO`,
  `Record date: {{DATE:2079-08-04}}

{{FACILITY:MOUNT WASHINGTON PRESBYTERIAN HOSPITAL}}
DISCHARGE SUMMARY

{{NAME:ABERNATHY, SHIRLEY M}}          MRN {{MRN:MWP-00417726}}        AGE {{AGE:95}}
ADMIT {{DATE:07/29/2079}}    DISCHARGE {{DATE:08/04/2079}}    UNIT: {{FACILITY:McKEESPORT PAVILION 5}}
ATTENDING: {{NAME:HANNAH YOUNGBLOOD}}, MD     PCP: {{NAME:VINCENT PAGLIARO}}, DO

DIAGNOSES: Acute on chronic HFpEF; AF w/ RVR; AKI on CKD 3b; hypoNa (128); delirium, hyperactive, resolved.

COURSE: Brought by EMS after aide found her confused and dyspneic. IV furosemide 40 BID -> net -6.1 L. AF rates 130s controlled w/ metoprolol 50 BID + digoxin 0.125 (level 0.8 on {{DATE:8/2}}). Anticoag readdressed - declined again (GI bleed hx, falls). Delirium managed nonpharmacologically, daughter at bedside nights. Cr peak 2.1 -> 1.6. Na 128 -> 134 w/ fluid restriction.

PT/OT: needs 24h supervision. Pt refused SNF ("I'll die in my own bed"). Daughter {{NAME:Carol Huston}} arranged to stay w/ her 2 wks + added home aide hours. Home health via {{FACILITY:Three Rivers VNA}}; scale + pulse ox provided.

DISCHARGE MEDS: furosemide 40 daily, metoprolol tart 50 BID, digoxin 0.125 every other day, KCl 10 daily, acetaminophen 650 TID, melatonin 3 qhs. STOP amlodipine.

F/U Dr. {{NAME:Pagliaro}} {{DATE:8/11/79}}; labs {{DATE:8/8}} (home draw).
POLST: DNR / limited.

{{NAME:H. Youngblood}}, MD   {{DATE:08/04/2079 13:55}}   job {{ID:MW-229104}}`,

  `Record date: {{DATE:2079-08-20}}

{{FACILITY:three rivers vna}} - SN home visit
pt: {{NAME:abernathy shirley}}   addr {{ADDRESS:4815 Cypress St}}, {{LOCATION:Pgh}} {{ZIP:15224}}   visit 4 of 9
SOC {{DATE:8/5/79}}   MD {{NAME:Pagliaro}} ph {{PHONE:412-555-0120}}

pt sitting in recliner, alert, oriented x2 (thinks it's spring), pleasant. daughter {{NAME:Carol}} went home to {{LOCATION:Bethel Park}} on Sat, aide {{NAME:Imani}} here 9a-3p now, niece {{NAME:Tracy Bollinger}} stays overnights.

wt 139.8 (d/c wt 140.6). no SOB at rest, DOE w/ rollator to bathroom. 1+ edema ankles (improved). lungs diminished bases, no crackles.
BP 118/58  AP 76 irreg  RR 18  SpO2 95% RA

meds: pillbox set up by niece, 1 missed PM dose (melatonin). digoxin every other day - confusing; made calendar for fridge.
labs drawn today for BMP, dig level -> {{FACILITY:MWP}} lab.

skin: intact, heels offloaded.
fall risk high - bed alarm? pt declined. lifeline pendant in place.

teaching: daily wt, low salt (pt eats canned soup - discussed), when to call.
plan: next visit {{DATE:8/24}}. will notify MD of labs.

{{NAME:Krista Voytek}}, RN  {{DATE:8/20/79 1140}}`,

  `Record date: {{DATE:2080-01-07}}

{{FACILITY:ALLEGHENY RIDGE HOSPICE}}
HOSPICE ADMISSION - PHYSICIAN CERTIFICATION / NARRATIVE

Patient: {{NAME:Shirley Mae Abernathy}}   DOB {{DATE:7/4/1984}}   {{AGE:95}} yo F
Hospice ID: {{MRN:ARH-20-0031}}   Medicare beneficiary ID: {{HEALTH_PLAN:4TR7-KD2-MX19}}
Attending of record: {{NAME:Vincent Pagliaro}}, DO     Hospice MD: {{NAME:Olufemi Adebayo-Kern}}, MD
Level of care: routine home   Location: pt's home, {{LOCATION:Bloomfield}}

Narrative: {{AGE:95}} y/o woman w/ end-stage HFpEF (NYHA IV), permanent AF, CKD 4 (Cr 2.3 on {{DATE:12/30/79}}), PPS 30%. Three hospitalizations since {{DATE:Aug 2079}} (last {{DATE:12/22-12/28/79}} at {{FACILITY:Mt Washington Presby}}), diuretic resistance, now bedbound most of day, intake <25% of meals, wt 128 (149 in {{DATE:Feb 2079}}). Dyspnea at rest. Pt and daughter/HCP {{NAME:Carol Huston}} elect comfort-focused care; decline further admissions.

Prognosis: 6 months or less if the disease runs its normal course.

Plan of care:
- morphine oral soln 2.5-5 mg q2h prn dyspnea
- furosemide 40 BID oral, metolazone prn wt gain
- stop digoxin, KCl, statin
- hospital bed + O2 concentrator ({{FACILITY:Keystone Home Medical}}, serial {{DEVICE:KHM-OC5-118833}})
- chaplain: Presbyterian, pastor Rev. {{NAME:Alan McCready}}
- RN {{NAME:Joanne Szymanski}} primary; on-call {{PHONE:412-555-0199}}

{{NAME:O. Adebayo-Kern}}, MD   {{DATE:1/7/2080}}`,

  `Record date: {{DATE:2067-03-21}}

{{FACILITY:Michigan Avenue Family Practice}}
Office visit

Patient {{NAME:Khalid Haddad}}     DOB {{DATE:10/01/2009}}     MRN {{MRN:MAFP-43092}}
Dr. {{NAME:Rania Khoury}}   (visit conducted in Arabic per pt preference)

57M DM2 (dx 2058), HTN, HLD, BMI 33, smoker 1 ppd. Works 2nd shift press line at {{FACILITY:Rouge River Stamping}}. Wife {{NAME:Samira}} here.

CC: chest pressure walking up stairs to 2nd floor apt x 3 wks, relieved w/ rest ~5 min. Also w/ lifting dies at work. No rest pain. Plans to fast next month.

Meds: metformin 1000 BID, glimepiride 4, losartan 50, atorvastatin 20 (takes "some days").

BP 152/94  HR 88  Wt 232
Heart RRR, no murmur. Lungs clear. Pulses 2+.
ECG: NSR, Q waves III/aVF, nonspecific ST-T.
A1c 9.2. LDL 148. Cr 1.0.

A/P:
1. Typical angina, high pretest prob - ASA 81, SL NTG, metoprolol succ 25, atorva 80. Urgent cardiology: Dr. {{NAME:Stephen Wozniak}}, {{FACILITY:Fairlane Heart Center}} - appt {{DATE:3/24/67}}. ED precautions reviewed (w/ daughter {{NAME:Layla}} translating by phone).
2. DM2 uncontrolled - add empagliflozin 10; stop glimepiride during fasting; fasting plan given.
3. Tobacco - varenicline; quitline referral.
4. Work: light duty note, no heavy lifting until cleared.

{{NAME:R. Khoury}}, MD`,

  `Record date: {{DATE:2067-04-02}}

{{FACILITY:DEARBORN RIVERSIDE HOSPITAL}} - CARDIAC CATHETERIZATION REPORT

Patient: {{NAME:HADDAD, KHALID}}   MRN: {{MRN:DRH-5509218}}   Case #: {{ID:CX67-0881}}
Date: {{DATE:04/02/2067}}   Operator: {{NAME:Stephen J. Wozniak}}, MD   Fellow: {{NAME:Li-Wen Tsai}}, MD
Referring: {{NAME:Rania Khoury}}, MD

Indication: CCS class III angina, abnl stress (SPECT {{DATE:3/28/67}}: large inferior + lateral ischemia, TID 1.3).

Access: R radial 6 Fr. TR band.
Hemodynamics: Ao 148/84, LVEDP 22.

Coronaries: right dominant.
 LM: normal.
 LAD: 50% prox, 70% mid at D2 (iFR 0.86).
 LCx: 90% prox OM1, 80% distal.
 RCA: 100% mid occlusion w/ L-to-R collaterals (Rentrop 2).
LV gram: EF 45%, inferior hypokinesis.

SYNTAX score 27. Diabetic, 3VD.

Impression: severe 3-vessel CAD, diabetic. Heart team discussion recommended -> CABG favored (FREEDOM).

Plan: CT surgery consult Dr. {{NAME:Alistair Nakamura-Brooks}}; continue ASA, high-intensity statin; hold metformin 48 h post contrast; no clopidogrel load pending surgery.
Results d/w pt, wife {{NAME:Samira}}, and son {{NAME:Yousef}}.

{{NAME:S. Wozniak}}, MD, FSCAI   {{DATE:4/2/2067 11:32}}`,

  `Record date: {{DATE:2067-09-15}}

{{FACILITY:FAIRLANE HEART CENTER}} CARDIAC REHABILITATION - PHASE II DISCHARGE NOTE
Participant: {{NAME:Khalid Haddad}}   DOB {{DATE:10/1/09}}   Referral dx: CABG x4 ({{DATE:4/11/2067}}, {{FACILITY:DRH}}, Dr {{NAME:Nakamura-Brooks}})

Sessions: 34 of 36, {{DATE:5/15/67}} - {{DATE:9/12/67}}. Missed 2 during family travel to {{LOCATION:Windsor}}.

Functional capacity: entry 4.8 METs -> exit 8.1 METs (treadmill, 3.5 mph 6% grade). Peak HR 128, no angina, no arrhythmia on telemetry.
Resting BP entry 144/90 -> exit 126/78.
Wt 232 -> 214 lb. Waist 44 -> 41 in.
PHQ-9: 11 -> 5. Attended 6 nutrition classes w/ {{NAME:Nadia Bazzi}}, RD (Arabic).
Tobacco: quit {{DATE:3/30/67}} - confirmed CO 3 ppm.
A1c {{DATE:9/1/67}}: 7.0.

Return to work: cleared by Dr. {{NAME:Wozniak}} for full duty at {{FACILITY:Rouge River Stamping}} {{DATE:Aug 28}}, lifting limit removed 12 wks post-op.

Home program: walk 40 min 5x/wk, resistance bands 2x/wk; enrolled in maintenance at {{FACILITY:Greenfield Wellness Center}}.

Exercise physiologist: {{NAME:Marcus Delacroix}}, MS, CEP
Medical director: {{NAME:Stephen Wozniak}}, MD`,

  `Record date: {{DATE:2068-05-30}}

{{FACILITY:MAFP}} -- f/u DM/HTN/CAD
{{NAME:HADDAD, KHALID}}  58M

Doing well. No angina since CABG. Walking daily at the park w/ wife. Back full shifts. Smoke-free 14 mo. Fasted w/ no lows using the plan.

Meds: ASA 81, atorva 80, metoprolol succ 50, losartan 50, metformin 1000 BID, empagliflozin 25, semaglutide 1 mg weekly (added {{DATE:12/2067}}).

BP 128/76 HR 62  Wt 206  BMI 29.3
sternotomy well healed. L leg harvest site ok.

Labs {{DATE:5/23/68}}: A1c 6.6, LDL 58, TG 140, Cr 1.0, UACR 40, ALT 24.

A/P:
1. CAD s/p CABG - stable; echo per Dr {{NAME:Wozniak}} {{DATE:Oct 2068}}.
2. DM2 - at goal. Microalbuminuria -> inc losartan 100.
3. Retinal exam: referral {{FACILITY:Warren Ave Eye Associates}} ({{DATE:6/14/68}}).
4. Needs Shingrix, PPSV23 -> given today.
5. Son {{NAME:Yousef}} (29) asked about own risk - advised screening w/ his PCP.

Next visit 4 mo.
{{NAME:Rania Khoury}}, MD   {{NAME:RK}}/{{NAME:dh}}`,
  `Record date: {{DATE:2091-02-05}}

{{FACILITY:WHALING CITY KIDNEY ASSOCIATES}}
New Patient Consultation

Patient: {{NAME:Rosemary C. Quintal}}   DOB: {{DATE:12/12/2019}}   MRN: {{MRN:WCK-30177}}
Referred by: {{NAME:Abigail Corrigan}}, NP ({{FACILITY:Acushnet Avenue Health Center}})
Interpreter: Portuguese, {{NAME:Fatima Sousa}} (in person)

Reason: CKD, Cr 1.9 (eGFR 27) on {{DATE:1/16/91}}, up from 1.4 in 2089.

HPI: 71F w/ HTN x 30 yrs, gout, OA, hx nephrolithiasis. Worked 35 yrs cutting fish at {{FACILITY:Harbor Fish Processing}}. Widowed; lives w/ granddaughter {{NAME:Jessica Medeiros}} on {{ADDRESS:Bonney Street}}. Takes naproxen "most days" for knees and indomethacin for gout flares. Nocturia. No gross hematuria.

Meds: HCTZ 25, amlodipine 10, allopurinol 300, naproxen 500 BID, omeprazole 20.

BP 162/88 (repeat 158/84). No edema. No bruits.

Data: UA SG 1.010, 1+ prot, no RBC. UPCR 0.6. Uric acid 8.9. K 5.0. Hgb 11.3.
Renal US ({{FACILITY:BGH}} {{DATE:1/25/91}}): R 9.1, L 8.8 cm, thin cortex, no stones, no hydro.

Impression: CKD 4 likely HTN nephrosclerosis + NSAID nephropathy; PPI may contribute (AIN less likely).
Plan:
 1. STOP naproxen, indomethacin. Tylenol + topical diclofenac.
 2. Allopurinol 300 -> 100 (renal), titrate to UA <6.
 3. HCTZ -> chlorthalidone 12.5; add losartan 25 if K allows.
 4. Switch omeprazole -> famotidine 20.
 5. Labs 2 wk, RTC 3 mo.

{{NAME:Eduardo Pimentel}}, MD   Tel {{PHONE:508-555-0157}}`,

  `Record date: {{DATE:2091-07-13}}

{{FACILITY:WCKA}} - Telephone Encounter

Pt: {{NAME:QUINTAL, ROSEMARY}}   DOB {{DATE:12/12/19}}
Spoke with: granddaughter {{NAME:Jessica}} ({{PHONE:774-555-0108}}), pt on speaker, consent on file.
Time: 16:05

Labs from {{FACILITY:Buttonwood General}} drawn {{DATE:7/11/91}}: K 6.0 (H), Cr 2.0, CO2 18, glucose 98.
Prior K {{DATE:5/30/91}} 5.3 after losartan 25 added {{DATE:5/2}}.

Diet review with {{NAME:Jessica}}: grandma has been eating lots of bananas + tomatoes from neighbor's garden, also using "NoSalt" salt substitute (KCl!) because we told her to cut salt. No weakness, no palpitations.

Per Dr. {{NAME:Pimentel}}:
 - STOP salt substitute
 - hold losartan until recheck
 - Lokelma 10 g daily x 3 d (Rx to {{FACILITY:Pharmacia Acoriana}})
 - low K diet sheet (Portuguese version) mailed to {{ADDRESS:211 Bonney St, Apt 2}}, {{LOCATION:New Bedford}} {{ZIP:02740}}
 - repeat BMP {{DATE:Mon 7/16}}
 - if K > 6.5 or symptoms -> ED

{{NAME:Jessica}} read back plan.

{{NAME:Lorraine Furtado}}, RN   / reviewed {{NAME:E. Pimentel}} MD`,

  `Record date: {{DATE:2092-01-22}}

{{FACILITY:Whaling City Kidney}} - f/u
{{NAME:Quintal, Rosemary}}  72 F   MRN {{MRN:WCK-30177}}

Seen w/ granddaughter. Interpreter {{NAME:Manuel Rego}} (video, ID# {{ID:INT-44192}}).

Since the hyperK in summer: off salt sub, losartan restarted 12.5 with patiromer 8.4 g daily -> K ok. Gout flare {{DATE:11/30/91}} L ankle treated by Dr. {{NAME:Azevedo}} (urgent care) w/ prednisone. Feels tired. Knees hurt more off naproxen.

BP 138/78. Wt 147. Trace edema.

Trend:
              {{DATE:2/19/91}}   {{DATE:7/16/91}}   {{DATE:10/8/91}}   {{DATE:1/15/92}}
 Cr             1.8       1.9       1.9       2.1
 eGFR           28        26        26        24
 K              4.8       5.4       4.9       5.1
 CO2            20        19        21        20
 Hgb            11.0      10.8      10.4      10.1
 UPCR           0.6       --        0.5       0.5
 Uric acid      8.1       --        6.4       5.9

Assessment: CKD 4 slowly progressing. Anemia of CKD + ? iron def.
Plan:
 - iron studies; ferric citrate if low (also binds Phos)
 - add empagliflozin 10
 - Na bicarb 650 BID
 - discuss RRT options next visit; pt & family lean toward conservative care (pt: "No machine.")
 - RTC 3 mo.

{{NAME:E. Pimentel}}, MD`,

  `Record date: {{DATE:2092-09-09}}

{{FACILITY:ACUSHNET AVENUE HEALTH CENTER}}
Adult Primary Care Visit

{{NAME:Rosemary Quintal}}  DOB {{DATE:12-12-2019}}   acct {{ACCOUNT:AAHC-771940}}
Provider: {{NAME:Abigail Corrigan}}, NP     MA: {{NAME:Keila Rosario}}

72 y/o F, CKD 4 (eGFR 21 {{DATE:8/25/92}}), HTN, gout, OA, anemia. Conservative kidney management chosen ({{DATE:4/2092}} w/ Dr {{NAME:Pimentel}}); MOLST done.

Today: med reconciliation after granddaughter {{NAME:Jessica}} found "old pills" in cabinet. Brown bag review:
 - naproxen (OTC) - DISCARDED, pt understands
 - chlorthalidone 12.5  - taking
 - amlodipine 10 - taking
 - losartan 12.5 - taking
 - patiromer 8.4 g - taking
 - empagliflozin 10 - taking
 - allopurinol 100 - taking
 - ferric citrate 1 g TID w/ meals - takes 1x/day only
 - famotidine 20 - taking
 - old HCTZ bottle from 2090 - DISCARDED

Vitals: BP 142/80, HR 72, Wt 144. Falls: none.
PHQ-2 neg. Hearing worse - audiology referral {{FACILITY:SouthShore Hearing}} in {{LOCATION:Fairhaven}}.

Plan: pillbox w/ {{FACILITY:Pharmacia Acoriana}} blister packs; flu vaccine today (lot FL2209); f/u Dr. {{NAME:Pimentel}} {{DATE:Oct 6}}.

{{NAME:A. Corrigan}}, NP`,

  `Record date: {{DATE:2016-01-12}}

{{FACILITY:PRAIRIE LAKES VASCULAR INSTITUTE}}
{{ADDRESS:4100 S. Louise Ave, Ste 300}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57106}}

VASCULAR SURGERY CONSULT
Patient: {{NAME:Dwayne Ostergaard}}     DOB: {{DATE:02/20/1956}}     MRN: {{MRN:PLV-18844}}
Date: {{DATE:01/12/2016}}     Surgeon: {{NAME:Karin Lindqvist}}, MD
Referring: {{NAME:Thomas Two Bulls}}, MD, {{FACILITY:Minnehaha Family Medicine}}

59 y/o M, corn and soybean farmer near {{LOCATION:Colton}}, DM2 x 15 yrs (A1c 9.4), HTN, 40 pk-yr smoker (still 1/2 ppd), with nonhealing ulcer R 1st toe x 7 wks after new boots during harvest. Wife {{NAME:Janelle}} has been doing dressing changes.

Claudication R calf at 1 block x 1 yr - "thought it was age."

Exam: R 1st toe dorsal ulcer 1.2 x 0.8 cm, pale base, no probe-to-bone. Dependent rubor R foot. Femoral pulses 2+ bilat; popliteal R faint; DP/PT R absent (doppler monophasic), L DP 1+.

Noninvasive ({{DATE:1/5/16}}, {{FACILITY:ERRMC}} vasc lab):
 ABI R 0.48 (noncompressible TP?), L 0.81
 TBI R 0.21, L 0.55; R toe pressure 32 mmHg
 Duplex: R SFA occlusion mid to distal, reconstitutes at AK pop.

WIfI: W1 I2 fI0 -> stage 3.

Plan: R leg angiogram + possible SFA intervention {{DATE:1/19/16}}. Smoking cessation is critical - referred to SD QuitLine; pt agreeable to patches. High-intensity statin, ASA. Wound care {{FACILITY:Big Sioux Wound Center}}.

{{NAME:K. Lindqvist}} MD / {{NAME:kl}}:{{NAME:tsb}}`,
  `Record date: {{DATE:2016-01-19}}

{{FACILITY:EAST RIVER REGIONAL MEDICAL CENTER}}
PERIPHERAL VASCULAR INTERVENTION - OPERATIVE NOTE

Pt: {{NAME:OSTERGAARD, DWAYNE L}}    MRN {{MRN:ER-00662190}}    Visit {{ACCOUNT:V16011900447}}
DOS: {{DATE:01/19/2016}}
Surgeon: {{NAME:Karin Lindqvist}}, MD     Anesthesia: MAC ({{NAME:P. Hollenbeck}}, CRNA)

Preop dx: R leg CLTI w/ toe ulcer (WIfI 3), R SFA occlusion.
Procedure: L CFA access, aortogram w/ bilateral runoff, up-and-over to R, R SFA CTO crossing, PTA + stent, DCB of R AT.

Findings:
- aortoiliac: mild disease, no stenosis
- R SFA: 18 cm occlusion from mid to distal, reconstitution at AK popliteal
- R AT: 70% prox; PT occluded; peroneal patent to ankle
- L SFA 40%, runoff 3 vessels

Intervention: crossed SFA w/ 0.035 Glidewire + CXI catheter. PTA 5 x 150 mm. Stented w/ Supera 5.5 x 150 and 5.5 x 60. R AT PTA 3 x 120 then DCB. Final: inline flow to foot via AT, brisk.
Closure: Angio-Seal 6 Fr L CFA.

EBL 50 mL. Contrast 110 mL. Fluoro 22 min. No complications.

Plan: ASA + clopidogrel x 3 mo; atorva 80. Bedrest 2 h. D/c tomorrow if Cr stable (baseline 1.1). Wound clinic {{DATE:1/26}}. Duplex 1 mo.
Spoke w/ wife {{NAME:Janelle Ostergaard}} in family waiting.

{{NAME:K. Lindqvist}}, MD   {{DATE:1/19/2016 15:48}}`,

  `Record date: {{DATE:2016-06-07}}

{{FACILITY:Big Sioux Wound Center}} - progress note wk 18
{{NAME:Dwayne Ostergaard}}  60M   DOB {{DATE:2/20/56}}
Wound RN: {{NAME:Shauna Vetter}}, RN, CWOCN    Provider: {{NAME:Anders Holm}}, DPM

R hallux ulcer s/p SFA stent/AT PTA ({{DATE:1/19/16}}, Dr {{NAME:Lindqvist}}).
Weekly measurements:
   {{DATE:4/26}}   1.0 x 0.6 x 0.2
   {{DATE:5/10}}   0.7 x 0.5 x 0.1
   {{DATE:5/24}}   0.4 x 0.3 x 0.1
   {{DATE:6/7}}    0.2 x 0.2 x <0.1  - 90% epithelialized

Periwound callus debrided (sharp, selective, 97597). No infection. Toe pressure R now 64 mmHg ({{DATE:5/3/16}}).

Pt planting season - was in the tractor 14 h/day, wearing offloading shoe "most of the time." Quit smoking {{DATE:2/14}}! ({{NAME:Janelle}} confirms). A1c {{DATE:5/20}} 7.8 down from 9.4.

Plan:
- continue collagen + foam, change 3x/wk by wife
- custom extra-depth shoes + inserts: order to {{FACILITY:Dakota Orthotics & Prosthetics}}, Medicare DME; PCP cert signed by Dr. {{NAME:Two Bulls}}
- recheck 2 wks ({{DATE:6/21}})
- duplex surveillance {{DATE:7/2016}} at {{FACILITY:Prairie Lakes Vascular}}

{{NAME:A. Holm}}, DPM   {{PHONE:605-555-0137}}`,

  `Record date: {{DATE:2017-03-28}}

{{FACILITY:Minnehaha Family Medicine}} - {{NAME:Two Bulls}}
PT NAME: {{NAME:Ostergaard, Dwayne}}   61 yo   MRN {{MRN:MFM-0041187}}
Visit: DM 3 mo / prior auth paperwork

Healed R hallux ulcer (closed {{DATE:6/28/16}}). Duplex {{DATE:1/10/17}} patent SFA stent, no ISR. Claudication gone - walking the section line 2 mi.
Smoke free since {{DATE:2/2016}}. Gained 12 lb since quitting.

Glucose log: AM 110-160. Had one low 58 after fixing fence all day, on glipizide.
A1c {{DATE:3/21/17}} 7.2. Cr 1.2. eGFR 62. UACR 110. LDL 64.

Meds: metformin 1000 BID, glipizide 10 BID, lisinopril 20, atorva 80, ASA 81, clopidogrel (finished), nicotine lozenge prn.

BP 134/82, BMI 32.1. Feet: healed hallux, callus L 5th met head - pared. Monofilament absent both great toes.

A/P:
1. DM2 - stop glipizide (hypo + farm work). Start semaglutide 0.25 -> 0.5 weekly; PA to Prairie Health Plan submitted (member {{HEALTH_PLAN:DKC448210733}}, ref {{ID:PA17-33092}}).
2. Albuminuria - lisinopril 40.
3. PAD - continue ASA/statin, annual duplex.
4. Feet - podiatry q3mo at {{FACILITY:Big Sioux Wound Center}}.
5. Wife {{NAME:Janelle}} (58) due for her own physical - scheduled {{DATE:4/11}}.

{{NAME:Thomas Two Bulls}}, MD
{{FACILITY:Minnehaha Family Medicine}}, {{ADDRESS:812 W. 41st St}}, {{LOCATION:Sioux Falls}} SD {{ZIP:57105}}`,

  `Record date: {{DATE:2074-03-18}}

{{FACILITY:CAPITOL REGION MEDICAL CENTER}}
NEPHROLOGY INPATIENT CONSULT

Pt: {{NAME:Lucille Baptiste}}   MRN {{MRN:CR-9931704}}   Rm 7W-14   DOB {{DATE:8/15/2045}}
Requesting: {{NAME:Graham Whitcomb}}, MD (hospitalist)
Consultant: {{NAME:Miriam Castellano}}, MD

Reason: proteinuria + rising Cr in young woman w/ SLE

HPI: 28F, paralegal at {{FACILITY:Bushnell & Pryor LLP}}, SLE dx 2071 (malar rash, arthritis, ANA 1:1280, dsDNA+), on HCQ only, followed by Dr. {{NAME:Nathaniel Osei}} (rheum). Admitted {{DATE:3/16}} w/ 3 wk of facial + leg swelling, foamy urine, BP 170s. Mother {{NAME:Marie-Claude Baptiste}} at bedside; family from {{LOCATION:Cap-Haitien}}, pt born in {{LOCATION:Hartford}}.

Labs: Cr 1.6 (0.7 in {{DATE:Oct 2073}}), UPCR 4.8 g/g, alb 2.1, C3 42, C4 6, dsDNA 410, UA 25-50 RBC, dysmorphic, RBC casts. Hgb 9.6, plt 132. APL Ab pending.

Exam: BP 168/102, 3+ LE edema, periorbital edema, oral ulcer on palate.

Impression: active lupus nephritis, likely class III/IV ± V; nephrotic-range proteinuria.
Recs:
 1. Renal biopsy {{DATE:3/19}} (IR) - hold SQ heparin AM of bx
 2. Methylpred 500 mg IV daily x 3 -> pred 0.5 mg/kg taper
 3. Losartan 25, furosemide 40 IV BID
 4. Pending bx: induction MMF vs low-dose CYC + belimumab/voclosporin - d/w rheum
 5. Contraception counseling (MMF teratogenic)

{{NAME:M. Castellano}} MD   pager {{PHONE:860-555-0190}}`,

  `Record date: {{DATE:2074-03-22}}

{{FACILITY:CRMC}} PATHOLOGY - RENAL BIOPSY REPORT
Name: {{NAME:BAPTISTE, LUCILLE}}     MRN: {{MRN:CR-9931704}}
Accession: {{ID:RB-74-0219}}          Procedure date: {{DATE:03/19/2074}}
Submitting: {{NAME:M. Castellano}}, MD / IR: {{NAME:Devon Amankwah}}, MD

LIGHT MICROSCOPY: 24 glomeruli, 0 global sclerosis. 14/24 (58%) show endocapillary hypercellularity; 3 cellular crescents; 2 segmental fibrinoid necrosis; wire loops. Interstitial inflammation 15%. IF/TA <10%. Arterioles unremarkable.

IMMUNOFLUORESCENCE: "full house" - IgG 3+, IgA 2+, IgM 2+, C3 3+, C1q 3+, granular capillary wall + mesangial.

ELECTRON MICROSCOPY: abundant subendothelial and mesangial deposits, scattered subepithelial deposits; tubuloreticular inclusions. Extensive foot process effacement (~70%).

DIAGNOSIS:
Lupus nephritis, ISN/RPS class IV-G (A) + class V.
NIH activity index 11/24; chronicity index 1/12.

Comment: Findings discussed with Dr. {{NAME:Castellano}} and Dr. {{NAME:Osei}} {{DATE:3/22/74 16:30}}.

{{NAME:Ravindra Kulkarni}}, MD, Renal Pathology
{{FACILITY:CRMC}} Dept of Pathology, {{ADDRESS:80 Seymour Street}}, {{LOCATION:Hartford}} CT {{ZIP:06102}}`,

  `Record date: {{DATE:2074-09-09}}

Rheumatology f/u - {{FACILITY:CRMC Lupus Clinic}}
{{NAME:Baptiste, Lucille}} 29F   DOB {{DATE:08-15-2045}}

LN class IV+V ({{DATE:3/2074}}). Induction: MMF 1.5 g BID + belimumab 10 mg/kg IV q4wk (started {{DATE:4/2/74}}) + pred taper, now pred 5. HCQ 300 (eye exam {{DATE:6/3/74}} normal, Dr. {{NAME:Farrah Nguyen}}).

Feels much better. Back at work 4 days/wk. Rash gone, no arthritis. Hair shedding less. One UTI {{DATE:7/2074}}.

Contraception: Nexplanon placed {{DATE:4/1/74}} at {{FACILITY:Asylum Hill Women's Clinic}}.

Labs {{DATE:9/2/74}}:
 Cr 0.9   UPCR 0.9   alb 3.6
 C3 88  C4 17   dsDNA 60
 WBC 4.1  Hgb 11.9  plt 201
 UA 0-2 RBC

Assessment: partial renal response at 6 mo, trending toward complete. Serologically improving.
Plan:
 - continue MMF + belimumab, pred 5 -> 2.5 in 1 mo
 - DEXA (steroid); Ca/D
 - pneumococcal + flu vaccine today; no live vaccines
 - Mom {{NAME:Marie-Claude}} asked re: family screening - sister {{NAME:Nadège}} has joint pain; advised PCP eval
 - RTC 3 mo; nephro Dr {{NAME:Castellano}} {{DATE:Oct 14}}

{{NAME:Nathaniel Osei}}, MD   {{FACILITY:CRMC}} Rheumatology, {{PHONE:860-555-0149}}`,

  `Record date: {{DATE:2075-05-02}}

{{FACILITY:CRMC}} Nephrology clinic  -  {{NAME:Castellano}}
{{NAME:LUCILLE BAPTISTE}}, 29F, LN IV+V

Interval: complete renal response by {{DATE:1/2075}} (UPCR 0.3). Pred off {{DATE:2/20/75}}. MMF 1 g BID, belimumab q4wk, HCQ 300, losartan 50. Only issue: wants pregnancy in 1-2 years w/ fiancé {{NAME:Jean-Robert Alcindor}}; wedding planned in {{LOCATION:Port-au-Prince}}? - "maybe {{LOCATION:Miami}}."

BP 118/74. No edema.
Labs {{DATE:4/25/75}}: Cr 0.8, UPCR 0.2, C3 96, dsDNA 22, Hgb 12.8. APL negative x2.

Discussion:
 - need 6+ mo quiescence before conception; MMF must switch to azathioprine >= 3 mo pre-conception; stop losartan when trying; belimumab - hold
 - continue HCQ throughout pregnancy
 - ASA 81 from 12 wks
 - MFM preconception referral: Dr. {{NAME:Yvette St. Fleur}} ({{FACILITY:Hartford Women's Specialty Care}})
 - keep Nexplanon for now

Plan: recheck 3 mo. Transition MMF -> AZA at {{DATE:Nov 2075}} visit if still quiescent (TPMT done - normal).

{{NAME:Miriam Castellano}}, MD
{{NAME:MC}}/{{NAME:djb}}`,
  `Record date: {{DATE:2087-02-11}}

{{FACILITY:Lackawanna Heart Associates}}
{{ADDRESS:1100 Mulberry St, Suite 2A}}, {{LOCATION:Scranton}} PA {{ZIP:18510}}
ph {{PHONE:570-555-0115}}  fx {{FAX:570-555-0116}}

CARDIOLOGY FOLLOW-UP
{{NAME:Ernest J. Pankowski}}   DOB {{DATE:6/6/2013}}   Acct {{ACCOUNT:LHA-00731}}
PCP {{NAME:Joseph Gallagher-Ruane}}, MD, {{FACILITY:Green Ridge Family Practice}}

73M, AS known since 2083 (mod), HTN, HLD, DM2 diet-controlled, obesity. Retired fuel oil dispatcher ({{FACILITY:Keyser Valley Coal & Oil}}). Now SOB carrying groceries up porch steps, 1 near-syncope at {{FACILITY:Holy Rosary Chapel}} novena {{DATE:1/30}} - stood up quickly, grayed out, wife {{NAME:Theresa}} caught him.

Exam: BP 138/70, HR 72. III/VI late-peaking SEM RUSB -> carotids, single S2 (A2 soft). Carotid upstroke delayed. No edema.

TTE {{DATE:2/4/87}}: AVA 0.7 cm2, mean grad 48, Vmax 4.5 m/s, DVI 0.22, EF 55%, calcified trileaflet.

Assessment: severe symptomatic AS (stage D1).
Plan:
 - structural heart referral: Dr. {{NAME:Viktor Hrabovsky}} at {{FACILITY:Electric City Medical Center}} - TAVR vs SAVR, STS ~3%
 - gated CTA TAVR protocol + cath
 - dental clearance (Dr. {{NAME:Ruddy}})
 - avoid heavy exertion; no snow shoveling - son {{NAME:Michael}} from {{LOCATION:Clarks Summit}} to help

{{NAME:Angela Marchetti}}, MD, FACC`,

  `Record date: {{DATE:2087-04-09}}

{{FACILITY:ELECTRIC CITY MEDICAL CENTER}} - STRUCTURAL HEART
TRANSCATHETER AORTIC VALVE REPLACEMENT - PROCEDURE NOTE

PATIENT: {{NAME:PANKOWSKI, ERNEST J}}     MRN: {{MRN:ECM-2208914}}     FIN: {{ACCOUNT:FIN887134201}}
DATE: {{DATE:04/09/2087}}     HYBRID OR 2
PROCEDURALISTS: {{NAME:VIKTOR HRABOVSKY}}, MD (interventional); {{NAME:OLIVIA PRZYBYLSKI}}, MD (CT surgery)
ANESTHESIA: {{NAME:D. FENG}}, MD - moderate sedation

PRE-OP: Severe AS, STS-PROM 3.1%, heart team consensus TAVR ({{DATE:3/17/87}}).

PROCEDURE: US-guided R CFA access, Perclose x2. L CFA 6 Fr pigtail. Temporary pacer via R IJ. Balloon-expandable valve 26 mm (Sapien, SN {{DEVICE:SX3-26-1184093}}) deployed under rapid pacing 180 bpm.

RESULTS: mean gradient 4 mmHg, trace PVL, no coronary obstruction. Post-deployment new LBBB, PR 240 ms; temp wire left in place, plan 24 h tele.

EBL 100 mL. Contrast 72 mL. No stroke signs at wake-up.

DISPO: CVICU ({{FACILITY:Nay Aug 3}}). ASA 81 lifelong; no clopidogrel. Echo POD1.
Wife {{NAME:Theresa Pankowski}} and son updated, cell {{PHONE:570-555-0127}}.

{{NAME:V. Hrabovsky}}, MD   {{DATE:4/9/2087 12:15}}
cc {{NAME:A. Marchetti}} MD; {{NAME:J. Gallagher-Ruane}} MD`,

  `Record date: {{DATE:2087-05-15}}

{{FACILITY:LHA}} - post-TAVR 30-day visit
{{NAME:Pankowski, Ernest}}  73 yo  ({{MRN:ECM-2208914}})

s/p TAVR 26 mm {{DATE:4/9/87}} at {{FACILITY:ECMC}} c/b new LBBB; d/c POD2 w/ Zio monitor ({{DATE:4/11}}-{{DATE:4/25}}): no high-grade AVB, PR 230-250, 2 pauses 2.4 s at night.

Feels "10 years younger". Back to bowling league Thursday nights at {{FACILITY:Keyser Ave Lanes}}. One dizzy spell mowing lawn last Sat, no syncope.

BP 132/68, HR 58. Soft I/VI SEM. Groins healed.
ECG: SR 58, PR 252, LBBB QRS 158.
TTE today: valve mean grad 9, no PVL, EF 50% (dyssynchrony).

KCCQ-12: 82 (pre 41).

A/P:
1. s/p TAVR - good result. ASA 81. SBE ppx for dental.
2. LBBB + 1st deg AVB + dizziness - at risk for delayed CHB; 30-day event monitor now; low threshold for PPM. Pt told: if passes out, no driving, ED.
3. Metoprolol 25 -> stop (bradycardia).
4. Registry: TVT forms submitted.

Next: 1-yr echo {{DATE:April 2088}} / sooner prn.
{{NAME:Angela Marchetti}}, MD`,

  `Record date: {{DATE:2088-03-01}}

{{FACILITY:LACKAWANNA HEART ASSOCIATES}}

{{DATE:March 1, 2088}}

{{NAME:Joseph Gallagher-Ruane}}, MD
{{FACILITY:Green Ridge Family Practice}}
{{ADDRESS:1620 N. Washington Ave}}
{{LOCATION:Scranton}}, PA {{ZIP:18509}}

Re: {{NAME:Ernest Pankowski}} (DOB {{DATE:06/06/2013}})

Dear {{NAME:Joe}},

I saw {{NAME:Ernie}} today in device clinic. As you know, he had a syncopal episode at the {{FACILITY:Dunmore Food Mart}} in {{LOCATION:Dunmore}} on {{DATE:6/20/87}}; EMS strip showed complete heart block and he underwent dual-chamber pacemaker implant at {{FACILITY:ECMC}} the next day (Dr. {{NAME:Hrabovsky}}; Azure XT DR, SN {{DEVICE:RNB772019H}}).

Today's interrogation: battery 12 y, RV pacing 96% (underlying CHB), thresholds stable, no AHRE. EF on {{DATE:2/22/88}} echo 45%, down from 50% - likely pacing-induced dyssynchrony. TAVR valve mean gradient 10, no leak.

I'd like to consider upgrade to CRT or conduction-system pacing if EF falls further; for now added low-dose sacubitril/valsartan and will repeat echo in 6 months. Please check a BMP in 2 weeks.

Remote monitoring via home transmitter (account {{ACCOUNT:MCL-3341987}}).

He and {{NAME:Theresa}} send their regards.

Best,
{{NAME:Angela Marchetti}}, MD, FACC
{{NAME:AM}}/{{NAME:prk}}`,

  `Record date: {{DATE:2095-01-09}}

{{FACILITY:CHAMPLAIN VALLEY PRIMARY CARE}}
DIABETES VISIT

{{NAME:Marguerite Doucette}}  F  DOB {{DATE:01/20/2041}}  MRN {{MRN:CVPC-118302}}
Provider: {{NAME:Colin Ashby}}, MD     RN care mgr: {{NAME:Heather Lavallee}}, RN

53 y/o (54 later this month), DM2 dx 2087, HTN, HLD, depression, hypothyroid. Cheese maker at {{FACILITY:Shelburne Bay Creamery}} - early shifts. Husband {{NAME:Luc}}.

Holiday season was "a disaster" - A1c 9.3 (8.1 in {{DATE:Sept 2094}}). Stopped Ozempic {{DATE:11/2094}} when insurance formulary changed; metformin only. Sertraline helping mood, PHQ-9 8.

Meds: metformin 1000 BID, lisinopril 10, rosuvastatin 10, levothyroxine 75, sertraline 100.

BP 136/84. Wt 211 (199 at last visit). BMI 36.
Feet nl. Monofilament intact.
Labs {{DATE:1/3/95}}: A1c 9.3, LDL 92, Cr 0.8, UACR 44, TSH 3.4.

A/P:
1. DM2 uncontrolled - start tirzepatide 2.5 mg weekly (on formulary); PA not needed per {{NAME:Heather}}'s check. CGM (Libre 3) for 2 wks to see patterns.
2. Microalbuminuria - lisinopril 20.
3. Weight - Healthy Living program offered; pt prefers {{FACILITY:Burlington Y}} classes.
4. RTC 3 mo; RN call 2 wks ({{PHONE:802-555-0123}}).

{{NAME:C. Ashby}}, MD`,

  `Record date: {{DATE:2095-04-17}}

{{FACILITY:Champlain Valley PC}} - RN care management / CGM review
Pt: {{NAME:Doucette, Marguerite}}   54F
RN: {{NAME:Heather Lavallee}}, RN, CDCES

Reason: 3 mo DM f/u (telephone + Libre download)

Tirzepatide 2.5 -> 5 mg ({{DATE:2/7}}) -> 7.5 mg ({{DATE:3/14}}). Nausea first 2 days after each dose, manageable w/ small meals. Lost 13 lb. Husband {{NAME:Luc}} also trying to eat better; they joined a sugarhouse fundraiser walk in {{LOCATION:Hinesburg}}.

Libre 3 (sensor SN {{DEVICE:3MH0044198AZ}}) 14 d:
 Avg glucose 142
 TIR 81% / TAR 19% / TBR 0%
 GMI 6.7%
 Post-breakfast spikes to 210 at work (creamery breakfast = bagel)

A1c today (POC) 7.0.

Plan reviewed w/ Dr. {{NAME:Ashby}}:
 - continue tirzepatide 7.5; may go to 10 in 1 mo
 - metformin unchanged
 - breakfast swap - eggs/yogurt
 - BP home log: 128-134/78-82 on lisinopril 20
 - eye exam due: {{FACILITY:Green Mountain Eye Care}}, {{LOCATION:South Burlington}}, {{DATE:5/6/95 8:15}}
 - lab orders for 3 mo

Pt email for log uploads: {{EMAIL:mdoucette.cheese@greenmtn-mail.example}}

{{NAME:H. Lavallee}}, RN   cosign {{NAME:C. Ashby}} MD`,
  `Record date: {{DATE:2095-08-02}}

{{FACILITY:WINOOSKI VALLEY HOSPITAL}} - EMERGENCY DEPT PHYSICIAN NOTE
Arrival: {{DATE:08/02/2095 06:52}}   Triage ESI 3   Bed 14

Patient: {{NAME:DOUCETTE, MARGUERITE}}   MRN {{MRN:WVH-7710452}}   Age 54
PCP: {{NAME:Colin Ashby}}, MD ({{FACILITY:CVPC}})

CC: RUQ pain since 2 AM

HPI: 54F DM2 on tirzepatide 10 mg weekly (since {{DATE:Jan 2095}}, 31 lb wt loss), metformin, presents w/ 5 h constant RUQ/epigastric pain radiating to R scapula after late dinner (poutine at her niece's birthday in {{LOCATION:Winooski}}). Vomited x3. No prior episodes. Husband {{NAME:Luc Doucette}} drove her.

VS: T 38.3, HR 104, BP 148/88, RR 18, SpO2 97%.
Exam: + Murphy's sign, guarding RUQ. No jaundice.
Labs: WBC 14.8, T bili 1.4, ALP 160, AST 62, ALT 70, lipase 48 (nl), glucose 188, AG 12, BHB neg.
RUQ US: multiple gallstones, GB wall 5 mm, pericholecystic fluid, + sonographic Murphy, CBD 4 mm.

ED course: LR 1 L, ketorolac 15, ondansetron 4, pip-tazo 4.5 g.

Impression: acute calculous cholecystitis (rapid wt loss on GLP-1/GIP likely contributor).
Dispo: admit surgery - Dr. {{NAME:Priyanka Mehra-Gould}} paged; lap chole likely today. Hold tirzepatide, metformin; SSI.

{{NAME:Tobias Wren}}, MD, Emergency Medicine   {{DATE:8/2/95 08:20}}`,

  `Record date: {{DATE:2095-11-20}}

{{FACILITY:CVPC}} - f/u   {{NAME:Marguerite Doucette}}  54F   DOB {{DATE:1-20-41}}

s/p lap chole {{DATE:8/2/95}} at {{FACILITY:WVH}} (Dr. {{NAME:Mehra-Gould}}), uncomplicated; path chronic + acute cholecystitis, no malignancy. Restarted tirzepatide at 5 mg {{DATE:9/1}}, now 7.5 (held at that dose per pt preference).

Since: wt 176 (211 in {{DATE:Jan 2095}}). A1c {{DATE:11/13/95}} 6.2. BP 118/74 -> lisinopril 20 -> 10.
Mood good; PHQ-9 3. Taking sertraline 50 now (tapered by self - discussed, ok).
Thyroid: TSH 1.2 on levo 75; with wt loss may need lower dose - recheck 3 mo.

Portal message from pt {{DATE:11/15}}: "Can I stop metformin?" - discussed today: yes, trial off given A1c 6.2 and GI upset. Recheck A1c {{DATE:Feb 2096}}.

HM:
 - flu vaccine today (lot VT24-559), COVID booster at {{FACILITY:Pearl Street Pharmacy}}
 - mammo {{DATE:10/28/95}} nl at {{FACILITY:WVH}} Breast Imaging
 - colonoscopy due next year
 - eye exam {{DATE:5/6/95}}: no DR

Husband {{NAME:Luc}} started tirzepatide w/ his own PCP (Dr. {{NAME:Sheila Brault}}, {{FACILITY:Essex Junction Family Health}}).

RTC 3 mo.
{{NAME:Colin Ashby}}, MD   {{NAME:CA}}/{{NAME:hl}}`,

  `Record date: {{DATE:2070-05-14}}

{{FACILITY:OLENTANGY INTERNAL MEDICINE}}
{{ADDRESS:3545 Olentangy River Rd, Ste 100}}, {{LOCATION:Columbus}}, OH {{ZIP:43214}}

Patient: {{NAME:Chinedu Okafor}}   DOB {{DATE:03/03/2025}}   MRN {{MRN:OIM-552710}}
Provider: {{NAME:Ruth Feldstein}}, MD

CC: BP still high

45 y/o M, software engineer ({{FACILITY:Buckeye Logistics Systems}}, remote 3 d/wk), HTN dx age 32, now on 3 drugs. Home BP 150-165/95-105 (validated Omron, wrist? no - upper arm). Snores, wife {{NAME:Adaeze}} reports apneas. No headaches, no palpitations. Father had "kidney failure" in {{LOCATION:Enugu}}, died on dialysis at 58.

Meds: amlodipine 10, losartan 100, HCTZ 25. Adherence confirmed (pill counts).
No NSAIDs, no decongestants, rare EtOH.

BP 162/102 (L), 158/100 (R). HR 78. BMI 31. No abd bruit. No edema. Fundi: AV nicking.

Labs {{DATE:5/7/70}}: Cr 1.5 (1.1 in {{DATE:2/2068}}), eGFR 57, K 3.4, Na 142, UACR 620, A1c 5.6, TSH 1.9.
Aldo 18, renin 0.4 -> ARR 45 (elevated).

A/P:
1. Resistant HTN w/ low K + high ARR - ? primary aldosteronism vs low-renin HTN. Start spironolactone 25 (stop HCTZ); confirmatory testing + adrenal CT; endocrine referral.
2. CKD 3a w/ A3 albuminuria, FHx ESRD -> nephrology ({{FACILITY:Scioto Kidney Clinic}}, Dr. {{NAME:Paul Szabo}}). APOL1 genotyping discussed, pt consents.
3. Probable OSA - home sleep test.

{{NAME:R. Feldstein}}, MD`,

  `Record date: {{DATE:2070-08-03}}

{{FACILITY:SCIOTO KIDNEY CLINIC}}
{{ADDRESS:410 W. 10th Ave}}, {{LOCATION:Columbus}} OH {{ZIP:43210}}   T {{PHONE:614-555-0161}}  F {{FAX:614-555-0162}}

{{DATE:August 3, 2070}}

{{NAME:Ruth Feldstein}}, MD
{{FACILITY:Olentangy Internal Medicine}}

RE: {{NAME:Okafor, Chinedu}}   DOB {{DATE:3/3/2025}}

Dear Dr. {{NAME:Feldstein}},

I am writing with the results of Mr. {{NAME:Okafor}}'s kidney biopsy ({{DATE:7/27/70}}, {{FACILITY:Franklin Park Hospital}}).

Pathology: FSGS, not otherwise specified variant, with 6/22 glomeruli segmentally sclerosed, 4 globally sclerosed, moderate arterionephrosclerosis, 20% IF/TA. EM: foot process effacement ~40%.
APOL1: G1/G2 (high-risk genotype).
Endocrine (Dr. {{NAME:Hyun-Joo Park}}) completed saline suppression: aldo suppressed to 4 - primary aldosteronism excluded. Low-renin HTN.

Impression: APOL1-associated kidney disease (FSGS + hypertensive), CKD 3a/A3.
Plan:
 - max RAAS blockade (losartan 100) + spironolactone 25 (K 4.6 now)
 - add dapagliflozin 10
 - BP target <120 systolic (as tolerated)
 - inaxaplin trial screening (NCT on file) - pt interested
 - CPAP started {{DATE:7/2070}} (AHI 34)

I'll see him q3 months. His brother {{NAME:Emeka}} should be screened (UACR, BP).

Sincerely,
{{NAME:Paul Szabo}}, MD
Nephrology`,

  `Record date: {{DATE:2071-02-26}}

{{FACILITY:scioto kidney clinic}} - f/u
{{NAME:okafor, chinedu}}  45M   DOB {{DATE:3/3/25}}
APOL1 G1/G2 FSGS + HTN nephrosclerosis, CKD 3a/A3

Screened for trial ({{DATE:10/2070}}) - ineligible (UPCR 0.9, needed >1.0 at screening). Ok w/ that.
Using CPAP nightly (download 6.8 h avg, AHI 3). Feels "like a new man". Lost 14 lb.
Brother {{NAME:Emeka Okafor}} (41, lives in {{LOCATION:Dayton}}) checked: UACR 80, BP 148/92 - he's seeing his own doc at {{FACILITY:Wayne Avenue Health Center}}.

Home BP 124-132/78-84.
Clinic BP 128/80. K 4.9. Wt 208.

Labs:
             {{DATE:8/1/70}}    {{DATE:11/2/70}}    {{DATE:2/19/71}}
Cr            1.5        1.6         1.5
eGFR          57         53          57
K             4.6        5.0         4.9
UACR          640        410         330
UPCR          1.1        0.9         0.7

Assessment: improving albuminuria on RAAS + SGLT2i + MRA; eGFR stable after initial dip.
Plan: continue. Switch spironolactone -> finerenone? K borderline, keep spiro 25 for now, low-K diet. RTC 3 mo.
wife {{NAME:Adaeze}} asked about living kidney donation someday - I suggested the {{FACILITY:Franklin Park Hospital}} donor info session.

{{NAME:P. Szabo}}`,

  `Record date: {{DATE:2071-10-10}}

{{FACILITY:OLENTANGY INTERNAL MED}} - ACUTE VISIT
{{NAME:Chinedu Okafor}}, 46 M   acct {{ACCOUNT:OIM-A-88120}}

CC: gout? R big toe red + swollen x 2 days

Started after cousin's wedding reception {{DATE:10/7}} at {{FACILITY:Nigerian Catholic Community Hall}} ({{LOCATION:Reynoldsburg}}) - "lots of goat meat and beer." First ever attack. Can't wear shoe. No fever.

Meds: losartan 100, spironolactone 25, amlodipine 5 (reduced), dapagliflozin 10, CPAP.

T 37.2, BP 136/84. R 1st MTP erythematous, warm, exquisitely tender. No tophi.
Uric acid 8.6 (may be falsely lowered in flare). Cr 1.6. K 5.1.
Aspiration declined by pt.

A/P:
1. Acute gout, R podagra (clinical) - colchicine 0.6 x2 then 0.3 daily (renal), no NSAIDs (CKD), prednisone 30 x 5 d as backup. Ice, elevate.
2. After flare resolves: start allopurinol 50 -> titrate to UA <6; HLA-B*58:01 not needed per ancestry? - checking it anyway.
3. CKD / HTN - BP ok today; labs stable; Dr. {{NAME:Szabo}} aware (msg sent).
4. Work note for {{DATE:10/11-10/12}}.

{{NAME:Jamal Whitfield}}, PA-C / sup {{NAME:R. Feldstein}}, MD`,

  `Record date: {{DATE:2006-03-06}}

{{FACILITY:RED RIVER CLINIC}} - FAMILY MEDICINE
{{NAME:STRAND, EVELYN R.}}   DOB {{DATE:9/14/1948}}   CLINIC # {{MRN:RRC 0019-4432}}
SEEN BY: {{NAME:GUNNAR AAS}}, MD

S: 57 yo F here for DM/thyroid f/u + c/o fatigue. Retired 4th grade teacher ({{FACILITY:Ellsworth Elementary}}, {{LOCATION:Moorhead}}). Husband {{NAME:Orville}} had knee replacement {{DATE:1/19/06}} at {{FACILITY:Prairie Rose Hospital}} - she's been caregiving. Cold all the time, constipated, weight up 6 lb. FS 130s-180s.

MEDS: metformin 1000 BID, levothyroxine 75 mcg, lisinopril 10, simvastatin 20, ASA 81, Ca+D.

O: BP 138/82  HR 58  T 97.4  Wt 184
Thyroid not enlarged. Delayed relaxation of reflexes. Dry skin.
LABS {{DATE:02/27/2006}}: TSH 11.2 (2.8 in {{DATE:08/2005}}), FT4 0.7, A1c 7.6, LDL 118, Cr 0.9.

Pt admits taking levo with breakfast + calcium since fall 2005 on a friend's advice.

A/P:
1. Hypothyroid, under-replaced d/t Ca interaction + timing. Take levo empty stomach, 4 h apart from Ca. Inc to 88 mcg. TSH 6 wk.
2. DM2 - A1c 7.6; add glipizide 2.5 qAM. DSMT referral ({{NAME:Karen Bjorklund}}, RN, CDE).
3. Caregiver strain - respite via {{FACILITY:Red River Respite Care}} - info given.

{{NAME:G. Aas}}, MD   {{NAME:GA}}:{{NAME:mth}}`,
  `Record date: {{DATE:2006-09-11}}

{{FACILITY:Red River Clinic}} - Diabetes Self-Management Education
Individual session #2 of 3

Participant: {{NAME:Evelyn Strand}}   DOB {{DATE:09/14/48}}   MRN {{MRN:RRC 0019-4432}}
Educator: {{NAME:Karen Bjorklund}}, RN, CDE
Referring MD: {{NAME:Gunnar Aas}}, MD

Pt arrived w/ husband {{NAME:Orville Strand}} (now walking w/o cane after TKR). Brought logbook + meter (OneTouch Ultra, serial {{DEVICE:OTU-2291-5548}}) - memory matches log.

Glucose log {{DATE:8/14}} - {{DATE:9/10}}:
 fasting 104-142 (avg 121)
 2h post supper 150-210 - highest after church potlucks Sun at {{FACILITY:Bethesda Lutheran}}
 lows: 1 (64 on {{DATE:8/30}}, mowing lawn, skipped lunch; treated w/ 4 glucose tabs)

A1c {{DATE:9/5/06}}: 7.0 (down from 7.6).

Topics covered:
 - carb counting: 45 g/meal, plate method; "hotdish" portions
 - hypoglycemia w/ glipizide - rule of 15, carry tabs in purse
 - foot care - inspect daily, no barefoot at the lake cabin near {{LOCATION:Detroit Lakes}}
 - sick-day rules
 - levothyroxine timing reviewed again (empty stomach, 4 h from calcium) - pt now compliant

Goals set by pt: walk 30 min 5x/wk w/ neighbor {{NAME:Marlys}}; 1 dessert/wk at potluck.

Next session {{DATE:10/9/06 2:00 pm}}. Contact {{PHONE:701-555-0144}}.

{{NAME:K. Bjorklund}}, RN, CDE`,

  `Record date: {{DATE:2007-01-29}}

{{FACILITY:PRAIRIE ROSE HOSPITAL}} - DIAGNOSTIC IMAGING
{{ADDRESS:2501 13th Ave S}}, {{LOCATION:Fargo}}, ND {{ZIP:58103}}

EXAM: US THYROID            ACC# {{ID:US07-0129-0381}}
PATIENT: {{NAME:STRAND, EVELYN R}}      MRN: {{MRN:PRH-448106}}     DOB: {{DATE:09/14/1948}}
EXAM DATE: {{DATE:01/29/2007 10:14}}
ORDERING: {{NAME:GUNNAR AAS}}, MD  ({{FACILITY:RED RIVER CLINIC}})

CLINICAL HISTORY: Hypothyroid on levothyroxine; palpable R thyroid nodule on exam {{DATE:1/8/07}}.

COMPARISON: None.

FINDINGS:
Right lobe 5.1 x 1.8 x 1.7 cm. Left lobe 4.6 x 1.5 x 1.4 cm. Isthmus 3 mm. Heterogeneous, mildly hypoechoic parenchyma c/w chronic thyroiditis (Hashimoto).
Right mid-pole solid nodule 1.6 x 1.2 x 1.1 cm, hypoechoic, wider-than-tall, smooth margins, no echogenic foci (ACR TI-RADS: composition 2, echogenicity 2, shape 0, margin 0, foci 0 = 4 points, TR4).
Left: 4 mm spongiform nodule (TR1).
No abnormal cervical lymph nodes.

IMPRESSION:
1. 1.6 cm TR4 right thyroid nodule - meets criteria for FNA (>=1.5 cm).
2. Background Hashimoto thyroiditis.

Dictated by: {{NAME:Solveig Haugen}}, MD   {{DATE:1/29/07 11:02}}
Transcribed: {{NAME:dlw}}   Signed: {{DATE:01/29/2007 13:40}}`,

  `Record date: {{DATE:2007-07-16}}

{{FACILITY:Red River Clinic}} / FM - {{NAME:Aas}}
{{NAME:Evelyn Strand}}, 58 y/o F     home {{PHONE:218-555-0175}}   {{ADDRESS:1904 4th Ave S}}, {{LOCATION:Moorhead}} MN {{ZIP:56560}}

Interval:
- Thyroid nodule R 1.6 cm: FNA {{DATE:2/14/07}} (Dr. {{NAME:Haugen}}) - Bethesda II, benign follicular nodule. Plan repeat US 12-24 mo.
- DM2: A1c {{DATE:7/9/07}} 6.8 on metformin 1000 BID + glipizide 2.5. Completed DSMT.
- Hypothyroid: TSH 2.1 on levo 88.
- {{NAME:Orville}} doing well; they went to daughter {{NAME:Kristin}}'s in {{LOCATION:Bismarck}} for a week last month.

New: intermittent tingling/numbness L hand, worse at night + driving, shakes it out. Drops coffee cups sometimes. Tinel + and Phalen + at L wrist. Thenar bulk ok. Also trigger finger R ring.

Vitals: BP 128/78  HR 66  Wt 176 (down 8 lb since {{DATE:March 2006}})

A/P:
1. L carpal tunnel syndrome (DM, hypothyroid risk) - night splint, EMG/NCS at {{FACILITY:Prairie Rose}} neurology if not better in 6 wk.
2. R ring trigger finger - steroid inj offered, pt will think about it.
3. DM2 - at goal; cont. Urine microalb 18. Foot exam nl. Eye exam {{DATE:5/2007}} - no DR (Dr. {{NAME:Lindahl}}, {{FACILITY:Moorhead Eye Clinic}}).
4. Thyroid - cont levo 88; repeat US {{DATE:Jan 2008}}.

RTC 6 mo.
{{NAME:G. Aas}}, MD`,
];

export const HELDOUT_REALISTIC_37_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout37-${i + 1}`, n));
