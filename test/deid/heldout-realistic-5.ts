// A fifth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns and cities are real places
// used only as LOCATION) in the shapes real EHR exports take: i2b2/n2c2-2014-style longitudinal
// outpatient records ("Record date:", signature blocks, typist initials), n2c2-2006-style ALL CAPS
// discharge summaries with odd line breaks, MIMIC-III-style notes with [** **] placeholders,
// terse lower-case nursing shorthand, ED triage, H&P, consults, operative, radiology, pathology and
// lab reports, medication reconciliation, pharmacy, social work, case management, home health,
// hospice, dialysis, transplant, behavioral health, pediatrics/NICU/OB, dental, ophthalmology,
// telephone encounters, portal messages, faxed referral cover sheets, letters (work, school, jury
// duty, DMV), prior-authorization forms, DME orders and EMS run sheets; with look-alike non-PHI
// (eponyms, drug names, doses, ratios, scores, lab values, device models, lot numbers, rooms and
// beds, CPT/ICD/LOINC codes, years and weekdays alone, clock times, ages of 89 and under).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state agencies are not
// PHI; schools, employers, churches, shelters, prisons and a patient's pharmacy or DME supplier
// are FACILITY; insurer and Medicare/Medicaid member numbers are HEALTH_PLAN; billing, claim and
// utility numbers are ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE; plates
// and VINs are VEHICLE; pump, sensor, port, CPAP, ICD and implant serials are DEVICE; accession,
// order, authorization, requisition, incident, juror and employee numbers are ID; short in-house
// pagers and extensions are PHONE; lot, CLIA, NDC and trial numbers are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2091-07-14}}

PRIMARY CARE FOLLOW-UP
{{FACILITY:Westbrook Family Medicine}}

Mr. {{NAME:Osei-Bonsu}} is a 67 y/o man here for f/u of DM2, HTN and CKD 3a. He was last seen {{DATE:4/2/91}}. Since then he went to his daughter {{NAME:Abena}}'s wedding in {{LOCATION:Columbus}} and "ate everything." Home BG 140s-190s fasting. Denies polyuria. He retired from {{FACILITY:Kessler Tool & Die}} last spring and now volunteers Tuesdays at the food pantry.

Meds: metformin 1000 mg BID, glipizide 5 mg qAM, lisinopril 20 mg daily, atorvastatin 40 mg qhs, ASA 81.

PE: BP 142/86, HR 74, Wt 94.1 kg. Feet: monofilament intact 10/10 sites bilat, DP 2+. No Charcot changes.
Labs ({{DATE:06/30/2091}}): A1c 8.2 (was 7.6), Cr 1.48, eGFR 49, K 4.9, UACR 112.

A/P:
1. DM2 - uncontrolled. Add empagliflozin 10 mg daily; hold glipizide if BG < 100. Refer to diabetes education at {{FACILITY:Westbrook}} with {{NAME:Lorna Baptiste}}, RD.
2. HTN - above goal; recheck in 4 wk, consider amlodipine 5.
3. CKD 3a - stable. Nephrology (Dr. {{NAME:Nakagawa}}) following, next visit {{DATE:Sept 9}}.
4. Health maintenance: Shingrix #2 today (lot 7HX22A). Colonoscopy due 2093.

RTC 3 months or sooner prn.

______________________
{{NAME:Theodore K. Vance}}, MD
{{NAME:TKV}}/{{NAME:mh}}`,
  `{{MRN:847210554}}
{{FACILITY:SAINT ANSELM VALLEY HOSPITAL}}
{{ID:58301927}}
{{DATE:11/08/2089 12:00:00 AM}}
DISCHARGE SUMMARY
SIGNED
DIS
ADMISSION DATE :
{{DATE:11/02/2089}}
DISCHARGE DATE :
{{DATE:11/08/2089}}
HISTORY OF PRESENT ILLNESS :
MR. {{NAME:DELACROIX}} IS A {{AGE:NINETY-ONE}} YEAR OLD MAN WITH A HISTORY OF CONGESTIVE HEART FAILURE ( EF 30% ) , ATRIAL FIBRILLATION ON COUMADIN , AND PARKINSON 'S DISEASE WHO PRESENTED FROM {{FACILITY:MAPLECREST REHAB}} WITH THREE DAYS OF INCREASING DYSPNEA AND A 4 KG WEIGHT GAIN . HE WAS SEEN BY DR. {{NAME:OYELARAN}} IN CLINIC ON {{DATE:10/28}} AND HIS LASIX WAS INCREASED TO 80 MG BID .
HOSPITAL COURSE :
HE WAS DIURESED WITH IV LASIX WITH GOOD RESPONSE , NET NEGATIVE 6 LITERS . A FOLEY WAS PLACED ON ADMISSION AND REMOVED ON HOSPITAL DAY 3 . INR WAS 3.8 ON
ADMISSION ; COUMADIN WAS HELD AND RESUMED AT 2.5 MG . SINEMET 25/100 TID WAS CONTINUED . HIS SON , {{NAME:RENE DELACROIX}} , IS HIS HEALTH CARE PROXY ( {{PHONE:413-555-0187}} ) .
DISCHARGE MEDICATIONS :
LASIX 80 MG PO BID ; COUMADIN 2.5 MG PO QHS ; SINEMET 25/100 ONE TAB TID ; METOPROLOL SUCCINATE 50 MG DAILY ; KCL 20 MEQ DAILY .
FOLLOW UP :
DR. {{NAME:OYELARAN}} AT {{FACILITY:SAVH CARDIOLOGY}} ON {{DATE:NOVEMBER 15 , 2089}} . INR CHECK AT {{FACILITY:MAPLECREST}} ON {{DATE:11/10}} .
DISPOSITION :
TO {{FACILITY:MAPLECREST REHAB}} , {{LOCATION:HOLYOKE}} .
Dictated By :
{{NAME:BARTHOLOMEW , LUCIA R.}} , M.D.
Attending :
{{NAME:YEVGENY PRZYBYLSKI}} , M.D.
{{NAME:ZZ}} : {{ID:8830211}}
Batch : {{ID:44102}}
Index No. {{ID:VWKQ7Z4}} D : {{DATE:11/08/89}}
T : {{DATE:11/09/89}}
CC : {{NAME:ODESSA FAIRWEATHER}} , M.D. {{FACILITY:HOLYOKE FAMILY PRACTICE}}`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-19}}**]

Date of Birth:  [**{{DATE:2056-11-2}}**]             Sex:   F

Service: MEDICINE

Allergies:
Sulfa (Sulfonamide Antibiotics) / Codeine

Attending:[**{{NAME:First Name3 (LF) 1923}}**]

Chief Complaint:
fever, hypotension

Major Surgical or Invasive Procedure:
[**{{DATE:2148-3-5}}**] right IJ central line
[**{{DATE:2148-3-7}}**] ERCP with sphincterotomy and plastic stent

History of Present Illness:
{{AGE:91}}F w/ h/o CAD, DM2, cholangitis s/p ERCP [**{{DATE:2147-10}}**] who p/w fever to 102.9, rigors and RUQ pain from [**{{FACILITY:Hospital 1426}}**] nursing home. Per her son [**{{NAME:Name (NI) 8217}}**] she was at baseline until last night. At [**{{FACILITY:Hospital1 18}}**] ED T 102.9, HR 118, BP 78/40, lactate 4.1. Received 3L NS, vanc/zosyn, started on levophed and admitted to the [**{{FACILITY:Hospital Unit Name 153}}**].

Brief Hospital Course:
# Septic shock 2/2 ascending cholangitis: off pressors HD3. Blood cx 4/4 E. coli, pan-sensitive; narrowed to ceftriaxone, then PO cipro to complete 10 days (last dose [**{{DATE:3-22}}**]).
# AF w/ RVR: rate controlled on metoprolol 25 TID; CHADS2-VASc 6, anticoagulation discussed with Dr. [**{{NAME:Last Name (STitle) 4471}}**], held pending repeat ERCP.
# Code status: DNR/DNI confirmed with HCP.

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hospital3 2558}}**] - [**{{LOCATION:Location (un) 1121}}**]

Followup Instructions:
Provider: [**{{NAME:First Name11 (Name Pattern1) 2298}}**] [**{{NAME:Last Name (NamePattern4) 4511}}**], MD Phone:[**{{PHONE:Telephone/Fax (1) 3618}}**]
Date/Time:[**{{DATE:2148-4-2}}**]
Repeat ERCP with stent pull in 6-8 weeks; GI will call.

                             [**{{NAME:First Name8 (NamePattern2) 2298}}**] [**{{NAME:Doctor Last Name 4512}}**] MD [**{{ID:MD Number(1) 4513}}**]

Completed by:[**{{DATE:2148-3-19}}**]`,
  `nursing progress note 0700-1900
neuro: a&ox3, mae, follows commands. perrl 3mm brisk. no sedation. c/o ha this am, tylenol 650 given w/ relief.
cv: nsr 80s-90s, no ectopy. sbp 110s-130s. k 3.6 repleted 40 meq po. +pp.
resp: ls cl dim at bases. 2l nc sats 95-97%. is 750. cough weak, sputum thick tan.
gi/gu: abd soft, +bs. tol cardiac diet poorly. foley to gravity uo 40-80cc/hr clear yellow.
id: tmax 99.8. on levo day 4/7.
skin: coccyx stage 2 unchanged, duoderm in place.
social: wife {{NAME:bev}} called x2, updated by rn. dtr {{NAME:kayleigh}} visiting tonight from {{LOCATION:worcester}}. pt asking for his pastor from {{FACILITY:st. casimir's}}, spiritual care paged ({{PHONE:x4417}}).
plan: oob to chair, cont abx, am labs, ? transfer to floor ({{FACILITY:farnsworth 6}}) tomorrow if bed.
-{{NAME:m. okafor}} rn`,
  `{{FACILITY:MERCY RIVERSIDE}} EMERGENCY DEPARTMENT - TRIAGE
Arrival: {{DATE:02/03/2024 23:47}}   Mode: private vehicle
Pt: {{NAME:Baker, Hope}}   DOB: {{DATE:09-12-1998}}   MRN: {{MRN:MR-0048827}}
Acct#: {{ACCOUNT:V00019938271}}
CC: "my throat is closing" after eating at a restaurant
ESI: 2
Vitals: T 98.4 HR 122 BP 96/58 RR 24 SpO2 93% RA. Wt 61 kg.
Hx: peanut allergy, EpiPen not with her. Took 1 Benadryl 25 mg at 23:20. Asthma (albuterol prn).
Triage note: speaking in short phrases, diffuse urticaria, lip swelling. Brought in by roommate {{NAME:Grace Mason}} ({{PHONE:(617) 555-0162}}). Works as a barista at {{FACILITY:Lantern Coffee Co.}}, student at {{FACILITY:Mystic River CC}}.
Epi 0.3 mg IM given in triage at 23:52 per standing order. To Resus 2.
PCP: Dr. {{NAME:Priya Raghunathan}}, {{FACILITY:Navy Yard Health Ctr}}
Insurance: MassHealth ID {{HEALTH_PLAN:100382746512}}
Triage RN: {{NAME:J. Wojcik}}`,
  `HISTORY AND PHYSICAL
Patient: {{NAME:Rosalind "Roz" Whitcombe-Ibarra}}   MRN {{MRN:3318406}}   Adm: {{DATE:3 Feb 24}}
Attending: {{NAME:Anand Kulkarni}}, MD   Resident: {{NAME:S. Lindqvist}}, MD (pgr {{PHONE:3-2291}})

CC: fall, R hip pain

HPI: {{AGE:93}}yo woman with osteoporosis, HFpEF and mild dementia who lives alone at {{ADDRESS:41 Quarry Rd, Unit 3}}, {{LOCATION:Barre}}, VT {{ZIP:05641}}, found on the kitchen floor by her neighbor {{NAME:Walt Pelletier}} this morning. Unknown down time (last spoke with her son by phone at 8 pm). R leg shortened and externally rotated. No head strike per pt. On apixaban 2.5 BID.

PMH: osteoporosis (T-score -3.1), HFpEF, HTN, hypothyroidism, L Colles fx 2019.
PSH: cholecystectomy, L TKA.
Meds: apixaban 2.5 mg BID, furosemide 20 mg daily, levothyroxine 75 mcg, alendronate 70 mg weekly (Sunday), donepezil 5 mg.
SH: widowed; retired schoolteacher ({{FACILITY:Granite City High}}). No tobacco. 1 glass wine/wk. Son {{NAME:Marc}} in {{LOCATION:Montréal}} is HCP, {{PHONE:+1 514 555 0148}}.
Exam: T 97.9, HR 88, BP 152/70. Alert, oriented to self and place. Glasgow 15. Babinski downgoing bilat. RLE shortened, ER, NV intact distally.
Imaging: XR R hip {{DATE:02/03/2024}}: displaced subcapital femoral neck fx. CXR: no acute process.
A/P: {{AGE:93}}F w/ displaced R femoral neck fx.
- Ortho (Dr. {{NAME:Haverford}}) aware, hemiarthroplasty planned once apixaban washed out
- hold apixaban, last dose {{DATE:2/2}} at 21:00
- delirium precautions; continue donepezil
- PT/OT post-op; SW for dispo (likely {{FACILITY:Winooski Valley Rehab}})`,
  `RENAL CONSULT NOTE    {{DATE:Feb. 3rd, 2024}}
Requesting: Dr. {{NAME:Mbeki}}, hospitalist     Consultant: {{NAME:Farah Al-Khatib}}, MD
Pt: {{NAME:Nguyen Thi Lan}} ({{MRN:00739215}}), 78 yo F, {{FACILITY:Halsey 4}} rm 412B

Reason: AKI on CKD 4, ? need for RRT
HPI: 78F with CKD 4 (baseline Cr 2.6, eGFR 18) 2/2 diabetic nephropathy, admitted {{DATE:1/31}} with vomiting and poor PO intake. Cr 4.9 today. K 5.8. HCO3 16. UOP 300 mL/24h, Foley placed. Received Toradol x2 at an urgent care in {{LOCATION:Quincy}} last week for back pain and has been taking ibuprofen 600 TID. IV contrast {{DATE:1/29/24}} (CT A/P at {{FACILITY:Wollaston Imaging}}).
Access: none. Vein mapping {{DATE:Nov 2023}}: R cephalic 3.1 mm.
Exam: BP 168/92, no rub, 2+ LE edema, crackles at bases, asterixis absent.
Assessment: AKI (KDIGO 2) on CKD 4, likely ATN from NSAIDs + contrast + prerenal; hyperK; NAGMA.
Recs:
1. Stop NSAIDs; avoid contrast.
2. Lokelma 10 g TID x 48h, 2 g K diet.
3. Sodium bicarb 1300 mg TID.
4. If K >6.5 or uremic sx despite above, place HD catheter and start HD.
5. Discussed options incl. conservative mgmt with pt and daughter {{NAME:Lan Anh}} via Vietnamese interpreter (ID {{ID:204417}}).
Will follow daily. Page {{PHONE:x7-6120}} with questions.
{{NAME:F. Al-Khatib}}`,
  `OPERATIVE REPORT
Date of surgery: {{DATE:05/14/2092}}
Patient: {{NAME:YOUNG, DESMOND A.}}   MRN {{MRN:5520-1187}}
Surgeon: {{NAME:Ingrid Solberg-Mensah}}, MD     Assistant: {{NAME:Kwame Asante}}, PA-C
Anesthesia: general ETT ({{NAME:R. Castellanos}}, MD)
Preop dx: symptomatic cholelithiasis; GERD with large hiatal hernia
Postop dx: same
Procedure: laparoscopic cholecystectomy; laparoscopic hiatal hernia repair with Nissen fundoplication (CPT 47562, 43281)
Findings: 5 cm type III hiatal hernia. Gallbladder distended with multiple stones. Critical view of safety obtained.
Description: Pt placed supine, SCDs on, Ancef 2 g given. Veress entry at Palmer's point, five trocars placed. Hernia sac reduced, crura closed with 0 Ethibond x3, reinforced with Bio-A mesh 7x10 cm (lot 2291-4B, ref 7010B). 2 cm floppy Nissen over 56 Fr bougie. Cystic duct and artery clipped and divided; GB removed in Endocatch bag.
EBL 40 mL. Specimens: gallbladder to pathology (accession {{ID:S92-18840}}). Drains: none. Counts correct x2.
Disposition: PACU, then {{FACILITY:Whitfield 5}}.
Pt's wife {{NAME:Mavis}} updated by phone at 14:10 ({{PHONE:978.555.0133}}).
Electronically signed {{NAME:I. Solberg-Mensah}} {{DATE:05/14/2092 15:02}}`,
  `{{FACILITY:NORTHGATE RADIOLOGY ASSOCIATES}}
{{ADDRESS:2200 Commerce Pkwy, Suite 110}}, {{LOCATION:Rochester}}, NY {{ZIP:14623}}   Tel {{PHONE:585-555-0110}}   Fax {{FAX:585-555-0111}}

EXAM: CT CHEST WITH CONTRAST        Accession: {{ID:NRA-24-0093318}}
Patient: {{NAME:Kowalczyk, Jadwiga}}   DOB {{DATE:1949-08-30}}   MRN {{MRN:NR771204}}
Ordering: {{NAME:Samuel Obi}}, NP      Exam date: {{DATE:2024-03-11}}
CLINICAL: 74F former smoker (40 pk-yr), 8 mm RUL nodule on CT {{DATE:9/2023}}.
TECHNIQUE: Axial CT of the chest after 75 mL Omnipaque 350 IV. DLP 412 mGy-cm.
COMPARISON: {{DATE:09/19/2023}} outside CT ({{FACILITY:Genesee Valley Medical}}).
FINDINGS: RUL nodule (series 4, image 61) now 11 x 9 mm, previously 8 x 7 mm, part-solid with 5 mm solid component. Lung-RADS 4B. No new nodules. Small hiatal hernia. Mild coronary calcification. No mediastinal or hilar adenopathy. Visualized upper abdomen unremarkable.
IMPRESSION:
1. Enlarging part-solid RUL nodule, Lung-RADS 4B. Recommend PET/CT and thoracic surgery referral.
2. Findings called to {{NAME:Samuel Obi}}, NP by Dr. {{NAME:Adaeze Nwankwo}} at 16:40 on {{DATE:3/11/2024}}, read back confirmed.
Dictated: {{NAME:A. Nwankwo}}, MD`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Corriveau Memorial Hospital}} - Department of Pathology
Accession #: {{ID:SP-91-004417}}      Received: {{DATE:14 Jan 2091}}
Patient: {{NAME:Halvorsen, Pieter}}   Age/Sex: 61/M   MRN: {{MRN:CMH-00-554021}}
Submitting physician: {{NAME:Beatriz Saldanha-Cruz}}, MD ({{FACILITY:Lakeside GI Associates}})
Copy to: {{NAME:Tomasz Brzezinski}}, MD
Clinical history: Barrett's esophagus, surveillance EGD. Prior LGD 2089.
Specimen: A. Esophagus, 38 cm, biopsies x4. B. Stomach, antrum, biopsy.
Gross: A. Four tan-pink fragments, 0.2-0.4 cm, entirely submitted in 1 cassette. B. Two fragments, 0.3 cm, 1 cassette.
Diagnosis:
A. Barrett's mucosa (intestinal metaplasia) with low-grade dysplasia. Negative for high-grade dysplasia or carcinoma.
B. Mild chronic inactive gastritis. Helicobacter immunostain negative.
Comment: Case reviewed with Dr. {{NAME:Ruth Abernathy}}, who concurs. Prague C2M4. Repeat EGD per Seattle protocol in 6 months is suggested.
Signed out: {{NAME:Greta Lindahl}}, MD   {{DATE:01/17/2091 11:24}}
CLIA 22D0099012   CAP 7719203`,
  `{{FACILITY:TRI-COUNTY REFERENCE LAB}}   CLIA# 05D1234567   Lab Director: {{NAME:H. Batchelor}}, MD, PhD
