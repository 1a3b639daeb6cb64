// Held-out set 51: hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555 numbers; towns and cities are real places used only
// as LOCATION). Flavour: patient-generated and remote-care text - patient portal messages and the
// replies to them (informal, lower case, typos, chatty), telehealth video visit notes (client IPs,
// device names, meeting links and IDs, interpreters), nurse triage call-centre records, after-hours
// answering-service messages, remote patient monitoring alerts (scales, BP cuffs, oximeters, CGMs,
// pumps, ICDs, CPAP, spirometers, smart inhalers, hearing aids, with serials, IMEIs, ICCIDs, MACs),
// SMS reminder logs (one partly in Spanish), e-mails forwarded into the chart, chatbot and billing-bot
// transcripts, refill and prior-auth requests, school, daycare, sports and camp forms, foster-care,
// legal and employer correspondence, and caregiver messages. Names of every shape (full, first only,
// last only, initials, "Last, First", ALL CAPS, lower case, hyphenated, Vietnamese, Korean, Somali,
// Nigerian, Lakota, Polish, Filipino, Hungarian and more); dates in informal forms ("next tues the
// 19th", "the 11th", "lunes 4 de marzo", "may 15th", ISO, e-mail header timestamps). Title case,
// ALL CAPS and lower case throughout, with look-alike non-PHI (eponyms such as Schmitt-Thompson,
// Marfan, Mohs; drug names and doses; scores; BP ratios; lab values; device models and firmware;
// lot, NDC, CPT and ICD codes; rooms, cabins, cells, tooth numbers; C3D8; years, months and weekdays
// alone; clock times and time ranges; ages of 89 and under; states and countries; 988/911; a chatbot
// called "Sage").
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions of heldout-realistic-6.ts's header.
// Decisions for shapes the guideline does not name:
// - Titles and honorifics stay outside NAME spans, including "Coach", "Nurse", "Baby Girl", "Kuya",
//   "Ate", "Fr."; a possessive 's is outside ("[Luis]'s iPad"). A device or laptop name that
//   contains a person's name marks only the name ("[Farah]-HP", "[Ben]'s Pixel"); a nickname in
//   quotes inside a full name is part of the one NAME span. Operator, typist and signing initials
//   (tc, LW, MI, VC) are NAME.
// - Informal dates: "next", "today", "tomorrow" stay outside; a weekday with a day is one span
//   including "the" ("[tues the 19th]"); a bare ordinal day is DATE over the ordinal only
//   ("the [11th]"); a month alone, a holiday or a year alone is not PHI, but month + year
//   ("[Jan 2024]", "[03/2007]") is DATE. A time (and zone: ET, +0800) directly attached to a date
//   that has a year is inside the span, "at" included in e-mail-header style; with a date lacking a
//   year ("Thu 5/9 at 2:30pm") the time stays outside; a time range after a date stays outside.
//   A range written as one token ("July 14-20, 2024", "june 1-8") is one DATE; "7/8-7/14" is two.
// - Phone extensions written after the number are inside the PHONE span; a bare extension is PHONE;
//   foreign, VRS/videophone and WhatsApp numbers are PHONE.
// - Serials, IMEIs, SIM ICCIDs, MAC addresses, app device IDs, modem IDs, rental tags and loaner
//   asset tags of patient devices are DEVICE; private, IPv6 and hub/codec IPs are IP.
// - Meeting IDs, chat/session IDs, confirmation numbers, portal user accounts, call, case, ticket,
//   incident, claim, report, auth and message numbers, Rx numbers, requisitions, accessions, image
//   IDs, student, employee, badge, interpreter, operator/agent and DOC numbers, rabies tag numbers
//   are ID. Statement, guarantor, hospital, DME and invoice accounts are ACCOUNT. Medicare, Medicaid,
//   commercial, secondary and travel-insurance member numbers are HEALTH_PLAN; payers and their
//   nurse lines are not PHI. NPI, DEA, state professional and driver's licences are LICENSE.
// - A street name alone, a highway at a mile marker or exit, "PO BOX", "RR 2 BOX" and foreign street
//   addresses are ADDRESS; counties are LOCATION; a foreign postal code is ZIP. A vehicle plate's
//   state stays outside the VEHICLE span.
// - Schools, districts, dorms, camps, daycares, employers, churches and synagogues, hotels, law
//   firms, interpreter agencies, home-health, DME, home-infusion and mail-order pharmacies, prisons,
//   foster-care agencies, shops and labs are FACILITY.
// - Wound and rash photos without a face, and their file names, are not PHOTO or PHI.
//
// Slips the author reported (none showed engine output): its author read the first lines of the
// brief's check script (outside the repository); it follows set 6's header conventions.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9483 / 0.9631; pass-14 engine after
// rules 14a-d (c783367), still before anyone read the misses, 0.9511 / 0.9632.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `PATIENT PORTAL MESSAGE
To: {{FACILITY:Maplecrest Family Medicine}} - Dr. {{NAME:Haddad}} pool
From: {{NAME:jenna okafor}}   DOB {{DATE:4/9/1986}}   MRN {{MRN:00731842}}
Sent {{DATE:03/11/2024 9:42 PM}}
Subject: refill + thyroid question

hi dr {{NAME:haddad}}, sorry to msg so late. i ran out of my levothyroxine 75mcg on sunday (oops) and the pharmacy said they need a new script. can u send it to {{FACILITY:lindell st pharmacy}} on {{ADDRESS:418 Lindell St}} in {{LOCATION:Ashby}}? their # is {{PHONE:(978) 555-0143}}. also my TSH last time was 6.2 and i still feel super tired, should i come in? i can do next {{DATE:tues the 19th}} after 3pm. my job ({{FACILITY:Ridgeline Logistics}}) lets me leave early on tuesdays.
also i moved!! new address is {{ADDRESS:77 Crane Hollow Rd, Unit 2}}, {{LOCATION:Townsend}} MA {{ZIP:01469}}. cell is still {{PHONE:978-555-0188}} and email {{EMAIL:jokafor.86@quillmail.net}}.
thx, {{NAME:jenna}}`,
  `RE: refill + thyroid question
Reply sent {{DATE:3/12/24 08:15}} by {{NAME:Kerry-Ann Whitlock}}, RN ({{FACILITY:MAPLECREST FAMILY MEDICINE}})

