// An eighty-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; towns and cities
// are real places used only as LOCATION; facility names are invented). It leans towards care given
// outside the hospital: home-health and hospice visit notes (wound logs, infusion visits, death
// visits), school-nurse, athletic-trainer and camp-nurse logs, occupational-health and workers'
// compensation notes (employers, job sites, supervisors, adjusters, DOT exams, drug screens), EMS
// and ambulance run reports (incident locations by street address, intersection or highway mile
// marker; vehicle makes, plates and VINs; radio reports), public-health case investigations and
// contact tracing (households, workplaces, churches, exposure sites, travel itineraries through
// cities abroad), travel-medicine and refugee-health visits (A-numbers, passports, camps abroad,
// biometric enrolment), street-medicine, encampment and shelter outreach notes, telehealth visits
// (patient location, e-mail, video-visit links, IP addresses, connection logs) and
// community-health-worker notes partly in Spanish. It mixes terse lower-case shorthand with formal
// templated forms, and has nicknames, first names alone, relatives, rural routes and PO boxes, ages
// over 89 written several ways (91yo, 93F, ninety-two, noventa y cinco años), and dates and
// identifiers in many formats, next to EMS unit numbers, jersey numbers, room and bed numbers,
// doses, scores and lab values, which are not PHI.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen. Written by a helper that read only the
// README's types and guideline, set 72's header and parseMarked, and never ran the engine.
//
// Annotation follows the README guideline and the conventions listed in the header of
// heldout-realistic-72.ts (titles, honorifics and kin terms outside NAME spans; a nickname in
// quotes is its own span; first names, last names, initials and typist initials standing for a
// person are NAME; a month/day without a year is a DATE, and a clock time next to it stays
// outside; a time attached to a date with a year is inside; a weekday written with a date is part
// of it; an age over 89 is AGE however written; schools, employers, churches, shelters, camps,
// agencies giving care, pharmacies, labs, funeral homes and transport services are FACILITY;
// member numbers are HEALTH_PLAN; claim and billing numbers are ACCOUNT; NPI, DEA, professional
// and driver's licences are LICENSE; plates and VINs are VEHICLE; implant, pump, sensor and home
// equipment serials are DEVICE; case, run, accession, order, authorization, student, employee,
// badge and passport numbers are ID; mile markers, intersections, rural routes and PO boxes are
// ADDRESS; cities abroad are LOCATION; state and federal agencies and payers are not PHI).
// Added for this set: a vehicle's make, model, colour and year stay unmarked (only plate and VIN
// are VEHICLE), and a boat's registration or hull number is VEHICLE; fleet unit, EMS unit, squad,
// engine and station numbers are not PHI; an extension written after a phone number is inside the
// PHONE span; the last four digits of an SSN written with a mask (xxx-xx-4417) are SSN over the
// digits only; airline flight numbers, seat numbers, hotel room and ship cabin numbers, camp cabin
// names, bed and dorm numbers, grades and jersey numbers are not PHI, while a hotel or cruise ship
// named in an itinerary is FACILITY; A-numbers, I-94, ICVP (yellow-fever certificate), HMIS, CCF,
// EDN, WIC, matrícula consular, CBP One confirmation, video-session, meeting, consult, referral and
// help-desk ticket numbers are ID, and so are social-media and dating-app handles and a pet's
// microchip or rabies tag number (a pet's name is not PHI); a named encampment, refugee camp, farm
// labour camp as a place, barrio or colonia is LOCATION; a highway exit or overpass where a person
// was is ADDRESS; a month alone ("in March") is not PHI; a time zone after a dated time (CDT, ET)
// stays outside the DATE span; a Spanish date (12 de marzo de 2024, 3 de abril, lunes 8 de julio)
// is one DATE span with the article el outside it, and a Spanish age over 89 (noventa y cinco
// años) is AGE over the number words; Spanish honorifics and kin terms (Sra., Sr., Don, Doña,
// Hna., Dra., abuela, tío, mija), the Tagalog Tita and the Karen prefixes Saw and Naw stay outside
// NAME spans; a city or county programme is a government agency and not PHI; a video-visit, upload
// or portal link is URL and a bare IPv4 or IPv6 address is IP; a file name of a photo of a
// person's face (frontal or oblique) is PHOTO, while a foot or wound photo without a file name is
// not PHI; a fingerprint, finger-scan, iris, palm-vein or voiceprint template number is BIOMETRIC;
// an automated log entry signed "auto" is not a NAME.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Blue Heron Home Care}}   Visit date: {{DATE:03/14/2024}}   Time in 0905 / out 1010
Patient: {{NAME:Dorothy M. Whitcombe}}   DOB: {{DATE:07/22/1931}}   Age: {{AGE:92}}
Agency MRN: {{MRN:BH-0048812}}   Medicare MBI: {{HEALTH_PLAN:4TK9-WQ2-MD71}}
Address: {{ADDRESS:118 Larkspur Lane, Apt 2}}, {{LOCATION:Brattleboro}}, VT {{ZIP:05301}}
Primary caregiver: daughter {{NAME:Joan}} ({{PHONE:802-555-0163}})
PCP: Dr. {{NAME:Alvarez-Kemp}}, {{FACILITY:Putney Road Family Practice}}, fax {{FAX:802-555-0190}}
S: pt states "my legs feel heavy." denies CP, SOB at rest. daughter reports 2 lb gain since {{DATE:3/11}}.
O: BP 148/82, HR 76 irreg, SpO2 93% RA, wt 141.2 lb. 2+ pitting edema bilat to mid-shin, crackles bases.
A: CHF exacerbation risk. Lasix 40 mg daily per MAR, pt missed 2 doses this wk.
P: called Dr. {{NAME:Alvarez-Kemp}}'s office, spoke w/ {{NAME:Renee}} RN; extra Lasix 40 mg x1 ordered, order # {{ID:ORD-7731045}}. Teach-back done w/ {{NAME:Joan}}. Telemonitor scale serial {{DEVICE:TS-88A-204417}} reconnected. Next visit {{DATE:Mon 3/18}}.
{{NAME:K. Oduya}}, RN`,

  `hospice RN visit {{DATE:4/2/24 1400}} - {{FACILITY:Cedar Hollow Hospice}}, team 3
pt {{NAME:Walter}} "{{NAME:Walt}}" {{NAME:Brandvold}}, {{AGE:94}}yo M, end-stage COPD. lives w/ wife {{NAME:Inga}} ({{AGE:91}}) on the home farm off {{ADDRESS:RR 2 Box 41}}, {{LOCATION:Zumbrota}} MN {{ZIP:55992}}.
PPS 30%. sleeping most of day. RR 24, mottling to knees, cool feet. O2 concentrator 3L, unit serial {{DEVICE:INV5-22K-09318}}.
comfort kit in fridge; roxanol 0.25 ml q2h prn, used x3 overnight per {{NAME:Inga}}. lorazepam 0.5 x1.
son {{NAME:Dale}} driving up from {{LOCATION:Rochester}} tonight, cell {{PHONE:507-555-0118}}. dtr {{NAME:Signe}} in {{LOCATION:Oslo}}, on speaker w/ family.
Pr. {{NAME:Lindqvist}} from {{FACILITY:Holy Trinity Lutheran}} coming {{DATE:4/3}} a.m.
POLST on fridge, DNR. funeral home pref {{FACILITY:Larson-Hegg Funeral Home}} ({{PHONE:507-555-0177}}).
hospice acct {{ACCOUNT:HSP-220931}}. called on-call RN {{NAME:Becca}} w/ update 1530.
-{{NAME:mr}}`,

  `HOME HEALTH PHYSICAL THERAPY - RE-EVALUATION
Provider: {{FACILITY:Kettle Valley Home Health}}     Date of service: {{DATE:June 5, 2024}}
Patient: {{NAME:Harold Ziegenfuss}}     DOB {{DATE:1936-02-11}}     HH record {{MRN:KV2290417}}
Payer: Medicare Part A, beneficiary ID {{HEALTH_PLAN:7QW3-HN6-XK28}}
Home: {{ADDRESS:4409 County Road 17}}, {{LOCATION:Wahpeton}}, ND {{ZIP:58075}}; gravel drive, 4 entry steps, no rail.
Referring physician: {{NAME:Priya Natarajan}}, MD, NPI {{LICENSE:1487736021}}
History: L THA {{DATE:04/19/2024}} at {{FACILITY:Red River Valley Medical Center}}. Lives with wife {{NAME:Marlys}}; daughter {{NAME:Kristin Haugen}} in {{LOCATION:Fargo}} checks in daily, {{PHONE:701-555-0134}}.
Findings: Tinetti 19/28 (was 14/28), TUG 16 s, L hip flexion 85 deg. Ambulates 150 ft with FWW, CGA on gravel. Stairs x4 with one rail and SBA.
Plan: continue 2x/wk x 3 wk. Rail to be installed by son-in-law {{NAME:Pete}} this weekend. Order for shower chair sent to {{FACILITY:Northern Plains DME}}, ref {{ID:NP-33018}}.
Signed: {{NAME:Tomas Reyes}}, PT, DPT, license {{LICENSE:ND-PT-3318}}
Electronically signed {{DATE:06/05/2024 16:42}}`,

  `home infusion visit {{DATE:11-08-2023}}
pt: {{NAME:Rosalind Achebe-Pratt}} ("{{NAME:Roz}}"), 67F, {{ADDRESS:27 Quarry Hill Rd}}, {{LOCATION:Barre}} VT
pharmacy: {{FACILITY:Summit Infusion Pharmacy}}, Rx {{ID:RX-5510294}}
ertapenem 1 g q24h via R basilic PICC, day 12/42, for L foot osteo. CADD pump serial {{DEVICE:CADD-7V4410982}}, running w/o alarms.
PICC: ext length 1 cm, unchanged from insertion {{DATE:10/28/23}}. dsg changed, site c/d/i, no redness. arm circ 29 cm.
labs drawn (CBC, CMP, CRP), courier {{FACILITY:TriState Lab Courier}}, req {{ID:RQ-55120876}}. results to ID, Dr. {{NAME:Feldstein}}, fax {{FAX:802-555-0199}}.
husband {{NAME:Clive}} return-demo'd SASH flush correctly. pt asked about ER visit {{DATE:11/5}}: went to {{FACILITY:Central Vermont Urgent Care}} for nausea, given zofran.
next visit {{DATE:Sat 11/11}}. billing acct {{ACCOUNT:HI-00394417}}.
-{{NAME:LBW}}`,

  `HOSPICE - DEATH VISIT
Patient: {{NAME:Evangeline Thibodeaux}}   Age: {{AGE:ninety-six}}   Hospice ID: {{MRN:0073318}}
Agency: {{FACILITY:Cypress Light Hospice}}
Location: patient's home, {{ADDRESS:211 Bayou Teche Rd}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}
Called by granddaughter {{NAME:Monique}} at 0312 on {{DATE:02/27/2024}}. RN arrived 0355.
Death pronounced {{DATE:02/27/2024 04:02}} by RN {{NAME:Celestine Broussard}} per protocol: no apical pulse x 1 min, no respirations, pupils fixed.
Family present: granddaughter {{NAME:Monique Guidry}}, son {{NAME:Alcide}}, 72.
Attending Dr. {{NAME:Landry}} notified 0420 via answering service {{PHONE:337-555-0150}}.
Funeral home {{FACILITY:Comeaux & Sons}} arrived 0545; removal by Mr. {{NAME:Comeaux}}.
Meds destroyed with witness {{NAME:Monique Guidry}}: morphine 20 mg/ml 14 ml, lorazepam 0.5 mg x 11 tabs.
Hospital bed and concentrator (SN {{DEVICE:EV-1160-38822}}) pickup requested from {{FACILITY:Acadiana Medical Supply}}.
Bereavement referral to Sister {{NAME:Rita Hebert}}. Family asks that cousin {{NAME:T-Boy}} in {{LOCATION:Lafayette}} be called, {{PHONE:337-555-0121}}.`,

  `rural home visit - {{DATE:9/9/24}}
pt {{NAME:Arvilla Petersheim}} {{AGE:90}} y/o F w/ dementia, lives w/ son {{NAME:Levi}} & his wife {{NAME:Katie}} on farm at {{ADDRESS:2260 Hollow Rd}}, {{LOCATION:Kinzers}} PA. mail to {{ADDRESS:PO Box 318}}, {{LOCATION:Gordonville}} PA {{ZIP:17529}}.
no phone in house; neighbor {{NAME:Ruth Esh}} takes msgs {{PHONE:717-555-0126}}.
wt down 3 lb since {{DATE:8/12}}. skin intact, heels boggy -> offloading boots. BP 118/64, HR 70.
speaks PA Dutch mostly, {{NAME:Katie}} interpreting. pill organizer set up by {{NAME:Katie}}: donepezil 5 mg, amlodipine 5 mg.
Medicaid waiver ID {{HEALTH_PLAN:MA0081773602}}. SW referral for respite at {{FACILITY:Bird-in-Hand Adult Day}}.
grandson {{NAME:Amos}} drives buggy to {{FACILITY:Pequea Valley Pharmacy}} for refills, acct {{ACCOUNT:SP-44190}}.
next visit {{DATE:9/23}}.
-{{NAME:jh}} RN`,

  `WOUND CARE LOG - {{FACILITY:Three Rivers Visiting Nurses}}
pt {{NAME:Leonard Kask}} / MRN {{MRN:3RVN-552019}} / sacral stage 4 + R heel unstageable
home: {{ADDRESS:905 Ridgeview Ave}}, {{LOCATION:McKees Rocks}} PA {{ZIP:15136}}
{{DATE:10/01}} - sacrum 6.2 x 4.0 x 2.1 cm, tunneling 2 cm @ 12 o'clock. NPWT 125 mmHg continuous, unit SN {{DEVICE:VFTA-41187203}}. -{{NAME:DS}}
{{DATE:10/03}} - canister full alarm; wife {{NAME:Pauline}} called {{PHONE:412-555-0171}}, on-call RN {{NAME:Marisol}} out 2140, canister changed. -{{NAME:MV}}
{{DATE:10/05}} - sacrum 6.0 x 3.8 x 2.0. R heel eschar dry, stable, left intact per Dr. {{NAME:Basu}}. -{{NAME:DS}}
{{DATE:10/08}} - supplies from {{FACILITY:Allegheny Home Medical}}, order {{ID:SO-9920417}}; wrong foam size sent, reordered. {{NAME:Pauline}} asks re hospital bed air mattress, auth {{ID:PA-2210088}} pending w/ plan. -{{NAME:DS}}
wound clinic f/u {{DATE:Thu 10/17/24}} at {{FACILITY:Ohio Valley Wound Center}}; son {{NAME:Gary}} to drive.`,

  `HOSPICE ADMISSION - {{DATE:Jan 16 2025}}
