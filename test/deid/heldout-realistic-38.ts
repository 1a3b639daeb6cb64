// A thirty-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns and cities are real
// places used only as LOCATION). Its flavour is ICU and inpatient documentation in the manner of
// MIMIC-III notes from a large academic medical center: discharge summaries (Admission Date /
// Discharge Date / Date of Birth / Sex / Service / Attending / Chief Complaint / History of Present
// Illness / Brief Hospital Course / Discharge Medications / Discharge Disposition / Facility /
// Discharge Instructions / Followup Instructions), nursing progress notes (neuro, CV, resp, GI/GU,
// skin, social, plan), radiology reports, ECG, echo and cath reports, respiratory therapy,
// social work, case management, nutrition, PT, event, transfer and death notes. About half of the
// notes use MIMIC-style [** **] placeholders (Hospital1, Last Name (un), First Name8 (NamePattern2),
// shifted dates such as 2145-7-12, Telephone/Fax (1), Location (un), Company, Hospital Ward Name,
// Numeric Identifier, Clip Number (Radiology), Age over 90 ...), annotated over their content and
// typed by what they stand for; the other half use plain-text invented names, hospitals, wards,
// dates and numbers. Variety comes from Title case, ALL CAPS and lower-case shorthand, copy-forward
// headers and sign-offs, dictation footers, tables of vent settings and labs, and many look-alike
// non-PHI (eponyms such as Foley, Swan-Ganz, Glasgow, Whipple, Apgar, Forrest, Shiley, Passy-Muir;
// drug names and doses; scores; lab values; device models; lot and NDC numbers; rooms and beds;
// years and weekdays alone; clock times; ages of 89 and under; states and countries; CPT/ICD codes).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (the [** and **] brackets
// stay outside), typed by what they stand for (Hospital1/Hospital3/Hospital/Hospital Unit Name/
// Hospital Ward Name/Company/Wardname are FACILITY, Location (un) and Location are LOCATION,
// Street Address and Apartment Address are ADDRESS, Telephone/Fax is PHONE or FAX by its label,
// Pager number is PHONE, Medical Record Number and a header's Unit No are MRN, Clip Number, Job
// Number and MD Number are ID, Age over 90 is AGE); because brackets stay outside, a clock time
// written after a placeholder date's closing brackets stays outside the span, while in plain text a
// time attached to a full date is part of it; a bare year inside brackets ([**2169**]) is a year
// alone and not PHI; a weekday written with a date is part of it; payers (Medicare, MassHealth,
// BCBS) and state agencies are not PHI, but member numbers are HEALTH_PLAN; employers, schools,
// libraries, shelters, lodging houses, VNAs, LTACHs, rehab and nursing homes, ambulance and
// flight services and pharmacies are FACILITY; billing account numbers are ACCOUNT; NPI, DEA and
// state RT/RN licences are LICENSE; plates are VEHICLE; ventilator, pump, pacemaker and ICD serials
// are DEVICE; accession, clip, job and order numbers are ID; short in-house pagers and extensions
// are PHONE (the digits only, "x" or "pgr" outside); lot, NDC and trial numbers and a lot's expiry
// date are not PHI; typist initials are NAME; a highway location where a crash happened is ADDRESS;
// cities (here or abroad) are LOCATION; ages of 89 and under, POD/HD numbers, rooms and beds are
// not PHI. Also: a placeholder's trailing space ([**Age over 90 **]) stays outside the span; a
// Location (un) placeholder standing for a town before "FD" is LOCATION; workers' comp claim
// numbers are ACCOUNT; waitlist, organ-bank referral, incident, police case, court docket and
// transfer-center case numbers are ID; ward names with a proper name (Bradstreet 8, Coolidge MICU)
// are FACILITY while bare unit names (MICU, CCU-6, SICU-11) are not.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9665 / 0.9746; pass-11 engine (789a1c5) 0.9751 / 0.9712; pass-12 final engine (978114a) 0.9786 / 0.9726;
// pass-13 engine of the day (02dd9e9) 0.9788 / 0.9723.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1
  `Admission Date:  [**{{DATE:2151-3-9}}**]       Discharge Date:   [**{{DATE:2151-3-17}}**]

Date of Birth:  [**{{DATE:2079-11-2}}**]       Sex:   F

Service: MEDICINE

Allergies:
Sulfa (Sulfonamide Antibiotics) / Codeine

Attending:[**{{NAME:First Name3 (LF) 1493}}**]
Chief Complaint:
fever, hypotension

History of Present Illness:
71 yo F w/ DM2, CKD III, recurrent UTIs sent from [**{{FACILITY:Hospital 1263}}**] Nursing Home in [**{{LOCATION:Location (un) 620}}**] w/ T 102.8, SBP 70s. Per daughter [**{{NAME:Name (NI) 4412}}**] more lethargic since [**{{DATE:3-7}}**]. In [**{{FACILITY:Hospital1 18}}**] ED got 4L NS, vanc/zosyn, levophed via R IJ; to MICU.

Brief Hospital Course:
# Urosepsis: UCx >100K E. coli, resistant to TMP/SMX. Off pressors HD#2. CTX -> cipro PO, last dose [**{{DATE:3-21}}**].
# ARF on CKD: Cr peak 2.9 (baseline 1.6), 1.7 at d/c.
# DM2: metformin held, glargine 12u qhs + ISS.

Discharge Medications:
1. Ciprofloxacin 250 mg PO Q12H x 4 days
2. Glargine 12 units SC qhs
3. Metoprolol tartrate 25 mg PO BID

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hospital 1263}}**] Nursing Home - [**{{LOCATION:Location (un) 620}}**]

Followup Instructions:
PCP Dr. [**{{NAME:Last Name (STitle) 2267}}**] in 1-2 wks [**{{PHONE:Telephone/Fax (1) 2263}}**]

[**{{NAME:First Name11 (Name Pattern1) 1494}}**] [**{{NAME:Last Name (NamePattern4) 1495}}**] MD [**{{ID:MD Number(1) 1496}}**]`,

  // 2
  `NURSING PROGRESS NOTE - {{FACILITY:Merrimack Valley Medical Center}} MICU 7 West, Bed 14   0700-1900
Pt: {{NAME:Okonkwo, Adaeze}}   MRN {{MRN:3381920}}   DOB {{DATE:04/22/1958}}   admit {{DATE:6/2}}
Neuro: A&Ox3 this am, MAE, follows commands. GCS 15. Pupils 3mm PERRL. c/o HA 4/10 -> tylenol 650 w/ relief.
CV: NSR 80s-90s, no ectopy. BP 102-128/58-70. K 3.4 repleted w/ 40 meq KCl PO. +pp all 4 ext, trace edema bilat LE.
Resp: 4L NC, sats 94-97%. LS coarse bases, dim RLL. Strong NP cough, mod thick tan sputum, sent for cx. CXR done, read pending.
GI/GU: abd soft NT/ND, +BS. Tol clears, adv to cardiac diet. Foley d/c'd 1000, voided 350cc at 1520.
Skin: stage II coccyx 2x1.5cm, mepilex applied. R forearm PIV infiltrated, removed, warm compress.
ID: Tmax 100.9 po. on zosyn/vanco, vanco trough due at 2130.
Social: husband {{NAME:Chukwuma}} at bedside most of day, updated by Dr. {{NAME:Feldstein}} re plan. Daughter {{NAME:Ifeoma}} called from {{LOCATION:Houston}}, can be reached at {{PHONE:713-555-0162}}. Pt is a retired teacher at {{FACILITY:Wrenfield Regional High School}}.
Plan: cont abx, f/u cx, ?call out to floor ({{FACILITY:Hadley 5}}) tomorrow if stable. PT consult.
--- {{NAME:J. Marchetti}} RN`,

  // 3
  `[**{{DATE:2148-6-3}}**] 5:12 AM
 CHEST (PORTABLE AP)                         Clip # [**{{ID:Clip Number (Radiology) 44817}}**]
 Pt: [**{{NAME:Known lastname 3348}}**], [**{{NAME:Known firstname 771}}**]     MR# [**{{MRN:Medical Record Number 60021}}**]
 Reason: eval ETT placement, ?infiltrate
 Admitting Diagnosis: PNEUMONIA;TELEMETRY
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  84 year old man with COPD, intubated overnight for hypercarbic resp failure
 REASON FOR THIS EXAMINATION:
  eval ETT placement, ?infiltrate
 ______________________________________________________________________________
                                 FINAL REPORT
 INDICATION: Intubation.

 COMPARISON: [**{{DATE:2148-5-29}}**] and [**{{DATE:2147-12-14}}**].

 PORTABLE SUPINE AP CHEST: ETT tip 4.2 cm above the carina. NG tube courses below the diaphragm, tip out of view. Left subclavian line tip in the low SVC. Lungs hyperexpanded. New patchy opacity in the left lower lobe, could be aspiration or pneumonia. Small left effusion. No pneumothorax. Cardiomediastinal silhouette stable.

 IMPRESSION:
 1. Lines and tubes in satisfactory position.
 2. New LLL opacity, aspiration vs pneumonia.
 Findings discussed with Dr. [**{{NAME:Last Name (STitle) 8812}}**] by telephone at 6:40 AM on [**{{DATE:6-3}}**].

      DR. [**{{NAME:First Name (STitle) 511}}**] [**{{NAME:Last Name (NamePattern4) 512}}**]
 Approved: [**{{DATE:2148-6-3}}**]`,

  // 4
  `ELECTROCARDIOGRAM REPORT
{{FACILITY:St. Columba Regional Hospital}} - Cardiology
Patient: {{NAME:TREMBLAY, ROLAND J.}}        MRN: {{MRN:00918842}}        Acct: {{ACCOUNT:5510032276}}
DOB: {{DATE:09/17/1931}} ({{AGE:92}} y)       Location: CCU-04
Acquired: {{DATE:11/02/2023 06:48}}     Ordering: {{NAME:Vasquez-Lund, Marisol}} MD
Device: MAC 5500 cart 3, IP {{IP:10.44.16.203}}

Vent rate 54 bpm   PR 232 ms   QRS 148 ms   QT/QTc 470/446 ms   P-R-T axes 41 -62 88

Sinus bradycardia with 1st degree AV block
Left bundle branch block
Left axis deviation
Abnormal ECG

Compared with tracing of {{DATE:10/29/2023}}: rate slower, PR now prolonged (was 198). LBBB unchanged.
Findings called to RN {{NAME:Dashiell Oyelowo}} at 0712.

Confirmed by: {{NAME:Haraldsen, Per}} MD (attending) on {{DATE:Thu 11/02/2023 09:15}}
Electronically signed. Reviewed by Cardiology Fellow pg {{PHONE:3-4417}}`,

  // 5
  `PATIENT/TEST INFORMATION:
Name: [**{{NAME:Known lastname 5012}}**],[**{{NAME:Known firstname 44}}**]   MRN: [**{{MRN:Medical Record Number 7712}}**]
Indication: Left ventricular function. Hypotension s/p NSTEMI.
Height: (in) 66
Weight (lb): 182
BSA (m2): 1.92 m2
BP (mm Hg): 96/58
HR (bpm): 102
Status: Inpatient
Date/Time: [**{{DATE:2162-1-15}}**] at 11:20
Test: Portable TTE (Complete)
Doppler: Full Doppler and color Doppler
Contrast: Definity
Technical Quality: Suboptimal

INTERPRETATION:
Findings:
LEFT ATRIUM: Mild LA enlargement.
LEFT VENTRICLE: Moderate regional LV systolic dysfunction. LVEF 30-35%.
RIGHT VENTRICLE: Normal chamber size and free wall motion.
AORTIC VALVE: Mildly thickened leaflets. No AS.
MITRAL VALVE: Moderate (2+) MR.
PERICARDIUM: Trivial/physiologic pericardial effusion.

Conclusions:
Severe hypokinesis/akinesis of the inferior and inferolateral walls. Moderate MR. Compared with the outside study from [**{{FACILITY:Hospital3 7301}}**] dated [**{{DATE:2160-8-2}}**] (images reviewed), LV function is now worse.

Results were personally discussed with Dr. [**{{NAME:Last Name (STitle) 2091}}**] of the [**{{FACILITY:Hospital Unit Name 42}}**] team at 12:05 on [**{{DATE:1-15}}**].

Electronically signed by [**{{NAME:First Name8 (NamePattern2) 1902}}**] [**{{NAME:Last Name (NamePattern1) 1903}}**], MD, Interpreting physician [**{{DATE:2162-1-15}}**] 13:02`,

  // 6
  `Respiratory Care Note   {{DATE:Thursday 08/14/2019 0340}}
{{FACILITY:Halvorsen University Hospital}} - SICU
Pt: {{NAME:Guerrero-Pike, Anselmo}}   MRN {{MRN:7730184}}   Bed SICU-11
Vent: Servo-i SN {{DEVICE:77412-K8}}  Mode CMV/AC  Vt 450  RR 16 (18 total)  PEEP 8  FiO2 50%
Pplat 24, PIP 31, Cdyn 38. ETT 7.5 @ 23 cm lip, cuff leak present.
BS: coarse bilat, dim L base. Suctioned x3 for mod amt thick yellow secretions.
ABG 0305: 7.36/44/82/24, sat 95%.
MDI: albuterol 6 puffs q4h via inline spacer, given.
RSBI at 0300 per protocol: 118, failed SBT criteria (RR 34). Back to full support. MD aware (Dr. {{NAME:Tamsin Achterberg}}, pgr {{PHONE:6612}}).
Plan: repeat SBT in am, HOB >30, VAP bundle cont. Wife ({{NAME:Lucía}}) asked about trach -> referred to team.
Equipment check: ambu bag at bedside, backup O2 tank #4 full.
{{NAME:B. Nakashima-Ruiz}}, RRT   lic {{LICENSE:RT-40821}}   ext {{PHONE:7-2290}}`,

  // 7
  `Name:  [**{{NAME:Known lastname 7720}}**],[**{{NAME:Known firstname 310}}**]            Unit No:   [**{{MRN:Numeric Identifier 44182}}**]

Admission Date:  [**{{DATE:2133-10-4}}**]              Discharge Date:   [**{{DATE:2133-10-11}}**]

Date of Birth:  [**{{DATE:2069-5-28}}**]             Sex:   M

Service: CARDIOTHORACIC

Attending:[**{{NAME:First Name3 (LF) 1112}}**]
Chief Complaint:
Exertional chest pressure

Major Surgical or Invasive Procedure:
[**{{DATE:2133-10-5}}**] CABG x4 (LIMA->LAD, SVG->OM1, SVG->PDA, SVG->D1)

History of Present Illness:
64M referred from [**{{FACILITY:Hospital3 4199}}**] after positive ETT; cath there showed 3VD w/ 90% LM.

Brief Hospital Course:
Taken to OR [**{{DATE:10-5}}**] by Dr. [**{{NAME:Last Name (STitle) 914}}**]. CPB 98 min, XC 77 min. To CSRU on neo/propofol. Extubated POD 0. CTs d/c POD#2, wires POD#4. Brief AFib POD#2, converted w/ amiodarone. To [**{{FACILITY:Hospital Ward Name 121}}**] 2. Cleared by PT for home.

Discharge Medications:
Amiodarone 400mg BID x1wk then 200 daily; ASA 325; Atorvastatin 80; Lasix 20 BID x7d; Metoprolol 50 BID; Percocet prn.

Discharge Disposition:
Home With Service

Facility:
[**{{FACILITY:Company 1519}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 914}}**] 4 wks [**{{PHONE:Telephone/Fax (1) 170}}**]
Cardiologist Dr. [**{{NAME:Last Name (STitle) 7047}}**] 2 wks`,

  // 8
  `TSICU NSG NOTE 1900-0700
58M s/p MVC (restrained driver, Ford F-150 plate {{VEHICLE:4RZ-2281}} per EMS/State Police) eastbound {{ADDRESS:Rt 2 near exit 41}} in {{LOCATION:Leominster}}, extricated ~45 min. Flown by {{FACILITY:Wachusett Air Medical}} to {{FACILITY:Ellery Memorial}} Level I trauma bay.
Injuries: L 4-9 rib fx w/ flail segment, L PTX s/p CT, grade III splenic lac (nonop), R femur fx s/p IMN {{DATE:1/11}}.
NEURO: GCS 14 (E4V4M6), intermittently confused, CIWA 8-12, ativan 1mg x2. Fentanyl gtt 75 mcg/h + epidural (acute pain svc, Dr {{NAME:Oduya}}) bupi/fent 8cc/h.
CV: ST 100-118, SBP 130s. Hct 27.1 -> 25.9, team aware, no tx per Dr. {{NAME:Brannigan}}.
RESP: 4L NC -> 50% face tent, sats 93-96. IS 500. L CT to -20 sx, serosang 60cc/shift, no air leak.
GI/GU: NPO after MN for ?OR. Foley 40-60cc/h.
SKIN: abrasions L flank/arm, bacitracin. R thigh dsg C/D/I.
SOCIAL: Wife {{NAME:Renate Kovalčík}} (HCP) {{PHONE:978-555-0139}} visited til 2200, tearful. Pt works as a lineman for {{FACILITY:Nashoba Valley Electric}}. SW ({{NAME:Priya Venkataraman}}) following.
PLAN: trend Hct, pulm toilet, cont CIWA.
-- {{NAME:Lorcan Brierley}} RN`,

  // 9
  `[**{{DATE:2173-2-19}}**] 11:47 PM
 CT HEAD W/O CONTRAST                                            Clip # [**{{ID:Clip Number (Radiology) 90214}}**]
 Reason: fall on coumadin, ?bleed
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  [**{{AGE:Age over 90}} **] year old woman on coumadin for afib s/p unwitnessed fall at [**{{FACILITY:Hospital3 2558}}**] assisted living, INR 3.4
 REASON FOR THIS EXAMINATION:
  eval for ICH
 ______________________________________________________________________________
                                 FINAL REPORT
 HISTORY: Fall on anticoagulation.

 TECHNIQUE: Axial images from skull base to vertex without contrast.

 COMPARISON: None. Outside CT from [**{{FACILITY:Hospital 882}}**] ([**{{DATE:2171-6-4}}**]) requested.

 FINDINGS: 8-mm left frontal subdural hematoma along the convexity without significant mass effect. No shift. Small amount of SAH in the left sylvian fissure. Periventricular white matter hypodensities c/w chronic small vessel ischemic disease. No fracture. Left frontal scalp hematoma.

 IMPRESSION: Acute L frontal SDH (8 mm) and small SAH, no shift. Wet read communicated to Dr. [**{{NAME:Last Name (STitle) 3320}}**] (ED) at 00:10 [**{{DATE:2-20}}**] by Dr. [**{{NAME:First Name4 (NamePattern1) 418}}**] [**{{NAME:Last Name (NamePattern1) 419}}**].

      DR. [**{{NAME:First Name (STitle) 77}}**] [**{{NAME:Last Name (NamePattern4) 78}}**]
 Approved: [**{{DATE:2173-2-20}}**]`,

  // 10
  `DISCHARGE SUMMARY
{{FACILITY:WYCLIFFE GENERAL HOSPITAL}}, {{ADDRESS:400 HARBOR VIEW DR}}, {{LOCATION:NEW BEDFORD}} MA {{ZIP:02740}}
PATIENT: {{NAME:DESROSIERS, MARIE-CLAUDE}}     MRN: {{MRN:W-2290417}}     DOB: {{DATE:01/30/1949}}
ADMIT: {{DATE:02/11/2022}}     DISCHARGE: {{DATE:02/15/2022}}     SERVICE: MEDICINE (GOLD TEAM)
ATTENDING: {{NAME:ABERNETHY-COLE, FRANCIS}} MD
PCP: DR. {{NAME:NILUFAR HASHEMI}}, {{FACILITY:ACUSHNET FAMILY MEDICINE}}, TEL {{PHONE:508-555-0118}} FAX {{FAX:508-555-0119}}

CHIEF COMPLAINT: MELENA X 3 DAYS, DIZZINESS.

HOSPITAL COURSE: 72 YO F ON ASPIRIN/NAPROXEN FOR OA, HGB 6.8 ON ARRIVAL (BASELINE 12). TRANSFUSED 3U PRBC. EGD {{DATE:02/12/2022}} (DR. {{NAME:OKAFOR-WINSLOW}}): 1.5 CM CLEAN-BASED DUODENAL BULB ULCER, FORREST III, NO INTERVENTION. H. PYLORI BX POSITIVE. STARTED PPI BID + CLARITHRO/AMOX. NAPROXEN STOPPED. HGB STABLE 9.1-9.4 X 48H.

DISCHARGE MEDS: PANTOPRAZOLE 40 MG BID X 8 WKS; CLARITHROMYCIN 500 MG BID X 14D; AMOXICILLIN 1 G BID X 14D; FERROUS SULFATE 325 MG DAILY. HOLD ASPIRIN UNTIL GI F/U.

DISPOSITION: HOME WITH DAUGHTER ({{NAME:SYLVIE DESROSIERS}}, {{PHONE:508-555-0147}}).

FOLLOW UP: GI CLINIC DR. {{NAME:OKAFOR-WINSLOW}} {{DATE:03/08/2022 10:30}}. CBC IN 1 WK AT PCP.

DICTATED BY: {{NAME:F. ABERNETHY-COLE}} MD  D: {{DATE:02/15/2022 16:02}}  T: {{DATE:02/16/2022 07:45}}  JOB {{ID:7719023}}  TR: {{NAME:KLM}}`,

  // 11
  `CCU NPN 7a-7p
S: "i feel much better today"
O:
Neuro: a+ox3, mae, pleasant & cooperative.
CV: HR 70s SR, no VEA. BP 110-130/60s. R fem cath site soft, no hematoma, +pp DP/PT. Heparin gtt off at 1100 per Dr [**{{NAME:Last Name (STitle) 1055}}**]. Integrilin completed 0400. CK 1640->1322, trending down.
Resp: LS clear, RA sats 96-98%.
GI: tol cardiac diet, +flatus, no BM. Seen by [**{{NAME:Doctor First Name 3345}}**] from nutrition, low Na/chol teaching.
GU: voiding qs, lasix 20 IV x1 w/ good response, neg 1.1L.
ID: afebrile.
Social: wife [**{{NAME:Name (NI) 1588}}**] and son [**{{NAME:Known firstname 233}}**] in to visit, questions answered. Pt is a bus driver for [**{{FACILITY:Company 4112}}**]; wife concerned re return to work & CDL. Lives in [**{{LOCATION:Location (un) 3844}}**] at [**{{ADDRESS:Street Address(1) 8071}}**]; contact # [**{{PHONE:Telephone/Fax (1) 8072}}**].
A: s/p PCI/stent x2 to RCA [**{{DATE:11-18}}**], stable.
P: transfer to [**{{FACILITY:Hospital Ward Name 1324}}**] 3 when bed avail, cardiac rehab referral, f/u w/ Dr. [**{{NAME:Last Name (STitle) 2112}}**] at [**{{FACILITY:Hospital1 18}}**] cardiology in 2 wks.`,

  // 12
  `NICU Nursing Progress Note   {{FACILITY:Lindqvist Children's Pavilion}}, Level III NICU, Pod C bed 7
Baby Boy "Twin A" {{NAME:Abernathy-Osei}}   MRN {{MRN:55018263}}   DOB {{DATE:03/02/2024 @ 0413}}   GA 31 2/7 wk, now DOL 9, CGA 32 4/7
Birth wt 1480 g, today 1510 g (+20).
RESP: RA since {{DATE:3/8}}, no A/B/D's this shift. Caffeine cit 5mg/kg daily.
CV: RRR, soft murmur, well perfused, CRT <3 sec. Echo {{DATE:3/4}} showed small PDA, no tx.
FEN/GI: EBM 22 kcal 30ml q3h via NGT, advancing 10ml/kg/d per NNP {{NAME:Ruth Eskildsen}}. Abd soft, girth 21.5 stable. Bili 7.2 on {{DATE:3/9}}, photo off.
ID: bld cx from {{DATE:3/2}} neg final.
DEV: temp stable in isolette 29.1 air. Nested, tolerates cares. Apgars 6/8 per delivery H&P.
SOCIAL: Mom {{NAME:Akosua Osei-Abernathy}} pumping, visited 1100-1500, kangaroo care 60 min. Dad {{NAME:Theo}} calls nightly (cell {{PHONE:401-555-0121}}). Family lives in {{LOCATION:Woonsocket}}, RI, 45 min away; lodging at {{FACILITY:Harbor Light Family Lodge}} discussed. Twin B (MRN {{MRN:55018264}}) in Pod C bed 8.
PLAN: cont feeding advance, hearing screen & ROP exam next wk (Dr. {{NAME:Pfeiffer}}).
{{NAME:M. Szczepańska}}, RN`,

  // 13
  `Social Work Note
Pt is a 46 yo man admitted to [**{{FACILITY:Hospital Unit Name 153}}**] [**{{DATE:4-2}}**] after EtOH withdrawal seizure. SW met w/ pt and his sister [**{{NAME:Name (NI) 7120}}**] [**{{NAME:Known lastname 6631}}**] at bedside per request of team (Dr. [**{{NAME:Last Name (STitle) 4482}}**]).
Psychosocial: Pt lives alone in an apartment at [**{{ADDRESS:Street Address(1) 9902}}**] in [**{{LOCATION:Location (un) 86}}**]. Divorced, 2 teenage children live w/ ex-wife in [**{{LOCATION:Location 1156}}**]. Worked as a line cook at [**{{FACILITY:Company 7731}}**] until 3 mos ago. Insurance: MassHealth (pt unsure if still active), member # [**{{HEALTH_PLAN:Numeric Identifier 5530}}**].
Substance: drinks ~1 pint vodka/day x 5 yrs, prior detox at [**{{FACILITY:Hospital 1771}}**] in [**2169**]. Denies other drugs. AUDIT score 31.
Assessment: Pt motivated, states "I can't keep doing this." Sister supportive, willing to drive him to program.
Plan:
1. Referred to [**{{FACILITY:Hospital 8021}}**] TSS bed; intake coordinator [**{{NAME:First Name8 (NamePattern2) 3391}}**] [**{{PHONE:Telephone/Fax (1) 3392}}**] to call back tomorrow.
2. MassHealth eligibility checked w/ financial counselor.
3. Provided AA/SMART meeting list.
[**{{NAME:First Name8 (NamePattern2) 2210}}**] [**{{NAME:Last Name (NamePattern1) 2211}}**], LICSW
pager [**{{PHONE:Pager number 4478}}**]`,

  // 14
  `RADIOLOGY REPORT
Exam: CT ABDOMEN/PELVIS W/ IV CONTRAST        Accession #: {{ID:RAD-22-0488173}}
Patient: {{NAME:Mbatha, Sipho}}    DOB: {{DATE:12/12/1966}}    MRN: {{MRN:20-77-4418}}
Exam date: {{DATE:7/22/2022 21:14}}     Ordering: {{NAME:Kristensen, Lidia}} (PA-C), Emergency Dept, {{FACILITY:Tolland County Medical Center}}
Clinical history: RLQ pain, WBC 15.2, ?appy
Technique: Axial CT from the diaphragm through the pubic symphysis after 100 mL Omnipaque 350. Coronal/sagittal reformats. DLP 612 mGy-cm.
Comparison: CT A/P {{DATE:03/09/2019}} (outside, {{FACILITY:Quinebaug Valley Hospital}}).
Findings:
Appendix dilated to 13 mm with wall thickening, periappendiceal fat stranding and an 8 mm appendicolith at the base. No abscess or free air. Trace free fluid in the pelvis.
Liver, GB, spleen, pancreas, adrenals unremarkable. Kidneys: 4 mm nonobstructing L lower pole stone. Bowel otherwise normal. No LAD. Osseous: L5 pars defects w/o listhesis.
IMPRESSION:
1. Acute appendicitis with appendicolith, no perforation or abscess.
2. Incidental nonobstructing L nephrolithiasis.
Discussed with PA {{NAME:Kristensen}} at 21:52 on {{DATE:7/22/2022}}, read back confirmed.
Dictated: {{NAME:Oluwaseun Bright}}, MD    Signed {{DATE:07/22/2022 22:03}}`,

  // 15
  `Admission Date:  [**{{DATE:2119-8-30}}**]     Discharge Date:  [**{{DATE:2119-9-6}}**]

Service: NEUROLOGY

Allergies: Penicillins

Attending:[**{{NAME:First Name3 (LF) 2878}}**]
Chief Complaint:
R sided weakness, aphasia

History of Present Illness:
The pt is a 78 yo R-handed woman w/ HTN, AFib (off coumadin since GIB in [**2117**]) who was last seen well at 7:15 am on [**{{DATE:8-30}}**] by her husband [**{{NAME:Known firstname 1190}}**]. Found by him at 8:40 unable to speak. EMS to [**{{FACILITY:Hospital 4620}}**], NIHSS 18, tPA at 9:52, then transferred by [**{{FACILITY:Company 2178}}**] ambulance to [**{{FACILITY:Hospital1 18}}**] for possible thrombectomy.

Brief Hospital Course:
CTA: L M1 occlusion. IA thrombectomy, TICI 2b. Post-proc NIHSS 9. MRI: L MCA infarct, no hemorrhagic conversion. Echo: LA dilated, no thrombus. Apixaban 5 BID started day 5 after discussion w/ Dr. [**{{NAME:Last Name (STitle) 5561}}**]. Speech: mod expressive aphasia. PT/OT -> acute rehab.

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Hospital 3011}}**] Rehab Hospital - [**{{LOCATION:Location (un) 2219}}**]

Followup Instructions:
Stroke clinic: Dr. [**{{NAME:First Name (STitle) 5561}}**] [**{{NAME:Last Name (NamePattern1) 5562}}**] [**{{DATE:2119-10-14}}**] 2:30pm, [**{{FACILITY:Hospital Ward Name 23}}**] Bldg 8th fl. Ph [**{{PHONE:Telephone/Fax (1) 2574}}**]`,

  // 16
  `SICU Nursing Note - {{FACILITY:Bradstreet 8}} SICU, Rm 812
Pt: {{NAME:Halloran, Teresa A.}}  (MRN {{MRN:0042-771-09}})  POD#6 s/p Whipple for pancreatic adenoCA (Dr. {{NAME:Ingeborg Salonen}})
Event: family meeting 1400 in {{FACILITY:Bradstreet 8}} conf rm w/ Dr. {{NAME:Salonen}}, palliative care NP {{NAME:Kwame Asante-Boateng}}, SW {{NAME:Deirdre Fahy}}, RN writer. Present: husband {{NAME:Declan Halloran}} (HCP), dtr {{NAME:Aoife Brennan-Halloran}} (flew in from {{LOCATION:Dublin}}, Ireland), son {{NAME:Cormac}} by phone from {{LOCATION:Chicago}}.
Discussed: anastomotic leak on CT {{DATE:10/3}}, new septic picture, need for IR drain. Family wishes full tx for now, but DNR/DNI agreed -> MOLST signed, copy in chart.
Neuro: lethargic, oriented x2. CAM neg.
CV: HR 110s ST, on norepi 0.06. MAP >65.
Resp: 3L NC 95%.
GI: JP #1 bilious ~210cc, JP #2 scant. TPN via R PICC at 75/h.
GU: Foley, UO 30-45/h.
Plan: IR drain in am (consent obtained from {{NAME:Declan}}, {{PHONE:617-555-0184}}), cont abx, palliative f/u Friday.
-- {{NAME:Wren Okabe-Lawson}}, RN`,

  // 17
  `Name: [**{{NAME:Known lastname 9904}}**], [**{{NAME:Known firstname 58}}**]  MRN: [**{{MRN:Medical Record Number 31107}}**]
Date/Time: [**{{DATE:2155-4-22}}**] at 10:05
Test: TEE (Complete)
Indication: Endocarditis. MSSA bacteremia x3 days. ?vegetation.
Sedation: midazolam 4 mg, fentanyl 100 mcg, by [**{{FACILITY:Hospital Unit Name 1}}**] RN [**{{NAME:First Name4 (NamePattern1) 612}}**]
BP: 118/64  HR: 94

FINDINGS:
LA: No spontaneous echo contrast or thrombus in the LAA.
RA/IAS: No ASD by 2D or color Doppler. Lipomatous hypertrophy of the interatrial septum.
LV: Normal wall thickness and cavity size. LVEF >55%.
AORTA: Simple atheroma in descending aorta.
MITRAL: 1.2 x 0.8 cm mobile echodensity on the atrial side of the posterior leaflet c/w vegetation. Mod-severe (3+) MR. No abscess.
AORTIC: Trileaflet, no vegetation.
TRICUSPID: Normal.

Conclusions:
Large mitral valve vegetation w/ 3+ MR. No perivalvular abscess. Compared to TTE on [**{{DATE:4-19}}**], vegetation now seen.
Discussed with the ID fellow Dr. [**{{NAME:Last Name (STitle) 7781}}**] and CT surgery ([**{{NAME:Doctor Last Name 3090}}**]) at 11:15 AM.

Interpret: [**{{NAME:First Name8 (NamePattern2) 4155}}**] [**{{NAME:Last Name (NamePattern1) 4156}}**], MD`,

  // 18
  `resp care note {{DATE:2/27/21 1015}}
pt {{NAME:tan, lucius}} (mrn {{MRN:661-02-7734}}) trach'd {{DATE:2/15}} (8.0 shiley cuffed), vent day 19.
weaning per protocol: placed on trach collar 40% @ 0800, tol well thus far, rr 20-24, hr 88, sats 95-97.
bs diminished bil bases, few rhonchi. sx'd x2 sm-mod thin white.
last ps trial {{DATE:2/26}} on 10/5 x 8 hrs.
passy-muir valve eval w/ SLP ({{NAME:anneliese dufresne}}) planned tuesday, cuff deflation tol'd 20 min today.
trach care done, site c/d/i, inner cannula changed. obturator + spare 7.0 at hob.
discussed w/ dr. {{NAME:ferreira-nkemelu}}: goal 24h tc then LTAC screening. case mgr ({{NAME:paloma iturbe}}) sending referral to {{FACILITY:Kingsbridge LTACH}} in {{LOCATION:Milford}}, their fax {{FAX:203-555-0176}}.
plan: tc as tol, back to ac 450x14/+5/40% overnight for rest if rr >30.
-- {{NAME:gustavo l'heureux}} rrt  x{{PHONE:4592}}`,

  // 19
  `Admission Date:  [**{{DATE:2190-12-28}}**]              Discharge Date:   [**{{DATE:2191-1-3}}**]

Date of Birth:  [**{{DATE:2098-4-1}}**]             Sex:   M

Service: MEDICINE

Allergies:
Patient recorded as having No Known Allergies to Drugs

Attending:[**{{NAME:First Name3 (LF) 613}}**]
Chief Complaint:
SOB

History of Present Illness:
[**{{AGE:Age over 90}} **] yo M w/ AS (valve area 0.7), dCHF, CKD, who lives w/ his son in [**{{LOCATION:Location (un) 1411}}**], p/w 3 days of worsening DOE, orthopnea, 8 lb wt gain. Ran out of lasix over the holiday.

Brief Hospital Course:
Diuresed w/ lasix 80 IV BID, net -6.2 L. Cr 1.9 -> 2.3, held ACEi. Cardiology (Dr. [**{{NAME:Last Name (STitle) 1211}}**]) discussed BAV/TAVR; pt and son [**{{NAME:Name (NI) 8803}}**] declined intervention, goals of care -> DNR/DNI, home w/ hospice if worsens. Seen by palliative care.

Discharge Medications:
1. Furosemide 60 mg PO BID
2. Metoprolol succinate 25 mg PO daily
3. Senna 8.6 mg PO BID prn

Discharge Disposition:
Home With Service
Facility:
[**{{FACILITY:Company 1519}}**]

Discharge Diagnosis:
Acute on chronic diastolic CHF; severe aortic stenosis

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 1211}}**] [**{{DATE:1-10}}**] at 1:00pm ([**{{PHONE:Telephone/Fax (1) 62}}**]).
Daily weights, call if gain > 3 lb.`,

  // 20
  `ICU Transfer Note (RN to RN)   {{DATE:Sat 09/09/2023 1630}}
From: {{FACILITY:Coolidge MICU}} bed 3   To: {{FACILITY:Ashby 6 North}}, rm 6114-B   Report given to {{NAME:Faustina Mensah-Larbi}} RN (x{{PHONE:61142}})
Pt: {{NAME:Vukovic, Dragana}}  71F   MRN {{MRN:8832197}}   Attending: Dr. {{NAME:Elspeth Carrow-Maki}}   Resident pager {{PHONE:555-0166}}
Dx: DKA (resolved), new dx T1DM? anti-GAD pending, c/b hypoK.
Code: FULL. Allergies: PCN (hives).
Neuro: A&Ox4, anxious re new insulin, no deficits.
CV: SR 70s, BP 120s/70s. Off insulin gtt 1200 after 2h overlap w/ lantus 18u SC.
Resp: RA.
GI: diabetic diet, eating 75%.
Lines: L FA 20g PIV (placed {{DATE:9/7}}), R AC 18g.
Labs: K 3.9 after 60 mEq, Mg 1.8, gluc 142-210.
Teaching: diabetes educator ({{NAME:Hyun-Joo Park}}, CDE) to see Mon; husband {{NAME:Branko}} to attend, cell {{PHONE:774-555-0103}}. Pt works at {{FACILITY:Fernwood Branch Library}}, wants letter for work.
Belongings: glasses, phone, wedding ring w/ pt.
Sent w/ lantus pen (NDC 0088-2219-05, lot 3KF902, exp 10/2025).
{{NAME:S. Abernathy-Quist}} RN`,

  // 21
  `Cardiology Report ECG Study Date of [**{{DATE:2139-5-14}}**]  6:41:22 AM

Sinus tachycardia, rate 112. Left atrial abnormality. Low limb lead voltage. Poor R wave progression, cannot exclude old anteroseptal MI. Diffuse non-specific ST-T wave flattening. Compared to the previous tracing of [**{{DATE:2139-5-12}}**] the rate is now sinus and T waves in V4-V6 are flatter. Clinical correlation is suggested.

Read by: [**{{NAME:Last Name (LF) 1920}}**],[**{{NAME:First Name3 (LF) 1921}}**]

  Intervals Axes
Rate PR QRS QT/QTc P QRS T
112 146 84 316/402 61 -8 44

Cardiology Report ECG Study Date of [**{{DATE:2139-5-12}}**]  11:58:03 PM

Atrial fibrillation with rapid ventricular response, rate 148. Non-specific ST depressions V4-V6, likely rate related. No previous tracing available for comparison. Outside ECG from [**{{FACILITY:Hospital 6037}}**] ([**{{DATE:2138-11-3}}**]) reported as NSR per [**{{FACILITY:Hospital1 18}}**] ED.

Read by: [**{{NAME:Last Name (LF) 2377}}**],[**{{NAME:First Name3 (LF) 2378}}**]

  Intervals Axes
Rate PR QRS QT/QTc P QRS T
148 0 80 268/420 0 12 71

Copies to: Dr. [**{{NAME:First Name4 (NamePattern1) 901}}**] [**{{NAME:Last Name (NamePattern1) 902}}**] (cardiology), fax [**{{FAX:Telephone/Fax (2) 9031}}**]`,

  // 22
  `ADMISSION DATE: {{DATE:05/19/2020}}        DISCHARGE DATE: {{DATE:05/27/2020}}
DATE OF BIRTH: {{DATE:08/03/1984}}         SEX: M
SERVICE: ACUTE CARE SURGERY (BLUE TEAM)
ATTENDING: {{NAME:RADOVAN PETRASEK}}, MD
NAME: {{NAME:KONATE-BERGERON, MOUSSA}}    MR #: {{MRN:4410-882-1}}    ACCT: {{ACCOUNT:900177342215}}
INSURANCE: TUFTS HEALTH PLAN ID {{HEALTH_PLAN:THP55192047-01}}

CHIEF COMPLAINT: EPIGASTRIC PAIN RADIATING TO BACK

HPI: 35 YO M W/ HX ETOH USE (1/5 DAILY), SEEN AT OUTSIDE ED ({{FACILITY:HAWTHORNE CROSSING HOSPITAL}}, {{LOCATION:ATTLEBORO}}) WITH LIPASE 4,210, TRANSFERRED HERE {{DATE:05/19}} FOR ICU CARE AFTER BECOMING HYPOXIC. CT: NECROTIZING PANCREATITIS, <30% NECROSIS. BISAP 3, RANSON 4.

HOSPITAL COURSE: ICU {{DATE:05/19-05/22}}: AGGRESSIVE LR, HFNC 40L/60%, NO INTUBATION. NJ FEEDS STARTED {{DATE:05/21}} (OSMOLITE 1.5 @ 55). CIWA, MAX SCORE 14. TO {{FACILITY:KEANE 4}} SURGICAL FLOOR {{DATE:05/22}}. LOW FAT PO {{DATE:05/25}}.

DISCHARGE MEDS: THIAMINE 100 MG DAILY, FOLATE 1 MG DAILY, OXYCODONE 5 MG Q6H PRN X 5D, CREON 24,000 U WITH MEALS.

DISPOSITION: HOME, STAYING WITH BROTHER ({{NAME:IBRAHIMA KONATE}}) AT {{ADDRESS:77 CANTERBURY ST, APT 3R}}, {{LOCATION:PAWTUCKET}} RI {{ZIP:02860}}.

FOLLOW UP: DR. {{NAME:PETRASEK}} ACS CLINIC {{DATE:06/10/2020}}; REPEAT CT 4-6 WKS. REFERRAL TO {{FACILITY:BLACKSTONE RECOVERY CTR}} {{PHONE:401-555-0130}}.`,

  // 23
  `[**{{DATE:2127-9-30}}**] 3:05 PM
 MR L SPINE W/ & W/O CONTRAST; MR T SPINE W/ & W/O CONTRAST     Clip # [**{{ID:Clip Number (Radiology) 71903}}**]
 Pt: [**{{NAME:Known lastname 2204}}**], [**{{NAME:Known firstname 1618}}**]   MR# [**{{MRN:Medical Record Number 88150}}**]
 Reason: r/o epidural abscess
 Contrast: MAGNEVIST Amt: 15
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  55 year old woman with IVDU, MRSA bacteremia, new back pain and LE weakness
 ______________________________________________________________________________
                                 FINAL REPORT
 COMPARISON: Lumbar spine radiographs [**{{DATE:2127-9-28}}**]. No prior MR.

 FINDINGS: Marrow edema and enhancement of the L3 and L4 vertebral bodies with destruction of the intervening disc, c/w discitis-osteomyelitis. Rim-enhancing ventral epidural collection from L2 to L4, up to 9 mm AP, moderately narrowing the thecal sac. Bilateral psoas phlegmon, L>R, no drainable abscess. Thoracic cord normal in signal. Conus terminates at L1.

 IMPRESSION:
 1. L3-4 discitis-osteomyelitis with ventral epidural abscess L2-L4.
 2. Bilateral psoas phlegmon.
 Dr. [**{{NAME:Last Name (STitle) 6610}}**] of spine surgery paged at [**{{PHONE:Pager number 1802}}**] and informed at 4:20 PM.

      DR. [**{{NAME:First Name (STitle) 3371}}**] [**{{NAME:Last Name (NamePattern4) 3372}}**]
 Approved: [**{{DATE:2127-9-30}}**]`,

  // 24
  `NUTRITION FOLLOW-UP   Inpatient Clinical Nutrition, {{FACILITY:Pemberton-Ames Hospital}}
Date: {{DATE:12-Jan-2024}}   Pt: {{NAME:Sørensen, Hedda K.}}   MRN {{MRN:PA00713388}}   Loc: {{FACILITY:Thorndike 10}} MICU bd 4
Dietitian: {{NAME:Chiamaka Eze-Whitlock}}, MS, RD, LDN  (pager {{PHONE:2-7719}}, {{EMAIL:ceze-whitlock@pemberton-ames.org}})
Dx: ARDS 2/2 influenza A, intubated {{DATE:1/6}}. Hx: anorexia nervosa (in recovery since 2015), osteoporosis.
Anthro: Ht 165 cm, admit wt 47.2 kg ({{DATE:1/6}}), today 45.9 kg. BMI 16.9. IBW 57 kg. UBW ~52 kg per sister {{NAME:Maren}}.
Current: Peptamen 1.5 @ 35 ml/h via OGT (goal 50). Propofol 12 ml/h = 317 kcal.
Labs {{DATE:1/12}}: K 3.1, Phos 1.6 (was 3.4), Mg 1.7. BG 98-140.
Est needs: 1,600-1,800 kcal (35-38 kcal/kg), 70-85 g protein.
Assessment: severe malnutrition in context of chronic illness (ASPEN/AND criteria). HIGH refeeding risk - phos falling.
Recs:
1. Hold advance, keep TF @ 35 until Phos >2.5; then adv 10 ml q8h to goal 50.
2. Thiamine 100 mg daily x 7d.
3. Phos/K/Mg q12h x 72h.
4. Involve Dr. {{NAME:Lisbeth Grønholt}} (outpt psychiatrist, {{LOCATION:Concord}}) once extubated.
Will f/u {{DATE:Tues 1/16}}.`,

  // 25
  `Admission Date:  [**{{DATE:2184-6-11}}**]              Discharge Date:   [**{{DATE:2184-6-14}}**]

Date of Birth:  [**{{DATE:2163-2-25}}**]             Sex:   F

Service: MEDICINE

Allergies: Latex

Attending:[**{{NAME:First Name3 (LF) 4711}}**]
Chief Complaint:
Intentional ingestion

History of Present Illness:
21 yo F student at [**{{FACILITY:University/College 3302}}**] w/ hx depression found by roommate [**{{NAME:First Name8 (NamePattern2) 6121}}**] in dorm w/ empty bottles of APAP and sertraline, ~20 hrs post-ingestion. Campus police to [**{{FACILITY:Hospital 1901}}**]: APAP 98, AST 2,310. Transferred to [**{{FACILITY:Hospital1 18}}**] MICU for NAC.

Brief Hospital Course:
# APAP toxicity: NAC extended until AST down-trending and INR <2 (peak INR 2.4 on [**{{DATE:6-12}}**]). Hepatology (Dr. [**{{NAME:Last Name (STitle) 1744}}**]) consulted; no transplant indication.
# SI: 1:1 sitter. Section 12 placed by psychiatry. Parents ([**{{NAME:Known lastname 8867}}**]) at bedside, came from [**{{LOCATION:Location (un) 5260}}**].

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Hospital 1103}}**] Hospital - [**{{FACILITY:Hospital Unit Name 4410}}**]

Discharge Diagnosis:
Acetaminophen overdose, major depressive disorder

Followup Instructions:
LFTs/INR at inpatient psych [**{{DATE:6-16}}**]; results to Dr. [**{{NAME:Last Name (STitle) 1744}}**], fax [**{{FAX:Telephone/Fax (1) 2422}}**]`,

  // 26
  `MICU Resident Progress Note - HD#4     {{DATE:Tue 04/16/2024 07:30}}
Pt: {{NAME:Kaczmarek, Zbigniew}}, 67M   MRN {{MRN:10448812}}   Attending: Dr. {{NAME:Ottoline Fairweather}}   Fellow: Dr. {{NAME:Sunil Ramaswamy}}
S: Overnight agitation, precedex restarted 0.4. Desat to 86% 0230 w/ mucus plug, resolved w/ suction by RT.
O: Tm 38.3  HR 96  BP 118/64  MAP 80 on levo 0.03  RR 22  SpO2 94% (AC 420/22/PEEP 12/FiO2 0.55)
I/O: 2.9 L / 1.6 L
Labs:      {{DATE:4/14}}    {{DATE:4/15}}    {{DATE:4/16}}
WBC        18.2    15.7    13.1
Hgb         9.8     9.1     8.7
Plt         142     118     101
Cr          2.1     1.8     1.6
Lactate     4.1     2.2     1.4
Micro: BAL {{DATE:4/13}} - Klebsiella pneumoniae (ESBL-neg), sens to CTX.
A/P: 67M w/ COPD, septic shock from Klebsiella PNA, ARDS.
1. Shock: improving, wean levo to off.
2. ARDS: P/F 150, ARDSnet, PEEP 12, no prone.
3. Abx: pip-tazo -> ceftriaxone 2g q24h, day 5/7.
4. Thrombocytopenia: HIT Ab sent, 4T score 3, hold SQH -> SCDs.
5. Dispo: wife {{NAME:Halina}} updated ({{PHONE:508-555-0172}}). FULL code. Son {{NAME:Piotr}} (RN at {{FACILITY:Hadwen Park Nursing Center}}) asks for call at 5 pm.
-- {{NAME:Imogen Treadwell-Sato}}, MD PGY-2, pgr {{PHONE:7-3381}}`,

  // 27
  `Case Management Note
Pt known to CM from prior admission [**{{DATE:2142-1-8}}**]. Met w/ pt & daughter [**{{NAME:Name (NI) 3031}}**] re: d/c plan. Pt lives w/ husband (pt is his caregiver, he has Parkinson's) in 2nd fl walk-up at [**{{ADDRESS:Street Address(1) 6655}}**], [**{{LOCATION:Location (un) 931}}**]. PT recs rehab; pt initially refused but now agreeable if husband can go to respite.
Insurance: Medicare A/B (# [**{{HEALTH_PLAN:Numeric Identifier 4471}}**]) + Medigap plan F.
Referrals faxed: [**{{FACILITY:Hospital 1319}}**] Rehab ([**{{LOCATION:Location (un) 55}}**]) - accepted, bed [**{{DATE:7-24}}**]; [**{{FACILITY:Hospital 7021}}**] Nursing & Rehab - pending.
Respite for husband at [**{{FACILITY:Company 3855}}**] Senior Living via Elder Services (contact [**{{NAME:First Name4 (NamePattern1) 4410}}**] [**{{NAME:Last Name (NamePattern1) 4411}}**], [**{{PHONE:Telephone/Fax (1) 4412}}**]).
PCP Dr. [**{{NAME:Last Name (STitle) 3080}}**] notified via fax [**{{FAX:Telephone/Fax (1) 3081}}**].
Transport: [**{{FACILITY:Company 44}}**] chair van requested for [**{{DATE:7-24}}**] 11am.
Team (Dr. [**{{NAME:Last Name (STitle) 9120}}**]) aware. CM will follow.
[**{{NAME:First Name8 (NamePattern2) 6030}}**] [**{{NAME:Last Name (NamePattern1) 6031}}**], RN, CM   pgr [**{{PHONE:Pager number 6032}}**]`,

  // 28
  `Discharge Summary
{{FACILITY:Northfield Deaconess Hospital}} - Cardiology Service
Name: {{NAME:Ferreira da Costa, Joaquim}}    DOB: {{DATE:2/2/1945}}    MRN: {{MRN:000673412}}    Adm: {{DATE:11/20/2021}}   D/C: {{DATE:11/26/2021}}
Attending: {{NAME:Margit Hollenbeck}}, MD    Dictated by: {{NAME:Nnamdi Eze}}, PA-C
Admission Dx: Acute on chronic HFrEF (EF 20%)
HPI: 76M NICM, ICD (Boston Scientific Dynagen, SN {{DEVICE:447188}}), CKD 3b, w/ 12 lb wt gain and NYHA IV sx after dietary indiscretion (family visit in {{LOCATION:Fall River}}).
Course: IV furosemide 120 mg BID then torsemide; net -9.4 L, wt 94.1 -> 85.8 kg. Cr peak 2.4, d/c 1.9. ICD interrogation {{DATE:11/22}} (rep {{NAME:Ilse Vandermeer}}): no therapies, 4% AT/AF burden. Resumed carvedilol, held sacubitril/valsartan for Cr, started dapagliflozin.
Discharge meds:
 torsemide 40 mg PO daily
 carvedilol 6.25 mg PO BID
 spironolactone 12.5 mg daily
 dapagliflozin 10 mg daily
 atorvastatin 40 mg qhs
Disposition: home w/ VNA ({{FACILITY:Seaview Home Care Partners}}, ph {{PHONE:508-555-0191}}); LATITUDE communicator SN {{DEVICE:88-301442}}.
Follow up: HF clinic Dr. {{NAME:Hollenbeck}} {{DATE:12/3/2021 9:40 am}}; BMP {{DATE:11/30}}.
cc: PCP Dr. {{NAME:Benedita Sousa}}, {{LOCATION:Swansea}}`,

  // 29
  `npn 7p-7a  [**{{FACILITY:Hospital Unit Name 13}}**]
neuro: sedated on propofol 30mcg/kg/min, opens eyes to voice, rass -1. perrla 2mm brisk. mae x4 weakly. cam-icu pos.
cv: afib 90-110s, converted to nsr 0300 on amio gtt 0.5. sbp 100-130. k 4.1, mg 2.2. heparin gtt @ 1050u/h, ptt 67 @0400 therapeutic.
resp: cmv 500x14/+8/40%, abg 7.41/38/104. sx q2-3h sm amt tan. lll rhonchi.
gi: og to lcs, tf (replete w/ fiber) @ goal 60cc/hr, residuals <50. bs+, no stool x3d, dulcolax pr given.
gu: foley draining clear yellow 40-80cc/hr.
skin: intact, turned q2h. heels on pillows.
social: pt's daughter [**{{NAME:Name (NI) 2471}}**] called x2 overnight, updated. she is hcp. lives in [**{{LOCATION:Location (un) 1121}}**], plans to visit in am w/ pt's brother [**{{NAME:Known firstname 901}}**]. contact [**{{PHONE:Telephone/Fax (1) 2472}}**] (cell) or work at [**{{FACILITY:Company 9022}}**] [**{{PHONE:Telephone/Fax (1) 2473}}**].
a: stable night, remains on vent.
p: ?sbt in am per dr. [**{{NAME:Last Name (STitle) 667}}**]. cont heparin, amio. f/u am labs. team to call pcp dr. [**{{NAME:Last Name (STitle) 3314}}**] at [**{{FACILITY:Hospital 1474}}**] re baseline mental status.
[**{{NAME:Initials (NamePattern4) 5055}}**] [**{{NAME:Last Name (NamePattern4) 5056}}**], rn`,

  // 30
  `ULTRASOUND ABDOMEN LIMITED (RUQ)   CPT 76705
Pt Name: {{NAME:GALLAGHER-OYELAKIN, ROSEMARY}}   MRN: {{MRN:3008177}}   DOB: {{DATE:06-18-1961}}   Sex: F
Exam Date/Time: {{DATE:10-09-2022 03:22}}   Accession: {{ID:US2210090044}}
Ordering: {{NAME:ABDELNOUR, KARIM}} MD (MICU)   CC: {{NAME:FROST-KALLIO, ELLEN}} MD
Site: {{FACILITY:Hartwell Medical Center}}, {{ADDRESS:1 Hartwell Plaza}}, {{LOCATION:Lewiston}} ME {{ZIP:04240}}
Indication: Rising bilirubin (T bili 4.8), fever, on TPN. R/O acalculous cholecystitis. ICD-10 R17, R50.9.
Sonographer: {{NAME:DEV}} ({{NAME:Devika Venugopal}})
Findings:
Liver: normal size, mildly coarsened echotexture. No focal lesion. Hepatopetal portal flow.
Gallbladder: distended (11 x 5 cm), wall thickening to 6 mm, layering sludge, pericholecystic fluid. Sonographic Murphy's sign cannot be assessed (pt sedated).
CBD: 4 mm. No intrahepatic ductal dilation.
R kidney: 11.2 cm, no hydronephrosis.
Impression:
Findings concerning for acalculous cholecystitis in the appropriate clinical setting. HIDA or perc chole per team.
Prelim called to Dr. {{NAME:Abdelnour}} 03:55 by resident {{NAME:Tomasz Wierzbicki}}, MD.
Final: {{NAME:Yolanda Marsh-Ibekwe}}, MD   {{DATE:10-09-2022 08:41}}`,

  // 31
  `Physical Therapy Evaluation
Pt: [**{{NAME:Known lastname 4020}}**], [**{{NAME:Known firstname 1777}}**]   [**{{FACILITY:Hospital Ward Name 516}}**] 4, bed B
Date: [**{{DATE:2166-10-2}}**]
HPI: 83 yo F admitted [**{{DATE:9-29}}**] w/ L hip fx after fall at home, s/p L hemiarthroplasty [**{{DATE:9-30}}**] (Dr. [**{{NAME:Last Name (STitle) 2210}}**]). WBAT LLE, posterior hip precautions.
PMH: OA, HTN, osteoporosis, mild dementia.
Social/Home: Lives alone in single-level condo at [**{{ADDRESS:Street Address(1) 4551}}**], [**{{LOCATION:Location (un) 3786}}**]; 3 STE w/ 1 rail. Daughter [**{{NAME:Name (NI) 4021}}**] lives nearby in [**{{LOCATION:Location (un) 7001}}**], checks in daily. Prior level: indep w/ cane, drove, volunteers at [**{{FACILITY:Company 6620}}**] library.
Exam: A&Ox2 (not date). Pain 5/10 L hip w/ mobility. LLE hip flex 2+/5 (pain limited), RLE 4/5.
Bed mobility: mod A x1. Sit<>stand: mod A x1 w/ RW. Gait: 10 ft w/ RW, min-mod A, step-to pattern, cues for precautions.
Balance: poor standing w/o UE support. Tinetti 8/28 - high fall risk.
Assessment: below baseline, would benefit from STR.
Plan: Rec rehab at d/c; daughter prefers [**{{FACILITY:Hospital 5501}}**] Rehab in [**{{LOCATION:Location (un) 7001}}**]. Will follow 5x/wk.
[**{{NAME:First Name8 (NamePattern2) 4501}}**] [**{{NAME:Last Name (NamePattern1) 4502}}**], PT, DPT   pgr [**{{PHONE:Pager number 4503}}**]`,

  // 32
  `Admission Date: {{DATE:8/3/2023}}      Discharge Date: {{DATE:8/12/2023}}
Date of Birth: {{DATE:1/19/1971}}      Sex: M
Service: TRANSPLANT HEPATOLOGY
Attending: {{NAME:Rosalind Achebe-Varga}}, MD
Chief Complaint: Confusion, abdominal distension
History of Present Illness:
52M w/ EtOH cirrhosis (MELD-Na 27), sober x 18 mo, referred by Dr. {{NAME:Thaddeus Oyelaran}} from {{LOCATION:Brockton}} with grade 3 HE and tense ascites. Wife {{NAME:Mireille}} found him confused the morning of {{DATE:8/2}}.
Brief Hospital Course:
# HE: lactulose to 3-4 BM/day + rifaximin; resolved by HD3. Precipitant: SBP (PMNs 870) -> CTX x5d then cipro ppx.
# Ascites: LVP x2 (6.1 L on {{DATE:8/4}}, 5.4 L on {{DATE:8/9}}) w/ albumin.
# Transplant eval: completed inpatient, presented at selection committee {{DATE:8/10}}, listed. Waitlist ID {{ID:WL-88120447}}.
Discharge Medications: lactulose 30 mL TID, rifaximin 550 mg BID, cipro 500 mg daily, spironolactone 100 mg, furosemide 40 mg.
Discharge Disposition: Home with wife, {{ADDRESS:18 Linden Terrace, Unit 2}}, {{LOCATION:Stoughton}} MA {{ZIP:02072}}.
Discharge Instructions: Carry phone at all times for organ offer; coordinator {{NAME:Gwendolyn Ashcroft-Bey}} RN {{PHONE:617-555-0158}} (24h line {{PHONE:617-555-0159}}). Sodium <2 g.
Followup Instructions: Liver clinic, Dr. {{NAME:Achebe-Varga}} {{DATE:8/22/2023 1:20 PM}}, {{FACILITY:Lowry 3 Transplant Center}}.`,

  // 33
  `NICU Nursing Note   Baby [**{{NAME:Known lastname 3300}}**]
#1 O: Infant remains in RA, RR 40-60s, no apnea or bradys this shift. Sats 93-99%. LS clear = bilat.
#2 FEN: Wt 2045g (+15). TF 150cc/kg/d of BM/SC 24 cal, PO/PG q4h, po'd 2 full feeds and partial x1. Abd soft, no loops, voiding & stooling, guaiac neg.
#3 Parenting: Mom [**{{NAME:Known firstname 4412}}**] in for 1200 cares, bathed and po fed infant, very comfortable w/ care. Dad [**{{NAME:First Name4 (NamePattern1) 3310}}**] plans to visit this weekend, works nights at [**{{FACILITY:Company 1104}}**]. Family lives in [**{{LOCATION:Location (un) 3515}}**]; home phone [**{{PHONE:Telephone/Fax (1) 3516}}**]. Discussed car seat test and CPR class scheduled [**{{DATE:11-3}}**].
#4 G&D: Temp stable in open crib. Alert & active w/ cares. Term CGA on [**{{DATE:11-21}}**].
#5 Sepsis: Off abx since [**{{DATE:10-19}}**].
#6 Bili: [**{{DATE:10-27}}**] 9.2/0.3, no phototx needed.
Plan: Advance po feeds, CST, hearing screen; PCP appt w/ Dr. [**{{NAME:Last Name (STitle) 4419}}**] at [**{{FACILITY:Hospital 3450}}**] Pediatrics, [**{{LOCATION:Location (un) 3515}}**]. Circ consent signed per mom.
Newborn screen sent [**{{DATE:10-14}}**], results pending, NICU lab liaison ph [**{{PHONE:Telephone/Fax (1) 3520}}**].`,

  // 34
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Ingersoll Heart Institute}} at {{FACILITY:Ames-Whitcomb Medical Center}}, Cath Lab 2
Patient: {{NAME:Nakagawa-Pryce, Lorraine}}   DOB {{DATE:10/05/1950}}   MRN {{MRN:AW-5571903}}   Procedure date: {{DATE:03/28/2023}}
Operators: {{NAME:Cornelius Ashdown-Baptiste}}, MD (attending); {{NAME:Farida Rahimi}}, MD (fellow)
Referring: Dr. {{NAME:Gideon Stroud}}, {{FACILITY:Winnisquam Heart Associates}}, {{LOCATION:Laconia}} NH, fax {{FAX:603-555-0127}}
Indication: NSTEMI, troponin peak 4.2, TIMI risk 4.
Access: R radial 6F (Barbeau B), 2500u heparin + verapamil.
Findings:
LM: normal.
LAD: 40% mid.
LCx: 95% prox OM1, culprit, TIMI 2 flow.
RCA: dominant, 30% diffuse.
LVEDP 22 mmHg.
Intervention: OM1 predilated 2.0 NC balloon, stented w/ Xience Skypoint 2.75 x 18 mm (lot 2204117A). Post-dil 3.0 NC @ 16 atm. 0% residual, TIMI 3.
Contrast: 110 mL Visipaque. Fluoro 9.8 min. Air kerma 612 mGy.
TR band applied 1410, 12 mL air. Complications: none.
Plan: DAPT ASA + ticagrelor 90 BID x12 mo, high-intensity statin, echo. Return to CCU-6 bed 4.
Report faxed to Dr. {{NAME:Stroud}}. Signed {{NAME:Cornelius Ashdown-Baptiste}}, MD  NPI {{LICENSE:1730218845}}  {{DATE:03/28/2023 15:02}}`,

  // 35
  `Admission Date:  [**{{DATE:2177-2-3}}**]     Discharge Date:   [**{{DATE:2177-2-9}}**]

