// A second held-out set of hand-written, realistic synthetic notes (all invented; no real person,
// record or number) in the shapes of real clinical corpora: MIMIC/i2b2-style discharge summaries
// and headers, ED, SOAP, ICU and nursing notes, radiology, pathology, echo and EKG reports,
// operative and delivery notes, consult letters, telephone and triage calls, social work,
// psychiatry, pediatrics, obstetrics, home-health, hospice, dialysis, dental, transfer forms, EMS
// run sheets, outside records, case management, lab reports, prison, SANE and asylum exams.
// Written without reading the detectors or lexicon and never tuned on: measure only (issue 6).
// Do not change a note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the decisions of heldout-realistic.ts, plus: a
// month alone ("in July", "since Oct") and a holiday used as a date ("since Thanksgiving") are
// DATE; a store number belongs to its facility ("CVS #4471"); a phone extension belongs to its
// number ("ext. 204", "x4471") but a menu option does not ("opt 3"); a street named without a
// number ("on Ridge Rd") is ADDRESS; employers, schools, churches, pharmacies, labs, police
// departments and advocacy organisations that locate a person are FACILITY; payers, device
// makers, drug brands, test vendors, interpreter services and public trial numbers are not PHI;
// room, bed, chair and cell numbers, unit names without a proper name ("7 North"), highway
// numbers, ages of 89 and under, weekdays alone and years alone are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Admission Date: [**{{DATE:2137-11-2}}**]     Discharge Date: [**{{DATE:2137-11-9}}**]

Date of Birth: [**{{DATE:2046-5-30}}**]     Sex: F

Service: CARDIOTHORACIC

Allergies:
Sulfa (Sulfonamide Antibiotics) / Iodine

Attending:[**{{NAME:Amadou Diallo}}**]
Chief Complaint:
Exertional chest pressure

Major Surgical or Invasive Procedure:
[**{{DATE:2137-11-3}}**] CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)

History of Present Illness:
{{AGE:91}} yo F with DM2, HTN, HLD who presented to [**{{FACILITY:Mercy Ridge}}**] on [**{{DATE:11-1}}**] with substernal pressure radiating to L jaw. Trop peaked 2.31. Cath at OSH showed 3VD w/ 90% LM. Transferred for surgical eval. Lives w/ son [**{{NAME:Bartholomew}}**] in [**{{LOCATION:Dunmore}}**].

Pertinent Results:
[**{{DATE:2137-11-2}}**] 06:12PM   WBC-8.1 RBC-3.90 HGB-11.6 HCT-35.2 PLT COUNT-211
[**{{DATE:2137-11-2}}**] 06:12PM   GLUCOSE-188* UREA N-31* CREAT-1.3* SODIUM-137
[**{{DATE:2137-11-5}}**] 04:40AM   PT-14.1* INR(PT)-1.2*

Brief Hospital Course:
Taken to OR on [**{{DATE:11-3}}**] by Dr. [**{{NAME:Gwiazda}}**]. Extubated POD#0. Chest tubes d/c'd POD#2. Brief AF on POD#3, converted w/ amiodarone. Worked w/ PT, cleared for rehab.

Discharge Medications:
1. Aspirin 81 mg PO daily
2. Metoprolol tartrate 25 mg PO BID
3. Amiodarone 400 mg PO BID x 1 wk then 200 mg daily
4. Atorvastatin 80 mg PO qHS
5. Furosemide 20 mg PO daily x 7 days

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Birchwood Manor Nursing & Rehabilitation}}**] - [**{{LOCATION:Carbondale}}**]

Followup Instructions:
Dr. [**{{NAME:Gwiazda}}**] in 4 wks, call [**{{PHONE:570-555-0127}}**]
Cardiologist Dr. {{NAME:Esperanza Villalobos-Reyes}} 1-2 wks

[**{{NAME:Amadou}}**] [**{{NAME:Diallo}}**] MD #{{LICENSE:4410}}

Completed by:[**{{DATE:2137-11-9}}**]`,

  `EMERGENCY DEPARTMENT NOTE
Pt: {{NAME:Hakeem Adebisi-Cole}}    MRN {{MRN:E00731942}}    Acct# {{ACCOUNT:4000918273}}
Arrival: {{DATE:2022-08-14T02:47}}   Mode: EMS   Triage ESI 2

HPI: 41 yo M restrained driver in MVC on I-94 near the {{LOCATION:Kalamazoo}} exit, ~45 mph, +airbag deployment, self-extricated. c/o L chest wall pain and neck pain. Denies LOC. ETOH "a couple beers" at a cookout at his brother-in-law {{NAME:Tunde}}'s place. Per MSP trooper, vehicle a 2011 Ford F-150, plate {{VEHICLE:DKL 4471}}, towed.

PMH: HTN (not on meds), GERD
Meds: omeprazole 20 daily
SH: works nights at {{FACILITY:Stryker}} plant in {{LOCATION:Portage}}. Smokes 1/2 ppd. Married, wife {{NAME:Folasade}} on the way.

Exam: GCS 15. C-collar in place. TTP L ribs 5-7, no crepitus. Seatbelt sign absent. Abd soft NT. FAST neg.
CT C-spine: no fx. CXR: nondisplaced L 6th rib fx, no PTX.
EtOH 112.

MDM: rib fx, neck strain. Incentive spirometer, lidocaine patch, APAP/ibuprofen. Trauma surg (Dr {{NAME:Mthembu}}) saw, ok for d/c once ambulating and sober.
Dispo: home w/ wife at 0730. F/u {{FACILITY:Bronson}} trauma clinic 1 wk.
Electronically signed: {{NAME:Colleen Hartigan-Yu}}, MD {{DATE:08/14/2022 07:52}}`,

  `PROGRESS NOTE  HD#4
S: "I still can't catch my breath when I walk to the bathroom." Slept in recliner. Wife ({{NAME:Gerlinde}}) says he was confused overnight, pulled at IV x1. No CP.
O: Tmax 99.1  HR 88 irreg  BP 132/71  RR 20  SpO2 93% 2L NC
   I/O: 1.2L / 2.9L (net -1.7L)  wt 94.2 kg (adm 98.6)
   JVP ~10 cm. Bibasilar crackles, improving. 2+ pitting edema to knees.
   Labs: Na 133  K 3.6  Cr 1.6 (1.4)  BNP 1880 (3240 on adm)  Mg 1.8
A/P: 78M w/ HFrEF (EF 25%), AF, CKD3b, adm Sunday w/ ADHF.
 1. ADHF - diuresing well. Cont furosemide 80 IV BID, goal net -1 to -2L. Daily wts, strict I/O.
 2. Delirium - likely hospital-acquired. Reorient, lights on/off, minimize tethers, avoid benzos. CAM pos this AM.
 3. AF - rate ok on metoprolol succ 100. CHA2DS2-VASc 5. Apixaban 5 BID.
 4. CKD - Cr bump, monitor.
 5. Dispo - PT rec SNF. SW aware; wife prefers {{FACILITY:Lakeshore Lutheran Home}} near their house in {{LOCATION:Sheboygan}}.
Discussed w/ attending Dr. {{NAME:Vandersloot}}.
{{NAME:Rutendo Chikwanha}}, MD (PGY-1)  pgr {{PHONE:4-8812}}`,
  `NURSING FLOWSHEET NARRATIVE  {{DATE:10/22/23}}  1900-0700
NEURO: A&Ox2 (not to date), follows commands, MAE. PERRLA 3mm. CIWA 6 @ 2200, 9 @ 0300 -> lorazepam 1mg PO given per protocol.
CV: NSR 70s-90s. BP 118-146/64-80. +2 pedal pulses. Tele box #{{DEVICE:TLM-88-30417}}.
RESP: RA, sats 95-97%. LS clear, diminished bases.
GI/GU: tol reg diet. BM x1 formed. Voiding in urinal, 650 mL overnight.
SKIN: stage 2 PI coccyx, mepilex changed. Braden 15.
SAFETY: bed alarm on, fall risk (Morse 55). Pt tried to climb OOB at 0145 stating he needed to "get to work at the shop" - redirected.
SOCIAL: Girlfriend {{NAME:Shawna}} called at 2330 asking for update, pt gave verbal ok. Her # {{PHONE:(906) 555-0152}} added to chart. Pt states he lives at {{FACILITY:Harbor Light}} shelter on {{ADDRESS:Third St}}.
PLAN: cont CIWA, SW consult placed for housing. Handoff to {{NAME:Nkechi}} RN.
-- {{NAME:B. Oyebanji-Stanfield}}, RN`,

  `CT HEAD WITHOUT CONTRAST
Exam date: {{DATE:Mar 4 2021}} 16:22      Accession #{{ID:RAD8830215}}
Ordering: {{NAME:Fitzhugh-Moyo, Clodagh}} DO
Location: {{FACILITY:St. Casimir Medical Center}} ED

CLINICAL HISTORY: {{AGE:96}} year old female s/p fall from standing, on warfarin. Eval for bleed.

TECHNIQUE: Axial CT images of the head without IV contrast. Dose reduction techniques used (CTDIvol 48 mGy, DLP 812 mGy-cm).

COMPARISON: MRI brain {{DATE:3-4-2019}} ({{FACILITY:Wexford Imaging Partners}}).

FINDINGS:
Acute L frontoparietal subdural hematoma, max thickness 9 mm, with 4 mm rightward midline shift. No IVH. Moderate chronic small vessel ischemic change. Old R cerebellar lacunar infarct. Calvarium intact. Mastoids clear.

IMPRESSION:
1. Acute left SDH, 9 mm, with 4 mm midline shift.
2. Chronic microangiopathy.

Critical result called to and read back by Dr. {{NAME:Fitzhugh-Moyo}} at 16:41 on {{DATE:03/04/2021}}.

Read by: {{NAME:Sebastián Orozco-Ruiz}}, MD, Neuroradiology
Workstation {{IP:172.20.14.233}}   Signed {{DATE:03/04/2021 16:45}}`,

  `SURGICAL PATHOLOGY
Case: {{ID:SP-23-014882}}     Pt: {{NAME:KOWALEWSKA, JADWIGA M}}     DOB: {{DATE:02/19/1951}}
MRN: {{MRN:0039927145}}      Loc: {{FACILITY:Ferris 6}}
Submitting physician: {{NAME:Rahul Bhattacharjee}}, MD
Date obtained: {{DATE:6/7/2023}}   Date received: {{DATE:6/8/2023}}

SPECIMEN: A. Breast, left, 2:00, 4 cm FN, US-guided core bx

GROSS: Received in formalin labeled with the patient's name and "left breast 2:00" are four tan-white cores, 0.1 cm in diameter, 1.0-1.6 cm in length. Entirely submitted in cassette A1.

MICROSCOPIC/DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; total 6/9).
   Ductal carcinoma in situ, cribriform type, intermediate grade, present.
   Lymphovascular invasion: not identified.
   ER: positive (95%, strong). PR: positive (60%, moderate). HER2 IHC: 1+ (negative).
   Ki-67: 15%.

Block A1 sent for Oncotype per Dr. {{NAME:Bhattacharjee}} request ({{DATE:6/12}}).

I have personally reviewed the slides and agree with the diagnosis.
{{NAME:Odile Delaune-Baptiste}}, MD
Electronically signed out {{DATE:06/12/2023 10:18}}`,

  `OPERATIVE NOTE