PATIENT: {{NAME:ESPINOZA-VEGA, MARISOL}}   SEX: F   DOB: {{DATE:07/04/1962}}   AGE: 61
PT ID: {{MRN:TCL8830142}}     ACCESSION: {{ID:24-074-11832}}     REQ#: {{ID:RQ559021}}
COLLECTED: {{DATE:03/14/2024 07:12}}   RECEIVED: {{DATE:03/14/2024 09:40}}   REPORTED: {{DATE:03/14/2024 15:55}}
ORDERING: {{NAME:KAPLAN, ELI}} MD   NPI {{LICENSE:1396027714}}
CLIENT: {{FACILITY:SUNNYSIDE INTERNAL MEDICINE}}

TEST                  RESULT   FLAG   UNITS      REF RANGE      LOINC
HEMOGLOBIN A1C        6.9      H      %          4.0-5.6        4548-4
GLUCOSE, FASTING      131      H      mg/dL      65-99          1558-6
CREATININE            0.92            mg/dL      0.50-1.03      2160-0
eGFR (CKD-EPI 2021)   71              mL/min     >59
TSH                   2.14            uIU/mL     0.450-4.500    3016-3
VITAMIN B12           188      L      pg/mL      232-1245       2132-9
LIPIDS: CHOL 214 H, TRIG 160 H, HDL 44, LDL (calc) 138 H, non-HDL 170

Comment: B12 low; repeat with methylmalonic acid suggested. Results called to {{NAME:Dolores}} at ordering office {{DATE:3/14/24 16:02}} by {{NAME:KT}}.
Page 1 of 1`,
  `MEDICATION RECONCILIATION - ADMISSION
Pt: {{NAME:Lindgren, Rose}}   ({{AGE:90}} y.o.)   MRN {{MRN:662-04-19}}   Bed 14-2
Sources: pt's pill bottles, daughter-in-law {{NAME:Carmen}}, and fill history from {{FACILITY:Hollis Pharmacy}} ({{PHONE:207-555-0174}}), {{LOCATION:Bangor}}.
Home meds:
1. Eliquis (apixaban) 5 mg BID - last dose {{DATE:3/2}} PM
2. Toprol XL 25 mg daily
3. Synthroid 88 mcg daily
4. Lasix 40 mg daily (she takes 20 mg "if swollen")
5. Vitamin D3 2000 IU daily
6. Tylenol Arthritis 650 mg q8h prn
7. Klonopin 0.5 mg qhs - prescribed by Dr. {{NAME:Ferris}}, last fill {{DATE:2/19}} #30; daughter-in-law reports "a few extra"
8. Prednisone 5 mg - stopped {{DATE:Jan 24th}}
9. Miralax 17 g daily prn
Discrepancies: Lasix dose; Klonopin in pt >65 (Beers list) - discuss taper with team; apixaban 5 mg BID meets dose-reduction criteria (age >80, wt 54 kg) - recommend 2.5 mg BID.
Allergies: penicillin (hives), sulfa (rash).
Completed by {{NAME:Tanvir Hossain}}, PharmD   {{DATE:03/03/2024 10:15}}`,
  `{{FACILITY:Coastal Specialty Pharmacy}} - Clinical Pharmacist Intake
Date: {{DATE:Thursday, August 8, 2024}}
Patient: {{NAME:Dmitri Volkov}}   DOB {{DATE:12/1/1971}}   Phone {{PHONE:(904) 555-0139}}
Ship to: {{ADDRESS:PO Box 2217}}, {{LOCATION:Fernandina Beach}}, FL {{ZIP:32035}}
Rx: Humira (adalimumab) 40 mg/0.4 mL pen, inject q14 days. Rx# {{ID:6610492}}
Prescriber: {{NAME:Leticia Ambrose}}, MD   NPI {{LICENSE:1740388251}}   DEA {{LICENSE:BA4471902}}
Insurance: Florida Blue, member ID {{HEALTH_PLAN:FBX449201736}}. Prior auth {{ID:PA-2024-118873}} approved through {{DATE:08/07/2025}}.
Screening: QuantiFERON negative {{DATE:6/2024}}; HBsAg neg, anti-HBc neg. No live vaccines planned.
Counseling: spoke with pt and his wife {{NAME:Svetlana}}. Reviewed pen technique (thigh/abdomen, rotate sites), storage 36-46 F, may keep at room temp up to 14 days. Signs of infection, hold if febrile and call prescriber. Sharps container shipped. First dose teaching with nurse {{NAME:Rowena}} on {{DATE:8/12}}.
Copay assistance enrolled. Refill reminder call 7 days before due.
Pharmacist: {{NAME:Imani Holloway}}, PharmD, FL license {{LICENSE:PS 58812}}`,
  `SOCIAL WORK ASSESSMENT
{{DATE:10-22-2023}}
Referral reason: unsafe discharge, housing instability.
Pt is a 54 y/o man (goes by "{{NAME:Tito}}") admitted with LE cellulitis, currently staying at the {{FACILITY:Fenwick Street Shelter}} and attending the day program at {{FACILITY:Canal House}}. He was incarcerated at {{FACILITY:MCI-Wexford}} until 2021 and is on probation (PO {{NAME:Gareth Lyle}}, {{PHONE:508-555-0191}}). Has a case manager, {{NAME:Denise Oyelowo}}, at {{FACILITY:Riverbend Community Services}} ({{PHONE:781-555-0156}}). Sister {{NAME:Marisol}} lives on {{ADDRESS:Dudley St}} in {{LOCATION:Roxbury}} but cannot take him (lease).
Income: none; SSDI application started, SSN verified for application ({{SSN:012-38-4467}}).
Insurance: MassHealth Standard, member {{HEALTH_PLAN:100773618840}}.
Substance use: EtOH in remission 14 months, attends AA Mondays; no IVDU.
Assessment: needs daily wound care and IV abx x 5 more days; shelter cannot accommodate PICC.
Plan: referral to medical respite at {{FACILITY:Canal House}}; bed expected {{DATE:Wed 10/25}}. Will meet pt again tomorrow. Contact: {{NAME:Aoife Brennan}}, LICSW, {{PHONE:x5528}}.`,
  `CASE MANAGEMENT NOTE - {{DATE:12/9/2090}}