Patient: {{NAME:Opal Renfroe}}, {{AGE:93}}F
Residence: {{FACILITY:Magnolia Terrace Assisted Living}}, {{ADDRESS:1400 Old Canton Rd, Unit 214}}, {{LOCATION:Ridgeland}}, MS {{ZIP:39157}}
POA: niece {{NAME:Darlene Fortenberry}}, {{PHONE:601-555-0145}}, {{EMAIL:dfortenberry.poa@examplemail.com}}
Medicare: {{HEALTH_PLAN:2HJ5-RT8-WQ49}}   SSN (consent form): {{SSN:912-47-0386}}
Terminal dx: Alzheimer's dementia, FAST 7c; wt 98 lb, down 14 lb in 6 mo; two aspiration episodes.
Devices: PPM, serial {{DEVICE:PJN604417H}}; deactivation discussed with niece, cardiology at {{FACILITY:Natchez Trace Heart Associates}} to be called.
Hospice physician: {{NAME:Chidi Okonkwo}}, DO. AL nurse contact {{NAME:Tameka}}, {{PHONE:601-555-0170 ext 214}}.
Niece reports pt was a teacher at {{FACILITY:Pearl River Consolidated School}} for 40 yrs; she'd like hymns, pastor from {{FACILITY:Mt. Zion AME}}.
Admitting RN: {{NAME:Holly Pruitt}}`,

  `{{FACILITY:Linwood Avenue Elementary}} - nurse office log - {{DATE:Tues 10/15/24}}
0810 {{NAME:Mateo R.}} (gr 3, rm 12) c/o stomach ache, afebrile 98.4. no bkfst. crackers + water, back to class 0830.
0925 {{NAME:Aaliyah Jenkins}} gr 5 - asthma, albuterol 2 puffs per action plan, PEF 210 -> 260. mom {{NAME:Tasha}} notified {{PHONE:(614) 555-0139}}.
1040 {{NAME:Brody}} K - fell on playground, abrasion L knee, cleaned, bandaid. teacher Ms. {{NAME:Okafor-Lane}} aware.
1130 {{NAME:Lily Tran}} gr 2 - T1DM, CGM 68 with down arrow, transmitter {{DEVICE:8LK2QW}}. 15 g juice, recheck 104. lunch 45 g carbs, dose per pump. dad {{NAME:Minh}} texted {{PHONE:614-555-0187}}.
1315 {{NAME:Jaylen}} gr 4 - epistaxis, resolved 10 min.
1400 {{NAME:Sofia Castellanos-Ruiz}} gr 5, student ID {{ID:ACS-2231907}} - headache, ibuprofen 200 mg per parent consent on file {{DATE:8/26/24}}.
district: {{FACILITY:Alum Creek City Schools}}
{{NAME:P. Whitaker}}, RN`,

  `STUDENT INJURY / ILLNESS REPORT
