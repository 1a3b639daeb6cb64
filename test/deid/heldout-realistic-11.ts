// An eleventh held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION; hospitals, clinics, employers, schools, pharmacies and agencies are
// invented). It is shaped like the i2b2/n2c2 2014 de-identification corpus: longitudinal records of
// patients with diabetes and coronary or heart-failure disease written by US clinicians, with the
// PHI already replaced by realistic surrogates (no placeholders) and years shifted into 2080-2110.
// Shapes: "Record date:" headers, primary-care and endocrine visits, cardiology follow-ups, letters
// to referring doctors ("Dear Dr. X"), ALL CAPS discharge summaries, ED notes with EDVISIT^ headers,
// consults, operative, cath, echo and stress reports, rehab, nursing-home, telephone, nutrition,
// pharmacy, VNA and hospice notes, employer letters and a few lower-case typed notes. Clinician
// names appear in every form (Dr. X, X MD, LAST, FIRST, initials, "____ / X. Y, M.D.", typist
// initials); patients' relatives, employers, churches, schools and towns; ages of 90 and over;
// professions (not PHI under this guideline); dates with and without a year ("3/97", "Jan 2094",
// "4/12", "Tuesday 3/4", "1/2-1/9/98"); phones, pagers, faxes, MRNs, device serials; and much
// look-alike non-PHI (eponyms such as Framingham risk score, Austin Flint murmur, Portland
// protocol, Kimmelstiel-Wilson, Bruce protocol, Wells score; drug names and doses, labs, vitals,
// device models, rooms and beds, CPT codes, lot numbers, years alone ('71, 2090), weekdays alone,
// clock times, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// Mr., Mrs., Ms.) and labels (MRN:, DOB, Unit No.) stay outside spans; "LAST, FIRST" is one NAME
// span; a time attached to a full date is part of it; a weekday written with a date is part of it;
// a date range written as one token is one DATE span; a month alone or a month with a year is a
// DATE, a year alone is not; states, countries, weekdays alone, clock times alone, "POD#1" and ages
// of 89 and under are not PHI; ages of 90 and over are AGE; hospitals (full names and
// abbreviations such as NWH), clinics, named wards (Phillips 7), nursing homes, VNAs, pharmacies,
// churches, schools, funeral homes, DME and infusion suppliers and employers are FACILITY; payers,
// state or federal agencies (DOT, FMCSA), national associations (ADA), device makers (Boston
// Scientific) and named trials are not PHI; short in-house pagers and extensions are PHONE;
// implant, lead, pump, CGM and CPAP serials are DEVICE; Medicare and insurer member numbers are
// HEALTH_PLAN; supplier and wound-center accounts are ACCOUNT; NPI, CDL and examiner registry
// numbers are LICENSE; visit, accession, employee, interpreter, UNOS and organ-bank case numbers
// are ID; lot numbers are not PHI; typist and clinician initials and nicknames are NAME; a city
// abroad is LOCATION. Every occurrence is marked, including repeated and lower-case names.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9378 / 0.9580; pass-11 engine (789a1c5) 0.9589 / 0.9586; pass-12a-c engine (ddaa0f7) 0.9732 / 0.9581.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2088-02-17}}

{{FACILITY:NORTHWEST HARBOR HOSPITAL}} - {{FACILITY:WESTERLY INTERNAL MEDICINE}}

{{NAME:Halvorsen, Ingrid}}
MRN {{MRN:0836214}}

Reason for visit: f/u DM2, HTN, hyperlipidemia.

HPI: Ms. {{NAME:Halvorsen}} is a 71 yo retired school librarian from {{LOCATION:Marblehead}} who returns 3 months after her last visit on {{DATE:11/19/87}}. Fingersticks bid; fasting 140s-160s, occasional 210 after dinner. No hypoglycemia. She spent the holidays with her daughter {{NAME:Solveig}} in {{LOCATION:Duluth}} and admits to "too many cookies". Denies CP, SOB, orthopnea. Mild tingling in both feet, unchanged.

MEDS: metformin 1000 mg bid, glipizide XL 10 mg qd, lisinopril 20 mg qd, simvastatin 40 mg qhs, ASA 81 mg.

EXAM: BP 138/78, P 76, Wt 184 lb (186 in {{DATE:Nov}}). Heart RRR, no MRG. Feet: decreased monofilament sensation at 3 of 10 sites, DP pulses 1+.

LABS ({{DATE:2/10/88}}): A1c 7.9% (8.3% in {{DATE:Oct 2087}}), LDL 96, Cr 1.1, urine microalb/Cr 38.

A/P:
1. DM2 - modestly improved. Increase glipizide XL to 15 mg. Referred to {{FACILITY:NWH}} Diabetes Education, classes start {{DATE:March 3}}.
2. HTN - at goal.
3. Neuropathy - podiatry w/ Dr. {{NAME:Okonkwo}}.
RTC 3 months.

{{NAME:Paul R. Devereaux}}, M.D.
pager {{PHONE:31408}}`,

  `Record date: {{DATE:2091-06-04}}

{{FACILITY:FAIRHAVEN CARDIOLOGY ASSOCIATES}}
{{ADDRESS:400 Cabot Street, Suite 210}}, {{LOCATION:Beverly}}, MA {{ZIP:01915}}
Tel {{PHONE:(978) 555-0143}}   Fax {{FAX:(978) 555-0144}}

{{DATE:June 4, 2091}}

{{NAME:Harriet Lund}}, M.D.
{{FACILITY:Lakemont Family Health Center}}

Re: {{NAME:Teodoro Villanueva}}   DOB {{DATE:08/30/2022}}

Dear Dr. {{NAME:Lund}}:

Thank you for asking me to see Mr. {{NAME:Villanueva}}, a 68-year-old machinist at {{FACILITY:Mansfield Tool & Die}} with type 2 diabetes for 12 years, hypertension and a 40 pack-year smoking history, who developed exertional chest pressure climbing the stairs at work last Tuesday. It is band-like and relieved by rest within 5 minutes. His father died of an MI at 58.

On exam BP 152/88, HR 80, BMI 31. No JVD or carotid bruits, S4, no murmur. ECG shows NSR with Q waves in III and aVF, new compared with a tracing from {{FACILITY:Bayside Medical Center}} in {{DATE:3/89}}.

I have arranged a treadmill test (Bruce protocol) on {{DATE:June 11}} and started metoprolol 25 mg bid and aspirin 81 mg. His Framingham risk score is well above 20%. If the test is abnormal I will refer him to Dr. {{NAME:Wrenfield}} at {{FACILITY:Ridgeway Heart Institute}} for catheterization.

Sincerely,

____________________ / {{NAME:T. Ashcombe}}, M.D.
cc: {{NAME:Teodoro Villanueva}}
{{NAME:TA}}/{{NAME:jl}}`,

  `Record date: {{DATE:2084-11-09}}

{{FACILITY:CALDWELL MEMORIAL HOSPITAL}}
DISCHARGE SUMMARY

PATIENT: {{NAME:ASHBY, WENDELL}}     UNIT NO: {{MRN:218-44-07}}
ADMISSION DATE: {{DATE:11/02/2084}}   DISCHARGE DATE: {{DATE:11/09/2084}}
ATTENDING: {{NAME:MARCHETTI, LUCINDA}} M.D.

PRINCIPAL DIAGNOSIS: Acute on chronic systolic heart failure.
OTHER DIAGNOSES: CAD s/p CABG x3 (2079), IDDM, chronic renal insufficiency.

HISTORY OF PRESENT ILLNESS: Mr. {{NAME:Ashby}} is a 77-year-old retired bus driver with ischemic cardiomyopathy (EF 25%), IDDM and CRI (baseline Cr 1.8) who presented to the {{FACILITY:CMH}} emergency room with a 10 lb weight gain and 3-pillow orthopnea after running out of Lasix. His wife {{NAME:Doreen}} noted ankle swelling for a week.

HOSPITAL COURSE: Diuresed with IV Lasix 80 mg bid, net negative 6.2 L. BNP 1,840 on admission. Troponin I peaked at 0.09. Cr rose to 2.3, then 1.9. Seen by Dr. {{NAME:Kostelecky}} (renal). Moved from {{FACILITY:Ellison 9}} telemetry to the floor on hospital day 3.

DISCHARGE MEDICATIONS: Lasix 80 mg po bid, carvedilol 6.25 mg bid, lisinopril 5 mg qd, spironolactone 12.5 mg qd, Lantus 18 units qhs, ASA 81, atorvastatin 40.

FOLLOW-UP: Dr. {{NAME:Marchetti}} in 1 week ({{DATE:11/16}}), CHF clinic {{DATE:Tuesday 11/21}} at 2:30 PM. {{FACILITY:Greystone VNA}} to check daily weights.

{{NAME:LM}}/{{NAME:rrd}}  D: {{DATE:11/09/84}}  T: {{DATE:11/10/84}}`,

  `Record date: {{DATE:2096-09-23}}

ENDOCRINE FOLLOW-UP - {{FACILITY:Bayside Medical Center}} Diabetes Unit

Pt: {{NAME:Priya Raghunathan}}   BMC#: {{MRN:5570193}}
Referring: {{NAME:Gallagher, Fiona}} MD

S: 54 y/o software engineer with DM2 dx {{DATE:Jan 2094}}, GDM with both pregnancies, on metformin 1000 bid and Januvia 100. Saw Dr. {{NAME:Osei}} here in {{DATE:April}}; A1c then 8.6%. Walking with her husband {{NAME:Venkat}} every evening and cut out sweet chai. Travelled to {{LOCATION:Chennai}} for 4 weeks in {{DATE:July}} for her mother's 80th birthday; control slipped while away. No polyuria. Mild fatigue.

O: BP 126/74, Wt 162 lb, BMI 28.7. Thyroid not enlarged. No acanthosis. Monofilament intact.
Labs {{DATE:9/16/96}}: A1c 7.4%, TSH 3.8, LDL 131, HDL 44, TG 188, ALT 41, Cr 0.8, eGFR >60.

A: DM2, improving. Dyslipidemia, not at goal. Possible NAFLD.
P:
- add atorvastatin 20 mg
- RUQ US at {{FACILITY:BMC}} Radiology
- consider GLP-1 if A1c >7% at next visit
- f/u {{DATE:12/28}}, fasting labs 1 wk before

{{NAME:Amara Osei}}, MD, Endocrinology
{{EMAIL:aosei@baysidemed.example.org}}`,

  `record date: {{DATE:2082-05-30}}

walk-in, {{FACILITY:lakemont fhc}}
pt {{NAME:margarethe stroud}} 81F here w/ son {{NAME:dale}} c/o dizziness x2 days, worse on standing. sugars 60s-70s in am per son, lowest 52 yesterday at 6am. takes glyburide 5 bid + eating only toast, appetite poor since husband {{NAME:earl}} died {{DATE:april 12}}. no cp, no focal sx, no falls. lives alone at {{ADDRESS:9 quarry rd}} in {{LOCATION:rockport}}, son checks in daily from {{LOCATION:gloucester}}.
vs bp 112/64 sitting, 94/58 standing, p 88, fs 71.
exam: dry mm, otherwise unremarkable, romberg neg.
a/p: hypoglycemia 2/2 sulfonylurea + poor intake, orthostasis.
- stop glyburide. start glipizide 2.5 mg qam only w/ breakfast
- push fluids, hold hctz x 1 wk
- grief counseling ref to {{FACILITY:cape ann hospice}} bereavement group
- visiting nurse from {{FACILITY:north shore vna}} for fs checks 3x/wk
- f/u w/ dr {{NAME:pike}} on {{DATE:6/6}}
son's cell {{PHONE:978-555-0119}}
seen w/ {{NAME:r. pike}} md. -{{NAME:jh}}, np`,

  `Record date: {{DATE:2099-01-12}}

{{FACILITY:RIDGEWAY HEART INSTITUTE}} - CARDIOLOGY CLINIC

{{NAME:Dmitri Volkov}}
{{MRN:RH-0047712}}

