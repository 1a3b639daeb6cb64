// A one-hundred-and-thirty-fourth held-out set of hand-written, realistic synthetic notes (all
// invented: no real person, record, number or institution; phone numbers are 555 numbers; IP
// addresses come from the documentation ranges 192.0.2.x, 198.51.100.x, 203.0.113.x and 2001:db8::;
// towns, cities and counties are real places used only as LOCATION). Its theme is telehealth,
// remote patient monitoring (RPM) and the digital-health vendors behind them: video-visit notes
// (cardiology, psychiatry, pediatrics, neurology, rehab, audiology, a visit from a parked car and
// one from a driver's seat), RPM device alert queues and overnight logs, CGM, pulse-ox, ICD,
// cardiac-patch, spirometry and home PD cycler reports, enrollment records, rosters and billing
// summaries, patient-app chat transcripts (one in Spanish, one with a support bot), vendor support
// tickets and escalation threads, RMA and lost-device reports, data export and audit logs, portal
// login and web access logs, SMS and message-failure logs, consent, revocation, onboarding,
// identity-verification and proxy-access forms, device shipment manifests with serial numbers and
// tracking ids, a shipping exception, a field install checklist, an inventory reconciliation,
// eligibility checks, an answering-service message, a speech-recognition dictation, a post-incident
// review, a patient letter and a few e-mails between clinics and vendors.
// Left unmarked on purpose: eponyms and eponymous scores (Hashimoto, Raynaud, Kawasaki, Mohs, Lewy,
// Mallampati, Hoehn & Yahr, Fitzpatrick), drugs, brands and doses (Jardiance 10, Trelegy, Humalog,
// bup/nal 8/2 mg, Tylenol Arthritis, Heinz), scores and lab values (PHQ-9 9, NIHSS 11, CHA2DS2-VASc
// 3, MoCA 24, AHI 27, BP 162/104), units, CPT/ICD/HCPCS codes (99454, 99457, 97110, I10, R55),
// device models, firmware and app versions (TC-220, SC-2, PX-3, D-274, fw 3.1.7, app 6.1, iOS 17),
// product and platform names that are not a vendor's name (RenalLink, WatchPAT-type, Apple Watch),
// languages (Karen, Hmong, Diné, Dari), program names (Mothers' Heart@Home), group numbers, lot
// numbers, SMS short codes and carrier error codes, a medicine's or licence's expiry, clock times
// alone (0912, 22:49, 10:00 MT), years alone (2027, Vietnam 1969), ages of 89 and under (65yo, 14yo,
// he's 87, 77M), rooms, beds and an apartment number inside a facility (apt 214), a
// pet's name ("Duke"), kin terms and titles (Dr., Mrs., Sra., mijo, Baby Boy), payers and plan
// names (Medicare, Medicaid, a Medicare Advantage or employer plan named in passing), and state or
// city agencies (the city police, CFD).
// Annotation follows the README guideline and set 72's header: titles stay outside NAME
// spans; a nickname in quotes is its own span; surname-first names ("OKONKWO, Chidinma A."), names
// split across CSV columns, lower-case and initials-only names, staff sign-offs and typist initials
// (-KM, -dk) are NAME, one span per occurrence; a time attached to a date with a year is
// inside the DATE span, one attached to a month/day without a year stays outside; ISO timestamps
// and e-mail Date: headers (with weekday and zone) are one DATE; a date range written as one token
// (4/6-4/7/25, 7/9-7/15) is one DATE; month/year (11/2024, Feb 2029) and Spanish dates are DATE.
// For this theme: a vendor's, platform's or courier's company name is FACILITY wherever it stands
// for the organisation, also when it names its app, bot or dashboard ([CareLoop] app, [Telora]
// dashboard); clinics, labs, pharmacies, schools, employers, churches, mosques, prisons, senior
// centers and retirement villages are FACILITY; insurer, Medicare MBI and Medicaid member numbers
// are HEALTH_PLAN; clinic, customer, billing, invoice, claim, encounter, proxy and subscriber
// numbers are ACCOUNT; NPI, DEA, state professional licences, CDL and driver's licences are
// LICENSE; plates and VINs are VEHICLE; device serials, IMEI, SIM ICCID, hub MAC addresses and push
// tokens are DEVICE; ticket, case, RMA, order, shipment batch, tracking, session, visit, meeting,
// export job, record, alert, enrollment, referral, authorization, incident, DOC, interpreter,
// badge, operator and org ids, portal and app user names and service logins are ID; a VA ICN and a
// clinic MRN are MRN; every phone, fax, e-mail, URL and IP is marked, a vendor's own help line,
// inbox and help page included, and a short in-house extension or pager is PHONE; file names of ID
// photos, selfies, wound, skin and retinal images are PHOTO; voiceprint and face templates are
// BIOMETRIC; an age over 89 is AGE however written ([90] y/o, [96]F, [ninety-four]).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-28 final engine
// (9307391, rules and token model) 0.9743 / 0.9494; its rules alone 0.9629 / 0.9554.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `TELEHEALTH VIDEO VISIT  --  Cardiology f/u (HF RPM program)
Pt: {{NAME:OKONKWO, Chidinma A.}}    DOB {{DATE:07/22/1958}}    MRN {{MRN:KH-4471902}}
Visit: {{DATE:03/14/2024 10:30}} sched / connected 10:34 CT
Platform: {{FACILITY:MediVista Connect}}, session {{ID:MVC-88213-QX}}
Pt location: home, {{ADDRESS:1187 Larkspur Ct}}, {{LOCATION:Bemidji}} MN {{ZIP:56601}} (verified w/ DOB + address). Daughter {{NAME:Ngozi}} on camera, helping w/ the tablet.
Provider location: {{FACILITY:Northwoods Heart Clinic}}, office 3.

S: 65yo F HFrEF (EF 30-35%), NYHA II, on RPM since {{DATE:Jan 9}}. +3 lb over 4 days, mild ankle swelling, no PND/orthopnea. Taking metoprolol succ 50 mg qd, sacubitril/valsartan 49/51 BID, furosemide 20 mg qd.
O: scale (s/n {{DEVICE:WS9-2210-48817}}) 184.6 lb today vs 181.2 on {{DATE:3/10}}. Cuff 118/72, HR 68. 1+ pitting edema on video; JVD not assessable.
A/P: mild volume overload. Furosemide 40 mg x3d then back to 20. BMP {{DATE:Monday 3/18}} at {{FACILITY:Lakeland Reference Lab}}. RPM RN to call in 48h. Return video visit 2 wks.
Total time 22 min. CPT 99214-95, POS 10.
-- {{NAME:Ruth Haugen}}, APRN, CNP    cosign: Dr. {{NAME:E. Lindqvist}}`,

  `HOMEBEAT MONITORING -- ALERT QUEUE EXPORT   clinic: {{FACILITY:Saguaro Internal Medicine}}
generated {{DATE:2024-05-02 07:15}} by {{ID:kmbatha}}
alert_id | patient | device s/n | reading | rule | status
{{ID:AL-552901}} | {{NAME:Ybarra, Tomas}} | {{DEVICE:TC220-7781045}} | 182/104 p88 | SBP>180 | called pt, recheck 164/96
{{ID:AL-552907}} | {{NAME:Haddad, Leila}} | {{DEVICE:TC220-7780391}} | 88/54 p112 | SBP<90 | no answer x2, VM left {{PHONE:(520) 555-0147}}
{{ID:AL-552913}} | {{NAME:Begay, Marvin}} | {{DEVICE:PX3-00912-B}} | SpO2 86% | SpO2<88 | on 2L, reposition, 93%
{{ID:AL-552920}} | {{NAME:Wu, Lian}} | {{DEVICE:WS9-2210-51230}} | +4.2 lb/24h | wt gain>3 | sent to Dr. {{NAME:Castañeda}}
{{ID:AL-552921}} | {{NAME:Wu, Lian}} | {{DEVICE:WS9-2210-51230}} | dup | -- | closed (duplicate)
notes: {{NAME:Haddad}} -- son {{NAME:Karim}} called back 0912, pt took an extra hydralazine 25mg, dizzy. advised sit, fluids, ED if syncope. -{{NAME:KM}}
{{NAME:Begay}} readings come from {{LOCATION:Chinle}}, poor LTE, they batch overnight -- not a device fault.`,

  `REMOTE PATIENT MONITORING -- ENROLLMENT RECORD
Program: Hypertension RPM (CPT 99453 / 99454 / 99457)
Vendor: {{FACILITY:VitalBridge RPM, LLC}}        Enrollment #: {{ID:VB-ENR-2024-10388}}
Patient name: {{NAME:Thi Minh Anh Tran-Pham}}        Preferred: "{{NAME:Annie}}"
DOB: {{DATE:11/03/1949}}   Sex: F   Lang: Vietnamese / English
Address: {{ADDRESS:2290 Riverbend Rd, Unit 14}}   City: {{LOCATION:Garden Grove}}   State: CA   ZIP: {{ZIP:92840}}
Mobile: {{PHONE:714-555-0182}}    Email: {{EMAIL:annie.tranpham@mailbox.example}}
Emergency contact: {{NAME:Bao Pham}} (husband)  {{PHONE:714-555-0119}}
Insurance: Medicare Part B     MBI: {{HEALTH_PLAN:5EG4-TE5-MK72}}
Referring provider: {{NAME:Dev Patel}}, MD    NPI {{LICENSE:1487392015}}
Dx: I10, E78.5      Qualifying: 16+ days of readings per 30-day period
Device assigned: cellular BP cuff TC-220, s/n {{DEVICE:TC220-7790114}} (L arm, large cuff)
Enrolled by: {{NAME:M. Ocampo}}, MA on {{DATE:April 2, 2024}}      Monitoring start: {{DATE:04/05/2024}}
Consent on file: Y (signed {{DATE:4/2/24}}, witness {{NAME:Ocampo}})`,

  `{{FACILITY:CareLoop}} app -- secure chat transcript (exported {{DATE:06/11/2024}})
Thread {{ID:CHT-20931-77}}   Pt: {{NAME:Delacroix, Marie-Josée}}   MRN {{MRN:0092281746}}

[{{DATE:6/10}} 8:02 PM] {{NAME:Marie-Josée}}: hi my sugar was 312 after dinner is that bad?? the sensor beeped twice
[{{DATE:6/10}} 8:09 PM] {{NAME:Jordan}} (RN, {{FACILITY:CareLoop}} Clinical): Hi {{NAME:Marie-Josée}}, thanks for messaging. Did you take your Humalog with dinner? Any vomiting, confusion or trouble breathing?
[{{DATE:6/10}} 8:11 PM] {{NAME:Marie-Josée}}: forgot it bc my grandson {{NAME:Théo}} had a game at {{FACILITY:Lafourche Middle School}} lol. no vomiting
[{{DATE:6/10}} 8:14 PM] {{NAME:Jordan}}: OK. Please take your correction dose per your sliding scale (the card from Dr. {{NAME:Thibodeaux}}), drink water, and recheck in 2 hours. If over 400 or you feel sick, call 911.
[{{DATE:6/10}} 10:31 PM] {{NAME:Marie-Josée}}: 198 now :)
[{{DATE:6/10}} 10:33 PM] {{NAME:Jordan}}: Great. I'll note it for your care team at {{FACILITY:Bayou Teche Family Practice}}.
-- auto-note: CGM transmitter {{DEVICE:8KJ2M4TQ}} last sync {{DATE:06/10/2024 22:30}}`,

  `{{FACILITY:Sentrix Remote Care}} -- Support Ticket {{ID:SRC-TKT-118402}}
Opened: {{DATE:Tue, 09 Jul 2024 14:22}}    Priority: P3    Channel: phone
Reporter: {{NAME:Alondra Ruiz-Velasco}}, RPM coordinator, {{FACILITY:High Desert Primary Care}}
Callback: {{PHONE:505-555-0163}} ext {{PHONE:221}}     {{EMAIL:aruiz@highdesertpc.example}}
Clinic account: {{ACCOUNT:CL-00417}}

Issue: pt {{NAME:Harold Tsosie}} (clinic MRN {{MRN:HD-330918}}) cuff not transmitting since {{DATE:7/2}}. Green light flashes then red. Pt lives out past {{LOCATION:Crownpoint}}, cell signal 1 bar.
Device: TC-220 gen2, s/n {{DEVICE:TC220-7802266}}, IMEI {{DEVICE:356938035643809}}, fw 3.1.7
Troubleshooting (L2 agent {{NAME:Priya S.}}): modem log shows 14 failed attach attempts, carrier OK. Recommended swap to hub-based kit (BLE cuff + home hub).
Resolution: replacement hub kit to ship overnight to {{ADDRESS:HC 61 Box 118}}, {{LOCATION:Crownpoint}} NM {{ZIP:87313}}. RMA {{ID:RMA-55190}}.
Status: Pending shipment.   Updated {{DATE:07/09/2024 15:05}} -{{NAME:pss}}`,

  `DATA EXPORT AUDIT LOG -- {{FACILITY:NimbusMD}} tenant: {{FACILITY:Cedar Valley Health Partners}}
job_id          requested_by           requested_at (UTC)      scope                       dest
{{ID:EXP-7f31a2}}    {{EMAIL:lnakamura@cedarvalleyhp.example}}   {{DATE:2024-08-01T13:02:44Z}}   pt {{MRN:CV00812734}} all vitals   sftp
{{ID:EXP-7f31b9}}    {{EMAIL:lnakamura@cedarvalleyhp.example}}   {{DATE:2024-08-01T13:05:10Z}}   pt {{MRN:CV00812734}} chat      sftp
{{ID:EXP-7f3340}}    {{EMAIL:it-bot@cedarvalleyhp.example}}       {{DATE:2024-08-02T00:00:03Z}}   nightly RPM roster (412 rows) sftp
{{ID:EXP-7f3391}}    {{EMAIL:dbrennan@nimbusmd.example}}          {{DATE:2024-08-02T16:47:29Z}}   pt {{MRN:CV00290015}} device log  download
  src ip {{IP:203.0.113.48}}  flagged: vendor staff export w/o ticket -> review
{{ID:EXP-7f33c0}}    {{EMAIL:lnakamura@cedarvalleyhp.example}}   {{DATE:2024-08-03T09:12:55Z}}   pt {{MRN:CV00512290}} all           portal
review note {{DATE:8/5}}: {{NAME:D. Brennan}} confirms export tied to ticket {{ID:NMD-SUP-90218}} (sensor mismatch), ticket was just not linked. closed. -- {{NAME:Lena Nakamura}}, Privacy Officer`,

  `CONSENT FOR REMOTE PATIENT MONITORING SERVICES
{{FACILITY:Piedmont Ridge Medical Group}} / monitoring vendor {{FACILITY:PulseNest Health, Inc.}}

I, {{NAME:Willie Mae Starling}}, date of birth {{DATE:02/14/1941}}, agree to take part in remote monitoring. I understand that:
 - my readings are sent over a cellular network to {{FACILITY:PulseNest}} and reviewed by nurses during business hours only; this is NOT an emergency service
 - I may owe a copay for CPT 99454 / 99457 under my Medicare Advantage plan (member ID {{HEALTH_PLAN:H7719-0048821-01}})
 - only one provider can bill RPM for me in a 30-day period
 - I can stop at any time by calling {{PHONE:(336) 555-0128}}

Devices received: BP cuff s/n {{DEVICE:PN-BP4-00381922}}; scale s/n {{DEVICE:PN-SC2-00177305}}
Signature: /s/ {{NAME:Willie Mae Starling}}        Date: {{DATE:9/16/2024}}
Signed by legal rep? [x] no  [ ] yes
Witness: {{NAME:Keisha Odom}}, CMA       Date: {{DATE:9-16-24}}
Copy given to patient [x]   Scanned to chart {{MRN:PRMG-0077193}} by {{NAME:KO}}`,

  `SHIPMENT MANIFEST -- {{FACILITY:Kinetra Devices}} fulfillment, {{LOCATION:Louisville}} KY
