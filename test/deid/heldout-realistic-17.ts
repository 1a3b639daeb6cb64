// A seventeenth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION). It imitates the longitudinal style of the i2b2/n2c2 2014 and
// 2006 corpora, written fresh: "Record date:" headers, clinic notes for diabetes, CKD, heart
// failure, COPD, cancer survivorship and pregnancy, letters between clinicians, discharge
// summaries, ED notes, specialty consults, phone notes, plus a few MIMIC-style [** **] notes and
// a 2006-style ALL CAPS discharge summary. Two invented health systems recur: an urban academic
// centre in the Midwest (Whitcomb University Medical Center, "WUMC", Indianapolis, with its
// clinics, wards such as Harlan 6 and Brandt 9, and satellites) and a rural-suburban system in
// the South (Tombigbee Regional Medical Center, "TRMC", Columbus MS, with rural clinics, wards
// such as Magnolia 3 and Hairston 2). Eight patients recur across many notes with the same names,
// MRNs, relatives, doctors and hospitals; half the patients' records use years shifted into
// 2060-2110, the rest real-looking 1990s-2020s years. Dates appear in every format with and
// without years; ages include 90+; professions, employers, towns, phones, pagers, emails, MRNs,
// account numbers, device serials and plan numbers are mixed with many look-alike non-PHI
// (eponyms, drug names and doses, units, scores, lab values, device models, rooms and beds,
// CPT/ICD codes, years and weekdays alone, clock times, ages of 89 and under, states).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; labels ("MRN:", "DOB") stay outside spans; MIMIC placeholders are annotated
// over their whole content (brackets outside), typed by what they stand for; a time attached to a
// full date is part of it; a weekday written with a date is part of it; a date range written as
// one token is one DATE span; a month with or without a year, and a month and day, are DATE; a
// year alone, a season with a year, weekdays alone, clock times alone, states, countries and ages
// of 89 and under are not PHI; ages of 90 and over are AGE. Hospitals, clinics, named wards and
// units, satellites and their abbreviations (WUMC, TRMC, Eastgate), schools, employers, churches,
// nursing and assisted-living homes, pharmacies, labs, dialysis units and home-health agencies
// are FACILITY; a facility's street address is ADDRESS with its city (LOCATION) and ZIP apart;
// payers and state or federal agencies are not PHI; insurer and Medicare/Medicaid member numbers
// are HEALTH_PLAN; account and billing numbers are ACCOUNT; NPI, DEA and state licences are
// LICENSE; plates are VEHICLE; pump, sensor, ICD/CRT-D, lead and concentrator serials are DEVICE;
// accession, order, case, job, employee, student, chain-of-custody and dictation-code numbers
// (including MIMIC "MD Number") are ID; short in-house pagers and extensions are PHONE; a rural
// route box or a street name alone where a patient lives is ADDRESS; lot, NDC, CLIA and trial
// numbers are not PHI; typist and signer initials are NAME. Patient-portal product names, payer
// names (Medicare, Anthem, BCBS, Hoosier Healthwise) and national programs are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9349 / 0.9690; pass-11 engine (789a1c5) 0.9540 / 0.9659; pass-12a-t engine (df2acb4) 0.9663 / 0.9675.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2081-02-09}}

{{FACILITY:Whitcomb Eastgate Health Center}} - Internal Medicine
Patient: {{NAME:Delbert R. Voskuhl}}   MRN {{MRN:7720441}}   DOB {{DATE:1/25/2014}}
PCP: {{NAME:Anita Ramaswamy}}, MD

S: 67 yo retired machinist ({{FACILITY:Kroeger Tool & Die}}, 31 yrs) here for q3mo diabetes f/u. Wife {{NAME:Marlene}} keeps his log: fasting sugars 140-190, two lows in the 60s on Sunday mornings after he skipped supper. More ankle swelling since the holidays. No chest pain. Sleeps on 2 pillows.

Meds: insulin glargine 34 units qhs, lispro 6 units with meals, metformin stopped {{DATE:10/2080}} for eGFR, carvedilol 12.5 mg bid, lisinopril 20 mg, atorvastatin 40 mg, furosemide 20 mg.

O: BP 148/82, HR 68, wt 231 lb (up 6 lb). 1+ pitting edema to mid-shin. Monofilament intact. Babinski downgoing, ankle jerks 1+.
Labs {{DATE:1/30}}: A1c 8.4%, Cr 2.1, eGFR 31, K 5.0, UACR 412 mg/g.

A/P:
1. T2DM with CKD (E11.22, N18.32) - glargine down to 30 units; add empagliflozin if eGFR stays >20.
2. CKD 3b - refer to Dr. {{NAME:Feldkamp}}, {{FACILITY:Fenwick Kidney Clinic}} at {{FACILITY:WUMC}}.
3. Edema, ?HF - echo and BNP ordered.
RTC 6 weeks. Discussed with pt and {{NAME:Marlene}}.

{{NAME:Anita Ramaswamy}}, MD   pager {{PHONE:41187}}
{{NAME:AR}}/{{NAME:kdl}}`,
  `{{FACILITY:Fenwick Kidney Clinic}}
{{FACILITY:Whitcomb University Medical Center}}
{{ADDRESS:1650 N. Senate Blvd., Suite 410}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46202}}

{{DATE:March 22, 2081}}

{{NAME:Anita Ramaswamy}}, MD
{{FACILITY:Whitcomb Eastgate Health Center}}

Re: {{NAME:Delbert Voskuhl}}, MRN {{MRN:7720441}}, seen {{DATE:3/20/81}}

Dear Dr. {{NAME:Ramaswamy}},

Thank you for asking me to see Mr. {{NAME:Voskuhl}}, a 67-year-old man with diabetic nephropathy. His creatinine has risen from 1.6 in 2079 to 2.1. He came with his wife {{NAME:Marlene}} and their son {{NAME:Travis}}, who drove down from {{LOCATION:Fort Wayne}}. Renal ultrasound at {{FACILITY:WUMC}} on {{DATE:3/14}}: kidneys 10.1 and 9.8 cm, no hydronephrosis. Sediment bland. SPEP and free light chains sent to {{FACILITY:Crossroads Reference Laboratory}} (accession {{ID:CR-81-0448213}}).

Impression: CKD G3b/A3, diabetic and hypertensive. No uremic signs.

Recommendations: start empagliflozin 10 mg daily; continue lisinopril 20 mg; BMP in 10 days; low-potassium diet teaching. I will see him again in {{DATE:June 2081}}.

Sincerely,
{{NAME:Oren Feldkamp}}, MD, Nephrology
Tel {{PHONE:(317) 555-0113}}   Fax {{FAX:(317) 555-0119}}   {{EMAIL:ofeldkamp@wumc-health.org}}
cc: {{NAME:Delbert Voskuhl}}`,
  `Record date: {{DATE:2081-05-03}}
TELEPHONE ENCOUNTER - {{FACILITY:Whitcomb Eastgate Health Center}}
Caller: {{NAME:Marlene Voskuhl}} (wife), cb {{PHONE:317-555-0142}}
Re: {{NAME:Delbert Voskuhl}}   MRN {{MRN:7720441}}

{{DATE:Sat 5/1}} around 0530 he was sweaty and confused, fingerstick 48. She gave 4 oz orange juice; glucagon not needed; recheck 112 at 0550. He had eaten a late, small supper Friday. On empagliflozin since {{DATE:April 2}}, glargine 30 u.

No LOC, no fall, no chest pain. Today FS 131 fasting.

RN advice per hypoglycemia protocol: reduce glargine to 26 u tonight, hold lispro if eating less than half a meal, keep glucose tabs by the bed. Message routed to Dr. {{NAME:Ramaswamy}}. {{NAME:marlene}} repeated plan back. She asks that copies of visit notes also go to son {{NAME:Travis}} at {{EMAIL:tvoskuhl77@hoosiermail.net}}; HIPAA release on file dated {{DATE:03/20/2081}}.

{{NAME:Kimberly Dorsch}}, RN

Addendum {{NAME:A. Ramaswamy}} {{DATE:5/3/81 14:10}}: agree. Will add a CGM (Dexcom G7) - prior auth sent to Anthem. Follow-up visit moved up to {{DATE:May 12}}.`,
  `{{FACILITY:WUMC}} EMERGENCY DEPARTMENT - PHYSICIAN NOTE
Date of service: {{DATE:11/14/2082 02:47}}
Patient: {{NAME:VOSKUHL, DELBERT R}}   MRN {{MRN:7720441}}   Acct {{ACCOUNT:5500931872}}   Age 68
Arrival: ambulance from home in {{LOCATION:Greenwood}}