INTERVAL HISTORY: 63 yo with CAD and insulin-treated DM2, s/p IMI {{DATE:2/2097}} treated with a Cypher 3.0 x 18 mm stent to the RCA at {{FACILITY:St. Aurelia's}}, then staged PCI of the LAD on {{DATE:3/14/97}}. Last seen {{DATE:9/98}}. Since then 2 episodes of substernal pressure while shoveling snow, each relieved by one SL NTG. He went back to work as a long-haul driver for {{FACILITY:Delacroix Freight}} in {{DATE:October}}. Still smoking 1/2 ppd. Wife {{NAME:Galina}} accompanies.

MEDS: Plavix 75, ASA 325, Toprol XL 100, Imdur 30, Zocor 80, Lantus 34 u qhs, Humalog SS, ramipril 10.

EXAM: BP 144/82, HR 64, 98% RA. No JVD. Lungs clear. RRR, soft II/VI SEM at RUSB, no rub. No edema, 2+ pulses.

ECG: SB 58, old inferior Q waves, no acute change.

IMPRESSION: Recurrent stable angina, possible in-stent restenosis.
PLAN: Adenosine MIBI at {{FACILITY:RHI}} on {{DATE:Thursday 1/18}}. Increase Imdur to 60. Smoking cessation counseling >3 min. Discussed with Dr. {{NAME:Wrenfield}}.

{{NAME:Keisha Amadi}}, PA-C / attending {{NAME:Tobias Wrenfield}} MD`,

  `Record date: {{DATE:2103-03-08}}

{{FACILITY:ORCHARD HILL NURSING AND REHABILITATION}} - PHYSICIAN PROGRESS NOTE

Resident: {{NAME:Gertrude Pfaff}}   Room 214-B   DOB {{DATE:11/02/2009}}

Mrs. {{NAME:Pfaff}} is a {{AGE:93}} year old former seamstress with DM2 (diet + low-dose glipizide), HFpEF, AF on warfarin and moderate Alzheimer's dementia, seen for monthly review and a fall on {{DATE:3/5}}. Found on floor by CNA at 0300; no head strike witnessed. X-ray of R hip at {{FACILITY:Caldwell Memorial}} negative. INR {{DATE:3/6}} 2.9.

Her niece {{NAME:Liesel Brandt}} (HCP) lives in {{LOCATION:Nashua}} and was called at {{PHONE:603-555-0161}}. Per niece, pt's only sister {{NAME:Hilde}} died last year at {{AGE:97}}.

Exam: frail, pleasant, oriented to self. BP 118/62, HR 78 irreg irreg. Bruising R thigh. Gait with walker, Tinetti 14/28.

Plan:
1. Fall - PT eval, bed alarm, hip protectors. Vitamin D 1000 IU.
2. AF - continue Coumadin 3 mg, goal INR 2-3; recheck {{DATE:3/13}}.
3. DM - FS bid; A1c 6.8%. Stop glipizide given falls and age.
4. Goals of care: DNR/DNI confirmed with Ms. {{NAME:Brandt}}; MOLST on chart.

{{NAME:Samuel Ofori}}, MD`,

  `Record date: {{DATE:2086-07-21}}

TELEPHONE ENCOUNTER - {{FACILITY:Westerly Internal Medicine}}

Caller: {{NAME:Ruth Kaminski}} (wife of pt {{NAME:Stanley Kaminski}}, MRN {{MRN:7730218}})
Call back #: {{PHONE:(508) 555-0108}}
Time: 09:45

Wife reports {{NAME:Stanley}}'s sugars have been 300-400 since Saturday when he started prednisone 40 mg from {{FACILITY:Southgate Urgent Care}} for a COPD flare. He is on NPH 70/30, 30 units am / 20 pm. Drinking a lot of water, urinating frequently, no vomiting, no confusion. Breathing better.

Discussed with Dr. {{NAME:Devereaux}}: increase 70/30 to 38 am / 26 pm while on steroids, check FS qid, call if >400 x2 or if vomiting or drowsy, and go to the ED at {{FACILITY:NWH}}. Prednisone taper ends {{DATE:7/26}}, then resume usual doses. Wife read back instructions. She asked for a refill of Lipitor 20 mg sent to {{FACILITY:Kenmore Street Pharmacy}}, fax {{FAX:508-555-0172}} - done.

Appt scheduled {{DATE:Wed 7/30}} with Dr. {{NAME:Devereaux}}.

{{NAME:Bernadette Moyo}}, RN`,

  `Record date: {{DATE:2093-01-05}}

EDVISIT^{{ID:40981275}}^{{NAME:SILVA, REGINA}}^{{DATE:01/05/93}}^{{NAME:TANAKA, HOLLIS}}

{{FACILITY:BAYSIDE MEDICAL CENTER}} EMERGENCY DEPARTMENT

The patient was seen and examined by me with Dr. {{NAME:Ferreira}}, the resident. I agree with the history, exam and plan.

HPI: 72-year-old woman with DM2, HTN, prior NSTEMI ({{DATE:8/91}}) and CKD 3 with 3 hours of epigastric discomfort and diaphoresis that began at 0530 while feeding her grandson {{NAME:Mateo}}. Came by ambulance from home in {{LOCATION:Fall River}}. Primary cardiologist Dr. {{NAME:Wrenfield}}.

PE: Anxious, diaphoretic. BP 168/94, HR 102, RR 22, O2 93% RA. Bibasilar crackles, JVP 10 cm, S3. No Homans sign.

ECG: 2 mm ST depression V4-V6. Troponin T 0.31. K 5.4, Cr 2.0, glucose 286.

ED COURSE: ASA 325, heparin gtt, NTG gtt, Lasix 40 IV. Cardiology fellow Dr. {{NAME:Abernathy}} consulted; cath in am. Admitted to CCU bed 6.

IMPRESSION: NSTEMI, acute pulmonary edema.

{{NAME:HOLLIS TANAKA}}, M.D.
D: {{DATE:01/05/93 11:20}}`,

  `Record date: {{DATE:2090-10-02}}

{{FACILITY:Harborlight Eye Associates}}
{{ADDRESS:88 Federal Street}}, {{LOCATION:Salem}}, MA {{ZIP:01970}}

{{DATE:October 2, 2090}}

Dear Dr. {{NAME:Gallagher}},

I saw your patient, {{NAME:Rutherford Lyle}}, in follow-up today for diabetic retinopathy. He is a 66-year-old with type 1 diabetes since age 14, on an insulin pump (MiniMed 508, serial {{DEVICE:PX5082217M}}), who had panretinal photocoagulation OD in {{DATE:May 2089}}.

Visual acuity is 20/40 OD and 20/25 OS. IOP 17/16. Dilated exam shows regressed neovascularization OD with laser scars, and new NVD with pre-retinal hemorrhage OS, with clinically significant macular edema OS; OCT central thickness 412 microns.

We started PRP OS today (1,240 spots, 200 ms) and an intravitreal injection will follow on {{DATE:10/16}}. His control has been erratic (A1c 9.4%), and I encouraged him to see Dr. {{NAME:Osei}} sooner than planned. He should not drive at night; his daughter {{NAME:Corinne}} drove him today.

With best regards,

{{NAME:Mirela Sandoval}}, M.D.
cc: {{NAME:Amara Osei}}, M.D., {{FACILITY:Bayside Medical Center}}`,

  `Record date: {{DATE:2087-04-15}}

NEPHROLOGY CONSULTATION
{{FACILITY:Northwest Harbor Hospital}}, {{FACILITY:Phillips 7}}
Requesting: Dr. {{NAME:Anselm Quist}}, hospitalist

Pt: {{NAME:Conchita Ybarra}}   MR# {{MRN:0612-559}}

Reason: rising creatinine after cath.

Mrs. {{NAME:Ybarra}} is a 74 yo woman from {{LOCATION:Chelsea}} (Spanish-speaking; interpreter {{NAME:Luz Moreno}}, ext {{PHONE:4417}}) with DM2 x 25 yrs, HTN and diabetic nephropathy (baseline Cr 1.6 on {{DATE:1/22/87}}), admitted {{DATE:4/11}} with unstable angina. LHC {{DATE:4/12}} with 180 mL iodixanol showed 3VD; Dr. {{NAME:Hale}} evaluating for CABG. Cr 1.7, 2.2, now 2.6. UOP ~900 mL/24h. Metformin held {{DATE:4/11}}; on lisinopril 40.

Exam: BP 150/70, no rub, trace edema. UA 2+ protein, no cells. FeNa 0.8%.

Impression: Contrast nephropathy on diabetic kidney disease (Kimmelstiel-Wilson), likely to peak day 3-5.

Recs:
- hold lisinopril, avoid NSAIDs and further contrast
- NS 75 mL/h if ok with cardiology
- daily BMP; renal US
- delay CABG until Cr plateaus
- no metformin at discharge
Will follow. Pager {{PHONE:27731}}.

{{NAME:Ivana Kostelecky}}, MD (renal fellow)`,

  `Record date: {{DATE:2095-12-01}}

PODIATRY - {{FACILITY:Lakemont Family Health Center}}

{{NAME:Leopold Brandt}}, 70M, MRN {{MRN:3318852}}
PCP: {{NAME:Rosalind Pike}}, MD

CC: "sore on my right foot"

Hx: DM2 (A1c 8.8% {{DATE:11/03/95}}), PVD, neuropathy. Noticed blood on sock {{DATE:Sunday 11/26}} after a long shift at {{FACILITY:Hollister Paper Mill}}, where he still works as a night watchman. No fever. Wife {{NAME:Ilse}} changes the dressing daily.

Exam: 1.2 x 0.9 cm ulcer plantar R 1st MTP, to subQ, no probe to bone, erythema <1 cm, no pus. No Charcot changes. Monofilament 0/10 bilat. DP/PT nonpalpable R, dopplerable. ABI R 0.68, L 0.81.

A/P: Wagner grade 1 diabetic foot ulcer, mild infection, PAD.
- sharp debridement, CPT 11042
- cephalexin 500 mg qid x 10 days
- post-op shoe, total contact cast next visit
- XR R foot r/o osteo
- vascular referral Dr. {{NAME:Gideon Hale}}, {{FACILITY:NWH}}
- RTC 1 wk ({{DATE:12/8}})

{{NAME:Chinedu Okonkwo}}, DPM`,

  `Record date: {{DATE:2096-01-19}}

{{FACILITY:NORTHWEST HARBOR HOSPITAL}}
OPERATIVE NOTE

PATIENT: {{NAME:BRANDT, LEOPOLD}}   MRN: {{MRN:2209-5514}}
DATE OF OPERATION: {{DATE:01/19/2096}}
SURGEON: {{NAME:Gideon Hale}}, M.D.
ASSISTANT: {{NAME:Natalia Herrera}}, M.D.
ANESTHESIA: General, Dr. {{NAME:Fitzgibbon}}

PREOPERATIVE DIAGNOSIS: Right SFA occlusion with nonhealing 1st MTP ulcer (referred by Dr. {{NAME:Okonkwo}}, podiatry, {{DATE:12/1/95}}).

PROCEDURE: Right common femoral to below-knee popliteal bypass with reversed ipsilateral greater saphenous vein.

FINDINGS: Heavily calcified SFA (Monckeberg medial calcification), good-quality GSV 4 mm. Strong Doppler signals in DP and PT after bypass.

DESCRIPTION: After induction and placement of a Foley catheter, the right leg was prepped and draped. Heparin 5,000 units IV. Anastomoses with 6-0 Prolene. EBL 350 mL. Counts correct x2.

DISPOSITION: PACU, then {{FACILITY:Whitcombe 4}} vascular floor. Aspirin, Plavix, hold metformin 48 h. Wound check by Dr. {{NAME:Herrera}} POD#1. Wife {{NAME:Ilse Brandt}} ({{PHONE:978-555-0186}}) updated at 14:10.

{{NAME:GH}}/{{NAME:kpw}}`,

  `Record date: {{DATE:2085-08-27}}

{{FACILITY:Wexford Cardiac Rehabilitation}} - Phase II Progress Report

To: Dr. {{NAME:Lucinda Marchetti}}
Re: {{NAME:Omar Haddad}}, DOB {{DATE:2/14/2029}}

Mr. {{NAME:Haddad}} has completed 24 of 36 sessions since {{DATE:6/30/85}}, after CABG x4 at {{FACILITY:Caldwell Memorial Hospital}} on {{DATE:May 28}}. He attends Mon/Wed/Fri at 7 AM before his shift as a pharmacist at {{FACILITY:Coastal Apothecary}} in {{LOCATION:Peabody}}.

Exercise: treadmill 3.2 mph / 4% grade x 20 min, arm ergometer 10 min; METs up from 3.1 to 6.4. Peak HR 118 on metoprolol 50 bid, RPE 13. No angina; rare PVCs on telemetry. BP 128/76 to 154/80.

Risk factors: FBS 108-132 on metformin 850 bid; A1c 6.9%. LDL 74 on atorvastatin 80. Weight 201 to 193 lb. Quit smoking {{DATE:5/27/85}}, the day before surgery.

Psychosocial: PHQ-9 = 8; wife {{NAME:Samira}} reports he is "more irritable". He has joined the men's group led by {{NAME:Brian Ostrowski}}, LICSW.

Plan: continue, progress to 30 min, nutrition session {{DATE:9/3}}. Next report after session 36.

{{NAME:Kathleen Dunphy}}, RN, MS, Cardiac Rehab Coordinator
{{PHONE:978-555-0133}}`,

  `Record date: {{DATE:2102-04-03}}

PREOPERATIVE EVALUATION - {{FACILITY:St. Aurelia's Hospital}} Pre-Admission Testing

Patient: {{NAME:Bartholomew Quist}}   MRN: {{MRN:SA-884107}}
Surgery: L total knee arthroplasty, Dr. {{NAME:Ingeborg Tveit}}, {{DATE:April 17, 2102}}

79-year-old retired Lutheran pastor with DM2, CAD (RCA stent {{DATE:2/99}} at {{FACILITY:RHI}}), HTN, OSA on CPAP and severe L knee OA. Walks 2 blocks, limited by the knee; no angina; climbs one flight. RCRI 2 (insulin, CAD).

Meds: Lantus 26 u, metformin 500 bid, ASA 81, Plavix 75, metoprolol 50 bid, lisinopril 10, rosuvastatin 20.
Exam: BP 134/70, HR 62, Mallampati III, neck 18 in. Lungs clear. No murmur. Knee: varus, crepitus.
Labs: Hgb 13.1, Cr 1.2, K 4.4, A1c 7.1%. ECG NSR with RBBB, unchanged from {{DATE:06/14/2100}}.

Recommendations:
1. Acceptable risk; no further cardiac testing per ACC/AHA. Discussed with his cardiologist Dr. {{NAME:Abernathy}} ({{PHONE:617-555-0154}}).
2. Hold Plavix 5 days (last dose {{DATE:4/12}}), continue ASA.
3. Lantus 80% of dose night before; hold metformin and lisinopril morning of surgery.
4. Bring CPAP (ResMed AirSense 10).

{{NAME:Yolanda Pruitt}}, NP / {{NAME:Henrik Sorensen}}, MD`,

  `Record date: {{DATE:2081-10-14}}

NEW PATIENT VISIT - {{FACILITY:Dorrance Street Health Center}}

{{NAME:Jean-Baptiste Moreau}}   MRN {{MRN:1047732}}   Tel {{PHONE:401-555-0195}}
{{ADDRESS:212 Chalkstone Ave, Apt 3}}, {{LOCATION:Providence}}, RI {{ZIP:02908}}

Mr. {{NAME:Moreau}} is a 58 yo man transferring from {{FACILITY:Kent County Family Practice}} (Dr. {{NAME:Alvarado}}) after moving in {{DATE:August}} to be near his daughter {{NAME:Nadege}}. Born in {{LOCATION:Port-au-Prince}}, Haiti; came to the US in 2046. Custodian at {{FACILITY:Cranmore Street Middle School}}.

PMH: DM2 dx {{DATE:3/76}}, HTN, gout, h/o Bell's palsy (resolved).
FH: mother with DM, died at {{AGE:91}}; brother on HD in {{LOCATION:Miami}}.
SH: married to {{NAME:Mireille}}, 3 children. Quit smoking 20 yrs ago. Attends {{FACILITY:Eglise Baptiste Bethel}} on Sundays.
Meds: metformin 1000 bid, glyburide 5 bid, amlodipine 10, allopurinol 300. Allergy: sulfa.

Exam: BP 146/92, P 70, BMI 30.2. Tophus L 1st MTP. Babinski downgoing.

Plan: records from Dr. {{NAME:Alvarado}} (fax {{FAX:401-555-0166}}); A1c, lipids, urine microalb; add lisinopril 10 mg; diabetes teaching with Ms. {{NAME:Tavares}}, RN. RTC 4 wks.

{{NAME:Adaeze Nwosu}}, MD`,

  `Record date: {{DATE:2092-05-19}}

{{FACILITY:BMC}} NONINVASIVE CARDIOLOGY LABORATORY
EXERCISE STRESS ECHOCARDIOGRAM

Name: {{NAME:Whitcombe, Jerome}}        Unit #: {{MRN:4462018}}
Date of study: {{DATE:5/19/2092}}    Referring MD: {{NAME:Pike, Rosalind}}
Indication: atypical chest pain, DM2, HTN.

Protocol: Bruce. Exercised 7 min 40 s (stage III), 9.1 METs; stopped for fatigue. Peak HR 142 (91% MPHR for age 67). BP 142/80 to 188/84. No chest pain. Duke treadmill score +7.
ECG: 1 mm upsloping ST depression in II, III, aVF at peak, resolved by 1 min of recovery. Rare PACs.
Rest echo: LVEF 60%, normal wall motion, mild LVH, mild MR, aortic sclerosis without stenosis.
Stress echo: all segments augment; no inducible ischemia.

Conclusions:
1. Good exercise tolerance.
2. Non-diagnostic ECG response; negative stress echo.
3. No change from the prior study of {{DATE:4/14/89}} at {{FACILITY:Caldwell Memorial}}.

Interpreted by: {{NAME:Hiroshi Tanabe}}, MD, FACC
Sonographer: {{NAME:DLR}}
Electronically signed {{DATE:05/19/2092 16:42}}`,

  `Record date: {{DATE:2098-02-09}}

{{FACILITY:Caldwell Memorial Hospital}} Heart Failure Program
{{ADDRESS:1 Hospital Drive}}, {{LOCATION:Taunton}}, MA {{ZIP:02780}}

{{DATE:February 9, 2098}}

To: Human Resources, {{FACILITY:Brightwater Logistics}}
Attn: {{NAME:Carla Benedetti}}

Re: {{NAME:Desmond Akinyemi}}, date of birth {{DATE:7/7/2046}}

To whom it may concern,

Mr. {{NAME:Akinyemi}} has been under my care since his stay at {{FACILITY:CMH}} from {{DATE:1/2-1/9/98}} for newly diagnosed dilated cardiomyopathy (ejection fraction 20%) with ventricular tachycardia. An ICD (Boston Scientific Teligen, serial {{DEVICE:114907}}) was implanted on {{DATE:January 8}}. He also has insulin-requiring diabetes.

He may return to work on {{DATE:March 1, 2098}} with these restrictions for at least 6 months: no driving of commercial vehicles (per DOT rules after ICD implant), no lifting over 20 lb, no work near arc welders or large magnets, and breaks to check his blood glucose and eat. He may do dispatcher or office duties.

Please contact my office at {{PHONE:508-555-0177}} with any questions.

Sincerely,

{{NAME:Lucinda Marchetti}}, M.D.
Director, Heart Failure Program`,

  `Record date: {{DATE:2106-11-30}}

ANNUAL EXAM - {{FACILITY:Dracut Family Medicine}}

{{NAME:Maeve Costigan}} is a 61 yo chemistry teacher at {{FACILITY:Fenwood Regional High School}}.

PROBLEMS
1. DM2 - dx {{DATE:9/2101}}, metformin XR 1500. Home FS 110-140. A1c 6.6% ({{DATE:11/20/06}}).
2. Hypothyroidism (Hashimoto's) - levothyroxine 88 mcg, TSH 1.9.
3. HTN - losartan 50. Home BP 120s/70s.
4. Hyperlipidemia - LDL 88 on pravastatin 40.
5. Osteopenia - DXA 2104 T -1.8.

Health maintenance: mammogram {{DATE:10/06}} at {{FACILITY:Chelmsford Breast Imaging}} normal; colonoscopy 2103, 1 TA; flu shot today (lot FL2291X).

SOCIAL: lives in {{LOCATION:Dracut}} with partner {{NAME:Joan Whelan}}; walks the dog daily; wine 2-3/wk. Mother {{NAME:Nora}} ({{AGE:90}}) lives at {{FACILITY:Riverbend Place}} assisted living; pt is her caregiver on weekends.

EXAM: BP 122/76, HR 66, BMI 26.1. Thyroid small, nontender. Feet: sensation intact, good pulses.

PLAN: continue meds. Urine microalb. Retinal exam with Dr. {{NAME:Sandoval}}. Caregiver stress discussed. Return {{DATE:May 2107}}.

{{NAME:Rosalind Pike}}, MD   {{NAME:RP}}/{{NAME:mq}}`,

  `Record date: {{DATE:2089-03-16}}

NUTRITION CONSULT - {{FACILITY:Bayside Medical Center}}, {{FACILITY:Fenwick 5}}
Pt: {{NAME:Nguyen Thi Lan}}   MRN {{MRN:6604129}}
Requested by Dr. {{NAME:Abernathy}} for insulin start and heart-healthy diet.

77 yo Vietnamese-speaking woman (interpreter {{NAME:Tran Van Duc}} present) admitted {{DATE:3/13}} with CHF exacerbation and glucose 410. Lives with son {{NAME:Minh}} and daughter-in-law {{NAME:Hoa}} in {{LOCATION:Dorchester}}; {{NAME:Hoa}} cooks. Intake: rice 3 bowls/meal, pho with fish sauce, pickled vegetables, condensed-milk coffee 2x/day, mango.

Ht 152 cm, Wt 63 kg, BMI 27. Needs 1400-1600 kcal, 60-70 g protein, Na <2 g, fluid 1.5 L.

Education with daughter-in-law: plate method, rice to 1 bowl, low-sodium fish sauce, unsweetened coffee, fruit portions. Carb counting not appropriate now. Vietnamese ADA handouts given. Teach-back adequate.

Goals: FBS <140, weight stable, Na <2 g.
Follow-up: outpatient RD at {{FACILITY:Neponset Harbor Family Clinic}}, {{DATE:4/2/89}}.

{{NAME:Siobhan Feeney}}, MS, RD, LDN   pager {{PHONE:6-2210}}`,
  `Record date: {{DATE:2085-02-26}}

{{FACILITY:CMH}} HEART FAILURE CLINIC

{{NAME:Wendell Ashby}}   #{{MRN:218-44-07}}

Mr. {{NAME:Ashby}} returns 3 months after his admission for decompensated HF ({{DATE:11/2-11/9/84}}). Home weights stable at 176-179 lb (dry weight 177). Two-pillow orthopnea, no PND. Walks to the mailbox and back, NYHA II-III. He gave up bowling with his league at {{FACILITY:Sunset Lanes}} but still goes to watch on Thursdays. {{NAME:Doreen}} manages the pillbox. {{FACILITY:Greystone VNA}} discharged him {{DATE:1/15}}.

Meds: Lasix 80 bid, carvedilol 12.5 bid (up from 6.25 on {{DATE:12/20}}), lisinopril 5, spironolactone 12.5, Lantus 18 u, ASA, atorvastatin.

Exam: Wt 178 lb, BP 104/62, HR 66. JVP 8 cm. Few bibasilar crackles. S3. Trace ankle edema.

Labs {{DATE:2/19/85}}: Na 134, K 5.1, BUN 48, Cr 2.0, BNP 910, A1c 7.3%.

Impression: ischemic CM, EF 25%, compensated but borderline; K and Cr limit titration.

Plan: stop spironolactone; recheck BMP in 1 week at {{FACILITY:Taunton Green Laboratory}}; echo in {{DATE:March}} to assess for CRT-D, discuss with EP (Dr. {{NAME:Yoshida}}). RTC 6 wks.

{{NAME:Omari Banks}}, NP / {{NAME:L. Marchetti}}, MD`,

  `Record date: {{DATE:2100-08-14}}

ANTICOAGULATION SERVICE - {{FACILITY:Northwest Harbor Hospital}}

Pt: {{NAME:Halloran, Bridget}}   MRN {{MRN:0933561}}   Ph {{PHONE:781-555-0123}}
Indication: mechanical AVR (St. Jude 23 mm, 2097), paroxysmal AF. Also DM2. Goal INR 2.5-3.5.

INR today 1.8 (fingerstick, CoaguChek XS). Previous: 2.9 on {{DATE:7/31}}, 3.1 on {{DATE:7/17}}.

Pt missed 2 doses while at her sister {{NAME:Colleen}}'s house in {{LOCATION:Scranton}} the weekend of {{DATE:August 5}}, and began eating kale salads daily on the advice of a trainer at {{FACILITY:Wellspring Fitness}}, where she works at the front desk. No bleeding, bruising, melena or neuro symptoms. No new antibiotics.

Plan: Coumadin 7.5 mg today and tomorrow, then 5 mg daily except 7.5 mg Mon/Fri (40 mg/week). Keep vitamin K intake consistent. Recheck {{DATE:Monday 8/21}}. No Lovenox bridge needed per Dr. {{NAME:Chowdhury}}, her cardiologist.
Spoke with pt and husband {{NAME:Declan}}; both verbalized understanding. Pill organizer reviewed.

{{NAME:Marisol Echeverria}}, PharmD, CACP   x{{PHONE:5-4471}}`,

  `Record date: {{DATE:2099-06-30}}

{{FACILITY:Ridgeway Heart Institute}} - DEVICE CLINIC

{{NAME:Akinyemi, Desmond}}   RHI# {{MRN:0318827}}
Device: Boston Scientific Teligen 100 DR ICD, SN {{DEVICE:114907}}, implanted {{DATE:1/8/98}}
Leads: RA Medtronic 5076 SN {{DEVICE:PJN2231904}}; RV Endotak Reliance SN {{DEVICE:228133}}

Reason: routine 6-month check and remote alert on {{DATE:6/22/99}}.

Interrogation: battery 9.8 yrs. RA sensing 2.8 mV, impedance 510 ohm, threshold 0.6 V @ 0.4 ms. RV R wave 11.2 mV, impedance 620 ohm, threshold 0.8 V. HV impedance 58 ohm. DDD 50, AV delay 180 ms.
Episodes: 1 VT at 182 bpm on {{DATE:6/22/99 03:14}}, terminated by ATP x1; no shocks; pt asleep and unaware. Two AT/AF episodes under 2 min.

Mr. {{NAME:Akinyemi}} now works full days as a dispatcher at {{FACILITY:Brightwater}} and skipped carvedilol twice last week. A1c 8.1% per Dr. {{NAME:Marchetti}}'s office. K 3.6 on {{DATE:6/20}}.

Plan: no programming changes; adherence reinforced; KCl 20 mEq daily; remote checks via LATITUDE every 3 months; in-person {{DATE:Dec 2099}}.

{{NAME:Hana Yoshida}}, MD, Electrophysiology / {{NAME:Greg Ruane}}, CCDS`,

  `Record date: {{DATE:2087-04-16}}

CARDIAC SURGERY CONSULTATION - {{FACILITY:NWH}}

Patient: {{NAME:Conchita Ybarra}}   MRN {{MRN:0612-559}}
Requesting physician: {{NAME:Anselm Quist}}, MD
Consultant: {{NAME:Gideon Hale}}, MD, CT and vascular surgery

History: 74F with 3VD on cath {{DATE:4/12/87}} (LM 30%, proximal LAD 90%, LCx 80%, RCA 100% with left-to-right collaterals), EF 45% with inferior hypokinesis. DM2 x 25 years, HTN, CKD with contrast nephropathy (Cr 2.6 today, followed by Dr. {{NAME:Kostelecky}}). No prior cardiac surgery. Former seamstress in the {{LOCATION:Lawrence}} mills; lives with her son {{NAME:Rafael}} in {{LOCATION:Chelsea}}.

Exam: 5'1", 148 lb. Soft R carotid bruit. RRR, no murmur. Saphenous veins adequate by US; Allen test normal bilaterally.

STS predicted mortality 3.9%; renal failure risk 14%.

Recommendation: CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) once creatinine plateaus, tentatively {{DATE:Monday 4/23}}. Carotid duplex first. Risks including stroke, dialysis and death discussed with pt, {{NAME:Rafael}} and granddaughter {{NAME:Yesenia}}, with interpreter; they wish to proceed.

{{NAME:G. Hale}}, M.D. / dictated by {{NAME:Natalia Herrera}}, M.D., CT fellow`,

  `Record date: {{DATE:2087-05-02}}

{{FACILITY:NORTHWEST HARBOR HOSPITAL}}
DISCHARGE SUMMARY

NAME: {{NAME:YBARRA, CONCHITA}}      MR#: {{MRN:0612-559}}
ADMITTED: {{DATE:04/11/2087}}   DISCHARGED: {{DATE:05/02/2087}}
SERVICE: CARDIAC SURGERY ({{NAME:HALE}})

DIAGNOSES: 3-vessel CAD, unstable angina, contrast nephropathy, DM2, HTN.
PROCEDURE: CABG x3 on {{DATE:04/24/2087}} (LIMA-LAD, SVG-OM1, SVG-PDA).

COURSE: Surgery delayed until Cr fell to 1.9. Extubated POD#0. Postop AF on POD#2, converted with amiodarone. Insulin drip per Portland protocol, then Lantus 14 u + Novolog SS. Cr peaked 2.4 on POD#3, 1.8 at discharge. Sternal wound clean. Delirium nights 2-4, cleared; daughter {{NAME:Marisela}} flew in from {{LOCATION:San Juan}} and stayed at the bedside.

DISPOSITION: {{FACILITY:Wexford Rehabilitation Hospital}}, {{LOCATION:Medford}}.

MEDICATIONS: ASA 325, metoprolol 25 bid, amiodarone 200 bid x 1 month, atorvastatin 80, Lantus 14 u qhs, Novolog SS, Lasix 20 qd x 5 days, Colace. No metformin or ACE-I until Cr stable.

FOLLOW-UP: Dr. {{NAME:Hale}} 4 weeks; Dr. {{NAME:Kostelecky}} {{DATE:5/15}}; PCP Dr. {{NAME:Elena Marroquin}}, {{FACILITY:Broadway Family Health}}.

{{NAME:NH}}/{{NAME:ot}}   cc: {{NAME:E. Marroquin}}, MD`,

  `Record date: {{DATE:2104-12-18}}

MEDICINE ADMISSION NOTE - {{FACILITY:St. Aurelia's Hospital}}, {{FACILITY:Donnelly 3}}

Pt: {{NAME:Ansel Thornbury}}, 66M   MRN {{MRN:SA-552094}}
PCP: {{NAME:Kwabena Asante}}, MD ({{FACILITY:Hilltop Primary Care}})
Sources: pt, wife {{NAME:Prudence}}, ED record.

CC: vomiting and high sugars x 2 days.

HPI: T2DM on Lantus 40 u + Humalog, CAD s/p PCI ({{DATE:10/01}}), with vomiting and diarrhea since a church supper at {{FACILITY:First Congregational Church of Amesbury}} on {{DATE:Dec 15}}. Stopped Lantus because he could not eat; home glucose 512. ED: pH 7.18, HCO3 9, AG 28, beta-hydroxybutyrate 6.1, K 5.9, Cr 1.7 (baseline 1.1), troponin <0.01.

SH: retired electrician, lives in {{LOCATION:Amesbury}}, no tobacco.

Exam: T 99.8, BP 102/60, HR 118, Kussmaul respirations, dry mucosa. Abd soft, mild diffuse tenderness, Murphy's sign negative.

A/P: DKA in T2DM, precipitated by gastroenteritis and insulin omission.
- insulin gtt per DKA protocol, LR 250 mL/h, K repletion, BMP q2h
- serial ECGs and troponins
- full code; HCP wife {{NAME:Prudence Thornbury}}, {{PHONE:978-555-0114}}

{{NAME:Felix Oduya}}, MD, PGY-2, pager {{PHONE:44120}}; attending Dr. {{NAME:Rasmussen}}`,

  `Record date: {{DATE:2090-07-07}}

INTERHOSPITAL TRANSFER NOTE

From: {{FACILITY:Nauset Bay Hospital}}, {{LOCATION:Hyannis}}, MA
To: {{FACILITY:Bayside Medical Center}} CCU, accepting Dr. {{NAME:Abernathy}}

Patient: {{NAME:Fitzroy Campbell}}, 59M, DOB {{DATE:03/17/2031}}, MRN here {{MRN:NB-771402}}

Mr. {{NAME:Campbell}}, a commercial fisherman out of {{LOCATION:Chatham}}, born in {{LOCATION:Kingston}}, Jamaica, arrived {{DATE:7/6/90 22:40}} with inferior STEMI and received TNK at 23:15 with resolution of ST elevation, but chest pain recurred at 06:30 with 1 mm re-elevation in II, III, aVF. DM2 on metformin (takes it "sometimes"); HTN untreated. Transferred for rescue PCI.

Drips: heparin 1000 u/h, NTG 20 mcg/min. Metoprolol 5 mg IV x3. ASA 325 and Plavix 300 given. Glucose 232. Two PIVs. NKDA.
Vitals at departure 08:10: BP 118/70, HR 72, SpO2 97% 2 L.

Report called to {{NAME:Ines Caldera}}, RN, {{PHONE:617-555-0140}}. Transport: {{FACILITY:Coastline Air Medical}}.
Contact: partner {{NAME:Marcia Thompson}}, {{PHONE:508-555-0191}}.

{{NAME:Wyatt Brenneman}}, DO, Emergency Medicine`,

  `Record date: {{DATE:2108-10-11}}

HOSPICE REFERRAL AND CERTIFICATION OF TERMINAL ILLNESS

Patient: {{NAME:Ephraim Lindgren}}   DOB {{DATE:05/03/2012}}   Age {{AGE:96}}
Residence: {{FACILITY:Orchard Hill Nursing and Rehabilitation}}, Room 118
Hospice: {{FACILITY:Lantern House Hospice}}, intake RN {{NAME:Abigail Serrano}}

Terminal diagnosis: end-stage HFrEF (EF 15%), NYHA IV despite maximal tolerated therapy. Comorbid: DM2, CKD 4 (Cr 3.4), PAD s/p L BKA (2104).
Admissions to {{FACILITY:CMH}}: {{DATE:6/2108}}, {{DATE:8/2108}} and {{DATE:9/22-9/30/08}}. PPS 30%, 12 lb weight loss in 3 months, albumin 2.6.

Goals: Mr. {{NAME:Lindgren}}, a tugboat captain in {{LOCATION:New Bedford}} for 40 years, wants to "stay put" and not return to the hospital. His daughter {{NAME:Astrid Lindgren-Shaw}} (HCP, {{PHONE:508-555-0150}}) agrees; son {{NAME:Nils}} in {{LOCATION:Oslo}}, Norway, is aware.

Plan: prognosis under 6 months; hospice certified. Stop statin and glipizide; continue Lasix 40 bid; morphine oral solution 5 mg q2h prn dyspnea; lorazepam 0.5 mg prn; deactivate ICD shocks (pt agrees).

{{NAME:Samuel Ofori}}, MD   NPI {{LICENSE:1538260947}}`,

  `Record date: {{DATE:2083-09-03}}

NEUROLOGY CONSULT - {{FACILITY:Caldwell Memorial Hospital}}

Pt: {{NAME:Hyacinth Oyelaran}}, 68F   MRN {{MRN:334-71-60}}

Called by Dr. {{NAME:Marchetti}} at 10:05 for acute R arm weakness and word-finding difficulty noted by the nurse on {{FACILITY:Ellison 9}} at 09:40; last known well 09:15, when her grandson {{NAME:Tobi}} visited. Admitted {{DATE:8/31}} for CHF; new AF this admission, not yet anticoagulated. DM2, HTN.

Exam: BP 172/90, glucose 214. Glasgow 15. NIHSS 7 (R face 1, R arm 2, R leg 1, aphasia 2, dysarthria 1). R Babinski. No Horner's.

CT head: no hemorrhage; ASPECTS 9. CTA: L M2 occlusion.

Assessment: acute L MCA cardioembolic stroke within the window.

Plan: tPA given at 10:31 after discussion with pt and her husband {{NAME:Babatunde}} by phone ({{PHONE:508-555-0128}}). Transfer for thrombectomy discussed with Dr. {{NAME:Lindqvist}} at {{FACILITY:Bayside}}; accepted. BP <180/105, hold anticoagulation 24 h, insulin SS for glucose 140-180, swallow screen before po.

{{NAME:Ravi Chandrasekhar}}, MD, Stroke Neurology`,

  `Record date: {{DATE:2097-03-20}}

BEHAVIORAL MEDICINE - {{FACILITY:Lakemont Family Health Center}}
Integrated care visit, 45 min

{{NAME:Dolores Fairweather}}   DOB {{DATE:01/09/2041}}   MRN {{MRN:2290475}}
Referred by {{NAME:Harriet Lund}}, MD

56 yo woman with DM2 (A1c 11.2%) and depression (PHQ-9 19) since being laid off from {{FACILITY:Pemberton Textiles}} in {{DATE:November}}. Lives with adult son {{NAME:Curtis}}; separated from husband {{NAME:Roy}}, who lives in {{LOCATION:Worcester}}. "I just stopped caring about the insulin." Passive SI, no plan or intent; no firearms at home. Protective factors: granddaughter {{NAME:Kaylee}}, her church ({{FACILITY:Grace Tabernacle}}). Postpartum depression in 2071.

MSE: tearful, linear, no psychosis. GAD-7 12.

Plan: safety plan completed; 988 crisis line given. Sertraline 25 mg started by Dr. {{NAME:Lund}}. Weekly CBT with me. Help with unemployment claim via the state career center. Re-referred to diabetes education. Next {{DATE:3/27}}.

{{NAME:Theresa Gould}}, LICSW`,

  `Record date: {{DATE:2101-07-09}}

{{FACILITY:BMC}} DIABETES CENTER - PUMP CLINIC

{{NAME:Rutherford Lyle}}   {{MRN:5548821}}

77 yo with T1DM x 63 years, proliferative retinopathy s/p PRP (stable per Dr. {{NAME:Sandoval}}, {{DATE:5/2101}}), Cr 1.3. Switched from MiniMed to Tandem t:slim X2 (SN {{DEVICE:1084226}}) with Dexcom G6 (transmitter {{DEVICE:8GM4KT}}) in {{DATE:March}}.

Download, 14 days: TIR 62%, TBR 4%, mean 168, GMI 7.3%, CV 38%. Basal 0.65 u/h 00-04, 0.8 u/h 04-10, 0.7 u/h 10-24. ICR 1:10, ISF 45. Control-IQ on.

Severe low (48) on {{DATE:6/30}} at 02:40 after a long hike with grandson {{NAME:Theo}}; wife {{NAME:Marguerite}} gave juice, no glucagon needed.

Plan:
- basal 00-04 to 0.55 u/h
- exercise temp target before hikes and golf
- glucagon nasal powder refilled
- supplies via {{FACILITY:Northeast Diabetic Supply}} (acct {{ACCOUNT:NDS-449021}})
- RTC {{DATE:October}}

{{NAME:Lena Marsh}}, RN, CDCES / {{NAME:Amara Osei}}, MD`,

  `Record date: {{DATE:2093-05-05}}

{{FACILITY:Fairlawn Women's Health}} - DIABETES IN PREGNANCY CLINIC

{{NAME:Anjali Mehta-Rourke}}, 34 yo G2P1 at 26w3d, EDC {{DATE:8/19/93}}, MRN {{MRN:FW-20417}}

1-hr GCT 168 on {{DATE:4/22}}; 3-hr GTT {{DATE:4/29}} 101/196/174/142, 3 abnormal values. Dx GDM A1. Prior pregnancy (2090) with LGA son {{NAME:Rohan}}, 4.2 kg, shoulder dystocia. Mother and maternal aunt with DM2. Dental hygienist at {{FACILITY:Westgate Dental Group}}; husband {{NAME:Liam Rourke}} present.

BP 114/70, Wt 168 lb (pre-preg 150). FH 27 cm, FHR 145. No edema.

Plan:
- glucometer teaching; fasting and 1-h postprandial checks; goals <95 and <140
- MNT with {{NAME:Siobhan Feeney}}, RD, {{DATE:5/8}}
- if not at goal in 1-2 weeks, add NPH or metformin
- growth US at 32 weeks; weekly NSTs if A2
- Tdap at 28 weeks
RTC {{DATE:5/12}} with Dr. {{NAME:Okafor}}.

{{NAME:Ngozi Okafor}}, MD, Maternal-Fetal Medicine`,

  `Record date: {{DATE:2088-08-22}}

TRANSITION VISIT - {{FACILITY:Bayside Medical Center}} Adult Diabetes Clinic
Referred from {{FACILITY:Harbor Children's Hospital}} (Dr. {{NAME:Winifred Aziz}})

{{NAME:Jaylen Whitaker}}, 19M, T1DM dx age 7, DKA x2 (last {{DATE:2/88}}). HVAC student at {{FACILITY:Eastfield Community College}}, works weekends at {{FACILITY:Sal's Pizzeria}}. Lives with his mother {{NAME:Tamika Whitaker}} in {{LOCATION:Brockton}}. Vapes, occasional cannabis, alcohol at parties.

MDI: Lantus 28 u, Novolog 1:12, ISF 40, but often skips lunch bolus. A1c 10.1%. Meter shows 2-3 checks/day. No lows needing help. Celiac and thyroid screens negative {{DATE:1/88}}.

Exam: BMI 23, BP 122/70, no lipohypertrophy, feet normal. No retinopathy on photos.

Plan:
- CGM prescribed; Medicaid prior auth sent
- alcohol and DKA sick-day rules reviewed
- discussed driving and checking before driving
- text reminders to {{PHONE:774-555-0102}}; email {{EMAIL:jwhit.hvac@example.com}}
- RTC 6 weeks, sooner with CGM data

{{NAME:Dariusz Nowicki}}, MD`,

  `Record date: {{DATE:2105-02-14}}

{{FACILITY:HARBORSIDE WOUND CENTER}}
PROGRESS NOTE - VISIT 9

Patient: {{NAME:Esperanza Galvan}}   Acct {{ACCOUNT:HW-0099312}}   MRN {{MRN:774410}}

82 yo with DM2, venous insufficiency and CHF with a mixed-etiology ulcer of the L medial malleolus present since {{DATE:October 2104}}. Lives at {{FACILITY:Maplewood Manor}}; comes by {{FACILITY:Ride-Right Van Service}} with her daughter {{NAME:Pilar}}.

Wound: 3.1 x 2.4 x 0.2 cm (from 4.0 x 3.3 x 0.3 on {{DATE:1/17}}), 80% granulation, 20% slough, moderate serous drainage, periwound maceration. No odor. ABI 0.92; TcPO2 44 mmHg.

Procedure: selective debridement with curette, CPT 97597. Apligraf applied (lot 21-4471, not retained). Unna boot with 2-layer compression.

Glucose today 188; A1c 7.8% per PCP Dr. {{NAME:Marroquin}}.

Plan: weekly visits, compression, elevate legs, protein supplement bid. Hyperbaric oxygen not indicated. Next visit {{DATE:2/21}}.

{{NAME:Terrence Wolcott}}, MD, CWS / {{NAME:Anita Bose}}, RN`,

  `Record date: {{DATE:2092-11-03}}

{{FACILITY:RIVERSIDE DIALYSIS UNIT}} - MONTHLY PHYSICIAN NOTE

Patient: {{NAME:Thaddeus Okeke}}   Chair 12, MWF 2nd shift
Medicare {{HEALTH_PLAN:4TY7KL2MW81}}

62M with ESRD from diabetic nephropathy, on HD since {{DATE:6/91}} via a L brachiocephalic AVF created {{DATE:3/91}} by Dr. {{NAME:Hale}} at {{FACILITY:NWH}}. CAD, EF 40%, DM2 on Lantus 12 u.

Adequacy: Kt/V 1.38, URR 72%. Dry weight 88 kg; IDWG 3.5 kg (too high). BP pre 162/84, post 138/76.
Labs {{DATE:10/29}}: Hgb 10.4 on Epogen 4000 u/tx, ferritin 510, TSAT 24%, phos 6.1, Ca 9.0, PTH 480, albumin 3.6, K 5.3.

Social: drives for {{FACILITY:Yellow Star Cab}} on non-dialysis days. Transplant evaluation at {{FACILITY:Bayside Transplant Center}}; his brother {{NAME:Chukwuma}} is being tested as a living donor, visit {{DATE:11/20}}.

Plan: fluid restriction 1 L/day reinforced; sevelamer to 1600 mg tid; cinacalcet 30 mg; continue Epogen. Access: good thrill and bruit.

{{NAME:Ivana Kostelecky}}, MD, Nephrology`,

  `Record date: {{DATE:2094-04-27}}

UROLOGY CLINIC - {{FACILITY:Caldwell Memorial}}

{{NAME:Raymond Tibbetts}}, 64 yo   Unit {{MRN:5087233}}
Referred by {{NAME:Kwabena Asante}}, MD

Erectile dysfunction for 3 years, progressive. DM2 x 15 years (A1c 7.6%), CAD with stent {{DATE:11/92}} and stable angina on Imdur 60 and SL NTG prn, HTN, neuropathy. Married 38 years to {{NAME:Colette}}, who joins him today. Works as a high-school guidance counselor at {{FACILITY:Tri-County Regional}}.

Exam: normal phallus, no Peyronie's plaque, testes 18 mL bilat. Bulbocavernosus reflex present.
Labs: total testosterone 248 (AM), PSA 1.9, TSH 2.2.

Discussion: PDE5 inhibitors (sildenafil, tadalafil) are contraindicated with nitrates. I spoke with his cardiologist, Dr. {{NAME:Wrenfield}} ({{PHONE:617-555-0137}}), who does not advise stopping Imdur. Options: vacuum erection device, intracavernosal alprostadil, or inflatable prosthesis (AMS 700).

Plan: alprostadil test dose in clinic {{DATE:May 11}}; repeat testosterone and LH; consider replacement if low twice.

{{NAME:Femi Adeyemi}}, MD, Urology`,

  `Record date: {{DATE:2086-12-05}}

{{FACILITY:Saltmarsh Sleep Center}} - FOLLOW-UP

{{NAME:Gustavo Peralta}}   MRN {{MRN:SS-10488}}
Referring: {{NAME:Paul Devereaux}}, MD, {{FACILITY:Westerly Internal Medicine}}

57 yo truck dispatcher with DM2, HTN, paroxysmal AF and obesity (BMI 38). Wife {{NAME:Luisa}} reports loud snoring and witnessed apneas. Epworth 16. Nodded off at a red light near {{LOCATION:Saugus}} in {{DATE:October}}.

Diagnostic PSG {{DATE:11/14/86}}: AHI 42, REM AHI 61, nadir SpO2 78%, 28 min <88%.
CPAP titration {{DATE:11/28/86}}: 11 cm H2O eliminated events, AHI 2.

Plan:
- CPAP 11 cm H2O, medium full-face mask, heated humidity
- DME: {{FACILITY:Comfort Air Medical Supply}} to deliver ResMed AirSense 11, SN {{DEVICE:23191844327}}
- advised not to drive when drowsy until compliant; RMV reporting discussed
- compliance download at 30 days
- weight loss; discuss GLP-1 with PCP

{{NAME:Shira Katzman}}, MD, FAASM`,

  `Record date: {{DATE:2109-01-25}}

{{FACILITY:Bayside Lipid Clinic}}

{{DATE:January 25, 2109}}

{{NAME:Kwabena Asante}}, MD
{{FACILITY:Hilltop Primary Care}}

Re: {{NAME:Cecily Vandermeer}}   DOB {{DATE:4/18/2061}}

Dear Dr. {{NAME:Asante}},

Thank you for referring Mrs. {{NAME:Vandermeer}}, a 47-year-old piano teacher from {{LOCATION:Andover}} with an untreated LDL of 248, Achilles tendon xanthomas and corneal arcus. Her father had an MI at 44; a brother has "high cholesterol". Dutch Lipid Clinic Network score 9, definite heterozygous FH. She also has prediabetes (A1c 6.2%).

She did not tolerate rosuvastatin (myalgias, CK 640 in {{DATE:Aug 2108}}) or pravastatin. On ezetimibe 10 mg her LDL is 201. We started evolocumab 140 mg every 2 weeks; prior authorization was approved (member ID {{HEALTH_PLAN:XJB449120773}}).

Cascade screening is recommended for her sons {{NAME:Pieter}} and {{NAME:Willem}}, 17 and 14. I will see her again in {{DATE:April}} with a lipid panel.

Sincerely,

{{NAME:Marcus Bellweather}}, MD
{{NAME:MB}}/{{NAME:sd}}`,

  `Record date: {{DATE:2097-02-11}}

{{FACILITY:ST. AURELIA'S HOSPITAL}} CARDIAC CATHETERIZATION LABORATORY

Patient: {{NAME:VOLKOV, DMITRI}}   MRN: {{MRN:SA-301776}}
Date: {{DATE:02/11/2097}}
Operator: {{NAME:Cyrus Faraji}}, MD   Fellow: Dr. {{NAME:Obi}}

Indication: inferior STEMI; symptom onset 05:50 at home in {{LOCATION:Woburn}}; door-to-balloon 64 minutes.

Access: R radial 6F. Contrast 160 mL iodixanol. Fluoro 14.2 min.

Findings: LM normal. LAD 80% mid stenosis. LCx minor irregularities. RCA 100% mid thrombotic occlusion. LVEDP 24 mmHg.

Intervention: heparin 70 u/kg, eptifibatide bolus and infusion. Aspiration thrombectomy of RCA, then Cypher 3.0 x 18 mm DES (lot 8842217), post-dilated to 3.25. TIMI 3 flow, 0% residual.

Plan: CCU; staged LAD PCI in 4-6 weeks; ASA + Plavix for at least 12 months; statin; check A1c (glucose 244). Wife {{NAME:Galina}} updated in the waiting room at 07:40.

{{NAME:C. Faraji}}, M.D.`,

  `record date: {{DATE:2091-09-09}}

f/u visit, {{FACILITY:lakemont}}

{{NAME:teodoro villanueva}} back after ett {{DATE:6/11}} at {{FACILITY:fairhaven cardiology}} which was + (3 mm st dep at 6 min). cath at {{FACILITY:ridgeway}} {{DATE:aug 30}} by dr {{NAME:wrenfield}}: lad 90% stented (taxus 2.75 x 23), rca ok. no cp since. back at work at {{FACILITY:mansfield tool}} since {{DATE:9/2}}, light duty. quit smoking!! wife {{NAME:rosario}} v proud. daughter {{NAME:gabi}} flying in from {{LOCATION:san antonio}} for his 69th bday.
holter after cath: rare pvcs, no vt.
meds: asa 81, plavix 75, metoprolol 50 bid, atorva 80, lisinopril 10, metformin 1000 bid.
bp 128/76 p 62. lungs clear. r groin no hematoma, no bruit.
a1c 7.6, ldl 88.
plan: cont dapt x 12 mo, no interruption w/o talking to dr {{NAME:ashcombe}} or dr {{NAME:wrenfield}}. cardiac rehab referral. flu shot today. rtc 3 mo.
{{NAME:h lund}}`,
  `Record date: {{DATE:2094-10-17}}

ENDOCRINOLOGY - {{FACILITY:BAYSIDE MEDICAL CENTER}}

{{DATE:October 17, 2094}}

Dear Dr. {{NAME:Marroquin}}:

I had the pleasure of seeing {{NAME:Yusuf Demir}} today, a 49-year-old restaurant owner ({{FACILITY:Anatolia Grill}} in {{LOCATION:Somerville}}) with DM2 for 6 years, who has had weight loss, palpitations and tremor since {{DATE:August}}. On {{DATE:10/3/94}} TSH was <0.01 and free T4 3.9, and TRAb is positive: this is Graves' disease, not Hashimoto's. Mild proptosis; no pretibial myxedema. His A1c rose to 8.9% from 7.0% in {{DATE:Feb 2094}}, as expected with thyrotoxicosis.

HR 112, BP 138/64, weight 171 lb (from 186). Fine tremor, warm moist skin, small diffuse goiter with bruit.

Plan: methimazole 20 mg daily, propranolol 20 mg tid, baseline CBC and LFTs, eye exam with Dr. {{NAME:Sandoval}}. We will discuss RAI or surgery once euthyroid. He travels to {{LOCATION:Izmir}} to see his mother from {{DATE:11/10-12/1/94}}; I gave him a letter for his medications. I will see him {{DATE:12/8}}.

Sincerely,

{{NAME:Amara Osei}}, MD
cc: {{NAME:Yusuf Demir}}, {{ADDRESS:57 Elm Street}}, {{LOCATION:Somerville}}, MA {{ZIP:02144}}
{{NAME:AO}}/{{NAME:lt}}`,

  `Record date: {{DATE:2083-06-08}}

CARDIOLOGY FOLLOW-UP - {{FACILITY:Caldwell Memorial Hospital}}

{{NAME:PRENDERGAST, ROSEMARY}}   {{MRN:0077-3318}}

55 yo accountant at {{FACILITY:Osterhout & Finch CPAs}} with Hodgkin lymphoma treated with mantle radiation and ABVD at age 19 at {{FACILITY:Kingsbridge Children's Hospital}} in the {{LOCATION:Bronx}}, now with radiation-associated valve disease: moderate AS (AVA 1.1 cm2, mean gradient 28 mmHg on echo {{DATE:5/30/83}}) and moderate AR. Also hypothyroidism and DM2 since {{DATE:1/81}} on metformin. Mild DOE on hills only; no syncope or angina. Husband {{NAME:Gerald}} here.

Exam: BP 132/60, HR 70. III/VI SEM at RUSB radiating to carotids, soft S2, early diastolic murmur at LSB, and a mid-diastolic apical rumble (Austin Flint). No edema.

ECG: NSR, LVH with strain.

Plan: echo in 6 months ({{DATE:Dec 2083}}); report symptoms promptly; surgical referral to Dr. {{NAME:Hale}} when symptomatic or if LV dilates; TSH and A1c today. Seen with fellow Dr. {{NAME:Emeka Nwosu}}.

{{NAME:Lucinda Marchetti}} MD`,

  `Record date: {{DATE:2101-02-03}}

{{FACILITY:ST. AURELIA'S HOSPITAL}}
DISCHARGE SUMMARY

PATIENT: {{NAME:DUFRESNE, AURORE}}   MR#: {{MRN:SA-090112}}   AGE: {{AGE:92}}
ADMIT: {{DATE:01/29/2101}}   DISCHARGE: {{DATE:02/03/2101}}
ATTENDING: {{NAME:RASMUSSEN, ERIK}}, MD   PCP: {{NAME:ASANTE, KWABENA}}, MD

DIAGNOSIS: SEVERE HYPOGLYCEMIA DUE TO GLYBURIDE WITH ACUTE KIDNEY INJURY.

HPI: {{AGE:92}} YO FRENCH-SPEAKING WIDOW, FORMERLY A WEAVER IN {{LOCATION:LEWISTON}}, FOUND UNRESPONSIVE BY HER GRANDDAUGHTER {{NAME:CHANTAL}} ON {{DATE:1/29}} AT 07:00, FS 28. EMS GAVE D50 WITH PROMPT RESPONSE. CR 2.1 (BASELINE 1.0) AFTER 3 DAYS OF VOMITING.

COURSE: D10 INFUSION X 40 HOURS. RECURRENT LOWS TO 50S X2; OCTREOTIDE 50 MCG SC Q8H X 3 DOSES. GLYBURIDE STOPPED PERMANENTLY. CR 1.2 AT DISCHARGE. CXR CLEAR. ECG: 1ST DEGREE AV BLOCK, LBBB, UNCHANGED FROM 2099.

DISPOSITION: HOME WITH {{FACILITY:ANDROSCOGGIN VALLEY VNA}} AND HER DAUGHTER {{NAME:MONIQUE DUFRESNE-PARE}}.

MEDICATIONS: SITAGLIPTIN 25 MG QD (RENAL DOSE), AMLODIPINE 5 MG, LEVOTHYROXINE 50 MCG, DONEPEZIL 5 MG, GLUCAGON KIT.

FOLLOW-UP: DR. {{NAME:ASANTE}} {{DATE:2/7}}; BMP {{DATE:2/5}}.

{{NAME:ER}}/{{NAME:BLT}}   D: {{DATE:02/03/01 14:12}}`,

  `record date: {{DATE:2096-06-19}}

ed note - {{FACILITY:nwh}}
{{NAME:kevin o'rourke}} 52m, mrn {{MRN:0391877}}, hx dm2, htn, smoker, c/o cp x 2h at work ({{FACILITY:bay state roofing}}). l chest, pleuritic, worse w/ deep breath, started after lifting shingles. no diaphoresis. pcp dr {{NAME:devereaux}}. brother {{NAME:sean}} had mi at 50.
vs 146/90 96 16 98.6 99% ra. chest wall tender at l 4th costochondral jxn. lungs clear. no calf tenderness, wells 0.
ekg nsr 88, no st changes vs {{DATE:3/14/94}}. trop x2 neg (0.00, 0.00 at 3 h). cxr neg. perc neg, no d-dimer.
glucose 238. a1c 9.1 per chart ({{DATE:may}}).
imp: costochondritis. heart score 3.
plan: ibuprofen 600 tid w/ food x 5d. f/u w/ dr {{NAME:devereaux}} this wk (called office, appt {{DATE:fri 6/23}}). outpt stress test if sx persist. smoking cessation info. work note for {{DATE:6/19-6/20}}. wife {{NAME:deirdre}} driving him home.
{{NAME:a. kowalczyk}} md / {{NAME:mt}} pa-c`,

  `Record date: {{DATE:2090-04-04}}

MEDICATION RECONCILIATION - PHARMACY, {{FACILITY:Caldwell Memorial Hospital}}

Patient: {{NAME:Oyelaran, Hyacinth}}   MRN {{MRN:334-71-60}}   Admit {{DATE:4/2/90}}
Sources: pt; husband {{NAME:Babatunde}}; fill history from {{FACILITY:Ashmont Pharmacy}} ({{PHONE:617-555-0167}}); clinic note of Dr. {{NAME:Marchetti}} {{DATE:3/1/90}}.

Home medications:
1. apixaban 5 mg bid - last filled {{DATE:3/3}}; pt "missed a few days"
2. metformin 1000 mg bid
3. Januvia 100 mg daily - not filled since {{DATE:Dec 2089}} (cost)
4. lisinopril 20 mg daily
5. atorvastatin 40 mg qhs
6. metoprolol succinate 100 mg daily
7. furosemide 20 mg daily
8. OTC ibuprofen 400 mg prn knee pain; turmeric capsules

Discrepancies: admission orders list metoprolol tartrate 50 mg bid; clarified with Dr. {{NAME:Pell}} (hospitalist), changed to home succinate. Apixaban dose appropriate (age 75, wt 61 kg, Cr 1.6: one criterion).

Recommendations: hold metformin while Cr 1.6; stop ibuprofen; social work ({{NAME:Ines Vidal}}, ext {{PHONE:3-3190}}) to screen for Part D Extra Help.

{{NAME:Dana Whitfield}}, PharmD, BCPS   pager {{PHONE:30215}}`,

  `Record date: {{DATE:2098-03-02}}

{{FACILITY:GREYSTONE VISITING NURSE ASSOCIATION}} - SKILLED NURSING VISIT

Patient: {{NAME:Walter Szymanski}}, 81M   Agency MR# {{MRN:GV-2207361}}
{{ADDRESS:33 Pleasant Street, 2nd floor}}, {{LOCATION:Taunton}}, MA {{ZIP:02780}}
Visit 4 of 9, {{DATE:Thursday 3/2/98}}, 10:15-11:05

HF and insulin teaching after discharge from {{FACILITY:CMH}} on {{DATE:2/22}}. Wt 168.2 lb (167.4 yesterday, 166.0 at discharge). 1+ ankle edema. Faint crackles R base. BP 112/68, HR 74, SpO2 95% RA. FS 212 before lunch; log 140-260.

Pt draws up Novolin 70/30 20 u bid correctly using a magnifier. Daughter-in-law {{NAME:Krystyna}} fills the pillbox Sundays. Throw rugs removed; grab bar installed by son {{NAME:Piotr}}.

Called Dr. {{NAME:Marchetti}}'s office, spoke with {{NAME:Omari Banks}}, NP ({{PHONE:508-555-0177}}): extra furosemide 40 mg x1 today, call if weight >169 lb. Low-salt diet reviewed; pt admits to kielbasa at his parish supper at {{FACILITY:St. Casimir's}} on Sunday.

Next visit {{DATE:3/4}}.

{{NAME:Renata Silveira}}, RN`,

  `Record date: {{DATE:2080-09-15}}

{{FACILITY:Hilltop Primary Care}}

{{NAME:Mortimer Vance}}
MRN {{MRN:4410276}}

Problems:
- DM2 since '71
- CAD: IMI {{DATE:3/77}}, PTCA of RCA {{DATE:4/77}} at {{FACILITY:BMC}}; negative ETT {{DATE:9/79}}
- HTN
- s/p cholecystectomy '74
- BPH
- gout, last flare {{DATE:July}}
- colon polyps: colonoscopy {{DATE:6/78}} at {{FACILITY:Eastgate Endoscopy}}, repeat due {{DATE:6/83}}

S: Feels well. Back from 2 weeks in {{LOCATION:Galway}} visiting cousins with his wife {{NAME:Peg}}. Retired letter carrier. Walks 2 miles most days with his neighbor {{NAME:Arnie Feld}}. No angina since '77.

Meds: glyburide 10 bid, metformin 850 tid, atenolol 50, Zestril 20, ASA, Mevacor 40, allopurinol 300, Hytrin 2.

O: BP 136/78, P 60, wt 190. Exam unremarkable. Pedal pulses present.
Labs: A1c 8.1, chol 212, LDL 128, Cr 1.2.

A/P: increase Mevacor to 80; ophthalmology referral; Pneumovax today. Return {{DATE:12/80}} with labs a week before.

{{NAME:Howard Steinfeld}}, MD`,

  `Record date: {{DATE:2107-05-21}}

CARDIOLOGY CONSULT - {{FACILITY:Bayside Medical Center}}, {{FACILITY:Tremont 8}} Orthopedics

Pt: {{NAME:Wilhelmina Osgood}}, {{AGE:94}} F   MRN {{MRN:5309981}}
Requesting: Dr. {{NAME:Castellanos}} (orthopedics), preoperative risk

Reason: R femoral neck fracture after a fall at home in {{LOCATION:Milton}} on {{DATE:5/20/07}}.

History: DM2 on glipizide, HTN, moderate AS (AVA 1.0 cm2 on echo {{DATE:1/2106}}), permanent AF rate-controlled on diltiazem, no anticoagulation because of falls. Former court stenographer. Lives with her son {{NAME:Franklin}} ({{PHONE:617-555-0183}}). Walked with a cane; no angina or syncope.

Exam: BP 146/70, HR 84 irregular. III/VI SEM at RUSB, diminished S2. Lungs clear. No edema.
ECG: AF 84, LAFB. Troponin 0.02. BNP 380.

Recommendations:
1. Proceed with surgery; delay adds risk. Echo not needed (4 months old).
2. Moderate AS: avoid hypotension and tachycardia; arterial line reasonable.
3. Continue diltiazem; DVT prophylaxis per ortho.
4. Hold glipizide; insulin sliding scale.

{{NAME:Emeka Nwosu}}, MD, cardiology fellow, pager {{PHONE:12870}}
Attending: {{NAME:Hiroshi Tanabe}}, MD`,

  `Record date: {{DATE:2089-11-28}}

PULMONARY CLINIC - {{FACILITY:NWH}}

{{NAME:Stanley Kaminski}}   MRN {{MRN:7730218}}

70 yo retired foundry worker ({{FACILITY:Atlas Iron Works}}, 38 years) with COPD (FEV1 41% predicted on PFTs {{DATE:10/2/89}}), DM2 on 70/30 and CAD. Two exacerbations this year: {{DATE:January}} (prednisone, sugars in the 400s as in {{DATE:July 2086}}) and an admission to {{FACILITY:NWH}} {{DATE:9/14-9/18/89}}. Smokes 1/2 ppd, down from 2. Wife {{NAME:Ruth}} here.

Meds: tiotropium, fluticasone/salmeterol 250/50, albuterol prn, Humulin 70/30 30 u am / 20 u pm, ASA, atorvastatin, metoprolol 25 bid.

Exam: BMI 24, pursed-lip breathing, distant breath sounds, no wheeze. No clubbing.
6MWT 280 m, nadir SpO2 87% on room air. Alpha-1 antitrypsin level normal (MM).

Plan:
- ambulatory O2 2 L via {{FACILITY:Northeast Home Oxygen}}
- pulmonary rehab at {{FACILITY:Wexford Rehabilitation Hospital}}
- varenicline; low-dose CT lung screening
- written steroid-burst insulin plan from Dr. {{NAME:Devereaux}} (see his note {{DATE:7/21/86}})
- flu and pneumococcal vaccines up to date
RTC 3 months.

{{NAME:Aurelio Benedetti}}, MD`,

  `Record date: {{DATE:2093-08-08}}

GASTROENTEROLOGY - {{FACILITY:Bayside Medical Center}}

{{NAME:Marisol Quinones}}, 41 yo   MRN {{MRN:5612840}}
Referred by Dr. {{NAME:Nowicki}}

T1DM since age 11, with nausea, early satiety and vomiting 2-3 times a week since {{DATE:March}}. Glucose swings 40-400; two ED visits to {{FACILITY:Southfield Community Hospital}} for DKA. Works as a kindergarten aide at {{FACILITY:Hancock Elementary School}}; partner {{NAME:Denise}} helps with meals.

Gastric emptying {{DATE:7/25/93}}: 62% retention at 4 h (normal <10%). EGD {{DATE:7/11}} at {{FACILITY:BMC}} Endoscopy: retained food, no obstruction, H. pylori negative. TSH normal. A1c 8.7%.

Impression: diabetic gastroparesis, severe.

Plan:
- small, low-fat, low-fiber meals; liquid calories later in the day
- metoclopramide 5 mg before meals and at bedtime (tardive dyskinesia risk discussed, max 12 weeks)
- ondansetron prn
- post-meal bolusing with CGM, coordinate with Dr. {{NAME:Nowicki}}
- if refractory, motility clinic with Dr. {{NAME:Akiko Hirano}} for G-POEM or Enterra stimulator
RTC {{DATE:10/3}}.

{{NAME:Pradeep Venkataraman}}, MD`,

  `Record date: {{DATE:2102-06-12}}

TELEDERMATOLOGY CONSULT - {{FACILITY:Lakemont Family Health Center}}

Pt: {{NAME:Imani Boateng}}, 38F   MRN {{MRN:2308817}}
Referring: {{NAME:Harriet Lund}}, MD; photos uploaded {{DATE:6/9/02}}

History: T1DM since age 9 (A1c 7.2%), smoker. Shiny yellow-brown atrophic plaques with telangiectasia on both anterior shins for 8 months, slowly enlarging; a 1 cm ulcer on the left after bumping a luggage cart.

Impression: necrobiosis lipoidica. Differential: granuloma annulare, sarcoidosis, morphea.

Recommendations:
1. Punch biopsy of the active edge at an in-person visit {{DATE:June 26}} with Dr. {{NAME:Farrow}}.
2. Clobetasol 0.05% ointment bid to active borders only, not the ulcer.
3. Protect shins from trauma; compression if edema; stop smoking.
4. Activity does not track glucose control; no change to insulin needed.

She is a flight attendant with {{FACILITY:Northwind Airways}} and is often in {{LOCATION:Reykjavik}} and {{LOCATION:Dublin}}, so photo follow-up is acceptable: {{EMAIL:imani.boateng@example.net}}, {{PHONE:617-555-0109}}.

{{NAME:Celeste Farrow}}, MD, Dermatology`,

  `Record date: {{DATE:2095-03-29}}

{{FACILITY:CUMBERLAND HEART CENTER}}
{{ADDRESS:2200 Lakeshore Blvd}}, {{LOCATION:Cleveland}}, OH {{ZIP:44106}}

{{DATE:March 29, 2095}}

{{NAME:Tobias Wrenfield}}, M.D.
{{FACILITY:Ridgeway Heart Institute}}
{{ADDRESS:15 Linden Place}}, {{LOCATION:Boston}}, MA {{ZIP:02114}}

RE: {{NAME:Archibald Nyquist}}   Our #: {{MRN:CHC-55120047}}

Dear {{NAME:Toby}},

Thank you for sending Mr. {{NAME:Nyquist}}, 60, for a second opinion. As you know he is diabetic, with diffuse 3-vessel disease and EF 35%, and was turned down for CABG at two centers because of poor distal targets. We reviewed his angiograms of {{DATE:1/4/95}} and the cardiac MRI of {{DATE:2/95}}: there is viable myocardium in the LAD territory with little scar.

Our surgeon, Dr. {{NAME:Rashida Coleman}}, believes a LIMA to the mid LAD is feasible, with hybrid PCI of the circumflex; in a diabetic the FREEDOM trial data favor surgery. He and his wife {{NAME:Judith}} stayed with their son in {{LOCATION:Shaker Heights}} during the visit. We proposed surgery in {{DATE:April 2095}}; he will decide after talking with you.

Warm regards,

{{NAME:Benjamin Achterberg}}, MD`,

  `Record date: {{DATE:2096-02-02}}

INFECTIOUS DISEASE CONSULTATION - {{FACILITY:Northwest Harbor Hospital}}

Pt: {{NAME:Leopold Brandt}}   MRN {{MRN:2209-5514}}
Requested by Dr. {{NAME:Hale}}

70M, s/p R fem-pop bypass {{DATE:1/19/96}}, readmitted {{DATE:1/31}} with a red, swollen R great toe and sinus tract. MRI {{DATE:2/1}}: marrow edema of the 1st metatarsal head and proximal phalanx. Bone biopsy by Dr. {{NAME:Okonkwo}}: MSSA. ESR 88, CRP 12. A1c 8.8%.

Allergy: penicillin (hives as a child).

Exam: afebrile. Graft incisions clean. R hallux erythema to the MTP, probe to bone positive.

Impression: MSSA osteomyelitis of R 1st ray, now with improved perfusion.

Recs:
1. 1st ray amputation {{DATE:2/5}} with Dr. {{NAME:Okonkwo}}; send proximal margin.
2. Clean margin: 2 weeks of therapy; positive margin: cefazolin 2 g IV q8h x 6 weeks by PICC (mild remote hives, cefazolin acceptable).
3. OPAT through {{FACILITY:HomeInfuse of New England}}; weekly CBC, BMP, ESR, CRP faxed to {{FAX:978-555-0125}}.
4. No return to work at {{FACILITY:Hollister Paper Mill}} for 6 weeks; wife {{NAME:Ilse}} to be taught line care.

{{NAME:Solomon Achebe}}, MD, Infectious Diseases, pager {{PHONE:27904}}`,

  `Record date: {{DATE:2088-12-30}}

MICU FAMILY MEETING - {{FACILITY:Bayside Medical Center}}, {{FACILITY:Putnam 6}}

Patient: {{NAME:Horace Pettiford}}, 84M   MRN {{MRN:4029113}}   Hospital day 9

Present: wife {{NAME:Loretta Pettiford}} (HCP); daughters {{NAME:Andrea Pettiford-Sims}} and {{NAME:Jolene Pettiford}}; son-in-law {{NAME:Marcus Sims}}; chaplain Rev. {{NAME:Ayodele Bankole}}; SW {{NAME:Hannah Greer}}; RN {{NAME:Teresa Lindahl}}; Dr. {{NAME:Kwan}}.

Summary: cardiogenic shock after a large anterior MI on {{DATE:12/21}}. IABP removed {{DATE:12/26}}; still on norepinephrine and dobutamine, intubated, anuric with Cr 3.8. DM2, PVD. Family recalled that at the couple's 60th anniversary party in {{DATE:June}} he said he "never wants to be kept alive on machines".

Decision: DNR; no CVVH; continue current support through {{DATE:Dec 31}} so grandson {{NAME:Tyrell}} can arrive from {{LOCATION:Atlanta}}, then comfort measures only. MOLST updated and signed by Mrs. {{NAME:Pettiford}}.

45 minutes, more than half counseling.

{{NAME:Grace Kwan}}, MD, MICU attending`,

  `Record date: {{DATE:2089-01-01}}

{{FACILITY:BMC}} - DEATH NOTE

Called by {{NAME:Teresa Lindahl}}, RN, at 03:52 to pronounce {{NAME:Horace Pettiford}} (MRN {{MRN:4029113}}). Comfort measures since {{DATE:12/31/88 18:00}}, after his grandson {{NAME:Tyrell}} arrived.

Exam: no response to voice or pain, pupils fixed and dilated, no corneal reflex, no heart or breath sounds for one full minute, no carotid pulse.

Time of death: {{DATE:01/01/2089 03:58}}.

Family present: wife {{NAME:Loretta}} and daughter {{NAME:Andrea}}. Attending Dr. {{NAME:Kwan}} notified. PCP Dr. {{NAME:Ignatius Mbeki}} notified by voicemail ({{PHONE:617-555-0171}}).
Organ bank referral made, case {{ID:OB-88-44712}}; not a candidate.
Medical examiner: not reportable (expected death). Autopsy declined by wife.
Funeral home: {{FACILITY:Carrington & Sons Funeral Home}}, {{LOCATION:Dorchester}}.
Death certificate: cardiogenic shock due to acute anterior MI; contributing DM2 and chronic kidney disease.

{{NAME:Ashwin Rao}}, MD, PGY-1`,

  `Record date: {{DATE:2103-09-14}}

PATIENT PORTAL MESSAGE

From: {{NAME:Priya Raghunathan}}   Sent: {{DATE:9/14/2103 07:12}}
To: Dr. {{NAME:Amara Osei}}
Subject: Ozempic and my trip

"Hi Dr. {{NAME:Osei}}, I'm going to {{LOCATION:Bangalore}} for my nephew {{NAME:Arjun}}'s wedding from {{DATE:Oct 2}} to {{DATE:Oct 24}}. The Ozempic pen needs refrigeration, right? Also my fasting sugars have been 150-170 since I started the new job at {{FACILITY:Quillfeather Software}} (long hours, lots of takeout). Can I go up to 1 mg before I leave? My husband {{NAME:Venkat}} says hi. Thanks, {{NAME:Priya}}"

Reply, {{DATE:9/14/2103 16:40}}:
Hi {{NAME:Priya}}, yes - increase to 1 mg weekly starting this Sunday, {{DATE:9/17}}, if the 0.5 mg dose is well tolerated. Pens in use can be kept unrefrigerated (below 86 F) for up to 56 days; keep spares cold and carry them on the plane. A travel letter is at the front desk of the {{FACILITY:BMC}} Diabetes Unit. Please get an A1c when back; appointment {{DATE:11/6}}. Safe travels!
- Dr. {{NAME:Osei}}`,

  `Record date: {{DATE:2086-05-12}}

{{FACILITY:HARBORLINE OCCUPATIONAL HEALTH}}
COMMERCIAL DRIVER MEDICAL EXAMINATION

Employer: {{FACILITY:Pioneer Valley Transit Services}}
Employee: {{NAME:Clifford Baptiste}}   DOB {{DATE:12/01/2034}}   Employee ID {{ID:PVT-30418}}
CDL {{LICENSE:S44102937}}   Residence: {{LOCATION:Holyoke}}, MA

51 yo bus operator with insulin-treated DM2 (since 2083), HTN and hyperlipidemia. The ITDM Assessment Form (MCSA-5870) was completed by his treating clinician, Dr. {{NAME:Nowicki}} at {{FACILITY:Bayside Medical Center}}, and received {{DATE:5/8/86}}: no severe hypoglycemia in 12 months, A1c 7.4%, no retinopathy.

Exam: vision 20/25 OU with correction, fields 85 degrees, color normal. Forced whisper heard at >5 ft. BP 138/84, HR 72. Monofilament intact. UA glucose 1+, protein negative.

Determination: meets standards; 1-year certificate, expires {{DATE:5/12/2087}}. Keep glucose log and carry fast-acting sugar in the cab. FMCSA rules reviewed.

{{NAME:Nathaniel Gorski}}, DO   National Registry {{LICENSE:4418203917}}`,

  `Record date: {{DATE:2092-05-24}}

{{FACILITY:Tewksbury Family Practice}}

{{DATE:May 24, 2092}}

Mr. {{NAME:Jerome Whitcombe}}
{{ADDRESS:61 Brook Street}}
{{LOCATION:Tewksbury}}, MA {{ZIP:01876}}

Dear Mr. {{NAME:Whitcombe}},

Good news: your stress echocardiogram on {{DATE:May 19}} at {{FACILITY:Bayside Medical Center}}, read by Dr. {{NAME:Tanabe}}, showed no sign of blocked heart arteries, and your heart pumps normally. Your A1c is 7.2% (down from 7.9% in {{DATE:January}}), your LDL cholesterol is 92, and your kidney tests are normal.

Please keep taking metformin and keep walking with your group at the {{FACILITY:Tewksbury Senior Center}}. Because your chest discomfort comes after meals, it may be reflux: try omeprazole 20 mg before breakfast for 4 weeks.

Please schedule a visit in {{DATE:August}} by calling {{PHONE:978-555-0139}}. If you have chest pain at rest, call 911.

Sincerely,

{{NAME:Rosalind Pike}}, MD
{{NAME:RP}}/{{NAME:dh}}`,

  `record date: {{DATE:2099-10-04}}

progress note, hd#3, {{FACILITY:nwh}} {{FACILITY:phillips 7}}

{{NAME:esther goldfarb}} 79f w/ dm2, hfpef, ckd 3 admitted {{DATE:10/1}} w/ l leg cellulitis.
s: feels better, less pain. daughter {{NAME:miriam}} visited, worried about her going home to {{LOCATION:brookline}} alone. ate 75% of meals.
o: tmax 99.1, bp 138/72, hr 76, 96% ra. erythema receding from borders drawn {{DATE:10/1}}. no fluctuance, no crepitus.
labs: wbc 11.2 (from 15.6), cr 1.4, glu 140-210 on lantus 14 + lispro ss. bcx {{DATE:9/30}} ngtd.
a/p:
1. cellulitis - cefazolin day 3, switch to keflex 500 qid to finish 10 d.
2. dm2 - lantus to 16.
3. hfpef - euvolemic, resume home lasix 20.
4. dispo - pt/ot rec home w/ services; vna via {{FACILITY:longwood home care}}, cm {{NAME:jackie}} arranging. likely dc {{DATE:10/5}}.
d/w attending dr {{NAME:quist}}.
{{NAME:s. park}}, md pgy1, pgr {{PHONE:29114}}`,

  `Record date: {{DATE:2084-03-19}}

FAX COVER SHEET

{{FACILITY:Westerly Internal Medicine}}
{{ADDRESS:1200 Harbor Road, Suite 4}}, {{LOCATION:Marblehead}}, MA {{ZIP:01945}}
Phone {{PHONE:781-555-0112}}   Fax {{FAX:781-555-0113}}

To: Dr. {{NAME:Lucinda Marchetti}}, {{FACILITY:Caldwell Memorial Hospital}} Cardiology, fax {{FAX:508-555-0178}}
From: {{NAME:Nancy Gilchrist}}, practice manager
Date: {{DATE:03/19/2084}}   Pages: 6 including cover

Re: {{NAME:Harold Ferncliff}}   DOB {{DATE:10/22/2011}}

Enclosed per your request of {{DATE:3/16}}: office notes of {{DATE:9/12/83}} and {{DATE:1/30/84}} by Dr. {{NAME:Devereaux}}, echo report of {{DATE:11/83}}, recent labs (A1c 8.4%, LDL 140) and medication list.

Summary: 72 yo retired pharmacist with DM2, HTN and a new LBBB on ECG {{DATE:1/30/84}}; wife {{NAME:Edna}} reports exertional dyspnea.

CONFIDENTIALITY NOTICE: The documents accompanying this fax contain health information that is legally privileged. If you received this fax in error, please notify us at {{PHONE:781-555-0112}} and destroy the documents.`,
  `Record date: {{DATE:2100-05-03}}

ENDOCRINE CONSULT - {{FACILITY:St. Aurelia's Hospital}} Endocrine Clinic

{{NAME:Ferreira-Lopes, Benedita}}   MRN {{MRN:SA-617330}}   DOB {{DATE:9/12/2052}}
Referred by {{NAME:K. Asante}}, MD ({{FACILITY:Hilltop Primary Care}}) for a 2.8 cm L adrenal mass on CT {{DATE:4/11/00}} at {{FACILITY:Amesbury Imaging}}, done after a fall on the ice.

47 yo hairdresser who owns {{FACILITY:Bella Salon}} in {{LOCATION:Newburyport}}. DM2 dx {{DATE:2/98}}, now on 3 agents with A1c 9.0%; HTN on 4 drugs; easy bruising; trouble rising from chairs. Born in {{LOCATION:Porto}}, Portugal; her sister {{NAME:Graca}} there had "a tumor on the kidney gland".

Exam: BP 164/96, BMI 34, dorsocervical fat pad, violaceous striae >1 cm on abdomen, thin skin, proximal weakness.
Labs: 1 mg DST cortisol 6.8 (abnormal >1.8); late-night salivary cortisol 0.41 and 0.38 ({{DATE:4/20}}, {{DATE:4/22}}); ACTH <5; K 3.3; aldosterone/renin ratio 8; plasma metanephrines normal. Adenoma 8 HU.

Impression: ACTH-independent Cushing's syndrome from a L adrenal adenoma.

Plan: refer to Dr. {{NAME:Orlov}} for laparoscopic L adrenalectomy with perioperative hydrocortisone; spironolactone for K; DXA. Discussed with husband {{NAME:Arnaldo}}. Results by phone {{PHONE:978-555-0158}}.

{{NAME:Yevgenia Sokolova}}, MD`,

  `Record date: {{DATE:2096-03-04}}

{{FACILITY:WEXFORD REHABILITATION HOSPITAL}} - PHYSIATRY ADMISSION NOTE
Unit: {{FACILITY:Quincy Unit}}, room 312

{{NAME:Earl Haskins}}, 67M   MRN {{MRN:WR-48810}}
Transferred from {{FACILITY:Caldwell Memorial}} after L below-knee amputation {{DATE:2/26/96}} by Dr. {{NAME:Bertrand Moss}} for a gangrenous heel ulcer.

PMH: DM2 (A1c 9.6%), CAD s/p CABG 2090, CKD 3, PAD, neuropathy.
SH: retired football coach at {{FACILITY:Carver Regional High School}}. Lives with wife {{NAME:Lorraine}} at {{ADDRESS:410 County Street, Apt 2R}}, {{LOCATION:New Bedford}}: 2nd floor, 14 steps, one rail. Son {{NAME:Dwayne}} lives nearby.

Exam: L residual limb healing, staples intact, mild edema, no drainage. Phantom sensations, not painful. R foot intact, monofilament absent at 6/10 sites. Hip flexion contracture none. Transfers min assist.

Plan:
- PT/OT 3 h/day; single-limb gait with walker; wheelchair
- staples out and shrinker at day 21 ({{DATE:3/18}})
- prosthetic evaluation with {{FACILITY:Harbor Orthotics and Prosthetics}} ({{NAME:Len Adair}}, CPO)
- gabapentin 100 mg tid; Lantus 20 u with correction scale
- enoxaparin 30 mg daily (renal)
- home visit by OT before discharge; estimated stay 14 days

{{NAME:Priscilla Nakamura}}, MD, PM&R`,

  `Record date: {{DATE:2105-09-19}}

STRUCTURAL HEART CLINIC - {{FACILITY:Ridgeway Heart Institute}}

{{NAME:Thaddeus Whitlock}}, {{AGE:91}} yo   RHI# {{MRN:0512298}}
Referred by {{NAME:Ignatius Mbeki}}, MD

Severe calcific AS: AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.4 m/s on TTE {{DATE:8/28/05}}. Syncope while standing for a hymn at {{FACILITY:Holy Ghost Parish}} on {{DATE:Aug 10}}; DOE after one block, NYHA III. Diet-controlled DM2, CKD 3 (Cr 1.5), TIA in 2099.

Retired naval architect; widower; lives alone in {{LOCATION:Hingham}}. Daughter {{NAME:Constance Whitlock-Reyes}} (HCP, {{PHONE:781-555-0147}}) checks daily. His brother {{NAME:Amos}}, {{AGE:95}}, is "still sharper than me".

STS PROM 6.2%. KCCQ 48. Gait speed 0.7 m/s, grip 22 kg, MoCA 26. CTA {{DATE:9/10/05}}: annulus 24 mm, iliofemoral vessels 7 mm bilaterally.

Heart team (Dr. {{NAME:Faraji}} and Dr. {{NAME:Oluwaseun Adeleke}}, CT surgery) recommends transfemoral TAVR, tentatively {{DATE:10/14/05}}. He wishes to proceed: "I want to see my great-granddaughter {{NAME:Lila}} graduate."

{{NAME:Cyrus Faraji}}, MD`,

  `Record date: {{DATE:2105-10-14}}

{{FACILITY:RHI}} HYBRID OR - TAVR PROCEDURE NOTE

Patient: {{NAME:WHITLOCK, THADDEUS}}   MRN {{MRN:0512298}}   Age {{AGE:91}}
Date: {{DATE:10/14/2105}}
Operators: {{NAME:C. Faraji}}, MD; {{NAME:O. Adeleke}}, MD
Anesthesia: MAC, Dr. {{NAME:Vukovic}}

Indication: severe symptomatic AS with syncope; see clinic note of {{DATE:9/19/05}}.

Procedure: percutaneous R CFA access with two Perclose sutures; temporary pacing wire in RV via L femoral vein. No balloon pre-dilation. Edwards Sapien 3 26 mm valve (serial {{DEVICE:S3-7761204}}; delivery system lot 6120944) deployed under rapid pacing at 180 bpm.

Results: mean gradient 6 mmHg, trace paravalvular leak, no new conduction disturbance. Contrast 62 mL. EBL minimal. No complications.

Disposition: CVICU bed 4. Remove pacing wire in the morning if no AV block. ASA 81 lifelong, clopidogrel 75 x 6 months. Glucose 128. Echo day 1; home {{DATE:10/16}} if stable; clinic {{DATE:11/13/05}} with TTE.

Daughter {{NAME:Constance}} updated by phone ({{PHONE:781-555-0147}}) at 11:20.

{{NAME:CF}}/{{NAME:ww}}`,

  `Record date: {{DATE:2110-01-22}}

HOME VISIT - {{FACILITY:Elder Care at Home Program}}, {{FACILITY:Northwest Harbor Hospital}}

{{NAME:Ingrid Halvorsen}}, {{AGE:93}} yo   MRN {{MRN:0836214}}
{{ADDRESS:14 Gerry Street}}, {{LOCATION:Marblehead}}

Seen at home with her daughter {{NAME:Solveig Halvorsen-Brandvold}}, who moved back from {{LOCATION:Duluth}} in {{DATE:Sept}} to live with her. An aide from {{FACILITY:Seaside Home Helpers}} comes 4 h a day.

Problems: DM2 (metformin 500 mg daily; A1c 7.4%, fine for her goals), paroxysmal AF on apixaban, HTN, hearing loss, mild dementia (MMSE 22). No falls since {{DATE:10/2109}}. Appetite fair; weight 141 lb.

Meds reviewed: simvastatin stopped today (deprescribing); continue apixaban 2.5 mg bid, lisinopril 10, metoprolol 25 bid, metformin.

Exam: BP 128/70 sitting, 122/68 standing, HR 68 irregular. Lungs clear. Trace edema. Feet: thick dystrophic nails, no ulcers; podiatry home visit arranged.

Goals: DNR/DNI, MOLST on the refrigerator; HCP {{NAME:Solveig}}. Mrs. {{NAME:Halvorsen}} wants to stay home "with the harbor view".

Next visit {{DATE:Tuesday 2/19}}.

{{NAME:Beatrix Lowenthal}}, MD, Geriatrics / {{NAME:Carmen Ruiz}}, NP`,

  `Record date: {{DATE:2091-04-10}}

DIABETES SELF-MANAGEMENT EDUCATION - GROUP CLASS 2 OF 4
{{FACILITY:NWH}} Diabetes Education Center

Participant: {{NAME:Obadiah Crenshaw}}   MRN {{MRN:0988142}}
Referred by Dr. {{NAME:Devereaux}}; attended with his wife {{NAME:Bernice}}.

Topics: carbohydrate counting and label reading; hypoglycemia and the rule of 15; foot care with Semmes-Weinstein monofilament demonstration; sick-day rules.

Mr. {{NAME:Crenshaw}} is a baker at {{FACILITY:Dunmore Market}} in {{LOCATION:Swampscott}} and eats two cinnamon rolls every morning at work. Fasting FS 150-190 on metformin 1000 bid. A1c 8.4% ({{DATE:3/28/91}}).

Pre-test 9/20, post-test 17/20.

SMART goals:
1. One roll 3 times a week, not daily.
2. Walk 20 minutes after lunch with his coworker {{NAME:Hector}}.
3. Check FS after dinner twice a week.

His daughter {{NAME:Tasha}} has prediabetes and may join the next class.

Next class {{DATE:4/17}}, final class {{DATE:5/1}}; individual visit with {{NAME:Siobhan Feeney}}, RD, on {{DATE:May 8}}.

{{NAME:Lorna Beckwith}}, RN, CDE   {{PHONE:781-555-0130}}`,

  `Record date: {{DATE:2087-08-12}}

{{FACILITY:SOUTHGATE URGENT CARE}} - {{LOCATION:Weymouth}}
Visit {{ID:UC-8712-0443}}

{{NAME:Lamar Fontaine}}, 46M   DOB {{DATE:4/4/2041}}   Ph {{PHONE:781-555-0104}}
PCP: Dr. {{NAME:Oyelowo}}, {{FACILITY:Quincy Medical Associates}}

CC: L heel pain after stepping on a nail at a job site for {{FACILITY:Keystone Builders}} on {{DATE:8/10}}; nail went through his sneaker.

DM2 on metformin 500 bid, no A1c in over a year. Last tetanus 2075. No fever.

Exam: T 99.4, BP 142/88, HR 90. Puncture wound plantar L heel with 3 cm erythema, no fluctuance, no FB seen. Sensation decreased to monofilament. Glucose 264.
XR L foot: no foreign body, no gas.

Assessment: plantar puncture wound through footwear, early cellulitis, in a diabetic.

Plan:
- Tdap given (lot AC52B031AA)
- ciprofloxacin 500 mg bid plus cephalexin 500 mg qid x 7 days (Pseudomonas cover)
- elevate, soak, recheck in 48 h ({{DATE:8/14}})
- see PCP within 2 weeks for diabetes care; A1c drawn
- workers' compensation form completed
Wife {{NAME:Nadia}} present.

{{NAME:Georgina Pratt}}, PA-C; supervising {{NAME:Leon Mercado}}, MD`,

  `record date: {{DATE:2084-07-30}}

eye clinic - {{FACILITY:harborlight eye}}
{{NAME:wendell ashby}} 77m, dm x 30 yrs (insulin), cad, chf. referred by dr {{NAME:marchetti}}'s np {{NAME:omari}} for blurry vision.
pt says he can't read the racing form anymore. wife {{NAME:doreen}} drove. last dilated exam {{DATE:3/81}} at {{FACILITY:taunton eye care}}.
va cc 20/50 od, 20/30 os. iop 15/16 (tonopen 10:40).
sle: 2+ nuclear sclerosis ou, od > os. no rubeosis.
dfe: moderate npdr ou w/ dot-blot hemes, scattered hard exudates outside fovea, no csme by oct (cst 268/254). no nvd/nve. c/d 0.4 ou.
a/p:
1. cataract od visually significant - cataract surgery w/ dr {{NAME:sandoval}}, pre-op {{DATE:8/21}}; ok to hold asa per cardiology? will ask dr {{NAME:marchetti}}.
2. moderate npdr ou - repeat dilated exam in {{DATE:jan}}; a1c 7.3.
3. refraction updated, new glasses rx.
{{NAME:m. sandoval}} md / scribe {{NAME:kt}}`,

  `Record date: {{DATE:2104-03-11}}

TELEHEALTH VIDEO VISIT - {{FACILITY:Dorrance Street Health Center}}

Patient at home in {{LOCATION:Cranston}}, RI; provider in clinic. Verbal consent obtained.
{{NAME:Jean-Baptiste Moreau}}   MRN {{MRN:1047732}}
Link sent to {{EMAIL:jbmoreau41@example.com}}; granddaughter {{NAME:Lourdes}} set up the tablet. Haitian Creole interpreter {{NAME:Wilner Augustin}} (ID {{ID:INT-2231}}) on the call.

81 yo with DM2, HTN, gout and CKD 3b. Widowed since {{NAME:Mireille}} died in {{DATE:6/2103}}; grieving but coping, joins services at {{FACILITY:Eglise Baptiste Bethel}} online.
FS log read aloud: 110-180, no lows. A1c {{DATE:2/27/04}} 7.6%, eGFR 42. Home BP 138/80. No gout flares since {{DATE:August}}.

Meds: metformin 500 bid (reduced for eGFR), linagliptin 5, amlodipine 10, lisinopril 20, allopurinol 100.

Plan: no changes. Labs at {{FACILITY:DSHC}} week of {{DATE:4/8}}. Shingles vaccine at {{FACILITY:Broad Street Pharmacy}}. In-person visit in {{DATE:June}} with foot exam. Grief group information given to {{NAME:Lourdes}}.

Total time 22 minutes.

{{NAME:Adaeze Nwosu}}, MD`,

  `Record date: {{DATE:2088-12-24}}

CCU PROGRESS NOTE - {{FACILITY:BAYSIDE MEDICAL CENTER}}, {{FACILITY:Farnsworth 3}}

{{NAME:PETTIFORD, HORACE}}   MRN {{MRN:4029113}}   HD#4

84M with DM2 and PVD, anterior STEMI {{DATE:12/21/88}} treated with Xience 3.5 x 28 mm stent to proximal LAD (lot 40213X), complicated by cardiogenic shock. Intubated {{DATE:12/22}} for pulmonary edema.

Overnight: IABP 1:1. Swan-Ganz: RA 14, PA 48/26, PCWP 26, CI 1.8, SVR 1600. Norepinephrine 8 mcg/min, dobutamine 5 mcg/kg/min. Lactate 3.1. UOP 20 mL/h, Cr 2.4. Glucose 180-260 on insulin drip.
Echo: EF 20%, apical aneurysm, no LV thrombus.

A/P: persistent shock despite IABP and inotropes. Discussed Impella and transfer for mechanical support evaluation at {{FACILITY:Ridgeway Heart Institute}} with Dr. {{NAME:Abernathy}}; family wants to talk first. Continue current support, diuresis as tolerated, heparin for IABP.

Family: wife {{NAME:Loretta}} at bedside daily; spoke with daughter {{NAME:Jolene}} in {{LOCATION:Hartford}} at {{PHONE:860-555-0106}}.

{{NAME:Lars Ekdahl}}, MD, CCU fellow / attending Dr. {{NAME:Abernathy}}`,

  `Record date: {{DATE:2093-01-11}}

{{FACILITY:Bayside Medical Center}} - DISCHARGE INSTRUCTIONS

Patient: {{NAME:Regina Silva}}   MRN {{MRN:5590314}}
Admitted {{DATE:1/5/93}}   Discharged {{DATE:1/11/93}}   Doctor: Dr. {{NAME:Abernathy}}

Why you were here: You had a heart attack (NSTEMI) and fluid on your lungs. On {{DATE:January 6}} Dr. {{NAME:Abernathy}} placed 2 stents in your heart arteries.

Your medicines:
NEW: ticagrelor (Brilinta) 90 mg twice a day - do not stop unless a heart doctor tells you; atorvastatin 80 mg; metoprolol succinate 50 mg; furosemide 20 mg.
STOP: glyburide (it can cause low sugars with your kidneys).
CONTINUE: Lantus 20 units at bedtime, aspirin 81 mg, amlodipine 5 mg.

Appointments:
- Dr. {{NAME:Wrenfield}}, {{FACILITY:Ridgeway Heart Institute}}, {{ADDRESS:15 Linden Place}}, 4th floor: {{DATE:Tuesday, January 23}} at 10:40 AM
- Dr. {{NAME:Amaral}}, {{FACILITY:Fall River Family Health}}: within 2 weeks
- Cardiac rehab at {{FACILITY:Quequechan Cardiac Rehab}} will call you

Call {{PHONE:508-555-0149}} if you gain more than 3 lb in a day, or have chest pain, trouble breathing or black stools. Your daughter {{NAME:Fatima}} has a copy of this list.`,

  `Record date: {{DATE:2099-11-02}}

{{FACILITY:Ridgeway Heart Institute}} Advanced Heart Failure and Transplant Program

{{DATE:November 2, 2099}}

{{NAME:Lucinda Marchetti}}, MD
{{FACILITY:Caldwell Memorial Hospital}} Heart Failure Program

Re: {{NAME:Desmond Akinyemi}}   RHI# {{MRN:0318827}}

Dear Dr. {{NAME:Marchetti}},

Mr. {{NAME:Akinyemi}} completed his transplant evaluation here {{DATE:10/23-10/27/99}}. Peak VO2 was 11.2 mL/kg/min (RER 1.12). Right heart catheterization: PVR 2.1 WU, CI 1.9. PRA 12%. His insulin-treated diabetes is acceptable: A1c 7.4%, no retinopathy per Dr. {{NAME:Sandoval}}, urine albumin normal. BMI 29.

Socially, he lives in {{LOCATION:Brockton}} with his wife {{NAME:Folasade}} and their two children, and stopped working at {{FACILITY:Brightwater Logistics}} in {{DATE:August}}. His caregiver plan is his wife plus his brother {{NAME:Tunde}}, who will come from {{LOCATION:Lagos}}.

The selection committee met on {{DATE:10/31/99}} and approved listing (UNOS ID {{ID:AKD2291}}). His ICD will be followed by Dr. {{NAME:Yoshida}}. We will see him every 4 weeks.

Sincerely,

{{NAME:Nadia Haddad}}, MD, Transplant Cardiology
cc: {{NAME:Hana Yoshida}}, MD`,

  `Record date: {{DATE:2095-02-20}}

{{FACILITY:BAYSIDE MEDICAL CENTER}} - CARDIOVASCULAR MRI

Patient: {{NAME:NYQUIST, ARCHIBALD}}   MRN {{MRN:5174426}}   DOB {{DATE:06/30/2034}}
Exam date: {{DATE:02/20/2095}}   Accession {{ID:MR95-0220-117}}
Referring: {{NAME:Tobias Wrenfield}}, MD ({{FACILITY:RHI}})

Clinical: DM2, 3-vessel CAD on angiography {{DATE:1/4/95}}, EF 35% on TTE {{DATE:12/2094}} at {{FACILITY:St. Aurelia's}}. Assess viability.

Technique: 1.5 T, cine SSFP, T2, first-pass perfusion, LGE 10 min after gadobutrol 0.1 mmol/kg. Claustrophobia; lorazepam 1 mg po given by {{NAME:J. Ruiz}}, RN.

Findings: LV dilated, LVEDV 210 mL, LVEF 34%. Akinetic inferior and inferolateral walls with >75% transmural LGE (nonviable). LAD territory hypokinetic with <25% transmural LGE (viable). No LV thrombus. RV size and function normal. Mild MR. No pericardial effusion. Incidental 1.2 cm simple hepatic cyst.

Impression: ischemic cardiomyopathy; viable myocardium in the LAD territory; RCA/LCx territory scar.

Read by {{NAME:Wen-Li Chao}}, MD, {{DATE:02/20/2095 15:05}}`,

  `Record date: {{DATE:2087-04-20}}

{{FACILITY:NWH}} VASCULAR LABORATORY - CAROTID DUPLEX

Patient: {{NAME:Ybarra, Conchita}}   MRN {{MRN:0612-559}}   Location: {{FACILITY:Phillips 7}}, bed 14
Ordered by: {{NAME:Gideon Hale}}, MD
Indication: pre-CABG evaluation, R carotid bruit.
Prior: none in our system; outside study at {{FACILITY:Chelsea Community Clinic}} in {{DATE:2/85}} reportedly normal.

Findings:
R CCA: PSV 78 cm/s. R ICA: PSV 162 cm/s, EDV 48 cm/s, ICA/CCA ratio 2.6, heterogeneous calcified plaque. R ECA patent.
L CCA: PSV 82 cm/s. L ICA: PSV 88 cm/s, EDV 22 cm/s, mild plaque.
Vertebral arteries: antegrade flow bilaterally.

Impression (SRU consensus criteria):
1. R ICA 50-69% stenosis.
2. L ICA <50% stenosis.

Called to Dr. {{NAME:Hale}}'s fellow, Dr. {{NAME:Herrera}}, at 13:05; no change in surgical plan for {{DATE:4/23}}.

Technologist: {{NAME:Mai Luong}}, RVT
Interpreting physician: {{NAME:Roderick Fairbanks}}, MD, signed {{DATE:04/20/2087 13:22}}`,

  `Record date: {{DATE:2098-06-07}}

CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (FMLA)

Employer: {{FACILITY:Gransfield Savings Bank}}
Employee: {{NAME:Samira Haddad}}
Family member: husband {{NAME:Omar Haddad}}, DOB {{DATE:2/14/2029}}

Provider: {{NAME:Lucinda Marchetti}}, MD, {{FACILITY:Caldwell Memorial Hospital}} Heart Failure Program, {{ADDRESS:1 Hospital Drive}}, {{LOCATION:Taunton}}, MA {{ZIP:02780}}. Phone {{PHONE:508-555-0177}}, fax {{FAX:508-555-0178}}.

Condition: ischemic cardiomyopathy (EF 25%) after CABG, insulin-treated diabetes, CKD. Hospitalized at {{FACILITY:CMH}} {{DATE:4/30-5/12/98}}; being evaluated for an LVAD.

Care needed: the employee drives him to 2-3 appointments a month, helps with daily weights, medications and insulin, and stays with him during flare-ups (about 1-2 a month, 1-3 days each).

Leave requested: intermittent, from {{DATE:6/10/98}} through {{DATE:12/10/98}}.

Signature: {{NAME:L. Marchetti}}, MD   Date: {{DATE:6/7/98}}`,

  `Record date: {{DATE:2092-11-05}}

ADDENDUM to note of {{DATE:11/03/2092}} - {{FACILITY:Riverside Dialysis Unit}}

Patient: {{NAME:Thaddeus Okeke}}

Corrections after talking with the patient and his wife {{NAME:Adanna}} ({{PHONE:508-555-0196}}) today:
1. The living donor being tested is his brother {{NAME:Chukwuemeka}}, not {{NAME:Chukwuma}} (a cousin, who is not a candidate).
2. The donor visit at {{FACILITY:Bayside Transplant Center}} moved from {{DATE:11/20}} to {{DATE:11/27}}.
3. Medicare number was mistyped; correct number {{HEALTH_PLAN:4TY7KL2MW84}}.
4. AV fistula created {{DATE:3/12/91}} by Dr. {{NAME:Hale}} at {{FACILITY:NWH}}; first cannulated {{DATE:6/3/91}}.

Additional: K 5.3 on {{DATE:10/29}} rechecked {{DATE:11/4}}, 4.9. Dietitian {{NAME:Rhoda Finch}} reviewed potassium sources (he drinks orange juice with his Lantus lows). He still drives for {{FACILITY:Yellow Star Cab}} on Tuesdays and Thursdays.

{{NAME:I. Kostelecky}}, MD   {{DATE:11/05/92 17:30}}`,

  `Record date: {{DATE:2107-04-18}}

{{FACILITY:Hilltop Primary Care}}

{{NAME:Mortimer Vance}}, {{AGE:92}} yo   MRN {{MRN:4410276}}

Mr. {{NAME:Vance}} was followed here for decades by Dr. {{NAME:Steinfeld}} until he retired in 2095. His wife {{NAME:Peg}} died in {{DATE:11/2105}}. He now lives with his granddaughter {{NAME:Shannon Vance}} in {{LOCATION:Haverhill}} and still walks every morning with his old neighbor {{NAME:Arnie}}, who is {{AGE:90}}.

Problems:
1. DM2 since '71 - glipizide stopped {{DATE:2/06}} after lows; linagliptin 5 mg. A1c 7.9%, goal <8.
2. CAD, remote IMI; no angina.
3. CKD 3b, Cr 1.7.
4. Hearing loss, aids.
5. BPH on tamsulosin.

Exam: BP 142/74, P 64, wt 168. Grade II/VI SEM. Feet: no ulcers, DP faint.

Plan: no medication changes; podiatry for nails; hearing aid batteries; Shingrix #2. Return {{DATE:Oct 2107}}. {{NAME:Shannon}} to call {{PHONE:978-555-0116}} with any falls.

{{NAME:Kwabena Asante}}, MD`,

  `Record date: {{DATE:2082-08-19}}

{{FACILITY:NORTHWEST HARBOR HOSPITAL}} - DISCHARGE SUMMARY

NAME: {{NAME:DELACROIX, ODETTE}}   UNIT #: {{MRN:0551936}}
ADM: {{DATE:08/14/82}}   DC: {{DATE:08/19/82}}
ATTENDING: {{NAME:P. DEVEREAUX}}, MD

DIAGNOSES: HYPEROSMOLAR HYPERGLYCEMIC STATE; E. COLI UTI; NEW DM2.

HPI: 79 YO RETIRED MILLINER FOUND CONFUSED BY HER NEIGHBOR {{NAME:AGNES MORIARTY}} AT HOME, {{ADDRESS:7 LAFAYETTE PLACE}}, {{LOCATION:SALEM}}. GLUCOSE 1,080, NA 128 (CORRECTED 144), OSM 362, NO KETONES. GLASGOW 11.

COURSE: NS 6 L OVER 24 H AND INSULIN DRIP; MENTAL STATUS CLEARED BY HD 2 (GLASGOW 15). CEFTRIAXONE, THEN CIPRO. A1C 13.4%. STARTED LANTUS 12 U AND METFORMIN 500 MG BID. INSULIN TEACHING BY {{NAME:LORNA BECKWITH}}, RN, CDE.

DISPOSITION: HOME WITH {{FACILITY:NORTH SHORE VNA}}; NEPHEW {{NAME:RENE DELACROIX}} ({{PHONE:978-555-0199}}) WILL CHECK ON HER DAILY.

FOLLOW-UP: DR. {{NAME:DEVEREAUX}} {{DATE:8/26}}; DIABETES CENTER {{DATE:9/2}}.

{{NAME:PD}}/{{NAME:KLM}}`,

  `Record date: {{DATE:2102-10-30}}

ELECTROPHYSIOLOGY FOLLOW-UP - {{FACILITY:Ridgeway Heart Institute}}

{{NAME:Gustavo Peralta}}   {{MRN:RH-0209913}}
PCP: {{NAME:Paul Devereaux}}, MD

73 yo with paroxysmal AF, DM2, HTN and OSA on CPAP, 3 months after pulmonary vein isolation by Dr. {{NAME:Yoshida}} on {{DATE:7/21/02}}; blanking period over. Zio patch {{DATE:10/1-10/14/02}}: AF burden 0%, rare PACs. No palpitations. Uses CPAP nightly (download 96% of nights >4 h). A1c 6.9% on empagliflozin and metformin.

Meds: flecainide 50 bid, metoprolol 25 bid, apixaban 5 bid, empagliflozin 10, metformin 1000 bid, lisinopril 20.

Exam: BP 126/74, HR 62 regular. Groins healed.
ECG: sinus 62, PR 180, QRS 96.

CHA2DS2-VASc 3 (age, DM, HTN): continue apixaban regardless of rhythm.

Plan: stop flecainide; continue metoprolol; return {{DATE:April 2103}}. He and his wife {{NAME:Luisa}} plan to visit family in {{LOCATION:Guadalajara}} in {{DATE:December}}; a travel ECG copy was given. Call {{PHONE:617-555-0135}} with palpitations.

{{NAME:Hana Yoshida}}, MD   {{NAME:HY}}/{{NAME:gr}}`,

  `Record date: {{DATE:2093-07-13}}

{{FACILITY:Fairhaven Cardiology Associates}}

{{DATE:July 13, 2093}}

{{NAME:Paul R. Devereaux}}, M.D.
{{FACILITY:Westerly Internal Medicine}}
{{ADDRESS:1200 Harbor Road, Suite 4}}, {{LOCATION:Marblehead}}, MA {{ZIP:01945}}

Re: {{NAME:Halvorsen, Ingrid}}   DOB {{DATE:3/3/2017}}

Dear {{NAME:Paul}},

I saw Mrs. {{NAME:Halvorsen}} today for palpitations. Her Holter of {{DATE:7/1-7/2/93}} shows paroxysmal AF, episodes up to 3 hours, rates 110-140. Echo: LA 4.4 cm, EF 60%, mild MR. TSH normal. CHA2DS2-VASc is 5 (age 76, female, HTN, DM).

She was reluctant to take an anticoagulant because her late husband {{NAME:Magnus}} had a GI bleed on warfarin, but after discussion she agreed to apixaban 5 mg bid. I added metoprolol 25 mg bid. Her DM2 remains well controlled on metformin and glipizide (A1c 7.1%). She still volunteers two mornings a week at the {{FACILITY:Harbor Light Thrift Shop}} and her daughter {{NAME:Solveig}} calls from {{LOCATION:Duluth}} daily.

I will see her in {{DATE:October}}, sooner if symptoms recur.

Best regards,

{{NAME:T. Ashcombe}}, M.D.
{{NAME:TA}}/{{NAME:jl}}`,
];

export const HELDOUT_REALISTIC_11_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout11-${i + 1}`, n));