Date of Birth:  [**{{DATE:2109-7-16}}**]     Sex:   M

Service: MEDICINE

Attending:[**{{NAME:First Name3 (LF) 3102}}**]
Chief Complaint:
Hematemesis

History of Present Illness:
67 yo M w/ HCV cirrhosis c/b varices (banded [**{{DATE:2176-11-20}}**] at [**{{FACILITY:Hospital3 2902}}**]), HCC outside Milan criteria, p/w large volume hematemesis at home. Intubated in [**{{FACILITY:Hospital1 18}}**] ED for airway protection.

Brief Hospital Course:
Emergent EGD: actively bleeding esophageal varix, banded x4. Rebled HD#2 -> Minnesota tube, then emergent TIPS by IR ([**{{DATE:2-5}}**]). Course c/b HE, AKI requiring CVVH, and VAP. Multiple family meetings w/ wife [**{{NAME:Name (NI) 3130}}**] and sons [**{{NAME:Known firstname 2260}}**] and [**{{NAME:Known firstname 2261}}**] led by Dr. [**{{NAME:Last Name (STitle) 4455}}**]. Given poor prognosis (MELD 41), family elected CMO on [**{{DATE:2-8}}**]. Extubated to comfort, expired at 04:52 on [**{{DATE:2177-2-9}}**] with family at bedside. Pronounced by Dr. [**{{NAME:First Name8 (NamePattern2) 3388}}**] [**{{NAME:Last Name (NamePattern1) 3389}}**]. Autopsy declined. NEOB notified (ref # [**{{ID:Numeric Identifier 3390}}**]). Not an ME case.

