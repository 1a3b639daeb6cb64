// A hundred-and-twenty-fourth held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is hospital operations and nursing administration: bed
// huddle and capacity notes, staffing grids and float pool assignments, nurse manager incident
// follow-ups, patient-experience complaints and service-recovery notes, rapid response and code blue
// debrief forms, fall and pressure-injury root cause analyses, sitter and restraint logs, lost-
// belongings reports, chaplaincy and ethics consult notes, interpreter request logs, security incident
// reports, environmental services and biomed work orders naming patients' rooms, transfer center call
// logs between hospitals, discharge lounge logs and patient transport logs, written as forms, tables,
// e-mails, secure chats, pager strings, machine exports, all-caps teletype and lower-case shorthand.
// Names of patients, relatives, staff and physicians come surname first, in capitals, as initials,
// nicknames in quotes, first names alone, lower case, hyphenated and in non-English order (Nguyen
// Thi Lan, Bo-Ra Kim, Jean-Louis, Marie-Ange), typist and signer initials; hospitals and wards named after
// people (Pemberton 6, Harriet Lowe Pavilion) are FACILITY; dates come as 03/12/2024, 3/12/24, 3/12,
// 2024-03-12, 11-Mar-2024, 14MAR24, March 12, 2024, Mon, 8 Apr 2024 10:14 and Tues 3/12; employee numbers, badge
// numbers, incident, RCA, grievance, work order, transfer-center and interpreter session numbers are
// ID; pagers, Vocera and in-house extensions are PHONE; RN licences, NPIs and driver's licences are
// LICENSE; plates and VINs are VEHICLE; serial numbers and asset tags of devices and equipment (used
// on a patient, or pumps, beds, ICDs, hearing aids, CPAPs, carts, readers) are DEVICE; hospital
// account and billing numbers are ACCOUNT; insurer member numbers are HEALTH_PLAN; CCTV stills and
// patient photo files are PHOTO; palm-vein and fingerprint template numbers are BIOMETRIC.
// Look-alikes left unmarked: unit names without a proper name (5 West, MICU, 4 North, Tele, PACU,
// Obs), rooms, beds and bays (rm 614-B, ED bay 14), census and capacity counts (412/438), HCAHPS and
// Press Ganey scores, Braden, Morse, MEWS, CAM-ICU, RASS and GCS scores, acuity levels, NCC MERP
// categories, equipment models (Zoll R Series, Alaris 8015, Hill-Rom Centrella, Sizewise), eponyms
// and brands (Hoyer, Posey, Purewick, Yankauer, Broselow, Mepilex, Vocera, Pyxis),
// overhead codes (Code Silver, Code Gray, Dr. Strong), drugs and doses, lab values,
// clock times alone, shift ranges (1900-0730), weekdays alone, years alone, ages of 89 and under,
// cost centres, crash cart, EMS unit and garage ticket numbers, and a therapy dog's name.
// Annotation follows the README guideline: titles, credentials and kin terms (Dr., RN, Mrs., Fr.,
// Sister, Chaplain, daughter) stay outside NAME spans; an age over 89 is AGE however written (93F,
// ninety-one); a month/day without a year (3/12, Feb 20) is a DATE, a clock time next to it stays
// outside while one attached to a date with a year is inside; a month/year (ACLS exp 06/2024) is a DATE;
// a nickname in quotes is its own span; schools, churches, employers, staffing agencies, nursing
// homes, shelters and ambulance companies are FACILITY; payers and state agencies are not PHI.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-26 final engine
// (0b6e333) 0.9495 / 0.9589; pass-27 engine (whose rules were made from sets 119-122 without
// reading this one) 0.9501 / 0.9590.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `BED HUDDLE 0730 {{DATE:Mon 3/11/24}} - facilitator {{NAME:K. Abernathy}} (house sup), scribe {{NAME:dl}}
House census 412/438. ED boarding 9 (longest 31h). PACU holds 3. Tele 22/24, MICU 16/16, 5 West 30/32.
Pending admits:
- {{NAME:HALVORSEN, GRETA}} {{AGE:93}}F, MRN {{MRN:00731845}}, NSTEMI -> tele, needs bed w/ sitter, Morse 70
- {{NAME:Okoro, Chidi}} MRN {{MRN:00918274}} - sepsis, accepted from {{FACILITY:Dunmore Regional}} via transfer ctr ref {{ID:TC-0311-07}}
- "{{NAME:Bud}}" {{NAME:Fenwick}} (pt of Dr. {{NAME:Szymanski}}) - 8 East obs, can go to {{FACILITY:Pemberton 6}} once 614-B is cleaned
Discharges: 14 written, 6 out by noon. {{FACILITY:Alcott 4}} has 3 dc orders waiting on rides - discharge lounge to take 2.
EVS: 5 dirty beds, 2 isolation cleans (rm 508, 512). Biomed: bed in 617 alarm down, WO {{ID:WO-448120}}.
Staffing: short 2 RN on nights {{DATE:3/11}}; float pool {{NAME:Tamsin}} to MICU, {{NAME:Rajesh P.}} to tele.
Call {{NAME:Abernathy}} pgr {{PHONE:4471}} w/ changes. Next huddle 1400.`,
  `FLOAT POOL ASSIGNMENTS -- NIGHT SHIFT {{DATE:03/12/2024}} 1900-0730