Pt {{NAME:Ferreira, Joaquim}}, {{AGE:94}} y/o M, admitted {{DATE:12/4}} w/ CHF exacerbation; obs -> inpatient {{DATE:12/5}}.
Payer: Medicare A/B, MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}; secondary AARP supplement {{HEALTH_PLAN:381220744-11}}.
Hospital account {{ACCOUNT:HAR 55019283}}.
Lives with wife (aged {{AGE:92}}) in a two-family at {{ADDRESS:18 Pleasant St, 2nd fl}}, {{LOCATION:Fall River}} {{ZIP:02720}}; 14 stairs to the unit, no railing on one side. Used a rollator at baseline. PT today: min-mod A x1, 40 ft, AM-PAC 14.
D/c plan: SNF for short-term rehab. Referrals sent to {{FACILITY:Slade's Ferry Manor}}, {{FACILITY:St. Zita's Haven}} and {{FACILITY:Acushnet Ridge Health & Rehab}}. {{FACILITY:St. Zita's Haven}} accepted, bed available {{DATE:12/11}}. 3-midnight inpatient stay met.
Son {{NAME:Paulo}} (HCP) agreeable; prefers email: {{EMAIL:pferreira.fr@examplemail.com}}.
Transport: chair van via {{FACILITY:Coastline Medical Transport}}, pickup 10:00.
Important Message from Medicare, 2nd copy delivered {{DATE:12/9}}.
{{NAME:Lourdes Quiñones}}, RN CM   ext {{PHONE:4-3390}}`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Hearthstone Home Care}}    Visit date: {{DATE:6/18/24}}    Time in 0905  out 1002
Patient: {{NAME:Ethel Brown}}   DOB {{DATE:3/3/1932}}   Agency ID {{MRN:HH-20871}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Tunbridge}}, VT {{ZIP:05077}}
Directions: past the {{FACILITY:Elm Hill Grange}} hall, 2nd farmhouse on left, blue mailbox. Dog is friendly.
Homebound: leaves home only for medical appts, requires walker and assist of 1; SOB after 15 ft.
Pt is a {{AGE:92}} y/o F with CHF, venous stasis, DM2. Alert, pleasant, oriented x3.
Vitals: T 97.6, HR 84 irreg, BP 168/90, RR 18, SpO2 94% RA. Wt 71.2 kg (up 1.1 kg since last visit).
Wound: L medial lower leg venous ulcer 3.2 x 2.1 x 0.2 cm, 80% granulation, mod serous drainage. Cleansed NS, Aquacel, Unna boot applied.
Meds reviewed, pillbox filled x1 wk. Taking furosemide 40 mg daily, metoprolol 25 BID, glipizide 2.5 mg.
Caregiver: grandson {{NAME:Tyler Brown}} present, cell {{PHONE:802 555 0126}}.
PCP Dr. {{NAME:Alcott}} at {{FACILITY:Randolph Health Center}} notified of BP and weight gain via fax {{FAX:802-555-0119}}.
Next visit {{DATE:Fri 6/21}}.
{{NAME:Keisha Dunmore}}, RN`,
  `hospice rn visit - {{FACILITY:evening star hospice}}
{{DATE:1/7/2092 1330}}
pt: {{NAME:mason, arthur}}  {{AGE:96}}yo m, dx end-stage alzheimer dementia (FAST 7c), resides at {{FACILITY:brookhaven memory care}} rm 12, bed by window.
s: staff report pt sleeping 20+ h/day, taking sips only, ~200 ml/day. no bm x3 days. grimacing w/ turns.
o: hr 104, rr 22 w/ 10-15 sec apneic periods, bp 92/50, temp 99.4 ax. mottling to b/l knees. mouth dry, oral care done. sacrum intact, heels boggy - offloaded. pain painad 4/10.
a: actively declining, likely days. 
p: roxanol 5 mg sl q2h prn pain/dyspnea (was q4h), scheduled 2.5 mg q4h started. levsin 0.125 sl prn secretions. senna held. comfort kit in med room.
family: wife {{NAME:june}} ({{AGE:ninety-three}}) visiting daily, driven by neighbor. son {{NAME:gary}} in {{LOCATION:tucson}} updated by phone {{PHONE:520-555-0198}}, plans to fly in friday. chaplain rev. {{NAME:okoro}} visited {{DATE:1/6}}.
md dr. {{NAME:lapointe}} notified of changes, orders received.
next rn visit tomorrow; aide 5x/wk; sw {{NAME:hannah}} to call wife re: funeral home ({{FACILITY:kilbride & sons}}).
{{NAME:r. atwater}}, rn`,
  `OUTPATIENT HEMODIALYSIS - TREATMENT NOTE
Unit: {{FACILITY:Lakeshore Kidney Center}} - {{LOCATION:Evanston}}      Chair 7, 2nd shift (MWF)
Date: {{DATE:Mon 4/15/2024}}
Pt: {{NAME:Oluwaseun Adeyemi-Clarke}}   MRN {{MRN:LKC-3041}}   Nephrologist: Dr. {{NAME:Hirsch}}
Access: L brachiocephalic AVF created {{DATE:8/2022}} (Dr. {{NAME:Pradhan}}, {{FACILITY:Northshore Vascular}}). Thrill and bruit present. 15g needles x2, rope-ladder.
Machine Fresenius 2008T #14, dialyzer Optiflux F180NR. Rx: 4 h, Qb 400, Qd 600, 2K/2.5Ca bath, EDW 82.0 kg.
Pre wt 85.6 kg, post 82.3 kg, UF 3.3 L. Pre BP 168/94, post 132/78. Cramping last 30 min, NS 200 mL given.
Labs: Kt/V 1.41 and URR 74% ({{DATE:3/2024}}). Hgb 10.2, phos 6.1, PTH 512, albumin 3.8.
Meds given: Epogen 6000 units IV, Venofer 100 mg IV, Hectorol 4 mcg IV.
Transplant: active on list at {{FACILITY:Midlakes Transplant Institute}}, pending repeat cardiac stress test.
Social: drives himself; disability parking placard {{ID:IL-PL-5538112}} renewed for vehicle plate {{VEHICLE:DV 88213}}. Works part-time (remote) for {{FACILITY:Prairie Mutual}} claims dept.
Education: reviewed fluid limit 1 L/day and binders with meals (sevelamer 1600 mg TID).
RN: {{NAME:Marguerite Osterhout}}    Tech: {{NAME:D'Andre Jefferson}}`,
  `Record date: {{DATE:2089-02-27}}

KIDNEY TRANSPLANT CLINIC - {{FACILITY:Midlakes Transplant Institute}}

{{NAME:Hollis Ng}} is a 58 y/o man now 9 months s/p deceased-donor kidney transplant ({{DATE:5/21/88}}) for IgA nephropathy, KDPI 42%, here for routine f/u. Feels well. Working full time again at {{FACILITY:Great Lakes Tooling}}. No fevers, dysuria or graft tenderness.

Immunosuppression: tacrolimus 3 mg BID (trough 7.8 on {{DATE:2/24}}), mycophenolate 500 mg BID, prednisone 5 mg daily.
Prophylaxis: valganciclovir 450 mg daily (CMV D+/R-) through 6 mo - stopped {{DATE:11/21/88}}; Bactrim SS daily.
Labs: Cr 1.31 (baseline 1.2-1.4), K 4.6, Mg 1.6, WBC 5.1. BK PCR blood not detected. CMV PCR not detected. UPCR 0.12.
Diabetes: post-transplant DM, on Dexcom G7 (sensor SN {{DEVICE:7F3K22B91}}) and glargine 14 u; TIR 76%.
Exam: BP 128/76. Graft RLQ non-tender, no bruit. No edema.

A/P:
- Graft function stable. Continue current regimen. Mg oxide 400 BID.
- Derm skin check due (Dr. {{NAME:Esperanza Toledo}}).
- Flu shot given today; no live vaccines.
- UNOS candidate ID {{ID:PXL2083}} retained for records.
RTC 3 months with labs every 4 weeks at {{FACILITY:Dearborn Outpatient Lab}}.

{{NAME:Wendell Rourke}}, MD
cc: {{NAME:Harriet Sobczak}}, MD (referring nephrologist)`,
  `PSYCHIATRIC INTAKE EVALUATION
{{FACILITY:Harborlight Behavioral Health}} - Outpatient      Date: {{DATE:9/3/24}}

ID: {{NAME:Jordan "Jojo" Ferrante-Liu}} (they/them), 27, single, self-referred after PCP visit with Dr. {{NAME:Abiodun}}.
CC: "I can't get out of bed and I'm missing shifts."
HPI: 4 months of low mood, anhedonia, hypersomnia, poor concentration. PHQ-9 19, GAD-7 15. Passive SI ("wouldn't mind not waking up"), no plan or intent; C-SSRS screen: positive for wish to be dead only. No HI. Works at {{FACILITY:Quill & Ink Bookshop}} and is a part-time MFA student at {{FACILITY:Larchmont College}}. Sells illustrations online ({{URL:www.jojoliu-draws.com}}).
Past psych: one prior hospitalization at {{FACILITY:Westfield Pavilion}} in {{DATE:March '22}} after overdose on sertraline; sertraline then bupropion trials. Therapist {{NAME:Noor Haddad}}, LMHC, until {{DATE:12/2023}}.
Substances: cannabis nightly (vape), EtOH 2-3 drinks/wk. No other drugs.
Family: mother with bipolar II; maternal uncle died by suicide. Sister {{NAME:Gemma}} is support ({{PHONE:(401) 555-0117}}).
MSE: casually dressed, psychomotor slowing, mood "flat", affect constricted, thought process linear, no AH/VH, insight and judgment fair.
Dx: MDD, recurrent, moderate (F33.1); GAD (F41.1); cannabis use, mild.
Plan: start escitalopram 10 mg; safety plan completed and copy given; 988 and crisis line reviewed; firearm access: none. Refer to DBT skills group (Thursdays). RTC 2 weeks.
{{NAME:Miriam Szabo-Kerr}}, PMHNP`,
  `WELL CHILD CHECK - 4 YEAR
{{FACILITY:Little Sprouts Pediatrics}}      {{DATE:October 2, 2023}}
Pt: {{NAME:Zainab Qureshi}}   DOB {{DATE:09/28/2019}}   MRN {{MRN:LSP00918}}
Accompanied by mother ({{NAME:Farida}}) and baby brother {{NAME:Ibrahim}}.
Interval hx: well. Attends pre-K at {{FACILITY:Maple Leaf Montessori}} 5 mornings/wk. Dry at night. Picky eater. No snoring.
Growth: Wt 16.8 kg (55th %ile), Ht 104 cm (62nd %ile), BMI 15.5 (45th %ile). BP 96/58.
Vision 20/25 OU (HOTV). Hearing pass bilat (OAE).
Development: ASQ-3 all domains above cutoff; draws a person with 4 parts, hops on one foot, tells stories. M-CHAT n/a.
Exam: normal; Tanner 1; no murmur; teeth with 2 small caries - referred to dentist.
Immunizations: DTaP #5 (lot U7712AA), IPV #4, MMR #2, Varicella #2 given. VIS given, mother consented.
Lead level {{DATE:9/2021}} <2. Hgb 12.1.
Anticipatory guidance: booster seat, water safety, screen time < 1 h, brush 2x/day with fluoride.
Forms: kindergarten health form for {{FACILITY:Ridgeview Elementary}} completed; copy to mother's email {{EMAIL:farida.q1988@examplemail.com}}.
Next WCC at 5 y.
{{NAME:Carolyn Ashby}}, MD`,
  `NICU ADMISSION NOTE
Baby Boy {{NAME:Okonkwo}} ("Twin A")   MRN {{MRN:20993471}}   DOB/TOB: {{DATE:11/30/2090 04:17}}
GA 29 2/7 wk by LMP c/w 1st-trimester US. BW 1180 g (50th %ile), OFC 26.5 cm.
Mother: {{NAME:Chiamaka Okonkwo}}, 31 y/o G2P0102, O+, antibody neg, HBsAg neg, HIV neg, GBS unknown. ROM 18 h, no maternal fever. Betamethasone x2 ({{DATE:11/28}} and {{DATE:11/29}}), magnesium for neuroprotection.
Delivery: urgent C/S at {{FACILITY:Saint Hedwig's}} for PTL and twin B breech. Cried after stim; CPAP in DR. Apgars 4 and 7 at 1 and 5 min.
Transport: {{FACILITY:NeoTrans}} team, arrived 06:05, on CPAP +6, FiO2 0.35.
Exam: active preterm male, mild retractions, grunting; no murmur; AF soft; testes undescended.
Plan:
- Resp: RDS - surfactant (Curosurf 200 mg/kg) via LISA, CPAP +6. Caffeine load 20 mg/kg.
- FEN: UVC/UAC placed, TPN D10 + AA 3 g/kg, trophic feeds with DBM once stable.
- ID: blood cx, ampicillin/gentamicin x 48 h pending cx.
- Neuro: HUS on DOL 7.
Father {{NAME:Emeka}} at bedside; phone {{PHONE:(312) 555-0170}}. Mother recovering on {{FACILITY:Larkin 3}}.
{{NAME:Hyun-woo Baek}}, NNP / Dr. {{NAME:Valentina Ruiz}}, attending`,
  `L&D ADMISSION H&P     {{DATE:2024-05-09 02:40}}
{{NAME:Ximena Castañeda de la Rosa}}, 24 y/o G1P0 at 39w4d (EDD {{DATE:5/12/24}} by 8-wk US), MRN {{MRN:0558120}}
Presents with ctx q3-4 min since 2300 and SROM at 0130, clear fluid.
Prenatal care: {{FACILITY:Valle Verde Community Health}}, 12 visits; provider {{NAME:Dana Whitlock}}, CNM.
Labs: O pos, Ab screen neg, rubella immune, HBsAg neg, HIV neg, RPR NR, GBS neg ({{DATE:4/18}}), 1-h GCT 118, Hgb 11.4.
US {{DATE:4/30/2024}}: vertex, EFW 3290 g (48th %ile), AFI 11.
Exam: BP 118/72, HR 88, T 98.6. Abd gravid, non-tender. Leopold: vertex. SVE 5/90/-1. Nitrazine +, ferning +.
FHT: baseline 135, moderate variability, + accels, no decels (Category I). Toco: q3 min.
A/P: IUP at 39w4d in active labor with SROM.
- admit to L&D, CBC/T&S
- epidural per pt request
- expectant mgmt; Pitocin augmentation prn
- breastfeeding planned; desires Nexplanon postpartum
Support: FOB {{NAME:Luis Ortega}} at bedside; pt's mother {{NAME:Yolanda}} driving from {{LOCATION:Las Cruces}}. Pt works as a dental hygienist at {{FACILITY:Sunland Park Dental Group}}. Preferred language Spanish/English.
{{NAME:Priyanka Deshmukh}}, MD (OB PGY-2) / {{NAME:Hal Corbin}}, MD`,
  `{{FACILITY:Bright Harbor Dental}}    {{ADDRESS:77 Wharf Rd}}, {{LOCATION:Gloucester}}, MA {{ZIP:01930}}
Patient: {{NAME:Pruitt, Everett}}   Chart #{{MRN:BH-11402}}   DOB {{DATE:1/30/1958}}
Visit {{DATE:3-8-2024}} - limited exam / emergency
CC: "lower left back tooth killing me since Sunday"
Med hx: AFib on warfarin (INR 2.4 on {{DATE:3/6}} per {{FACILITY:Cape Ann Anticoag Clinic}}), MVP, allergy PCN (hives).
Exam: #19 deep distal caries, percussion +, cold lingering >30 s. PA: PARL at mesial root apex #19. #18 MOD amalgam intact. Perio: generalized 2-3 mm, BOP minimal.
Dx: symptomatic irreversible pulpitis with symptomatic apical periodontitis #19 (D0140, D0220).
Tx: discussed RCT vs extraction; pt chose extraction. Referred to oral surgeon Dr. {{NAME:Anand Iyer-Patel}} ({{FACILITY:North Shore OMS}}, fax {{FAX:978-555-0188}}); will coordinate with PCP re: warfarin. Rx: clindamycin 300 mg QID x7d (PCN allergy); ibuprofen 600 mg + APAP 500 mg q6h prn.
Dental insurance: Delta Dental, subscriber ID {{HEALTH_PLAN:DD-4410937}}; subscriber is spouse {{NAME:Loretta Pruitt}} through her employer ({{FACILITY:Cape Ann Seafood Co.}}).
Next: recall 6 mo; FMX due.
{{NAME:Hugo Bergstrom}}, DMD   {{NAME:tl}}`,
  `{{FACILITY:Lumen Eye Associates}} - Retina Service
{{DATE:Jan. 9, 2092}}
Pt: {{NAME:Consuelo Ibáñez}} ({{AGE:95}}), F. MRN {{MRN:LEA-660142}}. Referred by Dr. {{NAME:Whitaker}} (optometry).
Hx: neovascular AMD OS, dry AMD OD (intermediate). Eylea OS q8wk, last {{DATE:11/14/91}}. Pseudophakic OU. Son drives her; she gave up driving in 2088.
VA sc: OD 20/40, OS 20/200, PH OS 20/150. IOP 14/16 (Tonopen). Pupils: no APD.
SLE: PCIOL OU, clear. DFE: OD drusen, RPE changes; OS disciform scar w/ adjacent SRF.
OCT OS: recurrent SRF, CST 342 (was 298). OCT OD: stable, no fluid.
Amsler: OS distortion, unchanged per pt.
Assessment: nAMD OS, active. Dry AMD OD, intermediate, stable.
Plan: Eylea 2 mg OS today (lot 3200471), povidone prep, no complications. Shorten interval to q6wk. AREDS2 BID. Daughter {{NAME:Pilar}} will call {{PHONE:(505) 555-0121}} if new distortion OD.
Next visit {{DATE:2/20/92}}, OCT both eyes.
{{NAME:Sunil Varghese}}, MD`,
  `TELEPHONE ENCOUNTER
{{DATE:Tue 07/16/2024 11:52}}   Caller: {{NAME:Rhonda Young}} (daughter)   Callback {{PHONE:615-555-0145}}
Re: pt {{NAME:Clarence Young}} (DOB {{DATE:05/22/1933}}, MRN {{MRN:0011937}})
Reason: "Daddy's confused since Sunday." Per daughter pt, {{AGE:ninety-one}}, more sleepy, calling her by her sister's name ({{NAME:Bernice}}), urinating frequently with foul odor. No fever per home thermometer (99.1). Eating less. Fell once Saturday night, no injury, no blood thinners. Lives with daughter on {{ADDRESS:Dickerson Pike}}, {{LOCATION:Nashville}}.
Nurse triage (Schmitt-Thompson, confusion protocol): disposition - see today.
Advised ED eval given acute change, age and fall; daughter prefers clinic. Offered same-day slot at 3:20 with {{NAME:Lena Marchetti}}, NP; daughter accepted. ED precautions reviewed: worsening confusion, fever > 100.4, new weakness, unable to keep fluids down.
Pharmacy on file: {{FACILITY:Riverside Drug}} ({{PHONE:615-555-0102}}).
{{NAME:Shayla Greer}}, RN   {{DATE:07/16/2024 12:05}}`,
  `PATIENT PORTAL MESSAGE
From: {{NAME:Tamsin Achterberg}}   To: {{FACILITY:Birchwood Primary Care}} - Clinical Pool
Sent: {{DATE:3/19/2024 9:14 PM}}
Subject: refill + question about my labs

Hi Dr. {{NAME:Obuya}}, I saw my cholesterol came back at 242?? Is that bad. Also I'm almost out of my sertraline 100 mg and the pharmacy ({{FACILITY:Hilltop Apothecary}}) said they need a new script. I'm travelling to {{LOCATION:Edinburgh}} for work on the {{DATE:28th}} so I need it before then! You can also email me at {{EMAIL:tamsin.achterberg@examplemail.com}} or text {{PHONE:(503) 555-0107}}. Thanks, {{NAME:Tamsin}}
[audit: submitted via web from IP {{IP:203.0.113.47}}, device browser]

Reply ({{DATE:3/20/2024 8:02 AM}}), {{NAME:Rafael Obuya}}, MD:
Hi {{NAME:Tamsin}} - total cholesterol 242 with LDL 161 and HDL 58. Your 10-year ASCVD risk is 3.1%, so I'd focus on diet/exercise and recheck in 6-12 months rather than start a statin. Sertraline 100 mg #90 with 1 refill sent to {{FACILITY:Hilltop}}. Safe travels!`,
  `*** FACSIMILE TRANSMITTAL ***
TO: {{FACILITY:Summit Sleep Disorders Center}}      ATTN: New Referrals
FAX: {{FAX:(303) 555-0196}}      PHONE: {{PHONE:(303) 555-0195}}
FROM: {{FACILITY:Foothills Internal Medicine}} - {{NAME:Kelsey Arnadottir}}, MA, for Dr. {{NAME:Raymond Tso}}
FAX: {{FAX:(303) 555-0142}}      PHONE: {{PHONE:(303) 555-0140}}
DATE: {{DATE:04/02/24}}      PAGES (incl. cover): 7
RE: {{NAME:Bartholomew "Bart" Sandoval}}      DOB {{DATE:11/11/1966}}
URGENT: [ ] yes  [X] routine

Reason for referral: suspected obstructive sleep apnea. STOP-BANG 6/8, Epworth 15, BMI 38.2, neck 18 in. Witnessed apneas per wife. HTN on 3 agents. Pt is a commercial driver (CDL {{LICENSE:CO 19-443-8812}}) for {{FACILITY:Rocky Ridge Freight}}; DOT medical card expires {{DATE:6/30/24}}, so please expedite if possible.
Insurance: UnitedHealthcare, member ID {{HEALTH_PLAN:942018837}}. Auth on file: {{ID:A88412907}}.
Pt phone: {{PHONE:720-555-0163}} (cell, OK to leave msg). Prefers mornings.
Enclosed: demographics, last 2 office notes ({{DATE:3/14/24}}, {{DATE:2/1/24}}), med list, BMP/CBC.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, call the sender and destroy all copies. Fax line for UnitedHealthcare utilization review is 1-800-555-0100 (payer; not for referrals).`,
  `{{FACILITY:Eastgate Occupational Health}}
{{ADDRESS:1450 Industrial Blvd, Bldg C}}
{{LOCATION:Toledo}}, OH {{ZIP:43607}}
Phone {{PHONE:419-555-0131}}

{{DATE:February 20, 2024}}

To: {{NAME:Cheryl Ambrose-Watts}}, HR Manager
{{FACILITY:Maumee River Plastics}}

RE: {{NAME:Dwayne Hollister}}   Employee # {{ID:E-20447}}   Workers' comp claim # {{ACCOUNT:WC-24-00871}}
Date of injury: {{DATE:02/12/2024}}

Mr. {{NAME:Hollister}} was evaluated in our clinic today for a right shoulder strain sustained while lifting at work. He may return to modified duty on {{DATE:2/21}} with the following restrictions until re-evaluation on {{DATE:March 5th}}:
- no lifting over 20 lb with the right arm
- no overhead reaching with the right arm
- no operation of the forklift (he is taking cyclobenzaprine 5 mg at night)
- 10-minute break every 2 hours for home exercises
He is working 8-hour shifts (1st shift, 0600-1430). Full duty is expected in 2-4 weeks if PT goes as planned (2x/week at {{FACILITY:Northwest Ohio Physical Therapy}}).

Please call with questions.

{{NAME:Beverly N. Okafor-Stein}}, DO
Occupational Medicine
Ohio license {{LICENSE:34.018822}}`,
  `{{DATE:11/5/2023}}

To the school nurse and 504 team at {{FACILITY:Hawthorne Middle School}}:

{{NAME:Mateo Villalobos-Reyes}} (DOB {{DATE:4/14/2011}}) is a patient in our pediatric diabetes clinic and has had type 1 diabetes since {{DATE:June 2019}}. He uses an Omnipod 5 insulin pump (PDM serial {{DEVICE:OP5-0A44-7719}}) and a Dexcom G6 CGM (transmitter ID {{DEVICE:8GM4XK}}). His phone receives CGM alerts and must stay with him in class and during tests.

Please allow him to:
- check glucose and treat lows (<70 mg/dL) in class with 15 g fast-acting carbohydrate, recheck in 15 min
- bolus for lunch per pump (ICR 1:12, ISF 1:45, target 120)
- carry water and use the restroom as needed
- retake a test if glucose is <70 or >300 at the time of the test
- ketone check if glucose >250 x2; call parent if ketones moderate/large

Glucagon (Baqsimi 3 mg) should be kept in the nurse's office and in his backpack. Parent contacts: {{NAME:Lucia Reyes}} {{PHONE:(480) 555-0184}}, {{NAME:Hector Villalobos}} {{PHONE:(480) 555-0185}}.

Sincerely,
{{NAME:Naomi Feldstein-Arroyo}}, MD
{{FACILITY:Desert Bloom Children's Diabetes Center}}, {{LOCATION:Mesa}}, AZ`,
  `{{FACILITY:Cedar Hollow Family Practice}}
{{ADDRESS:300 Main Street, Suite 2}} · {{LOCATION:Cedar Rapids}}, IA {{ZIP:52401}} · Tel {{PHONE:319-555-0150}} · Fax {{FAX:319-555-0151}}

{{DATE:August 27, 2024}}

Clerk of Court - Jury Administration
{{LOCATION:Linn County}} District Court

RE: Request for medical excuse from jury service
Juror: {{NAME:Agnes "Aggie" Van der Berg}}   Juror no. {{ID:2024-J-118402}}   Reporting date {{DATE:9/16/2024}}

To the Court:
Mrs. {{NAME:Van der Berg}}, aged {{AGE:91}}, has been my patient since 2011. She has moderate Alzheimer disease (MoCA 14/30 on {{DATE:7/30/24}}), macular degeneration with visual acuity of 20/200 in both eyes, and urinary incontinence. She cannot sit for prolonged periods, read exhibits or follow testimony, and she depends on her daughter for transportation and daily activities. In my opinion she is permanently unable to serve as a juror, and I ask that she be excused permanently.

Her daughter, {{NAME:Wilhelmina Van der Berg-Hoyt}}, may be reached at {{PHONE:319-555-0172}} if the Court needs anything further.

Sincerely,

{{NAME:Gideon Fairbanks}}, MD
NPI {{LICENSE:1588203316}}`,
  `BUREAU OF MOTOR VEHICLES - MEDICAL EVALUATION REPORT
Part B: to be completed by the driver's physician

Driver: {{NAME:Leblanc, Aurèle J.}}      DOB {{DATE:02-09-1944}}      Driver license # {{LICENSE:0419873}}
Address: {{ADDRESS:212 Ocean Ave, Apt 3}}, {{LOCATION:Biddeford}}, ME {{ZIP:04005}}
Vehicle(s) registered to driver: 2016 Subaru Outback, VIN {{VEHICLE:4S4BSANC3G3281144}}

1. Condition(s) affecting safe operation: epilepsy (focal impaired awareness seizures), on levetiracetam 750 mg BID since 2019.
2. Date of last seizure or loss of consciousness: {{DATE:April 3rd, 2024}} (witnessed by wife at home; missed doses while visiting family in {{LOCATION:Québec City}}).
3. Compliance: good otherwise; levels therapeutic {{DATE:5/2024}}.
4. Other: mild cognitive impairment (MoCA 25/30), vision corrected 20/30 OU (Dr. {{NAME:Thibodeau}}, {{FACILITY:Saco Bay Eye Care}}).
5. Recommendation: [ ] no restriction  [X] suspend until seizure-free 6 months  [ ] daytime only
   Earliest review: {{DATE:10/03/2024}}.
Physician: {{NAME:Marguerite Dion-Castellano}}, MD, Neurology   Maine license {{LICENSE:MD 21490}}
Practice: {{FACILITY:Saco Bay Neurology Group}}   Phone {{PHONE:207-555-0193}}
Signature on file        Date {{DATE:6/11/2024}}`,
  `PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Plan: Keystone Health Partners          Plan PA fax: 1-855-555-0133
Member: {{NAME:Lamar Whitfield}}     Member ID: {{HEALTH_PLAN:KHP0039917204}}     DOB: {{DATE:10/03/1979}}
Member address: {{ADDRESS:4420 Germantown Ave, Apt 2R}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19144}}
Prescriber: {{NAME:Alisha Ferraro-Kim}}, MD     NPI: {{LICENSE:1922047735}}
Practice: {{FACILITY:Wissahickon Rheumatology}}     Phone: {{PHONE:215-555-0139}}     Fax: {{FAX:215-555-0138}}
Contact for this request: {{NAME:Bree}} (PA coordinator) ext {{PHONE:214}}

Drug requested: secukinumab (Cosentyx) 150 mg/mL autoinjector, 150 mg SC weekly x5 then q4 weeks. HCPCS n/a (pharmacy benefit). Qty 5 pens first 28 days.
Diagnosis: psoriatic arthritis (L40.50); plaque psoriasis, BSA 6%.
Clinical: 4 swollen/9 tender joints, dactylitis R 3rd toe, CRP 18 mg/L, HLA-B27 negative. CDAI 24.
Prior therapies:
- methotrexate 20 mg weekly {{DATE:3/2022}} to {{DATE:1/2023}} - stopped for ALT 3x ULN
- adalimumab 40 mg q2wk {{DATE:2/2023}} to {{DATE:12/2023}} - secondary loss of response
- sulfasalazine 1 g BID - GI intolerance
TB screen: QuantiFERON negative {{DATE:01/08/2024}}. Hep B serologies negative.
Attestation: I certify the above is accurate. {{NAME:A. Ferraro-Kim}}, MD   {{DATE:1/22/2024}}
Plan use only - Case #: {{ID:KHP-PA-2401-55812}}   Decision: ______`,
  `DETAILED WRITTEN ORDER - DURABLE MEDICAL EQUIPMENT
Supplier: {{FACILITY:AirWell Home Medical}}, {{LOCATION:Spokane}}      Order # {{ID:DWO-778120}}
Patient: {{NAME:Ruth Anne McAllister}}      DOB {{DATE:1/9/1953}}      Phone {{PHONE:509-555-0114}}
Address: {{ADDRESS:1907 W Boone Ave}}, {{LOCATION:Spokane}}, WA {{ZIP:99201}}
Medicare MBI: {{HEALTH_PLAN:7TN2-QA8-WE64}}
Items:
- E0601 CPAP device, ResMed AirSense 11 AutoSet, SN {{DEVICE:23172948105}}
- E0562 heated humidifier
- A7030 full face mask (F20, size M) 1 per 3 months; A7031 cushion 1 per month
- A7037 tubing 1 per 3 months; A7038 filters 2 per month
Settings: APAP 6-14 cm H2O, EPR 2, ramp auto.
Diagnosis: G47.33 obstructive sleep apnea; AHI 31/h, nadir SpO2 79% on PSG {{DATE:5/17/24}} at {{FACILITY:Inland Sleep Lab}}.
Length of need: 99 months (lifetime).
Face-to-face visit: {{DATE:6/3/2024}}; compliance review 31-90 days after setup.
Ordering physician: {{NAME:Yusuf Demir}}, MD      NPI {{LICENSE:1306911452}}
Signature on file      Date signed {{DATE:06/03/2024}}`,
  `{{FACILITY:TRI-VALLEY AMBULANCE}} - PATIENT CARE REPORT
Incident # {{ID:24-031977}}     Unit: Medic 4     Date: {{DATE:03/16/2024}}
Times: dispatched 22:41, on scene 22:49, transport 23:06, at destination 23:21
Scene: {{ADDRESS:Rt 9 at Old Mill Rd}}, {{LOCATION:Hadley}} - MVC, single vehicle
Pt: {{NAME:Delgado, Rafael "Ralphie"}}, 19 y/o M. Home: {{ADDRESS:22 Lincoln Ave, Apt 3}}, {{LOCATION:Amherst}} {{ZIP:01002}}. Student at {{FACILITY:Norwottuck College}}.
Mechanism: restrained driver of 2011 Honda Civic, MA reg {{VEHICLE:2KLV71}}, front-end into utility pole ~35 mph, airbags deployed, self-extricated, ambulatory at scene.
CC: chest pain where the seatbelt was; L wrist pain.
Vitals: 22:52 BP 134/82, HR 104, RR 20, SpO2 98%, GCS 15. 23:05 BP 128/80, HR 96, pain 7/10.
Assessment: seatbelt sign across chest, L distal radius deformity, CMS intact distally. Odor of ETOH, admits "2 beers".
Tx: NEXUS criteria negative, no collar. SAM splint L wrist, ice, fentanyl 50 mcg IN at 23:00.
State trooper {{NAME:Kowalski}} (badge {{ID:1177}}) on scene; pt's mother {{NAME:Inés Delgado}} notified by trooper.
Destination: {{FACILITY:Holyoke Valley Medical Center}} ED, report to RN {{NAME:Sabine}}.
Crew: {{NAME:T. Mercado}}, EMT-P (cert {{LICENSE:P-448120}}); {{NAME:A. Liu}}, EMT-B`,
  `Record date: {{DATE:2069-04-07}}

CARDIOLOGY
{{FACILITY:ELLSWORTH HEART CENTER}}

Reason for visit: follow-up, ischemic cardiomyopathy

Interval History:
Mr {{NAME:Quinlan}} returns after spending the winter with his brother {{NAME:Desmond}} in {{LOCATION:Sarasota}}. He had an ICD generator change on {{DATE:02/11/69}} (Medtronic Cobalt XT DR, serial {{DEVICE:RNJ600417S}}) done by Dr. {{NAME:Farouk}} at {{FACILITY:Gulf Coast Heart}} because of ERI. No shocks. Walks 1 mile daily with the dog, mild DOE on hills, NYHA II. No orthopnea, PND or syncope.

Medications: Entresto 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily, dapagliflozin 10 mg daily, atorvastatin 80 mg, aspirin 81 mg.

Physical examination: BP 108/66, P 62, wt 81 kg. JVP 7 cm. Lungs clear. RRR, S1 S2, soft 2/6 holosystolic murmur at apex. Trace ankle edema.
Device interrogation: battery 10.9 yr, RV lead impedance 494 ohms, sensing 11.2 mV, threshold 0.75 V @ 0.4 ms. 2 NSVT episodes, 6-9 beats. No therapies.
Echo {{DATE:3/18/69}}: LVEF 35% (was 25% in 2067), moderate MR.
Labs: Na 136, K 4.8, Cr 1.22, NT-proBNP 612.

Assessment and plan:
Ischemic CMP, EF improved on GDMT, NYHA II. Continue current regimen; uptitrate Entresto to 97/103 if BP allows. Remote monitoring via CareLink re-paired (home monitor SN {{DEVICE:RWB412883H}}). Refer to Dr. {{NAME:Ostrowski}} re: MitraClip candidacy if MR progresses. Return 6 months.

{{NAME:Linnea Haugland}}, MD
Transcribed by: {{NAME:elh}}`,
  `Record date: {{DATE:2075-10-30}}

TELEHEALTH VIDEO VISIT - {{FACILITY:Pinecrest Endocrinology}}

Patient at home in {{LOCATION:Flagstaff}}, AZ; provider in clinic. Verbal consent for video visit obtained. Visit link {{URL:https://telehealth.pinecrest-endo.example/room/44F7Q}}; the video connection (from {{IP:198.51.100.23}}) dropped once and the visit was completed by phone at {{PHONE:928-555-0138}}.

S: {{NAME:Maribel Ochoa-Lindqvist}} is a 36 y/o woman with Graves disease diagnosed {{DATE:May 2075}}, on methimazole 10 mg daily. Palpitations resolved, sleeping better, wt up 2 kg. No eye pain or diplopia. Teaches 3rd grade at {{FACILITY:Kinsey Elementary}}; back at work full time. Planning pregnancy "in a year or two".
Labs {{DATE:10/24/75}}: TSH 0.09 (low), FT4 1.3 (nl), T3 142, TRAb 4.1 (was 9.8). CBC nl, ALT 22.
A/P:
1. Graves - improving. Reduce methimazole to 5 mg daily. Repeat TFTs in 6 weeks.
2. Preconception: discussed switching to PTU in the 1st trimester vs definitive tx (RAI or thyroidectomy) before conception. Will decide at next visit. Contraception: IUD.
3. Eyes: no TED signs; referral to Dr. {{NAME:Begay}} (oculoplastics) only if symptoms.
Next visit in person {{DATE:Dec. 11}}.
{{NAME:Soren Whitlock-Abara}}, MD`,
  `{{MRN:20441793}}
{{FACILITY:EASTBROOK GENERAL HOSPITAL}}
{{ID:03928817}}
{{DATE:7/3/2092 12:00:00 AM}}
GALLSTONE PANCREATITIS
DIS
Admission Date :
{{DATE:06/27/2092}}
Discharge Date :
{{DATE:07/03/2092}}
PRINCIPAL DIAGNOSIS :
GALLSTONE PANCREATITIS
ASSOCIATED DIAGNOSES :
OBESITY ; TYPE 2
DIABETES MELLITUS
HISTORY OF PRESENT ILLNESS :
THE PATIENT IS A 45 YEAR OLD WOMAN WHO PRESENTED TO THE EMERGENCY ROOM WITH EPIGASTRIC PAIN RADIATING TO THE BACK SINCE THE EVENING PRIOR TO ADMISSION , AFTER A MEAL AT A FAMILY PARTY . LIPASE 4,210 . RANSON 'S CRITERIA 2 AT 48 HOURS . ULTRASOUND SHOWED CHOLELITHIASIS WITH CBD 8 MM . MURPHY 'S SIGN NEGATIVE .
HOSPITAL COURSE :
SHE WAS MADE NPO , AGGRESSIVELY HYDRATED WITH LACTATED RINGER 'S . MRCP ON {{DATE:06/29}} SHOWED A 6 MM DISTAL CBD STONE . ERCP BY DR. {{NAME:ABERNETHY}} ON {{DATE:06/30}} WITH SPHINCTEROTOMY AND STONE EXTRACTION . LAPAROSCOPIC CHOLECYSTECTOMY BY DR. {{NAME:KOSTOPOULOS}} ON {{DATE:07/02}} , UNCOMPLICATED . DIET ADVANCED .
SHE WORKS AS A CASHIER AT {{FACILITY:VALLEY FRESH MARKET}} AND WILL BE OUT OF WORK FOR TWO WEEKS ; NOTE GIVEN .
DISCHARGE MEDICATIONS :
METFORMIN 500 MG PO BID ; OXYCODONE 5 MG PO Q6H PRN X 10 TABLETS ; DOCUSATE 100 MG BID .
FOLLOW-UP :
WITH DR. {{NAME:KOSTOPOULOS}} IN TWO WEEKS AND WITH HER PRIMARY CARE PHYSICIAN , DR. {{NAME:BRANNIGAN}} , AT {{FACILITY:NORTH END HEALTH}} .
{{NAME:HUNG , MEI-LING}} , M.D.
TR : {{NAME:kx}}
DD : {{DATE:07/03/2092}}
TD : {{DATE:07/05/2092 9:14 A}}
cc : {{NAME:DOUGLAS W. BRANNIGAN}} , M.D. {{NAME:TOBIAS KOSTOPOULOS}} , M.D.`,
  `[**{{DATE:2151-8-14}}**] 6:42 AM
 CHEST (PORTABLE AP)                                             Clip # [**{{ID:Clip Number (Radiology) 51772}}**]
 Reason: eval for interval change, ETT placement
 Admitting Diagnosis: RESPIRATORY FAILURE
 ______________________________________________________________________________
 [**{{FACILITY:Hospital 4}}**] MEDICAL CONDITION:
  {{AGE:90}} year old woman with ARDS, intubated
 REASON FOR THIS EXAMINATION:
  eval for interval change, ETT placement
 ______________________________________________________________________________
                                 FINAL REPORT
 INDICATION:  {{AGE:90}}-year-old woman with ARDS.

 COMPARISON:  [**{{DATE:2151-8-13}}**].

 FINDINGS:  ETT tip 4.2 cm above the carina. Right IJ central line terminates in the
 mid SVC. NG tube courses below the diaphragm, tip not seen. Bilateral diffuse
 airspace opacities, slightly improved in the right upper lobe. Small bilateral
 pleural effusions. No pneumothorax.

 IMPRESSION:  Lines and tubes in appropriate position. Slight improvement of
 diffuse bilateral opacities.

 Findings discussed with Dr. [**{{NAME:Last Name (STitle) 11823}}**] at 8:10 a.m. by telephone.

                                 DR. [**{{NAME:First Name4 (NamePattern1) 2044}}**] [**{{NAME:Last Name (NamePattern1) 9077}}**]
 DR. [**{{NAME:First Name (STitle) 1432}}**] [**{{NAME:Name (STitle) 1433}}**]
 Approved: [**{{DATE:2151-8-14}}**]`,
  `npn 1900-0700
s: "i want to go home to my cat"
o: neuro- a/o x2 (not to date), calm, redirectable. no prn ativan needed. moves all ext. gait unsteady, bed alarm on.
cv- afib 90s-110s, lopressor 25 po given 2200 w/ hr to 80s. bp 120s/70s. +2 pitting edema ble. heparin gtt @ 1150 u/hr, ptt 68 @ 0400 - therapeutic, no change.
resp- ra, sats 94-96%. lungs cta, dim rll.
gi- tol po, bm x1 soft guaiac neg. 
gu- voiding qs in urinal, 1250cc since 1900.
skin- intact, heels floated.
lines- piv l fa 20g, r ac 18g, both sl.
labs- k 3.9, mg 1.8 (replete 2g iv ordered), inr 1.3.
social- pt is {{AGE:94}}, widower, lives alone in apt at {{FACILITY:heritage towers}} (sr housing) in {{LOCATION:new bedford}}. niece {{NAME:deb s.}} is contact, called at 2100 on {{PHONE:774 555 0129}}, aware of plan. pt's neighbor mrs. {{NAME:alves}} feeding cat.
a: afib w/ rvr improved w/ rate ctrl, therapeutic on hep gtt.
p: cont gtt, f/u ptt q6h, ? start apixaban today per team, pt/ot eval, cm re: dispo - pt adamant re: home. 
{{NAME:l. pham}} rn`,
  `EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{FACILITY:St. Brendan's Regional}} ED      Date of service: {{DATE:12-26-2023}}
Pt: {{NAME:Amara Nwosu-Whitley}}   35F   MRN {{MRN:SBR44019273}}   Room: Hall 6
PCP: none.  Arrived by: EMS (run # {{ID:23-1189}})

HPI: 35F G3P2 at ~10 wks by LMP ({{DATE:10/16/23}}) with vaginal bleeding and cramping since yesterday morning, soaking 1 pad/h x 3 h. Dizzy on standing. Quant hCG at {{FACILITY:Granite Falls Urgent Care}} {{DATE:12/20}} was 48,200.
PMH: 2 prior SVD. No surgeries. Meds: prenatal vitamin. NKDA.
Exam: BP 98/60, HR 112, pale. Pelvic: os open ~1 cm, products at os, removed with ring forceps, moderate blood.
Bedside US: no IUP fetal pole seen; thickened stripe 19 mm.
Labs: Hgb 9.8, Rh negative (O neg), type & screen sent.
ED course: 1L LR, products removed, bleeding slowed, HR 92. Misoprostol 800 mcg PV. RhoGAM 300 mcg IM given (lot P100442).
Dx: incomplete spontaneous abortion; acute blood loss anemia; Rh negative.
Dispo: discharged with partner {{NAME:Curtis}} after 2h obs, bleeding minimal. F/u with OB Dr. {{NAME:Sorensen-Ruiz}} ({{FACILITY:Women's Care of Granite Falls}}, {{PHONE:(828) 555-0112}}) in 1 week, repeat hCG in 48 h. Return precautions given. Work note for {{FACILITY:Caldwell Ridge Schools}} (pt is a bus driver) for {{DATE:12/27}}-{{DATE:12/29}}.
{{NAME:Isaac Bernstein-Mola}}, MD   {{DATE:12/26/2023 16:48}}`,
  `INFECTIOUS DISEASE CONSULTATION
Date: {{DATE:9 March 2024}}     Requested by: Dr. {{NAME:Petrakis}} (ortho)
Patient: {{NAME:Gustavo "Gus" Alarcón}}   MRN: {{MRN:771-330-92}}   Loc: {{FACILITY:Carrow 7}} bed 2

Reason: R knee PJI
HPI: 71M s/p R TKA {{DATE:11/2022}} at {{FACILITY:Bayview Orthopedic Hospital}}, presenting with 3 wks R knee pain, swelling and a draining sinus. Arthrocentesis {{DATE:3/7}}: WBC 48,000, 92% PMN; cx growing MSSA. Underwent DAIR {{DATE:3/8/24}} with poly exchange; 5/5 intra-op cx pending.
Exposures: retired welder ({{FACILITY:Tidewater Shipyard}}); keeps chickens; travel to {{LOCATION:Guadalajara}} in {{DATE:Jan 2024}}. No IVDU.
PMH: DM2 (A1c 7.4), CKD 3a, BPH. Allergy: "PCN" as child - rash, tolerated cefazolin {{DATE:11/2022}}.
Exam: T 100.9, R knee warm, incision c/d/i, sinus tract excised.
A/P: Acute hematogenous vs early chronic MSSA PJI s/p DAIR.
- cefazolin 2 g IV q8h (renally adjusted), plus rifampin 450 mg PO BID once cx clear
- TTE to r/o endocarditis; repeat blood cx x2
- PICC for 6 wks IV, then oral suppression (cefadroxil) at least 3-6 mo
- OPAT referral: {{FACILITY:Tidewater Home Infusion}}; weekly CBC/BMP/CRP faxed to ID clinic fax {{FAX:757-555-0166}}
Thank you. Will follow. {{NAME:Renata Szczepańska}}, MD, ID fellow / {{NAME:J. Abioye}}, MD
Pager {{PHONE:2-4419}}`,
  `PATIENT FACE SHEET                                   Printed {{DATE:04/22/2024 07:31}}
{{FACILITY:Mount Tabor Community Hospital}}
Name: {{NAME:ROSE, WINSTON E}}        Sex: M     DOB: {{DATE:08/19/1941}}     Age: 82
SSN: {{SSN:531-72-0489}}        MRN: {{MRN:MT-1008832}}        Encounter/Acct: {{ACCOUNT:4400918273}}
Address: {{ADDRESS:88 Rosewood Ln}}, {{LOCATION:Jackson}}, MS {{ZIP:39206}}
Home phone: {{PHONE:601-555-0119}}        Cell: {{PHONE:601-555-0177}}
Email: {{EMAIL:wrose41@examplemail.net}}
Marital: W     Religion: Baptist     Congregation: {{FACILITY:Greater New Hope Baptist Church}}
Language: English     Interpreter: N
Employer: retired ({{FACILITY:Magnolia Rail Services}})
Emergency contact: {{NAME:MASON, LORETTA}} (daughter)     {{PHONE:601-555-0158}}
Primary insurance: Medicare Part A/B     MBI {{HEALTH_PLAN:5KQ7-HW2-RR19}}
Secondary: Mississippi Medicaid     ID {{HEALTH_PLAN:301884572}}
Guarantor: self     Guarantor acct {{ACCOUNT:G-55018}}
Admit date/time: {{DATE:04/21/2024 22:15}}     Admit source: ED     Unit: 4 North, Rm 418-B
Admitting/attending: {{NAME:Nkechi Umeh}}, MD
PCP: {{NAME:Lyle Hargrove}}, MD, {{FACILITY:Fondren Family Clinic}}
Advance directive: on file (scanned {{DATE:3/2/2021}})     Code status: Full
Allergies: lisinopril (angioedema)
Admit dx: I50.33 acute on chronic diastolic heart failure`,
  `HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION LOG
Request ID {{ID:ROI-2024-004481}}      Received {{DATE:5/6/24}}
Patient: {{NAME:Katarzyna "Kasia" Nowak-Ellison}}   DOB {{DATE:1987-12-02}}   MRN {{MRN:004471982}}
Requester: patient, via portal (session from IP {{IP:192.0.2.114}})
Records requested: office notes {{DATE:1/1/2022}} to present, imaging reports, PT notes.
Delivery: secure email link to {{EMAIL:kasia.nowak.ellison@examplemail.org}} (expires in 14 days).
Second request: copy to her attorney, {{NAME:Desmond Achebe}}, Esq., by fax {{FAX:412-555-0193}}, re: motor vehicle collision {{DATE:11/30/2023}}; auto insurer claim # {{ACCOUNT:CLM-7730194}}.
Authorization (HIPAA-compliant form) signed {{DATE:05/06/2024}}; expires {{DATE:05/06/2025}}. Psychotherapy notes excluded; 42 CFR Part 2 records: none.
Identity verified in person: PA driver's license {{LICENSE:33 018 447}}.
Fee: none for patient copy; attorney copy invoiced, invoice # {{ACCOUNT:INV-22918}}.
Status: released {{DATE:5/9/24}}, 212 pages.
Processed by {{NAME:Opal Greenidge}}, RHIT
Security note: 2 failed portal logins for this account from {{IP:2001:db8:4f2a::17}} on {{DATE:5/7/24}} flagged to privacy office ({{NAME:T. Fairclough}}, privacy officer); patient confirmed it was her on a new phone.`,
  `ONCOLOGY INFUSION NURSING NOTE
{{FACILITY:Laurel Gap Cancer Care}} - Infusion bay 9
{{DATE:Wednesday, 02/07/2024}}
{{NAME:Ishikawa, Hiroshi}}, 68M, metastatic colon adenocarcinoma (KRAS G12D, MSS), C3D1 FOLFOX + bevacizumab. Oncologist Dr. {{NAME:Lemaire}}.
Port: R chest PowerPort (SN {{DEVICE:18TB40219}}) accessed with 20g 3/4" Huber, brisk blood return, flushed easily.
ROS: grade 1 cold-induced neuropathy fingers, resolves in 2-3 days; no diarrhea; mouth sores none. ECOG 1.
VS: BP 142/84 (on bev - recheck 138/80), HR 76, T 98.2, wt 70.4 kg.
Labs: ANC 1.9, Hgb 11.2, plt 142, Cr 0.9, UA protein neg. OK to treat per Dr. {{NAME:Lemaire}}.
Pre-meds: ondansetron 16 mg IV, dexamethasone 12 mg IV.
Given: bevacizumab 5 mg/kg = 350 mg over 30 min; oxaliplatin 85 mg/m2 = 160 mg with leucovorin 400 mg/m2 = 750 mg over 2 h; 5-FU 400 mg/m2 bolus = 750 mg; 5-FU 2400 mg/m2 = 4500 mg over 46 h via CADD-Solis pump (serial {{DEVICE:CS61-044271}}).
No reactions. Pump teaching reviewed with pt and wife {{NAME:Keiko}}; spill kit sent home.
Pump disconnect {{DATE:2/9}} at home by {{FACILITY:Laurel Gap Home Infusion}} RN.
Next cycle {{DATE:2/21/24}} with CEA and CT C/A/P before C5.
{{NAME:Charmaine Ostrander}}, RN, OCN`,
  `PHYSICAL THERAPY INITIAL EVALUATION        {{DATE:3/27/2024}}
{{FACILITY:Riverside Sports & Spine PT}}
Pt: {{NAME:Ng, Brianna}}   DOB {{DATE:06-30-2001}}   Referring: Dr. {{NAME:Wilhelm}}, {{FACILITY:Capitol Orthopaedics}}
Dx: s/p L ACL reconstruction (BTB autograft) and partial lateral meniscectomy {{DATE:3/14/24}}. ICD-10: S83.512A, Z98.890.
Subjective: 22 y/o senior, plays D3 soccer at {{FACILITY:Marlowe University}} (center back). Injured in a game on {{DATE:Oct. 21st}} (non-contact pivot). Pain 3/10 at rest, 6/10 with stairs. Goal: return to sport by 9 months post-op.
Objective: L knee ROM 5-0-95 (R 0-0-140). Effusion 2+ (stroke test). Quad lag 10 deg on SLR; NMES indicated. Lachman not tested (graft protection). Gait with 2 crutches, WBAT, brace locked 0-90.
LEFS 31/80.
Assessment: expected post-op deficits; good rehab potential.
Plan: 2x/wk x 12 wk; ROM, quad activation (NMES), patellar mobs, gait training, progressive CKC strengthening; brace per MD protocol.
Insurance: Aetna member {{HEALTH_PLAN:W198204471}}; auth # {{ID:77102}} for 20 visits through {{DATE:6/30/24}}.
Home program given; pt's mother ({{NAME:Helen Ng}}) will drive until cleared.
{{NAME:Caleb Drummond}}, PT, DPT   License {{LICENSE:PT 019224}}`,
  `Record date: {{DATE:2083-01-19}}

GERIATRICS - MEMORY CLINIC
{{FACILITY:Stonebridge Senior Health}}

{{NAME:Wilhelmina "Billie" Ashworth}} returns with her husband {{NAME:Grady}} (88) and their son {{NAME:Roy}}. She turned {{AGE:ninety}} last month and celebrated at {{FACILITY:Grace Lutheran}} with "about a hundred people". Since the last visit ({{DATE:9/22/82}}) family notes more word-finding trouble, two episodes of getting lost walking back from the mailbox, and vivid visual hallucinations of children in the yard, not distressing. Fluctuations day to day. One fall, no injury. Sleeps poorly, acts out dreams (per {{NAME:Grady}}, for years).

Meds: donepezil 10 mg qhs, melatonin 3 mg, sertraline 50 mg, vitamin D.
Exam: BP 128/70 seated, 104/62 standing (orthostatic). Mild bradykinesia, cogwheel rigidity L > R, no tremor. Gait short-stepped. MoCA 16/30 (was 19/30). Mini-Cog 1/5.

Impression: major neurocognitive disorder, probable dementia with Lewy bodies (fluctuations, VH, RBD, parkinsonism). Not Alzheimer alone.
Plan:
- avoid haloperidol and other typical antipsychotics; carry wallet card
- consider rivastigmine patch instead of donepezil if GI tolerance poor
- PT for gait; compression stockings for orthostasis
- they are moving her to {{FACILITY:Willowmere Assisted Living}}, {{ADDRESS:500 Willowmere Dr, Apt 214}}, {{LOCATION:Carmel}}, IN {{ZIP:46032}} on {{DATE:Feb. 1}}; forms completed today
- {{NAME:Grady}} was encouraged to join the caregiver group (Thursdays) led by {{NAME:Ysolde Marchetti}}, LSW.
RTC 4 months.

{{NAME:Percival Adeyemi}}, MD
{{NAME:PA}}/{{NAME:rb}}`,
  `OUTPATIENT WOUND CARE CENTER - PROGRESS NOTE
{{FACILITY:Pemberton Wound & Hyperbaric Center}}      Visit #7      {{DATE:05/29/2024}}
Patient: {{NAME:Faith Young}}   DOB {{DATE:02/14/1956}}   MRN {{MRN:PW-77103}}
Referring: {{NAME:Ignatius Oduya}}, DPM

Wound #1: R plantar 1st MTH diabetic foot ulcer, Wagner 2, present since {{DATE:1/2024}}.
Measurements: 1.4 x 1.1 x 0.4 cm (last wk 1.8 x 1.3 x 0.5). Base 90% granular, 10% slough. No probe to bone. Periwound callus.
Procedure: selective sharp debridement (CPT 11042) to subcutaneous tissue, 1.5 sq cm, curette #3. Minimal bleeding, hemostasis with pressure.
Offloading: TCC declined (pt drives to work at {{FACILITY:Pemberton County Library}}); continue CAM boot and knee scooter.
Vascular: ABI R 0.94, TBI 0.62, TcPO2 48 mmHg.
Labs: A1c 8.1 ({{DATE:5/1/24}}), ESR 22, CRP 6.
Dressing: collagen + foam, change 3x/wk by pt's sister {{NAME:Hope}} (a retired LPN).
HBOT: not indicated at present (Wagner 2).
Next visit {{DATE:6/5/2024}}. If <50% area reduction by wk 4 of current plan, consider skin substitute.
{{NAME:Thaddeus Wrenfield}}, MD, CWSP`,
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Hollins Valley Medical Center}} Echocardiography Laboratory       Study ID: {{ID:TTE-24-05519}}
Patient: {{NAME:Abernathy-Okoye, Simone}}   MRN: {{MRN:HV0044812}}   DOB: {{DATE:4/1/1950}}   Age: 74   Sex: F
Ht 165 cm   Wt 71 kg   BSA 1.82 m2   BP 146/78   HR 68   Rhythm: sinus
Date of study: {{DATE:04/09/2024}}   Location: outpatient   Referring: {{NAME:Carl Jessup}}, MD
Indication: systolic murmur, exertional dyspnea (R01.1, R06.09)
Quality: good.
Measurements: LVIDd 4.6 cm, IVSd 1.3 cm, PWd 1.2 cm, LVEF 60-65% (biplane Simpson 62%). GLS -17%.
Aortic valve: trileaflet, severely calcified, reduced excursion. Vmax 4.3 m/s, mean gradient 46 mmHg, AVA (VTI) 0.8 cm2, indexed 0.44 cm2/m2, DVI 0.23.
Mitral: mild MAC, trace MR. E/A 0.7, septal e' 5 cm/s, E/e' 16. LA volume index 41 mL/m2.
Right heart: TAPSE 2.1 cm, RVSP 38 mmHg. IVC 1.9 cm, >50% collapse.
Pericardium: no effusion.
Conclusions:
1. Severe calcific aortic stenosis (high gradient), normal LVEF.
2. Concentric LVH, grade II diastolic dysfunction.
3. Mildly elevated RVSP.
Compared with prior study {{DATE:Feb 2022}} (mean gradient 28 mmHg), AS has progressed. Recommend structural heart referral (TAVR evaluation).
Interpreting physician: {{NAME:Fenella Marchbanks}}, MD, FASE     Signed {{DATE:04/09/2024 14:22}}
Sonographer: {{NAME:DK}}`,
  `OTP counseling + dosing note - {{FACILITY:New Dawn Recovery Center}}
{{DATE:06/05/24}}
client: {{NAME:Brown, Tyrell}} (pref "{{NAME:Ty}}"), 41m, OUD severe, on methadone since {{DATE:11/2021}}, current dose 95 mg. take-homes: level 3 (sat/sun + wed).
uds {{DATE:5/29}}: methadone +, fentanyl neg, cocaine neg, thc +. 18 consecutive neg fentanyl screens.
s: "doing good, got the job." started {{DATE:6/3}} at {{FACILITY:Cooper River Auto Glass}} as installer, 7a-3:30p, asking to move dosing window to 0530. sleeping ok. no cravings. goes to NA at {{FACILITY:St. Rocco's}} tues nights. girlfriend {{NAME:Shanice}} pregnant (due {{DATE:Dec '24}}), he wants her referred to our prenatal program.
incident: security reports pt's car (silver Altima, NJ plate {{VEHICLE:Y44KDM}}) blocked ambulance bay {{DATE:6/4}} ~0620; pt apologized, moved it. reviewed parking rules.
o: alert, pupils 4 mm, no sedation, no withdrawal (COWS 1). 
a: stable in treatment, employed, meets criteria for level 4 take-homes after 90 days at current level.
p: early dosing window approved. naloxone kit refreshed (lot 23K08). next counseling {{DATE:6/19}}. release signed for probation officer {{NAME:d. esposito}} ({{PHONE:856-555-0147}}).
{{NAME:kristen vo}}, cadc`,
  `Nursing Progress Note 7a-7p  [**{{DATE:2119-6-2}}**]