HPI: 68M with HFrEF (EF 30-35% on echo {{DATE:4/2081}}), CKD 3b, insulin-treated T2DM, here with 3 days of orthopnea, PND and a 10-lb weight gain. Ran out of furosemide Tuesday; {{FACILITY:Hoyt's Pharmacy}} could not fill until Monday.

Exam: BP 164/96, HR 104, RR 28, SpO2 86% RA. JVP to angle of jaw, bibasilar crackles, S3. Cheyne-Stokes pattern while dozing. GCS 15. 2+ edema to knees.

Data: BNP 2,840; troponin 0.04; Cr 2.6 (baseline 2.1); K 5.4; glucose 244. CXR cephalization, small bilateral effusions. ECG sinus 102, LBBB, QRS 152 ms, unchanged from {{DATE:8/19/82}}.

Course: furosemide 80 mg IV x2, BiPAP 10/5, nitro drip 20 mcg/min. SpO2 95% by 0415.

Dispo: admit to {{FACILITY:Harlan 6}} cardiac step-down, HF service, Dr. {{NAME:Bettencourt}}. Wife {{NAME:Marlene}} at bedside, updated.

ED attending: {{NAME:Miguel Santangelo}}, MD
Resident: {{NAME:Priyanka Desai}}, MD PGY-2`,
  `DISCHARGE SUMMARY
{{FACILITY:Whitcomb University Medical Center}} - {{FACILITY:Harlan 6}}
Patient: {{NAME:Delbert R. Voskuhl}}   MRN: {{MRN:7720441}}
Admitted: {{DATE:11/14/2082}}   Discharged: {{DATE:11/19/2082}}
Attending: {{NAME:Lucia Bettencourt}}, MD (Heart Failure)

Diagnosis: acute on chronic HFrEF (I50.23); AKI on CKD 3b; T2DM.

Hospital course: Diuresed 9.2 kg with IV furosemide, then torsemide 40 mg daily. Cr peaked 2.9 on HD#3, 2.3 at discharge. Echo {{DATE:11/16}}: EF 25%, moderate functional MR, RVSP 48. Sacubitril-valsartan deferred for K 5.4. Seen by Dr. {{NAME:Feldkamp}} (renal) on {{DATE:11/17}}: no dialysis indication. CRT-D to be reconsidered after 90 days of GDMT.

Discharge meds: torsemide 40 mg, carvedilol 12.5 mg bid, empagliflozin 10 mg, glargine 24 u, atorvastatin 40 mg. Lisinopril held.

Disposition: home with wife; {{FACILITY:Circle City Home Care}} for daily weights and teaching, first visit {{DATE:Saturday 11/21}}.

Follow-up: {{FACILITY:Talbot Heart Failure Clinic}}, Dr. {{NAME:Bettencourt}}, {{DATE:12/1/82 9:40 am}}; Dr. {{NAME:Ramaswamy}} in 2 weeks; BMP at {{FACILITY:Eastgate}} Tuesday.

Dictated by {{NAME:Jae-won Yoon}}, MD (resident)
D: {{DATE:11/19/82}}  T: {{DATE:11/20/82}}  {{NAME:JY}}/{{NAME:mpk}}`,
  `Record date: {{DATE:2083-03-02}}
{{FACILITY:Talbot Heart Failure Clinic}} - {{FACILITY:WUMC}}

Mr. {{NAME:Voskuhl}} returns about 3 months after his {{FACILITY:Harlan 6}} admission. Walking to the mailbox and back, 2 flights with rest. No orthopnea. Home weights 214-217 lb. Son {{NAME:Travis}} joined by phone ({{PHONE:260-555-0126}}).

Meds: carvedilol 25 mg bid, spironolactone 12.5 mg, empagliflozin 10 mg, torsemide 40 mg, glargine 24 u.
Exam: BP 118/70, HR 62, no JVD, trace edema.
Echo {{DATE:2/24/83}}: EF 28%, LVEDD 6.4 cm. ECG: LBBB, QRS 154 ms.
Labs {{DATE:Feb 20}}: K 4.9, Cr 2.2, Hgb 11.6.

Assessment: HFrEF NYHA II-III despite 90+ days of GDMT, LBBB > 150 ms: Class I indication for CRT-D. Discussed risks; pt and son agree.

Plan: CRT-D with Dr. {{NAME:Hollis Grunwald}} (EP) on {{DATE:3/18/2083}}; hold empagliflozin the morning of. Recheck K in 1 week.

{{NAME:Lucia Bettencourt}}, MD

Device addendum {{DATE:3/18/83}}: Boston Scientific Resonate X4 CRT-D model G447 implanted L chest, generator serial {{DEVICE:627741}}; RA lead serial {{DEVICE:104882}}, LV lead serial {{DEVICE:330617}}. LATITUDE home communicator serial {{DEVICE:882019}} shipped to {{ADDRESS:2218 Lockerbie Ct}}, {{LOCATION:Greenwood}}, IN {{ZIP:46143}}. - {{NAME:H. Grunwald}}`,
  `SOCIAL WORK NOTE - {{FACILITY:Fenwick Kidney Clinic}}
{{DATE:September 9, 2083}}
Pt: {{NAME:Delbert Voskuhl}}, 69   MRN {{MRN:7720441}}

Referred by Dr. {{NAME:Feldkamp}}: eGFR now 19, CKD 4, starting modality education. Met with pt and wife {{NAME:Marlene Voskuhl}} (72, retired school secretary, {{FACILITY:Hanlon Park Elementary}}).

Home: one-story ranch in {{LOCATION:Greenwood}}, 3 steps at entry. {{NAME:Marlene}} no longer drives at night; son {{NAME:Travis}} lives 2 hrs away in {{LOCATION:Fort Wayne}}, works at {{FACILITY:Allen County Fastener Supply}}. Income: pension from {{FACILITY:Kroeger Tool & Die}} plus Social Security. Insurance: Medicare + AARP supplement; Medicare ID {{HEALTH_PLAN:5TK2-WE8-NR41}}.

Preferences: pt leaning toward home PD ("I'm not sitting in a chair three days a week"). Concerned about storage space for supplies.

Plan:
- Modality class {{DATE:Thursday 9/23}} at 1 pm, {{FACILITY:Brandt 9}} conference room.
- Transportation application to the county paratransit program submitted.
- Advance directive packet given; pt names {{NAME:Marlene}}, then {{NAME:Travis}}, as health care representatives.

{{NAME:Daniel Okafor}}, LCSW   ext {{PHONE:4-6620}}`,
  `Record date: {{DATE:2084-01-17}}
NEPHROLOGY FOLLOW-UP - {{FACILITY:Fenwick Kidney Clinic}}

{{NAME:Delbert R. Voskuhl}}, 69M, MRN {{MRN:7720441}}. CKD 4 (eGFR 16) from diabetic nephropathy, HFrEF s/p CRT-D ({{DATE:3/2083}}), T2DM.

Interval: PD catheter placed by Dr. {{NAME:Wen-Hsin Chao}} (transplant surgery) on {{DATE:12/6/83}}; exit site clean. Pruritus, poor appetite, metallic taste for 2 weeks. Weight down 9 lb. No asterixis.

Labs {{DATE:1/10/84}}: BUN 88, Cr 4.1, K 5.6, HCO3 18, phos 6.2, PTH 310, Hgb 9.8.

Plan:
1. Start PD training at {{FACILITY:Eastside Dialysis Partners}} ({{ADDRESS:7304 E. Washington St}}, {{LOCATION:Indianapolis}}), nurse {{NAME:Rhonda Kittle}}, beginning {{DATE:Jan 24}}. Target first home CCPD exchange early {{DATE:February}}.
2. Sodium bicarbonate 650 mg tid, sevelamer 800 mg with meals.
3. Darbepoetin 40 mcg q2wk via {{FACILITY:Eastside}}.
4. Transplant referral: not a candidate now per HF team (EF 28%); revisit.
5. Glargine 18 u; A1c not reliable, use CGM.

Pt's son {{NAME:Travis Voskuhl}} asked about living donation; gave him the donor line {{PHONE:317-555-0160}}.

{{NAME:O. Feldkamp}}, MD`,
  `{{FACILITY:Whitcomb University Medical Center}}
Department of Medicine, Division of Nephrology

{{DATE:February 2, 2084}}

{{FACILITY:Eastside Dialysis Partners}}
Attn: {{NAME:Rhonda Kittle}}, RN, Home Program
Fax: {{FAX:317-555-0174}}

Re: {{NAME:Voskuhl, Delbert}}   DOB {{DATE:01-25-2014}}   {{FACILITY:WUMC}} MRN {{MRN:7720441}}   Acct {{ACCOUNT:5500931872}}

Dear Ms. {{NAME:Kittle}},

Please accept Mr. {{NAME:Voskuhl}} for home continuous cycling peritoneal dialysis. Diagnosis: ESRD due to diabetic nephropathy (N18.6, E11.22), start date {{DATE:2/9/2084}}. Dry weight 96 kg. CCPD prescription: 4 exchanges x 2.0 L, 1.5% dextrose, 9 h, last fill 1.5 L icodextrin. Weekly Kt/V goal >= 1.7.

Comorbid: HFrEF EF 28% with CRT-D (serial {{DEVICE:627741}}); cardiologist Dr. {{NAME:Lucia Bettencourt}}, {{PHONE:317-555-0121}}. Allergies: sulfa (rash). Hep B surface Ab 64 (immune). 

Primary contact: wife {{NAME:Marlene}}, {{PHONE:317-555-0142}}. Pharmacy: {{FACILITY:Hoyt's Pharmacy}}, {{PHONE:317-555-0148}}.

Thank you,
{{NAME:Oren Feldkamp}}, MD   NPI {{LICENSE:1386204417}}
{{NAME:OF}}/{{NAME:tr}}`,
  `Record date: {{DATE:2085-07-28}}
PHONE NOTE - {{FACILITY:Talbot Heart Failure Clinic}} device line

Call from {{NAME:Marlene Voskuhl}} {{DATE:7/28/85}} 07:55: husband felt a "kick in the chest" at 0620 while on his cycler, then fine. No syncope. He is 71, on home PD since {{DATE:Feb '84}}.

Remote transmission pulled from LATITUDE (communicator {{DEVICE:882019}}): one VF episode, rate 250, terminated by a single 41 J shock at {{DATE:07/28/2085 06:19}}. Battery 7.1 yrs. BiV pacing 97%. Lead impedances stable.

K from PD lab {{DATE:7/21}}: 3.1 (low). Likely contributor.

Plan per Dr. {{NAME:Grunwald}}: come to {{FACILITY:WUMC}} ED today for BMP, Mg, ECG, troponin; {{NAME:Marlene}} will drive. If K low, adjust PD dextrose and add KCl 20 mEq. Reminded: no driving for 6 months after a shock (Indiana guidance discussed). Dr. {{NAME:Feldkamp}} and {{FACILITY:Eastside Dialysis Partners}} notified by fax {{FAX:317-555-0174}}.

{{NAME:Sheryl Pankratz}}, RN, device clinic   {{PHONE:x57731}}`,
  `Record date: {{DATE:2086-04-03}}

{{FACILITY:Whitcomb Eastgate Health Center}} - annual visit
{{NAME:Delbert Ray Voskuhl}}, MRN {{MRN:7720441}}, age 72

Mr. {{NAME:Voskuhl}} comes in with {{NAME:Marlene}} for his yearly visit; last seen by me {{DATE:10/2085}}. Doing CCPD nightly for two years now, managed with the {{FACILITY:Eastside}} home team. One ICD shock last {{DATE:July}}, none since. Gardening again. He and {{NAME:Marlene}} plan to visit {{NAME:Travis}} and the grandkids in {{LOCATION:Fort Wayne}} for a week this spring.

ROS: mild neuropathic pain in both feet at night; no falls.
Exam: BP 126/74, wt 95.2 kg, PD catheter exit site clean, no edema. Monofilament decreased to mid-foot.
A1c 6.9 (caution, ESRD). LDL 71.

Plan:
- Gabapentin 100 mg qhs (renal dose).
- Pneumococcal PCV20 today; shingles #2 given.
- Retinal exam overdue: {{FACILITY:Marston Eye Institute}} referral.
- Podiatry q3 mo at {{FACILITY:Eastgate}}.
- Goals of care: full code; revisited POLST with both; health care representatives unchanged.

Next visit {{DATE:October 2086}}.

{{NAME:Anita Ramaswamy}}, MD   {{NAME:AR}}/{{NAME:sb}}`,
  `Record date: {{DATE:2090-02-20}}
{{FACILITY:WUMC Women's Health - Fountain Square}} - NEW OB INTAKE

{{NAME:Yesenia Ocampo-Reyes}}   MRN {{MRN:8830217}}   DOB {{DATE:12/27/2058}}
Address: {{ADDRESS:914 Prospect St, Apt 2}}, {{LOCATION:Indianapolis}} {{ZIP:46203}}   Cell {{PHONE:317-555-0157}}
Coverage: Hoosier Healthwise, member {{HEALTH_PLAN:HHW-300418852}}

31 yo G2P1001 at 7w0d by LMP {{DATE:1/2/2090}}, EDD {{DATE:10/9/2090}}. Planned, desired. Partner {{NAME:Julio Reyes}} (roofer, {{FACILITY:Tri-County Roofing}}) present. Works full time as a dental hygienist at {{FACILITY:Brightwater Family Dental}}.

OB hx: SVD 2087 at {{FACILITY:St. Brendan Hospital}}, 3,910 g boy ({{NAME:Mateo}}), 1-hr GCT that pregnancy 151, 3-hr passed. Pre-pregnancy BMI 33.
PMH: PCOS. No HTN. Meds: PNV, folate 1 mg.
FHx: mother and maternal aunt with type 2 DM; father MI at 58.

Exam: BP 112/68. FHT not yet audible; TVUS CRL c/w dates, FHR 128.

Plan: prenatal panel, early A1c (5.9%) - early 1-hr GCT at 14 wks given risk; aspirin 81 mg from 12 wks; dating confirmed. Next visit {{DATE:March 20}} with Dr. {{NAME:Lindqvist}}'s team.

{{NAME:Corinne Pace}}, CNM`,
  `Record date: {{DATE:2090-07-14}}
NUTRITION CONSULT - GESTATIONAL DIABETES
{{FACILITY:Whitcomb Diabetes & Endocrine Center}}

Pt: {{NAME:Yesenia Ocampo-Reyes}}, 31, MRN {{MRN:8830217}}, 27w4d
Referred by: {{NAME:Corinne Pace}}, CNM

3-hr 100 g GTT {{DATE:7/8/90}}: 98 / 196 / 181 / 142 (Carpenter-Coustan: 3 abnormal). Dx GDM. Early GCT at 14 wks was 128.

Diet recall: works 7a-4p at {{FACILITY:Brightwater}}, often skips lunch between patients, then large dinner with rice and tortillas; 2 sweet teas daily. Walks son {{NAME:Mateo}} to {{FACILITY:Little Sprouts Learning Center}} each morning.

Teaching: carb counting (30-45 g per meal, 15-30 g per snack), plate method, bedtime protein snack. Given Accu-Chek Guide meter, lot 2209K4 (not patient-specific). Testing fasting and 1-h postprandial, log via MyChart portal.

Goals: fasting < 95, 1-h PP < 140.

Follow-up: call {{DATE:7/21}} with numbers; visit with Dr. {{NAME:Hannah Lindqvist}} (MFM) {{DATE:Thurs 7/24}}. Mother {{NAME:Graciela Ocampo}} will help with meals; Spanish materials provided.

{{NAME:Gabriela Funes}}, RD, CDCES   ext {{PHONE:3-4419}}`,
  `Record date: {{DATE:2090-08-03}}
PHONE - MFM nurse line, {{FACILITY:WUMC}}
Pt {{NAME:Yesenia Ocampo-Reyes}} ({{MRN:8830217}}) called {{PHONE:317-555-0157}}, 30w3d, GDM on diet.

Log {{DATE:7/27}}-{{DATE:8/2}}: fasting 97, 101, 99, 104, 96, 102, 100. Post-breakfast 128-151, post-dinner 118-139. No hypoglycemia. Fetal movement good.

Fasting values above goal on 6/7 days despite bedtime snack. Discussed with Dr. {{NAME:Lindqvist}}: start NPH 10 units at bedtime, titrate by 2 u every 3 days to fasting < 95. Rx to {{FACILITY:Hoyt's Pharmacy}} ({{PHONE:317-555-0148}}). Insulin teaching visit scheduled {{DATE:Tues 8/5}} 10:30 with {{NAME:Gabriela}} (RD/CDCES). Now GDM A2; add weekly NSTs from 32 wks at {{FACILITY:Ostrander 4}} antepartum testing.

Pt asked that partner {{NAME:Julio}} be allowed to receive results; verbal consent documented; his number {{PHONE:317-555-0158}}.

{{NAME:Lorena Villalobos}}, RN   {{NAME:LV}}`,
  `{{FACILITY:Whitcomb University Medical Center}}
Maternal-Fetal Medicine

{{DATE:August 25, 2090}}

{{NAME:Corinne Pace}}, CNM
{{FACILITY:WUMC Women's Health - Fountain Square}}

RE: {{NAME:Yesenia Ocampo-Reyes}}   DOB {{DATE:12/27/58}}   MRN {{MRN:8830217}}

Dear {{NAME:Corinne}},

I saw Ms. {{NAME:Ocampo-Reyes}} today at 33w4d for growth ultrasound and GDM A2 review. NPH is now 16 units qhs; fasting values 84-93 over the past week, postprandials all < 140.

Ultrasound: cephalic, posterior placenta, EFW 2,380 g (72nd percentile, Hadlock), AC 81st percentile, AFI 17.8 cm. UA Dopplers normal. NST reactive.

Recommendations:
1. Continue NPH, adjust per protocol.
2. Weekly NST/AFI until delivery.
3. Repeat growth at 37 wks ({{DATE:9/18/90}}).
4. If well controlled, delivery at 39w0d-39w6d; induction slot pencilled for {{DATE:10/2/2090}} on {{FACILITY:Ostrander 4}}.
5. Postpartum 75 g OGTT at 4-12 weeks.

She asked about her job at {{FACILITY:Brightwater Family Dental}}; I see no reason to stop work before 37 weeks.

Warm regards,
{{NAME:Hannah Lindqvist}}, MD, MFM
{{PHONE:317-555-0131}} | {{EMAIL:hlindqvist@wumc-health.org}}`,
  `{{FACILITY:OSTRANDER 4}} L&D TRIAGE NOTE
{{DATE:09/16/2090 21:12}}
{{NAME:OCAMPO-REYES, YESENIA}}  MRN {{MRN:8830217}}  G2P1  EGA 36w5d (EDD {{DATE:10/9/90}})

CC: decreased fetal movement since lunch. Kick count at 1900: 4 in 2 hrs. No LOF, no VB, occasional tightening. GDM A2 on NPH 18 u; FS tonight 112 post-dinner.

Vitals: BP 118/74, P 90, T 36.8.
NST: baseline 135, moderate variability, accels x3 (15x15), no decels - reactive at 21:40. Toco: irregular ctx q10-12 min, mild.
SVE: 1/50/-3, posterior.
Bedside US (Dr. {{NAME:Rohan Iyer}}, PGY-3): BPP 8/8, AFI 14.

Assessment: 36 wk IUP, reassuring fetal status; likely decreased perception at end of long workday.

Plan: discharge home, kick counts, keep NST {{DATE:Friday 9/19}}; return for < 10 kicks in 2 h, bleeding, LOF. Partner {{NAME:Julio}} here and driving her home to {{LOCATION:Fountain Square}}.

Seen with attending Dr. {{NAME:Ngozi Uchendu}}.
{{NAME:R. Iyer}}, MD`,
  `DELIVERY AND POSTPARTUM DISCHARGE SUMMARY
{{FACILITY:WUMC}} - {{FACILITY:Ostrander 4}} / {{FACILITY:Ostrander 5 Mother-Baby}}
Patient: {{NAME:Yesenia Ocampo-Reyes}}   MRN {{MRN:8830217}}   Acct {{ACCOUNT:7731055206}}
Admit {{DATE:10/02/2090}}  Delivery {{DATE:10/03/2090 04:51}}  Discharge {{DATE:10/04/2090}}

Indication: scheduled 39w induction, GDM A2.

Course: cervical Foley balloon then oxytocin. AROM clear at 0110. Epidural. SVD over 2nd-degree laceration, repaired. EBL 350 mL. Insulin stopped after delivery; postpartum glucoses 88-121 without insulin.

Infant: live female, 3,620 g, Apgars 8 and 9, named {{NAME:Luz Reyes}}. Initial glucose 38, improved with feeding and dextrose gel; admitted to well-baby care under Dr. {{NAME:Samir Haddad}}, {{FACILITY:Fountain Square Pediatrics}}.

Discharge meds: ibuprofen 600 mg q6h prn, PNV, docusate. Contraception: desires Nexplanon at 6 wks.

Follow-up:
- {{NAME:C. Pace}}, CNM, {{DATE:11/13/90}} (postpartum + 75 g OGTT order).
- Lactation: {{NAME:Bernadette Oyelaran}}, IBCLC, phone check {{DATE:Mon 10/6}}.

Discharging: {{NAME:Ngozi Uchendu}}, MD`,
  `NEWBORN PROGRESS NOTE - {{FACILITY:Ostrander 5 Mother-Baby}}, {{FACILITY:WUMC}}
{{DATE:October 4, 2090}} 0800
Baby girl {{NAME:Luz Reyes}}   MRN {{MRN:8830655}}   DOL 1
Mother: {{NAME:Yesenia Ocampo-Reyes}} ({{MRN:8830217}}), 31, GDM A2
Father: {{NAME:Julio Reyes}}

Birth {{DATE:10/3/90}} at 0451, 39w1d, SVD, BW 3620 g (LGA borderline), Apgars 8/9.

Glucoses: 38 at 1 h (gel + breastfeed), 52, 61, 58, 66 - now stable x3 pre-feed on protocol.
Exam: vigorous; AF soft; red reflex present bilaterally; no cleft; clavicles intact; Ortolani and Barlow negative; Moro symmetric; mild facial bruising. Void x2, stool x3.
Wt 3,480 g (-3.9%). TcB 7.1 at 26 h, low risk.

Plan: continue breastfeeding q2-3h, supplement expressed colostrum; hep B vaccine given; newborn screen at 24 h; CCHD screen passed (99/98).

Discharge with mom today if feeding well. Follow-up with Dr. {{NAME:Haddad}} at {{FACILITY:Fountain Square Pediatrics}} ({{ADDRESS:1042 Virginia Ave}}) on {{DATE:Monday 10/6}}; older brother {{NAME:Mateo}} is already his patient.

{{NAME:Sunita Rao}}, MD, pediatric hospitalist`,
  `Record date: {{DATE:2090-11-13}}
POSTPARTUM VISIT - {{FACILITY:WUMC Women's Health - Fountain Square}}

{{NAME:Yesenia Ocampo-Reyes}}, 31, MRN {{MRN:8830217}}. 6 weeks s/p SVD {{DATE:10/3}} of {{NAME:Luz}} (3,620 g). Course c/b GDM A2 (NPH max 18 u).

Doing well. Exclusively breastfeeding; baby gaining per Dr. {{NAME:Haddad}}. Lochia resolved. Perineum healed. Mood: EPDS 7, sleep-deprived but enjoying baby; mother {{NAME:Graciela}} staying with them until {{DATE:December}}. Partner {{NAME:Julio}} back at work.

Exam: BP 114/70, BMI 34. Fundus nonpalpable. Laceration healed.

75 g OGTT today: fasting 101, 2-h 162 -> impaired fasting glucose + IGT (prediabetes). A1c 5.8%.

Plan:
1. Prediabetes after GDM - referred to the YMCA Diabetes Prevention Program at {{FACILITY:Fountain Square YMCA}}; metformin discussed, she prefers lifestyle first. Yearly A1c; lifelong risk counseling.
2. Contraception: Nexplanon placed L arm today, lot N0884Z1.
3. Return to work {{DATE:1/5/91}}; letter for employer provided.
4. Next well visit {{DATE:Nov 2091}}.

{{NAME:Corinne Pace}}, CNM   {{NAME:CP}}/{{NAME:lv}}`,
  `{{FACILITY:WUMC Women's Health - Fountain Square}}
{{ADDRESS:1330 Shelby St}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46203}}
Phone {{PHONE:317-555-0136}}  Fax {{FAX:317-555-0139}}

{{DATE:January 5, 2091}}

To: Office Manager, {{FACILITY:Brightwater Family Dental}}
{{ADDRESS:5820 Madison Ave, Suite B}}, {{LOCATION:Indianapolis}}

Re: {{NAME:Yesenia Ocampo-Reyes}}, date of birth {{DATE:12/27/2058}}

To whom it may concern,

{{NAME:Yesenia}} has been under my care for pregnancy and delivered on {{DATE:October 3, 2090}}. She is medically cleared to return to full duty as a dental hygienist on {{DATE:Monday, January 5, 2091}}, without restriction.

As a nursing mother she requests reasonable break time and a private space (not a restroom) to express milk, about two 20-minute breaks per 8-hour shift, for up to one year after the birth, consistent with the federal PUMP Act. Please contact our office with any questions; no further medical information is being released without her written consent.

Sincerely,

{{NAME:Corinne Pace}}, CNM
Certified Nurse-Midwife, license {{LICENSE:IN 71004422A}}
{{NAME:CP}}/{{NAME:gf}}`,
  `SURVIVORSHIP CARE PLAN
{{FACILITY:Sorensen Cancer Survivorship Clinic}}, {{FACILITY:Whitcomb University Medical Center}}
Prepared {{DATE:04/07/2021}}

Patient: {{NAME:Harriet Okonkwo-Bell}}   DOB {{DATE:08/14/1969}}   MRN {{MRN:6109385}}
Diagnosis: left breast invasive ductal carcinoma, pT2 (2.4 cm) N0 (0/3 SLN) M0, stage IIA, grade 2, ER 95% / PR 60% / HER2 1+ (negative). Oncotype DX recurrence score 14. Diagnosed {{DATE:May 2, 2019}}.

Treatment summary:
- Lumpectomy + sentinel node biopsy {{DATE:6/11/2019}}, Dr. {{NAME:Naomi Brightman}}.
- Whole-breast RT 40 Gy/15 fx + boost, {{DATE:7/22/19}}-{{DATE:8/30/19}}, Dr. {{NAME:Colm Garrity}}.
- No chemotherapy.
- Anastrozole 1 mg daily started {{DATE:9/2019}}; planned 5-10 years.

Care team: oncology Dr. {{NAME:Peter Szalai}} ({{PHONE:317-555-0115}}); PCP Dr. {{NAME:Miriam Achterberg}}, {{FACILITY:Broad Ripple Internal Medicine}}; survivorship NP {{NAME:Jolene Marquardt}}.

Surveillance: history/exam every 6 months through 2024, then yearly; diagnostic mammogram each {{DATE:May}}; DEXA every 2 years on AI. No routine tumor markers, CT or bone scan.

Late effects to watch: arthralgia, bone loss, lymphedema (L arm), fatigue, vaginal dryness.

Given to patient and husband {{NAME:Gregory Bell}}. Copy to Dr. {{NAME:Achterberg}}, fax {{FAX:317-555-0193}}.`,
  `{{FACILITY:WUMC}} BREAST IMAGING - {{FACILITY:Sorensen Pavilion}}, 2nd floor
DIAGNOSTIC MAMMOGRAM, BILATERAL, WITH TOMOSYNTHESIS (CPT 77062, 77066)

Patient: {{NAME:OKONKWO-BELL, HARRIET}}   MRN: {{MRN:6109385}}   Age: 52
Exam date: {{DATE:05/16/2022 10:05}}   Accession: {{ID:MG2205160417}}
Ordering: {{NAME:Peter Szalai}}, MD

History: L breast cancer s/p lumpectomy and radiation 2019. On anastrozole. No new complaints.

Comparison: {{DATE:5/10/2021}} and {{DATE:05/06/2020}} (both {{FACILITY:WUMC}}).

Findings: Scattered fibroglandular density (category B). Left lumpectomy site upper outer quadrant with stable post-surgical architectural distortion, skin thickening decreasing, and stable coarse dystrophic calcifications. No suspicious mass, grouped microcalcifications or new distortion. Right breast: stable benign-appearing 5 mm oval mass at 10 o'clock, 4 cm FN, unchanged since 2019.

IMPRESSION: BI-RADS 2 - benign. Recommend diagnostic mammogram in 1 year ({{DATE:May 2023}}).

Results letter mailed to patient at {{ADDRESS:6117 Sunnyside Rd}}, {{LOCATION:Lawrence}}, IN {{ZIP:46236}}.

Interpreted by: {{NAME:Dolores Whitcomb-Kaye}}, MD
Electronically signed {{DATE:05/16/2022 13:48}}`,
  `PHONE NOTE  {{DATE:9/28/22}}
{{FACILITY:Sorensen Cancer Survivorship Clinic}}
Pt: {{NAME:Harriet Okonkwo-Bell}}  MRN {{MRN:6109385}}  cb {{PHONE:317-555-0184}} (cell), after 3:30 pm (teaching)

Pt called re: hands and knees "stiff like an old lady" in the mornings for ~6 weeks, worse since school started. Takes 20-30 min to loosen. Having trouble gripping dry-erase markers; she teaches 7th-grade science at {{FACILITY:Lawrence Ridge Middle School}}. No joint swelling or redness, no fevers. On anastrozole 1 mg since {{DATE:Sept 2019}}. Ibuprofen helps some.

Advised: take anastrozole at night, daily walking (she stopped after {{DATE:June}}), acetaminophen 1 g bid, warm soaks. Offered acupuncture referral to {{FACILITY:Whitcomb Integrative Medicine}} - she'd like that. Will discuss switching AI (exemestane) or a 2-4 week drug holiday with Dr. {{NAME:Szalai}} at her {{DATE:October 20}} visit if no better. Also due for DEXA (last {{DATE:10/2020}}, T-score -1.6 L spine); ordered.

Husband {{NAME:Greg}} may call for results; he is listed on her release.

{{NAME:Jolene Marquardt}}, MSN, AGNP-C`,
  `Record date: {{DATE:2023-01-12}}
MEDICAL ONCOLOGY FOLLOW-UP - {{FACILITY:WUMC}} Breast Program

{{NAME:Harriet Okonkwo-Bell}} is a 53 y/o teacher with stage IIA ER+/PR+/HER2- L breast cancer (dx {{DATE:5/2019}}), s/p lumpectomy, RT, now 3 yrs 4 mo into adjuvant AI.

Interval: Switched anastrozole to exemestane 25 mg after a 3-week holiday in {{DATE:Nov 2022}}; morning stiffness about half as bad. Acupuncture with Dr. {{NAME:Li Wen-Jie}} helping too. Hot flashes 3-4/day. Daughter {{NAME:Adaeze}} home from {{FACILITY:Harrowgate College}} over break, which she loved.

ROS: no bone pain, cough, headaches, or weight loss.
Exam: ECOG 0. No breast masses, L breast post-RT changes. No axillary/supraclavicular adenopathy. L arm circumference equal to R. 

DEXA {{DATE:12/14/22}}: L-spine T -2.1, femoral neck T -1.8 (osteopenia; FRAX 10-yr major 9.4%, hip 1.3%).

Plan:
1. Continue exemestane 25 mg daily.
2. Zoledronic acid 4 mg IV q6 months (bone health on AI), first dose at {{FACILITY:Sorensen Infusion}} {{DATE:1/26}}; dental exam first - she sees Dr. {{NAME:Pruitt}} at {{FACILITY:Northside Dental Group}}.
3. Vitamin D3 2000 IU, calcium 1200 mg/day total.
4. Mammogram {{DATE:May 2023}}; return in 6 months.

{{NAME:Peter Szalai}}, MD, Medical Oncology`,
  `{{FACILITY:Whitcomb University Medical Center}} - Breast Oncology
{{ADDRESS:535 Barnhill Dr, Room 240}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46202}}

{{DATE:January 13, 2023}}

{{NAME:Miriam Achterberg}}, MD
{{FACILITY:Broad Ripple Internal Medicine}}
{{ADDRESS:6250 N. College Ave}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46220}}

RE: {{NAME:Harriet Okonkwo-Bell}}, DOB {{DATE:8/14/1969}}

Dear {{NAME:Miriam}},

I saw our mutual patient {{NAME:Harriet}} in clinic yesterday. She remains without evidence of recurrence nearly four years from her diagnosis of stage IIA hormone-receptor-positive breast cancer. Because of arthralgias on anastrozole she is now on exemestane, which she tolerates better.

Her DEXA from {{DATE:December 14}} shows osteopenia (L-spine T -2.1). We will give zoledronic acid every 6 months while she is on an aromatase inhibitor. Could you check a 25-OH vitamin D and a lipid panel at her physical in {{DATE:March}}? Her LDL was 162 last year and exemestane can nudge it up; I defer statin decisions to you.

Her sister, {{NAME:Chioma Okonkwo}}, was recently diagnosed with ovarian cancer at 48 in {{LOCATION:Houston}}; I have re-referred {{NAME:Harriet}} to our genetics team (her 2019 panel was limited to BRCA1/2).

With thanks,
{{NAME:Peter Szalai}}, MD
{{EMAIL:pszalai@wumc-health.org}}   pager {{PHONE:22906}}`,
  `CANCER GENETICS COUNSELING NOTE
{{FACILITY:WUMC}} {{FACILITY:Hereditary Cancer Program}}    Visit: {{DATE:03/02/2023}} (video)

Patient: {{NAME:Harriet Okonkwo-Bell}}, 53F, MRN {{MRN:6109385}}
Referring: Dr. {{NAME:P. Szalai}}

Personal history: L breast IDC at 49, ER+/PR+/HER2-. 2019 testing ({{FACILITY:Crossroads Reference Laboratory}}, BRCA1/2 only): negative.

Family history (pedigree in media tab):
- Sister {{NAME:Chioma Okonkwo}}, 48, high-grade serous ovarian ca, dx {{DATE:Jan 2023}}, treated at {{FACILITY:Bayou City Cancer Institute}} in {{LOCATION:Houston}}; her tumor testing pending.
- Mother {{NAME:Ngozi}}, d. 71 in {{LOCATION:Enugu}}, Nigeria, "stomach cancer" (unconfirmed).
- Father, 80, prostate ca at 74, lives in {{LOCATION:Lagos}}.
- Daughter {{NAME:Adaeze Bell}}, 20; son {{NAME:Obinna Bell}}, 17.
Ancestry: Igbo (both parents).

Discussion: updated 84-gene panel recommended (includes PALB2, RAD51C/D, BRIP1, ATM, CHEK2, Lynch genes). Discussed VUS, GINA protections, and cascade testing for {{NAME:Adaeze}} and {{NAME:Obinna}}.

Plan: saliva kit mailed to home; order {{ID:GX-23-117042}}; result disclosure in 3-4 wks. Pt will ask {{NAME:Chioma}} to share her report.

{{NAME:Tamara Lindgren-Oduya}}, MS, CGC   {{PHONE:317-555-0197}}`,
  `MyChart PATIENT PORTAL - message thread
Patient: {{NAME:Harriet Okonkwo-Bell}} (MRN {{MRN:6109385}})

From patient, {{DATE:Mon 2/12/2024 9:41 PM}}:
Hi {{NAME:Jolene}} - quick question. My genetics results came back last spring (CHEK2 1100delC, heterozygous). {{NAME:Greg}} and I are going to {{LOCATION:Toronto}} for spring break {{DATE:March 16-23}} and I'm due for my zoledronic acid around then. Can I move the infusion to {{DATE:the 11th}}? Also my daughter {{NAME:Adaeze}} tested positive too and wants to know who she should see near campus in {{LOCATION:Bloomington}}. Thanks! - {{NAME:Harriet}}

Reply from {{NAME:Jolene Marquardt}}, NP, {{DATE:Tue 2/13/2024 8:02 AM}}:
Hi {{NAME:Harriet}}, yes - I moved your infusion to {{DATE:Monday March 11}} at 2:30 at {{FACILITY:Sorensen Infusion}}; please get labs (BMP, Ca) that morning. For {{NAME:Adaeze}}: at 21 she doesn't need anything yet except a breast-awareness plan; high-risk breast screening typically starts around 30-40 for CHEK2. Dr. {{NAME:Szalai}} recommends she see our {{FACILITY:High-Risk Breast Clinic}} (she can self-schedule at {{PHONE:317-555-0199}}) or {{FACILITY:Monroe Valley Hospital}} breast center in {{LOCATION:Bloomington}}. Enjoy the trip! - {{NAME:Jolene}}`,
  `Record date: {{DATE:2024-08-20}}
{{FACILITY:Broad Ripple Internal Medicine}} - Annual Physical

Patient: {{NAME:Harriet Okonkwo-Bell}}   DOB {{DATE:08/14/1969}}   Age 55
Employer: {{FACILITY:Lawrence Ridge Middle School}}

55F breast cancer survivor (stage IIA, 2019), CHEK2 carrier (dx {{DATE:4/2023}}), osteopenia, hyperlipidemia. Completed 5 yrs of AI therapy this month; Dr. {{NAME:Szalai}} recommends continuing to 7 yrs given CHEK2 - she is reluctant because of joint pain. Last zoledronic acid {{DATE:3/11/24}}.

She starts her 27th year of teaching next week. Husband {{NAME:Gregory}} recently retired from {{FACILITY:Castleton Auto Glass}}. Son {{NAME:Obinna}} started at {{FACILITY:Fall Creek Technical College}} - both kids tested; son negative.

Exam: BP 128/78, BMI 27.9. Breasts deferred to oncology. No lymphedema.

Labs {{DATE:8/14}}: LDL 118 on rosuvastatin 10 mg (started {{DATE:3/2023}}), A1c 5.6, vit D 38.

Plan:
- Lipids at goal, continue rosuvastatin.
- Breast MRI alternating with mammogram per high-risk protocol (next MRI {{DATE:Nov 2024}}).
- Colonoscopy due (last 2014, normal) - referral to {{FACILITY:North Meridian GI}}.
- Shingrix #1 today. Flu in {{DATE:Sept}} at school clinic.
- Follow-up 1 year.

{{NAME:Miriam Achterberg}}, MD`,
  `Record date: {{DATE:2022-06-08}}
{{FACILITY:Whitcomb Lung Center}} - Pulmonary Clinic

Patient: {{NAME:Augustin Pelletier}} ("{{NAME:Gus}}")   MRN {{MRN:0259113}}   DOB {{DATE:03/03/1929}}
Age: {{AGE:93}}

{{AGE:93}}-year-old retired freight conductor ({{FACILITY:Hoosier Valley Railroad}}, 38 yrs), Korea-era Army veteran, widower, lives at {{FACILITY:Lindenwood Terrace}} assisted living. COPD GOLD 3, group E; 60 pack-years, quit 1988. On 2 L NC with exertion and sleep since fall 2021.

Interval: one exacerbation in {{DATE:February}} treated with prednisone and doxycycline by the facility physician. Walks to the dining room with a rollator. mMRC 3. CAT score 22. Daughter {{NAME:Colette Marchetti}} accompanies, handles his meds.

Meds: Trelegy Ellipta 100/62.5/25 daily, albuterol HFA prn (3-4x/day), roflumilast not tolerated (weight loss).
Exam: SpO2 90% RA at rest, 84% after 60 m walk; on 2 L 93%. Distant breath sounds, no wheeze. No clubbing. Mild kyphosis.
Spirometry today: FEV1 0.88 L (39% pred), FEV1/FVC 0.46.

Plan:
1. Continue Trelegy; spacer reviewed.
2. Azithromycin 250 mg MWF for exacerbation prevention (QTc 438 ms).
3. Pulmonary rehab - declines ("I'm {{AGE:93}}, not 39").
4. Oxygen 2 L continuous with activity and sleep.
5. RSV and updated COVID vaccines.
RTC 4 months.

{{NAME:Ruth Abernathy}}, MD`,
  `{{FACILITY:WUMC}} EMERGENCY DEPARTMENT
{{DATE:12/27/2022 23:18}}   Bay 14
{{NAME:PELLETIER, AUGUSTIN}}   MRN {{MRN:0259113}}   Age {{AGE:93}}y   Acct {{ACCOUNT:5516004832}}

Sent from {{FACILITY:Lindenwood Terrace}} ({{PHONE:317-555-0170}}) for increasing SOB, productive cough with yellow-green sputum x2 days, temp 100.9. Staff nurse {{NAME:Yolanda Briggs}} reports sats 82% on his usual 2 L. DNR/DNI per POLST (copy with EMS). Daughter {{NAME:Colette}} en route from {{LOCATION:Zionsville}}.

Exam: T 38.3, HR 112, RR 30, BP 104/58, SpO2 85% on 2 L -> 92% on 4 L. Tripoding, pursed lips, diffuse expiratory wheeze, R basilar crackles. Mild confusion, oriented to self and place. No asterixis.

Labs: WBC 14.8, lactate 1.9, Cr 1.3, BNP 310. VBG 7.33/58. Flu/COVID/RSV negative. CXR: RLL opacity.

Assessment: AECOPD with RLL pneumonia, acute on chronic hypoxemic/hypercapnic respiratory failure; DNI - BiPAP is acceptable per daughter (HCR).

Plan: duonebs x3, methylprednisolone 40 mg IV, ceftriaxone + azithromycin, BiPAP 12/5 trial, admit to {{FACILITY:Brandt 9}} medicine (step-down bed 9-22) under hospitalist.

{{NAME:Tomasz Wierzbicki}}, MD, ED attending`,
  `DISCHARGE SUMMARY - {{FACILITY:Brandt 9}} General Medicine, {{FACILITY:WUMC}}

{{NAME:Augustin "Gus" Pelletier}}   MRN {{MRN:0259113}}   {{AGE:93}}M
Admission: {{DATE:December 27, 2022}}   Discharge: {{DATE:January 3, 2023}}
Attending: {{NAME:Farah Qureshi}}, MD   PCP/facility physician: {{NAME:Leonard Hsu}}, MD

Principal dx: AECOPD with RLL community-acquired pneumonia (J44.0, J18.1). Secondary: hypercapnic respiratory failure, delirium, deconditioning.

Course: BiPAP nights 1-2, weaned to 3 L NC by {{DATE:12/30}}. Ceftriaxone/azithro x5 days. Prednisone 40 mg x5 days, completed. Hyperactive delirium night 2 (pulled off mask); improved with sleep hygiene, daughter staying overnight. PT: rollator, min assist, needs more help than his baseline.

Goals: DNR/DNI confirmed with pt and daughter {{NAME:Colette Marchetti}}; agreed to palliative care referral.

Discharge to: {{FACILITY:Lindenwood Terrace}}, {{ADDRESS:4105 W. 86th St, Apt 214}}, {{LOCATION:Indianapolis}} {{ZIP:46268}}, with {{FACILITY:Circle City Home Care}} PT/RN.
O2: 3 L continuous (new).

Appointments: Dr. {{NAME:Abernathy}} {{DATE:1/24/23}}; {{FACILITY:WUMC}} Palliative Care, Dr. {{NAME:Benedikt Osei}}, {{DATE:2/7/23 1:00 PM}}.

{{NAME:F. Qureshi}}, MD   dictated {{DATE:01/03/2023 15:40}}   {{NAME:FQ}}/{{NAME:dw}}`,
  `TELEPHONE ENCOUNTER  {{DATE:Fri 02/17/2023}}  14:25
{{FACILITY:Whitcomb Lung Center}} triage
Caller: {{NAME:Yolanda Briggs}}, LPN, {{FACILITY:Lindenwood Terrace}}, {{PHONE:317-555-0170}} ext {{PHONE:118}}
Patient: {{NAME:Gus Pelletier}}, {{AGE:93}}, MRN {{MRN:0259113}}

Reason: sats 86-88% on 3 L since Tuesday, at baseline otherwise. No fever; cough unchanged, clear/white. Eating ~50% of meals. Using albuterol 4x/day. Weight stable 61 kg. He says he is "just tired of being tired."

Concentrator: {{FACILITY:Keystone Medical Supply}} unit serial {{DEVICE:KMS-5A-118830}}; LPN noticed the purity alarm flashing yesterday. Portable tanks fine.

Plan (d/w Dr. {{NAME:Abernathy}}):
- {{FACILITY:Keystone}} to swap concentrator today; their on-call {{PHONE:317-555-0177}}.
- Recheck sats on tanks in 1 h and call back; if < 88% on 4 L or new fever, send to ED or call facility MD Dr. {{NAME:Hsu}}.
- Keep palliative follow-up {{DATE:3/7}} (moved from {{DATE:2/7}} due to his cold).
- Daughter {{NAME:Colette}} updated by this RN at {{PHONE:317-555-0188}}.

Callback 15:40: sats 92% on 3 L via new unit. No further action.

{{NAME:Marisol Tejeda}}, RN`,
  `OUTPATIENT PALLIATIVE CARE CONSULT
{{FACILITY:Whitcomb University Medical Center}}   Date: {{DATE:3/7/2023}}
Patient: {{NAME:Augustin Pelletier}}, {{AGE:94}}   MRN {{MRN:0259113}}
Requested by: {{NAME:Ruth Abernathy}}, MD (pulmonary)
Present: pt, daughter {{NAME:Colette Marchetti}}, son-in-law {{NAME:Frank Marchetti}}; grandson {{NAME:Luca}} by FaceTime from {{LOCATION:Denver}}.

Illness understanding: "My lungs are worn out." Knows COPD is progressive; two hospital stays in a year.

What matters most: staying at {{FACILITY:Lindenwood}} "with my buddies," Friday euchre, mass at {{FACILITY:St. Monica's}}, not going back to the ICU, seeing great-granddaughter baptized in {{DATE:May}}.

Symptoms: dyspnea ESAS 7/10 with exertion; anxiety with breathlessness; appetite fair; constipation.

Assessment: {{AGE:94}} M with end-stage COPD (FEV1 39%, 3 L O2, frequent exacerbations), likely prognosis months to a year.

Recommendations:
1. Morphine IR 2.5 mg PO q4h prn dyspnea; senna-docusate daily.
2. Handheld fan; energy conservation.
3. POLST updated today: DNR, selective treatment, no intubation, rehospitalize only if comfort can't be achieved at {{FACILITY:Lindenwood}}.
4. Hospice eligible when he wants it; {{NAME:Colette}} to tour {{FACILITY:Crossing Waters Hospice}}.

{{NAME:Benedikt Osei}}, MD, Palliative Medicine   pager {{PHONE:30415}}`,
  `DME ORDER / CERTIFICATE OF MEDICAL NECESSITY - OXYGEN (CMS-484)
Supplier: {{FACILITY:Keystone Medical Supply}}, {{ADDRESS:2960 Lafayette Rd}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46222}}, fax {{FAX:317-555-0178}}

Beneficiary: {{NAME:Pelletier, Augustin}}   DOB {{DATE:03/03/1929}}
Medicare MBI: {{HEALTH_PLAN:2RW7-QK4-JT83}}   Secondary: Tricare For Life
Place of residence: {{FACILITY:Lindenwood Terrace}} (assisted living, not a SNF), {{ADDRESS:4105 W. 86th St, Apt 214}}

Initial date: {{DATE:07/01/2021}}   Revised: {{DATE:03/08/2023}}   Length of need: 99 (lifetime)

Qualifying test: room air SpO2 84% at rest, tested {{DATE:03/07/2023}} at {{FACILITY:WUMC}} Palliative Clinic, pt in chronic stable state.
Diagnosis: J44.9 COPD; J96.11 chronic respiratory failure with hypoxia.
Prescribed flow: 3 L/min continuous, 24 h/day; portable (POC or E tanks) for ambulation.
Equipment: stationary concentrator HCPCS E1390 (replace serial {{DEVICE:KMS-5A-118830}} with {{DEVICE:KMS-5A-124471}}), E0431 portable tanks, conserving device.

Ordering physician: {{NAME:Ruth Abernathy}}, MD   NPI {{LICENSE:1730529941}}
{{FACILITY:Whitcomb Lung Center}}, phone {{PHONE:317-555-0124}}
Signature on file {{DATE:3/8/23}}`,
  `ADVANCE CARE PLANNING NOTE - {{FACILITY:Whitcomb Lung Center}}
{{DATE:Tuesday, May 23, 2023}}

{{NAME:Gus Pelletier}} is a {{AGE:94}} y/o man (birthday was {{DATE:3/3}}) with end-stage COPD, seen for his 4-month visit with daughter {{NAME:Colette}} and granddaughter {{NAME:Sophie Marchetti}}, RN (works nights at {{FACILITY:St. Brendan Hospital}} ICU).

Since {{DATE:March}}: no hospitalizations; morphine 2.5 mg about twice daily helps. He made it to great-granddaughter {{NAME:Aurelie}}'s baptism at {{FACILITY:St. Monica's}} on {{DATE:May 14}}, on portable oxygen. Weight down to 58 kg. Needs help with showers now.

We reviewed his POLST (DNR, selective treatment) and his living will. He has named {{NAME:Colette Marchetti}} as health care representative, and {{NAME:Sophie}} as alternate. He asked what hospice means for his euchre games; reassured he stays at {{FACILITY:Lindenwood Terrace}}.

Decision: he and family want hospice enrollment now. Referral to {{FACILITY:Crossing Waters Hospice}}, intake line {{PHONE:317-555-0182}}; I will serve as attending of record. Stop azithromycin (no longer helping, QTc 472). Continue Trelegy, albuterol, O2 3 L.

Time: 40 min, >50% ACP (CPT 99497).

{{NAME:Ruth Abernathy}}, MD`,
  `{{FACILITY:CROSSING WATERS HOSPICE}} - ADMISSION NURSING ASSESSMENT
Admit date: {{DATE:05/26/2023}}   Level of care: routine home care (ALF)
Patient: {{NAME:Augustin Pelletier}}   Hospice ID {{MRN:CWH-23-0617}}   Age {{AGE:94}}
Location: {{FACILITY:Lindenwood Terrace}}, {{ADDRESS:4105 W. 86th St, Apt 214}}, {{LOCATION:Indianapolis}}
Attending: Dr. {{NAME:Ruth Abernathy}}; hospice medical director Dr. {{NAME:Imelda Castro}}
Terminal dx: COPD (J44.9). PPS 40%. FAST n/a.

Vitals: BP 98/60, HR 96, RR 24, SpO2 89% on 3 L. Weight 57.6 kg (BMI 18.9).
Dyspnea 5/10 at rest, 8/10 with transfers. Anxiety when short of breath. Sleeps in recliner. Skin intact, sacrum blanchable redness - foam dressing applied. Last BM yesterday.

Comfort kit delivered via {{FACILITY:Allied Hospice Pharmacy}}: morphine 20 mg/mL oral solution, lorazepam, haloperidol, atropine drops, bisacodyl supp.
Equipment: hospital bed, O2 continued via {{FACILITY:Keystone}} (concentrator {{DEVICE:KMS-5A-124471}}).

Psychosocial: Catholic; {{FACILITY:St. Monica's}} chaplain Fr. {{NAME:Anselm Nwosu}} visits. Daughter {{NAME:Colette}} primary contact {{PHONE:317-555-0188}}, {{EMAIL:cmarchetti.home@circlemail.net}}.

Plan: RN visits 2x/week, aide 3x/week, SW and chaplain within 5 days. Next RN visit {{DATE:Tues 5/30}}.

{{NAME:Dana Whitfield}}, RN, case manager`,
  `Record date: {{DATE:2068-03-14}}

{{FACILITY:TRMC Family Medicine - Caledonia}}
{{NAME:THIGPEN, OZELLA MAE}}   MRN {{MRN:TR0093381}}   DOB {{DATE:06/19/1990}}

Mrs. {{NAME:Thigpen}} is a 77 yo retired lunchroom manager ({{FACILITY:Hickory Grove Elementary}}, 29 years) who comes in with her granddaughter {{NAME:Keosha}} for diabetes, pressure and "fluid." Says her legs swell by supper and go down overnight. Sleeps on 3 pillows since {{DATE:January}}. Still sings in the choir at {{FACILITY:Mt. Pisgah Missionary Baptist Church}} but has to sit down after 2 songs.

Meds: glipizide 10 mg bid, metformin 500 mg bid, amlodipine 10 mg, HCTZ 25 mg, aspirin 81 mg. Fills at {{FACILITY:Pettus Pharmacy}}.

BP 162/88, P 78, wt 204 lb, BMI 36. JVP ~9 cm. Faint bibasilar crackles. 2+ pitting edema to knees. Feet: thick nails, no ulcers.

A1c 8.9. Cr 1.4, eGFR 38 (CKD 3b). BNP 412. ECG: NSR, LVH by voltage.

Assessment/plan:
1. Probable HFpEF - echo at {{FACILITY:TRMC}}; stop amlodipine (edema), start furosemide 20 mg, lisinopril 5 mg. Refer to Dr. {{NAME:Nwachukwu}}.
2. T2DM, hypoglycemia risk on glipizide at her age/GFR - cut glipizide to 5 mg daily, metformin 500 daily.
3. CKD 3b - BMP 1 week.
Return {{DATE:4/11}}. {{NAME:Keosha}} will bring the log.

{{NAME:Wade Cullum}}, MD   {{NAME:WC}}/{{NAME:jt}}`,
  `{{FACILITY:TOMBIGBEE HEART & VASCULAR}}
A department of {{FACILITY:Tombigbee Regional Medical Center}}
{{ADDRESS:2520 Fifth Street North}}, {{LOCATION:Columbus}}, MS {{ZIP:39705}}   Tel {{PHONE:(662) 555-0172}}

{{DATE:April 18, 2068}}

{{NAME:Wade Cullum}}, MD
{{FACILITY:TRMC Family Medicine - Caledonia}}

Re: {{NAME:Ozella M. Thigpen}}  DOB {{DATE:6/19/1990}}  MRN {{MRN:TR0093381}}

Dear {{NAME:Wade}}:

Thank you for referring Mrs. {{NAME:Thigpen}}, 77, for edema and dyspnea. Her echo here on {{DATE:4/3/68}} shows an LVEF of 60-65%, concentric LVH (septum 1.4 cm), grade II diastolic dysfunction, LA volume index 44 mL/m2, and RVSP 41. No significant valve disease. This is heart failure with preserved EF, hypertensive heart disease being the likely driver; I also want to exclude transthyretin amyloid given her LVH out of proportion, and have ordered a PYP scan.

Since starting furosemide she is down 7 lb and sleeping on 1 pillow. BP today 138/76.

Recommendations:
- Add empagliflozin 10 mg daily (HFpEF and CKD benefit); your call on the glipizide dose.
- Continue lisinopril 5 mg, furosemide 20 mg; 2 g sodium.
- Cardiac rehab at {{FACILITY:TRMC}} {{FACILITY:Wellness Pavilion}}; her granddaughter {{NAME:Keosha}} can bring her Tues/Thurs.

I will see her back in 3 months.

{{NAME:Felix Nwachukwu}}, MD, FACC`,
  `Record date: {{DATE:2068-08-22}}
Phone call - {{FACILITY:TRMC Family Medicine - Caledonia}}

Called by {{NAME:Keosha Thigpen}} (granddaughter/caregiver) at {{PHONE:662-555-0131}} about her grandmother {{NAME:Ozella Thigpen}} ({{MRN:TR0093381}}). Weight up from 195 to 201 lb since {{DATE:Sunday 8/17}}; ankles "tight as a drum." Had a fish fry at church Sunday and ham at a family reunion over in {{LOCATION:Macon}}. No chest pain. Breathing OK lying flat. Urinating less.

Also says {{NAME:Ozella}} got dizzy standing at the sink yesterday, sugar was 71 - she's been eating less in the heat.

Per Dr. {{NAME:Cullum}}: furosemide 40 mg daily x3 days then back to 20 mg; hold glipizide entirely; call if weight not down 3 lb by Monday. {{NAME:Keosha}} works 3-11 at {{FACILITY:Cedar Bend Nursing & Rehabilitation}} as a CNA; best time to call is before 2 pm.

Appointment moved up to {{DATE:8/28}} with {{NAME:Lorna Beasley}}, NP.

{{NAME:Tamika Rollins}}, RN`,
  `{{FACILITY:TOMBIGBEE REGIONAL MEDICAL CENTER}} - EMERGENCY DEPARTMENT
Date/time: {{DATE:01/05/2069 03:12}}
Patient: {{NAME:Ozella Mae Thigpen}}   MRN {{MRN:TR0093381}}   78F   Visit # {{ACCOUNT:V0690105-0044}}
Arrival: EMS; found by granddaughter on kitchen floor at 0200.

HPI: 78F with HFpEF, T2DM, CKD 3b. {{NAME:Keosha}} came home from evening shift and found her grandma on the floor, confused, sweaty. EMS glucose 38; D50 given, now 148 and answering questions. She says she got up to use the bathroom and "legs just gave out." Denies CP. Cousin had been giving her glipizide from an old bottle "because the sugar was high at church Sunday."

Exam: BP 108/64, HR 88, afebrile. GCS 15 now. Ecchymosis R hip, pain with log-roll, R leg not shortened. 1+ edema. No focal deficits; no Babinski.

Results: Cr 2.0 (baseline 1.5), K 5.3, BNP 520, troponin neg. CT head: no bleed. X-ray R hip/pelvis: no fracture. CK 910.

Impression: sulfonylurea-induced hypoglycemia; fall with prolonged down time, mild rhabdo; AKI on CKD.

Plan: D10 infusion, q1h glucose x 12 h (recurrence risk with glipizide), IVF cautiously. Admit to {{FACILITY:Magnolia 3}}, hospitalist Dr. {{NAME:Farrar}}.

{{NAME:Cletus Wofford}}, MD`,
  `{{FACILITY:TRMC}} DISCHARGE SUMMARY
Unit: {{FACILITY:Magnolia 3}} (medical)   Room 318-B
Patient: {{NAME:Thigpen, Ozella M.}}   MRN: {{MRN:TR0093381}}
Admit: {{DATE:1/5/2069}}   D/C: {{DATE:1/9/2069}}   LOS 4
Attending: {{NAME:Judson Farrar}}, MD   PCP: {{NAME:W. Cullum}}, MD

Diagnoses: 1. Hypoglycemia due to glipizide (E16.0, T38.3X5A). 2. Fall, R hip contusion. 3. AKI on CKD 3b (N17.9, N18.32). 4. Rhabdomyolysis, mild. 5. HFpEF, compensated.

Course: Needed D10 for 22 h; last glucose < 70 on {{DATE:1/6}} at 0400. Glipizide permanently discontinued and removed from home (granddaughter brought in all bottles). Cr 2.0 -> 1.5 with holding diuretic x 48 h, then resumed. CK normalized. PT/OT: walker, home with 24 h supervision this week.

Diabetes: A1c 7.6. Discharged on linagliptin 5 mg (renally safe, low hypo risk); metformin stopped at eGFR 29. Empagliflozin continued.

Discharge meds: linagliptin 5 mg, empagliflozin 10 mg, furosemide 20 mg, lisinopril 5 mg, aspirin 81 mg, acetaminophen prn.

Services: {{FACILITY:Prairie Home Health Services}} - RN, PT; start of care {{DATE:1/11/69}}.

Follow-up: {{NAME:Lorna Beasley}}, NP, {{DATE:1/15}}; Dr. {{NAME:Nwachukwu}} {{DATE:February 12, 2069}}.

Dict: {{NAME:J. Farrar}}  {{DATE:01/09/2069 11:05}}  {{NAME:JF}}/{{NAME:rms}}`,
  `{{FACILITY:PRAIRIE HOME HEALTH SERVICES}}
{{ADDRESS:411 Main St}}, {{LOCATION:Columbus}}, MS {{ZIP:39701}}   Office {{PHONE:662-555-0180}}
OASIS START OF CARE - SKILLED NURSING

Patient: {{NAME:Ozella Mae Thigpen}}   DOB {{DATE:06/19/1990}}   SOC {{DATE:01/11/2069}}
Address: {{ADDRESS:1874 Ridge Rd}}, {{LOCATION:Caledonia}}, MS {{ZIP:39740}}   Home {{PHONE:662-555-0133}}
Medicare {{HEALTH_PLAN:7FJ4-HN2-XC06}}   Medicaid (MS) {{HEALTH_PLAN:601447239}}
Referring: {{NAME:Judson Farrar}}, MD ({{FACILITY:TRMC}}); follow-up MD {{NAME:Wade Cullum}}

Living situation: single-wide on family land with granddaughter {{NAME:Keosha Thigpen}} (works evenings). Son {{NAME:Lamar}} in {{LOCATION:Memphis}} visits monthly. Gravel drive, 4 wooden steps with one rail - recommended 2nd rail (son to install).

Assessment: alert, oriented x3, mild short-term memory lapses (Mini-Cog 3/5). BP 132/70, HR 76, SpO2 95% RA, wt 193 lb. Trace edema. Glucometer: 112-168 since d/c. Walker in use. R hip bruising fading. Braden 19. Fall risk high (MAHC-10 = 6).

Med review: all glipizide gone (confirmed, 3 old bottles bagged for disposal). Pill organizer filled with {{NAME:Keosha}}.

Plan: SN 2w2, 1w3; PT 2w4. Teach HF zones, daily weights, hypoglycemia signs. Next SN visit {{DATE:Thu 1/15}}.

{{NAME:Regina Wooten}}, RN`,
  `CLINICAL PHARMACIST NOTE - {{FACILITY:TRMC Family Medicine - Caledonia}}
{{DATE:January 20, 2069}}
Pt: {{NAME:Ozella M. Thigpen}}, 78   MRN {{MRN:TR0093381}}
Pharmacy of record: {{FACILITY:Pettus Pharmacy}}, {{LOCATION:Columbus}} (pharmacist {{NAME:Hollis Pettus}}, {{PHONE:662-555-0146}})

Post-discharge med reconciliation (hosp {{DATE:1/5-1/9/69}}, sulfonylurea hypoglycemia). Spoke with pt and granddaughter {{NAME:Keosha}} by speaker phone; {{NAME:Regina Wooten}}, RN ({{FACILITY:Prairie Home Health}}) present in home, read bottles to me.

Current list confirmed:
- linagliptin 5 mg daily
- empagliflozin 10 mg daily
- furosemide 20 mg daily (40 mg if weight up 3 lb overnight / 5 lb in a week)
- lisinopril 5 mg daily
- aspirin 81 mg daily
- acetaminophen 500 mg prn (max 3 g/day)

Discrepancies found: (1) Rx for metformin 500 mg still on auto-refill at {{FACILITY:Pettus}} - cancelled. (2) Pt taking OTC "Goody's Powder" for back pain (aspirin/caffeine) - stopped, NSAID-like risk with CKD. (3) Old HCTZ bottle removed.

Fill history also showed glipizide from {{FACILITY:Dollar Mart Pharmacy}} in {{LOCATION:West Point}}, {{DATE:11/2068}}, prescriber unknown - profile flagged; pharmacy notified.

Adherence: blister packs starting {{DATE:2/1}}; delivery Fridays.

{{NAME:Adaeze Nnamdi}}, PharmD, BCACP`,
  `E-CONSULT REQUEST AND RESPONSE - NEPHROLOGY
Requesting: {{NAME:Wade Cullum}}, MD, {{FACILITY:TRMC Family Medicine - Caledonia}}   Sent {{DATE:05/06/2069}}
Consultant: {{NAME:Anjali Verma}}, MD, {{FACILITY:Golden Triangle Kidney Associates}}   Answered {{DATE:05/08/2069}}
Patient: {{NAME:Ozella Thigpen}}, 78F, MRN {{MRN:TR0093381}}

Question: 78 yo with HFpEF, T2DM, eGFR trending down (44 in 2067, 38 -> 29 over the past year). UACR 680. K 5.1 on lisinopril 5. Should I refer? Any med changes? She prefers not to drive to {{LOCATION:Tupelo}}.

Response: Thank you. Trend data {{DATE:3/2068}}-{{DATE:4/2069}} reviewed; her decline is ~7 mL/min/yr with albuminuria A3, likely diabetic and hypertensive, plus one AKI in {{DATE:January}}. Kidney failure risk equation (4-var) 2-yr 9%, 5-yr 28%.

Suggestions:
1. Continue empagliflozin (expect a small initial eGFR dip).
2. Add finerenone 10 mg when K < 5.0; recheck K 4 weeks. Patiromer if needed to keep lisinopril.
3. Avoid NSAIDs (noted the Goody's history).
4. Renal dosing: linagliptin fine.
5. Labs q3 months: BMP, CBC, phos, PTH, vit D.
6. Face-to-face referral when eGFR < 25 or for modality talk; I hold clinic at {{FACILITY:TRMC}} every other Wednesday, so no trip to {{LOCATION:Tupelo}} needed.

{{NAME:A. Verma}}, MD   {{EMAIL:averma@gtkidney.net}}`,
  `{{FACILITY:TRMC Foot & Ankle}} - DIABETIC FOOT EXAM / NAIL CARE
{{DATE:9/30/2069}}
{{NAME:Ozella Thigpen}}, 79 yo F, MRN {{MRN:TR0093381}}
Referred by {{NAME:Lorna Beasley}}, NP

CC: sore on L 2nd toe x 2 weeks, noticed by granddaughter {{NAME:Keosha}} while painting her toenails for a wedding at {{FACILITY:Mt. Pisgah}}.

Hx: T2DM x 25 yrs, CKD 4 (eGFR 27), HFpEF. No prior ulcers or amputations. Wears house shoes most of the day; new church shoes for the wedding ({{DATE:Sept 20}}).

Exam: DP 1+ bilat, PT not palpable L. ABI 0.78 L, 0.91 R. 10 g monofilament: 4/10 sites absent bilaterally. Hammertoes 2-4 bilat. L 2nd toe dorsal PIPJ: 0.6 x 0.5 cm superficial ulcer, granular base, no probe to bone, no cellulitis. Onychomycosis 1-5 bilateral. Charcot? No.

Assessment: neuropathic/ischemic ulcer L 2nd toe, Wagner 1, University of Texas 1A; PAD (mild-moderate).

Plan: debrided; silicone toe crest; post-op shoe; Medihoney dressing daily by {{NAME:Keosha}}. Arterial duplex at {{FACILITY:TRMC}} vascular lab. X-ray L foot. Diabetic shoes with inserts - order faxed to {{FACILITY:Golden Triangle Orthotics}} {{FAX:662-555-0161}}. Nails debrided x10 (CPT 11721). RTC 1 week, {{DATE:10/7}}.

{{NAME:Rusty Gandy}}, DPM`,
  `Record date: {{DATE:2070-02-26}}

{{FACILITY:TRMC Family Medicine - Caledonia}} - Medicare Annual Wellness Visit
{{NAME:Ozella Mae Thigpen}}   MRN {{MRN:TR0093381}}   79F

Accompanied by {{NAME:Keosha}} and son {{NAME:Lamar Thigpen}} (down from {{LOCATION:Memphis}}; drives for {{FACILITY:Delta Freightways}}). Toe ulcer healed {{DATE:11/2069}}. No falls since the 2069 hospitalization. Walker outdoors, cane indoors.

Screening: PHQ-2 = 1. MoCA 21/30 (lost points on recall, clock) - down from 24 last year. Hearing: whisper test failed L. Vision: cataracts, sees Dr. {{NAME:Boykin}} at {{FACILITY:Starkville Eye Associates}}.
ADLs: independent except bathing (needs standby). IADLs: {{NAME:Keosha}} handles meds, money, driving.
Advance directive: none - completed Mississippi advance health care directive today naming {{NAME:Lamar}} as agent, {{NAME:Keosha}} as alternate.

Chronic: HFpEF (wt 189, euvolemic), CKD 4 (eGFR 24, referred in person to Dr. {{NAME:Verma}}), T2DM (A1c 7.1 on linagliptin; goal < 8).

Plan: audiology referral; dementia labs (B12, TSH) and MCI discussion; home safety; flu and COVID vaccines given; Shingrix #2 due {{DATE:4/2070}}. Return 3 months or sooner.

{{NAME:Wade Cullum}}, MD`,
  `INTERFACILITY TRANSFER FORM
Sending: {{FACILITY:Tombigbee Regional Medical Center}} ED, {{LOCATION:Columbus}}, MS   Phone {{PHONE:662-555-0170}}
Receiving: {{FACILITY:Jackson Regional Heart Institute}}, CVICU   Accepting MD: {{NAME:Raymond Ekwueme}}, MD
Date/time of transfer: {{DATE:06/14/2070 17:30}}   Mode: ALS ground ({{FACILITY:Golden Triangle Ambulance}} unit 12)

Patient: {{NAME:Ozella Thigpen}}   DOB {{DATE:6/19/1990}}   MRN {{MRN:TR0093381}}   Age 79

Reason for transfer: NSTEMI (troponin I 0.9 -> 4.6), old RBBB, ongoing chest pressure on heparin and nitro; needs cath with renal-protective protocol and CT surgery backup not available at {{FACILITY:TRMC}}. Family ({{NAME:Lamar}}, {{NAME:Keosha}}) aware; {{NAME:Lamar Thigpen}} is health care agent, cell {{PHONE:901-555-0154}}.

Vitals at departure: BP 142/80, HR 92, SpO2 95% 2 L, pain 3/10.
Drips: heparin 12 u/kg/h, nitroglycerin 30 mcg/min. Aspirin 324 mg given 15:10; no P2Y12 load (per accepting).
Hx: HFpEF, CKD 4 (Cr 2.3), T2DM, mild cognitive impairment. Code: FULL.
Sent: copies of ECGs, labs, imaging disc, MAR, advance directive.

Sending MD: {{NAME:Cletus Wofford}}, MD   Report called to RN {{NAME:Bethany Cruz}} at 17:05.`,
  `{{FACILITY:TOMBIGBEE LUNG & SLEEP}}
{{ADDRESS:2600 Fifth Street North, Suite 3}}, {{LOCATION:Columbus}}, MS {{ZIP:39705}}
Phone {{PHONE:662-555-0175}}   Fax {{FAX:662-555-0176}}

{{DATE:October 5, 2009}}

{{NAME:Ainsley Rutledge}}, MD
{{FACILITY:Artesia Rural Health Clinic}}

RE: {{NAME:Royce D. Pickard}}   DOB {{DATE:11/02/1951}}   {{FACILITY:TRMC}} # {{MRN:TR0117264}}

Dear Dr. {{NAME:Rutledge}},

I saw Mr. {{NAME:Pickard}}, a 57-year-old millwright at {{FACILITY:Golden Triangle Lumber Co.}}, for dyspnea on exertion and chronic morning cough. He smoked 2 packs a day from age 16 until {{DATE:August}} of this year (about 80 pack-years) and has had sawdust exposure for 28 years. He gets winded walking from the parking lot to the planer mill and had two rounds of antibiotics last winter.

On exam he has a barrel chest, prolonged expiration and scattered wheezes. SpO2 94% at rest, 89% with ambulation. Spirometry today (report attached) shows severe obstruction, FEV1 44% predicted, with minimal bronchodilator response, and a reduced DLCO: COPD, GOLD 3.

I started tiotropium 18 mcg daily and fluticasone/salmeterol 250/50 bid, with albuterol as needed. Alpha-1 antitrypsin level sent. He should get pneumococcal and flu vaccines at your office. I have recommended pulmonary rehab at {{FACILITY:TRMC}}; he is worried about time off work. Congratulations to him on quitting - his wife {{NAME:Brenda}} deserves part of the credit.

Follow-up in 3 months with CT chest for a 7 mm RUL nodule seen on his {{DATE:9/14/09}} chest film.

Sincerely,
{{NAME:Mei-Ling Tran}}, MD, FCCP`,
  `PULMONARY FUNCTION LABORATORY - {{FACILITY:Tombigbee Regional Medical Center}}
Patient: {{NAME:PICKARD, ROYCE D}}   MRN: {{MRN:TR0117264}}   DOB: {{DATE:11-02-1951}}
Test date: {{DATE:10/05/2009 08:40}}   Order #: {{ID:PF09-22718}}
Age 57   Ht 70 in   Wt 198 lb   Race correction: none   Tech: {{NAME:D. Lusk}}, RRT
Referring: {{NAME:Mei-Ling Tran}}, MD

SPIROMETRY            Pre     %Pred   Post    %Pred   %Chg
FVC (L)               3.02    69      3.18    73      +5
FEV1 (L)              1.51    44      1.60    47      +6
FEV1/FVC (%)          50              50
FEF25-75 (L/s)        0.61    20      0.68    22

LUNG VOLUMES (pleth): TLC 118% pred, RV 176% pred, RV/TLC 55%.
DLCO (Hb corrected, Hb 15.8): 52% pred.

Quality: ATS/ERS acceptable, 3 reproducible efforts, grade A.

Interpretation: Severe obstructive ventilatory defect without significant bronchodilator response. Hyperinflation and air trapping. Moderately reduced diffusing capacity. Findings consistent with COPD with an emphysematous component. Compare with prior: none on file at {{FACILITY:TRMC}}; outside spirometry {{DATE:Feb 2007}} at {{FACILITY:Golden Triangle Lumber}} employee health showed FEV1 2.05 L.

Read by {{NAME:Mei-Ling Tran}}, MD   {{DATE:10/05/2009}}`,
  `{{FACILITY:TRMC}} RADIOLOGY
CT CHEST WITHOUT CONTRAST (CPT 71250)
Patient: {{NAME:Royce Pickard}}   MRN: {{MRN:TR0117264}}   Exam: {{DATE:01/11/2010 13:22}}   Accession: {{ID:CT100111-0093}}
Clinical: 7 mm RUL nodule on CXR; former smoker 80 pk-yr, quit {{DATE:8/2009}}.
Comparison: CXR {{DATE:9/14/2009}}.

Findings:
Lungs: Moderate centrilobular and paraseptal emphysema, upper-lobe predominant. RUL posterior segment 6 x 5 mm solid nodule (series 3, image 41), smooth margins. Tiny 3 mm LLL perifissural nodule, likely lymph node. No consolidation. Mild bronchial wall thickening.
Mediastinum: no adenopathy. Coronary artery calcification, moderate (LAD, RCA). Heart normal size.
Upper abdomen: 1.2 cm L adrenal nodule, -4 HU, consistent with adenoma.
Bones: old healed R 7th rib fracture. Mild thoracic spondylosis.

IMPRESSION:
1. 6 mm solid RUL nodule in a high-risk patient: follow-up CT in 6-12 months per Fleischner Society guidance (suggest {{DATE:July 2010}}).
2. Moderate emphysema.
3. Coronary calcification - clinical correlation.
4. L adrenal adenoma, no further workup.

Dictated: {{NAME:Harlan Odom}}, MD   Signed {{DATE:1/11/10 16:05}}
cc: {{NAME:Mei-Ling Tran}}, MD; {{NAME:Ainsley Rutledge}}, MD`,
  `{{FACILITY:TRMC}} ED PHYSICIAN RECORD
{{DATE:Fri 01/14/2011}}  arrival 06:05   Triage ESI 2
Pt: {{NAME:Royce Dwayne Pickard}}   59 M   MRN {{MRN:TR0117264}}   Acct {{ACCOUNT:A110114-7781}}
PCP: Dr. {{NAME:Rutledge}} ({{LOCATION:Artesia}})   Pulm: Dr. {{NAME:M. Tran}}

HPI: 59 y/o M with COPD GOLD 3, brought by wife {{NAME:Brenda}}, 4 days of worsening SOB, cough with green sputum, chills. Ran out of Advair last week (cost). Sleeping in recliner. No CP. Quit smoking 2009. Works at the lumber mill - has been off since Monday.

Exam: T 101.2, HR 118, RR 32, BP 150/90, SpO2 81% RA. Speaking 3-4 words. Accessory muscle use, diffuse wheeze, poor air movement. No leg edema. Alert, no asterixis.

ABG on 4 L: 7.29/64/68. WBC 15.2, BNP 180. CXR: hyperinflation, no infiltrate. ECG: sinus tach, RAD, P pulmonale.

Tx: continuous albuterol/ipratropium, methylpred 125 mg IV, azithro 500, BiPAP 14/6 FiO2 40%. Repeat ABG 1 h: 7.34/56/82; improved work of breathing.

Dx: AECOPD with acute hypercapnic respiratory failure.

Dispo: admit {{FACILITY:TRMC}} ICU on BiPAP; Dr. {{NAME:Farrar}} (hospitalist) accepted 07:50. {{NAME:Brenda}} at bedside, phone {{PHONE:662-555-0165}}.

{{NAME:Cletus Wofford}}, MD`,
  `HISTORY AND PHYSICAL - HOSPITALIST SERVICE
{{FACILITY:Tombigbee Regional Medical Center}}, ICU bed 6
Date: {{DATE:1/14/2011}}
Patient: {{NAME:Pickard, Royce D.}}   MRN {{MRN:TR0117264}}   DOB {{DATE:11/2/1951}}

CC: "can't get my breath"

HPI: see ED note by Dr. {{NAME:Wofford}}. 59M, COPD GOLD 3 (FEV1 44% {{DATE:10/2009}}), 2 exacerbations in 2010, now AECOPD with hypercapnia, on BiPAP. Off ICS/LABA x 1 week due to cost.

PMH: COPD; 6 mm RUL nodule, stable on CT {{DATE:7/2010}}; HTN; L adrenal adenoma; GERD.
PSH: R inguinal hernia repair 1998.
Social: millwright, {{FACILITY:Golden Triangle Lumber}} x 28 y. Ex-smoker 80 pk-yr. Rare beer. Married to {{NAME:Brenda}} (school bus driver, {{FACILITY:Bent Oak Attendance Center}}). One daughter, {{NAME:Crystal Hood}}, in {{LOCATION:Starkville}}.
FH: father emphysema, died 64; mother DM.
Meds: tiotropium, Advair 250/50 (not taking), albuterol, lisinopril 10.
Allergies: codeine (vomiting).

Exam: on BiPAP, RR 24, SpO2 93%. Wheeze throughout. Heart tachy, regular. Abd soft. No edema.

A/P: AECOPD with hypercapnic RF - BiPAP, wean as tolerated; nebs q4h; prednisone 40 mg x5 d; azithromycin x5 d; DVT ppx; SW consult re med cost (patient assistance program). Full code.

{{NAME:Judson Farrar}}, MD`,
  `DISCHARGE SUMMARY
{{FACILITY:TOMBIGBEE REGIONAL MEDICAL CENTER}}
PATIENT: {{NAME:PICKARD, ROYCE DWAYNE}}   MR#: {{MRN:TR0117264}}   ACCT#: {{ACCOUNT:A110114-7781}}
ADMITTED: {{DATE:01/14/2011}}   DISCHARGED: {{DATE:01/19/2011}}
ATTENDING: {{NAME:JUDSON FARRAR}}, M.D.

DISCHARGE DIAGNOSES: ACUTE EXACERBATION OF COPD WITH HYPERCAPNIC RESPIRATORY FAILURE. HYPERTENSION. STEROID-INDUCED HYPERGLYCEMIA.

HOSPITAL COURSE: THE PATIENT WAS ADMITTED TO THE ICU ON BIPAP, WEANED OFF WITHIN 30 HOURS AND TRANSFERRED TO {{FACILITY:MAGNOLIA 3}} ON {{DATE:1/15}}. SPUTUM GREW H. INFLUENZAE, BETA-LACTAMASE POSITIVE; AZITHROMYCIN COMPLETED. BLOOD SUGARS UP TO 260 ON STEROIDS, COVERED WITH SLIDING SCALE, A1C 5.9. AMBULATORY SATURATION 89% ON ROOM AIR AT DISCHARGE, 93% ON 2 L; HOME OXYGEN WITH EXERTION ARRANGED THROUGH {{FACILITY:MID-SOUTH HOME MEDICAL}}. SOCIAL WORK ({{NAME:PATSY GUNTER}}) ENROLLED HIM IN THE MANUFACTURER PATIENT ASSISTANCE PROGRAM FOR HIS INHALERS.

DISCHARGE MEDICATIONS: TIOTROPIUM 18 MCG DAILY, FLUTICASONE-SALMETEROL 250/50 BID, ALBUTEROL PRN, PREDNISONE 40 MG X 1 MORE DAY, LISINOPRIL 10 MG.

FOLLOW-UP: DR. {{NAME:MEI-LING TRAN}} ON {{DATE:1/31/2011}} AT 10:15; DR. {{NAME:RUTLEDGE}} IN 1 WEEK. PULMONARY REHAB REFERRAL. OFF WORK UNTIL CLEARED BY PULMONARY.

DD: {{DATE:01/19/2011}}  DT: {{DATE:01/20/2011}}  {{NAME:JF}}/{{NAME:KLB}}  JOB #{{ID:448120}}`,
  `TELEPHONE NOTE - {{FACILITY:Tombigbee Lung & Sleep}}
{{DATE:02/08/2011}} 11:20

{{NAME:Brenda Pickard}} (wife) called re: husband {{NAME:Royce Pickard}}, DOB {{DATE:11/2/51}}. He has been home since {{DATE:1/19}}. Doing "a whole lot better," using O2 2 L when walking around the yard. She has two questions:

1) His supervisor at {{FACILITY:Golden Triangle Lumber}}, Mr. {{NAME:Dewey Sanders}}, needs FMLA paperwork and a return-to-work date. Forms faxed to us this morning from their HR, fax {{FAX:662-555-0168}}.
2) Can the pulmonary rehab sessions be closer to home? Clarified: she means the new program at {{FACILITY:TRMC}} {{FACILITY:Wellness Pavilion}}, Mon/Wed/Fri at 7 am, before her bus route.

Advised: Dr. {{NAME:Tran}} will complete FMLA at his {{DATE:2/15}} visit; return to light duty likely {{DATE:3/1/2011}}, no sawdust exposure without a respirator. Rehab: yes, referral already in; {{NAME:Brenda}} to call {{PHONE:662-555-0178}} to schedule.

{{NAME:Shonda Tate}}, LPN`,
  `{{FACILITY:Tombigbee Lung & Sleep}}
A practice of {{FACILITY:Tombigbee Regional Medical Center}}

{{DATE:February 15, 2011}}

{{FACILITY:Golden Triangle Lumber Co.}}
Human Resources - attn. {{NAME:Vicki Lowery}}
{{ADDRESS:1190 Industrial Park Rd}}, {{LOCATION:Columbus}}, MS {{ZIP:39701}}
Fax {{FAX:662-555-0168}}

Re: {{NAME:Royce D. Pickard}}, employee # {{ID:GTL-04417}}

Ms. {{NAME:Lowery}},

Mr. {{NAME:Pickard}} was hospitalized at {{FACILITY:TRMC}} from {{DATE:January 14}} through {{DATE:January 19, 2011}} for a serious chronic lung condition and has been under my care since {{DATE:October 2009}}. The completed FMLA certification (WH-380-E) is enclosed.

He may return to work on {{DATE:Tuesday, March 1, 2011}} with these restrictions for at least 3 months:
- No work in the planer mill, saw line or other areas with airborne sawdust unless wearing a fitted N95 or powered air-purifying respirator.
- No lifting over 40 lb; no climbing above one story.
- Allow use of an inhaler as needed and attendance at pulmonary rehabilitation three mornings a week through {{DATE:April 29}} (start time may be 10 am on those days).
- Intermittent leave of up to 2 episodes per year, 3-5 days each, for flare-ups.

I have discussed this with Mr. {{NAME:Pickard}} and he agrees to release of this letter. Please call my nurse {{NAME:Shonda Tate}}, LPN, at {{PHONE:662-555-0175}} with questions.

Sincerely,
{{NAME:Mei-Ling Tran}}, MD   MS license {{LICENSE:21847}}`,
  `Record date: {{DATE:2012-06-19}}
{{FACILITY:Tombigbee Lung & Sleep}} - follow-up

{{NAME:Royce Pickard}}, 60 M, MRN {{MRN:TR0117264}}. Last seen {{DATE:12/20/11}}.

COPD GOLD 3, group D at last visit. Finished 24 sessions of rehab at {{FACILITY:Wellness Pavilion}} (graduated {{DATE:May 4}}); 6MWD improved 310 -> 402 m. Back at {{FACILITY:Golden Triangle Lumber}} in the tool crib, away from the saws. One exacerbation since (early {{DATE:November}}, treated by Dr. {{NAME:Rutledge}} with prednisone/doxy). No hospital stays since {{DATE:1/2011}}. Not smoking - 2 years 10 months now; {{NAME:Brenda}} quit too.

Current: tiotropium, fluticasone-salmeterol 250/50, albuterol ~2x/week; roflumilast 500 mcg added {{DATE:Dec 2011}}, mild diarrhea first 3 weeks only. O2 2 L with exertion - using rarely.

Exam: SpO2 93% RA, 90% after walk. Decreased BS, no wheeze. Wt 204 lb.
Spirometry: FEV1 1.58 L (46%), stable.
CT chest {{DATE:7/22/2011}}: RUL nodule 6 mm, unchanged x 18 months - Fleischner done.

Plan: continue regimen; recheck ambulatory O2 - may discontinue if > 88% on next visit; PCV23 up to date; flu in fall. Daughter {{NAME:Crystal}} expecting - he wants to be "around for a long time." RTC 6 months.

{{NAME:M. Tran}}, MD`,
  `Record date: {{DATE:2102-11-10}}
{{FACILITY:TRMC Diabetes Center - Starkville}}
ENDOCRINOLOGY - PRECONCEPTION VISIT

{{NAME:Tamsin Ebright}}   MRN {{MRN:TR0204457}}   DOB {{DATE:03/09/2079}}   23F

T1DM since age 9 (DKA at dx, {{FACILITY:Black Warrior Pediatric Hospital}}). Here with fiance {{NAME:Caleb Strickland}}; they marry in {{DATE:January}} and want to conceive soon after. She is in the LPN program at {{FACILITY:Oktibbeha Technical College}} and works weekends at {{FACILITY:Rail Yard Coffee Co.}}

Pump: Tandem t:slim X2 with Control-IQ, Dexcom G7. Last 14 d: TIR 61%, TBR 3%, mean 168, GMI 7.4%. A1c 7.6% today. 2 DKA admissions in the past (last {{DATE:4/2099}}, pump site failure).

Complications: no retinopathy on {{DATE:8/2102}} exam; UACR 12; TSH 2.1 (TPO Ab positive). BP 112/70, BMI 24.

Counseling: goal A1c < 6.5% before conception; risks of anomalies and miscarriage with hyperglycemia; need for dilated eye exam each trimester. Stopped lisinopril (on for "kidney protection" since 2100, UACR normal). Folic acid 1 mg daily. Not on levothyroxine; TSH normal, recheck in pregnancy.

Plan: Control-IQ sleep mode, lower carb ratio at breakfast 1:8 -> 1:7; virtual visits q4 weeks with CDCES {{NAME:Marla Jo Pruett}}. Refer to MFM Dr. {{NAME:Priya Nandakumar}} once pregnant.

{{NAME:Loretta Sumrall}}, MD`,
  `Record date: {{DATE:2103-04-14}}
{{FACILITY:TRMC Women's Clinic - Starkville}} - OB NEW PATIENT / MFM

{{NAME:Tamsin Ebright-Strickland}} (legal name updated after marriage {{DATE:1/21/2103}})   MRN {{MRN:TR0204457}}
24 yo G1P0 at 6w2d by LMP {{DATE:3/1/03}}, confirmed by US. EDD {{DATE:12/6/2103}}.
Address {{ADDRESS:402 Louisville St, Apt 6}}, {{LOCATION:Starkville}}, MS {{ZIP:39759}}   Cell {{PHONE:662-555-0119}}
Insurance: BCBS of Mississippi, ID {{HEALTH_PLAN:XKM882047131}}

Pregestational T1DM, on pump. A1c {{DATE:3/28}}: 6.4%. Husband {{NAME:Caleb}} (service tech at {{FACILITY:Bulldog Tire & Lube}}) present. Mother {{NAME:Dana Ebright}} lives in {{LOCATION:Tuscaloosa}} (AL), will come for delivery.

Hx: hypothyroid risk (TPO+), no HTN. No prior pregnancies. Pap {{DATE:6/2102}} NILM. 

Exam: BP 108/66. Uterus 6-wk size. TVUS: single IUP, CRL 4.1 mm, FHR 118.

Plan:
- Baseline 24-h urine protein, CMP, TSH/FT4, ECG (T1DM > 10 yr).
- Aspirin 81 mg from 12 wks (preeclampsia prevention).
- Dilated eye exam this trimester - {{FACILITY:Starkville Eye Associates}}.
- Pregnancy glucose targets: fasting 70-95, 1-h PP < 140; Control-IQ target adjusted; see Dr. {{NAME:Sumrall}} every 2 weeks.
- NT/first-trimester screen at 12 wks; detailed anatomy + fetal echo at 20-22 wks.
- Hypoglycemia: glucagon nasal powder Rx; {{NAME:Caleb}} taught.

{{NAME:Priya Nandakumar}}, MD, Maternal-Fetal Medicine`,
  `{{FACILITY:TRMC Diabetes Center - Starkville}} - DEVICE DOWNLOAD REVIEW (virtual)
{{DATE:06/09/2103}}   Pt: {{NAME:Tamsin Ebright-Strickland}}   MRN {{MRN:TR0204457}}   14w2d

Devices:
- Insulin pump: Tandem t:slim X2, serial {{DEVICE:1093357}}, firmware 7.8
- CGM: Dexcom G7, sensor serial {{DEVICE:7G3K-44WQ-2R}} (current, inserted {{DATE:6/2}}); receiver = phone
- Meter: Contour Next One (backup)

14-day report {{DATE:5/26-6/8}}: TIR (63-140) 58%, TBR < 63: 7% (mostly 02:00-05:00), TAR 35%. Mean 134. Total daily dose 38 u (basal 46%).

Observations: recurrent overnight lows around 3 am since nausea began; she has been skipping bedtime snack. Breakfast spikes to 220s 1 h post.

Changes (agreed with pt by video; {{NAME:Caleb}} present):
- Basal 00:00-04:00: 0.65 -> 0.55 u/h.
- Breakfast I:C 1:7 -> 1:6; pre-bolus 20 min.
- Sleep activity schedule on 22:00-06:30.
- Keep glucagon on nightstand.

Pump site failure plan reviewed (she had one last Tuesday): ketones > 0.6 -> injection by pen + new site, call.

Supplies: Tandem order # {{ID:TND-5520931}} shipped to home.

{{NAME:Marla Jo Pruett}}, RN, CDCES
Reviewed/agree: {{NAME:L. Sumrall}}, MD`,
  `AFTER-HOURS TELEPHONE NOTE - {{FACILITY:TRMC}} OB on-call
{{DATE:07/19/2103 23:46}}
Caller: {{NAME:Caleb Strickland}} (husband), {{PHONE:662-555-0122}}
Patient: {{NAME:Tamsin Ebright-Strickland}}, 24, G1 at 20w0d, T1DM on pump, MRN {{MRN:TR0204457}}

Vomiting x 6 since 6 pm, can't keep water down. CGM 250-290 for 5 hrs despite two correction boluses. Site changed at 9 pm, still high. Blood ketones 2.4 on home meter. Mild belly pain. Breathing "fast." No bleeding, no fluid leak. Felt baby flutter earlier today.

Assessment by phone: possible DKA in pregnancy (can occur at lower glucose). High risk.

Advice: come now to {{FACILITY:TRMC}} L&D triage ({{FACILITY:Hairston 2}}), not the {{LOCATION:Starkville}} clinic; do not drive herself - {{NAME:Caleb}} to drive, ~30 min. If confused, faint, or can't be roused, call 911. Give 10 u rapid-acting insulin by pen now (not pump) and bring pump, pen, meter, CGM phone.

Notified: Dr. {{NAME:Nandakumar}} (MFM, on call), L&D charge RN {{NAME:Felicia Moorehead}}, ED. Anticipate ICU/L&D co-management.

{{NAME:Olivia Hargett}}, RN, OB nurse line`,
  `ADMISSION H&P - OB HIGH-RISK
{{FACILITY:Tombigbee Regional Medical Center}}, {{FACILITY:Hairston 2}} L&D / step-down
Admit: {{DATE:07/20/2103 00:52}}
Patient: {{NAME:Ebright-Strickland, Tamsin}}   MRN {{MRN:TR0204457}}   Acct {{ACCOUNT:TRA-210307-1988}}
Attending: {{NAME:Priya Nandakumar}}, MD

HPI: 24 y/o G1P0 at 20w1d with pregestational T1DM (Control-IQ, pump serial {{DEVICE:1093357}}), presenting with 7 h of vomiting, hyperglycemia, ketonemia. Suspected pump occlusion; also possible viral GE (husband had diarrhea {{DATE:7/17}}).

Exam: T 37.6, HR 122, BP 102/58, RR 28 (Kussmaul), dry mucosa. Abdomen soft, mild diffuse tenderness, fundus at umbilicus. FHR 148 by Doppler.

Labs: glucose 312, pH 7.18, HCO3 9, AG 24, BHB 5.8, K 5.6, Cr 1.0, lactate 2.1. UA ketones 3+, no nitrite.

A/P:
1. DKA in pregnancy - pump removed; insulin infusion 0.1 u/kg/h; D5 when glucose < 200 (pregnancy protocol); LR 1 L/h x2; K replacement when < 5.2; BMP q2h; endocrine consult (Dr. {{NAME:Sumrall}}).
2. Fetal: continuous FHR not indicated at 20 wk; daily Doppler; growth/anatomy US on recovery.
3. Antiemetic: ondansetron.
4. Transition to SQ basal-bolus when AG closed x2, then pump restart with new site and supplies.

Husband {{NAME:Caleb}} and mother {{NAME:Dana Ebright}} (driving from {{LOCATION:Tuscaloosa}}) updated.

{{NAME:P. Nandakumar}}, MD   {{DATE:7/20/03 01:40}}`,
  `{{FACILITY:TRMC Diabetes Center - Starkville}}
{{ADDRESS:102 Hospital Rd, Building B}}, {{LOCATION:Starkville}}, MS {{ZIP:39759}}
Tel {{PHONE:662-555-0125}}   Fax {{FAX:662-555-0126}}

{{DATE:August 11, 2103}}

Office of Disability Services
{{FACILITY:Oktibbeha Technical College}}
Attn: {{NAME:Carla Benoit}}, Coordinator

RE: Accommodations for {{NAME:Tamsin Ebright-Strickland}}, student ID {{ID:OTC-0093218}}

Dear Ms. {{NAME:Benoit}},

{{NAME:Tamsin}} is my patient and has type 1 diabetes, which is a lifelong condition requiring an insulin pump, continuous glucose monitor and frequent self-care. She is also currently pregnant, with an expected due date in early {{DATE:December}}. She was hospitalized in {{DATE:July}} for a diabetes emergency.

For the fall 2103 semester, including her clinical rotations at {{FACILITY:Cedar Bend Nursing & Rehabilitation}} and {{FACILITY:TRMC}}, I recommend:
- Permission to keep her phone (CGM receiver), snacks and water with her in class, exams and clinical areas.
- Breaks to treat low or high glucose without penalty; an exam paused during a low may be resumed once glucose is > 100.
- Excused absences for prenatal and diabetes appointments (about weekly after 32 weeks).
- Seating near the exit; elevator access.
- Incomplete/extended deadlines around delivery and a 6-week postpartum period.

Please contact me with any questions.

{{NAME:Loretta Sumrall}}, MD, Endocrinology`,
  `MATERNAL-FETAL MEDICINE ULTRASOUND REPORT
{{FACILITY:TRMC Women's Clinic - Starkville}}   Exam date: {{DATE:09/28/2103}}
Patient: {{NAME:Tamsin Ebright-Strickland}}   DOB: {{DATE:03/09/79}}   MRN: {{MRN:TR0204457}}
GA by LMP/US: 30w1d (EDD {{DATE:12/6/2103}})   Exam: growth, BPP, fetal echo f/u (CPT 76816, 76819)
Sonographer: {{NAME:Jenna Kelley}}, RDMS   Referring: {{NAME:L. Sumrall}}, MD

Indication: pregestational T1DM, DKA at 20 wks.

Fetus: single, cephalic, FHR 142.
Biometry: BPD 78.1 mm, HC 285, AC 281 mm (>97th %ile), FL 57. EFW 1,802 g (88th %ile, Hadlock 4). AC/HC disproportion.
Amniotic fluid: AFI 24.6 cm (upper normal / mild polyhydramnios threshold 24).
Placenta: anterior, grade I, no previa.
Fetal heart: interventricular septum 5.2 mm (mildly thick); normal 4-chamber and outflow tracts (prior fetal echo {{DATE:8/14}} normal).
BPP: 8/8.

Impression: LGA trend with AC > 97th percentile and borderline polyhydramnios, consistent with maternal hyperglycemia; mild septal hypertrophy.
Recommendations: tighten postprandial targets (see Dr. {{NAME:Sumrall}}); weekly NST/AFI from 32 wks; growth q3-4 wks; delivery planning at 37-38 wks; discuss cesarean if EFW > 4,500 g.

{{NAME:Priya Nandakumar}}, MD`,
  `OPERATIVE / DELIVERY NOTE
{{FACILITY:Tombigbee Regional Medical Center}} - {{FACILITY:Hairston 2}} OR 2
Date: {{DATE:Thursday, November 15, 2103}}
Patient: {{NAME:Tamsin Ebright-Strickland}}, 24, G1P0 -> P1001, 37w0d   MRN {{MRN:TR0204457}}

Pre-op dx: pregestational T1DM, fetal macrosomia (EFW 4,610 g on {{DATE:11/12}}), polyhydramnios.
Procedure: primary low transverse cesarean delivery (CPT 59510).
Surgeon: {{NAME:Priya Nandakumar}}, MD   Assistant: {{NAME:Gordon Tisdale}}, MD
Anesthesia: spinal, {{NAME:Renee Falgout}}, CRNA
Insulin: pump in Control-IQ off, manual basal 0.4 u/h, IV glucose 1-h checks (glucose 88-112 intra-op).

Findings: viable male infant, vertex, delivered 08:17, weight 4,525 g, Apgars 6 and 8. Clear fluid, ~1,200 mL. Normal uterus, tubes, ovaries. Placenta to pathology.

Infant to {{FACILITY:TRMC}} Level II Nursery for glucose monitoring (first glucose 29 -> D10 bolus) and mild respiratory distress; neonatologist Dr. {{NAME:Abdul-Karim Haidari}}. Named {{NAME:Wyatt Lee Strickland}}.

QBL 840 mL. No complications. To PACU stable.

Postpartum insulin plan: basal reduced to 50% of pregnancy settings immediately; pump restarted with pre-pregnancy profile when eating (Dr. {{NAME:Sumrall}} aware). {{NAME:Caleb}} present in OR; {{NAME:Dana}} in waiting room.

{{NAME:P. Nandakumar}}, MD`,
  `PHONE NOTE - {{FACILITY:TRMC Diabetes Center - Starkville}}
{{DATE:11/30/2103}} 10:05
{{NAME:Tamsin Ebright-Strickland}}, MRN {{MRN:TR0204457}}, 15 days post C-section {{DATE:11/15}}; baby {{NAME:Wyatt}} home from the nursery since {{DATE:11/19}}.

Pt calling re: lows at night while breastfeeding - 3 readings 55-60 between 1 and 4 am this week; felt shaky while nursing. Daytime 110-180. Pump profile: switched from "Pregnancy 3rd tri" to "Pre-preg" on {{DATE:11/18}} per discharge. TDD now 24 u.

Plan (reviewed with Dr. {{NAME:Sumrall}}):
- Overnight basal 00:00-06:00 reduce 0.50 -> 0.40 u/h.
- Take 15 g carb snack before night feeds if glucose < 120.
- Lower CGM low alert to 80 overnight.
- Keep glucagon at bedside; {{NAME:Caleb}} or her mom {{NAME:Dana}} knows how to use.

Incision healing, OB post-op check with Dr. {{NAME:Nandakumar}} {{DATE:12/4}}. Asked about contraception while on pump - will discuss at that visit. Pump serial {{DEVICE:1093357}} warranty ends {{DATE:3/2104}}, replacement order started with {{FACILITY:Southern Diabetes Supply}}.

{{NAME:Marla Jo Pruett}}, RN, CDCES`,
  `Record date: {{DATE:2015-04-21}}
{{FACILITY:TRMC Urology - West Point}}

Patient: {{NAME:Vernon Lee Hatchett}}   MRN {{MRN:TR0038810}}   DOB {{DATE:01/23/1925}}   Age {{AGE:90}}

{{AGE:90}} yo retired cotton gin foreman ({{FACILITY:Clay County Gin Co.}}), WWII Navy veteran (USS destroyer, Pacific), here for yearly prostate cancer survivorship visit. Dx {{DATE:March 2004}}, Gleason 3+4=7, PSA 11.2, cT2a. Treated with EBRT 78 Gy + 6 mo ADT at {{FACILITY:TRMC Cancer Center}}, completed {{DATE:11/2004}}.

Interval: nocturia x2-3, weak stream, no hematuria since the radiation cystitis episode in 2011. No bone pain. Still drives to church and to the biscuit shop for coffee with "the boys" every morning. Widowed 2012 ({{NAME:Lorene}}). Son {{NAME:Darrell}} calls from {{LOCATION:Indianapolis}} Sundays.

PSA trend: nadir 0.3 (2007), 0.4 (2013), 0.5 (2014), 0.5 today.
UA: trace blood, no infection. PVR 88 mL by bladder scan.

A/P:
1. Prostate ca, NED. PSA stable below nadir + 2. At {{AGE:90}}, agreed to stop routine PSA; check only for symptoms.
2. LUTS/BPH - tamsulosin 0.4 mg qhs; watch orthostasis.
3. Cr 1.8 today (eGFR 33) - defer to PCP Dr. {{NAME:Kimbrough}}.
Discharged from urology survivorship; return prn.

{{NAME:Emmett Loftin}}, MD
cc: {{NAME:Sarah Beth Kimbrough}}, MD, {{FACILITY:West Point Family Practice}}`,
  `{{FACILITY:West Point Family Practice}} - office visit
{{DATE:10/13/2015}}   {{NAME:Hatchett, Vernon L.}}   {{AGE:90}} y/o M   Chart # {{MRN:WPF-11872}}   {{FACILITY:TRMC}} MRN {{MRN:TR0038810}}

CC: tired, "blood is low" per Dr. {{NAME:Loftin}}'s labs.

HPI: {{AGE:90}}-year-old man with CKD 3b, HTN, treated prostate cancer, BPH. More tired for 3 months; naps after lunch; DOE after one flight of stairs at {{FACILITY:First Baptist West Point}}. No melena, hematochezia, or hematuria. Eats well - neighbor Mrs. {{NAME:Ora Lee Beard}} brings supper most nights. Weight stable.

Meds: amlodipine 5, tamsulosin 0.4, aspirin 81, vitamin D.
Exam: BP 138/64, HR 72. Pale conjunctivae. No LAD or splenomegaly. Stool guaiac negative x1.

Labs today: Hgb 9.4 (11.8 in {{DATE:Feb}}), MCV 98, plt 132, WBC 3.6 (ANC 1.9), retic 1.1%, ferritin 210, TSAT 24%, B12 412, folate nl, Cr 1.9, eGFR 31.

Assessment: macrocytic anemia + mild leukopenia/thrombocytopenia - concerning for MDS rather than CKD alone.

Plan: hematology referral to Dr. {{NAME:Subramaniam}} at {{FACILITY:TRMC Cancer Center}}; smear reviewed by path; SPEP. Hold aspirin. Recheck 4 wks. Son {{NAME:Darrell Hatchett}} updated by phone ({{PHONE:317-555-0191}}) with pt's permission.

{{NAME:S. B. Kimbrough}}, MD`,
  `{{FACILITY:TRMC CANCER CENTER}} - HEMATOLOGY
{{DATE:February 3, 2016}}

{{NAME:Sarah Beth Kimbrough}}, MD
{{FACILITY:West Point Family Practice}}
{{ADDRESS:808 E. Main St}}, {{LOCATION:West Point}}, MS {{ZIP:39773}}

Re: {{NAME:Vernon L. Hatchett}}, DOB {{DATE:1/23/1925}}

Dear {{NAME:Sarah Beth}},

I saw Mr. {{NAME:Hatchett}} again today, with his son {{NAME:Darrell}} visiting from Indiana, to review his marrow biopsy of {{DATE:1/19/16}} ({{FACILITY:Southern Pathology Associates}} case {{ID:SP16-00871}}). It shows a hypercellular marrow for age with erythroid and megakaryocytic dysplasia, 3% blasts, and ring sideroblasts 18%; karyotype 46,XY,del(20q); SF3B1 mutation detected. Diagnosis: MDS with ring sideroblasts, IPSS-R very low-low risk (score 2.5).

At {{AGE:91}} (birthday last month), with Hgb 8.9 and fatigue limiting his walks, I offered erythropoiesis-stimulating therapy. Endogenous EPO is 86, so a response is likely. We started darbepoetin 300 mcg q3 weeks at our infusion room in {{LOCATION:Columbus}}; {{NAME:Darrell}} arranged rides through the {{FACILITY:First Baptist}} van ministry. If there is no response by 12 weeks, luspatercept would be the next option. Transfusion threshold Hgb < 7.5 or symptoms.

He does not want a second biopsy or anything "that puts me in the hospital," which is reasonable.

Best regards,
{{NAME:Rajesh Subramaniam}}, MD
{{PHONE:662-555-0173}}   {{EMAIL:rsubramaniam@trmc-ms.org}}`,
  `Record date: {{DATE:2016-09-12}}
PHONE NOTE - {{FACILITY:West Point Family Practice}}

Incoming call from {{NAME:Darrell Hatchett}}, son, in {{LOCATION:Indianapolis}} (cell {{PHONE:317-555-0191}}, work {{PHONE:317-555-0100}} x{{PHONE:4418}} - he is a respiratory therapist at {{FACILITY:Whitcomb University Medical Center}}). On HIPAA release dated {{DATE:10/13/15}}.

Concern: his father {{NAME:Vernon Hatchett}} ({{AGE:91}}) has had 2 near-falls this month, one in the bathroom at night, per neighbor {{NAME:Ora Lee}}. Also missed his darbepoetin shot {{DATE:9/6}} because the church van broke down. {{NAME:Darrell}} and wife {{NAME:Patrice}} are asking whether he should move to {{LOCATION:Indianapolis}} with them or into assisted living; Mr. {{NAME:Hatchett}} "won't hear of it."

Plan (per Dr. {{NAME:Kimbrough}}):
- Home safety eval and PT through {{FACILITY:Prairie Home Health Services}}; order faxed.
- Medical alert pendant - family to arrange.
- Reschedule ESA at {{FACILITY:TRMC Cancer Center}}; Hgb {{DATE:8/15}} was 10.6 on it.
- Stop tamsulosin at night if orthostatic; check at visit {{DATE:9/20}}.
- Family meeting by speakerphone at that visit; {{NAME:Darrell}} to call in at 2 pm.

{{NAME:Renita Mabry}}, LPN`,
  `{{FACILITY:TRMC}} EMERGENCY DEPARTMENT
{{DATE:03/04/2017 07:38}}
{{NAME:HATCHETT, VERNON LEE}}   DOB {{DATE:01/23/1925}}   Age {{AGE:92}}   MRN {{MRN:TR0038810}}   Acct {{ACCOUNT:E17030400231}}
Mode: EMS from home, {{ADDRESS:1412 Brame Ave}}, {{LOCATION:West Point}}

HPI: {{AGE:92}}M with MDS on ESA, CKD 3b, treated prostate ca, found by neighbor at 0630 on the floor next to bed, unable to get up; fell around 0300 going to the bathroom. Pendant was on the nightstand. L hip pain. Did not hit head per pt; no LOC. Last drink of water at bedtime.

Exam: T 36.1, HR 96, BP 112/60, SpO2 95%. Alert, oriented, hard of hearing. L leg shortened and externally rotated. DP pulses present. Small skin tear L forearm. No C-spine tenderness.

Labs: Hgb 9.8, WBC 3.1, plt 118, Cr 2.2, K 5.1, CK 1,440. ECG: sinus, first-degree AV block, RBBB (old). INR 1.0.
Imaging: L hip: displaced femoral neck fracture (Garden IV). CT head: atrophy, no acute bleed.

Impression: L femoral neck fracture after mechanical fall; mild rhabdo; prolonged down time.
Plan: fascia iliaca block (ropivacaine), IVF, tetanus, ortho consult Dr. {{NAME:Hal Tennyson}}; admit {{FACILITY:Magnolia 3}}. Son {{NAME:Darrell}} called at 0745 - flying from {{LOCATION:Indianapolis}} today.

{{NAME:Cletus Wofford}}, MD`,
  `DISCHARGE SUMMARY / TRANSFER TO SNF
{{FACILITY:Tombigbee Regional Medical Center}}   Unit {{FACILITY:Magnolia 3}}
{{NAME:Vernon Lee Hatchett}}   {{AGE:92}}M   MRN {{MRN:TR0038810}}   Medicare {{HEALTH_PLAN:4QA9-RM1-UE57}}
Admitted {{DATE:3/4/2017}}   Discharged {{DATE:3/9/2017}}
Attending: {{NAME:Judson Farrar}}, MD   Surgeon: {{NAME:Hal Tennyson}}, MD (orthopedics)

Diagnoses: L displaced femoral neck fracture s/p cemented hemiarthroplasty {{DATE:3/5/17}} (CPT 27125); postoperative delirium (resolved); acute blood loss anemia on MDS - transfused 1 u PRBC {{DATE:3/6}}; AKI on CKD 3b (Cr 2.4 -> 1.9).

Course: surgery under spinal; geriatrics co-management. Delirium POD1-2 (sundowning, pulled IV), managed with family presence - son {{NAME:Darrell}} and grandson {{NAME:Marcus Hatchett}} (student at {{FACILITY:Riverbend Baptist College}}) stayed nights. PT: WBAT, walker 40 ft min assist.

Discharge to: {{FACILITY:Cedar Bend Nursing & Rehabilitation}}, {{LOCATION:Columbus}}, for short-term rehab; report called to {{NAME:Latrice Ivy}}, CNA lead, and nurse {{NAME:Gail Prewitt}}, RN ({{PHONE:662-555-0186}}).

Meds: enoxaparin 30 mg daily x 28 d (renal dose), acetaminophen 650 q6h, oxycodone 2.5 mg q6h prn, senna, darbepoetin per hematology, amlodipine held.
Follow-up: Dr. {{NAME:Tennyson}} {{DATE:3/20}} staples out; Dr. {{NAME:Subramaniam}} {{DATE:4/3}}.
Code: DNR (confirmed with pt and son).

{{NAME:J. Farrar}}, MD`,
  `{{FACILITY:CEDAR BEND NURSING & REHABILITATION}} - PHYSICIAN PROGRESS NOTE
{{DATE:March 21, 2017}}
Resident: {{NAME:Vernon Hatchett}}, {{AGE:92}}   Room 14-A   Admit {{DATE:3/9/17}} from {{FACILITY:TRMC}}

S: Seen on rounds with {{NAME:Gail Prewitt}}, RN. Staples removed by Dr. {{NAME:Tennyson}}'s PA yesterday. Walking 120 ft with walker and CGA in therapy; wants to "go home before planting time." Eating 75%. One loose stool. Says the food is "better than mine." Sleeping well after stopping evening oxycodone.

O: BP 128/66, HR 78, afebrile. Incision L hip clean, dry, well approximated. Mild L thigh edema. Calf soft, Homan's not elicited. Alert, oriented x3; CAM negative.

Labs {{DATE:3/20}}: Hgb 9.6, plt 121, Cr 1.8, K 4.6.

A/P:
1. S/p L hemiarthroplasty - continue PT/OT 5x/week; enoxaparin through {{DATE:4/2}}.
2. MDS - darbepoetin due {{DATE:3/27}}; {{FACILITY:Cedar Bend}} van to {{FACILITY:TRMC Cancer Center}}.
3. Disposition: family meeting {{DATE:Friday 3/24}} with son {{NAME:Darrell}} (by phone from {{LOCATION:Indianapolis}}) and SW {{NAME:Trina Nabors}} - options: home with {{FACILITY:Prairie Home Health}} and a private sitter, versus long-term care here. Pt's stated goal is home on {{ADDRESS:Brame Avenue}}.

{{NAME:Ainsley Rutledge}}, MD, attending physician, {{FACILITY:Cedar Bend}}`,
  `Record date: {{DATE:2018-02-06}}
{{FACILITY:West Point Family Practice}}

{{NAME:Vernon L. Hatchett}}, {{AGE:93}} (birthday {{DATE:1/23}}), MRN {{MRN:TR0038810}}. Here with his sitter {{NAME:Lula Mae Cannon}} for a 6-month visit. Home since {{DATE:April 2017}} with a daytime sitter paid by son {{NAME:Darrell}} and home health PT that ended in {{DATE:June}}.

Doing well. No falls in 10 months; uses walker everywhere, pendant on. Still gets to {{FACILITY:First Baptist West Point}} twice a month. Appetite good. Hears better with new hearing aids from {{FACILITY:Golden Triangle Hearing}}.

Hgb 10.4 on darbepoetin q3 wk (Dr. {{NAME:Subramaniam}}), plt 110. Cr 1.9. BP 134/70 off amlodipine.

A/P:
1. MDS-RS, stable on ESA.
2. CKD 3b, stable.
3. S/p L hip hemiarthroplasty 2017 - healed.
4. Advance care planning: reviewed POLST (DNR, limited interventions). He wants to die at home, "in my own bed, like {{NAME:Lorene}}." Son {{NAME:Darrell Hatchett}} is health care surrogate; copy faxed to {{FACILITY:TRMC}} and {{FACILITY:Prairie Home Health Services}}.
5. Flu shot given today (late season).

RTC 3 months.

{{NAME:Sarah Beth Kimbrough}}, MD   {{NAME:SBK}}/{{NAME:lmc}}`,
  `Admission Date:  [**{{DATE:2097-3-14}}**]              Discharge Date:   [**{{DATE:2097-3-21}}**]

Date of Birth:  [**{{DATE:2018-8-2}}**]             Sex:   F

Service: MEDICINE

History of Present Illness:
78F w/ ESRD on HD MWF at [**{{FACILITY:Location (un) 2201 Eastside Dialysis}}**], DM2, CHF (EF 40%), Parkinson's disease, presenting from HD after SBP 70s and confusion. Per daughter [**{{NAME:First Name4 (NamePattern1) Bernice}}**] [**{{NAME:Last Name (NamePattern1) Kowalczyk}}**], pt had been eating poorly x1 week. In ED at [**{{FACILITY:Hospital1 WUMC}}**], lactate 3.4, WBC 17, temp 101.8, tunneled HD catheter site erythematous. Blood cx 2/2 MRSA.

Hospital Course:
# MRSA bacteremia from tunneled line: vancomycin dosed with HD. Line removed [**{{DATE:3-15}}**] by IR (Dr. [**{{NAME:Last Name (STitle) Mbeki}}**]); new line placed [**{{DATE:3-18}}**] after 48h negative cx. TTE no vegetation; TEE deferred per family.
# Parkinson's: carbidopa-levodopa continued, timed doses; no Babinski, baseline resting tremor.
# DM2: glargine 8u + ISS.

Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 6037}}**] nursing & rehab, [**{{LOCATION:Location (un) Beech Grove}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) Feldkamp}}**] (renal) [**{{DATE:2097-4-2}}**] 10:30; ID clinic [**{{PHONE:Telephone/Fax (1) 317-555-0116}}**] to arrange.

[**{{NAME:First Name11 (Name Pattern1) Gregor}}**] [**{{NAME:Last Name (NamePattern4) Stavros}}**] MD [**{{ID:MD Number(1) 88412}}**]
Completed by: [**{{DATE:2097-3-21}}**]`,
  `{{FACILITY:TRMC}} EMERGENCY DEPARTMENT - TRAUMA ACTIVATION (LEVEL 2)
{{DATE:Sat 06/08/2019 16:52}}
Pt: {{NAME:Dwight Earl Rasberry}}   DOB {{DATE:04/30/1971}}   48M   MRN {{MRN:TR0412296}}   Acct {{ACCOUNT:E19060800977}}

Mechanism: restrained driver of a log truck ({{FACILITY:Noxubee Timber Haulers}} tractor, MS plate {{VEHICLE:LTA 4417}}) vs. pickup at {{ADDRESS:Hwy 45 and Armstrong Rd}}, {{LOCATION:Brooksville}}; cab intrusion ~30 cm, prolonged extrication 25 min. Per Trooper {{NAME:J. Belk}}, other driver died at scene.

Primary survey: airway patent; breath sounds decreased L; BP 98/60, HR 124. Glasgow Coma Scale 14 (E4V4M6). 
PMH (wife {{NAME:Tonya}} by phone {{PHONE:662-555-0143}}): type 2 diabetes on metformin/glipizide, HTN, 1 ppd smoker, CDL holder.

Secondary: L chest wall tenderness with crepitus, seatbelt sign, abdomen soft, pelvis stable. R open tib-fib fracture, pulses intact. FAST negative; eFAST L pneumothorax.

Interventions: L 28 Fr chest tube - 350 mL blood; 1 u O-neg; TXA; cefazolin; tetanus. Glucose 286.
CT: L ribs 4-8 fx, small L hemopneumothorax, pulmonary contusion; no solid-organ injury; C-spine negative.

Dispo: ICU, trauma surgery Dr. {{NAME:Leland Moak}}; ortho Dr. {{NAME:Hal Tennyson}} for ex-fix tonight. Blood alcohol 0. DOT post-accident drug screen collected (chain of custody form {{ID:CCF 7781204}}).

{{NAME:Cletus Wofford}}, MD`,
  `{{MRN:311408527}} | {{FACILITY:BCH}} | {{ACCOUNT:60022184}} | | {{ID:1183570}} | {{DATE:2/11/2002 12:00:00 AM}} | CONGESTIVE HEART FAILURE | Signed | DIS |
ADMISSION DATE : {{DATE:02/11/2002}}  REPORT STATUS : SIGNED
DISCHARGE DATE : {{DATE:02/15/2002}}

PRINCIPAL DIAGNOSIS : CONGESTIVE HEART FAILURE EXACERBATION.
OTHER DIAGNOSES : DIABETES MELLITUS TYPE 2 , CHRONIC RENAL INSUFFICIENCY , ATRIAL FIBRILLATION .

HISTORY OF PRESENT ILLNESS : MR. {{NAME:ELDRIDGE}} IS A 71 YEAR OLD MAN , A RETIRED CATFISH FARMER FROM {{LOCATION:SHUQUALAK}} , WITH ISCHEMIC CARDIOMYOPATHY ( EF 25% BY ECHO AT {{FACILITY:TRMC}} {{DATE:10/01}} ) WHO PRESENTED TO {{FACILITY:BIGBEE COMMUNITY HOSPITAL}} WITH 5 DAYS OF INCREASING DYSPNEA AND 12 POUNDS OF WEIGHT GAIN AFTER A FAMILY FUNERAL IN {{LOCATION:MERIDIAN}} .

HOSPITAL COURSE : DIURESED WITH IV LASIX 80 MG BID WITH 4.1 KG NET LOSS . CREATININE ROSE FROM 1.9 TO 2.3 AND THEN STABILIZED . HEART RATE CONTROLLED ON COREG 6.25 BID . COUMADIN CONTINUED , INR 2.6 .

DISPOSITION : HOME WITH WIFE {{NAME:ODESSA}} . VISITING NURSE FROM {{FACILITY:NOXUBEE HOME CARE}} TO CHECK WEIGHT AND INR ON {{DATE:2/18}} .

FOLLOW UP : DR. {{NAME:WESTBROOK}} IN CARDIOLOGY CLINIC AT {{FACILITY:TRMC}} ON {{DATE:MARCH 4 , 2002}} ; PRIMARY DR. {{NAME:HUSKEY}} IN 1 WEEK .

DISCHARGE MEDICATIONS : LASIX 80 MG PO BID , DIGOXIN 0.125 MG QOD , COREG 6.25 MG BID , LISINOPRIL 5 MG QD , COUMADIN 5 MG QHS , GLYBURIDE 2.5 MG QD .

Dictated By : {{NAME:HUSKEY , THADDEUS}} , M.D. {{ID:TH47}}
Attending : {{NAME:WESTBROOK , CORINNA}} , M.D. {{ID:CW91}}  {{NAME:YC}}/{{NAME:dml}}
Batch : {{ID:4410}} Index No. {{ID:P1TS83881}} D : {{DATE:02/15/02}} T : {{DATE:02/17/02}}`,
  `Record date: {{DATE:2077-07-29}}

{{FACILITY:WUMC Occupational Health - Northwest}}
Employer: {{FACILITY:Ridgeline Castings, Inc.}} (foundry), {{ADDRESS:3900 W. Minnesota St}}, {{LOCATION:Indianapolis}}
Employee: {{NAME:Arturo Benavides-Lucero}}   Employee ID {{ID:RC-20714}}   DOB {{DATE:12/08/2033}}   Case # {{ID:OH77-03318}}

History: 43 yo core-room operator, 11 years with {{FACILITY:Ridgeline}}, sent by supervisor {{NAME:Dale Yoder}} after feeling dizzy and nauseated near the pour line at 1:40 pm today (heat index 104 F, second day of a heat wave). Drank 1 bottle of water since 0600 shift start. Type 1 diabetes since age 14 on MDI (glargine 22 u, aspart by carb ratio); glucose on his meter at 1:45 was 298.

Exam: T 38.0 oral, HR 108, BP 118/74 sitting -> 102/66 standing. Diaphoretic. Alert, oriented. No ataxia. Skin intact.
Point-of-care: glucose 276, urine ketones small, BMP pending (sent to {{FACILITY:Crossroads Reference Laboratory}}).

Assessment: heat exhaustion with dehydration; hyperglycemia with mild ketosis, likely from missed lunch bolus + dehydration. Not heat stroke.

Plan: cooled in clinic, 1 L NS IV, correction aspart 4 u; recheck glucose 188 at 3:30 pm. Off work rest of shift; return {{DATE:7/30}} with restrictions: no pour-line work while heat advisory is in effect, 15-min cooling breaks hourly, water/electrolytes at station. Endocrine follow-up with his own physician Dr. {{NAME:Naveen Kothari}} ({{FACILITY:Whitcomb Diabetes & Endocrine Center}}) this week. Wife {{NAME:Mireya}} picking him up.

{{NAME:Constance Hilbert}}, MD, MPH`,
  `{{FACILITY:NORTH HILLS HEART ASSOCIATES}}
{{ADDRESS:1217 Gloster Creek Drive}}, {{LOCATION:Tupelo}}, Mississippi {{ZIP:38801}}
Telephone {{PHONE:(601) 555-0127}}

{{DATE:September 22, 1997}}

{{NAME:Lucinda Farr}}, M.D.
Obstetrics and Gynecology
{{FACILITY:Pontotoc Women's Clinic}}
{{LOCATION:Pontotoc}}, MS {{ZIP:38863}}

RE: {{NAME:Kendra Shumpert}}   DOB: {{DATE:3-17-70}}   Our #: {{MRN:97-1442}}

Dear Dr. {{NAME:Farr}}:

Thank you for referring Mrs. {{NAME:Shumpert}}, a 27-year-old G3 P3 who delivered by repeat cesarean at {{FACILITY:Natchez Trace Memorial}} on {{DATE:August 28}} and presented two weeks later with orthopnea and edema. Her echocardiogram in our office on {{DATE:9/12/97}} showed a dilated left ventricle with global hypokinesis and an ejection fraction of about 30%, mild mitral regurgitation, and no thrombus. No prior hypertension or preeclampsia.

I believe this is peripartum cardiomyopathy. She has improved on furosemide 40 mg daily, enalapril 2.5 mg twice daily (she is bottle-feeding, so ACE inhibitor is acceptable), and digoxin 0.125 mg. She should avoid further pregnancies until we see how her ventricle recovers; I would strongly favor tubal ligation or another reliable method and have told her and her husband {{NAME:Marvin}} so.

She works as a sewing-machine operator at {{FACILITY:Lee County Upholstery}} and I have kept her off work through {{DATE:October 31}}. I will repeat the echocardiogram in {{DATE:December}} and see her monthly.

Sincerely,

{{NAME:Harold T. Gaskin}}, M.D., F.A.C.C.
{{NAME:HTG}}:{{NAME:bw}}
cc: {{NAME:Kendra Shumpert}}; {{FACILITY:Natchez Trace Memorial}} medical records`,
  `{{FACILITY:BIGBEE COMMUNITY HOSPITAL}} - {{LOCATION:ABERDEEN}}, MS
TRANSFER SUMMARY / PHYSICIAN-TO-PHYSICIAN
Date: {{DATE:12/03/1999}}   Time called: 2140

Patient: {{NAME:Lonnie Ray McCrary}}   Age 66   {{FACILITY:BCH}} # {{MRN:044187}}   SS# {{SSN:587-55-0192}}
Transferring MD: {{NAME:Otis Burkhalter}}, M.D.   Accepting: {{NAME:Judson Farrar}}, M.D., {{FACILITY:TRMC}}, via transfer center ({{PHONE:601-555-0171}})

66 yo white male, retired from {{FACILITY:Aberdeen Catfish Processors}}, heavy smoker (2 ppd x 50 yrs), known COPD on home O2 2 L from {{FACILITY:Monroe Medical Supply}}, admitted here {{DATE:11/30}} for bronchitis. Tonight at 1900 sudden R chest pain and severe SOB while straining. Sat 78% on 4 L, now 90% on NRB. Portable CXR: large R pneumothorax (~50%), bullous disease both apices. Needle decompression not required; BP 146/88, HR 118. We placed a 24 Fr R chest tube at 2015 with rush of air, lung partially re-expanded on repeat film, persistent large air leak.

Reason for transfer: secondary spontaneous pneumothorax with persistent air leak in bullous emphysema; needs thoracic surgery (VATS/pleurodesis) - not available here. Dr. {{NAME:Alford Mims}} (CT surgery, {{FACILITY:TRMC}}) aware.

Meds: theophylline 300 mg bid (level 14), Atrovent MDI, Proventil MDI, prednisone 20 mg, Rocephin 1 g day 4.
Allergy: PCN (hives).
Code: full. Wife {{NAME:Imogene}} riding with patient; home phone {{PHONE:601-555-0152}}, {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Prairie}}, MS.

Transport: {{FACILITY:Monroe County Ambulance}}, ALS, with chest tube to Pleur-evac at -20 cm.

{{NAME:O. Burkhalter}}, M.D.`,
  `{{FACILITY:Whitcomb University Medical Center}}
{{FACILITY:Adult Survivors of Childhood Cancer Clinic}}
{{ADDRESS:705 Whitcomb Circle, Suite 1600}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46202}}

{{DATE:May 19, 2008}}

{{NAME:Gerald Ostrowski}}, MD
{{FACILITY:Kokomo Family Physicians}}
{{LOCATION:Kokomo}}, IN

Re: {{NAME:Bethany Ann Lutz}}, DOB {{DATE:11/30/1979}}, {{FACILITY:WUMC}} # {{MRN:5520874}}

Dear Dr. {{NAME:Ostrowski}},

Ms. {{NAME:Lutz}} (28) was seen on {{DATE:5/15/08}} for her first adult long-term follow-up visit. She was treated at our pediatric center in 1994-95 for stage IIB nodular sclerosing Hodgkin lymphoma with 6 cycles of ABVD-like chemotherapy (doxorubicin cumulative 300 mg/m2, bleomycin) and 25.5 Gy mantle-field radiation. She works as a paralegal at {{FACILITY:Haynes & Culp LLP}} and is engaged to be married next summer.

Late-effect risks and our plan (COG Long-Term Follow-Up Guidelines v3.0):
1. Breast cancer (chest RT before 30): annual mammogram plus breast MRI starting now; first MRI {{DATE:June 12}} at {{FACILITY:WUMC}}.
2. Cardiomyopathy/valvular and coronary disease: echo today EF 54% (low normal), mild AR; repeat every 2 years, lipids and A1c yearly. Echo each trimester if pregnant.
3. Hypothyroidism: TSH 6.8 today - starting levothyroxine 50 mcg; repeat in 6 wks with you.
4. Pulmonary (bleomycin): PFTs normal except DLCO 74%; no smoking; inform anesthesia about high FiO2.

Her mother {{NAME:Renee Lutz}} asked about records from {{FACILITY:St. Casimir Hospital}} 1994; we have requested them.

Sincerely,
{{NAME:Alicia Montgomery-Vance}}, MD   {{PHONE:317-555-0137}}`,
];

export const HELDOUT_REALISTIC_17_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout17-${i + 1}`, n));
