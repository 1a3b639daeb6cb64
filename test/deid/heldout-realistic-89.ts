// An eighty-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges; towns and cities are real places used only as LOCATION). It leans
// towards academic-hospital narrative notes in the style of the i2b2/n2c2 de-identification
// corpora: long-hand discharge summaries, cardiology and diabetes clinic follow-ups written by
// residents, fellows and attendings over several years of one patient's history, "Record date:"
// headers, dictated letters to referring doctors ("Dear Dr. ..."), prior admissions at other
// hospitals named by full name, short name or abbreviation, family and social history naming
// relatives, employers, towns and cities abroad, many clinicians (attendings, fellows, PCPs, cc
// lines, "dictated by / signed by" with initials and typist initials), dates in every style
// (03/14/2093, 3/14/93, 2093-03-14, March 14, 14 Mar, the 14th, last Tuesday 4/2), ages over 89,
// MRNs and unit numbers, phone and pager numbers, and noise that is not PHI: eponyms (Parkinson's,
// Graves', Cushing, Holter, Swan-Ganz, Bruce protocol, Wolff-Parkinson-White, Lasix, Coumadin),
// doses, lab values with dates nearby, scores (TIMI 3, NYHA II, CHADS2), vitals, times alone,
// years alone and seasons with years. Mixed case (some all-caps dictations), typos, line breaks
// inside identifiers and table-like medication and lab lists.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-19 final engine
// (c870338) 0.9805 / 0.9758; pass-20 engine with its first two rules (5458fd8, made without this set) 0.9808 / 0.9758.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the conventions restated in the header of
// heldout-realistic-72.ts: titles, credentials (MD, NP, RN), honorifics and kin terms (Mrs., Dr.,
// Uncle, Tia, Avo) stay outside NAME spans; a time attached to a full date is part of it, while a
// clock time next to a month/day without a year stays outside; a weekday written with a date is
// part of it; a month/day without a year (3/4, March 14, 14 Mar) is a DATE; a date range written as
// one token (1/5-1/8/93) is one DATE span; payers and state or federal agencies are not PHI;
// schools, employers, churches, labs, home-care agencies, nursing homes and a patient's pharmacy are
// FACILITY; ward names with a proper name are FACILITY; insurer and Medicare/Medicaid member
// numbers are HEALTH_PLAN; billing and account numbers are ACCOUNT; NPI, DEA, state and driver's
// licences are LICENSE; plates and VINs are VEHICLE; pacemaker, ICD, pump, sensor and implant
// serials are DEVICE; accession, order, dictation job, case, requisition and employee numbers and
// passports are ID; pagers and short in-house extensions are PHONE; a face-photo file or reference
// is PHOTO; a fingerprint or voiceprint template number is BIOMETRIC; lot and NDC numbers are not
// PHI; ages over 89 are AGE however written, ages of 89 and under are not; first names, last names,
// nicknames and initials standing for a person (patient, family or staff, incl. "JT/ml" typist
// lines, each part its own span) are NAME; cities and towns, at home or abroad, are LOCATION;
// states and countries are not PHI.
// Added for this set: the date after "Record date:" is a DATE (label outside); ISO dates
// (2093-03-14) are DATE; a month with a year (March 2091, 03/2091, Jan '94) is a DATE, while a year
// alone, a season with a year, a decade ("in her 70s") and a holiday without a year are not, and a
// holiday written as a month and day ("the 4th of July") is a DATE; an ordinal day standing for a
// date ("seen on the 14th") is a DATE over the ordinal only ([14th]); "last"/"next" before a
// weekday+date stays outside ("last [Tuesday 4/2]"); a hospital named by full name, short name
// ("the [Fenwick]") or abbreviation ([FMH]) is FACILITY every time, with "the" outside, also where
// it only labels a record number ([FMH] MRN); a named clinic, centre or ward is FACILITY, a generic
// one ("cardiology clinic", "the CCU", "cath lab") is not; an eponym (disease, sign, device, test,
// protocol) or brand drug is not PHI even when a person in the same note shares the name (Mrs.
// [Graves] with Graves' disease, [Bruce] Halvorsen before his Bruce protocol test), and a person so named
// is NAME; "Dear Dr. [X]", cc lines and "dictated by / signed by / D: / T:" names and initials are
// NAME, and D:/T: dates with their times are one DATE each; an identifier broken by a line break is
// one span including the break; a possessive takes the name only ([Maria]'s); "Unit No", "MR#" and
// an outside hospital's record number are MRN; in a MIMIC-style note the [** **] brackets stay
// outside and the surrogate inside them is the span; nationalities, languages, religions and payers
// (Bay Colony Health Plan) are not PHI; a neighbourhood, borough or village is LOCATION.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2093-03-14}}

{{FACILITY:Fenwick Memorial Hospital}} Cardiology Associates
{{ADDRESS:410 Tremont Row, Suite 6}}, {{LOCATION:Lowell}}, MA {{ZIP:01852}}

Dear Dr. {{NAME:Abernathy}},