School: {{FACILITY:Chevelon Butte Middle School}}     District: {{FACILITY:Saguaro Valley Unified}}
Student: {{NAME:Elijah Begay}}     Student ID: {{ID:SVU-0419982}}     Grade: 7     DOB: {{DATE:03/30/2012}}
Date/time of incident: {{DATE:02/06/2025 13:20}}     Location: gym
Parent/guardian: {{NAME:Loretta Begay}}, {{PHONE:928-555-0114}} (cell), work {{PHONE:928-555-0162 x214}}
Home: {{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Winslow}}, AZ {{ZIP:86047}}
Description: collided with another student during dodgeball, struck L face on floor. No LOC per witness, PE teacher Mr. {{NAME:Dominguez}}.
Assessment: swelling L zygoma, no step-off, PERRL, no nausea. Symptom score 4. Ice, observed 30 min.
Disposition: mother picked up 1410; advised f/u with Dr. {{NAME:Yazzie}} at {{FACILITY:Painted Mesa Clinic}} same day, return-to-learn handout given.
Nurse: {{NAME:Carla Nez}}, RN     Report # {{ID:INC-25-0188}}`,
  `camp health center log - {{FACILITY:Camp Wapiti Lake}}, session 2
camp: {{ADDRESS:8800 Forest Service Rd 212}}, {{LOCATION:Red Feather Lakes}} CO
{{DATE:7/9}}
- {{NAME:Henry}} (cabin Spruce, 11) bee sting R forearm, no hx anaphylaxis, ice + benadryl 25 mg per standing order. fine at dinner.
- {{NAME:Ava Goldfarb}} (13) homesick, ?HA. ate lunch, talked w/ counselor {{NAME:Bex}}. called mom {{NAME:Rachel Goldfarb}} {{PHONE:720-555-0108}}, agreed no pickup.
- {{NAME:Owen P.}} (12) epipen carrier, spare in HC fridge. no issues.
{{DATE:7/10}}
- {{NAME:Carter Mbeki}} (14) fell on climbing wall, R wrist snuffbox tender. camp van to {{FACILITY:Poudre Canyon Urgent Care}}, driver {{NAME:Marcus}}. xray neg, thumb spica. camper reg {{ID:CWL-24-0772}}, ins member # {{HEALTH_PLAN:XKG884102317}} from health form. dad {{NAME:Sipho}} called {{PHONE:303-555-0149}}.
- {{NAME:Henry}} recheck sting, swelling down.
-{{NAME:AH}}, camp RN`,

  `From: school nurse {{NAME:Jenna Albright}} <{{EMAIL:jalbright@hollisridge.k12.example.org}}>
To: {{NAME:Farid Haddad}} <{{EMAIL:farid.haddad77@mailbox.example}}>
Date: {{DATE:Thursday, September 12, 2024 1:47 PM}}
Subject: {{NAME:Yara}}'s pump today

Hi Mr. {{NAME:Haddad}},
{{NAME:Yara}} came to the health office at 11:20 with an "occlusion" alarm on her pump (serial {{DEVICE:OP5-TX-1193004}}). BG 286, ketones 0.6. We changed the pod with the spare kit per her DMMP and gave the correction dose from the pump. Recheck at 1:15 was 211.
Her spare kit is now used up - could you send a new one tomorrow? I also faxed today's log to Dr. {{NAME:Marchetti}} at {{FACILITY:Granite Children's Diabetes Center}} ({{FAX:603-555-0181}}).
Reminder: her 504 meeting is {{DATE:9/19}} at 2:30 in the {{FACILITY:Hollis Ridge Middle School}} library. Ms. {{NAME:Ferreira}} (science) will be there too.
You can reach me at {{PHONE:603-555-0112 ext 3}}.
Thanks, {{NAME:Jenna}}`,

  `IMMUNIZATION EXCLUSION NOTICE - {{FACILITY:Piney Ridge High School}}
Date: {{DATE:10 Jan 2025}}
Student: {{NAME:Kaden Moss-Whitfield}}   DOB: {{DATE:05/14/2009}}   Student ID: {{ID:PHS1187245}}
Parent/Guardian: {{NAME:Sherry Moss}}
Address: {{ADDRESS:77 Tanglewood Ct}}, {{LOCATION:Asheboro}}, NC {{ZIP:27205}}
State registry ID: {{ID:IR-40088127}}
Our records show Tdap given {{DATE:8/3/2020}} and MenACWY dose 1 given {{DATE:08-17-2020}}; MenACWY dose 2 (due at 16) is not on file.
Under state law your student may not attend school after {{DATE:January 31, 2025}} unless a record of the dose or a valid exemption is received. Doses are available at your doctor's office or the county health department walk-in clinic.
If your student received the dose elsewhere (for example at {{FACILITY:Uwharrie Family Medicine}}), please ask them to fax the record to {{FAX:336-555-0105}}.
Questions: {{NAME:Miriam Obi}}, RN, School Nurse, {{PHONE:336-555-0104}}, {{EMAIL:mobi@pineyridgehs.example.net}}`,

  `CAMP HEALTH INCIDENT REPORT
Camp: {{FACILITY:Camp Kinnear Hollow}}, {{ADDRESS:1190 Kinnear Hollow Rd}}, {{LOCATION:Greensboro Bend}}, VT {{ZIP:05842}}
Camper: {{NAME:Noor Siddiqui}}, age 10, camper photo on file {{PHOTO:camper_photo_0417.jpg}}
Date: {{DATE:07/22/2024}}   Time: 1905
Event: ate a s'more with hazelnut spread at campfire; within 5 min lip swelling, hives, cough, wheeze. Counselor {{NAME:Tess}} ran to HC.
Action: EpiPen Jr 0.15 mg L thigh 1908 by camp RN; 911 called 1909. Second dose 1914 for persistent wheeze. {{FACILITY:Caspian Lake Rescue Squad}} on scene 1921, transported to {{FACILITY:Lamoille Valley Hospital}}.
Parent {{NAME:Imran Siddiqui}} reached 1925 at {{PHONE:+1 617 555 0172}}; meeting ambulance at ED.
Health form: tree nut allergy listed; insurer member {{HEALTH_PLAN:HPH-9912047-02}}.
Camp director {{NAME:Gordon Fairweather}} notified. Kitchen lead {{NAME:Bernadette}} removed spread from stock.
Completed by: {{NAME:Sam Ouellette}}, RN   {{DATE:07/22/2024 21:40}}`,

  `rm 104 health office {{DATE:3/3}} 1015 - {{NAME:Gabe}} ({{NAME:Gabriel Ostrowski}}, 8th gr) sz in science lab, per teacher Mr. {{NAME:Haddix}} started 1014, L arm jerking -> GTC. rolled to side, timed. VNS magnet swiped 1017 (generator serial {{DEVICE:VNS106-44821}}), sz stopped 1019. postictal, sleepy, SpO2 95%.
seizure action plan dated {{DATE:8/30/24}}: call parent if >2 min, 911 if >5 min or 2nd sz. mom {{NAME:Ewa}} called 1022 at {{PHONE:313-555-0155}}, no answer; dad {{NAME:Piotr}} reached at work ({{FACILITY:Dearborn Tool & Die}}) {{PHONE:313-555-0193}}, coming.
1105 dad here, pt alert, oriented, ate crackers. went home. neuro Dr. {{NAME:Kalinowski}} ({{FACILITY:Wayne Pediatric Neurology}}) to be called by dad.
sz log faxed to neuro {{FAX:313-555-0194}}.
{{FACILITY:Conant Street Middle School}}, {{LOCATION:Hamtramck}} - {{NAME:D. Nowak}} RN`,

  `ATC concussion note - {{FACILITY:Ridgemont High School}} football - {{DATE:Fri 9/27/24}}, away game at {{FACILITY:Carver Academy}}, {{LOCATION:Decatur}}
#54 {{NAME:DeShawn Fields}} (jr) - helmet-to-helmet 2nd qtr 7:12, slow to get up, c/o HA, "foggy." pulled. no LOC. SCAT symptom score 9, severity 17. balance errors 6.
baseline test ID {{ID:IMP-88231075}} from preseason baseline, not retested on sideline.
mom {{NAME:Keisha Fields}} at game, informed, written concussion instructions given. f/u {{FACILITY:Ponce Ridge Sports Medicine}} {{DATE:Mon 9/30}}, Dr. {{NAME:Osei}}.
#22 {{NAME:Luis}} "{{NAME:Lucho}}" {{NAME:Batista}} - R ankle inversion 3rd qtr, ATFL tender, Ottawa neg, taped, RTP.
bus back; coach {{NAME:Pritchard}} aware. parent email sent to {{EMAIL:keisha.fields@homenet.example}}.
{{NAME:Kim Bryant}}, ATC, lic {{LICENSE:AT-004418}}`,

  `OCCUPATIONAL HEALTH - WORKERS' COMPENSATION INITIAL VISIT
Clinic: {{FACILITY:Keystone WorkCare}}     DOS: {{DATE:08/19/2024}}
Employee: {{NAME:Raymond Kowalczyk}}     DOB: {{DATE:12/02/1978}}     SSN: {{SSN:918-22-6043}}
Employer: {{FACILITY:Allied Steel Fabricators}}, {{ADDRESS:3300 Industrial Pkwy}}, {{LOCATION:Erie}}, PA {{ZIP:16509}}
Supervisor: {{NAME:Gary Lutz}}, {{PHONE:814-555-0137}}     HR fax: {{FAX:814-555-0139}}
WC claim #: {{ACCOUNT:WC-24-3381907}}     Employee #: {{ID:E-20417}}
Date of injury: {{DATE:08/17/2024}}; 2nd shift, time approx 1430, bay 4.
Mechanism: R hand caught between press brake die and workpiece x ~2 s.
Exam: R 3rd/4th fingers swollen, ecchymotic; TTP P1 4th digit; cap refill <2 s; FDP/FDS intact.
Imaging: XR R hand at {{FACILITY:Bayfront Imaging}}, accession {{ID:ACC-77129044}}: nondisplaced P1 fx 4th digit.
Plan: buddy tape, ulnar gutter splint, ortho hand {{DATE:8/22}}. Work status: modified duty, no use of R hand, through {{DATE:08/26/2024}}.
Provider: {{NAME:Lena Marsh}}, PA-C`,

  `DOT MEDICAL EXAMINATION - SUMMARY
Date: {{DATE:3/4/2025}}     Examiner: {{NAME:Alan Purcell}}, DO, National Registry # {{LICENSE:3318820471}}
Driver: {{NAME:Curtis}} "{{NAME:Boone}}" {{NAME:Haverly}}, 58     DOB: {{DATE:01/15/1967}}
CDL: KY {{LICENSE:K44182207}}     Employer: {{FACILITY:Bluegrass Freight Lines}}, {{ADDRESS:1840 Mercer Industrial Dr}}, {{LOCATION:Lexington}}, KY {{ZIP:40511}}
Safety manager: {{NAME:Ronnie Steele}}, {{EMAIL:rsteele@bgfreight.example.com}}
Vitals: BP 152/94, recheck 146/90; pulse 82. Vision 20/25 OU with correction. Hearing whisper test pass.
OSA: on CPAP since 2022; download from machine SN {{DEVICE:23181440998}}: 87% nights >= 4 h over last 90 days. Meets compliance.
Urinalysis: SG 1.020, protein neg, blood neg, glucose neg.
Determination: meets standards, 1-year certificate due to HTN stage 1. Certificate expires {{DATE:3/4/2026}}.
Driver lives at {{ADDRESS:33 Ash Hollow Rd}}, {{LOCATION:Nicholasville}}; wife {{NAME:Darla}} {{PHONE:859-555-0128}}.`,

  `post-accident DOT drug/alc screen - {{DATE:04/30/24 16:05}}
donor: {{NAME:M. Villanueva}} ({{NAME:Martin}}), employer {{FACILITY:Rio Grande Aggregates}}
ID verified w/ TX DL {{LICENSE:40887126}}, photo matches.
incident: loader rollover at job site {{ADDRESS:FM 1017 mile 14}}, near {{LOCATION:San Isidro}} TX, ~1330 today. minor abrasion L forearm only.
escorted by supervisor {{NAME:Hector Saenz}} ({{PHONE:956-555-0147}}).
CCF # {{ID:A0441823}}, split specimen, temp in range, sealed, donor initials {{NAME:MV}} on bottles.
breath alcohol: EBT result 0.000 at 1611.
collector {{NAME:Denise Cavazos}}; MRO Dr. {{NAME:Feinberg}}, results to DER {{NAME:Yolanda}} at {{FAX:956-555-0148}}.
pt says "el freno falló", denies drugs. abrasion cleaned, bacitracin. released back to supervisor.`,

  `BBP EXPOSURE - OCC HEALTH FOLLOW-UP
Employee: {{NAME:Hannah Liu}}, dental hygienist, {{FACILITY:Smile Harbor Dental}}, {{ADDRESS:52 Wharf St, Suite 3}}, {{LOCATION:Portland}}, ME {{ZIP:04101}}
Employee ID: {{ID:SHD-0093}}     Cell: {{PHONE:207-555-0161}}     Email: {{EMAIL:hliu.rdh@mailbox.example}}
Exposure: {{DATE:1/21/25 1100}} (approx), scaler tip puncture through glove L index, minimal bleeding, washed immediately.
Source patient identified, consented; source lab accession {{ID:LX-2501-44871}}: HIV Ag/Ab neg, HBsAg neg, HCV Ab neg.
Employee baseline {{DATE:1/21}}: anti-HBs 212 (immune), HIV neg, HCV neg.
Assessment: low-risk exposure, source negative. No PEP. No further testing required.
Employer contact: Dr. {{NAME:Gaudet}}, practice owner, {{PHONE:207-555-0166}}. Sharps injury log entry {{ID:SL-2025-004}}.
WC first report filed, claim {{ACCOUNT:ME-WC-778104}}.
Seen by {{NAME:Avery Collins}}, NP, {{FACILITY:Casco Occupational Health}}, {{DATE:01/23/2025}}.`,
  `wc f/u {{DATE:5/14}} - {{NAME:tony bianchi}} 44M, order picker, {{FACILITY:Crescent Logistics}} DC2 warehouse, {{ADDRESS:1 Distribution Way}}, {{LOCATION:Joliet}} IL
DOI {{DATE:4/29}}: low back strain lifting 60-lb cases off pallet. no radic sx, no bowel/bladder.
PT at {{FACILITY:Motion First PT}} 6/12 visits, improving, FABQ down. lumbar flex 70%.
supervisor {{NAME:Kayla}} says light duty avail in returns dept, 20-lb lift limit, no ladder.
adjuster {{NAME:Brian Oyelaran}} {{PHONE:630-555-0116}}, claim {{ACCOUNT:2024-WC-0088312}}. MRI not indicated yet; if no better by next visit will request, prior auth via {{FAX:630-555-0117}}.
pt worried re $ - wife {{NAME:Gina}} just had baby at {{FACILITY:Hickory Creek Birth Center}} {{DATE:5/2}}. gave EAP # for {{FACILITY:Crescent}} EAP.
emp ID {{ID:CL-776104}}. home {{ADDRESS:1422 Cass St}}, {{LOCATION:Joliet}} {{ZIP:60432}}.
rtc {{DATE:5/28}}. -{{NAME:rk}} / {{NAME:Rohan Kapoor}} MD`,

  `RESPIRATOR MEDICAL CLEARANCE (OSHA 1910.134) - {{FACILITY:Ohio Valley Occupational Medicine}}
Date: {{DATE:2024-10-02}}
Employee: {{NAME:Dwayne Abernathy}}     DOB: {{DATE:1983-06-27}}     Badge #: {{ID:BT-4471}}
Employer: {{FACILITY:Buckeye Tunneling Co.}}     Job site: {{ADDRESS:I-70 & SR 33 interchange}}, {{LOCATION:Columbus}}, OH
Site access: palm-vein enrollment {{BIOMETRIC:PV-7730-2291}}, reader at gate 2.
Supervisor/foreman: {{NAME:Luther Pryce}}, {{PHONE:614-555-0152}}
Exposure: respirable crystalline silica during tunnel boring; half-face elastomeric P100 and PAPR.
Questionnaire: no cardiac hx, remote tobacco (quit 2019), no claustrophobia.
Spirometry: FVC 4.61 L (98% pred), FEV1 3.72 L (96%), ratio 0.81. CXR ILO read 0/0, B-reader {{NAME:S. Harjo}}, MD.
Determination: cleared without restriction for all respirator types. Re-evaluate {{DATE:10/02/2025}} or with symptoms.
PLHCP: {{NAME:Maren Ekdahl}}, MD     Ohio license {{LICENSE:35.119482}}
Copy to employer safety: {{EMAIL:safety@buckeyetunnel.example.com}}`,

  `occ health walk-in {{DATE:7/18/24 1540}} - heat illness
{{NAME:José Luis Ramírez}} 34M, farmworker, {{FACILITY:Valle Verde Farms}}. crew boss {{NAME:Chuy}} brought him from field at {{ADDRESS:Rd 68 & Ave 400}}, {{LOCATION:Dinuba}} CA.
picking grapes since 0600, dice que tomó solo 2 botellas de agua, no shade break till 1300. cramps legs, vomited x2, dizzy.
T 38.6 oral, HR 118, BP 102/60, skin hot/moist, GCS 15.
cooling, IV NS 2 L, ondansetron 4 mg. 1720: T 37.4, HR 92, tolerating PO.
lives at {{LOCATION:Sunrise labor camp}}, {{ADDRESS:1152 Ave 416}}, unit w/ 5 others. H-2A worker, passport {{ID:G41188207}}. no phone of his own; contact through housing mgr Doña {{NAME:Lupe}} {{PHONE:559-555-0131}}.
interpreter {{NAME:Maricela}} (staff). employer contact {{NAME:Rick Vanderpool}}, {{PHONE:559-555-0135}}; WC claim to be opened, ref {{ACCOUNT:VVF-0718-02}}.
off work {{DATE:7/19}}, RTW {{DATE:7/20}} w/ hourly shade/water breaks. wife {{NAME:Rosa}} in {{LOCATION:Zacatecas}} - pt asked us not to call her.
-{{NAME:Ana Beltrán}}, PA-C`,

  `FIREFIGHTER ANNUAL MEDICAL EVALUATION (NFPA 1582)
Department: {{FACILITY:Harlan Township Fire Department}}, Station 2
Member: {{NAME:Kevin J. Ostrander}}   DOB {{DATE:09/09/1984}}   Member ID {{ID:HTFD-112}}
Home: {{ADDRESS:6 Birchwood Ct}}, {{LOCATION:Maineville}}, OH {{ZIP:45039}}
Exam date: {{DATE:Feb. 11, 2025}}   Clinic: {{FACILITY:Little Miami Occupational Health}}
History: 2 structure fires on SCBA in the past 12 months. No chest pain. L shoulder strain {{DATE:11/4/24}} lifting a hose bundle, resolved with PT.
Vitals: BP 128/80, HR 64, BMI 29.1. Audiogram: 4 kHz notch R 35 dB, unchanged. Vision 20/20.
Stress test: Bruce protocol 13.1 METs, no ischemia. Spirometry normal.
Labs {{DATE:2/4/25}}: LDL 142, A1c 5.6. Drawn at {{FACILITY:Millcreek Reference Lab}}, requisition {{ID:QL-4429017}}.
Fitness for duty: cleared, Category A none. Counselled on lipids and hearing protection.
Report to Chief {{NAME:Dana Whitlock}} (fitness status only), {{FAX:513-555-0183}}.
Examiner: {{NAME:Rafael Okoro}}, MD, OH license {{LICENSE:35.128851}}`,

  `{{FACILITY:Keystone WorkCare}} - letter to employer
{{DATE:September 3, 2024}}
{{NAME:Melissa Hartranft}}, HR Generalist
{{FACILITY:Penn Valley Poultry}}
{{ADDRESS:2200 Mill Creek Rd}}
{{LOCATION:Lewisburg}}, PA {{ZIP:17837}}
Re: {{NAME:Ngozi Eze}}; DOI {{DATE:08/28/2024}}; claim {{ACCOUNT:PVP-WC-24-119}}; employee no. {{ID:40912}}
Dear Ms. {{NAME:Hartranft}},
Ms. {{NAME:Eze}} was evaluated today for right hand numbness and wrist pain that began while working on the deboning line. Nerve conduction studies at {{FACILITY:Susquehanna Neurodiagnostics}} on {{DATE:9/2/24}} showed moderate right carpal tunnel syndrome.
Work status effective today: no deboning or knife work; may perform packing or inspection duties with the right hand limited to light grip. Night splint provided. Re-evaluation {{DATE:September 17, 2024}}.
Please contact our office at {{PHONE:570-555-0188}} or fax {{FAX:570-555-0189}} with questions about the restrictions.
Sincerely,
{{NAME:Gwendolyn Fry}}, DO
{{NAME:gf}}/{{NAME:tb}}`,

  `occ health - chem splash - {{DATE:12.03.2024 0820}}
{{NAME:Priyanka Desai}} 31F, QC lab tech at {{FACILITY:Meridian Coatings}}, plant at {{ADDRESS:500 Riverside Industrial Blvd}}, {{LOCATION:Gastonia}} NC.
~0745 splash of 10% NaOH to R eye when cap popped off bottle; eyewash 15 min on site by coworker {{NAME:Trevor}}. came by private car, driven by supervisor {{NAME:Lamar Gibbs}}.
pH R eye 8.5 on arrival -> irrigated 2 L NS via Morgan lens -> pH 7.0 at 0850. VA R 20/30, L 20/20. fluorescein: small epithelial defect inferior cornea, no limbal blanching.
d/w ophtho on call Dr. {{NAME:Wen}} at {{FACILITY:Catawba Eye Associates}} ({{PHONE:704-555-0124}}), seen same day 1100.
SDS reviewed w/ employer; OSHA 300 log entry by employer.
pt's WC claim {{ACCOUNT:MC-24-5519}}. emp badge {{ID:MC-2207}}. pt phone {{PHONE:704-555-0106}}.
off work today + tomorrow, RTW {{DATE:Thu 12/5}} w/ goggles. -{{NAME:Jon Halvorsen}}, PA`,

  `RUN REPORT - {{FACILITY:Smoky Hill Regional EMS}}   Medic 7   Run # {{ID:24-018733}}
Date: {{DATE:06/02/2024}}   Dispatched 1742 / on scene 1751 / transport 1808 / at dest 1829
Incident location: {{ADDRESS:I-70 EB mile marker 252}}, near {{LOCATION:Salina}}, KS
Patient: {{NAME:Bradley Tennant}}, 29M, DOB {{DATE:11/19/1994}}
Home: {{ADDRESS:618 N 9th St}}, {{LOCATION:Abilene}}, KS {{ZIP:67410}}
Vehicle: pt driver of 2016 Ford F-150, gray, KS plate {{VEHICLE:417 KTR}}, VIN {{VEHICLE:1FTEW1EG5GFA22817}}; single-vehicle rollover x1, belted, airbags deployed, self-extricated.
Trooper on scene: Tpr. {{NAME:Alcott}}, crash report # {{ID:KHP-24-6617}}.
Assessment: A&Ox4, GCS 15. c/o neck pain, midline TTP C6. seat-belt sign L chest. BP 132/84, HR 104, SpO2 97%.
Treatment: c-collar, vacuum mattress, IV R AC 18g, fentanyl 50 mcg IV.
Transported to {{FACILITY:Prairie Crossing Medical Center}}, report to RN {{NAME:Shelby}}. Pt asked that we call his girlfriend {{NAME:Kaylee}}, {{PHONE:785-555-0153}}.
Crew: {{NAME:J. Ramos}}, Paramedic, lic {{LICENSE:P-22817}}; {{NAME:A. Whitford}}, EMT`,

  `radio: "{{FACILITY:St. Brendan's}}, Medic 12, inbound with a {{AGE:91}} y/o female, ground-level fall at {{FACILITY:Willow Glen Manor}}, ETA 8 min. R hip shortened and externally rotated, VS stable, 50 of fentanyl given, no thinners per facility. any questions?" - "no questions, Room 6."
ePCR {{DATE:12/24/24}}, run {{ID:M12-24-3390}}:
pt {{NAME:Gertrude Vance}}, DOB {{DATE:04/02/1933}}, long-term resident, rm 118B at {{FACILITY:Willow Glen Manor}}, {{ADDRESS:2900 Willow Glen Rd}}, {{LOCATION:Frederick}} MD {{ZIP:21702}}.
found on floor by CNA {{NAME:Shonda}} at 0540, unwitnessed, last seen 0400. baseline dementia, A&Ox1. no head strike evident.
BP 146/70, HR 88, SpO2 95%. fentanyl 50 mcg IV 0602. traction splint not indicated; pillows.
facility nurse {{NAME:Carol Ann}} ({{PHONE:301-555-0190}}) sent face sheet: MRN {{MRN:WGM-10344}}, Medicare {{HEALTH_PLAN:6PX1-GT3-KQ55}}, POA son {{NAME:Ron Vance}} {{PHONE:301-555-0168}}.
crew {{NAME:TM}}/{{NAME:RB}}`,
  `ePCR NARRATIVE - Run {{ID:2025-004412}} - {{DATE:Jan 9, 2025}}
Dispatched 0612 to {{FACILITY:IronWorks Fitness}}, {{ADDRESS:4417 N Thanksgiving Way, Unit C}}, {{LOCATION:Lehi}}, UT {{ZIP:84043}}, for a 58 y/o male collapsed on a treadmill.
On arrival bystander CPR in progress by gym employee {{NAME:Tayler Nielson}}; gym AED had delivered 1 shock. Pt pulseless, VF on monitor. Shocked x2, epi 1 mg x2, amiodarone 300. ROSC 0631.
Pt identified from wallet: {{NAME:Garrett Lindquist}}, DOB {{DATE:07/13/1966}}, UT DL {{LICENSE:160448732}}.
Wife {{NAME:Shauna}} arrived 0640 (called by gym), reports pt has an ICD placed {{DATE:2021-05-18}}; ICD card shows serial {{DEVICE:RXB-602118}}. Wife's cell {{PHONE:801-555-0174}}.
12-lead post-ROSC: inferior STE. STEMI alert called to {{FACILITY:Wasatch Valley Regional}}, cath lab activated.
Transport priority 1, arrival 0652, care to Dr. {{NAME:Brimhall}}.
Pt's car left in gym lot: white Toyota RAV4, UT plate {{VEHICLE:Y39 2KL}}, keys given to wife.
Crew: {{NAME:E. Sorensen}} (P), {{NAME:L. Ah Sam}} (EMT)`,

  `Medic 3 run {{ID:R-24-11827}} {{DATE:8/3/24 0214}}
loc: {{ADDRESS:E Colfax Ave & N Vine St}}, {{LOCATION:Denver}} - bus shelter, called by passerby
pt: unk male ~30s, later ID'd from shelter card as {{NAME:Travis}} "{{NAME:T-Bone}}" {{NAME:Kittredge}}, DOB given {{DATE:4/4/91}}
found apneic, pinpoint, cyanotic. PD ofc {{NAME:Delgado}} (badge {{ID:4471}}) gave narcan 4 mg IN x1 prior to arrival. BVM x2 min, RR 12 after 2nd narcan 2 mg IN. GCS 14.
pt refused transport, capacity assessed, A&Ox4, AMA signed 0241 after risk discussion. left w/ narcan kit.
stays at {{FACILITY:Cornerstone Men's Shelter}}, client ID {{ID:CMS-88104}}. case mgr {{NAME:Jolene}} {{PHONE:303-555-0195}}.
referral sent to {{FACILITY:Colfax Street Medicine}} outreach via {{EMAIL:referrals@colfaxstreetmed.example.org}}.
friend on scene "{{NAME:Smokey}}" says pt used fentanyl pressed pill, bought near {{ADDRESS:16th St & Broadway}}.
-{{NAME:kp}}`,

  `RURAL EMS - {{FACILITY:Big Horn Basin Ambulance}} - call {{DATE:02FEB25 1547}}
Location: {{LOCATION:Ostermiller Ranch}} calving barn, access from {{ADDRESS:WY 290 mile 38}}, W of {{LOCATION:Meeteetse}} WY. 58 mi from nearest ED.
Pt: {{NAME:Wendell Ostermiller}}, {{AGE:93}} y/o M, DOB {{DATE:3/15/1931}}. found by daughter-in-law {{NAME:Bev}} on barn floor, down est. 2 h, ambient -12 C.
GCS 13, core 33.1 C. L wrist deformity. HR 48 paced? pt has PPM, card in wallet SN {{DEVICE:PZB-3340127}}.
warmed, wet clothes off, warm IV NS, splint L wrist.
air requested, {{FACILITY:Absaroka Air Medical}} Flight 2, LZ at {{FACILITY:Greybull River Grange Hall}} lot, pt handed off 1702, to {{FACILITY:Shoshone Basin Trauma Center}}.
son {{NAME:Clint}} ({{PHONE:307-555-0144}}) following by truck. mail address for billing: {{ADDRESS:PO Box 77}}, {{LOCATION:Meeteetse}} WY {{ZIP:82433}}. ambulance acct {{ACCOUNT:BHBA-25-0211}}.
Crew {{NAME:Roy}} (EMT-A), {{NAME:Jess Kimball}} (AEMT)`,

  `PEDESTRIAN STRUCK - HIT AND RUN
Agency: {{FACILITY:Riverbend Fire Rescue}}   Engine 4 / Rescue 41   Incident # {{ID:RFR-24-22810}}
Date/time: {{DATE:Saturday, November 16, 2024 2218}}
Location: {{ADDRESS:Grand Ave & 38th St}}, {{LOCATION:Des Moines}}, IA
Pt: {{NAME:Yuki Tanabe-Morris}}, 26F, walking home from {{FACILITY:Blue Door Cafe}} where she works.
Witness {{NAME:Omar Haddad}} reports dark blue Honda Accord, partial IA plate {{VEHICLE:HTG 4}}, fled north on 38th. DMPD Ofc {{NAME:Lund}} took report, case {{ID:24-88173}}.
Assessment: GCS 14, L tib/fib open deformity, scalp lac 4 cm. HR 112, BP 118/76.
Tx: pelvic binder not indicated, splint, pressure dsg, fentanyl 75 mcg, TXA per protocol.
Transport to {{FACILITY:Raccoon River Trauma Center}}, trauma alias {{NAME:ZEBRA, CAROLINA}}.
Roommate {{NAME:Hana}} called by pt's phone, {{PHONE:515-555-0176}}; pt's home {{ADDRESS:3901 Cottage Grove Ave, Apt 5}}, {{ZIP:50311}}.
Report by {{NAME:Mikayla Dorsey}}, Paramedic`,

  `lift assist / refusal - {{DATE:3-21-24 0405}} - Medic 2
pt Mrs. {{NAME:Philippa Drummond}}, age {{AGE:ninety-two}}, lives alone at {{ADDRESS:14 Chestnut St, 2nd fl}}, {{LOCATION:Keene}} NH {{ZIP:03431}}.
called via medical alert pendant, acct {{ACCOUNT:LL-55082291}}; monitoring center {{FACILITY:SafeLink Response}} also called neighbor {{NAME:Bill Stapleton}}, who let us in w/ key.
found sitting on BR floor, slid off toilet ~0300, no head strike, no LOC. denies pain. full ROM all extremities, no deformity. BP 138/76, HR 72, BGL 112.
2-person lift to chair, ambulated w/ walker to bed steady.
refused transport, capacity intact, refusal signed. advised to call PCP Dr. {{NAME:Amadi}} ({{FACILITY:Monadnock Family Health}}) in a.m.
3rd lift assist this month ({{DATE:3/2}}, {{DATE:3/14}}). referral to {{FACILITY:Cheshire County Home Care}} falls program sent; called daughter {{NAME:Fiona}} in {{LOCATION:Edinburgh}}, {{PHONE:+44 131 555 0182}}, no answer, left vm.
run {{ID:KFD-24-0931}}. -{{NAME:BG}}/{{NAME:LT}}`,
  `MOTORCYCLE CRASH - {{FACILITY:Blue Ridge Parkway Rescue}} Squad 9 - run {{ID:BRR-0618-24}}
{{DATE:Tuesday 6/18/24 1433}}, {{ADDRESS:US 221 near mile marker 14}}, N of {{LOCATION:Blowing Rock}} NC
pt {{NAME:Cody}} {{NAME:Wainwright}} 37M, lowside on curve, helmeted (full face, cracked), leather jacket. bike 2019 Harley Road Glide, NC plate {{VEHICLE:2MC 881}}, VIN {{VEHICLE:1HD1KTP14KB609338}}.
riding w/ group from {{FACILITY:Iron Horse Riders MC}}; buddy {{NAME:Dewey Pratt}} ({{PHONE:828-555-0159}}) will take bike to {{FACILITY:High Country Cycle}}.
A: GCS 15, road rash L flank 20x12 cm, L clavicle deformity, abd soft. HR 96, BP 142/90.
Tx: sling/swathe, irrigation, fentanyl 50 mcg x2.
pt DL NC {{LICENSE:000044817730}}, address on DL {{ADDRESS:209 Laurel Fork Rd}}, {{LOCATION:Boone}} {{ZIP:28607}}.
transported to {{FACILITY:Watauga Valley Hospital}}, handoff 1519 to RN {{NAME:Maggie}}.
NCSHP Tpr {{NAME:Eller}} on scene.
-{{NAME:R. Honeycutt}}, Paramedic`,

  `STEMI - 911 from home - {{DATE:2024-09-30 19:52}}
Address: {{ADDRESS:88 Greenleaf Ave, Apt 3R}}, {{LOCATION:Medford}}, MA {{ZIP:02155}} (3rd floor walk-up, dog secured)
Pt: {{NAME:Salvatore}} "{{NAME:Sal}}" {{NAME:DiNapoli}}, 71M. wife {{NAME:Connie}} called. CP 8/10 radiating L arm since 1915, diaphoretic.
Hx: CABG {{DATE:4/2/2016}}, DM2. NKDA. pharmacy {{FACILITY:Medford Square Apothecary}}.
12-lead 1958: STE II, III, aVF, STD I/aVL. transmitted to {{FACILITY:Mystic Valley Heart Center}}, STEMI alert accepted by Dr. {{NAME:Kouyoumjian}}.
ASA 324 PO, NTG 0.4 SL x1 (BP 148 -> 126), IV x2, fentanyl 50 mcg.
stair chair to stretcher. en route 2011, arrival 2024, door-to-balloon clock started.
Insurance card: Medicare Advantage member {{HEALTH_PLAN:H5521-09918347-01}}. Wife cell {{PHONE:781-555-0125}}. son {{NAME:Joey}} meeting at hospital.
Run {{ID:MFD-R-40917}}; crew {{NAME:Pimentel}}, {{NAME:Okafor}}.`,

  `run {{ID:24-0512}} - {{FACILITY:Hendricks-Ivanhoe Rural Fire/EMS}} - {{DATE:5/12/24 1120}}
loc: farm at {{ADDRESS:RR 1 Box 114}}, off Co Rd 9, ~6 mi S of {{LOCATION:Ivanhoe}} MN; {{LOCATION:Lincoln Co}}.
pt {{NAME:Nels Aamodt}} 64M - R arm caught in tractor PTO shaft while hitching mower. son {{NAME:Erik}} shut tractor off, applied belt as tourniquet ~1105.
on arrival: R forearm near-amputation, bleeding controlled w/ CAT tourniquet placed 1124 (belt removed). HR 124, BP 96/58, pale, A&Ox4.
IV x2, 1 L NS, fentanyl 100 mcg, arm splinted, part wrapped in moist gauze.
helicopter {{FACILITY:Prairie Lark Air Care}} dispatched, LZ in pasture N of machine shed. handoff 1151.
wife {{NAME:Marit}} {{PHONE:507-555-0142}}. PTO guard missing per son. tractor insured thru {{FACILITY:Prairie Co-op}}, pt's acct {{ACCOUNT:PC-10448}}.
tractor: John Deere 4020, no plate. mower serial not recorded.
-{{NAME:SA}}, EMT / {{NAME:Kristy}} (driver)`,

  `STROKE ALERT - FIELD REPORT
Date: {{DATE:March 10, 2024}}   Unit: Medic 5   Run: {{ID:CAL-2024-07732}}
Scene: {{FACILITY:Greater New Hope Missionary Baptist Church}}, {{ADDRESS:1201 MLK Jr Dr}}, {{LOCATION:Tuscaloosa}}, AL {{ZIP:35401}}
Patient: {{NAME:Bernice Hollinger}}, {{AGE:90}} years old   DOB: {{DATE:10/08/1933}}
Last known well: {{DATE:03/10/2024 10:45}} (seen talking normally by Deacon {{NAME:Clarence Ford}} at start of service)
Found: 1110 slumped in pew, R facial droop, R arm drift, expressive aphasia. BE-FAST positive; LAMS 4.
Glucose 142. BP 188/96, HR 84 irregular. 12-lead AF.
Daughter {{NAME:Yvonne Hollinger-Pugh}} with pt, cell {{PHONE:205-555-0166}}; brings med list: apixaban - last dose last night per daughter.
Pre-notified {{FACILITY:Black Warrior Stroke Center}} 1121, ETA 12 min. Arrival 1134.
Pt's usual MD: Dr. {{NAME:Tillman}}, {{FACILITY:Northport Internal Medicine}}.
Paramedic: {{NAME:Marcus Oyelowo}}, AL license {{LICENSE:EMT-P-1244}}`,

  `water rescue / drowning - {{FACILITY:Lake Murray Marine Patrol}} with {{FACILITY:Saluda Shoals EMS}} Medic 14 - {{DATE:7/4/24 1640}}
loc: cove off {{LOCATION:Shull Island}}, {{LOCATION:Lake Murray}}, SC. boat landing at {{ADDRESS:2150 Dreher Island Rd}}, {{LOCATION:Chapin}}.
pt: {{NAME:Brayden}} 15M, jumped off pontoon, didn't surface. pulled out by friend {{NAME:Colt Jernigan}} after ~2 min. CPR by pontoon owner Mr. {{NAME:Ted Ballentine}} ~3 min, pt vomited and began breathing before patrol boat arrived.
pontoon SC reg {{VEHICLE:SC 4471 BK}}, hull ID {{VEHICLE:BEN40871C414}}; patrol officer {{NAME:Gantt}} took boat info.
on our arrival at landing 1652: GCS 14, RR 28, SpO2 88% RA -> 96% NRB, coarse crackles bilat.
transported to {{FACILITY:Congaree Children's Hospital}}; mom {{NAME:Tara Sewell}} reached {{PHONE:803-555-0117}}, meeting there. pt's last name per mom: {{NAME:Sewell}}, DOB {{DATE:1/30/09}}.
run {{ID:SS-24-7719}}. -{{NAME:DH}}`,
  `TB CONTACT INVESTIGATION - case # {{ID:TB-2024-0117}}
Index: {{NAME:Rodel Manansala}}, 47M, smear 3+, cavitary, dx {{DATE:05/06/2024}} at {{FACILITY:Eastside Community Clinic}}. Home {{ADDRESS:2231 W Rosecrans Ave, Apt 12}}, {{LOCATION:Gardena}}, CA {{ZIP:90249}}.
Infectious period start: {{DATE:02/06/2024}} (3 mo before dx).
Household (high priority):
 1. wife {{NAME:Marites}}, 44 - IGRA {{DATE:5/9}} pos, CXR neg -> LTBI tx.
 2. son {{NAME:Jomar}}, 12 - 7th gr {{FACILITY:Marigold Park Middle School}}; IGRA neg, window prophylaxis.
 3. mother-in-law {{NAME:Lourdes Santos}}, {{AGE:91}} - TST 14 mm, CXR pending.
Workplace: cook at {{FACILITY:Golden Lotus Seafood Restaurant}}, {{ADDRESS:15420 S Western Ave}}; manager {{NAME:Vicky Huang}} {{PHONE:310-555-0136}}; 9 kitchen coworkers listed.
Church: choir at {{FACILITY:Holy Family Filipino Catholic Community}}, Sunday rehearsals; choir director Tita {{NAME:Baby}} to send roster.
Travel: visited {{LOCATION:Manila}} and {{LOCATION:Tarlac}} from {{DATE:12/15/23}} to {{DATE:1/20/24}}; return flight PR 102 >8 h, pt asymptomatic then - no airline contact investigation.
Next: coworker screening at {{FACILITY:Golden Lotus}} {{DATE:Wed 5/22}} 1400.
PHN: {{NAME:Aurora Villaseñor}}, RN, {{EMAIL:avillasenor@dph.example.gov}}`,
  `MEASLES CASE INVESTIGATION
Case ID: {{ID:MEA-24-003}}     Reported: {{DATE:04/11/2024}} by {{FACILITY:Northgate Pediatrics}} (Dr. {{NAME:Ileana Popescu}}, fax {{FAX:206-555-0131}})
Case: {{NAME:Andrei Munteanu}}, 4M, unvaccinated. DOB {{DATE:2019-12-03}}. Rash onset {{DATE:04/08/2024}}.
Parents: {{NAME:Vasile}} and {{NAME:Elena Munteanu}}, {{ADDRESS:18420 Ashworth Ave N}}, {{LOCATION:Shoreline}}, WA {{ZIP:98133}}; {{PHONE:206-555-0158}}
Travel: family returned {{DATE:3/29}} from {{LOCATION:Chisinau}} via {{LOCATION:Bucharest}} and {{LOCATION:Frankfurt}}; grandmother {{NAME:Galina}} in {{LOCATION:Bălți}} had "fever and rash" in March.
Exposure sites (infectious {{DATE:4/4-4/12}}):
 - {{FACILITY:Little Acorns Daycare}}, {{DATE:4/4}} and {{DATE:4/5}}, all day - 14 children, 3 staff.
 - {{FACILITY:Hilltop Grocery}}, {{ADDRESS:15500 Aurora Ave N}}, {{DATE:Sat 4/6}} 1400-1630.
 - {{FACILITY:Slavic Gospel Church of Shoreline}}, {{DATE:Sun 4/7}} 1000-1300, ~200 attendees.
 - {{FACILITY:Northgate Pediatrics}} waiting room {{DATE:4/9}} 0900-1030.
Lab: IgM pos, PCR pos at state PHL, accession {{ID:PHL-24-118822}}.
Investigator: {{NAME:Kwame Asante}}, MPH`,

  `outbreak line list - {{FACILITY:Maple Crest Nursing & Rehab}} - COVID-19 - outbreak # {{ID:OB-2025-0042}}
reported {{DATE:1/6/25}} by DON {{NAME:Shirley Vought}} ({{PHONE:937-555-0140}}). facility at {{ADDRESS:400 Maple Crest Dr}}, {{LOCATION:Xenia}} OH.
res 1 - {{NAME:E. Garber}}, {{AGE:97}}F, onset {{DATE:1/2}}, Ag+ {{DATE:1/3}}, paxlovid, stable
res 2 - {{NAME:Harlan Spurlock}} 88M, onset {{DATE:1/3}}, PCR+, sent to {{FACILITY:Shawnee Creek Hospital}} {{DATE:1/4}}, admitted
res 3 - {{NAME:Mildred}} "{{NAME:Millie}}" {{NAME:Oberholtzer}}, age {{AGE:100}}, onset {{DATE:1/4}}, Ag+, hospice pt, comfort only
res 4 - {{NAME:J. Tackett}} 79M, asymptomatic, PCR+ {{DATE:1/5}}
staff 1 - CNA {{NAME:Brianna}}, onset {{DATE:12/31}}, worked {{DATE:12/30}} & {{DATE:12/31}} on Hall B, excluded until {{DATE:1/8}}
staff 2 - LPN {{NAME:Deb Crum}}, onset {{DATE:1/4}}, also works PRN at {{FACILITY:Cedarville Senior Living}} - notified that facility
vaccine status per state registry: 2 of 4 residents up to date. infection preventionist {{NAME:Tom Frey}}, {{EMAIL:tfrey@maplecrestrehab.example.com}}.
-{{NAME:ck}} / county epi`,

  `ENTERIC DISEASE INTERVIEW - Salmonella Enteritidis
Interview date: {{DATE:August 26, 2024}}   Interviewer: {{NAME:Lucia Ferraro}}   State case # {{ID:SAL-24-2291}}
Case: {{NAME:Megan Kowalski-Reyes}}, 33F, DOB {{DATE:1991-02-14}}, phone {{PHONE:920-555-0113}}
Address: {{ADDRESS:N4120 Cty Rd K}}, {{LOCATION:Kewaunee}}, WI {{ZIP:54216}}
Onset {{DATE:8/19}} ~2200: diarrhea, fever 102, cramps. ED visit {{DATE:8/21}} at {{FACILITY:Kewaunee Shores Hospital}}, MRN {{MRN:LCH-6634021}}; stool culture pos, isolate {{ID:WSLH-24-88107}}.
Exposures 7 days before onset:
 - {{DATE:Sat 8/17}} wedding reception of friend {{NAME:Jenna Schleis}} at {{FACILITY:Red Barn at Tisch Mills}}; caterer {{FACILITY:Door Peninsula Catering}}; ate chicken, potato salad, cheese curds, tiramisu.
 - {{DATE:8/15}} lunch {{FACILITY:Kuhn's Supper Club}}, {{LOCATION:Algoma}}.
 - backyard chickens at sister {{NAME:Carrie}}'s farm, {{DATE:8/14}}.
Other ill wedding guests per case: bride's uncle {{NAME:Dennis}}, cousin {{NAME:Abby}} ({{LOCATION:Green Bay}}).
Guest list requested from bride, {{EMAIL:jenna.schleis.wed@mailbox.example}}.`,

  `partner services - {{DATE:10/02/24}} - DIS {{NAME:R. Gaines}}
index: {{NAME:Marcus Whitehurst}} 24M, syphilis secondary (RPR 1:128), HIV neg. tx'd bicillin 2.4 MU {{DATE:9/30}} at {{FACILITY:Capitol Hill Sexual Health Clinic}}. case {{ID:SY-24-10377}}.
lives {{ADDRESS:1717 Gales St NE, Apt 2}}, {{LOCATION:Washington}} DC {{ZIP:20002}}, cell {{PHONE:202-555-0169}}.
partners last 6 mo (interview period):
 1. {{NAME:Dre}} - last name unk, met on app, handle {{ID:@dre_dc_after9}}, ~3 encounters Aug. notified via app message {{DATE:10/2}}.
 2. {{NAME:Kendrick Ayodele}}, 26, works at {{FACILITY:Navy Yard Fitness}}, phone {{PHONE:202-555-0107}}. notified by phone {{DATE:10/2}}, agreed to testing {{DATE:10/3}}.
 3. anon - met at party {{ADDRESS:14th & U St NW}}, no locating info.
 4. ex {{NAME:Tavon}}, moved to {{LOCATION:Atlanta}}, referred to GA DIS.
social network: roommate {{NAME:Jalen}} (not a partner) offered testing.
-{{NAME:RG}}`,

  `CHILDHOOD LEAD - ENVIRONMENTAL INVESTIGATION
Child: {{NAME:Amani Lukwago}}, DOB {{DATE:06/21/2022}}, BLL 24 ug/dL venous {{DATE:02/13/2025}}, lab accession {{ID:LD-0213-7741}}
Parent: {{NAME:Grace Nakato}}, {{PHONE:(414) 555-0122}}
Property: {{ADDRESS:2719 N 24th Pl, Lower}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53206}}; duplex, built 1912, rental.
Owner: {{NAME:Vernon Pfeifer}}, mailing {{ADDRESS:PO Box 14470}}, {{LOCATION:West Allis}}, WI {{ZIP:53214}}; {{PHONE:414-555-0197}}
Inspection {{DATE:2/20/25}} by {{NAME:Tim Brzezinski}}, risk assessor lic {{LICENSE:LRA-009137}}:
 - XRF: window sills front room 4.2 mg/cm2, porch rail 6.8.
 - dust wipes: kitchen floor 38 ug/ft2, window trough 1,200.
 - child attends {{FACILITY:Sunshine Kids Learning Center}}, built 2004 - low risk.
 - grandmother {{NAME:Jaja}} watches child weekends at {{ADDRESS:3044 N 19th St}} - inspection scheduled {{DATE:3/4}}.
Orders issued to owner, abatement due {{DATE:4/21/2025}}. Nurse case manager {{NAME:Leah Moua}}, RN.`,

  `rabies exposure assessment {{DATE:6/11/24}}
pt {{NAME:Lily-Mae Dunaway}} 7F, bitten R calf by neighbor's dog {{DATE:6/10}} ~1800 in neighbor's yard at {{ADDRESS:418 Persimmon Ln}}, {{LOCATION:Greeneville}} TN.
dog Brutus, pit mix, owner {{NAME:Clayton Rhea}} {{PHONE:423-555-0138}}. rabies tag {{ID:TN24-07719}}, microchip {{ID:985112004417730}}; vacc cert from {{FACILITY:Nolichucky Animal Hospital}} shows rabies vacc {{DATE:3/2/23}} (3-yr) - current.
dog to be confined 10 days at owner's home, release {{DATE:6/20}}; animal control ofc {{NAME:Justus}} to check {{DATE:6/14}}.
wound: 2 punctures + 3 cm lac, irrigated at {{FACILITY:Greene Co Urgent Care}} {{DATE:6/10}}, tdap UTD. no RPEP unless dog ill/dies.
mom {{NAME:Crystal Dunaway}} {{PHONE:423-555-0116}}, {{ADDRESS:422 Persimmon Ln}}. pt attends {{FACILITY:Persimmon Ridge Elementary}} summer program.
separate call same wk: bat found in bedroom of pt's grandpa {{NAME:Earl Dunaway}}, 89, sleeping - bat not captured -> RPEP started {{DATE:6/12}} at {{FACILITY:Greene Co Urgent Care}}. -{{NAME:bh}}, regional epi`,
  `HEPATITIS A - FOOD HANDLER INVESTIGATION
County case #: {{ID:HAV-2024-0019}}     Opened: {{DATE:07/08/2024}}
Case: {{NAME:Dmitri Volkov}}, 29M, line cook. Cell {{PHONE:719-555-0150}}. Home: {{ADDRESS:1033 E Platte Ave, Apt 204}}, {{LOCATION:Colorado Springs}}, CO {{ZIP:80903}}
Onset of jaundice {{DATE:07/03/2024}}; anti-HAV IgM pos ({{FACILITY:Pikes Peak Reference Lab}}, acc. {{ID:PP-4471902}}). Seen at {{FACILITY:Garden of the Gods Urgent Care}}.
Infectious period for food handling: {{DATE:06/19/2024}} through {{DATE:07/10/2024}}.
Employer: {{FACILITY:Cheyenne Mountain Diner}}, {{ADDRESS:2720 S Nevada Ave}}; owner {{NAME:Stavros Kallis}}, {{PHONE:719-555-0128}}. Worked shifts {{DATE:6/20}}, {{DATE:6/21}}, {{DATE:6/22}}, {{DATE:6/27}}, {{DATE:6/28}}, {{DATE:6/29}}, {{DATE:7/2}}. Handled ready-to-eat salads and desserts.
Also volunteers Thursdays at {{FACILITY:Marian Table Soup Kitchen}}.
Travel: hiking trip to {{LOCATION:Oaxaca}} and {{LOCATION:Puerto Escondido}} in late May.
Household: girlfriend {{NAME:Natalia}} and her son {{NAME:Leo}}, 6 - HAV vaccine given {{DATE:7/9}}.
Public notice for diner patrons issued {{DATE:7/10}}. Investigator: {{NAME:Hope Ridenour}}, {{EMAIL:hridenour@ppcountyhealth.example.gov}}`,

  `pertussis - daycare cluster - notes {{DATE:2/18/25}}
index: infant {{NAME:Zoe Paquette}}, 2 mo, PCR+ {{DATE:2/14}} at {{FACILITY:Androscoggin Children's Clinic}}, admitted PICU. mom {{NAME:Chantal}} {{PHONE:207-555-0141}}.
sibling {{NAME:Remy}} 4y attends {{FACILITY:Busy Bees Early Learning}}, {{ADDRESS:61 Canal St}}, {{LOCATION:Lewiston}} ME, cough x3 wk - PCR+ {{DATE:2/16}}. likely source.
daycare: director {{NAME:Paulette Gagnon}} {{PHONE:207-555-0148}}. pre-K room: 12 kids, 2 teachers (Miss {{NAME:Jo}} and {{NAME:Kelsey Thibault}}). 3 other kids w/ cough: {{NAME:Owen}}, {{NAME:Ayla M.}}, {{NAME:Jaxon}} - referred for PCR + azithro.
PEP recommended for all pre-K room contacts; letter to parents {{DATE:2/18}}. daycare closure not required.
teacher {{NAME:Kelsey Thibault}} is 28 wk pregnant -> Tdap + PEP, OB Dr. {{NAME:Lachance}} at {{FACILITY:Maine Women's Health Partners}} notified, fax {{FAX:207-555-0145}}.
dad {{NAME:Marc Paquette}} works at {{FACILITY:Pepperell Mill Brewing}} - no infant contacts there, no action.
case #s {{ID:PER-25-011}} (infant), {{ID:PER-25-012}} (sibling).
-{{NAME:S. Laliberte}}, PHN`,
  `LEGIONELLOSIS - TRAVEL-ASSOCIATED CASE
Case: {{NAME:Harvey Lindenbaum}}   Age: {{AGE:90}}   DOB: {{DATE:11/30/1933}}   Case #: {{ID:LEG-24-0088}}
Home: {{ADDRESS:7 Wedgewood Terrace}}, {{LOCATION:Scarsdale}}, NY {{ZIP:10583}}   Wife: {{NAME:Ruth}}, {{PHONE:914-555-0167}}
Hospitalized {{DATE:10/14/2024}}, {{FACILITY:Bronx River Medical Center}}, MRN {{MRN:BRMC-2094118}}; urine antigen pos {{DATE:10/15/2024}}.
Itinerary in the 14 days before onset ({{DATE:10/11}}):
 - {{DATE:9/27}} flew to {{LOCATION:Lisbon}}; 3 nights {{FACILITY:Hotel Miradouro Alfama}}, room 412.
 - {{DATE:9/30}} river cruise {{LOCATION:Porto}} to {{LOCATION:Pinhão}}, ship {{FACILITY:MS Douro Serenade}}, cabin 208; hot tub on deck used daily.
 - {{DATE:10/7}} flew home; {{DATE:10/8}} to {{DATE:10/10}} at son {{NAME:Aaron}}'s house, {{ADDRESS:55 Birch Hill Rd}}, {{LOCATION:Stamford}}, CT.
 - No home whirlpool; uses CPAP nightly (machine SN {{DEVICE:22141807553}}), fills with tap water.
ELDSNet report submitted; cruise line notified via CDC. Second passenger ill per wife: {{NAME:Sylvia Marcus}} of {{LOCATION:Teaneck}}, NJ.
Investigator: {{NAME:Priscilla Odom}}, {{PHONE:914-555-0100}}`,
  `TRAVEL MEDICINE - PRE-TRAVEL CONSULTATION
Clinic: {{FACILITY:Cascade Travel Health}}     Date: {{DATE:May 2, 2024}}
Traveler: {{NAME:Simone Achterberg}}, 27F     DOB {{DATE:1996-08-19}}     MRN {{MRN:CTH-300417}}
Passport: {{ID:586120447}} (exp 2031)     Email: {{EMAIL:simone.achterberg@examplemail.com}}
Itinerary: depart {{DATE:06/10/2024}}; {{LOCATION:Nairobi}} 4 d; field placement with {{FACILITY:Lake Victoria Community Health Trust}} in {{LOCATION:Kisumu}} 8 wk (rural villages, homestays); {{LOCATION:Kampala}} 5 d; safari {{LOCATION:Maasai Mara}}; return {{DATE:08/22/2024}}.
Vaccines today: yellow fever (ICVP no. {{ID:YF-US-0884172}}), typhoid Vi, rabies PrEP dose 1 (dose 2 {{DATE:5/9}}), Tdap booster. Hep A/B complete per records from {{FACILITY:Ashgrove University Student Health}}.
Malaria: atovaquone-proguanil daily, start 2 d before, continue 7 d after.
Counselling: TD kit, insect precautions, schistosomiasis (no freshwater swimming in {{LOCATION:Lake Victoria}}), road safety.
Emergency contact: mother {{NAME:Ingrid Achterberg}}, {{PHONE:503-555-0119}}.
Provider: {{NAME:Theo Marchbanks}}, NP`,

  `post-travel fever - walk-in {{DATE:1/27/25}}
{{NAME:Chukwuemeka}} "{{NAME:Emeka}}" {{NAME:Obi-Nwosu}} 41M, returned {{DATE:1/19}} from {{LOCATION:Lagos}} & {{LOCATION:Enugu}} (VFR, visiting mother for 6 wk, no malaria ppx).
fever 39.4, rigors q48h-ish, HA, myalgias. no rash. plt 68, bili 2.1.
thick/thin smear: P. falciparum, parasitemia 3.2%. accession {{ID:MS-25-0127-044}}.
no severe criteria. AL started, 1st dose observed. admit? discussed - pt lives alone; d/w ID Dr. {{NAME:Sandoval}} -> obs admit to {{FACILITY:Harbor Point Hospital}} for 24 h.
pt address {{ADDRESS:66 Union Ave, Apt 9}}, {{LOCATION:Paterson}} NJ {{ZIP:07502}}, cell {{PHONE:973-555-0133}}. works as a pharmacist at {{FACILITY:Market Street Pharmacy}}.
brother {{NAME:Ikenna}} traveled w/ him, back {{DATE:1/19}}, asymptomatic - told to present if fever; his # {{PHONE:973-555-0189}}.
state reportable - faxed to local HD {{FAX:973-555-0190}}.
-{{NAME:Yasmin Darwish}}, MD`,

  `REFUGEE DOMESTIC HEALTH ASSESSMENT - FAMILY SUMMARY
Clinic: {{FACILITY:Riverside New Arrivals Clinic}}     Visit: {{DATE:03/18/2024}}
Resettlement agency: {{FACILITY:Heartland Welcome Refugee Services}}; case worker {{NAME:Abdi Warsame}}, {{PHONE:402-555-0129}}
U.S. arrival: {{DATE:02/27/2024}}     Interpreter: {{NAME:Furaha}} (Swahili, in person)
Address: {{ADDRESS:4410 S 24th St, Apt 3}}, {{LOCATION:Omaha}}, NE {{ZIP:68107}}
1. {{NAME:Jean-Bosco Habimana}}, DOB {{DATE:01/01/1982}}, A# {{ID:A212-447-903}}, Medicaid {{HEALTH_PLAN:NE1150442879}}. Prior camp: {{LOCATION:Nyarugusu}}, 2015-2023. HTN 162/98. Strongyloides serology pos.
2. {{NAME:Esperance Uwimana}}, DOB {{DATE:01/01/1986}}, A# {{ID:A212-447-904}}. G4P4, LMP {{DATE:2/20}}. Hgb 9.8.
3. {{NAME:Divine}}, 11, A# {{ID:A212-447-905}}, school {{FACILITY:Hanscom Park Elementary}}; vision 20/60 OU.
4. {{NAME:Gloire}}, 7, A# {{ID:A212-447-906}}; BLL 6.1, repeat {{DATE:6/18}}.
Overseas panel exam {{LOCATION:Kigoma}}, {{DATE:11/14/2023}} - class B TB none.
Next: primary care {{FACILITY:Vinton Street Family Clinic}} {{DATE:4/2}}.`,
  `SIV arrival screening - {{DATE:9 Oct 2024}}
pt {{NAME:Mohammad Nasir Sultani}} 38M, SIV holder, arrived {{DATE:9/24/24}} via {{LOCATION:Doha}}; before that 2 yr in {{LOCATION:Islamabad}} after leaving {{LOCATION:Kabul}}. worked as interpreter w/ US forces in {{LOCATION:Lashkar Gah}}.
family: wife {{NAME:Farzana}} 33, kids {{NAME:Yasin}} 9, {{NAME:Mariam}} 6, {{NAME:Omid}} 2. mother {{NAME:Bibi Gul}} age {{AGE:ninety-one}} (per tazkira; pt unsure, "very old").
IDs: A-number {{ID:A-219-883-104}}, I-94 {{ID:70081244 A3}}. overseas IOM fingerprint record {{BIOMETRIC:IOM-FP-55120938}}, iris enrol {{BIOMETRIC:IRIS-AF-00417726}}.
housing via {{FACILITY:Sacramento Valley Welcome Center}}: {{ADDRESS:3320 Watt Ave, Apt 118}}, {{LOCATION:Sacramento}} CA {{ZIP:95821}}. case mgr {{NAME:Hamid}}, {{PHONE:916-555-0114}}.
pt: PTSD sx, sleep 3 h/night, PHQ-9 14. back pain from IED blast 2011. Dari interpreter by phone.
mother: HTN, cataracts, wheelchair; needs Medi-Cal - pending, application {{ID:MC-APP-7730182}}.
f/u {{DATE:10/23}}. -Dr. {{NAME:Leyla Hosseini}}`,
  `travel clinic vaccine visit - {{DATE:Wed 12/4/24}}
{{NAME:Olivia Brennan-Tsai}} 20F, junior at {{FACILITY:Larchmere College}}, study abroad w/ {{FACILITY:Mekong Field Semester}} from {{DATE:1/8/25}} to {{DATE:5/16/25}}: {{LOCATION:Chiang Mai}}, homestay in {{LOCATION:Mae Rim}}, 2 wk {{LOCATION:Luang Prabang}}, {{LOCATION:Siem Reap}}.
given today: JE vaccine #1 (#2 due {{DATE:12/11}}), rabies PrEP #1 (#2 {{DATE:12/11}}), flu. oral typhoid caps to take {{DATE:12/20-12/26}}.
malaria: low risk in itinerary, no chemoprophylaxis; standby not needed. dengue counselling, DEET/permethrin.
student ID {{ID:LHC-2110478}}, student ins member {{HEALTH_PLAN:AHP-55210-0047}}, portal msg to {{EMAIL:obrennantsai@larchmere.example.edu}}.
program in-country coordinator Dr. {{NAME:Somchai Wongsuwan}}, {{PHONE:+66 53 555 014}}; on-campus contact {{NAME:Greta Lindahl}}, {{PHONE:610-555-0177}}.
mom {{NAME:Wen-Li Tsai}} asked by phone re records - pt signed release {{DATE:12/4/24}}.
-{{NAME:Naomi Feld}}, RN / {{NAME:nf}}`,
  `REFUGEE MENTAL HEALTH - INTAKE (RHS-15)
Date: {{DATE:17 July 2024}}     Clinician: {{NAME:Beatriz Almonte}}, LCSW     Interpreter: {{NAME:Sayed}} (Pashto, video)
Client: {{NAME:Gul Bano Safi}}, 44F     DOB {{DATE:07/01/1980}}     Clinic MRN {{MRN:NAC-2208417}}
Referred by: {{NAME:Jill Harwood}}, RN, {{FACILITY:Riverside New Arrivals Clinic}}
Background: fled {{LOCATION:Jalalabad}} with two daughters in 2021; husband missing since then. Lived 2 yr in {{LOCATION:Peshawar}}, then processing in {{LOCATION:Islamabad}}. Arrived {{DATE:04/30/2024}}.
Current: RHS-15 score 26 (positive), distress thermometer 8. Nightmares, startles at helicopters, avoids leaving apartment at {{ADDRESS:901 Prairie View Dr, Apt 6C}}, {{LOCATION:Lincoln}}, NE {{ZIP:68504}}.
Daughters: {{NAME:Zarmina}}, 15, and {{NAME:Laila}}, 12, at {{FACILITY:Salt Creek Middle School}} - counselor Ms. {{NAME:Ortega}} reports {{NAME:Laila}} crying in class.
Supports: neighbor {{NAME:Khadija}} from the same province; mosque {{FACILITY:Masjid Al-Noor Lincoln}}.
Plan: trauma-focused therapy weekly with interpreter, psychiatry referral, ESL via {{FACILITY:Star City Adult Learning}}. Crisis line and clinic number {{PHONE:402-555-0192}} given.`,

  `dengue f/u - telephone + clinic {{DATE:8/14/2024}}
pt {{NAME:Rafael Echeverri}} 52M, returned {{DATE:8/3}} from {{LOCATION:Medellín}} & {{LOCATION:Cartagena}} (family visit, sister {{NAME:Luz Marina}} lives in barrio {{LOCATION:Laureles}}).
fever d1 {{DATE:8/5}}, defervesced {{DATE:8/9}}; NS1 pos ({{FACILITY:Coastal Diagnostics Lab}} acc {{ID:CDL-0806-33191}}).
today d10: plt 48 -> 112, HCT 44 stable, no bleeding, no abd pain. cleared for work.
works as HVAC tech, {{FACILITY:Sunbelt Air Systems}}; supervisor {{NAME:Wade}} wants note - given.
reported to county (travel-assoc dengue, local Aedes present) - vector control visit to home {{ADDRESS:2741 NW 7th St}}, {{LOCATION:Miami}} FL {{ZIP:33125}} on {{DATE:8/15}} to look for breeding sites; wife {{NAME:Gloria}} will be home, {{PHONE:305-555-0173}}.
ins: member {{HEALTH_PLAN:FLB-884-10932-01}}. -{{NAME:JP}}`,

  `TB CLASS B FOLLOW-UP - NEW ARRIVAL
Date: {{DATE:2024-11-05}}     Program: {{FACILITY:Eastside Refugee TB Program}}
Client: {{NAME:Thet Htar Aung}}, 36F     DOB {{DATE:12/12/1987}}     A# {{ID:A-220-519-448}}
EDN notification {{ID:EDN-24-0098812}}; panel physician Dr. {{NAME:Aye Myint}}, {{LOCATION:Mae Sot}} panel site; overseas CXR {{DATE:06/18/2024}} fibrotic RUL, sputum smear/culture neg x3, class B1.
Arrived {{DATE:10/21/2024}} with husband Saw {{NAME:Kaw Htoo}} and daughter Naw {{NAME:Eh Paw}}, 8; prior residence {{LOCATION:Mae La camp}}.
Address: {{ADDRESS:12805 SE Division St, Apt 210}}, {{LOCATION:Portland}}, OR {{ZIP:97236}}; phone via case worker {{NAME:Eh Say}}, {{PHONE:503-555-0146}}.
Today: asymptomatic, IGRA pos, CXR stable vs overseas film (images received on CD, reference {{ID:IOM-IMG-4471208}}). Sputum x3 collected.
Photo ID for DOT card: {{PHOTO:client_photo_TA_20241105.jpg}}
Plan: if cultures neg, treat LTBI 4R; DOT not needed. Nurse: {{NAME:Corinne Waldo}}, RN`,
  `street med rounds - {{DATE:Thurs 1/16/25}} - team: Dr. {{NAME:Aziz}}, {{NAME:Marisa}} (RN), {{NAME:Deshawn}} (peer), {{LOCATION:Spokane}}
1) "{{NAME:Big Mike}}" ({{NAME:Michael Pruitt}}, DOB {{DATE:3/9/68}}) - tent under {{ADDRESS:I-90 overpass at Division St}}. L shin cellulitis improving, bactrim day 5/7. wound cleaned, dressed. HMIS {{ID:HMIS-0044172}}.
2) "{{NAME:Sunshine}}" - F ~50s, won't give legal name, at {{LOCATION:Camp Resolve}} by the river. BP 188/104, out of amlodipine x2 wk; 30-day supply from backpack stock.
3) {{NAME:Ray Yellowhorse}} - narcan x2 given. sister {{NAME:Darlene}} looking for him, left # {{PHONE:509-555-0163}}; pt ok w/ us calling her.
4) {{NAME:Kristy}} 23F, ~14 wk by LMP {{DATE:10/10}}, no PNC. warm handoff to {{FACILITY:Monroe Street Women's Clinic}}, appt {{DATE:1/21}} 1000, bus pass given. Apple Health ID {{HEALTH_PLAN:108447203WA}}.
5) {{NAME:T.J.}} - lost phone & ID; referred to {{FACILITY:Trent Avenue Resource Center}} for ID. sleeps in car (2004 Buick LeSabre, WA plate {{VEHICLE:BXK4417}}), towed {{DATE:1/14}}, at {{FACILITY:Valley Tow & Storage}}.
-{{NAME:MA}}`,

  `SHELTER CLINIC PROGRESS NOTE
Site: {{FACILITY:Crossroads Family Shelter}}, {{ADDRESS:215 E Lake St}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55408}}     Date: {{DATE:10/29/2024}}
Patient: {{NAME:Shanice Moore}}, 31F     DOB {{DATE:04/17/1993}}     Clinic MRN {{MRN:HCH-0091124}}     MA ID {{HEALTH_PLAN:MA-00418830}}
Household in shelter: children {{NAME:Ja'Nya}}, 6, and {{NAME:Kyrie}}, 3; shelter client ID {{ID:CFS-24-1177}}.
S: {{NAME:Kyrie}} wheezing at night x4 nights, using albuterol without spacer. Mom has eczema flare hands; ran out of triamcinolone.
O: {{NAME:Kyrie}} RR 32, mild expiratory wheeze, SpO2 95%. Mom: lichenified dermatitis dorsal hands.
A/P: {{NAME:Kyrie}} - asthma, moderate persistent: start fluticasone 44 mcg 2 puffs BID with spacer (given), albuterol prn; Rx sent to {{FACILITY:Lake Street Pharmacy}}. Mom - triamcinolone 0.1% refill.
Social: evicted from {{ADDRESS:3345 Chicago Ave, Apt 7}} {{DATE:9/30}}. {{NAME:Ja'Nya}} enrolled at {{FACILITY:Phillips Bridge Elementary}}; McKinney-Vento liaison Ms. {{NAME:Hagos}} arranging bus. Shelter case worker {{NAME:Yolanda}}, {{PHONE:612-555-0184 ext 22}}.
Seen by: {{NAME:Abigail Strand}}, CNP`,

  `warming center overnight log - {{FACILITY:Central Hillside Warming Center}}, {{ADDRESS:402 W 3rd St}}, {{LOCATION:Duluth}} MN - night of {{DATE:12/21/24}}, low -22F
2215 "{{NAME:Walt}}" 60s, boots soaked, toes white/numb. warmed in tepid water 30 min, pink, blisters none. socks + boots from donation bin. staff {{NAME:Corey}}.
2340 {{NAME:Lorraine Bigboy}} arrived by {{FACILITY:Northland Paratransit}} paratransit, uses portable O2, concentrator SN {{DEVICE:SQ-0044-21788}} battery low -> plugged in by bed 14.
0140 {{NAME:Ronnie Defoe}} intox, fell on stairs, 3 cm lac L eyebrow, +LOC? unclear. 911. {{FACILITY:Harborline Ambulance}} took to {{FACILITY:Lakewalk Medical Center}} 0212, run {{ID:AA-24-33108}}. his bag stored, tag 117.
0400 {{NAME:Deb}} ({{NAME:Deborah Kaye}}) c/o CP; pain reproducible, vitals nl; she declined EMS; recheck 0500 resolved.
0615 guest {{NAME:Jimmy}} asked for Sister {{NAME:Agnes}} - told she's in {{DATE:Mon 12/23}}.
census 41. -{{NAME:KL}}/{{NAME:Corey}}`,
  `MOBILE MEDICAL UNIT - OUD / WOUND VISIT
Date: {{DATE:05/07/2024}}   Van stop: {{ADDRESS:Kensington Ave & E Somerset St}}, {{LOCATION:Philadelphia}}, PA
Patient: {{NAME:Brianna}} "{{NAME:Bree}}" {{NAME:Kowalchuk}}, 34F   DOB {{DATE:9-22-1989}}   Program ID {{ID:MMU-5521}}
Medicaid: {{HEALTH_PLAN:PA-MA-4410228857}}   Cell: {{PHONE:267-555-0148}} (often off; message via partner {{NAME:Luis}}, {{PHONE:267-555-0112}})
S: using ~10 bags/day, fentanyl with xylazine per pt. Wants to restart bupe; last dose {{DATE:4/20}}. Wounds both forearms worse.
O: COWS 13. L forearm wound 5 x 4 cm, necrotic base, no purulence; R forearm 2 cm, granulating.
PDMP checked {{DATE:5/7/24}} - last fill {{DATE:03/28/2024}} at {{FACILITY:Allegheny Ave Pharmacy}}.
A/P: buprenorphine-naloxone 8/2 mg, 16 mg day 1 in van, then 16 mg daily x7 d. Rx e-sent to {{FACILITY:Allegheny Ave Pharmacy}}. Xeroform + ABD, wound supplies for 1 wk. Narcan x2, FTS given.
Prescriber: {{NAME:Haruto Ellison}}, MD, DEA {{LICENSE:BE4471720}}, NPI {{LICENSE:1093847715}}
Next van stop same corner {{DATE:Tue 5/14}} 1000-1400.`,

  `DV shelter - health visit {{DATE:6/3/24}}
shelter location confidential (not recorded). agency: {{FACILITY:Safe Harbor House}}, hotline {{PHONE:860-555-0130}}.
client {{NAME:Marisol Quiñones}} 28F w/ son {{NAME:Adrián}} 4. arrived {{DATE:5/31}} from {{LOCATION:Waterbury}}.
injuries per client from partner {{NAME:Derek Vollmer}} on {{DATE:5/30}}: bruising L upper arm (fingertip pattern), healing lac R lip. photos taken by advocate for court, file {{PHOTO:DV-0603-MQ-face01.jpg}} (face), arm photos not labelled.
protective order: {{ID:HHD-FA24-6112078}}, hearing {{DATE:June 13, 2024}}. SSN on benefits app xxx-xx-{{SSN:4417}}.
he drives a black Dodge Ram, CT plate {{VEHICLE:AK-47219}}; shelter staff and {{FACILITY:Little Sprouts Preschool}} given description.
meds: none. PHQ-9 16, GAD-7 14. STI/preg testing offered, accepted; urine hCG neg.
son {{NAME:Adrián}}: needs 4-yr vaccines, records at {{FACILITY:Brass City Pediatrics}}, fax req sent {{FAX:203-555-0151}}.
client's mother {{NAME:Carmen}} in {{LOCATION:Ponce}}, PR - safe contact, {{PHONE:787-555-0193}}.
-{{NAME:Rosalyn Tate}}, APRN`,
  `SHELTER TB SCREENING / INTAKE - {{FACILITY:Cornerstone Men's Shelter}}
Date: {{DATE:2025-03-03}}   Bed assignment: dorm B, bed 22
Guest: {{NAME:Anthony Ray Lightfoot}}   DOB: {{DATE:08/30/1971}}   Shelter ID: {{ID:CMS-90517}}
Check-in: finger-scan template {{BIOMETRIC:FS-CMS-0090517}}; badge photo {{PHOTO:CMS_badge_90517.png}}
Last address: {{ADDRESS:2230 Federal Blvd, Rm 14}}, {{LOCATION:Denver}}, CO {{ZIP:80211}} (motel, left {{DATE:2/26}})
Prior shelter: 2 nights at {{FACILITY:Samaritan Crossing Shelter}}, {{DATE:2/27}} and {{DATE:2/28}}.
Symptom screen: cough 3 wk, night sweats, wt loss ~10 lb. Born in {{LOCATION:Gallup}}, NM; incarcerated 2019-2022 at {{FACILITY:Sterling Ridge Correctional Facility}}, TST neg at release.
Action: masked, moved to isolation room. Sputum x3 and CXR ordered via {{FACILITY:Colfax Street Medicine}}; CXR at {{FACILITY:Mile High Imaging}} {{DATE:3/4}} 0900, requisition {{ID:MHI-250304-117}}.
Medicaid {{HEALTH_PLAN:CO-Q448102}}. Emergency contact: cousin {{NAME:Verna Tsosie}}, {{PHONE:505-555-0170}}.
Screener: {{NAME:D. Kessler}}, RN`,
  `outreach - older adult living in car - {{DATE:Aug 20 2024}}
pt {{NAME:Eleanor}} "{{NAME:Nora}}" {{NAME:Whitlock}}, {{AGE:95}} y.o. per her (DOB {{DATE:2/2/1929}} on expired ID), found by library staff sleeping in her car in lot at {{FACILITY:Ventura Avenue Library}}, {{ADDRESS:651 E Main St}}, {{LOCATION:Ventura}} CA.
car: 2001 Buick Century, tan, CA plate {{VEHICLE:4RKD558}}, VIN {{VEHICLE:2G4WS52J411208873}}; registration expired. living in car since eviction from {{ADDRESS:77 Poli St, Unit 3}} in spring.
alert, oriented x3, slightly HOH, ambulates with cane. BP 172/88. feet edematous, no wounds. no meds x 2 mo (was on lisinopril from {{FACILITY:Ventura Senior Clinic}}, Dr. {{NAME:Pham}}).
nephew {{NAME:Gregory Lassiter}} in {{LOCATION:Bakersfield}} {{PHONE:661-555-0178}} - not able to house her.
APS report made, case {{ID:APS-24-081137}}; SSA - pt gets SS, bank acct {{ACCOUNT:00447210883}} per her checkbook, concern re overdraft scam (pt got calls from "{{NAME:Kevin}}" asking for gift cards).
plan: motel voucher via {{FACILITY:Seaside Senior Outreach}} tonight, f/u {{DATE:8/21}}.
-{{NAME:Ines Calderón}}, SW / {{NAME:Mark Rhee}}, RN`,
  `TELEHEALTH VIDEO VISIT
Date/time: {{DATE:04/15/2024 09:30}}     Visit link: {{URL:https://visit.lakeviewcare.example.com/join/7HQK2R}}
Patient: {{NAME:Gordon Ashby}}     DOB: {{DATE:10/10/1958}}     MRN: {{MRN:LVC-448120}}
Patient location during visit: home, {{ADDRESS:19 Spruce Hill Rd}}, {{LOCATION:Littleton}}, NH {{ZIP:03561}} (confirmed verbally)
Provider location: {{FACILITY:Lakeview Primary Care}}, {{LOCATION:Concord}}, NH
Consent: verbal consent to video visit obtained. Others present: wife {{NAME:Elaine}}.
Connection: patient IP {{IP:203.0.113.47}}; session ID {{ID:VS-20240415-88213}}; audio dropped once at 09:41, reconnected.
CC: follow-up hypertension and type 2 diabetes.
Home BP log e-mailed from {{EMAIL:gashby58@northmail.example}}: average 138/84 over 14 days; cuff serial {{DEVICE:BPM-7Q-0041882}} synced to portal. A1c {{DATE:4/8/24}} 7.4%.
Plan: increase lisinopril to 20 mg; recheck BMP in 2 weeks at {{FACILITY:North Country Lab Services}}, order {{ID:NCL-2204471}}. Return video visit {{DATE:May 20, 2024}}.
{{NAME:Hilary Dunmore}}, MD`,

  `tele-psych f/u {{DATE:9/5/24 1600}} - video
pt {{NAME:Jasmine Oduya}} 22F, {{FACILITY:Carrick State University}} senior. at start of visit pt says she is in {{LOCATION:Montreal}} this wk for a cousin's wedding -> provider not licensed for out-of-country care; visit limited to safety check + rescheduling per policy.
safety: denies SI/HI, PHQ-9 9 (was 17). sleeping 7 h. taking sertraline 100 mg daily, has 3 wk supply.
pt located at hotel {{FACILITY:Hôtel Le Marchand}}, {{LOCATION:Old Montreal}}; returns {{DATE:9/9}}.
rescheduled {{DATE:Tue 9/10/24 1600}}, new link sent to {{EMAIL:jodu22@carrick.example.edu}}: {{URL:https://telehealth.carrickcounseling.example.org/r/JX4-991}}.
emergency contact: mother {{NAME:Folasade Oduya}} {{PHONE:443-555-0181}}. campus crisis {{PHONE:443-555-0100}}.
IP logged {{IP:198.51.100.212}} (geolocates Canada).
student health ID {{ID:CSU-7710482}}.
-Dr. {{NAME:Imani Rowe}}, PsyD`,
  `AUDIO-ONLY TELEHEALTH VISIT (patient has no video device)
Date: {{DATE:Monday, January 13, 2025}}     Start 1015, end 1038
Patient: {{NAME:Cornelius Abernathy-Shaw}}, a {{AGE:92}}-year-old man     DOB {{DATE:06/04/1932}}     MRN {{MRN:00882145}}
Identity verified by name and DOB and by the clinic phone system voiceprint {{BIOMETRIC:VP-00882145-02}}.
Patient location: home, {{ADDRESS:3 Cobb Hollow Ln}}, {{LOCATION:Mount Airy}}, NC {{ZIP:27030}}. Called at {{PHONE:336-555-0137}}.
Also on the line: daughter {{NAME:Lorna Pettigrew}}, joining from {{LOCATION:Dublin}}, Ireland, and home aide {{NAME:Precious}} from {{FACILITY:Yadkin Home Companions}}.
History: dizzy when standing x1 wk; one near-fall {{DATE:1/10}}. Takes tamsulosin 0.4 and amlodipine 10. Aide reports poor fluid intake.
Assessment: probable orthostatic hypotension. Aide to check lying/standing BP today and report via {{EMAIL:care@yadkinhomecompanions.example.com}}.
Plan: stop amlodipine; fluids 1.5 L/day; PT home safety eval ordered, referral {{ID:REF-25-00419}}. Follow-up call {{DATE:1/20/25}}.
{{NAME:Farah Quraishi}}, MD     Billing acct {{ACCOUNT:PB-1194472}}`,

  `RPM alert log - {{FACILITY:Heartland Remote Care}} - pt {{NAME:Dolores Ybarra}} (MRN {{MRN:HRC-30017}}), {{LOCATION:Dodge City}} KS
devices: scale {{DEVICE:SC-4410-77821}}, BP cuff {{DEVICE:BP-4410-55310}}, cellular hub {{DEVICE:HUB-88A21F04}} (hub IP {{IP:10.44.18.201}})
{{DATE:2/3/25 0712}} wt 172.4 lb (+3.1 lb / 48 h) - alert. called pt {{PHONE:620-555-0119}}, no answer. called son {{NAME:Arturo}} {{PHONE:620-555-0154}}, he will stop by at lunch. -{{NAME:TG}}
{{DATE:2/3/25 1250}} son called back: ankles swollen, SOB on stairs, ate ham + canned soup at church supper {{FACILITY:Our Lady of Guadalupe Parish}} Sunday. d/w cardiology NP {{NAME:Reinholt}}: furosemide 40 -> 80 mg x3 d. -{{NAME:TG}}
{{DATE:2/4/25 0705}} wt 170.9. BP 134/78. -auto
{{DATE:2/6/25 0710}} wt 168.8, no alert. video check-in via {{URL:https://rpm.heartlandremote.example.net/v/DY30017}} from pt's tablet, IP {{IP:2001:db8:4a1:20::17}}; lungs - pt reports breathing better. -{{NAME:Kelsey Graber}}, RN
{{DATE:2/10/25}} hub offline 36 h; tech visit booked {{DATE:2/11}}, ticket {{ID:TK-7729104}}. pt mailing address for replacement hub: {{ADDRESS:PO Box 1206}}, {{LOCATION:Dodge City}}, KS {{ZIP:67801}}. -{{NAME:TG}}`,

  `tele-urgent care video {{DATE:2024-08-11 21:14}} CDT
pt {{NAME:Darnell Hughes}} 46M, OTR truck driver for {{FACILITY:Redline Carriers}}, in his sleeper cab at {{FACILITY:Bluebonnet Travel Plaza}}, {{ADDRESS:I-35 exit 331}}, {{LOCATION:Temple}} TX.
connection from mobile, IP {{IP:172.58.114.203}}. DOB {{DATE:3/27/78}}. email {{EMAIL:dhughes.trucking@mailbox.example}}.
c/o L great toe red, hot, swollen since this a.m.; hx gout x2. no fever, no trauma. photo of foot shared in chat.
A: acute gout flare. P: colchicine 1.2 mg then 0.6 mg in 1 h, then 0.6 mg BID; Rx to {{FACILITY:Temple Crossroads Pharmacy}} (open 24 h, 0.3 mi). NSAID avoided (CKD 3a per pt).
work: pt asks re driving - colchicine ok, no sedating meds. note for dispatcher {{NAME:Angie}} sent to fleet fax {{FAX:901-555-0166}}.
truck: fleet unit 2217, TX plate {{VEHICLE:R471-882}}.
CDL TN {{LICENSE:118847203}} on file for employer's DOT record. PCP back home Dr. {{NAME:Falkner}}, {{LOCATION:Jackson}} TN.
-{{NAME:Corinne Ebbesen}}, PA-C`,
  `TELEDERMATOLOGY - STORE-AND-FORWARD CONSULT
Received: {{DATE:11/19/2024}}     Consult # {{ID:TD-24-30915}}
Referring: {{NAME:Laurel Beaudry}}, FNP, {{FACILITY:Aroostook Valley Rural Health}}, {{LOCATION:Presque Isle}}, ME; fax {{FAX:207-555-0115}}
Patient: {{NAME:Ambrose Pelletier}}     DOB {{DATE:5/1/1940}}     MRN {{MRN:AVRH-071122}}     MaineCare {{HEALTH_PLAN:MC-88140227X}}
History: enlarging lesion L cheek x 6 mo, bleeds with shaving. Farmer (potatoes), lifelong sun exposure. Lives with wife {{NAME:Jeannette}} at {{ADDRESS:1417 Caribou Rd}}, {{LOCATION:Mapleton}}.
Images: face, full frontal {{PHOTO:AP_face_front_20241118.jpg}}; face, left oblique {{PHOTO:AP_face_Loblique_20241118.jpg}}; dermoscopy of lesion (no identifiable features).
Upload link used by referring clinic: {{URL:https://derm-upload.pinetreetelederm.example.org/c/TD-24-30915}}
Impression: pearly papule 9 mm with arborizing vessels and central ulceration - nodular basal cell carcinoma most likely.
Recommendation: shave or punch biopsy at referring site; if BCC confirmed, Mohs at {{FACILITY:Penobscot Dermatologic Surgery}}, {{PHONE:207-555-0156}}.
Dermatologist: {{NAME:Sunil Varghese}}, MD, ME license {{LICENSE:MD-022871}}     Signed {{DATE:11/20/2024 07:55}}`,

  `video visit connection log - export for IT ticket {{ID:INC0449178}}
clinic {{FACILITY:Tongue River Behavioral Health}} / clinician {{NAME:R. Mbeki}} / pt {{NAME:Cheyenne Whitehorse}} (MRN {{MRN:TCB-55017}})
{{DATE:2024-06-20 13:58:04}} session {{ID:VS-7730-ALPHA-1120}} created, link {{URL:https://meet.tongueriverbh.example.com/s/7730a1120}}
{{DATE:2024-06-20 14:00:11}} clinician joined from {{IP:192.0.2.14}}
{{DATE:2024-06-20 14:02:47}} pt joined from {{IP:100.64.22.190}}, device loaner tablet SN {{DEVICE:TB-LNR-004417}}, location reported "{{LOCATION:Lame Deer}} community center parking lot (wifi)"
{{DATE:2024-06-20 14:09:30}} pt dropped (packet loss 38%)
{{DATE:2024-06-20 14:11:02}} pt rejoined from {{IP:100.64.22.191}}
{{DATE:2024-06-20 14:44:15}} session ended
note from clinician: audio poor; completed visit by phone {{PHONE:406-555-0135}}. pt asks for hotspot; referral to {{FACILITY:Northern Cheyenne Digital Access Project}}, contact {{NAME:Lonnie}} {{EMAIL:lonnie@ncdap.example.org}}.
ticket opened by {{NAME:jw}} (help desk).`,
  `hospice family meeting by video - {{DATE:3/8/25 1900}} ET
agency {{FACILITY:Stillwater Hospice of the Valley}}; pt {{NAME:Margaret}} "{{NAME:Peg}}" {{NAME:Cavanaugh}}, {{AGE:93}}, turning {{AGE:94}} on {{DATE:3/15}}, at home {{ADDRESS:40 Orchard St}}, {{LOCATION:Greenfield}} MA w/ son {{NAME:Brendan}}.
link {{URL:https://zoom.example.com/j/88123344091}}, meeting ID {{ID:881 2334 4091}}.
joined: son {{NAME:Brendan}} (home, w/ pt), dtr {{NAME:Siobhan Kerr}} from {{LOCATION:Manchester}}, England, dtr {{NAME:Maureen}} from {{LOCATION:Toronto}}, grandson {{NAME:Liam}} from {{LOCATION:Worcester}}; SW {{NAME:Tasha Greenberg}}, RN CM {{NAME:Paula}}, chaplain Deacon {{NAME:Ruiz}}.
update: PPS 30%, eating sips only, sleeping 20 h. no pain; morphine 2.5 mg SL prn used 1-2x/day.
discussed: goals comfort, stay at home. {{NAME:Siobhan}} flying in {{DATE:3/12}}, asked about prognosis - likely days to short weeks.
{{NAME:Maureen}} wants Fr. {{NAME:Dunleavy}} from {{FACILITY:Holy Trinity Parish}} for anointing; chaplain to arrange.
respite: {{NAME:Brendan}} exhausted; continuous care criteria not met; 5-day respite at {{FACILITY:Franklin Hospice House}} offered, declined for now.
-{{NAME:TG}} (SW) for team`,
  `CHW visita domiciliaria - {{DATE:12 de marzo de 2024}}
promotora: {{NAME:Guadalupe Treviño}} ("{{NAME:Lupita}}"), {{FACILITY:Salud del Valle Community Health}}
cliente: Sra. {{NAME:Reyna Castañeda}}, 58F, DM2 + HTA. dirección: {{ADDRESS:1209 Calle Nogal}}, colonia {{LOCATION:Las Palmas}}, {{LOCATION:Brownsville}} TX {{ZIP:78521}}
vive con su esposo Don {{NAME:Eliseo}} y su nieta {{NAME:Daniela}} (15, va a {{FACILITY:Resaca Verde High School}}).
glucosa en ayunas hoy 188 (su glucómetro, serial {{DEVICE:GM-2207-4419}}). no ha tomado metformina x 4 días - se le acabó; {{FACILITY:Farmacia La Economía}} dice que su Medicaid venció.
Medicaid ID {{HEALTH_PLAN:TX-518840217}}; renovación pendiente, ayudé con la solicitud, caso {{ID:HHSC-24-7719302}}. SSN en la forma {{SSN:923-41-0877}}.
cita con Dr. {{NAME:Garza}} el {{DATE:19 de marzo}} a las 9am en {{FACILITY:Clínica Familiar del Valle}}; transporte por {{FACILITY:RGV Medical Rides}}.
hija {{NAME:Marisela}} vive en {{LOCATION:Monterrey}}, tel {{PHONE:+52 81 5550 0142}}. cel de la cliente {{PHONE:956-555-0172}}.
BP 152/90. educación: plato saludable, caminar 20 min.
-{{NAME:GT}}`,

  `promotora call log - programa de asma infantil - {{FACILITY:Paso del Norte Promotoras}}
clienta: Sra. {{NAME:Alma Reyes}}, expediente {{MRN:PDN-004417}}; niño {{NAME:Mateo Reyes}}, 7 años
{{DATE:lunes 8 de julio}} 10:15 - llamé al {{PHONE:915-555-0126}}, contestó la hija mayor {{NAME:Jazmín}}. dice que {{NAME:Mateo}} tuvo ataque de asma el sábado {{DATE:6 de julio}}, fueron a urgencias de {{FACILITY:Franklin Mountain Children's ER}}, le dieron prednisolona x 5 días.
{{DATE:8/7/24 15:40}} - visita en casa, {{ADDRESS:8812 Dyer St, Apt 4}}, {{LOCATION:El Paso}} TX {{ZIP:79904}}. moho en el baño y debajo del fregadero; la dueña, Sra. {{NAME:Betty Olague}}, no contesta ({{PHONE:915-555-0160}}).
- enseñé uso de espaciador; la fluticasona no la usa diario "porque se siente bien".
- escuela {{FACILITY:Sierra Azul Elementary}}: plan de acción mandado a la enfermera, Ms. {{NAME:Ochoa}}.
- referí al programa de vivienda saludable de la ciudad, referencia {{ID:HH-24-0619}}.
{{DATE:jueves 11 de julio}} - mamá confirmó cita de seguimiento con la Dra. {{NAME:Villalobos}} el {{DATE:17 de julio}}. CHIP de {{NAME:Mateo}}: {{HEALTH_PLAN:CHIP-44017728}}.
-{{NAME:Yesenia Olivas}}, CHW`,

  `CHW prenatal outreach - {{DATE:Oct 3, 2024}} - {{FACILITY:Familias Sanas Yakima}}
client {{NAME:Yesenia Morales Cruz}} 19F, G1 ~24 wk, EDD {{DATE:01/19/2025}}. lives w/ boyfriend {{NAME:Kevin}} & his mom Doña {{NAME:Chayo}} at {{ADDRESS:512 S 4th Ave, Trailer 9}}, {{LOCATION:Wapato}} WA {{ZIP:98951}}.
works packing apples at {{FACILITY:Cascade Orchard Packers}}, night shift, supervisor {{NAME:Arnulfo}}; standing 10 h, "no nos dan tiempo para comer". gave info on pregnancy accommodations.
no PNC since 1st visit {{DATE:8/1}} at {{FACILITY:Valle Vista Community Clinic}}, missed 2 appts (sin transporte). rescheduled {{DATE:10/9}} 2:30pm w/ midwife {{NAME:Heather}}; I will drive her.
WIC enrolled, WIC ID {{ID:WIC-WA-7710442}}, next pickup {{DATE:10/15}}. Apple Health (pregnancy) {{HEALTH_PLAN:208811947WA}} active.
PHQ-2 neg. "estoy bien, solo cansada." her mom {{NAME:Rosario}} in {{LOCATION:Uruapan}}, Michoacán, calls daily.
client cell {{PHONE:509-555-0111}}, whatsapp same.
-{{NAME:Araceli}} (CHW)`,

  `SDOH NAVIGATION NOTE
Fecha / Date: {{DATE:02/20/2025}}     CHW: {{NAME:Esteban Ruiz-Olmos}}     Program: {{FACILITY:Puente Vecinal Health Navigators}}
Client: {{NAME:Teodora Benítez}}, 67F     DOB {{DATE:1957-09-14}}     Clinic MRN {{MRN:CB-228104}}
Address: {{ADDRESS:2906 S Kedzie Ave, 1st fl}}, {{LOCATION:Chicago}}, IL {{ZIP:60623}}
Needs identified on screen: utilities, food, transport.
1. Gas shutoff notice dated {{DATE:2/12/25}}; gas account {{ACCOUNT:4410-228-91750}}, balance $612. LIHEAP application through {{FACILITY:Pilsen-Kedzie Neighbors United}}, confirmation {{ID:LH-25-330917}}. SSN on form {{SSN:933-18-4402}}.
2. Electric account {{ACCOUNT:0918 447 2210}} current.
3. Food: referred to {{FACILITY:Despensa San Agustín}} food pantry, martes; SNAP recert due {{DATE:3/31/25}}.
4. Transport: Medicaid ride booked for cardiology appt {{DATE:3/5}} at {{FACILITY:Lawndale Heart Clinic}}.
Client's son {{NAME:Rigoberto}} helps with paperwork, {{PHONE:773-555-0189}}. Client prefers Spanish: "no entiendo las cartas del gas."
Follow-up call {{DATE:2/27}}.`,

  `nota CHW - {{DATE:5 de agosto 2024}} - acompañamiento
cliente: {{NAME:Hilario Pérez Tzoc}} 45M, habla K'iche' y español, trabaja en {{FACILITY:Twin Cedars Dairy}}, lechería cerca de {{LOCATION:Jerome}} ID.
lo acompañé al consulado móvil para su matrícula consular (no. {{ID:MC-0044817720}}) - no tenía identificación para su cita de cirugía.
lesión: pie derecho pisado por una vaca {{DATE:7/22/24}}, fractura del 5to metatarso; cirugía con Dr. {{NAME:Whitaker}} en {{FACILITY:Snake River Bend Orthopedics}} el {{DATE:14 de agosto}}.
el patrón, {{NAME:Dale Hoffstetter}}, no reportó al seguro de WC al principio; ahora hay reclamo {{ACCOUNT:ID-WC-24-008817}}.
vive en casa de la lechería, {{ADDRESS:2250 E 100 S}}, {{LOCATION:Jerome}}, ID {{ZIP:83338}}, con 3 compañeros.
familia en {{LOCATION:Totonicapán}}: esposa {{NAME:Micaela}} y 4 hijos; manda dinero cada 15 días.
tel {{PHONE:208-555-0185}} (whatsapp). interpretación K'iche' por teléfono con Don {{NAME:Gaspar}}.
próximo: llevarlo a cita pre-operatoria {{DATE:8/12}} 8am.
-{{NAME:Lorena}} (CHW)`,

  `visita CHW - {{DATE:miércoles 16 de octubre de 2024}}
Doña {{NAME:Remedios Aguilar}}, {{AGE:noventa y cinco}} años (DOB {{DATE:03/02/1929}}), vive con su nieta {{NAME:Paola}} en {{ADDRESS:417 Calle Sol}}, {{LOCATION:Española}} NM {{ZIP:87532}}.
se cayó el {{DATE:10 de octubre}} en el baño; no fue al médico. moretón cadera izq, camina con andadera, dolor 3/10.
tiene botón de alerta médica de {{FACILITY:Rio Arriba Lifeline}}, equipo serial {{DEVICE:PERS-7710-3382}}, pero no lo traía puesto.
medicamentos: 9 frascos; nieta confundida con las dosis. Medicare {{HEALTH_PLAN:5RT2-KD8-PN61}}, Medicaid {{HEALTH_PLAN:NM-77120441}}.
referí a {{FACILITY:Norteño Home Health}} para PT en casa; orden por Dr. {{NAME:Archuleta}} de {{FACILITY:Clínica de la Cañada}}, fax {{FAX:505-555-0138}}.
nieta tel {{PHONE:505-555-0127}}; tío {{NAME:Fermín}} en {{LOCATION:Ciudad Juárez}} ayuda con dinero.
barras en el baño: voluntarios de {{FACILITY:Iglesia San Juan Bautista}} las instalan el {{DATE:sábado 19 de octubre}}.
-{{NAME:Marcelina Trujillo}}, CHW`,

  `log de mensajes - CHW {{NAME:Ximena}} - {{FACILITY:Voces de Salud Santa Ana}}
{{DATE:3/4/25 09:12}} SMS a Sr. {{NAME:Joaquín Mendoza}} ({{PHONE:714-555-0103}}): "Buenos días Don {{NAME:Joaquín}}, su cita de video con la Dra. {{NAME:Salcedo}} es mañana a las 10. Liga: {{URL:https://video.vocesdesalud.example.org/v/JM2291}}"
{{DATE:3/4/25 11:40}} respuesta: "gracias mija, no sé usar eso, mi hijo {{NAME:Beto}} me ayuda"
{{DATE:3/5/25 09:50}} llamé a {{NAME:Beto}} ({{NAME:Alberto Mendoza}}) {{PHONE:714-555-0158}}; conectó a su papá desde su trabajo en {{FACILITY:Orange Coast Auto Body}}. IP de la visita {{IP:198.51.100.77}}.
{{DATE:3/5/25 10:35}} visita completa; la Dra. {{NAME:Salcedo}} pidió labs en {{FACILITY:Laboratorio Clínico Bristol}}, orden {{ID:LAB-3305-228}}.
{{DATE:3/6/25}} correo de la hija {{NAME:Rocío}} ({{EMAIL:rocio.mendoza.v@correo.example.com}}) preguntando por la carta para el seguro; plan {{HEALTH_PLAN:CALOPT-9920417-01}}.
{{DATE:3/7/25}} buzón de voz: dejé mensaje sobre transporte, viaje {{ID:TR-88217}} confirmado para el {{DATE:11 de marzo}}.`,

  `nota de salud - {{FACILITY:Albergue Casa Esperanza}}, {{ADDRESS:1420 N Main St}}, {{LOCATION:McAllen}} TX - {{DATE:22/06/2024}}
familia {{NAME:Reyes Guardado}}: papá {{NAME:Wilmer}} 31, mamá {{NAME:Kenia}} 27, hijos {{NAME:Josué}} 5 y {{NAME:Dayana}} 18 meses.
ruta: salieron de {{LOCATION:San Pedro Sula}} el {{DATE:2 de mayo}}; {{LOCATION:Tapachula}} 3 semanas; {{LOCATION:Ciudad de México}}; {{LOCATION:Reynosa}} ({{FACILITY:Albergue Divina Misericordia}}) hasta su cita CBP One {{DATE:6/20/24}}, confirmación {{ID:CBP1-7K44Q9}}.
A-numbers {{ID:A246-118-330}} (papá), {{ID:A246-118-331}} (mamá). foto para carnet del albergue {{PHOTO:CE-foto-2206-04.jpg}}.
{{NAME:Dayana}}: fiebre 38.9, diarrea x 2 días, deshidratación leve; suero oral, tolera. si empeora -> {{FACILITY:Rio Grande Children's Urgent Care}}.
{{NAME:Kenia}}: ~20 sem embarazada, sin control prenatal; referida a {{FACILITY:Clínica Comunitaria del Valle}}.
{{NAME:Wilmer}}: ampollas infectadas en ambos pies, limpieza, curación, cefalexina.
destino: tío {{NAME:Nelson Guardado}}, {{ADDRESS:8450 Bellaire Blvd, Apt 210}}, {{LOCATION:Houston}} TX, {{PHONE:832-555-0164}}. bus {{DATE:6/24}}.
-Hna. {{NAME:Lucía}}, enfermera voluntaria`,

  `WC - caída de andamio / scaffold fall - f/u {{DATE:Sept 30, 2024}}
{{NAME:Eduardo}} "{{NAME:Lalo}}" {{NAME:Sifuentes}} 39M, framer for {{FACILITY:Lone Star Framing LLC}}. fell ~8 ft from scaffold {{DATE:9/12/24}} at job site {{ADDRESS:14220 Ranch Rd 620 N, Lot 31}}, {{LOCATION:Austin}} TX. dice que no tenía arnés, el patrón le dijo que no era necesario.
foreman {{NAME:Chuy Barrera}} drove him in company truck (white Ford F-250, TX plate {{VEHICLE:JRT-4418}}) to {{FACILITY:Hill Country Urgent Care}}.
dx: L calcaneus fx, nondisplaced. CAM boot, NWB x6 wk, crutches. today pain 4/10, swelling improving, skin intact.
adjuster {{NAME:Monica Leal}} {{PHONE:512-555-0153}}, claim {{ACCOUNT:TX-WC-24-66120}}. SSN {{SSN:946-20-1187}}. DWC-73 completed: no work until {{DATE:10/28/24}}.
wife {{NAME:Karina}} {{PHONE:512-555-0135}} asks about lost wages; gave number for the worker center {{FACILITY:Centro Obrero del Sur}}.
ortho f/u Dr. {{NAME:Stroud}}, {{FACILITY:Balcones Orthopedics}}, {{DATE:10/14}} w/ repeat XR, auth {{ID:AUTH-2290417}}.
-{{NAME:Nadia Kazmi}}, MD / interp {{NAME:Rubén}}`,
];

export const HELDOUT_REALISTIC_88_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout88-${i + 1}`, n));
