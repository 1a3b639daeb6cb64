// A hundred-and-thirtieth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges; towns and cities are real places used only as LOCATION). Its theme is
// orthopaedics, sports medicine and rehabilitation: fracture clinic notes, operative notes and
// implant logs, ED and on-call ortho consults, PT/OT evaluations and daily notes (clinic, home
// health, SNF, aquatic, telehealth, hand therapy, vestibular, work hardening, FCE, driver rehab,
// seating), athletic trainer reports from high schools, colleges, clubs, rodeos, ski patrols,
// marathon tents and a hockey club, workers' compensation forms, work status reports, nurse case
// management, utilization review, IME and surveillance memos, DME, CPM, bone stimulator and brace
// orders, prior authorizations, return-to-work, return-to-duty and return-to-play letters, school
// 504 and FMLA forms, a placard certification, a recall letter, records requests, fax covers, a
// charge export and an HL7 order, pager and SMS logs, portal threads, emails and voicemails.
// Deliberately left unmarked: eponyms and named tests, signs, classifications and techniques
// (Colles, Jones, Weber B/C, Maisonneuve, Lachman, McMurray, Thompson, Jobe, Neer, Hawkins, Speed,
// O'Brien, Ober, Noble, Cozen, Tinel, Cotton, Garden, Gartland, Baumann, Gustilo-Anderson,
// Schatzker, Sanders, Ogden, Salter-Harris, Holstein-Lewis, Southwick, Klein, Drehmann, Risser,
// Bankart, Hill-Sachs, Latarjet, Segond, Osgood, Kleinert, Duran, Brostrom, Alfredson, Cunningham,
// Matles, Adams, Beighton, Boston-type brace), scores and scales (SCAT5, ImPACT, BESS,
// LEFS, KOOS, WOMAC, PRTEE, Berg/BERG, Tinetti, TUG, BIMS, SLUMS, RCRI, FRAX, RUST, PCSS, KL
// grade, Cobb, PHQ-2, 4/5 strength), drugs and doses (Norco, oxycodone 5 mg, triamcinolone 40 mg,
// ASA 81 bid, zoledronic acid 5 mg), device makes and models, REF/catalog and lot numbers and a
// lot's expiry, CPT/HCPCS/ICD-10 codes, form names (DWC-73, Part B), EMS units, rooms, beds, ORs,
// stations, trucks and elevator keys, bib numbers, clock times alone, years alone (remote DVT
// 2011), visit counters that look like dates (visit 3/24, 4/24), seasons (this fall), a dog's
// name, ages of 89 and under (including "fourteen"), payers and their UM departments, state
// agencies and programs, and credentials (PT, DPT, ATC, OTR/L, CHT, PA-C, CPO, CDRS, RPR).
// Annotation follows the README guideline and the header of heldout-realistic-72.ts: titles and
// credentials stay outside NAME spans (Dr., Mr., Ms., Mrs., Coach, Chief, Officer, Trooper, Atty);
// a nickname in quotes or brackets is its own span; typist, signer and staff initials (-AF/mjt,
// JK/ok, "MD" standing for an athletic trainer's initials, HR standing for a student aide) are
// NAME; schools, colleges, teams and clubs, employers, churches, unions, law firms, court
// reporters, DME, CPM, bone-stimulator and orthotics vendors, pharmacies, imaging centres,
// ambulance services, investigators, arenas, parks and fields used as venues, and ward names with
// a proper name (Hartwell 4, Kalani 5, Birchwood 2) are FACILITY; cities abroad and counties are
// LOCATION; rural routes, HC boxes, highway mile markers, county roads and bare street names where
// a person was are ADDRESS; workers' compensation, STD, billing and guarantor account numbers and
// claim numbers are ACCOUNT (also when an export puts a WC claim in its member-id column);
// insurer, Medicare MBI, Medicaid and fitness-benefit member ids are HEALTH_PLAN; NPI, state
// licences, BOC, ABC, RESNA, CDRS and court-reporter certificates and driver's licences are
// LICENSE; plates and VINs are VEHICLE; implant, pacer, CPAP, CPM, TENS, bone stimulator, knee
// scooter, wound vac, prosthetic component, brace sensor and wheelchair serials are DEVICE;
// accession, order, message, batch, transcription job, authorization, UR, incident, police report,
// placard, interpreter, employee, badge, passport, travel-insurance case, season-pass, rodeo card,
// docket, recall code, session and privacy-ticket numbers are ID; short in-house extensions and
// pagers are PHONE; a palm-vein template id is BIOMETRIC and a badge-photo file name is PHOTO. A
// month/day without a year is a DATE, with a clock time next to it left outside (03/22 09:00 ->
// [03/22] 09:00), while a time attached to a full date is inside; a weekday written with a date is
// part of it; compact and military-style dates (20240311, 14-JUN-2024, HL7 timestamps) and
// month/year (Apr 2024, 11/2022) are DATE; a date range written as one token (10/3-10/6,
// 5/6/24-6/28/24) is one span;
// ages over 89 are AGE however written (94 y/o, 92yo, 91Y, ninety-nine, an age of 91 written in
// error, a 90-year-old marathoner).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-27 final engine
// (aab8690) 0.9666 / 0.9461.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ORTHOPAEDIC FRACTURE CLINIC - FOLLOW UP
Pt: {{NAME:Kowalczyk, Dorota}}     MRN {{MRN:00739215}}     DOB {{DATE:04/22/1958}}
DOS: {{DATE:03/11/2024}}   Attending: Dr. {{NAME:A. Feinberg}}   Fellow: {{NAME:R. Osei}}, MD
Clinic: {{FACILITY:Lakeshore Bone & Joint}}, {{ADDRESS:2200 N Harbor Dr, Suite 310}}, {{LOCATION:Duluth}} MN {{ZIP:55811}}

S: 65 yo RHD F, FOOSH on black ice in the lot of {{FACILITY:Northway Foods}} on {{ADDRESS:Miller Trunk Hwy}} {{DATE:2/26}}. Seen at {{FACILITY:St. Columba ED}} same day, closed reduction + sugar tong. Pain 3/10, taking APAP 1g q8h, no Norco since {{DATE:3/2}}. Daughter {{NAME:Agnieszka}} drove her today.

O: Splint intact, skin ok. NVI median/ulnar/radial. Mild swelling dorsum. No TTP anatomic snuffbox.
XR L wrist 3v: distal radius fx, extra-articular, Colles pattern, 12 deg dorsal tilt (was 25 pre-red), radial height 10mm, ulnar variance +1. Maintained vs {{DATE:2/26/24}} films. AO 23-A2.

A/P: L distal radius fx, acceptable alignment at 2 wks.
- transition to SLC fiberglass today (cast tech {{NAME:Marcus}})
- repeat XR 2 wk, ~{{DATE:3/25}}
- DXA ordered, refer FLS ({{NAME:Beth Ann Yoder}}, NP)
- OT referral for digit ROM, {{FACILITY:Northland Hand & Upper Extremity Therapy}}
Work: retired, volunteers at {{FACILITY:Holy Family Parish}} food shelf - no lifting L hand.

{{NAME:AF}}/{{NAME:mjt}}  dictated {{DATE:03/11/2024 15:42}}`,
  `OPERATIVE REPORT

PATIENT: {{NAME:ABERNATHY, COLE T}}          MRN: {{MRN:4417-902-33}}
ACCT: {{ACCOUNT:80021177453}}               DATE OF SURGERY: {{DATE:14-JUN-2024}}
SURGEON: {{NAME:Priya Raman-Lowe}}, MD      ASSIST: {{NAME:D. Kettering}}, PA-C
ANESTHESIA: General + popliteal/saphenous block ({{NAME:Lindqvist}}, CRNA)
FACILITY: {{FACILITY:Cedar Ridge Surgery Center}}, OR 4

PREOP DX: R trimalleolar ankle fx dislocation, Weber C, posterior malleolus ~25% articular surface.
POSTOP DX: Same, plus syndesmotic instability on Cotton test.
PROCEDURE: ORIF R lateral malleolus (1/3 tubular plate), medial malleolus (2 x 4.0 partially threaded cannulated screws), syndesmotic fixation w/ suture-button.

IMPLANTS: 1/3 tub plate 7-hole, REF 241.370, lot 72A0193 (not serialized). Suture-button syndesmosis device SN {{DEVICE:SB24-0087731}}. Cannulated screws 4.0x40 x2, lot K7790.

FINDINGS: Gross instability w/ external rotation stress; Maisonneuve ruled out on prelim films. Tourniquet 250 mmHg x 74 min. EBL 25 mL.

Pt tolerated well. Dispo: PACU then home w/ wife {{NAME:Shawna}}, NWB RLE in splint. F/u {{FACILITY:Cedar Ridge Orthopedics}} {{DATE:6/27}} w/ Dr. {{NAME:R-L}} for wound check. Rx oxycodone 5 mg #20, ASA 81 bid x 4 wk for DVT ppx.

