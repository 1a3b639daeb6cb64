// Held-out set 52: hand-written, realistic synthetic notes (all invented: no real person, record,
// number, institution or company; phone numbers are 555 numbers; towns and cities are real places
// used only as LOCATION). Flavour: cardiology and vascular care - cath lab, EP study/ablation,
// cryoballoon PVI, pericardiocentesis and peripheral intervention reports; TTE, TEE, stress, SPECT,
// cardiac MRI, Holter, ABPM and vascular lab (arterial, venous, carotid, dialysis access, EVAR)
// reports; device clinic interrogations, remote alerts and phone notes for pacemakers, ICDs, CRT-Ds,
// loop recorders, LVADs and wearable defibrillators; heart failure clinic, telemonitoring, transplant
// social work and biopsy pathology; cardiac surgery consults, op notes and progress notes; structural
// heart conference; anticoagulation clinic phone notes, flowsheets and bridging letters (INR values);
// cardiac rehab referral/progress/discharge; transfer-center logs, fax covers and critical-care
// transport run reports; EMS STEMI alerts and feedback; ECG over-read log; e-consult; ACHD and
// pediatric echo; palliative ICD deactivation; research enrollment; a MIMIC-style [** **] summary.
// Title case, ALL CAPS and lower-case shorthand are mixed, with many look-alike non-PHI strings:
// eponyms (Holter, Swan-Ganz, Allen test, Judkins, Amplatz, Wolff-Parkinson-White, Brugada, Mobitz,
// Wenckebach, Seldinger, Brockenbrough, Valsalva, Bruce, Duke, Gardner-Skinner, Simpson, Bernoulli,
// Fick, Friedewald, Cockcroft-Gault, Carpentier, Fontan, Glenn, Norwood, Ebstein, David, Bentall,
// Quilty, Janeway, Roth, Kussmaul, Beck, Homans, Buerger, Hunter canal, May-Thurner, Baker,
// Kommerell, Lake Louise, Ghent, Rutherford, Fontaine, Stanford, DeBakey, Sgarbossa, Barbeau,
// Rosendaal, Wells), drug names and doses, scores, hemodynamics, lab values, device models and lead
// models, lot, CPT, ICD-10, NCT and IRB numbers, rooms, beds and bays, years and weekdays alone,
// clock times, ages of 89 and under, states and countries - and one patient actually named Holter.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts. Decisions for
// shapes the guideline does not name:
// - Device manufacturers (the invented Corvantis, Helion Cardiac, Pulsewatch) and device/lead model
//   names and numbers are not PHI, even when they name a rep's company; reps are NAME and their
//   direct lines PHONE. Every serial (generator, lead, ILR, LVAD pump and controllers, IABP console,
//   wearable defibrillator and its batteries, valve and endograft, Holter/ABPM recorder, home INR
//   meter, telemonitoring scale, cuff and hub, patch) and every IMEI is DEVICE.
// - Payer and plan names and payer fax lines are not PHI; member, subscriber, Medicaid and Medicare
//   (MBI) numbers are HEALTH_PLAN. FIN, encounter, hospital account, portal account, wearable
//   network account and a stipend account's last digits are ACCOUNT.
// - Transfer-center case, EMS run/incident, accession, study, order, job, document, ROI, prior-auth,
//   RMA return-kit, OPO referral, Rx, interpreter and research-subject numbers are ID; MIMIC "MD
//   Number" is ID. Paramedic certification numbers and NPIs are LICENSE.
// - EMS unit names (Medic 7, M14, CCT-3, unit 4, flight 2) are not PHI; aircraft tail numbers, an
//   ambulance VIN and plates are VEHICLE. EMS agencies, air-medical and transport services,
//   employers, schools, churches, clubs, shelters, dialysis units, hospice and infusion agencies,
//   funeral homes, labs and pharmacies are FACILITY; a ward with a proper name (Kessler 4) is
//   FACILITY including its number; numbered cath labs, EP labs, rooms, beds and bays are not PHI.
// - A month with a year (Feb 2023, 6/2022) and a date without a year (2/13, Sept 19) are DATE; a
//   compact date range token (3/29-4/2) is one DATE span; a time written right after a full date
//   is inside it, a clock time alone is not.
// - "Jr." stays inside a NAME span; honorifics and ranks (Dr., Mrs., Capt., fr.) stay outside.
// - MIMIC-style placeholders are annotated over their whole content, category word included
//   ("Hospital 1727" inside [** **] is one FACILITY span), brackets outside.
// - Only age 91 is AGE; the IP of an ambulance router that carried a patient's ECG is IP; an
//   automated manufacturer alert sender was left out of the notes rather than decided.
//
// Slips the author reported (none showed engine output): its author read the brief's check script
// (outside the repository); real product names stay as non-PHI look-alikes; it has a single AGE
// span.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9681 / 0.9352; pass-14 engine after
// rules 14a-d (c783367), still before anyone read the misses, 0.9710 / 0.9343.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Bramblewood Heart Institute}} - Cath Lab 3
Patient: {{NAME:Okonkwo, Chidinma A.}}   MRN: {{MRN:BHI-00728814}}   FIN: {{ACCOUNT:4410093372}}
DOB: {{DATE:04/19/1958}}   Procedure start: {{DATE:03/11/2024 07:52}}
Operator: {{NAME:Rafael Quintero-Ames}}, MD   Fellow: Dr. {{NAME:Priya Raghunathan}}
Referring: Dr. {{NAME:Hollis}} ({{FACILITY:Tidewater Community Hospital}}, fax {{FAX:(757) 555-0143}})
Indication: NSTEMI, troponin I peak 4.82 ng/mL, TIMI risk score 4, GRACE 132.
Access: R radial, modified Allen test (Barbeau B) normal. 6 Fr sheath. Heparin 5000 units IV, verapamil 2.5 mg IA.
Catheters: 5 Fr JL 3.5 and JR 4 (Judkins). No Swan-Ganz placed.
Findings: LM normal. LAD 90% proximal, TIMI 2 flow. LCx 40% mid. RCA dominant, 30% ostial. LVEDP 22 mmHg.
Intervention: LAD PCI with 3.0 x 28 mm DES (lot 88214-B), post-dilated with 3.5 NC balloon at 18 atm. Final TIMI 3, 0% residual.
Closure: TR band, 12 mL air. Contrast 110 mL iohexol.
Plan: DAPT with ticagrelor 90 mg BID x 12 mo, atorvastatin 80 mg, echo prior to discharge, cardiac rehab referral.
Discussed with husband {{NAME:Emeka}} at bedside; his cell {{PHONE:757-555-0188}}.
Dictated by {{NAME:RQA}}/{{NAME:lm}}  {{DATE:03/11/2024 10:15}}`,
  `*** STEMI ALERT *** PAGED {{DATE:06/02/2023 21:14}}
FROM: {{FACILITY:PIKE COUNTY EMS}} MEDIC 7, RUN # {{ID:23-118842}}
TO: {{FACILITY:NORTH FORK MEDICAL CENTER}} ED - CATH LAB ACTIVATED 2116
PT: {{NAME:DELGADO-RUIZ, ARMANDO}}  58 YO M  DOB {{DATE:11/30/1964}}
PICKUP: {{ADDRESS:4471 COUNTY ROAD 12}}, {{LOCATION:PIKEVILLE}}. PT FOUND IN DRIVER SEAT OF PICKUP TRUCK, KY PLATE {{VEHICLE:3TR-D918}}, ENGINE RUNNING.
CC: CRUSHING SUBSTERNAL CP X 40 MIN, DIAPHORETIC, NAUSEA.
12-LEAD: STE II, III, AVF 3 MM WITH RECIPROCAL DEPRESSION I/AVL. V4R POSITIVE. NO WPW PATTERN.
VS: BP 92/58, HR 48 SB, SPO2 94% RA, GCS 15, BGL 188.
TX: ASA 324 MG PO. NTG HELD (RV INFARCT). NS 500 ML BOLUS. PADS ON, ATROPINE AT BEDSIDE.
HX: HTN, DM2 ON METFORMIN, 1 PPD SMOKER. NKDA.
ETA 2131. WIFE {{NAME:LUPE}} FOLLOWING BY CAR, CELL {{PHONE:606-555-0172}}.
MEDIC: {{NAME:T. BRANNIGAN}}, PARAMEDIC CERT # {{LICENSE:P-40918}}
RECEIVING: DR {{NAME:OYELARAN}} (IC ON CALL) PAGER {{PHONE:4471}}`,
  `Transthoracic Echocardiogram
{{FACILITY:Harrow Valley Hospital}} Echo Lab        Study #: {{ID:TTE-24-03381}}
Name: {{NAME:Beatrix Lindqvist}}   MRN {{MRN:0041877}}   DOB {{DATE:2/9/1941}}   Age: 83
Date of study: {{DATE:Thursday, January 18, 2024}}   Sonographer: {{NAME:K. Abernathy-Cole}}, RDCS
Ordering: {{NAME:Samuel Achterberg}}, NP
Indication: dyspnea on exertion, new systolic murmur, r/o aortic stenosis.
LV: EF 55-60% by Simpson's biplane. Normal wall motion. Grade II diastolic dysfunction, E/e' 16.
Aortic valve: trileaflet, severely calcified. Peak velocity 4.3 m/s, mean gradient 44 mmHg (simplified Bernoulli), AVA 0.8 cm2 by continuity equation, DVI 0.23.
Mitral: mild MAC, trace MR. No Lambl's excrescence seen.
RVSP 38 mmHg. IVC 1.9 cm with <50% collapse.
Impression: severe calcific aortic stenosis with preserved EF. Compared with prior of {{DATE:04-Aug-2021}}, when mean gradient was 27 mmHg.
Recommend structural heart referral (TAVR evaluation, STS score).
Critical result called 1415 to NP {{NAME:Achterberg}} at {{PHONE:555-214-8830}}.
Read by: {{NAME:Ingrid Solheim-Park}}, MD, FASE   electronically signed {{DATE:01/18/2024 15:02}}`,
  `DEVICE CLINIC - PACEMAKER INTERROGATION
{{FACILITY:Lakeshore Heart Rhythm Clinic}}, {{ADDRESS:2200 Harbor Point Dr, Suite 310}}, {{LOCATION:Sandusky}}, OH {{ZIP:44870}}
Pt: {{NAME:Haddad, Samir}}   MRN {{MRN:LHR-556201}}   Visit {{DATE:05/06/2024}}
Device: Corvantis Veritas DR MRI, model VDR-2210, SN {{DEVICE:CVD418822H}}; implanted {{DATE:08/14/2019}} by Dr. {{NAME:Tanaka}} at {{FACILITY:Mercy Ridge Regional}}.
RA lead: model 5076-52 cm, SN {{DEVICE:PJN7710342}}.  RV lead: model 5076-58 cm, SN {{DEVICE:PJN7710519}}.
Indication: Mobitz II AV block with syncope.
Battery 2.96 V, longevity est. 6.5 yr. Mode DDDR 60/130.
RA: P 3.1 mV, imp 512 ohm, threshold 0.75 V @ 0.4 ms. RV: R 11 mV, imp 608 ohm, threshold 1.0 V @ 0.4 ms.
Pacing: AP 34%, VP 97%. Episodes: 2 AHR, longest 38 sec on {{DATE:04/22/2024 03:16}}; AF burden <0.1%.
No programming changes. Home transmitter paired, gateway IP {{IP:172.16.40.118}}; next remote {{DATE:08/05/2024}}.
Corvantis rep present: {{NAME:Dana Whitcombe}}, cell {{PHONE:419-555-0166}}.
{{NAME:M. Ferreira}}, CDRN / Dr. {{NAME:Yusuf Tanaka}}`,
  `anticoag clinic phone note {{DATE:2/27/24}} 1040