Neuro: Pt lethargic but arousable to voice, oriented x1. MAE weakly. Pupils 2mm, sluggish. No seizure activity. Keppra continued.
CV: HR 60s-70s SB-NSR, BP 100-130s/50-60s. Neo weaned off at 1400. K 3.4 repleted w/ 40meq KCL IV.
Resp: Remains on CPAP 5/PEEP 5/FiO2 40%, RR 20s, sats 96-99%. Suctioned for small amts thick white. Plan for extubation trial in am per Dr. [**{{NAME:Last Name (STitle) 4412}}**].
GI: TF Nutren 2.0 @ 30cc/hr (goal 45), residuals <30cc. Abd soft. No BM.
GU: Foley draining clear yellow 30-70cc/hr.
ID: Tmax 100.2. Vanc trough 14.8 today. Sputum cx GPC in clusters.
Skin: Coccyx w/ stage 2, allevyn in place.
Social: Pt's wife [**{{NAME:Name (NI) 2291}}**] and daughter [**{{NAME:Name (NI) 2292}}**] in to visit, updated by this RN and Dr. [**{{NAME:First Name (STitle) 4413}}**]. Wife has questions re: trach/PEG if extubation fails, family meeting set for [**{{DATE:6-4}}**]. Wife can be reached at [**{{PHONE:Telephone/Fax (1) 8833}}**]. Pt is a retired pastor at [**{{FACILITY:Location (un) 3301}}**] church, many visitors from congregation; limited to 2 at a time. Pt's PCP Dr. [**{{NAME:First Name8 (NamePattern2) 5512}}**] [**{{NAME:Last Name (NamePattern1) 5513}}**] called for update.
Plan: SBT in am, cont abx, family meeting [**{{DATE:6-4}}**], monitor neuro status q2h.`,
  `CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
