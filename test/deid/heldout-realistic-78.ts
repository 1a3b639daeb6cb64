// A seventy-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties are used only as places). It leans towards the outpatient specialties around the
// edges of medicine: dental recall and emergency notes with tooth charts, periodontal charting,
// orthodontic consults with facial photographs, comprehensive eye exams and contact-lens fittings,
// retina injection logs, glaucoma and cataract follow-ups, hearing-aid fittings with device
// serials, cochlear implant mapping, newborn hearing referrals, podiatric wound care and diabetic
// foot exams, retail and specialty pharmacy counselling notes, prescription labels and refill logs,
// PDMP reports, prior-authorization forms, compounding records, immunization entries and drive-thru
// pickups. Community practices sit next to invented chains and their store numbers, often
// abbreviated (CHFD, LRA, NGA), staff appear as initials, first names and surnames with RDH, RPh,
// CPhT, OD, AuD, DPM after them, and dates come in many formats (03/11/2024, 2024-02-06, 9 Jan
// 2024, 10-Oct-2023, 12.05.1931, 11MAR24, Thu 4/4/24, 3/27). It is dense with look-alikes that are
// not PHI: tooth numbers, letters and surfaces (#30 MOD, UR, A-J SSC), probing depths, CDT/CPT/ICD
// codes, visual acuities (20/40, J5), IOPs, refractions, audiometric thresholds, electrode numbers,
// Wagner grades, eponyms (Angle Class II, Goldmann, Schirmer, Semmes-Weinstein, Weber, Rinne,
// Dix-Hallpike, Epley, Charcot, Eichenholtz, Roper-Hall, Vogt, Holgers, Meniere, Sjogren, Bell's),
// drug and device brands, NDC and lot numbers, BIN/PCN and beyond-use dates. Written without
// reading the detectors, the lexicon, the engine, the tuning sets or the other held-out sets, and
// never run through the engine by its author: measure only. Do not change a note after the engine's
// results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles and kin
// terms outside NAME spans; a month/day without a year is a DATE; a time attached to a date with a
// year is inside the span; nicknames, first names alone, surnames alone and initials standing for a
// person, staff included, are NAME; ages over 89 are AGE however written; payers and state agencies
// are not PHI; employers, labs and a patient's pharmacy or DME supplier are FACILITY). Added for
// this set: tooth numbers, primary-tooth letters (A, J, K, T) and surfaces, quadrants, probing
// depths, visual acuity, IOP, refractions, hearing thresholds and CDT/CPT/ICD codes are not PHI; Rx
// numbers, refill request, prior-authorization and denial references, PDMP request, order,
// batch-record, optical job, RMA, lab case, audit case, interpreter, shipment tracking and passport
// numbers are ID; hearing-aid, charger, streamer, remote-microphone, cochlear implant (internal and
// processor), bone-conduction implant, IOL, pump, CGM, CPAP, oral-appliance and wound-vac serial
// numbers are DEVICE, while model, lot, NDC and reference numbers are not PHI; a chain's store
// number is inside its FACILITY span (MedQuik Pharmacy #2231) and a short or abbreviated practice
// name (LRA, CHFD, Bluebonnet) is FACILITY every time; a pharmacy's NCPDP and a prescriber's NPI,
// DEA and state licence numbers, a driver's licence checked at pickup and a CDL are LICENSE; BIN,
// PCN, RxGroup and the person code are not PHI, the cardholder or member ID (Medicare MBI,
// Medicaid/CHIP, vision and dental plans) is HEALTH_PLAN; claim, copay-card, grant and payment-plan
// numbers are ACCOUNT; fill dates, written dates, an Rx's "refills before" date and a contact-lens
// Rx expiry are DATE, while a drug's or lens's expiry, a compound's beyond-use date and a VIS
// edition date are not PHI; a month with a year (July 2023, 03/2025) is a DATE; file names or
// numbers of any face photograph (extraoral orthodontic and oculoplastic external photos,
// registration and pickup-authorization photos, a patient's face selfie) are PHOTO, while intraoral
// photos, radiographs, fundus photos, OCTs and wound or heel photos are not PHI; a last-four SSN is
// SSN; a drive-thru, curbside or patient's vehicle plate and a VIN are VEHICLE; a voiceprint,
// fingerprint, palm-vein or iris template number is BIOMETRIC; a person's name is NAME whatever
// their role (adjuster, coach, teacher, safety manager, courier driver).
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9480 / 0.9592; pass-17 engine (f7e06df, whose rules were made from sets 67-72 without this set)
// 0.9480 / 0.9592. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:CEDAR HOLLOW FAMILY DENTISTRY}}
recall / adult prophy + 4BWX

Pt: {{NAME:OKAFOR, CHIDINMA A}}      chart #{{MRN:CH-0204817}}      DOB {{DATE:07/22/1961}}
DOS {{DATE:03/11/2024}}   prov: Dr {{NAME:Halvorsen}}   RDH: {{NAME:K. Tran}}   asst: {{NAME:mb}}

Med hx: HTN (lisinopril 10 mg), NKDA. BP 138/86 L arm. Pt reports sensitivity UL on cold x 2 wks.

Findings:
 #3  MOD amalg - recurrent decay distal, watch vs replace
 #14 O composite intact
 #19 crown (PFM) margin open M, explorer catches
 #30 MO - fx cusp ML, recommend crown D2740
 #31 watch
Perio: gen 2-3 mm, BOP LL, loc 4 mm #18 D. Plaque light. Calc mod lingual anteriors.

Tx today: D1110, D0274, D0120, fl varnish. OHI - power brush, floss picks.
Next: crown #30 w/ Dr {{NAME:Halvorsen}} - pre-auth sent, subscriber ID {{HEALTH_PLAN:DPX448201937}} (subscriber is husband {{NAME:Emeka Okafor}}).
Pt prefers text to {{PHONE:(614) 555-0172}}; appt confirmed {{DATE:Thu 4/4/24}}, first AM slot.
Home: {{ADDRESS:2291 Brookwood Ct}}, {{LOCATION:Westerville}} OH {{ZIP:43081}}
-- {{NAME:KT}} RDH / reviewed {{NAME:RH}}`,
  `PERIODONTAL CHARTING — {{FACILITY:Lakeview Periodontics & Implants}} ({{LOCATION:Madison}}, WI)
patient {{NAME:Ruiz-Delgado, Tomás}}   acct {{ACCOUNT:LPI-77310-2}}   pt id {{MRN:0098812}}
date: {{DATE:2024-02-06}}      clinician {{NAME:J. Abernathy}}, RDH, MS    DDS: Dr. {{NAME:Priya Raghunathan}}

PD (B)  UR  #2 534  #3 645  #4 323  #5 323
PD (L)  UR  #2 545  #3 756  #4 323  #5 222
PD (B)  LL  #18 546 #19 434 #20 323
CAL max 7 mm #3 DL; furcation II #3 B, #19 B; mobility I #3
BOP 41% of sites; PI 58%
Dx: Stage III Grade B periodontitis, generalized.
Plan: SRP 4 quads (D4341 x4) over 2 visits, Arestin #3 DL, Peridex 0.12% 15 mL BID x 14 d.
A1c per PCP (Dr {{NAME:Sorensen}}, {{FACILITY:Dane Co. Community Health}}): 7.9 on {{DATE:1/18/24}}.
Smoker 1 ppd, cessation discussed - state quitline info given.
Visit 2 scheduled {{DATE:Feb 20, 2024}}; reminder email to {{EMAIL:truizdelgado77@mailbox.example.com}}.
Ref letter faxed to PCP fax {{FAX:608-555-0149}} on {{DATE:02/06/24}} by {{NAME:ja}}.`,
  `ORTHO CONSULT  |  {{FACILITY:Summit Smiles Orthodontics}} - {{LOCATION:Boise}} office
{{DATE:9 Jan 2024}}          chart {{MRN:SS-44107}}   acct {{ACCOUNT:SSO-118204}}