Dictated by {{NAME:PRL}}; transcribed {{NAME:kh}} {{DATE:06/14/24}} 1710; job # {{ID:TJ-5581942}}`,
  `PHYSICAL THERAPY INITIAL EVALUATION - KNEE
{{FACILITY:Summit Motion Physical Therapy}} | {{ADDRESS:418 W Main St}} | {{LOCATION:Bozeman}}, MT {{ZIP:59715}} | ph {{PHONE:(406) 555-0183}} | fax {{FAX:(406) 555-0184}}

Patient: {{NAME:Tanaka-Reyes, Mika}}     DOB: {{DATE:09/03/2005}}     Eval date: {{DATE:July 8, 2024}}
Referring: {{NAME:Garrett Holm}}, MD ({{FACILITY:Gallatin Sports Medicine}})   NPI {{LICENSE:1467093825}}
Payer: Blue Cross, member ID {{HEALTH_PLAN:XJM884120557}}
Dx: S83.511A, s/p L ACL recon BTB autograft {{DATE:6/24/24}}

Hx: 18 yo F, {{FACILITY:Bridger Valley College}} club soccer; non-contact pivot injury during a tournament in {{LOCATION:Calgary}} on {{DATE:5/18}}. + pop, immediate effusion. Lives w/ roommates, 2nd floor apt no elevator.

Obj: L knee ext -4 deg (lag), flex 88 deg. Quad set fair, SLR w/ 10 deg lag. Effusion 2+ (sweep test). Incisions CDI. Lachman deferred per protocol. Gait w/ bilat axillary crutches, PWB in hinged brace locked 0 deg.
LEFS 22/80. KOOS-Sport 10.

Assessment: Expected deficits POD 14. Good candidate for accelerated protocol per Dr. {{NAME:Holm}}.
Plan: 2x/wk x 12 wk; NMES quads, patellar mobs, heel slides, BFR after wk 4 if cleared. Goals: flex 120 by 6 wk; jog 12 wk; RTS 9-12 mo.

{{NAME:Jordan Whitebird}}, PT, DPT  MT Lic {{LICENSE:PT-4918}}`,
  `pt daily note  {{DATE:7/15}}  visit 3/24
{{NAME:Mika T-R}} - L ACL recon POD 21
S: "stairs still scary." Icing 3x/day. no calf pain. roommate {{NAME:Jess}} drives her.
O: flex 101, ext -2. SLR lag 5. effusion 1+.
 - quad sets w/ NMES 10/10 x 15 min (Russian, 2500 Hz)
 - heel slides 3x15, wall slides 2x10
 - SLR 4 way 3x10 0#
 - mini squats 0-45 2x12, TKE blue band 3x15
 - bike rocking x6 min
A: progressing. pt asks re: summer job at {{FACILITY:Ridgeline Ski Rental}} - told talk to Dr {{NAME:Holm}} at {{DATE:7/29}} appt
P: cont POC. unlock brace 0-90 per MD.
{{NAME:JW}} DPT
---
pt daily note  {{DATE:7/18}}  visit 4/24
{{NAME:Mika}} late 10 min (bus). flex 106. HEP updated - emailed to {{EMAIL:mika.tanakareyes@example.com}}. mom ({{NAME:Yuki Tanaka}}) called from {{LOCATION:Sapporo}}, wants progress note - needs signed release first. gave our fax {{FAX:406-555-0184}}.
{{NAME:R. Amundsen}}, PTA`,
  `{{FACILITY:RIVERBEND HAND THERAPY}} - OT INITIAL EVAL (HAND)
Name: {{NAME:Oyelaran, Babatunde}} "{{NAME:Tunde}}"    Age: 34    DOB {{DATE:11-02-1989}}
Date: {{DATE:2024-02-05}}     MRN: {{MRN:RB0048213}}
Surgeon: Dr. {{NAME:Hollis Vance}} ({{FACILITY:Midwest Plastic & Hand Surgery}})
Dx: R zone II FDP/FDS laceration IF & MF, s/p primary repair {{DATE:1/29/2024}}, digital nerve repair IF radial.
Mechanism: box cutter at work - stocker at {{FACILITY:GreenLeaf Market}} #214, {{LOCATION:Eau Claire}}. WC claim {{ACCOUNT:WC-2401-77352}}, adjuster {{NAME:Tamsin Reid}} {{PHONE:715-555-0142}} x{{PHONE:2217}}.

Findings: DBS in place. Edema mild. Passive flexion full IF/MF. Extension to hood. Tinel + 1cm distal to repair site (expected). Sensation SWM 3.61 radial IF.
Kleinert vs Duran: surgeon requests modified Duran + place-and-hold, no active composite fist until wk 4.

Orthosis: fabricated dorsal blocking, wrist 20 flex, MCP 60 flex, IPs 0. Thermoplastic 3.2mm.
Goals: full passive ROM, no adhesions; return to modified duty wk 8, full duty wk 12.
Pt is Yoruba/English bilingual, wife {{NAME:Funmilayo}} present, pt prefers "{{NAME:Tunde}}".

{{NAME:Corinne Lefebvre}}, OTR/L, CHT   next {{DATE:2/7}} 0900
`,
  `ATHLETIC TRAINING INJURY REPORT
School: {{FACILITY:Westfield Regional High School}}   Sport: Varsity Football   Level: V
Athlete: {{NAME:DeShawn Pruitt}}   Grade 11   DOB {{DATE:1/30/2007}}
Date/time of injury: {{DATE:Fri 9/13/24}} ~2025 (3rd qtr) @ {{FACILITY:Harmon Field}}, away vs {{FACILITY:Lincoln-Douglas HS}}
Reported by: {{NAME:Kelsey Ng}}, MS, ATC   BOC # {{LICENSE:2000319874}}

Mechanism: helmet-to-helmet on kickoff return; delayed rising, held head. No LOC per sideline observers. Removed from play immediately.
Sideline: SCAT5 symptom score 14/22, severity 31. Orientation 5/5, immediate memory 13/15, concentration 3/5, mBESS 8 errors. C-spine cleared, no midline TTP.
Parents notified: mother {{NAME:Latrice Pruitt}} {{PHONE:(609) 555-0127}} at 2051. Instructed to ED if worsening; went to {{FACILITY:Hopewell Valley Medical Center}}? - mom said "the one on {{ADDRESS:Scotch Rd}}".
Follow up: school nurse Mrs. {{NAME:Donnelly}} notified; academic accommodations requested via counselor Mr. {{NAME:Abiodun}}.
Graduated RTP per state protocol; needs physician clearance (MD/DO) before stage 5. Baseline ImPACT on file {{DATE:08/05/2024}}.

Signed {{NAME:K. Ng}}, ATC     {{DATE:9/14/2024}}`,
  `EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS
1. Employee name: {{NAME:Marisol Cárdenas-Ybarra}}    2. SSN: {{SSN:618-42-0937}}
3. DOB: {{DATE:07/19/1979}}   4. Sex: F   5. Home address: {{ADDRESS:1129 Alamo Heights Cir, Apt 6}}, {{LOCATION:San Angelo}}, TX {{ZIP:76901}}
6. Phone: {{PHONE:325-555-0199}}    7. Occupation: CNA    8. Employee ID: {{ID:E-0048217}}
9. Employer: {{FACILITY:Concho Valley Care Center}}, {{ADDRESS:3300 Sherwood Way}}, {{LOCATION:San Angelo}} TX {{ZIP:76904}}
10. Date of injury: {{DATE:10/02/2024}}  Time: 0615   11. Date employer notified: {{DATE:10/02/2024}}
12. Describe: Resident slid during 1-person pivot transfer, EE caught resident, felt pull R low back + R shoulder. Gait belt used. Resident uninjured.
13. Body part: lumbar, R shoulder   14. Treated at: {{FACILITY:Shannon Occupational Medicine}}
15. Lost time? Y - off {{DATE:10/3-10/6}}
16. Carrier: state fund   Policy/claim: {{ACCOUNT:TX24-118830-07}}
17. Supervisor: {{NAME:Ruben Solís}}, DON   Prepared by: {{NAME:Hanna Voigt}}, HR  ph {{PHONE:325-555-0142}}  email {{EMAIL:hvoigt@conchovalleycare.example}}
Date prepared: {{DATE:October 3, 2024}}`,
  `INDEPENDENT MEDICAL EXAMINATION - SUMMARY OF OPINIONS
Claimant: {{NAME:Frank J. Castellano}}    Claim #: {{ACCOUNT:88-GW-401762}}    DOI: {{DATE:05/14/2022}}
Requested by: Ms. {{NAME:Lorraine Whitcombe}}, claims examiner
Examiner: {{NAME:Harold P. Meissner}}, MD, board certified orthopaedic surgery
Exam date: {{DATE:January 9, 2024}}   Location: {{FACILITY:Allegheny Evaluation Services}}, {{ADDRESS:600 Grant St, 14th Floor}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15219}}

Records reviewed incl. op report {{DATE:09/21/2022}} (L shoulder arthroscopy, RCR, SAD, biceps tenodesis, Dr. {{NAME:Okonkwo}}, {{FACILITY:Three Rivers Orthopedic Group}}), PT notes {{DATE:10/2022}} to {{DATE:3/2023}}, MRI {{DATE:7/11/2023}} (no re-tear).

Exam: 58 yo M, ironworker for {{FACILITY:Keystone Steel Erectors}}. Forward flexion 150, abd 140, ER 45. Jobe 4/5, Hawkins neg, Neer neg, belly press neg. No atrophy.

Opinions:
1) Causally related: yes, L supraspinatus tear from fall {{DATE:5/14/22}}.
2) MMI reached as of {{DATE:11/30/2023}}.
3) Impairment: 6% UE (AMA Guides 6th ed), = 4% WPI.
4) Restrictions: no overhead work > 20 lb; no ladders > 8 ft. Permanent.
5) Further tx: HEP only; no further surgery indicated.

{{NAME:H.P. Meissner}}, MD  PA Lic {{LICENSE:MD-038114-E}}`,
  `DME ORDER / DETAILED WRITTEN ORDER
Beneficiary: {{NAME:Willa Mae Thibodeaux}}   DOB {{DATE:2/2/1951}}
Medicare MBI: {{HEALTH_PLAN:5EG4-TK8-MW72}}
Address: {{ADDRESS:418 Rue Chenier}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}   Ph {{PHONE:337-555-0110}}
Order date: {{DATE:04/30/2024}}
Items:
  E0118 knee walker (crutch substitute) x1, rental, 3 mo
  L4361 pneumatic walking boot, tall, R, prefab, off-the-shelf - dispense
  E0163 commode chair, stationary
Dx: S82.61XA R lateral malleolus fx closed; M17.11 OA R knee (why crutches unsafe - poor UE strength, BMI 41)
Length of need: 3 months
Supplier: {{FACILITY:Acadiana Home Medical}}, {{ADDRESS:1800 Ambassador Caffery Pkwy}}, {{LOCATION:Lafayette}} LA   ph {{PHONE:337-555-0163}}
Ordering practitioner: {{NAME:Remy Guidry}}, NP    NPI {{LICENSE:1902287365}}
Supervising: Dr. {{NAME:Anne-Claire Boudreaux}}   {{FACILITY:Teche Orthopaedic Clinic}}
Signature: ____ {{NAME:R Guidry}} NP   {{DATE:4/30/24}}
Delivered by: {{NAME:Tony}} (driver) {{DATE:5/1}}; knee scooter SN {{DEVICE:KW19-55802}}`,
  `PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING
To: Atlantic Crest Health Plan UM dept, fax 1-800-555-0177 (payer)
From: {{FACILITY:Garden State Shoulder & Elbow}} | {{NAME:Nadia Farouk}}, auth coordinator | ph {{PHONE:973-555-0146}} | fax {{FAX:973-555-0148}}
Date: {{DATE:08/19/2024}}

Member: {{NAME:Gregory Antonelli}}   DOB {{DATE:12/05/1971}}   Member ID: {{HEALTH_PLAN:3HZN77402115}}
Requested: MRI R shoulder w/o contrast (CPT 73221), dx M75.121 complete RC tear, nontraumatic (suspected)
Ordering: Dr. {{NAME:Vikram Sethi}}  NPI {{LICENSE:1750338291}}
Site: {{FACILITY:Kemble Imaging Center}}, {{ADDRESS:95 Mt Kemble Ave}}, {{LOCATION:Morristown}} NJ {{ZIP:07960}}

Clinical: 52 yo M, HVAC tech, R shoulder pain since {{DATE:Apr 2024}}, night pain, weakness overhead. Failed: PT 8 visits {{DATE:5/6/24-6/28/24}} at {{FACILITY:Kinetix PT Denville}}; NSAIDs (meloxicam 15 mg) x 10 wks; subacromial injection {{DATE:7/15/24}} (triamcinolone 40 mg) with 2 wk relief only. Exam: drop arm +, ER lag 20 deg, Jobe 3/5. XR: acromiohumeral interval 6 mm.

Status: APPROVED {{DATE:8/21}} - auth # {{ID:PA2408-339917}}, valid thru {{DATE:10/20/2024}}. Ref. call w/ {{NAME:Jerome}} at payer.`,
  `{{FACILITY:Marion County Orthopedic & Spine}}
{{ADDRESS:7440 SW 60th Ave}}
{{LOCATION:Ocala}}, FL {{ZIP:34476}}

{{DATE:November 4, 2024}}

To: {{FACILITY:Suncoast Freightways}} - Attn: {{NAME:Brenda Kilgore}}, Safety/HR

RE: {{NAME:Luis Alberto Quiñones}}      DOB: {{DATE:03/27/1986}}
Employee #: {{ID:SCL-20917}}        Claim: {{ACCOUNT:FL-WC-0934771}}

WORK STATUS / RETURN TO WORK

Mr. {{NAME:Quiñones}} has been under my care for a L 5th metatarsal base fracture (zone 2, "Jones") sustained {{DATE:08/22/2024}} while unloading a trailer. He underwent intramedullary screw fixation on {{DATE:08/30/2024}}. CT {{DATE:10/28/24}} shows bridging across the fracture.

He may return to work on {{DATE:Monday, 11/11/2024}} with the following restrictions through {{DATE:12/9/2024}}:
 - forklift/sit-down equipment only; no pallet jack walking > 2 hr per shift
 - no ladders; no lifting > 35 lb
 - supportive steel-toe boot w/ carbon plate insert
Full duty anticipated after re-check {{DATE:12/9}}.

Questions: my office {{PHONE:352-555-0121}}, ask for {{NAME:Yvette}}.

Sincerely,
{{NAME:Curtis Okafor-Bell}}, DO
cc: {{NAME:Diane Merriweather}}, RN case manager`,
  `RETURN TO PLAY CLEARANCE - CONCUSSION
{{FACILITY:Westfield Regional High School}} Athletics / {{FACILITY:Mercer Pediatric Sports Concussion Clinic}}

Student-athlete: {{NAME:DeShawn Pruitt}}     DOB: {{DATE:01/30/2007}}
Date of injury: {{DATE:09/13/2024}}     Date symptom free: {{DATE:09/22/2024}}

Post-injury ImPACT {{DATE:9/24}}: verbal mem 88, visual mem 79, visual motor 41.2, reaction time 0.58 - all within RCI of baseline. VOMS normal. BESS 6 errors.
Graduated RTP steps completed under ATC supervision ({{NAME:Kelsey Ng}}):
 Stage 2 {{DATE:9/25}}, stage 3 {{DATE:9/26}}, stage 4 {{DATE:9/27}} non-contact practice - no sx.
I have evaluated this athlete and clear him for full contact practice (stage 5) beginning {{DATE:Mon 9/30}}, and game play (stage 6) after 1 full-contact practice without symptoms.

Physician: {{NAME:Oluwaseun Adeyemi-Carter}}, MD     NJ Lic {{LICENSE:25MA09871400}}
Phone {{PHONE:609-555-0190}}    {{DATE:9/27/2024}}
Parent/guardian acknowledgment: {{NAME:Latrice Pruitt}}  ______
AT: {{NAME:K. Ng}} ATC - copy to file, copy to coach {{NAME:Gallagher}}`,
  `IMPLANT RECORD - TOTAL JOINT
Patient: {{NAME:HUANG, MEI-LING}}   MRN {{MRN:002281904}}   Acct {{ACCOUNT:V0092217751}}
Procedure: L TKA, cemented, posterior stabilized   DOS {{DATE:02/12/2025}}
Surgeon: {{NAME:Bradford Quist}}, MD   Circulator: {{NAME:Tess Ocampo}}, RN   Rep: {{NAME:Kyle}} (vendor)
Room: OR 7, {{FACILITY:Holliston Joint Center}}

Component             REF         LOT          SN
Femoral PS size 4 L   5515-F-401  KJ8822       {{DEVICE:FEM4-00918722}}
Tibial baseplate 4    5520-B-400  KJ9014       {{DEVICE:TIB4-00773105}}
Tibial insert PS 11mm 5532-G-411  KL0022       {{DEVICE:INS-11-0561893}}
Patella 32mm          5550-P-032  KH7751       --
Bone cement 40g x2    6191-1-001  MXE118       --
Tranexamic acid 1g IV given 0812. Tourniquet none.

Explant: none. Wasted: 1 insert 9mm opened in error (REF 5532-G-409, lot KL0019), SN {{DEVICE:INS-9-0561077}} - wasted, credit requested from vendor.

Registry: submitted to AJRR {{DATE:2/13/25}} by {{NAME:T. Ocampo}}.
Implant card given to pt's son {{NAME:David Huang}}. Pt age {{AGE:91}}? - NO, pt is 81; DOB {{DATE:6/8/1943}}.`,
  `From: {{NAME:Kelsey Ng}} <{{EMAIL:kng@westfieldregional.example.org}}>
To: Dr. {{NAME:Adeyemi-Carter}} <{{EMAIL:oadeyemicarter@mercerpeds.example.com}}>
Cc: {{NAME:Tom Gallagher}} <{{EMAIL:tgallagher@westfieldregional.example.org}}>
Date: {{DATE:Thu, 10 Oct 2024 16:02}}
Subject: 2 athletes - ankle + ? stress fx

Hi Dr. {{NAME:A-C}},
Two for Saturday's clinic if you have room:
1) {{NAME:Bella Sorensen}} (girls XC, sr) - R medial tibia pain x3 wks, worse w/ hills, focal TTP distal 1/3, + hop test. Menses irregular per her. Mom is {{NAME:Kristin}}, {{PHONE:609-555-0135}}. I held her from the {{FACILITY:Veterans Memorial Park}} meet.
2) {{NAME:Jaylen}} "{{NAME:JT}}" {{NAME:Thomas}} (football, so) - inversion ankle sprain {{DATE:10/8}}, Ottawa neg at the time, but still can't hop on it; swelling ant-lat + mild high-ankle sx (squeeze test +). In boot from our closet.
Both have insurance cards scanned to the shared drive, and their HIPAA/FERPA release forms are on file.
Thanks!
{{NAME:Kelsey}}
--
{{NAME:Kelsey Ng}}, MS, ATC | Head Athletic Trainer | {{FACILITY:Westfield Regional HS}} | cell {{PHONE:609-555-0172}}`,
  `VOICEMAIL TRANSCRIPT - ortho triage line (auto-transcribed, reviewed by RN)
Received: {{DATE:03/18/2024 07:41}}   From: {{PHONE:+1 218 555 0167}}
"Hi, this is uh {{NAME:Dorota Kowalczyk}}, K-O-W-A-L-C-Z-Y-K, birthday {{DATE:April twenty-second fifty-eight}}. I had the cast put on last Monday by {{NAME:Marcus}}, and the, the fingers are kind of puffy this morning and my ring is tight, my wedding ring. I took it off last night thank God. Is that normal? My daughter {{NAME:Aga}} says I should go to the emergency but I don't want to go back to {{FACILITY:St. Columba's}} if I don't have to. You can call me at home, it's {{PHONE:218-555-0167}}, or her cell {{PHONE:218-555-0193}}. Thank you, bye."

RN callback {{DATE:3/18}} 0805 - {{NAME:L. Haugen}}, RN: pt reports swelling improves w/ elevation, cap refill brisk, no numbness, pain 2/10. Cast not tight at wrist. Elevation/ice/finger ROM reviewed. Advised ED if numbness, color change, or pain out of proportion. Pt verbalized understanding. FYI to Dr. {{NAME:Feinberg}}.`,
  `ORTHOPAEDIC SURGERY CONSULT - HIP FRACTURE PATHWAY
Pt: {{NAME:Eleanor}} "{{NAME:Nell}}" {{NAME:Fairweather}}   {{AGE:94}} y/o F   MRN {{MRN:71-338-204}}
Adm {{DATE:12/27/2023}} via ED, {{FACILITY:Silver Lake Regional Hospital}}, Bed 6W-14   Requested by Dr. {{NAME:Suresh Iyer}} (hospitalist)

HPI: {{AGE:Ninety-four}} year old F from {{FACILITY:Whispering Pines Assisted Living}} on {{ADDRESS:88 Orchard Ln}}, {{LOCATION:Camden}}, found on floor of bathroom ~0300, unable to bear wt. Baseline: walker, indep ADLs, mild dementia (SLUMS 19). HCP: niece {{NAME:Carol Fairweather-Hodge}} {{PHONE:302-555-0158}}.
PMH: AF on apixaban 2.5 bid (last dose 2100 {{DATE:12/26}}), CKD3, HFpEF (EF 55% on echo {{DATE:8/2023}}), osteoporosis never treated.
Exam: R LE shortened + ER. Skin intact. DP/PT palp. Sensation intact.
Imaging: R femoral neck fx, displaced, Garden IV. Pelvis otherwise intact.

A/P: {{AGE:94}}F w/ displaced R FNF.
- Recommend R hip hemiarthroplasty, cemented, ideally within 24-48h once apixaban held ~48h (per CrCl 28)
- Fascia iliaca block by anesthesia for pain
- Geri co-mgmt; delirium precautions; FLS referral post-op
- Goals-of-care discussion w/ niece - she prefers surgery, pt agrees
Discussed w/ attending Dr. {{NAME:Milos Petrović}}.
{{NAME:Hannah Oduya}}, MD PGY-3   pager {{PHONE:4471}}   {{DATE:12/27/23}} 0650`,
  `[secure chat - ortho trauma team] {{DATE:12/28/2023}}
0612 {{NAME:Oduya H}}: bed 6W-14 {{NAME:Fairweather}} hgb 9.1 from 10.4, INR 1.2. anti-Xa apixaban level sent. NPO since MN
0614 {{NAME:Petrovic M}}: ok. board her for add-on tmrw 0730 w me. call her niece
0615 {{NAME:Oduya H}}: will do. {{NAME:Carol}} said she's coming from {{LOCATION:Dover}} at 10
0631 {{NAME:K. Stavros}} PA-C: fyi the OR desk ({{NAME:Rhonda}}) says we have to bump Mr {{NAME:Lindgren}}'s ROH (RTC/non-urgent) to get her in
0633 {{NAME:Petrovic M}}: fine, tell {{NAME:Lindgren}} sorry, redo his consent for {{DATE:1/2}}
0702 {{NAME:Oduya H}}: niece wants to know if grandson {{NAME:Ty}} can be in preop. told yes x1
0710 {{NAME:K. Stavros}} PA-C: medicine ok'd, cards said ok w/o echo. Will send ICD interrogation? - she has a dual-chamber pacer not ICD, SN {{DEVICE:PJN448201S}}, rep paged
0715 {{NAME:Petrovic M}}: perfect. cemented hemi, 28 mm head probably. thx all
0716 {{NAME:Oduya H}}: 👍
`,
  `OR SCHEDULE - ORTHO - {{FACILITY:Cedar Ridge Surgery Center}} - {{DATE:Tues 06/18/2024}}
Rm | Time | Patient               | MRN        | Age | Procedure                           | Surgeon     | Notes
4  | 0730 | {{NAME:Vasquez, Ileana}}       | {{MRN:4417-118-05}} | 47  | R CTR + trigger release MF          | {{NAME:Raman-Lowe}}  | latex allergy
4  | 0900 | {{NAME:Brandt, Ole}}           | {{MRN:4417-903-61}} | 29  | L knee scope, partial medial menisc | {{NAME:Raman-Lowe}}  | WC - {{FACILITY:Tri-County Paving}}
4  | 1045 | {{NAME:Nakagawa, Hiro}}        | {{MRN:4417-655-20}} | 62  | R RSA (reverse)                     | {{NAME:Sato}}        | SN log req, block
5  | 0730 | {{NAME:O'Rourke, Siobhán}}     | {{MRN:4417-290-48}} | 35  | L ankle lat ligament recon (Brostrom)| {{NAME:Kettering}}/{{NAME:Sato}} | interpreter? no
5  | 0930 | {{NAME:Whitlock, Ames}} "{{NAME:Buddy}}"| {{MRN:4417-001-92}} | {{AGE:90}}  | R hip ORIF removal hardware         | {{NAME:Sato}}        | {{AGE:90}} yo - anesth ok'd {{DATE:6/11}}
5  | 1200 | {{NAME:Abernathy, Cole}}       | {{MRN:4417-902-33}} | 41  | syndesmotic button check? CANCELLED | {{NAME:Raman-Lowe}}  | moved to {{DATE:6/27}} clinic
Charge RN: {{NAME:Lupe}}   Anesth: Dr. {{NAME:Weiss}}/{{NAME:Lindqvist}} CRNA   Printed 0545 by {{NAME:mdr}}`,
  `CAST ROOM LOG  {{FACILITY:Children's Ortho Clinic at Valley Medical}}  wk of {{DATE:1/8/24}}
date | pt | age | cast | tech | notes
{{DATE:1/8}} | {{NAME:Rivera, Santi}} | 7 | LAC R (supracondylar, type II s/p CRPP) | {{NAME:Marisa}} | pins out {{DATE:1/22}}
{{DATE:1/8}} | {{NAME:Begay, Kaya}} | 11 | SLC L, waterproof liner | {{NAME:DJ}} | mom {{NAME:Loretta}} paid cash for liner
{{DATE:1/9}} | {{NAME:Al-Hashimi, Yusuf}} | 4 | toddler fx LLC -> walking boot | {{NAME:Marisa}} | dad {{NAME:Omar}} {{PHONE:509-555-0116}}
{{DATE:1/9}} | {{NAME:Pham, Bao}} | 14 | thumb spica R (scaphoid waist, nondisplaced) | {{NAME:DJ}} | plays for {{FACILITY:Yakima Valley Ice}} U15 - no hockey
{{DATE:1/10}} | {{NAME:Kristiansen, Liv}} | 9 | SAC L buckle distal radius -> removable splint | {{NAME:Brent}} | school note for {{FACILITY:Robertson Elementary}}
{{DATE:1/10}} | {{NAME:Teixeira, Mateus}} | 16 | short leg walking cast R (Salter-Harris II distal fib) | {{NAME:Marisa}} | saw cut pt's L thigh skin superficially - incident rpt {{ID:IR-24-00118}}, attending aware
{{DATE:1/11}} | {{NAME:Johnson, A.}} | 2 | hip spica (DDH) | {{NAME:DJ}}/{{NAME:Brent}} | went {{FACILITY:Valley Med}} OR
cast saw blade changed {{DATE:1/10}} post-incident, oscillation checked. - {{NAME:M. Ortega}}, OTC, lead`,
  `WORK STATUS REPORT (DWC-73 style)
Injured employee: {{NAME:Ahmad Rahimi}}   DOI {{DATE:06/03/2024}}   SSN last 4: {{SSN:5521}}
Employer: {{FACILITY:Lone Star Precast Concrete}}   Employer fax {{FAX:512-555-0189}}
Carrier claim #: {{ACCOUNT:4021-LS-885530}}   Adjuster: {{NAME:Cody Pennington}}
Doctor: {{NAME:Imelda Saavedra}}, MD   {{FACILITY:Hill Country Occupational Health}}, {{ADDRESS:1500 W Anderson Ln}}, {{LOCATION:Austin}} {{ZIP:78757}}
Date of visit: {{DATE:07/08/2024}}

Dx: S46.011A strain R rotator cuff; S39.012A lumbar strain.
Work status: [ ] full duty  [X] may return with restrictions from {{DATE:7/8/24}} through {{DATE:8/5/24}}  [ ] off work
Restrictions: no overhead reaching R arm; lift/carry 20 lb max waist level; no climbing; may sit/stand as needed; 8 hr/day max. Meds: ibuprofen 600 mg tid PRN, cyclobenzaprine 5 mg qhs - no driving company vehicles (plate {{VEHICLE:LSP-4417}}) while taking.
Follow up {{DATE:8/5/24}} 1030. PT 3x/wk x 4 wk at {{FACILITY:Capitol Physical Therapy North}}.
Signature: {{NAME:I. Saavedra}} MD   TX Lic {{LICENSE:R8817}}   Delivered to employee and faxed to carrier {{DATE:7/8/24}}.`,
  `{{FACILITY:CompReview Partners}} - UTILIZATION REVIEW DETERMINATION
Date: {{DATE:02/20/2024}}    UR ref #: {{ID:UR-24-0219-6673}}
Injured worker: {{NAME:Raymond}} "{{NAME:Ray}}" {{NAME:Tsosie}}    DOI: {{DATE:09/11/2023}}    Claim: {{ACCOUNT:NM-118-440972}}
Employer: {{FACILITY:Four Corners Pipeline Services}}
Requesting provider: {{NAME:Elise Van der Berg}}, MD, {{FACILITY:High Desert Spine & Ortho}}, {{LOCATION:Farmington}} NM   fax {{FAX:505-555-0137}}

Request: L4-5 TLIF w/ instrumentation, 2 day inpatient stay.
Determination: NON-CERTIFIED.
Rationale: Records show 6 wks PT only ({{FACILITY:Animas Valley Rehab}}, {{DATE:10/2/23}} to {{DATE:11/15/23}}); no documented psych screen; MRI {{DATE:12/1/23}} shows L4-5 disc bulge w/o instability on flexion/extension films. ODG criteria for fusion not met (no spondylolisthesis > 4mm, no instability). Alternative certified: ESI x1 L4-5 TF.
Peer-to-peer: attempted {{DATE:2/19}} 1400 and {{DATE:2/20}} 0930; left msg w/ {{NAME:Carla}} at {{PHONE:505-555-0138}}.
Reviewer: {{NAME:Stanley Obuya}}, MD, orthopaedic surgery, NM lic {{LICENSE:MD2009-1147}}
Appeal rights: request IR within 45 days; attach this letter. Copy: IW at {{ADDRESS:HC 61 Box 112}}, {{LOCATION:Shiprock}} NM {{ZIP:87420}}; attorney {{NAME:J. Benally}}, Esq.`,
  `PREPARTICIPATION PHYSICAL EVALUATION - CLEARANCE FORM
Name: {{NAME:Ngozi Okeke}}   Sex: F   Age: 15   DOB {{DATE:05/17/2009}}
School: {{FACILITY:St. Agatha Academy}}   Grade 10   Sport(s): basketball, track (throws)
Exam date: {{DATE:08/03/2024}}   Examiner: {{NAME:Patricia Lund}}, PA-C   {{FACILITY:Northfield Family & Sports Medicine}}

Hx: R ankle sprain x2 (last {{DATE:Feb 2024}}), wears lace-up brace. No syncope, no chest pain w/ exertion, no FHx sudden death <50. Menarche 12. Concussion: none.
Exam: Ht 5'10" Wt 148 lb BP 112/68 HR 64. Murmur none supine/standing. Marfan screen neg (arm span/ht ratio 1.01). MSK: R ATFL laxity mild on ant drawer, SL hop 90% LSI. Beighton 3/9.
Vision 20/20 OU.

[X] Medically eligible for all sports without restriction
    with recommendations: continue ankle brace + balance program (PT handout).

Examiner sig: {{NAME:P. Lund}} PA-C   NPI {{LICENSE:1588204437}}   {{DATE:8/3/24}}
Office: {{ADDRESS:2010 Jefferson Rd}}, {{LOCATION:Northfield}} MN {{ZIP:55057}}  {{PHONE:507-555-0100}}
Parent: {{NAME:Chinwe Okeke}}   emergency contact {{PHONE:507-555-0181}}
Insurance: Medica, member {{HEALTH_PLAN:M0428817702}}`,
  `ORDER - BONE GROWTH STIMULATOR
Pt: {{NAME:Delgado-Ruiz, Ernesto}}    DOB {{DATE:8/14/1967}}    MRN {{MRN:PX-3320918}}
Dx: M84.374K stress fx, R foot, subsequent encounter w/ nonunion - 5th MT proximal diaphysis, s/p IM screw {{DATE:3/5/2024}}, persistent lucency at 6 mo CT {{DATE:9/9/2024}}.
Risk factors: smoker 1 ppd (quit {{DATE:7/2024}}?), DM2 A1c 8.4.
Device: low-intensity pulsed ultrasound, 20 min/day
Vendor: {{FACILITY:OsteoCare Direct}} - rep {{NAME:Brianne Kohl}}, {{PHONE:800-555-0164}} ext {{PHONE:31}}, {{EMAIL:bkohl@osteocaredirect.example}}
Unit serial (assigned at fitting {{DATE:10/1/24}}): {{DEVICE:LP2-071984-US}}
Payer: UnitedHealthcare, ID {{HEALTH_PLAN:982117304-01}}; PA submitted {{DATE:9/23}}, auth {{ID:A9183320045}} approved {{DATE:9/27}}.
Patient address for shipping: {{ADDRESS:77 Cottonwood Ct}}, {{LOCATION:Las Cruces}}, NM {{ZIP:88011}}
Pt works as roofer for {{FACILITY:Mesilla Roofing & Sheet Metal}} - not WC (injury not work related per pt).
Ordering: Dr. {{NAME:Sung-min Yoon}}   {{FACILITY:Organ Mountain Orthopaedics}}
Note by {{NAME:B. Castañeda}}, MA {{DATE:10/01/2024}}`,
  `DELIVERY TICKET / PROOF OF DELIVERY
{{FACILITY:Heartland Rehab Equipment}} - {{ADDRESS:4600 S 48th St}}, {{LOCATION:Lincoln}}, NE {{ZIP:68516}} - {{PHONE:402-555-0106}}
Ticket {{ID:DT-771204}}   Cust acct {{ACCOUNT:HR-00418832}}
Deliver to: {{NAME:Hollenbeck, Gerald}}  {{ADDRESS:Rural Route 2, Box 48}}, {{LOCATION:Crete}} NE {{ZIP:68333}}
Phone {{PHONE:402-555-0114}}   alt (son {{NAME:Trevor}}) {{PHONE:402-555-0129}}
Delivery date: {{DATE:03/19/2024}}  Driver: {{NAME:Mike S.}}  Truck 7
Item: CPM knee, E0935, rental 21 days    Model KneeMotion 2X   Serial {{DEVICE:KM2X-004417}}
Set: 0-60 deg, speed 3, 6 hr/day; advance 5-10 deg/day per Dr. {{NAME:Lamb}}'s order as tolerated
Item: cold therapy unit w/ knee pad, E0218 (purchase) Serial {{DEVICE:CT-88-1052230}}
Instructed: pt + wife {{NAME:Arlene}}. Pt demonstrated correct placement. Power ok, grounded outlet in den.
Dx: Z96.652 s/p L TKA {{DATE:3/18/24}} at {{FACILITY:Saline County Regional}}
Pickup scheduled {{DATE:4/9}}.
Pt sig: {{NAME:G. Hollenbeck}}       Driver sig: {{NAME:MS}}`,
  `HOME HEALTH PT - VISIT NOTE
Agency: {{FACILITY:Big Horn Home Health}}   Pt: {{NAME:Arvid Lindholm}}   {{AGE:92}}yo M   Visit {{DATE:5/7/24}} 1310-1405
Address: {{ADDRESS:1142 County Rd 14}}, {{LOCATION:Lovell}} WY {{ZIP:82431}} (gravel drive, dog "Bo" - friendly)
Dx: s/p R hip IMN for intertrochanteric fx {{DATE:4/19/24}} ({{FACILITY:North Big Horn Hospital}}), WBAT.

S: "Legs are stiff in the morning." Daughter-in-law {{NAME:Gretchen}} stays weekdays. Denies falls. Pain 3/10 w/ walking, APAP 650 q6.
O: BP 128/70 HR 72 SpO2 95% RA. Amb 80 ft FWW CGA, antalgic, decreased R stance. TUG 24 sec. Sit-stand from recliner w/ armrests min A x1 on first attempt, SBA thereafter. Stairs: 3 steps front porch w/ L rail, step-to, CGA.
Tinetti 15/28 (high fall risk). Home: throw rugs removed since last visit; shower chair + grab bar installed by grandson {{NAME:Erik}}.
Tx: gait training, HEP (glut sets, LAQ, heel raises, standing hip abd), transfer training.
A: slow progress, fall risk high.
P: 2w3. Coordinate w/ OT ({{NAME:Shay}}) for tub bench. Update Dr. {{NAME:Ochoa}}'s office {{PHONE:307-555-0141}}.
Next visit {{DATE:5/9}}.
{{NAME:Dana Whitehorse}}, PT`,
  `SNF REHAB - WEEKLY PROGRESS NOTE (PT/OT)
Facility: {{FACILITY:Maple Grove Health & Rehabilitation}}  Unit: {{FACILITY:Birchwood 2}}  Rm 214-B
Resident: {{NAME:Pasquale}} "{{NAME:Pat}}" {{NAME:DiNardo}}   age {{AGE:97}}   Adm {{DATE:07/02/2024}}   Medicare A day 16
MRN {{MRN:MG-00031872}}   MBI {{HEALTH_PLAN:2TY7-QW1-HN43}}
Week of {{DATE:7/15 - 7/19}}

PT: R hip hemi (post fall at home in {{LOCATION:Scranton}}), WBAT. Amb 150 ft RW min A -> CGA. Stairs 4 w/ rail. BERG 31/56. Goal: SBA 200 ft, return home w/ son.
OT: LB dressing mod A w/ reacher/sock aid; toileting CGA; tub transfer not yet trialed. Hip precautions (posterior) - pt recalls 2/3. Cognition: BIMS 12.
Family: son {{NAME:Anthony DiNardo}} ({{PHONE:570-555-0102}}) and grandson {{NAME:Nicky}} attended care conf {{DATE:7/17}}. Home has 3 steps, 1st floor bedroom; they will install rail - contractor {{FACILITY:Lackawanna Home Access}}.
Est d/c {{DATE:8/1/24}} to home w/ {{FACILITY:Keystone Visiting Nurses}} HHPT.
{{AGE:Ninety-seven}} is old but he is motivated - "I walked to mass at {{FACILITY:St. Lucy's}} every day, I'll do it again."
{{NAME:R. Mahmoud}}, DPT / {{NAME:C. Yang}}, OTR/L   reviewed with Dr {{NAME:Feld}}`,
  `TELEHEALTH PT FOLLOW-UP (video)
Pt: {{NAME:Sundaram, Lakshmi}}   DOB {{DATE:1980-11-09}}   MRN {{MRN:E-5528194}}
Date/time: {{DATE:2024-04-16 17:30}}   Platform: clinic video, session {{ID:VS-9f3a21c7}}
Pt location: home, {{LOCATION:Cary}} NC (confirmed). PT location: {{FACILITY:Triangle Spine & Sport PT}}, {{LOCATION:Raleigh}}.
Connection log: client IP {{IP:198.51.100.47}}, drop x1 at 17:41, reconnected from {{IP:198.51.100.52}} (phone hotspot).
Consent for telehealth on file {{DATE:3/2/24}}.

S: chronic L lateral epicondylalgia, software engineer at {{FACILITY:Brightwater Analytics}}. Pain 4/10 w/ mouse use, 1/10 rest. PRTEE 38 (was 52).
O (observed/self-report): grip pain-free reported at "about half"; performed Tyler twist w/ red FlexBar x 3x15 with good form; wrist ext eccentrics 2# 3x15. Cozen's self-test mildly +.
A: improving, on track.
P: progress to green FlexBar; ergonomic changes (vertical mouse). 2 more video visits then in-clinic re-eval {{DATE:May 14}}.
Portal msg w/ HEP link sent: {{URL:https://portal.trianglespinesport.example/hep/LS-80194}}
{{NAME:Amir Haddad}}, PT, DPT, OCS`,
  `PROSTHETIC EVALUATION
{{FACILITY:Cumberland Orthotics & Prosthetics}}   {{ADDRESS:310 Broad St, Unit C}}, {{LOCATION:Kingsport}} TN {{ZIP:37660}}
Pt: {{NAME:Hargis, Wendell Lee}}   DOB {{DATE:10/28/1961}}   Date {{DATE:6-Mar-2024}}
Referring: Dr {{NAME:Priyanka Bose}} (vasc surg)    Ins: TennCare, member {{HEALTH_PLAN:TC-7780031952}}
Dx: R transtibial amputation {{DATE:11/30/2023}}, PVD/DM2. Residual limb 14 cm from MTP... (from medial tibial plateau) well healed, conical, mild distal edema, no invagination.
K-level: K2 now, K3 potential (walks to mailbox + church, {{FACILITY:Bethel Freewill Baptist}}, wants to mow).
Current: preparatory socket, TSB w/ pin-lock liner, SACH foot. Volume fluctuation - wearing 5-7 ply socks PM.
Plan: definitive socket, elevated vacuum suspension trial, dynamic response foot (K3 L-code justification letter to follow), new liner size 26.
Prosthesis serials (current prep): pylon {{DEVICE:PY30-114992}}, foot {{DEVICE:SF-2273018}}.
Pt's wife {{NAME:Juanita}} assists donning. Drives: L foot, automatic truck, plate {{VEHICLE:TN 6K8-29C}}.
{{NAME:Beau Mullins}}, CPO   ABC cert {{LICENSE:CP-041977}}   f/u {{DATE:3/27}} 10:00`,
  `INPATIENT REHAB - INTERDISCIPLINARY TEAM CONFERENCE
{{FACILITY:Rocky Mountain Rehabilitation Institute}} - {{FACILITY:Hartwell 4}} SCI unit
Pt: {{NAME:Calloway, Jesse}}   26M   MRN {{MRN:RMRI-660213}}   Adm {{DATE:8/29/2024}}   Conf {{DATE:09/10/2024}}
Dx: C6 AIS B SCI s/p mountain bike crash near {{LOCATION:Salida}} {{DATE:8/17/24}}, C5-6 ACDF at {{FACILITY:St. Vrain Trauma Center}} {{DATE:8/18/24}}.
Attending: Dr. {{NAME:Noemi Abernathy-Clarke}} (PM&R)
PT ({{NAME:Luke}}): rolling mod A, supine-sit max A, slide board w/ max A x2. Manual w/c 50 ft w/ pegged rims.
OT ({{NAME:Farah}}): tenodesis emerging R, universal cuff for feeding, UE dressing mod A.
SLP: n/a. RN ({{NAME:Marguerite}}): bowel program qhs, IC q4-6h, skin intact, orthostatic w/ abdominal binder helped.
Psych (Dr. {{NAME:Hsu}}): adjustment, sleeping poorly; girlfriend {{NAME:Sierra Dunn}} and father {{NAME:Wade Calloway}} involved.
SW ({{NAME:Tomasz}}): pt employed at {{FACILITY:Arkansas Valley Outfitters}}; has employer BCBS plan (ID {{HEALTH_PLAN:XWB448901223}}); apartment in {{LOCATION:Buena Vista}} not accessible - exploring move to dad's in {{LOCATION:Cañon City}}.
Goals/ELOS: mod I power w/c, min A transfers; ELOS {{DATE:10/18/24}}. Power chair eval w/ vendor next wk.`,
  `PEDIATRIC ORTHO CONSULT - ED
{{FACILITY:Valley Children's Pavilion}} ED   {{DATE:05/26/2024 19:14}}
Pt: {{NAME:Rivera, Santiago}} "{{NAME:Santi}}"   7yo M   MRN {{MRN:VCP-2217493}}
Called by: Dr. {{NAME:Lowry}} (PEM)   Consultant: {{NAME:Jae Kim}}, MD (PGY-4) / attending Dr. {{NAME:Okwuosa}}

HPI: fell from monkey bars at {{FACILITY:Garfield Park}} ~1730, L arm... (correction: R arm). Mom {{NAME:Yesenia Rivera}} at bedside, Spanish-speaking, interpreter {{NAME:Héctor}} (ID {{ID:INT-3318}}) via video.
Exam: R elbow swollen, S-shaped deformity, no open wound. Radial pulse palpable, hand pink, CR <2s. AIN: OK sign intact. PIN: thumb ext intact. Ulnar: crossed fingers ok. Sensation intact all distributions.
XR: R supracondylar humerus fx, Gartland II (anterior humeral line anterior to capitellum, posterior hinge intact). No medial comminution. Baumann angle 72.

Plan: CRPP in AM (NPO after MN), splint at 60 deg, elevate, neuro checks q2h.
Consent obtained from mother w/ interpreter. Dad {{NAME:Julio}} on phone {{PHONE:559-555-0119}}.
Pt attends {{FACILITY:Lincoln Elementary}} 2nd grade - school note given.
{{NAME:JK}}/{{NAME:ok}}`,
  `SCOLIOSIS CLINIC NOTE - {{FACILITY:Lakeview Pediatric Spine Center}}
Pt: {{NAME:Fatima Zahra Benali}}   12 y 4 m   DOB {{DATE:2011-10-02}}   MRN {{MRN:LPS-0099412}}
Visit {{DATE:02/13/2024}}   Provider: {{NAME:Gideon Marsh}}, MD; NP {{NAME:Aoife Kilbride}}
Accompanied by: mother {{NAME:Samira}} and aunt ({{NAME:Khadija}}). Arabic interpreter declined, family prefers English/French.

Hx: AIS dx {{DATE:8/2023}} on school screening at {{FACILITY:Jefferson Middle School}}. Brace (TLSO, Boston-type) since {{DATE:10/5/23}}, prescribed 18 hr/day. Sensor-logged wear: avg 14.2 hr/day (temp sensor SN {{DEVICE:OTM-22-40981}}, download {{DATE:2/12}}).
Menarche not yet. Risser 0, triradiate open.
Exam: Adams fwd bend R thoracic rib hump, scoliometer 9 deg. Shoulders level. Neuro intact, abd reflexes symmetric.
XR in brace: R thoracic T6-T12 Cobb 21 (out of brace 32 on {{DATE:10/1/23}}). L lumbar 18.

A/P: AIS, good in-brace correction, wear time suboptimal.
- motivational talk; pt wants to keep dancing at {{FACILITY:Studio Étoile}} - may remove brace for class (2 hr) if total >= 18
- new brace pads by orthotist {{NAME:Reggie Pham}} at {{FACILITY:Lakeview O&P}}
- RTC 4 mo w/ standing XR.
Letter for school nurse (Ms. {{NAME:Ortiz}}) to allow brace breaks in nurse's office.
{{NAME:GM}}/{{NAME:ak}}`,
  `RUNNING GAIT ANALYSIS - SUMMARY
{{FACILITY:Stride Lab at Pioneer Valley Sports Medicine}}
Runner: {{NAME:Colm Ó Briain}}   Age 38   DOB {{DATE:12.07.1985}}   Date: {{DATE:3 April 2024}}
Referred by self; club: {{FACILITY:Hampshire Harriers RC}}. Goal race: marathon in {{LOCATION:Hartford}} this fall (BQ attempt).
Complaint: R lateral knee pain at mile 6+ x 2 mo, ITBS pattern. Ober + R. Noble compression +.
Treadmill 3D capture @ 8:30/mi (7.0 mph): cadence 158 spm, R contralateral pelvic drop 8 deg (L 4), R knee adduction moment high, overstriding w/ heel strike, crossover gait.
Shoes: neutral trainer 9 mm drop, ~420 mi on them (per his run log - shared at {{URL:https://runlog.example.net/athletes/5518207}}).
Recs:
 1. cadence +5-7% (165-168) with metronome
 2. hip abductor/ER strengthening: side plank, single-leg RDL, lateral band walks
 3. replace shoes; gradual mileage return 10%/wk
 4. f/u with Dr. {{NAME:Pereira-Santos}} in 4 wk
Data files: {{ID:GA-2024-0411-OB}} stored on lab server {{IP:203.0.113.18}}.
Analyst: {{NAME:Kenji Watanabe}}, PT, CSCS  {{EMAIL:kwatanabe@pvsportsmed.example.org}}`,
  `MEDICAL TENT LOG - {{FACILITY:Mississippi River Lakes Marathon}} - Tent B (mile 26)  {{DATE:10/6/2024}}
time | bib | name | age | complaint | tx | dispo | staff
0932 | 4417 | {{NAME:Hollander, Ruth}} | 58 | cramps calves | stretch, PO fluids | released 0955 | {{NAME:JB}}
1011 | 10288 | {{NAME:Mbatha, Sipho}} | 31 | R ankle inv sprain mi 22 | ice, compress, Ottawa neg | released w/ crutches | {{NAME:AC}}
1040 | 812 | {{NAME:Lindgren-Ode, Kari}} | 44 | syncope at finish, T 38.9 rectal | ice tub, Na 133 istat | to {{FACILITY:Lakeside Methodist}} via {{FACILITY:Metro Star EMS}} | Dr. {{NAME:T}}
1102 | 15520 | "{{NAME:Big Mike}}" {{NAME:Ostrowski}} | 61 | chest tightness | ECG, ASA 324 | EMS Medic 12 -> ED | Dr. {{NAME:T}}
1130 | 2209 | {{NAME:Nguyen Thi Hoa}} | 27 | blistered heel, toenail | drain/dress | released | {{NAME:SK}}
1205 | 19004 | {{NAME:Abernethy, Stu}} | {{AGE:90}} | fatigue, dizzy | orthostatics +, PO 750 mL | released w/ daughter {{NAME:Jo}} | {{NAME:AC}}
(runner age {{AGE:90}} confirmed w/ race ID - oldest finisher)
Tent lead: {{NAME:Tamara Eklund}}, MD   cell {{PHONE:651-555-0150}}   radio ch 4
Lost & found: phone + keys of runner {{NAME:Mbatha}} - given to his partner {{NAME:Lwazi}}.`,
  `SKI PATROL INCIDENT REPORT -> copy sent w/ pt to clinic
Area: {{FACILITY:Black Spruce Ridge Ski Area}}, near {{LOCATION:Wausau}} WI    Incident # {{ID:BSR-2324-0188}}
Date: {{DATE:01/20/2024}}   Time of call 1422   Run: Lower Cliffhanger (black), near lift tower 9
Patient: {{NAME:Abernathy-Soto, Linnea}}   DOB {{DATE:3/3/1996}}   Home: {{ADDRESS:2711 E Kenwood Blvd, Apt 3}}, {{LOCATION:Milwaukee}} {{ZIP:53211}}
Phone {{PHONE:414-555-0175}}   Season pass # {{ID:SP-73319}}
Equipment: own skis, bindings DIN 6.5. Helmet yes.
Mechanism: "phantom foot" - fell backward, tail of L ski levered knee, felt pop. Unable to ski down.
Patroller: {{NAME:Beckett Hale}} (OEC tech), assist {{NAME:Ana}}. Toboggan to base; vacuum splint, vitals stable, distal CMS intact.
Transferred by friend {{NAME:Jonah Weiss}} in private vehicle, plate {{VEHICLE:WI ABK-7715}}, to {{FACILITY:Marathon County Urgent Ortho}}.
---
Clinic addendum {{DATE:1/20/24}} 1640 ({{NAME:R. Vukovic}}, PA-C): L knee effusion 2+, Lachman grade 2B, pivot shift not tolerated, McMurray equivocal, MCL stable at 0 and 30. XR neg for Segond or tibial spine avulsion. Likely ACL tear. Knee immobilizer, crutches, MRI ordered. Return to {{LOCATION:Milwaukee}} - will f/u with {{FACILITY:Lakefront Sports Orthopedics}} (Dr. {{NAME:Iqbal}}). Records faxed to {{FAX:414-555-0190}}.`,
  `RODEO SPORTS MEDICINE - EVENT TREATMENT LOG
Event: {{FACILITY:Cheyenne Valley Stampede}} pro-sanctioned, perf 3 - {{DATE:Sat 7/27}}
Sports med trailer: {{NAME:Dusty Kincaid}}, ATC; {{NAME:Marisa Yellowhorse}}, ATC; Dr. {{NAME:Lyle Brandvold}} (on call)

1. {{NAME:Tate Rasmussen}} (bareback, 24) - R shoulder ant dislocation on dismount, reduced in trailer (Cunningham technique) 2110, post-red neuro intact incl axillary. Sling. Wants to ride {{LOCATION:Ogden}} next wk - advised no; f/u {{FACILITY:Front Range Shoulder}}. Cell {{PHONE:307-555-0157}}.
2. {{NAME:Raúl}} "{{NAME:Flaco}}" {{NAME:Ybarra}} (bull rider, 29) - stepped on, L chest wall; ribs TTP 7-8, no crepitus, SpO2 98, lungs clear. To {{FACILITY:Laramie County Memorial}} for CXR via private vehicle driven by wife {{NAME:Lucía}}.
3. {{NAME:Kasey Jo Pruett}} (barrel racer, 19) - L knee hyperext vs fence, ligaments stable, ice/wrap. rodeo assoc. card # {{ID:WPRA-118340}}.
4. Clown/bullfighter "{{NAME:Smokey}}" ({{NAME:Duane Pickett}}) - R hand lac 2 cm, steri + tetanus status up to date per him (last 2021? he thinks).
Horse/stock vet calls not recorded here.
Forms faxed to the association's sports med program {{DATE:7/28/24}}. - {{NAME:DK}}`,
  `{{FACILITY:Northern Plains University}} ATHLETICS - WEEKLY INJURY REPORT (coaches' copy, MINIMUM NECESSARY)
Week ending {{DATE:Fri 11/15/24}}     Prepared by {{NAME:Sam Oyelowo}}, MS, ATC (Asst AT)

Athlete              Sport   Injury                           Status            Exp return
{{NAME:Halvorsen, Erik}}     MBB     R ankle sprain gr II              OUT               {{DATE:11/22}}
{{NAME:Okonjo, Adaeze}}      WBB     L patellar tendinopathy           LIMITED (no jump) day to day
{{NAME:Gutierrez, Mateo}}    WRE     R elbow MCL sprain                OUT               TBD, MRI {{DATE:11/18}}
{{NAME:McAllister, Bree}}    VB      concussion {{DATE:11/11}}               OUT (protocol step 3) -
{{NAME:Al-Sayed, Omar}}      MSW     L hamstring strain gr I            LIMITED           {{DATE:11/19}}
{{NAME:Tuilagi, Sione}}      FB      R shoulder - post Bankart {{DATE:3/5}}  FULL              cleared {{DATE:11/12}}
"{{NAME:Pip}}" {{NAME:Whitaker}}      WXC     R 2nd MT stress rxn                OUT, boot         {{DATE:12/6}}

Notes: {{NAME:Halvorsen}} to see Dr. {{NAME:Faulkner}} at {{FACILITY:Dakota Bone & Joint}} {{DATE:11/18}}. {{NAME:Okonjo}} - PRP discussion deferred until after season. Coaches call x{{PHONE:4417}} w/ Qs, not the athletes' families.
Head AT: {{NAME:Lorna Fitzpatrick}}, ATC, LAT  ND lic {{LICENSE:AT-00312}}`,
  `DANCE MEDICINE CLINIC - PROGRESS NOTE
{{FACILITY:Performing Arts Medicine Program at Alder Square Clinic}}
Dancer: {{NAME:Anastasia Volkova-Reid}}    DOB {{DATE:04/04/2003}}    Visit {{DATE:Jan 22 2025}}
Company: {{FACILITY:Cascadia Ballet Theatre}} (corps), company PT liaison {{NAME:Giulia Ferrante}}, DPT
Provider: {{NAME:Nathaniel Osei-Bonsu}}, MD (sports med)

Interval: L posterior ankle impingement (os trigonum) - 6 wk conservative. Pain w/ grand plié in releve and pointe work; rehearsing Nutcracker run ended {{DATE:12/29}}. Now rehearsing for spring rep; company director (Mr. {{NAME:Delacroix}}) asking for timeline.
Exam: forced PF test + L, FHL tenosynovitis signs mild (pain w/ resisted hallux flexion). Ankle stable. Tinel neg.
US-guided injection posterior ankle {{DATE:12/2}} (methylpred 40 mg + lido 1%) - ~60% better x 4 wks.
Plan:
- discussed arthroscopic os trigonum excision w/ Dr. {{NAME:Mariko Sato}} ({{FACILITY:Pacific Foot & Ankle Institute}}) vs continued mod; dancer prefers surgery in summer layoff (~{{DATE:6/15/25}}).
- modify: no pointe en dehors turns, barre OK, flat work OK.
- company PT: FHL eccentric, intrinsic foot, proprioception.
Workers' comp (company is employer): claim {{ACCOUNT:WA-LNI-BX44718}}, L&I provider # for this clinic on file.
F/u 6 wk. Note to {{NAME:Giulia}} via {{EMAIL:gferrante@cascadiaballet.example.org}}.
{{NAME:NOB}}`,
  `WC NURSE CASE MANAGEMENT NOTE
{{FACILITY:Pinnacle Case Management}}   NCM: {{NAME:Rosalind Achterberg}}, RN, CCM   {{PHONE:614-555-0147}}
Claimant: {{NAME:Donnell Whitfield}}   Claim {{ACCOUNT:OH-BWC-24-7718203}}   DOI {{DATE:3/14/2024}}
Employer: {{FACILITY:Buckeye Cold Storage}} (forklift operator)   Contact {{NAME:Jan Pryor}} (HR)
Dx: L distal biceps tendon rupture, s/p repair {{DATE:3/22/24}} (cortical button) by Dr {{NAME:Emeka Obi}}, {{FACILITY:Scioto Orthopaedic Surgeons}}.

{{DATE:06/10/2024}} - Attended MD appt w/ claimant. ROM elbow 5-140, supination 75. No resisted lifting yet. Dr states light duty ok: 10 lb L, 1-hand tasks, no forklift (safety - needs both hands?) - actually ok to drive forklift per MD if no loading by hand. Employer has light duty in dispatch office; RTW target {{DATE:6/17/24}}.
Barriers: claimant has no car since {{DATE:5/30}} (repossessed, per him); lives {{ADDRESS:2240 Sullivant Ave}}, {{LOCATION:Columbus}} {{ZIP:43204}}; bus line 10 ok. Mentioned low mood, PHQ-2 = 3 -> referred to EAP.
PT: {{FACILITY:Hilltop Rehab Partners}} 2x/wk, 14 visits used of 24 authorized (auth {{ID:C-0062291}}).
Next: phone f/u {{DATE:6/18}}; update adjuster {{NAME:Phil Monteiro}} ({{EMAIL:pmonteiro@midstatecomp.example}}).
-{{NAME:RA}}`,
  `FUNCTIONAL CAPACITY EVALUATION - SUMMARY PAGE
Evaluee: {{NAME:Yolanda Mae Pettigrew}}   DOB {{DATE:09/09/1972}}   Claim {{ACCOUNT:GA-WC-2023-551902}}
Dates tested: {{DATE:04/01/2024}} and {{DATE:04/02/2024}}   Evaluator: {{NAME:Theo Brannigan}}, PT, CEAS
Site: {{FACILITY:Peachtree Work Performance Center}}, {{ADDRESS:3100 Presidential Pkwy, Ste 200}}, {{LOCATION:Atlanta}} GA {{ZIP:30340}}
Referral: Dr. {{NAME:Farida Khoury}}   Job: production associate, {{FACILITY:Dixie Plastics Molding}} (DOT: medium)
Dx: R CTS s/p CTR {{DATE:10/2023}}; R lat epicondylalgia.

Effort/consistency: 19 of 20 validity criteria met; CV grip < 15%; Jamar 5-position bell curve present -> full effort.
Results:
- floor-waist lift 35 lb occasional (job req 50)
- waist-shoulder 25 lb occ; carry 30 lb bilat 50 ft
- grip R 48 lb / L 71 lb (Jamar pos 2); pinch R 11 / L 16
- sustained overhead reach: frequent; fine manipulation (Purdue) below 10th %ile R
Overall: LIGHT-MEDIUM PDC. Does not currently meet job demands.
Recs: work conditioning 4 wk then re-test; consider alternate position.
Report faxed to carrier + {{FAX:404-555-0155}} (Dr. {{NAME:Khoury}}) {{DATE:4/5/24}}. Evaluee copy mailed to {{ADDRESS:816 Glenwood Ave SE}}, {{LOCATION:Atlanta}} {{ZIP:30316}}.`,
  `work hardening - daily flowsheet
{{FACILITY:Peachtree Work Performance Center}}   client: {{NAME:Pettigrew, Y.}}   day 7 of 20   {{DATE:4/24}}
arrival 0758 (on time). BP 124/80. pain R elbow 3/10 start.
circuit (4 hr program):
  - crate lift floor-waist 30# x 10 reps x 3 (up from 25#)
  - simulated press station (her job): 45 min, 2 micro-breaks
  - pegboard/bolt assembly 20 min
  - UBE 10 min level 4
  - grip: putty green 5 min, wrist roller 2#
  - treadmill 15 min 3.0 mph
behavior: motivated. talked about daughter {{NAME:Kiara}}'s graduation at {{FACILITY:Fulton Metro University}} next month
eod pain 4/10 - iced.
note: employer contact Mr. {{NAME:Hollis Greer}} called asking if she can start back {{DATE:5/13}} - told him we need to finish re-test {{DATE:5/10}} and MD decides; no clinical details shared (no release for employer on file - {{NAME:TB}} to check).
staff {{NAME:J. Alvarado}}, ATC / {{NAME:T. Brannigan}}, PT`,
  `{{FACILITY:MORGAN, PELLETIER & ASSOCIATES}}
Attorneys at Law - {{ADDRESS:55 Court Street, Suite 900}} - {{LOCATION:Hartford}}, CT {{ZIP:06103}}
Tel {{PHONE:860-555-0133}} | Fax {{FAX:860-555-0134}} | {{URL:www.morganpelletier-law.example.com}}

{{DATE:May 2, 2024}}

VIA FAX to {{FACILITY:Connecticut River Orthopaedics}}, Medical Records, {{FAX:860-555-0178}}

Re: Our client {{NAME:Stephanie A. Kowalski}}    DOB {{DATE:11/15/1984}}
    Date of loss: {{DATE:12/09/2023}} (MVC, {{ADDRESS:I-91 N near exit 29}})
    Your pt acct: {{ACCOUNT:CRO-0447120}}

Dear Records Custodian:
Please provide complete certified copies of records and itemized billing for the above from {{DATE:12/09/2023}} to present, including: office notes of Dr. {{NAME:Benedict Ashworth}}, operative report for L tibial plateau ORIF ({{DATE:12/12/23}}), PT notes from your {{FACILITY:Wethersfield}} location, and all imaging (CD acceptable). Signed HIPAA authorization enclosed (exp. {{DATE:5/2/2025}}).
We will remit reasonable copy charges per statute. Please reference our file no. {{ID:MPA-23-1187}}.

Very truly yours,
{{NAME:Renata Pelletier}}, Esq.
paralegal: {{NAME:Kwame Asante}}   {{EMAIL:kasante@morganpelletier-law.example.com}}
{{NAME:RP}}/{{NAME:ka}}   enc.`,
  `FAX COVER SHEET
{{FACILITY:Sioux Valley Orthopedic Clinic}} - Medical Records
{{ADDRESS:1600 W 22nd St}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57105}}
Phone {{PHONE:605-555-0122}}   Fax {{FAX:605-555-0123}}

Date: {{DATE:08/08/24}}     Pages (incl cover): 14
To: Dr. {{NAME:Marguerite Olufemi}}, attn nurse {{NAME:Tracy}}, {{FACILITY:Brookings Family Medicine}}  Fax: {{FAX:605-555-0159}}
From: {{NAME:Janelle Fiedler}}, HIM tech
Re: pt {{NAME:Jorgensen, Leif}}   DOB {{DATE:02-14-1949}}   MRN {{MRN:SVO-118274}}

Contents: clinic notes {{DATE:6/3/24}}, {{DATE:7/1/24}}; op note R RTC repair {{DATE:6/12/24}}; PT progress {{DATE:7/30/24}}; work note.
Requested by pt on {{DATE:8/7}} for his PCP.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you have received this in error, notify sender at the number above and destroy all copies. Re-disclosure prohibited (45 CFR 164).
Sent by: {{NAME:JF}}   Confirm rec'd? Y / N`,
  `PHONE MESSAGES - {{FACILITY:Ridgeview Orthopaedic Associates}} - front desk - {{DATE:Mon 4/8}}
0812  Mrs. {{NAME:Abara}} (mom of {{NAME:Chidi Abara}}, DOB {{DATE:3/1/12}}) - cast itchy, coat hanger?? -> told NO, call back to RN. cb {{PHONE:316-555-0104}}   -{{NAME:kp}}
0839  {{NAME:Harlan Voss}} - wants refill tramadol 50, last filled {{DATE:3/25}} at {{FACILITY:Rock Road Drug}}. To Dr. {{NAME:Nnamdi}}'s box. -{{NAME:kp}}
0902  {{FACILITY:Midwest Comp Services}} adjuster {{NAME:Lacey Dorn}} re: claimant {{NAME:Juan Pablo Ortega}}, claim {{ACCOUNT:KS-4471-09982}}, needs work status from {{DATE:4/4}} visit, fax {{FAX:316-555-0197}}. -{{NAME:kp}}
0930  {{NAME:Bettye Washington}}, {{AGE:93}}, daughter {{NAME:Gloria}} calling - walker rubbed, skin tear? Wants sooner appt than {{DATE:4/22}}. Put on {{DATE:4/10}} 1:15 w/ PA {{NAME:Soto}}. -{{NAME:mw}}
1015  Rep from {{FACILITY:Prairie DME}}: CMN for {{NAME:Voss}}' TENS needs MD sig. TENS SN {{DEVICE:TN-5503-1187}}. -{{NAME:mw}}
1100  Coach {{NAME:Reynolds}} @ {{FACILITY:Harvey Creek HS}} - asking about athlete {{NAME:Brayden}}; no release on file, did not discuss. -{{NAME:mw}}
`,
  `PHARMACY CALLBACK - post-op meds
{{DATE:11/19/2024}} 1422   Caller: {{NAME:Deepa}}, RPh, {{FACILITY:Walnut Street Apothecary}} {{PHONE:(812) 555-0115}}
Pt: {{NAME:Lowenstein, Miriam}}   DOB {{DATE:06/30/1955}}   s/p R THA {{DATE:11/18/24}} anterior approach, Dr. {{NAME:Adebayo Fasanmi}}
Issue: Rx for oxycodone 5 mg q4h prn #30 AND tramadol 50 mg q6h prn #20 both sent - duplicate opioid therapy flag; also enoxaparin 40 mg daily x 35d vs aspirin 81 bid - which one? Pt told pharmacist she was told "baby aspirin".
Checked chart: d/c med rec says ASA 81 bid x 35 days (VTE ppx per hip protocol); enoxaparin order was from the pre-op set, should have been cancelled. Tramadol was intended as step-down after oxycodone.
Called back {{DATE:11/19}} 1440: cancel enoxaparin; fill oxycodone #30 and hold tramadol (pt can request later). Also pt needs celecoxib 200 mg daily x 14 d - confirmed w/ her no sulfa allergy.
PDMP checked: no other opioid Rx in 12 mo.
Spoke also with husband {{NAME:Saul}} at home {{PHONE:812-555-0160}}; confirmed pickup.
{{NAME:Gwen Oduya}}, PA-C for Dr. {{NAME:Fasanmi}}   DEA on file (not included here)   -{{NAME:go}}`,
  `CLINIC NOTE - interpreter-assisted (Somali, in person)
{{FACILITY:Seward Commons Community Clinic}} ortho outreach   {{DATE:March 5th, 2024}}
Pt: {{NAME:Hodan Abdi Warsame}}   DOB {{DATE:01/01/1976}} (per documents)   MRN {{MRN:CRC-557201}}
Interpreter: {{NAME:Abdirahman Yusuf}} (ID {{ID:MN-INT-20418}}), {{FACILITY:Language Bridge Services}}
Provider: {{NAME:Sophie Lindahl}}, NP (ortho)

CC: bilat knee pain x 2 yrs, L>R, worse on stairs to 4th floor apt at {{ADDRESS:1515 S 4th St, #412}} ({{LOCATION:Minneapolis}} {{ZIP:55454}}), elevator often broken. Prayer positions (sujood) painful. Works as home health aide for {{FACILITY:Hooyo Care LLC}}.
Exam: BMI 36. L knee crepitus, medial joint line TTP, small effusion, ROM 5-110. R 0-120. Varus alignment. McMurray neg bilat. Stable ligaments.
XR: KL grade 3 medial L, grade 2 R.
Plan: PT (quad strengthening, pool if available - {{FACILITY:Franklin Avenue Rec Center}} has women-only swim hours, pt interested); topical diclofenac 1% qid; CSI L knee offered - pt wants to discuss w/ husband {{NAME:Mohamed}}; weight mgmt referral; letter to landlord ({{FACILITY:Tower Hill Apartments}} mgmt) re: elevator.
Return 6 wk. Pt's daughter {{NAME:Ifrah}} (18) can text reminders: {{PHONE:612-555-0172}}.`,
  `ORTHO TRAUMA H&P - LEVEL 2 ACTIVATION
{{FACILITY:Tri-Rivers Medical Center}}   Arrival {{DATE:07/04/2024 23:48}}   Trauma name: {{NAME:TANGO, KILO}} -> identified {{DATE:7/5}} 0130 as {{NAME:Brodie Castellanos}}
MRN (temp) {{MRN:TR-T00918}} -> merged {{MRN:TR-4429017}}

HPI: 23 yo M, motorcycle vs guardrail on {{ADDRESS:State Route 7 near mile marker 112}}, ~35 mph, helmeted. {{FACILITY:Gallia County EMS}} Medic 3. GCS 15 on scene. Obvious R leg deformity with open wound.
Police: Trooper {{NAME:K. Vance}}, report # {{ID:OSP-24-118803}}. Motorcycle: 2019 Kawasaki, plate {{VEHICLE:OH MC 4R8T}}, VIN {{VEHICLE:JKAZXCG14KA047713}} (towed by {{FACILITY:Pomeroy Towing}}).
PMH none. NKDA. Last ate 1900. Tdap unknown.

Exam: R leg - 6 cm wound anteromedial mid-tibia with exposed bone, moderate contamination (road debris). Compartments soft. DP/PT dopplerable, 2+ after realignment. Sensation intact SPN/DPN/tibial.
XR: R tibial shaft fx, segmental, + fibula fx. Gustilo-Anderson IIIA (provisional).

Plan: cefazolin 2 g now + gentamicin (contaminated), tetanus, splint, OR tonight for I&D + ex-fix vs IMN. Consent from pt (competent).
Emergency contact: mother {{NAME:Renée Castellanos}} {{PHONE:740-555-0186}}, lives in {{LOCATION:Gallipolis}}.
{{NAME:Ade Okunola}}, MD (ortho PGY-2) for Dr. {{NAME:Whitmore}}   {{DATE:7/5/24}} 0015`,
  `URGENT: FIELD SAFETY NOTICE / IMPLANT RECALL - PATIENT NOTIFICATION
{{FACILITY:Blue Ridge Joint Replacement Center}}
{{ADDRESS:900 Hospital Dr, Building B}}, {{LOCATION:Roanoke}}, VA {{ZIP:24014}}

{{DATE:September 16, 2024}}

Mr. and Mrs. {{NAME:Cleveland Hairston}}
{{ADDRESS:4408 Peters Creek Rd NW}}
{{LOCATION:Roanoke}}, VA {{ZIP:24017}}

Dear Mr. {{NAME:Hairston}}:
Our records show that during your left hip replacement on {{DATE:03/07/2019}}, you received a modular femoral head/neck component that is now subject to a voluntary manufacturer recall (Class II) for elevated risk of taper corrosion. Your component: neck REF 7220-3312, lot 18K441, serial {{DEVICE:MN-0028814-7}}.
Most patients have no problems. We recommend a visit with blood test for cobalt and chromium ions and an X-ray. Please call our recall line at {{PHONE:540-555-0111}} (ask for {{NAME:Vera Pannell}}, RN coordinator) or use {{URL:https://bluerideejoint.example.org/recall}} with code {{ID:RC-HAI-7731}}.
Your Medicare/secondary plan should cover the tests; our billing office will not charge you for this visit.
Sincerely,
{{NAME:Garland T. Whitt}}, MD, Medical Director
cc: PCP Dr. {{NAME:Ama Boateng}}, {{FACILITY:Valley View Family Practice}}`,
  `hand tx - splint fab + daily note
{{FACILITY:Riverbend Hand Therapy}}   {{DATE:08.12.24}}
pt {{NAME:Ferreira, Joaquim}} ("{{NAME:Jack}}")   54M   R LF mallet finger, closed, tendinous (no bony fragment on XR {{DATE:8/9}})
MD: {{NAME:H. Vance}} - order: DIP ext splint 24/7 x 6-8 wk, PIP free.
S: jammed finger on a softball at church league game ({{FACILITY:Grace Covenant Church}} team) {{DATE:8/4}}. Didn't come in for 5 days. Plumber, self-employed ({{FACILITY:Ferreira & Sons Plumbing}}).
O: DIP extensor lag 40 deg, passively correctable to 0. No swan neck. skin ok.
Splint: custom dorsal thermoplastic DIP 0-5 deg hyperext, perforated, strapped w/ micropore; 2nd backup splint (stack) issued.
Ed: NEVER let DIP drop during skin checks - demo'd table-top technique w/ wife {{NAME:Ana Paula}}. Pt verbalized + return demo.
Work: gloves over splint, ok to work w/ caution.
Plan: recheck 1 wk for fit/skin; total 8 wk then wean; f/u MD 6 wk ({{DATE:9/20}}).
time in: 1005 out: 1050. CPT 97760 x2, L3933 custom.
{{NAME:C. Lefebvre}} OTR/L CHT   WI lic {{LICENSE:OT-7712-24}}`,
  `VESTIBULAR / CONCUSSION PT - RE-EVAL
{{FACILITY:Mercer Pediatric Sports Concussion Clinic}} - PT   Date {{DATE:10-29-2024}}
Pt: {{NAME:Briella}} "{{NAME:Bree}}" {{NAME:McAllister}}   19F   DOB {{DATE:2005-06-21}}   MRN {{MRN:MPS-778120}}
DOI {{DATE:10/04/2024}} (volleyball, ball to head + fall).
School: {{FACILITY:Rider Valley College}} (sophomore), AT {{NAME:Jamal Okafor}}, ATC.
S: HA 3/10 (was 7), screens make it worse, class attendance half days. Sleep improved 7 h. PCSS 24 (was 58).
O: VOMS: smooth pursuits no sx; saccades H 2 sx; VOR H 4 sx; VMS 5 sx; NPC 7 cm (nl < 5). Buffalo Concussion Treadmill Test: sx exacerbation at HR 158 at min 11 -> sub-sx target HR 142.
Cervical: upper cervical flexion rotation test limited R (28 deg). Suboccipital TTP.
A: improving; cervicogenic + vestibulo-ocular components.
P: aerobic 20 min/day at HR 140; gaze stabilization x1 viewing 3x/day; C1-2 SNAGs; return to learn: full days w/ breaks.
RTP: not yet. Update AT and team physician Dr. {{NAME:Adeyemi-Carter}}.
{{NAME:Hye-jin Cho}}, PT, DPT   next {{DATE:11/5}} 4pm`,
  `{{FACILITY:Brightwood Internal Medicine}}
{{ADDRESS:3207 Old Canton Rd}} - {{LOCATION:Jackson}}, MS {{ZIP:39216}} - {{PHONE:601-555-0199}}

{{DATE:1/16/2025}}

Re: Preoperative medical evaluation
Patient: {{NAME:Odessa L. Pruitt-Banks}}   DOB: {{DATE:7/12/1948}}
Planned surgery: R TKA, Dr. {{NAME:Thaddeus Lin}}, {{FACILITY:Magnolia Orthopaedic Surgery Center}}, {{DATE:2/3/2025}}

Dr. {{NAME:Lin}},
I saw Ms. {{NAME:Pruitt-Banks}} today for pre-op risk assessment. 76 yo F with HTN, DM2 (A1c 6.9 on {{DATE:1/8/25}}), CKD 3a (Cr 1.3, eGFR 44), OSA on CPAP (device SN {{DEVICE:CP11-40088215}}, bring to hospital), and remote DVT 2011 (provoked, after hysterectomy).
RCRI 1 (DM on insulin? no - on metformin + glipizide; so RCRI 0 for that item; Cr < 2). METs >= 4 (climbs 2 flights to choir loft at {{FACILITY:New Hope AME}}). ECG: NSR, no changes from 2022.
Recommendations: proceed, acceptable risk. Hold metformin AM of surgery, glipizide day of surgery; hold lisinopril 24 h. VTE: given prior DVT, suggest enoxaparin rather than aspirin - defer to surgeon. Continue CPAP post-op.
Sincerely,
{{NAME:Marcus D. Whitfield}}, MD   fax {{FAX:601-555-0198}}`,
  `DISCHARGE SUMMARY - ORTHOPAEDICS
Pt: {{NAME:Yamamoto, Kenji}}   MRN {{MRN:00-884-1290}}   Acct {{ACCOUNT:H20240918-3371}}
Admit {{DATE:09/18/2024}}   Discharge {{DATE:09/20/2024}}   LOS 2
Attending: {{NAME:Rafaela Montes}}, MD   {{FACILITY:Pacific Crest Medical Center}}, {{FACILITY:Kalani 5}} ortho unit
Procedure {{DATE:9/18/24}}: L THA, posterior approach, uncemented; cup 54 mm, 36 mm ceramic head, highly cross-linked PE liner.
Implant SNs: shell {{DEVICE:AC54-221198}}, head {{DEVICE:CH36-0099134}}.
Course: uneventful. POD1 amb 150 ft RW, POD2 stairs x4 w/ rail. Hgb 13.9 -> 11.6. No transfusion. Pain controlled on oral regimen. Voiding.
Discharge meds: ASA 81 mg bid x 35 d; oxycodone 5 mg q6h prn (#24); APAP 1 g q8h; celecoxib 200 mg daily x 2 wk; senna-docusate bid; home meds unchanged (amlodipine 5 mg).
Precautions: posterior hip - no flexion >90, no IR past neutral, no crossing legs x 6 wk.
Dispo: home w/ wife {{NAME:Noriko}} in {{LOCATION:Hilo}} ({{ADDRESS:112 Kaiulani St}}, {{ZIP:96720}}); HHPT via {{FACILITY:Mauna Kea Home Care}} starting {{DATE:9/22}}.
F/u: Dr. {{NAME:Montes}} 2 wk ({{DATE:10/2}}), staple removal at that visit.
Dictated {{NAME:RM}} / transcribed {{NAME:ljp}}   {{DATE:09/20/2024 11:02}}`,
  `SPORTS MEDICINE CLINIC - NEW PT
{{FACILITY:Cascade Sports Medicine}} - {{LOCATION:Bend}}   {{DATE:Wed, Jun 5 2024}}
Pt: {{NAME:Tobias Engström}}   DOB {{DATE:1999-01-27}}   MRN {{MRN:CSM-0049921}}
Ref: self / climbing gym ({{FACILITY:Smith Rock Bouldering Co-op}}) owner {{NAME:Jas Kaur}}

CC: R shoulder "slipping out" x3 since first dislocation {{DATE:Dec 2022}} (skiing at {{LOCATION:Whistler}}, reduced in the local clinic). Now subluxes w/ overhead climbing moves (gastons, undercling w/ abd-ER).
Exam: apprehension +, relocation +, surprise +. Load & shift 2+ anterior. Sulcus 1+. O'Brien neg, Speed neg. Cuff strength 5/5. Beighton 2/9.
Imaging: MRI arthrogram (outside, {{FACILITY:High Lakes Imaging}} {{DATE:5/20/24}}): anterior labral tear 3-6 o'clock (Bankart), Hill-Sachs moderate, on-track by measurement (glenoid bone loss ~12%).
A/P: recurrent anterior instability, young high-demand overhead athlete -> discussed arthroscopic Bankart +/- remplissage vs Latarjet; favour arthroscopic Bankart + remplissage. Pt will think; surgery window after guiding season ends ~{{DATE:9/15}} (works summers for {{FACILITY:Deschutes River Guides}}).
Pt email for surgery scheduler: {{EMAIL:tobias.engstrom99@example.net}}
{{NAME:Ines Carvalho}}, MD`,
  `PROCEDURE NOTE - knee injection
Pt {{NAME:Bautista, Rosario}}   DOB {{DATE:1960/03/08}}   MRN {{MRN:LBJ-331907}}   DOS {{DATE:2/27/24}}
Provider {{NAME:Okechukwu Nwosu}}, MD   Asst {{NAME:Ley}}, MA   {{FACILITY:Lubbock Bone & Joint}}, {{ADDRESS:4102 24th St}}, {{LOCATION:Lubbock}} TX {{ZIP:79410}}
Procedure: R knee intra-articular injection, superolateral approach, US-guided (GE Logiq e, linear probe).
Indication: R knee OA KL 3, failed PT + NSAIDs. WOMAC 61.
Time-out performed 1015 with pt, MA. Consent signed. Allergies: sulfa (rash).
Prep: chlorhexidine x2. 22G 1.5" needle. Aspirated 18 mL clear yellow synovial fluid (not sent). Injected triamcinolone ER 32 mg (lot 3K1127, exp 09/2025) in 5 mL diluent. EBL 0.
Pt tolerated well, no complications. Post-injection BG advice given (DM2 - glucose may rise x 3 d).
Next option: gel series (hylan G-F 20) - PA needed w/ Prairie Star Health Plan - pt's plan is employer-sponsored through {{FACILITY:Caprock Independent School District}}, member ID {{HEALTH_PLAN:PSH-40021877-02}}.
Work note: teacher's aide at {{FACILITY:Yellowhouse Canyon Elementary}} - may return {{DATE:2/28}}.
{{NAME:ON}}/{{NAME:ley}}`,
  `CHARGE EXPORT - batch {{ID:BT-20240311-07}} - {{FACILITY:Ridgeview Orthopaedic Associates}} - run {{DATE:03/11/2024 18:05}}
acct|pt_name|dob|dos|cpt|mod|icd10|units|prov_npi|payer|member_id
{{ACCOUNT:ROA-771042}}|{{NAME:VOSS,HARLAN}}|{{DATE:19580412}}|{{DATE:20240311}}|99214|25|M17.11|1|{{LICENSE:1336229017}}|MEDICARE|{{HEALTH_PLAN:8KJ2-HW4-TT61}}
{{ACCOUNT:ROA-771042}}|{{NAME:VOSS,HARLAN}}|{{DATE:19580412}}|{{DATE:20240311}}|20611|RT|M17.11|1|{{LICENSE:1336229017}}|MEDICARE|{{HEALTH_PLAN:8KJ2-HW4-TT61}}
{{ACCOUNT:ROA-771055}}|{{NAME:ABARA,CHIDI}}|{{DATE:20120301}}|{{DATE:20240311}}|29075|LT|S52.501A|1|{{LICENSE:1780604412}}|KANCARE|{{HEALTH_PLAN:KC5518830271}}
{{ACCOUNT:ROA-771061}}|{{NAME:ORTEGA,JUAN PABLO}}|{{DATE:19811105}}|{{DATE:20240311}}|99213||S63.501D|1|{{LICENSE:1336229017}}|WC-MIDWEST COMP|{{ACCOUNT:KS-4471-09982}}
{{ACCOUNT:ROA-771070}}|{{NAME:WASHINGTON,BETTYE}}|{{DATE:19310206}}|{{DATE:20240311}}|99213||Z47.1|1|{{LICENSE:1609338841}}|MEDICARE|{{HEALTH_PLAN:3RT7-PM2-QD08}}
rows: 5   total charges $1,284.00   exported by {{NAME:kpatel}}`,
  `APPLICATION FOR DISABLED PERSON PARKING PLACARD - MEDICAL CERTIFICATION (Part B)
Applicant: {{NAME:Grace Mwangi-Holt}}   DOB {{DATE:10/10/1963}}   Driver's license # {{LICENSE:W512-884-63-210-0}}
Address: {{ADDRESS:5840 Oak Leaf Dr}}, {{LOCATION:Madison}} WI {{ZIP:53711}}
Vehicle (if plate requested): {{VEHICLE:WI 884-TRX}}, VIN {{VEHICLE:1FMCU9GD3KUA52119}}
[X] Temporary (6 months) - expires {{DATE:12/15/2024}}   [ ] Permanent
Condition: [X] Cannot walk 200 ft without stopping to rest  [X] Requires use of brace, cane, crutch, walker
Dx: s/p L calcaneus ORIF {{DATE:5/29/2024}} (Sanders II), NWB in CAM boot with knee scooter, then progressive WB; expected to require assistive device through ~{{DATE:11/2024}}.
Certifying practitioner: {{NAME:Oskar Lindqvist-Mora}}, DPM   WI lic {{LICENSE:DPM-0041-33}}
Practice: {{FACILITY:Capital Foot & Ankle}}, {{ADDRESS:702 S Park St}}, {{LOCATION:Madison}} WI   {{PHONE:608-555-0187}}
Signature: ______   Date: {{DATE:06/15/2024}}
Office use: placard # {{ID:TP-2406-118477}} issued by DMV {{DATE:6/18/24}}`,
  `CERTIFICATION OF HEALTH CARE PROVIDER - EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
Section I (employer): Employee {{NAME:Thanh Nguyen-Ellis}}   Employer {{FACILITY:Magnolia Crest Unified School District}}   HR contact {{NAME:Adriana Beltrán}} {{PHONE:951-555-0108}}   Essential functions: custodian, lifting 50 lb, ladder use
Section III (provider):
Provider: {{NAME:Samuel K. Arora}}, MD, orthopaedic surgery   {{FACILITY:Inland Empire Orthopaedic Group}}, {{ADDRESS:6845 Indiana Ave, Ste 150}}, {{LOCATION:Riverside}} CA {{ZIP:92506}}   ph {{PHONE:951-555-0177}}   fax {{FAX:951-555-0176}}
Condition commenced: {{DATE:01/04/2024}}   Probable duration: ~4-6 months
Inpatient care: [X] yes - outpatient surgery {{DATE:02/08/2024}}; no overnight stay
Treatment: R shoulder arthroscopic RCR + distal clavicle excision; PT 2-3x/wk x ~16 wk (visits at {{FACILITY:Arlington Ave Physical Therapy}})
Incapacity: unable to perform job functions {{DATE:2/8/24}} through est. {{DATE:5/6/24}}; then light duty possible (no overhead, 10 lb).
Intermittent leave for PT appts: 3 x 1.5 hr/wk.
Employee ID {{ID:MCUSD-0093318}} (for HR). Signature {{NAME:S.K. Arora}} MD   date {{DATE:1/22/2024}}`,
  `{{FACILITY:Lakewood Junior High School}} - Nurse's Office
To: Teachers of {{NAME:Oliver Brandt-Kim}} (Gr 8, homeroom Mr. {{NAME:Pettis}})
From: {{NAME:Renee Castillo}}, RN, school nurse   ext {{PHONE:2207}}
Date: {{DATE:Sept. 9, 2024}}

Per orthopedic note from {{FACILITY:Children's Bone & Sports Clinic}} dated {{DATE:9/6/24}} (Dr. {{NAME:Ezinne Uche}}), {{NAME:Oliver}} had surgery on {{DATE:8/27}} for a L tibial tubercle fracture (Ogden type III) and is non-weight-bearing on crutches with a knee immobilizer until at least {{DATE:10/8}}.
Temporary accommodations (504 team meeting {{DATE:9/12}}, mom {{NAME:Ji-woo Kim}} attending):
 1. Elevator key - issued, #14 (return to office when done)
 2. Leave class 5 min early for passing periods; peer helper to carry books ({{NAME:Mateo R.}} volunteered)
 3. Excused from PE; alternate written assignment from Coach {{NAME:Dawson}}
 4. Extra time for assessments when pain meds taken (he may take ibuprofen 400 mg from the health office per parent form)
 5. Fire drill plan: wait at stairwell B area of refuge with staff buddy (Ms. {{NAME:Albrecht}})
Questions: {{EMAIL:rcastillo@lakewoodschools.example.org}}
Please keep confidential.`,
  `VM - {{FACILITY:Cascade Sports Medicine}} nurse line  {{DATE:2/3/25}} 1922 (after hours, pulled AM {{DATE:2/4}})
from {{PHONE:541-555-0149}}
"Yeah hi this is {{NAME:Kristen Oyama}}, I'm {{NAME:Hayden Oyama}}'s mom, he's fourteen, he saw Dr. {{NAME:Carvalho}} last week for his knee, the Osgood thing? Um, his coach at {{FACILITY:Summit Ridge Middle School}}, Coach {{NAME:Barrett}}, says he can't play in the tournament this weekend in {{LOCATION:Redmond}} without a doctor's note, and the note we got says 'activity as tolerated' and the coach says that's not good enough, he needs it to say cleared for basketball. Can someone just fax a new one to the school, their fax is {{FAX:541-555-0130}}, attention athletic office, or email me at {{EMAIL:kristen.oyama@example.com}}. His birthday is {{DATE:July 2nd, 2010}} if you need it. Thanks so much."
---
RN {{NAME:B. Holloway}} {{DATE:2/4}} 0815: reviewed OV {{DATE:1/28}} - Dr. OK'd full activity as tolerated, strap, ice. Updated letter "cleared for full participation in basketball" signed by Dr. {{NAME:Carvalho}}, emailed to mom via portal (not personal email) and faxed to school w/ mom's verbal consent documented. Called mom back, LM.`,
  `TRAVEL INJURY NOTE - club U17 girls, international youth tournament
Club: {{FACILITY:Puget Sound Premier FC}}   Team physician: {{NAME:Valentina Greco}}, MD   Team AT: {{NAME:Chloe Baptiste}}, ATC
Venue: {{FACILITY:Complejo Deportivo Las Águilas}}, {{LOCATION:Guadalajara}}, Jalisco   Date {{DATE:14/07/2024}} (local)

Athlete: {{NAME:Amara Lindqvist-Osei}}   DOB {{DATE:2007-09-30}}   Passport # {{ID:A38817204}} (copy held by team admin {{NAME:Ruth Ann Pike}})
Injury: 2nd half, tackled from side, valgus + ER on planted L leg. Felt pop, could not continue. Immediate effusion.
Exam pitchside: Lachman + (soft end point), valgus stress 30 deg 1+ w/ end pt. No bony TTP. Ottawa knee neg.
Tx: RICE, hinged brace from kit, crutches. XR at {{FACILITY:Clínica Santa Mónica de Zapopan}} neg for fx; parents declined local MRI; will do at home.
Contacts: father {{NAME:Kwabena Osei}} {{PHONE:+1 206 555 0133}} (traveling w/ team), mother {{NAME:Ingrid Lindqvist}} at home in {{LOCATION:Tacoma}}.
Travel insurance case # {{ID:TI-55-8812043}}; flight {{DATE:7/16}} - aisle seat + wheelchair assistance requested.
Home f/u: {{FACILITY:Rainier Sports Orthopaedics}} - appt {{DATE:7/18}} w/ Dr. {{NAME:Boateng}}; MRI order placed remotely.
-{{NAME:VG}}/{{NAME:CB}}`,
  `OT DRIVER REHABILITATION - CLINICAL + ON-ROAD EVALUATION
{{FACILITY:Tidewater Driver Rehab Program}} at {{FACILITY:Chesapeake Bay Rehabilitation Hospital}}
Client: {{NAME:Desmond Achebe-Lyons}}   DOB {{DATE:12/24/1957}}   Eval {{DATE:08/27/2024}}
Referral: Dr. {{NAME:Ingrid Solvang}} (ortho) - s/p R TKA {{DATE:7/2/24}}; wants to know if safe to drive.
VA driver's license # {{LICENSE:T71-44-2097}}, exp {{DATE:12/24/2027}}; no restrictions. Own vehicle: 2016 Camry, plate {{VEHICLE:VA UWR-4418}}.

Clinical: R knee AROM 2-112. R LE strength 4/5 quads. Brake reaction time (simulator): 0.71 s (norm < 0.70). Trails B 88 s. Useful Field of View within normal. Vision 20/30 OU corrected. Off oxycodone since {{DATE:7/20}}; takes gabapentin 300 mg qhs only.
On-road (dual-brake car, 45 min, {{LOCATION:Chesapeake}} / {{LOCATION:Norfolk}} route incl {{ADDRESS:I-64}} merge): smooth braking, appropriate scanning, 1 late brake at light on {{ADDRESS:Battlefield Blvd}}; self-corrected.
Recommendation: cleared to resume driving, daytime first week, no long trips > 1 hr x 2 wk. No adaptive equipment needed.
Letter to client and Dr. {{NAME:Solvang}}. Wife {{NAME:Marguerite}} present for debrief.
{{NAME:Paloma Aguirre-Nash}}, OTR/L, CDRS   cert # {{LICENSE:CDRS-1187}}   {{PHONE:757-555-0161}}`,
  `{{FACILITY:Keystone Occupational & Orthopaedic Medicine}}
{{ADDRESS:245 Liberty Ave}}, {{LOCATION:Bethlehem}}, PA {{ZIP:18018}}

{{DATE:April 30, 2024}}

Chief {{NAME:Raymond Szabo}}
{{FACILITY:Bethlehem Township Police Department}}

RE: Officer {{NAME:Alicia Ferraro-Dunn}}, Badge # {{ID:0417}}   DOB {{DATE:06/06/1988}}
Work-related injury {{DATE:01/17/2024}} (foot pursuit, L ankle); WC claim {{ACCOUNT:PA-WC-24-00318876}}

FITNESS FOR DUTY - RETURN TO FULL DUTY
Officer {{NAME:Ferraro-Dunn}} sustained a L ankle fracture (Weber B, isolated lateral malleolus, stable) treated nonoperatively in a CAM boot. She completed PT at {{FACILITY:Lehigh Valley Sport & Spine PT}} and passed a job-specific functional test on {{DATE:4/26/24}}: 1.5-mile run, 300 m sprint, 6-ft wall, body drag 165 lb, single-leg hop 95% LSI, star excursion balance symmetric.
She is cleared for full, unrestricted duty including patrol and tactical team training effective {{DATE:May 1, 2024}}. She may wear an ankle brace at her discretion.
Please contact my office with any questions at {{PHONE:610-555-0112}}.

{{NAME:Kateryna Boyko}}, DO, CAQ Sports Medicine
cc: {{NAME:Denise Hartung}}, HR; WC adjuster {{NAME:Gary Pinto}}`,
  `FIREFIGHTER WC VISIT - OCC HEALTH
{{FACILITY:Maricopa Valley Occupational Medicine}}   Visit {{DATE:2024-01-09}}
Pt: {{NAME:Esteban Ortiz-Lujan}} ("{{NAME:Stevie}}")   39M   Engineer, {{FACILITY:Saguaro Heights Fire District}} Station 6
Employee # {{ID:SHFD-2291}}   Claim {{ACCOUNT:AZ-ICA-7730192}}   DOI {{DATE:01/06/2024}}
Mechanism: carrying hose bundle down stairwell at a structure fire on {{ADDRESS:E Baseline Rd}} (apt complex), missed step, forced dorsiflexion L ankle + twist. Finished shift.
Exam: L Achilles - palpable gap 4 cm above calcaneus, Thompson test +, Matles +. Plantar flexion weak vs gravity.
Dx: L Achilles tendon rupture, acute.
Plan: referred same day to ortho - Dr. {{NAME:Shirin Jafari}}, {{FACILITY:Sonoran Foot & Ankle Surgeons}} ({{PHONE:480-555-0179}}); pt leaning toward nonop functional rehab (discussed, equivalent rerupture risk w/ accelerated protocol). Equinus splint placed.
Work status: off work pending ortho; no driving apparatus; may do desk/admin at the district training office if chief approves.
Wife {{NAME:Maribel}} drove; pt's union rep {{NAME:Dale Kowalski}} ({{FACILITY:Professional Firefighters Local 4417}}) requested copy - pt signed release.
{{NAME:Trent Albers}}, PA-C   sup. {{NAME:Lorraine Chu}}, MD   AZ PA lic {{LICENSE:PA-006621}}`,
  `ED ORTHO CONSULT - farm injury
{{FACILITY:Prairie Lakes Regional Hospital}}, {{LOCATION:Spencer}} IA   {{DATE:10/12/2024}} 1615
Pt: {{NAME:Wietse}} "{{NAME:Wes}}" {{NAME:Vander Ploeg}}   61 M   MRN {{MRN:PLR-0055198}}
Lives {{ADDRESS:3218 410th Ave}}, {{LOCATION:Everly}} IA {{ZIP:51338}} ({{LOCATION:Clay County}}). Farms corn/soy w/ son {{NAME:Luuk}}.
HPI: L sleeve caught in unguarded PTO shaft on grain auger ~1330, arm wrapped; son hit kill switch. Transported by {{FACILITY:Clay County Ambulance}}.
Exam: L arm - degloving volar forearm 12 x 6 cm, L humeral shaft deformity. Radial pulse dopplerable only; hand cool, cap refill 4 s. Wrist drop (radial n). Compartments forearm tense.
XR: L humeral shaft fx, spiral, mid-distal (Holstein-Lewis pattern); distal radius intact.
A/P: L humeral shaft fx w/ radial nerve palsy, degloving, possible vascular injury, evolving compartment syndrome.
- emergent transfer to Level 1: {{FACILITY:Siouxland Trauma Center}} accepted by Dr. {{NAME:Mahlon Friesen}} 1640; fixed-wing from local airport ETA 1720
- cefazolin + gent given, Td booster, splint, keep arm at heart level
- wife {{NAME:Jannie}} {{PHONE:712-555-0137}} going by car
Heartland Farm Mutual health plan ID {{HEALTH_PLAN:HFM-992041-03}}.
{{NAME:S. Thorsgaard}}, MD (general surgery/ortho coverage)`,
  `ORTHO ON-CALL PAGER LOG - {{FACILITY:St. Brendan's Regional Medical Center}} - night of {{DATE:Sat 3/2/24}}
on call: Dr. {{NAME:Nkemelu}} (attending, home), {{NAME:Barrow}} (PGY2, house)
2104 from ED x{{PHONE:6620}}: 17M {{NAME:Quentin Faulk}}, boxer's fx R 5th MC, 40 deg angulation -> reduce + ulnar gutter, clinic Mon
2148 from 5 West x{{PHONE:5512}}: Mrs. {{NAME:Halvorsen}} POD1 TKA, BP 88/50 - fluids, hold oxy, recheck
2233 from ED: {{NAME:Jun Matsuda}} 45F, L bimalleolar fx-dislocation, reduced, splint, NPO for ORIF - booked add-on {{DATE:3/3}}
0017 from ED: peds: {{NAME:Kailani Akana}} 6F, R both bone forearm fx, closed reduction sedation w/ PEM (Dr. {{NAME:Ruiz}}) - good alignment
0155 from 4 East x{{PHONE:4488}}: Mr. {{NAME:Delacroix-Hunt}} {{AGE:96}} y/o, s/p hip IMN, agitated, pulled dressing - reinforced; delirium orders via medicine
0340 from ED: transfer call from {{FACILITY:Wyeth County Hospital}} ({{PHONE:989-555-0114}}) - 32M open ankle fx, accepted, ETA 0515
0602 sign-out to day team ({{NAME:Okafor}}, {{NAME:Lim}}). Pager {{PHONE:21447}}.
-{{NAME:EB}}`,
  `RADIOLOGY REPORT
{{FACILITY:Northwoods Imaging Associates}}   Accession: {{ID:NWI-24-0881337}}   Exam date: {{DATE:11/22/2024 08:47}}
Patient: {{NAME:BJÖRKLUND, ASTRID M}}   MRN {{MRN:NW00412288}}   DOB {{DATE:03/15/1933}}   Age {{AGE:91}}Y   Sex F
Ordering: {{NAME:Lucas Ferreira-Hale}}, NP ({{FACILITY:Iron Range Senior Care Clinic}})   Location: {{LOCATION:Hibbing}}
EXAM: XR PELVIS AP + L HIP 2 VIEWS; XR L WRIST 3 VIEWS
HISTORY: {{AGE:91}} yo F fall at home, L hip and wrist pain, can bear weight w/ pain.
COMPARISON: L hip {{DATE:06/02/2021}}.
FINDINGS:
Pelvis/L hip: Diffuse osteopenia. Nondisplaced fracture of the L superior and inferior pubic rami. No femoral neck or intertrochanteric fracture identified; if clinical concern persists, MRI is more sensitive. Mild bilateral hip OA. Vascular calcifications.
L wrist: Impacted, dorsally angulated distal radius fracture, extra-articular, ~15 deg dorsal tilt, with ulnar styloid fracture. DRUJ grossly congruent.
IMPRESSION:
1. L superior and inferior pubic rami fractures (fragility).
2. L distal radius fracture (Colles type) + ulnar styloid.
3. No hip fracture on radiographs.
Critical/unexpected finding? No. Results called to {{NAME:L. Ferreira-Hale}} at 0910 by {{NAME:M. Aho}}.
Electronically signed: {{NAME:Pieter Vos}}, MD {{DATE:11/22/2024 09:05}}`,
  `MSH|^~&|ORTHO_EMR|{{FACILITY:RIDGEVIEW ORTHO}}|PT_SYS|{{FACILITY:SUMMIT MOTION PT}}|{{DATE:20240709101522}}||ORM^O01|{{ID:MSG88120443}}|P|2.5.1
PID|1||{{MRN:ROA00918827}}^^^ROA^MR||{{NAME:SCHREIBER^MAXIMILIAN^J}}||{{DATE:19920314}}|M|||{{ADDRESS:208 S 3RD AVE APT 2}}^^{{LOCATION:BOZEMAN}}^MT^{{ZIP:59715}}||{{PHONE:(406)555-0131}}|||||{{ACCOUNT:V000447190}}|{{SSN:540-22-9184}}
IN1|1|BCBSMT|||||||||||||||||||||||||||||||||||{{HEALTH_PLAN:YMT440018823}}
ORC|NW|{{ID:ORD-5520917}}||||||||||{{LICENSE:1073592846}}^{{NAME:HOLM^GARRETT}}^^^^MD
OBR|1|{{ID:ORD-5520917}}||PTEVAL^PT eval and treat - R achilles tendinopathy, eccentric loading protocol (Alfredson)|||{{DATE:20240709}}
NTE|1||Pt is ranch hand at {{FACILITY:Spanish Creek Ranch}}; prefers morning appts; cell above. Wife {{NAME:Anja}} also pt of {{FACILITY:SMPT}}.
DG1|1||M76.61^Achilles tendinitis, right leg^I10`,
  `[SMS reminder log - {{FACILITY:Lakeshore Bone & Joint}} - outbound]  exported {{DATE:2024-03-22}}
to               | sent             | msg                                                                                       | reply
{{PHONE:+12185550167}}     | {{DATE:03/22}} 09:00      | Hi {{NAME:Dorota}}, reminder: XR + visit w/ Dr {{NAME:Feinberg}} {{DATE:Mon 3/25}} 10:15. Reply C to confirm.       | C
{{PHONE:+12185550108}}     | {{DATE:03/22}} 09:00      | Hi {{NAME:Rolf}}, reminder: PT at {{FACILITY:Northland Hand & Upper Extremity Therapy}} {{DATE:3/25}} 14:00.        | who is this
{{PHONE:+12185550108}}     | {{DATE:03/22}} 09:14      | This is {{FACILITY:Lakeshore Bone & Joint}}. Call {{PHONE:218-555-0100}} w/ Qs.                                  | wrong number, I'm his ex, he moved to {{LOCATION:Two Harbors}}
{{PHONE:+12185550144}}     | {{DATE:03/22}} 09:00      | Hi Mr. {{NAME:Nakamura}}... [template err: first name missing] cast check {{DATE:3/26}} 08:30.            | ok
{{PHONE:+12185550121}}     | {{DATE:03/22}} 09:00      | Hi {{NAME:Marguerite}}, reminder: pre-op class {{DATE:3/28}} 13:00 at {{ADDRESS:2200 N Harbor Dr}}, rm 110.    | Can my husband {{NAME:Roy}} come
flag: number for pt {{NAME:Rolf Sjöberg}} ({{MRN:00741802}}) wrong - privacy incident? -> to compliance ({{NAME:H. Lindahl}}), ticket {{ID:PRIV-24-0031}}`,
  `WHEELCHAIR SEATING & MOBILITY EVALUATION
{{FACILITY:Rocky Mountain Rehabilitation Institute}} Seating Clinic   {{DATE:October 1, 2024}}
Client: {{NAME:Jesse Calloway}}   DOB {{DATE:02/11/1998}}   MRN {{MRN:RMRI-660213}}
Dx: C6 AIS B tetraplegia ({{DATE:8/17/24}}).
Team: {{NAME:Farah Naqvi}}, OTR/L, ATP; vendor ATP {{NAME:Curt Lindemann}} ({{FACILITY:Mile High Mobility}}, {{PHONE:303-555-0153}}); client; father {{NAME:Wade}}.
Mat eval: pelvis neutral, mild posterior tilt in sitting, flexible. Hip flex 100 bilat. Ischial pressure mapping: peak 168 mmHg on current cushion -> 62 mmHg w/ air-cell cushion.
Skin: intact, stage 1 sacral redness resolved {{DATE:9/20}}.
Recommendations (LMN to payer):
 - Group 3 power wheelchair, mid-wheel drive, power tilt + recline + elevating legrests, expandable electronics
 - drive control: standard joystick w/ goalpost handle, R hand
 - skin protection/positioning cushion, air cell; contoured back
 - manual ultralight back-up chair for transport/family vehicle
Trial chair SN {{DEVICE:PWC-TR-33018}} used today. Home: father's house, {{ADDRESS:611 Macon Ave}}, {{LOCATION:Cañon City}} CO {{ZIP:81212}} - ramp being built by church volunteers ({{FACILITY:First Mennonite Fellowship}}).
Insurance: BCBS employer plan {{HEALTH_PLAN:XWB448901223}}; secondary Medicaid pending, app # {{ID:CO-MA-2410-55817}}.
{{NAME:F. Naqvi}} OTR/L ATP   RESNA cert {{LICENSE:ATP-7720}}`,
  `AQUATIC PT - daily note
{{FACILITY:Riverside YMCA}} pool (contracted) - {{FACILITY:Kinetic Care PT}}   {{DATE:6/12/24}}
pt: {{NAME:Gloria Ines Maldonado}}   72F   dx: L TKA 8 wk ago ({{DATE:4/16}}), morbid obesity, lumbar spinal stenosis
S: land PT too painful; "in the water I'm free." granddaughter {{NAME:Yaz}} drove. pain 4/10.
O: water temp 92F, depth 4 ft (xiphoid).
 - fwd/back/side walking 10 min
 - marching, hip abd/add, hamstring curls w/ cuff 3x10
 - step-ups on pool step 2x10 L
 - noodle cycling seated 5 min
 - wall squats 2x10
 - deep water jog w/ belt 5 min
 HR peak 108. no SOB.
A: tolerating well, knee flex on land 108 post session (was 98 at {{DATE:5/29}} eval).
P: 2x/wk pool + 1x land. re-cert due {{DATE:6/26}} to Dr {{NAME:Hadley}}. pt requests transition to {{FACILITY:Riverside YMCA}} arthritis aquatic class after d/c - membership via her Medicare Advantage fitness benefit (member {{HEALTH_PLAN:SS-7718-40228}}).
{{NAME:Nolan Pierce}}, PTA / sup {{NAME:Erin Castellanos}}, PT   in 0900 out 0950`,
  `FRACTURE LIAISON SERVICE - INITIAL VISIT
{{FACILITY:Lakeshore Bone & Joint}} FLS   NP: {{NAME:Beth Ann Yoder}}   {{DATE:04/03/2024}}
Pt: {{NAME:Dorota Kowalczyk}}   DOB {{DATE:04/22/1958}}   MRN {{MRN:00739215}}
Index fx: L distal radius {{DATE:2/26/24}} (FOOSH, standing height) = fragility fx.
Hx: menopause at 48, no HRT. Mother ({{NAME:Halina}}) had hip fx at 79 in {{LOCATION:Kraków}}. Non-smoker, 1-2 glasses wine/wk. No steroids. Vit D 19 ng/mL ({{DATE:3/28/24}}). Ca 9.4, Cr 0.8, TSH nl, SPEP pending.
DXA ({{FACILITY:Arrowhead Diagnostic Imaging}}, {{DATE:3/29/24}}, Hologic): L1-L4 T -2.8, femoral neck T -2.4, total hip T -2.1. FRAX (with BMD): major osteoporotic 24%, hip 4.1%.
Dental: needs 2 crowns - dentist Dr. {{NAME:Ivanova}}; plans work done by {{DATE:5/15}}.
Plan:
 - vit D3 2000 IU daily; calcium diet ~1200 mg
 - after dental work: zoledronic acid 5 mg IV yearly (infusion center {{FACILITY:St. Columba Infusion}}), or alendronate 70 mg weekly if prefers oral - pt leaning IV
 - balance: refer to Tai Chi class at {{FACILITY:Lincoln Park Senior Center}}
 - repeat DXA 2 yr
Letter to PCP Dr. {{NAME:Raymond Beaulieu}} ({{FACILITY:Duluth Family Physicians}}).
{{NAME:BAY}}`,
  `NONUNION CLINIC - F/U
{{FACILITY:Great Lakes Limb Reconstruction Center}}   {{DATE:7 Aug 2024}}
Pt: {{NAME:Kaczmarek-Boyle, Tyrone}}   45M   MRN {{MRN:GLR-1120944}}
Hx: R tibial shaft fx {{DATE:11/2022}} (MVC in {{LOCATION:Toledo}}), IMN at outside hosp, atrophic nonunion -> exchange nailing + autograft (RIA) {{DATE:02/14/2024}} by Dr. {{NAME:Oyelaran}}.
Smoker - quit {{DATE:1/2024}}, cotinine neg x3 (last {{DATE:7/30}}). Vit D 34. Albumin 4.0.
Now 6 mo post exchange. Pain with WB 2/10 (was 7). Walking w/o aid.
XR R tibia: bridging 3 of 4 cortices, RUST score 11/12. Nail intact, no screw breakage.
A: healing nonunion.
P: FWB, no impact x 3 mo; return to work as a forklift driver at {{FACILITY:Maumee Bay Distribution}}, full duty {{DATE:8/19/24}}. Exogen-type bone stim - d/c, pt to return unit SN {{DEVICE:BS-LIPUS-50318}} to vendor {{FACILITY:OsteoCare Direct}}.
Disability paperwork for Lakeside Mutual (STD claim {{ACCOUNT:STD-4418-20933}}) completed today.
Next XR 3 mo. Sister {{NAME:Mona Boyle}} is his emergency contact {{PHONE:419-555-0174}}.
-{{NAME:A. Oyelaran}} MD / {{NAME:ds}}`,
  `PEDS ORTHO CLINIC - SCFE
Pt: {{NAME:Kealoha, Makana}}   12 yo M   DOB {{DATE:9/5/2011}}   Visit {{DATE:12-19-23}}
{{FACILITY:Shoreline Children's Orthopedics}}   Dr. {{NAME:Emily Tran-Barker}}
HPI: 6 wk L knee pain -> limp. Seen at urgent care {{DATE:11/30}}, knee XR neg, told "growing pains". PCP Dr. {{NAME:Fonoti}} got hip films {{DATE:12/18}}.
Exam: BMI 31 (>97th %ile). Antalgic, out-toeing L. L hip obligate ER w/ flexion (Drehmann sign +), IR 0 deg. Able to bear weight (stable).
XR pelvis AP/frog: L SCFE, Southwick angle 28 (mild), Klein line doesn't intersect epiphysis. R hip nl - but at risk.
Labs: TSH ordered (typical age/BMI; endocrine w/u only if atypical).
A/P: L stable SCFE, mild.
- in situ pinning L hip, single cannulated screw, {{DATE:12/21}} (add-on), NWB crutches until OR
- discussed prophylactic R pinning: parents ({{NAME:Leilani}} and {{NAME:Keoni Kealoha}}) will decide by {{DATE:12/20}}
- school: {{FACILITY:Upcountry Intermediate School}}, note excusing PE
Parent phone {{PHONE:808-555-0128}}.
{{NAME:ETB}}/{{NAME:kw}}`,
  `PATIENT PORTAL - message thread (export)
Pt: {{NAME:Rhiannon Pugh-Adebayo}}   MRN {{MRN:CSM-0061734}}   Portal user: {{EMAIL:rhi.pugh.adebayo@example.org}}
--- {{DATE:05/06/2024 21:14}} from patient ---
Hi, it's been 10 days since my ACL surgery with Dr {{NAME:Carvalho}}. My calf on the operated leg is sore and a bit swollen today, is this normal? Also the CPM from the delivery company keeps beeping (serial on the back says {{DEVICE:KM2X-006120}}). I'm staying at my parents' place at {{ADDRESS:19 Larkspur Ln}}, {{LOCATION:Redmond}} {{ZIP:97756}} for now. - {{NAME:Rhi}}
--- {{DATE:05/07/2024 07:32}} reply, {{NAME:Bronwyn Holloway}}, RN ---
Hi {{NAME:Rhiannon}}, calf soreness/swelling after knee surgery needs to be checked today to rule out a blood clot. I called you at {{PHONE:541-555-0182}} and left a message. Please come to our walk-in clinic at {{FACILITY:Cascade Sports Medicine}} by 10 am for a duplex ultrasound, or go to the ED at {{FACILITY:High Desert Medical Center}} if you have chest pain or shortness of breath. For the CPM beeping, call the company that delivered it, {{FACILITY:Central Oregon Home Medical}}, {{PHONE:541-555-0196}}.
--- {{DATE:05/07/2024 07:58}} from patient ---
ok coming at 9, my mom {{NAME:Gwen}} is driving me
--- {{DATE:05/07/2024 12:40}} note, {{NAME:B. Holloway}} RN ---
Duplex neg for DVT (read by Dr. {{NAME:Saperstein}}). Pt informed.`,
  `BRACE ORDER + PRIOR AUTH - functional knee orthosis
Date {{DATE:3/14/2025}}   Ordering: {{NAME:Garrett Holm}}, MD   {{FACILITY:Gallatin Sports Medicine}}   NPI {{LICENSE:1467093825}}
Pt: {{NAME:Mika Tanaka-Reyes}}   DOB {{DATE:09/03/2005}}   Member ID {{HEALTH_PLAN:XJM884120557}}
Item: L1843 KO, single upright, adjustable flexion/extension, custom-fitted (prefab), L knee - ACL functional brace for return to sport
Dx: Z98.890 / S83.512D s/p L ACL reconstruction {{DATE:06/24/2024}}
Justification: cleared for sport-specific training by PT ({{NAME:Jordan Whitebird}}, DPT) {{DATE:3/10/25}} - hop LSI 91%, quad index 88%. Returning to collegiate club soccer ({{FACILITY:Bridger Valley College}}) with cutting/pivoting. Brace recommended x 1st season back.
Fitter: {{NAME:Marty Gruber}}, CO, {{FACILITY:Big Sky Orthotics}}, {{ADDRESS:1200 N 7th Ave, Suite 4}}, {{LOCATION:Bozeman}} {{ZIP:59715}}, {{PHONE:406-555-0148}}
PA submitted via payer portal {{DATE:3/14}} by {{NAME:Nadia K.}} - ref {{ID:PAR-25-0314-88213}}.
Status {{DATE:3/18}}: DENIED - "not medically necessary, post-op > 6 mo". Appeal letter drafted, peer-to-peer scheduled {{DATE:Thu 3/20}} 4:15 pm w/ Dr. {{NAME:Holm}}.
Pt informed; self-pay price $685 quoted in case appeal fails. Pt's father {{NAME:Rafael Reyes}} is guarantor, acct {{ACCOUNT:GSM-220418}}.`,
  `From: {{NAME:Tricia Albanese}} <{{EMAIL:talbanese@vantagecourtreporting.example.com}}>
Sent: {{DATE:Tuesday, February 11, 2025 10:06 AM}}
To: {{NAME:Harold Meissner}} MD office <{{EMAIL:scheduling@alleghenyeval.example.com}}>
Subject: Deposition - {{NAME:Castellano}} v. {{FACILITY:Keystone Steel Erectors}} - WCJ docket {{ID:WCAIS-2023-4418820}}

Good morning {{NAME:Darlene}},
Counsel for defendant (Atty {{NAME:Simon Yablonski}}, {{FACILITY:Yablonski & Roe LLC}}) and claimant's counsel (Atty {{NAME:Mei Chen-Okafor}}) have agreed to take Dr. {{NAME:Meissner}}'s deposition by video on {{DATE:March 4, 2025}} at 2:00 p.m. Topics: IME of {{DATE:1/9/2024}} and addendum of {{DATE:6/2/2024}} re: claimant {{NAME:Frank J. Castellano}}, claim no. {{ACCOUNT:88-GW-401762}}.
Zoom link will come from our office; doctor may join from {{ADDRESS:600 Grant St, 14th Floor}}. Estimated 2 hrs. Doctor's fee schedule on file; invoice to Atty {{NAME:Yablonski}}.
Please confirm by {{DATE:2/14}}. Court reporter: {{NAME:Tricia Albanese}}, RPR, PA cert {{LICENSE:CR-40118}}.
Thanks,
{{NAME:Tricia}}
{{FACILITY:Vantage Court Reporting}} | {{PHONE:412-555-0119}}`,
  `OPERATIVE NOTE (brief) - fasciotomy
Date: {{DATE:10/13/2024}} 0210   Pt: {{NAME:Okoro, Emmanuel C.}}   MRN {{MRN:STB-22871054}}   {{FACILITY:St. Brendan's Regional Medical Center}} OR 2
Surgeon: {{NAME:Ifeoma Nkemelu}}, MD   Asst: {{NAME:E. Barrow}}, MD (PGY2)   Anes: Dr. {{NAME:Holtzman}}
Preop dx: acute compartment syndrome R leg, s/p tibial plateau fx (Schatzker VI) from fall off ladder at work ({{FACILITY:Brightline Roofing}}), ex-fix placed {{DATE:10/12/24}}.
Indication: escalating pain, pain w/ passive toe stretch; compartment pressures (Stryker needle): ant 52, lat 48, deep post 41, superficial post 30 mmHg; DBP 68 -> delta P ant 16, lat 20.
Procedure: 2-incision 4-compartment fasciotomy R leg. Muscle: anterior compartment dusky initially, pinked up, contractile to cautery; no necrosis debrided. Incisions left open, NPWT (wound vac) placed, -125 mmHg. Vac unit SN {{DEVICE:VAC-ULTA-771204}}.
EBL 100. No complications.
Post: return to OR 48-72 h for 2nd look / DPC vs STSG. Foot in neutral.
Family: wife {{NAME:Chiamaka}} updated by phone ({{PHONE:989-555-0125}}) 0340. WC employer notified by charge RN {{NAME:Pamela}} per policy.
{{NAME:I. Nkemelu}} MD   op note job # {{ID:TX-9918227}}`,
  `{{FACILITY:Crestwood High School}} ATHLETIC TRAINING ROOM - daily treatment sign-in   {{DATE:Wednesday 10/16/24}}
AT on duty: {{NAME:Marcus Delgado}}, ATC ({{NAME:MD}}) / student aide {{NAME:Hailey R.}}
time | athlete | sport | tx | initials
1430 | {{NAME:Tyson Bui}} | FB | ankle tape bilat, heel-lock | {{NAME:MD}}
1432 | {{NAME:Grace}} "{{NAME:Gigi}}" {{NAME:Ferraro}} | VB | ice R shoulder 15 min, band ER/IR | {{NAME:MD}}
1440 | {{NAME:Dominic Salazar}} | FB | concussion f/u step 4 per protocol, no sx, HR 160 bike | {{NAME:MD}}
1445 | {{NAME:Ayaan Chaudhry}} | XC | R shin: IFC 15 min + ice; referred to {{FACILITY:Crestwood Sports Medicine}} Sat clinic | {{NAME:MD}}
1450 | {{NAME:Ellie McBride}} | GSOC | L quad contusion, compression wrap, no practice | {{NAME:MD}}
1515 | {{NAME:J. Okafor}} | FB | blister R heel, cleaned/covered | {{NAME:HR}}
1600 | {{NAME:Tyson Bui}} | FB | returned - R ankle rolled in drill, ant drawer neg, tape re-done, back to practice | {{NAME:MD}}
1745 | {{NAME:Dominic Salazar}} | FB | post-practice sx check: 0/22. Mom ({{NAME:Patricia Salazar}}) texted from {{PHONE:262-555-0195}} - updated | {{NAME:MD}}
Notes: ice machine serviced by {{FACILITY:Badger Ice Co}}. Low on 2" white tape. AED checked, pads exp 11/2026.`,
  `HOCKEY CLUB - TEAM MEDICAL REPORT (to GM + coaching staff, injury status only)
{{FACILITY:Saginaw Bay Lumberjacks Hockey Club}}   Report date {{DATE:01-28-2025}}
Team physician: {{NAME:Andrei Volkov}}, MD   Head AT: {{NAME:Pierre-Luc Gagnon}}, ATC   Equipment mgr: "{{NAME:Sully}}" {{NAME:Sullivan}}
Home rink: {{FACILITY:Wenonah Bay Arena}}, {{LOCATION:Bay City}} MI

- {{NAME:Lukas Hrdina}} (D) - R high ankle sprain {{DATE:1/24}} at {{LOCATION:Fort Wayne}}; boot; week-to-week. Wants to see his own surgeon in {{LOCATION:Brno}} over break - Dr. {{NAME:Volkov}} to send records after release signed.
- {{NAME:Tanner Boychuk}} (F) - L shoulder AC sprain gr II; non-contact jersey; day-to-day.
- {{NAME:Jean-Sébastien Roy}} (G) - R hip FAI/labral tear, MRA {{DATE:1/21}} at {{FACILITY:Tittabawassee Sports Imaging}}; PRP vs scope - consult Dr. {{NAME:Mahoney}} ({{FACILITY:Great Lakes Hip Preservation}}) {{DATE:2/3}}.
- {{NAME:Cody Whiteduck}} (F) - facial lac (stick) 8 sutures {{DATE:1/25}}, full go w/ visor.
- {{NAME:Mats Engqvist}} (F) - concussion {{DATE:1/26}}; league protocol, baseline on file; out.
Billeting: {{NAME:Hrdina}} lives w/ billet family the {{NAME:Schultzes}}, {{ADDRESS:402 Center Ave}}, {{LOCATION:Bay City}}.
Prepared by {{NAME:PLG}}.`,
  `SPECIAL INVESTIGATIONS UNIT - WC CLAIM REVIEW MEMO (excerpt for treating MD)
To: Dr. {{NAME:Imelda Saavedra}}, {{FACILITY:Hill Country Occupational Health}}   fax {{FAX:512-555-0170}}
From: {{NAME:Cody Pennington}}, senior adjuster   Date {{DATE:08/30/2024}}
Claimant: {{NAME:Ahmad Rahimi}}   Claim {{ACCOUNT:4021-LS-885530}}   DOI {{DATE:06/03/2024}}
The employer ({{FACILITY:Lone Star Precast Concrete}}) reports the claimant's time-clock records (palm-vein scanner, template ID {{BIOMETRIC:PV-00418-RAH}}) show him clocking in on {{DATE:8/12/24}} and {{DATE:8/13/24}} for a second-shift yard job at their {{LOCATION:Round Rock}} site while on restrictions (no overhead, 20 lb). Surveillance video by {{FACILITY:Lonestar Field Investigations}} on {{DATE:8/17}} shows an individual matching claimant's ID badge photo (file {{PHOTO:LSPC_badge_RAH_2019.jpg}}) loading rebar overhead at {{ADDRESS:1800 N Mays St}}.
Please advise whether observed activities are consistent with the work status you issued {{DATE:8/5/24}} and whether this changes your opinion on MMI. Video available on request (secure link).
Claimant's attorney: {{NAME:Lupe Garza-Whitman}} ({{PHONE:512-555-0186}}).

[MD reply handwritten on fax {{DATE:9/3}}: "Did not see video. Will discuss at f/u {{DATE:9/9}}. Restrictions unchanged. -{{NAME:IS}}"]`,
  `PHONE CONSULT - ortho on call, nursing home fall
Caller: {{NAME:Sharonda Ellis}}, LPN, {{FACILITY:Willowbrook Manor}} ({{ADDRESS:77 Quarry Rd}}, {{LOCATION:Barre}} VT) {{PHONE:802-555-0192}}   {{DATE:11/28/2024}} 2230
Resident: {{NAME:Augusta Pelletier}}, {{AGE:ninety-nine}} years old, DOB {{DATE:2/29/1925}}, long-term resident, DNR/DNI (POLST on file), advanced dementia, non-ambulatory at baseline (Hoyer lift).
Event: found half out of bed on floor mat ~2145, R hip appears shortened/ER, grimaces w/ log roll. Vitals stable. No head strike witnessed.
Discussion: with nurse and by phone with daughter/HCP {{NAME:Madeleine Pelletier-Crane}} ({{PHONE:802-555-0145}}) who is in {{LOCATION:Montréal}}. Goals are comfort. Options: transfer to {{FACILITY:Granite City Regional Hospital}} ED for XR and possible surgery (hemi/IMN improves pain even in non-ambulators) vs comfort-focused care in place w/ portable XR in AM.
Decision: daughter chooses portable XR in AM ({{FACILITY:Green Mountain Mobile X-Ray}}) then decide; pain: APAP 1 g q8h scheduled + oxycodone 2.5 mg q4h prn per facility MD Dr. {{NAME:Lavoie}}; pillows between knees; hold PT.
Call back if uncontrolled pain. -{{NAME:Tomás Echeverría}}, MD, ortho on call`,
];

export const HELDOUT_REALISTIC_130_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout130-${i + 1}`, n));
