// A hundred-and-fifth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places used only as
// LOCATION). Its theme is cardiology and critical care: CVICU, CCU and MICU flowsheets (drips in
// mcg/kg/min, hemodynamic tables, ECMO circuit checks, TTM and sedation/delirium sheets), cath lab,
// right heart cath, pericardiocentesis, temporary wire, IABP, TEE/cardioversion, EP study and
// ICD implant reports, echo, dobutamine stress echo, nuclear and Bruce protocol treadmill reports
// (METs, EF%, Duke score), Holter and 14-day patch reports, cardiac MRI, device clinic
// interrogations, remote monitoring transmissions and triage queues with pacemaker/ICD/CRT-D,
// lead, monitor and controller serial numbers next to model numbers, source IP addresses and
// report URLs, a remote monitoring enrollment form, wearable defibrillator fitting, LVAD
// coordinator phone notes, LVAD clinic visits, alarm calls and anticoagulation calls, cardiac
// rehab sessions, intake face sheets, virtual sessions and progress letters, ICU family meetings
// (with interpreters, relatives' names and honorifics), code blue records, a hot debrief, a rapid
// response record and a Code STEMI paging log, transfer center calls (accepted and declined),
// nurse-to-nurse transfer reports, ambulance and helicopter handoffs with unit numbers and
// aircraft tail numbers, an international air ambulance repatriation, ICU and CVICU discharge and
// LTACH transfer summaries, a death pronouncement, a death certificate worksheet, a condolence
// letter, OPO referral calls, a prior authorization request, a billing abstract, an HL7-like
// monitor export, an ADC override report with fingerprint template IDs, a device safety event
// report, a visitor-restriction security note, a research screening log, a referral letter, an
// e-consult, secure chats, a portal message and an email thread, a bed board, a telemetry alarm
// log, and pharmacy, nutrition, PT, social work, case management and home health notes. Ages over
// 89 are written as Age 93, 91 y/o, 96M, (ninety) and in a screening table.
// Look-alikes that are NOT PHI and appear throughout: NYHA class, TIMI, GRACE, CHA2DS2-VASc,
// HAS-BLED, SCAI stage, INTERMACS profile, SOFA, RCRI, SYNTAX, STS and EuroSCORE II, Duke treadmill
// score, Duke criteria, SIPAT, RASS, CAM-ICU, CPOT, PHQ-9, AM-PAC; eponyms and brands (Swan-Ganz,
// Impella, HeartMate 3, LifeVest, Holter, Bruce protocol, Levine grade, Korotkoff, Allen test,
// Barbeau, Seldinger, Wolff-Parkinson-White, Brugada, Kussmaul sign, Austin Flint murmur, Beck's
// triad, de Musset, Quincke, Mobitz, Wenckebach, Osborn waves, Simpson biplane, Harlequin check,
// Definity, NuStep, Pyxis, Philips, Dermabond, Vicryl); drug drips and doses (norepinephrine 0.08
// mcg/kg/min, milrinone 0.25 mcg/kg/min, heparin 1000 units/h, amiodarone 0.5 mg/min); lead names
// (V1-V6, V4R, aVF, lead II), QTc values, intervals and lab values; device and lead model numbers
// (W1DR01, 5076-52, D314VRM, DA-412, 6935M/65, C2TR01), lot numbers and lot expiries (exp 05/2026),
// NCT and protocol numbers, asset tags, payer names and group numbers, ICD-10, CPT and DRG codes,
// EMS units (Medic 22, Medic 4, Medic 7), rooms, beds and stations (4-01, 512B, CCU-3, OR 6, 5
// West), cath lab and EP lab numbers, POD#2, HD#9, clock times alone, shift and visit time ranges
// after a date (1900-0700, 1010-1105), years alone (quit 2019), states and countries (MN, VA, OK,
// Portugal, Japan), and kin terms and honorifics (Dr., Fr., Padre, Sra., Lt.).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-22 final engine
// (53b0dfe) 0.9853 / 0.9660; pass-23 engine (9420f77, whose rules were made from sets
// 2-104, 108 and 109 without reading this one) 0.9895 / 0.9659.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Also: honorifics in other
// languages (Ong, Hastiin, Pere, Mama, Brother) stay outside NAME spans like titles; a highway
// mile marker or intersection where a person was is ADDRESS; a date range written as one token
// (4/11-4/15/92) is one DATE span; a city abroad is LOCATION wherever it appears.
// Added for this set: a month/day without a year (3/4, mar 13, 27 mar 24) is a DATE;
// a clock time next to a month/day without a year stays outside the span (3/4 0700 ->
// [3/4] 0700), while one attached to a date with a year is inside; compact all-digit dates
// (03042024, 030424) and military-style dates (4MAR24) are DATE; an age over 89 is AGE however it
// is written (91yo -> [91]yo, 92F -> [92]F, [ninety-three]), ages of 89 and under are not; a
// nickname, first name alone, last name alone, lower-case name or initials standing for a person
// (pt, family or staff, incl. typist and signer initials like -TK) are NAME, one span per
// occurrence, and a nickname in quotes or brackets is its own span; ranches, reservations,
// pueblos, villages, chapters and rural communities as places are LOCATION, while a chapter house,
// clinic, trading post, ranch or school as an employer or a place of care is FACILITY; rural routes,
// HC/RR boxes, PO boxes, BIA/county road addresses and mile markers are ADDRESS; EMS unit and rig
// numbers, dialysis chairs and machine numbers, rooms and beds, and team pagers named by function
// written without a number are not PHI; an EMS run number, a critical-value call reference and a
// refill request number are ID; a home PD cycler, CGM transmitter or pump serial is DEVICE; a
// file name or reference number of a patient's face photo is PHOTO; a fingerprint, palm-vein or
// voiceprint template number is BIOMETRIC.
// Also: kin terms and honorifics (Mamaw, Uncle, Aunt, Grandpa, Sister, Pr., Sra., Sr., Don, Atty.,
// Sgt, Cpl., Agent) and newborn labels (baby girl, baby boy, Baby, Twin A) stay outside NAME spans,
// and a Yup'ik kin term used as a form of address ("Aaka") is not annotated; trauma aliases
// (TRAUMA, TANGO; DOE, ZULU) are NAME; an age over 89 written in error is still AGE; a hospital
// hailed on the radio by its short name is FACILITY; a county named with Co (Elko Co, Custer Co) is
// LOCATION; tribal citizen, passport, booking, badge and parcel tracking numbers are ID; a VA ICN
// is MRN; MIMIC placeholders standing for a country or a state are not annotated; a medicine's
// expiry, a pharmacy's delivery van, a government vehicle number and wound photos without a file
// reference are not PHI; a mention of a name as a word ("June is pt's name") is still NAME.
// Added for this set: an aircraft tail number (N417NS) is VEHICLE, while an EMS unit, a base or a
// flight number is not PHI; pacemaker, ICD, CRT-D, lead, home monitor, Holter, patch, LVAD pump
// and controller, Impella console, ECMO console, cooling device, IABP console, temporary pacing box,
// wearable defibrillator, home INR meter and BP cuff serials are DEVICE, while model numbers,
// catheter and battery lot numbers and asset tags are not PHI; a month with a year (03/2019,
// Jan 2026) is a DATE; a compact HL7 timestamp is a DATE and a facility code in HL7 fields (KVMC)
// is FACILITY; the source IP of a remote transmission, monitor or workstation is IP and a report
// or portal link is URL; transfer center, code blue, rapid response, safety event, OPO and ME
// referral, mission, UNOS candidate, research subject, interpreter, recording, protective order,
// badge, e-consult, activation and message-control numbers are ID; a CSN is ACCOUNT; a funeral
// director's licence is LICENSE; a face photo file or reference (of a patient or of a restricted
// visitor) is PHOTO, while a wound-site photo without a file reference is not; a county named
// with County (Lubbock County) is LOCATION; an alias name given for confidentiality is NAME.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES: string[] = [
  `CVICU FLOWSHEET - {{FACILITY:Whitcombe 4 CVICU}}, {{FACILITY:Kestrel Valley Medical Center}}
Pt: {{NAME:HOLLOWAY, DENNIS R}}   MRN {{MRN:KV-00418823}}   Acct {{ACCOUNT:77120954}}
Adm {{DATE:03/11/2024}}   Attending: Dr. {{NAME:Anand Velury}}   RN: {{NAME:M. Okafor}}
---------------------------------------------------------------
Time  HR   Rhythm    ABP      MAP  CVP  PAP    CI   SvO2
0700  112  AF RVR    96/58    70   14   44/22  1.9  58
0800  104  AF        101/60   74   13   42/21  2.1  61
0900  98   AF        108/64   79   12   40/20  2.3  64
Drips: norepinephrine 0.08 mcg/kg/min, dobutamine 2.5 mcg/kg/min, amiodarone 0.5 mg/min
Swan-Ganz @ 52 cm R IJ, wedge 18. Impella CP at P-6, flow 3.1 L/min, purge 7 mL/h, no suction alarms.
Impella console SN {{DEVICE:IMP-CP-3318470}}; placed in cath lab {{DATE:3/11/24 0215}}.
QTc 478 on amio. K 3.6 -> 40 mEq KCl; Mg 1.9 -> 2 g IV.
Wife {{NAME:Carol}} at bedside, cell {{PHONE:(555) 310-4482}}. Son {{NAME:Kyle Holloway}} flying in from {{LOCATION:Anchorage}} tonight.
0700-1900 shift, report to {{NAME:Tess}} RN at 1915.   -{{NAME:MO}}`,
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Penrose Heart & Vascular Institute}} - Cath Lab 3
Patient: {{NAME:Marguerite A. Solberg}}    DOB: {{DATE:07/19/1949}}    MRN: {{MRN:004417762}}
Procedure date: {{DATE:April 2, 2024}}   Referring: Dr. {{NAME:Lyle Abernathy}}, {{FACILITY:Bridger Family Medicine}}
Operator: {{NAME:Priya Ramaswamy}}, MD   NPI {{LICENSE:1588204731}}
Indication: NSTEMI, TIMI risk score 4, GRACE 142. Troponin I peak 8.4 ng/mL.
Access: R radial 6 Fr, Allen test nl (Barbeau B). Heparin 5000 units IA, verapamil 2.5 mg.
Findings: LM nl. LAD 90% mid, TIMI 2 flow. LCx 40% OM1. RCA dominant, 30% prox.
LVEDP 24 mmHg. LVEF ~40% by ventriculogram, anterior hypokinesis.
Intervention: 3.0 x 28 mm DES to mid LAD (stent lot 0241187-22), post TIMI 3 flow, 0% residual.
Contrast 140 mL iohexol. Fluoro 11.2 min, air kerma 742 mGy.
CPT 92928, 93458. ICD-10 I21.4.
TR band on at 14:52, deflate per protocol.
Plan: DAPT ASA 81 + ticagrelor 90 bid x 12 mo, atorvastatin 80, TTE in AM.
Pt's husband {{NAME:Orrin}} updated in waiting area, cell {{PHONE:555-238-0914}}.
Dictated {{DATE:04/02/2024 15:10}} / transcribed {{NAME:jw}}`,
  `TRANSTHORACIC ECHOCARDIOGRAM
Name: {{NAME:Oyelaran, Babatunde}}   MRN {{MRN:M2290461}}   Age/Sex: 67 M   Ht 178 cm Wt 104 kg
Study date {{DATE:5/14/2024}}   Location: {{FACILITY:Tamarack Medical Center}} Echo Lab, Rm 2
Ordering: {{NAME:S. Whitfield}}, NP   Sonographer: {{NAME:Ines Barraza}}, RDCS
Indication: dyspnea, NYHA class III, r/o cardiomyopathy (I50.9)
Findings:
 - LV mildly dilated, LVIDd 6.1 cm. EF 30-35% (Simpson biplane 32%). GLS -11%.
 - Grade II diastolic dysfunction, E/e' 16.
 - RV nl size, TAPSE 17 mm. RVSP 46 mmHg.
 - Mod MR, central jet. Mild AI; no Austin Flint murmur noted on exam.
 - No pericardial effusion. IVC 2.3 cm, <50% collapse.
Comparison: prior TTE {{DATE:09/03/2021}} at {{FACILITY:Quillan Memorial Hospital}}, EF 45%.
Images archived, accession {{ID:ECH24-0518832}}. Outside CD from {{LOCATION:Lubbock}} pending upload.
Pt's wife {{NAME:Folake}} asked for copy; sent to {{EMAIL:folake.oyelaran@postbox.example}} per signed release.
Read by {{NAME:Harold Tsai}}, MD, FASE {{DATE:05/14/2024 16:42}}`,
  `EXERCISE TREADMILL TEST - BRUCE PROTOCOL
Pt: {{NAME:Rueben Castellanos}}   DOB {{DATE:2/28/1961}}   MRN {{MRN:ACA-5503917}}
Date: {{DATE:Thursday, June 6, 2024}}
Site: {{FACILITY:Alderbrook Cardiovascular Associates}}, {{ADDRESS:2210 Ferris Ave, Suite 300}}, {{LOCATION:Roanoke}}, VA {{ZIP:24014}}
Referring: Dr. {{NAME:Jenna Pruitt}}
Resting ECG: NSR 72, PR 160 ms, no delta wave (no WPW pattern), no Brugada morphology V1-V2. QTc 421.
Exercise: 9:14 min, stage 4 reached, 10.2 METs. Peak HR 148 (92% MPHR). Peak BP 188/84.
Stopped for fatigue. No angina.
ST: 1.5 mm horizontal depression V4-V6 at peak, resolved by 3 min recovery.
Duke treadmill score 9.2 - (5 x 1.5) - (4 x 0) = 1.7 (intermediate risk).
Arrhythmia: rare PVCs in recovery, no couplets.
Impression: positive ECG response at high workload, good functional capacity. Rec coronary CTA.
Supervising: {{NAME:Marcus Feld}}, MD.  Tech: {{NAME:Brianne}}.
Copy to PCP fax {{FAX:555-410-8827}}.`,
  `DEVICE CLINIC - PACEMAKER INTERROGATION
{{FACILITY:Ferncliff Sisters of Charity Hospital}} Device Clinic   Ph {{PHONE:555-014-2290}}   Fax {{FAX:555-014-2291}}
Patient: {{NAME:Ethel M. Gunderson}}   Age {{AGE:93}}   MRN {{MRN:FC0088127}}
Visit {{DATE:07/22/2024}}
Device: dual-chamber PPM, model W1DR01, serial {{DEVICE:RNB481120S}}, implanted {{DATE:03/2019}} by Dr. {{NAME:Okonkwo}}
RA lead model 5076-52 SN {{DEVICE:PJN7713904}}; RV lead model 5076-58 SN {{DEVICE:PJN7713311}}
Battery 2.98 V, est longevity 4.5 yr. Mode DDDR 60/130.
RA: P 2.8 mV, thresh 0.75 V @ 0.4 ms, imp 512 ohm
RV: R 9.1 mV, thresh 1.0 V @ 0.4 ms, imp 608 ohm
AP 38%, VP 97%. Mode switch 14 episodes, longest 3h12m, AF burden 2.1%.
CHA2DS2-VASc 5. On apixaban 2.5 mg bid (age >80, Cr 1.6).
Remote: enrolled, next transmission {{DATE:10/21/2024}}; bedside monitor last check-in from {{IP:203.0.113.58}}.
Daughter {{NAME:Linnea Strand}} ({{PHONE:555-214-8806}}) manages monitor.
Seen by {{NAME:Raj Mehta}}, CDS / Dr. {{NAME:Okonkwo}}`,
  `=== REMOTE TRANSMISSION SUMMARY ===
