// A hundred-and-twelfth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places used
// only as LOCATION). Its theme is pharmacy and medication management: retail and hospital pharmacy
// notes, refill requests faxed to prescribers, prescription labels, e-prescribing error queues and
// rejected claims, prior-authorization forms, denials and appeals, PDMP patient reports, controlled-
// substance counts, discrepancy reports and waste logs, specialty pharmacy intake, benefits checks and
// courier shipping notes, compounding records, REMS enrolments and checks (clozapine ANC, iPLEDGE),
// anticoagulation clinic INR logs, medication reconciliation at admission and discharge, poison and
// drug-interaction calls, pharmacist-physician secure messages, mail-order pharmacy letters, 340B and
// patient-assistance applications, and vaccine administration records at pharmacies. Names of
// patients, prescribers, pharmacists, technicians, nurses and caregivers come surname first, in
// capitals, as initials or technician/typist initials (/jm, RPh LK), as first names or nicknames alone,
// hyphenated, and in Spanish, Vietnamese, Yoruba, Polish, Greek, Irish, Arabic and other forms;
// addresses are loose (apartments, lots, PO boxes, rural routes, "c/o"); dates come as 03/11/2024,
// 3/11/24, 2024-05-02, 19870314, 08-Jul-2024, 14MAR24, Mar 8, 3/11 and with weekdays and times.
// Look-alikes that are NOT PHI and stay unmarked: drug names that look like names or places (Allegra,
// Lyrica, Keppra, Valium, Ativan, Lasix, Xarelto, Eliquis, Trulicity, Victoza, Zofran, Flomax, Norco,
// Percocet, Humira, Clozaril), NDC codes, doses, strengths and sigs (1 tab PO BID), quantities, days
// supply, refills, MME, NarxScores, INR and ANC values, lab values, ICD-10, CPT and J codes, rooms,
// beds and cabinet or pocket numbers, drug lot numbers with their expiry dates, beyond-use dates and
// label discard-after dates, Vaccine Information Statement edition dates, BIN and PCN (plan routing
// numbers that identify a payer or processor, treated like a payer's fax line), payers, PBMs,
// manufacturers, couriers, REMS programs, state PDMPs and registries, clock times alone and years alone.
// One note is a MIMIC-style discharge medication list (shifted year 2148), annotated over the content
// of its placeholders with the brackets outside.
// Annotation decisions for this set (following the README guideline and set 72's header): every NPI
// and DEA number (prescriber, pharmacist or pharmacy) and every state pharmacist or prescriber licence
// is LICENSE; member ids, Medicare MBIs, Medicaid ids, plan group numbers and copay-card member ids are
// HEALTH_PLAN; Rx numbers, prior-authorization and appeal case numbers, PDMP request numbers, REMS and
// iPLEDGE patient ids, patient-assistance application numbers, poison-centre case numbers, incident
// and employee numbers and courier tracking numbers are ID; pharmacy charge accounts, claim and
// hospital account numbers are ACCOUNT; pump, pen, CGM and nebulizer serials are DEVICE; a patient's
// pharmacy, specialty pharmacy, clinic, hospital, ward with a proper name, nursing home, school and
// employer are FACILITY; a month with a year (Oct 2023, 06/2023) is a DATE, a season with a year is
// not; a month/day without a year is a DATE; an age over 89 is AGE; a patient's car plate at a
// drive-thru window is VEHICLE; a scan of a photo ID by file name is PHOTO; cabinet fingerprint
// templates and refill-line voiceprint ids are BIOMETRIC; in-house extensions and pagers are PHONE; the
// last four digits of an SSN are SSN; a driver's licence shown at pickup is LICENSE.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-23 final engine
// (18d1e8d) 0.9722 / 0.9355; pass-24 engine (whose rules were made from sets 105-107 and 110
// without reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `REFILL AUTHORIZATION REQUEST -- {{FACILITY:Harlan Drug}}
{{ADDRESS:418 W Main St}}, {{LOCATION:Greenville}}, OH {{ZIP:45331}}
Ph {{PHONE:(937) 555-0142}}   Fax {{FAX:(937) 555-0143}}
Date: {{DATE:03/11/2024}}

TO: {{NAME:Pruitt, Dana K}}, MD   NPI {{LICENSE:1457382916}}   DEA {{LICENSE:BP3318274}}
Office fax: {{FAX:937-555-0198}}

Patient: {{NAME:WEHRMAN, LOIS}}   DOB {{DATE:07/22/1951}}
Addr: {{ADDRESS:2260 Sater Rd}}, {{LOCATION:Ansonia}} {{ZIP:45303}}
Rx# {{ID:6104472}}  Lyrica 75 mg cap   Sig: 1 cap PO BID   Qty 60   DS 30
   Last filled {{DATE:02/09/2024}}   Refills remaining: 0
Rx# {{ID:6104473}}  Allegra 180 mg tab   Sig: 1 tab PO daily prn   Qty 30
   Last filled {{DATE:01/30/2024}}   Refills remaining: 0

Pt states out of Lyrica tomorrow, does not want to go w/o over the weekend. Daughter {{NAME:Tammy}} will pick up.
Please fax back or send new e-Rx.
___ Approved  # refills ___     ___ Denied     ___ Pt must schedule appt
Prescriber signature ______________________
RPh: {{NAME:K. Osterfeld}}  /{{NAME:jm}}`,

  `ERX INBOX - ERROR/REJECT QUEUE   exported {{DATE:2024-05-02 07:14:09}}
Store: {{FACILITY:Cedar Point Pharmacy}}   NPI {{LICENSE:1932047718}}
-------------------------------------------------------------
MsgID 7f3c2a91  type=NewRx  status=ERROR  code=900 "Transaction rejected"
  Patient: {{NAME:OYELARAN, ADEBOLA T}}  DOB {{DATE:19870314}}  Gender F
  Prescriber: {{NAME:HSU, WARREN}} MD  NPI {{LICENSE:1679201448}}  DEA {{LICENSE:FH2261907}}
  Drug: Keppra 500 MG Oral Tablet  NDC 50474-0594-40  Qty 60  Refills 5
  Error detail: "Prescriber DEA not valid for schedule" (Keppra is not controlled - vendor mapping issue again)
  Source IP {{IP:198.51.100.23}}   clinic: {{FACILITY:Lakeshore Neurology Associates}}
MsgID 7f3c2b04  type=RxRenewalResponse  status=ERROR  code=601 "Receiver unable to process"
  Patient: {{NAME:PETRAKIS, GEORGIOS}}  DOB {{DATE:19480930}}
  Ref orig Rx# {{ID:2238815}}  Valium 5 MG tab  1 tab PO q8h prn anxiety  #30
  Error detail: "CS renewal must be sent as NewRx (EPCS)"
  Prescriber: {{NAME:Nakamura-Bell, Leah}} NP  NPI {{LICENSE:1366028451}}
  callback {{PHONE:419-555-0171}}
Action: {{NAME:RG}} called {{NAME:Hsu}} office {{DATE:5/2}} 0820, they will resend; left vm for {{NAME:Leah}} re EPCS.`,

  `PRIOR AUTHORIZATION REQUEST FORM - PHARMACY BENEFIT
Plan: Cascade Valley Health     BIN 610279   PCN 9999   Group {{HEALTH_PLAN:CVH04417}}
MEMBER
Name: {{NAME:Gutiérrez Salazar, Marisol}}          DOB: {{DATE:11/02/1979}}
Member ID: {{HEALTH_PLAN:CVX884120377}}
Address: {{ADDRESS:1902 N Kellogg Ave Apt 14}}, {{LOCATION:Santa Barbara}}, CA {{ZIP:93111}}
Phone: {{PHONE:805-555-0133}}
PRESCRIBER
Name: {{NAME:Aaron Feldstein}}, MD     Specialty: endocrinology
NPI: {{LICENSE:1588204731}}     DEA: {{LICENSE:AF6620418}}
Clinic: {{FACILITY:Mission Canyon Endocrine}}   Ph {{PHONE:805-555-0190}}   Fax {{FAX:805-555-0191}}
Office contact: {{NAME:Rosie}} (MA)   {{EMAIL:rosie.m@missioncanyonendo.com}}
MEDICATION REQUESTED
Ozempic 1 mg/dose pen - inject 1 mg SC once weekly - 3 mL - 28 DS
Dx: E11.65   A1c 9.1% ({{DATE:2/14/24}}), 8.7% ({{DATE:Oct 2023}})
Tried/failed: metformin ER 1000 mg BID x 3 yrs (GI intolerance); Jardiance 25 mg (recurrent GU infx)
Expedited? [ ] yes  [x] no
Signature: {{NAME:A. Feldstein}} MD          Date: {{DATE:03/01/2024}}`,

  `Cascade Valley Health - Pharmacy Services
{{DATE:March 8, 2024}}

{{NAME:MARISOL GUTIERREZ SALAZAR}}
{{ADDRESS:1902 N KELLOGG AVE APT 14}}
{{LOCATION:SANTA BARBARA}} CA {{ZIP:93111-2208}}

RE: Coverage determination - DENIED
Member ID: {{HEALTH_PLAN:CVX884120377}}     Case #: {{ID:PA-24-0613397}}
Drug: OZEMPIC 1MG/DOSE (4MG/3ML) PEN

Dear Ms. {{NAME:Gutierrez Salazar}}:
We reviewed the request your doctor, Dr. {{NAME:Aaron Feldstein}}, sent on {{DATE:03/01/2024}}. We denied it because our criteria
require a trial of two preferred GLP-1 agents (Trulicity, Victoza) before Ozempic is covered. Your pharmacy records show
a trial of Trulicity from {{DATE:06/2023}} to {{DATE:09/2023}} only.
You or your doctor may ask for an appeal within 60 days of the date of this letter. A copy of this letter was sent to your
doctor at fax {{FAX:805-555-0191}} and to your pharmacy, {{FACILITY:Hollister Ave Pharmacy}}.
Reviewed by {{NAME:J. Whitcombe}}, PharmD, Clinical Pharmacist`,

  `STATE PRESCRIPTION MONITORING PROGRAM - PATIENT RX HISTORY REPORT
Request ID: {{ID:PMP-7730915}}   Requestor: {{NAME:Ostrowski, Beth}} PharmD   {{DATE:04/18/2024 10:42}}
Search criteria: Last {{NAME:DUVALL}}  First {{NAME:CODY}}  DOB {{DATE:09/05/1990}}  ZIP {{ZIP:37043}}
Matched: {{NAME:CODY R DUVALL}}, {{ADDRESS:611 Tiny Town Rd Lot 9}}, {{LOCATION:Clarksville}} TN
NarxScore (opioid) 520   Overdose risk score 410   Active MME 90
Fill Date   Drug                         Qty  Days  MME  Prescriber      Pharmacy
{{DATE:04/02/24}}    oxycodone-APAP 10-325 mg      120  30    60  {{NAME:R. Baptiste}}     {{FACILITY:Riverside Rx}}
{{DATE:03/28/24}}    alprazolam 1 mg                60  30    --  {{NAME:K. Amin}}         {{FACILITY:Ft Campbell Blvd Drug}}
{{DATE:03/19/24}}    tramadol 50 mg                 40  10    20  {{NAME:S. Whitlock}}     {{FACILITY:Riverside Rx}}
{{DATE:03/04/24}}    oxycodone-APAP 10-325 mg      120  30    60  {{NAME:R. Baptiste}}     {{FACILITY:Riverside Rx}}
3 prescribers / 2 pharmacies in 60 days.
RPh note: overlapping benzo + opioid, new tramadol from urgent care. Called Dr {{NAME:Baptiste}} ({{PHONE:931-555-0114}}), aware, will address. Naloxone offered, pt accepted.`,

  `CONTROLLED SUBSTANCE DISCREPANCY REPORT
{{FACILITY:St. Brendan Regional Medical Center}} - Pharmacy Dept
Unit: {{FACILITY:Halvorsen 4}} (med-surg)   Cabinet: OMNI-4W-02   Pocket 3B
Discovered: {{DATE:06/14/2024 19:05}} at shift count
Drug: HYDROmorphone 2 mg/mL 1 mL carpuject    Expected 7   Found 6
Last access before discrepancy: {{NAME:Dimitri Volkov}} RN (emp {{ID:E0448127}}) {{DATE:6/14/24 1722}}
  for pt {{NAME:LAFLEUR, ROGER}}  MRN {{MRN:00918274}}  rm 412