Patient: {{NAME:Ifeoma Nwachukwu}}        Date of surgery: {{DATE:4th of March, 2021}}
Surgeon: {{NAME:Theodoros Papadakis}}, MD
Assistant: {{NAME:Li Qiang}}, MD (resident)
Anesthesiologist: {{NAME:Consuelo Arriaga}}, MD
Pre-op dx: R inguinal hernia, incarcerated
Post-op dx: Same, with nonviable segment of small bowel
Procedure: Open R inguinal hernia repair (Lichtenstein) w/ small bowel resection (12 cm) and primary anastomosis
Anesthesia: GETA
Findings: Indirect hernia sac containing dusky ileum that did not pink up after 10 min warm packs. Remainder of bowel healthy.
Implants: Ethicon Prolene mesh 6x11 cm, lot {{DEVICE:PJK2218L}}
EBL: 75 mL. Fluids: 1.8L LR. UOP 300 mL.
Specimens: small bowel segment to pathology.
Complications: none. Counts correct x2.
Disposition: PACU then {{FACILITY:Halsted 4}}, NPO, NGT to LIWS.
I was present and scrubbed for the entire procedure.
{{NAME:T. Papadakis}}
{{NAME:TP}}/{{NAME:ks}}  D: {{DATE:03/04/2021 18:02}}  T: {{DATE:03/05/2021 07:14}}  Job {{ID:558102}}`,

  `{{FACILITY:Prairie Sky Gastroenterology}}
{{ADDRESS:7710 W. Kellogg Dr, Suite 210}}
{{LOCATION:Wichita}}, KS {{ZIP:67209}}
Phone {{PHONE:316-555-0109}} | Fax {{FAX:316-555-0110}}

{{DATE:September 18, 2024}}

{{NAME:Yusuf Al-Rashidi}}, MD
{{FACILITY:Eastborough Family Medicine}}
{{ADDRESS:330 N. Rock Rd}}
{{LOCATION:Wichita}}, KS {{ZIP:67206}}

RE: {{NAME:Delphine Obi-Castellucci}}     DOB: {{DATE:12/1/1968}}

Dear Dr. {{NAME:Al-Rashidi}},

Thank you for referring Ms. {{NAME:Obi-Castellucci}}, a 55-year-old woman with 8 months of intermittent rectal bleeding and iron-deficiency anemia (Hgb 9.8, ferritin 6). She has no family history of colon cancer; her father had "polyps" in his 60s. She takes ibuprofen 800 mg most days for knee pain, which I advised her to stop.

Colonoscopy on {{DATE:9/16}} showed a 14 mm sessile polyp in the sigmoid, removed by EMR, and internal hemorrhoids. EGD showed LA grade B esophagitis and a 6 mm clean-based antral ulcer. H. pylori biopsies pending.

Plan: pantoprazole 40 mg BID x 8 weeks, IV iron (Injectafer) arranged at our infusion suite, repeat colonoscopy in 1 year given the piecemeal resection. I will let you know the pathology.

Sincerely,

{{NAME:Ruth Ann Kaminski}}, MD, FACG
cc: patient`,

  `TELEPHONE ENCOUNTER  {{DATE:01/09/2020}} 10:47