Section I - Employer: {{FACILITY:Clearwater Logistics, Inc.}}      Contact: {{NAME:Ramona Iglesias}}, Benefits
Employee: {{NAME:Terrence O'Halloran}}      Employee ID: {{ID:0048821}}      Job title: dispatcher
Section III - Health care provider: {{NAME:Ngozi Eze-Whitman}}, MD, {{FACILITY:Bayshore Internal Medicine}}
Address: {{ADDRESS:2901 Gulf-to-Bay Blvd, Ste 400}}, {{LOCATION:Clearwater}}, FL {{ZIP:33759}}   Phone {{PHONE:727-555-0191}}   Fax {{FAX:727-555-0192}}
Part A:
1. Approximate date condition commenced: {{DATE:01/2024}}
2. Probable duration: lifetime, with flares
3. Inpatient care: yes, {{DATE:1/15/24}} to {{DATE:1/19/24}} at {{FACILITY:Pinellas Bay Hospital}}.
4. Medical facts: Crohn disease (K50.012) with ileal stricture, started on infliximab 5 mg/kg q8wk after induction; next infusions {{DATE:3/8/24}} and q8 weeks thereafter at {{FACILITY:Bayshore Infusion Suite}}.
Part B: Will the employee be incapacitated for a continuous period? Yes, {{DATE:1/15/24}} to {{DATE:2/4/24}}.
Follow-up treatment: infusion every 8 weeks (1 day each), office visits every 3 months, colonoscopy {{DATE:July 2024}}.
Flare-ups: estimated 2 episodes per month, 1-3 days per episode; needs unscheduled restroom access.
Part C: Employee is unable to perform job functions during flares and infusion days. Between flares he can work 8-hour shifts. Short-term disability claim with his carrier is # {{ACCOUNT:STD-4420187}}.
Signature: {{NAME:N. Eze-Whitman}}, MD      Date: {{DATE:02/02/2024}}
Page 3 of 4`,
  `GENETIC COUNSELING - CANCER RISK ASSESSMENT
{{FACILITY:Heartland Cancer Genetics Program}}      Date: {{DATE:2024-02-15}}
Patient: {{NAME:Leah Abramowitz-Chen}}, 38 y/o F      MRN {{MRN:HCG-20488}}
Referred by: {{NAME:Miriam Oyelaran}}, MD (breast surgery)

Indication: new dx of L breast IDC, ER+/PR+/HER2-, age 37, Ashkenazi Jewish ancestry (maternal).
Family history (pedigree scanned):
- Mother {{NAME:Ruth}}: ovarian ca dx 51, deceased 58, lived in {{LOCATION:Skokie}}.
- Maternal aunt {{NAME:Esther}}: breast ca dx 44, alive, {{LOCATION:Haifa}}.
- Maternal grandmother: "stomach cancer" 70s, born in {{LOCATION:Białystok}}; died in 1989.
- Father {{NAME:Wei Chen}}: prostate ca dx 68, Gleason 3+4=7.
- Brother {{NAME:Daniel}} 35, healthy; 2 children.
Models: NCCN criteria met. Tyrer-Cuzick n/a given dx. PREMM5 score 0.4%.
Counseling: discussed BRCA1/2 founder variants (185delAG, 5382insC, 6174delT), PALB2, CHEK2, Lynch genes; possible results; GINA protections and limits (life/disability/LTC insurance).
Test ordered: 84-gene hereditary cancer panel + AJ founder reflex. Kit # {{ID:KT-88120447}}, saliva collected today. Requisition {{ID:RQ-4471-02}}.
Results expected in 2-3 weeks; will call pt at {{PHONE:(847) 555-0123}} and release to portal. Cascade testing letter for relatives to follow.
{{NAME:Talia Bergman}}, MS, CGC`,
  `UROLOGY PROCEDURE NOTE - OFFICE CYSTOSCOPY
{{FACILITY:Tri-Lakes Urology}}      {{DATE:8/21/2024}}
Pt: {{NAME:Vukovic, Branko}}   DOB {{DATE:3-Oct-1949}}   MRN {{MRN:TLU-055219}}
Indication: surveillance, hx low-grade Ta urothelial ca s/p TURBT {{DATE:2/2023}} (Dr. {{NAME:Castellanos-Reyes}}), BCG induction x6 and maintenance per SWOG schedule.
Consent: risks reviewed; pt signed. UA dip neg; urine cytology sent (accession {{ID:CY24-19931}}).
Procedure: flexible cystoscopy (CPT 52000) with 2% lidocaine jelly. Urethra normal. Prostate: bilobar hypertrophy, moderate. Bladder: mild trabeculation; 5 mm papillary lesion at L lateral wall near prior resection site; no CIS-appearing erythema. Ureteral orifices normal, clear efflux.
Impression: small papillary recurrence.
Plan: TURBT at {{FACILITY:Lakeview Surgery Center}} on {{DATE:Sept. 12}} with single-dose post-op gemcitabine; hold Plavix 5 days prior (cleared with cardiologist Dr. {{NAME:Haddad}}). CT urogram prior.
Pt drives long-haul part time for {{FACILITY:Adirondack Freightways}}; advised no driving 24 h after anesthesia. Wife {{NAME:Milena}} will drive.
{{NAME:Oskar Lindgren}}, MD`,
  `PRE-ANESTHESIA EVALUATION
Date: {{DATE:2024-10-01}}      Surgery date: {{DATE:2024-10-08}}      Procedure: R total hip arthroplasty
Surgeon: {{NAME:Hartmann}}      Location: {{FACILITY:Fairmont Orthopedic Surgery Center}}
Patient: {{NAME:Marisol Brown-Iwasaki}}   70F   Ht 160 cm   Wt 88 kg   BMI 34.4
PMH: HTN, OSA on CPAP (ResMed AirSense 10, SN {{DEVICE:22161377902}}, settings 9 cm), DM2 (A1c 6.8), GERD. Prior anesthesia: PONV after hysterectomy 2009; mother had "trouble waking up" - no known malignant hyperthermia or pseudocholinesterase deficiency.
Meds: losartan 50, metformin 1000 BID, semaglutide 1 mg weekly (Sundays; last dose to be held 1 week prior), omeprazole 20.
Airway: Mallampati III, TMD 3 FB, mouth opening 3 FB, neck circumference 41 cm, full ROM. Dentition: upper partial.
Exam: RRR, no murmur; lungs clear. METs > 4 (climbs 2 flights).
Labs: Hgb 13.1, Cr 0.8, K 4.2, glucose 132. ECG: NSR, LAFB.
ASA: 3
Plan: spinal with sedation vs GA with LMA; PONV prophylaxis (Apfel 3: dexamethasone, ondansetron, scopolamine patch). Bring CPAP on day of surgery. STOP-BANG 5 - post-op continuous pulse oximetry.
Pt's husband {{NAME:Kenji}} will stay at {{ADDRESS:14 Harbor View Ter}}, {{LOCATION:Fairmont}} with her; his cell {{PHONE:304-555-0137}}.
{{NAME:Adebayo Kolawole}}, MD, Anesthesiology`,
  `PEDIATRIC EMERGENCY DEPARTMENT NOTE
{{FACILITY:Stillwater Children's}} ED      {{DATE:Sat 01/13/2024 19:05}}
Pt: {{NAME:Eli Rosenbaum-Diaz}}   3 y/o M   MRN {{MRN:KC0933104}}   Wt 14.2 kg
Accompanied by: father {{NAME:Aaron}} and grandmother {{NAME:Dolores Diaz}}
HPI: 3 y/o with 2 days of fever to 103.8, barky cough and stridor at rest tonight. Attends daycare at {{FACILITY:Tiny Treehouse Learning Center}} where several kids have "croup". Immunizations UTD per father. No drooling, no FB concern.
Exam: T 102.9, HR 148, RR 34, SpO2 96% RA. Westley croup score 4 (moderate): stridor at rest, mild retractions, normal air entry, no cyanosis, normal mentation.
ED course: dexamethasone 0.6 mg/kg PO (8.5 mg) at 19:20; racemic epinephrine 0.5 mL neb at 19:25. Reassessed at 21:30 (2 h after epi): no stridor at rest, Westley 1.
Dx: croup, moderate.
Dispo: home. Return if stridor at rest, drooling, trouble breathing. Follow up with pediatrician Dr. {{NAME:Yamamoto-Shaw}} ({{FACILITY:Oakwood Pediatrics}}) in 1-2 days. Daycare note given.
Father's cell: {{PHONE:937-555-0182}}.
{{NAME:Josephine Adair}}, MD (peds EM)`,
  `POSTPARTUM DISCHARGE SUMMARY
Patient: {{NAME:Hannah Bui-Fitzgerald}}   MRN {{MRN:MH-4410287}}   {{FACILITY:Magnolia Women's Hospital}}, {{FACILITY:Larkspur 2}}
Admitted: {{DATE:06.11.2024}}   Delivered: {{DATE:06.12.2024 03:58}}   Discharged: {{DATE:06.14.2024}}
Delivery: NSVD, viable female, 3410 g, Apgars 8/9. 2nd-degree laceration repaired. EBL 450 mL. GBS neg. Rh pos, rubella immune.
Baby: Baby Girl {{NAME:Bui-Fitzgerald}}, MRN {{MRN:MH-4410301}}, rooming in, breastfeeding well; circumcision n/a. Pediatrician: {{NAME:Ottoline Frey}}, MD.
PP course: uncomplicated. Hgb 10.8 (pre 12.0). BP 128/82 max. Tdap given prenatally ({{DATE:4/2/24}}). Flu vaccine given {{DATE:6/13}}.
Meds at d/c: ibuprofen 600 q6h prn, acetaminophen 650 q6h prn, docusate, prenatal vitamin, ferrous sulfate 325 mg every other day.
Contraception: plans LNG-IUD at 6-wk visit.
EPDS 6. Support at home: husband {{NAME:Declan}}, mother-in-law staying 2 wks. Works as a pharmacist at {{FACILITY:Crescent City Pharmacy}}; maternity leave 12 wks.
Follow-up: BP check in 3-5 days at {{FACILITY:Magnolia OB Associates}} (appt {{DATE:6/18}} at 10:15 with {{NAME:Ines Carvalho}}, CNM); 6-week PP visit {{DATE:7/24}}.
Warning signs reviewed (HA, vision changes, heavy bleeding, fever, thoughts of self-harm).
{{NAME:Roberta Lindqvist}}, MD   dictated {{DATE:06/14/2024}}, transcribed {{NAME:SP}}`,
  `Record date: {{DATE:2090-12-01}}

MICU ATTENDING NOTE

{{NAME:Bjornstad, Ingrid}}. HD#4. {{AGE:92}}F, from {{FACILITY:Whispering Pines}} NH, admitted with urosepsis and septic shock.

Overnight: off norepinephrine since 0200. UOP improved (~60 mL/h). Delirium worse at night; pulled out PIV x1. Daughter {{NAME:Karin}} stayed overnight.

Exam: T 98.9, HR 88, BP 118/60, RR 18, SpO2 95% 2L. Drowsy but arousable, CAM-ICU positive. Dry mucosa. Lungs: bibasilar crackles. Abd soft. No edema.

Data: WBC 14.2 (from 22.6), lactate 1.4, Cr 1.6 (from 2.3; baseline 1.0), Na 148. Blood cx {{DATE:11/27}}: Proteus mirabilis, ampicillin-R, ceftriaxone-S. UCx same.

A/P:
# Septic shock from pyelonephritis: resolved shock. Ceftriaxone 2 g daily, day 4/10-14 (bacteremic). Renal US: no obstruction.
# Hypernatremia: free water deficit ~2.5 L; D5W 75 mL/h, recheck Na q6h, goal drop <10/24h.
# Delirium: non-pharm measures, glasses/hearing aids, avoid benzos; quetiapine 12.5 mg qhs prn severe agitation.
# Goals of care: DNR/DNI per MOLST signed {{DATE:10/3/2089}}; family meeting with daughters {{NAME:Karin}} and {{NAME:Solveig}} today 3 pm. Would like her back at {{FACILITY:Whispering Pines}} (not hospice yet).
# Dispo: call-out to floor ({{FACILITY:Tremont 9}}) today if bed.

Critical care time 35 min.
{{NAME:Calloway, Marcus J}}, MD`,
  `ALLERGY / IMMUNOLOGY NEW PATIENT
{{FACILITY:Clearbrook Allergy & Asthma}}     {{DATE:November 6, 2023}}
Pt: {{NAME:Olumide "Ollie" Bankole}}   16 y/o M   DOB {{DATE:2007-07-19}}   Chart {{MRN:CAA-30217}}
Referred by: {{NAME:Kristina Vogel}}, PA-C (school-based health center at {{FACILITY:Lakeview Heights High}})
CC: throat tightness and hives after eating cashew chicken at a friend's house {{DATE:10/21}}; used friend's EpiPen, EMS transport to {{FACILITY:St. Ansgar Hospital}}.
Hx: eczema (infancy), mild intermittent asthma (albuterol 1-2x/mo), allergic rhinitis (cat, dust mite). Eats peanut butter without issue. Never eaten pistachio.
Skin prick testing today (histamine 6 mm, saline 0): cashew 11 mm, pistachio 9 mm, walnut 3 mm, pecan 0, almond 0, hazelnut 2, peanut 2 mm.
Labs sent: Ana o 3 component IgE, Jug r 1/r 2.
Assessment: IgE-mediated cashew (and likely pistachio) allergy with anaphylaxis; asthma increases risk.
Plan: strict avoidance of cashew and pistachio; EpiPen 0.3 mg x2 (Rx to {{FACILITY:Halsted Pharmacy}}); anaphylaxis action plan for school nurse and for the soccer club ({{FACILITY:Lakeshore FC}}); consider OFC to walnut/almond/hazelnut at next visit. Discussed OIT options.
Mother ({{NAME:Adebola Bankole}}) requests emails: {{EMAIL:adebola.bankole@examplemail.com}}.
{{NAME:Gwendolyn Ferraro}}, MD`,
  `POLYSOMNOGRAPHY REPORT - SPLIT NIGHT
{{FACILITY:Jurupa Hills Sleep Center}}      Study # {{ID:PSG-24-1187}}      Date of study: {{DATE:7/22/2024}}
Patient: {{NAME:Guadalupe "Lupe" Marroquín}}   DOB {{DATE:5/5/1968}}   Sex F   BMI 36.1   Neck 16 in
Referring: {{NAME:Anil Chaudhry}}, MD   Tech: {{NAME:R. Abiodun}}, RPSGT
Epworth 14. Indications: loud snoring, witnessed apneas, AM headaches, HTN.
Diagnostic portion (22:14-01:02): TST 151 min, sleep efficiency 82%. AHI 38.4/h (4% rule), supine AHI 61, non-supine 12. RDI 44. ODI 35. SpO2 nadir 78%, T90 18%. No PLMs of significance (PLMI 4). ECG: sinus, occasional PACs.
Titration portion (01:10-05:48): CPAP titrated 5 to 12 cm H2O. At 11 cm: AHI 3.2/h, SpO2 nadir 91%, supine REM observed. Medium nasal pillows (AirFit P30i) tolerated.
Impression: severe obstructive sleep apnea (G47.33), effectively treated with CPAP 11 cm H2O.
Recommendations: CPAP 11 cm H2O (or APAP 9-14) with heated humidity; DME order to {{FACILITY:Sunrise Respiratory Supply}}; avoid driving when drowsy (pt drives a school bus for {{FACILITY:Arroyo Vista Unified School District}} - discussed DOT/employer reporting obligations); weight management; follow-up in sleep clinic 31-90 days after starting CPAP for compliance download.
Interpreted by {{NAME:Harriet Okonjo-Price}}, MD, D.ABSM      {{DATE:07/24/2024}}`,
  `{{MRN:669301288}}
{{FACILITY:CROSSWINDS PSYCHIATRIC INSTITUTE}}
{{ID:7731900}}
{{DATE:9/19/2088 12:00:00 AM}}
Discharge Summary
Unsigned
DIS
Report Status :
Unsigned
ADMISSION DATE :
{{DATE:09/08/2088}}
DISCHARGE DATE :
{{DATE:09/19/2088}}
IDENTIFYING DATA :
THIS IS A 29 YEAR OLD SINGLE MAN , EMPLOYED AS A LINE COOK AT {{FACILITY:BARNABY 'S GRILL}} , ADMITTED ON A SECTION 12 FROM {{FACILITY:WEST ROXFORD GENERAL}} EMERGENCY ROOM AFTER HE WAS FOUND BY POLICE WALKING ON THE MEDIAN OF {{ADDRESS:ROUTE 128}} .
HISTORY OF PRESENT ILLNESS :
PER HIS MOTHER , MRS. {{NAME:PAULA DESROSIERS}} , HE STOPPED TAKING RISPERIDONE IN {{DATE:JULY}} AND HAD BECOME INCREASINGLY PARANOID , BELIEVING HIS NEIGHBOR ON {{ADDRESS:CHESTNUT ST}} WAS " BROADCASTING " HIS THOUGHTS .
HOSPITAL COURSE :
HE WAS STARTED ON OLANZAPINE 10 MG QHS , INCREASED TO 20 MG . NO RESTRAINTS OR SECLUSION . BY HOSPITAL DAY 8 HE WAS FUTURE-ORIENTED AND DENIED AH . PANSS 92 ON ADMISSION , 61 AT DISCHARGE . AIMS 0 . A1C 5.4 , LIPIDS WITHIN NORMAL LIMITS .
FAMILY MEETING ON {{DATE:09/15}} WITH MOTHER AND SISTER {{NAME:NICOLE}} .
DISCHARGE DIAGNOSIS :
SCHIZOPHRENIA , PARANOID TYPE , ACUTE EXACERBATION SECONDARY TO NONADHERENCE .
DISPOSITION :
HOME TO MOTHER 'S APARTMENT IN {{LOCATION:LYNN}} . FOLLOW UP WITH {{NAME:ELSPETH CARRIGAN}} , NP AT {{FACILITY:SAUGUS RIVER COMMUNITY MENTAL HEALTH}} ON {{DATE:09/23/88}} AND INVEGA SUSTENNA DISCUSSED FOR NEXT VISIT .
{{NAME:FITZGERALD , AMBROSE T.}} , M.D.
TR : {{NAME:wy}}
DD : {{DATE:09/19/2088}}
TD : {{DATE:09/20/2088 10:41 A}}`,
  `{{FACILITY:Southside Community Health Center}} - Behavioral Health & Social Services
{{ADDRESS:620 W. 63rd Street}}, {{LOCATION:Chicago}}, IL {{ZIP:60621}}      Tel {{PHONE:773-555-0108}}      Fax {{FAX:773-555-0109}}

{{DATE:March 4, 2024}}

Housing Authority - Reasonable Accommodation Unit
RE: {{NAME:Beatrice Okafor-Mensah}}      DOB {{DATE:12/18/1959}}      SSN {{SSN:342-61-8807}}
Application # {{ID:HA-RA-2024-0331}}

To whom it may concern:

I am the licensed clinical social worker for Ms. {{NAME:Okafor-Mensah}}, who has been a patient at our health center since 2017. She has chronic PTSD and COPD (FEV1 41% predicted, on 2 L home oxygen at night). Her current unit at {{ADDRESS:7144 S. Normal Blvd, Apt 3F}} is a third-floor walk-up; she cannot climb the 42 stairs without stopping to rest and has fallen twice on them this winter ({{DATE:1/9}} and {{DATE:2/17}}). I am requesting, as a reasonable accommodation, a transfer to a ground-floor or elevator unit.

Her neighbor and emergency contact, {{NAME:Lorraine "Lolly" Baptiste}}, has been helping with groceries. A community fundraiser for her oxygen concentrator copays is posted at {{URL:gofundme.com/f/help-miss-bea-breathe}}.

Please contact me directly with questions.

{{NAME:Ifeoma Nwachukwu}}, LCSW
Illinois license {{LICENSE:149.017724}}
{{EMAIL:inwachukwu@southsidechc.example.org}}`,
  `TELEPHONE ENCOUNTER - PHARMACY CALLBACK
{{DATE:10/02/2023 15:40}}
Caller: {{NAME:Marco}}, pharmacist at {{FACILITY:Ridgeline Pharmacy #3}} ({{PHONE:208-555-0153}})
Pt: {{NAME:Sorensen, Annelise}}   DOB {{DATE:04-17-1990}}   MRN {{MRN:RFM0081224}}
Issue: Rx for Adderall XR 20 mg #30 (sent {{DATE:9/29}}) rejected - prescriber DEA on the e-script was Dr. {{NAME:Halvorsen}}'s old registration. Pharmacy needs the current DEA.
Action: confirmed with Dr. {{NAME:Kjersti Halvorsen}}: current DEA {{LICENSE:FH7720391}}, NPI {{LICENSE:1457338092}}. Cancelled old script and re-sent EPCS at 15:52. PDMP checked (ILOGIN) - last fill {{DATE:8/30/23}}, same prescriber, no other controlled Rx.
Pt notified by voicemail at {{PHONE:(208) 555-0166}} per her preference (OK to leave detailed message per consent {{DATE:1/2023}}). Pt is a nursing student at {{FACILITY:Snake River College}}; wanted it before her exam Wednesday.
{{NAME:Priscilla Yazzie}}, LPN      Routed to: {{NAME:K. Halvorsen}}, MD`,
  `Patient Message
From: {{NAME:Dale Mason}}      To: Dr. {{NAME:Hollenbeck}}'s care team ({{FACILITY:Lake Parker Family Medicine}})
Date: {{DATE:1/16/2024 6:03 AM}}

Morning. My blood pressure readings from the cuff you gave me are on the spreadsheet at {{URL:https://docs.example.com/sheets/d/1xQ9vBp7mason-bp}} (I made it viewable with the link). Mostly 150s/90s in the am, 130s/80s at night. I ran out of amlodipine on the {{DATE:12th}} because the mail order ({{FACILITY:ExpressMeds}}) got delayed by the snow. Also my wife {{NAME:Pat}} wants to know if I can get the RSV shot at the same time as the flu one. I'm {{AGE:ninety}} in {{DATE:March}} so I figure I qualify! I have the truck (plate {{VEHICLE:LKF 4419}}) at the shop so call the house phone not the cell. {{PHONE:863-555-0118}}.
- {{NAME:Dale}}

Reply from {{NAME:Jolene Marsh}}, RN, {{DATE:1/16/2024 9:21 AM}}:
Good morning Mr. {{NAME:Mason}}. Dr. {{NAME:Hollenbeck}} reviewed your readings. Please restart amlodipine 10 mg daily - a 30-day supply was sent to {{FACILITY:Harborside Pharmacy}} on {{ADDRESS:S. Florida Ave}} for pickup today. Yes, you can get RSV (Arexvy) and flu the same day. Nurse visit booked {{DATE:Tues 1/23}} at 10:00.`,
  `CONSULTATIVE EXAMINATION REPORT (disability determination)
Claimant: {{NAME:Reginald Oduya-Baptiste}}      SSN: {{SSN:455-09-3318}}      DOB: {{DATE:7/29/1966}}
DDS case # {{ID:CE-24-77120}}      Exam date: {{DATE:2024-08-13}}
Examiner: {{NAME:Constance Whitford}}, MD, at {{FACILITY:Tidewater Consultative Services}}, {{LOCATION:Norfolk}}, VA
ID verified: Virginia driver's license {{LICENSE:T62-41-8830}}; photo matches claimant.
Alleged impairments: lumbar DDD, diabetic neuropathy, depression.
History: 57 y/o former HVAC technician ({{FACILITY:Chesapeake Comfort Systems}}, last worked {{DATE:11/2022}}). Low back pain since a fall from a ladder in 2019; MRI {{DATE:3/2023}} at {{FACILITY:Harbor Imaging}}: L4-5 broad disc protrusion with moderate foraminal stenosis. Burning feet x 4 yr. Uses a cane (not prescribed). Lives with his sister {{NAME:Claudette}} in a one-story house.
Exam: Ht 5'10", Wt 231 lb. BP 152/88. Gait antalgic, slow; able to walk 50 ft without cane. Cannot heel/toe walk. Squats 1/3. SLR positive L at 40 degrees seated and supine. Lumbar flexion 45/90. Strength 5/5 except L EHL 4/5. Reflexes: patellar 1+, Achilles absent bilat. Monofilament absent to mid-foot bilat. Romberg positive. Grip 5/5; fine manipulation intact.
Mental status: cooperative; PHQ-9 14.
Medical source statement: can lift 20 lb occasionally, 10 lb frequently; stand/walk 2 h in an 8-h day; sit 6 h with position changes; no ladders, ropes or scaffolds; occasional stooping.
{{NAME:C. Whitford}}, MD      {{DATE:08/13/2024}}`,
  `DERMATOLOGY CLINIC NOTE - {{FACILITY:Sagebrush Dermatology}}
Date: {{DATE:5/1/24}}      Pt: {{NAME:Kowalski-Brandt, Hope}}      Age: 63      MRN {{MRN:SD-301144}}
CC: spot on L upper back, husband ({{NAME:Gerhard}}) noticed it changing.
Hx: fair skin (Fitzpatrick II), >50 nevi, hx blistering sunburns; grew up in {{LOCATION:Tucson}}; lifeguard at {{FACILITY:Lakeside Country Club}} as a teen. Father had melanoma at 60. No personal hx of skin cancer.
Exam: full-body skin exam. L upper back: 9 x 7 mm asymmetric macule, variegated brown-black with regression, irregular border; dermoscopy: atypical network, blue-white veil, ugly duckling sign. Scattered SKs and cherry angiomas. R forearm: 4 mm pink scaly papule (AK vs SCC in situ).
Procedures:
1. L upper back: excisional biopsy with 2 mm margins, 2-layer closure (CPT 11403, 12031). Specimen to {{FACILITY:Sierra Crest Dermpath}} (req {{ID:SCD-880219}}).
2. R forearm: shave biopsy (CPT 11102).
Dx: r/o melanoma (D48.5); r/o SCCis.
Plan: results by phone in 7-10 days ({{PHONE:775-555-0175}}); sutures out in 14 days. Sun protection counseling. If melanoma, SLNB discussion per Breslow depth.
{{NAME:Ezinne Abara}}, MD, FAAD`,
  `ENT CLINIC - {{FACILITY:Haw River Ear, Nose & Throat}}
{{DATE:February 29, 2024}}
{{NAME:Lucille Whitaker}}, {{AGE:97}}-year-old woman, accompanied by her great-granddaughter {{NAME:Aspen}}, referred by Dr. {{NAME:Dunleavy}} for hearing loss and cerumen.
She lives at {{FACILITY:Oak Hollow Retirement Community}} and enjoys the Tuesday hymn sing at {{FACILITY:Mt. Zion AME}}, but can no longer hear the piano. Her old hearing aids (Phonak, purchased in 2016) whistle.
Exam: bilateral cerumen impaction, removed with curette and suction under microscopy (CPT 69210 x2). TMs intact, no effusion. Weber midline. Rinne AC>BC bilat.
Audiogram today: symmetric moderately severe sloping SNHL, WRS 64% R, 60% L at 80 dB.
Impression: presbycusis; cerumen impaction resolved.
Plan: new hearing aids; audiology ({{NAME:Delphine Osei}}, AuD) fitting {{DATE:3/14}}. Consider CI evaluation if WRS declines. Cerumen clean every 6 months.
{{NAME:Aspen}}'s cell for scheduling: {{PHONE:336-555-0116}}.
{{NAME:Ravindra Subramaniam}}, MD`,
  `sicu nursing note 1900-0700   bed 9   pod#1 s/p whipple (pylorus-preserving) for pancreatic head adenoca
neuro: sedated on propofol 20 mcg/kg/min overnight, extubated 0215 per protocol. now a&ox3, follows commands. epidural (t8) bupivacaine/fentanyl @ 8 ml/h, pain 3/10, sensory level t6 bilat.
cv: swan-ganz r ij: pad 14, ci 2.6, svr 980. nsr 90s. map >65, off neo since 2300. lr @ 100.
resp: 4l nc sats 95%. is 1000. ambulated to chair w/ pt this am.
gi: ngt to lcws 200 ml bilious. jp x2: r 150 ml serosang, l 90 ml. jp amylase sent w/ am labs. sq heparin.
gu: foley, uo 50-90 ml/h.
endo: ss insulin, bs 140-190.
hx: hodgkin lymphoma as a teen (abvd + mantle rt), s/p splenectomy - vaccines utd per pt.
social: 66 y/o portuguese-speaking man, owns {{FACILITY:casa verde bakery}} on {{ADDRESS:columbia st}} in {{LOCATION:fall river}}. wife {{NAME:ana lúcia}} at bedside overnight, son {{NAME:teo}} flying in from {{LOCATION:lisbon}} tomorrow (lands 1400), daughter {{NAME:fernanda}} in portugal calling daily - ok to update per pt. interpreter used for consent (ID {{ID:40961}}).
plan: d/c swan today per dr. {{NAME:vasquez-holm}}, advance activity, cont epidural, am labs incl amylase, lft.
{{NAME:t. delacroix-nunes}} rn`,
  `FINANCIAL COUNSELING NOTE - {{FACILITY:Harrow Valley Health}} Patient Financial Services
{{DATE:Jun 3 2024 2:15PM}}
Guarantor/patient: {{NAME:Ezekiel Mbatha}}   DOB {{DATE:1979-03-30}}   SSN {{SSN:612-48-2209}}   MRN {{MRN:HVH-7702314}}
Accounts: {{ACCOUNT:HB-00938812}} (ED visit {{DATE:2/14/24}}), {{ACCOUNT:HB-00951177}} (CT {{DATE:2/16/24}}), professional {{ACCOUNT:PB-3310094}}. Combined balance $4,812.50 after insurer payment.
Reason: pt called disputing the balance; his plan (employer: {{FACILITY:Ridgeway Cold Storage}}) processed the ED visit as out-of-network. Reviewed EOB: claim {{ACCOUNT:CLM-24-0417766}} denied "non-emergent". Advised that under the No Surprises Act emergency services must be processed in-network; re-billed to payer with the ED note and a request for reprocessing. Payer appeals fax 1-866-555-0190 (plan line).
Financial assistance: household of 4, annual income about $52,000 (~167% FPL) - eligible for 75% discount. Application sent by email to {{EMAIL:zeke.mbatha79@examplemail.com}}; can also be completed at {{URL:https://pay.harrowvalleyhealth.example/fa?acct=HB00938812}}. Statement hold 60 days placed.
Payment portal sign-in noted from {{IP:198.51.100.201}} during the call (pt viewing statement with me).
Pt moved; updated address: {{ADDRESS:3302 Lamar Ave, Unit 14}}, {{LOCATION:Memphis}}, TN {{ZIP:38118}}. Pt's brother in {{LOCATION:Durban}}, South Africa, is listed as alternate contact - removed per pt request.
{{NAME:Yvette Carrington}}, CHAM   ext {{PHONE:6620}}`,
];

export const HELDOUT_REALISTIC_5_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout5-${i + 1}`, n));