Count witnessed by {{NAME:T. Abernathy}} RN and {{NAME:Priya Raghunathan}} RN.
Resolution attempt: {{NAME:Volkov}} reached at {{PHONE:x4471}} - recalls removing 1 and giving 0.5 mg, wasting 1.5 mg with
{{NAME:Abernathy}}; waste not documented in cabinet ("waste pending"). Cabinet login by fingerprint, template {{BIOMETRIC:FPT-22981047}}.
Pharmacist review: {{NAME:Okafor, Chidi}} PharmD {{DATE:06/15/2024}} - unresolved at 24 h, escalated to Diversion Committee,
incident # {{ID:IR-2024-1187}}.`,

  `ANESTHESIA CS WASTE LOG    OR 7    {{FACILITY:Mercy Ridge Hospital}}    Date {{DATE:08-Jul-2024}}
Case  Patient (MRN)                 Drug / conc             Drawn    Given   Wasted   Waster/Witness
1     {{NAME:Ibarra, Lucía}} ({{MRN:4471920}})     fentanyl 50 mcg/mL      250 mcg  150     100 mcg  {{NAME:MJS}} / {{NAME:dw}}
2     {{NAME:Kowalczyk, Stan}} ({{MRN:4402817}})   midazolam 1 mg/mL       2 mg     2       0        {{NAME:MJS}} / --
3     {{NAME:BEAUCHAMP, R}} ({{MRN:4480036}})      ketamine 50 mg/mL       100 mg   40      60 mg    {{NAME:TR}} / {{NAME:LH}}
4     {{NAME:Nwosu, Ifeanyi}} ({{MRN:4419005}})    hydromorphone 1 mg/mL   2 mg     1.2     0.8 mg   {{NAME:MJS}} / {{NAME:dw}}
Waste method: Rx Destroyer container, bin 7B.
Reconciled vs AIMS by {{NAME:Helen Tarkington}}, CPhT, {{DATE:7/9/24}}: case 3 ketamine AIMS shows 50 mg given, log says 40.
Message sent to Dr {{NAME:Tran Rasmussen}} (TR) to amend. Unresolved >72h goes to {{NAME:Okafor}}.`,

  `SPECIALTY PHARMACY INTAKE - NEW REFERRAL
{{FACILITY:Summit Specialty Pharmacy}}   received {{DATE:Tue 01/16/2024}} via fax from {{FAX:615-555-0160}}
Pt: {{NAME:Haddad, Rania}}   DOB {{DATE:04-12-1992}}   Ph {{PHONE:615-555-0117}} (cell, ok to text)
Ship to: {{ADDRESS:3308 Belmont Blvd Unit B}}, {{LOCATION:Nashville}} TN {{ZIP:37212}}
Rx: Humira Pen 40 mg/0.4 mL, inject 40 mg SC q14 days, #2 pens, RF x 5   Dx: K50.90 Crohn's
Prescriber: {{NAME:Esther Lindqvist}} MD, {{FACILITY:Vanderhoff GI Partners}}  NPI {{LICENSE:1750394862}}
Insurance: BlueRidge Commercial  ID {{HEALTH_PLAN:BRX720044318}}  Grp {{HEALTH_PLAN:0077215}}  BIN 004336  PCN ADV
Benefits investigation: PA required - submitted {{DATE:1/16}} by {{NAME:Kaylee}} (PA ref {{ID:BRX-PA-55120843}})
Copay card enrolled: member {{HEALTH_PLAN:HC3390217745}}
Allergies: sulfa (rash)   Labs: TB quantiferon neg {{DATE:12/20/2023}}, HBsAg neg
Notes: pt works at {{FACILITY:Harpeth Valley College}}, wants delivery to work on Thursdays. Injection training requested.
Intake by {{NAME:B. Fairweather}} CPhT`,

  `SHIPPING / DELIVERY NOTE
Order {{ID:SO-2024-118342}}   Pt {{NAME:Haddad, Rania}}  DOB {{DATE:4/12/92}}
Shipped {{DATE:02/07/2024}} FedEx Priority Overnight, tracking {{ID:7781 2290 4415}}, cold chain box w/ 2 gel packs + TempTale monitor
Contents: Humira Pen 40 mg #2   lot 1198732  exp 09/2025   NDC 0074-0554-02
Deliver to: c/o {{NAME:Mona Haddad}} (sister), {{ADDRESS:1410 Clayton Ave}}, {{LOCATION:Nashville}} {{ZIP:37212}} - pt traveling
Signature required: Y
{{DATE:02/08/2024}} 1045 - FedEx exception "recipient not available". Called pt {{PHONE:615-555-0117}}, no answer, texted.
1130 - sister {{NAME:Mona}} called back ({{PHONE:615-555-0182}}), will be home after 1300. Redelivery requested, conf {{ID:RD40917}}.
1515 - delivered, signed "{{NAME:M HADDAD}}". TempTale green, no alarm.
Temp excursion: none.   RPh check {{NAME:DL}}   Tech {{NAME:bf}}`,

  `COMPOUNDING RECORD - NONSTERILE
{{FACILITY:Pestle & Mortar Compounding}}   Lot (internal) C240311-04
Rx# {{ID:C-30981}}   Pt: baby boy {{NAME:Amarante}} ({{NAME:Teodoro Amarante}})   DOB {{DATE:01/27/2024}}
Prescriber: {{NAME:Siobhán Ní Bhriain}}, MD ({{FACILITY:Lakeview Pediatrics}})   NPI {{LICENSE:1821730465}}
Formulation: omeprazole 2 mg/mL oral suspension in sodium bicarbonate 8.4%, qty 100 mL
Ingredient        Mfr/Lot            Exp        Qty      Weighed by / Verified by
omeprazole pwd    PCCA lot 22K0917  11/2026    200 mg   {{NAME:AH}} / RPh {{NAME:LK}}
NaHCO3 8.4%       Hospira lot 67190 04/2025    100 mL   {{NAME:AH}} / RPh {{NAME:LK}}
Compounded {{DATE:03/11/2024 1410}}   BUD 30 days refrigerated
Dose: 1 mg/kg = 4.2 mg = 2.1 mL PO daily before feed. Wt 4.2 kg.
Counselled mother {{NAME:Joana Amarante}} at pickup, shake well, refrigerate. Callback {{PHONE:503-555-0148}}.
Pharmacist: {{NAME:Lauren Kesterson}}, PharmD  lic {{LICENSE:RPH-0019874}}`,

  `CLOZAPINE REMS - PRE-DISPENSE CHECK
{{FACILITY:Eastgate Community Pharmacy}}   {{DATE:Friday 05/10/2024}}
Pt: {{NAME:MBEKI, THABO}}   DOB {{DATE:1986-02-19}}   REMS pt ID {{ID:CLZ-4471903}}
Prescriber: Dr. {{NAME:R. Castellanos}} - certified   NPI {{LICENSE:1043928817}}
Rx# {{ID:7720331}}  clozapine (Clozaril) 100 mg tab  3 tabs PO qhs  #84  28 DS   monitoring freq: monthly
Most recent ANC: 1.9 x10^3/uL (= 1900/uL) drawn {{DATE:05/06/2024}} at {{FACILITY:Bayside Lab PSC}}
Pt not BEN. ANC >= 1500 -> normal range, OK to dispense. Prior ANC 2100 ({{DATE:04/08/2024}}).
Predispense authorization (PDA) obtained {{DATE:5/10/24}} 0915, auth # {{ID:PDA-88120457}}
Caseworker {{NAME:Shauna}} from {{FACILITY:Riverbend ACT Team}} picks up, pt lives at {{FACILITY:Harbor House}} group home, {{ADDRESS:77 Quarry St}}, {{LOCATION:Fall River}} MA.
Next ANC due by {{DATE:06/06/2024}}. Reminder sent to clinic fax {{FAX:508-555-0129}}.
RPh {{NAME:Nguyễn Thị Hương}}`,

  `iPLEDGE - PHARMACY DISPENSE RECORD
Pharmacy: {{FACILITY:Brookfield Village Pharmacy}}   Pharmacy NPI {{LICENSE:1295730048}}
Date: {{DATE:2024-06-21}}
Patient: {{NAME:Ellison, Grace}}   iPLEDGE ID {{ID:4410298765}}   DOB {{DATE:08/30/2005}}   Category: FCBP
Prescriber: {{NAME:Mehta, Anjali}} MD ({{FACILITY:Brookfield Dermatology}})  DEA {{LICENSE:BM5520917}}
Rx: isotretinoin 40 mg cap, 1 cap PO BID, #60, 30 DS, no refills
Checklist:
 [x] Pt confirmed in system, pregnancy test result entered by prescriber {{DATE:06/18/2024}} (neg, CLIA lab)
 [x] Pt completed comprehension questions
 [x] RMA obtained: {{ID:RMA 66210934}}
 [x] Do-not-dispense-after date: {{DATE:06/25/2024}} (7-day window from test)
 [x] Med Guide given
Dispensed to: mother {{NAME:Karen Ellison}}, photo ID scanned ({{PHOTO:IDSCAN_00417723.jpg}})
Counsel: two forms contraception, no blood donation, no sharing. Pt asked about Accutane vs Absorica - explained same drug.
Next fill not before {{DATE:7/19}}; needs new test.
{{NAME:T. Ravenscroft}}, RPh`,

  `ANTICOAGULATION CLINIC - INR FLOWSHEET
{{FACILITY:Northfield Anticoagulation Clinic}}   Pt: {{NAME:Sørensen, Karl}}   MRN {{MRN:A-7712093}}   DOB {{DATE:02/14/1933}} ({{AGE:91}} y)
Indication: AF + mech AVR (On-X)   Goal INR 2.0-3.0   Drug: warfarin (Jantoven) 5 mg tabs
Date        INR   Weekly dose   Change                         Next     Init
{{DATE:04/02/24}}    1.8   32.5 mg      +2.5 mg/wk (extra 1/2 Wed)    {{DATE:4/9}}      {{NAME:MP}}
{{DATE:04/09/24}}    2.4   35 mg        no change                      {{DATE:4/23}}     {{NAME:MP}}
{{DATE:04/23/24}}    3.9   35 mg        hold x1, then 32.5 mg/wk      {{DATE:4/26}}     {{NAME:JRW}}
{{DATE:04/26/24}}    2.9   32.5 mg      no change                      {{DATE:5/10}}     {{NAME:JRW}}
Comments {{DATE:4/23}}: son {{NAME:Erik}} says started Bactrim DS from urgent care {{DATE:4/19}} for UTI -- interaction, INR up. Pt denies bleeding.
Spoke with PCP Dr {{NAME:Lowenthal}} ({{PHONE:612-555-0105}}) - switch to nitrofurantoin agreed.
Poc device: CoaguChek XS, strip lot 47281-04. Home address {{ADDRESS:2 Birch Ln}}, {{LOCATION:Northfield}} MN {{ZIP:55057}}.`,

  `ADMISSION MEDICATION RECONCILIATION - PHARMACY
{{FACILITY:Gales Creek Medical Center}}  {{FACILITY:Calloway 6 West}}
{{NAME:PARK, JI-HOON}}   MRN {{MRN:100293847}}   Acct {{ACCOUNT:5530019927}}   Adm {{DATE:09/03/2024}}
Sources: pt, wife {{NAME:Soo-yeon}} at bedside, fill history (Surescripts), {{FACILITY:Kroll Family Pharmacy}} {{PHONE:503-555-0161}}
Home med                         Last dose         Admit action
lisinopril 20 mg PO daily         {{DATE:9/3}} AM          hold (AKI, Cr 2.1)
metoprolol succ 50 mg PO daily    {{DATE:9/3}} AM          continue
Eliquis 5 mg PO BID               {{DATE:9/2}} PM          hold - ?GI bleed, GI to see
Flomax 0.4 mg PO qhs              {{DATE:9/2}}             continue
Lasix 40 mg PO daily              pt stopped ~2 wks ago (dizzy) - not taking
melatonin 3 mg qhs prn            unknown                  not ordered
Discrepancy: pharmacy profile has atorvastatin 40 mg last filled {{DATE:05/17/2024}}, pt says ran out. Clarified with PCP Dr. {{NAME:Amadi}} - resume at discharge.
Completed by {{NAME:Farrah Qureshi}}, PharmD  {{DATE:09/03/2024 16:40}}  pgr {{PHONE:4-2281}}`,

  `DISCHARGE MEDICATION LIST / PATIENT INSTRUCTIONS
Patient: {{NAME:Ji-Hoon Park}}   DOB: {{DATE:Nov 4, 1949}}   Discharge date: {{DATE:09/08/2024}}
Discharging MD: {{NAME:Olivia Brandt-Mwangi}}, MD   Follow-up: {{FACILITY:Forest Grove Internal Medicine}} with Dr. {{NAME:Amadi}} on {{DATE:9/15}} 10:30
STOP taking:
 - Lasix (furosemide) 40 mg
 - Eliquis (apixaban) 5 mg -- until GI follow up (Dr. {{NAME:Yoshida}} will tell you when to restart)
CHANGE:
 - lisinopril 20 mg -> 10 mg once daily (kidneys)
NEW:
 - pantoprazole 40 mg 1 tab by mouth twice a day x 8 weeks
CONTINUE: metoprolol succinate 50 mg daily, Flomax 0.4 mg at bedtime, atorvastatin 40 mg daily (restarted)
New prescriptions sent to {{FACILITY:Kroll Family Pharmacy}}, {{ADDRESS:2140 Pacific Ave}}, {{LOCATION:Forest Grove}}, OR {{ZIP:97116}}.
Questions: call the 6 West pharmacist line {{PHONE:503-555-0177}}.
Reviewed with pt and wife by {{NAME:F. Qureshi}}, PharmD. Teach-back done. Interpreter Mr. {{NAME:Lim}} (Korean) id {{ID:INT-20441}}.`,

  `REGIONAL POISON CENTER - CALL RECORD
Case # {{ID:24-118807}}   {{DATE:07/04/2024 21:37}}   Caller: grandmother {{NAME:Deloris Fairchild}}   cb {{PHONE:(405) 555-0136}}
Site: residence, {{LOCATION:Norman}} OK
Pt: {{NAME:Kinsley}}, 2 yo F, ~13 kg
Exposure: found with grandma's pill organizer open. Possible ingestion: amlodipine 10 mg (up to 2 tabs missing), metformin 500 mg (1?), Valium 5 mg? (grandma unsure if Wed slot had one)
Time of exposure approx 2100. Child currently playful, no vomiting.
Recommendation: refer to ED given CCB ingestion in toddler (any amlodipine is potentially toxic). Advised to bring pill bottles.
ED notified: {{FACILITY:Cimarron Regional Medical Center}} ED charge RN {{NAME:Tasha}}, {{PHONE:405-555-0120}}.
F/u call {{DATE:7/4}} 2330: HR 118, BP 92/54, glucose 98. Obs overnight planned.
F/u {{DATE:07/05/2024 08:10}}: d/c home, BP stable, no tx needed. Closed.
SPI: {{NAME:R. Delacroix-Hale}}, PharmD, CSPI`,

  `DRUG INTERACTION CALL - pharmacist note
{{DATE:1/22/24}} 1415, inbound from {{FACILITY:Lakeside Urgent Care}} ({{NAME:Brandon}}, RN) re: pt {{NAME:O'SULLIVAN, NIAMH}} DOB {{DATE:3/3/1968}}
UC wants to start clarithromycin 500 BID for sinusitis. Pt profile at our store ({{FACILITY:Main Street Apothecary}}):
 - simvastatin 40 mg qhs
 - amiodarone 200 mg daily (Dr. {{NAME:Fenwick}}, cards)
 - Xarelto 20 mg daily
 - Lyrica 50 mg TID
Concerns: clarith + simva contraindicated (rhabdo), clarith + amio QT, clarith inc rivaroxaban levels.
Recommended doxycycline 100 mg BID x 7d instead (or amox-clav if no allergy). {{NAME:Brandon}} to ask provider Dr. {{NAME:Kaur-Fisher}}.
1440 new e-Rx rec'd: doxycycline hyclate 100 mg #14. Filled Rx# {{ID:3390117}}. Counselled pt: separate from antacids/iron, sun.
Pt email for refill reminders updated: {{EMAIL:niamh.osull68@gmail.com}}
RPh {{NAME:D. Abernethy-Cole}}`,

  `Secure Chat - Epic
[{{DATE:10/15/2024 08:02}}] {{NAME:Adaeze Okonkwo}}, PharmD: Dr {{NAME:Whitfield}}, re bed 14 Mr. {{NAME:Castellano}} (MRN {{MRN:3319820}}) - vanc trough this AM 24.6, SCr up 1.1 -> 1.6. Recommend hold next dose, recheck level w/ AM labs, consider switch to AUC dosing.
[08:05] {{NAME:Ryan Whitfield}}, MD: ok hold. what about the zosyn
[08:07] {{NAME:Adaeze Okonkwo}}, PharmD: Zosyn fine, CrCl ~45 so 3.375 q8h EI. Cultures from {{DATE:10/13}} = MSSA, so could de-escalate to cefazolin 2 g q8h and drop vanc altogether.
[08:09] {{NAME:Ryan Whitfield}}, MD: do it. also family says he takes some herbal thing from {{LOCATION:Guadalajara}}, can you look
[08:30] {{NAME:Adaeze Okonkwo}}, PharmD: daughter {{NAME:Lupe}} brought bottle - "Artri King" - FDA warning, contains hidden dexamethasone + diclofenac. That may explain the gastritis + hyperglycemia. Will document in med hx and notify MedWatch. Her number {{PHONE:773-555-0188}} if you want to update her.
[08:31] {{NAME:Ryan Whitfield}}, MD: thx {{NAME:Ada}}`,

  `{{FACILITY:HomeWay Mail Order Pharmacy}}
{{ADDRESS:PO Box 4470}}, {{LOCATION:Scottsdale}} AZ {{ZIP:85261}}

{{DATE:August 19, 2024}}

{{NAME:Wendell T. Barraclough}}
{{ADDRESS:RR 2 Box 118}}
{{LOCATION:Tishomingo}}, OK {{ZIP:73460}}

Member ID: {{HEALTH_PLAN:HWM902211845}}     Rx number: {{ID:8821047-03}}

Dear {{NAME:Wendell Barraclough}},
We tried to reach you at {{PHONE:580-555-0112}} on {{DATE:8/14}} and {{DATE:8/16}} about your order for Eliquis 5 mg tablets (180 tablets, 90-day supply).
We could not ship because the card on file was declined. Your balance is $47.50 on account {{ACCOUNT:HW-00338217}}.
Please call us or update your payment at {{URL:https://www.homewayrx.com/account/pay}}.
If you have already paid, please disregard this letter. Your doctor, {{NAME:Laurel Shipp}}, NP, has also been notified.

Sincerely,
{{NAME:M. Cordova}}
Patient Care Team`,

  `340B CONTRACT PHARMACY / SLIDING FEE ELIGIBILITY - application
Covered entity: {{FACILITY:Valle del Sol Community Health Center}}   Contract pharmacy: {{FACILITY:Farmacia Guadalupe}}
Applicant: {{NAME:Cruz Benítez, Rosa Elena}}   DOB {{DATE:15/08/1962}} (written by pt, DD/MM)
Address: {{ADDRESS:2031 E Calle Ocho #3}}, {{LOCATION:Yuma}}, AZ {{ZIP:85365}}
Phone: {{PHONE:928-555-0153}}    Email: none
Household size 3    Monthly income $1,820 (pt), spouse {{NAME:Joaquín}} seasonal at {{FACILITY:Dos Rios Farms}}
Health center MRN: {{MRN:VDS-0041198}}   Medicaid: pending, app {{ID:AHC-2024-661203}}
Sliding fee tier: B (101-150% FPL)
Eligible 340B Rx (written by CHC prescriber Dr. {{NAME:Ilse Voorhees}}):
  insulin glargine 100 u/mL pen, 22 units SC qhs
  Januvia 100 mg daily
  atorvastatin 20 mg
Pen needles 32G 4 mm #100
Verified by {{NAME:Yesenia}} (eligibility) {{DATE:2/28/2024}}; next renewal due {{DATE:Feb 2025}}.
Pharmacy claim ref {{ACCOUNT:3B-77201486}}`,

  `PATIENT ASSISTANCE PROGRAM APPLICATION (faxed to mfr foundation)  -- page 1 of 3
SECTION 1 - PATIENT
Name: {{NAME:Lindgren-Achebe, Marcus}}     DOB: {{DATE:12/01/1958}}     SSN: {{SSN:447-21-9083}}
Address: {{ADDRESS:908 Orchard Hill Dr}}, {{LOCATION:Lawrence}}, KS {{ZIP:66049}}
Phone: {{PHONE:785-555-0124}}   Email: {{EMAIL:marcus.la58@outlook.com}}
Insurance: Medicare Part D (MBI {{HEALTH_PLAN:4TR7-KD2-XH91}}) - in coverage gap; LIS denied {{DATE:Jan 2024}}
Household: 2   Annual income: $31,400 (SS + pension from {{FACILITY:Wakarusa Box & Carton}})
SECTION 2 - PRESCRIBER
{{NAME:Priyanka Deshpande}}, MD   {{FACILITY:Kaw River Cardiology}}   NPI {{LICENSE:1912837460}}
Phone {{PHONE:785-555-0130}}  Fax {{FAX:785-555-0131}}
Medication: Entresto 49/51 mg, 1 tab PO BID, #180 / 90 days   Dx I50.22
SECTION 3 - SHIP TO: [x] prescriber office  [ ] patient home
Prior application # {{ID:NPAF-2023-0048812}} (approved {{DATE:03/15/2023}}, expired)
Patient signature: {{NAME:Marcus Lindgren-Achebe}}   date {{DATE:4/2/24}}
Completed with help of {{NAME:Jolene}} (financial counselor), ext {{PHONE:2214}}`,

  `IMMUNIZATION ADMINISTRATION RECORD - {{FACILITY:Prairie Rose Pharmacy}}
Date given: {{DATE:10/03/2024}}   Immunizing pharmacist: {{NAME:Hollis Brandvold}}, RPh   lic {{LICENSE:ND-R4471}}
Patient: {{NAME:TORKELSON, AGNES M}}   DOB {{DATE:06/09/1931}}   Age {{AGE:93}}
Address: {{ADDRESS:410 2nd Ave SE Apt 206}}, {{LOCATION:Minot}} ND {{ZIP:58701}}
Plan: Medicare Part B  MBI {{HEALTH_PLAN:7GH2-WN4-PK38}}
Screening: no fever today, no prior GBS, egg ok. Caregiver daughter {{NAME:Karin Torkelson-Haug}} ({{PHONE:701-555-0125}}) present.
Vaccine                         Mfr      Lot        Exp          Site   Route  Dose    VIS date
Influenza HD (Fluzone HD)       Sanofi   UT8412BA   06/30/2025   L del  IM     0.7 mL  08/06/2021
COVID-19 2024-25 (Spikevax)     Moderna  3049817    02/2025      R del  IM     0.5 mL  EUA fact sheet
Observed 15 min. No reaction.
Reported to state registry {{DATE:10/3/24}} 1522, NDIIS id {{ID:NDI-00772145}}.
PCP notified by fax: Dr. {{NAME:Ingebretsen}}, {{FACILITY:Souris Valley Clinic West}}, fax {{FAX:701-555-0199}}.
Next due: RSV? - pt declined today, thinking about it.   {{NAME:HB}}/{{NAME:ck}}`,

  `drive-thru log {{DATE:sat 6/1}} - {{FACILITY:Pinecrest Pharmacy}}
1012 pickup for {{NAME:Rashad Coleman}}, hydrocodone/apap 5/325 #20 Rx {{ID:4401928}} - pt not the one in car, driver said "his cousin {{NAME:Dre}}". ID shown: state DL {{LICENSE:D281-4470-9921}} name {{NAME:Andre Whitaker}}, photo captured {{PHOTO:dt_cam_0601_101244.jpg}}. Car silver Altima plate {{VEHICLE:KTR-4491}}. Policy: C2 pickup by third party ok w/ ID, logged in CS pickup book.
1040 mrs. {{NAME:delgado}} picking up for husband {{NAME:Ernesto}} - amox + Zofran, no issues.
1115 {{NAME:Rashad}} called ({{PHONE:470-555-0168}}) asking if cousin picked up, said he didnt send him. Told him we released on valid ID + correct DOB ({{DATE:5/22/89}}) + addr. He then said "oh nvm my mom sent him". Noted.
1130 notified PIC {{NAME:Sandra Bui}}. Flag on profile for CS pickup - pt must pick up himself going forward, per pt request.
- {{NAME:tj}}`,

  `DIABETES SUPPLY ORDER - pharmacy DME
Pt: {{NAME:Zhao, Mingyu}} ({{NAME:Mia}})   DOB {{DATE:2009-11-23}}   MRN {{MRN:CH00571204}}
Parent/guardian: {{NAME:Zhao Wei}} (father) {{PHONE:608-555-0119}}  {{EMAIL:zhaowei.madison@yahoo.com}}
School: {{FACILITY:Glenwood Hills Middle School}} - nurse Mrs. {{NAME:Flanagan}} needs glucagon + extra pods
Devices on file:
 Omnipod 5 PDM  S/N {{DEVICE:PDM5-0048812763}}
 Dexcom G7 sensors (10-day) - current sensor serial {{DEVICE:G7-8812JX4471}}
 InPen (backup) S/N {{DEVICE:INP2207415}}
Order: Omnipod 5 pods #10 (30 days), Dexcom G7 #3, Baqsimi 3 mg nasal #2, insulin lispro (Humalog) U-100 vial #2
Ins: Badger Health Kids ID {{HEALTH_PLAN:BHK-0028831947}}  grp {{HEALTH_PLAN:BHK-MADSCH}}
Rx from Dr. {{NAME:Tovah Reinholt}} ({{FACILITY:Four Lakes Pediatric Diabetes Clinic}})  NPI {{LICENSE:1730028194}}
Delivered to school {{DATE:08/29/24}} per dad request, {{ADDRESS:101 S Gammon Rd}}, {{LOCATION:Madison}} {{ZIP:53717}}.
{{NAME:jb}} CPhT`,

  `RX LABEL (reprint)
{{FACILITY:WILLOW CREEK PHARMACY}}  {{ADDRESS:55 S MAIN ST}} {{LOCATION:LOGAN}} UT {{ZIP:84321}}  {{PHONE:435-555-0140}}
RX# {{ID:0772104}}          DATE {{DATE:04/22/2024}}
{{NAME:HANSEN, BRIGHAM J}}
{{ADDRESS:1287 N 400 E}} {{LOCATION:LOGAN}} UT
TAKE 1 TABLET BY MOUTH EVERY 6 HOURS AS NEEDED FOR PAIN. DO NOT EXCEED 4 TABLETS IN 24 HOURS.
NORCO 5-325MG TAB        QTY: 20
(HYDROCODONE/ACETAMINOPHEN)   NDC 00591-0540-01   MFG: ACTAVIS
DR. {{NAME:CALLISTER, M}}        DEA {{LICENSE:MC4419027}}
NO REFILLS - DR AUTH REQUIRED
DISCARD AFTER: 04/22/2025
RPH: {{NAME:SJO}}    TECH: {{NAME:KAL}}
CAUTION: FEDERAL LAW PROHIBITS THE TRANSFER OF THIS DRUG TO ANY PERSON OTHER THAN THE PATIENT FOR WHOM IT WAS PRESCRIBED.
---- reprint reason: pt {{NAME:Brig}} says label smudged in rain. reprinted {{DATE:4/23}} by {{NAME:kal}}. pt pickup at {{DATE:4/23/24 1715}}.`,

  `CLAIM REJECT LOG (NCPDP)  {{FACILITY:Three Rivers Pharmacy}}   {{DATE:2024-11-04}}
Rx {{ID:5520193}}  {{NAME:ALVARADO, JUAN PABLO}}  DOB {{DATE:19751102}}  BIN 003858 PCN A4 GRP {{HEALTH_PLAN:RXGRP44812}}  ID {{HEALTH_PLAN:ZQX77218840}}
  REJ 75 - Prior Authorization Required ; Lyrica 150 mg cap #60
  REJ 569 - provide notice: Medicare Part D
  -> fax PA req to Dr. {{NAME:Lozano}}? no - {{NAME:Lozano}} is PCP; neuro Dr. {{NAME:Pham}} wrote it. Faxed {{FAX:412-555-0173}}
Rx {{ID:5520207}}  {{NAME:BRZEZINSKI, HALINA}}  DOB {{DATE:19400618}}  BIN 610014 PCN MEDDPRIME ID {{HEALTH_PLAN:88102455701}}
  REJ 79 - Refill Too Soon (next fill date {{DATE:11/09/2024}}) ; Ativan 0.5 mg #60
  pt going to {{LOCATION:Kraków}} {{DATE:11/7}} for 3 wks - vacation override requested, rep {{NAME:Tina}} ref# {{ID:VO-20241104-3312}}
Rx {{ID:5520211}}  {{NAME:KEEGAN, RORY}}  DOB {{DATE:20010430}}  BIN 004336 PCN ADV ID {{HEALTH_PLAN:A00488230195}}
  REJ 65 - Patient Is Not Covered (term {{DATE:10/31/2024}})
  called pt {{PHONE:412-555-0152}}: new job at {{FACILITY:Allegheny Steelworks}}, new card not here yet. Cash price quoted, pt will wait.
 - {{NAME:DMc}}`,

  `IV ROOM - CSP PREPARATION RECORD (Category 2)   {{FACILITY:Bellhaven University Hospital}} Central Pharmacy
Order # {{ID:ORD-88127734}}   Pt {{NAME:ABERNATHY-SINGH, KIRAN}}  MRN {{MRN:00738822}}  Unit {{FACILITY:Prescott 9}} bed 21
Product: vancomycin 1,250 mg in NS 250 mL   Rate over 120 min   q12h
Components        Mfr/Lot           Exp        Vol
vanco 10 g vial   Fresenius 6108832 01/2026    12.5 mL (100 mg/mL recon)
NS 250 mL bag     Baxter P402991    08/2025    250 mL
Prepared {{DATE:11/18/2024 0612}} by {{NAME:C. Mbatha}}, CPhT (hood 2)   Checked by {{NAME:G. Feeney}}, PharmD
BUD: 11/19/2024 0612 refrigerated (per USP 797 cat 2, 4 days allowed, policy 24h)
Gravimetric verification: within 2%.  Label reprinted once (smudge).
Note {{DATE:11/18}} 0700: RN {{NAME:Kavya}} from {{FACILITY:Prescott 9}} called {{PHONE:x5530}}, pt got previous dose late (IV infiltrated) -- trough timing adjusted, pharmacy-to-dose per Dr {{NAME:Albrecht}}.`,

  `AUTOMATED REFILL LINE (IVR) - EXCEPTION REPORT   {{FACILITY:Dunmore Pharmacy}}   date range {{DATE:12/02/2024}} - {{DATE:12/03/2024}}
Call  Caller ANI          Rx#        Result                               Voice ID
0812  {{PHONE:570-555-0114}}        {{ID:611204}}     refill too soon (Xanax 0.25)         {{BIOMETRIC:VPR-00918837}} match
0833  {{PHONE:570-555-0190}}        {{ID:611822}}     no refills remaining -> fax to MD    {{BIOMETRIC:VPR-00772014}} match
0901  {{PHONE:570-555-0127}}        {{ID:609915}}     voice mismatch - caller not enrolled (not pt)     --
1320  {{PHONE:570-555-0114}}        {{ID:611204}}     repeat call, refill too soon           {{BIOMETRIC:VPR-00918837}} match
Follow up:
- 611204 = {{NAME:Lorraine Pagliaro}}, called her back, next fill {{DATE:12/9}}, she thought 30 DS meant calendar month. explained.
- 611822 = {{NAME:Pawel Zielinski}}, faxed Dr. {{NAME:Gallagher-Moss}} {{FAX:570-555-0150}}.
- 609915 = {{NAME:Doris Kemmerer}} ({{AGE:96}} y/o), caller was neighbor {{NAME:Bev}} - ok per HIPAA form on file, refilled Lasix 20 mg.
reviewed {{NAME:AK}} {{DATE:12/3}}`,

  `FROM: {{FACILITY:Saint Aldric Hospital}} Inpatient Pharmacy   fax {{FAX:(207) 555-0185}}
TO: Dr. {{NAME:Percival Ndlovu}}, hospitalist   re: THERAPEUTIC INTERCHANGE NOTIFICATION
Date: {{DATE:2/6/2024}}
Patient: {{NAME:Thibodeau, Rene J.}}   MRN {{MRN:SA-0048831}}   Rm 318-B   Adm {{DATE:02/05/2024}}
The following home medications were automatically interchanged per P&T policy 7.14:
  HOME                             INPATIENT FORMULARY
  olmesartan 40 mg daily    -->    losartan 100 mg daily
  rosuvastatin 20 mg daily  -->    atorvastatin 40 mg daily
  esomeprazole 40 mg daily  -->    pantoprazole 40 mg daily
  Symbicort 160/4.5 2 puffs BID --> pt's own inhaler (brought by wife {{NAME:Claudette}}, checked by pharmacy, bin 3)
Please sign below if you object. Home meds will be restored on the discharge med rec.
Pharmacist: {{NAME:Yusuf Al-Khatib}}, PharmD  ext {{PHONE:6640}}  {{EMAIL:yalkhatib@saintaldric.org}}
[ ] Agree   [ ] Do not interchange: ______________   MD signature ____________ date ______
Typed {{NAME:YAK}}/{{NAME:lrb}}`,

  `{{FACILITY:Harbor Allergy & Asthma}}
{{ADDRESS:1200 Ocean Park Blvd, Suite 410}}, {{LOCATION:Santa Monica}}, CA {{ZIP:90405}}   tel {{PHONE:310-555-0137}}  fax {{FAX:310-555-0138}}

{{DATE:May 20, 2024}}
Appeals Unit, Westpoint Rx Solutions (PBM)

RE: Level 1 appeal -- {{NAME:Delphine Okafor-Reyes}}, DOB {{DATE:05/05/1996}}, Member ID {{HEALTH_PLAN:WPR0091822461}}, denial ref {{ID:WPR-DN-2405-77120}}
Drug: Dupixent (dupilumab) 300 mg/2 mL pen q2 weeks

To whom it may concern,
I am writing to appeal the denial dated {{DATE:5/13/24}}. Ms. {{NAME:Okafor-Reyes}} has severe atopic dermatitis (EASI 31, BSA 42%) since childhood. She failed triamcinolone 0.1%, tacrolimus 0.1% and 16 weeks of methotrexate 15 mg weekly (stopped {{DATE:Dec 2023}} for ALT 3x ULN). She missed 9 days of work at {{FACILITY:Pacific Crest Elementary}} this spring because of skin infections.
Dupilumab is the appropriate next step per AAD guidelines. Please call me with questions.

Sincerely,
{{NAME:Hiroshi Tanabe-Wells}}, MD, FAAAAI   NPI {{LICENSE:1487720395}}
cc: {{FACILITY:Coastline Specialty Rx}}, pt`,

  `LTC PHARMACY - CONTROLLED DRUG DELIVERY MANIFEST
From {{FACILITY:Keystone Long-Term Care Pharmacy}} to {{FACILITY:Maple Terrace Nursing & Rehab}}, {{ADDRESS:880 Fairview Rd}}, {{LOCATION:Altoona}} PA
Route 4   Driver: {{NAME:Lonnie}}   Departed {{DATE:03/27/2024 14:05}}
Resident                 Room   Drug                        Qty    Card#
{{NAME:GRABOWSKI, EDMUND}}      112A   oxycodone 5 mg tab          30     C-44718
{{NAME:Pfeiffer, Irma}}          209    lorazepam 0.5 mg (Ativan)   30     C-44719
{{NAME:WASHINGTON, CLEO}}        214B   morphine 20 mg/mL oral sol  30 mL  C-44720
{{NAME:St. Pierre, Yvonne}}      301    tramadol 50 mg              60     C-44721
Received and counted by nurse: {{NAME:Brianna Holsopple}}, LPN   {{DATE:3/27/24 15:40}}   sig ________
Discrepancy: {{NAME:Cleo}} bottle shows 30 mL, manifest ok.
Note: Mrs. {{NAME:Pfeiffer}} is {{AGE:102}} - new order from Dr {{NAME:Yoder}} reduces lorazepam to 0.25 mg; pharmacy will send new card, return 0.5 mg card for destruction (witness RPh {{NAME:Kline}}).`,

  `NALOXONE - PHARMACIST-INITIATED DISPENSE (statewide standing order)
{{DATE:09/12/2024}}   {{FACILITY:Vista Heights Pharmacy}}
Recipient: {{NAME:Kateryna Horobets}}   relationship: mother of person at risk ({{NAME:Taras}}, 24 y)
Recipient DOB {{DATE:1971-04-30}}   phone {{PHONE:(509) 555-0166}}
Product: Narcan 4 mg nasal spray, 2-pack, NDC 69547-0353-02, lot 24D1187 exp 03/2026
Billed to: recipient's plan Evergreen Medicaid ID {{HEALTH_PLAN:EV-2201948835}}, $0 copay
Training: recognize OD, call 911, give 1 spray, 2nd spray in 2-3 min if no response, recovery position. Fentanyl test strips given (x10) from {{FACILITY:Ponderosa Harm Reduction}} program.
Mom says son just came home from {{FACILITY:Columbia Basin Correctional Facility}} {{DATE:9/6}}, on Sublocade shots at {{FACILITY:Northstar Recovery Clinic}}.
Referral card given: {{FACILITY:Northstar}} {{PHONE:509-555-0109}}.
RPh {{NAME:Obi Eze}} / tech {{NAME:marisol r}}`,

  `RX TRANSFER IN - phone
{{DATE:7/30/24}} 1135   Received from {{FACILITY:Old Town Drug}} ({{LOCATION:Alexandria}} VA) {{PHONE:703-555-0144}}, pharmacist {{NAME:Gwendolyn Ashby}}
Our RPh: {{NAME:M. Tesfaye}}
Pt: {{NAME:Villanueva, Corazon}}   DOB {{DATE:10/10/1955}}   new addr {{ADDRESS:4412 Lee Hwy Apt 902}}, {{LOCATION:Arlington}} VA {{ZIP:22207}}
Rx 1: their Rx# {{ID:1180443}} - Synthroid 88 mcg, 1 tab PO qAM, #90, orig {{DATE:01/15/2024}}, last fill {{DATE:06/28/2024}}, 2 RF left
       prescriber Dr. {{NAME:Feliciano}} NPI {{LICENSE:1598203374}}
Rx 2: their Rx# {{ID:1180447}} - losartan 50 mg daily #90, 1 RF left, same prescriber
Rx 3: tramadol 50 mg - CIV, can only transfer once; already transferred in from {{FACILITY:Sunrise Pharmacy}} - NOT transferable. Pt needs new Rx.
New Rx#s here: {{ID:2207731}}, {{ID:2207732}}.
Pt aware re tramadol, will call {{NAME:Feliciano}} office.`,

  `EARLY REFILL REQUEST - CONTROLLED (lost/stolen)
{{DATE:Mon 3/18/24}}   pt {{NAME:KEVIN}} "{{NAME:KJ}}" {{NAME:JOHANSSON}} DOB {{DATE:11/11/1983}} came to counter
States bag w/ meds stolen from car at {{FACILITY:Green Mountain Plaza}} parking lot {{DATE:3/16}}. Police report # {{ID:LKPD 24-008812}} (copy scanned).
Meds: Adderall 20 mg #60 (filled {{DATE:3/4}}), clonazepam 1 mg #30 (filled {{DATE:3/10}})
PDMP checked: no other fills, single prescriber Dr. {{NAME:Rosalind Achterberg}} ({{FACILITY:Cedar Hills Behavioral Health}}).
Plan: cannot early-fill C-II without new Rx; clonazepam early fill needs prescriber OK.
Called Dr. {{NAME:Achterberg}}'s office {{PHONE:720-555-0179}} - spoke to {{NAME:Marta}}. MD will send new Adderall e-Rx "lost - early fill authorized, one time" and approves clonazepam early.
1620 e-Rx received, Rx# {{ID:9120447}}. Insurance rejected RTS 79, pt paid cash $38.12.
Flag on profile: "lost meds {{DATE:03/2024}} - no further early fills w/o MD".
{{NAME:R. Oyelowo}}, RPh`,

  `ORAL ONCOLOGY - SPECIALTY INTAKE / CLINICAL ASSESSMENT
{{FACILITY:Copperline Specialty Pharmacy}}   assessed {{DATE:06-03-2024}} by {{NAME:Ines Carvalho}}, PharmD, BCOP
Pt: {{NAME:MACALUSO, FRANCESCA}}  DOB {{DATE:02-28-1961}}  Ph {{PHONE:480-555-0155}}  alt (husband {{NAME:Sal}}) {{PHONE:480-555-0156}}
Address: {{ADDRESS:9821 E Shea Blvd #1107}}, {{LOCATION:Scottsdale}} AZ {{ZIP:85260}}
Rx: palbociclib (Ibrance) 125 mg cap daily d1-21 q28d + letrozole 2.5 mg daily   Dx C50.912 HR+/HER2-
Oncologist: Dr. {{NAME:Benedikt Hoyle}}, {{FACILITY:Desert Sky Oncology}}   NPI {{LICENSE:1023984457}}   fax {{FAX:480-555-0157}}
Interactions: pt on grapefruit juice daily - counselled to avoid. Omeprazole ok with caps. No strong CYP3A4.
Labs: ANC 2.3, plt 188 ({{DATE:5/29/24}})  CBC due d14 of C1
Financial: copay $2,850 -> foundation grant approved, grant # {{ID:PAN-CF-448120}}, balance $0
Ship {{DATE:6/5}} for C1D1 {{DATE:6/7}}. Courier UPS, sig req.
Next call: C1D14.`,

  `Medicare Part D -- TRANSITION FILL NOTICE
Silverleaf Senior Rx (PDP)
{{DATE:January 12, 2024}}

{{NAME:ALBERTA FONTENOT}}
{{ADDRESS:PO BOX 331}}
{{LOCATION:VILLE PLATTE}}, LA {{ZIP:70586}}

Member ID: {{HEALTH_PLAN:SLR448102937}}       Medicare # (MBI): {{HEALTH_PLAN:2KD9-VQ1-TM55}}

Dear {{NAME:Alberta Fontenot}}:
On {{DATE:01/08/2024}} your pharmacy, {{FACILITY:Soileau's Drug Store}}, filled a temporary (transition) supply of:
   BREO ELLIPTA 100-25 MCG (30-day supply)
This drug is not on our 2024 formulary. You can get up to a 30-day supply during your first 90 days with us. After {{DATE:March 31, 2024}}, you will pay full price unless your prescriber, {{NAME:Clement Guidry}}, MD, asks for an exception or you switch to a covered drug (for example Wixela or fluticasone-salmeterol).
If you have questions call Member Services (TTY 711).
Your caregiver on file: {{NAME:Rena Fontenot-Ardoin}} (daughter).`,

  `SHINGRIX SERIES - pharmacy immunization note
Pt {{NAME:Anh Tuan Le}} ({{NAME:Le Anh Tuan}} on old profile - merged)   DOB {{DATE:08/17/1957}}
Dose 1 given {{DATE:14MAR24}} @ {{FACILITY:Bayou City Pharmacy}} - RZV 0.5 mL IM L deltoid, lot 9KL2W exp 11/30/2025, VIS 02/04/2022, by {{NAME:Thuy Pham}}, PharmD
Dose 2 due {{DATE:5/14/24}} - {{DATE:7/14/24}} (2-6 mo)
{{DATE:05/20/2024}}: pt called ({{PHONE:713-555-0113}}) - had fever + sore arm 2 days after dose 1, asks if 2nd worth it. Counselled: common, self-limited, 2nd dose needed for protection. Scheduled {{DATE:5/28}}.
{{DATE:05/28/2024}}: Dose 2 given R deltoid, lot 7GT4A exp 02/28/2026, by {{NAME:Mike Broussard}}, RPh lic {{LICENSE:TX-RPH-55812}}. BP 138/84. Tolerated.
Billed Part D (vaccine) - plan id {{HEALTH_PLAN:HUM-T44820913}}, admin fee included.
Texas ImmTrac2 consent on file; registry updated. Series complete.
Note pt mentions wife {{NAME:Huong}} wants RSV vaccine - she is 63, not eligible under protocol yet, refer to PCP Dr. {{NAME:Ogbu}}.`,

  `ANTICOAG CLINIC - warfarin to DOAC transition
{{DATE:Thursday, April 11, 2024}}  phone visit   {{FACILITY:Riverside Heart & Vascular}} Anticoag Service
Pt: {{NAME:Belinda Oyelaran-Marsh}}  ("{{NAME:Lindy}}")   DOB {{DATE:7/7/1949}}   MRN {{MRN:RHV-221904}}
Reason: tired of weekly INRs, insurance now covers Eliquis (PA approved {{DATE:4/9/24}}, ref {{ID:PA7741208}}).
Hx: AF, CHA2DS2-VASc 4, HAS-BLED 2, CrCl 58 (SCr 1.0, wt 71 kg, age 74) -> apixaban 5 mg BID (no dose reduction criteria: age <80, wt >60, SCr <1.5)
Last INRs: 2.6 ({{DATE:3/28}}), 2.2 ({{DATE:4/4}}), 2.0 today via home meter (CoaguChek INRange S/N {{DEVICE:UU4471920388}})
Plan: stop warfarin today; start Eliquis when INR < 2.0 - recheck {{DATE:4/12}} AM, start if <2.0.
Rx sent to {{FACILITY:Elmwood Pharmacy}} ({{PHONE:402-555-0162}}). Return home meter to {{FACILITY:HomeCoag Services}}? no - pt owns it, will keep.
Educated pt + husband {{NAME:Gordon}}: no overlap, bleeding s/s, missed dose rule.
{{NAME:Nadia Kovalenko}}, PharmD, CACP  {{DATE:04/11/2024 14:05}}`,

  `HOSPICE COMFORT KIT - order & delivery
Pt: {{NAME:Rutherford, Ambrose}}  DOB {{DATE:01/03/1929}}  ({{AGE:95}}yo)  Hospice: {{FACILITY:Gentle Harbor Hospice}}
Location: home, {{ADDRESS:18 Cranberry Bog Rd}}, {{LOCATION:Wareham}} MA {{ZIP:02571}}
Ordered by Dr. {{NAME:Lucinda Marsh-Pellegrino}} (hospice MD) {{DATE:02/19/2024}} 1610, DEA {{LICENSE:BM2209481}}
Kit contents:
  morphine sulfate 20 mg/mL oral soln 30 mL - 0.25 mL (5 mg) SL q1h prn pain/dyspnea
  lorazepam 0.5 mg tab #10 - 1 tab SL q4h prn anxiety
  haloperidol 2 mg/mL conc 15 mL - 0.25 mL SL q4h prn agitation
  atropine 1% ophth drops 5 mL - 2 gtts SL q4h prn secretions
  prochlorperazine 25 mg supp #6
  senna-S, bisacodyl supp
Delivered by {{FACILITY:Coastal Hospice Pharmacy}} courier {{DATE:2/19}} 2030, received by daughter-in-law {{NAME:Patrice}}. Count verified with RN {{NAME:Shannon Tully}} at bedside.
Note: pt on Keppra 500 BID for old seizure hx - if unable to swallow, hospice RN to call pharmacist on call {{PHONE:508-555-0193}} re: alternate route.`,

  `PHARMACY VACCINE CONSENT - MINOR
{{FACILITY:Sandhill Family Pharmacy}}   Date {{DATE:08/12/2024}}
Child: {{NAME:Amara Chukwuemeka}}   DOB {{DATE:03/21/2013}}   Grade 6, {{FACILITY:Gadsden Creek Middle School}}
Parent/guardian: {{NAME:Ngozi Chukwuemeka}}   Phone {{PHONE:803-555-0128}}   Email {{EMAIL:ngozi.chukwu@gmail.com}}
Address: {{ADDRESS:77 Longleaf Ct}}, {{LOCATION:Columbia}}, SC {{ZIP:29209}}
Insurance: Palmetto Kids First (Medicaid)  ID {{HEALTH_PLAN:PKF0033819204}}  - VFC eligible: yes
Vaccines requested for school (7th grade entry): Tdap, MenACWY, HPV dose 1
Screening answers: no allergies, no fainting hx, not sick today. Mom reports Kid had Tdap? - checked SC registry: last DTaP {{DATE:5/2/2017}}, no Tdap.
Given: Tdap (Boostrix) lot 4L72X L deltoid; MenQuadfi lot U7719AA R deltoid; Gardasil 9 lot Y011442 L deltoid. VIS dates 08/06/2021, 08/06/2021, 08/06/2021.
Pharmacist: {{NAME:Calloway, Desmond}} RPh   Observed 15 min seated (syncope precaution).
School form signed and given to mom. HPV #2 due {{DATE:Feb 2025}}.`,

  `fax to dr {{NAME:berkowitz}} - renal dose adj
from: {{NAME:lena}} @ {{FACILITY:pinebrook pharmacy}} {{PHONE:330-555-0139}} / fax {{FAX:330-555-0140}}
date {{DATE:11/5}}
re: {{NAME:harold szymanski}} dob {{DATE:4/19/40}}
hi dr {{NAME:b}}, new rx for gabapentin 600mg tid rec'd today. pt's last bmp from your office ({{DATE:10/28}}) shows scr 2.3, est crcl ~22 ml/min (wt 68kg, age 84).
max recommended gabapentin for crcl 15-29 = 200-700 mg/day. 1800mg/day = risk of sedation/falls, pt already had fall in aug per daughter {{NAME:donna}}.
suggest: gabapentin 100mg tid, or 300mg qhs.
also pt still getting metformin 1000 bid on profile - with crcl <30 metformin contraindicated. ok to d/c?
pls fax back. thx - {{NAME:lena m}}, pharmd
------------------
[ ] gabapentin 100 mg TID   [ ] gabapentin 300 mg qhs   [ ] other ______
[ ] d/c metformin   [ ] continue
MD sig ____________  ({{NAME:Berkowitz}} NPI {{LICENSE:1194482039}})`,

  `SURESCRIPTS MESSAGE LOG - CancelRx / errors   (exported by {{NAME:pmcallister}} {{DATE:2024-02-27T16:02:11}})
{{DATE:2024-02-27T09:14:55}}  CancelRx RECEIVED  from {{FACILITY:Elm Grove Family Medicine}} (NPI {{LICENSE:1649302817}})
   Pt {{NAME:FERREIRA DA SILVA, JOAO}} DOB {{DATE:1972-06-01}}  Rx: metoprolol tartrate 25 mg
   Our match: Rx# {{ID:4418820}} (on hold, not filled) -> CancelRxResponse APPROVED
{{DATE:2024-02-27T09:15:02}}  NewRx RECEIVED same pt - metoprolol SUCCINATE ER 25 mg daily - queued
{{DATE:2024-02-27T11:40:37}}  NewRx ERROR 602 "Patient not found / demographic mismatch"
   Sent: {{NAME:FERREIRA, JOAO D}}  DOB {{DATE:1972-01-06}} (day/month swapped?)  ZIP {{ZIP:53122}}
   Prescriber {{NAME:Ananya Raman}} DO  DEA {{LICENSE:FR3381920}}  drug: Valium 2 mg #10 (pre-MRI)
   Manual match to pt profile after call to clinic ({{PHONE:262-555-0115}}, spoke with {{NAME:Teri}}); DOB on Rx corrected per clinic.
{{DATE:2024-02-27T14:22:08}}  RxChangeRequest SENT - Valium not in stock, therapeutic alt lorazepam 1 mg #2? awaiting response
   Source IP {{IP:203.0.113.58}} / session {{ID:SES-77182044}}`,

  `PDMP - INTERSTATE QUERY (delegate)   {{DATE:01/09/2024}} 0925
Delegate: {{NAME:Shelby Marrow}}, CPhT, on behalf of Dr. {{NAME:Omar Haddadin}} (DEA {{LICENSE:BH6620193}})
Patient searched: {{NAME:Tomás Eguía}}, DOB {{DATE:02/29/1988}}; states: NM, AZ, TX, CO
Results: 2 patient records linked ({{NAME:Tomas Eguia}} / {{NAME:Tom Eguia}}), addresses {{ADDRESS:1402 Calle del Sol}}, {{LOCATION:Las Cruces}} NM {{ZIP:88001}} and {{ADDRESS:5119 Dyer St Apt 3}}, {{LOCATION:El Paso}} TX
 {{DATE:12/28/2023}}  buprenorphine-naloxone 8-2 mg film  #28  14d  {{NAME:Haddadin O}}   {{FACILITY:Mesilla Valley Pharmacy}}
 {{DATE:12/14/2023}}  buprenorphine-naloxone 8-2 mg film  #28  14d  {{NAME:Haddadin O}}   {{FACILITY:Mesilla Valley Pharmacy}}
 {{DATE:12/10/2023}}  hydrocodone-APAP 10-325             #12   3d  {{NAME:Whitley K}}    {{FACILITY:Northeast Pharmacy}} (TX)
Note to Dr. {{NAME:Haddadin}}: hydrocodone from ED visit ({{FACILITY:Franklin Mountain Medical Center}}) after dental abscess - pt disclosed at visit on {{DATE:12/28}}. No other concerns. Report # {{ID:NMPMP-2024-0019932}}.`,

  `C-II PERPETUAL INVENTORY - discrepancy note
{{FACILITY:Greenway Pharmacy}}   DEA reg {{LICENSE:FG4471029}}
Drug: oxycodone 30 mg tab (NDC 0406-8530-01)   Bottle 100s
{{DATE:5/14/24}}  Physical count 212, book 214, diff -2
Review of fills since last count ({{DATE:5/7}}):
  Rx {{ID:7719201}} {{NAME:Halvorsen, D}}  #120 filled {{DATE:5/8}} by {{NAME:PJ}}
  Rx {{ID:7719344}} {{NAME:Ruiz-Tapia, E}} #90 filled {{DATE:5/10}} by {{NAME:AW}}
  Rx {{ID:7719520}} {{NAME:Oduya, Felix}}  #60 filled {{DATE:5/13}} by {{NAME:PJ}}
Recount x2 by {{NAME:Amber Whitcomb}} RPh and {{NAME:Patrick Jelinek}} RPh = 212.
Called {{NAME:Halvorsen}} ({{PHONE:763-555-0187}}) - asked to count bottle, he counted 122 (2 extra). Pt returned 2 tabs {{DATE:5/14}} 1700, witnessed, added back to stock? NO - returned meds cannot go back to stock -> quarantined for destruction, logged on DEA 41 pending.
Book adjusted w/ explanation. No DEA 106 needed (accounted). PIC sign: {{NAME:P. Jelinek}}`,

  `HEP C - SPECIALTY REFERRAL + SHIP
{{FACILITY:Lighthouse Specialty Pharmacy}}  ref rec'd {{DATE:3/4/24}} from {{FACILITY:Yesler Street Clinic}} ({{NAME:Greta Lindahl}}, ARNP, NPI {{LICENSE:1376620194}})
Pt {{NAME:Deshawn Mobley}}  DOB {{DATE:09/17/1980}}  no fixed address - mail c/o {{FACILITY:Elliott Bay Day Center}}, {{ADDRESS:77 S Washington St}}, {{LOCATION:Seattle}} WA {{ZIP:98104}}
Phone: prepaid {{PHONE:206-555-0118}} (often off) / case manager {{NAME:Rosalind}} {{PHONE:206-555-0145}}
Rx: Mavyret 100/40 mg, 3 tabs PO daily w/ food x 8 wks   GT 1a, VL 2.1M IU/mL, F1
Apple Health (Medicaid) ProviderOne ID {{HEALTH_PLAN:108822471WA}} - no PA needed
DDI screen: pt on atorvastatin? no (not on any). Takes Tums prn - ok (separate not required for Mavyret). No carbamazepine/rifampin.
Ship plan: 4-wk carton x2, first ship {{DATE:3/7/24}} UPS ground to clinic (not shelter), tracking {{ID:1Z 88W 402 03 4418 2291}}
{{DATE:03/08/2024}}: delivered to clinic, signed "{{NAME:R. LINDAHL}}"? (front desk). {{NAME:Rosalind}} confirms pt picked up, started {{DATE:3/8}}.
Adherence calls planned wk 2, 4, 6. -- {{NAME:Sven Aaltonen}}, PharmD`,

  `INPATIENT CLOZAPINE TITRATION - pharmacy monitoring note
{{FACILITY:Fairmont State Psychiatric Hospital}}  unit {{FACILITY:Whitaker Hall}}  pt {{NAME:Elias Brandvold-Nakai}}  MRN {{MRN:FS-00129947}}
REMS pt {{ID:CLZ-5520318}} (enrolled {{DATE:10/21/2024}} by Dr. {{NAME:Marguerite Osei}})
Day  Date       Dose (mg)        ANC (/uL)   HR   Temp   Notes
1    {{DATE:10/22}}      12.5 qhs          4100        88   36.8
2    {{DATE:10/23}}      25 qhs            --          92   36.9   sedation mild
4    {{DATE:10/25}}      25 BID            3900        104  37.1   orthostasis, slowed titration
8    {{DATE:10/29}}      50 BID            3700        112  37.9   CRP + troponin ordered (myocarditis screen)
9    {{DATE:10/30}}      50 BID            --          98   37.2   trop <3, CRP 14 -> monitor
Baseline ANC {{DATE:10/20/2024}}: 4300. Weekly ANC required x 6 mo.
Smoker 1 ppd - hospital is smoke free, nicotine patch 21 mg -> clozapine levels will drop at d/c if he resumes smoking. Flagged for d/c med rec.
Pharmacist {{NAME:Jun-seo Baek}}, PharmD, BCPP  ({{EMAIL:jbaek@fairmontstate-psych.org}})  {{DATE:10/30/2024}}`,

  `iPLEDGE counseling note - male pt / missed window
{{DATE:3-15-24}} {{FACILITY:Rolling Hills Pharmacy}}
{{NAME:Nikolaos}} "{{NAME:Nick}}" {{NAME:Georgiou}}  dob {{DATE:12-02-2006}}  iPLEDGE {{ID:7718820014}}  category: male
Rx from Dr. {{NAME:Ferraro}} ({{FACILITY:Clearview Dermatology}}): Absorica LD 32 mg, 1 cap daily, #30
System check {{DATE:3/15}}: "prescriber has not confirmed counseling for this month" -> no RMA, cannot dispense.
Called {{NAME:Ferraro}} office {{PHONE:847-555-0106}}, spoke with {{NAME:Dana}} - NP {{NAME:Kristen Albee}} will confirm today.
{{DATE:3/16/2024}} 1030: confirmation in system, RMA {{ID:RMA 88410226}}, dispensed to pt. Male pts: 30-day window from office visit - visit was {{DATE:3/1}}, window ok.
Counselled: no sharing caps (his sister {{NAME:Eleni}} asked about acne too - told to see derm), no blood donation, dry lips, mood changes -> call. Pt's mom on pickup acct {{ACCOUNT:RH-CHG-004418}}.
- {{NAME:tb}}`,

  `HOME INR SELF-TESTING - weekly results received (portal export)
Provider: {{FACILITY:Cascade INR Monitoring}}   Clinic receiving: {{FACILITY:St. Luke Anticoagulation Clinic}}
Patient               Meter S/N            Test date/time          INR   In range
{{NAME:Bergström, Astrid}}      {{DEVICE:XS-31047758}}          {{DATE:2024-07-01 07:45}}       2.7   Y (2-3)
{{NAME:Bergström, Astrid}}      {{DEVICE:XS-31047758}}          {{DATE:2024-07-08 07:52}}       3.4   N high
{{NAME:Okoye, Chinedu}}         {{DEVICE:XS-29960112}}          {{DATE:2024-07-02 18:10}}       1.6   N low (goal 2.5-3.5 MVR)
{{NAME:Yazzie, Lorraine}}       {{DEVICE:XS-30771284}}          {{DATE:2024-07-05 09:30}}       2.2   Y
Actions ({{NAME:R. Lindqvist}}, RN CACP):
- {{NAME:Astrid}}: 3.4 - called {{PHONE:218-555-0164}}, started Cipro {{DATE:7/5}}. Reduce Thurs dose 5 -> 2.5, retest {{DATE:7/11}}.
- {{NAME:Chedu}} (pref name): 1.6 w/ mechanical mitral - pharmacist {{NAME:Jessamyn Hart}} consulted, enoxaparin 1 mg/kg q12 bridge until INR >2.5, Rx to {{FACILITY:Lakewalk Pharmacy}}.
- {{NAME:Lorraine}}: in range, no change. She'll be in {{LOCATION:Chinle}} at her mother's {{DATE:7/15-7/29}}, meter goes with her.`,

  `ADMISSION MED REC - pt from SNF (MAR faxed)
{{DATE:12/24/2023}} 2215  ED boarding, {{FACILITY:Lakeland General}}
Pt {{NAME:Mary Catherine O'Donnell-Fitz}} ({{AGE:90}} yo F), MRN {{MRN:LG7710294}}, from {{FACILITY:Whispering Pines Care Center}} ({{PHONE:863-555-0108}}, nurse {{NAME:Jamal}})
MAR dated {{DATE:12/24/23}} lists:
 1. donepezil 10 mg qhs
 2. Seroquel 25 mg qhs prn agitation - given x3 this week
 3. levothyroxine 75 mcg daily 0600
 4. Eliquis 2.5 mg BID (age >=80 + wt 54 kg) -- last dose 0900
 5. furosemide 20 mg daily, KCl 10 mEq daily
 6. Senna 2 tabs qhs, MiraLAX 17 g daily
 7. acetaminophen 650 q6h prn
 8. Vitamin D3 2000 IU daily
Not on MAR but per son {{NAME:Declan}} ({{PHONE:863-555-0191}}): "she uses Voltaren gel on knees" - confirmed SNF order exists (topical, omitted from printout).
Allergies: PCN (hives), codeine (confusion)
Reconciled by {{NAME:Tobias Engström}}, PharmD. Discrepancy list to admitting MD Dr {{NAME:Reyes-Whitlock}}.`,

  `MEDS-TO-BEDS DELIVERY / DISCHARGE RX - {{FACILITY:Lakeland General}} Outpatient Pharmacy
Pt: {{NAME:ABUBAKAR, HALIMA}}  DOB {{DATE:1/30/1977}}  unit 7B rm 712   MRN {{MRN:LG8830152}}
D/c {{DATE:5/3/2024}}   prescriber {{NAME:Kellan Meyers}} PA-C   NPI {{LICENSE:1871204496}}
Rx#              Drug                                           Copay
{{ID:LG-552017}}    enoxaparin 40 mg/0.4 mL syr #10, SC daily x10d      $0
{{ID:LG-552018}}    oxycodone 5 mg #12, 1 tab q6h prn severe pain        $3.00
{{ID:LG-552019}}    docusate 100 mg BID prn                               OTC
{{ID:LG-552020}}    ondansetron ODT 4 mg #10 q8h prn nausea              $1.00
Ins: Sunshine State Medicaid ID {{HEALTH_PLAN:SSM-9920381475}}
Delivered to bedside {{DATE:5/3/24 11:20}} by {{NAME:Jorge}} (tech). Counsel by {{NAME:Esperanza Villalobos}}, PharmD: Lovenox injection teaching w/ teach-back, pt did 1st dose herself. Husband {{NAME:Musa}} to pick up sharps container at {{FACILITY:Lakeland Outpatient Pharmacy}} tomorrow. Pt speaks Hausa + English; declined interpreter.`,

  `POISON CENTER - intentional ingestion, adult
Case {{ID:PC-2024-044817}}  opened {{DATE:Sat 09/21/2024 02:14}}
Caller: {{NAME:Tyrell Banks}}, RN, ED {{FACILITY:Brightwater East Hospital}} ({{LOCATION:Columbus}}) {{PHONE:614-555-0147}}
Pt: {{NAME:Hailey Dunbar-Voss}}, 19 F, wt 58 kg. Roommate found her w/ empty bottles at {{FACILITY:Olentangy Valley College}} dorm ~2330.
Agents (per bottles brought by roommate {{NAME:Kenzie}}):
 - acetaminophen 500 mg, up to 50 tabs (25 g, ~430 mg/kg)
 - sertraline 100 mg, #30 bottle filled {{DATE:9/2}} at {{FACILITY:Delaware Campus Pharmacy}}, ~12 missing?
 - Benadryl 25 mg, unknown
4h APAP level (0330) pending. Recs: start NAC 21-h IV now (don't wait, >150 mg/kg), ECG for QRS/QTc, seizure precautions, benzos prn, serotonin syndrome watch.
{{DATE:09/21/2024 04:05}} f/u: APAP 212 mcg/mL at 4h, above tx line - NAC running. QRS 102, QTc 470. AST 38.
{{DATE:9/22}} 0930 f/u w/ Dr {{NAME:Szabo}}: AST 41, APAP undetectable, NAC stopped. Psych consult. Case closed to medical outcome: moderate.
SPI {{NAME:Marguerite Lemaire}}, CSPI`,

  `call note - poison/med question, pharmacy counter phone
{{DATE:6/9}} 1945  caller Mrs. {{NAME:Huang}} ({{PHONE:626-555-0151}}) - her father {{NAME:Huang Zhiming}} ({{AGE:92}} y) took his metoprolol tartrate 50mg twice this evening ("forgot he took it at 6"). Also on Eliquis, Flomax, donepezil.
Currently: sitting, feels "a bit tired". She checked BP w/ home cuff 104/62, HR 56.
Advised: 1 extra dose in adult usually ok but age {{AGE:92}}, watch for dizziness/falls, skip nothing tomorrow AM? -> told her to HOLD tomorrow AM dose if HR <55 or SBP <100 and call PCP. If fainting, chest pain, HR <50, confusion -> 911. Gave poison center number too.
Suggested weekly pill organizer w/ AM/PM; we can blister-pack - she'll bring him in.
Profile: {{NAME:HUANG, ZHIMING}} DOB {{DATE:03/03/1932}}, {{ADDRESS:1148 Garfield Ave}}, {{LOCATION:Alhambra}} {{ZIP:91801}}.
{{DATE:6/10}} 0910 called back: HR 61, BP 122/70, ok. Pt fine. Blister packs set up (Rx# {{ID:3307715}}, {{ID:3307716}}, {{ID:3307720}}).
- {{NAME:Wen-Li Chou}}, PharmD`,

  `{{FACILITY:RxDirect Home Delivery}}
{{DATE:October 2, 2024}}

Ms. {{NAME:Ysolde Marchetti}}
{{ADDRESS:44 Ridgeview Ter, Unit 2R}}
{{LOCATION:Poughkeepsie}}, NY {{ZIP:12603}}

RE: Returned package - undeliverable address
Order #: {{ID:RD-77120448}}       Member ID: {{HEALTH_PLAN:EMP4418820-01}}       Group: {{HEALTH_PLAN:HUDSONVLY-22}}

Dear Ms. {{NAME:Marchetti}},
The order we shipped on {{DATE:09/24/2024}} (USPS tracking {{ID:9400 1118 9922 3847 2219 04}}) containing levothyroxine 100 mcg (90 tablets), Lyrica 75 mg (180 capsules) and Allegra 180 mg was returned to us marked "No such unit". 
Our records show your old address {{ADDRESS:12 Mill St}}, {{LOCATION:Beacon}}, NY. If you have moved, please update your address online at {{URL:rxdirecthome.com/myaccount}} or by phone, and we will reship at no cost.
Because Lyrica is a controlled medication, we cannot leave it without a signature.
Your employer plan, through {{FACILITY:Hudson Valley Regional Schools}}, covers home delivery at a lower copay.

Member Care - {{NAME:Q. Abernathy}} (ref {{NAME:QA}}/{{NAME:mm}})`,

  `PATIENT ASSISTANCE - approval letter (manufacturer foundation)
{{DATE:04/30/2024}}
To: Dr. {{NAME:Priyanka Deshpande}}, {{FACILITY:Kaw River Cardiology}}, fax {{FAX:785-555-0131}}
Patient: {{NAME:Marcus Lindgren-Achebe}}   DOB {{DATE:12/01/1958}}   Application ID {{ID:NPAF-2024-0061177}}
Enrollment period: {{DATE:04/29/2024}} through {{DATE:04/28/2025}}
Medication approved: Entresto 49/51 mg tablets, 180 tablets every 90 days
Shipments go to the prescriber's office, {{ADDRESS:3510 Clinton Pkwy, Ste 200}}, {{LOCATION:Lawrence}}, KS {{ZIP:66047}}, attn: {{NAME:Jolene Strait}}.
First shipment expected {{DATE:5/7/24}}; tracking will be emailed to {{EMAIL:jstrait@kawrivercardio.com}}.
To reorder, the office must call 10 business days before supply runs out. Re-enrollment requires a new income attestation and a current Part D statement.
The patient's Social Security number on file was verified (ending {{SSN:9083}}).
Program Services`,

  `TRAVEL HEALTH - pharmacist consult + vaccines
{{FACILITY:Northgate Pharmacy Travel Clinic}}   {{DATE:14-Feb-2024}}
{{NAME:Olamide Adeyemi-Brooks}}  DOB {{DATE:22-Aug-1990}}   phone {{PHONE:312-555-0174}}
Itinerary: {{LOCATION:Lagos}} ({{DATE:Mar 10}}) -> {{LOCATION:Ibadan}} -> {{LOCATION:Accra}}, return {{DATE:Apr 2}}; visiting grandmother, staying with family in {{LOCATION:Ikeja}}.
Vaccine hx (IL I-CARE): Tdap {{DATE:2019-05-14}}, MMR x2 childhood, hep B series complete.
Given today:
  Yellow fever (YF-Vax) 0.5 mL SC L arm, lot UJ447AB - ICVP signed, stamp # valid
  Typhoid Vi (Typhim Vi) 0.5 mL IM R deltoid, lot W1182
  Hep A #1 (Havrix 1440) IM L deltoid, lot 7H22K
Rx: atovaquone-proguanil 250/100 1 tab daily, start 1-2 d before, continue 7 d after return, #31; azithromycin 1 g x1 standby for TD.
Pt on Keppra 750 mg BID (Dr. {{NAME:Mbanefo}}) - no interactions w/ Malarone. Avoid mefloquine (seizure hx).
Pharmacist {{NAME:Graciela Montoya-Reyes}}, PharmD   {{NAME:GMR}}/{{NAME:tk}}`,

  `COUNSELING NOTE - new Rx, Arabic interpreter (phone)
{{DATE:١٢/٣/٢٠٢٤}} written on Rx bag by daughter = {{DATE:12/3/2024}}
Pt: {{NAME:Abdelrahman, Fatima bint Yusuf}}  (Umm {{NAME:Khaled}} to family)  DOB {{DATE:01/01/1950}} (per refugee docs)
Interpreter: {{NAME:Samir}}, LanguageLine id {{ID:LL-228104}}
Rx: Januvia 100 mg daily (new), metformin 500 mg -> 1000 mg BID (increase), Lipitor 20 mg qhs
Prescriber: {{NAME:Yael Bernstein-Haddad}}, MD, {{FACILITY:Welcome Bridge Refugee Clinic}}, {{LOCATION:Dearborn}}
Counselled: Ramadan starts late Feb/early Mar - pt plans to fast. Discussed moving metformin to suhoor + iftar, Januvia at iftar, hypoglycemia signs; do not fast if BG <70 or >300. MD to be messaged.
Son {{NAME:Khaled Abdelrahman}} manages meds, {{PHONE:313-555-0121}}, prefers WhatsApp.
Address for delivery: {{ADDRESS:7245 Kentucky St, lower}}, {{LOCATION:Dearborn}} MI {{ZIP:48126}}
Message sent to Dr. {{NAME:Bernstein-Haddad}} via fax {{FAX:313-555-0122}} re Ramadan plan.
{{NAME:Rania Saleh}}, PharmD (Arabic-speaking, but pt prefers Iraqi dialect interpreter)`,

  `COMPOUNDING WORKSHEET - TOPICAL (nonsterile, simple)
Rx# {{ID:CMP-118702}}   pt {{NAME:Whitmore, Cassandra}}  DOB {{DATE:09/09/1974}}
Prescriber: {{NAME:Tobias Renfrew}}, DO, {{FACILITY:Sagebrush Women's Health}}  NPI {{LICENSE:1557203981}}  DEA {{LICENSE:BR2281094}}
Formula: estradiol 0.05% / progesterone 2% in VersaBase cream, qty 60 g, apply 1 g to inner arm qhs
Ingredient         Lot            Exp         Amt      Wt by
estradiol USP      EST-0917C      06/2026     30 mg    {{NAME:MO}}
progesterone USP   PRG-2241A      10/2026     1.2 g    {{NAME:MO}}
VersaBase cream    VB44812        03/2025     58.77 g  {{NAME:MO}}
Method: geometric dilution, EMP 3 min, Topi-CLICK dispenser
Compounded {{DATE:2024-02-12}} 1340   Verified {{NAME:H. Nakagawa}}, RPh
Counsel: wash hands, avoid contact with children/pets after application. Pt has a small dog - explained risk.
Pt address on file {{ADDRESS:3319 Pinyon Way}}, {{LOCATION:Boise}} {{ZIP:83709}}; shipped USPS, tracking {{ID:9405 5118 9956 0182 4471 22}}.`,

  `email thread - PA backlog
From: {{EMAIL:kfarrow@meadowlarkpharmacy.com}}
To: {{EMAIL:mgr.tanaka@meadowlarkpharmacy.com}}
Sent: {{DATE:Wednesday, January 24, 2024 4:52 PM}}
Subject: PA queue - still 14 open

{{NAME:Ken}} - here's where we are on the ones over 5 days:
1. {{NAME:Rasmussen, Tove}} - Mounjaro - plan wants A1c, Dr. {{NAME:Achebe}}'s office hasn't faxed ({{FAX:701-555-0134}}). called x3.
2. {{NAME:Delacroix, Jean-Baptiste}} - Eliquis - approved today! ref {{ID:CMM-BKLQ4T7R}}, ran claim, $47 copay, pt notified.
3. {{NAME:Kim, Bo-ra}} - Adderall XR 20 - denied, plan wants generic IR first. Dr {{NAME:Sutherland}} appealing.
4. "{{NAME:Mac}}" {{NAME:McAllister}} - Lyrica - this is a step edit, needs gabapentin trial hx. Pt had it in 2021 at another pharmacy, asked pt to get records.
5. {{NAME:Oyelowo Jr., Samuel}} - Humira - transferred to {{FACILITY:Copperline Specialty}} since plan requires specialty.
rest are <5 days. I'm off Fri, {{NAME:Beatriz}} covering.
- {{NAME:Kayla}}`,

  `PRIOR AUTHORIZATION - STIMULANT (adult ADHD)   Plan: Great Lakes Commercial   fax to plan only
Member: {{NAME:Ingrid Solberg-Nwachukwu}}   DOB {{DATE:6/23/1994}}   ID {{HEALTH_PLAN:GLC772019453}}   Grp {{HEALTH_PLAN:4419-MED}}
Pharmacy: {{FACILITY:Fox River Pharmacy}}, {{LOCATION:Appleton}} WI, ph {{PHONE:920-555-0183}}
Prescriber: {{NAME:Aldous Grimsby}}, PMHNP   NPI {{LICENSE:1208837462}}   DEA {{LICENSE:MG4401937}}   fax {{FAX:920-555-0184}}
Drug: Vyvanse 40 mg cap, 1 PO qAM, #30, 30 days
1. Diagnosis confirmed by validated tool? Y - ASRS + DIVA-5 on {{DATE:11/14/2023}}
2. Trial of generic methylphenidate or amphetamine salts? Y - amphetamine-dextroamphetamine IR 10 mg BID {{DATE:12/2023-2/2024}}: crash + irritability afternoons
3. PDMP reviewed? Y {{DATE:02/21/2024}}, no other CS prescribers
4. Substance use hx? N
5. Cardiac screen: BP 118/76, HR 74, no FHx sudden death
Prescriber attestation: {{NAME:A. Grimsby}}  {{DATE:2/22/24}}
Plan use only: case {{ID:GLC-PA-2402-11874}} rec'd {{DATE:02/22/2024 15:17}}`,

  `BUPRENORPHINE - pharmacy intake / first fill
{{DATE:7/1/2024}}   {{FACILITY:Canyon Road Pharmacy}}, {{LOCATION:Santa Fe}}
Pt {{NAME:Ezequiel Tapia}} ("{{NAME:Zeke}}")  DOB {{DATE:03/30/1991}}  Ph {{PHONE:505-555-0111}}
Prescriber Dr. {{NAME:Honora Whitsett}} ({{FACILITY:Camino Recovery Clinic}}), DEA {{LICENSE:FW8820144}} (X-waiver no longer required since 2023, regular DEA ok)
Rx: buprenorphine/naloxone 8-2 mg film, 1 film SL BID, #14, 7 days. Home induction per clinic protocol.
PDMP ({{DATE:7/1}}): last opioid fill {{DATE:5/12/2024}} (oxycodone, Dr. {{NAME:Pacheco}}), then none. No benzos.
Stock: had 2 boxes - enough. Pt worried we'd "say no" like the pharmacy in {{LOCATION:Española}} - reassured.
Counsel: wait for moderate withdrawal (COWS >=12) before first dose, place under tongue, don't chew/swallow, no driving until stable, naloxone kit dispensed (Rx {{ID:5012287}}).
Work: {{FACILITY:Rio Grande Roofing}} - asked about drug testing: bup shows on expanded panels, has Rx.
Callback after induction {{DATE:7/2}}: pt ok, COWS 3 per him. - {{NAME:N. Trujillo-Baca}}, RPh`,

  `ADC OVERRIDE REPORT  --  {{FACILITY:Bellhaven University Hospital}}  --  run {{DATE:03/02/2024 06:00}}  range 24h
Station       User                    Pt (MRN)                               Med                         Reason            Order match
ED-PYX-01     {{NAME:LOPEZ-ARRIAGA, M}} RN    {{NAME:DOE, TRAUMA ZULU}} ({{MRN:00991204}})         fentanyl 100 mcg/2 mL        trauma activation  Y (+12 min)
ED-PYX-02     {{NAME:KHALIL, R}} RN           {{NAME:WOJCIK, TERESA}} ({{MRN:00772391}})           lorazepam 2 mg/mL            seizure            Y (+4 min)
ICU-PYX-3N    {{NAME:ADEBAYO, F}} RN          {{NAME:FINNEGAN, PATRICK J}} ({{MRN:00410288}})      norepinephrine 4 mg/250      hypotension        Y
PACU-01       {{NAME:STROUD, KAYLA}} RN       {{NAME:HOANG, MINH CHAU}} ({{MRN:00832047}})         hydromorphone 0.5 mg         pain               N  ** no order **
Follow-up: PACU override - {{NAME:Kayla Stroud}} states verbal order from Dr {{NAME:Ebersole}} (anesthesia) at 0115, order entered late {{DATE:3/2}} 0340 after pharmacy call. Documented.
Reviewed {{NAME:Gideon Feeney}}, PharmD, {{DATE:03/02/2024}}. Sent to nurse manager {{NAME:C. Albrecht}} {{EMAIL:calbrecht@bellhaven.edu}}.`,

  `MEDICATION EVENT REPORT (near miss / reached pt - no harm)
Event # {{ID:MER-24-00418}}   Date/time of event {{DATE:08/16/2024 17:20}}   Reported {{DATE:8/16/24}} by {{NAME:Imogen Blackwood}}, RPh
Location: {{FACILITY:Lindenwood Pharmacy}} (retail) - pickup window
What happened: Bag for {{NAME:Thomas E. Reilly}} (DOB {{DATE:2/11/1956}}) given to {{NAME:Thomas R. Reilly}} (DOB {{DATE:9/30/1988}}). Only name asked at window, DOB not verified. Bag contained warfarin 5 mg and Lasix 40 mg.
The younger {{NAME:Reilly}} noticed at home, called {{DATE:8/16}} 1840 ({{PHONE:636-555-0159}}), no doses taken. Returned bag {{DATE:8/17}} AM; meds destroyed, refilled for correct pt.
Correct pt {{NAME:Tom Sr.}} ({{PHONE:636-555-0104}}) informed, missed no doses (had 3 days left).
Contributing: same first/last name, busy pickup (5:20pm), new tech {{NAME:Jaylen}} in first week.
Action: re-training on 2 identifiers (name + DOB or address), name alert flag on both profiles.
Manager sign-off {{NAME:Roberta Kimani}}`,

  `INSULIN PUMP - warranty replacement + supplies (pharmacy benefit)
Pt: {{NAME:Callahan, Brigid}}  DOB {{DATE:04/05/1999}}   Ph {{PHONE:402-555-0176}}
Pump: t:slim X2  S/N {{DEVICE:1187204}} - "critical error 16-0" {{DATE:1/13/24}} 2200, pt on MDI backup (Lantus 18 u + Humalog per ICR 1:10)
Mfr case # {{ID:TND-05517720}} - replacement pump S/N {{DEVICE:1219933}} shipped {{DATE:01/14/2024}} FedEx overnight, tracking {{ID:7749 1182 0036}}
CGM: Dexcom G6 transmitter SN {{DEVICE:8G4K21}} - pairs w/ new pump, pt will re-enter settings from printout.
Supplies this fill: t:slim cartridges 3 mL #10, AutoSoft 90 infusion sets #10, Humalog U-100 10 mL vial x3
Plan: Heartland Blue  ID {{HEALTH_PLAN:HBL20018833}}  Grp {{HEALTH_PLAN:UNLK-STAFF}} (student plan through {{FACILITY:Platte Valley University}}, pt is grad student)
Endo: {{NAME:Leopold Marchetti}}, MD, fax {{FAX:402-555-0177}}
Old pump returned in mfr box, RMA label {{ID:RMA-71822004}}.
{{DATE:01/15/2024}}: pt confirms new pump up and running, basal 0.8 u/h. -- {{NAME:Hana Sato}}, CPhT`,

  `HOME INFUSION - TPN delivery & nursing handoff
{{FACILITY:Prairie Home Infusion}}   delivery {{DATE:Fri 11/22/2024}}   driver {{NAME:Delbert}}
Pt: {{NAME:GRAYEYES, WILMA}}   DOB {{DATE:10/14/1962}}   {{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Kayenta}} AZ {{ZIP:86033}}   (~2.5 hr drive, road 59 washboard)
Pump: CADD-Solis VIP  S/N {{DEVICE:CS3-0447812}}
Delivered: TPN bags x7 (dextrose 20%, AA 5%, lipids 3-in-1), 2000 mL over 12 h cyclic, MVI + trace added at home by pt/caregiver; heparin flush 10 u/mL, NS flushes, dressing kits x2
Cold chain: 2 coolers, temp 4.8 C at arrival, log ok.
Labs due Mon: BMP, Mg, Phos, TG - home health RN {{NAME:Sherry Begay}} ({{FACILITY:Navajo Mountain Home Health}}) draws, courier to {{FACILITY:Moenkopi Regional}} lab.
Caregiver: son {{NAME:Larson Grayeyes}} {{PHONE:928-555-0141}}; pt speaks Diné + English.
Pharmacist {{NAME:Mei-Ling Ostrander}}, PharmD - formula change from {{DATE:11/15}} labs: K 3.3 -> increased KCl to 60 mEq/bag.`,

  `TELEPHARMACY REMOTE VERIFICATION LOG
Remote site: {{FACILITY:Wibaux Telepharmacy}} ({{LOCATION:Wibaux}} MT)   Supervising RPh site: {{FACILITY:Dawson Plains Pharmacy}}
Date {{DATE:2024-03-19}}
Time   Rx#        Pt                   Drug                        Tech         RPh           Camera   Client IP
0907   {{ID:88120}}      {{NAME:Hollenbeck, Dale}}       metoprolol succ 25 mg #30   {{NAME:JS}}           {{NAME:AVK}}           ok       {{IP:192.0.2.41}}
0915   {{ID:88121}}      {{NAME:Hollenbeck, Marlys}}     atorvastatin 10 mg #90      {{NAME:JS}}           {{NAME:AVK}}           ok       {{IP:192.0.2.41}}
0952   {{ID:88122}}      {{NAME:Two Bulls, Shane}}       amoxicillin 500 mg #30      {{NAME:JS}}           {{NAME:AVK}}           ok       {{IP:192.0.2.41}}
1034   {{ID:88123}}      {{NAME:Fjelstad, Ruth}}         Norco 5/325 #12             {{NAME:JS}}           --            HOLD     {{IP:192.0.2.41}}
1034 hold: C-II cannot be dispensed at remote site w/o RPh physically present per state rule; pt {{NAME:Ruth}} ({{PHONE:406-555-0171}}) to pick up in {{LOCATION:Glendive}} or wait for Thurs RPh visit.
Remote RPh login from {{IP:198.51.100.87}} ({{NAME:A. Van Kirk}}), session ended 1145.`,

  `PATIENT PORTAL MESSAGE
From: {{NAME:Grant Whitfield-Obi}}   To: {{FACILITY:Ridgeline Family Practice}} refill pool   {{DATE:05/28/2024 22:41}}
"Hi, I need refills on my Keppra 500 (twice a day) and the Lamictal 100. I use the new pharmacy now - {{FACILITY:Sunnyside Pharmacy}} on {{ADDRESS:Holgate St}}, not the old one. My seizure neurologist Dr. {{NAME:Oksana Petrenko}} said it's ok for Dr. {{NAME:Lowry}} to refill till my appt in Aug. Also my insurance changed - new member id {{HEALTH_PLAN:KPX-44718209}}. Thanks - {{NAME:Grant}}"
---
Staff reply {{DATE:5/29}} 0815 ({{NAME:Marisa}}, LPN): Routed to Dr. {{NAME:Lowry}}. Please upload new card here: {{URL:https://mychart.ridgelinefp.org/MyChart/Insurance}}
Dr. {{NAME:Lowry}} {{DATE:5/29}} 1210: Keppra + Lamictal 90 DS each sent to {{FACILITY:Sunnyside}}. Pt due for levels, lab order placed. -- {{NAME:JL}}
Pharmacy note {{DATE:5/29}}: received, Rx# {{ID:660142}}, {{ID:660143}}; ins billed ok.`,

  `SBAR - pharmacist to covering MD (paged {{PHONE:4417}})
{{DATE:Sun 2/18/24}} 0230
S: Ms. {{NAME:Varga}}, {{NAME:Erzsébet}}, rm 622, MRN {{MRN:1120983}} - QTc 538 on AM ECG ({{DATE:2/17}} 0600 was 471). New orders tonight: ondansetron 4 mg IV q6h prn + haloperidol 2 mg IV prn agitation.
B: {{AGE:91}} F adm {{DATE:2/15}} w/ CAP on levofloxacin 750 mg q48h; home citalopram 20 mg; K 3.2, Mg 1.6 this AM (not replaced).
A: 4 QT-prolonging drugs + hypoK/hypoMg + age + female = high TdP risk.
R: 1) stop ondansetron -> use prochlorperazine? also QT; suggest low-dose olanzapine? no - prefer non-drug for delirium, if needed quetiapine 12.5 mg. 2) change levofloxacin -> ceftriaxone + doxycycline. 3) KCl 40 mEq + Mg 2 g IV now, goal K >4, Mg >2. 4) hold citalopram until QTc <500. 5) repeat ECG in AM, tele.
MD response: Dr. {{NAME:Kwabena Asante-Darko}} agrees w/ 2, 3, 4, 5; will d/c haldol, ordered quetiapine. 0245.
- {{NAME:Liesel Harrow}}, PharmD, night shift`,

  `PERIPROCEDURAL ANTICOAGULATION PLAN (warfarin bridge)
Pt: {{NAME:Dumont, Jacques-Henri}}   DOB {{DATE:5 Jan 1948}}   MRN {{MRN:00338172}}   Wt 84 kg   CrCl 66
Procedure: colonoscopy w/ polypectomy {{DATE:Tues 6/11}} at {{FACILITY:Lakeshore Endoscopy Center}}, Dr {{NAME:Villeneuve}}
Indication for warfarin: mech mitral valve (high thrombotic risk) - bridge REQUIRED
Day     Date      Warfarin          Enoxaparin 1 mg/kg (85 mg) SC q12h     INR
-6      {{DATE:6/5}}       last dose         --                                      2.8
-3      {{DATE:6/8}}       hold              start 8 AM                              --
-1      {{DATE:6/10}}      hold              AM dose only (last 24h before)          1.3 (check)
0       {{DATE:6/11}}      restart evening   none                                    --
+1      {{DATE:6/12}}      usual dose        resume 24h post if hemostasis ok        --
+5-7                      usual             stop when INR >= 2.5 x1                 check {{DATE:6/17}}
Rx enoxaparin 100 mg/mL syringes #14 sent to {{FACILITY:Ste-Anne Pharmacie}} ({{PHONE:802-555-0124}}).
Reviewed w/ pt + wife {{NAME:Odile}} in French, written copy given. Questions: {{NAME:Marguerite Chen}}, PharmD, anticoag clinic {{PHONE:802-555-0125}}, fax {{FAX:802-555-0126}}.`,

  `340B AUDIT - SAMPLE CLAIMS REVIEW (self-audit, Q2)
Covered entity: {{FACILITY:Blue Ridge Community Health}}   Contract pharmacy: {{FACILITY:Kessler Drug}}
Claim #            Fill date    Pt                         Prescriber          Eligible encounter          Result
{{ACCOUNT:KD-24-0418821}}     {{DATE:04/03/24}}     {{NAME:Poindexter, Lavonne}}      {{NAME:Ashworth, K}} NP        visit {{DATE:3/28/24}} CHC        PASS
{{ACCOUNT:KD-24-0419330}}     {{DATE:04/09/24}}     {{NAME:Carrillo, Ignacio}}        {{NAME:Ashworth, K}} NP        visit {{DATE:1/4/23}}               FAIL - >12 mo, no CHC encounter
{{ACCOUNT:KD-24-0420117}}     {{DATE:04/17/24}}     {{NAME:Trinh, Bao}}               {{NAME:Okwuosa, E}} MD          visit {{DATE:4/12/24}} tele       PASS
{{ACCOUNT:KD-24-0430089}}     {{DATE:05/02/24}}     {{NAME:MCGILLICUDDY, SEAN}}     {{NAME:Holloway, J}} MD         visit at {{FACILITY:Valley View Regional}} ED     FAIL - not CE prescriber
Findings: 2/4 ineligible. Reverse claims, repay manufacturers (Eliquis, Januvia). Update TPA split-billing rule to require CE visit within 12 months.
Auditor: {{NAME:Yvette Morrissey}}, 340B coordinator  {{EMAIL:ymorrissey@blueridgechc.org}}   {{DATE:06/28/2024}}`,

  `GROWTH HORMONE - specialty pharmacy start
{{FACILITY:Keystone Pediatric Specialty Rx}}   {{DATE:02 Sept 2024}}
Pt: {{NAME:Mateo Quispe Huamán}}  DOB {{DATE:06/14/2016}}  (8 y, wt 22.4 kg)   mother {{NAME:Rocío Huamán}} (Spanish pref) {{PHONE:717-555-0193}}
Rx: Norditropin FlexPro 10 mg/1.5 mL pen, 0.8 mg SC nightly (0.25 mg/kg/wk)  Dr {{NAME:Abimbola Ojo-Ferris}}, {{FACILITY:Susquehanna Children's Endocrinology}}, NPI {{LICENSE:1902237715}}
Pen S/N {{DEVICE:NF10-7731028}}  (registered to pt for recall tracking)   NovoFine Plus 32G needles #100
Ins: Keystone CHIP ID {{HEALTH_PLAN:KCH-448120317}}  PA approved through {{DATE:08/31/2025}} ref {{ID:PA-KCH-0092274}}
Ship {{DATE:9/3}} UPS next day AM, cold pack, to {{ADDRESS:221 Walnut St Apt 3}}, {{LOCATION:Lancaster}} PA {{ZIP:17603}}  tracking {{ID:1Z 4F7 W82 01 2218 4471}}
Nurse training visit {{DATE:9/5}} by {{NAME:Wendy}} from NurseConnect. School nurse at {{FACILITY:Conestoga Street Elementary}} not needed (bedtime dosing).
{{NAME:Rocío}} asked if "hormone" = steroids - explained no.  {{NAME:Ileana Ruiz}}, PharmD (bilingual)`,

  `FAX - REFILL REQUESTS FROM {{FACILITY:Brookdale Manor}} (LTC)   to {{FACILITY:Keystone Long-Term Care Pharmacy}}
Date {{DATE:11/26/24}}   From nurse {{NAME:Akua Mensah}}, RN   call back {{PHONE:814-555-0132}} x 214   fax {{FAX:814-555-0133}}
Resident / Room                 Medication                              Cards left   Notes
{{NAME:BOYLE, THEODORE}} 104A      Eliquis 2.5 mg BID                       2 days       needs new Rx? (Dr {{NAME:Yoder}})
{{NAME:Adeyemi, Folasade}} 110     Lasix 20 mg qAM                           3 days
{{NAME:ZIMMERMAN, LOUISE}} 118     tramadol 50 mg q6h prn (C-IV)            1 day        needs hard copy/e-Rx, MD notified
{{NAME:Krauss, Helmut}} 121        Seroquel 25 mg qhs                        5 days       GDR due per pharmacy consultant
"Sister" {{NAME:Anne Wolcott}} 122  Valium 2 mg qhs prn (C-IV)               0            out! last given {{DATE:11/24}}
{{NAME:Olsen, Agnes}} 125           donepezil 10 mg qhs                      4 days       resident is {{AGE:100}} - family asking to d/c
Please deliver on evening run. Thanks - {{NAME:AM}}/{{NAME:dk}}`,

  `BlueHarbor Health Plan - Pharmacy Prior Authorization APPROVAL

Date: {{DATE:07/09/2024}}
Member: {{NAME:Oyinkansola Bello}}   Member ID: {{HEALTH_PLAN:BHH00729184}}   Group: {{HEALTH_PLAN:FIRSTMARINE01}}
Prescriber: {{NAME:Sébastien Thibault}}, MD   NPI {{LICENSE:1669203317}}   Fax {{FAX:617-555-0136}}
Drug approved: Xarelto 20 mg tablet, 1 daily with evening meal, qty 30/30 days
Authorization #: {{ID:BHH-PA-24071195}}
Approval period: {{DATE:07/09/2024}} - {{DATE:07/08/2025}}
Notes: approved under criteria for DVT/PE treatment after 6 months (patient-specific: recurrent DVT, unprovoked, {{DATE:Jan 2024}}). Quantity limit 30 tablets/30 days.
The member's pharmacy on file, {{FACILITY:Quincy Center Pharmacy}} ({{PHONE:617-555-0137}}), was notified electronically.
Employer group (informational): {{FACILITY:First Marine Credit Union}}
This approval is not a guarantee of payment. Member must be eligible on date of service.`,

  `STATE PDMP - UNSOLICITED PRESCRIBER NOTIFICATION (threshold alert)
Mailed/emailed {{DATE:10/01/2024}}
To: {{NAME:Raymond Okonjo-Pierce}}, DDS   DEA {{LICENSE:AO5520731}}   {{EMAIL:drokonjo@brightsmiledental.net}}
    {{FACILITY:Bright Smile Family Dental}}, {{ADDRESS:2600 Veterans Pkwy}}, {{LOCATION:Springfield}} IL {{ZIP:62704}}
Dear Dr. {{NAME:Okonjo-Pierce}}:
A patient for whom you prescribed a controlled substance in the last 90 days met the program's multiple provider episode threshold (5 or more prescribers and 5 or more pharmacies in 90 days).
Patient: {{NAME:KLINE, DUSTIN A}}   DOB {{DATE:08/08/1987}}   Alert ID {{ID:ILPMP-A-2024-117204}}
Your Rx: hydrocodone-APAP 5/325 #15 on {{DATE:09/12/2024}}, filled at {{FACILITY:Capitol Drug}}.
Other prescribers in period: {{NAME:T. Harbaugh}} MD (ED), {{NAME:L. Szczepanski}} PA-C, {{NAME:R. Moody}} DDS, {{NAME:K. Nguyen-Lam}} NP.
This notice is for clinical information only and is not an accusation. You may view the full report at {{URL:https://www.ilpmp.example.gov/report/A-2024-117204}} after login.
Pharmacist reviewer: {{NAME:Celeste Wainwright}}, RPh`,

  `DISCHARGE TO SNF - MEDICATION TRANSFER ORDERS
From {{FACILITY:Corwin Memorial Hospital}} to {{FACILITY:Meadowlark Skilled Nursing}} ({{LOCATION:Hutchinson}} KS)   D/c {{DATE:03-29-2024 13:30}}
Pt {{NAME:ESPINOZA, REFUGIO}} / "{{NAME:Cuco}}"   DOB {{DATE:12-12-1938}}   MRN {{MRN:CMH-00491822}}   Acct {{ACCOUNT:V00188204477}}
Last doses given (important for SNF MAR):
 ceftriaxone 1 g IV q24h - last {{DATE:3/29}} 0800 -> transition to cefpodoxime 200 mg PO BID x 5 more days, first dose 2000
 metoprolol tart 25 mg PO BID - last 0800
 heparin 5,000 u SC q8h - STOP at d/c (VTE ppx inpatient only)
 insulin glargine 14 u SC qhs - last {{DATE:3/28}} 2100
 insulin lispro correction scale (low) AC - last 1145, 2 u
 tamsulosin (Flomax) 0.4 mg qhs - continue
 Norco 5/325 1 tab q6h prn - last 0915 - hard copy Rx for 3 days (#12) sent w/ pt, signed Dr {{NAME:Hargrove}}, DEA {{LICENSE:BH7720318}}
Allergy: ACE-I (angioedema)
Pharmacist {{NAME:Lucía Benavides}}, PharmD, called SNF nurse {{NAME:Dottie}} ({{PHONE:620-555-0117}}) - report given {{DATE:3/29}} 1245.`,

  `DRUG TAKE-BACK / DECEASED PT MEDS
{{DATE:4/4/24}}  {{FACILITY:Hillcrest Pharmacy}} collection kiosk + counter
Brought by: {{NAME:Marvella Tidwell}} (niece, executor), ID DL {{LICENSE:T432-118-77-402-0}}
For: late {{NAME:Cornelius Tidwell}} (d. {{DATE:3/22/2024}}), former pt here, DOB {{DATE:7/4/1930}}
Items: fentanyl 50 mcg/h patches x6 unopened, morphine IR 15 mg ~40 tabs, lorazepam 1 mg ~20, Lasix, Eliquis, Keppra, insulin pens (Lantus SoloStar x3)
Controlled items placed in kiosk by niece (we do not count/handle per DEA rule). Fentanyl patches: advised kiosk OK. Sharps: insulin pen needles -> sharps mail-back kit given.
Niece asked to cancel auto-refills: Rx# {{ID:4470192}}, {{ID:4470193}}, {{ID:4471188}} inactivated; profile marked deceased. Hospice ({{FACILITY:Sunflower Hospice}}) notified to stop deliveries.
Pt's pharmacy charge account {{ACCOUNT:HC-0044712}} balance $12.40 - niece paid.
Condolences card sent to {{ADDRESS:415 Pecan St}}, {{LOCATION:Denton}} TX {{ZIP:76201}}. - {{NAME:BJ}}, {{NAME:Bea Jaramillo}} RPh`,

  `Discharge Date: [**{{DATE:2148-11-02}}**]
Discharge Medications:
1. Warfarin 5 mg Tablet Sig: One (1) Tablet PO Once Daily at 4 PM. Disp:*30 Tablet(s)* Refills:*2*
2. Levetiracetam 500 mg Tablet Sig: One (1) Tablet PO BID (2 times a day). Disp:*60 Tablet(s)* Refills:*2*
3. Metoprolol Tartrate 25 mg Tablet Sig: 0.5 Tablet PO BID (2 times a day).
4. Pantoprazole 40 mg Tablet, Delayed Release (E.C.) Sig: One (1) Tablet PO Q24H.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 1319}}**] Nursing and Rehab - [**{{LOCATION:Location (un) 5871}}**]
Followup Instructions:
INR check on [**{{DATE:11-4}}**] with [**{{FACILITY:Hospital 191}}**] anticoagulation - results to Dr. [**{{NAME:Last Name (STitle) 7728}}**] at [**{{PHONE:Telephone/Fax (1) 2211}}**].
Neurology: Dr. [**{{NAME:First Name4 (NamePattern1) 1492}}**] [**{{NAME:Last Name (NamePattern1) 8831}}**] on [**{{DATE:2148-11-20}}**] 10:30am, [**{{FACILITY:Hospital Ward Name 23}}**] building.
Pt's daughter [**{{NAME:Name (NI) 4471}}**] to bring med list. Pharmacy: [**{{FACILITY:Hospital3 9912}}**] Pharmacy.
Completed by: [**{{NAME:First Name8 (NamePattern2) 3311}}**] [**{{NAME:Last Name (NamePattern1) 7729}}**], PharmD [**{{DATE:2148-11-02}}**] @ 1452
MR# [**{{MRN:Medical Record Number 88127}}**]`,

  `on-call RPh log (after hours)  {{DATE:12/31/23}} - {{DATE:1/1/24}}   {{FACILITY:Tri-County Pharmacy Services}}
2140  RN {{NAME:Gabby}} @ {{FACILITY:Sunset Ridge AL}}: res Mr. {{NAME:Pruett}} missed evening Keppra, card empty. told her use e-kit (Keppra 500 in kit), we'll deliver AM. ok.
2305  Dr {{NAME:Obuya}} (hospice) - new morphine order for {{NAME:E. Landry}}, {{ADDRESS:88 Bayou Rd}}, {{LOCATION:Houma}}. Courier {{NAME:Trey}} dispatched ({{PHONE:985-555-0161}}). delivered 0040.
0115  pt's wife Mrs. {{NAME:Thibodeaux}} called main line - husband {{NAME:Alcide}} "took 2 Ambien by mistake" 10mg x2. awake, talking. advised stay w/ him, no driving, no alcohol, call 911 if hard to wake. poison ctr # given. callback 0200 - asleep, breathing normal, she'll check q1h.
0350  {{FACILITY:Bayou Cane General}} ED pharmacist {{NAME:K. Boudreaux}} asking for our pt {{NAME:Delphine Arceneaux}} med list (DOB {{DATE:11/19/1946}}) - faxed to {{FAX:985-555-0170}} after verifying callback.
0720  handoff to day RPh {{NAME:Lorena}}. E-kit restock for {{FACILITY:Sunset Ridge}} on AM run.
- {{NAME:J. Fontenot}}, RPh on call`,

  `DME/PHARMACY - NEBULIZER + INHALATION MEDS (Medicare Part B)
Pt: {{NAME:Haskins, Lyle Wayne}}   DOB {{DATE:1944-09-03}}   MBI {{HEALTH_PLAN:9AP3-HJ7-RT62}}
Address {{ADDRESS:Route 1 Box 44}}, {{LOCATION:Hazard}} KY {{ZIP:41701}}   ph {{PHONE:606-555-0148}}
Dx: J44.1 COPD w/ exacerbation; pt uses home O2 2 L
Equipment: compressor nebulizer Pari Trek S, S/N {{DEVICE:PTS-2207-88412}}, dispensed {{DATE:02/20/2024}}
Meds (Part B, via nebulizer): ipratropium-albuterol 0.5-2.5 mg/3 mL #360 vials (QID), budesonide 0.5 mg/2 mL #60 BID
Ordering: {{NAME:Delia Caudill}}, APRN, {{FACILITY:Troublesome Creek Family Clinic}}, NPI {{LICENSE:1366209174}}
DWO signed {{DATE:2/16/24}}; F2F visit {{DATE:2/9/24}} documented.
Delivery: grandson {{NAME:Bo}} met driver at the end of holler road ({{ADDRESS:mile 3, KY-15}}) - left w/ him, pt signed POD next day.
Supplier claim # {{ACCOUNT:DME-24-0220-4471}}   HCPCS E0570, J7620, J7626
Education by RT {{NAME:Wanda Slone}} - cleaning, replace kit q6mo. f/u call {{DATE:3/1}}: using QID, less SOB.`,

  `FLU CLINIC - walk-in roster (pediatric, pharmacist-administered)   {{FACILITY:Elmhurst Village Pharmacy}}   {{DATE:Saturday Oct 19, 2024}}
#  Child                      DOB           Parent (phone)                                     Ins ID               Vaccine/lot           By
1  {{NAME:Petrović, Luka}}             {{DATE:01/12/2016}}    {{NAME:Jelena Petrović}} ({{PHONE:630-555-0102}})       {{HEALTH_PLAN:BCI884120331}}      Flucelvax / 372891     {{NAME:SK}}
2  {{NAME:Oduya, Temi}}               {{DATE:07/07/2019}}    {{NAME:Femi Oduya}} ({{PHONE:630-555-0103}})           {{HEALTH_PLAN:MCD-IL-44712093}}   FluMist / FM2241       {{NAME:SK}}
3  {{NAME:Hernández-Ruiz, Camila}}    {{DATE:03/30/2021}}    {{NAME:Ana Ruiz}} ({{PHONE:630-555-0109}})             VFC                  Fluarix / 7GK33        {{NAME:DP}}
4  {{NAME:Kowalski, Ava}}             {{DATE:11/02/2012}}    {{NAME:Mark Kowalski}} ({{PHONE:630-555-0110}})        {{HEALTH_PLAN:AET-W77102284}}     Flucelvax / 372891     {{NAME:SK}}
Notes: #3 age 3 - first season ever -> needs 2nd dose >=4 wks ({{DATE:11/16}} or later), reminder card given. #2 asthma? mom says "just once as baby" - no wheeze in 12 mo, FluMist ok per screening.
Registry (I-CARE) entries done {{DATE:10/19}} by {{NAME:Divya Patel}}, RPh. {{NAME:SK}} = {{NAME:Stanislav Kuznetsov}}, RPh.`,

  `SPECIALTY - CF MODULATOR REFILL, REMOTE DELIVERY
{{FACILITY:Aurora Specialty Pharmacy}} ({{LOCATION:Anchorage}})   refill call {{DATE:01/08/2024}}
Pt: {{NAME:Nanouk Oozevaseuk}} ({{NAME:Nanny}})  DOB {{DATE:05/19/2007}}  CF F508del/G542X
Mother {{NAME:Clara Oozevaseuk}} {{PHONE:907-555-0114}} (VHF/landline; cell weak)
Address: {{ADDRESS:PO Box 52}}, {{LOCATION:Gambell}} AK {{ZIP:99742}} ({{LOCATION:St. Lawrence Island}})
Rx: Trikafta (elexacaftor/tezacaftor/ivacaftor 100/50/75 mg + ivacaftor 150 mg) 2 orange AM, 1 blue PM with fat-containing food, 28-day pack; Rx# {{ID:AK-330918}}
Prescriber Dr. {{NAME:Helga Brandstetter}}, {{FACILITY:Alaska Children's Pulmonary}}
Adherence: 2 missed doses this month (weather, out of milk/eggs for fat). LFTs {{DATE:12/4/2023}}: AST 32, ALT 41, Tbili 0.6 ok. Eye exam (cataracts) due.
Ship: FedEx to {{LOCATION:Nome}}, then bush carrier (Bering Air) to {{LOCATION:Gambell}} - allow 5-7 days in winter. Ship {{DATE:1/10}}, tracking {{ID:7793 4410 2217}}; village clinic ({{FACILITY:Sivuqaq Health Station}}, CHA {{NAME:Vernon}}) holds if family away at camp.
Copay: Alaska Medicaid ID {{HEALTH_PLAN:AKM-0091822734}}, $0. -- {{NAME:Pauline Ahgupuk}}, PharmD`,

];

export const HELDOUT_REALISTIC_112_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout112-${i + 1}`, n));