Discharge Disposition:
Expired

Discharge Diagnosis:
Variceal hemorrhage, HCV cirrhosis, hepatocellular carcinoma

Followup Instructions:
N/A`,

  // 36
  `EVENT NOTE - RN   {{DATE:06/30/2021}}   {{FACILITY:Greaves 11}} Step-Down, rm 1108
0210: Pt ({{NAME:Abernathy, Clement J.}}, MRN {{MRN:5519304}}, 88 yo) found unresponsive by PCT {{NAME:Yesenia Altagracia}} during vitals. No pulse. Code Blue called, CPR initiated.
0211: Code team arrived (leader Dr. {{NAME:Ravindra Kulkarni}}, ICU fellow). Pads on - PEA. Epi 1mg IV q3-5 min x3.
0218: ROSC after 3rd round. HR 118 ST, BP 84/50. Intubated by anesthesia (Dr. {{NAME:Malin Storbeck}}) 7.5 ETT 22 cm.
0230: Levophed started via new L fem CVL. ABG 7.09/61/70/18. Bicarb amp x1.
0245: To {{FACILITY:Whitcomb MICU}} bed 6, report to {{NAME:Anselm Ferreira}} RN.
Family: Daughter {{NAME:Philippa Abernathy-Strand}} (HCP) notified 0224 by Dr. {{NAME:Kulkarni}} at {{PHONE:413-555-0112}}; driving from {{LOCATION:Northampton}}. Son {{NAME:Rupert}} lives in {{LOCATION:Auckland}}, New Zealand - voicemail left.
Code sheet in chart. Incident report # {{ID:IR-21-06-4471}} filed per policy (unwitnessed arrest on tele; monitor alarms reviewed w/ biomed).
Documented by {{NAME:Caoimhe Ní Bhriain}}, RN`,

  // 37
  `[**{{DATE:2158-3-14}}**] 2:40 PM
 PICC LINE PLACEMENT SCH                  Clip # [**{{ID:Clip Number (Radiology) 50018}}**]
 Pt: [**{{NAME:Known lastname 7765}}**], [**{{NAME:Known firstname 230}}**]   MR# [**{{MRN:Medical Record Number 40912}}**]
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  61 year old man with diabetic foot osteomyelitis
 ______________________________________________________________________________
                                 FINAL REPORT
 The procedure was explained to the patient and his wife [**{{NAME:Name (NI) 5011}}**]. Written informed consent obtained. Radiologists: Drs. [**{{NAME:First Name (STitle) 5012}}**] and [**{{NAME:Last Name (NamePattern1) 5013}}**], the latter, attending radiologist, present and supervising.

 TECHNIQUE: Under sterile technique and local anesthesia, the right basilic vein was punctured under US guidance with a micropuncture set. A single lumen 5 French PICC, 44 cm, was placed via peel-away sheath, tip in the SVC under fluoroscopy. Catheter secured, flushed, sterile dressing applied.

 IMPRESSION: Uncomplicated US and fluoro guided single-lumen PICC via R basilic vein, tip in SVC. Line may be used. Pt to [**{{FACILITY:Hospital 2119}}**] Rehab in [**{{LOCATION:Location (un) 4417}}**] on [**{{DATE:3-15}}**]; home infusion by [**{{FACILITY:Company 7113}}**].

      DR. [**{{NAME:First Name (STitle) 5012}}**] [**{{NAME:Last Name (NamePattern4) 5014}}**]
 Approved: [**{{DATE:2158-3-14}}**]`,

  // 38
  `DISCHARGE SUMMARY - ORTHOPAEDIC TRAUMA