Batch {{ID:SHP-B-20241021-04}}   ship date {{DATE:21-Oct-2024}}   carrier: {{FACILITY:Swiftline Parcel}} Ground
ord#          recipient                     ship-to                                   item / serial                 tracking
{{ID:ORD-339102}}  {{NAME:Esposito, Gianna}}          {{ADDRESS:48 Wyckoff Ave Apt 3R}}, {{LOCATION:Brooklyn}} NY {{ZIP:11237}}     BP cuff {{DEVICE:KD-BPX-4410928}}     {{ID:SWL8840021937US}}
{{ID:ORD-339107}}  {{NAME:Abebe, Tigist}}             {{ADDRESS:915 Ellery St}}, {{LOCATION:Silver Spring}} MD {{ZIP:20910}}      pulse ox {{DEVICE:KD-OX2-1108823}}    {{ID:SWL8840021944US}}
{{ID:ORD-339115}}  {{NAME:Lowery, J.}}                {{ADDRESS:RR 2 Box 77A}}, {{LOCATION:Paintsville}} KY {{ZIP:41240}}         scale {{DEVICE:KD-SC1-0092214}}       {{ID:SWL8840021951US}}
{{ID:ORD-339120}}  {{NAME:Fa'alogo, Sione}}           {{ADDRESS:2207 Kalihi St}}, {{LOCATION:Honolulu}} HI {{ZIP:96819}}           BP cuff {{DEVICE:KD-BPX-4410933}}     {{ID:SWL8840021968US}}
packed by {{NAME:DT}} / QC {{NAME:R. Salgado}}   lot 24-09B (not serialised)`,

  `From: {{NAME:Gretchen Albrecht}} <{{EMAIL:galbrecht@lakeshorefm.example}}>
To: {{EMAIL:support@telorahealth.example}}
Cc: Dr. {{NAME:Sam Whitfield}}
Sent: {{DATE:Thursday, November 7, 2024 4:41 PM}}
Subject: RE: missing readings -- 3 pts -- case {{ID:TEL-CS-44710}}

Hi {{NAME:Marco}},

Following up again. We still have no readings in the {{FACILITY:Telora}} dashboard since {{DATE:Nov 1}} for these patients, and their 16-day windows close soon:
  - {{NAME:Bernice Kowalczyk}}, DOB {{DATE:5/30/1939}}, cuff {{DEVICE:TL-C2-509114}}
  - {{NAME:Ahmed Rahimi}}, DOB {{DATE:1/12/1956}}, cuff {{DEVICE:TL-C2-509377}}
  - {{NAME:Luz Marina Quispe}}, DOB {{DATE:8/8/1962}}, scale {{DEVICE:TL-S1-220841}}
All three say they are taking readings daily and the cuff shows "SENT". Can you confirm whether this is the tower outage in {{LOCATION:Muskegon}} you mentioned or something on your side?

Thanks,
{{NAME:Gretchen}}
Practice Manager, {{FACILITY:Lakeshore Family Medicine}}
{{PHONE:231-555-0176}} | fax {{FAX:231-555-0177}}`,

  `PHONE MSG  {{DATE:12/3}}  2:15p   taken by {{NAME:jess}} @ front desk
caller: {{NAME:Raymond}} "{{NAME:Ray}}" {{NAME:Cordova}} (pt's son)  cb {{PHONE:(719) 555-0134}}
re: his mom {{NAME:Eufemia Cordova}} dob {{DATE:4-19-33}}  (she is {{AGE:91}})
says the blood pressure machine the company sent has been "yelling" at night -- low battery chirp? he thinks the box says {{FACILITY:PulseNest}}. Also she got a letter saying she'd be charged -- she has Sangre de Cristo Medicaid Plan hmm?? member # {{HEALTH_PLAN:SDC004418827}}. wants to know if still enrolled or can they send it back.
he's in {{LOCATION:Pueblo}} now, mom still on {{ADDRESS:Elm Ave}} in {{LOCATION:Walsenburg}}. best time after 5.
-> routed to RPM nurse {{NAME:Tanisha}}
-----
{{DATE:12/4}} {{NAME:TW}}: spoke w/ {{NAME:Ray}}. Battery chirp - swapped AA x4 by phone. Enrollment active; Medicaid covers, no charge, letter was generic. Will mail return label if they ever want to stop. {{NAME:TW}}`,
  `TELEPSYCHIATRY -- MED MGMT F/U (video)
{{NAME:Szabo, Dániel}}  |  MRN {{MRN:55-210-8837}}  |  DOB {{DATE:1987-10-02}}
DOS {{DATE:01/08/2025}}  via {{FACILITY:BrightPath Telehealth}} (link sent to {{EMAIL:dani.szabo87@inbox.example}})
Pt joined from his car in the lot at work ({{FACILITY:Ridgeline Logistics}} warehouse, {{LOCATION:Reno}}) -- confirmed parked, engine off, alone. Emergency location for this visit: {{ADDRESS:6650 Sage Hollow Rd}}, {{LOCATION:Sparks}} NV {{ZIP:89436}}.

Interval: sertraline 100 mg x 8 wks. Mood "maybe 6/10", sleep better, no SI/HI. PHQ-9 today 9 (was 16 on {{DATE:11/13}}). GAD-7 8. Drinking 2-3 beers on weekends. Girlfriend {{NAME:Kayla}} has noticed he's "less snappy."
MSE (video-limited): casually dressed, good eye contact w/ camera, speech nl rate, affect brighter, TP linear, insight fair.
Plan: cont sertraline 100; add CBT-I app module; therapy referral to {{NAME:Marisol Benavides}}, LCSW at {{FACILITY:Truckee Meadows Counseling}} (fax {{FAX:775-555-0150}}). RTC 6 wk video.
PDMP checked -- no controlled rx.
{{NAME:Anjali Raman}}, MD (NV lic {{LICENSE:NV-MD-19422}})`,

  `CGM ALERT ESCALATION -- Diabetes RPM, {{FACILITY:Tall Pines Endocrine}}
{{DATE:02/17/2025}}
02:47  URGENT LOW 48 mg/dL  -- {{NAME:Kai Nakoa}}, 14yo, sensor SN {{DEVICE:3MH0420K7PZ}} / pump {{DEVICE:NT-1125-880931}}
02:48  auto text to parent phone {{PHONE:808-555-0193}} -- delivered
02:55  no ack -> auto call to 2nd contact ({{NAME:Leilani Nakoa}}, mom) {{PHONE:808-555-0112}}
02:58  mom ack'd: "giving juice"
03:15  61 mg/dL, rising
03:40  104 mg/dL
on-call RN review 07:10 ({{NAME:B. Kealoha}}): overnight low after soccer tournament at {{FACILITY:Kapolei Intermediate}}; basal rate 0.65 u/h at night, temp basal not set. Called mom 07:25, reviewed rule of 15, glucagon kit in date (exp 11/2026). Message to Dr. {{NAME:Yamashiro}} to consider lowering overnight basal.
Upload from pump via phone app v5.2.0 at 07:02, IP {{IP:198.51.100.23}}.
Follow-up video visit booked {{DATE:Feb 19, 2025}} 4:00 pm. -{{NAME:bk}}`,

  `TELEHEALTH ONBOARDING FORM  (completed online, printed for chart)
Submission {{ID:OB-2025-031877}}   submitted {{DATE:3/3/2025 19:22}}   from IP {{IP:203.0.113.201}}
Legal name: {{NAME:Björnsdóttir, Sigrún}}          Preferred name: {{NAME:Sigga}}
DOB: {{DATE:June 5, 1968}}      Pronouns: she/her
Home address: {{ADDRESS:77 Harbor View Terrace, #2}}, {{LOCATION:Bar Harbor}}, ME {{ZIP:04609}}
Cell: {{PHONE:207.555.0148}}   Okay to text? Y
Email: {{EMAIL:sigrun.bjorns@coldmail.example}}
Employer: {{FACILITY:Frenchman Bay Marine Research Station}} (research tech)
Insurance: Pine Tree Employee PPO? -- ID {{HEALTH_PLAN:NLX88214470}}  group 0049
Pharmacy: {{FACILITY:Harborside Apothecary}}, {{ADDRESS:14 Cottage St}}
PCP: Dr. {{NAME:Anne-Claire Moreau}}
Device for visits: iPad (iOS 17), home wifi   Camera test: pass   Mic test: pass
Photo ID uploaded: {{PHOTO:IDfront_sbjorns_0303.jpg}}
Reason for first visit: "Hashimoto's, TSH checks, maybe Raynaud's in winter"
I agree to the terms of telehealth services [x]   e-sig: {{NAME:S. Björnsdóttir}}`,

  `Overnight pulse ox log review - COPD RPM -- pt {{NAME:Gallagher, Seamus P.}}  acct {{ACCOUNT:44-901-7763}}
device: PX-3 fingertip ox, s/n {{DEVICE:PX3-01177-C}}, paired to hub {{DEVICE:HUB-9C:4F:21:0B:7E:11}}
night of {{DATE:4/6-4/7/25}}
 23:10  SpO2 91  HR 84
 01:42  SpO2 87  HR 96   <- alert (SpO2<88 x 5 min)
 01:49  SpO2 86  HR 98   <- alert
 02:05  SpO2 90  HR 88   cleared
 05:30  SpO2 92  HR 80
RN note {{DATE:04/07/2025}} 0815: called pt at {{PHONE:412-555-0190}}, wife {{NAME:Noreen}} answered. O2 concentrator tubing had come off the nasal cannula at night per wife. No dyspnea this am, no fever. Using Trelegy 1 puff daily, albuterol prn x1. Reinforced tubing clip. Asked {{FACILITY:Three Rivers Home Oxygen}} to check concentrator output -- work order {{ID:WO-77142}}.
Pt 72yo, GOLD 3, mMRC 2. Next review {{DATE:4/10}}.
-- {{NAME:Carmen Ibarra-Ochoa}}, RN, BSN`,

  `RMA / DEVICE RETURN RECORD -- {{FACILITY:VitalBridge RPM}}
RMA #: {{ID:RMA-60331}}        Date opened: {{DATE:2025-04-22}}
Patient: {{NAME:MAHLANGU, Thabo}}   Program: CHF   Clinic: {{FACILITY:Eastside Cardiology Associates}}
Reason: [ ] patient deceased  [x] disenrolled  [ ] defective  [ ] lost
Item 1: cellular scale SC-2, serial {{DEVICE:VB-SC2-3341009}}
Item 2: cellular cuff TC-220, serial {{DEVICE:TC220-7811470}}
Prepaid label tracking {{ID:1Z4F88W20391887520}}  emailed to {{EMAIL:thabo.m@postbox.example}} on {{DATE:4/22/25}}
Received at warehouse: {{DATE:May 2, 2025}}  by {{NAME:Luis Ortega}}
Condition: cuff OK; scale platform cracked (pt says grandson {{NAME:Sipho}} stood on it, ha)
Data wipe: done {{DATE:05/03/2025}}, cert {{ID:WIPE-0503-118}}
Refurb disposition: cuff -> refurb pool; scale -> scrap
Billing: final 99454 period ended {{DATE:4/18}}; no charge for damage per contract w/ clinic (acct {{ACCOUNT:VB-CL-2207}}).
Closed by {{NAME:lo}}.`,

  `chat log -- {{FACILITY:Telora Health}} patient support (ES/EN)
conv {{ID:TH-CONV-8830142}}  {{DATE:05/14/2025}}
09:01 sistema: Hola, soy el asistente virtual. ¿En qué te ayudo?
09:01 usuario ({{NAME:Guadalupe Herrera Soto}}): mi baumanómetro no prende y mi hija dice que hay que llamar
09:02 sistema: Te comunico con un agente.
09:04 agente {{NAME:Rodrigo}}: Buenos días Sra. {{NAME:Herrera}}. ¿Me confirma su fecha de nacimiento?
09:05 {{NAME:Guadalupe}}: {{DATE:12 de marzo de 1952}}
09:05 agente {{NAME:Rodrigo}}: Gracias. ¿Y la dirección donde le llegó el aparato?
09:06 {{NAME:Guadalupe}}: {{ADDRESS:3418 W Pima St}} {{LOCATION:Phoenix}} {{ZIP:85009}}
09:08 agente {{NAME:Rodrigo}}: Veo el equipo con serie {{DEVICE:TL-C2-511902}}. ¿Tiene pilas nuevas?
09:10 {{NAME:Guadalupe}}: ya le puse y nada
09:12 agente {{NAME:Rodrigo}}: Le mandamos uno nuevo hoy. Guía {{ID:SWL8840033120US}}, llega el {{DATE:viernes 16 de mayo}}. Cuando llegue, regrese el viejo en la misma caja.
09:12 {{NAME:Guadalupe}}: gracias mijo
[transcript end] agent id {{ID:TH-AG-0419}}`,

  `VIDEO VISIT W/ INTERPRETER -- Family Medicine
Pt: {{NAME:Nguyen Van Hai}} (surname {{NAME:Nguyen}})   DOB {{DATE:09/09/1947}}   MRN {{MRN:00735521}}
Date: {{DATE:6/2/25}}   Start 1:30 PM  End 1:58 PM
Interpreter: Vietnamese, {{FACILITY:LanguageBridge Interpreting}} ID# {{ID:LB-4471}} (Ms. {{NAME:Linh}} -- joined by 3-way video)
Also present: daughter-in-law {{NAME:Phuong Le}}, who set up the laptop.
Pt at home in {{LOCATION:Westminster}}, CA.

CC: RPM BP readings high past 2 wk (avg 158/92 on 18 readings).
Pt reports taking amlodipine 5 mg only "when head hurts." Family says he ran out of losartan after pharmacy ({{FACILITY:Saigon Pharmacy}}) changed hours. Denies CP, SOB, vision change.
Exam by video: well appearing, speech clear, no facial droop. Home cuff during visit 162/94, HR 70.
A/P: HTN, uncontrolled, nonadherence/access. Restart losartan 50 mg qd, amlodipine 5 mg daily scheduled. Rx sent to mail order ({{FACILITY:Crestline Mail Pharmacy}}, acct {{ACCOUNT:CMP-7789120}}). RPM RN check in 1 wk. Teach-back done via interpreter.
{{NAME:Hollis Greene}}, PA-C`,

  `SECURITY AUDIT -- portal login events, user {{ID:pt_0418827}} ({{NAME:Ivanova, Tatiana}})
source: {{FACILITY:CareLoop}} identity service
{{DATE:2025-06-20 03:11:07}}  FAIL  pwd   {{IP:198.51.100.77}}   UA: Mozilla/5.0 (Windows NT 10.0)
{{DATE:2025-06-20 03:11:19}}  FAIL  pwd   {{IP:198.51.100.77}}
{{DATE:2025-06-20 03:11:31}}  FAIL  pwd   {{IP:198.51.100.77}}
{{DATE:2025-06-20 03:11:44}}  LOCK  acct locked 30 min
{{DATE:2025-06-20 08:02:56}}  OK    pwd+sms  {{IP:203.0.113.14}}  (matches home ISP, {{LOCATION:Sacramento}})
{{DATE:2025-06-20 08:03:30}}  PWD_RESET  by user
{{DATE:2025-06-20 08:04:12}}  MFA_CHANGE  sms -> {{PHONE:916-555-0171}}  *** review ***
analyst {{NAME:J. Okafor}} ({{DATE:6/20}}): called pt at number on file (not the new one) -- pt confirms she changed it herself, new phone. Credential stuffing from {{IP:198.51.100.77}} -- added to blocklist, ticket {{ID:SEC-2025-0611}}. No PHI viewed during failed attempts.`,

  `From: {{NAME:Owen Prichard}} <{{EMAIL:oprichard@sentrixremote.example}}>
To: Privacy Office, {{FACILITY:Blue Ridge Community Hospital}}
Date: {{DATE:July 3, 2025}}
Subject: Notice of security incident {{ID:INC-2025-0047}} -- misdirected reports

Dear Ms. {{NAME:Holloway}},

On {{DATE:June 27, 2025}} a configuration error caused 3 weekly RPM summary PDFs for your clinic to be emailed to another customer's shared inbox ({{FACILITY:Foothills Pediatric Group}}). The files contained name, DOB, device serial and BP readings for:
 1. {{NAME:Doris Ledbetter}} (DOB {{DATE:3/2/1944}}) -- cuff {{DEVICE:SRX-BP-0778120}}
 2. {{NAME:Clayton Honeycutt}} (DOB {{DATE:10/30/1951}}) -- cuff {{DEVICE:SRX-BP-0778129}}
 3. {{NAME:Ana Lúcia Ferreira}} (DOB {{DATE:7/21/1960}}) -- cuff {{DEVICE:SRX-BP-0779004}}
The recipient's administrator, Dr. {{NAME:Pruitt}}'s office manager, confirmed deletion on {{DATE:6/28}}. Logs show no forwarding.
We will support you with patient letters. Please contact me at {{PHONE:828-555-0115}}.

Regards,
{{NAME:Owen Prichard}}, Compliance Lead`,

  `RPM MONTHLY BILLING SUMMARY -- {{FACILITY:Prairie Lakes Clinic}}   period {{DATE:7/1/2025-7/31/2025}}
prepared {{DATE:08/04/2025}} by {{NAME:Hjelm, Karin}}
pt                         acct            days  99454  mins  99457 99458  note
{{NAME:Anderson, Dale R}}         {{ACCOUNT:PL-118830}}     24    Y     31    Y     Y     
{{NAME:Ostrowski, Helen}}         {{ACCOUNT:PL-120047}}     11    N     22    Y     N     <16 days (hosp {{DATE:7/9-7/15}})
{{NAME:Runningwater, Celeste}}    {{ACCOUNT:PL-120913}}     29    Y     45    Y     Y     
{{NAME:Vang, Tou}}                {{ACCOUNT:PL-121502}}     17    Y     12    N     N     <20 min -- no 99457
{{NAME:Schreiber, Otto}}          {{ACCOUNT:PL-099214}}      0    N      0    N     N     deceased {{DATE:7/3/25}} -- return kit
{{NAME:Mendez-Park, Isabel}}      {{ACCOUNT:PL-122668}}     21    Y     20    Y     N     
vendor: {{FACILITY:HomeBeat Monitoring}}   invoice {{ACCOUNT:HB-INV-2025-07-0331}}
reviewed: {{NAME:KH}} / Dr. {{NAME:Nygaard}}`,
  `RN TRIAGE -- RPM weight alert f/u (telephone)
{{DATE:08/19/2025}} 10:05
Pt {{NAME:Lucille}} "{{NAME:Lu}}" {{NAME:Fontenot}}, {{AGE:90}} y/o F, HFpEF, CKD3b. MRN {{MRN:LG-2038817}}. Lives w/ niece {{NAME:Darlene Broussard}} at {{ADDRESS:412 Rue Beauregard}}, {{LOCATION:Opelousas}} LA {{ZIP:70570}}.
Alert: {{FACILITY:PulseNest}} scale {{DEVICE:PN-SC2-00190288}} +2.8 lb / 24 h and +5.1 lb / 5 d (rule: >3 lb/day or >5 lb/week).
Spoke w/ niece at {{PHONE:337-555-0102}} (pt HOH). Pt "puffy in ankles," sleeping in recliner x2 nights, no CP. Ate gumbo & boudin at church supper {{DATE:Sunday 8/17}} ({{FACILITY:Our Lady of the Prairie Catholic Church}} hall).
Meds: torsemide 20 mg qd, spironolactone 12.5, Jardiance 10. K+ 4.8 on {{DATE:8/1}}.
Per HF protocol v3 (Dr. {{NAME:Guidry}} standing order): extra torsemide 20 mg today & tomorrow, 2 g Na, recheck weight in am. If SOB at rest or wt not down by {{DATE:8/21}} -> same-day video visit or ED at {{FACILITY:Bayou Courtableau Medical Center}}.
Niece verbalized understanding; teach-back ok.
{{NAME:Mireille Arceneaux}}, RN -- RPM team`,

  `PEDS TELEHEALTH VISIT -- {{FACILITY:Little Sprouts Pediatrics}}
Patient: {{NAME:Amara Osei-Bonsu}}   Age 4   DOB {{DATE:2021-01-30}}   MRN {{MRN:P-0081934}}
Parent/guardian present: mother {{NAME:Efua Osei-Bonsu}}; consented for video visit. Father {{NAME:Kwame}} joined by phone from work.
Date/time: {{DATE:September 4, 2025, 9:15 AM}}
Location: pt at grandmother's house, {{ADDRESS:58 Mill Pond Ln}}, {{LOCATION:Framingham}} MA {{ZIP:01701}}

CC: rash x2 days, started at {{FACILITY:Little Acorns Daycare on Main}}?? (2 other kids w/ same per mom)
Hx: low-grade temp 100.2 yesterday, eating ok, wet diapers nl. No meds besides acetaminophen 160 mg/5 mL 7.5 mL once.
Video exam: vesicles on palms, soles, perioral; oral lesions seen when mom shone flashlight. Active, playful. Photos uploaded by mom ({{PHOTO:IMG_4471.HEIC}}, {{PHOTO:IMG_4472.HEIC}}).
A: hand-foot-mouth dz, likely coxsackie. Not Kawasaki (no conjunctivitis, afebrile now).
P: supportive care, fluids, daycare note (return when fever-free 24h). Call if fewer than 3 wet diapers/day.
{{NAME:T. Adeyemi-Clarke}}, MD`,

  `TECH NOTE -- failed video visit
visit id {{ID:MV-VIS-2025-114980}} -- {{FACILITY:MediVista Connect}}
sched {{DATE:10/01/2025 3:00 PM}} ET, provider Dr. {{NAME:Farah Khoury}} ({{FACILITY:Harborview Endocrinology}}), pt {{NAME:Stanislav}} "{{NAME:Stan}}" {{NAME:Petrov}}
15:00 provider in room
15:03 pt join attempt from {{IP:198.51.100.131}}, Android 11, Chrome 96 -> WebRTC ICE failed
15:05 retry -> failed (symmetric NAT / TURN blocked?)
15:07 staff {{NAME:Jada}} called pt at {{PHONE:617-555-0188}}; pt at his job ({{FACILITY:Dorchester Bay Marine Supply}}), guest wifi
15:10 sent SMS link to cell, pt switched to LTE -> connected 15:11, video ok
15:32 ended
Root cause: customer-site firewall blocks UDP 3478. Nothing on our side. Advised pt to use cell data or home network next time. KB article: {{URL:https://help.medivista.example/kb/turn-ports}}
Filed {{ID:MVS-SUP-301177}} for trending. --{{NAME:wk}} (L1 support, {{LOCATION:Manchester}} NH office)`,

  `DISCHARGE TO HOSPITAL-AT-HOME / RPM HANDOFF
From: {{FACILITY:St. Brendan Regional Medical Center}}, {{FACILITY:Kessler 4 West}}
To: {{FACILITY:CareLoop}} Hospital-at-Home command center
Pt: {{NAME:O'Shaughnessy, Bridget M.}}   Age 82   MRN {{MRN:SBR-00992817}}   Enc {{ACCOUNT:ENC-44820193}}
Admit {{DATE:10/12/25}} CAP RLL; d/c to home program {{DATE:10/15/25}} ~1400
Home: {{ADDRESS:9 Quarry Hill Rd}}, {{LOCATION:Barre}} VT {{ZIP:05641}}; husband {{NAME:Declan}} (limited mobility), neighbor {{NAME:Pat Lamoureux}} checks daily {{PHONE:802-555-0140}}
Kit: patch biosensor {{DEVICE:BSP-7A-1903377}}, pulse ox {{DEVICE:KD-OX2-1122708}}, tablet {{DEVICE:TAB-55109}} (LTE), O2 2L NC via {{FACILITY:Quarry Valley Respiratory}}
Abx: amoxicillin-clavulanate 875/125 BID thru {{DATE:10/19}}
Escalation: SpO2 <90 on 3L, RR >24, T >38.3 -> video MD, then EMS to {{FACILITY:St. Brendan}} ED
First nurse home visit {{DATE:10/16}} AM ({{NAME:Renata Dufresne}}, RN)
Handoff called to cmd ctr RN {{NAME:Marcus}} at 1315, read-back ok. -- {{NAME:A. Varga}}, RN case mgr`,

  `care coordinator call log -- wk of {{DATE:11/3}} -- {{NAME:Yesenia}}
mon
- {{NAME:Abdi, Hodan}} -- no readings 6d. reached husband {{NAME:Farah}} {{PHONE:612-555-0139}}, cuff in closet since they moved to {{ADDRESS:2811 Cedar Ave S}} apt 5. new addr updated w/ vendor. 
- {{NAME:Lindgren}} -- LVM x2
- {{NAME:T. Red Cloud}} -- in hospital at {{FACILITY:Sweetgrass Creek IHS Health Center}} per daughter, pause monitoring
tue
- {{NAME:Chuy Alvarado}} (goes by {{NAME:Chuy}}, legal {{NAME:Jesus}}) -- wants to quit, "beeps too much." explained alert sounds can be muted in settings. stays in.
- Mrs. {{NAME:Kowalski}}'s aide {{NAME:Bogna}} called: scale readings are the aide's weight by mistake lol -- flag {{DATE:10/28-11/2}} values invalid
wed
- {{NAME:Lindgren}} -- reached. fine. grandson {{NAME:Erik}} set up new wifi, cuff reconnected.
- vendor call ({{FACILITY:VitalBridge}}, {{NAME:Shauna}}) re: 3 dead SIMs, ICCIDs {{DEVICE:8901260882291847713}}, {{DEVICE:8901260882291847721}}
thu/fri off -- {{NAME:YR}}`,

  `[{{FACILITY:Kinetra}} Assist bot]  session {{ID:KA-5521-0093}}  {{DATE:11/12/2025}}
Bot: Hi! I can help with your {{FACILITY:Kinetra}} device. Please enter the serial number on the back.
User: {{DEVICE:KD-BPX-4421876}}
Bot: Thanks. That's a BPX cuff registered to {{NAME:M. Oyelaran}}. Are you {{NAME:Mojisola}}?
User: no im her son {{NAME:Tunde}}. she cant read the screen
Bot: No problem. What's happening?
User: it says E3 every time
Bot: E3 means the cuff is too loose or she moved. Wrap it 1 inch above the elbow, sit still, feet flat, and try again.
User: ok it worked 141/87
Bot: Great! Anything else?
User: we moving to {{LOCATION:Houston}} {{DATE:dec 1}} will it work there
Bot: Yes, it works anywhere with cellular coverage. Update the shipping address so supplies reach you. New address?
User: {{ADDRESS:10450 Bellaire Blvd Apt 1207}} {{LOCATION:Houston}} tx {{ZIP:77072}}
Bot: Saved. A care team member will confirm. Your reference is {{ID:ADDR-CHG-88130}}.
[handoff note, agent {{NAME:Priscilla Ng}}: confirmed by phone w/ pt + son at {{PHONE:(832) 555-0107}} on {{DATE:11/13}}]`,

  `REVOCATION OF CONSENT / UNENROLLMENT -- Remote Monitoring
{{FACILITY:Granite State Cardiology}}
Patient: {{NAME:Édouard Thériault}}      DOB: {{DATE:08-23-1945}}      MRN: {{MRN:GSC 118-447}}
I no longer wish to take part in the remote monitoring program. Effective: {{DATE:December 1st, 2025}}.
Reason (optional): "Too many phone calls. My wife {{NAME:Ginette}} takes my pressure with her own machine."
I understand my past readings stay in my medical record. I will return:
   [x] blood pressure monitor   serial {{DEVICE:SRX-BP-0791155}}
   [x] weight scale             serial {{DEVICE:SRX-SC-0402218}}
   [ ] pulse oximeter
Return method: drop-off at clinic, {{ADDRESS:220 Loudon Rd, Suite 3}}, {{LOCATION:Concord}} NH {{ZIP:03301}}
Signed: {{NAME:E. Thériault}}     Date: {{DATE:11/24/25}}
---- office use ----
Received devices {{DATE:11/26/25}} -- {{NAME:LB}}. Vendor notified ({{EMAIL:returns@sentrixremote.example}}), acct closed {{ACCOUNT:GSC-RPM-0391}}. Last billable period through {{DATE:11/30}}. Dr. {{NAME:Fortin}} aware.`,

  `STORE-AND-FORWARD TELEDERMATOLOGY CONSULT
Referring: {{NAME:Kim, Soo-ah}}, NP -- {{FACILITY:Valle Verde Rural Health Clinic}}, {{LOCATION:Nogales}} AZ
Consultant: {{NAME:Halvorsen}}, MD, {{FACILITY:Desert Sky Dermatology}}
Pt: {{NAME:Ruelas, Joaquín}}  68M  MRN {{MRN:VV-55091}}  Submitted {{DATE:01/06/2026}}  Consult ID {{ID:TD-26-00218}}
Images received:
  {{PHOTO:TD26-00218_01_L_forearm.jpg}}  (overview)
  {{PHOTO:TD26-00218_02_L_forearm_dermoscopy.jpg}}
  {{PHOTO:TD26-00218_03_scalp_vertex.jpg}}
History (from referrer): 8 mm lesion L forearm, grew over 3 mo, occasionally bleeds. Retired farm worker ({{FACILITY:Santa Cruz Valley Growers}}) 40 yr outdoor work. Fitzpatrick III.
Impression: image 02 shows arborizing vessels, blue-gray ovoid nests -> c/w basal cell carcinoma, nodular. Scalp: multiple AKs.
Rec: shave or punch bx L forearm; if BCC, refer for Mohs. LN2 for AKs. 5-FU 5% cream bid x 3 wk to scalp as alt.
Turnaround 26 h. Reply sent to referrer fax {{FAX:520-555-0159}} {{DATE:1/7/26}}. --{{NAME:IH}}`,

  `TELESTROKE CONSULT  (tele-video, hub {{FACILITY:Capital Neuro Telestroke Network}})
Spoke: {{FACILITY:Holt Prairie Memorial Hospital}} ED, {{LOCATION:O'Neill}} NE
Pt: {{NAME:UNKNOWN, TRAUMA-ECHO}} -> later identified as {{NAME:Vernon Kleinschmidt}}, DOB {{DATE:3/15/1955}}, MRN {{MRN:HCM-204471}}
Consult called {{DATE:01/22/2026 14:02}}; video connected 14:09
LKW 13:15 per wife ({{NAME:Arlene}}, by phone {{PHONE:402-555-0183}}) -- was feeding cattle at the ranch north of {{LOCATION:Atkinson}}.
NIHSS 11 (R hemiparesis, aphasia, R gaze pref). BP 178/96. Glucose 141. CT head: no hemorrhage, ASPECTS 9. CTA: L M1 occlusion.
Rec: alteplase -- no contraindications -- give 0.9 mg/kg; max 90 mg. Bolus 14:31. Transfer for thrombectomy to {{FACILITY:Lincoln Mercy Comprehensive Stroke Center}} by air (flight {{FACILITY:SkyMed Prairie Flight}}).
Spoke ED MD Dr. {{NAME:Bartels}}. Accepting: Dr. {{NAME:Okoro}} (IR).
{{NAME:Sunita Venkataraman}}, MD, vascular neurology -- NE lic {{LICENSE:NE-MD-44102}}`,

  `RPM video check-in -- {{DATE:2/3/26}}
pt {{NAME:Abernathy, Clementine}} -- {{AGE:ninety-four}} yrs old (DOB {{DATE:10/11/1931}}) -- lives alone, {{ADDRESS:19 Wisteria Way}}, {{LOCATION:Aiken}} SC; great-granddaughter {{NAME:Brianna}} ({{FACILITY:Palmetto Ridge College}} student) visits M/W/F and holds the tablet.
Readings last 30d: 27 days transmitted. BP avg 136/74. Weight stable 118-120 lb. Pulse ox n/a.
Pt: "I'm fine honey, I just don't like the robot voice." Cuff voice prompt turned off in settings during call.
Falls: none. Still goes to {{FACILITY:Greater Hope Baptist}} on Sundays w/ church van.
Meds reviewed w/ {{NAME:Brianna}} reading labels: lisinopril 10, atorvastatin 20, vit D 1000 IU, Tylenol Arthritis prn.
PHQ-2: 0. Mini-Cog 4/5.
Plan: cont monitoring. Pt wants to keep the "old flip phone" for alerts -- alert line {{PHONE:803-555-0162}} confirmed.
Next check-in {{DATE:March 3}}. Pt turns {{AGE:95}} in Oct, family planning party, invited the whole RPM team haha.
--{{NAME:Q. Pettiford}}, RN`,
  `SHIPPING EXCEPTION -- {{FACILITY:Swiftline Parcel}} / {{FACILITY:HomeBeat Monitoring}}
Tracking {{ID:SWL8840051187US}}   orig ship {{DATE:2026-02-09}}   order {{ID:HB-ORD-771045}}
Consignee: {{NAME:PARTRIDGE, WENDELL}}   ph {{PHONE:(606) 555-0125}}
Addr as entered: {{ADDRESS:1404 Hollow Rd}}, {{LOCATION:Hazard}} KY {{ZIP:41071}}
Status history:
 {{DATE:02/10/2026 06:14}}  departed hub {{LOCATION:Lexington}}
 {{DATE:02/11/2026 13:52}}  delivery attempted -- address not found
 {{DATE:02/12/2026 11:03}}  delivery attempted -- no such street number
 {{DATE:02/13/2026 08:30}}  RTS initiated
Note from {{FACILITY:HomeBeat}} logistics ({{NAME:Rhiannon}}): ZIP {{ZIP:41071}} is {{LOCATION:Newport}}, not {{LOCATION:Hazard}} -- typo at enrollment. Correct addr per clinic ({{FACILITY:Kentucky River Community Health}}, {{NAME:Dwight}}): {{ADDRESS:1404 Lotts Creek Hollow Rd}}, {{LOCATION:Hazard}} KY {{ZIP:41701}}. Intercepted, relabeled, new tracking {{ID:SWL8840051422US}}, delivered {{DATE:2/16}} 2:40 pm, signed "{{NAME:W PARTRIDGE}}".
Contents: cuff {{DEVICE:HB-C5-2207719}}, charger, quick-start card.`,

  `Ticket {{ID:PN-44018}} -- escalation thread ({{FACILITY:PulseNest}} Tier 2)
------
[{{DATE:3/2/2026 9:14}}] {{NAME:Kofi Mensah}} (clinic, {{FACILITY:Ashanti Family Health}}): Same pt again, {{NAME:Gloria Adjei}}, scale reading 0.0 lb every morning since {{DATE:2/26}}. Serial {{DEVICE:PN-SC2-00201773}}. This is the 3rd ticket. Pt is upset.
[{{DATE:3/2/2026 11:40}}] {{NAME:Dana}} (T1): Asked pt to replace batteries. Will monitor.
[{{DATE:3/3/2026 8:02}}] {{NAME:Kofi Mensah}}: Batteries were replaced on {{DATE:2/27}}. Please escalate. Also her husband {{NAME:Yaw}} says the scale is on a rug -- could that be it?
[{{DATE:3/3/2026 10:26}}] {{NAME:Ben Tolliver}} (T2): Yes! Carpet/rug causes 0.0 or erratic weights on the SC-2 load cells. Please have pt move it to hard floor (kitchen/bathroom tile). If still 0.0 after that we'll swap.
[{{DATE:3/4/2026 7:55}}] {{NAME:Kofi Mensah}}: Moved to kitchen. 163.4 lb this am. Thank you {{NAME:Ben}}.
[{{DATE:3/4/2026 8:10}}] {{NAME:Ben Tolliver}}: Closing. Added note to pt profile. KB: {{URL:support.pulsenest.example/scale-surfaces}}
------
SLA: breached (T1 response >24h on 2nd ticket) -- credit to clinic account {{ACCOUNT:PN-CUST-0872}}`,

  `RIGHT OF ACCESS REQUEST -- patient data export
Req # {{ID:ROA-2026-0133}}   received {{DATE:March 9, 2026}} via portal
Requestor: {{NAME:Ingrid Solberg-Haas}} (self)   DOB {{DATE:04/04/1971}}
Verified: photo ID {{PHOTO:roa0133_id.png}} + selfie match; DL # WA {{LICENSE:SOLBEIH712KR}} (exp 2029)
Format requested: electronic, CSV + PDF, to {{EMAIL:isolberg.haas@fjordnet.example}}
Scope: all RPM readings, video visit notes, chat messages, device records {{DATE:01/2024}} - present
Systems pulled:
  {{FACILITY:NimbusMD}} RPM platform  -> job {{ID:EXP-8a0c77}} (9,214 rows)
  {{FACILITY:MediVista Connect}} visit notes -> 14 notes
  chat archive -> thread {{ID:CHT-40219-02}}
  device registry -> cuff {{DEVICE:NB-C3-0071829}}, glucometer {{DEVICE:GX-PRO-55102874}}
Sent: {{DATE:3/20/26}} via secure link {{URL:https://share.nimbusmd.example/d/7QmX2rPa}} (expires 14 d). Fee: $0.
Processed by {{NAME:Terrence Whitlock}}, HIM, {{FACILITY:Puget Sound Diabetes Center}}, {{PHONE:253-555-0145}}`,

  `ACTIVE RPM ROSTER (partial) -- {{FACILITY:Sandhills Rural Health}} -- as of {{DATE:4/1/26}}
#  name                       dob         mrn        dev s/n              program  enrolled
1  {{NAME:Aguilar, Rosa E}}           {{DATE:05/11/1950}}  {{MRN:SRH4410}}    {{DEVICE:VB-BP-6611290}}        HTN      {{DATE:11/2024}}
2  {{NAME:Bachmann, Earl}}            {{DATE:12/01/1938}}  {{MRN:SRH0982}}    {{DEVICE:VB-SC2-3350014}}       CHF      {{DATE:06/2025}}
3  {{NAME:Chen, Wei-Ling}}            {{DATE:03/19/1963}}  {{MRN:SRH5127}}    {{DEVICE:GX-PRO-55108821}}      DM2      {{DATE:01/2026}}
4  {{NAME:Dlamini, Nomsa}}            {{DATE:08/30/1972}}  {{MRN:SRH5390}}    {{DEVICE:VB-BP-6611307}}        HTN/preg {{DATE:02/2026}}
5  {{NAME:Eagle Heart, Loretta}}      {{DATE:07/04/1946}}  {{MRN:SRH2219}}    {{DEVICE:VB-OX1-0044721}}       COPD     {{DATE:09/2025}}
6  {{NAME:Fitzgerald}}, "{{NAME:Buddy}}"       {{DATE:02/28/1944}}  {{MRN:SRH1004}}    {{DEVICE:VB-SC2-3350099}}       CHF      {{DATE:03/2026}}
notes: #2 DOB re-verified w/ pt (he's 87, still drives to clinic). #6 legal name {{NAME:Francis X. Fitzgerald}}.
vendor {{FACILITY:VitalBridge}} / printed by {{NAME:cs}}`,

  `SMS REMINDER LOG -- outbound, {{FACILITY:Telora Health}} short code 55123
to              sent                   template          status      pt
{{PHONE:+1 404 555 0133}}   {{DATE:2026-04-14 08:00}}   DAILY_BP          delivered   {{NAME:Okafor-Williams, N.}}
{{PHONE:+1 404 555 0161}}   {{DATE:2026-04-14 08:00}}   DAILY_BP          failed 30007 {{NAME:Brathwaite, Cyril}}
{{PHONE:+1 470 555 0109}}   {{DATE:2026-04-14 08:00}}   DAILY_WT          delivered   {{NAME:Jean-Baptiste, Marlène}}
{{PHONE:+1 404 555 0194}}   {{DATE:2026-04-14 12:30}}   VISIT_REMIND      delivered   {{NAME:Huynh, Danny}}
  body: "Hi {{NAME:Danny}}, your video visit with Dr. {{NAME:Akande}} is tomorrow {{DATE:4/15}} at 10:00. Join: {{URL:https://v.telora.example/j/83317}}"
{{PHONE:+1 404 555 0161}}   {{DATE:2026-04-15 08:00}}   DAILY_BP          failed 30007 {{NAME:Brathwaite, Cyril}}
{{PHONE:+1 678 555 0120}}   {{DATE:2026-04-15 08:00}}   DAILY_BP          STOP recvd  {{NAME:Sokolova, Vera}}
ops note: 30007 = carrier filtered. {{NAME:Brathwaite}} -- call landline instead. {{NAME:Sokolova}} opted out -> notify clinic ({{FACILITY:Peachtree Heart & Vascular}}). --{{NAME:mh}}`,

  `VIDEO VISIT -- pt driving (visit stopped / rescheduled)
{{DATE:05/05/2026}} 11:20   Dr. {{NAME:Ioana Constantinescu}}, {{FACILITY:Allegheny Foothills Internal Medicine}}
Pt {{NAME:Brock Hendershot}} (MRN {{MRN:AFI-782211}}) joined the scheduled DM2 f/u from his phone while driving -- steering wheel and moving traffic visible. Asked him to pull over. He pulled into the lot of {{FACILITY:Kwik Trail Fuel #212}} on {{ADDRESS:Route 22}} near {{LOCATION:Ebensburg}}. Plate of his truck visible on screen when he got out (PA {{VEHICLE:ZKT-4418}}) -- noted only because pt later asked whether the recording showed it; visits are not recorded.
Brief visit once parked: A1c 8.9 on {{DATE:4/28}} ({{FACILITY:Laurel Highlands Lab}}). On metformin 1000 BID, glipizide 5. Drives for {{FACILITY:Cambria Aggregate Hauling}} -- CDL holder; DOT physical due, so hypoglycemia risk matters. CDL # PA {{LICENSE:30-118-447}} on file.
Plan: rescheduled to {{DATE:Friday 5/8}} 7:30 am before his shift, from home. Told him no video visits while driving, clinic policy. Will discuss GLP-1 then. Sent CGM info via portal.
-- {{NAME:IC}}/ scribe {{NAME:Hollie M.}}`,

  `FALL DETECTION ALERT -- {{FACILITY:GuardianLink Medical Alert}} monitoring center
Event {{ID:EV-26-0519-00871}}   {{DATE:05/19/2026 04:52:13}} CDT
Subscriber: {{NAME:Marchetti, Rosaria}}, {{AGE:96}}F   Sub # {{ACCOUNT:GL-300917}}
Device: pendant w/ fall detect, model FD-9, s/n {{DEVICE:FD9-00-7714302}}, base unit {{DEVICE:BU-441907}}
Addr: {{ADDRESS:2733 N Kedvale Ave}}, {{LOCATION:Chicago}} IL {{ZIP:60639}}, 1st floor, key in lockbox code on file
04:52 auto fall alert, two-way voice: no response
04:53 called home {{PHONE:773-555-0114}} -- no answer
04:54 dispatched CFD via 911, ref {{ID:CFD-26-139-0442}}
04:55 called resp 1 son {{NAME:Angelo Marchetti}} {{PHONE:773-555-0172}} -- answered, 15 min away
05:04 EMS on scene: found on bathroom floor, alert, c/o R hip pain
05:21 transported to {{FACILITY:Northwest Lakeview Hospital}}
05:30 notified PCP office via fax {{FAX:773-555-0199}}, RPM nurse queue at {{FACILITY:Belmont-Cragin Senior Clinic}}
operator: {{NAME:Dorota W.}} #{{ID:4471}}
{{DATE:5/19}} 14:10 f/u from son: R hip fx, surgery tomorrow.`,

  `HOME SLEEP TEST -- device dispatch & return
Order {{ID:HST-26-10442}}  ordered by Dr. {{NAME:Oyelowo}} ({{FACILITY:Tidewater Sleep Telemedicine}})
Pt: {{NAME:Pemberton, Alastair J.}}   DOB {{DATE:11 Jan 1966}}   MRN {{MRN:TST-00441288}}
Ship to: {{ADDRESS:5501 Shore Dr, Apt 210}}, {{LOCATION:Virginia Beach}} VA {{ZIP:23455}}
Device: WatchPAT-type disposable? NO -- reusable HST unit model HS-3, s/n {{DEVICE:HS3-A0092217}}, oximeter probe s/n {{DEVICE:OXP-558127}}
Out: {{DATE:6/1/26}}  tracking {{ID:SWL8840062214US}}
Tele-setup call {{DATE:6/3}} 8 pm: pt + wife {{NAME:Fiona}} on video, showed belt placement, nasal cannula, finger probe. Pt asked if his Apple Watch data could be used instead -- no.
Night of study: {{DATE:6/3-6/4/26}}; pt reports slept ~5 h, woke 3x.
Return rcvd {{DATE:6/8/26}}; data downloaded by tech {{NAME:Kaur, Harpreet}}; AHI 27, ODI 24, SpO2 nadir 81%. Mallampati III noted at prior visit.
Result visit (video) {{DATE:June 15}}; CPAP order to DME {{FACILITY:Coastal Breathe Medical Supply}}.`,

  `FIELD INSTALL CHECKLIST -- in-home RPM setup (complex pt)
Tech: {{NAME:Marisela Quintanilla}}, badge {{ID:KD-FT-0219}}, {{FACILITY:Kinetra Devices}} field services
Date {{DATE:07/07/26}}   arrival 13:05  depart 14:20
Pt: {{NAME:Runyon, Clarence}} "{{NAME:Bud}}"   {{ADDRESS:RR 1 Box 440}}, {{LOCATION:Hillsboro}} {{LOCATION:Highland County}} OH {{ZIP:45133}}
Present: pt, wife {{NAME:Opal}}, home health aide from {{FACILITY:Buckeye Country Home Care}}
[x] hub installed, LTE 2 bars -> added booster, hub s/n {{DEVICE:KD-HUB-3108842}}
[x] BP cuff paired {{DEVICE:KD-BPX-4430117}}
[x] scale paired {{DEVICE:KD-SC1-0101547}} -- placed on linoleum, not carpet
[x] pulse ox paired {{DEVICE:KD-OX2-1140219}}
[x] test transmission OK {{DATE:7/7/2026 14:02}}
[ ] tablet -- pt declined ("don't want a TV that watches me")
Notes: dog ("Duke") aggressive, keep in back room next visit. Gravel drive, blue mailbox. Pt wants calls to landline {{PHONE:937-555-0130}} only, not cell.
Pt signature: {{NAME:C. Runyon}}   Tech sig: {{NAME:MQ}}`,

  `TELEHEALTH E-PRESCRIBING NOTE / controlled substance (buprenorphine) -- audio-video
{{DATE:8/11/2026}}  Prescriber: {{NAME:Abimbola Fashola}}, MD -- DEA {{LICENSE:BF4471932}}, NPI {{LICENSE:1093847261}}, OR lic {{LICENSE:MD-208841}}
Pt: {{NAME:Lachlan McBride}}  DOB {{DATE:2/2/1990}}  MRN {{MRN:CSM-300177}}  (pt in {{LOCATION:Medford}}, OR at time of visit)
Program: {{FACILITY:Cascade Recovery Telehealth}}; in-person intake waived per current telemedicine flexibilities
Hx: OUD, 5 wks on buprenorphine/naloxone 8/2 mg film BID. UDS {{DATE:8/8}} (collected at {{FACILITY:Rogue Valley Collection Site}}): bup+, norbup+, no fentanyl. COWS n/a.
PDMP queried: one prescriber, one pharmacy.
Work: started at {{FACILITY:Bear Creek Lumber}} mill last wk, needs early appts.
Rx: bup/nal 8/2 mg film, #28, 1 film BID, 14 days, to {{FACILITY:Jacksonville Main St Pharmacy}} ({{PHONE:541-555-0142}}), Rx # {{ID:RX-7718302}}.
Peer support: {{NAME:Tamsin}} (peer recovery coach) checking in weekly via app.
Next video visit {{DATE:8/25}}. Naloxone kit confirmed at home.`,
  `MOBILE CARDIAC TELEMETRY -- END OF SERVICE REPORT
Monitoring service: {{FACILITY:RhythmWatch Cardiac Monitoring}}, IDTF, {{LOCATION:Malvern}} PA
Pt: {{NAME:Delgado-Ferrer, Yolanda}}   DOB {{DATE:1959-06-14}}   Pt ID {{MRN:RW-2026-884120}}
Ordering: Dr. {{NAME:Emeka Nwosu}}, {{FACILITY:Brandywine Electrophysiology}}   NPI {{LICENSE:1558204937}}
Patch s/n {{DEVICE:RWP-30-2210984}}; gateway phone IMEI {{DEVICE:352099001761481}}
Wear period: {{DATE:08/31/2026}} - {{DATE:09/13/2026}} (13 d 21 h analyzable)
Indication: palpitations, presyncope (R55)
Findings:
 - predominant rhythm sinus, HR 52-141, avg 74
 - paroxysmal AF, 6 episodes, longest 3 h 12 min beginning {{DATE:09/04/2026 02:18}}, burden 2.1%
 - 1 pause 3.4 s at {{DATE:9/9/2026 05:47}} during sleep (asymptomatic)
 - PVC burden <1%; no VT
 - patient-triggered events: 9; 7 correlate with AF
Urgent notifications: 0 (AF rates <150, pause <5 s daytime)
CHA2DS2-VASc per referral: 3.
Read by {{NAME:H. Lindström-Ahmed}}, MD, FACC -- {{DATE:9/16/26}}
Report faxed to {{FAX:610-555-0185}}`,

  `REMOTE DEVICE TRANSMISSION -- ICD
{{NAME:PRZYBYLSKI, STANISŁAW}}  MRN {{MRN:0044718820}}  device: dual-chamber ICD, model D-274, s/n {{DEVICE:RZJ604411H}}, implanted {{DATE:3/22/2019}}
transmission {{DATE:10/05/2026 03:14}} (scheduled, bedside monitor s/n {{DEVICE:BM-9984120}})
battery 6.2 yr, RV lead imp 480 ohm, RA 410, shock imp 62
events since last ({{DATE:7/6/26}}): 1 VT episode 188 bpm, terminated by ATP x1 on {{DATE:9/27/26}} 14:40
% pacing A 3 / V <1. OptiVol-type fluid index below threshold.
reviewed {{DATE:10/6}} by {{NAME:Giselle Marchand}}, CCDS, {{FACILITY:Great Lakes Device Clinic}}
called pt at {{PHONE:(414) 555-0157}}: on {{DATE:9/27}} he was shoveling gravel at his son {{NAME:Tomasz}}'s house in {{LOCATION:Cudahy}}, felt "a flutter", no shock, no syncope. Advised no heavy exertion until seen. Informed Dr. {{NAME:Van Der Berg}}; amiodarone? -> at clinic visit.
Next remote {{DATE:January 5, 2027}}. Pt reminded not to drive 6 mo only if shocked -- NA (ATP only).`,

  `MAIL-ORDER PHARMACY COORDINATION (phone)
{{DATE:10/20/26}} -- {{NAME:Felicity Armitage}}, PharmD, embedded pharmacist, {{FACILITY:Willamette Valley Virtual Care}}
Pt {{NAME:Kamau, Wanjiru}} (MRN {{MRN:WV-770213}}), enrolled in RPM HTN program w/ {{FACILITY:HomeBeat}} cuff {{DEVICE:HB-C5-2231048}}.
Issue: 2 wk avg 152/90 after switch to chlorthalidone 12.5 mg -- but pt says she never got it.
Called {{FACILITY:Cascadia Mail Rx}} {{PHONE:800-555-0132}}, spoke w/ {{NAME:Brent}}: order {{ID:CMR-5581042}} shipped {{DATE:9/30}} to old address {{ADDRESS:3310 SE Division St #4}}, {{LOCATION:Portland}} {{ZIP:97202}}; pt moved to {{ADDRESS:815 Elm Ct}}, {{LOCATION:Salem}} {{ZIP:97301}} in Sept.
Plan: address updated at mail Rx and in RPM vendor profile; 30-day supply bridged at local {{FACILITY:Lancaster Drive Pharmacy}}. Member ID for plan confirmed {{HEALTH_PLAN:ORH 8827710-02}}.
Told pt (via daughter {{NAME:Njeri}}, who speaks for her on phone, authorized proxy) to start tomorrow am. Recheck readings in 2 wk.`,

  `From: {{NAME:Hassan Al-Amin}} <{{EMAIL:credentialing@medivista.example}}>
To: {{NAME:Rebecca Thornquist}} <{{EMAIL:rthornquist@prairiewindhealth.example}}>
Date: {{DATE:Mon, 9 Nov 2026 10:02:17 -0600}}
Subject: provider onboarding -- missing licence details (3 providers)

Hi {{NAME:Rebecca}},

Before we can turn on cross-state visits for {{FACILITY:Prairie Wind Health}} we still need:
  - Dr. {{NAME:Oluwaseun Adeyemi}}: KS licence {{LICENSE:04-41187}} verified; MO licence # missing
  - {{NAME:Celia Montoya-Briggs}}, APRN: NE licence {{LICENSE:APRN-118820}} -- expiry date illegible on scan
  - {{NAME:Pieter de Vries}}, PA-C: DEA {{LICENSE:MD1192837}} on file, need NPI (we have {{LICENSE:1922093418}} but name mismatch "{{NAME:Peter Devries}}")
Please upload to the portal at {{URL:https://onboard.medivista.example/org/PWH-2207}} or reply here.
Your org ID is {{ID:ORG-PWH-2207}}; go-live planned {{DATE:12/1}}.

Thanks!
{{NAME:Hassan}} | Provider Credentialing | {{FACILITY:MediVista Connect}} | {{PHONE:312-555-0166}}`,

  `VOICE BIOMETRIC ENROLLMENT -- telephone RPM check-ins (IVR)
Vendor: {{FACILITY:Sentrix Remote Care}}    Enrollment {{DATE:11/30/2026}}
Pt: {{NAME:Manuelito, Delbert}}   DOB {{DATE:09/02/1952}}   clinic MRN {{MRN:NCH-0912277}}
Reason: low vision (diabetic retinopathy), cannot use app PIN; pt prefers voice login to daily symptom IVR.
Voiceprint template ID: {{BIOMETRIC:VP-SRX-00912277-A3}}   phrase: "my voice is my password"  (3 samples, quality 0.91)
Fallback: DOB + last 4 of phone {{PHONE:928-555-0175}}
Consent: verbal, witnessed by {{NAME:L. Yazzie}}, CHR, {{FACILITY:Tuba City Chapter CHR office}}. Interpreted in Diné by {{NAME:Lorraine Yazzie}}.
Pt lives ~40 mi from {{LOCATION:Tuba City}}, near {{LOCATION:Coalmine Canyon}}; mail to {{ADDRESS:PO Box 2281}}, {{LOCATION:Tuba City}} AZ {{ZIP:86045}}.
Notes: grandson {{NAME:Jaden}} helped record samples. Hearing aids in. Re-enroll if voice changes (URI, dentures).
Enrolled by {{NAME:ntsosie}} -- {{DATE:11/30/2026 15:41}}`,

  `TELEHEALTH -- correctional facility (tele-ID clinic)
Site: {{FACILITY:Palouse Flats Correctional Center}} medical unit; remote provider {{NAME:Ximena Carvajal}}, MD, ID, {{FACILITY:Inland Northwest Infectious Disease}}
Inmate: {{NAME:DUPREE, Marcus L.}}   DOC # {{ID:DOC-411829}}   DOB {{DATE:5/17/84}}
Date {{DATE:12/08/2026}}, telepresenter RN {{NAME:Ostrander}} w/ digital stethoscope (model TS-1) and otoscope cam
HCV genotype 1a, VL 2.1 M IU/mL ({{DATE:11/20}}), FIB-4 1.9, no cirrhosis on elastography. HIV neg. HBsAg neg.
Started sofosbuvir/velpatasvir 400/100 x 12 wk on {{DATE:11/24}}. Tolerating, mild HA. Adherence per MAR 100%.
Housing: {{FACILITY:Unit C-Baker}}; release date uncertain -- if released before end of tx, link to {{FACILITY:Spokane Harm Reduction Clinic}} (contact {{NAME:Abby}} {{PHONE:509-555-0151}}).
Labs: CMP/CBC wk 4 ({{DATE:12/22}}), SVR12 after tx.
Next tele visit 4 wks. {{NAME:XC}}`,
  `SCHOOL-BASED TELEHEALTH VISIT
School: {{FACILITY:Eastfork Consolidated Elementary}}, nurse's office, {{LOCATION:Greenup County}} KY
Telepresenter: {{NAME:Sharon Dobbs}}, RN (school nurse)
Remote provider: {{NAME:Benedikt Hofer}}, APRN, {{FACILITY:Tri-State Pediatric Virtual Clinic}}
Student: {{NAME:Kaylee Jo Ratliff}}, age 9, gr 3, DOB {{DATE:10/14/2017}}; Medicaid ID {{HEALTH_PLAN:KY0099182734}}
Guardian: grandmother {{NAME:Wanda Ratliff}} consented by phone {{PHONE:606-555-0121}} at 10:40 (on file since {{DATE:Aug 2026}})
Visit {{DATE:02/02/2027}} 10:45
CC: ear pain R x 1 day, low fever 100.4 this am per nurse.
Exam w/ otoscope camera: R TM bulging, erythematous, opaque; L TM clear. Throat mild erythema, no exudate. Lungs clear via tele-stethoscope.
A: acute otitis media R.
P: amoxicillin 90 mg/kg/day div BID x 10 d (wt 29 kg -> 1300 mg BID ~ 1,300 mg; suspension 400 mg/5 mL, 16 mL BID). Rx to {{FACILITY:Russell Family Drug}}, {{ADDRESS:301 Bellefonte St}}. Ibuprofen prn. May return to class; note to teacher Ms. {{NAME:Kendrick}}.
{{NAME:BH}} / {{NAME:SD}}`,

  `COMPLAINT -- customer care, {{FACILITY:BrightPath Telehealth}}
case {{ID:BPT-CC-20331}}  logged {{DATE:2/19/27}}  by agent {{ID:renee.w}}
caller: Mr. {{NAME:Adebayo Ogunleye}} -- patient -- cb {{PHONE:(646) 555-0138}}, email {{EMAIL:adebayo.ogun@netmail.example}}
summary (caller's words, lightly edited): "I waited 47 minutes in the virtual waiting room on {{DATE:February 17th}} and nobody came. Then I got charged the $40 copay anyway. My member number is {{HEALTH_PLAN:EMP-55810294-00}} with the Hudson Workers plan. My daughter {{NAME:Temi}} had to leave work at {{FACILITY:Riverside Heights Hospital}}, to drive me to urgent care instead."
findings: provider Dr. {{NAME:Kessler}} marked no-show at 09:47 in error (pt was in lobby, session {{ID:BP-SES-9910287}} shows pt joined 09:00:41).
action: copay refunded to card on file, apology letter to {{ADDRESS:1187 Grand Concourse, Apt 6F}}, {{LOCATION:Bronx}} NY {{ZIP:10452}}. Provider coaching by med director {{NAME:J. Whitcombe}}.
closed {{DATE:2/24/27}}.`,

  `weekly RPM RN review -- wk ending {{DATE:3/12/27}} -- {{NAME:dk}}
{{NAME:pierce, l}} -- 28/30 d, bp avg 128/78, cont.
{{NAME:mcallister}} -- bp avg 149/93 up, msg Dr {{NAME:Hwang}} re lisinopril 20->40
{{NAME:rossi, g}} ("{{NAME:Pino}}") -- wt down 4 lb since {{DATE:3/1}}, appetite poor, wife {{NAME:Carla}} worried -> video visit {{DATE:3/15}}
{{NAME:abdullahi}} -- only 9 d readings. taking them at {{FACILITY:Masjid Al-Noor Community Center}} after jumu'ah w/ the cuff in his bag. ok as long as it's his arm.
{{NAME:TJ}} ({{NAME:Tyrell Jefferson}}) -- spo2 fine, quit smoking 3 wk!!
{{NAME:nakashima, e}} -- admitted {{FACILITY:Kapiolani Ridge Medical Ctr}} {{DATE:3/9}} CHF exac, pause RPM, d/c planner {{NAME:Maile}} {{PHONE:808-555-0186}}
{{NAME:Ortiz-Blanco}} -- new cuff s/n {{DEVICE:VB-BP-6620018}} replaced {{DATE:3/10}} (old {{DEVICE:VB-BP-6611452}} returned, tracking {{ID:SWL8840071550US}})
{{NAME:zhou yan}} -- daughter {{NAME:Mei}} asks for Mandarin IVR. vendor says Q3 -- told her.
{{NAME:grundy}} -- 0 readings. phone disconnected. letter to {{ADDRESS:44 Tanner Rd}} {{LOCATION:Pahoa}}. if no resp by {{DATE:3/26}} -> disenroll per policy
total 31 pts, 24 billable 99454. -{{NAME:DK}}`,

  `TELE-REHAB PT VISIT (synchronous video) -- {{FACILITY:Summit Motion Physical Therapy}}
Pt: {{NAME:Hallström, Britt-Marie}}   DOB {{DATE:1951-12-08}}   Acct {{ACCOUNT:SMPT-0044128}}
DOS {{DATE:4/6/2027}}  visit 6 of 12   Therapist: {{NAME:Rafael Souza}}, PT, DPT (CO lic {{LICENSE:PTL.0019284}})
Pt at home in {{LOCATION:Lakewood}} CO; husband {{NAME:Lars}} spotting; laptop propped on dining chair.
Dx: s/p R TKA {{DATE:02/22/2027}} at {{FACILITY:Front Range Orthopedic Surgery Center}} (Dr. {{NAME:Abernethy}}).
Wearable knee sensor (s/n {{DEVICE:KS-2-00481730}}) ROM today: flex 108 deg, ext -3 deg. Sit-to-stand 5x: 14.2 s. TUG 11 s. Pain 3/10 NPRS.
Ex: heel slides 2x15, quad sets, SAQ 2x10 w/ 2 lb, mini-squats at counter 2x10, step-ups 4" step 2x8. Good form after cues.
Pt asks about returning to pickleball at {{FACILITY:Belmar Rec Center}} -- not yet, maybe 10-12 wks.
Plan: progress to 6" step, add stationary bike if she can get to gym at {{FACILITY:Jefferson Senior Living}}? (lives independent wing).
Next {{DATE:Thurs 4/8}}. CPT 97110 x2, 97530, modifier 95.
{{NAME:RS}}`,

  `HOSPITAL-AT-HOME DAILY PROGRESS NOTE  day 3
{{FACILITY:Mesa Verde Health}} Acute Care at Home
Pt {{NAME:TSINAJINNIE, Florence}}  {{AGE:92}}yo F  MRN {{MRN:MVH00771928}}  Home: {{ADDRESS:County Road 5100, House 17}}, {{LOCATION:Kirtland}} NM {{ZIP:87417}}
Dx: cellulitis L leg, DM2. Date {{DATE:05/03/2027}}
Overnight (remote monitoring, biosensor {{DEVICE:BSP-7A-1957720}}): HR 78-94, RR 16-20, T max 37.6 at 02:00, SpO2 94-97 RA. No alerts.
Video round 08:30 w/ MD (Dr. {{NAME:Begaye}} -- no, Dr. {{NAME:Benally}}) and RN on-site ({{NAME:Loretta}}). Granddaughter {{NAME:Shandiin}} translating.
Exam (RN hands-on): erythema receded 3 cm from marked border, less warmth, no fluctuance. Photo to chart w/o file ref.
Meds: cefazolin 2 g IV q8h via midline (home infusion by {{FACILITY:Four Corners Infusion Services}}), insulin glargine 14 u, lispro SSI.
Labs drawn at home 06:15 -> courier to {{FACILITY:San Juan Basin Lab}}: WBC 9.8 (12.4 on {{DATE:5/1}}), glucose 162.
Plan: switch to cephalexin PO tomorrow if afebrile, d/c from program {{DATE:5/5}}. PCP f/u at {{FACILITY:Shiprock Family Clinic}}.
{{NAME:N. Benally}}, MD`,
  `export_2027-05-31.csv (first rows) -- {{FACILITY:NimbusMD}} scheduled export to {{FACILITY:Coastal Bend Cardiology}} EHR interface
record_id,mrn,last,first,dob,device_sn,metric,value,measured_at,tz
{{ID:r-0091882}},{{MRN:CBC-118204}},{{NAME:GARZA}},{{NAME:ELISEO}},{{DATE:1948-02-11}},{{DEVICE:NB-C3-0080112}},bp,146/82,{{DATE:2027-05-30T07:12:00}},CDT
{{ID:r-0091883}},{{MRN:CBC-118204}},{{NAME:GARZA}},{{NAME:ELISEO}},{{DATE:1948-02-11}},{{DEVICE:NB-C3-0080112}},hr,71,{{DATE:2027-05-30T07:12:00}},CDT
{{ID:r-0091890}},{{MRN:CBC-120977}},{{NAME:VILLARREAL}},{{NAME:MARÍA DEL CARMEN}},{{DATE:1955-09-23}},{{DEVICE:NB-S1-0033418}},wt_lb,201.4,{{DATE:2027-05-30T06:48:51}},CDT
{{ID:r-0091904}},{{MRN:CBC-099310}},{{NAME:O'NEILL}},{{NAME:PATRICK}},{{DATE:1933-12-30}},{{DEVICE:NB-C3-0079954}},bp,118/64,{{DATE:2027-05-30T09:30:15}},CDT
{{ID:r-0091911}},{{MRN:CBC-121455}},{{NAME:TRAN}},{{NAME:KHANH}},{{DATE:1961-04-02}},{{DEVICE:NB-OX-0012207}},spo2,95,{{DATE:2027-05-30T21:05:40}},CDT
...
rows: 1,288   sha256 3f9a...e1   sftp host {{IP:192.0.2.61}}   user {{ID:cbc_ingest}}
interface owner: {{NAME:Ramiro Saenz}} {{EMAIL:rsaenz@coastalbendcardio.example}}`,

  `IDENTITY VERIFICATION -- new telehealth account (manual review)
Queue item {{ID:IDV-27-06-00419}}   {{DATE:06/14/2027}}   reviewer {{NAME:Celestine Okwuosa}}
Applicant: {{NAME:Moana Tupou-Harris}}
DOB entered: {{DATE:07/19/1979}}     SSN entered: {{SSN:523-71-0948}}
Address: {{ADDRESS:3021 Kamehameha Hwy}}, {{LOCATION:Kaneohe}} HI {{ZIP:96744}}
Auto-check result: FAIL (SSN/DOB mismatch on credit header)
Docs uploaded: driver licence front {{PHOTO:dl_front_41977.jpg}}, back {{PHOTO:dl_back_41977.jpg}}; selfie {{PHOTO:selfie_41977.jpg}}
DL # {{LICENSE:H04412873}} (HI), name on DL "{{NAME:Moana T. Harris}}" -- maiden/married hyphen difference
Face match score 0.97 (template {{BIOMETRIC:FT-41977-7b2e}}) -- pass
Called applicant at {{PHONE:808-555-0144}}: she mistyped SSN (last two digits transposed). Corrected SSN {{SSN:523-71-0984}} -> credit header match.
Decision: APPROVED. Account {{ACCOUNT:BPT-PT-7719002}} activated; employer-sponsored access via {{FACILITY:Windward Canoe Outfitters}} benefits.
Note: do not store selfie beyond 30 days per policy.`,

  `RPM ELIGIBILITY CHECK -- Medicare FFS (270/271 results) -- batch {{DATE:07/01/27}}
clinic: {{FACILITY:Big Horn Basin Family Medicine}}, {{LOCATION:Cody}} WY     run by {{NAME:T. Schaefer}}
pt                        MBI                    Part B   MA plan?   other RPM claim in last 30d?
{{NAME:Hollister, Glen}}          {{HEALTH_PLAN:1AB2-CD3-EF45}}        active   no         no        -> OK
{{NAME:Whitehorse, Agnes}}        {{HEALTH_PLAN:2KX9-PM4-TR11}}        active   no         YES -- billed by {{FACILITY:Yellowstone Chronic Care LLC}}  -> HOLD
{{NAME:Dufresne-Kline, Marguerite}} {{HEALTH_PLAN:7QH3-WN8-JJ20}}      active   MA         n/a       -> check plan auth
{{NAME:Bighorn, Elias}}           {{HEALTH_PLAN:4TT6-RB2-KA83}}        inactive --         --        -> call pt
{{NAME:Pfeiffer, Hank}}           {{HEALTH_PLAN:9MM1-GX7-PD54}}        active   no         no        -> OK
follow-up:
 - {{NAME:Whitehorse}}: daughter {{NAME:Roberta}} says she signed up w/ another "heart company" at a health fair in {{LOCATION:Powell}} {{DATE:June 9}}. Only one can bill; pt to choose. Called {{PHONE:307-555-0118}}.
 - {{NAME:Bighorn}}: Part B lapsed? pt {{AGE:90}} -- son handles mail ({{NAME:Lyle}} at {{ADDRESS:PO Box 87}}, {{LOCATION:Meeteetse}} WY {{ZIP:82433}}).
-{{NAME:ts}}`,

  `From: {{NAME:Oksana Hrytsenko}} <{{EMAIL:ohrytsenko@lakevalleyclinic.example}}>
To: {{EMAIL:contracts@careloophealth.example}}
Date: {{DATE:Wed, 21 Jul 2027 08:55}}
Subject: BAA redlines + go-live for RPM pilot

Hello Mr. {{NAME:Lindqvist}} -- {{NAME:Anders}}, if I may,

Attached are our counsel's redlines to the {{FACILITY:CareLoop}} Business Associate Agreement. Main points: (1) breach notice within 5 business days, not 30; (2) subcontractor list must include your shipping partner {{FACILITY:Swiftline Parcel}} and your cloud host; (3) data return on termination in CSV.

Pilot: 40 patients from our {{LOCATION:Coeur d'Alene}} and {{LOCATION:Sandpoint}} sites starting {{DATE:9/1/2027}}. Our clinical lead is Dr. {{NAME:Yusuf Demir}}; RPM nurses {{NAME:Kateri Lone Wolf}} and {{NAME:Sean Mac Giolla}}.
We'd like the first kit shipment to our warehouse at {{ADDRESS:1650 W Appleway Ave, Dock 2}}, {{LOCATION:Coeur d'Alene}} ID {{ZIP:83814}}.

Our tax ID / vendor no. is in the W-9. Call me at {{PHONE:208-555-0193}}.

{{NAME:Oksana}}
Director of Clinical Operations, {{FACILITY:Lake Valley Clinic}}`,

  `POSTPARTUM HTN REMOTE MONITORING -- alert review
Program: Mothers' Heart@Home ({{FACILITY:Magnolia Women's Health}})
Pt: {{NAME:Shanice Whitaker}}  G2P2, delivered {{DATE:08/06/2027}} at {{FACILITY:Magnolia Regional Birthing Center}}, PP day 7. MRN {{MRN:MWH-227018}}
Baby: Baby Boy {{NAME:Whitaker}} -- named {{NAME:Josiah}}, doing well
{{DATE:8/13}}
 06:40  162/104  (severe range)  -> auto alert
 06:55  158/106  repeat -> auto alert, escalate
 07:02  RN {{NAME:Latrice Hampton}} called pt {{PHONE:601-555-0127}}: mild HA, no vision change, no RUQ pain, no SOB
 07:10  OB on call Dr. {{NAME:Ferreira-Lund}} paged (pager {{PHONE:4471}})
 07:15  plan: go to L&D triage now; partner {{NAME:Andre}} driving
 09:30  L&D: labs nl (plt 210, AST 22), BP 150s/90s, started nifedipine ER 30 mg, home w/ RPM continued
cuff s/n {{DEVICE:MH-BP-0038812}}; readings 2x daily through 6 wks PP ({{DATE:9/17}}).
Pt enrolled in state Medicaid PP extension, ID {{HEALTH_PLAN:MS-PP-00419276}}.
{{NAME:LH}}`,

  `HOME PD -- remote cycler data review (nephrology)
{{NAME:Benítez, Octavio}}   MRN {{MRN:DLK-55190}}   cycler s/n {{DEVICE:PDC-2A-08812733}}   modem {{DEVICE:MDM-77190442}}
vendor platform: {{FACILITY:Kinetra}} RenalLink   clinic: {{FACILITY:Riverside Home Dialysis Unit}}, {{LOCATION:Fresno}}
Rx: 5 exchanges, 2 L, 1.5%/2.5% dextrose, last fill 1.5 L icodextrin
night        UF (mL)   total time   alarms
{{DATE:9/20/27}}     +640     9h12      0
{{DATE:9/21/27}}     +410     9h05      2 (drain low)
{{DATE:9/22/27}}     -120     7h40      6 (drain low, bypass x2)
{{DATE:9/23/27}}     +220     8h55      3 (drain low)
RN {{NAME:Poornima Iyer}} video call {{DATE:9/24}}: pt constipated x4 days, catheter likely displaced. Bowel regimen (senna 17.2 mg qhs, PEG 17 g). Weight +1.8 kg. Wife {{NAME:Esperanza}} doing exchanges nights.
KUB ordered at {{FACILITY:Valley Imaging - Herndon}} {{DATE:9/25}}. If not improved -> catheter manipulation, Dr. {{NAME:Shah}}.
supply order {{ID:PD-SUP-33018}} to {{ADDRESS:4471 E Dakota Ave}}, {{LOCATION:Fresno}} CA {{ZIP:93726}}.`,
  `Insulin pump -- cloud upload review + vendor ticket
Pt {{NAME:Keanu Alapaʻi}} ("{{NAME:K}}")  19 yo, T1D since age 6   MRN {{MRN:QH-DM-80019}}
pump s/n {{DEVICE:NT-1125-912044}}   CGM tx {{DEVICE:8RB7X2QN}}   phone app 6.1 (iOS)
last upload {{DATE:10/30/2027 23:58}} -- gap of 9 days before that
TIR 58% (goal >70), TBR 3%, TAR 39%, GMI 7.6%. Many missed boluses around lunch (class at {{FACILITY:Waipahu Trade Institute}}?).
Pt messaged via portal {{DATE:10/31}}: "app keeps logging me out." 
Ticket opened w/ {{FACILITY:Nimbus Diabetes Cloud}} -- {{ID:NDC-T-558102}}, contact {{NAME:Gabriela}} {{EMAIL:gabriela.m@nimbusdiabetes.example}}: known bug in app 6.1 with iOS 18 keychain -> fix in 6.1.2, released {{DATE:11/4}}.
Video visit {{DATE:11/6/27}} w/ {{NAME:Noelani Kahale}}, CDCES: updated app, re-paired, set lunch bolus reminder 11:45, discussed pre-bolus 15 min. Mom {{NAME:Pua}} joined from work ({{FACILITY:Hale Ohana Pua Care Home}}).
Carb ratio 1:10 -> 1:9 at lunch. ISF 45. Next review 2 wks.
{{NAME:NK}}`,

  `REMOTE SPIROMETRY -- weekly home FEV1, lung transplant f/u
{{NAME:Oyelaran-Price, Deborah}}   tx {{DATE:03/03/2025}} (bilateral), {{FACILITY:Chesapeake Transplant Institute}}
home spirometer s/n {{DEVICE:SPX-4-00091882}} (model SPX-4), app ID {{ID:usr_8812045}}
date        FEV1 (L)   FVC (L)   % of baseline   effort ok?
{{DATE:11/01/27}}    2.41       3.18      100             Y
{{DATE:11/08/27}}    2.38       3.10       99             Y
{{DATE:11/15/27}}    2.19       2.95       91             Y
{{DATE:11/17/27}}    2.12       2.90       88             Y  <-- >10% drop, ALERT
RN coordinator {{NAME:Hyun-woo Baek}} called {{DATE:11/17}} 4:10 pm: new cough, low-grade temp 37.9, grandkids sick ({{NAME:Micah}} and {{NAME:Zoe}}, both at {{FACILITY:Linthicum Heights Primary}}). 
Plan: resp viral panel at {{FACILITY:Glen Burnie Outpatient Lab}} tomorrow, CXR, tacrolimus level. Video w/ Dr. {{NAME:Abramowitz}} {{DATE:Friday 11/19}}. If FEV1 <80% baseline or SpO2 <92 -> admit.
Pt home phone {{PHONE:410-555-0179}}; husband {{NAME:Lionel Price}} {{PHONE:410-555-0153}}.`,

  `ON-CALL ESCALATION LOG -- RPM after-hours ({{FACILITY:Sentrix Remote Care}} nurse line -> clinic on-call)
{{DATE:Sat 12/4/27}}
19:22  alert {{ID:AL-903317}} {{NAME:Kuznetsov, Boris}} BP 212/118 -> RN {{NAME:Haley Brandt}} called pt, HA + blurred vision -> advised 911. EMS to {{FACILITY:Marathon Valley Hospital}} ED, {{LOCATION:Wausau}}.
19:40  paged on-call Dr. {{NAME:Vue}} (pager {{PHONE:715-555-0104}}) -- FYI, ack 19:44
21:05  alert {{ID:AL-903342}} {{NAME:Schultz, Irma}} wt +3.4 lb -> pt asleep per husband {{NAME:Gerhard}}, no SOB. Recheck am.
23:58  alert {{ID:AL-903360}} {{NAME:Xiong, Pa Nhia}} SpO2 84 -> son {{NAME:Tou Xiong}} says finger cold, rechecked 95. Closed.
{{DATE:Sun 12/5/27}}
06:30  {{NAME:Schultz}} recheck wt stable. Closed.
08:15  ED update from {{FACILITY:Marathon Valley}}: {{NAME:Kuznetsov}} admitted, hypertensive urgency, CT neg.
handoff to day RN {{NAME:Maren}} 08:30. Log by {{NAME:HB}}, {{FACILITY:Sentrix}} ext {{PHONE:3318}}`,

  `{{FACILITY:CareLoop}} app chat -- address change
[{{DATE:1/3/28}} 10:14] {{NAME:Ifeoma Chukwu}}: Hello, I'm moving next week. Do I need to tell you? My supplies (test strips) come every month
[{{DATE:1/3/28}} 10:20] {{NAME:Sam}} ({{FACILITY:CareLoop}} Support): Yes please! What's your new address and the move date?
[{{DATE:1/3/28}} 10:26] {{NAME:Ifeoma Chukwu}}: From {{ADDRESS:77 Marlborough Rd}} to {{ADDRESS:1209 Prospect Pl, 2nd floor}}, {{LOCATION:Brooklyn}} {{ZIP:11213}}. Moving on the {{DATE:10th}}. Also new phone {{PHONE:347-555-0186}}
[{{DATE:1/3/28}} 10:31] {{NAME:Sam}}: Got it. Your glucometer (s/n {{DEVICE:GX-PRO-55211093}}) will keep working, it's cellular. I've updated shipping starting with the {{DATE:Jan 20}} order ({{ID:CL-SUP-661902}}).
[{{DATE:1/3/28}} 10:33] {{NAME:Ifeoma Chukwu}}: My clinic is still {{FACILITY:Crown Heights Family Health}}, Dr {{NAME:Ekwueme}}?
[{{DATE:1/3/28}} 10:35] {{NAME:Sam}}: Yes, nothing changes with your care team. Do you want us to tell them about the new phone?
[{{DATE:1/3/28}} 10:35] {{NAME:Ifeoma Chukwu}}: yes please and my emergency contact is now my brother {{NAME:Chidi}}, {{PHONE:718-555-0131}}
[{{DATE:1/3/28}} 10:38] {{NAME:Sam}}: Done! Reference {{ID:CL-CHG-30155}}.`,

  `VENDOR TICKET -- duplicate patient profiles / merge request
{{FACILITY:VitalBridge RPM}} ticket {{ID:VB-T-77014}}   opened {{DATE:2028-01-18}}   by {{NAME:Francesca Bellini}} ({{FACILITY:Tri-Cities Heart Group}})
Problem: same person enrolled twice after name change.
  profile A: {{NAME:Jasmine Tolbert}}, DOB {{DATE:3/30/1975}}, clinic MRN {{MRN:TCH-018834}}, cuff {{DEVICE:VB-BP-6631140}}
  profile B: {{NAME:Jasmine Tolbert-Osei}}, DOB {{DATE:3/30/1975}}, clinic MRN {{MRN:TCH-021907}} (new MRN created at registration in error), cuff {{DEVICE:VB-BP-6640218}}
Both cuffs live -- pt has two at home ({{ADDRESS:602 Lee Hwy}}, {{LOCATION:Bristol}} TN {{ZIP:37620}}), took readings on both some days -> double billing risk 99454.
Clinic HIM merged MRN B into A on {{DATE:1/16}} ({{NAME:K. Ashworth}}).
Vendor action ({{NAME:Devendra}}, data ops): merged B -> A, 41 readings moved, profile B closed {{DATE:1/19/28}}; cuff {{DEVICE:VB-BP-6640218}} RMA {{ID:RMA-71832}}, label to pt email {{EMAIL:jtolbertosei@mail.example}}.
Billing: clinic to void claim {{ACCOUNT:CLM-2027-12-88019}} for Dec (billed under B).`,

  `VIRTUAL GROUP -- Heart Failure Self-Management, session 3 of 6
{{FACILITY:Cumberland Plateau Health}} -- via {{FACILITY:BrightPath Telehealth}} group room {{ID:GRP-HF-2028-02}}
Date: {{DATE:02/09/2028}}   6:00-7:00 pm CT   Facilitators: {{NAME:Wren Castellano}}, RN; {{NAME:Obadiah Frye}}, RD
Attendance:
 [x] {{NAME:Albright, Luther}} -- camera off, phone audio
 [x] {{NAME:Bledsoe, Nora}} + daughter {{NAME:Tammy}}
 [ ] {{NAME:Cantrell, Ozzie}} -- texted, at dialysis ({{FACILITY:Crossville Kidney Center}})
 [x] {{NAME:Esquivel, Marta}}
 [x] {{NAME:Hoskins}}, "{{NAME:Peanut}}" (legal {{NAME:Roy Hoskins}})
 [x] {{NAME:Mbeki, Lindiwe}}
Topic: sodium & labels (Heinz ketchup vs low-sodium, canned soup), daily weights.
Notes: Mrs. {{NAME:Bledsoe}} shared that her scale alert caught a 4-lb gain last month. {{NAME:Peanut}} asked about Vienna sausages lol -- 1 can ~ 1,000 mg Na.
Privacy reminder given: do not record, use first names only. Next: {{DATE:Feb 16}}.
{{NAME:WC}}`,

  `TELE-OPHTHALMOLOGY -- diabetic retinal screening report
Site: {{FACILITY:Clearwater Valley Community Clinic}}, {{LOCATION:Orofino}} ID     camera operator: {{NAME:Tatum Redfeather}}
Reader: {{NAME:Luka Horvat}}, OD, {{FACILITY:Palouse Retina Reading Center}}
Pt {{NAME:Whitman, Gordon E.}}   DOB {{DATE:06/06/1957}}   MRN {{MRN:CVC-330129}}   A1c 9.2 ({{DATE:2/2028}})
Captured {{DATE:03/01/2028}}: {{PHOTO:CVC330129_OD_macula_20280301.jpg}}, {{PHOTO:CVC330129_OD_disc.jpg}}, {{PHOTO:CVC330129_OS_macula_20280301.jpg}}, {{PHOTO:CVC330129_OS_disc.jpg}}
Image quality: OD good, OS fair (small pupil, undilated)
Findings OD: scattered dot-blot hemorrhages, hard exudates within 1 DD of fovea.
Findings OS: few microaneurysms.
Grade: OD moderate NPDR w/ possible CSME; OS mild NPDR.
Rec: refer to retina within 4 wks -- {{FACILITY:Lewiston Eye Associates}} ({{PHONE:208-555-0165}}); repeat screen OS in 12 mo. Pt notified by phone {{DATE:3/3}} by {{NAME:TR}}.
Read {{DATE:3/2/2028 16:20}}.`,

  `From: {{NAME:Marguerite Dubois}} <{{EMAIL:mdubois@bayouvistaclinic.example}}>
To: Accounts Receivable <{{EMAIL:ar@homebeatmonitoring.example}}>
Date: {{DATE:April 4, 2028}}
Subject: Invoice {{ACCOUNT:HB-INV-2028-03-0518}} -- disputed lines

Good morning,

We are disputing 4 device-month charges on the March invoice (customer no. {{ACCOUNT:HB-CUST-1190}}):
  1. {{NAME:Landry, Odile}} -- kit returned {{DATE:2/26}}, tracking {{ID:SWL8840090021US}}; should not be billed in March
  2. {{NAME:Thibodeaux, Remy}} -- deceased {{DATE:02/20/2028}}, your team was notified by {{NAME:Cher}} on {{DATE:2/22}}
  3. {{NAME:Pham, Cuong}} -- duplicate line (cuff {{DEVICE:HB-C5-2260117}} listed twice)
  4. {{NAME:Boudreaux, Nellie}} -- never received kit; signed "{{NAME:N BOUDREAUX}}" on POD looks nothing like her signature, she's {{AGE:93}} and was at {{FACILITY:Acadiana Rehab & Nursing}} that week
Please issue a credit memo. Contract ref {{ID:MSA-2026-0091}}.

Merci,
{{NAME:Marguerite}}
Office Manager, {{FACILITY:Bayou Vista Clinic}}, {{ADDRESS:210 Rue Principale}}, {{LOCATION:Breaux Bridge}} LA {{ZIP:70517}}`,
  `VETERAN RPM ENROLLMENT -- community care (CCN) referral
Veteran: {{NAME:Castillo, Ramón}} "{{NAME:Ray}}" Jr.      DOB {{DATE:01/25/1949}}
VA ICN: {{MRN:1012847733V902184}}      Last4 SSN verified: yes (full on referral: {{SSN:455-09-3318}})
Referral # {{ID:VA-CCN-2028-0414877}} from {{FACILITY:Rio Grande VA Outpatient Clinic}}, {{LOCATION:Las Cruces}}
Community provider: {{FACILITY:Mesilla Valley Heart Center}}, NPI {{LICENSE:1306649821}}
Vendor: {{FACILITY:Telora Health}}  kit: BP cuff {{DEVICE:TL-C2-533019}}, scale {{DEVICE:TL-S1-241177}}
Dx: HFrEF, HTN, PTSD (service connected 70%)
Address: {{ADDRESS:1845 Calle de Oro}}, {{LOCATION:Mesilla}} NM {{ZIP:88046}}
Phone {{PHONE:575-555-0191}}  wife {{NAME:Consuelo}} {{PHONE:575-555-0149}}
Enrollment call {{DATE:5/2/28}} 1430 with {{NAME:Ray}} and {{NAME:Consuelo}}: prefers calls not texts; hard of hearing L ear (artillery, Vietnam 1969).
Authorization valid {{DATE:05/01/2028-10/31/2028}}. Auth # {{ID:AUTH-77310922}}.
Enrolled by {{NAME:Yolotzin Paredes}}, RN CM`,
  `LOST / STOLEN DEVICE REPORT
Vendor: {{FACILITY:PulseNest Health}}   report {{ID:LSD-2028-0211}}   date {{DATE:06/12/2028}}
Reported by: pt {{NAME:Tobias Grünewald}} (MRN at clinic {{MRN:MRC-447190}}), by phone {{PHONE:(503) 555-0117}}
What happened: pt's car was broken into overnight {{DATE:6/10-6/11}} outside {{ADDRESS:2210 NE Alberta St}}, {{LOCATION:Portland}} OR; backpack taken w/ BP cuff (s/n {{DEVICE:PN-BP4-00455018}}) and loaner tablet (s/n {{DEVICE:PN-TAB-00017722}}, MAC {{DEVICE:3C:22:FB:9A:10:4E}}).
Vehicle: 2016 Subaru Outback, plate OR {{VEHICLE:448 LZP}}, VIN {{VEHICLE:4S4BSANC7G3281046}}
Police report filed online w/ city police, case # {{ID:PPB-28-166045}}
Actions: tablet remotely locked & wiped {{DATE:6/12/28 09:41}} (MDM); cuff deactivated on network; replacement kit order {{ID:PN-ORD-990218}} shipped to same address; no charge per loss policy (1 per yr).
Risk: tablet had app session cached; MDM confirms wipe success, last check-in {{IP:198.51.100.62}} before theft. Privacy officer {{NAME:Anneliese Ward}} reviewed -- not reportable (encrypted, wiped).
Clinic notified: {{FACILITY:Mississippi Ave Community Clinic}} RPM RN {{NAME:Darnell}}.`,
  `DICTATED -- telehealth visit -- transcribed by speech recognition, not proofread
this is doctor {{NAME:Okonjo}} dictating a video visit on {{NAME:Harriet Bixby}} B I X B Y date of birth {{DATE:april 9th 1946}} medical record number {{MRN:7 7 0 3 1 2 9}} date of service {{DATE:july 6 2028}} period patient was seen by video from her home in {{LOCATION:chilly cothe}} correction {{LOCATION:Chillicothe}} Ohio comma her husband {{NAME:Merle}} was present period she has been in the remote monitoring program through {{FACILITY:home beat}} for about four months period blood pressures running one thirty to one forty over seventies comma heart rate sixties period she reports no chest pain no syncope period she did have one episode of feeling lightheaded on the {{DATE:fourth of july}} at the parade in {{LOCATION:Frankfort}} when it was ninety five degrees period assessment hypertension controlled comma volume depletion likely heat related period plan continue amlodipine five milligrams comma hold hydrochlorothiazide on very hot days comma fluids period follow up three months period cc doctor {{NAME:Wertheimer}} at {{FACILITY:Adena Hills Cardiology}} end of dictation
job {{ID:DX-28-0706-4471}}  transcribed {{DATE:07/06/2028 16:02}}  {{NAME:ao}}/{{NAME:asr}}`,

  `ANSWERING SERVICE MESSAGE -- {{FACILITY:Nightingale Answering Service}} for {{FACILITY:Sweetwater Pulmonary & Sleep}}
msg # {{ID:NAS-0812-0093}}     rec'd {{DATE:08/12/2028 22:47}}    operator {{NAME:Beverly}}
Caller: {{NAME:DIMITRIOU, ELENI}} re: her father {{NAME:Konstantinos}} "{{NAME:Gus}}" {{NAME:Dimitriou}}, pt of Dr. {{NAME:Achterberg}}
Call back: {{PHONE:307-555-0152}} (cell)   alt {{PHONE:307-555-0126}}
Message: "Dad's oxygen monitor from the remote program keeps alarming 85-86 percent. He's {{AGE:97}}, on 2 liters, says he feels ok, a little more short of breath than usual. Concentrator is humming. Should we go to ER in {{LOCATION:Rock Springs}}? We're 40 minutes out on {{ADDRESS:Yellowstone Rd}}."
Urgent? caller says yes
Paged on-call: Dr. {{NAME:Pak}} at 22:49 via {{PHONE:307-555-0100}}; callback from Dr. {{NAME:Pak}} 22:55 -- spoke w/ daughter, advised increase O2 to 3 L per standing order, recheck in 15 min, ED if <88 or worse dyspnea. 23:20 daughter texted 91%. Staying home.
sent to office inbox {{DATE:8/13}} 07:00`,

  `POST-OP REMOTE WOUND MONITORING -- photo check-ins via app
Pt {{NAME:Lindahl, Jorunn}}  MRN {{MRN:NSC-20184477}}  s/p lap chole {{DATE:9/5/28}}, Dr. {{NAME:Mwangi}}, {{FACILITY:North Shore Surgical Center}}
Uploads:
 POD2 {{DATE:9/7}} 19:12  {{PHOTO:wound_9917_01.jpg}} -- 4 port sites clean, dry
 POD4 {{DATE:9/9}} 08:40  {{PHOTO:wound_9917_02.jpg}} -- umbilical port: 1.5 cm erythema, pt reports some drainage
 POD5 {{DATE:9/10}} 09:05  {{PHOTO:wound_9917_03.jpg}} -- erythema 3 cm, serous-purulent drainage, temp 38.1 by pt
Reviewer: {{NAME:Fatima Zahra El Idrissi}}, PA-C -- {{DATE:9/10/2028}} 10:20: superficial SSI umbilical site. Called pt {{PHONE:218-555-0169}}. Cephalexin 500 mg QID x 7 d to {{FACILITY:Lakewalk Pharmacy}}, warm compresses. In-person wound check at clinic {{DATE:9/12}} -- pt will need ride, neighbor {{NAME:Gunnar}} can drive.
Pt can't get to {{LOCATION:Duluth}} on weekend -- ok'd {{FACILITY:Two Harbors Clinic}} instead.
Note: images with visible tattoo (L flank, initials "{{NAME:A.J.}}") cropped before sharing with resident teaching file.`,

  `TELE-NEUROLOGY -- Parkinson disease f/u (video, pt at home)
{{DATE:10/17/2028}}  {{NAME:Subramaniam, Lakshmi}}, MD   {{FACILITY:Piedmont Movement Disorders Clinic}}
Pt: {{NAME:Fairweather, Gideon}}  77M  MRN {{MRN:PMD-0041192}}; wife {{NAME:Philippa}} operating camera; visiting nurse from {{FACILITY:Salem Creek Home Health}} present.
Wearable tremor/gait sensor (wrist, s/n {{DEVICE:TGS-1-00877123}}) 2-wk summary: OFF time ~3.2 h/day, mostly before 7 am & 3-5 pm; dyskinesia 8%; falls 0; step count 2,100/day.
Meds: carbidopa/levodopa 25/100 2 tabs 5x/day, entacapone 200 w/ each, rasagiline 1 mg. 
Video exam: hypomimia, R>L rest tremor, bradykinesia on finger taps, gait w/ rollator shuffling, no freezing in hallway. MDS-UPDRS III (modified video) 34. Hoehn & Yahr 3. No Lewy-type hallucinations; MoCA 24 last in-person.
Plan: add C/L 25/100 1 tab at 5:30 am; PT referral ({{FACILITY:Forsyth Neuro Rehab}}); discuss DBS eval at {{FACILITY:Triad Functional Neurosurgery}} next visit. RTC video 3 mo, in person 6 mo.
{{NAME:LS}}`,
  `DEVICE INVENTORY RECONCILIATION -- clinic loaner stock vs vendor registry
Clinic: {{FACILITY:Black Hills Family Medicine}}, {{LOCATION:Rapid City}}   Vendor: {{FACILITY:Kinetra Devices}}   Count date: {{DATE:11/30/2028}}   Counted by: {{NAME:Ashlyn Two Bulls}}, {{NAME:D. Haakenson}}
serial              type     registry status      physical   assigned to / note
{{DEVICE:KD-BPX-4470022}}     cuff     in stock             yes        --
{{DEVICE:KD-BPX-4470031}}     cuff     assigned             no         {{NAME:Iron Cloud, Vernon}} -- at his home, ok
{{DEVICE:KD-BPX-4470058}}     cuff     in stock             NO         missing -- last used for demo at {{FACILITY:Sturgis Senior Center}} health fair {{DATE:10/14}}
{{DEVICE:KD-SC1-0120044}}     scale    assigned             yes        returned by Mrs. {{NAME:Lundquist}}'s son {{DATE:11/21}}, registry not updated
{{DEVICE:KD-OX2-1190007}}     pulse ox assigned             no         {{NAME:Her Many Horses, Faith}} -- ok
{{DEVICE:KD-HUB-3140915}}     hub      deactivated          yes        fw 4.0.2, wipe pending
action: open vendor ticket {{ID:KD-SUP-119820}} for registry sync; ask {{FACILITY:Sturgis Senior Center}} (director {{NAME:Colleen}}, {{PHONE:605-555-0158}}) to look for the cuff.`,

  `CAREGIVER / PROXY ACCESS AUTHORIZATION -- patient portal & RPM app
Patient: {{NAME:Achterberg, Willemina J.}}     DOB: {{DATE:February 28, 1932}}     Age: {{AGE:96}}
MRN: {{MRN:SCM-0018842}}     Portal username: {{ID:wachterberg32}}
Proxy: {{NAME:Jolanda Achterberg-Boateng}}     Relationship: granddaughter
Proxy email: {{EMAIL:jolanda.ab@letterbox.example}}     Proxy phone: {{PHONE:616-555-0187}}
Proxy address: {{ADDRESS:4420 Kalamazoo Ave SE, Apt 12}}, {{LOCATION:Kentwood}} MI {{ZIP:49508}}
Level of access: [x] view readings  [x] message care team  [x] schedule video visits  [ ] view mental health notes
Expires: [x] when revoked   [ ] on date ______
Patient signature: {{NAME:W. J. Achterberg}} (signed with assistance -- mark "X" witnessed)
Witness: {{NAME:Rutger Veenstra}}, chaplain, {{FACILITY:Holland Reformed Retirement Village}}
Date: {{DATE:12-02-2028}}
Office: activated {{DATE:12/4/28}} by {{NAME:KvD}} -- proxy account {{ACCOUNT:PRX-60091}}; confirmation letter mailed to pt at {{FACILITY:Holland Reformed Retirement Village}}, {{ADDRESS:1 Tulip Court}}, {{LOCATION:Holland}} MI.`,

  `MESSAGE DELIVERY FAILURES -- daily report {{DATE:2029-01-08}} -- {{FACILITY:MediVista Connect}} notifications
type   recipient                                  error                         related
email  {{EMAIL:r.oduya@gmial.example}}                  550 no such user (typo?)      visit link {{ID:MV-VIS-2029-004112}}, pt {{NAME:Oduya, Rachel}}
email  {{EMAIL:grandpa.joe.kessel@oldisp.example}}      mailbox full                  RPM summary, pt {{NAME:Kessel, Joseph}}
sms    {{PHONE:+1 919 555 0175}}                      landline -- not sms capable   reminder, pt {{NAME:Barnwell, Ophelia}}
sms    {{PHONE:+1 919 555 0140}}                      opted out                     reminder, pt {{NAME:Sandoval, Iker}}
push   device token {{DEVICE:apns-7f3c9a01e2}}             token expired                 chat reply, pt {{NAME:Lee, Ji-hoon}}
email  {{EMAIL:sbarnwell@durhamcc.example}}             ok after retry                proxy for {{NAME:Barnwell}}
follow-up owner: {{NAME:Priyanka Deshmukh}} ({{FACILITY:Triangle Internal Medicine}}) -- fix {{NAME:Oduya}} email (gmail), call {{NAME:Barnwell}} on landline {{PHONE:919-555-0175}}, mail {{NAME:Kessel}} summary to {{ADDRESS:812 Lakewood Ave}}, {{LOCATION:Durham}} NC {{ZIP:27707}}.`,
  `VIDEO INTERPRETER SESSIONS -- monthly usage detail, {{FACILITY:LanguageBridge Interpreting}} -> {{FACILITY:Twin Rivers Telehealth}}
acct {{ACCOUNT:LBI-CUST-33018}}   period {{DATE:Feb 2029}}
date     start  min  lang         interp ID  clinician            pt ref
{{DATE:02/03}}    09:02   22  Somali       {{ID:LB-5120}}    Dr. {{NAME:Haverkamp}}        {{MRN:TRT-88120}}
{{DATE:02/03}}    13:45   41  Karen        {{ID:LB-6613}}    {{NAME:N. Oyelaran}}, NP       {{MRN:TRT-90017}}
{{DATE:02/07}}    10:10   18  Spanish      {{ID:LB-1029}}    RPM RN {{NAME:Itzel}}          {{MRN:TRT-77341}}
{{DATE:02/11}}    15:30   55  ASL (VRI)    {{ID:LB-0881}}    Dr. {{NAME:Quarshie}}          {{MRN:TRT-91406}}
{{DATE:02/19}}    08:15    9  Hmong        {{ID:LB-7702}}    {{NAME:Yer Vang}}, MA          {{MRN:TRT-65022}}  (dropped call)
{{DATE:02/19}}    08:27   26  Hmong        {{ID:LB-7702}}    {{NAME:Yer Vang}}, MA          {{MRN:TRT-65022}}
{{DATE:02/26}}    11:00   33  Dari         {{ID:LB-3377}}    Dr. {{NAME:Haverkamp}}        {{MRN:TRT-93550}}
total 204 min @ $1.95/min = $397.80
disputes to {{EMAIL:billing@languagebridge.example}} within 30 d. Prepared by {{NAME:F. Mohammadi}}, {{DATE:3/2/29}}.`,

  `TELE-ICU NOTE -- {{FACILITY:eCare Hub, Midlands Health System}}
Bedside unit: {{FACILITY:Platte Bend Community Hospital}} ICU bed 2   ({{LOCATION:Gothenburg}}, NE)
Pt: {{NAME:Hruska, Milan}}   MRN {{MRN:GCH-1100482}}   Admit {{DATE:03/18/2029}}
Camera round {{DATE:3/20/29 02:40}}: intubated, RASS -2 on propofol 30 mcg/kg/min. MAP 58 on norepi 0.12 -> alert fired (MAP <60 x 10 min).
Bedside RN {{NAME:Kelsey}} at bedside; spoke via two-way audio. UOP 15 mL/h x 2 h. Lactate 3.1 (from 2.4). 
Assessment: septic shock, pneumonia source (sputum GNRs), worsening.
Orders placed remotely (by tele-intensivist, with bedside MD Dr. {{NAME:Lemke}} informed by phone {{PHONE:308-555-0122}}): LR 1 L bolus, add vasopressin 0.03 u/min, repeat lactate 04:30, broaden to meropenem pending cx.
Family: daughter {{NAME:Jana Hruska-Petersen}} called at 03:05 ({{PHONE:308-555-0197}}), updated; she is driving from {{LOCATION:North Platte}}.
04:35 MAP 68, lactate 2.6. Will reassess at 06:00 with bedside team. Transfer to {{FACILITY:Omaha Plains Regional Medical Center}} if escalating.
{{NAME:Thandiwe Mokoena}}, MD, critical care (NE lic {{LICENSE:NE-MD-51920}})`,

  `{{FACILITY:Cedar Valley Health Partners}}
{{ADDRESS:1000 Grandview Blvd}} | {{LOCATION:Waterloo}}, IA {{ZIP:50701}} | {{PHONE:319-555-0110}}

{{DATE:April 30, 2029}}

Mr. and Mrs. {{NAME:Bohumil Svoboda}}
{{ADDRESS:318 Hawthorne Ave}}
{{LOCATION:Cedar Falls}}, IA {{ZIP:50613}}

Dear Mr. {{NAME:Svoboda}},

Our remote blood pressure monitoring program with {{FACILITY:NimbusMD}} will end on {{DATE:June 30, 2029}}. From {{DATE:July 1}}, we will use a new company, {{FACILITY:HomeBeat Monitoring}}. Your care team does not change.

What you need to do:
 1. Keep using your current cuff (serial {{DEVICE:NB-C3-0091204}}) until your new kit arrives, around {{DATE:June 20}}.
 2. Return the old cuff in the prepaid box. Tracking number for your return: {{ID:SWL8840120077US}}.
 3. Your readings since 2027 will stay in your chart at our clinic.

Questions? Call our RPM nurse, {{NAME:Greta Halvorson}}, at {{PHONE:319-555-0134}}, or message us at {{URL:https://portal.cedarvalleyhp.example}}.

Sincerely,
{{NAME:Lena Nakamura}}
Privacy & Compliance, {{FACILITY:Cedar Valley Health Partners}}
cc: chart {{MRN:CV00418822}}`,
  `POST-INCIDENT REVIEW (blameless) -- {{FACILITY:Sentrix Remote Care}} engineering
Incident {{ID:INC-2029-0112}}: readings attributed to wrong patient after device re-assignment
Window: {{DATE:2029-05-14 16:00}} to {{DATE:2029-05-16 11:30}} UTC
Summary: refurbished cuff {{DEVICE:SRX-BP-0778129}} (previously assigned to {{NAME:Clayton Honeycutt}}, disenrolled) was re-issued to {{NAME:Yasmin Farouk}} at {{FACILITY:Blue Ridge Community Hospital}} RPM program. Registry cache kept old mapping for 43 h; 5 of her readings posted to his closed chart (MRN {{MRN:BRCH-0204417}}).
Detection: RN {{NAME:Callahan}} noticed readings on a disenrolled pt; ticket {{ID:SRC-TKT-220913}} {{DATE:5/16}} 09:12 ET.
Impact: 2 patients; no clinical decision made on wrong data. {{NAME:Farouk}}'s readings moved to MRN {{MRN:BRCH-0311906}}.
Root cause: cache TTL on device->patient map ignored re-assignment event (service devmap v2.3.1).
Actions: [done] purge on reassignment; [done] alert on readings for closed enrollments; [open] weekly registry audit -- owner {{NAME:Ines Carvalho}}.
Notification: clinic privacy officer Ms. {{NAME:Holloway}} informed {{DATE:5/17/29}}; assessed as low-risk disclosure (internal, same covered entity).
Log refs: api-gw {{IP:192.0.2.14}}, worker {{IP:2001:db8:44::1f}}.`,

  `TELE-AUDIOLOGY -- remote hearing aid fine-tuning
{{DATE:6/21/2029}} -- Dr. {{NAME:Saoirse Ní Bhriain}}, AuD -- {{FACILITY:Sound Harbor Audiology}}
Pt: {{NAME:Mendelsohn, Irving}}, {{AGE:99}} (b. {{DATE:1930-01-15}}), resides at {{FACILITY:Rosewood Gardens Assisted Living}}, {{LOCATION:Boca Raton}} FL, apt 214
Aides: L {{DEVICE:HA-RIC-24L-7791052}}, R {{DEVICE:HA-RIC-24R-7791053}} (RIC, fit {{DATE:4/2028}}); linked to daughter {{NAME:Naomi Feld}}'s phone app; session via app, id {{ID:SHA-RS-30417}}.
Complaints: "restaurant noise" at {{FACILITY:Temple B'nai Harbor of Boca}} kiddush and dinners; own voice boomy.
Changes: reduced LF gain 3 dB both, added restaurant program w/ directional mics, feedback manager re-run. Pt reports better, read sentences at 70% in noise (was ~50).
{{NAME:Naomi}} ({{PHONE:561-555-0164}}) to bring aides to in-person clean/check {{DATE:Aug 2}}.
Billing: Medicare Advantage, member ID {{HEALTH_PLAN:MAFL-0091827744}}; 92700 (tele). Pt said "at my age, I just want to hear my great-grandson {{NAME:Eli}} at his bar mitzvah" -- {{DATE:Sept 13}}.
{{NAME:SNB}}`,

  `WEB ACCESS LOG EXCERPT -- patient portal (face login pilot)  -- {{FACILITY:BrightPath Telehealth}}
pulled for ticket {{ID:BPT-SEC-4471}} by {{NAME:Omar Shaikh}}, security analyst, {{DATE:07/09/2029}}
ts (UTC)               ip                 user               event
{{DATE:2029-07-08 01:12:40}}    {{IP:203.0.113.88}}      {{ID:pt_7719002}}          FACE_LOGIN ok (template {{BIOMETRIC:FT-7719002-c41a}}, score 0.98)
{{DATE:2029-07-08 01:13:02}}    {{IP:203.0.113.88}}      {{ID:pt_7719002}}          GET {{URL:https://portal.brightpath.example/records/visits/2211908}}
{{DATE:2029-07-08 01:13:55}}    {{IP:203.0.113.88}}      {{ID:pt_7719002}}          DOWNLOAD visit_summary.pdf
{{DATE:2029-07-08 01:20:17}}    {{IP:198.51.100.203}}    {{ID:pt_7719002}}          FACE_LOGIN fail (liveness) x3
{{DATE:2029-07-08 01:21:00}}    {{IP:198.51.100.203}}    {{ID:pt_7719002}}          LOCK
Account owner {{NAME:Moana Tupou-Harris}} reached at {{PHONE:808-555-0144}}: first session was her (at home, {{LOCATION:Kaneohe}}); second was her teenage son {{NAME:Keoni}} holding up a photo of her to the camera "as a joke". Liveness check worked as designed. Reset done; FYI to pilot lead Dr. {{NAME:Adaeze Nwachukwu}}.`,
];

export const HELDOUT_REALISTIC_134_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout134-${i + 1}`, n));
