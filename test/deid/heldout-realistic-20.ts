// A twentieth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). Flavour: a Northeastern US academic medical centre's notes as
// exported to a research data warehouse (in the manner of the i2b2 2014 corpus): every note opens
// with "Record date: YYYY-MM-DD" in shifted years (2060-2110), followed by clinic visits, admission
// notes, discharge summaries, consults and letters for adults with diabetes, coronary disease,
// hypertension and hyperlipidaemia, written by residents, attendings, NPs and fellows. Clinicians
// and hospitals appear in every short form (initials, last names alone, hospital abbreviations,
// ward and clinic names), with patients' families, jobs and towns, and many dates without years.
// About a third of the notes are long and dense with identifiers. Look-alike non-PHI is frequent:
// eponyms (Parkinson's, Foley, Babinski, Glasgow, Framingham score), drugs and doses, units, lab
// values, scores, device models, rooms and beds, CPT/ICD codes, years and weekdays alone, clock
// times, ages of 89 and under, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: the
// "Record date:" label stays outside the DATE span; titles (Dr., Mrs.) stay outside NAME spans;
// labels ("MRN:", "DOB") stay outside spans; a time attached to a full date is part of it; a
// weekday written with a date is part of it; a date range written as one token is one DATE span;
// states, countries, a year alone, weekdays alone, clock times alone and ages of 89 and under are
// not PHI; ages of 90 and over are AGE; hospitals, their abbreviations, clinics, named wards and
// units, schools, employers, nursing homes, rehab facilities, pharmacies and labs are FACILITY;
// payers and state/federal agencies are not PHI; insurer member numbers are HEALTH_PLAN; pagers
// and extensions are PHONE; transcription/document numbers and accession numbers are ID; NPI and
// DEA numbers are LICENSE; device serials are DEVICE; lot, NDC, CLIA and trial numbers are not PHI;
// typist and dictator initials are NAME. Every occurrence is marked, including repeated first
// names, initials and lower-case names.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9349 / 0.9714; pass-11 engine (789a1c5) 0.9587 / 0.9717; pass-12a-y engine (6d868a1) 0.9652 / 0.9734.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2088-04-12}}

{{FACILITY:HOLLISFORD MEMORIAL HOSPITAL}}
{{FACILITY:Easton Internal Medicine Associates}}
Attending: {{NAME:Orrin Vandermolen}}, MD
Resident: {{NAME:Priya Raghunathan}}, MD PGY-2

Mr. {{NAME:Tobias Klingerman}} is a 67 yo man with DM2, HTN, hyperlipidemia and CAD s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA) at {{FACILITY:HMH}} in 2079, here for routine f/u. Last seen by Dr. {{NAME:Vandermolen}} on {{DATE:1/14}}.

Interval hx: He reports good energy. Walking 2 miles most mornings with his wife {{NAME:Greta}} around the reservoir in {{LOCATION:Wellesley}}. Retired from {{FACILITY:Raytheon-Hale Instruments}} where he was a machinist for 31 years. Denies CP, SOB, orthopnea, PND. Occasional claudication R calf after ~1 mile. No hypoglycemia.

Meds: metformin 1000 mg bid, glipizide 5 mg qam, lisinopril 20 mg daily, atorvastatin 80 mg qhs, ASA 81 mg, metoprolol succinate 50 mg.

Exam: BP 138/76, HR 62, Wt 94.1 kg. JVP flat. Sternotomy well healed. Distal pulses 1+ DP bilat. Monofilament intact.

Labs {{DATE:3/30}}: HbA1c 7.4 (7.1 in {{DATE:October}}), LDL 71, Cr 1.1, K 4.6, urine microalb/Cr 38.

A/P:
1. DM2 - A1c slightly up. Add empagliflozin 10 mg daily given CAD. Ophtho at {{FACILITY:Lakeview Eye Institute}} due.
2. PAD sx - ABIs ordered at {{FACILITY:HMH Vascular Lab}}; consider Dr. {{NAME:Ashby}} in vascular.
3. HTN - borderline; recheck.
RTC 3 months.

{{NAME:Priya Raghunathan}}, MD, pager {{PHONE:38841}}
Discussed with and seen by Dr. {{NAME:O. Vandermolen}}`,
  `Record date: {{DATE:2071-09-03}}

Cardiology clinic note - {{FACILITY:Brightwater Heart Center}}

Ms. {{NAME:Delphine Arceneaux}} returns. 58F, IDDM x 20 yrs, HTN, NSTEMI {{DATE:6/2071}} treated with DES to mid-LAD (Xience 3.0 x 18) by Dr. {{NAME:Farrokhzad}}. Since discharge she has completed 12 sessions of cardiac rehab at {{FACILITY:BWG}} and feels stronger.

No angina. Mild fatigue on metoprolol. Glucose logs 110-190, one low of 58 on {{DATE:8/21}} after skipping lunch at work (she is a bus dispatcher for the {{FACILITY:Merrimack Valley Coach Lines}}).

Meds: ASA 81, ticagrelor 90 bid, atorvastatin 80, metoprolol tartrate 25 bid, lisinopril 5, insulin glargine 32 u, lispro SS.

BP 122/70, HR 58. Lungs clear. No edema.
ECG: SR 58, Q waves absent, old TWI V2-V3 improved.
TTE {{DATE:8/2}}: EF 50%, mild anterior hypokinesis.

Plan: continue DAPT through {{DATE:June 2072}}. Reduce metoprolol to 12.5 bid. Lipids in 6 wks. Will cc Dr. {{NAME:Hennessey}} (PCP) regarding insulin adjustment.

{{NAME:Kaveh Farrokhzad}}, MD
Cardiology Fellow: {{NAME:L. Oyelaran}}, MD`,
  `Record date: {{DATE:2095-01-27}}

DISCHARGE SUMMARY
{{FACILITY:CALLENDER UNIVERSITY HOSPITAL}}
Unit: {{FACILITY:Whitcombe 7}}  Room 712-B
Patient: {{NAME:ESPERANZA QUINTANILLA-ROSS}}   MRN: {{MRN:4418203}}
Admitted: {{DATE:01/19/2095}}   Discharged: {{DATE:01/27/2095}}
Attending: {{NAME:Matthias Ebenreuter}}, MD
PCP: {{NAME:Colette Dumarais}}, NP, {{FACILITY:Roxbury Crossing Health Center}}

PRINCIPAL DIAGNOSIS: Diabetic ketoacidosis, precipitated by UTI.
OTHER: DM1, HTN, hyperlipidemia, gastroparesis.

HISTORY: 41 yo woman brought in by her husband {{NAME:Rafael}} from their home in {{LOCATION:Jamaica Plain}} with vomiting x 2 days, glucose "HI" on meter. In the {{FACILITY:CUH}} ED pH 7.08, HCO3 6, AG 29, BHB 7.2. UA with pyuria; urine cx E. coli.

HOSPITAL COURSE: Insulin gtt per DKA protocol in the {{FACILITY:Sturgis MICU}}, gap closed {{DATE:1/20}} at 2300. Transitioned to glargine 22 u + lispro. Ceftriaxone x 3 d then cephalexin. Transferred to {{FACILITY:Whitcombe 7}} on {{DATE:1/21}}. Seen by Dr. {{NAME:Nakashima-Brandt}} (endocrine) and diabetes educator {{NAME:Bettina Orlov}}, RN CDE. Gastroparesis managed with metoclopramide 5 mg ac.

DISCHARGE MEDS: glargine 22 u qhs, lispro per scale, lisinopril 10 mg, simvastatin 20 mg, cephalexin 500 qid through {{DATE:1/30}}.

FOLLOW-UP: {{NAME:C. Dumarais}} NP within 1 week; {{FACILITY:Joslin-Pratt Diabetes Clinic}} {{DATE:2/14}} at 10:30.

