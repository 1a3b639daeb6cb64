// A twenty-first held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION). It is shaped like the i2b2/n2c2 2014 de-identification
// corpus: longitudinal records from an invented Mid-Atlantic academic hospital (Chesapeake
// University Hospital, CUH) and its affiliated community hospitals and practices, with "Record
// date:" headers and years shifted into 2060-2110. Kinds: primary-care and cardiology visits,
// endocrine and renal follow-ups, admission H&Ps, discharge summaries, referral letters and
// replies, ED notes, telephone notes, cath/echo reports, dialysis, podiatry, eye, dietitian,
// pharmacy, social work and nursing-home notes, for adults with diabetes, CAD, CHF and CKD.
// Clinicians, families, employers, towns, hospitals (full names and abbreviations) and named
// wards appear naturally; dates with and without years, ages including 90+, phones, pagers, MRNs.
// Some notes are dense with identifiers, most are ordinary. Many look-alike non-PHI are included
// (eponyms, drugs and doses, units, scores, lab values, device models, rooms and beds, CPT/ICD
// codes, years and weekdays alone, clock times, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; labels ("MRN:", "DOB") stay outside spans; a time attached to a full date is
// part of it; a weekday written with a date is part of it; a date range written as one token is
// one DATE span; states, countries, a year alone, weekdays alone, clock times alone and ages of 89
// and under are not PHI; ages of 90 and over are AGE; hospitals, clinics, named wards, schools,
// employers, nursing homes, pharmacies, labs and agencies of a patient are FACILITY; payers and
// state or federal agencies are not PHI; lot, NDC, CLIA and trial numbers are not PHI; short
// in-house pagers and extensions are PHONE; typist initials are NAME; NPI and DEA numbers are
// LICENSE; accession and order numbers are ID; device serials are DEVICE; insurer member numbers
// are HEALTH_PLAN; billing account numbers are ACCOUNT.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9395 / 0.9675; pass-11 engine (789a1c5) 0.9624 / 0.9657; pass-12 final engine (e2077ee) 0.9748 / 0.9654.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2084-03-12}}

{{FACILITY:CHESAPEAKE UNIVERSITY HOSPITAL}} - {{FACILITY:INTERNAL MEDICINE ASSOCIATES}}
{{NAME:Hollis, Everett}}  MRN: {{MRN:4471829}}

Mr. {{NAME:Hollis}} is a 67 yo man with type 2 DM, HTN and CKD stage 3a who returns for routine follow-up. He was last seen by me on {{DATE:11/20/83}}. Since then he had a brief stay at {{FACILITY:Severn Ridge Community Hospital}} for cellulitis of the L shin ({{DATE:1/4-1/8/84}}), treated with cefazolin then Keflex 500 mg QID.

He continues to work part time as a dispatcher at {{FACILITY:Crestline Trucking}} in {{LOCATION:Glen Burnie}}. Wife {{NAME:Marjorie}} manages his pillbox.

Meds: metformin 1000 mg BID, glipizide 5 mg qAM, lisinopril 20 mg, atorvastatin 40 mg, ASA 81.
A1c 8.1 (was 7.6 in {{DATE:Oct}}), Cr 1.5, eGFR 48, K 4.9, LDL 88.
Exam: BP 146/84, HR 76, BMI 33. Monofilament intact bilat. No Homans sign.

A/P:
1. DM2 - add empagliflozin 10 mg; stop glipizide if lows.
2. HTN - increase lisinopril to 40 mg, BMP in 2 wks.
3. CKD 3a - urine ACR; renal referral to Dr. {{NAME:Okonkwo}} at {{FACILITY:CUH}} if ACR >300.
RTC 3 months, sooner prn. Called pt at {{PHONE:(410) 555-0142}} with lab plan.

{{NAME:Priya Raman}}, MD  pager {{PHONE:3-4418}}`,
  `Record date: {{DATE:2091-07-02}}

Cardiology Clinic - {{FACILITY:Wye River Cardiology Associates}}, {{LOCATION:Easton}} office

RE: {{NAME:Delia Carrow}}   DOB {{DATE:05/14/2018}}   MRN {{MRN:0839-221-7}}

Dear Dr. {{NAME:Feingold}},

Thank you for asking me to see Ms. {{NAME:Carrow}}, a 73-year-old retired school librarian (formerly of {{FACILITY:Talbot Ridge Middle School}}) with a history of non-ST elevation MI in 2088 treated with a drug-eluting stent to the mid LAD at {{FACILITY:Chesapeake University Hospital}}. She now reports exertional chest tightness after walking one block, CCS class II, over the past six weeks. No syncope. Two-pillow orthopnea.

ECG today: sinus rhythm 64, old Q waves V1-V3, no acute change. Echo {{DATE:June 18}}: EF 40-45%, mild MR.

Impression: stable angina with possible in-stent restenosis; ischemic cardiomyopathy, NYHA II.

Plan: isosorbide mononitrate 30 mg daily, continue metoprolol succinate 50 mg, clopidogrel 75 mg. Regadenoson SPECT scheduled for {{DATE:Tuesday, July 15}}. If ischemia >10%, cath with Dr. {{NAME:Anand Mistry}}.

Sincerely,
{{NAME:Laurence Abernathy}}, MD, FACC
Tel {{PHONE:410-555-0177}}  Fax {{FAX:410-555-0178}}
cc: {{NAME:Delia Carrow}}
{{NAME:LA}}/{{NAME:tm}}`,
  `Record date: {{DATE:2075-11-30}}

EMERGENCY DEPARTMENT NOTE - {{FACILITY:Patapsco Valley Hospital}} ({{FACILITY:PVH}})

Pt: {{NAME:Winifred Oduya}}     Age: {{AGE:91}}     MRN: {{MRN:PV-2290417}}
Arrival: {{DATE:11/30/2075 02:47}} by private car, brought by grandson {{NAME:Tobi}}.

CC: SOB x 3 days.
HPI: {{AGE:91}} y/o woman with HFrEF (EF 25%), AF on apixaban, CKD 4, from {{FACILITY:Greenmount Nursing and Rehabilitation}}, with worsening dyspnea and 4 kg weight gain. Nursing home staff note she refused furosemide since {{DATE:11/26}}. Denies CP.

Exam: T 36.9, HR 112 irreg, BP 158/92, RR 26, SpO2 86% RA -> 94% on BiPAP 10/5. JVP to angle of jaw, crackles to mid-lung, 3+ pitting edema.
Labs: BNP 2840, Trop 0.06, Cr 2.9 (baseline 2.4), Na 131.
CXR: pulmonary edema, small bilat effusions.

MDM: acute on chronic systolic CHF. Furosemide 80 mg IV x2, nitro gtt. Discussed with daughter {{NAME:Adaeze Oduya-Finch}} ({{PHONE:443-555-0119}}), who confirms DNR/DNI per MOLST.
Dispo: admit to {{FACILITY:Linwood 4}} telemetry, hospitalist Dr. {{NAME:Sorensen}}.

{{NAME:M. Castellanos}}, MD`,
  `Record date: {{DATE:2068-04-09}}

Telephone encounter