Hi {{NAME:Jenna}},
Dr. {{NAME:Haddad}} sent levothyroxine 88 mcg #90 with 1 refill to {{FACILITY:Lindell St Pharmacy}} this morning (Rx {{ID:6620194}}). Take it on an empty stomach, 30-60 minutes before breakfast, and separate it from calcium or iron by 4 hours.
We booked your lab draw for {{DATE:Tuesday, March 19}} at 3:20 pm at our {{LOCATION:Ashby}} office, {{ADDRESS:12 Depot Square, Suite 210}}. Recheck TSH and free T4 in 6 weeks after that.
I updated your address in the chart. If you would rather talk to Dr. {{NAME:Haddad}} by video first, use this link at your appointment time: {{URL:https://visit.maplecrestfm.org/j/4471920385}} (meeting ID {{ID:447 192 0385}}).
Please reply here or call the nurse line at {{PHONE:978-555-0100 ext 4}} with questions. Office hours M-F 8-5.
- {{NAME:Kerry-Ann}}, RN  /{{NAME:kw}}`,
  `TELEHEALTH VIDEO VISIT NOTE
Patient: {{NAME:Ramírez-Ortega, Luis}}   MRN: {{MRN:RB-2209145}}   DOB: {{DATE:11/02/1957}}
Visit date: {{DATE:02/27/2024}}   Start 10:05  End 10:31
Provider: {{NAME:Anjali Sethuraman}}, MD ({{FACILITY:Saguaro Ridge Cardiology Associates}})
Platform link: {{URL:https://visit.saguaroridgecardio.net/room/lro-2209145}}
Patient location: home, {{ADDRESS:2315 W Pecan Ave}}, {{LOCATION:Mesa}}, AZ {{ZIP:85202}} (verified). Provider location: clinic office 3B.
Connection: patient on "{{NAME:Luis}}'s iPad" (iPadOS 17), client IP {{IP:68.104.217.33}}; audio dropped x2, reconnected.
Verbal consent for telehealth obtained; daughter {{NAME:Marisol}} present and assisting.
S: f/u HFrEF (EF 35% on echo 2023). Weight up 3 lb since {{DATE:2/20}}. Mild ankle edema. 2-pillow orthopnea, no PND. Taking sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID, furosemide 40 mg daily.
O: Home BP 128/74, HR 68 (cuff SN {{DEVICE:CL3-08841927}}). 1+ edema seen on camera.
A/P: NYHA II. Furosemide 40 mg BID x3 days then daily. BMP at {{FACILITY:Sonoran Lab Partners}} {{DATE:Fri 3/1}}. Video f/u 2 weeks. Daughter's cell {{PHONE:480-555-0172}} for scheduling.`,
  `NURSE TRIAGE LINE - CALL RECORD
CALL ID {{ID:TRG-24-0391877}}   RECEIVED {{DATE:01/06/2024 23:47}}   NURSE: {{NAME:DELACROIX, M.}} RN (AGENT {{ID:5127}})
CALLER: {{NAME:BRANDON TEEL}} (FATHER)  CALLBACK {{PHONE:(614) 555-0119}}
PATIENT: {{NAME:AVERY TEEL}}, 3 YO F   DOB {{DATE:08/14/2020}}   PCP: DR. {{NAME:OYELARAN}}, {{FACILITY:SCIOTO BEND PEDIATRICS}}
ADDRESS ON FILE: {{ADDRESS:5560 HOLLYBROOK CT}}, {{LOCATION:HILLIARD}} OH {{ZIP:43026}}
CC: FEVER 103.1 F RECTAL SINCE THIS AFTERNOON, PULLING AT R EAR. DRINKING OK, 3 WET DIAPERS TODAY. NO RASH, NO STIFF NECK, NO TROUBLE BREATHING.
PROTOCOL: EARACHE (SCHMITT-THOMPSON PEDIATRIC). DISPOSITION: SEE WITHIN 24 HRS.
ADVICE: ACETAMINOPHEN 160 MG/5 ML, GIVE 7.5 ML (WT 31 LB) Q4-6H. CALL BACK FOR LETHARGY, FEVER >104, NECK PAIN.
APPT BOOKED {{DATE:SUN 1/7}} 9:40 AM AT {{FACILITY:SCIOTO BEND PEDS URGENT CARE}}, {{ADDRESS:1200 W FIFTH AVE}}.
CALLER VERBALIZED UNDERSTANDING. REPORT FAXED TO PCP OFFICE {{FAX:614-555-0160}} {{DATE:01/07/2024 00:05}}.`,
  `after hours answering svc - msg #{{ID:44127}}
taken {{DATE:sat 2/10/24 02:14}} by operator {{NAME:tc}}
for: dr {{NAME:feinberg-lowe}} on call (ob/gyn) - {{FACILITY:Halsted Park Women's Health}}
caller: {{NAME:priya natarajan}}, pt, 32 wks pregnant (G2P1), dob {{DATE:6-30-93}}
phone {{PHONE:773 555 0127}} (cell) alt {{PHONE:773-555-0190}} (husband {{NAME:arjun}})
msg: having tightening every 8-10 min since midnight, some lower back pain, no bleeding, no fluid, baby moving. wants to know if she shd go to {{FACILITY:st. brigid's}} L&D or wait till morning.
paged dr {{NAME:feinberg-lowe}} 02:16, 02:31 no answer. paged backup dr {{NAME:OKONKWO}} 02:33.
02:40 dr {{NAME:okonkwo}} called pt back, advised go to L&D now for eval, called ahead to charge RN {{NAME:Beatriz}} (ext {{PHONE:6610}}). pt states leaving from {{ADDRESS:2241 N Kedzie Blvd, apt 3R}}, {{LOCATION:Chicago}}.
msg closed 02:44 /{{NAME:tc}}`,
  `REMOTE PATIENT MONITORING ALERT
Program: {{FACILITY:Hearthside Remote Care}} (enrolled via {{FACILITY:Pinecrest Internal Medicine}})
Alert #{{ID:RPM-7781402}}   Generated {{DATE:2024-04-03T06:12:44}}
Patient: {{NAME:Gloria Mbeki-Stanton}}   MRN {{MRN:4410298}}   Age {{AGE:91}}
Device 1: cellular scale model WS-200, serial {{DEVICE:WS200-5519-0384}}, modem IMEI {{DEVICE:356938035643809}}
Reading: 184.6 lb (baseline 179.8 lb on {{DATE:3/31}}) - gain 4.8 lb/72 h, over threshold of 3 lb/72 h.
Device 2: BP cuff SN {{DEVICE:BPX-221-77310}}: 142/88, HR 91, SpO2 not monitored.
Action: RN {{NAME:Tomasz Wróblewski}} called pt {{PHONE:(412) 555-0134}} 08:05, no answer; called son {{NAME:Dennis Stanton}} (POA) {{PHONE:412.555.0166}}. He reports she had ham and pickles after services at {{FACILITY:Bethel Grove AME Church}} on Sunday and ankles are "puffy". No SOB at rest.
Dr. {{NAME:Caldwell}} notified 08:30: furosemide extra 20 mg today, 2 g Na diet reviewed. Recheck weight {{DATE:4/4}} AM; if still up, clinic visit at {{ADDRESS:600 Braddock Ave}}.`,
  `SMS REMINDER LOG - {{FACILITY:Duwamish Bend Dental}}
Patient: {{NAME:Nguyen Thi Hoa}}   Acct {{ACCOUNT:BDG-0092716}}   Mobile {{PHONE:+1 (206) 555-0131}}
{{DATE:05/06/2024 10:00}} OUT: Hi {{NAME:Hoa}}, this is {{FACILITY:Duwamish Bend Dental}} reminding you of your appt w/ Dr. {{NAME:Sandoval}} on {{DATE:Thu 5/9}} at 2:30pm at {{ADDRESS:4410 Rainier Ave S}}, {{LOCATION:Seattle}}. Reply C to confirm, R to reschedule.
{{DATE:05/06/2024 13:22}} IN: R pls. can i do next wk, my shift at {{FACILITY:Harbor Island Seafoods}} changed
{{DATE:05/06/2024 13:23}} OUT: Please call {{PHONE:206-555-0158}} or book online at {{URL:https://duwamishbenddental.com/book?p=0092716}}
{{DATE:05/07/2024 09:11}} IN: booked for {{DATE:may 15th}}. this is her daughter {{NAME:Linh}} btw, mom doesnt read english well, pls text me at {{PHONE:2065550177}} instead
{{DATE:05/07/2024 09:40}} staff note ({{NAME:rjm}}): added {{NAME:Linh Tran}} as SMS contact, Vietnamese interpreter flag on. Tooth #14 crown seat, D2740, 60 min.`,
  `---------- Forwarded message ---------
From: Coach {{NAME:Dana Pruitt}} <{{EMAIL:dpruitt@pinewoodregional.org}}>
Date: {{DATE:Mon, Sep 16, 2024 at 4:52 PM}}
Subject: concussion - {{NAME:Mateo Villanueva}}
To: <{{EMAIL:frontdesk@presumpscotpeds.org}}>

[Forwarded into chart by {{NAME:S. Abernathy}}, MA, {{DATE:9/17/2024}} - MRN {{MRN:GP-558213}}]

Hi, I'm the athletic trainer at {{FACILITY:Pinewood Regional High School}}. {{NAME:Mateo}} (#22, JV football) took a helmet-to-helmet hit at practice today around 3:45. No LOC, but headache 6/10, dizziness, light sensitivity, and his SCAT5 symptom score was 38 (baseline 4 in August). I pulled him for the rest of the week.
His mom {{NAME:Rosa Villanueva}} was called at {{PHONE:(207) 555-0114}} and is bringing him to your office. He will need written clearance from his physician before return to play per Maine law and our 5-step RTP protocol. Please fax notes to the athletic office at {{FAX:207-555-0199}} or email me back.
Thanks,
{{NAME:Dana Pruitt}}, ATC
{{FACILITY:Pinewood Regional HS}} Athletics | {{PHONE:207-555-0198}}`,
  `VIRTUAL ASSISTANT TRANSCRIPT (auto-filed to chart)
Session {{ID:va-3f92c1e07}}   Start {{DATE:12/02/2023 19:03:11}}   Channel: web   IP {{IP:98.207.114.6}}
BOT: Hi! I'm Sage, the {{FACILITY:Wapsi Prairie Health}} virtual assistant. How can I help?
USER: i need to reschedule my colonoscopy
BOT: I can help. Please enter your full name and date of birth.
USER: {{NAME:marcus j. bellweather}} {{DATE:7/22/68}}
BOT: Thanks, {{NAME:Marcus}}. I found a procedure on {{DATE:Wednesday, December 6, 2023 at 7:30 AM}} with Dr. {{NAME:Liesl Ambrose}} at {{FACILITY:Wapsi Prairie Endoscopy Center}}.
USER: can i do after new years. i drive bus for {{FACILITY:lakeview school district}} and cant miss more days
BOT: The next openings are {{DATE:Tue 1/9}} or {{DATE:Thu 1/11}}. Which works?
USER: the {{DATE:11th}}
BOT: You're booked for {{DATE:Thursday, January 11, 2024}}. Prep instructions (split-dose PEG, 4 L) were sent to {{EMAIL:m.bellweather68@netmail.com}}. Confirmation number {{ID:WP-ENDO-448120}}.
USER: whats the number if i have questions
BOT: Call the endoscopy nurse line at {{PHONE:(319) 555-0142}}, option 3.`,
  `eRx RENEWAL REQUEST
Received {{DATE:2024-07-18 14:06}}
Pharmacy: {{FACILITY:CORNER DRUG OF MILLBURY}}, {{ADDRESS:9 ELM ST}}, {{LOCATION:MILLBURY}} MA {{ZIP:01527}}   Ph {{PHONE:508-555-0103}}   Fax {{FAX:508-555-0104}}
Patient: {{NAME:KOWALCZYK, ZOFIA}}   DOB {{DATE:02/03/1949}}   Pt phone {{PHONE:508-555-0181}}
Drug: atorvastatin 40 mg tab, qty 90, sig 1 tab PO qhs, last fill {{DATE:04/15/2024}}, Rx# {{ID:3309127}}, NDC 00093-5058-98
Prescriber: {{NAME:Raymond Achterberg}}, DO   NPI {{LICENSE:1487652290}}   DEA {{LICENSE:BA4471920}}
Pharmacist note: pt requests 90-day supply, copay $10. -{{NAME:G. Sousa}}, RPh

Response ({{NAME:lmc}}, RN, {{DATE:7/18/24}}): approved x1 with 3 refills per Dr. {{NAME:Achterberg}}. Lipid panel overdue - last LDL 92 on {{DATE:1/8/24}}; order placed (req {{ID:LQ-2290417}}). Pt notified via portal. Pt asked that granddaughter {{NAME:Kasia Nowak}} be allowed to pick up; on HIPAA release dated {{DATE:5/2/2022}}.`,
  `SCHOOL MEDICATION AUTHORIZATION FORM
School: {{FACILITY:Bramblewood Elementary}}   District: {{FACILITY:Harlan Ridge County Schools}}   Grade: 2   Teacher: Ms. {{NAME:Ferreira}}
Student: {{NAME:Elijah Adebayo-Krantz}}   DOB: {{DATE:10/30/2016}}   Student ID: {{ID:HCS-0048812}}
Parent/guardian: {{NAME:Funmi Adebayo}}   Cell: {{PHONE:(919) 555-0152}}   Work: {{FACILITY:Triangle Gear & Supply}} {{PHONE:919-555-0107}}
Home: {{ADDRESS:301 Wendover Ln}}, {{LOCATION:Apex}}, NC {{ZIP:27502}}
Medication: albuterol HFA 90 mcg, 2 puffs via spacer q4h PRN wheeze/cough and 15 min before PE PRN.
Diagnosis: mild persistent asthma (J45.30). Allergy: peanut (EpiPen Jr 0.15 mg on separate form).
Self-carry: NO (age 7).
Prescriber: {{NAME:Caroline Yoo}}, MD, {{FACILITY:Beaver Creek Children's Clinic}}   Ph {{PHONE:919-555-0126}}   Fax {{FAX:919-555-0127}}
Signature date: {{DATE:Aug. 21, 2023}}   Valid for 2023-24 school year.
Received by school nurse {{NAME:D. Halvorsen}}, RN ({{EMAIL:dhalvorsen@harlanridgeschools.org}}) on {{DATE:8/24/23}}.`,
  `camp health form - {{FACILITY:Camp Loon Hollow}} (session 2, {{DATE:july 7}} - {{DATE:july 20}})
camper: {{NAME:sophie lindqvist}}   age 11   cabin 4B
parents: {{NAME:Erik Lindqvist}} {{PHONE:612-555-0148}} / {{NAME:Amara Lindqvist}} {{PHONE:612-555-0193}}
email {{EMAIL:erik.lindqvist@fastpost.net}}
home {{ADDRESS:4820 Xerxes Ave S}}, {{LOCATION:Minneapolis}} {{ZIP:55410}}
insurance: member id {{HEALTH_PLAN:NWB884201937}}
pcp: dr. {{NAME:omar siddiqui}}, {{FACILITY:southwest lakes pediatrics}}, {{PHONE:612-555-0105}}
meds: methylphenidate ER 18 mg q am (14 tabs, original bottle), cetirizine 10 mg prn
allergies: bee stings - hives 2022, no anaphylaxis. no food allergies.
last tdap {{DATE:3/2/2023}}, flu shot fall 2023
pick-up authorized: grandmother {{NAME:Birgitta Holm}}, gray Subaru Outback, plate {{VEHICLE:7KR 442}} (MN)
camp nurse {{NAME:jo}} reviewed {{DATE:6/28}} - ok for swim test, med times 0800 at health hut.`,
  `Portal msg (proxy access) from {{NAME:Deborah Aaronson-Reyes}} re: mother {{NAME:Ruth Aaronson}} ({{AGE:93}} y/o), MRN {{MRN:000588134}}
sent {{DATE:Thursday 6/13/2024 7:02 AM}}

Dr. {{NAME:Whitcombe}} - mom had another fall last night at {{FACILITY:Brookhaven Assisted Living}} (her room is 214). the aide {{NAME:Yesenia}} found her on the bathroom floor at 3 am. no head strike she says but she's bruised on her left hip and won't bear weight well this morning. they want us to take her to the ER but she HATES {{FACILITY:Mercy Ridge}} after last time. can you do a video visit instead?? i'm in {{LOCATION:Tucson}} for work until the {{DATE:17th}} so my brother {{NAME:Sam}} would have to go, his # is {{PHONE:(860) 555-0124}}.
also is the tramadol 50 mg making her more unsteady? she started it {{DATE:june 3rd}}.
- {{NAME:Debbie}} {{PHONE:860-555-0187}}

Reply {{DATE:6/13/24 8:10}} - {{NAME:A. Whitcombe}} MD: hip fracture needs x-ray today; video cannot rule it out. Please have {{NAME:Sam}} take her to {{FACILITY:Mercy Ridge}} ED or to the walk-in imaging at {{FACILITY:Farmington Valley Imaging}}. Holding tramadol.`,
  `BEHAVIORAL HEALTH TELEVIDEO NOTE
Client: {{NAME:Abernathy-Cole, Terrence J.}}   DOB {{DATE:01/17/1991}}   Chart # {{MRN:NS-40218}}
Date of service: {{DATE:10/22/2024}}   60 min (90837)   Clinician: {{NAME:Mireille Toussaint}}, LCSW
Session via secure link {{URL:https://care.northstarbh.org/v/9QK2-77TR}}; client joined on Android phone from his car in the lot at work ({{FACILITY:Delmarva Poultry Processing}}, {{LOCATION:Georgetown}}) during lunch; privacy discussed, client alone. IP logged {{IP:174.203.12.88}}.
S: "week was rough." Argument with partner {{NAME:Keisha}}, poor sleep 4-5 h. Denies SI/HI, no plan or intent. Drinking 2-3 beers/night, up from weekends only.
O: PHQ-9 14 (was 17 on {{DATE:9/24}}), GAD-7 11. Alert, linear, tearful at times.
A: MDD, recurrent, moderate, improving; alcohol use to monitor.
P: continue CBT weekly; sertraline 100 mg per Dr. {{NAME:Park}}. Safety plan reviewed, 988 on file. Emergency contact {{NAME:Keisha Moore}} {{PHONE:302-555-0138}}. Next session {{DATE:Tue 10/29}} 12:15 same link.`,
  `CGM ALERT FEED (auto) - {{FACILITY:Kestrelwood Pediatric Diabetes Center}}
{{DATE:11/19/2023 02:37}} URGENT LOW 52 mg/dL - {{NAME:Zaid Al-Masri}} (MRN {{MRN:KP7730412}}), 14 yo
sensor SN {{DEVICE:8HT2-QK9L-0442}}; app on "{{NAME:Zaid}}'s iPhone"; last sync IP {{IP:2600:1700:5a10:3c0::2e}}
pump serial {{DEVICE:PMP-55-0917634}} (tubeless pod system, firmware 3.2 - not PHI)
{{DATE:11/19/2023 02:41}} follower alert sent to {{NAME:Rania Al-Masri}} (mom) {{PHONE:(847) 555-0110}}
{{DATE:11/19/2023 02:55}} 71 mg/dL rising. mom called answering svc: gave 16 g glucose tabs, he is talking normally.
on-call: Dr. {{NAME:Benedetta Rossi}}, advised recheck in 15 min, no change to pump tonight.
{{DATE:11/19/2023 09:10}} RN CDE {{NAME:Hae-won Choi}} reviewed: 3rd overnight low this week after evening hockey. Basal 0.65 u/h 0000-0400 -> 0.55 u/h. Sent note to school nurse at {{FACILITY:Lindenwood Middle School}} by fax {{FAX:847-555-0171}}. Call mom back {{DATE:Mon 11/20}}.`,
  `Nurse triage note (phone)   {{DATE:Sunday, 4/14/2024 14:22}}
Caller: pt, {{NAME:Harold "Hal" Mertz}}, 67 yo M   DOB {{DATE:5/5/56}}   MRN {{MRN:2210-4478}}
Callback {{PHONE:(515) 555-0161}}   calling from home, {{ADDRESS:1407 Grand Ave}}, {{LOCATION:West Des Moines}}
Reason: chest "tightness" x 40 min while raking, better with rest but not gone. Pain 4/10 mid-chest, no radiation. Some sweating. Hx CAD, stent 2019 at {{FACILITY:Prairie Heart Partners}}, on ASA 81, clopidogrel 75, metoprolol 25 BID. Took 1 NTG 0.4 SL at 14:10, pain down to 2/10.
Protocol: Chest Pain (adult). Disposition: CALL 911 NOW.
Pt reluctant ("it's probably my back"). Wife {{NAME:Carol}} got on line, agreed. Stayed on line while wife called 911 on her cell {{PHONE:515-555-0162}}. EMS arrival confirmed 14:31; pt to {{FACILITY:Raccoon River Medical Center}} per EMS.
Notified PCP Dr. {{NAME:Ngozi Eze}} by secure msg. Nurse: {{NAME:Paula Brandt-Iverson}}, RN  /{{NAME:pbi}}`,
  `TELEHEALTH URGENT CARE - E-VISIT (video)
{{FACILITY:Citrine Virtual Care}} on behalf of {{FACILITY:Tenoroc Health Partners}}
Pt: {{NAME:Valentina Cruz}}   26 y/o F   DOB {{DATE:12-09-1997}}   Visit {{DATE:08/03/2024 18:47}}
Verified ID by photo of driver's license ({{LICENSE:FL C620-481-97-649-0}}) and DOB. Pt located in {{LOCATION:Lakeland}}, FL (licensed state confirmed).
Device: Windows laptop, Chrome 126; IP {{IP:99.38.201.145}}; meeting {{URL:https://qcv.tenorochp.com/e/7731-VCruz}}
CC: burning with urination x2 days, frequency, no fever, no flank pain, no vaginal discharge. LMP {{DATE:7/22}}. Not pregnant per pt, home test neg.
A: uncomplicated cystitis (N30.00).
P: nitrofurantoin monohydrate/macrocrystals 100 mg BID x5 days. Rx to {{FACILITY:Sunshine Family Pharmacy}}, {{ADDRESS:2030 S Florida Ave}}, {{PHONE:863-555-0139}}. Return if fever, back pain, or no better in 48 h. Work note emailed to {{EMAIL:valecruz97@postbox.com}} for employer ({{FACILITY:Citrus Row Market}}).
Clinician: {{NAME:Jordan Whitfield}}, PA-C`,
  `portal message - CONFIDENTIAL ADOLESCENT (do not release to proxy)
from: {{NAME:kayla bertrand}}   MRN {{MRN:TP-0671193}}   sent {{DATE:1/29/24 11:58pm}}

hi um is this private?? my mom has the app on her phone too. i think i need to talk to someone about birth control and also i've been feeling really down since like christmas. i dont want my mom to see this. my friend {{NAME:Ava}} said her NP at the clinic by our school ({{FACILITY:Harwick Falls High}}) does it without parents. can i get an appt there? i have 6th period free on wed. my own number is {{PHONE:(603) 555-0179}} pls text dont call
-k

reply {{DATE:1/30/24 09:05}} {{NAME:Noor Hamdan}}, RN, {{FACILITY:Teen Health @ Harwick Falls}} (school-based clinic, room 112):
Hi {{NAME:Kayla}}, yes - this message is marked confidential and proxy access is blocked for adolescent notes in NH. I booked you with {{NAME:Becca Lindstrom}}, APRN on {{DATE:Wed 1/31}} at 12:40 in the school clinic. If you ever feel unsafe or think about hurting yourself, call or text 988 any time. You can also reach me directly at {{PHONE:603-555-0145}} (text ok). - {{NAME:Noor}}`,
  `PHARMACY REFILL VOICEMAIL (transcribed by phone system)
Line: Rx refill line   Received {{DATE:Friday, February 2, 2024 4:58 PM}}   From {{PHONE:(505) 555-0112}}   Duration 0:51
Transcript: "Hi yeah this is {{NAME:Ernesto Begay}}, uh, date of birth {{DATE:October 3rd 1962}}, I need my metformin the 1000 one and my lisinopril 20 refilled, I'm all out as of yesterday. Send it to the {{FACILITY:Canyon Road Drug}} in {{LOCATION:Gallup}} not the one in {{LOCATION:Shiprock}} OK, I moved out by my sister's place, {{ADDRESS:22 Mesa Verde Loop}}. Call me back at this number or my work, I'm at {{FACILITY:Red Rock Tire}}, {{PHONE:505-555-0156}}. OK thanks bye."
Chart match: {{NAME:BEGAY, ERNESTO R}}  MRN {{MRN:NHS-3308817}}  DOB {{DATE:10/03/1962}}
Action ({{NAME:jy}}, pharmacy tech, {{DATE:2/5/24}}): address updated; refills pended to Dr. {{NAME:Yazzie}}; A1c 8.9 on {{DATE:12/11/23}}, due for recheck. Pharmacy changed to {{FACILITY:Canyon Road Drug}} {{LOCATION:Gallup}}, fax {{FAX:505-555-0157}}.`,
  `From: {{NAME:Heather Quinones}} <{{EMAIL:hquinones@brightloomtextiles.com}}>
Sent: {{DATE:Wednesday, May 8, 2024 10:17 AM}}
To: Medical Records <{{EMAIL:records@ellsworthortho.com}}>
Subject: RE: FMLA paperwork for {{NAME:Gerald Pike}} (Employee #{{ID:E-20577}})

Good morning,
I'm the HR coordinator at {{FACILITY:Brightloom Textiles}}, {{LOCATION:Spartanburg}} plant. We received the certification for Mr. {{NAME:Pike}}'s leave but section III is blank (frequency and duration of flare-ups). His leave started {{DATE:4/22/2024}} after his knee replacement with Dr. {{NAME:Ellsworth}}. Could your office complete section III and fax it back to {{FAX:(864) 555-0186}} by {{DATE:May 17}}? Our leave claim number is {{ID:LV-88301-24}}.
Thank you,
{{NAME:Heather Quinones}} | HR Coordinator | {{PHONE:864-555-0185}}

[scanned to chart {{DATE:05/08/2024}} by {{NAME:TMB}}; pt MRN {{MRN:EO-119042}}]`,
  `Remote monitoring - pulse ox / COPD program, {{FACILITY:Kinnickinnic Pulmonary Associates}}
pt {{NAME:Bernadette O'Rourke}} ({{MRN:KPA-20488}})   oximeter SN {{DEVICE:OX9-2213-0476}}   hub SN {{DEVICE:HUB-44A1-77C2}}
{{DATE:3/4/24 07:02}} SpO2 86% RA, HR 104 (baseline 91-93%)
{{DATE:3/4/24 07:30}} 85%, triggered RN review
RN call 07:41 to {{PHONE:414-555-0121}}: pt says "just tired", cough w/ yellow sputum since {{DATE:march 1st}}, using albuterol q3h. No fever. Lives alone at {{ADDRESS:2739 S Kinnickinnic Ave, #5}}, {{LOCATION:Milwaukee}} {{ZIP:53207}}.
Per rescue pack protocol: started prednisone 40 mg x5 d and doxycycline 100 mg BID (home supply, lot A2291 - not PHI).
Dr. {{NAME:Szymański}} ok'd plan 07:55. Neighbor {{NAME:Lupe}} to check on her at noon ({{PHONE:414-555-0168}}).
{{DATE:3/4/24 12:10}} 89%, HR 96 - improving. Video check tomorrow {{DATE:3/5}} 9am via {{URL:https://kpa-rpm.net/v/bor20488}}.
-{{NAME:M. Dlamini}}, RN`,
  `ANSWERING SERVICE MESSAGE - HOSPICE ON-CALL
{{FACILITY:BLUESTEM PRAIRIE HOSPICE}}   MSG {{ID:0093-4417}}   {{DATE:12/24/2023 21:36}}   OPR: {{NAME:LW}}
CALLER: {{NAME:JUNE HOLLOWAY}} (WIFE)   PH {{PHONE:785-555-0133}}
PATIENT: {{NAME:WALTER HOLLOWAY}}, {{AGE:90}} YO, DX LUNG CA, DNR ON FILE
ADDRESS: {{ADDRESS:RR 2 BOX 118}}, {{LOCATION:WAMEGO}} KS {{ZIP:66547}} - GRAVEL LANE PAST THE GRAIN ELEVATOR
MESSAGE: "HE'S BREATHING FUNNY, LIKE GURGLING, AND HE WON'T WAKE UP. IS THIS IT? DO I CALL 911?"
ROUTED TO ON-CALL RN {{NAME:CASSIDY FROEHLICH}} 21:38. RN CALLED BACK 21:41: REASSURED, DO NOT CALL 911, GIVE ATROPINE 1% 2 GTT SL FROM COMFORT KIT, REPOSITION ON SIDE. RN EN ROUTE FROM {{LOCATION:MANHATTAN}}, ETA 40 MIN.
22:35 RN NOTE: PT PEACEFUL, RR 8 WITH APNEA. DAUGHTER {{NAME:LISA}} ON WAY FROM {{LOCATION:TOPEKA}}. CHAPLAIN FR. {{NAME:OBI}} PAGED VIA {{PHONE:785-555-0140}}.`,
  `Chatbot - symptom checker (filed to chart per policy)
conversation {{ID:SC-20240611-88213}} | {{DATE:06/11/2024 06:48:02}} | mobile app v5.1 | device id {{DEVICE:A7F3-22C9-B1D0-4E65}}
> user: my kid threw up 6 times since 2am and now wont drink
> bot: I'm sorry to hear that. How old is your child?
> user: 22 months
> bot: Is your child having fewer wet diapers than usual?
> user: only 1 since last night, lips kinda dry
> bot: Based on your answers, your child should be seen today. Would you like me to book the next visit at {{FACILITY:Tamsin Creek Pediatrics}}?
> user: yes. its {{NAME:Liam Szabo}} birthday {{DATE:8/19/2022}}. im his mom {{NAME:Ildikó}}
> bot: Booked today {{DATE:6/11}} 9:20 AM with Dr. {{NAME:Priyanka Raman}} at {{ADDRESS:880 Orchard Pkwy, Bldg C}}. Reminder texts will go to the mobile number on file.
> user: ok thx. can i give him zofran from when i had it
> bot: Please don't give adult medicines. A nurse will call you within 30 minutes at {{PHONE:(717) 555-0146}}.
[RN {{NAME:Colette Fry}} called 07:05, advised ORS 5 mL q5min, seen 09:20. /{{NAME:cf}}]`,
  `TELEHEALTH VISIT - SOMALI INTERPRETER (3-way video)
Pt: {{NAME:Hodan Abdirahman Warsame}}   MRN {{MRN:0044-718-25}}   DOB {{DATE:1979-03-15}}
DOS {{DATE:09/05/2023}} | Provider: {{NAME:Gretchen Auclair}}, NP | {{FACILITY:Westbank Commons Community Clinic}}
Interpreter: {{NAME:Abdullahi}} (ID {{ID:INT-3371}}), {{FACILITY:Lakes Interpreting Cooperative}}
Link {{URL:https://telehealth.wbcc-mn.org/join/HW0905}}; pt on son's laptop "{{NAME:Farah}}-HP", IP {{IP:73.242.18.201}}. Son {{NAME:Farah Warsame}} helped connect, then left room.
Pt location: {{ADDRESS:1600 S 6th St, Apt 1412}}, {{LOCATION:Minneapolis}} {{ZIP:55454}}.
S: follow-up T2DM and knee pain. Fasting during Ramadan earlier this year - no lows. Travelled to {{LOCATION:Mogadishu}} Jun-Jul, ran out of glipizide for 2 wks.
Meds: metformin 1000 BID, glipizide 5 daily, atorvastatin 20.
A1c 7.6 ({{DATE:8/29/23}}). BP self-reported 134/82.
P: continue meds; PT referral for bilateral knee OA; diabetic eye exam at {{FACILITY:Riverside Eye Partners}}. Next visit in person {{DATE:10/12}}.`,
  `Caregiver email (forwarded by care coordinator)
From: {{NAME:Marguerite Lefebvre-Osei}} <{{EMAIL:mlefebvre.osei@homeline.org}}>
To: {{NAME:Tasha Grier}} (care coord.) <{{EMAIL:tgrier@sprucewoodpeds.org}}>
Date: {{DATE:2/21/2024}}
Re: {{NAME:Théo}}'s IEP + ABA hours

Hi {{NAME:Tasha}}, thanks for calling me back. Quick update on {{NAME:Théo}} ({{NAME:Theodore Osei}}, DOB {{DATE:4/2/2018}}): the IEP meeting at {{FACILITY:Whitlow Primary School}} is {{DATE:march 4}} at 8:15. The school psych (Mr. {{NAME:Danforth}}) wants the autism dx letter from Dr. {{NAME:Ibarra}} before then. Also our insurance (member ID {{HEALTH_PLAN:XQH-204-771-09}}) only approved 10 hrs/wk ABA with {{FACILITY:Quarry Lane Behavioral}}; Dr. {{NAME:Ibarra}}'s order says 20. Can you help appeal? Auth number on the denial letter is {{ID:PA-5519082}}.
Best number is my cell {{PHONE:(401) 555-0108}}, work ({{FACILITY:Narragansett Bay Savings}}) is {{PHONE:401-555-0109}}.
Merci!
{{NAME:Marguerite}}`,
  `REMOTE BP MONITORING - WEEKLY REVIEW
PROGRAM: {{FACILITY:TALLGRASS HYPERTENSION CLINIC}}   REVIEW DATE: {{DATE:07-15-2024}}
PATIENT: {{NAME:OLUWASEUN ADEYEMI-BROOKS}}   MRN: {{MRN:TH00981245}}   PLAN: MEDICARE ADVANTAGE, MEMBER {{HEALTH_PLAN:1EG4-TE5-MK73}}
CUFF: ARM CUFF MODEL BC-40 (NOT PHI), SERIAL {{DEVICE:BC40-A0-771245}}, SIM ICCID {{DEVICE:8901260882291044713}}
READINGS {{DATE:7/8}}-{{DATE:7/14}}: 14 OF 14 DAYS TRANSMITTED. MEAN 151/92, RANGE 138/84 TO 166/99. AM HIGHER THAN PM.
MEDS: AMLODIPINE 10 MG DAILY, LOSARTAN 100 MG DAILY, HCTZ 25 MG DAILY. REPORTS TAKING ALL, PILL BOX FILLED BY WIFE {{NAME:DENISE}}.
CALL {{DATE:7/15/24 10:20}} TO {{PHONE:(316) 555-0115}}: DENIES HA, CP, VISION CHANGE. ADMITS "LOTS OF SALT" AT WORK CAFETERIA ({{FACILITY:PLAINSMAN AEROSTRUCTURES}}).
PLAN PER DR. {{NAME:VAN DER WALT}}: ADD SPIRONOLACTONE 25 MG; BMP 1 WK AT {{FACILITY:ANDOVER ROAD LAB}}, {{ADDRESS:1710 N ANDOVER RD}}, {{LOCATION:ANDOVER}} KS {{ZIP:67002}}. DIETITIAN REFERRAL. 99457 TIME 22 MIN.
REVIEWED BY {{NAME:R. ESPINOZA-HALL}}, RN, CCM`,
  `text msgs - flu/covid clinic reminders ({{FACILITY:meadowlark community health}})
to {{PHONE:+15035550137}} ({{NAME:ana paula ferreira}}, mrn {{MRN:MCH-70233}}):
{{DATE:10/01/2023 08:00}} "hi {{NAME:ana paula}}! ur flu shot is due. walk-in clinic {{DATE:sat oct 7}} 9-1 at {{FACILITY:st. anselm parish hall}}, {{ADDRESS:3120 SE Division St}}. reply STOP to opt out"
{{DATE:10/01/2023 08:14}} reply: "can my husband come too hes not ur patient, {{NAME:joão}}, he works nights at {{FACILITY:columbia freight yard}}"
{{DATE:10/01/2023 08:20}} "yes! anyone 6 mo+ can get a flu shot. bring ins card if u have one."
{{DATE:10/07/2023 12:41}} staff entry ({{NAME:dq}}): pt vaccinated, Fluzone HD? no - standard quadrivalent 0.5 mL IM L deltoid, lot UT8120AA exp 06/2024, VIS given. husband {{NAME:João Ferreira}} dob {{DATE:2/14/1975}} registered as new pt, mrn {{MRN:MCH-70418}}.
{{DATE:10/08/2023 09:00}} "thanks for getting vaccinated at {{FACILITY:meadowlark}}! questions? call {{PHONE:503-555-0176}}"`,
  `PRIOR AUTHORIZATION - PHARMACY CALL CENTER NOTE
Case {{ID:PAC-2024-118733}}   Opened {{DATE:01/22/2024 13:05}}   Agent {{NAME:Whitney Okafor-Lyle}} (emp {{ID:77412}})
Caller: {{NAME:Min-jun Kang}}, MA, from {{FACILITY:Sorrel Hill Endocrinology}}, {{PHONE:(919) 555-0169}}, fax {{FAX:919-555-0170}}
Member: {{NAME:Lorraine DuBois-Kettering}}   DOB {{DATE:7/7/1971}}   Member ID {{HEALTH_PLAN:ZKP918273645}}
Drug: semaglutide 1 mg/0.75 mL pen, 4 pens/28 d. Dx E11.65, BMI 41.2. Prior metformin 2000 mg x 2 yr, A1c 9.1 on {{DATE:12/18/2023}}.
Prescriber NPI {{LICENSE:1952304417}}.
Outcome: approved {{DATE:1/22/24}} through {{DATE:1/21/25}}, auth # {{ID:A7719-3302}}. Pharmacy on file: {{FACILITY:Haw River Apothecary}} {{PHONE:336-555-0111}}. Member notified by IVR to {{PHONE:336-555-0182}}.
Per member's request, no voicemail at work ({{FACILITY:Saxapahaw Municipal Court}}).`,
  `nurse triage - peds, phone
{{DATE:fri 8/9/24 19:10}}  rn {{NAME:b. kowalski}}
caller mom {{NAME:shaniqua little}} {{PHONE:901-555-0123}} re {{NAME:jaylen little}} 5 yo, dob {{DATE:3/21/19}}, mrn {{MRN:LBP-302119}}
hx: rash since this am after day camp at {{FACILITY:wolf river day camp}}, red bumps on arms + legs, itchy, some w/ blisters in lines. no fever, no face swelling, breathing fine. they were hiking by the creek tues.
prob poison ivy (contact derm). no sx of anaphylaxis.
adv: wash skin + clothes, cool compresses, calamine, cetirizine 5 mg qhs, trim nails. hydrocortisone 1% ok. return precautions: face/eye involvement, fever, pus.
mom asks for camp note, said counselor Mr. {{NAME:T}} wont let him swim. will send via portal to {{EMAIL:shaniqua.little@kinmail.com}}.
f/u w pcp dr. {{NAME:abara}} prn.`,
  `ANSWERING SERVICE - AFTER HOURS
DATE/TIME: {{DATE:03/30/2024 03:12}}   ACCT: {{FACILITY:HOLLIS & PRUETT INTERNAL MEDICINE}}   OPERATOR #{{ID:218}}
CALLER: NURSE {{NAME:FATIMA ZAHRA BENNANI}}, {{FACILITY:WILLOW BEND NURSING & REHAB}}, UNIT 2 WEST   CB {{PHONE:(405) 555-0128 X 2204}}
RE PT: {{NAME:HOLLINGSWORTH, EUGENE}}   DOB {{DATE:09/09/1931}}   ROOM 22B
MSG: RESIDENT FOUND WITH TEMP 101.6, HR 112, BP 98/56, SPO2 90% ON 2L. MORE CONFUSED THAN BASELINE. FAMILY (SON {{NAME:GARY}}) WANTS HIM TREATED IN PLACE IF POSSIBLE, POLST ON FILE - SELECTIVE TREATMENT.
ROUTED TO DR. {{NAME:PRUETT}} (ON CALL) 03:14. CALLBACK 03:22: ORDERS - CBC, BMP, UA/UCX, CXR PORTABLE IN AM; CEFTRIAXONE 1 G IM NOW; ACETAMINOPHEN 650 MG Q6H PRN; CALL IF SBP <90 OR SPO2 <88 ON 4 L.
NURSE READ BACK ORDERS. DR {{NAME:PRUETT}} TO CALL SON AT {{PHONE:405-555-0129}} AT 7 AM.`,
  `Portal message   Sent {{DATE:11/04/2023 22:40}}
From: {{NAME:Desmond Achebe}}   MRN {{MRN:5519-2207}}
To: Billing ({{FACILITY:Foxglove Medical Group}})
Subject: why was i charged twice??

i got 2 bills for the same visit on {{DATE:sept 28}}, statement acct {{ACCOUNT:FMG-4471902}} and {{ACCOUNT:FMG-4471938}}. the 2nd one says $245 "office visit level 4" (99214) but i only saw the nurse for a BP check. i already paid the first one online. also they have my old insurance on the 2nd bill, my new one is thru my job at {{FACILITY:Keel & Rudder Marine}}, member id {{HEALTH_PLAN:KRM0091837-01}}.
oh and to verify its me my ssn is {{SSN:412-55-9083}} (is that ok to send here?)
call me {{PHONE:757 555 0141}} after 5 or email {{EMAIL:d.achebe@tidewatermail.net}}

Reply {{DATE:11/6/23}} - {{NAME:Corinne}} (billing): Please never send your SSN by message; we have redacted it from our system view. Duplicate charge voided, corrected claim resubmitted.`,
  `E-mail from patient traveling abroad (printed to chart {{DATE:June 3, 2024}})
From: {{EMAIL:wk.nakashima@coastmail.com}}
To: Dr. {{NAME:Felicity Marsh}}'s office <{{EMAIL:office@marshgeriatrics.com}}>

Dear Dr. {{NAME:Marsh}},
My husband {{NAME:Kenji}} and I are in {{LOCATION:Lisbon}} (then {{LOCATION:Porto}} from {{DATE:June 8}}). Since yesterday his left calf is swollen and sore after the 11-hour flight from {{LOCATION:Newark}}. He is 88 - sorry, I mean he turns 89 next month. He takes apixaban? No - he stopped it in March per the cardiologist. Should we go to a hospital here? Our hotel is {{FACILITY:Casa do Largo}} near the river. His passport name is {{NAME:Kenji Nakashima}}, DOB {{DATE:07/19/1935}}.
Phone (WhatsApp) {{PHONE:+1 808 555 0191}}.
{{NAME:Wakana}}

Response by {{NAME:J. Ortiz}}, RN: Called via WhatsApp {{DATE:6/3/24 10:05 ET}}: advised same-day evaluation for possible DVT at a local emergency department; travel insurance policy # {{HEALTH_PLAN:TRV-660128843}}.`,
  `Remote Device Interrogation - ICD
{{FACILITY:Harborlight Heart Rhythm Center}} device clinic   Transmission {{DATE:2024-02-09 03:18}} (scheduled, bedside monitor)
Patient: {{NAME:Anselm Okoro}}   MRN {{MRN:HHR-660174}}   DOB {{DATE:Dec 2, 1950}}
Device: dual-chamber ICD, model DR-700 (not PHI), serial {{DEVICE:RVK448120S}}; RA lead SN {{DEVICE:LRA-22109-7}}, RV lead SN {{DEVICE:LRV-58821-3}}; bedside monitor SN {{DEVICE:BM3-0093317}}
Implanted {{DATE:4/18/2019}} by Dr. {{NAME:Chandrasekhar}}.
Battery 6.1 yr. RV impedance 512 ohm, sensing R 9.8 mV, threshold 0.75 V @ 0.4 ms.
Events: 1 VT episode {{DATE:02/07/2024 21:44}}, 188 bpm, terminated by ATP x1, no shock. AF burden 2.1%.
Called pt at {{PHONE:(757) 555-0174}}: was at grandson's game at {{FACILITY:Lafayette Wharf Middle School}} gym, felt "flutter." No syncope. No driving restriction needed (no shock, no syncope) per Dr. {{NAME:Haverford}}.
Check K/Mg at {{FACILITY:Granby Street Labs}}; consider sotalol if recurs.
Reviewed {{DATE:2/9/24}} {{NAME:Lucía Benavides}}, CDS   cc: PCP Dr {{NAME:Tran}}`,
  `From: CPAP Compliance <{{EMAIL:compliance@restwellhomemedical.com}}>
Sent: {{DATE:Tue 4/30/2024 8:03 AM}}
To: {{EMAIL:sleep@brackenridgesleep.org}}
Subject: 90-day compliance - {{NAME:WOJCIK, BARTŁOMIEJ}}

{{FACILITY:RestWell Home Medical}} compliance report (auto)
Patient: {{NAME:Bartłomiej Wójcik}}   DOB {{DATE:06/22/1977}}   Our acct {{ACCOUNT:RW-00551982}}
Insurance: {{HEALTH_PLAN:MXW 772019445}}
Device: auto-CPAP, model AirFlow 11 (not PHI), SN {{DEVICE:23172894551}}, modem ID {{DEVICE:MDM-8841-0276}}
Period {{DATE:1/30/24}} - {{DATE:4/28/24}}: usage ≥4 h on 71/90 nights (79%), avg 5 h 42 min. AHI 3.4, leak 95th pct 18 L/min. Pressure 7-14 cm H2O.
Meets payer 70% rule. Resupply (mask cushion, filters) shipping to {{ADDRESS:918 Brackenridge St, Apt 6}}, {{LOCATION:Austin}} TX {{ZIP:78705}}.
RT: {{NAME:Ximena Robles}}, RRT, {{PHONE:512-555-0113}}

[filed {{DATE:4/30/24}} by {{NAME:kh}} for Dr. {{NAME:Osterhout}}; next sleep f/u by video {{DATE:May 21}}]`,
  `VIDEO VISIT - TECHNICAL LOG + NOTE
Scheduled {{DATE:08/14/2024 15:00}} | Pt {{NAME:Graciela "Chela" Montemayor}} | MRN {{MRN:SR-2914477}} | Provider Dr. {{NAME:Idris Kamara}} ({{FACILITY:San Rafael Valley Family Practice}})
15:01 invite sent to {{EMAIL:chela.montemayor@webpost.net}} and SMS {{PHONE:(520) 555-0117}}; link {{URL:https://srvfp.televisit.net/w/8Kc2-Lm9q}}
15:04 pt joined from IP {{IP:174.71.40.12}}, device "Samsung SM-A156U" (not PHI), MAC {{DEVICE:3C:5A:B4:21:9F:0E}}, browser Chrome Mobile
15:06 video frozen; pt rejoined from IP {{IP:172.58.100.37}} (cellular)
15:09 audio only - converted to telephone visit (99442) at pt request, called {{PHONE:520-555-0117}}
Note: 58 yo F with knee swelling R after fall at work ({{FACILITY:Nogales Produce Distributors}}) on {{DATE:8/12}}. Able to walk, no locking. Ice, naproxen 500 BID with food, knee sleeve. Workers' comp claim # {{ID:WC-24-0081553}} - employer contact {{NAME:Roy Estrada}} {{PHONE:520-555-0163}}. X-ray at {{FACILITY:Patagonia Imaging}} tomorrow. /{{NAME:ik}}`,
  `TELEMEDICINE - CORRECTIONAL HEALTH
Facility: {{FACILITY:NORTH RIDGE CORRECTIONAL FACILITY}}, {{LOCATION:BLAKELY}}   Encounter {{DATE:05/02/2024 09:30}}
Inmate: {{NAME:DARNELL PRICE-WATKINS}}   DOC # {{ID:1184327}}   DOB {{DATE:11/11/1984}}   Housing: C-POD, CELL 14 (not PHI)
Specialist: {{NAME:Helena Voss}}, MD (ID/HIV), via video from {{FACILITY:Flint River Infectious Disease}}
Present: site nurse {{NAME:K. Abernathy-Lowe}}, LPN; officer (badge {{ID:4412}}) outside door.
HIV on bictegravir/emtricitabine/tenofovir alafenamide, adherent per MAR. VL <20 on {{DATE:4/15/24}}, CD4 612. Hep C Ab + / RNA neg (cleared). Wt stable.
Plan: continue regimen; labs q6 mo; release date {{DATE:9/27/2024}} - linkage to care at {{FACILITY:Albany Area Positive Health Clinic}}, {{PHONE:229-555-0151}}; case manager {{NAME:Rosalind Teague}} to set ADAP.
Connection via secure room link {{URL:https://nrcf-telemed.gov-health.net/r/PW1184327}}; host IP {{IP:10.22.14.9}}.`,
  `home health agency -> pcp message (sent via portal) {{DATE:2/7/24 15:55}}
from: {{NAME:mbali khumalo}}, PT, {{FACILITY:Crossroads Home Health of Lorain}}   cell {{PHONE:440-555-0106}}   agency fax {{FAX:440-555-0107}}
to: dr {{NAME:ostrowski}}
re: pt {{NAME:agnes pietrowski}} dob {{DATE:1/1/38}} soc {{DATE:1/24/24}} (episode 1)
seen at home today, {{ADDRESS:4427 Oberlin Ave}}, {{LOCATION:Lorain}}. s/p L hip hemiarthroplasty at {{FACILITY:lakeview general}}. walking 60 ft w/ rw, CGA. pain 3/10 on tylenol 650 q6. incision c/d/i, staples out {{DATE:2/2}}.
concern: BP 88/52 sitting, dizzy on standing (orthostatic drop 22 mm). still taking metoprolol 50 bid + lisinopril 10 - were those supposed to be held? daughter {{NAME:Teresa}} ({{PHONE:440-555-0180}}) fills pillbox, says discharge list unclear.
pls advise. next visit {{DATE:thurs 2/8}} am. OT ({{NAME:Dev}}) starts next week.
signed {{NAME:M. Khumalo}}, DPT  NPI {{LICENSE:1730298841}}`,
  `Caregiver text messages (screenshots uploaded to chart by daughter, transcribed {{DATE:9/30/23}} by {{NAME:A. Lindgren}}, SW)
Pt: {{NAME:Clarence Boudreaux}}, 81, dementia (Alzheimer type), MRN {{MRN:BL-447102}}

[{{DATE:Sep 29, 2023 5:12 PM}}] {{NAME:Renée}}: dad took the truck again!!! neighbor saw him heading toward {{LOCATION:Breaux Bridge}}
[{{DATE:Sep 29, 2023 5:15 PM}}] {{NAME:Marcus}}: calling sheriff now. white f-150, plate {{VEHICLE:Y742 B3C}}
[{{DATE:Sep 29, 2023 6:40 PM}}] {{NAME:Renée}}: they found him at the {{FACILITY:Teche Quick Mart}} on {{ADDRESS:Hwy 31 at mile 14}}, he was fine but didnt know where he was. they put out a silver alert, case {{ID:SA-23-10472}}
[{{DATE:Sep 29, 2023 6:42 PM}}] {{NAME:Marcus}}: ok im taking the keys. VIN {{VEHICLE:1FTEW1E58KFA22819}} for the insurance
SW note: family asks for driving eval + ADC referral ({{FACILITY:Bayou Teche Adult Day Center}}). Daughter {{NAME:Renée Boudreaux-Guidry}} {{PHONE:337-555-0159}}; son {{NAME:Marcus Boudreaux}} {{PHONE:337-555-0147}}. Home: {{ADDRESS:119 Rue Lafitte}}, {{LOCATION:St. Martinville}} LA {{ZIP:70582}}.`,
  `MAIL-ORDER PHARMACY REFILL REQUEST (fax)
FROM: {{FACILITY:PRAIRIESTAR MAIL PHARMACY}}   FAX {{FAX:(800) 555-0135}}   PH {{PHONE:(800) 555-0134}}   DATE {{DATE:03/18/2024}}
TO: DR. {{NAME:MEENAKSHI IYER}}   FAX {{FAX:(763) 555-0122}}
PATIENT: {{NAME:LUNDQUIST, HAROLD E}}   DOB {{DATE:08/30/1944}}   MEMBER # {{HEALTH_PLAN:PS-55102938-00}}
SHIP TO: {{ADDRESS:7705 JEFFERSON HWY, LOT 44}}, {{LOCATION:OSSEO}} MN {{ZIP:55369}}
RX #{{ID:8812003-04}}  TAMSULOSIN 0.4 MG CAP  #90  1 QHS  REFILLS REMAINING: 0
RX #{{ID:8812004-02}}  FINASTERIDE 5 MG TAB  #90  1 DAILY  REFILLS REMAINING: 0
LAST FILLED {{DATE:12/15/23}}.  PT REQUESTS 90 DAY SUPPLY. NOTE FROM PT ON ORDER FORM: "PLEASE SEND SOONER, I GO TO MY DAUGHTERS IN {{LOCATION:SUN CITY}} {{DATE:APRIL 2}}."
[ ] APPROVED  REFILLS ___   [ ] DENIED
PRESCRIBER SIGNATURE __________  DEA {{LICENSE:FI8420917}}
HANDWRITTEN: "APPROVED X3 - {{NAME:MI}} {{DATE:3/19}}" /{{NAME:cr}}`,
  `STUDENT HEALTH - IMMUNIZATION COMPLIANCE REVIEW
{{FACILITY:Blackwood State University}} Student Health Services   Reviewed {{DATE:08/05/2024}}
Student: {{NAME:Yeon-woo Park}}   Student ID {{ID:BSU-901244718}}   DOB {{DATE:2006-01-29}}
Home address: {{ADDRESS:55 Mapo-daero, Apt 1203}}, {{LOCATION:Seoul}}, South Korea   US housing: {{FACILITY:Hemlock Hall}}, room 312
Email {{EMAIL:ywpark06@students.blackwood.edu}}   US cell {{PHONE:(208) 555-0170}}
Records: MMR x2 ({{DATE:03/2007}}, {{DATE:05/2010}}); Varicella titer positive; Tdap {{DATE:2017-11-02}}; MenACWY {{DATE:2022-06-14}}; TB: IGRA negative {{DATE:7/22/24}} drawn at {{FACILITY:Seoul Namsan Clinic}}.
Missing: MenB (recommended, not required); COVID optional.
Status: COMPLIANT - hold released. Registration can proceed for fall term.
Reviewer: {{NAME:Ingrid Solberg}}, RN.  Student portal message sent; parent contact {{NAME:Park Ji-hoon}} {{PHONE:+82 10-5550-1842}}.`,
  `daycare health form - {{FACILITY:little acorns child care center}}
child: {{NAME:mila rosenthal-ibe}}  dob {{DATE:04/04/22}}  (2 yrs)
parent 1: {{NAME:naomi rosenthal}}  {{PHONE:215 555 0161}}  work: {{FACILITY:schuylkill valley credit union}}
parent 2: {{NAME:chidi ibe}}  {{PHONE:215 555 0162}}  work: {{FACILITY:fairmount rowing supply}}
address: {{ADDRESS:2208 Green St, 2nd fl}}, {{LOCATION:philadelphia}} pa {{ZIP:19130}}
physician: dr {{NAME:v. castellano}}, {{FACILITY:spring garden pediatrics}}, {{PHONE:215-555-0104}}
last well visit {{DATE:3/28/24}}. wt 27 lb, ht 34 in. vaccines up to date per PA schedule (printout attached).
allergies: amoxicillin (rash 2023). no chronic meds.
special needs: eczema - cetaphil cream after hand washing ok. 
emergency contact: grandma {{NAME:ruth rosenthal}} {{PHONE:610-555-0149}}, {{LOCATION:bala cynwyd}}
physician signature/date: {{NAME:VC}} {{DATE:4/2/24}}`,
  `TELEDERMATOLOGY E-CONSULT (store and forward)
Referring: {{NAME:Kwabena Asante}}, PA-C, {{FACILITY:Two Rivers Rural Health Clinic}}, {{LOCATION:Lewiston}}   Sent {{DATE:01/10/2024}}
Patient: {{NAME:Edna Maye Fairbanks}}   {{AGE:92}} y/o F   MRN {{MRN:TRR-10045}}
Images: 4 (dermoscopy x2, clinical x2) uploaded from clinic iPad, image IDs {{ID:IMG-20240110-55213}} through {{ID:IMG-20240110-55216}}. No full-face images.
Hx: 8 mm pink pearly papule L nasal ala, bleeds with washing, x 6 months. Farmed in {{LOCATION:Nez Perce County}} for 50 years ("outside all my life"). Hx SCC R hand 2015.
Consultant: Dr. {{NAME:Soraya Benhaddou}}, {{FACILITY:Palouse Dermatology Associates}}, reply {{DATE:1/12/24}}: likely nodular BCC. Recommend shave biopsy; if confirmed, Mohs referral given location. Pt {{AGE:92}}, lives with niece {{NAME:Dolores}} in {{LOCATION:Orofino}}; travel is hard, so biopsy at {{FACILITY:Two Rivers}} then Mohs at our {{LOCATION:Moscow}} office. Call niece {{PHONE:208-555-0125}}.`,
  `NURSE ADVICE LINE - ENCOUNTER SUMMARY
Date/time of call: {{DATE:July 4, 2024 20:51}}   Line: Blue Heron Health Plan 24/7 nurse line (payer)
Member: {{NAME:Sutherland, Moira}}   DOB {{DATE:02-28-1989}}   Member # {{HEALTH_PLAN:BHH-4402918-02}}
Phone {{PHONE:(406) 555-0153}}   Location at time of call: campground outside {{LOCATION:West Yellowstone}}, MT
Symptoms: worst headache of her life? Pt says "no, like my usual migraines but longer," started 10 h ago, photophobia, nausea, no fever, no neck stiffness, no weakness or numbness. Took sumatriptan 50 mg x1 at 14:00 and ibuprofen 600.
Hx migraine w/o aura, on topiramate 50 BID from Dr. {{NAME:Greenleaf}} ({{FACILITY:Gallatin Neurology Group}}).
Disposition per Headache protocol: see provider within 4 h -> urgent care. Nearest: {{FACILITY:Madison Valley Urgent Care}}, {{ADDRESS:11 Canyon St}}, {{PHONE:406-555-0155}}; closes 22:00.
Pt will go; husband {{NAME:Callum}} driving. Follow-up call placed 23:30 to {{PHONE:406-555-0153}}: seen, given IV fluids + prochlorperazine, improved.
RN {{NAME:Tamar Eshkol}} (nurse ID {{ID:N-6684}})`,
  `Virtual assistant - COVID test scheduling
{{DATE:01/03/2022 07:12:55}} session {{ID:a11c-9d0e-2f37}} | IP {{IP:24.61.139.72}}
bot: Welcome to {{FACILITY:Fenwick Harbor Health}}. Are you scheduling for yourself or someone else?
user: my whole family lol. me {{NAME:Patrick Okonjo-Hale}} dob {{DATE:9/14/80}}, my wife {{NAME:Chioma}} {{DATE:3/3/82}}, and our kids {{NAME:Ezinne}} {{DATE:6/1/2012}} and {{NAME:Tobenna}} {{DATE:11/20/2015}}
bot: Thank you. Do any of you have symptoms?
user: kids have sore throat + fever, {{NAME:Tobenna}}s school ({{FACILITY:Quarrymen Elementary}}) had an outbreak
bot: I have drive-up PCR slots today at {{FACILITY:Fenwick Harbor Testing Tent}}, {{ADDRESS:200 Quarry Rd}}, {{LOCATION:Quincy}}: 10:20, 10:30, 10:40, 10:50.
user: 10:20 for all 4 pls. insurance is through my work {{FACILITY:Atlantic Seaboard Freight}}, member {{HEALTH_PLAN:ASF77302194}}
bot: Booked. Please stay in your car and show the QR code sent to {{PHONE:617-555-0189}}. Results post to the portal in 24-48 h.
[auto-filed {{DATE:1/3/22}} to MRNs {{MRN:FH-22019}}, {{MRN:FH-22020}}, {{MRN:FH-30117}}, {{MRN:FH-30118}}]`,
  `Fwd: Return to work - {{NAME:D. Yilmaz}}
----- Original message -----
From: Occupational Health <{{EMAIL:occhealth@cascadiasteelworks.com}}>
Sent: {{DATE:10/14/2024 2:18 PM}}
To: {{EMAIL:refer@ridgeviewortho.org}}

Dr. {{NAME:Whitaker}},
{{NAME:Deniz Yilmaz}} (badge {{ID:CS-11827}}) is asking to return to full duty on the melt shop floor after his L wrist ORIF ({{DATE:8/29/24}}). Our job description requires lifting 50 lb and two-handed grip. We can offer light duty (no lifting >10 lb L hand) in the tool crib. Please complete the attached restrictions form and send to our clinic fax {{FAX:(503) 555-0142}}.
Occupational Health Nurse: {{NAME:Rhonda Ekberg}}, RN, COHN-S | {{FACILITY:Cascadia Steelworks}}, {{ADDRESS:6600 N Marine Dr}}, {{LOCATION:Portland}} | {{PHONE:503-555-0143}}

---- Added to chart by {{NAME:Lorenzo Fabbri}}, MA, {{DATE:10/15/24}} ----
Pt MRN {{MRN:RVO-0088126}}. Next visit {{DATE:Oct 22}}; grip 22 kg L vs 41 kg R on {{DATE:10/8}}. Dr. {{NAME:Whitaker}}: light duty 4 more weeks.`,
  `TELEHEALTH SPEECH-LANGUAGE THERAPY NOTE
Client: {{NAME:Xochitl Aguilar-Benn}}   DOB {{DATE:05/11/2017}}   Session {{DATE:2/26/2024}} 15:30-16:00 (92507-95)
Therapist: {{NAME:Lauren McAlister}}, MS, CCC-SLP  |  {{FACILITY:Sugar Creek Pediatric Therapy}}
Link {{URL:https://sugarcreekpt.therapyroom.net/lmcalister}}; client at home on mom's tablet, IP {{IP:65.29.118.240}}; mom {{NAME:Yolanda Aguilar}} present.
Goals: /r/ in initial position at word level 80%; vocalic /r/ at word level.
Data: initial /r/ 17/20 (85%) with visual cue, vocalic /er/ 9/20 (45%). Carryover weak in conversation.
School coordination: IEP SLP at {{FACILITY:Lincoln Trail Elementary}} is Ms. {{NAME:Pohl}}; mom signed release {{DATE:1/15/24}}; emailed progress to {{EMAIL:kpohl@lincolntrail.k12.example.us}}.
Home program: 5 min/day /er/ word list. Next session {{DATE:Mon 3/4}} same time.
Insurance: Hoosier Family Health Plan, member {{HEALTH_PLAN:HFH-207733145}}, auth {{ID:SLP-4410-B}} 24 visits, 11 used.`,
  `PARENT/GUARDIAN HEALTH HISTORY - {{FACILITY:RIDGETOP SOCCER ACADEMY}} SUMMER RESIDENTIAL CAMP
CAMPER: {{NAME:DUBOIS-NAKAMURA, ELLIOT}}   DOB: {{DATE:03/09/2010}}   AGE AT CAMP: 14
SESSION: {{DATE:JUNE 23}} - {{DATE:JUNE 29, 2024}}   DORM: {{FACILITY:ALDER HOUSE}}
GUARDIAN: {{NAME:CLAIRE DUBOIS}}   MOBILE {{PHONE:(802) 555-0175}}   EMAIL {{EMAIL:CDUBOIS@GREENMOUNTAINMAIL.COM}}
SECONDARY: {{NAME:HIRO NAKAMURA}}   MOBILE {{PHONE:(802) 555-0176}}   WORK: {{FACILITY:CHAMPLAIN VALLEY MAPLE CO-OP}}
ADDRESS: {{ADDRESS:14 BROOKES AVE, UNIT 3}}, {{LOCATION:BURLINGTON}} VT {{ZIP:05401}}
INSURANCE: MEMBER ID {{HEALTH_PLAN:VTB-0048812-03}}   
MEDICAL: EXERCISE-INDUCED BRONCHOSPASM - ALBUTEROL 2 PUFFS BEFORE PRACTICE. HX CONCUSSION {{DATE:OCT 2022}}, CLEARED. NO SURGERIES.
PHYSICIAN: DR. {{NAME:A. FITZGERALD-MBEKI}}, {{FACILITY:WINOOSKI FAMILY HEALTH}}, {{PHONE:802-555-0177}}
EMERGENCY TREATMENT CONSENT SIGNED {{DATE:05/02/2024}}. DRIVER'S LICENSE OF GUARDIAN: VT {{LICENSE:71942086}}`,
  `answering svc (dental) - {{FACILITY:Prospect Hill Family Dentistry}}
{{DATE:sun 11/12/23 10:05}} opr {{NAME:mh}}
caller: {{NAME:Imani Okafor}} for son {{NAME:Josiah}} (pt, 9 yo), dob {{DATE:12/30/2013}}, ph {{PHONE:(262) 555-0114}}
msg: son fell off bike on {{ADDRESS:Elm Grove Rd}} this morning and knocked his front tooth out (permanent, #8?). she has the tooth in milk. some bleeding from lip. no LOC, no vomiting.
paged dr {{NAME:pellegrino}} 10:06. called back 10:11: meet at office 10:45 for reimplant + splint, {{ADDRESS:3300 N Calhoun Rd, Ste 110}}, {{LOCATION:Brookfield}}. advised keep tooth in milk, don't scrub root, go to nearest ER if head injury sx.
10:40 dr {{NAME:pellegrino}} in office; assistant {{NAME:Gabby}} called in ({{PHONE:262-555-0178}}).
tetanus: pt UTD per mom (dtap x5).`,
  `Postpartum Remote BP Program - {{FACILITY:Willamette Birth & Women's Center}}
Patient: {{NAME:Sakura Lindahl-Obi}}   MRN {{MRN:WBW-77041}}   Delivery {{DATE:03/02/2024}} (C/S, 38w2d), dx preeclampsia w/o severe features
BP cuff SN {{DEVICE:PPB-0442-19870}}, app installed on pt phone; readings via {{URL:https://bpconnect.wbwcenter.org/pt/77041}}
{{DATE:3/6/24 06:30}} 148/96   {{DATE:3/6/24 12:10}} 152/98   {{DATE:3/6/24 18:45}} 161/104 -> ALERT (≥160/110 threshold? SBP met)
RN {{NAME:Oksana Hrytsenko}} called 18:52 {{PHONE:(541) 555-0102}}: mild HA, no visual changes, no RUQ pain, no SOB. Took nifedipine ER 30 mg this am.
Discussed with Dr. {{NAME:Villaseñor}} (OB on call): come to our OB triage now for eval + labs (CBC, CMP, P/C ratio).
Partner {{NAME:Tunde Obi}} driving; newborn Baby Girl {{NAME:Lindahl-Obi}} (MRN {{MRN:WBW-77058}}) coming with them.
19:40 arrived. BP 156/100 -> labetalol 200 mg PO. Labs normal. Dc home 23:15, nifedipine ER 60 mg daily. Video check {{DATE:3/8}}.`,
  `portal msg {{DATE:apr 2 2024 6:17am}}
from {{NAME:wendell faircloth}} (mrn {{MRN:SPC-310448}})

hey doc {{NAME:amari}} got my bloodwork back on the app and it says my a1c is 7.9 and my ldl is 131 and theres a red flag by my potasium 5.4?? is that bad. i took the dam water pill like you said. also my foot still got that sore on the bottom, the home nurse from {{FACILITY:wiregrass home care}} looked at it fri. i cant drive rn my truck broke down so cant come to {{LOCATION:pinehurst}} easy, can we do a video. my grandson {{NAME:DeShawn}} can help set it up, his # {{PHONE:910-555-0183}}.
also pharmacy ({{FACILITY:carthage drug & gift}}) said my insulin glargine needs prior auth now?? 
thx {{NAME:wendell}}

reply {{DATE:4/2/24 11:40}} {{NAME:A. Amari-Jones}}, NP, {{FACILITY:Wiregrass Primary Care}}: K 5.4 is mildly high - likely from lisinopril + spironolactone. Hold spironolactone, repeat BMP {{DATE:thursday 4/4}}. Video visit booked {{DATE:4/5}} 10:00; link will text to {{PHONE:910-555-0183}}. PA submitted.`,
  `Portal message - proxy (spouse)
From: {{NAME:Rahul Venkataraman}} on behalf of {{NAME:Deepa Venkataraman}} (MRN {{MRN:GH-1190472}})
Sent: {{DATE:Saturday, Nov 9, 2024 3:33 PM}}
Attachments: incision_day5_a.jpg, incision_day5_b.jpg (wound photos, no face)

Hello Dr. {{NAME:Lindqvist-Moreau}},
My wife had her lap chole on {{DATE:11/4}} at {{FACILITY:Greystone Surgical Center}}. Today the belly button incision is red around it, maybe 2 cm, and some cloudy drainage on the gauze. Temp 100.2 this morning, 99.6 now. She is eating OK. Pain 3/10 on ibuprofen. Photos attached.
We are staying at her parents' in {{LOCATION:Edison}} ({{ADDRESS:41 Plainfield Ave}}) until {{DATE:Monday 11/11}}. Best number {{PHONE:(732) 555-0116}}.
Thank you,
{{NAME:Rahul}}

Reply by on-call surgeon Dr. {{NAME:Abdelrahman Said}} {{DATE:11/9/24 16:05}}: likely superficial SSI. Cephalexin 500 mg QID x7 d sent to {{FACILITY:Oak Tree Pharmacy}}, {{PHONE:732-555-0117}}. Wound check in clinic {{DATE:Tue 11/12}}.`,
  `TELEREHAB PHYSICAL THERAPY - DAILY NOTE
Pt: {{NAME:Fitzroy, Annalise}}   DOB {{DATE:9/9/1964}}   Acct {{ACCOUNT:SC-PT-0092281}}   Visit #6 of 12
DOS {{DATE:June 18, 2024}} 07:30-08:10 | PT: {{NAME:Rafael Quintero-Díaz}}, DPT, {{FACILITY:Summit Creek Physical Therapy}}
Platform: {{URL:https://summitcreekpt.org/tele/rq-0618}} | pt laptop (Windows 11), IP {{IP:50.35.88.161}}; pt in her kitchen at {{ADDRESS:3021 Juniper Ridge Dr}}, {{LOCATION:Bend}}; husband {{NAME:Glen}} spotting.
Dx: R TKA {{DATE:4/30/24}} by Dr. {{NAME:Castellanos}} at {{FACILITY:High Desert Joint Institute}}.
S: pain 2/10 rest, 5/10 stairs. Back to part-time at {{FACILITY:Juniper Hills Community Library}} circulation desk {{DATE:6/10}}.
O (per video, goniometry est.): knee flex 108°, ext -4°. TUG 11.2 s. Sit-to-stand x10 no UE.
Tx: HEP progressed - step-ups 6", TKE w/ band, bridges. 
A: progressing; flexion goal 115°.
P: 2x/wk video + 1 in-clinic {{DATE:Fri 6/21}} for manual therapy. Will send progress to {{FAX:541-555-0131}} (surgeon fax).`,
  `recordatorios por texto / text reminders - colonoscopy prep
pt {{NAME:Reyes Villalobos, Guadalupe}}  mrn {{MRN:CVG-004417}}  cel {{PHONE:(956) 555-0119}}  pref language: español
{{DATE:2/26/24 09:00}} OUT: Hola {{NAME:Guadalupe}}, su colonoscopía es el {{DATE:lunes 4 de marzo}} a las 8:00 am en {{FACILITY:Centro de Endoscopía del Valle}}, {{ADDRESS:1020 E Griffin Pkwy}}, {{LOCATION:Mission}}. Responda SI para confirmar.
{{DATE:2/26/24 09:47}} IN: si. mi hija {{NAME:Marisela}} me lleva
{{DATE:3/2/24 09:00}} OUT: Reminder: start clear liquids tomorrow {{DATE:Sun 3/3}}. Mix prep (PEG 3350 238 g + 64 oz Gatorade). Questions: {{PHONE:956-555-0120}}.
{{DATE:3/3/24 18:05}} IN: ya tome la mitad pero vomite un poco, q hago?
{{DATE:3/3/24 18:20}} staff ({{NAME:E. Salinas}}, LVN): called pt, advised wait 30-60 min then resume slowly; dr {{NAME:Chávez-Orozco}} aware. Pt also asked to hold glipizide {{DATE:3/4}} am - yes.
{{DATE:3/4/24 11:30}} staff: procedure done, 2 polyps removed, path pending (accession {{ID:S24-08812}}).`,
  `Fw: {{NAME:Amara}} - 504 plan / anxiety
From: {{NAME:Jillian Ostrander}} <{{EMAIL:jostrander@lickcreekmiddle.org}}>
Date: {{DATE:Thu, Jan 25, 2024, 11:02 AM}}
To: {{NAME:Olufemi Nwachukwu}} <{{EMAIL:femi.nwachukwu@lagosroadmail.com}}>
Subject: {{NAME:Amara}} - 504 plan / anxiety

Hi Mr. {{NAME:Nwachukwu}},
Following up on our meeting. {{NAME:Amara}} has been coming to my office 3-4 times a week during 5th period (math) with stomach aches and racing heart. Nurse {{NAME:Kim}} has checked her each time, vitals fine. For the 504 we need documentation from her doctor of the anxiety diagnosis and recommended accommodations (breaks, testing in small group). The 504 meeting is {{DATE:February 8}} at 3:15 in room B-14.
Thank you,
{{NAME:Jillian Ostrander}}, School Counselor, {{FACILITY:Lick Creek Middle School}}, {{PHONE:(919) 555-0165}}

-- forwarded by parent to {{FACILITY:Falls Lake Pediatrics}} portal {{DATE:1/25/24}}; pt {{NAME:Amara Nwachukwu}} DOB {{DATE:07/02/2011}} MRN {{MRN:FLP-66310}}. Routed to Dr. {{NAME:Hartsell}}; GAD-7 16 at {{DATE:1/10}} visit.`,
  `nurse triage - phone (pt abroad)
{{DATE:10/3/23 04:15 ET}}   rn: {{NAME:g. mcallister}}
pt {{NAME:sienna albright-toure}}, 20 y/o, dob {{DATE:5/17/2003}}, mrn {{MRN:UH-2240981}}, student at {{FACILITY:kenwick college}} doing semester in {{LOCATION:florence}}, italy.
called via whatsapp {{PHONE:+39 333 555 0142}} (local) / us cell {{PHONE:(614) 555-0137}}
hx t1dm on pump. pump fell off + broke on the train back from {{LOCATION:bologna}} yesterday, serial {{DEVICE:TS-X2-88410472}}. has backup pens (glargine + lispro) from us but only ~5 days left. BG 212 now, ketones neg on strips.
advice: glargine 18 u daily (prior basal total 17.6 u), lispro per carb ratio 1:10 + correction 1:40 >150. call pump co for overnight replacement to her address {{ADDRESS:Via dei Serragli 41, int. 3}}, {{LOCATION:Firenze}} {{ZIP:50124}}.
endo dr {{NAME:Oyelowo}} msg'd for script to farmacia: {{FACILITY:Farmacia Nuova dell'Oltrarno}}. mom ({{NAME:Dana Albright}}) {{PHONE:614-555-0138}} aware.`,
  `after hrs answering service msg (peds)
rec'd {{DATE:12/31/23 23:48}} by opr {{NAME:sg}} for {{FACILITY:Tinker Creek Pediatrics}} on-call
caller: {{NAME:marco de luca}} (dad) cb {{PHONE:540 555 0186}}
pt: {{NAME:gianna de luca}}, 18 mo, dob {{DATE:6/12/22}}
msg: "she's 24 lb, fever 102.8, how much tylenol AND motrin can i give, we only have the infant tylenol 160/5 and childrens motrin 100/5." no trouble breathing, drinking ok, fussy.
routed to rn {{NAME:hollis}} 23:50. rn cb 23:58: acetaminophen 5 mL (160 mg) q4-6h, ibuprofen 5 mL (100 mg) q6-8h, do not exceed 5 doses tylenol/24 h. dad asked about urgent care tomorrow since new years - {{FACILITY:Valley View Kids Urgent Care}} open 10-4 at {{ADDRESS:4802 Valley View Blvd NW}}, {{LOCATION:Roanoke}}.
pcp dr {{NAME:Sato-Beaumont}}, will see {{DATE:1/2/24}} if still febrile. /{{NAME:sg}}`,
  `HOME SPIROMETRY MONITORING - LUNG TRANSPLANT PROGRAM
{{FACILITY:Erie Lakeshore University Transplant Center}}   Coordinator: {{NAME:Ines Marques-Holt}}, RN, CCTC
Patient: {{NAME:Thaddeus Oyelaran}}   MRN {{MRN:WU-1097733}}   Transplant {{DATE:02/14/2022}} (bilateral)
Spirometer SN {{DEVICE:SPX-700-221908}}; app on tablet (tablet asset tag {{DEVICE:WUTC-TAB-0415}}, loaner)
{{DATE:9/1/24}} FEV1 2.41 L   {{DATE:9/3/24}} 2.38 L   {{DATE:9/5/24}} 2.12 L   {{DATE:9/6/24}} 2.09 L  -> >10% decline from baseline 2.45 L: ALERT
Call {{DATE:9/6/24 10:15}} to {{PHONE:(216) 555-0127}}: mild cough x4 d, grandkids had colds (daycare {{FACILITY:Sprout & Sparrow Learning Center}}). Temp 99.4. Adherent tacrolimus 2 mg BID, MMF 1000 BID, pred 5.
Plan per Dr. {{NAME:Ferenc Halász}}: RVP swab + tacrolimus trough + CXR at {{FACILITY:Erie Lakeshore Outpatient Pavilion}} today; clinic {{DATE:9/9}}; bronch if FEV1 doesn't recover.
Wife {{NAME:Margaret}} drives; lives 90 min away in {{LOCATION:Ashtabula}}, {{ADDRESS:2280 Lake Ave}} {{ZIP:44004}}.`,
  `CONTROLLED SUBSTANCE REFILL REQUEST
Received via portal {{DATE:05/28/2024 08:44}} from {{NAME:Garrett Holm-Sørensen}} (MRN {{MRN:HP-550219}}), DOB {{DATE:12/1/1979}}
Request: "need my adderall 20mg early, going on work trip to {{LOCATION:Denver}} for {{FACILITY:Bitterroot Analytics}} {{DATE:june 1-8}}, pharmacy wont fill till the {{DATE:3rd}}"
Agreement: controlled substance agreement signed {{DATE:1/9/24}}, UDS {{DATE:3/14/24}} appropriate.
PDMP check ({{DATE:5/28/24}}, report # {{ID:PMP-MT-6620149}}): last fill amphetamine/dextroamphetamine 20 mg #60 on {{DATE:5/4/24}} at {{FACILITY:Clark Fork Pharmacy}}; no other prescribers.
Decision (Dr. {{NAME:Adaeze Uchenna}}, DEA {{LICENSE:AU3318420}}): early fill of 4 days is within policy for travel - sent to {{FACILITY:Clark Fork Pharmacy}} ({{PHONE:406-555-0130}}) with note "OK to fill {{DATE:5/30}} for travel". Pt notified by portal; return visit {{DATE:7/1}}.
Documented by {{NAME:Shirin Tahmasebi}}, RN.`,
  `Chat - Rx refill bot (auto-transcribed)
{{DATE:2024-09-22 21:05:40}} | {{FACILITY:Laurelwood Clinic}} app | user acct {{ID:lwc-user-88031}}
BOT: Which medication would you like refilled?
USER: the blood pressure one and my inhaler
BOT: I see amlodipine 5 mg, losartan 50 mg, and fluticasone/salmeterol 250/50. Which ones?
USER: all 3 i guess. and can they go to the new {{FACILITY:Hollis Apothecary}} by my work instead of the one on {{ADDRESS:Main St}}
BOT: Please confirm the pharmacy address.
USER: {{ADDRESS:88 Ferry Landing}}, {{LOCATION:Hollis}} {{ZIP:03049}}. phone {{PHONE:603-555-0144}}
BOT: Thanks. Request #{{ID:RR-770214}} sent to Dr. {{NAME:Beaulieu}}. Allow 2 business days.
USER: ok. this is {{NAME:Yvette}} btw not my dad, i do his meds, hes {{NAME:Lucien Gagnon}}
BOT: Thanks, {{NAME:Yvette}}. A staff member will verify you are a listed proxy.
[staff {{DATE:9/23/24}} {{NAME:npb}}: {{NAME:Yvette Gagnon-Roy}} is listed proxy (form {{DATE:4/19/2022}}); pt {{NAME:Lucien Gagnon}} MRN {{MRN:LC-0077125}}; refills sent.]`,
  `DIABETES CAMP MEDICAL FORM - {{FACILITY:Camp Firefly Hollow}} (T1D camp)
Camper: {{NAME:Noah Benyamin Haddad}}   DOB {{DATE:01/22/2013}}   Session {{DATE:July 14-20, 2024}}   Cabin 7
Endocrinologist: Dr. {{NAME:Leila Farouk}}, {{FACILITY:Children's Diabetes Clinic of Dearborn}}, {{PHONE:313-555-0118}}, fax {{FAX:313-555-0119}}
Parents: {{NAME:Samir Haddad}} {{PHONE:313-555-0190}}; {{NAME:Rima Haddad}} {{PHONE:313-555-0191}}, {{EMAIL:rima.haddad@cedarpost.net}}
Pump: tubeless patch pump, PDM serial {{DEVICE:PDM-7720-41185}}; CGM transmitter {{DEVICE:8KLM22}}; backup pens sent.
Settings: basal 0.6 u/h 0000-0600, 0.75 u/h 0600-2400 (total ~16.9 u); ICR 1:12 breakfast, 1:15 other; ISF 1:45; target 120. 
Last A1c 7.1% ({{DATE:5/30/24}}). Hypo hx: 1 severe (glucagon) {{DATE:Jan 2023}} at school ({{FACILITY:Maple Rouge Intermediate}}).
Home: {{ADDRESS:6721 Chase Rd}}, {{LOCATION:Dearborn}} MI {{ZIP:48126}}.
Camp MD review: Dr. {{NAME:P. Whitehorse}} {{DATE:7/1/24}} - ok.`,
  `Secure message from caseworker (foster care)
From: {{NAME:Latoya Brinkley-Shaw}}, MSW, {{FACILITY:Buckeye Hearth Foster Care Network}}   {{EMAIL:lbrinkley@buckeyehearth.org}}   desk {{PHONE:(740) 555-0135}}
Sent {{DATE:08/19/2024 3:47 PM}}   Re: child {{NAME:K.J. Whitmore}} (DOB {{DATE:02/26/2019}}), agency case # {{ID:24-JC-008813}}

Dr. {{NAME:Esposito}},
{{NAME:Kendrick}} ("K.J.") was placed on {{DATE:8/16}} with licensed foster parents {{NAME:Ray}} and {{NAME:Bonnie Lutz}}, {{ADDRESS:512 Bellefontaine Ave}}, {{LOCATION:Marion}} {{ZIP:43302}}, {{PHONE:740-555-0136}}. Per policy he needs an initial health screen within 5 days - can you see him this week? Bio mom ({{NAME:Tiana Whitmore}}) keeps medical rights for now; no contact with bio dad ({{NAME:D. Fuller}}) per court order {{DATE:8/15/24}}.
Known: asthma (uses albuterol), last seen at {{FACILITY:Grand Prairie Health Center}} {{DATE:Jan 2024}}. Medicaid ID {{HEALTH_PLAN:904417728361}}. He starts pre-K at {{FACILITY:Olentangy Bend Early Learning Center}} {{DATE:Aug 26}}.
Thank you,
{{NAME:Latoya}}

Staff: appt {{DATE:Wed 8/21}} 1:20 pm w/ Dr. {{NAME:Esposito}}; records requested from {{FACILITY:Grand Prairie}} by fax {{FAX:740-555-0139}}. /{{NAME:RT}}`,
  `GROUP MEDICAL VISIT (VIDEO) - WEIGHT MANAGEMENT, SESSION 4 OF 8
{{FACILITY:Bluewater Lifestyle Medicine}}   {{DATE:03/21/2024}} 17:30-19:00   Facilitators: Dr. {{NAME:Anita Rao-Whitman}}, {{NAME:Kofi Mensah}} RD
Link: {{URL:https://bluewaterlm.org/group/wm-spring24}}   Confidentiality agreement re-read; participants use first names only.
Participants (8): {{NAME:Brenda}} ({{MRN:BLM-1101}}), {{NAME:Hector}} ({{MRN:BLM-1107}}), {{NAME:Ngoc}} ({{MRN:BLM-1112}}), {{NAME:Sharon}} ({{MRN:BLM-1115}}), {{NAME:Abdul}} ({{MRN:BLM-1120}}), {{NAME:Kim}} ({{MRN:BLM-1121}}), {{NAME:Pauline}} ({{MRN:BLM-1130}}), {{NAME:Trey}} ({{MRN:BLM-1133}}).
Topic: eating out + label reading. Avg wt change since session 1: -2.8%.
Individual notes: {{NAME:Hector}} - joined from truck cab at work site (audio only), GI upset on semaglutide 0.5 mg, advised small meals. {{NAME:Ngoc}} - BP 138/86 home, on lisinopril 10. {{NAME:Pauline}} ({{AGE:90}}) - niece {{NAME:Rosalie}} helped connect, wt stable, fall risk discussed; no caloric restriction.
Next session {{DATE:3/28}} same link. 99078 x8.`,
  `ONCOLOGY TRIAGE LINE - FEBRILE PATIENT ON CHEMO
CALL {{DATE:02/17/2024 01:22}}   TRIAGE RN: {{NAME:HUANG, WEI-LIN}}
PT: {{NAME:CORDELIA ABERNETHY-NGATA}}   DOB {{DATE:04/12/1962}}   MRN {{MRN:CCI-3320918}}
ONCOLOGIST: DR. {{NAME:EMEKA NWOSU}}, {{FACILITY:CASCADE CANCER INSTITUTE}}
REGIMEN: DOSE-DENSE AC C3D8, LAST CHEMO {{DATE:2/9/24}}, PEG-FILGRASTIM ON-BODY INJECTOR SN {{DEVICE:OBI-44102-77}}
CALLER: HUSBAND {{NAME:TANE NGATA}}, {{PHONE:(360) 555-0125}}
TEMP 101.3 ORAL X2 30 MIN APART, CHILLS, NO CP/SOB, NO DIARRHEA. PORT SITE R CHEST NOT RED (PORT SN {{DEVICE:PWR-8F-22301844}}).
DISPOSITION: FEBRILE NEUTROPENIA PROTOCOL - ED NOW, DO NOT WAIT FOR AM. NOTIFIED {{FACILITY:ST. HELENS VALLEY ED}} CHARGE RN {{NAME:MARCO}} ({{PHONE:360-555-0126}}); CHEMO CARD + "NEUTROPENIC" ALERT.
PT LIVES {{ADDRESS:1930 OLD PACIFIC HWY}}, {{LOCATION:KALAMA}} WA {{ZIP:98625}} - 25 MIN TO ED.
ON-CALL DR. {{NAME:LOWENTHAL}} PAGED 01:30, AGREES. F/U CALL {{DATE:2/17/24 09:00}}: ADMITTED, ANC 210.`,
  `portal msg - {{DATE:jul 12 2024 2:02pm}}
from: {{NAME:brianna st. clair}} mrn {{MRN:PFM-902277}}

ok so i left my whole pill bag at the airbnb in {{LOCATION:asheville}} and im already home in {{LOCATION:charlotte}}... the host ({{NAME:Gwen}}) said she'll mail it but it wont be here till monday. i need my lamotrigine 150 tonight and tmrw morning, i cant miss it (seizures). can you call something into the {{FACILITY:eastway drug}}? no wait the {{FACILITY:plaza midwood pharmacy}} on {{ADDRESS:1515 Central Ave}}, they're open til 9. their # {{PHONE:704-555-0112}}.
also my insurance changed {{DATE:7/1}} to my husbands plan thru {{FACILITY:queen city hvac}}, new id {{HEALTH_PLAN:QCH-80012293}}. 
text me {{PHONE:704 555 0193}}!!!! thank u

reply {{DATE:7/12/24 2:35pm}} dr. {{NAME:ogunbanjo}}: sent lamotrigine 150 mg #6 (3-day bridge) to {{FACILITY:Plaza Midwood Pharmacy}}. Do not skip doses. Updated insurance. - {{NAME:T. Ogunbanjo}}, MD`,
  `RECORDS REQUEST - received by email, logged {{DATE:04/09/2024}}
From: {{NAME:Penelope Strand}}, paralegal, {{FACILITY:Hargrove & Mbatha LLP}} <{{EMAIL:pstrand@hargrovembatha-law.com}}>
Re: Our client {{NAME:Victor Anaya-Lund}}, DOB {{DATE:11/23/1969}}, DOI {{DATE:01/05/2024}} (MVC, {{ADDRESS:I-35W at exit 62}})
Request: all records, imaging, bills from {{DATE:1/5/2024}} to present, including telehealth recordings if any.
HIPAA authorization signed by client {{DATE:3/29/2024}}, expires {{DATE:3/29/2025}}. Auto carrier claim # {{ID:ALC-TX-55-0981233}}.
Our file # {{ID:HM-24-0412}}. Send to {{FAX:(817) 555-0160}} or portal {{URL:https://records.hargrovembatha-law.com/upload/HM-24-0412}}.

HIM note ({{NAME:Dwayne Pettigrew}}, RHIT): pt MRN {{MRN:TWH-4408812}}, acct {{ACCOUNT:V00219847}}. Telehealth visits are not recorded per policy. Released 46 pages + CD of CT imaging via secure upload {{DATE:4/12/24}}; invoice {{ACCOUNT:INV-24-01772}} $38.50.`,
  `TELEPSYCHIATRY - MEDICATION MANAGEMENT
Patient: {{NAME:Ahanu Redcloud}}   DOB {{DATE:06/06/1999}}   MRN {{MRN:IHS-0073418}}   Visit {{DATE:11/13/2023}}
Originating site: {{FACILITY:Pine Ridge Wellness Center}} exam room 2, {{LOCATION:Kyle}}; presenter {{NAME:Winona Two Bulls}}, CHR
Distant site: {{NAME:Jonah Feldstein}}, MD, {{FACILITY:Black Hills Behavioral Telehealth}}, {{LOCATION:Rapid City}}
Connection: site codec IP {{IP:172.16.40.22}} to hub {{IP:198.51.100.73}}; no drops.
S: sleeping 6-7 h (was 3-4). Nightmares 1-2/wk on prazosin 3 mg. No alcohol x 41 days - attending talking circle with elder {{NAME:Marvin Iron Shell}}. Works at {{FACILITY:Lakota Plains Lumber}}.
MSE: calm, euthymic, future-oriented. C-SSRS screen negative.
PCL-5: 38 (was 55 on {{DATE:8/14/23}}).
A/P: PTSD improving; AUD early remission. Increase prazosin to 4 mg qhs; sertraline 150 mg continue. Naltrexone 50 mg daily continue; LFTs {{DATE:12/1}}. Next telepsych {{DATE:12/18/23 1 pm}}. Crisis: 988 / site CHR {{PHONE:605-555-0121}}.`,
  `secure text thread (on-call app) - exported to chart
{{DATE:5/18/24}}  on-call: dr {{NAME:reuben okafor-stein}} ({{FACILITY:hillcrest family docs}})
[21:14] {{NAME:tessa}} (RN, {{FACILITY:lakeside snf}}): hi dr, pt {{NAME:vernon gillespie}} rm 118, 84yo, new cough + temp 100.9, o2 93% ra. covid swab neg, flu neg. lungs w/ crackles RLL per me. family (daughter {{NAME:paula}}) wants abx not ER.
[21:19] dr: thanks. any vomiting/choking w/ meals? he had the stroke in feb
[21:20] {{NAME:tessa}}: yes SLP saw him {{DATE:5/15}}, on nectar thick. coughed at dinner
[21:24] dr: likely aspiration pna. amox-clav 875 bid x7d, cxr in am (mobile xray co. {{FACILITY:PortaRad Imaging}}), cbc/bmp. call if sbp<90, o2<90 on 2L. i'll call {{NAME:paula}} now - # ?
[21:25] {{NAME:tessa}}: {{PHONE:208-555-0147}}, she's in {{LOCATION:coeur d'alene}}
[21:41] dr: spoke to {{NAME:paula gillespie-root}}, agrees w/ plan, confirmed DNR/DNI, POST form {{DATE:3/2/24}}.
pt dob {{DATE:10/04/1939}}, mrn {{MRN:HFD-017733}}. snf: {{FACILITY:Lakeside Care & Rehab}}, {{ADDRESS:610 E Lakeshore Dr}}, {{LOCATION:Sandpoint}}.`,
  `Smart Inhaler Remote Monitoring Summary
Program: home asthma outreach at {{FACILITY:Mound City Children's Asthma Clinic}}
Child: {{NAME:Kiara Washington-Bey}}   DOB {{DATE:10-10-2014}}   MRN {{MRN:MCA-449012}}
Sensors: controller (budesonide/formoterol 80/4.5) sensor SN {{DEVICE:SI-C-0081442}}; rescue (albuterol) sensor SN {{DEVICE:SI-R-0081443}}; synced to mom's phone
Period {{DATE:Apr 1}} - {{DATE:Apr 30, 2024}}: controller adherence 54% (missed most weekends at dad's). Rescue puffs 31; night use 9 nights; cluster {{DATE:4/20}}-{{DATE:4/22}} (pollen + fireworks? per mom).
Outreach: CHW {{NAME:Dorian Banks}} home visit {{DATE:5/2/24}} at {{ADDRESS:4127 Labadie Ave}}, {{LOCATION:St. Louis}} {{ZIP:63115}} - found mold in bathroom, referred to landlord + city; HEPA filter delivered. Dad ({{NAME:Marcus Bey}}, {{PHONE:314-555-0124}}) given second controller for his home in {{LOCATION:Florissant}}.
School nurse at {{FACILITY:Penrose Hollow Elementary}} (Mrs. {{NAME:Oduya}}) keeps rescue inhaler only at school.
MD: Dr. {{NAME:Harlan Whitestone}}. Next review {{DATE:6/1}}.`,
  `Telehealth visit - identity verification + note
{{DATE:01/08/2025 13:00}} | Dr. {{NAME:Miriam Adeyinka-Hoffman}}, {{FACILITY:Bramble Park Internal Medicine}}
13:02 pt joined as "{{NAME:J Martinez}}" from IP {{IP:71.198.4.230}}. Two-identifier check: name + DOB given as {{NAME:Javier Martínez}}, {{DATE:4/1/1983}} - did NOT match scheduled pt ({{NAME:Jorge A. Martinez}}, DOB {{DATE:9/12/1961}}, MRN {{MRN:BPI-228104}}). Wrong link sent by scheduler ({{NAME:kb}}). {{NAME:Javier}} is a different patient, MRN {{MRN:BPI-660192}}, scheduled {{DATE:1/10}}. Ended call, incident report {{ID:IR-2025-0031}}.
13:10 correct pt {{NAME:Jorge Martinez}} joined via new link {{URL:https://bpim.televisit.org/s/JAM-1961}}, IP {{IP:107.77.229.14}}, confirmed name/DOB and address {{ADDRESS:1402 Calle Cuarta}}, {{LOCATION:Laredo}} {{ZIP:78043}}.
S: f/u gout. 1 flare in Dec (R 1st MTP), colchicine helped. On allopurinol 200 mg. Works at {{FACILITY:Rio Bravo Customs Brokerage}}, desk job.
A/P: uric acid 7.4 ({{DATE:12/20/24}}); increase allopurinol to 300 mg, goal <6. Repeat in 6 wk at lab. Pt prefers calls to wife {{NAME:Leticia}} {{PHONE:956-555-0166}}.`,
  `NURSE TRIAGE - ANIMAL BITE
{{DATE:6/22/2024 17:35}} | RN {{NAME:Siobhan Kearney}} | Caller: pt {{NAME:Dimitri Papadakis}} (DOB {{DATE:3/15/1990}}), {{PHONE:(978) 555-0167}}
Bitten on R forearm ~16:45 by neighbor's dog while jogging on {{ADDRESS:Andover St near #212}}, {{LOCATION:Tewksbury}}. Two puncture wounds, bleeding stopped with pressure. Dog is a 3 yo shepherd mix, owner Mrs. {{NAME:Carla Benning}}, {{ADDRESS:214 Andover St}}; owner says rabies vaccinated ({{FACILITY:Tewksbury Animal Hospital}} tag # {{ID:R-22-0418}}).
Last tetanus unknown ("maybe college").
Protocol: Animal Bite (adult). Disposition: see within 4 h - punctures, possible Tdap, abx prophylaxis.
Sent to {{FACILITY:Merrimack Walk-In Clinic}}, {{ADDRESS:1890 Main St}}. Advised to report to animal control; report # {{ID:AC-24-1187}} given by pt. Dog quarantine 10 days at owner's home.
Pt works at {{FACILITY:Wamesit Robotics}}; asks for work note.`,
  `HEARING AID REMOTE FITTING - AUDIOLOGY
Pt: {{NAME:Ferdinand Liebowitz}}   {{AGE:95}} y/o M   MRN {{MRN:SA-0040917}}   DOS {{DATE:9/17/2024}}
Audiologist: {{NAME:Priscilla Tanaka-Moore}}, AuD, {{FACILITY:Sound Harbor Audiology}}
Devices: RIC hearing aids, L serial {{DEVICE:2241A0917L}}, R serial {{DEVICE:2241A0918R}}; streamed via app on grandson's phone ("{{NAME:Ben}}'s Pixel"), session IP {{IP:66.31.122.7}}.
Grandson {{NAME:Benjamin Liebowitz-Grant}} assisted; pt at home, {{ADDRESS:45 Linnaean St, Apt 9C}}, {{LOCATION:Cambridge}} MA {{ZIP:02138}}.
Complaints: can't hear at synagogue ({{FACILITY:Congregation Ohev Kesher}}) and on phone; own voice "boomy."
Adjustments: reduced low-frequency gain 4 dB both sides; added "Speech in noise" program 2; telecoil program 3 for phone; occlusion addressed with vented dome.
Rx by ENT Dr. {{NAME:Okwuosa}} ({{DATE:7/2/24}}). Warranty through {{DATE:08/2027}}.
Next remote check {{DATE:10/1}}; in-person clean and check {{DATE:Dec 3}}.`,
  `ANSWERING SERVICE - HOME INFUSION
{{FACILITY:APEX ROCK HOME INFUSION}}   MSG {{ID:77-2013}}   {{DATE:THU 01/18/2024 22:07}}   OPR {{NAME:JR}}
CALLER: {{NAME:BEATRIZ SALGADO}} (PT)   CB {{PHONE:(559) 555-0148}}
PUMP: ELECTRONIC AMBULATORY PUMP SN {{DEVICE:EAP-4471-9022}} (RENTAL TAG {{DEVICE:ARHI-00882}})
MSG: "PUMP IS BEEPING SAYS DOWNSTREAM OCCLUSION." ON ERTAPENEM 1 G Q24H VIA PICC L ARM FOR OSTEOMYELITIS, DOSE HANGS AT 21:00.
PAGED ON-CALL RN {{NAME:TOMAS AGUIRRE-BLAKE}} 22:08. RN CALLBACK 22:15: CLAMP WAS CLOSED ON EXTENSION; OPENED, FLUSHED 10 ML NS, INFUSING. PICC NO SWELLING.
NEXT NURSE VISIT {{DATE:MON 1/22}} DRESSING CHANGE AT HOME {{ADDRESS:3388 E SHIELDS AVE, APT 21}}, {{LOCATION:FRESNO}} {{ZIP:93726}}.
ID PHYSICIAN DR. {{NAME:KHATRI}} NOTIFIED BY FAX {{FAX:559-555-0149}}.`,
  `Billing chat assistant - transcript
{{DATE:03/14/2024 12:31:08}} | {{FACILITY:Thornbury Regional Health}} patient billing | session {{ID:BC-998124}} | IP {{IP:97.113.58.201}}
Bot: Hi! I can help with bills and payment plans. Please enter your guarantor account number.
User: {{ACCOUNT:GT-40018827}}
Bot: Thanks. Please verify the patient's date of birth.
User: {{DATE:12/12/1955}}. its for my mom {{NAME:Josephine Castellanos}}, im {{NAME:Rita}}
Bot: Balance is $1,842.16 for the visit on {{DATE:January 29, 2024}} (hospital account {{ACCOUNT:HA-7720193}}). Medicare paid; secondary (member {{HEALTH_PLAN:MSP-55201983-11}}) pending.
User: can we do payments, she's on a fixed income. she lives with me now at {{ADDRESS:1760 Ponderosa Way}}, {{LOCATION:Prescott}}
Bot: You qualify for a 12-month plan of $153.51/month, no interest. Confirmation {{ID:PP-33019}}. Statements will go to {{EMAIL:rita.castellanos.az@mailhaven.net}}.
User: perfect thanks
[agent {{NAME:N. Okeke}} {{DATE:3/14/24}}: address updated; financial assistance application sent.]`,
  `Email forwarded by patient to chart ({{DATE:Oct 30, 2023}})
From: {{NAME:Maricel Dizon-Aquino}} <{{EMAIL:maricel.dizon@pinoymail.ph}}>
To: {{NAME:Rogelio Dizon}} <{{EMAIL:roger.dizon1958@mailhaven.net}}>
Date: {{DATE:Sun, 29 Oct 2023 21:14 +0800}}
Subject: papa's medicines

Kuya {{NAME:Roger}}, here is the list from Dr. {{NAME:Santos-Uy}} at {{FACILITY:St. Lorenzo Medical Center}} in {{LOCATION:Quezon City}} after papa's admission ({{DATE:Oct 20-26}}): clopidogrel 75, atorvastatin 80, metoprolol 50 bid, losartan 50. He will fly to you in {{LOCATION:Daly City}} on {{DATE:Nov 5}} and stay 3 months. His name on passport {{NAME:Florencio Dizon}}, born {{DATE:2 Feb 1934}}.
Please bring him to your doctor soon.
Ate {{NAME:Maricel}}

[RN note {{DATE:10/30/23}}, {{NAME:A. Pham}}: son requests new-pt visit for father, 89 y/o. Scheduled {{DATE:11/8}} w/ Dr. {{NAME:Kovacs}}. Son's cell {{PHONE:650-555-0184}}.]`,
  `PREPARTICIPATION PHYSICAL EVALUATION - ATHLETE FORM
SCHOOL: {{FACILITY:BIG HORN VALLEY HIGH SCHOOL}}   SPORT(S): WRESTLING, TRACK   GRADE 11
NAME: {{NAME:TUCKER JAMES BRAVE-HEART}}   DOB: {{DATE:01/30/2008}}   AGE 16   SEX M
PARENT: {{NAME:LORENA BRAVE-HEART}}   PHONE: {{PHONE:307-555-0158}}   ADDRESS: {{ADDRESS:PO BOX 221}}, {{LOCATION:LANDER}} WY {{ZIP:82520}}
HISTORY: ANY FAINTING WITH EXERCISE? NO. FAMILY HX SUDDEN DEATH <50? NO. CONCUSSIONS: 1 ({{DATE:NOV 2022}}). SKIN: HX HSV GLADIATORUM {{DATE:1/2023}} - VALACYCLOVIR PROPHYLAXIS DURING SEASON.
EXAM: HT 5'9", WT 152 LB, BP 118/70, HR 58. VISION 20/20 OU. MARFAN SCREEN NEG. MURMUR NONE (SUPINE/STANDING). SKIN CLEAR TODAY.
CLEARANCE: CLEARED FOR ALL SPORTS WITHOUT RESTRICTION. WEIGHT CERTIFICATION PER STATE ASSOCIATION ON FILE.
EXAMINER: {{NAME:HOLLY WIND RIVER-GRANT}}, PA-C, {{FACILITY:FREMONT COUNTY FAMILY CLINIC}}   LICENSE {{LICENSE:PA-1187}}   DATE {{DATE:08/02/2024}}
OFFICE PH {{PHONE:307-555-0159}}   FAX {{FAX:307-555-0160}}
ATHLETIC TRAINER COPY SENT TO {{EMAIL:ATHLETICS@BIGHORNVALLEYHS.ORG}} BY {{NAME:CM}} {{DATE:8/2/24}}.`,
  `Telehealth wound consult - skilled nursing
Date {{DATE:12/05/2023}} | Wound specialist: {{NAME:Adebola Fashola}}, MSN, CWOCN, {{FACILITY:Tri-County Wound Telehealth}}
Resident: {{NAME:Mildred Oyelaran-Pike}} | {{AGE:97}} y/o F | Facility MRN {{MRN:RVH-22871}} | {{FACILITY:Rosewood Village Health Center}}, hall B, room 14
Bedside: {{NAME:Jasmine}} (LPN) on cart tablet; link {{URL:https://tcwound.care/v/rvh-1205}}, IP {{IP:10.8.30.115}}
Wound: sacral stage 3 pressure injury, 4.2 x 3.1 x 0.6 cm, 30% slough, moderate serous drainage, no odor, periwound macerated. Measured on camera w/ ruler. Images stored to chart (wound only, no face).
Prior: stage 2 on {{DATE:11/14}}; worse after 3 days in bed with flu ({{DATE:11/20}}-{{DATE:11/23}}).
Plan: low air loss mattress (order via {{FACILITY:Keystone Medical Supply}}, {{PHONE:717-555-0179}}); turn q2h; calcium alginate + foam border, change daily + prn; protein supplement BID; dietitian {{NAME:R. Gutierrez}} to see. Weekly tele-recheck {{DATE:Tue 12/12}}. Son {{NAME:Edwin Pike}} updated at {{PHONE:717-555-0180}}.`,
  `refill request - denied (msg to pt)
sent {{DATE:2/20/2024 4:44 PM}} via portal to {{NAME:tyrell o'brien-mensah}} (mrn {{MRN:HC-339021}}) from {{NAME:gabriela fontaine}}, rn for dr {{NAME:novak}}

hi {{NAME:tyrell}}, we got the refill request from {{FACILITY:eastgate pharmacy}} ({{PHONE:216-555-0171}}) for your lisinopril 20 mg. dr {{NAME:novak}} can't refill it again until you're seen - your last visit was {{DATE:jan 12 2023}} and your last bmp was {{DATE:1/9/23}}. she sent a 30 day bridge (no refills) today. pls book with us before {{DATE:march 20th}}. we have openings {{DATE:thurs 2/29}} 10:40 or {{DATE:fri 3/1}} 2:15, or use the link {{URL:https://hcfm-portal.org/sched?d=novak}}. if cost is why you skipped, our social worker mr. {{NAME:adeyemi}} ({{PHONE:216-555-0172}}) can help, and {{FACILITY:lakeshore free clinic}} has labs.
thanks, {{NAME:gabby}}

pt reply {{DATE:2/20/24 9:02 PM}}: ok sorry been working doubles at {{FACILITY:Cuyahoga Bend Steel}}. ill take fri 2:15`,
  `Caregiver message - hospice DME
From {{NAME:Consuelo Marroquín}} (daughter of pt {{NAME:Arturo Marroquín}}, MRN {{MRN:SGH-00441}}) via text to hospice line {{PHONE:(915) 555-0150}}
{{DATE:8/8/24 07:55}}: good morning, the bed guy from {{FACILITY:Sun City Medical Equipment}} came yesterday but the air mattress motor is making a clicking noise all night and papa could not sleep. the bed has a sticker SN {{DEVICE:HB-22-04418}} and the pump SN {{DEVICE:LAP-7731-0029}}. also we need the oxygen concentrator moved to his room, it's still in the garage. we are at {{ADDRESS:10245 Dyer St, Space 17}}, {{LOCATION:El Paso}} {{ZIP:79924}}. my cell {{PHONE:915-555-0151}}, my brother {{NAME:Beto}} {{PHONE:915-555-0152}}.
Hospice RN {{NAME:Gloria Ybarra}} reply 08:20: I called {{FACILITY:Sun City Medical Equipment}} (ticket {{ID:SCM-58812}}), tech {{NAME:Ramiro}} will swap the pump before noon. Concentrator 2 L NC; I'll visit at 1 pm and check his morphine 5 mg q2h prn use. Chaplain visit {{DATE:Friday 8/9}}.`,
  `ASL VIDEO INTERPRETING - TELEHEALTH VISIT NOTE
DOS: {{DATE:10/10/2024}}   Provider: {{NAME:Olamide Ajayi}}, MD, {{FACILITY:Kingman Park Primary Care}}
Patient: {{NAME:Rebecca "Becca" Steinmetz}}   DOB {{DATE:3-8-1987}}   MRN {{MRN:GPP-771042}}   Deaf, ASL primary
Interpreter: {{NAME:Corey Blackfeather}}, CDI, via {{FACILITY:Signbridge Interpreting}} (job # {{ID:SB-441903}}), 3-way video.
Pt contact: videophone {{PHONE:202-555-0132}} (VRS), text only {{PHONE:202-555-0133}}, email {{EMAIL:becca.steinmetz@handsmail.org}}
Pt joined from work ({{FACILITY:Anacostia River Print Shop}}) break room on laptop, IP {{IP:73.163.208.44}}; moved to private office.
CC: 2 wk of heartburn, worse lying down, no dysphagia, no weight loss, no melena. Ibuprofen daily for back pain.
A/P: GERD likely NSAID-related. Stop ibuprofen, acetaminophen instead; omeprazole 20 mg daily x8 wk. H. pylori stool Ag at {{FACILITY:Capitol Diagnostics}}. F/u video {{DATE:Nov 21}} with interpreter pre-booked.`,
  `Patient portal - feedback/complaint (routed to patient relations)
From: {{NAME:Harriet Vandermolen}} (MRN {{MRN:0019-44827}})   Sent {{DATE:Monday, 9/9/2024 11:26 AM}}

To whom it may concern, I waited 55 minutes in the lobby at your {{LOCATION:Zeeland}} office ({{ADDRESS:301 E Main Ave}}) on {{DATE:Sept 5}} for my 9:15 appointment with Dr. {{NAME:Kuipers}}. The front desk girl ({{NAME:Brittany}}?) said "he's behind" and nothing else. Then the nurse {{NAME:Jorge}} was very kind, I want that known. But I had to leave by 10:30 to get to my shift at {{FACILITY:Black River Furniture Works}}, so I left without being seen and now I am out of my metoprolol. Please have someone call me at {{PHONE:(616) 555-0129}} (home) - not my daughter's number ({{PHONE:616-555-0130}}), which is still on my chart from when I lived at {{ADDRESS:88 Cherry St, Apt 2}} in {{LOCATION:Holland}}.
{{NAME:Harriet Vandermolen}}

Patient relations ({{NAME:D. Bosma}}), {{DATE:9/10/24}}: apologized by phone; Dr. {{NAME:Kuipers}} sent 30-day metoprolol to {{FACILITY:Zeeland Main Street Pharmacy}}; rescheduled {{DATE:9/12}} 8:00, first slot. Contact numbers corrected; compliment for {{NAME:Jorge Villalpando}}, LPN, forwarded to manager.`,
];

export const HELDOUT_REALISTIC_51_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout51-${i + 1}`, n));