{{NAME:M. Ebenreuter}} / {{NAME:tkw}}
DD: {{DATE:01/27/95}}  DT: {{DATE:01/28/95}}
Job #: {{ID:771043}}`,
  `Record date: {{DATE:2064-11-18}}

Patient: {{NAME:Howland, Bernard}}
Visit: Urgent care, {{FACILITY:Quabbin Family Practice}}

73 yo M w/ HTN, hyperchol, ex-smoker, c/o 2 days of intermittent substernal pressure, brief (<5 min), at rest on Sunday and again this AM while shoveling. No radiation. No diaphoresis. Father died of MI at 60.

BP 164/92, HR 88, SpO2 97% RA. Heart RRR no m. Lungs clear.
ECG: NSR, 1 mm ST depression V4-V6, new vs 2062 tracing? (old ECG from {{FACILITY:Whitfield Valley Hospital}} not available).

Impression: unstable angina. ASA 325 chewed, NTG SL x1 with relief.
Called {{FACILITY:Springfield Ardmore Medical Center}} ED; spoke with Dr. {{NAME:Chiaramonte}}. Transferred by ALS ambulance at 11:40. Son {{NAME:Dale Howland}} notified at {{PHONE:413-555-0162}}.

{{NAME:Ruth Ann Pelletier}}, PA-C`,
  `Record date: {{DATE:2102-06-05}}

{{FACILITY:Tremont Endocrine Associates}}

Dear Dr. {{NAME:Marchetti}},

I had the pleasure of seeing your patient Mr. {{NAME:Yusuf Demirci}} in consultation on {{DATE:June 5, 2102}} for poorly controlled type 2 diabetes. He is a 52-year-old taxi driver from {{LOCATION:Chelsea}} who emigrated from Turkey in 2085. His A1c has been 9.8-10.6% over the past year despite metformin and sitagliptin. He works 12-hour night shifts and eats mostly at a diner near {{FACILITY:Logan Cab Cooperative}}. He also has hypertension and a family history of early CAD (brother, MI at 48).

Exam: BMI 33. BP 148/94. Acanthosis nigricans. No retinopathy on recent exam at {{FACILITY:Harborview Eye Associates-Revere}}.

I recommended starting semaglutide 0.25 mg weekly with titration, and stopping sitagliptin. We discussed timing metformin around his shifts. I have referred him to our dietitian, Ms. {{NAME:Ingrid Solheim}}, and will see him back in 8 weeks.

Sincerely,

{{NAME:Adaeze Nwachukwu}}, MD
Division of Endocrinology
cc: {{NAME:Paolo Marchetti}}, MD, {{FACILITY:Chelsea Neighborhood Health}}`,
  `Record date: {{DATE:2077-02-20}}

RENAL CONSULT
Requesting: Dr. {{NAME:Sunderland}}, {{FACILITY:Gelb 4}} medicine team
Reason: AKI on CKD

HPI: 81 yo F (Mrs. {{NAME:Philippa Gorham}}) w/ DM2 c/b nephropathy (baseline Cr 1.8 in {{DATE:Dec}}), HTN, CAD, admitted {{DATE:2/18}} with CHF exacerbation. Diuresed aggressively with IV furosemide 80 bid; Cr up to 2.9 today. Also on lisinopril 40 and spironolactone 25 at home.

UOP 1.2 L/24h. Wt down 3.4 kg. Orthostatic.
Labs: Na 133, K 5.6, HCO3 21, BUN 78, Cr 2.9. UA bland. FeUrea 28%.

Impression: prerenal AKI from overdiuresis + ACEi/MRA. K elevated.
Recs:
- hold lisinopril, spironolactone, furosemide today
- kayexalate 15 g x1, recheck BMP 1600
- renal US not needed
- avoid contrast
Will follow. Pls page w/ questions.

{{NAME:Jonah Eisenberg-Tate}}, MD, Renal fellow, p{{PHONE:21947}}
Discussed w/ Dr. {{NAME:Wolcott}}`,
  `Record date: {{DATE:2083-07-09}}

PCP visit - {{FACILITY:Maplewood Primary Care}}
Sister {{NAME:Anne-Marie Thibodeau}}, 66, a retired parochial-school teacher (taught 30 yrs at {{FACILITY:St. Brendan's School}} in {{LOCATION:Dorchester}}), here for HTN and lipids.

She lives at the convent on {{ADDRESS:44 Ashmont Street}} with 6 other sisters. Walks daily. BP at home 130s/80s. No CP.

PMH: HTN, hyperlipidemia, osteopenia, prediabetes (A1c 6.2).
Meds: amlodipine 5, rosuvastatin 10, vit D.

BP 136/78. BMI 24. Exam unremarkable.
10-yr ASCVD risk 11.6%.

Plan: continue. Repeat A1c {{DATE:January}}. DEXA due. Flu shot given, lot UK8842. RTC 6 mo with Dr. {{NAME:Whitlow}} or me.

{{NAME:Meredith Okafor}}, NP`,
  `Record date: {{DATE:2099-10-30}}

Admission H&P - Cardiology, {{FACILITY:Phillips 6 CCU}}, {{FACILITY:Hollisford Memorial}}

CC: chest pain

HPI: Mr. {{NAME:Cornelius Abernathy-Vance}} is a 59 yo man, high school football coach at {{FACILITY:Pegan Hill Regional High School}}, with HTN, DM2 (A1c 8.1 {{DATE:9/12}}), HLD and tobacco use (30 pk-yr) who developed crushing substernal pain at 0615 on {{DATE:Wednesday 10/29}} during practice. EMS from {{LOCATION:Natick}} found STE in II, III, aVF; code STEMI activated and he went directly to the {{FACILITY:HMH}} cath lab. Dr. {{NAME:Ravindranath}} placed a DES to proximal RCA (door-to-balloon 62 min). Peak troponin T 4.8.

PMH: as above; also OSA on CPAP (ResMed AirSense 10, SN {{DEVICE:23184467102}}).
Meds PTA: metformin 1000 bid, lisinopril 10, ASA 81 prn.
Allergies: PCN (hives).
FHx: mother with DM and CVA at 70; brother {{NAME:Lyle}} had CABG at 55.
SHx: married to {{NAME:Joanne}}; 2 daughters. Lives in {{LOCATION:Framingham}}.

Exam: BP 112/68, HR 74. Killip I. R radial site clean.
TTE: EF 45%, inferior HK.

A/P: Inferior STEMI s/p PCI.
- ASA, prasugrel 10, atorva 80, metoprolol 25 bid, lisinopril when BP allows
- smoking cessation: nicotine patch 21 mg
- DM: hold metformin 48h post contrast, ISS
- cardiac rehab at {{FACILITY:MetroWest Cardiac Rehab}}

{{NAME:Elise Tranh}}, MD ({{NAME:JAR}}) pager {{PHONE:40611}}
Attending: {{NAME:Dev Ravindranath}}, MD`,
  `Record date: {{DATE:2066-05-14}}

Diabetes education visit, {{FACILITY:Joslin-Pratt Diabetes Clinic}}

Pt {{NAME:Marisol Echeverria}} (64) attended with her daughter {{NAME:Lucia}}, who translates. Spanish-speaking; from Puerto Rico, lives in {{LOCATION:Holyoke}}. DM2 dx 2061. Started insulin NPH 14 u bid on {{DATE:4/30}} by Dr. {{NAME:Greenhalgh}}.

Reviewed injection technique, site rotation, hypoglycemia recognition (rule of 15), sick-day rules. Demonstrated FreeStyle Libre 3 placement. Pt works mornings at a bakery ({{FACILITY:Panaderia La Ceiba}}) and often skips breakfast - counselled to eat before NPH.

Glucose log: fasting 140-210. No lows.

Goals set: walk 20 min after dinner, replace soda with seltzer.
F/u with me in 2 weeks; pt has our number {{PHONE:413-555-0147}}.

{{NAME:Harriet Bloomquist}}, RN, CDCES`,
  `Record date: {{DATE:2090-12-02}}

Telephone encounter

Call from Mrs. {{NAME:Winifred Castellanos}}, wife of pt {{NAME:Hector Castellanos}} (DOB {{DATE:03/11/2021}}). Says he has been "more tired" and BG running 60s-70s in the morning x 3 days. He is on glargine 40 u and glyburide 5 mg bid. Eating less since a cold last week. No LOC, no falls.

Advised: hold glyburide, reduce glargine to 30 u tonight, check BG qid and call back {{DATE:Friday 12/4}} with values. If BG <70 with symptoms, 4 oz juice; if confused call 911. She verbalized understanding.

Will route to Dr. {{NAME:Fairweather}} to consider stopping glyburide permanently given age 69 and CKD 3.

{{NAME:Nadia Kowalczyk}}, RN
{{FACILITY:Brookline Avenue Medical Group}}
Callback number given: {{PHONE:617-555-0139}}`,
  `Record date: {{DATE:2074-03-21}}

{{FACILITY:CUH}} Vascular Surgery Clinic

{{NAME:Gunnar Haugland}} is a 70 y/o retired lobsterman from {{LOCATION:Gloucester}} with DM2, HTN, CAD s/p PCI x2, and PAD referred by Dr. {{NAME:Tessaro}} for nonhealing R 2nd toe ulcer x 6 wks.

Smokes 1/2 ppd. A1c 8.9. On clopidogrel, atorvastatin 40, metformin, glargine 18 u.

Exam: R femoral 2+, popliteal 1+, DP/PT absent by palp, monophasic by doppler. 1.2 cm dry ulcer dorsal R 2nd toe, no probe to bone. L foot intact.
ABI R 0.52, L 0.81. TBI R 0.21.

Impression: CLTI R LE, Rutherford 5.

Plan: CTA runoff, then angiography with possible tibial intervention next week. Podiatry (Dr. {{NAME:Lemieux}}) for wound care. Smoking cessation discussed again; he says his daughter {{NAME:Kari}} is "on him about it". Increase atorvastatin to 80.

{{NAME:Ignatius Obeng}}, MD, vascular fellow
Staffed with {{NAME:A. Rosenthal-Pike}}, MD`,
  `Record date: {{DATE:2108-08-16}}

Interval note, {{FACILITY:Brightwater General Hospital}} {{FACILITY:Lindqvist 9}} Cardiology step-down

Pt: {{NAME:Oluwaseun Adeyemi-Clarke}}  MRN {{MRN:0093-447-12}}
HD#3. 62M w/ ischemic CMP (EF 25%), DM2, HTN, CKD3b admitted {{DATE:8/13}} w/ ADHF.

S: breathing better, slept flat. Wife {{NAME:Folake}} at bedside, asking about discharge before their grandson's christening {{DATE:Sat 8/22}}.
O: T 36.8, BP 104/66, HR 78, SpO2 96% RA. Net -1.9 L. Wt 88.4 (adm 93.0). JVP 9 cm. Trace edema.
Labs: Na 136, K 4.1, Cr 1.9 (1.7), BNP 1840 (3120).
Tele: NSVT 6 beats at 0312.

A/P:
- ADHF: cont IV furosemide 80 bid, transition to torsemide 40 tomorrow
- GDMT: sacubitril/valsartan 24/26 bid, carvedilol 6.25 bid, dapagliflozin 10
- NSVT: K>4, Mg>2; EP (Dr. {{NAME:Saltonstall}}) re: ICD
- DM: glargine 20 u, hold glipizide

{{NAME:Hannah Oduya}}, MD (PGY-1) / {{NAME:Brennan Callahan}}, MD
Pager {{PHONE:62230}}`,
  `Record date: {{DATE:2061-01-08}}

Patient Name: {{NAME:Magdalena Wisniewska}}
DOB: {{DATE:08/02/1994}}
Location: {{FACILITY:Pawtucket Valley Clinic}}

66F here to establish care after moving from {{LOCATION:Scranton}} to live with her son {{NAME:Tomasz}} in {{LOCATION:Pawtucket}}. Prior PCP Dr. {{NAME:Lindqvist}} at {{FACILITY:Lackawanna Family Medicine}}; records requested by fax {{FAX:570-555-0188}}.

PMH: HTN (20 yrs), DM2 (2055), hyperlipidemia, L knee OA.
Meds: losartan 50, HCTZ 12.5, metformin ER 1000, pravastatin 40, naproxen prn.
SH: widowed; was a seamstress. Never smoker. Speaks Polish and English.

BP 142/84. A1c today 7.0. Exam benign except crepitus L knee.

Plan: stop naproxen (renal/BP), tylenol instead. Continue others. Eye and foot exams ordered. Pneumovax. Return {{DATE:April}}.

{{NAME:Sebastian Achterberg}}, MD`,
  `Record date: {{DATE:2086-05-29}}

OPERATIVE NOTE - CARDIAC SURGERY
{{FACILITY:Hollisford Memorial Hospital}}, OR 14

Patient: {{NAME:Wendell Prudhomme}}
Date of procedure: {{DATE:05/29/2086}}
Surgeon: {{NAME:Ingeborg Lauritzen}}, MD
Assistant: {{NAME:Samuel Ngata}}, MD (resident); {{NAME:Chloe Bergeron}}, PA-C
Anesthesia: Dr. {{NAME:Amadi}}

Preop dx: three-vessel CAD, DM2, EF 40%.
Procedure: CABG x4 (LIMA-LAD, SVG-D1, SVG-OM1, SVG-PDA), endoscopic vein harvest L leg.

Findings: LAD diffusely diseased, 1.75 mm target. Good conduit. CPB 98 min, XC 74 min. Weaned on epinephrine 2 mcg/min. TEE post: EF 45%, no new WMA.

Drains: two mediastinal, one L pleural. Foley in place. Pacing wires A/V.
EBL 650 mL. Cell saver 310 mL returned.

Pt transferred to {{FACILITY:CSICU}} (bed 6) in stable condition. Wife {{NAME:Lorraine}} updated in the family lounge by Dr. {{NAME:Lauritzen}}.

{{NAME:IL}}/{{NAME:sn}}`,
  `Record date: {{DATE:2093-09-11}}

{{FACILITY:Roxbury Crossing Health Center}} - Internal Medicine

{{NAME:Jerome Baptiste}}, 54M, city bus mechanic, f/u HTN and new DM.
A1c 7.8 on {{DATE:8/28}} (first ever elevated). FBG 151. Feels fine.

Reviewed diagnosis. He is worried because his mother died of "sugar" complications at 63 on dialysis in Haiti. Wants to try diet first for 3 months. Discussed that metformin is low risk; he agreed to start 500 mg with dinner.

BP 152/96 on amlodipine 10. Add chlorthalidone 12.5.
Lipids: LDL 148 -> start atorvastatin 20.

Referred to our nutritionist {{NAME:Gwen}} and to the YMCA diabetes prevention program on {{ADDRESS:Martin Luther King Blvd}}.

RTC 6 wks. Labs: BMP 2 wks after chlorthalidone.

{{NAME:F. Abdirahman}}, NP`,
  `Record date: {{DATE:2069-04-02}}

ED NOTE - {{FACILITY:Callender University Hospital}} Emergency Department

{{NAME:Lillian Fairbanks-Oyelowo}}, 92-yo woman from {{FACILITY:Pine Knoll Nursing and Rehabilitation}} in {{LOCATION:Needham}}, sent for hypoglycemia (BG 38 at 0540). Has DM2 on glipizide 10 bid, HTN, CAD, dementia.
Given D50 by EMS; BG 142 on arrival. Now at baseline per NH nurse {{NAME:Brigid}} ({{PHONE:781-555-0173}}).

Exam: frail, oriented to self. No focal deficits. GCS 14.
Labs: Cr 1.6 (eGFR 29), glucose 96 at 0800.

Imp: sulfonylurea-induced hypoglycemia, CKD 4.
Plan: observation, BG q1h x 6 then q2h, D10 infusion prn. Stop glipizide. Discussed with HCP (granddaughter {{NAME:Simone Oyelowo}}) who agrees.

Age note: patient is {{AGE:92}}; goals of care favour avoiding lows; A1c target <8.5.

{{NAME:Thaddeus Mbeki}}, MD, EM attending`,
  `Record date: {{DATE:2104-02-13}}

Progress Note

Mr. {{NAME:Ansel Rutherford}} (44) comes in for his DOT physical and BP. Works as a long-haul driver for {{FACILITY:Keystone Freightways}} out of {{LOCATION:Worcester}}. BP 150/98 last month at the CDL exam.

Home BPs 140s/90s. Drinks 4-5 energy drinks/day. Snores; wife says he stops breathing.

BP today 148/96, 146/94. BMI 38. Neck 18 in.
A1c 6.1, LDL 162, TG 310.

A/P:
1. HTN - start amlodipine 5.
2. Suspected OSA - home sleep study via {{FACILITY:Sleep Health of Central Mass}}.
3. Prediabetes/dyslipidemia - lifestyle, recheck 3 mo; discuss statin.
Form for FMCSA completed; 1-year card withheld until BP <140/90.

{{NAME:D. Okonkwo-Barnes}}, MD, {{FACILITY:Shrewsbury Street Family Medicine}}`,
  `Record date: {{DATE:2080-07-22}}

{{FACILITY:HMH}} CARDIAC CATHETERIZATION REPORT

Patient: {{NAME:Rosalind Teixeira}}   MRN: {{MRN:7720915}}
DOB: {{DATE:11/23/2016}}
Referring: {{NAME:Arvid Soderholm}}, MD ({{FACILITY:Fall River Cardiology Group}})
Operator: {{NAME:Nkechi Obi-Lawson}}, MD; Fellow: {{NAME:Declan Murtagh}}, MD
Date: {{DATE:07/22/2080 08:45}}

Indication: positive stress test (Lexiscan SPECT {{DATE:7/9}}, inferolateral ischemia), DM2, HTN, HLD.

Access: R radial 6F. Contrast: Omnipaque 110 mL.
LM: normal. LAD: 30% mid. LCx: 90% OM2, TIMI 3. RCA: dominant, 40% prox.
LVEDP 16.

Intervention: OM2 - 2.5 x 15 mm Synergy DES, 0% residual.
Meds: heparin 70 u/kg, ticagrelor 180 load.

Plan: DAPT x 12 mo, high-intensity statin, A1c <7, BP <130/80. Return to {{FACILITY:Taunton 3 South}} for overnight obs. Husband {{NAME:Manuel}} updated.`,
  `Record date: {{DATE:2067-12-19}}

Nurse Practitioner Visit, {{FACILITY:Cedar Hill Senior Clinic}}

Mrs. {{NAME:Eudora Pennington}}, age {{AGE:94}}, lives alone in {{LOCATION:Milton}} with daily help from her niece {{NAME:Charlotte Ames}}. HTN, DM2 (diet-controlled, A1c 6.6), hypothyroidism, hx NSTEMI 2059.

Reports dizziness when standing. Fell once on {{DATE:12/10}} in her kitchen, no injury. BP sitting 128/70, standing 104/62.
Meds: lisinopril 20, amlodipine 5, metoprolol 25 bid, levothyroxine 75, ASA 81.

Plan: stop amlodipine; recheck orthostatics 2 wks. PT home safety eval through {{FACILITY:South Shore VNA}}. Lifeline alert button ordered. Niece's cell {{PHONE:617-555-0121}} for updates.

{{NAME:Beatrix Holloway}}, NP-C`,
  `Record date: {{DATE:2097-06-03}}

INPATIENT ENDOCRINE CONSULT
{{FACILITY:Brightwater General Hospital}}, {{FACILITY:Fenwick 5}} (orthopedics)

Requested by Dr. {{NAME:Kazemi}} (ortho) for hyperglycemia post-op.

{{NAME:Reginald Okoro-Whitman}} is a 68 yo retired postal carrier with DM2 (on metformin + dulaglutide at home, A1c 7.9), HTN, CAD (stent 2090 at {{FACILITY:BWG}}), who had R TKA {{DATE:6/1}}. Received dexamethasone 10 mg intra-op. BG 280-340 since.

Diet: regular. Eating 75%.
Current: lispro SS only.

Recs:
1. Glargine 16 u qhs (0.15 u/kg)
2. Lispro 4 u ac + correction scale (moderate)
3. Hold metformin until Cr stable and eating; resume at discharge
4. Hold dulaglutide until home
5. Goal BG 140-180
6. Outpt f/u with his endocrinologist Dr. {{NAME:Yvette Charbonneau}} at {{FACILITY:Joslin-Pratt}}

Thank you, will follow.
{{NAME:Marcus Lindahl}}, MD, Endocrine fellow, pgr {{PHONE:17725}}`,
  `Record date: {{DATE:2076-10-05}}

{{FACILITY:Easton Internal Medicine Associates}}
Annual physical

{{NAME:Cressida Vaughan-Oduya}} is a 49 yo attorney at {{FACILITY:Whitmore Lisle & Crane LLP}} in {{LOCATION:Boston}}, here for annual exam. Known HTN x 5 yrs on losartan 50. FHx: father CABG at 52, mother DM2. Mother {{NAME:Agnes}} now lives with her in {{LOCATION:Newton}}.

ROS negative. Exercises 3x/wk (spin). Alcohol 1 glass wine most nights.

BP 126/80. BMI 26.4. Exam normal.
Labs: A1c 5.9, LDL 139, HDL 58, TG 96, Lp(a) 128 nmol/L.
CAC score ({{DATE:9/18}}, {{FACILITY:HMH}} imaging): 46 (78th percentile).

A/P:
- HTN controlled.
- Elevated Lp(a) + CAC >0 + FHx: start rosuvastatin 10. Goal LDL <70.
- Prediabetes: lifestyle; A1c yearly.
- Mammogram, Pap current. Colonoscopy due at 50 - referred to Dr. {{NAME:Kirschbaum}}.

{{NAME:Leopold Anand}}, MD`,
  `Record date: {{DATE:2091-03-14}}

DISCHARGE SUMMARY - {{FACILITY:HOLLISFORD MEMORIAL HOSPITAL}}

NAME: {{NAME:ABERNETHY, SILAS T}}      UNIT NO: {{MRN:203-88-51}}
ADMISSION DATE: {{DATE:03/08/2091}}    DISCHARGE DATE: {{DATE:03/14/2091}}
SERVICE: Cardiology ({{FACILITY:Bigelow 10}})
ATTENDING: {{NAME:Hartwell, Juliana}}, M.D.
DISCHARGE TO: {{FACILITY:Beaumont Rehabilitation of Lexington}}

DIAGNOSES: NSTEMI; acute systolic heart failure; DM2 uncontrolled (A1c 10.2); HTN; hyperlipidemia; AKI resolved.

HISTORY: 77-year-old retired pharmacist (owned {{FACILITY:Abernethy Drug}} in {{LOCATION:Arlington}} until 2085) presented to the {{FACILITY:HMH}} ED on {{DATE:Sunday, March 8}} with 3 h of chest pressure. Trop I peak 12.4.

COURSE: Heparin, ASA, ticagrelor. Cath {{DATE:3/10}} (Dr. {{NAME:Villanueva}}): LM 50%, LAD 80%, LCx 70%. Cardiac surgery (Dr. {{NAME:Lauritzen}}) evaluated; pt declined CABG, and PCI of LAD performed {{DATE:3/11}}. EF 35%. Diuresed 4 L. Cr peaked 2.1 {{DATE:3/12}}, 1.3 at discharge. Insulin started by Dr. {{NAME:N. Brandt}}.

MEDS: ASA 81, ticagrelor 90 bid, atorvastatin 80, metoprolol succ 50, sacubitril/valsartan 24/26 bid, furosemide 20, glargine 24 u, lispro 6 u ac, empagliflozin 10.

FOLLOW-UP: Dr. {{NAME:Hartwell}} {{DATE:4/2}}; PCP Dr. {{NAME:Emmerich Stoll}}; daughter {{NAME:Prudence}} ({{PHONE:781-555-0155}}) is HCP.

{{NAME:JH}}/{{NAME:rmc}}  D: {{DATE:03/14/91}} T: {{DATE:03/15/91}}`,
  `Record date: {{DATE:2062-08-27}}

Podiatry - {{FACILITY:CUH Diabetic Foot Center}}

57 yo M {{NAME:Dmitri Volkonsky}}, DM2 x 15 yr, neuropathy, HTN, here for q3mo nail/callus care. Works as a line cook at {{FACILITY:Oleander Bistro}} on {{ADDRESS:Newbury St}}, standing 10 h/day.

Monofilament absent 6/10 sites bilat. Pulses 2+. Callus sub 1st MTH L, debrided, no underlying ulcer. Onychomycosis 1-5 bilat, debrided.

A1c 8.4 per Dr. {{NAME:Fenwick-Ali}}'s note {{DATE:8/3}}.

Plan: custom diabetic inserts (A5513), extra-depth shoes via {{FACILITY:Back Bay Orthotic & Prosthetic}}. Daily foot checks. Wife {{NAME:Irina}} will inspect his feet nightly; he cannot see soles well. Next appt {{DATE:11/26}} at 0900 at the {{LOCATION:Brighton}} office. RTC 3 mo.

{{NAME:Aurelia Santangelo}}, DPM
cc: Dr. {{NAME:Fenwick-Ali}}, {{FACILITY:Allston Brighton Medical Group}}`,
  `Record date: {{DATE:2105-11-09}}

Cardiology Clinic - {{FACILITY:Brightwater Heart Center}}, {{LOCATION:Lowell}} satellite

Mr. {{NAME:Nguyen Van Thanh}} (goes by "{{NAME:Tom}}"), 71, returns for HTN and hyperlipidemia. Son {{NAME:Minh}} interprets. Owns a nail salon in {{LOCATION:Dracut}}.

BP log avg 146/88 on amlodipine 10, valsartan 160. Adherent per pillbox. Reports ankle swelling.

BP 150/86 R, 148/84 L. HR 70. 1+ pitting edema.
Labs {{DATE:10/30}}: K 4.2, Cr 0.9, LDL 112 on pravastatin 40, A1c 6.0.

A/P:
1. HTN uncontrolled, edema likely amlodipine - reduce to 5, add chlorthalidone 12.5.
2. Lipids - switch pravastatin to atorvastatin 40; 10-yr risk 24%.
3. Renal artery duplex if still uncontrolled.
Return to see Dr. {{NAME:Chuang}} or me in 6 wks.

{{NAME:Isadora Pemberton}}, NP`,
  `Record date: {{DATE:2085-01-16}}

ADMISSION NOTE - General Medicine, {{FACILITY:Callender University Hospital}} {{FACILITY:Ellery 12}}

ID: {{NAME:Roosevelt Okonjo}} is a 63M w/ DM2 (insulin), HTN, CAD s/p PCI (2081 at {{FACILITY:CUH}}), CKD3a, morbid obesity, admitted with LLE cellulitis.

HPI: Noticed redness L shin on {{DATE:1/12}} after scraping it on the tailgate of his truck. Works as a groundskeeper for {{FACILITY:Brandeis-Halloran College}}. Spreading erythema, fever 38.9 at home. Wife {{NAME:Bernadette}} brought him to ED. BG 320s.

Exam: T 38.4. L leg erythema to knee, warm, marked. No crepitus. Interdigital maceration.
Labs: WBC 15.2, lactate 1.4, CRP 140. A1c 9.6. Cr 1.4.

A/P:
1. Cellulitis - cefazolin 2 g q8h; elevate; tinea pedis -> clotrimazole.
2. DM2 - glargine 40 u (home 50), lispro ac + SS. Diabetes nurse.
3. CAD - cont ASA, atorva, metoprolol.
4. CKD - renally dose.
Dispo: home when afebrile 24 h. PCP: Dr. {{NAME:Lucinda Varga}}, {{FACILITY:Waltham Family Health}}.

{{NAME:Keiko Hirabayashi}}, MD, Intern, x{{PHONE:4-7731}}
{{NAME:Vikram Saldanha}}, MD, Senior resident`,
  `Record date: {{DATE:2073-04-25}}

Phone note

Spoke with pt {{NAME:Agatha Merriweather}} re: lab results from {{DATE:4/23}}. LDL 188 on simvastatin 20, she admits taking it "about half the time" because of leg aches. CK normal. A1c 6.8 (6.5).

Discussed switching to rosuvastatin 5 mg 3x/week, which she agreed to try. Also discussed ezetimibe. She asked that the Rx go to {{FACILITY:Colonial Pharmacy}} in {{LOCATION:Concord}} rather than mail order. Fax sent to pharmacy at {{FAX:978-555-0114}}.

Recheck lipids in 8 weeks - order placed ({{DATE:6/20}} at the {{FACILITY:Emerson Lab}} draw station, {{ADDRESS:133 Main St}}). She will call if myalgias recur; her husband {{NAME:Horace}} manages her pillbox.

Last PCP visit {{DATE:3/2/73}} with Dr. {{NAME:Goldwasser}}.

{{NAME:Ellery Stanhope}}, PharmD, CACP
Collaborative practice with Dr. {{NAME:Goldwasser}}`,
  `Record date: {{DATE:2100-05-18}}

STRESS TEST REPORT
{{FACILITY:Hollisford Memorial Hospital}} Nuclear Cardiology

Patient: {{NAME:Ezekiel Moriarty}}   MRN: {{MRN:5534107}}   Age: 61
Referring: Dr. {{NAME:Pinkerton}}, {{FACILITY:Quincy Harbor Medical}}
Study date: {{DATE:05/18/2100}}

Indication: exertional dyspnea; DM2, HTN, HLD, former smoker.
Protocol: Bruce. Exercised 6:30 min, 7.4 METs, stopped for fatigue. Max HR 138 (86% MPHR). BP 142/80 -> 188/86. Duke treadmill score +2.5.
ECG: 1.5 mm horizontal ST depression II, III, aVF, V5-V6 at peak, resolved at 4 min recovery.
SPECT (Tc-99m): moderate-size reversible defect, inferior and inferolateral walls. TID 1.1. Gated EF 56%.

Impression: intermediate-risk study with inferolateral ischemia.
Recommend cardiology referral; results phoned to Dr. {{NAME:Pinkerton}}'s office at {{PHONE:617-555-0196}}.

Interpreting: {{NAME:Gwendolyn Achebe}}, MD / {{NAME:Farid Haddad}}, MD (fellow)`,
  `Record date: {{DATE:2068-09-07}}

{{FACILITY:Maplewood Primary Care}}
Brief visit

{{NAME:Lorenzo Abruzzese}} 59M HTN, DM2, here for BP recheck after lisinopril increased to 40 on {{DATE:8/10}}. Home readings 128-136/78-84. Mild dry cough x 2 wks.

BP 132/80. Lungs clear.
BMP: K 4.9, Cr 1.0.

Cough likely ACEi - switch lisinopril 40 to losartan 100. Recheck BMP 2 wks.
He asked for a letter for his employer ({{FACILITY:Revere Sand & Gravel}}) excusing him from overtime during the med change - provided, addressed to his supervisor Mr. {{NAME:Tarbox}}.
Wife {{NAME:Concetta}} asks about his A1c (7.3 on {{DATE:8/10/68}}); reviewed. Next visit with Dr. {{NAME:Whitlow}} {{DATE:12/3}}.
Pharmacy: {{FACILITY:Shirley Ave Apothecary}}, {{LOCATION:Revere}}.

{{NAME:Ophelia Drummond}}, PA-C`,
  `Record date: {{DATE:2081-06-30}}

Ophthalmology - {{FACILITY:Lakeview Eye Institute}}

Referred by Dr. {{NAME:Vandermolen}} for diabetic eye exam.
Pt: {{NAME:Theodora Castellano}}, 60F, DM2 x 12 years, A1c 8.2, HTN.

VA cc: OD 20/30, OS 20/40. IOP 16/17.
DFE: OD - scattered dot-blot hemorrhages, few hard exudates temporal to fovea. OS - microaneurysms, cotton wool spot, CSME present.
OCT: OS CST 388 um.

Imp: moderate NPDR OU with CSME OS.
Plan: intravitreal aflibercept OS today, return 4 wks. Letter to PCP. Discussed importance of glucose and BP control. Her daughter {{NAME:Gianna}} will drive her from {{LOCATION:Medford}}; pt to call {{PHONE:617-555-0108}} to confirm. Next injection {{DATE:7/28}}.
Prior exam {{DATE:5/2079}} at {{FACILITY:Somerville Vision Center}} showed mild NPDR only.

{{NAME:Rupert Feldmann}}, MD, Retina`,
  `Record date: {{DATE:2096-02-04}}

{{FACILITY:Whitcombe 7}} night float cross-cover note, 0230

Called by RN {{NAME:Josephine}} for BG 52 in pt {{NAME:Clarence Moutafian}}, bed 714-A. 74M with DM2, CAD, admitted {{DATE:2/2}} for pneumonia. Got glargine 30 u at 2100 and ate poorly at dinner.

Pt diaphoretic but alert. Given 15 g dextrose gel -> BG 94 at 0245, 118 at 0310.

Plan: reduce glargine to 20 u tomorrow; BG checks q2h overnight. Signed out to day team (Dr. {{NAME:Whitaker}}, intern {{NAME:Sung-min Cho}}). Wife {{NAME:Arpine}} called at {{PHONE:617-555-0177}} and updated; she is staying at the {{FACILITY:Longwood Family House}} near {{FACILITY:CUH}}.
PMD: Dr. {{NAME:Garabedian}}, {{FACILITY:Watertown Square Internists}}.

{{NAME:Anya Petrosyan}}, MD (PGY-2)`,
  `Record date: {{DATE:2072-05-06}}

{{FACILITY:HMH}} Internal Medicine - {{FACILITY:Fuller Clinic}}, suite 3B

{{NAME:Wilhelmina Strand}} ({{NAME:Billie}}) 72F, last seen by me {{DATE:2/11}} and by Dr. {{NAME:Oyelaran}} (cardiology) {{DATE:4/19}}.

Problems:
1. CAD - PCI to LAD {{DATE:11/2070}} at {{FACILITY:Brightwater}}. No angina. Cont ASA/clopidogrel through {{DATE:Nov}}.
2. DM2 - A1c 7.2 ({{DATE:4/28}}). On metformin 1000 bid, linagliptin 5. Eye exam at {{FACILITY:Lakeview}} {{DATE:3/2072}}: no DR.
3. HTN - 134/72 today. Losartan 100, amlodipine 2.5.
4. HLD - LDL 64 on atorva 80.
5. Caregiver stress - husband {{NAME:Arne}} (84) has Parkinson's, now at {{FACILITY:Fairhaven Adult Day Center}} 3 days/wk. Daughter {{NAME:Solveig}} flies in from Minnesota monthly.

She volunteers at the {{FACILITY:Hancock Street Library}} Tuesdays. Lives on {{ADDRESS:17 Hancock Ave}}, {{LOCATION:Lexington}} {{ZIP:02420}}.

Plan: no changes. Social work referral ({{NAME:Phoebe Nakamura}}, LICSW) re: respite for {{NAME:Arne}}. RTC {{DATE:August}}.

{{NAME:Theodore Ashworth}}, MD`,
  `Record date: {{DATE:2089-08-14}}

CARDIOLOGY CONSULT NOTE
{{FACILITY:Callender University Hospital}} - requested by {{FACILITY:Ellery 11}} surgical team (Dr. {{NAME:Maloof}})

Patient: {{NAME:Augustin Delacroix-Bell}}   MRN {{MRN:8805-2291}}   DOB {{DATE:2/9/2022}}
Reason: preop risk assessment before sigmoid colectomy planned {{DATE:8/17/89}}.

HPI: 67M, retired {{LOCATION:Boston}} firefighter ({{FACILITY:Engine 41}}, {{LOCATION:Back Bay}}), with DM2 on insulin, HTN, HLD, CAD s/p CABG 2078 by Dr. {{NAME:Lauritzen}} at {{FACILITY:HMH}}. Followed by Dr. {{NAME:Hiroshi Wakabayashi}} at {{FACILITY:Charlestown Navy Yard Cardiology}}; last TTE {{DATE:1/2089}} EF 50%. Admitted {{DATE:8/11}} with recurrent diverticulitis. Walks 2 flights without symptoms (>4 METs).

Exam: BP 128/74, HR 66. Sternotomy scar. No murmurs. No edema.
ECG: SR, old IMI, no acute change vs {{DATE:01/14/2089}}.
Labs: Cr 1.2, Hgb 12.1, A1c 7.6.

RCRI: 3 (high-risk surgery, IHD, insulin). Functional capacity adequate.

Recs:
- no further testing; may proceed
- continue ASA, atorvastatin, metoprolol peri-op
- hold lisinopril morning of surgery
- glargine 80% dose night before
- post-op troponin x2
Spoke with Dr. {{NAME:Wakabayashi}} by phone ({{PHONE:617-555-0133}}); agrees.

{{NAME:Beatriz Solorzano}}, MD, Cardiology fellow, pgr {{PHONE:55081}}
Attending: {{NAME:Idris Hammoud}}, MD`,
  `Record date: {{DATE:2063-03-02}}

To: {{NAME:Gerald Fitzwilliam}}, MD, {{FACILITY:Cape Ann Family Physicians}}, {{ADDRESS:210 Washington St}}, {{LOCATION:Gloucester}}, MA {{ZIP:01930}}
From: {{FACILITY:Brightwater Heart Center}}
Re: {{NAME:Marguerite Pellerin}}, DOB {{DATE:6/19/1990}}

Dear {{NAME:Gerry}},

Thank you for referring {{NAME:Marguerite}}, whom I saw on {{DATE:February 27}} for resistant hypertension. She is a 72-year-old retired nurse (30 years at {{FACILITY:Addison Gilbert-Wyeth Hospital}}) with DM2 and hyperlipidemia. Despite lisinopril 40, amlodipine 10 and HCTZ 25, home readings average 158/90.

Aldosterone 22 ng/dL, renin <0.6: ARR markedly elevated. K 3.3. Adrenal CT {{DATE:2/28}} shows a 1.4 cm L adrenal adenoma.

I have started spironolactone 25 mg and stopped HCTZ. We will arrange adrenal vein sampling at {{FACILITY:BWG}} with Dr. {{NAME:Olatunji}} if she wishes to consider surgery. Please check BMP in 1 week; she prefers the lab at {{FACILITY:Rockport Medical Arts}}.

Best regards,
{{NAME:Cordelia Ravenscroft}}, MD
Phone {{PHONE:978-555-0159}}  Fax {{FAX:978-555-0160}}`,
  `Record date: {{DATE:2110-01-22}}

Progress note - {{FACILITY:Sturgis MICU}}, {{FACILITY:CUH}}, bed 9

{{NAME:Bartholomew Ekwueme}}, 56M, HD#2, HHS.
BG 1124 on adm ({{DATE:1/20}} 2240), osm 368. Found at home in {{LOCATION:Brockton}} by landlord Mr. {{NAME:Farias}}; unresponsive, GCS 9.

Overnight: insulin gtt 6 u/h; BG 280s. Na corrected 152 -> 149. Now GCS 14, following commands. Foley in. UOP 90 mL/h.
Labs: K 3.8, phos 1.9, Cr 2.4 (3.1), CK 2200.

A/P:
- HHS: cont gtt, D5 when BG<250, target 200-300 first 24h
- AKI/rhabdo: LR 150/h
- Hypophos: K-phos 30 mmol
- Social: lives alone, works as night custodian at {{FACILITY:Brockton Shoe Outlet}}. Sister {{NAME:Ngozi Ekwueme-Adams}} en route from {{LOCATION:Lagos}}; nephew {{NAME:Chidi}} ({{PHONE:508-555-0182}}) at bedside. No PCP - will arrange at {{FACILITY:Brockton Neighborhood Health}} before d/c.

{{NAME:P. Venkataraman}}, MD (MICU resident) / Dr. {{NAME:Lindgren-Oduya}}, attending`,
  `Record date: {{DATE:2079-07-11}}

{{FACILITY:Maplewood Primary Care}} - Follow-up

{{NAME:Fionnuala Brennan}} is a 55 yo school bus driver for {{FACILITY:Wollaston Bay Charter School}} with HTN, DM2, HLD and obesity, here 3 mo after starting tirzepatide (Dr. {{NAME:Okafor}} started it {{DATE:4/9}}).

Wt 112 -> 103 kg. Mild nausea first 2 wks, resolved. A1c 8.6 -> 7.0. BP 128/78 (was 144/90); she stopped amlodipine on her own {{DATE:6/15}} because of "low readings" at her sister {{NAME:Maeve}}'s house.

Exam: NAD.
Labs: LDL 96 on simvastatin 20, TG 180.

Plan:
- tirzepatide 7.5 -> 10 mg weekly
- ok to stay off amlodipine; home log
- simvastatin -> atorvastatin 40 (LDL goal <100, 10-yr risk 9%)
- DOT exam form signed for the {{DATE:August}} renewal
RTC 3 mo with Dr. {{NAME:Okafor}}.

{{NAME:Rhiannon Cheung}}, PA-C`,
  `Record date: {{DATE:2098-04-17}}

ED to Medicine admission - {{FACILITY:Hollisford Memorial Hospital}}

Pt: {{NAME:Ignacio Villarreal}}   MRN: {{MRN:6127740}}
CC: SOB, L arm pain

HPI: 66M w/ HTN, DM2, HLD, AFib on apixaban, CAD (RCA stent 2094 at {{FACILITY:St. Aldric's Hospital}} in {{LOCATION:Lawrence}}), p/w 1 day dyspnea and L arm ache while working in his garden in {{LOCATION:Methuen}}. HS troponin 18 -> 22 -> 21 ng/L. BNP 980. CXR: pulmonary edema.

Outside cardiologist: Dr. {{NAME:Rafaela Quiroga}} ({{FACILITY:Merrimack Cardiology}}), last visit {{DATE:1/30}}; EF then 40%.

Exam: BP 168/96, HR 112 irregular, SpO2 91% 2L. Crackles bilat bases. JVP 12.

A/P: ADHF w/ AF RVR, demand ischemia, HTN urgency.
- furosemide 40 IV bid, metoprolol, cont apixaban
- TTE, serial trop
- admit to {{FACILITY:Bigelow 11}} tele
- notify wife {{NAME:Consuelo}} ({{PHONE:978-555-0125}}) - she speaks Spanish; interpreter used (ID {{ID:48822}})

{{NAME:Tamsin Albrecht}}, MD PGY-3 / {{NAME:Oswaldo Ferreira}}, MD`,
  `Record date: {{DATE:2065-10-28}}

Lipid Clinic - {{FACILITY:Tremont Endocrine Associates}}

{{NAME:Percival Hawthorne}}, 43M, software engineer at {{FACILITY:Quillfeather Systems}} in {{LOCATION:Cambridge}}. Referred by Dr. {{NAME:Anand}} for LDL 241 and tendon xanthomas. Father ({{NAME:Roland Hawthorne}}) MI at 44; paternal aunt {{NAME:Edith}} died suddenly at 50. Two children, {{NAME:Ezra}} (12) and {{NAME:Clementine}} (9), not yet screened.

Exam: Achilles xanthomas bilat, arcus. BP 124/78.
Labs: LDL 238, HDL 44, TG 120, Lp(a) 30. Genetic panel: LDLR pathogenic variant (c.681C>G).

Dx: heterozygous familial hypercholesterolemia. Dutch Lipid Clinic score 14.

Plan: rosuvastatin 40 + ezetimibe 10; recheck 6 wks; PCSK9 mAb if LDL >70. Cascade screening: letter for kids' pediatrician Dr. {{NAME:Moskowitz}} at {{FACILITY:Fresh Pond Pediatrics}}. CT coronary calcium.

{{NAME:Adaeze Nwachukwu}}, MD`,
  `Record date: {{DATE:2084-12-23}}

Cardiac rehab discharge summary - {{FACILITY:MetroWest Cardiac Rehab}}

Participant: {{NAME:Leland Bixby}}, 64M
Referring MD: Dr. {{NAME:Ravindranath}} ({{FACILITY:HMH}})
Dx: NSTEMI {{DATE:9/2084}}, PCI LCx; DM2; HTN.
Program: 36 sessions, {{DATE:10/6/84-12/19/84}}.

Entry: 6MWT 380 m, METs 4.2, PHQ-9 11.
Exit: 6MWT 512 m, METs 7.0, PHQ-9 4.
Wt 101.2 -> 97.6 kg. BP avg 126/76. A1c 7.6 -> 6.9.

He has returned part-time to his job as a produce manager at {{FACILITY:Stop & Save Market}} in {{LOCATION:Marlborough}}. Plans to continue at the {{FACILITY:Sudbury Community Fitness Center}} with his wife {{NAME:Darlene}}.

Recommendations forwarded to Dr. {{NAME:D. Ravindranath}} and PCP Dr. {{NAME:Ingrid Halvorsen}}.

{{NAME:Nicolette Zamora}}, MS, CEP
{{NAME:Lamar Whitfield}}, MD, Medical Director`,
  `Record date: {{DATE:2070-06-19}}

{{FACILITY:Roxbury Crossing Health Center}} - walk-in

{{NAME:Yolanda Prescott-Mbatha}} 47F w/ HTN, DM2, presents with HA x 3 days, BP 188/112 at {{FACILITY:Dudley Square Pharmacy}} kiosk today. Ran out of meds 10 days ago (insurance lapse after losing job at {{FACILITY:Northgate Laundry Services}}).

No CP, no vision change, no focal weakness. Neuro nonfocal. Fundi: no papilledema.
BP 182/108 -> 166/100 after clonidine 0.1.
UA: 1+ protein. BMP: Cr 0.9, K 3.7. ECG LVH.

Imp: HTN urgency without end-organ damage; nonadherence due to cost.
Plan: restart amlodipine 10, lisinopril 20; metformin 500 bid via $4 list. Social worker {{NAME:Adriana Fuentes}} met pt re: MassHealth application. Recheck {{DATE:Monday 6/22}}.

{{NAME:Kwabena Asante}}, MD`,
  `Record date: {{DATE:2106-09-01}}

Geriatrics consult, {{FACILITY:Brightwater General Hospital}}, {{FACILITY:Kessler 4}}

Pt: {{NAME:Millicent Harrow}}, {{AGE:97}} yo F, admitted {{DATE:8/29}} after fall at {{FACILITY:Larkspur Assisted Living}} in {{LOCATION:Andover}}. Hx DM2, HTN, CAD, CKD3, mild dementia.

Med list: glyburide 5, lisinopril 40, metoprolol 100, amlodipine 10, atorvastatin 80, ASA, donepezil, oxybutynin.
BP 98/54 standing. A1c 6.1. Cr 1.5.

Recs:
1. Stop glyburide (hypoglycemia risk); A1c goal <8.
2. Deprescribe: stop amlodipine, reduce metoprolol to 25, stop oxybutynin (anticholinergic).
3. Atorvastatin: reduce to 20 per goals; d/w family.
4. Delirium precautions.
Discussed with son {{NAME:Ambrose Harrow}} (HCP) and the ALF nurse {{NAME:Teresa}} ({{PHONE:978-555-0143}}). Pt has been at {{FACILITY:Larkspur}} since 2101; her late husband {{NAME:Cyril}} was a {{FACILITY:Merrimack Hill Academy}} teacher.

{{NAME:Honoria Blackwood}}, MD, Geriatrics`,
  `Record date: {{DATE:2075-02-08}}

Pre-op clinic, {{FACILITY:CUH}} {{FACILITY:Weld Preadmission Testing Center}}

{{NAME:Anselm Prokopenko}}, 69M, for L carotid endarterectomy with Dr. {{NAME:Rosenthal-Pike}} on {{DATE:Thursday 2/12}}. TIA {{DATE:1/3}} (R hand clumsiness x 20 min) while at his daughter {{NAME:Oksana}}'s house in {{LOCATION:Salem}}. Carotid duplex: L ICA 80-99%.

PMH: DM2 (A1c 7.1), HTN, HLD, CAD (PCI 2068, {{FACILITY:Salem Harborside Hospital}}).
Meds: clopidogrel, ASA, atorva 80, metformin, lisinopril 10, metoprolol.
Retired welder ({{FACILITY:Narragansett Bay Shipfitting}}). 40 pk-yr, quit.

Exam: BP 146/82. L carotid bruit. Neuro intact; NIHSS 0.
ECG SR. Cr 1.0. Hgb 13.8.

Plan: continue ASA/clopidogrel per Dr. {{NAME:Rosenthal-Pike}}; hold metformin AM of surgery; take metoprolol. Arrive {{FACILITY:Weld}} 5:30 AM. Contact: wife {{NAME:Halyna}} {{PHONE:978-555-0117}}.

{{NAME:Corinne Devereaux}}, NP`,
  `Record date: {{DATE:2092-11-03}}

{{FACILITY:Easton Internal Medicine Associates}} - Dr. {{NAME:Vandermolen}}'s patient, seen by resident

S: {{NAME:Tobias Klingerman}}, now 71, back after 2-week trip to Norway visiting his brother {{NAME:Henrik}} in {{LOCATION:Bergen}}. Ran out of empagliflozin mid-trip. Fatigue; no CP.
{{NAME:Greta}} (wife) notes his ankles swell in the evenings.

O: BP 142/80, HR 58. Wt 96.0. 1+ edema bilat. No JVD.
A1c 7.9 (7.4 in {{DATE:July}}). BNP 110. Cr 1.2.
ABI from {{DATE:5/2088}}: R 0.78, L 0.92 - stable symptoms.

A/P:
- DM2: resume empagliflozin 10; if A1c >7.5 in 3 mo, add GLP-1.
- Edema: likely venous; compression stockings; TTE to r/o HFpEF.
- CAD s/p CABG: stable; saw Dr. {{NAME:Lauritzen}}'s NP {{DATE:9/30}}.
- HCM: shingles vaccine #2.

{{NAME:Ravi Subramaniam}}, MD PGY-3
Attending attestation: seen and examined, agree. {{NAME:OV}}`,
  `Record date: {{DATE:2060-07-15}}

ENDOCRINOLOGY NEW PATIENT - {{FACILITY:Joslin-Pratt Diabetes Clinic}}, {{LOCATION:Worcester}}

Referring: {{NAME:Fabiola Guerrero-Nash}}, MD ({{FACILITY:Main South Community Health}})

{{NAME:Adebayo Ogunleye}} is a 38 yo graduate student at {{FACILITY:Clark-Holloway University}} with new diabetes: BG 410, A1c 12.9, ketones small, wt loss 8 kg over 2 months. BMI 22. No FHx of DM. Originally from {{LOCATION:Ibadan}}; came to the US in 2056. Also mild HTN, LDL 160.

GAD-65 Ab positive (38 U/mL). C-peptide 0.6.

Assessment: LADA / autoimmune diabetes, insulin-requiring.
Plan:
- glargine 12 u, lispro 1:15 + correction
- CGM (Dexcom G7), ser# {{DEVICE:GR7-4410-5583}}
- DKA education; sick-day rules
- TSH, celiac screen
- lisinopril 5 for BP/microalb
- statin deferred; reassess
Student health (Dr. {{NAME:Pacheco}}) informed with pt consent. F/u 2 wks; pt's phone {{PHONE:508-555-0191}}, email {{EMAIL:a.ogunleye@clarkholloway.edu}}.

{{NAME:Siobhan McCafferty}}, MD`,
  `Record date: {{DATE:2087-04-30}}

Short stay discharge, {{FACILITY:HMH}} {{FACILITY:Observation Unit}}

{{NAME:Marcella Juarez}}, 58F, DM2, HTN, HLD, obs for chest pain {{DATE:4/29-4/30}}. Serial hs-trop <6. ECG nl. CCTA: CAD-RADS 2 (mild nonobstructive plaque LAD), CAC 62.

Discharge plan: increase atorvastatin 20 -> 40, ASA 81 daily. BP 138/84: add amlodipine 2.5. Follow up with PCP Dr. {{NAME:Haverford}} at {{FACILITY:Chestnut Hill Primary Care}} in 1-2 weeks and cardiology (Dr. {{NAME:Farrokhzad}}) in 6 weeks. Return for recurrent pain. Husband {{NAME:Arturo}} present for teaching; they live in {{LOCATION:Newton}}. Copy of CCTA to Dr. {{NAME:Haverford}} by fax {{FAX:617-555-0150}}.

Work note for {{FACILITY:Newton-Wellesley Credit Union}} (teller) given for {{DATE:4/29}} and {{DATE:4/30}}.

{{NAME:Gideon Strauss}}, PA-C / Dr. {{NAME:Okpara}}`,
  `Record date: {{DATE:2101-03-26}}

HOSPITAL MEDICINE DISCHARGE SUMMARY
{{FACILITY:Brightwater General Hospital}}  {{FACILITY:Lindqvist 8}}

Patient: {{NAME:Cheng, Wei-Lun}}   MR#: {{MRN:31-775-094}}
Admit: {{DATE:3/21/2101}}  Discharge: {{DATE:3/26/2101}}
Attending: Dr. {{NAME:Sabine Rousseau}}; Resident: Dr. {{NAME:Kofi Mensah-Bonsu}}
PCP: Dr. {{NAME:Amelia Tsai}}, {{FACILITY:Quincy Harbor Medical}}

Dx: 1) Type 2 MI vs NSTEMI - demand in setting of GI bleed; 2) Upper GI bleed (duodenal ulcer); 3) DM2; 4) HTN; 5) CAD s/p PCI {{DATE:12/2099}}.

Course: 74M presented with melena and Hgb 6.9 on DAPT. Transfused 3 u PRBC. EGD {{DATE:3/22}} (Dr. {{NAME:Fitzgerald-Oyo}}): 1.5 cm duodenal ulcer with visible vessel, clipped + epi. Trop peak 0.8. Cardiology (Dr. {{NAME:Callahan}}) advised stopping ASA, continuing clopidogrel alone. H. pylori positive -> quadruple therapy. Glucose managed with basal 14 u; metformin resumed.

Disposition: home with wife {{NAME:Mei-Hua}} to {{LOCATION:Quincy}}. Son {{NAME:Jonathan Cheng}} ({{PHONE:617-555-0184}}) to drive.

Follow-up: Dr. {{NAME:Tsai}} {{DATE:3/31}}; GI clinic {{DATE:4/20}}; CBC {{DATE:3/29}} at {{FACILITY:Wollaston Lab Services}}.

{{NAME:KMB}}/{{NAME:jtr}}  Doc #{{ID:5520094}}`,
  `Record date: {{DATE:2078-01-31}}

Visit note - {{FACILITY:Shrewsbury Street Family Medicine}}

{{NAME:Henrietta Lavoie}} 61F, receptionist at {{FACILITY:Holden Veterinary Hospital}}, f/u DM2 and HTN. Lost her husband {{NAME:Marcel}} on {{DATE:Dec 14}}; grief, poor sleep, eating irregularly.

BG fasting 170s. A1c 8.3 (7.0 in {{DATE:Aug}}). BP 146/88.
PHQ-9: 13.

Plan:
- grief counselling: referred to {{FACILITY:Wachusett Hospice Bereavement Program}}
- sertraline 25 mg
- metformin 1000 bid continue; add glipizide 2.5? deferred - will reassess in 6 wks when eating more regularly
- BP: recheck; lisinopril 20 continue
- her sister {{NAME:Odette}} from {{LOCATION:Leominster}} staying with her this month

{{NAME:D. Okonkwo-Barnes}}, MD`,
  `Record date: {{DATE:2094-06-12}}

Electrophysiology Device Clinic - {{FACILITY:Hollisford Memorial Hospital}}

Pt: {{NAME:Obadiah Fenwick-Lyle}}, 68M, ischemic CMP EF 25-30%, DM2, HTN, CKD3b.
Device: Boston Scientific Resonate CRT-D, implanted {{DATE:9/14/2091}} by Dr. {{NAME:Saltonstall}}. SN {{DEVICE:482091}}.
Remote monitoring via LATITUDE; last transmission {{DATE:6/2/94}}.

Interrogation: battery 9.5 yrs. BiV pacing 97%. RA/RV/LV thresholds stable. 1 VT episode {{DATE:5/18}} 0312, terminated by ATP. No shocks.
AF burden 0%.

He reports working part-time again as an usher at {{FACILITY:Calvary Baptist Church of Mattapan}}.

Plan: no changes. Cont carvedilol 12.5 bid, amiodarone not needed. Next remote {{DATE:9/2}}; in-person {{DATE:12/2094}} with Dr. {{NAME:Saltonstall}}.

{{NAME:Maren Kjeldsen}}, RN, CCDS`,
  `Record date: {{DATE:2069-11-21}}

NEPHROLOGY CLINIC - {{FACILITY:CUH Kidney Center}}, {{FACILITY:Fegan 3}}

{{NAME:Ebenezer Quaye}}, 72M, diabetic nephropathy, CKD 4 (eGFR 22), HTN, CAD. Referred by Dr. {{NAME:Varga}}. Lives in {{LOCATION:Randolph}} with daughter {{NAME:Abena}}, who drives him. Former bus driver for {{FACILITY:Old Colony Coachways}}.

UACR 2100. K 5.3. Hgb 9.8. PTH 210. HCO3 19.
BP 152/84 on losartan 100, amlodipine 10, furosemide 40.

Plan:
- start finerenone? K too high - instead sodium bicarbonate 650 bid, low-K diet
- dapagliflozin 10 mg
- ESA evaluation, iron studies
- CKD education class; transplant referral to {{FACILITY:HMH}} Transplant Center (Dr. {{NAME:Adeyinka-Moss}})
- AVF vein mapping
RTC 6 wks.

{{NAME:Jonah Eisenberg-Tate}}, MD`,
  `Record date: {{DATE:2086-09-09}}

Hospital follow-up - {{FACILITY:Maplewood Primary Care}}

{{NAME:Wendell Prudhomme}} (CABG x4 {{DATE:5/29}} at {{FACILITY:Hollisford}} by Dr. {{NAME:Lauritzen}}) here today for TCM visit after readmission {{DATE:8/28-9/2}} at {{FACILITY:HMH}} for sternal wound infection.

Doing better. Sternal wound healing, small serous drainage. On cephalexin through {{DATE:9/16}}.
BG 130-180 on glargine 26 u.
BP 118/70. HR 64.

Plan: wound check by {{FACILITY:Norwood Home Health}} RN 3x/wk; cardiac rehab start after clearance by Dr. {{NAME:Lauritzen}}; daughter {{NAME:Simone}} handles meds and can be reached at {{PHONE:781-555-0164}}. Wife {{NAME:Lorraine}} had knee surgery {{DATE:8/15}} at {{FACILITY:Norwood Orthopedic Center}}, so {{NAME:Simone}} is staying with them in {{LOCATION:Walpole}}. Next visit {{DATE:9/30}}.

{{NAME:Meredith Okafor}}, NP`,
  `Record date: {{DATE:2103-05-05}}

{{FACILITY:Chelsea Neighborhood Health}} - Dr. {{NAME:Marchetti}}

{{NAME:Yusuf Demirci}} returns. Now on semaglutide 1 mg weekly (per Dr. {{NAME:Nwachukwu}}), metformin 1000 bid. A1c 7.1 (from 10.6). Wt -9 kg.
Still driving nights; switched to days in {{DATE:March}} after his cab company ({{FACILITY:Logan Cab Cooperative}}) changed shifts.

BP 132/84 on losartan 50. LDL 118 on atorva 20: increase to 40.
Eye exam {{DATE:2/2103}}: no DR.

Family: wife {{NAME:Elif}} is pregnant, due in {{DATE:September}}; daughter {{NAME:Zeynep}} (4) sees Dr. {{NAME:Korkmaz}} at our clinic.

Pharmacy changed to {{FACILITY:Broadway Apothecary}} in {{LOCATION:Chelsea}}. Dr. {{NAME:Nwachukwu}} next sees him {{DATE:6/12}}. RTC 4 mo.
{{NAME:Paolo Marchetti}}, MD`,
  `Record date: {{DATE:2067-08-03}}

{{FACILITY:Brookline Avenue Medical Group}}
Dr. {{NAME:Fairweather}} - office visit

{{NAME:Hector Castellanos}}, 46M, HTN and prediabetes, accountant at {{FACILITY:Longwood Tax & Audit}}. His wife also sees me.

BP 144/92, 140/90. BMI 31. A1c 6.3. LDL 150.
Home BP cuff (Omron BP7450) avg 141/89.

Plan: start lisinopril 10; DASH diet; recheck 4 wks. Statin discussion: ASCVD 8.2% - shared decision, he'd like to try lifestyle for 6 months. Gym through his employer.
Wife {{NAME:Daniela}}; 3 kids. Lives in {{LOCATION:Brookline}}. Mother {{NAME:Rosa}} (DM2, on dialysis at {{FACILITY:Brookline Village Dialysis}}) - strong FHx. Next visit {{DATE:8/31}}.

{{NAME:Augustus Fairweather}}, MD`,
  `Record date: {{DATE:2099-12-14}}

CARDIOLOGY FOLLOW-UP
{{FACILITY:Hollisford Memorial Hospital}} - {{FACILITY:Yawkey-Morse Cardiac Associates}}

{{NAME:Cornelius Abernathy-Vance}}, 59M, 6 wks s/p inferior STEMI ({{DATE:10/29/2099}}) with RCA DES by Dr. {{NAME:Ravindranath}}. Completing rehab at {{FACILITY:MetroWest}}. Back coaching at {{FACILITY:Pegan Hill}} part-time. Quit smoking {{DATE:10/29}}! Wife {{NAME:Joanne}} at visit.

No angina. Mild bruising on prasugrel.
BP 124/74, HR 60. Wt 104 kg.
Labs {{DATE:12/8}}: LDL 58, A1c 7.4, Cr 0.9.
TTE {{DATE:12/10}}: EF 52%.

Plan:
- prasugrel 10 through {{DATE:10/2100}}, ASA 81
- atorvastatin 80, metoprolol succ 50, lisinopril 10
- DM: metformin resumed; add empagliflozin 10 - d/w PCP Dr. {{NAME:Lisette Brandao}} ({{FACILITY:Framingham Union Medical Group}})
- OSA: using CPAP nightly
RTC 3 mo.

{{NAME:Dev Ravindranath}}, MD / {{NAME:Elise Tranh}}, MD (fellow)`,
  `Record date: {{DATE:2080-03-19}}

Letter

{{DATE:March 19, 2080}}

To whom it may concern at {{FACILITY:Harborline Ferry Company}}:

Ms. {{NAME:Rosalind Teixeira}} has been under my care at {{FACILITY:Fall River Cardiology Group}} since 2077. She has type 2 diabetes, hypertension and coronary artery disease. She is medically able to return to her job as a ticket agent on {{DATE:Monday, March 23}}, with no lifting over 20 pounds until {{DATE:April 20}}. She may need brief breaks to check her blood sugar and should be allowed to keep snacks at her station.

Please contact my office at {{PHONE:508-555-0126}} with any questions.

Sincerely,

{{NAME:Arvid Soderholm}}, MD
{{ADDRESS:88 Rock Street, Suite 200}}, {{LOCATION:Fall River}}, MA {{ZIP:02720}}`,
  `Record date: {{DATE:2109-07-24}}

Inpatient diabetes team note - {{FACILITY:Callender University Hospital}}, {{FACILITY:Whitcombe 9}}

Pt {{NAME:Esperanza Quintanilla-Ross}} (55F, DM1 since age 14, gastroparesis, HTN, HLD) admitted {{DATE:7/22}} with DKA for the 3rd time this year. Insulin pump (Tandem t:slim X2, SN {{DEVICE:1187720}}) occlusion suspected; site not changed x 5 days per husband {{NAME:Rafael}}.

Gap closed {{DATE:7/23}} 1800. On SQ glargine 18 u + lispro.
A1c 9.4. TSH nl.

Recs:
- restart pump tomorrow with new infusion set; basal 0.8 u/h per her {{FACILITY:Joslin-Pratt}} settings
- overlap glargine x 2h
- CDCES {{NAME:Bettina Orlov}} to review site changes with pt and {{NAME:Rafael}}
- outpatient f/u Dr. {{NAME:Nakashima-Brandt}} {{DATE:8/6}}
- consider Omnipod 5 if occlusions persist

{{NAME:Leontyne Abernathy}}, NP, Inpatient Diabetes`,
  `Record date: {{DATE:2072-10-10}}

{{FACILITY:Quabbin Family Practice}}, {{LOCATION:Belchertown}}

{{NAME:Bernard Howland}}, 81, here after hospitalization at {{FACILITY:Springfield Ardmore}} ({{DATE:9/28-10/4}}) for NSTEMI. Had PCI to LCx by Dr. {{NAME:Chiaramonte}}. Now on ASA, clopidogrel, atorva 80, metoprolol 25 bid, lisinopril 5.

Feels weak. Son {{NAME:Dale}} has moved back from {{LOCATION:Albany}} to help on the farm. Dairy farm on {{ADDRESS:Bardwell Rd}}.

BP 108/62, HR 56. Orthostatic drop 16.
Reduce metoprolol to 12.5 bid. Hold lisinopril until BP >120.
A1c 6.4 (no DM meds).
Referral: cardiac rehab at {{FACILITY:Quabbin Valley Hospital}} - he declined due to distance; home exercise plan instead.

{{NAME:Ruth Ann Pelletier}}, PA-C / Dr. {{NAME:Ouellette}}`,
  `Record date: {{DATE:2085-05-22}}

TRANSFER NOTE: {{FACILITY:CUH}} {{FACILITY:Sturgis CCU}} -> {{FACILITY:Ellery 10}}

{{NAME:Thelonius Graybill-Ochoa}} 63M w/ DM2, HTN, HLD, admitted {{DATE:5/19}} w/ anterior STEMI, LAD DES x2 (Dr. {{NAME:Villanueva}}), course c/b cardiogenic shock requiring Impella CP ({{DATE:5/19-5/21}}) and VF arrest x1 in cath lab.

Now off pressors x 36 h, Impella removed, R fem site with small hematoma. EF 30%. LV apical thrombus on TTE {{DATE:5/21}} -> heparin gtt, start warfarin (no DOAC per Dr. {{NAME:Hammoud}}).

Meds: ASA 81 x 1 mo, clopidogrel, warfarin goal INR 2-3, atorva 80, metoprolol 12.5 bid, sacubitril/valsartan 24/26, insulin glargine 16 u.

To do on floor: LifeVest fitting (ser. {{DEVICE:WCD-30482217}}), INR daily, PT/OT, diabetes teaching. Code: Full. HCP: wife {{NAME:Perpetua}} ({{PHONE:617-555-0112}}).

{{NAME:Beatriz Solorzano}}, MD CCU fellow`,
  `Record date: {{DATE:2062-04-04}}

{{FACILITY:Pawtucket Valley Clinic}} - f/u

{{NAME:Magdalena Wisniewska}}, 67F. Records received from Dr. {{NAME:Lindqvist}}: echo 2059 normal; stress test negative {{DATE:10/2060}}. 

BP 128/78 after naproxen stopped. A1c 6.8. LDL 96 on pravastatin 40 - switch to atorva 20 (DM, age >40).
Knee better with PT at {{FACILITY:Blackstone River Physical Therapy}}.
Son {{NAME:Tomasz}} accompanied; he works nights at {{FACILITY:Hasbrook Toy Distribution}} and asks about a home BP cuff - prescribed.

RTC 6 months with Dr. {{NAME:Achterberg}}. Flu shot in {{DATE:October}} at {{FACILITY:Slater Mill Pharmacy}}. Her granddaughter {{NAME:Kasia}} now helps fill her pillbox; {{NAME:Tomasz}}'s number {{PHONE:401-555-0137}} on file.
{{NAME:Sebastian Achterberg}}, MD`,
  `Record date: {{DATE:2090-08-08}}

Urgent care - {{FACILITY:HMH}} {{FACILITY:Chelmsford Urgent Care}}

{{NAME:Priscilla Okwuosa-Flint}}, 52F, flight attendant (based in {{LOCATION:Boston}} for {{FACILITY:Atlantic Shoreline Airways}}), DM2 on metformin/dapagliflozin, HTN, c/o dysuria, vulvar itching x 4 days after returning from {{LOCATION:Lisbon}}.

T 37.2. BP 138/86. Abd soft, mild suprapubic tenderness. No CVAT.
UA: LE+, nitrite+. Vaginal: candida on KOH.

Dx: uncomplicated cystitis; vulvovaginal candidiasis (SGLT2i).
Rx: nitrofurantoin 100 bid x 5 d; fluconazole 150 x1. Hydration, hygiene counselling; discuss continuing dapagliflozin with PCP Dr. {{NAME:Eberhardt}}.

{{NAME:Lowell Szymanski}}, NP`,
  `Record date: {{DATE:2098-04-21}}

Hospital Medicine progress note, {{FACILITY:Bigelow 11}}, HD#4

{{NAME:Ignacio Villarreal}}, 66M, ADHF + AF RVR. Diuresed 5.2 L. HR now 80s on metoprolol succ 100. TTE {{DATE:4/18}}: EF 30% (was 40% per Dr. {{NAME:Quiroga}}, {{DATE:Jan}}). 

S: feels well; wants to go home to {{LOCATION:Methuen}} to see grandson's First Communion {{DATE:Sunday 4/26}}. Wife {{NAME:Consuelo}} and daughter {{NAME:Marisela}} at bedside.

Plan:
- GDMT: start sacubitril/valsartan, spironolactone 12.5, empagliflozin; cont apixaban
- ischemic eval: cath {{DATE:4/22}} w/ Dr. {{NAME:Nkechi Obi-Lawson}}
- DM: A1c 7.0; hold metformin pre-cath
- f/u {{FACILITY:Merrimack Cardiology}} within 7 days of d/c

{{NAME:Tamsin Albrecht}}, MD PGY-3`,
  `Record date: {{DATE:2076-12-01}}

Health coach note - {{FACILITY:Roxbury Crossing Health Center}}

Met with {{NAME:Jerome Baptiste}} (58) and his wife {{NAME:Marie-Claire}}. A1c 6.9 on metformin 1000 bid. Lost 6 lb since {{DATE:Sept}}. BP controlled on amlodipine/chlorthalidone.

Barriers: long shifts at the bus garage on {{ADDRESS:Arborway}}; eats from vending machines. Plan: pack lunches Sunday nights; church potluck at {{FACILITY:Eglise Baptiste Nouvelle Alliance}} is a challenge - portion strategy discussed.

Goals: 150 min/wk walking; log BP 3x/wk.
Next: group class {{DATE:12/15}} 6 PM at the {{FACILITY:Dudley Branch YMCA}}. {{NAME:Marie-Claire}} will attend with him. Last visit with {{NAME:Abdirahman}} NP {{DATE:11/3}}; A1c due {{DATE:Feb}}.

{{NAME:Ximena Aldana}}, CHW
Reviewed: {{NAME:F. Abdirahman}}, NP`,
  `Record date: {{DATE:2081-10-14}}

DISCHARGE SUMMARY - {{FACILITY:CALLENDER UNIVERSITY HOSPITAL}}, {{FACILITY:ELLERY 12}}
PATIENT: {{NAME:LINDQUIST, HAROLD E.}}   MRN: {{MRN:6620193}}   ACCT: {{ACCOUNT:90041187263}}
ADMIT: {{DATE:10/09/2081}}   DISCHARGE: {{DATE:10/14/2081}}
ATTENDING: {{NAME:Vikram Saldanha}}, MD   RESIDENT: {{NAME:Ines Cardoso}}, MD
PCP: {{NAME:Lucinda Varga}}, MD ({{FACILITY:Waltham Family Health}})
CONSULTS: Cardiology ({{NAME:Hammoud}}), Endocrine ({{NAME:Lindahl}}), Podiatry ({{NAME:Santangelo}})

DX: R foot osteomyelitis (3rd MT head); DM2 with neuropathy; CAD s/p CABG; HTN; HLD.

HPI/COURSE: 70M retired mail handler from {{LOCATION:Waltham}} with poorly controlled DM2 (A1c 10.1) presented {{DATE:10/9}} with draining R foot ulcer. MRI {{DATE:10/10}}: osteomyelitis. Ray amputation R 3rd toe by Dr. {{NAME:Santangelo}} {{DATE:10/11}}; bone cx MSSA. PICC placed {{DATE:10/12}}. Cefazolin 2 g q8h x 6 wks via {{FACILITY:Charles River Home Infusion}}. Troponin minor leak pre-op; Dr. {{NAME:Hammoud}} felt demand, no further w/u. Insulin: glargine 30 u, lispro 8 u ac.

DISPO: {{FACILITY:Prospect Hill Skilled Nursing}} for IV abx and wound care. Wife {{NAME:Margit}} ({{PHONE:781-555-0146}}) aware.

F/U: ID clinic Dr. {{NAME:Ferenczi}} {{DATE:10/28}}; podiatry {{DATE:10/21}}; OPAT labs weekly to {{FAX:617-555-0171}}.

{{NAME:IC}}/{{NAME:VS}}/{{NAME:mlk}}   Job {{ID:88412-07}}`,
  `Record date: {{DATE:2064-06-23}}

{{FACILITY:Brightwater Heart Center}} - Heart Failure Clinic, {{LOCATION:Lowell}}

{{NAME:Philippa Gorham}} (85F), with daughter {{NAME:Rowena Gorham-Sykes}} and son-in-law {{NAME:Nigel}}. HFpEF, DM2 c/b CKD4 (Cr 2.1 on {{DATE:6/2}}), HTN, CAD. Admitted to {{FACILITY:BWG}} {{DATE:5/14-5/20}} for ADHF; seen by Dr. {{NAME:Sunderland}} and renal (Dr. {{NAME:Eisenberg-Tate}}).

Since discharge: wt stable 68 kg (dry 67.5). Sleeps on 2 pillows. Walks to mailbox. Lives in {{LOCATION:Chelmsford}}, in the in-law apartment at {{NAME:Rowena}}'s house on {{ADDRESS:9 Garrison Road}}.

Meds: torsemide 20, metoprolol succ 25, amlodipine 5, insulin detemir 8 u, atorva 40, ASA 81.
BP 134/66, HR 64. JVP 8. Trace edema.
K 4.8, Cr 2.0, BNP 420.

Plan: continue torsemide; daily weights, call {{NAME:Tess}} (HF RN) at {{PHONE:978-555-0148}} if gain >1 kg/day. No SGLT2i (eGFR 22). Palliative care intro with Dr. {{NAME:Ashdown}} at {{FACILITY:Merrimack Valley Hospice}}, per {{NAME:Philippa}}'s wish to avoid rehospitalization.

{{NAME:Isadora Pemberton}}, NP / {{NAME:Kaveh Farrokhzad}}, MD`,
  `Record date: {{DATE:2107-02-02}}

ADMISSION H&P - {{FACILITY:HOLLISFORD MEMORIAL HOSPITAL}} MEDICINE, {{FACILITY:BIGELOW 10}}

{{NAME:Aurora Fitzsimmons-Nakagawa}}, 77F, {{MRN:HMH-4471068}}
Source: {{FACILITY:HMH}} ED, via ambulance from {{FACILITY:Brae Burn Senior Residences}}, {{ADDRESS:1200 Commonwealth Ave}}, {{LOCATION:Newton}}.
PCP: Dr. {{NAME:Haverford}}; Cardiologist: Dr. {{NAME:Yoshimura}} ({{FACILITY:Yawkey-Morse}}).

CC: syncope.
HPI: Collapsed at lunch in the dining hall {{DATE:2/1}} ~12:30, witnessed by friend {{NAME:Dorothea Klein}}; brief LOC, no seizure activity. Hx DM2 (glipizide, sitagliptin), HTN, HLD, CAD s/p PCI, chronic bifascicular block. BG 112 per EMS.
ECG: 2:1 AV block, HR 38.

Exam: BP 102/58, HR 40. Small forehead laceration.
Labs: K 4.4, trop 14, A1c 7.0, TSH 2.1.

A/P: symptomatic high-grade AV block.
- tele, transcutaneous pads, atropine prn
- EP consult (Dr. {{NAME:Saltonstall}}) for PPM {{DATE:2/3}}
- hold metoprolol; CT head neg
- DM: hold glipizide; ISS
- HCP: nephew {{NAME:Kenji Nakagawa}} ({{PHONE:617-555-0193}}); she was a librarian at {{FACILITY:Wellesley-Ames College}} for 35 yrs.

{{NAME:Obinna Chukwuma}}, MD (intern) / {{NAME:Harriet Vos}}, MD (senior) / Dr. {{NAME:Brennan Callahan}}`,
  `Record date: {{DATE:2074-09-18}}

{{FACILITY:Tremont Endocrine Associates}} - return visit

Mr. {{NAME:Percival Hawthorne}}, FH follow-up. On rosuvastatin 40 + ezetimibe; LDL 104 on {{DATE:9/2}} - started evolocumab 140 q2wk on {{DATE:9/4}} (prior auth via his plan, member ID {{HEALTH_PLAN:QFS-88210455-01}}). CAC {{DATE:3/14}} = 88.

Kids screened by Dr. {{NAME:Moskowitz}}: {{NAME:Ezra}} LDL 210 (started on pravastatin), {{NAME:Clementine}} LDL 98 (unaffected). His wife {{NAME:Miriam}} asks whether {{NAME:Ezra}} can keep playing hockey at {{FACILITY:Belmont Hill-Arden School}} - yes.

His cousin {{NAME:Lionel Hawthorne}} in {{LOCATION:Montreal}} also tested positive after our letter.

BP 126/80. No xanthoma change. A1c 5.7.

Plan: recheck LDL in 6 wks; goal <70. RTC 6 months. Letter to Dr. {{NAME:Anand}}.

{{NAME:Adaeze Nwachukwu}}, MD
Dictated {{DATE:9/18/74}}, transcribed {{DATE:9/19/74}} ({{NAME:pkd}})`,
  `Record date: {{DATE:2086-01-06}}

CASE MANAGEMENT NOTE - {{FACILITY:CUH}} {{FACILITY:Whitcombe 8}}

Pt {{NAME:Ulrich Van Tassel}}, 76M, HTN, DM2, CAD, s/p NSTEMI + PCI {{DATE:1/2}}. Medically ready {{DATE:1/7}}.

Lives with wife {{NAME:Beatrix}} ({{NAME:Bea}}) in a 2nd-floor walk-up at {{ADDRESS:62 Pleasant Street, Apt 3}}, {{LOCATION:Malden}} {{ZIP:02148}}. She has Alzheimer's; their son {{NAME:Pieter}} ({{PHONE:617-555-0119}}) lives in {{LOCATION:Providence}} and is HCP. Daughter {{NAME:Annelies}} in the Netherlands.

Insurance: Medicare A/B, supplemental {{HEALTH_PLAN:TFH 004-7781-223}}.
PT recommends short-term rehab; pt refuses - worried about {{NAME:Bea}} alone.

Plan:
- VNA: {{FACILITY:Mystic Valley VNA}} RN/PT, start {{DATE:1/8}}
- {{NAME:Bea}} to respite at {{FACILITY:Linden Square Memory Care}} x 2 wks (son arranging)
- meds to bed from {{FACILITY:CUH Outpatient Pharmacy}}; Brilinta copay card
- PCP f/u Dr. {{NAME:Garabedian}} within 7 days; cardiology Dr. {{NAME:Villanueva}} {{DATE:2/4}}
Spoke with {{NAME:Pieter}} {{DATE:1/6}} 14:10; agrees.

{{NAME:Rosamund Achterberg}}, RN CM, x{{PHONE:6-2214}}`,
  `Record date: {{DATE:2061-05-27}}

Sports/Occupational clinic - {{FACILITY:Fenway Occupational Health}}

Patient: {{NAME:Dashiell Okoye}}   DOB {{DATE:01/30/2016}}   Employer: {{FACILITY:Commonwealth Pipe Fitters Local 5377}}
Claim #: {{ID:WC-61-330982}}

45 yo pipefitter with HTN and DM2, injured L shoulder at work site {{DATE:5/20}} ({{ADDRESS:400 Summer St}}, {{LOCATION:South Boston}}). Sent by supervisor {{NAME:Gary Lowther}}.

BP 158/96 (on no meds - out of lisinopril 3 weeks). BG 246 random. A1c 9.2.
Shoulder: painful arc, neg drop arm; likely supraspinatus tendinopathy.

Plan: light duty, no overhead work x 2 wks; PT at {{FACILITY:Seaport Physical Therapy}}. Restart lisinopril 20, metformin 1000 bid. Needs PCP - appointment made at {{FACILITY:South Boston Community Health}} with Dr. {{NAME:Flaherty}} {{DATE:6/3}}. Wife {{NAME:Nkem}} ({{PHONE:617-555-0131}}) to bring him.

{{NAME:Gretchen Holmqvist}}, MD, MPH`,
  `Record date: {{DATE:2095-10-31}}

Cardiology E-consult (chart review only)
Requesting clinician: {{NAME:Colette Dumarais}}, NP, {{FACILITY:Roxbury Crossing Health Center}}
Patient: {{NAME:Thaddeus Okafor-Lund}}, 57M, MRN {{MRN:1193308}}

Question: "Asymptomatic, DM2 x 10 yrs, HTN, LDL 134 on atorva 10, ECG {{DATE:10/20}} shows new LBBB vs {{DATE:2/2093}}. Needs stress test?"

Review: ECG {{DATE:10/20/95}} - SR, LBBB, QRS 142. TTE at {{FACILITY:BWG}} {{DATE:8/2094}}: EF 55%. No symptoms documented at visits {{DATE:6/12}} or {{DATE:10/20}}. Works as a porter at {{FACILITY:Fenway Grand Hotel}}, walks 5+ miles/day.

Recommendations:
1. New LBBB warrants TTE; if EF reduced, ischemic eval (regadenoson PET, not exercise, given LBBB).
2. Intensify statin: atorva 40-80.
3. BP goal <130/80.
4. Cardiology visit at {{FACILITY:Callender Heart Center}} if TTE abnormal.

Time 18 min. {{NAME:Kaveh Farrokhzad}}, MD`,
  `Record date: {{DATE:2100-06-09}}

{{FACILITY:Quincy Harbor Medical}} - Dr. {{NAME:Pinkerton}}

{{NAME:Ezekiel Moriarty}} here after stress test {{DATE:5/18}} (inferolateral ischemia) and cath {{DATE:5/27}} at {{FACILITY:HMH}} by Dr. {{NAME:Obi-Lawson}}: 80% LCx, DES placed.

Feels great; dyspnea gone. Back at work as harbormaster for the Town of {{LOCATION:Hull}} since {{DATE:6/1}}. Wife {{NAME:Colleen}} and daughter {{NAME:Bridget}} want him to quit his cigars.

Meds: ASA 81, clopidogrel 75, atorvastatin 80, metoprolol 25, metformin 1000 bid, lisinopril 10.
BP 126/72. HR 58. A1c 7.3.

Plan: cardiac rehab at {{FACILITY:South Shore Cardiac Rehab}} ({{LOCATION:Weymouth}}) - referral faxed {{FAX:781-555-0166}}; cigar cessation; f/u Dr. {{NAME:Achebe}}'s colleague Dr. {{NAME:Murtagh}} {{DATE:7/14}}.

{{NAME:Winston Pinkerton}}, MD`,
  `Record date: {{DATE:2070-01-05}}

Telephone - after hours, {{FACILITY:Maplewood Primary Care}} answering service

Caller: {{NAME:Theresa Abruzzese}} (wife of {{NAME:Lorenzo Abruzzese}}, DOB {{DATE:4/17/2009}}), {{PHONE:781-555-0109}}.
Time: {{DATE:01/05/2070 22:40}}.

{{NAME:Lorenzo}} has had BP 182/104 and 176/100 tonight with a headache after shoveling snow at their home in {{LOCATION:Revere}}. No CP, no weakness, no vision change. Took losartan 100 this AM. Had 3 cups coffee and a decongestant (pseudoephedrine) for a cold.

Advised: stop decongestant, rest 30 min, recheck. If >180/110 again or any neuro sx/CP -> {{FACILITY:Whidden-Ross Hospital}} ED or 911.
Called back 23:15: BP 158/92, headache better. Will call office {{DATE:1/6}} for appt with {{NAME:O. Drummond}} PA.

{{NAME:Silas Carrow}}, MD (on call)`,
  `Record date: {{DATE:2088-11-11}}

PHARMACY MED REC - {{FACILITY:HMH}} {{FACILITY:Phillips 5}}

Pt {{NAME:Delphine Arceneaux}}, 75F, admitted {{DATE:11/10}}. Sources: pt, daughter {{NAME:Genevieve}}, {{FACILITY:Beverly Farms Pharmacy}} fill history ({{PHONE:978-555-0128}}), {{FACILITY:Brightwater Heart Center}} note {{DATE:9/3}} (Dr. {{NAME:Farrokhzad}}).

Home meds verified:
- insulin glargine 28 u qhs (pt reports 32 u - clarified: reduced {{DATE:10/1}} by Dr. {{NAME:Hennessey}})
- lispro 4-8 u ac
- atorvastatin 80 mg
- metoprolol tartrate 12.5 mg bid
- lisinopril 5 mg
- ASA 81 mg
- ticagrelor: STOPPED {{DATE:6/2072}} (completed DAPT) - pt still has bottle at home, advised to discard
- OTC: naproxen 220 bid for knee (flagged - CKD, ASA)

Discrepancies sent to Dr. {{NAME:Hana Yoshimura}} (admitting). 

{{NAME:Cyrus Bahrami}}, PharmD, ext {{PHONE:3-4519}}`,
  `Record date: {{DATE:2093-04-08}}

{{FACILITY:Callender University Hospital}}
{{FACILITY:Sturgis 6}} Cardiology - Discharge Summary

Name: {{NAME:Okwudili, Chinwe A.}}   MRN {{MRN:7734-4120}}   Age 64
Admitted {{DATE:4/3/93}} via {{FACILITY:Blue Hill Regional Hospital}} transfer; Discharged {{DATE:4/8/93}}
Attending: {{NAME:Idris Hammoud}}, MD. Fellow: {{NAME:Declan Murtagh}}, MD. Intern: {{NAME:Zara Haddadin}}, MD.

Dx: NSTEMI, 2-vessel CAD -> PCI LAD/D1 ({{DATE:4/4}}); DM2 (A1c 8.8); HTN; HLD; OSA.

Course: presented to {{FACILITY:Blue Hill}} ED {{DATE:4/2}} 2300 with epigastric pain, trop rise; transferred. Cath by Dr. {{NAME:Villanueva}}. Post-PCI uneventful. Started tirzepatide per endocrine (Dr. {{NAME:Lindahl}}). Educated by cardiac RN {{NAME:Philomena}}.

Social: middle-school science teacher at {{FACILITY:Pierce Hill Middle School}} in {{LOCATION:Canton}}; husband {{NAME:Emeka}}, kids {{NAME:Obiageli}} and {{NAME:Tobenna}}. Plans to return to work {{DATE:4/27}}.

Meds: ASA 81, ticagrelor 90 bid, rosuvastatin 40, metoprolol succ 25, lisinopril 10, metformin 1000 bid, tirzepatide 2.5 wkly.

F/U: Dr. {{NAME:Hammoud}} {{DATE:5/6}} 9:20; PCP Dr. {{NAME:Adebisi}} at {{FACILITY:Canton Center Family Medicine}} 1 wk; rehab at {{FACILITY:Blue Hills Cardiac Rehab}}.

{{NAME:ZH}}/{{NAME:DM}}   cc: {{NAME:Kayode Adebisi}}, MD`,
  `Record date: {{DATE:2079-08-30}}

Consult: Vascular Medicine, {{FACILITY:Hollisford Memorial Hospital}} {{FACILITY:Vascular Lab}}
Referred by: {{NAME:Leopold Anand}}, MD ({{FACILITY:Easton Internal Medicine Associates}})

{{NAME:Cressida Vaughan-Oduya}}, now 52, paralegal turned partner at {{FACILITY:Whitmore Lisle & Crane}}, with HTN, elevated Lp(a), prediabetes. Sudden L calf pain and swelling after flight from {{LOCATION:Dublin}} on {{DATE:8/24}}. Mother {{NAME:Agnes}} (now 81) had DVT in 2075.

Duplex {{DATE:8/28}}: occlusive thrombus L popliteal and posterior tibial veins. No PE sx.
Started apixaban 10 bid x 7 d then 5 bid by urgent care ({{FACILITY:Newton Centre Urgent Care}}, Dr. {{NAME:Lozano}}).

A/P: provoked DVT (travel). 3 months anticoagulation. Rosuvastatin may continue. Compression. No thrombophilia testing now. Husband {{NAME:Julian Oduya}} asks about their trip to {{LOCATION:Kyoto}} in {{DATE:November}} - ok with walking breaks and hydration.

{{NAME:Solange Marchand}}, MD, Vascular Medicine / fellow {{NAME:Tariq Benali}}, MD`,
  `Record date: {{DATE:2066-03-03}}

Internal Medicine Clinic - {{FACILITY:CUH}} {{FACILITY:Ambulatory Care Center, Fegan 2}}

{{NAME:Cassius Whitlock}}, 68M, retired {{FACILITY:Harrow Blade Works}} plant supervisor, DM2, HTN, CAD s/p PCI 2063, HLD, BPH. Comes with wife {{NAME:Lavinia}}. Last seen {{DATE:11/19}} by Dr. {{NAME:Saldanha}} (my co-attending).

Since then: ED visit {{DATE:1/27}} at {{FACILITY:Ashmont Valley Hospital}} for chest pain - trop neg, discharged. Cardiologist Dr. {{NAME:Yoshimura}} saw him {{DATE:2/10}}; stress echo normal.

BP 148/86 (home 140s). A1c 7.6. LDL 78. Cr 1.1.
Meds: metformin, glipizide 5, lisinopril 20, amlodipine 5, atorva 40, ASA, tamsulosin.

Plan: amlodipine to 10; atorva to 80; glipizide -> empagliflozin (CAD benefit, less hypo). Eye exam at {{FACILITY:Lakeview Eye Institute}}. Daughter {{NAME:Felicity Whitlock}} (RN at {{FACILITY:CUH}}) requests portal proxy - form given.

{{NAME:Ingrid Lofgren}}, MD`,
  `Record date: {{DATE:2104-12-07}}

HISTORY AND PHYSICAL - {{FACILITY:BRIGHTWATER GENERAL HOSPITAL}}, {{FACILITY:KESSLER 6}}

PT: {{NAME:Benedetta Rossi-Amankwah}}   MRN: {{MRN:BWG-0558213}}   DOB: {{DATE:02/14/2029}}
PCP: {{NAME:Caspar Lindholm}}, MD, {{FACILITY:Andover Street Primary Care}}
Cardiology: {{NAME:Sabine Rousseau}}, MD

CC: dyspnea, leg swelling x 10 days.
HPI: 75F w/ HTN, DM2 (insulin), HLD, CAD s/p CABG {{DATE:3/2098}} ({{FACILITY:HMH}}, Dr. {{NAME:Lauritzen}}), moderate AS, presents from home in {{LOCATION:Tewksbury}}. Recently back from visiting her sister {{NAME:Graziella}} in {{LOCATION:Naples}} (long flights, salty food).

Exam: BP 158/78, HR 88, SpO2 92%. Harsh 3/6 SEM RUSB, late peaking. Crackles to mid-lung. 2+ edema.
Labs: BNP 1620, trop 41 (flat), Cr 1.3, A1c 8.0, Hgb 11.2.
TTE: AVA 0.8 cm2, mean gradient 44, EF 50%.

A/P: ADHF due to severe AS.
- IV furosemide, strict I/O
- structural heart consult (Dr. {{NAME:Ngata}}) re: TAVR
- glargine 20 u + SS
- husband {{NAME:Kwame}} and son {{NAME:Luca}} ({{PHONE:978-555-0199}}) updated

{{NAME:Felix Oyelaran-Stroud}}, MD (PGY-2) / {{NAME:Margarethe Uhl}}, MD`,
  `Record date: {{DATE:2073-07-19}}

Dear Mrs. {{NAME:Merriweather}},

Your recent test results from {{DATE:July 12}} are below. Dr. {{NAME:Goldwasser}} has reviewed them.

- LDL cholesterol: 92 (down from 188 in {{DATE:April}} - great job!)
- A1c: 6.7
- Kidney function: normal
- Liver tests: normal

Please continue rosuvastatin 5 mg three times a week. If you have muscle aches, call us at {{PHONE:978-555-0102}} or message us through the patient portal.

Your next appointment is {{DATE:Tuesday, October 14}} at 10:15 with {{NAME:Ellery Stanhope}}, PharmD, at our {{FACILITY:Concord Walden Medical Group}} office, {{ADDRESS:45 Thoreau Street}}, {{LOCATION:Concord}}. Parking is available behind {{FACILITY:Colonial Pharmacy}}.

Your husband {{NAME:Horace}} asked about his own cholesterol test - please have him call his doctor, Dr. {{NAME:Bellamy}}.

Warm regards,
{{NAME:Mirabel Coutts}}, RN
for {{NAME:Nathaniel Goldwasser}}, MD`,
  `Record date: {{DATE:2068-09-25}}

{{FACILITY:Joslin-Pratt Diabetes Clinic}} - insulin pump start, {{LOCATION:Worcester}}

{{NAME:Adebayo Ogunleye}} (46), LADA dx {{DATE:7/2060}} by Dr. {{NAME:McCafferty}}. Now a postdoc at {{FACILITY:Clark-Holloway University}}. Starting Omnipod 5 today, paired with Dexcom G7. Pod lot noted in chart; PDM ser. {{DEVICE:OP5-2207-81934}}.

Settings: basal 0.65 u/h (12a-4a 0.55), ICR 1:12, ISF 1:45, target 110.
A1c 7.3. TIR 64%. Lows 3% (mostly during weekend soccer with his club, {{FACILITY:Worcester Nigerian Association FC}}).

BP 128/80 on lisinopril 5. LDL 112 - start atorvastatin 10 (DM, age >40).
Fiancee {{NAME:Temitope Bakare}} trained in glucagon (Baqsimi).

Pump trainer {{NAME:Liesel Vandenberg}}, RN CDCES; 24/7 line {{PHONE:508-555-0140}}. Upload data to clinic by {{DATE:10/2}}. F/u Dr. {{NAME:McCafferty}} {{DATE:10/23}}; student health colleague Dr. {{NAME:Pacheco}} copied.

{{NAME:Siobhan McCafferty}}, MD`,
  `Record date: {{DATE:2083-02-14}}

Progress note - {{FACILITY:HMH}} {{FACILITY:Bigelow 11}}, hospital day 2

{{NAME:Gunnar Haugland}}, 79, admitted {{DATE:2/12}} from {{FACILITY:Cape Ann Rehabilitation Center}} in {{LOCATION:Gloucester}} with NSTEMI. Known to us: DM2, PAD s/p R fem-pop bypass ({{DATE:4/2074}}, Dr. {{NAME:Rosenthal-Pike}}), CAD s/p PCI x2, R TMA.

S: no CP since 0400. Daughter {{NAME:Kari Haugland-Moore}} at bedside; she drove from {{LOCATION:Portsmouth}}. Son {{NAME:Erik}} (fisherman) at sea until {{DATE:Feb 20}}.
O: BP 118/60, HR 72. Trop peak 2.1. ECG lateral TWI. Cr 1.6.
Cath deferred per goals discussion {{DATE:2/13}} with Dr. {{NAME:Oswaldo Ferreira}} - pt prefers medical mgmt.

A/P:
- heparin 48 h, ASA, clopidogrel, atorva 80, metoprolol
- DM: glargine 12 u, ISS; A1c 7.8
- dispo: back to {{FACILITY:Cape Ann Rehab}} {{DATE:2/16}}; liaison {{NAME:Norah}} {{PHONE:978-555-0153}}
- MOLST reviewed; DNR/DNI, ok for hospital care

{{NAME:Samira Haddad-Ortiz}}, MD PGY-1 / {{NAME:Oswaldo Ferreira}}, MD`,
  `Record date: {{DATE:2091-07-02}}

Home visit - {{FACILITY:Mystic Valley VNA}}

Pt {{NAME:Ulrich Van Tassel}}, 81. Visit at home, {{ADDRESS:62 Pleasant Street, Apt 3}}, {{LOCATION:Malden}}. Son {{NAME:Pieter}} present; wife {{NAME:Beatrix}} moved to {{FACILITY:Linden Square Memory Care}} in {{DATE:March}}.

VS: BP 152/88, HR 70, BG 212 (post lunch). Wt 79.4 kg (81.0 on {{DATE:6/18}}).
Pill box: missed 4 evening doses of metoprolol and glargine this week. States he "forgets when {{NAME:Bea}} isn't here."
Feet: intact. Lungs clear. No edema.

Plan: pharmacy blister packs via {{FACILITY:Malden Square Pharmacy}} ({{PHONE:781-555-0185}}); reminder alarm set; {{NAME:Pieter}} to call nightly. Reported to PCP Dr. {{NAME:Garabedian}}'s nurse {{NAME:Olga}} by phone; request for med review and to consider switching glargine to morning dosing. Next RN visit {{DATE:Monday 7/6}}.

{{NAME:Tereza Novakova}}, RN, VNA
Agency phone {{PHONE:781-555-0100}}`,
  `Record date: {{DATE:2102-10-17}}

PREOPERATIVE CARDIAC CLEARANCE LETTER

{{DATE:October 17, 2102}}

{{NAME:Priyanka Desai-Whitford}}, MD
Department of Orthopaedic Surgery, {{FACILITY:Parker Hill Ridgeway Hospital}}
{{ADDRESS:125 Parker Hill Terrace}}, {{LOCATION:Boston}}, MA {{ZIP:02120}}

Re: {{NAME:Lucius Abernathy}}   DOB {{DATE:5/1/2031}}

Dear Dr. {{NAME:Desai-Whitford}},

I saw Mr. {{NAME:Abernathy}} today regarding L total hip arthroplasty scheduled {{DATE:11/9}}. He is a 71-year-old retired {{FACILITY:Watertown Savings Bank}} branch manager with DM2 (A1c 6.9), HTN, HLD and CAD with RCA stent in {{DATE:January 2099}} at {{FACILITY:HMH}}. He has no angina and climbs 2 flights carrying groceries. ECG unchanged; TTE {{DATE:9/2102}} EF 60%.

He is at acceptable risk. Continue aspirin throughout; clopidogrel was stopped in 2100. Continue atorvastatin and metoprolol. Hold metformin day of surgery and lisinopril the morning of surgery.

Please call me at {{PHONE:617-555-0175}} with questions.

Sincerely,
{{NAME:Hana Yoshimura}}, MD, {{FACILITY:Yawkey-Morse Cardiac Associates}}
cc: {{NAME:Emmerich Stoll}}, MD`,
  `Record date: {{DATE:2077-05-20}}

Endocrinology - {{FACILITY:Tremont Endocrine Associates}}, follow-up

Dr. {{NAME:Emiko Nakashima-Brandt}} seeing {{NAME:Esperanza Quintanilla-Ross}}, 23F, 3 months after first DKA {{DATE:2/2077}} (first episode, treated at {{FACILITY:CUH}} under Dr. {{NAME:Ebenreuter}}).

Now: MDI glargine 20 + lispro 1:10. A1c 8.7. Works as a pharmacy tech at {{FACILITY:Hyde Square Pharmacy}}; shifts irregular. Boyfriend {{NAME:Rafael Ross}} came today; they plan to marry in {{DATE:June}}. Lives with mother {{NAME:Altagracia}} in {{LOCATION:Jamaica Plain}}.

BP 118/74. TSH 2.3. Lipids: LDL 104. UACR 12.

Plan:
- CGM (FreeStyle Libre 3), sensor ser {{DEVICE:3MH001-84220}}
- pre-conception counselling: A1c <6.5 before pregnancy; folate
- ACEi deferred (no albuminuria; possible pregnancy)
- RTC 3 mo; sooner with {{NAME:Bettina Orlov}}, CDCES

{{NAME:EN-B}}/{{NAME:sdl}}`,
];

export const HELDOUT_REALISTIC_20_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout20-${i + 1}`, n));
