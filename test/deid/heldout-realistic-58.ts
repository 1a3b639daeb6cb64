// Held-out set 58 of hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555 numbers; bases, posts, camps, ships, hospitals, clinics
// and businesses are invented; towns and cities are real places used only as LOCATION). Flavour:
// veterans and military health - VA PACT primary care, CBOCs, compensation and pension exams and DBQs,
// military treatment facility records (ED, well-child, separation exam, MEB NARSUM, PHA, flight
// medicine, line of duty, aeromedical evacuation, combat stress), deployment health assessments,
// TRICARE referrals, PTSD, TBI, polytrauma and SCI clinics, HUD-VASH, HCHV and GPD homeless programs,
// VSO letters, lay statements, congressional inquiries, Vet Center counselling, MISSION Act community
// care consults and claims, caregiver program, fiduciary, VR&E, VJO, ROI and privacy logs, in Title
// case, ALL CAPS and lower-case shorthand, with one MIMIC-style [** **] note.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts. Decisions for
// shapes the guideline does not name:
// - Military ranks and rates (SGT, SSG, 1SG, SFC, CPT, MAJ, LTC, Capt, Maj, HM1, LCDR, CH (CPT)),
//   "Pastor", "Rev." and kinship honorifics ("Uncle") stay outside NAME spans like titles. "CPT" is
//   also a procedure-code label and Cognitive Processing Therapy; only names next to it are marked.
// - Units (battalions, brigades, divisions, squadrons, platoons, companies such as "2-505 PIR"), MOS
//   and rating codes (11B, 0311, 92Y, AT2), PULHES, profiles, medals, form numbers, ICD/CPT/SEOC codes
//   are not PHI; a town named with a unit (an armory or reserve centre town) is LOCATION.
// - Bases, posts, camps, FOBs, air bases, readiness centres, drop zones, military and VA hospitals
//   and clinics, ships and cutters are FACILITY ("Role 3 MMU, Camp Zephyr" is one span); cities,
//   towns, districts, provinces and islands abroad (Baqubah, Kunar, Okinawa, Landstuhl, Ramstein,
//   Sadr City) are LOCATION; countries, US states and regions ("Horn of Africa") are not PHI.
// - DoD ID/EDIPI, service numbers, consult, referral, authorization, mission, booking, voucher,
//   registry, confirmation, police-report, Rx, tracking, purchase-order, job and TIN numbers are ID;
//   VA claim and file numbers (C-file), community-care claim numbers, custodial and EFT accounts are
//   ACCOUNT; VA ICN and MRNs are MRN; an SSN's last four and the VA "initial + last four" (D4412) are
//   SSN; TRICARE DBNs (also when a sponsor DoD ID is used as the DBN), Medicare MBIs, FEDVIP, employer
//   and other-health-insurance member numbers are HEALTH_PLAN; VSO accreditation numbers, NPIs and
//   state licences are LICENSE; ambulance/van fleet unit numbers, plates, VINs, a boat registration and
//   a vessel documentation number are VEHICLE; hearing-aid, CPAP, modem IMEI, GPS-bracelet, breathalyzer,
//   prosthesis, pump and telehealth-unit serials are DEVICE; a file name of a full-face image is PHOTO;
//   a voiceprint template ID is BIOMETRIC.
// - VA, VBA, VHA, DoD, TRICARE, payers, national service organisations (DAV) and federal programs are
//   not PHI; local VFW / American Legion posts, a Knights of Columbus hall, county veterans service
//   offices, a city police department, county building department, housing nonprofits, churches,
//   schools, employers, shelters, jails, funeral homes, a national cemetery, a landlord company and
//   transport agencies are FACILITY; a member of Congress is a NAME like anyone else.
// - Quoted nicknames inside a full name stay inside the NAME span ("Marcus "Doc" Abernathy"); a
//   nickname used alone is NAME; a pet's name is not PHI; "Major" as a given name is NAME.
// - A military date-time group (221430ZDEC08), compact 20230314, CPRS "MAR 14, 2023@10:42", month
//   with year, a date range written as one token (Sept 5-12) and a time attached to a full date are
//   one DATE span each. A bare street name or an intersection is ADDRESS.
// - Phone extensions written after their number are inside the PHONE span; a bare extension or pager
//   number is PHONE; the crisis line 988, text 838255 and SMS short code 53079 are not PHI.
// - Legal precedents (DeLuca, Correia) and eponymous scales (Mayo-Portland, JFK Coma Recovery Scale,
//   Katz, Lawton) are not PHI; lot numbers, CLIA and NDC numbers are not PHI.
//
// Slips the author reported (none showed engine output): its author read the brief's check script
// and, by mistake, another helper's brief (outside the repository); military ranks stay outside
// NAME spans.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9400 / 0.9092; pass-14 final engine
// (de0953c), still before anyone read the misses, 0.9533 / 0.9093; unchanged after rules
// 14m-n (34e6a79).
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `LOCAL TITLE: PACT PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: {{DATE:MAR 14, 2023@10:42}}     ENTRY DATE: {{DATE:MAR 14, 2023@11:58:07}}
      AUTHOR: {{NAME:OYELARAN,TEMITOPE A}}     EXP COSIGNER: {{NAME:BRANDT,KURT W}}
     URGENCY: ROUTINE                    STATUS: COMPLETED
Location: {{FACILITY:Cedar Valley VA Medical Center}}, PACT Team Blue, Rm 2B-118

Pt: {{NAME:DELACRUZ,RAMON P}} ({{SSN:D4412}})   ICN: {{MRN:1012847736V448291}}

S: 58 yo Army veteran (11B, 2nd Battalion, 327th Infantry; OIF 2005-2006) here for f/u HTN, DM2, chronic LBP. Reports better sleep on prazosin 2 mg qhs. Wife {{NAME:Marisol}} present. Still works part-time at {{FACILITY:Tri-County Lumber Supply}} in {{LOCATION:Nampa}}, lifting limited to 30 lb.
O: BP 138/84, HR 76, BMI 31.2. A1c 7.4% ({{DATE:02/27/2023}}). Monofilament intact bilat. SLR neg, FABER neg.
A/P:
1. DM2 - continue metformin 1000 mg BID; add empagliflozin 10 mg daily. Eye consult to {{FACILITY:Boise Eye Associates}} via community care.
2. HTN - lisinopril 20 mg, home cuff log.
3. PTSD (SC 50%) - warm handoff to PCMHI, Dr. {{NAME:Haugen}}, next Tuesday.
RTC 3 mo with fasting labs. Secure message OK. Pt cell {{PHONE:208-555-0143}}.

/es/ {{NAME:TEMITOPE A. OYELARAN}}, MD
Staff Physician
Signed: {{DATE:03/14/2023 11:58}}`,
  `COMPENSATION AND PENSION EXAMINATION
REVIEW POST TRAUMATIC STRESS DISORDER (PTSD) DISABILITY BENEFITS QUESTIONNAIRE

NAME OF VETERAN: {{NAME:WASHINGTON, DARNELL KEITH}}
CLAIM NUMBER: {{ACCOUNT:28 771 904}}        EXAM DATE: {{DATE:18 APR 2023}}
EXAMINER: {{NAME:PRIYA SUBRAMANIAM}}, PSY.D.   LOCATION: {{FACILITY:HARLAN CREEK CBOC}}, {{LOCATION:MORGANTOWN}}, WV

RECORDS REVIEWED: VBMS E-FOLDER, CPRS, STRS, DD-214 (ETS {{DATE:30 SEP 2012}}).

MILITARY HISTORY: VETERAN SERVED IN THE U.S. MARINE CORPS 2006-2012, MOS 0311, WITH 3RD BATTALION, 5TH MARINES. DEPLOYED TO AFGHANISTAN 2010-2011 (SANGIN, HELMAND). REPORTS IED STRIKE ON {{DATE:14 OCT 2010}} IN WHICH LCPL {{NAME:TOMAS ECHEVARRIA}} WAS KILLED. RECEIVED COMBAT ACTION RIBBON.

OCCUPATIONAL: WORKED AT {{FACILITY:MONONGAHELA COAL & COKE}} UNTIL {{DATE:JUNE 2021}}; TERMINATED AFTER ALTERCATION WITH SUPERVISOR.

SOCIAL: DIVORCED FROM {{NAME:KIMBERLY WASHINGTON}}; TWO SONS AGES 9 AND 12. LIVES ALONE.

STANDARDIZED TESTING: PCL-5 = 61. PHQ-9 = 19. AUDIT-C = 7. C-SSRS SCREEN NEGATIVE.

DIAGNOSIS: F43.10 PTSD; F10.20 ALCOHOL USE DISORDER, MODERATE, SECONDARY.
OPINION: THE CLAIMED CONDITION WAS AT LEAST AS LIKELY AS NOT (50 PERCENT OR GREATER PROBABILITY) INCURRED IN OR CAUSED BY THE CLAIMED IN-SERVICE STRESSOR.

{{NAME:PRIYA SUBRAMANIAM}}, PSY.D., LICENSED PSYCHOLOGIST, WV LIC {{LICENSE:PSY-004417}}`,
  `POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA) - DD FORM 2796 (CONTINUATION)
Service member: SSG {{NAME:Nguyen, Bao Q.}}    DoD ID: {{ID:1479023381}}
Unit: HHC, 1st Battalion, 502nd Infantry Regiment     Home station: {{FACILITY:Fort Halvorsen}}, KY
Deployment: Iraq, {{DATE:05 JAN 2008}} - {{DATE:19 DEC 2008}}; FOB near {{LOCATION:Baqubah}}
Date/time of assessment: {{DATE:221430ZDEC08}}

Q12 Exposures: burn pits, smoke, sand/dust, JP-8. Reports 2 blast exposures; one on {{DATE:11 JUL 2008}} with LOC < 1 min, seen at aid station by CPT {{NAME:Rasmussen}} (PA). No imaging in theater.
Q15 Symptoms now: headaches 3x/wk, ringing in ears, irritability, trouble sleeping.
PC-PTSD-5: 3/5 positive. AUDIT-C: 5. PHQ-2: 2.
Provider interview: MEB not indicated. Referred to TBI clinic at {{FACILITY:Cumberland Ridge Army Community Hospital}} and to audiology.
Point of contact after redeployment: spouse {{NAME:Linh Tran-Nguyen}}, {{PHONE:(270) 555-0198}}, {{EMAIL:linh.trannguyen84@mailbox-demo.net}}.

Reviewing provider: MAJ {{NAME:Adaeze Okonkwo-Bell}}, MC, USA
Signature date: {{DATE:22 Dec 2008}}
Forward copy to unit surgeon, 1-502 IN. Not releasable outside DoD/VA without DD 2870.`,
  `FAX COVER SHEET - TRICARE REFERRAL
TO: {{FACILITY:Lakeshore Orthopaedic & Sports Medicine}}   FAX: {{FAX:(850) 555-0177}}
FROM: Referral Management Center, {{FACILITY:Naval Hospital Perdido Point}}   PH: {{PHONE:850-555-0102}}
DATE: {{DATE:9/6/2023}}   PAGES: 4 (incl. cover)

RE: {{NAME:HOLLOWAY, Jasmine R}}   DOB {{DATE:11/22/1991}}
DBN/Sponsor DoD ID: {{HEALTH_PLAN:1650348812}}   FMP 20 (spouse)
Sponsor: AT1 {{NAME:Marcus Holloway}}, USN
Referral #: {{ID:RFL-2023-0906-44718}}   Auth valid through {{DATE:12/05/2023}}
Requested: Ortho consult + up to 6 visits, L knee, ICD-10 M23.221, CPT 99204, 29881 if indicated.

Hx: 31 yo F, active-duty spouse, twisting injury playing softball {{DATE:Aug 19}}. + McMurray, + Thessaly, Lachman firm. MRI ({{DATE:08/30/23}}, acc# {{ID:RAD8843120}}) posterior horn medial meniscus tear.
Referring PCM: LT {{NAME:Grace-Ann Pellegrino}}, MC, USN, NPI {{LICENSE:1487726301}}

Please schedule directly with patient at {{PHONE:850.555.0164}} and send consult results to fax {{FAX:850-555-0109}} within 10 business days.

CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error notify sender and destroy.`,
  `hud-vash case mgmt note  {{DATE:4/11/23}}
vet: {{NAME:t. blackhorse}} (pref "{{NAME:Tommy}}")   cm: {{NAME:r. kowalczyk}} lcsw

hv to current unit at {{ADDRESS:2230 w 3rd ave apt 14}}, {{LOCATION:spokane}} {{ZIP:99201}}. landlord mr. {{NAME:feeney}} present briefly re: smoke detector. voucher #{{ID:SHA-V-008812}} via {{FACILITY:inland northwest housing partners}}, recert due {{DATE:6/30}}.
vet states he "hasnt touched a drink" since discharge from {{FACILITY:riverside gospel rescue}} shelter in feb. still attending aa mondays & thursdays at the {{FACILITY:hillyard lutheran}} basement. sponsor is "{{NAME:big mike}}".
sx: sleeping 5-6 hrs, prazosin 1 mg helping w/ nightmares. phq-2 = 1. denies si/hi.
meds in pill organizer, ran out of metformin 2 days ago -> sent cprs msg to pact rn {{NAME:jen o.}}
income: va sc 70% + part-time at {{FACILITY:northside auto wreckers}}.
plan: cm to drop off food box fri, f/u 2 wks, next hv {{DATE:4/25}} 1000.
vet phone: {{PHONE:509 555 0131}} (prepaid, often off); alt contact sister {{NAME:Della Blackhorse-Yazzie}} {{PHONE:509-555-0187}}.`,
  `{{FACILITY:Book Cliffs Veterans Service Office}}
{{ADDRESS:544 Rood Avenue, Suite 210}}
{{LOCATION:Grand Junction}}, CO {{ZIP:81501}}
Tel {{PHONE:970-555-0120}}  Fax {{FAX:970-555-0121}}

{{DATE:October 3, 2022}}

To: Department of Veterans Affairs, Evidence Intake Center
RE: Veteran {{NAME:Harold J. Lindqvist}}, VA File No. {{ACCOUNT:C 23 448 019}}
    Supplemental Claim (VA Form 20-0995) - Ischemic heart disease, PACT Act presumptive

Dear Sir or Madam,

I am the accredited Veterans Service Officer for Mr. {{NAME:Lindqvist}} (POA code 035 on file). He served in the U.S. Army 1968-1970 with the 1st Cavalry Division and was stationed at {{FACILITY:Camp Whitcombe}} near {{LOCATION:An Khe}}, Republic of Vietnam. Herbicide exposure is therefore conceded.

Enclosed is a private medical opinion from Dr. {{NAME:Siobhan McArdle}} of {{FACILITY:Western Slope Heart Clinic}} dated {{DATE:09/12/2022}}, documenting CAD with stent placement on {{DATE:2/4/2019}} and a METs level of 5.

Please also note that his spouse, {{NAME:Ingrid Lindqvist}}, should be added as dependent; marriage certificate enclosed.

Respectfully,
{{NAME:Ruben Archuleta}}
County Veterans Service Officer, accreditation #{{LICENSE:41877}}
{{EMAIL:rarchuleta@bookcliffsvso-demo.org}}  |  {{URL:https://bookcliffsvso-demo.org/appointments}}`,
  `Vet Center - Individual Readjustment Counseling - Intake
{{FACILITY:South Sound Vet Center}}  |  Counselor: {{NAME:Aroha Te Rangi}}, LMHC  |  {{DATE:Wed 1/18/2023}}

Client: {{NAME:Faleolo, Sione}}, 41, former SGT, USA, 88M (truck driver), 2 tours Iraq (2003, 2006-07). Eligible per combat theater.
Presenting: wife {{NAME:Lupe}} "made me come." Anger, hypervigilance, driving avoidance since a convoy ambush outside {{LOCATION:Tikrit}}. Not enrolled at VA health care; prefers Vet Center b/c "no records go to my chain."
Lives with wife and 3 kids at {{ADDRESS:8812 S. Yakima Ave}}, {{LOCATION:Tacoma}} {{ZIP:98444}}. Employed as forklift lead at {{FACILITY:Puget Freight Consolidators}}, swing shift 1500-2330.
Family hx: brother {{NAME:Tavita}} also Army, lives in {{LOCATION:Pago Pago}}.
Screens: PCL-5 48, PHQ-9 12, no SI. AUDIT 9.
Plan: weekly individual, Tuesdays 0900; couples session w/ {{NAME:Lupe Faleolo}} in 3 wks; offered warm handoff to {{FACILITY:Chambers Creek VA Clinic}} PTSD clinic - declined for now.
Emergency contact: {{NAME:Lupe Faleolo}} {{PHONE:253-555-0176}}.
Counselor signature: {{NAME:A. Te Rangi}}  {{DATE:01/18/2023}}`,
  `COMMUNITY CARE CONSULT - MISSION ACT ELIGIBILITY
Consult #: {{ID:CC-688-22-117045}}   Requested: {{DATE:2022-11-02}}
Veteran: {{NAME:ABERNATHY, LOUISE M}}   DOB: {{DATE:1957-06-14}}   Home: {{LOCATION:Elkins}}, WV
Referring facility: {{FACILITY:Clarksburg Highlands VAMC}}, Gastroenterology

Service requested: Screening colonoscopy (SEOC GI 1.7.2), CPT 45378, ICD-10 Z12.11.
Eligibility: drive-time standard exceeded (average 74 min > 60 min) -> eligible.
Veteran preference: {{FACILITY:Tygart Valley Endoscopy Center}}, {{ADDRESS:812 Gorman Ave}}, {{LOCATION:Elkins}} {{ZIP:26241}}.
Community provider: {{NAME:Anil Ravindran}}, MD, NPI {{LICENSE:1922047583}}. Auth #: {{ID:VA0044817726}}. Valid {{DATE:11/02/2022}}-{{DATE:05/01/2023}}.

Notes: Pt is 65, on apixaban 5 mg BID for AF; hold 48 h pre-procedure per cardiology (Dr. {{NAME:Chowdhury}}). Son {{NAME:Wade Abernathy}} to drive, {{PHONE:304-555-0158}}.

Scheduler: {{NAME:K. Marchetti}}, MSA, ext {{PHONE:44581}}   Appointment made {{DATE:Nov 9, 2022}} for {{DATE:12/14/2022 0730}}.`,
  `TBI/POLYTRAUMA SUPPORT CLINIC TEAM - COMPREHENSIVE TBI EVALUATION (CTBIE)
Pt: {{NAME:Mwangi, Peter K.}}   Age 36   Date: {{DATE:07-Jun-2023}}   Clinic: {{FACILITY:Riverbend VA Health Care System}}, Polytrauma 3 East
Attending: {{NAME:Lorraine Beaulieu}}, MD (PM&R)   Team: SLP {{NAME:Hakeem Farouk}}, OT {{NAME:Cassidy Tran}}

Hx: Army combat engineer (12B) with 4th Engineer Battalion. Blast exposures x3 in Afghanistan 2011-12, worst near {{LOCATION:Kandahar}} - "blown out of the MRAP," dazed ~10 min, no LOC reported. Evacuated to role 3, then {{LOCATION:Landstuhl}}. Retired 2019 after MEB.
Current: NSI total 38; HA, dizziness, photophobia, word-finding difficulty. Dix-Hallpike neg. Romberg neg. Tandem gait mildly unsteady. MoCA 25/30 (missed delayed recall x3, serial 7s).
Meds: topiramate 50 mg BID, sertraline 100 mg.
Impression: Mild TBI, remote, with persistent post-concussive symptoms; overlapping PTSD and OSA. VA TBI determination: positive.
Plan: Vestibular PT; cognitive rehab w/ SLP 2x/wk; sleep study; neuropsych testing with Dr. {{NAME:Ostrowski}}. Follow up {{DATE:8/2/23}}.
Pt works as a county building inspector ({{FACILITY:Washtenaw County Building Dept}}); provided accommodation letter.
{{NAME:L. Beaulieu}}, MD / transcribed by {{NAME:ckt}}`,
  `TELEPHONE TRIAGE - RN
{{DATE:Saturday, 02/04/2023 2147}}   Caller: self   Call-back #: {{PHONE:(915) 555-0119}}
Veteran: {{NAME:Margarita Quiñones-Ybarra}}  Last4 {{SSN:6620}}   PACT: {{FACILITY:El Paso East CBOC}}

Reason: chest tightness x 2 hrs after shoveling gravel. Rates 6/10, radiates to L jaw. Hx HTN, HLD, former smoker (quit 2015). Takes atorvastatin 40 mg, amlodipine 5 mg. Age 62.
Protocol: Chest pain (Schmitt-Thompson). Disposition: Call 911 / go to nearest ED now.
Vet states husband {{NAME:Efrain}} will drive to {{FACILITY:Del Sol Community Hospital}}. Advised not to drive self; advised ASA 325 mg chewed if no allergy (none listed). Caller agreed. Informed of MISSION Act emergency notification - RN notified Community Care Emergency Notification within 72 h (case #{{ID:EN-2023-0204-9931}}).
Follow-up call {{DATE:02/05/2023 0915}}: spoke with daughter {{NAME:Yesenia}} at {{PHONE:915-555-0140}}; pt admitted for NSTEMI, cath planned Monday.
Nurse: {{NAME:Devontae Pruitt}}, RN. Veterans Crisis Line 988 press 1 reviewed.`,
  `EMERGENCY DEPARTMENT RECORD - {{FACILITY:CARVER-HALE ARMY MEDICAL CENTER}}
DATE/TIME OF ARRIVAL: {{DATE:15 JUL 2019 0214}}     MODE: POV     TRIAGE: ESI 3
PATIENT: {{NAME:REYES-MORALES, ANTONIO}}   RANK: SPC   UNIT: A CO, 2-505 PIR
DOD ID: {{ID:1289904417}}   FMP/SSN: 20/{{SSN:552-71-0934}}   AGE: 22
HOME ADDRESS: {{ADDRESS:6120 SANDHILLS BLVD RM 318}}, {{LOCATION:FAYETTEVILLE}}, NC {{ZIP:28314}}
COMMAND POC: 1SG {{NAME:DAUGHERTY}}  {{PHONE:910-555-0156}}

CC: R ANKLE INJURY DURING NIGHT JUMP ON {{FACILITY:TALLON DROP ZONE}} AT 2330.
EXAM: SWELLING LAT MALLEOLUS; OTTAWA ANKLE RULES POSITIVE. NV INTACT. NO HEAD STRIKE, GCS 15.
XR R ANKLE ({{ID:ACC 19-0715-0022}}): WEBER B DISTAL FIBULA FX, MORTISE CONGRUENT.
TX: SPLINT, CRUTCHES, IBUPROFEN 800 MG. NO ALCOHOL.
DISPO: HOME TO BARRACKS. ORTHO F/U {{DATE:17 JUL 2019}}. PROFILE: NO RUN/JUMP X 6 WKS (ENTERED IN MEDPROS). LOD: YES, IN LINE OF DUTY.
ED PHYSICIAN: CPT {{NAME:HANNAH VO}}, MC   PA-C: {{NAME:J. LIEBERMAN}}
CPT 99284, 29515.`,
  `Pharmacy Note - CMOP / Mail-Out Issue
{{DATE:June 22, 2023}}
Pt: {{NAME:Okafor, Chinedu E.}}  ICN {{MRN:1008773312V661402}}
Mailing address on file: {{ADDRESS:PO Box 1187}}, {{LOCATION:Beaufort}}, SC {{ZIP:29901-1187}}; temp address {{ADDRESS:37 Marsh Hen Ln}}, {{LOCATION:Lady's Island}}, SC {{ZIP:29907}} valid {{DATE:6/1/23}}-{{DATE:8/31/23}}.

Issue: Rx #{{ID:40992187}} (buprenorphine/naloxone 8 mg/2 mg SL film, #28) returned to CMOP, undeliverable. Tracking {{ID:9405511899223344556677}}.
Spoke with vet at {{PHONE:843-555-0183}}. Verified name/DOB ({{DATE:03/09/1979}}). He is staying with girlfriend {{NAME:Tamika Green}} while his trailer is repaired after the storm.
Action: address updated for window mail; controlled substance - pt to pick up 7-day bridge at {{FACILITY:Port Royal Sound CBOC}} pharmacy tomorrow. Notified prescriber Dr. {{NAME:Iyer}} (OTP). PDMP checked, no concerns. NDC 12496-1208-3, lot 3J221B, exp 02/2025.
{{NAME:Mei-Ling Harrington}}, PharmD, CPP`,
  `AUDIOLOGY - HEARING AID FITTING
Vet: {{NAME:Bjornstad, Erik}}   Date: {{DATE:9 Nov 2022}}   Clinic: {{FACILITY:Fargo North VA Audiology}}, booth 3
Audiologist: {{NAME:Kayleigh Mbeki-Russo}}, Au.D.

Hx: USAF 1984-2006, aircraft maintenance (flight line, KC-135s). SC hearing loss 10%, tinnitus 10%. Audio {{DATE:10/04/2022}}: bilat moderate-severe sloping SNHL; WRS 84% R, 80% L (Maryland CNC).
Devices issued (RLS batch): 
 - R: Phonak Audeo L90-R, serial {{DEVICE:2217A0X9K}}
 - L: Phonak Audeo L90-R, serial {{DEVICE:2217A0X9M}}
 - TV Connector, serial {{DEVICE:TVC-04418823}}
Real-ear verified to NAL-NL2. Bluetooth paired to pt's phone; app account under {{EMAIL:erik.bjornstad56@prairienet-demo.com}}.
Pt's wife {{NAME:Solveig}} attended, instructed on cleaning, battery charging, wax guards.
Return for 30-day f/u {{DATE:12/09/22}}. Batteries & supplies via DALC. Call clinic {{PHONE:701-555-0111}} with issues.
Warranty through {{DATE:11/09/2026}}.`,
  `PROSTHETICS & SENSORY AIDS SERVICE - AUTOMOBILE ADAPTIVE EQUIPMENT
Veteran: {{NAME:Kealoha, Duke M.}}   Claim #: {{ACCOUNT:31-660-214}}   Date: {{DATE:01/30/2024}}
Eligibility: SC bilateral LE amputation (AK/BK) - VA Form 21-4502 approved {{DATE:12/18/2023}}.

Vehicle: 2022 Toyota Sienna, VIN {{VEHICLE:5TDYRKEC3NS118842}}, HI plate {{VEHICLE:SNX 447}}.
Equipment: hand controls (Veigel Classic), left-foot accelerator N/A, power transfer seat (BraunAbility Turny Evo), serial {{DEVICE:TE-22-009417}}.
Vendor: {{FACILITY:Island Mobility Conversions}}, {{ADDRESS:94-1221 Ka Uka Blvd}}, {{LOCATION:Waipahu}} {{ZIP:96797}}, {{PHONE:808-555-0124}}.
Driver rehab eval by OTR/L CDRS {{NAME:Noelani Ah Sing}} at {{FACILITY:Spark M. Kalani VA Driver Rehab}} on {{DATE:1/12/24}} - cleared with restrictions (hand controls, daylight only).
Power wheelchair: Permobil M3 Corpus, serial {{DEVICE:PBM3-771204-HI}}.
Purchase order {{ID:PO-459-24-0117}}; pmt not to exceed amount per M-38.
Contact: spouse {{NAME:Leilani Kealoha}} {{PHONE:(808) 555-0166}}.
Prosthetics Rep: {{NAME:Gilbert Yoshimura}}`,
  `CAREGIVER SUPPORT PROGRAM - PCAFC ANNUAL WELLNESS CONTACT
Date: {{DATE:August 8, 2023}}  Mode: VVC   CSP: {{NAME:Renee Castellanos}}, LMSW
Veteran: SGT (ret) {{NAME:Jermaine Otis Whitfield}}
Primary Family Caregiver: {{NAME:Alicia Whitfield}} (spouse)   Secondary: {{NAME:Doris Whitfield}} (mother)

Veteran is a 39-year-old OIF/OEF vet w/ SC PTSD 70%, TBI, L BKA after IED near {{LOCATION:Ramadi}} ({{DATE:3 Mar 2007}}). Stipend level 2.
Caregiver reports: assists with ADLs (bathing, prosthetic donning), medication setup, transport to {{FACILITY:Elizabeth River VAMC}} and to {{FACILITY:Great Bridge Vet Center}}. She works 20 hr/wk at {{FACILITY:Tidewater Family Dental}} ({{LOCATION:Chesapeake}}).
Zarit Burden Interview (short): 14 - moderate burden. Wants respite.
Plan: 30 days respite approved; Adult Day Health at {{FACILITY:Greenbrier Adult Day Center}} Mon/Wed; REACH VA coaching with peer support mentor {{NAME:Tonya Buckner}}.
Home address verified: {{ADDRESS:1509 Battlefield Blvd S, Unit 12}}, {{LOCATION:Chesapeake}}, VA {{ZIP:23322}}.
Caregiver phone {{PHONE:757-555-0139}}, email {{EMAIL:aliciaw.caregiver@coastalmail-demo.net}}; she posts updates at {{URL:www.whitfieldstrong-demo.org}}.
Next contact due {{DATE:08/2024}}.`,
  `HOME BASED PRIMARY CARE - INTERDISCIPLINARY VISIT
Visit date: {{DATE:12/05/2022}}    HBPC team: {{FACILITY:Blue Ridge VA HBPC}} (Team 2)
Patient: {{NAME:Ferraro, Vincenzo "Vince"}}    Age: {{AGE:97}}    WWII, U.S. Navy, Pacific theater
Address: {{ADDRESS:410 Orchard Hill Rd}}, {{LOCATION:Staunton}}, VA {{ZIP:24401}}

S: Pt seen at home with daughter/caregiver {{NAME:Carla Ferraro-Banks}}. Says he "feels like a kid again" since the new hearing aids. Recalls serving aboard the {{FACILITY:USS Tillamook Sound}} off {{LOCATION:Okinawa}}; still attends monthly breakfast at {{FACILITY:VFW Post 2216}}. Appetite fair. One fall last week (no injury) going to bathroom at night.
O: BP 118/62 sitting, 102/58 standing. Wt 142 lb (down 4 lb since {{DATE:9/12}}). Timed Up and Go 19 s. Braden 17. Skin intact. MMSE 23/30 (was 25 in 2021). Heberden nodes bilat.
A/P:
- Orthostasis: reduce tamsulosin to 0.4 mg qhs only; hold HCTZ.
- Fall risk: bed alarm, night lights; OT home safety eval; PERS pendant (serial {{DEVICE:LF-88-3301427}}) working, tested today.
- Weight loss: Ensure BID, RD visit {{DATE:12/19}}.
- Goals of care: DNR/DNI confirmed, LST note updated. Healthcare POA = {{NAME:Carla}}.
Next HBPC RN visit Thursday. Physician: {{NAME:Rachel Odum-Pierce}}, DO. HBPC RN {{NAME:Luis Batista}} {{PHONE:540-555-0193}}.`,
  `SUICIDE PREVENTION - SAFETY PLAN (VA SAFETY PLAN TEMPLATE)
Veteran: {{NAME:Kowalski, Brandon T}}   Date: {{DATE:2023-05-17 15:20}}   SPC: {{NAME:Imani Oduya}}, LCSW
High Risk for Suicide Patient Record Flag placed {{DATE:5/17/2023}}; review in 90 days.

Step 1 warning signs: drinking alone in garage, not answering phone, looking at old unit photos from {{LOCATION:Kunar}}.
Step 2 internal coping: lifting, walking dog (Ranger), playing guitar.
Step 3 people/places for distraction: {{FACILITY:Iron Forge CrossFit}}; cousin {{NAME:Derek}}; {{FACILITY:Rusty Anchor Diner}} on {{ADDRESS:Main St & 5th Ave}}.
Step 4 people to ask for help: mother {{NAME:Janice Kowalski}} {{PHONE:(419) 555-0172}}; battle buddy {{NAME:Marcus "Doc" Abernathy}} {{PHONE:419-555-0109}}.
Step 5 professionals: Dr. {{NAME:Sandoval}} (psych) {{PHONE:419-555-0100 x2231}}; {{FACILITY:Maumee River VA Clinic}} after hours; Veterans Crisis Line 988 then press 1, text 838255.
Step 6 lethal means: Vet agreed to store 3 firearms (Glock 19, AR-15, Remington 870) with brother-in-law {{NAME:Steve Pawlak}} at his house in {{LOCATION:Perrysburg}}; cable locks issued x2. Partner {{NAME:Ashley}} will hold medications (sertraline 150 mg, hydroxyzine 25 mg).
Reasons for living: daughter {{NAME:Kaylee}} (age 6), "my guys."
C-SSRS: ideation without plan last 30 days; no attempt history. Risk: high acute? No - intermediate acute, high chronic.
Signed {{NAME:I. Oduya}}`,
  `BENEFICIARY TRAVEL - MILEAGE REIMBURSEMENT / SPECIAL MODE
Claim date: {{DATE:04/03/2023}}    BT Clerk: {{NAME:Shanice Moultrie}}
Veteran: {{NAME:TSOSIE, LORENZO}}    SC 60%    Last4: {{SSN:3307}}
Trip: {{LOCATION:Chinle}}, AZ -> {{FACILITY:Painted Mesa VA Medical Center}} (dialysis access eval) and return. Departed {{DATE:3/30/23}} 0430.
Vehicle: 2009 Ford F-150, AZ plate {{VEHICLE:CDT4417}}. Driver: nephew {{NAME:Jaron Begay}}.
Miles: 412 round trip x $0.415 = $170.98, less deductible (waived: SC > 30%).
Special mode requested for next trip ({{DATE:04/27/2023}}): wheelchair van via {{FACILITY:Canyon Country Medical Transport}}, unit #{{VEHICLE:CCMT-14}}, dispatch {{PHONE:928-555-0134}}.
Payment by EFT to acct ending {{ACCOUNT:558201}} ({{FACILITY:Dine Canyon Credit Union}}).
Lodging: 1 night, {{FACILITY:Route 66 Lantern Motel}}, {{LOCATION:Gallup}}, NM, receipt #{{ID:LM-20445}}.
Approved. Pt's mailing address: {{ADDRESS:HC 58 Box 2217}}, {{LOCATION:Chinle}}, AZ {{ZIP:86503}}.`,
  `SCI/D ANNUAL EVALUATION
{{FACILITY:Gulf Pines VA Spinal Cord Injury Center}}, Ward 3A   Admit {{DATE:10/16/2023}}  Discharge {{DATE:10/20/2023}}
Pt: {{NAME:Boudreaux, Andre Joseph}}, 44M   MRN {{MRN:000-61-2248}}  
Injury: C6 AIS B tetraplegia, MVC on {{DATE:July 4, 2009}} while stationed at {{FACILITY:Camp Petit Bois}}, MS; ruled in line of duty.
Team: SCI attending Dr. {{NAME:Chukwuemeka Ibe}}; urology Dr. {{NAME:Fontenot}}; PT {{NAME:Marlee Guidry}}; SW {{NAME:Jean-Baptiste Thibodeaux}}.
Findings: ISNCSCI unchanged. Renal US normal. Urodynamics: neurogenic detrusor overactivity, on oxybutynin 5 mg TID + CIC q4-6h. Sacral skin intact, Braden 15. DEXA T-score -2.6 hip. ASIA impairment scale B.
Equipment: Quantum Q6 Edge 3 power chair SN {{DEVICE:Q6E3-0091188}}; ROHO cushion; Hoyer lift; baclofen pump Medtronic SynchroMed II SN {{DEVICE:NGP441872H}} - refill {{DATE:11/14/23}}.
Home: lives with mother {{NAME:Yvette Boudreaux}} at {{ADDRESS:118 Bayou Lacombe Dr}}, {{LOCATION:Slidell}}, LA {{ZIP:70461}}. Attendant via {{FACILITY:Acadiana Home Attendants}}.
D/C plan: annual eval next Oct; SCI primary care at {{FACILITY:Pearl River CBOC}}; zoledronic acid 5 mg IV given {{DATE:10/19}}.`,
  `MST COORDINATOR CONSULT NOTE
Date: {{DATE:February 28th, 2023}}
Veteran: {{NAME:Ximena Alvarado-Ruiz}}   Age: 29   Branch: USAF (2013-2019), 3D1X2
Referral from PACT RN {{NAME:Teodora Iliescu}} after positive MST screen.

Veteran disclosed sexual assault by a supervisor (TSgt; name withheld by veteran) at {{FACILITY:Harwick Air Force Base}} in 2016; restricted report made to SARC at the time. Symptoms: nightmares, avoidance of men in uniform, startle. She works as a veterinary tech at {{FACILITY:Paws & Claws Animal Hospital}} in {{LOCATION:Las Cruces}}.
Clarified that MST-related care is free regardless of SC status or length of service. Offered women's-only CPT group (Cognitive Processing Therapy) at {{FACILITY:Rio Grande Valley VA Health Care System}} and individual PE with Dr. {{NAME:Nakamura-Lowe}}.
She prefers VVC from home; verified location {{ADDRESS:2714 Calle Azul}}, {{LOCATION:Las Cruces}} {{ZIP:88011}}, and callback {{PHONE:575-555-0181}}.
Partner {{NAME:Delfina}} aware and supportive.
Plan: first CPT session {{DATE:3/8/23}}, 1300. Provided Safe Helpline info. MST coordinator: {{NAME:Wendell Ashby-Nkemelu}}, PhD, ext. {{PHONE:6617}}.`,
  `HCHV INTAKE - HOMELESS VETERAN
Date {{DATE:11/28/22}} 1040   Outreach worker {{NAME:J. Szymanski}}   Site: {{FACILITY:Lakeview Overnight Shelter}}, {{LOCATION:Chicago}}
Vet: {{NAME:LEROY "SARGE" TIBBS}}   DOB {{DATE:3/3/63}}   USA 1981-1987, 19K, stationed {{LOCATION:Baumholder}}, West Germany
Eligibility: DD-214 not in hand; VBA VIS query shows honorable, char. of service confirmed; Claim # {{ACCOUNT:19 448 213}}.

Homeless since eviction from {{ADDRESS:6630 S Halsted St Apt 2R}} in {{DATE:Aug 2022}}. Sleeping under viaduct at {{ADDRESS:W 63rd St and S Wentworth Ave}} until last week. Belongings in locker #114 at shelter.
Health: COPD (uses albuterol, no inhaler now), R foot wound, last VA visit ~2019 at {{FACILITY:Halsted Lakeside VAMC}}? -> pt unsure. SSVF referral sent to {{FACILITY:Midwest Veterans Housing Alliance}}.
Income: none. Prior employer {{FACILITY:Calumet Steel Drum Co.}} (laid off 2015).
Contact: "use my sister" {{NAME:Bernice Tibbs-Howard}} {{PHONE:773-555-0129}}.
Plan: GPD bed at {{FACILITY:Pilsen Veterans Transitional Residence}} available {{DATE:12/1}}; walk-in to PACT for foot wound tomorrow; apply for HUD-VASH. Bus pass given.`,
  `WOMEN'S HEALTH - PRENATAL (MATERNITY CARE COORDINATION)
{{DATE:Jan 9 2024}}   MCC: {{NAME:Sunita Raghunathan}}, RN
Vet: {{NAME:Grace Nakagawa-Ortiz}}, G2P1, EDD {{DATE:06/22/2024}}, 33 yo, USMC vet (2010-2018)
OB care in community: {{FACILITY:Coastal Bend Women's Health}}, Dr. {{NAME:Amara Eze}}, {{PHONE:361-555-0147}}. Delivery planned at {{FACILITY:Bay Area Birthing Center}}, {{LOCATION:Corpus Christi}}.
Community care auth {{ID:VA0051128840}} covers prenatal + delivery + 8 wk postpartum; newborn care first 7 days.
Hx: PTSD (on sertraline 50 mg - reviewed, continue per OB/psych), migraines (stopped topiramate when pregnancy test + {{DATE:11/14/23}}), GDM in 1st pregnancy.
Screens: EPDS 9. IPV screen negative. Lactation consult requested.
Husband: {{NAME:Rafael Ortiz}}, active duty Navy (HM2) at {{FACILITY:Naval Air Station Laguna Shoals}}; TRICARE not primary for vet herself.
Breast pump ordered through prosthetics: Spectra S1, SN {{DEVICE:S1P-2304-66781}}.
Next call: {{DATE:Feb 6}}. Vet email {{EMAIL:gnakagawa.ortiz@gulfcoast-demo.mail}}.`,
  `AGENT ORANGE REGISTRY EXAMINATION
Exam date: {{DATE:8-17-2022}}   Examiner: {{NAME:Thanh Huong Pham}}, NP   Env. Health Clinician
Veteran: {{NAME:MORRISSEY, Patrick Francis}}   age 76
Service: USA 1967-1969; 25th Infantry Division; base camp near {{LOCATION:Cu Chi}}; also {{LOCATION:Tay Ninh}}. Brown-water? no.
Exposure hx: sprayed perimeter, drank local water. Blue Water Navy? N/A.
Conditions: DM2 (2001), prostate CA s/p radical prostatectomy 2014 at {{FACILITY:St. Brendan Medical Center}} ({{LOCATION:Worcester}}), peripheral neuropathy, HTN (now presumptive).
Exam: BP 146/80. Feet: decreased vibration to ankles, monofilament 6/10 R, 5/10 L. Chloracne not present. No Dupuytren contracture. 
Labs: PSA <0.01, A1c 7.9, eGFR 58.
Counseling: registry exam is not a claim. Gave VSO list; vet already works with {{NAME:Dolores Fitzgerald}} at {{FACILITY:Quinsigamond Veterans Services}}, {{PHONE:508-555-0150}}.
Letter of results mailed to {{ADDRESS:22 Plantation St, #3}}, {{LOCATION:Worcester}}, MA {{ZIP:01604}}.
Wife {{NAME:Maureen}} asked about children's spina bifida benefit (daughter {{NAME:Siobhan}}, 44) - info provided.`,
  `PACT ACT TOXIC EXPOSURE SCREENING / AIRBORNE HAZARDS
{{DATE:Thu 03-02-2023}}
vet {{NAME:Rashid Al-Hamadani}}, 45, USA 1998-2010, OIF x3, OEF x1
Q1 exposures: burn pits YES ({{FACILITY:Camp Caldera}} area near {{LOCATION:Balad}}; {{FACILITY:FOB Keystone}} near {{LOCATION:Khost}}). Gulf War 1990-91? No. Agent Orange? No. Radiation? No. Contaminated water at a Marine base? No. Other: depleted uranium clean-up.
Airborne Hazards & Open Burn Pit Registry: completed online {{DATE:2/20/2023}}, registry ID {{ID:AHOBPR-2023-558104}}.
Current sx: chronic sinusitis, exertional dyspnea, FEV1/FVC 0.68 on spirometry {{DATE:01/2023}}, DLCO 71%.
Referral: Pulm e-consult to Dr. {{NAME:Szabo}}; WRIISC referral placed.
Vet works as interpreter for {{FACILITY:Metro Refugee Resettlement Services}} in {{LOCATION:Dearborn}}; spouse {{NAME:Layla}}. Ph {{PHONE:313-555-0161}}.
Screener: {{NAME:Hollis Brandt}}, RN`,
  `DENTAL - VA DENTAL CLASS II(a) - COMPREHENSIVE EXAM
Date: {{DATE:05/08/2023}}   Dentist: {{NAME:Farzana Qureshi}}, DDS   Asst: {{NAME:mb}}
Pt: {{NAME:Sørensen, Tor}}   Clinic: {{FACILITY:Dakota Plains VA Dental}}, operatory 4

Eligibility: SC dental trauma - fx #8, #9 in {{DATE:March 1999}} during combatives training at {{FACILITY:Fort Ellery}}; VBA rating {{DATE:06/12/2000}}.
CC: "front crown came off."
Exam: #8 PFM crown debonded, #9 RCT w/ post, #19 MOD caries, #30 missing. Generalized moderate periodontitis stage III grade B. Perio chart: 5-6 mm pockets posterior. Bite: Class I. Tori present (mandibular).
Radiographs: FMX, pano. 
Tx today: re-cemented #8 w/ RMGI (lot 2208119, Fuji Plus). 
Plan: SRP 4 quads; #19 MOD composite; consider implant #30 (Straumann BLT 4.1 x 10 mm) - community care referral to {{FACILITY:Prairie Oral Surgery Group}}, fax {{FAX:605-555-0113}}.
Next appt {{DATE:5/22/23}} 0800. Pt works nights at {{FACILITY:Sioux Valley Meat Packing}}; prefers AM.`,
  `MENTAL HEALTH RESIDENTIAL REHABILITATION TREATMENT PROGRAM (MH RRTP) - DISCHARGE SUMMARY
PROGRAM: {{FACILITY:GULL LAKE DOMICILIARY}}, PTSD/SUD TRACK
VETERAN: {{NAME:HERNANDEZ, JOSE LUIS}}     ADMIT: {{DATE:02/06/2023}}     DISCHARGE: {{DATE:03/31/2023}}
DISCHARGE TYPE: REGULAR, COMPLETED PROGRAM
TREATMENT TEAM: PSYCHIATRIST DR. {{NAME:GHOSH}}; PSYCHOLOGIST DR. {{NAME:ELLIS-MWANGI}}; RN {{NAME:B. KAMARA}}; SW {{NAME:LUCY OKWUOSA}}

COURSE: 55-YEAR-OLD ARMY VETERAN (PERSIAN GULF WAR, 24TH INFANTRY DIVISION) WITH CHRONIC PTSD, AUD AND COCAINE USE DISORDER IN EARLY REMISSION. COMPLETED 12 SESSIONS CPT, SEEKING SAFETY GROUP, MOTIVATIONAL INTERVIEWING. PCL-5 FROM 67 ON ADMISSION TO 38 AT DISCHARGE. NALTREXONE 50 MG DAILY STARTED {{DATE:2/9}}. NO URINE DRUG SCREENS POSITIVE AFTER WEEK 1.
DISPOSITION: TO {{FACILITY:GREAT LAKES VETERANS TRANSITIONAL HOUSING}}, {{ADDRESS:1140 W MICHIGAN AVE, ROOM 22}}, {{LOCATION:KALAMAZOO}}, MI {{ZIP:49007}}. COMPENSATED WORK THERAPY PLACEMENT AT {{FACILITY:KZOO PALLET & CRATE}}.
FOLLOW-UP: PCT {{DATE:04/05/2023 1000}}; SUD IOP MON/WED/FRI; PACT {{DATE:APRIL 12, 2023}}.
SISTER {{NAME:ROSA HERNANDEZ}} AT {{PHONE:269-555-0171}} AWARE OF DISCHARGE.
DICTATED BY: {{NAME:L. OKWUOSA}}, LMSW   JOB #{{ID:448120}}   D: {{DATE:03/31/2023}}  T: {{DATE:04/01/2023}}`,
  `MY HEALTHEVET SECURE MESSAGE THREAD
Triage group: {{FACILITY:Lowcountry CBOC}} PACT Green
From: {{NAME:Dwayne Pettigrew}} ({{EMAIL:dpettigrew1971@lowcountrymail-demo.net}})   Sent: {{DATE:07/19/2023 06:12 AM}}
Subject: knee still bad + refill

Hi, this is {{NAME:Dwayne}}. Knee is still swollen from when I twisted it at work ({{FACILITY:Palmetto Tire & Lube}}). The meloxicam 15 mg isnt doing much. Can I get the ortho thing through community care? Also need refill on my omeprazole. Sorry for long msg. My new cell is {{PHONE:843.555.0107}}. Thx - D.P.

Reply from: {{NAME:Abena Owusu-Ansah}}, RN   Sent: {{DATE:07/19/2023 10:48 AM}}
Mr. {{NAME:Pettigrew}}, thank you. I updated your phone. Omeprazole 20 mg refill sent to mail-out; arrives 7-10 days. Dr. {{NAME:Vanterpool}} reviewed and would like to see you this week before ordering ortho - Friday {{DATE:7/21}} at 1:40 PM, or VVC. Please ice, elevate, and avoid kneeling. If your knee gets hot/red or you get a fever, go to ED.

From: {{NAME:Dwayne Pettigrew}}   Sent: {{DATE:07/19/2023 11:02 AM}}
Friday works. My wife {{NAME:Tonya}} will bring me.`,
  `POLYTRAUMA REHAB - ADMISSION H&P (de-identified export, brackets retained)
Pt: [**{{NAME:Known lastname 4417}}**], [**{{NAME:Known firstname 882}}**]   Adm: [**{{DATE:2148-06-11}}**]
Hx: 27M Army SPC, 101st Airborne, IED blast near [**{{LOCATION:Location 3391}}**] on [**{{DATE:2148-05-29}}**], evac via [**{{FACILITY:Hospital 9911}}**] then [**{{LOCATION:Landstuhl}}**]. Injuries: severe TBI (GCS 6 in field), R BKA, L tib-fib ORIF, Grade 3 R tympanic perforation.
PMH: none. Meds: levetiracetam 500 BID, enoxaparin 40 daily, oxycodone 5 q4h prn.
SH: from [**{{LOCATION:City 118}}**], [**State 23**]; parents [**{{NAME:First Name 221}}**] and [**{{NAME:First Name 7716}}**] at bedside; fiancee [**{{NAME:Name (NI) 5521}}**].
Exam: Rancho Los Amigos level IV, agitated. JFK Coma Recovery Scale-R 16. Stump healing, Glasgow Outcome Scale not yet applicable.
Plan: Neuro-behavioral program, PT/OT/SLP, prosthetics consult; family meeting [**{{DATE:6-14}}**] with Dr. [**{{NAME:Last Name (STitle) 4408}}**]. Contact mother [**{{PHONE:Telephone/Fax (1) 7712}}**].
Attending: [**{{NAME:First Name4 (NamePattern1) 339}}**] [**{{NAME:Last Name (NamePattern1) 5520}}**], MD  Job#: [**{{ID:Job Number 88213}}**]`,
  `ACUTE MEDICINE DISCHARGE SUMMARY
{{FACILITY:CAROLINA PIEDMONT VA MEDICAL CENTER}} - 5 SOUTH, BED 12
PATIENT: {{NAME:MCALLISTER, GLENDA FAYE}}     SSN: {{SSN:245-88-1093}}     AGE: 71
ADMITTED: {{DATE:11/02/2022}}   DISCHARGED: {{DATE:11/07/2022}}   ATTENDING: {{NAME:RAJ MALHOTRA}}, MD

DIAGNOSES: 1. CAP, RLL (J18.1). 2. COPD EXACERBATION. 3. AKI ON CKD 3A, RESOLVED. 4. HYPONATREMIA (NA 127 -> 134).
HOSPITAL COURSE: NAVY VETERAN (HOSPITAL CORPSMAN 1972-1992) PRESENTED FROM {{FACILITY:SALISBURY MEADOWS ASSISTED LIVING}} WITH FEVER 102.4, SPO2 86% RA. CURB-65 = 2. TREATED WITH CEFTRIAXONE + AZITHROMYCIN, PREDNISONE 40 MG X5 D. CXR ({{DATE:11/2/22}}, ACC {{ID:CX22110244}}): RLL CONSOLIDATION. BLOOD CX NEGATIVE. LEGIONELLA AG NEG. 
DISCHARGE MEDS: AMOX-CLAV 875 MG BID X 2 MORE DAYS; TIOTROPIUM 18 MCG; ALBUTEROL MDI PRN.
FOLLOW-UP: PACT DR. {{NAME:HOLLINGSWORTH}} WITHIN 7 DAYS ({{DATE:11/14/22}} 0930). HOME O2 EVAL - VENDOR {{FACILITY:PIEDMONT HOME RESPIRATORY}}, CONCENTRATOR SN {{DEVICE:IC5-2211-04478}}.
HCP: SON {{NAME:DALE MCALLISTER}} {{PHONE:704-555-0115}}.
CC: {{FACILITY:SALISBURY MEADOWS ASSISTED LIVING}} FAX {{FAX:704-555-0116}}.
/{{NAME:RM}}/{{NAME:tlw}}`,
  `Compensation & Pension Exam - Hearing Loss and Tinnitus DBQ
Veteran: {{NAME:Yusuf Abdirahman Warsame}}   VA claim: {{ACCOUNT:402118773}}   Exam: {{DATE:6/28/2023}}
Examiner: {{NAME:Colette Fairbanks-Oyelowo}}, Au.D., CCC-A   Contract examiner: {{FACILITY:Summit Disability Evaluations}}, {{LOCATION:Minneapolis}}

Military noise exposure: Army 2004-2012, 13B cannon crewmember (M777 howitzer), 1st Battalion, 321st Field Artillery. Civilian: warehouse at {{FACILITY:North Star Distribution}} with hearing protection.
Puretone thresholds (dB HL), R/L at 500/1000/2000/3000/4000 Hz:
R 20 25 35 55 65 ; L 25 30 45 60 70
Maryland CNC: R 88%, L 84%. Tympanometry Type A bilat. Stenger negative.
Diagnosis: bilateral SNHL; tinnitus, recurrent.
Opinion: hearing loss at least as likely as not caused by military noise; STRs show threshold shift between enlistment audiogram {{DATE:07/15/2004}} and separation audiogram {{DATE:03/02/2012}}. Tinnitus as likely as not a symptom of the hearing loss.
Interpreter (Somali) present by phone: {{NAME:Hodan Farah}}, ID {{ID:LL-77120}}.
Report e-signed {{DATE:06/28/2023 16:44}}. Examiner NPI {{LICENSE:1780663214}}.`,
  `VETERANS JUSTICE OUTREACH (VJO) - JAIL VISIT
{{DATE:5/24/23}}  VJO Specialist: {{NAME:Carlos Echeverría}}, LCSW
Visited vet at {{FACILITY:Santa Cruz River Detention Center}}, pod C-4. Booking #{{ID:P23-0418876}}.
Vet: {{NAME:Dustin Ray Coldwater}}   DOB {{DATE:10/02/1988}}   USMC 2007-2011, 0331, 1st Bn 7th Marines, deployed {{LOCATION:Garmsir}}
Charges: DUI 2nd, resisting. Court: Veterans Treatment Court docket, Judge {{NAME:Marguerite Ocampo}}; PD {{NAME:Alan Strickland}} ({{PHONE:520-555-0118}}).
Vet states last drink {{DATE:5/19}}; mild withdrawal managed by jail medical (CIWA 6). On no meds. Hx PTSD, SC 30% (claim {{ACCOUNT:31 922 044}}).
Eligibility: OTH? No - honorable. VHA eligible.
Plan: VTC screening packet to court; treatment plan letter - residential SUD at {{FACILITY:Sonoran Sky Recovery Residence}} upon release; mentor {{NAME:Hector "Flaco" Ruiz}} from VTC mentor corps. Mother {{NAME:Rhonda Coldwater}} (ph {{PHONE:520-555-0144}}) will provide housing after.
Next court date {{DATE:June 7, 2023}} 0830.`,
  `VR&E (CHAPTER 31) - CASE NOTE
Counselor: {{NAME:Beatriz Lindgren}}, CRC   Date: {{DATE:09/12/2023}}   Regional office: {{LOCATION:St. Paul}}
Participant: {{NAME:Tran, Minh Khoa}}   File #: {{ACCOUNT:C-27 441 806}}   SC: 40% (lumbar DDD, L radiculopathy)
Track: Reemployment -> Rapid Access to Employment. Goal: CNC machinist.
Education: completed CNC program at {{FACILITY:Minnehaha Technical College}} {{DATE:May 2023}} (3.6 GPA).
Employment: offer from {{FACILITY:Twin Rivers Precision Machining}}, {{ADDRESS:7790 Bass Lake Rd}}, {{LOCATION:New Hope}} {{ZIP:55428}}; HR contact {{NAME:Kristin Vang}}, {{EMAIL:kvang@twinriversprecision-demo.com}}. Start date {{DATE:10/2/2023}}, $27/hr.
Accommodations: sit-stand stool, lift limit 35 lb, anti-fatigue mat - purchased via VR&E, PO {{ID:VRE-335-23-00918}}.
Note: participant requests that employer not be told about PTSD screen; documented.
Case status to "job ready" -> "rehabilitated" after 60 days employment ({{DATE:12/01/2023}}).
Participant phone {{PHONE:651-555-0162}}.`,
  `REPORT OF MEDICAL HISTORY / SEPARATION HISTORY AND PHYSICAL EXAMINATION (SHPE)
Examinee: PFC {{NAME:Olusegun Adeyemi}}   DoD ID: {{ID:1544817290}}   Exam date: {{DATE:20230314}}
Facility: {{FACILITY:Fort Ellery Medical Home - Sabre Clinic}}   Component: USAR   Unit: 844th Engineer Battalion, {{LOCATION:Knoxville}}
Entry date: {{DATE:2019-08-05}}   Projected separation: {{DATE:2023-06-01}}

Item 29 (injuries): L shoulder dislocation during ACFT training {{DATE:OCT 2021}}, reduced at {{FACILITY:Ellery Troop Medical Clinic}}; recurrent instability. + apprehension, + relocation (Jobe) test. Neer/Hawkins neg.
Item 31 (mental health): denies.
Hearing: H1 profile (audio {{DATE:3/10/2023}} normal). Vision 20/20 OU, PULHES 111111 -> 211111 pending ortho.
Vitals: Ht 70 in, Wt 187 lb, BP 124/78.
Recommendation: file BDD claim (within 180 days of separation, eligible); copy of STRs to member.
Examiner: LTC {{NAME:Renata Czerwinski}}, MC, USAR. Member signature on file {{DATE:14 Mar 2023}}.`,
  `LINE OF DUTY DETERMINATION - DA FORM 2173 SUPPORTING MEDICAL NOTE
Soldier: SGT {{NAME:Aune, Kristoffer K.}}   DoD ID {{ID:1377261904}}   Unit: B Btry, 1-147 FA, SD ARNG ({{LOCATION:Yankton}} armory)
Date of injury: {{DATE:Saturday 10 June 2023}} approx 1415, during annual training at {{FACILITY:Camp Sheyenne Ridge}}, ND.
Treated at: {{FACILITY:Stump Lake Regional Medical Center}} ED, {{DATE:10 Jun 23}} 1620; attending Dr. {{NAME:Hilde Runningbear}}.

Mechanism: crush injury L hand between trail arm and spade of M119A3 howitzer during emplacement. XR: nondisplaced fx L 4th metacarpal shaft; boxer's fx ruled out. Tetanus given. BAC not drawn; no suspicion of intoxication (witness SSG {{NAME:Deng}}).
Disposition: splint, ortho f/u {{DATE:6/16/23}} at {{FACILITY:Big Sioux Orthopedics}}, {{LOCATION:Sioux Falls}}.
Medical opinion: injury incurred in line of duty, not due to own misconduct. Temporary profile 30 days (no weapons handling L hand).
Incident report #{{ID:SDARNG-AT-23-0419}}. Insurance: soldier has employer plan through {{FACILITY:Dakota Grain Cooperative}}, member ID {{HEALTH_PLAN:DGC884120773}} - not billed; TRICARE LOD care authorized.
Prepared by: CPT {{NAME:Elena Vasquez-Thunder Hawk}}, State Surgeon's Office, {{PHONE:605-555-0192}}, {{EMAIL:elena.vasquezthunderhawk.mil@army-demo.mil}}
Date {{DATE:14 June 2023}}`,
  `Community Care PT - Progress Report (faxed to VA)
Provider: {{FACILITY:Cascade Motion Physical Therapy}}, {{ADDRESS:1920 NE Broadway St, Ste 105}}, {{LOCATION:Portland}} {{ZIP:97232}}   Fax {{FAX:503-555-0126}}
Pt: {{NAME:Lawanda Jefferson}}   DOB {{DATE:4/17/1969}}   VA auth {{ID:VA0039902287}} (12 visits, SEOC PT 1.1.4)
Visit 8 of 12   {{DATE:10/26/2022}}

Dx: cervical radiculopathy C6 (M54.12); s/p ACDF C5-6 ({{DATE:June 2021}}) at {{FACILITY:Willamette Spine Institute}}.
Subj: neck pain 4/10 (was 7/10), numbness thumb/index improving. Sleeping better. Back to driving for {{FACILITY:Rose City Rides}} (paratransit) 3 shifts/wk.
Obj: Cervical rot R 60 / L 55 deg. Spurling neg. ULTT1 mildly + L. Grip (Jamar) R 28 kg, L 22 kg. NDI 24% (was 42%).
Assessment: good progress, goals 2/4 met.
Plan: continue 2x/wk x 2 wk; HEP updated. Request 6 additional visits (SAR submitted {{DATE:10/26/22}}).
Therapist: {{NAME:Jonah Whitecloud}}, PT, DPT, OR lic {{LICENSE:PT-9038}}
VA contact: {{FACILITY:Portland Hillside VAMC}} Office of Community Care, {{PHONE:503-555-0133}}.`,
  `SLEEP MEDICINE - CPAP DOWNLOAD REVIEW (TELEHEALTH)
{{DATE:01/23/2024}}   Vet: {{NAME:LaRue, Beauregard}}   Age 52   Sleep clinic: {{FACILITY:Ozark Hills VA Sleep Lab}}
Device: ResMed AirSense 11 AutoSet, SN {{DEVICE:23172039471}}, modem IMEI {{DEVICE:356728114409921}}. Mask: AirFit F20 M.
Baseline PSG ({{DATE:08/14/2023}}): AHI 41.2, nadir SpO2 79%. Epworth 16 -> now 7.
Download 30 d: usage 26/30 days >4h (87%), median 6.8 h, 95th pct pressure 11.9 cmH2O, residual AHI 3.1, leak 95th pct 18 L/min.
Assessment: OSA, severe, well controlled on APAP 6-14. PTSD nightmares less frequent per vet (prazosin 3 mg).
Data source: AirView account linked under clinic ID {{ID:OZK-AV-0417}}; device last seen from IP {{IP:172.58.14.203}} on {{DATE:1/22/24 05:14}}.
Plan: continue; supplies q3mo via {{FACILITY:Harrison Respiratory Supply}}. Inform C&P DBQ (sleep apnea secondary to PTSD claim pending, claim #{{ACCOUNT:28-511-007}}).
Vet commutes as trucker for {{FACILITY:Razorback Freight Lines}} - DOT med card in date; CPAP compliance letter provided for Dr. {{NAME:Pennington}}, DOT examiner.
{{NAME:Alessandra Moretti-King}}, NP`,
  `VVC Encounter - Technical Log Appended to Note
Session ID: {{ID:vvc-7f3a91c2-0b44}}   Scheduled: {{DATE:2023-09-05T13:30}}   Connected: 13:31   Ended: 14:05
Provider: {{NAME:Obinna Chukwu}}, PhD (Psychology) at {{FACILITY:Tuscaloosa Pines VAMC}}; patient location verified: {{ADDRESS:5512 Old Greensboro Rd}}, {{LOCATION:Tuscaloosa}}, AL {{ZIP:35405}} (home).
Patient: {{NAME:Hubbard, Clarence "Junior"}}   Emergency contact at location: wife {{NAME:Patrice Hubbard}}, {{PHONE:205-555-0188}}.
Patient device: iPad (iOS 16.6), public IP {{IP:98.214.77.6}}; provider workstation {{IP:10.184.22.57}}.
Join link used: {{URL:https://vvc-demo.example.org/join/H7KQ-2291-TT}}
Audio dropped x2; resumed by phone at {{PHONE:205-555-0102}}.
Clinical: Session 7 of PE for PTSD. SUDS peak 70 -> 35 during imaginal exposure (hotspot: convoy near {{LOCATION:Fallujah}}, {{DATE:Nov 2004}}). PCL-5 today 39 (intake 58). Homework: in vivo hierarchy item 5 (grocery store on Saturday).
Next VVC: {{DATE:9/12/2023}} 1330.`,
  `whole health coaching - f/u (grp + indiv)
date {{DATE:3.15.23}}   coach: {{NAME:maria-jose santillan}}, nbc-hwc
vet: {{NAME:q. whitaker}} ({{NAME:Quentin Whitaker}}), 49, army 1993-2013 retired MSG, 101st then 10th Mountain

mission/aspiration/purpose: "be around for my grandkids & get back on the water."
circle of health self-ratings: moving body 3/5, food & drink 2/5, recharge 2/5, family/friends 4/5.
smart goal: walk 20 min mon/wed/fri after work at {{FACILITY:lakewood elementary}} track (he's a custodian there) - met 8/12 days.
barriers: knee oa (kl grade 3 on xr), night shifts.
tai chi class at {{FACILITY:cedar bluff community center}} tuesdays 1800; acupuncture via community care at {{FACILITY:harmony point acupuncture}}, acupuncturist {{NAME:Li Wen-Hsuan}}, L.Ac.
personal health plan updated, copy to pact dr {{NAME:Sandhu}}.
next: {{DATE:4/12}}. vet's email for handouts {{EMAIL:qwhitaker.msg@gmail-demo.com}}.`,
  `OPIOID TREATMENT PROGRAM - COUNSELOR NOTE
Date: {{DATE:Mon 08/14/2023}}   OTP: {{FACILITY:Sandia Foothills VA OTP}}, {{LOCATION:Albuquerque}}
Patient: {{NAME:Begay-Salazar, Nicolas}}   OTP ID {{ID:OTP-50217}}   Dose: methadone 85 mg daily, take-homes level 3 (Sun + 2)
Counselor: {{NAME:Tomasina Archuleta}}, LADAC

UDS {{DATE:8/10}}: methadone +, fentanyl neg, BZD neg. Pill count correct. PMP: no other controlled Rx.
Pt reports good week, started job at {{FACILITY:Rio Bravo Car Wash}} on {{ADDRESS:Coors Blvd}}. Girlfriend {{NAME:Autumn}} pregnant (EDD ~{{DATE:Jan 2024}}); discussed NAS and coordination with her OB at {{FACILITY:Westside Women's Clinic}}.
Naloxone kit #2 given (lot ND2219A).
Legal: probation officer {{NAME:D. Montoya}} requests attendance letter - ROI on file signed {{DATE:7/1/2023}}, valid 1 yr. Letter faxed to {{FAX:505-555-0137}}.
Plan: continue; consider take-home level 4 at 90-day review ({{DATE:9/30}}). Recovery group Thursdays with peer {{NAME:Ray Chavez}}.`,
  `COMMUNITY LIVING CENTER (CLC) - NURSING NOTE, NIGHT SHIFT
{{FACILITY:Magnolia Grove CLC}} Neighborhood 2 ("Liberty"), room 214-B     {{DATE:12/24/2022}} 2300 -> {{DATE:12/25/2022}} 0700
Resident: {{NAME:Hollins, Ephraim}}   Age {{AGE:92}}   Korean War vet (USMC, 1st Marine Division)
2330 resident awake, calling for "Lieutenant {{NAME:Barrows}}" - reoriented, states he thought he was at {{LOCATION:Hagaru-ri}}. Redirected w/ warm milk, big band music. Slept 0115-0530.
0300 brief check: incontinent care, skin intact, heels floated. Braden 14. Pain PAINAD 0.
0545 BG 142. Levemir 12 u given per order.
Fall risk: Morse 65, bed low, mat at bedside, bed alarm on.
Daughter {{NAME:Wilhelmina "Billie" Hollins-Grant}} called 2215 from {{LOCATION:Savannah}} ({{PHONE:912-555-0104}}), plans Christmas visit 1400 with great-grandson {{NAME:Micah}}.
RN: {{NAME:Feliciano Dumalagan}}, RN     CNA: {{NAME:Precious Mbatha}}`,
  `REQUEST FOR AND AUTHORIZATION TO RELEASE HEALTH INFORMATION (VA FORM 10-5345) - ROI LOG ENTRY
Logged: {{DATE:03/07/2023}} by {{NAME:Gwendolyn Shapiro}}, Release of Information
Patient: {{NAME:Pham, Duc Minh}}   SSN {{SSN:611-40-2279}}   DOB {{DATE:09/30/1966}}
Address: {{ADDRESS:1718 Westheimer Rd, Apt 1207}}, {{LOCATION:Houston}}, TX {{ZIP:77006}}
Released to: {{FACILITY:Bayou City Disability Law Group}}, attn {{NAME:Miriam Ostrander}}, Esq., {{ADDRESS:600 Travis St Fl 34}}, {{LOCATION:Houston}} {{ZIP:77002}}; fax {{FAX:713-555-0145}}.
Information: progress notes & imaging {{DATE:01/01/2018}} through {{DATE:02/28/2023}}; excluding 38 USC 7332 (drug/alcohol, HIV, sickle cell) - not checked.
Purpose: SSDI appeal. Expiration: upon completion or {{DATE:03/07/2024}}.
Pages: 412. Fee: waived. Sent by encrypted CD, tracking {{ID:1Z9W41F20398817744}}.
Verified patient signature vs VHIC; VHIC photo on file {{PHOTO:VHIC-IMG-0066321.jpg}}.
Disclosure accounted in ROI Plus, request #{{ID:ROI-580-23-01177}}.`,
  `FIDUCIARY PROGRAM - FIELD EXAMINATION REPORT
Beneficiary: {{NAME:LEFTWICH, ORVILLE D.}}    VA File #: {{ACCOUNT:C-18 330 572}}    Rating: 100% P&T, incompetent for VA purposes ({{DATE:10/11/2022}})
Field examiner: {{NAME:Nadia Haddad-Pryor}}     Visit date: {{DATE:January 19, 2023}}
Location of visit: {{FACILITY:Shenandoah Rest Home}}, {{ADDRESS:77 Kernstown Pike}}, {{LOCATION:Winchester}}, VA {{ZIP:22601}}

Proposed fiduciary: niece {{NAME:Brenda Leftwich-Sayre}}, {{ADDRESS:3190 Valley Ave}}, {{LOCATION:Winchester}}; {{PHONE:540-555-0151}}. Credit check/background clear.
Custodial account: {{FACILITY:Blue Ridge Community Bank}}, acct # {{ACCOUNT:004418823901}}, titled "{{NAME:Brenda Leftwich-Sayre}}, Fiduciary for {{NAME:Orville D. Leftwich}}".
Beneficiary presentation: alert, oriented to person only; dementia (vascular), MoCA 9/30 per CLC note. Unable to manage funds.
Monthly benefit $3,946.25; SS $1,212. Rest home $4,800/mo.
Recommendation: appoint niece as federal fiduciary; annual accounting due {{DATE:1/19/2024}}.`,
  `LABORATORY REPORT - CHEMISTRY / HEMATOLOGY
Patient: {{NAME:SANTOS, MARIA LUISA D.}}  ICN {{MRN:1007754120V992310}}  Sex: F  Age: 64
Ordering: {{NAME:GUTIERREZ-PARK,DANIEL}}   Location: {{FACILITY:LOMA LINDA HEIGHTS CBOC}}
Collected: {{DATE:05/02/2023 07:48}}   Received: {{DATE:05/02/2023 09:15}}   Accession: {{ID:CH 0502 417}}

GLUCOSE 134 H (70-99 mg/dL)
BUN 22 (7-25)   CREAT 1.31 H (0.57-1.00)   eGFR 46 L
NA 139  K 5.3 H  CL 104  CO2 24
HGB A1C 8.2 H (%)   
LDL-C 96   TG 210 H
TSH 2.14
CBC: WBC 7.8, HGB 11.2 L, PLT 244
URINE MICROALB/CR 88 H (mg/g)
Comment: Potassium repeated, hemolysis index 1+. Called to RN {{NAME:T. Villanueva}} {{DATE:5/2/23}} 1022 by {{NAME:RBA}}.
Performing lab: {{FACILITY:Inland Empire VA Reference Lab}}, {{ADDRESS:2710 Barton Canyon Rd}}, {{LOCATION:Loma Linda}}, CA {{ZIP:92357}}. CLIA 05D0581227. Lab director {{NAME:Harriet Nwachukwu}}, MD.`,
  `RADIOLOGY REPORT
Exam: CT HEAD WITHOUT CONTRAST          Case #: {{ID:7721-0093}}
Patient: {{NAME:Hakobyan, Armen}}   Exam date: {{DATE:Oct 30, 2022 22:41}}   Ordering: ED, Dr. {{NAME:Fitzpatrick}}
Facility: {{FACILITY:Front Range VA Medical Center}} - CT 2 (Siemens SOMATOM go.Top)

Clinical history: 58M, Vietnam-era? no - Gulf War veteran, fall from ladder at home, on apixaban. GCS 14.
Comparison: MRI brain {{DATE:03/11/2019}} at outside facility ({{FACILITY:Aurora Neuro Imaging}}), images imported.
Findings: Small 4 mm acute subdural hematoma along L frontal convexity without midline shift. No skull fx. Chronic small vessel ischemic change. Old R cerebellar lacune (stable). Mastoids clear.
Impression: 1. Small acute L frontal SDH. 2. No mass effect.
Critical result communicated to Dr. {{NAME:Fitzpatrick}} at 22:58 on {{DATE:10/30/2022}}, read back confirmed.
Dictated: {{NAME:Shirin Farahani}}, MD   Signed: {{DATE:10/30/2022 23:04}}
DLP 912 mGy*cm. Dose record ID {{ID:DR-22-118840}}.`,
  `E-CONSULT: CARDIOLOGY
Requested by: {{NAME:Kimberly Osei}}, PA-C, {{FACILITY:Yellowstone Valley CBOC}}   Date: {{DATE:11/13/2023}}
Consultant: {{NAME:Bogdan Petrescu}}, MD, FACC   Completed {{DATE:11/15/2023}}
Veteran: {{NAME:Running Crane, Wallace}}   Age 68   {{LOCATION:Browning}}, MT

Question: New LBBB on ECG ({{DATE:11/8/23}}); no prior for comparison. Asymptomatic? mild DOE. Needs in-person?
Data reviewed: ECG QRS 148 ms, LBBB. Echo not done. BNP 212. Labs: K 4.2, Mg 2.0. Holter none. CHA2DS2-VASc not applicable (no AF). Duke treadmill score not available.
Recommendations:
1. TTE - order placed, community care at {{FACILITY:Glacier Heart & Vascular}} (closer, 15 mi) vs {{FACILITY:Helena Crest VAMC}} (210 mi). Vet prefers local.
2. If EF < 50%, start GDMT; cardiology in-person visit.
3. Consider Lexiscan (regadenoson) MPI rather than exercise given LBBB.
Workload credit: CPT 99452? no - 99451. 
Vet's son {{NAME:Tyrell Running Crane}} is contact ({{PHONE:406-555-0112}}); landline at ranch unreliable.`,
  `KNEE AND LOWER LEG CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE
Name of patient/Veteran: {{NAME:Iovino, Gianluca}}   Date of exam: {{DATE:14 Feb 2024}}
Examiner: {{NAME:Benedikt Hausmann}}, MD (contract, {{FACILITY:Liberty Medical Evaluations}})   Exam site: {{ADDRESS:400 Commerce Park Dr, Suite 3}}, {{LOCATION:Cranberry Township}}, PA

Diagnosis: R knee patellofemoral pain syndrome (dx 2011 per veteran; STR shows sick call {{DATE:22 MAR 2011}} at {{FACILITY:Camp Ashgrove}} TMC, Korea); L knee meniscal tear s/p arthroscopy 2015.
Flare-ups: yes, 2x/month with stairs. Functional loss: cannot kneel at job ({{FACILITY:Allegheny Tile & Flooring}}).
ROM R: flexion 0-110 (pain at 95), extension 0. L: 0-125.
Repetitive use x3: no additional loss. Lachman, anterior/posterior drawer, McMurray negative R; L McMurray equivocal. Patellar grind (Clarke) + R.
Shin splints: none. Meniscal conditions: L, s/p meniscectomy, residual pain.
Assistive devices: knee brace R occasional.
Imaging: XR bilat knees {{DATE:2/14/2024}} mild OA L.
Functional impact: unable to stand > 1 hr.
Remarks: DeLuca considered. Correia testing: active/passive, weight-bearing/non-weight-bearing performed.
Signed: {{NAME:B. Hausmann}}, MD   Phone {{PHONE:724-555-0168}}   NPI {{LICENSE:1306877214}}`,
  `PERIODIC HEALTH ASSESSMENT (PHA) - ARNG
Member: 1LT {{NAME:Amina Jalloh-Whitaker}}   DoD ID {{ID:1602284417}}   Unit: 1-178th Infantry, IL ARNG ({{FACILITY:Joliet Readiness Center}})
Date: {{DATE:2023-04-15}}   Reviewer: LTC {{NAME:Paul Esterhazy}}, MC

IMR status: Dental class 2 (needs cleaning; civilian dentist {{FACILITY:Riverwalk Family Dentistry}}, {{LOCATION:Naperville}}), immunizations current (influenza {{DATE:10/02/2022}}, lot U7741AA), hearing H1, vision readiness: needs gas mask inserts.
Civilian occupation: ER nurse at {{FACILITY:DuPage Lakes Hospital}}; also sees civilian PCP Dr. {{NAME:Eun-ji Baek}}.
Health concerns: LBP after rucks, uses naproxen. BP 128/82, BMI 24.1. ACFT passed {{DATE:March 2023}}.
Behavioral health: PHQ-2 0; AUDIT-C 2.
Deployability: fully medically ready (MRC 1). Next PHA due {{DATE:04/15/2024}}.
Civilian employer USERRA POC: {{NAME:Lynette Brooks}}, HR.
Member cell {{PHONE:630-555-0173}}; {{EMAIL:ajalloh.whitaker@illinoismail-demo.net}}.`,
  `FLIGHT MEDICINE - AEROMEDICAL SUMMARY / WAIVER REQUEST
Aircrew: Capt {{NAME:Soo-ah Park-Delgado}}, USAF, KC-46 pilot, 344th Air Refueling Squadron
Base: {{FACILITY:Merritt-Kell AFB}}, KS   Flight surgeon: Maj {{NAME:Idris Bakare}}, 22 MDG
DoD ID {{ID:1288305561}}   Date {{DATE:9 Aug 2023}}

Condition: kidney stone, 5 mm R UVJ, passed spontaneously {{DATE:7/21/2023}}; ED visit {{FACILITY:Arkansas River Medical Center}}, {{LOCATION:Wichita}}. Stone analysis: calcium oxalate monohydrate 90%.
Workup: CT {{DATE:8/1/23}} no residual stones; 24-h urine low volume (1.4 L), otherwise normal. Ca 9.4, uric acid 5.2.
DNIF {{DATE:7/21/2023}} - {{DATE:8/08/2023}}. RTFS pending waiver.
Recommendation: waiver recommended; ACS review not required. Increase fluids to 3 L/day.
Member's wife {{NAME:Hyunjoo}} notified of DNIF at member's request; home {{ADDRESS:1420 N Woodlawn Blvd}}, {{LOCATION:Derby}}, KS {{ZIP:67037}}.
AIMWTS case #{{ID:AIM-23-08814}}.`,
  `PRIMARY CARE - GERIATRIC PACT (GeriPACT) VISIT
{{DATE:June 3rd 2023}} - pt {{NAME:CHOI, YOUNG-SOO}}   age {{AGE:91}}   Korean War era (Army, 1952-1954, 2nd Infantry Division at {{LOCATION:Chorwon}})
Interpreter: Korean, in person - {{NAME:Sarah Lim}} (staff interpreter, badge {{ID:INT-0447}})
Accompanied by son {{NAME:Daniel Choi}} and daughter-in-law {{NAME:Min-jung}}.

CC: "dizzy when standing" x 1 mo. Also asks about Korean Service Medal replacement (referred to {{FACILITY:Korean American Veterans Association of Queens}} and VSO).
Meds: amlodipine 10, losartan 100, donepezil 5, tamsulosin 0.4, ASA 81.
Exam: orthostatic BP 142/76 -> 114/64 at 3 min. Gait slow, uses cane. Mini-Cog 2/5. 
A/P: orthostatic hypotension - stop amlodipine; keep losartan. Fall risk - PT via {{FACILITY:Flushing Home Care Partners}}. Cognition - CT head done 2022 ({{FACILITY:Northern Blvd Imaging}}); continue donepezil. Advance directive: son {{NAME:Daniel}} POA, form 10-0137 updated.
Home: {{ADDRESS:41-22 Parsons Blvd, Apt 5F}}, {{LOCATION:Flushing}}, NY {{ZIP:11355}}. Son's cell {{PHONE:(718) 555-0135}}.
Next visit 6 weeks, 2 wk RN phone check.`,
  `CHAPLAIN SERVICE - SPIRITUAL ASSESSMENT
{{DATE:4/9/2023}}   Chaplain: Rev. {{NAME:Tobias Lundqvist-Ekwueme}}, BCC   Unit: {{FACILITY:Chattahoochee VA Medical Center}}, Hospice & Palliative Care, Rm 6-North-11
Patient: {{NAME:Gaddy, Wendell Earl}}, 79, Army (Vietnam, 173rd Airborne Brigade)

Referral from hospice RN {{NAME:Marisela Duenas}}: pt asked "whether God can forgive what we did at {{LOCATION:Dak To}}."
Spiritual hx: raised Baptist in {{LOCATION:Americus}}, GA; member of {{FACILITY:Mt. Olive Missionary Baptist Church}} for 40 yrs; Pastor {{NAME:Ellison}} visits monthly.
FICA: Faith - strong; Importance - high; Community - church choir, {{FACILITY:American Legion Post 131}}; Address in care - wants communion & pastor notified.
Moral injury themes; guilt re: death of friend SP4 {{NAME:Leon "Smitty" Smith}} ({{DATE:Nov 1967}}).
Intervention: life review, prayer, communion (per pt request). Called Pastor {{NAME:Ellison}} at {{PHONE:229-555-0186}}; he will come Tues.
Family: wife {{NAME:Ruthie Mae Gaddy}} at bedside; granddaughter {{NAME:Keisha}} flying in from {{LOCATION:Frankfurt}} (stationed near {{LOCATION:Wiesbaden}}).
Plan: daily chaplain visit; Vet Honor ceremony (pinning, flag) requested for {{DATE:Wed 4/12}}.`,
  `SOCIAL WORK - ADULT DAY HEALTH CARE REFERRAL
Date: {{DATE:07/11/2023}}   SW: {{NAME:Paulette Desrosiers}}, LCSW   PACT SW, {{FACILITY:Merrimack Valley CBOC}}
Veteran: {{NAME:O'Rourke, Cornelius J.}}   Age 84   Navy, Korea era; SC 20% (tinnitus, hearing loss)
Caregiver: wife {{NAME:Bridget O'Rourke}}, 82, also caring for her sister {{NAME:Nora Keane}}.

Assessment: Parkinson's disease (Hoehn & Yahr stage 3), mild NCD. Wandered out of house {{DATE:7/4}}; found by neighbor Mr. {{NAME:Dumont}} two blocks away at {{ADDRESS:Pawtucket Blvd and School St}}. Wife exhausted (Zarit 22), sleeping 4 h/night.
Home: {{ADDRESS:58 Varnum Ave, 2nd fl}}, {{LOCATION:Lowell}}, MA {{ZIP:01854}}. Stairs x14, no rail on L.
Plan:
1. ADHC at {{FACILITY:Riverside Elder Day Program}} (community, VA-purchased) 3 days/wk - auth {{ID:VA0061270088}}.
2. Project Lifesaver-type GPS bracelet through local police, device ID {{DEVICE:PLS-MA-44172}}.
3. Respite 7 days at {{FACILITY:Bedford Meadows CLC}}, {{DATE:Sept 5-12}} (wife's choice).
4. Homemaker/home health aide 10 h/wk via {{FACILITY:Greater Lowell Home Care}}.
Son {{NAME:Kevin O'Rourke}} ({{LOCATION:Nashua}}) agrees to Sunday coverage; cell {{PHONE:603-555-0190}}.`,
  `STATEMENT IN SUPPORT OF CLAIM (LAY / BUDDY STATEMENT) - VA FORM 21-10210
Claimant/Veteran: {{NAME:Delgado, Ricardo A.}}   VA File No.: {{ACCOUNT:31 770 462}}
Witness: {{NAME:Terrence Q. Albright}}   Relationship: served together, squad leader
Witness address: {{ADDRESS:902 Pecan Grove Ln}}, {{LOCATION:Temple}}, TX {{ZIP:76502}}   Phone: {{PHONE:254-555-0178}}   Email: {{EMAIL:talbright.retired@texmail-demo.net}}

Statement:
I served with SPC {{NAME:Delgado}} in 1st Platoon, Bravo Company, 2-8 Cavalry from 2004 to 2006, including our deployment to {{LOCATION:Sadr City}}, {{LOCATION:Baghdad}}. On or about {{DATE:April 4, 2004}} our platoon was ambushed on the main supply route. I personally saw SPC {{NAME:Delgado}} thrown from the turret of the M1114 when an RPG hit the vehicle. He was dazed, bleeding from his right ear, and complained of back pain. Our medic, SGT {{NAME:Omar Baptiste}}, treated him at the scene and he was seen at the aid station at {{FACILITY:Camp Kestrel Run}} the next day. He told me for months afterward that his back and ears hurt, and he was on profile.
I certify that the statements on this form are true and correct to the best of my knowledge.
Signature: {{NAME:Terrence Q. Albright}}   Date signed: {{DATE:01/22/2024}}`,
  `Office of Congressman {{NAME:Nathaniel Okerlund}}
{{ADDRESS:211 W Fourth St, Suite 600}}, {{LOCATION:Duluth}}, MN {{ZIP:55806}}
Phone {{PHONE:218-555-0114}}

{{DATE:March 29, 2023}}

{{FACILITY:North Shore VA Health Care System}}, Congressional Liaison Office
Attn: {{NAME:Meredith Kasprzak}}, Patient Advocate

RE: Constituent inquiry - Mr. {{NAME:Lyle Blackbird}}, DOB {{DATE:12/01/1975}}, last four {{SSN:8812}}

Dear Ms. {{NAME:Kasprzak}}:

Our office has been contacted by Mr. {{NAME:Blackbird}}, an Army veteran residing at {{ADDRESS:4471 Rice Lake Rd}}, {{LOCATION:Hermantown}}, who reports that his community care referral for a lumbar MRI (placed {{DATE:January 6, 2023}}) has not been scheduled after 11 weeks. He states he has called the {{FACILITY:Iron Range CBOC}} six times. Enclosed is his signed Privacy Act release dated {{DATE:3/20/2023}}.

We respectfully request a status update and the anticipated appointment date. Please respond to caseworker {{NAME:Hannah Lindahl-Moe}} at {{EMAIL:hannah.lindahlmoe@okerlund-house-demo.gov}} or fax {{FAX:218-555-0115}}, referencing case {{ID:NO-2023-0331}}.

Sincerely,
{{NAME:Nathaniel Okerlund}}
Member of Congress`,
  `TELEDERMATOLOGY - STORE-AND-FORWARD CONSULT
Imager: {{NAME:Josue Villatoro}}, TCT, {{FACILITY:Coos Bay Coastal CBOC}}   Images taken: {{DATE:10/04/2023 1012}}
Reader: {{NAME:Anneliese Vogt-Okafor}}, MD (Dermatology, {{FACILITY:Willamette Heights VAMC}})   Read: {{DATE:10/06/2023}}
Pt: {{NAME:Renfro, Harlan T}}   Age 71   Fitzpatrick II   Former Navy boatswain's mate, decades of sun exposure

History: enlarging lesion L preauricular cheek x 6 mo, bleeds with shaving. Hx BCC nose 2019 (Mohs at {{FACILITY:Oregon Coast Dermatology & Mohs}}).
Images: 4 close-up dermoscopic (non-identifying) + 1 overview showing full face for location: {{PHOTO:IMG_20231004_101233.jpg}}. Overview image access-restricted.
Findings: 9 mm pearly papule w/ arborizing vessels, central ulceration. Also multiple AKs on scalp, dorsal hands.
Impression: nodular BCC L cheek (likely). AKs.
Recs: biopsy (shave) at CBOC; if BCC confirmed, refer for Mohs. 5-FU 5% cream to scalp BID x 3 wk. Sunscreen SPF 50, wide-brim hat - vet fishes daily; keeps his skiff at {{FACILITY:Cape Arago Boat Basin}}, {{LOCATION:Charleston}}, OR. Boat registration {{VEHICLE:OR 118 ZK}}.`,
  `HEP C CLINIC - TREATMENT START
{{DATE:2023-08-21}}   ID/HCV Clinic, {{FACILITY:Susquehanna VA Medical Center}}   Clinical pharmacist: {{NAME:Oluwadamilare Akande}}, PharmD
Pt: {{NAME:Vukovich, Stanley}}   Last4 {{SSN:0451}}   Age 61   USMC 1980-1984 ({{LOCATION:Beirut}} 1983)

HCV genotype 1a, VL 2,340,000 IU/mL ({{DATE:7/28/23}}). FIB-4 1.9; elastography ({{DATE:8/02/2023}}) 8.1 kPa - F2. HBsAg neg, anti-HBs pos (immune). HIV neg. No prior tx.
Regimen: sofosbuvir/velpatasvir 400/100 mg daily x 12 wk. Start today; 28 tabs dispensed, lot 3F0927 (CMOP thereafter).
DDI: omeprazole stopped -> famotidine 20 mg BID ok if spaced. No amiodarone.
Adherence: pill box; wife {{NAME:Darlene}} to remind; daily alarm 0800.
Hx: tattoos done in {{LOCATION:Olongapo}} 1982; IVDU 1985-1990, sober since. Works at {{FACILITY:Keystone Scrap & Salvage}} in {{LOCATION:Wilkes-Barre}}.
Labs: SVR12 VL due {{DATE:01/29/2024}}, scheduled {{DATE:02/01/2024}}.
Pt phone {{PHONE:570-555-0146}}; prefers text.`,
  `SUBSTANCE USE DISORDER CLINIC - INDIVIDUAL
{{DATE:Dec. 1, 2022}}
Veteran: {{NAME:Kaleo Nāone}}   Clinician: {{NAME:Bridget Cuthbert-Ade}}, LADC   {{FACILITY:Windward Oahu CBOC}}
Dx: AUD severe, early remission; tobacco use disorder.

Pt 38 yo Army (25th Infantry Division, 2005-2013). 62 days sober (sobriety date {{DATE:9/30/2022}}). Attends AA at {{FACILITY:Kailua Alano Club}} daily; sponsor "Uncle {{NAME:Benny}}" ({{NAME:Benjamin Kahale}}). Works as roofer at {{FACILITY:Pali Roofing & Sheet Metal}}. Lives w/ girlfriend {{NAME:Marissa}} and her 2 kids at {{ADDRESS:45-112 Waikalua Rd, #B}}, {{LOCATION:Kaneohe}} {{ZIP:96744}}.
Cravings 3/10; triggers: paydays, funerals. Naltrexone 50 mg daily, adherent. Nicotine patch 21 mg + gum.
Breathalyzer today 0.000 (device {{DEVICE:AL-7000-HI-2241}}).
Relapse prevention plan reviewed; mother {{NAME:Pualani}} knows plan.
Plan: continue weekly; consider Vivitrol if adherence slips. Next {{DATE:12/8/22}}.`,
  `BLIND REHABILITATION - VIST COORDINATOR NOTE
{{DATE:02/13/2023}}   VIST: {{NAME:Marguerite Lévesque-Adams}}, COMS, CLVT   Location: pt home, {{LOCATION:Lewiston}}, ME
Vet: {{NAME:Thibodeau, Roland}}   80 y/o   Army (Korea, 1961-1963 DMZ)
Vision: AMD (wet OU, on aflibercept at {{FACILITY:Androscoggin Retina Associates}}); VA OD 20/400, OS 20/200; central scotomas. Legally blind; meets BRC admission criteria.
Functional: can't read mail, stopped driving ({{DATE:Oct 2022}}), grocery shopping with daughter {{NAME:Jeannine}}.
Devices issued: CCTV (Merlin Ultra HD, SN {{DEVICE:MUH-118742}}); talking watch; PenFriend labeler; long cane (NFB 57 in); iPhone with VoiceOver enrolled (Apple ID {{EMAIL:rthibodeau.lewiston@icloud-demo.com}}).
Plan: referral to {{FACILITY:Atlantic Blind Rehabilitation Center}} in {{LOCATION:West Haven}} - residential 4-6 wk, admission target {{DATE:4/17/2023}}. Transport by DAV van from {{FACILITY:Kennebec Ridge VAMC}}.
Wife deceased 2020. Emergency contact daughter {{NAME:Jeannine Thibodeau Cyr}} {{PHONE:207-555-0127}}.`,
  `AMPUTATION SYSTEM OF CARE - AMPUTEE CLINIC
{{DATE:May 15, 2023}}   Clinic: {{FACILITY:Lone Star VA Amputation Specialty Clinic}}, {{LOCATION:San Antonio}}
Team: physiatrist Dr. {{NAME:Ngozi Ekwueme-Hart}}; prosthetist {{NAME:Cody Pflueger}}, CPO ({{FACILITY:Alamo Orthotics & Prosthetics}}); PT {{NAME:Vanessa Ibarra}}
Pt: {{NAME:Villanueva, Rogelio "Roy"}}   Age 35   USMC Cpl (ret), 2/9 Marines; R TFA after IED {{LOCATION:Marjah}} {{DATE:2/17/2010}}

Current: K4 ambulator; socket loose (lost 15 lb). Skin: small abrasion at ischial tuberosity. Residual limb length 28 cm. Phantom pain 2/10 (mirror therapy helping).
Prosthesis: Ottobock Genium X3 knee SN {{DEVICE:GX3-2019-088314}}, Triton foot SN {{DEVICE:1C63-7710-442}}; running leg (Runway knee) for 5K training.
Plan: new check socket - prosthetics consult {{ID:PSAS-671-23-05512}}; PT for gait; Adaptive Sports Grant app for {{FACILITY:Texas Paracycling Club}}.
Goal: 10K race on {{DATE:11/11/2023}}.
Pt wife {{NAME:Araceli}}; daughter {{NAME:Luz}} (age 4). Contact {{PHONE:210-555-0155}}.`,
  `ELIGIBILITY & ENROLLMENT - OTHER HEALTH INSURANCE UPDATE
Date: {{DATE:1/03/2024}}   Clerk: {{NAME:D. Abubakar}}   Enrollment Priority Group 1
Veteran: {{NAME:COLLINSWORTH, MAJOR LEE}} (note: "Major" is his first name; not rank)   DOB: {{DATE:08/19/1953}}
ICN: {{MRN:1009981742V104421}}   Retiree, USAF (CMSgt, 1971-1997)

Coverage captured:
- Medicare Part A/B, MBI {{HEALTH_PLAN:4TN8-XK2-JR71}}, eff {{DATE:09/01/2018}}
- TRICARE For Life (secondary to Medicare), DBN {{HEALTH_PLAN:1290047718}}
- Medicare Part D: none (uses VA/TFL pharmacy)
- Supplemental dental: FEDVIP plan, member {{HEALTH_PLAN:FDV-0092271}}, group 7740
Spouse: {{NAME:Eloise Collinsworth}}, DOB {{DATE:02/02/1956}}, also TFL.
Address confirmed: {{ADDRESS:3309 Sunflower Ct}}, {{LOCATION:Bellevue}}, NE {{ZIP:68123}}; home {{PHONE:402-555-0181}}.
Means test: not required (SC 100%). Copay exempt. VHIC reissued (old card reported lost {{DATE:12/20/23}}).`,
  `PEDIATRIC WELL-CHILD VISIT - {{FACILITY:Naval Branch Health Clinic Satilla Point}}
Date: {{DATE:14 Sep 2023}}   Provider: LCDR {{NAME:Maren Solberg}}, MC, USN
Patient: {{NAME:Amoako, Kofi Jr.}}   FMP 03   DOB {{DATE:09/10/2021}}   Age 2 y
Sponsor: HM1 {{NAME:Kofi Amoako}}, USN, DoD ID {{ID:1711048832}}, currently deployed (IA, Horn of Africa); TRICARE Prime, DBN {{HEALTH_PLAN:10448127730}}
Accompanied by mother {{NAME:Abena Amoako}}.

Growth: wt 12.6 kg (50th), length 88 cm (60th). M-CHAT-R: 0 (low risk). ASQ-3 all areas above cutoff.
Immunizations: Hep A #2 today; influenza. VIS given. Lot numbers in ImmuNet.
Lead: 1 mcg/dL. Hgb 11.8.
Anticipatory guidance: car seat, water safety, toothbrushing with fluoride.
Family readiness: mother reports stress w/ deployment; referred to {{FACILITY:Fleet & Family Support Center Satilla Point}}; New Parent Support home visitor Ms. {{NAME:Adwoa Yeboah}}.
Home: {{ADDRESS:118 Sailfish Ct}}, {{LOCATION:St. Marys}}, GA {{ZIP:31558}}. Mom cell {{PHONE:912-555-0163}}.
Next WCC 30 mo ({{DATE:Mar 2024}}).`,
  `MEDICAL EVALUATION BOARD - NARRATIVE SUMMARY (NARSUM) - IDES
Service member: SFC {{NAME:Rivera-Acosta, Yadira}}   DoD ID {{ID:1402297763}}   Age 37   MOS 92Y
Unit: 3rd Sustainment Brigade, {{FACILITY:Fort Maddox}}, GA   MTF: {{FACILITY:Chickamauga Ridge Army Medical Center}}
MEB referral date: {{DATE:02 MAY 2023}}   PEBLO: Ms. {{NAME:Tamara Oyedele}}, {{PHONE:706-555-0132}}

Condition 1: Lumbar DDD L4-5/L5-S1 with L S1 radiculopathy. Onset {{DATE:AUG 2019}} lifting pallets, motor pool. MRI {{DATE:15 OCT 2022}}: L5-S1 extrusion. Failed PT x 24, ESI x 3 ({{DATE:3 Jan 2023}} last), gabapentin 600 TID. Cannot wear IOTV > 20 min, cannot ruck. Permanent profile P3 ({{DATE:28 FEB 2023}}). Fails retention standards IAW AR 40-501, para 3-39.
Condition 2: Migraine without aura, 4-6/mo, 2 prostrating. Does not fail standards.
Condition 3 (referred to VA for rating): PTSD - BH addendum by Dr. {{NAME:Kwame Asante-Ruiz}} ({{DATE:4/18/2023}}).
Commander's statement (CPT {{NAME:Ingram}}): unable to deploy or perform MOS duties.
Civilian: spouse {{NAME:Joel Acosta}} works at {{FACILITY:Peach State Logistics}} in {{LOCATION:Columbus}}; children 11 and 8.
VA C&P exams scheduled via VES {{DATE:5/22/23}}-{{DATE:5/24/23}} in {{LOCATION:Phenix City}}.
NARSUM author: MAJ {{NAME:Liesl Brandauer}}, MC   Signed {{DATE:12 MAY 2023}}`,
  `AEROMEDICAL EVACUATION - PATIENT MOVEMENT RECORD (AF FORM 3899 EXTRACT)
Mission #: {{ID:RCH 4471 22 114}}   Date: {{DATE:04 Mar 2022}}   Origin: {{FACILITY:Role 3 MMU, Camp Zephyr}}, {{LOCATION:Erbil}}   Dest: {{LOCATION:Ramstein}} -> {{FACILITY:Rhine Valley Regional Medical Center}}
Patient: {{NAME:OKONJO, Emeka S.}}   SPC, USA   DoD ID {{ID:1599820014}}   PM Req #{{ID:PMR-22-0303-0187}}
Classification: 3C (litter, stable)   Precedence: PRIORITY   Attendant: none

Dx: R open tib/fib fx (GSW), s/p ex-fix, I&D x2. Hgb 9.1. Vitals stable.
Meds en route: cefazolin 2 g IV q8h, hydromorphone 0.5 mg IV q2h prn, enoxaparin 40 mg SQ.
Cabin altitude restriction: none. O2: 2 L NC prn SpO2 < 92%.
Flight CCATT: n/a. Flight nurse: Capt {{NAME:Danielle Farr-Mbeki}}; AET SSgt {{NAME:Kyle Tsosie}}.
Wheels up {{DATE:04 Mar 2022 1840Z}}, landed {{DATE:05 Mar 2022 0012Z}}.
Valuables: wallet, wedding ring, cell phone (bagged, tag #{{ID:VAL-88120}}).
Next of kin: wife {{NAME:Chiamaka Okonjo}}, {{ADDRESS:2216 Crestline Dr}}, {{LOCATION:Killeen}}, TX {{ZIP:76549}}, {{PHONE:254-555-0117}} - notified by rear detachment {{DATE:3/4/22}}.`,
  `COMBAT AND OPERATIONAL STRESS CONTROL (COSC) - TRAFFIC NOTE
{{FACILITY:FOB Juniper Hollow}}, Afghanistan, COSC Det 2   {{DATE:17 AUG 2011}}
SM: PFC {{NAME:Lindqvist-Moreau, Caleb}} ({{NAME:C.L.M.}})   Unit: 2nd Platoon, A Co, 1-4 IN   Age 20
Provider: CPT {{NAME:Seo Yeon Han}}, OT / 1LT {{NAME:Ramirez}}, BH officer

Self-referred via chaplain CH (CPT) {{NAME:Oduya}} after squad leader SSG {{NAME:Pruitt}} killed by IED {{DATE:14 AUG 11}} near {{LOCATION:Zhari}}. Sleeping 2 h/night, intrusive images, tearful, "should have been me, I was supposed to be on point." No SI/HI. No weapon clearance needed per command. 
BICEPS principles applied; 72-h rest & restoration at COSC restoration center, sleep hygiene, trazodone 50 mg x 3 nights. 
Command: 1SG {{NAME:Haskins}} notified, limited-duty chit. 
Return-to-duty assessment {{DATE:20 AUG 2011}}: sleeping 6 h, goal-directed, RTD with follow-up weekly. Mother in {{LOCATION:Eau Claire}} (Mrs. {{NAME:Janelle Moreau}}) aware per SM via phone call from MWR tent.
ICD-9 308.3 acute stress reaction. `,
  `PROGRAM OF COMPREHENSIVE ASSISTANCE FOR FAMILY CAREGIVERS - HIGHER-LEVEL REVIEW DECISION SUMMARY
Date: {{DATE:December 12, 2023}}   Reviewer: {{NAME:Octavia Bramwell-Sato}}, CSP Lead
Veteran: {{NAME:Al-Sayegh, Omar}}   Claim #: {{ACCOUNT:22 610 538}}   Applicant caregiver: {{NAME:Noor Al-Sayegh}} (spouse)
Original decision ({{DATE:09/05/2023}}): not eligible - did not meet "inability to perform an ADL" definition.
Evidence submitted: letter from Dr. {{NAME:Fiona Gallagher-Ode}} ({{FACILITY:Sunrise Neurology Group}}, {{LOCATION:Henderson}}) dated {{DATE:10/14/2023}}: TBI with executive dysfunction, needs supervision for safety > 6 days/wk; Katz ADL 4/6; Lawton IADL 3/8; Mayo-Portland Adaptability Inventory 48. Wandering episode {{DATE:10/02/2023}} documented by {{FACILITY:Henderson Police Dept}} report {{ID:HPD-23-117442}}.
Decision: OVERTURNED. Eligible; need for supervision, protection, or instruction. Stipend tier 2 eff. {{DATE:6/12/2023}} (application date).
Home assessment by CSP {{NAME:Lorena Whitsett}}, RN on {{DATE:1/10/2024}} at {{ADDRESS:918 Canyon Ranch Dr}}, {{LOCATION:Henderson}}, NV {{ZIP:89012}}.
Caregiver contact: {{PHONE:702-555-0149}}, {{EMAIL:noor.alsayegh@desertmail-demo.com}}.`,
  `VSO INTAKE - INTENT TO FILE / POWER OF ATTORNEY (VA FORMS 21-0966, 21-22)
Date: {{DATE:8/10/2022}}   Organization: DAV (national service organization); office at {{FACILITY:Hickory Hills Veterans Memorial Building}}, {{ADDRESS:1201 N Oak St}}, {{LOCATION:Hickory}}, NC {{ZIP:28601}}
VSO: {{NAME:Garrett "Bud" Honeycutt}}   Accreditation {{LICENSE:VSO-9927104}}
Claimant: {{NAME:Nakamura, Dennis K.}}   SSN {{SSN:238-11-4470}}   Service #: {{ID:RA 14 882 307}} (Army, 1969-1972)
Contact: {{ADDRESS:44 Whippoorwill Ln}}, {{LOCATION:Conover}}, NC {{ZIP:28613}}; {{PHONE:828-555-0196}}

Intent to file submitted electronically; ITF effective date {{DATE:08/10/2022}} (one year to file). Confirmation #{{ID:ITF-3381-9920-47}}.
Conditions discussed: hypertension and bladder cancer (PACT Act presumptives - herbicide, {{LOCATION:Nakhon Phanom}}, Thailand, perimeter security 1970-71), hearing loss.
Records needed: private records from Dr. {{NAME:Pradeep Varghese}} ({{FACILITY:Catawba Urology}}); 21-4142 signed.
Wife {{NAME:Peggy Nakamura}} present; daughter {{NAME:Lisa Nakamura-Ruff}} has copy of DD-214.`,
  `GRANT & PER DIEM (GPD) - LIAISON PROGRESS NOTE
{{DATE:06/06/23}}   GPD liaison: {{NAME:Tavon Whitlock}}, LMSW
Site: {{FACILITY:Eagle's Nest Transitional Housing}} (bridge housing model), {{ADDRESS:330 E 9th St}}, {{LOCATION:Tulsa}}, OK {{ZIP:74120}}; case mgr {{NAME:Kristy Lomahaftewa}}
Vet: {{NAME:DuBose, Marvin}}   Bed 7   Admit {{DATE:4/14/23}}   Projected exit {{DATE:7/15/23}}

Progress: HUD-VASH voucher issued {{DATE:5/30/23}} (voucher #{{ID:THA-VASH-2210}}); viewed unit at {{ADDRESS:1608 N Cincinnati Ave, Unit C}} - landlord {{FACILITY:Okoro Properties}} (owner Mr. {{NAME:Okoro}}), pending inspection.
Employment: started job as dishwasher at {{FACILITY:Cherry Street Bistro}}; 28 h/wk.
Health: BP 152/94 today on amlodipine 5; missed PACT {{DATE:5/31}}, rescheduled {{DATE:6/13/23}}. AUDIT-C 0. Sober 9 wk.
Barriers: needs ID - birth certificate ordered from {{LOCATION:Muskogee}} county clerk.
Plan: move-in kit request; furniture via {{FACILITY:Green Country Furniture Bank}}.
Vet phone {{PHONE:918-555-0172}}.`,
  `U.S. COAST GUARD VETERAN - NEW PATIENT PACT INTAKE (RN)
Date: {{DATE:Sept 19, 2022}}   RN: {{NAME:Leota Fa'amausili}}   {{FACILITY:Anchorage Bayview VA Clinic}}
Vet: {{NAME:Haugland, Sig}}   60 yo   USCG 1982-2004, BMC (boatswain's mate chief); served on cutter {{FACILITY:USCGC Aleutian Harrow}} out of {{LOCATION:Kodiak}}; SAR, fisheries boardings.
Employer: retired; seasonal deckhand on a {{FACILITY:Kachemak Seafoods}} longliner, vessel doc no. {{VEHICLE:1187443}}.
Exposures: asbestos (engine room), loud noise, cold injury both hands {{DATE:Jan 1989}} (frostbite R 3rd-4th fingers).
PMH: HTN, gout, R TKA 2018 at {{FACILITY:Cook Inlet Orthopedic Hospital}}.
Screens: PHQ-2 0, AUDIT-C 6 (counsel), tobacco: chew, 1 can/day. TBI screen neg. MST neg. Firearms in home - yes, stored locked.
Home: {{ADDRESS:11780 Old Seward Hwy, Space 42}}, {{LOCATION:Anchorage}} {{ZIP:99515}}. Cell {{PHONE:907-555-0124}}. Partner {{NAME:Dagny Holm}}.
Scheduled with PCP Dr. {{NAME:Amaruq Nanouk}} {{DATE:10/3/2022}}.`,
  `EMERGENCY DEPARTMENT TRIAGE - {{FACILITY:BAYOU TECHE VA MEDICAL CENTER}}
ARRIVAL {{DATE:02/18/2023 0317}}   ARRIVED BY: {{FACILITY:ACADIAN PARISH EMS}} UNIT {{VEHICLE:M-27}}   ESI 2
PT: {{NAME:THERIOT, JULES}}   DOB {{DATE:1/6/1949}}   74 Y   ICN {{MRN:1004417729V660218}}
CC: SOB, CP X 2 HRS. HX CHF (EF 30%), AICD (BOSTON SCIENTIFIC, SN {{DEVICE:BSX-773204}}), AF ON WARFARIN, DM2, CKD 3B.
VS: T 98.1, HR 118 IRREG, BP 164/98, RR 28, SPO2 84% RA -> 93% 4L NC. PAIN 6/10.
EMS: LASIX 40 IV, NTG 0.4 SL X2. 12-LEAD: AF RVR, NO STEMI.
WIFE {{NAME:CLAUDETTE}} AT BEDSIDE; SHE STATES HE ATE BOUDIN AND CRAWFISH AT {{FACILITY:ST. MARTIN KNIGHTS OF COLUMBUS HALL}} LAST NIGHT ({{DATE:FRI 2/17}}).
ALLERGIES: PCN (HIVES), IODINE? -> SHELLFISH NOT ALLERGY.
TRIAGE RN: {{NAME:LAFLEUR, NOELLA}}, RN. ED MD NOTIFIED 0321 (DR. {{NAME:ABIOLA}}).
RESUS BAY 3. BIPAP READY. INR PENDING.`,
  `inpt nsg note 4W tele  {{DATE:3/11/23}} 0700-1900
pt {{NAME:adebayo, folake}} 66F day 3 s/p L TKA ({{DATE:3/8}}, dr {{NAME:whitmore}}) -- vet usaf nurse corps 1982-2002
neuro: a&ox4. cam neg.
cv: nsr 70s on tele. bp 132/70. +2 pedal pulses bilat. ted hose on.
resp: lsc, ra 96%. is 1250.
gi/gu: +bm this am. voiding qs.
pain: 4/10 L knee w/ oxycodone 5 mg q4h prn x2, apap 1 g q8h sched, ice machine.
skin: incision c/d/i, aquacel intact. no redness.
act: amb 150 ft w/ rw + pt ({{NAME:bo}} from rehab). cpm 0-90.
psychosoc: husband {{NAME:tunde}} visited 1100-1500; daughter {{NAME:yetunde adebayo-clarke}} called from {{LOCATION:london}} (uk) at 1600 -> updated w/ pt permission.
dc planning: home w/ hh pt via {{FACILITY:gateway home health}} tomorrow; address on file {{ADDRESS:7730 pershing ave}}, {{LOCATION:university city}} mo {{ZIP:63130}}. dme rw + bsc delivered by {{FACILITY:midwest medical supply}}.
rn {{NAME:k. fitzhugh}} / cosign {{NAME:jm}}`,
  `PODIATRY - HIGH RISK FOOT CLINIC (PAVE)
{{DATE:November 2, 2022}}   DPM: {{NAME:Zainab Mirza-Holt}}, DPM   {{FACILITY:Big Bend VA Clinic}}, {{LOCATION:Alpine}}, TX
Vet: {{NAME:Esparza, Teodoro}}   Age 73   PAVE risk 3 (prior ulcer)

Hx: DM2 x 25y, PAD s/p R SFA stent ({{DATE:1/2021}}), R hallux ulcer (healed {{DATE:06/14/2022}}). Vietnam (1st Cav), Agent Orange presumptive: DM, IHD.
Exam: DP/PT non-palpable R, 1+ L. ABI R 0.62, L 0.88 (TBI, toe-brachial index, 0.41). Monofilament 0/10 R, 3/10 L. Charcot changes none. Onychomycosis x 8, debrided (CPT 11721). Hyperkeratosis sub 1st met head R pared (11055).
Footwear: custom inserts + extra-depth shoes from {{FACILITY:Permian Basin Orthotics}}, order {{ID:PSAS-756-22-1980}}.
Education: daily foot checks; wife {{NAME:Celia}} checks with mirror.
RTC 8 wk or sooner. Lives 90 miles away in {{LOCATION:Presidio}}; VVC ok. Ph {{PHONE:432-555-0108}}.`,
  `NEUROPSYCHOLOGICAL EVALUATION - SUMMARY
Examinee: {{NAME:Castellano, Marco V.}}   Dates of testing: {{DATE:10/17/2023}} and {{DATE:10/19/2023}}   Referring: Dr. {{NAME:Beaulieu}}, TBI clinic
Examiner: {{NAME:Eliska Novakova}}, PhD, ABPP-CN   Psychometrist: {{NAME:T. Oyelowo}}

Background: 42-y/o right-handed Army veteran, 16 y education (BA, {{FACILITY:Lakeland State University}}), former intel analyst (35F), now unemployed after leaving {{FACILITY:Meridian Defense Analytics}} in {{DATE:Feb 2023}}. Blast exposures x4 (Iraq 2007); no LOC documented.
Validity: TOMM trial 2 50/50; RDS 9; MMPI-2-RF validity acceptable.
Results: WAIS-IV FSIQ 108 (70th %ile); WMI 95; PSI 84 (low average). CVLT-3 delayed recall 9/16 (low average). Trails A 34 s, B 98 s (mildly impaired). WCST 2 perseverative errors. BNT 56/60. Rey Complex Figure copy 34/36.
Impression: mild relative weakness in processing speed/executive function, most consistent with PTSD, depression (BDI-II 28), OSA; not a neurodegenerative pattern. Remote mild TBI not expected to cause persistent deficits.
Feedback session {{DATE:11/02/2023}} with vet and wife {{NAME:Giulia}}.`,
  `EYE CLINIC - OPTOMETRY / DIABETIC EYE EXAM
{{DATE:04-25-2023}}   {{FACILITY:Chesapeake Shore VA Eye Clinic}}   OD: {{NAME:Haruto Ishikawa}}, OD
Pt: {{NAME:WILLOUGHBY, ARTHUR JAMES}}   Age 69   USN (Vietnam era), SC 10% (R eye FB injury aboard ship 1971)
VA cc: OD 20/25, OS 20/40-2; PH OS 20/30. IOP (Goldmann) 17/19 at 0945.
SLE: 1+ NS OU; OS old corneal scar inferior paracentral. 
DFE (tropicamide 1%/phenylephrine 2.5%): OD mild NPDR without CSME; OS mild NPDR, drusen. C/D 0.4/0.5.
OCT macula: no DME. Amsler: normal.
A/P: mild NPDR OU - A1c 7.1, fine; cataract OU not yet visually significant; glasses Rx updated: OD -1.25 +0.50 x 090, OS -1.75 +0.75 x 085, add +2.50.
Glasses order via {{FACILITY:Tidewater Optical Lab}}, job #{{ID:TOL-662180}}, mail to {{ADDRESS:58 Old Point Ave}}, {{LOCATION:Hampton}}, VA {{ZIP:23669}}.
RTC 1 yr, TeleRetinal imaging ok. Daughter {{NAME:Corinne}} drives; call {{PHONE:757-555-0130}}.`,
  `PRIVACY OFFICE - ACCOUNTING OF DISCLOSURES / SENSITIVE RECORD ACCESS REVIEW
Request date: {{DATE:07/26/2023}}   Privacy Officer: {{NAME:Rosalind Achterberg}}, CIPP/US   Case: {{ID:PRV-2023-0412}}
Patient: {{NAME:Kwiatkowski, Tadeusz "Ted"}}   Sensitive record flag: employee-veteran (pt works as housekeeper at the facility).
Complaint: pt believes coworker {{NAME:Darnell Voss}} looked at his mental health notes.
Sensitive Patient Access Report ({{DATE:6/1/23}}-{{DATE:7/25/23}}):
 - {{DATE:06/14/2023 13:02}} user {{NAME:VOSS,DARNELL}} (station 1410, IP {{IP:10.88.140.212}}) - opened MH progress note, no treatment relationship.
 - {{DATE:06/14/2023 13:04}} same user - viewed demographics (address {{ADDRESS:1904 Stanislaus St}}, {{LOCATION:Fresno}}).
 - {{DATE:07/02/2023 08:17}} user {{NAME:PATEL,NIRAV}} (PACT RN) - legitimate.
Finding: unauthorized access substantiated. Referred to HR and supervisor {{NAME:Yolanda Bristow}}; pt notified by letter {{DATE:8/2/2023}}. Breach risk assessment: low probability of compromise; DBRS #{{ID:DBRS-0099321}}.`,
  `ADMINISTRATIVE NOTE - DEATH OF VETERAN / BEREAVEMENT
Date/time of death: {{DATE:01/27/2024 04:55}}   Location: {{FACILITY:High Plains VA Medical Center}} CLC, Hospice unit, Rm 118
Deceased: {{NAME:Pettibone, Clyde Anson}}   Age {{AGE:94}}   WWII (U.S. Army Air Forces, B-17 waist gunner, 8th Air Force) and Korea
Pronounced by: {{NAME:Mariela Quintanilla}}, NP. Attending notified: Dr. {{NAME:Barlow-Nyambura}}.
Cause: end-stage CHF; comfort care since {{DATE:1/19/24}}. No autopsy requested. Not a medical examiner case.
Family: son {{NAME:Everett Pettibone}} ({{PHONE:806-555-0125}}) present at 0510; daughter {{NAME:June Pettibone Harlan}} in {{LOCATION:Lubbock}} notified by phone 0530.
Funeral home: {{FACILITY:Caprock Memorial Chapel}}, {{LOCATION:Amarillo}}, fax {{FAX:806-555-0126}}; pick-up 0900.
Burial: {{FACILITY:Llano Estacado National Cemetery}} - pre-need determination on file ({{ID:PN-2019-88412}}); honors by {{FACILITY:VFW Post 1475}}.
Obituary draft: {{URL:https://caprockmemorial-demo.com/obituaries/clyde-pettibone}}. Last Salute ceremony performed in hallway 0640 by staff. Flag presented to son.
Chaplain {{NAME:Boaz Lindenbaum}} notified. Bereavement f/u call in 2 weeks (SW {{NAME:Ines}}).
Age at death {{AGE:94}}; birth date {{DATE:03/15/1929}}.`,
  `PHARMACY - AUTOMATED REFILL LINE ENROLLMENT / IDENTITY VERIFICATION
{{DATE:Tue 10/10/2023}} 1410   Tech: {{NAME:Hoang, Thuy Duong}}, CPhT   {{FACILITY:Big Sky VA Outpatient Pharmacy}}
Vet: {{NAME:Ahanonu, Ikechukwu}}   DOB {{DATE:7/7/1972}}   Rx list reviewed (lisinopril 10 mg, atorvastatin 20 mg, sumatriptan 50 mg).
Vet enrolled in voice-authentication for phone refills; voiceprint template ID {{BIOMETRIC:VP-4418-2290-K}}. Fallback: PIN (not recorded here).
Phone numbers on file: cell {{PHONE:406-555-0157}}, work {{PHONE:406-555-0100 ext. 318}} ({{FACILITY:Gallatin Valley Feed & Seed}}).
Mail-out address: {{ADDRESS:2200 W Dickerson St, Apt 9}}, {{LOCATION:Bozeman}}, MT {{ZIP:59718}}.
Rx #{{ID:2887105}} sumatriptan: vet asks for >9 tabs/mo - routed to PACT PharmD {{NAME:Greer}} for review (QL 9/30 d).
Copay: $0 (SC 50% or more). Notified vet of tracking by text.`,
  `HOME TELEHEALTH - CARE COORDINATION NOTE
{{DATE:Fri, Sep 8, 2023}}   HT RN Care Coordinator: {{NAME:Wren Abernathy-Solis}}, RN
Vet: {{NAME:Luján, Abelardo}}   Program: CHF + DM disease management   Age 77
Device: Health Buddy-type messaging unit, SN {{DEVICE:HT-20-5577310}}; BT scale SN {{DEVICE:SC-9981402}}; cuff SN {{DEVICE:BP-AX-220914}}. Cellular, no home internet.
Alert {{DATE:9/8/23}} 0712: weight 198.4 lb, up 4.2 lb in 48 h; answered "yes" to more SOB when lying down. BP 148/88, HR 92. BG 211.
Called vet {{PHONE:505-555-0153}} at 0805: ankles swollen, ate menudo at granddaughter {{NAME:Itzel}}'s quinceañera on Wednesday. No CP.
Per CHF protocol & PCP Dr. {{NAME:Estrada-Kim}} (paged {{PHONE:4417}}): furosemide 40 mg extra dose today, low-salt reinforced, recheck wt tomorrow; if up again -> same-day visit {{FACILITY:Española Valley CBOC}}.
Vet lives in {{LOCATION:Chimayó}}; son {{NAME:Rufino}} nearby.
Program adherence 29/30 days.`,
  `{{FACILITY:Piedmont Triad VA Health Care System}}
{{ADDRESS:2900 Battleground Ave}}, {{LOCATION:Greensboro}}, NC {{ZIP:27408}}

{{DATE:September 28, 2023}}

{{NAME:SHIRLEY A MBEKI-TOWNSEND}}
{{ADDRESS:PO BOX 4412}}
{{LOCATION:REIDSVILLE}} NC {{ZIP:27323-4412}}

Dear Ms. {{NAME:Mbeki-Townsend}}:

This letter confirms your upcoming appointment(s):

  {{DATE:TUESDAY, OCTOBER 17, 2023 08:30 AM}}   WOMEN'S HEALTH PACT - Dr. {{NAME:Adelola Ferreira}}   Bldg 2, Room 2-145
  {{DATE:TUESDAY, OCTOBER 17, 2023 09:45 AM}}   MAMMOGRAPHY (SCREENING)                        Bldg 3, Imaging

Please arrive 15 minutes early and bring your Veteran Health Identification Card. Check in with VetLink kiosk or text "Here" to 53079.
If you cannot keep this appointment, call {{PHONE:336-555-0104}} at least 24 hours in advance, or cancel online.
For transportation, call the {{FACILITY:Rockingham County DAV Transportation Network}} at {{PHONE:336-555-0199}}.

Clinic reference: {{ID:APPT-558-7740129}}`,
  `PRIMARY CARE MENTAL HEALTH INTEGRATION (PCMHI) - BRIEF INTERVENTION
{{DATE:1/31/2024}}   Provider: {{NAME:Adrián Quezada-Hill}}, LCSW   Same-day warm handoff from PACT Dr. {{NAME:Takahashi}}
Vet: {{NAME:Holmgren, Astrid}}   30 y/o   Navy, aviation electronics tech (AT2), sep. 2021; now student at {{FACILITY:Puget Sound Technical College}} on Post-9/11 GI Bill.
Presenting: panic attacks in class x 3 wk; 2 ED visits ({{FACILITY:Evergreen Ridge Medical Center}} {{DATE:1/12/24}}, {{DATE:1/20/24}}), troponins neg. GAD-7 16, PHQ-9 9, PC-PTSD-5 1. No SI.
Stressors: breakup with fiance {{NAME:Jordan}}; roommate moving out of {{ADDRESS:4420 Roosevelt Way NE, Apt 302}}, {{LOCATION:Seattle}} {{ZIP:98105}}.
Intervention: psychoeducation on panic cycle, diaphragmatic breathing (4-7-8), interoceptive exposure intro. Gave app: Mindfulness Coach.
Plan: 4 PCMHI sessions, next {{DATE:Feb 7}}; PACT to consider sertraline 25 mg. Vet asked about school accommodations - letter to {{FACILITY:PSTC}} disability office.
Contact: {{PHONE:(206) 555-0186}}; school email {{EMAIL:aholmgren@pstc-demo.edu}}.`,
  `MOVE! WEIGHT MANAGEMENT - GROUP SESSION 6 NOTE (VA TELEHEALTH GROUP)
{{DATE:Thursday, May 11, 2023}} 1000-1130   Facilitators: {{NAME:Halima Diallo}}, RD; {{NAME:Sean McGillicuddy}}, MS, kinesiotherapist
Hosting site: {{FACILITY:Flint Hills VA Medical Center}}; remote sites: {{FACILITY:Neosho River CBOC}}, {{FACILITY:Smoky Hill CBOC}}
Participants (8): {{NAME:R. Abernethy}}, {{NAME:L. Cortez}}, {{NAME:D. Nguyen}}, {{NAME:T. Okafor}}, {{NAME:P. Schuler}}, {{NAME:M. Yellowhorse}}, {{NAME:J. Wojcik}}, {{NAME:K. Banerjee}}.
This note for: {{NAME:Schuler, Paul G.}}   Age 57   BMI 38.4 (wk 0: 40.1), wt 281 lb (-12 lb).
Topic: reading nutrition labels; 5 A's; SMART goals. Handouts N11, P03.
Pt goal: swap regular soda for diet; walk at {{FACILITY:Konza Ridge Mall}} w/ grandson 3x/wk.
Discussed GLP-1 eligibility (semaglutide 0.25 mg) - refer to PACT PharmD; BMI >= 30 + DM2 criteria met.
Next session {{DATE:5/18}}. Pt's wife {{NAME:Deb}} attends as support.`,
  `COMMUNITY CARE - URGENT CARE CLAIM PROCESSING NOTE
Claim #: {{ACCOUNT:CCN-4N-2023-7718402}}   Received: {{DATE:12/04/2023}}   Processor: {{NAME:Ifeoma Nwosu-Lang}}
Veteran: {{NAME:Pellegrini, Dario}}   ICN {{MRN:1011458820V773015}}   Network region 4   OHI: BlueSky PPO, member {{HEALTH_PLAN:XJB448120937}} (bill OHI for NSC care)
Facility: {{FACILITY:QuickMed Urgent Care of Pueblo West}}, TIN {{ID:84-2291773}}, NPI {{LICENSE:1609938275}}
DOS: {{DATE:11/24/2023}} 1640. Dx: J02.0 strep pharyngitis; R07.0.
Services: 99214, 87880 rapid strep, J0561 bicillin 1.2 MU IM. Billed $312.00; allowed $188.42.
Eligibility at DOS: enrolled, urgent care benefit eligible (no prior visit required). Copay: $0 - 1st 3 visits in calendar year.
Vet provided VA info at check-in (photo ID + VHIC). Pt home: {{ADDRESS:388 S Mcculloch Blvd}}, {{LOCATION:Pueblo West}}, CO {{ZIP:81007}}.
Status: approved, EFT to provider acct ending {{ACCOUNT:0927}}. Remittance ID {{ID:ERA-99104471}}.
Notes: vet's daughter {{NAME:Serena Pellegrini}} called {{PHONE:719-555-0165}} asking about bill received - advised to forward statement; no balance billing permitted.`,
];

export const HELDOUT_REALISTIC_58_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout58-${i + 1}`, n));