spoke w/ pt {{NAME:ruth ann pelletier}} (dob {{DATE:7/3/39}}) + dtr {{NAME:gail}} on speaker, {{PHONE:207-555-0139}}
indication: mech AVR (bileaflet), goal INR 2.0-3.0. warfarin 5 mg daily exc 7.5 mg mon/fri.
INR today 1.6 (drawn at {{FACILITY:Kennebec Valley Lab}}, {{LOCATION:Augusta}}); prior 2.4 on {{DATE:2/13}}.
missed dose sat per dtr, also on amoxicillin for dental wk. no new meds otherwise, diet same.
plan: 7.5 mg tonight + tomorrow then resume. no enoxaparin bridge per dr {{NAME:villanueva}} since INR >1.5.
recheck {{DATE:3/5/24}} at {{FACILITY:riverbend pharmacy}} poc.
pt verbalized understanding, teach-back done. no bleeding, no melena, no neuro sx.
pcp dr {{NAME:o'shaughnessy}} cc'd via fax {{FAX:207-555-0190}}.
-- {{NAME:jmk}} rn, anticoag svc, x{{PHONE:4402}}`,
  `HEART FAILURE CLINIC - FOLLOW UP
Date: {{DATE:October 3, 2023}}    Provider: {{NAME:Adaeze Nwosu}}, MD (advanced HF)    Fellow: {{NAME:Tomasz Kowalczyk}}, MD
Patient: {{NAME:Gerald "Gerry" Fountaine}}   MRN {{MRN:7730-1142}}   Medicare # {{HEALTH_PLAN:1EG4-TE5-MK72}}
67 y/o man, ischemic CMP, LVEF 25% (echo {{DATE:9/12/23}}), NYHA class III, ACC/AHA stage C. CRT-D in place (see device note).
Since last visit weight up 2.1 kg. Orthopnea 2 pillows, no PND. Wife {{NAME:Marlene}} says he is "winded walking to the mailbox."
Meds: sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg, dapagliflozin 10 mg, furosemide 40 mg.
Exam: JVP 12 cm, +HJR, bibasilar crackles, 1+ edema. No Kussmaul sign.
Labs: Na 134, K 4.8, Cr 1.6 (eGFR 45 by CKD-EPI), NT-proBNP 3,410.
PA pressure sensor not placed. Swan-Ganz not needed today.
Plan: furosemide to 80 mg x 3 days, BMP at {{FACILITY:Crestpoint Lab}} on {{DATE:10/6/23}}, consider LVAD/transplant eval at {{FACILITY:Bramblewood Heart Institute}} if declines.
HF nurse line {{PHONE:(419) 555-0122}}; RN {{NAME:Shanice Odom}} to call Friday.`,
  `CARDIAC SURGERY CONSULTATION
Requested by: Dr. {{NAME:Vikram Chaudhry}}, cardiology     Date/time: {{DATE:12/19/2022 16:40}}
Consultant: {{NAME:Helena Papadopoulos}}, MD, Cardiothoracic Surgery, {{FACILITY:St. Odilia Medical Center}}
Patient: {{NAME:WOJCIK, STANLEY J.}}   MRN {{MRN:SOMC4419025}}   DOB {{DATE:1949-05-22}}
Reason: three-vessel CAD with LM involvement, SYNTAX score 34, for CABG evaluation.
HPI: 73 yo retired machinist from {{LOCATION:Hamtramck}}, presented with unstable angina. Cath {{DATE:12/18/2022}} showed 70% distal LM, 90% proximal LAD, 80% OM1, 100% RCA with left-to-right collaterals (Rentrop 2).
Echo: LVEF 45%, mild MR, no AS.
PMH: DM2 (A1c 7.9), CKD 3a, COPD (FEV1 62%), prior right CEA 2015.
STS predicted mortality 2.1%. EuroSCORE II 2.4%.
Carotid duplex: <50% bilateral. Vein mapping ordered; left radial usable (Allen test normal).
Recommendation: CABG x4 (LIMA-LAD, radial-OM1, SVG-PDA, SVG-diag) on pump, tentatively {{DATE:Thursday 12/22}}. Hold ticagrelor 5 days; heparin gtt.
Discussed with patient and son {{NAME:Stan Jr.}} ({{PHONE:313-555-0194}}); they wish to proceed.
{{NAME:H. Papadopoulos}}, MD  pager {{PHONE:313-555-7720}}`,
  `TRANSFER CENTER - INTER-FACILITY REQUEST
Case # {{ID:TC-2024-009183}}   Call received {{DATE:07/21/2024 02:38}}
Sending: {{FACILITY:Calloway County Community Hospital}}, {{LOCATION:Murray}}, KY   Sending MD: Dr. {{NAME:Beth-Ann Kessler}} (ED), callback {{PHONE:270-555-0117}}
Receiving: {{FACILITY:Ohio Valley Heart & Vascular Institute}} CVICU; accepting Dr. {{NAME:Chukwuemeka Eze}} (cardiology)
Patient: {{NAME:Tran Thi Hoa}}   DOB {{DATE:09/14/1951}}   Sending MRN {{MRN:CCCH-20018837}}
Insurance: Bluewater Senior Advantage, member ID {{HEALTH_PLAN:H58201934}}
Dx: acute type A aortic dissection (Stanford A, DeBakey I) on CTA, aortic root 5.2 cm, no tamponade on bedside echo.
VS: BP R arm 168/90, L arm 132/70, HR 104. On esmolol and nicardipine drips.
Requesting emergent CT surgery; Dr. {{NAME:Papadopoulos}} notified and agrees.
Transport: {{FACILITY:AirCare Regional}} rotor, tail # {{VEHICLE:N417AC}}, ETA 0355.
Family: son {{NAME:Minh Tran}} driving from {{LOCATION:Paducah}}, {{PHONE:270-555-0163}}; interpreter Vietnamese requested.
Images pushed via PACS link {{URL:https://pacs-share.ccch-imaging.example/study/88123907}}.
Transfer RN: {{NAME:L. Mbeki}}`,
  `VASCULAR LAB REPORT - LOWER EXTREMITY ARTERIAL
{{FACILITY:Lakeshore Vascular Center}}   Accession {{ID:VL2403-5519}}
Patient: {{NAME:Ishikawa, Kenji}}   MRN {{MRN:L-8820147}}   Exam date {{DATE:24 Mar 2024}}
Technologist: {{NAME:Ramona Begay}}, RVT    Referring: {{NAME:D. Szymanski}}, DPM
History: claudication L calf at 1 block, Rutherford 3, Fontaine IIb. Smoker 40 pk-yr.
ABI: right 0.92, left 0.54. TBI left 0.31. Toe pressure L 38 mmHg.
Segmental pressures: left drop of 42 mmHg high thigh to above knee.
Duplex: L SFA mid occlusion, ~12 cm, reconstitution at adductor canal (Hunter canal) via profunda collaterals. Monophasic popliteal and tibial waveforms. Right: triphasic CFA, biphasic PT.
No Buerger features. Homans sign not applicable.
Impression: left SFA occlusion, moderate-severe PAD left, mild right.
Preliminary given to Dr. {{NAME:Szymanski}} by phone 11:20. Copy to {{FACILITY:Erie Shores Podiatry}} fax {{FAX:419-555-0135}}.
Interpreting physician: {{NAME:Olufemi Adeyemi}}, MD, RPVI   signed {{DATE:3/24/2024 14:06}}`,
  `EXERCISE TREADMILL STRESS TEST
{{FACILITY:NORTH FORK MEDICAL CENTER}} NONINVASIVE LAB   {{DATE:MON 02/05/2024}}
PATIENT: {{NAME:GREENBERG, NAOMI R}}   MRN {{MRN:NFMC-3310284}}   ACCT {{ACCOUNT:220577194}}
REFERRED BY: DR {{NAME:A. VILLANUEVA}}   SUPERVISED BY: {{NAME:KAI NAKAMURA}}, PA-C
PROTOCOL: BRUCE. EXERCISED 9:15 MIN, 10.1 METS, STAGE IV REACHED. MAX HR 158 (96% MPHR, AGE 64).
BP 132/78 REST -> 188/84 PEAK. NO HYPOTENSIVE RESPONSE.
SYMPTOMS: NONE. STOPPED FOR FATIGUE.
ECG: BASELINE NSR, NO PRE-EXCITATION (NOT WOLFF-PARKINSON-WHITE). 1 MM UPSLOPING ST DEPRESSION V5-V6 AT PEAK, RESOLVED BY 2 MIN RECOVERY. RARE PVCS.
DUKE TREADMILL SCORE +9 (LOW RISK). HR RECOVERY 24 BPM AT 1 MIN.
IMPRESSION: NEGATIVE FOR ISCHEMIA AT HIGH WORKLOAD. GOOD FUNCTIONAL CAPACITY.
TECH: {{NAME:JOSE MARIN}}, CCT.   REPORT FAXED TO {{FAX:(419) 555-0182}} {{DATE:02/05/2024 11:47}}
READ: {{NAME:VIKRAM CHAUDHRY}}, MD`,
  `ELECTROPHYSIOLOGY STUDY AND RADIOFREQUENCY ABLATION
{{FACILITY:Bramblewood Heart Institute}} EP Lab 2      Date: {{DATE:August 9, 2023}}
Patient: {{NAME:Marisol Ruiz-Delgado}}   MRN {{MRN:BHI-00911260}}   Age 19
Electrophysiologist: {{NAME:Anders Lindqvist}}, MD   Fellow: {{NAME:Grace Oyelaran}}, MD   Anesthesia: MAC, Dr. {{NAME:Feld}}
Indication: symptomatic Wolff-Parkinson-White pattern, palpitations, ER visits {{DATE:5/2/23}} and {{DATE:6/30/23}} for orthodromic AVRT.
Access: R femoral vein x3 (Seldinger technique, ultrasound guided), L femoral vein x1.
Catheters: decapolar CS, quadripolar HRA, His, RV apex; 4 mm irrigated ablation catheter.
Baseline: AH 78 ms, HV 12 ms (pre-excited). Delta wave positive V1, negative III/aVF - left posteroseptal pathway suspected.
Antegrade ERP of AP 280 ms. Orthodromic AVRT induced, CL 320 ms.
Transseptal puncture under ICE (BRK needle). Earliest ventricular activation at CS 3-4. RF at 35 W, loss of pre-excitation in 2.1 s; 60 s lesion plus 2 bonus.
Post: no pre-excitation, no inducible tachycardia with isoproterenol. Adenosine 12 mg: no AP conduction.
Complications: none. Heparin reversed with protamine 30 mg.
Mother {{NAME:Graciela}} updated in waiting area; contact {{PHONE:(614) 555-0147}}.
Dictated {{NAME:AL}}/{{NAME:tmk}} {{DATE:08/09/2023 16:22}}`,
  `ICD SHOCK - TELEPHONE ENCOUNTER    {{DATE:SAT 11/16/2024 0612}}
CALLER: PT {{NAME:DESMOND ABERNATHY}} (DOB {{DATE:03/08/1962}}), HOME PHONE {{PHONE:555-306-4418}}
REPORTS 1 SHOCK AT ~0540 WHILE SHOVELING SNOW AT HOME, {{ADDRESS:88 LARCHMONT TERRACE}}, {{LOCATION:SCHENECTADY}}. FELT DIZZY BEFORE. NO LOC, NO CHEST PAIN. NOW FEELS "OK, SHAKEN."
DEVICE: HELION CARDIAC ASTRA VR ICD, MODEL AVR-550, SERIAL {{DEVICE:HCA55009821}}. RV LEAD SN {{DEVICE:RVL-7730182}}.
ASKED PT TO SEND REMOTE TRANSMISSION. RECEIVED 0628: VF ZONE EPISODE, CL 240 MS, ATP DURING CHARGE FAILED, 35 J SHOCK SUCCESSFUL. LEAD IMP 420 OHM STABLE, NO NOISE.
ADVISED: SINGLE SHOCK AND FEELS WELL -> SEEN IN DEVICE CLINIC MONDAY; 2+ SHOCKS OR SYMPTOMS -> 911.
NO DRIVING FOR NOW PER STATE GUIDANCE; PT DRIVES FOR {{FACILITY:CAPITAL DISTRICT TRANSIT}} - DISCUSSED.
AMIODARONE? DEFER TO DR {{NAME:ISHAQ AL-MASRI}}.
ON-CALL EP FELLOW: {{NAME:R. FONTENOT}}, MD  PAGER {{PHONE:518-555-2291}}
CC: {{FACILITY:MOHAWK HEART RHYTHM ASSOCIATES}} DEVICE CLINIC, FAX {{FAX:518-555-2210}}`,
  `Implantable loop recorder insertion - procedure note
Pt: {{NAME:Fiona Mac Giolla Bhríde}}   MRN {{MRN:00563318}}   DOS {{DATE:1/30/2024}}
Location: {{FACILITY:Harrow Valley Hospital}} procedure room 4, bed B
Operator: Dr. {{NAME:Esther Nakashima-Blume}}   Assist: {{NAME:Tobiah}} (RN)
Indication: cryptogenic stroke {{DATE:12/28/2023}} (L MCA), 30-day event monitor and Holter negative; r/o paroxysmal AF. CHA2DS2-VASc 5.
Device: Pulsewatch ILR, model PW-ILR3, serial {{DEVICE:PWR300417A}}. Manufacturer rep {{NAME:Colin Brathwaite}} present (cell {{PHONE:555-611-0923}}).
Procedure: L parasternal, 4th ICS, 45 degrees. Lidocaine 1% with epi 8 mL. Incision 8 mm, insertion tool, Steri-Strips + Dermabond. R wave 0.42 mV post-insertion.
EBL minimal. No complications.
Patient paired with bedside monitor; data routed to {{URL:https://pulsewatch-clinic.example.net/patients/PW-66120}}.
Wound check 7-10 days with PCP Dr. {{NAME:Yeboah}}, {{FACILITY:Riverside Family Medicine}}.
AF detection set to "balanced." Clinic will review alerts daily.
Daughter {{NAME:Siobhan}} will drive home.
{{NAME:ENB}} {{DATE:01/30/2024}} dictated, transcribed by {{NAME:kq}}`,
  `CARDIAC REHAB REFERRAL
To: {{FACILITY:Lakeshore Cardiac Rehabilitation}}, {{ADDRESS:410 W Perkins Ave, Bldg C}}, {{LOCATION:Sandusky}}, OH {{ZIP:44870}}. Fax {{FAX:419-555-0199}}
Date: {{DATE:04/02/2024}}
Patient name: {{NAME:Kaur, Harpreet}}    DOB: {{DATE:10/21/1966}}    Phone: {{PHONE:419-555-0137}}
Address: {{ADDRESS:1919 Cedar Point Rd, Apt 6}}, {{LOCATION:Huron}}, OH {{ZIP:44839}}
Insurance: Great Lakes Mutual PPO, ID {{HEALTH_PLAN:MMP448120093}}, group 50221 
Qualifying diagnosis: STEMI s/p PCI to RCA {{DATE:3/19/2024}} (ICD-10 I21.19), CPT 93798.
EF 50%. Stress test not done. Risk: intermediate per AACVPR.
Precautions: radial access R, avoid heavy lifting x 1 wk. Beta-blocker limits HR; use Borg RPE 11-13.
Goals: return to work at {{FACILITY:Firelands Tool & Die}}, smoking cessation, LDL <55.
Language: Punjabi preferred; husband {{NAME:Gurdeep Singh}} interprets.
Referring cardiologist: {{NAME:Kwame Mensah}}, MD   NPI {{LICENSE:1629048135}}
Signature on file. Questions: {{NAME:Mensah}} office {{PHONE:(419) 555-0155}}`,
  `TEE-guided DC cardioversion
{{DATE:2023-09-27 13:05}}. {{FACILITY:st. odilia medical ctr}}, endoscopy suite 2.
pt {{NAME:Bogdan Petrosyan}}, mrn {{MRN:SOMC4437781}}, 71 M, persistent AF x ~3 mo, on apixaban 5 mg bid (adherent per pt, missed none since {{DATE:8/20}}).
sedation propofol 80 mg total by Dr. {{NAME:Lauterbach}} (anesthesia).
TEE: no LAA thrombus, LAA emptying velocity 0.32 m/s, mild spontaneous echo contrast. LVEF 45%. no PFO by color/bubble. mild-mod MR (Carpentier I).
DCCV: synchronized biphasic 200 J x1 -> sinus rhythm 68 bpm. no complications, skin intact.
plan: cont apixaban at least 4 wks, amiodarone 200 mg daily, f/u ECG + Holter 48h in 2 wks.
wife {{NAME:anahit}} to drive, can be reached {{PHONE:555-402-1176}}.
Dr. {{NAME:Nnamdi Obi}}`,
  `OPERATIVE REPORT
Patient: {{NAME:Wojcik, Stanley}}   MRN {{MRN:SOMC4419025}}   Date of operation: {{DATE:12/22/2022}}
Surgeon: {{NAME:Helena Papadopoulos}}, MD   Assistants: {{NAME:Ji-woo Baek}}, MD (resident); {{NAME:Lorenzo Bassi}}, PA-C   Perfusion: {{NAME:Wendell Ng}}, CCP
Anesthesia: Dr. {{NAME:Radhika Iyer}}, GETA; Swan-Ganz and TEE placed by anesthesia.
Preop dx: left main and three-vessel coronary artery disease. Postop dx: same.
Procedure: CABG x4 - LIMA to LAD, left radial to OM1, reverse SVG to PDA, reverse SVG to D1. Endoscopic vein harvest R thigh.
Details: Median sternotomy. LIMA skeletonized. Radial harvested after normal Allen test and Doppler. Heparinized, ACT >480. Aortic and two-stage venous cannulation; CPB 96 min, cross-clamp 71 min, antegrade/retrograde del Nido cardioplegia.
Grafts: flows by TTFM - LIMA 42 mL/min PI 1.9; radial 55 PI 2.2; PDA 61 PI 1.4; D1 38 PI 2.6.
Weaned easily on epinephrine 0.02. Protamine. Two mediastinal and one L pleural chest tube, temporary epicardial wires. Sternum closed with 8 wires.
EBL 450 mL. To CVICU ({{FACILITY:Kessler 4}}) intubated, stable.
Family (daughter {{NAME:Krystyna Wojcik-Hale}}) updated by phone {{PHONE:313-555-0107}} at 1518.
{{NAME:HP}}/{{NAME:dw}}   D: {{DATE:12/22/2022 15:40}}  T: {{DATE:12/23/2022 07:02}}`,
  `{{FACILITY:Ohio Valley Heart & Vascular Institute}}
{{ADDRESS:3100 Riverfront Parkway}}, {{LOCATION:Louisville}}, KY {{ZIP:40202}}  |  Tel {{PHONE:502-555-0100}}  |  Fax {{FAX:502-555-0101}}

{{DATE:February 14, 2024}}

{{NAME:Marguerite Delacroix}}, MD
{{FACILITY:Bardstown Family Practice}}
{{ADDRESS:12 N Third St}}
{{LOCATION:Bardstown}}, KY {{ZIP:40004}}

Re: {{NAME:Leroy Washington Jr.}}, DOB {{DATE:06/30/1955}}

Dear Dr. {{NAME:Delacroix}},
Thank you for referring Mr. {{NAME:Washington}}, whom I saw on {{DATE:2/12/24}} for palpitations. A 14-day patch monitor showed a 6% burden of PVCs, mostly one morphology (LBBB, inferior axis, consistent with RVOT origin), and three runs of NSVT up to 7 beats. Echo shows EF 55% without RV dilation; cardiac MRI is pending to exclude ARVC and sarcoid. He has no family history of sudden death, though his brother {{NAME:Curtis}} had a "big heart."
I started metoprolol succinate 25 mg. If burden stays >10% or he remains symptomatic we would consider ablation.
He asked that results also be sent to his email, {{EMAIL:leroywash55@mailbox.example}}.
Sincerely,
{{NAME:Chukwuemeka Eze}}, MD, FACC`,
  `Admission Date: [**{{DATE:2148-3-4}}**]       Discharge Date: [**{{DATE:2148-3-11}}**]
Date of Birth: [**{{DATE:2079-7-19}}**]       Sex: F
Service: CARDIOTHORACIC
Attending: [**{{NAME:Ramesh Ilyas}}**], MD
Chief Complaint: dyspnea, syncope
Major Surgical Procedure: [**{{DATE:3-6}}**] aortic valve replacement (23 mm bioprosthetic)
History of Present Illness: 68F with critical AS (AVA 0.6, mean gradient 58) referred from [**{{FACILITY:Hospital 1727}}**] after syncope at church in [**{{LOCATION:Location (un) 4220}}**]. Echo at [**{{FACILITY:Hospital1 18}}**] confirmed.
Past Medical History: HTN, HLD, hypothyroid, s/p appendectomy.
Social: lives with husband [**{{NAME:Hector}}**]; retired teacher at [**{{FACILITY:Lincoln Middle School}}**].
Brief Hospital Course: uneventful AVR; CPB 88 min. POD#2 new LBBB, then transient CHB on POD#3 -> temp wires, recovered by POD#5, no PPM. Chest tubes out POD#2. Warfarin not started (tissue valve); aspirin 81 mg.
Discharge Disposition: Home With Service, [**{{FACILITY:Company 1139}}**] VNA
Followup: Dr. [**{{NAME:Kovacevic}}**] in 4 weeks, tel [**{{PHONE:Telephone/Fax (1) 2576}}**]
Completed by: [**{{NAME:Ramesh Ilyas}}**] MD, MD Number [**{{ID:13882}}**] on [**{{DATE:2148-3-11}}**]`,
  `RIGHT HEART CATHETERIZATION
Date: {{DATE:11 June 2024}}     Location: {{FACILITY:Bramblewood Heart Institute}}, cath lab 1
Patient: {{NAME:Sandoval, Teodoro}}   MRN {{MRN:BHI-01033427}}   Encounter {{ACCOUNT:BHI-E-77810263}}
Operator: {{NAME:Adaeze Nwosu}}, MD    Nurse: {{NAME:Priscilla Ampofo}}, RN    CVT: {{NAME:Declan Moody}}
Indication: HFrEF, transplant/LVAD evaluation; pulmonary hypertension on echo.
Access: R internal jugular 7 Fr, ultrasound guided (micropuncture). 7 Fr Swan-Ganz catheter advanced under fluoroscopy.
Hemodynamics (room air): RA 14, RV 52/12, PA 52/28 (mean 36), PCWP 24 with v waves to 31, SVC sat 52%, PA sat 49%, Ao sat 94%.
CO (thermodilution) 3.4 L/min, CI 1.7. Fick CO 3.2 (assumed VO2 125 mL/min/m2). PVR 3.5 WU, TPG 12, DPG 4. PAPi 2.7.
Nitroprusside challenge to 2 mcg/kg/min: PVR fell to 1.9 WU, SBP 92.
Impression: combined pre/post-capillary PH, reversible; low output. Acceptable for transplant listing per protocol.
Plan: presented at selection committee {{DATE:6/14/24}}; social work to meet with partner {{NAME:Leonard Birch}}.
Electronically signed by {{NAME:A. Nwosu}}, MD on {{DATE:06/11/2024 12:31}}`,
  `CAROTID DUPLEX
{{FACILITY:MERCY RIDGE REGIONAL}} VASCULAR LAB  DATE {{DATE:10-17-23}}
NAME: {{NAME:BAPTISTE, JEAN-ROBERT}}   MRN {{MRN:MRR 0094521}}   DOB {{DATE:12-01-1944}}
TECH: {{NAME:CA}}   ORDERED BY: {{NAME:FARAH, AMINA}} MD
HX: L AMAUROSIS FUGAX X2 LAST WEEK; BRUIT L NECK.
RIGHT: ICA PSV 98 CM/S, EDV 24, ICA/CCA RATIO 1.4 -> <50% STENOSIS (SRU CRITERIA). ANTEGRADE VERTEBRAL.
LEFT: ICA PSV 312 CM/S, EDV 118, RATIO 4.6, HETEROGENEOUS PLAQUE -> 80-99% STENOSIS. ANTEGRADE VERTEBRAL.
SUBCLAVIAN: TRIPHASIC BILATERALLY. NO STEAL.
IMPRESSION: SYMPTOMATIC SEVERE LEFT ICA STENOSIS. EXPEDITED VASCULAR SURGERY REFERRAL (CEA VS TCAR).
RESULT CALLED TO DR {{NAME:FARAH}} 10:42 AND TO VASCULAR SURGEON DR {{NAME:GUNNAR HOLM}} ({{FACILITY:HOLM VASCULAR ASSOCIATES}}, {{PHONE:555-720-3304}}).
PT WIFE {{NAME:MARIE-CLAIRE}} ASKED FOR COPY TO BE MAILED TO {{ADDRESS:17 RUE DE LA PAIX APT 2}}, {{LOCATION:LAKE CHARLES}}, LA {{ZIP:70601}}.
READ BY {{NAME:O. ADEYEMI}} MD {{DATE:10/17/2023 11:15}}`,
  `cards admit h&p  {{DATE:1/7/25}} 2250  -- {{FACILITY:north fork med ctr}} 5 east tele, rm 512-b
pt: {{NAME:eleanor whitfield-nash}}  mrn {{MRN:nfmc-3398120}}  76f
cc: sob, wt gain 4 kg/1 wk
hpi: known hfref (ef 30%, nicm), nyha iii at baseline, followed by dr {{NAME:nwosu}} at {{FACILITY:bramblewood hf clinic}}. ran out of torsemide ~{{DATE:12/30}} ("pharmacy closed for holiday" - uses {{FACILITY:walgate drug}} in town). now orthopnea 3 pillows, pnd, bilat leg swelling to knees.
ros neg for cp, syncope. no icd shocks.
meds: torsemide 40 bid (not taking), metop succ 50, spiro 25, sac/val 24/26 bid, empa 10.
exam: bp 148/92 hr 96 irreg irreg, spo2 90% 2L. jvp to angle of jaw, s3, crackles 1/2 up, 3+ pitting to knees.
ecg: af rvr 110s, lbbb (known). no sgarbossa criteria met.
labs: bnp 2,280; trop hs 38 -> 41 flat; k 3.6; cr 1.4 (baseline 1.1).
a/p: adhf, wet/warm. iv furosemide 80 bid, strict i/o, daily wts, k >4 mg >2. af - cha2ds2-vasc 5, start apixaban, rate ctrl. echo. hold sac/val tonight.
son {{NAME:Duane Nash}} is hcp - {{PHONE:555-918-2207}}, lives in {{LOCATION:Oneonta}}.
{{NAME:kt}} (pgy2) / dr {{NAME:s. brightwater}} attending`,
  `PERMANENT PACEMAKER IMPLANTATION
Patient: {{NAME:Takahashi, Michiko}}    MRN {{MRN:0058814}}    Date {{DATE:5/15/2024}}
Facility: {{FACILITY:Mercy Ridge Regional}} EP lab    Operator: {{NAME:Yusuf Tanaka}}, MD
Indication: symptomatic sinus node dysfunction with 4.8 s pauses on Holter ({{DATE:5/2/2024}}), tachy-brady syndrome.
Procedure: L axillary vein access x2 via cephalic cut-down and Seldinger. Subcutaneous pocket in L infraclavicular region.
Generator: Corvantis Veritas DR MRI, model VDR-2210, serial {{DEVICE:CVD420196K}}.
Atrial lead: Corvantis Tendril-style active fixation, model AF-52, serial {{DEVICE:AFL52-880134}}, RA appendage: P 2.8 mV, threshold 0.6 V @ 0.4 ms, impedance 540.
Ventricular lead: model VF-58, serial {{DEVICE:VFL58-771209}}, RV septum: R 12.5 mV, threshold 0.5 V, impedance 690.
Pocket irrigated with antibiotic solution, TYRX-style envelope not used. Closed in 3 layers.
Programmed DDDR 60-130, AV delay 180/150 ms. CXR: no pneumothorax.
Device ID card given; registration sent with patient address {{ADDRESS:45 Kinsman Way}}, {{LOCATION:Youngstown}}, OH {{ZIP:44512}}.
Rep {{NAME:Dana Whitcombe}} assisted with testing.
F/u wound check {{DATE:5/24/24}}, device clinic 3 months. Arm precautions 4 weeks.
{{NAME:YT}}/{{NAME:rb}}`,
  `From: Corvantis Remote Alerts (automated)
To: {{EMAIL:deviceclinic@mohawkheart.example}}
Sent: {{DATE:Tue 3/19/2024 4:02 AM}}
Subject: RED ALERT - AT/AF burden > 6h/day - Patient {{NAME:PIOTROWSKI, HALINA}}

Clinic: {{FACILITY:Mohawk Heart Rhythm Associates}}
Patient ID: {{MRN:MHRA-20418}}     DOB: {{DATE:1947-01-02}}
Device: Astra DR ICD (Helion Cardiac), serial {{DEVICE:HCA61004497}}
Transmitter: bedside monitor serial {{DEVICE:BM-4410-99217}}, last contact {{DATE:03/19/2024 03:51}} from IP {{IP:98.51.100.23}}
Alert: AT/AF burden 23.4 h on {{DATE:03/18/2024}}; V rate during AF 112 bpm avg. No VT/VF episodes. No therapies.
Anticoagulation: not documented in device profile.
View: {{URL:https://clinic.corvantis-remote.example/episode/7719028}}

--- clinic triage note ---
Reviewed 0815. Pt on warfarin per our records (INR 2.3 on {{DATE:3/12}}). Called pt at {{PHONE:315-555-0148}}, no answer; left VM. Spoke with husband {{NAME:Zbigniew}}; she is asymptomatic, will see Dr. {{NAME:Al-Masri}} this week. {{NAME:Renata V.}}, RN`,
  `ANTICOAGULATION CLINIC - FLOWSHEET SUMMARY
Patient: {{NAME:Odom, Clarence}}   MRN {{MRN:4471092}}   Indication: AF + LV thrombus   Target INR 2.0-3.0   Managed by: {{NAME:Kimberly Tsosie}}, PharmD
Date           INR    Weekly dose    Action
{{DATE:01/04/24}}      1.8    35 mg          +10% to 38.75 mg
{{DATE:01/11/24}}      2.2    38.75 mg       no change
{{DATE:01/25/24}}      3.6    38.75 mg       hold x1, then 35 mg (new Bactrim from urgent care)
{{DATE:02/01/24}}      2.7    35 mg          no change
{{DATE:02/29/24}}      2.5    35 mg          no change; extend to 4 wk
{{DATE:03/28/24}}      4.9    35 mg          see note
Note {{DATE:3/28/24}}: INR 4.9, no bleeding. Pt says he ate less greens while visiting sister {{NAME:Loretta}} in {{LOCATION:Gallup}}. Held 2 doses; vitamin K not given. Recheck {{DATE:4/1}}.
Phone {{PHONE:505-555-0128}} (home), alt {{PHONE:505-555-0199}} (sister).
Lab: {{FACILITY:Four Corners Clinical Laboratory}}, req # {{ID:FCL-24-0338812}}.
HAS-BLED 3. TTR last 6 mo 58% (Rosendaal method).
Supervising physician: Dr. {{NAME:Brightwater}}`,
  `Cardiac Rehabilitation - Phase II Progress Note, Session 18 of 36
{{FACILITY:Lakeshore Cardiac Rehabilitation}}     {{DATE:June 20, 2024}}
Participant: {{NAME:Harpreet Kaur}}   ID {{MRN:LCR-10442}}
Exercise: treadmill 2.8 mph / 4% grade x 20 min, recumbent bike 60 W x 15 min, arm ergometer 5 min. Resistance bands. Borg RPE 12-13.
Telemetry: NSR 78-112, no ectopy. BP pre 124/76, peak 156/80, post 118/72. No angina.
Estimated METs 5.4 (up from 3.6 at entry, {{DATE:4/18/24}}).
Education: "Heart Healthy Eating" class with dietitian {{NAME:Bea Lindgren}}, RD. Quit smoking {{DATE:3/19/24}} - CO monitor 2 ppm today.
PHQ-9: 4. Return-to-work letter provided for her employer ({{FACILITY:Firelands Tool & Die}}, HR contact Mr. {{NAME:Ortiz}}).
Plan: advance workload 10%, continue to session 36, then phase III at {{FACILITY:Huron Family Fitness Center}}.
Exercise physiologist: {{NAME:Jordan Pike}}, MS, CEP   Medical director: {{NAME:K. Mensah}}, MD`,
  `ccu nsg note {{DATE:04/08/2024}} 0300
pt {{NAME:huang, wei-lin}} bed 7, {{FACILITY:kessler 4 ccu}}. day 2 s/p stemi, lad stent x2 (dr {{NAME:quintero-ames}}).
neuro: a&ox4, slept 2-3 h. asking for daughter.
cv: nsr 70s, occ pvc, 1 run 4 beats nsvt @ 0140 - dr {{NAME:raghunathan}} (fellow) aware, k 3.7 -> kcl 20 meq po given, mg 1.9 -> 2 g iv. r radial site c/d/i, +radial pulse, allen test not repeated. bp 108/64.
resp: ra 96%. lungs clear.
gi/gu: tolerating cardiac diet. voiding.
pain: 0/10.
iv: heparin gtt off at 2200 per order. ticagrelor 90 bid, asa 81, atorva 80, metop tart 12.5 bid.
psychosoc: daughter {{NAME:Mei Huang}} flying in from {{LOCATION:Vancouver}}, lands 0900; her cell {{PHONE:604-555-0183}}. pt's spouse deceased. speaks mandarin, interpreter line id {{ID:88412}} used at 0030.
safety: fall risk moderate (morse 45), bed alarm on.
-- {{NAME:d. okafor}} rn`,
  `STRUCTURAL HEART TEAM CONFERENCE
Date: {{DATE:Wednesday, 01/31/2024}}   Location: {{FACILITY:Bramblewood Heart Institute}}, Conference Rm 6B
Present: Drs {{NAME:Papadopoulos}} (CT surgery), {{NAME:Lindqvist}} (EP), {{NAME:Hollander}} (interventional), {{NAME:Solheim-Park}} (imaging); {{NAME:Nadia Ferreira}}, NP (valve coordinator)
Patient: {{NAME:Beatrix Lindqvist}} (no relation to Dr. {{NAME:Lindqvist}}), 83F, MRN {{MRN:0041877}}, referred from {{FACILITY:Harrow Valley Hospital}}.
Dx: severe symptomatic AS, AVA 0.8 cm2, mean gradient 44, EF 55-60%. NYHA III.
CTA {{DATE:1/26/2024}}: annulus perimeter 74 mm, area 421 mm2; LCA height 11 mm; iliofemoral 6.8/7.1 mm, mild calcification; porcelain aorta - no.
STS PROM 4.8%. Frailty: 5-m walk 7.2 s, KCCQ-12 41. Two independent surgeons' opinions documented ({{NAME:Papadopoulos}}, {{NAME:Ng-Ferraro}}).
Consensus: transfemoral TAVR with 26 mm balloon-expandable valve. Conscious sedation. Pre-op dental clearance from {{FACILITY:Harrow Dental Group}}.
Tentative date {{DATE:02/20/2024}}. Patient's niece {{NAME:Astrid Berg}} is primary contact ({{PHONE:555-467-3302}}, {{EMAIL:astrid.berg@fjordmail.example}}).
Recorder: {{NAME:N. Ferreira}}`,
  `VASCULAR SURGERY CONSULT
{{DATE:Sept 2, 2023}}  {{FACILITY:Tidewater Community Hospital}} ED
Requesting: ED Dr. {{NAME:Hollis}}     Consultant: {{NAME:Gunnar Holm}}, MD ({{FACILITY:Holm Vascular Associates}})
Pt: {{NAME:McAllister, Douglas "Dougie"}}  DOB {{DATE:3/3/1950}}  MRN {{MRN:TCH-0718822}}
HPI: 73M with known 5.1 cm AAA (US {{DATE:Feb 2023}}, due for EVAR planning) presents with back pain x 6 h. Hemodynamically stable, BP 142/88.
CTA: infrarenal AAA 5.9 cm, no rupture, no periaortic stranding. Neck length 18 mm, angulation 40 degrees. Iliacs patent, R CIA 14 mm.
Exam: pulsatile epigastric mass, nontender. Femoral and DP pulses 2+ bilat. No livedo. Grey Turner and Cullen signs absent.
A/P: symptomatic but intact AAA. Admit to vascular, BP control (SBP <130), urgent EVAR tomorrow AM if anatomy OK. NPO after midnight. Type and cross 2 units.
Lives alone at {{ADDRESS:301 Seaview Ave, Unit 12}}, {{LOCATION:Norfolk}}. Emergency contact: nephew {{NAME:Ross McAllister}} {{PHONE:757-555-0151}}.
{{NAME:G. Holm}}, MD   cell {{PHONE:757-555-0130}}`,
  `PRIOR AUTHORIZATION REQUEST - IMPLANTABLE CARDIOVERTER-DEFIBRILLATOR
Date: {{DATE:07/08/2024}}
To: Keystone Ridge Health Plan utilization review (payer fax 800-555-0110)
From: {{FACILITY:Mohawk Heart Rhythm Associates}}, {{ADDRESS:1500 Union St, Suite 200}}, {{LOCATION:Schenectady}}, NY {{ZIP:12308}}   Fax {{FAX:518-555-2210}}
Member: {{NAME:Oluwaseun Adebayo-Grant}}   DOB {{DATE:02/17/1971}}   Member ID {{HEALTH_PLAN:CHP-660218847-01}}   Group 7720
Ordering physician: {{NAME:Ishaq Al-Masri}}, MD   NPI {{LICENSE:1386724550}}
CPT 33249 (dual chamber ICD), ICD-10 I42.0, I50.22.
Clinical summary: non-ischemic dilated cardiomyopathy, LVEF 28% ({{DATE:01/10/2024}}) and 30% ({{DATE:06/25/2024}}) despite >3 months GDMT (sacubitril/valsartan 97/103 BID, metoprolol succinate 200, eplerenone 50, empagliflozin 10). NYHA II. QRS 108 ms, no LBBB - CRT not indicated. Cardiac MRI: no LGE suggestive of sarcoid. Genetic testing: TTN truncating variant.
Primary prevention meets guideline class I indication.
Authorization # requested; prior case {{ID:PA-24-5510273}} closed.
Contact: {{NAME:Rhea Castellanos}}, auth coordinator, {{PHONE:518-555-2243}}`,
  `STEMI page >> {{DATE:12/24/23 1948}} >> {{FACILITY:Brazos Valley EMS}} M14 to {{FACILITY:Post Oak Heart Hospital}}. 61yo F {{NAME:Guadalupe Ybarra}}, onset 1915 at family dinner, {{ADDRESS:2208 Live Oak Ln}}, {{LOCATION:Bryan}}. STE V1-V4 4 mm, TWI III. BP 104/70 HR 98. ASA 324 given, NTG x1 SL -> pain 8 to 6. Heparin 4000 U given per protocol. No WPW. Hx DM, on Ozempic-type GLP1. ETA 2005, direct to cath lab 2. Callback {{FACILITY:Brazos Valley EMS}} supervisor {{PHONE:979-555-0114}}.
>> REPLY {{DATE:12/24/23 1951}}: Cath team paged. IC Dr. {{NAME:Hollander}} en route (pager {{PHONE:979-555-8830}}). ED attending {{NAME:Fitzgerald-Oyelaran}} ack.
>> ARRIVAL 2003. Door-to-balloon clock started. Husband {{NAME:Rogelio}} and grandson {{NAME:Mateo}} in ED waiting; phone {{PHONE:979-555-0177}}.
>> {{DATE:12/24/23 2041}} prox LAD 100% -> DES 3.5 x 23. D2B 38 min. TIMI 3. Pt to CCU bed 4. {{NAME:mh}} (cath RN)`,
  `48-HOUR HOLTER MONITOR REPORT
{{FACILITY:Harrow Valley Hospital}} Cardiology     Hookup: {{DATE:03/04/2024 09:10}}   Removal: {{DATE:03/06/2024 09:25}}
Patient: {{NAME:Abimbola Fashola}}   MRN {{MRN:0062291}}   DOB {{DATE:8/8/1980}}   Recorder SN {{DEVICE:HR48-00932}}
Referring: {{NAME:Eun-ji Park}}, PA-C ({{FACILITY:Westbrook Internal Medicine}})
Indication: palpitations, near-syncope while jogging on {{DATE:2/25}}.
Total beats 212,448. Analyzable 47 h 38 min.
Rhythm: sinus, HR min 44 (sleep, 0312), mean 71, max 162 (sinus tachycardia with exercise diary entry "running").
Ventricular: 1,204 PVCs (0.6%), 2 couplets, no VT. Supraventricular: 318 PACs, one 9-beat run of SVT at 148 bpm on {{DATE:3/5/2024 17:42}} correlating with diary "fluttery."
Pauses: none >2.0 s. AV conduction: PR normal, no Mobitz or Wenckebach. No delta wave (not WPW). QTc 418 ms.
Diary events: 4, three correlate with sinus rhythm.
Conclusion: short SVT run correlating with symptoms; otherwise benign. Consider 30-day monitor or EP referral.
Scanned by: {{NAME:T. Oduya}}, CCT   Interpreted by: {{NAME:Marcus Reinholt}}, MD   {{DATE:03/08/2024}}`,
  `MYOCARDIAL PERFUSION IMAGING (SPECT), PHARMACOLOGIC
{{FACILITY:OHIO VALLEY HEART & VASCULAR INSTITUTE}} NUCLEAR CARDIOLOGY
Patient: {{NAME:Washington, Leroy}}   MRN {{MRN:OVH-2031874}}   Study date {{DATE:03/01/2024}}   Accession {{ID:NM-24-118290}}
Height 70 in, weight 248 lb, BMI 35.6. Unable to walk on treadmill (knee OA).
Protocol: 1-day rest/stress Tc-99m sestamibi, 10.2 mCi rest / 31.4 mCi stress. Regadenoson 0.4 mg IV. Aminophylline not required.
Hemodynamics: HR 68 -> 94, BP 138/80 -> 124/72. Symptoms: flushing, mild dyspnea.
ECG: no ischemic changes with infusion. Frequent unifocal PVCs.
Images: attenuation-corrected. Small, mild, fixed inferior defect consistent with diaphragmatic attenuation. No reversible defect. SSS 2, SRS 1, SDS 1. TID ratio 1.02.
Gated: LVEF 54%, normal wall motion. EDV 112 mL.
Impression: no ischemia; low-risk study.
Technologist {{NAME:Hannah Vo}}, CNMT; Nuclear physician {{NAME:Patrick O'Donnell-Reyes}}, MD. Copy to Dr. {{NAME:Eze}} and PCP Dr. {{NAME:Delacroix}}.
Signed {{DATE:03/01/2024 16:55}}`,
  `Cardiac MRI with and without gadolinium
Institution: {{FACILITY:Bramblewood Heart Institute}} Advanced Imaging, magnet 2 (1.5 T)
Name: {{NAME:Leroy Washington Jr.}}   DOB {{DATE:6/30/1955}}   MRN {{MRN:BHI-01044718}}   Date {{DATE:March 7, 2024}}
Referring: Dr. {{NAME:Chukwuemeka Eze}} (outside, {{FACILITY:Ohio Valley Heart & Vascular Institute}})
Indication: frequent PVCs, NSVT; r/o ARVC (Task Force criteria), sarcoidosis.
Technique: cine SSFP, T1/T2 mapping, LGE. Gadobutrol 0.1 mmol/kg. eGFR 72.
Findings: LVEDVi 88 mL/m2, LVEF 56%. RVEDVi 92 mL/m2, RVEF 51%, no regional RV akinesia or dyskinesia, no RV aneurysm. Native T1 1010 ms (normal), T2 48 ms. No LGE. Pericardium normal. No Kommerell diverticulum incidentally.
Impression: no imaging criteria for ARVC. No evidence of infiltrative disease or myocarditis (Lake Louise criteria negative).
Reported by {{NAME:Siddharth Menon}}, MD   co-signed Dr. {{NAME:Solheim-Park}}   {{DATE:3/8/24 09:40}}
Report routed to referring fax {{FAX:502-555-0101}} and uploaded to patient portal account {{ACCOUNT:PP-00418827}}.`,
  `DISCHARGE SUMMARY
{{FACILITY:TIDEWATER COMMUNITY HOSPITAL}}
PATIENT: {{NAME:OKONKWO, CHIDINMA}}   MRN: {{MRN:TCH-0731559}}   ADMIT: {{DATE:03/09/2024}}   DISCHARGE: {{DATE:03/13/2024}}
ATTENDING: {{NAME:RAYMOND HOLLIS}}, MD   PCP: {{NAME:AMARA IWU}}, DO
DIAGNOSES: NSTEMI; CAD S/P PCI TO PROXIMAL LAD ({{DATE:03/11/2024}}, AT {{FACILITY:BRAMBLEWOOD HEART INSTITUTE}} AFTER TRANSFER); HTN; HLD; OBESITY.
COURSE: 65 YO F PRESENTED WITH CHEST PRESSURE. TROPONIN PEAK 4.82. TRANSFERRED FOR CATH, RETURNED {{DATE:03/12/2024}} FOR COMPLETION OF CARE. ECHO EF 50%, ANTERIOR HYPOKINESIS. NO ARRHYTHMIAS ON TELEMETRY.
DISCHARGE MEDS: ASPIRIN 81 MG DAILY, TICAGRELOR 90 MG BID, ATORVASTATIN 80 MG QHS, METOPROLOL SUCCINATE 25 MG, LISINOPRIL 10 MG, NTG 0.4 MG SL PRN.
FOLLOW-UP: DR {{NAME:QUINTERO-AMES}} CARDIOLOGY CLINIC {{DATE:03/27/2024}} 10:30 AM; CARDIAC REHAB REFERRAL SENT. LIPID PANEL AND LFTS IN 6 WEEKS.
CONDITION: STABLE. DISPOSITION: HOME WITH HUSBAND ({{NAME:EMEKA OKONKWO}}, {{PHONE:757-555-0188}}).
DICTATED: {{NAME:RH}}/{{NAME:JB}}  JOB # {{ID:5527190}}`,
  `Device clinic - CRT-D check + lead advisory
{{DATE:09/12/2023}}   {{FACILITY:Bramblewood Heart Institute}} Device Clinic
Pt {{NAME:Gerald Fountaine}}, MRN {{MRN:BHI-00610288}}
Generator: Helion Cardiac Orion CRT-D, model OCD-770, SN {{DEVICE:HCO77048115}} (implanted {{DATE:04/04/2019}}).
RA lead SN {{DEVICE:HRA4420917}}; RV ICD lead Helion RX-65 SN {{DEVICE:RX65-0339128}} - under manufacturer advisory ({{DATE:Aug 2023}}) for conductor fracture; LV quadripolar lead SN {{DEVICE:LVQ-8812034}}.
Interrogation: battery 5.1 yr. RV HV impedance 58 ohm (stable), pace imp 420, no nonphysiologic short intervals, no noise. BiV pacing 96%. AF 2%, no VT/VF.
Lead-integrity alert algorithm enabled. Patient counseled re advisory; handout given. Remote monitoring every 3 months plus alert-driven.
Helion field clinical specialist {{NAME:Imani Rhodes}} ({{PHONE:555-820-4471}}) present and confirmed registry data.
NYHA III, see HF note {{DATE:10/3/23}}.
Signed: {{NAME:Yusuf Tanaka}}, MD; {{NAME:Kelechi Uzor}}, RN, CCDS`,
  `Anticoag clinic - telephone, Spanish interpreter (ID {{ID:40331}})   {{DATE:5-14-2024}} 14:20
Pt {{NAME:Efraín Castillo Mendoza}}, dob {{DATE:01-09-1958}}, ph {{PHONE:(915) 555-0126}}; wife {{NAME:Socorro}} also on line.
Dx: AF (CHA2DS2-VASc 4), warfarin since 2019. INR labile: 1.7, 3.9, 2.2, 4.4 over last 8 wks (TTR 41%).
Discussed switch to DOAC per Dr. {{NAME:Marisela Treviño}}. CrCl 68 mL/min (Cockcroft-Gault, wt 81 kg), no mechanical valve, no mitral stenosis.
Plan: stop warfarin tonight; check INR {{DATE:5/17}} at {{FACILITY:Clínica del Valle}} lab ({{ADDRESS:4120 Alameda Ave}}, {{LOCATION:El Paso}}, {{ZIP:79905}}); start apixaban 5 mg BID when INR <2.0.
Coverage: Medicaid managed care (Rio Grande Community Health Plan), member {{HEALTH_PLAN:PDN0093318224}}; apixaban on formulary, copay $0.
Rx sent to {{FACILITY:Farmacia San Judas}} fax {{FAX:915-555-0161}}.
Teach-back in Spanish completed. Pt asked whether he can still take "te de manzanilla" - ok. Avoid NSAIDs.
Enrolled in DOAC monitoring; next call {{DATE:6/14/24}}.
{{NAME:Ximena Robles}}, PharmD, CACP  ext {{PHONE:6620}}`,
  `VENOUS DUPLEX - BILATERAL LOWER EXTREMITY
{{FACILITY:Mercy Ridge Regional}} Vascular Lab, {{LOCATION:Youngstown}}    {{DATE:Jan. 5, 2024}}, 20:15 (STAT from ED)
Patient: {{NAME:Kowalski-Burns, Theresa}}   MRN {{MRN:MRR 0101763}}   DOB {{DATE:07.11.1969}}
Sonographer: {{NAME:Raj Patel-Whitmore}}, RVT   Ordered: ED Dr. {{NAME:Yoon}}
History: L calf swelling after flight from {{LOCATION:Frankfurt}} {{DATE:1/2/24}}; Wells score 3; on OCPs.
Findings, LEFT: acute-appearing occlusive thrombus in the popliteal vein extending to the posterior tibial and peroneal veins; noncompressible, distended, no flow on color Doppler. CFV and FV compressible with phasic flow and augmentation. Great saphenous vein patent. Small Baker's cyst 2.1 cm.
RIGHT: CFV compressible, phasic, normal response to Valsalva.
Impression: acute left popliteal and infrageniculate DVT. No May-Thurner pattern at CFV level (iliac not imaged).
Called to ED Dr. {{NAME:Yoon}} 20:40, read-back done.
Interpreted by: {{NAME:Olufemi Adeyemi}}, MD, RPVI, on {{DATE:1/5/24 21:02}}`,
  `SOCIAL WORK - ADVANCED HEART FAILURE / TRANSPLANT EVALUATION
{{DATE:06/17/2024}}    {{FACILITY:Bramblewood Heart Institute}}
Patient: {{NAME:Teodoro Sandoval}}, 57   MRN {{MRN:BHI-01033427}}
Met with pt and partner {{NAME:Leonard Birch}} (together since 2016).
Living: 2nd-floor apartment, {{ADDRESS:780 Calloway St, Apt 2F}}, {{LOCATION:Columbus}}, OH {{ZIP:43215}}; elevator available. Plan to stay with partner's sister {{NAME:Judith Birch}} in {{LOCATION:Dublin}}, OH within 2 h of center post-transplant.
Employment: forklift operator at {{FACILITY:Great Miami Logistics}} until {{DATE:Nov 2023}}; on short-term disability. Employer HR: {{PHONE:614-555-0190}}.
Insurance: commercial PPO via partner, subscriber ID {{HEALTH_PLAN:ZRX771204559}}; secondary Medicare pending (SSDI applied). SSN on file {{SSN:509-44-4418}}.
Support: partner, sister-in-law, friend {{NAME:Tomás Ocampo}}. Caregiver plan 24/7 x 3 months confirmed.
Substance: former smoker (quit 2015), no alcohol x 5 yr, UDS negative. SIPAT score 18 (acceptable).
Transportation: partner drives a 2019 sedan, plate {{VEHICLE:HKT-4471}}.
Assessment: psychosocially appropriate for listing. Referral to {{FACILITY:Heartline Support Group}} (meets at {{FACILITY:Grace Lutheran Church}}).
{{NAME:Camille Ostrowski}}, LISW-S   {{PHONE:614-555-0142}}`,
  `Patient portal message
From: {{NAME:Noor Haddad}} (proxy for {{NAME:Samir Haddad}})   Received {{DATE:Sun, Jun 9, 2024 at 8:47 PM}}
To: {{FACILITY:Lakeshore Heart Rhythm Clinic}} pool
Subject: INR machine reading
"Hi, my dad's home INR meter (CoagCheck-type, serial {{DEVICE:CGX-3318705}}) read 4.1 tonight. He takes warfarin 3 mg except 4.5 on Wednesdays since the pacemaker generator change. He had a nosebleed for 10 min yesterday that stopped with pressure. Should he skip tomorrow? Our new address is {{ADDRESS:62 Wayside Ct}}, {{LOCATION:Vermilion}} {{ZIP:44089}} if you are mailing the log sheets. My cell is {{PHONE:440-555-0152}}, email {{EMAIL:noor.haddad.rn@inboxly.example}}. Thank you - {{NAME:Noor}}"
Reply {{DATE:06/10/2024 08:12}}, {{NAME:Marta Ferreira}}, CDRN: Hold warfarin tonight, then resume 3 mg daily, recheck INR {{DATE:Thursday 6/13}}. Nosebleed that stops within 20 min is not an emergency; for bleeding that will not stop, black stools or severe headache go to the ED. I have forwarded to Dr. {{NAME:Tanaka}}. Proxy access expires {{DATE:12/31/2024}}; renew at {{URL:https://portal.lakeshoreheart.example/proxy?pt=556201}}.`,
  `FAX COVER SHEET  -  URGENT TRANSFER DOCUMENTS
TO: {{FACILITY:Ohio Valley Heart & Vascular Institute}} Transfer Center     FAX: {{FAX:502-555-0109}}
FROM: {{FACILITY:Calloway County Community Hospital}} ED, {{ADDRESS:803 Poplar St}}, {{LOCATION:Murray}}, KY {{ZIP:42071}}     FAX: {{FAX:270-555-0118}}  PHONE: {{PHONE:270-555-0117}}
DATE/TIME: {{DATE:07/21/2024 03:05}}     PAGES: 14 incl. cover
RE: {{NAME:TRAN, THI HOA}}    DOB {{DATE:09/14/1951}}    TC case {{ID:TC-2024-009183}}
Enclosed: ED note, CTA chest/abd/pelvis report (accession {{ID:CT24-0072231}}), labs (Hgb 11.9, Cr 1.1, lactate 2.4), ECG (no STEMI, LVH), MAR (esmolol 100 mcg/kg/min, nicardipine 7.5 mg/h, morphine 4 mg), code status FULL, POLST none, consent for transfer signed by son {{NAME:Minh Tran}}.
Sending physician: {{NAME:Beth-Ann Kessler}}, MD   Nurse: {{NAME:Kaylee Duvall}}, RN
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, call {{PHONE:270-555-0117}} and destroy all copies.`,
  `PULMONARY VEIN ISOLATION - CRYOBALLOON
Date of service: {{DATE:10/22/2024}}      {{FACILITY:Mohawk Valley Medical Center}}, EP suite
Patient: {{NAME:Piotrowski, Halina}}     MRN {{MRN:MVMC-77102934}}     FIN {{ACCOUNT:910022817364}}
Attending: {{NAME:Ishaq Al-Masri}}, MD     Fellow: {{NAME:Rory Fontenot}}, MD     Anesthesia: general, Dr. {{NAME:Okeke}}
Indication: symptomatic paroxysmal AF despite flecainide 100 mg BID; AF burden 23 h on remote ({{DATE:3/18/24}}). CHA2DS2-VASc 4; uninterrupted warfarin, INR 2.4 this morning.
Pre-procedure CT {{DATE:10/15/2024}}: 4 normal PVs, no LAA thrombus.
Access: R femoral vein, ultrasound guided; single transseptal via 8.5 Fr sheath (Brockenbrough technique), exchanged for 15 Fr steerable sheath. Heparin for ACT 300-350.
Ablation: 28 mm cryoballoon. LSPV 180 s, nadir -48 C; LIPV 180 s, -44 C; RSPV 180 s with phrenic pacing (CMAP monitored), -51 C; RIPV 2 x 180 s.
Entrance and exit block confirmed in all 4 veins with circular mapping catheter.
ICD (Helion Astra DR, SN {{DEVICE:HCA61004497}}) programmed to monitor-only by rep {{NAME:Imani Rhodes}}, restored post-procedure.
Complications: none. Figure-of-eight suture R groin.
Plan: warfarin tonight, no flecainide x 3 mo blanking, f/u {{DATE:1/21/25}}.
Husband {{NAME:Zbigniew Piotrowski}} updated ({{PHONE:315-555-0148}}).
{{NAME:IAM}}/{{NAME:cc}}`,
  `PERICARDIOCENTESIS  {{DATE:2024-02-11 01:35}}
Loc: {{FACILITY:North Fork Medical Center}} cath lab, emergent
Pt: {{NAME:Aaliyah Monroe-Baptiste}}   mrn {{MRN:NFMC-3402276}}   39 F
Operator: Dr. {{NAME:Ngozi Okafor-Reed}} (interventional)   Assist: Dr. {{NAME:Ben Cohen}} (fellow)
Indication: cardiac tamponade - large circumferential effusion, RV diastolic collapse, 30% respiratory variation in mitral inflow, pulsus paradoxus 22 mmHg, Beck's triad partially present. Hx lupus (SLE), recent flare.
Technique: subxiphoid approach under echo and fluoro guidance, 18 g needle, Seldinger, 8 Fr pigtail.
Opening pressure 18 mmHg, RA 19. Drained 640 mL serosanguinous. Post: pericardial pressure 2, RA 8, pulsus 6.
Fluid sent: cell count, culture, cytology, ANA; lab order # {{ID:ORD-8827190}}.
Drain left in place, to gravity. Echo post: trivial residual.
Complications: none.
Mother {{NAME:Claudette Baptiste}} informed by phone {{PHONE:(419) 555-0174}}, also notified rheumatologist Dr. {{NAME:Ashkenazi}} at {{FACILITY:Maumee Valley Rheumatology}}.
Signed {{NAME:N. Okafor-Reed}} {{DATE:02/11/2024 02:40}}`,
  `ed cards consult - syncope   {{DATE:8/3/24}} ~1600
asked by ed dr {{NAME:mcgraw}}. seen w/ dr {{NAME:eze}}.
pt {{NAME:devonte jackson}} 24 yo m, college basketball player at {{FACILITY:bluegrass christian college}}, collapsed during practice today at {{FACILITY:franklin county fieldhouse}}, witnessed by coach {{NAME:ray dubois}}. ~20 s LOC, no seizure activity, AED applied - "no shock advised."
fhx: uncle died suddenly age 31 in {{LOCATION:frankfort}}, "big heart."
ecg: sinus 58, LVH by voltage, deep TWI V4-V6, no delta wave, no Brugada pattern, qtc 441. no epsilon wave.
echo bedside: asymmetric septal hypertrophy ~22 mm, SAM +, LVOT gradient 64 mmHg at rest w/ Valsalva.
imp: HCM w/ obstruction, syncope - high risk. no competitive sports pending workup.
plan: admit tele, cmr, holter, genetic counseling, consider icd (HCM risk-SCD calc). hold off on diuretics.
mother {{NAME:tanya jackson}} on way from {{LOCATION:lexington}}, {{PHONE:859-555-0121}}.
{{NAME:r. okoye}} pgy-5 cards fellow, pgr {{PHONE:2297}}`,
  `DIALYSIS ACCESS SURVEILLANCE DUPLEX
{{FACILITY:Lakeshore Vascular Center}}    {{DATE:April 30, 2024}}
Patient: {{NAME:Mbeki, Thandiwe}}   MRN {{MRN:L-8831560}}   DOB {{DATE:11/19/1963}}
Referred by: {{FACILITY:Firelands Dialysis Unit}} (charge RN {{NAME:Lorna Pettibone}}, fax {{FAX:419-555-0191}})
Access: L upper arm brachiocephalic AVF created {{DATE:6/2022}} by Dr. {{NAME:Holm}}.
Reason: prolonged bleeding after needle removal, access flow down on Transonic-type measurement.
Findings: brachial artery inflow volume 620 mL/min (prior 1,340 mL/min on {{DATE:10/24/23}}). Anastomosis PSV 280 cm/s. Cephalic arch stenosis with PSV ratio 4.1 and diameter 2.6 mm. Outflow otherwise patent. No pseudoaneurysm; aneurysmal segment at needling zone 1.1 cm without thrombus. Steal: no reversal of flow in distal radial artery.
Impression: hemodynamically significant cephalic arch stenosis. Recommend fistulogram with angioplasty.
Scheduling: {{FACILITY:Lakeshore Vascular Center}} IR, pt phone {{PHONE:419-555-0106}}; dialysis MWF at 0600 chair 9.
Sonographer {{NAME:Ramona Begay}}, RVT. Physician {{NAME:O. Adeyemi}}, MD.`,
  `SURGICAL PATHOLOGY - ENDOMYOCARDIAL BIOPSY
Accession: {{ID:BHP-24-S-11830}}    Collected {{DATE:07/09/2024 09:30}}    Received {{DATE:07/09/2024 10:12}}
Patient: {{NAME:SANDOVAL, TEODORO}}    MRN {{MRN:BHI-01033427}}    Location: {{FACILITY:Bramblewood Heart Institute}} cath lab 1
Clinical: orthotopic heart transplant {{DATE:05/28/2024}} (bicaval), post-op week 6 surveillance. Donor-specific antibodies negative.
Gross: five fragments of tan myocardium, 0.1-0.3 cm, all submitted.
Microscopic: 5 evaluable fragments. One focus of perivascular lymphocytic infiltrate without myocyte damage. No Quilty effect. No ischemic injury. C4d immunostain negative in capillaries.
Diagnosis: Acute cellular rejection ISHLT 2004 grade 1R (mild). Antibody-mediated rejection pAMR 0.
Pathologist: {{NAME:Wilhelmina Osei-Bonsu}}, MD   Signed out {{DATE:7/10/2024 13:20}}
cc: transplant coordinator {{NAME:Erin Kapoor}}, RN ({{PHONE:614-555-0133}}); Dr. {{NAME:Nwosu}}`,
  `LVAD CLINIC VISIT
{{DATE:November 19, 2024}}   {{FACILITY:Bramblewood Heart Institute}} MCS Program
Patient: {{NAME:Ortega-Villalobos, Reinaldo}}   MRN {{MRN:BHI-00877341}}   DOB {{DATE:3/15/1960}}
Device: centrifugal LVAD implanted {{DATE:02/06/2023}} as destination therapy. Pump serial {{DEVICE:CFP-0334817}}; primary controller SN {{DEVICE:CTL-88120-B}}, backup controller SN {{DEVICE:CTL-88417-B}}.
Parameters: speed 5,600 rpm, flow 4.4 L/min, power 4.1 W, PI 3.2. No alarms in log since {{DATE:10/22}}. Low-flow event x1 on {{DATE:11/02/2024 14:07}} (dehydration, mowing lawn).
MAP by Doppler 82 mmHg. Driveline exit site: healed, no drainage (photo in chart). LDH 212. INR 2.3 (goal 2.0-3.0) on warfarin + ASA 81.
NYHA II. Walks 1 mile daily. No GI bleed.
Equipment: power module and batteries checked, 4 batteries with cycle counts <200.
Caregiver wife {{NAME:Yesenia}} present, competent with dressing changes.
Pt requests travel letter for flight to {{LOCATION:Guadalajara}} in {{DATE:December 2024}}; letter provided with VAD coordinator 24/7 line {{PHONE:614-555-0111}}.
Next visit 3 months. Echo speed ramp at next visit.
{{NAME:Adaeze Nwosu}}, MD / VAD coordinator {{NAME:Brett Lindahl}}, RN`,
  `WEARABLE CARDIOVERTER-DEFIBRILLATOR - ENROLLMENT
Date: {{DATE:01/17/2025}}      Ordering: Dr. {{NAME:Kwame Mensah}}, {{FACILITY:Lakeshore Heart & Vascular}}
Patient: {{NAME:Brandt, Wolfgang}}   DOB {{DATE:09/02/1958}}   Phone {{PHONE:419-555-0115}}   Home: {{ADDRESS:1408 Sycamore Line}}, {{LOCATION:Sandusky}}, OH {{ZIP:44870}}
Indication: new LVEF 25% after anterior STEMI ({{DATE:1/9/25}}), within 40-day window; revasc with PCI.
Garment size M, monitor serial {{DEVICE:WCD-4P-0091284}}, battery serials {{DEVICE:BT-228190}} and {{DEVICE:BT-228191}}.
Fitted by vendor clinical rep {{NAME:Shauna McBride}} ({{PHONE:555-380-1172}}). Patient and wife {{NAME:Ingeborg}} trained: wear 23+ h/day, response buttons, never touch patient during treatment sequence.
Daily wear compliance reviewed via online network, patient account {{ACCOUNT:WCN-66012934}}.
Insurance: Medicare Part B, MBI {{HEALTH_PLAN:5TQ2-HJ8-KN41}}; supplement Bluewater Medigap.
Repeat echo at 40 days (~{{DATE:2/18/25}}); if EF <=35%, ICD evaluation with Dr. {{NAME:Tanaka}}.
{{NAME:Precious Adjei}}, RN, heart failure navigator`,
  `PEDIATRIC ECHOCARDIOGRAM
{{FACILITY:Children's Heart Center of the Ozarks}}    Study {{ID:PE-24-2210}}    {{DATE:05/09/2024}}
Patient: {{NAME:Liam Nakamura-Reyes}}   Age 6 y   MRN {{MRN:CHCO-551903}}   BSA 0.82 m2
Diagnosis: hypoplastic left heart syndrome s/p Norwood (Sano), bidirectional Glenn ({{DATE:4/2019}}), extracardiac Fontan ({{DATE:8/14/2021}}) with 4 mm fenestration.
Findings: systemic RV, mildly depressed function (FAC 34%). Neoaortic valve mild regurgitation. Tricuspid (systemic AV valve) moderate regurgitation, unchanged. Fontan conduit unobstructed, phasic laminar flow, mean gradient <1 mmHg. Fenestration patent, right-to-left flow, gradient 6 mmHg. No pericardial effusion. No Ebstein anomaly features.
Comparison {{DATE:11/2023}}: stable.
Sedation: none; watched a movie.
Impression: stable Fontan circulation.
Sonographer: {{NAME:Kenzie Albright}}, RDCS (PE)   Cardiologist: {{NAME:Oksana Hrytsenko}}, MD
Parents {{NAME:Hiro Nakamura}} and {{NAME:Lucia Reyes}} given results; next visit with cardiac MRI at {{FACILITY:Springfield Children's Imaging}}. Family phone {{PHONE:417-555-0138}}.`,
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: {{NAME:Rosalind Achebe-Whitlock}}      DOB: {{DATE:04/27/1949}}      SSN: {{SSN:301-55-8821}}
Address: {{ADDRESS:5 Orchard Hill Rd, Apt 3C}}, {{LOCATION:Bangor}}, ME {{ZIP:04401}}      Phone: {{PHONE:207-555-0184}}
I authorize: {{FACILITY:Penobscot Bay Cardiology}}, {{ADDRESS:220 Union St}}, {{LOCATION:Bangor}}
To release to: {{FACILITY:Bramblewood Heart Institute}}, Valve Clinic, fax {{FAX:614-555-0102}}
Information: echo reports 2019-present, cath report {{DATE:10/30/2021}}, TEE images (DICOM), device interrogations (pacemaker SN {{DEVICE:NPV-2210-55813}}), anticoagulation clinic INR records.
Purpose: second opinion for mitral valve surgery (Carpentier IIIa, rheumatic).
This authorization expires {{DATE:June 30, 2025}}.
Signature: (signed) {{NAME:R. Achebe-Whitlock}}      Date: {{DATE:3/2/2025}}
Witness: {{NAME:Tyler Gendron}}, HIM specialist, ROI request # {{ID:ROI-250302-0447}}`,
  `Telephone encounter - MRI clearance for CIED      {{DATE:Fri 8/23/2024 10:05}}
Caller: {{NAME:Devin Kapoor}}, Helion Cardiac technical services, direct line {{PHONE:555-212-0193}} x{{PHONE:4417}}, re: patient {{NAME:Fountaine, Gerald}} ({{MRN:BHI-00610288}}).
Request: lumbar MRI ordered by ortho Dr. {{NAME:Abdi Warsame}} at {{FACILITY:Capital Spine & Joint}}, scheduled {{DATE:9/4/2024}} at {{FACILITY:Westgate Imaging Center}}.
System: Orion CRT-D generator SN {{DEVICE:HCO77048115}}; RV lead RX-65 (SN {{DEVICE:RX65-0339128}}) is NOT labeled MR-conditional; LV lead SN {{DEVICE:LVQ-8812034}} is. RA lead model RA-52, SN {{DEVICE:HRA4420917}}.
Per rep, system is non-conditional; would require off-label protocol with EP present, cardioversion pads, MRI mode DOO/VOO not possible given pacer dependency?
Checked: underlying rhythm AF 70s, not dependent.
Discussed with Dr. {{NAME:Tanaka}}: okay to proceed under the hospital's non-conditional device MRI protocol at main campus only (1.5 T, SAR <2 W/kg), not at outside center. Ortho office ({{PHONE:614-555-0170}}) notified to reschedule; pt notified at {{PHONE:(419) 555-0163}}.
{{NAME:Kelechi Uzor}}, RN, CCDS`,
  `LEFT HEART CATHETERIZATION / CORONARY ANGIOGRAPHY / FFR
{{FACILITY:MERCY RIDGE REGIONAL}} CARDIAC CATH LAB      DATE: {{DATE:19-JUL-2024}}     START 08:14  END 09:02
PATIENT: {{NAME:FITZGERALD, COLM PATRICK}}     MRN: {{MRN:MRR 0110394}}     ACCOUNT: {{ACCOUNT:MRR-A-5520917}}
PHYSICIAN: {{NAME:HOLLANDER, JUDAH}} MD        FELLOW: {{NAME:DIALLO, MARIAM}} MD       SCRUB: {{NAME:ZEKE PARR}}, RCIS
INDICATION: CCS CLASS II ANGINA, INTERMEDIATE-RISK SPECT (ANTERIOR ISCHEMIA, {{DATE:07/02/2024}}).
ACCESS: RIGHT FEMORAL ARTERY, MICROPUNCTURE, 6 FR. ALLEN TEST NOT PERFORMED (FEMORAL).
CATHETERS: JL4, JR4 (JUDKINS), AL1 (AMPLATZ) FOR ANOMALOUS RCA FROM LEFT CUSP.
FINDINGS: LM NORMAL. LAD 60-70% MID, FFR 0.76 AT 140 MCG/KG/MIN ADENOSINE -> SIGNIFICANT. LCX MINIMAL. RCA ANOMALOUS, NON-DOMINANT, NO STENOSIS. NO INTERARTERIAL COURSE ON PRIOR CT.
LV GRAM: EF 60%. LVEDP 14.
INTERVENTION: STAGED PCI OF MID LAD PLANNED {{DATE:07/23/2024}} WITH DR {{NAME:HOLLANDER}}.
CLOSURE: 6 FR VASCULAR CLOSURE DEVICE, HEMOSTASIS ACHIEVED. BEDREST 2 H.
WIFE {{NAME:SORCHA}} IN WAITING ROOM B UPDATED. HOME {{PHONE:330-555-0169}}.
D: {{NAME:JH}}  T: {{NAME:AMC}}  {{DATE:07/19/2024 11:48}}  DOC ID {{ID:RPT-99381274}}`,
  `transfer log  {{DATE:3/2/25}}
0112 call from {{FACILITY:st. brendan's community hosp}} ({{LOCATION:logan}}, wv) ed, dr {{NAME:abernethy}} - requesting transfer of {{NAME:ruby mae hatfield}}, 80 f, dob {{DATE:2/2/1945}}, mrn there {{MRN:SBC-004418}}, complete heart block, hr 32, on dopamine 10, transcutaneous pacing intermittently capturing.
0118 paged dr {{NAME:al-masri}} (ep), pager {{PHONE:304-555-6602}}. accepted 0124 for temp wire + ppm.
0126 no icu beds at main campus -> accepted to {{FACILITY:kanawha heart pavilion}} cvicu bed 11.
0131 ground transport by {{FACILITY:mingo county ambulance}}, unit 4, crew w/ transvenous pacing capability? no - aeromedical requested instead: {{FACILITY:mountaineer air}} flight 2, tail {{VEHICLE:N62MA}}.
0204 flight lifted. ins: wv medicaid, id {{HEALTH_PLAN:WVM40991735}}.
0233 arrived. pt's grandson {{NAME:cody hatfield}} driving, {{PHONE:304-555-0125}}.
case closed 0240. tc rn {{NAME:b. lowery}}, case {{ID:TC-25-000412}}`,
  `CT Surgery Progress Note - POD#3
{{DATE:12/25/2022}}  0645   {{FACILITY:Kessler 4}} CVICU -> stepdown today
{{NAME:Stanley Wojcik}}, 73M, s/p CABG x4 ({{DATE:12/22}}).
S: pain 3/10, ambulated 2x with PT. Some confusion overnight per RN {{NAME:Blessing Adeyemi-Lowe}} - oriented now. Son {{NAME:Stanley Jr.}} at bedside.
O: T 37.4, HR 88 AF (new, since 0200), BP 118/70, SpO2 95% 2L NC. CT output 90 mL/8 h serous - pulled. Sternum stable. R leg EVH site clean. L radial harvest site ok, hand warm, normal sensation.
Labs: Hgb 9.2, Cr 1.4 (baseline 1.2), K 3.9, Mg 1.8.
CXR: small L effusion, no PTX.
A/P: 
1. Post-op AF - amiodarone bolus 150 mg then gtt; replete Mg/K. If persists >48 h, anticoagulate (CHA2DS2-VASc 4).
2. Delirium - CAM-ICU +, non-pharm measures, avoid benzos.
3. Pacing wires - remove POD#4 if rhythm stable.
4. Dispo - likely home with VNA ({{FACILITY:Detroit Metro Home Health}}) vs rehab at {{FACILITY:Grosse Pointe Manor}}.
{{NAME:Ji-woo Baek}}, MD (CT surgery PGY-4); seen with Dr. {{NAME:Papadopoulos}}`,
  `CARDIAC SURGERY CONSULT - INFECTIVE ENDOCARDITIS
{{DATE:June 3rd, 2024}}    {{FACILITY:Tidewater Community Hospital}} MICU bed 14
Pt: {{NAME:Kyle "KJ" Brennan-Moss}}   DOB {{DATE:5/20/1992}}   MRN {{MRN:TCH-0744017}}
Consult by {{NAME:Helena Papadopoulos}}, MD (visiting from {{FACILITY:St. Odilia Medical Center}}), requested by Dr. {{NAME:Farouk Haidari}} (ID).
HPI: 32M with IVDU (fentanyl), MSSA bacteremia x 5 days, TTE/TEE: 1.8 cm mobile vegetation on anterior mitral leaflet with severe MR, no abscess. Embolic: splenic infarct, Janeway lesions on soles, no Roth spots. Duke criteria definite.
Housing: staying at {{FACILITY:Harbor Light Men's Shelter}}, {{ADDRESS:110 Brambleton Ave}}, {{LOCATION:Norfolk}}. Mother {{NAME:Denise Moss}} is contact ({{PHONE:757-555-0142}}).
Assessment: indication for early surgery (large vegetation with embolism, severe MR). Mitral repair vs replacement.
Plan: surgery {{DATE:6/6/24}} pending dental panorex and head CT (r/o mycotic aneurysm). Addiction medicine consult for buprenorphine. MOUD continuity arranged with {{FACILITY:Tidewater Recovery Clinic}}.
Insurance: Virginia Medicaid, ID {{HEALTH_PLAN:VA-MCD-118842990}}.
{{NAME:HP}}, CT surgery`,
  `{{FACILITY:Riverbend Anticoagulation Service}}
{{ADDRESS:88 Depot Square}}, {{LOCATION:Hallowell}}, ME {{ZIP:04347}}  -  {{PHONE:207-555-0111}}

{{DATE:September 9, 2024}}

Dear Mrs. {{NAME:Pelletier}},
Your colonoscopy with Dr. {{NAME:Lemieux}} at {{FACILITY:Kennebec Endoscopy Center}} is on {{DATE:Tuesday, September 24, 2024}}. Because you have a mechanical aortic valve, your warfarin must be "bridged" with enoxaparin injections. Please follow this calendar:
- {{DATE:Sept 19}}: take your LAST warfarin dose.
- {{DATE:Sept 21}} and {{DATE:Sept 22}}: enoxaparin 70 mg under the skin every 12 hours.
- {{DATE:Sept 23}}: enoxaparin 70 mg in the MORNING only. No evening dose.
- {{DATE:Sept 24}}: procedure. No enoxaparin.
- Evening of {{DATE:Sept 24}}: restart warfarin 7.5 mg if Dr. {{NAME:Lemieux}} says bleeding risk is low.
- INR check {{DATE:Oct 1}} at {{FACILITY:Riverbend Pharmacy}}.
Your daughter {{NAME:Gail Pelletier-Roy}} asked to receive a copy at {{EMAIL:gail.proy@northwoodsnet.example}}.
Call us with any questions or bleeding.
Sincerely,
{{NAME:Jennifer M. Kinney}}, RN, CACP
cc: Dr. {{NAME:Villanueva}}; Dr. {{NAME:O'Shaughnessy}}`,
  `EXERCISE ABI / TREADMILL VASCULAR STUDY
{{FACILITY:Lakeshore Vascular Center}} - {{LOCATION:Huron}} satellite     {{DATE:Dec 12, 2023}}
Pt {{NAME:Kenji Ishikawa}}, MRN {{MRN:L-8820147}}. Tech {{NAME:Ramona Begay}}, RVT.
Protocol: Gardner-Skinner graded treadmill, 2 mph, 0% grade increasing 2% q2min. Stopped at 4:10 for L calf pain (onset 1:45). Max walking distance 136 m.
Resting ABI: R 0.94, L 0.58. Post-exercise (1 min): R 0.81, L 0.22; L ankle pressure recovery >10 min.
Waveforms: L PT/DP monophasic.
Impression: lifestyle-limiting claudication L (Rutherford 3) with significant exercise drop. Supports L SFA revascularization after 12 weeks of supervised exercise therapy failed (SET at {{FACILITY:Erie Shores Wellness Center}}, completed {{DATE:11/30/23}}).
Referral: endovascular eval with Dr. {{NAME:Gunnar Holm}}; pre-procedure labs at {{FACILITY:Quarry Road Lab}}.
Copy: Dr. {{NAME:Szymanski}}, DPM; pt's email {{EMAIL:k.ishikawa1951@wavenet.example}}.
Electronically signed {{NAME:O. Adeyemi}}, MD {{DATE:12/12/2023 16:31}}`,
  `ILR REMOTE MONTHLY SUMMARY
Monitoring period {{DATE:02/01/2024}} - {{DATE:02/29/2024}}     Clinic: {{FACILITY:Harrow Valley Hospital}} Device Clinic
Patient: {{NAME:Mac Giolla Bhríde, Fiona}}    MRN {{MRN:00563318}}    ILR serial {{DEVICE:PWR300417A}} (Pulsewatch PW-ILR3)
Transmissions: 29/29 daily, last {{DATE:2/29/2024 02:14}} from home hub (Wi-Fi, IP {{IP:192.168.77.14}}).
Episodes:
- AF: 3 episodes, longest 6 h 12 min starting {{DATE:02/17/2024 22:40}}, V rate 96-128. Adjudicated TRUE AF by {{NAME:M. Reinholt}}, MD (EGM reviewed).
- Pause: 0. Brady: 0. Tachy: 2 (both sinus tach, false).
- Patient-activated: 1 ({{DATE:2/17 23:05}}) - corresponds to AF.
Battery OK. R-wave amplitude 0.39 mV.
Action: AF detected after cryptogenic stroke - meets criteria for anticoagulation. Message sent to neurology Dr. {{NAME:Pradeep Venkataraman}} and PCP Dr. {{NAME:Yeboah}} ({{FAX:555-611-0199}}). Patient called at {{PHONE:555-611-0140}}; she will start apixaban 5 mg BID today after Rx sent to {{FACILITY:Westbrook Apothecary}}.
Reviewed by {{NAME:Esther Nakashima-Blume}}, MD   {{DATE:03/01/2024}}`,
  `24-h AMBULATORY BLOOD PRESSURE MONITORING REPORT
{{FACILITY:St. Odilia Hypertension & Vascular Clinic}}       Order # {{ID:ABPM-23-0517}}
Pt: {{NAME:Nakagawa, Saburo}}   DOB {{DATE:10-Oct-1938}}   MRN {{MRN:SOMC4401187}}
Device: oscillometric ABPM unit, serial {{DEVICE:ABP-90217-77}}; cuff L arm, adult large.
Start {{DATE:11/28/2023 09:20}}, end {{DATE:11/29/2023 09:05}}. Valid readings 61/68 (90%).
Daytime (0700-2200): mean 152/84, HR 66. Nighttime (2200-0700): mean 141/76 - non-dipper (dip 7%).
24-h mean 148/81. Morning surge 38 mmHg. Load >50%.
No white-coat effect (office 150/86). No symptomatic hypotension; one reading 98/58 at 1420 after lunch, pt asymptomatic.
Impression: sustained hypertension, non-dipping pattern. Consider bedtime dosing of amlodipine; screen for OSA (STOP-BANG 5).
Interpreted by {{NAME:Vikram Chaudhry}}, MD. Results mailed to pt at {{ADDRESS:231 Chene St}}, {{LOCATION:Hamtramck}}, MI {{ZIP:48212}}; daughter-in-law {{NAME:Aiko Nakagawa}} ({{PHONE:313-555-0148}}) handles his mail.`,
  `Cardio-Oncology Consultation
{{FACILITY:Bramblewood Heart Institute}} / {{FACILITY:Scioto Cancer Center}} joint clinic     {{DATE:08-13-2024}}
Patient: {{NAME:Rebecca Oyinlola-Hart}}, 46 F    MRN {{MRN:BHI-01120876}}
Referring oncologist: {{NAME:Dmitri Voskresensky}}, MD
Dx: HER2+ breast cancer (L), s/p AC x4 (cumulative doxorubicin 240 mg/m2), now on trastuzumab q3wk since {{DATE:5/6/24}}.
Echo {{DATE:8/9/24}}: LVEF 49% (baseline 61% on {{DATE:1/22/24}}), GLS -15.2% (baseline -20.4%, >15% relative decline). Troponin hs 22 ng/L (baseline 6). NT-proBNP 410.
Assessment: cancer therapy-related cardiac dysfunction (CTRCD), moderate, asymptomatic per ESC 2022 definitions.
Plan: hold trastuzumab (discussed with Dr. {{NAME:Voskresensky}} by phone, {{PHONE:614-555-0158}}); start candesartan 4 mg and carvedilol 3.125 mg BID. Repeat echo with strain in 3 weeks (~{{DATE:9/3/24}}). Resume if EF >=50%.
Patient teaches at {{FACILITY:Olentangy Ridge Elementary}}; work note provided. Husband {{NAME:Marcus Hart}} present.
{{NAME:Sunita Raghavan}}, MD, cardio-oncology`,
  `INTERFACILITY CRITICAL CARE TRANSPORT - RUN REPORT
Agency: {{FACILITY:Tri-State Critical Care Transport}}   Unit CCT-3   Incident # {{ID:24-CCT-07731}}   {{DATE:04/26/2024}}
From: {{FACILITY:Calloway County Community Hospital}} ICU bed 2 -> To: {{FACILITY:Ohio Valley Heart & Vascular Institute}} CVICU
Pt: {{NAME:Jessup, Harlan Wayne}}   DOB {{DATE:12/24/1948}}   Wt 92 kg
Dx: anterior STEMI s/p late PCI, cardiogenic shock (SCAI C), IABP placed at sending facility.
IABP console serial {{DEVICE:IAB-C9-00618}}, catheter 40 cc, L femoral, lot 3319A, 1:1 ECG trigger. Augmented diastolic 108, assisted systolic 88. Norepinephrine 0.08 mcg/kg/min, dobutamine 2.5.
Timeline: at bedside 1402, depart 1431, arrive 1628. Wheels at 1631.
En route: 2 runs NSVT, amiodarone 150 mg given. Balloon alarm x1 (low helium) - tank changed. Limb check L foot warm, DP dopplerable.
Crew: {{NAME:Shonda Rucker}}, RN, CFRN; {{NAME:Luis Arceneaux}}, FP-C (lic {{LICENSE:KY-P-22817}}); driver {{NAME:Earl Tidwell}}. Ambulance VIN {{VEHICLE:1FDUF5HT4LEC11873}}.
Receiving RN: {{NAME:Oyuki Tanabe}}. Pt's wife {{NAME:Darlene}} following, {{PHONE:270-555-0164}}.`,
  `General Cardiology Follow-up
{{DATE:Mar 18 2024}} - {{FACILITY:Westbrook Heart Associates}}, {{ADDRESS:900 Commerce Pkwy, Ste 140}}, {{LOCATION:Westbrook}}, ME {{ZIP:04092}}
Patient: {{NAME:Santos, Maria da Conceição}}   DOB {{DATE:12/02/1960}}   Acct {{ACCOUNT:WHA-0044712}}
Seen by: {{NAME:Aisling Dempsey}}, NP; attending {{NAME:Marcus Reinholt}}, MD
Visit history: {{DATE:09/14/2022}} new pt (FH premature CAD: brother MI age 44); {{DATE:03/20/2023}} CAC score 212 (88th percentile, MESA); {{DATE:09/25/2023}} started rosuvastatin 20.
Today: no angina. Walking 30 min 5x/wk. BP 134/82, HR 64, BMI 29.
Lipids ({{DATE:3/11/24}}): TC 168, TG 142, HDL 48, LDL 92 (Friedewald) / 88 (direct). Lp(a) 148 nmol/L. ApoB 94. A1c 5.9.
ASCVD PCE 10-yr risk 11.2% (pre-statin). Framingham not used.
Plan: increase rosuvastatin to 40 mg; add ezetimibe 10 mg if LDL >70 at 8 wk. Discuss Lp(a) cascade screening for her children ({{NAME:Tiago}} and {{NAME:Beatriz}}). Aspirin not indicated.
Prefers Portuguese materials; speaks English well. Works as bookkeeper at {{FACILITY:Casco Bay Marine Supply}}.
Next: lipid panel at {{FACILITY:Quarry Road Lab}}, visit 6 months.
{{NAME:AD}}/{{NAME:MR}}`,
  `PROCAINAMIDE CHALLENGE - ELECTROPHYSIOLOGY LAB
{{FACILITY:Mohawk Valley Medical Center}}    {{DATE:Feb 27, 2025 10:30}}
Pt: {{NAME:Nguyen Van Long}}   ("{{NAME:Long}}")   MRN {{MRN:MVMC-77130582}}   DOB {{DATE:4/4/1987}}
Physician: {{NAME:Ishaq Al-Masri}}, MD; RN {{NAME:Faith Odhiambo}}
Indication: syncope while asleep {{DATE:1/30/2025}}; brother {{NAME:Nguyen Van Minh}} died suddenly at 33 in {{LOCATION:Da Nang}}. Baseline ECG type 2 (saddleback) pattern in V2 at high lead placement; no WPW, normal QTc.
Protocol: procainamide 10 mg/kg IV over 10 min with V1-V2 recorded in 2nd, 3rd and 4th ICS. Crash cart, isoproterenol at bedside.
Result: at 7 min, coved ST elevation 2.4 mm in V1 (2nd ICS) - diagnostic type 1 Brugada pattern. Infusion stopped. No ventricular arrhythmia. QRS widened 18% (<30%).
Impression: positive drug challenge - Brugada syndrome with arrhythmic syncope.
Plan: ICD implant discussion (S-ICD vs transvenous), fever precautions, avoid drugs on brugadadrugs list, SCN5A genetic testing, cascade screening of sister {{NAME:Nguyen Thi Lan}}.
Interpreter Vietnamese, ID {{ID:VN-2204}}. Pt contact {{PHONE:518-555-0132}}.
{{NAME:I. Al-Masri}}, MD`,
  `cath holding handoff {{DATE:10/2/24}} 1130 - {{NAME:jess}} rn to {{NAME:marco}} rn
pt: {{NAME:abdullahi warsame}} 66m, bay 3. post dx cath via r radial (dr {{NAME:diallo}}). 
results: 2v cad (lad 80, om 70), ef 45. going to surgery consult - dr {{NAME:papadopoulos}} team aware, will see this pm.
tr band: 14 ml in at 1045, deflate 2 ml q15 starting 1245 per protocol. r hand warm, cap refill <2 s, pleth ok (barbeau a before).
vs stable 128/70, 72 sr.
ivf ns 75/h x 2 h (contrast 95 ml, cr 1.3).
meds: held metformin x 48 h. asa given am. no heparin post.
diet: ok to eat.
family: wife {{NAME:hodan}} in lounge, speaks somali, son {{NAME:ahmed}} interprets, cell {{PHONE:612-555-0195}}.
home address on file {{ADDRESS:2525 Cedar Ave S, #311}}, {{LOCATION:minneapolis}} {{ZIP:55404}} - needs ride home if discharged, no car.
allergy: iodinated contrast - premedicated w/ prednisone 50 (13/7/1 h) + diphenhydramine.`,
  `DOBUTAMINE STRESS ECHOCARDIOGRAM
{{FACILITY:Harrow Valley Hospital}} Echo Lab    Exam date {{DATE:July 2, 2024}}    Accession {{ID:DSE-24-00519}}
Patient: {{NAME:Greenwood-Achebe, Lionel}}   MRN {{MRN:0070218}}   DOB {{DATE:5-5-1951}}
Indication: pre-op risk stratification before open AAA repair (RCRI 3), unable to exercise.
Protocol: dobutamine 5-10-20-30-40 mcg/kg/min, atropine 1 mg. Peak HR 131 (88% APMHR). BP 146/80 -> 162/78.
ECG: 1 mm horizontal ST depression II, III, aVF at peak, resolving at 4 min recovery. Rare PVCs.
Images (Definity-type contrast): rest EF 55%, normal wall motion. Peak: new hypokinesis of basal-mid inferior and inferolateral walls (3 of 17 segments). WMSI rest 1.0, peak 1.18.
Impression: positive for inducible ischemia in RCA/LCx territory, moderate extent. Recommend cardiology consultation prior to surgery.
Called to Dr. {{NAME:Gunnar Holm}}'s office ({{PHONE:555-720-3304}}) and vascular NP {{NAME:Dorothea Quist}}.
Sonographer {{NAME:Kiran Bhatt}}, RDCS; stress nurse {{NAME:Philippa Orr}}, RN
Physician: {{NAME:Ingrid Solheim-Park}}, MD   {{DATE:07/02/2024 13:48}}`,
  `Valve clinic - 30-day post-TAVR
{{DATE:03/21/2024}}   {{FACILITY:Bramblewood Heart Institute}} Structural Heart Clinic
Pt {{NAME:Beatrix Lindqvist}} (b. {{DATE:2/9/1941}}), accompanied by niece {{NAME:Astrid}}.
TAVR {{DATE:02/20/2024}}: 26 mm balloon-expandable valve, serial {{DEVICE:THV26-8830147}}, transfemoral R, Perclose x2. Post-op new LBBB, no PPM. Discharged POD 1.
Now NYHA I-II. KCCQ-12 from 41 to 78. 6-minute walk 312 m.
Echo today: mean gradient 9 mmHg, peak velocity 2.0 m/s, EVOA 1.7 cm2, no paravalvular leak, EF 60%.
ECG: sinus, LBBB, PR 210. 30-day event monitor not needed (no high-grade block on Holter {{DATE:3/1}}).
Meds: aspirin 81 mg (single antiplatelet). Endocarditis prophylaxis card and valve ID card given. TVT registry data entered.
Follow-up: 1-year echo {{DATE:Feb 2025}} at {{FACILITY:Harrow Valley Hospital}}; return to {{NAME:Samuel Achterberg}}, NP, for primary care.
{{NAME:Nadia Ferreira}}, NP; Dr. {{NAME:Hollander}}`,
  `OPERATIVE NOTE - ICD GENERATOR CHANGE (ERI)
DATE: {{DATE:09/30/2024}}    {{FACILITY:St. Odilia Medical Center}} EP Lab 1
PATIENT: {{NAME:MARTINEZ-OKAFOR, ESPERANZA}}   MRN {{MRN:SOMC4460032}}   AGE 61
OPERATOR: {{NAME:ANDERS LINDQVIST}}, MD (VISITING)    ASSIST: {{NAME:KEELY BRANDT}}, RN
INDICATION: ELECTIVE REPLACEMENT INDICATOR REACHED {{DATE:09/12/2024}} (REMOTE). PRIMARY PREVENTION ICD FOR HCM, IMPLANTED {{DATE:2016-10-04}}.
EXPLANTED: HELION ASTRA VR, SN {{DEVICE:HCA50012277}}. RETURNED TO MANUFACTURER FOR ANALYSIS, RETURN KIT # {{ID:RMA-77120}}.
IMPLANTED: HELION ASTRA VR 2, MODEL AVR-560, SN {{DEVICE:HCA56030815}}.
EXISTING RV LEAD (MODEL RX-70, SN {{DEVICE:RX70-1182204}}): R WAVE 9.8 MV, PACE IMP 512, HV IMP 64, THRESHOLD 0.8 V. NO FRACTURE ON FLUORO.
POCKET: CAPSULECTOMY PARTIAL, ANTIBACTERIAL ENVELOPE. DFT NOT TESTED.
PROGRAMMED: VF 220, VT 180 (MONITOR), ATP DURING CHARGE ON.
EBL <10 ML. NO COMPLICATIONS.
DRIVING: NO RESTRICTION FOR GENERATOR CHANGE ONLY (1 WEEK). PT DRIVES FOR {{FACILITY:MOTOR CITY PARATRANSIT}}.
PT'S SISTER {{NAME:ROSA MARTINEZ}} TO DRIVE HOME, {{PHONE:313-555-0116}}.
{{NAME:AL}}/{{NAME:KB}} {{DATE:09/30/2024 12:20}}`,
  `EVAR Surveillance - CTA and Duplex Review
{{DATE:3 September 2024}}      {{FACILITY:Holm Vascular Associates}}, {{LOCATION:Virginia Beach}}
Patient: {{NAME:Douglas McAllister}}   DOB {{DATE:3/3/1950}}   Chart # {{MRN:HVA-10872}}
EVAR {{DATE:09/03/2023}} at {{FACILITY:Tidewater Community Hospital}}: bifurcated endograft main body serial {{DEVICE:EGB-2814-0077}}, contralateral limb serial {{DEVICE:EGL-1612-0391}}, R iliac extension serial {{DEVICE:EGL-1610-0402}}.
1-yr CTA: sac diameter 5.4 cm (from 5.9). No type I or III endoleak. Small type II endoleak from IMA, stable. Limbs patent, no kinking. Renal arteries patent.
Duplex: sac 5.3 cm, no flow in sac except IMA branch.
Assessment: favorable sac regression, type II endoleak - observe.
Plan: duplex in 12 months (avoid contrast, eGFR 52). Lives alone; nephew {{NAME:Ross}} brings him. Pt moved to {{ADDRESS:14 Shore Dr, Apt 5}}, {{LOCATION:Chesapeake}}, VA {{ZIP:23320}}; phone {{PHONE:757-555-0139}}.
{{NAME:Gunnar Holm}}, MD, FACS   NPI {{LICENSE:1902846631}}`,
  `hf telemonitoring daily review   {{DATE:Mon 1/13/2025}}
pt {{NAME:eleanor whitfield-nash}} (hfref), enrolled after admit {{DATE:1/7/25}}.
devices: bluetooth scale sn {{DEVICE:SC-44810-92}}, bp cuff sn {{DEVICE:BPC-71822-03}}, hub cell modem imei {{DEVICE:356938035643809}}.
trend: wt 81.2 -> 82.9 kg over 3 days (+1.7), bp 142/88, hr 88. sx survey: "more swollen ankles", 2 pillows.
alert tier: yellow. called pt {{PHONE:555-918-2230}} at 0940 - no answer. called son {{NAME:duane}} ({{PHONE:555-918-2207}}): says she ate ham at church supper at {{FACILITY:first methodist of oneonta}} sat.
per hf protocol (dr {{NAME:nwosu}} standing order) extra torsemide 40 mg x1 today, recheck wt tomorrow; bmp {{DATE:1/15}} at {{FACILITY:susquehanna valley lab}}.
if wt up >1 kg more -> same-day visit at {{FACILITY:bramblewood hf clinic}}.
sodium education repeated. portal msg sent via {{URL:https://mychart.bramblewood.example/msg/331877}}.
{{NAME:s. odom}} rn, hf telehealth`,
  `DEATH NOTE - CCU
{{DATE:February 2, 2025 04:17}}
Called by RN {{NAME:Tavita Faleolo}} to evaluate {{NAME:Cornelius Abernathy}}, {{AGE:91}}-year-old man, {{FACILITY:North Fork Medical Center}} CCU bed 9, DNR/DNI, comfort measures since {{DATE:2/1}} for end-stage ischemic cardiomyopathy and cardiorenal syndrome.
Exam: no spontaneous respirations, no heart sounds x 1 min, no pulse, pupils fixed, no response to stimulus. Monitor: asystole. Pacemaker spikes noted without capture (device in VVI 40, magnet not applied).
Pronounced dead at 04:17.
Family: daughter {{NAME:Winifred Abernathy-Cole}} at bedside; son {{NAME:Desmond}} notified by phone ({{PHONE:555-306-4418}}).
Autopsy declined. Medical examiner not required (expected death). Organ procurement organization notified 04:40, referral # {{ID:OPO-25-11093}}: not a candidate, tissue only.
Pacemaker (SN {{DEVICE:NPV-1804-20931}}) to be removed by funeral home ({{FACILITY:Hollister & Sons Funeral Home}}) before cremation.
Attending Dr. {{NAME:Brightwater}} notified. Death certificate to be completed by attending.
{{NAME:Lakshmi Subramanian}}, MD (cardiology fellow)`,
  `PERIPHERAL ANGIOGRAM AND INTERVENTION
Date: {{DATE:01/09/2024}}    Facility: {{FACILITY:Lakeshore Vascular Center}}, IR suite    Case # {{ID:IR24-0093}}
Patient: {{NAME:Ishikawa, Kenji}}    MRN {{MRN:L-8820147}}
Operator: {{NAME:Gunnar Holm}}, MD     Sedation RN: {{NAME:Omari Banks}}
Access: R CFA retrograde, up-and-over to L with 6 Fr 45 cm sheath. Heparin 6000 U.
Angiography: L CFA/profunda patent. L SFA occluded from mid segment 13 cm, reconstitutes at Hunter canal. Popliteal patent. 2-vessel runoff (AT, peroneal); PT occluded.
Intervention: crossed intraluminally with 0.035 wire. Atherectomy not used. PTA 5 x 150 mm drug-coated balloon, then 6 x 120 mm self-expanding stent for flow-limiting dissection. Final: <10% residual, brisk flow.
Closure: R CFA closure device. Distal pulses: L DP dopplerable, improved.
Post: DAPT clopidogrel 75 + aspirin 81 x 1 month, then SAPT. Rivaroxaban 2.5 mg BID (VOYAGER-style) - discuss.
Wife {{NAME:Sachiko}} updated; home {{PHONE:419-555-0117}}.
{{NAME:GH}}/{{NAME:ob}}  {{DATE:1/9/2024 13:05}}`,
  `ANTICOAGULATION CLINIC - NEW PATIENT INTAKE
{{DATE:Thursday, April 11, 2024}}    {{FACILITY:Four Corners Anticoagulation Clinic}}, {{LOCATION:Farmington}}, NM
Patient: {{NAME:Begay, Harrison}}   DOB {{DATE:06/06/1956}}   MRN {{MRN:FCA-300172}}   IHS chart # {{MRN:NN-884102}}
Referred by: {{NAME:Lorraine Yazzie}}, FNP, {{FACILITY:Shiprock Health Station}}
Indication: LV apical thrombus after anterior MI ({{DATE:03/29/2024}}), EF 35%. Warfarin chosen (DOAC cost); target INR 2.0-3.0, planned 3 months, then repeat echo.
History of HIT? No (platelets stable on heparin {{DATE:3/29-4/2}}). No prior bleeding. HAS-BLED 2.
Diet: eats mutton stew, frybread, greens from garden in summer - counseled on consistent vitamin K.
Starting dose: 5 mg daily (warfarin sensitivity genotype not done). INR today 1.9 (after 7 days of therapy).
Lives 45 miles away at {{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Sanostee}} {{ZIP:87461}}; no home phone, cell {{PHONE:505-555-0131}} (spotty). Granddaughter {{NAME:Shandiin Begay}} ({{PHONE:505-555-0157}}) coordinates rides.
Interpreter: Navajo, by staff {{NAME:Irene Tsinajinnie}}.
Plan: INR weekly via POC at {{FACILITY:Shiprock Health Station}}, results faxed to {{FAX:505-555-0166}}.
{{NAME:Kimberly Tsosie}}, PharmD`,
  `CARDIAC REHABILITATION DISCHARGE SUMMARY
Program: {{FACILITY:Lakeshore Cardiac Rehabilitation}}     Dates: {{DATE:04/18/2024}} to {{DATE:08/01/2024}}
Participant: {{NAME:KAUR, HARPREET}}    DOB {{DATE:10/21/1966}}    Sessions attended: 36/36
Diagnosis: STEMI s/p RCA PCI ({{DATE:03/19/2024}}).
Outcomes:
- METs: 3.6 -> 7.1 (Bruce-equivalent exit GXT {{DATE:7/29/24}}, no ischemia)
- 6MWT: 380 m -> 515 m
- Weight: 78.4 -> 74.0 kg; waist 96 -> 90 cm
- LDL 118 -> 52 on atorvastatin 80 + ezetimibe 10
- PHQ-9 7 -> 3; tobacco-free since {{DATE:3/19/24}}
- Returned to full duty at work {{DATE:6/24/24}}
Home exercise prescription: 40 min walking 5 days/wk at HR 100-120, RPE 12-13.
Maintenance: phase III membership, {{FACILITY:Huron Family Fitness Center}}, M/W/F.
Sent to: Dr. {{NAME:Kwame Mensah}} and PCP Dr. {{NAME:Navjot Sandhu}} ({{FACILITY:Erie Shores Primary Care}}, fax {{FAX:419-555-0145}}).
Exercise physiologist {{NAME:J. Pike}}, MS, CEP`,
  `DEVICE CLINIC PHONE NOTE  {{DATE:05/28/2024 15:10}}
PT: {{NAME:TAKAHASHI, MICHIKO}}  MRN {{MRN:0058814}}  PPM CORVANTIS VERITAS DR MRI SN {{DEVICE:CVD420196K}}
CALLER: DAUGHTER {{NAME:YUKI TAKAHASHI-BELL}} ({{PHONE:330-555-0182}}), REPORTS PT "HEART RACING WHEN WALKING UP STAIRS, THEN TIRED."
REMOTE REVIEWED: SENSOR-DRIVEN RATES TO 128 BPM WITH MINIMAL ACTIVITY. AP 88%. NO AT/AF. LEADS STABLE.
IMPRESSION: RATE RESPONSE TOO AGGRESSIVE.
ACTION: PER DR {{NAME:Y. TANAKA}}, REPROGRAM REMOTELY NOT POSSIBLE - IN-OFFICE {{DATE:5/30/24}} 0900 AT {{FACILITY:MERCY RIDGE REGIONAL}} DEVICE CLINIC, 2ND FLOOR, WITH CORVANTIS REP {{NAME:DANA WHITCOMBE}}.
PT ALSO ASKED ABOUT AIRPORT SECURITY FOR TRIP TO {{LOCATION:OSAKA}}; DEVICE ID CARD SUFFICES, WALK THROUGH NORMALLY, AVOID WAND LINGERING OVER DEVICE.
WOUND HEALED PER {{DATE:5/24}} CHECK.
{{NAME:R. BIANCHI}}, RN`,
  `ECG over-read log - {{FACILITY:North Fork Medical Center}} - reader: {{NAME:Kai-Lun Chen}}, MD - {{DATE:11/07/2024}}
1. {{NAME:Yates, Orville}} ({{MRN:NFMC-2291047}}) 0712: sinus brady 52, 1st deg AVB (PR 232), otherwise nl. Computer read "AF" - incorrect.
2. {{NAME:Oyelowo, Funmilayo}} ({{MRN:NFMC-3419980}}) 0735: AF with RVR 134, nonspecific ST-T. CHA2DS2-VASc per team.
3. {{NAME:Bright, Sterling}} ({{MRN:NFMC-3390012}}) 0801: short PR (108), delta wave, QRS 124 - Wolff-Parkinson-White pattern. Notify primary (Dr. {{NAME:Fairweather}}).
4. {{NAME:Lopez-Quiñones, Ana}} ({{MRN:NFMC-3420157}}) 0822: paced rhythm, 100% V-paced, appropriate capture. Compare {{DATE:10/15/24}} - unchanged.
5. {{NAME:Holter, Mark}} ({{MRN:NFMC-1108823}}) 0840: sinus, LVH with strain, QTc 489 - on sotalol, flag to pharmacy (not to be confused with Holter study ordered for pt #1).
6. {{NAME:Ngata, Hemi}} ({{MRN:NFMC-3421003}}) 0903: STE V1-V3 2 mm, coved - ?Brugada type 1 vs early repolarization; called to ED Dr. {{NAME:Sorensen}} 0910.
Total reads this batch: 6. Critical results: #3, #6.`,
  `Clinical Pharmacy Note - Amiodarone Monitoring
{{DATE:2024-06-05}}   {{FACILITY:Mohawk Heart Rhythm Associates}}
Pt: {{NAME:Halina Piotrowski}}   DOB {{DATE:1947-01-02}}   on amiodarone 200 mg daily since {{DATE:2023-11-20}} (post-cryo PVI plan changed to rhythm control after recurrence).
Baseline labs ({{DATE:11/2023}}): TSH 2.1, AST/ALT 22/19, PFTs with DLCO 78%, CXR clear, eye exam normal (Dr. {{NAME:Feinberg}}, ophthalmology).
Today: TSH 6.8 (high), free T4 1.2 (normal) - subclinical hypothyroid. LFTs: AST 64, ALT 71 (>2x ULN? no, ~1.8x). QTc 478 ms.
Interactions: warfarin - INR rose 2.4 -> 3.5 after start; warfarin reduced 25% (done {{DATE:12/2023}}). Simvastatin switched to pravastatin. Digoxin none.
Recommendations to Dr. {{NAME:Al-Masri}}: recheck TSH/LFT in 6 weeks; consider dose reduction to 100 mg if sinus maintained; annual PFT/CXR next {{DATE:11/2024}}.
Pt informed via phone {{PHONE:315-555-0148}}; husband {{NAME:Zbigniew}} manages pillbox.
Pharmacy: {{FACILITY:Utica Corner Drug}}, Rx # {{ID:RX7730219}}.
{{NAME:Olamide Bankole}}, PharmD, BCCP`,
  `E-CONSULT: CARDIOLOGY
Submitted {{DATE:10/01/2024 16:22}} by {{NAME:Eun-ji Park}}, PA-C, {{FACILITY:Westbrook Internal Medicine}}
Patient: {{NAME:Fashola, Abimbola}}   MRN {{MRN:0062291}}   Age 44
Question: Holter earlier this year showed 9-beat SVT run correlating with symptoms. Now episodes weekly, lasting up to 5 min, terminate with Valsalva. No syncope. Echo normal. Should we start a beta-blocker or refer for ablation? She is a long-distance runner (trains with {{FACILITY:Portland Harbor Striders}}).
Response {{DATE:10/03/2024 08:05}} by {{NAME:Marcus Reinholt}}, MD:
Short-RP narrow complex tachycardia likely AVNRT; no pre-excitation on resting ECG, so not WPW. Both options reasonable. Given recurrent symptoms and athletic lifestyle, I favor EP referral for ablation (success ~95%, heart block risk <1%). Interim: metoprolol tartrate 25 mg PRN "pill-in-pocket" or diltiazem 30 mg PRN. Teach modified Valsalva (legs raised). Avoid stimulant pre-workout supplements.
Referral placed to Dr. {{NAME:Nakashima-Blume}}, EP, {{FACILITY:Harrow Valley Hospital}}; scheduler {{PHONE:555-611-0155}}.
Time spent: 15 min (CPT 99452/99451).`,
  `Adult Congenital Heart Disease Clinic
{{DATE:6/27/2024}}   {{FACILITY:Bramblewood Heart Institute}} ACHD   Clinic rm 12
{{NAME:Elias Ferreira-Lund}}, 29 M, MRN {{MRN:BHI-00233091}}, DOB {{DATE:2/14/1995}}
Dx: Marfan syndrome (FBN1 variant), s/p valve-sparing aortic root replacement (David procedure) {{DATE:2018-09-12}} by Dr. {{NAME:Papadopoulos}}. Not a Bentall. Mild residual AI.
Today: asymptomatic. BP 118/70 on losartan 100 mg. Ghent criteria documented. Ectopia lentis (followed at {{FACILITY:Caldwell Eye Institute}}).
Imaging: MRA {{DATE:6/20/2024}}: graft intact; arch 3.1 cm, descending 2.8 cm (stable). TTE: EF 58%, mild AI, MVP without MR.
Discussion: partner {{NAME:Noa Shapiro}} is pregnant (due {{DATE:11/2024}}); 50% inheritance discussed; genetics referral to {{NAME:Rachel Amsel}}, CGC. 
Activity: avoid isometric/contact sports; he coaches youth chess at {{FACILITY:Clintonville Community Center}}.
Follow-up 1 year with MRA.
{{NAME:Hana Dvořáková}}, MD, ACHD`,
  `STEMI PROGRAM - EMS FEEDBACK LETTER
{{FACILITY:Post Oak Heart Hospital}} Chest Pain Center     {{DATE:January 8, 2024}}
To: Capt. {{NAME:Rhonda Villareal}}, Clinical Coordinator, {{FACILITY:Brazos Valley EMS}}, {{ADDRESS:1600 Texas Ave S}}, {{LOCATION:College Station}}, TX {{ZIP:77840}}
Re: Medic 14 crew, incident {{ID:BVEMS-23-124419}}, {{DATE:12/24/2023}}
Patient initials: {{NAME:G.Y.}}, 61 F
Thank you for your outstanding care. Metrics:
- First medical contact 1938; 12-lead 1943 (FMC-to-ECG 5 min); prehospital activation 1948.
- Door 2003; wire crossing 2041. Door-to-device 38 min; FMC-to-device 63 min (goal <90).
- Culprit: proximal LAD occlusion, DES. Peak troponin 58,000 ng/L. EF 40% at discharge, home {{DATE:12/28/2023}}.
Crew recognized: paramedics {{NAME:Dustin Kerr}} and {{NAME:Ana Lucía Benavides}}, EMT {{NAME:Q. Tran}}.
Opportunity: 12-lead transmission failed (router IP {{IP:10.12.44.7}} timeout); photo of ECG sent via secure text instead.
Please share with the crew. Questions: {{NAME:Marla Ostendorf}}, RN, STEMI coordinator, {{PHONE:979-555-0102}}, {{EMAIL:m.ostendorf@postoakheart.example}}.`,
  `palliative care / hf - goals of care + icd deactivation   {{DATE:11.04.2024}}
pt: {{NAME:gerald fountaine}}, 68 m, mrn {{MRN:bhi-00610288}}, {{FACILITY:bramblewood heart institute}} 7 north (room 7112)
present: pt, wife {{NAME:marlene}}, daughter {{NAME:colette fountaine-diaz}} (hcp, {{PHONE:614-555-0197}}), dr {{NAME:nwosu}}, chaplain fr. {{NAME:ambrose}}, me.
context: stage d hfref, inotrope-dependent (milrinone 0.25), not lvad/transplant candidate (frailty, ckd 4). nyha iv.
pt's words: "i don't want to be shocked at the end. i want to go home to the farm."
decisions: dnr/dni. deactivate icd tachy therapies, keep crt pacing on (symptom benefit). home hospice with {{FACILITY:Licking County Hospice}}, home milrinone via {{FACILITY:Buckeye Infusion Services}}.
device: crt-d sn {{DEVICE:HCO77048115}} - deactivation by device rn {{NAME:k. uzor}} at 1430 with helion programmer; magnet letter given to wife for emergencies.
address for hospice intake: {{ADDRESS:6621 Canal Rd}}, {{LOCATION:Hebron}}, oh {{ZIP:43025}}.
polst completed and signed. 
{{NAME:Miriam Oduya-Strand}}, md, palliative medicine`,
  `RESEARCH ENROLLMENT NOTE
Study: "Remote Monitoring to Reduce Heart Failure Readmissions" (NCT05512345, IRB #2023-0417), sponsor-blinded, 2:1 randomization.
Site: {{FACILITY:North Fork Medical Center}}, PI {{NAME:Kai-Lun Chen}}, MD    Coordinator: {{NAME:Brianna Kowalczyk-Ames}}, CCRC
Date of consent: {{DATE:09/16/2024 13:45}} (consent version 4.0, dated 2024).
Participant: {{NAME:Yates, Orville T.}}   MRN {{MRN:NFMC-2291047}}   Study ID {{ID:052-0187}} (coded; key kept by site)
Eligibility: HFrEF EF 30%, hospitalized {{DATE:09/10/2024}} to {{DATE:09/14/2024}}, NYHA III, NT-proBNP 2,900. No LVAD. Not pregnant (male). Age 74.
Consent process: read aloud, teach-back; wife {{NAME:Bernadette Yates}} present. Pt signed; copy given. HIPAA authorization signed.
Randomized to intervention arm: wearable patch serial {{DEVICE:RMP-3390-11742}}, gateway phone IMEI {{DEVICE:490154203237518}}, study portal login {{URL:https://hfstudy-portal.example.org/u/yates-o}}.
Stipend: $50 per visit to account ending {{ACCOUNT:4471}}; mailed to {{ADDRESS:49 Quarry Hill Rd}}, {{LOCATION:Cooperstown}}, NY {{ZIP:13326}}.
Next study visit {{DATE:10/14/2024}} (day 28 window +/- 3 days).`,
];

export const HELDOUT_REALISTIC_52_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout52-${i + 1}`, n));
