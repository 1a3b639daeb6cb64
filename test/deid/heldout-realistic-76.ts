// A seventy-sixth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties appear only as places). It leans towards digital health and telehealth: patient
// portal message threads, secure chats between staff, video-visit notes carrying meeting links,
// meeting IDs and the patient's IP address, remote patient monitoring logs (CGM, Bluetooth BP cuffs,
// cellular scales, pulse oximeters, pacemaker, ICD and loop-recorder remote checks) with device
// serials, IMEIs and MAC addresses, app-generated weekly summaries, e-mails between patients and
// staff, e-consent audit records with IP and device identifiers, photo uploads (profile and ID-check
// selfies by file name, wound and rash photos without one), voiceprint, fingerprint and face-template
// login records, patient-facing SMS reminder logs, and help-desk tickets carrying PHI. Look-alikes
// that are not PHI sit next to them: device brands and models (Dexcom G7, Libre 3, Omron, Withings,
// CareLink, Merlin.net), app and firmware versions, browser strings, RPM and remote-interrogation
// CPT codes (99453, 99454, 99457, 99458, 93296), ICD-10 codes, error codes, passcodes and one-time
// codes, readings and scores, eponyms (Foley, Holter, Wenckebach, Bell's palsy), clock times,
// weekdays and years alone, and ages of 89 and under.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles,
// honorifics and kin terms outside NAME spans; a month/day without a year is a DATE; a time
// attached to a date with a year is inside its span; a weekday written with a date is part of it;
// payers and state or federal agencies are not PHI; pharmacies, labs, DME suppliers, schools and
// employers are FACILITY; member numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT;
// NPI, DEA and state or driver's licences are LICENSE; plates and VINs are VEHICLE; implant and
// monitor serials are DEVICE; order, case and reference numbers are ID; an age over 89 is AGE
// however it is written; first names, nicknames, last names and initials standing for a person
// are NAME).
// Added for this set: every web address is URL wherever it appears, the clinic's own portal and
// help pages included, and a video link is one URL span with its query string; a meeting ID,
// message or thread number, ticket number, session ID, e-consent record ID, upload ID of a non-face
// file, a prescription (Rx) number and a portal or app login username are ID (a chat display handle
// made from a person's name, such as jdoe_rn, is NAME), while a passcode, PIN, verification or
// one-time code is not PHI; IPv4 and IPv6 addresses, private ones included, are IP, and a port
// after the address stays outside the span (198.51.100.7:443 -> [198.51.100.7]:443); serials of CGM
// sensors and transmitters, cuffs, scales, oximeters, cellular hubs, pacemakers, ICDs and loop
// recorders, a phone's IMEI, a MAC address and an app's device or install ID are DEVICE, while
// model names and numbers, firmware and app versions, kiosks, carts and a facility's shared tablets
// are not; a Canadian province, like a state, is not PHI; a date-time stamp is one DATE span
// including its seconds and a Z or numeric UTC offset written onto it (2024-03-14T09:12:44Z, or an
// e-mail header's "21:14:06 -0500"), while a time-zone word after it (EST, CT, UTC) stays outside;
// a month named alone (in Sept, for July) is not PHI, while a month with a year (March 2024) is a
// DATE; the last four digits of an SSN are SSN and the last four of a payment card are ACCOUNT; a
// file name or upload reference of a face photo (profile picture, ID-check selfie, scanned photo
// ID) is PHOTO, and wound, rash, meal and meter-screen photos are not annotated; a voiceprint,
// fingerprint, face-template or palm-vein enrollment or template ID is BIOMETRIC, while the words
// Face ID, Touch ID or voice login alone are not; an e-mail address is EMAIL whoever owns it,
// shared clinic inboxes and no-reply senders included; device makers, telehealth platforms and app
// names (Zoom, Doxy.me, MyChart-style portal names) are not PHI, while an invented
// remote-monitoring centre or call centre that acts as a place of care is FACILITY.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9706 / 0.9541; pass-17 engine (f7e06df, whose rules were made from sets 67-72 without this set)
// 0.9706 / 0.9541. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `PATIENT PORTAL - MESSAGE THREAD #{{ID:MT-20931847}}
From: {{NAME:Rosalind Okafor-Baptiste}} (DOB {{DATE:07/22/1958}}, MRN {{MRN:004471829}})
To: {{FACILITY:Tamarack Valley Internal Medicine}} - Nurse Pool
Sent: {{DATE:Mon 03/11/2024 06:47 AM}}
Subject: bp readings still high??

Hi Dr {{NAME:Villanueva}}, my home cuff (Omron, serial {{DEVICE:20230814OM55127}}) has been reading 150s/90s every morning since we bumped the lisinopril to 20 mg on {{DATE:2/26}}. Last 3: 154/92, 149/88, 158/95. I feel ok, no headache, no chest pain. Should I go up to 40? My pharmacy is {{FACILITY:Brightwell Pharmacy}} on {{ADDRESS:1187 Larkspur Ave}}, {{LOCATION:Sandpoint}} {{ZIP:83864}} if you send something.
Thanks, {{NAME:Roz}}

---
Re: bp readings still high??   {{DATE:03/11/2024 11:02}}
{{NAME:Roz}} - thanks for sending. Dr. {{NAME:Villanueva}} reviewed: increase lisinopril to 40 mg daily, BMP in 1 wk (order {{ID:ORD-5571203}}). Keep logging in the app; readings sync to your chart automatically. Call {{PHONE:(208) 555-0163}} if BP >180/110 or any chest pain, vision change, weakness.
- {{NAME:Kelsey Duarte}}, RN`,

  `TELEHEALTH VIDEO VISIT NOTE