Staffing office: {{NAME:Marisol Ybarra}} x{{PHONE:6-2210}} | fax {{FAX:(508) 555-0187}}
EMP#     NAME                       HOME    ASSIGNED       NOTES
{{ID:E10442}}   {{NAME:DEVEREAUX, Anne-Claire}}    FP-RN   MICU           ACLS exp {{DATE:06/2024}}
{{ID:E20871}}   {{NAME:Nwachukwu, Ifeoma}}         FP-RN   5 West         1:5, pt in 512 on CIWA
{{ID:E31150}}   {{NAME:Bo-Ra Kim}}                 FP-RN   {{FACILITY:Pemberton 6}}    cancelled 1700 -> on call
{{ID:E09983}}   {{NAME:LOPEZ-TREVINO, J}}          FP-PCT  sitter 614-B   see sitter log
{{ID:E41207}}   {{NAME:Gus Albrecht}}              FP-RN   Tele           orienting w/ {{NAME:Hollis}}
Agency RN: {{NAME:Priya Venkataraman}} ({{FACILITY:Northgate Travel Nursing}}), RN lic {{LICENSE:RN2291847}} verified by {{NAME:MY}} {{DATE:3/12}}.
Acuity: MICU acuity 4 x3, Tele avg 3. Grid at 28 pts = 6 RN + 2 PCT.
OT approved for {{NAME:Hollis Grant}} (4h) per {{NAME:R. Odom}}, director.
Incentive shifts posted at {{URL:https://staffing.stbrendanhealth.org/open-shifts}}`,
  `Incident follow-up - Safety event #{{ID:SE-2024-01877}}
To: {{EMAIL:lhawthorne@stbrendanhealth.org}} (Risk)  cc: {{NAME:D. Mbeki}}, CNO office
From: {{NAME:Carys Pritchard}}, RN MSN, Nurse Manager {{FACILITY:Alcott 4}}
Date of event: {{DATE:02/27/2024 2215}}   Reported: {{DATE:02/28/2024}}
Pt: {{NAME:Esposito, Vincenzo}}, MRN {{MRN:01288340}}, rm 421, {{AGE:90}}yo
Summary: heparin 5000 units given SQ at 2200 although held for plt 48. Hold entered by Dr. {{NAME:Adeyemi}} at 2140 as a verbal order; eMAR did not flag. RN {{NAME:Jenna}} ({{ID:E55129}}) scanned wristband and med.
Follow-up:
1. Met with {{NAME:Jenna}} {{DATE:2/29}} - just culture algorithm: at-risk behavior, coaching, no discipline.
2. Spoke with daughter {{NAME:Lucia Esposito-Grant}} {{PHONE:(401) 555-0162}} on {{DATE:2/28}}; disclosure done with Dr. {{NAME:Adeyemi}} present.
3. Pt monitored, no bleed, Hgb 9.8 -> 9.6.
4. PharmD {{NAME:Tuan Le}} to review verbal hold workflow.
Severity: reached pt, no harm (NCC MERP D). Closed pending RCA screen.`,
  `PATIENT EXPERIENCE - GRIEVANCE LOG
Case #: {{ID:PX-24-0392}}   Rec'd: {{DATE:April 2, 2024}} via web form {{URL:https://www.stbrendanhealth.org/feedback?case=PX-24-0392}}
Complainant: Mr. {{NAME:Desmond Okafor}} (son, HCP)   Patient: {{NAME:Adaeze Okafor}}, {{AGE:96}}, MRN {{MRN:00477120}}
Letter to: {{ADDRESS:2218 Lindell Blvd, Apt 3}}, {{LOCATION:St. Louis}}, MO {{ZIP:63103}}
Email {{EMAIL:desokafor77@gmail.com}}  cell {{PHONE:314-555-0138}}
Concern: call light not answered ~40 min on 6 North night of {{DATE:3/30}}; mother found soiled; nurse "rolled her eyes". Also hearing aid missing (see lost belongings {{ID:LB-1187}}).
Context: 6 North HCAHPS responsiveness top-box 58% Q1 (goal 65%). Staffing that night 1:6.
Service recovery:
- apology call by mgr {{NAME:T. Whitfield}} {{DATE:4/3}}, 25 min, son accepted apology
- $50 cafeteria/parking card, parking validated through discharge
- charge for private room removed from hospital account {{ACCOUNT:HA-20931877}}
- hearing aid replacement referred to Risk ({{NAME:Lorna}})
Response letter due {{DATE:4/9}} (7 days). Signed {{NAME:tw}}/{{NAME:kb}}`,
  `RAPID RESPONSE DEBRIEF FORM
Date/time called: {{DATE:2024-03-15 03:42}}   Unit: 5 West rm 507   Event ID {{ID:RRT-24-1136}}
Patient: {{NAME:Thibodeaux, Remy J.}}  MRN {{MRN:00562219}}  DOB {{DATE:08/19/1931}}  Age {{AGE:92}}
Trigger: SBP 78, HR 128, new confusion. MEWS 6.
Team: RRT RN {{NAME:Shauna Kilbride}} (pgr {{PHONE:2290}}), RT {{NAME:Moe}}, hospitalist Dr. {{NAME:Anand Krishnaswamy}}, primary RN {{NAME:Effie}}.
Interventions: 1L LR bolus, lactate 4.1, BCx x2, cefepime 2 g IV. To MICU 0455.
Went well: RN called on gut feel before MEWS threshold; team at bedside <3 min.
Opportunities: sepsis order set hard to find on the tablet; wife {{NAME:Odile}} ({{PHONE:337-555-0119}}) not updated until 0600; no Spanish/French interpreter needed.
Follow-up owner: {{NAME:S. Kilbride}}, {{EMAIL:skilbride@stbrendanhealth.org}}, due {{DATE:3/22}}.
Debrief facilitated by Dr. {{NAME:K}} / scribe {{NAME:rw}}.`,
  `CODE BLUE DEBRIEF -- HOT DEBRIEF (within 15 min)
{{DATE:11-Mar-2024}}, code called 1418, ROSC 1431. Location: {{FACILITY:Harriet Lowe Pavilion}} 3rd fl, rm 3112.
Pt: {{NAME:WOJCIK, STANISLAW}} 78M MRN {{MRN:02214098}}. Full code (confirmed w/ son {{NAME:Piotr}} at 1425).
Rhythm: PEA -> VF, shock x1 200J -> ROSC. Epi x2, amio 300.
Code leader Dr. {{NAME:Fatima Al-Rashid}} (PGY-3); recorder {{NAME:Lin}}; compressors {{NAME:Darnell}}, {{NAME:Kasey}}, {{NAME:Brooke H.}}; pharm {{NAME:Oyelaran}}.
Equipment: Zoll R Series SN {{DEVICE:AR17C043219}} - pads placed late; drawer 3 missing ETCO2 adapter.
Pt has an ICD (SN {{DEVICE:PZK611482S}}); rep {{NAME:Colby}} called {{PHONE:(800) 555-0144}} for interrogation.
Plus: roles clear, CPR fraction 91%. Delta: no step stool, crowd in doorway, Yankauer not set up.
Post-code: to CVICU bed 4, Dr. {{NAME:Hsu}} accepting. Debrief card sent to code committee by {{NAME:mh}} {{DATE:3/11}}.`,
  `ROOT CAUSE ANALYSIS - FALL WITH INJURY
RCA # {{ID:RCA-2024-011}}   Event {{DATE:January 8, 2024}} ~0310   Unit: {{FACILITY:Pemberton 6}}, rm 622
Patient: Mrs. {{NAME:Beulah Tankersley}}, {{AGE:94}}, MRN {{MRN:00388102}}
Morse 85 on admit, 95 at time of fall. Bed alarm OFF (zone 2 not re-armed after toileting at 0200).
Injury: R hip fx, ORIF {{DATE:1/9}} by Dr. {{NAME:Haverford}}.
Team: {{NAME:C. Pritchard}} (mgr), {{NAME:Ngozi Eze}} (quality), {{NAME:Lars}} (PT), safety officer {{NAME:Omar Siddiqui}}.
Causal statements:
1. Hill-Rom Centrella bed (asset {{DEVICE:HR-CEN-40917}}) needs 3 steps to re-arm, which made an unobserved exit more likely.
2. Sitter request denied {{DATE:1/7}} at huddle because float pool was exhausted ({{NAME:Abernathy}}).
3. Purewick not in place; pt had urgency after Lasix 40 mg IV at 2200.
Actions: hourly rounding audit, 2-step re-arm education, sitter criteria revised.
Grandson {{NAME:Cody Tankersley}} informed {{DATE:01/08/2024}} by phone {{PHONE:(270) 555-0191}}.`,
  `PRESSURE INJURY RCA - HAPI STAGE 3 (sacrum)
Case {{ID:HAPI-0224-03}}  Identified {{DATE:2/19/24}} by WOC RN {{NAME:Imelda Castro-Ruiz}}
Pt {{NAME:Gallagher, Thomas}} "{{NAME:Tommy}}", 71M, MRN {{MRN:01102277}}, MICU bed 9 -> {{FACILITY:Alcott 4}} rm 409
Braden 11 on {{DATE:2/12}}, 10 on {{DATE:2/15}}. Prone positioning x3 days, on Precedex and Levophed.
Surface: standard ICU mattress until {{DATE:2/16}}; low-air-loss rental (Sizewise, SN {{DEVICE:SZ-LAL-220918}}) ordered {{DATE:2/16}}, delivered {{DATE:2/18}} - 2 days lost.
Findings:
- turning q2h documented 62% of shifts; MICU charge RN {{NAME:Farrukh}} states 2 RNs short both nights
- Mepilex sacral dressing not replaced after incontinence episode
- nutrition consult (RD {{NAME:Hannah Boateng}}) not triggered until albumin 2.1
Actions: LAL surface in MICU par stock, WOC rounding twice weekly, Braden <13 auto-consult.
Photo of wound in chart, file {{PHOTO:WOUND_01102277_20240219_1.jpg}}.
Wife {{NAME:Margaret}} updated by Dr. {{NAME:Oyelowo}} {{DATE:Feb 20}}. RCA reviewed {{DATE:03/04/2024}}, sign {{NAME:N. Eze}}.`,
  `1:1 SITTER / CONTINUOUS OBSERVATION LOG
Pt: {{NAME:PARKHURST, DELBERT}}   MRN {{MRN:00819334}}   Rm 614-B   Date {{DATE:03/12/2024}}
Reason: pulling lines, dementia w/ sundowning. CAM-ICU +, RASS +2.
Time   Sitter (emp#)                    Behavior / intervention          Init
1900   {{NAME:J. Lopez-Trevino}} ({{ID:E09983}})     calm, watching TV                 {{NAME:JLT}}
2015   {{NAME:J. Lopez-Trevino}}               picking at IV, redirected         {{NAME:JLT}}
2130   {{NAME:J. Lopez-Trevino}}               asked for "{{NAME:Ruthie}}" (late wife)   {{NAME:JLT}}
2300   break - relief {{NAME:Wanda}} ({{ID:E66102}})   asleep                            {{NAME:WM}}
0100   {{NAME:J. Lopez-Trevino}}               up to BSC w/ RN {{NAME:Femi}}          {{NAME:JLT}}
0345   {{NAME:J. Lopez-Trevino}}               agitated, Haldol 0.5 mg per Dr. {{NAME:Reddy}}  {{NAME:JLT}}
Family: daughter {{NAME:Carla Parkhurst}} {{PHONE:(508) 555-0126}} will stay 0800-1200.
Sitter continued per daily reassessment {{DATE:3/13}} by charge RN {{NAME:Odette}}.`,
  `RESTRAINT FLOWSHEET (violent/self-destructive) - print {{DATE:14MAR24}} 0602
PATIENT {{NAME:KOWALCZYK, ADAM}}  MRN {{MRN:01554920}}  ACCT {{ACCOUNT:70021188342}}  ED BAY 14
ORDER: 4-pt soft restraints, Dr. {{NAME:B. Oduya}} {{DATE:03/13/2024 2310}}, renew q4h (adult)
FACE-TO-FACE eval within 1 hr: Dr. {{NAME:Oduya}} 2345 - pt combative, struck security officer {{NAME:Rios}} (badge {{ID:S-4412}}).
MEDS: Zyprexa 10 mg IM 2320, Ativan 2 mg IM 2320.
CHECKS q15min: circulation/skin/ROM/hydration/toileting documented by RN {{NAME:Quincy Abara}}.
0115 trial release L arm - tolerated. 0230 released to 2-pt. 0400 all restraints off, calm, RASS 0.
Debrief with pt 0430 (RN {{NAME:Abara}}): pt apologized, states "I thought I was back in {{LOCATION:Kandahar}}".
Security incident cross-ref {{ID:SEC-24-0388}}. Mom {{NAME:Irena}} notified {{PHONE:413.555.0177}}.
Reviewed by nurse manager {{NAME:Yusuf Demir}} {{DATE:3/14}}.`,
  `LOST / FOUND BELONGINGS REPORT   Report # {{ID:LB-1187}}
Date reported: {{DATE:3/31/2024}}   Reported by: son, Mr. {{NAME:D. Okafor}}
Patient: {{NAME:Adaeze Okafor}}  MRN {{MRN:00477120}}  Unit 6 North rm 611 -> moved to rm 618 on {{DATE:3/29}}
Item(s): R hearing aid (Phonak, serial {{DEVICE:2219X0Q7}}), beige case; upper denture in labeled cup.
Last seen: on bedside table at rm transfer per PCT {{NAME:Shonda}}.
Search: rm 611, 618, soiled linen (EVS lead {{NAME:Aurelio}}), dietary trays - denture FOUND in tray return {{DATE:4/1}}, hearing aid NOT found.
Belongings inventory at admission signed by pt? - NO, signed by RN {{NAME:Greer}} only.
Disposition: claim to Risk ({{NAME:Lorna Beckwith}}, {{EMAIL:lbeckwith@stbrendanhealth.org}}), reimbursement up to $2,400 approved {{DATE:4/8}}.
Audiology contact: {{FACILITY:Hearwell Audiology}}, {{ADDRESS:4550 Chippewa St}}, {{LOCATION:St. Louis}} {{ZIP:63116}}, fax {{FAX:314-555-0150}}.
Patient experience case {{ID:PX-24-0392}}.`,
  `SPIRITUAL CARE NOTE
Date: {{DATE:March 5, 2024}}   Chaplain: Rev. {{NAME:Althea Mwangi}}, BCC   Referral: RN {{NAME:Dana}}, MICU bed 3
Pt: {{NAME:Nguyen Thi Lan}}, {{AGE:91}} y/o, MRN {{MRN:00653318}}; intubated, family meeting pending re: comfort care.
Present: son {{NAME:Nguyen Van Hoa}} ("{{NAME:Harry}}"), daughter-in-law {{NAME:Mai}}, granddaughter {{NAME:Vy Tran}} ({{PHONE:714-555-0183}}).
Faith: Catholic, parishioners of {{FACILITY:Holy Martyrs of Vinh Long Parish}} in {{LOCATION:Santa Ana}}. Family requested Anointing of the Sick.
Intervention: prayed at bedside (granddaughter interpreting); paged on-call priest Fr. {{NAME:Tomasz Grabowski}} via pgr {{PHONE:7719}}, sacrament given 1640. Rosary left at bedside - added to belongings list.
Assessment: anticipatory grief; son voicing guilt about moving her from {{LOCATION:Garden Grove}} to his home in 2022. Granddaughter is the family's spokesperson.
Plan: attend family meeting {{DATE:3/6}} 1100 w/ palliative (Dr. {{NAME:Ines Carvalho}}); bereavement packet if needed; follow daily.
Rev. {{NAME:A. Mwangi}}  ext {{PHONE:4-3390}}`,
  `ETHICS CONSULTATION - SUMMARY NOTE
Consult # {{ID:EC-24-017}}   Requested {{DATE:02/08/24}} by Dr. {{NAME:Marguerite Oyelaran-Beck}} (MICU attending)
Patient: {{NAME:ROSENTHAL, Miriam}}  MRN {{MRN:00299471}}  age {{AGE:ninety-one}}  MICU bed 12
Question: surrogate conflict re: trach/PEG vs comfort care. No advance directive; POLST faxed from {{FACILITY:Brookhaven Gardens Assisted Living}} ({{FAX:(216) 555-0109}}) is an unreadable copy.
Surrogates: son {{NAME:Aaron Rosenthal}} ({{LOCATION:Cleveland}}) wants full treatment; daughter {{NAME:Deborah}} "{{NAME:Debbie}}" {{NAME:Rosenthal-Klein}} (lives in {{LOCATION:Haifa}}, joined by video) says mother "would never want to live on machines".
Meeting {{DATE:2/9}} 1500, family conf rm 2. Present: ethics {{NAME:Ruth Adebayo}}, JD and Dr. {{NAME:Kwame Asante}}; RN {{NAME:Bettina}}; SW {{NAME:Jorge Ocampo}}; Rabbi {{NAME:Shulamit Levy}} of {{FACILITY:Temple Beth Tikvah}}.
Recommendation: ethically permissible to follow substituted judgment evidence from daughter; 72h time-limited trial then reassess; CPR not offered (medically inappropriate per 2 attendings).
Follow-up {{DATE:2/12}}. Note by {{NAME:R. Adebayo}} / {{NAME:ka}}.`,
  `INTERPRETER SERVICES - REQUEST LOG   {{DATE:Thu 04/04/2024}}
Req#      Time  Unit/Rm         Patient (MRN)                             Lang        Mode       Interp
{{ID:IR-55120}}  0805  4 North 418     {{NAME:Mohamed Abdi Farah}} ({{MRN:01877245}})        Somali      VRI        {{ID:INT-2207}}
{{ID:IR-55121}}  0830  L&D 6           {{NAME:Ramirez Lopez, Guadalupe}} ({{MRN:01900316}})  Spanish     in-person  {{NAME:Yolanda}}
{{ID:IR-55122}}  0912  ED 22           {{NAME:Truong, Minh}} ({{MRN:00710935}})              Vietnamese  OPI        {{ID:INT-88410}}
{{ID:IR-55123}}  1040  MICU 7          {{NAME:Haile Gebremedhin}} ({{MRN:01633090}})         Tigrinya    OPI        none avail
{{ID:IR-55124}}  1115  Onc clinic      {{NAME:Zofia Nowak}} ({{MRN:01199804}})               Polish      VRI        {{ID:INT-3019}}
Tigrinya: family meeting {{DATE:4/5}} 1000 - vendor {{FACILITY:Lingua Bridge Partners}} confirmed in-person interpreter {{NAME:Selam}}, {{PHONE:(612) 555-0137}}.
ASL: deaf husband of pt in 4 North 402 - CDI requested for rounds. Log kept by {{NAME:P. Sandoval}}.`,
  `SECURITY INCIDENT REPORT   IR # {{ID:SEC-24-0412}}
Date/Time: {{DATE:03/17/2024 22:40}}   Location: ED ambulance bay / garage level 2
Reporting officer: Sgt. {{NAME:Victor Haines}}, badge {{ID:1127}}
Subject: visitor {{NAME:Lyle Brandt}} (DOB {{DATE:5/14/1986}}), boyfriend of pt {{NAME:Kayla Summers}} (ED 9, MRN {{MRN:02011534}}).
Narrative: subject became verbally aggressive at triage demanding to see pt. Dr. Strong called overhead 2238, 4 officers responded; no weapon, Code Silver not called. Subject escorted out and left in gray pickup, TX plate {{VEHICLE:KRD-4471}}.
CCTV still saved: {{PHOTO:CAM-G2-07_20240317_224355.jpg}}.
Pt requested no-information status and visitor restriction - set by charge RN {{NAME:Marcy}} at 2300.
{{LOCATION:Lubbock}} PD officer {{NAME:Tran}} #{{ID:2291}} took report, case {{ID:24-031788}}. Trespass warning issued, valid 1 yr.
Pt's mother {{NAME:Renee Summers}} ({{PHONE:806-555-0104}}) to be sole visitor.
Reviewed: security mgr {{NAME:D. Kuykendall}} {{DATE:3/18}}.`,
  `EVS WORK ORDER EXPORT  run {{DATE:2024-03-18}} 1500  (bed tracking)
WO#        REQ     UNIT     RM    TYPE        REQUESTOR          ASSIGNED        TAT
{{ID:EV-883012}}  0712    5 West   507   discharge   {{NAME:Effie M.}}          {{NAME:Aurelio}}         41m
{{ID:EV-883019}}  0730    5 West   512   iso-CDIFF   {{NAME:Effie M.}}          {{NAME:Aurelio}}         68m
{{ID:EV-883044}}  0915    {{FACILITY:Alcott 4}} 409   spill       {{NAME:Greer}}             {{NAME:Dolores}}         12m
{{ID:EV-883051}}  0940    MICU     9     terminal    {{NAME:Farrukh}}           {{NAME:Jean-Baptiste}}   55m
Comments:
{{ID:EV-883019}} - C.diff pt {{NAME:Dorsey, Lamont}} moved to 5 West 530; bleach clean + UV robot.
{{ID:EV-883044}} - "pt (Mrs. {{NAME:Tankersley}}'s roommate) spilled 2L urinal" per {{NAME:Greer}}, floor wet sign placed.
{{ID:EV-883051}} - MICU 9 pt {{NAME:Gallagher}} to {{FACILITY:Alcott 4}}; bed needed for ED pt {{NAME:Okoro}}.
EVS supervisor {{NAME:Rosalind Achterberg}} cell {{PHONE:555-0175}}, {{EMAIL:rachterberg@stbrendanhealth.org}}.`,
  `BIOMED / CLINICAL ENGINEERING WORK ORDER
WO {{ID:CE-2024-06631}}   Opened {{DATE:03/19/2024 0205}}   Priority: urgent (in use on pt)
Location: {{FACILITY:Pemberton 6}} rm 614-B  Pt {{NAME:Parkhurst, D.}} (MRN {{MRN:00819334}})
Device: Alaris 8015 PC unit, asset {{DEVICE:BME-018823}}, serial {{DEVICE:12884511}}; channel module SN {{DEVICE:8100-44J771}}
Problem: "occlusion downstream" alarm with no occlusion, pt on heparin gtt 18 units/kg/h. RN {{NAME:Femi Adebowale}} swapped pump at 0210, gtt restarted 0218 (8 min interruption, aPTT drawn per Dr. {{NAME:Reddy}}).
Tech: {{NAME:Hector Villalobos}} ({{ID:E73308}}) - pressure sensor out of cal, module replaced, PM sticker due {{DATE:09/2024}}.
Pump quarantined, event log downloaded from {{IP:198.51.100.44}} (pump server), FDA MedWatch not required per {{NAME:Villalobos}}.
Closed {{DATE:3/19}} 1130. Safety report {{ID:SE-2024-02014}} filed by RN.`,
  `TRANSFER CENTER CALL LOG   Ref {{ID:TC-24-03-0877}}
Call rec'd {{DATE:3/20/24}} 0148 from {{FACILITY:Greaves County Medical Center}}, {{LOCATION:Hobbs}} NM; callback {{PHONE:(575) 555-0192}}
Referring: Dr. {{NAME:Elaine Whitcomb-Ortiz}} (ED)  |  Transfer RN {{NAME:Rico}} (ours)
Pt: {{NAME:BEGAY, HARRISON}}  DOB {{DATE:01/02/1952}}  Their MRN {{MRN:GCMC-448120}}  Ins: {{HEALTH_PLAN:NMD 802214937}} (Medicaid MCO)
Dx: STEMI s/p lytics 0120, persistent ST elevation. Request: cath lab.
0152 conferenced w/ interventional cards Dr. {{NAME:Pham}} - ACCEPTED to CVICU.
0159 bed assigned CVICU 6 by house sup {{NAME:Abernathy}}.
0205 transport: {{FACILITY:Lifeline Air Medical}} fixed wing from {{LOCATION:Hobbs}}, ETA 0400. Tail # not given.
Records: face sheet faxed from {{FAX:575-555-0193}}, images via PACS share {{URL:https://imageshare.greavescmc.org/s/88KQ2}}.
Family: wife {{NAME:Loretta Begay}} driving, {{PHONE:575-555-0161}}.
Log closed 0411 by {{NAME:R. Castellanos}}.`,
  `DISCHARGE LOUNGE LOG  {{DATE:Tuesday, March 19, 2024}}   Lounge RN: {{NAME:Gwen Hollister}}   Census today: 17
#  In    Pt                      From       Ride / notes                                        Out
1  0915  {{NAME:ABERNATHY-COLE, J}}     5 West     wife {{NAME:Sheila}} {{PHONE:555-0148}}, blue Honda plate {{VEHICLE:7GHX219}}     1010
2  0940  {{NAME:Dumitrescu, Ilie}}      Tele       cab voucher to {{ADDRESS:88 Wrentham Rd}}, {{LOCATION:Foxborough}}       1105
3  1020  {{NAME:Marguerite}} ("{{NAME:Peggy}}") {{NAME:Lund}}  {{FACILITY:Alcott 4}}   ambulette {{FACILITY:Bay State Chair Car}}, to {{FACILITY:Cedar Hollow Nursing & Rehab}}   1250
4  1100  {{NAME:Osei, Kofi}}            Ortho      waiting Meds-to-Beds; Rx Eliquis 5 mg, oxy 5 mg #12  1230
5  1145  {{NAME:Feeney, Brendan}}       {{FACILITY:Pemberton 6}}  daughter late, O2 tank E-cyl x2 sent     1420
Issues: pt #3 ambulette 90 min late; complained to {{NAME:G. Hollister}}, service recovery snack + phone charger.
Lounge beds freed upstream: 5. Avg dwell 1h52m.`,
  `PATIENT TRANSPORT LOG (dispatch)  shift {{DATE:3/20/2024}} 0700-1530   Dispatcher: {{NAME:Tyrell}}
Job#     Time  Pt                       From -> To                  Mode        Transporter       Iso
{{ID:T-40871}}  0705  {{NAME:Begay, H.}}              CVICU 6 -> Cath lab 2        bed         {{NAME:Emeka}}            -
{{ID:T-40872}}  0718  {{NAME:Kowalczyk, A.}}          ED 14 -> 7 South 709        stretcher   {{NAME:Marty B.}}         -
{{ID:T-40873}}  0740  {{NAME:Nguyen T. Lan}}          MICU 3 -> CT                bed + RT    {{NAME:Emeka}}            droplet
{{ID:T-40880}}  0822  {{NAME:Summers, K.}}            ED 9 -> Ultrasound          wc          {{NAME:Dev}}              -
{{ID:T-40884}}  0901  {{NAME:Lund, M.}}               {{FACILITY:Alcott 4}} -> D/C lounge  wc          {{NAME:Marty B.}}         -
Delays: {{ID:T-40873}} held 25 min - RT {{NAME:Shay}} at another call. {{ID:T-40880}} pt refused wc initially.
Pt {{NAME:Okoro}} (ED) - transport cancelled, bed not clean.
Escalation to transport supervisor {{NAME:Benedetta Russo}}, Vocera {{PHONE:3-8821}}. Log exported to {{EMAIL:transport-ops@stbrendanhealth.org}}.`,
  `[secure chat] HOUSE SUP - CAPACITY  {{DATE:03/21/24}}
0612 {{NAME:abernathy k}}: census 421, zero clean beds, ED holding 14. capacity huddle 0645, pls send charge RNs
0614 {{NAME:priya v}}: 5W has 2 dc's, 503 + 516. 516 waiting on ride from {{LOCATION:Attleboro}}, son {{NAME:Mikey}} says after work
0615 {{NAME:carys p}}: {{FACILITY:alcott 4}} can take 1 tele-ok pt in 412 after evs. also mrs {{NAME:esposito}} going to {{FACILITY:Cedar Hollow}} today
0617 {{NAME:abernathy k}}: ty. {{NAME:Okoro}} in ED 31 goes to 412 then. pls call report to {{NAME:Jenna}} x{{PHONE:5514}}
0622 {{NAME:tamsin}}: micu 16/16 still. bed 9 pt {{NAME:Gallagher}} ready for floor since yesterday, no accepting bed
0623 {{NAME:abernathy k}}: put him in {{FACILITY:Pemberton 6}} 620, i'll call {{NAME:Bo-Ra}} to staff it
0631 {{NAME:rico}} (transfer ctr): heads up - {{FACILITY:Mercy Haldane}} wants to send us a GI bleed, 88yo, pt {{NAME:Eleanor Voss}}. holding until 0700
0640 {{NAME:abernathy k}}: ok to accept if cvicu steps down 6. dr {{NAME:pham}} pls advise
0702 {{NAME:pham}}: cvicu 6 ({{NAME:begay}}) post-cath stable, can go to tele at 1000
Exported to ops log {{DATE:3/21}} by {{NAME:ka}}.`,
  `From: {{NAME:Marisol Ybarra}} <{{EMAIL:mybarra@stbrendanhealth.org}}>
Sent: {{DATE:Friday, March 22, 2024 4:51 PM}}
To: Nurse Managers - Med/Surg; {{NAME:Carys Pritchard}}; {{NAME:Yusuf Demir}}
Subject: weekend staffing - sick calls + float pool

All,
Weekend {{DATE:3/23}}-{{DATE:3/24}} we're short 11 RN shifts house-wide. Sick calls so far: {{NAME:Gus Albrecht}} (Sat D), {{NAME:Ifeoma N.}} (Sat N), {{NAME:Bettina Schroeder-Alves}} (Sun D).
Float pool: {{NAME:Anne-Claire}} is on MICU both nights, {{NAME:Bo-Ra}} to {{FACILITY:Pemberton 6}} Sat D.
Agency: 2 RNs from {{FACILITY:Northgate Travel Nursing}} start Sat - {{NAME:Kendra Oyelaran}} (lic {{LICENSE:RN-MA 2310774}}) and {{NAME:Luis Ferreira-Mota}} (lic {{LICENSE:RN-MA 2289015}}); badges ready at security, pick up with employee # {{ID:A90144}} / {{ID:A90145}}.
Incentive $15/h posted. Please don't cancel anyone without calling me first (cell {{PHONE:508-555-0171}}).
Census forecast Sat 418, acuity avg 2.6.
Thanks,
{{NAME:Marisol}}
Staffing & Scheduling | {{FACILITY:St. Brendan Medical Center}} | fax {{FAX:508-555-0187}}`,
  `NURSE MANAGER FOLLOW-UP - EMPLOYEE CONCERN (confidential)
Date: {{DATE:3/25/2024}}   Mgr: {{NAME:Yusuf Demir}}, 7 South   HR partner: {{NAME:Celestine Obi}}
Re: complaint from pt {{NAME:Harlan Moody}} (MRN {{MRN:01472209}}, rm 708) about night RN.
Pt states RN "{{NAME:Bree}}" was "rude and rough" during wound care {{DATE:3/23}} around 0300.
Staff member: {{NAME:Breanna Coulter}}, RN, emp {{ID:E48820}}, hired 2019.
Interviews:
- {{NAME:Coulter}}: pt refused dressing change x2, she explained need; wound vac alarm was going off. Denies rough handling.
- PCT {{NAME:Alfonso}} present for part - states RN was firm but professional.
- pt's wife {{NAME:Jo Ann Moody}} ({{PHONE:(774) 555-0121}}) heard pt yelling over phone.
Outcome: no substantiated misconduct. Coaching on AIDET and offering a different caregiver. Pt reassigned to RN {{NAME:Dimitri}} per request.
Service recovery: visit by mgr {{DATE:3/25}} 1000, pt satisfied. Patient relations case {{ID:PX-24-0441}} closed.
cc {{NAME:C. Obi}}, file.`,
  `{{FACILITY:St. Brendan Medical Center}} | Patient Relations
{{ADDRESS:1200 Salisbury Street}}, {{LOCATION:Worcester}}, MA {{ZIP:01609}}

{{DATE:April 9, 2024}}

Mr. {{NAME:Desmond Okafor}}
{{ADDRESS:2218 Lindell Blvd, Apt 3}}
{{LOCATION:St. Louis}}, MO {{ZIP:63103}}

Re: your mother, Mrs. {{NAME:Adaeze Okafor}}   Case {{ID:PX-24-0392}}

Dear Mr. {{NAME:Okafor}},
Thank you for telling us about your mother's stay on 6 North from {{DATE:March 27}} to {{DATE:April 4, 2024}}. We reviewed call light response times, staffing and the care she received on the night of {{DATE:March 30}}. We found that response to her call light was delayed and we apologize. The unit has since added a night resource nurse.
Her hearing aid was not located. Our Risk Management office ({{NAME:Lorna Beckwith}}, {{PHONE:508-555-0199}}) has approved reimbursement, and we removed the private-room charge from account {{ACCOUNT:HA-20931877}}.
If you are not satisfied you may contact the state Department of Public Health or The Joint Commission.
Sincerely,
{{NAME:Teresa Whitfield}}, MSN, RN, Director of Patient Experience`,
  `rrt note {{DATE:3/26}} 1522 - 4 north rm 418
pt {{NAME:mohamed abdi farah}} 64m, mrn {{MRN:01877245}}. called by rn {{NAME:lisette}} for new o2 req 6L, rr 32, spo2 86%.
somali interp via vri ({{ID:INT-2207}}) - pt says "cannot breathe since lunch". son {{NAME:abdirahman}} at bedside, phone {{PHONE:612.555.0153}}.
cxr: bilat infiltrates. abg 7.31/48/58. bipap started per rt {{NAME:moe}}. dr {{NAME:krishnaswamy}} aware, to picu? no - micu bed 7 via transport {{ID:T-41102}}.
debrief: + early call, + interpreter used. - bipap machine from rt closet had no filter; rt mgr {{NAME:s. okonjo}} notified, biomed wo {{ID:CE-2024-06790}}, unit sn {{DEVICE:V60-301188}}.
- family wanted imam; chaplain {{NAME:mwangi}} paged {{PHONE:7720}}.
mews 7 -> 4 after bipap. time to icu 58 min.
{{NAME:skilbride}} rrt rn`,
  `CODE BLUE (PEDIATRIC) DEBRIEF - {{FACILITY:Alvarado Children's Hospital}}
Date {{DATE:03/27/2024}}  Time 0914  Loc: 4 Peds rm 4108  Event {{ID:PCB-24-009}}
Pt: {{NAME:Santiago Herrera-Quispe}}, 3y M, MRN {{MRN:A0044120}}, wt 14 kg (Broselow yellow)
Event: resp arrest after sedation for LP; BVM w/ 100% O2, no compressions needed. ROSC n/a (pulse maintained), HR nadir 54.
Team leader Dr. {{NAME:Hyun-woo Park}}; airway RT {{NAME:Chiamaka}}; meds RN {{NAME:Willa}}; recorder {{NAME:T.M.}}; family support: child life {{NAME:Jess}}.
Meds: atropine 0.28 mg (pre-calc from Broselow), naloxone 0.14 mg.
Mom {{NAME:Rocio Quispe}} present, Spanish only; interpreter {{NAME:Yolanda}} arrived at 0922 (8 min) - family asked to step out then invited back.
Equipment: peds crash cart seal intact; monitor SN {{DEVICE:MX450-DE71902}} lost SpO2 waveform.
Went well: Broselow tape, closed-loop comms. Improve: sedation outside PICU policy, Spanish-speaking staff list.
Debrief lead {{NAME:H. Park}}; PICU transfer bed 11. Dad {{NAME:Efrain}} called at {{PHONE:(520) 555-0114}}.`,
  `FALL RCA - SUMMARY (fishbone)   RCA {{ID:RCA-2024-019}}
Event {{DATE:Sat 03/02/2024 1745}}, Tele rm 318. Pt {{NAME:O'Shaughnessy, Brigid}}, {{AGE:97}}F, MRN {{MRN:00114582}}. Fall w/ head strike on anticoag (apixaban); CT head neg.
People: pt independent at home in {{LOCATION:Quincy}} per niece {{NAME:Maeve}}; RN {{NAME:Colm Duggan}} had 5 pts incl 1 on insulin gtt; PCT on break.
Environment: call light out of reach (cord behind bed), floor wet from IV bag leak, rm 318 far from station.
Equipment: bed alarm on; chair alarm missing - supply par 0 since {{DATE:2/28}}.
Process: Morse 60 -> not "high risk" per old cutoff 65; tele unit uses 45 cutoff elsewhere.
Policy: yellow socks + sign in place; no post-fall huddle done.
Actions / owners:
- unify Morse cutoff (45) - {{NAME:Ngozi Eze}}, by {{DATE:4/15}}
- chair alarm par level 6 - materials mgmt {{NAME:Buford}}
- post-fall huddle tool in EHR - informatics {{NAME:Kenji Watanabe}}
Niece informed by Dr. {{NAME:Lakshmi Iyer}} {{DATE:3/2}}, letter sent to {{ADDRESS:41 Hancock St, Unit 2}}, {{LOCATION:Quincy}} {{ZIP:02171}}.`,
  `MEDICAL DEVICE-RELATED PRESSURE INJURY - review
Pt {{NAME:Kowalski, Irene}} 84F  MRN {{MRN:00906631}}  MICU 5 -> 5 West 520
Identified {{DATE:3/4/2024}}: stage 2 nasal bridge + DTPI R ear from BiPAP mask (full face, size M).
BiPAP unit hospital SN {{DEVICE:V60-298140}}; pt's home CPAP (SN {{DEVICE:J23571640812}}) brought by son {{NAME:Pete}} {{DATE:3/3}}, not used.
Braden 13; nutrition poor. Mask was not rotated to nasal pillows/total face per RT protocol; foam barrier not placed.
Interviews: RT {{NAME:Omar}}, RN {{NAME:Hai Yen}}, WOC {{NAME:I. Castro-Ruiz}}.
Contributing: RT staffing 1:14 on {{DATE:3/2}}; no skin check field on RT flowsheet.
Actions: RT flowsheet skin check q4h, Mepilex Lite on bridge at start, mask fit cards.
Son {{NAME:Piotr Kowalski}} upset ("she came in for pneumonia, leaves with a wound"), met with mgr {{NAME:Demir}} {{DATE:3/5}}; service recovery: parking pass, direct line {{PHONE:(508) 555-0133}}.
Photo: {{PHOTO:IMG_0304_MDRPI_00906631.jpeg}} in media tab. Reported to quality by {{NAME:icr}}.`,
  `NON-VIOLENT RESTRAINT - MEDICAL/SURGICAL   pt {{NAME:HUANG, WEI-MING}}  MRN {{MRN:01399817}}  rm 5W-504
Order: bilat soft wrist (Posey) + mitts, Dr. {{NAME:Reddy}} {{DATE:03/28/2024 0140}}, reason: pulling NGT (2nd time), ETOH withdrawal, CIWA 19.
Alternatives tried: sitter ({{NAME:Wanda M.}} {{ID:E66102}}) 2300-0130, abdominal binder over PEG site, TV, reorientation in Mandarin via OPI {{ID:INT-50817}}.
0200  circ/skin ok, RASS +1            {{NAME:FA}}
0400  slept, released R wrist 10 min     {{NAME:FA}}
0600  pulling at mitt, Ativan 1 mg IV    {{NAME:FA}}
0800  reassess by Dr. {{NAME:Reddy}} - continue 24h   {{NAME:MC}}
1200  released for meal w/ wife {{NAME:Lijuan}} at bedside  {{NAME:MC}}
1400  d/c'd, mitts only                  {{NAME:MC}}
Family notified {{DATE:3/28}} 0215 - wife {{PHONE:(617) 555-0168}}; she asked that daughter {{NAME:Grace Huang}} in {{LOCATION:Vancouver}} be called too.
Restraint audit: complete. Mgr sign {{NAME:Y. Demir}} {{DATE:03/29/24}}.`,
  `PATIENT PROPERTY / VALUABLES - FOUND WALLET
Found {{DATE:03/29/2024}} 1120 by EVS {{NAME:Dolores Fajardo}} in 7 South 709 (pt discharged {{DATE:3/28}}).
Logged by security officer {{NAME:Nkemdirim}} (badge {{ID:1184}}), property # {{ID:P-24-0215}}.
Contents (inventoried w/ 2 witnesses):
- MA driver's license {{LICENSE:S48192207}} in name of {{NAME:Adam J. Kowalczyk}}, addr {{ADDRESS:17 Pleasant St, Apt 2R}}, {{LOCATION:Westfield}} {{ZIP:01085}}
- Social Security card, SSN {{SSN:027-44-9183}}
- health plan card, member ID {{HEALTH_PLAN:XLW884201733}}, group 00412
- debit card ending {{ACCOUNT:4471}}, $62 cash
- photo of a child, VA card
Matched to pt {{NAME:Kowalczyk, Adam}} MRN {{MRN:01554920}} (prior restraint pt).
Called pt {{PHONE:413-555-0192}} x2, no answer; mother {{NAME:Irena}} will pick up - ID required.
Released {{DATE:4/1}} 1530 to {{NAME:Irena Kowalczyk}}, ID checked, signature on file. Officer {{NAME:N.}} / {{NAME:dr}}.`,
  `CHAPLAINCY - FOLLOW-UP VISIT   {{DATE:3/27/2024}}
Pt: {{NAME:Abdirahman}}'s father, Mr. {{NAME:Mohamed Abdi Farah}} (MICU 7, MRN {{MRN:01877245}})
Chaplain on call: {{NAME:Yusra Haddad}}, MDiv (pgr {{PHONE:7720}})
Family requested imam. Contacted Imam {{NAME:Abdullahi Warsame}} of {{FACILITY:Masjid Al-Nur of Cedar-Riverside}}, {{PHONE:(612) 555-0186}}; he visited 1930-2015, led dua with family.
Needs identified: prayer space with qibla direction - interfaith chapel on L1 offered; halal meal tray requested from nutrition ({{NAME:Ahmed}} in dietary, ext {{PHONE:4-2281}}); same-gender caregiver for bathing when possible.
Son {{NAME:Abdirahman Farah}} states family traveled from {{LOCATION:Minneapolis}}; 4 siblings coming from {{LOCATION:Nairobi}} next week, asked for letter for visa - referred to SW {{NAME:Jorge Ocampo}}.
Assessment: strong faith-based coping, anxiety re: prognosis, gratitude for interpreter (Somali VRI {{ID:INT-2207}} used for visit).
Plan: daily visit, Friday Jumu'ah reminder, coordinate with palliative if goals change.
{{NAME:Y. Haddad}} / {{NAME:yh}}`,
  `ETHICS CONSULT NOTE - unrepresented patient
Consult {{ID:EC-24-022}}, requested {{DATE:03/14/2024}} by SW {{NAME:Jorge Ocampo}}.
Pt: "{{NAME:John Doe 14}}", later identified as {{NAME:Raymond Earl Tibbs}}, approx 70s, MRN {{MRN:02233167}}, 7 South 712.
Found down {{DATE:3/9}} at {{ADDRESS:Lincoln Sq and Salisbury St}}, {{LOCATION:Worcester}}; EMS brought to ED. Anoxic injury, no decision-making capacity (CAM+, GCS 9).
No kin located. Last known address {{FACILITY:Hope Harbor Men's Shelter}}; shelter case mgr {{NAME:Dwayne Pelletier}} ({{PHONE:508-555-0110}}) knew him 6 yrs, recalls pt said "no tubes, ever" (2021).
Probate court guardianship petition filed, docket {{ID:WO24P0871GD}}; temporary guardian atty {{NAME:Nadia Rahimi}}, {{EMAIL:nrahimi@rahimilawgroup.com}}.
Issues: PEG placement vs comfort; CPR.
Recommendations: (1) await guardian, expected {{DATE:3/20}}; (2) DNR reasonable per 2-physician policy (Drs. {{NAME:Iyer}} and {{NAME:Asante}}); (3) shelter's report of prior wishes documented as best evidence.
Ethics team: {{NAME:R. Adebayo}}, JD; Dr. {{NAME:K. Asante}}. f/u weekly.`,
  `From: {{NAME:Lisette Arbogast}}, RN (4 North charge)
To: {{EMAIL:interpreter.services@stbrendanhealth.org}}; {{NAME:Paula Sandoval}}
Date: {{DATE:03/30/2024 06:12}}
Subject: VRI failures overnight - pls fix

{{NAME:Paula}},
Three problems last night:
1) 0130 pt {{NAME:Haile Gebremedhin}} (4N 410, MRN {{MRN:01633090}}) - Tigrinya not available on VRI, OPI wait 47 min. Pt was having chest pain. We used his nephew {{NAME:Dawit}} by phone {{PHONE:(651) 555-0142}} only to call for the interpreter, not to interpret.
2) VRI cart #3 (asset {{DEVICE:VRI-CART-0032}}) wouldn't connect - wifi drop. IT ticket {{ID:INC0493817}}, cart IP {{IP:192.0.2.87}}.
3) Spanish in-person interpreter {{NAME:Yolanda}} called for L&D, but 4N pt {{NAME:Ana Lucia Bermudez}} had to wait until 0400 for consent.
Can we get a 2nd VRI cart and the vendor's escalation number? Thanks - {{NAME:Lisette}} x{{PHONE:5533}}

Reply {{DATE:3/30}} 0815 {{NAME:P. Sandoval}}: 2nd cart arriving Mon, escalation line {{PHONE:800-555-0161}}, code for our site 7731.`,
  `SECURITY - MISSING PATIENT / ELOPEMENT (Code Yellow? no - "Code Gray" per policy)
IR {{ID:SEC-24-0430}}   {{DATE:04/02/2024}}   Called 1512, cleared 1648
Pt: {{NAME:PARKHURST, DELBERT}} {{AGE:90}}M, MRN {{MRN:00819334}}, {{FACILITY:Pemberton 6}} rm 614-B, dementia, sitter discontinued {{DATE:4/1}}.
Description: white male, 5'9", gray hair, hospital gown + brown cardigan, walks w/ cane. Photo from face sheet: {{PHOTO:PT_00819334_FACE.jpg}}.
Last seen 1450 by PCT {{NAME:Shonda}} near elevator B.
Search: all floors, stairwells, garage. {{LOCATION:Worcester}} PD notified 1530, officer {{NAME:Lemieux}}.
Found 1640 by officer {{NAME:Haines}} at bus stop at {{ADDRESS:Chandler St & May St}}, asked for "{{NAME:Ruthie}}" and said he was going home to {{ADDRESS:9 Clover Hill Rd}}.
Returned to unit via wc, no injury, VS stable. Daughter {{NAME:Carla}} notified {{PHONE:(508) 555-0126}}.
Follow-up: WanderGuard band placed (tag {{DEVICE:WG-118305}}), sitter resumed, fall/elopement risk reassessed. Mgr {{NAME:Pritchard}} informed; event {{ID:SE-2024-02381}}.`,
  `CLINICAL ENGINEERING - PATIENT-OWNED EQUIPMENT INSPECTION
Req {{DATE:3/3/24}} by RN {{NAME:Hai Yen Luu}}, 5 West 520, pt {{NAME:Irene Kowalski}} MRN {{MRN:00906631}}
Item: home CPAP, ResMed AirSense 10, SN {{DEVICE:J23571640812}}, power cord w/ frayed insulation near plug.
Brought in by son {{NAME:Piotr}} ({{PHONE:774-555-0108}}). DME supplier on label: {{FACILITY:Blackstone Valley Home Medical}}, {{ADDRESS:310 Providence Rd}}, {{LOCATION:Whitinsville}} {{ZIP:01588}}, ph {{PHONE:508-555-0165}}.
Inspection {{DATE:3/4}} tech {{NAME:H. Villalobos}}: electrical safety FAIL (leakage OK, cord damage). Tagged "DO NOT USE", returned to family.
Hospital BiPAP substituted (SN {{DEVICE:V60-298140}}). RT lead {{NAME:Omar Baig}} informed.
Recommended son contact DME for cord replacement; DME patient acct {{ACCOUNT:BVHM-118204}} per label.
WO {{ID:CE-2024-05517}} closed {{DATE:3/4}} 1610.`,
  `TRANSFER CENTER - OUTBOUND / DECLINE LOG
Ref {{ID:TC-24-03-0912}}   {{DATE:03/24/2024}} 2231
Our pt: {{NAME:Feliciano, Rosa M.}}, 58F, MRN {{MRN:01610442}}, Tele 322. Needs: neurosurgery for SDH w/ midline shift (we have no NSGY coverage tonight).
Calls:
2234 {{FACILITY:Whitlock University Hospital}} transfer ctr ({{PHONE:617-555-0100}}) - declined, no ICU beds. Spoke w/ {{NAME:Gail}}.
2241 {{FACILITY:Mercy Haldane Hospital}} - on diversion.
2250 {{FACILITY:Sacred Heart of Providence}} ({{PHONE:401-555-0131}}) - Dr. {{NAME:Fitzgerald-Nunes}} ACCEPTED, bed NICU 14.
Transport: {{FACILITY:Coastline Critical Care Transport}}, unit CC-7, ETA 2340.
Records sent via secure link {{URL:https://xfer.stbrendanhealth.org/r/9KQ2-77LM}}; fax face sheet to {{FAX:401-555-0132}}.
Ins: {{HEALTH_PLAN:BCBSMA ZGP66104492}}.
Husband {{NAME:Wilfredo}} notified {{PHONE:(508) 555-0179}}, will drive to {{LOCATION:Providence}}.
EMTALA checklist complete, signed Dr. {{NAME:Ayodele}} / TC RN {{NAME:R. Castellanos}}.`,
  `From: {{NAME:Gwen Hollister}}
To: {{NAME:K. Abernathy}}; {{NAME:Teresa Whitfield}}
Date: {{DATE:3/29/2024}}
Subject: discharge lounge - week of {{DATE:3/25}}

Hi both - quick numbers + 2 issues.
Volume 71 pts (goal 60), avg dwell 1h47m, 11 pts >3h.
Issue 1: {{DATE:Wed 3/27}} pt {{NAME:Harlan Moody}} left the lounge before his Meds-to-Beds Rx came up; pharmacy ({{NAME:Tuan}}) called him at {{PHONE:774-555-0120}}, his wife drove back. He also complained the lounge chair was "like sitting on a rock" - bought 2 recliners? need $.
Issue 2: ambulette co {{FACILITY:Bay State Chair Car}} late 4x this week (pts {{NAME:Lund}}, {{NAME:Feeney}}, {{NAME:Dumitrescu}}, {{NAME:B. O'Shaughnessy}}). Their dispatcher {{NAME:Sal}} at {{PHONE:508-555-0117}} says short drivers. Can case mgmt use {{FACILITY:Metro Medivan}} as backup?
Press Ganey comments mentioned the lounge 3x, all positive for RN {{NAME:Keisha}}.
{{NAME:Gwen}}`,
  `INTERFACILITY TRANSPORT RECORD - {{FACILITY:Coastline Critical Care Transport}}
Run # {{ID:CCT-240324-117}}   Date {{DATE:03/24/2024}}   Unit CC-7   Crew: RN {{NAME:Odalys Ferrer}}, medic {{NAME:Jake Brennan}}, EMT {{NAME:Pooja}}
From: {{FACILITY:St. Brendan Medical Center}}, Tele 322 ({{LOCATION:Worcester}})  ->  To: {{FACILITY:Sacred Heart of Providence}} NICU 14
Pt: {{NAME:FELICIANO, ROSA M}}  DOB {{DATE:07/30/1965}}  MRN (sending) {{MRN:01610442}}
Dx SDH; GCS 13 -> 12 en route. Nicardipine 7.5 mg/h, SBP goal <140.
Times: dispatched 2302, at pt 2331, depart 2349, arrive 0051, transfer of care 0058 to RN {{NAME:Keegan}}.
Billing: Medicaid? no - {{HEALTH_PLAN:BCBSMA ZGP66104492}}; transport acct {{ACCOUNT:CCT-88140219}}.
Personal items with pt: glasses, phone (given to husband {{NAME:Wilfredo Feliciano}} at receiving).
Signed {{NAME:O. Ferrer}} RN, cert {{LICENSE:RN2114038}}.`,
  `PRIVACY INCIDENT - EHR ACCESS AUDIT (inappropriate access)
Privacy case {{ID:PRV-24-0061}}   opened {{DATE:2024-04-03}}   Privacy officer: {{NAME:Genevieve Thackeray}}
Trigger: pt {{NAME:Kayla Summers}} (MRN {{MRN:02011534}}, confidential/no-info status since {{DATE:3/17}}) reported that boyfriend's sister, a hospital employee, knew her diagnosis.
Audit results (user / emp / workstation):
- {{NAME:BRANDT, TAMMY L}} / {{ID:E37719}} / PACS reading rm, IP {{IP:203.0.113.52}} - {{DATE:03/18/2024 02:14}} - opened ED note, labs (no treatment role)
- {{NAME:BRANDT, TAMMY L}} / {{ID:E37719}} / IP {{IP:203.0.113.52}} - {{DATE:03/19/2024 23:40}} - viewed demographics
- RN {{NAME:Marcy Quintanilla}} / {{ID:E29054}} - treating RN, appropriate
Employee is a unit secretary on 7 South, no role in care. HR ({{NAME:Celestine Obi}}) and mgr {{NAME:Demir}} notified; access suspended.
Breach risk assessment: reportable; notification letter mailed {{DATE:4/12}} to pt at {{ADDRESS:5021 34th St, Apt 118}}, {{LOCATION:Lubbock}}, TX {{ZIP:79410}}.`,
  `PHARMACY AUTOMATION - USER ACCESS LOG (BioID / palm vein)
Report {{DATE:04/05/2024}}  Cabinet: 5 West Pyxis ES main  Requested by mgr {{NAME:Effie Mavros}}
User                   Emp#      Template ID              Action                 Date/time
{{NAME:Jenna Koutsoukos}}       {{ID:E55129}}    {{BIOMETRIC:FP-0055129-R2}}        fingerprint re-enrolled {{DATE:04/04/2024 1903}}
{{NAME:Femi Adebowale}}         {{ID:E61477}}    {{BIOMETRIC:PV-61477-0093A}}      palm-vein login failed x6 {{DATE:04/04/2024 2210}}
{{NAME:Gus Albrecht}}           {{ID:E41207}}    {{BIOMETRIC:FP-0041207-L1}}       override used (insulin) {{DATE:04/05/2024 0340}}
Note: override by {{NAME:Albrecht}} for pt {{NAME:Dorsey, Lamont}} rm 530, insulin lispro 6 units - order verified after 12 min.
Palm reader on cabinet SN {{DEVICE:PYX-PVR-77102}} replaced by biomed {{DATE:4/5}}.
Reviewed by {{NAME:E. Mavros}} and PharmD {{NAME:Tuan Le}} - no diversion concern.`,
  `*** CAPACITY STATUS - HOUSE SUPERVISOR REPORT ***
*** {{DATE:04/06/2024 05:30}} *** SUP: {{NAME:ODOM, RANDALL}} PGR {{PHONE:4470}} ***
HOUSE CENSUS 429 / 438 STAFFED  --  SURGE LEVEL 2 (YELLOW)
ED: 38 PTS, 12 ADMITTED HOLDS, LONGEST {{NAME:VOSS, ELEANOR}} ({{AGE:95}}F, MRN {{MRN:02244806}}) 27H - NEEDS TELE
ICU: MICU 16/16, CVICU 11/12, NICU N/A
FLOORS: 5 WEST 32/32, 7 SOUTH 30/30, {{FACILITY:PEMBERTON 6}} 27/28, {{FACILITY:ALCOTT 4}} 24/24, TELE 24/24
PENDING DC BEFORE 1100: {{NAME:MOODY H}} 708, {{NAME:KOWALSKI I}} 520, {{NAME:HUANG W}} 504, {{NAME:TIBBS R}} 712 (TO {{FACILITY:CEDAR HOLLOW}}, AUTH PENDING)
DIVERSION: NOT ON DIVERSION. {{FACILITY:MERCY HALDANE}} ON DIVERSION SINCE 0200.
TRANSFERS PENDING: {{ID:TC-24-04-0102}} FROM {{FACILITY:DUNMORE REGIONAL}} (DR {{NAME:KESSLER}}), PT {{NAME:AMADI, CHINONSO}} - HOLD
STAFFING: 5 CALL-OUTS NIGHTS, FLOAT POOL EXHAUSTED. {{NAME:A-C DEVEREAUX}} HELD OVER 4H MICU.
OPEN ISSUES: ELEVATOR C DOWN (FAC WO {{ID:FM-22018}}); STAT CT BACKLOG.
REPORT GIVEN TO DAY SUP {{NAME:K. ABERNATHY}} 0700.`,
  `Agency contract - early termination notice (float pool)
To: {{FACILITY:Northgate Travel Nursing}} clinical liaison {{NAME:Bernadette Kowalczyk-Hale}}, {{EMAIL:bkhale@northgatetn.com}}, fax {{FAX:(866) 555-0112}}
From: {{NAME:Marisol Ybarra}}, Staffing & Scheduling
Date: {{DATE:April 8, 2024}}

Clinician: {{NAME:Luis Ferreira-Mota}}, RN, MA lic {{LICENSE:RN-MA 2289015}}, NPI {{LICENSE:1952846630}}, our badge {{ID:A90145}}
Assignment: float pool, start {{DATE:3/23/24}}, contract end {{DATE:6/15/24}}.
Reason for termination: 2 documented events - (1) {{DATE:3/30}} left 5 West pt {{NAME:Dorsey, L.}} (rm 530) on insulin gtt without handoff for 40 min; (2) {{DATE:4/5}} no-call no-show.
Charge RN statements: {{NAME:Effie Mavros}} and {{NAME:Dimitri Stavros}} on file. Safety event {{ID:SE-2024-02290}}.
Per contract section 9.2, last shift {{DATE:4/8}}; badge and Vocera to be returned to security (Sgt. {{NAME:Haines}}, badge office L1).
Please confirm receipt.
{{NAME:M. Ybarra}}  {{PHONE:508-555-0171}}`,
  `NURSE MANAGER FOLLOW-UP - WORKPLACE VIOLENCE (pt to staff)
Event {{ID:SE-2024-02117}}   Date {{DATE:03/21/2024}} approx 1410   Unit 7 South rm 706
Staff injured: PCT {{NAME:Alfonso Reyes-Mendoza}} (emp {{ID:E52211}}) - punched L cheek while repositioning pt.
Pt: {{NAME:Kowalczyk, Adam}}, MRN {{MRN:01554920}}, known to security from ED {{DATE:3/13}}; behavioral flag was NOT visible on 7 South board.
Immediate: security to room (officer {{NAME:Nkemdirim}} badge {{ID:1184}}), Dr. {{NAME:Oduya}} paged; pt calmed, no restraints.
Employee health: {{NAME:Alfonso}} seen {{DATE:3/21}} 1500 by NP {{NAME:Gloria Estevez}}, contusion, x-ray neg, 2 days off. Workers' comp claim {{ID:WC-24-00391}}.
Follow-up with staff {{DATE:3/22}} (huddle): reviewed flag, assigned 2-person care, Code Silver vs Dr. Strong criteria.
Employee offered EAP and chose to press charges - {{LOCATION:Worcester}} PD report {{ID:24-W-11807}}.
Manager: {{NAME:Yusuf Demir}}; reviewed with director {{NAME:R. Odom}} {{DATE:3/25}}.`,
  `SERVICE RECOVERY LOG - 6 NORTH   week ending {{DATE:04/13/2024}}   mgr {{NAME:T. Whitfield}}
Date   Pt / room                        Issue                              Recovery                       By
{{DATE:4/8}}    {{NAME:Bianchi, Lorenzo}} 604           cold food x3 meals                 meal voucher, RD visit         {{NAME:Keisha}}
{{DATE:4/9}}    Mrs. {{NAME:Akintola}} 609              roommate TV loud until 0200        moved to 615, earplugs         {{NAME:Dmitri}}
{{DATE:4/9}}    {{NAME:Halvorsen, G.}} 612           dtr {{NAME:Ingrid}} upset, no MD call  hospitalist called same day    {{NAME:TW}}
{{DATE:4/10}}   "{{NAME:Sonny}}" {{NAME:Delacroix}} 620     IV restarted 5x                    IV team consult, apology       {{NAME:Keisha}}
{{DATE:4/11}}   {{NAME:Pham Van Duc}} 602           glasses broken by transport        replaced via Risk {{ID:RM-24-118}}  {{NAME:TW}}
{{DATE:4/12}}   {{NAME:Gertrude Ames}} ({{AGE:100}}) 607   100th birthday on the unit        cake + card signed by staff    {{NAME:Dmitri}}
Totals: 6 events, $84 in vouchers. HCAHPS "staff explained" top-box 74% (up from 69%), n=31.
Spend charged to cost center 61040. New events to {{EMAIL:6north.mgr@stbrendanhealth.org}}.`,
  `OB RAPID RESPONSE / PPH DEBRIEF   {{DATE:3/31/2024}}   L&D OR 2 -> PACU
Pt: {{NAME:Ramirez Lopez, Guadalupe}}, G3P3, 29y, MRN {{MRN:01900316}}, ins {{HEALTH_PLAN:MassHealth 100388412607}}
Event: QBL 1850 mL after SVD at 0412; uterine atony. OB hemorrhage stage 3 called 0431.
Team: OB Dr. {{NAME:Adaeze Nwosu}}; anesthesia Dr. {{NAME:Gregor Lindqvist}}; charge RN {{NAME:Tiffani}}; blood bank tech {{NAME:Ravi}} (ext {{PHONE:4-4410}}).
Tx: oxytocin, Methergine 0.2 mg IM, Hemabate 250 mcg x2, TXA 1 g, 2u PRBC + 1 FFP (MTP not activated). Bakri balloon 0455.
Interpreter: Spanish in-person {{NAME:Yolanda}} arrived 0438; husband {{NAME:Jose Luis}} updated 0500.
Debrief: + QBL tracking, + hemorrhage cart stocked. - blood cooler took 19 min; - baby boy {{NAME:Ramirez}} needed a NICU RN while team was busy.
Follow-up: blood bank turnaround audit ({{NAME:Ravi}}), in-situ drill {{DATE:4/18}}.
Written by {{NAME:T. Goins}}, RN, {{EMAIL:tgoins@stbrendanhealth.org}}.`,
  `CODE BLUE - NON-PATIENT (VISITOR)   Event {{ID:CB-24-0077}}
{{DATE:04/07/2024}} 1152, parking garage level 3 near elevator B.
Victim: visitor {{NAME:Gerald}} "{{NAME:Gerry}}" {{NAME:Upshaw}}, 67M, visiting wife on {{FACILITY:Alcott 4}}.
Bystander CPR by {{NAME:Ashlyn}}, off-duty RN from {{FACILITY:Mercy Haldane Hospital}}. Security officer {{NAME:Rios}} (badge {{ID:S-4412}}) brought AED (SN {{DEVICE:HS1-B18J-30217}}), 1 shock. ROSC 1201.
ED team leader Dr. {{NAME:Oduya}}. Registered as pt: MRN {{MRN:02260118}}, DOB {{DATE:11/3/1956}}.
His car was left running: silver Camry, MA plate {{VEHICLE:4YTR82}} - moved by security, keys in property envelope {{ID:P-24-0233}}.
Wife {{NAME:Delphine Upshaw}} ({{FACILITY:Alcott 4}} rm 411) told by chaplain {{NAME:Haddad}}; son {{NAME:Marcus}} called {{PHONE:(508) 555-0103}}.
Debrief: no overhead speakers in garage - code called by cell to x{{PHONE:5555}}; ED team took 6 min (ramp). AED cabinet alarm worked.
Recommend: AED + blue-light phone on level 3. Submitted {{DATE:4/8}} by {{NAME:S. Kilbride}}.`,
  `Re: fall rm 5W-516 - follow-up
From: {{NAME:Effie Mavros}} <{{EMAIL:emavros@stbrendanhealth.org}}>
Date: {{DATE:Mon, 8 Apr 2024 10:14}}
To: {{NAME:Ngozi Eze}}
Cc: {{NAME:Tomasz Wiśniewski}}; Dr. {{NAME:Szymanski}}

{{NAME:Ngozi}} - follow-up on event {{ID:SE-2024-02402}}.
Pt {{NAME:Fontaine, Yvette}}, 81F, MRN {{MRN:01734426}}, fell in bathroom {{DATE:Sat 4/6}} at ~2030 while daughter {{NAME:Colette}} was walking her. Morse 55, assist x2 with walker per PT. No injury; CT not needed per Dr. {{NAME:Szymanski}}.
Post-fall huddle held 2100 w/ RN {{NAME:Tomasz}} and PCT {{NAME:Nia}}. Daughter said "nobody told me she needed two people" - mobility status was on the whiteboard as "1 assist" (not updated after PT eval {{DATE:4/5}}).
Actions: whiteboard update is now part of the PT handoff; family mobility teaching sheet; bed alarm on at night.
Daughter {{NAME:Colette Fontaine-Marsh}} ({{PHONE:508-555-0140}}) satisfied with the call yesterday.
{{NAME:Effie}}`,
  `PERIOPERATIVE PRESSURE INJURY REVIEW
Pt {{NAME:Castellano, Vittoria}}, {{AGE:92}}F, MRN {{MRN:00771904}}. L hip hemiarthroplasty {{DATE:03/18/2024}}, OR 7, 3h40m incl. 55 min delay for implant.
Found {{DATE:3/20}} on {{FACILITY:Pemberton 6}}: DTPI both heels; R heel unstageable by {{DATE:3/25}}.
Periop team: surgeon Dr. {{NAME:Haverford}}; anesthesia Dr. {{NAME:Lindqvist}}; circulator {{NAME:Moira}}; scrub {{NAME:Deshawn}}.
Equipment: OR table SN {{DEVICE:STR-5085-11432}}, gel pad last replaced 2021. Heel float boots not applied in PACU (PACU RN {{NAME:Hollis Grant}} states none on shelf).
Risk: Braden 12 preop, albumin 2.8, PAD. Scott Triggers score 4/4 (high) - not acted on.
Actions: heel offloading in OR for Scott >=3; PACU par 10 boots; gel pad replacement. Owner periop mgr {{NAME:Seamus Doherty}}.
Son {{NAME:Renato Castellano}} ({{LOCATION:Providence}}, {{PHONE:401-555-0124}}) informed {{DATE:3/26}} by Dr. {{NAME:Haverford}} - disclosure documented.
WOC photos {{PHOTO:HEEL_L_00771904_0325.jpg}}, {{PHOTO:HEEL_R_00771904_0325.jpg}}.`,
  `SAFETY ATTENDANT LOG - SUICIDE PRECAUTIONS (1:1, arm's length)
Pt: {{NAME:LEAUANAE, TAVITA}}  19F  MRN {{MRN:02271950}}  ED 4 -> 7 South 714   {{DATE:04/09/2024}}
Belongings search at 1340 by RN {{NAME:Quincy}} + security {{NAME:Nkemdirim}}: phone, charger cable, hoodie w/ drawstring, shoelaces, razor removed -> locker 22, property # {{ID:P-24-0241}}.
Room safety check done (cords, trash liners, bed controls) - {{NAME:QA}}.
1400  attendant {{NAME:Lupe Tago}} ({{ID:E70315}})   quiet, tearful
1530  {{NAME:Lupe Tago}}               asked to call mom {{NAME:Sina}} - allowed on unit phone w/ attendant present
1700  {{NAME:Lupe Tago}}               ate 50% dinner, finger foods only
1900  relief {{NAME:Ibrahim K.}} ({{ID:E71158}})   watching TV
2130  {{NAME:Ibrahim K.}}              psych consult Dr. {{NAME:Brightwater}} in room
Plan per psych: voluntary admit; bed search - {{FACILITY:Marlowe House}} and {{FACILITY:Ingersoll Behavioral Health Pavilion}}, no beds tonight.
Mom {{NAME:Sina Leauanae}} at {{PHONE:(508) 555-0135}}, lives {{LOCATION:Leominster}}.`,
  `SECLUSION / RESTRAINT DEBRIEF - {{FACILITY:Ingersoll Behavioral Health Pavilion}}, unit 2B
Event {{ID:BH-SR-24-031}}   {{DATE:4/11/2024}}   Seclusion 0922-1010 (48 min)
Pt: {{NAME:Ellison, Marcus T.}}, 34M, MRN {{MRN:02105527}}. Threw chair in dayroom, threatened peer "{{NAME:Kenny}}".
Order: Dr. {{NAME:Wren Abernathy-Kole}} (psychiatry) 0925; face-to-face by RN {{NAME:Dolores Ybarra}} 0940.
Monitored continuously via camera + in person (MHW {{NAME:Terrence}}). Camera still archived {{PHOTO:2B-SECL-CAM1_20240411_0931.png}}.
Debrief with pt 1100: states he heard his court date was moved; wants to call PD atty {{NAME:Leah Goldfarb}} ({{PHONE:508-555-0196}}). Court case {{ID:2462CR001447}}.
Staff debrief: de-escalation tried 8 min (offered PRN, quiet room); peer removed. Staff {{NAME:Terrence}} minor scratch - employee health.
Sister {{NAME:Tanya Ellison}} notified per pt's release, {{EMAIL:tanya.ellison88@yahoo.com}}.
Reviewed by nurse mgr {{NAME:Hal Brubaker}} {{DATE:4/12}}; CMS log updated (not a reportable death).`,
  `LOST & FOUND - SHUTTLE   Item # {{ID:LF-24-0519}}
Found: {{DATE:04/10/2024}} 1745, hospital shuttle 3 (garage <-> {{FACILITY:Harriet Lowe}} loop), rear seat, by driver {{NAME:Benny Okorafor}}.
Item: black Samsung phone in glitter case, IMEI {{DEVICE:356938110482214}}. Lock screen: photo of 2 kids, text "if found call {{PHONE:508-555-0149}}".
Called number 1800 - reached {{NAME:Alisha Grant-Whitby}}, says phone belongs to her father {{NAME:Lionel Whitby}}, pt discharged today from {{FACILITY:Harriet Lowe Pavilion}} (MRN {{MRN:01988402}}).
Verified: name + DOB {{DATE:2/2/1950}} match; pt address on file {{ADDRESS:77 Greenwood Ave}}, {{LOCATION:Auburn}} {{ZIP:01501}}.
Held in security safe, released {{DATE:4/11}} 0930 to {{NAME:Alisha}} with pt's written consent, photo ID (MA DL {{LICENSE:S77420168}}) checked by officer {{NAME:V. Haines}} badge {{ID:1127}}.
Shuttle plate {{VEHICLE:3KT 881}} (MA) - driver log updated.
Closed by {{NAME:dk}}.`,
  `SPIRITUAL CARE - DEATH / RELEASE OF BODY NOTE
Decedent: {{NAME:Nguyen Thi Lan}}, {{AGE:91}} y/o, MRN {{MRN:00653318}}, MICU 3
Time of death {{DATE:03/08/2024 0412}}, pronounced by Dr. {{NAME:Carvalho}}. Comfort care since {{DATE:3/6}}.
Present: son {{NAME:Hoa}}, granddaughter {{NAME:Vy}}; chaplain {{NAME:Yusra Haddad}}; Fr. {{NAME:Grabowski}} (came 0445 for prayers).
OPO referral made 0420, ref # {{ID:NEDS-240308-0117}} - not a candidate.
ME notification: not an ME case (call ref {{ID:ME-24-3321}}, investigator {{NAME:Pauline Serrano}}).
Family chose {{FACILITY:Tran Family Funeral Home}}, {{ADDRESS:10220 Westminster Ave}}, {{LOCATION:Garden Grove}}, CA {{ZIP:92843}} - local partner {{FACILITY:Callahan & Sons Funeral Service}} {{PHONE:(508) 555-0115}} picked up 1030.
Belongings: rosary, jade bracelet, dentures returned to son (signed).
Bereavement follow-up letter to {{EMAIL:vytran.family@gmail.com}}. Chaplain {{NAME:YH}}.`,
  `ETHICS CONSULT - REQUEST TO WITHHOLD DIAGNOSIS
Consult {{ID:EC-24-026}}   {{DATE:4/2/24}}   Requested by oncology NP {{NAME:Marguerite Tully}}
Pt: {{NAME:Chen Yufang}} ({{NAME:CHEN, YU FANG}} in registration), 79F, MRN {{MRN:01955230}}, 4 North 407. Mandarin-speaking.
New dx: metastatic pancreatic ca. Son {{NAME:Chen Wei}} and daughter {{NAME:Lily Chen-Morales}} ask team not to tell her, "in our culture we protect parents". Family from {{LOCATION:Guangzhou}}; pt moved to {{LOCATION:Quincy}} 2019.
Meeting {{DATE:4/3}} 1400: ethics Dr. {{NAME:Asante}}; NP {{NAME:Tully}}; interpreter {{NAME:Mei}} ({{ID:INT-50817}}); SW {{NAME:Ocampo}}.
With interpreter (not family) pt was asked how much she wants to know: "tell my son, he decides" - documented.
Recommendation: honor pt's expressed preference to delegate; son designated to receive info; reassess if she asks directly.
Son contact {{PHONE:617-555-0173}}, {{EMAIL:wchen.quincy@outlook.com}}.`,
  `INTERPRETER REQUEST - ASL   {{DATE:04/15/2024}}   Req {{ID:IR-56302}}
Unit 4 North 402. Pt {{NAME:Imogen Stratton}} (MRN {{MRN:01820063}}) is hearing; husband Mr. {{NAME:Philip Stratton}} is Deaf, ASL user, health care proxy.
Needed: CDI + ASL team for surgical consent {{DATE:4/16}} 0800 with Dr. {{NAME:Haverford}}, and daily rounds.
Booked: {{FACILITY:Silent Voices Interpreting}}, booking # {{ID:SVI-88213}}, interpreters {{NAME:Roxanne Belanger}} (CDI) and {{NAME:Tom Aucoin}}.
Overnight: VRI on cart #1 (asset {{DEVICE:VRI-CART-0011}}) - husband says VRI picture freezes, prefers in-person.
Contact husband by videophone {{PHONE:(774) 555-0190}} or text/email {{EMAIL:pstratton.asl@gmail.com}} - do NOT call his voice line.
Note from {{DATE:4/14}}: RN {{NAME:Lisette}} wrote notes on paper for 2 hrs before VRI found - husband upset, mentioned ADA complaint. Patient relations case {{ID:PX-24-0517}} opened ({{NAME:T. Whitfield}}).
Coordinator: {{NAME:Paula Sandoval}}, x{{PHONE:4-6120}}.`,
  `SECURITY - CONTRABAND / WEAPON FOUND   IR {{ID:SEC-24-0467}}
{{DATE:4/13/24}} 1630   ED triage, belongings search of pt {{NAME:Rourke, Declan}} (MRN {{MRN:02288013}}) per behavioral protocol.
Found: folding knife (4 in), 2 unlabeled pill bottles, vape pen. Property voucher {{ID:PV-007731}}.
Pharmacist {{NAME:Tuan Le}} identified pills as oxycodone 30 mg x14 - no Rx on PMP.
Pt's vehicle (black Jeep, NH plate {{VEHICLE:4418772}}, VIN {{VEHICLE:1C4HJXDG7JW114803}}) parked in ambulance bay - towed by {{FACILITY:Kelleher Towing}} {{PHONE:(508) 555-0158}} at 1710.
Officers {{NAME:M. Rios}} (badge {{ID:S-4412}}) and {{NAME:Nkemdirim}} (badge {{ID:1184}}). {{LOCATION:Worcester}} PD officer {{NAME:Amaral}} took pills, incident {{ID:24-W-13320}}.
Knife held until discharge; released {{DATE:4/14}} to brother {{NAME:Fintan Rourke}} (DL {{LICENSE:NHL08814272}}) at main lobby.
Pt informed by RN {{NAME:Marcy}}; no charges per PD at this time.
Reviewed by {{NAME:D. Kuykendall}}, security mgr.`,
  `EVS / INFECTION PREVENTION - BED BUG RESPONSE
WO {{ID:EV-891277}}   {{DATE:04/16/2024 0810}}   Unit 7 South rm 711
Pt {{NAME:Haskins, Loretta}} ("{{NAME:Lolly}}"), 66F, MRN {{MRN:02290514}}; live bug found on pillow by PCT {{NAME:Alfonso}} at 0745.
Actions: pt showered, belongings double-bagged and labeled (returned at d/c, not washed per pt), pt moved to 7 South 704 in clean gown.
Room 711 closed; heat treatment by {{FACILITY:Bay Path Pest Solutions}}, tech {{NAME:Gino Lattanzi}}, {{PHONE:508-555-0166}}; wheelchair (asset {{DEVICE:WC-00442}}) and bed (SN {{DEVICE:HR-CEN-41208}}) treated and tagged.
IP RN {{NAME:Saoirse McAuliffe}} notified {{DATE:4/16}} 0830; no other rooms affected on inspection.
Pt lives at {{ADDRESS:14 Vernon St, Apt 3L}}, {{LOCATION:Worcester}} {{ZIP:01610}}; SW {{NAME:Ocampo}} gave her the tenant rights flyer and a pest contact for her landlord.
IP office fax {{FAX:508-555-0189}}. EVS lead {{NAME:Rosalind Achterberg}} signed off 1400.`,
  `TRANSFER CENTER - PEDIATRIC INBOUND   Ref {{ID:ACH-TC-24-1182}}
Call {{DATE:2024-04-12 21:05}} from {{FACILITY:Sonoita Valley Community Hospital}}, {{LOCATION:Nogales}}, AZ; ph {{PHONE:(520) 555-0170}}
Referring Dr. {{NAME:Ximena Ochoa-Blum}}; our PICU attending Dr. {{NAME:Hyun-woo Park}}; TC RN {{NAME:Delia}}.
Pt: {{NAME:Amelia Rose Dufresne}}, DOB {{DATE:02/26/2024}} (6 wk), wt 4.1 kg. RSV bronchiolitis, HFNC 8L FiO2 50%, apneas x2.
Mom {{NAME:Brittany Dufresne}}, {{PHONE:520-555-0122}}; dad {{NAME:Cole}} deployed.
Ins: AHCCCS ID {{HEALTH_PLAN:A81204477}}.
2112 accepted to {{FACILITY:Alvarado Children's Hospital}} PICU bed 6.
2120 transport {{FACILITY:Desert Sky Pediatric Transport}} ground, ETA 2350; team RN {{NAME:Marisela}}.
Records/images: {{URL:https://svch-share.example.org/x/77QL2}}, fax {{FAX:520-555-0171}}.
Mom riding along; grandma {{NAME:Deb Ruelas}} driving from {{LOCATION:Rio Rico}}.
Closed 2355 pt arrived. {{NAME:D. Arviso}}`,
  `DISCHARGE LOUNGE - EVENT NOTE   {{DATE:4/17/2024}} 1315   RN {{NAME:Gwen Hollister}}
Pt {{NAME:Szabo, Ferenc}} 72M, MRN {{MRN:02066381}}, from 5 West 509. Home O2 2L required (ambulatory sat 86% RA).
Waiting on portable O2 delivery from {{FACILITY:Keystone Respiratory Home Care}} (ordered 0930, ref {{ID:KRH-554102}}).
1240 pt stated "I'm not waiting anymore" and walked out with wife {{NAME:Erzsebet}} to car (green Subaru, plate {{VEHICLE:2BXM47}}) without O2.
RN followed to lobby, explained risk; pt declined to return. Called Dr. {{NAME:Krishnaswamy}} 1250 - advised AMA form; pt refused to sign.
1305 called pt cell {{PHONE:508-555-0184}}: wife driving, pt "fine". DME to deliver to home {{ADDRESS:3 Birch Hill Ln}}, {{LOCATION:Holden}} {{ZIP:01520}} by 1600 - confirmed by {{NAME:Roxana}} at {{FACILITY:Keystone}}.
Follow-up call 1630 by RN {{NAME:Keisha}}: O2 delivered, pt sat 93% on 2L.
Safety event {{ID:SE-2024-02511}} filed (delay in DME). Mgr {{NAME:Mavros}} aware.`,
  `TRANSPORT - MRI SAFETY HOLD   Job {{ID:T-42217}}   {{DATE:04/18/2024}}
Pt: {{NAME:Delacroix, Antoine}} ("{{NAME:Sonny}}"), 77M, MRN {{MRN:01166053}}, 6 North 620 -> MRI 1.
Transporter {{NAME:Emeka Obi}} arrived 1010; MRI tech {{NAME:Zuzana Hrabal}} held pt at zone 3: pacemaker on screening form.
Device: MR-conditional pacemaker system, generator SN {{DEVICE:RNV402884S}}, leads SN {{DEVICE:PJN2210193}} / {{DEVICE:PJN2210287}}. Pt's device card photo uploaded ({{PHOTO:DEVCARD_01166053.jpg}}).
Cardiology NP {{NAME:Aurelia Szewczyk}} paged {{PHONE:2231}}; rep {{NAME:Grant}} from device co. on site 1115 to set MRI mode.
Scan 1130-1210 with RN {{NAME:Keisha}} monitoring; device reprogrammed 1225.
Delay 2h15m - bed on 6N held; pt's daughter {{NAME:Simone Delacroix}} ({{PHONE:(508) 555-0107}}) asked why.
Lesson: screening form done at order entry but MRI not told until transport; informatics {{NAME:Kenji Watanabe}} to add flag.`,
  `PRESS GANEY / HCAHPS COMMENT EXPORT - 6 NORTH - Q1 2024 (excerpt)
survey_id,disch_date,rating_0_10,comment,staff_named,routed_to
{{ID:PG-7782014}},{{DATE:2024-03-30}},4,"call light took forever. nurse {{NAME:Keisha}} was the only kind one",{{NAME:Keisha}},{{NAME:TWhitfield}}
{{ID:PG-7782031}},{{DATE:2024-03-28}},10,"Dr {{NAME:Szymanski}} explained everything, thank you to {{NAME:Dmitri}} RN",{{NAME:Dmitri}},{{NAME:TWhitfield}}
{{ID:PG-7782102}},{{DATE:2024-04-04}},2,"my mother {{NAME:Adaeze Okafor}} lost her hearing aid and no one cared",,{{NAME:TWhitfield}}
{{ID:PG-7782150}},{{DATE:2024-03-15}},9,"loved {{NAME:Gertie}} the volunteer with the therapy dog Biscuit",{{NAME:Gertie}},Volunteer Svcs
{{ID:PG-7782177}},{{DATE:2024-03-22}},7,"food cold, room 612 was noisy",,Food & Nutrition
Summary: top-box overall 68% (n=31), responsiveness 58%, communication w/ nurses 77%.
Dashboard: {{URL:https://stbrendan.pgdashboard.example.com/unit/6N?q=2024Q1}}  Pulled by {{NAME:kb}}.`,
  `from: {{NAME:carys pritchard}}
to: {{NAME:r. odom}}
date: {{DATE:fri 4/19/24}}
re: {{FACILITY:alcott 4}} weekly

{{NAME:randall}} - short version this wk:
- census avg 23.4/24, los 5.1. 3 boarders from ED (incl mr {{NAME:okoro}}? no - he went to 412 on {{DATE:3/21}}, fine).
- falls: 0. hapi: 0 new; mr {{NAME:gallagher}} sacrum healing, d/c'd to {{FACILITY:Cedar Hollow}} {{DATE:4/16}}.
- staffing: {{NAME:jenna k}} back from LOA {{DATE:4/22}}. posting 0.9 FTE nights - {{NAME:bo-ra}} from float pool interested.
- med events: 1 - wrong-time vanc ({{ID:SE-2024-02560}}), no harm, RN {{NAME:dimitri s}} coached.
- complaints: 1 - pt {{NAME:bianchi}}'s wife {{NAME:rosa}} re: parking fees. gave 5 passes.
- hcahps: rn communication 81% (goal 80) - shout out {{NAME:keisha}} and {{NAME:hollis}}.
- equipment: bed 409 scale broken, biomed wo {{ID:CE-2024-07102}}, bed sn {{DEVICE:HR-CEN-40955}}.
- mtg w/ {{NAME:ngozi}} re: purewick audit tues.
call me {{PHONE:508-555-0102}} if q's.
{{NAME:c}}`,
  `TEXT THREAD - night charge RNs <-> staffing office   {{DATE:4/20}}
17:42 STAFFING ({{NAME:Marisol}}): 5W you're at 30 pts, 6 RN. {{NAME:Gus}} called out. can {{NAME:Ifeoma}} float from tele?
17:45 TELE CHARGE ({{NAME:Hollis}}): no - we got 2 drips. try {{FACILITY:pemberton 6}}
17:48 {{FACILITY:PEM6}} CHARGE ({{NAME:Bo-Ra}}): can give {{NAME:Ollie}} at 2300 after admit settles
17:50 STAFFING: ok. also {{NAME:Luis F-M}} is NOT to be scheduled, contract ended {{DATE:4/8}}
17:51 5W CHARGE ({{NAME:Effie}}): ty. fyi timeclock rejected my punch again
17:53 STAFFING: finger template issue - pls have IT re-enroll, your template id {{BIOMETRIC:KR-TC-55129-03}} was flagged. use badge punch + exception form
18:02 5W CHARGE: also pt {{NAME:Szabo}} back thru ED, 82% on RA lol. bed 509 again
18:03 STAFFING: noted. {{NAME:Anne-Claire}} avail at 1900 for 4h, sending to you
18:30 5W CHARGE: she's here ty. grid ok now 1:5
Export for {{NAME:M. Ybarra}} - {{EMAIL:staffing@stbrendanhealth.org}}`,
  `FLOAT POOL - COMPETENCY / CREDENTIAL RECORD
Employee: {{NAME:KIM, BO-RA}}   Emp # {{ID:E31150}}   Badge {{ID:0031150-04}}   Hire {{DATE:08/14/2019}}
Home: Float Pool RN II   Mgr: {{NAME:Marisol Ybarra}}
License: MA RN {{LICENSE:RN2301194}}, exp {{DATE:10/31/2025}}   NPI {{LICENSE:1730598214}}
Certs: BLS exp {{DATE:06/2025}}; ACLS exp {{DATE:09/2024}}; PCCN (2022) ; NIHSS done.
Units oriented: 5 West ({{DATE:9/2019}}), Tele, {{FACILITY:Pemberton 6}}, {{FACILITY:Alcott 4}}, 7 South. NOT oriented: MICU, L&D, Peds.
Skills checklist signed by preceptor {{NAME:Hollis Grant}} {{DATE:3/2/2024}}: CRRT? no. Insulin gtt yes. Heparin gtt yes. Restraint/seclusion yes.
Annual comp day {{DATE:Feb 7, 2024}} - passed Alaris 8015 pump skills, Zoll, Hoyer.
Emergency contact: mother {{NAME:Kim Soon-ja}} {{PHONE:617-555-0193}}.
Home address on file: {{ADDRESS:52 Fairmount Ave, #3}}, {{LOCATION:Worcester}} {{ZIP:01604}}.
Record reviewed {{DATE:4/22/24}} by {{NAME:MY}}.`,
  `CODE CART / PHARMACY POST-CODE AUDIT   Code {{ID:CB-24-0081}}
Code date {{DATE:04/21/2024}}, 0246, 7 South rm 714. Pt {{NAME:Leauanae, T.}} MRN {{MRN:02271950}} - anaphylaxis after IV ceftriaxone, no arrest; epi given.
Cart # 7S-1. Opened by RN {{NAME:Ibrahim Kader}}; restocked by pharmacy tech {{NAME:Naveen}} 0410.
Meds used: epinephrine 1 mg/10 mL x1, epinephrine 1 mg/1 mL IM x1, diphenhydramine 50 mg, methylpred 125 mg. Lot/exp recorded on sheet.
Discrepancy: cart log missing 1 amiodarone 150 mg vial - found in sharps bin, witnessed by {{NAME:Naveen}} + RN {{NAME:Quincy Abara}}.
Code sheet signed by Dr. {{NAME:Sorensen}} (resident) and recorder {{NAME:LT}}.
Defib on cart (SN {{DEVICE:AR16K077410}}) pads expiring {{DATE:05/2024}} - replaced.
Allergy added to chart: ceftriaxone (anaphylaxis) by PharmD {{NAME:Tuan Le}}.
Mom {{NAME:Sina}} informed 0310 by RN. Audit by {{NAME:Naveen P.}}, {{EMAIL:npatel2@stbrendanhealth.org}}.`,
  `RAPID RESPONSE - MONTHLY TREND REPORT, {{DATE:March 2024}}
Total RRT calls: 61 (prior month: 48). Calls/1000 pt-days: 4.8. Codes outside ICU: 3. Unplanned ICU transfer within 24h of RRT: 14 (23%).
By unit: 5 West 12, 4 North 9, Tele 8, {{FACILITY:Pemberton 6}} 8, 7 South 7, {{FACILITY:Alcott 4}} 6, 6 North 5, other 6.
Trigger: staff worried 21, resp 17, BP 11, neuro 8, HR 4. MEWS >=5 at time of call: 38%.
Cases for review:
- {{DATE:3/15}} 5W 507 {{NAME:Thibodeaux}} ({{ID:RRT-24-1136}}) - sepsis bundle delay
- {{DATE:3/26}} 4N 418 {{NAME:Farah}} - BiPAP filter missing ({{ID:CE-2024-06790}})
- {{DATE:3/29}} Tele 319 {{NAME:Lindgren, Per}} MRN {{MRN:00490217}} - 2nd RRT in 12h, no MD reassessment
Improvement: sepsis order set tile (informatics {{NAME:K. Watanabe}}); RRT follow-up visit at 4h ({{NAME:S. Kilbride}}).
Prepared by RRT coordinator {{NAME:Shauna Kilbride}} {{DATE:4/5/24}} for the Resuscitation Committee (chair Dr. {{NAME:Fatima Al-Rashid}}).`,
  `POST-DISCHARGE FALL FOLLOW-UP CALL
Date {{DATE:04/23/2024}}   Caller: {{NAME:Ngozi Eze}}, RN, Quality   Event {{ID:SE-2024-02402}}
Pt: {{NAME:Yvette Fontaine}}, MRN {{MRN:01734426}}, d/c {{DATE:4/10}} to daughter's home.
Reached daughter {{NAME:Colette Fontaine-Marsh}} at {{PHONE:508-555-0140}} (pt hard of hearing).
Pt now living at {{ADDRESS:211 Mill St}}, {{LOCATION:Paxton}} {{ZIP:01612}}. Home PT from {{FACILITY:Wachusett VNA}} started {{DATE:4/12}}, therapist {{NAME:Ruthanne}}.
No further falls. Using walker, grab bars installed by son-in-law {{NAME:Greg}}. Med list reviewed: stopped zolpidem at d/c.
Daughter asked for a copy of the event review - referred to HIM release of info; request # {{ID:ROI-24-00812}}.
Daughter's comments: "the night nurse {{NAME:Tomasz}} was wonderful, the whiteboard thing was the problem."
Call 14 min. Next: close event at Patient Safety Committee {{DATE:5/2}}.
{{NAME:NE}}/{{NAME:tk}}`,
  `SAFETY EVENT - SPECIMEN LABELING (wrong patient)   {{ID:SE-2024-02633}}
Reported {{DATE:04/24/2024 0615}} by lab tech {{NAME:Oksana Melnyk}} (ext {{PHONE:4-7740}}).
Specimen: CBC/BMP labeled {{NAME:HUANG, WEI-MING}} MRN {{MRN:01399817}}, drawn 0430 on 5 West; results (K 6.9, Hgb 7.1) did not match prior (K 4.1, Hgb 12.8).
Redraw 0620 confirmed pt {{NAME:Huang}} normal. Second pt in same draw round: {{NAME:Dorsey, Lamont}} MRN {{MRN:00447819}} rm 530 - his redraw K 6.8 -> treated (calcium gluconate, insulin/D50) by Dr. {{NAME:Reddy}}.
Cause: PCT {{NAME:Wanda}} printed labels for 2 pts at the computer on wheels, labeled outside the room; barcode scanner on COW (SN {{DEVICE:ZBR-DS8178-44120}}) not charged.
Follow-up by mgr {{NAME:Effie Mavros}}: met with {{NAME:Wanda Mwale}} ({{ID:E66102}}) {{DATE:4/24}}; label-at-bedside re-education for all PCTs; spare scanner battery par.
Both pts told; {{NAME:Dorsey}}'s sister {{NAME:Lorraine}} informed with his permission.`,
  `PATIENT VALUABLES - SECURITY SAFE LOG
Env #      Date in           Pt / MRN                           Contents                                         Out / to whom
{{ID:V-10442}}   {{DATE:04/20/2024}}   {{NAME:Rourke, Declan}} {{MRN:02288013}}      $212 cash, Visa ending {{ACCOUNT:8830}}, gold chain        {{DATE:4/22}} to pt
{{ID:V-10443}}   {{DATE:04/20/2024}}   {{NAME:Okpara, Ngozi A.}} {{MRN:02301145}}    wedding ring, SS card {{SSN:583-21-0467}}           open
{{ID:V-10444}}   {{DATE:04/21/2024}}   {{NAME:Lindgren, Per}} {{MRN:00490217}}       watch, wallet w/ MA DL {{LICENSE:S19285530}}       {{DATE:4/23}} to wife {{NAME:Karin}}
{{ID:V-10445}}   {{DATE:04/22/2024}}   "{{NAME:UNKNOWN, TANGO}}" (trauma alias) {{MRN:02302008}}  phone, keys to Honda, $40     open
Notes: {{ID:V-10443}} pt asked that SS card be shredded? NO - kept, pt to collect. {{ID:V-10445}} later identified as {{NAME:Brian Kessler}}, DOB {{DATE:12/9/1988}}; alias merged by HIM ({{NAME:J. Toussaint}}).
Two-person verification each entry: officers {{NAME:Haines}} / {{NAME:Rios}}. Safe audit {{DATE:4/30}} by {{NAME:D. Kuykendall}}.`,
  `CHAPLAINCY - BEDSIDE WEDDING
Date: {{DATE:Saturday, April 27, 2024}}   Location: {{FACILITY:Harriet Lowe Pavilion}} 5th floor, rm 5104 (palliative)
Pt: {{NAME:Rutherford, Clement}}, 68M, MRN {{MRN:01287733}}, end-stage ALS, wishes to marry partner of 22 yrs, {{NAME:Danielle Osterhaus}}.
Officiant: Chaplain {{NAME:Althea Mwangi}} (ordained, licensed officiant). Marriage license # {{LICENSE:2024-00917}} issued by {{LOCATION:Worcester}} City Clerk {{DATE:4/26}} (court waiver of 3-day wait obtained by atty {{NAME:Nadia Rahimi}}).
Witnesses: RN {{NAME:Femi Adebowale}}, pt's brother {{NAME:Harold Rutherford}} (flew in from {{LOCATION:Edinburgh}}).
Unit staff decorated; nutrition sent cake; music therapist {{NAME:Lark}} played guitar. Photographer (pt's niece {{NAME:Juno}}) took photos - family consent; no staff faces.
Pt communicated vows by eye-gaze device (SN {{DEVICE:TOBII-I16-220487}}).
Assessment: meaning, legacy, joy; spouse anticipatory grief.
Plan: continued support; bereavement follow-up with {{NAME:Danielle}} at {{EMAIL:d.osterhaus@protonmail.com}}.`,
  `ETHICS / ORGAN DONATION - DCD PATHWAY NOTE
Consult {{ID:EC-24-031}}   {{DATE:04/25/2024}}
Pt: {{NAME:Ashworth, Kieran}}, 24M, MRN {{MRN:02299340}}, MICU 14; severe anoxic injury after overdose {{DATE:4/21}}; not brain dead (cough, some breaths).
Family decided to withdraw life support {{DATE:4/24}} (mother {{NAME:Siobhan Ashworth}}, father {{NAME:Rhys}}). OPO referral {{ID:NEDS-240421-0403}}; OPO coordinator {{NAME:Marguerite Dion}} {{PHONE:(800) 555-0127}}.
Pt registered donor (MA RMV, license {{LICENSE:S99201744}}).
Ethics question from RN {{NAME:Bettina}}: is it OK to start heparin pre-mortem for DCD? Family concerned about "rushing".
Discussion: separation of teams (MICU Dr. {{NAME:Oyelaran-Beck}} / OPO); dead donor rule; heparin allowed under hospital policy with consent - obtained from mother {{DATE:4/25}} 1020.
Withdrawal planned {{DATE:4/26}} 0700 in OR 12; 2h window.
Chaplain {{NAME:Haddad}} to accompany family. Ethics {{NAME:R. Adebayo}}, Dr. {{NAME:Asante}}.`,
  `SECURITY INCIDENT - VEHICLE THEFT, VISITOR GARAGE   IR {{ID:SEC-24-0502}}
Reported {{DATE:4/28/2024 19:05}} by {{NAME:Marcus Upshaw}} (son of pt {{NAME:Delphine Upshaw}}, {{FACILITY:Alcott 4}} rm 411), {{PHONE:(508) 555-0103}}.
Vehicle: 2019 silver Toyota Camry, MA plate {{VEHICLE:4YTR82}}, VIN {{VEHICLE:4T1B11HK5KU208834}} - registered to father {{NAME:Gerald Upshaw}}.
Parked level 3 approx 1300 (valet ticket not used; garage ticket # 220418 found on floor).
Review of garage camera G3-02: unknown male in red hoodie entered car 1547 - still {{PHOTO:CAM-G3-02_20240428_154712.jpg}}; exit gate cam plate read 1551.
Note: same car was moved by security {{DATE:4/7}} during code event (keys in envelope {{ID:P-24-0233}} returned {{DATE:4/9}}) - spare key? Son says keys were in the cup holder.
{{LOCATION:Worcester}} PD officer {{NAME:Lemieux}} report {{ID:24-W-14477}}; stolen vehicle entered in NCIC per PD.
Son given cab voucher home to {{ADDRESS:19 Hillcrest Dr}}, {{LOCATION:Shrewsbury}} {{ZIP:01545}}.
Officer {{NAME:V. Haines}} (badge {{ID:1127}}). Follow-up: garage camera G3-04 dead for weeks - FM WO {{ID:FM-22871}}.`,
  `CLINICAL ENGINEERING / VAD PROGRAM - EQUIPMENT EVENT
WO {{ID:CE-2024-07288}}   {{DATE:04/29/2024 0335}}   CVICU bed 2
Pt: {{NAME:Mbatha, Sipho}}, 58M, MRN {{MRN:01745590}}, HeartMate 3 LVAD since {{DATE:11/2022}}.
Event: "controller fault" alarm, pump running, flow 4.3 L/min. Primary controller SN {{DEVICE:HM3C-0193374}} swapped to backup SN {{DEVICE:HM3C-0201158}} by VAD coordinator {{NAME:Felicity Amankwah}}, RN (on call pgr {{PHONE:6412}}).
Batteries: 4 in use (serials logged on VAD flowsheet); power module in room (SN {{DEVICE:HMPM-77813}}) OK.
Biomed tech {{NAME:Hector Villalobos}} attended 0350; faulty controller returned to manufacturer, RMA {{ID:RMA-448192}}.
Pt calm, wife {{NAME:Nomvula}} at bedside; she asked about their home generator in {{LOCATION:Marlborough}}. VAD clinic {{FACILITY:Kessler-Banerjee Heart Failure Center}} to call {{DATE:4/29}}.
Attending Dr. {{NAME:Priyanka Banerjee}} notified 0340.
Event log downloaded; VAD server {{IP:198.51.100.17}}. Closed {{DATE:4/29}} 1100, {{NAME:hv}}.`,
  `EVS TERMINAL CLEAN - CANDIDA AURIS   (IP directed)
WO {{ID:EV-894410}}   {{DATE:2024-04-30 14:20}}   Room: MICU 11 + anteroom
Pt: {{NAME:Varga, Ildiko}}, 81F, MRN {{MRN:02154471}}; C. auris colonized (screen {{DATE:4/26}}), transferred from {{FACILITY:Birchwood Long-Term Acute Care Hospital}} ({{LOCATION:Framingham}}) {{DATE:4/24}}.
Pt moved to MICU 16 (negative pressure not needed; contact plus).
Clean: EPA List P agent (not bleach), 2-step, curtains changed, UV-C robot 2 cycles. Dedicated equipment: vitals machine (asset {{DEVICE:BME-021774}}), glucometer (SN {{DEVICE:GM-8820193}}) stay in room 16.
EVS tech {{NAME:Jean-Baptiste Pierre}} ({{ID:E80113}}); ATP swab verification by IP {{NAME:Saoirse McAuliffe}}: 6/6 pass.
{{FACILITY:Birchwood}} IP contact {{NAME:Lorraine Takahashi}} {{PHONE:508-555-0112}} / fax {{FAX:508-555-0113}} notified per state reporting.
Pt's husband {{NAME:Laszlo}} taught gown/glove; visitor log kept at door.
Room released to bed board 1755. EVS sup {{NAME:R. Achterberg}}.`,
  `TRANSFER CENTER - OUTBOUND ECMO   Ref {{ID:TC-24-05-0021}}
{{DATE:05/02/2024 0112}}  Pt {{NAME:Amadi, Chinonso}} 41M, MICU 4, MRN {{MRN:02244951}}, DOB {{DATE:9/17/1982}}, SSN {{SSN:042-71-8830}} (face sheet)
Ins: {{HEALTH_PLAN:Tufts HP 8820031471}}  |  Hosp acct {{ACCOUNT:HA-21188402}}
Dx: ARDS, P/F 58 on FiO2 1.0, PEEP 16, proned. Needs VV-ECMO.
0118 called {{FACILITY:Whitlock University Hospital}} ECMO line {{PHONE:617-555-0109}} - Dr. {{NAME:Oskar Lindahl}} ACCEPTED; ECMO team will cannulate here.
0140 flight: {{FACILITY:Bay Colony MedFlight}}? -> no, ground mobile ECMO unit due to weather (fog at {{LOCATION:Worcester}}). ETA 0330.
Our team: MICU Dr. {{NAME:Oyelaran-Beck}}, RT {{NAME:Moe Haddad}}, RN {{NAME:Tamsin Oakes}}.
Wife {{NAME:Ifeyinwa Amadi}} ({{PHONE:508-555-0128}}) consented by phone, interpreter not needed (Igbo/English).
Records: {{URL:https://xfer.stbrendanhealth.org/r/ECMO-4471}}; face sheet fax {{FAX:617-555-0108}}.
0455 pt departed on VV-ECMO. TC RN {{NAME:R. Castellanos}}.`,
  `DISCHARGE PLANNING / HOME HEALTH REFERRAL
Pt {{NAME:Lindgren, Per}}, {{AGE:90}}M, MRN {{MRN:00490217}}, Tele 319, anticipated d/c {{DATE:5/3/24}}.
Referral sent {{DATE:5/1/2024}} via portal to {{FACILITY:Wachusett VNA}} - intake {{NAME:Doreen}}, {{PHONE:978-555-0144}}, fax {{FAX:978-555-0145}}. Ref {{ID:WVNA-240501-33}}.
Services: RN (CHF, daily weights, Lasix titration), PT, home safety eval. Scale + BP cuff from {{FACILITY:Blackstone Valley Home Medical}}.
Address: {{ADDRESS:6 Old Sterling Rd}}, {{LOCATION:West Boylston}} {{ZIP:01583}} (2-story, bedroom upstairs - hospital bed ordered for 1st floor).
Insurance: Medicare {{HEALTH_PLAN:4TR8-WQ2-HK71}} + supplement.
Wife {{NAME:Karin Lindgren}}, 86, is caregiver; son {{NAME:Anders}} in {{LOCATION:Stockholm}}, updates by email {{EMAIL:anders.lindgren@telia.example.se}}.
Transport home: discharge lounge, wife's friend {{NAME:Bev}} to drive.
Follow-up: cardiology Dr. {{NAME:Pham}} {{DATE:5/10}}, PCP Dr. {{NAME:Elsbeth Marr}} {{DATE:5/8}}.
Case manager {{NAME:Giovanna Ruiz}}, RN x{{PHONE:4-5590}}.`,
  `TRANSPORT - POST-MORTEM (decedent) LOG
{{DATE:5/04/2024}}  Job {{ID:T-43810}}
Decedent: {{NAME:VARGA, ILDIKO}}  MRN {{MRN:02154471}}  MICU 16  TOD {{DATE:05/04/2024 0219}} (Dr. {{NAME:Sorensen}})
C. auris contact plus - body bag x2, tag on bag and toe, isolation sign on cart.
0320 picked up by transporters {{NAME:Emeka Obi}} + {{NAME:Dev Raman}} via service elevator D -> morgue, drawer 4.
Belongings: wedding ring (given to husband {{NAME:Laszlo Varga}} 0240, signed), hearing aids (SN {{DEVICE:SIG-44817203}}) in bag with body per family.
Morgue log: in 0331, {{NAME:ER}}/{{NAME:DR}}.
Release {{DATE:5/4}} 1145 to {{FACILITY:Fenwick-Orlov Funeral Home}}, {{ADDRESS:288 Main St}}, {{LOCATION:Hudson}} {{ZIP:01749}}; driver {{NAME:Albert Nyquist}}, van plate {{VEHICLE:FH 2281}}.
Release authorized by nursing sup {{NAME:K. Abernathy}}; death certificate worksheet to HIM.
Not an ME case (ref {{ID:ME-24-3590}}).`,
  `PATIENT PORTAL - COMPLAINT / MESSAGE ROUTED TO PATIENT RELATIONS
Msg ID {{ID:MSG-99120574}}   Received {{DATE:05/05/2024 23:48}}   From portal user {{EMAIL:kessler.brian88@gmail.com}}
Login IP {{IP:203.0.113.19}}  (page {{URL:https://mychart.stbrendanhealth.org/messages/compose}})
Pt: {{NAME:Brian Kessler}}, MRN {{MRN:02302008}}
"I was brought in as a trauma on {{DATE:4/22}} and registered as {{NAME:TANGO}}. Now my bill shows 2 accounts ({{ACCOUNT:HA-21174430}} and {{ACCOUNT:HA-21175118}}) and my insurance ({{HEALTH_PLAN:HPHC 0077412903}}) denied one. Also my keys and $40 were in the safe and no one told me. Who do I talk to?"
Triage: {{NAME:Teresa Whitfield}} assigned to {{NAME:kb}} ({{NAME:Kimberly Bausch}}), case {{ID:PX-24-0602}}.
Actions {{DATE:5/6}}: HIM merged accounts (alias merge {{NAME:J. Toussaint}}), billing rep {{NAME:Marco}} resubmitted claim; security confirmed envelope {{ID:V-10445}} still in safe - pt to pick up w/ ID.
Reply sent via portal {{DATE:5/6}} 1530. Called pt {{PHONE:774-555-0186}}, left VM.`,
  `NURSING OPERATIONS - MONTHLY SNAPSHOT, {{DATE:APRIL 2024}} (for CNO Dr. {{NAME:D. Mbeki}})
Occupancy 96.4%; avg ED boarding 14.2 h; 19 surge days. Discharges before noon 31% (goal 40%).
Discharge lounge 288 pts. Transport avg response 17 min (58 jobs >30 min).
Staffing: RN vacancy 9.8%; float pool 1,140 h; agency 2,210 h; 1 agency contract ended ({{NAME:Ferreira-Mota}}, {{DATE:4/8}}).
Safety: falls w/ injury 2 ({{ID:RCA-2024-019}} closed); HAPI stage 3+ 1; restraint days 41; workplace violence 6 (incl. PCT {{NAME:Reyes-Mendoza}} {{DATE:3/21}} follow-up).
Codes outside ICU 4; RRT 66. Code in garage ({{NAME:Upshaw}}) drove AED project.
Privacy: 1 reportable breach ({{ID:PRV-24-0061}}), employee terminated {{DATE:4/19}}.
Pt experience: grievances 22, median response 6 days; HCAHPS overall 71%.
Recognition: DAISY award - {{NAME:Keisha Broadnax}}, RN, 6 North; Bee award - PCT {{NAME:Shonda Pettiford}}.
Prepared {{DATE:5/7/24}} by {{NAME:R. Odom}} and {{NAME:K. Abernathy}}; distribution list {{EMAIL:nursing-leadership@stbrendanhealth.org}}.`,
  `INTERPRETER - FAMILY MEMBER AS INTERPRETER: WAIVER + LOG
{{DATE:5/8/2024}}  Unit 7 South rm 702
Pt: {{NAME:Jean-Louis, Marie-Ange}}, 73F, MRN {{MRN:02311476}}, Haitian Creole.
Pt requested daughter {{NAME:Fabienne Jean-Louis}} ({{PHONE:617-555-0188}}) interpret for routine care; waiver explained via OPI Creole interpreter {{ID:INT-71102}} at 0910 and signed. Qualified interpreter will still be used for consent, discharge teaching and bad news.
Log:
0910 OPI Creole ({{ID:INT-71102}}) - waiver, admission questions - RN {{NAME:Kwabena}}
1130 daughter interpreting - lunch/bathing preferences
1400 VRI Creole ({{ID:INT-71340}}) - Dr. {{NAME:Etienne Vasseur}}: cath results
1600 in-person Portuguese? wrong - request cancelled ({{ID:IR-57022}}, entered for pt in 704 {{NAME:Conceição Barros}}, reassigned)
Pt's church {{FACILITY:Eglise Baptiste Bethel de Dorchester}} pastor {{NAME:Pierre-Richard}} visiting tomorrow.
Concern: daughter leaves for {{LOCATION:Port-au-Prince}} {{DATE:5/11}}; then grandson {{NAME:Wesley}}.
Coordinator {{NAME:P. Sandoval}}.`,
  `voice memo transcript - weekend house sup handoff {{DATE:sun 5/12/24}} ~0650 (auto-transcribed, edited by {{NAME:ko}})
ok so handing off to {{NAME:kristen}}. house is at 417, we had four admits overnight, ED has nine holds, longest is mister {{NAME:varga}} no sorry mister {{NAME:vargas}} in ED 12, eighty-four, needs tele.
MICU full, one possible step-down, bed 16 {{NAME:jean-louis}} no wait she's on 7 south, bed 16 is the new sepsis from {{FACILITY:dunmore}}.
float pool - {{NAME:anne-claire}} and {{NAME:bo-ra}} both on days, {{NAME:gus}} called out again, staffing knows, {{NAME:marisol}} is not on call this weekend, it's {{NAME:darius}} at {{PHONE:508-555-0197}}.
security had a dr strong on 5 west at like 0300, pt {{NAME:rourke}} again, no injuries, report number is {{ID:SEC-24-0559}}.
evs down one person, two iso cleans pending, 711 and 714.
biomed coming at 0800 for the lift in {{FACILITY:pemberton 6}}, work order {{ID:CE-2024-07740}}.
transfer center says {{FACILITY:greaves county}} may call about a stemi, pt name {{NAME:yazzie}}, {{AGE:ninety-two}}. ok that's it, pager {{PHONE:4470}}.`,
];

export const HELDOUT_REALISTIC_124_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout124-${i + 1}`, n));