Spoke with {{NAME:Raymond}} ({{NAME:Ray}}) {{NAME:Szymanski}}, pt's son, at {{PHONE:717-555-0163}} re: his father's fingersticks. {{NAME:Stanley Szymanski}} has had 3 readings under 60 in the past week, lowest 48 on Sunday morning around 6 AM. Son says he has been skipping supper since his wife {{NAME:Helen}} went into {{FACILITY:St. Brendan's Hospice House}} in {{LOCATION:York}} on {{DATE:3/28}}.

Current insulin: Lantus 34 units qHS, Humalog 8 units with meals.

Plan per Dr. {{NAME:Voss}}: decrease Lantus to 26 units, hold Humalog if he does not eat a full meal, glucagon kit refilled to {{FACILITY:Kessler Pharmacy}} on {{ADDRESS:Market Street}}. Son will call back {{DATE:Thursday 4/11}} with log. Gave him the Meals on Wheels intake number, {{PHONE:717-555-0100}}.

Appt moved up to {{DATE:April 16}} at 10:15.

{{NAME:Gretchen Albright}}, RN
{{FACILITY:Susquehanna Ridge Family Medicine}}`,
  `Record date: {{DATE:2097-01-22}}

RENAL CLINIC FOLLOW-UP - {{FACILITY:Holloway Renal Associates}}

Patient: {{NAME:Consuelo Ybarra}}       MRN: {{MRN:7730164}}
Referring: {{NAME:Nathaniel Grier}}, MD ({{FACILITY:Elkridge Family Practice}})

Ms. {{NAME:Ybarra}} is 58 and has CKD stage 4 from diabetic nephropathy, last eGFR 19 on {{DATE:1/8/97}} (22 in {{DATE:September 2096}}). She is being prepared for renal replacement therapy. Vein mapping at {{FACILITY:CUH}} vascular lab showed adequate L cephalic vein; AV fistula creation booked with Dr. {{NAME:Haverford}} for {{DATE:2/19}}.

She lives with her sister {{NAME:Rosalind}} in {{LOCATION:Ellicott City}} and is still working mornings at {{FACILITY:Dorsey Run Elementary}} cafeteria. She is interested in home peritoneal dialysis and in transplant evaluation at {{FACILITY:Chesapeake University Hospital Transplant Center}}.

Labs: K 5.4, HCO3 18, Hgb 9.6, PTH 310, phos 5.8.
Meds: insulin glargine 18 u, sevelamer 800 mg TID, sodium bicarbonate 650 mg BID, darbepoetin 40 mcg q2wk, amlodipine 10.

Plan: low-K diet handout, increase bicarbonate to TID, PD teaching class on {{DATE:Feb 3rd}}. Transplant referral faxed to {{FAX:(410) 555-0131}}.

{{NAME:Kwame Okonkwo}}, MD, Nephrology`,
  `Record date: {{DATE:2080-09-05}}

ADMISSION HISTORY AND PHYSICAL
{{FACILITY:Brandywine Valley Community Hospital}} - {{FACILITY:Pell 3 West}}

Name: {{NAME:Thaddeus Mobley}}   Unit #: {{MRN:BV00618832}}   Adm: {{DATE:09/05/80}}
Attending: {{NAME:Cordelia Nash}}, MD    Resident: {{NAME:J. Whitt}}, MD pgr {{PHONE:2217}}

CC: chest pain.
HPI: 62M with DM2 (A1c 9.4), HTN, HLD, 40 pack-yr smoker, who developed substernal pressure while unloading pallets at {{FACILITY:Amberly Foods}} distribution center around 2 PM. Pain 8/10, radiating to L arm, diaphoresis. EMS gave ASA 324 and NTG x2. Initial ECG at {{FACILITY:BVCH}} ED: 1 mm ST depression V4-V6. Troponin I 0.45 -> 1.2.

PMH: DM2 since 2071, HTN, GERD, R knee arthroscopy.
FH: father died of MI at 54 in {{LOCATION:Wilmington}}. 
SH: lives with partner {{NAME:Lorraine Becket}} in {{LOCATION:New Castle}}, DE. Smokes 1 ppd.

Exam: BP 168/96, HR 98, lungs clear, no S3, no JVD. Levine sign present.

A/P: NSTEMI, TIMI risk 4. Heparin gtt, ticagrelor load 180 mg, atorvastatin 80, metoprolol tartrate 25 BID. Cardiology (Dr. {{NAME:Bhattacharya}}) aware; plan cath tomorrow {{DATE:9/6}}, transfer to {{FACILITY:CUH}} if multivessel disease. Insulin sliding scale, hold metformin pre-contrast.`,
  `Record date: {{DATE:2063-05-17}}

Endocrinology - {{FACILITY:Ashby Endocrine Group}}
{{NAME:Bettina Krolikowski}}   DOB: {{DATE:10/02/2011}}   MRN {{MRN:5519083}}

Seen for follow-up of type 1 diabetes (dx age 14) on an insulin pump. She teaches 4th grade at {{FACILITY:Rolling Acres Elementary School}} in {{LOCATION:Bel Air}} and reports more lows during recess duty.

Device: Tandem t:slim X2, serial {{DEVICE:TS-4418207}}; Dexcom G7 CGM. 14-day report: time in range 71%, below 70: 6%, above 180: 23%. GMI 7.0%. A1c today 6.9.

Overnight lows between 2 and 4 AM on most weekdays. Basal 0.9 u/h midnight-4 AM.

Also has Hashimoto thyroiditis on levothyroxine 88 mcg, TSH 2.1.

Plan:
- reduce overnight basal to 0.75 u/h
- temp target for recess 11:30-12:00
- glucagon nasal powder refilled at {{FACILITY:Harford Apothecary}}
- eye exam due; she sees Dr. {{NAME:Lindqvist}} in {{LOCATION:Towson}}
- RTC {{DATE:August 2063}}

Husband {{NAME:Piotr}} present for visit; pump trainer {{NAME:Jolene Carmody}}, CDCES, will call at {{PHONE:443-555-0128}}.

{{NAME:Harriet Ashby}}, MD`,
  `Record date: {{DATE:2102-12-03}}

DISCHARGE SUMMARY

{{FACILITY:CHESAPEAKE UNIVERSITY HOSPITAL}}
PATIENT: {{NAME:QUINTERO, ABELARDO}}      MRN: {{MRN:90-441-278}}
ADMISSION DATE: {{DATE:11/26/2102}}     DISCHARGE DATE: {{DATE:12/03/2102}}
SERVICE: Cardiology, {{FACILITY:Marsh 7}} step-down
ATTENDING: {{NAME:ROSALIND TEWKSBURY}}, MD

PRINCIPAL DIAGNOSIS: Acute decompensated heart failure, HFrEF (I50.23).
SECONDARY: CAD s/p CABG x3 (2094), DM2, CKD 3b, gout.

HOSPITAL COURSE: 71 y/o man admitted from clinic with 9 kg fluid overload. Diuresed with IV furosemide then bumetanide drip, net -11.2 L. Course complicated by AKI (Cr peak 2.8 on {{DATE:11/29}}) and hypokalemia. Sacubitril-valsartan held, restarted at 24/26 mg BID on {{DATE:12/1}}. Repeat echo EF 20%; referred to EP clinic for ICD evaluation.

DISCHARGE WEIGHT: 88.4 kg (dry weight).
DISCHARGE MEDS: torsemide 40 mg daily, Entresto 24/26 BID, carvedilol 6.25 BID, spironolactone 12.5, dapagliflozin 10, insulin glargine 20 u, allopurinol 100.

FOLLOW-UP: CHF clinic Dr. {{NAME:Tewksbury}} {{DATE:12/10}}; PCP Dr. {{NAME:Imani Fairweather}} at {{FACILITY:Govans Community Health Center}}, {{PHONE:410-555-0156}}. Visiting nurse from {{FACILITY:Harbor Home Health}} for daily weights.

Dictated by: {{NAME:Oliver Stroud}}, MD
{{NAME:OS}}/{{NAME:kjh}}  D: {{DATE:12/03/2102 16:40}}  T: {{DATE:12/04/2102 09:12}}`,
  `Record date: {{DATE:2079-08-14}}

Podiatry - {{FACILITY:Elkton Foot and Ankle Center}}

{{NAME:Lucius Pendergrass}}, 64, MRN {{MRN:660912}}, referred by Dr. {{NAME:Osei}} for diabetic foot ulcer R plantar 1st MTP head.

Ulcer 1.8 x 1.2 x 0.4 cm, Wagner grade 2, probe-to-bone negative, no cellulitis. Pedal pulses: DP 1+, PT absent. ABI 0.78 R. Charcot changes absent. Monofilament absent 6/10 sites bilaterally.

HbA1c 10.2 per {{FACILITY:Northbay Diagnostics}} draw {{DATE:8/2}}.

He is a retired welder from {{FACILITY:Port Deposit Shipyard}} and lives alone on a farm outside {{LOCATION:Rising Sun}}. Neighbor {{NAME:Gus Tolliver}} drives him to visits.

Procedure: sharp excisional debridement (CPT 11042) to healthy bleeding tissue, silver alginate, offloading with total contact cast. X-ray R foot ordered.

Plan: weekly cast changes; vascular referral to Dr. {{NAME:Menendez}} at {{FACILITY:Brandywine Valley}}; will fax to {{FAX:302-555-0194}}.

{{NAME:Tamsin Orr}}, DPM`,
  `Record date: {{DATE:2088-02-27}}

Dear {{NAME:Kwame}},

Thanks for seeing {{NAME:Agnes Whitlock}} (MRN {{MRN:3318450}}), whom I have followed at {{FACILITY:Roland Park Internal Medicine}} since 2079. She is 81, widowed, and lives at {{FACILITY:Hampden Terrace Senior Apartments}} at {{ADDRESS:2210 Falls Road, Apt 6C}}, {{LOCATION:Baltimore}} {{ZIP:21211}}.

Her creatinine has drifted from 1.3 ({{DATE:March 2087}}) to 1.9 on {{DATE:2/20/88}}, with 2+ protein on dipstick and UACR 640 mg/g. She has long-standing type 2 diabetes (on sitagliptin 50 mg and glargine 12 u), hypertension on chlorthalidone 25 and losartan 100, and gout. Naproxen was stopped in {{DATE:January}} after I learned her grandson {{NAME:Devin}} had been buying it for her at {{FACILITY:Rite Way Drugs}}.

She does not drive; her niece {{NAME:Colette Marchbanks}} ({{PHONE:410-555-0114}}, works at {{FACILITY:Calvert Street Credit Union}}) will bring her. I would appreciate your opinion on whether the chlorthalidone should continue and whether an SGLT2 inhibitor is reasonable at her age.

Best regards,

{{NAME:Ingrid Solberg}}, MD
{{FACILITY:Roland Park Internal Medicine}} | tel {{PHONE:410-555-0110}} | fax {{FAX:410-555-0111}}`,
  `Record date: {{DATE:2088-03-19}}

{{FACILITY:HOLLOWAY RENAL ASSOCIATES}}

Dr. {{NAME:Ingrid Solberg}}
{{FACILITY:Roland Park Internal Medicine}}

Re: {{NAME:Agnes Whitlock}}, seen {{DATE:3/18/88}}

Dear {{NAME:Ingrid}},

I saw Mrs. {{NAME:Whitlock}} yesterday with her niece. Her CKD is stage 3b, A3, most consistent with diabetic kidney disease with a hemodynamic component from diuretic and ARB. Renal ultrasound at our {{FACILITY:Mount Vernon Place}} imaging suite showed symmetric 9.8 and 10.1 cm kidneys without hydronephrosis. No monoclonal protein on SPEP/UPEP.

Recommendations:
1. Reduce chlorthalidone to 12.5 mg; continue losartan 100 mg.
2. Start empagliflozin 10 mg daily; reasonable at 81 with eGFR 27. Expect an initial Cr bump.
3. Avoid all NSAIDs; I have written this in her chart and told {{NAME:Colette}}.
4. BMP in 10 days at the {{FACILITY:Holloway}} draw station; I will see her again in {{DATE:June}}.

Kind regards,

{{NAME:Kwame Okonkwo}}, MD
Nephrology | {{PHONE:410-555-0138}}
{{NAME:KO}}:{{NAME:rbl}}`,
  `Record date: {{DATE:2071-06-08}}

CARDIAC CATHETERIZATION REPORT
{{FACILITY:Chesapeake University Hospital}} Cardiac Cath Lab, Room 3

Patient: {{NAME:Ferris Lamontagne}}   MRN: {{MRN:2208815}}   Age: 69
Date of procedure: {{DATE:06/08/2071}}
Operator: {{NAME:Anand Mistry}}, MD. Fellow: {{NAME:Yusuf Demir}}, MD.
Referring: Dr. {{NAME:Abernathy}}, {{FACILITY:Wye River Cardiology}}

Indication: positive regadenoson SPECT with inferior ischemia, CCS III angina despite two agents.
Access: R radial, 6 Fr. Contrast: iohexol 140 mL. Fluoro time 11.2 min.

Findings:
LM: normal.
LAD: 30% proximal, patent mid-LAD stent.
LCx: 50% OM1.
RCA: 90% mid, TIMI 2 flow.
LVEDP 18 mmHg.

Intervention: PCI of mid RCA with Synergy XD 3.0 x 28 mm DES, post-dilated with 3.25 NC balloon to 16 atm. Final TIMI 3, 0% residual. TR band applied 14:05.

Plan: ASA 81 indefinitely, prasugrel 10 mg x 12 months, high-intensity statin. Hydration for CKD 3a (Cr 1.4). Discharge tomorrow if stable; follow-up with Dr. {{NAME:Laurence Abernathy}} in 2 weeks. Wife {{NAME:Genevieve}} updated in family lounge.`,
  `Record date: {{DATE:2093-10-21}}

{{FACILITY:Pinecrest Manor}} Skilled Nursing - Physician Progress Note

Resident: {{NAME:Octavia Brandt-Hale}}, age {{AGE:96}}, Room 118-B
Admitted to facility {{DATE:9/30/93}} from {{FACILITY:Severn Ridge Community Hospital}} after hip fracture repair.

Subjective: aide reports poor intake and two fingersticks above 350 this week. Resident says "the food is salty." Daughter-in-law {{NAME:Maeve Hale}} visited Sunday and is worried about confusion.

PMH: DM2 on NPH, CHF with preserved EF, CKD 3b, hypothyroidism, osteoporosis, macular degeneration.

Exam: afebrile, BP 128/70, HR 68, alert, oriented x2 (baseline per staff). Mild bibasilar crackles, trace edema. Incision healed.
Labs from {{FACILITY:Omega Mobile Lab}} {{DATE:10/19}}: glucose 312, Na 129, BUN 44, Cr 1.7, UA neg.

A/P:
- Hyperglycemia: liberalize goals given age {{AGE:96}} and falls; NPH 10 u AM, stop sliding scale; target 100-250.
- Hyponatremia: hold HCTZ, fluid guidance.
- Delirium screen CAM negative today.
- Goals of care: daughter {{NAME:Rhoda}} in {{LOCATION:Harrisburg}} is health care agent; call {{PHONE:717-555-0189}} to confirm DNR.

{{NAME:Silas Whitcombe}}, DO, attending for {{FACILITY:Pinecrest}}`,
  `Record date: {{DATE:2066-02-14}}

ED Triage/Physician Note, {{FACILITY:Susquehanna Ridge Hospital}}

{{NAME:Mendoza, Leocadio}} 55M  MRN {{MRN:SR5503921}}
Arrived {{DATE:02/14/66 19:22}} by EMS, medic unit 12.

CC: "sugar high, vomiting"
HPI: Hx DM1 since age 11, on MDI. Ran out of insulin 3 days ago after losing job at {{FACILITY:Aberdeen Gear & Axle}}; insurance ended {{DATE:1/31}}. N/V, abdominal pain, polyuria. Roommate {{NAME:Ed Kowal}} found him lethargic.

VS: HR 124, BP 102/60, RR 30 Kussmaul, T 37.4, glucose >600.
VBG pH 7.08, HCO3 6, AG 31, beta-OHB 7.2, K 5.9, Cr 1.8.

Assessment: severe DKA, precipitant insulin omission. Also AKI (prerenal).

Plan: 2 L NS bolus, insulin infusion 0.1 u/kg/h per DKA protocol, K replacement when <5.3, q1h glucose, BMP q2h. ICU consulted - accepted to {{FACILITY:SRH}} {{FACILITY:Ainsley ICU}} bed 6.
SW consult for insulin access; pt lives at {{ADDRESS:41 Bond Street}}, {{LOCATION:Havre de Grace}}. Brother {{NAME:Ignacio}} in {{LOCATION:Newark}}, NJ, {{PHONE:973-555-0152}}.

Disposition time {{DATE:2/14/66 21:40}}. {{NAME:Rutherford Kane}}, MD`,
  `Record date: {{DATE:2099-04-30}}

Ophthalmology - Diabetic eye exam
{{FACILITY:Lindqvist Eye Care}}, {{LOCATION:Towson}}

Patient: {{NAME:Bettina Krolikowski}}    Age 36
Referred by: {{NAME:Harriet Ashby}}, MD, {{FACILITY:Ashby Endocrine Group}}

Hx: T1DM x 22 yr, pump + CGM, last A1c 6.9. No visual complaints. Last dilated exam {{DATE:5/2097}} showed mild NPDR OU.

VA cc: 20/20 OD, 20/25 OS. IOP 16/17 by Goldmann. Pupils equal, no APD.
Dilated fundus: scattered dot-blot hemorrhages and a few microaneurysms OU, no NV, no CSME. OCT macula: CST 262 OD, 270 OS, no fluid.

Impression: mild nonproliferative diabetic retinopathy OU, stable (E11.3293 equivalent for T1 = E10.3293).

Plan: repeat dilated exam in 12 months; letter to Dr. {{NAME:Ashby}}. Discussed that tight control and BP matter more than anything I do. Pt mentions her mother {{NAME:Danuta}} has glaucoma; advised sibling screening too.

{{NAME:Annika Lindqvist}}, MD
{{PHONE:410-555-0165}}`,
  `Record date: {{DATE:2074-12-09}}

Pharmacy Medication Reconciliation - {{FACILITY:CUH}} {{FACILITY:Whitcomb 5}}

Pt {{NAME:Horace Vandermeer}} ({{MRN:6602714}}), 78 y/o, admitted {{DATE:12/8}} for CHF exacerbation.
Sources: pt, wife {{NAME:Lottie}}, fill history from {{FACILITY:Beacon Drug #214}} in {{LOCATION:Dundalk}} ({{PHONE:410-555-0103}}), and PCP list from Dr. {{NAME:Amundsen}}.

Home meds verified:
- furosemide 40 mg BID (pt taking once daily - "too many trips to the bathroom")
- metoprolol succinate 100 mg daily
- lisinopril 10 mg daily
- warfarin 5 mg M/W/F, 2.5 mg other days (INR goal 2-3, managed by {{FACILITY:Dundalk Anticoagulation Clinic}})
- insulin detemir 22 u qHS
- glyburide 5 mg BID  ** Beers list, hypoglycemia risk in CKD
- tamsulosin 0.4, finasteride 5
- OTC: ibuprofen 400 prn knee pain ** interacts with warfarin, worsens CHF/CKD

Discrepancies communicated to Dr. {{NAME:Kessler-Ruiz}} (pager {{PHONE:5-1193}}): recommend stop glyburide and ibuprofen; acetaminophen 650 q6h prn instead. INR 3.6 today - hold warfarin tonight.

{{NAME:Noor Haddad}}, PharmD, ext {{PHONE:4-6620}}`,
  `Record date: {{DATE:2086-06-25}}

Nutrition consult - outpatient, {{FACILITY:Elkridge Family Practice}}

{{NAME:Marisol Quintanilla-Reyes}}, 47 F, referred by Dr. {{NAME:Nathaniel Grier}} for DM2 (A1c 9.8), obesity (BMI 41.2), CKD 2 and hypertriglyceridemia (TG 612).

Diet recall: works 3-11 PM shift as a CNA at {{FACILITY:Meadowbrook Assisted Living}}; eats from the vending machine on breaks, 2-3 sweet teas daily, large dinner at 12:30 AM after shift. Lives with husband {{NAME:Hector}} and three children in {{LOCATION:Columbia}}; 14-year-old {{NAME:Yesenia}} cooks most weeknights. Attends {{FACILITY:Iglesia Pentecostal Monte Sion}} where Sunday potlucks are a challenge.

Education: plate method, carb counting basics (45-60 g/meal), swapping sweet tea for unsweetened/diet, packed meal for shift. Discussed Mediterranean pattern; provided Spanish handouts.

Goals: 1) no sugared drinks by {{DATE:7/9}} 2) walk 20 min 5x/week with neighbor {{NAME:Lupe}} 3) bring food log to next visit.

Follow-up {{DATE:July 23}} in person; may do video visit via portal. Pt prefers Spanish; interpreter {{NAME:Ramón Ibarra}} used.

{{NAME:Claire Donnelly}}, RDN, LDN`,
  `Record date: {{DATE:2107-09-11}}

Hemodialysis Unit Note - {{FACILITY:Kestrel Run Dialysis Center}}, chair 14

Pt: {{NAME:Leroy Ashworth}}   MRN: {{MRN:KR-118204}}   
Schedule M/W/F, 2nd shift. Nephrologist: Dr. {{NAME:Okonkwo}}.

Pre: wt 84.6 kg (EDW 81.0), BP 172/94, HR 80. Interdialytic gain 3.6 kg - over limit again. He admits to "a few beers" at his nephew {{NAME:Marcus}}'s cookout Saturday.
Access: L brachiocephalic AVF, good thrill and bruit; cannulated 15G x2 without difficulty.
Rx: 4 h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.8 L, heparin 2000 u bolus.

Intradialytic: cramping at hour 3, UF paused 10 min, NS 200 mL. Post BP 138/76, wt 81.3 kg.

Labs (drawn {{DATE:9/8}}): Kt/V 1.38, URR 71%, Hgb 10.4, albumin 3.6, phos 6.9, K 5.6, PTH 540.

Plan: renal diet review with RD, binder adherence (sevelamer with meals), cinacalcet 30 mg started. Transport with {{FACILITY:Blue Heron Medical Transport}} confirmed for Friday 10:45 pickup at {{ADDRESS:3307 Eastern Ave}}. Daughter {{NAME:Keisha Ashworth}} is contact, {{PHONE:410-555-0148}}.

{{NAME:Dorothea Pruitt}}, RN, charge nurse`,
  `Record date: {{DATE:2069-03-03}}

Phone call - Cardiology nurse line, {{FACILITY:Wye River Cardiology Associates}}

Caller: {{NAME:Ferris Lamontagne}} (pt), {{PHONE:410-555-0126}}.
Reports 2.5 lb weight gain since {{DATE:Friday 2/28}} and ankle swelling; no SOB at rest, sleeping flat. Taking furosemide 20 mg daily. BP at home 132/78. Ate ham and sauerkraut at the {{FACILITY:Knights of Columbus}} hall fish fry Friday.

Per CHF protocol and Dr. {{NAME:Abernathy}}'s standing order: extra furosemide 20 mg x 2 days, 2 g Na diet review, daily weights; call if gain >3 lb in a day or 5 lb in a week.
Also asked about stopping clopidogrel for dental extraction with Dr. {{NAME:Paulsen}} in {{LOCATION:St. Michaels}} on {{DATE:3/17}} - told NOT to stop; message routed to Dr. {{NAME:Abernathy}} and {{NAME:Mistry}} for clearance letter.

Pt verbalized understanding. Wife {{NAME:Genevieve}} on speaker.

{{NAME:Shonda Rollins}}, RN   {{DATE:3/3/69 11:20}}`,
  `Record date: {{DATE:2082-01-15}}

TRANSTHORACIC ECHOCARDIOGRAM
{{FACILITY:Brandywine Valley Community Hospital}} Echo Lab

Name: {{NAME:Prudence Oyelaran}}   MRN: {{MRN:BV00771209}}   DOB: {{DATE:03/09/2008}}
Study date: {{DATE:01/15/2082}}   Accession: {{ID:EC82-004417}}
Ordering: {{NAME:Cordelia Nash}}, MD   Sonographer: {{NAME:T. Brennan}}, RDCS
Indication: dyspnea, DM2, HTN, ?HFpEF. Height 163 cm, weight 97 kg, BSA 2.05.

Findings:
LV: normal size, concentric LVH (septum 1.3 cm), EF 60% by biplane Simpson's. Grade II diastolic dysfunction, E/e' 16, LA volume index 41 mL/m2.
RV: normal size and function, TAPSE 2.1 cm. RVSP 42 mmHg.
Valves: aortic sclerosis without stenosis (peak 1.8 m/s); mild MR; trace TR.
Pericardium: no effusion. IVC 2.2 cm, <50% collapse.

Conclusion: preserved EF with LVH and elevated filling pressures consistent with HFpEF; mild pulmonary hypertension. Compared with study of {{DATE:8/4/2079}}, RVSP has increased from 31.

Interpreting physician: {{NAME:Vikram Bhattacharya}}, MD   Signed {{DATE:1/15/2082 17:02}}`,
  `Record date: {{DATE:2095-08-19}}

Social Work Note - {{FACILITY:CUH}} Inpatient, {{FACILITY:Lowell 3 CCU}}

Met with pt {{NAME:Desmond Achterberg}}, 59, admitted {{DATE:8/16}} with STEMI, and his partner {{NAME:Carla Jiménez}} at bedside, re: discharge barriers.

Pt is a long-haul driver for {{FACILITY:Keystone Freightways}} and fears losing his CDL after MI and new insulin start. He has no PCP; last saw a doctor "years ago in {{LOCATION:Allentown}}." Has employer insurance through his union but $4,000 deductible. Rents a room at {{ADDRESS:1904 W. Pratt St}}; landlord Mr. {{NAME:Ferrante}} ("{{NAME:Sal}}") is supportive.

Interventions:
- gave copay assistance info for ticagrelor and insulin pens
- PCP appointment made at {{FACILITY:Govans Community Health Center}} with Dr. {{NAME:Fairweather}} on {{DATE:Wednesday 8/27}}
- cardiac rehab referral to {{FACILITY:CUH Cardiac Rehabilitation at Canton}}
- FMLA forms; HR contact at employer {{NAME:Dana Pruszynski}}, {{PHONE:(610) 555-0181}}

Pt tearful but engaged. Will follow.

{{NAME:Beatrix Oyelowo}}, LCSW-C, pager {{PHONE:6-2047}}`,
  `Record date: {{DATE:2064-10-02}}

{{NAME:Gwendolyn Tarrant}} is a 72 year old woman who comes in today for follow up of diabetes, coronary disease and kidney function.

Interval history: Since I saw her on {{DATE:July 10}} she spent a week with her son {{NAME:Marcus Tarrant}} in {{LOCATION:Lancaster}} and ate "everything." Sugars 180s-220s fasting. Some exertional dyspnea climbing the stairs to the choir loft at {{FACILITY:Bethel AME Church}}, no chest pain. Saw Dr. {{NAME:Abernathy}} at {{FACILITY:Wye River}} on {{DATE:9/12/64}}; stress test normal per his letter.

Medications: metformin 500 BID (reduced for eGFR 41), linagliptin 5, amlodipine 5, losartan 50, rosuvastatin 20, ASA 81.

PE: 152/80, 78, wt 186 lb (up 7). Lungs clear. Trace ankle edema. Feet without lesions.

Labs: A1c 8.4, Cr 1.3, K 4.6, UACR 210.

Assessment and plan:
DM2 - add semaglutide 0.25 mg weekly, titrate monthly; dietitian {{NAME:Claire Donnelly}}.
HTN - losartan to 100.
CKD 3b A2 - recheck BMP {{DATE:10/16}}.
Flu vaccine given today (lot FL2291A).

Return in 3 months or sooner. She asks that results go to her daughter {{NAME:Loretta}} by phone at {{PHONE:410-555-0191}}.

{{NAME:Priya Raman}}, M.D.`,
  `Record date: {{DATE:2077-05-28}}

CUH EMERGENCY DEPARTMENT - RESIDENT NOTE
{{NAME:PEMBERTON, CLARENCE}}  MRN {{MRN:1184073}}  {{AGE:93}}M
Time seen {{DATE:5/28/77 0315}}

CC: found down at home.
HPI: {{AGE:93}}-year-old man with CAD s/p remote CABG, ICM EF 30% with ICD (Medtronic Evera, SN {{DEVICE:PZC681522H}}), DM2 on glipizide, CKD 4, found on floor of his kitchen by neighbor Mrs. {{NAME:Antonelli}} at about 0230. Unknown down time. Fingerstick by EMS 38, given D50 with improvement in mentation. Lives alone at {{ADDRESS:17 Overlea Court}}, {{LOCATION:Parkville}}.

Exam: GCS 14, small occipital hematoma, no focal deficits, no Battle sign. HR 60 paced.
ICD interrogation: no shocks, no arrhythmia since {{DATE:4/2/77}}.
CT head: no bleed. CK 1,420.

A/P: sulfonylurea-induced hypoglycemia in CKD 4 - admit for octreotide and q1h glucose checks for at least 24 h; stop glipizide permanently. Rhabdo - IVF with caution given EF.
Daughter {{NAME:Philippa}} in {{LOCATION:Annapolis}} notified ({{PHONE:410-555-0137}}); she is HCP.

Seen with attending Dr. {{NAME:Greer Halvorsen}}.
{{NAME:Tomasz Wrobel}}, MD PGY-2`,
  `Record date: {{DATE:2090-03-06}}

Telephone note

Received call from {{NAME:Yvette}} at {{FACILITY:Harbor Home Health}} ({{PHONE:410-555-0172}}) regarding {{NAME:Abelardo Quintero}}. Home weight today 91.9 kg, up 1.8 kg since {{DATE:3/4}}; mild orthopnea; BP 104/62, HR 72. Lungs with faint crackles at bases per nurse. Taking torsemide 40 mg daily as prescribed. His wife {{NAME:Inés}} reports he had soup from {{FACILITY:Lexington Market}} twice this week.

Discussed with Dr. {{NAME:Tewksbury}}: torsemide 40 mg BID x 3 days then back to daily; BMP Monday via home draw; keep clinic appointment {{DATE:3/13/90}} at {{FACILITY:CUH}} Heart Failure Clinic, {{FACILITY:Marsh Pavilion}} 2nd floor. Call 911 for rest dyspnea.

Nurse read back orders. Pt's son {{NAME:Rafael}} will pick up the extra tablets at {{FACILITY:Beacon Drug}} on {{ADDRESS:Gough St}} this afternoon.

{{NAME:Lorna Keough}}, RN, CHF nurse navigator`,
  `Record date: {{DATE:2073-07-19}}

ENDOCRINE CONSULT - INPATIENT
{{FACILITY:Severn Ridge Community Hospital}}, {{FACILITY:Tydings 2}}

Asked by Dr. {{NAME:Halloran}} to see {{NAME:Benedikt Strauss}}, 66M, POD#2 after L BKA, for hyperglycemia (glucose 280-390).

Hx DM2 x 20 yrs on metformin and NPH 40 u BID at home; last A1c 11.3 (from {{FACILITY:Anne Arundel Diagnostics}} {{DATE:6/30}}). Also CAD s/p PCI 2069, CKD 3a, PAD. Lives in {{LOCATION:Pasadena}}, MD with wife {{NAME:Ilse}}; retired from {{FACILITY:Sparrows Point Marine Terminal}}.

Currently on sliding scale only, NPO-ish with poor appetite. Cr 1.6.

Recs:
1. Basal-bolus: glargine 30 u qHS, lispro 6 u TID AC + correction scale (moderate).
2. Hold metformin until eating and Cr stable.
3. Goal 140-180 inpatient.
4. At discharge likely glargine + GLP-1 RA; outpatient f/u with {{FACILITY:Ashby Endocrine Group}}, Dr. {{NAME:Harriet Ashby}}.
5. Diabetes educator {{NAME:Fern Whitaker}} to teach wife insulin pen use.

Will follow. {{NAME:Mehmet Aksoy}}, MD, Endocrinology, pgr {{PHONE:7731}}`,
  `Record date: {{DATE:2105-11-04}}

Cardiology follow-up, {{FACILITY:Wye River Cardiology Associates}} - {{LOCATION:Chestertown}} satellite

{{NAME:Ottoline Maguire}}, 84, returns 3 months after TAVR ({{DATE:8/1/2105}}, 26 mm Sapien 3 at {{FACILITY:CUH}}). Feels "twenty years younger", walking to {{FACILITY:Kent County Public Library}} where she volunteers Tuesdays. Mild ankle swelling.

Also: paroxysmal AF on apixaban 2.5 BID (age >=80, wt 58 kg), DM2 diet-controlled, CKD 3a.

Exam: BP 122/64, HR 66 reg, soft 2/6 SEM, no AR murmur, lungs clear.
Echo today: mean gradient 9 mmHg, no paravalvular leak, EF 55%.
ECG: SR, first-degree AV block (PR 232), no new LBBB.

Plan: continue apixaban; ASA stopped. SBE prophylaxis before dental work. Next echo 1 yr. Recheck with me in {{DATE:May}}.
Her grandson {{NAME:Declan}} drove her from {{LOCATION:Rock Hall}}; he asked for a copy of the report faxed to her PCP Dr. {{NAME:Whitby}} at {{FAX:410-555-0106}}.

{{NAME:L. Abernathy}}, MD`,
  `Record date: {{DATE:2081-04-22}}

Dear Dr. {{NAME:Solberg}},

RE: {{NAME:Augustin Delacroix-Barnes}}   DOB {{DATE:7/22/2004}}   CUH # {{MRN:4470281}}

I had the pleasure of seeing Mr. {{NAME:Delacroix-Barnes}} in the {{FACILITY:CUH}} Preventive Cardiology clinic on {{DATE:April 20, 2081}}. As you know, he is 76, with type 2 diabetes, stage 3 CKD, and a coronary calcium score of 1,140 (scan at {{FACILITY:Chesapeake Imaging of Owings Mills}} {{DATE:3/2081}}). He remains active, golfing at {{FACILITY:Worthington Valley Country Club}} three times a week, and has no angina.

LDL 104 on atorvastatin 40 mg; Lp(a) 180 nmol/L. I switched to rosuvastatin 20 mg (renal dosing) and added ezetimibe 10 mg. If LDL remains >55 in 8 weeks, I will apply for a PCSK9 inhibitor. I also started semaglutide given his A1c of 7.9 and BMI 31, which should help both.

His wife {{NAME:Simone}} raised the family history: his brother {{NAME:Gaston}} died suddenly at 58 in {{LOCATION:Montreal}}.

I will see him again in {{DATE:July}}.

Sincerely,
{{NAME:Esther Weintraub}}, MD, Preventive Cardiology
{{PHONE:410-555-0150}}`,
  `Record date: {{DATE:2067-09-30}}

Addendum to H&P, night float

{{NAME:Winston Achebe}}, 57, {{FACILITY:PVH}} {{FACILITY:Kimball 6}} room 612 bed 2.
Called at 0140 by RN {{NAME:Jess}} for BG 52. Pt diaphoretic but alert. Had received lispro 12 u at 1800 with dinner he did not eat (wife {{NAME:Adanna}} brought jollof rice from home later, ate about half). Glargine 36 u given 2100.

Given 4 oz juice -> BG 61 -> D50 25 mL -> BG 148 at 0215.

Plan: reduce glargine to 28 u, hold prandial insulin if eating <50% of meal, hypoglycemia protocol. Checked Cr 2.1 (up from 1.7 on admission {{DATE:9/28}}) - likely contributing. Nephrology (Dr. {{NAME:Okonkwo}}) to see in AM.

{{NAME:Hyun-woo Park}}, MD (night float), pager {{PHONE:4-1855}}`,
  `Record date: {{DATE:2100-02-11}}

HISTORY AND PHYSICAL - {{FACILITY:Chesapeake University Hospital}}

{{NAME:Isadora Penhallow}}, {{AGE:90}} y.o. female
MRN {{MRN:3046618}}   Admit {{DATE:2/11/2100 22:18}}   Bed {{FACILITY:Whitcomb 5}}-521

CC: weakness, poor PO intake x 1 wk.
HPI: Pt is a {{AGE:90}}-year-old woman from {{FACILITY:Stoneleigh Gardens Assisted Living}} with DM2, CKD 4 (baseline Cr 2.2), HFpEF and hypothyroidism, sent in for Cr 3.8, K 6.4 on routine labs ordered by Dr. {{NAME:Amundsen}}. She has had diarrhea since {{DATE:February 5}} after a norovirus outbreak on her floor. Still taking lisinopril and spironolactone.

ECG: peaked T waves, PR 210. Treated in ED with calcium gluconate 2 g, insulin 10 u + D50, Lokelma 10 g.

PMH: as above; L hip ORIF 2096; cataract OU.
SH: widow; son {{NAME:Roderick Penhallow}} ({{PHONE:301-555-0145}}) in {{LOCATION:Frederick}} is POA. Former nurse at {{FACILITY:CUH}} for 40 years.

A/P: AKI on CKD 4 with hyperkalemia from volume depletion + ACEi/MRA. Hold both, IVF 75 mL/h, tele on {{FACILITY:Whitcomb 5}}, repeat K q4h. Code status: DNR (confirmed with son).

{{NAME:Adebayo Ogunleye}}, MD`,
  `Record date: {{DATE:2085-12-18}}

Renal follow-up (video visit)

{{NAME:Consuelo Ybarra}} joins from home in {{LOCATION:Ellicott City}}; sister {{NAME:Rosalind}} helps with the tablet. Now on CCPD since {{DATE:10/2/85}}, 4 exchanges overnight with the Baxter cycler, 2.5% dextrose, 10 L total, last fill 1.5 L icodextrin.

She reports good drainage, no abdominal pain, cloudy fluid, or fever. Exit site clean per her photo. Weight stable 68 kg. BP log 120s-140s/70s. Glucose a bit higher on icodextrin - using a glucose-dehydrogenase-free meter as instructed.

PET {{DATE:11/20}}: high-average transporter, D/P Cr 0.71. Weekly Kt/V 1.9. Residual urine 600 mL/day.
Labs: K 3.4, albumin 3.3, Hgb 10.9.

Plan: add KCl 10 mEq daily, liberalize K in diet, keep darbepoetin. Transplant evaluation at {{FACILITY:Chesapeake University Hospital Transplant Center}} scheduled {{DATE:January 14}}; her cousin {{NAME:Beatriz}} wants to be tested as a donor. PD nurse {{NAME:Tovah Greenbaum}} ({{PHONE:410-555-0133}}) will visit {{DATE:12/28}}.

{{NAME:K. Okonkwo}}, MD`,
  `Record date: {{DATE:2062-08-03}}

Primary Care Walk-in, {{FACILITY:Govans Community Health Center}}

{{NAME:Terrence Bellamy}}, 44 M, new to clinic. Moved from {{LOCATION:Richmond}}, VA in {{DATE:June}}; works nights at {{FACILITY:Patterson Park Bakery}}. Last "physical" 2058. Came in because his girlfriend {{NAME:Shanice}} noticed he was drinking gallons of water and urinating constantly.

Random glucose 428, UA 3+ glucose, trace ketones. A1c 12.6. No acidosis on BMP (HCO3 24, AG 11). BP 154/96. BMI 36.

Family history: mother {{NAME:Odessa}} on dialysis in Virginia; father had MI at 50.

Impression: new-onset type 2 diabetes, symptomatic hyperglycemia; stage 2 HTN.

Plan: metformin 500 mg BID with slow titration, glargine 10 u qHS, meter and strips ({{FACILITY:Govans}} in-house pharmacy), hypoglycemia teaching, lisinopril 10 mg. Labs: lipids, CMP, UACR, TSH. Diabetes education group Thursdays 6 PM. Return in 1 week with Dr. {{NAME:Fairweather}}; nurse call in 48 h to {{PHONE:443-555-0108}}.

{{NAME:Jonah Whitfield}}, PA-C / cosigned {{NAME:Imani Fairweather}}, MD`,
  `Record date: {{DATE:2096-05-09}}

DISCHARGE SUMMARY - {{FACILITY:Brandywine Valley Community Hospital}}

Patient: {{NAME:Henrietta Vos}}   MRN {{MRN:BV00934470}}
Admit {{DATE:5/3/96}}  Discharge {{DATE:5/9/96}}
Attending {{NAME:Cordelia Nash}}, MD; PCP {{NAME:Gideon Marsh}}, MD, {{FACILITY:Hockessin Family Physicians}}

Dx: Left foot osteomyelitis (2nd toe), MSSA; DM2 uncontrolled; CKD 3a; PAD.

Course: 68F presented with a swollen, draining L 2nd toe after wearing new shoes to her granddaughter {{NAME:Lily}}'s wedding in {{LOCATION:Cape May}} on {{DATE:4/20}}. MRI confirmed osteomyelitis of P2/P3. Podiatry (Dr. {{NAME:Orr}}) performed 2nd toe amputation {{DATE:5/5}}; margins clean on path. Bone cx MSSA. Vascular: ABI 0.82, no intervention. PICC placed; cefazolin 2 g q8h x 2 weeks total.

Glucose: A1c 10.6; basal insulin started (glargine 16 u).
Disposition: home with {{FACILITY:Delmarva Infusion Partners}} for IV antibiotics; husband {{NAME:Arie}} trained.
Follow-up: podiatry {{DATE:5/15}}; ID clinic {{DATE:5/19}}; Dr. {{NAME:Marsh}} 1-2 weeks. Weekly CBC/BMP drawn by home nurse.

{{NAME:C. Nash}} MD / {{NAME:ddw}}`,
  `Record date: {{DATE:2070-01-27}}

Cardiology - Heart Failure Clinic, {{FACILITY:CUH}}

{{NAME:Reginald Oakes}} 61M, ischemic CM EF 22%, NYHA III, DM2, CKD 3b. Here with wife {{NAME:Bernadette}}.

Since last visit {{DATE:12/16/69}} he has been admitted once to {{FACILITY:Severn Ridge}} ({{DATE:1/4-1/9/70}}) for volume overload. He stopped working as a parking attendant at {{FACILITY:Harborview Parking Services}} after that admission. Now walks 1 block. Weight 97.2 kg.

Meds: sacubitril/valsartan 49/51 BID, metoprolol succ 100, eplerenone 25, empagliflozin 10, torsemide 40 BID, insulin.
Device: CRT-D (Boston Scientific Resonate, serial {{DEVICE:RSX-227461}}), interrogation: 97% BiV pacing, 2 NSVT runs, no therapies.

Labs: Na 132, K 5.1, Cr 1.9, NT-proBNP 6,800.

Assessment: stage D approaching; discussed LVAD and transplant evaluation. Pt and wife want to proceed. Referral to Dr. {{NAME:Kristoffersen}} (advanced HF). Palliative care intro with NP {{NAME:Rhiannon Quill}}.

{{NAME:Rosalind Tewksbury}}, MD`,
  `Record date: {{DATE:2108-06-30}}

{{FACILITY:SUSQUEHANNA RIDGE FAMILY MEDICINE}}
Annual wellness visit

{{NAME:Stanley Szymanski}} is now {{AGE:94}}. He came with his son {{NAME:Ray}} and granddaughter {{NAME:Kasia}}. Since his wife {{NAME:Helen}} passed in 2068 he has lived with {{NAME:Ray}}'s family in {{LOCATION:Red Lion}}.

Problems: DM2 (A1c 7.4 on glargine 14 u only), CAD s/p stent 2059, HFpEF, CKD 3b (eGFR 34), BPH, hearing loss (hearing aids from {{FACILITY:Codorus Hearing Center}}), mild cognitive impairment (MoCA 22/30).

Falls: one fall in {{DATE:March}}, no injury. Timed Up and Go 16 s. Uses a cane.
Advance directive: updated today; {{NAME:Ray}} is agent; MOLST - DNR, selective treatment, no feeding tube.

Screening at {{AGE:94}}: no further colon or PSA screening. Shingrix #2 given (lot 7K3MP). Eye exam with Dr. {{NAME:Jurgens}} due.

A1c goal <8 given age; no hypoglycemia on CGM. Continue current meds; stop aspirin? - discussed, will continue for CAD.

Next visit {{DATE:12/2108}}.
{{NAME:Ilona Voss}}, DO   {{PHONE:717-555-0160}}`,
  `Record date: {{DATE:2076-03-15}}

CUH Interventional Nephrology - procedure note

Pt: {{NAME:Leroy Ashworth}} ({{MRN:KR-118204}}), 52M, ESRD on HD at {{FACILITY:Kestrel Run Dialysis Center}}, referred by Dr. {{NAME:Okonkwo}} and charge RN {{NAME:Dorothea Pruitt}} for prolonged bleeding and high venous pressures (>220) on the L brachiocephalic AVF.

Procedure: fistulogram and venous angioplasty. Access via retrograde 6 Fr sheath. Findings: 80% cephalic arch stenosis. PTA with 8 x 40 mm Mustang balloon to 14 atm, then 9 mm Conquest high-pressure balloon; residual 20%. Thrill restored. Central veins patent. Heparin 3,000 u. Sedation: midazolam 2 mg, fentanyl 50 mcg. EBL minimal.

Impression: successful angioplasty of cephalic arch stenosis (CPT 36902).
Plan: may dialyze today per usual schedule; repeat fistulogram in 3 months or sooner if pressures rise. Results faxed to {{FACILITY:Kestrel Run}} at {{FAX:410-555-0147}}.

{{NAME:Serafina Gallo}}, MD    Case # {{ID:IN-76-0338}}`,
  `Record date: {{DATE:2089-10-04}}

Phone message - endocrine

Pt {{NAME:Bettina Krolikowski}} left voicemail {{DATE:10/4 08:55}}: pump alarm "occlusion detected" x3 overnight, BG 310 at 7 AM with moderate ketones. Called back at {{PHONE:443-555-0129}}; she is at work at {{FACILITY:Rolling Acres Elementary}}, in the nurse's office with school nurse {{NAME:Pam Delaney}}.

Advised: correction by injection (pen), change site and tubing, ketone check in 2 h, fluids, go home if vomiting. Backup plan if pump fails: glargine 20 u + lispro per ratio 1:10.
Tandem support case {{ID:TC-5520914}} opened; replacement cartridge lot not relevant. Serial on pump {{DEVICE:TS-4418207}} confirmed.

At 11:20 she called back: BG 188, ketones trace. Feels fine. Husband {{NAME:Piotr}} bringing supplies.

Dr. {{NAME:Ashby}} aware. {{NAME:Jolene Carmody}}, RN, CDCES`,
  `Record date: {{DATE:2065-07-07}}

Cardiology consult - {{FACILITY:Patapsco Valley Hospital}}, {{FACILITY:Kimball 6}}

Requested by hospitalist Dr. {{NAME:Sorensen}} for new AF with RVR in {{NAME:Ruth Ann Bickerstaff}}, 79, admitted {{DATE:7/5}} with urosepsis (E. coli). Hx DM2, HTN, CKD 3a, prior TIA 2061. No known CAD.

HR 140s irregular on arrival, now 98 on diltiazem gtt 10 mg/h. BP 112/68. TSH normal. Echo: EF 50%, LA 4.6 cm, mild MR.
CHA2DS2-VASc = 7 (age 75+, female, HTN, DM, TIA x2). HAS-BLED 3.

Recommendations:
1. Transition to oral diltiazem 60 mg q6h -> CD 240 daily; add metoprolol if needed.
2. Anticoagulation: apixaban 5 mg BID once hemodynamically stable and no procedures planned (Cr 1.3, wt 64 kg, age <80 - standard dose).
3. Outpatient follow-up with {{FACILITY:Wye River Cardiology}} in {{LOCATION:Easton}} or with us at {{FACILITY:PVH}} Heart Clinic; pt prefers {{LOCATION:Catonsville}} office near her daughter {{NAME:Maribeth}}.

Thank you. {{NAME:Farid Nazari}}, MD, cardiology, pager {{PHONE:8842}}`,
  `Record date: {{DATE:2098-11-13}}

CUH Diabetes Center - Group visit documentation

Participant: {{NAME:Oluwaseun Adeyemi}}, 38 M, MRN {{MRN:5083317}}; referred from {{FACILITY:Govans Community Health Center}} by Dr. {{NAME:Fairweather}}.

Session 3 of 6 (facilitator {{NAME:Claire Donnelly}}, RDN, with pharmacist {{NAME:Noor Haddad}}). Topic: sick-day rules, SGLT2 inhibitors and euglycemic DKA, foot care.

He drives for {{FACILITY:Charm City Rideshare Cooperative}} 50-60 h/week, eats fast food between trips. Weight down 3.1 kg since session 1 on {{DATE:10/16}}. Home fasting BG 130-160. On metformin 1000 BID and dapagliflozin 10.

Goals set: pack lunch 4 days/week, walking at {{LOCATION:Druid Hill Park}} with his wife {{NAME:Folake}} on his day off (Sunday), check feet nightly.

Next session {{DATE:Thursday, November 27}} - group will meet at 5:30 PM in Conference Room 3B of the {{FACILITY:Hackett Pavilion}}.`,
  `Record date: {{DATE:2072-04-18}}

INTERNAL MEDICINE - {{FACILITY:ROLAND PARK INTERNAL MEDICINE}}

{{NAME:Agnes Whitlock}} - 65 F - here for 6 month f/u. Husband {{NAME:Walter}} died {{DATE:January 3}} (pancreatic ca, cared for by {{FACILITY:Ellerslie Hospice}}). She is grieving but eating, sleeping OK. Daughter {{NAME:Sylvia}} lives in {{LOCATION:Portland}}, OR; grandson {{NAME:Devin}} visits on weekends from {{FACILITY:Loch Raven College}}. She is thinking of selling the house on {{ADDRESS:Deepdene Road}} and moving to {{FACILITY:Hampden Terrace}}.

DM2: A1c 7.2 on metformin 1000 BID and sitagliptin 100. No lows.
HTN: 134/78 on losartan 100, chlorthalidone 25.
CKD 3a: Cr 1.2, eGFR 49, UACR 45.
Gout: no flares on allopurinol 200.
Mood: PHQ-9 = 9. Declines meds; referred to grief group at {{FACILITY:Roland Heights Presbyterian}}.

Plan: continue meds; shingles and pneumococcal vaccines today; mammogram at {{FACILITY:Greenspring Breast Imaging}} due {{DATE:5/2072}}; DEXA. Call me if mood worsens - {{PHONE:410-555-0110}}.

{{NAME:Ingrid Solberg}}, MD / {{NAME:jmc}}`,
  `Record date: {{DATE:2091-02-02}}

ED NOTE - {{FACILITY:Severn Ridge Community Hospital}} ({{FACILITY:SRCH}})
Pt: {{NAME:Darnell Whitsett}}   DOB {{DATE:11/11/2043}}   MRN {{MRN:SR6617240}}   Arrival {{DATE:2/2/91 14:06}}

47M with DM2, HTN, no known CAD, works as a roofer for {{FACILITY:Arundel Roofing & Gutter}}, with 2 h of crushing chest pain that began while shoveling snow at home in {{LOCATION:Odenton}}. Wife {{NAME:Tiana}} drove him.

ECG 14:09: 3 mm ST elevation II, III, aVF with reciprocal changes I/aVL - inferior STEMI. Code STEMI activated 14:11. ASA 325 chewed, heparin 4,000 u, ticagrelor 180.

BP 96/60, HR 54, RV infarct suspected (V4R 1 mm STE) - NTG held, NS 500 mL.

Transferred to {{FACILITY:Chesapeake University Hospital}} cath lab by {{FACILITY:Lifeline Critical Care Transport}}; door-in-door-out 38 min. Accepting: Dr. {{NAME:Mistry}}, called via transfer center {{PHONE:410-555-0199}} at 14:20.

Mother {{NAME:Earlene Whitsett}} ({{PHONE:410-555-0134}}) informed at wife's request.

{{NAME:Valentina Ruiz-Caro}}, MD, emergency medicine`,
  `Record date: {{DATE:2083-09-09}}

Referral letter

To: {{NAME:Kwame Okonkwo}}, MD, {{FACILITY:Holloway Renal Associates}}, {{ADDRESS:900 N. Calvert Street, Suite 410}}, {{LOCATION:Baltimore}}, MD {{ZIP:21202}}
From: {{NAME:Gideon Marsh}}, MD, {{FACILITY:Hockessin Family Physicians}}, {{LOCATION:Hockessin}}, DE {{ZIP:19707}}
Date: {{DATE:September 9, 2083}}

Re: {{NAME:Phineas Goodwin-Atlee}}, DOB {{DATE:2/17/2021}}, our chart {{MRN:HFP-20834}}

{{NAME:Kwame}} - I'd be grateful if you would see Mr. {{NAME:Goodwin-Atlee}}, 62, a civil engineer with {{FACILITY:Brandywine Engineering Group}}. He has DM2 (A1c 7.0), well-controlled HTN and a creatinine that rose from 1.1 to 1.6 over 18 months, with microscopic hematuria (10-20 RBC/hpf, dysmorphic on our read) and UPCR 1.4 g/g. ANA negative; C3/C4 pending. I'm concerned this is not simply diabetic nephropathy.

He prefers to be seen in {{LOCATION:Baltimore}} because his daughter {{NAME:Juniper}} is a resident at {{FACILITY:CUH}}.

Records and labs enclosed. My cell is {{PHONE:302-555-0116}}.

Regards,
{{NAME:Gideon Marsh}}`,
  `Record date: {{DATE:2060-12-22}}

Nephrology new patient - {{FACILITY:CUH}} {{FACILITY:Mount Vernon Place}} Renal Clinic

{{NAME:Eulalia Brightwater}}, 54 F, referred by Dr. {{NAME:Amundsen}} ({{FACILITY:Dundalk Medical Associates}}) for CKD 3b and hyperkalemia.

Type 2 DM x 15 yr, HTN, obesity, OSA on CPAP (ResMed AirSense 11, serial {{DEVICE:23181447602}}). Retinopathy treated with laser at {{FACILITY:Lindqvist Eye Care}} in 2058. No NSAIDs. Works as a unit clerk at {{FACILITY:Bayview Harbor Nursing Center}}.

Labs {{DATE:12/15/60}}: Cr 1.7, eGFR 35, K 5.7, HCO3 19, UACR 1,900 mg/g, Hgb 11.2.
BP today 148/90 on lisinopril 40, amlodipine 10.

Assessment: diabetic kidney disease, A3 albuminuria, with type 4 RTA physiology.
Plan:
- start finerenone? not with K 5.7; first patiromer 8.4 g daily and low-K diet
- add empagliflozin 10 mg; furosemide 20 mg to help K and BP
- sodium bicarbonate 650 mg BID
- recheck BMP in 1 wk at {{FACILITY:Dundalk Medical Associates}} lab; results to Dr. {{NAME:Amundsen}} and me
- husband {{NAME:Lamont}} to attend next visit {{DATE:1/19/61}}

{{NAME:Kwame Okonkwo}}, MD`,
  `Record date: {{DATE:2103-03-28}}

HOSPITALIST PROGRESS NOTE - {{FACILITY:Patapsco Valley Hospital}} day 3

{{NAME:Gregor Ivashchenko}}, 83M, {{FACILITY:Kimball 6}} rm 634.
S: breathing better, slept in bed overnight. Weight 79.3 (admit 83.0). Asked again about getting back to his garden in {{LOCATION:Arbutus}}. Daughter {{NAME:Oksana}} visited; son {{NAME:Mykola}} called from {{LOCATION:Kyiv}}.
O: 118/66, 74, 96% RA. JVP 9 cm. Few crackles R base. 1+ edema.
Labs: Cr 1.8 (1.6), K 3.7, Mg 1.7, glucose 140-210 on glargine 12 + correction.
A/P:
1. ADHF, HFrEF 30% - net -3.7 L; switch IV furosemide 60 BID to PO torsemide 40 tomorrow. Start spironolactone when K stable.
2. DM2 - glargine to 14 u.
3. CKD 3b - Cr mild bump, acceptable.
4. Dispo - PT recommends home with services; {{FACILITY:Harbor Home Health}} referral placed; PCP Dr. {{NAME:Iwu}} at {{FACILITY:Catonsville Medical Group}} visit within 7 days. Anticipate d/c {{DATE:3/30}}.

{{NAME:S. Sorensen}}, MD  x{{PHONE:4471}}`,
  `Record date: {{DATE:2078-08-01}}

Telephone - PCP office, {{FACILITY:Elkridge Family Practice}}

{{DATE:8/1/78}} 4:40 PM. {{NAME:Marisol Quintanilla-Reyes}} called (Spanish; interpreter {{NAME:Ramón}}) saying her glucose meter reads "HI" and she feels dizzy and thirsty. She started prednisone 40 mg on {{DATE:7/29}} from urgent care ({{FACILITY:ExpressCare of Columbia}}) for asthma flare.

Advised: go to ED now for evaluation of possible HHS/DKA. She says husband {{NAME:Hector}} is at work at {{FACILITY:Merriweather Landscaping}} and cannot drive her; instructed to call 911. Nurse {{NAME:Alma}} stayed on line while pt called EMS. Confirmed address {{ADDRESS:6120 Sunny Spring, Apt 2}}, {{LOCATION:Columbia}} {{ZIP:21044}}.

Notified Dr. {{NAME:Grier}}; ED at {{FACILITY:Patapsco Valley Hospital}} called with hand-off ({{PHONE:410-555-0124}}).

{{NAME:Alma Pineda}}, LPN`,
  `Record date: {{DATE:2087-05-05}}

nursing note 1900-0700, {{FACILITY:marsh 7}} stepdown

pt {{NAME:quintero}} a&ox3, on 2L nc sats 95. lasix gtt 10mg/h continues per dr {{NAME:tewksbury}}. uop 2.1L this shift, foley in place (16 fr). wt this am 94.2 kg down from 95.8. k 3.4 -> kcl 40 meq po given 0200. bs 212 at hs, 8u lantus given, 164 at 0600.
c/o insomnia, wife {{NAME:ines}} at bedside until 2200, she asked to be called at {{PHONE:410-555-0107}} if anything changes. son {{NAME:rafael}} called at 2330 from his job at {{FACILITY:fells point marine supply}}.
tele: sr 70s w/ occasional pvcs, 1 run 4 beats nsvt at 0312, asymptomatic, dr {{NAME:lindgren}} (night) notified, mg 1.8 -> 2 g iv ordered.
skin intact, braden 17. ambulated hall x2 with walker.
plan: cont diuresis, bmp 1400.
{{NAME:k. mbeki}} rn`,
  `Record date: {{DATE:2094-06-14}}

Anticoagulation Clinic - {{FACILITY:Dundalk Anticoagulation Clinic}}

Pt: {{NAME:Horace Vandermeer}}   Age: {{AGE:98}}   Indication: AF + mechanical mitral valve (St. Jude, 2061)   Goal INR 2.5-3.5
INR today (POC): 4.1. Last INR {{DATE:6/7}} 3.0.

He reports eating less since his wife {{NAME:Lottie}} was admitted to {{FACILITY:Bayview Harbor Nursing Center}} on {{DATE:5/31}}; now gets meals from neighbor {{NAME:Edna Pruitt}}. New meds: none, but completed Bactrim DS for UTI prescribed by urgent care on {{DATE:6/3}}. No bleeding, no dark stools.

Dosing: hold today, then 2.5 mg daily except 5 mg Mon/Fri (weekly 22.5 mg, 10% decrease). Recheck {{DATE:Friday 6/18}}.

Also: DM2 on detemir 14 u; fasting sugars 90-120. CKD 4 (Cr 2.5).
Discussed with granddaughter {{NAME:Anneke Vandermeer}} ({{PHONE:410-555-0175}}), who will check his pillbox Sunday.

{{NAME:Corinne Baptiste}}, PharmD, CACP`,
  `Record date: {{DATE:2069-11-21}}

{{FACILITY:Chesapeake University Hospital}}
Department of Surgery - Vascular

OPERATIVE NOTE
Patient: {{NAME:Lucius Pendergrass}}   MRN: {{MRN:CUH-7741902}}   Date: {{DATE:11/21/2069}}
Surgeon: {{NAME:Ignatius Menendez}}, MD   Assistant: {{NAME:Priyanka Sethi}}, MD   Anesthesia: Dr. {{NAME:B. Oyelaran}}

Preop dx: R foot critical limb ischemia with nonhealing 1st MTP ulcer, Rutherford 5.
Procedure: R common femoral to below-knee popliteal bypass with in-situ greater saphenous vein; intraoperative angiogram.
Findings: good-quality GSV, 4 mm. Popliteal target soft. Completion angiogram: widely patent graft, 2-vessel runoff (peroneal, PT).
EBL 250 mL. Fluids 1.8 L LR. UOP 300. Heparin 7,000 u, reversed with protamine 50 mg.
Specimens: none. Complications: none.
Disposition: PACU then {{FACILITY:Tydings 4}} vascular floor. Post-op ABI, graft duplex POD#1. Continue ASA, atorvastatin; rivaroxaban 2.5 BID per VOYAGER.

Podiatry (Dr. {{NAME:Orr}}, {{FACILITY:Elkton Foot and Ankle Center}}) to resume wound care in 2 wks. Neighbor {{NAME:Gus}} notified per pt's request.`,
  `Record date: {{DATE:2092-01-08}}

FAX COVER SHEET
{{FACILITY:Wye River Cardiology Associates}} - {{ADDRESS:412 Goldsborough St}}, {{LOCATION:Easton}}, MD {{ZIP:21601}}
Phone {{PHONE:410-555-0177}}   Fax {{FAX:410-555-0178}}

To: Priority Health Plan, utilization review department
Pages: 4 (including cover)
Date/time: {{DATE:01/08/2092 10:52}}

Re: request for evolocumab 140 mg q2wk
Member: {{NAME:Delia Carrow}}   DOB {{DATE:05/14/2018}}   Member ID: {{HEALTH_PLAN:PHP-44817302-01}}
Prescriber: {{NAME:Laurence Abernathy}}, MD   NPI {{LICENSE:1487260093}}

Clinical summary: 73 F with clinical ASCVD (NSTEMI 2088, LAD DES; in-stent restenosis treated {{DATE:7/2091}}), LDL 92 on rosuvastatin 40 mg + ezetimibe 10 mg for >12 weeks (labs {{DATE:12/20/91}} attached), statin-associated myalgia at higher dose of atorvastatin. DM2, CKD 3a.

Please contact {{NAME:Tess Montague}}, prior auth coordinator, at ext {{PHONE:2231}} with questions.

CONFIDENTIALITY NOTICE: this fax contains protected health information...`,
  `Record date: {{DATE:2101-07-16}}

Cardiac Rehabilitation - Phase II intake
{{FACILITY:CUH Cardiac Rehabilitation at Canton}}

{{NAME:Desmond Achterberg}}, 65 M, 6 yrs after his inferior STEMI, now referred after CABG x4 ({{DATE:6/20/2101}}, Dr. {{NAME:Halvorsen}}). Sternal precautions until {{DATE:8/1}}.

Risk factors: DM2 (A1c 7.6 on insulin + tirzepatide), HTN, HLD, former smoker (quit 2095), obesity (BMI 34), sedentary since retiring from {{FACILITY:Keystone Freightways}}.
Psychosocial: PHQ-9 11; partner {{NAME:Carla}} reports irritability. Referred to rehab psychologist Dr. {{NAME:Aldous Penn}} for CBT; {{NAME:Carla}} invited to the first session.

6MWT: 372 m, Borg 13, SpO2 nadir 95%. Resting HR 72, BP 128/74.
Exercise Rx: 3x/week, 30-40 min, RPE 11-13, target HR 95-115, treadmill + NuStep; glucose check pre/post (hold if <100 or >300).

Education: Mediterranean diet with RD {{NAME:Claire Donnelly}}, medication adherence, return-to-driving.

Will update Dr. {{NAME:Fairweather}} (PCP) and Dr. {{NAME:Mistry}}. Pt's preferred number {{PHONE:443-555-0193}}.

{{NAME:Wendell Hargrove}}, MS, ACSM-CEP`,
  `Record date: {{DATE:2086-10-29}}

Diabetes follow-up, {{FACILITY:Ashby Endocrine Group}} - {{LOCATION:Aberdeen}} office

{{NAME:Benedikt Strauss}}, 79, seen with wife {{NAME:Ilse}}. Since his BKA (2073) he walks with a prosthesis made by {{FACILITY:Chesapeake Orthotics & Prosthetics}}. He had a fall in {{DATE:August}} when his blood sugar was 54; since then {{NAME:Ilse}} checks him at 3 AM.

Regimen: glargine 26 u, dulaglutide 1.5 mg weekly. Libre 3 sensor data (14 days): TIR 64%, TBR 4% (mostly 2-5 AM), TAR 32%. GMI 7.4.
A1c 7.6. Cr 1.9, eGFR 35. Lipids at goal.

Assessment: T2DM with nocturnal hypoglycemia in an older adult with CKD 3b.
Plan: reduce glargine to 20 u, move dose to morning; relax target A1c to <8.0; Libre alarm set at 70. Continue dulaglutide. Foot exam L (intact) - annual podiatry at {{FACILITY:Elkton Foot and Ankle Center}} with Dr. {{NAME:Orr}}.

Next visit {{DATE:Jan 28, 2087}}. He asked that copies go to his cardiologist Dr. {{NAME:Bhattacharya}} at {{FACILITY:Brandywine Valley}}.

{{NAME:Mehmet Aksoy}}, MD`,
  `Record date: {{DATE:2064-02-20}}

ED visit - {{FACILITY:Chesapeake University Hospital}} Adult Emergency

{{NAME:Gwendolyn Tarrant}} 72F, MRN {{MRN:2901554}}, arrived {{DATE:2/20/64 06:58}} with palpitations and lightheadedness since 4 AM. Hx DM2, CAD, CKD 3b. On arrival HR 168, narrow regular - SVT vs flutter. BP 110/70. Vagal maneuver (modified Valsalva) unsuccessful; adenosine 6 mg -> transient block revealing flutter waves 2:1. Diltiazem 10 mg IV -> HR 98.

K 5.2, Mg 1.9, Cr 1.4, TSH 1.8, troponin 0.02 x2.
CHA2DS2-VASc 5 -> start apixaban 5 mg BID; diltiazem ER 180.

Dispo: discharged 13:30 with cardiology f/u at {{FACILITY:Wye River Cardiology}} (Dr. {{NAME:Abernathy}}) for ablation discussion, and PCP Dr. {{NAME:Raman}} within the week. Son {{NAME:Marcus}} drove her home to {{LOCATION:Owings Mills}}; she will skip choir at {{FACILITY:Bethel AME}} this Sunday.

{{NAME:Hollis Brandt}}, MD, attending; scribe {{NAME:Amira Saleh}}`,
  `Record date: {{DATE:2099-09-02}}

Dear Dr. {{NAME:Fairweather}},

I saw your patient {{NAME:Oluwaseun Adeyemi}} ({{MRN:5083317}}) in the {{FACILITY:CUH}} Endocrine clinic on {{DATE:August 29}}. At 39 he has had type 2 diabetes for 3 years; A1c has improved from 10.1 to 7.3 on metformin and dapagliflozin with the lifestyle changes from our group program. However, his C-peptide is low-normal (0.9 ng/mL) and GAD65 antibodies came back positive at 38 IU/mL, raising latent autoimmune diabetes of adults (LADA).

I have explained that he will likely need insulin sooner than expected. I stopped dapagliflozin (DKA risk with autoimmune diabetes and his long shifts driving) and started glargine 10 units nightly. He and his wife {{NAME:Folake}} were taught by our educator {{NAME:Fern Whitaker}}. I also checked TSH and celiac serology.

He asked whether his 12-year-old son {{NAME:Tobiloba}} at {{FACILITY:Waverly Elementary/Middle}} should be screened; I suggested discussing with his pediatrician.

Follow-up with me {{DATE:10/31/99}}.

Sincerely,
{{NAME:Harriet Ashby}}, MD  |  {{PHONE:410-555-0158}}`,
  `Record date: {{DATE:2079-03-01}}

INTERFACILITY TRANSFER FORM
Sending: {{FACILITY:Susquehanna Ridge Hospital}}, {{ADDRESS:1200 Conowingo Road}}, {{LOCATION:Bel Air}}, MD {{ZIP:21014}}
Receiving: {{FACILITY:Chesapeake University Hospital}}, {{FACILITY:Lowell 3 CCU}}, bed 9
Date/time of transfer: {{DATE:03/01/2079 17:35}}

Patient: {{NAME:Cornelius Abara}}   DOB: {{DATE:08/30/2010}}   Age 68   MRN (SRH): {{MRN:SR4420118}}
Emergency contact: {{NAME:Ngozi Abara}} (wife), {{PHONE:410-555-0186}}; alt {{NAME:Chidi Abara}} (son), {{PHONE:443-555-0102}}
Insurance: Medicare A/B, Medicare # {{HEALTH_PLAN:7TR4-KW2-MN61}}
PCP: {{NAME:Ilona Voss}}, DO

Reason: cardiogenic shock after anterior STEMI; needs Impella/mechanical support not available at {{FACILITY:SRH}}.
Dx: STEMI (I21.09), DM2, CKD 3a.
Current drips: norepinephrine 0.12 mcg/kg/min, heparin 1,000 u/h, insulin 3 u/h.
Sending MD: {{NAME:Rutherford Kane}}, MD ({{PHONE:410-555-0198}}). Accepting MD: {{NAME:Rosalind Tewksbury}}, MD.
Mode: {{FACILITY:Lifeline Critical Care Transport}} mobile ICU unit 7.
Valuables: wedding ring sent with wife.`,
  `Record date: {{DATE:2074-05-23}}

Follow-up visit - {{FACILITY:Hockessin Family Physicians}}

{{NAME:Henrietta Vos}} (46) returns for her diabetes. Her mother, {{NAME:Greet Vos}}, {{AGE:102}}, still lives with her and was recently evaluated at {{FACILITY:Christiana Pines Geriatrics}}; caregiving is taking a toll. {{NAME:Henrietta}} is working part time as a bookkeeper for {{FACILITY:Yorklyn Mill Antiques}}.

Glucose: A1c 8.9 (from 8.1). Missing evening metformin. No hypoglycemia.
BP 138/86. BMI 38. Feet: callus R 1st MTP, no ulcer. Monofilament diminished.
Microalbumin 88 mg/g; eGFR 72.

Plan:
- switch to metformin ER 1500 mg once daily for adherence
- add semaglutide (Ozempic) 0.25 mg weekly
- podiatry referral; shoe counseling
- caregiver support: gave number for adult day program at {{FACILITY:Brandywine Senior Center}}, {{PHONE:302-555-0121}}
- recheck {{DATE:8/74}}

Husband {{NAME:Arie}} supportive; daughter {{NAME:Marjolein}} in {{LOCATION:Philadelphia}}.

{{NAME:Gideon Marsh}}, MD`,
  `Record date: {{DATE:2081-01-30}}

{{FACILITY:CUH}} Advanced Heart Failure / LVAD Clinic

{{NAME:Reginald Oakes}}, 72 M, HeartMate 3 LVAD (implanted {{DATE:4/22/2070}}, destination therapy), pump serial {{DEVICE:HM3-1207745}}. Here with wife {{NAME:Bernadette}} and VAD coordinator {{NAME:Ulrike Zamora}}, RN.

Controller log: speed 5,400 rpm, flow 4.3 L/min, PI 3.8, power 4.1 W; no low-flow alarms. 2 PI events {{DATE:1/18}}.
Driveline exit site: incorporated, no drainage (photo in chart).
MAP 82 by Doppler. INR 2.4 on warfarin (goal 2-3); ASA 81.
DM2: A1c 7.1 on glargine 18 u. CKD 3b, Cr 1.7 (stable).
He is back to part-time volunteering at {{FACILITY:Glen Burnie Historical Society}} and drives to {{LOCATION:Severna Park}} for grandson {{NAME:Tyrell}}'s games.

Plan: no change. Driveline dressing changes weekly by {{NAME:Bernadette}}. Labs LDH 210 (stable). RTC 3 months. On-call VAD pager {{PHONE:410-555-0100}} reviewed.

{{NAME:Anders Kristoffersen}}, MD`,
  `Record date: {{DATE:2090-08-12}}

Telephone encounter - renal

Call from {{FACILITY:Kestrel Run Dialysis Center}} charge nurse {{NAME:Dorothea}} re: {{NAME:Leroy Ashworth}}. Pt missed Wednesday and Friday treatments ({{DATE:8/7}} and {{DATE:8/9}}); arrived today {{DATE:Monday 8/12}} with K 7.1, wt 6.2 kg over EDW. ECG at unit: peaked T waves, no widening.

Instructed: send to {{FACILITY:CUH}} ED for emergent HD. EMS called from unit at 07:50.

Reason for missed treatments: his ride via {{FACILITY:Blue Heron Medical Transport}} was cancelled after a billing dispute (account {{ACCOUNT:BH-00457721}}); his daughter {{NAME:Keisha}} was out of town in {{LOCATION:Atlanta}}.

Follow-up: SW {{NAME:Beatrix Oyelowo}} to arrange backup transport; consider moving him to {{FACILITY:Kestrel Run}}'s 1st shift closer to his bus line (#22).

{{NAME:K. Okonkwo}}, MD`,
  `Record date: {{DATE:2067-06-03}}

Primary care visit - {{FACILITY:Catonsville Medical Group}}

Patient {{NAME:Gregor Ivashchenko}}, 47, emigrated from {{LOCATION:Kharkiv}} in 2061; works as a machinist at {{FACILITY:Westport Precision Tool}}. Wife {{NAME:Oksana}} (also our patient) attends.

CC: fatigue and nocturia. Fasting glucose at work health fair 168.
Labs: A1c 7.8, fasting lipids LDL 162, TG 240, HDL 34. Cr 0.9. ALT 58 (fatty liver on US {{DATE:4/12}}).
Exam: BP 142/92 x2, BMI 31, waist 108 cm. Acanthosis nigricans at neck.
ASCVD 10-yr risk 14.6%.

Dx: type 2 diabetes (new), HTN stage 2, mixed dyslipidemia, MASLD.
Plan: metformin 500 BID -> 1000 BID; atorvastatin 40; lisinopril 10; walking program; dietitian. He smokes 1/2 ppd - discussed varenicline, he will think about it. Recheck 3 months. Father died in {{LOCATION:Kharkiv}} of a stroke at 60.

{{NAME:Chinedu Iwu}}, MD  {{PHONE:410-555-0184}}`,
  `Record date: {{DATE:2098-04-07}}

Interval note / chart review - {{FACILITY:Roland Park Internal Medicine}}

Received discharge summary from {{FACILITY:Chesapeake University Hospital}} for {{NAME:Agnes Whitlock}} ({{AGE:91}}): admitted {{DATE:3/29-4/3/98}} to {{FACILITY:Whitcomb 5}} with urosepsis and AKI (Cr 3.1, baseline 1.9). Treated with ceftriaxone; empagliflozin and losartan held. Discharged to {{FACILITY:Hampden Terrace}} assisted living with home PT from {{FACILITY:Harbor Home Health}}.

Actions:
- called {{NAME:Colette Marchbanks}} (niece, HCP) at {{PHONE:410-555-0114}}: pt eating, confused at night, no falls.
- BMP ordered for {{DATE:4/9}}; resume losartan 25 mg only if Cr <2.2.
- empagliflozin discontinued permanently per Dr. {{NAME:Okonkwo}} ({{FACILITY:Holloway Renal}}) given recurrent UTI.
- visit scheduled {{DATE:April 15}} (home visit by NP {{NAME:Delphine Arceneaux}}).

{{NAME:Ingrid Solberg}}, MD`,
  `Record date: {{DATE:2062-11-11}}

Cardiology office note - {{FACILITY:Wye River Cardiology Associates}}

{{NAME:Ottoline Maguire}}, 41 F, referred by Dr. {{NAME:Whitby}} for palpitations. Works as a charge nurse at {{FACILITY:Bayshore Birthing Center}} in {{LOCATION:Chestertown}}, night shift. Palpitations during shifts; triggered by coffee (5-6 cups). No syncope. Gestational diabetes x2 (2054, 2057); now prediabetes (A1c 6.1).

Holter {{DATE:10/30-10/31/62}}: sinus rhythm 55-142, 4% PVC burden, no sustained arrhythmia, symptoms correlate with PVCs.
Echo: normal structure, EF 60%.
TSH 1.2, K 4.2, Mg 2.0.

Impression: symptomatic benign PVCs; prediabetes; family history of premature CAD (father {{NAME:Fergus Maguire}} MI at 49).
Plan: reduce caffeine, sleep hygiene; metoprolol succinate 25 mg if persists; lipid panel, Lp(a); refer to DPP at {{FACILITY:Chester River Wellness Center}}.

{{NAME:Laurence Abernathy}}, MD  Fax {{FAX:410-555-0178}}`,
  `Record date: {{DATE:2084-07-26}}

ED note - {{FACILITY:PVH}} Emergency

{{NAME:Winston Achebe}} 74M   MRN {{MRN:PV-1993048}}
Arrived {{DATE:7/26/84 13:12}}. Brought by his son {{NAME:Chukwuma}} after he was found confused in the parking lot of {{FACILITY:Rolling Meadows Plaza}} on a 97-degree day.

PMH: DM2 on insulin, CKD 3b, CAD s/p CABG, HFrEF.
VS: T 39.6, HR 118, BP 92/54, RR 24, SpO2 95%. Glucose 486.
Labs: Na 152 (corrected 159), Cr 3.2, osm 338, HCO3 21, ketones small, lactate 3.1.

Dx: heat exhaustion with HHS and AKI; hypovolemia.
Tx: cooling, NS 1 L then 0.45% NS, insulin gtt 0.05 u/kg/h once K 4.2, hold Entresto, torsemide, empagliflozin.

Admit: ICU ({{FACILITY:Kimball 2 MICU}}), intensivist Dr. {{NAME:Laszlo Petrovic}}. Wife {{NAME:Adanna}} en route from their home in {{LOCATION:Woodlawn}}. Son's phone {{PHONE:443-555-0125}}.

{{NAME:Nadia Farouk}}, MD`,
  `Record date: {{DATE:2093-03-17}}

PATIENT REGISTRATION / FACE SHEET - {{FACILITY:Brandywine Valley Community Hospital}}

Name: {{NAME:Fitzgerald, Moira Catherine}}     Sex: F     DOB: {{DATE:12/01/2026}}     Age: 66
MRN: {{MRN:BV01129934}}     Acct #: {{ACCOUNT:9300417726}}     Admit: {{DATE:03/17/2093 08:15}}
Address: {{ADDRESS:88 Kirkwood Highway, Unit 3}}, {{LOCATION:Newark}}, DE {{ZIP:19711}}
Home phone: {{PHONE:(302) 555-0161}}     Cell: {{PHONE:(302) 555-0162}}
Email: {{EMAIL:moira.fitz66@mailbox.example}}
Employer: {{FACILITY:Pencader Public Library}} (retired)
Primary insurance: Medicare, MBI {{HEALTH_PLAN:3QJ8-EK4-RT27}}; secondary Delmarva BlueShield, ID {{HEALTH_PLAN:DBX449021667}}
Next of kin: {{NAME:Brendan Fitzgerald}} (husband), same address; {{NAME:Aoife Fitzgerald-Shaw}} (daughter), {{PHONE:215-555-0166}}
PCP: {{NAME:Gideon Marsh}}, MD
Admitting dx: elective R TKA; comorbid DM2 (A1c 6.8), CAD s/p PCI 2089, CKD 3a
Surgeon: {{NAME:Percival Oduya}}, MD
Advance directive on file: yes (scanned {{DATE:2/28/93}})
Registrar: {{NAME:dmk}}`,
  `Record date: {{DATE:2070-10-10}}

Endocrine - thyroid/diabetes visit, {{FACILITY:Ashby Endocrine Group}}

{{NAME:Eulalia Brightwater}} (64) for DM2 with CKD 4 (eGFR 26) and newly found hypercalcemia (Ca 11.2, PTH 148) on labs from Dr. {{NAME:Okonkwo}}'s office {{DATE:9/22}}.

Sestamibi at {{FACILITY:CUH}} nuclear medicine {{DATE:10/3}}: focal uptake L inferior parathyroid.
DXA: T-score -2.6 at the 1/3 radius. 24h urine Ca 310 mg.

Diabetes: A1c 7.0 on linagliptin 5 + glargine 22. No lows.

Impression: primary hyperparathyroidism (single adenoma likely) with osteoporosis and nephrolithiasis history - meets surgical criteria; DM2 at goal.
Plan: refer to Dr. {{NAME:Cressida Vaughn}}, endocrine surgery, {{FACILITY:Chesapeake University Hospital}}; cinacalcet not needed pre-op. Continue glucose regimen. Her husband {{NAME:Lamont}} asked about driving her to {{LOCATION:Baltimore}}; gave parking info for the {{FACILITY:Eutaw Street Garage}}.

{{NAME:Harriet Ashby}}, MD   {{PHONE:410-555-0158}}`,
  `Record date: {{DATE:2076-12-24}}

Telephone note - on-call cardiology

23:10 - call from {{NAME:Genevieve Lamontagne}} ({{PHONE:410-555-0127}}), wife of pt {{NAME:Ferris Lamontagne}} (74, CAD s/p RCA stent {{DATE:6/8/71}}, ICM EF 40%, DM2). He had 20 min of chest pressure while carrying presents in from the car at their daughter {{NAME:Sabine}}'s house in {{LOCATION:Cambridge}}, relieved with 1 SL NTG. Now pain free, but "gray and sweaty" per wife. BG 142.

Advised: call 911 now; chew ASA 325 non-enteric if not already taken today. Nearest ED likely {{FACILITY:Dorchester Bayside Hospital}}; told EMS will decide. I called ahead to ED charge RN {{NAME:Lyle}} at {{PHONE:410-555-0118}} and gave history; outpatient records from {{FACILITY:Wye River Cardiology}} faxed.

00:05 {{DATE:12/25}} - ED physician Dr. {{NAME:Okafor}} called back: troponin 0.8, ST depression lateral leads. NSTEMI - transfer to {{FACILITY:CUH}} for cath in AM. Dr. {{NAME:Mistry}} notified.

{{NAME:Yusuf Demir}}, MD (cardiology fellow on call)`,
  `Record date: {{DATE:2088-09-15}}

{{FACILITY:Govans Community Health Center}} - Diabetes/CKD visit

{{NAME:Terrence Bellamy}}, 70. Diabetes since 2062; now on insulin glargine 40 u, aspart 10 u TID, semaglutide 1 mg. A1c 8.3. Not yet on dialysis - CKD 4 (eGFR 21), pre-dialysis education done at {{FACILITY:Holloway Renal Associates}}.

Social: lives with partner {{NAME:Shanice}} at {{ADDRESS:3512 Greenmount Ave}}, {{LOCATION:Baltimore}} {{ZIP:21218}}. Retired from {{FACILITY:Patterson Park Bakery}} in 2085. Mother {{NAME:Odessa}} died on dialysis in {{LOCATION:Richmond}}; he is frightened of dialysis.

BP 152/88, wt 104 kg, edema 1+. K 5.3, HCO3 20, Hgb 9.8.

Plan:
- reinforce low-K diet; patiromer 8.4 g
- increase furosemide to 80 mg BID
- ESA per nephrology; iron studies
- advance care planning started; he names {{NAME:Shanice}} as agent
- transplant referral to {{FACILITY:CUH}} discussed - he agrees
- RTC 6 weeks; phone follow-up from RN {{NAME:Ebony Carr}} ({{PHONE:443-555-0109}})

{{NAME:Imani Fairweather}}, MD`,
  `Record date: {{DATE:2095-04-02}}

CUH Transplant Nephrology - post-kidney-transplant visit

{{NAME:Consuelo Ybarra}}, 68, now 8 years after living-donor kidney transplant ({{DATE:3/11/87}}, donor her cousin {{NAME:Beatriz Salcedo}}). Creatinine 1.3 today, stable. Tacrolimus trough 5.8 (goal 4-6), mycophenolate 500 BID, prednisone 5.

New-onset diabetes after transplant (dx 2089) on glargine 14 u + sitagliptin 50; A1c 7.2. BP 128/76 on amlodipine. LDL 70 on pravastatin (avoiding atorvastatin-interaction concerns).

Skin check by Dr. {{NAME:Nakamura}} ({{FACILITY:Inner Harbor Dermatology}}) {{DATE:1/30}}: SCC in situ L forearm, excised.

She retired from {{FACILITY:Dorsey Run Elementary}} and now volunteers at {{FACILITY:St. Agnes Parish}} food pantry in {{LOCATION:Elkridge}}. Sister {{NAME:Rosalind}} moved in with her.

Plan: continue regimen; BK PCR and CMV negative; annual dermatology; colon screening {{DATE:June}}. Labs monthly at {{FACILITY:Northbay Diagnostics}} in {{LOCATION:Elkridge}}. Transplant coordinator {{NAME:Halima Yusuf}}, {{PHONE:410-555-0130}}.

{{NAME:Teodora Vasquez-Lind}}, MD`,
  `Record date: {{DATE:2063-08-21}}

ADMISSION NOTE - {{FACILITY:Severn Ridge Community Hospital}}, {{FACILITY:Tydings 2}} medical

{{NAME:Calloway, Jerome T.}}  58 M  MRN {{MRN:SR2208716}}  PCP: Dr. {{NAME:Halloran}}

CC: fever, L leg redness x 4 days.
HPI: DM2 (A1c 10.9), obesity, chronic venous stasis, CKD 3a. Works as a groundskeeper at {{FACILITY:Annapolis Yacht Basin}}; scraped shin on a trailer hitch {{DATE:8/15}}. Seen at urgent care {{DATE:8/18}}, given cephalexin, worsening. Now T 38.9, HR 108, erythema from ankle to knee with lymphangitic streaking, no crepitus. LRINEC 4.
WBC 16.8, lactate 2.0, glucose 344, Cr 1.6.
Blood cx x2 pending.

A/P:
- cellulitis with SIRS, nonpurulent: cefazolin 2 g q8h; vanc if no improvement 48h
- mark borders; elevate; US to r/o DVT
- hyperglycemia: basal-bolus insulin
- AKI on CKD: IVF, hold lisinopril and metformin
- wife {{NAME:Darlene}} to bring home meds; she works at {{FACILITY:Glen Burnie Senior High}} and can be reached at {{PHONE:410-555-0104}}

{{NAME:Ophelia Stroud}}, MD (hospitalist)`,
  `Record date: {{DATE:2100-10-27}}

Cardiology - device clinic, {{FACILITY:Chesapeake University Hospital}}

{{NAME:Prudence Oyelaran}}, {{AGE:92}} F (DOB {{DATE:3/9/2008}}), dual-chamber pacemaker (Abbott Assurity, SN {{DEVICE:7721459}}) placed {{DATE:5/14/96}} for complete heart block. Remote transmission from home {{DATE:10/20}} flagged AT/AF burden 14%.

HFpEF, DM2 (diet + linagliptin), CKD 3b. Lives with granddaughter {{NAME:Temitope}} in {{LOCATION:Randallstown}}.

Interrogation: battery 8.1 yr, RA/RV thresholds stable, RV pacing 99%. AT/AF episodes longest 6 h.
CHA2DS2-VASc 6. Discussed anticoagulation; at age {{AGE:92}}, with no falls in 2 years and Hgb 12.1, she and {{NAME:Temitope}} chose apixaban 2.5 BID (age >80, Cr 1.6).

Plan: start apixaban; remote monitoring q91d; in-person {{DATE:April 2101}}. PCP Dr. {{NAME:Nash}} informed via fax {{FAX:302-555-0195}}.

{{NAME:Ines Carvalho}}, NP, device clinic, ext {{PHONE:5-3308}}`,
  `Record date: {{DATE:2072-02-08}}

Dear Dr. {{NAME:Raman}},

Re: {{NAME:Everett Hollis}}, CUH MRN {{MRN:4471829}}, seen in Nephrology {{DATE:2/6/72}}

Thank you for referring Mr. {{NAME:Hollis}}, 55 (DOB {{DATE:4/3/2016}}). His UACR rose to 420 mg/g and eGFR is 44. He still works dispatch at {{FACILITY:Crestline Trucking}} and admits to salty truck-stop meals.

Impression: diabetic kidney disease, G3a A3, with poorly controlled BP (150/88 here).
Recommendations:
1. Continue lisinopril 40 mg; add finerenone 10 mg once K confirmed <4.8 (today 4.6).
2. Continue empagliflozin 10 mg.
3. Sodium restriction <2 g/day - he and his wife {{NAME:Marjorie}} will meet our dietitian {{NAME:Hadley Burke}} on {{DATE:2/20}}.
4. Repeat BMP/UACR in 4 weeks at the {{FACILITY:Glen Burnie}} outpatient lab of {{FACILITY:CUH}}.

I will see him again in 3 months. Please call with questions, {{PHONE:410-555-0138}}.

With thanks,
{{NAME:Kwame Okonkwo}}, MD`,
  `Record date: {{DATE:2081-06-19}}

Hospital Course Summary (transfer back) - {{FACILITY:CUH}} to {{FACILITY:Susquehanna Ridge Hospital}}

{{NAME:Cornelius Abara}}, 70, transferred to us {{DATE:6/12/81}} for NSTEMI and 3-vessel CAD. Underwent CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) on {{DATE:6/15/81}} by Dr. {{NAME:Greer Halvorsen}}. Post-op AF converted with amiodarone. Insulin drip transitioned to glargine 24 u + lispro. Cr peaked 1.9 (baseline 1.3), now 1.5.

Returning to {{FACILITY:SRH}} {{FACILITY:Ainsley 3}} for rehab-level care closer to home in {{LOCATION:Joppatowne}} at family's request ({{NAME:Ngozi}}, wife; {{NAME:Chidi}}, son, {{PHONE:443-555-0102}}).

Meds: ASA 81, atorvastatin 80, metoprolol tartrate 25 BID, amiodarone 200 BID x 1 wk then daily, apixaban 5 BID x 60 days, insulin as above, pantoprazole.
Sternal precautions; chest tubes out {{DATE:6/17}}; wires out.

Follow-up: Dr. {{NAME:Halvorsen}} 2-3 weeks; cardiology at {{FACILITY:Wye River Cardiology}} (Dr. {{NAME:Abernathy}}); PCP Dr. {{NAME:Voss}}.

Dictated by {{NAME:Yusuf Demir}}, MD`,
  `Record date: {{DATE:2066-05-30}}

Podiatry/Wound clinic follow-up - {{FACILITY:CUH}} Wound Center, {{FACILITY:Tydings Pavilion}}

{{NAME:Jerome Calloway}} 61M. R heel pressure ulcer from prolonged bed rest during {{DATE:April}} admission at {{FACILITY:Severn Ridge}}. DM2 (A1c 8.2), PAD, CKD 3a.

Wound: 3.1 x 2.6 x 0.3 cm (prior 3.8 x 3.0 x 0.5 on {{DATE:5/16}}), 80% granulation, 20% slough, no odor. Periwound macerated. TcPO2 38 mmHg.
Debridement: selective, CPT 97597, 6 cm2. Dressing: collagen + foam, heel offloading boot (Prevalon).
HBOT not indicated at this time.

He has been sleeping in his recliner; wife {{NAME:Darlene}} helps with dressings. Nephew {{NAME:Trey Calloway}} built a ramp at their home on {{ADDRESS:Furnace Branch Road}} in {{LOCATION:Glen Burnie}}.

Plan: weekly visits; vascular re-eval with Dr. {{NAME:Menendez}} if stalls; glucose optimization with PCP Dr. {{NAME:Halloran}}. Home health RN from {{FACILITY:Harbor Home Health}} 3x/wk ({{PHONE:410-555-0172}}).

{{NAME:Lucinda Farrow}}, DPM`,
  `Record date: {{DATE:2104-08-08}}

Telephone encounter - {{FACILITY:Catonsville Medical Group}}

{{DATE:8/8/2104 10:25}}: {{NAME:Oksana Ivashchenko}} called about her husband {{NAME:Gregor}} (84), who has had three days of poor appetite, fingersticks 60-75 fasting, and is sleeping more. Still taking glipizide 5 mg? - Per our list he was switched to linagliptin in 2101; she found an old glipizide bottle in the cabinet and has been giving both.

Advised: stop glipizide now and discard; give juice + snack if BG <70; recheck q4h today; call back at 4 PM. If BG <54 or he is hard to wake, call 911.

Her English is limited; son {{NAME:Mykola}} (visiting from {{LOCATION:Warsaw}}) interpreted at {{PHONE:410-555-0187}}.

Routed to Dr. {{NAME:Iwu}}, who will see him tomorrow {{DATE:8/9}} at 9:40. Pharmacy ({{FACILITY:Beacon Drug #331}}, {{ADDRESS:Frederick Rd}}) asked to inactivate old glipizide Rx.

{{NAME:Marguerite Obi}}, RN`,
  `Record date: {{DATE:2097-12-01}}

Geriatric consult - {{FACILITY:Pinecrest Manor}} long-term care

Resident {{NAME:Lottie Vandermeer}}, {{AGE:99}}, room 204-A. Asked by attending Dr. {{NAME:Whitcombe}} and granddaughter {{NAME:Anneke}} to review medications after two falls ({{DATE:11/19}}, {{DATE:11/26}}). Widowed since her husband {{NAME:Horace}} died in {{DATE:February 2095}}.

Problems: DM2 (A1c 6.2), HFpEF, CKD 4, Alzheimer dementia (FAST 6c), osteoporosis, chronic AF (no anticoagulation per family wishes).
Current: insulin glargine 8 u, furosemide 40, metoprolol 50 BID, donepezil 10, memantine 10 BID, oxybutynin 5 TID, zolpidem 5 qHS, calcium/D.

Orthostatic: 138/70 -> 104/58 standing. HR 56. Glucose 68-142.

Recommendations (deprescribing):
1. stop glargine - A1c 6.2 at {{AGE:99}} is overtreatment; check BG daily x 1 wk only
2. stop oxybutynin and zolpidem (Beers, anticholinergic/falls)
3. reduce metoprolol to 25 BID; hold for HR <55
4. consider stopping donepezil (bradycardia); discuss with {{NAME:Anneke}} at care conference {{DATE:12/8}}

{{NAME:Beatrice Okoro-Lindahl}}, MD, Geriatrics, {{FACILITY:CUH}}`,
  `Record date: {{DATE:2061-09-19}}

{{FACILITY:Dorchester Bayside Hospital}} ED - provider note

Pt {{NAME:Sabine Lamontagne}}, 24F, G1P0 at 30 wks, known T1DM since childhood, pump user, presents with vomiting and BG 320 since last night. Pump site dislodged. Lives in {{LOCATION:Cambridge}}, teaches at {{FACILITY:Choptank River Montessori}}. Husband {{NAME:Théo Marchand}} at bedside.

VBG 7.21, HCO3 12, AG 20, BHB 4.1 -> DKA in pregnancy (can occur at lower glucose).
FHR 150s, reactive NST on L&D monitor.

Tx: 1.5 L LR, insulin gtt 0.1 u/kg/h, K 20 mEq/L, dextrose added when BG <250. Pump off.

Dispo: transfer to {{FACILITY:Chesapeake University Hospital}} maternal-fetal medicine (Labor & Delivery, {{FACILITY:Gilman 9}}), accepted by Dr. {{NAME:Yevgenia Roth}}. Her father {{NAME:Ferris}} and endocrinologist Dr. {{NAME:Ashby}} notified by pt's mother {{NAME:Genevieve}}.

{{NAME:Caleb Okafor}}, MD  {{DATE:9/19/61 05:50}}`,
  `Record date: {{DATE:2083-04-04}}

DISCHARGE SUMMARY - {{FACILITY:Patapsco Valley Hospital}}

Name: {{NAME:Ruth Ann Bickerstaff}}   MRN {{MRN:PV-3381502}}   Age: {{AGE:97}}
Admitted: {{DATE:3/30/2083}}   Discharged: {{DATE:4/4/2083}}   Unit: {{FACILITY:Kimball 6}}
Attending: {{NAME:Solveig Sorensen}}, MD   PCP: {{NAME:Maribeth Kline}}, NP ({{FACILITY:Catonsville Medical Group}})

Diagnoses: community-acquired pneumonia (RLL); acute on chronic HFpEF; DM2 with hyperglycemia on steroids; CKD 3b; permanent AF on apixaban.

Course: {{AGE:97}}-year-old woman from home (lives with daughter {{NAME:Maribeth}}, who is also her health care agent) with cough, fever and hypoxia. Ceftriaxone + azithromycin x 5 days; short prednisone course for wheeze; glucose up to 380, managed with NPH. Gentle diuresis. Delirium on night 2, resolved with nonpharmacologic measures.

Discharge meds: apixaban 2.5 BID, furosemide 20 daily, metoprolol 25 BID, linagliptin 5, amoxicillin-clav x 2 more days.
Services: home PT/RN via {{FACILITY:Harbor Home Health}}; oxygen 2 L from {{FACILITY:Patapsco Medical Supply}}.
Follow-up: PCP {{DATE:4/10}}; cardiology {{FACILITY:PVH}} Heart Clinic (Dr. {{NAME:Nazari}}) {{DATE:4/24}}.

{{NAME:S. Sorensen}}, MD / {{NAME:tlr}}`,
  `Record date: {{DATE:2090-01-12}}

Cardiology clinic - {{FACILITY:Brandywine Valley Community Hospital}} Heart & Vascular

{{NAME:Thaddeus Mobley}}, 72, returns ~10 years after NSTEMI treated with PCI to the OM1 ({{DATE:Sept 2080}}). Since his retirement from {{FACILITY:Amberly Foods}} he and his partner {{NAME:Lorraine}} moved from {{LOCATION:New Castle}} to {{LOCATION:Middletown}}. Quit smoking 2084.

New complaint: calf pain after 2 blocks, both legs, relieved by rest. No chest pain. Diabetes A1c 7.9 on metformin, empagliflozin, glargine 20 u; eGFR 52.

Exam: BP 142/80, HR 64. Femoral bruit L. DP/PT pulses diminished bilaterally.
ABI (in clinic): R 0.71, L 0.64.

Impression: stable CAD; new symptomatic PAD (Fontaine IIa); DM2 suboptimal.
Plan: supervised exercise therapy at {{FACILITY:BVCH}} rehab; cilostazol 100 BID (EF 55%, no HF); add rivaroxaban 2.5 BID to ASA; LDL 78 -> add ezetimibe. Arterial duplex; vascular surgery Dr. {{NAME:Menendez}} if lifestyle-limiting. Letter to PCP Dr. {{NAME:Gideon Marsh}}.

{{NAME:Vikram Bhattacharya}}, MD   {{PHONE:302-555-0190}}`,
  `Record date: {{DATE:2106-03-03}}

CUH Endocrine Clinic - new patient

{{NAME:Aoife Fitzgerald-Shaw}}, 52 F, referred by her PCP Dr. {{NAME:Ravi Chandrasekar}} of {{FACILITY:Germantown Avenue Family Practice}} in {{LOCATION:Philadelphia}} for DM2 uncontrolled despite 3 agents. She travels to us because her mother {{NAME:Moira}} is followed here. Works as an accountant for {{FACILITY:Schuylkill Riverside Insurance Brokers}}.

A1c 9.6 on metformin 1000 BID, glipizide 10 BID, sitagliptin 100. BMI 39. Gestational DM in 2085. CKD 2, UACR 60. LDL 131 (not on statin). BP 136/84.

Plan:
- stop sitagliptin; start tirzepatide 2.5 mg weekly, titrate q4wk
- glipizide down to 5 mg BID to avoid lows as GLP-1/GIP effect builds
- atorvastatin 20 mg; lisinopril 5 mg for albuminuria
- CGM (Libre 3) for 2 weeks; results reviewed by {{NAME:Fern Whitaker}}, CDCES
- labs at {{FACILITY:Northbay Diagnostics}} near her office; return {{DATE:5/5/06}}

{{NAME:Harriet Ashby}}, MD  cc: Dr. {{NAME:Chandrasekar}}  fax {{FAX:215-555-0170}}`,
  `Record date: {{DATE:2078-10-14}}

Reply to referral - {{FACILITY:CUH}} Cardio-Renal Clinic

Dear Dr. {{NAME:Amundsen}},

Re: {{NAME:Horace Vandermeer}}, 82 (DOB {{DATE:6/2/1996}}), CUH {{MRN:6602714}}, seen {{DATE:Friday, October 11, 2078}}.

Thank you for sending Mr. {{NAME:Vandermeer}}. He came with his wife {{NAME:Lottie}} and granddaughter {{NAME:Anneke}}, who drove from {{LOCATION:Towson}}. Since his discharge from {{FACILITY:Whitcomb 5}} in {{DATE:December 2074}} he has had two more admissions for heart failure, most recently at {{FACILITY:Patapsco Valley Hospital}} ({{DATE:8/29-9/3/78}}).

Current: HFrEF EF 30%, mechanical MVR on warfarin, DM2 on detemir, CKD 4 (Cr 2.4, eGFR 24). Diuretic resistance on furosemide 80 BID.

Recommendations: switch to torsemide 60 mg daily with metolazone 2.5 mg twice weekly (Mon/Thu), BMP twice weekly x 2 weeks via home draw; dapagliflozin 10 mg (acceptable to eGFR 20); no MRA given K 5.2.

Sincerely,
{{NAME:Esther Weintraub}}, MD and {{NAME:Kwame Okonkwo}}, MD`,
  `Record date: {{DATE:2085-02-19}}

ED NOTE - {{FACILITY:Chesapeake University Hospital}}

{{NAME:Darnell Whitsett}}, 41 M (DOB {{DATE:11/11/2043}}), MRN {{MRN:3150276}}, arrived {{DATE:2/19/85 22:41}} from home in {{LOCATION:Odenton}} via private car with wife {{NAME:Tiana}}.

CC: L foot swelling and fever. DM2 (A1c 9.9 per {{FACILITY:Govans Community Health Center}} {{DATE:1/6}}), HTN. Stepped on a roofing nail 5 days ago at a job site in {{LOCATION:Crofton}}.

T 38.6, HR 104. Plantar puncture with purulence, erythema to midfoot, crepitus absent. X-ray: no gas, no foreign body. Glucose 318, WBC 14.2, CRP 88.

A/P: diabetic foot infection, moderate (IDSA), Pseudomonas risk with puncture through shoe -> cefepime + vancomycin; MRI to r/o osteomyelitis; podiatry consult (Dr. {{NAME:Farrow}}); basal-bolus insulin; tetanus booster (Tdap) given.
Admit to {{FACILITY:Tydings 4}}. Employer note for {{FACILITY:Arundel Roofing}} provided.

{{NAME:Felicity Osgood}}, MD  pager {{PHONE:2-9917}}`,
  `Record date: {{DATE:2097-05-21}}

Telephone encounter - {{FACILITY:Roland Park Internal Medicine}}

Caller: {{NAME:Colette Marchbanks}}, niece and HCP of {{NAME:Agnes Whitlock}} ({{AGE:90}}), {{PHONE:410-555-0114}}.

Reports that aunt's home BP readings at {{FACILITY:Hampden Terrace}} have been 92-100 systolic for 3 days with dizziness on standing; one near-fall in the dining room on {{DATE:5/19}}. Fingersticks 110-160. Eating less since her friend Mrs. {{NAME:Dolores Pike}} moved to {{FACILITY:Ellerslie Hospice}}.

Meds reviewed by phone: losartan 50, chlorthalidone 12.5, empagliflozin 10, sitagliptin 25, allopurinol 100, sertraline 25.

Plan per Dr. {{NAME:Solberg}}: hold chlorthalidone; reduce losartan to 25 mg; increase fluids; BMP at {{FACILITY:Holloway}} draw station tomorrow {{DATE:5/22}}; nurse visit {{DATE:Tuesday 5/27}}. If SBP <90 or any fall with injury - ED at {{FACILITY:CUH}}.

{{NAME:Colette}} read back plan. Also notified Dr. {{NAME:Okonkwo}}'s office (renal) at {{PHONE:410-555-0138}}.

{{NAME:Rosemary Tully}}, RN`,
  `Record date: {{DATE:2102-06-06}}

Primary care - {{FACILITY:Internal Medicine Associates}}, {{FACILITY:Chesapeake University Hospital}}

{{NAME:Everett Hollis}}, 86, last seen {{DATE:12/2/2101}}. Wife {{NAME:Marjorie}} died in {{DATE:March}}; he now lives with daughter {{NAME:Celeste Hollis-Dunn}} in {{LOCATION:Pasadena}}, MD, and attends the senior program at {{FACILITY:Severn Community Center}}.

DM2 (A1c 7.5 on empagliflozin + linagliptin), CKD 3b (eGFR 33, UACR 380 on finerenone), HTN, CAD (NSTEMI 2096, {{FACILITY:Wye River}} follows), gout, hearing loss.

ROS: grief, sleeping poorly; weight down 3 kg. No chest pain.
Exam: BP 128/72, HR 68. Mild pitting edema. MMSE 27/30.
GDS-15 = 7.

Plan: continue DM/CKD regimen; sertraline 25 mg; bereavement group via {{FACILITY:Ellerslie Hospice}}; hearing aid check; Shingrix done. Advance directive names {{NAME:Celeste}} ({{PHONE:410-555-0196}}). RTC 3 months.

{{NAME:Priya Raman}}, MD`,
];

export const HELDOUT_REALISTIC_21_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout21-${i + 1}`, n));