pt: {{NAME:Sandoval-Whitaker, Eulalia}}    dob {{DATE:7.14.1938}}    mrn {{MRN:6602914}}    adm {{DATE:2.3.2022}}    dc {{DATE:2.8.2022}}
attending: dr. {{NAME:h. van der Merwe}}     pcp: dr. {{NAME:alessandra bianchi-tao}} (fax {{FAX:413-555-0133}})
dx: L intertrochanteric hip fx (S72.142A) s/p CMN {{DATE:2/4}}
hx: 83F tripped over her cat at home ({{ADDRESS:44 Prospect Hill Rd}}, {{LOCATION:Amherst}}) on {{DATE:2/3}} ~0600, found by neighbor {{NAME:Odile}}.
course: OR {{DATE:2/4}} w/ dr {{NAME:van der merwe}} - TFNA 11x170, EBL 250. pod1 hgb 7.6 -> 1u prbc. mobilized w/ pt pod1 wbat. delirium pod2 (cam+), resolved w/ sleep hygiene, oxycodone -> tramadol. bowel regimen. lovenox 40 daily x 4 wks.
dispo: {{FACILITY:Coldbrook Manor Skilled Nursing}} ({{LOCATION:Belchertown}}), bed 212A. report called to RN {{NAME:Fern Lachapelle}} {{PHONE:413-555-0144}}.
f/u: fracture clinic 2 wks ({{DATE:2/18}}) staple removal & xr; call {{NAME:Tanisha}} at ortho scheduling x{{PHONE:4-6120}}.
dexa outpatient, consider zoledronic acid.
d: {{DATE:2.8.2022 1130}} t: {{DATE:2.9.2022 0214}} job {{ID:661029}}/{{NAME:ts}}`,

  // 39
  `Attending Addendum - MICU
I saw and examined the patient with Dr. [**{{NAME:Last Name (STitle) 8841}}**] (resident) and agree with the findings and plan as documented, with the following additions:
72 yo M w/ COPD (FEV1 0.9 L), chronic hypercarbia on 2L home O2, admitted from [**{{FACILITY:Hospital 1902}}**] Nursing Home on [**{{DATE:2140-5-5}}**] w/ AECOPD. Failed BiPAP overnight, intubated 0300.
Exam: sedated, RASS -2. Diffuse exp wheeze, prolonged exp phase. Auto-PEEP 9 on exp hold.
Vent changed: RR 14 -> 10, I:E 1:4, PEEP 5. Pplat 26.
Plan: methylpred 60 q8, nebs, azithro. Discussed w/ pulm consult Dr. [**{{NAME:First Name4 (NamePattern1) 2244}}**] [**{{NAME:Last Name (NamePattern1) 2245}}**]. Family ([**{{NAME:Name (NI) 902}}**] - niece, HCP; [**{{PHONE:Telephone/Fax (1) 903}}**]) updated by me at bedside. Goals previously documented in MOLST from his PCP Dr. [**{{NAME:Last Name (STitle) 2150}}**] ([**{{FACILITY:Hospital3 1810}}**]) dated [**{{DATE:2139-12-1}}**]: full code but no long-term trach.
Critical care time: 45 min excluding procedures.
[**{{NAME:First Name8 (NamePattern2) 1530}}**] [**{{NAME:Last Name (NamePattern1) 1531}}**], MD
on: [**{{DATE:2140-5-6}}**] 11:50`,

  // 40
  `NURSING ADMISSION ASSESSMENT - {{FACILITY:Stenhouse 9}} Medical ICU, {{FACILITY:Ridgemont University Hospital}}
Admitted {{DATE:11/14/2022 2135}} from ED via stretcher w/ RN & RT.
Name: {{NAME:Ozturk, Selin}} (pref name "{{NAME:Sel}}")   MRN {{MRN:7740032}}   Age 34   Pronouns she/her
Dx: status asthmaticus, intubated in ED.
Emergency contacts: 1) partner {{NAME:Jonah Whitlatch-Reyes}} {{PHONE:857-555-0115}}; 2) mother {{NAME:Ayşe Öztürk}} (lives in {{LOCATION:Izmir}}, Turkey; Turkish interpreter line used).
Home: {{ADDRESS:219 Beacon St, Apt 5F}}, {{LOCATION:Somerville}}, MA {{ZIP:02143}}. Grad student/TA at {{FACILITY:Kellerman College}}.
PCP: Dr. {{NAME:Bettina Holloway-Osei}}, {{FACILITY:Prospect Hill Family Health}}.
Insurance: Harvard Pilgrim, member ID {{HEALTH_PLAN:HP-44177901-00}}.
Allergies: NSAIDs (bronchospasm), shellfish.
Home meds: Symbicort 160/4.5 2 puffs BID, albuterol prn, montelukast 10.
Valuables: phone + wallet given to partner; glasses in bag.
Skin: intact, Braden 14.  Falls: Morse 45.
Code: Full. HCP form not on file - partner states pt wants him as HCP; SW notified.
Admitting RN: {{NAME:Dorothea Mwangi-Ekdahl}}, RN`,

  // 41
  `Respiratory Care:
Pt [**{{NAME:Known lastname 1401}}**], [**{{FACILITY:Hospital Unit Name 10}}**] bed 6, [**{{DATE:2113-5-4}}**]
Pt remains intubated/vented on A/C 500 x 16, PEEP 10, FiO2 .50. Changed to PSV 15/10 at 0930 per Dr. [**{{NAME:Last Name (STitle) 1120}}**], tolerated x 2 hrs, RR 28-32, Vt 380-420, then returned to A/C for fatigue. ABG on PSV: 7.33/52/78. BS coarse bilat, suctioned for mod amts thick yellow/tan. Sputum sent. MDIs: Atrovent/albuterol 8 puffs q4h. RSBI 102 this am. ETT 7.5, 24 @ lip, retaped to L side of mouth. Cuff pressure 26 cmH2O.
Ventilator: PB 840, asset/serial [**{{DEVICE:Serial Number 4410}}**], circuit changed [**{{DATE:5-2}}**].
Plan: cont vent support, retry SBT in am.
Pt's wife [**{{NAME:Name (NI) 3011}}**] asked about pt's home CPAP (ResMed S9, SN [**{{DEVICE:Serial Number 3324}}**], from [**{{FACILITY:Company 3322}}**], supplier ph [**{{PHONE:Telephone/Fax (1) 3323}}**]); told to bring mask for fit.
[**{{NAME:Initials (NamePattern4) 4020}}**] [**{{NAME:Last Name (NamePattern4) 4021}}**], RRT`,

  // 42
  `EXAM: CHEST, SINGLE AP PORTABLE VIEW