I had the pleasure of seeing your patient, Mr. {{NAME:Walter Szymanski}}, in follow-up on {{DATE:March 14}}. As you know he is a 71-year-old retired pipefitter from {{FACILITY:Keswick Tool & Die}} with ischemic cardiomyopathy (EF 30-35%), s/p CABG x3 at {{FACILITY:Halloway General}} in 2087, NYHA class II. Since I last saw him on {{DATE:11/20/92}} he has had no angina. He was admitted once to {{FACILITY:St. Aurelian's}} ({{DATE:1/5-1/8/93}}) with volume overload after a holiday dinner; Lasix was increased to 80 mg bid there.

Holter ({{DATE:2/2/93}}): two runs of NSVT, longest 7 beats. His ICD (serial {{DEVICE:PRN448120S}}) showed no therapies. BP 118/70, HR 64, JVP 8 cm. Labs from {{DATE:3/10}}: K 4.6, Cr 1.4, BNP 412.

Plan: continue Coreg 12.5 mg bid, lisinopril 10 mg, Lasix 80 mg bid, ASA 81. Bruce protocol ETT in 3 months. He and his wife {{NAME:Halina}} know to call our nurse line at {{PHONE:978-555-0143}} for weight gain over 3 lb.

Sincerely,

{{NAME:Raymond T. Okafor}}, MD
cc: {{NAME:Janet Abernathy}}, MD, {{FACILITY:Quarry Hill Family Practice}}
{{NAME:RTO}}/{{NAME:kp}}`,
  `Record date: {{DATE:2094-01-22}}

{{FACILITY:FMH}} EMERGENCY DEPT - CARDIOLOGY FELLOW NOTE
Pt: {{NAME:SZYMANSKI, WALTER}}   MRN: {{MRN:0448-1207}}

Called to see Mr. {{NAME:Szymanski}}, 72M well known to Dr. {{NAME:Okafor}}'s clinic, for ICD shocks x2 at home at approx 05:40 this am while shoveling snow. Wife {{NAME:Halina}} drove him in. No syncope. Interrogation (device rep {{NAME:Tamsin Greaves}}, cell {{PHONE:978-555-0177}}): two appropriate shocks for VT at 210 bpm, 05:41 and 05:43, both successful. Not Graves' related; TSH 2.1 last checked {{DATE:10/2/93}} along with echo (EF 30%).

Labs here: K 3.3 (drawn 0612), Mg 1.6, trop I 0.04, Cr 1.6.
ECG: SR 68, old IMI, QTc 470.

A/P: VT storm-lite in setting of hypokalemia/hypomagnesemia on Lasix 80 bid.
- admit to {{FACILITY:Ellery 6}} step-down, tele
- replete K/Mg, amiodarone 150 IV then gtt
- EP (Dr. {{NAME:Sandoval}}) to see in am re: ablation
- hold Lasix tonight
Discussed with attending Dr. {{NAME:Okafor}} by phone at 0715. Wife's cell {{PHONE:978-555-0162}}.

{{NAME:Ines Nakamura-Reyes}}, MD, Cardiology Fellow
pager {{PHONE:41187}}`,
  `DISCHARGE SUMMARY
NAME: {{NAME:SZYMANSKI, WALTER J}}        UNIT NO: {{MRN:044-81-207}}
ADMISSION DATE: {{DATE:06/02/2095}}        DISCHARGE DATE: {{DATE:06/09/2095}}
ATTENDING: {{NAME:RAYMOND OKAFOR}}, M.D.

HISTORY OF PRESENT ILLNESS: THIS IS A 73 YEAR OLD MAN WITH ISCHEMIC CARDIOMYOPATHY, EF 25%, VT WITH ICD SHOCKS IN {{DATE:JANUARY 2094}} S/P ABLATION, TRANSFERRED FROM {{FACILITY:CHELMSFORD VALLEY HOSPITAL}} AFTER 3 DAYS OF WORSENING DYSPNEA AND A CREATININE OF 2.3.

HOSPITAL COURSE: SWAN-GANZ PLACED {{DATE:6/3}}: PCWP 28, CI 1.9. STARTED ON MILRINONE AND IV LASIX WITH 6 LITERS NET NEGATIVE. WEANED OFF MILRINONE ON THE {{DATE:6TH}}. TRANSPLANT / LVAD EVALUATION DISCUSSED WITH PATIENT AND HIS SON {{NAME:PETER}}; REFERRED TO DR. {{NAME:PRZYBYLSKI}} AT {{FACILITY:MERRITON UNIVERSITY HOSPITAL}} ({{FACILITY:MUH}}).

DISCHARGE MEDICATIONS: COREG 6.25 MG BID, TORSEMIDE 40 MG DAILY, AMIODARONE 200 MG DAILY, SPIRONOLACTONE 25 MG, COUMADIN PER INR.

DISPOSITION: HOME WITH SERVICES FROM {{FACILITY:RIVERBEND HOME NURSING}}. FOLLOW UP WITH DR. {{NAME:OKAFOR}} ON {{DATE:6/23}} AT 2:30 PM.

DICTATED BY: {{NAME:LUCAS FEENEY}}, M.D.
D: {{DATE:06/09/2095 16:12}}   T: {{DATE:06/10/2095 08:03}}
JOB #: {{ID:552910}}   {{NAME:RO}}/{{NAME:tlm}}`,
  `Record date: {{DATE:2081-09-17}}

{{FACILITY:Dunmore Diabetes Center}} - Follow-up visit

Mrs. {{NAME:Dolores Figueiredo}} is a 58 yo Portuguese-speaking woman originally from {{LOCATION:Ribeira Grande}}, Portugal, here with her daughter {{NAME:Cristina}} who interprets. Type 2 DM x 12 yrs, HTN, hyperlipidemia. Works second shift as a stitcher at {{FACILITY:Bellamy Mills}} in {{LOCATION:Fall River}}; eats one meal at work. Husband {{NAME:Manuel}} is on disability after an MI.

A1c trend:
  {{DATE:04/02/81}}   10.4 %
  {{DATE:07/30/81}}    9.8 %
  today        9.1 %
Glucose log: fasting 150s-190s, no lows.

Meds: metformin 1000 bid, glipizide 10 bid, lisinopril 20, simvastatin 40. NPH 14 units qhs started in the summer of 2081.

Exam: BMI 33, BP 142/84, monofilament intact, no ulcers.

A/P: Improving. Increase NPH to 18 units. Referred to nutrition (Ms. {{NAME:Pereira}}, ext {{PHONE:4471}}). Eye exam due - last at {{FACILITY:Marlow Eye Associates}} on {{DATE:Feb 11}}. Return 3 months, next appt {{DATE:12/15/81}}.

{{NAME:Alice Wendorf}}, NP / attending Dr. {{NAME:Hiroshi Bannerman}}`,
  `Record date: {{DATE:2083-05-06}}

{{FACILITY:DUNMORE DIABETES CENTER}}
Resident note - {{NAME:Figueiredo, Dolores}}   MRN {{MRN:7719034}}

60F with T2DM now on basal-bolus, seen with her granddaughter {{NAME:Bia}} ({{NAME:Beatriz}}), as {{NAME:Cristina}} moved to {{LOCATION:Toronto}}. Since last visit with Ms. {{NAME:Wendorf}} on {{DATE:1/14/83}} two lows (48, 55) after skipping lunch at work. She went to {{LOCATION:Ponta Delgada}} for her mother's funeral {{DATE:3/2-3/20}} and had no insulin for 4 days.
Her mother died at {{AGE:94}}; father died at 61 of stroke.

CGM started this spring: Dexcom-type sensor, transmitter SN {{DEVICE:8GF42KQ}}. Time in range 58%.

Labs ({{DATE:4/28/83}}): A1c 8.2, Cr 0.9, urine microalb 45, LDL 96.

Meds: glargine 30 u qhs, lispro 6-8 u with meals, metformin 1000 bid, lisinopril 20, atorvastatin 40.

Plan: reduce glargine to 26 u; eat lunch before lispro. Portuguese interpreter {{NAME:Joao Medeiros}} used for teaching. Photo of her meter screen scanned as {{PHOTO:IMG_0483_figueiredo.jpg}}.

{{NAME:Kwame Asante-Boateng}}, MD PGY2, pager {{PHONE:5-2219}}
Seen with Dr. {{NAME:Bannerman}}`,
  `RECORD DATE: {{DATE:10/21/2086}}

{{FACILITY:DUNMORE DIABETES CENTER}} - ATTENDING DICTATION

RE: {{NAME:FIGUEIREDO, DOLORES}}
MRN: {{MRN:7719034}}
DOB: {{DATE:02/27/2023}}

MRS. {{NAME:FIGUEIREDO}} RETURNS AFTER AN ADMISSION TO {{FACILITY:QUEQUECHAN VALLEY HOSPITAL}} FROM {{DATE:SEPTEMBER 29}} TO {{DATE:OCTOBER 4}} FOR DKA PRECIPITATED BY A UTI. SHE WAS TRANSITIONED TO AN INSULIN PUMP IN {{DATE:MARCH 2086}}; THE PUMP (SERIAL {{DEVICE:NG1183302H}}) CANNULA WAS FOUND KINKED. SHE NOW LIVES WITH HER SON {{NAME:MANNY}} AT {{ADDRESS:77 PLEASANT ST, APT 3}}, {{LOCATION:SOMERSET}}, MA {{ZIP:02726}}, HOME PHONE {{PHONE:508-555-0198}}.

LABS: A1C 7.6 ON {{DATE:10/2}}. K 4.1. CR 1.0.

ASSESSMENT AND PLAN:
1. DKA, RESOLVED. REVIEWED SICK DAY RULES AND PUMP SITE CHANGES EVERY 3 DAYS.
2. DIABETIC RETINOPATHY, MILD NPDR - SEEN BY DR. {{NAME:ESPOSITO}} AT {{FACILITY:MARLOW EYE ASSOCIATES}}.
3. HYPOTHYROIDISM - NOT GRAVES, NOT HASHIMOTO'S BY ANTIBODIES. CONTINUE LEVOTHYROXINE 50 MCG.

RETURN IN 8 WEEKS.

{{NAME:HIROSHI BANNERMAN}}, M.D.
{{NAME:HB}}:{{NAME:mcd}}   DD: {{DATE:10/21/86}}   DT: {{DATE:10/23/86}}`,
  `DISCHARGE SUMMARY - {{FACILITY:Halloway General Hospital}}, Medicine Service ({{FACILITY:Whitcomb 4}})

Patient: {{NAME:Eleanor Cavendish-Boyle}}   MR# {{MRN:HG-2291870}}
Admitted {{DATE:2/8/2091}} - Discharged {{DATE:2/15/2091}}
Age: {{AGE:92}}

HPI: {{AGE:92}} yo widow from {{FACILITY:Larkmoor Nursing Home}} with chronic diastolic CHF, AF on Coumadin, CKD3 and Parkinson's disease, sent in for 5 lb weight gain and hypoxia (SpO2 86% RA). Her niece and HCP, {{NAME:Margaret (Peggy) Dunleavy}}, lives in {{LOCATION:Nashua}}, NH, phone {{PHONE:603-555-0121}}.

Course:
1. Acute on chronic HFpEF - diuresed with IV Lasix 40 bid, 3.1 L net neg, wt 58.2 -> 55.0 kg.
2. AF - rate controlled on metoprolol. INR 3.8 on admit, Coumadin held x2 days, resumed 2 mg.
3. Parkinson's - Sinemet continued on home schedule; PT/OT.
4. Goals of care - DNR/DNI confirmed with {{NAME:Peggy}} on {{DATE:2/10}}; MOLST signed.

Follow-up: Dr. {{NAME:Lindqvist}} at {{FACILITY:Larkmoor}} within 1 week; INR check {{DATE:Thursday 2/19}}.

Attending: {{NAME:Theodore Marchetti}}, MD
Resident: {{NAME:Priya Subramaniam}}, MD, pager {{PHONE:33815}}
cc: {{NAME:Anders Lindqvist}}, MD, {{FACILITY:Larkmoor Nursing Home}}, fax {{FAX:603-555-0130}}`,
  `Record date: {{DATE:2088-07-04}}

CARDIOLOGY CONSULT - ED, {{FACILITY:St. Aurelian's Medical Center}}

Called at 02:10 for inferior STEMI. Pt is a 54M, {{NAME:Desmond Achterberg}}, a long-haul driver for {{FACILITY:Penrose Freight Lines}} based in {{LOCATION:Worcester}}, who developed chest pain at a rest stop on I-90 and was brought by ambulance. Hx: smoker 40 pk-yr, HTN, no prior cath. Brother {{NAME:Karl}} had an MI at 49.

ECG: 3 mm STE II, III, aVF with reciprocal changes. BP 96/60, HR 52.
Given ASA 325, heparin 4000 U, ticagrelor 180.

Cath (Dr. {{NAME:Holt}}, 02:48): 100% prox RCA, thrombectomy + DES x1, TIMI 3 flow restored. LVEDP 22. No Swan-Ganz needed.

CDL holder - advised no commercial driving for at least 4 weeks; his CDL # {{LICENSE:S29481766}} noted for the DOT form. Wife {{NAME:Rosalind}} at {{PHONE:508-555-0116}} updated at 03:30.

Plan: CCU, ASA/ticagrelor, high-intensity statin, metoprolol when BP allows, echo in am, cardiac rehab referral to {{FACILITY:Ironstone Cardiac Rehab}}.

{{NAME:Omar Haddad-Lindgren}}, MD (cardiology fellow)
Attending: {{NAME:Franklin Holt}}, MD`,
  `{{FACILITY:Merriton University Hospital}}
Division of Endocrinology
{{ADDRESS:1200 Commonwealth Terrace}}, {{LOCATION:Brookline}}, MA {{ZIP:02446}}
Tel {{PHONE:617-555-0184}}   Fax {{FAX:617-555-0185}}

{{DATE:April 3, 2092}}

{{NAME:Nathaniel Graves}}, MD
{{FACILITY:Weir River Internal Medicine}}
{{ADDRESS:55 Ship Lane}}, {{LOCATION:Hingham}}, MA {{ZIP:02043}}

Dear Dr. {{NAME:Graves}},

Thank you for referring Ms. {{NAME:Yesenia Oyelaran}}, a 34 year old graduate student at {{FACILITY:Carroway College}}, whom I saw on {{DATE:3/29}} for hyperthyroidism. She has the classic features of Graves' disease: diffuse goiter, lid lag, TSH < 0.01, free T4 3.9, and TRAb positive. No Cushingoid features. Her mother, who lives in {{LOCATION:Lagos}}, also had a thyroidectomy.

I started methimazole 20 mg daily and propranolol 20 mg tid. CBC and LFTs on {{DATE:April 12}} and a repeat TFT in 6 weeks. She plans to travel home on the {{DATE:20th}}; I gave her my email, {{EMAIL:r.castellanos@muh-endo.example.org}}, for questions.

With best regards,

{{NAME:Rosa Castellanos}}, MD, PhD
{{NAME:RC}}/{{NAME:jw}}`,
  `SOCIAL WORK NOTE - {{FACILITY:Fenwick Memorial}} ({{FACILITY:Pratt 9}} cardiac)
Date: {{DATE:11/03/2090}}

Met with pt {{NAME:Gerald "Gerry" Mulcahy}}, 66M admitted {{DATE:10/30}} with new HFrEF, and his partner {{NAME:Dennis Ortolani}}. Pt lives at {{ADDRESS:19 Greenleaf Ave, 2nd floor}}, {{LOCATION:Medford}}, MA {{ZIP:02155}} - 14 stairs, no elevator. Worked 30 yrs for the {{FACILITY:Fulton Heights Branch Library}}, now retired.

Pt applying for SSDI bridge / MassHealth; SSN {{SSN:912-44-7083}} verified with pt for the application. MassHealth ID {{HEALTH_PLAN:100384752219}}. Pt's sister {{NAME:Noreen}} in {{LOCATION:Galway}}, Ireland is his emergency contact for the passport file; passport # {{ID:C03918274}}.

Needs: home scale, meals on wheels through {{FACILITY:Wellington Circle Elder Services}}, cardiac rehab transport.

Plan: follow-up call {{DATE:Monday 11/10}}. Partner's cell {{PHONE:781-555-0109}}.

{{NAME:Lorraine Abiodun}}, LICSW, ext {{PHONE:6-4420}}`,
  `Record date: {{DATE:2089-12-02}}

{{FACILITY:Windle Street Health Center}} - Adult Medicine / Diabetes

Mr. {{NAME:Jean-Robert Desauguste}} is a 63 yo Haitian Creole-speaking man, originally from {{LOCATION:Jacmel}}, who came to {{LOCATION:Mattapan}} in 2071. He drives for {{FACILITY:Blue Heron Cab Co.}} nights. Seen with phone interpreter {{NAME:Marie-Ange}} (ID {{ID:40217}}).

Hx: T2DM dx 2080, HTN, ED. Prior care at {{FACILITY:Hopital Sainte-Verene}} in {{LOCATION:Port-au-Prince}} and at {{FACILITY:Calloway Point Hospital}} ({{FACILITY:CPH}}) here, where he was admitted {{DATE:8/14/89}} for HHS, glucose 780.

Since then on glargine 20 u. Sugars 130-210. Lost 4 lb. He fasts during Lent.

Labs {{DATE:11/25}}:
  A1c ........ 8.9
  Cr ......... 1.1
  LDL ........ 128
  UACR ....... 60

Exam: BP 150/92, BMI 29. Feet: callus L 1st MTP, pulses 2+.

A/P:
1. DM - glargine to 24 u, add metformin 500 bid (had GI upset on 1000 at {{FACILITY:CPH}}).
2. HTN - add amlodipine 5.
3. Podiatry with Dr. {{NAME:Tremblay}}.
Wife {{NAME:Nadege}} to come next visit. Best number {{PHONE:617-555-0152}} (cell; work radio not reliable).

{{NAME:Samuel Oduya}}, MD`,
  `INTERN ADMISSION NOTE - {{FACILITY:Fenwick Memorial Hospital}}, Gen Med ({{FACILITY:Lowe 7}})
{{DATE:3/17/2092 23:40}}

ID: {{NAME:Constance Whitlock-Ames}}, 78F, MRN {{MRN:5530-2187}}, PCP Dr. {{NAME:Faisal Qureshi}} ({{FACILITY:Brickyard Family Medicine}}).

CC: palpitations, near-syncope.

HPI: Hx WPW (Wolff-Parkinson-White), ablated at {{FACILITY:MUH}} in '79, now with 2 days of racing heart. Seen at {{FACILITY:Chelmsford Valley}} ED {{DATE:3/15}}, told "anxiety." Today HR 150s irregular at home; daughter {{NAME:Beth}} called EMS.

PMH: AF (CHADS2-VASc 4), HTN, hypothyroid, Cushing's syndrome excluded {{DATE:2/2091}}.
Meds: levothyroxine 88, losartan 50, ASA 81. NOT on Coumadin (prior GI bleed {{DATE:Jan '90}} at {{FACILITY:Chelmsford Valley}}).

Exam: HR 138 irreg, BP 128/76. Lungs clear.
Labs: TSH 0.02 (!), fT4 2.9, K 3.9.

A/P: AF w RVR likely 2/2 iatrogenic hyperthyroidism.
- dilt gtt, hold levothyroxine, recheck TFT
- TTE, anticoag discussion
Daughter {{NAME:Beth Ames}}: {{PHONE:978-555-0130}}.

{{NAME:Jonah Feldmann}}, MD PGY1, pager {{PHONE:2-8814}}
Senior: {{NAME:Aiyana Redcloud}}, MD, pager {{PHONE:2-8820}}`,
  `{{FACILITY:HALLOWAY GENERAL HOSPITAL}}
DISCHARGE SUMMARY

PATIENT: {{NAME:DIMITRIOU, ANASTASIA}}     MR# {{MRN:HG-4017722}}
ACCT: {{ACCOUNT:900441827361}}
MEDICARE #: {{HEALTH_PLAN:4TR9-JK2-WM81}}
ADMIT: {{DATE:11/11/2089}}    DISCHARGE: {{DATE:11/19/2089}}

PRINCIPAL DIAGNOSIS: NSTEMI.

THE PATIENT IS A {{AGE:91}}-YEAR-OLD GREEK-SPEAKING WOMAN FROM {{LOCATION:ASTORIA}}, {{LOCATION:QUEENS}}, VISITING HER SON {{NAME:NIKOS}} IN {{LOCATION:DEDHAM}}, WHO PRESENTED WITH EPIGASTRIC PAIN AND TROPONIN 2.8. SHE WAS BORN IN {{LOCATION:THESSALONIKI}} AND EMIGRATED IN HER 20S.

HOSPITAL COURSE: MEDICAL MANAGEMENT CHOSEN GIVEN AGE AND CKD (CR 2.0). HEPARIN X 48 H, ASA, ATORVASTATIN 40. ECHO {{DATE:11/13}}: EF 45%, INFERIOR HK. NO SWAN. TRANSIENT DELIRIUM ON THE {{DATE:15TH}}, RESOLVED WITH REORIENTATION.

DISPOSITION: TO SON'S HOME, {{ADDRESS:8 BIRCH HOLLOW RD}}, {{LOCATION:DEDHAM}}, MA {{ZIP:02026}}. PCP IN {{LOCATION:ASTORIA}}, DR. {{NAME:ALEXOPOULOS}}, FAX {{FAX:718-555-0174}}.

ATTENDING: {{NAME:T. MARCHETTI}}, MD
DICTATED BY {{NAME:P. SUBRAMANIAM}}, MD  D: {{DATE:11/19/2089 14:20}}
{{NAME:PS}}/{{NAME:ek}}  JOB {{ID:338816}}`,
  `Record date: {{DATE:2090-05-20}}

{{FACILITY:Ironstone Cardiac Rehab}} - Phase II progress note, session 18/36

{{NAME:Desmond Achterberg}}, 56M, s/p inferior STEMI / RCA DES ({{DATE:7/4/88}}, {{FACILITY:St. Aurelian's}}), then redo PCI {{DATE:2/2090}}.

Exercise: treadmill 3.0 mph / 4% x 20 min, arm ergometer 8 min. Peak HR 118, RPE 13. BP 134/78 -> 150/80. No ectopy on tele. METs 6.1 (Bruce protocol ETT at 8 wks was 7.0).

Returned to work on {{DATE:May 1}} in dispatch at {{FACILITY:Penrose Freight Lines}} rather than driving. Still smoking 3 cig/day; quit date set for {{DATE:6/1}}. Wife {{NAME:Rosalind}} attends education sessions.

Parking: pt requested a temporary disability placard; form filled for his plate {{VEHICLE:4RKT 218}} (MA).

Weight 212 -> 204 lb since {{DATE:March 20}}.

Plan: continue 3x/week; nutrition class {{DATE:Thursday 5/22}}; report to Dr. {{NAME:Holt}}.

{{NAME:Gretchen Vasquez-Lund}}, RN, CCRP  ({{NAME:gvl}})`,
  `PATIENT PORTAL MESSAGE - {{FACILITY:Merriton University Hospital}} Cardiology
Received {{DATE:09/08/2094 21:17}} from portal user {{EMAIL:lhbrennan62@mailbox.example.com}}
Session IP {{IP:198.51.100.47}}

"Dr. {{NAME:Adeyemi}}, this is {{NAME:Lorna Brennan}} (DOB {{DATE:6/30/2032}}). My Holter from last {{DATE:Tuesday 9/2}} - can you tell me the results? Also my sister {{NAME:Maureen}} found a site that says flecainide causes Parkinson's: {{URL:www.maureens-heart-journey.example.net/flecainide}}. I'm scared to keep taking it. I can be reached at home, {{PHONE:413-555-0187}}. Thank you, {{NAME:Lorna}}"

Reply ({{DATE:09/09/2094 07:52}}):
Ms. {{NAME:Brennan}}, your 48-hour Holter showed sinus rhythm 58-112 with rare PACs and no AF, which is very reassuring. Flecainide does not cause Parkinson's disease. Please keep taking 50 mg twice daily. Dr. {{NAME:Adeyemi}} will review at your visit on the {{DATE:18th}}.
- {{NAME:Helen Toivonen}}, RN for Dr. {{NAME:Folasade Adeyemi}}`,
  `INTERHOSPITAL TRANSFER SUMMARY
From: {{FACILITY:Corbin Valley Regional Medical Center}} ({{FACILITY:CVRMC}}), {{LOCATION:Greenfield}}, MA
To: {{FACILITY:Merriton University Hospital}} CCU, accepting Dr. {{NAME:Adeyemi}}
Date/time of transfer: {{DATE:01/26/2093 18:05}}

Pt: {{NAME:Harold Vinterberg}}   {{FACILITY:CVRMC}} MRN {{MRN:CV00918345}}   DOB {{DATE:08/11/2031}}

61M farmer from {{LOCATION:Colrain}} with 3 days of dyspnea, found in cardiogenic shock. Lactate 4.2. TTE here: EF 15%, severe MR. Swan-Ganz: CI 1.6, PCWP 31. Dobutamine 5 mcg/kg/min, norepi 0.06.

Cath ({{DATE:1/26}} 14:30, Dr. {{NAME:Pelletier}}): no obstructive CAD. Suspect myocarditis vs tachy-mediated (HR 140s, ?AT). Temp 38.1.

Blood cx drawn 0900, accession {{ID:MB93-004417}} and {{ID:MB93-004418}}; troponin peak 6.1 at 1200.

Family: wife {{NAME:Ingrid}} following by car; son {{NAME:Lars}} ({{PHONE:413-555-0119}}) is HCP.

Records faxed from {{FACILITY:CVRMC}} HIM, fax {{FAX:413-555-0140}}, call {{PHONE:413-555-0141}} with questions.

Sending MD: {{NAME:Colette Pelletier}}, MD, Hospitalist/Cardiology
RN report given by {{NAME:Dana Whitford}}, RN to {{NAME:Marcus}} in {{FACILITY:MUH}} CCU at 17:40.`,
  `{{FACILITY:FENWICK MEMORIAL HOSPITAL}} - HEALTH INFORMATION MANAGEMENT
REQUEST FOR OUTSIDE RECORDS             {{DATE:14 Mar 2092}}

Patient: {{NAME:Oluwaseun Bakare-Whitman}}
{{FACILITY:FMH}} MRN: {{MRN:6612-0938}}     DOB: {{DATE:22 Sep 2040}}

Please send records of the following encounters to Dr. {{NAME:Okafor}}, {{FACILITY:FMH}} Cardiology, fax {{FAX:978-555-0111}}:

1. {{FACILITY:Halloway General Hospital}} ({{FACILITY:HGH}} MR# {{MRN:HG-3305118}}) - admission {{DATE:12 Jan 2091}} - {{DATE:17 Jan 2091}}, AF/flutter ablation report.
2. {{FACILITY:St. Aurelian's Medical Center}} ({{FACILITY:SAMC}} unit # {{MRN:SA-771-092}}) - ED visit {{DATE:2 Feb}}, syncope w/u, Holter and tilt table.
3. {{FACILITY:Ashgrove Community Hospital}} - echo {{DATE:Nov 2090}}.

Patient authorization signed {{DATE:3/13/92}}, witnessed by {{NAME:Tess Marlowe}}, HIM clerk, employee # {{ID:E20417}}.

Patient's address for copies: {{ADDRESS:231 Varnum Ave, Unit 12}}, {{LOCATION:Dracut}}, MA {{ZIP:01826}}. Email for secure delivery: {{EMAIL:seun.bakare.w@example.com}}.

Questions: {{NAME:Tess Marlowe}}, {{PHONE:978-555-0120}} ext {{PHONE:332}}.`,
  `Record date: {{DATE:2091-08-30}}

DEVICE CLINIC - {{FACILITY:Tallis Heart Institute}} at {{FACILITY:Fenwick Memorial}}

Pt: {{NAME:Augustin Lemieux}}   MRN {{MRN:3380471}}   Age {{AGE:90}}

{{AGE:90}} yo man from {{LOCATION:Lewiston}}, ME (lives near daughter {{NAME:Sylvie Caron}} in {{LOCATION:Methuen}} since 2088), DDD pacemaker for CHB placed {{DATE:4/16/84}} at {{FACILITY:Auburn Millrace Medical Center}}, generator change {{DATE:5/2/90}} here.

Device: dual chamber, serial {{DEVICE:RNK 720194 W}}; RA lead SN {{DEVICE:LPT3318820}}, RV lead SN {{DEVICE:LPT3318907}}.
Remote monitor base station linked via home router, last transmission from {{IP:203.0.113.86}} on {{DATE:8/27}}.

Interrogation: battery 11 yrs, AP 18% / VP 99%. Thresholds stable. 2 mode-switch episodes (AT, 4 min total). No Holter needed.

Impression: normal function. AT burden <1%, no anticoag change (already on Coumadin via {{FACILITY:Spicket River Anticoagulation Clinic}}).

Next remote {{DATE:11/30}}, in-clinic in 1 year.
{{NAME:Bernadette Oyelowo}}, NP / reviewed by Dr. {{NAME:Sandoval}}
Daughter's phone {{PHONE:978-555-0189}}.`,
  `WOUND / DIABETIC FOOT CLINIC - {{FACILITY:Dunmore Diabetes Center}}
{{DATE:Feb 4, 2087}}

{{NAME:Tobias Renfrew}}, 67M, T1DM since age 12, PVD, s/p L 2nd toe amp ({{DATE:10/2085}}, {{FACILITY:Ashgrove Community}}).

R plantar 1st MTH ulcer 1.4 x 1.1 x 0.3 cm, clean granular base, no probe to bone. ABI R 0.71.
Photos: {{PHOTO:RENFREW_R_FOOT_020487_01.jpg}}, {{PHOTO:RENFREW_R_FOOT_020487_02.jpg}} uploaded to chart.

Pt is enrolled in the {{FACILITY:Dunmore}} palm-vein check-in pilot; template ID {{BIOMETRIC:PV-0048-1932-77}} re-enrolled today as his scan failed twice (callus on palm from work).

Works as a mechanic at {{FACILITY:Renfrew & Sons Garage}} (family business, brother {{NAME:Angus}}). Lives in {{LOCATION:Braintree}}.

Pump: insulin pump serial {{DEVICE:PMP-40918-AK}}, CGM on. A1c 7.9 ({{DATE:1/20}}).

Plan: TCC applied today; vascular referral to Dr. {{NAME:Oyelaran-Fisk}} at {{FACILITY:Merriton}}; offloading; return 1 wk, {{DATE:2/11}}.
- {{NAME:Priscilla Huang}}, DPM`,
  `ECHOCARDIOGRAPHY REPORT - {{FACILITY:Halloway General Hospital}}
Accession: {{ID:ECH-91-0077312}}      Study date: {{DATE:03/07/2091 10:42}}
Patient: {{NAME:Beaumont, Clarissa}}   MRN: {{MRN:HG-6619402}}   Age: 72   Sex: F
Referring: {{NAME:Faisal Qureshi}}, MD     Sonographer: {{NAME:KLD}}

Indication: dyspnea; murmur; r/o HOCM. Family hx of sudden death (brother {{NAME:Philip}}, age 41).

Findings:
LV: normal size, LVEF 65%. Asymmetric septal hypertrophy, IVS 1.9 cm, post wall 1.1 cm.
LVOT gradient 18 mmHg rest, 64 mmHg Valsalva. SAM present.
MV: mild-mod posteriorly directed MR.
RV: normal. RVSP 34.
No pericardial effusion.

Comparison: prior study at {{FACILITY:Ashgrove}} {{DATE:5/12/88}}: IVS 1.6 cm.

Impression: HCM with provocable LVOTO. Recommend genetic counseling, Holter, and CMR.

Read by: {{NAME:Franklin Holt}}, MD   Electronically signed {{DATE:03/07/2091 15:06}}`,
  `Record date: {{DATE:2068-02-09}}

CARDIOLOGY - NEW PATIENT
{{FACILITY:Merriton University Hospital}} / {{FACILITY:MUH}} Heart Center, {{FACILITY:Kessler 3}}

Mrs. {{NAME:Ruth Abendroth}} is a 59 yo schoolteacher at {{FACILITY:Pine Hollow Middle School}} in {{LOCATION:Newton}} referred by Dr. {{NAME:Ilse Vandermeer}} for exertional chest tightness since before Christmas. She walks her dog around {{LOCATION:Crystal Lake}} and gets tightness at the hill, relieved with rest in 2-3 min.

RF: DM2 (A1c 7.8 on {{DATE:1/12/68}}), HTN, LDL 142, ex-smoker (quit 2051). Father died of MI at 62 in {{LOCATION:Hamburg}}; mother alive at {{AGE:91}} in {{LOCATION:Bremen}}.

Meds: metformin 850 bid, HCTZ 25, ASA 81 (self-started).
Exam: BP 148/86, HR 76, BMI 31, no bruits.
ECG: NSR, nonspecific ST-T changes.

Imp: typical angina, intermediate-high pretest prob.
Plan:
- Bruce protocol exercise SPECT on {{DATE:2/16}}
- start atorvastatin 40, metoprolol 25 bid, SL NTG prn
- discussed with husband {{NAME:Klaus}} by phone, {{PHONE:617-555-0103}}

{{NAME:Folasade Adeyemi}}, MD
cc: Dr. {{NAME:I. Vandermeer}}, {{FACILITY:Auburndale Primary Care}}`,
  `Record date: {{DATE:2069-10-27}}

{{FACILITY:MUH}} Heart Center - follow-up
{{NAME:Abendroth, Ruth}}   MRN {{MRN:0092-4471-3}}

Interval: Positive SPECT {{DATE:Feb '68}} (inferolateral ischemia) -> cath {{DATE:3/3/68}} with LCx DES. Did well until this summer when she had 2 episodes of rest pain; seen at {{FACILITY:Auburndale Urgent Care}} on {{DATE:8/19}}, ECG unchanged, trop neg.

Diabetes harder to control: A1c 8.6 ({{DATE:9/30/69}}). Dr. {{NAME:Vandermeer}} added glipizide. Stress at work - now vice principal at {{FACILITY:Pine Hollow}}. Her mother (now {{AGE:93}}) moved in with them from Germany last month.

Meds: ASA 81, clopidogrel 75 (stopped {{DATE:3/2069}}), atorva 80, metoprolol 50 bid, metformin 1000 bid, glipizide 5, lisinopril 10.

Exam: BP 138/80, HR 62. S4.

Labs: LDL 71, Cr 0.8.

A/P: CAD s/p PCI with recurrent atypical sx. Exercise stress echo (Bruce) to be scheduled; if neg, likely microvascular/esophageal. Refer to Dr. {{NAME:Gallagher-Obi}} (endo) re: DM - appt {{DATE:11/18}}.

{{NAME:Tomas Lindahl}}, MD (fellow) for Dr. {{NAME:Adeyemi}}`,
  `Record date: {{DATE:2071-06-15}}

ENDOCRINE / DIABETES - {{FACILITY:Gallagher Diabetes Unit}}, {{FACILITY:MUH}}

{{NAME:Ruth Abendroth}}, 62F, CAD s/p LCx DES ({{DATE:3/68}}), T2DM, here 4 weeks after admission to {{FACILITY:Westborough Regional}} ({{DATE:5/12-5/16}}) for hypoglycemia (BG 34) - found confused in the staff room by the school nurse, {{NAME:Lucy Delgado}}. Glipizide stopped there.

Since then: sugars 110-220, no lows. Wt down 9 lb. Husband {{NAME:Klaus}} retired from {{FACILITY:Charles River Lithograph}} and now cooks.

A1c: {{DATE:5/13/71}} 7.4.
Started semaglutide 0.25 mg weekly {{DATE:May 20}}; nausea mild.

Eyes: mild NPDR, Dr. {{NAME:Esposito}} {{DATE:4/2071}}.
Feet: normal.

Plan:
- semaglutide to 0.5 mg
- continue metformin 1000 bid
- stop glipizide permanently (allergy list updated: "hypoglycemia")
- driving: no restriction since no lows x4 wks; MA license {{LICENSE:S88172605}} noted on RMV form requested by pt
- RTC 3 mo

{{NAME:Siobhan Gallagher-Obi}}, MD
Dictated, not read. {{NAME:SGO}}/{{NAME:rf}}`,
  `{{FACILITY:MERRITON UNIVERSITY HOSPITAL}} HEART CENTER

{{DATE:JANUARY 8, 2074}}

DR. {{NAME:ILSE VANDERMEER}}
{{FACILITY:AUBURNDALE PRIMARY CARE}}
{{ADDRESS:2030 WASHINGTON ST}}
{{LOCATION:NEWTON}}, MA {{ZIP:02462}}

RE: {{NAME:RUTH ABENDROTH}}   {{FACILITY:MUH}}# {{MRN:0092-4471-3}}

DEAR DR. {{NAME:VANDERMEER}}:

I SAW MRS. {{NAME:ABENDROTH}} ON {{DATE:JANUARY 6}}. SHE IS NOW 64 AND RETIRED. SINCE HER CABG X3 AT {{FACILITY:TALLIS HEART INSTITUTE}} ON {{DATE:AUGUST 22, 2073}} (DR. {{NAME:BRANDAO}}) SHE HAS HAD NO ANGINA. SHE COMPLETED CARDIAC REHAB IN {{LOCATION:WALTHAM}} IN THE FALL OF 2073. HER POSTOP AF RESOLVED AND HER CHADS2 SCORE IS 3, BUT SHE HAS BEEN IN SINUS ON TWO HOLTERS, SO COUMADIN WAS STOPPED ON {{DATE:11/30/73}}.

EXAM: BP 126/74, HR 60, STERNUM HEALED. ECHO {{DATE:12/15/73}}: EF 55%.

HER MOTHER DIED IN {{DATE:OCTOBER 2073}} AT AGE {{AGE:97}} AND SHE IS GRIEVING; I SUGGESTED SHE SEE YOU ABOUT THIS.

PLAN: CONTINUE ASA, ATORVASTATIN 80, METOPROLOL 25 BID. SHE WILL SEE ME IN 6 MONTHS.

SINCERELY,

{{NAME:FOLASADE ADEYEMI}}, M.D.
{{NAME:FA}}/{{NAME:DWT}}   D: {{DATE:01/06/74}}   T: {{DATE:01/08/74}}`,
  `{{FACILITY:Fenwick Memorial Hospital}} - Anticoagulation / Cardiology letter

{{DATE:16 Oct 2092}}

Dear Dr. {{NAME:Qureshi}},

Re: {{NAME:Bartholomew Kiernan}}, DOB {{DATE:5/5/2019}}, {{FACILITY:FMH}} MRN {{MRN:4482-0619}}

I saw Mr. {{NAME:Kiernan}} today for new atrial fibrillation found on a pre-op ECG for his hernia repair with Dr. {{NAME:Whelan}}. He is 73, a retired mail carrier living alone in {{LOCATION:Tewksbury}}. CHA2DS2-VASc 3 (age, HTN, DM).

We discussed DOAC vs Coumadin; he prefers Coumadin as his brother {{NAME:Francis}} did well on it and his copays are lower. INR checks at {{FACILITY:Kiln Brook Pharmacy}} ({{PHONE:978-555-0126}}), goal 2-3. First INR {{DATE:10/23}}.

Rate control: metoprolol succinate 50 daily. Echo ordered. Hernia repair can proceed after 4 weeks of therapeutic INR; bridging not needed.

Sincerely,
{{NAME:Raymond T. Okafor}}, MD
cc: {{NAME:Liam Whelan}}, MD, General Surgery`,
  `DISCHARGE SUMMARY
{{FACILITY:Ashgrove Community Hospital}}, {{LOCATION:Marlborough}}, MA

Name: {{NAME:Keaton Brightwater}}    MR# {{MRN:AC-0419937}}
Admission: {{DATE:9/12/2094}}   Discharge: {{DATE:9/15/2094}}
PCP: Dr. {{NAME:Marguerite Hollis}}, {{FACILITY:Carroway College Health Services}}

HPI: 19 yo sophomore at {{FACILITY:Carroway College}} with T1DM since age 8, on pump, who was found vomiting in his dorm ({{FACILITY:Thayer Hall}}) by his roommate {{NAME:Dev}} on the evening of the {{DATE:11th}}. Pump site had fallen off during soccer practice. Glucose 612, pH 7.08, AG 28.

Course: DKA protocol in the ICU, gap closed by 0400 on the {{DATE:13th}}. Transitioned to SQ, then pump resumed after teaching by CDE {{NAME:Ana-Lucia Ferreira}}. Pump serial {{DEVICE:TND-7734018}} inspected, no malfunction. Mother {{NAME:Colleen Brightwater}} drove in from {{LOCATION:Keene}}, NH; her cell {{PHONE:603-555-0155}}.

Labs at d/c: K 4.2, HCO3 24, Cr 0.9. A1c 8.8.

Plan: follow up with his endocrinologist Dr. {{NAME:Tran-Whitley}} at {{FACILITY:Cheshire Pediatric & Young Adult Diabetes}} within 2 weeks; student health note for missed classes {{DATE:9/11-9/18}}.

{{NAME:Renata Solis}}, MD, Hospitalist
cc: {{NAME:M. Hollis}}, MD`,
  `GERIATRIC CARDIOLOGY CONSULT - {{FACILITY:Tallis Heart Institute}}
Date: {{DATE:4/22/2095}}   Requested by: Dr. {{NAME:Marchetti}}

Mr. {{NAME:Cornelius Atwater-Pyne}} is a {{AGE:ninety-six}} year old retired judge (probate court, {{LOCATION:Salem}}) with severe calcific AS (AVA 0.6 cm2, mean gradient 48, {{DATE:4/18}}) admitted with syncope while gardening.

He lives independently at {{ADDRESS:3 Witch Hill Lane}}, {{LOCATION:Marblehead}}, MA {{ZIP:01945}} with his wife {{NAME:Adelaide}}, who is {{AGE:94}}. Son {{NAME:Julian}} lives in {{LOCATION:Dublin}} and daughter {{NAME:Frances Atwater-Pyne}} (HCP) in {{LOCATION:Beverly}}, {{PHONE:978-555-0113}}.

Frailty: 5-m walk 7.1 s, grip weak, but MMSE 29/30, reads the paper daily. STS score 9.8%.

Holter ({{DATE:4/20}}): sinus, one 4 s pause at 03:12 - not explaining daytime syncope.

Assessment: {{AGE:96}} yo with symptomatic severe AS. TAVR reasonable given cognition and independence; discussed with pt, wife and daughter at bedside on the {{DATE:21st}}. He says "I have outlived two of my cardiologists."

Plan: CT-TAVR protocol, dental clearance, heart team review {{DATE:Friday 4/25}}.

{{NAME:Magnus Efird}}, MD, FACC   pager {{PHONE:60317}}`,
  `{{FACILITY:Merriton University Hospital}}
Movement Disorders & General Neurology

{{DATE:July 7, 2090}}

{{NAME:Edwina Parkinson}}, MD
{{FACILITY:Dorchester Bay Family Health}}
{{ADDRESS:600 Dudley Square Road}}, {{LOCATION:Dorchester}}, MA {{ZIP:02125}}

Dear Dr. {{NAME:Parkinson}},

Thank you for asking me to see {{NAME:Aurelio Benvenuti}}, 68, retired bricklayer from {{LOCATION:Palermo}} (in {{LOCATION:Roslindale}} since 2041), about a tremor. Despite the understandable worry, I do not think he has Parkinson's disease. The tremor is bilateral, postural and kinetic, improves with a glass of wine, and his father and sister {{NAME:Giuseppina}} both had it. DaT scan was normal on {{DATE:6/30}}.

His TSH was low-normal; no Graves' features. He is also on amiodarone (Dr. {{NAME:Sandoval}}, for AF since {{DATE:12/2089}}), which can worsen tremor.

Suggestion: propranolol LA 60 mg daily if his cardiologist agrees (EF 50%, HR 64); I have written to Dr. {{NAME:Sandoval}}, fax {{FAX:978-555-0192}}.

I will see him again in {{DATE:October 2090}}. His daughter {{NAME:Lucia}} ({{PHONE:617-555-0138}}) helps with appointments.

Yours sincerely,
{{NAME:Henrik Abara}}, MD
{{NAME:HA}}/{{NAME:sj}}`,
  `PREOPERATIVE CARDIAC EVALUATION
{{FACILITY:Fenwick Memorial Hospital}} Cardiology, {{DATE:12/01/2093}}

To: {{NAME:Liam Whelan}}, MD, General Surgery (NPI {{LICENSE:1588830412}})

Re: {{NAME:Winifred Osei-Bonsu}}, 81F, MRN {{MRN:8830-1472}}, for elective lap chole {{DATE:12/15}}.

Hx: CAD, DES to LAD {{DATE:May 2090}} at {{FACILITY:St. Aurelian's}} ({{FACILITY:SAMC}}), DM2 on insulin, CKD3a, OSA on CPAP. Originally from {{LOCATION:Kumasi}}; lives with grandson {{NAME:Kofi}} in {{LOCATION:Lowell}}. Walks up 2 flights to her church, {{FACILITY:Mount Zion Presbyterian}}, without symptoms (>4 METs).

ECG: NSR, old anterior Qs. Echo {{DATE:10/3/93}} EF 50%.
RCRI 3 (CAD, insulin, Cr 1.7).

Recommendations:
1. No further testing needed; proceed.
2. Continue ASA 81 periop; clopidogrel finished {{DATE:5/2091}}.
3. Continue metoprolol; hold lisinopril am of surgery.
4. Bring CAPP... CPAP (serial {{DEVICE:RS11-40882917}}) to hospital.
5. Insulin: 50% glargine night before.

{{NAME:Raymond T. Okafor}}, MD (NPI {{LICENSE:1902288461}})`,
  `TELEPHONE ENCOUNTER - {{FACILITY:Quarry Hill Family Practice}}
{{DATE:Tuesday, 2/18/2092 10:14}}

Caller: {{NAME:Halina Szymanski}}, wife of pt {{NAME:Walter Szymanski}} (DOB {{DATE:09/19/2021}}), cb {{PHONE:978-555-0162}}.

Reason: refill torsemide and Coreg; pharmacy ({{FACILITY:Kiln Brook Pharmacy}}, fax {{FAX:978-555-0127}}) says script expired. Also asks whether he can take Advil for his knee - advised NO (HF, CKD), Tylenol ok.

Reviewed last cardiology note (Dr. {{NAME:Okafor}}, {{DATE:1/29}}): torsemide 40 daily, Coreg 6.25 bid.

Action: refills sent e-Rx, order # {{ID:RX-2092-118840}}. Informed {{NAME:Halina}}. She also reports his weight was 188 on {{DATE:Sunday 2/16}}, 191 today. Advised extra torsemide 20 mg x1 and call {{FACILITY:FMH}} HF nurse ({{NAME:Gwen}}, {{PHONE:978-555-0143}}) if >193.

Dr. {{NAME:Abernathy}}'s DEA ({{LICENSE:BA4417392}}) attached to controlled-substance list update (none needed today).

{{NAME:Paulette Okonjo}}, RN / reviewed {{NAME:J. Abernathy}}, MD`,
  `Record date: {{DATE:2076-11-03}}

Reason for visit: new patient, DM and CAD, transfer of care from {{FACILITY:Hospital Damasco del Sur}} in {{LOCATION:Ponce}}

Interval History:
Mr. {{NAME:Hector Villanueva-Roque}} is a 57 year old man who moved to {{LOCATION:Holyoke}} in {{DATE:August 2076}} to be near his daughter {{NAME:Marisol}}. He brought records: IMI {{DATE:3/14/74}} treated with thrombolytics, cath {{DATE:3/18/74}} with 70% LAD, medical rx. DM2 since 2069. He works at {{FACILITY:Connecticut River Paperboard}} on the loading dock.

Labs (brought from PR)       Here {{DATE:10/28/76}}
  A1c    9.2  ({{DATE:6/76}})       8.7
  LDL    160                   138
  Cr     1.0                   1.1

Medications:
  metformin         1000 mg bid
  glyburide         5 mg bid
  atenolol          50 mg daily
  ASA               81 mg
  (no statin - "cramps")

Physical examination: BP 152/90, P 58, BMI 30. No JVD. Soft S4.

Assessment and plan:
1. CAD - needs ischemia eval: Bruce protocol stress echo. Try rosuvastatin 5 mg.
2. DM - switch glyburide to glipizide; diabetes ed with {{NAME:Nilda}} (bilingual CDE).
3. Contact: {{PHONE:413-555-0171}} (daughter's cell).

{{NAME:Gabriel Ostrowski}}, MD - {{FACILITY:Holyoke Riverside Medical Associates}}`,
  `Record date: {{DATE:2077-08-09}}

{{FACILITY:Holyoke Riverside Medical Associates}} - Cardiology f/u
{{NAME:VILLANUEVA-ROQUE, HECTOR}}  #{{MRN:HRM-44179}}

Since last visit he was admitted to {{FACILITY:Mercy-Ellsworth Hospital}} ({{FACILITY:MEH}}) in {{LOCATION:Springfield}} {{DATE:6/2-6/6}} with unstable angina; cath by Dr. {{NAME:Kowalczyk}} showed LAD 90% -> DES x2. Discharged on ticagrelor but daughter {{NAME:Marisol}} says he stopped it on the {{DATE:4th of July}} because of cost. Now back on clopidogrel via {{FACILITY:Chicopee Falls Pharmacy}}.

Stress echo (pre-PCI, {{DATE:1/11/77}}): 8.2 METs, anterior ischemia.

Symptoms: none. Back at work, lighter duty.

Vitals: 134/80, 62, wt 198.

A1c {{DATE:7/25/77}}: 7.9. LDL 92 on rosuva 10.

Plan:
- DAPT to {{DATE:June 2078}}, then ASA alone
- rosuvastatin 20
- cardiac rehab at {{FACILITY:MEH}} (bus route ok)
- his wife {{NAME:Carmen}} arrives from {{LOCATION:Ponce}} next month

{{NAME:G. Ostrowski}}, MD
{{NAME:go}}/{{NAME:lmr}}`,
  `{{FACILITY:MERCY-ELLSWORTH HOSPITAL}}
DISCHARGE SUMMARY

PATIENT NAME: {{NAME:VILLANUEVA ROQUE, HECTOR L}}
{{FACILITY:MEH}} MRN: {{MRN:ME-20771934}}     ACCOUNT NO: {{ACCOUNT:M79-0033817-4}}
MASSHEALTH ID: {{HEALTH_PLAN:100229841177}}
ADMITTED: {{DATE:02/20/2079}}    DISCHARGED: {{DATE:03/01/2079}}

BRIEF HISTORY: 60 YEAR OLD MAN WITH CAD S/P LAD DES ({{DATE:JUNE 2077}}), DM2, HTN, ADMITTED WITH ACUTE SYSTOLIC HEART FAILURE AFTER A VIRAL ILLNESS. EF 30% (PRIOR 50%).

HOSPITAL COURSE:
1. CHF: IV LASIX 40 BID THEN PO. NO SWAN-GANZ. CATH {{DATE:2/23}}: PATENT STENTS, NO NEW DISEASE -> NONISCHEMIC COMPONENT, ?VIRAL MYOCARDITIS. CMR PENDING AT {{FACILITY:MUH}}.
2. DM: A1C 8.4. BASAL INSULIN STARTED, 14 UNITS. TEACHING WITH WIFE {{NAME:CARMEN}}.
3. PT LOST HIS JOB AT {{FACILITY:CONNECTICUT RIVER PAPERBOARD}}; SOCIAL WORK ({{NAME:J. PAQUETTE}}) HELPED WITH MASSHEALTH.

DISCHARGE MEDS: CARVEDILOL 3.125 BID, LISINOPRIL 5, LASIX 40, ASA 81, ROSUVASTATIN 20, GLARGINE 14 U.

FOLLOW UP: DR. {{NAME:OSTROWSKI}} {{DATE:3/8}}; HF CLINIC DR. {{NAME:KOWALCZYK}} {{DATE:3/15}}.

{{NAME:ADAEZE NWANKWO-BERG}}, M.D.
{{NAME:ANB}}/{{NAME:cpd}}  D: {{DATE:03/01/2079 11:48}}  T: {{DATE:03/02/2079 06:15}}`,
  `Record date: {{DATE:2080-09-12}}

Dear {{NAME:Marisol}} - (letter given to pt's daughter at her request)

{{DATE:September 12, 2080}}

Ms. {{NAME:Marisol Villanueva}}
{{ADDRESS:88 Cabot Street, Apt 2R}}
{{LOCATION:Holyoke}}, MA {{ZIP:01040}}

Dear Ms. {{NAME:Villanueva}},

As you asked, this summarizes your father's heart condition for his disability hearing and for his cardiologist in {{LOCATION:Mayaguez}}, Dr. {{NAME:Efrain Colon-Irizarry}}, as your parents plan to move back this winter.

Mr. {{NAME:Hector Villanueva-Roque}} (DOB {{DATE:1/30/2019}}) has coronary disease with stents placed {{DATE:June 2077}}, and a weak heart muscle (EF 30-35%, NYHA III) since {{DATE:February 2079}}. An ICD was implanted {{DATE:7/7/80}} at {{FACILITY:MUH}} (device serial {{DEVICE:DVX209771Q}}). He cannot do physical work.

Social Security number for the hearing file: {{SSN:947-08-3316}}.

Please give Dr. {{NAME:Colon-Irizarry}} my fax, {{FAX:413-555-0146}}, and email {{EMAIL:gostrowski@hrma-cardiology.example.org}}.

Sincerely,
{{NAME:Gabriel Ostrowski}}, MD`,
  `SLEEP / CARDIOLOGY JOINT CLINIC - {{FACILITY:Fenwick Memorial Hospital}}
Visit {{DATE:08/05/2092}}

{{NAME:Thaddeus Oyekunle-March}}, 64M, bus driver for {{FACILITY:Lowell Line Coach Co.}}, persistent AF, HTN, BMI 41, severe OSA (AHI 58 on PSG {{DATE:6/14/92}}).

CPAP started {{DATE:7/1}}; machine serial {{DEVICE:23194477201}}, modem uploads to the vendor cloud under account {{ACCOUNT:CP-88104-2271}}. Compliance 6.2 h/night 92% of nights; residual AHI 4.

AF: s/p DCCV {{DATE:6/20}} at {{FACILITY:FMH}}, back in AF by {{DATE:6/29}}. CHA2DS2-VASc 2; on apixaban (prefers it to Coumadin - no INR visits on his route).

Driving: commercial driver - DOT medical card requires CPAP compliance; copy of compliance report given. CDL {{LICENSE:S33902871}}.

Plan: repeat DCCV + start dofetilide inpatient ({{FACILITY:Ellery 6}}), date {{DATE:8/19}}. Discussed with EP Dr. {{NAME:Sandoval}}. Wife {{NAME:Abimbola}} at {{PHONE:978-555-0104}}.

{{NAME:Yvette Lachance}}, MD (sleep) / {{NAME:Ines Nakamura-Reyes}}, MD (cardiology)`,
  `ED ATTENDING NOTE - {{FACILITY:St. Aurelian's Medical Center}}
{{DATE:10/14/2091 16:25}}

{{NAME:Prudence Achebe-Marsh}}, 47F, brought by {{LOCATION:Lowell}} police after a low-speed collision on {{ADDRESS:Pawtucket Blvd near the Rourke Bridge}}. Per witness she "slumped over" before her car drifted into a pole. Airbag deployed. No LOC per pt, but amnestic to the event.

Vehicle: 2086 sedan, plate {{VEHICLE:7HXR 402}}, VIN {{VEHICLE:1HGTR58N3PL004417}} - towed to {{FACILITY:Dracut Auto Body}}. Officer {{NAME:Brannigan}} (badge {{ID:LPD-1187}}), incident # {{ID:91-044128}}.

PMH: T1DM on MDI, hypothyroid. No cardiac hx. Last ate 0700. FS by EMS 38, D50 given; 142 on arrival.

ECG NSR, QTc 430. Trop neg. CT head neg.

Imp: hypoglycemic syncope while driving, not cardiac; no Holter needed.

Plan: obs overnight, endocrine consult (Dr. {{NAME:Gallagher-Obi}}), counsel on driving - reported per hospital policy; driver's license {{LICENSE:S71100934}} on file. Husband {{NAME:Obinna}} en route, {{PHONE:978-555-0148}}.

{{NAME:Willa Thorsby}}, MD`,
  `DIABETES EDUCATION VISIT - {{FACILITY:Dunmore Diabetes Center}}
{{DATE:January 30, 2088}}

Pt: {{NAME:Chiamaka Eze-Lundqvist}}   MRN {{MRN:7730881}}

32F with new T1DM (LADA, GAD+ {{DATE:1/9}}) after admission to {{FACILITY:Ashgrove}} {{DATE:12/28-1/2}}. Software engineer at {{FACILITY:Quillfeather Systems}} in {{LOCATION:Cambridge}}; moved from {{LOCATION:Enugu}} in 2081.

Taught: carb counting (1:12), correction 1:40 > 150, lispro pen, glargine 14 u.
Meter set up to sync with the clinic portal; her upload page is {{URL:https://glucoshare.example.com/u/ceze-l}} and first upload came from {{IP:192.0.2.144}} at 11:02 today.
She prefers email for log reviews: {{EMAIL:chiamaka.el@example.net}}.

Partner {{NAME:Henrik}} attended and learned glucagon.

Hypo plan reviewed; she drives - check before driving.

Next: CDE call {{DATE:Tuesday 2/6}}, MD visit with Dr. {{NAME:Bannerman}} {{DATE:2/20}}.

{{NAME:Alice Wendorf}}, NP, CDE`,
  `{{FACILITY:Merriton University Hospital}} Lipid Clinic

{{DATE:5 June 2093}}

Dear Dr. {{NAME:Thibodeaux}},

I saw your patient Mr. {{NAME:Ambrose Kettering}} (DOB {{DATE:17 Nov 2052}}) on {{DATE:2 June}}. He is a 40 year old firefighter ({{FACILITY:Tower Hill Engine 9}}) with LDL 312, tendon xanthomas and an MI at 38 treated at {{FACILITY:Winnekenni Hospital}} in {{LOCATION:Haverhill}}. Genetic testing confirms heterozygous FH (LDLR variant).

Family cascade screening:
  father {{NAME:Edmund}} - died at 51 (MI)
  sister {{NAME:Philippa Kettering-Roe}} - LDL 240, will be seen {{DATE:6/19}}
  son {{NAME:Teddy}}, 9 - pediatric lipid clinic referral
  uncle {{NAME:Bertram}}, {{AGE:90}}, in {{LOCATION:Leeds}}, never tested

Plan: rosuvastatin 40 + ezetimibe 10 -> LDL 141; add PCSK9i (evolocumab 140 q2wk), prior auth submitted, reference {{ID:PA-5529013}}. Lp(a) 88.

With thanks,
{{NAME:Ingrid Solheim-Baptiste}}, MD
cc: {{NAME:Marc Thibodeaux}}, MD`,
  `CARDIAC SURGERY DISCHARGE SUMMARY - {{FACILITY:Tallis Heart Institute}}

Patient: {{NAME:Lindqvist, Rune}}     MRN {{MRN:3398140}}
Surgery: {{DATE:08/11/2092}}   Discharge: {{DATE:08/17/2092}}
Surgeon: {{NAME:Isabel Brandao}}, MD   PA: {{NAME:Cole Maddox}}, PA-C

Procedure: CABG x4 (LIMA-LAD, SVG-OM1, SVG-OM2, SVG-PDA), on pump.

Hx: 69M, retired ferry captain from {{LOCATION:Gloucester}}, born in {{LOCATION:Gothenburg}}, 3VD on cath {{DATE:7/30}} at {{FACILITY:Cape Ann Harbor Hospital}} (Dr. {{NAME:Pappas}}), DM2, EF 45%.

Course: extubated POD#0. Swan-Ganz removed POD#1. New AF POD#2 - amiodarone, converted; no Coumadin at d/c (short episode). Sternal wound clean; wound photo ref {{PHOTO:PH-TH-92-08831}}. Glucose managed with insulin gtt then glargine.

D/c meds: ASA 81, metoprolol 25 bid, atorva 80, amio 200 bid x1 wk then daily, metformin restarted, Lasix 20 x5d.

Follow-up: Dr. {{NAME:Brandao}} {{DATE:9/1}}; Dr. {{NAME:Pappas}} 2 wks; rehab at {{FACILITY:Ironstone Cardiac Rehab}}.
Son {{NAME:Erik}} to stay with him; {{PHONE:978-555-0135}}.

{{NAME:C. Maddox}}, PA-C / {{NAME:I. Brandao}}, MD`,
  `RESEARCH VISIT NOTE - HF Telemonitoring Study, {{FACILITY:Fenwick Memorial}}
{{DATE:3/3/2094}}

Subject: {{NAME:Walter Szymanski}}, {{FACILITY:FMH}} MRN {{MRN:0448-1207}}, study subject ID {{ID:HFT-0217}}

Consent reviewed again with pt and wife {{NAME:Halina}} (she signed as witness). Study coordinator {{NAME:Beatrix Oduya-Klein}}.

Enrolment steps completed today:
- home scale and BP cuff paired to hub; hub serial {{DEVICE:HUB-7781-0442}}
- voice check-in: voiceprint template stored as {{BIOMETRIC:VP-2094-0217-A}} for the daily symptom call
- photo ID for study badge taken, file {{PHOTO:HFT0217_face.png}}

Baseline: wt 86.4 kg, BP 112/68, HR 66, NYHA II-III, KCCQ 58.
Meds unchanged (torsemide 40, Coreg 6.25 bid, amio 200, spironolactone 25, Coumadin).

Randomized to: telemonitoring arm. Next visit {{DATE:6/2}}. Stipend to his address on file, {{ADDRESS:27 Sixth St}}, {{LOCATION:Lowell}}, MA {{ZIP:01850}}.

PI: {{NAME:Raymond T. Okafor}}, MD`,
  `RECORD DATE: {{DATE:03/14/2093}}

CARDIOLOGY CLINIC - {{FACILITY:HALLOWAY GENERAL}} ({{FACILITY:HGH}})

MR. {{NAME:OSWALD PENHALLOW}} IS AN 89 YEAR OLD RETIRED PHARMACIST FROM {{LOCATION:NORWOOD}} SEEN FOR FOLLOW UP OF AORTIC STENOSIS AND PAROXYSMAL AF. HE IS ACCOMPANIED BY HIS WIFE {{NAME:MILDRED}}, WHO IS {{AGE:90}} AND DRIVES HIM. SINCE HIS VISIT ON {{DATE:11/8/92}} HE REPORTS ONE EPISODE OF PALPITATIONS ON THE {{DATE:2ND}} OF THIS MONTH LASTING AN HOUR.

MEDS: METOPROLOL 25 BID, COUMADIN 3 MG (INR 2.4 ON {{DATE:3/9}} AT {{FACILITY:NORWOOD CENTER PHARMACY}}), SIMVASTATIN 20, FINASTERIDE.

EXAM: BP 132/64, HR 70 IRREG. 3/6 LATE PEAKING SEM, S2 SOFT.

ECHO {{DATE:2/28/93}}: AVA 0.9, MEAN GRADIENT 36, EF 60%.

IMPRESSION: MODERATE-SEVERE AS, ASYMPTOMATIC. PAF, CHADS2 3, ANTICOAGULATED.

PLAN: REPEAT ECHO IN 6 MONTHS. HE DOES NOT WANT SURGERY "AT MY AGE". DISCUSSED TAVR AS AN OPTION IF SYMPTOMS. HIS BROTHER {{NAME:ROLAND}} HAD A VALVE REPLACED AT {{AGE:91}}.

{{NAME:THEODORE MARCHETTI}}, M.D.
{{NAME:TM}}/{{NAME:RJK}}   JOB {{ID:661204}}`,
  `CCU PROGRESS NOTE - {{FACILITY:MUH}} CCU, bed 6
{{DATE:1/27/2093}}   HD#2

Pt: {{NAME:Vinterberg, Harold}} (transfer from {{FACILITY:CVRMC}})

S: Overnight VT x1, 14 beats, self-terminated at 02:15. Less dyspneic. Wife {{NAME:Ingrid}} at bedside since 21:00.

O: T 37.9, HR 104 (sinus), BP 98/62 on dobutamine 5, norepi off at 04:00.
Swan-Ganz: RA 12, PA 48/26, PCWP 22, CO 4.1, CI 2.0, SVR 1090.
UOP 2.3 L/24h on Lasix gtt 10/h.
Labs: Na 131, K 4.0, Cr 1.5 (1.8), lactate 1.9, trop 5.2 -> 4.0.
Cardiac MRI not yet; EMB scheduled.

A/P: Cardiogenic shock improving; ddx fulminant myocarditis vs giant cell.
- EMB today with Dr. {{NAME:Adeyemi}}
- methylpred 1 g pending path
- amio for VT
- SW for wife (staying at the {{FACILITY:Longwood Family House}})

Resident: {{NAME:Jonah Feldmann}}, MD, pager {{PHONE:2-8814}}
Fellow: {{NAME:Tomas Lindahl}}, MD, pager {{PHONE:2-8851}}
Attending: {{NAME:Folasade Adeyemi}}, MD`,
  `DISCHARGE SUMMARY - {{FACILITY:Halloway General Hospital}}
Name: {{NAME:Tristan Vayle}}   MR# {{MRN:HG-5502218}}   Age 33
Admit {{DATE:4/2/2090}}   Discharge {{DATE:5/14/2090}}

Dx: MSSA tricuspid valve endocarditis with septic pulmonary emboli; opioid use disorder.

Social: Recently released from {{FACILITY:Fernhill House of Correction}} ({{DATE:Jan 2090}}). Staying at {{FACILITY:Kingsgate Men's Shelter}} on {{ADDRESS:407 Albany Street}}, {{LOCATION:Boston}}. Mother {{NAME:Deirdre Vayle}} in {{LOCATION:Brockton}} ({{PHONE:508-555-0172}}) is supportive. Case manager {{NAME:Rafael Ubiñas}} from {{FACILITY:Tillingham Recovery Services}}.

Course: Cefazolin 2 g q8h x 6 weeks via PICC (removed {{DATE:5/13}}). TTE {{DATE:4/3}}: 1.8 cm TV vegetation, severe TR. Cardiac surgery (Dr. {{NAME:Brandao}}, {{FACILITY:Tallis}}) consulted; no surgery - vegetation down to 0.6 cm on TEE {{DATE:4/29}}. Started buprenorphine-naloxone 16 mg on the {{DATE:10th}}; referral to office-based program.

Follow-up: ID clinic Dr. {{NAME:Mbeki-Sorensen}} {{DATE:5/28}}; bridge clinic {{DATE:5/16}}.

{{NAME:Priya Subramaniam}}, MD / Attending {{NAME:T. Marchetti}}, MD`,
  `Record date: {{DATE:2085-04-18}}

ENDOCRINOLOGY - {{FACILITY:Merriton University Hospital}}

Mrs. {{NAME:Opal Graves}}, 61, is seen for Graves' disease diagnosed {{DATE:1/2085}} at {{FACILITY:Ashgrove}} when she presented in AF with RVR. Yes, she is aware of the coincidence of her name - "my husband {{NAME:Leonard}} says I married into it."

Hx: treated with methimazole 30 mg -> now 10 mg. AF converted spontaneously {{DATE:2/11/85}}; Coumadin stopped {{DATE:3/25}} by Dr. {{NAME:Sandoval}}. Mild orbitopathy (CAS 2), followed by Dr. {{NAME:Esposito}}. Non-smoker.

Works as a baker at {{FACILITY:Crane & Sparrow Bakery}} in {{LOCATION:Winchester}}.

Labs:
  {{DATE:01/20/85}}  TSH <0.01   fT4 4.2   TRAb 9.8
  {{DATE:03/02/85}}  TSH 0.02    fT4 1.9
  {{DATE:04/10/85}}  TSH 0.4     fT4 1.2

Exam: HR 72 reg, fine tremor, goiter 2x, mild proptosis, no lid lag.

Plan: methimazole 7.5 mg; discussed RAI vs surgery vs 18 months of ATD; she prefers to continue meds. Selenium for eyes. TFT q6 wk.

{{NAME:Rosa Castellanos}}, MD / {{NAME:Kwame Asante-Boateng}}, MD (fellow)`,
  `{{FACILITY:Fenwick Memorial Hospital}} - Emergency Cardiology
{{DATE:2 Jan 2094 03:50}}

Pt: {{NAME:Ramil Dimaculangan}}, 66M, visiting his daughter {{NAME:Joy Dimaculangan-Reese}} in {{LOCATION:Chelmsford}} from {{LOCATION:Quezon City}} for the holidays. No US insurance; travel policy {{HEALTH_PLAN:TPH-7719-3308-21}} (insurer notified by daughter). Passport {{ID:P4418207B}}.

CC: substernal CP at a New Year's party, 2 h.

Hx: HTN, DM2 (metformin), PCI to RCA in {{LOCATION:Manila}} in 2087 at {{FACILITY:St. Ignatius Cardiovascular Pavilion}} (Dr. {{NAME:Aquino-Bautista}}); records requested by email {{EMAIL:records@stignatius-heart.example.ph}}.

ECG: 1 mm STD V4-V6. Trop 0.09 -> 0.34. TIMI risk 4.

A/P: NSTEMI. Heparin, ASA, ticagrelor. Cath in am. Daughter (cell {{PHONE:978-555-0166}}) speaks for him; he is fluent in English and Tagalog.

{{NAME:Ines Nakamura-Reyes}}, MD, fellow / Dr. {{NAME:Okafor}} aware`,
  `{{FACILITY:Dunmore Diabetes Center}} - Diabetes in Pregnancy Program
{{DATE:October 9, 2089}}

{{NAME:Fenella O'Shaughnessy}}, MD
{{FACILITY:Commonwealth Women's Health}}, {{ADDRESS:14 Crescent Park Drive, Suite 300}}, {{LOCATION:Quincy}}, MA {{ZIP:02169}}

Dear Dr. {{NAME:O'Shaughnessy}},

I saw Ms. {{NAME:Saoirse Madigan-Tull}}, 29, G2P1, at 14+3 weeks (EDC {{DATE:4/6/90}}) on {{DATE:10/7}}. She has had T1DM since age 11 and uses a pump (serial {{DEVICE:TSL-0091-3742}}) with CGM. Her first pregnancy ({{DATE:Nov 2086}}, at {{FACILITY:Quequechan Valley Hospital}}) was complicated by macrosomia (4.4 kg) and shoulder dystocia.

A1c: 6.4 ({{DATE:8/30}}), 6.1 today. TIR 71% with targets 63-140. Two lows <54 last week at night.

Retinal exam {{DATE:9/15}} (Dr. {{NAME:Esposito}}): no retinopathy. TSH 1.8. Creatinine 0.6, UACR 12.

Plan: overnight basal reduced 10%; aspirin 81 from 12 wks already started; fetal echo at 20 weeks at {{FACILITY:MUH}}. I will see her every 2 weeks; her husband {{NAME:Declan}} can reach us at {{PHONE:617-555-0127}}.

With kind regards,
{{NAME:Hiroshi Bannerman}}, MD
cc: {{NAME:Alice Wendorf}}, NP, CDE`,
  `Record date: {{DATE:2093-09-19}}

{{FACILITY:FMH}} Cardiology - Attending note

{{NAME:Szymanski, Walter J}} - 72M, ICM EF 30%

Visits this year: {{DATE:3/14/93}} (Holter f/u), {{DATE:6/20/93}} (Bruce ETT: 5.4 METs, no ischemia), {{DATE:7/11}} (after {{FACILITY:SAMC}} admission for gout flare, Lasix held 3 days).

Today: doing well, NYHA II. Grandson {{NAME:Kacper}} visiting from {{LOCATION:Krakow}} this month; they walked to the {{LOCATION:Pawtucket Falls}} overlook without stopping.

BP 110/66, HR 60, wt 84.1 kg (dry wt ~84).

Labs {{DATE:9/15}}:
  Na 137  K 4.4  BUN 31  Cr 1.5  BNP 388
  Hgb 12.9  INR n/a
  uric acid 8.8

Meds: Coreg 12.5 bid, lisinopril 10, Lasix 80 bid, spironolactone 12.5, ASA, allopurinol 100 (new, from Dr. {{NAME:Abernathy}}).

Plan: add dapagliflozin 10; BMP 1 wk at {{FACILITY:Quarry Hill}} lab; ICD check {{DATE:10/2}} with {{NAME:Bernadette}} in device clinic. Return {{DATE:Dec 2093}}.

{{NAME:R. Okafor}}, MD / scribe {{NAME:Anjali Venkataraman}}`,
  `{{FACILITY:HALLOWAY GENERAL HOSPITAL}} - DISCHARGE SUMMARY

NAME: {{NAME:FAIRWEATHER, HORTENSE M}}   MR#: {{MRN:HG-0071934}}
AGE: {{AGE:99}}   ADMIT: {{DATE:12/26/2091}}   D/C: {{DATE:12/30/2091}}
FROM: {{FACILITY:LARKMOOR NURSING HOME}}, {{FACILITY:MAPLE WING}}

HPI: {{AGE:99}} YO WOMAN, FORMER MILLINER, WITH HFPEF, AF ON COUMADIN, AND DEMENTIA, SENT FOR HYPOXIA AND FEVER ON CHRISTMAS NIGHT. CXR: RLL PNEUMONIA AND EFFUSIONS.

COURSE: CEFTRIAXONE/AZITHRO X5D. GENTLE DIURESIS, LASIX 20 IV DAILY. INR 4.6 ON ADMIT (ON AZITHRO AT {{FACILITY:LARKMOOR}} SINCE {{DATE:12/22}}) - COUMADIN HELD, RESUMED 1 MG ON {{DATE:12/29}}. COMFORT-FOCUSED PER HCP.

HCP: GRANDNEPHEW {{NAME:CALLUM FAIRWEATHER}}, {{ADDRESS:12 OLD COACH RD}}, {{LOCATION:SHARON}}, MA {{ZIP:02067}}, {{PHONE:781-555-0190}}. HER SON {{NAME:MALCOLM}} DIED LAST YEAR AT 78.

CODE: DNR/DNI. MOLST ON CHART.

FOLLOW-UP: DR. {{NAME:LINDQVIST}} AT {{FACILITY:LARKMOOR}} {{DATE:1/2/92}}. INR {{DATE:1/3}}.

ATTENDING: {{NAME:T. MARCHETTI}}, MD.  RESIDENT: {{NAME:J. FELDMANN}}, MD.
{{NAME:JF}}/{{NAME:dls}}`,
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:St. Aurelian's Medical Center}} - Cath Lab 2
Procedure date: {{DATE:07/04/2088}}   Case # {{ID:CL88-2214}}   Accession {{ID:SA-0704-88-1193}}

Patient: {{NAME:Achterberg, Desmond}}   {{FACILITY:SAMC}} unit # {{MRN:SA-553-018}}   DOB {{DATE:03/09/2034}}
Operator: {{NAME:Franklin Holt}}, MD   Fellow: {{NAME:Omar Haddad-Lindgren}}, MD
Referring: ED / Dr. {{NAME:Sabine Okwu}}

Indication: inferior STEMI, door-to-balloon 38 min.
Access: R radial 6F at 02:44. Heparin 70 U/kg.

Findings:
  LM: normal
  LAD: 30% mid
  LCx: 40% OM1
  RCA: 100% proximal, thrombotic, TIMI 0

Intervention: aspiration thrombectomy; DES 3.5 x 28 mm to prox RCA; TIMI 3 flow, 0% residual. Wire out 03:09.

Hemodynamics: Ao 98/62, LVEDP 22. No Swan-Ganz.

Contrast 140 mL, fluoro 9.2 min.

Impression: successful primary PCI of RCA. DAPT x12 months. Echo in am.

{{NAME:F. Holt}}, MD   signed {{DATE:07/04/2088 04:12}}`,
  `{{FACILITY:Merriton University Hospital}} Heart Failure Program
{{ADDRESS:1200 Commonwealth Terrace}}, {{LOCATION:Brookline}}, MA {{ZIP:02446}}

{{DATE:February 3, 2096}}

Utilization Review Appeals
Bay Colony Health Plan
Re: Member {{NAME:Walter J. Szymanski}}, member ID {{HEALTH_PLAN:BCH-884019276-01}}, claim # {{ACCOUNT:CLM-20960114-5527}}

To whom it may concern,

I am writing to appeal the denial dated {{DATE:January 14, 2096}} of coverage for LVAD implantation for Mr. {{NAME:Szymanski}}, 74, with stage D ischemic cardiomyopathy (EF 15%, INTERMACS 3) despite GDMT, ICD, and two admissions for decompensation ({{DATE:6/2-6/9/95}} at {{FACILITY:FMH}} and {{DATE:11/20/95}} here). Inotrope-dependent since {{DATE:12/1}}. He is not a transplant candidate due to age and CKD (Cr 2.1).

Our selection committee approved him on {{DATE:1/8/96}}. His wife {{NAME:Halina}} and son {{NAME:Peter Szymanski}} are trained caregivers.

Please contact me at {{PHONE:617-555-0193}} or fax {{FAX:617-555-0194}}.

Sincerely,
{{NAME:Tadeusz Przybylski}}, MD, Medical Director, Mechanical Circulatory Support`,
  `Record date: {{DATE:2090-03-26}}

{{FACILITY:Windle Street Health Center}} - {{LOCATION:Lowell}} satellite
DIABETES FOLLOW-UP

Mrs. {{NAME:Sokha Chhim}} (pt prefers "{{NAME:Ming Sokha}}"), 66F, Khmer-speaking, interpreter {{NAME:Vanna Prak}} in person. Came from {{LOCATION:Battambang}} via the camps in 2062; has lived in the {{LOCATION:Lower Highlands}} neighborhood since. Volunteers daily at {{FACILITY:Wat Sovann Meanchey}}, where she eats the late-morning meal with the monks - then fasts until next day on holy days.

T2DM x 20 yrs, HTN, CKD3b (Cr 1.6), prior CVA ({{DATE:9/2087}}, {{FACILITY:Ashgrove}}).

Glucose log (son {{NAME:Dara}} writes it):
  am fasting 90-140
  lows 2x on holy days ({{DATE:3/8}} and {{DATE:3/22}}, 52 and 61)

Meds: glipizide 5 bid, linagliptin 5, amlodipine 10, losartan 50, atorvastatin 40.

A1c {{DATE:3/20/90}}: 7.0.

Plan: stop glipizide (hypoglycemia with fasting, CKD). Continue linagliptin. Dietitian {{NAME:Sreymom Em}} to visit the temple kitchen {{DATE:April 10}}. RTC 3 mo.

{{NAME:Samuel Oduya}}, MD   {{NAME:so}}/{{NAME:vp}}`,
  `CARDIOLOGY NP VISIT - {{FACILITY:Quarry Hill Family Practice}} (embedded cardiology clinic)
{{DATE:4/9/2093}}

{{NAME:Bartholomew Kiernan}}, 73M, AF on Coumadin since {{DATE:Oct 2092}}, s/p lap hernia repair ({{DATE:11/30/92}}, Dr. {{NAME:Whelan}}).

Reports lightheadedness last {{DATE:Tuesday 4/2}} while mowing; checked his pulse at 44. Wears a smartwatch; strip emailed by his niece {{NAME:Aoife}} from {{EMAIL:aoife.kiernan.nurse@example.org}} shows AF with 3.2 s pause at 14:06.

INR log ({{FACILITY:Kiln Brook Pharmacy}}): 2.4 ({{DATE:3/5}}), 3.1 ({{DATE:3/19}}), 2.6 ({{DATE:4/2}}).

Exam: HR 52 irregular, BP 118/70. ECG: AF, slow VR 50s, no blocks.

A/P: tachy-brady / slow AF on metoprolol 50.
- reduce metoprolol to 25
- 14-day patch monitor (Holter-type), device ID {{DEVICE:ZP4471903}}, mailed to {{ADDRESS:6 Foster Rd}}, {{LOCATION:Tewksbury}} {{ZIP:01876}}
- no driving until results
- discuss PPM with Dr. {{NAME:Okafor}}

{{NAME:Maeve Tolliver-Hunt}}, NP`,
  `DISCHARGE SUMMARY
{{FACILITY:Merriton University Hospital}} - Cardiology ({{FACILITY:Kessler 3}})

Patient: {{NAME:Aminata Sankoh-Bright}}   MRN: {{MRN:0117-5590-2}}
Admitted: {{DATE:10 Aug 2094}}   Discharged: {{DATE:19 Aug 2094}}

HPI: 31F, 3 weeks postpartum (SVD at {{FACILITY:Commonwealth Women's Health}} birth center {{DATE:7/18}}), presented with orthopnea, edema. Born in {{LOCATION:Freetown}}; nursing student at {{FACILITY:Carroway College}}. Partner {{NAME:Ibrahim}}; newborn {{NAME:Fatmata}} roomed in with family support (sister {{NAME:Hawa}}).

Course: TTE: EF 20%, LV 6.3 cm, no thrombus. Diagnosed peripartum cardiomyopathy. IV Lasix, then metoprolol succinate, enalapril (breastfeeding-compatible), spironolactone. Bromocriptine started after discussion (Dr. {{NAME:Adeyemi}}). LifeVest fitted - serial {{DEVICE:WCD-22803417}}. Anticoagulation with enoxaparin while EF < 30%.

Contraception counseling done; future pregnancy high risk.

Follow-up: HF clinic {{DATE:Aug 26}}; repeat echo {{DATE:10/20}}. Contact {{PHONE:617-555-0146}} (home).

{{NAME:Tomas Lindahl}}, MD / {{NAME:F. Adeyemi}}, MD`,
  `LVAD CLINIC - {{FACILITY:Merriton University Hospital}}
{{DATE:06/11/2096}}

{{NAME:Szymanski, Walter}}   {{FACILITY:MUH}} MRN {{MRN:0092-8833-1}}   ({{FACILITY:FMH}} {{MRN:0448-1207}})

74M, HeartMate-type LVAD implanted {{DATE:3/4/96}} (Dr. {{NAME:Brandao}}, {{FACILITY:Tallis}}) as DT. Pump SN {{DEVICE:HM-0391177}}, controller SN {{DEVICE:CTL-5520914}}.

Interval: rehab at {{FACILITY:Fairhaven Ridge Rehabilitation}}, discharged home {{DATE:4/19}}. Walking 20 min. One low-flow alarm {{DATE:5/30}} while dehydrated in the heat.

Driveline: photo uploaded, file {{PHOTO:SZYM_DL_061196.jpg}}; small serous drainage, no erythema.

Pump: 5600 rpm, flow 4.6, PI 3.8, power 4.9. MAP 78 by doppler.
INR 2.3 (goal 2-2.5) on Coumadin 4 mg, checked by home meter; values phoned to VAD coordinator {{NAME:Nadia Ferreira-Lowe}} (pager {{PHONE:71502}}).

Labs: LDH 240, Hgb 11.2, Cr 1.8.

Plan: stable; continue. Wife {{NAME:Halina}} performs dressing changes. Next visit {{DATE:July 9}}.

{{NAME:Tadeusz Przybylski}}, MD`,
  `Record date: {{DATE:2097-01-06}}

{{FACILITY:MERRITON UNIVERSITY HOSPITAL}}
DEATH SUMMARY

PATIENT: {{NAME:SZYMANSKI, WALTER JOZEF}}   MRN {{MRN:0092-8833-1}}
DATE OF DEATH: {{DATE:01/04/2097 21:37}}

MR. {{NAME:SZYMANSKI}} WAS A 75 YEAR OLD MAN WITH ISCHEMIC CARDIOMYOPATHY ON LVAD SUPPORT SINCE {{DATE:MARCH 2096}} WHO WAS ADMITTED {{DATE:12/28/96}} WITH A LEFT MCA STROKE (INR 1.4 ON ADMISSION). NEUROSURGERY (DR. {{NAME:KAZMIERCZAK}}) FELT HE WAS NOT A CANDIDATE. AFTER A FAMILY MEETING ON {{DATE:1/2}} WITH HIS WIFE {{NAME:HALINA}}, SON {{NAME:PETER}} AND GRANDSON {{NAME:KACPER}} (ARRIVED FROM {{LOCATION:KRAKOW}}), CARE WAS TRANSITIONED TO COMFORT MEASURES AND THE LVAD WAS DEACTIVATED AT 21:20 BY {{NAME:N. FERREIRA-LOWE}}. HE DIED PEACEFULLY WITH FAMILY PRESENT. CHAPLAIN FATHER {{NAME:ANDRZEJ DOMBROWSKI}} OF {{FACILITY:ST. KINGA'S PARISH}}, {{LOCATION:LOWELL}}, ATTENDED.

AUTOPSY DECLINED. NOTIFIED: DR. {{NAME:OKAFOR}} ({{FACILITY:FMH}}), DR. {{NAME:ABERNATHY}} (PCP).

{{NAME:TADEUSZ PRZYBYLSKI}}, M.D.
{{NAME:TP}}/{{NAME:AWR}}   D: {{DATE:01/05/97 09:10}}   T: {{DATE:01/06/97 07:44}}`,
  `VIDEO VISIT - {{FACILITY:Dunmore Diabetes Center}}
{{DATE:11/17/2095 09:30}}

Pt: {{NAME:Chiamaka Eze-Lundqvist}}   MRN {{MRN:7730881}}   joined from {{LOCATION:Stockholm}} (on assignment for {{FACILITY:Quillfeather Systems}}), connection IP {{IP:203.0.113.209}}, link {{URL:https://telehealth.dunmore-dc.example.org/v/9KQ2-77TX}}.
Consent for video visit obtained; pt located abroad - advised clinical advice only, no new controlled rx.

T1DM (LADA) dx {{DATE:Jan 2088}}, now on pump since {{DATE:6/2090}}; pump serial {{DEVICE:TSL-0127-5580}}. CGM data shared to {{EMAIL:cgm-uploads@dunmore-dc.example.org}}: TIR 78%, below 70: 3%. A1c drawn at a lab in {{LOCATION:Solna}} {{DATE:11/2}}: 6.7%.

Issues: time-zone shift confused basal schedule for 2 weeks; fixed by her. Partner {{NAME:Henrik}} now fluent with glucagon.

Supplies: she needs 3 months of insulin shipped to her sister {{NAME:Ngozi}} in {{LOCATION:Somerville}}, {{ADDRESS:41 Highland Ave, Apt 5}}, {{ZIP:02143}}, who will mail them.

Plan: continue settings; return in person {{DATE:Feb 2096}}.

{{NAME:Hiroshi Bannerman}}, MD`,
  `Record date: {{DATE:2097-05-02}}

YOUNG ADULT DIABETES CLINIC - {{FACILITY:Cheshire Pediatric & Young Adult Diabetes}}, {{LOCATION:Keene}}

{{NAME:Keaton Brightwater}}, 22, T1DM since age 8. Graduated from {{FACILITY:Carroway College}} last spring; now a field technician for {{FACILITY:Monadnock Wind Services}}, climbs turbines - hypoglycemia at height is the main worry.

Since DKA admission at {{FACILITY:Ashgrove Community}} ({{DATE:Sept 2094}}) no further DKA. Two ED visits at {{FACILITY:Elm City Medical Center}} for lows at work ({{DATE:2/11/97}}, {{DATE:3/30/97}}).

Pump + CGM with auto-mode; new pump serial {{DEVICE:TND-9902413}} since {{DATE:March 14}}.
TIR 69%, lows 4% (mostly afternoons on climb days).

A1c: {{DATE:1/5/97}} 7.6 ; today 7.2.

Plan: temp target 150 on climb days from 0600; carry glucagon nasal in harness pocket; letter for employer (supervisor {{NAME:Darnell Whitcomb}}, fax {{FAX:603-555-0131}}). Mother {{NAME:Colleen}} no longer involved in management.

{{NAME:Tran-Whitley, Minh-Chau}}, MD`,
  `CARDIOLOGY CONSULT - ORTHOPEDICS, {{FACILITY:Halloway General Hospital}}, {{FACILITY:Whitcomb 6}}
{{DATE:8/3/2094}}

Asked by Dr. {{NAME:Okonkwo-Reilly}} (ortho) re: preop for L hip fracture.

Mrs. {{NAME:Philomena Dragoș}} is a {{AGE:ninety-three}} year old widow (born in {{LOCATION:Cluj}}, came to {{LOCATION:Watertown}} in her 30s) who fell at home on {{DATE:8/1}}. Hx: AF on Coumadin (INR 2.9 on arrival, reversed with vit K), HFpEF, prior pacemaker for SSS ({{DATE:May 2085}}) at {{FACILITY:Fenwick}}, device serial {{DEVICE:PRN771044S}}.

She still lives alone, does her own shopping on {{ADDRESS:Mount Auburn St}}; granddaughter {{NAME:Ioana}} checks daily ({{PHONE:617-555-0161}}).

Exam: HR 72 paced, BP 134/70, soft SEM, no edema.
ECG: A-sensed V-paced. Echo {{DATE:3/2094}}: EF 60%, mild AS.

Assessment: {{AGE:93}}F, acceptable cardiac risk for hip repair; no further testing. Pacemaker: reprogram not needed for cautery (bipolar), magnet available. Hold Coumadin, bridging not needed; resume POD#1 if ok with ortho.

{{NAME:Magnus Efird}}, MD`,
  `{{FACILITY:Northreach Family Health}}
{{ADDRESS:Route 100, Box 12}}, {{LOCATION:Wardsboro}}, VT {{ZIP:05355}}
phone {{PHONE:802-555-0118}}   fax {{FAX:802-555-0119}}

{{DATE:Jan. 22, 2091}}

{{NAME:Franklin Holt}}, MD
Cardiology, {{FACILITY:Halloway General Hospital}}

Dear {{NAME:Frank}},

Thanks for seeing {{NAME:Ebenezer "Eb" Stoddard}} (DOB {{DATE:4/1/2027}}), a 63 y.o. dairy farmer from {{LOCATION:Jamaica}}, VT who has had exertional dyspnea haying since last summer. He had a normal Bruce protocol test at {{FACILITY:Brattleboro Hillside Hospital}} in {{DATE:Oct 2089}}, but now gets winded with chores. His wife {{NAME:Lucinda}} says he snores terribly.

ECG here {{DATE:1/18}}: new LBBB. BNP 640. No echo available up here till spring.

He would rather drive the 3 hours than stay overnight; their daughter {{NAME:Hope}} in {{LOCATION:Worcester}} can put them up.

Meds: lisinopril 10, ASA 81. Ex-smoker.

Many thanks - and good to see you at the {{LOCATION:Woodstock}} conference.

{{NAME:Amos Wetherby}}, MD
{{NAME:AW}}/{{NAME:jl}}`,
  `DISCHARGE SUMMARY - {{FACILITY:Tallis Heart Institute}}
{{NAME:Beaumont, Clarissa}}   MRN {{MRN:HG-6619402}}   72F
Admitted {{DATE:5/19/2091}} - Discharged {{DATE:5/26/2091}}

Procedure {{DATE:5/20/91}}: septal myectomy + MV repair (Dr. {{NAME:Brandao}}).

Background: HCM with LVOT gradient 64 provoked (echo {{DATE:3/7/91}}, {{FACILITY:HGH}}), NYHA III despite disopyramide. CMR {{DATE:4/2/91}}: 14% LGE. Holter: NSVT x3.

Course: uncomplicated. Post-op TEE gradient 8. Transient CHB -> recovered by POD#3. Dual-chamber ICD placed {{DATE:5/24}} (SCD risk 6.8%/5y), serial {{DEVICE:ICD-RX7730162}}.

Genetics: MYBPC3 pathogenic variant. Cascade testing offered:
  daughter {{NAME:Yvonne Beaumont-Sykes}}, 44, {{LOCATION:Providence}}
  son {{NAME:Luc}}, 40, {{LOCATION:Montreal}}
  late brother {{NAME:Philip}} (SCD at 41) - his son {{NAME:Gabriel}}, 19

Meds: metoprolol 50 bid, ASA 81, Coumadin 3 months for MV ring.

Follow-up: Dr. {{NAME:Holt}} {{DATE:6/9}}; device clinic {{DATE:6/16}}; genetic counselor {{NAME:Ruth Abiola}}, {{PHONE:617-555-0170}}.

{{NAME:Cole Maddox}}, PA-C`,
  `SYNCOPE CLINIC - {{FACILITY:Fenwick Memorial Hospital}}
Record date: {{DATE:2092-06-03}}

{{NAME:Marguerite "Daisy" Lanctot}}, 26F, ICU nurse at {{FACILITY:Chelmsford Valley Hospital}}, referred by her PCP Dr. {{NAME:Qureshi}} after 4 syncopal episodes since {{DATE:Feb 2092}}, all while standing (2 at work during long cases, 1 in church at {{FACILITY:Ste. Marie-Reine Parish}}, 1 at her sister {{NAME:Josee}}'s wedding on {{DATE:May 10}}). Prodrome of warmth, nausea, tunnel vision. No injury.

Tilt table {{DATE:5/28/92}}: at 11 min of 70 degree tilt, BP 112/70 -> 64/40, HR 88 -> 46, syncope with 6 s asystole. Mixed vasovagal response. Holter and echo normal. No WPW pattern. Not Parkinson's/autonomic failure - young, no orthostasis at rest.

Plan: fluids 2-3 L, salt tabs 1 g tid, counter-pressure maneuvers; midodrine if recurs. Work note: may work, avoid prolonged standing in OR. Driving: ok - no episodes while sitting.

Her mother {{NAME:Therese}} ({{PHONE:978-555-0122}}) asked about genetic causes: none suspected.

F/u {{DATE:Sept 2092}}.
{{NAME:Alejandro Sandoval}}, MD, EP / fellow {{NAME:O. Haddad-Lindgren}}, MD`,
  `intern h&p - {{FACILITY:halloway}} gen med, {{FACILITY:whitcomb 4}}
{{DATE:12/3/89 2215}}

pt {{NAME:gideon marchbanks}}, 44m w/ t2dm (insulin, poorly adherent), etoh, here w/ glucose 540 + foot infxn.
pcp: none - last seen at {{FACILITY:calloway pt hospital}} ({{FACILITY:CPH}}) clinic spring '88, unclear; per pt "the one on {{ADDRESS:Gallivan Blvd}}".

hpi: works nights as security guard at {{FACILITY:Neponset Storage Depot}}, R foot ulcer x3 wks, now red/swollen, fever 38.6 at home. girlfriend {{NAME:Tasha}} brought him.

pmh: t2dm dx 2079, htn, etoh (6-8 beers/d), no known cad.
meds: lantus 40 (takes "some days"), metformin (ran out).

exam: t 38.4, hr 112, bp 148/90. R foot: 2 cm plantar ulcer, probes to bone, cellulitis to ankle. no lines. lungs clr.
labs: gluc 540, ag 14, bhb 1.2, wbc 17, cr 1.3, lactate 2.1.

a/p: dm foot infxn w/ prob osteo
- vanc/pip-tazo, xr/mri foot, podiatry (dr {{NAME:Huang}} on call)
- insulin gtt -> basal/bolus, CIWA
- sw re: insurance
gf cell {{PHONE:617-555-0159}}

{{NAME:j. feldmann}} pgy1 pgr {{PHONE:28814}}`,
  `CARDIO-ONCOLOGY CLINIC - {{FACILITY:Merriton University Hospital}}
{{DATE:February 26, 2093}}

Pt: {{NAME:Rosalind Achterberg}}   MRN {{MRN:0098-2271-6}}   DOB {{DATE:10/30/2037}}

55F with L breast cancer (HER2+), on trastuzumab since {{DATE:11/2092}} after AC x4 (oncologist Dr. {{NAME:Esther Lindenbaum}}, {{FACILITY:Dana Hollow Cancer Pavilion}}). Husband {{NAME:Desmond}} is followed here for CAD (STEMI 2088).

Surveillance echo:
  baseline {{DATE:8/15/92}}   LVEF 62%  GLS -20.1
  {{DATE:11/20/92}}           LVEF 58%  GLS -18.0
  {{DATE:2/19/93}}            LVEF 49%  GLS -15.2
Trop I 12 ng/L, BNP 96.

Asymptomatic. BP 128/78, HR 78.

Assessment: cancer therapy-related cardiac dysfunction, moderate (EF drop >10 points to <50%).

Plan: hold trastuzumab (discussed with Dr. {{NAME:Lindenbaum}} by phone, {{PHONE:617-555-0149}}); start candesartan 4 mg and carvedilol 3.125 bid; repeat echo in 3 weeks ({{DATE:3/19}}); resume if EF >= 50%.

{{NAME:Folasade Adeyemi}}, MD
cc: {{NAME:E. Lindenbaum}}, MD; Dr. {{NAME:Holt}}`,
  `ANTICOAGULATION CLINIC - {{FACILITY:Fenwick Memorial}} / phone log
Patient: {{NAME:KIERNAN, BARTHOLOMEW}}   MRN {{MRN:4482-0619}}   Indication: AF, goal 2-3

Date         INR   Dose (mg/wk)   Note
{{DATE:10/23/92}}     1.4   35             start
{{DATE:10/30/92}}     1.9   37.5
{{DATE:11/06/92}}     2.5   37.5           hernia OR planned
{{DATE:11/25/92}}     1.2   hold           held 5 d for OR {{DATE:11/30}}
{{DATE:12/07/92}}     2.2   37.5
{{DATE:01/04/93}}     3.6   32.5           abx (Bactrim) from urgent care
{{DATE:01/11/93}}     2.7   32.5
{{DATE:02/08/93}}     2.4   32.5

Spoke with pt {{DATE:2/8}} at 16:10 ({{PHONE:978-555-0137}}); he plans to visit his niece {{NAME:Aoife}} in {{LOCATION:Limerick}} {{DATE:3/15-4/2}}. Arranged INR self-test meter (serial {{DEVICE:CXS-48120771}}), results to be emailed to {{EMAIL:fmh-acc@fmh-anticoag.example.org}}. Next INR {{DATE:Mar 8}}.

{{NAME:Gwendolyn Asare}}, PharmD, CACP   ext {{PHONE:7-3361}}`,
  `ADULT CONGENITAL HEART DISEASE - {{FACILITY:Merriton University Hospital}}
{{DATE:14 September 2090}}

Dear Dr. {{NAME:Nakagawa}},

I saw Mr. {{NAME:Tomasz Wierzbicki-Hale}}, 38, on {{DATE:9 Sept}}. He had tetralogy of Fallot repaired at 14 months at {{FACILITY:Szpital Dzieciecy Oliwa-Brzezno}} in {{LOCATION:Gdansk}}, with a transannular patch, and moved to {{LOCATION:Salem}} in 2079. He teaches chemistry at {{FACILITY:Collins Harbor High School}}.

He is now NYHA I-II. CMR {{DATE:8/22/90}}: RVEDVi 168 mL/m2, RVEF 42%, PR fraction 48%. QRS 178 ms. Holter: 212 PVCs/24h, no NSVT. CPET peak VO2 24 (72% pred).

Given RV dilation and QRS > 180 trend, I recommend transcatheter pulmonary valve replacement, which we would do here with Dr. {{NAME:Kaufmann-Ives}}. His wife {{NAME:Agnieszka}} is 24 weeks pregnant (due {{DATE:Dec 30}}), so he prefers {{DATE:February 2091}}.

Please call me at {{PHONE:617-555-0111}} with questions.

Yours sincerely,
{{NAME:Harriet Okoro-Blythe}}, MD
cc: {{NAME:Kenji Nakagawa}}, MD, {{FACILITY:North Shore Pines Medical Group}}`,
  `Record date: {{DATE:2086-07-21}}

ENDOCRINE CLINIC - {{FACILITY:Merriton University Hospital}}

Mr. {{NAME:Bruce Halvorsen}} (goes by "{{NAME:Bud}}"), 52, referred by Dr. {{NAME:Vandermeer}} for resistant HTN, new DM2, central obesity and easy bruising - ?Cushing. Note: he had a Bruce protocol stress test on {{DATE:7/2}} at {{FACILITY:Westborough Regional}} (9 METs, no ischemia), ordered by cardiology, Dr. {{NAME:Lindahl}}.

Works as a long-distance dispatcher for {{FACILITY:Penrose Freight Lines}}; sedentary, nights. Wife {{NAME:Annika}}; daughter {{NAME:Kristin}} a nursing student.

Workup:
  1 mg DST ({{DATE:7/10}}): cortisol 1.2 (normal <1.8)
  late-night salivary cortisol x2 ({{DATE:7/12}}, {{DATE:7/13}}): normal
  24h UFC: 38 (nl)
  aldo/renin ratio: 8 (neg)
  A1c 7.1, TSH 2.2

Impression: Cushing syndrome excluded; not Graves/thyroid. Metabolic syndrome with OSA likely (STOP-BANG 6). 

Plan: metformin 500 -> 1000 bid, semaglutide, sleep study at {{FACILITY:MUH}} sleep lab, chlorthalidone 12.5 added. Return {{DATE:Oct 20}}.

{{NAME:Siobhan Gallagher-Obi}}, MD   {{NAME:sgo}}/{{NAME:kl}}`,
  `{{FACILITY:FENWICK MEMORIAL HOSPITAL}} CARDIOLOGY ASSOCIATES

{{DATE:March 2, 2094}}

Dr. {{NAME:Anneliese
Kowalczyk-Haas}}
{{FACILITY:Greater Lowell Internal Medicine}}
{{ADDRESS:900 Chelmsford
Street, Suite 210}}, {{LOCATION:Lowell}}, MA {{ZIP:01851}}

RE: {{NAME:Benedikt Osterhagen}}, {{FACILITY:FMH}} MRN {{MRN:7720-
3391}}

Dear Dr. {{NAME:Kowalczyk-Haas}}:

Mr. {{NAME:Osterhagen}}, 58, a machinist at {{FACILITY:Keswick Tool & Die}}, was seen today for palpitations. A 48-hour Holter ({{DATE:2/24-2/26}}) showed 11% PVC burden, unifocal, LBBB/inferior axis - RVOT origin. Echo {{DATE:2/27/94}}: EF 52%, low-normal. No WPW.

He drinks 6 cups of coffee a day and works double shifts. We tried metoprolol 25 bid. If PVC burden stays >10% or EF falls, ablation with Dr. {{NAME:Sandoval}} would be reasonable.

His wife {{NAME:Gudrun}} asks that results go to their home number {{PHONE:978-555-
0150}}, not his work phone.

Sincerely,
{{NAME:Raymond T. Okafor}}, MD
{{NAME:RTO}}/{{NAME:kp}}   cc: {{NAME:A. Sandoval}}, MD`,
  `DISCHARGE SUMMARY - {{FACILITY:Calloway Point Hospital}} ({{FACILITY:CPH}})
{{LOCATION:Dorchester}}, MA

Name: {{NAME:Delroy Fitz-Williams}}   MR# {{MRN:CP-3019447}}   Acct {{ACCOUNT:CPH-88021977}}
SSN: {{SSN:931-52-0468}}   Medicaid (pending): app # {{ID:MHA-2088-557102}}
Admitted {{DATE:06/14/2088}}   Discharged {{DATE:06/21/2088}}

HPI: 51M from {{LOCATION:Montego Bay}}, in the US since 2070, uninsured since losing his job at {{FACILITY:Columbia Point Marine Supply}}, admitted with new HFrEF (EF 20%), BP 210/130. Cardiomyopathy likely hypertensive +/- alcohol. Cath {{DATE:6/17}}: no CAD.

Course: nitro gtt -> oral regimen; diuresed 7 L. Echo {{DATE:6/15}}. Financial counselor {{NAME:Yolanda Pierre-Louis}} completed Medicaid and free-care forms.

Meds: carvedilol 12.5 bid, lisinopril 20, spironolactone 25, Lasix 40, hydralazine/isosorbide. Meds from {{FACILITY:CPH}} outpatient pharmacy x30 days.

Social: lives with cousin {{NAME:Winston}} at {{ADDRESS:1128 Dorchester Ave, Apt 3}}, {{LOCATION:Boston}} {{ZIP:02125}}, phone {{PHONE:617-555-0157}}.

F/u: {{FACILITY:Windle Street Health Center}}, Dr. {{NAME:Oduya}}, {{DATE:6/28}}; HF clinic 2 wk.

{{NAME:Nkechi Obiora}}, MD`,
  `HOLTER MONITOR REPORT - {{FACILITY:Halloway General Hospital}} Noninvasive Lab
Accession {{ID:HLT-93-0041185}}
Patient: {{NAME:Penhallow, Oswald}}   MRN {{MRN:HG-1139027}}   Age 89
Hook-up: {{DATE:04/03/2093 09:12}}   Duration 47 h 51 min
Recorder SN {{DEVICE:HR-22017384}}
Ordering: {{NAME:T. Marchetti}}, MD   Scanned by: {{NAME:L. Okafor-Dunne}}, CCT

Rhythm: atrial fibrillation throughout.
Ventricular rate: min 41 (03:48, asleep), max 132 (10:20 day 2), mean 71.
Pauses: longest 2.6 s at 04:12; 3 pauses > 2 s, all nocturnal.
Ventricular ectopy: 1,204 PVCs (0.9%), 2 couplets, no VT.
Patient diary: "dizzy after lunch" at 13:05 day 1 - corresponds to AF at 96 bpm.

Interpretation: AF with controlled rate, nocturnal pauses < 3 s, no significant bradyarrhythmia; symptoms not correlated with arrhythmia.

Reviewed by {{NAME:Franklin Holt}}, MD on {{DATE:04/07/2093 17:40}}
cc: wife {{NAME:Mildred Penhallow}} (per pt request, mailed to {{ADDRESS:5 Ellis Pond Road}}, {{LOCATION:Norwood}} {{ZIP:02062}})`,
  `{{FACILITY:Ironstone Cardiac Rehab}} - PHASE II DISCHARGE SUMMARY
{{DATE:12/12/2092}}

{{NAME:Rune Lindqvist}}, 69M, s/p CABG x4 {{DATE:8/11/92}} ({{FACILITY:Tallis}}, Dr. {{NAME:Brandao}}). Completed 36/36 sessions, {{DATE:9/8}} - {{DATE:12/10}}.

Entry vs exit:
  METs           3.8  ->  7.2
  6MWT           340  ->  505 m
  Wt             96   ->  91 kg
  A1c            7.6  ->  6.9
  PHQ-9          11   ->  4

He drove himself from {{LOCATION:Rockport}} after week 4; parking pass issued for plate {{VEHICLE:2GLX 77}} (MA). Gym access uses fingerprint check-in; his enrolment template {{BIOMETRIC:FP-IR-009731}} will be kept for the phase III maintenance program.

Smoking: never. Alcohol: 2 aquavit at Christmas.
Son {{NAME:Erik}} and daughter-in-law {{NAME:Sigrid}} attended the graduation session.

Plan: Phase III 2x/wk; follow-up Dr. {{NAME:Pappas}} {{DATE:Jan 6}}. Report faxed to {{FAX:978-555-0145}}.

{{NAME:Gretchen Vasquez-Lund}}, RN, CCRP`,
  `EMPLOYEE HEALTH / ED NOTE - {{FACILITY:St. Aurelian's Medical Center}}
{{DATE:Wed 9/3/2092 06:55}}

{{NAME:Orla Bannigan-Fite}}, 49F, {{FACILITY:SAMC}} environmental services (employee # {{ID:SA-E-40771}}), felt chest pressure and diaphoresis while clocking in at the {{FACILITY:Garvey Building}} loading dock. Badge clock uses hand geometry; her template {{BIOMETRIC:HG-TMPL-40771-2}} logged the punch at 06:31. Coworker {{NAME:Reggie}} walked her to the ED.

PMH: DM2 (metformin), smoker, mother had MI at 55.
ECG: 1 mm STE V1-V3, ?early repol. Serial ECGs unchanged. hs-trop 6 -> 7 ng/L.
HEART score 4.

Plan: obs, stress test am (Bruce protocol exercise echo). Workers' comp not indicated (non-occupational). Supervisor {{NAME:Dwayne Carrow}}, ext {{PHONE:5-8140}}, informed of absence only, no clinical details.

Her PCP: Dr. {{NAME:Hollis}}. Husband {{NAME:Padraig}} at {{PHONE:978-555-0128}}.

{{NAME:Sabine Okwu}}, MD`,
  `{{FACILITY:Fenwick Memorial Hospital}} - Electrophysiology
{{DATE:November 19, 2094}}

Registry of Motor Vehicles - Medical Review
Re: {{NAME:Thaddeus Oyekunle-March}}, DOB {{DATE:01/23/2028}}
MA driver's license {{LICENSE:S33902871}}

To the Medical Review Board:

Mr. {{NAME:Oyekunle-March}} had a secondary-prevention ICD implanted on {{DATE:8/21/94}} after a cardiac arrest on the {{DATE:14th}} of that month while at the wheel of a parked bus (no passengers; vehicle {{VEHICLE:VIN 5PVNJ8JT2N4S10392}}). ICD serial {{DEVICE:DVX-552018-K}}.

He has had no ICD therapies and no syncope in 3 months. Per guidelines he may resume private (non-commercial) driving as of {{DATE:11/21/94}}. He should not hold a commercial licence; he has surrendered his CDL.

His private vehicle: plate {{VEHICLE:1TKW 538}}.

Please contact me at {{PHONE:978-555-0178}}, fax {{FAX:978-555-0179}}.

Sincerely,
{{NAME:Alejandro Sandoval}}, MD, FHRS
MA license {{LICENSE:241177}}   NPI {{LICENSE:1447709215}}`,
  `Record date: {{DATE:2091-03-28}}

{{FACILITY:Windle Street Health Center}} - Diabetes, pre-Ramadan visit

Mr. {{NAME:Abdirahman Warsame}}, 58, Somali-speaking (interpreter {{NAME:Hodan Abdi}}, ID {{ID:INT-2231}}), from {{LOCATION:Kismayo}}, in {{LOCATION:Roxbury}} since 2074. Drives for {{FACILITY:Blue Heron Cab Co.}}; prays at {{FACILITY:Masjid Al-Nur of Roxbury}}. Wife {{NAME:Faadumo}}, 6 children; eldest {{NAME:Ayaan}} ({{PHONE:617-555-0164}}) handles appointments.

T2DM, HTN, CAD s/p PCI ({{DATE:2/14/88}}, {{FACILITY:CPH}}).

Ramadan expected ~{{DATE:April 11}} this year; plans full fast. Last year 2 lows while driving before iftar.

Meds: metformin 1000 bid, glimepiride 4 qam, glargine 24 u qhs, ASA, atorva, lisinopril.
A1c {{DATE:3/20}}: 7.8. Cr 1.0.

Ramadan plan:
- metformin 1000 at iftar, 1000 at suhoor (no change)
- glimepiride: 2 mg at iftar only
- glargine to 18 u at iftar
- check BG before driving; break fast if < 70 or > 300
- no driving shifts in the last 2 h of the fast

F/u {{DATE:5/15}}. {{NAME:Samuel Oduya}}, MD`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]     Discharge Date:  [**{{DATE:2148-3-11}}**]

Date of Birth:  [**{{DATE:2070-9-22}}**]     Sex:  M

Service: CARDIOTHORACIC

Allergies: Penicillins

Attending: [**{{NAME:Ferdinand Oakes}}**], M.D.

History of Present Illness:
77 year old man with known AS (AVA 0.7) referred by Dr. [**{{NAME:Rosenkranz}}**] from [**{{FACILITY:Corbin Valley Regional}}**] after syncope while walking his dog. Lives in [**{{LOCATION:Attleboro}}**] with his wife [**{{NAME:Eunice}}**].

Past Medical History:
CAD s/p PCI [**{{DATE:2141-6-2}}**]; DM2; CKD; hyperlipidemia

Major Procedure: AVR 25 mm tissue valve [**{{DATE:2148-3-5}}**]

Brief Hospital Course:
Extubated POD 0, Swan-Ganz out POD 1. AF POD 2 treated with amiodarone; Coumadin not started. Transferred to rehab on [**{{DATE:3-11}}**].

Followup: Dr. [**{{NAME:Rosenkranz}}**] [**{{PHONE:508-555-0185}}**] in 2 weeks.

Discharge Disposition: Extended Care - [**{{FACILITY:Attleboro Gardens Nursing}}**]

[**{{NAME:Ferdinand Oakes}}**] MD
Completed by: [**{{DATE:2148-3-11}}**]   Job#: [**{{ID:20918}}**]`,
  `E-VISIT (PATIENT PORTAL) - {{FACILITY:Dunmore Diabetes Center}}
Submitted {{DATE:07/14/2093 23:48}} by {{NAME:Tobias Renfrew}} ({{EMAIL:tob.renfrew@example.net}}), login from {{IP:198.51.100.203}}
Attachment: {{PHOTO:IMG_20930714_2341.jpg}} (photo of R foot)

"New blister on the right heel from the work boots, about the size of a dime. Sugars 180-250 this week. My brother {{NAME:Angus}} says to just pop it. The foot photo is attached. I'm in {{LOCATION:Weymouth}} at the garage until 6 most days. - {{NAME:Toby}}"

Response {{DATE:07/15/2093 08:20}} ({{NAME:Priscilla Huang}}, DPM):
{{NAME:Toby}}, please do not pop it. Keep it covered with a dry dressing and stay out of the boots. Given your history (amputation {{DATE:Oct '85}}, R 1st MTH ulcer healed {{DATE:Apr '87}}) we want to see you today. Our scheduler {{NAME:Kiara}} will call {{PHONE:781-555-0132}}. If you cannot come, go to {{FACILITY:Ashgrove}} urgent care. Offloading boot instructions: {{URL:https://dunmore-dc.example.org/patients/trenfrew/offloading}}.

Also: your insulin pump (SN {{DEVICE:PMP-40918-AK}}) is due for replacement; warranty ends {{DATE:8/31/93}}.`,
  `{{FACILITY:Merriton University Hospital}} - Advanced Heart Failure & Transplant
{{DATE:August 28, 2093}}

TRANSPLANT EVALUATION SUMMARY (for selection committee {{DATE:9/4}})

Candidate: {{NAME:Harold Vinterberg}}, 62M, {{FACILITY:MUH}} MRN {{MRN:0101-7734-8}}
SSN {{SSN:958-20-1173}}   Medicare {{HEALTH_PLAN:7QW2-MN4-RT61}}   Secondary: Pioneer Valley Health Plan, member {{HEALTH_PLAN:PVH00449120}}
Billing account {{ACCOUNT:MUH-A-0091244378}}

Dx: giant cell myocarditis (EMB-proven {{DATE:1/28/93}}) with persistent EF 15-20% despite immunosuppression; ICD {{DATE:3/93}}. Two VT storms ({{DATE:5/11}}, {{DATE:7/30}}).

Psychosocial: lives on a dairy farm in {{LOCATION:Colrain}} with wife {{NAME:Ingrid}} (primary caregiver) and son {{NAME:Lars}}; will relocate within 2 hours as required - rented apartment at {{ADDRESS:60 Longwood Row, Unit 4}}, {{LOCATION:Brookline}}. Social worker {{NAME:Lorraine Abiodun}} - low risk. No tobacco/alcohol.

Blood type O, PRA 12%, BMI 24. PVR 2.1 WU.

Recommendation: list status 2 (VT storm); UNOS waitlist ID to be assigned.

{{NAME:Tadeusz Przybylski}}, MD / {{NAME:Folasade Adeyemi}}, MD`,
  `Record date: {{DATE:2094-10-05}}

Cardiology - {{FACILITY:FMH}}, new pt summary prepared by {{NAME:Anjali Venkataraman}} (scribe) for Dr. {{NAME:Okafor}}

{{NAME:Lucille Armbruster-Nye}}, 70F, moved from {{LOCATION:Pittsfield}} to live with daughter {{NAME:Celeste}} in {{LOCATION:Westford}}. Records from four hospitals:

 - {{FACILITY:Berkshire Highlands Medical Center}} ({{FACILITY:BHMC}}): NSTEMI {{DATE:2/9/86}}, DES to LCx
 - {{FACILITY:HGH}} ({{FACILITY:Halloway}}): AF ablation {{DATE:10/12/89}} (Dr. {{NAME:Sandoval}}, then at {{FACILITY:HGH}})
 - {{FACILITY:SAMC}}: HF admission {{DATE:4/2-4/7/93}}; EF 40%; "Lasix 40 -> torsemide 20"
 - {{FACILITY:CVRMC}}: syncope {{DATE:8/30/94}} - neg Holter, ?orthostatic; DM on glipizide

Old MRNs: {{FACILITY:BHMC}} {{MRN:BH-118203}}, {{FACILITY:HGH}} {{MRN:HG-8830175}}, {{FACILITY:SAMC}} {{MRN:SA-902-441}}.
Prior cardiologist in {{LOCATION:Pittsfield}}: Dr. {{NAME:Wendell Ashby-Crane}}, fax {{FAX:413-555-0163}}.

Meds: torsemide 20, metoprolol 50, apixaban 5 bid, atorva 80, glipizide 5 (?change), empagliflozin 10.

Visit scheduled {{DATE:10/16}} 1:40 PM with Dr. {{NAME:Okafor}}.`,
  `MEDICATION RECONCILIATION - {{FACILITY:Halloway General Hospital}}, {{FACILITY:Whitcomb 4}}
{{DATE:5/7/2092}}  Pharmacist: {{NAME:Gwendolyn Asare}}, PharmD

Pt: {{NAME:Constance Whitlock-Ames}}   {{FACILITY:HGH}} MR# {{MRN:HG-7702215}}   78F
Source: pt's daughter {{NAME:Beth}} brought bottles; photo of bottles saved as {{PHOTO:WHITLOCK_MEDS_050792.jpg}}. Outpatient pharmacy: {{FACILITY:Kiln Brook Pharmacy}}, {{PHONE:978-555-0126}} (will-call pickup uses fingerprint, ID {{BIOMETRIC:KB-FP-118302}}). Part D member ID {{HEALTH_PLAN:RXP-553018877}}.

Drug                    Dose        Rx #             Last fill
apixaban                5 mg bid    {{ID:RX 7740921}}       {{DATE:4/20}}
diltiazem ER            240 mg      {{ID:RX 7740922}}       {{DATE:4/20}}
levothyroxine           50 mcg      {{ID:RX 7738805}}       {{DATE:3/28}}  (dose cut {{DATE:3/18}})
losartan                50 mg       {{ID:RX 7612004}}       {{DATE:4/02}}
ASA                     81 mg       OTC
Coumadin                STOPPED     -                not since {{DATE:Jan 2090}}

Discrepancy: daughter still has old Coumadin bottle - instructed to discard at the pharmacy take-back.

Reconciled with Dr. {{NAME:Subramaniam}}.`,
  `record date: {{DATE:2091-11-30}}

{{FACILITY:dunmore diabetes ctr}} - attending f/u, dr {{NAME:bannerman}}

mrs {{NAME:figuereido}} (sp?) - {{NAME:Dolores Figueiredo}}, MRN {{MRN:7719034}}, 68 yo, T2DM on pump since {{DATE:3/86}}, NPDR, hypothyroid, CKD2.

lives w/ son {{NAME:manny}} in {{LOCATION:somerset}}; granddaughter {{NAME:Bia}} now a nurse at {{FACILITY:Quequechan Valley}} and manages her pump uploads to the clinic site {{URL:www.dunmore-dc.example.org/pump/dfigueiredo}}.

since last visit ({{DATE:aug 14}}): no DKA, no ED visits. one low 51 on the {{DATE:22nd}} after mass on a fast day at {{FACILITY:Santo Cristo Church}}.

A1C:  {{DATE:5/91}} 7.3 | {{DATE:8/91}} 7.0 | today 6.9
Cr 1.1, egfr 58, uacr 40, ldl 78.

retina (dr {{NAME:esposito}}, {{FACILITY:marlow eye}}) stable {{DATE:10/9}}.

plan: basal 12a-6a cut 0.05 u/h; cont levothyroxine 50; flu shot today.
pt asked for letter for her trip to {{LOCATION:Ribeira Grande}} in {{DATE:Jan 2092}} - pump supplies letter given.
rtc 4 mo.

{{NAME:HB}}/{{NAME:ar}}`,
  `Record date: {{DATE:2078-04-11}}

{{FACILITY:MUH}} Heart Center, cardiology follow up - {{NAME:ABENDROTH, Ruth}}, MRN {{MRN:0092-4471-3}}

69 yo F, CAD s/p PCI '68 and CABG x3 ({{DATE:8/22/73}}), DM2, now with 6 months of fatigue and ankle swelling. Was in {{LOCATION:Freiburg}} over the winter clearing out her late mothers house; saw a cardiologist there, Dr. {{NAME:Helmut Kieferle}}, on {{DATE:14 Feb}} - echo report attached (EF 40%, new).

Husband {{NAME:Klaus}} sells his handmade clocks online ({{URL:www.klausabendroth-clocks.example.com}}), she helps ship them - lifting heavy boxes w/o chest pain.

Exam: BP 142/82, HR 88, JVP 10, 1+ edema. Wt up 4 kg since {{DATE:Oct 2077}}.
ECG: new LBBB, QRS 152.
BNP 880 ({{DATE:4/8}}).

A/P: new cardiomyopathy EF 40% + LBBB, ? ischemic (grafts) vs LBBB-mediated.
 - cath to assess grafts {{DATE:4/20}}, Dr. {{NAME:Holt}}
 - start Lasix 20, uptitrate lisinopril, carvedilol 3.125
 - if EF < 35% after GDMT: CRT-D
 - cc her PCP Dr. {{NAME:Vandermeer}}, {{FACILITY:Auburndale Primary Care}}, fax {{FAX:617-555-0197}}

{{NAME:Folasade Adeyemi}}, MD   {{NAME:FA}}/{{NAME:ckm}}`,
];

export const HELDOUT_REALISTIC_89_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout89-${i + 1}`, n));
