// Held-out set 36 of hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone and fax numbers are 555 numbers; towns, cities and counties are real
// places used only as LOCATION). Its flavour is administrative and mixed-format exports from several
// US health systems rather than bedside notes: release-of-information requests and subpoena logs,
// referral and prior-authorization faxes, e-fax cover sheets (with fax header lines), claims,
// remittance, billing and collections notes, utilization review and peer-to-peer notes, care- and
// case-management notes, incident reports and grievances, scheduling, call-center and answering
// service notes, patient-portal message threads, interpreter-service logs, transport bookings, DME
// orders, lab and pathology requisitions, chart-audit and CDI/HIM coding queries, registration and
// MRN-merge records, access-audit logs, and e-mail threads with signatures. Shapes vary between
// pipe-delimited and tab-separated exports, key: value headers, worklists, free-text account notes
// and letters, in Title case, ALL CAPS and lower-case shorthand, with occasional OCR damage (digits
// for letters, broken spacing) in faxed pages. Identifiers of every kind (MRN, account/HAR/claim,
// member and MBI, authorization and reference numbers, NPI, DEA, state licences, device serials,
// URLs, IPs, e-mails, vehicle plates) are mixed with look-alike non-PHI codes: CPT, HCPCS, ICD-10,
// CARC/RARC, revenue codes, NDC, lot, CLIA, payer IDs, BIN/PCN, payers' phone and fax lines, model
// numbers, dollar amounts, rooms and beds, scores, doses and lab values.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// Mr., Mrs., Ms.), credentials (MD, RN, CMA) and roles in front of a name (Sgt., Judge, RN, Baby
// Girl) stay outside NAME spans; labels (MRN:, DOB, Acct #, HAR) stay outside all spans. A time
// attached to a full date is part of the DATE span; a clock time after a date without a year, a
// time range after any date (6/9/2025 0930-1130) and a clock time alone stay outside; a weekday
// written with a date is part of it; a date range written as one token (3/18-4/26) is one DATE
// span; month/year and month/day dates are DATE; a year alone, a month alone, a weekday alone, ages
// of 89 and under, states and countries are not PHI. Payers (insurers, Medicare, Medicaid plans,
// PBMs, leave administrators), their departments, provider-services and fax lines, payer IDs,
// BIN/PCN and batch EFT traces, and state or federal agencies are not PHI; the names of payer
// representatives and adjusters are NAME like any person, and a direct line or extension given for
// a named person is PHONE. Hospitals, clinics, practices, hospital abbreviations (SBMC), named
// wards, labs, pharmacies, DME suppliers, transport, interpreter and home-care agencies, collection
// agencies, law firms, funeral homes, schools and employers are FACILITY; cities and counties are
// LOCATION; street addresses with their unit, and an intersection or highway exit where a person
// was, are ADDRESS. Staff user names and typist or signer initials (KMARTIN, -jlb) are NAME.
// Insurer member, subscriber, Medicare (MBI) and Medicaid numbers are HEALTH_PLAN; hospital
// account/HAR/FIN, claim, invoice, receipt and statement numbers are ACCOUNT; authorization,
// reference, request, ticket, accession, order, requisition, incident, case, confirmation, warrant,
// badge, employee/interpreter numbers, tribal census numbers and portal user names of patients and
// proxies are ID; NPI, DEA, interpreter certifications, state licences and driver's licences are
// LICENSE; plates are VEHICLE; CPAP, pump, concentrator, wheelchair, sleep-test and implant serials
// are DEVICE; short extensions and pagers are PHONE; lot, CLIA, NDC, CPT/HCPCS/ICD-10/DRG codes,
// model numbers, workstation names and trial numbers are not PHI. The last four digits of an SSN
// are annotated as SSN (digits only, the masking outside).
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9434 / 0.9516; pass-11 engine (789a1c5) 0.9605 / 0.9452; pass-12 final engine (978114a) 0.9719 / 0.9485;
// pass-13 engine of the day (b823af5) 0.9735 / 0.9501.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 ROI request log
  `RELEASE OF INFORMATION - REQUEST LOG
Health Information Management | {{FACILITY:Cobb Ridge Medical Center}}
Req #: {{ID:ROI-24-118307}}    Rec'd: {{DATE:04/08/2024 09:14}} via e-fax
Requestor: {{NAME:Marisol Ybarra}}, paralegal, {{FACILITY:Hatch & Pruitt LLP}}
  {{ADDRESS:2200 Peachtree Industrial Blvd, Ste 410}}, {{LOCATION:Duluth}}, GA {{ZIP:30097}}
  ph {{PHONE:(770) 555-0148}}   fax {{FAX:(770) 555-0149}}
Patient: {{NAME:WENDELL T. ABERNATHY}}   DOB {{DATE:11/02/1958}}   MRN {{MRN:CR00481572}}
Records requested: ED record + imaging reports DOS {{DATE:01/17/2024-01/19/2024}}, itemized bill (acct {{ACCOUNT:70044819226}})
Authorization: signed by pt {{DATE:03/29/24}}, expires 1 yr from signature. Purpose: "legal / MVA claim".
Validation checklist
 [x] name/DOB match   [x] signature present   [ ] psychotherapy notes - NOT requested
 [x] 42 CFR Part 2 - n/a     [x] HIV/genetic - excluded per auth
Fee: $6.50 base + $0.25/pg x 84 pg = $27.50 (GA cap). Invoice {{ACCOUNT:INV-553017}} sent.
Processed by {{NAME:T. Okonkwo}}, ROI Specialist   {{DATE:4/10/24}}
Released via secure link, pkg {{ID:RX7-0098-KQ}}, link expires 30 days.
comment {{DATE:4/12}}: attorney's office called x2 re status, advised 10 business days from receipt, pkg already sent - {{NAME:tko}}`,

  // 2 referral fax with cover sheet
  `*** E-FAX ***  {{DATE:MAR-12-2024 15:47}}  FROM: {{FAX:3305550172}}  TO: {{FAX:3305550190}}  P.001/004
FAX COVER SHEET
To: Cardiology Referrals - {{FACILITY:Summit Heart & Vascular}}
Fax: {{FAX:330-555-0190}}    Phone: {{PHONE:330-555-0191}}
From: {{NAME:Renee Kowalczyk}}, MA for {{NAME:Priya Venkataraman}}, MD
{{FACILITY:Tallmadge Family Practice}}, {{ADDRESS:88 East Ave, Suite B}}, {{LOCATION:Tallmadge}} OH {{ZIP:44278}}
Re: URGENT referral - new AF w/ RVR, now rate controlled
CONFIDENTIAL: contains PHI. If received in error call {{PHONE:330-555-0172}} and destroy.

REFERRAL FORM
Pt: {{NAME:Halvorsen, Ingrid M}}   DOB: {{DATE:7/22/1949}}   Sex F
Home {{PHONE:(330) 555-0124}}   Cell {{PHONE:330.555.0125}}
Ins: Medicare A/B  MBI {{HEALTH_PLAN:4TQ2-HW7-MK81}}   Sec: AARP Medigap Plan G  ID {{HEALTH_PLAN:0386612941}}
Dx: I48.91, I10, E78.5
Reason: eval for anticoag (CHA2DS2-VASc 4), consider TEE/DCCV
Meds: metoprolol succ 50 mg daily, apixaban 5 mg BID started {{DATE:3/11}}
Attached: EKG {{DATE:3/11/24}}, BMP, TSH 1.82, office note
Referring NPI {{LICENSE:1487326650}}
Pls call pt directly; prefers AM. Daughter {{NAME:Solveig}} ({{PHONE:330-555-0126}}) drives her.`,

  // 3 prior auth pipe export
  `PRIOR AUTH REQUEST EXPORT (worklist RAD-PA)  run {{DATE:2024-05-06 07:02}}
FIELD|VALUE
PA_ID|{{ID:PA-0051962}}
PATIENT|{{NAME:DOUCET, REMY J}}
DOB|{{DATE:1987-09-14}}
MRN|{{MRN:004418270}}
PAYER|Blue Cross Blue Shield of Louisiana
PAYER_ID|53120
MEMBER_ID|{{HEALTH_PLAN:XUJ884120573}}
SERVICE|MRI lumbar spine w/o contrast
CPT|72148
ICD10|M54.16;M51.26
ORDERING|{{NAME:Broussard, Claire}} MD
ORDERING_NPI|{{LICENSE:1730492286}}
SITE|{{FACILITY:Acadiana Imaging Center}}
SITE_FAX|{{FAX:337-555-0133}}
SUBMITTED|{{DATE:05/03/2024}}
STATUS|PENDED - clinicals requested
NOTES|6 wks PT done at {{FACILITY:Bayou Physical Therapy}} {{DATE:3/18-4/26}}, NSAIDs, gabapentin 300 tid; +SLR L, decr L ankle jerk. Faxed OV notes to payer UM fax 1-888-555-0100 on {{DATE:5/6}} at 0705. Payer ref {{ID:A24127-88310}}. f/u 48h. -{{NAME:jlb}}`,

  // 4 billing account notes
  `ACCOUNT NOTES - HOSPITAL BILLING
Guarantor: {{NAME:Nguyen, Thao}}     Pt: {{NAME:Nguyen, Bao Khanh}} (son, 9 yo)
HAR {{ACCOUNT:4100293874}}   MRN {{MRN:M2290147}}   DOS {{DATE:02/14/2024}}
Payer: Aetna Better Health (Medicaid MCO)   ID# {{HEALTH_PLAN:W188274390}}
--------------------------------------------------------------
{{DATE:03/21/24 10:12}} {{NAME:KMARTIN}}: Claim {{ACCOUNT:24073E118902}} denied CARC 197 / RARC N54. Chgs $4,812.00. Rev 0450, 0320; CPT 99284-25, 70450.
{{DATE:03/21/24 10:20}} {{NAME:KMARTIN}}: called payer prov svcs, rep {{NAME:Dana}} ref {{ID:CR-778125}}. ED visits do not req precert per contract; rep agrees denial in error, sent for reprocess.
{{DATE:04/04/24 14:55}} {{NAME:SHERRERA}}: reprocessed, paid $1,106.37, PR 0. Remaining CO-45 adj.
{{DATE:04/05/24 08:01}} system: stmt {{ACCOUNT:S-0093381}} suppressed (Medicaid, no pt resp).
{{DATE:04/09/24 11:30}} {{NAME:SHERRERA}}: mom called from {{PHONE:404-555-0183}} re letter from {{FACILITY:Peachstate Recovery Group}}; explained acct is $0 bal, no collection placement. Gave billing line {{PHONE:404-555-0100}} opt 3.`,

  // 5 concurrent UR review
  `UTILIZATION REVIEW - CONCURRENT
{{FACILITY:St. Brendan Medical Center}} ({{FACILITY:SBMC}})   Unit: 6 North, Rm 614-B
Pt {{NAME:Castellanos, Ofelia}}   MRN {{MRN:SB-7731908}}   FIN {{ACCOUNT:210558731}}
Adm {{DATE:06/02/2024 22:40}} via ED   Status: INPATIENT   Attending: {{NAME:Lindqvist}}
Payer: Humana Medicare Advantage   Mbr {{HEALTH_PLAN:H48820317}}   Auth {{ID:1240602-7781}}
Review day 3 ({{DATE:6/5}}):
  InterQual Acute Adult - Heart Failure, Day 3 criteria MET:
   - IV furosemide 40 mg bid, net -1.8 L, still 3+ edema
   - O2 2L NC, SpO2 91% RA on ambulation
   - Cr 1.9 (baseline 1.3)
  NT-proBNP 6,410. Echo EF 30%.
Sent clinicals to Humana via portal {{DATE:6/5/24 11:48}}, next review due {{DATE:6/7}}.
Payer UM nurse {{NAME:Gwendolyn Tso}} RN ph {{PHONE:502-555-0161}} x{{PHONE:4420}} - approved thru {{DATE:06/07/2024}}.
Anticipated d/c: home w/ HH vs SNF (PT eval pending). Barriers: lives alone at {{ADDRESS:1416 Rayburn Ct}}, 2nd floor walk-up; niece {{NAME:Lupe Arriaga}} can stay weekends only.
{{NAME:M. Fairweather}}, RN, UR/CM   pager {{PHONE:2291}}`,

  // 6 case management discharge planning
  `CASE MANAGEMENT PROGRESS NOTE   {{DATE:Thursday, August 8, 2024}}
Patient: {{NAME:Eamon Gallagher}}   DOB {{DATE:03-19-1941}}   MRN {{MRN:00917736}}
Loc: {{FACILITY:Mercy Westbrook Hospital}}, {{FACILITY:Carroll 4}} bed 12

Met w/ pt and wife {{NAME:Noreen}} at bedside to discuss dc plan. PT recs SNF (AM-PAC 14, mod A transfers). Pt agreeable to short-term rehab, wants to be near home in {{LOCATION:Gorham}}.
Referrals sent via Ensocare {{DATE:8/8}} 0930:
  1. {{FACILITY:Pine Haven Rehabilitation & Nursing}} - accepted, bed avail {{DATE:8/9}}
  2. {{FACILITY:Seacoast Village Health Care}} - declined (no LTC Medicaid bed)
  3. {{FACILITY:Saco River Commons}} - pending
Ins: Medicare A (3-day qualifying stay met, adm {{DATE:8/4}}), MaineCare secondary {{HEALTH_PLAN:ME0044718305}}.
Transport: wheelchair van booked w/ {{FACILITY:Coastal Care Transit}} conf {{ID:CCT-662109}} for {{DATE:8/9}} 1300.
IMM 2nd notice given {{DATE:8/8/24}}, signed by wife (HCPOA).
Wife cell {{PHONE:207-555-0137}}; son {{NAME:Declan}} in {{LOCATION:Worcester}} {{PHONE:508-555-0152}}.
{{NAME:Hollis Bragg}}, LCSW  x{{PHONE:6612}}`,

  // 7 incident report fall
  `SAFETY EVENT REPORT (RL6)  Event #{{ID:EV-2024-03318}}
Event date/time: {{DATE:09/14/2024 03:25}}    Reported: {{DATE:09/14/2024 04:10}}
Location: {{FACILITY:Harlan Valley Health}} - Med/Surg 3W, room 322
Type: FALL - unassisted, found on floor
Person affected: patient  {{NAME:ROSALIND PEYTON}}  MRN {{MRN:HV1029384}}  age 84
Description: pt found sitting on floor beside bed by CNA {{NAME:Tiana Brooks}} on rounds. Bed alarm was OFF (pt had asked to have it silenced per family). Pt states "I was going to the bathroom." Morse fall score 65 on adm. Non-skid socks on. Call light within reach.
Injury: small skin tear L forearm, no head strike per pt. VS stable. Neuro checks q1h x4 WNL.
Notified: Dr. {{NAME:Khatri}} (hospitalist) 0335; daughter {{NAME:Allison Peyton-Marsh}} by phone {{PHONE:606-555-0118}} 0405.
Immediate actions: bed low/locked, alarm reactivated, floor mat, hourly rounding.
Reporter: {{NAME:Jorge Saldívar}}, RN   emp #{{ID:E40719}}
Manager review ({{DATE:9/16}}): {{NAME:L. Whitcomb}} - harm level: minor. Education re alarm override policy 7.14.`,

  // 8 scheduling call-center note
  `CALL CENTER - SCHEDULING   ticket {{ID:SC-88201457}}
{{DATE:10/03/24 1:42 PM}}   agent: {{NAME:bwalters}}   line: Ortho queue
Caller: {{NAME:Faisal Haddad}} (self)   DOB verified {{DATE:04/30/1979}}   MRN {{MRN:7702318}}
Callback {{PHONE:(313) 555-0197}}  ok to leave VM: Y
Reason: needs f/u w/ Dr. {{NAME:Ostrowski}} post L knee scope (DOS {{DATE:9/19}}). Also asking for PT order to go to {{FACILITY:Dearborn Sports Rehab}} fax {{FAX:313-555-0140}}.
Action:
 - booked POV {{DATE:Tue 10/8}} 10:15 at {{FACILITY:Fairlane Ortho Clinic}}, {{ADDRESS:5111 Evergreen Rd, 2nd fl}}
 - sent staff msg to MA {{NAME:Kendra}} re PT order
 - pt asked about work note for {{FACILITY:Rivergate Axle Assembly}}, told to request through portal
 - ins updated: HAP  member {{HEALTH_PLAN:9100042267-01}}
 - reminder text opt-in confirmed
Pt also states he moved, new address {{ADDRESS:2230 Appoline St}}, {{LOCATION:Dearborn}} MI {{ZIP:48124}} - updated in registration.
Call length 7:48. Disposition: SCHEDULED.`,

  // 9 portal thread
  `MyChart Message Thread   Conversation {{ID:MSG-55120984}}
Subject: Question about my bloodwork
--------------------------------------------------------------
From: {{NAME:Keiko Yamashiro-Bell}}   Sent: {{DATE:1/15/2025 9:07 PM}}
Hi, I got my results from Monday... my A1c is 7.9?? Last time it was 7.1. Do I need to change my metformin? Also the lab charged me a copay at {{FACILITY:Piedmont Clinical Labs}} on {{ADDRESS:Spring Garden St}}, I thought preventive was covered. thx, {{NAME:Keiko}}
--------------------------------------------------------------
From: {{NAME:Marcus Oyelaran}}, RN   Sent: {{DATE:1/16/2025 10:22 AM}}
Hi {{NAME:Keiko}}, Dr. {{NAME:Fenwick}} reviewed. She'd like to add Jardiance 10 mg daily and recheck A1c in 3 months. Rx sent to {{FACILITY:Greenbriar Market Pharmacy #0183}}. For the billing question please call Patient Accounts at {{PHONE:336-555-0102}}, the A1c is diagnostic (E11.65) so copay may apply.
--------------------------------------------------------------
From: {{NAME:Keiko Yamashiro-Bell}}   Sent: {{DATE:1/16/2025 12:40 PM}}
ok thank you. can u send it to the {{FACILITY:Corner Drug}} instead, the one on {{ADDRESS:Battleground Ave}}? my husband {{NAME:Trevor}} picks up there
--------------------------------------------------------------
From: {{NAME:Marcus Oyelaran}}, RN   Sent: {{DATE:1/16/2025 1:05 PM}}
Done - cancelled at {{FACILITY:Greenbriar}}, resent to {{FACILITY:Corner Drug #7741}}. -{{NAME:MO}}`,

  // 10 interpreter log tab-separated
  `INTERPRETER SERVICES - DAILY LOG   {{FACILITY:Mesa Verde Regional Medical Center}}   {{DATE:11/21/2024}}
Time	Lang	Mode	Interp ID	Interpreter	Pt / MRN	Dept	Dur
0805	Spanish	In-person	{{ID:INT-0412}}	{{NAME:Araceli Montoya}}	{{NAME:Quintana, Elias}} / {{MRN:MV3318841}}	Pre-op	35
0840	Navajo	VRI	{{ID:INT-0377}}	{{NAME:Lorraine Begay}}	{{NAME:Yazzie, Harold}} / {{MRN:MV1004562}}	Dialysis	50
0915	Vietnamese	OPI	{{ID:LL-88120}}	(vendor) {{FACILITY:VoxBridge Language}}	{{NAME:Pham, Cuc}} / {{MRN:MV2290078}}	Cardiology	22
1010	ASL	In-person	{{ID:INT-0509}}	{{NAME:Delia Nez}}	{{NAME:Harjo, Bennett}} / {{MRN:MV4419203}}	ED	1h10
1130	Spanish	In-person	{{ID:INT-0412}}	{{NAME:Araceli Montoya}}	{{NAME:Quintana, Elias}} / {{MRN:MV3318841}}	PACU	15
Comments:
- 0840 VRI dropped twice, IP {{IP:10.42.16.88}} cart 3, ticket to IT {{ID:INC0091827}}
- 1010 pt's sister offered to interpret, declined per policy
- Navajo in-person unavailable until {{DATE:11/25}}
Entered by {{NAME:R. Tsinajinnie}}, coordinator ext {{PHONE:3380}}`,

  // 11 NEMT transport booking
  `NON-EMERGENCY TRANSPORT BOOKING
Broker: ModivCare (Medicaid NEMT)   Trip conf#: {{ID:TX-4471098-A}}
Booked by: {{NAME:Shauna Pettiford}}, dialysis SW, {{FACILITY:Fresh Springs Dialysis - Gastonia}}   ph {{PHONE:704-555-0164}}
Member: {{NAME:LEROY DUNWOODY}}    DOB {{DATE:02/08/1953}}   Medicaid ID {{HEALTH_PLAN:900418772T}}
Pickup: {{ADDRESS:417 W Airline Ave, Lot 22}}, {{LOCATION:Gastonia}} NC {{ZIP:28052}}
Drop-off: {{FACILITY:Fresh Springs Dialysis}}, {{ADDRESS:1290 Cox Rd}}
Schedule: standing order M/W/F, chair time 0600, pickup window 0500-0530, return 1030
Start {{DATE:12/02/2024}} - end {{DATE:02/28/2025}}
Level of service: wheelchair (own w/c, 18in), no stretcher. Pt has BKA R, 1 step at entry, ramp present.
Escort: none. Pt phone {{PHONE:704-555-0117}}, alt (neighbor Mrs. {{NAME:Cordelia Vance}}) {{PHONE:704-555-0119}}
Assigned provider: {{FACILITY:Piedmont Wheels LLC}} vehicle #14, plate NC {{VEHICLE:PKV-7731}}
Notes: pt missed {{DATE:11/27}} tx due to no-show ride; complaint filed w/ broker ref {{ID:GRV-2024-11-0932}}.
Called pt {{DATE:12/1}}, confirmed schedule.`,

  // 12 DME CPAP order
  `DME ORDER / DETAILED WRITTEN ORDER
Supplier: {{FACILITY:Keystone Home Medical}}  Fax {{FAX:(717) 555-0181}}  Ph {{PHONE:(717) 555-0180}}
Patient: {{NAME:Bartholomew K. Strauss}}   DOB: {{DATE:May 3, 1966}}   MRN: {{MRN:LH-0662201}}
Address: {{ADDRESS:36 Orchard Ln}}, {{LOCATION:Ephrata}}, PA {{ZIP:17522}}   Phone {{PHONE:717-555-0145}}
Insurance: Capital Blue Cross PPO  ID {{HEALTH_PLAN:YXC911820044}}
Order date: {{DATE:07/11/2024}}
Dx: G47.33 Obstructive sleep apnea (AHI 31.4 on PSG {{DATE:06/27/2024}} at {{FACILITY:Lancaster Sleep Disorders Center}})
Items:
  E0601  CPAP device, auto 5-15 cm H2O, ResMed AirSense 11 AutoSet (model 39000)   qty 1
  A7030  Full face mask, med                          1 per 3 mo
  A7035  Headgear                                     1 per 6 mo
  A7037  Tubing, heated                               1 per 3 mo
  A7046  Water chamber                                1 per 6 mo
  E0562  Humidifier, heated                           qty 1
Length of need: 99 mo (lifetime)
Ordering: {{NAME:Anjali Deshmukh}}, DO  NPI {{LICENSE:1902385746}}
Signature on file, e-signed {{DATE:07/11/2024 16:33}}
-- supplier use --
Device SN {{DEVICE:23211847659}}  set up {{DATE:7/16/24}} by RT {{NAME:G. Ferrante}}; compliance download due {{DATE:8/15}}`,

  // 13 lab requisition
  `OUTPATIENT LAB REQUISITION     Req #{{ID:LR-20240918-0447}}
Performing lab: {{FACILITY:TriState Reference Laboratories}}  CLIA 36D0987654
Client acct: {{FACILITY:Ohio Valley Internal Medicine}}
Patient: {{NAME:Osei-Bonsu, Abena}}   DOB {{DATE:10/09/1972}}   Sex F
Addr {{ADDRESS:902 Ridgeview Terrace, Apt 3C}}, {{LOCATION:Huntington}} WV {{ZIP:25701}}
Ph {{PHONE:304-555-0153}}
Bill to: Insurance - Highmark WV  Subscriber ID {{HEALTH_PLAN:HWV00477213901}}  Rel: self
Ordering provider: {{NAME:Wilmer Shadrach}} MD  NPI {{LICENSE:1568204471}}
Collection: {{DATE:09/18/2024 08:12}}  fasting Y   collected by {{NAME:cj}}
Tests:
 [x] 80053 CMP          [x] 83036 HbA1c
 [x] 80061 Lipid panel  [x] 84443 TSH
 [x] 82043 Urine microalbumin
 [ ] 85025 CBC w/diff
Dx codes: E11.9, E78.2, Z79.84
Specimen: 1 SST, 1 lav, 1 urine cup.  Courier pickup {{DATE:9/18}} 1400 route 6.
Accession {{ID:TS24-262-001873}}
Results to: ordering + cc Dr. {{NAME:Hamid Farouqi}} (nephrology) fax {{FAX:304-555-0166}}`,

  // 14 pathology requisition
  `SURGICAL PATHOLOGY REQUISITION
{{FACILITY:Lakeshore General Hospital}} - Dept of Pathology   CLIA 14D2233441
Pt: {{NAME:Kaczmarek, Dorota}}      MRN {{MRN:LG00841177}}    DOB {{DATE:1958-12-01}}
Acct {{ACCOUNT:LG2409180066}}    Loc: Endo Suite 2
Procedure date: {{DATE:09/20/2024}}   Time collected 1042   Fixative: 10% NBF, time in formalin 1045
Surgeon/endoscopist: {{NAME:Tomasz Wiśniewski}}, MD      Pager {{PHONE:4471}}
Specimens:
 A. Colon, ascending, polyp x2, cold snare
 B. Colon, sigmoid, 14 mm sessile polyp, EMR
 C. Random colon bx r/o microscopic colitis
Clinical hx: 65 yo F, chronic watery diarrhea, FIT+ {{DATE:08/2024}}. Prior colonoscopy 2014 at {{FACILITY:Evanston Endoscopy Center}}: TA x1.
Pre-op dx: K63.5, R19.7
Case # {{ID:S24-18831}}  Rec'd in lab {{DATE:9/20/24 13:15}} by {{NAME:hkl}}
Copy to: PCP Dr. {{NAME:Rosemary Adeyemi}} fax {{FAX:847-555-0129}}
-- Addendum {{DATE:9/23}}: block B2 sent for MMR IHC. Results to GI nurse navigator {{NAME:Jen Holcomb}} {{EMAIL:jholcomb@lakeshoregen.org}}`,

  // 15 chart audit comments
  `CHART AUDIT - DOCUMENTATION COMPLIANCE (QTR review)
Auditor: {{NAME:Priscilla Vantongeren}}, RHIT, CCS     Audit ID {{ID:CA-Q3-0219}}
Provider audited: Dr. {{NAME:Nikolai Brandt}}   Specialty: Pulm     sample 10 enc
---
#1  {{NAME:Whitlow, Jerome}}   MRN {{MRN:554120}}   DOS {{DATE:07/02/24}}   billed 99215
    Comment: MDM supports 99214 only (1 chronic illness w/ exacerbation, Rx mgmt). Time not documented. DOWNCODE rec.
#2  {{NAME:Acevedo, Marta}}   MRN {{MRN:603318}}   DOS {{DATE:07/02/24}}   billed 99213 + 94010
    Comment: spirometry interp present & signed. OK.
#3  {{NAME:Lundgren, Paul}}   MRN {{MRN:118907}}   DOS {{DATE:07/09/24}}   billed 99204
    Comment: pt seen 2021 by Dr. {{NAME:Okafor}} same group/specialty -> established pt, should be 99214. Cloned HPI from {{DATE:6/11}} visit (copy-forward, incl. "pt's wife {{NAME:Ellen}} present" but note states pt came alone).
#4  {{NAME:Tran, Vivian}}   MRN {{MRN:720045}}   DOS {{DATE:7/16/24}}   billed G0296
    Comment: SDM visit - missing shared decision tool & eligibility (pack-yrs). Query sent {{DATE:8/2}}.
Score: 7/10 accurate (70%). Education session sched {{DATE:Aug 19}} w/ {{NAME:Brandt}}.`,

  // 16 HIM coding query
  `HIM CODING QUERY - RETROSPECTIVE (pre-bill)
To: Dr. {{NAME:Samantha Oduya}} (attending)        From: {{NAME:Clarke Minnick}}, CCS, Coding Specialist
Sent: {{DATE:10/28/2024}}    Response due: 48 hrs    Query ID {{ID:CQ-771204}}
Pt: {{NAME:GRIMALDI, ANTHONY P}}    MRN {{MRN:RV7718203}}    HAR {{ACCOUNT:H000931172}}
Admit {{DATE:10/19/24}}  D/C {{DATE:10/24/24}}    Unit: {{FACILITY:Whitmore 5}}

Clinical indicators found in record:
 - H&P {{DATE:10/19}}: "AMS, lethargic", Na 118 on admission
 - Na 118 -> 121 -> 126 -> 131 over 72h w/ 3% saline then fluid restriction
 - Nephrology consult (Dr. {{NAME:Iyer}}) {{DATE:10/20}}: "SIADH likely 2/2 sertraline vs SCLC"
 - Progress notes document "low sodium" only; DC summary lists "hyponatremia, improved"
Question: Based on your clinical judgment, can the etiology of the hyponatremia be further specified?
  ( ) SIADH (E22.2)
  ( ) Drug-induced hyponatremia, specify agent
  ( ) Hyponatremia, etiology undetermined (E87.1)
  ( ) Other: ______
  ( ) Unable to determine
This query is not intended to lead to any particular response. Please answer in the query tool or addend the DC summary.
Coder contact: x{{PHONE:5530}}  {{EMAIL:cminnick@riverviewhealth.net}}`,

  // 17 e-fax with OCR damage
  `{{DATE:05/22/2024 11:06AM}}   FAX   {{FACILITY:NORTHSHORE ONC0LOGY ASSOC}}   {{FAX:6125550176}}   PAGE 01/03
F A X    C O V E R
T0: Prior Auth Dept, Medica            FAX: 1-800-555-0199
FR0M: {{NAME:Breanna Solheim}}, Auth Coord  PH: {{PHONE:612-555-0177}}  FX: {{FAX:612-555-0176}}
RE: pat1ent {{NAME:HUSSE1N, AM1NA}}   D0B {{DATE:0l/3l/l968}}   ID# {{HEALTH_PLAN:M0448l2093}}
Message:  Reque st for pembrolizumab (J9271) 200 mg q3w x 6 cyc1es, 1st dose sched {{DATE:6/4/2O24}} at {{FACILITY:N0rthshore Infusi0n - Maplew00d}}.
Dx C34.12  stage IIIB NSCLC, PD-L1 TPS 60%.  NDC 0006-3026-02.
Attached: 0V note {{DATE:5/20}}, PET/CT, path rpt {{ID:NS24-4410}}.
Ordering MD: Dr. {{NAME:Jian-Wei Koh}}  NPI {{LICENSE:l245098731}}
Please fax determ1nation to {{FAX:612 555 0176}} or call.

The inf0rmation c0ntained in this transmissi0n is c0nfidential ...
.......      ...
                               Pa ge 1 of 3`,

  // 18 email thread
  `From: {{NAME:Wanda Greeley}} <{{EMAIL:wgreeley@bluehillfqhc.org}}>
Sent: {{DATE:Tuesday, February 4, 2025 3:12 PM}}
To: {{NAME:Osvaldo Ruiz}} <{{EMAIL:oruiz@countymhc.org}}>
Cc: {{NAME:Lakshmi Narayanan}} <{{EMAIL:lnarayanan@bluehillfqhc.org}}>
Subject: RE: shared pt - {{NAME:J.T.}} / warm handoff

{{NAME:Osvaldo}} - thanks. Confirming pt ({{NAME:Jeremiah Tolliver}}, DOB {{DATE:6/18/1994}}, our MRN {{MRN:BH-210337}}) has intake at your {{LOCATION:Pikeville}} site {{DATE:Thursday 2/6}} at 9:30 w/ {{NAME:Corinne}}. Signed ROI on file both ways (exp {{DATE:2/4/2026}}). He's at the {{FACILITY:Hope Harbor Shelter}} for now, best number is the shelter desk {{PHONE:606-555-0188}}.
Bupe 8/2 bid via our MAT clinic, last UDS {{DATE:1/30}} appropriate.

{{NAME:Wanda Greeley}}, LCSW | Care Coordinator
{{FACILITY:Blue Hill Community Health Center}}
{{ADDRESS:311 Hambley Blvd}}, {{LOCATION:Pikeville}}, KY {{ZIP:41501}}
o {{PHONE:606-555-0185}} | f {{FAX:606-555-0186}}
-----Original Message-----
From: {{NAME:Osvaldo Ruiz}}  Sent: {{DATE:Monday, February 3, 2025 4:48 PM}}
Can you send the ROI + last 2 notes? We can take him this week.`,

  // 19 ADT registration export key: value
  `=== REGISTRATION SNAPSHOT (ADT A04) ===
MSG_DT: {{DATE:20240612083317}}
FACILITY: {{FACILITY:PRAIRIE COTEAU HEALTH - WATERTOWN}}
PT_NAME: {{NAME:LITTLEWOLF, DARIUS ALLEN}}
ALIAS: {{NAME:LITTLE WOLF, DARIUS}}
DOB: {{DATE:19810327}}        SEX: M
SSN: XXX-XX-{{SSN:6614}}
MRN: {{MRN:PL00338120}}        ENC_CLASS: O     FIN: {{ACCOUNT:9120044318}}
ADDR: {{ADDRESS:1104 4th St NE, Unit 2}}
CITY: {{LOCATION:Watertown}}    ST: SD    ZIP: {{ZIP:57201}}    COUNTY: {{LOCATION:Codington}}
HOME_PH: {{PHONE:(605)555-0131}}      CELL: {{PHONE:(605)555-0132}}
EMAIL: {{EMAIL:d.littlewolf81@mailbox.net}}
EMPLOYER: {{FACILITY:Big Sioux Ethanol Co-op}}  OCC: maintenance tech
NOK: {{NAME:LITTLEWOLF, CHERYL}} (spouse) {{PHONE:605-555-0133}}
PRIM_INS: Sanford Health Plan  PLAN_CD 7720  SUBSCR_ID: {{HEALTH_PLAN:SHP1193002}}
SEC_INS: IHS/PRC referral - {{FACILITY:Lake Traverse IHS Clinic}}  PRC# {{ID:PRC-24-00917}}
PCP: {{NAME:HEGGE, MARIT}} NP
ATTEND: {{NAME:ROSSOW, KYLE}} MD   NPI {{LICENSE:1093827714}}
VISIT_RSN: R10.31 RLQ pain, f/u CT
REG_CLERK: {{NAME:AJB}}   KIOSK: REG-03   IP {{IP:172.20.8.143}}`,

  // 20 pharmacy PA GLP-1
  `PHARMACY PRIOR AUTHORIZATION - CoverMyMeds key {{ID:BX7TQ2LM}}
Drug: semaglutide (Ozempic) 0.5 mg/dose pen, NDC 0169-4132-12, qty 1 pen / 28 days
Patient: {{NAME:Dolores Figueroa-Banks}}   DOB {{DATE:08/23/1975}}
Member ID: {{HEALTH_PLAN:ZGP4480127-02}}   BIN 004336  PCN ADV  (CVS Caremark)
Prescriber: {{NAME:Theodore Lemaire}}, MD   NPI {{LICENSE:1356402290}}   DEA {{LICENSE:BL4417320}}
Practice: {{FACILITY:Bayside Primary Care}}  ph {{PHONE:(251) 555-0108}}  fax {{FAX:(251) 555-0109}}
Pharmacy: {{FACILITY:Dauphin Island Pkwy Drugs}}   fax {{FAX:251-555-0114}}
Q1 Diagnosis of type 2 DM? YES - E11.65, A1c 8.6% ({{DATE:3/14/2025}})
Q2 Tried/failed metformin >= 90 days? YES - metformin ER 2000 mg 2022-2024, GI intolerance at higher doses; still on 1000 mg
Q3 Used for weight loss only? NO
Q4 BMI: 36.2
Submitted {{DATE:03/17/2025 10:41}} by {{NAME:Jasmine Holloway}}, CMA
Status: APPROVED {{DATE:3/18/2025}}  Case {{ID:PA-25-0317-66301}}  valid through {{DATE:03/17/2026}}
Pt notified by text {{PHONE:251-555-0186}} {{DATE:3/18}} -{{NAME:jh}}`,

  // 21 self pay payment plan
  `PATIENT FINANCIAL SERVICES - payment arrangement
guar: {{NAME:mcallister, brody}}   guar acct {{ACCOUNT:G-00718832}}
pt same.  dob {{DATE:12/5/1990}}  mrn {{MRN:00461290}}
accts incl:  {{ACCOUNT:HB3309981}} (ED {{DATE:1/6/25}}) $2,340.18 ; {{ACCOUNT:PB7781120}} (pro fee) $418.00 ; {{ACCOUNT:HB3318425}} (lab {{DATE:1/9/25}}) $96.40
total self-pay bal $2,854.58 after 40% uninsured disc.
{{DATE:02/11/25 0915}} - {{NAME:dpruitt}} - guar called in, lost job at {{FACILITY:Carver Millwork}} last month, no ins. states cant pay in full. offered FA app, pt declined ("dont want to send tax stuff"). set up plan $120/mo x 24, 1st pmt {{DATE:3/1/25}} autodraft. card stored as vault token only. ok to text {{PHONE:478-555-0126}}.
{{DATE:02/11/25 0931}} - {{NAME:dpruitt}} - mailed plan agreement to {{ADDRESS:88 Shurling Dr}}, {{LOCATION:Macon}} GA {{ZIP:31211}}. also emailed to {{EMAIL:brodymac90@fastmail.example}}
{{DATE:03/02/25 0600}} - sys - autodraft $120.00 posted, ref {{ID:PP-88120034}}
{{DATE:04/01/25 0600}} - sys - autodraft DECLINED (NSF). letter 2 queued.
{{DATE:04/03/25 1402}} - {{NAME:lwhitaker}} - guar called, new card, re-ran $120 ok. reminded re FA; he'll apply. sent app to portal.`,

  // 22 appeal letter
  `{{FACILITY:Granite Peak Orthopaedics}}
{{ADDRESS:4 Commerce Way, Suite 300}}, {{LOCATION:Concord}}, NH {{ZIP:03301}}
Tel {{PHONE:603-555-0140}}   Fax {{FAX:603-555-0141}}

{{DATE:June 19, 2024}}

Anthem Blue Cross and Blue Shield
Attn: Provider Appeals / Grievances Unit

RE: FIRST-LEVEL PROVIDER APPEAL
Member: {{NAME:Gretchen Fairbanks}}     Member ID: {{HEALTH_PLAN:JQA803317761}}
Claim #: {{ACCOUNT:2024131AH7702}}     DOS: {{DATE:04/29/2024}}
Denial: CPT 29881 - "not medically necessary"

To Whom It May Concern,
I am writing to appeal the denial of arthroscopic partial medial meniscectomy performed on the above date at {{FACILITY:Capital Region Surgery Center}}. Ms. {{NAME:Fairbanks}} had mechanical locking symptoms, a positive McMurray test, and MRI ({{DATE:02/14/2024}}) showing a displaced bucket-handle tear. She failed 8 weeks of PT and a corticosteroid injection on {{DATE:3/1/24}}. Her Kellgren-Lawrence grade is 1, so this is not degenerative disease. These facts meet your policy CG-SURG-92 criteria.
Please reconsider. Enclosed: op note, MRI report, PT notes.

Sincerely,
{{NAME:Rafael Quiñones}}, MD   NPI {{LICENSE:1619027734}}
enc (3)    cc: patient     {{NAME:RQ}}/{{NAME:kls}}`,

  // 23 peer to peer
  `PEER-TO-PEER REVIEW NOTE
Requested by: UM dept {{FACILITY:Kenwood Memorial}}        Date: {{DATE:11/14/2024}}
Pt: {{NAME:Abernethy-Cole, Simone}}   MRN {{MRN:KW-4830021}}   Acct {{ACCOUNT:KW24318804}}
Payer: UnitedHealthcare Community Plan    Member {{HEALTH_PLAN:918830172}}
Denial: inpatient level of care {{DATE:11/10-11/12}}, payer approved observation only. Ref {{ID:UHC-IP-5523019}}
P2P scheduled via payer line 1-866-555-0190 for 1530 on {{DATE:11/14}}.
Attending: Dr. {{NAME:Aurelio Benedetti}}   callback cell {{PHONE:513-555-0169}}
Payer medical director: Dr. {{NAME:Hannah Whitford}}
Summary of discussion (per Dr. {{NAME:Benedetti}}):
- 34 yo w/ DKA, pH 7.08, AG 28, on insulin gtt x 19 h, K 2.9 requiring central K replacement
- ICU/step-down level nursing q1h checks
- MD argued MCG ORG criteria met; Dr. {{NAME:Whitford}} agreed for {{DATE:11/10-11/11}}, upheld obs for {{DATE:11/12}}
Outcome: PARTIAL OVERTURN. 1 inpatient day approved. New auth {{ID:UHC-IP-5523019-A}}.
Documented by {{NAME:Cheryl Ankrom}}, RN UR   {{DATE:11/14/24 1612}}`,

  // 24 SNF referral packet cover
  `SNF REFERRAL PACKET - COVER / CHECKLIST
From: {{FACILITY:Valley Oaks Presbyterian Hospital}} Care Coordination     fax {{FAX:(818) 555-0115}}
To: Admissions, {{FACILITY:Encino Hills Post-Acute}}   fax {{FAX:(818) 555-0160}}   attn {{NAME:Lilit Hovhannisyan}}
Date sent: {{DATE:01/09/2025 14:20}}      Pages: 38

Patient: {{NAME:TERZIAN, GARABED}}    DOB {{DATE:09/30/1934}}    Age {{AGE:90}}
MRN {{MRN:VP0072219}}     Adm {{DATE:01/03/2025}}   Dx: L hip fx s/p ORIF {{DATE:1/4}}
Payer: Medicare A / Medi-Cal secondary {{HEALTH_PLAN:91884302A}}
Code status: DNR/DNI (POLST in packet)
Lang: Armenian - interpreter needed; son {{NAME:Vartan Terzian}} is DPOA {{PHONE:818-555-0121}}
[x] Face sheet      [x] H&P        [x] Op note         [x] PT/OT evals (WBAT LLE)
[x] MAR / med list  [x] Last 3 days progress notes      [x] COVID neg {{DATE:1/8}}
[x] PASRR Level I - no further eval   [ ] TB screen (CXR ok {{DATE:1/3}})
Skilled need: PT/OT daily, enoxaparin 40 mg SQ x 28d, wound check
Anticipated transfer {{DATE:1/10}} pm via {{FACILITY:Angel City Ambulance}}.
Contact: {{NAME:Rubén Alcaraz}}, RN CM   {{PHONE:818-555-0114}}  {{EMAIL:ralcaraz@valleypres.example.org}}`,

  // 25 home health referral
  `HOME HEALTH REFERRAL / F2F ENCOUNTER
Referral to: {{FACILITY:Heartland Visiting Nurses of Polk County}}   intake fax {{FAX:515-555-0157}}
Referral #{{ID:HH-2402-1183}}     Sent {{DATE:2/27/24}}
Pt: {{NAME:Mikkelsen, Arne}}   DOB {{DATE:4/4/1944}}   MRN {{MRN:IM3001472}}
Addr: {{ADDRESS:2716 SE Rose Ave}}, {{LOCATION:Des Moines}}, IA {{ZIP:50315}}   ph {{PHONE:515-555-0192}}
Lives with: wife {{NAME:Bodil}} (80, cognitively intact)
Ins: Medicare A/B   MBI {{HEALTH_PLAN:7HJ3-KT2-QW55}}
Face-to-face encounter date: {{DATE:02/26/2024}} by {{NAME:Naomi Feldstein}}, NP (hospital)
Clinical findings supporting need: CHF exacerbation, new home O2 2 L, deconditioned - ambulates 40 ft w/ FWW, SOB w/ exertion.
Homebound: yes - leaving home requires considerable & taxing effort + assist of 1.
Orders: SN 2w2, 1w3 (wt monitoring, med teaching, furosemide titration), PT eval & treat, OT eval, HHA 2w4.
Certifying physician (community): Dr. {{NAME:Curtis Vandenberg}}  NPI {{LICENSE:1821066439}}  {{FACILITY:Southridge Family Medicine}} ph {{PHONE:515-555-0171}}
O2 supplier: {{FACILITY:MidAmerica Respiratory}}, concentrator SN {{DEVICE:PRX-8812045}}
Start of care requested {{DATE:02/29/2024}}.`,

  // 26 hospice referral intake
  `HOSPICE REFERRAL INTAKE - {{FACILITY:Cedar Bluff Hospice}}
Rec'd {{DATE:3/30/2025 16:05}} by phone from {{NAME:Imani Crutchfield}}, RN CM at {{FACILITY:Baptist Riverside}} (x{{PHONE:7720}})
Referral ID {{ID:CBH-25-0412}}
Patient: {{NAME:Percival "Percy" Langston}}   DOB {{DATE:01/11/1933}}   {{AGE:92}} y/o M
Current loc: {{FACILITY:BR}} 7 Tower rm 741
Home: {{ADDRESS:6420 Old Hickory Rd}}, {{LOCATION:Whites Creek}} TN {{ZIP:37189}}
Terminal dx: end-stage HFrEF (EF 15%), NYHA IV, on 2 inotrope trials failed; PPS 30%, FAST n/a
Secondary: CKD 4, AFib, prior CVA 2019
Attending of record post-admit: Dr. {{NAME:Lorna McBride}} (hospice MD)   PCP Dr. {{NAME:Sunil Ghatak}} agrees to certify
Decision maker: daughter {{NAME:Evangeline Langston-Ward}}  {{PHONE:615-555-0128}} - wants home w/ hospice, aware of prognosis
Equipment needed: hospital bed, O2 concentrator, BSC, W/C -> {{FACILITY:Music City Medical Supply}}
Medicare A elected   MBI {{HEALTH_PLAN:2WR8-FX4-JN60}}
DNR signed {{DATE:3/29/25}}.  Remove AICD shocks - device Medtronic Evera MRI, SN {{DEVICE:BWB418229H}} - EP (Dr. {{NAME:Afolabi}}) to deactivate before dc.
Plan: admission visit {{DATE:Mon 3/31}} 1400 at home after transport by {{FACILITY:Harpeth Valley EMS}}.
Intake by {{NAME:Colette Boudreaux}}, admissions`,

  // 27 amendment request
  `REQUEST TO AMEND HEALTH INFORMATION - HIM worksheet
Received: {{DATE:08/02/2024}}     Tracking {{ID:AMD-2024-0077}}
Requestor: patient, {{NAME:Yolanda Birchfield}}   DOB {{DATE:3/3/1969}}   MRN {{MRN:FS0229184}}
Contact: {{EMAIL:ybirchfield69@inboxmail.example}} / {{PHONE:918-555-0147}}
Record in question: ED physician note DOS {{DATE:07/06/2024}}, author Dr. {{NAME:Gareth Pomeroy}}, {{FACILITY:Frontier St. Luke's - Tulsa}}
Requested change: (pt's words) "Note says I drink 6 beers a day. I said 6 beers a WEEK. Also lists my employer as {{FACILITY:Verdigris Ridge Public Schools}}, I work for {{FACILITY:Bixby Meadow Academy}}. And my emergency contact is wrong, it should be my sister {{NAME:Nadine Birchfield}} not my ex {{NAME:Curtis Oakes}}."
HIM review: forwarded to author {{DATE:8/5}}; registration corrected NOK/employer in demographics {{DATE:8/5}} by {{NAME:R. Pham}}.
Author response {{DATE:08/16/2024}}: agrees on alcohol quantity, addendum entered. Remainder demographic.
Decision: ACCEPTED in part. Letter sent to pt {{DATE:8/19/24}} (within 60 days). Addendum flagged to prior recipients: {{FACILITY:Green Country Behavioral Health}} fax {{FAX:918-555-0130}}.
Processed: {{NAME:Esperanza Lott}}, RHIA, HIM Supervisor`,

  // 28 subpoena log
  `LEGAL / SUBPOENA TRACKING - HIM
Matter: State v. (redacted) / records subpoena   Log #{{ID:SUB-24-0391}}
Served: {{DATE:10/02/2024}} by process server on HIM front desk; recv'd by {{NAME:Kimberly Otieno}}
Issuing: Dist. Court, {{LOCATION:Washoe County}}, case no. {{ID:CR24-01877}}
Attorney: {{NAME:Leonard Halvey}}, Deputy DA   ph {{PHONE:775-555-0122}}   {{EMAIL:lhalvey@washoeda.example.gov}}
Patient: {{NAME:SOTO-REYES, ADRIAN}}   DOB {{DATE:01/25/2001}}   MRN {{MRN:RN-4429018}}
Records: ED visit + toxicology {{DATE:8/17/2024}}, EMS run sheet, photographs of injuries
Return date: {{DATE:10/23/2024 09:00}}
Review ({{NAME:J. Castellano}}, counsel, {{DATE:10/4}}): subpoena NOT accompanied by court order or pt authorization; tox contains SUD treatment info? -> No, ED only, Part 2 n/a. Proceed under 164.512(e) w/ satisfactory assurance - letter requested from DA {{DATE:10/4}}.
Assurance rec'd {{DATE:10/9}}. Certified copies (112 pg) + custodian affidavit signed by {{NAME:Marguerite Ellison}}, custodian of records, notarized {{DATE:10/11/24}}.
Delivered {{DATE:10/14}} via courier {{FACILITY:Sierra Legal Couriers}}, tracking {{ID:SLC889120045}}.
Pt notification letter mailed {{DATE:10/14}} to {{ADDRESS:1550 Wedekind Rd, Apt 210}}, {{LOCATION:Sparks}} NV {{ZIP:89431}}.`,

  // 29 workers comp
  `WORKERS' COMPENSATION - CASE NOTE
Occ Health: {{FACILITY:Riverbend Occupational Medicine}}   {{DATE:05/13/2025}}
Employee/pt: {{NAME:Dmitri Volkonsky}}   DOB {{DATE:11/7/1986}}   MRN {{MRN:RB-00551289}}
Employer: {{FACILITY:Tri-State Cold Storage}}, {{ADDRESS:900 Port Industrial Dr}}, {{LOCATION:Camden}} NJ
Supervisor: {{NAME:Ray Mancuso}} {{PHONE:856-555-0174}}
Carrier: Travelers   Claim #{{ACCOUNT:WC-7U44180-2025}}   adjuster {{NAME:Patrice Dunleavy}} {{PHONE:856-555-0106}} fax 1-888-555-0142
DOI: {{DATE:04/28/2025}} - slipped on ice in freezer aisle, R shoulder FOOSH
Visit summary: R shoulder strain vs partial RC tear; MRI auth req'd under WC (CPT 73221), Ortho referral to Dr. {{NAME:Faye Lindgren}} at {{FACILITY:Delaware River Bone & Joint}}.
Work status: MODIFIED DUTY - no lifting >10 lb R arm, no overhead work, no forklift operation, through {{DATE:5/27/25}}.
Form: NJ DWC status report faxed to employer HR fax {{FAX:856-555-0175}} and adjuster {{DATE:5/13}} 1125.
Next appt {{DATE:5/27}} 0830.
Case mgr: {{NAME:Tamsin Okafor}}, RN   cell {{PHONE:856-555-0103}}`,

  // 30 MVA lien / PIP
  `PATIENT ACCOUNTS - 3RD PARTY LIABILITY / PIP
ACCT: {{ACCOUNT:50993118}}     PT: {{NAME:Benoit, Gaelle}}     DOB: {{DATE:06/14/1997}}
DOS: {{DATE:07/21/2024}} ED + {{DATE:07/22/2024}} CT C-spine (72125), CT head (70450)
MVA DOI {{DATE:07/21/2024}}, pt driver, rear-ended on {{ADDRESS:I-95 at exit 12}}
AUTO CARRIER: Progressive   claim {{ACCOUNT:24-3318920-01}}   PIP limit $10,000   adj {{NAME:Marcus Tillery}} ext {{PHONE:4418}}
HEALTH INS: Florida Blue   ID {{HEALTH_PLAN:FBH440918233}} (secondary after PIP exhaust)
ATTY: {{NAME:Sheila Ortega-Graves}}, Esq, {{FACILITY:Graves Injury Law}}  {{PHONE:(561) 555-0139}}  LOP rec'd {{DATE:8/2/24}}
------
{{DATE:08/05/24}} {{NAME:CVELEZ}} billed PIP on UB-04, $7,612.45
{{DATE:09/12/24}} {{NAME:CVELEZ}} PIP paid 80% of fee sched $3,204.11; EOB scanned
{{DATE:09/12/24}} {{NAME:CVELEZ}} bal $4,408.34 - FL law: may not bill pt beyond PIP for ER svcs? chk w/ mgr
{{DATE:09/16/24}} {{NAME:ATURNER}} per mgr {{NAME:Denise Falk}}: file hospital lien w/ {{LOCATION:Palm Beach County}} clerk, copy to atty. Lien #{{ID:HL-2024-0912}}
{{DATE:11/30/24}} {{NAME:ATURNER}} atty letter: case settled, lien to be satisfied from proceeds`,

  // 31 nurse triage call
  `NURSE ADVICE LINE - TELEPHONE ENCOUNTER
Call ID {{ID:NAL-250219-00733}}    Rec'd {{DATE:02/19/2025 23:48}}    RN: {{NAME:Bethany Kowalski}}
Caller: mother, {{NAME:Anita Ramdhanie}}, calling about {{NAME:Kiran Ramdhanie}} (DOB {{DATE:05/02/2023}}, 21 mo)
Call-back #: {{PHONE:718-555-0161}}   Verified w/ chart MRN {{MRN:QP20031877}}
PCP: Dr. {{NAME:Ileana Mastrogiacomo}}, {{FACILITY:Jamaica Hills Pediatrics}}
Protocol: Fever - Pediatric (Schmitt-Thompson)
S: temp 103.1 rectal x 2 days, drinking ok, 4 wet diapers today, no rash, no resp distress, pulling at R ear. Gave ibuprofen 100 mg at 2200.
Neg for: stiff neck, lethargy, purple spots, difficult breathing
Disposition: See PCP within 24 hrs. Care advice given: fluids, antipyretic dosing by wt (12 kg), return precautions.
Mom asks if can go to {{FACILITY:QuickCare Jamaica Ave}} instead in AM - ok.
Appt request routed to PCP office pool; FYI to office fax {{FAX:718-555-0163}}.
Interpreter: declined, English.
Call closed {{DATE:02/19/2025 23:59}}. Follow-up call {{DATE:2/20}} 1030 by {{NAME:LMC}}: seen at urgent care, AOM, on amoxicillin 90 mg/kg/d.`,

  // 32 no-show outreach log (tab separated)
  `NO-SHOW OUTREACH WORKLIST  {{FACILITY:Eastgate Community Clinic}} - Behavioral Health   week of {{DATE:3/10/25}}
MRN	Patient	Appt	Provider	Phone	Attempt	Outcome
{{MRN:E0044172}}	{{NAME:Baptiste, Wesner}}	{{DATE:3/10}} 0900	{{NAME:Kovac}}	{{PHONE:617-555-0111}}	1	LVM
{{MRN:E0091836}}	{{NAME:Ahmed, Hodan}}	{{DATE:3/10}} 1000	{{NAME:Kovac}}	{{PHONE:617-555-0112}}	1	spoke - forgot, resched {{DATE:3/17}}
{{MRN:E0102264}}	{{NAME:O'Rourke, Siobhan}}	{{DATE:3/11}} 1330	{{NAME:Delacroix}}	{{PHONE:617-555-0113}}	2	# disconnected -> letter to {{ADDRESS:45 Bowdoin St, #3}}
{{MRN:E0007781}}	{{NAME:Pereira, Joaquim}}	{{DATE:3/12}} 0800	{{NAME:Delacroix}}	{{PHONE:617-555-0114}}	1	pt in hospital ({{FACILITY:Neponset Valley Hosp}}), hold
{{MRN:E0118830}}	{{NAME:Lam, Jessie}}	{{DATE:3/13}} 1500	{{NAME:Kovac}}	{{PHONE:617-555-0115}}	3	3rd NS - per policy dc from panel? route to Dr. {{NAME:Kovac}}
Notes: outreach per NS policy BH-07; 3 NS in 6 mo triggers review. Do not leave detailed VM for BH pts.
Worked by {{NAME:Tatiana Brito}}, PSR   {{DATE:3/14/25}}`,

  // 33 portal billing thread
  `Patient Portal > Billing Customer Service > Message
Account: {{ACCOUNT:SBO-0082213394}}    Guarantor: {{NAME:Harold W. Pennington}}
---
[{{DATE:07/08/2024 08:15}}] {{NAME:Harold Pennington}} wrote:
I received a bill for $385 for my wife's visit on {{DATE:May 17}}. She has Medicare and a supplement (Mutual of Omaha). This should be $0. Her name is {{NAME:Judith Pennington}}, DOB {{DATE:2-9-1947}}. Please fix or tell me who to call.
---
[{{DATE:07/09/2024 13:40}}] {{NAME:Ximena}} (Billing CS) wrote:
Hello Mr. {{NAME:Pennington}}, thank you for reaching out. I see the claim {{ACCOUNT:PB24139-00871}} was sent to Medicare and paid, but the supplement rejected it because the member ID on file ({{HEALTH_PLAN:MOO-4471022}}) is inactive. Could you send a photo of the front and back of her current card? You can attach it here.
---
[{{DATE:07/09/2024 19:02}}] {{NAME:Harold Pennington}} wrote:
attached. new # is {{HEALTH_PLAN:MOO-8803316}} they changed it in january
---
[{{DATE:07/10/2024 09:11}}] {{NAME:Ximena}} (Billing CS) wrote:
Thank you! Updated and resubmitted. Statement on hold 45 days. Ref {{ID:CS-1140592}}. - {{NAME:Ximena R.}}, {{FACILITY:Sandhills Medical Group}} Patient Accounts, {{PHONE:910-555-0152}}`,

  // 34 ASL interpreter request
  `INTERPRETER REQUEST FORM - ASL / CDI
Request # {{ID:IR-25-0609-14}}        Submitted {{DATE:06/02/2025}}  by {{NAME:Caitlin Moorhouse}} (OB scheduler)
Patient: {{NAME:Zachariah Oyelowo-Finch}}     MRN {{MRN:NM0300418}}     DOB {{DATE:12/12/1990}}
Communication: Deaf, ASL primary, uses VP {{PHONE:(505) 555-0137}}; text {{PHONE:505-555-0138}}; {{EMAIL:zoyelowofinch@signmail.example}}
Appointment: {{DATE:Mon 6/9/2025}} 0930-1130, {{FACILITY:RGMC}} Women's Clinic, {{ADDRESS:3390 Lomas Blvd NE}}, 3rd fl
Type: prenatal visit + anatomy US; partner {{NAME:Rochelle}} (hearing) attending, pt requests CDI team
Agency: {{FACILITY:Enchanted Hands Interpreting}}  ph {{PHONE:505-555-0179}}  PO {{ID:PO-88201}}
Assigned: {{NAME:Gabriel Trujillo}} (NIC {{LICENSE:88-4412}}) + CDI {{NAME:Marisa Benally}} (CDI {{LICENSE:CDI-1190}})
Confirmation rec'd {{DATE:6/4}}.
Notes: do NOT use VRI for this pt per previous grievance {{ID:GR-2024-117}}; VRI cart IP {{IP:10.12.40.77}} had lag. Reminder letter mailed to {{ADDRESS:4100 Montgomery Blvd NE, Apt 1208}}, {{LOCATION:Albuquerque}} {{ZIP:87109}}.`,

  // 35 stretcher transport
  `TRANSFER / TRANSPORT REQUEST - Transfer Center
Req {{ID:TC-0912-4471}}   {{DATE:09/12/2024 18:22}}   Coordinator: {{NAME:Lamar Givens}}
Sending: {{FACILITY:Fayette Regional Medical Center}}, ED bay 9    RN report: {{NAME:Corinna Yates}} x{{PHONE:2215}}
Receiving: {{FACILITY:University of the Ozarks Medical Center}} - Neuro ICU, bed 4N-12; accepting Dr. {{NAME:Bhattacharya}} (neurocrit)
Pt: {{NAME:Pruett, Dalton}}   DOB {{DATE:3/9/1962}}   MRN (sending) {{MRN:FR8830217}}  MRN (recv) {{MRN:0042291870}}
Dx: ICH L basal ganglia, GCS 11, SBP 188 on nicardipine 10 mg/h
Mode: critical care ground, {{FACILITY:Ozark Mountain Ambulance}} Unit 7 (CCT RN/medic), plate AR {{VEHICLE:7HMK442}}
ETA 1930.  Wife {{NAME:Bonnie}} following by car, cell {{PHONE:479-555-0102}}.
Payer: Arkansas Medicaid / ARKids n/a - adult, Medicaid ID {{HEALTH_PLAN:00049182771}}
EMTALA memo of transfer signed by Dr. {{NAME:Oyelaran}} {{DATE:9/12/24 18:15}}; imaging pushed via PACS to {{IP:10.88.2.14}} ({{FACILITY:UOMC}} gateway) accession {{ID:FR-CT-24091288}}.
Closed {{DATE:9/12/24 19:41}}: pt arrived.`,

  // 36 power wheelchair DME
  `STANDARD WRITTEN ORDER - POWER MOBILITY DEVICE
Supplier: {{FACILITY:Great Plains Rehab Technology}}   ATP: {{NAME:Colby Rasmussen}}, ATP/SMS   ph {{PHONE:402-555-0189}}
Beneficiary: {{NAME:Wilhelmina "Billie" Sorensen}}   DOB: {{DATE:10/10/1957}}   MBI: {{HEALTH_PLAN:9KD1-RE6-TP42}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Wahoo}}, NE {{ZIP:68066}}
Order date {{DATE:04/15/2025}}   F2F mobility exam {{DATE:04/03/2025}} by Dr. {{NAME:Esther Kaminski}} (PM&R), {{FACILITY:Platte Valley Rehab Hospital}}
Dx: G35 multiple sclerosis; R26.89; M62.81
Item: K0861 Group 3 PWC, multiple power option (Permobil M3 Corpus)
  E2310 power elevating legrest x2, E1002-E1008 power seating (tilt/recline)
  E2611 general use back cushion   E2622 skin protection seat cushion
Length of need: 99 months
Prescriber: {{NAME:Esther Kaminski}}, MD  NPI {{LICENSE:1447719032}}   e-signed {{DATE:04/15/2025 11:02}}
Home assessment {{DATE:4/21}}: ramp at side entry, doorways 34 in OK; husband {{NAME:Gunnar}} completed training.
Delivery {{DATE:06/02/2025}}: base SN {{DEVICE:M3C-2410-88317}}, joystick SN {{DEVICE:RNET-JSM-0047215}}; CMN/SWO on file. Prior auth (Medicare PA for K0861) UTN {{ID:14152A0R4471}}.
Tech: {{NAME:dw}}`,

  // 37 home oxygen order
  `HOME OXYGEN ORDER & QUALIFYING TEST
Pt name: {{NAME:Roosevelt Baskerville Jr.}}      DOB {{DATE:8/29/1950}}     MRN {{MRN:SH-661203}}
Home: {{ADDRESS:221 Magnolia Bend Rd}}, {{LOCATION:Hattiesburg}}, MS {{ZIP:39402}}   {{PHONE:601-555-0154}}
Payer: Medicare B + Humana Gold Plus (MA)  ID {{HEALTH_PLAN:H55021903}}
Qualifying test {{DATE:10/21/2024}} (inpatient, within 2 days of dc) at {{FACILITY:Forrest Pines Hospital}}
   SpO2 RA at rest 86%  ->  on 2 L NC 94%
   Ambulation RA: 84% at 90 ft
Testing performed by: {{NAME:Yvette Rainey}}, RRT
Group I qualification. Dx J44.1 COPD w/ exacerbation, J96.11.
Order: O2 2 L/min continuous via NC, at rest/exertion/sleep; stationary concentrator E1390, portable E1392 (POC), tubing/cannulas
Length of need: 12 months (re-eval)
Ordering: {{NAME:Chinedu Obi}}, MD   NPI {{LICENSE:1275530186}}
Supplier: {{FACILITY:Pine Belt Oxygen & Medical}}   fax {{FAX:601-555-0159}}   setup {{DATE:10/23/24}}
Equipment: Inogen-type POC SN {{DEVICE:IG5-0331-72950}}; stationary SN {{DEVICE:ECP-19X-442081}}
Smoking status: quit {{DATE:09/2024}}; pt counseled re fire risk. Smoke detector verified by tech {{NAME:A. Holyfield}}.`,

  // 38 insulin pump supplies
  `DIABETES SUPPLY ORDER - PUMP / CGM   Order #{{ID:DS-557102}}
Pt: {{NAME:Aaliyah Thibodeaux}} (minor, 14 yo)   DOB {{DATE:03/27/2011}}   MRN {{MRN:CH-2280419}}
Parent/guardian: {{NAME:Monique Thibodeaux}}   {{PHONE:225-555-0143}}   {{EMAIL:moniquethib@webmail.example}}
Clinic: {{FACILITY:Bayou Children's Endocrine Center}} - CDCES {{NAME:Paige Landry}}
Ins: Louisiana Medicaid - Healthy Blue   ID {{HEALTH_PLAN:LA7730044291}}
Pump: Tandem t:slim X2, SN {{DEVICE:1229047}}, warranty exp {{DATE:11/2027}}
CGM: Dexcom G7, receiver-free (phone app)
Supplies (90 day):
  A4224 / cartridges t:slim 3 mL   x 30
  A4231 / AutoSoft 90 infusion sets 6 mm/23"   x 30
  A9276 / G7 sensors   x 9  (lot irrelevant)
  Insulin: lispro U-100 vial 10 mL x 6 (NDC 0002-7510-01) via pharmacy benefit
DX: E10.65
Ship to: {{ADDRESS:18422 Highland Creek Ave}}, {{LOCATION:Baton Rouge}} LA {{ZIP:70817}}
Supplier: {{FACILITY:Magnolia Diabetes Direct}} fax {{FAX:225-555-0190}}
Signed Dr. {{NAME:Rajiv Malhotra}}, peds endo, NPI {{LICENSE:1730118827}}, {{DATE:01/08/2025}}
Note: school nurse at {{FACILITY:Sherwood Oaks Middle School}} (Ms. {{NAME:Trahan}}) needs updated DMMP - faxed {{DATE:1/8}}.`,

  // 39 specimen rejection / send-out
  `LAB CLIENT SERVICES - SPECIMEN PROBLEM NOTICE
Notice #{{ID:SPN-24-10-2281}}     Date: {{DATE:10/17/2024 06:40}}
To: {{FACILITY:Blackhawk Family Medicine}}, attn lab / {{NAME:Kristen Doolittle}} MA      fax {{FAX:563-555-0127}}
From: {{FACILITY:Quad Cities Regional Lab}} client services {{PHONE:563-555-0120}}
Patient: {{NAME:VANDERWAL, CORNELIUS}}     DOB {{DATE:02/02/1962}}
Accession: {{ID:QC2429100318}}     Collected {{DATE:10/16/2024 15:20}}
Test: 86803 Hep C Ab w/ reflex RNA; 84153 PSA total
Problem: specimen received HEMOLYZED and unlabeled aliquot tube (only 1 of 2 tubes had pt label). Per policy LAB-ACC-04 unlabeled specimen cannot be tested.
Action required: recollect. Original order remains open. Req {{ID:REQ-889-41277}}.
Call placed to office {{DATE:10/17}} 0815, spoke w/ {{NAME:Kristen}}; pt to return {{DATE:10/18}}. Pt home {{PHONE:563-555-0134}}.
Documented by: {{NAME:Oluwaseun Adebayo}}, MLS(ASCP)
QA occurrence logged: {{ID:QA-7782}}`,

  // 40 outside path consult request
  `REQUEST FOR OUTSIDE PATHOLOGY MATERIAL / CONSULTATION
Date: {{DATE:Feb 3, 2025}}
To: Pathology Dept, {{FACILITY:St. Dymphna Medical Center}}   fax {{FAX:509-555-0193}}
From: {{FACILITY:Inland Northwest Cancer Institute}} Tumor Board Coordinator {{NAME:Heather Blomquist}}   ph {{PHONE:509-555-0199}}
Patient: {{NAME:Fitzgerald, Moira A.}}   DOB {{DATE:9-14-1964}}   your MRN {{MRN:SH00918274}}  our MRN {{MRN:INCI-330217}}
Please send: H&E + unstained slides (10, charged) and blocks A3, A5 from case {{ID:SHS25-00412}} (L breast core bx, {{DATE:01/16/2025}}), and final report.
Requested by: Dr. {{NAME:Yusuf Karimi}}, med onc - for HER2-low reassessment (IHC 1+ vs 0), possible trastuzumab deruxtecan.
Return of blocks: will return within 30 days to your histology lab.
Ship via FedEx on our acct to: {{FACILITY:INCI}} Pathology, {{ADDRESS:1200 N Division St, Suite 110}}, {{LOCATION:Spokane}} WA {{ZIP:99202}}
Patient authorization attached (signed {{DATE:1/30/25}}). Tumor board date {{DATE:2/12}}.
Questions: {{EMAIL:hblomquist@incicancer.example.org}}
--- recvd/processed by {{NAME:LKT}} {{DATE:2/4/25}}; slides shipped {{DATE:2/5}} by FedEx.`,

  // 41 HIM deficiency report
  `HIM INCOMPLETE RECORDS - PHYSICIAN DEFICIENCY REPORT    run: {{DATE:12/02/2024 0600}}
{{FACILITY:Wabash Prairie Hospital}} Medical Staff Office
Physician: {{NAME:REYNOLDS-ACHEBE, OLUWAKEMI}} MD    Dr # {{ID:4412}}    NPI {{LICENSE:1982044315}}
Status: DELINQUENT (>30 days) - suspension warning letter #2
ACCT        PATIENT                 DISCH      DEFICIENCY             AGE(d)
{{ACCOUNT:30018822}}    {{NAME:HOBBS, LORETTA}}          {{DATE:10/14/24}}   DC summary - dictate      49
{{ACCOUNT:30019417}}    {{NAME:ZIELINSKI, FRANK}}        {{DATE:10/22/24}}   H&P - sign                41
{{ACCOUNT:30019950}}    {{NAME:MBEKI, THANDIWE}}         {{DATE:10/29/24}}   verbal order - auth       34
{{ACCOUNT:30020388}}    {{NAME:CRUZ-DELEON, MATEO}}      {{DATE:11/08/24}}   op note - sign            24
{{ACCOUNT:30020611}}    {{NAME:PETTIGREW, AMOS}}         {{DATE:11/12/24}}   progress note co-sign     20
Total: 5 (3 delinquent)
Comments:
 {{DATE:11/25}} - emailed {{EMAIL:oreynoldsachebe@wabashprairie.example}}, no reply
 {{DATE:11/27}} - called office, spoke w/ {{NAME:Tammy}}, dr on vacation until {{DATE:12/2}}
 {{DATE:12/02}} - letter #2 placed in dr mailbox, cc CMO Dr. {{NAME:Harlan Bixby}}
Analyst: {{NAME:Joanne Slusher}}, RHIT  ext {{PHONE:3317}}`,

  // 42 CDI query malnutrition
  `CLINICAL DOCUMENTATION INTEGRITY - CONCURRENT QUERY
Query #{{ID:CDI-2024-88132}}   Sent {{DATE:03/05/2024 14:10}} via in-basket
To: Dr. {{NAME:Oksana Petrenko}} (hospitalist)    CDS: {{NAME:Luis Arredondo}}, RN, CCDS
Pt: {{NAME:Harrington, Millicent}}   MRN {{MRN:0728833}}   Acct {{ACCOUNT:88420017}}   {{FACILITY:Lakeview 7}}, rm 7012
Adm {{DATE:3/1/24}}  LOS 4  working DRG 640 (misc disorders of nutrition w/o MCC)

Dietitian assessment {{DATE:3/2}} ({{NAME:Rebecca Sandoval}}, RD, LDN):
 - wt 41.2 kg, BMI 16.1; 11% wt loss in 3 mo (usual 46.5 kg)
 - intake <50% estimated needs x > 5 days
 - moderate temporal & interosseous muscle wasting; moderate fat loss orbital
 - meets ASPEN/AND criteria for SEVERE protein-calorie malnutrition in context of chronic illness
Provider notes state "poor PO intake", "frail". 
Please clarify in your documentation if you agree with one of the following:
 [ ] Severe protein-calorie malnutrition (E43)
 [ ] Moderate protein-calorie malnutrition (E44.0)
 [ ] Other ______   [ ] Clinically unable to determine
Response {{DATE:3/5/24 16:48}}: "Agree severe PCM, E43 - addended progress note." - {{NAME:OP}}
Closed by {{NAME:LA}}. DRG shift 640 -> 640 w/ MCC.`,

  // 43 coding query email
  `From: Coding Validation <{{EMAIL:codingqueries@cascadiahealth.example.org}}>
To: {{NAME:Ahmadi, Farzaneh}} MD
Date: {{DATE:Wed 9/25/2024 8:03 AM}}
Subject: [SECURE] Query - {{NAME:Lindholm, Per}} / HAR {{ACCOUNT:6640918827}}

Dr. {{NAME:Ahmadi}},
Pt {{NAME:Per Lindholm}} ({{MRN:CH0049912}}), adm {{DATE:9/16}} {{FACILITY:Cascadia Health Olympia}}, dc {{DATE:9/21}}.
ED note: T 39.2, HR 118, RR 24, WBC 17.8, lactate 3.1, UA + nitrite, BCx E. coli 2/2. Received 30 mL/kg bolus and ceftriaxone.
Your H&P and DC summary document "UTI" and "bacteremia". "Sepsis" is documented by the ED physician (Dr. {{NAME:Kwame Asante}}) but not carried forward by the attending.
Based on the clinical picture, please document the condition being treated:
 - Sepsis due to E. coli UTI, w/o acute organ dysfunction (A41.51, N39.0)
 - Sepsis with acute organ dysfunction - specify
 - UTI w/ bacteremia only, sepsis ruled out
 - Unable to determine
Reply in Epic query activity.
Thank you,
{{NAME:Brigitte Camarena}}, RHIT CCS | Coding Quality Analyst | {{PHONE:360-555-0144}}
> Reply {{DATE:9/26/2024 7:12 PM}} from {{NAME:F. Ahmadi}}: "sepsis was present on admission, due to E coli UTI, ruled in. addendum done."`,

  // 44 medication error incident
  `INCIDENT REPORT - MEDICATION EVENT          Report # {{ID:IR-MED-24-1190}}
Facility: {{FACILITY:Sunnyslope Behavioral Hospital}}     Unit: {{FACILITY:Desert Willow Adolescent Unit}}
Date/time of event: {{DATE:07/30/2024 2100}}     Discovered {{DATE:07/31/2024 0745}}
Pt involved: {{NAME:C. Begaye}} (MRN {{MRN:SBH-44102}}), 16 yo
Also involved (near miss): {{NAME:C. Begay}} (MRN {{MRN:SBH-44218}}), 15 yo - look-alike name
Type: wrong patient - administered med
Description: HS meds: quetiapine 100 mg given to {{NAME:Begaye}} intended for {{NAME:Begay}}. Both pts in Day Room at med pass; ID bands not scanned (scanner #3 down - work order {{ID:WO-55218}}). Pt {{NAME:Begaye}} normally takes sertraline 50 mg only.
Outcome: pt somnolent overnight, VS q2h stable, no intervention. Psychiatrist Dr. {{NAME:Prabhu}} notified {{DATE:7/31}} 0800. Guardian (grandmother {{NAME:Ella Begaye}}, {{LOCATION:Kayenta}}) notified by phone {{PHONE:928-555-0116}} {{DATE:7/31}} 0905 - upset, requests call from DON.
Involved staff: {{NAME:Nathaniel Rusk}}, LPN (agency - {{FACILITY:Sonoran Staffing Partners}})
Contributing: name alert not on MAR, staffing 1:12.
Harm score: E (temporary harm, monitoring)
Reported by {{NAME:Ysela Quintero}}, RN charge   Reviewed: Pharmacy {{NAME:T. Ng}} PharmD`,

  // 45 grievance log
  `PATIENT RELATIONS - GRIEVANCE / COMPLAINT LOG
Case #{{ID:PR-2025-0448}}     Rec'd {{DATE:04/14/2025}}    Via: phone to PR line    Intake: {{NAME:Shirley Achterberg}}
Complainant: {{NAME:Desmond Okwuosa}} (son of pt)    {{PHONE:832-555-0105}}    {{EMAIL:d.okwuosa@mailhub.example}}
Patient: {{NAME:Grace Okwuosa}}    DOB {{DATE:11/30/1944}}    MRN {{MRN:HB-7703194}}
Encounter: admission {{DATE:4/2-4/9/2025}}, {{FACILITY:Bayou City Methodist}}, {{FACILITY:Fondren 8}}
Category: Communication / Care - dignity
Summary: son states mother (Igbo speaker, limited English) was not offered interpreter for consent for PICC on {{DATE:4/5}}; nurse used granddaughter (age 12) to interpret. Also states her dentures were lost on transfer from ICU to floor - requests reimbursement ($1,850, dentist Dr. {{NAME:Uzoma}} at {{FACILITY:Westchase Dental Arts}}).
Classification: GRIEVANCE (CMS) - written response due within 7 days.
Assigned: {{NAME:Natalie Broussard}}, PR specialist; copy to Nurse Mgr {{NAME:Kevin Tran}}, Language Svcs mgr {{NAME:Adaeze Nwosu}}.
{{DATE:4/15}} ack letter mailed to {{ADDRESS:7811 Beechnut St, Apt 1904}}, {{LOCATION:Houston}} TX {{ZIP:77074}}.
Lost property report {{ID:LP-25-0061}} filed w/ Security.`,

  // 46 grievance resolution letter
  `{{FACILITY:NORTH COUNTRY MEDICAL CENTER}}
Office of Patient Experience
{{ADDRESS:75 Hospital Drive}}, {{LOCATION:Plattsburgh}}, NY {{ZIP:12901}}  |  {{PHONE:518-555-0166}}

{{DATE:May 2, 2025}}

Mr. {{NAME:Lucien Thibault}}
{{ADDRESS:14 Cumberland Head Rd}}
{{LOCATION:Plattsburgh}}, NY {{ZIP:12901}}

Re: Grievance {{ID:NCMC-G-25-031}}   Patient: {{NAME:Rose-Marie Thibault}}

Dear Mr. {{NAME:Thibault}}:
Thank you for sharing your concerns about your wife's care in our Emergency Department on {{DATE:April 18, 2025}}. We have completed our review, which included the medical record, interviews with staff, and the call-light log for ED room 14.
Our review found that there was a delay of about 3 hours in pain medication after it was ordered. This was due to a high volume of patients and a pharmacy system outage. We agree this was not acceptable. The ED manager, {{NAME:Chantal Duquette}}, RN, has reviewed the findings with the team, and a new backup process for med dispensing has been put in place.
You also asked about the bill. Because of the delay we have asked our billing office to remove the facility charge for that visit (account {{ACCOUNT:NC44091278}}).
If you are not satisfied you may contact the NYS Department of Health at 1-800-555-0107 or The Joint Commission.
Sincerely,
{{NAME:Geneviève Arsenault}}, Director, Patient Experience`,

  // 47 care management high risk
  `CARE MANAGEMENT - HIGH RISK OUTREACH NOTE     {{DATE:06/20/2024 1:15p}}
Program: Complex CM (ACO)   Attributed PCP: Dr. {{NAME:Winifred Osei}}, {{FACILITY:Brookfield Primary Care}}
Member: {{NAME:Dante Scarborough}}  DOB {{DATE:5/5/1961}}  MRN {{MRN:1170043}}  Medicare MBI {{HEALTH_PLAN:3RT5-UM8-AC17}}
Risk: HCC score 3.42; 4 ED visits + 2 admits last 6 mo (CHF, COPD, ESRD on HD at {{FACILITY:Lakeshore Dialysis}})
Contact: phone {{PHONE:414-555-0129}} - reached pt on 2nd attempt
S: "I'm tired of all this." Missed HD {{DATE:Sat 6/15}} - no ride, sister's car broke down. Ran out of torsemide 3 days ago, pharmacy ({{FACILITY:Brew City Drug}} on {{ADDRESS:Capitol Dr}}) says needs PA?
A/P:
 1. Called {{FACILITY:Brew City Drug}}: not PA, just refill too soon per plan - overridden, ready today. Pt's nephew {{NAME:Terrell}} will pick up.
 2. Transport: enrolled w/ plan NEMT, standing HD rides booked, conf {{ID:NEMT-9920187}}.
 3. PHQ-2 = 4 -> PHQ-9 = 14; warm handoff to BH CM {{NAME:Ingrid Solberg}}, LCSW {{DATE:6/21}}.
 4. Goals of care convo suggested - pt open. Scheduled w/ PCP {{DATE:6/27}}.
Next contact 1 wk.   {{NAME:Fatima Zahra Benali}}, RN CCM   {{PHONE:414-555-0130}}`,

  // 48 eligibility response pipe
  `ELIGIBILITY RESPONSE (271) - parsed   req by {{NAME:mgolden}} {{DATE:2024-08-29 07:41:12}}   trace {{ID:TRN-000188420155}}
SEG|FIELD|VALUE
NM1|PAYER|Cigna
NM1|PAYER_ID|62308
NM1|PROVIDER|{{FACILITY:ALPINE SURGICAL ASSOCIATES}}
NM1|PROVIDER_NPI|{{LICENSE:1669302271}}
NM1|SUBSCRIBER|{{NAME:KAPOOR/ARJUN}}
NM1|MEMBER_ID|{{HEALTH_PLAN:U8830174201}}
DMG|DOB|{{DATE:19780402}}
N3|ADDR|{{ADDRESS:5520 S HOLLY ST APT 7}}
N4|CITY_ST_ZIP|{{LOCATION:GREENWOOD VILLAGE}}|CO|{{ZIP:80111}}
NM1|DEPENDENT|{{NAME:KAPOOR/MEERA}}
DMG|DEP_DOB|{{DATE:20090915}}
EB|ACTIVE|30|Health Benefit Plan Coverage|OAP
DTP|PLAN_BEGIN|{{DATE:20240101}}
EB|DEDUCTIBLE|IND|$2,500.00|MET $1,140.22
EB|OOP_MAX|IND|$6,000.00
EB|COINS|IN-NET|20%
EB|PRIOR_AUTH|REQUIRED|CPT 47562 outpatient - no; inpatient - yes
MSG|Call 1-800-555-0132 for benefit questions
--- note: dependent {{NAME:Meera}} scheduled lap chole {{DATE:9/10}} at {{FACILITY:Arapahoe Ridge Surgery Center}}, est pt resp $1,359.78 + 20%. -{{NAME:MG}}`,

  // 49 UR observation MOON
  `UR NOTE - STATUS CHANGE / CONDITION CODE 44
Pt: {{NAME:O'Dell, Francis X.}}   MRN {{MRN:SV-22910034}}   Acct {{ACCOUNT:SV00881239}}
Loc: {{FACILITY:Shenandoah Valley Medical Center}}, 3 East rm 317
Order: inpatient written {{DATE:12/03/2024 0215}} by Dr. {{NAME:Kamara}} (nocturnist) - chest pain r/o ACS
Payer: Medicare traditional  MBI {{HEALTH_PLAN:6EK4-XW1-PP38}}
Review {{DATE:12/03}} 0900: trop x3 neg, stress test neg, d/c planned today. MCG Chest Pain - does not meet IP; 2-MN expectation not supported.
Secondary review: physician advisor Dr. {{NAME:Yasmin Haddad}} (via {{FACILITY:Ardent Physician Advisory}}) {{DATE:12/03/24 10:40}} - agrees obs appropriate.
Attending Dr. {{NAME:Peter Castellano}} concurs, order changed to OUTPATIENT/OBS {{DATE:12/03/24 11:05}}; UR committee member Dr. {{NAME:Lowry}} signed.
Pt/family notified: MOON + written notice delivered {{DATE:12/3/24 1130}} by {{NAME:Annette Vickers}}, RN; wife {{NAME:Colleen O'Dell}} present. Copy in chart. Explained Part B copays, SNF 3-day rule.
Condition code 44 to be applied. Billing notified via {{EMAIL:pfs-ur@svmc.example.org}}.
-{{NAME:av}}`,

  // 50 bed board / transfer center log
  `TRANSFER CENTER LOG - {{DATE:Sun 01/26/2025}}   {{FACILITY:Tidewater University Hospital}} ({{FACILITY:TUH}})
TIME | CALLER / FACILITY | PT | ACCEPT MD | DISPO
0112 | RN {{NAME:Haskins}}, {{FACILITY:Nansemond Community Hosp}} {{PHONE:757-555-0177}} | {{NAME:B. Whitehurst}}, 71M STEMI | Dr. {{NAME:Salgado}} (cath) | ACCEPTED, cath lab direct, bed CCU-4
0245 | Dr. {{NAME:Mitchum}}, {{FACILITY:Outer Banks Regional}} {{PHONE:252-555-0123}} | {{NAME:T. Etheridge}}, 34F ectopic? | Dr. {{NAME:Pham}} (OB) | DECLINED - stable, manage locally
0530 | EMS Medic 12 ({{LOCATION:Chesapeake}} Fire) | unknown male 40s trauma | trauma | ED direct, not transfer
0710 | {{NAME:Kelsey}}, CM {{FACILITY:Bayview Nursing & Rehab}} {{PHONE:757-555-0146}} | {{NAME:Hazel Goodloe}}, {{AGE:94}}F hypoxia | Dr. {{NAME:Oduro}} (hosp) | ACCEPTED {{FACILITY:Jeffries 6}} bed 614
0955 | Dr. {{NAME:Ruiz-Pagan}}, {{FACILITY:Riverside Urgent Care - Suffolk}} | {{NAME:M. Ferebee}}, 19M ?appy | surgery | ED to ED
Notes: CCU at capacity after 0900; diversion for cardiac {{DATE:1/26}} 0930-1300 per Dr. {{NAME:Salgado}}.
Coordinator: {{NAME:Derrick Moye}}, RN     ({{FACILITY:TUH}} transfer line {{PHONE:757-555-0100}})`,

  // 51 tumor board email
  `Subject: Thoracic Tumor Board {{DATE:Thurs 10/17}} - case list (FINAL)
From: {{NAME:Odessa Kimbrough}} <{{EMAIL:okimbrough@pinecrestcancer.example.org}}>
To: thoracic-tb distribution list
Date: {{DATE:10/15/2024 4:52 PM}}

All - final list below. WebEx link: {{URL:https://pinecrest.webex.example.com/meet/thoracictb}}  (room 2B for in-person)
1. {{NAME:ALVARADO, RAMONA}}  MRN {{MRN:PC-118803}}  {{DATE:3/2/1956}}  RUL 2.3 cm adenoca, EBUS N2 neg - surgery vs SBRT.  Presenter Dr. {{NAME:Lyle Fortescue}}
2. {{NAME:BRANNIGAN, COLM}}  MRN {{MRN:PC-220417}}  {{DATE:8/19/1949}}  ext-stage SCLC, post C4 - PCI?  Presenter Dr. {{NAME:Shreya Iyengar}}
3. {{NAME:NAKASHIMA, TORU}}  MRN {{MRN:PC-301952}}  {{DATE:1/7/1963}}  mesothelioma, outside path from {{FACILITY:Grand Strand Pathology}} needs re-review (slides arrived {{DATE:10/14}})
4. {{NAME:WHITFIELD, ELOISE}}  MRN {{MRN:PC-090288}}  {{DATE:11/25/1940}}  GGO f/u, Lung-RADS 4B.  Presenter NP {{NAME:Carmen Delgado}}
Rad-onc: Dr. {{NAME:Anselm Kruger}}. Path: Dr. {{NAME:Beatrix Lowe}}.
Reminder: do not forward outside {{FACILITY:Pinecrest}}. Case #4's daughter ({{NAME:Lydia Whitfield}}) asked to be called after - {{PHONE:843-555-0181}}.
--
{{NAME:Odessa Kimbrough}} | Tumor Board Coordinator | {{FACILITY:Pinecrest Cancer Institute}} | {{PHONE:843-555-0180}}`,

  // 52 proxy access request
  `PATIENT PORTAL PROXY ACCESS REQUEST - HIM Review
Request ID: {{ID:PRX-2025-01187}}       Rec'd: {{DATE:01/21/2025}} (paper form, scanned)
Patient (account owner): {{NAME:Beatrice Ainsworth-Lyle}}   DOB {{DATE:07/04/1938}}   MRN {{MRN:GV0033718}}
Proxy requested: {{NAME:Malcolm Lyle}} (son)   DOB {{DATE:02/16/1966}}
Proxy email: {{EMAIL:malcolm.lyle@northmail.example}}   Phone {{PHONE:(802) 555-0158}}
Proxy address: {{ADDRESS:9 Depot Square, Apt 2}}, {{LOCATION:Woodstock}}, VT {{ZIP:05091}}
Access level: FULL (messaging, results, scheduling, billing)
Legal docs: HCPOA dated {{DATE:3/12/2019}} - copy attached; pt also signed form herself.
Verification: ID - VT driver's license {{LICENSE:48813302}} (proxy), photo matches.
Pt capacity: per PCP Dr. {{NAME:Harriet Moss}} ({{FACILITY:Green Valley Internal Medicine}}) note {{DATE:1/10/25}}: pt has capacity, mild NCD, wishes son to help.
Decision: APPROVED {{DATE:1/23/25}}. Activation code sent to proxy email, expires 14 days. Portal user {{ID:mlyle66}} linked.
Processed: {{NAME:Ruth Ann Keefe}}, HIM Tech II       QA: {{NAME:jw}}`,

  // 53 adolescent confidential access
  `HIM NOTE - ADOLESCENT PORTAL ACCESS / CONFIDENTIALITY
{{DATE:09/09/2024}}  {{NAME:P. Szabo}}, HIM
Pt: {{NAME:Jaylen Okorafor-Miles}}, 15 yo   MRN {{MRN:CP-4470932}}   DOB {{DATE:10/21/2008}}
Parent proxy: {{NAME:Tonya Miles}} (mother)  - proxy access auto-converted to LIMITED at pt's 12th birthday ({{DATE:10/21/2020}}) per policy HIM-214.
Issue: mother called {{DATE:9/6}} from {{PHONE:216-555-0135}} upset she cannot see notes from the {{DATE:8/30}} visit at {{FACILITY:Cleveland Heights Teen Health Center}} (sensitive - reproductive/behavioral). Also asked for the lab results.
Explained OH minor consent rules; confidential encounter notes and labs for STI testing not released to parent without teen's authorization. Offered to have mother discuss with clinic SW {{NAME:Alondra Reyes}} ({{PHONE:216-555-0136}}).
Mother requested a copy of immunization record for {{FACILITY:Fairmount Preparatory}} athletics - OK to release, faxed to school nurse {{FAX:216-555-0139}} {{DATE:9/9}}.
Teen's own portal acct active, username {{ID:jokmiles08}}; teen contact {{EMAIL:jaylen.om@studentmail.example}}.
Risk mgmt ({{NAME:Deborah Klein}}, JD) cc'd - no further action.`,

  // 54 decedent affairs
  `DECEDENT AFFAIRS / MORGUE RELEASE LOG
Decedent: {{NAME:QUINTERO-VALDEZ, HUMBERTO}}     MRN {{MRN:SA-0081127}}     DOB {{DATE:4/17/1931}}   Age {{AGE:93}}
Date/time of death: {{DATE:03/14/2025 04:52}}   Pronounced by: Dr. {{NAME:Ifeoma Chukwu}}   Unit: {{FACILITY:Alamo Heights Pavilion}} 9, rm 922
Notifications:
  ME: {{LOCATION:Bexar County}} ME - declined jurisdiction {{DATE:3/14}} 0610, case {{ID:ME25-01882}}, investigator {{NAME:R. Leal}}
  OPO: {{FACILITY:South Texas Donor Network}} ref {{ID:STDN-250314-07}} - rule-out (age/medical), tissue eligible for cornea only; family declined
  Family: daughter {{NAME:Maricela Quintero}} at bedside; son {{NAME:Rodrigo}} notified by phone {{PHONE:210-555-0174}}
Valuables: wedding band, watch - given to daughter, signed {{DATE:3/14/25 0635}}
Funeral home: {{FACILITY:Encino Park Funeral Chapel}}, fax {{FAX:210-555-0199}}; release {{DATE:3/14/25 11:20}} to {{NAME:Arturo Benavides}} (TX DL {{LICENSE:10442871}})
Death certificate: attending Dr. {{NAME:Hadley Voss}} to certify via TxEVER within 5 days; COD worksheet left in box.
Autopsy: not requested.
Log entry: {{NAME:Marcy Ohlendorf}}, RN house supervisor`,

  // 55 remit posting notes
  `CASH POSTING - ERA/835 EXCEPTIONS   batch {{ID:B250409-07}}   {{DATE:04/09/2025}}
Payer: Wellcare (Centene)   EFT trace 1204488190   check amt $18,422.07
Posted by: {{NAME:Tasha Beaumont}}
-------------------------------------------------------------------------
PT ACCT       PATIENT              CLAIM #              DOS        BILLED    PAID    ADJ CODES
{{ACCOUNT:771024118}}     {{NAME:Holcomb, Verna}}       {{ACCOUNT:E25066009913}}    {{DATE:02/03/25}}   $312.00   $0.00   CO-16 / MA130
{{ACCOUNT:771029980}}     {{NAME:Ybarra, Teodoro}}      {{ACCOUNT:E25071118821}}    {{DATE:02/10/25}}   $1,540   $0.00   CO-4 (mod 59?)
{{ACCOUNT:771031447}}     {{NAME:Sweeney, Fiona}}       {{ACCOUNT:E25073004472}}    {{DATE:02/11/25}}   $96.00    $51.20  PR-2
{{ACCOUNT:771040002}}     {{NAME:Mbatha, Sipho}}        {{ACCOUNT:E25080019308}}    {{DATE:02/19/25}}   $860.00   -$220  WO reversal / FB
-------------------------------------------------------------------------
notes:
- {{NAME:Holcomb}}: missing rendering NPI - corrected to {{LICENSE:1538820947}} (Dr. {{NAME:Antoine Marchetti}}), rebill
- {{NAME:Ybarra}}: 20610 + 20611 billed together, remove 20610, rebill
- {{NAME:Mbatha}}: takeback for dup pmt, orig check {{DATE:3/2}}; ok
- mbr ID for {{NAME:Sweeney}} on ERA {{HEALTH_PLAN:WC7730018}} differs from reg ({{HEALTH_PLAN:WC7730081}}) - sent to reg queue`,

  // 56 credit balance refund
  `CREDIT BALANCE RESOLUTION - REFUND REQUEST FORM
Request #: {{ID:RF-24-3390}}            Date: {{DATE:11/06/2024}}
Prepared by: {{NAME:Jolene Hartsfield}}, PFS Rep II      Approver: {{NAME:Curtis Wynn}}, PFS Supervisor
Facility: {{FACILITY:Blue Ridge Highlands Hospital}} ({{FACILITY:BRHH}})  - hospital billing
Patient: {{NAME:Ferreira, Graça}}      Acct: {{ACCOUNT:BR1884022}}      DOS: {{DATE:08/12/2024}}
Guarantor: same
Refund to: [ ] Payer   [x] Patient
Reason: pt paid $250.00 est. coinsurance at pre-reg ({{DATE:8/9/24}}, receipt {{ACCOUNT:RCPT-0094417}}); primary ins (BCBS NC, ID {{HEALTH_PLAN:YPW220188405}}) later processed with PR $61.30. Credit $188.70.
Other open accts for guarantor checked: {{ACCOUNT:BR1890177}} - $0 bal. OK to refund.
Mail check to: {{ADDRESS:3 Laurel Knob Ct}}, {{LOCATION:Boone}}, NC {{ZIP:28607}} (verified w/ pt by phone {{PHONE:828-555-0148}} on {{DATE:11/5}})
GL: 1130-200   Amount: $188.70
Approved {{DATE:11/07/2024}} {{NAME:CW}}.   AP check issued {{DATE:11/14/24}}.`,

  // 57 collections placement
  `BAD DEBT PLACEMENT FILE - outbound to agency   {{DATE:2025-02-28}}
Agency: {{FACILITY:Summit Credit Resolution, Inc.}}  client code HRH01
REC|ACCT|GUAR_NAME|GUAR_ADDR|CITY|ST|ZIP|PHONE|DOB|BAL|LAST_PMT
01|{{ACCOUNT:H70044812}}|{{NAME:TILLMAN, CORY R}}|{{ADDRESS:116 BAYBERRY LN}}|{{LOCATION:MONCKS CORNER}}|SC|{{ZIP:29461}}|{{PHONE:8435550119}}|{{DATE:19880611}}|1402.19|{{DATE:20240703}}
02|{{ACCOUNT:H70051337}}|{{NAME:GADSDEN, LATRICE}}|{{ADDRESS:2025 RIVERS AVE APT 11B}}|{{LOCATION:NORTH CHARLESTON}}|SC|{{ZIP:29405}}|{{PHONE:8435550120}}|{{DATE:19921103}}|388.00|
03|{{ACCOUNT:H70062210}}|{{NAME:MIDDLETON, ELIJAH}}|{{ADDRESS:PO BOX 331}}|{{LOCATION:ST GEORGE}}|SC|{{ZIP:29477}}||{{DATE:19590127}}|2960.75|{{DATE:20240112}}
TRAILER|3|4750.94
-- notes ({{NAME:rfoxworth}}) --
* acct 02 had pending Medicaid app ({{DATE:Dec 2024}}) - PULLED from file per FA policy; do not place until determination.
* acct 03 guar deceased? obit found {{DATE:1/30/25}} - route to estate recovery, not agency.
Final file contains 1 record. Sent via SFTP to {{IP:198.51.100.24}} {{DATE:2/28/25 17:05}}.`,

  // 58 financial assistance application
  `FINANCIAL ASSISTANCE (CHARITY CARE) APPLICATION - REVIEW
App #{{ID:FAP-25-00271}}     Received {{DATE:1/14/2025}}     Reviewer: {{NAME:Marguerite Oyelowo}}
Applicant: {{NAME:Rosales, Hilda}}   DOB {{DATE:06/06/1980}}   MRN {{MRN:LM-309917}}
Address: {{ADDRESS:5718 Avenue Q}}, {{LOCATION:Lubbock}} TX {{ZIP:79412}}   ph {{PHONE:806-555-0109}}
Household: self, spouse {{NAME:Efrain Rosales}}, 3 children (ages 4, 9, 13) = 5
Income: spouse employed at {{FACILITY:Plains Cotton Gin & Warehouse}}, $3,120/mo gross (paystubs {{DATE:12/2024}}); applicant not employed. Annual $37,440 = 104% FPL for HH 5.
Assets: checking $412. No other.
Insurance: none; Medicaid denial letter {{DATE:11/20/24}} (over income for adults) attached. Children on CHIP.
Accounts requested: {{ACCOUNT:LM5509012}} (OB delivery {{DATE:10/2/24}}, $14,880.60), {{ACCOUNT:LM5509013}} (newborn, Baby Girl {{NAME:Rosales}}, $3,211.00)
Determination: 100% discount (<=200% FPL) - APPROVED {{DATE:1/22/2025}}, eligible 240 days back and 6 months forward through {{DATE:07/22/2025}}.
Letter mailed; collection activity held. Signed {{NAME:M. Oyelowo}}`,

  // 59 eligibility vendor / presumptive
  `ELIGIBILITY SCREENING - vendor referral
Vendor: {{FACILITY:Meridian Enrollment Partners}} (on-site advocate {{NAME:Kareem Saleh}}, {{PHONE:602-555-0184}})
Referral dt {{DATE:08/18/2024 09:30}}      Hosp: {{FACILITY:Sonoran Vista Hospital - Mesa}}   Unit 5S bed 21
Pt: {{NAME:Begay, Shondiin}}   MRN {{MRN:VM00661823}}   DOB {{DATE:2/2/1999}}   uninsured, self-pay
Acct {{ACCOUNT:VM2423188901}}  adm {{DATE:8/16/24}} appendicitis s/p lap appy
Screen: AHCCCS likely eligible (income <133% FPL, HH 2, {{LOCATION:Maricopa County}} resident). Also IHS eligible (Navajo Nation enrolled member, census # {{ID:NN-331047}}).
Hospital presumptive eligibility (HPE) determination entered {{DATE:8/18/24}}: APPROVED, temp AHCCCS ID {{HEALTH_PLAN:A99013772}}.
Full app submitted via HEAplus {{DATE:8/19}}; app # {{ID:HEA-0081920441}}.
Pt contact: {{PHONE:480-555-0197}}; mailing c/o mother {{NAME:Loretta Begay}}, {{ADDRESS:HC 61 Box 2204}}, {{LOCATION:Chinle}} AZ {{ZIP:86503}}.
f/u {{DATE:9/3}}: AHCCCS approved retro to {{DATE:8/1/24}}, ID {{HEALTH_PLAN:A99013772}} permanent, plan Mercy Care. Claims rebilled. -{{NAME:KS}}`,

  // 60 MRN merge
  `MPI / DUPLICATE RECORD RESOLUTION
Task {{ID:DUP-2024-1718}}    Flagged {{DATE:05/30/2024}} by registration ({{NAME:Tiffani Greer}}, ED reg)
Potential duplicate pair:
  Record A  MRN {{MRN:000882413}}   {{NAME:JOHNSON, CURTIS L}}   DOB {{DATE:07/19/1972}}   SSN xxx-xx-{{SSN:3301}}   last enc {{DATE:05/29/2024}} ED
  Record B  MRN {{MRN:001204773}}   {{NAME:JOHNSTON, KURTIS}}    DOB {{DATE:07/19/1972}}   SSN none      last enc {{DATE:02/11/2021}} clinic
  Address A: {{ADDRESS:4416 Wren Hollow Dr}}, {{LOCATION:Knoxville}} {{ZIP:37918}}   Address B: {{ADDRESS:4416 Wren Hollow Dr}}, {{LOCATION:Knoxville}} {{ZIP:37918}}
  Phone A {{PHONE:865-555-0113}}   Phone B {{PHONE:865-555-0113}}
Match score: 87 (EMPI algorithm) - needs manual review
Review by {{NAME:Dolores Wakefield}}, MPI analyst {{DATE:6/3/24}}:
  - same address/phone/DOB; B has name misspelled (scanned clinic form from {{FACILITY:Fountain City Family Health}})
  - blood type on A: O pos; B: no type. Allergies both PCN.
  - called pt {{DATE:6/3}}, confirmed he was seen at that clinic in 2021 - same person.
Action: MERGE B into A (surviving {{MRN:000882413}}). Notified lab, radiology, HIM scanning. Alias "{{NAME:JOHNSTON, KURTIS}}" retained.
Merge completed {{DATE:06/03/2024 15:48}}.`,

  // 61 privacy access audit
  `PRIVACY OFFICE - EHR ACCESS AUDIT (FairWarning export, trimmed)
Investigation {{ID:PRV-24-0117}}   Opened {{DATE:07/08/2024}}   Analyst: {{NAME:Corinne Abernathy-Wu}}, CHPC
Trigger: pt complaint - {{NAME:Melody Strickland}} (MRN {{MRN:FH-5520871}}) believes ex-sister-in-law, an employee, viewed her chart.
Employee of interest: {{NAME:Kristy Strickland-Pope}}, PSR, emp ID {{ID:40021877}}, user {{NAME:kstrickland2}}
ACCESS LOG (pt {{MRN:FH-5520871}})
TIMESTAMP              USER            WORKSTATION   IP              ACTIVITY
{{DATE:2024-06-22 21:14:07}}   {{NAME:kstrickland2}}    WS-REG-114    {{IP:10.31.4.114}}     Demographics view
{{DATE:2024-06-22 21:14:52}}   {{NAME:kstrickland2}}    WS-REG-114    {{IP:10.31.4.114}}     Results Review - OB US
{{DATE:2024-06-22 21:16:30}}   {{NAME:kstrickland2}}    WS-REG-114    {{IP:10.31.4.114}}     Notes - Prenatal visit
{{DATE:2024-06-25 10:02:11}}   {{NAME:rmcnair}}         CLN-OB-03     {{IP:10.31.9.23}}      Chart open (treating - OB RN)
{{DATE:2024-06-29 03:40:48}}   {{NAME:kstrickland2}}    (remote VPN)  {{IP:203.0.113.57}}    Demographics view
Findings: no treatment/payment/operations relationship for {{NAME:kstrickland2}}; pt not scheduled in her dept. VPN login from home.
Outcome: referred to HR ({{NAME:Dana Pruitt}}); breach risk assessment - reportable; pt notification letter due by {{DATE:09/06/2024}}.`,

  // 62 telehealth ticket
  `IT SERVICE DESK - INCIDENT {{ID:INC0448120}}
Opened: {{DATE:03/18/2025 08:52}}   Caller: {{NAME:Nadia Petrossian}}, MA, {{FACILITY:Foothills Neurology}}   x{{PHONE:6240}}
Category: Telehealth > Patient cannot join
Short description: pt unable to connect to video visit 0900 w/ Dr. {{NAME:Lachlan Muir}}
Details: Pt {{NAME:Everett Dahlquist}} (MRN {{MRN:FN-0041138}}) getting "device not supported" on link {{URL:https://telehealth.foothillsneuro.example.com/v/8UQ2-X7TL}}. Pt using older iPad, iOS 12. Pt phone {{PHONE:(303) 555-0193}}. Pt's wife {{NAME:Karin}} helping.
Work notes:
 {{DATE:3/18/25 08:58}} {{NAME:tfong}} - called pt, confirmed iOS 12 unsupported. Sent SMS link for browser-based visit. Pt public IP {{IP:73.14.220.9}} shows in logs, connection blocked by geo-rule? no - CO.
 {{DATE:3/18/25 09:06}} {{NAME:tfong}} - converted to audio-only per clinic, CPT 98008 vs 99442 - clinic to decide.
 {{DATE:3/18/25 09:40}} {{NAME:tfong}} - follow-up email to {{EMAIL:e.dahlquist@peakmail.example}} with device requirements.
Resolved: workaround. Root cause: client OS. Closed by {{NAME:Trevor Fong}}.`,

  // 63 secure email clinic to PT
  `From: {{NAME:Isabella Marchand}}, PA-C <{{EMAIL:imarchand@harborortho.example.com}}>
To: {{EMAIL:referrals@tidalpt.example.com}}
Date: {{DATE:10 Oct 2024 11:37}}
Subject: [encrypt] PT referral - {{NAME:R. Callahan}} - s/p ACL recon

Hi team at {{FACILITY:Tidal Physical Therapy}},
Referring {{NAME:Riley Callahan}}, DOB {{DATE:03/15/2006}}, 18 y/o, s/p L ACL reconstruction w/ BTB autograft by Dr. {{NAME:Nathaniel Brigham}} on {{DATE:10/3/24}} at {{FACILITY:Harbor Orthopaedic Surgery Center}}.
Protocol attached (ACL-BTB v4). WBAT in hinged brace locked in ext for ambulation x2 wks. CPM 0-90. Start PT this week.
Ins: Harvard Pilgrim, member ID {{HEALTH_PLAN:HP01877420-03}} (subscriber mother {{NAME:Kathleen Callahan}}).
Pt is a soccer player at {{FACILITY:Casco Bay College}}; mom asks about appts near campus in {{LOCATION:Brunswick}} after {{DATE:Oct 20}}.
Pt cell {{PHONE:207-555-0155}}, mom {{PHONE:207-555-0156}}.
Next post-op: {{DATE:10/17}} w/ me.
Thanks!
{{NAME:Isabella Marchand}}, PA-C
{{FACILITY:Harbor Orthopaedics}} | {{ADDRESS:100 Foreside Rd, Suite 210}}, {{LOCATION:Falmouth}}, ME {{ZIP:04105}}
P {{PHONE:207-555-0150}} | F {{FAX:207-555-0151}}`,

  // 64 referral worklist
  `REFERRAL WORKQUEUE - OUTGOING / PENDING SCHEDULING   {{FACILITY:Copper Basin Health}}   exported {{DATE:6/3/2025 7:15}}
Ref#	Pt	DOB	To specialty / org	Ordered	Status	Last action
{{ID:R-1104482}}	{{NAME:Kellerman, Ada}}	{{DATE:4/4/1952}}	GI / {{FACILITY:Gila River Gastro}}	{{DATE:5/12}}	Pending auth	auth # {{ID:AZB-55102}} pend {{DATE:5/30}}
{{ID:R-1104590}}	{{NAME:Moreno, Javier}}	{{DATE:9/21/1977}}	Derm / {{FACILITY:Sun Valley Dermatology}}	{{DATE:5/14}}	Scheduled	{{DATE:6/19}} 1:40p
{{ID:R-1104611}}	{{NAME:Tso, Calvin}}	{{DATE:12/30/1968}}	Ophtho / {{FACILITY:Globe Eye Associates}}	{{DATE:5/15}}	Pt declined	"will go to VA"
{{ID:R-1104720}}	{{NAME:Hargrove, Lynette}}	{{DATE:6/13/1984}}	OB-GYN / Dr. {{NAME:Esperanza Ruiz}}	{{DATE:5/20}}	Unable to reach	3 attempts, letter sent
{{ID:R-1104802}}	{{NAME:Okoro, Chidi}}	{{DATE:2/2/2017}}	Peds Cardiology / {{FACILITY:Desert Sky Children's}}	{{DATE:5/22}}	Sent	fax conf to {{FAX:602-555-0111}}
{{ID:R-1104850}}	{{NAME:Lopez, Dulce}}	{{DATE:1/8/1949}}	Audiology / {{FACILITY:Miami Hearing Center}} ({{LOCATION:Miami}}, AZ)	{{DATE:5/27}}	Scheduled	{{DATE:6/10}} 9:00a
Worked by: {{NAME:Brittany Lujan}}, referral coord  x{{PHONE:2212}}`,

  // 65 auth tracking export
  `AUTH TRACKING - INFUSION CENTER (CSV export opened in Excel)
"Pt Name","MRN","Payer","Member ID","Drug/HCPCS","Auth #","Start","End","Units","Status"
"{{NAME:Greenleaf, Orson}}","{{MRN:IC30018}}","Aetna","{{HEALTH_PLAN:W277041183}}","infliximab-dyyb J1745","{{ID:A1930087721}}","{{DATE:01/05/2025}}","{{DATE:07/04/2025}}","40","APPROVED"
"{{NAME:Salazar, Pilar}}","{{MRN:IC30244}}","Medicare","{{HEALTH_PLAN:5NV2-PQ3-HE70}}","ocrelizumab J2350","n/a - no PA req","","","","OK"
"{{NAME:Fenwick-Adams, Leah}}","{{MRN:IC30519}}","Cigna","{{HEALTH_PLAN:U4471920803}}","IVIG (Gamunex-C) J1561","{{ID:CG-77120-IV}}","{{DATE:02/01/2025}}","{{DATE:04/30/2025}}","360","EXPIRING - resubmit"
"{{NAME:Oduya, Kwabena}}","{{MRN:IC30630}}","UHC","{{HEALTH_PLAN:981103377}}","zoledronic acid J3489","{{ID:UHC-VA119204}}","{{DATE:03/10/2025}}","{{DATE:03/09/2026}}","5","APPROVED"
"{{NAME:Beaulieu, Yvonne}}","{{MRN:IC30702}}","BCBS","{{HEALTH_PLAN:XYP338120554}}","iron sucrose J1756","","","","","DENIED - appeal"
comments ({{NAME:dh}} {{DATE:3/24}}): {{NAME:Leah}}'s IVIG renewal needs updated IgG trough + neuro note from Dr. {{NAME:Raghunathan}}; called office {{PHONE:404-555-0172}}. {{NAME:Yvonne}} - P2P set {{DATE:3/27}} 2pm, payer line 1-800-555-0166.`,

  // 66 school immunization request
  `FAX REQUEST - IMMUNIZATION RECORDS
{{DATE:08/14/2024 07:58}}  FROM: {{FAX:9195550127}}  {{FACILITY:HOLLY CREEK MIDDLE}}  P.1/1
To: Medical Records, {{FACILITY:Kids First Pediatrics of Wake}}   Fax: {{FAX:919-555-0121}}
From: {{NAME:Lorraine Mabry}}, RN, School Nurse    Phone {{PHONE:919-555-0126}}
Re: Student {{NAME:Hương Trần}} (goes by "{{NAME:Hannah}}"), DOB {{DATE:04/09/2013}}, grade 6
Parent: {{NAME:Trần Văn Minh}} - signed consent to release attached (dated {{DATE:8/12/24}})
Please fax: NC certificate of immunization incl. Tdap and MenACWY (required 7th grade entry, due by 30th calendar day of school).
Thank you.
---- clinic use ----
Received {{DATE:8/14}} by {{NAME:Yesenia}} front desk. Verified MRN {{MRN:KFP-0193377}}. NCIR record printed: Tdap given {{DATE:8/2/24}} (lot U7742AA, Boostrix), MenACWY {{DATE:8/2/24}} (lot 3CA19C1, MenQuadfi). HPV #1 {{DATE:8/2/24}}. COVID not required.
Faxed back {{DATE:8/14/24 09:20}} to {{FAX:919-555-0127}}, conf OK. Mom called {{PHONE:919-555-0179}} to let her know - VM in Vietnamese left by interpreter {{NAME:Lan}} (OPI {{ID:44721}}).`,

  // 67 FMLA forms
  `FORMS COMPLETION REQUEST - FMLA (WH-380-E)
Ticket {{ID:FRM-3318420}}     Opened {{DATE:02/03/2025}}     Fee: $25 (paid, receipt {{ACCOUNT:R-55019}})
Employee/pt: {{NAME:Bogdan Ilievski}}   DOB {{DATE:7/30/1983}}   MRN {{MRN:MW-00728112}}
Employer: {{FACILITY:Lakeland Cold Rolled Steel}}, HR contact {{NAME:Sharon Pike}}   fax {{FAX:(219) 555-0144}}   {{EMAIL:hrleave@lakelandcrs.example.com}}
Leave administrator: Sedgwick claim {{ID:SDG-25-0099341}}
Condition: L inguinal hernia repair ({{DATE:2/10/25}}) by Dr. {{NAME:Hyun-woo Baek}}, {{FACILITY:Merrillville Surgical Associates}}
Requested: continuous leave {{DATE:2/10/25}} - {{DATE:3/10/25}}; light duty after, no lifting >20 lb x 4 wks
Forms rec'd from pt via portal {{DATE:2/3}}; routed to MA pool.
{{DATE:2/5}} {{NAME:Ashlee}} MA: completed sections III-IV, pended to MD for signature.
{{DATE:2/6}} Dr. {{NAME:Baek}} signed.
{{DATE:2/6}} faxed to Sedgwick 1-855-555-0140 and employer fax above, conf x2. Copy scanned to media tab. Pt notified via MyChart.
{{DATE:3/4}} - pt requests extension to {{DATE:3/24}} (post-op pain) - new request {{ID:FRM-3319907}}.`,

  // 68 SSA disability request
  `DISABILITY DETERMINATION SERVICES - MEDICAL EVIDENCE REQUEST (SSA-827 attached)
HIM log #{{ID:DDS-24-5512}}    rec'd by mail {{DATE:09/23/2024}}
From: Kentucky DDS, {{LOCATION:Frankfort}} - examiner {{NAME:Renfro, T.}}  ph 1-800-555-0104   bar code {{ID:4419 0027}} (on all pages)
Claimant: {{NAME:GIBSON, EARL DWAYNE}}    DOB {{DATE:01/30/1970}}    SSN xxx-xx-{{SSN:7740}}
Alleged onset {{DATE:03/01/2023}}. Conditions: COPD, DDD lumbar, depression
Records requested: {{DATE:03/01/2022}} to present - office notes, PFTs, imaging, MH notes
Our records: pt seen at {{FACILITY:Cumberland Gap Family Clinic}} ({{LOCATION:Middlesboro}}) and {{FACILITY:Appalachian Regional Behavioral Svcs}}; MRN {{MRN:CG-2201488}}
Authorization SSA-827 signed {{DATE:8/19/24}} - valid 12 mo, covers MH and SUD (Part 2 consent language present).
Processed {{DATE:9/30/24}} by {{NAME:Alma Hensley}}: 143 pages + PFT {{DATE:5/22/24}} (FEV1 48% pred). No fee to SSA (per contract $15 invoice {{ACCOUNT:INV-22871}}).
Sent via Electronic Records Express (ERE) - confirmation {{ID:ERE-91044281}}.`,

  // 69 law enforcement request
  `LAW ENFORCEMENT REQUEST FOR PHI - HIM / Security
Date/time: {{DATE:12/21/2024 02:15}}     Location: ED, {{FACILITY:Mount Tabor Medical Center}}
Officer: Sgt. {{NAME:Dwayne Keel}}, {{LOCATION:Gresham}} PD, badge {{ID:4471}}, ph {{PHONE:503-555-0158}}
Request: BAC result and injuries of driver {{NAME:Trent Hollister}} (DOB {{DATE:5/14/1995}}, MRN {{MRN:MT-10448203}}) from MVC on {{ADDRESS:SE Division St at 182nd Ave}}. Officer did not have warrant or court order; stated pt under arrest for DUII.
Response (house supervisor {{NAME:Georgina Palacios}}, RN): declined to release lab results without subpoena/warrant or pt authorization per policy HIM-0410 and ORS. Confirmed only that pt is in ED (pt did not opt out of directory). Officer advised to obtain warrant; legal blood draw can be done by police phlebotomist w/ warrant.
{{DATE:12/21/24 04:40}}: officer returned w/ search warrant {{ID:24SW-1187}} signed by Judge {{NAME:Amara Whitcombe}}. Legal draw performed by ED tech {{NAME:Ricky Sosa}} 0445, kit #{{ID:A-1190}} handed to officer, chain of custody form signed.
Privacy officer {{NAME:Lynn Ostrander}} notified by email {{DATE:12/21}}.`,

  // 70 imaging CD request
  `IMAGING LIBRARY - OUTSIDE IMAGE REQUEST / CD
Req {{ID:IMG-2025-2290}}   {{DATE:04/22/2025 2:10 pm}}   taken by {{NAME:Noelle Fairchild}}
Requestor: pt's daughter {{NAME:Sunita Gupta}} (on HIPAA release, exp {{DATE:12/31/2025}})   {{PHONE:614-555-0119}}
Pt: {{NAME:Gupta, Ramesh C.}}   DOB {{DATE:6/2/1945}}   MRN {{MRN:OW8842310}}
Studies:
  CT chest w/ contrast  {{DATE:03/28/2025}}   Acc {{ID:CT25087-4419}}
  PET/CT skull-thigh    {{DATE:04/09/2025}}   Acc {{ID:NM25099-0087}}
  CXR 2V                {{DATE:04/15/2025}}   Acc {{ID:XR25105-1202}}
Destination: 2nd opinion at {{FACILITY:Cleveland Thoracic Oncology Group}}, Dr. {{NAME:Alistair Penrose}}; send via image share (PowerShare) AND CD w/ pt.
Image share: sent {{DATE:4/22/25 15:02}} to {{URL:https://imageshare.ctog.example.org/inbox/penrose}}; DICOM node {{IP:192.0.2.45}} port 104.
CD burned {{DATE:4/23}}, disc label includes name/DOB; picked up by {{NAME:Sunita}} {{DATE:4/23/25 11:05}} - ID checked (OH DL {{LICENSE:SK448120}}).
Reports included. No charge (continuity of care).`,

  // 71 sleep study order
  `SLEEP CENTER - ORDER INTAKE / SCHEDULING
{{FACILITY:Great Lakes Sleep Institute}} - {{LOCATION:Traverse City}}   intake {{DATE:1/6/25}}
Order from: Dr. {{NAME:Helen Marchetti-Ross}}, {{FACILITY:Grand Traverse Internal Med}}  fax {{FAX:231-555-0188}}
Pt: {{NAME:Bjornstad, Leif}}   DOB {{DATE:11/11/1971}}   MRN {{MRN:GL-330127}}   ph {{PHONE:231-555-0181}}
Study: HSAT (95806) - if neg/tech fail -> in-lab PSG (95810)
Indication: loud snoring, witnessed apneas per wife {{NAME:Ingeborg}}, ESS 15, STOP-BANG 6, BMI 38, HTN
Ins: Priority Health  ID {{HEALTH_PLAN:PH7700418329}}  - PA via Carelon req'd: ref {{ID:CRL-250106-3371}} APPROVED {{DATE:1/8/25}}
Scheduled: HSAT device pickup {{DATE:Tues 1/14/2025}} 4 pm, return {{DATE:1/15}} by noon.
Device: WatchPAT ONE disposable, unit ID {{DEVICE:WP1-0082274}}
Pt is a long-haul trucker ({{FACILITY:Northland Freight Lines}}), DOT recert due {{DATE:2/2025}} - expedite read.
Read by Dr. {{NAME:Kofi Mensah}}, DABSM.
Result {{DATE:1/17}}: pAHI 34 -> severe OSA. Titration/APAP order to follow. -{{NAME:nk}}`,

  // 72 wound care supplies
  `WOUND CARE SUPPLY ORDER (Surgical dressings)   order {{ID:WC-24-77120}}
Pt: {{NAME:Delphine Achebe-Morrow}}   DOB {{DATE:3/22/1954}}   Medicaid {{HEALTH_PLAN:TN39918274}} (TennCare - Amerigroup)
Home: {{ADDRESS:1809 Jefferson St, Apt 4}}, {{LOCATION:Nashville}} TN {{ZIP:37208}}  ph {{PHONE:615-555-0172}}
Wound clinic: {{FACILITY:Music Row Wound & Hyperbaric}}   clinician {{NAME:Charmaine Whitlow}}, RN CWS
Wound #1: R heel pressure injury, stage 4, 3.2 x 2.5 x 0.8 cm, moderate serous exudate. Measured {{DATE:11/12/24}}.
Wound #2: L lat malleolus venous ulcer 1.1 x 0.9 x 0.2 cm.
Orders:
 A6021 collagen dressing 2x2 - change q3d - qty 10/mo
 A6212 foam w/ border 6x6 - q3d - qty 10/mo
 A6402 gauze 4x4 sterile - PRN - qty 100
 A6449 light compression wrap 4in - 2/wk - qty 8
Ordering: Dr. {{NAME:Olufemi Adeyinka}}, DPM  NPI {{LICENSE:1093412278}}  signed {{DATE:11/12/2024}}
Supplier: {{FACILITY:Cumberland Medical Supply}}  ph {{PHONE:615-555-0193}}
HH agency: {{FACILITY:Hillsboro Home Health Services}} - RN visits 3x/wk.`,

  // 73 transient dialysis referral
  `TRANSIENT (TRAVEL) DIALYSIS REQUEST
Home unit: {{FACILITY:Prairie Kidney Care - Bismarck}}   SW {{NAME:Janelle Vogel}}, LMSW   ph {{PHONE:701-555-0131}}   fax {{FAX:701-555-0132}}
Visiting unit: {{FACILITY:Gulf Breeze Dialysis Center}}, {{LOCATION:Fort Myers}} FL   attn admissions {{NAME:Marisela}}   fax {{FAX:239-555-0118}}
Patient: {{NAME:Hoffner, Gerald}}   DOB {{DATE:10/02/1948}}   CMS-2728 on file
Travel dates: {{DATE:02/10/2025}} through {{DATE:03/07/2025}} (staying w/ daughter {{NAME:Kristine Albers}}, {{ADDRESS:1402 Coconut Palm Way}}, {{LOCATION:Cape Coral}} {{ZIP:33904}}, cell {{PHONE:239-555-0163}})
Requested chair: MWF, 1st shift
Rx: 4 hr, F180 dialyzer, BFR 400, DFR 600, 2K/2.5Ca bath, EDW 88.5 kg, heparin 2000 u bolus + 1000 u/hr
Access: L brachiocephalic AVF, 15g needles. Hep B sAg neg / sAb 42 ({{DATE:12/30/24}}). 
Ins: Medicare primary MBI {{HEALTH_PLAN:1PC6-TT9-XK03}}; Sanford Health Plan secondary {{HEALTH_PLAN:SHP5500127}}
Nephrologist: Dr. {{NAME:Mikael Storvik}}  NPI {{LICENSE:1407722810}}; covering in FL: Dr. {{NAME:Anand Pillai}}
Packet incl: H&P, last 3 run sheets, monthly labs {{DATE:1/2025}}, CXR, EKG, meds, advance directive.
Sent {{DATE:1/20/25}}. Accepted {{DATE:1/24/25}} per {{NAME:Marisela}}; first tx {{DATE:Mon 2/10}} 0600.`,

  // 74 transplant referral fax
  `>>RightFax<<  {{DATE:07/01/2024 13:22:09}}  CSID: {{FAX:5055550114}}  Pg 1 of 12
KIDNEY TRANSPLANT REFERRAL
To: Transplant Intake, {{FACILITY:Southwest Transplant Institute}} fax {{FAX:(602) 555-0125}}
From: {{FACILITY:Four Corners Nephrology}}, {{ADDRESS:2301 E 20th St, Ste C}}, {{LOCATION:Farmington}} NM {{ZIP:87401}}
Referring: Dr. {{NAME:Gloria Etsitty}}   NPI {{LICENSE:1245570923}}   ph {{PHONE:505-555-0113}}
Pt: {{NAME:Tsosie, Raymond L.}}   DOB {{DATE:03/03/1976}}   MRN {{MRN:FCN-44129}}
Addr: {{ADDRESS:#14 Road 6480}}, {{LOCATION:Kirtland}} NM {{ZIP:87417}}   Home {{PHONE:505-555-0149}}
Ins: NM Medicaid (Presbyterian Centennial) ID {{HEALTH_PLAN:PC000918273}}; IHS PRC - {{FACILITY:San Juan Basin IHS Clinic}}
Dx: ESRD 2/2 diabetic nephropathy (E11.22, N18.6), on HD since {{DATE:09/2022}} at {{FACILITY:Shiprock Dialysis}}. eGFR n/a.
Blood type A+. BMI 31. No prior transplant. Potential living donor: brother {{NAME:Vernon Tsosie}} ({{PHONE:505-555-0150}}).
Barriers: transportation (4 hr drive), pt has no car - family can drive.
Attached: H&P, labs, echo ({{DATE:5/2024}} EF 55%), cath {{DATE:6/12/24}}, dental clearance (Dr. {{NAME:Lomasney}}, {{DATE:6/20/24}}), psychosocial.
Contact: coordinator {{NAME:Andrea Chee}} {{EMAIL:achee@fourcornersneph.example.com}}`,

  // 75 BH residential PA
  `BEHAVIORAL HEALTH UM - RESIDENTIAL TREATMENT PRECERT (telephonic)
Call {{DATE:05/19/2025 15:30}}   Facility UR: {{NAME:Devon Albright}}, LPC, {{FACILITY:Cedar Springs Recovery Center}}  ph {{PHONE:(865) 555-0133}} fax {{FAX:(865) 555-0134}}
Payer care advocate: {{NAME:Michaela Roth}} (Optum BH)   auth line 1-800-555-0128
Member: {{NAME:Whitaker, Austin J.}}   DOB {{DATE:9/9/2001}}   Member ID {{HEALTH_PLAN:958820173}}   subscriber father {{NAME:Glenn Whitaker}}, employer {{FACILITY:Oak Ridge Precision Machining}}
Level: ASAM 3.7 (medically monitored intensive inpatient) requested; dx F11.20 OUD, F41.1 GAD
Hx: 3 prior detox (last {{DATE:4/2025}} at {{FACILITY:Smoky Ridge Hospital}}), relapse x2 post-IOP, fentanyl UDS +, cravings 8/10, lives w/ using roommate at {{ADDRESS:220 Kingston Pike, Apt 6}}.
Meds: buprenorphine-naloxone 16/4 mg daily started in detox.
Determination: APPROVED 7 days ({{DATE:5/19-5/25/2025}}), auth {{ID:OBH-25139-7710}}, concurrent review {{DATE:5/23}} w/ {{NAME:Michaela}}.
42 CFR Part 2 consent on file to disclose to payer ({{DATE:5/19/25}}).
Documented by {{NAME:D. Albright}}.`,

  // 76 home infusion referral
  `HOME INFUSION REFERRAL - INTAKE SHEET
Pharmacy: {{FACILITY:Lakeside Home Infusion}} ({{LOCATION:Madison}} WI)   Intake RN {{NAME:Heidi Schroeder}}   {{PHONE:608-555-0117}}
Referral date {{DATE:04/03/2024}}     Start of care {{DATE:04/05/2024}}
Referring: {{FACILITY:St. Ansgar Hospital - Madison}} ID team, Dr. {{NAME:Tobias Ekwueme}}, fax {{FAX:608-555-0170}}
Pt: {{NAME:Schultz, Irene M.}}   DOB {{DATE:12/19/1946}}   MRN (hosp) {{MRN:SM0331802}}
Home: {{ADDRESS:N4410 County Rd K}}, {{LOCATION:Lodi}} WI {{ZIP:53555}}   ph {{PHONE:608-555-0141}}
Therapy: cefazolin 2 g IV q8h via elastomeric pump x 6 wks (MSSA L knee PJI s/p I&D/polyexchange {{DATE:3/28}}), stop date {{DATE:5/9/24}}
Access: PICC R basilic 4 Fr single lumen, 38 cm, tip cavoatrial junction ({{DATE:4/1}} CXR)
Labs: weekly CBC w/diff, BMP, ESR/CRP -> results to ID clinic fax above and OPAT RN {{NAME:Kelsey Ruud}}
Ins: Medicare A/B + Humana Part D; home infusion benefit - drug billed under Part D (BIN 610649), per diem S9500 not covered by Medicare, pt agreed to ABN.
Nursing: {{FACILITY:Driftless Home Care}} weekly line care.
Emergency contact: husband {{NAME:Walter Schultz}}.`,

  // 77 breast pump DME
  `DME ORDER - BREAST PUMP (postpartum)   pt msg + order
{{DATE:10/29/2024}} portal msg from {{NAME:Ana Paula Moreira}}: "hi, my insurance says i need a prescription for the pump, baby is due {{DATE:11/20}}. Can u send to the pump company on the card..."
-- staff reply {{DATE:10/30}} ({{NAME:Brenda Kilgore}}, RN, {{FACILITY:Harborview Women's Health}}): sent order to {{FACILITY:Bay State Breastfeeding Supply}} fax {{FAX:508-555-0190}}.
ORDER
Pt: {{NAME:Moreira, Ana Paula}}   DOB {{DATE:5/17/1994}}   MRN {{MRN:HW-2091177}}
Address {{ADDRESS:77 Rodman St, 3rd fl}}, {{LOCATION:Fall River}} MA {{ZIP:02721}}   cell {{PHONE:774-555-0182}}
Ins: MassHealth (Tufts Health Together) ID {{HEALTH_PLAN:100338812904}}
EDD {{DATE:11/20/2024}}; G2P1, planning to breastfeed, returning to work at {{FACILITY:Southcoast Seafood Processors}} 8 wks pp
Item: E0603 breast pump, electric (double), personal use, qty 1; A4281 tubing, A4284 shields, A4285 bottles
Dx: Z39.1, Z34.93
Ordering: {{NAME:Mariana Sequeira}}, CNM   NPI {{LICENSE:1962207731}}   {{DATE:10/30/2024}}
Supplier note {{DATE:11/02/24}}: shipped Spectra S1 SN {{DEVICE:S1P-24K-118273}}, tracking to pt; interpreter (Portuguese) offered for teaching - {{NAME:Fátima}} ({{ID:INT-2281}}).`,

  // 78 pediatric referral w/ parent
  `PEDIATRIC SUBSPECIALTY REFERRAL - GI
From: {{FACILITY:Little Sprouts Pediatrics}}, {{ADDRESS:4501 N Lamar Blvd, Ste 200}}, {{LOCATION:Austin}} TX {{ZIP:78756}}
  ph {{PHONE:512-555-0163}} | fax {{FAX:512-555-0164}} | referral coordinator {{NAME:Paola Reyes}}
To: {{FACILITY:Hill Country Children's GI}} fax {{FAX:512-555-0170}}
Date: {{DATE:2/12/2025}}     Urgency: routine (3-4 wks)
Pt: {{NAME:Elijah Abernathy-Kwan}}   DOB {{DATE:08/01/2019}} (5 yo)   MRN {{MRN:LSP-10882}}
Parents: {{NAME:Danielle Abernathy}} (mom) {{PHONE:512-555-0178}}; {{NAME:Wesley Kwan}} (dad) {{PHONE:512-555-0179}} - divorced, joint custody, both may consent; send records to both per court order on file.
Ins: Texas Children's Health Plan (CHIP) ID {{HEALTH_PLAN:711883204}}
Reason: chronic constipation despite PEG 3350 17 g daily x 6 mo, stool withholding, wt 10th %ile (down from 35th), tTG-IgA neg ({{DATE:1/2025}}), TSH nl. r/o Hirschsprung - no, passed meconium < 48 h.
Attached: growth chart, labs, KUB {{DATE:1/28/25}}.
PCP: Dr. {{NAME:Matthias Oberholzer}}   NPI {{LICENSE:1316629004}}
Daycare: {{FACILITY:Bright Oaks Learning Center}} - asking for toileting plan letter.`,

  // 79 answering service log
  `AFTER-HOURS ANSWERING SERVICE - MESSAGE LOG   {{FACILITY:Ridgeline Answering Service}} for {{FACILITY:Copperfield Internal Medicine}}
Date: {{DATE:Sat 11/09/2024}}     On-call: Dr. {{NAME:Marguerite Lenoir}}  cell {{PHONE:720-555-0161}}
MSG 1  18:22  caller {{NAME:Vince Albertini}} re self, DOB {{DATE:3/8/1959}}, cb {{PHONE:720-555-0104}}. "out of my lisinopril, pharmacy closed til Monday." -> paged 18:24, Dr called back 18:40, sent 7-day supply to {{FACILITY:Mesa Mart Pharmacy #42}}.
MSG 2  21:05  caller {{NAME:Sharon Ng}} (daughter) re {{NAME:Ng Wai Ling}}, {{AGE:91}}, at {{FACILITY:Cherry Creek Senior Living}} apt 214: fell, no injury per staff, wants MD aware. FYI only, not paged per protocol.
MSG 3  23:47  caller "{{NAME:Jess}}" RN from {{FACILITY:Skyview Ridge ED}} {{PHONE:303-555-0190}}: pt {{NAME:Harold Brisbane}} admitted, hospitalist asking for med list. -> paged 23:48, Dr called ED 23:55.
MSG 4  02:13  caller {{NAME:Opal Whitcomb}} {{PHONE:720-555-0122}}: chest pain -> advised 911, not paged (caller hung up). Callback 02:16 - no answer, VM left.
Operator: {{NAME:TLR}} / rev {{NAME:CJ}}
Messages emailed to {{EMAIL:cim-frontdesk@copperfieldim.example.com}} {{DATE:11/10/24 06:00}}.`,

  // 80 misdirected fax incident
  `PRIVACY INCIDENT - MISDIRECTED FAX   Incident #{{ID:PI-2025-0072}}
Reported {{DATE:03/03/2025 10:18}} by {{NAME:Gloria Mendez-Hayes}}, Referral Specialist, {{FACILITY:Canyon View Specialty Clinic}}
What happened: On {{DATE:2/28/25}} at 16:40 a 9-page cardiology referral for pt {{NAME:Warren Pittsley}} (DOB {{DATE:4/11/1952}}, MRN {{MRN:CV-0097211}}) was faxed to {{FAX:(208) 555-0137}} instead of {{FAX:(208) 555-0173}} (digits transposed). Recipient was {{FACILITY:Snake River Auto Glass}} in {{LOCATION:Twin Falls}}; their office mgr {{NAME:Jed Harmon}} called us {{PHONE:208-555-0137}} on {{DATE:3/3}}.
Contents: face sheet (addr {{ADDRESS:909 Blue Lakes Blvd N, #12}}, ins Regence BlueShield ID {{HEALTH_PLAN:ZRB448120076}}), H&P, echo, med list. No SSN.
Mitigation: recipient attested in writing ({{DATE:3/3/25}}) that pages were shredded; attestation scanned. Fax # corrected in referral directory; speed-dial entries audited.
Risk assessment (4-factor): low probability of compromise -> not reportable; documented per 164.402. Decision by Privacy Officer Dr. {{NAME:Nolan Whitebear}}.
Pt courtesy call made {{DATE:3/4}} by {{NAME:G. Mendez-Hayes}} to {{PHONE:208-555-0112}}; pt appreciative.`,
];

export const HELDOUT_REALISTIC_36_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout36-${i + 1}`, n));