Pt {{NAME:Aarav Mehta}} (12 y) w/ mother {{NAME:Sunita Mehta}}. Referred by Dr. {{NAME:Bellweather}} ({{FACILITY:Treasure Valley Kids Dental}}).
CC: "crowded teeth, overbite."
Exam: Angle Class II div 1, OJ 7 mm, OB 60%, upper midline 2 mm R. Crowding mx 5 mm, md 3 mm. Convex profile, lip incompetence. Habits: none. TMJ WNL, no clicks.
Records: pano, ceph, intraoral scan, extraoral photos (frontal {{PHOTO:IMG_20240109_MEHTA_F01.jpg}}, smile {{PHOTO:IMG_20240109_MEHTA_F02.jpg}}, profile {{PHOTO:IMG_20240109_MEHTA_P01.jpg}}), intraorals x5.
Ceph: ANB 6°, SN-MP 31°, U1-SN 109°.
Options: Phase I Herbst + upper 2x4 vs. aligners w/ mandibular advancement. Fee quoted $6,450; ins ortho max $1,500 lifetime, member {{HEALTH_PLAN:MBR 3390-2217-08}}.
Parent to call back — cell {{PHONE:208.555.0163}}.
Consult by Dr. {{NAME:Y. Castellanos-Reyes}}; TC: {{NAME:Hollis}}.`,
  `COMPREHENSIVE EYE EXAM
{{FACILITY:ClearPoint Vision Center #118}}   {{ADDRESS:4410 Ridge Rd, Suite 3}}  {{LOCATION:Parma}}, OH {{ZIP:44134}}
Patient: {{NAME:Dmitri Volkov}}    DOB: {{DATE:11-02-1958}}    MRN {{MRN:CPV118-55021}}
Exam date: {{DATE:11/14/23}}    Doctor: {{NAME:Anneliese Brandt}}, OD    Tech {{NAME:LR}}
Vision plan ID {{HEALTH_PLAN:VX-20917734}}

CC: blur at near, glare driving at night.
VA cc  OD 20/40  OS 20/30-2   OU 20/30   near J5 OU
PH     OD 20/25  OS 20/25
MRx  OD -1.25 -0.75 x 095  add +2.50   20/25
     OS -1.00 -0.50 x 080  add +2.50   20/20-1
IOP (Goldmann) 17 / 18 @ 10:42am
Pupils PERRL, no APD. EOM full. CVF FTFC.
SLE: 2+ NS OU, cortical spokes OD. DFE (1% tropic/2.5% phenyl): C/D 0.35 OU, mac flat, no DR.
A/P: 1) cataract OD>OS, affects night driving (BMV vision form done, DL# {{LICENSE:RT448120}}) — referred to Dr. {{NAME:Okonkwo}} at {{FACILITY:Northcoast Eye Surgeons}}.
2) presbyopia/myopia — new Rx released.
RTC 1 yr or post-op. Pt phone {{PHONE:440-555-0138}}.
—{{NAME:AB}}/{{NAME:lr}}`,
  `{{FACILITY:LAKESHORE RETINA ASSOC.}} — INTRAVITREAL INJECTION LOG
Pt: {{NAME:HAYASHI, MICHIKO}}   MRN {{MRN:LRA-0031977}}   DOB {{DATE:02/19/1934}} ({{AGE:90}} yo)
Dx: nAMD OS (H35.3221), dry AMD OD.

date       eye  drug           lot       VA     IOP pre/post  MD   tech
{{DATE:08/07/23}}   OS   Eylea 2 mg     4021877   20/80  14/22         {{NAME:DG}}   {{NAME:sw}}
{{DATE:09/05/23}}   OS   Eylea 2 mg     4021877   20/60  15/24         {{NAME:DG}}   {{NAME:sw}}
{{DATE:10/10/23}}   OS   Eylea 2 mg     4029913   20/60  13/21         {{NAME:DG}}   {{NAME:mf}}
{{DATE:11/21/23}}   OS   Vabysmo 6 mg   B2261X    20/50  14/19         {{NAME:PK}}   {{NAME:mf}}
{{DATE:01/02/24}}   OS   Vabysmo 6 mg   B2281X    20/50  16/20         {{NAME:PK}}   {{NAME:sw}}

Prep: betadine 5%, lidocaine gel, 30g, 4.0 mm post limbus IT. CF post, no complications.
OCT {{DATE:1/2/24}}: SRF resolved, trace IRF. Extend to q8w.
Daughter {{NAME:Keiko}} drives; call {{PHONE:(773) 555-0191}} w/ changes.
MDs: {{NAME:D. Grunwald}} MD / {{NAME:P. Kowalczyk}} MD`,
  `HEARING AID FITTING / REM VERIFICATION
{{FACILITY:Northgate Audiology}} · {{LOCATION:Spokane}} WA · fit {{DATE:April 3, 2024}}
Pt: {{NAME:Margaret}} "{{NAME:Peggy}}" {{NAME:Lindqvist}}   DOB {{DATE:5/30/1941}}   chart {{MRN:NGA-27714}}
Audiologist: {{NAME:T. Abernethy-Cole}}, AuD      asst: {{NAME:Rosa}}

Audio ({{DATE:3/12/24}}): mod-sev sloping SNHL AU, WRS 72% R / 64% L @ 85 dB HL. Tymps type A AU.
Devices (bilateral RIC, rechargeable):
  R  Phonak Lumity L90-R   SN {{DEVICE:2318H0K7Q}}   receiver M, closed dome 8.5
  L  Phonak Lumity L90-R   SN {{DEVICE:2318H0K9C}}   receiver M, closed dome 8.5
  charger SN {{DEVICE:CH-5521904}}
REM: NAL-NL2 targets met within 5 dB 500-4k; 6k under by 8 dB. Feedback mgr run. MPO checked.
Programs: Auto, Restaurant, TV (TV Connector SN {{DEVICE:TVC-0093318}}).
Counseled: insertion, cleaning, charging; 45-day trial ends {{DATE:05/18/2024}}.
Warranty 3 yr L&D; claim acct {{ACCOUNT:WR-550-29104}}.
Son {{NAME:Erik}} set up app on his phone; cell {{PHONE:509-555-0126}}.
F/u {{DATE:4/17}} 2:30.   -{{NAME:TAC}}`,
  `CI PROGRAMMING (MAPPING) NOTE — {{FACILITY:St. Brendan's Cochlear Implant Program}}
{{DATE:Wednesday, 17 January 2024}}
Recipient: {{NAME:Oluwaseun Adeyemi}}, 34M     MRN {{MRN:00612044}}     auth {{ID:PA-2231998}}
Implant: L ear, Nucleus CI632, internal SN {{DEVICE:CI632-58812094}}, surg {{DATE:11/28/2023}} (Dr {{NAME:Fairweather-Yang}})
Processor: Nucleus 8, SN {{DEVICE:N8-3A7720915}}; backup Kanso 2 SN {{DEVICE:K2-1120487}}
Activation {{DATE:12/19/2023}}; this is the 1-mo mapping. Wife {{NAME:Folasade}} present.

Impedances all WNL; E22 elevated, monitor. NRT present E3-E20.
T/C levels: C raised avg 12 CL apical. MAP 4 created (ACE, 900 pps, 8 maxima). SmartSound iQ ON, ForwardFocus off.
Aided soundfield 25-30 dB HL 250-6k. CNC words (CI alone) 28% -> goal 50% by 6 mo.
Pt reports voices "robotic," improving. App paired to phone.
Remote Check link sent: {{URL:https://remotecare.stbrendansci.example/rc/7Q2KX9}}
Audiologist {{NAME:Hannelore Vickery}}, AuD, CCC-A   ext {{PHONE:4471}}
Next: {{DATE:2/14/24}} (3-mo map + speech testing).`,
  `PODIATRY WOUND CARE — {{FACILITY:Sunrise Foot & Ankle}}, {{LOCATION:Mesa}} AZ
DOS {{DATE:03-22-2024}}     Pt: {{NAME:Villaseñor, Mateo}}   MRN# {{MRN:SFA-100482}}
{{NAME:Ngozi Eze}}, DPM   MA: {{NAME:Jolene}}

S: T2DM (A1c 9.1), neuropathy. Ulcer R plantar 1st MPJ x 6 wks. Off-loading poorly ("I'm on my feet all day" at {{FACILITY:Desert Sun Tire & Lube}}).
O: 1.8 x 1.4 x 0.3 cm, granular base 80%, fibrin 20%, callus rim. No probe to bone. No cellulitis. Wagner 1 / UT 1A. DP 1+, PT absent. Semmes-Weinstein 5.07: 0/10 sites R.
Procedure: excisional debridement to SQ (CPT 11042), 2.5 sq cm. Hemostasis w/ pressure.
Dressing: Aquacel Ag + foam. TCC refused -> CAM walker from {{FACILITY:Valley DME Supply}} (order {{ID:VDS-44721}}).
Photo taken (wound only).
Plan: ABI/TBI at {{FACILITY:East Valley Vascular Lab}} {{DATE:3/27}}; XR R foot 3 views. RTC weekly.
Wife {{NAME:Lupe}} does dressing changes at home, {{ADDRESS:1847 W Javelina Ave}}, {{LOCATION:Mesa}} {{ZIP:85210}}.
e-signed {{NAME:N. Eze}} DPM`,
  `{{FACILITY:MedQuik Pharmacy #2231}} — Patient Counseling Record
{{DATE:02/27/2024 16:05}}
Pt {{NAME:Siobhan O'Rourke}}  DOB {{DATE:10/09/1979}}  Rx# {{ID:6102284}} NEW   ins member {{HEALTH_PLAN:ZQH901447210}}
Drug: Paxlovid 300/100 (nirmatrelvir/ritonavir) dose pack x 5 days
Prescriber: {{NAME:Gideon Marsh}}, PA-C  NPI {{LICENSE:1487720394}}  ({{FACILITY:QuickCare Urgent Care}} - {{LOCATION:Medford}})
RPh: {{NAME:Ikechukwu Nwosu}}, PharmD    tech {{NAME:A.F.}}
Counseling: BID w/ or w/o food; DDI — atorvastatin 40 mg HOLD during tx and 5 d after; OCP — use backup method through next cycle. Dysgeusia common. Call if rash.
Teach-back OK. MedGuide given.
Called prescriber re statin hold — spoke w/ {{NAME:Marsh}} 16:20, agreed.
Picked up by husband {{NAME:Declan O'Rourke}}, OR DL {{LICENSE:4418207}} verified.
Pt cell {{PHONE:541-555-0107}}.`,
  `LABEL REPRINT / REFILL HISTORY
{{FACILITY:HOMETOWN DRUG}}  {{ADDRESS:118 N MAIN ST}}  {{LOCATION:CHILLICOTHE}} MO {{ZIP:64601}}  {{PHONE:(660) 555-0114}}
RX {{ID:0483921-04}}         {{NAME:BAPTISTE, JEAN-CLAUDE}}
LEVOTHYROXINE 75MCG TAB   #90
TAKE 1 TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH
DR. {{NAME:W. PETTIGREW}}       REFILLS: 0 BEFORE {{DATE:06/14/2024}}
NDC 00378-1805-01   LOT 3K4491  EXP 09/2025
FILLED {{DATE:03/02/24}}   RPH {{NAME:DLH}}

refill log:
 {{DATE:06/14/23}}  orig   #90  {{NAME:DLH}}
 {{DATE:09/11/23}}  rf1    #90  {{NAME:KS}}   copay $0.00
 {{DATE:12/06/23}}  rf2    #90  {{NAME:KS}}
 {{DATE:03/02/24}}  rf3    #90  {{NAME:DLH}}  pt asked re brand Synthroid - no, DAW 0
counsel {{DATE:3/2}} by {{NAME:Darlene}}: 30-60 min before breakfast, separate from calcium/iron by 4 h.
auto-refill ON; text alerts {{PHONE:660-555-0188}}; house acct {{ACCOUNT:HD-00291}}`,
  `PDMP PATIENT REPORT (state PMP query) — printed {{DATE:03/05/2024 09:12}}
Request ID: {{ID:PMP-24-0305-771842}}   Requested by: {{NAME:L. Fontenot}}, RPh ({{FACILITY:Bayou Family Pharmacy}})
Search: {{NAME:THIBODEAUX, REMY J}}   DOB {{DATE:1986-08-14}}   ZIP {{ZIP:70503}}
Matched addr: {{ADDRESS:412 Coteau Rd}}, {{LOCATION:Lafayette}} LA; {{ADDRESS:PO Box 1186}}, {{LOCATION:Breaux Bridge}} LA

Filled    Drug                     Qty Days MME Prescriber          Pharmacy                 Rx#
{{DATE:02/28/24}}  oxycodone/APAP 10/325     60  15   60  {{NAME:Guidry, A}}          {{FACILITY:Bayou Family Pharm}}       {{ID:2201876}}
{{DATE:02/14/24}}  oxycodone/APAP 10/325     60  15   60  {{NAME:Guidry, A}}          {{FACILITY:SaveRite #0912}}           {{ID:8834120}}
{{DATE:02/10/24}}  alprazolam 1 mg           30  30   --  {{NAME:Patel, Nirav}}       {{FACILITY:SaveRite #0912}}           {{ID:8833907}}
{{DATE:01/29/24}}  tramadol 50 mg            40  10   20  ED-{{NAME:Broussard, K}}    {{FACILITY:Acadiana Apothecary}}      {{ID:551290}}

Prescribers 3 | Pharmacies 3 | 90 d | Active MME 60 | Opioid+benzo overlap: YES
RPh note: early fill requested {{DATE:3/5}} (due {{DATE:3/14}}). Called Dr. {{NAME:Guidry}}'s office {{PHONE:337-555-0140}} - MA {{NAME:Shawna}} says no early fill authorized. Refused; pt counseled, naloxone offered (accepted). -{{NAME:LF}}`,
  `PRIOR AUTHORIZATION REQUEST — PHARMACY BENEFIT
Date sent: {{DATE:01/22/2024}}          Case/Ref #: {{ID:PA-4471902833}}
Member ID: {{HEALTH_PLAN:W8820-441736-01}}   Group 00419A   BIN 610014   PCN CPS   person code 01
Patient: {{NAME:Nakamura-Ellis, Devon}}   DOB: {{DATE:4/2/1977}}   Phone: {{PHONE:(503) 555-0119}}
Address: {{ADDRESS:7720 SE Division St Apt 12}}, {{LOCATION:Portland}}, OR {{ZIP:97206}}
Prescriber: {{NAME:Imogen Achterberg}}, MD   NPI {{LICENSE:1629047713}}   DEA {{LICENSE:BA4419270}}
Clinic: {{FACILITY:Hawthorne Internal Medicine}}   Ph {{PHONE:503-555-0177}}   Fax {{FAX:503-555-0178}}
Office contact: {{NAME:Bree}} (PA coordinator)

Medication: tirzepatide (Mounjaro) 5 mg/0.5 mL pen, SC weekly, 4 pens/28 d
Dx: E11.65 T2DM w/ hyperglycemia; E66.01
Tried/failed: metformin ER 2000 mg/d since 2019 (continuing); empagliflozin 25 mg x 6 mo in 2022, d/c recurrent GU infections; semaglutide - plan non-formulary.
A1c 8.6% on {{DATE:12/28/23}}, BMI 36.2.
Attestation signed {{DATE:1/22/24}}.
DETERMINATION: APPROVED {{DATE:01/24/2024}} through {{DATE:01/23/2025}}, ref {{ID:PA-4471902833}}.
Pharmacy notified: {{FACILITY:Rose City Pharmacy}}, RPh {{NAME:Tuan}}.`,
  `COMPOUNDING RECORD (non-sterile) — {{FACILITY:Prairie Compounding Pharmacy}}, {{LOCATION:Lincoln}} NE
Batch record {{ID:CR-240311-07}}   Rx# {{ID:C-30418}}   Compounded {{DATE:11MAR24}}
Patient: {{NAME:Hallgrímsdóttir, Sigrún}}   DOB {{DATE:12.05.1931}} (age {{AGE:92}})
Prescriber: Dr. {{NAME:Wendell Okoro}}, DPM   DEA {{LICENSE:FO3318842}}
Formula: ketoprofen 10% / gabapentin 6% / lidocaine 5% in PLO gel, qs 60 g
 ingredient         lot        exp       qty       by   chk
 ketoprofen USP     K2231-88   08/2026   6.000 g   {{NAME:MJ}}   {{NAME:RS}}
 gabapentin USP     G0119-4    02/2027   3.600 g   {{NAME:MJ}}   {{NAME:RS}}
 lidocaine HCl      L77402     11/2025   3.000 g   {{NAME:MJ}}   {{NAME:RS}}
 PLO base           PB-0212    06/2024   qs 60 g   {{NAME:MJ}}   {{NAME:RS}}
Method: geometric dilution, ointment mill x3 passes. Smooth, pale yellow, no grit.
BUD 30 days (aqueous, USP 795) = 04/10/2024
Sig: apply 1 g to R heel TID. Dispensed in 60 g airless pump.
Compounded by {{NAME:Marisol Jaramillo}}, CPhT; verified {{NAME:Rhys Stanwick}}, PharmD.
Delivered to {{FACILITY:Sunnyvale Manor}} (NH), rm 214, attn {{NAME:Gloria}}, nurse.`,
  `LIMITED EVAL - EMERGENCY (D0140, D0220)
{{FACILITY:BrightSmile Dental Group}} — {{LOCATION:Fort Collins}}
walk-in {{DATE:Sat 12/16/23 10:40am}}
Pt {{NAME:Kwabena Asante-Mills}}, 41 y/o M   pt# {{MRN:BSD-7730214}}
CC "bottom left back tooth killing me since Tues", swelling.
#19 deep DO caries into pulp, perc ++, palp + buccal, cold: lingering. Fluctuant buccal vestibule #19, no extraoral spread, no trismus, T 98.9.
PA: periapical RL M & D roots #19. Dx: symptomatic apical periodontitis w/ acute apical abscess #19.
Options RCT/crown vs ext reviewed; pt elects ext (cost).
Tx: ext #19 (D7140), 2 carp articaine 4% 1:100k IANB + buccal, socket irrigated, gauze. Post-op instr given.
Rx: amoxicillin 500 mg #21 TID x7d; ibuprofen 600 mg q6h prn + APAP 500 mg. e-Rx to {{FACILITY:Front Range Pharmacy #57}}.
Self-pay, acct {{ACCOUNT:BSDG-0093381}}.
Emerg contact: girlfriend {{NAME:Danielle Roux}} {{PHONE:970-555-0153}}.
If swelling worsens -> {{FACILITY:Poudre Oral Surgery}}, Dr. {{NAME:Lindgren}}.
Dentist: {{NAME:A. Faleolo}}, DMD   asst: {{NAME:Bri}}`,
  `CONTACT LENS FIT / F-U
{{FACILITY:Vista Optical #0417}}
pt: {{NAME:jasmine o. whitfield}}   dob {{DATE:3.17.2001}}   seen {{DATE:6/6/2023}} by {{NAME:R. Tsosie}}, OD
vision plan {{HEALTH_PLAN:EYE-77120938}}

hx: 2-wk SiHy, wearing 4-6 wks per pair, sleeps in lenses "sometimes". red eyes pm.
SLE: 1+ limbal injection OU, micro-SPK inferior OS, no infiltrates, mild papillae upper lids.
trial daily disposable:
  OD -3.25  BC 8.5  DIA 14.1   VA 20/20
  OS -3.75  BC 8.5  DIA 14.1   VA 20/20-1
fit: centered, 0.5 mm movement, full corneal coverage, good push-up.
A: CL overwear, early CLPC OU. P: switch to dailies, no sleeping, artificial tears prn.
order {{ID:VO-0417-228190}}: 90-pk x4, ship to {{ADDRESS:880 Aspen Loop #B}}, {{LOCATION:Flagstaff}} AZ {{ZIP:86001}}.
CL Rx expires {{DATE:06/06/2024}}.
pt email {{EMAIL:jaz.whitfield01@example.net}}; rebate via portal {{URL:https://vistaoptical.example.com/p/JW2001}}
f/u 1 wk {{DATE:6/13}}.   -{{NAME:RT}}/{{NAME:kc}}`,
  `NEWBORN HEARING SCREEN — REFER / AUDIOLOGY REFERRAL
Infant: Baby Girl {{NAME:Quispe}}   DOB {{DATE:01/08/2024 03:47}}   MRN {{MRN:N2024-000381}}
Birth facility: {{FACILITY:Mercy Birthing Center}}, {{LOCATION:Pueblo}}, CO
Inpt AABR {{DATE:1/9/24}}: PASS R / REFER L. Rescreen {{DATE:1/10/24}}: REFER L.
Risk: no NICU; maternal uncle w/ childhood hearing loss. cCMV saliva PCR sent {{DATE:1/10}} (acc {{ID:MB24-0110-5521}}) - negative.
Parents {{NAME:Tadeo Quispe}} & {{NAME:Rosario Mamani}}; Spanish, interpreter #{{ID:20331}} used.
Referral: {{FACILITY:Pikes Peak Children's Hearing Clinic}} for diagnostic ABR by 3 mo — appt {{DATE:Feb 2, 2024}}.
Home: {{ADDRESS:2315 E Orman Ave}}, {{LOCATION:Pueblo}} {{ZIP:81004}}; mom cell {{PHONE:719-555-0182}}.
PCP: Dr. {{NAME:Abubakar}}, {{FACILITY:Eastside Pediatrics}}.
Screener {{NAME:C. Whitehorse}}; state EHDI report filed.`,
  `ROUTINE FOOT CARE — {{FACILITY:Riverbend Podiatry}}, {{LOCATION:La Crosse}}
{{DATE:10-Oct-2023}}
Mr. {{NAME:Wojciech Nowak}}, {{AGE:94}} yo M, here w/ daughter-in-law {{NAME:Carol}} from {{FACILITY:Maple Grove Assisted Living}}.
PMH: T2DM, PVD, AFib on apixaban, CKD3.
Exam: DP/PT nonpalpable B, CFT 4 s, hair loss, atrophic skin. Monofilament 4/10 R, 3/10 L. Hammertoes 2-4 B, HAV L.
Nails 1-5 B thick, yellow, dystrophic, subungual debris, painful to palp.
Callus sub 2nd met B.
Dx: onychomycosis x10 (B35.1), callus (L84), DM w/ PVD (E11.51) — class findings met (Class B: absent PT/DP + advanced trophic changes).
Proc: debridement nails x10 (11721), paring 2 lesions (11056). No bleeding.
Rx ammonium lactate 12% lotion BID, no soaking.
Medicare MBI {{HEALTH_PLAN:7QK4-TE2-MN81}}.
Next visit 9-10 wks -> {{DATE:12/19/23}}.
Orders faxed to facility {{FAX:(608) 555-0125}} attn {{NAME:Pam}} RN.
{{NAME:Haruto Sato}}, DPM / scribe {{NAME:jl}}`,
  `SPECIALTY PHARMACY — NEW START INTAKE
{{FACILITY:Keystone Specialty Rx}} ({{LOCATION:Harrisburg}}, PA)   referral rcvd {{DATE:2/1/2024}}
Pt: {{NAME:Fatima Al-Masri}}   DOB {{DATE:June 3, 1990}}   Pt ID {{MRN:KSR-5508213}}
Drug: adalimumab-adaz 40 mg/0.4 mL pen q14d; dx L40.50 psoriatic arthritis
Prescriber Dr. {{NAME:Cornelius Ibekwe}} ({{FACILITY:Capital Area Rheumatology}}), office {{PHONE:717-555-0161}}
Benefits: PBM member {{HEALTH_PLAN:HXM-6620914-02}}; copay card {{ACCOUNT:CC-8841-2270-11}} applied, OOP $5.
Clinical: QuantiFERON neg {{DATE:12/20/23}}, HBsAg neg. No live vaccines.
Counseled by {{NAME:Nadia Petrova}}, PharmD, by phone {{DATE:2/5/24 14:10}}: injection technique (demo pen), sharps, infection s/sx, hold for fever.
Shipment: cold chain, tracking {{ID:1Z88A4E90312456617}} -> {{ADDRESS:56 Linden Terrace}}, {{LOCATION:Camp Hill}} PA {{ZIP:17011}}, deliver {{DATE:02/07/2024}}, signature req.
Refill IVR voice verification enrolled — voiceprint {{BIOMETRIC:VP-3318-0271}}.
Pt email {{EMAIL:fatima.almasri@example.org}}.
Intake {{NAME:DP}}, CPhT`,
  `IMMUNIZATION ADMINISTRATION RECORD — {{FACILITY:Valu-Care Pharmacy #88}}
Date: {{DATE:10/02/2023}}   Pt: {{NAME:Leilani Kahananui}}   DOB {{DATE:08/19/1952}}   ph {{PHONE:808-555-0135}}
Address: {{ADDRESS:94-1021 Kahuamoku Pl}}, {{LOCATION:Waipahu}}, HI {{ZIP:96797}}
Screening: no severe egg allergy, no GBS hx, not immunocompromised, no fever today.
VIS given: influenza (ed. 08/06/2021), recombinant zoster (ed. 02/04/2022).
 Fluzone High-Dose 0.7 mL IM L deltoid   lot UT8022LA  exp 06/30/2024
 Shingrix dose #2 0.5 mL IM R deltoid    lot 7ZK92     exp 11/2024   (dose #1 here {{DATE:06/05/2023}})
Given by {{NAME:Kainoa Kealoha}}, RPh (HI lic {{LICENSE:RPH-4419}}); observed 15 min, no reaction.
Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}. Reported to state IIS.
COVID booster discussed, declined today. Husband {{NAME:Kimo}} to schedule his own ({{PHONE:808-555-0136}}).
-{{NAME:KK}}`,
  `Glaucoma f/u — {{FACILITY:Tri-County Eye Physicians}} ({{FACILITY:TCEP}})
Pt: {{NAME:Thandiwe Dlamini}}   DOB {{DATE:1949-11-30}}   MRN {{MRN:TCE-00488120}}
Visit {{DATE:Mon 05/13/2024}}   MD: {{NAME:S. Ferreira-Lopes}}   tech {{NAME:AH}}
Dx: POAG OU, severe OD / moderate OS (H40.1133)
Meds: latanoprost qhs OU, dorzolamide-timolol BID OU, brimonidine BID OD.
IOP (GAT) 21 OD / 16 OS at 9:15 — above target (14 OD).
HVF 24-2 SITA-Fast: OD sup arcuate MD -14.2; OS nasal step MD -6.1. OCT RNFL thinning ST/IT OD.
Pachy 512/518. Gonio open to CBB OU.
Adherence: misses evening drops; phone reminders set.
Plan: SLT OD 360 deg {{DATE:5/28}}; consent signed. If insufficient -> trab vs tube w/ Dr. {{NAME:Okwuosa}}.
Rides: nephew {{NAME:Sipho}} {{PHONE:215-555-0160}}.
Pt writes via portal from {{EMAIL:tdlamini49@example.com}}.
-{{NAME:SFL}}`,
  `DRIVE-THRU / CURBSIDE PICKUP LOG — {{FACILITY:RxPress Pharmacy #1405}} ({{LOCATION:Loveland}})   {{DATE:Fri 11/03/2023}}
time  patient                     Rx#                      plate           ID check               clerk
0912  {{NAME:Brandt, Oskar}}              {{ID:7720914}}                  {{VEHICLE:CO 4TRX-882}}     DL ok                  {{NAME:JM}}
0947  {{NAME:Nguyen Thi Lan}}             {{ID:7719402}}, {{ID:7719403}}       {{VEHICLE:CO BQW 119}}      n/a (non-CS)           {{NAME:JM}}
1015  {{NAME:Eilidh MacLeod}}             {{ID:7721188}} (CII)           {{VEHICLE:WY 6-4471B}}      DL {{LICENSE:142208831}}          {{NAME:TS}}
1102  {{NAME:Ramos, Ysabel}} by son {{NAME:Ezequiel}}   {{ID:7720555}} (CIV)      {{VEHICLE:CO 8MJL-301}}     DL {{LICENSE:07-114-3392}}        {{NAME:TS}}
notes:
- 1015 CII: ID photo captured {{PHOTO:IDCAP-1405-110323-1015.jpg}}, fingerprint on pad {{BIOMETRIC:FP-0093182}}. Asked about naloxone -> RPh {{NAME:Ahn}} counseled at window.
- 0947 pt's Rx {{ID:7719403}} insurance reject (refill too soon) - paid cash for 1, other rebilled.
- lane 2 camera down 11:30-12:00, manual log.
RPh on duty {{NAME:Grace Ahn}}, PharmD`,
  `REMOTE FINE-TUNING (tele-audiology)
{{FACILITY:HearWell Audiology}} — Dr. {{NAME:Ines Carvalho}}, AuD
Session {{DATE:2024-04-09 15:30}} MT   session ID {{ID:RS-90217734}}
Pt {{NAME:Gerald}} "{{NAME:Gerry}}" {{NAME:Pennington}}, DOB {{DATE:01/14/1947}}, at home in {{LOCATION:Kalispell}} MT w/ wife {{NAME:Darla}}
Conn: pt app IP {{IP:73.114.208.19}} -> clinic fitting PC {{IP:10.40.2.17}}; 1 dropout ~3 min, reconnected.
Devices: Oticon miniRITE R SN {{DEVICE:OT4R-2208816}}, L SN {{DEVICE:OT4L-2208817}}; remote mic SN {{DEVICE:RM-00718842}}
Complaints: "tinny" voices, wind noise on golf course, phone calls soft on L.
Changes: HF gain 2-4 kHz -3 dB both; wind noise mgmt to max; streaming gain +4 dB L; new program "Music" (feedback off, NR off).
Data logging: 11.2 h/d, 38% in noise.
Pt satisfied end of session. Summary emailed to {{EMAIL:gpennington.mt@example.com}}.
In-person check {{DATE:May 21}}; bring remote mic.
-{{NAME:IC}}`,
  `NEW PATIENT REGISTRATION — {{FACILITY:Harbor Lights Dental}} ({{LOCATION:Gloucester}}, MA)
Name: {{NAME:Sullivan-Pereira, Maeve}}     Preferred: {{NAME:Mae}}
DOB: {{DATE:02/29/1988}}   SSN last 4: {{SSN:6619}}
Address: {{ADDRESS:17 Wharf Rd, Unit 2}}  {{LOCATION:Rockport}} MA {{ZIP:01966}}
Cell {{PHONE:978-555-0122}}   Work {{PHONE:978-555-0140 x12}}   Email {{EMAIL:maeve.sp@example.com}}
Employer: {{FACILITY:Cape Ann Fisheries Co-op}} (bookkeeper)
Emergency contact: {{NAME:Joao Pereira}} (husband) {{PHONE:978-555-0123}}
Insurance: subscriber self, ID {{HEALTH_PLAN:CAF0044219301}}, group 7710 (employer plan)
Referred by: friend {{NAME:Colm Doherty}}
Medical: [x] asthma - albuterol prn  [ ] heart  [ ] diabetes  [x] latex allergy (rash)  [ ] pregnant
Dental: last cleaning "3 yrs?" at Dr. {{NAME:Pham}}'s office in {{LOCATION:Salem}}; anxious w/ needles; wants whitening.
Signature: {{NAME:Maeve Sullivan-Pereira}}   date {{DATE:1/8/24}}
Entered by {{NAME:vk}}; chart # {{MRN:HLD-10382}}`,
  `OPERATIVE NOTE — PHACO W/ IOL, RIGHT EYE
{{FACILITY:Desert Vista Surgery Center}}     {{DATE:December 4, 2023}}
Pt {{NAME:Rafael Oliveira}}   MRN {{MRN:DVSC-448213}}   DOB {{DATE:07/07/1950}}
Surgeon: {{NAME:Mei-Ling Chou}}, MD    Anesthesia: MAC/topical, {{NAME:B. Oyelaran}}, CRNA
Pre/post dx: visually significant nuclear cataract OD (H25.11). Procedure: CPT 66984 OD.
IOL: 1-pc acrylic +21.0 D, model ZCB00, SN {{DEVICE:2317450128}}, lens exp 2026-08. Target -0.25 (axial length 23.61 mm, K 43.75/44.25).
Description: time-out done. Paracentesis, viscoelastic, 2.4 mm temporal CCI, 5.5 mm CCC, hydrodissection, divide and conquer (CDE 7.21), I/A, IOL in the bag, viscoelastic removed, wounds hydrated and Seidel neg. Intracameral moxifloxacin.
Complications: none. EBL minimal.
Post-op: prednisolone acetate 1% QID, ofloxacin QID x1 wk, shield qhs.
POD1 {{DATE:12/5/23}} at {{FACILITY:Desert Vista Eye}}, {{LOCATION:Tucson}}.
Circulator {{NAME:KW}}, scrub {{NAME:E. Ibarra}}.  Driver: son {{NAME:Thiago}} {{PHONE:520-555-0117}}.`,
  `[secure msg] {{DATE:3/18/24 14:02}}  {{NAME:Kelsey}} ({{FACILITY:Gateway Family Dental}}) -> {{FACILITY:Tri-Valley OMS}}
hi! referring {{NAME:Caleb Yoon}}, 17, DOB {{DATE:10/04/2006}}, for eval #1, 16, 17, 32 - 17/32 mesioangular impacted, #32 close to IAN canal on pano (attached, PAN_0318.jpg). pt had pericoronitis #32 last month, amox done. mom {{NAME:Soo-ah Yoon}} cell {{PHONE:925-555-0194}}. ins member {{HEALTH_PLAN:DLT-55082147}}. thx!

[secure msg] {{DATE:3/18/24 15:27}}  {{NAME:Marisela}} ({{FACILITY:Tri-Valley OMS}}) -> {{NAME:Kelsey}}
Got it. Consult + CBCT {{DATE:Apr 2}} w/ Dr. {{NAME:Abdi}}, {{LOCATION:Pleasanton}} office. Discussing IV sedation; NPO 8 h, parent must sign consent (pt is a minor), adult driver. Dad {{NAME:Min-jun}} also called us already lol.

[secure msg] {{DATE:3/19/24 08:10}}  {{NAME:Kelsey}} -> {{NAME:Marisela}}
perfect, ty. fyi pt allergic to codeine (hives).`,
  `REFILL AUTHORIZATION REQUEST — FAX
TO: {{FACILITY:Piedmont Family Medicine}}  FAX {{FAX:336-555-0190}}
FROM: {{FACILITY:Carolina Corner Drug}}  PH {{PHONE:336-555-0101}}  FAX {{FAX:336-555-0102}}  NCPDP {{LICENSE:3412877}}
Date: {{DATE:09/25/2023}}      Request # {{ID:RR-230925-0042}}
Patient: {{NAME:Yusuf Demir}}   DOB {{DATE:05/11/1966}}   Ph {{PHONE:336-555-0143}}
Rx# {{ID:3318402}}  amlodipine 10 mg tab #90         last filled {{DATE:06/22/23}}  refills 0
Rx# {{ID:3318403}}  losartan-HCTZ 100-25 mg tab #90  last filled {{DATE:06/22/23}}  refills 0
Prescriber: Dr. {{NAME:Annika Lindholm}}   NPI {{LICENSE:1083729564}}
[X] Approved  # refills: 0, qty 30 only   [ ] Denied   [ ] Pt needs appointment
Comments (handwritten): 30 d bridge — pt overdue for BP check + BMP, must call {{PHONE:336-555-0191}} to schedule. {{NAME:AL}} / {{NAME:Trish}} LPN {{DATE:9/26}}
Pharmacy: pt informed by phone {{DATE:9/26/23}}, appt made for {{DATE:10/3}}. -{{NAME:jw}}`,
  `PEDIATRIC EYE EXAM — {{FACILITY:Little Lookers Pediatric Eye Care}}
Pt: {{NAME:Zara Ahmed-Kowalski}}, 4 y   DOB {{DATE:08/30/2019}}   Guardian: father {{NAME:Imran Ahmed}}
Date {{DATE:08-Sep-2023}}   Dr. {{NAME:Petra Novotná}}, OD, FAAO
Reason: failed screen at {{FACILITY:Sunflower Preschool}} ({{LOCATION:Overland Park}}); L eye "drifts in" per dad.
VA (LEA symbols) OD 20/32, OS 20/80. Randot stereo: nil.
Cover test: 15 PD LET near, 10 PD distance. Hirschberg: L nasal reflex.
Cyclo (1% cyclopentolate x2): OD +1.50 DS; OS +4.75 +0.75 x 090.
Anterior seg + DFE normal OU.
A: refractive accommodative ET + anisometropic amblyopia OS.
P: full cyclo Rx, glasses at {{FACILITY:Vista Optical #0423}}; recheck 6 wks, patching if VA plateaus.
School nurse letter faxed {{FAX:913-555-0186}}.
CHIP ID {{HEALTH_PLAN:KC2291047734}}.
F/u {{DATE:10/20/23}}.   -{{NAME:PN}}/scribe {{NAME:dw}}`,
  `WORKERS' COMP PROGRESS NOTE — {{FACILITY:Great Lakes Foot & Ankle}} ({{LOCATION:Toledo}})
DOS: {{DATE:01.16.2024}}     DOI: {{DATE:11/02/2023}}
Claimant: {{NAME:Darnell Whitaker}}   SSN {{SSN:512-47-3390}}   Claim # {{ACCOUNT:WC-23-884102}}
Employer: {{FACILITY:Maumee River Logistics}} (warehouse); adjuster {{NAME:Colleen Stroud}} {{PHONE:419-555-0124}}
Mechanism: foot caught under pallet jack, axial load.
Dx: Lisfranc injury L (S93.622A), s/p ORIF {{DATE:11/09/2023}} by Dr. {{NAME:Hollingsworth}}.
Now ~10 wks post-op. WBAT in CAM boot. Mild dorsal swelling, incision healed, no drainage. Pain 3/10.
XR L foot 3 vw: hardware intact, 2nd TMT alignment maintained, no lucency.
Work status: sedentary only, no ladders/forklift/pallet jack, seated 75% of shift.
Plan: PT 2x/wk x 6 wks at {{FACILITY:Lakeside Physical Therapy}}; wean boot to stiff-soled shoe over 2 wks.
RTC {{DATE:2/13/24}}. Form C-9 faxed {{FAX:419-555-0199}}.
{{NAME:Lucia Marchetti}}, DPM`,
  `CMR / MTM — Medicare Part D
{{FACILITY:Family Pharmacy of Bardstown}}   telephonic {{DATE:Tuesday, Aug 15, 2023}}, 10:00-10:35
Pt {{NAME:Ora Mae Puckett}}, {{AGE:91}} y/o F; granddaughter {{NAME:Brittany}} on speaker (caregiver).
Address {{ADDRESS:3 Cedar Creek Rd}}, {{LOCATION:Bardstown}} KY {{ZIP:40004}}   MBI {{HEALTH_PLAN:4TN2-Q81-XK09}}
Meds: metoprolol succ 25, furosemide 20, KCl 10 mEq, donepezil 10, omeprazole 20, oxybutynin 5 TID, meloxicam 7.5, warfarin 3 (INR at {{FACILITY:Nelson County Anticoag Clinic}}).
MRPs:
1) oxybutynin (Beers) w/ donepezil - opposing; suggest mirabegron or stop.
2) meloxicam + warfarin + age - bleed risk; suggest APAP 650 q8h prn.
3) omeprazole >8 yrs, no GI indication now - trial taper.
Falls: 1 in June, no injury. Pillbox filled by {{NAME:Brittany}} weekly.
Recs faxed to PCP Dr. {{NAME:Cundiff}} {{FAX:502-555-0170}}; TMR f/u 90 d.
Pharmacist {{NAME:Ravi Sundaram}}, PharmD`,
  `perio maint (D4910) + implant check — {{FACILITY:LPI}}
pt {{NAME:Ingrid Solberg-Haug}}   dob {{DATE:9/9/1957}}   {{DATE:07/19/23}}
hx: implant #30 placed {{DATE:3/3/2021}} by Dr. {{NAME:Raghunathan}} (4.1 x 10, lot on implant card, not in chart)
#30 implant: PD 3-4 mm, no BOP, no suppuration, keratinized tissue 2 mm. PA: crestal bone stable vs 2022.
rest gen 2-4 mm; 5 mm #15 DB w/ BOP; #24/25 rec 2 mm, ok.
BOP 12% (was 24%). home care improved - water flosser daily.
SRP localized #15 (D4342), Arestin #15 DB.
meds: alendronate 70 qwk x 6 yrs — discussed MRONJ risk, none noted; note for any future ext.
next PM 3 mo ({{DATE:10/18/23}}), alternating w/ GP {{FACILITY:Cedar Hollow}}.
recall card to {{ADDRESS:510 Lakeview Dr}}, {{LOCATION:Monona}} WI {{ZIP:53716}}; hm ph {{PHONE:608-555-0157}}
-{{NAME:J. Abernathy}}, RDH`,
  `RETINA CONSULT — {{FACILITY:Gulf Coast Retina Specialists}} ({{FACILITY:GCRS}}), {{LOCATION:Pensacola}} clinic
Referred by {{NAME:Beaumont}}, OD ({{FACILITY:Eyes on Palafox}}), letter {{DATE:2/2/24}}
Pt {{NAME:Lamar Jefferson-Hughes}}   DOB {{DATE:3/15/1959}}   MRN {{MRN:GCR-771029}}   DOS {{DATE:02/08/2024}}
HPI: sudden painless blur OD x 10 d, noticed on waking.
VA sc OD 20/200 PH NI, OS 20/25. IOP 16/15. Trace RAPD OD.
DFE OD: dilated tortuous veins 4 quads, flame hemes, CWS, mild disc edema. OS: mild NPDR, no CSME.
OCT OD: CST 612 um, CME + SRF. FA: non-ischemic, no NV.
Dx: CRVO OD w/ macular edema (H34.8112); HTN; DM2 (A1c 7.4 per PCP).
Plan: bevacizumab 1.25 mg/0.05 mL IVT OD today (step therapy per plan, member {{HEALTH_PLAN:HUM-X8827710-03}}), lot 3412B. Monthly x3 then treat & extend. Undilated gonio each visit for NVA.
BP 168/98 today — see PCP Dr. {{NAME:Anand}} this week; letter faxed {{FAX:850-555-0147}}.
Wife {{NAME:Cheryl}} present; home {{PHONE:850-555-0112}}.
{{NAME:V. Szabo}}, MD / scribe {{NAME:mt}}`,
  `PEDIATRIC HA CHECK + SCHOOL REMOTE MIC SYSTEM
{{FACILITY:Bright Futures Pediatric Audiology}} — {{DATE:Aug 28, 2023}}
Pt {{NAME:Mateus Oliveira-Santos}}, 8 y, DOB {{DATE:4/22/2015}}, MRN {{MRN:BFPA-20331}}; w/ mom {{NAME:Luciana}}
Hx: bilat moderate SNHL (GJB2), aided since 6 mo.
Devices: R BTE SN {{DEVICE:1922KX0441}}, L BTE SN {{DEVICE:1922KX0450}}. New earmolds: impressions sent to {{FACILITY:EarCraft Lab}}, order {{ID:EC-558821}}.
RECD measured; DSL v5 targets met within 3 dB.
RM system for school: transmitter SN {{DEVICE:RM-TX-448120}}, receivers SN {{DEVICE:RM-RX-448121}} / {{DEVICE:RM-RX-448122}}; verified per AAA protocol (transparency within 2 dB).
School: {{FACILITY:Washington Elementary}}, {{LOCATION:Ogden}} UT, 3rd grade, teacher Ms. {{NAME:Yazzie}}.
IEP mtg {{DATE:9/6}}; teacher of the deaf {{NAME:Renata Kovacs}} ({{EMAIL:rkovacs@weberschools.example.org}}) will do classroom check.
Mom cell {{PHONE:801-555-0150}}.
{{NAME:H. Begay}}, AuD, CCC-A`,
  `RPh INCIDENT NOTE — suspected altered Rx
{{FACILITY:CornerCare #3310}}   {{DATE:Sunday 06/09/2024}}, approx 14:45
Presented: paper Rx hydrocodone/APAP 10/325 #120 — qty appears altered from #20 (different ink).
Pt on Rx: {{NAME:Brandon Kessler}}, DOB {{DATE:12/02/1992}}, {{ADDRESS:1400 Old Mill Rd Lot 22}}, {{LOCATION:Clarksville}} TN
Prescriber on Rx: Dr. {{NAME:Marguerite Tallis}}, DEA {{LICENSE:AT7390281}}, {{FACILITY:Sango Family Practice}}
Verification: office {{PHONE:931-555-0138}} closed (Sun). On-call Dr. {{NAME:Reyes-Obi}} via answering svc {{PHONE:931-555-0100}} confirmed #20 written {{DATE:6/7/24}}.
PDMP query {{ID:TN-PMP-8839201}}: 4 prescribers / 60 d.
Action: declined to fill; Rx retained. Pt left before police arrived — silver sedan, plate {{VEHICLE:TN 3Q8-71K}} per clerk {{NAME:Jaylen}}.
Police report {{ID:CPD-24-061193}}, Sgt. {{NAME:Dwyer}}.
Notified store mgr {{NAME:Tasha Greene}}, loss prevention; Board form pending.
{{NAME:Olumide Bankole}}, PharmD, lic {{LICENSE:TN-RPH-22187}}`,
  `MOBILE DENTISTRY VISIT — {{FACILITY:SmileMobile Dental Services}} @ {{FACILITY:Whispering Pines Care Center}}, {{LOCATION:Metairie}}, rm 118B
{{DATE:4/11/2024}}
Resident: {{NAME:Evangeline Broussard-Tate}}, {{AGE:96}} y/o F   facility ID {{MRN:WPCC-004471}}
POA daughter {{NAME:Renée Tate}} ({{PHONE:504-555-0189}}) gave phone consent {{DATE:4/10/24}}, witnessed by {{NAME:Marlon}} RN.
Hx: edentulous maxilla (CD from 2014), mand RPD on #22, #27. Moderate dementia. Puree diet.
CC per CNA {{NAME:Lakisha}}: upper denture loose, sore spots, not wearing x 2 wks.
Exam: 4 mm ulcer R max tuberosity under flange, flange overextended; #22 mobility 2; #27 buccal cervical caries.
Tx: flange adjusted, soft reline upper CD; SDF #27; both prostheses labeled.
Plan: recheck 2 wks; consider ext #22 (discuss w/ POA). Medicaid ID {{HEALTH_PLAN:LA0073381920}}.
{{NAME:Chinedu Okeke}}, DDS; assist {{NAME:Paula}}`,
  `LOW VISION REHAB — BIOPTIC DRIVING EVAL
{{FACILITY:Heartland Low Vision Services}}, {{LOCATION:Des Moines}}
Client {{NAME:Tyler Brandvold}}   DOB {{DATE:Nov 19, 1998}}   file {{MRN:HLV-0882}}
Dx Stargardt disease OU (H35.53). VA OD 20/160, OS 20/200; through 4x bioptic 20/40 OU. Goldmann III4e: 125° horizontal. Pelli-Robson 1.35.
In-car eval {{DATE:05/02/2023}} w/ CDRS {{NAME:Marcy Ellingson}}, OTR/L, in pt's own 2016 sedan, plate {{VEHICLE:IA KDL 442}}, VIN {{VEHICLE:2HGFC2F59GH551082}}.
Lane keeping adequate; sign ID via bioptic < 2 s; 1 critical error (late braking, school zone).
Rec: 6 more lessons, then restricted license (daylight, no interstate); DL {{LICENSE:448KT2210}}; state vision form completed.
Works part-time at {{FACILITY:Ingersoll Print & Sign}} — needs route to work.
Mom {{NAME:Dawn}} {{PHONE:515-555-0131}}.
Dr. {{NAME:Kaveh Farahani}}, OD, FAAO`,
  `Proc note — partial nail avulsion w/ chemical matrixectomy (11750)
{{FACILITY:Foot First Podiatry}}   {{DATE:2023-10-30}}
{{NAME:Sofía Herrera}}, 15F, DOB {{DATE:2008-05-21}}; mom {{NAME:Ana Lucía Herrera}} present, consent signed.
Dx: L hallux lateral border onychocryptosis w/ paronychia, stage 2, 3rd episode.
Digital block 3 mL 1% lido plain + 3 mL 0.5% bupivacaine. Tourniquet 4 min. Lateral border avulsed; phenol 89% x3 x 30 s; alcohol flush. Silver sulfadiazine + DSD.
Post-op: epsom soaks BID, no PE/soccer x 1 wk — school note for {{FACILITY:Eastlake High School}}.
Rx cephalexin 500 mg BID x 5 d to {{FACILITY:Sammamish Pharmacy}}.
F/u {{DATE:11/13}}.
Ins member {{HEALTH_PLAN:PPO-44821076}} (subscriber father {{NAME:Jorge Herrera}}).
Contact {{PHONE:(425) 555-0108}}; portal {{EMAIL:alherrera@example.com}}.
DPM {{NAME:Fenwick}}; MA {{NAME:Tiff}}`,
  `SPECIALTY PHARMACY — ORAL ONCOLOGY COUNSELING (REMS)
{{FACILITY:Sequoia Specialty Pharmacy}}   {{DATE:07/11/2023}}
Pt {{NAME:Haruko Tanabe-Morris}}   DOB {{DATE:09/28/1954}}   MRN {{MRN:SQS-2209184}}
Drug: lenalidomide 10 mg cap d1-21 q28d; Rx# {{ID:S-8841207}}
REMS: female not of reproductive potential; auth # {{ID:AUTH-77183920}} obtained {{DATE:7/10/23}}; pt survey done.
Prescriber Dr. {{NAME:Benedikt Aurelio}} ({{FACILITY:Redwood Cancer Institute}}), NPI {{LICENSE:1770492213}}
Counseling: aspirin 81 for VTE ppx; rash, diarrhea, fatigue; CBC weekly x 8 wks at {{FACILITY:Valley Oak Labs}}; no sharing caps, no blood donation.
Ship: overnight, tracking {{ID:7719 4402 8831}}, to {{ADDRESS:2208 Manzanita Ct}}, {{LOCATION:Santa Rosa}} CA {{ZIP:95404}}.
Copay foundation grant {{ACCOUNT:FND-330918}}.
RPh {{NAME:Obi}}; next call {{DATE:7/25}}.`,
  `AUDIOLOGIC EVAL + TINNITUS — {{FACILITY:Coastal ENT & Audiology}} ({{LOCATION:Wilmington}}, NC)
{{DATE:1/31/2024}}   Pt {{NAME:Hamid Rahimi}}   DOB {{DATE:06/01/1971}}   acct {{ACCOUNT:CEA-009822}}
Referral Dr. {{NAME:Pritchard}} (ENT).
Hx: R tinnitus 6 mo, ringing + "whooshing", R fullness, no vertigo. Former artillery, 8 yrs.
Otoscopy clear. Tymps A AU. ARTs present ipsi/contra.
512 Hz: Weber lateralizes L; Rinne AC>BC AU.
PTA R 35 / L 15 dB HL; R notch 4 kHz 55 dB. WRS R 84%, L 100%.
Asymmetry >15 dB at 3 freqs -> MRI IAC w/ contrast recommended (r/o vestibular schwannoma). Not a Meniere's pattern.
THI 56 (moderate). Match 4 kHz, 8 dB SL.
Plan: HA trial w/ sound generator after MRI; results to Dr. {{NAME:Pritchard}} fax {{FAX:910-555-0163}}.
Pt ph {{PHONE:910-555-0127}}, email {{EMAIL:h.rahimi71@example.net}}.
{{NAME:Dana Whitlock-Ibe}}, AuD`,
  `ORTHO TX CARD — {{NAME:Lopez, Giselle}}   chart {{MRN:SS-39920}}   {{FACILITY:Summit Smiles Ortho}} ({{LOCATION:Meridian}})
bonded {{DATE:06/20/22}}   est. 24 mo   Dr. {{NAME:YCR}}
date       wire U/L            notes                                         asst
{{DATE:06/20/22}}   .014 NiTi/.014 NiTi  full bond 5-5, bands 6s                         {{NAME:hb}}
{{DATE:08/01/22}}   .016/.016 NiTi      OH fair; #10 bracket off, rebond                {{NAME:hb}}
{{DATE:09/26/22}}   .019x.025 NiTi      missed {{DATE:9/12}}, mom called                     {{NAME:gt}}
{{DATE:11/14/22}}   .019x.025 SS        Cl II elastics 3/16 6 oz FT                     {{NAME:gt}}
{{DATE:01/09/23}}   same                 elastics compliance poor, OJ 5 mm               {{NAME:hb}}
progress photos {{DATE:1/9/23}}: EO frontal {{PHOTO:SS39920_EO_F_20230109}}, EO profile {{PHOTO:SS39920_EO_P_20230109}}
parent {{NAME:Marisol Lopez}} {{PHONE:208-555-0175}}; payment plan acct {{ACCOUNT:SSO-39920-P}}`,
  `ETIQUETA / LABEL — {{FACILITY:Farmacia La Esperanza}}
{{ADDRESS:2201 S Zarzamora St}}, {{LOCATION:San Antonio}} TX {{ZIP:78207}}   {{PHONE:210-555-0196}}
Rx {{ID:112847}}    {{NAME:Gael Montoya}}   (DOB {{DATE:02/14/2021}})
AMOXICILLIN 400MG/5ML SUSP 100ML
Give 6 mL by mouth twice daily for 10 days / Dar 6 mL por boca dos veces al día por 10 días.
Refrigerate / Refrigerar. Shake well / Agitar bien. Discard after 14 days.
Dr. {{NAME:Elena Marroquín}}, MD      Filled {{DATE:01/30/24}}      Refills: 0
Counseling (Spanish) to mother {{NAME:Yesenia Montoya}}: wt 14.2 kg -> ~85 mg/kg/d, dose OK for AOM. Oral syringe given, demo done. Call for hives/rash, bloody diarrhea.
CHIP member {{HEALTH_PLAN:TXC-0093381724}}. Mom cell {{PHONE:210-555-0171}}.
RPh {{NAME:Arturo Saldívar}}; tech {{NAME:LC}}`,
  `PATIENT PORTAL ACCESS LOG (export for privacy review) — {{FACILITY:Summit Eye Partners}}
acct holder {{NAME:Valentina Greco}}   user {{EMAIL:vgreco.design@example.com}}   MRN {{MRN:SEP-3307715}}
timestamp              event                                  source IP
{{DATE:2024-03-01 07:44:10}}    login OK (MFA sms)                      {{IP:98.201.44.17}}
{{DATE:2024-03-01 07:45:02}}    view visit summary {{DATE:2/27/2024}}            {{IP:98.201.44.17}}
{{DATE:2024-03-01 07:46:37}}    download glasses Rx (PDF)               {{IP:98.201.44.17}}
{{DATE:2024-03-02 19:03:55}}    login FAIL x5, locked                   {{IP:185.44.9.201}} (geo {{LOCATION:Bucharest}})
{{DATE:2024-03-03 08:12:20}}    pw reset, login OK                      {{IP:2601:5c2:8400:1f0::2b}}
{{DATE:2024-03-03 08:15:41}}    msg to Dr. {{NAME:Ashworth}} re floaters         {{IP:2601:5c2:8400:1f0::2b}}
{{DATE:2024-03-04 12:30:00}}    proxy granted: husband {{NAME:Paolo Greco}} ({{EMAIL:pgreco@example.com}})
optical order link used: {{URL:https://summiteye.example.com/optical/order/88120}}
Reviewed {{DATE:3/6/24}} by privacy officer {{NAME:D. Kaminski}}; incident {{ID:PRV-2024-0031}}, no PHI viewed from foreign IP.`,
  `DENTAL CLAIM / PRE-D SUMMARY — {{FACILITY:Maplewood Dental Arts}}
Claim # {{ACCOUNT:CLM-9920418837}}   pre-D ref {{ID:PD-3318201}}   submitted {{DATE:10/17/2023}}
Subscriber: {{NAME:Anthony Russo}}   SSN {{SSN:214-60-8817}} (legacy field)   ID {{HEALTH_PLAN:MET-884120077}}   employer {{FACILITY:Russo & Sons Masonry}}
Patient: {{NAME:Gianna Russo}} (dependent)   DOB {{DATE:05/05/2009}}
 code    th/surf    DOS         fee
 D0150   -          {{DATE:10/02/23}}    $95
 D0210   -          {{DATE:10/02/23}}    $140
 D2393   #3 MOD     {{DATE:10/16/23}}    $265
 D1351   #2,15      {{DATE:10/16/23}}    $104
 D1351   #18,31     {{DATE:10/16/23}}    $104
Billing dentist {{NAME:Hye-jin Cho}}, DDS   NPI {{LICENSE:1942205871}}
EOB rcvd {{DATE:11/08/23}}: sealants #2/#15 denied (2nd molars only covered to age 14?? appeal), paid $412.60, pt portion $118.00.
Statement mailed to {{ADDRESS:66 Orchard Hill Ln}}, {{LOCATION:Maplewood}} NJ {{ZIP:07040}}.
Questions: billing {{NAME:Trudy}} ext 3.`,
  `Rx TRANSFER IN — phone    {{DATE:12/28/2023 11:20}}
FROM: {{FACILITY:Bluebonnet Pharmacy}}, {{LOCATION:Round Rock}} TX, {{PHONE:512-555-0164}}, DEA {{LICENSE:FB2209184}}, RPh {{NAME:Hollis Crenshaw}}
TO:   {{FACILITY:MedQuik Pharmacy #5120}}, {{LOCATION:Georgetown}} TX, RPh {{NAME:Shreya Kulkarni}}
Patient {{NAME:Wen-Hsuan Liao}}   DOB {{DATE:08/03/1983}}   ph {{PHONE:512-555-0198}}   allergy: sulfa
Rx: sertraline 100 mg tab, 1 daily, #30
  orig Rx# {{ID:448120}}, written {{DATE:07/10/2023}} by Dr. {{NAME:Nkechi Obi-Lawson}}
  first fill {{DATE:07/10/23}}, last fill {{DATE:11/29/23}}, 5 RF authorized, 1 remaining -> transferred
New Rx# {{ID:5120-661027}}; ins member {{HEALTH_PLAN:BCX7719204415}}, BIN 003858.
{{FACILITY:Bluebonnet}} inactivated orig Rx per phone. Pt moved — new addr {{ADDRESS:3011 Williams Dr Apt 414}}, {{LOCATION:Georgetown}} {{ZIP:78628}}.
Pt told new Rx needed after this fill; message sent to prescriber.
-{{NAME:SK}}`,
  `AFTER-HOURS PHONE TRIAGE — {{FACILITY:Prairie Eye Associates}} on-call
rcvd {{DATE:Sat 2/17/24 21:52}} via answering svc (msg {{ID:AS-660214}})
Caller {{NAME:Jonah Whitcomb}} re wife {{NAME:Priyanka Whitcomb}} (DOB {{DATE:10/10/1990}}).
Drain cleaner (NaOH) splash OS ~21:30 while cleaning; rinsed at sink "a minute or two". Pain 9/10, can't open eye. Soft CL OS still in.
Advice: irrigate continuously w/ tap water 15-20 min, remove CL if able, then straight to {{FACILITY:St. Ambrose ED}} ({{LOCATION:Bismarck}}); I will call ahead.
21:58 spoke w/ ED charge RN {{NAME:Corinne}}; pH paper + Morgan lens ready.
23:10 ED Dr. {{NAME:Halloran}}: pH 7.4 after 3 L LR; Roper-Hall II, epi defect ~60%, limbal blanching <3 clock hrs.
Seen by me in ED 23:40 — PFAT, doxycycline, ascorbate, pred acetate, BCL placed.
F/u {{DATE:2/18/24}} clinic 0900 w/ Dr. {{NAME:Mbeki}}.
cb {{PHONE:701-555-0146}}
— on call {{NAME:R. Anand-Lowe}}, MD`,
  `VESTIBULAR EVAL (VNG) — {{FACILITY:NGA}} balance lab, {{LOCATION:Spokane}}
{{DATE:March 7th, 2024}}   pt {{NAME:Beatriz Albuquerque}}   DOB {{DATE:1/1/1948}}   chart {{MRN:NGA-31209}}
Ref Dr. {{NAME:Tolliver}} (PCP): spinning when rolling over in bed x 3 wks, each < 1 min.
Oculomotor: saccades, smooth pursuit, OPK WNL. Gaze/spontaneous: no nystagmus w/ vision denied.
Dix-Hallpike R: upbeating torsional nystagmus, latency 3 s, duration 20 s, fatigable -> R posterior canal BPPV.
Dix-Hallpike L neg. Supine roll neg. Calorics deferred.
Tx: Epley CRP R x2; repeat Hallpike neg.
Fall risk: uses cane; lives alone, {{ADDRESS:4402 E 5th Ave, Apt 3C}}, {{LOCATION:Spokane Valley}} {{ZIP:99212}}.
Daughter {{NAME:Clarisse}} checks daily, {{PHONE:509-555-0139}}.
Report faxed to Dr. {{NAME:Tolliver}} {{FAX:509-555-0111}}.
{{NAME:M. Oyelowo}}, AuD`,
  `PODIATRY — {{FACILITY:SFA}} {{LOCATION:Chandler}} office
{{DATE:Feb. 14, 2024}}   Mr. {{NAME:Abdirahman Warsame}}   DOB {{DATE:06/06/1968}}   MRN {{MRN:SFA-100877}}
Somali interpreter by phone, ID {{ID:44812}}.
Dx: Charcot neuroarthropathy L midfoot (Eichenholtz I), s/p plantar exostectomy {{DATE:1/24/24}} w/ open wound.
NPWT unit SN {{DEVICE:VAC-UL-4420918}}, 125 mmHg continuous; changes MWF by {{FACILITY:Sonoran Home Health}} RN {{NAME:Brianna}}.
Wound {{DATE:1/31}}: 3.1 x 2.0 x 0.6 cm -> today 2.4 x 1.6 x 0.4 cm, 90% granular, no tunneling.
IR temp diff L-R 3.1°C (was 4.4).
NWB w/ knee scooter; TCC once vac off.
A1c 8.0 (was 9.6).
Daughter {{NAME:Hodan}} (ph {{PHONE:480-555-0165}}) helps w/ appts.
Vac rental acct {{ACCOUNT:NPWT-2290144}}.
{{NAME:Ngozi Eze}}, DPM`,
  `SMS — {{FACILITY:Eastside Community Pharmacy}} harm-reduction line {{PHONE:(412) 555-0133}}
[{{DATE:5/2/24 22:14}}] from {{PHONE:412-555-0186}}: hey is this where u can get narcan w/o a script
[{{DATE:5/2/24 22:15}}] from {{PHONE:412-555-0186}}: its for my cousin {{NAME:Trey}} he almost went out last wk
[{{DATE:5/3/24 08:05}}] RPh {{NAME:Marisa}}: Yes - no Rx needed (standing order), free kits + fentanyl test strips. Come to {{ADDRESS:5810 Penn Ave}}, {{LOCATION:Pittsburgh}} {{ZIP:15206}}, counter 2. No ID needed.
[{{DATE:5/3/24 08:09}}] from {{PHONE:412-555-0186}}: ok ill come after work. its {{NAME:Dev}} btw
[{{DATE:5/3/24 17:40}}] RPh {{NAME:M. Castellano}}: kit dispensed, anon log {{ID:HR-2405-118}}; naloxone 4 mg nasal x2, lot HX8810, exp 11/2026. Rescue breathing + recovery position taught.
Referral card: {{FACILITY:Allegheny Recovery Connect}} {{PHONE:412-555-0178}}`,
  `PEDIATRIC DENTAL — OR CASE (GA)
{{FACILITY:Tiny Teeth Pediatric Dentistry}} @ {{FACILITY:Cascade Surgery Center}}
DOS {{DATE:07.25.2023}}   Pt {{NAME:Nikolai Petrenko}}, 3 y 2 m, DOB {{DATE:05.18.2020}}, chart {{MRN:TTP-6620}}
Dx: severe ECC; Frankl 1; failed in-office tx.
Anesthesia: nasal intubation, Dr. {{NAME:Oyama}}.
Tx:
 A, J   SSC
 B, I   pulpotomy (ferric sulfate) + SSC
 D, G   zirconia crowns
 E, F   ext (abscessed)
 K, T   SSC
 L, S   O composite
 FMX, prophy, 5% NaF varnish
EBL < 5 mL. Extubated, to PACU stable.
Parents {{NAME:Oksana}} and {{NAME:Dmytro Petrenko}}, {{LOCATION:Vancouver}} WA. ProviderOne ID {{HEALTH_PLAN:101884220WA}}.
Post-op call {{DATE:7/26}} by {{NAME:Jess}}: eating soft, no fever.
{{NAME:Adaeze Nwachukwu}}, DDS, MSD`,
  `{{FACILITY:Bayside Optometry}}
{{ADDRESS:1200 Harbor Blvd, Ste 4}}
{{LOCATION:Ventura}}, CA {{ZIP:93001}}
Tel {{PHONE:805-555-0104}}   Fax {{FAX:805-555-0105}}

{{DATE:November 2, 2023}}

{{NAME:Rosalind Achebe}}, MD
{{FACILITY:Ventura Coast Primary Care}}
{{ADDRESS:88 Poli St}}
{{LOCATION:Ventura}}, CA {{ZIP:93001}}

RE: {{NAME:Esteban Cárdenas}}   DOB {{DATE:04/27/1963}}

Dear Dr. {{NAME:Achebe}},
Thank you for referring Mr. {{NAME:Cárdenas}} for his annual diabetic eye exam on {{DATE:10/31/2023}}. BCVA 20/20 OD, 20/25 OS; IOP 15/16. Dilated fundus exam shows mild nonproliferative diabetic retinopathy OU without macular edema (E11.3293); OCT macula normal OU.
I recommend re-examination in 12 months, sooner with any change in vision.

Sincerely,
{{NAME:Chen-Yu Hsieh}}, OD`,
  `DIABETES SUPPLIES — PHARMACY BENEFIT ENROLLMENT
{{FACILITY:Keystone Specialty Rx}} diabetes desk   {{DATE:08-21-2023}}
Pt {{NAME:Liam O'Shaughnessy}}, 19, DOB {{DATE:01/30/2004}}; student at {{FACILITY:Allegheny Ridge College}}
Policy holder mother {{NAME:Niamh O'Shaughnessy}}, member {{HEALTH_PLAN:HMK-55120984-03}}
Endo Dr. {{NAME:Teodora Ilić}}, {{FACILITY:Blair Pediatric Endocrinology}}
Devices: tubeless pump controller SN {{DEVICE:PDM-3A0771294}}; CGM transmitter SN {{DEVICE:8RT44XK}} (sensor lots not recorded).
Rx# {{ID:KS-7720018}} pods 5/box, 2 boxes q30d; Rx# {{ID:KS-7720019}} CGM sensors 3 q30d.
PA approved, ref {{ID:PA-0082231077}}, through {{DATE:08/20/2024}}.
Ship to dorm: {{ADDRESS:210 College Ave, Rm 3B-14}}, {{LOCATION:Altoona}} PA {{ZIP:16601}}.
Refill app enrolled; first login from {{IP:174.59.102.8}}.
-{{NAME:RB}}, CPhT`,
  `OPTICAL DISPENSING / REMAKE — {{FACILITY:ClearPoint Vision Center #118}}
job # {{ID:J-118-220917}} (remake of {{ID:J-118-220311}})   {{DATE:12/01/23}}
pt {{NAME:Volkov, Dmitri}}   ph {{PHONE:440-555-0138}}
Rx of {{DATE:11/14/23}} (Dr. {{NAME:Brandt}}): OD -1.25 -0.75 x 095 / OS -1.00 -0.50 x 080, add +2.50
PD 64/61, mono 32.0/32.0, seg ht 19/19, panto 9°, vertex 12 mm.
Frame: metal 54-18-140 gunmetal. Lenses: PAL 1.67, AR, photochromic.
Complaint: "swimmy" L periphery, reading area too low.
Lensometry: OS axis 090 vs ordered 080 -> lab error; seg ht OS 17.
Sent back to {{FACILITY:Great Lakes Optical Lab}}, RMA {{ID:GLL-RMA-55012}}, rep {{NAME:Tony}} notified.
Warranty remake, no charge. Est. pickup {{DATE:12/08}}; text opt-in ok.
Pt also asked about sports goggles for grandson {{NAME:Misha}} — appt for him w/ Dr. {{NAME:Brandt}} {{DATE:12/12}}.
{{NAME:Bernadette Kowal}}, ABOC / {{NAME:bk}}`,
  `STERILE COMPOUNDING — OPHTHALMIC (fortified antibiotics)
{{FACILITY:Meridian Sterile Compounding}}   order rcvd {{DATE:04/22/2024 16:40}}, STAT
Prescriber Dr. {{NAME:Farouk Haddad}} (cornea), {{FACILITY:Lakeshore Eye Institute}}; call-back {{PHONE:312-555-0169}}
Pt {{NAME:Ingrid Castellanos}}   DOB {{DATE:3/3/1995}}   Rx# {{ID:SC-99120}}   batch {{ID:MSC-240422-03}}
Dx: CL-related bacterial keratitis OS; cx pending (acc {{ID:LEI-MB-24-1182}}).
1) vancomycin 25 mg/mL ophthalmic, 15 mL — vanco 500 mg vial lot VN2281, reconstituted w/ 10 mL SWFI, 7.5 mL + AT qs 15 mL
2) tobramycin 14 mg/mL fortified, 15 mL — 2 mL of 40 mg/mL (lot TB0391) added to 5 mL commercial 0.3%
ISO 5 PEC in ISO 7 buffer; cat 2 CSP. Sterility per SOP; BUD 7 d refrigerated.
Prepared {{NAME:KO}}, verified {{NAME:Jun Park}}, PharmD.
Courier {{FACILITY:SwiftMed Courier}}, delivered 19:05 to {{ADDRESS:45 Larkspur Ln}}, {{LOCATION:Evanston}} IL {{ZIP:60201}}; signed {{NAME:I. Castellanos}}.
Pt counseled by phone {{PHONE:847-555-0192}}: alternate q1h around the clock x 48 h, keep cold, separate by 5 min.`,
  `CI CANDIDACY EVALUATION — {{FACILITY:St. Brendan's Cochlear Implant Program}}
{{DATE:10/05/2023}}   Pt {{NAME:Cornelius Vandermeer}}, {{AGE:91}} y/o M   MRN {{MRN:00599017}}
w/ wife {{NAME:Hendrika}}, herself {{AGE:ninety}}, and son {{NAME:Pieter}} (drives; {{PHONE:616-555-0120}}). Lives in {{LOCATION:Holland}} MI.
HA user 20+ yrs; current BTEs R SN {{DEVICE:1709BT2281}}, L SN {{DEVICE:1709BT2290}} — verified to targets today.
Unaided PTA R 85, L 90 dB HL; no response 4-8 kHz L.
Best-aided AzBio (quiet): R 22%, L 8%, binaural 30%; +10 SNR: 6%. CNC R 24%.
Meets Medicare candidacy (<= 60% best-aided). MoCA-HI 24/30. No vestibular complaints.
Expectations counseled: sound quality, rehab time, age not a barrier.
Next: CT temporal bone; ENT consult Dr. {{NAME:Fairweather-Yang}} {{DATE:11/2}}.
Medicare MBI {{HEALTH_PLAN:2WF9-RK3-DT66}} + supplement.
{{NAME:Hannelore Vickery}}, AuD`,
  `ENDODONTIC CONSULT + TX — {{FACILITY:Rocky Ridge Endodontics}}   {{DATE:14 Feb 2024}}
Ref: Dr. {{NAME:A. Faleolo}} ({{FACILITY:BrightSmile Dental Group}})
Pt {{NAME:Priscilla Nakashima-Diaz}}   DOB {{DATE:08/08/1975}}   pt# {{MRN:RRE-22094}}
CC: #14 lingering cold pain, spontaneous night pain x 5 d.
Tests: #14 cold +++ lingering 30 s, perc +, palp -; #13, #15 cold WNL. PA + limited CBCT: widened PDL MB root, MB2 present.
Dx: symptomatic irreversible pulpitis w/ symptomatic apical periodontitis #14.
Tx: RCT #14 (D3330): MB1, MB2, DB, P; WL 21/20/20.5/22 mm; rotary to 35/.04; NaOCl 6%, EDTA 17%; warm vertical; Cavit.
Post-op PA acceptable. Ibuprofen 600 + APAP 500 q6h prn.
Report + images to ref dentist ({{EMAIL:records@brightsmile-dental.example.com}}); crown at GP within 30 d.
Balance $412, acct {{ACCOUNT:RRE-22094-01}}; pt cell {{PHONE:970-555-0109}}.
{{NAME:Gustavo Reinholt}}, DDS, MS; asst {{NAME:Kenzie}}`,
  `ORTHOTIC CASTING — {{FACILITY:Foot First Podiatry}} ({{LOCATION:Redmond}})
{{DATE:3/30/24}}   {{NAME:Yuki Matsumoto-Grant}}, 34F, marathoner ({{FACILITY:Eastside Striders}} running club)
Dx: plantar fasciitis L, flexible pes planus, gastroc equinus (Silfverskiold +).
Exam: medial calcaneal tubercle TTP, windlass +, navicular drop 11 mm, single heel rise 8 L vs 20 R.
Casting: 3D optical scan, STJ neutral; scan file to {{FACILITY:ProStride Orthotic Lab}}, order {{ID:PSL-771204}}. Rx: polypropylene 3 mm, 4° rearfoot varus post, met pad, deep heel cup.
Also: night splint, calf stretching, PT ref to {{FACILITY:Evergreen Sports Rehab}} (fax {{FAX:425-555-0172}}).
Paid FSA; receipt to {{EMAIL:yuki.mg@example.com}}.
Dispense ~{{DATE:4/20}}; race {{DATE:May 19}} — taper mileage.
DPM {{NAME:Fenwick}}; MA {{NAME:Tiff}}`,
  `APPEAL — PRIOR AUTHORIZATION DENIAL
{{DATE:June 12, 2023}}
Re: {{NAME:Margit Horváth}}   DOB {{DATE:02/18/1961}}   Member ID {{HEALTH_PLAN:AET-W229817341}}
Denial ref {{ID:DN-23-0602-8812}} dated {{DATE:06/02/2023}} — lifitegrast 5% ophthalmic solution

To whom it may concern:
Ms. {{NAME:Horváth}} has severe aqueous-deficient dry eye with Sjögren's syndrome (M35.01). Schirmer I 3 mm OD / 4 mm OS at 5 min, TBUT 3 s, NEI staining 9/15, OSDI 48. She failed preservative-free tears q1h x 6 mo and cyclosporine 0.05% x 4 mo (burning, stopped {{DATE:3/1/23}}); punctal plugs placed {{DATE:1/9/2023}}. Lifitegrast is medically necessary; the step-therapy requirement has been met.

Sincerely,
Dr. {{NAME:Olamide Fashola}}, MD — {{FACILITY:Green Country Cornea & Dry Eye}}
NPI {{LICENSE:1356620487}}   ph {{PHONE:918-555-0152}}   fax {{FAX:918-555-0153}}
Prepared by {{NAME:Kristen}} / {{NAME:of}}`,
  `LASER ROOM SCHEDULE — {{FACILITY:Desert Vista Eye}}, {{LOCATION:Tucson}} — {{DATE:Thu 06/20/2024}}   Dr. {{NAME:Chou}}
time  patient                   MRN            eye  proc        notes
0800  {{NAME:Oliveira, Rafael}}         {{MRN:DVSC-448213}}    OD   YAG cap     PCO 3+, VA 20/50
0815  {{NAME:Begaye, Lorraine}}         {{MRN:DVSC-450118}}    OS   LPI         narrow angles, Shaffer 1
0830  {{NAME:Fitzgerald, Seamus}}       {{MRN:DVSC-437702}}    OD   SLT         IOP 24, on 2 gtts
0845  {{NAME:Ahmadi, Parisa}}           {{MRN:DVSC-451090}}    OD   YAG cap     Farsi interpreter
0900  {{NAME:Tsinajinnie, Ray}}         {{MRN:DVSC-449975}}    OS   YAG cap     driver: wife
notes: brimonidine pre-laser all; IOP check 1 h post. {{NAME:Ray}}'s wife {{NAME:Ella}} waiting in car, cb {{PHONE:520-555-0183}}.
{{NAME:Begaye}} takes aspirin only — ok for LPI.
techs {{NAME:KW}} / {{NAME:Lupita}}`,
  `PATIENT ASSISTANCE PROGRAM APPLICATION — prepared by {{FACILITY:Mountain View Community Pharmacy}} ({{LOCATION:Hazard}}, KY)
Applicant: {{NAME:Virgil Caudill}}   DOB {{DATE:12/12/1949}}   SSN {{SSN:401-22-7781}}
Address: {{ADDRESS:HC 81 Box 2207}}, {{LOCATION:Vicco}} KY {{ZIP:41773}}   Phone {{PHONE:606-555-0115}}
Household: 2 (wife {{NAME:Nola Caudill}}); income SS + small pension, below 300% FPL.
Part D member {{HEALTH_PLAN:HUMD-K0772419}}; in coverage gap since {{DATE:July 2023}}.
Drug: apixaban 5 mg BID (AFib, CHA2DS2-VASc 4); prescriber Dr. {{NAME:Shepherd}}, {{FACILITY:Appalachian Heart Clinic}}, NPI {{LICENSE:1508836612}}.
Application # {{ID:PAP-23-449120}} faxed {{DATE:9/14/2023}}; approved {{DATE:10/02/2023}} x 12 mo; 90-d supply ships to prescriber office.
Pt signed {{DATE:9/13/23}} (X mark, witnessed {{NAME:Jolene Sizemore}}, RPh).`,
  `REPAIR / RMA LOG — {{FACILITY:HearWell Audiology}}, {{LOCATION:Whitefish}} satellite
rcvd     pt                   device / SN                        issue                   RMA                 back      by
{{DATE:1/8/24}}   {{NAME:Pennington, G}}       R miniRITE {{DEVICE:OT4R-2208816}}           dead, won't charge      {{ID:RMA-OT-771902}}       {{DATE:1/19/24}}   {{NAME:IC}}
{{DATE:1/10/24}}  {{NAME:Running Crane, L}}    L BTE {{DEVICE:1811ZP3302}}                  intermittent/moisture   {{ID:RMA-PH-440218}}       {{DATE:1/24/24}}   {{NAME:sd}}
{{DATE:1/16/24}}  {{NAME:Ostrowski, Halina}}   R ITC {{DEVICE:22ITC90417}}                  shell cracked, remake   {{ID:RMA-SG-009331}}       pending   {{NAME:sd}}
{{DATE:1/22/24}}  {{NAME:Fairbanks, Wade}}     TV streamer {{DEVICE:TVS-66120}}             won't pair              in-office           {{DATE:1/22/24}}   {{NAME:IC}}
notes: {{NAME:Running Crane}} loaner {{DEVICE:LN-0042}} out, due back {{DATE:2/1}}.
{{NAME:Halina}} is {{AGE:93}}; daughter {{NAME:Teresa}} picks up, cell {{PHONE:406-555-0118}}.`,
  `ON-CALL PHONE + EMERGENCY VISIT — avulsion
{{FACILITY:CHFD}} on-call   {{DATE:Sat 9/14/2024 10:20}}
Call from coach {{NAME:Brent Hulsey}} at {{FACILITY:Olentangy United}} game: {{NAME:Ayaan Qureshi}}, 11 y, #8 knocked out ~10:05, tooth found in grass.
Advice: hold by crown, rinse briefly, reimplant if able, else in milk; come now.
Arrived 10:48 w/ father {{NAME:Faisal Qureshi}}; dry time ~15 min, then milk ~25 min.
Exam: #8 avulsed, socket clot; #9 uncomplicated crown fx (enamel-dentin); #7 mobility 1. No LOC per coach.
Tx: #8 rinsed w/ saline, replanted, flexible splint #7-#9 (wire + composite) x 2 wks; #9 GI cover. PA confirms position.
Tetanus UTD per dad (records at {{FACILITY:Hyatts Middle School}}). Rx amoxicillin 7 d, CHX 0.12%.
F/u {{DATE:9/23}}; splint off ~2 wks; RCT #8 in 7-10 d.
Dad cell {{PHONE:614-555-0147}}.
Dr {{NAME:Halvorsen}} / asst {{NAME:mb}}`,
  `AUTOMATED PICKUP LOCKER — event log
{{FACILITY:RxPress Pharmacy #2290}}, {{LOCATION:Fort Worth}}
pt {{NAME:Demetrius Hollowell}}   DOB {{DATE:02/02/1985}}   Rx# {{ID:2290-448107}}, {{ID:2290-448108}}
{{DATE:2024-01-11 19:02}}  order staged, locker B-14, bin temp OK
{{DATE:2024-01-11 19:03}}  SMS pickup link to {{PHONE:817-555-0161}}: {{URL:https://rxpress.example.com/pickup/x7TQ2m}}
{{DATE:2024-01-11 21:47}}  PIN auth — fail
{{DATE:2024-01-11 21:48}}  palm-vein auth — match, template {{BIOMETRIC:PV-2290-000731}}
{{DATE:2024-01-11 21:48}}  door open, 2 items removed
{{DATE:2024-01-12 08:30}}  RPh {{NAME:Tran Minh Duc}} called re counseling (new: metformin ER 500) — pt declined, "my mom takes it, I know"
note: pt asked to add wife {{NAME:Keisha}} as authorized pickup; form signed {{DATE:1/12/24}}, her photo on file {{PHOTO:AUTHPU-2290-0731-02.jpg}}.
-{{NAME:TMD}}`,
  `CHECK-IN / REGISTRATION — {{FACILITY:Metro Eye & Laser}} ({{FACILITY:MEL}})
{{DATE:10/19/2023 07:52}}   kiosk 3
Pt {{NAME:Obinna Chukwuemeka}} verified by iris template {{BIOMETRIC:IRIS-MEL-0044182}} (enrolled {{DATE:04/03/2022}}).
Confirmed: {{ADDRESS:9130 Bellaire Blvd, Apt 1207}}, {{LOCATION:Houston}} TX {{ZIP:77036}}; cell {{PHONE:713-555-0145}}; {{EMAIL:obinna.c@example.com}}
Ins: medical {{HEALTH_PLAN:UHX-99120477-01}}; vision {{HEALTH_PLAN:VSX-4410982}}.
Copay $40, receipt {{ACCOUNT:RCPT-MEL-558102}}.
Reason: refractive surgery consult; heard about us from coworkers at {{FACILITY:Bayou City Petroleum}}.
TX DL {{LICENSE:24418870}} scanned; face photo {{PHOTO:REG_MEL_0044182_20231019.jpg}}.
Wears soft CLs — told to leave them out 1 wk before topography; rescheduled mapping to {{DATE:10/26}}.
Front desk {{NAME:Yessenia}}; tech {{NAME:R. Ojo}}.`,
  `TELEDENTISTRY (photos + video) — {{FACILITY:BrightSmile Dental Group}} virtual clinic
{{DATE:2023-12-29}}   pt {{NAME:Chloé Marchand}}   DOB {{DATE:1994-07-07}}   pt# {{MRN:BSD-7741180}}
Pt traveling, joined from {{LOCATION:Montréal}}; session {{URL:https://visit.brightsmile.example.com/v/CMx99}}, IP {{IP:142.117.8.203}}.
CC: swelling behind lower L back tooth x 2 d, pain 6/10, mild trismus, no fever, swallowing OK.
Uploads: 3 intraoral photos (#17 region erythematous operculum); face selfie showing slight L swelling {{PHOTO:CM_selfie_1229.heic}}.
A: probable pericoronitis #17; no signs of spreading infection.
P: warm salt-water rinses, CHX 0.12% (has at home), ibuprofen 400-600 q6h. Cannot prescribe abroad — if fever, swelling spreads or trouble swallowing, go to local dentist/ER (gave {{FACILITY:Clinique Dentaire Saint-Denis}}).
In-person on return {{DATE:1/8/24}}, {{LOCATION:Denver}} office; pano + eval for ext #17/#32.
Summary to {{EMAIL:chloe.marchand@example.fr}}.
Dr. {{NAME:Sione Taufa}}, DDS`,
  `HOME VISIT — podiatry (homebound) — {{FACILITY:Valley Mobile Foot Care}}
{{DATE:5/16/23}}   pt {{NAME:Thelma Jo Rasmussen}}, {{AGE:95}} y/o F
{{ADDRESS:RR 2 Box 118}}, {{LOCATION:Broken Bow}} NE {{ZIP:68822}} (gravel drive past grain bins; dogs)
Caregivers: son {{NAME:Arlen}} ({{PHONE:308-555-0130}}); aide {{NAME:Marisol}} from {{FACILITY:Custer Co. Home Care}}.
Hx: dementia, CHF, w/c to bed; R heel discoloration noted by aide {{DATE:5/10}}.
Exam: R posterior heel DTI 3 x 2.5 cm, intact, boggy, purple; L heel intact. DP faint B. Nails x10 mycotic, elongated -> debrided (11721).
Plan: heel offloading boots from {{FACILITY:Sandhills Medical Supply}}; turn q2h; pillows under calves; daily skin check; aide to photograph heel weekly (heel only).
Medicare MBI {{HEALTH_PLAN:8HR3-QF7-JW24}}.
Next {{DATE:6/13/23}}.   42 mi RT.
{{NAME:Dale Kucera}}, DPM`,
  `LTC CYCLE FILL — EXCEPTION REPORT
{{FACILITY:Prairie Long-Term Care Pharmacy}} -> {{FACILITY:Cottonwood Group Home}} (house 2)   cycle {{DATE:11/01/2023}}
resident                 DOB          issue                                                    by
{{NAME:Bjornstad, Karl}}         {{DATE:04/11/1971}}   divalproex ER new dose 750 mg per {{DATE:10/27}} order; cards re-pulled    {{NAME:PW}}
{{NAME:Achterhof, Lily}}         {{DATE:09/30/1988}}   clozapine: ANC {{DATE:10/30/23}} 2.1, ok to dispense 7 d               {{NAME:PW}}
{{NAME:Mwangi, Joseph}}          {{DATE:01/15/1979}}   lorazepam: hard-copy Rx missing, called Dr. {{NAME:Ferris}}         {{NAME:ts}}
{{NAME:Danny}} "{{NAME:Bear}}" {{NAME:Whitfield}}   {{DATE:07/04/1992}}   refused insulin pens last cycle; flagged for RN              {{NAME:ts}}
Delivered {{DATE:10/31}} eve by driver {{NAME:Gus}}; house mgr {{NAME:Rochelle}} signed {{DATE:10/31/23}}.
Questions: {{PHONE:402-555-0154}}, fax {{FAX:402-555-0155}}.`,
  `HEARING CONSERVATION — ANNUAL AUDIOGRAM REVIEW (OSHA STS)
Employer {{FACILITY:Linn Valley Corn Milling Co.}}; mobile testing by {{FACILITY:SoundSafe Occupational Services}}
Employee {{NAME:Garza, Rubén}}   emp # {{ID:E-004417}}   dept extraction, TWA 91 dBA
Test {{DATE:06/21/2023}}; baseline {{DATE:07/09/2019}}
L ear: avg shift 2/3/4 kHz 12 dB (age-corrected 10.3) -> STS; L avg 27 dB HL -> recordable.
R ear: no STS.
Retest {{DATE:7/18/23}} confirms.
Actions: refit HPD (foam NRR 33 + muffs in extraction); fit-test PAR 18 dB; employee letter {{DATE:6/29/23}}; OSHA 300 entry by safety mgr {{NAME:Brody Lund}} ({{EMAIL:safety@linnvalleymill.example.com}}).
Letter mailed to {{ADDRESS:714 4th Ave SW}}, {{LOCATION:Cedar Rapids}} IA {{ZIP:52404}}.
ENT referral not required (no asymmetry >15 dB, no otalgia).
Professional reviewer {{NAME:Keziah Brandt-Moyo}}, AuD`,
  `SCHOOL VISION SCREENING — REFERRALS
{{FACILITY:Vision for Kids Mobile Clinic}} at {{FACILITY:Rosa Parks Elementary}}, {{LOCATION:Fresno}}   {{DATE:Oct 4 2023}}
gr  student              DOB          VA OD / OS     stereo  result  glasses
2   {{NAME:Nguyen, Bao}}         {{DATE:03/12/2016}}   20/50 / 20/40    pass    REFER   Y
3   {{NAME:Vang, Kalia}}         {{DATE:11/02/2014}}   20/25 / 20/100   fail    REFER   Y
3   {{NAME:Xiong, Tou}}          {{DATE:06/19/2015}}   20/20 / 20/20    pass    pass    -
5   {{NAME:Ramírez, Yaretzi}}    {{DATE:01/08/2013}}   20/70 / 20/70    pass    REFER   Y
notes: {{NAME:Kalia}} suspected amblyopia OS -> full exam at {{FACILITY:Fresno Family Eye Care}}, appt {{DATE:10/17}}.
Letters home (English/Spanish/Hmong) via teacher Mrs. {{NAME:Lor}}; school nurse {{NAME:Pat Deering}} {{PHONE:559-555-0128}}.
Screener {{NAME:P. Sandoval}}, COA; reviewed {{NAME:Rupinder Gill}}, OD`,
  `THIRD-PARTY DESK AUDIT — RESPONSE
{{FACILITY:Hometown Drug}} ({{LOCATION:Chillicothe}}, MO)   NCPDP {{LICENSE:2619043}}   audit case {{ID:AUD-23-771042}}
Rx#         fill        patient               drug / issue                                   claim
{{ID:0491120}}     {{DATE:02/03/2023}}   {{NAME:Pruitt, Donna}}        insulin glargine 3 x 10 mL, days supply 30 vs 75     {{ACCOUNT:231034098812}}
{{ID:0491877}}     {{DATE:03/15/2023}}   {{NAME:Yoder, Eli}}           albuterol HFA x2 - sig "prn" unclear                 {{ACCOUNT:231074410927}}
{{ID:0483921}}     {{DATE:03/02/2023}}   {{NAME:Baptiste, J-C}}        levothyroxine - signature log requested               {{ACCOUNT:231061172044}}
Response: glargine days supply corrected (sliding scale up to 80 u/d) w/ prescriber clarification from Dr. {{NAME:Pettigrew}} dated {{DATE:2/2/23}}; albuterol sig clarified by Dr. {{NAME:Mast}}; signature log attached.
Reversal accepted on {{ID:0491120}} ($212.40). Mailed {{DATE:8/9/23}}.
{{NAME:Dana L. Hightower}}, RPh, PIC`,
  `OCULOPLASTICS PRE-OP — functional upper blepharoplasty/ptosis
{{FACILITY:TCEP}} oculoplastics   {{DATE:08/02/23}}
Pt {{NAME:Maureen Fitzpatrick-Oyelaran}}   DOB {{DATE:06/24/1956}}   MRN {{MRN:TCE-00502291}}
MRD1 0.5 OD / 1.0 OS; levator function 14/14 mm; dermatochalasis on lashes OU; Bell's phenomenon intact; no lagophthalmos. Schirmer 12/14.
Superior VF untaped 18° OD / 20° OS, taped 38° / 40°.
External photos for payer (primary + upgaze): {{PHOTO:TCEP-EXT-502291-01.jpg}}, {{PHOTO:TCEP-EXT-502291-02.jpg}}.
Plan: upper bleph + external levator advancement OU. PA case {{ID:PA-UB-3381029}}; member {{HEALTH_PLAN:MCR-ADV-77120394}}.
Tentative {{DATE:9/15/23}} at {{FACILITY:Tri-County Surgery Center}}. Stop fish oil 1 wk prior.
Husband {{NAME:Ade}} will drive; cell {{PHONE:215-555-0197}}.
Dr. {{NAME:Camille Duchene}}, MD`,
  `LAB PRESCRIPTION — {{FACILITY:Keystone Dental Lab}}   case # {{ID:KDL-24-03317}}
From Dr. {{NAME:R. Halvorsen}}, {{FACILITY:Cedar Hollow Family Dentistry}}   lab acct {{ACCOUNT:KDL-C-0418}}   ph {{PHONE:614-555-0100}}
Patient: {{NAME:Chidinma Okafor}}   sent {{DATE:04/04/2024}}   due {{DATE:04/16/2024}}   seat {{DATE:4/18/24}}
Tooth #30 — full-contour zirconia; shade A3 body / A3.5 cervical; stump ND3.
Margin: chamfer 360°. Scan (prep + opposing + bite) uploaded: {{URL:https://portal.keystonedentallab.example/case/KDL-24-03317}}
Contacts medium, occlusion light, no characterization.
Pt bruxes — min occlusal thickness 1.5 mm (ML cusp was fx).
Courier pickup {{DATE:4/4}} by {{NAME:Luis}}; call {{NAME:mb}} w/ questions.
Dr. {{NAME:Halvorsen}}, OH lic {{LICENSE:30.027719}}`,
  `BUPRENORPHINE START — RPh note
{{FACILITY:Eastside Community Pharmacy}}   {{DATE:01/03/2024}}
Pt {{NAME:Cody Ray Pelletier}}   DOB {{DATE:9/9/1990}}   Rx# {{ID:ECP-300218}}
buprenorphine/naloxone 8/2 mg film #14 — sig per home induction handout, max 16 mg day 1
Prescriber {{NAME:Amara Osei-Bonsu}}, NP, DEA {{LICENSE:MO4410927}} ({{FACILITY:Three Rivers Bridge Clinic}})
PDMP {{ID:PDMP-24-0019921}}: last full-agonist fill {{DATE:11/20/23}} (oxycodone 5 mg, other prescriber); no benzos.
Counseled: wait for moderate withdrawal (COWS >= 12, usually 12-24 h after last fentanyl), film under tongue, no chewing; precipitated withdrawal explained. Naloxone kit dispensed.
Curbside (anxiety) — pt's car plate {{VEHICLE:PA LKT-2291}}; handed out by {{NAME:Marisa}}.
F/u call {{DATE:1/4/24 10:00}}: day 1 total 16 mg, cravings 3/10, slept ok.
Girlfriend {{NAME:Aubrey}} supportive. Pt cell {{PHONE:412-555-0179}}.
-{{NAME:M. Castellano}}, PharmD`,
  `ROP SCREENING EXAM — NICU, {{FACILITY:Magnolia Women's & Children's Hospital}}
Exam {{DATE:12/07/2023}}   Infant: Baby Boy {{NAME:Adebayo-Lindqvist}} (Twin B)   MRN {{MRN:MWC-24-110382}}
DOB {{DATE:10/20/2023}}; GA 25w3d; BW 720 g; PMA 32w3d. Pod C, bed 14.
Prep: cyclopentolate 0.2%/phenylephrine 1% x2, proparacaine; speculum + scleral depression. Brief brady to 88, self-resolved.
OD: zone II posterior, stage 2, no plus.
OS: zone II, stage 1, no plus.
Twin A (MRN {{MRN:MWC-24-110381}}) examined separately — zone III immature.
Plan: repeat in 1 wk ({{DATE:12/14}}); sooner if pre-plus.
Parents {{NAME:Folake Adebayo}} and {{NAME:Johan Lindqvist}} updated at bedside; handout given.
Peds ophtho Dr. {{NAME:Ramaswamy}}; bedside RN {{NAME:Tavia}}.
Copy to NICU attending Dr. {{NAME:Greenhalgh}}.`,
  `CENTRAL AUDITORY PROCESSING EVAL — {{FACILITY:Coastal ENT & Audiology}}
{{DATE:April 24, 2024}}   {{NAME:Elijah Mbatha-Conroy}}, 9 y 4 m, DOB {{DATE:12/28/2014}}
Referred by school psychologist Dr. {{NAME:Fenner}}, {{FACILITY:Pine Harbor Elementary}}: "doesn't follow directions in noisy class."
Peripheral: thresholds <= 15 dB HL AU; tymps A; DPOAEs present.
Dichotic digits: R 95%, L 62% (below norms L).
Frequency patterns: 80% (WNL). Gaps-in-noise: 6 ms (WNL).
SCAN-3:C composite 78; LiSN-S spatial advantage low.
Impression: dichotic listening deficit (binaural integration), L ear; temporal processing WNL.
Recs: preferential seating, remote mic trial, dichotic training app, 504 plan; recheck 6 mo.
Mother {{NAME:Nomvula Mbatha}}, {{EMAIL:nomvula.mbatha@example.com}}; report faxed to school {{FAX:910-555-0175}} w/ signed release.
{{NAME:Dana Whitlock-Ibe}}, AuD`,
  `Podiatry urgent visit — {{FACILITY:Great Lakes Foot & Ankle}}, {{LOCATION:Sylvania}} office   {{DATE:7/3/2023}}
Pt {{NAME:Lorenzo}} "{{NAME:Enzo}}" {{NAME:Bianchi}}, 58M   MRN {{MRN:GLFA-20877}}
L 1st MTPJ red, hot, swollen since Saturday; can't wear shoe. Similar episode 2 yrs ago.
Aspirate 1.5 mL cloudy fluid -> {{FACILITY:Maumee Valley Reference Lab}}, acc {{ID:MVRL-23-184402}}: negatively birefringent needle-shaped crystals, WBC 28k, Gram stain neg, culture pending.
Uric acid 9.4; creatinine 1.1.
Dx: acute gouty arthritis L 1st MTPJ (M10.072).
Tx: colchicine 1.2 mg then 0.6 mg in 1 h, then 0.6 mg BID; naproxen 500 BID x 5 d; ice, elevate.
Works at {{FACILITY:Glass City Brewing}} (on feet) — work note thru {{DATE:7/6/23}}.
Urate-lowering (allopurinol) after flare per PCP Dr. {{NAME:Shah-Rivera}}, fax {{FAX:419-555-0106}}.
Wife {{NAME:Donatella}}, {{PHONE:419-555-0133}}.
{{NAME:Lucia Marchetti}}, DPM`,
  `TRAVEL HEALTH CONSULT — {{FACILITY:Valu-Care Pharmacy #112}} travel clinic
{{DATE:02-Aug-2023}}   {{NAME:Hamza Siddiqui}}   DOB {{DATE:05/30/1987}}
Trip for {{FACILITY:Hartwell Engineering}}: {{LOCATION:Nairobi}} {{DATE:9/1}}-{{DATE:9/6}}, game reserve 3 nights, then {{LOCATION:Stone Town}}; home {{DATE:9/20/23}}.
Hx: healthy, NKDA, no prior travel vaccines except childhood series.
Given today: typhoid Vi 0.5 mL IM L (lot TV2291), hepatitis A #1 1 mL IM R (lot HA0071); influenza not yet available.
Yellow fever: referred to {{FACILITY:Lakeside Travel Medicine}} (certificate required) — passport {{ID:X48812097}} noted for ICVP.
Rx: atovaquone-proguanil 250/100 1 daily, start 1-2 d before, continue 7 d after return; azithromycin 500 mg x 1-3 d for severe TD.
Counseled: DEET 30%, treated nets, food/water, rabies risk.
Emergency contact wife {{NAME:Sana}} {{PHONE:781-555-0166}}.
RPh {{NAME:Bettina Schäfer}}, PharmD`,
  `DENTAL SLEEP MEDICINE — oral appliance delivery
{{FACILITY:Quiet Nights Dental Sleep Center}}   {{DATE:3.4.2024}}
Pt {{NAME:Russell}} "{{NAME:Rusty}}" {{NAME:Vukovich}}   DOB {{DATE:08/15/1969}}
Class A CDL {{LICENSE:NV-1104471920}}, long-haul for {{FACILITY:High Desert Freight}} (tractor plate {{VEHICLE:NV 44T291}}); DOT med card due {{DATE:4/30/24}}.
HSAT {{DATE:1/22/24}} ({{FACILITY:Reno Sleep Diagnostics}}): AHI 22, ODI 19, nadir SpO2 82%. CPAP intolerant; unit SN {{DEVICE:CP-22018833}} returned to DME.
Appliance: custom MAD, SN {{DEVICE:MAD-88120-44}}; start 60% max protrusion (6 mm), advance 0.5 mm q3 nights.
Baseline: no TMJ clicking, MIO 48 mm; bite registration + morning repositioner given.
Titration check {{DATE:3/25}}; efficacy HSAT when subjectively optimal; report to sleep MD Dr. {{NAME:Ortega-Blum}}.
Medical member {{HEALTH_PLAN:TRK-55091442-00}}.
{{NAME:Lars Engebretsen}}, DDS`,
  `CORNEA CLINIC — keratoconus   {{FACILITY:LEI}}   {{DATE:Tues 11/28/23}}
Pt {{NAME:Jamal Whitby-Price}}, 19M   DOB {{DATE:04/17/2004}}   MRN {{MRN:LEI-3390127}}
Student at {{FACILITY:Lakefront Technical College}}; heavy eye rubbing (allergies).
Topo: Kmax OD 58.4 D (56.1 on {{DATE:5/30/23}}) -> progression; OS Kmax 49.2 stable. Thinnest pachy OD 448 um.
Vogt striae + Fleischer ring OD; Munson sign neg.
VA cc OD 20/80, OS 20/25.
Plan: epi-off CXL OD (Dresden; riboflavin + UVA 3 mW/cm2 x 30 min) {{DATE:12/12/23}}; PA ref {{ID:CXL-PA-22018}}.
Scleral lens fitting after CXL heals with {{NAME:Ebony Marsh-Tillman}}, OD; lens order {{ID:SCL-71120}} via {{FACILITY:Midwest Scleral Lab}}.
Olopatadine BID; no rubbing (!!).
Mom {{NAME:Dalia}} {{PHONE:773-555-0121}}.
Dr. {{NAME:F. Haddad}} / scribe {{NAME:jo}}`,
  `MEDICATION ERROR REPORT — confidential QA
{{FACILITY:MedQuik Pharmacy #2231}}   incident {{ID:QA-2231-24-0007}}   reported {{DATE:3/9/2024}}
Event {{DATE:03/08/2024}} ~17:30 — wrong patient at register.
Bag for {{NAME:Maria L. Gonzales}} (DOB {{DATE:04/02/1958}}; Rx# {{ID:6108871}} metoprolol tartrate 25 mg) given to {{NAME:Maria E. Gonzalez}} (DOB {{DATE:11/21/1960}}), who was expecting Rx# {{ID:6108902}} metformin 500 mg.
Detected next AM when {{NAME:M. E. Gonzalez}} called ({{PHONE:541-555-0113}}): took 1 tab metoprolol evening of {{DATE:3/8}}; dizzy, HR 58 on home cuff, no ED visit. Advised by RPh; PCP Dr. {{NAME:Quintero}} notified.
Correct bags exchanged; {{NAME:Maria L. Gonzales}} ({{PHONE:541-555-0170}}) informed, apologized.
Root cause: only name verified at POS; 1 tech at register during rush.
Actions: 2 identifiers + address at POS; POS prompt for look-alike names; staff retraining {{DATE:3/12/24}}.
Staff: RPh {{NAME:Ikechukwu Nwosu}}, tech {{NAME:A.F.}}, cashier {{NAME:Brenna}}.`,
  `BONE-CONDUCTION IMPLANT CHECK — {{FACILITY:Coastal ENT & Audiology}}
{{DATE:9/19/23}}   Pt {{NAME:Anneke Brouwer-Lam}}, {{AGE:92}} y/o F   acct {{ACCOUNT:CEA-007714}}
Hx: R conductive HL after canal-wall-down mastoidectomy (cholesteatoma); percutaneous abutment R placed {{DATE:03/14/2022}} by Dr. {{NAME:Pritchard}}; implant SN {{DEVICE:BI-4419277}}.
Sound processor SN {{DEVICE:BP6-22041187}}.
Skin: Holgers grade 1 (mild erythema), no hypertrophy, abutment stable. Cleaned; soft brush daily.
Processor: feedback at high volume -> in-situ BC thresholds re-measured, feedback canceller recalibrated, new "Restaurant" program.
Aided SII 0.71. Pt happy; granddaughter {{NAME:Femke}} helps w/ battery doors.
Warranty through {{DATE:03/2025}}.
Pt ph {{PHONE:910-555-0151}}; lives at {{FACILITY:Landfall Senior Living}}, apt 3.
RTC 12 mo.
{{NAME:Dana Whitlock-Ibe}}, AuD`,
  `PHONE LOG — {{FACILITY:Hometown Drug}} — {{DATE:Wed 05/15/2024}}
0905 in   {{NAME:Donna Pruitt}} {{PHONE:660-555-0121}}: is glargine ready? yes, Rx {{ID:0491120}}; bring glucose log.   {{NAME:KS}}
0931 in   IVR refill, voice-verified {{BIOMETRIC:VP-HD-00418}} — {{NAME:Eli Yoder}}, albuterol; queued.
1012 out  Dr. {{NAME:Pettigrew}}'s nurse {{NAME:Lynette}} {{PHONE:660-555-0119}}: clarify amox for {{NAME:Harper Lowell}} (3 y) — 90 mg/kg/d ok.   {{NAME:DLH}}
1100 in   caller = {{NAME:Jean-Claude Baptiste}}'s daughter {{NAME:Nadège}}; verified his last-4 SSN {{SSN:5521}} + DOB {{DATE:3/8/1944}}; she is on HIPAA release; levo ready.
1340 in   {{FACILITY:Green Hills Hospice}} RN {{NAME:Trudy Mace}}: comfort kit for {{NAME:Walter Heim}}, {{AGE:97}}, deliver today to {{ADDRESS:19 Locust St}}, {{LOCATION:Trenton}} MO; CII hard copy faxed from {{FAX:660-555-0193}}.
1515 out  VM for {{NAME:Eli Yoder}}, no answer.   {{NAME:KS}}`,
];

export const HELDOUT_REALISTIC_78_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout78-${i + 1}`, n));