Call from: {{NAME:Rocío}} (pt's daughter)   Ph: {{PHONE:915-555-0171 ext. 204}}
Spanish speaking; interpreter {{NAME:Jorge}} (ID {{ID:40821}}) used.
Reason for call: her mother, Sra. {{NAME:Teodora Villarreal de Armendáriz}}, ran out of insulin glargine 2 days ago, pharmacy ({{FACILITY:Walgreens}} on {{ADDRESS:Montana Ave}}) says refill needs new Rx. BS this am 312. No N/V, eating ok, no confusion.
Action: new Rx glargine 22 u qHS sent to pharmacy. Told daughter to check BS qid and call back if >400 or if vomiting, go to ED. Appt made w/ Dr. {{NAME:Benavides}} {{DATE:1/14}} 9:20am.
Routed to: Dr. {{NAME:Benavides}}
{{NAME:Alma Ochoa}}, LVN`,
  `SOCIAL WORK ASSESSMENT
Date: {{DATE:11.03.2022}}
Referral reason: unsafe discharge, possible elder neglect.
Pt is an {{AGE:ninety-four}} y/o widowed Polish-speaking woman adm w/ dehydration and stage 3 sacral PI. Lives w/ grandson {{NAME:Kacper Wróblewski}} (24) in his apartment at {{ADDRESS:1520 N. Milwaukee Ave #3R}}, {{LOCATION:Chicago}} {{ZIP:60622}}. Grandson works 2nd shift at {{FACILITY:Mariano's}} warehouse and pt is alone 3p-midnight. Pt's only daughter, {{NAME:Bożena}}, lives in {{LOCATION:Kraków}} and was reached by phone ({{PHONE:+48 12 555 0147}}) w/ assistance of interpreter. Daughter tearful, states she sends money monthly.
Pt attends mass at {{FACILITY:St. Hyacinth Basilica}}; parish nurse Sr. {{NAME:Dorota}} had visited {{DATE:10/28}} and noted pt "very thin".
Insurance: Medicare A/B, MBI {{HEALTH_PLAN:7EK4-TF2-MX81}}; Medicaid (IL HFS) # {{HEALTH_PLAN:530884217}}.
APS report filed {{DATE:11/3/22}} 14:10, intake worker {{NAME:Renata Grabowski}}, report #{{ID:APS-22-118304}}.
Plan: family mtg {{DATE:Monday 11/7}} (grandson + daughter by phone); explore CCP in-home services via {{FACILITY:Northwest Side Senior Services}}, vs LTC placement. Pt states clearly she does not want a "home".
{{NAME:Jocelyn Tran-Garrity}}, LCSW  x{{PHONE:6-2290}}`,

  `PSYCHIATRY INITIAL EVALUATION
Identifying data: Pt is a 19 y/o single male, sophomore at {{FACILITY:Wentworth Institute of Technology}}, from {{LOCATION:Fitchburg}}, brought by campus police after roommate ({{NAME:Caleb}}) found him with a belt around his neck in their dorm at {{ADDRESS:610 Huntington Ave}}.
HPI: Pt reports 3 months of low mood, anhedonia, insomnia, falling grades. Breakup with gf ({{NAME:Ximena}}) on {{DATE:Valentine's Day}}. States he "wanted it to stop". Denies current SI w/ plan but "can't promise". Hx of cutting in 9th grade at {{FACILITY:Doherty Memorial High School}}. Uses cannabis daily, vapes; no other drugs. No prior hospitalization.
Family hx: mother - bipolar I, on lithium; maternal uncle completed suicide 2014.
MSE: disheveled, poor eye contact, psychomotor slowing. Speech soft, slow. Mood "empty". Affect constricted, tearful. TP linear. TC: passive SI, no HI, no AH/VH. Insight/judgment poor.
PHQ-9 24. C-SSRS: positive for actual attempt.
Collateral: mother {{NAME:Dana Fairbanks-Odum}} ({{PHONE:508.555.0116}}), who is driving in from {{LOCATION:Leominster}}.
Assessment: MDD, severe, single episode, w/o psychotic features; cannabis use d/o, mild. High acute risk.
Plan: Section 12 signed; inpatient psych admission, bed search ({{FACILITY:McLean}} vs {{FACILITY:Arbour}}). 1:1 sitter. Start sertraline 25 after med clearance.
{{NAME:Ilse Van den Broeck}}, MD, Psychiatry C/L  pgr {{PHONE:31227}}`,

  `Peds Well Child - 4 yr
Pt: {{NAME:Amari Sturdivant-Bell}}   DOB {{DATE:5/22/2019}}
Accompanied by mom ({{NAME:Tiana Bell}}) and grandma (Ms. {{NAME:Bernice}}).
Interval hx: started pre-K at {{FACILITY:Little Sprouts Learning Center}} in {{DATE:Sept}}; teacher (Mrs. {{NAME:Khoury}}) concerned about speech - hard to understand by strangers. Snores, no apneas witnessed. Picky eater, drinks ~24 oz milk/day.
Dev: hops, draws a cross, tells stories but ~50% intelligible. Knows colors.
Exam: Wt 16.1 kg (45%), Ht 103 cm (50%), BMI 15.2. TMs w/ bilateral effusions, no erythema. Tonsils 3+. Rest nl.
Vision 20/40 OU. Hearing: refer both ears.
Imm: DTaP #5, IPV #4, MMR #2, Varivax #2 given today, VIS given. Lot# for MMRII {{DEVICE:Y011892}}.
A/P: well child; speech delay w/ persistent OME and hearing screen fail -> ENT (Dr. {{NAME:Obregón}}) and audiology referral; speech eval through {{LOCATION:Mecklenburg County}} Early Childhood program. Limit milk to 16 oz, iron-rich foods. RTC 5 yr WCC.
{{NAME:Sowmya Ramasubramanian}}, MD, {{FACILITY:Sugar Creek Pediatrics}}`,

  `L&D ADMISSION H&P
{{DATE:2/2/24}} 0415
28 y/o G3P1011 at 39w2d by 1st tri US, EDD {{DATE:1/30/24}}, presents w/ ctx q3-4 min since 2300 and LOF at 0300, clear. +FM.
PNC: {{FACILITY:Clínica de la Raza}} w/ {{NAME:Guadalupe Estrada}}, CNM, started at 9 wks. Labs: O pos, Ab neg, RI, HBsAg neg, HIV neg, RPR NR, GBS neg ({{DATE:1/8}}). 1-hr GCT 118. Hgb 11.2.
OB hx: 2019 NSVD 3,410 g at {{FACILITY:Alta Bates}}, uncomplicated; 2021 SAB at 8 wks.
PMH: asthma (albuterol prn). PSH: none. Meds: PNV. All: NKDA.
SH: lives with partner {{NAME:Esteban}} and 4 y/o son in {{LOCATION:Fruitvale}}, {{LOCATION:Oakland}}. Works as a dental assistant. No tob/EtOH/drugs.
Exam: BP 124/78, HR 92, afebrile. Fundal ht c/w dates. EFW 3,500 g by Leopold. SVE 5/90/-1, vertex. Nitrazine +, ferning +.
FHT: baseline 135, moderate variability, + accels, no decels. Cat I. Toco: ctx q3 min.
A/P: 28 y/o G3P1011 @ 39w2d in active labor w/ SROM.
 - admit L&D, CEFM, CBC/T&S
 - epidural on request
 - anticipate SVD
{{NAME:Hyun-woo Baek}}, MD (OB resident) / d/w Dr. {{NAME:Ferraz-Lyons}}`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Bluegrass Visiting Nurses}}    Visit date: {{DATE:7/19/2023}}  Time in 1310 / out 1355
Pt: {{NAME:Earl "Buddy" Caudill}}   Agency ID {{ID:BVN-0041877}}   Medicare HICN {{HEALTH_PLAN:402-55-8813A}}
Address: {{ADDRESS:4471 Possum Trot Rd}}, {{LOCATION:Hazard}}, KY {{ZIP:41701}}  (gravel drive past the Dollar General, blue trailer)
Homebound status: SOB w/ >20 ft ambulation, requires walker + assist of 1.
Vitals: BP 148/82 HR 76 RR 20 T 97.8 SpO2 89% RA -> 93% on 2L O2 via concentrator (serial {{DEVICE:IC5-2219-4470}}).
Wt 211 lb (205 last wk) - pt admits to eating country ham and beans at church supper at {{FACILITY:Mt. Zion Free Will Baptist}} {{DATE:Sunday 7/16}}.
Lungs: crackles bilat bases. 2+ edema. 
Meds reviewed w/ wife {{NAME:Opal}}: furosemide 40 mg daily (has not taken x2 days "because he has to pee all the time when we go to town"), carvedilol 12.5 BID, lisinopril 10, metformin 500 BID, Spiriva.
Teaching: low-Na diet, daily weights, when to call.
Called Dr. {{NAME:Ketchum}}'s office ({{PHONE:606-555-0188}}), spoke w/ nurse {{NAME:Charlene}}: ok for extra furosemide 40 mg today and tomorrow, recheck wt Fri.
Next visit {{DATE:7/21}}.
{{NAME:Wendell Sizemore}}, RN`,

  `HOSPICE IDG / RECERTIFICATION NOTE
Pt: Mother Superior {{NAME:Agnes Catherine Lê}} (Sister {{NAME:Agnes}})   Hospice ID {{ID:HSP-77120}}
Benefit period 3, {{DATE:05/01/2025}} - {{DATE:06/29/2025}}
Dx: metastatic pancreatic adenocarcinoma (liver, peritoneum).
Residence: {{FACILITY:Convent of the Sisters of Providence}}, {{ADDRESS:1 Sisters Rd}}, {{LOCATION:St. Mary-of-the-Woods}}, IN. Care provided by the sisters w/ hospice aide 5x/wk.
Decline since last cert: PPS 50% -> 30%, bedbound since {{DATE:April 9}}, eating few bites, wt loss 6 kg, new ascites (paracentesis {{DATE:4/22}} at {{FACILITY:Union Hospital}} - 3.2 L).
Symptoms: pain controlled on methadone 5 mg q8h + oxycodone 5 mg prn (2-3/day). Nausea - haloperidol 0.5 mg qhs effective. Mild terminal restlessness at night.
Spiritual: pt at peace, receiving daily Eucharist from Fr. {{NAME:Ambrose Kilbride}}. Her biological sister {{NAME:Lê Thị Hồng}} in {{LOCATION:Huế}}, Vietnam has been updated by video call.
Plan: recertify. Continue current POC. Chaplain Rev. {{NAME:Obadiah Hensley}} weekly.
Attending hospice physician: {{NAME:Soledad Eckhardt}}, DO   NPI {{LICENSE:1750338829}}`,

  `MEDICATION RECONCILIATION - ADMISSION
Pt {{NAME:Rajendra Subramaniam}}   MRN# {{MRN:22-819-004}}   Adm {{DATE:12/03/2021}}
Source: pt, wife ({{NAME:Lakshmi}}), pill bottles, {{FACILITY:CVS #4471}} fill hx ({{PHONE:(732) 555-0140}}), outside records from {{FACILITY:Raritan Bay Medical Center}}.

Home med                          Dose/route/freq          Last taken      Continue?
Metformin ER                      1000 mg PO daily         {{DATE:12/2}} pm         HOLD (contrast)
Glipizide                         5 mg PO BID              {{DATE:12/3}} am         HOLD
Lisinopril                        20 mg PO daily           {{DATE:12/3}} am         yes
Amlodipine                        10 mg PO daily           {{DATE:12/3}} am         yes
Atorvastatin                      40 mg PO qHS             {{DATE:12/2}}            yes
Clopidogrel (Plavix)              75 mg PO daily           {{DATE:12/3}} am         yes
Ayurvedic "Chandraprabha vati"    2 tabs BID               ?               d/c, pt agrees
Tamsulosin                        0.4 mg PO qHS            {{DATE:12/2}}            yes
Insulin glargine                  pt not taking since {{DATE:Oct}}  -               n/a

Discrepancies: Cardiologist Dr. {{NAME:Brandauer-Nwosu}} stopped aspirin on {{DATE:10/5}} (on Plavix) but still on hospital list from 2020 admission -> removed.
Verified by: {{NAME:Anjali Deshpande}}, PharmD  {{DATE:12/03/2021 15:30}}`,
  `INTERFACILITY TRANSFER FORM
Sending facility: {{FACILITY:Tri-County Regional Hospital}}, {{LOCATION:Hugo}}, OK     Unit: ICU bed 4
Receiving facility: {{FACILITY:OU Medical Center}}, {{LOCATION:Oklahoma City}}     Accepting MD: Dr. {{NAME:Wahpepah}}
Date/time of request: {{DATE:08-23-2022 21:15}}   Accepted: {{DATE:08-23-2022 21:52}}
Transfer ctr ref# {{ID:TC-0823-1179}}
Pt name: {{NAME:Lorenzo Tsosie}}   DOB {{DATE:04/30/1960}}   SSN {{SSN:447-81-2093}}
Reason: STEMI, no cath lab on site; s/p TNK at 2040.
Mode: rotor wing, tail # {{VEHICLE:N911AE}}
Vitals at transfer: BP 102/64 HR 58 SpO2 96% 2L
Drips: heparin 1000 u/hr, NTG 20 mcg/min
Copies sent: EKGs x3, labs, CXR disc, face sheet, MAR.
Family: wife {{NAME:Roberta}} driving separately, cell {{PHONE:580-555-0117}}.
Report called to RN {{NAME:Jaylen}} at receiving by {{NAME:Misty Lowery}}, RN at 2205.
Physician certification: {{NAME:Chukwuemeka Obiora}}, MD`,

  `EMS PATIENT CARE REPORT
Agency: {{FACILITY:Chippewa Falls Fire & EMS}}    Unit: Medic 7    Incident #{{ID:2023-0118842}}
Dispatched 0212  On scene 0221  Transport 0238  At dest 0301
Location: {{ADDRESS:W8812 County Hwy X}}, {{LOCATION:Bloomer}}, WI - farmhouse
Pt: {{NAME:Gunnar Haugland-Tvedt}}  Age {{AGE:90}}  M  DOB {{DATE:1/1/1933}}
CC: fall / hip pain
Narrative: Found by crew lying on kitchen floor, per daughter-in-law ({{NAME:Brenda}}) he got up to use bathroom ~0130. +LOC unknown. Pt A&Ox3, c/o R hip pain 8/10. R leg shortened and externally rotated. No neck/back pain, no blood thinners per family (takes "a baby aspirin"). Skin warm/dry.
V/S: 0225 BP 168/90 P 96 R 18 SpO2 95% RA GCS 15 BGL 142
       0245 BP 154/88 P 90 R 16 SpO2 97% RA
Tx: scoop + vacuum mattress, pillows under R knee. IV 18g L AC. Fentanyl 50 mcg IV x2 (0230, 0240) w/ pain to 4/10. 12-lead: sinus, 1st deg AVB.
Dest: {{FACILITY:HSHS St. Joseph's}} ED, report to RN {{NAME:Kaia}}.
Crew: {{NAME:D. Falkenberg}} EMT-P (#{{LICENSE:P-44107}}), {{NAME:Maddie Schutz}} EMT-B
Monitor S/N {{DEVICE:LP15-44218830}}`,

  `DENTAL PROGRESS NOTE   {{DATE:Apr 2, 2024}}
Pt: {{NAME:Thanh-Huong Doan}}  Chart #{{MRN:DN-20874}}   Ins: Delta Dental PPO, subscriber ID {{HEALTH_PLAN:DD0088412275}}, group {{HEALTH_PLAN:77413}}
CC: "my bottom right tooth hurts when I drink cold stuff and at night"
Med hx reviewed: no changes. On sertraline. NKDA. BP 122/80.
Exam: #30 large MOD amalgam w/ recurrent decay distal, + cold test lingering >30 sec, + percussion. PA radiograph: widened PDL #30 apex, no frank PARL. #31 sound. Perio: generalized 3-4 mm, BOP localized lower anteriors.
Dx: #30 symptomatic irreversible pulpitis.
Tx: Discussed RCT + crown vs ext. Pt elects RCT. 2 carpules 4% articaine 1:100k IANB + long buccal. Pulpectomy, canals located (MB, ML, D), WL est, Ca(OH)2, Cavit. Rx ibuprofen 600 q6h prn + APAP 500.
Next visit: complete RCT w/ Dr. {{NAME:Adebayo}} ({{FACILITY:Lakeview Endo}}), then crown here.
Provider: {{NAME:Camille Ouellette}}, DDS  Asst: {{NAME:Marisela}}`,

  `OUTSIDE RECORDS REVIEW
Records rec'd {{DATE:14-Jun-2022}} via fax from {{FACILITY:Hospital Universitario La Paz}}, {{LOCATION:Madrid}}, and {{FACILITY:Clínica Dávila}}, {{LOCATION:Santiago}}; translated by {{NAME:Inés Carvajal}} (certified).
Summary:
- {{DATE:03/02/2019}} ({{FACILITY:La Paz}}): dx RRMS after L optic neuritis. MRI: 11 periventricular T2 lesions, 2 enhancing. OCB +. Started interferon beta-1a.
- 2020: relapse (R leg weakness), IVMP x5 d. Switched to fingolimod. (Neurologist Dr. {{NAME:Álvaro Sanz-Quiroga}})
- {{DATE:11/2021}} ({{FACILITY:Dávila}}, after move to Chile): lymphopenia (ALC 0.18); fingolimod stopped. JCV Ab index 0.3.
- {{DATE:2/2022}}: MRI stable; no DMT since.
Note: European date format (dd/mm/yyyy) in source docs; {{DATE:03/02/2019}} = {{DATE:3 Feb 2019}}.
Pt now living in {{LOCATION:Coral Gables}} with husband ({{NAME:Rodrigo}}). Next: EDSS, MRI brain/C-spine, restart DMT (ocrelizumab vs natalizumab).
Reviewed by {{NAME:Nadia Rahal-Lund}}, MD - MS Clinic`,
  `CASE MANAGEMENT NOTE
{{DATE:2023-10-05}}
Pt {{NAME:Shanice Pettiford}}, 46F, HD#6 s/p BKA L ({{DATE:9/30}}). Payer: Amerigroup Medicaid, member ID {{HEALTH_PLAN:AMG 7731 0294 55}}; secondary none. Auth for IRF requested {{DATE:10/3}}, ref # {{ID:UM-55820731}}, reviewer {{NAME:Tamika}} at {{PHONE:1-800-555-0133}} opt 3. Peer-to-peer scheduled {{DATE:10/6}} 1pm between Dr. {{NAME:Holcombe}} and their medical director.
If IRF denied: SNF options w/ bed today - {{FACILITY:Greenbriar Post-Acute}} ({{LOCATION:Decatur}}), {{FACILITY:Wesley Woods}}. Pt prefers IRF at {{FACILITY:Shepherd Center}}.
Pt lives w/ her 2 teenage children in a 2nd floor apt at {{ADDRESS:2905 Candler Rd Apt F-12}}, {{LOCATION:Decatur}} GA {{ZIP:30034}}; no elevator. Employer: {{FACILITY:DeKalb County School District}} (bus driver), on FMLA. HR contact Mr. {{NAME:Ogunleye}}, fax {{FAX:404-555-0161}}.
Emergency contact: sister {{NAME:Kendra Pettiford-Moss}} {{PHONE:470-555-0102}}.
{{NAME:Lorena Anzaldúa}}, RN CCM   ext {{PHONE:44871}}`,

  `DISCHARGE SUMMARY

PATIENT: {{NAME:MCGUIRE, CATHAL P.}}
UNIT NUMBER: {{MRN:813-44-09}}
ADMISSION DATE: {{DATE:01/17/2092}}
DISCHARGE DATE: {{DATE:01/21/2092}}
PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, RLL.
ASSOCIATED DIAGNOSES: COPD (GOLD 3), tobacco use, alcohol use d/o.

HISTORY OF PRESENT ILLNESS: Mr. {{NAME:McGuire}} is a 67-year-old man who comes in with 5 days of productive cough, fever to 102 and worsening dyspnea. He was seen by his PCP, Dr. {{NAME:Oyinlola Sijuwade}}, on {{DATE:1/15}}, given azithromycin, without improvement. In the ED, SpO2 84% on RA, WBC 17.4, lactate 2.6. CXR RLL consolidation.

HOSPITAL COURSE: 1) CAP: ceftriaxone + azithro, then po cefpodoxime. Legionella Ag neg, S. pneumo urine Ag positive. Weaned to RA by HD3. 2) COPD: prednisone 40 x5 d, nebs. 3) EtOH: CIWA, max score 8, no withdrawal seizures. Thiamine, folate. 4) Tobacco: 2 ppd; counseled, nicotine patch 21 mg.

DISCHARGE MEDICATIONS: cefpodoxime 200 mg BID x4 more days, prednisone 40 mg daily x1 more day, tiotropium, albuterol MDI, nicotine patch 21 mg, thiamine 100 mg, folic acid 1 mg.

DISPOSITION: Home with wife. VNA ({{FACILITY:Cape Cod VNA}}) for O2 eval.

FOLLOW UP: Dr. {{NAME:Sijuwade}}, {{FACILITY:Falmouth Family Practice}}, within 1 week. Pulmonary Dr. {{NAME:Gallagher}} {{DATE:Feb 14}}.

______________________
{{NAME:FINNEGAN O'ROURKE}}, M.D.
DICTATED: {{DATE:01/21/2092 11:05}}
TRANSCRIBED: {{DATE:01/22/2092}}
{{NAME:FOR}}/{{NAME:gmd}}
cc: {{NAME:OYINLOLA SIJUWADE}}, M.D.`,

  `ECHOCARDIOGRAM REPORT
Name: {{NAME:Nwosu, Chiamaka}}          MRN: {{MRN:60072-1158}}          Study date: {{DATE:10/10/23}}
DOB: {{DATE:7/4/1985}}   Ht 165 cm  Wt 88 kg  BSA 1.97   BP 132/86   Rhythm: sinus
Indication: dyspnea, 6 wks postpartum. r/o PPCM.
Sonographer: {{NAME:KM}}   Machine: Philips EPIQ CVx, SN {{DEVICE:US92204418}}
MEASUREMENTS
 LVIDd 6.1 cm   LVIDs 5.2 cm   IVSd 0.9 cm   LVPWd 0.9 cm
 LVEF (biplane) 28%    GLS -9.1%
 LA vol index 38 mL/m2    TAPSE 1.6 cm    RVSP 42 mmHg
FINDINGS
 LV: moderately dilated, global hypokinesis, severely reduced systolic fx.
 RV: normal size, mildly reduced fx.
 Valves: moderate functional MR. Trace TR.
 Pericardium: small effusion, no tamponade.
CONCLUSION: Severe LV systolic dysfunction (EF 28%), c/w peripartum cardiomyopathy in this clinical context. Compared to outside echo {{DATE:9/1/23}} at {{FACILITY:Piedmont Columbus}} (EF 45%), worse.
Results communicated to Dr. {{NAME:Ravindranath}} (cardiology) {{DATE:10/10/23 @ 15:05}}.
Interpreted by: {{NAME:Haruto Sakamoto}}, MD, FASE`,
  `MICU PROGRESS NOTE - {{DATE:Thursday, 6/13/2024}}
24 hr events: self-extubated 0320, reintubated. Levophed uptitrated to 0.12. Cx from {{DATE:6/11}} growing GNR.
VITALS: T 38.6 HR 118 BP 92/50 (MAP 63) on norepi 0.12 mcg/kg/min + vaso 0.03
VENT: AC 450 x 22, PEEP 10, FiO2 50%. ABG 7.29/44/82.
I/O: +2.1 L. UOP 25-30 mL/hr.
LABS: WBC 22.4, Hgb 7.9, Plt 88, Cr 2.4 (1.9), lactate 3.8, bili 2.1. INR 1.6.
MICRO: BCx {{DATE:6/11}} x2 - E. coli (sens pending). UCx same. 
ASSESSMENT: 89M w/ septic shock from urinary source, ARDS, AKI.
PLAN:
- sepsis: cont meropenem, narrow when sens back; f/u repeat BCx. Stress-dose hydrocortisone.
- ARDS: ARDSnet, plateau 28. Prone if P/F < 150.
- AKI: renal c/s, no HD now.
- anemia: transfuse for Hgb < 7.
- GOC: family mtg today 1400 w/ son {{NAME:Dariusz}} and daughter {{NAME:Ewa Nowicka-Hale}} (HCP). Pt's PCP Dr. {{NAME:Skrzypczak}} to join by phone. Code status currently FULL.
Critical care time: 45 min.
{{NAME:Órlaith Ní Bhriain}}, MD  /  attending attestation: Dr. {{NAME:Ashdown-Singh}}`,

  `Pt seen in clinic today for f/u of DM and depression. she is a 58 yo woman originally from {{LOCATION:Enugu}}, works as a home health aide for {{FACILITY:Comfort Keepers}}, lives w/ her husband mr {{NAME:adewale ogundipe}} and their grandson. states sugars have been "up and down", fasting 140-210. A1c today 9.1 (8.4 in {{DATE:March}}). taking metformin 1000 bid and glipizide 10 bid, missed some doses when she went to {{LOCATION:Houston}} for her niece's wedding. PHQ-9 today 14 (was 9). says she has been sad since her sister passed in {{DATE:July}}, not sleeping well, no SI. husband supportive.
exam: bp 138/84, wt 92.3 kg, monofilament intact bilat, no foot ulcers.
a/p:
1. DM2 uncontrolled - add semaglutide 0.25 weekly, titrate. diabetic ed referral w/ {{NAME:Tomasz}} (CDE). eye exam due - referred to {{FACILITY:Eye Associates of Sugar Land}}.
2. depression, moderate, w/ grief - start sertraline 50, referred to BH (Dr {{NAME:Okonjo-Harris}}). 
3. HCM: mammo ordered, flu shot given.
rtc 6 wks. 
{{NAME:jbk}}`,
  `ORTHOPAEDIC CONSULT
Requested by: Dr. {{NAME:Ferraz-Lyons}}, Hospitalist       Date: {{DATE:Dec. 2nd, 2022}}
Reason: L hip pain after fall
HPI: {{AGE:102}} y/o F, nursing home resident ({{FACILITY:Shady Elms Care Center}}, {{LOCATION:Lubbock}}), found on floor by CNA {{NAME:Lupe}} during 0400 rounds. Unable to bear weight. Baseline: ambulates w/ walker, mild dementia (MMSE 21), feeds self.
PMH: HTN, OA, osteoporosis (on alendronate until 2019), hypothyroid, CKD 3a. Hx R Colles fx.
Exam: L leg shortened, ext rotated. NVI distally. Skin intact. No other injuries.
Imaging: L displaced femoral neck fx (Garden IV). CXR: no acute.
Labs: Hgb 10.9, INR 1.0, Cr 1.3.
Assessment: L displaced FNF.
Plan: discussed w/ pt and her nephew/POA {{NAME:Clifton Ybarra}} by phone ({{PHONE:806-555-0124}}); they wish to proceed w/ L hemiarthroplasty. Pt appears to understand risks. Periop risk high (RCRI 2, age). OR tomorrow AM first case, NPO p MN, hold lovenox. Medicine to optimize.
{{NAME:Olumide Bankole-Price}}, MD, Orthopaedics  cell {{PHONE:806 555 0195}}`,

  `RADIOLOGY - US ABDOMEN LIMITED (RUQ)
DATE: {{DATE:2019/08/21}}  TIME: 0935
PT: {{NAME:CERVANTES OLIVARES, JOSE ARMANDO}}   MR: {{MRN:00-88-41-27}}   ACCT: {{ACCOUNT:V0004419273}}
HX: RUQ pain, fever, elevated alk phos. 
COMPARISON: CT A/P {{DATE:08/19/2019}}.
FINDINGS: GB distended with multiple shadowing stones, largest 1.8 cm, one impacted in the neck. Wall thickened 6 mm w/ pericholecystic fluid. Sonographic Murphy sign positive. CBD 9 mm with distal shadowing focus c/f choledocholithiasis. Liver normal echotexture. Pancreas obscured by bowel gas. R kidney 10.8 cm, no hydro.
IMPRESSION:
1. Acute calculous cholecystitis.
2. CBD dilation 9 mm w/ probable distal stone -> MRCP or ERCP.
Dr. {{NAME:Batista}} notified by Dr. {{NAME:Kojo Asante}} at 10:02.
Report electronically signed by {{NAME:Kojo Asante}}, MD on {{DATE:8/21/2019 10:05 AM}}.
{{FACILITY:Presbyterian Hospital of Plano}} Dept of Radiology, {{ADDRESS:6200 W Parker Rd}}, {{LOCATION:Plano}} TX {{ZIP:75093}}`,

  `Neuro-oncology clinic
Visit {{DATE:3 Aug 2020}}
{{NAME:Benedikt Amsel}} is a 44 y.o. right-handed software engineer at {{FACILITY:Cerner}} with a L frontal GBM (IDH-wt, MGMT unmethylated), s/p resection {{DATE:2/7/2020}} (Dr. {{NAME:Whitlock}}) and RT/TMZ completed {{DATE:4/2}}, now on adjuvant TMZ cycle 4.
Interval: mild fatigue, no seizures since starting levetiracetam. Wife ({{NAME:Jurgita}}) reports some word-finding trouble. KPS 80.
MRI {{DATE:7/30}}: stable post-op cavity, no new enhancement. Mild FLAIR increase - likely tx effect.
Labs: ANC 1.6, plt 121.
Plan: continue TMZ C4 at 150 mg/m2 d1-5, CBC d21. Trial enrollment discussed (NCT04396860), pt wants to think. Optune device - pt declined.
Pt asked about driving: per Missouri guidance and seizure hx, no driving for now.
Return visit after C5 w/ MRI.
{{NAME:Harshad Kulkarni}}, MD`,
  `PEDIATRIC ED NOTE
Pt: {{NAME:Zainab Al-Khatib}}, 6 yo F     Arrival {{DATE:11/27/21}} 19:44
Brought by father {{NAME:Omar Al-Khatib}} and uncle {{NAME:Tariq}}. Arabic interpreter via phone, ID# {{ID:218840}}.
CC: wheezing, cough x 2 d.
HPI: Known asthma, uses albuterol at home and at school ({{FACILITY:Salina Elementary}}, nurse Ms. {{NAME:Prescott-Adams}} called dad today because she needed inhaler 3x). Woke tonight w/ increased WOB. No fever. Sick contacts: 2 siblings w/ colds. Family moved from {{LOCATION:Aleppo}} via {{LOCATION:Amman}} in 2019, live in {{LOCATION:Dearborn}}.
Exam: T 37.4 HR 138 RR 36 SpO2 91% RA. Subcostal retractions, diffuse exp wheezes, fair air entry. PRAM 7.
Tx: albuterol/ipratropium neb x3, dexamethasone 0.6 mg/kg PO. Reassessed 2115: PRAM 2, SpO2 96% RA.
Dispo: d/c home. Albuterol MDI + spacer 4 puffs q4h x 48h, then prn. Asthma action plan in Arabic given. School note for {{DATE:11/29}}-{{DATE:11/30}}. F/u PCP Dr. {{NAME:Hamdan}} ({{FACILITY:ACCESS Community Health}}) in 2-3 d.
{{NAME:Eliza Brandt-Okoro}}, MD (PEM fellow)`,

  `LABOR & DELIVERY - DELIVERY NOTE
Pt: {{NAME:Vo Thi Ngoc Diep}}   MRN {{MRN:731 004 882}}   G2P2002
Delivered {{DATE:04/05/2020}} @ 13:18, viable female, NSVD over intact perineum, ROA. Nuchal cord x1 reduced. Apgars 8/9. Wt 3,180 g.
Placenta delivered spontaneously 13:26, intact, 3VC. EBL 350 mL. Pitocin 30 u / 500 mL.
1st deg lac repaired w/ 3-0 vicryl.
Pediatrician: {{FACILITY:Little Saigon Pediatrics}} (Dr. {{NAME:Huỳnh}}).
Support: husband {{NAME:Phạm Quốc Bảo}} present; MIL bà {{NAME:Liên}} arriving from {{LOCATION:Garden Grove}}.
Baby name: {{NAME:Emily Phạm}}. Breastfeeding initiated.
Rh+ / Rubella immune. Contraception: plans LNG-IUD at 6 wk PPV.
{{NAME:Carmen Zúñiga}}, CNM`,

  `PHONE NOTE - NURSE TRIAGE
{{DATE:Jan 3}} 2:14 AM   Answering service {{FACILITY:AfterHours MD}}
Caller: {{NAME:Jessamyn Sobczak-Reed}}, mother of {{NAME:Oliver}} (2 yo)   CB {{PHONE:(608) 555-0165}}
Sx: fever 103.8 rectal since dinner, pulling at R ear, fussy but consolable, drinking, 3 wet diapers since noon. No rash, no trouble breathing, no lethargy. Had Tylenol at 11 pm (160 mg).
Protocol: Schmitt-Thompson Earache/Fever <36 mo - disposition: see within 24 hrs.
Advice: ibuprofen 100 mg now, fluids, call back if rash, stiff neck, hard to wake, or no wet diaper 8 hrs.
Appt booked {{DATE:1/3}} 10:40 w/ Dr. {{NAME:Shapiro-Mendes}} at {{FACILITY:Monona Kids Clinic}}.
Mom verbalized understanding.
{{NAME:T. Nakamura}}, RN`,

  `ADDENDUM
Late entry for {{DATE:10/31/2023}}: pt's son Mr. {{NAME:Cedric Jefferson}} called at 1615 requesting copies of records for disability application (SSA). Release of information form faxed to him at {{FAX:(313) 555-0120}}; also given HIM email {{EMAIL:roi.requests@henryford-example.org}}. He provided his DL # {{LICENSE:J525-418-302-771}} for identity verification. Pt's SSN on file verified (last 4 {{SSN:8821}}). Records portal link: {{URL:https://portal.hfh-example.org/roi/req?id=48812}}.
Request covers admissions {{DATE:8/2/2023}}-{{DATE:8/19/2023}} and {{DATE:10/2/2023}}-{{DATE:10/6/2023}} and clinic notes from {{FACILITY:Henry Ford Medical Center - Fairlane}}. Mr. {{NAME:Jefferson}} is listed as pt's healthcare POA (document scanned {{DATE:9/12/2023}}); POA verified against ID. Estimated completion 10 business days; he will pick up in person at the HIM window, or we mail to the pt's address on file in {{LOCATION:Dearborn Heights}}.
Tracking # {{ID:ROI-231031-0447}}.
{{NAME:Ana Paula Siqueira}}, HIM specialist`,
  `{{ID:883106241}} | {{FACILITY:EMH}} | {{MRN:71190554}} | | {{ACCOUNT:6641208}} | {{DATE:9/14/2003}} 12:00:00 AM | ACUTE PANCREATITIS | Signed | DIS | Admission Date: {{DATE:9/14/2003}} Report Status: Signed

Discharge Date: {{DATE:9/20/2003}}
ATTENDING: {{NAME:TREADWELL, CORNELIA}} M.D.
PRINCIPAL DIAGNOSIS: GALLSTONE PANCREATITIS.
HISTORY OF PRESENT ILLNESS: THIS IS A 52-YEAR-OLD WOMAN WITH NO SIGNIFICANT PAST MEDICAL HISTORY WHO PRESENTED TO THE {{FACILITY:ELLINGTON MEMORIAL}} EMERGENCY ROOM WITH 12 HOURS OF EPIGASTRIC PAIN RADIATING TO THE BACK, NAUSEA AND VOMITING. LIPASE 4,120. RUQ US WITH CHOLELITHIASIS, CBD 7 MM. RANSON 2 ON ADMISSION.
HOSPITAL COURSE: MADE NPO, AGGRESSIVE IVF, PAIN CONTROL WITH DILAUDID PCA. LFTS TRENDED DOWN. ERCP NOT REQUIRED. TOLERATED LOW FAT DIET ON HD 4. LAP CHOLE PERFORMED {{DATE:9/19}} BY DR. {{NAME:BOATENG}} WITHOUT COMPLICATION.
DISCHARGE MEDICATIONS: OXYCODONE 5 MG PO Q6H PRN PAIN X 10 TABS, COLACE 100 MG BID.
FOLLOW UP: DR. {{NAME:BOATENG}} IN 2 WEEKS, PCP DR. {{NAME:LUNDQUIST-OWUSU}} IN 1 WEEK. CALL {{PHONE:860-555-0138}} WITH QUESTIONS.
eScription document: {{ID:6-2281934 JXS}}
Dictated By: {{NAME:HOLLINGSWORTH, PRUDENCE}}
Attending: {{NAME:TREADWELL, CORNELIA}}
Dictation ID {{ID:7730118}}
D: {{DATE:9/20/03}}
T: {{DATE:9/21/03}}`,

  `Clinic note - Rheumatology
Mrs {{NAME:Gupta-Fernandes}} returns. SLE dx'd {{DATE:Mar '18}} (malar rash, arthritis, +ANA 1:1280, dsDNA 210, low C3/C4). Class IV LN on bx in {{DATE:Aug 2019}} at {{FACILITY:Cedars}} - induced w/ MMF, now on maint MMF 1 g BID + HCQ 300 + pred 5.
Since last visit (on the {{DATE:12th}} of last month) she's had a flare of arthralgias, mouth ulcers. No rash. UPCR 0.4 (0.3). dsDNA 88. C3 78.
Eye exam for HCQ tox (Dr {{NAME:Lazaridis}}): normal OCT {{DATE:2/2024}}.
She asks re: pregnancy - married last {{DATE:June}} to {{NAME:Nikhil}}. Discussed: disease quiescent >6 mo first, switch MMF->azathioprine, continue HCQ, add ASA 81 at 12 wk; MFM referral to Dr. {{NAME:Eun-ji Seo}} at {{FACILITY:Kaiser Sunset}}.
Plan: pred 10 x 1 wk then back to 5. Recheck labs 4 wk.
-- {{NAME:Wojciech Brzezinski}}, MD`,

  `EKG interpretation  {{DATE:05-09-2018 08:14:22}}
Pt: {{NAME:Uchenna Ekwueme}}  {{AGE:93}} yrs  F   Room 512B   Req: Dr. {{NAME:Prewitt}}
Vent rate 48 BPM   PR 232 ms   QRS 124 ms   QT/QTc 498/445 ms   P-R-T axes 61 -48 71
Sinus bradycardia with 1st degree AV block
Left anterior fascicular block
Right bundle branch block
  (bifascicular block)
Abnormal ECG
When compared with ECG of {{DATE:12-APR-2017 10:02}},
 PR interval has increased; RBBB now present
Confirmed by {{NAME:ISHIGURO, KENJI}} ({{ID:3018}}) on {{DATE:5/9/2018 11:40:07 AM}}
Referred by: {{NAME:PREWITT, DALE}}   Ordering location: {{FACILITY:Pellegrino 3}} tele
Cart ID {{DEVICE:MAC5500-SN-20771893}}   Tech: {{NAME:RJ}}
Test reason: bradycardia on monitor, syncope workup
Comment: Outside tracing from {{FACILITY:Brazos Valley Cardiology}} ({{DATE:Jan 2018}}) not available for comparison; request sent by fax.`,

  `NURSING NOTE
0800: received pt from night RN. pt alert, oriented x4. c/o nausea, zofran 4mg IV given w/ relief.
1030: Pt to IR for PICC placement, returned 1145. PICC R basilic 4Fr dbl lumen, 41 cm, tip cavoatrial jxn per CXR. Power PICC lot {{DEVICE:REAY0411}}.
1300: pt's husband {{NAME:Zhou Jianguo}} and daughter {{NAME:Zhou Xiaoyan}} visiting, asked about TPN teaching. Daughter will be main caregiver - she works from home for {{FACILITY:Wells Fargo}}. Infusion pharmacy {{FACILITY:Option Care}} contacted; delivery tomorrow to home address on face sheet.
1500: TPN started at 40 mL/hr. BG 164. 
1800: pt ambulated in hall x 2 with walker. Tol well.
1900: report given to {{NAME:Genevieve}} RN.
{{NAME:Precious Mahlangu}} RN`,
  `PRISON HEALTH SERVICES - CHRONIC CARE VISIT
Facility: {{FACILITY:Stateville Correctional Center}}   Inmate # {{ID:R-48817}}   Housing: F-House, cell 3-12
Pt: {{NAME:Demetrius Lacroix}}   DOB {{DATE:10/10/1974}}
Seen for HCV, HTN. Escorted by C/O {{NAME:Pawlowski}}.
HCV genotype 1a, VL 2.1M IU/mL, FIB-4 2.9. Approved for sofosbuvir/velpatasvir x 12 wk per {{FACILITY:Wexford Health}} UM ({{DATE:8/2}}), start date pending pharmacy.
BP 152/96 on amlodipine 5. Increase to 10. Commissary low-Na list given.
Pt requests his sister ({{NAME:Yvette Lacroix-Banks}}, {{LOCATION:Joliet}}) be notified of results; ROI signed.
Parole hearing in {{DATE:November}}; if released, link to {{FACILITY:Howard Brown Health}} for continuation.
Dr. {{NAME:Femi Adelakun}}`,

  `Cardiology Clinic Note
{{DATE:19-Feb-2025}}

Mr {{NAME:Ahanu Redcloud}} is a 63 yo man w/ ischemic CM (EF 30%), s/p CRT-D (Boston Scientific Resonate X4, SN {{DEVICE:229184}}, implanted {{DATE:5/2023}} at {{FACILITY:Avera McKennan}}) who comes for 3 mo f/u.
Remote monitoring via LATITUDE: transmitter {{DEVICE:LT-7709-33018}}; no VT/VF, AF burden 2%, BiV pacing 97%.
NYHA II. No ICD shocks. Walks 1 mi daily w/ his dog. Works part time at the {{FACILITY:Golden Buffalo Casino}} in {{LOCATION:Lower Brule}}.
Meds: sacubitril/valsartan 97/103 BID, metoprolol succinate 100, spironolactone 25, dapagliflozin 10, atorvastatin 80, ASA 81.
Exam: BP 108/66, HR 70 paced. JVP 7. Lungs clear. No edema.
Labs: K 4.8, Cr 1.2, NT-proBNP 612.
Plan: continue GDMT, echo in 3 mo. Device check in 6 mo. IHS referral for cardiac rehab closer to home in {{LOCATION:Chamberlain}}.
{{NAME:Sigrid Nyholm-Okoye}}, MD / scribe: {{NAME:Tyler Stillwater}}`,

  `ANESTHESIA PRE-OP EVALUATION
Date: {{DATE:7.2.2021}}      Planned procedure: R TKA      Surgeon: Dr. {{NAME:Petrosyan}}
Pt {{NAME:Armen Hakobyan}}, 71M, ASA III.
PMH: OSA on CPAP (ResMed AirSense 10, SN {{DEVICE:23161488702}}), HTN, DM2 (A1c 7.2), CAD s/p PCI 2016 w/ DES to LAD, on ASA only now. Former smoker 40 pk-yr.
Airway: MP III, TMD 5 cm, limited neck ext, beard. Dentition: upper partial.
Prior anesthesia: "hard to put the tube in" per pt at {{FACILITY:Glendale Adventist}} in 2016 - records requested, fax {{FAX:818-555-0148}}.
Labs: Hgb 13.8, Cr 1.1, K 4.3. EKG: NSR, old IWMI.
Plan: spinal + adductor canal block + MAC; video laryngoscope and bougie available. Continue ASA. Bring CPAP DOS. NPO after MN.
Interpreter preference: Armenian - nephew {{NAME:Gor}} interprets, pt prefers family.
{{NAME:Madeleine Okwuosa-Frey}}, MD`,
  `GI CONSULT NOTE
Pt: {{NAME:Marie-Claude Guidry}}   {{DATE:12/12/22}}
Reason: hematemesis
Consulting physician: Dr. {{NAME:Olamide}} (hospitalist)
HPI: 66 yo F w/ EtOH cirrhosis (MELD-Na 21, Child B), known small varices on EGD {{DATE:June 2021}} ({{FACILITY:Ochsner}}), on nadolol, p/w 2 episodes coffee-ground emesis and melena since last evening. Last drink at an office party {{DATE:12/10}}. Lives in {{LOCATION:Thibodaux}} w/ husband {{NAME:Remy}}, who drove her in.
Vitals: HR 112, BP 94/58. Hgb 7.1 (baseline 10). Plt 64. INR 1.8.
A/P: suspected variceal bleed. Octreotide gtt, ceftriaxone 1g, PPI gtt until EGD, transfuse to Hgb 7-8. EGD tonight in ICU w/ banding. Hepatology (Dr. {{NAME:Arceneaux-Boudreaux}}) aware; consider TIPS eval if rebleed.
{{NAME:Kofi Mensah-Bonsu}}, MD, GI fellow   pgr {{PHONE:504-555-0114 #3340}}`,

  `DISCHARGE INSTRUCTIONS (patient copy)
Name: {{NAME:Luz Marina Cárdenas}}        Date: {{DATE:5/17/2024}}
You were in the hospital for: a kidney infection (pyelonephritis).
Medicines: Take cephalexin 500 mg four times a day until {{DATE:May 24}}. Stop taking nitrofurantoin.
Follow-up: {{FACILITY:Clínica Familiar del Valle}}, Dr. {{NAME:Arroyo}}, on {{DATE:Wednesday May 22}} at 9:00 AM. {{ADDRESS:415 S Texas Blvd}}, {{LOCATION:Weslaco}}. Tel {{PHONE:956-555-0153}}.
Return to ER if: fever over 101, vomiting and cannot keep medicines down, confusion, or pain gets worse.
Questions after hours: Nurse line {{PHONE:1-866-555-0190}}.
MyChart: {{URL:mychart.valleyhealth-example.org}}  Activation code: {{ID:7KQ2M-99XRT-P4L0A}}`,

  `RADIOLOGY REPORT
MRI LUMBAR SPINE W/O CONTRAST
Exam #: {{ID:MR2214098}}    Date: {{DATE:11/02/2021}}
Clinical: 38F, LBP radiating to L leg x 6 wk, numbness L lateral foot. Worker's comp claim # {{ID:WC-21-004117}} ({{FACILITY:Tyson Foods}} employee).
Technique: sagittal T1, T2, STIR; axial T2. 
Findings: Alignment normal. L4-5: mild disc bulge, no stenosis. L5-S1: L paracentral disc extrusion, 8 mm, extending caudally, contacting and posteriorly displacing the traversing L S1 nerve root; mild L lateral recess stenosis. Conus at L1. Paraspinal muscles normal.
Impression: L5-S1 L paracentral extrusion compressing L S1 root, concordant with sx.
{{NAME:Anastasia Volkova}}, MD
{{FACILITY:Northwest Arkansas Radiology}} - {{LOCATION:Springdale}}`,
  `PHYSICAL THERAPY INITIAL EVALUATION
Referring: Dr. {{NAME:Castellano}}   Dx: R rotator cuff tear s/p arthroscopic repair ({{DATE:1/9/23}})   Visit 1 of 24
Pt is a 57 yo R-hand-dominant electrician (employer {{FACILITY:Rosendin Electric}}), injured at work lifting conduit. Goal: return to overhead work.
Sling x 6 wk per protocol. Pain 4/10 rest, 7/10 w/ PROM.
PROM R shoulder: flex 95, ER 20 (at side), abd 70. L WNL.
Strength: not tested per protocol.
QuickDASH 68.2.
Tx today: pendulums, PROM within limits, scapular sets, cryo 15 min. HEP issued (Medbridge code {{ID:7XWQ2LP}}).
Plan: 2x/wk x 12 wk. Progress per Dr. {{NAME:Castellano}}'s protocol.
Auth # {{ID:PT-8841023}} through Sedgwick (WC adjuster {{NAME:Renée Dubois}}, {{PHONE:(213) 555-0189 x4471}}).
{{NAME:Farid Shahbazi}}, PT, DPT`,

  `NEPHROLOGY / DIALYSIS UNIT NOTE
{{FACILITY:Fresenius Kidney Care North Ridge}}    Chair 14, MWF 2nd shift
Pt {{NAME:Obafemi Adeleke}}, 74M, ESRD 2/2 DM nephropathy, HD since 2017 via L brachiocephalic AVF.
Monthly labs ({{DATE:08/06/24}}): Kt/V 1.42, URR 73%, Hgb 10.2, K 5.6, phos 6.8, Ca 8.6, PTH 612, alb 3.6.
IDWG avg 3.4 kg (EDW 82.0). Pre-HD BP 168/84.
Issues: hyperphosphatemia - on sevelamer 1600 TID w/ meals; diet review w/ RD {{NAME:Heidi}} - eats a lot of processed meats from the bodega on his corner. Increase sevelamer to 2400 TID. PTH up: start cinacalcet 30.
Access: AVF thrill/bruit +, no aneurysm. Transplant: listed at {{FACILITY:Montefiore}} since {{DATE:2/2020}}, UNOS ID {{ID:FH44701}}; coordinator {{NAME:Simone}} {{PHONE:718-555-0111}}.
Transport: Access-A-Ride trip # {{ID:AAR-55018832}} frequently late.
{{NAME:Kenji Watanabe-Ruiz}}, MD`,

  `Lab report
{{FACILITY:Quest Diagnostics}} - {{ADDRESS:1901 Sulphur Spring Rd}}, {{LOCATION:Baltimore}} MD {{ZIP:21227}}   CLIA {{LICENSE:21D0213458}}
Specimen ID: {{ID:MZ553019R}}   Collected: {{DATE:08/30/2022 07:45}}   Reported: {{DATE:08/31/2022 13:02}}
Patient: {{NAME:PRIOLEAU, TERRELL L}}   DOB {{DATE:03/15/1990}}   Sex M   Phone {{PHONE:410-555-0167}}
Ordering: {{NAME:ODUNSI, BUKOLA}} NP   NPI {{LICENSE:1396821154}}
Test                      Result      Flag   Ref range
HIV-1/2 Ag/Ab 4th gen     Reactive     A     Non-reactive
HIV-1/2 Ab differentiation HIV-1 Pos   A
HIV-1 RNA, quant          48,200 c/mL  H     <20
CD4 abs                   412 cells/uL L     490-1740
RPR                       Non-reactive
Hep B sAg                 Negative
Comment: Critical/reportable result. Reported to {{LOCATION:Baltimore City}} Health Dept per MD regulations.`,

  `CHAPLAIN NOTE
Visited pt at request of RN. Pt is a {{AGE:97}}-year-old Jewish man, Holocaust survivor originally from {{LOCATION:Łódź}}, actively dying. Present: daughter {{NAME:Tsipora Feigenbaum}}, granddaughter {{NAME:Talia}}, and their rabbi, Rabbi {{NAME:Yehuda Kleinfeld}} of {{FACILITY:Congregation Beth Shalom of Skokie}}. Recited Shema and Vidui with family. Daughter asked that pt not be left alone after death and that chevra kadisha from {{FACILITY:Piser Weinstein Menorah Chapels}} be called; info given to charge RN. Family requests no autopsy.
Will follow.
Chaplain {{NAME:Ruthanne Ezeani}}, MDiv, BCC`,
  `ASYLUM MEDICAL EVALUATION (affidavit summary)
Evaluee: {{NAME:Mahamat Abakar Issa}}   A# {{ID:A 208-441-937}}   DOB (per pt) {{DATE:1/1/1996}}
Referred by Physicians for Human Rights; attorney {{NAME:Hannah Adesanya-Platt}}, Esq., {{FACILITY:Northwest Immigrant Rights Project}}, {{EMAIL:hplatt@nwirp-example.org}}.
Exam location: {{FACILITY:Harborview}} Global Health clinic, {{DATE:Oct 21, 2022}}, 2 hrs, Arabic (Chadian) interpreter Mr. {{NAME:Idriss}}.
History: Detained by security forces in {{LOCATION:N'Djamena}} in 2018 for ~3 wks; reports beatings w/ rubber hose to soles of feet (falanga), suspension by the arms, cigarette burns to L forearm.
Findings: six round 6-8 mm hypopigmented atrophic scars on L volar forearm, consistent with cigarette burns (Istanbul Protocol: "highly consistent"). Pain on weight bearing, plantar fascia tenderness, consistent with falanga. PCL-5 score 58; meets criteria for PTSD.
Photographs taken (6) and stored in the secure case file {{ID:PHR-22-0931}}.
Dr. {{NAME:Liv Solberg-Amoako}}, MD, MPH`,

  `OCCUPATIONAL HEALTH - POST-EXPOSURE
Employee: {{NAME:Rohini Tiwari}}  Emp ID {{ID:E0448127}}  Dept: 7 North (RN)
Date/time of exposure: {{DATE:2/28/2023 03:10}}   Reported 03:40
Type: percutaneous, 25g needle after SQ heparin, through glove, L index finger. Device: Safety-Glide, safety not activated.
Source pt: {{NAME:Baldwin, Terrence}}, MRN {{MRN:01886224}}, rm 712 - consented; rapid HIV neg, HBsAg neg, HCV Ab pending.
Employee: HBsAb 112 (immune, 2021). HIV rapid neg. Baseline HCV Ab, ALT drawn.
Plan: no PEP indicated pending source HCV; f/u 6 wk, 6 mo if source HCV+. Incident report # {{ID:SAFE-23-02281}} filed. Supervisor {{NAME:Darlene Fitch-Eze}} notified.
{{NAME:Gustavo Zamudio}}, NP, Employee Health`,

  `Telephone call - Hospice RN
Spoke with pt's wife {{NAME:Consolata}} at 21:05. Pt (Mr. {{NAME:Pacheco}}) more restless, moaning, picking at sheets, last urine this morning. Breathing w/ pauses ~15 sec. Wife is tired, their son {{NAME:Rudy}} driving up from {{LOCATION:Las Cruces}} tonight. Instructed: lorazepam 1 mg SL from comfort kit, morphine concentrate 5 mg SL q1h prn. Will make visit - ETA 22:00. On-call MD Dr. {{NAME:Ferrante}} notified. Called back at 22:40 from home: pt calmer after meds, wife and son at bedside, priest from {{FACILITY:San Albino Church}} coming in the morning.
{{NAME:Leticia Montoya}}, RN  {{FACILITY:Mesilla Valley Hospice}}`,
  `Record date: {{DATE:2088-07-23}}

                     {{FACILITY:KINGSTON HEALTH CENTER}}
                     INTERNAL MEDICINE

Reason for visit: f/u CAD, DM

{{NAME:Keisuke}} is a 64 yo gentleman (retired machinist, {{FACILITY:Pratt & Whitney}}) here for follow up. Since our last visit in {{DATE:April}} he had an episode of chest tightness shoveling mulch; stress test at {{FACILITY:St. Francis}} on {{DATE:6/30}} showed small reversible inferior defect. Dr {{NAME:Ballantyne}} (cards) increased isosorbide, no cath for now.
DM: A1c 7.6 -> 7.1. On metformin 1000 bid, Jardiance 10.
Lipids: LDL 64.
He and his wife ({{NAME:Sachiko}}) are going to {{LOCATION:Osaka}} for 3 weeks in {{DATE:September}} to see her mother; discussed travel w/ nitro, carrying med list.

Meds: ASA 81, metoprolol 50 bid, isosorbide mononitrate 60, atorvastatin 80, metformin, empagliflozin 10, SL NTG prn.
PE: BP 128/74, P 58, wt 181 lb. RRR, no m. Lungs clear. Feet: intact sensation.

A/P as above; labs in 3 mo. Flu shot {{DATE:10/2088}}.

{{NAME:Cordelia Adeniji}}, MD
`,

  `SEXUAL ASSAULT NURSE EXAMINER (SANE) REPORT - CONFIDENTIAL
Pt: {{NAME:J.M.}} (full name on consent), 17 yo F
Date/time of exam: {{DATE:09/04/2021 0215}}     Assault reported ~{{DATE:09/03/2021 2300}}
Location of assault (per pt): party at a residence on {{ADDRESS:Kettering Ln}}, {{LOCATION:Chesterfield}}. Assailant known to pt ("{{NAME:Brayden}}", classmate at {{FACILITY:Marquette High School}}).
Accompanied by mother {{NAME:Kristin Hollander}}. Advocate from {{FACILITY:Safe Connections}} ({{NAME:Alexis}}) present.
Police: {{FACILITY:Chesterfield PD}}, Det. {{NAME:Ramírez}}, case # {{ID:21-048831}}.
Kit # {{ID:MO-SAK-0311872}} collected, chain of custody signed to Officer {{NAME:Hutchins}} badge {{ID:4418}} at 0540.
Findings: abrasions L wrist; genital exam findings documented on diagram and w/ colposcopic photos (6).
Tx: ceftriaxone 500 IM, doxycycline x7 d, metronidazole 2 g, levonorgestrel 1.5 mg, HIV nPEP (Biktarvy) x 28 d started; HBV immune.
F/u: {{FACILITY:Mercy Kids}} adolescent clinic in 1 wk, crisis counseling.
{{NAME:Tamsin Okeke-Lowry}}, RN, SANE-A, SANE-P`,

  `Ophthalmology clinic
{{NAME:Parveen Chaudhry}}, 72F, POAG OU, f/u.
VA cc: OD 20/30, OS 20/60 (20/50 last visit {{DATE:9/19/23}}).
IOP (Goldmann): OD 16, OS 23 @ 10:15.
Drops: latanoprost qhs OU, timolol BID OS. Pt says she sometimes misses evening drop when she stays w/ her son in {{LOCATION:Piscataway}}.
Gonio: open angles OU. C/D 0.7 OD, 0.9 OS.
HVF 24-2: OS progression superior arcuate, MD -14.2 (was -11.8).
OCT RNFL: thinning OS inferior.
A/P: POAG OS progressing despite 2 drops. Discussed SLT vs tube. Pt elects SLT OS, scheduled {{DATE:Tues 1/16}} w/ Dr {{NAME:Wasilewski}}. Add brimonidine OS meanwhile.
{{NAME:Emmanuel Ofori-Atta}}, OD`,
  `GENETIC COUNSELING NOTE
Pt: {{NAME:Rebecca Adler-Kim}}, 34F, referred by Dr. {{NAME:Satterfield}} ({{FACILITY:Penn Fertility Care}}) for family hx of breast/ovarian ca.
Pedigree (3 generations; Ashkenazi Jewish on father's side, Korean on mother's):
- Father {{NAME:Jonathan Adler}}, 66, prostate ca at 58.
- Paternal aunt {{NAME:Shoshana Adler Weiss}}, d. 51, ovarian ca.
- Paternal grandmother {{NAME:Esther}}, breast ca at 44, d. 70s.
- Mother {{NAME:Min-ji Kim}}, 63, healthy. Maternal side noncontributory.
- Brother {{NAME:Daniel}}, 37, healthy.
Risk: meets NCCN criteria. Offered multigene panel (Invitae, 84 genes) vs. AJ founder mutations. Pt chose full panel; saliva kit, order # {{ID:RQ8841207}}. GINA discussed - she works for {{FACILITY:Comcast}} and was concerned about employer access.
Results expected in 2-3 weeks; disclosure visit {{DATE:the 28th}} via telehealth (link to {{EMAIL:radler.kim@example.com}}).
{{NAME:Sunita Parameswaran}}, MS, CGC`,

  `IMMUNIZATION RECORD - REQUEST FOR SCHOOL
Student: {{NAME:Mateo Ávila-Brennan}}   DOB {{DATE:08/14/2016}}   Grade 2, {{FACILITY:Lincoln-Hale Elementary}}, {{FACILITY:Boise School District}}
Parent/guardian: {{NAME:Maeve Brennan}}  {{PHONE:208.555.0131}}
Vaccine          Dates given
DTaP             {{DATE:10/14/16}}, {{DATE:12/15/16}}, {{DATE:2/20/17}}, {{DATE:11/16/17}}, {{DATE:9/2/20}}
IPV              {{DATE:10/14/16}}, {{DATE:12/15/16}}, {{DATE:8/18/17}}, {{DATE:9/2/20}}
MMR              {{DATE:8/18/17}}, {{DATE:9/2/20}}
Varicella        {{DATE:8/18/17}}, {{DATE:9/2/20}}
Hep B            {{DATE:8/15/16}} (birth), {{DATE:10/14/16}}, {{DATE:2/20/17}}
Hep A            {{DATE:8/18/17}}, {{DATE:2/22/18}}
Exemptions: none. IRIS state registry ID {{ID:ID4471028833}}.
Verified by {{NAME:Aubrey Kealoha}}, MA on {{DATE:8/1/2023}}`,

  `ED TRIAGE
{{DATE:6/6/22}} 1402  {{AGE:90}} yo M, wc from lobby, sent by {{FACILITY:Goodwin House}} (IL apt). c/o dizziness x2 d, 1 syncopal episode at breakfast. on eliquis. BP 88/52 HR 44 SpO2 97. FSBG 131. ESI 2. to rm 9, Dr {{NAME:Aziz}} aware. pt's grandson {{NAME:Connor}} (ph {{PHONE:703 555 0108}}) en route.
Allergies: codeine (N/V), shellfish.
PMH per {{FACILITY:Goodwin House}} transfer sheet: AF, HTN, CKD 3, BPH, hx L TKA, macular degen. Meds per sheet: apixaban 2.5 BID, metoprolol succ 50, lisinopril 20, tamsulosin 0.4, finasteride, PreserVision. Sheet dated {{DATE:5/31/22}}; metoprolol was increased from 25 -> 50 on {{DATE:June 1st}} by their NP ({{NAME:K. Ashby-Dunne}}) per pt's grandson.
Pain 0/10. Skin warm, dry. A&Ox3 but slow to answer. Falls risk: high (yellow socks, bracelet on).
Orders per protocol: EKG (done 1408: sinus brady 42, 1st deg AVB), CBC/BMP/trop/TSH, orthostatics deferred (symptomatic). On monitor, pads on.
{{NAME:lkm}}`,

  `Nursing Progress Note:
Neuro: Pt sedated on propofol 30mcg, RASS -2. Opens eyes to voice, MAE. No seizure activity.
CV: ST 100-110s, no ectopy. SBP 100-120s. Palpable pulses.
Resp: Intubated on CPAP 5/5 40%, RR 18-22, Vt 450s. Suctioned for sm amt thick tan. 
GI/GU: OGT to LCWS, tube feeds held for ?extubation. Foley draining clear yellow 40-80cc/hr.
ID: Tmax 100.8. On vanco/zosyn. 
Social: Pt's partner [**{{NAME:Augustin}}**] and pt's mother in from [**{{LOCATION:Port-au-Prince}}**] visited, updated by Dr. [**{{NAME:Marcellus}}**]. Mother speaks Haitian Creole only - used [**Language Line**]. Partner's phone [**{{PHONE:617-555-0181}}**].
Plan: SBT in am, ? extubate. Cont abx. Cont to monitor.`,
  `DISCHARGE SUMMARY
NAME: {{NAME:Bartłomiej "Bart" Zielinski}}            MRN: {{MRN:0006619302}}
ADMIT: {{DATE:July 28, 2023}}   DISCHARGE: {{DATE:August 3, 2023}}
ATTENDING: {{NAME:Chinenye Nwankwo-Stirling}}, MD          PCP: {{NAME:Hollis Greenberg}}, MD ({{FACILITY:Northside Primary Care}})

DIAGNOSES
1. Acute on chronic hypoxic respiratory failure 2/2 AECOPD
2. Influenza A
3. Type 2 MI (demand)
4. Steroid-induced hyperglycemia

HISTORY
{{AGE:91}}-year-old man (lives alone in senior apts at {{ADDRESS:300 Riverside Dr., Unit 1104}}, {{LOCATION:Bayonne}}, NJ {{ZIP:07002}}) with COPD on 2 L home O2, HFpEF, who was brought in by EMS after his downstairs neighbor (Mrs. {{NAME:Ocampo}}) found him short of breath. Flu A PCR positive; trop 0.09 -> 0.14 -> 0.11, flat.

HOSPITAL COURSE BY PROBLEM
# AECOPD/flu: BiPAP x 18 h in step-down, then NC. Oseltamivir x 5 d, prednisone 40 x 5 d, azithromycin x 3 d, duonebs. At d/c on 3 L (baseline 2 L), ambulating 150 ft w/ rollator, SpO2 90-92%.
# Type 2 MI: cards (Dr. {{NAME:Venkatesh}}) saw, no ischemic w/u; resume home ASA/statin.
# Hyperglycemia: SSI while on steroids, max BG 312; not diabetic, no home tx.
# Social: son ({{NAME:Piotr}}) lives in {{LOCATION:Gdańsk}}; niece {{NAME:Małgorzata Zielinska-Marsh}} ({{PHONE:201-555-0144}}) is emergency contact. Pt declined SNF, accepted home PT/OT/RN through {{FACILITY:Hudson Valley Home Care}}.

DISCHARGE MEDS: tiotropium/olodaterol 2 puffs daily, budesonide/formoterol 160/4.5 2 puffs BID, albuterol prn, furosemide 20 daily, ASA 81, atorvastatin 40, prednisone COMPLETE, O2 3 L NC continuous (DME: {{FACILITY:Lincare}} {{LOCATION:Jersey City}}, order {{ID:LC-0791144}}).

FOLLOW-UP
- Dr. {{NAME:Greenberg}} within 7 days ({{DATE:8/9}} 11:15).
- Pulm clinic, Dr. {{NAME:Oluwaseyi Adebanjo}}, {{DATE:8/22/23}}.
- Repeat CXR in 6 wk.

Electronically signed {{DATE:08/03/2023 16:52}} by {{NAME:C. Nwankwo-Stirling}}`,

  `Allergy/Immunology new pt
{{DATE:Oct. 3rd}}
{{NAME:Chidi}} is a 9 yo boy w/ peanut + tree nut allergy, here w/ dad ({{NAME:Emeka Okonjo}}). Rxn {{DATE:Aug 2nd}}: hives, lip swelling, vomiting 10 min after eating a granola bar at day camp ({{FACILITY:YMCA Camp Kern}}); EMS gave epi, seen at {{FACILITY:Dayton Children's}} ED.
SPT today: peanut 12 mm, cashew 9 mm, walnut 4 mm, almond neg. Component: Ara h 2 pending.
Plan: strict avoidance peanut + cashew/pistachio. EpiPen Jr -> Auvi-Q 0.3 mg (wt 31 kg) x2, school action plan for {{FACILITY:Oakwood Elementary}} (nurse Mrs. {{NAME:Halloran-Baez}}). Discuss OIT at f/u.
{{NAME:Hadassah Perlman}}, MD`,

  `Wound clinic
Pt {{NAME:Thomasina Redbird}}, 68F, DM2, PAD.
R plantar 1st MTH ulcer, Wagner 2, present since {{DATE:Memorial Day}}. Today: 2.1 x 1.8 x 0.6 cm (last wk 2.4 x 2.0 x 0.7). Granular base 80%, slough 20%, no probe to bone. Mod serous drainage. Periwound callus debrided (sharp, 11 blade, to bleeding tissue).
ABI R 0.62. Vascular (Dr. {{NAME:Osterhout}}) plans angiogram {{DATE:6-20-24}}.
Offloading: TCC placed today.
Home: lives on the {{LOCATION:Wind River}} reservation, {{LOCATION:Fort Washakie}}; 2 hr drive. Transport via IHS van.
F/u 1 wk for cast change.
{{NAME:Aiyana Littlebear}}, RN, CWOCN`,
  `BEHAVIORAL HEALTH PROGRESS NOTE (telehealth)
Session {{DATE:1/22/2025}} 15:00-15:50, video (Doxy.me), pt at home in {{LOCATION:Tulsa}}, clinician in office. Pt IP logged {{IP:68.12.201.47}} per platform audit.
Pt: {{NAME:Dakota "Kody" Blackfeather}}, 31, they/them.
S: Reports 2 panic attacks this wk, both at work ({{FACILITY:QuikTrip}} on {{ADDRESS:E 21st St}}), after manager yelled. Sleep 5-6 h. Drinking 3-4 beers most nights "to come down". Partner {{NAME:Reese}} supportive. Mom ({{NAME:Linda}}) still not speaking to them since {{DATE:Thanksgiving}}.
O: Appropriately groomed, anxious, fidgeting. Speech nl. Mood "wired". Affect anxious. No SI/HI. GAD-7 16, AUDIT-C 7.
A: Panic d/o; GAD; hazardous EtOH use.
P: CBT - interoceptive exposure; continue sertraline 100 (per Dr {{NAME:Ozturk}}); discussed reducing EtOH, pt agrees to track drinks. Crisis line 988 reviewed. Next session {{DATE:1/29}}.
{{NAME:Mercedes Ybarra-Quinn}}, LPC`,

  `TRANSPLANT HEPATOLOGY
{{DATE:2024-04-11}}  {{NAME:Abdulrahman Al-Sayegh}}, 56M, POD 210 s/p DDLT ({{DATE:9/14/23}}) for NASH cirrhosis + HCC (within Milan).
Immunosuppression: tacrolimus 3 mg BID (trough 6.8), MMF 500 BID. Prednisone off since {{DATE:12/2023}}.
Labs: AST 31, ALT 28, ALP 102, Tbili 0.7, Cr 1.4 (baseline 1.3), Mg 1.5, plt 148. AFP 3.
US doppler {{DATE:4/8}}: patent HA/PV/HV.
Issues: new tremor - tac-related, trough ok; add Mg oxide. HTN 146/92 - start amlodipine 5.
Pt planning Umrah trip to {{LOCATION:Mecca}} and {{LOCATION:Medina}} in {{DATE:June}} with wife {{NAME:Fatima}} and brother {{NAME:Khalid}}; travel letter + extra meds + vaccinations (meningococcal ACWY - non-live ok) arranged. Avoid live vaccines.
Coordinator: {{NAME:Beth Ann Coker}}, RN ({{PHONE:214-555-0172}}; {{EMAIL:bcoker@bswh-example.org}}).
{{NAME:Arvind Natarajan}}, MD`,

  `Pt called the office {{DATE:Fri 3/8}} @ 4:45pm. Says her daugther {{NAME:Kimberlee}} picked up the wrong rx at the {{FACILITY:Kroger pharmacy}} on {{ADDRESS:Ridge Rd}} - got someone elses metoprolol. Pt did NOT take any. Pharmacist ({{NAME:Nadeem}}) aware and is fixing it, correct rx ready by 6pm. Pt asks to have her BP meds sent to mail-order ({{FACILITY:Express Scripts}}, member # {{HEALTH_PLAN:EXS 004 41873 01}}) from now on. Done.
Also wants to know if she can get her covid booster at the sr center at {{FACILITY:St. Brendan's}} next tues - yes ok.
{{NAME:mh}} / routed to Dr. {{NAME:Yablonski}}`,
  `Admission Date:  [**{{DATE:2175-2-11}}**]       Discharge Date:  [**{{DATE:2175-3-2}}**]

Date of Birth:  [**{{DATE:2175-2-11}}**]       Sex:  F

Service:  NEONATOLOGY

HISTORY: Baby girl [**{{NAME:Oyediran}}**] is the former 1.12 kg product of a 29 3/7 wk gestation born to a 33 y/o G4 P1->2 mother. Prenatal screens: O+, Ab neg, HBsAg neg, RPR NR, rubella immune, GBS unknown. Pregnancy complicated by preeclampsia with severe features; mother admitted to [**{{FACILITY:Whitmore Hospital}}**] on [**{{DATE:2-9}}**], received betamethasone x2 (complete [**{{DATE:2-10}}**]) and magnesium. Delivered by C/S for worsening BP and reversed EDF. Apgars 5 and 8.

HOSPITAL COURSE BY SYSTEMS:
RESP: Intubated in DR, surfactant x2. Extubated to CPAP [**{{DATE:2-13}}**], to NC [**{{DATE:2-24}}**]. Caffeine started DOL 1. Apnea/brady spells max 4/day, decreasing.
CV: Murmur noted DOL 3; echo [**{{DATE:2-14}}**] small PDA, no tx needed. Repeat echo [**{{DATE:2-27}}**] closed.
FEN: TPN via UVC until DOL 9. Enteral feeds advanced to 150 mL/kg/d of maternal BM fortified to 24 kcal. Current wt 1,465 g.
GI: Peak bili 7.9 on DOL 4, phototherapy x 3 days.
HEME: Hct 38 at birth; transfused PRBC x1 on [**{{DATE:2-20}}**] for Hct 24.
ID: Blood cx at birth neg at 48 h, amp/gent stopped.
NEURO: HUS DOL 7 and DOL 28: no IVH, no PVL.
EYES: ROP exam [**{{DATE:3-1}}**]: immature zone II, f/u 2 wks with Dr. [**{{NAME:Castellaneta}}**].

TRANSFER: to [**{{FACILITY:Sturdy Memorial}}**] Special Care Nursery closer to family in [**{{LOCATION:Attleboro}}**] for continued growth. Report given to [**{{NAME:Nomvula Dlamini}}**], NNP.

PARENTS: Mother [**{{NAME:Abiola}}**], father [**{{NAME:Segun Oyediran}}**]; an older sibling, 3 y/o, at daycare ([**{{FACILITY:Bright Horizons Mansfield}}**]). Parents updated daily; cell [**{{PHONE:508-555-0186}}**].

PRIMARY PEDIATRICIAN: Dr. [**{{NAME:Esterhuizen}}**], [**{{FACILITY:Attleboro Pediatric Group}}**], tel [**{{PHONE:(508) 555-0112}}**].

CARE RECOMMENDATIONS: feeds 150 mL/kg/d BM + HMF 24 kcal; meds: caffeine citrate 10 mg/kg daily, Fe 2 mg/kg/d, vit D 400 IU. Newborn screen [**{{DATE:2-14}}**] normal; repeat [**{{DATE:3-4}}**]. Hep B vaccine when >2 kg. Car seat test prior to discharge home.

DISCHARGE DIAGNOSES: prematurity 29 3/7 wk; RDS resolved; apnea of prematurity; hyperbilirubinemia resolved; anemia of prematurity; immature retinas.

                        [**{{NAME:Walburga Theissen}}**], MD  [**MD Number {{LICENSE:58213}}**]

Dictated By:[**{{NAME:Kalinowski}}**]
MEDQUIST36
D:  [**{{DATE:2175-3-2}}**]  14:02
T:  [**{{DATE:2175-3-2}}**]  16:40
JOB#:  [**Job Number {{ID:20417}}**]`,

  `Record date: {{DATE:2093-10-02}}

{{FACILITY:SOUTH HADLEY COMMUNITY HEALTH}}
Adult Medicine

CC: establish care, "check on my heart and my sugar"

HPI: {{NAME:Rosario Bautista-Lacson}} is a 61 y/o woman who recently moved from {{LOCATION:Quezon City}} to live with her daughter ({{NAME:Maricris}}, an RN at {{FACILITY:Baystate}}) in {{LOCATION:Chicopee}}. She brought records from {{FACILITY:St. Luke's Medical Center - Global City}} (last visit {{DATE:June 2093}}), summarized:
 - HTN since age 45, on losartan 50 + amlodipine 5
 - DM2 dx 2087, on metformin 500 BID; last A1c 8.2% ({{DATE:5/2093}})
 - "Mild heart enlargement" on CXR; 2D echo {{DATE:04/11/2092}}: LVH, EF 60%, grade I DD
 - TB treated (6 mo HRZE) in 1990s; CXR since with apical scarring
 - s/p TAHBSO 2080 for myomas
 - No known drug allergies
Since arriving ({{DATE:8/19}}) she has had intermittent palpitations in the evening, lasting minutes, no syncope. Walks with her daughter on a riverside trail most mornings. No CP. Mild ankle swelling by evening.
FHx: father died of stroke at 68; mother DM, alive at {{AGE:90}} in {{LOCATION:Batangas}}; brother MI at 59.
SHx: retired elementary school principal. Never smoker. Rare EtOH. Catholic - attends {{FACILITY:St. Rose de Lima}} parish. Speaks Tagalog and English.
Insurance: none yet; applied for MassHealth, app # {{ID:MH-2093-0448217}}; seen today under sliding scale.

ROS: otherwise negative (see template).

Exam: BP 152/90 (R), 148/88 (L). HR 84 irreg irreg? -> ECG. BMI 27.9. Trace ankle edema. S4. Lungs clear. Monofilament: reduced L great toe.
ECG today: sinus with frequent PACs, LVH by voltage.

Assessment/plan:
1. Palpitations - PACs on ECG; 14-day patch monitor (serial {{DEVICE:ZP4-0091-77184}}), TSH, BMP, Mg.
2. HTN, not at goal - increase losartan to 100.
3. DM2 - A1c today, start home glucometer, nutrition (Filipino diet handout), podiatry.
4. Remote TB - IGRA pos expected; CXR for baseline.
5. HCM - mammo, colon ca screening (FIT), flu/COVID/Shingrix/PCV20.
Return 4 wks.

{{NAME:Mireille Achterhof}}, MD
`,
  `INPATIENT PSYCHIATRY DISCHARGE SUMMARY
Patient: {{NAME:Tobias Wendt-Aguilar}}     MRN: {{MRN:PSY-0418827}}     Unit: {{FACILITY:Hartwell 2}} (locked adult unit)
Admitted: {{DATE:10-Apr-2024}} (involuntary, PEC by {{LOCATION:Jefferson Parish}} coroner's office; converted to voluntary {{DATE:4/13}})
Discharged: {{DATE:29-Apr-2024}}
Attending: {{NAME:Ezinne Chukwuma-Ledger}}, MD     Therapist: {{NAME:Solange Boudin}}, LCSW

REASON FOR ADMISSION: 29 y/o man w/ schizoaffective d/o, bipolar type, brought by {{FACILITY:JPSO}} deputies after neighbors reported him shouting on the roof of his mother's house at {{ADDRESS:4120 Clearview Pkwy}}, {{LOCATION:Metairie}}, saying he was "receiving transmissions" from the Entergy substation. Off paliperidone palmitate since {{DATE:Jan}} after losing Medicaid coverage when he moved back from {{LOCATION:Baton Rouge}}.

HOSPITAL COURSE: Initially agitated, required IM olanzapine x2 on {{DATE:4/10}}-{{DATE:4/11}}; no seclusion/restraint. Restarted oral paliperidone 6 mg, titrated to 9 mg; loaded with paliperidone palmitate 234 mg ({{DATE:4/16}}) and 156 mg ({{DATE:4/23}}). Lithium restarted at 600 mg BID, level 0.8 on {{DATE:4/26}}. By {{DATE:4/20}} sleeping 7 h, no longer responding to internal stimuli; insight improved ("I get sick when I stop the shot"). Attended groups daily. Family meeting {{DATE:4/24}} with mother ({{NAME:Graciela Aguilar}}) and uncle ({{NAME:Rafael "Fito" Aguilar}}). Medicaid re-application submitted by SW; Healthy Louisiana plan ID pending, temporary ID {{HEALTH_PLAN:LA-TMP-55018732}}.

MENTAL STATUS AT DISCHARGE: calm, cooperative, good hygiene. Mood "good", affect euthymic. TP linear, no delusions elicited. Denies SI/HI/AH/VH. Insight fair, judgment fair.

RISK: chronic risk elevated (male, SMI, prior attempt 2019, substance use), acute risk low: no SI, engaged in care, living with supportive family, no firearms in home (mother confirmed; uncle's rifles moved to his camp in {{LOCATION:Lafitte}}).

DISCHARGE MEDICATIONS: paliperidone palmitate 156 mg IM monthly (next due {{DATE:5/21/2024}} at clinic), lithium carbonate 600 mg PO BID, benztropine 1 mg PO BID prn EPS, melatonin 3 mg qhs.

FOLLOW-UP: {{FACILITY:Jefferson Parish Human Services Authority}} East Bank clinic, {{DATE:May 2nd}} 10 AM with Dr. {{NAME:Viet Hoang}}; ACT team referral ({{FACILITY:Resources for Human Development}}), intake worker {{NAME:Denise}} {{PHONE:504-555-0126}}. Lithium level and BMP in 1 wk.

Dictated by {{NAME:E. Chukwuma-Ledger}}, MD  {{DATE:04/29/2024 13:20}}
{{NAME:ECL}}/{{NAME:jdr}}`,
];

export const HELDOUT_REALISTIC_2_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`real2-${i + 1}`, n));