DATE: {{DATE:01/03/2020 05:47}}      ACC# {{ID:CR-20-000318}}      ORDER# {{ID:55190274}}
PATIENT: {{NAME:PELLETIER-NWOSU, GASTON}}    MRN {{MRN:0193388}}    LOC: {{FACILITY:FROTHINGHAM 6}} ICU BED 2
REFERRING: {{NAME:YUSUF ABDIRAHMAN}}, MD
HISTORY: 63 year old man s/p R thoracotomy / RLL lobectomy {{DATE:01/01/2020}}, chest tube.
COMPARISON: {{DATE:01/02/2020 05:30}}, {{DATE:01/01/2020 16:12}} (post-op), {{DATE:12/11/2019}} (pre-op, at {{FACILITY:Greenfield Diagnostic Imaging}}).
FINDINGS:
Postsurgical changes of right lower lobectomy. R apical chest tube in place. Small R apical pneumothorax (~1.2 cm), slightly larger than yesterday (0.8 cm). Subcutaneous emphysema along the R chest wall, increased. Mild R basilar atelectasis. L lung clear. ETT removed since prior. R IJ CVC tip at cavoatrial junction.
IMPRESSION:
1. Slightly enlarging small R apical PTX with increasing subcutaneous emphysema. Chest tube function should be assessed.
2. Otherwise expected post-op appearance.
Critical result communicated to Dr. {{NAME:Abdirahman}} by phone 06:20, {{DATE:01/03/2020}}, by Dr. {{NAME:Hélène Marchand-Odum}}.
PACS link: {{URL:https://pacs.frothinghamhealth.org/viewer?acc=CR-20-000318}}`,

  // 43
  `Name:  [**{{NAME:Known lastname 6140}}**],[**{{NAME:Known firstname 2901}}**] [**{{NAME:Initial (NamePattern1)}} **]   Unit No:  [**{{MRN:Numeric Identifier 6141}}**]

Admission Date:  [**{{DATE:2102-9-14}}**]     Discharge Date:  [**{{DATE:2102-9-19}}**]

Date of Birth:  [**{{DATE:2031-3-3}}**]     Sex:  M

Service:  MEDICINE

ADDENDUM:  Discharge was delayed one day awaiting colonoscopy. Colonoscopy on [**{{DATE:9-18}}**] by Dr. [**{{NAME:Last Name (STitle) 2380}}**]: sigmoid diverticulosis with stigmata of recent bleeding, clipped x2, and a 12 mm sessile ascending colon polyp removed by snare, path pending. Hct stable at 31.4.

DISCHARGE INSTRUCTIONS: Return to the ED or call Dr. [**{{NAME:Last Name (STitle) 2380}}**] at [**{{PHONE:Telephone/Fax (1) 2381}}**] for bright red blood per rectum or dizziness. No aspirin, ibuprofen or naproxen. Resume warfarin [**{{DATE:9-21}}**] at 5 mg daily; INR at [**{{FACILITY:Hospital3 1410}}**] anticoagulation clinic [**{{DATE:9-24}}**].

FOLLOW UP: Dr. [**{{NAME:First Name8 (NamePattern2) 1190}}**] [**{{NAME:Last Name (NamePattern1) 1191}}**] (PCP) [**{{DATE:2102-10-2}}**] at 10:15. GI clinic, [**{{FACILITY:Hospital Ward Name 23}}**] Building.

          [**{{NAME:First Name11 (Name Pattern1) 1399}}**] [**{{NAME:Last Name (NamePattern4) 1400}}**], M.D.  [**{{ID:MD Number(1) 1401}}**]

Dictated By:[**{{NAME:Last Name (NamePattern1) 6200}}**]
D:  [**{{DATE:2102-9-20}}**]  11:02
T:  [**{{DATE:2102-9-21}}**]  08:40
JOB#:  [**{{ID:Job Number 44711}}**]`,

  // 44
  `NEURO ICU NURSING PROGRESS NOTE  0700-1900   {{DATE:10/21/2023}}
PT: {{NAME:Mwale, Chisomo}}  32M  MRN {{MRN:88410273}}  BED: NICU-{{FACILITY:Tarbell 3}}, rm 14
DX: Traumatic SAH/SDH after fall from scaffolding at work ({{FACILITY:Quarry Hill Construction LLC}}, job site {{ADDRESS:210 Tremont Ave}}, {{LOCATION:Everett}}) {{DATE:10/19}}. EVD placed {{DATE:10/19}} by Dr. {{NAME:Ashworth-Nakamura}}.
NEURO: GCS 10T (E3 VT M6). Pupils 3 brisk bilat. Follows simple commands R side, L side weaker (3/5). EVD open at 10 cmH2O, draining 8-12 cc/h blood-tinged CSF. ICP 8-14. Keppra 1g BID.
CV: NSR 70-90s. SBP goal <160, nicardipine 2.5 mg/h.
RESP: CPAP 5/5 FiO2 30%, SBT passed, extubation planned after EVD clamp trial.
GI/GU: TF Jevity 1.2 @ 65 goal. Foley. Na 141 (goal 140-150 w/ 3% saline).
SKIN: scalp lac stapled, c/d/i. Braden 13.
SOCIAL: Pt from Malawi, here ~4 yrs. Partner {{NAME:Thandiwe Banda}} at bedside, speaks English/Chichewa. Workers' comp claim # {{ACCOUNT:WC-2023-118472}} opened by case mgr.
Plan: EVD clamp trial 0600, repeat CTH, extubate if tolerates.
Cousin {{NAME:Limbani Phiri}} calls from {{LOCATION:Lilongwe}} for updates - OK to share per partner; password "mango".
RN: {{NAME:Ellery Castellanos-Brandt}}   Vocera x{{PHONE:77214}}`,

  // 45
  `[**{{DATE:2131-11-7}}**] 9:18 PM
 CTA CHEST W&W/O C&RECONS, NON-CORONARY          Clip # [**{{ID:Clip Number (Radiology) 21877}}**]
 Pt: [**{{NAME:Known lastname 1029}}**], [**{{NAME:Known firstname 1030}}**]   MR# [**{{MRN:Medical Record Number 1031}}**]
 Reason: r/o PE
 Contrast: OPTIRAY Amt: 100
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  48 year old woman POD#5 from TAH/BSO at [**{{FACILITY:Hospital3 7011}}**], now tachycardic and hypoxic
 ______________________________________________________________________________
                                 FINAL REPORT
 COMPARISON: Chest radiograph [**{{DATE:2131-11-7}}**]. No prior CT.

 FINDINGS: Filling defects in the right main pulmonary artery extending into RUL and RLL segmental branches, and in LLL segmental arteries. RV/LV ratio 1.3 with septal straightening. Reflux of contrast into the IVC and hepatic veins. Small bilateral effusions. Wedge-shaped peripheral RLL opacity, possibly infarct.

 IMPRESSION: Extensive bilateral PE with CT evidence of right heart strain.
 Discussed with Dr. [**{{NAME:First Name (STitle) 3010}}**] [**{{NAME:Last Name (NamePattern1) 3011}}**] of the [**{{FACILITY:Hospital Unit Name 153}}**] team at 9:40 p.m. on [**{{DATE:2131-11-7}}**]; PERT activated, pager [**{{PHONE:Pager number 8810}}**].

      DR. [**{{NAME:First Name (STitle) 616}}**] [**{{NAME:Last Name (NamePattern4) 617}}**]
 Approved: [**{{DATE:2131-11-8}}**]`,

  // 46
  `TRANSTHORACIC ECHOCARDIOGRAM
{{FACILITY:Kestrel Bay Medical Center}} - Echocardiography Laboratory
Name: {{NAME:QUISPE-HALVERSON, ARTURO}}     MRN: {{MRN:KB3390127}}     DOB: {{DATE:04/01/1929}} (age {{AGE:94}})
Study date: {{DATE:09/25/2023 10:42}}     Location: CICU bed 9     Sonographer: {{NAME:RKA}} ({{NAME:Rhiannon Kell-Adeyemi}}, RDCS)
Referring: {{NAME:Priyanka Subramaniam}}, MD     Reading: {{NAME:Augustin Delacroix-Mbeki}}, MD
Ht 170 cm  Wt 61 kg  BSA 1.70  BP 108/62  HR 68 (paced)
Indication: syncope, known severe AS; pacemaker placed {{DATE:09/22/2023}} (Medtronic Azure XT DR, SN {{DEVICE:RNB448201S}}) for CHB.
MEASUREMENTS: LVEF (biplane) 55%. AV peak vel 4.6 m/s, mean gradient 52 mmHg, AVA (VTI) 0.6 cm2, DI 0.21. LVOT 2.0 cm.
FINDINGS: Normal LV size, moderate concentric LVH. Grade II diastolic dysfunction. Severely calcified trileaflet aortic valve, severe AS. Mild AI. MAC with mild MR. Pacer lead in RA/RV. RVSP 38 mmHg. No effusion.
IMPRESSION: Severe calcific AS (stage D1), preserved EF. Compared with {{DATE:03/14/2022}} (AVA 0.8), progressed. TAVR eval suggested.
Images: {{URL:https://echo.kestrelbaymc.org/study/KB3390127-20230925}}
Signed: {{NAME:A. Delacroix-Mbeki}}, MD {{DATE:09/25/2023 14:10}}`,

  // 47
  `Hypotension (not shock)
Assessment:
 SBP 80s-90s after 1st dose lopressor, MAP 58-62, HR 80s SR. UO 20cc/hr x2h.
Action:
 500cc LR bolus x2 per Dr. [**{{NAME:Last Name (STitle) 2013}}**]. Lopressor held.
Response:
 MAP 66-72, UO improved to 45cc/h.
Plan:
 Monitor, hold BB for SBP<100.

Pain control (acute pain, chronic pain)
Assessment:
 Pt c/o 8/10 incisional pain, grimacing. Epidural (bupivacaine 0.1%/fentanyl 2mcg/ml @ 10) since [**{{DATE:3-2}}**], T10 level.
Action:
 APS (Dr. [**{{NAME:Last Name (STitle) 4013}}**]) paged at [**{{PHONE:Pager number 4014}}**], bolus given, rate up to 12.
Response:
 Pain 4/10.
Plan:
 Cont epidural, tylenol IV q6h.

Social:
 Pt's partner [**{{NAME:First Name8 (NamePattern2) 2210}}**] [**{{NAME:Last Name (NamePattern1) 2211}}**] visited, lives in [**{{LOCATION:Location (un) 3320}}**]. Pt teaches at [**{{FACILITY:Company 3321}}**] school. Partner asks that calls go to [**{{PHONE:Telephone/Fax (1) 3322}}**], not pt's home.
 Pt transferred from [**{{FACILITY:Hospital1 1170}}**] [**{{DATE:3-1}}**] for ex-lap/SBR; original surgeon Dr. [**{{NAME:Last Name (STitle) 3323}}**] asks to be updated ([**{{PHONE:Telephone/Fax (1) 3324}}**]).`,

  // 48
  `DISCHARGE SUMMARY
Admission Date: {{DATE:14 February 2022}}        Discharge Date: {{DATE:01 March 2022}}
Patient: {{NAME:Adeyemi-Lindholm, Oluwakemi}}    DOB: {{DATE:29 June 1976}}    Sex: F    MRN: {{MRN:4049-1177}}
Hospital: {{FACILITY:Carraway Neurological Institute}}, Neuro ICU ({{FACILITY:Pell 7}})
Attending: {{NAME:Sebastian Okonjo-Hart}}, MD, PhD
Chief Complaint: dysphagia, dyspnea, diplopia

History of Present Illness: 45 y/o F with AChR+ myasthenia gravis (dx 2017, thymectomy 2018), worsening bulbar sx 5 days after a URI. NIF -18, FVC 1.1 L (18 mL/kg) in ED -> elective intubation.

Brief Hospital Course:
1. MG crisis: PLEX x5 via R IJ Mahurkar ({{DATE:02/15-02/23}}), extubated {{DATE:02/24}}. Pyridostigmine resumed {{DATE:02/25}}; prednisone up-titrating. Efgartigimod discussed w/ Dr. {{NAME:Okonjo-Hart}}.
2. Aspiration PNA: amp-sulbactam 7d.
3. Steroid hyperglycemia: SSI.

Discharge Medications: pyridostigmine 60 mg q6h, prednisone 30 mg daily, TMP-SMX SS MWF, calcium/vit D, pantoprazole 40.
Avoid: fluoroquinolones, aminoglycosides, magnesium.

Discharge Disposition: Home. Husband ({{NAME:Erik Lindholm}}, {{PHONE:612-555-0168}}) to drive.
Followup Instructions: Neuromuscular clinic {{DATE:03/15/2022}} (Dr. {{NAME:Okonjo-Hart}}); MG nurse line {{NAME:Petra Vlasáková}} RN, {{EMAIL:pvlasakova@carraway-neuro.org}}.`,

  // 49
  `SW Family Meeting Note
Meeting held in [**{{FACILITY:Hospital Unit Name 153}}**] family room [**{{DATE:2116-4-19}}**] @ 3 pm.
Present: Dr. [**{{NAME:Last Name (STitle) 5560}}**] (MICU attending), Dr. [**{{NAME:First Name (STitle) 5561}}**] (fellow), RN [**{{NAME:First Name (Titles) 5562}}**] [**{{NAME:Last Name (Titles) 5563}}**], SW writer, pt's wife [**{{NAME:Name (NI) 5564}}**], dtrs [**{{NAME:Name (NI) 5565}}**] and [**{{NAME:Name (NI) 5566}}**], son-in-law [**{{NAME:Known firstname 5567}}**]. Pt's brother [**{{NAME:Name (NI) 5568}}**] (Fr. [**{{NAME:Known lastname 5569}}**], pastor at [**{{FACILITY:Company 5570}}**] Church in [**{{LOCATION:Location (un) 5571}}**]) joined by phone.
Content: Team reviewed course - cardiac arrest at home [**{{DATE:4-12}}**], anoxic brain injury on MRI, EEG w/ burst suppression off sedation, SSEP absent N20 bilaterally. Poor prognosis for meaningful recovery explained.
Family: Wife tearful but states pt "would never want to live like this." Family agrees to CMO after grandson arrives from [**{{LOCATION:Location 5572}}**] tomorrow.
Plan: DNR/DNI now. CMO planned [**{{DATE:4-20}}**]. Chaplain ([**{{NAME:Name (NI) 5573}}**]) to visit. NEOB referral made per protocol, ref # [**{{ID:Numeric Identifier 5574}}**].
[**{{NAME:Name6 (MD) 5575}}**] [**{{NAME:Name8 (MD) 5576}}**], LICSW`,

  // 50
  `DEVICE CLINIC - INPATIENT INTERROGATION
Date: {{DATE:5/17/2024}}   Requested by CCU team (Dr. {{NAME:Marguerite Oyelowo-Stratton}})
Patient: {{NAME:Batbayar, Enkhjargal}}   MRN {{MRN:70021945}}   DOB {{DATE:11/30/1960}}
Device: Abbott Gallant HF CRT-D, model CDHFA500Q, SN {{DEVICE:81223547}}, implanted {{DATE:08/09/2021}} at {{FACILITY:Ridgemont University Hospital}} by Dr. {{NAME:Kasimir Wojtowicz}}.
Leads: RA Tendril STS 2088TC SN {{DEVICE:AN44190}}; RV Durata 7122Q SN {{DEVICE:BV21907}}; LV Quartet 1458Q SN {{DEVICE:CW55812}}.
Remote: Merlin.net transmitter, IP {{IP:172.16.40.91}}, last sync {{DATE:05/16/2024 23:58}}.
Events: 3 VT episodes on {{DATE:05/16/2024}} (CL 310 ms), 2 terminated by ATP, 1 shock 36 J, successful.
Battery 6.1 yrs. Lead measurements stable. BiV pacing 97%.
Programming: VT zone 171-200 bpm, ATP x3 before shock.
Recs: amiodarone load per EP, K >4/Mg >2, no driving x6 mo - pt drives for {{FACILITY:Bluebird Rides}} (vehicle plate {{VEHICLE:8WQ-117}}), counseled.
Device rep: {{NAME:Colm Fitzwilliam}} (Abbott), cell {{PHONE:617-555-0129}}.
Interrogated by: {{NAME:Noor Al-Sabbagh}}, RN, CCDS`,

  // 51
  `ADMISSION DATE:  [**{{DATE:2118-1-22}}**]     DISCHARGE DATE:  [**{{DATE:2118-2-3}}**]

DATE OF BIRTH:   [**{{DATE:2052-6-30}}**]     SEX:  F

SERVICE:  MEDICINE, [**{{NAME:Doctor Last Name}} **] FIRM

HISTORY OF PRESENT ILLNESS:  THE PATIENT IS A 65-YEAR-OLD FEMALE WITH MYELODYSPLASTIC SYNDROME WHO PRESENTED TO [**{{FACILITY:Hospital3 4099}}**] WITH FEVER AND NEUTROPENIA AND WAS TRANSFERRED TO [**{{FACILITY:Hospital1 190}}**] ON [**{{DATE:1-22}}**]. HER ONCOLOGIST IS DR. [**{{NAME:First Name (STitle) 2080}}**] [**{{NAME:Last Name (STitle) 2081}}**].

HOSPITAL COURSE:
1.  ID:  BLOOD CULTURES FROM [**{{DATE:1-22}}**] GREW VIRIDANS STREPTOCOCCUS. TREATED WITH VANCOMYCIN AND CEFEPIME, DEFERVESCED HOSPITAL DAY 4. CT CHEST [**{{DATE:1-25}}**] SHOWED NODULAR OPACITIES; VORICONAZOLE ADDED.
2.  HEME:  4 UNITS PRBC, 6 UNITS PLATELETS. BONE MARROW BIOPSY [**{{DATE:1-28}}**] SHOWED PROGRESSION TO AML.
3.  SOCIAL:  HUSBAND [**{{NAME:Name (NI) 2083}}**] AND DAUGHTER UPDATED FREQUENTLY.

DISCHARGE STATUS:  HOME WITH [**{{FACILITY:Company 1519}}**] SERVICES.

FOLLOW-UP:  DR. [**{{NAME:Last Name (STitle) 2081}}**], [**{{FACILITY:Hospital Ward Name 23}}**] CLINIC, [**{{DATE:2118-2-7}}**], TELEPHONE [**{{PHONE:Telephone/Fax (1) 2084}}**].

          [**{{NAME:First Name11 (Name Pattern1) 2085}}**] [**{{NAME:Last Name (NamePattern4) 2086}}**], M.D.  [**{{ID:MD Number(1) 2087}}**]

DICTATED BY:[**{{NAME:Last Name (NamePattern1) 2088}}**]
D:  [**{{DATE:2118-2-3}}**]  14:20
T:  [**{{DATE:2118-2-6}}**]  09:11
JOB#:  [**{{ID:Job Number 2089}}**]`,

  // 52
  `cvicu rn note 1900-0700
pt: {{NAME:o'sullivan-achebe, fintan}}  mrn {{MRN:2277184}}  pod 1 s/p avr (21mm magna ease) + cabg x1 (lima-lad) w/ dr. {{NAME:seraphine oduya-blackwood}} {{DATE:9/12}}
neuro: extubated 2015 last pm, a&ox3, mae, c/o incisional pain 6/10 -> dilaudid 0.5 iv x2, then oxy 5.
cv: nsr 80s underlying, a-paced @ 88 via epicardial wires per team (temp pacer medtronic 5392, sn {{DEVICE:4410-9921}}). ci 2.4 on swan-ganz, svo2 68. off neo @ 0300. ct output 40cc/h serosang, 380 total since or. k 4.3 after 40meq.
resp: 4l nc sats 95, is 750, cough & deep breathe w/ splint pillow.
gi: sips & chips, no n/v.
gu: foley 35-60cc/h, lasix 20 iv x1.
endo: insulin gtt off 0500, transitioned per protocol.
social: wife {{NAME:siobhan}} called 2300 (cell {{PHONE:508-555-0106}}). daughter {{NAME:niamh}} flying in from {{LOCATION:london}} tomorrow. pt is pastor of {{FACILITY:st. columbkille's parish}} in {{LOCATION:hopedale}} - parishioners calling, no info given per pt request (privacy flag on chart).
pcp dr. {{NAME:lugo}} notified of surgery by fax {{FAX:508-555-0107}}.
plan: swan out today, ?cts out, dangle/oob to chair.
- {{NAME:nkechi ugwu-maddox}} rn`,

  // 53
  `TSICU Admit Note
Pt is a 24 yo M, unrestrained passenger in high-speed rollover near [**{{LOCATION:Location (un) 5551}}**] ~0130 [**{{DATE:7-4}}**]. GCS 8 at scene, intubated by [**{{FACILITY:Company 5552}}**] paramedics, flown by [**{{FACILITY:Company 5553}}**] to [**{{FACILITY:Hospital1 18}}**] trauma bay. Driver (friend [**{{NAME:First Name4 (NamePattern1) 5554}}**]) taken to [**{{FACILITY:Hospital 5555}}**].
Injuries: R frontal contusion, small R SDH, R PTX (CT placed), R clavicle fx, grade II liver lac, L tib/fib open fx -> OR w/ ortho for washout/ex-fix.
Neuro: propofol 40, fentanyl 100/h. Pupils 3 brisk. Bolt by NSGY (Dr. [**{{NAME:Last Name (STitle) 5556}}**]), ICP 12-18.
CV: HR 110s ST, MAP 75-90. 2U PRBC, 2 FFP in bay. Hct 29.
Resp: CMV 550x16/+5/50%. R CT to sx, +air leak.
GI/GU: OGT, Foley - UA +blood.
ID: tetanus given, cefazolin for open fx.
Social: Pt ID'd by driver's license ([**{{LICENSE:Numeric Identifier 5557}}**]); lives at [**{{ADDRESS:Street Address(1) 5558}}**], [**{{LOCATION:Location (un) 5559}}**]. Mother [**{{NAME:Name (NI) 5560}}**] [**{{NAME:Known lastname 5561}}**] reached by [**{{FACILITY:Hospital1 18}}**] police at [**{{PHONE:Telephone/Fax (1) 5562}}**], en route. Tox + EtOH 210.
Plan: q1h neuro checks, ICP goal <20, serial Hct, tertiary survey in am.`,

  // 54
  `ICU CLINICAL PHARMACY NOTE - Vancomycin PK Consult
{{DATE:Wed 2/8/2023}}  Pt: {{NAME:Bjornstad, Kari-Anne}}  MRN {{MRN:6120044}}  Loc: {{FACILITY:Fairlie 5}} SICU-12
Requested by Dr. {{NAME:Omotola Banjo-Reyes}} for MRSA bacteremia (bcx {{DATE:2/6}} 2/2 +, source: infected R chest port, Bard PowerPort SN {{DEVICE:REAQ0331}}, removed {{DATE:2/7}}).
Wt 78 kg, IBW 61.6 kg, Ht 168 cm. SCr 1.1 (baseline 0.8) -> CrCl ~62 mL/min.
Load: 2000 mg IV x1 given {{DATE:2/7}} at 1400.
Maintenance: 1250 mg IV q12h started {{DATE:2/8}} at 0200, AUC-guided (target AUC24 400-600).
Levels: peak {{DATE:2/8}} (1 h post) 38.2; trough pending {{DATE:2/9}}, due 1330. Est AUC24 ~520.
Interactions: pip-tazo d/c'd (nephrotox combo); IV contrast {{DATE:2/6}}.
Recs:
1. Cont 1250 mg q12h.
2. SCr daily; if rises >0.3, call pharmacy.
3. TEE per ID (Dr. {{NAME:Ivar Sundqvist}}).
4. OPAT: PICC after bcx neg x48h; OPAT RN ({{NAME:Leilani Kahananui}}, ext {{PHONE:3-3904}}) notified. Home infusion: {{FACILITY:Coastline Infusion Services}}, fax {{FAX:207-555-0152}}.
-- {{NAME:Bartholomew Eze-Lindqvist}}, PharmD, BCCCP   pager {{PHONE:2914}}`,

  // 55
  `Name:  [**{{NAME:Known lastname 8121}}**],[**{{NAME:Known firstname 8122}}**]       Unit No:   [**{{MRN:Numeric Identifier 8123}}**]
Admission Date:  [**{{DATE:2160-12-2}}**]     Discharge Date:   [**{{DATE:2160-12-15}}**]
Date of Birth:  [**{{DATE:2092-8-9}}**]     Sex:   M
Service: SURGERY
Allergies: Iodine
Attending:[**{{NAME:First Name3 (LF) 8124}}**]
Chief Complaint: abdominal pain
Major Surgical or Invasive Procedure:
[**{{DATE:2160-12-2}}**] Ex-lap, sigmoid colectomy, end colostomy (Hartmann's procedure)
[**{{DATE:2160-12-6}}**] CT-guided drainage of pelvic abscess

Pertinent Results:
[**{{DATE:2160-12-2}}**] 06:10PM   WBC-22.4* HGB-12.2* HCT-36.1* PLT COUNT-410
[**{{DATE:2160-12-2}}**] 06:10PM   LACTATE-3.8*
[**{{DATE:2160-12-14}}**] 06:45AM  WBC-9.1 HGB-9.9* CREAT-0.9 ALBUMIN-2.7*
ABSCESS FLUID [**{{DATE:2160-12-6}}**]: E. coli, Bacteroides fragilis.

Brief Hospital Course:
68M w/ perforated sigmoid diverticulitis, feculent peritonitis, to OR emergently w/ Dr. [**{{NAME:Last Name (STitle) 8125}}**]. Post-op [**{{FACILITY:Hospital Unit Name 153}}**] x3d on pressors. Pelvic abscess drained by IR POD4. Ostomy teaching w/ WOCN [**{{NAME:First Name8 (NamePattern2) 8126}}**].

Discharge Disposition: Home With Service
Facility: [**{{FACILITY:Company 8127}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 8125}}**] [**{{DATE:2160-12-29}}**] 9:15am, [**{{FACILITY:Hospital Ward Name 1950}}**] Bldg. Drain check in IR [**{{DATE:12-22}}**]; call [**{{PHONE:Telephone/Fax (1) 8128}}**].`,

  // 56
  `MRI BRAIN WITHOUT AND WITH CONTRAST
PATIENT: {{NAME:LINDGREN-ACHOLA, TOVE}}       MRN: {{MRN:66-01-5590}}       DOB: {{DATE:3 AUG 1957}}
EXAM DATE: {{DATE:19 NOV 2021 02:38}}        ACCESSION: {{ID:MR21-7730091}}
ORDERING: DR. {{NAME:AMBROSE KETTLEWELL}} (NEURO ICU)   SITE: {{FACILITY:PELHAM RIVER HOSPITAL}}, {{ADDRESS:600 MILL POND RD}}, {{LOCATION:KEENE}} NH {{ZIP:03431}}
TELERADIOLOGY READ - {{FACILITY:NORTHSTAR TELERAD}} NODE {{IP:10.8.112.40}}, READER LICENSED NH #{{LICENSE:MD-18832}}
CLINICAL: 64F, sudden L hemiparesis, LKW {{DATE:18 NOV 2021 22:10}}, received TNK at outside ED.
FINDINGS: Restricted diffusion in the R basal ganglia, corona radiata and posterior insula (R MCA territory), volume ~24 mL. No hemorrhagic transformation on SWI. FLAIR: subtle signal in the same region. MRA: R M2 superior division cutoff. Chronic microvascular changes. No enhancing lesion.
IMPRESSION: Acute R MCA infarct, no hemorrhage. R M2 occlusion.
Critical finding called to Dr. {{NAME:Kettlewell}} 03:05; read back.
Electronically signed: {{NAME:Giacomo Ferrante-Oduya}}, MD  {{DATE:19 NOV 2021 03:11}}`,

  // 57
  `CCU Nursing Progress Note 0700-1900
Pt is 59 yo M adm [**{{DATE:11-30}}**] w/ cardiogenic shock s/p ant STEMI, IABP placed in cath lab by Dr. [**{{NAME:Last Name (un) 4001}}**].
Neuro: alert, oriented x3, anxious, ativan 0.5 mg x1 w/ effect.
CV: SR 90-100s, occ PVCs. IABP 1:1, augmented diastolic 110s, MAP 70s. Dobutamine 5 mcg/kg/min. CI 2.1 -> 2.4. L fem IABP site no hematoma, pedal pulses dopplerable. Heparin gtt 900u/h, PTT 72.
Resp: 2L NC, sats 96%, crackles bases.
GI: NPO except meds, BS+.
GU: Foley, UO 40-70cc/hr. Lasix 40 IV given.
Social: wife [**{{NAME:First Name4 (NamePattern1) 4002}}**] [**{{NAME:Last Name (un) 4003}}**] here all day. Pt owns [**{{FACILITY:Company 4004}}**] auto body shop in [**{{LOCATION:Location (un) 4005}}**]; worried re finances. Referred to [**{{FACILITY:Hospital1 18}}**] financial counselor [**{{NAME:Name (NI) 4006}}**] (x[**{{PHONE:Telephone/Fax (3) 4007}}**]).
Plan: IABP wean 1:2 in am, LVAD/transplant team eval (Dr. [**{{NAME:First Name8 (NamePattern2) 4008}}**] [**{{NAME:Last Name (NamePattern1) 4009}}**]) tomorrow.
[**{{NAME:Initials (NamePattern4) 4010}}**] [**{{NAME:Last Name (NamePattern4) 4011}}**], RN`,

  // 58
  `DISCHARGE INSTRUCTIONS - PATIENT COPY
{{FACILITY:Brightwater General Hospital}}, Medical Step-Down ({{FACILITY:Corliss 4}})
Patient: Mr. {{NAME:Tobias Rennick-Achterberg}}     Discharge date: {{DATE:07/07/2022}}
You were admitted on {{DATE:07/01/2022}} for a blood clot in your lungs (pulmonary embolism) and your left leg (DVT).
New medicine:
- Apixaban (Eliquis) 10 mg twice a day through {{DATE:07/08/2022}}, then 5 mg twice a day from {{DATE:07/09/2022}}.
  Co-pay checked with Medicare Part D, member ID {{HEALTH_PLAN:9XK4-TT2-MN81}}.
  Sent to {{FACILITY:Hartigan's Pharmacy}}, {{ADDRESS:12 Depot Square}}, {{LOCATION:Northfield}} MA {{ZIP:01360}}, {{PHONE:413-555-0161}}.
Stop taking: ibuprofen.
Call your doctor or return to the Emergency Department for bleeding that will not stop, black stools, chest pain, or trouble breathing.
Follow-up:
1) Dr. {{NAME:Felicity Okwuosa-Laine}}, {{FACILITY:Mill River Internal Medicine}} - {{DATE:Monday 07/11/2022 2:45 PM}}. Phone {{PHONE:413-555-0163}}.
2) Hematology, Dr. {{NAME:Ruben Castellví}} - {{DATE:08/02/2022 10:00 AM}}, 2nd floor {{FACILITY:Coolidge Pavilion}}.
3) Leg ultrasound in 3 months.
MyChart: {{URL:https://mychart.brightwatergeneral.org}}
Nurse: {{NAME:Ines Bartholomew}}, RN`,

  // 59
  `Nutrition Follow-up   [**{{FACILITY:Hospital Unit Name 153}}**]   Pt [**{{NAME:Known lastname 3707}}**]
Subjective: pt intubated/sedated
Objective:
Height: 5'9" (175 cm)  Admit wt: 101.2 kg  Current wt: 97.4 kg [**{{DATE:3-19}}**]  IBW: 72.7 kg  BMI: 31.8
Diet order: NPO; TF Nutren Pulmonary @ 50 ml/hr via post-pyloric DHT (placed by [**{{NAME:Doctor Last Name 3701}}**] team [**{{DATE:3-16}}**]).
Labs: Glu 180-240 on insulin gtt, TG 410 (on propofol), BUN 44, Cr 1.3, Alb 2.2.
Meds: propofol 35 mcg/kg/min (~420 kcal), insulin gtt, famotidine.
Assessment: 62 yo M w/ obesity, DM2, ARDS s/p flu, now elevated TG on propofol. TF + propofol = 1,620 kcal (~93% est needs), 75 g pro (~66%).
Estimated needs: 1,750-2,000 kcal (25 kcal/kg adj BW), 115-145 g pro (1.6-2.0 g/kg IBW)
Recs:
1. Change TF to Promote w/ fiber @ 60 ml/hr + 2 pkt Beneprotein daily -> 1,440 kcal + propofol, 112 g pro.
2. Discuss propofol alternative w/ team given TG >400; repeat TG [**{{DATE:3-21}}**].
3. Weekly wt.
Discussed w/ Dr. [**{{NAME:Last Name (STitle) 3702}}**] and RN [**{{NAME:First Name (Titles) 3703}}**].
Next f/u [**{{DATE:3-22}}**].
[**{{NAME:First Name4 (NamePattern1) 3704}}**] [**{{NAME:Last Name (NamePattern1) 3705}}**], RD, LDN  pager [**{{PHONE:Pager number 3706}}**]`,

  // 60
  `Burn ICU Nursing Note   Day shift   {{DATE:12/02/2022}}
Patient: {{NAME:Gallo-Ibarra, Maximiliano}}   MRN {{MRN:3349002}}   Age 41   Rm BICU-5 ({{FACILITY:Sterling Burn Center}} at {{FACILITY:Hollister Memorial}})
Injury {{DATE:11/28/2022}}: house fire at {{ADDRESS:88 Ashgrove Ln, Apt 2}}, {{LOCATION:Brattleboro}} VT; 38% TBSA (face, chest, bilat arms), smoke inhalation. From {{FACILITY:Retreat Meadows Hospital}} via {{FACILITY:Connecticut River Air Medical}}.
Neuro: RASS -1 to -2, CPOT 2-3. Ketamine 0.2 mg/kg/h + fentanyl 150.
CV: HR 110-120s, MAP 68-80. Parkland resuscitation completed {{DATE:11/29}}; UO target met.
Resp: Bronch {{DATE:11/29}} grade 2 inhalation injury. APRV, P-high 28, P-low 0, T-high 5.5. FiO2 45%.
Skin: Excision & autograft (L arm) {{DATE:12/01}} w/ Dr. {{NAME:Wilhelmina Tsosie-Baird}}; donor site R thigh. Silver-alginate to chest, xeroform to face.
GI: Impact Peptide 1.5 @ 80 (goal), glutamine.
Social: Fiancée {{NAME:Rosalind Achterkamp}} at bedside; 2 children w/ grandmother in {{LOCATION:Keene}} NH. Disaster-relief caseworker ({{NAME:Duane Whitcomb}}) helping w/ housing. Pt is a chef at {{FACILITY:Elm Street Bistro}}. Fire marshal incident # {{ID:FM-22-1187}}.
Plan: OR {{DATE:12/05}} chest excision/grafting.
-- {{NAME:Marisol Quintanilla-Birch}}, RN`,

  // 61
  `Admission Date:  [**{{DATE:2124-4-2}}**]              Discharge Date:   [**{{DATE:2124-4-8}}**]

Date of Birth:  [**{{DATE:2052-10-19}}**]             Sex:   M

Service: MEDICINE

Allergies:
Ace Inhibitors

Attending:[**{{NAME:First Name3 (LF) 2297}}**]
Chief Complaint:
dyspnea

History of Present Illness:
71M w/ severe COPD (FEV1 28%), 3L home O2, from home in [**{{LOCATION:Location (un) 745}}**], p/w 4d of increased sputum and DOE. ED ABG 7.28/71/64 -> BiPAP, admitted to [**{{FACILITY:Hospital Unit Name 153}}**] ([**{{DATE:4-2}}**] - [**{{DATE:4-4}}**]).

Brief Hospital Course:
AECOPD: BiPAP x36h, solumedrol -> prednisone taper, azithro x5d. Called out to floor [**{{DATE:4-4}}**]. Ambulatory sat 89% on 3L at d/c.
Tobacco: 1/2 ppd; nicotine patch, counseled.

Discharge Medications:
Prednisone 40 mg x3d, 30 x3d, 20 x3d, 10 x3d, then stop
Tiotropium 18 mcg daily; Advair 500/50 BID; Albuterol neb q4h prn; Nicotine 21 mg patch

Discharge Disposition:
Home With Service
Facility:
[**{{FACILITY:Company 1519}}**]

Discharge Instructions:
Keep your oxygen at 3 liters. Your oxygen company is [**{{FACILITY:Company 7003}}**]; call [**{{PHONE:Telephone/Fax (1) 7004}}**] for refills.

Followup Instructions:
Provider: PULMONARY FUNCTION LAB Phone:[**{{PHONE:Telephone/Fax (1) 609}}**] Date/Time:[**{{DATE:2124-4-29}}**] 9:30
Provider: [**{{NAME:First Name8 (NamePattern2) 7005}}**] [**{{NAME:Last Name (NamePattern1) 7006}}**], MD Phone:[**{{PHONE:Telephone/Fax (1) 612}}**] Date/Time:[**{{DATE:2124-4-29}}**] 10:00`,

  // 62
  `PATIENT REGISTRATION / FACE SHEET - Emergency Admission
{{FACILITY:Fenmore Valley Hospital}}   {{ADDRESS:1200 Quinnipiac Ave}}, {{LOCATION:New Haven}}, CT {{ZIP:06513}}   Main {{PHONE:203-555-0100}}
Pt Name: {{NAME:HOLLOWAY-NAKASHIMA, DESMOND R.}}    Sex: M    DOB: {{DATE:12/24/1933}}    Age: 89
SSN: {{SSN:219-44-0917}}     MRN: {{MRN:FV-1199302}}     Visit/Acct #: {{ACCOUNT:7700418826}}
Address: {{ADDRESS:31 Sachem St, Unit 3}}, {{LOCATION:Hamden}}, CT {{ZIP:06517}}
Home ph: {{PHONE:203-555-0137}}   Email: {{EMAIL:dholloway33@meridianmail.net}}
Marital: widowed   Religion: Episcopal   Language: English
Employer: retired (formerly {{FACILITY:Whitney Avenue Hardware}})
Emergency contact: {{NAME:Beatrix Holloway-Nakashima}} (daughter) {{PHONE:475-555-0125}}, {{LOCATION:Stamford}} CT
Guarantor: self
Primary ins: Medicare A&B   ID {{HEALTH_PLAN:3QT9-JK4-RW22}}
Secondary: Anthem BCBS Medigap   ID {{HEALTH_PLAN:YRB882114093}}
PCP: {{NAME:Leopold Anastasiou}}, MD ({{FACILITY:Westville Primary Care}})
Admit: {{DATE:03/03/2023 19:42}} via ED -> MICU ({{FACILITY:Hadley Tower 5}})  Attending: Dr. {{NAME:Saoirse Kinahan}}
Advance directive: HCP on file (daughter). MOLST: DNR.
Registrar: {{NAME:TJW}}  {{DATE:03/03/2023 20:05}}`,

  // 63
  `[**{{FACILITY:Hospital Unit Name 44}}**] NPN 7p-7a  [**{{DATE:2150-8-14}}**]
Alcohol withdrawal (including delirium tremens, seizures)
Assessment:
 Pt agitated, tremulous, diaphoretic, visual hallucinations ("bugs on the wall"). CIWA 24-28. HR 120s, BP 170s/90s.
Action:
 Valium 20 mg IV x4 per CIWA, phenobarb 130 mg IV x1 per Dr. [**{{NAME:Last Name (STitle) 901}}**]. 1:1 sitter. Thiamine/folate/MVI. Soft wrist restraints 0200 for pulling at lines, order renewed.
Response:
 CIWA 12 by 0600, sleeping in intervals. HR 90s.
Plan:
 Cont CIWA q1h, consider precedex if escalating.

Social / family:
 Sister [**{{NAME:Name (NI) 902}}**] called from [**{{LOCATION:Location (un) 903}}**], asked that pt's employer ([**{{FACILITY:Company 904}}**]) NOT be told of admission. Pt's landlord [**{{NAME:First Name8 (NamePattern2) 905}}**] [**{{NAME:Last Name (NamePattern1) 906}}**] also called re: pt's apt at [**{{ADDRESS:Street Address(1) 907}}**] (water left running?) - referred to SW [**{{NAME:Name (NI) 908}}**].
[**{{NAME:Initials (NamePattern4) 909}}**] [**{{NAME:Last Name (NamePattern4) 910}}**], RN`,

  // 64
  `RESPIRATORY THERAPY VENTILATOR FLOWSHEET SUMMARY
PT: {{NAME:DUONG, THI KIM OANH}}   MRN {{MRN:00583102}}   UNIT: {{FACILITY:KINGSLEY 4}} CVICU   BED 4-07
DATE: {{DATE:04/09/2024}}
ATTENDING: DR. {{NAME:ISAIAH MERRIWEATHER-KOH}}     RT: {{NAME:CASIMIR OKONKWO-HUBER}}, RRT (LIC # {{LICENSE:RCP-27741}})

TIME   MODE    VT   RR   PEEP  FIO2  PIP  PPLAT  SPO2
0400   PRVC    420  18   10    .60   30   25     93
0800   PRVC    420  18   10    .50   29   24     95
1200   PRVC    420  16   8     .45   27   22     96
1600   PSV 12  380  22   8     .40   --   --     96

ABG 0415: 7.38/42/71/24 ON .60 -> FIO2 WEANED PER ARDSNET TABLE.
VENT: HAMILTON C6, SN {{DEVICE:2207-H4418}}, PM CURRENT.
HEATED HUMIDIFIER MR850 IN LINE. CLOSED SUCTION CHANGED {{DATE:04/08}}.
SBT 1600: PASSED (RSBI 58). TEAM (DR. {{NAME:MERRIWEATHER-KOH}}) AWARE, PLAN EXTUBATION AM {{DATE:04/10}} IF NEURO OK.
FAMILY: SON {{NAME:QUANG DUONG}} (HCP) UPDATED AT BEDSIDE, REQUESTS VIETNAMESE INTERPRETER FOR AM ROUNDS - ORDERED.`,

  // 65
  `[**{{DATE:2179-10-23}}**] 1:15 PM
 BILAT LOWER EXT VEINS                           Clip # [**{{ID:Clip Number (Radiology) 33019}}**]
 Reason: r/o DVT, leg swelling, immobile
 ______________________________________________________________________________
 UNDERLYING MEDICAL CONDITION:
  [**{{AGE:Age over 90}} **] year old woman with L>R leg swelling, recent admission to [**{{FACILITY:Hospital3 4521}}**] for pneumonia
 ______________________________________________________________________________
                                 FINAL REPORT
 INDICATION: Leg swelling.
 COMPARISON: None.
 FINDINGS: Grayscale, color and pulsed-wave Doppler of the bilateral common femoral, femoral, popliteal, and calf veins. Occlusive thrombus in the left popliteal and posterior tibial veins, noncompressible. Left CFV and femoral vein compressible with normal flow. Right lower extremity veins patent and compressible. 4 cm L Baker's cyst.
 IMPRESSION: Acute-appearing occlusive DVT L popliteal and posterior tibial veins. Left Baker's cyst.
 Results called to [**{{NAME:First Name8 (NamePattern2) 33020}}**] [**{{NAME:Last Name (NamePattern1) 33021}}**], NP, on [**{{FACILITY:Hospital Ward Name 121}}**] 5 at 1:50 PM [**{{DATE:10-23}}**].
 Sonographer: [**{{NAME:Initials (NamePattern4) 33022}}**]. [**{{NAME:Last Name (NamePattern4) 33023}}**], RDMS

      DR. [**{{NAME:First Name (STitle) 33024}}**] [**{{NAME:Last Name (NamePattern4) 33025}}**]
 Approved: [**{{DATE:2179-10-23}}**]`,

  // 66
  `TRANSFER CENTER - ICU ACCEPTANCE NOTE
Call received {{DATE:08/19/2022 23:17}} via Transfer Center (case # {{ID:TC-082219-0441}}), recorded line.
Referring: Dr. {{NAME:Wendell Ashgrove-Tiu}}, ED, {{FACILITY:Sutter's Mill Community Hospital}}, {{LOCATION:Pittsfield}} (ph {{PHONE:413-555-0174}}, fax {{FAX:413-555-0175}})
Accepting: Dr. {{NAME:Clementine Ruiz-Oyelaran}}, MICU attending, {{FACILITY:Ridgemont University Hospital}}
Patient: {{NAME:Perlmutter, Avraham}}  DOB {{DATE:02/28/1950}}  OSH MRN {{MRN:SM-0044127}}
Summary: 72M w/ CLL (on ibrutinib), fever 39.8, BP 74/40 after 3L, lactate 5.2, on norepi 12 mcg/min via R IJ placed at OSH. CXR RML infiltrate. Cefepime/vanc given 22:30. Not intubated, 6L NC 93%.
Reason for transfer: higher level of care; followed by Dr. {{NAME:Hadassah Feinberg-Osei}} in our Heme clinic.
Accepted to MICU, {{FACILITY:Whitcomb 8}} bed pending. Transport: {{FACILITY:Berkshire Critical Care Transport}} ground, ETA ~0230.
OSH imaging pushed to our PACS (sending node IP {{IP:192.168.77.14}}).
Family: wife {{NAME:Miriam}} ({{PHONE:413-555-0178}}) following by car.
Code status: FULL (confirmed w/ pt by referring MD).`,

  // 67
  `Neuro ICU NPN 0700-1900   [**{{FACILITY:Hospital Unit Name 2311}}**]
Pt is a 52 yo F POD#3 s/p coiling of ACOM aneurysm (H&H 3, Fisher 3), SAH day 5.
Neuro: drowsy but arousable, oriented x2, follows commands x4. PERRL 3mm. R pronator drift. Neuro checks q1h. EVD @ 15 cm, ICP 5-12, draining 10cc/hr clear yellow. Nimodipine 60 q4h. TCDs [**{{DATE:3-14}}**]: R MCA velocities 160s c/w mod vasospasm; Dr. [**{{NAME:Last Name (STitle) 1701}}**] aware, goal SBP 160-180, neo started.
CV: SR 70s. Neo 1.5 mcg/kg/min.
Resp: RA. IS 1000.
GI: regular diet, colace/senna.
GU: voiding.
Social: husband [**{{NAME:Name (NI) 1702}}**] and sister [**{{NAME:First Name8 (NamePattern2) 1703}}**] [**{{NAME:Last Name (NamePattern1) 1704}}**] visiting. Pt teaches 3rd grade at [**{{FACILITY:Company 1705}}**]; principal called for update - no info given. Husband requests FMLA paperwork -> faxed to his employer [**{{FACILITY:Company 1706}}**] HR, fax [**{{FAX:Telephone/Fax (1) 1707}}**].
Plan: angio [**{{DATE:3-15}}**] for possible IA verapamil per Dr. [**{{NAME:Last Name (STitle) 1708}}**].
[**{{NAME:First Name4 (NamePattern1) 1709}}**] [**{{NAME:Last Name (NamePattern1) 1710}}**], RN`,

  // 68
  `PICU DISCHARGE SUMMARY - {{FACILITY:Hollister Children's Hospital}}
Name: {{NAME:Reyes-Thorvaldsen, Mateo}}   DOB: {{DATE:10/10/2012}} (10 y)   MRN: {{MRN:HCH-8841197}}
Admit: {{DATE:10/02/2022}} via ED, PICU {{DATE:10/02-10/03}}, to {{FACILITY:Lark 3}} (gen peds) {{DATE:10/03}}; D/C {{DATE:10/05/2022}}
Attending: Dr. {{NAME:Anneke Vos-Mbeki}} (PICU); Dr. {{NAME:Rufus Oyenuga}} ({{FACILITY:Lark 3}})
Dx: New-onset type 1 DM with moderate DKA (pH 7.14, HCO3 8)
Course: 2-bag fluids + insulin 0.1 u/kg/h x 16 h; no cerebral edema (GCS 15 throughout). Basal-bolus: glargine 12 u qhs, lispro 1:15 carb ratio, ISF 1:50 > 150. Teaching completed w/ mom ({{NAME:Graciela Thorvaldsen}}) and dad ({{NAME:Henrik Thorvaldsen}}) by CDE {{NAME:Philomena Achebe}}.
Dexcom G7 started, sensor serial {{DEVICE:4RK-77120-Q}}.
School: 5th grade, {{FACILITY:Quarrybrook Middle School}} - school nurse (Ms. {{NAME:Bernadette Kowalski}}, {{PHONE:978-555-0114}}) sent diabetes medical management plan.
Follow-up: Endo clinic Dr. {{NAME:Yusra Al-Hakim}} {{DATE:10/12/2022}}; Diabetes line {{PHONE:978-555-0115}} (24h).`,

  // 69
  `Admission Date:  [**{{DATE:2146-5-20}}**]              Discharge Date:   [**{{DATE:2146-5-25}}**]

Date of Birth:  [**{{DATE:2054-1-12}}**]             Sex:   F

Service: ORTHOPAEDICS

Allergies: Morphine / Penicillins

Attending:[**{{NAME:First Name3 (LF) 1005}}**]
Chief Complaint: fall, R hip pain

Major Surgical or Invasive Procedure:
[**{{DATE:5-21}}**] R hip hemiarthroplasty

History of Present Illness:
[**{{AGE:Age over 90}} **] y/o F who lives at [**{{FACILITY:Hospital 4001}}**] senior housing in [**{{LOCATION:Location (un) 701}}**], mechanical fall in bathroom [**{{DATE:5-20}}**] am. Found by aide [**{{NAME:First Name8 (NamePattern2) 4002}}**] after ~2 hrs on floor. CK 1,140.

Brief Hospital Course:
Medicine co-management (Dr. [**{{NAME:Last Name (STitle) 4003}}**]) for AFib w/ RVR post-op, diltiazem. Post-op delirium, haldol 0.5 prn x2. Hct 28 -> 1U PRBC [**{{DATE:5-22}}**]. PT: WBAT.

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Hospital 4004}}**] Rehab & Nursing Center - [**{{LOCATION:Location (un) 701}}**]

Discharge Instructions:
Staples out 14 days post-op ([**{{DATE:6-4}}**]) at rehab. Lovenox 40 mg SC daily x 4 weeks.

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 4005}}**], Orthopaedics, [**{{FACILITY:Hospital1 18}}**] [**{{LOCATION:Location (un) 2352}}**] ([**{{PHONE:Telephone/Fax (1) 1228}}**]) in 6 weeks.`,

  // 70
  `ECMO SPECIALIST NOTE   {{DATE:Fri 01/26/2024}}   {{FACILITY:Ambrose 12}} CTICU bed 3
Pt {{NAME:Szabó-Mendoza, Rafael}}  MRN {{MRN:5130082}}  VV-ECMO day 6 for COVID ARDS (cannulated {{DATE:01/20/2024}} by Dr. {{NAME:Lucinda Achterhof}}, R IJ Avalon 31 Fr).
Circuit: Cardiohelp HLS 7.0, console SN {{DEVICE:90440177}}; oxygenator changed {{DATE:01/24}}.
Settings: RPM 3400, flow 4.6 L/min, sweep 5 L/min, FdO2 1.0. Pre/post-oxygenator P 290/260, delta P 30 (stable).
Post-oxy gas: 7.41/38/480. Pt ABG: 7.38/45/72 on rest settings (PC 10/PEEP 10/FiO2 .30).
Anticoag: bivalirudin 0.08 mg/kg/h, aPTT 62 (goal 55-70). Plt 98, fibrinogen 310, LDH 412, PfHb 18.
Circuit check: no clots on pre-oxygenator side, cannula sites dry. Backup console + hand crank at bedside.
Mobility: sat EOB w/ PT x10 min.
Family: partner {{NAME:Yannick Bouchard-Lee}} (HCP) visits daily; parents in {{LOCATION:Montréal}} on video call w/ French interpreter.
Plan: sweep trial when CXR improves. Discussed on rounds w/ Dr. {{NAME:Achterhof}} and Dr. {{NAME:Temperance Oduro-Wilkes}}.
{{NAME:Kalani Fontenot}}, RN, CCRN, ECMO Specialist   pager {{PHONE:5-0177}}   {{EMAIL:kfontenot@ambrosemed.org}}`,

  // 71
  `MICU Transfer Note
Pt transferred to [**{{FACILITY:Hospital Ward Name 1013}}**] 7, bed 728, at 1645 [**{{DATE:2137-3-30}}**]. Report given to [**{{NAME:First Name4 (NamePattern1) 7401}}**] RN.
Brief: 44 yo F w/ SLE nephritis, admitted [**{{DATE:3-26}}**] from [**{{FACILITY:Hospital1 1474}}**] w/ pulmonary hemorrhage, intubated x3 days, extubated [**{{DATE:3-29}}**]. Pulse steroids and cyclophosphamide per rheum (Dr. [**{{NAME:Last Name (STitle) 7402}}**]), plasmapheresis x2 via L IJ Quinton (placed [**{{DATE:3-27}}**], still in, flushed).
Neuro: A&Ox3, anxious, ativan prn.
CV: NSR 80s, BP 140s/80s, started amlodipine.
Resp: 2L NC sats 95%. Hemoptysis resolved.
GI: regular diet.
GU: Foley d/c'd, voided.
Skin: intact.
Social: partner [**{{NAME:Name (NI) 7403}}**] aware of transfer. Pt's young son [**{{NAME:Known firstname 7404}}**] staying w/ pt's mother in [**{{LOCATION:Location (un) 7405}}**]. Pt is a pharmacist at [**{{FACILITY:Company 7406}}**]; asked for a letter for her employer.
Belongings sent w/ pt: cell phone, glasses, charger.
Plan: pheresis #3 [**{{DATE:3-31}}**], rheum f/u; pt prefers [**{{FACILITY:Hospital1 18}}**] renal clinic ([**{{PHONE:Telephone/Fax (1) 7407}}**]) for f/u.
[**{{NAME:First Name8 (NamePattern2) 7408}}**] [**{{NAME:Last Name (NamePattern1) 7409}}**], RN`,

  // 72
  `MICU ADMISSION H&P    {{FACILITY:Pelham River Hospital}}    {{DATE:04/03/2021 01:15}}
Pt: {{NAME:Wojciechowska, Bronisława}} (goes by "{{NAME:Bronia}}")   82F   MRN {{MRN:PR-3300712}}
PCP: Dr. {{NAME:Efosa Aghedo-Lind}}, {{FACILITY:Gap Mountain Family Practice}}, {{LOCATION:Peterborough}} NH ({{PHONE:603-555-0148}})
CC: found down at home
HPI: Neighbor ({{NAME:Gertrude Vaillancourt}}) found pt on kitchen floor ~2200 {{DATE:4/2}}, last seen well {{DATE:4/1}} evening. EMS: glucose 41, temp 34.1, HR 48. ED: rewarming, D50, CK 8,800, K 6.1, Cr 2.7, TSH 48 (!), free T4 <0.2.
PMH: hypothyroidism (ran out of levothyroxine ~2 mo ago per neighbor), HTN, OA.
SH: widowed, lives alone at {{ADDRESS:14 Old Stage Rd}}, {{LOCATION:Jaffrey}} NH {{ZIP:03452}}. Son {{NAME:Tadeusz}} in {{LOCATION:Kraków}}, Poland. Former bookkeeper at {{FACILITY:Cheshire Mills Co-op}}.
Exam: T 35.6 (warming blanket), HR 52, BP 98/54. Lethargic, GCS 13. Periorbital edema, delayed DTR relaxation.
A/P: 82F w/ myxedema coma, rhabdo, AKI, hypoglycemia.
- levothyroxine 200 mcg IV load then 75 mcg IV daily; hydrocortisone 100 mg IV q8h
- passive rewarming, IVF, trend CK
- endocrine consult (Dr. {{NAME:Quillon Abernethy}})
- Code: DNR/DNI per MOLST found on fridge (dated {{DATE:09/14/2019}})
-- {{NAME:Saanvi Raghunathan}}, MD (MICU night float)`,

  // 73
  `Cardiac Catheterization
Date of Study: [**{{DATE:2171-6-9}}**]
Name: [**{{NAME:Known lastname 9011}}**], [**{{NAME:Known firstname 9012}}**]   MRN: [**{{MRN:Medical Record Number 9013}}**]
Referring: Dr. [**{{NAME:First Name4 (NamePattern1) 9014}}**] [**{{NAME:Last Name (NamePattern1) 9015}}**], [**{{FACILITY:Hospital3 9016}}**], [**{{LOCATION:Location (un) 9017}}**]
Operators: Dr. [**{{NAME:Last Name (STitle) 9018}}**], Dr. [**{{NAME:Last Name (STitle) 9019}}**] (fellow)
PROCEDURES: R heart cath, coronary angiography, LV gram.
HEMODYNAMICS: RA 14, RV 52/14, PA 52/28 (mean 36), PCW 26 with v-waves to 42. CO (Fick) 3.4, CI 1.8. SVR 1,530. PVR 2.9 WU. AO 98/60.
CORONARY ANGIOGRAPHY: Right dominant. LMCA: no disease. LAD: 100% proximal occlusion, faint L-L collaterals. LCX: 60% mid. RCA: 40% mid.
LV: EF 25%, anterior and apical akinesis, 3+ MR.
FINAL DIAGNOSIS:
1. Two vessel CAD, LAD total occlusion.
2. Severe LV systolic dysfunction, 3+ MR.
3. Elevated biventricular filling pressures, low CI.
COMMENTS: IABP placed via R femoral artery. Discussed w/ cardiac surgery (Dr. [**{{NAME:Last Name (STitle) 9020}}**]); plan CABG + MV repair. Patient to CCU. Report faxed to referring office [**{{FAX:Telephone/Fax (1) 9022}}**].`,

  // 74
  `micu nsg 7a-7p  {{DATE:12/29/23}}
pt {{NAME:asante, kofi}} 61m mrn {{MRN:1002744}} - ugib, etoh cirrhosis (meld 24)
neuro: a&ox3 am, sl confused pm (asterixis +). lactulose 30 q2h until bm, then tid. 2 large bm's by 1500.
cv: st 100-110 am, bp 90s/50s. hct 21.4 -> 2u prbc -> 26.0. octreotide gtt 50/h, pantoprazole 8mg/h gtt.
resp: ra, 95%.
gi: egd 1200 by dr. {{NAME:vasilakis}} - 3 esophageal varices banded, no active bleed. npo til 1800 then clears.
gu: voiding via urinal, 600cc.
id: ctx 1g for sbp ppx.
lines: 2 x 18g piv, r ij tlc placed in ed by dr. {{NAME:ng-abrams}} {{DATE:12/28}}.
social: brother {{NAME:yaw asante}} visiting from {{LOCATION:kumasi}}, ghana, staying at {{FACILITY:mariner's rest guest house}}. wife {{NAME:abena}} is hcp ({{PHONE:617-555-0193}}). pt drives for {{FACILITY:pine ridge taxi co}}. pt requests "no info" flag - password given to wife.
plan: hct q6h, lactulose to 3-4 bm, ?tips eval if rebleeds, hepatology (dr. {{NAME:moreau-achebe}}) following.
{{NAME:d. fitzgerald-amoah}} rn`,

  // 75
  `Admission Date:  [**{{DATE:2128-9-1}}**]     Discharge Date:   [**{{DATE:2128-9-4}}**]

Date of Birth:  [**{{DATE:2080-2-14}}**]     Sex:   M

Service: MEDICINE

Allergies: Amiodarone (pulmonary toxicity)

Attending:[**{{NAME:First Name3 (LF) 6102}}**]
Chief Complaint: ICD shocks x 4

History of Present Illness:
48M w/ HCM s/p ICD ([**2124**], Medtronic dual chamber) who received 4 shocks while mowing his lawn. Brought by [**{{LOCATION:Location (un) 6103}}**] FD to [**{{FACILITY:Hospital1 18}}**]. Interrogation: VT storm, 3 appropriate shocks, 1 for sinus tach.

Brief Hospital Course:
CCU. Mexiletine started, sotalol uptitrated. EP (Dr. [**{{NAME:Last Name (STitle) 6104}}**]) reprogrammed detection. No further events on tele. No driving x 6 mo; pt drives a bus for [**{{FACILITY:Company 6105}}**] - informed.

Discharge Medications:
Sotalol 120 mg PO BID; Mexiletine 150 mg PO q8h; ASA 81.

Discharge Disposition:
Home

Discharge Instructions:
Call [**{{FACILITY:Hospital1 18}}**] Device Clinic [**{{PHONE:Telephone/Fax (1) 6106}}**] for any shock. If 2+ shocks, call 911.

Followup Instructions:
Provider: [**{{NAME:Name10 (NameIs) 6107}}**] [**{{NAME:Last Name (NamePattern4) 6108}}**], MD Phone:[**{{PHONE:Telephone/Fax (1) 6109}}**] Date/Time:[**{{DATE:2128-9-18}}**] 1:00
Device clinic remote check [**{{DATE:2128-10-2}}**]. ICD serial [**{{DEVICE:Serial Number 6110}}**] on file.`,

  // 76
  `CT HEAD WITHOUT CONTRAST / CT CERVICAL SPINE WITHOUT CONTRAST
PT: {{NAME:HADDAD-YUSUF, LEILA}}   MRN {{MRN:2023-004471}}   DOB {{DATE:05/05/1998}}   AGE 24
STUDY DATE: {{DATE:06/11/2022 04:02}}   ACC: {{ID:CT-6611840}} / {{ID:CT-6611841}}
REFERRING: TRAUMA SURGERY - DR. {{NAME:BENEDIKT OYELARAN-FOSS}} (PGR {{PHONE:4-0919}})
HISTORY: PEDESTRIAN STRUCK BY VEHICLE AT {{ADDRESS:MAIN ST & ELM ST}}, {{LOCATION:WESTFIELD}}. GCS 13. ETOH.
COMPARISON: CT HEAD {{DATE:02/20/2019}} ({{FACILITY:MERCY VALE HOSPITAL}}, OUTSIDE).
FINDINGS:
HEAD: 6 MM ACUTE EPIDURAL HEMATOMA, RIGHT TEMPORAL, WITH OVERLYING NONDISPLACED RIGHT TEMPORAL BONE FRACTURE. NO MIDLINE SHIFT. BASAL CISTERNS PATENT. SMALL LEFT FRONTAL CONTRECOUP CONTUSION. RIGHT SCALP HEMATOMA.
C-SPINE: NO FRACTURE OR MALALIGNMENT. PREVERTEBRAL SOFT TISSUES NORMAL.
IMPRESSION:
1. RIGHT TEMPORAL EDH (6 MM) WITH TEMPORAL BONE FRACTURE.
2. SMALL L FRONTAL CONTUSION.
3. NO C-SPINE FRACTURE.
D/W DR. {{NAME:OYELARAN-FOSS}} AND NSGY RESIDENT DR. {{NAME:PALLAVI SRINIVASAN-COATES}} AT 04:21 ON {{DATE:06/11/2022}}.
RADIOLOGIST: {{NAME:THEODORA VANTERPOOL-HAUGE}}, MD     SIGNED {{DATE:06/11/2022 04:40}}
POLICE CASE # {{ID:22-WPD-08817}} REQUESTED COPY - RELEASE REQUIRES PT AUTH.`,

  // 77
  `Respiratory Care Shift Note  [**{{DATE:2161-1-9}}**]
Pt [**{{NAME:Known lastname 5310}}**] remains on [**{{FACILITY:Hospital Ward Name 332}}**] 10 step-down w/ #8 Portex cuffed trach, placed [**{{DATE:12-28}}**] by Dr. [**{{NAME:Last Name (STitle) 5311}}**] (IP).
Ventilation: trach mask 35% humidified, sats 94-97, RR 18-24. Overnight PSV 8/5 for rest per protocol (pt preference), tolerated.
Secretions: mod thick white, suctioned q3-4h; pt able to cough to trach.
Speech: PMV trials w/ speech path ([**{{NAME:First Name8 (NamePattern2) 5312}}**]) 30 min x2, cuff deflated, tolerated, voice clear.
Trach care: site clean, inner cannula changed, ties changed w/ 2 staff.
Dispo: accepted to [**{{FACILITY:Hospital 5313}}**] LTAC in [**{{LOCATION:Location (un) 5314}}**] pending insurance auth (ref # [**{{ID:Numeric Identifier 5316}}**]).
Home: wife [**{{NAME:Name (NI) 5317}}**] being taught suctioning for eventual home d/c; they live at [**{{ADDRESS:Street Address(1) 5318}}**] [**{{ADDRESS:Apartment Address(1) 5319}}**], [**{{LOCATION:Location (un) 5320}}**].
RT: [**{{NAME:First Name4 (NamePattern1) 5321}}**] [**{{NAME:Last Name (NamePattern1) 5322}}**], RRT`,

  // 78
  `Discharge Summary - {{FACILITY:Lanternfield Regional Medical Center}}
Admission Date: {{DATE:January 4, 2023}}      Discharge Date: {{DATE:January 6, 2023}}
Date of Birth: {{DATE:March 9, 1990}}          Sex: F
Service: MICU (Team Blue)     Attending: Dr. {{NAME:Emeka Nwachukwu-Sorensen}}
Name: {{NAME:Tsosie, Marlena}}   MRN {{MRN:77-310-266}}   Acct {{ACCOUNT:44100938812}}
Chief Complaint: lip/tongue swelling, stridor
History of Present Illness: 32F w/ HTN on lisinopril (started 6 wks ago), brought by private car from her workplace ({{FACILITY:Desert Sage Elementary School}}, where she teaches) with rapidly progressive tongue/lip angioedema. ENT (Dr. {{NAME:Lorenzo Begaye}}): supraglottic edema -> awake fiberoptic intubation in OR {{DATE:01/04}} at 1510.
Brief Hospital Course: ACE-inhibitor angioedema. Icatibant 30 mg SC x1, FFP 2U. Cuff leak {{DATE:01/05}} pm, extubated {{DATE:01/06}} am. Lisinopril stopped, listed as class allergy. Started amlodipine.
Discharge Medications: amlodipine 5 mg daily.
Discharge Disposition: Home; husband {{NAME:Darnell Tsosie}} driving ({{PHONE:928-555-0134}}).
Discharge Instructions: NEVER take lisinopril, enalapril, or any "-pril" medicine. Avoid sacubitril/valsartan.
Followup Instructions: PCP Dr. {{NAME:Winona Oakes}}, {{FACILITY:Chinle Valley Clinic}}, {{DATE:01/13/2023 9:00}}; Allergy (Dr. {{NAME:Farrukh Tashkentova}}) referral faxed to {{FAX:928-555-0136}}.`,

  // 79
  `Chief Complaint: hypoxia
24 Hour Events:
 - Bronch [**{{DATE:7-14}}**] by IP (Dr. [**{{NAME:Last Name (STitle) 2460}}**]): mucus plugging LLL, BAL sent
 - Family mtg w/ HCP (son [**{{NAME:Name (NI) 2461}}**])
Allergies: No Known Drug Allergies
Last dose of Antibiotics: Vancomycin - [**{{DATE:2179-7-14}}**] 08:00 PM; Cefipime - [**{{DATE:2179-7-15}}**] 04:00 AM
Infusions: Fentanyl - 50 mcg/Hour; Propofol - 20 mcg/Kg/min
Flowsheet Data as of [**{{DATE:2179-7-15}}**] 07:12 AM
Vital signs: Tmax 38.1, HR 88, BP 112/61, RR 20, SpO2 96%
Vent: CMV/ASSIST/AutoFlow, Vt 450, RR 20, PEEP 8, FiO2 40%
Labs: WBC 13.4, Hct 29.8, Plt 214, Cr 0.9, Lactate 1.1
Micro: BAL [**{{DATE:7-14}}**] GS: 3+ PMNs, 2+ GPC in clusters
Assessment and Plan: 76M w/ Parkinson's disease, aspiration PNA, hypoxemic resp failure.
 - Cont vanc/cefepime, f/u BAL cx
 - SBT in am; SLP eval after extubation (aspiration risk)
 - Home carbidopa/levodopa via OGT, neuro ([**{{NAME:Doctor Last Name 2462}}**]) following
 - Dispo: from [**{{FACILITY:Hospital 2463}}**] Nursing Home ([**{{LOCATION:Location (un) 2464}}**]); son wants return there
ICU Care
 Nutrition: Replete @ 40 (goal 60)
 Glycemic Control: RISS
 Lines: Multi Lumen - [**{{DATE:2179-7-12}}**] 11:30 PM; Arterial Line - [**{{DATE:2179-7-13}}**] 02:00 AM
 Code status: Full code
Total time spent: 35 minutes`,

  // 80
  `ICU SOCIAL WORK NOTE   {{DATE:3/22/2024}}   {{FACILITY:Ridgemont University Hospital}} MICU ({{FACILITY:Whitcomb 8}})
Pt: {{NAME:Delacroix, Jean-Baptiste}} ("{{NAME:J.B.}}"), 55M, MRN {{MRN:5520981}}, admitted {{DATE:3/18}} w/ hypothermia, frostbite, PNA.
Housing: homeless x2 yrs, sleeps at {{FACILITY:St. Dismas Men's Shelter}}; mail c/o shelter, {{ADDRESS:402 Foundry St}}, {{LOCATION:Worcester}} {{ZIP:01604}}.
Income: SSDI application started; SSN verified w/ pt: {{SSN:044-61-8823}}. MassHealth # {{HEALTH_PLAN:100387742219}} (active).
Supports: estranged sister {{NAME:Marguerite Delacroix-Pierre}} in {{LOCATION:Port-au-Prince}}, Haiti; pt declines contact. Friend {{NAME:Tony Reardon}} visits.
Outreach case worker: {{NAME:Jolene Baptiste-Kerr}}, {{FACILITY:Worcester Community Outreach Team}}, {{PHONE:508-555-0181}}, {{EMAIL:jbkerr@wcot-outreach.org}}.
Legal: on probation (docket # {{ID:2262CR001144}}); PO {{NAME:Francisco Almeida}} aware of hospitalization.
Plan: medical respite referral to {{FACILITY:Barton Street Respite Program}} faxed ({{FAX:508-555-0183}}); pt agreeable. Winter clothing and boots from clothing closet (frostbite L toes). Pt given prepaid phone, # {{PHONE:774-555-0186}}.
-- {{NAME:Ngozi Abara-Whitfield}}, LICSW  x{{PHONE:47112}}`,
];

export const HELDOUT_REALISTIC_38_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout38-${i + 1}`, n));
