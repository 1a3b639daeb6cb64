// A tenth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). It leans towards the shapes of the public research corpora:
// i2b2/n2c2-style discharge summaries, clinic letters and progress notes with "Record date:"
// headers and dictation footers (DD/DT/typist initials), clinicians named in every form (Dr. X,
// X, MD, LAST, FIRST M, initials), hospitals and clinics named by short names and abbreviations;
// MIMIC-style radiology, ECG, nursing, physician and discharge notes whose PHI sits in [** **]
// placeholders with realistic fillers; and ordinary US-hospital notes. About half the spans are
// NAME and DATE; ages over 89, phones, MRNs, addresses, emails and IDs appear as in real notes,
// with many look-alike non-PHI (eponyms, drugs, doses, scores, lab values, device models, rooms,
// years and weekdays alone, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers and state or federal agencies are not PHI; hospitals, clinics,
// wards with a proper name, schools, employers, nursing homes and pharmacies are FACILITY; insurer
// member numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA and licences are LICENSE;
// plates and VINs are VEHICLE; pacemaker, pump and implant serials are DEVICE; accession, order and
// job numbers are ID; short in-house pagers and extensions are PHONE; lot, NDC and trial numbers
// are not PHI; typist initials are NAME; a date range written as one token is one DATE span.
//
// Normalised after the first measurement (pass-9/10 engines, issue 6): the author had marked only the filler
// inside 230 placeholders ("[**First Name3 (LF) {{NAME:Abigail}}**]") although this header and the README
// guideline say a placeholder is annotated over its whole content; those spans now cover the content
// ("[**{{NAME:First Name3 (LF) Abigail}}**]"). Mechanical, engine-blind. First run on the author's marks:
// pass-7 engine 0.9469 / 0.8277, pass-9 engine 0.9635 / 0.8280 (recall / precision).
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2089-04-17}}

{{FACILITY:BMH}} INTERNAL MEDICINE ASSOCIATES
{{FACILITY:Brightwater Medical Hospital}}
{{ADDRESS:41 Cordage Lane}}
{{LOCATION:Plymouth}}, MA {{ZIP:02360}}

Re: {{NAME:Quimby, Harold}}
MRN: {{MRN:3318092}}

Dear Dr. {{NAME:Ostrowski}}:

I saw Mr. {{NAME:Quimby}} in follow-up today. As you know he is a 71 year old man with CAD s/p
CABG in 2081 at {{FACILITY:Northgate General}}, DM2 (HbA1c 7.9 last quarter), and CKD stage 3. Since
his last visit on {{DATE:1/22/89}} he has had two episodes of exertional chest pressure relieved
by one SL nitroglycerin 0.4 mg. He walks his dog with his wife {{NAME:Edna}} most mornings.

Meds: metoprolol 50 bid, atorvastatin 80, lisinopril 10, metformin 500 bid, ASA 81.
Exam: BP 138/76, HR 64, BMI 31. S1S2, no murmur. No Homans sign. Trace edema.
ECG: NSR, old Q waves III/aVF, unchanged from {{DATE:11/03/2088}}.

Plan: exercise MIBI (Bruce protocol) to be scheduled at the {{FACILITY:Kessler unit}}; increase
Imdur to 60 mg. He will call {{NAME:Lorna}} in our office at {{PHONE:(508) 555-0142}} with any
questions. Return in 6 weeks.

Sincerely,

{{NAME:Franklin T. Aubuchon}}, M.D.

cc: {{NAME:Ostrowski, Mirela}}, MD, {{FACILITY:Kingston Family Practice}}

DD: {{DATE:04/17/89}}
DT: {{DATE:04/19/89}}
DV: {{DATE:04/17/89}}
{{NAME:FTA}}/{{NAME:kmr}}`,
  `Record date: {{DATE:2071-09-03}}

{{FACILITY:NGH}} CARDIOLOGY - PROGRESS NOTE

{{NAME:DELACROIX, MARGUERITE A}}
{{MRN:71902345}}
{{DATE:09/03/2071}}

Reason for visit: follow-up AF on apixaban.