Received: {{DATE:2024-08-03 02:17:44}} UTC
Source: home monitor S/N {{DEVICE:HMX-55021873}} via cellular gateway {{IP:198.51.100.142}}
Patient: {{NAME:TRAVERS, JOHN-PAUL}}   Clinic Pt ID: {{ID:PT-00381552}}   DOB {{DATE:1958-11-30}}
Device: ICD single chamber, Model D314VRM   Serial {{DEVICE:BLF903117H}}
Event log:
  VT-1 zone 171-188 bpm: 2 episodes, ATP successful x2
  VF zone >188: 1 episode {{DATE:2024-08-02 23:51}}, 35 J shock delivered, converted to SR
Lead impedance HV 64 ohm, RV pace 522 ohm. Battery: RRT not reached.
ALERT: SHOCK DELIVERED - clinic notified
Report: {{URL:https://remote.heartlinkcare.example/tx/7Y2KQ9}}
---
RN review {{DATE:08/03/2024 08:05}} {{NAME:A. Delacroix}}: called pt {{PHONE:555-733-0192}}, no syncope, was mowing the lawn at ~2340 (?). Discussed w/ Dr. {{NAME:Feinberg}} - to ED at {{FACILITY:Marlowe County Hospital}} for BMP/Mg, consider amio. Pt may not drive x 6 mo per state guidance; reviewed.`,
  `Cardiac Rehab Phase II - Session 14 of 36
{{FACILITY:Blue Heron Cardiac Rehab}} at {{FACILITY:Tamarack Medical Center}}
Participant: {{NAME:Doreen}} "{{NAME:Dee}}" {{NAME:Pacheco}}   DOB {{DATE:01/09/1956}}   MRN {{MRN:TMC-2284016}}
Ins: Humana Medicare Advantage, member {{HEALTH_PLAN:H48821937-01}}
Dx: s/p CABG x3 ({{DATE:5/1/24}}), LVEF 50%, ICD-10 Z95.1
Today {{DATE:6/18}}:
  Rest HR 68, BP 122/70, SpO2 97% RA
  Treadmill 2.8 mph / 4% x 20 min, peak HR 104, RPE 13, ~4.6 METs
  NuStep level 5 x 10 min; arm ergometer 5 min
  Post BP 134/72. No angina, no ectopy on tele (lead II).
Education: Mediterranean diet, Na <2 g. Sternal precautions lifted per Dr. {{NAME:Gutierrez-Blanco}}.
Walks with sister {{NAME:Rosa}} at the reservoir in {{LOCATION:Kanab}} on weekends. Goal: back to volunteering at {{FACILITY:Holy Trinity Food Pantry}} by Sept.
Exercise physiologist: {{NAME:Tavish McCrae}}, MS, CEP`,
  `LVAD COORDINATOR - PHONE NOTE
Pt {{NAME:Lamont Greer}}   MRN {{MRN:00922740}}   Implant {{DATE:11/14/2023}} (HeartMate 3, destination therapy)
Pump SN {{DEVICE:HM3-2207714}}; system controller SN {{DEVICE:SC-0931186}}; backup controller SN {{DEVICE:SC-0931202}}
Call {{DATE:7/9/24 1030}} with pt and wife {{NAME:Sharonda}}.
Pump: speed 5400 rpm, flow 4.6 L/min, PI 3.8, power 4.2 W. No PI events, no low-flow alarms.
Driveline exit site: dressing change by {{NAME:Sharonda}} q3d, no drainage, no fever.
INR 2.4 (goal 2-3) on warfarin 5 mg. Doppler MAP 82 at PCP.
Batteries (lot BT-4420, x8) cycling fine; mobile power unit OK.
Dr. {{NAME:Yevgenia Korsakova}} aware. Next clinic {{DATE:7/23}}.
Travel: pt visiting brother in {{LOCATION:Tulsa}} over {{DATE:July 4th}}; TSA letter given; nearest VAD center {{FACILITY:Saint Kilian Heart Hospital}} notified, VAD on-call {{PHONE:555-640-7713}}.
Coordinator: {{NAME:Devon Ashby}}, RN   pager {{PHONE:4471}}`,
  `MICU Family Meeting Note - {{DATE:Friday 2/16/24 1400}}
Location: family conference rm, {{FACILITY:Gorham 6 MICU}}
Patient: {{NAME:Walter Eugene Pike}}, {{AGE:91}} y/o M, HD#9, cardiogenic shock after inferior STEMI; VA-ECMO decannulated day 6, still on norepi 0.12 mcg/kg/min + vasopressin 0.04 U/min, CRRT.
Present: daughter {{NAME:Patricia Pike-Lindqvist}} (HCPOA), son {{NAME:Gene Pike Jr.}}, granddaughter {{NAME:Abby}}, chaplain Fr. {{NAME:Okafor}}.
Team: Dr. {{NAME:Esterhazy}} (MICU), Dr. {{NAME:Nwosu}} (cards), RN {{NAME:Kayla}}, SW {{NAME:Bernadette Quinlan}}.
Discussion: prognosis poor, SOFA 14, lactate 5.2. Kussmaul sign noted yesterday; tamponade excluded on echo.
Family recalls pt "would never want to live on machines" - said so at the lake cabin near {{LOCATION:Grand Forks}}.
Decision: DNR/DNI, no escalation; continue current support x 24h so grandson {{NAME:Tyler}} can arrive from {{LOCATION:Osaka}}.
POLST updated. Contact {{NAME:Patricia}} {{PHONE:555-772-1840}}, {{EMAIL:plindqvist.family@mailbox.example}}.
Time 65 min, >50% counseling.`,
  `CODE BLUE RECORD          Incident # {{ID:CB-2024-00731}}
Facility: {{FACILITY:Marlowe County Hospital}}   Unit: 5 West tele, Rm 512B
Patient: {{NAME:Freddie Lomax}}   MRN {{MRN:MCH771402}}   DOB {{DATE:12/02/1947}}
Event date {{DATE:09/14/2024}}   Code called 03:12   Team arrived 03:13
Initial rhythm: pulseless VT -> VF
03:13 CPR started (RN {{NAME:Gallo}})
03:14 Defib 200 J biphasic
03:16 Epi 1 mg IV #1 (lot 3KX209, exp 05/2026)
03:18 Defib 200 J; amiodarone 300 mg IV
03:20 Epi 1 mg #2
03:21 ROSC, ST 118, BP 84/50 -> norepi 0.05 mcg/kg/min
Post-ROSC 12-lead: STE V2-V4. Cath lab activated 03:30, Dr. {{NAME:Ramaswamy}} paged {{PHONE:555-901-3370}}.
ETCO2 12 -> 38 at ROSC. ABG 7.18/48/72, lactate 6.8.
Code leader: Dr. {{NAME:Simone Achterberg}}   Recorder: {{NAME:L. Pham}}, RN
Family: wife {{NAME:Gloria Lomax}} notified by phone 03:40, en route from {{LOCATION:Cheyenne}}.`,
  `TRANSFER CENTER CALL LOG - {{FACILITY:Kestrel Valley Medical Center}} Transfer Center
Ref # {{ID:TC-240915-0442}}    Call recvd {{DATE:09/15/2024 21:07}}
Requesting: {{FACILITY:Ostrander Critical Access Hospital}}, {{LOCATION:Ostrander}}, MN - Dr. {{NAME:Kjell Haugen}} {{PHONE:555-466-2108}}
Patient: {{NAME:Amos Two Feathers}}, 58M, DOB {{DATE:04/30/1966}}, MRN at sending {{MRN:OCA-118204}}
Dx: inferior STEMI, tenecteplase 45 mg at 20:31, failed reperfusion - persistent STE II, III, aVF; new CHB, HR 34.
Accepting: Dr. {{NAME:Velury}} (interventional). Bed: CVICU 4-12.
Transport: {{FACILITY:Northstar Air Medical}}, rotor wing, tail {{VEHICLE:N417NS}}, ETA 35 min. Ground backup Medic 7 declined (weather).
Insurance: BCBS MN, ID {{HEALTH_PLAN:XMN882031457}}
Nurse-to-nurse: {{NAME:Heidi}} RN @ {{PHONE:555-466-2110}}
Records/ECGs faxed to {{FAX:555-014-7702}}; images pushed via {{URL:https://imageshare.kvmc-transfer.example/in/4471Q}}.
Call closed 21:19. Operator {{NAME:DK}}`,
  `AIR MEDICAL HANDOFF - {{FACILITY:Northstar Air Medical}} Base 3, aircraft {{VEHICLE:N417NS}} (EC135)
Run # {{ID:NSAM-24-11872}}   {{DATE:9/15/24}}
Pt: {{NAME:Two Feathers, Amos}}   58 M   wt 96 kg   allergies: NKDA
From {{FACILITY:Ostrander CAH}} ER -> {{FACILITY:KVMC}} helipad
Hx: inferior STEMI, TNK at 20:31, no resolution; CHB HR 34 -> transcutaneous pacing 70 mA, capture confirmed by fem pulse.
En route: heparin 1000 U/h, NTG held (RV infarct - V4R STE 1 mm), NS 1 L bolus, fentanyl 25 mcg x2.
VS: BP 92/58, HR 70 paced, SpO2 95% 4L NC, GCS 15. Pain 3/10. JVD +, lungs clear.
Home: lives w/ wife {{NAME:Lorraine}} on {{ADDRESS:BIA Rte 14, mile 6}}, near {{LOCATION:Pine Ridge}}; she is driving down, cell {{PHONE:555-867-2203}}.
Crew: flight RN {{NAME:Corinne Bashir}}, flight medic {{NAME:Dale Ostrowski}}, pilot {{NAME:J. Reinholt}}.
Handoff to CVICU RN {{NAME:Marisol}} at 21:58.`,
  `EMS -> ED HANDOFF (MIST)   Medic 22, {{FACILITY:Bluestem Tri-County Ambulance}}   PCR # {{ID:TCAS-0091843}}
M: 74F found by neighbor {{NAME:Vern}} at {{ADDRESS:418 Larch Hollow Rd}}, {{LOCATION:Fergus Falls}} {{ZIP:56537}}, c/o crushing CP since ~0600, diaphoretic.
I: 12-lead STE V1-V4 w/ reciprocal II/III/aVF; STEMI alert sent 06:48 to {{FACILITY:Penrose Heart}} from monitor {{IP:192.0.2.77}}.
S: HR 96, BP 148/92, RR 22, SpO2 93% -> 98% 2L, BGL 142.
T: ASA 324 PO, NTG 0.4 SL x2, fentanyl 50 mcg IV, 18g L AC.
Pt {{NAME:Helga Brunsvold}}, DOB {{DATE:3/3/1950}}, PCP Dr. {{NAME:Amundsen}}. Meds in bag: metoprolol, lisinopril, "the water pill".
Pt's car (silver Buick, MN plate {{VEHICLE:KTR 418}}) left in driveway, keys w/ {{NAME:Vern}}.
Crew {{NAME:Sanders}}/{{NAME:Villalobos}}. Door 07:06, to cath lab 07:19.`,
  `ICU DISCHARGE SUMMARY (transfer to step-down)
{{FACILITY:Tamarack Medical Center}} - {{FACILITY:Larsen CCU}}
Name: {{NAME:Ignatius P. Mwangi}}   MRN {{MRN:TMC-3318045}}   Acct {{ACCOUNT:V00211873392}}
Admit {{DATE:10/02/2024}}   ICU d/c {{DATE:10/07/2024}}   Attending Dr. {{NAME:Celeste Harrowby}}
Dx: acute decompensated HFrEF (EF 20%), cardiogenic shock SCAI stage C, AKI.
Course: PA catheter placed {{DATE:10/2}}, CI 1.6, PCWP 30. Milrinone 0.25 mcg/kg/min x 72h + IV furosemide drip 20 mg/h -> net -9.4 L. Weaned off {{DATE:10/6}}. Cr 2.4 -> 1.5. NSVT runs on tele, K/Mg repleted. No ICD (NYHA IV, LVAD eval pending).
Meds at transfer: sacubitril/valsartan 24/26 bid, metoprolol succinate 12.5, spironolactone 12.5, empagliflozin 10, torsemide 40.
Follow-up: HF clinic Dr. {{NAME:Harrowby}}, LVAD team Dr. {{NAME:Korsakova}} at {{FACILITY:Saint Kilian Heart Hospital}}.
Emergency contact: niece {{NAME:Wanjiru Kamau}}, {{PHONE:555-302-7719}}.
Electronically signed {{DATE:10/07/2024 17:26}}`,
  `[Secure chat - CVICU]  {{DATE:11/3/24}}
02:14 {{NAME:Jolene R}} RN: bed 7 ({{NAME:Farkas}}) MAP 58 x 10 min, norepi at 0.2 mcg/kg/min, lactate 4.1 up from 2.9
02:15 Dr. {{NAME:Iyer}} (fellow): add vaso 0.04. is the swan still wedging? CO?
02:17 {{NAME:Jolene R}}: CO 3.2 CI 1.7 SvO2 52, CVP 16, PCWP 24
02:18 {{NAME:Iyer}}: ok start dobut 2.5, I'll come see. page Dr. {{NAME:Ruiz}} if Impella needed, cath attending cell {{PHONE:555-204-6671}}
02:40 {{NAME:Iyer}}: bedside echo no effusion, RV ok. EF ~15%. no Beck's triad lol
03:05 {{NAME:Jolene R}}: wife {{NAME:Margit}} called from {{LOCATION:Eau Claire}}, wants update. her # {{PHONE:555-638-4100}}
03:07 {{NAME:Iyer}}: will call her at 0330
04:10 {{NAME:Jolene R}}: MAP 70s, lactate 3.0
Pt: {{NAME:FARKAS, LASZLO}} MRN {{MRN:00561983}}`,
  `NUCLEAR STRESS TEST (Regadenoson SPECT MPI)
Patient: {{NAME:Consuelo Ybarra}}   MRN {{MRN:SK-7702931}}   DOB {{DATE:August 12, 1952}}
Exam date: {{DATE:01/22/2025}}   Site: {{FACILITY:Saint Kilian Heart Hospital}} Nuclear Cardiology
Ordering: {{NAME:Thaddeus Olmstead}}, MD   NPI {{LICENSE:1730598824}}
Reason: atypical CP, unable to walk on treadmill (knee OA). Bruce protocol not attempted.
Protocol: 1-day rest/stress, Tc-99m tetrofosmin 10.2/31.5 mCi. Regadenoson 0.4 mg IV.
Hemodynamics: HR 64 -> 92, BP 138/76 -> 122/70. Sx: flushing, mild dyspnea. Aminophylline not needed.
ECG: no ischemic changes; LBBB absent; QTc 446.
Images: small, mild reversible defect inferolateral wall (SSS 4, SRS 0, SDS 4). TID 1.02.
Gated: LVEF 58%, normal wall motion.
Impression: low-risk study, small inferolateral ischemia. Med tx.
Study ID {{ID:NM25-0038817}}. Read by {{NAME:Giulia Ferrante}}, MD {{DATE:1/22/25 15:48}}
Result to pt via portal ({{URL:https://mychart.saintkilianheart.example}}) and letter to {{ADDRESS:77 Quarry Bend Ln}}, {{LOCATION:Amarillo}}, TX {{ZIP:79106}}.`,
  `24-HOUR HOLTER MONITOR REPORT
Pt: {{NAME:Berthold Kessler}}   Age {{AGE:90}}   MRN {{MRN:QMH-0047731}}
Hookup {{DATE:02/04/2025 09:15}}   Recorder SN {{DEVICE:HR-7A-0331946}}
Referring: Dr. {{NAME:Nadia Fairweather}}, {{FACILITY:Lindenwood Geriatric Clinic}}
Analyzed 23 h 41 min.
Rhythm: sinus w/ 1st deg AVB (PR 240). Min HR 38 at 03:12 (sleep), max 104, mean 61.
Pauses: 3 pauses > 2.5 s, longest 3.4 s at 04:47, sinus arrest. No Mobitz II. Wenckebach episodes nocturnal.
Ectopy: PVC 2.1% (multiform), 4 runs NSVT max 6 beats. PAC 0.8%, 1 run SVT 9 beats.
AF: none.
Diary: "dizzy getting up" 07:30 - correlates w/ sinus 52.
Impression: sinus node dysfunction w/ pauses; consider PPM eval.
Caregiver: son {{NAME:Rolf Kessler}} {{PHONE:555-417-3306}}; pt lives at {{FACILITY:Meadowlark Senior Living}}, {{ADDRESS:1400 Prairie Dunes Dr, Unit 212}}, {{LOCATION:Hutchinson}}, KS.
Interpreted by {{NAME:Ezra Gottlieb}}, MD - {{DATE:2/6/2025}}`,
  `PROCEDURE NOTE: TEE-GUIDED DC CARDIOVERSION
Date {{DATE:3/19/2025}}   {{FACILITY:Penrose Heart & Vascular Institute}} Endo suite 2
Pt {{NAME:Delphine Arceneaux}}   MRN {{MRN:PHV-2290177}}   Acct {{ACCOUNT:4410098271}}
Indication: persistent AF w/ RVR, CHA2DS2-VASc 3, HAS-BLED 1. On apixaban 5 mg bid 2 wk, 1 missed dose.
Sedation: propofol 80 mg total by anesthesia (Dr. {{NAME:Bautista}}). ASA II.
TEE: no LAA thrombus, LAA emptying velocity 38 cm/s, mild spontaneous echo contrast. EF 50%. No PFO by bubble.
DCCV: 200 J synchronized biphasic x1 -> sinus rhythm 68. Pads AP position.
Post: QTc 452, no complications. Pt awake, talking, asking about the Saints game.
Plan: continue apixaban >= 4 wk, amiodarone 200 mg daily, f/u EP clinic {{DATE:4/16}}.
Driver: husband {{NAME:Remy Arceneaux}} ({{PHONE:555-985-1120}}).
Operator: {{NAME:Louis-Marie Thibodeaux}}, MD. Nurse {{NAME:Tamsin}}.
Note typed {{NAME:LMT}}/{{NAME:kg}}`,
  `{{FACILITY:Bridger Family Medicine}}
{{ADDRESS:905 Mill Race Rd}} | {{LOCATION:Bozeman}}, MT {{ZIP:59715}} | Tel {{PHONE:555-587-2200}} | Fax {{FAX:555-587-2209}}

{{DATE:May 28, 2025}}

Dr. {{NAME:Priya Ramaswamy}}
{{FACILITY:Penrose Heart & Vascular Institute}}

Re: {{NAME:Elwood J. Farnsworth}}, DOB {{DATE:10/14/1944}}, our chart {{MRN:BFM-66120}}

Dear Dr. {{NAME:Ramaswamy}},
Thank you for seeing Mr. {{NAME:Farnsworth}}, 80, retired rancher, for exertional chest tightness x 2 months, now with a new harsh systolic murmur 3/6 at RUSB radiating to carotids, soft S2, pulsus parvus et tardus. Levine grade 3. ECG: LVH by voltage, no Q waves. BNP 412.
He is NYHA II-III. STS score not calculated. He wants to know about TAVR vs surgery; his late wife had an AVR in {{LOCATION:Salt Lake City}}.
His daughter {{NAME:Janine Ruddock}} will drive him ({{PHONE:555-586-0931}}). Medicare ID {{HEALTH_PLAN:4TR7-KP2-MX81}}.
Sincerely,
{{NAME:Lyle Abernathy}}, MD`,
  `PHARMACY - HEPARIN DRIP MONITORING (ACS nomogram, no bolus)
Pt: {{NAME:Quintero, Arturo}}   MRN {{MRN:MCH-880132}}   Wt 88 kg   Rm CCU 6
Start {{DATE:6/2/25 1100}}: 12 units/kg/h = 1050 units/h (max 1000) -> 1000 units/h
Anti-Xa monitoring:
 {{DATE:6/2}} 1700  anti-Xa 0.21  -> incr 1 unit/kg/h to 1090? capped, d/w Dr. {{NAME:Abiodun}} -> 1100 units/h
 {{DATE:6/2}} 2300  anti-Xa 0.38  -> no change
 {{DATE:6/3}} 0500  anti-Xa 0.44  -> no change
 Plt 212 -> 198. Hgb 13.1.
Bag: heparin 25,000 units/250 mL, lot HP-24-7791, exp 11/2026
Note: pt also on clopidogrel 75 + ASA 81; cath planned {{DATE:6/3}} PM. Hold heparin per cath lab.
RPh {{NAME:Nkechi Obi}}, PharmD  ext {{PHONE:x6614}}
Verified by {{NAME:R. Sandoval}}, PharmD`,
  `OPERATIVE NOTE - DUAL CHAMBER ICD IMPLANT
Date of procedure: {{DATE:07/08/2025}}   EP lab B, {{FACILITY:Kestrel Valley Medical Center}}
Patient: {{NAME:Sandor Villanueva-Reyes}}   MRN {{MRN:KV-00733159}}   DOB {{DATE:09/09/1963}}
Surgeon: {{NAME:Hiroshi Nakagawa}}, MD   Assist: {{NAME:Beatrix Lund}}, PA-C
Indication: ischemic CM, EF 28% despite 3 mo GDMT, NYHA II, primary prevention. QRS 104 ms (no CRT).
Generator: model DA-412 ICD, serial {{DEVICE:CRX-118830-A}}
RA lead: 2088TC/52, SN {{DEVICE:LNM440217}}. RV lead: DF-4 shock lead 6935M/65, SN {{DEVICE:TDL902284V}}
Measurements: RA P 3.1 mV, thresh 0.6 V, 480 ohm. RV R 12 mV, thresh 0.5 V, 610 ohm, HV 58 ohm.
DFT not tested. Cefazolin 2 g pre-op, pocket irrigated, 2-0/3-0/4-0 Vicryl, Dermabond. EBL 15 mL.
Device registered w/ mfr under pt address {{ADDRESS:3317 W Chandler Ct}}, {{LOCATION:Spokane}} {{ZIP:99208}}.
Remote monitor shipped; pairing code not PHI. Pt card printed.
Disposition: CXR PA/lat to r/o PTX, arm sling 24 h, no lifting > 10 lb x 4 wk.
Wife {{NAME:Mireille}} updated ({{PHONE:555-972-6630}}).
{{NAME:H. Nakagawa}} {{DATE:7/8/25 1422}}`,
  `LVAD CLINIC VISIT - {{FACILITY:Saint Kilian Heart Hospital}} MCS Program
Pt: {{NAME:Odessa Fairchild-Ngata}}   MRN {{MRN:SK-4419027}}   DOB {{DATE:12/25/1971}}   {{DATE:Tues 8/12/25}}
Device: HeartMate 3 (BTT), implanted {{DATE:02/27/2025}}. Pump SN {{DEVICE:HM3-3019456}}, controller SN {{DEVICE:SC-1140873}}.
Parameters: 5600 rpm, flow 5.0, PI 3.1, power 4.6 W. Log reviewed: 2 PI events {{DATE:8/3}} (dehydration, hot day at the county fair).
Doppler MAP 78. INR 2.1. LDH 240. Hgb 11.2.
Driveline: well-incorporated, no erythema, stabilizer in place.
NYHA I-II. 6MWT 410 m. On sildenafil 20 tid for RV, torsemide 20.
Transplant: listed status 4, candidate ID {{ID:UNC-882034}} (per transplant office).
Social: lives w/ partner {{NAME:Tane Ngata}} in {{LOCATION:Wailuku}}; temporary housing near clinic at {{FACILITY:Kilian Family House}}. Partner cell {{PHONE:555-244-0817}}.
Seen with: Dr. {{NAME:Korsakova}}, {{NAME:Devon Ashby}} RN, {{NAME:Gwen Palatino}} PharmD.`,
  `CCU FAMILY MEETING (interpreter present)
{{DATE:9/2/2025 16:00}}   {{FACILITY:Marlowe County Hospital}} CCU conference room
Patient: {{NAME:Aurelio Benavides Ochoa}}, 72M, MRN {{MRN:MCH-902418}}
Interpreter: {{NAME:Yesenia}} (Spanish), ID # {{ID:INT-4471}}
Family: wife Sra. {{NAME:Guadalupe Benavides}}, daughters {{NAME:Marisela}} and {{NAME:Araceli Benavides}}, son-in-law {{NAME:Tomás Reyes}}. Brother joined by phone from {{LOCATION:Guadalajara}}.
Medical update by Dr. {{NAME:Achterberg}}: post-arrest day 4, TTM completed, off sedation 72 h. Exam: no pupillary or corneal reflexes, myoclonus. EEG burst suppression. NSE 92. MRI diffuse anoxic injury. EF 35%. Poor prognosis.
Family asks about "el marcapasos" - explained no ICD/PPM indicated in this setting.
Plan: comfort-focused care; Padre {{NAME:Anselmo}} from {{FACILITY:Santa Inés de la Loma Parish}} to visit for last rites tonight. Organ procurement org notified per policy (ref {{ID:OPO-25-30917}}).
Family contact: {{NAME:Marisela}} {{PHONE:555-381-2290}}.
SW: {{NAME:Bernadette Quinlan}}, LCSW`,
  `CODE BLUE DEBRIEF (hot debrief, 10 min)
Event: {{DATE:10/11/25 14:05}}   Location: {{FACILITY:Whitcombe 4 CVICU}} bed 9   Event # {{ID:RRCB-25-1187}}
Pt: {{NAME:Cordell Washington-Haynes}}, POD#2 AVR/CABG x2
What happened: sudden PEA after chest tube stripping; Beck's triad (hypotension, JVD, muffled heart sounds) -> tamponade suspected. Emergency resternotomy at bedside by Dr. {{NAME:Kowalczyk}} at 14:11, 400 mL clot evacuated, ROSC 14:12.
Went well: CALS protocol followed, no epi given (per CALS), pacing wires used DOO 90.
Improve: resternotomy kit delayed 2 min (stored in 4 West). Charge RN {{NAME:Ofelia}} will restock.
Attendees: {{NAME:Kowalczyk}}, {{NAME:Iyer}}, {{NAME:Jolene Rasmussen}} RN, {{NAME:Tyrell Booker}} RT, {{NAME:P. Sung}} perfusion.
Family: mother {{NAME:Bernice Haynes}} notified 14:40 by Dr. {{NAME:Kowalczyk}} at {{PHONE:555-806-5541}}.
Report filed in safety system by {{NAME:Ofelia Marchetti}}, RN.`,
  `TRANSFER CENTER - DECLINED REQUEST
Case {{ID:TC-251104-0118}}   {{DATE:11/04/2025 03:22}}
From: {{FACILITY:Cedar Bluff Community Hospital}}, {{LOCATION:Cedar Bluff}}, VA, ED physician Dr. {{NAME:Wendell Kasprzak}}, callback {{PHONE:555-964-3310}}
Pt: {{NAME:Ruthanne Coldiron}}, {{AGE:94}} F, DOB {{DATE:05/05/1931}}
Request: cardiology/ICU transfer for NSTEMI, troponin 2.3, HR 40s junctional, on dopamine 5 mcg/kg/min. GRACE 201. Family wants "everything."
Discussed w/ on-call cards Dr. {{NAME:Feld}} and MICU Dr. {{NAME:Esterhazy}}: no ICU bed (capacity status RED, 0 CVICU beds). Advised transcutaneous pacer pads, atropine prn, hold BB; recommended {{FACILITY:Clinch Ridge Regional Medical Center}} ({{LOCATION:Kingsport}}) - they have temp wire capability.
Sending MD agreed. Pt's grandson {{NAME:Cody}} on line; spoke w/ him re: plan.
Call recorded, recording ID {{ID:REC-99031247}}.
TC RN: {{NAME:Harriet Blankenship}}`,
  `{{FACILITY:Blue Heron Cardiac Rehab}}
{{ADDRESS:612 Shoreline Pkwy, Bldg C}}, {{LOCATION:Duluth}}, MN {{ZIP:55802}}   Phone {{PHONE:555-722-4180}}   Fax {{FAX:555-722-4189}}

PROGRESS REPORT TO REFERRING PHYSICIAN      {{DATE:12/01/2025}}
To: Dr. {{NAME:Anand Velury}}, {{FACILITY:Kestrel Valley Medical Center}}
Re: {{NAME:Gunnar Halvorsen}}   DOB {{DATE:06/21/1958}}   Rehab ID {{ID:BH-20713}}

Mr. {{NAME:Halvorsen}} completed 30/36 sessions following PCI to RCA ({{DATE:9/10/25}}).
Entry: 4.1 METs, 6MWT 388 m, PHQ-9 11, BMI 33.2.
Now: 7.6 METs, 6MWT 512 m, PHQ-9 4, BMI 31.9, weight -4.8 kg.
Resting BP 118/72 on amlodipine. No exertional symptoms; no arrhythmias on tele.
Smoking: quit since the MI; uses nicotine patch 14 mg.
He plans to return to his job at {{FACILITY:Lake Superior Paper Mill}} (light duty) and ice fishing near {{LOCATION:Two Harbors}}.
Respectfully, {{NAME:Tavish McCrae}}, MS, CEP / {{NAME:Agnes Olafsdottir}}, RN`,
  `REMOTE MONITORING ENROLLMENT FORM
Clinic: {{FACILITY:Alderbrook Cardiovascular Associates}} Device Clinic
-------------------------------------------------
Patient name ........ {{NAME:Prudence Okonjo-Baptiste}}
DOB ................. {{DATE:03/17/1966}}
Home address ........ {{ADDRESS:48 Cobbler's Row, Apt 2F}}, {{LOCATION:Lynchburg}}, VA {{ZIP:24501}}
Home phone .......... {{PHONE:555-847-0021}}
Email ............... {{EMAIL:pru.baptiste66@webmail.example}}
Device .............. CRT-D, model C2TR01, SN {{DEVICE:RZN550913S}}
Implant date ........ {{DATE:04/04/2025}}  Implanting MD: {{NAME:Hiroshi Nakagawa}}
Monitor ............. bedside monitor SN {{DEVICE:BM24-7719202}}, connection: home Wi-Fi
Router public IP .... {{IP:203.0.113.211}} (captured at pairing)
Patient web portal .. {{URL:https://patient.heartlinkcare.example/enroll?pid=558120}}
Insurance ........... Aetna PPO, member {{HEALTH_PLAN:W219448037}}, group 008812 (payer group not PHI)
Photo ID (face) ..... {{PHOTO:enroll_face_558120.jpg}}
Alt contact ......... son {{NAME:Desmond Baptiste}}, {{PHONE:555-847-3392}}
Transmission schedule: quarterly full, daily alerts (AT/AF > 6 h, VT/VF, lead imp out of range)
Enrolled by: {{NAME:Raj Mehta}}, CDS   Date {{DATE:4/18/25}}`,
  `TRANSESOPHAGEAL ECHO - ENDOCARDITIS EVALUATION
{{NAME:Deangelo Whitlock}}   MRN {{MRN:KV-00851264}}   {{DATE:01/30/2026}}   Location: {{FACILITY:Gorham 6 MICU}} bed 14 (bedside TEE)
Indication: MSSA bacteremia x 4 d, PWID, new diastolic murmur. Duke criteria: 1 major + 2 minor pending TEE.
Findings:
 - Tricuspid valve: 1.8 x 1.1 cm mobile vegetation on anterior leaflet, severe TR.
 - Aortic valve: 0.6 cm vegetation NCC, mod AI; Austin Flint-type diastolic rumble heard at apex on exam, de Musset sign absent, no Quincke pulses.
 - No root abscess. No fistula.
 - LVEF 60%. Small pericardial effusion.
Sedation by MICU: propofol 50 mg, ketamine 20 mg. No complications.
Impression: definite IE per modified Duke. CT surgery consult (Dr. {{NAME:Kowalczyk}}) for AV.
Mother {{NAME:Lorena Whitlock}} {{PHONE:555-611-2048}} updated w/ pt's permission. Pt lists address as {{FACILITY:Harbor Light Shelter}}, {{ADDRESS:220 Water St}}.
Images: accession {{ID:TEE26-0004417}}.
{{NAME:Giulia Ferrante}}, MD`,
  `NURSING SHIFT NOTE - CVICU 1900-0700
{{DATE:2/14/26}}  pt {{NAME:Ostrowski, Halina}}  MRN {{MRN:KV-00219904}}  bed 4-05
neuro: A&Ox3, CAM neg, RASS 0. pain 2/10 sternal.
CV: SR 80s w/ occ PACs, pacing wires capped (A/V), temp pacer box SN not applicable (clinic loaner). MAP 68-82. off epi since 2200. milrinone 0.125 mcg/kg/min cont. CT output 40 mL/8h serous.
resp: 2L NC, IS 1250. CXR AM ordered.
GI/GU: cl liq, foley d/c'd 0500, voided 300 mL.
skin: sternal incision CDI, L leg EVH site ecchymosis.
labs 0400: K 4.1, Mg 2.2, Hgb 9.4, Cr 1.1.
family: husband {{NAME:Zbigniew}} called 2300 from home in {{LOCATION:Hamtramck}}, wants to bring pt's rosary + glasses. his cell {{PHONE:555-365-0044}}. daughter {{NAME:Kasia}} visiting AM.
misc: pt asked for priest - spiritual care paged (ext {{PHONE:2216}}). pt is {{AGE:90}}?? - no, DOB {{DATE:07/02/1951}}; age on whiteboard wrong, corrected.
-{{NAME:Rhiannon T.}} RN`,
  `RIGHT HEART CATHETERIZATION (pre-transplant)
{{FACILITY:Saint Kilian Heart Hospital}} Cath Lab 1   {{DATE:03/03/2026 08:40}}
Pt {{NAME:Archibald Nnamdi-Foster}}   MRN {{MRN:SK-6620158}}   Acct {{ACCOUNT:HB-72019384}}
Operator: {{NAME:Yevgenia Korsakova}}, MD
Access: R IJ 7 Fr, US-guided (Seldinger). Swan-Ganz catheter 7 Fr.
Hemodynamics (baseline):
  RA 12 | RV 48/12 | PA 48/26 (mean 34) | PCWP 24
  CO (Fick) 3.4 | CI 1.7 | TD CO 3.6
  PVR 2.9 WU | TPG 10 | DPG 2 | SVR 1460
  SaO2 96 | PA sat 52
Vasodilator challenge: nitroprusside 1 mcg/kg/min -> PA mean 28, PCWP 18, PVR 1.8 WU, SBP 96.
Impression: WHO group 2 PH, reversible. Acceptable for OHT listing. INTERMACS profile 4.
Pt's wife {{NAME:Philippa}} and transplant coordinator {{NAME:Margaux Delisle}} RN ({{PHONE:555-640-7788}}) updated.
Case ID {{ID:CL26-1041}}; report auto-sent to {{FAX:555-640-7790}}.`,
  `ECMO CIRCUIT CHECK - VA ECMO (peripheral, R fem-fem + distal perfusion cannula)
Pt: {{NAME:BRANDT, MAXIMILIAN}}   MRN {{MRN:KV-01000427}}   Run day 3   {{DATE:04/19/2026}}
Console SN {{DEVICE:CS5-22091844}}; oxygenator lot 24B118-OX (lot not PHI); pump head SN {{DEVICE:PH-7710339}}
Time   RPM   Flow  Sweep  FiO2  Pre-P  Post-P  dP   ACT/Anti-Xa
0000   3450  4.1   3.0    0.6   -62    248     22   0.34
0400   3450  4.0   3.0    0.6   -66    252     24   0.31
0800   3400  3.8   2.5    0.5   -60    246     21   0.36
Bivalirudin 0.15 mg/kg/h. LV venting: Impella CP P-2 for arterial pulsatility. Pulse pressure 8.
Limb: distal perf cannula flow good, NIRS L leg 62/R 68. Harlequin check: R radial SpO2 97%.
Clots: small fibrin on oxygenator inlet, no change.
Perfusionist: {{NAME:Priscilla Sung}}, CCP. ECMO specialist: {{NAME:Tobias Wren}} RN.
Family: fiancée {{NAME:Leonie Hartmann}} staying at {{FACILITY:Kestrel House}}; mom flying in from {{LOCATION:Hamburg}} {{DATE:4/20}}.`,
  `AMBULATORY ECG PATCH REPORT (14-day)
Patient: {{NAME:Yolanda Fitzhugh-Oyelowo}}    DOB {{DATE:11/1/1988}}    MRN {{MRN:ACA-7731204}}
Patch SN {{DEVICE:ZP-41K0228371}}   Worn {{DATE:5/2/2026}} - {{DATE:5/15/2026}} (13 d 4 h analyzable)
Ordering: {{NAME:Jenna Pruitt}}, MD   Reading: {{NAME:Marcus Feld}}, MD
Indication: palpitations, near-syncope; sister w/ Brugada syndrome (type 1 pattern on procainamide challenge), father sudden death at 41.
Results:
 - Predominant sinus, HR 48-162, avg 77.
 - 3 SVT episodes, longest 14 s at 172 bpm, triggered w/ symptom "heart racing" {{DATE:5/9/2026 21:14}}.
 - No VT, no pauses > 3 s, no AV block. PVC < 1%.
 - No pre-excitation seen.
 - Patient-triggered events: 6, 4 correlate w/ sinus tach.
Impression: paroxysmal SVT (likely AVNRT). Refer EP. Consider ajmaline/procainamide challenge given family hx.
Results uploaded via {{URL:https://portal.alderbrookcv.example/results/YF-0515}} and called to pt at {{PHONE:555-310-9945}}.`,
  `HEART FAILURE CLINIC - FOLLOW-UP
{{NAME:Mwangi, Ignatius}}  67M  MRN {{MRN:TMC-3318045}}  Visit {{DATE:11/12/2024}}
Interval: since CCU d/c {{DATE:10/07/24}}, 2 lb wt gain, 2-pillow orthopnea, no PND. Stairs: 1 flight. NYHA III.
Vitals: BP 98/64, HR 74, wt 81.2 kg (dry 79.5), SpO2 96%.
Exam: JVP 10 cm, + hepatojugular reflux, S3, trace edema. No Kussmaul sign. Lungs: fine bibasilar crackles.
Labs: Na 134, K 4.6, Cr 1.6, NT-proBNP 6820.
Meds: sacubitril/valsartan 24/26 bid, metoprolol succ 25, spiro 12.5, empagliflozin 10, torsemide 40 -> 60.
Device: LifeVest WCD SN {{DEVICE:WCD-4000-881273}}, wear time 22.4 h/d, no shocks. Compliance data pulled from {{URL:https://lifevestdata.example/pt/881273}}.
Plan: uptitrate torsemide, RHC for LVAD eval, transplant eval at {{FACILITY:Saint Kilian Heart Hospital}}.
Niece {{NAME:Wanjiru}} present, translates Swahili as needed. Pt's employer {{FACILITY:Riverside Grain Cooperative}} - FMLA form completed.
{{NAME:Celeste Harrowby}}, MD  / scribe {{NAME:AB}}`,
  `POST-ARREST TTM FLOWSHEET (target 36 C x 24h)
Pt {{NAME:Nakamura-Bell, Kenji}}  MRN {{MRN:MCH-661093}}  Acct {{ACCOUNT:MCH-A-3390176}}  bed CCU-3
Arrest {{DATE:6/21/26 1742}} at {{FACILITY:Cascade Lanes Bowling Center}}, bystander CPR by coworker {{NAME:Dwayne}}, AED x1 (VF). ROSC 9 min. Medic 4 -> {{FACILITY:Marlowe County Hospital}} ED.
Cooling device SN {{DEVICE:ATC-3092-55178}} (pads applied 19:10)
Time  Core T  HR  MAP  Shiver(BSAS)  Sed          K
2000  36.4    62  74   1             prop 30 mcg/kg/min   3.4
2200  36.0    58  71   0             prop 30              3.6
0000  36.0    54  70   0             prop 30 + fent 50    3.9
0400  36.0    52  72   0             same                 4.2
Bradycardia expected w/ TTM; QTc 498 -> no QT-prolonging agents. Osborn (J) waves V3-V5.
Neuro: pupils 3 mm reactive, cough +, no myoclonus.
Wife {{NAME:Sachiko}} and son {{NAME:Eli Nakamura-Bell}} at bedside; wife's phone {{PHONE:555-249-7016}}.
Coworker {{NAME:Dwayne Pettiford}} asked for update - not on release list, declined.
RN {{NAME:Aurora Villaseñor}} / {{NAME:Jae Kim}}`,
  `TELEPHONE ENCOUNTER - DEVICE CLINIC
{{DATE:07/02/2026 10:48}}  caller: pt {{NAME:Merle Haggerty}} (DOB {{DATE:08/30/1940}}, MRN {{MRN:FC0091553}}) from {{PHONE:555-232-6610}}
Reason: "bump" at PPM site, new PPM placed {{DATE:6/24/26}} by Dr. {{NAME:Okonkwo}}, model W1SR01 SN {{DEVICE:RNA602245S}}.
Sx: mild swelling, no fever, no drainage, no redness spreading. On ASA only.
Asked pt to send photo of site via portal; photo received, no face in image.
Triage: likely small hematoma. Ice, no lifting arm above shoulder, wound check appt {{DATE:7/6}} at 0900 at {{FACILITY:Ferncliff Sisters of Charity Hospital}} Device Clinic, {{ADDRESS:5 Convent Hill Rd}}, {{LOCATION:Kalispell}}.
Pt's neighbor {{NAME:Bud Engstrom}} will drive (pt's truck, plate MT {{VEHICLE:7-4821B}}, not allowed to drive x 1 wk).
Callback confirmed {{PHONE:555-232-6610}}; alt daughter {{NAME:Colleen}} {{PHONE:555-232-9004}}.
{{NAME:Raj Mehta}}, CDS  / routed to Dr. {{NAME:Okonkwo}}`,
  `PRIOR AUTHORIZATION REQUEST - LVAD (CPT 33979)
To: UnitedHealthcare Utilization Mgmt, fax 1-800 line on file
From: {{FACILITY:Saint Kilian Heart Hospital}} MCS Program, {{ADDRESS:1900 Kilian Way}}, {{LOCATION:Tulsa}}, OK {{ZIP:74136}}
Contact: {{NAME:Margaux Delisle}}, RN   Ph {{PHONE:555-640-7788}}   Fax {{FAX:555-640-7790}}   {{EMAIL:mdelisle@saintkilianheart.example}}
Date: {{DATE:8/19/2026}}   Auth ref {{ID:PA-26-5520187}}
Member: {{NAME:Horace Teagarden}}   DOB {{DATE:02/11/1959}}   SSN {{SSN:441-58-2093}}
Member ID {{HEALTH_PLAN:UHC948301127}}   Hospital acct {{ACCOUNT:SK-HB-55103928}}
Dx: I50.22 chronic systolic HF; I42.0 DCM. EF 15%. INTERMACS 3. Inotrope-dependent (milrinone 0.375 mcg/kg/min).
Peak VO2 10.2 mL/kg/min. Not transplant candidate (BMI 38, PVR 4.1).
Requesting: HeartMate 3 as destination therapy, inpatient stay 14-21 days.
Attending: {{NAME:Yevgenia Korsakova}}, MD, NPI {{LICENSE:1467392058}}
Attachments: RHC {{DATE:8/12/26}}, TTE, CPET, psychosocial eval.`,
  `CODING / BILLING ABSTRACT  (machine export)
ACCT_NO={{ACCOUNT:44019238817}}|MRN={{MRN:KV-00418823}}|PT={{NAME:HOLLOWAY^DENNIS^R}}|DOB={{DATE:19570305}}
ADMIT={{DATE:20240311}}|DISCH={{DATE:20240322}}|DISP=06 (home health)|HH_AGENCY={{FACILITY:Northwoods Home Health}}
ATTN_NPI={{LICENSE:1992036417}}|ATTN={{NAME:VELURY^ANAND}}
PAYER=MEDICARE A/B|MBI={{HEALTH_PLAN:7QW4-TN8-DR62}}
DX1=R57.0 cardiogenic shock|DX2=I21.09|DX3=I48.91|DX4=N17.9|DX5=Z95.5
PX=33990 (Impella insertion)|92941|93451|36556|31500
MS-DRG 216? -> reviewed, final DRG 273 pending CDI query
CDI_QUERY_ID={{ID:CDI-24-007713}}|QUERY_TO={{NAME:VELURY^ANAND}}|CODER={{NAME:TJ}}
GUARANTOR={{NAME:HOLLOWAY^CAROL}}|GUAR_PH={{PHONE:5553104482}}|GUAR_ADDR={{ADDRESS:77 Spruce Knoll Dr}}^{{LOCATION:Hibbing}}^MN^{{ZIP:55746}}
SSN_LAST4=xxxx (masked)|SUBMITTED={{DATE:2024-04-02T09:14}}`,
  `ICU BED BOARD - {{DATE:Mon 9/21/26 0600}}   ({{FACILITY:Kestrel Valley Medical Center}})
{{FACILITY:Whitcombe 4 CVICU}}
4-01  {{NAME:Adebayo}}      POD1 MVR, epi 0.02         -> stay
4-02  {{NAME:Lindgren, E}}  Impella 5.5, day 4            -> stay
4-03  {{NAME:Ruiz-Tapia}}   s/p VT storm, lido gtt        -> ? 5W tele
4-04  EMPTY (clean)
4-05  {{NAME:Ostrowski}}    POD3 CABG                     -> transfer {{FACILITY:Penner 5}} stepdown
4-06  {{NAME:TRAUMA, ZULU}} GSW chest, pericardial window -> stay (police guard)
{{FACILITY:Gorham 6 MICU}}
6-11  {{NAME:Whitlock}}     IE/TV veg, ?surgery           -> stay
6-14  {{NAME:Pedersen}}     comfort care                  -> stay
Pending admits: transfer from {{FACILITY:Cedar Bluff Community Hospital}} (STEMI s/p lytics, ref {{ID:TC-260921-0017}}), ED hold Mr. {{NAME:Baskerville}} (CHB, temp wire)
Charge RN {{NAME:Ofelia}} {{PHONE:x4421}} | bed mgmt {{NAME:Trish}} {{PHONE:x4400}}`,
  `CENTRAL TELEMETRY ALARM LOG - 5 West   ({{FACILITY:Marlowe County Hospital}})
Monitor tech: {{NAME:Dolores Ng}}   shift {{DATE:10/30/26}} 1900-0700
Time   Bed    Pt                 Alarm            Action
1942   512A   {{NAME:Quintero A}}       VT 8 beats        RN {{NAME:Sal}} notified, pt asymptomatic, K 3.3
2117   508    {{NAME:Delgado-Pryce}}    Pause 3.2 s       RN {{NAME:Mika}}; MD {{NAME:Achterberg}} paged {{PHONE:555-901-3372}}
2204   510    {{NAME:Haugen, Ola}}      Leads off V1-V6   reapplied
0013   512A   {{NAME:Quintero}}         AF RVR 150        diltiazem 10 mg IV per MD
0231   506    {{NAME:Ferris-Whitcomb}}  Brady 38          asleep, sinus brady, no action
0418   508    {{NAME:Delgado-Pryce}}    Pause 4.1 s       RRT called, atropine 0.5 mg, EP consult (Dr. {{NAME:Nakagawa}})
0530   503    {{NAME:Yellowhorse}}      QTc 540           on haloperidol -> held, Mg 2 g
Strips archived: tele server {{IP:198.51.100.23}}, batch {{ID:TLM-261031-05W}}
Handoff to {{NAME:Corey}} 0700.   -{{NAME:DN}}`,
  `ELECTROPHYSIOLOGY STUDY + AJMALINE CHALLENGE
Pt: {{NAME:Fitzhugh-Oyelowo, Yolanda}}   MRN {{MRN:ACA-7731204}}   {{DATE:June 30, 2026}}   {{FACILITY:Alderbrook Cardiovascular Associates}} EP lab (at {{FACILITY:Tamarack Medical Center}})
Operator: {{NAME:Hiroshi Nakagawa}}, MD. Anesthesia: conscious sedation, midazolam 2 mg, fentanyl 50 mcg.
Baseline: AH 88, HV 44, no pre-excitation. No dual AV node physiology at baseline.
Isoproterenol 2 mcg/min: AH jump 60 ms, typical slow-fast AVNRT induced, CL 350 ms.
Ablation: slow pathway, 6 RF lesions, junctional rhythm observed; non-inducible post w/ and w/o iso. One echo beat.
Ajmaline 1 mg/kg over 5 min with V1-V2 recorded in 2nd and 3rd ICS: no coved ST elevation, no type 1 Brugada pattern. QRS widening 18%.
Impression: AVNRT s/p slow pathway modification. Negative drug challenge for Brugada.
Family: mother {{NAME:Celestine Oyelowo}} in waiting room; sister {{NAME:Amara Fitzhugh}} (has ICD, followed at {{FACILITY:Penrose Heart & Vascular Institute}}) asked re cascade screening.
Mapping system case file {{ID:EPX-26-0630-02}}.
{{NAME:HN}}/{{NAME:rb}}`,
  `PATIENT MESSAGE (portal) -> Device Clinic pool
From: {{NAME:Grady Albright}} <{{EMAIL:gradyalbright.tx@inbox.example}}>
Sent: {{DATE:Sat, Nov 14, 2026 7:52 PM}}
Subject: my defibrillator buzzed???
"Hi this is {{NAME:Grady}}, ICD put in by Dr {{NAME:Nakagawa}} last spring. Tonight at supper it beeped/buzzed for like 10 sec. No shock. I feel ok, no dizzy. My wife {{NAME:Lurleen}} says I should come in. Im at my sons in {{LOCATION:Abilene}} till tuesday. his # is {{PHONE:555-698-2213}}. My monitor is at home in {{LOCATION:Sweetwater}} so cant send. Thanks {{NAME:Grady}}"
-- reply {{DATE:11/15/2026 08:20}} by {{NAME:Raj Mehta}}, CDS:
Alert tone likely = lead impedance or ERI alert. Device SN {{DEVICE:CRX-201177-B}}. Last remote {{DATE:10/30/26}}: RV lead imp 610, battery OK. Called pt on son's phone. Arranged interrogation at {{FACILITY:Caprock Mesa Heart Clinic}} in {{LOCATION:Abilene}} {{DATE:11/16}} - rep from mfr to meet. No driving until checked.`,
  `CT SURGERY -> CVICU HANDOFF (I-PASS)  OR 6 -> 4-01   {{DATE:1/5/2027 16:20}}
Pt: {{NAME:Adebayo, Olufemi}}  64M  MRN {{MRN:KV-01122093}}  Surgeon: Dr. {{NAME:Kowalczyk}}  Anes: Dr. {{NAME:Bautista}}
Procedure: MVR (29 mm bioprosthetic, valve SN {{DEVICE:BPV-29-4410287}}) + TV repair + LAA clip. CPB 148 min, XC 112 min.
Illness severity: watcher.
Pt summary: EF 40% pre, TEE post EF 35%, no PVL. Epi 0.03 mcg/kg/min, NE 0.05. Paced AAI 90 via epicardial wires (A + V), temp pacer threshold A 3 mA / V 4 mA.
Lines: R IJ PAC (Swan) 50 cm, L radial art, 2 mediastinal + 1 R pleural CT.
Blood: 2 PRBC, 1 plt, 2 FFP, cryo 10. Cell saver 650 mL. Protamine given, ACT 118.
Action list: CT output q1h, if > 200 mL/h x 2 call surgeon ({{PHONE:555-204-9987}}). K goal > 4, Mg > 2. Glucose 140-180 insulin gtt.
Situation awareness: Jehovah's Witness? NO - pt accepts blood; wife {{NAME:Funmilayo}} in family lounge, cell {{PHONE:555-913-0056}}.
Synthesis: received by {{NAME:Jolene Rasmussen}} RN, {{NAME:Iyer}} fellow.`,
  `SOCIAL WORK - HEART TRANSPLANT PSYCHOSOCIAL EVALUATION
Pt: {{NAME:Archibald Nnamdi-Foster}}   MRN {{MRN:SK-6620158}}   Date {{DATE:03/10/2026}}
SSN (for UNOS registration) {{SSN:527-09-6614}}   DL OK {{LICENSE:D482117903}}
Lives w/ wife {{NAME:Philippa Nnamdi-Foster}} at {{ADDRESS:8812 Wagon Wheel Cir}}, {{LOCATION:Broken Arrow}}, OK {{ZIP:74012}}. Two teens attend {{FACILITY:Union Ridge High School}}.
Employment: HVAC technician at {{FACILITY:Arkoma Mechanical Services}}, on short-term disability since {{DATE:Jan 2026}}.
Insurance: BCBS OK, member {{HEALTH_PLAN:ZOK720019384}}; secondary Medicaid (SoonerCare) {{HEALTH_PLAN:B10048827}}.
Caregivers: wife (primary), brother {{NAME:Chidi Nnamdi}} (backup), {{PHONE:555-918-4467}}, lives 20 min away in {{LOCATION:Jenks}}.
Substance: former smoker, quit 2019; cotinine neg. EtOH none. SIPAT score 18 (good/acceptable).
Transportation: family car; will relocate to {{FACILITY:Kilian Family House}} during first 3 mo post-tx.
Recommendation: psychosocially acceptable candidate.
{{NAME:Bernadette Quinlan}}, LCSW  ext {{PHONE:7731}}`,
  `CCU PROGRESS NOTE   HD#3   {{DATE:2/8/27}}
Pt: {{NAME:Baskerville, Thurgood}}  {{AGE:96}}M  MRN {{MRN:KV-00290017}}
S: no dizziness overnight. Eating. Asks when he can go back to {{FACILITY:Pinecrest Manor}} - "the ladies at bingo miss me."
O: T 36.8  HR 60 (paced, temp wire RIJ)  BP 132/58  RR 16  SpO2 95% RA
   Temp wire: VVI 60, output 5 mA, threshold 0.8 mA, sensing 8 mV. Underlying: CHB, junctional escape 32.
   Exam: cannon A waves gone w/ pacing. Soft SEM 2/6 RUSB (Levine II). No Austin Flint.
   Labs: K 4.3, Cr 1.3, TSH 2.1, Lyme neg. Trop flat 0.04.
A/P: {{AGE:96}} yo w/ symptomatic CHB, no reversible cause (not on nodal agents).
 - PPM today w/ Dr. {{NAME:Okonkwo}}; consent from pt (capacity intact) + son {{NAME:Marcus Baskerville}} (HCPOA) by phone {{PHONE:555-460-1193}}.
 - Hold heparin SQ AM. NPO after MN.
 - Goals: full code confirmed.
{{NAME:Noor Haddad}}, MD (resident) / Attending {{NAME:Feld}}`,
  `REGISTRATION / FACE SHEET - CARDIAC REHAB INTAKE
Facility: {{FACILITY:Blue Heron Cardiac Rehab}}   Date {{DATE:03/02/2027}}
Name: {{NAME:Sigrid Aho-Lindahl}}        Preferred: "{{NAME:Siggy}}"
DOB: {{DATE:04/18/1949}}   Sex: F   SSN: {{SSN:468-22-7305}}
Address: {{ADDRESS:1127 Lakewalk Ter}}, {{LOCATION:Duluth}} MN {{ZIP:55812}}
Phone: {{PHONE:555-728-3341}}   Email: {{EMAIL:siggy.aholindahl@northmail.example}}
Primary ins: Medicare, MBI {{HEALTH_PLAN:2FK9-QW3-HV47}}   Supplement: AARP plan F, ID {{HEALTH_PLAN:38847712-11}}
Referring dx: s/p TAVR ({{DATE:1/19/27}}), HFpEF; CPT 93798 x 36 authorized.
Emergency contact: husband {{NAME:Pentti Lindahl}}, same #; neighbor {{NAME:Marjorie Dahl}} {{PHONE:555-728-5012}}
Check-in: palm-vein scan enrolled, template ID {{BIOMETRIC:PV-0093318-A}}; ID photo on file {{PHOTO:IMG_BH_20270302_0412.jpg}}
Parking: MN {{VEHICLE:592 RHL}} (disability placard)
Physician: Dr. {{NAME:Anand Velury}}   Fax {{FAX:555-014-7702}}
Intake RN: {{NAME:Agnes Olafsdottir}}`,
  `DISCHARGE INSTRUCTIONS - NEW ICD   ({{FACILITY:Kestrel Valley Medical Center}})
Patient: {{NAME:Sandor Villanueva-Reyes}}     Discharge {{DATE:07/09/2025}}
Your device: ICD model DA-412, serial {{DEVICE:CRX-118830-A}}. Carry your ID card at all times.
Your remote monitor will connect automatically. If it shows a red light call {{PHONE:555-009-4410}}.
Wound: keep dry 5 days. No submerging 4 wk. Do not raise L arm above shoulder for 4 wk.
DRIVING: Because this is a primary prevention ICD, no driving for 1 week. If you get a shock, no driving for 6 months and call us.
  (Washington driver license on file: {{LICENSE:VILLASR512Q7}} - DOL form not required for primary prevention.)
Shock plan: 1 shock and you feel fine -> call clinic same day. 2+ shocks in 24 h or feel unwell -> 911.
Avoid: arc welding, leaning over running car engines, MRI unless cleared (device MR-conditional).
Meds: carvedilol 12.5 mg twice daily, sacubitril/valsartan 49/51 twice daily, spironolactone 25 mg daily, dapagliflozin 10 mg daily.
Follow-up: wound check {{DATE:7/18/25 10:30}} with {{NAME:Raj Mehta}}; Dr. {{NAME:Nakagawa}} in 3 months.
Questions after hours: EP fellow via operator {{PHONE:555-009-4000}}.
Patient portal: {{URL:https://my.kvmc.example/login}}
Reviewed with pt and wife {{NAME:Mireille}} by {{NAME:Beatrix Lund}}, PA-C`,
  `DOBUTAMINE STRESS ECHO
{{NAME:Pettibone, Clarence}}  MRN {{MRN:QMH-0118843}}  DOB {{DATE:1/27/1950}}  {{DATE:04/05/2027}}
{{FACILITY:Quillan Memorial Hospital}} Echo, ordering Dr. {{NAME:Fairweather}}
Indication: pre-op risk (planned AAA repair), unable to exercise (COPD, home O2 2L). RCRI 3.
Protocol: dobutamine 5-10-20-30-40 mcg/kg/min, atropine 0.5 mg x 2. Definity 1.5 mL.
Target HR 119 (85% of 140). Achieved 124 at 40 + atropine.
BP 128/70 -> 156/78. No symptoms. ECG: 1 mm upsloping ST depression II, III, aVF (non-diagnostic).
Rest: EF 55%, no RWMA. Peak: hyperdynamic, all segments augment, EF 75%. No new RWMA.
Impression: negative for inducible ischemia at adequate workload.
Complications: 14-beat NSVT at peak, resolved spont. Pt asked "did I pass?" - told yes, prelim.
Sonographer {{NAME:Ines Barraza}}, RDCS; physician {{NAME:Harold Tsai}}, MD.
Wife {{NAME:Opal}} drove him from {{LOCATION:Garden City}}; they live at {{ADDRESS:RR 2 Box 118}}, {{ZIP:67846}}.
Study # {{ID:DSE27-0192}}`,
  `RAPID RESPONSE RECORD
RRT # {{ID:RRT-27-04412}}   {{DATE:5/12/2027 22:48}}   Unit: {{FACILITY:Penner 5}} stepdown Rm 17
Pt: {{NAME:Leopoldina Carvalho}}  DOB {{DATE:09/12/1936}}  ({{AGE:ninety}})  MRN {{MRN:KV-00118362}}
Called by RN {{NAME:Vanessa}}: HR 168 narrow, BP 88/50 (manual, Korotkoff phase V muffled), dizzy.
ECG: AF w/ RVR, no pre-excitation; QTc 462. Known paroxysmal AF, on apixaban (held for procedure tomorrow).
Interventions: NS 500 mL, diltiazem 5 mg IV (reduced dose, soft BP) -> HR 120; amiodarone 150 mg over 10 min then 1 mg/min. BP 102/60.
Labs: K 3.4 (replace), Mg 1.7 (2 g), lactate 1.8, trop 0.03.
Disposition: stays on stepdown, continuous tele; team Dr. {{NAME:Haddad}} aware. CCU not needed.
Family: daughter {{NAME:Teresa Carvalho-Mendes}} phoned from {{LOCATION:Lisbon}}, asked for WhatsApp updates on {{PHONE:+351 555 019 442}}? -> hospital policy: phone only. Local son {{NAME:Paulo}} {{PHONE:555-390-7718}}.
RRT RN {{NAME:Jermaine Oduya}}; RT {{NAME:Blythe}}.`,
  `ICU -> LTACH TRANSFER SUMMARY
From: {{FACILITY:Gorham 6 MICU}}, {{FACILITY:Kestrel Valley Medical Center}}     To: {{FACILITY:Vireo Ridge Specialty Hospital}}, {{LOCATION:Superior}}, WI
Pt: {{NAME:Lindgren, Evald}}   MRN {{MRN:KV-00667120}}   DOB {{DATE:12/30/1948}}   Admit {{DATE:05/29/2027}}   Transfer {{DATE:06/24/2027}}
Dx: cardiogenic shock (SCAI D) 2/2 LAD STEMI, Impella 5.5 x 11 d (SN {{DEVICE:IMP55-2081193}}, explanted {{DATE:6/10}}), trach {{DATE:6/14}}, PEG {{DATE:6/17}}, VAP (Pseudomonas), AKI off CRRT.
Current: trach collar 35% day / PS 10/5 night. EF 25%. Off pressors x 7 d. Amiodarone 200 daily (QTc 470). Zosyn through {{DATE:6/27}}.
Lines: R PICC {{DATE:6/19}}, 45 cm. Sacral DTI stage 2.
Code status: full; wife {{NAME:Birgitta}} is HCPOA, {{PHONE:555-727-1480}}, {{ADDRESS:2206 Minnesota Ave}}, {{LOCATION:Superior}} {{ZIP:54880}}.
Accepting MD: Dr. {{NAME:Oluwaseun Adeyemi}}. Report RN-RN: {{NAME:Kayla}} -> {{NAME:Desirée}} ({{PHONE:555-727-9000}}).
Transport: {{FACILITY:Lakehead Critical Care Transport}}, {{DATE:6/24}} 10:00.
Signed {{NAME:Esterhazy}} {{DATE:06/24/2027 08:12}}`,
  `REMOTE MONITORING TRIAGE QUEUE - export {{DATE:2027-07-19 07:30}}
Clinic: {{FACILITY:Alderbrook Cardiovascular Associates}}   reviewer: {{NAME:R. Mehta}}
PRI | PATIENT              | DOB        | DEVICE SN     | ALERT                         | SRC IP
----+----------------------+------------+---------------+-------------------------------+-----------------
 1  | {{NAME:BAPTISTE, PRUDENCE}}   | {{DATE:03/17/1966}} | {{DEVICE:RZN550913S}}    | VT/VF treated, 1 shock        | {{IP:203.0.113.211}}
 2  | {{NAME:ALBRIGHT, GRADY}}      | {{DATE:06/02/1952}} | {{DEVICE:CRX-201177-B}}  | RV lead imp 1840 ohm          | {{IP:198.51.100.96}}
 3  | {{NAME:CASTELLANOS, RUEBEN}}  | {{DATE:02/28/1961}} | {{DEVICE:ILR-LNQ-774031}}| AF 6h12m (ILR)                | {{IP:192.0.2.150}}
 4  | {{NAME:GUNDERSON, ETHEL}}     | {{DATE:07/06/1931}} | {{DEVICE:RNB481120S}}    | scheduled, no alerts          | {{IP:203.0.113.58}}
Notes: #1 -> called pt, seen in clinic today 1 PM. #2 -> same lead seen {{DATE:11/16/26}}, revision scheduled w/ Dr. {{NAME:Nakagawa}}. #3 -> CHA2DS2-VASc 1, msg to Dr. {{NAME:Pruitt}}.`,
  `LVAD ALARM - OVERNIGHT ON-CALL NOTE
{{DATE:8/2/27 0217}}  call from pt's husband {{NAME:Tane Ngata}} ({{PHONE:555-244-0817}})
Pt: {{NAME:Odessa Fairchild-Ngata}}   MRN {{MRN:SK-4419027}}
Alarm: red heart / "low flow" hazard, then cleared after ~40 s; now yellow "low battery" - they swapped batteries (lot BT-5521) and it cleared.
Pt awake, talking, denies dizziness, dark urine, or chest pain. Controller display: 5600 rpm, flow 3.9, PI 5.8, power 4.1.
Likely: hypovolemia (vomiting since dinner, GI bug going around at her work at {{FACILITY:Maui Lani Elementary}}) -> suction/PI events.
Advice: oral fluids, Zofran 4 mg ODT from home supply, check MAP w/ home doppler; if any recurrent red alarm -> ED at {{FACILITY:Wailuku Valley Medical Center}} (VAD-aware; ED phone {{PHONE:555-242-2000}}). Controller log to be uploaded via {{URL:https://vadlogs.saintkilianheart.example/up/SC-1140873}} in AM.
Controller SN {{DEVICE:SC-1140873}}. Dr. {{NAME:Korsakova}} informed by text 0240.
On-call coordinator: {{NAME:Devon Ashby}}, RN`,
  `NURSE-TO-NURSE REPORT (phone) - incoming transfer
Taken by: {{NAME:Marisol Echeverría}}, RN, CVICU   {{DATE:09/07/2027 1340}}
From: {{NAME:Trudy}} RN, ICU at {{FACILITY:Ostrander Critical Access Hospital}} ({{PHONE:555-466-2110}})
Pt {{NAME:Cornelius Oyelaran-Meeks}}, 61 M, DOB {{DATE:1/3/1966}}, 110 kg. Allergies: PCN (rash), iodine? (pt unsure).
Story: CP x 2 d, presented today w/ new holosystolic murmur + pulm edema; bedside echo: papillary muscle rupture, flail post MV leaflet. IABP not available there.
Now: intubated 1215, propofol 40 mcg/kg/min, fent 100 mcg/h; norepi 0.15, dobutamine 5 mcg/kg/min; MAP 62. Lactate 4.4.
Lines: L fem CVC, R radial A-line. Foley. OGT.
Family: partner {{NAME:Fern Kowalski}} driving separately, {{PHONE:555-466-8832}}; pt's mother {{NAME:Edith Meeks}} ({{AGE:92}} y/o) at {{FACILITY:Good Shepherd Lutheran Home}} - partner asks staff NOT to call her directly.
Transport: {{FACILITY:Northstar Air Medical}} fixed wing from {{LOCATION:Austin}} MN airport, aircraft {{VEHICLE:N88KV}}. ETA 1530.
CT surgery ({{NAME:Kowalczyk}}) aware - possible emergent MVR.`,
  `PYXIS / ADC OVERRIDE REPORT  - {{FACILITY:Whitcombe 4 CVICU}} station 4A
Generated {{DATE:10/02/2027 06:00}} by pharmacy informatics ({{NAME:S. Okwuosa}})
User             Bio-ID template       Time   Patient              Med                         Reason
{{NAME:RASMUSSEN, J}}     {{BIOMETRIC:FP-7781-3302}}         0214   {{NAME:Farkas, Laszlo}}      vasopressin 20 units/mL     emergent - MAP 58
{{NAME:WREN, T}}          {{BIOMETRIC:FP-7781-4119}}         0352   {{NAME:Brandt, Maximilian}}  heparin 5000 units/mL      ECMO circuit per protocol
{{NAME:MARCHETTI, O}}     {{BIOMETRIC:FP-7781-2006}}         0433   {{NAME:Washington-Haynes, C}} epinephrine 1 mg/10 mL   code, CALS (not given)
{{NAME:ODUYA, J}}         {{BIOMETRIC:FP-7781-5570}}         0510   {{NAME:Adebayo, O}}          amiodarone 150 mg/3 mL      new AF
All overrides reconciled w/ orders by 0545 except #3 (returned, waste witnessed by {{NAME:Ofelia Marchetti}} and {{NAME:Jae Kim}}).
Report ID {{ID:ADC-OVR-271002-4A}}. Questions: pharmacy ext {{PHONE:6614}}.`,
  `HL7-ish HEMODYNAMIC EXPORT (bedside monitor -> EHR interface)
MSH|^~|HEMO_GW|{{FACILITY:KVMC}}|EHR|{{FACILITY:KVMC}}|{{DATE:20271015083000}}||ORU^R01|{{ID:MSG000918327}}|P|2.5
PID|1||{{MRN:KV-01000427}}^^^{{FACILITY:KVMC}}^MR||{{NAME:BRANDT^MAXIMILIAN^J}}||{{DATE:19800717}}|M|||{{ADDRESS:14 Birchwood Ct}}^^{{LOCATION:Cloquet}}^MN^{{ZIP:55720}}||{{PHONE:5558791123}}
PV1|1|I|4-07^CVICU^{{FACILITY:KVMC}}||||{{LICENSE:1588204731}}^{{NAME:RAMASWAMY^PRIYA}}
OBX|1|NM|HR||88|bpm
OBX|2|NM|ABP-M||72|mmHg
OBX|3|NM|PAP-M||31|mmHg
OBX|4|NM|CVP||11|mmHg
OBX|5|NM|CO-CCO||4.8|L/min
OBX|6|NM|SvO2||68|%
OBX|7|ST|RHYTHM||SR w/ PVCs (V1 lead)
OBX|8|NM|NE-RATE||0.04|mcg/kg/min
OBX|9|NM|MILR-RATE||0.25|mcg/kg/min
NTE|1||Source monitor {{DEVICE:MX800-DE73310428}} at {{IP:198.51.100.201}} bed 4-07`,
  `Echo lab scheduling - email thread
From: {{NAME:Ines Barraza}} <{{EMAIL:ibarraza@tamarackmed.example}}>
To: {{NAME:Harold Tsai}} <{{EMAIL:htsai@tamarackmed.example}}>
Date: {{DATE:Wed 11/3/2027 4:05 PM}}
Subject: RE: add-on TEE tmrw?

{{NAME:Harold}} - can we squeeze Mr. {{NAME:Pettibone}} (MRN {{MRN:QMH-0118843}}) at 0730 before the DCCV on {{NAME:Arceneaux}}? His TTE from {{DATE:10/29}} was technically limited (COPD, BMI 41) and Dr. {{NAME:Fairweather}} wants LAA cleared before TEE/DCCV. Anesthesia ({{NAME:Bautista}}) says OK if NPO after midnight. His wife {{NAME:Opal}} needs to drive 2 h from {{LOCATION:Garden City}} so I'll call her tonight ({{PHONE:555-276-4418}}).
Also - the Philips cart in Rm 2 is back from biomed (asset tag 44821, not a pt device).
-{{NAME:Ines}}

> From: {{NAME:Harold Tsai}}  {{DATE:11/3/2027 3:41 PM}}
> Fine by me. Put him first. Book 45 min. Definity not needed for TEE.`,
  `{{FACILITY:Gorham 6 MICU}}
{{FACILITY:Kestrel Valley Medical Center}}
{{ADDRESS:3400 Kestrel Valley Blvd}}, {{LOCATION:Duluth}}, MN {{ZIP:55811}}

{{DATE:March 8, 2024}}

Dear {{NAME:Patricia}}, {{NAME:Gene}}, and family,

All of us who cared for your father, {{NAME:Walter Pike}}, in the medical ICU want you to know how sorry we are for your loss. {{NAME:Walter}} died peacefully on {{DATE:February 18, 2024}}, with {{NAME:Abby}} holding his hand and {{NAME:Tyler}} arriving just in time from Japan.
Several nurses remember his stories about the lake cabin near {{LOCATION:Grand Forks}} and his years as a machinist at {{FACILITY:Red River Valve Works}}.
If you have questions about his care, Dr. {{NAME:Esterhazy}} is glad to meet with you; you can reach our unit at {{PHONE:555-014-6600}}. Our bereavement coordinator, {{NAME:Marguerite Oyler}}, will send information about the spring memorial service.

With sympathy,
{{NAME:Kayla Brennan}}, RN, and the MICU team`,
  `DEATH PRONOUNCEMENT NOTE
Called to bed 6-14 by RN {{NAME:Kayla Brennan}} at {{DATE:02/18/2024 04:52}}.
Pt: {{NAME:Pike, Walter Eugene}}   MRN {{MRN:KV-00340815}}   DOB {{DATE:11/02/1932}}   Age {{AGE:91}}
Comfort care since {{DATE:2/17}} (DNR/DNI per family meeting {{DATE:2/16/24}}).
Exam: no response to verbal or tactile stimuli, pupils fixed/dilated, no corneal reflex, no heart sounds x 1 min, no breath sounds, no carotid pulse. Monitor asystole in all leads (II, V1, V5).
Time of death: {{DATE:02/18/2024 04:58}}.
Family present: {{NAME:Patricia Pike-Lindqvist}} (HCPOA), {{NAME:Abby}}, {{NAME:Tyler Pike}}. Condolences offered.
Autopsy: declined. Medical examiner: not a ME case (natural, in-hospital > 24 h), ME line called ({{PHONE:555-014-9911}}), case not accepted, ref {{ID:ME-24-0218-07}}.
OPO: {{FACILITY:LifeSource North}} notified at 05:05, ref {{ID:LSN-2402180112}}; not a candidate (age, shock).
Funeral home: {{FACILITY:Bergquist-Holm Funeral Chapel}}, {{PHONE:555-773-2900}}.
Pronounced by: {{NAME:Darius Fenwick}}, MD (night hospitalist)`,
  `TEMPORARY TRANSVENOUS PACEMAKER PLACEMENT
{{DATE:2/5/27 23:40}}   {{FACILITY:Kestrel Valley Medical Center}} ED bay 3 -> CCU
Pt: {{NAME:Thurgood Baskerville}}   {{AGE:96}} y/o   MRN {{MRN:KV-00290017}}
Referred from {{FACILITY:Pinecrest Manor}} (nursing facility, {{LOCATION:Esko}}) for syncope x2, HR 28.
Rhythm: CHB w/ wide escape 28-32, QRS 150 (RBBB morphology). No hyperkalemia (K 4.6). Not on BB/CCB/digoxin.
Consent: emergent; son {{NAME:Marcus Baskerville}} reached at {{PHONE:555-460-1193}}, agreed.
Procedure: R IJ 6 Fr sheath, US-guided. Balloon-tipped bipolar pacing wire advanced under ECG guidance to RV apex (ST elevation in V1-lead electrode, then capture). Fluoro confirmation 0.8 min.
Settings: VVI 60, output 5 mA, threshold 0.8 mA, sensing 8 mV.
Pacing box SN {{DEVICE:TPG-5392-00817}} (hospital-owned, tracked to pt while in use).
Post CXR: tip at RV apex, no PTX.
Operator: {{NAME:Marcus Feld}}, MD. Assist: {{NAME:Noor Haddad}}, MD.
Tracking # for lead lot (not PHI): 6F-BP-24113.`,
  `PERICARDIOCENTESIS - PROCEDURE NOTE
Date/time: {{DATE:12/21/2026 18:05}}   Location: cath lab 2, {{FACILITY:Penrose Heart & Vascular Institute}}
Pt: {{NAME:Esperanza Quiñones-Lutz}}   MRN {{MRN:PHV-3301882}}   DOB {{DATE:04/09/1977}}
Indication: large circumferential effusion w/ tamponade physiology (RA/RV diastolic collapse, resp variation MV inflow 38%), pulsus paradoxus 22 mmHg; Kussmaul sign absent; hx lupus.
Approach: subxiphoid, echo-guided, agitated saline confirmation. 8 Fr pigtail left in place.
Drained: 780 mL serosanguinous. Opening pressure 16 mmHg -> 2 mmHg. RA 18 -> 7.
Fluid sent: cell count, cytology, AFB, culture (lab order # {{ID:ORD-8813027}}).
Complications: none. Pain 2/10.
Plan: drain q6h, remove when < 50 mL/24h; colchicine 0.6 bid; rheum consult (Dr. {{NAME:Abernethy-Sato}}).
Husband {{NAME:Gerhard Lutz}} ({{PHONE:555-207-3365}}) and sister {{NAME:Marisol Quiñones}} updated in family lounge.
Operator {{NAME:Priya Ramaswamy}}, MD.  Fellow {{NAME:Anil Iyer}}, MD.`,
  `IABP NOTE - CCU
Pt {{NAME:Oyelaran-Meeks, C.}}  MRN {{MRN:KV-01188230}}  {{DATE:9/8/27}}  POD#0 emergent MVR (papillary muscle rupture)
IABP 40 cc via L fem, placed in OR {{DATE:9/7/2027 19:30}}. Console SN {{DEVICE:IAB-CS300-77190}}. Ratio 1:1, timing by arterial waveform, trigger ECG lead II.
Augmented diastolic 108, assisted systolic 84, unassisted 96, MAP 80. PCWP 16 (was 38 pre-op). CI 2.3.
Heparin 600 units/h (anti-Xa 0.28). Plt 132.
L foot: DP/PT dopplerable, warm. No hematuria.
Plan: wean to 1:2 at 0600 if CI > 2.2 on epi 0.02; remove POD1-2.
Partner {{NAME:Fern}} at bedside overnight; requested chaplain. Pt's mother {{NAME:Edith}} NOT to be called (per partner & pt's prior wishes documented by {{NAME:Trudy}} at {{FACILITY:Ostrander CAH}}).
{{NAME:Iyer}} (fellow) / {{NAME:Velury}} (attending)`,
  `OPO REFERRAL CALL - ICU
Referral # {{ID:LSN-2709140431}}   {{DATE:09/14/2027 04:31}}
Caller: {{NAME:Tobias Wren}}, RN, {{FACILITY:Whitcombe 4 CVICU}}, {{FACILITY:Kestrel Valley Medical Center}}, callback {{PHONE:555-014-4421}}
OPO coordinator: {{NAME:Renata Szabo}}, {{FACILITY:LifeSource North}}
Pt: {{NAME:BRANDT, MAXIMILIAN J}}, 47 M, DOB {{DATE:07/17/1980}}, MRN {{MRN:KV-01000427}}
Trigger: GCS 3 off sedation x 24 h after massive ICH on VA-ECMO day 9; family discussing withdrawal.
Hemodynamics: ECMO flow 4.2 L/min, NE 0.1 mcg/kg/min, vaso 0.04 U/min. EF < 10% native.
Labs: Na 151, Cr 2.1, AST/ALT 410/388, lactate 3.0. Blood type O+. HIV/HCV pending.
Registry: pt registered donor per state DL record (license MN {{LICENSE:B294-118-770-552}}).
Family: fiancée {{NAME:Leonie Hartmann}} (not legal NOK), mother {{NAME:Ingrid Brandt}} arrived from {{LOCATION:Hamburg}} - NOK. German interpreter via video, ID {{ID:VRI-88213}}.
OPO on-site ETA 0700. Do not approach family re: donation before OPO arrives (designated requestor).
Documented by {{NAME:T. Wren}} RN`,
  `WEARABLE CARDIOVERTER-DEFIBRILLATOR (WCD) FITTING
Date: {{DATE:10/20/2027}}   Fitted at bedside, {{FACILITY:Penner 5}} Rm 9, prior to discharge
Pt: {{NAME:Jovita Ramos-Whitehorse}}   MRN {{MRN:KV-01200841}}   DOB {{DATE:02/02/1969}}
Indication: new NICM (EF 25%), possible peripartum vs myocarditis; reassess EF at 90 days on GDMT before ICD decision. CMR LGE mid-wall septal.
Garment size M, monitor SN {{DEVICE:LV4-00719245}}, battery SNs {{DEVICE:LVB-3381920}} / {{DEVICE:LVB-3381921}}
Programming: VT 150 bpm, VF 200 bpm, response time 60/25 s. Voice alerts in English.
Training: pt and sister {{NAME:Winona Whitehorse}} demonstrated response buttons, bathing protocol, battery swap.
Supplier rep: {{NAME:Garrett Lyle}} ({{FACILITY:ZollStar Cardiac Supply}}), {{PHONE:555-880-3126}}.
Data: transmits nightly to {{URL:https://wcdnet.zollstarcardiac.example/patients/719245}}; home modem IP {{IP:192.0.2.211}}.
Insurance: Medicaid {{HEALTH_PLAN:MN00781223410}}; rental auth # {{ID:WCD-AUTH-27-00418}}.
Pt lives at {{ADDRESS:5 Bear Creek Loop}}, {{LOCATION:Cass Lake}} - 2 h from clinic; f/u by tele-visit.
RN: {{NAME:Vanessa Obregón}}`,
  `ANTICOAGULATION CLINIC - LVAD PATIENT (phone)
{{DATE:1/11/28 09:15}}  {{NAME:Lamont Greer}}  MRN {{MRN:00922740}}  goal INR 2.0-3.0 (HM3), ASA 81
POC INR (home meter SN {{DEVICE:CXS-6620415}}) = 1.6 today; 2.2 on {{DATE:1/4}}.
Missed doses? none per wife {{NAME:Sharonda}}. Diet: lots of kale / collards at New Year's (relatives from {{LOCATION:Birmingham}} visiting).
New meds: none. EtOH: none. Bleeding: none. Dark stools: no. Hemolysis sx (tea-colored urine): no.
Current: warfarin 5 mg daily except 7.5 mg M/F (37.5 mg/wk).
Plan: 7.5 mg today and tomorrow, then 40 mg/wk (7.5 M/W/F, 5 other days). Recheck INR {{DATE:1/15/28}}. No bridging per VAD team (Dr. {{NAME:Korsakova}}) unless INR < 1.5.
Pharmacy: {{FACILITY:Eastside Apothecary}} ({{PHONE:555-918-2245}}, fax {{FAX:555-918-2246}}); new warfarin 2.5 mg tabs, refill req # {{ID:RX-0734412}}.
Spoke w/ {{NAME:Sharonda Greer}} at {{PHONE:555-918-7703}}; read back correct.
{{NAME:Gwen Palatino}}, PharmD, CACP`,
  `HOME HEALTH SKILLED NURSING VISIT - HF
Agency: {{FACILITY:Northwoods Home Health}}   Visit {{DATE:04/14/2024}} 1010-1105
Pt: {{NAME:Dennis Holloway}}   Agency ID {{ID:NHH-24-3391}}   Address {{ADDRESS:77 Spruce Knoll Dr}}, {{LOCATION:Hibbing}} {{ZIP:55746}}
Wt 88.4 kg (d/c wt 87.1) - up 1.3 kg in 3 days. BP 104/66, HR 78 irreg, SpO2 95% RA. 1+ ankle edema. Lungs: faint crackles bases. No orthopnea per pt, wife {{NAME:Carol}} says he "sleeps in the recliner now."
Meds: reconciled. Torsemide 20 mg, metoprolol succinate 50, apixaban 5 bid, amiodarone 200, sacubitril/valsartan 24/26 bid. Pill organizer filled for 2 wks.
Education: daily weights, 2 g Na, 1.5 L fluid. Red flags reviewed. Teach-back adequate.
Called HF clinic RN {{NAME:Siobhan}} ({{PHONE:555-014-3380}}) -> per Dr. {{NAME:Velury}}, extra torsemide 20 mg x 3 days; BMP {{DATE:4/17}}.
Home safety: throw rugs removed; grandson {{NAME:Kyle Jr.}} installed grab bars.
Next visit {{DATE:Wed 4/17}}.
{{NAME:Ruth Aanerud}}, RN  (cell {{PHONE:555-262-0915}})`,
  `E-CONSULT: CARDIOLOGY
Requesting: {{NAME:Dana Whitcomb-Ellis}}, FNP, {{FACILITY:Cedar Bluff Community Hospital}} Rural Health Clinic
Pt: {{NAME:Roscoe T. Mullins}}, DOB {{DATE:6/6/1960}}, MRN {{MRN:CBC-40217}}
Q: "ECG w/ incomplete RBBB and ST elev V1-V2, saddleback - is this Brugada? Pt had a syncopal episode at church {{DATE:8/3/2028}}. Cousin died suddenly at 38."
Cardiology response ({{NAME:Marcus Feld}}, MD, {{DATE:08/05/2028 12:20}}):
Reviewed ECG from {{DATE:8/4/28}}. Findings: saddleback ST elevation 1.5 mm V2 = type 2 pattern, QTc 430, no pre-excitation, no epsilon waves. Type 2 is not diagnostic. Syncope + family hx SCD warrants in-person eval: high-lead ECG (V1-V2 in 2nd ICS), TTE, ambulatory monitor, consider sodium channel blocker challenge at EP lab. Avoid drugs on brugadadrugs list; treat fever promptly.
Recommend referral to EP clinic at {{FACILITY:Alderbrook Cardiovascular Associates}} - referral coordinator {{NAME:Tammy}} {{PHONE:555-847-2260}}, fax {{FAX:555-847-2269}}.
e-Consult ID {{ID:EC-28-11804}}. Time spent 15 min (CPT 99451).`,
  `ICU SEDATION / DELIRIUM FLOWSHEET   {{FACILITY:Gorham 6 MICU}} bed 6-09
Pt {{NAME:Yellowhorse, Darnell}}  MRN {{MRN:KV-00975561}}  Vent day 4 (cardiogenic pulm edema, EF 20%)
Date {{DATE:11/28/2027}}
Time  RASS  CAM-ICU  CPOT  Propofol       Dexmed          Fentanyl   Notes
0800  -3    UTA      1     20 mcg/kg/min  0.4 mcg/kg/h    50 mcg/h   SAT started 0805
0900  -1    +        2     off            0.4             25         pulling at ETT; mitts
1000   0    +        1     off            0.6             25         SBT PS 5/5 passed
1100   0    -        0     off            0.6             25         extubated 1108 to 4L NC
1400  +1    +        1     off            0.4             off        haloperidol 2 mg held (QTc 512)
Family at bedside for reorientation: wife {{NAME:Loretta}}, uncle {{NAME:Virgil Yellowhorse}} (came from {{LOCATION:Chinle}}); medicine man visit requested - approved by charge RN {{NAME:Ofelia}}.
Pt speaks Diné; interpreter via phone line {{PHONE:555-014-8100}}, interp ID {{ID:NAV-2291}}.
ABCDEF bundle: A yes B yes C yes D yes E (PT {{NAME:Colt}} dangled) F yes.
{{NAME:KB}} RN`,
  `CASE MANAGEMENT - DISCHARGE PLANNING (CCU)
{{DATE:12/4/2027}}   Pt: {{NAME:Horace Teagarden}}   MRN {{MRN:SK-5572209}}   Acct {{ACCOUNT:SK-HB-55103928}}
POD#14 HeartMate 3 (DT). Pump SN {{DEVICE:HM3-4418820}}.
Discharge needs: VAD-trained caregiver 24/7 x 6 wk -> daughter {{NAME:Lacey Teagarden-Moore}} (trained {{DATE:12/2}}, passed) and son-in-law {{NAME:Brent Moore}} (training {{DATE:12/6}}).
Home: {{ADDRESS:45 County Rd 3120}}, {{LOCATION:Okmulgee}}, OK {{ZIP:74447}}. Electrical assessment done by {{FACILITY:Okmulgee Rural Electric Co-op}}; account {{ACCOUNT:ORE-5520913}} flagged as life-support priority.
Grounded outlets x3 installed. No well water issues.
EMS notified: {{FACILITY:Okmulgee County EMS}} VAD-patient registry letter faxed to {{FAX:555-756-1299}}.
Insurance: UnitedHealthcare {{HEALTH_PLAN:UHC948301127}}; auth ref {{ID:PA-26-5520187}} covers implant + 30-day post-acute.
Home health: {{FACILITY:Sooner Heart Home Care}} accepted, SOC {{DATE:12/9}}.
Pharmacy: warfarin, sildenafil PA approved.
Transport home: family vehicle, OK plate {{VEHICLE:JKT-449}}.
CM: {{NAME:Dorothea Pruneda}}, RN, {{PHONE:555-640-7720}}, {{EMAIL:dpruneda@saintkilianheart.example}}`,
  `PHARMACY CONSULT - AMIODARONE MONITORING
Pt: {{NAME:Quintero, Arturo}}   MRN {{MRN:MCH-880132}}   {{DATE:07/15/2025}}
Indication: AF w/ RVR + ischemic CM (EF 35%), failed diltiazem (hypotension). Loading 400 mg bid x 2 wk -> 200 daily.
Baseline: TSH 1.8, free T4 1.2, AST/ALT 22/30, PFTs w/ DLCO 78% ({{DATE:6/30/25}}), CXR clear, eye exam - pt to schedule with {{FACILITY:Clearview Optometry}} in {{LOCATION:Laramie}}.
Interactions:
  - warfarin: not on (apixaban 5 bid, no adjustment)
  - atorvastatin 80: OK (simvastatin would be limited to 20)
  - digoxin: not on
ECG today: QTc 468 (baseline 441), PR 190, HR 64. Hold if QTc > 500.
Counselling done w/ pt and daughter {{NAME:Marisela Quintero}} (Spanish), photosensitivity, blue-grey skin, SOB, vision.
Follow-up labs q6mo: TSH/LFT. Next: {{DATE:1/15/2026}}.
Rx sent to {{FACILITY:Walgreen-Hollis Drug #114}} fax {{FAX:555-307-7712}}; pt phone {{PHONE:555-307-2281}}.
{{NAME:Nkechi Obi}}, PharmD, BCCP  ({{EMAIL:nobi@marlowecountyhosp.example}})`,
  `RESEARCH SCREENING LOG - CARDIOGENIC SHOCK TRIAL (NCT05503172; protocol CS-MCS-02)
Site: {{FACILITY:Kestrel Valley Medical Center}}   PI: {{NAME:Anand Velury}}, MD   Coordinator: {{NAME:Hana Morikawa}}
Screen #  | Date       | Initials | Age | SCAI | Eligible | Reason / notes
S-0141    | {{DATE:03/11/2024}} | {{NAME:D.R.H.}}    | 66  | C    | Y        | consented by wife {{NAME:Carol Holloway}} (LAR), subj ID {{ID:KV-CS-017}}
S-0142    | {{DATE:03/19/2024}} | {{NAME:W.E.P.}}    | {{AGE:91}}  | D    | N        | age > 85
S-0143    | {{DATE:04/02/2024}} | {{NAME:F.L.}}      | 76  | E    | N        | OHCA w/ unknown down time
S-0144    | {{DATE:04/11/2024}} | {{NAME:M.J.B.}}    | 44  | D    | Y        | LAR {{NAME:Ingrid Brandt}} by phone ({{PHONE:+49 555 0144 2019}}) via interpreter; subj ID {{ID:KV-CS-018}}
Notes: randomization via {{URL:https://rand.csmcs02-trial.example/site/KV}} from workstation {{IP:198.51.100.14}}.
Lot numbers for study device (Impella CP lot 24CP-0988) recorded in device log, not PHI.
Monitor visit {{DATE:5/6/24}} w/ CRA {{NAME:Bettina Kroll}}.`,
  `INTERNATIONAL AIR AMBULANCE - REPATRIATION HANDOFF
Mission # {{ID:AMX-28-0612}}   aircraft Learjet 45, tail {{VEHICLE:N512AM}}   Operator: {{FACILITY:Aeromedix International}}
Departed {{LOCATION:Cancún}} {{DATE:06/12/2028 14:10}} local; arrived {{LOCATION:Minneapolis}} 20:55 CDT.
Pt: {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Gustavsen}}, 71 M, passport # {{ID:A48812093}}
Hx: anterior STEMI on cruise ({{DATE:6/8}}), primary PCI at {{FACILITY:Hospital Costa Turquesa}}, DES x2 LAD. EF 35%. Course complicated by AF, LV thrombus? (small, on TTE there).
Meds: ASA 100 mg (Mexican brand), clopidogrel 75, enoxaparin 80 mg bid, metoprolol 25 bid, atorvastatin 80.
In flight: SR 70s, no ectopy, BP 112/68, SpO2 96% on 2 L (cabin alt 6000 ft). Enoxaparin given 0800 local.
Records: CD + Spanish discharge summary; cath images via {{URL:https://share.costaturquesa.example/c/88213}}.
Receiving: {{FACILITY:Kestrel Valley Medical Center}} CCU, Dr. {{NAME:Velury}}.
Travel insurance: GeoBlue claim {{ACCOUNT:GB-CLM-4471192}}, policy {{HEALTH_PLAN:GBX-220917-05}}.
Wife {{NAME:Karin Gustavsen}} on board; cell {{PHONE:555-412-8890}}.
Flight RN {{NAME:Esteban Yáñez}} / flight MD {{NAME:Leif Carrow}}`,
  `DEATH CERTIFICATE WORKSHEET (for physician completion)
Decedent: {{NAME:Leopoldina Maria Carvalho}}    Sex F    SSN {{SSN:212-70-4418}}
DOB {{DATE:09/12/1936}}   Age {{AGE:91}}   Birthplace: {{LOCATION:Porto}}, Portugal
Residence: {{ADDRESS:63 Anchor Point Rd}}, {{LOCATION:New Bedford}}, MA {{ZIP:02740}}
Date/time of death: {{DATE:01/03/2028 23:17}}   Place: inpatient, {{FACILITY:Kestrel Valley Medical Center}} ({{FACILITY:Penner 5}})
Informant: son {{NAME:Paulo Carvalho}}, {{ADDRESS:19 Ship Ln}}, {{LOCATION:Fall River}} MA, {{PHONE:555-675-0342}}
Cause of death (Part I):
  a. Cardiogenic shock - hours
  b. Acute decompensated heart failure (HFpEF) - days
  c. Severe aortic stenosis - years
Part II: AF (CHA2DS2-VASc 5), CKD 3b, T2DM.
Manner: natural. Autopsy: no. Tobacco: never.
Funeral director: {{NAME:Ambrose Teixeira}}, {{FACILITY:Teixeira & Sons Funeral Home}}, license {{LICENSE:FD-4471}}.
Certifier: {{NAME:Noor Haddad}}, MD, NPI {{LICENSE:1285509364}}
Medical record # {{MRN:KV-00118362}}`,
  `SAFETY EVENT REPORT - MEDICAL DEVICE   Event # {{ID:SE-2028-02251}}
Reported {{DATE:2/25/2028 11:02}} by {{NAME:Priscilla Sung}}, CCP (perfusion), ext {{PHONE:4488}}
Location: cath lab 3, {{FACILITY:Penrose Heart & Vascular Institute}}
Patient involved: {{NAME:Tobiah Rennick-Shaw}}   MRN {{MRN:PHV-4410962}}   DOB {{DATE:12/12/1958}}
Device: Impella CP, catheter SN {{DEVICE:IMPCP-2290077}}, console SN {{DEVICE:AIC-5530122}}. Catheter lot 23CP-1120, exp 08/2029 (lot/expiry not PHI).
Description: during high-risk PCI (LM + 3V, SYNTAX 38), "purge pressure low" then "purge system blocked" alarms; flow fell from 3.4 to 1.1 L/min at P-8. Purge cassette changed, heparin purge resumed, flow restored in 4 min. No hemodynamic compromise (MAP > 65 throughout), PCI completed.
Harm: none (category C).
Device sequestered in biomed cage, tag {{ID:BM-SEQ-0912}}. MedWatch filed by risk mgmt, FDA report # pending. Mfr field rep {{NAME:Jared Vossberg}} notified ({{EMAIL:jvossberg@cardiomfr.example}}).
Attending: Dr. {{NAME:Ramaswamy}}. Pt/family (wife {{NAME:Noreen}}) informed per disclosure policy by Dr. {{NAME:Ramaswamy}} {{DATE:2/25/28}}.`,
  `NUTRITION ASSESSMENT - CVICU
{{DATE:3/14/28}}   Pt: {{NAME:Odell Prewitt-Sayers}}   MRN {{MRN:KV-01300517}}   bed 4-08
Dx: cardiogenic shock on Impella 5.5 (SN {{DEVICE:IMP55-3300841}}), day 6; cardiac cachexia (NYHA IV x 1 yr). Intubated, RASS -2.
Ht 183 cm, wt 61.8 kg (UBW 78 kg 1 yr ago, -21%), BMI 18.5. NFPE: severe temporal + interosseous wasting.
Malnutrition: severe, chronic illness (ASPEN/AND).
EN: Vital 1.5 via OGT at 20 -> goal 45 mL/h (1620 kcal, 73 g protein) + Prosource TF 2/d -> 1780 kcal, 95 g pro (29 kcal/kg, 1.5 g/kg).
Refeeding risk: high; K 3.4, Phos 1.9, Mg 1.7 -> replete, advance slowly. Thiamine 100 mg x 5 d.
Fluids: EN contributes ~1.1 L free water; on furosemide 10 mg/h.
Pt is a chef at {{FACILITY:Osteria Lupa Blu}} in {{LOCATION:Sault Ste. Marie}}; brother {{NAME:Julian Prewitt}} says he "stopped eating when the breathlessness got bad". Sister {{NAME:Renée}} phone {{PHONE:555-635-4471}}.
RD: {{NAME:Hollis Varga}}, MS, RDN, LD  pager {{PHONE:3306}}`,
  `PHYSICAL THERAPY - CCU INITIAL EVAL
{{DATE:4/2/28}}  {{NAME:Ignatius Mwangi}}  MRN {{MRN:TMC-3318045}}  {{FACILITY:Larsen CCU}} bed 2
PMH: HFrEF (EF 20%), s/p HeartMate 3 ({{DATE:3/27/28}}), pump SN {{DEVICE:HM3-5500218}}.
Precautions: sternal; driveline - keep stabilized; do not disconnect both power leads; MAP 65-85 doppler.
Subjective: pt wants to return to work at {{FACILITY:Riverside Grain Cooperative}} and walk niece {{NAME:Wanjiru}} down the aisle at her wedding on {{DATE:8/19/28}}.
Objective: supine->sit CGA, sit->stand min A x1 w/ RW. Ambulated 45 ft w/ RW + VAD bag, RPE 14, HR 92->108, doppler MAP 72->80, SpO2 97% 2L. No PI events on controller.
AM-PAC 6-clicks: 15/24. Borg dyspnea 4.
Assessment: deconditioning post-LVAD, good potential. Anticipate d/c home w/ outpatient cardiac rehab at {{FACILITY:Blue Heron Cardiac Rehab}}.
Plan: BID, progress ambulation, stairs training (home has 6 steps at {{ADDRESS:310 Grainger St}}).
{{NAME:Colt Brannigan}}, PT, DPT`,
  `RADIOLOGY REPORT - CHEST, SINGLE VIEW PORTABLE
Accession {{ID:CR28-0448120}}   Exam {{DATE:05/01/2028 05:12}}   {{FACILITY:Kestrel Valley Medical Center}}
Patient {{NAME:NAKAMURA-BELL, KENJI}}   MRN {{MRN:MCH-661093}} (outside)   Loc: CVICU 4-03
Ordering: {{NAME:Iyer, Anil}}, MD
Indication: Swan-Ganz placement, ETT position.
Comparison: {{DATE:4/30/28 18:40}}.
Findings:
 - ETT tip 4.2 cm above carina.
 - R IJ pulmonary artery catheter, tip in R main PA, appropriate; no loop in RV.
 - Dual-chamber ICD L chest, leads RA appendage and RV apex - unchanged.
 - Enteric tube below diaphragm, tip not visualized.
 - Mild cardiomegaly, pulmonary vascular congestion, small bilateral effusions. No PTX.
Impression: lines/tubes as above. Mild interstitial edema.
Read by {{NAME:Thea Brandvold}}, MD  {{DATE:05/01/2028 06:03}}
Critical result: none.  Images on PACS node {{IP:192.0.2.34}}; viewer link {{URL:https://pacs.kvmc.example/viewer?acc=CR28-0448120}}`,
  `CARDIAC MRI REPORT
Pt: {{NAME:Ramos-Whitehorse, Jovita}}   MRN {{MRN:KV-01200841}}   DOB {{DATE:02/02/1969}}   Exam {{DATE:01/18/2028}}
Scanner: 1.5 T, {{FACILITY:Kestrel Valley Medical Center}} MRI 2. WCD removed for scan (pt supervised, on tele).
Ordering: {{NAME:Hiroshi Nakagawa}}, MD   Reading: {{NAME:Ngozi Achebe-Lund}}, MD
Indication: 90-day reassessment after NICM dx, ICD decision.
Findings:
 - LVEDVi 112 mL/m2, LVEF 41% (prior CMR {{DATE:10/14/27}}: 24%).
 - RVEF 50%.
 - LGE: mid-wall septal stripe, ~4% of LV mass (unchanged). No infarct pattern.
 - T2 mapping normal (no active edema). Native T1 1080 ms, ECV 29%.
 - No LV thrombus. No pericardial effusion.
Impression: significant LVEF recovery on GDMT; persistent mid-wall LGE. ICD not indicated by EF; discuss risk of SCD given LGE with pt (sister {{NAME:Winona}} present at last visit).
Gadobutrol 0.1 mmol/kg, lot 88KQ1 (not PHI).
Report sent to {{NAME:Vanessa Obregón}}, RN (WCD program) and to outside PCP at {{FACILITY:Cass Lake Indian Health Clinic}} fax {{FAX:555-335-6012}}.`,
  `CVICU DISCHARGE SUMMARY (transfer to floor)
Patient {{NAME:Halina Ostrowski}}   MRN {{MRN:KV-00219904}}   DOB {{DATE:07/02/1951}}   CSN {{ACCOUNT:500218839104}}
Admitted {{DATE:2/11/2026}} for elective CABG x4 (LIMA-LAD, SVG-OM1, SVG-D1, SVG-PDA) on {{DATE:2/12/2026}}, Dr. {{NAME:Kowalczyk}}.
CVICU course ({{DATE:2/12}}-{{DATE:2/15}}): extubated POD0 at 2130. Epi weaned off POD1, milrinone off POD2. Post-op AF {{DATE:2/14}} 0310 -> amiodarone bolus + gtt, SR since 0600. Pacing wires removed {{DATE:2/15}}. CT removed POD2. AKI none (Cr 0.9 -> 1.1).
EuroSCORE II 2.4%. Post-op TTE EF 55%.
Transfer to {{FACILITY:Penner 5}} stepdown {{DATE:02/15/2026 14:00}}.
Meds: ASA 81, atorvastatin 80, metoprolol tartrate 25 bid, amiodarone 400 bid x 1 wk then 200, furosemide 20 x 3 d, KCl, oxycodone 5 prn.
Patient ID: photo on wristband chart, face image ref {{PHOTO:PHOTO-KV-00219904-01}} (verified w/ 2 identifiers).
Family: husband {{NAME:Zbigniew Ostrowski}}, daughter {{NAME:Katarzyna}} ({{PHONE:555-365-0061}}).
Follow-up: CT surgery clinic 2 wk; cardiac rehab ({{FACILITY:Blue Heron Cardiac Rehab}}) referral placed.
{{NAME:Anil Iyer}}, MD (fellow)   cosigned {{NAME:Velury}}`,
  `SECURITY / PATIENT SAFETY NOTE - CCU visitor restriction
{{DATE:06/07/2028 19:40}}   Unit: {{FACILITY:Larsen CCU}}, {{FACILITY:Tamarack Medical Center}}
Pt: {{NAME:Bettina Ruelas-Acosta}}   MRN {{MRN:TMC-6620918}}   (confidential/alias status: "{{NAME:Zinnia Acosta}}")
Pt admitted {{DATE:6/5/28}} for Takotsubo CM (EF 30%, apical ballooning, normal coronaries), precipitated by domestic assault.
Restricted visitor: ex-partner {{NAME:Darrell Voss}}, DOB {{DATE:3/9/1982}}; photo from pt's protective order provided to security, file {{PHOTO:VOSS_DL_photo_0607.png}}; vehicle black Ram 1500, TX plate {{VEHICLE:PKX-4412}}.
Protective order # {{ID:PO-2028-CV-03318}} ({{LOCATION:Lubbock County}} court). Officer {{NAME:Reyes}} badge {{ID:TPD-1187}} aware.
Approved visitors only: mother {{NAME:Marta Acosta}} and sister {{NAME:Irene Ruelas}} (code word on file).
Pt's phone {{PHONE:555-771-0428}}; advocate from {{FACILITY:Lubbock Safe Harbor Shelter}} {{PHONE:555-771-9900}}.
Charge RN {{NAME:Naomi Friedlander}}; security supervisor Lt. {{NAME:Hargrove}}`,
  `CODE STEMI - PAGING LOG (auto)   {{FACILITY:Penrose Heart & Vascular Institute}}
Activation ID {{ID:STEMI-28-0719-03}}
{{DATE:07/19/2028 06:48:12}}  SRC ED/EMS  "STEMI ALERT - EMS Medic 22 en route ETA 18 min, 74F, anterior STE. ECG rec'd from {{IP:192.0.2.77}}"
06:48:30  TO: IC on call {{NAME:Ramaswamy P}} pgr {{PHONE:555-901-3370}}  ACK 06:49
06:48:31  TO: cath lab RN {{NAME:Bolduc T}} pgr {{PHONE:555-901-3381}}  ACK 06:50
06:48:31  TO: cath lab tech {{NAME:Oyelowo K}} pgr {{PHONE:555-901-3388}}  ACK 06:52
06:48:32  TO: CCU charge {{NAME:Friedlander N}}  ACK 06:55
06:59:40  ED: "pt {{NAME:Brunsvold, Helga}} DOB {{DATE:03/03/1950}} registered, MRN {{MRN:PHV-5520133}}, heparin 4000 u given"
07:06:02  ED: door
07:19:44  CATH: "pt on table"
07:31:10  CATH: "wire across LAD, TIMI 0 -> 3. D2B 25 min"
07:58:00  CATH: "done. 1 DES pLAD. to CCU bed 4. family = daughter {{NAME:Signe}} at {{PHONE:555-736-2201}}"
Metrics: FMC-to-device 61 min, D2B 25 min. Report to NCDR CathPCI registry (registry pt ID not in log).`,
  `CARDIAC REHAB - VIRTUAL SESSION (home-based, phase II)
{{FACILITY:Blue Heron Cardiac Rehab}}   {{DATE:09/12/2028}} 10:00-10:45
Participant: {{NAME:Amos Two Feathers}}   Rehab ID {{ID:BH-30488}}   MRN {{MRN:KV-01177304}}
Login verified by voiceprint (template {{BIOMETRIC:VP-BH-30488-2}}) + DOB {{DATE:04/30/1966}}.
Connection from {{IP:203.0.113.90}} (tribal library Wi-Fi, {{FACILITY:Kyle Community Library}}); video dropped x2.
Home BP cuff SN {{DEVICE:BPC-700-118402}} synced: pre 128/76, post 142/80. HR via chest strap 72 -> 112.
Exercise: walking loop near {{LOCATION:Kyle}} 25 min, RPE 12-13, ~5.2 METs; resistance bands x 2 sets.
No angina, no palpitations. Post-PPM (CHB after RCA STEMI last fall) - pacing rate 60, HR response appropriate (DDDR).
Smoking: commercial tobacco quit; ceremonial use only, discussed.
Wife {{NAME:Lorraine}} joined; she is checking sugars (A1c 7.9).
Next: {{DATE:9/19/28}}. Session link for next visit {{URL:https://tele.blueheronrehab.example/s/30488}}.
Exercise physiologist {{NAME:Tavish McCrae}}; RN {{NAME:Agnes Olafsdottir}}`,
];

export const HELDOUT_REALISTIC_105_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout105-${i + 1}`, n));
