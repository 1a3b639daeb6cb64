// A fortieth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). Its flavour is emergency department, urgent care and EMS
// documentation from mixed US regions (big-city, suburban, rural and frontier): triage notes, ED
// physician and attending notes, nursing flowsheet and waiting-room text, restraint logs, EMS and
// critical-care transport run sheets (incident, CAD and trip numbers, unit numbers, scene
// addresses, intersections and highway mile markers, receiving facilities), urgent-care and
// virtual urgent-care visits, occupational and workers' comp visits, discharge instructions
// (English and Spanish), return-to-work, fitness-for-duty, school and daycare notes, police
// involvement (legal blood draws, evidence handoff, holds, badge and report numbers), social work
// (elder neglect, child protection, IPV, trafficking, homelessness), poison-center calls, SANE
// summaries, registration face sheets and interfacility transfers with transfer-center case
// numbers. Text is mixed Title case, ALL CAPS and lower-case shorthand with typos, tables, copy-
// forward lines, a phone number broken across a line, phone numbers in many formats (dashes, dots,
// spaces, parentheses, +49, in-house extensions), dates in many formats (ISO, dd/mm, spelled out,
// with weekday, with time, month/year, a holiday with a year) and ages over 89 next to ages of 89
// and under. Look-alike non-PHI: eponyms and scores (Glasgow/GCS, Apgar, Rumack-Matthew, HEART,
// Centor, PECARN, Canadian CT Head rule, Garden, Ludwig's, Morison's pouch, Foley), drug names and
// doses, lab values, device models (LUCAS, LIFEPAK 15, Medtronic Azure, Omnipod, Zio), lot
// numbers, ICD-10 codes, rooms, beds, chairs and unit numbers (Medic 7, Engine 2, CCT-3),
// weekdays, years and seasons with a year alone, clock times, states, countries, payers and
// state/federal agencies (KSP, PSP, DSS, SC DJJ, Corps of Engineers, a statewide poison center).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// honorifics (Dr., Mrs., Ofc, Officer, Dep., Sgt., Cpl., Lt., Coach, Ranger, Judge, Rev.) and
// credentials stay outside NAME spans; typist, scribe and nurse initials (jt, KB, RK/jm) are NAME;
// a time attached to a full date is part of it and a weekday written with a date is part of it;
// month/year and day/month dates are DATE, a year alone or a season with a year is not; ages of
// 90 and over are AGE, 89 and under are not; hospitals, their abbreviations and named wards,
// clinics, pharmacies, schools, universities and dorms, employers, restaurants, shelters, group
// homes, detention centres, parks and piers, home-care, hospice, transport, ambulance, air-medical
// and fire agencies, and local police and sheriff's departments are FACILITY; state police, state
// and federal agencies, payers and statewide services are not PHI; cities and towns (also abroad)
// and counties are LOCATION, states and countries are not; a street address includes its unit,
// and a highway mile marker, intersection, bridge or campsite where a person was is ADDRESS;
// incident, CAD, run, trip, case, transfer-center, poison-center, report, badge, booking, warrant,
// kit, intake, employee, interpreter, evidence-bag, portal-code and passport numbers are ID;
// member and policy numbers (incl. travel insurance) are HEALTH_PLAN; account, FIN, visit and
// receipt numbers are ACCOUNT; NPI, NRCME, state licences, CDL and driver's licences are LICENSE;
// plates (also partial) are VEHICLE; device serials (pacemaker, insulin pump, PDM, Zio patch and
// the LUCAS used on the patient) are DEVICE; short in-house extensions and pagers are PHONE; a
// dog's rabies-tag number is ID; named senior apartments and rental cottages are FACILITY; ward
// names without a proper name (4 West Ortho, Pod C) are not PHI; unit and apparatus numbers,
// aliases (TRAUMA, ZULU), lot numbers and a lot's expiry date are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9114 / 0.9536; pass-11 engine (789a1c5) 0.9461 / 0.9441; pass-12 final engine (978114a) 0.9532 / 0.9506;
// pass-13 engine of the day (02dd9e9) 0.9551 / 0.9527.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `TRIAGE NOTE   {{DATE:03/09/2024 02:14}}
pt {{NAME:DeShawn Mabry}} 34M ambulatory to triage w/ gf {{NAME:Keisha}} c/o L hand lac from broken glass approx 0100 at home ({{ADDRESS:2211 W Lehigh Ave apt 3R}}, {{LOCATION:Philadelphia}} {{ZIP:19132}}). bleeding controlled w/ towel. denies numbness/weakness. tdap unk, last ~2015?
DOB {{DATE:11/02/1989}}
VS: BP 148/92 HR 104 RR 18 T 98.4 SpO2 99% RA  pain 7/10
ESI 4
allergies: PCN (rash)
meds: none
PMH: none. etoh tonight "a few beers", denies drugs
PCP: Dr. {{NAME:Anand}} @ {{FACILITY:Esperanza Family Health Ctr}}
MRN {{MRN:40017762}}   Acct {{ACCOUNT:9300418827}}
callback # (gf cell) {{PHONE:215-555-0143}}, pt phone dead
ride home: cousin {{NAME:Tyrell}}
to fast track rm 6. pressure dsg applied, hand elevated. 4 cm lac thenar eminence, FROM all digits, cap refill <2s.
- {{NAME:m.ocampo}} RN`,

  `{{FACILITY:TRI-COUNTY AMBULANCE SERVICE}} -- PATIENT CARE REPORT
Incident # {{ID:24-018833}}   Unit: Medic 7   Crew: {{NAME:B. Hensley}} (EMT-P), {{NAME:R. Caudill}} (EMT-B)
Date of svc: {{DATE:06/21/2024}}   Disp 1652 / enrt 1653 / on scene 1709 / transport 1731 / at dest 1806
Scene: {{ADDRESS:US-23 NB near mile marker 41}}, just south of {{LOCATION:South Shore}}
CC: MVC, restrained driver, rollover x1
NARRATIVE: Arrived to find 1 vehicle (silver pickup, KY plate {{VEHICLE:2HT-719}}) on its roof in ditch. Pt {{NAME:Darrell W. Stamper}}, 58 y/o M, self extricated PTA, found sitting on guardrail. A&Ox4, GCS 15. c/o neck pain 6/10 and R wrist pain. KSP Trooper {{NAME:Akers}} on scene. Bystander {{NAME:Leann Fultz}} ({{PHONE:606-555-0129}}) witnessed, states truck swerved to avoid deer.
C-collar applied, SMR per protocol, R wrist splinted, CMS intact pre/post. 18g L AC, NS TKO. Fentanyl 50 mcg IV @ 1722 w/ relief to 3/10.
V/S 1715: 152/88, 96, 20, 98% RA, BGL 131
Pt requested {{FACILITY:Tri-River Medical Center}}; transported non-emergent to {{FACILITY:TRMC}} ED, report to {{NAME:Jolene}} RN, care transferred 1806.
Pt DOB {{DATE:3/30/1966}}   Home: {{ADDRESS:418 Holly Branch Rd}}, {{LOCATION:Flatwoods}} KY {{ZIP:41139}}`,

  `EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{FACILITY:ST. AGATHA MEDICAL CENTER}} - MAIN ED
PATIENT: {{NAME:WOJCIK, HELENA M}}    MRN: {{MRN:SA-00918274}}    DOS: {{DATE:01/17/2024}}
AGE: {{AGE:93}} Y   SEX: F   ARRIVAL: BLS from {{FACILITY:Maple Crest Senior Living}}
CHIEF COMPLAINT: UNWITNESSED FALL

HPI: {{AGE:93}} yo F w/ hx afib on Eliquis, HTN, mild dementia, found on floor of her room by aide ~0530. Per facility nurse {{NAME:Tomasz}} (ph {{PHONE:(716) 555-0188}}) last seen well at 0300 rounds. Pt says she "was going to the bathroom". Head strike unclear, small hematoma L occiput. Denies CP/SOB. Son {{NAME:Gregory Wojcik}} is HCP, reached by phone {{PHONE:716.555.0107}}, en route from {{LOCATION:Orchard Park}}.

EXAM: 134/70, HR 88 irreg. GCS 14 (E4V4M6), baseline per facility. 2 cm L occipital hematoma. No midline C-spine ttp. FROM hips, no shortening/rotation.
MDM: anticoag + possible head strike -> CT head/C-spine. CT head: no ICH. CXR neg. UA pending. Trop 0.01. Hgb 11.2.
DISPO: Back to facility if UA neg. Discussed w/ son and w/ PCP Dr. {{NAME:Feliciano}}.
Signed: {{NAME:Priya Raghunathan}}, MD   {{DATE:1/17/24 0912}}`,

  `{{FACILITY:QuickCare Urgent Care - Cedar Park}}
Visit {{DATE:Oct 3, 2023}} 10:42a    Provider: {{NAME:Heather Lindqvist}}, PA-C
Pt: {{NAME:Marisol Gutierrez-Pena}}   DOB {{DATE:07-14-1991}}   Acct# {{ACCOUNT:UC7731904}}
Ins: Aetna PPO  member ID {{HEALTH_PLAN:W284719365}}

