// A hundred-and-fifteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is endocrinology, diabetes and metabolism: endocrine clinic notes
// (thyroid nodules and thyroid cancer, adrenal incidentalomas, pituitary tumours, calcium and bone,
// osteoporosis with DEXA reports), diabetes clinic and diabetes-educator notes, insulin pump and CGM
// download reports and device exports (pump, PDM, receiver and meter serials, transmitter ids, upload
// timestamps, sync IPs), DME orders for pumps and supplies with fax covers, school diabetes medical
// management plans, 504 letters and camp forms, gestational diabetes logs, bariatric surgery pre-op
// clearances and follow-ups, lipid clinic and cascade-screening letters, gender-affirming hormone
// therapy visits and support letters, insulin assistance program letters and applications, telehealth
// visits, patient portal messages with glucose logs, secure chats and phone notes, and prior
// authorizations and appeals for GLP-1 and other drugs. Names of patients, parents, spouses, school
// nurses, educators, pharmacists and clinicians come in many forms: surname first, all caps, lower
// case, initials, typist initials, nicknames, first names alone, chosen and legal names, hyphenated,
// Vietnamese, Spanish, Nigerian, Georgian, Irish, Korean, Arabic and Polish names. Addresses are
// written loosely (apartments, lots, PO boxes, rural routes), dates in many formats (3/14/2024,
// 03-14-24, 14MAR2024, 2024-03-14T06:42:10Z, March 14th, 3/14 without a year, month and year), and
// there are emails, portal and telehealth URLs, MRNs, member ids, billing accounts, NPI/DEA/CDL
// numbers, prior-auth and order numbers, device serials, sync IPs, photo file names and a palm-vein
// template. Look-alikes that are NOT PHI are left unmarked: A1c values, TSH/FT4/Tg, glucose numbers,
// insulin doses, carb ratios (1:10) and correction factors (1:45), TIR/TBR percentages, GMI, Bethesda
// categories, TI-RADS points and TR levels, T-scores and Z-scores, FRAX, BMI, LDL and Lp(a), drug
// names (Ozempic, Mounjaro, Zepbound, Wegovy, Humalog, Tresiba, Prolia, Repatha), pump and CGM models
// (Omnipod 5, t:slim X2, MiniMed 780G, Dexcom G6/G7, Libre 3), eponyms (Graves, Hashimoto, Cushing,
// Addison, Conn, Whipple, Pemberton, Chvostek, Roux-en-Y, Hurthle, Tanner, Friedewald), payers,
// manufacturers and assistance programs, ICD-10 and CPT codes, HCPCS codes, lot numbers, years
// alone, clock times alone, ages of 89 and under, rooms, bays and states.
// Annotation follows the README guideline: titles, credentials and kin terms stay outside NAME
// spans; a month/day without a year (3/14, Mar 14) and a month with a year (January 2024) are DATE,
// a season with a year is not; a clock time next to a month/day without a year stays outside, one
// attached to a full date (including ISO timestamps) is inside; an age over 89 is AGE; chosen and
// legal names are each NAME; schools, camps, employers, pharmacies, labs, DME suppliers and clinics
// are FACILITY; member and Medicaid numbers are HEALTH_PLAN; billing account numbers are ACCOUNT;
// NPI, DEA, state licence and CDL numbers are LICENSE; a plate is VEHICLE; pump, PDM, receiver,
// meter and CGM serials and transmitter ids are DEVICE; prior-auth, order, accession, RMA, ticket,
// Rx and application numbers are ID; a file name of a patient's photo is PHOTO; a palm-vein
// template id is BIOMETRIC; a whole URL is one span.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-24 final engine
// (a32ba5b) 0.9762 / 0.9666; pass-25 engine (whose rules were made from sets 111-114 without
// reading this one) 0.9762 / 0.9666.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ENDOCRINE NEW PT - THYROID NODULE
Pt: {{NAME:HALVORSEN, INGRID M}}   DOB {{DATE:07/22/1961}}   MRN {{MRN:E40118273}}
Visit {{DATE:3/14/2024}}, {{FACILITY:Lakeshore Endocrine & Diabetes Center}} rm 214
Referred by Dr. {{NAME:Anand Raghunathan}} (PCP, {{FACILITY:Prairie View Family Medicine}}) after CT chest {{DATE:January 2024}} showed a 2.1 cm R thyroid nodule.
HPI: 62yo F, no compressive sx, no dysphagia, no voice change. Mother had Hashimoto. No neck XRT. Lives in {{LOCATION:Red Wing}}, works days at {{FACILITY:Hiawatha Valley Credit Union}}.
Labs {{DATE:02/28/24}}: TSH 1.84, FT4 1.1, calcitonin 3.
US ({{DATE:3/1}}): R mid-pole nodule 2.1 x 1.6 x 1.4 cm, solid, hypoechoic, smooth margins, no echogenic foci -> ACR TI-RADS TR4 (4 pts). L lobe 4 mm cyst, TR1.
A/P: TR4 >= 1.5 cm meets FNA criteria. Discussed Bethesda categories, ~20% chance of indeterminate (III/IV) and possible molecular testing. Pemberton neg.
- US-guided FNA {{DATE:04/02/2024}} with Dr. {{NAME:Okonkwo-Baptiste}}
- results by phone, pt prefers cell {{PHONE:(651) 555-0187}}
Husband {{NAME:Per}} present, asked good questions.
{{NAME:Marguerite Ellison}}, MD - Endocrinology
cc: {{NAME:A. Raghunathan}} MD, fax {{FAX:651-555-0112}}`,
  `THYROID CA FOLLOW-UP
{{NAME:Dmitri Volkonsky}} | MRN {{MRN:7730-2291}} | DOS {{DATE:05-09-2024}}
Dx: PTC classic variant 1.8 cm R lobe, pT1bN1a. s/p total thyroidectomy + central neck dissection {{DATE:11/17/2022}} (Dr. {{NAME:Fiona McAteer}}, {{FACILITY:St. Brendan Regional Medical Center}}), RAI 100 mCi {{DATE:01/2023}}, post-tx WBS uptake thyroid bed only.
Now: stimulated Tg <0.1, TgAb neg, US neck {{DATE:4/22/24}} no suspicious LN -> excellent response (ATA).
Meds: levothyroxine 150 mcg, calcium carbonate prn. TSH today 0.38 (goal 0.5-2 now that low risk) -> decrease to 137 mcg daily, recheck 6 wk.
Social: moved from {{LOCATION:Tbilisi}} 2015; wife {{NAME:Nino}} interprets at times. Drives nights for {{FACILITY:Tri-County Dial-a-Ride}}.
Voice ok, no tingling, Chvostek neg.
Plan: Tg + TgAb + US in 12 mo. Survivors group at {{FACILITY:Larkspur Cancer Support House}} - flyer given.
Pt email on file {{EMAIL:dvolkonsky62@mailbox.example.com}}, ok for appointment reminders only.
{{NAME:R. Chaudhry}}, DO
scribe: {{NAME:kl}}`,
  `ADRENAL CLINIC
Name: {{NAME:Beaulieu, Therese}}     MRN: {{MRN:00917725}}     DOB: {{DATE:1958-10-03}}
Date of service: {{DATE:June 3rd, 2024}}
Reason: 2.7 cm L adrenal incidentaloma on CT A/P ({{DATE:4/30/24}}, {{FACILITY:Bayou Teche Imaging}}) done for diverticulitis.
CT: unenhanced 28 HU, absolute washout 52% - indeterminate, not lipid rich.
Workup:
  1 mg DST ({{DATE:5/15}}): AM cortisol 2.4 (>1.8, possible autonomous cortisol secretion; no Cushing syndrome phenotype, no striae, no proximal weakness)
  ACTH 6, DHEA-S low
  aldo 18, PRA 0.3, ARR 60 -> screen positive for Conn; K 3.3 on HCTZ
  plasma free metanephrines nl
Plan: stop HCTZ, start amlodipine; repeat ARR off interfering meds; saline suppression test at {{FACILITY:Acadiana Infusion Suite}} rm 3B; AVS if confirmed - refer Dr. {{NAME:Jean-Baptiste Thibodeaux}} (IR).
Pt lives {{ADDRESS:1140 Rue Poinciana}}, {{LOCATION:Breaux Bridge}} {{ZIP:70517}}. Daughter {{NAME:Colette}} drives; her cell {{PHONE:337-555-0149}}.
Addison's ruled out prev. No hx of Graves.
- {{NAME:L. Fontenot}}, NP / {{NAME:M. Arceneaux}}, MD`,
  `PITUITARY CLINIC NOTE
Patient {{NAME:Obafemi Adeyinka}} ("{{NAME:Femi}}")   MRN {{MRN:P-5560413}}
Seen {{DATE:Tuesday, 8/20/2024}} jointly with neurosurgery (Dr. {{NAME:Kassandra Wojcik}}).
1.6 cm sellar macroadenoma with suprasellar extension abutting chiasm (MRI {{DATE:7/29/2024}}). HVF {{DATE:8/12}}: bitemporal superior quadrantanopia.
Labs: PRL 42 (diluted, no hook effect), IGF-1 nl for age, AM cortisol 11.8, FT4 0.7 w/ TSH 1.1 -> central hypothyroid likely, LH/FSH low, testosterone 168.
Impression: nonfunctioning macroadenoma w/ stalk effect, central hypothyroidism, hypogonadotropic hypogonadism. Not prolactinoma (PRL too low for size).
Plan:
 - start levothyroxine 50 mcg (cortisol adequate)
 - endoscopic transsphenoidal resection, tentative {{DATE:09/18/2024}} at {{FACILITY:Midlands University Hospital}}
 - periop hydrocortisone per protocol
 - postop DI watch, Na q6h
Wife {{NAME:Titilayo}} (cell {{PHONE:402-555-0126}}) present. Pt is a bus mechanic at {{FACILITY:Platte River Coach Lines}}, off work until cleared to drive.
dictated {{NAME:S. Ravindran}} MD / tr {{NAME:jw}} {{DATE:08/21/24}}`,
  `DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA)
PATIENT: {{NAME:PEMBERTON-HOLT, AUGUSTA}}      AGE: {{AGE:91}}      SEX: F
MRN: {{MRN:6620045}}    ACC#: {{ID:DX24-118902}}
EXAM DATE: {{DATE:10/07/2024}}      PRIOR: {{DATE:09/30/2022}}
REFERRING: {{NAME:Hadley Crane}}, MD      SITE: {{FACILITY:Whitcomb Imaging at Cedar Ridge}}
INDICATION: fragility fracture L wrist {{DATE:July 2024}}, on Prolia since 2019.
RESULTS:
  L1-L4        BMD 0.791   T-score -2.6   Z-score +0.4   (L3 excluded - compression)
  Fem neck L   0.548       T -2.9
  Total hip L  0.611       T -2.7
  1/3 radius R 0.502       T -3.1
Change since prior: spine +2.1% (LSC 2.4%, not significant), total hip -0.8% (NS).
FRAX (with BMD): major osteoporotic 31%, hip 14%.
IMPRESSION: Osteoporosis. Stable on denosumab. Do NOT stop Prolia abruptly (rebound vertebral fx).
Note: Pemberton here is the pt's name, not the sign. Pt is {{AGE:ninety-one}}, lives at {{FACILITY:Lindenwood Assisted Living}}, {{LOCATION:Carmel}}; son {{NAME:Gregory Holt}} is HCP ({{PHONE:317.555.0193}}).
Read by: {{NAME:Y. Nakashima-Ortiz}}, MD    {{DATE:10/08/2024 09:14}}`,
  `Diabetes clinic - T2DM f/u
{{NAME:Tran Van Hieu}} (goes by {{NAME:Henry}}), 57M, MRN {{MRN:31-880-2714}}, {{DATE:2/6/25}}
Vietnamese interpreter {{NAME:Ngoc Anh}} (ID {{ID:INT-4471}}) via phone.
A1c 9.4 -> 8.1 since starting Ozempic 0.5 mg weekly in {{DATE:October 2024}}. Wt 198 -> 187 lb. Nausea mild, resolved.
Meds: metformin XR 1000 bid, Ozempic 0.5 mg q wk, glipizide 5 daily, atorvastatin 40.
SMBG: fasting 130-160, 2 hr post dinner up to 230 (pho + rice). No lows < 70.
Foot exam: monofilament intact bilat. Eye exam due - last {{DATE:11/2022}}.
UACR 48 (mildly elevated), eGFR 71 -> add empagliflozin.
Plan:
 1. Ozempic up to 1 mg weekly
 2. Stop glipizide if fasting < 100 x3
 3. Jardiance 10 mg daily - PA may be needed; Rx to {{FACILITY:Phuoc Loc Pharmacy}} on Bellaire
 4. Retinal photos at {{FACILITY:Westchase Eye Associates}}
 5. RTC 3 mo, A1c goal < 7
Daughter {{NAME:Tran Thi Mai}} ({{PHONE:713-555-0164}}) manages pillbox.
{{NAME:Padma Iyer}}, PA-C`,
  `DIABETES EDUCATION VISIT (DSMES) - individual, 60 min
Client: {{NAME:Brooke-Lynn Sawicki}}   DOB {{DATE:04.11.1999}}   MRN {{MRN:BLS0449120}}
Date: {{DATE:14 Jan 2025}}    Educator: {{NAME:Carmen Ybarra}}, RD, CDCES
T1D x 11 yrs, MDI: Tresiba 18 u qHS, Humalog per ICR.
Settings: ICR 1:10 breakfast, 1:12 lunch/dinner; ISF 1:45; target 110.
Carb counting quiz 7/10 - overestimates pasta, forgets coffee creamer.
Dexcom G7 last 14 days: TIR 61%, TAR 33%, TBR 6% (goal < 4%), GMI 7.5%. Lows mostly 2-4 am after late boluses.
Topics: rule of 15, glucagon (Baqsimi) in purse, sick-day ketones, alcohol and delayed lows.
Works 3rd shift at {{FACILITY:Lakeview Parcel Sort Hub}} in {{LOCATION:Kenosha}}, eats from vending machine.
Goals: pre-bolus 15 min; move Tresiba to AM. Interested in Omnipod 5 - gave info, will check coverage (member {{HEALTH_PLAN:WCI88417320}}).
Roommate {{NAME:Jaz}} knows glucagon.
F/u {{DATE:2/11}} 1300, virtual.
Billing: G0108 x 2 units.
{{NAME:CY}}/{{NAME:ms}}`,
  `OMNIPOD 5 - DEVICE REPORT (14 days)
Patient: {{NAME:Ruiz, Mateo}}     DOB: {{DATE:09/14/2013}}     Clinic ID: {{MRN:PED-220871}}
Report period: {{DATE:03/01/2025}} - {{DATE:03/14/2025}}    Generated: {{DATE:03/15/2025 08:02 AM}}
Controller: Omnipod 5 Controller  SN {{DEVICE:PDM5-2K44-90312}}
Sensor: Dexcom G6  Transmitter ID {{DEVICE:8NQ4RT}}
Mode: Automated 96%  Limited 3%  Manual 1%
Time in Range (70-180): 68%   >180: 27%   >250: 8%   <70: 4%   <54: 1%
Avg sensor glucose 162   CV 36.2%   GMI 7.2%
Target glucose: 110 mg/dL (weekend 120)
IC ratio 1:15 (6a-11a 1:12)   CF 1:80   Max bolus 10 U
Avg TDD 31.4 U (basal 44% / bolus 56%)
Pods changed: 6 (occlusion alarms {{DATE:3/6}}, {{DATE:3/9}})
Last sync from {{IP:203.0.113.44}} at {{DATE:2025-03-15T07:58:11Z}}
Clinic note: Mom ({{NAME:Yesenia Ruiz}}) asks re lunch at {{FACILITY:Valle Verde Middle School}} - lows 1-2 pm on PE days. Use activity feature 1 hr pre-PE.
Reviewed: Dr. {{NAME:A. Whitfield}} / {{NAME:Hana Sokolova}}, RN CDCES {{DATE:3/17/25}}`,
  `t:slim X2 PUMP + CGM DOWNLOAD (clinic upload station, bay 4)