HPI: {{AGE:94}} yo F, widowed, lives at {{FACILITY:Saint Brendan's Residence}} in
{{LOCATION:Westerly}}. Daughter {{NAME:Colette Hearn}} accompanies and is HCP (cell
{{PHONE:401-555-0187}}). Palpitations resolved since dose of diltiazem increased by Dr.
{{NAME:Pham}} on {{DATE:8/14}}. Fell once on {{DATE:Monday 8/28}} without injury. CHA2DS2-VASc 5,
HAS-BLED 2.

Exam: irregularly irregular 78, BP 122/64. JVP 7 cm. Lungs clear. No edema.
Labs {{DATE:8/30/71}}: Cr 1.3, K 4.4, Hgb 11.8, TSH 2.1.
TTE at {{FACILITY:Northgate}} {{DATE:June 2071}}: EF 55%, LA 4.6 cm, mild MR.

A/P: Persistent AF, rate controlled. Continue apixaban 2.5 mg bid (age >80, Cr ok, weight 58 kg
-> reduced dose criteria met). Fall precautions, PT referral to {{FACILITY:Coastal Home Therapy}}.
RTC 3 months, sooner prn.

{{NAME:Vinh Q. Pham}}, MD
Cardiology Fellow, pager {{PHONE:4471}}
Attending: {{NAME:Ruth Castellano}}, MD`,
  `DISCHARGE SUMMARY

NAME: {{NAME:TRAVERS, OWEN}}                UNIT NO: {{MRN:408-77-19}}
ADMISSION DATE: {{DATE:03/11/2094}}           DISCHARGE DATE: {{DATE:03/16/2094}}
SERVICE: Medicine, {{FACILITY:Ellison 12}}
ATTENDING: {{NAME:KAPLAN, SETH R.}}, M.D.

PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, RLL.

HISTORY OF PRESENT ILLNESS: Mr. {{NAME:Travers}} is a 67-year-old retired machinist from
{{LOCATION:Fall River}} who presented to the {{FACILITY:CMC}} Emergency Department with three days of
fever to 102.6, productive cough and pleuritic right chest pain. He was seen at {{FACILITY:Somerset
Urgent Care}} on {{DATE:3/9}} and given azithromycin without improvement. CURB-65 score 2.

HOSPITAL COURSE: Started on ceftriaxone 1 g and azithromycin 500 mg IV. Blood cultures {{DATE:3/11}}
grew Streptococcus pneumoniae, pan-sensitive. Defervesced by hospital day 3 and switched to
amoxicillin 1 g tid on {{DATE:3/14}}. Sputum Gram stain showed GPCs in pairs.

DISCHARGE MEDICATIONS: Amoxicillin 1 g PO tid x 5 more days, albuterol MDI prn.

FOLLOW-UP: Dr. {{NAME:Nadine Wolcott}} at {{FACILITY:Swansea Health Center}} in 1 week; repeat
CXR in 6 weeks.

______________________
{{NAME:SETH R. KAPLAN}}, M.D.

DICTATED BY: {{NAME:ANNIKA BJORNSTAD}}, M.D.
TR: {{NAME:lmw}}
DD: {{DATE:03/16/2094 11:42}}
DT: {{DATE:03/17/2094 08:05}}
JOB #: {{ID:552901}}`,
  `Admission Date: [**{{DATE:2142-7-21}}**]       Discharge Date: [**{{DATE:2142-7-29}}**]

Date of Birth: [**{{DATE:2067-2-8}}**]       Sex: M

Service: CARDIOTHORACIC

Allergies: Penicillins / Codeine

Attending: [**{{NAME:First Name3 (LF) Abigail}}**]
Chief Complaint: exertional dyspnea

Major Surgical or Invasive Procedure:
[**{{DATE:2142-7-23}}**] Aortic valve replacement (23 mm Magna Ease bovine), CABG x2 (LIMA-LAD,
SVG-OM)

History of Present Illness:
75 yo M with severe AS (valve area 0.7 cm2, mean gradient 48) referred by Dr. [**{{NAME:Last Name (STitle)
Wexford}}**] from [**{{FACILITY:Hospital Ridgeview}}**] after cath on [**{{DATE:7-2}}**] showed 2VD.

Past Medical History: HTN, hyperlipidemia, gout, BPH, s/p L TKR [**2138**]

Social History: Lives with wife in [**{{LOCATION:Location (un) Quincy}}**]. Retired postal worker.

Brief Hospital Course: Extubated POD 0. Chest tubes out POD 2. Brief postop AF, converted on
amiodarone. Transferred to [**{{FACILITY:Hospital Ward Name Ellison}}**] 3 on POD 1.

Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital Harborview Rehab}}**] - [**{{LOCATION:Location (un) Braintree}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) Nakagawa}}**] in 4 weeks ([**{{PHONE:Telephone/Fax (1) 617-555-0133}}**])
Cardiologist Dr. [**{{NAME:First Name (STitle) Petra}}**] [**{{NAME:Last Name (NamePattern1) Lindqvist}}**] 2 weeks

[**{{NAME:First Name11 (Name Pattern1) Abigail}}**] [**{{NAME:Last Name (NamePattern1) Ferrante}}**] MD [**{{LICENSE:MD Number(1) 4418}}**]

Completed by: [**{{DATE:2142-7-29}}**]`,
  `[**{{DATE:2156-11-4}}**] 3:12 PM
CHEST (PORTABLE AP)                                  Clip # [**{{ID:Clip Number (Radiology) 88214}}**]
Reason: eval for ETT placement
Admitting Diagnosis: SEPSIS
______________________________________________________________________________
[**{{FACILITY:Hospital Dorset Memorial}}**] MEDICAL CONDITION:
  [**{{AGE:91}}**] year old woman with urosepsis, intubated
REASON FOR THIS EXAMINATION:
  eval for ETT placement
______________________________________________________________________________
                                 FINAL REPORT
HISTORY: [**{{AGE:91}}**]-year-old woman, newly intubated.

COMPARISON: [**{{DATE:2156-10-30}}**] and [**{{DATE:2156-8-12}}**].

FINDINGS: Endotracheal tube tip terminates 4.1 cm above the carina. Right IJ central venous catheter tip in the mid SVC.
Low lung volumes with bibasilar atelectasis. Small left pleural effusion, new since prior.
No pneumothorax. Kerley B lines are absent.

IMPRESSION: Appropriately positioned ETT. New small left effusion.

Findings discussed with Dr. [**{{NAME:Last Name (STitle) Obuya}}**] by Dr. [**{{NAME:First Name8 (NamePattern2)
Greer}}**] [**{{NAME:Last Name (NamePattern1) Halvorsen}}**] at 3:40 PM on [**{{DATE:2156-11-4}}**].

DR. [**{{NAME:First Name (STitle) Tomas}}**] [**{{NAME:Last Name (NamePattern1) Yeboah}}**]
DR. [**{{NAME:First Name8 (NamePattern2) Greer}}**] [**{{NAME:Last Name (NamePattern1) Halvorsen}}**]
Approved: [**{{DATE:Sat 2156-11-4}}**] 5:02 PM`,
  `Record date: {{DATE:2068-12-02}}

                     {{FACILITY:SOUTHFIELD COMMUNITY HEALTH CENTER}}
                     {{ADDRESS:1120 Pelham Avenue}}, {{LOCATION:Southfield}}, MI {{ZIP:48075}}

{{NAME:ABERNATHY, LUCILLE}}
{{MRN:0066-4127}}

{{DATE:December 2, 2068}}

SUBJECTIVE: Mrs. {{NAME:Abernathy}} returns for BP and diabetes check. She states her sugars run
140s fasting. Her granddaughter {{NAME:Keisha}} now helps with the pill box. She missed her
appointment with Dr. {{NAME:Greenberg}} (ophthalmology, {{FACILITY:Kessington Eye}}) last fall and wants
to reschedule. Denies chest pain, SOB, polyuria. No falls.

MEDS: glipizide 5 mg qam, lisinopril 20 mg, HCTZ 25 mg, simvastatin 40 mg.

OBJECTIVE: BP 152/88, P 80, Wt 186 lb. Monofilament intact bilaterally. Fundi not visualized.

ASSESSMENT/PLAN:
1. HTN, not at goal -- add amlodipine 5 mg.
2. DM2 -- A1c today; continue glipizide. Refer to {{NAME:Shirlene Odom}}, RD, for MNT.
3. Health maintenance -- Pneumovax given, lot U7024AA. Mammogram ordered at {{FACILITY:Pinebrook
Park Imaging}}.

Follow-up 4 weeks with {{NAME:Dariusz Nowicki}}, NP.

{{NAME:Caroline J. Whitfield}}, MD
Electronically signed {{DATE:12/02/2068 16:47}}`,
  `Record date: {{DATE:2093-05-28}}

Patient: {{NAME:Mohammed Haddad}}    Age: 58    MRN: {{MRN:HM-2279104}}
Provider: {{NAME:ABERG, KRISTOFFER L}}

INTERVAL HISTORY: Seen today for f/u of HCV cirrhosis (Child-Pugh A, MELD 9). Completed 12 wks of
sofosbuvir/velpatasvir {{DATE:Feb 2093}}; SVR12 confirmed {{DATE:5/10/93}}. Last EGD {{DATE:1/2093}}
with small varices, on nadolol 20 mg. Works as a cab driver for {{FACILITY:Metro Yellow Cab}}, wife
{{NAME:Samira}} present. Brother {{NAME:Tariq}} in {{LOCATION:Amman}} also has hepatitis C.

LABS ({{DATE:5/21/93}}): AST 34, ALT 29, Tbili 1.1, Alb 3.9, INR 1.1, Plt 118, AFP 3.2.
US liver ({{DATE:5/21/93}}): nodular contour, no focal lesion, patent portal vein.

ASSESSMENT: Compensated cirrhosis, SVR achieved.

PLAN:
- HCC surveillance US + AFP q6 months (next ~{{DATE:11/2093}})
- repeat EGD 2094
- Hep A/B vaccines complete
- RTC 6 mo; call clinic {{PHONE:313-555-0164}} ext {{PHONE:2210}} for problems.

_________________________
{{NAME:Kristoffer L. Aberg}}, MD ({{NAME:KLA}})
{{FACILITY:Lakeshore Hepatology}}, {{FACILITY:LMC}}`,
  `Sinus rhythm with first degree A-V block. Left anterior fascicular block. Poor R wave progression
- consider old anteroseptal myocardial infarction. Since the previous tracing of [**{{DATE:2119-3-14}}**]
the rate is slower and the P-R interval is longer. Clinical correlation is suggested.
Read by: [**{{NAME:Last Name (LF) Sorensen}}**],[**{{NAME:First Name3 (LF) Ingrid}}**]

  Intervals Axes
Rate PR QRS QT/QTc P QRS T
58 232 104 438/431 51 -48 22

[**{{DATE:2119-6-2}}**] 7:55 AM
NURSING PROGRESS NOTE 0700-1900
Pt is a [**{{AGE:93}}**]yo male, transferred from [**{{FACILITY:Hospital1 Bayside}}**] rehab with
hypotension. Neuro: A+Ox2, pleasant, follows commands. MAE. CV: SB 50s-60s, 1st deg AVB, SBP
90s-100s after 1L NS. Resp: 2L NC, sats 95-97%. LS coarse bases. GI/GU: tolerating thin liquids per
speech; foley draining amber urine 30-40cc/hr. Skin: stage II coccyx, Allevyn in place.
Social: daughter [**{{NAME:Name (NI) Brigid}}**] called x2, updated by RN; she lives in
[**{{LOCATION:Location (un) Worcester}}**] and plans to visit tomorrow. HCP is son [**{{NAME:Name (NI) Declan}}**]
[**{{PHONE:Telephone/Fax (3) 508-555-0119}}**]. Code status DNR/DNI confirmed with MD [**{{NAME:Last Name (un)
Achebe}}**].
Plan: monitor HR, MAP goal >60, cont abx, wean O2 as tolerated.`,
  `Record date: {{DATE:2077-01-09}}

                              OFFICE NOTE

{{NAME:Imogen Fairweather}}, a 44 yo woman seen at {{FACILITY:PIH}} Rheumatology for SLE.

She was diagnosed in 2069 at {{FACILITY:Faulkner-Reyes Clinic}} (ANA 1:640, anti-dsDNA +, low C3/C4)
and had class IV lupus nephritis on biopsy {{DATE:10/14/70}}, induced with MMF per ALMS protocol.
Last flare {{DATE:Aug '76}} (arthritis, rash), treated with prednisone burst. Today she notes
Raynaud's, fatigue. No oral ulcers. Her husband {{NAME:Rhys}} is a teacher at {{FACILITY:Hollings
Middle School}}; she works remotely for {{FACILITY:Caldera Analytics}}.

Meds: hydroxychloroquine 300 mg (eye exam {{DATE:11/2076}} normal, Dr. {{NAME:Mbeki}}), MMF 1000 bid,
prednisone 5 mg, losartan 25, vitamin D.

Exam: BP 118/72. Malar area clear. No synovitis. 1+ livedo on thighs.
Labs {{DATE:1/3/77}}: Cr 0.8, UPCR 0.21, C3 88, dsDNA 45, CBC nl.

Impression: SLE, quiescent renal disease; Raynaud's.
Plan: continue. Nifedipine XL 30 for Raynaud's. Labs q3mo. RTC {{DATE:April 2077}}.

{{NAME:Oyelaran, Bisi}}, M.D.
cc: {{NAME:J. Tolliver}}, MD (PCP)
{{NAME:BO}}:{{NAME:dpk}}  DD {{DATE:01/09/77}}  DT {{DATE:01/10/77}}`,
  `{{FACILITY:ST. ANSELM'S HOSPITAL}}
EMERGENCY DEPARTMENT RECORD

Patient: {{NAME:Rourke, Patrick J}}     DOB: {{DATE:07/22/1961}}     Acct: {{ACCOUNT:E04417729}}
MRN: {{MRN:001938274}}     Arrival: {{DATE:10/05/2024 02:14}}     Mode: EMS ({{FACILITY:Tri-Village Ambulance}})

CC: chest pain

HPI: 63M with hx of HTN, smoker, awoke at 0100 with substernal pressure radiating to L arm,
diaphoresis. EMS gave ASA 324 and NTG x2. Wife {{NAME:Maureen}} ({{PHONE:(630) 555-0178}}) at
bedside. He is a foreman at {{FACILITY:Hinsdale Precast}}.

ECG 0216: STE 3 mm II, III, aVF, reciprocal STD I/aVL. Code STEMI activated 0218.
Trop I 0.84. K 3.9. Cr 1.0.

Course: heparin 4000 U bolus, ticagrelor 180. Cath lab (Dr. {{NAME:Anand Rajagopal}}) at 0241:
100% RCA, DES x1. Door-to-balloon 38 min. Admitted to CCU bed 4.

Dx: Inferior STEMI.

ED attending: {{NAME:Holloway, Bernadette}} MD
Scribe: {{NAME:T. Nguyen}}
{{DATE:10/05/2024 03:30}}`,
  `Admission Date:  [**{{DATE:2188-2-13}}**]              Discharge Date:   [**{{DATE:2188-2-20}}**]

Date of Birth:  [**{{DATE:2115-5-30}}**]             Sex:   F

Service: MEDICINE

HISTORY OF PRESENT ILLNESS:
72F with COPD (FEV1 38%), on 2L home O2, who presents from [**{{FACILITY:Hospital3 Pinecrest}}**]
nursing home with increased dyspnea. Per her PCP Dr. [**{{NAME:First Name (STitle) Roland}}**] [**{{NAME:Last Name
(NamePattern1) Marchetti}}**], she had been on prednisone taper since [**{{DATE:2-1}}**]. In the ED,
ABG 7.29/68/72, started on BiPAP.

SOCIAL HISTORY: Former smoker 80 pack-years. Widowed. Son [**{{NAME:Name (NI) Garrett}}**] lives in
[**{{LOCATION:Location (un) Lowell}}**].

HOSPITAL COURSE:
1. COPD exacerbation: BiPAP x 36h in [**{{FACILITY:Hospital Unit Name MICU Blue}}**], then nasal cannula.
Solumedrol 60 q8h transitioned to prednisone 40 mg on [**{{DATE:2-16}}**]. Levofloxacin 750 x 5 d.
2. Hyperglycemia from steroids: insulin sliding scale.

DISCHARGE MEDICATIONS: prednisone taper, Spiriva, Advair 250/50, albuterol nebs.

FOLLOW-UP: Pulmonary, Dr. [**{{NAME:Last Name (STitle) Okonkwo}}**], [**{{PHONE:Telephone/Fax (1) 617-555-0121}}**],
on [**{{DATE:2188-3-6}}**] 10:30.

                             [**{{NAME:First Name11 (Name Pattern1) Helena}}**] [**{{NAME:Last Name (NamePattern4) Voss}}**], MD [**{{LICENSE:MD Number(1) 7731}}**]

Dictated By:[**{{NAME:Last Name (NamePattern1) Bristow}}**]
MEDQUIST36
D:  [**{{DATE:2188-2-20}}**]  14:02
T:  [**{{DATE:2188-2-21}}**]  09:11
JOB#:  [**{{ID:Job Number 40218}}**]`,
  `Record date: {{DATE:2082-06-30}}

                         {{FACILITY:EVERGREEN VALLEY CLINIC}}
                         Urgent Care Visit

{{NAME:NAKASHIMA, KENJI}}     {{MRN:EV-558210}}     {{DATE:06/30/82}}

HPI: 38 yo M, software engineer at {{FACILITY:Bluefin Systems}}, presents with R ankle injury playing
basketball at the {{FACILITY:Corliss Street Y}} last night ({{DATE:Sunday 6/29}}). Inversion mechanism,
unable to bear weight x4 steps. Ottawa ankle rules positive (posterior tip lateral malleolus
tenderness).

PMH: asthma (mild intermittent). NKDA. Meds: albuterol prn.

Exam: swelling and ecchymosis lateral ankle, TTP at lateral malleolus, 5th MT base nontender.
Anterior drawer limited by pain. NV intact.

XR R ankle 3 views: nondisplaced Weber A fibular fracture.

Plan: CAM boot, crutches, WBAT in boot, ibuprofen 600 tid with food. Ortho f/u with Dr. {{NAME:Lise
Brunet}} at {{FACILITY:Cascade Orthopedics}} in 7-10 days, {{PHONE:425-555-0190}}. Work note given
through {{DATE:7/7/82}}.

{{NAME:Hannah R. Eklund}}, PA-C
Supervising: {{NAME:M. Delgado-Ruiz}}, MD`,
  `[**{{DATE:2131-9-18}}**] 11:20 AM
CT HEAD W/O CONTRAST                                            Clip # [**{{ID:Clip Number (Radiology) 30927}}**]
Reason: s/p fall, on coumadin, r/o bleed
Admitting Diagnosis: SUBDURAL HEMATOMA
______________________________________________________________________________
                                 FINAL REPORT
INDICATION: [**{{AGE:96}}**]-year-old man on warfarin, INR 3.4, found down at [**{{FACILITY:Hospital1 Oakmont}}**]
assisted living.

TECHNIQUE: Non-contrast axial images of the head. DLP 1012 mGy-cm.

COMPARISON: MRI brain [**{{DATE:2129-4-2}}**] from [**{{FACILITY:Hospital Greylock Memorial}}**].

FINDINGS: There is a 9-mm right frontoparietal crescentic hyperdense extra-axial collection
consistent with acute subdural hematoma, with 3 mm leftward shift. No uncal herniation. Basal
cisterns patent. Chronic small vessel ischemic changes. Old left cerebellar lacune. Calvarium
intact; soft tissue swelling over the right parietal scalp.

IMPRESSION: Acute right SDH with 3-mm midline shift.

Wet read discussed with Dr. [**{{NAME:Last Name (STitle) Castellanos}}**] (neurosurgery) at 11:48 AM by
[**{{NAME:First Name8 (NamePattern2) Wendell}}**] [**{{NAME:Last Name (NamePattern1) Prager}}**], MD.

DR. [**{{NAME:First Name (STitle) Ilse}}**] [**{{NAME:Last Name (NamePattern1) Haugen}}**]
Approved: [**{{DATE:2131-9-18}}**] 1:15 PM`,
  `Record date: {{DATE:2063-03-15}}

CC: f/u diabetes, neuropathy

{{NAME:Vukovic}} is a 61 yo woman with T2DM x 15 yrs, HTN, hyperlipidemia, obesity, here for
3 month f/u. Last seen by me {{DATE:12/14/62}}. Since then she went to {{LOCATION:Split}}, Croatia
for her nephew {{NAME:Ante}}'s wedding and "ate everything". Sugars 150-220. Burning in both feet
at night, worse over the winter. She works nights at {{FACILITY:Fairlawn Bakery}} packing bread.

ROS: no polyuria, vision stable (saw Dr. {{NAME:Eastwood}} at {{FACILITY:MEEC}} {{DATE:2/2063}}).

Meds: Lantus 34 u qhs, metformin 1000 bid, Januvia 100, lisinopril 40, Lipitor 40.

PE: 176/92 -> 158/88 on recheck. Wt 214 (up 6 lb). Feet: decreased vibration to ankles, 10 g
monofilament absent at 3/10 sites bilaterally, DP pulses 1+.

Labs: A1c 9.1 (from 8.2), LDL 96, Cr 0.9, microalb/Cr 48.

A/P:
1. DM2 uncontrolled: increase Lantus to 40; start Jardiance 10. Diabetes ed with {{NAME:Rosalind}}.
2. Painful DPN: gabapentin 300 qhs, titrate.
3. HTN: add amlodipine 5.
4. RTC 6 wks.

{{NAME:Ezra Blumenfeld}}, MD
{{FACILITY:Brookline Internal Medicine Group}}`,
  `{{FACILITY:Mercy Ridge Medical Center}} - Inpatient Progress Note (Hospitalist)

Patient: {{NAME:Consuelo Barragan-Ortiz}}    MRN {{MRN:M0098172}}    Room 618B
DOB {{DATE:1931-08-19}} ({{AGE:93}} y)    Admit {{DATE:11/02/2024}}    Hospital day 3
Date of service: {{DATE:11/04/2024}}

S: Feels "cansada." Ate 50% of breakfast. Overnight RN {{NAME:Jolene}} reports one episode of
confusion around 0300, reoriented. Daughter {{NAME:Marisol}} (HCP, {{PHONE:915-555-0156}}) visited.

O: T 37.4, HR 88, BP 104/58, RR 18, SpO2 94% RA. Dry MM. Mild suprapubic tenderness.
Labs: WBC 13.2 (from 16.8), Na 133, Cr 1.4 (baseline 1.0), lactate 1.6.
UCx ({{DATE:11/2}}): E. coli >100K, ESBL negative, cefazolin S.

A/P: {{AGE:93}} y/o F from {{FACILITY:Casa de Paz Senior Living}} with E. coli pyelonephritis, AKI, delirium.
- ceftriaxone -> cefazolin today; total 10 days
- IVF 75 mL/h, recheck BMP am
- delirium precautions, CAM-ICU neg today
- PT/OT; likely return to ALF {{DATE:11/6}} if stable
- Goals: DNR/DNI per MOLST signed {{DATE:3/12/2023}} (copy in chart)

{{NAME:Ibrahim Sesay}}, DO  pager {{PHONE:3319}}`,
  `{{FACILITY:TSH}} | GASTROENTEROLOGY | ENDOSCOPY UNIT

PROCEDURE NOTE
Patient: {{NAME:WINSLOW, BEATRICE M}}      MR# {{MRN:5520934}}
Date of procedure: {{DATE:08/21/2098}}
Endoscopist: {{NAME:Nils Carrow}}, MD    Fellow: {{NAME:Adaeze Nwosu}}, MD
Referring: {{NAME:Lambert, Guy}}, MD ({{FACILITY:Three Rivers Family Medicine}})

Procedure: Colonoscopy with cold snare polypectomy.
Indication: {{AGE:90}} yo woman, positive FIT {{DATE:7/2098}}, iron deficiency anemia (Hgb 9.6,
ferritin 8). Last colonoscopy 2085 at {{FACILITY:Three Rivers}} (2 TAs).
Sedation: MAC by {{NAME:D. Ferreira}}, CRNA. ASA class III.
Prep: Boston Bowel Prep Scale 7 (2/3/2).

Findings:
- 14 mm sessile polyp in ascending colon, removed piecemeal; 2 clips (Resolution 360) placed.
- 4 mm polyp in sigmoid, cold snare.
- Pan-diverticulosis. Internal hemorrhoids grade I.

Impression: polyps as above; diverticulosis.
Plan: await pathology (accession {{ID:S98-44120}}); given age {{AGE:90}}, no further surveillance
recommended if benign. Iron sucrose infusion at {{FACILITY:Dover Infusion Center}}. Letter with results to
patient and to Dr. {{NAME:Lambert}}.

{{NAME:N. Carrow}} / {{NAME:an}}   {{DATE:8/21/98 10:52}}`,
  `Record date: {{DATE:2075-10-11}}

PSYCHIATRY OUTPATIENT - MEDICATION MANAGEMENT

{{NAME:Theodora ("Teddy") Lindqvist}}, 29, graduate student at {{FACILITY:Hartwell College}}, returns for
f/u of MDD and GAD. Seen last {{DATE:9/6}}; sertraline increased to 150 mg. PHQ-9 today 11 (from
17), GAD-7 9. Sleep improved. Still avoids her lab group; her advisor Prof. {{NAME:Okafor}} agreed to
extension. Partner {{NAME:Wren}} supportive. No SI/HI. Drinks 2 glasses of wine on weekends. No
cannabis since summer.

MSE: well-groomed, good eye contact, speech nl, mood "better", affect reactive, TP linear, no SI.

Plan:
- sertraline 150 mg qd, continue
- CBT with {{NAME:Marguerite Ashby}}, LICSW, at {{FACILITY:Cambridge Counseling Collaborative}} weekly
- f/u 6 weeks ({{DATE:11/22/75}}); crisis line reviewed
- her mother in {{LOCATION:Malmo}} was hospitalized; pt may travel over break

{{NAME:Sebastian Drury}}, MD
{{NAME:SD}}/{{NAME:tc}}`,
  `{{FACILITY:HALLORAN REGIONAL MEDICAL CENTER}}
Case Management / Discharge Planning Note

Pt: {{NAME:Gustafson, Arvid E.}}   DOB: {{DATE:02/03/1934}}   MRN: {{MRN:HR7720419}}
SSN on file: {{SSN:078-05-1120}}   Insurance: Medicare A/B, ID {{HEALTH_PLAN:4TK9-QW2-RM31}}; secondary
BlueCross, member {{HEALTH_PLAN:XZB884120673}}
Date: {{DATE:Tuesday, January 14, 2025}}

{{AGE:90}} yo widower admitted {{DATE:1/9/25}} after fall with L hip fx, s/p hemiarthroplasty {{DATE:1/10}}
(Dr. {{NAME:Wojcik}}). Lives alone at {{ADDRESS:88 Juniper Hollow Rd}}, {{LOCATION:Ashland}}, WI {{ZIP:54806}},
2-story home, 14 steps. Niece {{NAME:Ingrid Solberg}} is emergency contact, {{PHONE:715-555-0124}},
email {{EMAIL:ingrid.solberg@lakemail.example}}.

Plan: SNF for rehab. Referrals sent to {{FACILITY:Birchwood Care Center}} (accepted) and {{FACILITY:Chequamegon
Manor}} (no bed). 3-midnight qualifying stay met. Transport by {{FACILITY:Northwoods Medical Transport}},
pickup {{DATE:1/15/25 10:00}}. Referral packet faxed to {{FACILITY:Birchwood}} at {{FAX:715-555-0175}}.

Pt agrees; niece updated by phone at 1415.

{{NAME:Delphine Arceneaux}}, RN CCM  ext {{PHONE:6612}}`,
  `Record date: {{DATE:2086-02-24}}

{{FACILITY:VMH}} NEUROLOGY CONSULT

Requesting: {{NAME:Bui, Thanh}} MD (medicine)    Patient: {{NAME:Esperanza Villalobos}}    MR {{MRN:40-91-227}}

Reason: new seizure.

HPI: 54 yo RH woman, bank teller at {{FACILITY:Harbor Federal Savings}} in {{LOCATION:San Pedro}}, had a
witnessed GTC seizure at work on {{DATE:2/23/86}} per coworker {{NAME:Dolores}}; ~2 min, tongue bite,
post-ictal 20 min. No prior seizures. Recent headaches x 3 weeks. Her sister {{NAME:Amparo}} had a
"brain tumor" in {{LOCATION:Guadalajara}}.

Exam: alert, oriented. Mild L pronator drift. L Babinski. Fundi: no papilledema.

Data: CT {{DATE:2/23}}: 2.8 cm R frontal hypodensity with edema. MRI {{DATE:2/24}}: ring-enhancing lesion,
likely high-grade glioma vs metastasis. EEG pending. Na 137, Glu 102.

Imp: provoked seizure from R frontal mass.

Rec:
1. Levetiracetam 500 mg bid.
2. Dexamethasone 4 mg q6h, with PPI.
3. Neurosurgery (Dr. {{NAME:Ravindra Iyer}}) consult.
4. CT C/A/P to r/o primary.
5. Counsel: no driving x 6 mo per CA law.

Thank you for this consult. {{NAME:Wilhelmina K. Straub}}, MD, {{NAME:WKS}}/{{NAME:jl}}
DD {{DATE:02/24/86}} DT {{DATE:02/25/86}}`,
  `[**{{DATE:2203-1-7}}**] 4:30 AM
Physician Resident Progress Note  MICU

Chief Complaint: hypoxemic respiratory failure
24 Hour Events:
- Intubated [**{{DATE:1-6}}**] 20:15 for worsening hypoxemia; FiO2 weaned to 0.5 overnight
- Fam mtg w/ wife [**{{NAME:Name (NI) Philippa}}**] and son [**{{NAME:Name (NI) Aurelio}}**], remains full code
- Bronch [**{{DATE:1-6}}**]: BAL sent, PJP DFA pending

Allergies: Sulfa (Sulfonamide Antibiotics)  Rash;
Last dose of Antibiotics: Vancomycin - [**{{DATE:2203-1-7}}**] 12:00 AM; Cefepime - [**{{DATE:2203-1-7}}**] 02:00 AM

Vital signs: Tmax 38.6, HR 104, BP 98/61, RR 24, SpO2 93%
Vent: CMV/ASSIST, Vt 420, PEEP 12, FiO2 50%, Plateau 26, ABG 7.34/44/78

Labs: WBC 16.4, Hct 29.1, Plt 212, Cr 1.6, Lactate 2.2, Procalcitonin 4.1

Assessment and Plan
64M with HIV (CD4 [**{{DATE:12-29}}**] 88), presenting with bilateral infiltrates, ARDS.
- ARDSnet, goal Pplat <30; consider proning if P/F <150
- empiric TMP-SMX desensitization vs atovaquone; ID (Dr. [**{{NAME:Last Name (STitle) Mandelbaum}}**]) following
- ICU Care: SQ heparin, PPI, HOB 30
Communication: wife [**{{PHONE:Telephone/Fax (1) 781-555-0193}}**]
Code status: Full code
Disposition: ICU
------ Protected Section ------
MICU attending addendum: agree with above. [**{{NAME:First Name8 (NamePattern2) Lucian}}**] [**{{NAME:Last Name (NamePattern1) Dragomir}}**], MD
on:[**{{DATE:2203-1-7}}**] 11:02 ------`,
  `Record date: {{DATE:2091-07-19}}

{{NAME:Eleanor Whitcombe-Harris}}
{{ADDRESS:27 Larkspur Terrace, Apt 3}}
{{LOCATION:Bangor}}, ME {{ZIP:04401}}

Dear Ms. {{NAME:Whitcombe-Harris}},

I am writing to follow up on the results of your tests from your visit to the {{FACILITY:Penobscot Heart
and Vascular}} clinic on {{DATE:July 8, 2091}}. Your Holter monitor (Zio XT, serial {{DEVICE:ZX4471902}}) worn
from {{DATE:7/8}} to {{DATE:7/22}} showed mostly normal rhythm with short runs of a fast heartbeat called
SVT, the longest 11 beats. Your echocardiogram on {{DATE:7/10/91}} was normal (EF 60-65%).

These findings are reassuring. Dr. {{NAME:Fitzgerald}} and I recommend starting metoprolol succinate
25 mg once daily. Please avoid excess caffeine. If you have fainting or chest pain, call 911.

Please schedule a follow-up with Dr. {{NAME:Anneliese Fitzgerald}} in 3 months by calling
{{PHONE:207-555-0111}}, or message us through the portal at {{URL:https://mychart.penobscotheart.example/login}}.
You may also email our nurse, {{NAME:Corinne}}, at {{EMAIL:cdufresne@penobscotheart.example}}.

Sincerely,

{{NAME:Marcus O. Tibbetts}}, MD, FACC
{{FACILITY:Penobscot Heart and Vascular}}, {{ADDRESS:900 State Street, Suite 410}}, {{LOCATION:Bangor}}, ME {{ZIP:04401}}

cc: {{NAME:Roberta Lunt}}, NP ({{FACILITY:Orono Family Health}})`,
  `[**{{DATE:2174-5-12}}**] 6:45 PM
Nursing Progress Note  [**{{FACILITY:Hospital Ward Name Carney}}**] 5 / Trauma SICU

Pt is a 23 yo M s/p MVC ([**{{DATE:5-11}}**]), restrained driver, car vs tree in
[**{{LOCATION:Location (un) Natick}}**]. Injuries: L femur fx s/p IMN ([**{{DATE:5-11}}**] by Dr. [**{{NAME:Last Name (STitle) Ruvolo}}**]),
splenic lac grade II (non-op), L rib fx 4-7.

Neuro: A&Ox3, pain 6/10 with PCA hydromorphone, ok per pt. CIWA 0.
Resp: IS 1250, 3L NC, sats 96%. Encouraged cough/deep breathing.
CV: ST 100-110s, Hct 27.1 -> 26.4, MD aware, no tx per team.
GI: clears, +flatus. GU: voiding after foley d/c at 1400.
Skin: L thigh incision dsg C/D/I.
Social: mother [**{{NAME:Name (NI) Rosalind}}**] [**{{NAME:Name (NI) Quarles}}**] at bedside, very anxious, given
SW ([**{{NAME:First Name8 (NamePattern2) Tamsin}}**]) number. Police from [**{{LOCATION:Location (un) Natick}}**] PD
asked to speak with pt re: accident; vehicle plate [**{{VEHICLE:7RKW-220}}**] towed to [**{{FACILITY:Company Ferro's Towing}}**].
Pt's girlfriend [**{{NAME:Name (NI) Jazmin}}**] called, given update with pt's permission.
Plan: cont PCA, serial Hct q6h, PT eval am.`,
  `{{FACILITY:NGH}} ANESTHESIA PRE-OP EVALUATION
Date: {{DATE:04/03/2099}}

{{NAME:OYELOWO, FUNMILAYO}}   {{MRN:1190-6628}}   47 F   Wt 92 kg, BMI 36

Procedure: laparoscopic cholecystectomy, Dr. {{NAME:Sterling Abernethy}} ({{FACILITY:Northgate General}}
Surgery), scheduled {{DATE:4/10/99}}.

PMH: OSA on CPAP (ResMed AirSense 10, SN {{DEVICE:23161844102}}), HTN, GERD, asthma. Prior GA for C-section
2088 at {{FACILITY:Ikeja Lagoon Hospital}}, {{LOCATION:Lagos}}, uneventful.
Meds: amlodipine 10, omeprazole 20, Symbicort 160/4.5 2 puffs bid.
Allergies: latex (hives).

Airway: Mallampati III, TMD 6 cm, MO 4 cm, neck circ 44 cm. Dentition intact.
STOP-BANG 5. METs >4 (climbs 2 flights).
Labs: Hgb 12.9, K 4.1, Cr 0.7, hCG neg. ECG: NSR.

ASA III. Plan GETT, RSI consideration for GERD, latex-free room, bring CPAP. Video laryngoscope
available. Discussed with patient and husband {{NAME:Chukwuemeka}}; consent obtained.

{{NAME:Hollis, Jeremiah P}}, MD, Anesthesiology
{{NAME:JPH}}`,
  `Record date: {{DATE:2065-11-30}}

                            DISCHARGE SUMMARY

PATIENT: {{NAME:FEENEY, CORNELIUS X}}          MR #: {{MRN:622-41-08}}
ADMITTED: {{DATE:11/24/2065}}      DISCHARGED: {{DATE:11/30/2065}}
ATTENDING: {{NAME:LOWENSTEIN, MIRIAM}}      PCP: {{NAME:DUARTE, PAULO}} ({{FACILITY:BMH}} Primary Care)

DIAGNOSES: Acute on chronic systolic CHF (EF 25%); ischemic cardiomyopathy; AKI.

HPI: 78 yo man with ICM, s/p BiV-ICD (Medtronic Claria, SN {{DEVICE:RNC604417S}}) placed {{DATE:3/2063}} at
{{FACILITY:Brightwater}}, presents with 10 lb weight gain and orthopnea after a family dinner at his
daughter {{NAME:Nora Feeney-Pratt}}'s home in {{LOCATION:Duxbury}}.

HOSPITAL COURSE: Diuresed with IV furosemide 80 bid, net -6.2 L. Cr peaked 2.1 on {{DATE:11/27}}, 1.5 at
discharge. Device interrogation ({{DATE:11/25}}, Medtronic rep {{NAME:Gary Tuttle}}): no VT/VF, 97% BiV pacing.
Sacubitril/valsartan held for AKI; resume at 24/26 mg on {{DATE:12/4}} if Cr <1.6.

DISPOSITION: Home with VNA ({{FACILITY:Scituate Shore Visiting Nurses}}), daily weights.

FOLLOW UP: HF clinic Dr. {{NAME:Lowenstein}} {{DATE:12/8/65}}; EP device clinic {{DATE:2/2066}}.

{{NAME:M. Lowenstein}}, MD     {{NAME:ML}}/{{NAME:rjk}}   DD: {{DATE:11/30/65}}   DT: {{DATE:12/01/65}}
cc: {{NAME:Paulo Duarte}}, MD`,
  `Record date: {{DATE:2084-08-07}}

Ortho Clinic Note - {{FACILITY:Kessler}} Sports Medicine

{{NAME:RAMASWAMY, DEEPIKA}}  {{MRN:KS0047719}}

{{NAME:Deepika}} is a 19 yo sophomore at {{FACILITY:Westbrook State University}} and midfielder on the
women's soccer team, seen with her athletic trainer {{NAME:Colby Reinholt}}, ATC. Injured R knee on
{{DATE:8/2/84}} at practice: non-contact pivot, pop, immediate effusion.

Exam: 2+ effusion, Lachman 2B, pivot shift +, McMurray neg, MCL stable.
MRI ({{DATE:8/5}}, {{FACILITY:Kessler Imaging}}, acc {{ID:KI-84-331907}}): complete ACL tear, bone bruises LFC/LTP,
intact menisci.

Plan: ACL reconstruction with BTB autograft, tentatively {{DATE:8/21}} with Dr. {{NAME:Hollister}}. Prehab with
{{FACILITY:Kessler PT}}. Discussed with mother {{NAME:Lakshmi}} via phone ({{PHONE:(617) 555-0150}}). Letter to
coach {{NAME:Alana Brisbois}}.

{{NAME:Tobias N. Hollister}}, MD
{{NAME:HOLLISTER, TOBIAS}} / {{NAME:cmv}}`,
  `[**{{DATE:2119-10-22}}**] 9:05 AM
MR HEAD W & W/O CONTRAST; MRA BRAIN W/O CONTRAST              Clip # [**{{ID:Clip Number (Radiology) 61044}}**]
Reason: R hemiparesis, aphasia
______________________________________________________________________________
[**{{FACILITY:Hospital Brigham Lane}}**] MEDICAL CONDITION:
  [**{{AGE:92}}**] year old woman with acute L MCA syndrome
______________________________________________________________________________
                                 FINAL REPORT
HISTORY: Acute aphasia and right-sided weakness, last known well [**{{DATE:2119-10-21}}**] 22:00.

COMPARISON: CT head and CTA [**{{DATE:2119-10-22}}**] at 02:10.

FINDINGS: Restricted diffusion in the left frontal operculum, insula and corona radiata
(approximately 34 mL) with corresponding FLAIR hyperintensity. No hemorrhage on SWI. Occlusion of
the left M1 segment on MRA. Mild chronic microvascular disease (Fazekas 2). No mass.

IMPRESSION: Acute left MCA territory infarct with M1 occlusion.

Discussed with Dr. [**{{NAME:First Name (STitle) Ottoline}}**] [**{{NAME:Last Name (NamePattern1) Brandt}}**] of the stroke team at 9:30 AM.
Her family ([**{{NAME:Name (NI) Kowalczyk}}**]) notified by stroke team.

DR. [**{{NAME:First Name (STitle) Benedikt}}**] [**{{NAME:Last Name (NamePattern1) Ferreira}}**]
Approved: [**{{DATE:2119-10-22}}**] 10:14 AM`,
  `{{FACILITY:ROCKLAND VALLEY HOSPITAL}}
{{ADDRESS:300 Quarry Road}}, {{LOCATION:Nyack}}, NY {{ZIP:10960}}

DISCHARGE PRESCRIPTION / MEDICATION RECONCILIATION
Patient: {{NAME:Bellweather, Josephine}}    DOB {{DATE:09/09/1948}}    MRN {{MRN:RV-00731552}}
Encounter/Account: {{ACCOUNT:400219873361}}    Discharge: {{DATE:06/12/2025}}

NEW:  apixaban 5 mg PO bid (PE dx {{DATE:6/8/25}}); first dose at home {{DATE:6/12}} evening
CHANGED: metoprolol tartrate 25 bid -> metoprolol succinate 50 daily
STOPPED: aspirin 81 mg (bleeding risk with apixaban), naproxen
CONTINUED: levothyroxine 88 mcg, sertraline 50 mg, vitamin D3 2000 IU

Pharmacy: {{FACILITY:Hudson Apothecary}}, {{ADDRESS:14 Main St}}, {{LOCATION:Nyack}}; ph {{PHONE:845-555-0103}},
fax {{FAX:845-555-0104}}. Eliquis copay card applied; prior auth not required by plan.

Prescriber: {{NAME:Anjali Varghese}}, MD   NPI {{LICENSE:1942870315}}   DEA {{LICENSE:BV6627193}}
Reviewed with patient and husband {{NAME:Leopold}}; teach-back done by {{NAME:Francesca Tomlin}}, PharmD.
PCP Dr. {{NAME:Yusuf Karaca}} notified via Direct message {{EMAIL:ykaraca@direct.hudsonvalleymd.example}}.`,
  `Record date: {{DATE:2079-03-02}}

PULMONARY CLINIC FOLLOW-UP - {{FACILITY:Kessler}} Chest Center

{{NAME:Okafor, Ngozi A.}}  MRN {{MRN:3947718}}

HPI: Mrs. {{NAME:Okafor}} is a 66 yo woman with sarcoidosis (stage II, dx 2074 by EBUS at {{FACILITY:BMH}})
seen with her son {{NAME:Chidi}}. Since last visit ({{DATE:10/28/78}}) more DOE at 1 flight. Stopped
prednisone {{DATE:Dec 2078}} on her own due to weight gain. Works part-time at {{FACILITY:St. Jude Thrift
Shop}} in {{LOCATION:Roxbury}}.

PFTs today: FVC 2.01 (71%), FEV1 1.64 (74%), ratio 82, DLCO 52% (from 64% {{DATE:4/2078}}).
6MW: 340 m, nadir SpO2 90%.
HRCT {{DATE:2/20/79}}: perilymphatic nodules, increased upper lobe reticulation.
ACE 88. Ca 10.4. 24h urine Ca pending. ECG: NSR, no AV block. Ophtho (Dr. {{NAME:Halpern}}) {{DATE:1/79}}: no uveitis.

Imp: progressive pulmonary sarcoid.
Plan: restart prednisone 20 mg with taper; start methotrexate 10 mg weekly + folate; LFTs monthly;
PJP ppx not needed at this dose. Cardiac MRI to screen for cardiac sarcoid. RTC 8 wks.

{{NAME:Beaumont, Lucien R.}}, MD  /  {{NAME:Yara Sayegh}}, MD (fellow)
{{NAME:LRB}}/{{NAME:ys}} ({{DATE:3/2/79}})`,
  `[**{{DATE:2167-8-30}}**] 10:40 PM
Cardiology ECG report

Atrial fibrillation with rapid ventricular response. Left axis deviation. Nonspecific ST-T wave
changes. Compared to the previous tracing of [**{{DATE:2167-6-1}}**] atrial fibrillation is new.
TRACING #2
Read by: [**{{NAME:Last Name (LF) Ottaviano}}**],[**{{NAME:First Name3 (LF) Gianluca}}**]

  Intervals Axes
Rate PR QRS QT/QTc P QRS T
142 0 88 292/441 0 -38 110

[**{{DATE:2167-8-31}}**] 6:10 AM
Nursing Note
[**{{AGE:97}}**] yo F, from [**{{FACILITY:Hospital3 Marshfield Commons}}**], adm with AF RVR. Received dilt gtt 10 mg/h,
HR now 90s-110s. BP stable 110s/60s. Lytes: K 3.5, repleted w/ 40 mEq KCl PO; Mg 1.8, 2 g IV.
Pt HOH, hearing aids in bag with belongings. Pleasantly confused at baseline per her niece
[**{{NAME:Name (NI) Cordelia}}**] [**{{NAME:Last Name (NamePattern1) Vantassel}}**] (HCP), who called from [**{{LOCATION:Location (un) Hanover}}**]
at 2300. Health care proxy form on chart. DNR/DNI. Comfort-focused if declines.
Plan: transition dilt gtt to PO dilt 30 q6 per Dr. [**{{NAME:Last Name (STitle) Szabo}}**], AC decision pending d/w
family in am, TTE ordered.`,
  `Record date: {{DATE:2096-12-19}}

{{FACILITY:Northgate General Hospital}}
Department of Medicine, {{FACILITY:Pearce Building}} 4

{{DATE:December 19, 2096}}

{{NAME:Philomena Grady}}, MD
{{FACILITY:Seacoast Geriatrics}}
{{ADDRESS:212 Harbour Road}}
{{LOCATION:Portsmouth}}, NH {{ZIP:03801}}

RE: {{NAME:Augustin Mbemba}}
DOB: {{DATE:04/02/2004}}
NGH #: {{MRN:88-014-226}}

Dear Dr. {{NAME:Grady}},

Thank you for referring Mr. {{NAME:Mbemba}}, a {{AGE:92}}-year-old retired schoolteacher originally from
{{LOCATION:Brazzaville}}, whom I saw on {{DATE:December 12}} for memory decline. His wife {{NAME:Odile}} reports
3 years of progressive forgetfulness, now getting lost driving to his church ({{FACILITY:Holy Trinity
Lutheran}}). MoCA 17/30 (delayed recall 0/5). Neuro exam notable for mild parkinsonism without tremor.
MRI {{DATE:12/15/96}}: bilateral hippocampal atrophy (MTA 3), moderate white matter disease.
B12, TSH normal.

Impression: probable Alzheimer disease, moderate stage, with vascular contribution.
Recommendations: donepezil 5 mg qhs x4 wks then 10 mg; he should stop driving (RMV report filed);
home safety evaluation; referral to {{FACILITY:Alzheimer's Family Support of the Seacoast}}.

Sincerely,
{{NAME:Rosamund Achterberg}}, MD, PhD
{{NAME:RA}}:{{NAME:wq}}  D: {{DATE:12/19/96}}  T: {{DATE:12/20/96}}`,
  `{{FACILITY:SUMMIT PEDIATRICS}} - WELL CHILD VISIT (9 months)

Patient: {{NAME:Ximena Castaneda-Flores}}    DOB {{DATE:03/14/2024}}    MRN {{MRN:SP041977}}
Visit date: {{DATE:12/16/2024}}    Accompanied by: mother {{NAME:Yadira Flores}}, grandmother
Medicaid ID: {{HEALTH_PLAN:91038844F}}

Interval: Born at 38+2 wks at {{FACILITY:St. Agnes Women's}} in {{LOCATION:El Paso}}, BW 3.1 kg. Seen in ED
{{DATE:10/30/24}} for bronchiolitis (RSV+), no admission. Attends {{FACILITY:Little Sprouts Daycare}}.
Diet: breastfeeding + purees, starting finger foods. Sleeps 10 h at night.

Development: sits alone, pulls to stand, pincer emerging, says "mama", waves bye-bye. ASQ-3 passed.

Exam: Wt 8.6 kg (50%), L 71 cm (60%), HC 44 cm (55%). Red reflex bilat. Hips: Ortolani/Barlow neg.
No murmur. Normal genitalia.

Plan: Hgb 11.9, lead level sent. Flu vaccine #2 today. Anticipatory guidance (car seat rear-facing,
poison control 1-800-222-1222, water heater <120F). Next visit at 12 months, {{DATE:3/2025}}.

{{NAME:Isaac Ben-Ami}}, MD
Interpreter: {{NAME:Reyna Aguilar}} (Spanish, ID {{ID:INT-4472}})`,
  `TELEHEALTH VIDEO VISIT - {{FACILITY:Great Plains Behavioral Health}}
Date/time: {{DATE:02/27/2025 13:05}}    Platform: VidCare session {{ID:GPBH-77120-A}}
Patient location: home, {{ADDRESS:5107 W Cottonwood Dr}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57106}}
Connection log: patient IP {{IP:198.51.100.73}}; provider at clinic

Patient: {{NAME:Dakota R. Whitehorse}}    DOB {{DATE:11/01/1986}}    MRN {{MRN:GP-302158}}
Verified identity with DOB and address. Emergency contact: brother {{NAME:Cody Whitehorse}}, {{PHONE:605-555-0138}}.

S: 38 yo M with AUD in early remission (last drink {{DATE:11/12/24}}), on naltrexone 50 mg. Attends AA
at {{FACILITY:Our Savior's Lutheran}} Tues/Thurs, sponsor "{{NAME:Mike}}". Working again at {{FACILITY:Prairie Wind
Meatpacking}}, 2nd shift. Cravings 2/10. Sleep 6 h. Denies SI.

O: alert, well-groomed, euthymic, linear. AUDIT-C 0. PHQ-9 4.
Labs {{DATE:2/20/25}}: AST 31, ALT 28, GGT 44 (from 190).

A/P: AUD, sustained early remission. Continue naltrexone; refill x90 d to {{FACILITY:Dakota Drug}} #1447.
Follow-up in person {{DATE:4/2025}} with {{NAME:Ronan Thiessen}}, LAC.

{{NAME:Priyanka Mehra}}, MD (addiction psychiatry)`,
  `Record date: {{DATE:2072-05-05}}

OPERATIVE NOTE

{{FACILITY:Brightwater Medical Hospital}} - Main OR 7
PATIENT: {{NAME:SZYMANSKI, WALTER J}}    MR# {{MRN:4417209}}
DATE OF OPERATION: {{DATE:05/05/72}}
SURGEON: {{NAME:Imani Okoro-Bell}}, M.D.
ASSISTANT: {{NAME:Felix Arbuthnot}}, M.D. (PGY-4)
ANESTHESIA: General, {{NAME:Liesl Dorn}}, M.D.

PREOPERATIVE DIAGNOSIS: Left inguinal hernia, recurrent.
PROCEDURE: Laparoscopic TEP repair with 15 x 15 cm Bard 3DMax mesh.

INDICATIONS: 74-year-old man with recurrent L hernia after open Lichtenstein repair in 2066 at
{{FACILITY:Quincy Bayside Hospital}}.

DESCRIPTION: Patient placed supine... Preperitoneal space developed with balloon dissector. Direct
defect 2.5 cm identified; Cooper's ligament and pubic tubercle cleared. Cord lipoma reduced. Mesh
placed and fixed with two tacks to Cooper's ligament. Pneumoperitoneum released.

EBL: 10 mL. COMPLICATIONS: None. Specimens: none.
DISPOSITION: PACU, then home same day with wife {{NAME:Halina}}.

{{NAME:I. Okoro-Bell}}, MD
{{NAME:IOB}}/{{NAME:tmf}}   DD {{DATE:05/05/72}}   DT {{DATE:05/06/72}}   Job {{ID:118402}}`,
  `[**{{DATE:2149-4-16}}**] 2:02 PM
Social Work Note

Consult received from team re: coping, dispo. Pt is [**{{NAME:Known firstname Leontyne}}**] [**{{NAME:Known lastname Abernathy}}**],
[**{{AGE:90}}**] yo woman adm [**{{DATE:4-13}}**] with NSTEMI, lives alone in senior apartment at [**{{ADDRESS:Street Address(2) 1440 Commonwealth}}**],
[**{{LOCATION:Location (un) Brighton}}**]. Pt widowed [**2141**]; 2 sons: [**{{NAME:Name (NI) Marcus}}**] (lives locally,
[**{{PHONE:Telephone/Fax (1) 617-555-0176}}**]) and [**{{NAME:Name (NI) Terrell}}**] (lives in [**{{LOCATION:Location (un) Atlanta}}**]). Receives
homemaker services through [**{{FACILITY:Company Allston Elder Home Care}}**] 3x/wk. Pt attends church at
[**{{FACILITY:Location (un) Tenth Street Baptist}}**] and has strong support there. Pt reports she is "tired but ready to go home."
SW provided supportive counseling. Plan: d/w team and PT re: VNA vs short rehab; SW will
follow. Pager [**{{PHONE:Numeric Identifier 5581}}**].
[**{{NAME:First Name8 (NamePattern2) Renata}}**] [**{{NAME:Last Name (NamePattern1) Kowalski}}**], LICSW`,
  `Record date: {{DATE:2087-09-14}}

{{FACILITY:Cedar Falls Family Medicine}} - Annual Physical

{{NAME:Harlan Beaudry}} is a 52 yo man here for CPE. Last physical {{DATE:8/2085}} with Dr. {{NAME:Ivanova}},
who has left the practice. PMH: hyperlipidemia, gout (last flare {{DATE:5/87}}), L rotator cuff repair
2080 (Dr. {{NAME:Kincaid}}, {{FACILITY:Cedar Valley Bone & Joint}}). Fam hx: father {{NAME:Lyle}} MI at 58, mother alive at 81 with
breast ca. Married to {{NAME:Darlene}}; 3 kids. Farms corn/soy outside {{LOCATION:Waverly}}; commercial
driver's license {{LICENSE:IA 418UK2290}} for grain hauling, needs DOT physical form.

ROS: negative except occasional heartburn.
Meds: atorvastatin 20, allopurinol 300, colchicine 0.6 prn.

Exam: BP 136/84, BMI 29.7. Normal exam; no tophi.
Screening: colonoscopy never -> pt says Cologuard {{DATE:Sept 2084}} neg. PSA discussed.
Labs: LDL 88, uric acid 5.8, A1c 5.9, ALT 41.

Plan: DOT card issued (2 yr). Tdap today. Shingrix #1. Cologuard due now. Weight loss,
limit alcohol. RTC 1 yr.

{{NAME:Shauna P. Lindgren}}, DO`,
  `{{FACILITY:METROWEST MEDICAL ASSOCIATES}}
TELEPHONE ENCOUNTER

{{DATE:Fri 03/07/2025 4:52 PM}}
Caller: {{NAME:Yevgenia Markova}} (daughter) re: patient {{NAME:Boris Markov}}, DOB {{DATE:05/19/1933}}, MRN {{MRN:MW-1187720}}
Callback: {{PHONE:508-555-0109}} (cell) / {{PHONE:508-555-0112}} (work, ask for ext {{PHONE:301}})

Reason: Dad ({{AGE:91}}) more confused x2 days, "talking to people who aren't there", fever 100.4 this AM.
Eating less. Urine foul-smelling per home aide {{NAME:Precious}} from {{FACILITY:Hearthside Home Aides of Framingham}}.
Last seen by Dr. {{NAME:Feld}} {{DATE:2/11/25}}. Takes donepezil 10, tamsulosin 0.4, Eliquis 2.5 bid.

Advice: RN triage protocol (altered mental status, elderly): advised ED evaluation tonight at
{{FACILITY:Sudbury Valley Medical Center}} or {{FACILITY:Framingham Crossing}}; daughter will drive. Will notify PCP. Call 911 if
unarousable.

{{NAME:Gwendolyn Ashcroft}}, RN
Routed to: {{NAME:FELD, AARON}} MD`,
  `Admission Date:  [**{{DATE:2110-12-28}}**]              Discharge Date:   [**{{DATE:2111-1-4}}**]

Date of Birth:  [**{{DATE:2020-3-3}}**]             Sex:   F

Service: MEDICINE

Chief Complaint: GI bleed

History of Present Illness:
This is a [**{{AGE:90}}**] year-old woman with a history of AF on coumadin, CKD, and diverticulosis who
presented from [**{{FACILITY:Hospital Glen Ellyn Manor}}**] with bright red blood per rectum. Her nephew [**{{NAME:Name (NI) Stellan}}**]
[**{{NAME:Last Name (NamePattern1) Holmgren}}**] found her on [**{{DATE:12-27}}**]. INR 4.8, Hct 21.

Past Medical History:
AF, CKD III, diverticulosis (colonoscopy [**{{DATE:2106-5-10}}**] Dr. [**{{NAME:Last Name (STitle) Quartey}}**]), HTN,
s/p L hip ORIF [**{{DATE:2108-2-2}}**] at [**{{FACILITY:Hospital1 Hinsdale}}**].

Hospital Course:
Received 4 U PRBC and 2 U FFP, vitamin K 10 mg IV. Tagged RBC scan [**{{DATE:12-29}}**] localized to
hepatic flexure; IR embolization on [**{{DATE:12-29}}**] by Dr. [**{{NAME:First Name (STitle) Mireille}}**] [**{{NAME:Last Name (NamePattern1) Dufort}}**].
Hct stable 29-31 thereafter. Warfarin held; after family meeting [**{{DATE:1-2}}**] with HCP and
geriatrics, anticoagulation permanently discontinued.

Discharge Disposition: Extended Care, [**{{FACILITY:Hospital Glen Ellyn Manor}}**]

Followup: PCP Dr. [**{{NAME:Last Name (STitle) Brannigan}}**] [**{{PHONE:Telephone/Fax (1) 630-555-0160}}**] within 1 week.

                             [**{{NAME:Name6 (MD) Ansel}}**] [**{{NAME:Name8 (MD) Whitlock}}**], MD [**{{LICENSE:MD Number(2) 9052}}**]`,
  `Record date: {{DATE:2070-04-22}}

RENAL CONSULT NOTE  -  {{FACILITY:BMH}}, {{FACILITY:Phillips House}} 9

Pt: {{NAME:Fortunato Esposito}}   BMH# {{MRN:0918331}}   Consult requested by {{NAME:Rhee, Daniel}}, MD

Mr. {{NAME:Esposito}} is an 81 yo man w/ DM2, HTN, CKD 3b (baseline Cr 1.8 per {{FACILITY:Malden Renal Associates}},
Dr. {{NAME:Papadakis}}) admitted {{DATE:4/19}} with cellulitis; Cr rose to 3.4 after vancomycin + pip/tazo
and IV contrast for CT on {{DATE:4/20/70}}.

UA: 1+ protein, muddy brown casts. FENa 2.8%. Renal US: 10.2/10.6 cm, no hydro.
K 5.4, HCO3 19, BUN 62. UOP ~900 mL/24h.

Impression: AKI, likely ATN (vanc/pip-tazo + contrast) on CKD 3b.

Recs:
1. Change vancomycin to linezolid or dose by levels; avoid pip/tazo combination.
2. Lokelma 10 g x1; low K diet.
3. Hold lisinopril, metformin.
4. Daily BMP; no indication for HD now.
5. Will follow. Discussed with wife {{NAME:Concetta}} and daughter {{NAME:Gina Esposito-Lund}} at bedside.

{{NAME:Olamide Fashola}}, MD, Nephrology, beeper {{PHONE:27741}}
{{NAME:OF}}/{{NAME:kb}}`,
  `{{MRN:718839204}} | {{FACILITY:CUMC}} | {{ID:66201177}} | | {{ID:2299041}} | {{DATE:10/15/2002 12:00:00 AM}} | CHOLANGITIS | Signed | DIS | Admission Date: {{DATE:10/15/2002}} Report Status: Signed

Discharge Date: {{DATE:10/22/2002}}
ATTENDING: {{NAME:PRUITT, LEANDER}} M.D.

PRINCIPAL DIAGNOSIS: Ascending cholangitis secondary to choledocholithiasis.

HISTORY OF PRESENT ILLNESS: Ms. {{NAME:Kapoor}} is a 58-year-old woman with a history of
cholelithiasis who presented to the {{FACILITY:Carrollton Urgent Care}} with fever, RUQ pain and jaundice
(Charcot's triad). Transferred here {{DATE:10/15}}. T bili 5.2, alk phos 410, WBC 18.

HOSPITAL COURSE: Blood cultures grew E. coli. Started on ampicillin/sulbactam. ERCP {{DATE:10/16}} by
Dr. {{NAME:Ignatius Veldhuis}}: sphincterotomy, stone extraction, stent. Laparoscopic cholecystectomy
{{DATE:10/20}} by Dr. {{NAME:Marisa Quintal}}, uncomplicated.

DISCHARGE CONDITION: Stable. Tolerating regular diet.

FOLLOW-UP: Dr. {{NAME:Quintal}} in 2 weeks. ERCP for stent removal in 6 weeks, call {{PHONE:(214) 555-0181}}.

eScription document: {{ID:5-8827140}}

Dictated By: {{NAME:TREMBLAY, SOLANGE}}
Attending: {{NAME:PRUITT, LEANDER}}
Dictation ID {{ID:4190276}}
D: {{DATE:10/22/02}}
T: {{DATE:10/23/02}}`,
  `[**{{DATE:2181-6-9}}**] 11:58 AM
Attending Physician Note - Cardiac ICU

Chief Complaint: cardiogenic shock
I saw and examined the patient with Dr. [**{{NAME:Last Name (STitle) Amadi}}**], and agree with the resident's note
dated [**{{DATE:2181-6-9}}**] with the following additions:

HPI: 59M with anterior STEMI [**{{DATE:6-7}}**], LAD stent at [**{{FACILITY:Hospital1 Merrimack Valley}}**], transferred for Impella
CP (SN [**{{DEVICE:Serial Number IMP-440918}}**]) placed [**{{DATE:6-8}}**] for CI 1.6.

Exam: cool extremities improving, CVP 12, PCWP 20. Lactate 1.9 from 4.4.
Data: TTE [**{{DATE:6-8}}**]: EF 15-20%, apical akinesis, no LV thrombus.

A/P: Cardiogenic shock SCAI C improving on Impella P6 and low-dose norepi.
- wean Impella to P4 today, monitor hemolysis (LDH, pfHb)
- heparin purge per protocol, goal aPTT 60-80
- start low-dose GDMT once off pressors
- advanced HF (Dr. [**{{NAME:First Name (STitle) Henrike}}**] [**{{NAME:Last Name (NamePattern1) Soderberg}}**]) consulted re: candidacy
- family: wife [**{{NAME:Name (NI) Gwendolyn}}**], daughters [**{{NAME:Name (NI) Aubrey}}**] and [**{{NAME:Name (NI) Paige}}**] updated at bedside
Patient is critically ill. Total time spent: 45 minutes.
------ Protected Section Addendum Entered By:[**{{NAME:Name (NI) Caspian}}**] [**{{NAME:Last Name (NamePattern1) Redwine}}**], MD
on:[**{{DATE:2181-6-9}}**] 12:40 ------`,
  `{{FACILITY:LAKESIDE PATHOLOGY ASSOCIATES}}
(performed at {{FACILITY:Oak Harbor Regional Hospital}} laboratory, CLIA 50D0991263)

SURGICAL PATHOLOGY REPORT                          Accession: {{ID:S25-018826}}
Patient: {{NAME:VANDERMEER, CLARISSA J}}    DOB: {{DATE:08/30/1971}}    MRN: {{MRN:OH-4478210}}
Collected: {{DATE:03/03/2025 09:40}}    Received: {{DATE:03/03/2025 13:15}}    Reported: {{DATE:03/05/2025}}
Submitting physician: {{NAME:Teodoro Baptiste}}, MD ({{FACILITY:Oak Harbor Breast Center}})
Copy to: {{NAME:Ines Rademaker}}, MD

SPECIMEN: Left breast, 2:00, 4 cm FN, US-guided core biopsy (x4)

FINAL DIAGNOSIS:
Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1), measuring at least
11 mm in core length. DCIS, cribriform, intermediate grade, present. No LVI identified.
ER: positive (95%, strong). PR: positive (60%, moderate). HER2 (4B5): 1+, negative. Ki-67: 15%.

Clip placed (ribbon-shaped) per radiology.

Electronically signed by {{NAME:Halvard Eriksen}}, MD, on {{DATE:03/05/2025 16:22}}
Results called to Dr. {{NAME:Baptiste}}'s nurse {{NAME:Maribel}} at {{PHONE:360-555-0146}} on {{DATE:3/5/25 16:30}}.`,
  `Record date: {{DATE:2098-01-26}}

ONCOLOGY FOLLOW-UP  -  {{FACILITY:Hale Cancer Center}} at {{FACILITY:NGH}}

{{NAME:Cyrus Farahani}}  |  MRN {{MRN:0050-8812}}  |  67M  |  Attending: Dr. {{NAME:Yoshiko Tanabe}}

Dx: Stage IIIB (T3N2M0) adenocarcinoma of the lung, EGFR exon 19 del, dx {{DATE:9/2097}} by EBUS at {{FACILITY:Kessler}}.
Tx: concurrent carboplatin/pemetrexed + RT (60 Gy, completed {{DATE:11/30/97}}), now on osimertinib
80 mg since {{DATE:12/14/97}} (consolidation per LAURA data).

Interval: mild diarrhea (grade 1), paronychia L thumb. ECOG 1. Back to part-time work at his rug
store ({{FACILITY:Farahani Fine Rugs}}, {{LOCATION:Wellesley}}). Wife {{NAME:Shirin}} and son {{NAME:Darius}} with him.

CT C/A/P {{DATE:1/20/98}}: post-RT changes RUL, no progression. ECG QTc 446. LVEF 58% on MUGA {{DATE:1/15}}.

Plan: continue osimertinib; loperamide prn; dilute vinegar soaks; derm referral if paronychia
persists. Next CT {{DATE:4/2098}}. RTC 4 wks with NP {{NAME:Colm Gilhooly}}.

{{NAME:Yoshiko Tanabe}}, MD  {{NAME:YT}}/{{NAME:sae}}  DD {{DATE:1/26/98}} DT {{DATE:1/27/98}}`,
  `{{FACILITY:Meadowbrook Skilled Nursing & Rehabilitation}}
PHYSICIAN PROGRESS NOTE (SNF)

Resident: {{NAME:Adelaide Prentiss}}    Room 214-A    DOB {{DATE:07/04/1929}}    Age {{AGE:95}}
Facility ID: {{MRN:MB-20331}}    Medicare {{HEALTH_PLAN:2RX7-JD4-HN88}}
Date of service: {{DATE:08/19/2024}}

Reason: 30-day regulatory visit; weight loss.

S: Per nursing ({{NAME:Tiffani Greer}}, LPN) intake 25-50% of meals, wt 102 lb from 109 lb over 6
weeks. No dysphagia per SLP ({{NAME:Oksana Hryhorenko}}). Mood low since roommate died. Son {{NAME:Bertram
Prentiss}} visits Sundays; POA.

O: Vitals stable. Frail, temporal wasting. Oral exam: ill-fitting dentures. BMI 17.4.
Labs {{DATE:8/15}}: Alb 3.0, TSH 1.8, Na 136, Hgb 11.2.

A/P: {{AGE:95}} yo F with unintended weight loss, FTT, depressed mood.
- dietitian: fortified foods, Ensure bid, liberalize diet
- dental consult ({{FACILITY:Gentle Touch Mobile Dental}}) for denture reline
- mirtazapine 7.5 mg qhs
- goals of care call with son at {{PHONE:(319) 555-0127}} scheduled {{DATE:8/22/24}}; MOLST reviewed, DNR

{{NAME:Reinhold Magnusson}}, MD, CMD`,
  `[**{{DATE:2125-3-3}}**] 8:15 AM
ABDOMEN (SUPINE & ERECT)                                        Clip # [**{{ID:Clip Number (Radiology) 72055}}**]
Reason: abd distension, no BM x4 days
Admitting Diagnosis: SMALL BOWEL OBSTRUCTION
______________________________________________________________________________
                                 FINAL REPORT
INDICATION: 77-year-old man s/p right hemicolectomy ([**{{DATE:2124-11-18}}**], Dr. [**{{NAME:Last Name (STitle) Ekwueme}}**]) with
distension and vomiting.

COMPARISON: CT abdomen/pelvis [**{{DATE:2125-3-2}}**] at 23:40 and KUB [**{{DATE:2124-11-21}}**].

FINDINGS: Multiple dilated loops of small bowel up to 4.2 cm with air-fluid levels in a step-ladder
pattern. Paucity of colonic gas. Surgical anastomotic staples in the right abdomen. NG tube tip in the
stomach. No free intraperitoneal air on the upright view. Rigler sign absent.

IMPRESSION: Findings consistent with small bowel obstruction, similar to CT.

Findings communicated to Dr. [**{{NAME:First Name (STitle) Anouk}}**] [**{{NAME:Last Name (NamePattern1) Vermeulen}}**] by phone at 8:40 AM on [**{{DATE:2125-3-3}}**].

DR. [**{{NAME:First Name (STitle) Rasmus}}**] [**{{NAME:Last Name (NamePattern1) Thorvaldsen}}**]
DR. [**{{NAME:First Name8 (NamePattern2) Jin-ho}}**] [**{{NAME:Last Name (NamePattern1) Baek}}**]
Approved: [**{{DATE:2125-3-3}}**] 9:32 AM`,
  `Record date: {{DATE:2074-07-08}}

{{FACILITY:Riverside Women's Health}} - Prenatal Visit (28 wks)

{{NAME:Tatiana Morozova-Kent}}   {{MRN:RWH-558012}}   G2P1001   EDC {{DATE:10/07/2074}} by 8 wk US

S: Doing well, +FM. Mild heartburn. No LOF, VB, ctx. Works as a paralegal at {{FACILITY:Kent & Pollard LLP}}
in {{LOCATION:Hartford}}. Husband {{NAME:Graham Kent}}. First baby delivered by Dr. {{NAME:Osei}} at {{FACILITY:Hartford
Women's Pavilion}} on {{DATE:3/3/71}}, SVD, PPH 900 mL.

O: BP 118/70, wt +19 lb. FH 28 cm, FHT 145. Urine neg/neg. No edema.
Labs: 1h GCT 152 (abnl), Hgb 10.4, Ab screen neg, Rh negative.

A/P: IUP @ 28w1d.
- abnl GCT -> 3h GTT scheduled {{DATE:7/12/74}} at {{FACILITY:Westfarms Lab}}
- Rh neg: RhoGAM 300 mcg today, lot P100347
- anemia: start ferrous sulfate 325 qod
- Tdap today; discussed PPH risk, plan active management of 3rd stage
- childbirth classes with {{NAME:Felicity}} at {{FACILITY:Bright Start Birth Center}}
RTC 2 wks.

{{NAME:Marguerite Osei}}, MD / {{NAME:Liv Amundsen}}, CNM`,
  `[**{{DATE:2139-12-1}}**] 7:30 PM
Nursing Transfer Note (MICU -> [**{{FACILITY:Hospital Ward Name Stoneman}}**] 7)

Pt: [**{{NAME:Known firstname Wilbur}}**] [**{{NAME:Known lastname Oyelaran}}**], 82 yo M, adm [**{{DATE:11-28}}**] with sepsis from
LLE cellulitis/abscess s/p I&D [**{{DATE:11-29}}**] by Dr. [**{{NAME:Last Name (STitle) Castellano}}**] (podiatry).

Neuro: A&Ox3, speech clear.
CV: NSR 70s, BP 120s/70s off levophed since [**{{DATE:11-30}}**] 04:00.
Resp: RA, sats 96%.
ID: vanc (trough 15.2), Zosyn. Afebrile x48h. WBC 11.
Skin: LLE wound packed with iodoform, wound RN ([**{{NAME:Name (NI) Beverly}}**]) following.
Lines: R PICC placed [**{{DATE:12-1}}**], 44 cm, tip cavoatrial junction per CXR.
Social: lives with wife [**{{NAME:Name (NI) Adunni}}**] in [**{{LOCATION:Location (un) Randolph}}**]; wife's cell [**{{PHONE:Telephone/Fax (1) 781-555-0152}}**].
Belongings: glasses, cell phone, wallet sent home with wife. Hearing aid L ear.
Report given to [**{{NAME:Doctor First Name Marisol}}**], RN on 7.`,
  `{{FACILITY:GRANITE STATE ORTHOPAEDICS}}
WORKERS' COMPENSATION PROGRESS REPORT

Claimant: {{NAME:Dmitri Volkonsky}}     DOB: {{DATE:12/06/1979}}     Claim #: {{ACCOUNT:WC-2024-0883172}}
Employer: {{FACILITY:Northeast Freight Lines}}, {{ADDRESS:40 Industrial Park Dr}}, {{LOCATION:Londonderry}}, NH {{ZIP:03053}}
Date of injury: {{DATE:09/17/2024}}     Date of visit: {{DATE:01/21/2025}}
Adjuster: {{NAME:Shelby Corrigan}}, ext {{PHONE:3307}}

History: 45 yo truck driver injured L shoulder lifting a pallet. MRI {{DATE:10/2/24}} ({{FACILITY:Bedford Open MRI}}):
full-thickness supraspinatus tear 1.8 cm. Arthroscopic RCR {{DATE:11/6/24}} (Dr. {{NAME:Haverford}}).
Now 11 wks post-op, in PT at {{FACILITY:Motion Works PT}} 2x/wk with {{NAME:Kyle Ansbach}}, DPT.

Exam: FF 140, ER 40, IR L3. Strength 4/5 ER. Neer/Hawkins mild.

Work status: modified duty, no lifting >10 lb with L arm, no overhead, no commercial driving.
MMI not reached. Next visit {{DATE:2/25/25}}.

{{NAME:Conrad Haverford}}, MD   NPI {{LICENSE:1306849927}}`,
  `Record date: {{DATE:2067-10-03}}

{{FACILITY:BMH}} EMERGENCY DEPARTMENT - ATTENDING NOTE

{{NAME:HUTCHINS, ROSCOE}}   {{MRN:2718840}}   {{DATE:10/03/67 23:14}}

{{NAME:Roscoe Hutchins}} is a 44 yo M brought by {{LOCATION:Somerville}} police after being found intoxicated
outside {{FACILITY:The Dilworth Tavern}} on {{ADDRESS:Broadway near Holland St}}. Head strike per bystander. Known
to ED (multiple visits), lives at {{FACILITY:Pinehurst Street Inn}} shelter. Case worker {{NAME:Lourdes Baptista}} ({{FACILITY:Elmwood
Community Services}}, {{PHONE:617-555-0114}}).

Exam: GCS 13 (E3V4M6), ethanol odor, 3 cm occipital lac, no step-off. Pupils 3 mm equal.
Labs: EtOH 312, Glu 88. CT head/C-spine: no acute injury.

Course: lac repaired by PA {{NAME:Esther Lau}} (4-0 nylon x5). Thiamine 100 IV. Observed to clinical sobriety;
CIWA 6 at 0400. SBIRT done by {{NAME:Jamal Whitaker}}, recovery coach; accepted detox bed at {{FACILITY:Andrus
House}}, transport 0800 {{DATE:10/04/67}}.

Dx: alcohol intoxication, scalp laceration, minor head injury.

{{NAME:Augusta Ferncliff}}, MD   {{NAME:AF}}/{{NAME:ed}}`,
  `[**{{DATE:2158-2-14}}**] 3:40 PM
Physician Attending Admission Note - MICU

Chief Complaint: DKA
HPI: 26 yo F with T1DM since age 9 (insulin pump, Tandem t:slim X2 SN [**{{DEVICE:Serial Number 1188304}}**]; Dexcom
G7), presents with N/V and abdominal pain x 1 day after pump site failure. Student at [**{{FACILITY:University/College
Lasell Point College}}**]; roommate [**{{NAME:Name (NI) Kiana}}**] brought her in. Endocrinologist: Dr. [**{{NAME:First Name4 (NamePattern1)
Evangeline}}**] [**{{NAME:Last Name (NamePattern1) Marchand}}**] at [**{{FACILITY:Hospital Jessup Grove}}**].

Labs: Glu 486, pH 7.11, HCO3 8, AG 27, BHB 6.8, K 5.6, Cr 1.3, lipase nl, hCG neg.

Assessment and Plan: Moderate-severe DKA precipitated by pump failure.
- insulin gtt 0.1 U/kg/h, D5 when glucose <250, LR 250 mL/h
- K repletion protocol when K <5.0
- q1h FS, q2h BMP
- pump off, transition to SQ basal-bolus then resume pump with endo input
- diabetes educator [**{{NAME:First Name8 (NamePattern2) Wendeline}}**] re: site troubleshooting
- parents [**{{NAME:Name (NI) Reuben}}**] and [**{{NAME:Name (NI) Lorraine}}**] [**{{NAME:Last Name (NamePattern1) Abernethy-Cole}}**] driving from [**{{LOCATION:Location (un) Pittsfield}}**]
ICU Care: Nutrition NPO; Glycemic control insulin gtt; Lines PIV x2
Code status: Full code
[**{{NAME:First Name8 (NamePattern2) Sunniva}}**] [**{{NAME:Last Name (NamePattern1) Haraldsen}}**], MD  [**{{DATE:2158-2-14}}**] 16:55`,
  `Record date: {{DATE:2090-02-11}}

GERIATRICS HOME VISIT

Patient: {{NAME:Winifred Castellane}}    DOB {{DATE:09/23/1996}}    Age {{AGE:93}}    {{FACILITY:NGH}} MRN {{MRN:5566-0817}}
Address: {{ADDRESS:7 Tamarack Circle}}, {{LOCATION:Marblehead}}, MA {{ZIP:01945}}
Present: patient, daughter {{NAME:Lavinia Castellane-Brooks}}, aide {{NAME:Nokuthula}} ({{FACILITY:North Shore Companions}})

{{NAME:Winifred}} is a {{AGE:93}} y.o. retired librarian (30 years at {{FACILITY:Harbourside Public Library}}) with mild
dementia, CHF (EF 45%), OA, macular degeneration, seen at home for 3-month visit. Fell {{DATE:1/29/90}}
in bathroom, no injury. Uses walker inconsistently. Weight stable 121 lb. Taking furosemide 20 qam,
metoprolol 25 bid, donepezil 5. Last seen by cardiology (Dr. {{NAME:Chaudhry}}, {{FACILITY:Salem Heart Group}})
{{DATE:12/2089}}.

Exam: BP 112/64 sitting, 98/60 standing (orthostatic). Lungs clear. 1+ edema. TUG 19 s.

Plan: reduce furosemide to 20 mg qod; home PT via {{FACILITY:Cape Ann Home Nursing}}; grab bars and shower chair
(daughter to install); Lifeline pendant. Advance care planning: she reaffirms DNR, MOLST updated.
Next visit {{DATE:May 2090}}.

{{NAME:Perpetua Ansah}}, NP / {{NAME:Gideon Rauschenberg}}, MD`,
  `{{FACILITY:CLEARWATER DIAGNOSTIC IMAGING}}
{{ADDRESS:2250 Gulf-to-Bay Blvd, Suite 100}}, {{LOCATION:Clearwater}}, FL {{ZIP:33765}}   Tel {{PHONE:727-555-0135}}  Fax {{FAX:727-555-0136}}

PATIENT: {{NAME:LOCKHART, VERNON D}}      DOB: {{DATE:01/15/1952}}      MRN: {{MRN:CDI0093385}}
EXAM: CT CHEST LOW-DOSE LUNG CANCER SCREENING    DATE: {{DATE:11/18/2024}}    ACC#: {{ID:CDI24-771038}}
REFERRING: {{NAME:Ruiz-Whitman, Alicia}} MD

CLINICAL: 72 yo former smoker, 45 pack-years, quit 2016. Annual screening. Prior {{DATE:11/09/2023}}.

FINDINGS: 7 mm solid nodule in the right lower lobe (series 3 image 212), previously 4 mm. Stable 3 mm
left upper lobe nodule. Mild centrilobular emphysema. Coronary artery calcification, moderate.
No lymphadenopathy. No pleural effusion.

IMPRESSION: Lung-RADS 4A (new growth of RLL nodule to 7 mm). Recommend 3-month LDCT or PET/CT.

Interpreted by: {{NAME:Bartholomew Nkemelu}}, MD
Signed: {{DATE:11/18/2024 14:52}}
Report faxed to {{FACILITY:Dunedin Primary Care}} at {{FAX:727-555-0172}}; Dr. {{NAME:Ruiz-Whitman}} notified.`,
  `Record date: {{DATE:2085-06-16}}

{{FACILITY:Kessler}} INFECTIOUS DISEASE CLINIC

{{NAME:Bankole, Tokunbo}}   MRN {{MRN:KS-2207415}}   DOS {{DATE:6/16/85}}
PCP: {{NAME:Whitlow, Regina}}, MD ({{FACILITY:Dorchester Bay Health Center}})

{{NAME:Tokunbo}} is a 41 yo man with HIV dx {{DATE:3/2079}} at {{FACILITY:Fenwick Street Health}}, on Biktarvy,
here for routine f/u. Undetectable since {{DATE:8/2079}}. Last CD4 612 ({{DATE:12/84}}). Partner {{NAME:Emeka Obi}}
on PrEP through our clinic. Recently returned from visiting family in {{LOCATION:Ibadan}}; took
atovaquone-proguanil; no fever. Works as a bus mechanic for {{FACILITY:Harborline Transit}}.

Meds: Biktarvy 1 tab qd, rosuvastatin 10.
Labs today: VL <20, CD4 pending, Cr 1.1, RPR NR, GC/CT neg (3 sites), HBsAb 280.

A/P: HIV well controlled. Continue Biktarvy. Hep A series #2 today. Anal Pap per protocol.
Refills to {{FACILITY:Ashmont Corner Pharmacy}}. RTC 6 months with {{NAME:Hyacinth Oduya}}, NP.

{{NAME:Leopoldo Arrieta}}, MD
{{NAME:LA}}/{{NAME:mh}}`,
  `[**{{DATE:2177-9-5}}**] 5:50 AM
NPN 1900-0700

Pt [**{{NAME:Known lastname Galloway}}**] is a 68 yo M POD 2 s/p Whipple ([**{{DATE:9-3}}**], Dr. [**{{NAME:Last Name (STitle) Ravensworth}}**]) for
pancreatic head mass.
Neuro: A+Ox3, MAE, pain controlled w/ epidural (bupivacaine/fentanyl @ 8 mL/h), pain 2-3/10.
CV: NSR 80s, SBP 110-130s. Hct 30.2 stable.
Resp: 3L NC -> 2L, sats 95-98%. IS 1000 mL. Diminished bases.
GI: NGT to LCS, 250 mL bilious. JP x2: 85 mL and 40 mL serosang; amylase sent from JP #1.
GU: foley, UOP 40-60 mL/h.
Endo: RISS, FS 140-190, covered per scale.
Social: wife [**{{NAME:Name (NI) Theresa}}**] called at 2200; sister [**{{NAME:First Name8 (NamePattern2) Perpetua}}**] [**{{NAME:Last Name (NamePattern1) Galloway-Reese}}**]
visiting from [**{{LOCATION:Location (un) Dublin}}**] arriving [**{{DATE:9-6}}**].
Plan: ambulate TID, epidural per APS, f/u JP amylase, NGT output. Team aware of low UOP at 0300,
500 mL LR bolus given with good response.`,
  `{{FACILITY:Twin Pines Hospital}}
HISTORY AND PHYSICAL

{{NAME:MCALLISTER, GRETCHEN L}}   MRN {{MRN:TP00812274}}   Adm {{DATE:04/08/2025}}   Unit {{FACILITY:Birch 3 West}}, bed 12
Attending: {{NAME:Kwabena Frimpong}}, MD   PCP: {{NAME:Alder, Simone}} NP ({{FACILITY:Bend Family Clinic}})

CC: "I can't catch my breath."

HPI: 61 yo F with RA on methotrexate/adalimumab, presents with 5 days of fever, dry cough, dyspnea.
Traveled to {{LOCATION:Phoenix}} {{DATE:3/22-3/29}} to see her sister {{NAME:Helga Strand}}. SpO2 86% RA in ED.
CXR: bilateral patchy opacities. CTA: no PE; diffuse GGOs. Cocci serology pending.

PMH: RA (seropositive), HTN, osteopenia. PSH: CCY 2009.
SH: married to {{NAME:Dale McAllister}}, retired teacher from {{FACILITY:Deschutes Ridge High School}}. Never smoker.
FH: mother with lupus.

A/P: Acute hypoxemic resp failure, atypical PNA vs MTX pneumonitis vs coccidioidomycosis.
- 4L NC, goal SpO2 >92%; ceftriaxone + azithro; hold MTX and adalimumab
- cocci EIA/ID, fungal cx, Legionella/pneumococcal Ag, PJP PCR, procalcitonin
- pulm consult (Dr. {{NAME:Yamashiro}}) re: bronch
- DVT ppx enoxaparin

{{NAME:K. Frimpong}}, MD  {{DATE:04/08/2025 19:30}}`,
  `Record date: {{DATE:2081-11-21}}

{{FACILITY:Northgate General Hospital}}
{{FACILITY:Whitcomb Transplant Center}}
{{ADDRESS:55 Fruit Hill Road}}, {{LOCATION:Worcester}}, MA {{ZIP:01605}}

{{DATE:November 21, 2081}}

{{NAME:Cordell J. Batiste}}, MD
{{FACILITY:Blackstone Valley Nephrology}}
{{ADDRESS:19 Mendon Street, 2nd Floor}}
{{LOCATION:Uxbridge}}, MA {{ZIP:01569}}

Re: {{NAME:Pilar Echeverria-Lunde}}, DOB {{DATE:6/30/2027}}, NGH {{MRN:7714-0352}}

Dear {{NAME:Cordell}},

Your patient was seen today in the living donor kidney transplant evaluation clinic with her
prospective donor, her husband {{NAME:Anders Lunde}} (DOB {{DATE:2/12/2026}}). She is a 54-year-old with ESRD
from IgA nephropathy, on in-center HD at {{FACILITY:Blackstone Dialysis Uxbridge}} since {{DATE:8/14/80}}, MWF. cPRA 12%.
Blood type O+, donor A+ (ABO incompatible); we discussed a paired exchange program.

Work-up: cardiac stress test ({{DATE:10/2/81}}) negative; colonoscopy {{DATE:9/81}} normal; dental clearance
from Dr. {{NAME:Sobczak}} pending.

We will present her at selection committee on {{DATE:Wednesday, December 3}}. Please call me at
{{PHONE:508-555-0185}} or page via operator with questions.

With best regards,
{{NAME:Marisela Tuan-Hoffman}}, MD, Transplant Nephrology
cc: {{NAME:Pilar Echeverria-Lunde}}; {{NAME:Ottilie Brandstetter}}, RN, transplant coordinator`,
  `PATIENT PORTAL MESSAGE (secure) - {{FACILITY:Sunnyvale Internal Medicine}}
Sent: {{DATE:3/18/2025 7:41 AM}}
From: {{NAME:Rohan Deshpande}} (patient, MRN {{MRN:SIM-660193}})
Reply-to: {{EMAIL:rohan.deshpande84@fastmail.example}}
To: Dr. {{NAME:Keller}} / Pool: {{FACILITY:SIM}} Nursing

"Hi Dr. {{NAME:Keller}}, the home BP cuff (Omron Series 7) reads 150/95 most mornings since I started
the new job at {{FACILITY:Quantaline Semiconductor}}. I'm still taking losartan 50. My wife {{NAME:Meera}} says I snore
a lot. Could this be sleep apnea? Also my insurance changed to Aetna, new member ID {{HEALTH_PLAN:W281994033}}.
Can you send the sleep study referral to {{FACILITY:Bay Sleep Diagnostics}} in {{LOCATION:Santa Clara}}?
Thanks, {{NAME:Rohan}}"

Reply {{DATE:3/18/2025 12:06 PM}} by {{NAME:Celestine Abara}}, RN:
Thank you, {{NAME:Rohan}}. Dr. {{NAME:Keller}} recommends increasing losartan to 100 mg daily (new Rx sent to
{{FACILITY:Mathilda Ave Pharmacy}}) and a home sleep apnea test; referral placed to {{FACILITY:Bay Sleep Diagnostics}}
({{PHONE:408-555-0153}}). Insurance updated. Please log BPs for 2 weeks and upload them, or bring
the cuff to your visit on {{DATE:April 2}}.`,
  `Admission Date:  [**{{DATE:2162-10-2}}**]     Discharge Date:  [**{{DATE:2162-10-9}}**]

Date of Birth:   [**{{DATE:2096-1-19}}**]     Sex:  M

Service:  NEUROSURGERY

HISTORY OF PRESENT ILLNESS:  The patient is a 66-year-old right-handed man, a retired pipefitter from
[**{{LOCATION:Location (un) Chicopee}}**], who was transferred from [**{{FACILITY:Hospital Holyoke Valley}}**] on [**{{DATE:2162-10-2}}**] with the worst
headache of his life. Head CT there showed diffuse SAH, Hunt and Hess grade 2, Fisher 3.

HOSPITAL COURSE:  CTA showed a 7 mm AComm aneurysm, coiled by Dr. [**{{NAME:Last Name (STitle) Lindenmeyer}}**] on
[**{{DATE:2162-10-2}}**]. EVD placed. Nimodipine 60 mg q4h. TCDs daily; mild vasospasm on [**{{DATE:10-6}}**] treated with
induced hypertension. EVD clamped [**{{DATE:10-7}}**] and removed [**{{DATE:10-8}}**].

DISCHARGE DISPOSITION:  Rehab at [**{{FACILITY:Hospital Spalding Crest}}**].

FOLLOW-UP:  Dr. [**{{NAME:Last Name (STitle) Lindenmeyer}}**] in 4 weeks with CTA, call [**{{PHONE:Telephone/Fax (1) 413-555-0140}}**].
Wife [**{{NAME:Name (NI) Genevieve}}**] has appointment card.

                          [**{{NAME:Doctor First Name Hyacinth}}**] [**{{NAME:Doctor Last Name Abernathy-Moss}}**], M.D.  [**{{LICENSE:MD Number(1) 2271}}**]

Dictated By:[**{{NAME:Last Name (NamePattern1) Quennell}}**]
MEDQUIST36
D:  [**{{DATE:2162-10-9}}**]  10:21
T:  [**{{DATE:2162-10-10}}**]  06:55
JOB#:  [**{{ID:Job Number 61533}}**]`,
  `Record date: {{DATE:2069-08-25}}

Dermatology - {{FACILITY:BMH}} {{FACILITY:Yardley}} 3

{{NAME:GRIMALDI, SALVATORE P}}   BMH {{MRN:1065-322}}   seen with Dr. {{NAME:Nakamura-Ross}} (resident)

75 yo M, retired landscaper for the Town of {{LOCATION:Needham}}, referred by Dr. {{NAME:Ferrante}} for multiple
scaly lesions. Hx BCC L nasal ala s/p Mohs {{DATE:4/2066}} (Dr. {{NAME:Lieberman}}, {{FACILITY:Chestnut Hill Dermatology}}),
SCC R hand {{DATE:11/67}}. Fitzpatrick II. On ASA 81, tamsulosin.

Exam: numerous AKs on scalp, dorsal hands. 8 mm pearly papule with telangiectasia R cheek.
6 mm crusted nodule L forearm. Dermoscopy: arborizing vessels R cheek.

Procedures: shave bx R cheek (A), L forearm (B), path to {{FACILITY:Granite Dermpath Associates}}, requisition
{{ID:DPN-0884417}}. LN2 x 22 AKs.

Plan: f/u path; 5-FU cream to scalp after healing; sun protection; TBSE q6 months.
Call {{PHONE:617-555-0129}} for results if not heard by {{DATE:9/5/69}}.

{{NAME:Ingeborg Solvang}}, MD
{{NAME:IS}}/{{NAME:ka}}`,
  `{{FACILITY:SAINT CASIMIR MEDICAL CENTER}} - {{LOCATION:Scranton}}, PA
INPATIENT PHYSICAL THERAPY EVALUATION

Patient: {{NAME:Wieczorek, Stanislawa}}   DOB {{DATE:1932-03-27}}   Age {{AGE:92}}   MRN {{MRN:SC-3310856}}
Date: {{DATE:Thursday, October 10, 2024}}   Room 5112   Referring: {{NAME:Pellegrino, Anthony}} MD

Dx: R distal radius fx (closed reduction/splint {{DATE:10/8/24}}), fall at home.

PLOF: lived alone in a 2-story row house at {{ADDRESS:1318 Prospect Avenue}}, {{LOCATION:Scranton}} {{ZIP:18505}};
independent with cane; grandson {{NAME:Kazimierz}} ("{{NAME:Kaz}}") checks daily, works at {{FACILITY:Lackawanna Steel Fabricators}}.
Goes to Mass at {{FACILITY:St. Stanislaus Parish}} with neighbor {{NAME:Halina Bartosz}}.

Exam: A&Ox3, HOH. BUE: R UE NWB in splint. LE strength 4/5 grossly. Sit-stand min A x1. Gait 40 ft with
hemi-walker L hand, CGA, 2 LOB. Berg 31/56. Orthostatics negative.

Assessment: {{AGE:92}} yo F below baseline, high fall risk.
Plan: PT daily; recommend SAR at {{FACILITY:Keystone Valley Rehab}} vs {{FACILITY:Green Ridge Manor}}; family meeting with
grandson ({{PHONE:570-555-0149}}) {{DATE:10/11}}.

{{NAME:Brianna Kostelnik}}, PT, DPT   lic {{LICENSE:PT021884}}`,
  `[**{{DATE:2194-7-27}}**] 2:15 PM
Echocardiography Report

PATIENT/TEST INFORMATION:
Indication: Endocarditis. Fevers, MSSA bacteremia.
Height: (in) 70   Weight (lb): 176   BSA (m2): 1.97 m2   BP (mm Hg): 108/64   HR (bpm): 96
Status: Inpatient   Date/Time: [**{{DATE:2194-7-27}}**] at 13:40
Test: TEE (Complete)   Doppler: Full Doppler and color Doppler   Contrast: None
Tape Number: [**{{ID:Tape Number 2194W048-0:12}}**]   Test Location: West Echo Lab   Technical Quality: Adequate

INTERPRETATION:
Findings: Informed consent obtained from the patient and wife [**{{NAME:Name (NI) Solveig}}**]. TEE performed by Dr.
[**{{NAME:Last Name (STitle) Pennington}}**] under MAC.
AORTIC VALVE: Trileaflet. 1.1 x 0.8 cm mobile vegetation on the noncoronary cusp. Moderate AR.
Possible aortic root abscess (1.2 cm echolucent space adjacent to NCC).
MITRAL VALVE: Mild MR. No vegetation.
LEFT ATRIUM: No thrombus in LAA (emptying velocity 58 cm/s).

Conclusions: Aortic valve endocarditis with probable root abscess; urgent CT surgery evaluation.
Results discussed with Dr. [**{{NAME:First Name (STitle) Calloway}}**] [**{{NAME:Last Name (NamePattern1) Ndiaye}}**] (ID) at 14:05.

Electronically signed by [**{{NAME:First Name8 (NamePattern2) Gregorio}}**] [**{{NAME:Last Name (NamePattern1) Pennington}}**], MD, Interpreting physician
[**{{DATE:2194-7-27}}**] 15:02`,
  `Record date: {{DATE:2094-04-04}}

{{NAME:Abernathy-Sloane, Persephone}}     Unit No: {{MRN:340-88-17}}     {{FACILITY:Brightwater Medical Hospital}}
Date: {{DATE:April 4, 2094}}

Endocrinology Consultation - requested by Dr. {{NAME:Emil Vasquez}} of {{FACILITY:Northgate General}} Surgery

{{NAME:Persephone}} is a 47 yo woman, a nurse at {{FACILITY:St. Brigid Hospital of Methuen}}, referred for a 2.4 cm L adrenal
incidentaloma found on CT {{DATE:3/11/94}} (done for kidney stone at {{FACILITY:Merrimack Street Urgent Care}}). HU 32
unenhanced; absolute washout 48%. She reports resistant HTN on 3 drugs, easy bruising, and 12 lb weight
gain. Her mother {{NAME:Antigone}} had "thyroid problems".

Exam: BP 162/98, BMI 33, mild dorsocervical fat pad, no striae. No proximal weakness.

Labs ({{DATE:3/28/94}}): 1 mg DST cortisol 4.8 (abnl), ACTH <5, DHEA-S 22 (low), aldo 9, renin 1.1 (ARR 8),
plasma metanephrines normal.

Impression: cortisol-secreting adrenal adenoma (mild autonomous cortisol secretion).
Plan: 24h UFC x2, late-night salivary cortisol x2; DXA; discuss L adrenalectomy with Dr. {{NAME:Vasquez}}.
Peri-op stress-dose steroids if surgery.

{{NAME:Hildegard Moynihan}}, MD   {{NAME:HM}}/{{NAME:pjb}}   DD {{DATE:04/04/94}}  DT {{DATE:04/06/94}}`,
  `{{FACILITY:COLUMBIA BASIN HEALTH}} - {{FACILITY:Columbia Basin Family Clinic}}
{{ADDRESS:610 N Cedar St}}, {{LOCATION:Moses Lake}}, WA {{ZIP:98837}}

Patient: {{NAME:Juan Carlos Ibarra-Solis}}    DOB: {{DATE:04/11/1990}}    MRN: {{MRN:CB-00572381}}
Date of service: {{DATE:07/29/2025}}    Provider: {{NAME:Ashlyn Meriwether}}, PA-C
Insurance: Apple Health (Medicaid) ProviderOne {{HEALTH_PLAN:200447819WA}}
Employer: {{FACILITY:Sunbasin Orchards}} (seasonal, cherry harvest)

CC: rash and headache after spraying.

HPI: 35 yo M, orchard worker, reports headache, nausea, eye irritation and itchy rash on forearms after
helping mix pesticide on {{DATE:7/27}} without gloves. Coworker {{NAME:Efrain}} had similar sx. No SOB, no
diarrhea, no salivation. Spanish interpreter {{NAME:Noemi Rosales}} used.

Exam: HR 72, pupils 4 mm reactive, no fasciculations. Erythematous papular rash on dorsal forearms.
Labs: RBC cholinesterase pending.

A/P: irritant contact dermatitis; likely mild pesticide exposure, no cholinergic toxidrome.
- triamcinolone 0.1% cream bid, cetirizine 10 mg
- report filed with L&I / WA Dept of Health pesticide program (required)
- work note: no pesticide handling until {{DATE:8/5/25}}; PPE counseling
Return if worsening. Callback {{PHONE:509-555-0117}}.`,
  `[**{{DATE:2127-12-24}}**] 10:02 AM
Physician Resident Progress Note - Medicine, [**{{FACILITY:Hospital Ward Name Farr}}**] 10

S: Pt [**{{NAME:Known firstname Ottilie}}**] [**{{NAME:Known lastname Fairbanks}}**] ([**{{AGE:94}}**] yo F) slept well. Ate breakfast. Denies CP/SOB.
Dtr [**{{NAME:Name (NI) Rosemary}}**] wants to take her home for the holidays.

O: 36.8  76  128/70  18  96% RA. I/O 1.2/1.6 L. Wt 61.2 (from 64.0 on admission [**{{DATE:12-20}}**]).
Lungs: faint crackles R base only. JVP 8. Trace edema.
Labs: Na 134, K 4.0, Cr 1.2 (1.5 on adm), BNP 880 (from 2410). Dig level 0.6.

A/P: [**{{AGE:94}}**] yo F with HFpEF exacerbation, AF, CKD 3.
# HFpEF: euvolemic today; torsemide 20 PO daily. Daily wts at home, 2 g Na.
# AF: rate ok on metoprolol + digoxin; on apixaban 2.5 bid (age, wt).
# Dispo: home today with [**{{FACILITY:Company Cardinal Home Health}}**] VNA; PCP Dr. [**{{NAME:Last Name (STitle) Okonjo}}**] f/u [**{{DATE:12-31}}**];
HF clinic [**{{PHONE:Telephone/Fax (1) 617-555-0137}}**] will call.
Discussed with attending Dr. [**{{NAME:First Name (STitle) Lysander}}**] [**{{NAME:Last Name (NamePattern1) Whitfield-Oduya}}**].
[**{{NAME:First Name8 (NamePattern2) Zinnia}}**] [**{{NAME:Last Name (NamePattern1) Marchbanks}}**], MD PGY-1, pager [**{{PHONE:Pager number 80341}}**]`,
  `Record date: {{DATE:2076-03-19}}

{{FACILITY:KESSLER}} ALLERGY & IMMUNOLOGY

{{NAME:Thibodeaux, Remy}}   MRN {{MRN:KS8820463}}   DOB {{DATE:11/11/2063}}   Age 12

{{NAME:Remy}} is a 12 yo boy, 7th grade at {{FACILITY:Hollis Park Middle School}}, referred by pediatrician Dr. {{NAME:Anouk
Delacroix}} ({{FACILITY:Belmont Pediatric Associates}}) after anaphylaxis to cashew at a birthday party on {{DATE:2/28/76}}
(hives, throat tightness, vomiting; EMS gave epi, seen at {{FACILITY:Fresh Pond Crest ED}}). Hx eczema, mild
asthma. Mom {{NAME:Celeste Thibodeaux}} and dad {{NAME:Julien}} present.

Testing today: SPT cashew 12 mm, pistachio 9 mm, peanut 0, almond 2, walnut 3, hen egg 0.
Component: Ana o 3 18.4 kU/L.

Plan: strict avoidance cashew/pistachio; epinephrine 0.3 mg auto-injector x2 (school + home); food
allergy action plan faxed to school nurse Mrs. {{NAME:Priscilla Hawes}} at {{FAX:617-555-0166}}; consider OFC to almond/
walnut in clinic {{DATE:5/2076}}.

{{NAME:Felipe Arango-Kessel}}, MD
{{NAME:FAK}}/{{NAME:nb}}`,
  `Record date: {{DATE:2088-05-09}}

{{FACILITY:HARBORVIEW FAMILY MEDICINE}}
{{ADDRESS:1400 Ocean Parkway, Suite 2B}}
{{LOCATION:Long Beach}}, CA {{ZIP:90802}}
Tel {{PHONE:562-555-0108}}   Fax {{FAX:562-555-0109}}

{{DATE:May 9, 2088}}

To: Pacific Shores Disability Insurance / Attn: {{NAME:Lorelei Vance}}, claims examiner
Re: {{NAME:Ignatius Obuya-Hart}}, DOB {{DATE:08/08/2041}}, claim {{ACCOUNT:PSD-88-401177}}

To whom it may concern:

Mr. {{NAME:Obuya-Hart}} has been my patient since {{DATE:June 2079}}. He is a 46-year-old former longshoreman at
the {{FACILITY:Terminal Island Stevedoring Company}} who sustained a crush injury of the right foot on
{{DATE:January 17, 2087}}, with subsequent CRPS type 1 confirmed by Dr. {{NAME:Philippa Oyenuga}} (pain medicine,
{{FACILITY:St. Columba Pain Institute}}) on {{DATE:4/3/87}}. Despite gabapentin, duloxetine, PT and two lumbar
sympathetic blocks, he cannot stand longer than 15 minutes or walk more than one block.

In my opinion he is unable to perform his prior work and is limited to sedentary duty. Prognosis
for return to longshore work is poor.

Sincerely,
{{NAME:Ravenna Oyelaran-Price}}, MD
cc: {{NAME:Ignatius Obuya-Hart}}, {{ADDRESS:88 Cerritos Ave, Apt 12}}, {{LOCATION:Long Beach}}, CA {{ZIP:90813}}`,
  `[**{{DATE:2118-3-30}}**] 4:55 AM
Nursing Progress Note (CCU)

Pt [**{{NAME:Known lastname Haverkamp}}**] is a [**{{AGE:99}}**] yo F adm [**{{DATE:3-28}}**] from [**{{FACILITY:Hospital3 Wayland Commons}}**] w/ complete
heart block, s/p temp wire [**{{DATE:3-28}}**], PPM placed [**{{DATE:3-29}}**] (Boston Scientific Accolade, SN [**{{DEVICE:Serial Number 770422}}**])
by Dr. [**{{NAME:Last Name (STitle) Zielinski}}**].
Neuro: pleasantly confused at night, reoriented easily, sundowning. No restraints.
CV: V-paced 70, occasional intrinsic. L chest dsg C/D/I, no hematoma. Sling on L arm.
Resp: 2L NC, sats 97%. CXR post-PPM: no PTX.
GI/GU: incontinent of urine, purewick in place. BM x1.
Skin: heels offloaded. Sacrum intact.
Family: granddaughter [**{{NAME:First Name8 (NamePattern2) Rosalind}}**] [**{{NAME:Last Name (NamePattern1) Haverkamp-Diaz}}**], HCP, at bedside until 2100.
She can be reached at [**{{PHONE:Telephone/Fax (1) 508-555-0199}}**]; email on chart [**{{EMAIL:E-mail address rhdiaz@wayland-mail.example}}**].
Plan: device check in am by [**{{FACILITY:Company Metrowest Device Clinic}}**], return to [**{{FACILITY:Hospital3 Wayland Commons}}**] likely [**{{DATE:3-31}}**].`,
  `Record date: {{DATE:2073-08-12}}

{{NAME:Ferreira-Magalhaes, Joaquim}}  /  {{FACILITY:NGH}} {{MRN:6081-4423}}  /  {{DATE:8/12/73}}
Primary care - {{FACILITY:Northgate}} Adult Medicine, {{FACILITY:Hadley}} Suite

Mr. {{NAME:Ferreira-Magalhaes}} is an 88 yo man (turns 89 next month) with CKD 4, BPH, gout, prior
prostate ca (XRT 2061), here with his daughter-in-law {{NAME:Benedita}}. Moved from {{LOCATION:Fall River}} to live with
son {{NAME:Rui}} at {{ADDRESS:63 Woodlawn Terrace}}, {{LOCATION:Dedham}} {{ZIP:02026}} after wife {{NAME:Conceicao}} died {{DATE:5/14/73}}.
Grieving, sleeping poorly, weight down 9 lb. Speaks Portuguese; interpreter {{NAME:Vitoria}} ({{ID:INT-0397}}).

Prior nephrologist Dr. {{NAME:Amaral}} at {{FACILITY:Saint Anne's Kidney Clinic}}; records requested.
Labs: Cr 2.9, eGFR 19, K 5.1, Hgb 9.8, PTH 188.

A/P:
1. CKD 4: refer to {{FACILITY:NGH}} nephrology (Dr. {{NAME:Wojtowicz}}); dialysis education; vein preservation L arm.
2. Bereavement: referral to {{FACILITY:Dedham Hospice Bereavement Program}}; PHQ-9 13; start mirtazapine 7.5.
3. Anemia of CKD: iron studies; ESA per renal.
4. RTC 1 month.

{{NAME:Leocadia Pryce}}, MD   {{NAME:LP}}/{{NAME:gt}}`,
  `{{FACILITY:GOOD SHEPHERD REGIONAL}} EMS - PATIENT CARE REPORT (excerpt)
Incident #: {{ID:GSR-25-118804}}    Unit: Medic 12    Date: {{DATE:01/04/2025}}
Dispatched 21:47   On scene 21:55   Transport 22:09   At destination 22:24

Location: {{ADDRESS:I-70 westbound at mile marker 183}}, near {{LOCATION:Hays}}, KS
Vehicle: 2019 Ford F-150, KS plate {{VEHICLE:412 KTJ}}, VIN {{VEHICLE:1FTEW1E53KFA88102}}

Patient: {{NAME:Holcomb, Everett W}}   DOB {{DATE:06/02/1958}}   DL {{LICENSE:K07-33-8941}}
Driver, restrained, single-vehicle rollover on ice. Passenger {{NAME:Janelle Holcomb}} (wife) transported by Medic 9.

Assessment: GCS 15, c/o neck and L chest pain. HR 104, BP 148/90, SpO2 95%. Crepitus L ribs 5-7.
Tx: c-collar, 4 L NC, fentanyl 50 mcg IV x2, NS TKO.

Destination: {{FACILITY:Hays Prairie Medical Center}} ED, report to RN {{NAME:Tamsin Ruehle}}. Trooper {{NAME:D. Kessinger}}
(badge {{ID:2214}}) on scene.

Crew: {{NAME:M. Albrecht}}, Paramedic (lic {{LICENSE:P-40871}}); {{NAME:J. Solano}}, EMT`,
  `Admission Date: [**{{DATE:2135-6-18}}**]     Discharge Date: [**{{DATE:2135-6-24}}**]

Service: ORTHOPAEDICS

Attending: [**{{NAME:First Name3 (LF) Bertrand}}**]
Chief Complaint: L hip pain s/p fall

History of Present Illness: [**{{AGE:91}}**] yo woman from [**{{LOCATION:Location (un) Milton}}**] who tripped on a rug at home
([**{{ADDRESS:Street Address(2) 22 Brook Road}}**]) on [**{{DATE:6-17}}**], found by her neighbor [**{{NAME:First Name4 (NamePattern1) Marjorie}}**] [**{{NAME:Last Name (NamePattern1) Ellsworth}}**]
the next morning. XR: displaced L femoral neck fx (Garden IV).

Past Medical History: HTN, hypothyroid, macular degeneration, R TKR [**{{DATE:2121-9-9}}**].

Major Surgical or Invasive Procedure: [**{{DATE:2135-6-19}}**] L hip hemiarthroplasty (Dr. [**{{NAME:Last Name (STitle) Cuthbertson}}**])

Brief Hospital Course: Uncomplicated surgery. Post-op delirium [**{{DATE:6-20}}**] - [**{{DATE:6-21}}**], resolved with
non-pharmacologic measures. Hct nadir 26, 1 U PRBC [**{{DATE:6-20}}**]. Geriatrics (Dr. [**{{NAME:Last Name (STitle) Aldana}}**]) followed.

Discharge Disposition: Extended Care, [**{{FACILITY:Hospital Blue Hills Rehab}}**]

Followup: Dr. [**{{NAME:Last Name (STitle) Cuthbertson}}**] [**{{PHONE:Telephone/Fax (1) 617-555-0126}}**] on [**{{DATE:2135-7-8}}**] 9:00.
Staples out [**{{DATE:7-2}}**] at rehab.

                             [**{{NAME:First Name11 (Name Pattern1) Bertrand}}**] [**{{NAME:Last Name (NamePattern4) Oakhurst}}**], MD [**{{LICENSE:MD Number(1) 5610}}**]`,
  `Record date: {{DATE:2099-10-27}}

{{FACILITY:Brightwater Medical Hospital}} - {{FACILITY:Kessler}} Unit (inpatient psychiatry)
DISCHARGE SUMMARY

Patient: {{NAME:Oyelaran, Temitope}}   Unit #: {{MRN:902-11-84}}   Admitted: {{DATE:10/13/99}}   Discharged: {{DATE:10/27/99}}
Legal: Section 12 -> conditional voluntary {{DATE:10/15/99}}
Attending: {{NAME:Marchetti, Ilaria}}, MD   Social worker: {{NAME:Quinlan Ashe}}, LICSW

{{NAME:Temitope}} is a 23 yo single man, senior at {{FACILITY:Boston Metropolitan University}} (engineering), brought by
campus police from his dorm ({{FACILITY:Kilgore Hall}}) after roommate {{NAME:Devansh}} reported he had not slept for
5 days and believed he was "chosen". First episode. No substance use (UDS neg). Parents {{NAME:Folake}} and
{{NAME:Ayodele Oyelaran}} flew in from {{LOCATION:Houston}}.

Course: Dx bipolar I, current episode manic, severe with psychotic features. Started lithium (level
0.9 on {{DATE:10/24}}) and olanzapine 15 mg qhs. YMRS 34 -> 8. Sleeping 7-8 h.

Dispo: home with parents to {{LOCATION:Sugar Land}}; medical leave from school. Aftercare: Dr. {{NAME:Achterberg}} at
{{FACILITY:Bayou City Psychiatry}} on {{DATE:11/3/99}}, lithium level 5 days after discharge.

{{NAME:I. Marchetti}}, MD   {{NAME:IM}}/{{NAME:dcr}}   DD {{DATE:10/27/99}}   DT {{DATE:10/28/99}}`,
  `{{FACILITY:VALLEY CHILDREN'S SPECIALTY CLINIC}} - {{FACILITY:Fresno Hills}} campus
PEDIATRIC CARDIOLOGY CONSULTATION

Patient: {{NAME:Amaya Soto-Villanueva}}   DOB: {{DATE:02/19/2021}}   MRN: {{MRN:VCS-7715028}}
Date: {{DATE:09/09/2025}}   Referring: {{NAME:Daniela Etchegaray}}, MD ({{FACILITY:Kerman Pediatrics}})
Parents: {{NAME:Guadalupe Villanueva}} (mother, {{PHONE:559-555-0131}}), {{NAME:Teodoro Soto}} (father)

Reason: murmur heard at 4-yr well visit {{DATE:8/21/25}}.

HPI: 4 yo girl, born at 39 wks at {{FACILITY:Madera Community Birth Center}}, normal growth, active, attends
{{FACILITY:Rayito de Sol Preschool}}. No cyanosis, syncope, or exercise intolerance.

Exam: Wt 17 kg. HR 98, BP 96/58 RUE. Grade 2/6 vibratory systolic murmur LLSB, louder supine (Still's
murmur). Normal S2 split. Femoral pulses 2+.

ECG: NSR, normal for age. Echo (Philips EPIQ CVx): structurally normal heart, PFO vs small secundum ASD
3 mm L->R, normal function.

Impression: innocent (Still's) murmur; tiny ASD/PFO, hemodynamically insignificant.
Plan: no restrictions, no SBE ppx; repeat echo in 2 years. Letter to Dr. {{NAME:Etchegaray}}.

{{NAME:Vartan Hovsepian}}, MD, Pediatric Cardiology`,
  `Record date: {{DATE:2064-01-31}}

{{FACILITY:NGH}} Walk-in Clinic

{{NAME:Kowalski, Ignatius}}  {{MRN:4420198}}  seen {{DATE:1/31/64 10:15}}

CC: cough x 10 days.

47M, HVAC tech for {{FACILITY:Polar Air Mechanical}}, nonsmoker, with cough, mild fever first 3 days, now
productive of yellow sputum. Son {{NAME:Tadeusz}} sick with the same. No SOB, no hemoptysis. Went to
{{FACILITY:QuickCare at Revere Beach}} on {{DATE:1/24}}, told "viral". PMH HTN on amlodipine.

Exam: T 37.6, RR 16, sat 98%. Lungs: scattered rhonchi clear with cough. No egophony.

A: Acute bronchitis, likely viral; low suspicion for pneumonia (normal vitals, no focal findings).
P: Supportive care, honey, benzonatate 100 tid prn; no abx. Return if fever, SOB, or >3 wks. Work note
through {{DATE:2/2}}. PCP Dr. {{NAME:Abernathy}} to be notified.

{{NAME:Delphine O. Mbeki}}, NP
cosign {{NAME:R. Hadley-Quist}}, MD`,
  `[**{{DATE:2146-5-2}}**] 1:30 PM
CTA CHEST W&W/O C&RECONS, NON-CORONARY                          Clip # [**{{ID:Clip Number (Radiology) 50318}}**]
Reason: r/o PE
Admitting Diagnosis: DYSPNEA
______________________________________________________________________________
[**{{FACILITY:Hospital Auburndale}}**] MEDICAL CONDITION:
  54 year old woman with breast ca on tamoxifen, acute dyspnea
______________________________________________________________________________
                                 FINAL REPORT
INDICATION: 54-year-old woman with breast cancer, dyspnea, HR 118, D-dimer 2,400.

COMPARISON: PET-CT [**{{DATE:2146-1-12}}**]; CT chest [**{{DATE:2145-9-30}}**] from [**{{FACILITY:Hospital1 Lexington Oncology}}**].

FINDINGS: Filling defects in the right main pulmonary artery extending into the right lower lobe
segmental arteries and in the left upper lobe segmental branches. RV/LV ratio 1.2 with flattening of
the interventricular septum. Small right pleural effusion. Wedge-shaped peripheral opacity in RLL,
likely infarct. Post-surgical changes of the left breast.

IMPRESSION: Bilateral PE with CT evidence of right heart strain.

Called to Dr. [**{{NAME:First Name (STitle) Leontine}}**] [**{{NAME:Last Name (NamePattern1) Vasquez-Hale}}**] by Dr. [**{{NAME:Last Name (STitle) Ravikumar}}**] at 1:52 PM on [**{{DATE:2146-5-2}}**];
PERT activated.

DR. [**{{NAME:First Name (STitle) Ambrose}}**] [**{{NAME:Last Name (NamePattern1) Kittredge}}**]
Approved: [**{{DATE:Thu 2146-5-2}}**] 2:40 PM`,
  `Record date: {{DATE:2080-12-05}}

{{FACILITY:BMH}} Cancer Center - Hematology
{{NAME:ST. GERMAIN, EULALIE R}}   BMH# {{MRN:3315-907}}   {{AGE:91}} F

Seen with her son {{NAME:Maurice St. Germain}} ({{PHONE:603-555-0157}}) and granddaughter {{NAME:Clementine}}.

{{NAME:Eulalie}} is a {{AGE:91}}-year-old retired seamstress from {{LOCATION:Nashua}} with MDS (MDS-SLD, IPSS-R low, dx
{{DATE:2/2079}} by bone marrow at {{FACILITY:Southern NH Medical Partners}}), transfusion-dependent since summer 2080,
now every 3 weeks at {{FACILITY:Nashua Infusion Suite}}. Ferritin 2,140. Fatigue, able to do ADLs. Lives in
{{FACILITY:Birchwood Village}} assisted living.

Labs today: Hgb 7.6, WBC 3.1, ANC 1.8, Plt 142. EPO 640 (high).

Assessment: lower-risk MDS with symptomatic anemia, high transfusion burden, iron overload.
Plan: start luspatercept 1 mg/kg SQ q3wks (discussed fatigue, HTN); continue transfusion for Hgb <7.5;
defer chelation given age/goals; revisit goals at next visit with Dr. {{NAME:Grigoryan}} (palliative).
RTC {{DATE:12/26/80}}.

{{NAME:Oswaldo Benavides}}, MD   {{NAME:OB}}/{{NAME:mjw}}`,
  `{{FACILITY:ST. ANSELM'S HOSPITAL}} - ADMISSION FACE SHEET
Printed {{DATE:02/14/2025 06:12}}

PATIENT: {{NAME:Okonkwo-Reyes, Adaeze Marisol}}   DOB: {{DATE:10/30/1967}}   Sex: F   Lang: English
MRN: {{MRN:001944017}}   Acct #: {{ACCOUNT:E04529981}}   SSN: {{SSN:***-**-4471}}
Address: {{ADDRESS:3319 W Belmont Ave, Unit 2R}}, {{LOCATION:Chicago}}, IL {{ZIP:60618}}
Home ph: {{PHONE:773-555-0114}}   Cell: {{PHONE:773-555-0115}}   Email: {{EMAIL:adaeze.or@inboxmail.example}}
Employer: {{FACILITY:Lakeview Unified School District}} (cafeteria manager)

Admit: {{DATE:02/13/2025 23:48}} via ED   Unit: {{FACILITY:Cardinal 6 North}}, Rm 614-2
Attending: {{NAME:Delacroix-Haynes, Fabian}} MD   PCP: {{NAME:Szczepanski, Halina}} MD ({{FACILITY:Avondale Family Health}})

Primary ins: BCBS IL PPO   Member ID {{HEALTH_PLAN:XOF902771344}}   Subscriber: self
Secondary: none

Emergency contact 1: {{NAME:Ifeanyi Okonkwo}} (husband)  {{PHONE:773-555-0118}}
Emergency contact 2: {{NAME:Lucia Reyes}} (sister, {{LOCATION:Milwaukee}})  {{PHONE:414-555-0122}}
Advance directive: POA-HC on file (scanned {{DATE:06/02/2022}})
Religion: Catholic, parish {{FACILITY:St. Ita}}
Admitting dx: chest pain, r/o ACS`,
  `Record date: {{DATE:2066-07-14}}

{{FACILITY:Northgate General}} Heart Failure Clinic

{{NAME:LINDQVIST, HALVOR B}}   NGH {{MRN:2209-5618}}   69 M   seen with wife {{NAME:Birgitta}}

Interval: Mr. {{NAME:Lindqvist}} (NYHA II-III, NICM, EF 20-25%) was admitted to {{FACILITY:Concord Regional}} {{DATE:6/28-7/2/66}} with
volume overload after eating at his granddaughter {{NAME:Annika}}'s graduation in {{LOCATION:Nashua}}. His CardioMEMS
sensor (SN {{DEVICE:CM-1187440}}) readings, reviewed by HF RN {{NAME:Priya Natarajan}}, show PAD 24 -> 17 since.
ICD (St. Jude, SN {{DEVICE:7719325}}) interrogated {{DATE:7/10/66}}: no therapies.

Meds: Entresto 49/51 bid, carvedilol 12.5 bid, spironolactone 25, dapagliflozin 10, torsemide 40.
Exam: 104/66, HR 68, wt 184 lb, JVP 8, no edema.
Labs: K 4.8, Cr 1.4, NT-proBNP 1,480.

Plan: no changes; PAD goal 14-18; 2 g Na/2 L fluid; cardiac rehab at {{FACILITY:Concord Regional}} (Tu/Th).
RTC 6 weeks with Dr. {{NAME:Fairbrother}}.

{{NAME:Evander Fairbrother}}, MD   {{NAME:EF}}/{{NAME:ls}}`,
  `[**{{DATE:2172-11-11}}**] 9:20 AM
Case Management Note

Pt: [**{{NAME:Known firstname Augustine}}**] [**{{NAME:Known lastname Mwangi-Holt}}**], [**{{AGE:92}}**] yo M, MRN [**{{MRN:Medical Record Number 8810274}}**], adm [**{{DATE:2172-11-7}}**]
w/ aspiration PNA. Lives with wife [**{{NAME:Name (NI) Wanjiru}}**] (also elderly) at [**{{ADDRESS:Street Address(2) 405 Beacon St}}**],
[**{{LOCATION:Location (un) Newton}}**]. Insurance: Medicare + Harborside Senior Advantage, ID [**{{HEALTH_PLAN:Numeric Identifier 77410238}}**].

Met with pt, wife and son [**{{NAME:Name (NI) Kamau}}**] ([**{{PHONE:Telephone/Fax (1) 617-555-0168}}**]). PT recommends rehab; family
prefers home. Options reviewed. Family chose home with services: [**{{FACILITY:Company Chestnut Street Home Care}}**]
(RN/PT/OT/HHA) accepted, SOC [**{{DATE:11-13}}**]. Hospital bed and commode ordered from [**{{FACILITY:Company Charles River DME}}**],
delivery [**{{DATE:11-12}}**]. Speech: dysphagia diet (nectar thick). Palliative care (Dr. [**{{NAME:Last Name (STitle) Oyama}}**])
following; MOLST: DNR/DNI, rehospitalize yes.
Anticipated d/c [**{{DATE:11-12}}**] pending bed delivery.
[**{{NAME:First Name8 (NamePattern2) Marisela}}**] [**{{NAME:Last Name (NamePattern1) Quiroga}}**], RN CM, x[**{{PHONE:Pager number 4418}}**]`,
  `Record date: {{DATE:2092-03-23}}

{{FACILITY:Brightwater Medical Hospital}}
Division of Gastroenterology, {{FACILITY:Kessler}} Building 2

{{DATE:March 23, 2092}}

{{NAME:Theophilus Adjei-Marsh}}, MD
{{FACILITY:Kingston Family Practice}}
{{ADDRESS:260 Main Street}}
{{LOCATION:Kingston}}, MA {{ZIP:02364}}

RE: {{NAME:Rosalind Featherstonehaugh}}      DOB: {{DATE:12/01/2049}}      BMH MRN: {{MRN:5501-2289}}

Dear Dr. {{NAME:Adjei-Marsh}}:

I had the pleasure of seeing {{NAME:Rosalind}}, a 42-year-old nurse at {{FACILITY:Jordan Bay Hospital}}, on {{DATE:March 17}}
for long-standing diarrhea. She has had 4-6 loose stools daily since a trip to {{LOCATION:Cusco}} in {{DATE:May 2091}},
with bloating and 8 lb weight loss. Stool studies (sent by you {{DATE:2/2/92}}) were negative for O&P and
C. difficile. tTG-IgA 148 (ULN 20), total IgA normal.

Her EGD {{DATE:3/20/92}} (Dr. {{NAME:Halloran}}) showed scalloping of duodenal folds; biopsies Marsh 3b.

Impression: celiac disease. Plan: strict gluten-free diet, dietitian visit with {{NAME:Agathe Lemoine}}, RD;
DXA; celiac serology in 6 months; screen first-degree relatives (her sister {{NAME:Cressida}} in {{LOCATION:Toronto}}).

Sincerely,
{{NAME:Bartholomew Ashdown-Ruiz}}, MD
{{NAME:BAR}}/{{NAME:lkm}}   DD {{DATE:03/23/92}}   DT {{DATE:03/24/92}}`,
  `{{FACILITY:LAKESHORE REGIONAL MEDICAL CENTER}}
RELEASE OF INFORMATION / RECORDS REQUEST LOG

Request #: {{ID:ROI-2025-004417}}   Received: {{DATE:05/06/2025}}   Completed: {{DATE:05/09/2025}}
Patient: {{NAME:Vanterpool, Desmond Aurelio}}   DOB: {{DATE:03/03/1961}}   MRN: {{MRN:LRM-2290517}}
Patient address: {{ADDRESS:1712 Lakeshore Drive, Apt 9C}}, {{LOCATION:Muskegon}}, MI {{ZIP:49441}}
Requester: {{NAME:Priscilla Van Wyk}}, paralegal, {{FACILITY:Hendricks & Oyelowo PLLC}}, {{ADDRESS:200 Monroe Ave NW}},
{{LOCATION:Grand Rapids}}, MI {{ZIP:49503}}; {{PHONE:616-555-0141}}; fax {{FAX:616-555-0142}}; {{EMAIL:pvanwyk@hendricksoyelowo.example}}
Authorization: HIPAA authorization signed by patient {{DATE:04/29/2025}}; witness {{NAME:Roberta Kinsella}}

Records released: ED visit {{DATE:11/18/2024}} (Dr. {{NAME:Marchetti-Bloom}}), discharge summary {{DATE:11/22/2024}}, radiology
reports (acc {{ID:LR24-0983341}}, {{ID:LR24-0983355}}), billing statement acct {{ACCOUNT:7700419826}}.
Excluded per request: behavioral health notes (42 CFR Part 2 not applicable).
Delivered via secure link {{URL:https://roi.lakeshoreregional.example/d/7Fq2KX}} (expires 14 days).
Fee: $6.50 flat rate (electronic).

Processed by: {{NAME:Jocelyn Ramaswamy}}, RHIT, HIM Dept, ext {{PHONE:4410}}`,
  `Record date: {{DATE:2085-09-30}}

{{NAME:Aldous Pemberton-Okafor}}
{{FACILITY:NGH}} Urology, {{FACILITY:Wangsness}} 3  /  MRN {{MRN:6630-1142}}  /  DOS {{DATE:9/30/85}}
Referring: {{NAME:Hartigan, Maeve}} MD ({{FACILITY:Andover Primary Care}})

{{NAME:Aldous}} is a 64 yo M, retired firefighter in {{LOCATION:Lowell}}, with PSA rising 3.1 ({{DATE:9/2083}}) ->
4.6 ({{DATE:3/2085}}) -> 6.2 ({{DATE:9/12/85}}). Brother {{NAME:Cuthbert}} had prostate ca at 58. DRE (Dr. {{NAME:Hartigan}}):
firm nodule L base.

MRI prostate {{DATE:9/20/85}} ({{FACILITY:Merrimack Imaging}}): 1.3 cm PI-RADS 5 lesion L PZ base; no EPE; volume 42 cc.

Plan: MRI-fusion transperineal biopsy with Dr. {{NAME:Ostrowska}} on {{DATE:Tuesday 10/14}}; hold ASA 5 days. Genetic
counseling re: family hx (germline testing). Wife {{NAME:Harriet}} (cell {{PHONE:978-555-0174}}) will drive.

{{NAME:Crispin Abernathy-Vale}}, MD   {{NAME:CAV}}/{{NAME:rt}}   DD {{DATE:09/30/85}}   DT {{DATE:10/01/85}}`,
];

export const HELDOUT_REALISTIC_10_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout10-${i + 1}`, n));