S: 32F c/o sore throat, fevers to 101.8 x2d, no cough. works as line cook at {{FACILITY:Lupe's Cantina}}, coworkers sick.
O: T 100.9 HR 102 BP 118/76. tonsils 2+ w/ exudate, tender ant cervical LAD. Centor 4. rapid strep POS.
A: strep pharyngitis J02.0
P: amoxicillin 500 mg PO BID x10d. ibuprofen prn. salt water gargles. RTC/ED if unable to swallow, drooling, muffled voice.

--- WORK EXCUSE ---
To whom it may concern: {{NAME:Marisol Gutierrez-Pena}} was seen in our clinic on {{DATE:10/03/2023}}. She may return to work on {{DATE:10/05/2023}} after 24 hrs of antibiotics. No restrictions.
{{NAME:H. Lindqvist}}, PA-C    {{FACILITY:QuickCare}} {{LOCATION:Cedar Park}}   ph {{PHONE:512-555-0164}}  fax {{FAX:512-555-0165}}`,

  `tele note - poison ctrl
{{DATE:5/2/24}} 1935 mom {{NAME:Brittany Sowell}} called ED triage line from grandma's house ({{ADDRESS:1407 Kemp Rd}}, {{LOCATION:Beavercreek}}) cb {{PHONE:937-555-0116}} - 2yo son {{NAME:Kayden}} may have gotten into grandma's pills approx 1900. bottle = amlodipine 10mg, ? up to 3 tabs missing. also metoprolol in same pill organizer. child currently acting normal per mom.
advised come in now, do not induce vomiting. called Poison Center, spoke w/ SPI {{NAME:Renee Whitford}}, case # {{ID:OH24-051877}}. recs: ED eval, obs min 24h for CCB (amlodipine long acting), serial BP/HR, BG q1h x4, consider charcoal if <1h and airway protected.
1958 pt arrived w/ mom & grandmother {{NAME:Deborah Sowell}} ({{PHONE:(937) 555-0190}}).
wt 12.4 kg. HR 128 BP 94/58 BG 102.
Dr. {{NAME:Amankwah}} aware, peds on tele. PICU at {{FACILITY:Stillwater Children's Hospital}} notified re possible transfer - spoke w/ {{NAME:Sam}} @ transfer ctr, ref # {{ID:TC-240502-118}}.
{{NAME:lmk}} RN`,

  `TRANSFER NOTE - {{FACILITY:Laurel Fork Community Hospital}} ED ({{LOCATION:Marlinton}}, WV)
{{DATE:Sat 11/09/2024}}
Pt {{NAME:Earl Lee Dunbrack}} 67M   MRN {{MRN:LF118273}}
Dx: inferior STEMI. onset 0610 chest pressure while feeding cattle. EKG 0702 STE II/III/aVF w/ reciprocal I/aVL.
Rx: ASA 324 chewed, heparin 4000u bolus, NTG held (RV involvement, BP 96/60). TNK not given - PCI center <120 min by air.
Transfer ctr: {{FACILITY:Mon Valley Heart Institute}}, case # {{ID:TC-2024-88103}}. Accepting Dr. {{NAME:Vikram Sethi}} (interv cards) 0731, callback {{PHONE:304-555-0172}}.
Transport: {{FACILITY:Mountain Air Med}} 4, ETA 0750, LZ at hospital pad. weather ok.
Report called to {{NAME:Carla Mbeki}} RN, cath lab/CVICU {{FACILITY:Stemple 5}}, 0744.
Wife {{NAME:Norma}} driving separately, ph {{PHONE:304 555 0138}}. home {{ADDRESS:HC 64 Box 112}}, {{LOCATION:Hillsboro}} {{ZIP:24946}}.
Copies sent: EKGs x2, labs (trop 0.42, K 4.1, Cr 1.0), MAR, face sheet.
{{NAME:J. Sharp}}, DO   {{DATE:11/9/24 0748}}`,

  `ED NOTE -- ASSAULT
Arrival {{DATE:2024-08-17}} 23:50 via private car
Pt {{NAME:Luis Alberto Ochoa}} 27M, states he was jumped outside {{FACILITY:El Farolito Lounge}} ({{ADDRESS:Blackstone Ave & Shields}}, {{LOCATION:Fresno}}) ~2300 by 2-3 unknown males. punched multiple times, kicked while on ground. +LOC brief per friend {{NAME:Javier "Javi" Munoz}}.
{{FACILITY:Fresno PD}} Officer {{NAME:K. Vang}} badge #{{ID:P1184}} at bedside, report # {{ID:24-077615}}. Pt agreeable to speak w/ police. Victim advocate {{NAME:Sandra Ruelas}} paged.
Mom {{NAME:Graciela Ochoa}} {{PHONE:559-555-0119}} (spanish), interpreter {{NAME:Hector}} (ID {{ID:20481}}) used for call.
EXAM: GCS 15. L periorbital ecchymosis, nasal deformity w/ epistaxis (controlled), no septal hematoma. abrasions bilat knuckles, R flank tenderness.
CT head neg. CT max face: nondisplaced nasal bone fx. UA 5-10 RBC.
Dispo: home w/ friend. Afrin, ice, no nose blowing. ENT f/u w/ Dr. {{NAME:Haddad}} 5-7 d, {{FACILITY:Valley ENT Associates}} {{PHONE:(559) 555-0150}}. photos of injuries taken by PD, not by ED.
{{NAME:C. Ibarra}} MD`,

  `ED NURSING FLOWSHEET - {{FACILITY:Riverbend Baptist}} ED Pod C
Pt: {{NAME:ALVAREZ, TERESA}}    MRN {{MRN:00783310}}    Rm C-12
{{DATE:12/24/2023}}
1410 pt to rm via w/c from triage. c/o abd pain RLQ x1 day, n/v. placed on monitor. 20g R AC 1st attempt, labs drawn & sent (CBC, CMP, lipase, UA, hcg). -{{NAME:jt}}
1425 zofran 4mg IVP per order Dr {{NAME:Brightwater}}. pain 8/10. -{{NAME:jt}}
1440 morphine 4mg IVP. NS 1L bolus started. -{{NAME:jt}}
1512 hcg neg. to CT w/ transport. -{{NAME:jt}}
1605 CT + acute appy. surgery (Dr. {{NAME:Olumide Adeyemi}}) at bedside. NPO maintained. husband {{NAME:Ramon}} at bedside, updated. -{{NAME:jt}}
1630 consent signed, witnessed {{NAME:J. Torres}} RN.
1645 pain 4/10. VSS 122/74 88 16 98.9 97%RA. cefoxitin 2g IVPB hung.
1720 report given to {{NAME:Annette}} on {{FACILITY:Whitaker 4}} surgical. pt to OR holding w/ belongings bag x1, husband's cell {{PHONE:901-555-0184}} on whiteboard. -{{NAME:jt}}`,

  `{{FACILITY:KidsFirst After-Hours Pediatrics}} - {{LOCATION:Wichita}}
SCHOOL EXCUSE
Date: {{DATE:February 12, 2024}}
Please excuse {{NAME:Aaliyah Thornton}} (DOB {{DATE:4/19/2015}}), a student at {{FACILITY:Jefferson Elementary}}, from school {{DATE:2/12}} through {{DATE:2/14/2024}}. She was seen for influenza A. She may return {{DATE:Thursday 2/15}} if fever-free 24 hrs without medication. No PE until {{DATE:2/19}}.
Questions: call {{PHONE:316-555-0131}} ext 4.
{{NAME:Rachel O'Donnell}}, APRN
----------
visit summary: 8yo F, fever 103.2, myalgias, cough, HA x1d. flu A POS (rapid). lungs clear, SpO2 98%. wt 27 kg. oseltamivir 60mg BID x5d. tylenol/motrin alternating.
mom {{NAME:Shanice Thornton}} also needs note for her employer ({{FACILITY:Prairieland Distribution}}) - given.
school nurse Mrs. {{NAME:Gaither}} requested copy, faxed to {{FAX:316-555-0132}}.
ref {{ID:KF-2024-02-0981}}`,

  `SOCIAL WORK NOTE - ED
{{DATE:9/14/2023}}   SW: {{NAME:Denise Kowalczyk}}, LCSW   pager {{PHONE:4471}}
Consult reason: concern for self-neglect / caregiver neglect.
Pt {{NAME:Ida Mae Pruitt}}, {{AGE:91}} y/o F, brought by {{FACILITY:Ozark County Ambulance District}} after neighbor {{NAME:Wendell Barnes}} ({{PHONE:417-555-0153}}) found her on kitchen floor at her home, {{ADDRESS:RR 2 Box 48}}, {{LOCATION:Gainesville}}, MO {{ZIP:65655}}. Home reportedly without running water. Pt lives with grandson {{NAME:Cody Pruitt}} (30s), listed as caregiver; per neighbor he has been "gone for days".
SW met pt at bedside - A&O x3, states "I do fine." declines to discuss grandson.
Hotline report made to MO Adult Abuse & Neglect Hotline at 1650, report # {{ID:APS-2309-44781}}. Investigator {{NAME:Tara Givens}} to call back {{PHONE:(417) 555-0170}}.
Deputy {{NAME:Huffman}}, {{FACILITY:Ozark Co. Sheriff's Office}}, did welfare check at home 1540, grandson not located.
Plan: pt admitted to obs for dehydration/AKI (Cr 2.1). SW to f/u {{DATE:9/15}}, consider SNF placement; niece {{NAME:Bonnie Lasater}} in {{LOCATION:Mountain Home}}, AR willing to be contact.`,
  `{{FACILITY:NAPERVILLE-LISLE FIRE PROTECTION DIST}} EMS   ePCR
INCIDENT {{ID:2024-0031187}}   CAD {{ID:C24-114502}}   UNIT: AMB 4 / ENG 2
DATE {{DATE:04/06/2024}}   PSAP 0612   ON SCENE 0619   PT CONTACT 0620   DEPART 0648   ARRIVE 0657
LOCATION: {{ADDRESS:1960 Whispering Oaks Ct}}, {{LOCATION:Naperville}} IL {{ZIP:60565}} - residence, upstairs bedroom
PT: {{NAME:KRUEGER, ALLEN J}}   AGE 71   DOB {{DATE:08/15/1952}}
CHIEF COMPLAINT: CARDIAC ARREST - WITNESSED BY WIFE
NARRATIVE: WIFE {{NAME:JUDITH KRUEGER}} STATES PT "GASPED AND WENT LIMP" WHILE GETTING DRESSED ~0608. 911 CALLER = DAUGHTER {{NAME:EMILY KRUEGER-SHAH}} (CB {{PHONE:630-555-0114}}), DISPATCHER-ASSISTED CPR STARTED. ON ARRIVAL PT PULSELESS, APNEIC. LUCAS DEVICE APPLIED. INITIAL RHYTHM VF. DEFIB 200J X3. EPI 1MG IO X2, AMIODARONE 300MG IO. I-GEL #4 PLACED, ETCO2 38. ROSC @ 0634, STEMI ON 12 LEAD (ANTERIOR). PRE-ALERT CATH LAB.
TRANSPORTED TO {{FACILITY:EDGEWOOD-DUPAGE HEART CENTER}}, REPORT TO DR. {{NAME:OSEI}} AND {{NAME:K. BRANDOLINI}} RN.
LUCAS SN {{DEVICE:3300-7719}}   MONITOR: LIFEPAK 15
CREW: {{NAME:M. STAVROS}} FF/PM (LEAD), {{NAME:T. OYELARAN}} FF/PM, {{NAME:D. RUIZ}} FF/EMT`,

  `ED PROVIDER NOTE - BEHAVIORAL
{{DATE:7/29/23}} 1640   {{FACILITY:Summit Ridge Hospital}} ED, Rm 22 (safe room)
{{NAME:Bryce Tolliver}} 19M brought in by {{FACILITY:Aurora PD}} (Ofc {{NAME:Delgado}} #{{ID:2217}}) on M-1 hold initiated 1545 after mother {{NAME:Kimberly Tolliver}} called 911 reporting son threatened to "end it" and had a knife. no injuries. pt currently calm, cooperative, in paper scrubs, belongings secured (bag #{{ID:B-0417}}).
pt reports stopped Abilify ~3 wk ago, not sleeping, broke up with gf. + SI with plan, denies HI. + cannabis daily, - etoh.
student at {{FACILITY:Aurora Peaks Community College}}, lives w/ mom at {{ADDRESS:14820 E Mississippi Ave #208}}.
mom cell {{PHONE:720-555-0148}}; outpt therapist {{NAME:Jenna Pak}} LPC at {{FACILITY:Cherry Creek Counseling Collective}} {{PHONE:(303) 555-0122}}.
exam unremarkable, med clearance labs: UDS +THC, EtOH <10, APAP/ASA neg, TSH nl.
C-SSRS high risk. 1:1 sitter ({{NAME:Maurice}}, tech).
plan: medically cleared 1810. BH intake {{NAME:Lorena Castillo}} to evaluate; bed search for inpt psych, referral to {{FACILITY:Highlands Behavioral}}.
{{NAME:A. Whitcombe}}, MD`,

  `DOG BITE - ED NOTE + ANIMAL CONTROL REPORT
{{DATE:June 2, 2024}}   {{FACILITY:Mercy Plains Hospital}} ED ({{LOCATION:Enid}})
Pt: {{NAME:Colton Reeves}}, 6 y/o M, w/ dad {{NAME:Travis Reeves}}.
HPI: bitten on R forearm and R cheek by neighbor's dog (pit mix, "Duke") approx 1530 in neighbor's yard at {{ADDRESS:907 W Maple Ave}}. dog owner {{NAME:Gary Pettijohn}} ({{PHONE:580-555-0177}}) states dog is UTD on rabies, tag #{{ID:R-22817}}.
Exam: 3 cm lac R cheek, superficial; puncture wounds x4 R volar forearm, no tendon involvement, NVI.
Proc: irrigated 500 mL NS. cheek lac repaired 6-0 prolene x5 simple interrupted by Dr. {{NAME:Nakamura}}. punctures left open.
Rx: augmentin 45 mg/kg/day div BID x5d. Tdap UTD (per {{FACILITY:Garfield Co. Health Dept}} record).
Animal bite report faxed to {{FACILITY:Enid Animal Control}} {{FAX:580-555-0178}}, officer {{NAME:Lynette Hubbard}}, 10 day quarantine at owner's home.
f/u PCP Dr {{NAME:Amos Whitebird}} 48h for wound check, suture removal 5 days.
dad's # {{PHONE:580.555.0163}}`,

  `{{FACILITY:WORKWELL OCCUPATIONAL & URGENT CARE}}
INITIAL WORKERS' COMP VISIT    {{DATE:01/08/2024}}
Employee: {{NAME:Tran Van Hieu}}   DOB {{DATE:05/23/1978}}   SSN {{SSN:458-01-7732}}
Employer: {{FACILITY:Gulf Coast Steel Fabricators}}, {{ADDRESS:4400 Industrial Blvd}}, {{LOCATION:Pasadena}} TX
Supervisor: {{NAME:Rick Dominguez}}  {{PHONE:281-555-0145}}
Claim # {{ID:WC-24-0019273}}   Carrier: Texas Mutual, adjuster {{NAME:Pam Okoye}}
DOI: {{DATE:1/8/24}} ~0930. Metal sliver to L eye while grinding, states wearing glasses not goggles. Interpreter (Vietnamese) via phone, ID {{ID:318842}}.
Exam: VA OD 20/20, OS 20/40. fluorescein: 1 mm metallic FB inferior cornea w/ small rust ring, Seidel neg.
Proc: FB removed w/ 25g needle under slit lamp after tetracaine. residual rust ring, refer.
Rx: erythromycin oint QID, no patching.
WORK STATUS: modified duty - no grinding/welding, no driving forklift x48h.
Referral: {{FACILITY:Bayou City Eye Associates}}, Dr. {{NAME:Farah Siddiqui}}, appt {{DATE:1/9/2024 2:15 PM}}.
{{NAME:D. Ekwueme}}, MD`,

  `PATIENT CARE REPORT - {{FACILITY:DUKE CITY AMBULANCE}} UNIT R-21
INC# {{ID:ABQ-24-229104}}   DATE: {{DATE:03/14/2024}}
DISP: 2241 "UNCONSCIOUS PERSON" - {{ADDRESS:CENTRAL AVE SE & SAN MATEO BLVD}}, BUS SHELTER
PT: UNKNOWN MALE AT TIME OF CONTACT, LATER ID'D AS {{NAME:ANTHONY BEGAY}} PER STATE ID, DOB {{DATE:10/02/1986}}
FOUND SUPINE, RR 4, PINPOINT PUPILS, CYANOTIC, SPO2 71%. BYSTANDER ({{NAME:"MARCUS"}}, NO LAST NAME) GAVE 1 DOSE NASAL NARCAN PTA. BVM W/ OPA, NARCAN 0.5MG IV X2 (2252, 2256). PT AROUSED, RR 14, SPO2 95% 2L NC. PT AGITATED, REFUSING, THEN AGREED TO TRANSPORT.
{{FACILITY:APD}} OFFICER {{NAME:R. SANDOVAL}} #{{ID:5530}} ON SCENE, NO CHARGES.
FENTANYL TEST STRIP IN PT POCKET. PT STATES SMOKED "BLUES".
TRANSPORT TO {{FACILITY:RIO GRANDE REGIONAL}} ED, REPORT TO {{NAME:CHEE}} RN 2318.
PT REPORTS STAYING AT {{FACILITY:WESTSIDE EMERGENCY HOUSING CENTER}}, SISTER {{NAME:VERNA BEGAY}} IN {{LOCATION:GALLUP}} ({{PHONE:505-555-0159}}).
PARAMEDIC: {{NAME:J. ARCHULETA}}   EMT: {{NAME:S. NGUYEN}}`,

  `CODE STROKE - ED / TELESTROKE NOTE
{{FACILITY:Harlan Valley Medical Center}}   {{DATE:08/03/2024}}
{{NAME:Ruth Ann Hollingsworth}} 78F, LKW 1115 (per husband {{NAME:Clifford}}, at church lunch at {{FACILITY:Cumberland Gap Baptist}}). arrived 1212 by {{FACILITY:Bell County EMS}} M2.
NIHSS 14: L facial, L arm 3, L leg 2, neglect, dysarthria. BG 148. BP 182/94.
CT head 1224: no bleed, ASPECTS 9. CTA: R M1 occlusion.
Telestroke consult w/ Dr. {{NAME:Hemant Kulkarni}} ({{FACILITY:Commonwealth Neuro Telestroke}}) via cart, session {{ID:TS-74410}}, 1229.
TNK 0.25 mg/kg (17 mg) IV push 1241 - DTN 29 min.
Transfer for thrombectomy to {{FACILITY:Bluegrass Comprehensive Stroke Ctr}}, transfer ctr case # {{ID:BCS-0803-2291}}, accepting Dr. {{NAME:Marguerite Olin}}. air transport {{FACILITY:AirCare Ky}} 7, wheels up 1310.
husband's cell {{PHONE:606-555-0186}}, daughter {{NAME:Sheila Dixon}} {{PHONE:(859) 555-0102}} meeting in {{LOCATION:Lexington}}.
{{NAME:Beth Ann Caldwell}} MD`,

  `peds ed note
{{DATE:12/1/2023}} 0205
{{NAME:Mateo Villanueva-Ruiz}} 18 mo M, bib parents ({{NAME:Andrea}} and {{NAME:Cesar}}) after ~2 min generalized shaking at home, eyes rolled back, then sleepy. fever 102.9 since this afternoon, runny nose. no prior seizures. uncle had febrile sz as kid. imms utd per mom. attends {{FACILITY:Little Sprouts Daycare}} on {{ADDRESS:Bay Rd}}.
on arrival back to baseline, playful. T 103.1 HR 160 RR 32 SpO2 99
exam: R TM bulging/erythematous. fontanelle closed. no meningismus, no rash. neuro nonfocal.
dx: simple febrile seizure, AOM R
plan: motrin 10mg/kg given, amoxicillin 90 mg/kg/day div BID x10d. no labs/LP/EEG needed. seizure precautions, return precautions reviewed w/ parents (spanish, interpreter {{NAME:Lucia}} #{{ID:77012}}).
f/u PCP {{FACILITY:Clinica Valle Verde}} in 2 d. parents phone {{PHONE:661 555 0125}}.
{{NAME:p.chandrasekar}} md / {{NAME:gb}} scribe`,

  `DISCHARGE INSTRUCTIONS
{{FACILITY:Northside Urgent Care}} - {{ADDRESS:8820 Roswell Rd Ste 110}}, {{LOCATION:Sandy Springs}}, GA {{ZIP:30350}}
Patient: {{NAME:Courtney Ellison}}     Date of visit: {{DATE:09/22/2023}}
Diagnosis: Sprain of ligaments of right ankle (S93.401A)
X-ray: No fracture seen. Final read by radiologist will be sent to you; we will call you at {{PHONE:404-555-0197}} if anything changes.

What to do at home:
- R.I.C.E.: rest, ice 20 minutes every 2-3 hours, compression with ACE wrap, elevation above heart
- Use crutches, weight bear as tolerated
- Ibuprofen 600 mg every 6 hours with food as needed
- Wear the air splint for 1-2 weeks

Follow up: Dr. {{NAME:Nathaniel Greer}} at {{FACILITY:Peachtree Orthopaedic Group}}, call {{PHONE:(404) 555-0130}} for an appointment within 1 week.
Come back or go to the ER if: numbness, toes turn blue or cold, pain not controlled.

Work note given: off work {{DATE:9/22}} - {{DATE:9/24}}.
You were seen by: {{NAME:Kendra Bolden}}, FNP-C
Your account number: {{ACCOUNT:NUC-00481177}}   Patient portal: {{URL:https://portal.northsideuc-example.com}}`,

  `URGENT CARE NOTE - FAIR FIRST AID TENT
{{FACILITY:Wayne County Fairgrounds}} First Aid Station (staffed by {{FACILITY:Dutch Valley UC}})
date {{DATE:8/10/24}} 1515, heat index 103
pt {{NAME:Emma Stoltzfus}} 16F 4-H exhibitor, w/ mom {{NAME:Rebecca}}. near-syncope in swine barn while showing, felt dizzy, nauseous, sweaty. no LOC, no head strike. had "a pop and a pretzel" since 0600.
VS: 104/62 HR 118 T 100.2 (tympanic) RR 20 SpO2 99 BG 88. orthostatic +.
exam: flushed, diaphoretic, mucosa dry. A&O x4.
tx: moved to shaded cooled tent, ice packs axilla/groin, PO fluids 1L Gatorade. zofran ODT 4mg.
1600 recheck: HR 92 BP 112/70 T 99.1, sx resolved.
dx: heat exhaustion
dispo: home w/ mom, no more barn today, hydrate. ED if confusion/vomiting/T>104. Mom's phone {{PHONE:330-555-0140}}. home {{ADDRESS:5512 Fredericksburg Rd}}, {{LOCATION:Wooster}}.
fair board contact {{NAME:Dale Yoder}} notified per policy.
{{NAME:M. Hostetler}} RN / {{NAME:K. Amadi}} PA-C`,
  `uc visit {{DATE:4/27/24}}  pt {{NAME:jessup, waylon}} 44m
cc: lac L shin from chainsaw kickback cutting firewood behind house ({{ADDRESS:3380 old county rd 12}}, {{LOCATION:Bemidji}}). wife {{NAME:tammy}} drove him in. bleeding stopped w/ duct tape + rag (removed). no tetnus in "forever"
pmh dm2 on metformin, a1c unk. nkda. smokes 1ppd
exam 9cm jagged lac ant L shin, into subq, no bone/tendon visible. dp/pt 2+. sensation intact
proc: lidocaine 1% w/ epi 8ml. irrigated copiously ~1L. debrided edges. closed w/ 4-0 ethilon x11 simple interrupted. bacitracin, nonadherent dsg
tdap 0.5ml IM R deltoid lot# U7734AA exp 03/2026
keflex 500 qid x7d d/t contamination + dm
sutures out 10-14d at pcp ({{FACILITY:North Country Family Clinic}}? pt unsure) or here
work: self employed logger, advised no saw work x1 wk - pt laughed
wife cell {{PHONE:218-555-
0121}}
bp 158/96 - advised recheck w/ pcp
{{NAME:O. Lindgren}} PA-C / scribe {{NAME:rw}}`,

  `ED PHYSICIAN DOCUMENTATION
{{FACILITY:Willow Creek Medical Center}} Emergency Dept    DOS {{DATE:02/29/2024}}
Pt: {{NAME:Sunita Bhattacharya}}   55 y.o. female   MRN {{MRN:WC-2280417}}   FIN {{ACCOUNT:550019283}}
PCP: {{NAME:Rodriguez, Elena}} MD

CHIEF COMPLAINT: chest pain
HPI: 55F w/ HLD, GERD presents w/ 2 days intermittent L-sided chest "tightness", nonexertional, lasting minutes, worse after meals. no radiation, no diaphoresis, no SOB. Works as pharmacist at {{FACILITY:Hometown Drug #442}}. Father MI at 61. Nonsmoker.
ROS: otherwise negative (see template)
PE: BP 136/84 HR 72 RR 14 SpO2 99%. RRR no murmur. lungs CTA. epigastric mild ttp. no LE edema.
EKG (my read): NSR 70, normal axis, no ST changes, unchanged from {{DATE:3/2021}}.
hs-troponin 0h <6, 2h <6. CXR neg. lipase 32.
HEART score 3 (H1 A1 R1 E0 T0) - low risk.
MDM: ACS unlikely. ddx GERD, MSK. no PE sx, PERC neg.
PLAN: d/c home, PPI trial (omeprazole 20 mg daily), outpatient stress test, f/u PCP 1 wk. Return precautions given.
Copied forward from triage: "pt states pain 4/10, started at work".
Electronically signed {{NAME:Jonathan Reinholt}}, MD    {{DATE:02/29/2024 16:48}}`,

  `INTERFACILITY TRANSFER - PEDIATRIC TRAUMA
From: {{FACILITY:Sweetwater Valley Hospital}} ED ({{LOCATION:Rock Springs}}, WY)   To: {{FACILITY:Wasatch Children's Trauma Ctr}} ({{LOCATION:Salt Lake City}})
Transfer center case #: {{ID:WCT-TC-556031}}    Date: {{DATE:07/04/2024}}
Pt: {{NAME:Hunter James Aldridge}}   DOB {{DATE:09/11/2013}}   10 y/o M
MOI: ATV rollover, pinned under ATV ~5 min, no helmet, on family ranch off {{ADDRESS:County Road 4-17}}.
Findings: GCS 14, L femur deformity, abd seatbelt-type abrasion, FAST + LUQ. HR 138, BP 98/56.
Interventions: 2 PIVs, 20 mL/kg NS x1, pRBC 10 mL/kg, traction splint L leg, fentanyl 1 mcg/kg x2. CT not done - sending for definitive care.
Accepting: Dr. {{NAME:Ingrid Solberg}} (peds surgery), spoke 1842.
Mode: rotor wing, {{FACILITY:High Desert Air Medical}}, crew {{NAME:Cordova}}/{{NAME:Pratt}}.
Parents: {{NAME:Lacey Aldridge}} (mother, riding along? - no, weight limit) cell {{PHONE:307-555-0156}}; father {{NAME:Jim}} driving 3 hr.
Records: imaging on CD, labs (Hgb 9.1, lactate 3.2), MAR, consent signed by mother 1850.
Sending MD: {{NAME:Rosalind Achebe}}, MD   pager {{PHONE:307-555-0100}}`,

  `EMS PCR - REFUSAL
{{FACILITY:Cape May Co. Rescue Squad}} Amb 2711     Incident {{ID:CMC-24-07719}}
{{DATE:Mon 1/15/2024}}  0822  lift assist / fall
Address: {{ADDRESS:212 Sunset Blvd, Unit B}}, {{LOCATION:West Cape May}} NJ {{ZIP:08204}}
Pt {{NAME:Florence Adair}}, {{AGE:96}} yoF, found sitting on bathroom floor, states she "slid down" off toilet ~0700, couldn't get up, pressed Life Alert pendant (acct {{ACCOUNT:LA-6690214}}). denies head strike, denies LOC, denies pain. A&Ox4, speech clear. skin intact, no deformity. FROM all extremities. ambulated w/ walker in home w/o difficulty.
VS 142/80 P 78 R 16 SpO2 96% BGL 112
Advised transport for eval, pt declines. explained risks incl. undetected injury, death. pt verbalized understanding, capacity intact. signed refusal, witnessed by niece {{NAME:Margaret "Peggy" Soto}} who arrived 0840 ({{PHONE:609-555-0193}}).
PCP Dr. {{NAME:Halvorsen}} office notified {{PHONE:(609) 555-0135}}, msg left.
Crew: {{NAME:Kim Ferrante}} EMT, {{NAME:Joe Delvecchio}} EMT`,

  `ED NOTE - INTENTIONAL INGESTION
{{DATE:10/21/2023}}  arrival 0140 via {{FACILITY:Valley Fire District 9}} M8
{{NAME:Kaitlyn Morrow}} 23F, roommate {{NAME:Aspen Reid}} found her w/ empty bottle of extra strength Tylenol (500mg x ~50 tabs?) + note. ingestion time reported ~2230 on {{DATE:10/20}}.
VS: HR 104 BP 118/70 RR 16 T 98.2. alert, tearful. vomited x2 in ambulance.
Labs (0215, ~4h post): APAP 212 mcg/mL -> above treatment line on Rumack-Matthew. AST 28 ALT 31. INR 1.0. ASA neg. EtOH 64.
Poison center consulted ({{NAME:Marcus Greenleaf}}, PharmD), case # {{ID:WA-PC-23-41902}}. Rec 21h IV NAC protocol.
NAC load started 0240.
{{FACILITY:Spokane Valley PD}} Ofc. {{NAME:Brenneman}} (#{{ID:819}}) at bedside re welfare; note collected into evidence? - pt given copy back per her request, deferred.
Safety: 1:1 sitter, belongings searched. Psych consult (Dr {{NAME:Lowe}} on call) after medical clearance.
Mom {{NAME:Janelle Morrow}} in {{LOCATION:Coeur d'Alene}} notified w/ pt permission {{PHONE:208-555-0127}}.
Admit ICU stepdown {{FACILITY:Pinecrest 3}}.
{{NAME:T. Alvarado}}, DO`,

  `TRIAGE / L&D HANDOFF
{{DATE:March 3rd 2024}} 2117
{{NAME:Yesenia Cardenas}} 29yo G3P2 @ 31w2d by LMP ({{DATE:7/27/23}}), presents w/ bright red vaginal bleeding x1h, soaked 2 pads, + cramping. denies trauma. prenatal care at {{FACILITY:Salud Familiar Clinic}}, Dr. {{NAME:Iwasaki}}. last US {{DATE:2/20}} "placenta low" per pt.
BP 110/68 HR 108 T 98.6. FHT 145 by doppler.
no SVE done (possible previa).
2 large bore IVs, CBC, T&S, Kleihauer-Betke, Rh: O NEG -> rhogam per OB.
called L&D charge {{NAME:Deb Van Horn}} RN x{{PHONE:4412}}, accepted to {{FACILITY:Birthing Center at Magnolia}} triage rm 3. OB resident Dr. {{NAME:Feng}} aware.
transported via stretcher 2140 w/ {{NAME:Carlos}} (tech) and {{NAME:Maria T.}} RN.
husband {{NAME:Efrain Cardenas}} {{PHONE:956 555 0111}}, kids w/ neighbor.
ins: Medicaid STAR {{HEALTH_PLAN:521884730}}`,

  `SOCIAL WORK - CHILD PROTECTION CONSULT
{{FACILITY:Mid-Valley Children's Emergency Dept}}   {{DATE:05/19/2024}}
SW {{NAME:Olivia Tran}}, MSW (ext {{PHONE:6-2281}})
Pt: {{NAME:Noah Kessler-Bright}}, 4 mo M, DOB {{DATE:01/12/2024}}
Reason: R femur spiral fx, non-ambulatory infant, hx per parents inconsistent ("rolled off couch" vs "leg caught in crib").
Caregivers: mother {{NAME:Ashley Bright}} (19), mother's boyfriend {{NAME:Dustin Kessler}} (24), live at {{ADDRESS:77 Orchard St Apt 2}}, {{LOCATION:Springfield}} {{ZIP:01109}}. Infant also cared for by maternal grandmother {{NAME:Lisa Bright}} weekdays.
Skeletal survey + head CT ordered by Dr. {{NAME:Abernathy}} (CAP team). Ophtho consult for RH.
51A filed w/ DCF hotline 1410, intake # {{ID:51A-2405-11093}}. Screener Ms. {{NAME:Pollard}} says response within 2 hrs.
{{FACILITY:Springfield PD}} CAC detective {{NAME:Ramon Ortiz}} notified {{PHONE:413-555-0174}}.
Safety plan: infant admitted to {{FACILITY:Whitney 6}}? -> pending bed. no caregiver alone w/ infant.
SW will f/u.`,

  `{{FACILITY:LAKEVIEW URGENT CARE & SPORTS MEDICINE}}
CONCUSSION VISIT / RETURN-TO-LEARN NOTE
Date {{DATE:10/14/2023}}    Pt {{NAME:Gavin Oyelowo}}   DOB {{DATE:3-8-2008}}   15 yo M
Referred by ATC {{NAME:Shannon McBride}} ({{FACILITY:Brookfield Central HS}}), {{EMAIL:smcbride@bchs-example.org}}
HPI: helmet-to-helmet hit during varsity football game {{DATE:Fri 10/13}} ~2030, no LOC, "saw stars", removed from play. HA, photophobia, fogginess overnight. no vomiting. 1 prior concussion (2022).
SCAT6 symptom score 38/132, severity moderate. cognitive screen: delayed recall 3/5. balance (mBESS) 8 errors. VOMS provokes HA.
Neuro exam nonfocal. no red flags - no imaging per Canadian CT Head rule / PECARN.
Dx: concussion w/o LOC (S06.0X0A)
Plan: relative rest 24-48h, then light activity. Screen limits. Acetaminophen prn, avoid NSAIDs x48h.
SCHOOL: may attend half days {{DATE:10/16}}-{{DATE:10/18}}, no tests, extra time, rest breaks, sunglasses ok. no PE/sports until cleared by this office.
Recheck {{DATE:10/20/2023}} 9:00a w/ Dr. {{NAME:Patrice Fontaine}}.
Parent: {{NAME:Adaeze Oyelowo}} {{PHONE:(262) 555-0109}}
Note faxed to school counselor Mr. {{NAME:Hartl}} fax {{FAX:262-555-0133}}.`,

  `TRAUMA ACTIVATION - LEVEL 1 (PED STRUCK)
{{FACILITY:Hollis Crossing Memorial}} ED Trauma Bay 2   {{DATE:11/25/2023 19:06}}
Pt: TRAUMA, ZULU (alias), later ID {{NAME:Reginald Oduya}} DOB {{DATE:6/4/1961}} from wallet. MRN {{MRN:GH-99120433}}
MOI per {{FACILITY:Atlanta Fire Rescue}} Medic 12: pedestrian struck by SUV ~30 mph at {{ADDRESS:Ralph David Abernathy Blvd SW & Lee St}}, thrown ~10 ft. +LOC. Driver remained on scene.
{{FACILITY:APD}} Officer {{NAME:T. Hargrove}} #{{ID:6120}} accident report # {{ID:23-329918}}, driver plate {{VEHICLE:CTK4471}} (GA).
Primary: A patent, B bilat BS, C HR 122 BP 92/60, D GCS 11 (E3V3M5), E open R tib/fib fx.
FAST neg. CXR: R rib fx 4-6, small PTX. pelvis xr neg.
Interventions: R chest tube 28Fr, 1 U pRBC via rapid infuser, ancef 2g, tdap, splint. to CT pan-scan 1931.
Trauma attending Dr. {{NAME:Celeste Arrington}}, ortho Dr. {{NAME:Wu}} paged.
Sister {{NAME:Patricia Oduya-Greene}} arrived 2005, ph {{PHONE:404-555-0161}}; chaplain Rev. {{NAME:Lamont}} present.
Scribe: {{NAME:EN}}`,

  `ED RN FLOWSHEET NARRATIVE - DKA PROTOCOL
{{FACILITY:St. Ignatius Regional}} ED    bed 31
Pt {{NAME:Delaney Fitzhugh}} 17F (type 1, pump pt - Omnipod, pod removed, PDM SN {{DEVICE:OP5-44719203}})
Date {{DATE:2/11/24}}
2210 initial BG "HI" on meter, serum 612. VBG pH 7.08, HCO3 6, AG 28, K 5.6, BHB 7.1. 2 PIVs. NS 1L bolus over 1h. -{{NAME:AK}}
2240 insulin gtt 0.1 u/kg/h (5.8 u/h) started per order Dr. {{NAME:Ferreira}}. -{{NAME:AK}}
2300 BG 548. mom {{NAME:Corinne Fitzhugh}} at bedside, states pod failed at school ({{FACILITY:Heritage Hills Middle-High}}) yesterday. -{{NAME:AK}}
2340 BG 489. K 4.9, added KCl 20 mEq/L to fluids. -{{NAME:AK}}
0040 ({{DATE:2/12/24}}) BG 402. neuro checks q1h, GCS 15. -{{NAME:AK}}
0140 BG 311. PICU {{FACILITY:Fairbanks 2}} PICU accepted, RN {{NAME:Hollis}}. -{{NAME:AK}}
0150 BG 288 -> switch to D5 1/2NS w/ 20 KCl (2-bag). -{{NAME:AK}}
endo on call Dr {{NAME:Obinna}} notified, Omnipod support called re failed pod.
dad {{NAME:Kevin}} on the way from {{LOCATION:Evansville}}, {{PHONE:812-555-0147}}.`,

  `FORENSIC NURSE EXAMINER (SANE) SUMMARY - CONFIDENTIAL
{{FACILITY:Lakeshore General Hospital}} - Forensic Nurse Program    Exam room: FNE suite
Exam started {{DATE:11/18/2023 0315}}, completed 0520
Pt: {{NAME:Ta'Niyah Brooks}}   DOB {{DATE:12/30/2001}}   MRN {{MRN:LG7719034}}
Examiner: {{NAME:Colleen Marsh}}, RN, SANE-A    Advocate present: {{NAME:Yvonne Pierce}} ({{FACILITY:Safe Harbor Crisis Center}})
Pt reports assault by acquaintance ~2300 on {{DATE:11/17}} at an apartment on {{ADDRESS:N Sheridan Rd}}, {{LOCATION:Evanston}}. Details in forensic record, not copied here.
Pt elected: full kit w/ law enforcement reporting. Kit # {{ID:ISP-SAK-2023-118402}}, chain of custody to {{FACILITY:Evanston PD}} Det. {{NAME:Aldo Benedetti}} #{{ID:344}} at 0545.
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, ulipristal 30 mg PO, HIV nPEP (Biktarvy) 28-day starter pack.
Labs: hCG neg, HIV Ag/Ab, HBsAg, RPR, HCV sent.
Photos taken w/ forensic camera (stored in secure system, not in EMR).
F/U: ID clinic for nPEP {{DATE:11/21/2023}}, advocate callback. Safe phone per pt: {{PHONE:847-555-0144}} (text ok).`,

  `EMERGENCY DEPARTMENT DISCHARGE SUMMARY
{{FACILITY:ST. CASIMIR HOSPITAL}}, {{LOCATION:HAMTRAMCK}}
PATIENT: {{NAME:KOWALSKI, STANISLAWA}}    AGE: {{AGE:101}}    MRN: {{MRN:0044817265}}
ADMIT: {{DATE:01/03/2024}}   DISCHARGE FROM ED: {{DATE:01/04/2024}}
DIAGNOSES: 1. COMMUNITY ACQUIRED PNEUMONIA, RLL   2. MILD DEHYDRATION   3. CHRONIC AFIB (RATE CONTROLLED)
COURSE: {{AGE:101}} YEAR OLD FEMALE BROUGHT FROM HOME BY GRANDDAUGHTER {{NAME:MAGDALENA NOWAK}} FOR COUGH AND DECREASED PO INTAKE X3 DAYS. CXR RLL INFILTRATE. WBC 13.4. LACTATE 1.3. CURB-65 = 2 (AGE, BUN). RECEIVED CEFTRIAXONE 1G IV AND AZITHROMYCIN 500MG IV, 1L LR. OBSERVED OVERNIGHT IN ED OBS UNIT (CDU BED 8). PER PATIENT AND FAMILY, GOALS OF CARE: NO HOSPITAL ADMISSION, DNR/DNI (POLST ON FILE DATED {{DATE:06/2022}}).
DISCHARGE MEDS: AMOXICILLIN-CLAVULANATE 875MG PO BID X5D, AZITHROMYCIN 250MG DAILY X4D.
HOME SERVICES: {{FACILITY:HOLY FAMILY HOME CARE}} NURSE VISIT {{DATE:01/05/2024}}; AGENCY PHONE {{PHONE:313-555-0104}}.
FOLLOW UP: DR. {{NAME:ZBIGNIEW MAZUR}}, PCP, WITHIN 3 DAYS. GRANDDAUGHTER PHONE {{PHONE:(313)555-0172}}.
DICTATED BY: {{NAME:ANIKA SORENSEN}}, MD    TRANSCRIBED: {{NAME:RK}}/{{NAME:jm}}   {{DATE:01/04/2024 11:20}}`,

  `PHONE CALLBACK - CULTURE RESULT
{{FACILITY:Juniata Valley Urgent Care}} - {{LOCATION:Altoona}}
{{DATE:Tuesday, August 27, 2024}} 11:05
Re: {{NAME:Haley Brennaman}}   DOB {{DATE:1/5/1997}}   seen {{DATE:8/24}} for dysuria, dx simple cystitis, sent home on nitrofurantoin 100mg BID x5d.
Urine cx final {{DATE:8/26/24}}: >100K CFU/mL Klebsiella pneumoniae, RESISTANT to nitrofurantoin, S to cefpodoxime, TMP-SMX, cipro.
Called pt at {{PHONE:814-555-0191}} (mobile on file) - no answer, VM full. Called alt # (work, {{FACILITY:Blair County Credit Union}}) {{PHONE:814.555.0126}}, spoke w/ pt after verifying name + DOB.
Pt reports still burning, no fever/flank pain. Not pregnant, LMP {{DATE:8/10}}.
Changed to cefpodoxime 100 mg PO BID x7d, sent to {{FACILITY:Rite Way Pharmacy}} on {{ADDRESS:Pleasant Valley Blvd}}. Told to stop nitrofurantoin.
Advised ED/return if fever, back pain, vomiting.
Pt verbalized understanding.
{{NAME:Glenna Shaffer}}, RN   /   reviewed by Dr. {{NAME:Moses Ansah}}, DO`,


  `{{FACILITY:MID-SOUTH REGIONAL EMS}}  PCR
Incident {{ID:MSR240911-0447}}    Unit M-33    {{DATE:09/11/2024}}
Dispatch 1012 "SEIZURE" @ {{FACILITY:Raleigh Ridge Middle School}}, {{ADDRESS:3970 Covington Pike}}, nurse's office
Pt: {{NAME:Jaylen Crutchfield}}   13 y/o M   DOB {{DATE:2/28/2011}}
Hx: epilepsy on Keppra 500 BID, per school nurse Mrs. {{NAME:Tolbert}} pt had GTC in gym class 1003, lasted ~6 min, she gave Valtoco 10 mg intranasal 1008 from school supply (pt's own Rx). Seizure stopped 1010.
On arrival 1019: postictal, GCS 11 -> 14 by 1030. tongue bite L lateral. incontinent urine. SpO2 93% -> 99% on NRB. BGL 94. HR 112.
No trauma, fell onto mat per gym teacher Coach {{NAME:Pruitt}}.
Mom {{NAME:LaTonya Crutchfield}} reached by school at work ({{FACILITY:Tri-State Freight Hub}}) - meeting at hospital. Mom cell {{PHONE:901-555-0118}}.
Neuro: Dr. {{NAME:Saperstein}} at {{FACILITY:Mason Pediatric Neurology}} per med list.
Transport to {{FACILITY:Delta Children's Hospital}} ED, priority 2, report to {{NAME:Quintavious}} RN bay 4, 1051.
Keppra bottle, Valtoco packaging, seizure action plan brought w/ pt.
Crew {{NAME:A. McKinney}} PM / {{NAME:R. Dewberry}} EMT`,


  `ED PHYSICIAN NOTE
{{DATE:Jan 22 2024}} 0450    {{FACILITY:Riverside Hennepin Medical Ctr}}
Pt: {{NAME:Dwayne "Tex" Halvorsen}}, 61M, known to our ED (MRN {{MRN:RH-3309187}}). brought by {{FACILITY:Minneapolis PD}} squad after Ofc {{NAME:Jacobsen}} found him under the {{ADDRESS:Franklin Ave bridge}} during welfare sweep, temp -14F overnight.
HPI: pt states he was kicked out of {{FACILITY:Nicollet Haven Shelter}} at 2100 for drinking. + EtOH. denies drugs. c/o feet "burning then numb".
Exam: core temp 33.1 C (rectal), HR 54, BP 108/66, GCS 14. bilat toes white, waxy, no blisters yet. frostbite 2nd-3rd degree suspected.
Labs: EtOH 241, glucose 71, lactate 2.4, CK 890.
Tx: warm blankets, Bair Hugger, warm IVF, thiamine 100 mg IV then D50 1/2 amp. rapid rewarming feet in 40C water bath x30 min, ibuprofen. tdap given.
Plan: admit medicine, burn/frostbite consult ({{FACILITY:North Star Burn Ctr}} tele consult, Dr. {{NAME:Amundsen}}), consider tPA protocol if perfusion deficit on bone scan.
SW {{NAME:Rosa Lindahl}} notified for shelter placement at d/c. Sister {{NAME:Carol Halvorsen-Beck}} in {{LOCATION:Duluth}}, ph {{PHONE:218 555 0187}}, last contact {{DATE:Xmas 2023}}.
{{NAME:Erik Solheim}}, MD`,

  `TDO / PSYCHIATRIC TRANSFER NOTE
{{FACILITY:Shenandoah Gap Medical Center}} ED  -  {{LOCATION:Front Royal}}, VA
{{DATE:04/30/2024}}
Pt {{NAME:Marcus Lee Whitlow}}, 34 y/o M, DOB {{DATE:03/03/1990}}, MRN {{MRN:SG55018832}}
ECO executed 0940 by {{FACILITY:Warren County Sheriff}} Dep. {{NAME:Cline}} after pt threatened neighbors w/ machete at {{ADDRESS:1188 Happy Creek Rd}}.
CSB evaluator {{NAME:Allison Frye}}, LCSW ({{FACILITY:Skyline CSB}}) completed prescreen 1315; magistrate issued TDO #{{ID:TDO-24-00317}}, 1402.
Bed search: 11 facilities declined. Accepted by {{FACILITY:Blue Ridge State Hospital}} (state facility of last resort), accepting Dr. {{NAME:Kamara}}, transfer ref # {{ID:BRSH-0430-B12}}.
Medical: vitals wnl, UDS + meth/amphet. ECG QTc 438. Haldol 5 / Ativan 2 IM given 1010 for agitation, calm since.
Transport by Sheriff's deputy (Dep. {{NAME:Whitacre}}) per TDO, departed 1630.
Mother {{NAME:Darlene Whitlow}} notified {{PHONE:540-555-0139}}.
{{NAME:R. Cosgrove}}, MD / {{NAME:T. Nunez}}, RN`,

  `triage {{DATE:6/8/24}} 1822
{{NAME:Zuri Abdi-Warsame}} 3yo F bib mom {{NAME:Hodan Warsame}} + aunt {{NAME:Ifrah}}. mom saw pt w/ TV remote battery cover off, coin-size lithium battery (CR2032) missing ~1730. pt drooling, gagging x1, refusing to drink. no resp distress.
wt 14.2kg  HR 134 RR 28 SpO2 99 T 98.9
ESI 2 - button battery protocol
honey 10mL PO given 1830 per protocol (>12 mo, <12h), repeat q10min x6
XR neck/chest/abd 1838: 20mm disc w/ halo sign @ upper esophagus (C7-T1)
Poison center: {{NAME:Dev}}, case {{ID:MN24-0608-2217}}.
Dr. {{NAME:Bergstrom}} called peds GI/ENT at {{FACILITY:Lake Como Children's Hospital}} - transfer ctr RN {{NAME:Heidi}}, case # {{ID:LCCH-77810}}, accepted 1851 for emergent endoscopic removal.
transport {{FACILITY:Children's Critical Care Transport}} team ETA 1915. NPO except honey.
interpreter (Somali) {{NAME:Abdirahman}} in person.
family lives {{ADDRESS:2900 Cedar Ave S #614}}, {{LOCATION:Minneapolis}} {{ZIP:55407}}. mom cell {{PHONE:612-555-0152}}, aunt {{PHONE:612-555-0179}}.
{{NAME:k.vue}} RN`,

  `ED NOTE - CHEMICAL BURN (AG INJURY)
{{FACILITY:Cherokee Regional Medical Center}}, {{LOCATION:Cherokee}} IA    {{DATE:April 18, 2024}} 0715
Pt: {{NAME:Dale Vander Ploeg}}   DOB {{DATE:9-17-1969}}   MRN {{MRN:CRMC-008813}}
HPI: 54M farmer, hose coupling on anhydrous ammonia nurse tank failed while applying to field ~0630, sprayed face and R arm. coworker {{NAME:Jesse Schuiteman}} flushed him w/ water from tank jug, drove him here. Was wearing gloves but no goggles. Works for {{FACILITY:Little Sioux Ag Co-op}}.
Exam: R forearm partial thickness burns ~3% TBSA, face erythema, bilat conjunctival injection, pH of tears 9. Mild hoarseness, no stridor. SpO2 97%.
Tx: continuous eye irrigation w/ Morgan lens 2L NS each eye until pH 7.5. Airway watch - no intubation needed. Nebulized albuterol. Burn dressing (silvadene).
Ophtho tele w/ Dr. {{NAME:Ngozi Eze}} ({{FACILITY:Siouxland Eye Institute}}), f/u tomorrow 1000.
OSHA reportable? - employer notified, safety mgr {{NAME:Kurt Van Wyk}} {{PHONE:712-555-0115}}.
Wife {{NAME:Arlene}} at bedside. home {{ADDRESS:4417 Nighthawk Ave}}, {{LOCATION:Marcus}} IA {{ZIP:51035}}.
{{NAME:L. Brandt}}, MD`,

  `RETURN TO WORK / FITNESS FOR DUTY
{{FACILITY:Piedmont Triad Urgent & Occupational Care}}
{{DATE:November 6, 2023}}
RE: {{NAME:Tyrone Lassiter}}    DOB {{DATE:07/19/1966}}
Employer: {{FACILITY:Triad Consolidated Schools}} Transportation, school bus driver (route 114)
Supervisor: Ms. {{NAME:Dana Whitsett}}, fax {{FAX:336-555-0106}}
NC CDL # {{LICENSE:48117734}}    DOT medical card exp {{DATE:03/2025}}
Hx: syncopal episode {{DATE:10/22/2023}} at home (not driving), seen at {{FACILITY:Haw River Regional}} ED. Workup: orthostatic hypotension after starting tamsulosin + poor PO intake. Echo EF 60%, no structural dz. 14-day Zio patch (SN {{DEVICE:ZA-7719203}}) - no arrhythmia, no pauses. Tamsulosin stopped by urology. Cardiology (Dr. {{NAME:Baptiste}}) cleared {{DATE:11/2/23}}.
Exam today: BP 132/80 sitting, 128/78 standing, HR 70. neuro nl.
Per FMCSA guidance, may return after cause identified and treated.
STATUS: CLEARED for full duty effective {{DATE:11/07/2023}}. No restrictions.
{{NAME:Wendell Okafor-Simms}}, MD, Certified Medical Examiner, NRCME # {{LICENSE:3318840127}}
cc: employee; district HR {{EMAIL:hr-transport@triadcs-example.net}}`,

  `RN NOTE - PT LEFT AMA / ELOPEMENT
{{FACILITY:Bayfront Community Hospital}} ED  hall bed H7
{{DATE:08/30/2023}}
0212 pt {{NAME:Shawna Kettering}} 38F (here for cellulitis L leg, IV abx, pending admit to {{FACILITY:Pelican 3}}) states she is leaving, "I have to get my kids". educated on risks incl. sepsis, loss of limb. Dr. {{NAME:Villarreal}} to bedside 0218, discussed AMA, pt has capacity, declined to sign AMA form.
0225 pt pulled own IV (20g L FA), catheter intact, pressure held, bandaid. rx for doxycycline + cephalexin given per MD, pt took paper.
0231 pt ambulated out ambulance bay w/o escort. security (Officer {{NAME:Grant}}) notified, observed pt get into older white sedan, plate partial {{VEHICLE:HJV-2}}?? Driver unk male.
0240 called pt cell {{PHONE:727-555-0108}}, no answer. left VM to return. also called emergency contact sister {{NAME:Tanya Kettering}} {{PHONE:727 555 0165}}, she will check on her at home ({{ADDRESS:6150 34th St N, Lot 22}}, {{LOCATION:St. Petersburg}}).
0250 charge RN {{NAME:Brenda Mickens}} and house sup {{NAME:Joel}} aware. incident report # {{ID:IR-230830-0051}} filed.
-{{NAME:dcr}} RN`,

  `uc note {{DATE:3/19/2024}}
{{NAME:Jacoby Whitfield}} 9yo m w/ grandma {{NAME:Loretta Whitfield}} (legal guardian, papers on file)
cc wheezing since recess, school nurse gave albuterol 4 puffs at 1130 w/ minimal relief, called g-ma at {{PHONE:205-555-0128}}.
hx mild persistent asthma, on flovent 44 2 puffs bid - "ran out in jan". last pred burst {{DATE:Nov 2023}}. no hosp/intub.
vs hr 124 rr 30 spo2 92% ra t 99.0. wt 31kg
exam: diffuse exp wheeze, mild subcostal retractions, speaks full sentences. PRAM 5.
tx: duoneb x3 back to back, dexamethasone 16mg po (0.6mg/kg max 16). 
reassess 1315: spo2 96%, scattered wheeze, no retractions. PRAM 1.
dx asthma exacerbation mod
plan: albuterol mdi w/ spacer 4 puffs q4h x48h then prn. flovent refilled - sent to {{FACILITY:Walker Drugs}} {{ADDRESS:1200 3rd Ave N}}, {{LOCATION:Bessemer}}. asthma action plan updated & copy for school.
school note: out {{DATE:3/19}}-{{DATE:3/20}}, return {{DATE:3/21/24}}, may carry inhaler at {{FACILITY:Hueytown Elementary}}.
pcp {{FACILITY:Cahaba Pediatrics}} f/u 2-3 days, Dr {{NAME:Ledbetter}}
{{NAME:s.prakash}} np`,

  `{{FACILITY:SOMERSET AREA AMBULANCE}} - STATION 14
PCR   INCIDENT# {{ID:SAA-24-03391}}    DATE {{DATE:05/26/2024}}
DISP 1437 MC CRASH - {{ADDRESS:I-76 WB MM 109.4}} (BETWEEN {{LOCATION:SOMERSET}} & {{LOCATION:DONEGAL}})
PT: {{NAME:ROSSI, ANTHONY P}}  52M  DOB {{DATE:01/11/1972}}   HOME {{LOCATION:TOMS RIVER}}, NJ
MOI: MOTORCYCLE VS GUARDRAIL ~55MPH, HELMETED (DOT FULL FACE), RIDING W/ GROUP. FRIEND {{NAME:VINCE CAPOZZI}} ({{PHONE:732-555-0183}}) STATES PT LOST CONTROL IN CURVE.
ASSESS: GCS 14, +AMNESIA, L CHEST WALL CREPITUS, DIMINISHED L BS, L FEMUR DEFORMITY, HR 118, BP 100/64, SPO2 90%.
TX: NEEDLE DECOMPRESSION L 2ND ICS MCL 1451 W/ RUSH OF AIR, SPO2 -> 96%. TXA 1G. TRACTION SPLINT. PELVIC BINDER PROPHYLACTIC.
PSP TROOPER {{NAME:KOVACH}} ON SCENE; MOTORCYCLE (NJ PLATE {{VEHICLE:M47KTR}}) TOWED BY {{FACILITY:LAUREL HIGHLANDS TOWING}}.
AIR MEDICAL {{FACILITY:SUMMIT AIR MED}} 11 REQ 1444, LZ AT {{ADDRESS:MM 110 SERVICE PLAZA}}, TRANSFER OF CARE 1512 TO FLIGHT RN {{NAME:DEMARCO}}, DEST {{FACILITY:ALLEGHENY SUMMIT TRAUMA CENTER}}.
WIFE {{NAME:DONNA ROSSI}} NOTIFIED BY PSP.
CREW {{NAME:B. YODER}} EMT-P / {{NAME:C. WALTERS}} EMT`,

  `ED Provider Note      {{FACILITY:Sun City West Community Hospital}}
Date of Service: {{DATE:12/12/2023}}     Time seen: 0935
Patient: {{NAME:Bernadette Oyler}}     Age: {{AGE:90}}     DOB: {{DATE:05/01/1933}}
Accompanied by: husband {{NAME:Harold Oyler}}, 89, who provides hx; lives independently at {{FACILITY:Grandview Terrace}} apartments, {{ADDRESS:13810 W Sandridge Dr #112}}, {{LOCATION:Sun City West}} AZ {{ZIP:85375}}.
CC: abd pain, vomiting x1 day
HPI: Crampy diffuse abd pain, 4 episodes bilious emesis, no BM or flatus since {{DATE:12/10}}. Prior hysterectomy and appendectomy (1970s). Takes oxybutynin, amlodipine, warfarin (afib).
Exam: T 99.4 HR 96 BP 148/78. Abdomen distended, tympanic, diffusely tender, no peritonitis. Tinkling bowel sounds.
Labs: WBC 11.9, lactate 1.8, K 3.2, Cr 1.3 (baseline 0.9), INR 2.6.
CT A/P: SBO w/ transition point in RLQ, likely adhesive. no pneumatosis.
Plan: NPO, NGT placed (16 Fr, 600 mL bilious output), IVF w/ KCl, hold warfarin. Surgery consult Dr. {{NAME:Ranjit Gill}}, admit to {{FACILITY:Saguaro 2}} for conservative mgmt, gastrografin challenge.
Code status: DNR confirmed with pt and husband. Daughter {{NAME:Joyce Tillman}} (POA) {{PHONE:623-555-0169}}.
{{NAME:Miriam Kagan}}, MD`,

  `POISON CENTER / MASS CASUALTY - CO EXPOSURE
{{DATE:1/6/2024}}   {{FACILITY:Mascoma Valley Hospital}} ED
Family of 5 from {{ADDRESS:22 Quarry Hill Ln}}, {{LOCATION:Lebanon}} NH brought by {{FACILITY:Lebanon Fire}} after CO alarm + HA/nausea. FD meter reading 180 ppm in basement (generator running in garage during power outage).
Pts:
1. {{NAME:Gregory Tewksbury}} 44M - COHb 24%, HA, nausea
2. {{NAME:Allison Tewksbury}} 41F - COHb 21%, 14 wk pregnant (!)
3. {{NAME:Owen}} 12M - COHb 17%
4. {{NAME:Piper}} 8F - COHb 19%, vomited x2
5. {{NAME:Eleanor Tewksbury}} (grandmother) {{AGE:94}}F - COHb 26%, confused, troponin 0.09
All on 100% NRB.
Poison center ({{NAME:Kelsey Morin}}, RN SPI) case #s {{ID:NNE-24-00114}} thru {{ID:NNE-24-00118}}: recommend HBO for mother (pregnancy) and grandmother (AMS, cardiac).
Transfer ctr at {{FACILITY:Connecticut River Hyperbaric Center}}, case # {{ID:CRH-0106-04}}, accepting Dr. {{NAME:Pelletier}}; pts 2 & 5 by ALS ground {{FACILITY:Mascoma Regional Ambulance}}, departed 0412. Pts 1, 3, 4 observed, repeat COHb <5% at 0600, d/c to stay w/ neighbor {{NAME:Bruce Aldrich}} ({{PHONE:603-555-0186}}) until utility clears home.
{{NAME:Hannah Quimby}}, MD`,

  `TRANSFER CENTER RECORD
Case # {{ID:TC240315-0098}}     Call received {{DATE:03/15/2024 22:41}}
Referring: {{FACILITY:Kiowa County Critical Access Hospital}} ({{LOCATION:Eads}}, CO), Dr. {{NAME:Lyle Schaefer}}, call-back {{PHONE:719-555-0103}}
Receiving: {{FACILITY:Front Range University Hospital}} - MICU
Pt: {{NAME:Gilberto Quintana}}    DOB {{DATE:8/8/1958}}    Ref MRN {{MRN:KC-20117}}
Reason: UGIB - hematemesis x3, melena. Hx EtOH cirrhosis, known varices (banded {{DATE:10/2023}} at {{FACILITY:FRUH}}). Hgb 6.4 (baseline 10). HR 120s, BP 84/50 after 2L NS.
At referring: 2 U pRBC (only 4 O neg on hand), octreotide 50 mcg bolus + gtt, ceftriaxone 1 g, pantoprazole 80 mg IV. No GI or blood bank backup overnight.
Accepting: Dr. {{NAME:Yusuf Dirie}} (MICU), GI fellow Dr. {{NAME:Hana Kobayashi}} aware. Bed MICU 14.
Mode: fixed wing not avail (wind), ground CCT via {{FACILITY:Plains Critical Care Transport}} ~3.5 h.
Family: daughter {{NAME:Rosa Quintana-Baca}} {{PHONE:(719) 555-0142}}, will drive to {{LOCATION:Aurora}}.
Transfer RN: {{NAME:Mitch Gallegos}}    Logged by {{NAME:A. Pacheco}}, TCC`,

  `DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA
{{FACILITY:Valle del Sol Medical Center}} Emergency Department    {{LOCATION:Brownsville}}, TX
Name / Nombre: {{NAME:Rigoberto Saldaña}}     Date / Fecha: {{DATE:15/07/2024}} (dd/mm)
Diagnosis / Diagnóstico: Kidney stone, left (cálculo renal izquierdo) - 4 mm at UVJ on CT
Medicines / Medicinas:
- Tamsulosin 0.4 mg once daily x14 days (helps pass the stone)
- Ketorolac 10 mg every 6 hours as needed x5 days, with food. NO take with ibuprofen.
- Ondansetron 4 mg ODT every 8 hours as needed for nausea
Strain your urine. Bring the stone to your urologist.
Follow up / Cita: Dr. {{NAME:Marco Antonio Treviño}}, {{FACILITY:Rio Grande Urology}}, {{ADDRESS:2150 E Alton Gloor Blvd Ste 204}}, tel {{PHONE:956-555-0176}} - within 1 week.
Return to ER if fever over 100.4, vomiting and can't keep medicine down, or pain not controlled.
Work note: may return {{DATE:07/17/2024}}, employer {{FACILITY:Port Isabel Shrimp Co.}}
Nurse: {{NAME:Araceli Montemayor}}, RN    Interpreter used: No (bilingual staff)
Your MRN / Expediente: {{MRN:VDS-3391820}}`,

  `SOCIAL WORK NOTE - IPV
ED {{FACILITY:Mercy Tulsa South}}   {{DATE:Sunday 5/12/24}} 2210
SW: {{NAME:Gail Thunderbird}}, LMSW
Pt {{NAME:Crystal Nez}} 31F seen for facial contusions & R wrist fx (splinted). Disclosed to RN {{NAME:Kayla}} that partner {{NAME:Brandon Tso}} hit her w/ closed fist and pushed her down stairs at their home ({{ADDRESS:5521 S 33rd W Ave}}). Strangulation hx: yes, earlier this week - HITS/Danger Assessment score 19 (extreme danger).
Pt's 2 children ({{NAME:Kaiden}} 6, {{NAME:Lily}} 3) currently w/ pt's mother {{NAME:Rose Nez}} in {{LOCATION:Sapulpa}}, mom's ph {{PHONE:918-555-0135}}.
Pt requests to speak to police: {{FACILITY:Tulsa PD}} Ofc {{NAME:Harjo}} #{{ID:1762}} took report # {{ID:2024-0517993}}. Emergency protective order petition info given; existing VPO # {{ID:PO-2023-4471}} expired {{DATE:Feb 2024}}.
Shelter: {{FACILITY:Green Country Safe House}} shelter accepted pt + kids tonight, advocate {{NAME:Mariah}} to pick up at ambulance bay. Safe number for pt (new prepaid phone): {{PHONE:918.555.0157}}.
Forensic photos via FNE {{NAME:Jo Ellen Birdwell}}, RN.
Tribal affiliation: Navajo (Dine) - pt declined tribal victim services referral at this time.`,

  `TRIAGE + RN NOTE - GSW
{{DATE:10/28/2023}}  0112  walk-in, dropped at ambulance bay by unknown vehicle
Pt {{NAME:Terrell "T-Bone" Whitaker}}  approx 20s M, ID in pocket: DOB {{DATE:04/16/2002}}, OH DL {{LICENSE:TR448172}}
GSW x2: R thigh (entry, no exit), L flank (entry, exit L back). HR 128 BP 88/52. A&O x3, says "I don't know who, I was just walking on {{ADDRESS:Hamilton Ave}}."
Trauma activation 0113. 2 large bore IVs, MTP activated, TXA. to OR 0141 w/ Dr. {{NAME:Adebayo Ogunleye}}.
Clothing cut along seams, placed in paper bags x3, sealed, labeled. 1 bullet fragment from R thigh dressing -> evidence envelope. Chain of custody handed to {{FACILITY:CPD}} Ofc {{NAME:M. Lachey}} badge {{ID:P-3318}} at 0205, case # {{ID:23-CPD-178844}}.
Pt's phone, wallet ($42) to security, envelope #{{ID:S-10284}}.
Mother {{NAME:Vanessa Whitaker}} arrived 0230 ({{PHONE:513 555 0112}}), placed in family consult rm w/ chaplain.
Pt registered as trauma alias "OCELOT" at pt request (privacy). 
{{NAME:J. Pfeiffer}} RN / {{NAME:N. Osei-Bonsu}} RN`,

  `ED NOTE - ENVENOMATION
{{FACILITY:Pedernales Valley Hospital}} ED, {{LOCATION:Fredericksburg}} TX    {{DATE:07/21/2024}}
HPI: {{NAME:Kurt Jurgensmeyer}} 63M bitten L hand by rattlesnake (western diamondback per pt, photo on phone) while clearing brush at his deer lease on {{ADDRESS:Ranch Rd 965}} ~1610. Neighbor {{NAME:Manny Olivarez}} drove him in. No tourniquet. Took 2 Benadryl PTA.
Exam 1655: HR 98 BP 154/88. fang marks L 3rd MCP dorsum, swelling to wrist, ecchymosis, progressing to mid-forearm by 1730 (marked w/ pen q15min). No bleeding gums. Fasciculations none.
Labs: plt 142 -> 98 (2h), fibrinogen 210 -> 140, INR 1.1, CK 220.
Poison Center: {{NAME:Tomas Hinojosa}}, PharmD, case # {{ID:TX24-0721-3378}}.
Tx: CroFab 6 vials IV started 1745, repeat 6 vials 1930 for progression. Tdap. Elevation. NO ice, NO incision.
Transfer considered ({{FACILITY:Balcones Regional}} ICU, case # {{ID:BR-TC-44102}}) but pt stabilized; admitted here to ICU bed 4.
Wife {{NAME:Ingrid}} {{PHONE:830-555-0123}}. PCP Dr. {{NAME:Ottmers}}.
{{NAME:Sarah Beth Kowalik}}, DO`,

  `{{FACILITY:Coastal Kids Urgent Care}} - {{LOCATION:Wilmington}} NC
Visit {{DATE:9-5-2023}}   Pt {{NAME:Liam O'Rourke-Baptiste}}  7y M   DOB {{DATE:10/30/2015}}
fell off monkey bars at recess @ {{FACILITY:Masonboro Sound Elementary}} ~1300, FOOSH L. school called mom {{NAME:Siobhan O'Rourke}} at {{PHONE:910-555-0134}}.
exam: L distal forearm swelling, ttp distal radius, no snuffbox ttp, NVI, cap refill <2s, no skin break.
xr: L distal radius buckle (torus) fx, no displacement.
tx: ibuprofen 10mg/kg, prefab volar wrist splint, sling.
dx: torus fx L distal radius S52.522A
plan: splint 3 wks, ortho f/u optional - referred to {{FACILITY:Cape Fear Pediatric Ortho}} (Dr. {{NAME:Nwachukwu}}) {{PHONE:910-555-0189}}, appt {{DATE:9/12}}.
school note: may attend {{DATE:9/6}}, no recess/PE x3 wks (through {{DATE:9/26/2023}}), may use elevator, extra time for writing (L handed!).
given to mom. bus driver/aftercare ({{FACILITY:YMCA Kids Club}}) informed by mom.
{{NAME:Angela Pressley}}, PA-C`,

  `VIRTUAL URGENT CARE - VIDEO VISIT
{{FACILITY:Heartland Health Virtual UC}}    {{DATE:12/02/2023 19:47}} CST
Pt: {{NAME:Brianna Kowalski-Reed}}    DOB {{DATE:6/13/1994}}    MRN {{MRN:HH-4471902}}
Pt location at time of visit: home, {{ADDRESS:611 N Elm St}}, {{LOCATION:Salina}} KS (verified, in-state license ok)
Session: {{URL:https://visit.heartlandvuc-example.com/room/8841-BKR}}   client IP {{IP:10.44.18.203}}   platform ID {{ID:VV-77301854}}
Consent for telehealth obtained verbally.
S: 29F, 3 days of burning w/ urination, frequency, suprapubic pressure. No fever, no flank pain, no vaginal d/c. LMP {{DATE:11/20}}, on OCP. No prior UTI this year.
O: well appearing on video, NAD, no CVA tenderness on self-palpation (guided).
A: acute uncomplicated cystitis N30.00
P: nitrofurantoin 100 mg BID x5d -> {{FACILITY:Prairie Rx Pharmacy #37}}, phenazopyridine 200 TID x2d. Hydrate. In-person eval if fever/flank pain/no better 48h.
After-visit summary sent to {{EMAIL:bri.kreed94@examplemail.com}}. Callback {{PHONE:785-555-0149}}.
Provider: {{NAME:Tamara Goetz}}, APRN (KS lic {{LICENSE:53-71920}})`,

  `ED NOTE - SYNCOPE W/ PACEMAKER
{{FACILITY:Bethany Lutheran Hospital}}, {{LOCATION:Fargo}}    {{DATE:3/8/2024}}
Pt {{NAME:Olaf Gunderson}} 89M (born 1934) from home w/ son {{NAME:Per Gunderson}}. Syncope while shoveling, ~10 sec per son, no injury.
PMH: CHB s/p dual chamber PPM (Medtronic Azure, implanted {{DATE:05/2019}} at {{FACILITY:Red River Heart Institute}}), CKD3, BPH.
Device ID card: model W1DR01, SN {{DEVICE:RNB419277S}}.
Interrogation (rep {{NAME:Jake Lundquist}}, on site 1420): battery 6.1 yr, RV lead impedance 1240 ohms (prior 520) -> suspected lead fracture, intermittent loss of capture noted. A lead ok.
EKG: paced, intermittent non-capture, underlying CHB rate 34.
Tx: transcutaneous pads placed, atropine not given, isoproterenol gtt ready. EP Dr. {{NAME:Siri Haugen}} called 1445 - to EP lab for lead revision tonight.
Son's phone {{PHONE:701-555-0117}}, wife {{NAME:Ingeborg}} (88) at home, neighbor {{NAME:Dorothy Ness}} checking on her.
{{NAME:C. Ostby}}, MD`,

  `PCR - {{FACILITY:Grand Valley Ambulance Authority}} Medic 6     INC {{ID:KC-2024-118820}}
{{DATE:2/2/24}}   call 0547 "diabetic problem" {{ADDRESS:3847 Alpine Ave NW, Apt 12C}}, {{LOCATION:Walker}}
pt {{NAME:Demetrius Obi}} 46m t1dm, wife {{NAME:Chioma}} found him diaphoretic, confused, combative. tslim pump (SN {{DEVICE:TSL-90218847}}) running basal. Dexcom alarm LOW.
bgl 31. gcs 10 (E3V2M5). no trauma.
tx: pump suspended & disconnected. iv 20g R hand after 2 attempts, D10 250ml titrated. 0609 bgl 142 gcs 15.
pt A&Ox4, states bolused for pizza at midnight then went to bed, no snack. declines transport.
refusal reviewed - pt has capacity post tx, wife agrees to stay w/ him, eat complex carbs, recheck q1h, resume pump at 50% basal? -> advised call endo ({{FACILITY:Lakeshore Endocrine Associates}}, Dr. {{NAME:Varghese}}) this AM for pump settings. 
online med control: Dr. {{NAME:Holtrop}} ({{FACILITY:Butterworth Heights ED}}) 0614 agrees w/ refusal.
signed refusal by pt, witness wife. wife cell {{PHONE:616-555-0193}}.
crew {{NAME:L. Vanderveen}} PM / {{NAME:A. Ruiz}} EMT`,

  `WAITING ROOM REASSESSMENT - {{FACILITY:Cook-Halsted Memorial}} ED
pt: {{NAME:Nguyen Thi Lan}}   DOB {{DATE:02.14.1957}}   MRN {{MRN:CH0093318}}   triage {{DATE:11/11/2023 1604}} ESI 3 (abd pain, vomiting)
1604 T 99.1 P 102 BP 162/94 R 18 SpO2 97. pain 8. zofran ODT 4mg per protocol. -{{NAME:LW}}
1730 reassessed in WR. pain 8, vomited x1 in bag. BP 170/96. requested bed, none avail (boarding 31). charge {{NAME:Renata}} aware. -{{NAME:LW}}
1845 no change. daughter {{NAME:Kim Nguyen}} ({{PHONE:773-555-0161}}) interpreting (vietnamese) - offered phone interpreter, pt prefers daughter. -{{NAME:LW}}
2010 pt ? more jaundiced per daughter. sclera icteric. T 100.8. upgraded ESI 2 -> Dr. {{NAME:Papadakis}} notified, sepsis screen +, labs drawn in triage (lipase, LFTs, lactate, BCx x2). -{{NAME:mr}}
2035 roomed hall 4. -{{NAME:mr}}
2102 lactate 2.9, bili 4.2, WBC 16. RUQ US ordered. ceftriaxone + metronidazole hung. -{{NAME:mr}}
2230 US: CBD 11mm, stones. GI (Dr. {{NAME:Shapiro}}) consulted for ERCP, likely AM. admit to {{FACILITY:Kedzie 5}} step-down. -{{NAME:mr}}
pt's son {{NAME:Bao}} updated by phone per pt request.`,

  `ED PRECIPITOUS DELIVERY / NEONATAL TRANSFER
{{FACILITY:Tehama Valley Hospital}} ED, {{LOCATION:Red Bluff}} CA    {{DATE:Jan. 9, 2024}}
Mother: {{NAME:Leilani Kaupu-Morales}} 22 y/o G2P1->G2P2, ~33 wks by dates, no PNC in CA (moved from {{LOCATION:Hilo}} 2 mo ago). Arrived POV 0338 crowning in triage.
Delivery 0341 in ED rm 1 by Dr. {{NAME:Obregon}}, vertex, nuchal cord x1 reduced. Male infant, Apgars 6 (1 min) / 8 (5 min). Wt 1980 g. Placenta delivered 0350 intact. Pitocin 10 u IM. EBL 350.
Infant ("Baby Boy {{NAME:Kaupu-Morales}}", MRN {{MRN:TV-N0024101}}): grunting, retractions, SpO2 88% -> CPAP +5 FiO2 40%. D10 2 mL/kg. BG 38 -> 61. Temp 35.9 -> warmer, plastic wrap.
NICU transport: {{FACILITY:Sacramento Valley Children's NICU}} transfer ctr case # {{ID:SVC-NT-240109-03}}, neonatologist Dr. {{NAME:Adaeze Nwosu}}, team arrived 0615 by ground.
Mother to be transferred separately to their L&D for postpartum care if bed (case # {{ID:SVC-OB-240109-07}}).
FOB {{NAME:Eduardo Morales}} {{PHONE:530-555-0175}}. Maternal grandmother in HI {{PHONE:(808) 555-0141}}.
{{NAME:Dana Whitlock}}, RN charge`,

  `ED REGISTRATION - FACE SHEET (ABBREV)
Arrival {{DATE:08/19/2023}} 14:22    Mode: walk-in    Reg clerk: {{NAME:TMB}}
PATIENT: {{NAME:HOLLOWAY, MARCUS DEWAYNE}}     SEX M    DOB {{DATE:09/09/1979}}
SSN {{SSN:219-55-0183}}    MRN {{MRN:E00571128}}    VISIT/FIN {{ACCOUNT:V2308190443}}
ADDRESS: {{ADDRESS:4102 GREENSPRING AVE, APT 3}}, {{LOCATION:BALTIMORE}} MD {{ZIP:21211}}
HOME PH {{PHONE:(410) 555-0132}}   CELL {{PHONE:443-555-0198}}   EMAIL {{EMAIL:mdholloway79@examplemail.net}}
EMPLOYER: {{FACILITY:CHESAPEAKE BAY MARINE SUPPLY}}   OCC: warehouse lead
PRIMARY INS: CareFirst BCBS PPO   MEMBER ID {{HEALTH_PLAN:XHJ884019372}}
SECONDARY: none
GUARANTOR: self
EMERGENCY CONTACT: {{NAME:HOLLOWAY, DENISE}} (wife) {{PHONE:443-555-0124}}
PCP: {{NAME:AKINWANDE, F}} MD, {{FACILITY:Hampden Family Practice}}
PREFERRED PHARMACY: {{FACILITY:Rx Corner Pharmacy}}, {{ADDRESS:800 W 36th St}}
ADV DIRECTIVE: none on file     LANGUAGE: English
CHIEF COMPLAINT (registration): "back pain lifting boxes at work" -> flagged possible WC
Photo ID scanned: MD DL {{LICENSE:H-400-318-772-119}}`,

  `LEGAL BLOOD DRAW - LAW ENFORCEMENT REQUEST
{{FACILITY:Winnipesaukee Regional}} ED    {{DATE:07/04/2023}}
Requesting officer: Cpl. {{NAME:Shane Boisvert}}, {{FACILITY:Laconia PD}}, badge {{ID:L-227}}
Search warrant # {{ID:SW-2023-0704-11}} signed by Judge {{NAME:Marchand}} 0012 (copy scanned to chart).
Subject/pt: {{NAME:Tyler Jean Pelkey}}   DOB {{DATE:11/23/1998}}   MRN {{MRN:LRG-6610482}}
Pt here after single vehicle crash into utility pole on {{ADDRESS:Union Ave}} near the {{LOCATION:Gilford}} line, minor injuries (seatbelt abrasion, forehead lac 2 cm - repaired). Vehicle NH plate {{VEHICLE:4471920}}.
Kit: NH State Police Lab BAC kit, kit # {{ID:NHSP-B-118842}}. 2 gray-top tubes drawn L AC at 0031 by {{NAME:Renee Cloutier}}, RN, non-alcohol (povidone) prep, witnessed by officer. Tubes sealed/initialed, handed to Cpl. {{NAME:Boisvert}} 0036.
Medical ETOH (hospital lab, separate order by Dr. {{NAME:Ashworth}}): 0.186 g/dL. UDS neg.
Pt cooperative, advised of procedure, did not consent but warrant present.
Pt d/c to police custody 0215 w/ head injury instructions; mother {{NAME:Jolene Pelkey}} ({{PHONE:603-555-0106}}) notified by pt's request.`,

  `EMPLOYEE HEALTH / ED - OCCUPATIONAL BLOOD EXPOSURE
{{DATE:4/4/2024}} 2315    {{FACILITY:Cascade Pines Medical Center}}
Employee: {{NAME:Rebecca Oyelaran-Hunt}}, RN, 4 West Ortho   employee # {{ID:E-118834}}   DOB {{DATE:2/19/1990}}
Exposure: 2315? no - 2240, hollow-bore needle stick L index finger after IV start on pt in rm 412, through glove, bled freely, washed w/ soap/water immediately.
Source pt: {{NAME:Carl Whitmore}}, MRN {{MRN:CP4409187}}, consented to testing per policy (consent by house sup {{NAME:Dwight Baca}}): rapid HIV neg, HBsAg neg, HCV Ab pending.
Employee: HBV vaccinated, anti-HBs >10 (2021 titer? unknown date - drawn now). Baseline HIV/HCV/HBV drawn.
Risk: low given source rapid HIV neg - PEP not started after discussion w/ ID on call Dr. {{NAME:Farnaz Heidari}}.
Follow-up: Employee Health (ext {{PHONE:7-4410}}) next business day, {{NAME:Kris Alvarado}} RN coordinator. Incident # {{ID:EH-24-0191}}; WC first report filed.
Employee cell {{PHONE:(503) 555-0145}}.
{{NAME:M. Thibodeaux}}, PA-C`,

  `EMERGENCY DEPARTMENT NOTE
{{FACILITY:SEABREEZE MEMORIAL HOSPITAL}}     DATE: {{DATE:FEBRUARY 20, 2024}}
PATIENT: {{NAME:ABERNATHY, CLARICE B.}}     AGE: {{AGE:99}}     SNF: {{FACILITY:OCEAN BREEZE REHAB & NURSING}}, ROOM 214-B
CC: L HIP PAIN AFTER FALL
HPI: {{AGE:99}} YO F WITH DEMENTIA, OA, HTN, NON-AMBULATORY AT BASELINE EXCEPT PIVOT TRANSFER, FELL DURING TRANSFER FROM WHEELCHAIR TO BED WITH CNA {{NAME:ROSALIND}} AT 0600. L LEG SHORTENED AND EXTERNALLY ROTATED PER EMS ({{FACILITY:VOLUSIA COUNTY EMS}} UNIT 1417).
PE: MOANS WITH LOGROLL. L HIP SHORTENED/ER. DP PULSES INTACT. NO OTHER INJURY. GCS 13 (BASELINE PER SNF).
XR: DISPLACED L FEMORAL NECK FX (GARDEN IV).
LABS: HGB 10.8, CR 1.4, INR 1.0.
TX: FASCIA ILIACA BLOCK (BUPIVACAINE 0.25% 30 ML) BY DR. {{NAME:PATEL-NAIR}} 0812, GOOD RELIEF. FENTANYL 12.5 MCG X1.
DISPOSITION: ORTHO DR. {{NAME:GIORDANO}} AND FAMILY DISCUSSION RE NONOPERATIVE VS HEMIARTHROPLASTY. HCP = NEPHEW {{NAME:DOUGLAS PRATHER}} ({{PHONE:386-555-0110}}), WHO WILL COME IN AT 1300. HOSPICE ({{FACILITY:CORONADO COAST HOSPICE}}) ALREADY FOLLOWING AT SNF SINCE {{DATE:12/2023}}.
ADMIT TO {{FACILITY:PONCE 3}} ORTHO, OBS PENDING GOALS.
{{NAME:G. FAIRWEATHER}}, MD /{{NAME:dkm}}`,

  `DISCHARGE INSTRUCTIONS - HEAD INJURY (ADULT)
{{FACILITY:Bluebonnet Emergency Room}} (freestanding ER) - {{ADDRESS:21410 FM 1093}}, {{LOCATION:Richmond}} TX {{ZIP:77407}}
Patient: {{NAME:Christopher Aduba}}     Visit: {{DATE:06/15/2024}}     Acct: {{ACCOUNT:BER-240615-0022}}
Diagnosis: Mild traumatic brain injury (concussion); scalp laceration 3 cm - closed with staples (5)
CT head: normal.
Home care:
- A responsible adult should stay with you for the next 24 hours. Your wife {{NAME:Ngozi}} was given these instructions.
- Acetaminophen 1000 mg every 8 hours as needed. Avoid alcohol.
- Staples out in 7-10 days ({{DATE:6/22}} - {{DATE:6/25}}) at your PCP or here.
- No driving x24h, no contact sports/soccer league until cleared.
Return immediately for: worsening headache, repeated vomiting, confusion, seizure, weakness.
WORK: Off {{DATE:6/16}}-{{DATE:6/17}}. May return {{DATE:6/18/2024}} light duty (no ladders). Employer: {{FACILITY:Fort Bend Signs & Graphics}}.
Questions: call {{PHONE:281-555-0171}} (24 hrs).
Provider: {{NAME:Oyinda Bello}}, MD     RN: {{NAME:Trista Hebert}}
Portal code: {{ID:BER7Q4MZ}}`,

  `{{FACILITY:CLEARWATER COUNTY AMBULANCE}} PCR   (BLS w/ ALS intercept)
INCIDENT {{ID:CCA-24-0419}}     {{DATE:10/02/2024}}
Page 1538 "tractor rollover". Location: field access off {{ADDRESS:ID-11 MP 17}}, 4 mi E of {{LOCATION:Weippe}}. Response 34 min (gravel, harvest traffic).
Pt: {{NAME:Elmer Dwight Koenig}}  77M, found by grandson {{NAME:Caleb Koenig}} pinned under rear wheel of older tractor (no ROPS) ~1500? unk down time. Neighbors w/ skid steer lifted tractor PTA.
Assess: GCS 13, pale, diaphoretic. pelvis unstable, L lower leg open fx w/ bone exposed. HR 124, BP 86/48, SpO2 91%.
Tx (BLS): O2 15L NRB, pelvic binder (sheet), direct pressure L leg, splinted, warm blankets.
ALS intercept {{FACILITY:Orofino Paramedic Unit}} 2 @ 1631 ({{NAME:K. Hartwig}} PM): IO L humerus, 1L NS, fentanyl 50 mcg, TXA 1 g.
Air: {{FACILITY:Palouse Air Rescue}} unable (fog). Ground to {{FACILITY:North Fork Critical Access Hosp}} for stabilization, then transfer to {{FACILITY:St. Helena Regional Trauma}} ({{LOCATION:Lewiston}}).
Grandson's cell {{PHONE:208-555-0168}}; wife {{NAME:Verna Koenig}} home ({{ADDRESS:1125 Fraser Rd}}), landline {{PHONE:208 555 0104}}.
Crew: {{NAME:J. Thornburg}} EMT, {{NAME:M. Lapwai-Greene}} EMR, driver {{NAME:Dale}}`,

  `ED PROVIDER NOTE - SICKLE CELL PAIN CRISIS
{{FACILITY:Lenox Park Community Hospital}}  {{DATE:Thurs 1/25/2024}}  1120
{{NAME:Jamal Okonkwo-Ferrell}} 26M HbSS, frequent ED user, individualized care plan on file (written by hematology Dr. {{NAME:Ayodele Franklin}}, {{DATE:8/2023}}).
c/o diffuse back/legs pain 9/10 x1d, typical of crises. no fever, no CP, no SOB. no priapism.
home meds: hydroxyurea 1000 daily, folic acid, oxycodone 10 prn (PDMP checked - single prescriber, consistent).
VS: T 99.3 HR 104 BP 128/74 RR 18 SpO2 97%.
Labs: Hgb 7.2 (baseline 7-8), retic 11%, WBC 13.1, LDH 480. CXR clear (no ACS).
Tx per care plan: hydromorphone 1 mg IV q30min x3, then reassess; ketorolac 15 IV; IVF D5 1/2NS at 1x maintenance. Incentive spirometry.
1345: pain 5/10, ambulating. d/c home w/ plan.
f/u {{FACILITY:Peachtree Comprehensive Sickle Cell Center}} w/ NP {{NAME:Whitney Barnes-Oduya}} within 1 wk, clinic {{PHONE:404-555-0137}}. Mom {{NAME:Cheryl Ferrell}} driving pt home.
{{NAME:R. Castellanos}}, MD`,

  `urgent care - bat exposure
{{DATE:8/14/2023}}   {{FACILITY:Blue Ridge Express Care}}, {{LOCATION:Boone}}
pt {{NAME:Harper Vance}} 20F, student at {{FACILITY:Appalachian Highlands University}}, woke up in dorm room ({{FACILITY:Cone Hall}} rm 312) w/ bat flying around, roommate {{NAME:Ellie Strickland}} also asleep in room. bat caught by campus facilities ({{NAME:Ron}}) in trash can, submitted to state lab via {{FACILITY:Watauga Co. Health Dept}}.
no known bite/scratch but asleep = exposure per CDC.
exam: no visible wounds.
plan: HD nurse {{NAME:Patty Greer}} ({{PHONE:828-555-0154}}) - bat testing results expected 24-48h; recommend start PEP now? -> HD says ok to wait for result if within 48h. pt prefers to wait.
roommate referred here too, seen separately.
pt given info sheet. callback {{PHONE:828 555 0190}}.
ADDENDUM {{DATE:8/15/23}} 1612: HD called - bat POSITIVE for rabies (lab # {{ID:NCSLPH-23-R0877}}). pt called back in, HRIG 20 IU/kg infiltrated (wt 61kg -> 1220 IU) + rabies vaccine #1 deltoid. schedule days 3, 7, 14 -> {{DATE:8/18}}, {{DATE:8/22}}, {{DATE:8/29}}.
mom {{NAME:Jennifer Vance}} called w/ pt consent.
{{NAME:A. Rhinehart}} FNP`,

  `ED NOTE - MISSED DIALYSIS / HYPERKALEMIA
{{FACILITY:Washington County Delta Hospital}}, {{LOCATION:Greenville}} MS    {{DATE:9/30/2023}}
Pt {{NAME:Odell Washington}} 68M ESRD on HD MWF at {{FACILITY:Leland Kidney Care}} (chair 7), missed {{DATE:Wed 9/27}} and {{DATE:Fri 9/29}} - "no ride, van didn't come". Transport co: {{FACILITY:Delta Rides NEMT}}, trip # {{ID:NEMT-88120}}.
c/o weakness, SOB lying flat.
VS: BP 188/102 HR 58 RR 24 SpO2 89% RA -> 95% BiPAP.
EKG: peaked T waves, wide QRS 136, HR 58.
K 7.4, BUN 118, Cr 11.2, HCO3 14.
Tx: Ca gluconate 3 g IV, insulin 5 u IV + D50, albuterol 20 mg neb, Lokelma 10 g. furosemide not given (anuric).
Repeat K 6.1 at 1540, QRS 104.
Nephrology Dr. {{NAME:Venkataraman}} - emergent HD tonight via L arm AVF (thrill +), dialysis RN {{NAME:Shirley}} notified.
Admit MICU. daughter {{NAME:Lakeisha Washington-Bell}} {{PHONE:662-555-0150}}.
Dialysis unit social worker Mrs {{NAME:Pope}} to address transport.
{{NAME:H. Tillman}} MD`,

  `CAMPUS ETOH - TRIAGE & RN NOTE
{{DATE:Sept 9 2023}}  0048 arrival via {{FACILITY:Tiger Campus EMS}} (student volunteer ambulance)
pt {{NAME:Cameron Blaylock}} 18M freshman at {{FACILITY:Missouri Valley State Univ}}, found by RA {{NAME:Priyanka Desai}} in {{FACILITY:Hawthorne Hall}} bathroom, vomiting, poorly responsive. friends report ~"12 shots" at a party at {{ADDRESS:1410 Rosemary Ln}} (off-campus).
VS: HR 112 BP 104/60 RR 12 SpO2 95% T 96.8 BG 78
GCS 9 (E2V2M5), protecting airway, gag +. placed on side, suction at bedside.
EtOH level 0.312. UDS pending.
0110 1L LR, zofran 4 IV. warm blankets. 
0240 GCS 13, answering questions, crying. 
{{FACILITY:MUPD}} Ofc {{NAME:Stallings}} here for incident report # {{ID:MVSU-23-00611}}; pt is minor re: alcohol, no arrest per officer.
parents in {{LOCATION:St. Joseph}} - mom {{NAME:Amy Blaylock}} {{PHONE:816-555-0197}} called by pt at 0300 (pt request).
Dean of Students on-call (Dr. {{NAME:Whitmer}}) notified per university policy.
0520 ambulating, tolerating PO. d/c to roommate {{NAME:Jake Fiorentino}}, alcohol ed referral given.
-{{NAME:s.okafor}} RN`,

  `POISON CENTER CONSULT - MUSHROOM INGESTION
ED {{FACILITY:Siuslaw Coast Hospital}}, {{LOCATION:Florence}} OR    {{DATE:10/19/2023}}
Pt {{NAME:Wen-Li Cheng}} 58F + husband {{NAME:Robert Cheng}} 61M, foraged mushrooms in woods near {{ADDRESS:Sutton Lake Campground site 14}}, cooked in omelet ~1900 {{DATE:10/18}}. Onset profuse watery diarrhea + vomiting ~0500 today (10 h latency!). Both present.
Labs pt: AST 88 ALT 102 INR 1.2 Cr 1.4. husband: AST 41 ALT 55.
Photos of leftover caps on husband's phone -> concern Amanita phalloides (death cap).
Oregon Poison Center SPI {{NAME:Nadia Ferraro}}, tox attending Dr. {{NAME:Gideon Marsh}}; case # {{ID:OPC-231019-0442}} (pt), {{ID:OPC-231019-0443}} (husband). recs: aggressive IVF, NAC protocol, high-dose PCN G? (limited data), silibinin via CDC/IND if avail, serial LFT/INR q6h, urine amatoxin send-out.
Transfer to {{FACILITY:Willamette Transplant Center}} for possible liver failure - transfer ctr case # {{ID:WTC-10192023-11}}, accepted by hepatology Dr. {{NAME:Lindqvist-Aro}}.
Daughter {{NAME:Amy Cheng}} in {{LOCATION:Eugene}} {{PHONE:541-555-0128}}.
Leftover mushrooms bagged for mycologist ID.
{{NAME:P. Redhawk}}, MD`,

  `{{FACILITY:CITY OF BRIDGEPORT FIRE/EMS}} - EMS RUN REPORT
RUN # {{ID:24-BFD-007731}}   DATE {{DATE:12/28/2024}}   E5 / Medic 2
0217 Structure fire, 2.5 story multi-family, {{ADDRESS:318 Pembroke St, 2nd floor}}, {{LOCATION:Bridgeport}} CT
PT #1: {{NAME:MIRANDA ALICEA}} 34F - self-evacuated w/ 2 children. soot in nares, cough, hoarse voice, SpO2 94% (unreliable), COHb (SpCO) 18%. 100% NRB. 
PT #2: {{NAME:JOSIAH ALICEA}} 6M - SpCO 12%, crying, no burns.
PT #3: {{NAME:ARIANA ALICEA}} 9 mo F - SpCO 9%, mild cough.
PT #4: neighbor {{NAME:EDWIN "PAPO" QUINONES}}, {{AGE:92}}M, 3rd floor, carried down by FF {{NAME:DELUCA}}, 2nd degree burns R hand ~1%. refused transport initially, then agreed.
All 4 transported by Medic 2 & Medic 9 to {{FACILITY:PEMBROKE HARBOR MED CTR}}; pt #1 & #4 flagged for possible transfer to {{FACILITY:Long Island Sound Burn Center}}.
Red Cross caseworker {{NAME:Lourdes Vega}} contacted for housing, {{PHONE:203-555-0189}}.
Fire Marshal {{NAME:B. Kenney}} on scene; cause under investigation (space heater?).
PCR by {{NAME:T. O'MALLEY}} PM`,

  `SW/CM DISPOSITION NOTE
{{DATE:04.02.2024}}   ED {{FACILITY:Willamette Vista Medical Ctr}}, {{LOCATION:Portland}}
{{NAME:Samuel "Sam" Otieno-Black}} 57M, medically ready for d/c after cellulitis tx (R foot). currently unhoused, usually sleeps at {{ADDRESS:SE Division St & 82nd Ave}} / in car (1998 Honda, OR plate {{VEHICLE:729 KPF}}), car towed {{DATE:3/29}}.
SW actions:
- called {{FACILITY:Lents Commons Shelter}} - 1 bed, hold until 1800, intake staff {{NAME:Marisa}} {{PHONE:503-555-0107}}
- Medicaid (OHP) active, member ID {{HEALTH_PLAN:OR7719402281}}; CCO care coordinator {{NAME:Tom Vukovich}} emailed {{EMAIL:tvukovich@cco-example.org}}
- Rx sent to {{FACILITY:Foster Rd Community Pharmacy}}, paid via ED meds-to-beds fund (voucher {{ID:MTB-0402-17}})
- bus tickets x2 given
- wound care f/u at {{FACILITY:Eastside Street Medicine Clinic}} {{DATE:Fri 4/5}} 10am, NP {{NAME:Gwen Ashby}}
- pt's sister {{NAME:Ruth Otieno}} ({{PHONE:360-555-0192}}, {{LOCATION:Vancouver}} WA) cannot house pt, will store belongings
Pt agreeable. Taxi voucher to shelter. Dr. {{NAME:Mbatha}} aware.
{{NAME:Cristina Ybarra}}, LCSW`,

  `URGENT CARE - FISHHOOK
{{FACILITY:Outer Banks Walk-In Care}}, {{ADDRESS:2515 S Croatan Hwy}}, {{LOCATION:Nags Head}} NC    {{DATE:Jul 6 2024}}
pt {{NAME:Lukas Hoffmann-Brandt}} 41M tourist from {{LOCATION:Stuttgart}}, Germany, staying at rental "{{FACILITY:Sea Oats Cottage}}" in {{LOCATION:Kill Devil Hills}}. travel ins (not US): policy # {{HEALTH_PLAN:DE-TRV-88120493}}. passport # {{ID:C4KT71R92}} copied for registration.
cc: treble fishhook embedded R palm while surf fishing off {{FACILITY:Whalebone Fishing Pier}}. hook cut from line by wife {{NAME:Annika}}.
exam: 1 barb embedded thenar eminence ~8mm, other 2 barbs free. NVI, FROM.
proc: digital/local block lido 1% 3 mL. free barbs taped. advance-and-cut technique, barb clipped, hook removed. irrigated. bacitracin.
tdap: last 2019 in Germany per pt - not repeated.
no abx. wound care reviewed, english good.
pt paid cash/credit, receipt # {{ACCOUNT:OBW-44172}}. wife's US cell (prepaid) {{PHONE:252-555-0115}}, pt's German mobile {{PHONE:+49 171 5550142}}.
{{NAME:T. Midgett}}, PA-C`,

  `UC NOTE - DENTAL PAIN
{{FACILITY:Wiregrass Walk-In Clinic}}, {{LOCATION:Dothan}} AL     {{DATE:01/27/2024}} 1915
Pt: {{NAME:Kendrick Sims}}    DOB {{DATE:8/2/1985}}    Acct {{ACCOUNT:WW-118473}}
cc: L lower jaw pain x4 days, swelling since this AM, can't chew. no dentist "in years", uninsured.
exam: T 100.2. #19 grossly decayed, fluctuant vestibular swelling buccal to #18-19, no floor of mouth elevation, no trismus, tolerating secretions, uvula midline.
dx: dental abscess, tooth #19 (K04.7)
tx: I&D deferred (no dental tools) -> augmentin 875 BID x7d, ibuprofen 600 + APAP 1000 q6h alternating. no opioids.
referral: {{FACILITY:Houston County Community Dental Clinic}} (sliding scale), {{ADDRESS:219 W Adams St}}, call {{PHONE:334-555-0181}}; emergency slot {{DATE:Mon 1/29}} 8am per {{NAME:Gloria}} at front desk.
ED if swelling under tongue/neck, trouble swallowing or breathing (Ludwig's angina).
pt works at {{FACILITY:Southern Peanut Processing}} - work note for {{DATE:1/28}}.
girlfriend {{NAME:Tasha Gamble}} picking up, pt cell {{PHONE:334.555.0122}}.
{{NAME:R. Albritton}}, CRNP`,

  `{{FACILITY:LIFELINE CRITICAL CARE TRANSPORT}} - CCT RUN SHEET
Trip # {{ID:LL-240612-044}}    Unit CCT-3    {{DATE:06/12/2024}}
FROM: {{FACILITY:Nacogdoches Pines Medical Ctr}} ICU rm 6    TO: {{FACILITY:Bayou Cardiac Institute}} CVICU
Transfer ctr case # {{ID:BCI-TC-90127}}, accepting Dr. {{NAME:Ferdinand Achterberg}} (CT surgery)
Pt: {{NAME:Annie Ruth Wedgeworth}}  72F   DOB {{DATE:4/9/1952}}
Dx: acute type A aortic dissection (CTA 1210). Hx HTN, CKD 3.
Report from sending RN {{NAME:Marla}} 1335. 2 PIV + R radial art line. Foley.
TIME   HR   BP (A-line)   SpO2   gtt
1350   78   128/70        97     esmolol 150 mcg/kg/min
1420   82   134/72        96     + nicardipine 7.5 mg/h
1455   80   122/68        97     same
1540   76   118/66        98     same, fentanyl 25 mcg
Distance 142 mi via US-59. No events en route.
Arrived 1612, handoff to {{NAME:Kristen}} RN + Dr. {{NAME:Achterberg}} at bedside.
Husband {{NAME:Leroy Wedgeworth}} driving separately, {{PHONE:936-555-0146}}.
Crew: {{NAME:D. Okafor}} RN, {{NAME:S. Kimbrough}} FP-C`,

  `ped ed {{DATE:4/21/24}} 1730
{{NAME:Sophia Marchetti}} 4yo f bib parents {{NAME:Nick}} & {{NAME:Lauren Marchetti}} - found eating gummies from uncle's bag at family bday party at grandparents' house ({{ADDRESS:88 Birchwood Dr}}, {{LOCATION:Natick}}). uncle {{NAME:Paul Marchetti}} states 10mg THC each, up to 5 missing (~50mg). onset drowsy, wobbly ~1h later.
exam: GCS 13 (E3V4M6), HR 128, BP 104/66, RR 22, SpO2 98. mydriasis, ataxic gait, no resp depression. BG 96.
PCC ({{NAME:Jill}}, case {{ID:MA-RI-24-11093}}): supportive care, obs until back to baseline, no labs needed unless coingestion. UDS +THC.
SW {{NAME:Harriet Cole}} met family - accidental, family cooperative, safe storage counseling done; 51A not filed per SW/attending discussion.
2130 back to baseline, eating popsicle, walking normally. d/c home.
pcp {{FACILITY:Natick Pediatric Associates}} Dr {{NAME:Sorensen}} f/u prn. mom cell {{PHONE:508-555-0196}}.
{{NAME:b.adeyemi}} md`,

  `{{FACILITY:Metro Occupational Health - East}}    INJURY VISIT
Date: {{DATE:3/4/2024}}   Pt: Officer {{NAME:Daniel Kwiatkowski}}   DOB {{DATE:10/15/1988}}
Employer: {{FACILITY:Milwaukee PD}} District 5    employee # {{ID:MPD-40917}}
DOI {{DATE:3/3/2024 2340}}: bitten by arrestee on L forearm during arrest at {{ADDRESS:W Burleigh St & N 35th St}}. Source in custody, booking # {{ID:BK24-001773}}; source testing requested via court order.
Exam: human bite L volar forearm, 2 cm partial thickness, no tendon involvement, mild erythema, NVI.
Tx: irrigated, not closed. Augmentin 875 BID x5d. Tdap UTD ({{DATE:6/2021}}). Baseline HIV/HBV/HCV drawn. HBV immune (titer on file).
Work status: FULL DUTY, keep wound covered.
Recheck {{DATE:3/6/24}} for wound check; 6 wk/3 mo serologies.
Supervisor Sgt. {{NAME:Rhonda Pieper}} {{PHONE:414-555-0133}}. WC claim # {{ID:CM-WC-24-0317}}.
{{NAME:Joanna Lisowski}}, NP`,

  `ED ATTENDING NOTE    {{FACILITY:Kaydeross Valley Hospital}}, {{LOCATION:Saratoga Springs}} NY
{{DATE:03/10/2024}}
PT: {{NAME:Philomena DeLuca}}   {{AGE:95}} yo F   MRN {{MRN:KVH-00612930}}
FROM: {{FACILITY:Glen Meadow Assisted Living}} via BLS
CC: fever, confusion
HPI: {{AGE:95}}F w/ dementia, CHF (EF 35%), recurrent UTIs, here w/ fever 102.4 and new lethargy per ALF nurse {{NAME:Darnell}}. MOLST dated {{DATE:2/14/2022}}: DNR, no intubation, YES to IV abx and hospitalization.
VS: T 102.4 HR 112 BP 88/50 RR 22 SpO2 94% 2L.
Exam: lethargic but arousable, dry MM, suprapubic ttp, lungs faint bibasilar crackles.
Labs: WBC 18.2, lactate 3.1, Cr 1.8, UA LE+/nitrite+/>50 WBC. Prior urine cx {{DATE:11/2023}} ESBL E. coli.
A/P: septic shock likely urosepsis. Meropenem 1 g IV. Fluids 1.5 L LR (limited given CHF), MAP 66 after. Peripheral norepi discussed -> per MOLST ok with pressors? HCP declined pressors.
Admit {{FACILITY:Hudson 4}} stepdown, comfort-focused if worsens.
HCP daughter {{NAME:Angela DeLuca-Ward}} {{PHONE:518-555-0111}} agreed w/ plan.
Signed {{NAME:Thomas Ng}}, MD   {{DATE:03/10/2024 22:15}}`,

  `TRIAGE  {{DATE:5/17/2024}} 1932
{{NAME:Priya Venkatesh}} 24F walked in from {{FACILITY:Golden Lotus Thai Kitchen}} across street w/ coworker {{NAME:Megan Ostrowski}}. known peanut allergy, ate pad thai - server said no peanuts. within 10 min lip swelling, throat "tight", hives, vomited x1. self-injected EpiPen 0.3 mg L thigh 1920 (lot 3JM442, exp 10/2025).
VS 1933: HR 118 BP 102/64 RR 22 SpO2 96% RA. voice normal, no stridor, faint exp wheeze. urticaria trunk/arms.
ESI 2 -> rm 3 immediately.
1940 epi 0.5 mg IM R thigh (2nd dose) per Dr. {{NAME:Castellano}}, methylpred 125 IV, diphenhydramine 50 IV, famotidine 20 IV, albuterol neb. 
2010 hives fading, wheeze resolved. obs 4-6h for biphasic rxn.
MRN {{MRN:RV-0081132}}. pt's mom {{NAME:Lakshmi Venkatesh}} {{PHONE:732-555-0138}} on way from {{LOCATION:Edison}}.
EpiPen 2-pk Rx -> {{FACILITY:Oak Tree Road Pharmacy}}. allergist f/u Dr. {{NAME:Habib}}, {{FACILITY:Raritan Allergy & Asthma}}.
triage RN {{NAME:F. Osei}}`,

  `WORK STATUS REPORT
{{FACILITY:Sunbelt Urgent Care}} - {{LOCATION:Mesa}}, AZ
Patient: {{NAME:Raul Echeverria}}     DOB: {{DATE:12/4/1983}}     Date of visit: {{DATE:2024-02-07}}
Employer: {{FACILITY:Desert Sky Roofing LLC}}    Contact: {{NAME:Holly Brannigan}}, HR    Fax: {{FAX:480-555-0170}}
Injury: lumbar strain, lifting bundle of shingles {{DATE:2/6/24}} ~1400. No radicular sx, no saddle anesthesia, no bowel/bladder sx. SLR neg.
Work restrictions from {{DATE:02/07/2024}} to {{DATE:02/14/2024}}:
[x] No lifting > 15 lb
[x] No climbing ladders / roof work
[ ] Full duty
[x] May sit/stand as tolerated
Next visit: {{DATE:2/14/2024}} 3:30 PM
Meds: naproxen 500 mg BID w/ food; methocarbamol 750 mg TID prn (may cause drowsiness - no driving company truck while taking).
Clinician: {{NAME:Alyssa Runningwater}}, PA-C    NPI {{LICENSE:1487720391}}
Claim: pending, adjuster TBD
Pt phone {{PHONE:(480) 555-0153}}    Visit # {{ACCOUNT:SBU-7741920}}`,

  `SOCIAL WORK - PEDS ED    {{DATE:11/03/2023}}
Pt {{NAME:Destiny Harlan}} 15F brought by {{FACILITY:Lexington County Sheriff's Dept}} Dep. {{NAME:Moultrie}} after found at bus station on {{ADDRESS:Two Notch Rd}}; reported runaway from group home {{FACILITY:Palmetto Youth Residence}} since {{DATE:10/31}} (missing person report # {{ID:MP-23-11872}}).
Background: in DSS custody, caseworker {{NAME:Kiara Simmons}} ({{PHONE:803-555-0127}}); probation officer Mr. {{NAME:Davis}} (SC DJJ). Previously detained at {{FACILITY:Broad River Juvenile Detention Ctr}} summer 2023.
Medical: abd pain, hCG POSITIVE (~7 wk by LMP {{DATE:9/15}}). STI screen sent. Pt disclosed 22 yo "boyfriend" -> mandated report to DSS + law enforcement, intake # {{ID:DSS-CPS-2311-0442}}.
Human trafficking screen: positive indicators (no phone of her own, hotel stays, new nails/clothes) -> advocate {{NAME:Regina Fowler}} from {{FACILITY:Midlands Freedom Network}} at bedside 1620.
Plan: return to group home w/ caseworker after eval; OB referral to {{FACILITY:Richland Teen Health Clinic}}, appt {{DATE:11/8}}. Pt tearful but engaged.
SW {{NAME:Lorraine Boatwright}}, LISW-CP  x{{PHONE:3318}}`,

  `ED TRANSFER NOTE    {{FACILITY:Ouachita Valley Medical Center}}, {{LOCATION:Mena}} AR
{{DATE:Wednesday, March 27, 2024}}  0020
{{NAME:Kaylee Dawn Pickens}} 26F G1P0, LMP {{DATE:2/2/24}} (~7w5d), RLQ pain + vaginal spotting, syncope at home. hCG 4,820. Bedside TVUS (formal not avail overnight): no IUP, complex R adnexal mass, mod free fluid w/ clot in Morison's pouch -> ruptured ectopic suspected.
HR 118 BP 92/58 after 1L. Hgb 9.8. Rh pos. Type & cross 4 U.
No OB/GYN coverage tonight (Dr. {{NAME:Tidwell}} out of town).
Transfer ctr {{FACILITY:Arkoma Regional Medical Center}} ({{LOCATION:Fort Smith}}), case # {{ID:ARMC-TC-032724-006}}, accepting OB Dr. {{NAME:Rebekah Sandoval-Price}} 0032, direct to OR.
Transport: ground ALS {{FACILITY:Polk County Ambulance}} M1, departed 0051, 2 U O-neg hanging, 2 large bore IVs.
Boyfriend {{NAME:Jared Eubanks}} {{PHONE:479-555-0180}} following by car. Mom {{NAME:Sherry Pickens}} in {{LOCATION:Hatfield}} notified by pt.
{{NAME:W. Crabtree}}, MD`,

  `RESTRAINT / SECLUSION FLOWSHEET - ED
{{FACILITY:Crestview Baptist Hospital}} ED rm 9    {{DATE:2023-07-15}}
Pt {{NAME:Harold "Hal" Greaves}}  MRN {{MRN:CB-7734210}}  52M, EtOH + agitation
Order: violent 4-pt restraints, Dr. {{NAME:Abimbola}} 0115; face-to-face eval 0140.
0115 applied 4-pt leather after pt struck tech ({{NAME:Jordan}}) in face; security Lt. {{NAME:Ortega}} + 3 officers assisted. -{{NAME:KB}}
0120 olanzapine 10 mg IM R deltoid. -{{NAME:KB}}
0130 circ/skin ok x4, ROM offered - refused, fluids offered - refused, resp unlabored. -{{NAME:KB}}
0145 same, yelling. -{{NAME:KB}}
0215 sleeping, circ ok, SpO2 96. -{{NAME:KB}}
0230 released 2 limbs (LLE/RUE). -{{NAME:KB}}
0300 all released, pt calm, apologized. -{{NAME:KB}}
0305 reassessed by Dr. {{NAME:Abimbola}}.
Staff injury report # {{ID:SI-230715-003}} filed for tech.
Wife {{NAME:Maureen Greaves}} notified {{PHONE:850-555-0113}} at 0320.`,

  `{{FACILITY:TRI-LAKES FIRE PROTECTION DISTRICT}} PCR
INC {{ID:TLF-24-2207}}    {{DATE:07/27/2024}}    disp 1612 "water rescue/drowning"
Loc: {{FACILITY:Cedar Hollow Park}} swim beach, near {{LOCATION:Branson}}
Pt {{NAME:Elijah Thompkins}} 11M, submerged est 2-3 min, pulled out by lifeguard {{NAME:Brooke Hadley}}. Bystander CPR by off-duty nurse {{NAME:Carmen Ibanez}} ~2 min -> pt coughed up water, breathing on arrival.
Corps of Engineers Ranger {{NAME:Stout}} on scene.
Assess 1621: GCS 14, SpO2 88% RA -> 96% 15L NRB, RR 30, crackles bilat bases, HR 124, T 97.1. no c-spine concern (no diving).
Tx: O2, warm blankets, monitor, IV 22g L AC saline lock.
Transport to {{FACILITY:Ozark Hills Regional}} ED, report to {{NAME:Wes}} RN 1648. Likely peds transfer.
Mom {{NAME:Tameka Thompkins}} on scene, rode along, {{PHONE:314-555-0148}}; family visiting from {{LOCATION:St. Louis}}.
Crew {{NAME:R. Beasley}} PM / {{NAME:C. Yocum}} EMT`,

  `AFTER VISIT SUMMARY
{{FACILITY:Saline County Kids Urgent Care}} - {{LOCATION:Benton}}, AR
Patient: {{NAME:Nevaeh Robinson-Tate}}    DOB: {{DATE:05/05/2021}}    Visit: {{DATE:10/10/2023}}
Parent/guardian: {{NAME:Monique Tate}}
Diagnosis: Viral gastroenteritis with mild dehydration
Today: ondansetron 2 mg given, passed oral challenge (120 mL Pedialyte). Weight 14.8 kg.
At home:
- Small sips: 5 mL (1 teaspoon) every 5 minutes, then increase
- Ondansetron 2 mg dissolving tablet every 8 hours if vomiting (#4)
- Watch for wet diapers (at least 1 every 8 hours)
Daycare note: {{NAME:Nevaeh}} may return to {{FACILITY:Bright Beginnings Learning Academy}} when no diarrhea or vomiting for 24 hours (earliest {{DATE:10/12/23}}).
Go to the ER if: no urine 8+ hours, blood in stool, very sleepy, green vomit.
Follow up: Dr. {{NAME:Emeka Nnadi}} in 2-3 days.
Nurse line: {{PHONE:501-555-0119}}
Patient portal: {{URL:https://mychart.salinekids-example.org}}   activation code {{ID:7KQ2-M4XD-99PL}} (expires in 14 days)
Provider: {{NAME:Lauren Whitt}}, MD`,
];

export const HELDOUT_REALISTIC_40_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout40-${i + 1}`, n));