PT: {{NAME:OKAFOR, CHIDINMA A.}}  DOB {{DATE:2/2/1988}}  MRN {{MRN:55120938}}
Pump: Tandem t:slim X2, Control-IQ+   SN {{DEVICE:1099887}}   fw 7.8
CGM: Dexcom G7   sensor serial {{DEVICE:G7-AZ6M-71Q3}}
Uploaded {{DATE:19-Jun-2025 10:41}} by MA {{NAME:Ruthie}}
Range {{DATE:6/5/25}} to {{DATE:6/18/25}}
  TIR 74% | TAR 21% | TBR 5% | avg 151 | SD 54 | GMI 6.9%
  Control-IQ active 97%, sleep activity 10p-6a, exercise 2x
  TDD 46 U; basal 21 U (46%); auto-correction boluses 4.1/day
Profile "Weekday": 12a 0.85 u/h, 5a 1.1 u/h, 10p 0.9 u/h; CR 1:8 (breakfast 1:6); CF 1:35; target 110
Site changes q3d, 1 occlusion {{DATE:6/12}}. Cartridge 300 u.
Lows cluster 3-5 pm on work days (charge RN at {{FACILITY:Forsyth Lakes Medical Center}}, 12h shifts).
Plan: lunch CR 1:8 -> 1:9; exercise mode on shifts; new G7 Rx to {{FACILITY:Hollis Drug Co.}} in {{LOCATION:Cumming}}.
Pregnancy planning for 2026: A1c < 6.5 goal, folate started.
Signed Dr. {{NAME:Ngozi Eze-Wallace}} / educator {{NAME:Pam K.}}`,
  `Glooko clinic export  >  patient summary
name={{NAME:Aleksandra Nowicka-Brandt}} ; dob={{DATE:1979-05-30}} ; mrn={{MRN:NW7730918}}
account_email={{EMAIL:ola.nowicka79@fastpost.example.net}}
devices:
  meter  Contour Next One   sn={{DEVICE:CNO-7H2210458}}   last_sync={{DATE:2024-11-02 21:16:40}}
  pump   MiniMed 780G       sn={{DEVICE:NG3318204H}}      last_sync={{DATE:2024-11-03 06:02:11}}
  cgm    Guardian 4         xmtr={{DEVICE:GT4-0092217}}
sync_ip={{IP:198.51.100.23}} (home wifi) ; prior sync_ip={{IP:192.0.2.187}}
window 14d: SG avg 158, TIR 71%, TBR 2.2%, SmartGuard 91%, exits 3
pump settings: AIT 2h, temp target used x4, carb ratio 1:11, active insulin time 2:00
clinician comment ({{DATE:11/4/24}}): SmartGuard exits from calibration-needed alerts; reinforce sensor insertion upper arm. A1c 6.9 ({{DATE:10/21/24}}).
patient note: "moving to {{LOCATION:Gdansk}} for 3 mo in {{DATE:Dec 2024}}, need travel letter + spare supplies"
-> letter drafted for airport, pump SN + CGM listed; MedicAlert ID {{ID:MA-2201734}}
by {{NAME:Tomasz R.}} (CDCES)`,
  `DME ORDER / DETAILED WRITTEN ORDER - INSULIN PUMP SUPPLIES
Supplier: {{FACILITY:Keystone Diabetic Supply}}   fax {{FAX:(717) 555-0190}}   ph {{PHONE:(717) 555-0191}}
Order #: {{ID:KDS-240918-0337}}     Order date: {{DATE:09/18/2024}}
Beneficiary: {{NAME:Yoder, Lavina}}     DOB {{DATE:03/03/1971}}
Address: {{ADDRESS:2867 Old Philadelphia Pike}}, {{LOCATION:Bird-in-Hand}}, PA {{ZIP:17505}}
Medicare MBI: {{HEALTH_PLAN:5TQ2-WR8-KA41}}      Secondary: Highmark, member {{HEALTH_PLAN:YHM448120395}}
Dx: E10.65 T1DM w/ hyperglycemia; Z96.41 presence of insulin pump
Pump on file: Omnipod 5, PDM serial {{DEVICE:OP5-88130-4471}}, started {{DATE:05/2022}}
Items:
  A9274  Omnipod 5 pods          10/box    qty 3 boxes / 30 days
  A9276  Dexcom G6 sensors                 qty 9 / 90 days
  A9277  G6 transmitter                    qty 1 / 90 days
  A4253  test strips (Contour)             qty 100 / 30 days
Length of need: 99 months (lifetime)
Ordering practitioner: {{NAME:Joanna Stoltzfus-Baer}}, CRNP   NPI {{LICENSE:1457839026}}
Practice: {{FACILITY:Conestoga Valley Endocrinology}}, {{ADDRESS:410 N Duke St, Ste 2}}, {{LOCATION:Lancaster}} {{ZIP:17602}}
Signature on file, signed {{DATE:9/18/24}}
Notes: pt has no cell, leave msg w/ neighbor {{NAME:Amos}} at {{PHONE:717-555-0168}}. Ship to home, not PO box.`,
  `DIABETES MEDICAL MANAGEMENT PLAN (DMMP) - SCHOOL YEAR 2024-25