Patient: {{NAME:Tuyet Nhung Pham}}   MRN: {{MRN:88-310-4472}}   DOB: {{DATE:1949-11-03}}
Visit date: {{DATE:04/02/2024}}  start 14:05  end 14:31  (99214-95)
Platform: Zoom. Link: {{URL:https://caldwellridge.zoom.us/j/93418827115?pwd=QmF4ZkR2Tk1pL0x}}  Meeting ID {{ID:934 1882 7115}}  passcode 662190
Pt location: home, {{ADDRESS:4420 S Quillen Rd}}, {{LOCATION:Spokane Valley}}, WA {{ZIP:99206}}. Provider location: {{FACILITY:Caldwell Ridge Health - Northside Clinic}}.
Connection log: pt IP {{IP:73.221.148.90}}, iPad (iPadOS 17.3), audio dropped x2, rejoined from {{IP:2601:602:c47f:1a20::4e}}.
Consent for telehealth obtained verbally; daughter {{NAME:Lan Pham-Whitaker}} present, held the camera.
S: 74 yo F f/u DM2 + HTN. Libre 3 data reviewed: TIR 71%, GMI 7.0%, no lows <54. Mild neuropathy feet, no wounds per daughter (showed soles on camera).
O: visual only. Home BP 132/78, wt 58.2 kg on home scale.
A/P: E11.65 - continue metformin 1000 mg bid, jardiance 10. I10 - stable. Monofilament at next in-person. Labs at {{FACILITY:Caldwell Ridge Northside Lab}} before RTC 3 mo.
e-signed {{NAME:Imran Qureshi}}, MD  {{DATE:04/02/2024 14:44}}`,

  `RPM - CGM ALERT LOG   program: {{FACILITY:Northfold Endocrine Clinic}} Remote Monitoring
pt: {{NAME:DESHAWN MARCELLUS TIBBS}}   mrn {{MRN:E2209381}}   dob {{DATE:12-09-2006}}
device: Dexcom G7, sensor SN {{DEVICE:3MH0H7X2LQ}}; display = pt phone (Pixel 7) IMEI {{DEVICE:356938035643809}}
follower: mom {{NAME:Ayesha Tibbs}}  {{PHONE:404-555-0187}}

{{DATE:2024-05-14 02:18}}  URGENT LOW 51 mg/dL -> auto SMS to follower
{{DATE:2024-05-14 02:31}}  61 ↑  mom replied "gave 4 glucose tabs"
{{DATE:2024-05-14 07:50}}  HIGH 312 ↑↑ (breakfast, missed bolus per pt)
{{DATE:05/15/24 23:40}}  signal loss 3h10m
{{DATE:05/16/24 03:05}}  sensor error, new sensor SN {{DEVICE:3MH0J11B7T}} placed 07:15

reviewed {{DATE:5/16}} by {{NAME:M. Abernathy}}, CDCES - called mom, Lantus 18u -> 16u per Dr {{NAME:Szymanski}}. School nurse at {{FACILITY:Panola Creek High School}} (Ms. {{NAME:Greer}} is wrong - it's Ms. {{NAME:Greear}}) to get updated low protocol by fax {{FAX:770-555-0139}}.
time this month: 24 min interactive (99457). next review Thursday.`,

  `REMOTE DEVICE CLINIC - TRANSMISSION REVIEW
{{FACILITY:Kestrel Heart Institute}} Device Clinic  ph {{PHONE:555-0148}} x2
Patient: {{NAME:Gunnar Ellingsen}}   DOB {{DATE:02/14/1933}} ({{AGE:91}} y)   MRN {{MRN:KHI-0072219}}
Device: dual-chamber PPM, Medtronic Azure XT DR MRI, SN {{DEVICE:RNB412337S}}; RA lead SN {{DEVICE:PJN8834102}}, RV lead SN {{DEVICE:PJN8830977}}
Monitor: MyCareLink bedside, SN {{DEVICE:MCL24A0091573}}
Transmission: scheduled, received {{DATE:06/03/2024 04:12}} CT

Battery 9.5 yr. RA pacing 38%, RV 2%. Lead impedances stable (RA 494, RV 589 ohms). Thresholds not measured remotely.
Episodes: 3 AHR, longest 00:04:12 on {{DATE:5/27}} - EGM shows AT 1:1?? vs sinus tach, rate 148. No VHR. AF burden <0.1%.
No Wenckebach, no mode switches > 1 h.
Plan: normal device function. No anticoag change (CHA2DS2-VASc 4, already on apixaban 2.5 bid).
Pt's nephew {{NAME:Tor}} called {{DATE:6/4}} asking if "the box" needs to be plugged in at his cabin in {{LOCATION:Bemidji}} over summer - yes, same outlet, bedside.
Billing: 93294 / 93296. Next remote {{DATE:09/02/2024}}.
{{NAME:Priya Raghunathan}}, CCDS  /  reviewed {{NAME:A. Lindqvist}}, MD`,

  `E-CONSENT AUDIT RECORD
Form: Telehealth Services Consent v4.1 (English)   record ID {{ID:EC-7Q2M-88104}}
Patient: {{NAME:Ximena Alejandra Cárdenas Ruiz}}   DOB {{DATE:19 Aug 1987}}   MRN {{MRN:30019457}}
Signer: patient (self)
Identity check: KBA passed 3/3; SSN last 4 {{SSN:6620}}; selfie {{PHOTO:selfie_30019457_20240118.jpg}} matched to DL photo {{PHOTO:dlscan_front_30019457.png}} (score 0.94)
Driver's license: CO {{LICENSE:142-337-908}}

Events:
{{DATE:2024-01-18T15:02:37Z}}  link sent to {{EMAIL:ximena.cardenas87@mailbox.example}}
{{DATE:2024-01-18T15:09:11Z}}  opened - IP {{IP:24.9.183.201}}, Safari 17 / iOS, device ID {{DEVICE:A7F3C2D1-55B0-4E2A-9C11-7D0F6E3B2A94}}
{{DATE:2024-01-18T15:11:48Z}}  signed (typed name "{{NAME:Ximena Cardenas}}"), consent to record video: NO
{{DATE:2024-01-18T15:11:49Z}}  PDF stored, hash sha256 e3b0c442...b855
Witness: none required. Interpreter: not requested.
Clinic: {{FACILITY:Front Range Family Health Center}}, {{ADDRESS:2250 W Alameda Ave, Ste 110}}, {{LOCATION:Denver}} {{ZIP:80223}}`,

  `IT SERVICE DESK - TICKET {{ID:INC0419928}}   Priority: P3   Category: Patient Portal > Login
Opened: {{DATE:02/20/2024 08:14}}   Caller: patient
Name: {{NAME:Bartholomew}} "{{NAME:Bart}}" {{NAME:Nwachukwu}}   DOB {{DATE:10/05/1962}}   MRN {{MRN:7719-2204}}
Portal username: {{ID:bnwachukwu62}}   callback {{PHONE:(503) 555-0121}}
Issue: voice login fails ("voice not recognized" x5) since phone upgrade. Voiceprint enrollment ID {{BIOMETRIC:VP-00918-ae44c7}} flagged low quality {{DATE:02/19/2024}}.
Steps: verified identity (DOB, address {{ADDRESS:808 NE Killingsworth St}}, {{LOCATION:Portland}} {{ZIP:97211}}). Reset voice enrollment; new template {{BIOMETRIC:VP-00918-b1d290}} recorded 08:31. Also re-registered fingerprint on new phone (template ref {{BIOMETRIC:FP-3318-0077}}). Old device IMEI {{DEVICE:353918104477612}} removed from trusted list; new device ID {{DEVICE:8d41f0e2c9ab4711}}.
Pt also asked why his wife {{NAME:Chiamaka}} can't see his messages - explained proxy access form, sent to {{EMAIL:bart.nwa@coldmail.example}}.
Login from {{IP:67.189.40.112}} successful 08:36. Error code E-VOX-212 cleared.
Resolved by {{NAME:Trevor Oyelaran-Hicks}} (ext {{PHONE:4471}})  {{DATE:02/20/2024 08:39}}`,

  `SMS REMINDER LOG - outbound  (sender: {{FACILITY:Lakeshore Pediatrics}} via text service)
Recipient: {{PHONE:+1 (312) 555-0194}}  (parent of {{NAME:Amara J. Whitfield}}, DOB {{DATE:08/30/2019}}, MRN {{MRN:LP-55810}})

{{DATE:03/04/24 09:00}}  "Hi, this is {{FACILITY:Lakeshore Pediatrics}}. {{NAME:Amara}} has a video visit with Dr. {{NAME:Kowalczyk}} on {{DATE:Wed 3/6}} at 4:15 PM. Join: {{URL:https://lakeshorepeds.doxy.me/drkowalczyk}} Reply C to confirm, R to reschedule."
{{DATE:03/04/24 09:47}}  reply: "C"
{{DATE:03/06/24 15:45}}  "Your visit starts in 30 min. Test your camera at {{URL:https://lakeshorepeds.org/telehealth-check}}. Reply STOP to opt out."
{{DATE:03/06/24 16:22}}  reply: "we r in the waiting room but it says provider offline??"
{{DATE:03/06/24 16:24}}  staff ({{NAME:DM}}): "So sorry! Dr. {{NAME:K}} is running late, 10 more min."
{{DATE:03/06/24 16:51}}  "Thanks for visiting! {{NAME:Amara}}'s after-visit summary is in the portal. Rx amoxicillin sent to {{FACILITY:Halsted Street Pharmacy}}."
{{DATE:03/07/24 10:00}}  reply: "she threw up the 2nd dose, call me back pls - mom ({{NAME:Denise}})"
Note: callback done by {{NAME:J. Ferreira}} RN 10:20, advised give w/ food.`,

  `From: {{NAME:Hollis Pennywhistle}} <{{EMAIL:hpennywhistle@riverbend-mail.example}}>
To: {{EMAIL:woundcare@saintodila.example.org}}
Cc: {{NAME:Marguerite Pennywhistle}} <{{EMAIL:mags.penny@riverbend-mail.example}}>
Date: {{DATE:Thu, 9 May 2024 21:14:06 -0500}}
Subject: photos of heel + question about dressing

Hello,
Attached are 2 pictures of my left heel like the nurse asked (taken tonight, one with the ruler). The edge looks pinker to me and there is a little yellow on the gauze. No fever, 98.9. My wife thinks it smells a bit. I am using the silver foam, changing every 3 days.
Also my new Medicare card came - the number is {{HEALTH_PLAN:7HK4-TE2-QY81}} if you need it for the home health.
{{NAME:Hollis P.}}
DOB {{DATE:3/3/1946}}

From: {{NAME:Ngozi Adeyemi-Clarke}}, BSN, CWOCN <{{EMAIL:n.adeyemiclarke@saintodila.example.org}}>
Date: {{DATE:Fri, 10 May 2024 08:02:51 -0500}}
Mr. {{NAME:Pennywhistle}}, thank you - photos received and put in your chart at {{FACILITY:Saint Odila Wound & Hyperbaric Center}}. The yellow may be slough, but with the odor I'd like to see you in person today; we have 1:30 open. If you cannot come, {{FACILITY:Heartland Home Health}} can visit - I will call you at {{PHONE:319-555-0172}}. Please do not reply with other health info on this thread; use the portal ({{URL:https://mychart.saintodila.example.org}}).`,

  `** WEEKLY RPM SUMMARY - auto-generated by HeartTrack app v5.2.0 **
Program: {{FACILITY:Bayou Teche Cardiology}} HF Remote Monitoring
Patient: {{NAME:Thibodeaux, Clarence J.}}   MRN {{MRN:BTC-118820}}   DOB {{DATE:1951-06-17}}
Week: {{DATE:06/10/2024}} - {{DATE:06/16/2024}}   Days with readings: 7/7 (16+ day requirement, 99454)

Devices
  cellular scale  SN {{DEVICE:BTS-4G-0028841}}  (hub IMEI {{DEVICE:861536030196001}})
  BP cuff         SN {{DEVICE:BPM-23B-771452}}  MAC {{DEVICE:C8:2B:96:4A:1F:E0}}
  pulse ox        SN {{DEVICE:PO3-0019964}}

Date        Wt(lb)   BP        HR   SpO2
{{DATE:06/10}}       212.4    128/74    71   96
{{DATE:06/11}}       213.0    131/77    68   95
{{DATE:06/12}}       215.8    138/80    74   95   <- +3.4 lb/48h ALERT
{{DATE:06/13}}       216.2    140/82    77   94
{{DATE:06/14}}       213.9    126/72    70   96
{{DATE:06/15}}       212.7    124/70    69   96
{{DATE:06/16}}       212.5    122/70    66   97

Alert {{DATE:06/12}} handled by {{NAME:Renée Broussard}}, RN: pt ate boudin + crawfish at nephew's party in {{LOCATION:Breaux Bridge}}; extra furosemide 40 mg x2 days per NP {{NAME:Guidry}}. Resolved.
NYHA II. EF 35% (echo 2023). Next clinic visit {{DATE:7/8}}.`,

  `secure chat - #tele-ed-night   ({{DATE:11/22/23}})
[22:41] {{NAME:okonkwo_c}} (tele-ED MD): new pt in tele queue - {{NAME:Faisal Al-Harbi}}, 34M, {{FACILITY:Pine Hollow Critical Access Hospital}} ED rm 2, MRN {{MRN:PH0049127}}. cart cam IP {{IP:10.44.18.27}} keeps freezing
[22:42] {{NAME:jbelcourt}} (PH RN): sorry - wifi in rm 2 is bad. moving cart to rm 4 (Foley cart in the way lol)
[22:44] {{NAME:okonkwo_c}}: ok got video. EKG sent? 
[22:44] {{NAME:jbelcourt}}: uploaded to the viewer, acc {{ID:ECG-23-114409}}. sinus, no STE. trop 0.02
[22:47] {{NAME:okonkwo_c}}: story is renal colic, CT can't be done there after 2200, will need transfer if pain uncontrolled. brother {{NAME:Khalid}} on phone {{PHONE:701-555-0116}} wants him to go to {{LOCATION:Minot}}
[22:49] {{NAME:jbelcourt}}: toradol 15 given 22:30, pain 8->4
[22:53] {{NAME:okonkwo_c}}: ok hold transfer. UA + recheck 2350. if worse call transfer center {{PHONE:1-800-555-0133}}, ref {{ID:TC-884102}}
[22:53] {{NAME:jbelcourt}}: 👍 
[23:58] {{NAME:jbelcourt}}: pain 3, UA + blood. pt wants to drive home to {{LOCATION:Rugby}} - his truck ND plate {{VEHICLE:ARK 447}}, he's not driving after the dilaudid, wife {{NAME:Noor}} coming.
[00:04] {{NAME:okonkwo_c}}: agree. dc w/ tamsulosin + urology f/u at {{FACILITY:Trinity Hills Urology}}. i'll sign the note. -{{NAME:CO}}`,

  `Video visit - behavioral health   {{DATE:January 29, 2024}}
Client: {{NAME:Sunniva}} "{{NAME:Sunny}}" {{NAME:Halvorsen-Akande}}   MRN {{MRN:2288104-BH}}   DOB {{DATE:4/17/1999}}
Clinician: {{NAME:Rebekah Stoltzfus}}, LCSW   Lic. {{LICENSE:LCSW.012874}}
Platform: Doxy.me room {{URL:https://doxy.me/rstoltzfus-bh}}  - client joined 10:01 from {{IP:98.114.62.203}} (Chrome/Windows), location confirmed: her apartment, {{ADDRESS:51 Orchard St, Apt 3R}}, {{LOCATION:Lancaster}}, PA {{ZIP:17603}}. Emergency contact for session: roommate {{NAME:Talia}} {{PHONE:717-555-0168}}.
S: "the app says I'm sleeping 5 hrs." Sleep tracker screenshots shared on screen. PHQ-9 = 14 (from 17), GAD-7 = 11. Denies SI/HI. Started new job at {{FACILITY:Kettering Mills Distribution}} nights, rotating.
O: casually dressed, good eye contact through camera, affect constricted, brightens discussing her cat (Biscuit).
A: F33.1 MDD recurrent, moderate, improving. Circadian disruption.
P: CBT-I components, sleep diary in app; coordinate w/ PCP Dr. {{NAME:Mwangi}} re: sertraline 100 -> 150. Next video {{DATE:2/12}} 10:00. Safety plan reviewed, copy emailed to {{EMAIL:sunny.halvorsen@pm.example}}.
{{NAME:R. Stoltzfus}}, LCSW`,

  `RX RENEWAL REQUEST (portal)   req# {{ID:RR-2024-0331-7718}}
Submitted {{DATE:03/31/2024 19:52}} by {{NAME:Oluwaseun Bankole}} for self
DOB {{DATE:05/09/1979}}  |  MRN {{MRN:000982114}}  |  acct {{ACCOUNT:PB-44710093}}
Meds requested: levothyroxine 88 mcg #90, atorvastatin 20 mg #90
Pharmacy on file: {{FACILITY:Cumberland Plaza Drug}}, {{ADDRESS:3105 Gallatin Pike}}, {{LOCATION:Nashville}} TN {{ZIP:37216}}, ph {{PHONE:615-555-0109}}, fax {{FAX:615-555-0110}}
Pt comment: "Can you send to mail order instead? {{FACILITY:ExpressCare Mail Pharmacy}} member ID {{HEALTH_PLAN:XKM771204893}}. I paid my copay online w/ card ending {{ACCOUNT:4417}}."

Staff note ({{DATE:04/01}} 08:30, {{NAME:Lashonda Pryor}} CMA): last TSH {{DATE:11/2023}} 2.1 - in range. Lipid panel due. Routed to Dr. {{NAME:Hargreaves-Oduya}}.
Provider ({{DATE:04/01}} 12:14): approved both x 90 d w/ 1 RF to mail order. Pls schedule fasting labs + annual (last physical {{DATE:Feb 2023}}).
Sent e-Rx ID {{ID:ERX-55190427}} 12:16. Portal reply sent to pt; SMS copy to {{PHONE:615-555-0177}}.`,

  `ILR REMOTE ALERT - PAUSE
Clinic: {{FACILITY:Marrowstone Cardiology Associates}}  (on-call EP notified)
Pt: {{NAME:Kalani Keawe-Morrison}}   sex F   DOB {{DATE:09 MAR 1968}}   MRN {{MRN:MCA-30917}}
Device: Abbott Assert-IQ ILR, SN {{DEVICE:ILR-4100-88732}}, implanted {{DATE:10/02/2023}} for syncope
Transmitter: myMerlinPulse app on pt iPhone, app install ID {{DEVICE:f1c0e7a9-3b1d-4d0a-8e2b-6c5a9d12ab40}}

Event received {{DATE:2024-07-21T03:47:22Z}} (Merlin.net). Episode: pause 6.2 s at 22:31 local {{DATE:7/20}}, preceded by PR prolongation / 2:1 block. Pt-activated symptom marker: none (asleep).
Called pt {{PHONE:(360) 555-0115}} 07:58 - no answer; called husband {{NAME:Dwight Morrison}} {{PHONE:(360) 555-0116}} - pt fine, "felt a bit foggy this morning". Advised no driving until seen (she drives a school bus for {{FACILITY:Whidbey North School District}}).
Dr. {{NAME:Eskandari}} (EP) reviewed 08:20 - add-on clinic today 13:00, likely PPM. Pt coming from {{LOCATION:Coupeville}}.
Documented by {{NAME:Gwen Tuilagi}}, RN  {{DATE:07/21/2024 08:26}}
CPT 93298 (ILR remote, 30d).`,

  `PROXY ACCESS REQUEST - ADOLESCENT (age 12-17)
Request {{ID:PX-20240812-0042}}  created {{DATE:08/12/2024 16:03}}
Minor: {{NAME:Mateo Ignacio Fuentes-Lindgren}}  DOB {{DATE:02/28/2010}}  MRN {{MRN:GV-2284917}}
Requestor: {{NAME:Karin Lindgren}} (mother)  email {{EMAIL:karin.lindgren@northmail.example}}  cell {{PHONE:520-555-0192}}
Address: {{ADDRESS:6721 E Calle Tuberia}}, {{LOCATION:Tucson}}, AZ {{ZIP:85710}}
Submitted from IP {{IP:184.101.27.66}} (Android, Chrome 126); photo ID uploaded: {{PHOTO:IMG_20240812_155901_id.jpg}} (mother's DL, AZ {{LICENSE:D08827140}})
Custody docs: uploaded {{ID:UPL-661830}} (PDF, 3 pages)

Review (HIM team, {{NAME:Esperanza Villalobos}}): per policy, teen proxy = limited (no confidential notes, no BH/SRH messages). Teen consent required for full access - {{NAME:Mateo}} declined full access by portal message {{DATE:8/13}}.
Approved limited proxy {{DATE:08/14/2024}}. Activation code sent by email (code 448201, expires 72 h). 
Clinic: {{FACILITY:Granada Vista Pediatrics}} - questions {{PHONE:520-555-0150}}.`,

  `VIDEO VISIT W/ INTERPRETER - Family Medicine
Date/time: {{DATE:10-17-2023 09:40}}   Visit type: video (audio fallback used 09:52-09:58)
Patient: {{NAME:María de los Ángeles Quispe Huamán}}   MRN {{MRN:0338172}}   DOB {{DATE:12/12/1955}}
Interpreter: Spanish, vendor video interpreter #{{ID:SP-20931}} ({{NAME:Esteban}}), joined via 3-way link {{URL:https://meet.valleycrestfm.example/v/8821-QHU-443}}
Pt joined from son's phone, IP {{IP:172.58.93.14}}; son {{NAME:Wilfredo Quispe}} present, phone {{PHONE:(559) 555-0126}}
Pt located at home in {{LOCATION:Parlier}}, CA. Provider at {{FACILITY:Valley Crest Family Medicine}}.

CC: "me duele la rodilla" - L knee pain x 3 wk after a fall picking grapes (works at {{FACILITY:Ruiz Hermanos Vineyards}}). Can bear weight. Swelling shown on camera, no redness. Ottawa knee rule could not be fully applied by video.
PMH DM2 (A1c 8.1 in Sept), HTN. Meds metformin 500 bid, losartan 50.
A/P: knee sprain vs meniscal. Xray ordered ({{ID:ACC-7710394}}) at {{FACILITY:Valley Crest Imaging - Reedley}}; ice, naproxen NOT given d/t CKD 3a, use acetaminophen 650 q6 prn. Workers' comp claim {{ACCOUNT:WC-2023-118872}} - employer form faxed to {{FAX:(559) 555-0140}}.
Sra. {{NAME:Quispe}} understood via interpreter, teach-back ok.
Dr. {{NAME:Hannelore Brandt}}`,

  `POSTPARTUM HTN REMOTE MONITORING  - daily log
{{FACILITY:Willamette Women's Clinic}} / RPM nurse line {{PHONE:541-555-0181}}
Pt: {{NAME:Brianna LeClaire-Yazzie}}   G2P2   delivered {{DATE:9/4/24}} (C/S) at {{FACILITY:Riverbend Birth Center}}
MRN {{MRN:WWC882031}}   DOB {{DATE:06/21/1996}}   baby girl {{NAME:Yazzie}}
Cuff: iHealth Track, SN {{DEVICE:KN550BT-2304-11927}}, paired to pt phone MAC {{DEVICE:4C:57:CA:0E:91:3D}}

{{DATE:9/7}}  0800  148/96  no HA   labetalol 200 bid
{{DATE:9/7}}  2000  152/98  "mild HA" -> called, took tylenol, recheck 2030 144/92
{{DATE:9/8}}  0800  162/104  ** SEVERE RANGE ** -> called pt 0812, HA 6/10, no vision changes, no RUQ pain
          sent to L&D triage at {{FACILITY:Riverbend Birth Center}}; pt's partner {{NAME:Cody}} driving from {{LOCATION:Springfield}}
{{DATE:9/8}}  1145  triage: BP 158/100, labs nl (plt 212, AST 28), nifedipine XL 30 added
{{DATE:9/9}}  0800  136/88
{{DATE:9/10}} 0800  132/84
RN: {{NAME:Odalys Ferrer}} / OB: Dr. {{NAME:Whitcombe}}
Portal message to pt {{DATE:9/10}}: keep logging 2x/day through 6 wk ({{DATE:10/16}}).`,

  `HELPDESK TICKET  {{ID:SR-00773152}}   ({{DATE:Tue 05/07/2024}})   queue: Portal - Profile
requester: patient {{NAME:Yevgenia Korsakova-Reyes}}  MRN {{MRN:5520193}}  dob {{DATE:11/30/1971}}
contact: {{EMAIL:ykorsakova@fastpost.example}} / {{PHONE:(919) 555-0133}}

description (pt): "I uploaded my profile photo and it shows somebody elses face!! A man with glasses. Is my chart mixed up with someone??"

investigation ({{NAME:D. Ramaswamy}}, tier 2):
- pt's upload {{DATE:05/06/2024 22:10:44}} file {{PHOTO:profile_5520193_v2.heic}} converted ok
- profile tile displaying {{PHOTO:profile_5520139_v1.jpg}} = MRN {{MRN:5520139}} ({{NAME:Korsak, Pavel}}) - transposed digits in image cache key, NOT a chart merge
- no clinical data crossed; audit shows no access to {{MRN:5520139}} from pt session {{ID:SESS-9f27c1d0}} (IP {{IP:152.23.118.41}})
- cache purged, correct photo now shows. Privacy office ({{NAME:Lorraine Abernethy-Sato}}) notified {{DATE:05/07/2024 11:32}}, incident {{ID:PRV-24-0188}} opened as precaution.
reply to pt sent 11:40. closed.`,

  `SMART INHALER - MONTHLY REPORT  (generated {{DATE:01 Feb 2024}})
Patient: {{NAME:Rashida Montgomery-Oyelowo}}   DOB {{DATE:07/04/2011}}   MRN {{MRN:CHS-4410782}}
Practice: {{FACILITY:Cedar Bluff Pediatric Pulmonology}}   Dr. {{NAME:Anneliese Kraus}}
Sensors: controller (Flovent HFA 110) sensor {{DEVICE:PRS-2C-44871093}}; rescue (albuterol) sensor {{DEVICE:PRS-2R-44871102}}
App: synced to mom's phone ({{NAME:Tamika Montgomery}}, {{PHONE:865-555-0144}})

January summary
  controller adherence      58% (goal >80%)  - missed most weekend evenings
  rescue puffs              22 (peak {{DATE:Jan 14}}: 8 puffs, school day)
  nighttime rescue use      4 nights
  ACT score (in app)        16 -> not well controlled
  Air quality alerts        3 (zip {{ZIP:37909}})
Location of rescue use (GPS, parent enabled): 9 at home, 11 at {{FACILITY:Fountain Ridge Middle Magnet}}, 2 other.

Care team note {{DATE:2/2}} ({{NAME:AK}}): spacer technique video visit booked {{DATE:2/6}}; school asthma action plan to be faxed to school nurse {{FAX:865-555-0145}}; consider step-up to Symbicort SMART. Mom asked to turn on reminder push at 7:30 pm.`,

  `Subject: Your statement - Remote Monitoring charges
From: {{FACILITY:Pelican Point Health}} Patient Financial Services <{{EMAIL:billing-noreply@pelicanpointhealth.example}}>
To: {{EMAIL:fr.delacroix.sr@webpost.example}}
Sent: {{DATE:12/03/2023 07:00:12}}

Dear {{NAME:Fernand Delacroix}},
Guarantor account: {{ACCOUNT:G-00518827}}     Statement date: {{DATE:12/01/2023}}
Patient: {{NAME:Fernand Delacroix}}    DOB {{DATE:01/15/1932}} (age {{AGE:91}})
Insurance: Medicare Part B  MBI {{HEALTH_PLAN:2QW7-MN4-FX38}}; secondary Gulf Coast Supplement ID {{HEALTH_PLAN:GCS-88104412-01}}

Services                             Claim #             Amount   You owe
{{DATE:10/01-10/31/2023}} 99454 device supply   {{ACCOUNT:CLM-23-9901842}}   $52.00   $10.40
{{DATE:10/19/2023}} 99457 RPM mgmt 20 min    {{ACCOUNT:CLM-23-9901843}}   $48.00    $9.60

Pay online at {{URL:https://pay.pelicanpointhealth.example/statement?acct=G-00518827}} or call {{PHONE:(985) 555-0171}}, M-F 8-5.
Questions about the blood pressure cuff itself (SN {{DEVICE:AD-UA651-230088}})? Call the RPM desk at {{PHONE:(985) 555-0172}}.
-- This mailbox is not monitored. --`,

  `eVISIT (asynchronous) - Urinary symptoms, female
Submitted: {{DATE:Sat 6/22/2024 7:18 PM}}    eVisit # {{ID:EV-66104821}}
Patient: {{NAME:Phuong Anh Truong}}    27 F    MRN {{MRN:91-004-7723}}
Questionnaire:
 - dysuria x 2 days: yes     - frequency: yes    - fever/chills: no
 - flank pain: no            - pregnant: no (LMP {{DATE:6/9}})
 - vaginal discharge: no     - prior UTI: yes, {{DATE:Feb 2023}}, treated w/ nitrofurantoin
 - allergies: sulfa (hives)
 - preferred pharmacy: {{FACILITY:Kroeger Family Pharmacy #212}}, {{ADDRESS:900 Riverside Dr}}, {{LOCATION:Macon}}, GA {{ZIP:31201}}
 - best # to reach: {{PHONE:478-555-0138}}; OK to leave msg: yes

Provider response ({{DATE:6/23/2024 09:05}}, {{NAME:Jolene Whitmore-Batiste}}, FNP-C, NPI {{LICENSE:1689043327}}):
Hi {{NAME:Phuong Anh}}, based on your answers this looks like an uncomplicated bladder infection (N39.0). I sent nitrofurantoin 100 mg twice daily x 5 days to {{FACILITY:Kroeger Family Pharmacy #212}}. Drink plenty of fluids. If fever, back pain, vomiting, or no better in 48 h, please be seen in person - {{FACILITY:Ocmulgee Urgent Care}} is open until 9.
Billed 99422 (eVisit 11-20 min).`,

  `CPAP COMPLIANCE - REMOTE DOWNLOAD (AirView-type portal export)
DME: {{FACILITY:Siskiyou Respiratory Supply}}, {{LOCATION:Medford}}, OR   phone {{PHONE:541-555-0193}}
Patient: {{NAME:Leland}} "{{NAME:Buck}}" {{NAME:Haverford}}    DOB {{DATE:8-30-1957}}    acct {{ACCOUNT:SRS-0091734}}
Ordering: Dr. {{NAME:Nakamura-Fitch}}, {{FACILITY:Rogue Valley Sleep Center}}
Device: AirSense 11 AutoSet  SN {{DEVICE:23231884502}}   modem IMEI {{DEVICE:354126090744218}}
Mask: AirFit F20, med

Compliance period {{DATE:04/01/2024}} - {{DATE:04/30/2024}}
  days used                    27/30
  days >= 4 h                  24/30  (80%) - meets 21-of-30 requirement
  median usage                 6 h 12 m
  AHI                          3.4
  median leak                  14 L/min; 95th 31 L/min
  pressure 95th                11.8 cmH2O (range 6-15)

Notes: large leak {{DATE:4/12}}-{{DATE:4/15}} - pt camping near {{LOCATION:Crater Lake}}, used battery pack. Call {{DATE:04/16/2024}} by {{NAME:Shay Ocampo}}, RRT: mask refit by video (Zoom), strap adjusted. Medicare compliance letter faxed to Dr. {{NAME:Nakamura-Fitch}} at {{FAX:541-555-0199}} on {{DATE:5/1}}.`,

  `TELESTROKE CONSULT
Spoke: {{FACILITY:Mercy Cumberland Gap Hospital}} ED     Hub: {{FACILITY:Appalachian Neuro Telehealth Network}}
Consult requested {{DATE:02/11/2024 03:12}}   video connected 03:19 (robot cart "RP-Lite 7", session {{ID:TS-240211-0047}}, spoke IP {{IP:10.212.6.45}}:5061)
Pt: {{NAME:Ottilie Marchbanks}}   {{AGE:93}} yo F   MRN {{MRN:MCG-00318845}}
LKW 01:40 per granddaughter {{NAME:Kayleigh Bledsoe}} ({{PHONE:606-555-0124}}), who found her on the floor at {{ADDRESS:112 Possum Trot Rd}}, {{LOCATION:Middlesboro}}.
Brought by EMS Medic 4.
Exam via camera w/ bedside RN {{NAME:Josiah Pack}}: R gaze preference, L hemiplegia, L neglect, dysarthria. NIHSS 17. GCS 13.
CT head: no bleed, ASPECTS 8. CTA: R M1 occlusion.
Assessment: acute R MCA stroke, LVO, 1h39m from LKW.
Plan: TNK 0.25 mg/kg given 03:41 after discussion w/ granddaughter (pt's baseline: lives alone, mRS 1, still drives her Buick, KY plate {{VEHICLE:461-RTV}}). Transfer for thrombectomy to hub, air medical ETA 25 min. BP goal <180/105.
Time spent 48 min critical care (G0508).
{{NAME:Venkata S. Ayyagari}}, MD, vascular neurology - KY lic {{LICENSE:K-044127}}
signed {{DATE:02/11/2024 04:06}}`,

  `[patient portal message]  thread {{ID:T-3310087}}
from: {{NAME:Abdirahman Yusuf Warsame}} (MRN {{MRN:2019-55-8841}})
to: Dr. {{NAME:Castellanos-Reid}} / {{FACILITY:Cedar-Riverside Community Clinic}}
{{DATE:07/29/2024}} 10:47

salaam doctor, i try the video visit this morning but the link say "meeting has not started" then "invalid meeting ID". i put {{ID:815 2240 9937}} like the text say. my daughter {{NAME:Hodan}} help me, she use her laptop at home ({{ADDRESS:2020 S 6th St #1412}}, {{LOCATION:Minneapolis}} {{ZIP:55454}}). we wait 25 minute. my sugar this week 180 - 240 morning, i take the insulin 30 unit night. also i need refill the strips, the meter is the Contour Next. please call {{PHONE:612-555-0185}} ({{NAME:Hodan}}) because my english no good.

------
reply {{DATE:07/29/2024}} 13:15 - {{NAME:Ifrah Abdullahi}}, Somali medical interpreter/care coordinator
Mr. {{NAME:Warsame}}, sorry for the trouble - the visit was moved to {{DATE:7/30}} at 9:00 and the old link was cancelled. New link: {{URL:https://cedarriversidecc.zoom.us/j/84170036215}}. I will call {{NAME:Hodan}} today in Somali. Strip refill sent to {{FACILITY:Riverside Plaza Pharmacy}}.`,

  `ICD REMOTE ALERT - THERAPY DELIVERED
{{FACILITY:Sandhills Heart & Rhythm}} device clinic      alert received {{DATE:2024-03-02 23:58:41}} (LATITUDE)
PATIENT  {{NAME:MCALLISTER, REGINALD T}}   DOB {{DATE:04/19/1964}}   MRN {{MRN:SHR-0447812}}
DEVICE   S-ICD?  no - transvenous single-chamber ICD, SN {{DEVICE:219845}} / model D433 ; communicator SN {{DEVICE:6290-442183}}
EVENT    VF zone episode {{DATE:03/02/2024 23:51}}, ATP x1 fail -> 41 J shock x1, converted to SR 72.
         Pt called answering service {{PHONE:910-555-0114}} at 00:05 "got kicked by a mule in the chest" - alert, no syncope.
ACTIONS  on-call Dr. {{NAME:Oyebanji}} spoke with pt 00:20; wife {{NAME:Charlene}} drove him to the ED at {{FACILITY:Longleaf Sandhills Medical Center}} in {{LOCATION:Pinehurst}}. K 3.1 there, Mg 1.6 -> repleted.
         Amiodarone not started. Driving restriction 6 mo discussed; his NC DL {{LICENSE:000041938827}} noted for DMV form.
FOLLOW   in-person interrogation {{DATE:3/4}} 10:30. LATITUDE re-check {{DATE:3/11}}.
{{NAME:Marisol Oquendo}}, RN, CCDS  {{DATE:03/03/2024 00:47}}`,

  `GLP-1 WEIGHT PROGRAM - COACH CHAT EXPORT
Member: {{NAME:Genevieve Abara-Lindqvist}}   member ID {{HEALTH_PLAN:PLN-7730-418822}}   DOB {{DATE:10/10/1985}}
Clinic: {{FACILITY:Lumen Metabolic Telehealth}}   prescriber: {{NAME:Okechukwu Eze}}, NP
Scale: Withings Body+, SN {{DEVICE:00:24:E4:9B:21:7C}}

{{DATE:Mon Aug 5}} 8:02  Coach {{NAME:Brynn}}: Morning {{NAME:Genevieve}}! Scale shows 201.6 this am, down 14.2 since start ({{DATE:5/13}}). How are the injections going?
{{DATE:Mon Aug 5}} 8:40  {{NAME:Genevieve}}: going ok, nausea day 2 after the dose, better w/ small meals. ran out of pens - pharmacy says PA expired?
{{DATE:Mon Aug 5}} 8:44  Coach {{NAME:Brynn}}: I'll flag for {{NAME:Okechukwu}}. Which pharmacy?
{{DATE:Mon Aug 5}} 8:51  {{NAME:Genevieve}}: {{FACILITY:Larch Street Apothecary}} in {{LOCATION:Missoula}}. {{PHONE:406 555 0163}} they said fax the PA to {{FAX:406 555 0164}}
{{DATE:Mon Aug 5}} 13:10 NP {{NAME:Eze}}: PA renewal submitted, ref {{ID:PA-88412095}}. Hold dose this week; if gap >2 wk we restart at 2.5 mg. Keep logging weights.
{{DATE:Tue Aug 6}} 9:30  {{NAME:Genevieve}}: approved!! picking up today 🎉`,

  `TELEDERMATOLOGY - STORE & FORWARD CONSULT
Referral {{ID:TD-2024-05513}}  from {{FACILITY:Wiregrass Rural Health Clinic}} (PCP {{NAME:Delphine Aucoin}}, PA-C)
Patient: {{NAME:Jaxon Reuben Tolliver}}   DOB {{DATE:3.22.1990}}   MRN {{MRN:WRH-3309215}}   ph {{PHONE:334-555-0158}}
Images received {{DATE:09/18/2024 16:22}}:
  1) full-face photo, {{PHOTO:TOLLIVER_J_face_front_0918.jpg}}
  2) face, left profile, {{PHOTO:TOLLIVER_J_face_Lprofile_0918.jpg}}
  3) close-up R forearm lesion w/ ruler (no file name sent)
  4) dermoscopy R forearm x2
History (from PCP): 34M, roofer (works for {{FACILITY:Chattahoochee Roofing & Gutter}}), malar erythema x 2 mo, worse after sun; forearm lesion 9 mm, growing, bled once. Fam hx: mother w/ SLE.
Dermatologist impression ({{NAME:Ruth Feinberg-Osei}}, MD, {{DATE:09/19/2024}}):
 - face: photodistributed erythema, spares nasolabial folds -> r/o cutaneous lupus vs rosacea; ANA, dsDNA, CBC, UA
 - R forearm: asymmetric pigmented lesion, atypical network on dermoscopy -> excisional biopsy, urgent (within 2 wk)
Recommend in-person derm at {{FACILITY:Dothan Skin & Mohs}}, {{ADDRESS:1840 Ross Clark Cir, Suite 3}}, {{LOCATION:Dothan}}, AL {{ZIP:36301}}. Strict photoprotection.
Reply returned to referring clinic via secure fax {{FAX:334-555-0159}}.`,

  `VIRTUAL NURSING NOTE (remote RN, camera in room)
Unit: {{FACILITY:Kessler 5 West}}  room 5118-B     Hospital: {{FACILITY:Corryville Saint Alphonsa Hospital}}
Pt: {{NAME:Consolata Wanjiru Mbeki}}   {{AGE:96}}F   MRN {{MRN:SB77310924}}   admit {{DATE:12/27/2023}}
Virtual RN: {{NAME:Paxton Reilly}}, RN (remote hub, {{LOCATION:Cincinnati}})   bedside RN: {{NAME:Ilse}}

{{DATE:12/29/2023 19:10}}  camera on, pt informed, verbal ok. Admission education (CHF) done by video - pt hard of hearing, used captions on in-room TV. Granddaughter {{NAME:Nyokabi}} on speaker from {{LOCATION:Nairobi}}, asked about d/c plan.
{{DATE:12/29/2023 19:35}}  med reconciliation w/ pt: takes "the water pill" + metoprolol; home pharmacy {{FACILITY:Northgate Drug}} ({{PHONE:513-555-0177}}) confirmed list.
{{DATE:12/29/2023 21:02}}  bed alarm triggered, pt trying to stand; spoke via camera, redirected until bedside RN arrived 21:04. No fall. Morse 65, yellow socks on.
{{DATE:12/29/2023 22:15}}  Foley not present; purewick in place. I/O -620.
Plan: d/c likely {{DATE:12/31}} to SNF vs home -> family prefers home with {{FACILITY:Queen City Home Care}}; CM {{NAME:Ortega}} to follow.`,

  `KIOSK / BIOMETRIC CHECK-IN AUDIT  - {{FACILITY:Brazos Bend Multispecialty}} Lobby B
export {{DATE:11/06/2024 17:30}} by {{NAME:G. Vasquez-Pruitt}} (Patient Access supv)
kiosk ID KSK-B-03 (not pt specific)

time   patient                         MRN           method        template / ref                result
07:58  {{NAME:Hargrove, Delbert}}      {{MRN:BB-100433}}     palm vein     {{BIOMETRIC:PV-7C1198E0}}           match
08:06  {{NAME:Nguyen-Ostrowski, Linh}} {{MRN:BB-227190}}     palm vein     {{BIOMETRIC:PV-2A77D51F}}           match
08:11  {{NAME:Oyelaran, Temitope}}     {{MRN:BB-318842}}     fingerprint   {{BIOMETRIC:FPT-0093-4471}}         NO MATCH x3 -> DL scan {{LICENSE:43881902}} ok
08:19  {{NAME:Babineaux, Clementine}}  {{MRN:BB-055120}}     palm vein     {{BIOMETRIC:PV-9E04B3C2}}           match
08:24  {{NAME:Hargrove, Delbert}}      {{MRN:BB-100433}}     palm vein     {{BIOMETRIC:PV-7C1198E0}}           duplicate - already arrived

Note: Mr. {{NAME:Oyelaran}} reports burn on R thumb (cooking) - fingerprint template re-enrolled at desk 08:16 as {{BIOMETRIC:FPT-0093-5520}}; old template retired. Face photo for chart retaken: {{PHOTO:BB-318842_face_20241106.jpg}}.
Pt {{NAME:Babineaux}} asked to opt out of palm scan going forward (religious reasons) - opt-out logged {{DATE:11/06/2024}}, template {{BIOMETRIC:PV-9E04B3C2}} scheduled for deletion in 30 d.`,

  `Subject: Lost my sensor again :(
From: {{EMAIL:jojo.abernathy2008@studentmail.example}}
To: {{EMAIL:diabetes.team@pinecrestchildrens.example.org}}
Date: {{DATE:Thursday, October 3, 2024 3:44 PM}}

hi its {{NAME:Josephine}} ({{NAME:JoJo}}) {{NAME:Abernathy}}, dob {{DATE:1/19/2008}}. my libre 3 sensor got knocked off at volleyball practice at {{FACILITY:Westfield Heights High}} today (day 6). this is the 2nd one this month. serial of the one that fell off is {{DEVICE:0M00H7RWN4Q}}. can you send a new rx or do i contact abbott? my insurance is {{HEALTH_PLAN:BCX 449102873}} (under my dad {{NAME:Russell Abernathy}}). i have 1 left at home. also my pump (omnipod 5) pdm says "communication error" sometimes, pdm sn {{DEVICE:PDM-5-77201934}}

----
From: {{NAME:Tomasz Wieczorek}}, RN CDCES <{{EMAIL:tomasz.wieczorek@pinecrestchildrens.example.org}}>
Date: {{DATE:10/3/2024 4:31 PM}}
Hi {{NAME:JoJo}} - sorry! Report the sensor to the maker for a replacement (they'll ask for the serial). I also sent an early refill to your pharmacy. Try an overpatch for sports. For the PDM error call Insulet, and bring it to clinic {{DATE:10/15}}. - {{NAME:Tomasz}}`,

  `PSYCHIATRY MED MGMT - video -> audio-only
{{DATE:5/21/24}}  {{NAME:Obadiah Fenwick-Strand}}  (MRN {{MRN:800441726}}, DOB {{DATE:09/02/1993}})
started 12:15 on {{URL:https://telepsych.goldenprairiebh.example/room/ofs-2291}}; pt in his truck in the parking lot at work ({{FACILITY:Red River Valley Sugar Co-op}}), IP {{IP:166.181.77.3}} (cellular); vehicle noted for emergency dispatch: green F-150, MN plate {{VEHICLE:KRW 204}}. video froze repeatedly -> switched to audio at 12:22, pt's cell {{PHONE:218-555-0103}}. Modifier 93.
pt confirmed location: {{LOCATION:Crookston}}, MN. privacy ok (alone in vehicle, engine off).
S: lithium 900 mg, level {{DATE:5/14}} = 0.8. mood "steady", sleeping 7h. no manic sx. works 2nd shift, beet campaign ending. girlfriend {{NAME:Autumn}} moving in. denies SI.
tremor mild, no polyuria. TSH/Cr {{DATE:5/14}} nl.
A: bipolar I, in remission (F31.76).
P: continue Li 900 qhs; level + BMP q3mo; next visit {{DATE:8/20}}. Crisis line reviewed. Pt asked for work note - sent via portal to his employer HR ({{EMAIL:hr@rrvsugarcoop.example}}) with his written OK.
-{{NAME:Lucinda Ferreira-Haak}}, PMHNP-BC  DEA {{LICENSE:FF4471820}}`,

  `RPM ENROLLMENT & DEVICE SHIPMENT
Enrollment #{{ID:ENR-2024-10482}}    enrolled {{DATE:01/08/2024}} (99453)
Patient: {{NAME:Hermenegildo}} "{{NAME:Gildo}}" {{NAME:Sandoval}}    DOB {{DATE:03/27/1944}}    MRN {{MRN:ROS-5521048}}
Dx: I50.32, E11.9.   Ordering: Dr. {{NAME:Pritchard}}, {{FACILITY:Rio Oso Family Clinic}}
Ship to: {{ADDRESS:HC 65 Box 1187}}, {{LOCATION:Truchas}}, NM {{ZIP:87578}}   (no street delivery - PO pickup at {{LOCATION:Peñasco}})
Phone: home {{PHONE:575-555-0112}} / son {{NAME:Aurelio}} {{PHONE:505-555-0146}}
Cellular coverage check: weak (1 bar) -> hub with external antenna

Kit shipped {{DATE:01/09/2024}}, tracking {{ID:1Z9R48W20318842266}}
  hub            SN {{DEVICE:HB-LTE-0077312}}   IMEI {{DEVICE:867530091122334}}
  scale          SN {{DEVICE:SC-BT-119045}}
  BP cuff (L)    SN {{DEVICE:BP-BT-300872}}
Delivered {{DATE:01/12/2024}}. Setup call {{DATE:1/15}} w/ {{NAME:Aurelio}} ({{NAME:Citlali Bernal}}, MA), Spanish. First readings received 17:40: wt 171.2 lb, BP 138/76.
Note: pt's granddaughter set up the portal account ({{ID:gildo.sandoval44}}); proxy form pending.`,

  `APP CHAT TRANSCRIPT  - "Ask a Nurse" (24/7)     conv {{ID:CNV-99310482}}
Member: {{NAME:Priyanka Venkataraman}}  DOB {{DATE:12/03/1990}}  plan ID {{HEALTH_PLAN:UHX-661044928-02}}
Nurse: {{NAME:Colette}} ({{FACILITY:Meridian Nurse Line}})   device: iPhone, app 7.4.1, IP {{IP:2600:1700:3ac0:8f10:5d2e:41b9:c0a7:19f3}}

[{{DATE:01/14/2024 22:03}}] member: my son is 4 and has fever 103.1 since this afternoon, home covid test positive just now
[22:04] {{NAME:Colette}}: Hi {{NAME:Priyanka}}, I'm sorry he's sick. What's his name and birthday so I can add him?
[22:05] member: {{NAME:Arjun Venkataraman}}, {{DATE:6/2/2019}}
[22:06] {{NAME:Colette}}: Is {{NAME:Arjun}} drinking? Any trouble breathing, blue lips, very sleepy, stiff neck, rash?
[22:07] member: drinking juice ok, breathing fast-ish maybe? 32 breaths I counted. no rash
[22:09] {{NAME:Colette}}: That rate is ok for 4. Give ibuprofen 10 mg/kg (he's about 17 kg -> 170 mg = 8.5 mL of 100mg/5mL). Recheck temp in 1 h.
[22:10] member: ok. he has preschool tmrw at {{FACILITY:Little Acorns Montessori}}
[22:11] {{NAME:Colette}}: Keep him home. Video visit available now with a pediatric NP if you want: {{URL:https://app.meridiannurse.example/v/q8H2kLx}}. Call 911 if any trouble breathing.
[22:12] member: booked for 8am, thank you!!
Disposition: home care + next-day virtual. Nurse lic {{LICENSE:RN 2211849}}.`,

  `ANTICOAGULATION - HOME INR SELF-TEST REVIEW
{{FACILITY:Coastal Plains Anticoagulation Service}}  pharmacist-managed   fax {{FAX:912-555-0127}}
Pt: {{NAME:Eunice Abernathy-Drayton}}  DOB {{DATE:07/08/1939}}  MRN {{MRN:CPA-0031774}}
Indication: mechanical mitral valve (On-X, 2016), goal INR 2.5-3.5
Meter: CoaguChek XS, SN {{DEVICE:UQ0498126}}; strips lot 51028-11, exp 2025-08 (not pt specific)
IDTF reporting: {{FACILITY:HomeINR Direct}} acct {{ACCOUNT:HID-773190}}

Result log
  {{DATE:02/05/2024}}   3.1
  {{DATE:02/12/2024}}   2.9
  {{DATE:02/19/2024}}   2.2  L   -> called pt {{PHONE:912-555-0166}}, ate lots of collards at church supper ({{FACILITY:Greater Hopewell AME}})? 
  {{DATE:02/20/2024}}   warfarin 5 mg -> 7.5 mg x1 then resume 5 mg daily exc 7.5 M/F
  {{DATE:02/26/2024}}   2.7
Comments: pt's niece {{NAME:Loretta}} ({{EMAIL:loretta.drayton@shoremail.example}}) helps with meter; pt prefers phone over portal. Next test {{DATE:3/4}}.
{{NAME:Harrison Achterberg}}, PharmD, CACP   {{DATE:02/26/2024 15:20}}`,

  `NEW PATIENT SELF-REGISTRATION (mobile app) - pending verification
Submitted {{DATE:2024-04-09 20:41:17}}  from IP {{IP:71.58.204.119}}  device SM-S918U, ID {{DEVICE:3f9a0c27e1b64d88}}
Legal name: {{NAME:Ignatius Obi Chukwuemeka}}    preferred: {{NAME:Iggy}}
DOB: {{DATE:1984-02-29}}   Sex: M   SSN: {{SSN:555-41-8806}}
Address: {{ADDRESS:77 Tanglewood Ct}}, {{LOCATION:Camp Hill}}, PA {{ZIP:17011}}
Cell {{PHONE:717-555-0190}}   Email {{EMAIL:iggy.chukwuemeka@mailbox.example}}
Employer: {{FACILITY:Susquehanna Freight Lines}} (dispatcher)
Emergency contact: {{NAME:Adaeze Chukwuemeka}} (spouse) {{PHONE:717-555-0191}}
Insurance: Keystone Choice PPO, member {{HEALTH_PLAN:KCP884120937}}, group 0044712 (not pt specific)
Uploads:
  insurance card front/back  {{ID:UPL-20240409-88123}}, {{ID:UPL-20240409-88124}}
  photo ID (PA DL {{LICENSE:28 104 556}})  {{PHOTO:dl_front_88125.jpg}}
  selfie for match            {{PHOTO:selfie_88126.jpg}} (match 0.91)
Preferred clinic: {{FACILITY:Capital Area Primary Care - Lemoyne}}
Reason for first visit: "establish care, need DOT physical + BP check (was 150/95 at {{FACILITY:Riverfront Market}} kiosk)"
Verified by {{NAME:Maribel Ocasio}} {{DATE:04/10/2024}} - MRN assigned {{MRN:CAPC-2210884}}.`,

  `TELEHEALTH VISIT - missed then completed  /  transport note
{{DATE:8/14/2024}}   Pt {{NAME:Cordelia Ashworth-Nkemelu}}  MRN {{MRN:44019283}}  DOB {{DATE:01-22-1961}}
10:00 scheduled video visit link ({{URL:https://visit.blueheronhealth.example/j/4471-ACN}}) - pt not in waiting room. 10:07 called {{PHONE:(843) 555-0152}}: pt said her tablet died; she's in a Medicaid ride on the way back from dialysis at {{FACILITY:Lowcountry Kidney Center}}.
Driver agreed to stop; pt joined by phone video from the van (ride ref {{ID:MTM-6620418}}, van SC plate {{VEHICLE:RKT-8821}}). Pt consented to visit in vehicle, driver stepped out.
S: post-dialysis cramping, BP dropping to 90s after runs. Dry weight set 71 kg on {{DATE:8/1}}. Missed 1 run last wk - ride never came.
A/P: ESRD on HD MWF; intradialytic hypotension - will message nephrology (Dr. {{NAME:Abiodun}}) re: dry weight; hold amlodipine on dialysis days. Social work ({{NAME:Trina Legare}}) to file transport complaint with the broker, ref {{ID:CMP-24-10337}}.
Total time 22 min. Video + audio.
{{NAME:Thaddeus Munroe}}, DO, {{FACILITY:Blue Heron Health - Summerville}}`,

  `COVID HOME PULSE-OX PROGRAM - daily check-in sheet
Program: {{FACILITY:Tri-County Virtual Care Center}}      line {{PHONE:(740) 555-0129}}
Pt: {{NAME:Arvid P. Lundquist}}    {{AGE:90}} y/o M    MRN {{MRN:TCV-009184}}    discharged {{DATE:1/2/22}} from {{FACILITY:Hocking Hills Regional}}
Oximeter SN {{DEVICE:OXI-9900-22B-01744}}, reporting through cell hub SN {{DEVICE:CH-2-330981}}
Lives w/ wife {{NAME:Solveig}} (88) at {{ADDRESS:14960 State Route 664}}, {{LOCATION:Logan}}, OH {{ZIP:43138}}

date      time   SpO2   HR    symptoms                        caller
{{DATE:01/03/22}}  0900   93%    88    cough, tired                    {{NAME:KB}}
{{DATE:01/04/22}}  0900   92%    91    same                            {{NAME:KB}}
{{DATE:01/04/22}}  1930   89% !  104   more SOB walking to bathroom    {{NAME:RT}} -> MD
{{DATE:01/05/22}}  0900   94%    84    better after O2 2L started      {{NAME:KB}}
{{DATE:01/06/22}}  0900   95%    80    eating more                     {{NAME:KB}}

{{DATE:01/04/22}} 1950: Dr. {{NAME:Kaczmarek}} ok'd home O2 2L via {{FACILITY:Buckeye Home Medical}} (delivered 23:10), dexamethasone continued. Wife declined ED. Pt is DNR (form on fridge).
Discharge from program {{DATE:01/12/22}}. Forms faxed to PCP {{FAX:(740) 555-0130}}.`,

  `Mensaje del portal / Portal message (Spanish, translated below by staff)
De: {{NAME:Guadalupe Itzel Morales Ochoa}}   Exp. {{MRN:MX-00291874}}   F.N. {{DATE:14/02/1977}}
Para: Clínica {{FACILITY:Salud del Valle Imperial}}
Enviado: {{DATE:18 de marzo de 2024, 06:55}}

Buenos días, soy {{NAME:Lupita Morales}}. El aparato de la presión que me mandaron (número de serie {{DEVICE:HEM-7155T-2209814}}) ya no manda los datos a la aplicación desde el sábado. Mi presión hoy 146/94. Tomo losartán 50 mg. También mi hijo {{NAME:Emiliano}} cambió de celular, el nuevo es {{PHONE:(760) 555-0148}}. Vivimos ahora en {{ADDRESS:Calle Primavera 482}}, {{LOCATION:Calexico}} {{ZIP:92231}}. Gracias.

[Staff translation + note, {{NAME:Rocío Ibarra}}, MA, {{DATE:03/18/2024 09:10}}]
Pt reports BP cuff (SN {{DEVICE:HEM-7155T-2209814}}) not syncing since Sat; BP today 146/94 on losartan 50. Son's new cell {{PHONE:(760) 555-0148}}; new address updated in registration. Called pt 09:20 in Spanish: Bluetooth was off after phone update, re-paired, test reading received 09:31 (139/88). Routed BP to Dr. {{NAME:Espinoza-Laird}} for review.`,

  `EPILEPSY MONITORING - WEARABLE SEIZURE ALERTS (caregiver app)
Clinic: {{FACILITY:Great Lakes Comprehensive Epilepsy Program}}    telehealth f/u
Pt: {{NAME:Ezekiel Amadi-Brennan}}    DOB {{DATE:11/11/2003}}    MRN {{MRN:GLE-7710293}}
Wristband: Embrace-type, SN {{DEVICE:EMB2-4K71-0093}}; paired phone MAC {{DEVICE:F0:99:B6:3C:7A:12}}
Caregivers alerted: mother {{NAME:Siobhan Brennan}} {{PHONE:616-555-0131}}, roommate {{NAME:Marcus}} {{PHONE:616-555-0132}}

alert log
{{DATE:Feb 3 2024 02:14}}   GTC-like event, 68 s   mother called, roommate went in; pt postictal, no injury
{{DATE:Feb 9 2024 15:40}}   event, 12 s            false alarm (shoveling snow)
{{DATE:Feb 17 2024 05:02}}  GTC-like event, 94 s   roommate gave rescue nasal midazolam; EMS not called
{{DATE:Feb 24 2024 23:30}}  band off wrist 7 h    (charging)

video visit {{DATE:02/26/2024}} w/ Dr. {{NAME:Halvorsen}}: 2 GTCs this month, both early am; missed levetiracetam on both prior nights (late shifts at {{FACILITY:Lakeshore Parcel Hub}}). Plan: lacosamide added 50 mg bid, pill box w/ app reminders. Seizure driving law reviewed - pt's MI license {{LICENSE:B 652 118 440 917}} should not be used; pt agrees. Note for college ({{FACILITY:Grand Valley Tech}}) disability office.`,

  `LUNG TRANSPLANT - HOME SPIROMETRY REVIEW
{{FACILITY:Catawba Ridge Transplant Institute}} Lung Tx Clinic - coordinator review
Recipient: {{NAME:Aurelio Benedetti-Mwale}}   DOB {{DATE:06/06/1966}}   MRN {{MRN:PTI-LT-0419}}   bilateral LTx {{DATE:09/14/2022}}
Spirometer: handheld Bluetooth, SN {{DEVICE:SPR-01-77418}}, app on pt tablet (install ID {{DEVICE:INST-4b7c91e2}})

Week of {{DATE:July 8, 2024}}
  {{DATE:7/8}}   FEV1 2.41 L
  {{DATE:7/9}}   2.38
  {{DATE:7/10}}  2.22
  {{DATE:7/11}}  2.15   <-- >10% drop from baseline 2.46 -> AUTO ALERT
  {{DATE:7/12}}  2.19
Pt phone call {{DATE:7/11}} ({{NAME:Ingrid Solberg}}, RN coordinator): mild cough x 4 d, no fever, grandson ({{NAME:Luca}}) had a cold. Adherent w/ tacrolimus (level {{DATE:7/1}} 8.2), MMF, pred 5.
Plan per Dr. {{NAME:Ferraro-Quist}}: resp viral panel at {{FACILITY:LabNorth Collection - Huntersville}} {{DATE:7/12}}, CXR, repeat spirometry in clinic {{DATE:7/15}}; if persistent decline -> bronch (r/o ACR). Pt lives at {{ADDRESS:5120 Shearwater Ln}}, {{LOCATION:Cornelius}} {{ZIP:28031}}, 30 min away.
RVP resulted {{DATE:7/13}}: rhinovirus +. Expect recovery; spirometry trending up by {{DATE:7/18}} (2.39).`,

  `PRIVACY INCIDENT REPORT - misdirected e-mail
Incident # {{ID:PRIV-2024-0311}}   reported {{DATE:06/28/2024 14:05}}   by {{NAME:Wendell Aguilar-Stroud}} (scheduler)
Facility: {{FACILITY:Canyon Rim Orthopedics}}, {{ADDRESS:4050 N Oracle Rd}}, {{LOCATION:Tucson}} {{ZIP:85705}}
What happened: telehealth visit instructions incl. patient's name, DOB, MRI date and Zoom link were e-mailed to {{EMAIL:mdiaz.1980@webpost.example}} instead of {{EMAIL:m.diaz1980@webpost.example}}.
Affected patient: {{NAME:Marisol Díaz-Kaminski}}, DOB {{DATE:04/23/1980}}, MRN {{MRN:CRO-66103}}; MRI {{DATE:06/20/2024}}; link {{URL:https://canyonrimortho.zoom.us/j/97710448215?pwd=cR4xT9}}
Recipient response: unknown person replied "not me" {{DATE:06/28/2024 13:58}} from IP {{IP:45.49.213.8}} (header).
Actions: meeting deleted and reissued; pt called {{PHONE:520-555-0117}} by Privacy Officer {{NAME:Nadia Ferrante}} {{DATE:6/28}} 15:10, apologized, verified correct e-mail. Recipient asked to delete; deletion attestation requested. Risk assessment: low probability of compromise (no SSN, no dx beyond "knee").
Root cause: autocomplete in scheduling e-mail. Remediation: secure e-mail via portal only. Closed {{DATE:07/12/2024}}.`,

  `SMART SPEAKER MED-REMINDER LOG (skill: "PillPal Home")  - exported for pharmacist review
Account holder: {{NAME:Winifred Oyelowo-Marsh}}   DOB {{DATE:08/16/1934}}   ({{AGE:ninety}}, lives alone)
Address on account: {{ADDRESS:39 Lantern Hill Rd}}, {{LOCATION:Bennington}}, VT {{ZIP:05201}}
Voice profile: enrolled {{DATE:3/2/2024}}, voiceprint ID {{BIOMETRIC:VPR-4418-02AB9F}}; 2nd profile for daughter {{NAME:Philippa}} {{BIOMETRIC:VPR-4418-02AC10}}
Speaker device SN {{DEVICE:G0911W0493620147}}, home Wi-Fi IP {{IP:192.168.1.47}}

{{DATE:04/21/2024 08:00}}  "Time for your morning pills, {{NAME:Winnie}}." -> voice "done" (voice match: {{NAME:Winifred}})
{{DATE:04/21/2024 20:00}}  evening reminder -> no response; repeat 20:15 -> "I took them" (voice match: {{NAME:Philippa}}!)
{{DATE:04/22/2024 08:00}}  -> "done" ({{NAME:Winifred}})
{{DATE:04/22/2024 20:00}}  -> no response x3 -> SMS to daughter {{PHONE:802-555-0189}}
{{DATE:04/23/2024 08:00}}  -> "what pills?" ({{NAME:Winifred}})

Pharmacist note ({{NAME:Osvaldo Trinh}}, PharmD, {{FACILITY:Green Mountain Senior Pharmacy}}, {{DATE:4/24}}): evening adherence poor; daughter confirming on mom's behalf. Donepezil 10 mg at night - suggest move to AM with other meds, blister pack started. Called PCP Dr. {{NAME:Lachance}} {{PHONE:802-555-0101}}.`,

  `OUTBOUND SMS CAMPAIGN - "Flu & COVID shots 2024" - delivery report (excerpt)
Sender: {{FACILITY:Ridgeview Community Health}}   from {{PHONE:(970) 555-0100}}    sent {{DATE:10/01/2024 10:00}}
Template: "Hi {first}, it's time for your flu shot! Book online at {{URL:https://ridgeviewch.example/flu}} or call us. Reply STOP to opt out."

to                 patient                        MRN          status        reply
{{PHONE:970-555-0121}}    {{NAME:Bautista, Rogelio}}           {{MRN:RCH-11820}}    delivered     "already got it at {{FACILITY:Mesa Foods}} pharmacy"
{{PHONE:970-555-0122}}    {{NAME:Kincaid, Harriet Mae}}        {{MRN:RCH-04471}}    delivered     "I am {{AGE:97}} do I still need it"
{{PHONE:970-555-0123}}    {{NAME:Lindahl, Soren}}              {{MRN:RCH-29004}}    undeliverable (landline)
{{PHONE:970-555-0124}}    {{NAME:Ahmadzai, Farida}}            {{MRN:RCH-30118}}    delivered     "can I bring my kids {{NAME:Zalmai}} and {{NAME:Mina}} same time?"
{{PHONE:970-555-0125}}    {{NAME:O'Rourke, Declan}}            {{MRN:RCH-07729}}    delivered     STOP
{{PHONE:970-555-0126}}    {{NAME:Thunderbird, Coralee}}        {{MRN:RCH-18853}}    delivered     "wrong number this is her granddaughter"

follow-up by {{NAME:Yolanda Begay}}, MA ({{DATE:10/2}}): Ms. {{NAME:Kincaid}} - yes, high-dose flu vaccine, booked {{DATE:10/8}}; Mrs. {{NAME:Ahmadzai}} - family slots {{DATE:Sat 10/5}}; Mr. {{NAME:O'Rourke}} opted out, flag set; Ms. {{NAME:Thunderbird}}'s number updated to {{PHONE:970-555-0177}} per granddaughter {{NAME:Skye}}.`,

  `CORRECTIONAL TELEHEALTH - Infectious Disease (HCV)
Site: {{FACILITY:Yalobusha Ridge Correctional Facility}} medical unit    Hub: {{FACILITY:Sunflower Delta Health Partners}} ID Clinic
Date: {{DATE:3-12-2024}}   video via secure cart, facility IP {{IP:172.16.40.12}}, provider link {{URL:https://telehealth.sunflowerdeltahp.example/corr/room7}}
Patient: {{NAME:Dewayne Q. Pettigrew}}   inmate/DOC # {{ID:MDOC 204417}}   DOB {{DATE:07/30/1982}}   MRN {{MRN:DSHP-881245}}
Present: pt, facility nurse {{NAME:LaTonya Spears}}, LPN; officer outside door.
S: HCV genotype 1a, VL 2.1 million ({{DATE:1/29}}), FIB-4 1.8. Prior IVDU, none x 4 yr. No HBV (sAb+ after vaccine). HIV neg.
O: via camera, no jaundice; nurse-reported wt 82 kg.
A/P: chronic HCV, no cirrhosis -> sofosbuvir/velpatasvir x 12 wk, PA to state Medicaid-corrections program ref {{ID:HCV-PA-77310}}. Labs at wk 4 and SVR12. Release date est. {{DATE:Nov 2024}} - linkage to {{FACILITY:Greenwood Harm Reduction Clinic}} on release; case manager {{NAME:Obi}} notified. Counseling on reinfection.
{{NAME:Anjali Sethuraman}}, MD  - MS license {{LICENSE:27841}}`,

  `HOSPITAL AT HOME - DAILY VIRTUAL ROUNDS   day 3
Program: {{FACILITY:Bluestem Hospital at Home}}   command center {{PHONE:316-555-0160}}
Pt: {{NAME:Ruthanne Kleinschmidt}}   78F   MRN {{MRN:BHH-0093371}}   admitted {{DATE:05/13/2024}} (cellulitis L leg, IV cefazolin)
Home: {{ADDRESS:2217 N Porter Ave}}, {{LOCATION:Wichita}}, KS {{ZIP:67203}}; husband {{NAME:Elmer}} (caregiver) {{PHONE:316-555-0174}}
Kit: tablet SN {{DEVICE:TAB-HH-22810}}, vitals patch SN {{DEVICE:VP-8A-004471}}, PERS pendant SN {{DEVICE:PERS-3390218}}

Video round {{DATE:05/15/2024 09:30}} - Dr. {{NAME:Oyinlola Bamgbose}} (hospitalist), RN {{NAME:Kurt Esterhuizen}} in home for visit 2/2 today.
Overnight: T max 37.6, HR 80s, patch data continuous except 01:10-01:40 (pt showered). Pendant pressed once at 03:12 by accident.
Exam (RN + camera): erythema receding from marked border, no bullae. Leg photos uploaded to chart - less red than day 1.
Labs drawn in home by {{FACILITY:Prairie Mobile Phlebotomy}}: WBC 9.8 (from 14.2), Cr 1.0.
Plan: switch to PO cephalexin {{DATE:5/16}} if afebrile; d/c from program {{DATE:5/17}}; PCP f/u Dr. {{NAME:Van Wyk}} in 1 wk at {{FACILITY:Riverside Family Physicians}}.`,

  `HOME PD - REMOTE CYCLER REVIEW
{{FACILITY:Three Rivers Home Dialysis Unit}}    RN {{NAME:Jacinta Mbatha-Cole}}
Pt: {{NAME:Oleksandr Hrytsenko}}   DOB {{DATE:23.05.1958}}   MRN {{MRN:TRHD-20418}}
Cycler: Claria-type w/ Sharesource, SN {{DEVICE:CLR-4A-0192774}}; modem SN {{DEVICE:MDM-88-102933}}
Rx: 5 exchanges x 2.0 L, 1.5%/2.5%, last fill 1.5 L icodextrin, total 9 h

Treatment date   total UF   drain alarms   bypasses   notes
{{DATE:10/06/24}}     +820 mL     0             0
{{DATE:10/07/24}}     +640 mL     3             1       low drain vol x3
{{DATE:10/08/24}}     +310 mL     6             2       pt bypassed 2 drains
{{DATE:10/09/24}}     (none)                           no treatment - called
Call {{DATE:10/09/24 10:15}} (pt's wife {{NAME:Nataliya}} interpreting, Ukrainian): constipation x 4 d, abdominal "tight", no fever, effluent clear. Cell {{PHONE:412-555-0108}}.
Plan: senna + PEG, reposition catheter, hold icodextrin tonight; KUB at {{FACILITY:Three Rivers Imaging - Monroeville}} if not resolved 48 h. Peritonitis sx reviewed. Remote prescription change sent to cycler {{DATE:10/09/24 11:02}}.
Dr. {{NAME:Adeyemi-Park}} notified. Supplies: Baxter order via {{FACILITY:Allegheny Renal Supply}} acct {{ACCOUNT:ARS-5520931}}.`,

  `ACCOUNT SECURITY ALERT - Patient Portal   case {{ID:SEC-24-00917}}
Patient: {{NAME:Theodora Papadimitriou-Lane}}   MRN {{MRN:00663019}}   DOB {{DATE:02/02/1972}}
Detected {{DATE:2024-09-02T04:11:09Z}}: successful login from IP {{IP:102.89.34.201}} (geo: {{LOCATION:Lagos}}, Nigeria) 7 min after login from {{IP:68.47.155.20}} (geo: {{LOCATION:Naperville}}, IL). Impossible-travel rule fired.
Actions by attacker session {{ID:SESS-a81c-77d2}}: viewed lab results, changed e-mail from {{EMAIL:theo.lane@mailhub.example}} to {{EMAIL:theo.lane.portal@quickmail.example}}, attempted direct deposit change (blocked - not supported).
Response ({{NAME:Grant Oduya}}, security analyst):
 - {{DATE:09/02/2024 04:25}} account locked, all sessions revoked
 - {{DATE:09/02/2024 08:02}} called pt at {{PHONE:630-555-0186}}, identity re-verified (DOB + SSN last 4 {{SSN:7306}}) - confirmed she had received a text "from the clinic" with a link and entered her password + code. Pt's phone IMEI {{DEVICE:359871112203557}} unchanged - no SIM swap.
 - e-mail restored; MFA moved from SMS to app; Face ID enabled on her iPhone (no template stored by us).
 - privacy office notified (incident {{ID:PRV-24-0244}}) - results viewed incl. mammogram {{DATE:8/20}}.
Pt advised to check other accounts. Closed {{DATE:09/05/2024}}.`,

  `From: {{NAME:Imogen Castellanos-Wright}}, MS, CGC <{{EMAIL:icwright@lakelandgenetics.example.org}}>
To: {{NAME:Hyun-woo Baek}} <{{EMAIL:hwbaek.home@pm.example}}>
Sent: {{DATE:Wednesday, 17 January 2024 11:26}}
Subject: Follow-up from our video genetic counseling session / BRCA results

Dear {{NAME:Hyun-woo}},
Thank you for meeting with me by video on {{DATE:1/16}} (visit {{ID:GC-240116-12}}). As discussed, your result from {{FACILITY:Helix Lane Diagnostics}} (accession {{ID:HLD-24-0039182}}) shows a pathogenic BRCA2 variant, c.5946delT.
Cascade testing: we talked about your sister {{NAME:Ji-yeon}} (lives in {{LOCATION:Busan}}) and your daughter {{NAME:Soo-ah}}, who is 19. The family letter is attached; your sister can be tested locally, and your daughter can schedule with us at {{PHONE:(863) 555-0149}}.
Your own plan: referral to Dr. {{NAME:Almeida}} for prostate and pancreatic screening; breast awareness (male BRCA2 carriers). The results PDF is in your portal ({{URL:https://portal.lakelandgenetics.example.org/results}}).
Warm regards,
{{NAME:Imogen}}
{{FACILITY:Lakeland Genetics & Precision Health}}, {{ADDRESS:1415 Lakeland Hills Blvd, Suite 200}}, {{LOCATION:Lakeland}}, FL {{ZIP:33805}}`,

  `PEDS ENDO - PUMP/CGM DOWNLOAD REVIEW (remote, between visits)
{{FACILITY:Sunflower Children's Diabetes Center}}       reviewed {{DATE:11/04/2024}}
Pt: {{NAME:Anaya Rose Whitehorse}}   age 9   DOB {{DATE:03/15/2015}}   MRN {{MRN:SCD-00718}}
Pump: t:slim X2, SN {{DEVICE:1190274}}, Control-IQ on; CGM Dexcom G6 transmitter {{DEVICE:8KH4N2}}
Upload via parent's phone ({{NAME:Marcy Whitehorse}}, {{EMAIL:marcywhitehorse@prairienet.example}})

14-day: TIR 62%  TAR 34% (>250: 11%)  TBR 4%  CV 41%  sensor wear 93%
 - post-lunch highs school days (school: {{FACILITY:Lone Tree Elementary}}, nurse Ms. {{NAME:Otero}})
 - 2 lows overnight {{DATE:10/26}}, {{DATE:10/29}} after soccer
 - 6 site-change alerts; occlusion alarm {{DATE:10/30}}

Changes (Dr. {{NAME:Birchfield}}): lunch carb ratio 1:12 -> 1:10; temp activity profile for soccer nights. Messaged mom via portal 14:20. School order updated & faxed to {{FAX:785-555-0118}}.
Pt lives in {{LOCATION:Hays}}, KS, 3 h drive -> alternate clinic visits by video.
RPM time 23 min (99457); {{NAME:BF}}/{{NAME:tc}}`,

  `TELE-RETINAL SCREENING (diabetic) - primary care site
Site: {{FACILITY:Kanawha Valley Family Practice}}, {{LOCATION:Charleston}}, WV     camera: Topcon-type nonmydriatic, station 2
Reader: {{FACILITY:Mountain State Eye Reading Center}}   read {{DATE:06/19/2024}}
Patient: {{NAME:Beverly Jo Crites}}   DOB {{DATE:10/01/1954}}   MRN {{MRN:KVFP-551032}}   payer ID {{HEALTH_PLAN:WVM00884127}}
Images captured {{DATE:06/17/2024 11:05}} by {{NAME:Shonda Pauley}}, MA: 2 fields each eye, quality OD good, OS fair (small pupil). (retinal images, not for ID)
Findings:
  OD  moderate NPDR, scattered dot-blot hemes, no DME
  OS  moderate NPDR vs severe (4 quadrants hemes?) - image quality limits, possible IRMA superotemporal
Impression: moderate NPDR OU; cannot exclude severe NPDR OS.
Recommendation: in-person dilated exam with retina within 4-6 wk ({{FACILITY:Appalachian Retina Associates}}, {{PHONE:304-555-0171}}). A1c 9.4 ({{DATE:5/28}}).
Reader: {{NAME:Gideon Rothenberg-Ali}}, OD   lic {{LICENSE:WV OD-1194}}
Result letter mailed to pt at {{ADDRESS:318 Poca River Rd}}, {{LOCATION:Poca}}, WV {{ZIP:25159}}; copy in portal. CPT 92228.`,

  `secure chat  #rpm-alerts  ({{DATE:Fri 2/9/24}})
07:02 {{NAME:kfarouk}}: overnight alert list, 5 pts:
  1. {{NAME:Lindgren-Oyama}} - wt +4.1 lb/24h, scale {{DEVICE:SC-77120}}. called, ate ham. recheck am
  2. {{NAME:Peralta, Rosendo}} - BP 188/104 x2 -> ED? pt refused, took extra amlodipine per plan, 162/90 at 06:30
  3. Mrs. {{NAME:O}} (the one in {{LOCATION:Gallup}}) - no data 72h, hub {{DEVICE:HB-33018}} offline, prob power out
  4. {{NAME:Tsosie, Harrison}} - SpO2 86% single reading, repeat 94, finger cold
  5. {{NAME:Abernathy}} - glucose 42 at 03:14 -> wife gave juice, 118 at 03:40
07:05 {{NAME:mdelgado}}: thx. I'll call #3's daughter {{PHONE:505-555-0119}}. #2 needs appt today w/ Dr {{NAME:Q}}
07:06 {{NAME:kfarouk}}: #5 - that's the 3rd low this wk, glipizide??
07:09 {{NAME:mdelgado}}: yes on glipizide 10 bid. msg'd Dr. {{NAME:Quintana}}
07:41 {{NAME:mdelgado}}: #3 reached - power back, hub blinking green. data flowing 07:38
07:42 {{NAME:kfarouk}}: 🙏 closing out. 99457 time logged`,

  `VIDEO VISIT - Deaf patient, ASL interpreter (VRI)
{{DATE:April 4th, 2024}}   {{FACILITY:Chesapeake Bay Family Medicine}}
Pt: {{NAME:Ambrose Kittredge-Ndiaye}}    DOB {{DATE:05/05/1988}}    MRN {{MRN:CBFM-300412}}
Contact: VP number {{PHONE:410-555-0197}} (videophone; use relay for calls), text {{PHONE:410-555-0198}}, email {{EMAIL:ambrose.kn@deafmail.example}}
Interpreter: ASL, VRI vendor, interpreter ID {{ID:ASL-7712}}. 3-way video: {{URL:https://vri.chesapeakebayfm.example/s/ak-0404}}; pt IP {{IP:108.28.66.140}}.
Pt preference documented: ASL, no lip-reading, captions as backup. Wife {{NAME:Mireille}} (also Deaf) present.
S: R ear fullness? no - pt clarifies: R jaw pain + facial droop noticed by wife this am; Bell's palsy concern. No limb weakness, no speech change (signing fluent), no headache.
O (video): R lower motor neuron facial weakness incl. forehead, cannot close R eye fully. Smile asymmetric. Signs w/ both hands, symmetric.
A: Bell's palsy R, onset <72 h. Not stroke pattern (forehead involved).
P: prednisone 60 mg x 7 d, eye lubricant + tape at night; valacyclovir not given. Rx to {{FACILITY:Harbor East Pharmacy}}. Work note for his employer, {{FACILITY:Inner Harbor Print & Sign}}. Recheck video {{DATE:4/11}}.
{{NAME:Sabine Okoro-Whitlock}}, MD`,

  `REMOTE RESEARCH E-CONSENT - audit trail
Study: HEART-WEAR (IRB #2023-0447; NCT number on file - not pt specific)
Site: {{FACILITY:Old Dominion Cardiovascular Research Unit}}   coordinator {{NAME:Tamsin Achebe-Crowley}}
Participant: {{NAME:Lucius Ferreira-Obuya}}   DOB {{DATE:08/21/1959}}   MRN {{MRN:ODC-0044129}}   participant ID {{ID:HW-0147}}
Legally authorized rep: n/a

{{DATE:2024-02-12 14:00:05}} EST  teleconsent session started, video link {{URL:https://econsent.odcru.example/session/8f2d-44a1}}
{{DATE:2024-02-12 14:02:40}} EST  participant joined from IP {{IP:96.255.12.78}}, Firefox 122, Windows 10
{{DATE:2024-02-12 14:31:18}} EST  comprehension quiz 9/10 (Q4 re-explained: withdrawing does not affect care)
{{DATE:2024-02-12 14:36:52}} EST  participant signature (drawn) + initials "{{NAME:LFO}}" on pp 3, 7, 11
{{DATE:2024-02-12 14:37:30}} EST  coordinator countersigned
{{DATE:2024-02-12 14:38:02}} EST  copy e-mailed to {{EMAIL:lucius.fo@netpost.example}}
Optional: future contact YES; genetic substudy NO; share watch data with sponsor YES.
Study watch shipped {{DATE:02/13/2024}}: SN {{DEVICE:HWW-23-009871}}, paired phone IMEI {{DEVICE:352099001761481}}.
Home address for shipping {{ADDRESS:4709 Cedar Gate Dr}}, {{LOCATION:Chesapeake}}, VA {{ZIP:23321}}.`,

  `PORTAL MESSAGE - "Apple Watch said AFib"
From: {{NAME:Reinhold Stavropoulos}}  (MRN {{MRN:1034-7781}})    {{DATE:Sun 9/15/2024 22:48}}
To: Dr. {{NAME:Amadou Diallo-Fontaine}}, cardiology, {{FACILITY:Blue Ridge Heart Associates}}

Doc, my watch gave me the irregular rhythm notice 3x tonight and I did the ECG on it, PDF attached. Heart rate 112. I feel a little fluttery but no chest pain, no dizzy. I had 4 beers at my grandson {{NAME:Tyler}}'s wedding in {{LOCATION:Roanoke}} yesterday. Should I go to the ER? I'm 71 and on eliquis already? NO - I'm on aspirin only. My wife {{NAME:Gretchen}} says go. cell {{PHONE:540-555-0142}}
- {{NAME:Reinhold}}

Reply (on-call RN {{NAME:Delia Marchetti}}, {{DATE:09/15/2024 23:05}}): Called pt. HR now 96, irregular per pt's cuff. No red flags. Advised urgent visit tomorrow; if chest pain, fainting, SOB -> 911. 
Addendum {{DATE:9/16}} Dr. {{NAME:Diallo-Fontaine}}: watch ECG c/w AF, RVR. Seen in clinic, CHA2DS2-VASc 2 (age 71, HTN) -> apixaban 5 bid, metoprolol. Holter 14-day patch SN {{DEVICE:ZP-4410293}} placed.`,

  `TELE-LACTATION VISIT (video)  -  {{FACILITY:Cradle & Co. Lactation Services}}
{{DATE:12/02/2023}} 13:30    IBCLC: {{NAME:Henrike Vos-Amankwah}}
Mother: {{NAME:Fatoumata Sissoko}}   DOB {{DATE:4/4/1994}}   MRN {{MRN:CCL-18830}}
Infant: baby boy {{NAME:Sissoko}} ("{{NAME:Issa}}")   DOB {{DATE:11/24/2023}}   MRN {{MRN:CCL-18831}}
Link {{URL:https://cradleandco.example/tele/hv-room2}}; mom joined from phone, IP {{IP:174.204.19.96}}. Dad {{NAME:Moussa}} held phone for latch view.
Smart baby scale (SN {{DEVICE:BBS-01-661094}}) weights synced to app:
  birth 3.42 kg -> {{DATE:11/27}} 3.15 (-7.9%) -> {{DATE:11/30}} 3.24 -> today 3.36
S: nursing 8-10x/day, R nipple pain 6/10, cracked. 6 wet, 4 yellow stools. Pumping once at night (Spectra).
O (video): shallow latch R, infant's lower lip tucked; tongue elevation limited - possible posterior tie? defer to ped.
A/P: improving wt gain (~40 g/d). Latch correction (laid-back), lanolin, nipple shield NOT needed. Refer to ped Dr. {{NAME:Ossei}} at {{FACILITY:Hillcrest Pediatric Group}} re: tongue function. F/u video {{DATE:12/6}}. Summary faxed to ped {{FAX:(614) 555-0178}}.`,

  `IT HELPDESK TICKET {{ID:RITM0088214}}  - RPM scale not connecting
opened {{DATE:7/22/2024 9:12}} by {{NAME:Celestine Obuya}} (RPM coordinator) on behalf of patient
pt: {{NAME:Horace Lightfoot-Beam}}  MRN {{MRN:HLB-20019}}  dob {{DATE:1948-07-07}}  phone {{PHONE:(406) 555-0125}}
device: Wi-Fi scale, SN {{DEVICE:WS-BC-30018247}}, MAC {{DEVICE:A4:C1:38:0F:62:9D}}; pt router at home, LAN IP assigned {{IP:192.168.0.112}}, public IP {{IP:63.138.41.250}}
symptoms: scale shows "E4 - no network" since {{DATE:7/18}}. pt changed internet provider; new Wi-Fi name "HOMENET-5G" (5 GHz only) - scale is 2.4 GHz only.
remote session w/ pt's grandson {{NAME:Kody}} ({{DATE:7/22/2024 14:00}}): enabled 2.4 GHz band on new router, re-ran setup. test weight 203.8 lb received 14:22.
also: pt asked if we can see him on the ranch camera lol - no.
missing days: {{DATE:7/18}}-{{DATE:7/21}} (4 days) - RPM coordinator notified re: 16-day requirement for July.
address on file for device swap if needed: {{ADDRESS:8801 Bridger Canyon Rd}}, {{LOCATION:Bozeman}}, MT {{ZIP:59715}}.
resolved {{DATE:7/22/2024 14:25}} - tech: {{NAME:R. Ahlgren}}`,

  `SCHOOL-BASED TELEHEALTH VISIT
School: {{FACILITY:Pee Dee Valley Middle School}} nurse's office, {{LOCATION:Lake City}}, SC      Hub: {{FACILITY:Lowcountry Kids Telehealth}}
Date {{DATE:01/23/2024}} 10:20   Presenter: school nurse {{NAME:Vernetta Cooper-Brisbon}}, RN
Student: {{NAME:Jamarion D. Wilson-McKnight}}   DOB {{DATE:09/17/2011}}   MRN {{MRN:LKT-7730281}}   grade 7
Parent consent on file (signed electronically {{DATE:08/14/2023}}, IP {{IP:97.72.110.6}}); grandmother {{NAME:Ola Mae Wilson}} joined by phone {{PHONE:843-555-0103}}.
Peripherals: digital otoscope, stethoscope (cart SN not pt specific).
CC: sore throat + fever 101.2 in nurse's office.
Exam (remote): tonsils 3+ w/ exudate, tender anterior nodes, no cough. Centor (McIsaac) 4. Rapid strep done by school nurse: POSITIVE (lot 3019284, exp 2025-03).
A/P: strep pharyngitis -> amoxicillin 50 mg/kg/day div bid x 10 d (wt 45 kg -> 1000 mg bid). Rx to {{FACILITY:Ellis Family Drug}}, {{LOCATION:Lake City}}. Out of school until 12 h of abx + afebrile. Note sent home.
Provider: {{NAME:Chidera Okafor-Langston}}, MD, pediatrics   NPI {{LICENSE:1508837261}}
copy to PCP {{FACILITY:Florence Children's Clinic}} fax {{FAX:843-555-0104}}`,

  `ePRO ALERT - ORAL CHEMO SYMPTOM MONITORING
{{FACILITY:Magnolia Cancer Institute}} - Breast Oncology   nurse navigator queue
Patient: {{NAME:Consuelo Ybarra-Whitfield}}   DOB {{DATE:11/08/1963}}   MRN {{MRN:MCI-5820044}}
Regimen: capecitabine 1000 mg/m2 bid d1-14 q21d, C3D9. Thermometer (Bluetooth) SN {{DEVICE:TMP-7Q-118392}}

Weekly survey submitted {{DATE:2024-08-22T19:40:03-05:00}} from app, IP {{IP:99.61.200.17}}:
  diarrhea              grade 2 (4-6/day)       ** ALERT **
  hand-foot syndrome    grade 1-2, "peeling on palms"
  mouth sores           none
  nausea                mild
  temp (device)         37.9 C at 19:31          ** ALERT (>=37.8) **
  free text: "hands hurt to hold a pen, I'm a bank teller at {{FACILITY:Gulf Shores Federal Credit Union}}"

Nurse navigator {{NAME:Destiny Fontenot}}, RN, called {{DATE:8/22}} 20:05 at {{PHONE:(251) 555-0166}}: hydrating, 5 loose stools today. Per Dr. {{NAME:Ravikumar}}: HOLD capecitabine, loperamide, labs tomorrow at {{FACILITY:Magnolia Infusion - Daphne}}; urea cream. Pt's husband {{NAME:Ray}} will drive.
Labs {{DATE:8/23}}: ANC 2.1, Cr 0.9, K 3.3. Resume at 75% dose next cycle.`,

  `GDM TEXT-BASED GLUCOSE PROGRAM - 2-way SMS thread
program: {{FACILITY:Desert Bloom Maternal-Fetal Medicine}}     sender {{PHONE:(602) 555-0150}}
pt: {{NAME:Ananya Krishnaswamy-Cole}}   EDD {{DATE:02/09/2025}}   MRN {{MRN:DBM-338127}}   mobile {{PHONE:(480) 555-0193}}
meter: Contour Next One, SN {{DEVICE:7241HB01993}} (Bluetooth to app)

{{DATE:11/18}} 07:02 pt: fasting 97
{{DATE:11/18}} 09:15 pt: 1h after bfast 151 :(  had toast + OJ
{{DATE:11/18}} 09:40 RN {{NAME:Marguerite}}: Hi {{NAME:Ananya}}! Juice spikes it - try eggs + 1 slice toast, no juice. Goal 1h <140.
{{DATE:11/18}} 13:30 pt: lunch 1h 128
{{DATE:11/18}} 19:45 pt: dinner 1h 144 - birthday dinner for my husband {{NAME:Derek}} at his moms in {{LOCATION:Chandler}}
{{DATE:11/19}} 07:05 pt: fasting 101
{{DATE:11/19}} 07:20 RN {{NAME:Marguerite}}: 3 fastings >95 this wk - I'll send to Dr. {{NAME:Abara}}.
{{DATE:11/19}} 12:10 RN {{NAME:Marguerite}}: Dr {{NAME:Abara}} wants to start NPH 8 units at bedtime. Pickup at {{FACILITY:Sonoran Health Pharmacy}}. Teaching visit by video Thu: {{URL:https://desertbloommfm.example/v/teach}}
{{DATE:11/19}} 12:14 pt: ok 👍 can my mom {{NAME:Lakshmi}} join the video?
{{DATE:11/19}} 12:15 RN {{NAME:Marguerite}}: of course!`,

  `AFTER VISIT SUMMARY (auto-generated, patient copy)
{{NAME:LORENZO BASILIO ACQUAVIVA}}    DOB: {{DATE:06/30/1950}}    MRN: {{MRN:PMG-1187724}}
Video visit with {{NAME:Felicity Onwuachi}}, PA-C on {{DATE:Tuesday, March 26, 2024}} at 3:00 PM
{{FACILITY:Palmetto Medical Group - Mount Pleasant}}  |  {{ADDRESS:1120 Bowman Rd, Bldg C}}, {{LOCATION:Mount Pleasant}}, SC {{ZIP:29464}}  |  {{PHONE:843-555-0135}}

Why you were seen: Cough and low-grade fever
Diagnoses: Acute bronchitis (J20.9); Type 2 diabetes (E11.9)
Your vitals (from your home devices): Temp 99.8 F (thermometer SN {{DEVICE:KT-22-004193}}), SpO2 96%, glucose 188
What to do:
 - Benzonatate 100 mg, 1 capsule 3 times a day as needed for cough
 - Check your sugar twice a day while sick; call if over 300
 - Come in or go to urgent care if short of breath, fever over 101, or not better in 10 days
Sent to pharmacy: {{FACILITY:Shem Creek Drugs}}, {{PHONE:843-555-0139}}
Next appointment: {{DATE:04/16/2024}} 10:40 AM, in person, Dr. {{NAME:Tannenbaum}}
Your portal: {{URL:https://mypalmetto.example.org}}  username {{ID:LACQUAVIVA50}}
Questions? Message us or e-mail {{EMAIL:careteam@palmettomg.example.org}}.`,

  `HEADACHE DIARY APP - 30-day summary (shared by patient to clinic)
Patient: {{NAME:Saoirse Ní Bhriain-Costa}}    DOB {{DATE:27/06/1997}}    MRN {{MRN:NHN-00348812}}
Neurologist: Dr. {{NAME:Vukovic}}, {{FACILITY:Northern Harbor Neurology}}
Period: {{DATE:May 1}} - {{DATE:May 30, 2024}}   app 3.9, linked wearable (ring) SN {{DEVICE:RNG-G3-77810294}}

Headache days: 14 (migraine 9)   Acute med days: 11 (rizatriptan 6, ibuprofen 5)   -> MOH risk
Triggers logged: poor sleep (ring: avg 5 h 48 m), menses {{DATE:5/6}}-{{DATE:5/10}}, red wine x2, weather.
Worst day: {{DATE:May 17}} - 9/10, vomited, missed work at the {{FACILITY:Harborline Ferry}} ticket office.
MIDAS 24 (grade IV). HIT-6 66.
Aura: visual zigzags 3x, ~20 min.

Clinic note ({{DATE:06/03/2024}}, video, pt joined from {{IP:73.114.9.242}}): start topiramate 25 mg qhs titrate to 50 bid; limit triptan to 2 d/wk; consider CGRP mAb if fail. Pt asked about travel to {{LOCATION:Galway}} in July - carry rizatriptan, letter given. F/u {{DATE:7/15}}.
{{NAME:M. Vukovic}}, MD`,

  `VIDEO VISIT - PATIENT OUT OF STATE / ABROAD
{{DATE:08/07/2024}}   Primary care f/u   {{FACILITY:Great Miami Valley Primary Care}}
Pt: {{NAME:Evander Oluwadamilare Pike}}   DOB {{DATE:12/25/1975}}   MRN {{MRN:GMV-0073381}}
Joined 08:31 via {{URL:https://gmvpc.zoom.us/j/88201733904}} - IP {{IP:99.231.18.74}}; pt states he is in {{LOCATION:Toronto}} for work (2 wk), at a hotel.
Licensure: provider not licensed in Ontario -> visit limited to care coordination per policy; no new Rx. Pt informed & agreed.
Discussed: A1c 7.9 ({{DATE:7/25}}); pt forgot his jardiance at home in {{LOCATION:Kettering}}, OH. Wife {{NAME:Adunni}} will overnight it to the hotel's front desk. Advised: Canadian walk-in clinic if ill. Meds list & allergy list sent to his e-mail {{EMAIL:evander.pike@workmail.example}}.
Home BP by cuff (SN {{DEVICE:OMR-BP5250-441902}}) synced from {{LOCATION:Toronto}}: 134/82, 129/80.
Pt's employer {{FACILITY:Dayton Precision Tooling}} requires fitness-for-duty form by {{DATE:8/20}} - completed, faxed to HR {{FAX:937-555-0124}}.
RTC in person after return, {{DATE:Aug 26}}.
{{NAME:Parveen Chaudhry-Ellis}}, DO`,

  `PORTAL UPLOAD REVIEW - registration update queue
queue item {{ID:RQ-5510732}}   received {{DATE:10/21/2024 18:02}}   reviewer {{NAME:Shirin Mahdavi}} (Patient Access)
Patient: {{NAME:Kwabena Asante-Holloway}}   DOB {{DATE:03/03/1969}}   MRN {{MRN:55-102-9337}}
Uploaded files:
  1. new insurance card (front)   {{ID:UPL-9931047}}   -> commercial PPO, member ID {{HEALTH_PLAN:W288410937}}, group 88120 (employer plan)
  2. new insurance card (back)    {{ID:UPL-9931048}}
  3. driver's license             {{PHOTO:DL_front_asante_20241021.jpg}}  -> GA DL {{LICENSE:058833710}}, exp 2029 (face visible)
  4. profile picture              {{PHOTO:IMG_7731.HEIC}} (face)
  5. photo of rash on back        -> misfiled, should go to clinical; moved to chart as media, no file name kept
New address from DL: {{ADDRESS:2918 Flat Shoals Pkwy, Unit 12}}, {{LOCATION:Decatur}}, GA {{ZIP:30034}}
Employer (pt typed): "{{FACILITY:Ridgecrest Magnet Elementary}} - cafeteria".
Actions: coverage verified {{DATE:10/22/2024}} (eligibility ref {{ID:ELG-77120394}}); old plan termed {{DATE:09/30/2024}}. Pt messaged re: rash photo, routed to Dr. {{NAME:Obeng}}.`,

  `VIRTUAL CARDIAC REHAB - WEEK 6 SUMMARY
Program: {{FACILITY:Lakeview Heart Rehab at Home}}     exercise physiologist {{NAME:Dominic Szabo-Reyes}}, MS
Participant: {{NAME:Hiroshi Tanabe-Murray}}   DOB {{DATE:1956-04-11}}   MRN {{MRN:LVH-302218}}
Index event: NSTEMI, PCI to LAD {{DATE:07/02/2024}} at {{FACILITY:Lakeview Regional Medical Center}}
Wearables: chest strap HR monitor SN {{DEVICE:HRM-9912-003871}}; smartwatch (pt's own) - data via app, device ID {{DEVICE:aw-7f31b0c9d2}}

session  date     mode            duration  peak HR  RPE  notes
 16      {{DATE:8/12}}     video group     45 min    118      13   
 17      {{DATE:8/14}}     independent     40 min    124      14   walked at {{LOCATION:Kensington Metropark}}
 18      {{DATE:8/16}}     video 1:1       45 min    131 !    15   HR above target (90-120) -> slowed
Vitals pre/post {{DATE:8/16}}: BP 126/74 -> 138/78. No chest pain, no arrhythmia on strap ECG.
Education: heart-healthy eating video w/ RD {{NAME:Tova Lindqvist}}; smoking - quit since {{DATE:July 1}}, uses patch 14 mg.
PHQ-2 = 1.
Plan: keep HR 100-120; next group session {{DATE:Mon 8/19}} 6 pm, link {{URL:https://lakeviewrehab.example/group/cr-mon}}. Progress note to cardiologist Dr. {{NAME:Adewale}}.`,

  `TELE-AUDIOLOGY REMOTE FITTING
{{FACILITY:Prairie Sound Hearing Clinic}}    audiologist {{NAME:Rosalind Achterberg}}, AuD
Pt: {{NAME:Cornelius Van Der Bijl}}    {{AGE:94}}-year-old M    DOB {{DATE:01/09/1930}}    MRN {{MRN:PSH-11029}}
Residence: {{FACILITY:Prairie Crocus Lutheran Home}}, {{LOCATION:Sioux Falls}}, SD; aide {{NAME:Kateryna}} assisted.
Hearing aids: RIC, L SN {{DEVICE:2318LA04471}}, R SN {{DEVICE:2318RA04472}}; app on the facility's shared iPad
Session {{DATE:02/27/2024 10:00}} via manufacturer remote-fit portal, session {{ID:RF-88120094}}; iPad IP {{IP:10.8.22.151}}

Complaint (per aide and pt): "everyone mumbles at dinner", whistling R aid.
Actions: feedback manager re-run R; noise program boosted for dining room; volume +2 dB both. Pt preferred setting after speech test by video ("baseball", "hotdog" spondees repeated correctly at normal voice).
Domes: changed to closed 8 mm by aide per video instructions.
Pt's son {{NAME:Pieter}} ({{PHONE:605-555-0137}}) to be e-mailed summary at {{EMAIL:pvdbijl@plainsnet.example}}.
Next remote check {{DATE:3/26}}; in-person wax check w/ PCP. Billing 92700 / remote modifier.`,

  `TELE-PT SESSION NOTE (physical therapy, video)
{{DATE:6/4/24}}  visit 5 of 12    {{FACILITY:Keystone Motion Physical Therapy}}    PT: {{NAME:Ignacio Barrientos}}, DPT
Pt: {{NAME:Philomena}} "{{NAME:Mena}}" {{NAME:Kowalski-Adeyemi}}   DOB {{DATE:10/14/1952}}   MRN {{MRN:KMPT-44810}}   ref: Dr. {{NAME:Oduya}} (ortho)
Dx: s/p R TKA {{DATE:4/22/24}} (Z96.651). Pt at home, {{ADDRESS:631 Walnut Bottom Rd}}, {{LOCATION:Shippensburg}}; husband {{NAME:Stan}} present for safety.
Link {{URL:https://keystonemotion.example/tele/ib}}, pt IP {{IP:50.79.14.220}}, laptop on kitchen table.
App motion capture (phone on tripod): knee flex 102° (from 94°), ext -4°. Timed up-and-go 11.8 s (RW).
S: pain 3/10 at rest, 5/10 after stairs; stopped oxycodone {{DATE:5/28}}, tylenol only. Sleeping better.
O: gait w/ RW -> SPC trial on video, mild Trendelenburg R? no - L. Incision healed per pt (photo sent last wk).
Ex: heel slides, quad sets, SAQ, sit-to-stand x10 from 18" chair, step-ups 4" x10.
A: progressing; ROM goal 110° by wk 8.
P: continue 2x/wk video; in-person {{DATE:6/18}} for manual therapy. HEP updated in app. Bill 97110 x2, 97116, modifier 95.
{{NAME:I. Barrientos}}, DPT  PA lic {{LICENSE:PT023881}}`,

  `FAX COVER + RPM MONTHLY REPORT
TO: Dr. {{NAME:Bernadette Okonjo}}   FAX {{FAX:(505) 555-0111}}   {{FACILITY:Sandia Foothills Family Medicine}}
FROM: {{FACILITY:Turquoise Trail Remote Care}}   ph {{PHONE:(505) 555-0112}}   fax {{FAX:(505) 555-0113}}
DATE: {{DATE:09/03/2024}}     PAGES: 3 (incl. cover)
RE: {{NAME:Montoya, Esequiel R.}}   DOB {{DATE:02/11/1947}}   your MRN {{MRN:SFFM-20817}} / our ID {{ID:TTR-0661}}

CONFIDENTIAL - intended only for the addressee. If received in error call {{PHONE:(505) 555-0112}}.
---------------------------------------------------------------------
{{DATE:August 2024}} summary  (readings on 29 of 31 days)
 BP (cuff SN {{DEVICE:BPX-44-209173}})   avg 141/79  (range 122/68 - 172/94)
 weight (scale SN {{DEVICE:WTX-44-118820}}) 188.0 -> 186.4 lb
 glucose (meter SN {{DEVICE:GLX-8K-55104}}) fasting avg 146
Alerts: 4 (BP >170 x3 on {{DATE:8/9}}, {{DATE:8/10}}, {{DATE:8/22}} - all after missed am amlodipine; glucose 61 on {{DATE:8/17}})
Interactive time: 41 min (99457 + 99458 x1). Pt prefers calls to his daughter {{NAME:Yvette Montoya-Griego}}, {{PHONE:505-555-0144}}.
Suggest: pill organizer w/ alarm; consider amlodipine at night.
RN {{NAME:Cassandra Tsinajinnie}} / medical director {{NAME:L. Begaye}}, MD`,

  `WORKERS' COMP - TELEHEALTH RECHECK
{{DATE:Thursday 11/14/2024}}   {{FACILITY:Ironbound Occupational Health}}   video
Claimant: {{NAME:Rafael Ángel Sepúlveda-Mota}}   DOB {{DATE:07/19/1984}}   MRN {{MRN:IOH-330981}}   claim # {{ACCOUNT:WC-NJ-24-0088172}}
Employer: {{FACILITY:Port Newark Cold Storage}} - forklift operator     adjuster {{NAME:Lynette Parisi}} ({{EMAIL:lparisi@claimsgroup.example}}, fax {{FAX:973-555-0162}})
Pt joined {{URL:https://ironboundoh.example/v/rsm-1114}} from his car in the plant lot (parked, IP {{IP:172.56.29.110}}); case manager {{NAME:Okoro}} joined from office.
DOI {{DATE:10/02/2024}}: L wrist FOOSH on ice. XR neg; MRI {{DATE:10/25}} - partial SL ligament tear.
S: pain 4/10, splint on. Doing modified duty (inventory scanner, R hand). Numbness none.
O (video): wrist ROM limited flex/ext ~50%, grip deferred. No swelling visible.
A/P: SL ligament partial tear L. Continue splint, hand therapy 2x/wk at {{FACILITY:Ironbound Hand & Upper Limb Rehab}}, ortho hand consult Dr. {{NAME:Feldstein}}. Work status: modified duty, no use of L hand, no forklift, through {{DATE:12/12/2024}}. Form C-4 faxed to adjuster.
{{NAME:Maeve Donnelly-Achebe}}, MD   NJ lic {{LICENSE:25MA08837100}}`,

  `PORTAL ACTIVATION LETTER (mailed) + staff note
{{FACILITY:Cascade Foothills Clinic}}  {{ADDRESS:400 Mountain View Blvd}}  {{LOCATION:Enumclaw}}, WA {{ZIP:98022}}
{{DATE:January 6, 2025}}

Ms. {{NAME:Pauline Ostergaard-Mbeki}}
{{ADDRESS:26810 SE 416th St}}
{{LOCATION:Enumclaw}}, WA {{ZIP:98022}}

Dear {{NAME:Pauline}},
Welcome to our patient portal! To sign up, go to {{URL:https://connect.cascadefoothills.example}} and enter:
   Activation code:  7TQ4-88XM-2P1C   (expires in 60 days)
   Your date of birth ({{DATE:04/18/1958}}) and ZIP code ({{ZIP:98022}})
Once active you can message your care team, see results, and join video visits from your phone.
Need help? Call our portal help line {{PHONE:(360) 555-0188}} or e-mail {{EMAIL:portalhelp@cascadefoothills.example}}.
Your medical record number: {{MRN:CFC-00994172}}

---- staff note {{DATE:01/21/2025}} ({{NAME:Beatriz Nakashima}}, front desk): pt called - letter went to her old PO box; activated by phone w/ her instead. Username set: {{ID:postergaard58}}. Pt declined SMS, prefers e-mail {{EMAIL:pauline.om@rainier-mail.example}}.`,

  `eCONSULT (provider-to-provider, asynchronous)   #{{ID:ECN-24-008813}}
Requesting: {{NAME:Lowell Petitjean}}, NP - {{FACILITY:Aroostook North Health Center}}, {{LOCATION:Fort Kent}}, ME
Specialist: Nephrology, {{FACILITY:Penobscot Kidney Associates}}
Submitted {{DATE:03/05/2024 16:40}}     Responded {{DATE:03/07/2024 08:15}}

Pt: {{NAME:Aurèle Thibodeau}}   DOB {{DATE:5/2/1941}}   MRN {{MRN:ANHC-61109}}
Question: 82 yo w/ CKD 3b, eGFR drop 41 -> 33 over 6 mo. On lisinopril 20, HCTZ 25, ibuprofen prn (!). UACR 480 mg/g. K 5.2. Home BP cuff (RPM) avg 148/84. Pt lives 3.5 h from nephrology; daughter {{NAME:Ginette}} drives from {{LOCATION:Madawaska}}. Can we manage locally?
Data attached: 12 mo labs, RPM BP log (cuff SN {{DEVICE:RPM-BP-667120}}), renal US {{DATE:2/20/24}} (kidneys 9.4/9.8 cm, no obstruction).
Response ({{NAME:Sofia Radulescu}}, MD): 
1. stop NSAIDs; 2. stop HCTZ -> chlorthalidone 12.5 once K ok; 3. add SGLT2i (dapagliflozin 10) - ok at eGFR 33; 4. low-K diet, recheck BMP 2 wk; 5. BP goal <130/80; 6. no urgent need for visit; video visit in 3 mo ok ({{URL:https://pka.example/video}}).
Time: 18 min (99451).`,

  `PATIENT RELATIONS - COMPLAINT (via web form -> e-mail)
Case {{ID:PR-2024-1187}}   received {{DATE:05/30/2024 21:19}}   from {{EMAIL:gabriel.ostrowski.70@postbox.example}}
Submitted from IP {{IP:24.151.92.38}}

"My name is {{NAME:Gabriel Ostrowski}}, my mother is {{NAME:Halina Ostrowska}} (birthday {{DATE:2/8/1929}}, she is {{AGE:95}}). Her video visit with Dr. {{NAME:Pemberton}} today was a disaster. We waited 40 min in the 'virtual lobby', then a nurse called on the phone instead and said the doctor was 'double booked'. Mom is nearly deaf and could not hear on the phone. Nobody told us. Then the after-visit summary in the portal lists a medicine she stopped back in {{DATE:March 2024}}, the Plavix. I want someone to call me. {{PHONE:(414) 555-0127}}. We live at {{ADDRESS:3318 S Kinnickinnic Ave}}, {{LOCATION:Milwaukee}} {{ZIP:53207}}."

Patient: {{NAME:Halina Ostrowska}}, MRN {{MRN:LMH-0028817}}, PCP Dr. {{NAME:Pemberton}}, {{FACILITY:Lakeside Milwaukee Health - Bay View}}
Assigned: {{NAME:Constance Adebayo-Kerr}}, patient relations   {{DATE:05/31/2024 08:05}}
Follow-up: called son {{DATE:5/31}} 10:10 - apologized; clinic RN {{NAME:Whalen}} reconciled med list (clopidogrel removed); in-person visit booked {{DATE:6/4}} with captioning device. Root cause: template scheduling error. Letter sent {{DATE:06/07/2024}}.`,

  `INFANT HOME MONITORING - smart sock alerts (parent shared via app export)
NICU follow-up clinic: {{FACILITY:Harbor Lights Children's NICU Graduate Clinic}}
Infant: {{NAME:Nomvula Grace Dlamini-Fraser}}   DOB {{DATE:04/02/2024}} (33+2 wk)   MRN {{MRN:HLC-N-00551}}   CGA 41 wk
Parents: {{NAME:Thandeka Dlamini}} {{PHONE:(617) 555-0171}}, {{NAME:Callum Fraser}} {{PHONE:(617) 555-0172}}
Sock SN {{DEVICE:SK3-0A17-99281}}, base station SN {{DEVICE:BS3-0A17-40012}}; home monitor ordered: none (consumer device)

{{DATE:05/09/2024 02:41}}  red alert: O2 79% x 12 s, HR 168 - parents woke baby, color pink, sock loose
{{DATE:05/10/2024 04:10}}  red alert: HR 62 - baby asleep, sock slipped on heel? recheck normal
{{DATE:05/12/2024 23:55}}  yellow: sock off
{{DATE:05/13/2024 03:30}}  red alert: O2 82% x 9 s - parents called triage {{PHONE:617-555-0100}}

Video visit {{DATE:5/13}} 15:00 ({{NAME:Yusra Haddad}}, NNP): pt well, feeding 70 mL q3h, wt gain 32 g/d. Sock alerts likely artifact (fit). Discussed consumer monitors are not medical devices; safe sleep reviewed. Offered overnight pulse-ox study at {{FACILITY:Harbor Lights Sleep Lab}} - scheduled {{DATE:5/20}}. Parents reassured. Mom's e-mail for results {{EMAIL:thandeka.d@mailhub.example}}.`,

  `MOVEMENT DISORDERS - WEARABLE SENSOR REVIEW + VIDEO VISIT
{{DATE:09/26/2024}}   {{FACILITY:Cumberland Plateau Neurology}}   Dr. {{NAME:Evangelos Theodorakis}}
Pt: {{NAME:Wilbur T. Stallings}}   DOB {{DATE:06/06/1946}}   MRN {{MRN:CPN-770211}}   Parkinson's disease dx 2017
Wrist sensor (6-day wear) SN {{DEVICE:PKG-7731-0044}}; report {{ID:PKG-R-24-55102}}
  bradykinesia score  high 06:00-08:00 and 15:00-17:00 (wearing off before doses)
  dyskinesia score    mild after 10:00 dose
  tremor time         8%
  immobility (sleep)  6.1 h/night
Video: pt at home in {{LOCATION:Crossville}}, wife {{NAME:Opal}} operating tablet, IP {{IP:216.176.4.93}}. Finger taps decrement R>L, hypomimia, gait w/ reduced arm swing, turn 5 steps. No freezing on video. MoCA (remote) 25/30. Hallucinations: none. Orthostasis: "dizzy getting up".
A/P: wearing off -> carbidopa/levodopa 25/100 1.5 tab 5x/day (from 4x), add entacapone? defer. Orthostatic BP checks by home cuff x 1 wk (SN {{DEVICE:BPC-22-830441}}). PT at {{FACILITY:Plateau Rehab}} for LSVT BIG. Next video {{DATE:12/2}}. Not a DBS candidate at this time per pt preference.
{{NAME:E. Theodorakis}}, MD`,

  `TELE-MOUD VISIT (buprenorphine) - audio/video
Date: {{DATE:2/6/2024}}   {{FACILITY:Kanawha Recovery Telehealth}}   prescriber {{NAME:Josephine Adu-Baird}}, MD, X-waiver n/a; DEA {{LICENSE:BA7720418}}
Pt: {{NAME:Tanner Lee Holcomb}}   DOB {{DATE:08/08/1991}}   MRN {{MRN:KRT-004719}}   Medicaid ID {{HEALTH_PLAN:WV1188203471}}
Video via app (pt phone, IP {{IP:166.205.141.77}}); pt at home, {{ADDRESS:19 Coal Branch Hollow Rd}}, {{LOCATION:Madison}}, WV {{ZIP:25130}}. Girlfriend {{NAME:Kaylee}} in other room.
PDMP checked {{DATE:2/6/2024 10:02}}, report {{ID:PDMP-WV-88123019}}: only bup/nx from this practice; no benzos.
UDS (mailed kit, collected {{DATE:1/31}}, lab {{FACILITY:Appalachian Tox Lab}} accession {{ID:ATL-24-100827}}): bup +, norbup +, fentanyl NEG, meth NEG.
S: 7 months on bup/nx 16/4. Cravings 2/10. Working at {{FACILITY:Boone County Tire & Lube}}. Attends NA Tues in {{LOCATION:Danville}}. Naloxone at home - yes (2 kits).
A: OUD, severe, in early remission on MOUD (F11.21).
P: continue bup/nx 16/4 mg daily x 28 d to {{FACILITY:Spruce Fork Pharmacy}}; next visit {{DATE:3/5}} video; counseling w/ {{NAME:Dale Persinger}}, LPC weekly.`,

  `TELE-WOUND CONSULT (nurse-to-wound specialist, via app)
{{DATE:08/19/2024}}   home health agency: {{FACILITY:Bluegrass Visiting Nurses}}; field RN {{NAME:Marcy Hatfield-Ochoa}}
Pt: {{NAME:Cletus Ray Burchett}}   DOB {{DATE:12/01/1944}}   MRN {{MRN:BVN-338104}}   home: {{ADDRESS:4402 Red Lick Rd}}, {{LOCATION:Berea}}, KY {{ZIP:40403}}
Photos taken by RN in app today: sacral wound x3 (w/ measuring guide), R heel x2 - stored in the chart's media tab.
Patient ID photo for app record on file: {{PHOTO:burchett_c_id_20240601.jpg}}
Wound specialist: {{NAME:Adaeze Monroe-Kaplan}}, MSN, CWOCN (remote)
Sacrum: stage 4 pressure injury, 5.1 x 3.8 x 1.9 cm, tunneling 2 cm at 12 o'clock; 40% slough, moderate serous drainage, periwound macerated.
R heel: unstageable, intact dry eschar 2.2 x 2.0 - leave intact, offload.
Braden 12. Alb 2.9. Foley in place (retention) - helps w/ moisture.
Plan: NPWT 125 mmHg continuous via {{FACILITY:Commonwealth Medical Supply}} (order {{ID:CMS-NPWT-55810}}); alternating pressure mattress; protein shakes TID; heel boots. Wife {{NAME:Norma Jean}} taught turns q2h. Re-photo in app weekly; escalate to Dr. {{NAME:Castleberry}} if fever or odor.`,

  `CARE COORDINATION - 2-way SMS (social needs)
Coordinator: {{NAME:Benedicta Owusu}}, CHW   {{FACILITY:Rio Grande Community Health Alliance}}   line {{PHONE:915-555-0140}}
Client: {{NAME:Juan Pablo}} "{{NAME:JP}}" {{NAME:Arredondo}}   DOB {{DATE:01/27/1967}}   MRN {{MRN:RGCHA-80412}}   cell {{PHONE:915-555-0182}}

{{DATE:Jun 3}} 09:12  CHW: Hi {{NAME:JP}}, it's {{NAME:Benedicta}} from the clinic. Did you get your glucose meter & strips from the pantry?
{{DATE:Jun 3}} 11:40  {{NAME:JP}}: no i lost my room at the motel. im at {{FACILITY:Franklin Mountain Men's Shelter}} now. meter got stolen
{{DATE:Jun 3}} 11:44  CHW: I'm sorry. Are you safe? Do you have your insulin? Needs to stay cool.
{{DATE:Jun 3}} 11:51  {{NAME:JP}}: shelter keeps it in the fridge. i have 2 pens
{{DATE:Jun 3}} 12:05  CHW: I'll send a new meter to the shelter front desk, {{ADDRESS:4419 Alameda Ave}}, attn case mgr {{NAME:Ortiz}}. Video visit with Dr. {{NAME:Salcido}} {{DATE:Thu 6/6}} 2pm - you can use the shelter computer room. Link will come by text.
{{DATE:Jun 6}} 13:30  CHW: link {{URL:https://rgcha.example/v/salcido}} - reply if any problem
{{DATE:Jun 6}} 14:22  {{NAME:JP}}: done. doc says my sugar 310 hmm. thanks miss
Notes: referred to housing navigator ({{NAME:Lidia Chávez}}), SNAP re-cert; new meter SN {{DEVICE:CNX-2210-99417}} registered {{DATE:6/4}}.`,

  `LVAD REMOTE MONITORING + PORTAL MESSAGE
{{FACILITY:Bluebonnet Advanced Heart Failure Program}}   VAD coordinator line {{PHONE:(210) 555-0159}} (24/7)
Pt: {{NAME:Demetrius Okonkwo-Vance}}   DOB {{DATE:03/19/1972}}   MRN {{MRN:BAHF-22109}}   implant {{DATE:11/30/2022}}
LVAD: HeartMate 3, pump SN {{DEVICE:HM3-MLP-041877}}; controller SN {{DEVICE:CTRL-2-22118745}}; backup controller SN {{DEVICE:CTRL-2-22118903}}
Home INR meter SN {{DEVICE:XS-UQ1129934}}; BP by doppler (caregiver)

Portal msg from pt {{DATE:01/08/2024 18:20}}: "driveline site has yellow crust & more drainage last 2 days, sent pics in the app. no fever. flow 4.6, PI 3.8, power 4.3 - same as always. INR today 2.0"
Coordinator {{NAME:Mariela Quiñones}}, RN, {{DATE:01/08/2024 18:55}}: photos reviewed - erythema ~1 cm, serous-yellow drainage. Called pt & wife {{NAME:Keisha}} {{PHONE:(210) 555-0168}}: no fever, no pump alarms. Plan per Dr. {{NAME:Hollingsworth}}: clinic tomorrow for culture, start cephalexin after swab, daily dressing change w/ chlorhexidine. Pt drives in from {{LOCATION:New Braunfels}}.
{{DATE:01/09/2024}}: culture sent (acc {{ID:MB-24-000918}}), CBC nl.`,

  `VIDEO VISIT WITH HMONG INTERPRETER - interpreter log + note
{{DATE:07/11/2024}}   {{FACILITY:Saint Paul East Side Family Clinic}}
Pt: {{NAME:Pa Nhia Xiong}}   DOB {{DATE:01/01/1952}}   MRN {{MRN:SPE-4410297}}   (DOB {{DATE:1/1}} per refugee documents)
Interpreter: Hmong (White), in-house video pool, ID {{ID:INT-H-0219}}, name {{NAME:Tou Vang}}; joined 14:02
Pt joined from son's home, {{ADDRESS:1077 Arcade St}}, {{LOCATION:Saint Paul}} {{ZIP:55106}}; son {{NAME:Kou Xiong}} ({{PHONE:651-555-0153}}) set up the tablet, IP {{IP:75.168.221.9}}. Daughter-in-law {{NAME:Mai See}} present.
Video link {{URL:https://sped-fc.example/tele/14a}}; audio echo - interpreter asked son to mute his phone.
CC: knee pain + "txhav" (stiff) hands am > 1 h. Also wants shaman ceremony before any procedure - respected, documented.
Exam (video): MCP swelling bilat, ulnar deviation mild. Knees crepitus.
A/P: r/o RA - RF, CCP, ESR, CRP, hand XR at {{FACILITY:East Side Imaging}}. Naproxen 250 bid w/ food short term (Cr 0.8). Rheum referral. Teach-back via interpreter ok. Next video {{DATE:7/25}}.
{{NAME:Helga Sorensen-Yang}}, MD`,

  `HIM / IT TICKET - DUPLICATE ACCOUNT MERGE     {{ID:MRG-2024-00412}}
Opened {{DATE:12/09/2024 13:47}} by {{NAME:Francesca Otieno-Baird}} (HIM data integrity)
Trigger: portal sign-up created new MRN; same pt already registered.
  Record A: {{NAME:Ngozi Peterkin}}     MRN {{MRN:QH-0083310}}  DOB {{DATE:07/14/1990}}  SSN last4 {{SSN:2291}}  addr {{ADDRESS:55 Kirkwood Ave}}, {{LOCATION:Iowa City}}
  Record B: {{NAME:Ngozi Peterkin-Alade}} MRN {{MRN:QH-0219944}}  DOB {{DATE:07/14/1990}}  SSN last4 {{SSN:2291}}  addr {{ADDRESS:1201 Sycamore St, Apt 9}}, {{LOCATION:Iowa City}} {{ZIP:52240}}
Match: name (married name added), DOB, SSN4, phone {{PHONE:319-555-0161}}, face photo {{PHOTO:QH0083310_portrait.png}} vs {{PHOTO:QH0219944_selfie.jpg}} - same person per 2 reviewers.
Clinical data on B: 1 video visit {{DATE:12/06/2024}} (OB intake, Dr. {{NAME:Lindahl-Osei}}), 1 BP cuff enrollment (SN {{DEVICE:BPL-61-992014}}).
Merge B -> A completed {{DATE:12/10/2024 09:05}}; portal username {{ID:ngozi.pa}} re-linked to A; e-mail {{EMAIL:ngozi.peterkin@hawkmail.example}} kept. Pt notified by portal + phone. Insurance: Iowa Medicaid MCO ID {{HEALTH_PLAN:IA88102744}} moved to A.
Closed by {{NAME:F. Otieno-Baird}}.`,

  `PHARMACY IVR - VOICE BIOMETRIC AUTH LOG (refill line)
{{FACILITY:Heartland Mail Order Pharmacy}}    IVR {{PHONE:1-888-555-0176}}    report run {{DATE:03/15/2024}} by {{NAME:Lionel Duchesne}}

call time            caller ANI        patient                         voiceprint ID            result       action
{{DATE:03/14/2024 08:02}}     {{PHONE:816-555-0111}}   {{NAME:Eldridge, Mavis}} ({{AGE:92}})         {{BIOMETRIC:VBX-10029-4F}}          PASS 0.97    refill lisinopril Rx {{ID:6601928}}
{{DATE:03/14/2024 08:40}}     {{PHONE:913-555-0148}}   {{NAME:Nakagawa, Tobias}}             {{BIOMETRIC:VBX-10311-2A}}          FAIL 0.41    -> agent
{{DATE:03/14/2024 09:15}}     {{PHONE:816-555-0190}}   {{NAME:Okafor, Chinwe}}               {{BIOMETRIC:VBX-10388-7C}}          PASS 0.92    order status
{{DATE:03/14/2024 10:03}}     {{PHONE:660-555-0124}}   {{NAME:Eldridge, Mavis}}              {{BIOMETRIC:VBX-10029-4F}}          FAIL 0.38    -> agent

Agent notes: {{NAME:Nakagawa}} - had a cold, verified by DOB + ZIP {{ZIP:66210}}, ok. 10:03 {{NAME:Eldridge}} "call" was a different voice from a number not on file (grand-nephew?) asking to change mailing address to {{ADDRESS:8120 Troost Ave}}, {{LOCATION:Kansas City}} - DENIED, flagged fraud review {{ID:FR-24-0311}}; pt called at home number to confirm, pt unaware. Account locked to voice+PIN.`,

  `SHARED MEDICAL APPOINTMENT (virtual group) - DIABETES, session 3 of 6
{{DATE:Wed 10/23/2024}} 17:30-19:00   {{FACILITY:Coastal Carolina Diabetes & Wellness}}   facilitators: {{NAME:Priscilla Oyewole}}, RD, CDCES; Dr. {{NAME:Menendez-Hart}}
Room link {{URL:https://ccdw.example/group/dm-fall24}}   (group consent incl. confidentiality signed by all; CPT 99214 + 98960)

attendee                      MRN             joined from IP        A1c (last)   CGM?
{{NAME:Bullock, Jerome}}               {{MRN:CCD-10042}}       {{IP:65.190.22.14}}          8.4          Libre 3
{{NAME:Sahin, Elif}}                   {{MRN:CCD-10077}}       {{IP:2603:6080:a3f0::1b}}    7.1          none
{{NAME:Waccamaw, Dorothea}}            {{MRN:CCD-10103}}       phone only        9.9          Dexcom G7
{{NAME:Lindqvist-Obeng, Ronan}}        {{MRN:CCD-10118}}       {{IP:174.111.5.203}}         6.9          none
{{NAME:Tran, Quoc Bao}}                {{MRN:CCD-10124}}       {{IP:65.190.22.14}}          7.6          Libre 3   (same household as Mr. {{NAME:Bullock}}? no - same apartment complex wifi)

Topic: reading your CGM - TIR, patterns after meals. Ms. {{NAME:Waccamaw}} shared meter readings by phone; her granddaughter {{NAME:Talisha}} to help set up app. Mr. {{NAME:Tran}}'s daughter {{NAME:Linh}} interpreted informally (pt declined professional interpreter, documented).
Individual time: Dr. {{NAME:Menendez-Hart}} adjusted Ms. {{NAME:Waccamaw}}'s glargine 30 -> 34 u. Next session {{DATE:10/30}}. Handouts e-mailed from {{EMAIL:groupvisits@ccdw.example}}.`,
];

export const HELDOUT_REALISTIC_76_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout76-${i + 1}`, n));