Student: {{NAME:Amara Oyelaran-Hughes}}     DOB: {{DATE:12/01/2014}}     Grade: 4
School: {{FACILITY:Whispering Pines Elementary}}     Teacher: Ms. {{NAME:Delacroix}} (rm 118)
School nurse: {{NAME:Becky Lindqvist}}, RN   ext {{PHONE:4406}}   {{EMAIL:blindqvist@wpe-schools.example.org}}
Parent/guardian 1: {{NAME:Folasade Oyelaran}}   cell {{PHONE:919-555-0133}}
Parent/guardian 2: {{NAME:Marcus Hughes}}       work {{PHONE:919-555-0178}}
Diabetes provider: Dr. {{NAME:Priyanka Vemuri}}, {{FACILITY:Triangle Pediatric Diabetes Clinic}}  {{PHONE:919-555-0100}}
Device: Omnipod 5 (auto mode) + Dexcom G7; parent can follow with Dexcom Follow.
Target range 80-180. Check CGM before lunch, before PE and recess, and with symptoms.
Insulin: carb ratio 1:20 lunch; correction 1 unit per 75 above 150 (pump calculates).
Hypoglycemia < 70: 15 g fast carbs (juice box), recheck 15 min. Severe: Baqsimi 3 mg nasal, call 911, then parents.
May self-manage: counts carbs w/ help; may NOT bolus without adult check.
Snacks: 10 am, before PE. Unrestricted bathroom and water.
Field trip {{DATE:Oct 17}} to {{FACILITY:Neuse River Science Center}} - nurse or trained staff (Mr. {{NAME:Tolbert}}?) to attend.
Signed: {{NAME:P. Vemuri}} MD {{DATE:08/12/2024}}; parent {{NAME:F. Oyelaran}} {{DATE:8/14/24}}`,
  `CAMP HEALTH FORM - diabetes session
{{FACILITY:Camp Sweet Pines}}   Session 2: {{DATE:July 7}}-{{DATE:July 13, 2025}}
Camper: {{NAME:O'SULLIVAN, Cian}}   age 12   Cabin: Bluebird 6
DOB {{DATE:22/02/2013}} (mom wrote European style)   Home: {{ADDRESS:55 Harbor View Ln}}, {{LOCATION:Scituate}} MA {{ZIP:02066}}
Parent: {{NAME:Siobhan O'Sullivan}}  {{PHONE:781-555-0122}}  alt: grandad {{NAME:Eamon}} {{PHONE:781-555-0147}}
Insurance: BCBS MA, ID {{HEALTH_PLAN:XJK900214773}}
T1D since age 6. t:slim X2 w/ Control-IQ, pump SN {{DEVICE:TS-2091155}}; Dexcom G6 transmitter {{DEVICE:8RB9WE}}
Basal per pump. ICR 1:12. ISF 1:60. Target 110 (sleep 112.5-120).
Lows: usually feels them (shaky, "weird legs"). Last severe low: none.
Allergies: amoxicillin (rash).
Other meds: levothyroxine 25 mcg (Hashimoto), cetirizine.
Camp MD: {{NAME:Devorah Klein}}, MD; nurses {{NAME:Jo}} & {{NAME:Ravi}}.
Swim: yes with CGM overpatch. Archery, ropes course ok.
Discharge note {{DATE:7/13}}: 6 site changes, 2 lows overnight after swim day ({{DATE:7/9}}), basal reduced 20% night after hike. Gave mom copy. {{NAME:DK}}`,
  `GDM GLUCOSE LOG - wk 30-31 (pt typed into portal)
{{NAME:Leticia Barragan Soto}}  MRN {{MRN:OB-0091382}}  EDD {{DATE:10/02/2025}}
Meter: OneTouch Verio Reflect sn {{DEVICE:VRF88-210344}}
date    fasting  post-bkft(1h)  post-lunch  post-dinner  notes
{{DATE:8/4}}     94       142            128         151          tamales at tia's
{{DATE:8/5}}     91       131            119         138
{{DATE:8/6}}     98       127            --          144          forgot lunch check
{{DATE:8/7}}     89       136            133         129
{{DATE:8/8}}     101      149            125         162          birthday cake
{{DATE:8/9}}     96       124            121         133
{{DATE:8/10}}    93       129            118         140
Goals: fasting < 95, 1h < 140.
RN review ({{NAME:Kendra Abiodun}}, RN, {{DATE:8/11/25}}): fasting >95 on 3/7 days, post-dinner > 140 on 4/7. Diet-controlled so far (A1GDM).
MFM (Dr. {{NAME:Lowenstein}}) says start NPH 6 u qHS, recheck.
Pt works at {{FACILITY:La Michoacana Bakery}} on {{ADDRESS:Ventura Ave}} - has small snacks. Spanish preferred; husband {{NAME:Rigo}} reads English.
NST weekly at 32 wk. Callback {{PHONE:805-555-0115}}.`,
  `BARIATRIC SURGERY - PRE-OP MEDICAL CLEARANCE (endocrine)
{{NAME:Delgado-Whitaker, Shauna}} / 44F / MRN {{MRN:BS-1184205}} / seen {{DATE:04/25/2025}}
Program: {{FACILITY:Sandhills Weight Loss & Metabolic Surgery Institute}}; surgeon Dr. {{NAME:Hollis Mbeki}}
Planned: Roux-en-Y gastric bypass, {{DATE:6/10/2025}}
BMI 47.2 (wt 281 lb). T2DM x 9 yr, A1c 8.6. OSA on CPAP. PCOS. Hypothyroid (Hashimoto) on LT4 112.
Meds: insulin glargine 48 u, metformin 1000 bid, Mounjaro 7.5 mg (insurance stopped coverage {{DATE:3/1/25}}), levothyroxine, lisinopril 10.
Pre-op labs: TSH 2.3, vit D 18 (low), B12 410, ferritin 22, PTH 71 (secondary to low D).
Psych eval done by {{NAME:Renata Koslowski}}, PsyD {{DATE:4/2/25}} - cleared. Nutrition: 6 of 6 visits done w/ {{NAME:Gina}} RD.
Plan:
 - vit D3 50,000 weekly x 8 then 3000 daily
 - hold metformin day of surgery; glargine 80% night before (38 u)
 - post-op: stop glipizide/SU if any, expect rapid insulin drop; CGM (Libre 3) for first 8 wk
 - Hypoglycemia post-RYGB counseling given
Cleared from endocrine standpoint.
Husband {{NAME:Darnell}}; pt's phone {{PHONE:(910) 555-0181}}; works as a cashier at {{FACILITY:Moore County Farm Co-op}}.
{{NAME:Sunita Bhandari}}, MD`,
  `post-op sleeve f/u 6 mo
pt {{NAME:kowalczyk, bartek}} ({{NAME:bart}}), 39m, mrn {{MRN:8809135}}, visit {{DATE:11/20/24}}
LSG {{DATE:5/21/24}} by dr {{NAME:mbeki}} at {{FACILITY:sandhills}}. preop wt 318, now 241 (-77 lb, 52% EWL). bmi 36.
t2dm resolved? a1c 5.9 off all meds (was 7.8 on metformin + jardiance). bp 124/78 off amlodipine.
GERD worse, on omeprazole 40 bid - discuss w/ surgeon, r/o conversion to RYGB later.
protein 60-70 g/d, water 48 oz. no vitamins x 2 mo (ran out) -> restart bariatric MVI, calcium citrate 1200, B12 1000 mcg sl.
labs today: ferritin 14, B12 260, D 24, thiamine pending, Hb 12.9.
hair thinning, expected, telogen effluvium.
works at {{FACILITY:Great Lakes Cold Storage}} on the dock, lifting ok now.
wife {{NAME:Magda}} came, asks about loose skin - plastics referral at 18 mo.
f/u 12 mo {{DATE:May 2025}}; support group 2nd thurs at {{FACILITY:St. Hedwig Parish Hall}}.
- {{NAME:t. greene}} np`,
  `LIPID CLINIC - NEW
{{NAME:Nasrin Haddad}}  DOB {{DATE:Sept 9, 1983}}  MRN {{MRN:LC-300784}}  {{DATE:Jan 22, 2025}}
Referred from cardiology (Dr. {{NAME:Elias Farouk}}) for LDL 241 untreated.
FHx: father MI at 46 (in {{LOCATION:Beirut}}), brother {{NAME:Karim}} on statin since 30s, paternal aunt "cholesterol very high".
Exam: tendon xanthomas Achilles bilat, corneal arcus. Dutch Lipid Clinic score 13 -> definite FH.
Labs: TC 322, LDL 241 (direct; Friedewald 238), HDL 52, TG 146, Lp(a) 38 nmol/L, TSH 1.9, A1c 5.4.
Current: rosuvastatin 20 x 6 wk -> LDL 138.
Plan:
 1. rosuvastatin 40 + ezetimibe 10
 2. if LDL > 100 at 3 mo -> PCSK9i (Repatha 140 q2wk), PA via {{FACILITY:Cedar Specialty Pharmacy}}
 3. genetic testing (LDLR/APOB/PCSK9) - kit sent, requisition {{ID:GX-5512087}}
 4. cascade screening letters for brother, children ({{NAME:Layla}} 12, {{NAME:Sami}} 9)
 5. CAC score
Pt is a pharmacist at {{FACILITY:Dearborn Family Pharmacy}}, aware of statin myth issues.
Email {{EMAIL:n.haddad.rph@inbox.example.com}}; cell {{PHONE:313-555-0198}}.
{{NAME:Monique Latour}}, MD, FNLA`,
  `GENDER-AFFIRMING HORMONE THERAPY - follow-up
Name: {{NAME:Juniper Castellanos}} (legal: {{NAME:Julian Castellanos}}) - pronouns she/her
MRN {{MRN:GA-77120}}  DOB {{DATE:6/30/2001}}  Visit {{DATE:02/19/2025}} (telehealth, pt in {{LOCATION:Tucson}})
On estradiol valerate 5 mg IM q7d (since {{DATE:03/2023}}) + spironolactone 100 bid.
Last labs {{DATE:2/10/25}} at {{FACILITY:Sonoran Labs - Grant Rd}}: E2 trough 186, total T 22, K 4.4, Cr 0.8, PRL 14.
Breast development Tanner 3-4, satisfied. Mood good, started new job at {{FACILITY:Desert Willow Coffee Roasters}}.
Wants to switch to cyproterone? not available here -> discussed bicalutamide vs stay on spiro; stay.
BP 118/70. No VTE hx, nonsmoker.
Name/gender marker change: letter given for court; court date {{DATE:April 8, 2025}}, {{FACILITY:Pima County Superior Court}}.
Plan: continue regimen; labs in 6 mo; DEXA not needed yet.
Partner {{NAME:Rae}} joined call.
{{NAME:Sol Abernathy-Ruiz}}, MD (she/they)`,
  `GAHT visit - testosterone
{{NAME:Ezra}} (legal name {{NAME:Emily Rose Nakamura}}) {{NAME:Nakamura}}, 24, he/him
MRN {{MRN:4418207}} | {{DATE:10.03.2024}} | in person, rm 5
On testosterone cypionate 80 mg SC weekly since {{DATE:Aug 2022}}. Self-injects Sundays.
Labs ({{DATE:9/27/24}}): total T mid-interval 612, Hct 49.8% (up from 47), E2 31, LFTs nl, lipids: LDL 131, HDL 38.
Amenorrhea since 3 mo on T. Voice deepened, facial hair. Acne mild - benzoyl peroxide.
Hct 49.8 -> borderline; advise hydration, no smoking (he vapes), recheck 3 mo; if > 52 reduce dose.
Top surgery done {{DATE:5/14/2024}} (Dr. {{NAME:Imani Osei-Bonsu}}, {{FACILITY:Riverbend Plastic Surgery}}), healed well.
Contraception: discussed T is not contraception; has IUD (Mirena, placed {{DATE:2021-11-09}}).
Insurance updated: member {{HEALTH_PLAN:PRM-55019834-01}}.
Works at {{FACILITY:Bloom & Bark Dog Daycare}} in {{LOCATION:Eugene}}.
Mom {{NAME:Keiko}} supportive, emergency contact {{PHONE:541-555-0159}}.
Plan: continue 80 mg, CBC + lipids 3 mo.
{{NAME:Avery Lindgren}}, FNP-C / {{NAME:al}}`,
  `{{FACILITY:Heartland Community Health Center}}
{{ADDRESS:2200 E 12th Street}}  {{LOCATION:Wichita}}, KS {{ZIP:67214}}
Phone {{PHONE:316-555-0140}}   Fax {{FAX:316-555-0141}}

{{DATE:March 4, 2025}}

Re: Patient assistance application - insulin
Patient: {{NAME:Harold}} "{{NAME:Butch}}" {{NAME:Pfannenstiel}}   DOB {{DATE:11/19/1956}}
Application # {{ID:PAP-25-0048871}}

To the patient assistance program:
Mr. {{NAME:Pfannenstiel}} has had type 2 diabetes since 2004 and requires insulin glargine (Lantus SoloStar) 44 units daily and insulin lispro (Humalog KwikPen) 8-12 units with meals. His A1c on {{DATE:2/20/2025}} was 8.9%. He lost his employer coverage when {{FACILITY:Sunflower Grain Elevator}} closed in {{DATE:December 2024}}, and his Medicare Part D plan leaves him in the coverage gap. Household income is below 400% FPL (documents enclosed). Without assistance he has been rationing to 20 units/day.
Please ship to the clinic, attention {{NAME:Lupe Aranda}}, RN, our PAP coordinator ({{EMAIL:laranda@heartlandchc.example.org}}).

Sincerely,
{{NAME:Kwame Asante-Boateng}}, MD   NPI {{LICENSE:1982744051}}   DEA {{LICENSE:BA4829137}}`,
  `TELEHEALTH VISIT - Endocrinology (video)
Patient: {{NAME:Gallagher, Maeve}}   DOB {{DATE:01/09/1990}}   MRN {{MRN:20047781}}
Date/time: {{DATE:04/15/2025 15:30}}   Platform link: {{URL:https://telehealth.northcoastendo.example.org/visit/8KQ2-77XD}}
Pt location: home, {{ADDRESS:88 Larchmont Rd, Apt 3}}, {{LOCATION:Portsmouth}} NH {{ZIP:03801}} (verified); provider at clinic.
Connection from {{IP:198.51.100.146}}; audio dropped x1, reconnected.
Consent for telehealth verbal, witnessed by MA {{NAME:Deb Tremblay}}.
S: Graves dz dx {{DATE:11/2024}} (TRAb 6.2, TSI 410%). Methimazole 20 -> 10 mg. Palpitations gone, sleeping better. Eyes gritty in AM, no diplopia.
O: HR 74 on her home cuff; wt 141 (was 133). Camera exam: mild lid retraction, no obvious proptosis. Photos sent via portal ({{PHOTO:IMG_20250414_0912.jpg}}, {{PHOTO:IMG_20250414_0913.jpg}}) - CAS 1/7.
Labs {{DATE:4/8/25}}: FT4 1.2, T3 118, TSH < 0.01 (lags), CBC/LFT nl.
A/P: Graves hyperthyroidism, improving. Cont methimazole 10 mg. Selenium 100 mcg bid x 6 mo for mild orbitopathy. Lubricating drops. Ophtho ({{FACILITY:Seacoast Eye Institute}}) if symptoms progress. Discussed RAI vs surgery vs long-term MMI.
Next labs {{DATE:May 20}}; video f/u 8 wk.
{{NAME:Conor Whelan-Park}}, MD`,
  `MyChart message  >  To: Endocrine Diabetes Team
From: {{NAME:Rosalind Achterberg}}   Sent: {{DATE:Mon 3/10/2025 9:47 PM}}
Subject: sugars high at night, log below

Hi Dr {{NAME:Feld}}, here are my numbers since the Tresiba change. I take 26 units at 8pm now.
  {{DATE:3/4}}  bed 212  wake 188
  {{DATE:3/5}}  bed 240  wake 201
  {{DATE:3/6}}  bed 176  wake 163
  {{DATE:3/7}}  bed 255  wake 214 (pizza night, bolused 9u Novolog)
  {{DATE:3/8}}  bed 198  wake 177
  {{DATE:3/9}}  bed 205  wake 181
A1c at {{FACILITY:LabPoint on Main}} was 8.3 I think. Also my mom {{NAME:Hilde}} says I should try that Mounjaro like her neighbor, is that ok with type 2 and my kidneys? My new cell is {{PHONE:262-555-0172}}.
Thanks, {{NAME:Roz}}

---- Reply {{DATE:3/11/2025 11:02 AM}} from {{NAME:Janelle Okoro}}, RN CDCES:
Hi {{NAME:Rosalind}}, thanks for the log. Fasting still 160-210. Per Dr. {{NAME:Feld}}: increase Tresiba to 30 units, then 2 units every 3 days until wake numbers 100-130. Pizza - try bolusing split (half before, half 1 hr after). Mounjaro can be considered, eGFR 52 is ok for it; she will discuss at visit {{DATE:3/27}}.`,
  `PRIOR AUTHORIZATION REQUEST - GLP-1/GIP
Plan: Buckeye Choice Health Plan (Marketplace)     plan PA fax 1-800-555-0186
Request date: {{DATE:2024-07-08}}      Case #: {{ID:PA-8849201-MJ}}
Member: {{NAME:Washington, Tyrese D.}}     Member ID: {{HEALTH_PLAN:BCH110882345}}     DOB: {{DATE:08-22-1979}}
Drug: Mounjaro (tirzepatide) 5 mg/0.5 mL pen, inject 5 mg SC weekly, #4 pens/28 days
Dx: E11.65 type 2 DM with hyperglycemia; E66.01 (not requesting for weight)
Prior therapies: metformin 2000 mg/d since 2019; glipizide 10 bid (hypos); Trulicity 1.5 mg {{DATE:01/2023}}-{{DATE:03/2024}} (inadequate, A1c 8.8)
Current A1c: 9.1% ({{DATE:06/28/2024}}); BMI 38.4; eGFR 88
Step therapy: tried and failed dulaglutide; semaglutide stopped for severe vomiting.
Prescriber: {{NAME:Ifeoma Nwachukwu}}, DO   NPI {{LICENSE:1336204875}}
Office: {{FACILITY:Dayton West Family Health}}   ph {{PHONE:937-555-0108}}   fax {{FAX:937-555-0109}}
Contact for PA: {{NAME:Kiara}} (MA), ext {{PHONE:221}}
Pharmacy: {{FACILITY:Salem Ave Community Pharmacy}}, {{LOCATION:Trotwood}}
Attestation: I certify the above is accurate. Signed {{NAME:I. Nwachukwu}} {{DATE:7/8/24}}
Determination ({{DATE:07/11/2024}}): APPROVED through {{DATE:07/10/2025}}, ref {{ID:AUTH-55172-0098}}. Pt notified by {{NAME:K. Burris}}.`,
  `{{FACILITY:Northgate Metabolic & Weight Management}}
{{ADDRESS:1501 Commonwealth Blvd, Suite 400}}, {{LOCATION:Fairfax}}, VA {{ZIP:22030}}

{{DATE:September 23, 2024}}

Appeals Department, Tidewater Mutual Health
RE: Level 1 appeal - Zepbound (tirzepatide) denial
Member: {{NAME:Priya Subramaniam-Cole}}   ID {{HEALTH_PLAN:TMH-449021-88}}   DOB {{DATE:2/14/1986}}
Denial ref: {{ID:DN24-0917-33162}} dated {{DATE:09/17/2024}}

I am writing to appeal the denial of Zepbound for my patient Ms. {{NAME:Subramaniam-Cole}}, who has obesity (BMI 41.3) with obstructive sleep apnea (AHI 34 on PSG {{DATE:6/3/2024}}), hypertension, and prediabetes (A1c 6.2). She completed 7 months of a supervised lifestyle program with our dietitian {{NAME:Hollie Marchetti}}, RD, losing only 3.1%. Phentermine caused palpitations. Wegovy was tried {{DATE:Jan-Apr 2024}} and stopped for a national shortage, not failure.
Zepbound is FDA-approved for moderate-severe OSA in adults with obesity, which she meets. Denial cited "weight loss exclusion", but the indication here is OSA.
Please reconsider. Records enclosed (22 pages).

{{NAME:Rahul Deshpande}}, MD, DABOM
NPI {{LICENSE:1720395548}} | {{PHONE:703-555-0139}} | fax {{FAX:703-555-0140}}`,
  `Thyroid eye dz / Graves - endo + ophtho combined clinic
{{NAME:ABDELRAHMAN, Yasmin}}  MRN {{MRN:TE-009145}}  {{DATE:12 Feb 2025}}
46F smoker (1/2 ppd), Graves dx 2023, RAI 15 mCi {{DATE:8/2/2023}} without steroid cover -> hypothyroid, now LT4 100 mcg, TSH 3.1.
Eyes worse since {{DATE:Nov 2024}}: proptosis 22 mm OD / 21 mm OS (Hertel, base 104), diplopia in upgaze, CAS 4/7 -> active moderate-severe TED.
External photos today: {{PHOTO:TED-ABDELRAHMAN-20250212-front.jpg}}, {{PHOTO:TED-ABDELRAHMAN-20250212-upgaze.jpg}} (compare {{PHOTO:TED-0714-2024.jpg}}).
Ophtho Dr. {{NAME:Min-jun Seo}}: IV methylprednisolone 500 mg weekly x 6 then 250 mg x 6 vs teprotumumab (Tepezza); BG and LFTs ok, hearing baseline ordered (audiology at {{FACILITY:Capitol Hearing Center}}).
Smoking cessation: referred to quitline; husband {{NAME:Omar}} also smokes.
Infusion center: {{FACILITY:Rosewood Infusion Center}}, first dose {{DATE:02/26/2025}}; PA # {{ID:TEP-77310045}}.
Contact pref: WhatsApp via daughter {{NAME:Noor}} {{PHONE:(571) 555-0117}}; pt speaks Arabic, some English.
No Hashimoto features; TRAb 14 (very high).
{{NAME:J. Amarasinghe}}, MD (endo) / {{NAME:M. Seo}}, MD (oculoplastics)`,
  `OB/Endo - hypothyroid in pregnancy
{{NAME:Marisol Quintanilla-Reyes}} G2P1 @ 9w3d by US, MRN {{MRN:1093348}}, seen {{DATE:1/8/25}}
Hashimoto, on levothyroxine 75 mcg pre-pregnancy (TPO Ab 540). Pos UPT {{DATE:12/16/24}}; she increased to 9 tabs/wk herself as instructed - good.
TSH {{DATE:1/2}}: 3.4 (goal < 2.5 first trimester), FT4 1.0.
-> increase to 100 mcg daily; TSH q4wk through 20 wk.
Separate from prenatal vitamin (iron/calcium) by 4 hr.
Prior preg ({{NAME:Sofia}}, born {{DATE:3/2022}}) uncomplicated. Postpartum thyroiditis? not that time.
OB: Dr. {{NAME:Hutchins}} at {{FACILITY:Valley Women's Health - Harlingen}}.
Lives {{ADDRESS:Rt 4 Box 112B}}, {{LOCATION:La Feria}} TX {{ZIP:78559}}. Works as teacher aide at {{FACILITY:Lozano Elementary}}.
Husband {{NAME:Efrain}} {{PHONE:956-555-0103}}.
GDM screen early (BMI 33, mother had DM): A1c 5.6 today, OGTT at 24-28 wk.
Spanish interpreter {{NAME:Araceli}} used. {{NAME:Tamsin Bergqvist}}, MD`,
  `ADRENAL INSUFFICIENCY - EMERGENCY LETTER (carry at all times)

Name: {{NAME:Callum Fitzgerald-Moore}}     DOB: {{DATE:17/05/1997}}
Address: {{ADDRESS:Flat 2, 14 Marchmont Crescent}}, {{LOCATION:Edinburgh}} (visiting US until {{DATE:30 Sept 2025}})
US contact: {{ADDRESS:610 W Diversey Pkwy #1205}}, {{LOCATION:Chicago}} IL {{ZIP:60614}}

This person has primary adrenal insufficiency (Addison's disease, autoimmune, diagnosed {{DATE:March 2019}} in {{LOCATION:Glasgow}}) and is steroid dependent. He takes hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg.
In illness, vomiting, trauma or surgery he needs hydrocortisone 100 mg IV/IM immediately, then 200 mg/24h, and must not be left without steroid cover. Do not wait for cortisol results.
He carries an emergency kit (Solu-Cortef 100 mg Act-O-Vial) and has a MedicAlert bracelet no. {{ID:UK-MA-441207}}.
UK endocrinologist: Dr {{NAME:Aileen Drummond}}, {{FACILITY:Marchmont Endocrine Clinic}}, {{PHONE:+44 131 555 0192}} (NHS no. {{MRN:601 448 2917}})
US endocrinologist: Dr. {{NAME:Benedikt Hauser}}, {{FACILITY:Lakefront Endocrine Associates}}, {{PHONE:312-555-0176}}
Partner: {{NAME:Ewan}} {{PHONE:312-555-0124}}

{{NAME:B. Hauser}} MD   {{DATE:06/02/2025}}`,
  `ENDOCRINE SURGERY CLINIC - PHPT
Pt {{NAME:Okamoto, Grace}}   {{AGE:90}} y/o F   MRN {{MRN:88-01-5524}}   {{DATE:Wed 9/3/2025}}
Referred by Dr. {{NAME:Levy}} (geriatrics, {{FACILITY:Brookhaven Senior Health}}) for Ca 11.4, PTH 118, 24h urine Ca 310.
Hx: kidney stone {{DATE:2021-04-02}}, osteoporosis (DEXA {{DATE:6/2025}}: 1/3 radius T -3.4, spine -2.1), fatigue, "foggy".
Vit D 32. Cr 0.9. No FHx MEN. Lithium never. No thiazide.
Imaging: sestamibi SPECT/CT {{DATE:8/20/25}} - focus posterior to L lower pole, likely inferior parathyroid adenoma. US concordant 1.3 cm.
Assessment: primary hyperparathyroidism, meets surgical criteria (Ca > 1 above ULN, osteoporosis, nephrolithiasis). At {{AGE:90}} she is fit (walks daily, lives alone), wants surgery.
Plan: focused parathyroidectomy w/ IOPTH (Miami criterion), outpatient, {{DATE:10/14/2025}}, {{FACILITY:Kittredge Ambulatory Surgery Center}}, OR 2.
Pre-op: EKG, BMP; cardiology clearance from Dr. {{NAME:Tomas Villanueva}}.
Niece {{NAME:Lorraine Okamoto-Briggs}} is HCPOA - {{PHONE:808-555-0135}}, {{EMAIL:lorrob@pacificmail.example.com}}.
Home: {{ADDRESS:45-210 Kamehameha Hwy}}, {{LOCATION:Kaneohe}} {{ZIP:96744}}.
{{NAME:Nalani Kealoha}}, MD, FACS`,
  `PCOS / reproductive endo consult
{{NAME:Huang, Mei-Ling}} ({{NAME:Melody}}) 27F  MRN {{MRN:RE44102}}  {{DATE:05.06.2025}}
Irregular menses since menarche (cycles 45-90 d), hirsutism mFG 14, acne. BMI 29.
Labs day 3 ({{DATE:4/21}}): total T 71, free T 8.9, DHEA-S 280, 17-OHP 110 (r/o NCCAH), PRL 12, TSH 1.7, FSH 5.1/LH 13.
US: > 20 follicles/ovary bilaterally (polycystic morphology).
Rotterdam 3/3. Cushing unlikely clinically; no 24h UFC needed. OGTT 2h 162 -> IGT.
Plan: COC (drospirenone-EE), spironolactone 50 after 1 cycle, metformin XR 500 titrate to 1500; lifestyle; laser referral {{FACILITY:Sleek Skin Laser Studio}}.
Trying to conceive in ~2 yr w/ partner {{NAME:Daniel Kurzweil}}; then letrozole.
Pt is a grad student at {{FACILITY:Wasatch State University}}, lives in {{LOCATION:Sugar House}}, {{LOCATION:SLC}}.
F/u 3 mo. Note to portal sent {{DATE:5/7/25}}. {{NAME:E. Whitcombe-Adair}}, MD / {{NAME:lt}}`,
  `INPATIENT ENDOCRINE CONSULT - recurrent hypoglycemia
Pt: {{NAME:Jebediah Crowfeather}}   MRN {{MRN:H00562201}}   {{FACILITY:Bigelow 7}} bed 12   consult {{DATE:11/02/2024 16:20}}
Requested by hospitalist Dr. {{NAME:Anjali Ramaswamy}} (pager {{PHONE:4471}})
58M nondiabetic, admitted {{DATE:10/31}} after found confused at work ({{FACILITY:Black Hills Gravel & Ready-Mix}}), EMS BG 34. Wife {{NAME:Wanda}} reports 3 episodes since {{DATE:Sept 2024}} relieved by eating (Whipple triad met).
No insulin/SU in home (wife's mother on glipizide - lives with them! sulfonylurea screen sent).
72h supervised fast started {{DATE:11/1}} 0800: BG 44 at hr 19 with sx -> drawn: insulin 14, C-pep 2.1, proinsulin 22, BHB 0.2, SU screen pending; glucagon 1 mg -> BG rise 38 mg/dL.
Impression: endogenous hyperinsulinemic hypoglycemia; insulinoma most likely vs SU ingestion (screen pending).
Plan: CT pancreas protocol, EUS if neg (Dr. {{NAME:Hyun-woo Bae}}); D10 at 50 mL/h overnight; diazoxide if delay.
Lives out past {{LOCATION:Kyle}}, on {{LOCATION:Pine Ridge}}; daughter {{NAME:Tasha}} {{PHONE:605-555-0161}}.
{{NAME:Grace Two Bulls}}, MD - Endocrine fellow; attending {{NAME:Ostrowski}}`,
  `DIABETES TEAM (IP) - DKA resolution / transition note
{{NAME:LaShonda Pettiford}}, 19F, MRN {{MRN:770032915}}, {{FACILITY:Wexford 4 South}} rm 4218
Adm {{DATE:2/14/2025 02:17}} via ED: DKA (pH 7.08, HCO3 6, AG 28, BHB 7.9) - 3rd admit in 12 mo.
Trigger: ran out of insulin; pharmacy ({{FACILITY:Medina Discount Drugs}}) said PA needed for Basaglar, she didn't call back.
Insulin drip off {{DATE:2/15}} 0630 after glargine 20 u given at 0430 (2 hr overlap - good).
Now: glargine 20 u qd, lispro 1:12, ISF 1:50. BG 140-210.
Barriers: lost job at {{FACILITY:Dollar Mart on Route 9}}, aged off parents' plan, living with cousin {{NAME:Keke}} at {{ADDRESS:Lot 31, Shady Acres MHP, 4120 Sandhill Rd}}, {{LOCATION:Lumberton}} {{ZIP:28358}}.
Actions:
 - SW (Ms. {{NAME:Dunlap}}) started Medicaid app, ref {{ID:NCM-2502-118830}}
 - $35 copay card for Lyumjev/Lantus; 30-day supply in hand at d/c (meds-to-beds)
 - Libre 3 started, reader sn {{DEVICE:MAGR0Q7H4Z}}; follows via LibreLink on her phone
 - DSMES f/u with {{NAME:Ayesha Qureshi}}, CDCES {{DATE:2/21}}
 - endo clinic {{DATE:2/27/25}} 1040, Dr. {{NAME:Vassallo}}
Mom {{NAME:Bernice Pettiford}} ({{PHONE:910-555-0195}}) aware.
{{NAME:Hoang Minh Chau}}, NP - inpatient diabetes`,
  `NEW ONSET T1D - DAY 2 TEACHING (peds)
Child: {{NAME:Finnegan}} "{{NAME:Finn}}" {{NAME:Abernathy}}   7 y/o   MRN {{MRN:C-4410927}}   {{DATE:08/27/2025}}
Parents: {{NAME:Kelsey}} (mom) & {{NAME:Rob Abernathy}} (dad); big sister {{NAME:Piper}}, 10
Dx {{DATE:8/25/25}}: BG 512, A1c 11.8, mild DKA (pH 7.26), GAD65+ / ZnT8+.
Taught: insulin action, drawing up / pens (Humalog Junior KwikPen half units), carb counting w/ Calorie King app, hypo tx 15g (10g for him), glucagon (Gvoke HypoPen 0.5 mg) - dad demo'd on orange, ketones (blood meter).
Doses: glargine 6 u at 8 pm; Humalog 1:25 meals, correction 0.5 u per 100 > 150.
Dexcom G7 applied R arm, sensor serial {{DEVICE:G7-81PJ-44WN}}; Follow app on both parents' phones.
School: 2nd grade at {{FACILITY:Lincoln-Hayes Elementary}}, nurse {{NAME:Marta Ochoa}} - DMMP faxed to {{FAX:503-555-0170}} {{DATE:8/27}}.
Home {{ADDRESS:3318 SE Woodstock Blvd}}, {{LOCATION:Portland}} {{ZIP:97202}}.
Dad works at {{FACILITY:Cascade Bike Works}}, can leave for school calls.
Mom overwhelmed, cried; SW {{NAME:Jen}} met w/ them.
Discharge tomorrow if teaching done. Call line {{PHONE:503-555-0150}} 24/7.
{{NAME:Oksana Melnyk}}, RN, CDCES / {{NAME:T. Abara}}, MD`,
  `FreeStyle LibreView - AMBULATORY GLUCOSE PROFILE (AGP) REPORT
{{NAME:Marchetti, Vincenzo}}    DOB: {{DATE:Jun 2, 1949}}    ID: {{MRN:VM-00318}}
14 DAYS: {{DATE:August 1, 2025}} - {{DATE:August 14, 2025}}    % Time CGM is Active: 96.4%
Sensor: FreeStyle Libre 3 Plus   Reader/App: LibreLink iOS   Sensor SN {{DEVICE:0M3RX7K2QD}}
GLUCOSE RANGES            TARGETS            RESULTS
Very High  > 250          < 5%               9%
High       181-250                          24%
Target     70-180         > 50% (older)      63%
Low        54-69          < 1%               3%
Very Low   < 54                             1%
Average glucose 171 mg/dL    GMI 7.4%    Glucose variability 38.9%
Events: 6 low events, avg duration 52 min; 4 overnight.
Comment ({{NAME:D. Ferraro}}, PharmD, CDCES, {{DATE:8/15/25}}): lows at 3 am on nights after glipizide PM dose - stop PM glipizide. Wife {{NAME:Rosa}} says he naps after lunch at {{FACILITY:St. Anthony Adult Day Center}}.
Shared by pt via LibreView code {{ID:LV-48K2-9TQM}} from IP {{IP:192.0.2.61}}.
Patient home: {{LOCATION:Providence}}, RI.  PCP: Dr. {{NAME:Colm Brennan}}.`,
  `MiniMed 780G - CareLink Therapy Management Dashboard (export)
Patient: {{NAME:Kateryna Bondarenko}}   DOB {{DATE:1994-12-11}}   Patient ID {{MRN:CL-6620193}}
Pump SN: {{DEVICE:NG4102277H}}   Model MMT-1886   Upload: {{DATE:2025-01-29 19:44:07}} via MiniMed Mobile
Sensor: Simplera Sync   Sensor SN {{DEVICE:SS-31A0-77219}}
Upload source IP {{IP:203.0.113.205}}
Period {{DATE:01/16/2025}}-{{DATE:01/29/2025}}
 Time in SmartGuard 94%   TIR 79%   TBR 1.8%   TAR 19%   SG avg 139   GMI 6.6%
 Active insulin time 2:00, glucose target 100, carb ratio 1:9 (12a), 1:7 (6a)
 Auto corrections 38% of bolus insulin; meals announced 2.4/day (low)
 Alerts: "Calibration not required"; 2 sensor updating, 1 insulin flow blocked {{DATE:1/22}}
Clinician notes (Dr. {{NAME:Aurelio Benitez}}, {{DATE:1/30/25}}): doing well; prebolus more often; flow blocked - reviewed insertion sites (avoid scar from C-section {{DATE:4/2023}}).
Pt is a nursing student at {{FACILITY:Dominican Hills College}}, clinicals at {{FACILITY:Mercy Lakes Hospital}}, asks for note allowing CGM phone on units.
Husband {{NAME:Andriy}}, son {{NAME:Mykola}} (2).
Emailed summary to {{EMAIL:kbondarenko.rn@studentmail.example.edu}}.`,
  `Phone note - Tandem tech support / pump replacement
{{DATE:6/3/2025 14:12}}  Caller: {{NAME:Dolores}} "{{NAME:Dee}}" {{NAME:Whitlock}} (pt)  callback {{PHONE:(479) 555-0128}}
MRN {{MRN:22019485}}   DOB {{DATE:10/30/1966}}
t:slim X2 SN {{DEVICE:1084532}} showing "Malfunction 16-xxxx" alarm x2 today, screen cracked after dropping it at {{FACILITY:Walton Fields Softball Complex}} Sat.
Tandem case # {{ID:03482217}}, RMA {{ID:RMA-TS-550913}}; replacement shipping overnight to {{ADDRESS:1907 NW Cedar Glen Dr}}, {{LOCATION:Bentonville}} AR {{ZIP:72712}}.
Meanwhile: back-up MDI plan given: glargine 24 u now (last basal 21 u/day on pump), Humalog 1:10, ISF 1:40. Has pens from {{FACILITY:Ridgeview Pharmacy on Walton}}? - pt says yes, in fridge.
Will need to re-enter settings: printed from Tandem Source ({{DATE:5/28}} report) and emailed to {{EMAIL:dee.whitlock@ozarknet.example.com}}.
New pump SN will be {{DEVICE:1109871}} per Tandem rep {{NAME:Brandon}} (ext {{PHONE:3304}}).
Pt aware to pair new pump with Dexcom G6 transmitter {{DEVICE:8H7M2C}}.
{{NAME:Shelby Roark}}, LPN / reviewed {{NAME:D. Patel}}, MD`,
  `FMCSA INSULIN-TREATED DIABETES MELLITUS ASSESSMENT FORM (MCSA-5870)
Driver: {{NAME:BOUCHARD, RAYMOND J.}}      DOB {{DATE:03/15/1968}}
CDL #: {{LICENSE:M263-4410-8821}} (MI)     Employer: {{FACILITY:Great Lakes Freight Haulers}}
Truck unit plate {{VEHICLE:RB 47219}} (MI), VIN {{VEHICLE:1XKYD49X7MJ441208}} (carrier-assigned truck)
Treating clinician: {{NAME:Anneliese Vogt}}, MD, endocrinology - license MI {{LICENSE:4301098772}}
Date of exam: {{DATE:10/21/2024}}
1. Insulin regimen: Toujeo 40 u daily, Admelog 6-10 u with meals; started insulin {{DATE:02/2021}}
2. Severe hypoglycemic episode in past 12 mo requiring assistance? NO. Loss of consciousness? NO.
3. SMBG/CGM records for preceding 3 months reviewed: YES (Dexcom G6, receiver SN {{DEVICE:PG41120873}}). TIR 71%, < 54 mg/dL 0.3%.
4. A1c within 3 months: 7.4% ({{DATE:10/02/2024}})
5. Retinopathy: none (exam {{DATE:7/11/24}} {{FACILITY:Soo Eye Clinic}})
6. Hypoglycemia awareness: intact. Counseled: BG > 100 before driving, check q4h while driving.
Clinician phone {{PHONE:906-555-0142}}  Signed {{NAME:A. Vogt}} {{DATE:10/21/24}}`,
  `{{FACILITY:Rainier Gender Health Program}}
{{ADDRESS:901 Boren Ave, 6th floor}}, {{LOCATION:Seattle}}, WA {{ZIP:98104}} | {{PHONE:206-555-0111}}

{{DATE:July 29, 2025}}

To: Dr. {{NAME:Lucian Marchand}}, {{FACILITY:Puget Reconstructive Surgery}}
Re: {{NAME:Skyler Anh Pham}} (legal name {{NAME:Pham Thi Anh}}), DOB {{DATE:01/23/1998}}, MRN {{MRN:GH-300471}}

Dear Dr. {{NAME:Marchand}},
I am writing in support of gender-affirming vaginoplasty for {{NAME:Skyler}}, whom I have followed since {{DATE:May 2021}}. She has marked and persistent gender incongruence (ICD-10 F64.0, now HA60), has lived in her affirmed gender for over four years, and has been on estradiol (currently 4 mg SL bid) and spironolactone 100 mg daily. Estradiol 210, testosterone 18 on {{DATE:7/2/2025}}.
She has capacity to consent, no uncontrolled medical or mental health conditions, and understands fertility implications (declined banking). Hair removal done at {{FACILITY:Capitol Hill Electrolysis}}.
Her mental health provider, {{NAME:Ingrid Solberg}}, LMHC, has written a second letter.
Please contact me with questions.
{{NAME:Theo Ransome}}, MD  (he/him)  NPI {{LICENSE:1598047763}}`,
  `TELEPHONE ENCOUNTER - after hours
{{DATE:Sat 12/7/24 0715}}, on-call endo Dr. {{NAME:Yuki Tanabe-Grant}}
Caller: {{NAME:Gordon Feeney}}, husband of pt {{NAME:Margaret}} "{{NAME:Peg}}" {{NAME:Feeney}} (DOB {{DATE:4/4/1952}}, MRN {{MRN:3390217}}), from home in {{LOCATION:Altoona}}. Callback {{PHONE:814-555-0156}}.
Found her sweaty and confused at 0630, meter read 41. He gave 4 glucose tabs + OJ, now 118 and talking normally. Did not use Baqsimi.
Last night: took Humalog 14 u for dinner then didn't eat much (stomach bug? vomited x1), plus her usual Lantus 30 u at 2200.
Advised: eat breakfast with protein now, check q1h x 4, hold AM Humalog unless eating, reduce Lantus tonight to 24 u, sick-day rules, ketones if vomiting again. Go to ED at {{FACILITY:Blair Valley Hospital}} if BG < 70 twice more or can't keep fluids.
Husband teach-back correct.
Message to primary endo Dr. {{NAME:Paulette Ressler}} and CDCES {{NAME:Becca}} for Monday: consider CGM (she has none), Medicare will cover given level 2 hypo.
Time on call: 14 min.   {{NAME:YTG}}`,
  `LTC visit - osteoporosis / falls
{{FACILITY:Maple Crest Nursing & Rehabilitation}}, rm 22B       {{DATE:01-30-2025}}
Resident: {{NAME:DeWitt, Eleanor Frances}}   age {{AGE:94}}   MRN {{MRN:MC-11847}}
Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}
Fell {{DATE:1/12/25}} in bathroom, no fx on xray. Prior L hip fx in 2022 (year per daughter), ORIF at {{FACILITY:Susquehanna Valley Medical Center}}.
DEXA {{DATE:11/2023}}: fem neck T -3.3. Vertebral compression T12 (old).
On Prolia 60 mg q6mo - last dose {{DATE:8/5/2024}} -> OVERDUE (was due {{DATE:2/5/25}}), do not let lapse.
Ca 9.1, vit D 36, Cr 1.3 (eGFR 38), so no zoledronic acid.
Other meds: calcium citrate 500 bid, D3 2000, donepezil, amlodipine.
Exam: kyphosis, wheelchair for distances, walker in room. Hip protectors on.
Plan:
 - Prolia next week via {{FACILITY:Keystone LTC Pharmacy Services}}, PA ref {{ID:PRO-4471902}}
 - PT/OT fall eval; bed alarm; vit D continue
 - Daughter {{NAME:Cynthia DeWitt-Marsh}} (POA, {{PHONE:570-555-0183}}) updated by phone; she visits Sundays from {{LOCATION:Wilkes-Barre}}.
Resident says "I'm {{AGE:ninety-four}}, not made of glass" - ok.
{{NAME:Farida Osmani}}, CRNP / facility NP; DON {{NAME:Pat Kowalski}}, RN`,
  `secure chat - endo fellows  {{DATE:3/19/25}}
[0812] {{NAME:Mo}}: u covering {{NAME:Gutierrez}} in 9W? K 3.1, aldo/renin came back 42/<0.6
[0813] {{NAME:Lin}}: yep. thats conn until proven otherwise lol. she on spironolactone?? bc that messes w ARR
[0814] {{NAME:Mo}}: no, only amlodipine + doxazosin. CT adrenals: 1.1 cm R nodule
[0815] {{NAME:Lin}}: ok order saline suppression + book AVS w IR (Dr {{NAME:Szabo}})
[0817] {{NAME:Mo}}: also consult from ED, {{AGE:96}}yo w TSH 0.01 FT4 4.2, AF w RVR. room 14, {{FACILITY:Harlan Pavilion}}
[0817] {{NAME:Lin}}: thyroid storm? BWPS?
[0819] {{NAME:Mo}}: BWPS 50. gave PTU 200 + propranolol, SSKI after 1h, hydrocort 100. daughter {{NAME:Beatriz}} says she took "kelp pills" from {{FACILITY:Green Earth Health Foods}} - Jod-Basedow?
[0820] {{NAME:Lin}}: plausible. get TRAb + uptake later. I'll staff w Dr {{NAME:K}} at noon. what's her MRN
[0821] {{NAME:Mo}}: {{MRN:55092217}}. RN is {{NAME:Tish}} x{{PHONE:6231}}
[0821] {{NAME:Lin}}: 👍 -{{NAME:LC}}`,
  `CYTOPATHOLOGY REPORT - THYROID FNA
{{FACILITY:Allegheny Ridge Pathology Associates}}   CLIA 39D0987654
Accession: {{ID:FN25-004417}}     Received: {{DATE:04/02/2025 13:05}}    Reported: {{DATE:04/04/2025}}
Patient: {{NAME:HALVORSEN, INGRID M}}     DOB {{DATE:07/22/1961}}     MRN {{MRN:E40118273}}
Billing acct: {{ACCOUNT:ARP-7719-20448}}
Submitting physician: {{NAME:Okonkwo-Baptiste, Chidi}}, MD     Copy to: {{NAME:Ellison, M.}}, MD
Specimen: Thyroid, right mid-pole nodule, 2.1 cm, US-guided FNA x 4 passes (ThinPrep + cell block); ROSE adequate.
DIAGNOSIS:
  SUSPICIOUS FOR MALIGNANCY (Bethesda Category V)
  - suspicious for papillary thyroid carcinoma
MICROSCOPIC: Moderately cellular; follicular cells in sheets with nuclear enlargement, overlapping, powdery chromatin, nuclear grooves and rare intranuclear pseudoinclusions. No Hurthle cell predominance. Scant colloid. Background lymphocytes, not Hashimoto pattern.
COMMENT: ROM for Bethesda V ~ 74% (2023 TBSRTC). Molecular (ThyroSeq v3) sent on dedicated pass, ref {{ID:TS3-55810072}}.
Discussed with Dr. {{NAME:Ellison}} by phone {{DATE:4/4/25}} 1520.
Electronically signed: {{NAME:Vivek Anantharaman}}, MD, cytopathologist
Cytotechnologist: {{NAME:R. Kowalewski}}, CT(ASCP)`,
  `THYROID ULTRASOUND
Pt: {{NAME:Farah, Hodan Abdi}}   MRN {{MRN:31177820}}   DOB {{DATE:1985-03-02}}
Exam: US THYROID (CPT 76536)   Date: {{DATE:27-MAR-2025}}   Acc {{ID:US2503270118}}
Location: {{FACILITY:Cedar-Riverside Imaging}}, room US-3
Ordering: {{NAME:Ahmed Warsame}}, MD
Hx: palpable L neck fullness; TSH 0.9.
Findings:
 R lobe 4.8 x 1.6 x 1.5 cm. L lobe 5.9 x 2.4 x 2.2 cm. Isthmus 4 mm.
 Nodule 1 (L mid): 3.2 x 2.1 x 2.0 cm, mixed cystic-solid, isoechoic solid part, wider-than-tall, smooth margin, no echogenic foci. TI-RADS: 1+1+0+0+0 = 2 -> TR2, no FNA.
 Nodule 2 (L inferior): 1.1 x 0.9 x 0.9 cm, solid (2), hypoechoic (2), taller-than-wide (3), punctate echogenic foci (3) = 10 -> TR5. FNA recommended (>= 1 cm).
 Nodule 3 (R upper): 6 mm spongiform, TR1.
 No abnormal cervical LN. 
IMPRESSION: TR5 nodule L inferior, 1.1 cm -> FNA. Dominant TR2 nodule benign-appearing.
Dictated by {{NAME:Kristiina Mäkelä}}, MD  {{DATE:03/27/2025 11:48}}  / tx {{NAME:bd}}
Results released to portal for pt (prefers Somali; son {{NAME:Abdirahman}} reads it, {{PHONE:612-555-0197}}).`,
  `Hypercalcemia phone log - endo clinic RN line
{{DATE:10/9/24}} 0940 - Lab ({{FACILITY:Tri-State Reference Lab}}, tech {{NAME:Marcy}}) calls critical: Ca 13.2 on pt {{NAME:Vukovich, Stanislav}} MRN {{MRN:604417}}, DOB {{DATE:9/1/1941}}. Call ref {{ID:CRIT-88210}}. Read back OK.
0950 - called pt home {{PHONE:(724) 555-0144}}, no answer; LM. Called son {{NAME:Mike Vukovich}} {{PHONE:724-555-0109}}: dad "sleepy, confused since Mon, not drinking".
0955 - Dr. {{NAME:Adebayo-Kerr}} notified: hx squamous cell lung ca, PTH last wk 9 (suppressed), PTHrP pending -> likely humoral hypercalcemia of malignancy. Not primary hyperpara.
1000 - advised son take him to ED now: {{FACILITY:Chartiers Valley Hospital}} or {{FACILITY:Ridgeline General}} - son prefers {{FACILITY:Ridgeline}}, ok. EMS not needed per son, he drives 10 min.
1005 - called ED charge RN {{NAME:Kelli}} {{PHONE:724-555-0100}} to give heads up: NS bolus, calcitonin, zoledronic acid 4 mg if Cr ok (last 1.1), oncology (Dr. {{NAME:Perlmutter}}) aware.
1130 - ED confirms arrival; admitted to 3 West tele.
{{NAME:Abigail Strand}}, RN`,
  `Podiatry referral / diabetic foot - from diabetes clinic
Pt: {{NAME:Begay, Lorenzo}}   DOB {{DATE:2/18/1963}}   IHS chart # {{MRN:GA-0044721}}
Seen {{DATE:12/4/2024}} at {{FACILITY:Tsaile Valley Health Station}} diabetes clinic.
T2DM 22 yrs, A1c 10.2, on glargine 50 u + metformin. Neuropathy: monofilament absent 6/10 sites bilat. ABI 0.82 R.
New: R plantar 1st MTH ulcer 1.4 x 1.0 cm, depth to subQ, no probe to bone, mild erythema < 2 cm (IWGDF mild infection). Photo in chart: {{PHOTO:begay_Rfoot_20241204.jpg}}.
Plan: offload (TCC vs boot), doxycycline 100 bid x 10 d, XR R foot, podiatry urgent with Dr. {{NAME:Hosteen-Manuelito}}.
Lives {{ADDRESS:N12 Route 7 mile 22}}, near {{LOCATION:Many Farms}} chapter, no running water; daughter {{NAME:Shandiin}} drives him (cell {{PHONE:928-555-0120}}).
Hauls water in his white Ford pickup, AZ plate {{VEHICLE:7KF-219}} (CHR can find him at the water point).
CHR {{NAME:Roberta Yazzie}} to check foot 2x/wk.
{{NAME:Kayla Tsosie}}, FNP / diabetes program`,
  `LDL APHERESIS - RUN SHEET
Unit: {{FACILITY:Heritage Lipid & Apheresis Center}}, chair 3      Run #47
Pt: {{NAME:STAVROPOULOS, Eleni}}   MRN {{MRN:LA-20813}}   DOB {{DATE:10/10/1975}}   Date {{DATE:08/06/2025}}
Dx: HoFH (LDLR compound het), s/p CABG {{DATE:2019-02-11}}. On rosuvastatin 40, ezetimibe, evolocumab, evinacumab q4wk.
System: DALI, machine #2. Access: L AVF, 16G x2 (RN {{NAME:Jerome Baptiste}}).
Pre: LDL 212, Lp(a) 96 nmol/L, Hct 38, BP 128/74, wt 64.2 kg
Processed 7.1 L plasma equivalent, ACE-I held x 48h (pt confirmed).
Post: LDL 58 (72.6% reduction), Lp(a) 31.
Events: mild tingling 1420 -> Ca gluconate po; resolved.
Next run {{DATE:8/20}}. Transport: husband {{NAME:Yiannis}} drives from {{LOCATION:Tarpon Springs}}.
Insurance auth for runs 41-52: {{ID:APH-AUTH-0044731}}, billing acct {{ACCOUNT:HLA-000931-2}}.
Physician present: {{NAME:Obinna Chukwu}}, MD.    RN: {{NAME:J. Baptiste}}     Charge: {{NAME:Wren}}`,
  `INSULIN PUMP START - Omnipod 5 (saline trial done {{DATE:11/4}})
Pt {{NAME:Sebastián Ortega Luna}}  34M  MRN {{MRN:00771290}}  Start date {{DATE:Nov 12 2024}}
Trainer: {{NAME:Hollie Brandt}}, RN, CDCES (Insulet certified)   Location: {{FACILITY:Mesa Verde Diabetes Center}}, class rm B
Controller SN {{DEVICE:OP5C-19R-220871}}; iPhone app; Dexcom G7 sensor serial {{DEVICE:G7-DDQ9-30KE}}
Prior: MDI, Basaglar 26 u + Humalog ~24 u/d. TDD ~50 -> starting TDD 44 (-12%).
Settings entered:
  basal program (manual mode backup) 12a 0.9, 4a 1.05, 9p 0.95 u/h
  target 110 (auto mode), IC 1:9, CF 1:40, duration of insulin action 3h
  max bolus 15 u, max basal 3 u/h
Pod #1 L abdomen; filled 200 u Humalog. Auto mode ON 1510.
Reviewed: occlusion, pod fail alarms, Activity feature, back-up pens, ketones > 0.6 -> change pod.
Pt employer: {{FACILITY:Four Corners Pipe & Supply}}; welder - heat/sweat, use Skin Tac + overpatch.
Partner {{NAME:Valeria}}. Pt cell {{PHONE:970-555-0131}}. Follow-up calls {{DATE:11/13}}, {{DATE:11/15}}, clinic {{DATE:11/26}}.
Order placed w/ pharmacy channel: {{FACILITY:Alpine Specialty Rx}} Rx {{ID:7730418}}.
{{NAME:HB}}`,
  `Pharmacy call - insulin / pen needles
{{DATE:05/22/2025}} 1105   Caller: {{NAME:Rafael}}, pharmacist at {{FACILITY:Oak Hollow Pharmacy}} ({{PHONE:615-555-0152}}, fax {{FAX:615-555-0153}}), NCPDP 4455667
Re pt: {{NAME:Greer, Antoinette}} DOB {{DATE:12/12/1970}}
Rx # {{ID:6024418}} Humalog KwikPen - plan now prefers insulin lispro (unbranded) or Admelog. Rx # {{ID:6024419}} Tresiba - nonformulary, alternatives Lantus/Basaglar/Semglee.
Also Ozempic 1 mg Rx # {{ID:6024420}} - PA approved, ok.
Pen needles 32G 4mm - qty 200 (4 inj/day x 50 days) ok.
Per Dr. {{NAME:Whitley Moran}} standing protocol: switch to insulin lispro same dose (ICR 1:8, ISF 1:30), switch Tresiba 34 u -> Basaglar 34 u (1:1), same time daily. New Rx sent {{DATE:5/22/25}} 1130 via eRx, DEA not needed.
Pt notified via portal + call to {{PHONE:615-555-0173}}; spoke with husband {{NAME:Clarence}} (on HIPAA release), explained change.
Billing acct {{ACCOUNT:100-447-2981}} - copay card for Ozempic applied by pharmacy.
{{NAME:Mira Feldstein}}, CMA / cosign {{NAME:W. Moran}}, MD`,
  `Diabetes in Pregnancy clinic - T1DM, 24w2d
{{NAME:Aoife Brennan-Kaur}}  MRN {{MRN:DP-118320}}  DOB {{DATE:3/9/1993}}  visit {{DATE:10/1/2024}}
EDD {{DATE:1/19/2025}} (by 8w US). G1P0. MFM: Dr. {{NAME:Henrike Vos}}.
Pump: t:slim X2 SN {{DEVICE:1122407}} w/ Control-IQ (off-label in preg, using sleep activity 24/7 for tighter target 112.5-120), Dexcom G7 serial {{DEVICE:G7-HK2R-0PX5}}.
CGM 14 d: TIR (63-140) 66% (goal > 70), TBR 63 3%, TAR 31%, mean 128.
A1c 5.9 (from 6.8 preconception).
Insulin needs up 35% since 16 wk. CR 1:8 -> 1:6 bkfst, 1:7 lunch/dinner; basal 12a 0.9 -> 1.0.
Fetal echo {{DATE:9/24/24}} normal. Growth 52%ile. Retinal exam {{DATE:8/2024}} - mild NPDR OU, stable.
ASA 81 mg nightly. BP 112/70.
Husband {{NAME:Harjit}}; pt is a teacher at {{FACILITY:Montclair Heights Academy}}, plans leave from {{DATE:Jan 6}}.
Delivery plan: {{FACILITY:Essex Valley Women's Pavilion}}, IOL ~38-39 wk, intrapartum insulin per pump protocol vs drip.
Email updates to {{EMAIL:aoifebk@homeinbox.example.com}} weekly w/ CGM link.
{{NAME:Liesl Marquardt}}, MD / {{NAME:Cass}}, CDCES`,
  `POSTPARTUM GDM FOLLOW-UP
{{NAME:Nguyen, Thanh Huong}} ("{{NAME:Helen}}")  DOB {{DATE:07-07-1989}}  MRN {{MRN:0049128833}}
Delivered {{DATE:5/30/2025}} at {{FACILITY:Garden Grove Birth Center}}, baby boy {{NAME:Khoi}}, 3.9 kg. Baby had BG 38 at 2h, treated w/ dextrose gel, fine.
A2GDM during pregnancy on metformin 1000 bid + NPH 14 u qHS (started 29 wk).
Now 8 wk postpartum, visit {{DATE:07/25/2025}}, breastfeeding.
75 g OGTT today: fasting 104, 2 h 151 -> IFG + IGT (prediabetes). A1c 5.8 (limited postpartum).
Counseled: 50% risk of T2DM in 5-10 yr, screen q1-3 yr; weight, breastfeeding helps.
Plan: metformin XR 500 daily (ok with breastfeeding), DPP referral at {{FACILITY:Little Saigon Community YMCA}}, recheck A1c {{DATE:Jan 2026}}.
Contraception: POP per OB (Dr. {{NAME:Lam}}).
Mother-in-law ("Ba Noi" to the baby) came; she prefers Vietnamese, pt speaks English well.
Husband {{NAME:Duc}} cell {{PHONE:714-555-0186}}.
{{NAME:Rebecca Sandoval}}, PA-C`,
  `From: {{NAME:Darlene Whitehorse}}, RN - School Nurse, {{FACILITY:Sunnyside Middle School}}
To: Peds Endo triage ({{EMAIL:pedsendo.triage@valleychildrens.example.org}})
Date: {{DATE:Thu, Jan 16, 2025 at 11:52 AM}}
Subject: Student {{NAME:J.M.}} - DOB {{DATE:4/2/2012}} - pump question

Hello, this is about {{NAME:Jaylen Morningstar}} (7th grade). His Omnipod 5 pod failed in 3rd period ({{DATE:1/16}} ~10:15), he had a spare pod in his kit and I helped him change it. CGM 287 with arrow up, ketones 0.4. He got correction per pump.
His mom {{NAME:Tamara Morningstar}} is not answering ({{PHONE:509-555-0119}}), dad {{NAME:Leon}} is driving truck out of state.
Questions:
 1. OK for him to go to PE at 1:30 if under 250?
 2. His DMMP on file is from {{DATE:08/2023}} - he's on a different pod now, can you send updated plan?
Fax here is {{FAX:509-555-0177}}, direct line {{PHONE:509-555-0175}}.
Thanks! {{NAME:Darlene}}

-- Reply from {{NAME:Nora Castillo}}, RN CDCES {{DATE:1/16/25}} 12:20: yes ok for PE if < 250 and no ketones > 0.6, activity mode 1h before. New DMMP faxed 1240. -{{NAME:NC}}`,
  `{{FACILITY:Valley Children's Diabetes & Endocrine Clinic}}
{{ADDRESS:4400 W Sunset Dr, Bldg C}} - {{LOCATION:Yakima}}, WA {{ZIP:98908}}

{{DATE:August 5, 2025}}

To: Section 504 Coordinator, {{FACILITY:Naches Valley School District}}
Re: {{NAME:Isabella}} "{{NAME:Izzy}}" {{NAME:Cardenas-Wolfe}}, DOB {{DATE:11/21/2015}}, entering 5th grade at {{FACILITY:Cowiche Creek Elementary}}

{{NAME:Izzy}} has type 1 diabetes (E10.9) and uses a Tandem Mobi pump (SN {{DEVICE:TM-0044871}}) with a Dexcom G7. Please include these accommodations in her 504 plan:
 - CGM receiver/phone with her at all times, including tests; phone use for diabetes not restricted
 - permission to eat, drink water and use the restroom at any time
 - trained staff for glucagon on the bus and field trips (bus #14 driver)
 - extra time / retake for tests if glucose < 70 or > 300 during or within 1 hour before
 - no penalty for absences for diabetes appointments (next: {{DATE:9/9/25}}, {{DATE:12/2/25}})
The school nurse ({{NAME:Graciela Monroy}}, RN) has her DMMP dated {{DATE:7/28/2025}}.
Parents: {{NAME:Lucia Cardenas}} ({{PHONE:509-555-0114}}) and {{NAME:Aaron Wolfe}}.

Sincerely,
{{NAME:Miriam Oduya}}, MD, Pediatric Endocrinology   {{PHONE:509-555-0100}}`,
  `bariatric f/u - post RYGB hypoglycemia
{{NAME:PRZYBYLSKI, DONNA}} 52F  MRN {{MRN:4021876}}  DOS {{DATE:3-Apr-2025}}
RYGB {{DATE:09/2021}} (Dr. {{NAME:Hollis Mbeki}}, {{FACILITY:Sandhills}}). Wt 302 -> 178 lb, stable.
Now: shaky, sweaty, confused 1.5-2 h after meals, esp. after pancakes/juice; 2 episodes where husband {{NAME:Stan}} found BG 48 and 52 on her old meter. Early dumping too (15 min post).
Blinded CGM (Libre Pro, sensor {{DEVICE:LP-4417-209}}) {{DATE:3/12}}-{{DATE:3/26}}: post-prandial nadirs 45-55 after peaks of 230-260. Fasting nl. No lows overnight.
Impression: post-bariatric hypoglycemia (late dumping / hyperinsulinemic). Not insulinoma (fasting normal, no overnight lows).
Plan:
 - RD ({{NAME:Gina Falcone}}): 6 small meals, 15-30 g carb each, low GI, protein + fat w/ each, no liquids 30 min around meals
 - acarbose 25 mg tid w/ meals, titrate
 - if fails: octreotide vs diazoxide; gastrostomy to remnant if refractory
 - Dexcom G7 (rx'd), set low alert 70 -> prior auth sent, key {{ID:BTK7QH2R}}
 - no driving until 1 wk without lows (pt drives school bus for {{FACILITY:Pinehurst Area Transit}} - work note given)
Husband's phone {{PHONE:910-555-0121}}.
{{NAME:S. Bhandari}}, MD`,
  `CoverMyMeds PA log - Ozempic
Patient: {{NAME:Kowalski-Reyes, Marisa}}   DOB {{DATE:1/25/1977}}   member {{HEALTH_PLAN:W8810-442-71}}
Key: {{ID:B4RT9XQ2}}   Drug: Ozempic 2 mg/3 mL pen (1 mg weekly)
{{DATE:02/03/2025 09:12}} - submitted by {{NAME:Chloe Haskins}} (MA) for Dr. {{NAME:Bartholomew Nkemelu}}
{{DATE:02/03/2025 09:40}} - plan question "prescribed for weight loss?" answered NO; T2DM E11.9, A1c 8.4 ({{DATE:1/14/25}})
{{DATE:02/04/2025 16:58}} - DENIED: step therapy, must try metformin x 90 days
{{DATE:02/05/2025 10:22}} - {{NAME:CH}} called pt ({{PHONE:(402) 555-0190}}): she took metformin 2020 to 2021, stopped for diarrhea even on XR; records from old PCP at {{FACILITY:Papillion Family Care}} requested by fax {{FAX:402-555-0166}}
{{DATE:02/07/2025 14:03}} - records rec'd (metformin filled {{DATE:03/2020}}-{{DATE:11/2021}}, note of GI intolerance {{DATE:11/9/2021}}); resubmitted w/ chart notes
{{DATE:02/10/2025 08:31}} - APPROVED {{DATE:02/10/2025}}-{{DATE:02/09/2026}}, auth {{ID:OZ-2210947}}
{{DATE:02/10/2025}} - pt notified by portal; pharmacy {{FACILITY:Bellevue Main Street Drug}} notified. -{{NAME:ch}}`,
  `INSULIN PATIENT ASSISTANCE - APPLICATION (clinic copy)
Section A - Patient
Name: {{NAME:Eusebio Carrasquillo Rivera}}     DOB: {{DATE:06/13/1959}}     SSN: {{SSN:581-44-2907}}
Address: {{ADDRESS:PO Box 1187}}, {{LOCATION:Immokalee}}, FL {{ZIP:34143}}   Phone: {{PHONE:239-555-0148}}
Household size: 2 (wife {{NAME:Nilda}})   Annual income: $19,400 (farmwork, seasonal)   Insurance: none
Section B - Prescriber
{{NAME:Gwendolyn Achebe}}, MD     NPI {{LICENSE:1265403318}}     State lic FL {{LICENSE:ME 144902}}
Clinic: {{FACILITY:Collier Farmworker Health Center}}   Fax {{FAX:239-555-0199}}
Section C - Medication
  Insulin glargine-yfgn 100 u/mL pens: 38 u daily -> 4 boxes / 90 days
  Insulin aspart (Novolog FlexPen): 6-8 u tid ac -> 3 boxes / 90 days
  Pen needles 32G
Ship to: prescriber office, attn {{NAME:Yolanda Perez}}, MA
Application ID {{ID:NNPAP-2025-0771834}}; prior enrollment ID {{ID:PA-44102}} (expired {{DATE:12/31/2024}})
Patient signature: {{NAME:E. Carrasquillo}}   Date: {{DATE:1/13/25}}
Prescriber signature: {{NAME:G. Achebe}}     Date: {{DATE:01/14/2025}}
Notes: Spanish only; son {{NAME:Jonathan}} helps ({{PHONE:239-555-0157}}). Copy of Form 1040 attached.`,
  `AUDIO-ONLY TELEHEALTH (video failed) - prolactinoma f/u
Pt {{NAME:Zainab Al-Sayegh}}  DOB {{DATE:9 Aug 1996}}  MRN {{MRN:77104392}}
{{DATE:Thursday 06/12/2025}} 10:00-10:18. Pt at work ({{FACILITY:Alderwood Dental Group}}, break room), provider at {{FACILITY:Eastlake Endocrinology}}.
Identity verified w/ DOB + address ({{ADDRESS:2310 Eastlake Ave E, Unit 407}}, {{LOCATION:Seattle}} {{ZIP:98102}}).
Video link {{URL:https://meet.eastlakeendo.example.com/r/ZA-5519}} failed from pt's IP {{IP:203.0.113.19}}, switched to phone {{PHONE:206-555-0188}}.
Hx: microprolactinoma 7 mm (MRI {{DATE:1/2024}}), PRL 148 at dx -> cabergoline 0.25 mg twice weekly. PRL {{DATE:5/30/25}}: 9. Menses regular. No galactorrhea. No headaches.
Wants pregnancy in next year; discussed stopping cabergoline once pregnant, PRL not monitored in pregnancy, visual sx precautions.
Echo not needed at this dose.
MRI repeat {{DATE:Sept 2025}} at {{FACILITY:Northlake MRI}} before conception attempts.
Consent for audio-only obtained. Time 18 min. {{NAME:Farhan Siddiqui}}, MD`,
  `Peds gender clinic - initial consult (endo portion)
{{NAME:River}} ({{NAME:Riley Jo Tennant}} on insurance), age 11, asigned F at birth, uses they/them
MRN {{MRN:PG-40117}}   {{DATE:03/28/2025}}   w/ parents {{NAME:Megan Tennant}} and {{NAME:Chris Tennant}}
Referred by therapist {{NAME:Dana Oyelowo}}, LCSW at {{FACILITY:Blue Heron Family Counseling}} (letter {{DATE:2/20/25}}).
Tanner 2 breast, pubic hair Tanner 2. Menarche not yet. Ht 145 cm (60%), wt 38 kg. Bone age (read {{DATE:3/14/25}}) 11y 6m.
Labs: LH 1.4, FSH 3.2, E2 21 -> early puberty consistent.
Distress with breast development, binding w/ sports bra. Attends {{FACILITY:Cedar Grove Middle School}}; school aware, uses chosen name.
Discussed GnRH agonist (leuprolide 22.5 mg q3mo vs histrelin implant): reversible, bone density (baseline DEXA Z-score needed), fertility not affected at this stage, height.
Both parents consent; {{NAME:River}} assents. Insurance PA submitted ({{ID:PA-LUP-883014}}).
Plan: DEXA, repeat labs, start leuprolide after PA; f/u 3 mo.
{{NAME:Noa Ben-Ami}}, MD (peds endo) / {{NAME:nba}}`,
  `NEUROSURG/ENDO POD#2 - s/p TSS
Pt: {{NAME:ADEYINKA, OBAFEMI}}  MRN {{MRN:P-5560413}}  {{FACILITY:Midlands University Hospital}}, {{FACILITY:Kellerman Neuro ICU}} bed 6
Surgery {{DATE:9/18/24}} (Dr. {{NAME:Wojcik}}): gross total resection NF macroadenoma, path pending (acc {{ID:S24-77120}}).
Overnight: UOP 300-450 mL/h x 4h from 2200, urine SG 1.002, Na 146 -> 148, thirsty.
Dx: central diabetes insipidus (AVP deficiency) - possible triphasic response, watch for SIADH day 5-9.
Given DDAVP 1 mcg IV at 0300 with good response (UOP 80 mL/h, Na 144 at 0800).
Steroids: hydrocortisone 20/10 po since {{DATE:9/20}}; AM cortisol not checked (on HC).
Plan:
 - DDAVP prn only (not scheduled) if UOP > 250 x 2h AND Na > 145
 - Na q6h; drink to thirst; strict I/O
 - d/c home on HC 15/5, LT4 50, DDAVP 0.1 mg po prn; Na check {{DATE:9/26}} at {{FACILITY:Prairie Lab - Dodge St}}
 - endo f/u {{DATE:10/8}}: ACTH stim 6 wk post-op
Wife {{NAME:Titi}} at bedside, updated. Pt asking about work - no commercial driving x 3 mo.
{{NAME:S. Ravindran}} MD / {{NAME:Ibrahim Al-Khatib}} MD (fellow) pager {{PHONE:3318}}`,
  `ACROMEGALY CLINIC
{{NAME:Fernández Olmedo, Joaquín}}  55M  MRN {{MRN:AC-00871}}  visit {{DATE:2025-02-26}}
Dx {{DATE:2022-05}}: IGF-1 612 (2.8x ULN), GH nadir on OGTT 4.1, 1.4 cm macroadenoma invading R cavernous sinus. TSS {{DATE:2022-07-14}} at {{FACILITY:Clinica Castellana del Norte}} in {{LOCATION:Madrid}} - residual in cavernous sinus.
Moved to {{LOCATION:Miami}} {{DATE:2023-11}}.
Now on lanreotide 120 mg q28d (self-inj) + cabergoline 0.5 mg 2x/wk. IGF-1 {{DATE:2/10/25}}: 1.3x ULN (not controlled).
Comorbid: OSA on CPAP, HTN, T2DM (A1c 7.1 on metformin), carpal tunnel (R release {{DATE:2023-03}}), colonoscopy {{DATE:2024-01-19}}: 2 tubular adenomas.
Ring size up? no change. Shoe size stable (US 12).
Plan: add pegvisomant 10 mg daily vs switch to pasireotide (worsens glucose - avoid). Chose pegvisomant -> LFTs monthly x 6. Specialty pharmacy {{FACILITY:Biscayne Rare Disease Pharmacy}}.
Echo, sleep f/u. Radiation discussion with Dr. {{NAME:Ilse Hoffmann-Reyes}} if still uncontrolled.
Wife {{NAME:Mercedes}} {{PHONE:305-555-0193}}.
{{NAME:Camila Restrepo}}, MD`,
  `ENDOCRINE - adrenal mass w/ paroxysms
Patient: {{NAME:Sorensen, Kjell-Arne}}   DOB {{DATE:02/29/1964}}   MRN {{MRN:10448297}}   Date {{DATE:11/07/2024}}
Referring: Dr. {{NAME:Hyacinth Ogbu}}, cardiology, {{FACILITY:Fargo Heart & Vascular}}
60M w/ episodic headache, sweating, palpitations ~weekly x 6 mo; BP up to 220/120 during spells, 138/86 between. Wife {{NAME:Ingeborg}} times them on her phone.
CT {{DATE:10/18/24}}: 4.2 cm R adrenal mass, 38 HU unenhanced, heterogeneous, no washout.
Plasma free metanephrines: normetanephrine 8.9 (> 4x ULN), metanephrine 2.1 -> pheochromocytoma.
Not Cushing (1 mg DST 1.1). Aldo/renin nl.
Plan:
 - start doxazosin 2 mg qhs, titrate to 8-16; high salt diet + fluids; then propranolol after 7-10 days (never beta-blocker first)
 - genetic testing (FH: brother {{NAME:Lars}} had "neck tumor" - ?MEN2/ RET, VHL, SDHx) ref {{ID:GEN-2024-11-0739}}
 - lap R adrenalectomy w/ Dr. {{NAME:Marisa Thorsgaard}} ~ {{DATE:12/10/2024}}
 - BP log at home, call {{PHONE:701-555-0137}} nurse line if > 180
Lives in {{LOCATION:West Fargo}}, {{ADDRESS:811 Sheyenne St, Apt 5}}, {{ZIP:58078}}; farm equipment dealer at {{FACILITY:Red River Implement}}.
{{NAME:Anouk van der Meer}}, MD`,
  `Men's health / hypogonadism visit
{{NAME:Tobiah Marquez}} 41M  MRN {{MRN:HG-551029}}  seen {{DATE:6/18/2025}}  room 3
Low libido, ED, fatigue x 1 yr. BMI 34. AM total T {{DATE:5/20}} 0800: 212, repeat {{DATE:6/3}}: 238 (nl 264-916). LH 2.1, FSH 3.0 (inappropriately nl -> secondary). PRL 11, ferritin 140, TSH 2.0. Pituitary MRI not indicated (T > 150, no other deficits).
Likely functional hypogonadism from obesity + OSA (untreated). Also uses "pre-workout" from {{FACILITY:IronHouse Gym}} - checked label, no anabolic steroids listed.
Wants kids with partner {{NAME:Giselle}} in 1-2 yr -> NO exogenous testosterone (suppresses sperm). Discussed clomiphene 25 mg qod (off-label) vs weight loss/Wegovy first.
Plan: sleep study ({{FACILITY:Summit Sleep Lab}}), clomiphene 25 qod, recheck T/E2/Hct 6 wk, semen analysis baseline.
Pt works IT at {{FACILITY:Copper State Credit Union}}; email {{EMAIL:tmarquez41@zmail.example.net}}.
{{NAME:Ravi Sundaram}}, MD`,
  `BONE HEALTH CLINIC - very high fracture risk
{{NAME:Lindqvist-Farrow, Ottilie}}   73F   MRN {{MRN:BH-66130}}   {{DATE:Jan 9th 2025}}
Fractures: T11 + L1 vertebral compression ({{DATE:Oct 2024}}, lifting grandson {{NAME:Theo}}), R distal radius {{DATE:2021-06-14}}.
DXA {{DATE:12/18/24}} ({{FACILITY:Kessler Women's Imaging}}): L1-L4 T -3.4, FN -2.8, TH -2.5. TBS 1.19 (degraded).
FRAX (BMD, TBS-adjusted): MOF 38%, hip 9.1%.
Labs: Ca 9.4, PTH 44, 25-OH D 41, Cr 0.8, TSH 1.6, SPEP neg, tTG neg, 24h urine Ca 190.
No MI/stroke in past yr (needed for romosozumab - boxed warning). BP 126/74.
Plan: romosozumab (Evenity) 210 mg monthly x 12 -> then zoledronic acid (or denosumab) to consolidate.
 - PA submitted {{DATE:1/9/25}}, ref {{ID:EVN-0193844}}; member {{HEALTH_PLAN:HUM-Z44102877}}
 - injections at clinic nurse visit; first ~{{DATE:Feb 3}}
 - dental: ok (Dr. {{NAME:Szymanski}}, {{FACILITY:Lakeside Family Dental}}, exam {{DATE:12/2024}})
 - fall prevention PT at {{FACILITY:Kessler Rehab - Riverside}}
Husband {{NAME:Gunnar}} (hearing aids) - write things down. Pt email {{EMAIL:ottilie.lf@oldmail.example.org}}.
{{NAME:Harriet Oyelowo-Banks}}, MD / {{NAME:hob}}`,
  `vit d def f/u - pt {{NAME:ana-maria petrescu}} 38f mrn {{MRN:30221987}} seen {{DATE:4/17/25}}
25-oh d was 9 on {{DATE:1/6/25}}, took ergocalciferol 50k weekly x 12 (finished {{DATE:3/31}}), now 34. ca 9.2, pth 58 -> 41. alk phos nl.
sx: bone aches better, still tired. celiac screen neg. gastric bypass? no. darker skin, covers for work (nurse aide nights at {{FACILITY:evergreen terrace care home}}), little sun.
also hashimoto on lt4 88, tsh 2.8 ok.
plan: d3 2000 iu daily maintenance, recheck 3 mo. calcium from diet (yogurt) ~1000 mg.
she asked re her mom {{NAME:doina}} ({{AGE:92}}, lives w/ her in {{LOCATION:sterling heights}}) who fell - told her mom needs own pcp visit, gave our new pt line {{PHONE:586-555-0106}}.
pt phone {{PHONE:586-555-0184}}, address updated to {{ADDRESS:44120 van dyke ave apt 12}}, {{ZIP:48314}}.
sister {{NAME:Ioana}} in {{LOCATION:Cluj-Napoca}} sends vitamins from there, told to stop those (unknown dose).
- {{NAME:k. abernethy}} pa-c`,
  `DSMES GROUP CLASS - "Living Well with Type 2" session 3 of 4
Date: {{DATE:Wed Oct 22 2025}}   Location: {{FACILITY:Eastside Senior Center}}, Community Rm 2 (off-site class)
Instructors: {{NAME:Bianca Ferreira}}, RD, CDCES; {{NAME:Lamar Whitfield}}, RN
Topic: medications (metformin, SGLT2i, GLP-1 RA incl. Ozempic/Trulicity, insulin basics), sick days, hypoglycemia.
Roster (sign-in)            MRN           A1c last
 {{NAME:Abernathy, Claude}}          {{MRN:4412098}}      8.1
 {{NAME:Bui, Thu}}                   {{MRN:4430117}}      7.4
 {{NAME:Castro-Villa, Inés}}         {{MRN:4419962}}      9.6
 {{NAME:Dufresne, Marcel}}           {{MRN:4402281}}      6.9
 {{NAME:Ekwueme, Ngozi}}             {{MRN:4425590}}      7.8
 {{NAME:Fitzpatrick, Nora}}  absent - called, car trouble
Notes: {{NAME:Claude}} brought his wife {{NAME:Jolene}}; {{NAME:Ines}} needs Spanish handouts next time; {{NAME:Marcel}} asked about Mounjaro coverage (Medicare Part D, may be tier 3).
Billing: G0109 x 4 units each attendee. Next session {{DATE:10/29}}.`,
  `Dexcom Clarity export (CSV, trimmed) - attached to chart {{DATE:2024-09-03}}
Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Transmitter ID
1,,FirstName,,{{NAME:Keanu}},,,,
2,,LastName,,{{NAME:Kahananui}},,,,
3,,DateOfBirth,,{{DATE:2008-03-17}},,,,
4,,Device,,,G6 Receiver,{{DEVICE:SM54108821}},,
5,{{DATE:2024-08-30T06:05:12}},EGV,,,,{{DEVICE:SM54108821}},212,{{DEVICE:8G3TW1}}
6,{{DATE:2024-08-30T06:10:12}},EGV,,,,{{DEVICE:SM54108821}},219,{{DEVICE:8G3TW1}}
7,{{DATE:2024-08-30T06:15:11}},EGV,,,,{{DEVICE:SM54108821}},High,{{DEVICE:8G3TW1}}
8,{{DATE:2024-08-30T06:22:40}},Insulin,Fast-Acting,,,,,
9,{{DATE:2024-08-30T07:02:03}},Carbs,,,,,,
10,{{DATE:2024-08-30T12:40:55}},Alert,Low,,,,61,{{DEVICE:8G3TW1}}
Clinic note ({{NAME:Leilani Akana}}, CDCES): surfing mornings before school at {{FACILITY:Windward Pali High School}} - lows midday; reduce breakfast ratio 1:8 -> 1:10. Receiver from {{FACILITY:Windward Medical Supply}}.
Parent {{NAME:Malia Kahananui}} {{PHONE:808-555-0162}}.`,
  `FAX COVER - URGENT CGM ORDER
TO: {{FACILITY:Mountain West Home Medical}} - Diabetes Dept    FAX: {{FAX:(801) 555-0124}}
FROM: {{FACILITY:Granite Peak Endocrinology}}, {{ADDRESS:3760 S Highland Dr, Ste 300}}, {{LOCATION:Salt Lake City}} {{ZIP:84106}}
PHONE: {{PHONE:(801) 555-0120}}   FAX: {{FAX:(801) 555-0121}}
DATE: {{DATE:07/14/2025}}   PAGES: 6 (incl. cover)
RE: {{NAME:Halloran, Brigid}}  DOB {{DATE:05/05/1958}}  Medicare {{HEALTH_PLAN:7XK2-RT4-PW19}}
Enclosed: SWO for Dexcom G7 (E2103 receiver not needed - uses phone; A4239 sensors x 3/mo), last 2 visit notes ({{DATE:6/2/25}}, {{DATE:7/10/25}}) documenting insulin use (Lantus 22 u) and level 2 hypoglycemia ({{DATE:6/28/25}}, BG 49), A1c 7.8.
Supplier acct # for pt: {{ACCOUNT:MWH-0081442}}.
Contact: {{NAME:Shay}} in our DME desk, ext {{PHONE:214}}.
Pt address for shipping: {{ADDRESS:1229 E Wilmington Ave}}, {{LOCATION:Millcreek}} UT {{ZIP:84106}}.
CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error, call the sender and destroy all copies.`,
  `Endocrinology follow-up (Korean interpreter)
Patient: {{NAME:Park Soon-ja}} ({{NAME:박순자}})   DOB {{DATE:1951.04.02}}   MRN {{MRN:K-2209174}}   Visit {{DATE:2025.03.18}}
Interpreter: {{NAME:Grace Yoon}}, in person, ID badge {{ID:INT-KR-0093}}
Son {{NAME:Park Jae-hyun}} (goes by {{NAME:Jay}}) also present; his phone {{PHONE:201-555-0145}}.
Subclinical hypothyroidism vs early Hashimoto: TSH 8.9 ({{DATE:2/28/25}}), 7.6 ({{DATE:11/14/24}}), FT4 0.9, TPO Ab 320.
Pt takes seaweed soup (miyeok-guk) daily since her granddaughter's birth - iodine excess can worsen Hashimoto hypothyroidism (Wolff-Chaikoff). Also on amiodarone? no - was stopped {{DATE:2023-08}} by cardiology.
Sx: fatigue, constipation, LDL 148.
Plan: start levothyroxine 25 mcg (age 73, CAD), take empty stomach, 4 hr from calcium. Reduce daily seaweed to 1-2x/week. TSH in 6-8 wk at {{FACILITY:Fort Lee Medical Lab}}.
Lives with son at {{ADDRESS:1580 Anderson Ave, Apt 9C}}, {{LOCATION:Fort Lee}}, NJ {{ZIP:07024}}.
Korean handout given. Teach-back via interpreter ok.
{{NAME:Eun-ji Shin-Whitaker}}, MD   cc PCP Dr. {{NAME:Kang}}`,
  `Admission Date: [**{{DATE:2148-06-11}}**]       Discharge Date: [**{{DATE:2148-06-17}}**]
Date of Birth: [**{{DATE:2071-02-03}}**]       Sex: F
Service: MEDICINE
Attending: [**{{NAME:First Name3 (LF) 1922}}**]
HISTORY OF PRESENT ILLNESS: 77 yo F with h/o Graves disease (dx [**2146**]) off methimazole x 3 mo presenting from [**{{FACILITY:Hospital 1474}}**] with fever 103, AF with RVR 160s, agitation, diarrhea. TSH <0.01, FT4 >7.8. Burch-Wartofsky 65 -> thyroid storm.
HOSPITAL COURSE: MICU x 3 days. PTU 200 q4h, then SSKI 5 gtt q6h 1 hr after, hydrocortisone 100 q8h, propranolol 60 q4h, cholestyramine. Improved. Transitioned to methimazole 30 mg daily.
Seen by endocrine (Dr. [**{{NAME:Last Name (STitle) 8810}}**]) - plan RAI vs thyroidectomy once euthyroid.
DISCHARGE DISPOSITION: Home with services ([**{{FACILITY:Company 1729}}**] VNA)
FOLLOW-UP: Dr. [**{{NAME:Last Name (STitle) 8810}}**], Endocrine, [**{{DATE:2148-07-01}}**] 10:30 AM, phone [**{{PHONE:Telephone/Fax (1) 4471}}**].
Daughter [**{{NAME:Name (NI) 2290}}**] is HCP, lives in [**{{LOCATION:Location (un) 5521}}**]. Pt's nephew works at [**{{FACILITY:Location (un) 2172}}**] pharmacy.
[**{{NAME:First Name11 (Name Pattern1) 301}}**] [**{{NAME:Last Name (NamePattern4) 5587}}**], MD  [**{{LICENSE:MD Number(1) 5588}}**]
Completed by: [**{{DATE:2148-06-18}}**]
Addendum [**{{DATE:6-19}}**]: TSH, FT4 recheck in 1 week; methimazole 30 mg continue. Pt and daughter aware. Fax PCP [**{{FAX:Telephone/Fax (2) 9034}}**].`,
  `E-CONSULT (interprofessional) - Endocrinology
Requesting: {{NAME:Hollis Weatherby}}, DO, {{FACILITY:Clearwater Rural Health Clinic}}, {{LOCATION:Orofino}} ID
Date requested {{DATE:09/09/2025}}   Answered {{DATE:09/10/2025}}   E-consult # {{ID:EC-25-30918}}   CPT 99451
Patient: {{NAME:Lutz, Wendell}}  DOB {{DATE:08/08/1949}}  MRN {{MRN:CRH-009114}}
Question: 76M, TSH 0.21, FT4 1.3, T3 nl, on no thyroid meds, no amiodarone. Asymptomatic. Afib hx. Treat?
Data reviewed: TSH 0.28 ({{DATE:4/2025}}), 0.21 ({{DATE:8/26/2025}}); thyroid US {{DATE:8/30/25}} at {{FACILITY:Lewiston Valley Imaging}}: multinodular goiter, largest 2.4 cm L, TR3.
Answer ({{NAME:Priyamvada Sethi}}, MD, endocrinology):
 Likely toxic multinodular goiter causing grade 1 subclinical hyperthyroidism (TSH 0.1-0.4). Given age > 65 and AF, treatment is reasonable. Options: RAI (Graves unlikely, TRAb would help exclude) or low-dose methimazole 5 mg. Suggest:
 1. TRAb, repeat TSH/FT4/T3 in 6 wk
 2. I-123 uptake and scan ({{FACILITY:Lewiston Valley Imaging}} does it)
 3. DEXA (bone loss with low TSH)
 4. TR3 2.4 cm nodule: FNA threshold 2.5 cm - US again in 1 yr, or FNA if cold on scan
Refer in person if uptake shows cold nodule or pt prefers surgery. Time 18 min.
Contact {{EMAIL:psethi@inlandendo.example.org}} / {{PHONE:208-555-0102}}`,
  `Patient message  (portal)  {{DATE:Sun 11/16/2025 8:03 PM}}
From: {{NAME:Desmond Achterberg-Lowe}} (parent of {{NAME:Wyatt Achterberg-Lowe}}, DOB {{DATE:6/6/2016}})
To: Pediatric Diabetes - Dr. {{NAME:Oduya}}'s team
Subject: red bump at pod site - pictures attached

Hi! {{NAME:Wyatt}}'s pod site on his back of arm (changed {{DATE:11/14}}) is red and a little hard, about the size of a nickel. No fever. Attaching 2 pics: {{PHOTO:wyatt_arm_1116_a.heic}} and {{PHOTO:wyatt_arm_1116_b.heic}}. We took the pod off. Sugars running 220-280 today with Omnipod 5 in auto mode, ketones 0.3. Should I put him on antibiotics or just warm compress? His pump is PDM SN {{DEVICE:OP5-44B2-81097}} if you need it. My cell {{PHONE:509-555-0138}}. We're in {{LOCATION:Selah}} this weekend at grandma's.
Thanks, {{NAME:Des}}

Reply {{DATE:11/16/25}} 8:41 PM, on-call RN {{NAME:Paula Ostrander}}: reviewed pics with Dr. {{NAME:Ngata}} (on call). Looks like mild site irritation, not abscess. Warm compress, outline with pen; if spreading past line, fever, or pus -> urgent care ({{FACILITY:Selah Urgent Care}}) tonight. Rotate sites, avoid this arm 2 wk. -{{NAME:PO}}`,
  `REGISTRATION / CHECK-IN EXCEPTION - {{FACILITY:Lakeshore Endocrine & Diabetes Center}}
{{DATE:03/03/2025 07:48}}  Front desk: {{NAME:Tiffani Olander}}
Patient: {{NAME:Gutierrez Salas, Rosa Elvira}}   DOB {{DATE:12/24/1955}}   MRN {{MRN:E40127755}}
Kiosk palm-vein scan failed x3 (hands cold). Enrolled template {{BIOMETRIC:PV-7F3A-0091-22C8}} on file since {{DATE:06/10/2022}}. Re-enrolled new template {{BIOMETRIC:PV-7F3A-0144-9B1D}} with pt consent, old template deactivated.
ID checked: FL driver license {{LICENSE:G263-551-55-824-0}}; insurance card updated - Medicare Advantage member {{HEALTH_PLAN:H5521-0918447-01}}.
Address change: now {{ADDRESS:7715 Gulf Blvd, Unit 304}}, {{LOCATION:St. Pete Beach}} FL {{ZIP:33706}} (was in {{LOCATION:Hialeah}}).
Phone: home {{PHONE:727-555-0165}}; email {{EMAIL:rosaelvira.gs@correo.example.com}}
Emergency contact: daughter {{NAME:Yadira Salas}} {{PHONE:727-555-0132}}
Photo for chart retaken: {{PHOTO:pt_photo_E40127755_20250303.png}}
Copay collected $40, receipt to account {{ACCOUNT:LEDC-552190}}.
Appt today 0800 with Dr. {{NAME:Ellison}} (thyroid US f/u) - checked in 0752, room 6.`,
  `{{FACILITY:Bayview Lipid & Preventive Cardiology Clinic}}
{{ADDRESS:220 Harbor Point Rd}}, {{LOCATION:Annapolis}}, MD {{ZIP:21403}}

{{DATE:May 12, 2025}}

Dear {{NAME:Karim Haddad}},

Your sister, {{NAME:Nasrin Haddad}}, has agreed that we may write to you. She was found to carry a disease-causing variant in the LDLR gene (c.1775G>A), which causes familial hypercholesterolemia (FH). Each brother, sister and child of a person with FH has a 50% chance of having it, and FH is very treatable when found early.
We recommend that you (and your children, {{NAME:Ziad}} and {{NAME:Rania}}) have a lipid panel, and if you wish, targeted genetic testing for this one variant. Your own doctor can order this, or we can see you here. Testing is free for relatives through the lab's family program (family code {{ID:FAM-LDLR-30784}}).
Please bring this letter to your doctor. Our genetic counselor, {{NAME:Siobhan Kearney-Ortiz}}, MS, CGC, can answer questions at {{PHONE:410-555-0127}} or {{EMAIL:skearney@bayviewlipid.example.org}}.

Warm regards,
{{NAME:Monique Latour}}, MD, FNLA`,
  `{{DATE:14 August 2025}}

Dr. {{NAME:Chinonso Eze}}
{{FACILITY:Lagoon Endocrine & Diabetes Centre}}, {{ADDRESS:12 Admiralty Way}}, {{LOCATION:Lekki}}, {{LOCATION:Lagos}}

Dear Dr {{NAME:Eze}},
Re: {{NAME:Oluwaseun Adebayo-Clarke}} ("{{NAME:Seun}}"), DOB {{DATE:03/11/1984}}, our MRN {{MRN:LD-5510278}}

Thank you for taking over the care of Mrs {{NAME:Adebayo-Clarke}}, who relocates to {{LOCATION:Lagos}} on {{DATE:1 September 2025}}.
Diagnoses: differentiated thyroid cancer (follicular variant PTC, 2.6 cm, pT2N0) s/p total thyroidectomy {{DATE:4/2/2024}} + RAI 30 mCi {{DATE:6/2024}}; postsurgical hypoparathyroidism (transient, resolved); T2DM on metformin + Ozempic 1 mg (she will need to source semaglutide locally).
Latest: Tg 0.3 on LT4 (TgAb neg), TSH 0.9 ({{DATE:7/21/25}}); US neck {{DATE:7/21/25}} negative; A1c 6.6.
Current meds: levothyroxine 125 mcg, metformin XR 1500, Ozempic 1 mg weekly, atorvastatin 20.
She can be reached at {{PHONE:+234 803 555 0142}} or {{EMAIL:seun.adebayoclarke@postbox.example.com}}. Records on the enclosed USB and via our portal {{URL:https://records.lakedistrictendo.example.org/share/LD5510278}} (code sent separately).

Yours sincerely,
{{NAME:Eleanor Whitcombe}}, MD, {{FACILITY:Lake District Endocrine Associates}}, {{LOCATION:Minneapolis}}`,
  `CAMP NIGHT LOG - Cabin 4 (boys 10-12), {{FACILITY:Camp Huckleberry Diabetes Camp}}
Night of {{DATE:7/22}}   Counselor: {{NAME:Diego}} (CIT), Med staff: {{NAME:Hannah R.}}, RN
camper      bed BG  2am BG  action
{{NAME:Owen P.}}     142     118     none
{{NAME:Jamal}}       98      64      15g juice, recheck 92 @ 0220
{{NAME:Liam O'Connor}} 231   188     pump correction (Control-IQ auto)
{{NAME:Ty}}          177     155     none
{{NAME:Rohan Mehta}}  84     71      4 tabs (loop auto-suspended)
{{NAME:Benny}}       305     262     ketones 0.2, site change (kinked cannula), +corr 1.5u
{{NAME:Aiden K.}}    160     149     none
Notes: {{NAME:Jamal}} had swim + canoe today, basal down 30% tmrw per Dr. {{NAME:Feinberg}}.
{{NAME:Benny}}'s G6 transmitter {{DEVICE:8JX2PL}} expiring - spare in med hut.
Parents called: {{NAME:Rohan}}'s mom {{NAME:Sunita Mehta}} ({{PHONE:630-555-0108}}) re lows, reassured.
Next AM: wake 0700, BG before breakfast.
-{{NAME:HR}}`,
  `NURSING HOME - endocrine consult (telemedicine cart)
{{FACILITY:Whispering Oaks Care Center}}, {{LOCATION:Tupelo}} MS, unit 2 rm 211
{{DATE:02/11/2025}}   Resident: {{NAME:Beasley, Ora Mae}}   {{AGE:92}} yo F   MRN {{MRN:WO-2281}}
Consult by facility NP {{NAME:Jolene Pruitt}} for TSH 0.04 on levothyroxine 125 mcg.
Hx hypothyroid since 1970s (per old chart, post-RAI for Graves). Weight down 9 lb in 3 mo, new AF on EKG {{DATE:2/3/25}}, more falls.
Dose was raised from 100 to 125 by hospitalist at {{FACILITY:Natchez Trace Regional}} - record says "for TSH 6" during pneumonia admission {{DATE:Oct 2024}} (sick euthyroid likely, shouldn't have been changed).
At {{AGE:92}}, target TSH 4-7 reasonable.
Plan: reduce LT4 to 88 mcg, TSH in 6 wk; give LT4 at 0600 apart from calcium/iron (MAR change); anticoagulation per cardiology; DEXA not needed - treat as osteoporotic, vit D.
Granddaughter {{NAME:Kiesha Beasley}} ({{PHONE:662-555-0171}}) updated; she asks for copy by mail to {{ADDRESS:PO Box 372}}, {{LOCATION:Saltillo}} MS {{ZIP:38866}}.
Consultant: {{NAME:Adaeze Nwosu}}, MD, via cart; nurse {{NAME:Bobbie}} presenting.`,
  `PEDS ENDO - CAH follow-up
{{NAME:Sophia Marie Delgadillo}} ("{{NAME:Sophie}}")  DOB {{DATE:10/30/2019}}  MRN {{MRN:C-3310824}}
Visit {{DATE:Dec 3, 2024}} with mom {{NAME:Araceli Delgadillo}} and grandma {{NAME:Chayo}}.
Classic salt-wasting 21-OH deficiency (newborn screen 17-OHP 212, CYP21A2 I2 splice/del). Genitoplasty not done - family chose to defer, Prader II at birth.
Meds: hydrocortisone 3/2/2 mg (13 mg/m2/d), fludrocortisone 0.1 mg, NaCl 1 g/d (stopped age 1).
Labs 2 hr post AM dose: 17-OHP 1,480 ng/dL, androstenedione 38, renin 2.1. Growth: ht 75%ile (mid-parental 40%ile) - advancing.
Bone age ({{DATE:11/26/24}}): 6y 10m at CA 5y 1m -> advanced.
Plan: increase HC to 4/2/2; stress dose teaching reviewed (triple dose, Solu-Cortef 50 mg IM); new emergency letter for {{FACILITY:Little Sprouts Preschool}}; Solu-Cortef kit refill to {{FACILITY:Rio Grande Children's Pharmacy}}.
Mom's cell {{PHONE:915-555-0112}}; home {{ADDRESS:10421 Montwood Dr}}, {{LOCATION:El Paso}} {{ZIP:79935}}.
{{NAME:Efua Mensah-Larbi}}, MD`,
  `PRE-PARTICIPATION PHYSICAL + DIABETES ADDENDUM (athletics)
Student-athlete: {{NAME:MCCLENDON, DARIUS}}   DOB {{DATE:05/19/2009}}   Sport: football (OL)
School: {{FACILITY:Gaston Ridge High School}}   Athletic trainer: {{NAME:Ricky Vance}}, ATC   Coach {{NAME:Pressley}}
Exam date {{DATE:07-21-2025}}   Examiner: {{NAME:Adrienne Colquitt}}, MD ({{FACILITY:Piedmont Youth Endocrine}})
Youth-onset T2DM dx {{DATE:03/2023}} (A1c 10.1, antibodies neg). Now metformin XR 2000 + liraglutide (Victoza) 1.8 mg. A1c 7.0 ({{DATE:7/1/25}}). Acanthosis nigricans neck. BMI 38.9 (>99th %ile). BP 128/80 (stage 1 for age) - recheck.
Cleared for full participation: YES.
Diabetes addendum:
 - no insulin, low hypo risk; still keep glucose tabs in trainer kit
 - check BG if dizzy/shaky; hydrate (heat illness risk at two-a-days)
 - GI upset on Victoza days - take at night
 - UACR 12 (nl); lipids: TG 188, LDL 119; ALT 52 (MASLD?) - US liver ordered
Parent: {{NAME:LaTonya McClendon}} {{PHONE:704-555-0153}}; home {{ADDRESS:219 Crowders Creek Rd}}, {{LOCATION:Gastonia}} {{ZIP:28052}}
Signed {{NAME:A. Colquitt}} MD, NC lic {{LICENSE:2009-01174}}`,
  `BARIATRIC INSURANCE CHECKLIST (pre-op packet) - coordinator {{NAME:Jessamyn Price}}
Pt: {{NAME:Hollingsworth, Trent}}   DOB {{DATE:9/3/1987}}   MRN {{MRN:BS-1190037}}   Payer member {{HEALTH_PLAN:SHP-902214581}}
Procedure requested: sleeve gastrectomy, CPT 43775, surgeon Dr. {{NAME:Mbeki}}
[x] BMI >= 40 or >= 35 + comorbidity: BMI 44.6; T2DM (A1c 7.9), HTN, OSA
[x] 6 consecutive monthly supervised weights:
      {{DATE:10/07/24}} 331   {{DATE:11/04/24}} 328   {{DATE:12/09/24}} 330
      {{DATE:01/06/25}} 325   {{DATE:02/03/25}} 322   {{DATE:03/03/25}} 319
[x] psych clearance ({{NAME:R. Koslowski}}, PsyD, {{DATE:2/24/25}})
[x] nutrition clearance ({{NAME:Gina Falcone}}, RD)
[x] endocrine clearance - Dr. {{NAME:Bhandari}} {{DATE:3/10/25}}: hold Mounjaro 1 wk pre-op (aspiration risk), glargine 80%
[ ] H. pylori breath test - scheduled {{DATE:3/20}} at {{FACILITY:Sandhills GI Lab}}
[x] smoking: never. Nicotine screen neg.
Submitted to payer {{DATE:3/21/2025}}, auth # pending; portal ref {{ID:SHP-PA-77310219}}.
Pt employer {{FACILITY:Carolina Poultry Processing}} - FMLA forms to HR fax {{FAX:910-555-0196}}.
Pt phone {{PHONE:910-555-0125}}.`,
  `GAHT telehealth - refill + labs (video)
{{DATE:10/14/2025}} 16:40   Pt: {{NAME:Marcus Okonjo-Webb}} (chosen), legal {{NAME:Marcia Okonjo-Webb}}   DOB {{DATE:04/09/1992}}   MRN {{MRN:GA-78231}}
Located at home in {{LOCATION:Decatur}}, GA (licensed state confirmed). Link {{URL:https://video.peachtreegender.example.org/join/7731-kq}}; pt IP {{IP:198.51.100.77}}.
On testosterone enanthate (Xyosted) 75 mg SC weekly x 3 yr. Hct 51.2 ({{DATE:9/30/25}}) - up from 48.9. Snores, BMI 31, no sleep study yet.
Plan: sleep study referral; hold dose increase; lower to 62.5? Xyosted doses 50/75/100 only -> keep 75, donate blood not advised, recheck CBC 8 wk. If Hct > 54 hold.
Refill Xyosted 75 mg x 4 autoinjectors, 2 refills to {{FACILITY:Ponce City Specialty Pharmacy}}; PA renewal ref {{ID:XY-5513-0271}}.
Lab order sent to {{FACILITY:Candler Road Patient Service Center}} (lab acct {{ACCOUNT:PSC-4481-0932}}), fasting not needed.
Partner {{NAME:Dre}} in background, pt ok with that.
Letter for updated passport ({{ID:PP-2025-10-5561}}) signed.
{{NAME:Temperance Oduya}}, NP, PMHNP-BC`,
  `Subject: Share your Dexcom data with {{FACILITY:Bluestem Diabetes Clinic}}
Sent: {{DATE:1/27/2025 3:14 PM}}
To: {{EMAIL:h.yellowhorse.1987@tribalnet.example.com}}
Cc: {{NAME:Marla Hopkins}}, RN CDCES <{{EMAIL:mhopkins@bluestemdiabetes.example.org}}>

Hi {{NAME:Harlan}},
It was good to see you on {{DATE:Jan 24}}. To let us see your G7 readings between visits, please open this link on your phone and enter the clinic share code:
   {{URL:https://clarity.dexcom.example.com/share/invite?c=BSDC-4471}}
   Clinic share code: {{ID:BSDC-4471-HY}}
Your receiver serial (from the box) is {{DEVICE:PX7220118}} - you do not need this for the link, just in case support asks.
Reminder from your visit: Lantus 32 units at bedtime, metformin twice a day, and call us if fasting sugars go under 80. Your A1c was 8.7 and we are aiming for under 7.5.
If the link doesn't work, call me at {{PHONE:918-555-0149}} or come by the {{LOCATION:Pawhuska}} outreach day on {{DATE:February 10}}.
- {{NAME:Marla}}
{{FACILITY:Bluestem Diabetes Clinic}} | {{ADDRESS:1016 Lynn Ave}}, {{LOCATION:Pawhuska}}, OK {{ZIP:74056}}`,
  `NUCLEAR MEDICINE - I-131 THERAPY RECORD (hyperthyroidism)
{{FACILITY:Sierra Foothills Nuclear Medicine}}, {{LOCATION:Grass Valley}}       Rx date {{DATE:08/19/2025}}
Patient: {{NAME:Whitlow, Maribeth Anne}}   DOB {{DATE:11/02/1979}}   MRN {{MRN:NM-400219}}
Authorized user: {{NAME:Dmitri Sokolov}}, MD   referring endo: {{NAME:Rosalind Feld}}, MD
Dx: Graves disease (TRAb 9.1), failed methimazole (relapse x2), no orbitopathy (CAS 0/7). Methimazole stopped {{DATE:8/14}}.
24 h uptake ({{DATE:8/18/25}} 0910): 68%; gland est. 45 g.
Dose: 12.6 mCi I-131 sodium iodide capsule, lot 25H-0871, assayed 12.4 mCi, administered 1030.
Pregnancy test neg ({{DATE:8/19/25}}, accession {{ID:HCG-88213}}); not breastfeeding; avoid pregnancy x 6 mo.
Radiation precautions x 5 days given in writing: sleep apart, distance from kids ({{NAME:Ella}} 6, {{NAME:Gus}} 9) - kids to stay with aunt {{NAME:Corinne}} in {{LOCATION:Nevada City}} until {{DATE:8/24}}; no work (kindergarten aide at {{FACILITY:Bitney Springs School}}) until {{DATE:8/26}}.
Expect hypothyroid 6-12 wk; labs {{DATE:9/22}} at {{FACILITY:Gold Country Labs}}.
Pt phone {{PHONE:530-555-0188}}; home {{ADDRESS:13060 Rough and Ready Hwy}}, {{ZIP:95945}}.
RSO witness: {{NAME:T. Mbatha}}, CNMT`,
];

export const HELDOUT_REALISTIC_115_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout115-${i + 1}`, n));
