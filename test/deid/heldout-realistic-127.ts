// A hundred-and-twenty-seventh held-out set of hand-written, realistic synthetic notes (all
// invented: no real person, record, number or institution; phone numbers are 555 numbers; IP
// addresses come from the documentation ranges; towns, cities and counties are real places used
// only as LOCATION). Its theme is emergency medicine, trauma and toxicology: ED triage notes and
// provider notes (typed and dictated), trauma activation flowsheets, tertiary surveys, a trauma
// whiteboard transcription and a registry abstract, poison-control case records, follow-up logs
// and a CSV call-log export, EMS handoffs (MIST, radio report, stroke alert, ski patrol), an MCI
// tag reconciliation, SANE and forensic-nurse documentation, a legal blood-draw chain-of-custody
// form, a police records request, CPS and APS reports, an animal-bite report, ED boarding logs,
// transfer-center call logs, an EMTALA transfer form, an OPO referral, a death/ME referral,
// discharge instructions (English and Spanish), return-visit and radiology-discrepancy callbacks,
// phone messages, a pager log, a secure chat, a portal message, a registration face-sheet export,
// a care plan for a frequent ED user, sign-outs and I-PASS handoffs, letters to and from
// physicians, patients and families, and incident, risk-management and peer-review reports.
// Deliberately left unmarked: eponyms and named scales or signs (Morison pouch, Colles, Garden III,
// Maisonneuve, Bier block, Seidel, Watson test, Hoyer, Foley, Rumack-Matthew, King's College
// criteria, Hunter criteria, Szpilman grade, Lund-Browder, Parkland, Cincinnati 3/3, Danger
// Assessment, PECARN, NEXUS), drugs and brands (Kcentra, CroFab, Anavip, Cyanokit, EpiPen, Narcan,
// Eliquis), doses, lab values, scores (GCS, ESI, HEART, CIWA, COWS, ISS, AIS, MoCA, SCAT6),
// E-codes, device and vehicle makes and models (Medtronic Azure, Tandem t:slim X2, HeartMate 3,
// LUCAS, GlideScope, i-STAT, Pyxis, Subaru Outback, Ram 1500), lot numbers and their expiry, EMS
// and fire units (Medic 31, Engine 602, Rescue 52, Ladder 2), rooms, bays, beds, pods and hall
// beds, clock times alone, shift ranges, years alone, ages of 89 and under, an animal's name, and
// payers and plan names, plan group numbers and state or federal agencies (CBP, DOC, DSS, CPS,
// APS, OSHA, CPSC, state DOH, state crime lab).
//
// Annotation follows the README guideline: titles, credentials, ranks and honorifics (Dr., RN,
// Det., Sgt., Ofc., Deputy, CO, Tpr, Judge, Fr., Br., Rev., Mr., Mrs., Ms.) and kin terms (Aunty,
// grandma, son) stay outside NAME spans; a nickname in quotes is its own span; initials, typist
// and signer initials, first or last names alone, lower-case names, log-in user names and trauma
// aliases (TRAUMA, WALRUS; DOE, ROMEO; UNKNOWN, FOXTROT) are NAME. Hospitals, wards with a proper
// name (Tamsin 6, Pruitt 5, Abbott 9), clinics, poison centers, EMS, fire and air-medical
// agencies, local police and sheriff's departments, OPOs, employers, schools, parishes, shelters,
// prisons, pharmacies, vape shops, credit unions, funeral homes, ski areas and lodges are FACILITY,
// and so is a hospital hailed on the radio by its short name. Highway mile markers,
// intersections, overpasses, bridges and rural box addresses where a person was are ADDRESS; a
// county written with Co, a ranch or a beach as a place and a city abroad are LOCATION. A
// month/day without year, a month with a year (Dec 2028, 6/2028), a weekday written with a date,
// a Spanish date and a date range written as one token are DATE, and a time is inside a DATE span
// only when the date has a year. Ages over 89 are AGE however written. Medicare, Medicaid, member
// and travel-insurance policy numbers are HEALTH_PLAN; billing accounts and workers' comp claims
// are ACCOUNT; driver's licences, NPI, DEA and RN licences are LICENSE; plates, an ATV
// registration and VINs are VEHICLE; pacemaker, insulin-pump and LVAD serials are DEVICE; a face
// photo's file name or reference is PHOTO; a fingerprint record number is BIOMETRIC; in-house
// pagers and extensions are PHONE. Police, poison-center, CPS, APS, DSS, ME, OPO, transfer-center,
// safety-event, peer-review, PMP-query and discrepancy numbers, triage tags, evidence seals and
// kits, badge, employee, inmate, passport, race-bib, season-pass and interpreter numbers, EMS run
// and PCR numbers, accession and portal message ids are ID.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-27 final engine
// (aab8690) 0.9727 / 0.9586.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ED TRIAGE — {{FACILITY:Calder Ridge Medical Center}}, Emergency Dept
Arrival: {{DATE:03/09/2024 0412}}   Mode: EMS (Medic 7)   ESI: 2
Pt: {{NAME:OYELARAN, Folasade T.}}   DOB {{DATE:06/30/1932}}   Age: {{AGE:91}} yrs   Sex: F
MRN {{MRN:00719284}}   FIN {{ACCOUNT:24068813377}}
CC: "my chest is squeezing" x 2 hrs, onset at home ~0200
Hx per daughter ({{NAME:Bisi Oyelaran-Reid}}, {{PHONE:(937) 555-0148}}, at bedside): CAD s/p PCI 2019, HTN, AFib on apixaban 5 mg BID.
Lives w/ daughter at {{ADDRESS:4418 Larchmont Ave Apt 2}}, {{LOCATION:Dayton}} {{ZIP:45406}}.
VS: BP 168/94  HR 112 irreg  RR 22  SpO2 91% RA  T 36.8  Pain 8/10
12-lead at 0415, shown to Dr. {{NAME:Abernathy}} 0417 — no STEMI criteria, AF w/ RVR 110s.
Allergies: sulfa (rash), codeine (N/V).
Meds in bag from {{FACILITY:Wren & Dale Pharmacy}} #22, bottles filled {{DATE:2/27}}.
Morse fall score 55 -> yellow socks, bed alarm. Hearing aids L>R, uses walker.
Pt states "I am {{AGE:ninety-one}}, not deaf" — oriented x3.
Triage RN: {{NAME:T. Whitcombe}}, RN  /{{NAME:tw}}`,
  `EMERGENCY DEPARTMENT PHYSICIAN NOTE (dictated; transcribed by {{NAME:rk}})
Date of service: {{DATE:March 11, 2024}}
Patient: {{NAME:Dmitri Volkonsky}}   MRN: {{MRN:E4471902}}   Acct: {{ACCOUNT:A88013542}}
Attending: {{NAME:Priyanka Raghunathan}}, MD
HPI: 34-year-old male, restrained driver of a 2016 Subaru Outback, NY plate {{VEHICLE:KLV 4823}}, T-boned driver side at {{ADDRESS:Route 9W and Gilchrist Rd}} in {{LOCATION:Nyack}} approx 1730. Airbags deployed, extricated by {{FACILITY:Tappan Ridge Hose Co. No. 2}}. GCS 15 on scene. C/o L chest wall and L hip pain. Denies LOC. Was driving home from work at {{FACILITY:Halvorsen Marine Supply}}. Wife {{NAME:Katya}} reachable at {{PHONE:845-555-0193}}.
PMH none. Meds none. NKDA.
EXAM: seat-belt sign across L chest, tender L ribs 5-8, pelvis stable. FAST neg (Morison pouch, splenorenal, pelvic, subxiphoid).
CT C/A/P w/ contrast: nondisplaced L 6th, 7th rib fx, no PTX. XR L hip neg.
ED course: fentanyl 50 mcg IV x2, lidocaine 4% patch, IS 1500 mL.
MDM: NEXUS and Canadian C-spine rule negative. Obs for rib fx pain control.
Dispo: obs, {{FACILITY:Hudson 4 West}}.
Police report # {{ID:24-003817}} (Officer {{NAME:M. Castellano}}, badge {{ID:2291}}).
e-signed {{NAME:P. Raghunathan}} MD {{DATE:03/11/2024 22:46}}`,
  `*** TRAUMA ACTIVATION — LEVEL 1 ***   {{FACILITY:St. Odile Regional Trauma Center}}  Bay 2
Alias: {{NAME:TRAUMA, WALRUS}}   Temp MRN {{MRN:T0009821}}   est age 20s, M
Activated {{DATE:4/2/24 2311}} by charge RN {{NAME:Jorgensen}} on radio report from {{FACILITY:Prairie Star Ambulance}}
MOI: GSW x2 (R flank, L thigh). Found at {{ADDRESS:N 14th St & Delaware Ave}}, {{LOCATION:Wichita}}.
2324 arrival / 2325 team at bedside / 2327 Dr. {{NAME:Feliciano}} (attending) at bedside
A patent, talking. B dec BS R. C HR 132, BP 84/50, thigh wound oozing, TQ applied PTA 2302.
D GCS 13 (E3 V4 M6), pupils 3 mm brisk. E 2 wounds only, no exit R flank.
Interventions: R chest tube 28 Fr, 600 mL blood out. MTP called 2331. Level 1 infuser. TXA 1 g.
To OR 2349 w/ Dr. {{NAME:Feliciano}}, Dr. {{NAME:Oduya}} (anes).
PD: Det. {{NAME:Lamar Otieno}} #{{ID:4410}}, case {{ID:24-118203}}. Clothing bagged, seal {{ID:EV 0098812}}.
Pt ID'd 0140 {{DATE:4/3}} from wallet: {{NAME:REYES-OCAMPO, Julián}}, DOB {{DATE:11/02/2001}} — merged to MRN {{MRN:01188347}}.
Mother {{NAME:Araceli Ocampo}} notified 0215 by chaplain Br. {{NAME:Tomasz}}.
Scribe {{NAME:A. Nakashima}} / recorder RN {{NAME:B. Jorgensen}}`,
  `TRAUMA TERTIARY SURVEY — HD#2
Pt: {{NAME:Haugland, Ingrid M.}}   {{AGE:93}} y/o F   MRN {{MRN:3302178}}   {{FACILITY:Tamsin 6}}, bed 14
Date: {{DATE:Thu 5/16/2024}}
Admitted {{DATE:5/14/2024}} after ground-level fall at {{FACILITY:Linden Court Assisted Living}}, {{ADDRESS:720 Aldous Way}}, {{LOCATION:Rochester}}, MN {{ZIP:55901}}.
Known injuries: R intertrochanteric hip fx (IMN {{DATE:5/15}}, Dr. {{NAME:Szymanski}}); L distal radius fx, Colles-type, splinted; small R frontal SAH, repeat CT stable.
Tertiary head-to-toe: NEW tenderness R 5th MC -> XR nondisplaced boxer's fx (missed on primary). L knee abrasion. C-collar cleared (NEXUS + CT neg).
Meds: home warfarin held; INR 2.8 on arrival -> Kcentra 25 units/kg + vit K 10 mg IV.
Social: widowed; son {{NAME:Lars}} (POA) in {{LOCATION:Eau Claire}}, cell {{PHONE:715.555.0127}}. DNR/DNI per POLST dated {{DATE:01/08/2023}}.
Plan: hand f/u, PT/OT, delirium precautions (CAM neg today), Hoyer for transfers.
{{NAME:Emeka Nwachukwu}}, PA-C, Trauma Surgery   pgr {{PHONE:4-7720}}`,
  `TRI-STATE POISON INFORMATION CENTER — CASE RECORD
Case # {{ID:PC24-0471185}}   rec'd {{DATE:06/21/2024 19:42}}   SPI {{NAME:R. Delgado-Barros}}, PharmD, CSPI
Caller: mother, {{NAME:Shanice Whitlow}}   cb {{PHONE:(317) 555-0166}}
Site: residence, {{ADDRESS:2290 Brookville Rd}}, {{LOCATION:Indianapolis}} {{ZIP:46219}}
Pt: {{NAME:Jaylen}}, 2 y/o M, approx 13 kg
Substance: grandmother's amlodipine 10 mg; up to 3 tabs missing from pill organizer (grandma {{NAME:Loretta Whitlow}} visiting from {{LOCATION:Muncie}}).
Ingestion ~1900, asymptomatic at call.
Assessment: potentially toxic (>0.3 mg/kg). REFERRED to {{FACILITY:Fall Creek Children's Hospital}} ED.
f/u 2015 — ED RN {{NAME:Marisol}}: HR 118, BP 88/52, gluc 142.
f/u 2230 — BP 80/44 after NS 20 mL/kg x2; Ca gluconate given. HIET discussed w/ tox on call Dr. {{NAME:Vanterpool}}.
f/u {{DATE:6/22}} 0800 — PICU, insulin 1 unit/kg/h, BP 94/58, K 3.4.
f/u {{DATE:6/22}} 2000 — insulin weaning.
Outcome: moderate effect. Closed {{DATE:6/23/24}}  /{{NAME:rdb}}`,
  `EMS HANDOFF (MIST) — verbal report typed by receiving RN
Unit: Medic 31, {{FACILITY:Bay Shore Regional EMS}}   Run # {{ID:2024-31-004127}}   {{DATE:07/04/24}} 2208
Pt: {{NAME:Bertrand Ouellette}} ("{{NAME:Skeeter}}"), 47M
M — ATV rollover in ditch off {{ADDRESS:County Road J near Hwy 29}}, {{LOCATION:Pulaski}}, no helmet. Pinned approx 15 min.
I — obvious deformity R femur, abrasions L face, lac L scalp 4 cm, R wrist swollen.
S — initial BP 102/60 HR 118 RR 24 SpO2 94% GCS 14 (E4 V4 M6). Now 110/64, 104, 20, 97% 4L.
T — traction splint, 2 x 18g, 1 L LR, fentanyl 100 mcg IN + 50 mcg IV, c-collar.
Other — friend {{NAME:Troy Lemieux}} followed in pickup; ATV reg {{VEHICLE:AT 5561 KX}}. Per friend "6 or 7 beers since noon". Wife {{NAME:Colette}} driving from {{LOCATION:Green Bay}}, {{PHONE:920-555-0150}}.
Meds per wife by phone: lisinopril, "a water pill". NKDA.
Medic {{NAME:Kowalski}} / EMT {{NAME:D. Thao}}. Rec'd by {{NAME:J. Amundsen}} RN 2214.`,
  `SEXUAL ASSAULT NURSE EXAMINER (SANE) — FORENSIC MEDICAL EXAM
Facility: {{FACILITY:Marrow Creek Hospital}} ED, SANE room
Exam: {{DATE:08/17/2024 03:25}}
Pt: {{NAME:Yesenia Quintanilla-Ortiz}}   DOB {{DATE:2/9/1998}}   MRN {{MRN:M2240918}}
Advocate present: {{NAME:Hope Adeyemi}}, {{FACILITY:Lantern House Advocacy Center}}
Law enforcement: reported — Det. {{NAME:Grayson Pike}}, {{FACILITY:Fenwick Police Dept}}, case {{ID:FPD 24-08813}}; not in room per pt.
Hx (pt's words): "he grabbed my neck at the party on {{ADDRESS:319 Dellwood Terrace}} and I couldn't breathe."
Assailant known: first name "{{NAME:Cody}}", coworker at {{FACILITY:Pinecrest Tire & Lube}}. Assault approx 2330 {{DATE:8/16}}.
Findings: 2 cm ecchymosis L lat neck; petechiae R conjunctiva. Toluidine blue: uptake 6 o'clock post fourchette, 3 mm lac.
Kit {{ID:SAK-0047716}} sealed 0510, released to Det. {{NAME:Pike}}, seal {{ID:EV-552091}}.
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, metronidazole 2 g PO, levonorgestrel 1.5 mg, nPEP x28d.
F/u {{DATE:8/20}} at {{FACILITY:Lantern House}} clinic; safe cb {{PHONE:(406) 555-0139}}.
SANE {{NAME:Rhiannon Tuckett}}, RN, SANE-A   Lic {{LICENSE:RN-081224}}`,
  `{{FACILITY:Harlow Township Police Department}}
{{ADDRESS:88 Commerce Pkwy}}, {{LOCATION:Harlow Twp}}, OH {{ZIP:44236}}
{{DATE:September 3, 2024}}

Health Information Management
{{FACILITY:Summit Valley Medical Center}}

RE: Request for records — {{NAME:Tobias Grünewald}}, DOB {{DATE:04/19/1979}}
Incident # {{ID:HTPD-2024-00917}}

To the Custodian of Records:
Pursuant to the enclosed subpoena duces tecum (Case No. {{ID:CR-24-1187}}), we request the ED record, serum ethanol result, and chain-of-custody form for the legal blood draw done {{DATE:08/29/2024}} at approx 0150 by {{NAME:L. Mbatha}}, RN.
Vehicle: 2019 Ram 1500, OH plate {{VEHICLE:JKT7719}}, VIN {{VEHICLE:1C6SRFFT3KN508142}}.
Questions to Sgt. {{NAME:Dana Whitfield-Ross}}, {{PHONE:330-555-0172}}, fax {{FAX:330-555-0173}}, {{EMAIL:dwhitfield@harlowtwp-pd.example.gov}}.

Respectfully,
Sgt. {{NAME:D. Whitfield-Ross}}, Badge {{ID:118}}

[HIM note: released {{DATE:9/9/24}} per subpoena, minimum necessary. /{{NAME:kp}}]`,
  `ED BOARDING LOG — {{DATE:10/14/2024}} 0600 snapshot — {{FACILITY:Wexmoor General Hospital}}
Bed | Pt | Age | Svc | Hrs | Notes
H1 | {{NAME:PHAM, Quoc}} | 67 | Med | 19 | waiting tele bed {{FACILITY:Pruitt 5}}
H4 | {{NAME:ABERNATHY-COLE, R}} | {{AGE:96}} | Hosp | 27 | sitter, dementia; dtr {{NAME:Glenda}} calls q4h {{PHONE:(704) 555-0184}}
12 | {{NAME:Okonjo, Chidi}} | 15 | Peds psych | 61 | IVC filed {{DATE:10/11}}; accepted {{FACILITY:Brightwater Behavioral Health}}, bed {{DATE:10/15}}
14 | {{NAME:SMITH, Harold}} ("{{NAME:Smitty}}") | 58 | Detox->Med | 11 | CIWA 14, phenobarb load
17 | {{NAME:Benally, Darlene}} | 44 | Surg | 8 | SBO, NGT, OR this pm
Hall C | {{NAME:Yuen, Mabel}} | {{AGE:ninety-one}} | Med | 33 | family wants xfer to {{FACILITY:Calvary Heights Hospital}}, ref {{ID:TC-88120}}
Hall F | {{NAME:Diallo, Ousmane}} | 39 | Obs | 6 | chest pain r/o, HEART 3, 2nd trop 0830
Totals: 7 boarding / 41 beds. Longest: {{NAME:Okonjo}} 61 h. Diversion not requested.
Charge RN {{NAME:Soto}}; bed huddle 0700 w/ house sup {{NAME:Wilhelmina}} "{{NAME:Billie}}" {{NAME:Crane}}.`,
  `TRANSFER CENTER CALL LOG — {{FACILITY:Meridian Hills University Hospital}}
Ref # {{ID:TC-2024-118734}}   {{DATE:11/02/2024 01:12}}
Requesting: Dr. {{NAME:Hollis Baptiste}}, {{FACILITY:Ozark Gap Community Hospital}} (CAH), {{LOCATION:Mountain View}}, AR   ph {{PHONE:870-555-0111}}
Pt: {{NAME:Carrigan, Wade}}   58M   DOB {{DATE:1966-03-27}}   outside MRN {{MRN:OG-448210}}
Dx: inferior STEMI, TNK 40 mg at 0052, persistent STE at 60 min -> rescue PCI requested.
VS at call: BP 96/60, HR 54 junctional, on 2 L NC.
Accepted 0118: Dr. {{NAME:Lindqvist}}, interventional cardiology. Cath lab activated 0120.
Transport: {{FACILITY:Cedarwing Air Medical}}, ETA 0210, weather VFR.
Coverage: member ID {{HEALTH_PLAN:ARM7730184422}} (state Medicaid), face sheet faxed from {{FAX:870-555-0112}}.
Family: wife {{NAME:June}} driving, approx 2.5 h; cell {{PHONE:870-555-0145}}.
Call handled by {{NAME:T. Ruggiero}}, RN. Recorded line ref {{ID:REC-559102}}.`,
  `DISCHARGE INSTRUCTIONS — {{FACILITY:Penrose Valley Hospital}} Emergency Department
Patient: {{NAME:Marguerite Lafleur-Boudreaux}}     Visit: {{DATE:12/01/2024}}     MRN: {{MRN:PV-00391822}}
Diagnosis: Closed head injury (concussion) without loss of consciousness; scalp laceration, repaired.

What to do at home:
 - Rest brain AND body for 24-48 hrs. No screens late at night.
 - Acetaminophen (Tylenol) 650 mg every 6 hrs as needed. AVOID ibuprofen for 48 hrs.
 - Keep staples dry 24 hrs. Staple removal in 7-10 days: {{DATE:Monday 12/9}} or {{DATE:Tuesday 12/10}}.
 - No driving until cleared. No hockey — return-to-play only with written clearance.

Come back right away for: vomiting more than twice, worsening headache, confusion, one pupil bigger than the other, seizure, weakness.

Follow-up: {{FACILITY:Bayou Teche Family Medicine}}, Dr. {{NAME:Armand Guidry}}, {{ADDRESS:1200 E Main St, Suite 3}}, {{LOCATION:New Iberia}}, LA {{ZIP:70560}}, {{PHONE:337-555-0131}}.
School note given for {{FACILITY:St. Perpetua Academy}} — excused {{DATE:12/2}} through {{DATE:12/4}}.
Your nurse: {{NAME:Kiara}}   Your doctor: Dr. {{NAME:H. Tran}}

I received and understand these instructions.  Signed: {{NAME:M. Lafleur-Boudreaux}}  /  guardian: {{NAME:Renée Boudreaux}} (mother)
Portal: view results at {{URL:https://portal.penrosevalley.example.org/u/mlb1208}}`,
  `ED RETURN-VISIT CALLBACK LOG — {{FACILITY:Kestrel Bay Medical Center}}
Pt {{NAME:Ngata, Hemi}}   DOB {{DATE:07/22/1985}}   MRN {{MRN:KB7719302}}   ED visit {{DATE:1/6/25}}
Reason for call: wound culture from L hand lac (dog bite) resulted {{DATE:1/8/25}} 1422 — Pasteurella multocida, sensitive to amox-clav. Pt discharged on cephalexin (poor coverage).
Call 1: {{DATE:1/8}} 1510 — {{PHONE:(541) 555-0177}} no answer, VM full.
Call 2: {{DATE:1/8}} 1745 — spoke w/ partner {{NAME:Aroha}}; pt at work ({{FACILITY:Deschutes Timberline Mill}}, shift till 2300). Asked to have pt call back.
Call 3: {{DATE:1/9}} 0905 — spoke w/ pt, verified name + DOB. Reports more redness, streak to wrist. Advised to return to ED today for re-eval + IV abx. Pt agreeable.
New Rx amox-clav 875/125 BID sent to {{FACILITY:Riverbend Drug}}, {{LOCATION:Redmond}} (fax {{FAX:541-555-0178}}) in case not admitted.
Pt returned {{DATE:1/9/25}} 1140, seen by Dr. {{NAME:Okwuosa}}, hand surgery consulted.
Callback RN: {{NAME:Paulette Ng}}, RN   /{{NAME:png}}`,
  `{{FACILITY:Lakemont Emergency Physicians, PLLC}}
{{ADDRESS:41 Harbor View Dr}} · {{LOCATION:Traverse City}}, MI {{ZIP:49684}} · Tel {{PHONE:231-555-0102}} · Fax {{FAX:231-555-0103}}

{{DATE:February 14, 2025}}

Dr. {{NAME:Aurelia Szabo}}
{{FACILITY:Grand Traverse Bay Internal Medicine}}

Re: {{NAME:Eugene Hollowell}}, DOB {{DATE:3/30/1933}} ({{AGE:91}} years)

Dear Dr. {{NAME:Szabo}},
Your patient was seen in our ED on {{DATE:2/12/25}} after a syncopal episode while shoveling snow at his home on {{ADDRESS:Peninsula Dr}}. Neighbor Mr. {{NAME:Dutkiewicz}} found him and called 911. ECG showed new Mobitz II; troponin flat x2. He was admitted to telemetry, and cardiology (Dr. {{NAME:Beaulieu}}) placed a dual-chamber pacemaker on {{DATE:2/13}} — Medtronic Azure, serial {{DEVICE:RNB204817S}}.
Because an open antifreeze jug was found in his garage, we checked an osmolal gap; it was normal.
He goes home tomorrow with his daughter {{NAME:Cheryl}}. Please see him within 1-2 weeks.
Sincerely,
{{NAME:Matthias Vanderbeek}}, DO, FACEP`,
  `SAFETY EVENT / INCIDENT REPORT — CONFIDENTIAL, peer review privileged
Event #: {{ID:SE-2025-004419}}   Date/time of event: {{DATE:03/02/2025 02:40}}
Location: {{FACILITY:Ridgecrest Mercy Hospital}}, ED pod B, rm 22
Type: workplace violence — patient-to-staff, physical
Involved staff: {{NAME:Darnell Fitzgerald}}, ED tech (employee # {{ID:E-117204}}); {{NAME:Ana Lúcia Ferreira}}, RN
Patient involved: {{NAME:K. Rosewood}}, MRN {{MRN:RM-5520931}}
Description: Pt brought by {{FACILITY:Ridgecrest PD}} (Ofc. {{NAME:Vo}}, unit 14) on emergency detention. Became agitated at 0235, pulled IV, struck tech in face with closed fist. Code Grey called 0238. Security ({{NAME:Halloran}}, {{NAME:Begaye}}) responded. Haldol 5 mg + Ativan 2 mg IM at 0242. 4-pt restraints 0245-0410, checks q15 documented.
Injury: tech — R periorbital contusion, seen in ED, no fx on CT face. Workers' comp claim {{ACCOUNT:WC-88-3310527}}.
Police report requested by staff: {{ID:RPD 25-02177}}.
Reported by: {{NAME:A. L. Ferreira}}, RN   Reviewed: ED nurse mgr {{NAME:Consuelo Barragán}} {{DATE:3/3/25}}`,
  `[Secure Chat — ED Attendings]  {{DATE:04/19/2025}}
{{NAME:Kessler, J}} 21:02: anyone know if tox is in house? got a 16yo w/ ?bupropion OD, 2 seizures already
{{NAME:Mahmoud, R}} 21:03: {{NAME:Yasmin}} is on for tox tonight, pgr {{PHONE:6-2290}}
{{NAME:Kessler, J}} 21:03: thx. QRS 128 — bicarb 2 amps in. pt is {{NAME:Lily D.}}, bed 9, mom says took her sister's Wellbutrin XL 300s, maybe 20?
{{NAME:Mahmoud, R}} 21:05: yikes. ping poison center too — {{FACILITY:Great Lakes Regional Poison Center}}, case # pls in chart
{{NAME:Kessler, J}} 21:11: PC case {{ID:GLR-25-31870}}. tox (Dr. {{NAME:Y. Haddad}}) says lipid if arrests, benzo for seizures, consider intubation early
{{NAME:Okafor, C}} (charge) 21:12: PICU at {{FACILITY:Wolcott Children's}} says no beds till am. transfer ctr trying {{FACILITY:Northlake Pediatric}}
{{NAME:Kessler, J}} 21:30: intubated. ETT 6.5 cuffed, 17 cm at lip. 3rd seizure before RSI.
{{NAME:Okafor, C}} (charge) 21:48: {{FACILITY:Northlake Pediatric}} accepted, Dr. {{NAME:Brandvold}}. transport team ETA 2230
{{NAME:Mahmoud, R}} 21:49: 👍 nice work {{NAME:Jen}}`,
  `POISON CENTER — FOLLOW-UP NOTES (cont'd)   Case {{ID:PC-25-118442}}
Pt: {{NAME:Tuiasosopo, Losa}}, {{AGE:90}} yo F, {{FACILITY:Harbor Pines Care Center}} ({{LOCATION:Tacoma}})
Exposure: med error — given roommate's metoprolol tartrate 100 mg + clonidine 0.2 mg at 0800 HS med pass {{DATE:5/27}}.
Initial caller: LPN {{NAME:Benedetta Fuimaono}}, {{PHONE:253-555-0160}}. Director of nursing {{NAME:Gerald Pruitt}} notified.
{{DATE:5/27}} 0930 — HR 52, BP 104/58, alert. Advised ED eval given age + combination. EMS called.
{{DATE:5/27}} 1100 — spoke to ED ({{FACILITY:St. Anselm Medical Center}}) RN {{NAME:Rico}}: HR 44, BP 86/50. Atropine 0.5 mg x1, glucagon 5 mg IV discussed.
{{DATE:5/27}} 1500 — HR 58 after glucagon infusion 2 mg/h; admitted ICU. Attending Dr. {{NAME:Sefo}}.
{{DATE:5/28}} 0900 — off glucagon, HR 66, mentating at baseline.
{{DATE:5/29}} 1000 — back to facility. Granddaughter {{NAME:Malia}} filed complaint w/ state DOH.
Medical outcome: moderate effect. Closed {{DATE:5/29/2025}}. — {{NAME:KWM}}, RN, CSPI`,
  `MEDICAL TOXICOLOGY CONSULT
Requesting: Dr. {{NAME:Ruiz-Delacroix}}, ED   Date: {{DATE:06-Jun-2025}}
Pt: {{NAME:Brennan O'Sullivan}}, 19M, college student ({{FACILITY:Carrow State University}}), MRN {{MRN:00577310}}
Reason: acetaminophen ingestion, unknown time.
HPI: Found by roommate {{NAME:Xavier}} in dorm ({{FACILITY:Whitcombe Hall}}) with empty bottles of APAP 500 mg (approx 50 tabs) and a note. Last seen well ~2200 {{DATE:6/5}}. Campus police ({{FACILITY:CSU Police}}) called 911 at 0640.
Labs 0745: APAP 118 mcg/mL, AST 412, ALT 538, INR 1.6, lactate 2.1, Cr 0.9, ASA neg, EtOH 0.
Assessment: Rumack-Matthew nomogram NOT applicable (unknown/staggered time). Hepatotoxicity already present.
Rec:
 1. NAC 21-h IV protocol now; continue past 21 h until APAP undetectable, AST falling, INR <2.
 2. Repeat APAP/LFT/INR q12h. Check phos.
 3. King's College criteria reviewed — not met. Early liver transplant center contact if INR >3: {{FACILITY:Summit Ridge Transplant Institute}}.
 4. Psych consult, 1:1 sitter. Dad {{NAME:Declan O'Sullivan}} ({{PHONE:617-555-0119}}) en route from {{LOCATION:Quincy}}.
Discussed with poison center (case {{ID:NEPC-2025-20931}}).
{{NAME:Yasmin Haddad}}, MD, medical toxicology`,
  `ANIMAL BITE REPORT — to {{FACILITY:Canyon County Animal Control}}  (faxed {{FAX:208-555-0124}})
Reporting facility: {{FACILITY:Sagebrush Regional Medical Center}} ED
Date of bite: {{DATE:07/12/2025}} approx 1615   Date reported: {{DATE:07/12/2025}}
Victim: {{NAME:Mateo Villanueva}}   DOB {{DATE:09/03/2017}}   (7 yo)
Parent/guardian: {{NAME:Graciela Villanueva}}, {{ADDRESS:1507 W Ustick Rd, Trlr 11}}, {{LOCATION:Caldwell}}, ID {{ZIP:83605}}, {{PHONE:208-555-0162}}
Site of bite: R cheek + R forearm; Category III.
Animal: dog, pit mix, brown/white, answers to "Duke".
Owner: neighbor {{NAME:Rusty Kimbrough}}, {{ADDRESS:1509 W Ustick Rd}}. Rabies vax status UNKNOWN; tag none seen.
Treatment: irrigation, plastics (Dr. {{NAME:Abiodun}}) repaired face lac 3.5 cm; amox-clav. Rabies PEP: HRIG 20 IU/kg + vaccine day 0 — continue d3 {{DATE:7/15}}, d7 {{DATE:7/19}}, d14 {{DATE:7/26}}.
Reported by {{NAME:Sherise Tolliver}}, RN.  AC officer assigned: {{NAME:Burke}}, case {{ID:AC25-1104}}.`,
  `BURN TRANSFER — REFERRAL SUMMARY
From: {{FACILITY:Arroyo Seco Community Hospital}}, {{LOCATION:Socorro}}, NM → To: {{FACILITY:Rio Grande Regional Burn Center}}
Date: {{DATE:8/3/2025}}   Call time 1422   Transfer ctr ref {{ID:RGB-7712}}
Pt: {{NAME:Yazzie, Harrison}}   32M   DOB {{DATE:12/12/1992}}   MRN (sending) {{MRN:ASC-228190}}
MOI: flash burn, propane heater ignited in work trailer at {{FACILITY:Mesa Verde Drilling Co.}} site, approx mile 14 on {{ADDRESS:NM-1 near Escondida}}. Coworker {{NAME:Ramon}} "{{NAME:Chapo}}" {{NAME:Lucero}} shut off tank, wet towels applied.
Burns: Lund-Browder est 24% TBSA partial + full thickness: face, ant chest, bilat arms circumferential L forearm. Singed nasal hairs, carbonaceous sputum, hoarse.
Airway: intubated 1350 (7.5 ETT, GlideScope), Dr. {{NAME:Chee}}.
Fluids: Parkland 4 mL x 88 kg x 24% = 8448 mL/24h; LR at 500 mL/h started 1330 (injury 1240).
Escharotomy L forearm considered — burn surgeon Dr. {{NAME:Weatherspoon}} advises wait, doppler pulses present.
Transport: rotor, {{FACILITY:Cedarwing Air Medical}} 3. ETA 1530.
Employer contact: {{NAME:Dolores Tafoya}}, safety mgr, {{PHONE:575-555-0142}}. Wife {{NAME:Ashlynn}} notified.`,
  `EMERGENCY DETENTION / 72-HOUR HOLD — ED DOCUMENTATION
Pt: {{NAME:Feodora}} "{{NAME:Dora}}" {{NAME:Petrenko}}   DOB {{DATE:1990-01-15}}   MRN {{MRN:PZ4408127}}   Acct {{ACCOUNT:901448270}}
Hold initiated: {{DATE:09/14/2025 16:20}} by Dr. {{NAME:Achterberg}} (ED)
Criteria: danger to self — told sister ({{NAME:Oksana}}) by text "tonight is the night", found on {{ADDRESS:Cumberland St bridge}} by {{FACILITY:Allen Falls PD}} Ofc. {{NAME:Reinholt}}.
Property: phone, wallet, belt removed + logged, bag # {{ID:PB-30918}}.
Medical clearance: APAP/ASA neg, EtOH 0, UDS + benzos (prescribed clonazepam), TSH nl, ECG NSR QTc 431.
Boarding: no adult psych bed in county. Referrals sent {{DATE:9/14}} to: {{FACILITY:Stillwater Behavioral}} (declined, no female beds), {{FACILITY:Holloway Pines Hospital}} (pending), {{FACILITY:Crestmont Psychiatric Institute}} (pending).
Hearing notice given to pt {{DATE:9/15}}; public defender {{NAME:Imani Cole-Hart}} notified {{PHONE:555-0108}}.
1:1 sitter {{NAME:Jonah}}; q15 checks. Tele-psych (Dr. {{NAME:Prasad}}) {{DATE:9/15/25}} 1000.
Charge RN {{NAME:Lupe}} / SW {{NAME:Devereaux}}`,
  `ED PROVIDER NOTE — cold injury
{{DATE:Jan 21 2025}} 0530   {{FACILITY:Northgate Lutheran Hospital}} ED   Bed 31
Pt: {{NAME:Augustin Mwangi}} ("{{NAME:Gus}}"), 52M, MRN {{MRN:NL-3390418}}, no fixed address — stays at {{FACILITY:Union Gospel Mission}} on {{ADDRESS:235 E 5th St}} most nights.
Brought by {{FACILITY:Duluth Metro Ambulance}} after found by outreach worker {{NAME:Tamsin Eckhardt}} sleeping under the {{ADDRESS:Lake Ave overpass}}, {{LOCATION:Duluth}}. Ambient -24 C overnight.
Exam: core 34.1 C (rectal). Bilateral feet: waxy white toes 2-5 L, 1-5 R, clear blebs forming dorsum R foot. Hands spared (had mittens from shelter).
Tx: forced-air warming, warm IV NS, rapid rewarming of feet in 37-39 C whirlpool x 30 min, ibuprofen 400 mg, tetanus updated.
Tox: EtOH 214 mg/dL. Hx ETOH use d/o, last seizure "last winter".
Consult: burn/frostbite team at {{FACILITY:Iron Range Regional Medical Center}} — Dr. {{NAME:Kallio}} says tPA NOT indicated (>24 h since exposure). Bone scan day 2-3.
Dispo: admit medicine, CIWA protocol. SW referral — {{NAME:Gus}} asks that his sister {{NAME:Wanjiru}} in {{LOCATION:Minneapolis}} be called, {{PHONE:612-555-0153}}.
{{NAME:Halvard Strand}}, MD   cosign {{NAME:B. Ibekwe}}, PA-C`,
  `TOXICOLOGY / POISON CENTER — snake envenomation
Case {{ID:SWPC-25-06120}}   Opened {{DATE:2025-04-27 16:48}}   SPI {{NAME:Colt Barragan}}
Pt {{NAME:Dakota Whitehorse}}, 11M, 38 kg   hospital: {{FACILITY:Painted Desert Regional Medical Center}}, {{LOCATION:Winslow}}, AZ
Caller: ED physician Dr. {{NAME:Lucía Montoya}}, {{PHONE:928-555-0115}}
Hx: bitten L ankle by rattlesnake while hiking w/ uncle ({{NAME:Vernon Whitehorse}}) near {{LOCATION:Chevelon Canyon}} ~1500. Snake not brought in (good).
1645: swelling to mid-calf, ecchymosis, PLT 98, fibrinogen 142, INR 1.3.
Rec: CroFab 6 vials load (pediatric dose = adult dose), mark swelling margin q30 min, repeat labs 1 h post.
1810: swelling progressing above knee -> repeat 6 vials.
2030: swelling stopped, PLT 112, fib 171. Maintenance 2 vials q6h x3 discussed; Anavip alternative if recurrence.
{{DATE:4/28}} 0900: stable, f/u labs day 3 + day 5-7 as outpt at {{FACILITY:Little Colorado Pediatrics}}.
Mom {{NAME:Shawna}} cb {{PHONE:928-555-0170}}.  Closed {{DATE:05/03/2025}} /{{NAME:cb}}`,
  `CO EXPOSURE — MULTIPLE PATIENTS, SAME HOUSEHOLD  ({{DATE:12/26/2024}})
Address of exposure: {{ADDRESS:611 Pelham Ct}}, {{LOCATION:Gaithersburg}}, MD {{ZIP:20877}} — generator running in attached garage during outage.
Fire dept CO reading on entry: 410 ppm (per {{FACILITY:Montgomery Glen Volunteer Fire}} Lt. {{NAME:Oyelowo}}).
Pts (all to {{FACILITY:Seneca Creek Medical Center}} ED, 0310-0325):
 1. {{NAME:NGUYEN, Thi Hoa}}, 61F — COHb 28%, syncope x1, troponin 0.08. -> HBO: {{FACILITY:Chesapeake Hyperbaric Institute}} (Dr. {{NAME:Ferraro}} accepted 0405).
 2. {{NAME:NGUYEN, Van Long}}, 66M — COHb 22%, HA, confusion resolved on NRB.
 3. {{NAME:TRAN, Bao}}, 9M — COHb 18%, vomiting x2.
 4. {{NAME:TRAN, Minh Anh}} ("{{NAME:Annie}}"), 4F — COHb 11%.
 5. grandmother Mrs. {{NAME:Le}}, {{AGE:94}} — COHb 31%, GCS 12, intubated, HBO.
All on 100% O2. Lactates 2.0-4.4. Cyanide not suspected (no fire).
Family contact: {{NAME:Kevin Tran}} (father of 3+4, was at work at {{FACILITY:Shady Grove Distribution Ctr}}), {{PHONE:301-555-0188}}.
Poison center notified, case {{ID:NCPC-24-99813}}. Interpreter (Vietnamese) via phone ID {{ID:INT-40771}}.
— {{NAME:R. Achebe}}, RN, charge`,
  `CHILD PROTECTIVE SERVICES — MANDATED REPORTER WRITTEN REPORT (follow-up to phone report)
Hotline intake # {{ID:CPS-2025-0318877}}   Oral report made {{DATE:03/18/2025}} 1935 to intake worker {{NAME:Sheila Montgomery}}
Reporter: Dr. {{NAME:Oluwaseun Adebayo}}, pediatric EM, {{FACILITY:Pinewood Children's Hospital}}, {{PHONE:(502) 555-0126}}
Child: {{NAME:Brayden Kessinger}}   DOB {{DATE:10/01/2024}}   (5 months)   MRN {{MRN:PC01994420}}
Caregivers: mother {{NAME:Kaylee Kessinger}}, 19; mother's boyfriend {{NAME:Travis Yount}}. Address {{ADDRESS:88 Buckner Ln, Lot 14}}, {{LOCATION:Shepherdsville}}, KY {{ZIP:40165}}.
Concern: presented w/ "fussiness". Found: 3 posterior rib fx of differing ages on skeletal survey, frenulum tear, patterned bruise L ear. No plausible mechanism (non-ambulatory). TEN-4-FACESp positive.
Workup: CT head — small L SDH. Ophtho (Dr. {{NAME:Reinholdt}}) — bilateral multilayer retinal hemorrhages.
Child admitted PICU. Child abuse pediatrics (Dr. {{NAME:M. Castellanos}}) consulted.
Law enforcement: {{FACILITY:Bullitt Ridge Police}} Det. {{NAME:Eaves}}, case {{ID:BRP-25-1877}}.
Siblings: none. Maternal grandmother {{NAME:Donna Kessinger}} requesting placement, {{PHONE:502-555-0191}}.`,
  `GSW — ED NURSING NOTE + POLICE NOTIFICATION
{{DATE:5/9/25}}  0118  {{FACILITY:Peachtree Hollow Medical Center}}  Trauma 1
Walk-in, dropped at ambulance bay by private car (silver Altima, partial plate "{{VEHICLE:PRX-8}}" per security cam).
Pt states name is "{{NAME:Tre}}", refuses last name. Registered as {{NAME:UNKNOWN, ECHO}}, MRN {{MRN:G0044718}}. Later ID'd by GA DL {{LICENSE:058812274}} as {{NAME:Trevon Ashby-Mills}}, DOB {{DATE:08/14/2003}}.
Wounds: 1 GSW R buttock, no exit; 1 graze L forearm. Distal pulses 2+. Hgb 13.1.
Pt reports shot "over by the store" near {{ADDRESS:Cascade Ave & Beecher St}}.
Police notified per state law 0125: {{FACILITY:Fulton Crossing PD}} zone 4, Ofc. {{NAME:Kaczmarek}} #{{ID:7219}}; report {{ID:FCPD250509-0042}}.
Clothes bagged, labeled, chain-of-custody form signed, given to ofc 0210. Projectile retained in pt.
Pt asks that girlfriend {{NAME:Kiana}} not be told. Pt's mom {{NAME:Lorraine Ashby}} at {{PHONE:404-555-0182}} — pt OK'd contact.
Tetanus given. Dispo: d/c after trauma eval, outpt f/u.  {{NAME:D. Ebersole}}, RN`,
  `ED PROVIDER NOTE — elderly fall
Pt: {{NAME:Zofia Wiśniewska}}   Age {{AGE:97}}   MRN {{MRN:7004418}}   DOS {{DATE:06/02/2025}}
From {{FACILITY:Orchard Gate Senior Living}}, {{LOCATION:Wauwatosa}}, WI. Accompanied by granddaughter {{NAME:Agnieszka}} ("{{NAME:Aga}}").
HPI: unwitnessed fall in bathroom ~0400, found by aide {{NAME:Precious Moyo}} at 0445. Hit head? unknown. On Eliquis 2.5 BID. Baseline: walker, mild dementia, Polish-speaking, hard of hearing.
Exam: GCS 14 (V4, baseline per family). Hematoma R occiput 4 cm. R hip shortened + ext rotated. Skin tear L forearm 6 cm, Steri-Strips.
CT head/C-spine: no bleed, no fx. XR pelvis: R femoral neck fx (Garden III).
Plan: ortho (Dr. {{NAME:Haddock}}) — hemiarthroplasty vs nonop given {{AGE:97}} y, frailty. Goals conversation w/ granddaughter and son {{NAME:Jerzy}} (HCPOA, in {{LOCATION:Kraków}}, reached via WhatsApp {{PHONE:+48 555 204 117}}) — wants surgery if anesthesia ok.
Fascia iliaca block by me 0720, 30 mL ropivacaine 0.2%. Pain 8 -> 2.
Admit hospitalist Dr. {{NAME:Ekwueme}}.
{{NAME:S. Lindgren-Patel}}, MD`,
  `ed nsg log  pod A  nights  {{DATE:7/19}}->{{DATE:7/20}}
2215 rm4 {{NAME:mcallister}} - 2nd trop pending, on hep gtt 18u/kg/h, ptt due 0400
2230 rm7 {{NAME:j. oyelowo}} 88yo - foley placed 16fr, 900 out, UA sent
2240 rm2 pt "{{NAME:bubba}}" (real name {{NAME:Rufus Hensley}}) pulled o2 again, sitter {{NAME:Marcy}} in rm
2310 rm9 {{NAME:Ibrahim}} kid w/ button battery?? - xray done, no FB seen. poison ctr ok'd d/c per dr {{NAME:weisz}}
2345 rm5 {{NAME:DELACROIX}} - CIWA 16, ativan 2mg iv given. wife {{NAME:Yvette}} called {{PHONE:555-0114}}, updated
0105 rm4 ptt 88 -> decr gtt 2u/kg/h per protocol
0140 rm1 new - {{NAME:Kowalczyk, Beata}} {{AGE:92}}F, fall from {{FACILITY:Maple Terrace}} NH, on coumadin. ct head ordered
0300 rm7 transfer to {{FACILITY:Birch 3}} bed 12, report to {{NAME:Lynette}}
0420 rm1 ct neg, INR 3.1. Dr {{NAME:Weisz}} aware. to obs.
0600 hall bed {{NAME:Castañeda}} still boarding 14h, pt angry, patient relations msg left for Ms. {{NAME:Orr}}
{{NAME:kd}}/{{NAME:mb}}`,
  `PAGER LOG — ED attending pager {{PHONE:7-4410}}   {{DATE:08/08/2025}}
19:02  FROM {{PHONE:x3321}}: CT READ RM 14 {{NAME:HOLLOWAY}} - APPY CONFIRMED. SURG PAGED. -RAD {{NAME:NAKAMURA}}
19:40  FROM TRANSFER CTR: {{FACILITY:SHILOH VALLEY HOSP}} REQ XFER 67M ?DISSECTION. CALL {{PHONE:555-0147}} REF {{ID:TC40918}}
20:15  FROM LAB: CRIT K 6.9 RM 3 {{NAME:ABUBAKAR, F}} MRN {{MRN:0881923}} - CALLED BY {{NAME:JMT}}
20:16  ack -{{NAME:DRP}}
21:30  FROM {{PHONE:x5580}}: FAMILY OF RM 22 {{NAME:STRAND}} WANTS UPDATE. DTR {{NAME:INGRID}} {{PHONE:555-0199}}
22:05  FROM POISON CTR: RE PT {{NAME:QUIROGA}} - ISONIAZID - GIVE PYRIDOXINE 5G IV, CASE {{ID:25-7731}}
22:48  FROM EMS MEDIC 9: 10 MIN OUT CARDIAC ARREST ROSC x1 LUCAS ON
23:59  FROM CHARGE RN {{NAME:KEMP}}: 9 IN WR, 6 BOARDERS, DIVERSION?`,
  `LAB CRITICAL VALUE CALL DOCUMENTATION
{{FACILITY:Pinnacle Reference Laboratories}} → {{FACILITY:Cobble Hill ED}}   Call ref {{ID:CV-25-0091877}}
Date/time: {{DATE:9/23/2025 03:07}}
Patient: {{NAME:ESPINOZA-RUIZ, Adalberto}}   DOB {{DATE:5/5/1958}}   MRN {{MRN:CH882201}}   Accession {{ID:A25-266-00418}}
Result: salicylate 78 mg/dL (critical >40). Prior {{DATE:9/23}} 0010: 54 mg/dL — RISING.
ABG 7.48/22/88, HCO3 16. Lactate 3.9.
Called by: {{NAME:Hung Truong}}, MLS(ASCP)   Received by: {{NAME:Oriana Bellweather}}, RN — read-back done.
MD notified 0309: Dr. {{NAME:Falkenrath}}. Orders: bicarb gtt (150 mEq in D5W) at 250 mL/h, K replacement, nephrology for emergent HD (Dr. {{NAME:Chukwu}} paged 0312), avoid intubation if possible.
Pt hx: OTC oil of wintergreen + aspirin for "arthritis", wife {{NAME:Rosalinda}} says "a lot" over 3 days.
HD catheter placed R IJ 0415 by Dr. {{NAME:Falkenrath}}; HD started 0520 in ICU.`,
  `EMS RADIO REPORT → {{FACILITY:Bellhaven}} base (transcribed by MICN {{NAME:A. Sorensen}})
{{DATE:10/03/25}} 1641
"{{FACILITY:Bellhaven}}, Rescue 52, how copy? ... Rescue 52 en route to you with a 28-year-old female, Code 3, ETA 12 min. Pt found by coworkers at {{FACILITY:Treadwell Logistics}} warehouse, {{ADDRESS:4100 Industrial Pkwy}}, unresponsive in the break room. Pinpoint pupils, RR 4, sat 72 on arrival. We gave 4 of Narcan IN with partial response, then 0.4 IV, now RR 14, sat 95 on NRB, GCS 13. BGL 104. Coworker {{NAME:Delphine}} says she's been using 'blues'. Pt's name {{NAME:Kayleigh Burchett}}, per her work badge, employee {{ID:TL-55810}}. No trauma. Any further orders?"
Base: "Copy, Rescue 52, continue monitoring, no further naloxone unless RR < 10, {{FACILITY:Bellhaven}} room 6."
Note: pt's mother {{NAME:Tammy Burchett}} arrived 1720 from {{LOCATION:Ashland}}, {{PHONE:606-555-0161}}. Naloxone kit + referral to {{FACILITY:Second Chance Recovery Network}} given at d/c.`,
  `MCI — TRIAGE TAG RECONCILIATION   Incident: bus vs. box truck, {{ADDRESS:I-25 NB near mile marker 54}}, {{LOCATION:Wheatland}}
{{DATE:11/18/2025}}   Receiving: {{FACILITY:Laramie Plains Memorial}} ED   Incident # {{ID:MCI-25-0009}}
Tag #     | Color  | Name (as ID'd)                 | Age | Dispo
{{ID:T-00412}} | RED    | {{NAME:Whitaker, Joelle}}                | 34  | OR, splenic lac
{{ID:T-00413}} | RED    | {{NAME:UNKNOWN, FOXTROT}} -> {{NAME:Sandoval, Ezequiel}} | 60s | ICU, TBI, GCS 7
{{ID:T-00415}} | YELLOW | {{NAME:Petit-Homme, Marie-Claude}}       | 41  | ortho, open tib fx
{{ID:T-00418}} | YELLOW | {{NAME:Halverson, Ruth}}                 | {{AGE:90}}  | obs, sternal fx
{{ID:T-00419}} | GREEN  | {{NAME:Kwon, Daniel}}                    | 22  | d/c
{{ID:T-00420}} | GREEN  | {{NAME:Halverson, Ernest}} ("{{NAME:Gramps}}") | {{AGE:92}} | d/c, staying w/ wife
{{ID:T-00422}} | BLACK  | driver, box truck — to {{LOCATION:Platte Co}} coroner, case {{ID:C25-311}}
Bus: {{FACILITY:Prairie Wind Charter Lines}} coach, plate {{VEHICLE:WY 6-48217}}. Group = {{FACILITY:St. Hedwig of the Plains Parish}} senior trip from {{LOCATION:Cheyenne}}.
Parish contact: Fr. {{NAME:Tadeusz Michalak}}, {{PHONE:307-555-0120}}.
START triage used in field; SALT not used. 2 RED by air to {{FACILITY:Front Range Level I}} was declined — weather.
Reconciled by {{NAME:Ilse Brandt}}, RN, ED disaster coordinator, 2340.`,
  `WORK-RELATED INJURY — ED VISIT / EMPLOYER FORM
Employee: {{NAME:Rashid Al-Farsi}}   DOB {{DATE:02/27/1988}}   SSN {{SSN:512-48-7709}}
Employer: {{FACILITY:Gulfport Steel Fabricators, Inc.}}, {{ADDRESS:9900 Seaway Rd}}, {{LOCATION:Gulfport}}, MS {{ZIP:39503}}
Supervisor: {{NAME:Buck Ladner}}   {{PHONE:228-555-0133}}   HR fax {{FAX:228-555-0134}}
Carrier: Magnolia Mutual Comp — claim # {{ACCOUNT:MMC-25-0440871}}; adjuster {{NAME:Tonya Seal}}, {{EMAIL:tseal@magnoliamutual.example.com}}
Date/time of injury: {{DATE:01/13/2026 10:15}}   Seen: {{DATE:01/13/2026 11:02}}
Mechanism: metal shard into R eye while grinding; safety glasses "fogged, took them off".
Exam: VA OD 20/60, OS 20/20. Fluorescein: 1 mm metallic FB at 8 o'clock, rust ring. Seidel negative. IOP 15.
Tx: FB removed w/ 25g needle at slit lamp, rust ring burr; erythromycin ointment; no patch.
Work status: off {{DATE:1/13}}-{{DATE:1/14}}; light duty, no grinding, until ophtho f/u {{DATE:1/15}} at {{FACILITY:Coastal Eye Associates}}.
Provider: {{NAME:Gwendolyn Pham}}, NP   NPI {{LICENSE:1720498836}}`,
  `PHONE MESSAGE — ED / poison consult line
{{DATE:2/4/26}} 1:20 pm   taken by {{NAME:Erin}} (unit sec)
From: Mrs. {{NAME:Olamide Bankole}}, RN, school nurse, {{FACILITY:Hollyfield Elementary}}   {{PHONE:(919) 555-0144}} ext 212
Re: student {{NAME:Amara Ijeoma}} (gr 2, age 7) — ate "2 or 3" gummies from classmate's lunchbox at ~12:45; classmate ({{NAME:Ty}}) says they're his mom's "sleep gummies". Pkg photo texted: melatonin 10 mg + "CBD". Child sleepy but arousable.
Mom {{NAME:Chiamaka Ijeoma}} notified by school, on way from work at {{FACILITY:Tarheel Plumbing Supply}} — cell {{PHONE:919-555-0186}}.
Per Dr. {{NAME:Stavros}}: advise bring to ED for eval (possible THC not on label). Poison center called by school too, case {{ID:CPC-26-01455}}.
Called nurse back 1:28 pm. Pt arrived 2:10 pm, ESI 3, see chart MRN {{MRN:WB-4001873}}.
— {{NAME:E.F.}}`,
  `TOX CONSULT — wild mushroom ingestion (2 pts)
Pt 1: {{NAME:Goran Petrović}} 58M   MRN {{MRN:21048837}}
Pt 2: {{NAME:Milica Petrović}} 55F   MRN {{MRN:21048840}}
Date {{DATE:09/27/2025}}
Foraged mushrooms in woods behind their home on {{ADDRESS:Old Creek Rd}}, {{LOCATION:Sebastopol}}, sautéed for dinner {{DATE:9/26}} ~1900. Onset profuse watery diarrhea + vomiting ~0300 (8 h latency) — concerning for amatoxin.
Specimens: leftover caps brought in; photos sent to volunteer mycologist Dr. {{NAME:Annika Solberg}} ({{FACILITY:Sonoma Mycological Society}}) — tentative ID Amanita phalloides.
Labs pt 1: AST 88, ALT 102, INR 1.1, Cr 1.4. Pt 2: AST 61, ALT 70, INR 1.0.
Rec: aggressive IV fluids, MDAC 25 g q4h, high-dose NAC, silibinin via emergency IND — pharmacy ({{NAME:Ravi Subramanian}}, PharmD) calling sponsor; IND paperwork started.
Transfer both to {{FACILITY:Bayview University Hepatology}}, accepting Dr. {{NAME:Farahani}}, ref {{ID:BUH-T-55120}}.
Son {{NAME:Nikola}} ({{PHONE:707-555-0159}}) brought remaining mushrooms; told not to eat any.
Poison center case {{ID:CAPCS-25-88104}}. — {{NAME:Y. Tanaka-Reyes}}, MD, tox fellow`,
  `OVERDOSE RESPONSE / PEER RECOVERY REFERRAL — ED Bridge Program
Date: {{DATE:10.12.2025}}   Site: {{FACILITY:Holston River Medical Center}} ED
Pt: {{NAME:Cody Ray Gentry}}   DOB {{DATE:3/17/1996}}   MRN {{MRN:HR-0778124}}
Event: fentanyl OD at a friend's apt, {{ADDRESS:1440 Netherland Inn Rd, Apt 9}}, {{LOCATION:Kingsport}}. Friend gave Narcan 4 mg x2, 911 called.
In ED: awake, GCS 15, COWS 11 at 1400. Offered buprenorphine — accepted. Buprenorphine 8 mg SL 1410, +8 mg at 1500, COWS 3.
Rx: buprenorphine/naloxone 8/2 mg BID x7 days, {{FACILITY:Fort Henry Pharmacy}}. PDMP checked, no other controlled Rx.
Peer recovery specialist {{NAME:Dwayne}} "{{NAME:Doc}}" {{NAME:Arrowood}} met pt 1520 (lived experience, 9 yrs in recovery).
Bridge clinic appt {{DATE:Thurs 10/16}} 0900, {{FACILITY:Appalachian Bridge Clinic}}, {{ADDRESS:220 W Center St}}.
Harm reduction kit: naloxone x2, fentanyl test strips. Pt's mom {{NAME:Brenda}} also given kit.
Pt prefers text: {{PHONE:423-555-0103}}. Medicaid ID {{HEALTH_PLAN:TC8830174612}}.
{{NAME:M. Osei-Bonsu}}, DO`,
  `NEPHROLOGY / TOX NOTE — lithium toxicity
{{DATE:14 Nov 2025}}   {{FACILITY:Cascade Foothills Hospital}} ED   Consult requested by Dr. {{NAME:Amsel}}
Pt: {{NAME:Leilani Kahananui-Brooks}}   46F   MRN {{MRN:CF-6620187}}
HPI: bipolar I on lithium carbonate ER 450 mg BID x6 yrs (psychiatrist Dr. {{NAME:Oyelaran}}, {{FACILITY:Mt. Tabor Psychiatric Associates}}). Started HCTZ + lisinopril 3 wk ago at urgent care. 4 days of vomiting, diarrhea, then coarse tremor, slurred speech. Husband {{NAME:Kekoa}} noticed "she couldn't hold her coffee".
Exam: confused, myoclonus, hyperreflexia, 3 beats clonus. No rigidity.
Labs: Li 3.8 mEq/L (ref 0.6-1.2), Cr 2.3 (baseline 0.8), Na 131, TSH 6.1.
Impression: chronic lithium toxicity w/ neuro sx + AKI. EXTRIP criteria met (Li >4.0 not required when impaired kidney fn + decreased LOC).
Plan: HD now — temporary R femoral HD cath; run 6 h; recheck Li 6 h post for rebound. Hold lithium, HCTZ, ACEi. NS 150 mL/h.
Notified pt's psychiatrist via fax {{FAX:503-555-0137}}. Poison center case {{ID:OPC-25-12448}}.
{{NAME:T. Olawale-Schmidt}}, MD, nephrology   pgr {{PHONE:503-555-0100}} x 4471`,
  `PEDIATRIC SUBMERSION — ED NOTE
{{DATE:Saturday, June 13, 2026}}   arrival 1522   {{FACILITY:Sun Valley Children's Medical Center}}
Pt: {{NAME:Ximena Alvarado}}   3F   DOB {{DATE:03/05/2023}}   MRN {{MRN:SV11029384}}
Hx per father {{NAME:Joaquín Alvarado}} (Spanish; interpreter {{NAME:Rosa}} #{{ID:4471}}): at complex pool, {{FACILITY:Las Palmas Villas Apartments}}, {{ADDRESS:3300 N Granite Reef Rd}}, {{LOCATION:Scottsdale}} {{ZIP:85251}}. Found face-down, est. submersion 1-2 min. Neighbor {{NAME:Brenda Kowalsky}} (lifeguard at {{FACILITY:Camelback Swim Club}}) started CPR; ROSC before EMS arrival.
EMS (Engine 602): GCS 12 -> 14 en route, SpO2 88% -> 96% on NRB.
ED: awake, crying, coughing. RR 36, crackles R base. SpO2 94% RA. CXR: R basilar opacity. VBG 7.33/46.
Plan: admit obs 8+ h (Szpilman grade 2), HFNC prn, no abx unless fever or infiltrate progresses.
Pool gate reportedly propped open — SW {{NAME:Dana Klinefelter}} consulted; DCS not called (single supervision lapse, no pattern) — discussed w/ Dr. {{NAME:Okorafor}}.
Mom {{NAME:Itzel}} arrived 1610, {{PHONE:480-555-0138}}.
{{NAME:Renata Szymańska}}, MD`,
  `FORENSIC NURSE DOCUMENTATION — NON-FATAL STRANGULATION
Pt: {{NAME:Thandiwe Mokoena}}   DOB {{DATE:19 Aug 1987}}   MRN {{MRN:00882046}}   Exam {{DATE:2026-07-02 01:40}}
Referred by Ofc. {{NAME:Ramón Echeverría}}, {{FACILITY:Marion Heights Police Dept}} (DV unit), report {{ID:MHPD-26-04419}}.
Hx: per pt, ex-partner {{NAME:Lyle Strickland}} "choked me with both hands against the fridge" at her apt, {{ADDRESS:512 Kirkwood Blvd SW, Unit 3C}}, {{LOCATION:Cedar Rapids}}, IA {{ZIP:52404}}, ~2300 {{DATE:7/1}}. "Everything went gray." + urinary incontinence, voice change, painful swallowing.
Findings: linear abrasions R neck x3 (fingernail), 1.5 cm ecchymosis L angle of mandible, petechiae above collar line, L subconjunctival hemorrhage. Hoarse.
Photos: body map done; 22 images w/ scale stored under forensic case {{ID:FNE-26-0177}}. Face ID photo: {{PHOTO:FNE-26-0177-FACE01.jpg}}.
Imaging: CTA neck — no dissection.
Safety: DV advocate {{NAME:Lourdes Ibarra}} ({{FACILITY:Willow Haven Shelter}}) at bedside; pt to stay w/ cousin {{NAME:Nomvula}} in {{LOCATION:Iowa City}}. Danger Assessment 18 (extreme). Protective order info given.
FNE: {{NAME:Corinne Vashti-Lowe}}, RN, SANE-A   lic {{LICENSE:IA-RN 140882}}`,
  `ALTA DEL DEPARTAMENTO DE EMERGENCIAS / ED DISCHARGE — Spanish (interpreted)
Paciente: {{NAME:Hermelinda Choc Caal}}   Fecha: {{DATE:08/05/2026}}   Expediente/MRN: {{MRN:RC-3301920}}
Interpreter: VRI Spanish, ID {{ID:VRI-20419}}; pt's first language Q'eqchi' — son {{NAME:Edwin}} helped.
Diagnóstico: celulitis pierna izquierda / L leg cellulitis. (Brown recluse bite felt unlikely — no necrosis.)
Medicamentos: cefalexina 500 mg cada 6 horas por 7 días; ibuprofeno 400 mg cada 8 h con comida.
Marcamos el borde rojo con pluma (2215) — si pasa la línea, regrese.
Regrese si: fiebre > 38.5, rayas rojas, dolor fuerte, confusión.
Cita: {{FACILITY:Clínica Comunitaria La Esperanza}}, {{ADDRESS:1701 S Main St}}, {{LOCATION:Salinas}} {{ZIP:93901}}, tel {{PHONE:831-555-0165}}, el {{DATE:lunes 10 de agosto}} a las 9:00.
Trabajo: nota para {{FACILITY:Valle Verde Farms}} (lettuce crew), sin trabajo {{DATE:8/5}}–{{DATE:8/7}}.
Domicilio: {{ADDRESS:44 Abbott St, rear unit}}, {{LOCATION:Salinas}}; cb hijo {{PHONE:831-555-0168}}.
Firma RN {{NAME:Beatriz Ocampo-Lenz}}   MD {{NAME:J. Whitlock}}`,
  `LEAVING AGAINST MEDICAL ADVICE — ED
Pt: {{NAME:Reginald}} "{{NAME:Reggie}}" {{NAME:Thibodeaux}}   DOB {{DATE:11-30-1969}}   MRN {{MRN:LT-2298110}}   Acct {{ACCOUNT:LT88231904}}
Time: {{DATE:09/19/2026 04:55}}
Condition: chest pain; 1st troponin 0.06 (ULN 0.04); ECG new TWI V4-V6. HEART score 6. Recommended admission, serial troponins, cardiology.
Risks explained incl. MI, arrhythmia, death. Pt repeats back risks. Capacity intact (EtOH 0; understands, appreciates, reasons, expresses a choice).
Reason: "got to be on the boat at 6" — deckhand, {{FACILITY:Grand Isle Offshore Services}} crew change, supervisor {{NAME:Lance Pitre}}.
Offered/given: ASA 325 mg, NTG SL Rx, f/u {{FACILITY:Bayou Lafourche Cardiology}} {{DATE:9/21}}; may return any time.
Wife {{NAME:Monique}} ({{PHONE:985-555-0129}}) present, will bring him back.
Pt signature: {{NAME:R. Thibodeaux}}   Witness: {{NAME:Kendra Guillory}}, RN   Physician: Dr. {{NAME:Anand Venkataraman}}
Left 0505, IV removed, catheter tip intact.`,
  `==== REGISTRATION FACE SHEET (export) ====
FACILITY........: {{FACILITY:Hollins Creek Medical Center}} — EMERGENCY
ENC DATE........: {{DATE:2026-10-04 22:17}}
PT NAME.........: {{NAME:MBEKI-ARCHER, NOMSA J}}
ALIAS...........: {{NAME:ARCHER, NOMSA}}
DOB / AGE.......: {{DATE:1957-12-02}} / 68
SSN.............: {{SSN:433-71-0928}}
MRN.............: {{MRN:HC00418822}}      ACCT/FIN: {{ACCOUNT:HC2610040917}}
ADDR............: {{ADDRESS:3917 Hickory Bend Dr}}
CITY/ST/ZIP.....: {{LOCATION:Roanoke}} VA {{ZIP:24018}}
HOME PH.........: {{PHONE:540-555-0107}}   CELL: {{PHONE:540-555-0108}}
EMAIL...........: {{EMAIL:nomsa.archer57@example.net}}
EMPLOYER........: {{FACILITY:Blue Ridge Transit Authority}} (retired)
PRIMARY INS.....: Medicare A/B   MBI {{HEALTH_PLAN:4QK7-TE2-MN81}}
SECONDARY.......: Commonwealth Supplemental Plan G   MEMBER {{HEALTH_PLAN:CSG550193407}}  GRP 00871
GUARANTOR.......: SELF
EMERG CONTACT...: {{NAME:ARCHER, DESMOND}} (spouse) {{PHONE:540-555-0109}}
PCP.............: {{NAME:FONSECA, ELENA}} MD — {{FACILITY:Cave Spring Primary Care}}
ARRIVAL MODE....: PRIVATE VEHICLE   CHIEF COMPLAINT: OD? TOOK EXTRA METFORMIN
REG CLERK.......: {{NAME:LMH}}   PORTAL INVITE SENT: Y`,
  `TRAUMA REGISTRY ABSTRACT (NTDB fields)   Abstractor: {{NAME:Quinn Abernethy-Rao}}, CSTR
Registry # {{ID:TR-2026-01844}}   Facility: {{FACILITY:Tri-Rivers Level II Trauma Center}}
Pt: {{NAME:Ludmila Horvath}}   DOB {{DATE:02/11/1934}}   Age {{AGE:92}}   Sex F   MRN {{MRN:TRV-771029}}
Injury date/time: {{DATE:10/29/2026 1640}}   ED arrival: {{DATE:10/29/2026 1731}}
Injury location: home — {{ADDRESS:27 Chestnut Hill Ln}}, {{LOCATION:Latrobe}}, PA {{ZIP:15650}}; {{LOCATION:Westmoreland County}}
Mechanism: fall from stairs (E-code W10.9XXA); alcohol use: no; drugs: n/a
Transport: ALS ground, {{FACILITY:Loyalhanna Valley EMS}}, run # {{ID:LV26-18820}}
Initial ED: SBP 148, HR 92, RR 18, GCS 15, no intubation.
Injuries (AIS 2005): C2 type II odontoid fx (AIS 3); L 4-6 rib fx (AIS 3); L scapula body fx (AIS 2). ISS 22.
Procedures: Aspen collar; no OR. ICU LOS 2 d. Hospital LOS 7 d.
Complications: delirium; UTI (CAUTI, NHSN criteria met).
Discharge: SNF — {{FACILITY:Ligonier Ridge Rehab}} on {{DATE:11/5/2026}}. Payer: Medicare.`,
  `ORGAN PROCUREMENT ORGANIZATION — REFERRAL CALL
OPO: {{FACILITY:Heartland Gift of Life Network}}   Referral # {{ID:HGL-26-40911}}
Call: {{DATE:11/14/2026 05:26}}   Caller: {{NAME:Samira Toure}}, RN, {{FACILITY:Kingsbury Regional Medical Center}} ICU (ED boarder)
Pt: {{NAME:Jace Millbrook}}   DOB {{DATE:6/6/2005}}   MRN {{MRN:KR-10288317}}   ht 183 cm, wt 80 kg
Trigger: GCS 3, ventilated, withdrawal of support being discussed.
Hx: motorcycle vs deer on {{ADDRESS:Hwy 14 near mile 212}} {{DATE:11/13}} ~2200, helmet not worn. CT: diffuse SAH, herniation. No pupillary/corneal/cough reflexes since 0300. Apnea test not yet done.
Meds: norepi 0.08, vasopressin. Na 156. UO 400 mL/h — DI.
Next of kin: parents {{NAME:Rob}} and {{NAME:Tina Millbrook}}, at bedside; {{PHONE:605-555-0196}}. Pt registered donor per state DL {{LICENSE:SD 0188273}}.
OPO coordinator {{NAME:Harlan Fitzsimmons}} en route ETA 0730. Requested: no family approach by hospital staff, hold extubation, ABG q4h, type + HLA.
Call taker: {{NAME:B. Achterberg}} /{{NAME:ba}}`,
  `DEATH IN ED — NOTIFICATION & MEDICAL EXAMINER REFERRAL
Decedent: {{NAME:Alfonso Benedetti}}   DOB {{DATE:04/01/1931}}   age {{AGE:95}}   MRN {{MRN:00119043}}
Pronounced: {{DATE:12/22/2026 0344}} by Dr. {{NAME:Khadija Rahmani}}, {{FACILITY:Sacred Oaks Hospital}} ED
Circumstances: found down at home by neighbor {{NAME:Ilario}}, {{ADDRESS:18 Via Tesoro}}, {{LOCATION:Pueblo}}, CO; CPR by {{FACILITY:Saltcedar Fire Rescue}} 35 min, asystole throughout; ED 10 min, no ROSC.
ME notified 0410 (reportable: unwitnessed, found down, possible fall — bruise L temple). ME investigator {{NAME:T. Gonzales-Byrd}}, case {{ID:ME26-1187}}. ME accepts jurisdiction, body to {{FACILITY:El Pueblo County Morgue}}.
Lines/tubes left in place per ME.
Next of kin: daughter {{NAME:Carla Benedetti-Ruiz}} in {{LOCATION:Tucson}} notified by phone 0425 ({{PHONE:520-555-0163}}) by Dr. {{NAME:Rahmani}} and chaplain Rev. {{NAME:Obi}}.
Funeral home per family: {{FACILITY:Montoya & Sons Funeral Home}}.
Belongings (rosary, wallet, hearing aids) bagged, envelope {{ID:BL-55012}}, to ME.
Documented by {{NAME:P. Zaragoza}}, RN 0450`,
  `PDMP / CONTROLLED SUBSTANCE REVIEW — ED note addendum
{{DATE:1/3/27}}   Pt {{NAME:Shelby Lynn Crabtree}}, 41F, MRN {{MRN:0448179}}
Presents 4th time in 30 days w/ "kidney stone pain". CT {{DATE:12/12/26}} no stone. UA today neg blood.
PDMP query (state PMP portal, query ID {{ID:PMP-7721034}}): 6 opioid Rx from 5 prescribers in 60 d, 4 pharmacies — {{FACILITY:Ridgeway Drug}}, {{FACILITY:Pennyroyal Pharmacy}} #118, {{FACILITY:Hartsell Apothecary}}, {{FACILITY:Cumberland Gap Pharmacy}}. Last fill oxycodone 10 mg #30 {{DATE:12/29}}, Dr. {{NAME:L. Moorehead}} (DEA {{LICENSE:BM4418207}}).
Discussed openly w/ pt; she became tearful, states pain started after MVC "last March" ({{DATE:3/2026}} per chart).
Plan: no opioid Rx today; ketorolac 15 mg IV, lidocaine patch. Offered buprenorphine start + bridge clinic — declined for now, took card for {{FACILITY:Mountain Laurel Recovery}}, {{PHONE:606-555-0121}}. Naloxone Rx given.
Care plan created; PCP Dr. {{NAME:Yoon}} faxed {{FAX:606-555-0122}}.
— {{NAME:Ravindra Chakraborty}}, MD`,
  `MOTORCYCLE CRASH — TRAUMA H&P (abbrev)
{{DATE:04/25/2027}}   {{FACILITY:Blackhawk Valley Medical Center}}   Trauma Bay 1   Level 2 activation 1504
Pt: {{NAME:Santiago Irizarry}} ("{{NAME:Chago}}"), 38M, MRN {{MRN:BV-3320174}}
MOI: motorcyclist vs left-turning minivan ~45 mph, DOT half-helmet, at {{ADDRESS:US-20 & Kishwaukee Valley Rd}}, {{LOCATION:Belvidere}}. Bike: 2021 Harley-Davidson Street Glide, IL plate {{VEHICLE:MC 48217}}, VIN {{VEHICLE:1HD1KRC15MB604419}}. Minivan driver uninjured per Deputy {{NAME:Hollister}}, report {{ID:BCSO-27-02210}}.
Primary: A intact; B clear bilat; C HR 104, BP 132/80; D GCS 15; E road rash L flank/arm, deformity L ankle.
Secondary: open L bimalleolar fx-dislocation, reduced in bay 1520 under ketamine 1 mg/kg. Cefazolin 2 g 1512. Tdap.
FAST neg. CT pan-scan: L 9th rib fx; no solid organ injury.
Plan: ortho (Dr. {{NAME:Ngo-Schaefer}}) I&D + ex-fix tonight.
Girlfriend {{NAME:Yaritza}} at bedside, pt OK w/ sharing info. Employer {{FACILITY:Kishwaukee Precision Machining}} — FMLA forms requested.
EtOH neg. UDS + THC.
{{NAME:H. Gustafsson}}, MD (trauma) / {{NAME:C. Abara}}, MD (PGY-3)`,
  `PEDS ED NOTE — button battery ingestion   {{DATE:5/30/27}}
Pt {{NAME:Oliver Tan-Whitfield}}, 22 mo, 11.8 kg   MRN {{MRN:CK0072915}}
Mom {{NAME:Grace Tan}} saw him chewing TV remote ~1810; battery door open, one CR2032 (20 mm lithium coin cell) missing. Came by car from home in {{LOCATION:Bellevue}}.
Honey 10 mL at home x2 per poison center ({{FACILITY:Evergreen Poison Center}}, SPI {{NAME:Marguerite Olsen}}, case {{ID:EPC-27-15530}}) — appropriate, <12 h and >1 yo.
Arrival 1902. Drooling, refusing fluids. XR: round radiopaque FB w/ double-ring (halo) sign at thoracic inlet — ESOPHAGEAL.
Plan: EMERGENT removal. GI (Dr. {{NAME:Benyamin Cohen}}) + ENT paged 1910; sucralfate 1 g q10 min x3 en route. OR at {{FACILITY:Cascade Kids Surgical Pavilion}} 1945.
Op findings: battery removed, mucosal burn anterior wall, negative pole anterior. CTA chest day 2 (aortoesophageal fistula risk). NPO.
Dad {{NAME:Marcus Whitfield}} {{PHONE:425-555-0189}}.
Remote brand reported to CPSC by family.
— Dr. {{NAME:Aiyana Tsinajinnie}}`,
  `RACE MEDICAL TENT -> ED HANDOFF — exertional heat stroke
{{DATE:Sun 9/12/27}}   Tent B, mile 12.8, {{ADDRESS:Riverside Dr & W 41st St}}, {{LOCATION:Tulsa}}
Bib # {{ID:4471}}   Runner: {{NAME:Katarzyna}} "{{NAME:Kasia}}" {{NAME:Nowak-Ellison}}, 29F
Collapsed 1042 near finish, confused, combative. Rectal temp 42.3 C at 1046.
Cold-water immersion started 1048; 38.9 C at 1101, removed from tub. i-STAT Na 138, glucose 94.
Transported by {{FACILITY:Green Country EMS}} to {{FACILITY:Arkansas River Medical Center}} ED.
ED: temp 38.1, GCS 15, CK 4200, AST 160, Cr 1.6. IVF 2 L, admit obs for rhabdo/AKI; no return to running until cleared.
Race medical director Dr. {{NAME:Thaddeus Okpara}}, {{PHONE:918-555-0106}}. Emergency contact on bib: husband {{NAME:Liam Ellison}} {{PHONE:918-555-0175}}.
Coworkers from {{FACILITY:Cimarron Dental Group}} running team waited at tent.
Tent RN {{NAME:Joss}} / ED RN {{NAME:H. Begay}}`,
  `EMTALA TRANSFER FORM / PHYSICIAN CERTIFICATION
Sending: {{FACILITY:Sweetgrass Critical Access Hospital}}, {{ADDRESS:101 Hospital Rd}}, {{LOCATION:Big Timber}}, MT {{ZIP:59011}}
Receiving: {{FACILITY:Yellowstone Basin Medical Center}}, {{LOCATION:Billings}}   Accepting: Dr. {{NAME:Rosalind Whitecalf}} (neurosurgery)
Pt: {{NAME:Clayton Dubois}}   DOB {{DATE:07/07/1962}}   MRN {{MRN:SG-00193}}   Date {{DATE:10/08/2027}}
Dx: acute L SDH 14 mm, 6 mm MLS after horse kick to head at {{LOCATION:Bar K Ranch}} near {{LOCATION:McLeod}}.
Reason: neurosurgery not available here. Benefits outweigh risks — certified by Dr. {{NAME:Elin Haugen}} 1412.
Condition: GCS 11 -> intubated 1350. Levetiracetam 2 g, TXA 1 g, HOB 30, ETCO2 35-40.
Mode: rotor, {{FACILITY:Crazy Mountain Air Rescue}}, lift 1438.
Records: CT pushed via PACS (accession {{ID:SG27-1008-03}}), face sheet, MAR, ECG.
Consent: wife {{NAME:Marlys Dubois}} signed for pt (lacks capacity) 1420, {{PHONE:406-555-0131}}.
Report to receiving ED RN {{NAME:Tomas}} 1425.
Physician: {{NAME:E. Haugen}}, MD   RN: {{NAME:Wyatt Lindeman}}, RN`,
  `{{DATE:November 2, 2027}}
To: Patient Relations, {{FACILITY:Oakhurst General Hospital}}
From: {{NAME:Beverly Anne Castellano}}, {{ADDRESS:88 Wintergreen Cir}}, {{LOCATION:Asheville}}, NC {{ZIP:28803}}
Re: my mother, {{NAME:Philomena Russo}}, age {{AGE:ninety-four}}, ED visit {{DATE:10/28-10/30/27}}

I am writing to complain about my mother's care in your emergency room. She waited 41 hours on a hallway stretcher ("Hall 6") before getting a room upstairs. Nobody turned her and she came home with a sore on her tailbone. The nurse on Saturday night, I think her name was {{NAME:Crystal}}, was kind, but no one answered the call light for two hours. Dr. {{NAME:Pettigrew}} never called me back though I left my cell ({{PHONE:828-555-0147}}) three times. Her hearing aids were lost — Phonak, about $4,000.
Her account number is {{ACCOUNT:OGH-7781203}}; Medicare number {{HEALTH_PLAN:7FH2-KL9-TR44}}.
I want an apology, the hearing aids replaced, and an explanation. Email me at {{EMAIL:bev.castellano@example.org}}.
Sincerely, {{NAME:Beverly Castellano}}
cc: Fr. {{NAME:Dominic Aleksandrov}}, {{FACILITY:St. Eustace Parish}}

[stamp] Rec'd {{DATE:11/6/27}} — case {{ID:PR-27-1109}}, assigned {{NAME:D. Oyelowo}}`,
  `RISK MANAGEMENT — MEDICATION EVENT REPORT (privileged & confidential)
Event ID {{ID:RM-28-00217}}   Reported {{DATE:01/09/2028}}   Event {{DATE:01/08/2028 20:35}}
Unit: {{FACILITY:Fairhaven Memorial Hospital}} ED, Resus 3
Pt: {{NAME:Oduya, Grace Wanjiku}}   MRN {{MRN:FM-5530182}}   62F
Summary: Ordered insulin regular 10 units IV for K 6.8. Pulled from Pyxis as "insulin — 100 units/mL vial"; 1 mL (100 units) drawn into 10 mL syringe by mistake and given IV push 2035 by RN {{NAME:J. Castellanos-Brito}}. Found on double-check by RN {{NAME:Pradeep}} at 2041. Glucose 2100: 38 mg/dL.
Response: D50 50 mL x2, D10 gtt 150 mL/h, glucose q15 min; lowest 31 at 2112, symptomatic (diaphoresis), no seizure. ICU transfer 2240 (Dr. {{NAME:Wexler}}).
Disclosure: done by Dr. {{NAME:Imogen Faulkner}} + charge RN {{NAME:Tovah Reuben}} to pt and husband {{NAME:Peter Oduya}} 2300.
Contributing: no independent double-check for high-alert med; verbal order during code; insulin vials in ED stock.
Actions: pharmacy to stock 10-unit prefilled syringes; education module assigned.
Severity: E (temporary harm, intervention). Reported to state PSO, ref {{ID:PSO-28-11043}}.
Submitted by {{NAME:T. Reuben}}, RN, employee # {{ID:44192}}`,
  `HAZMAT EXPOSURE — ED DECON / TRIAGE LOG
{{DATE:2/17/28}}   {{FACILITY:Brazos Bend Regional Medical Center}}   Decon tent activated 0948
Source: chlorine gas release, pool-chemical mixing at {{FACILITY:Lone Star Aquatics Supply}} warehouse, {{ADDRESS:2207 Industrial Blvd}}, {{LOCATION:Rosenberg}}, TX {{ZIP:77471}}.
Incident cmdr: {{FACILITY:Fort Bend Hazmat}} Capt. {{NAME:DeShawn Rollins}}, incident {{ID:FBH-28-0061}}.
Pts (all employees):
 - {{NAME:Guerrero, Martín}} 44M — cough, wheeze, SpO2 91. Neb albuterol, nebulized 4% bicarb x1. Admit.
 - {{NAME:Phan, Thuy}} 31F — eye burning, irrigated 2 L, pH 7.4 after. d/c.
 - {{NAME:Oyelaran, Kunle}} 27M — asx, observed 6 h, d/c.
 - {{NAME:McBride, Shannon}} 52F (supervisor) — chest tightness, hx asthma; CXR clear; steroids, admit obs.
Poison center consulted, case {{ID:TXPC-28-04417}}. Safety Data Sheet faxed from employer {{FAX:281-555-0141}}.
Employer contact {{NAME:Arlo Benitez}}, {{PHONE:281-555-0140}}. OSHA notified by employer.
Decon RN {{NAME:Farrah Qureshi}} / log {{NAME:fq}}`,
  `PEDS ED — MVC, restrained child
{{DATE:March 3 2028}}   {{FACILITY:Kettle Moraine Children's Hospital}}
Pt {{NAME:Harper Lindqvist-Osei}}, 6F, 21 kg, MRN {{MRN:KM0091277}}
Rear passenger in booster seat (high-back), lap+shoulder belt, in 2022 Honda Odyssey, plate {{VEHICLE:ADK-4821}}, rear-ended at ~35 mph on {{ADDRESS:I-94 WB near Hwy 83}}. Driver mom {{NAME:Kristin Lindqvist}} — seen at {{FACILITY:Oconomowoc Lakes Hospital}}, minor.
Brought by {{FACILITY:Lake Country Fire & Rescue}} in pediatric restraint. GCS 15. Abd: faint lap-belt abrasion, nontender. PECARN intra-abdominal rule: low risk except abrasion -> observe, UA (no blood), AST/ALT nl, lipase nl.
C-spine: PECARN c-spine negative, cleared clinically.
Obs 6 h, serial exams nl, tolerated PO. Discharged to dad {{NAME:Kwame Osei}} ({{PHONE:262-555-0178}}), who is buying a new booster; car seat check w/ Ms. {{NAME:Renfro}} ({{FACILITY:Lake Country Car Seat Coalition}}) {{DATE:3/8}}.
— {{NAME:Abimbola Ferrante}}, MD`,
  `POISON CENTER CALL — sulfonylurea, pediatric
Case {{ID:MPC-28-22019}}   {{DATE:04/11/2028}} 0712   SPI {{NAME:Noor Al-Khatib}}, RN, CSPI
Caller: grandfather {{NAME:Walt Pellegrino}}, {{PHONE:(414) 555-0112}}, at home, {{ADDRESS:6031 W Forest Home Ave}}, {{LOCATION:Milwaukee}} {{ZIP:53220}}
Pt: {{NAME:Gianna}}, 3F, ~15 kg. Found w/ grandma's glipizide 10 mg bottle at 0650; 1 tab half-chewed on floor, count uncertain.
Advice: ANY sulfonylurea ingestion in a toddler -> ED, 24 h obs (onset may be delayed). Snack + juice now if awake.
Referred: {{FACILITY:Lakefront Children's Hospital}}; called ahead to charge RN {{NAME:Bettina}}.
f/u 0930 — POC glu 88; 61 at 1100. D10 started. Octreotide 1 mcg/kg SC q6h per tox Dr. {{NAME:Salgado}}.
f/u {{DATE:4/12}} 0800 — glu 90-120 off octreotide x12 h, no recurrence.
f/u {{DATE:4/12}} 1800 — discharged. Grandma {{NAME:Rosaria}} given lockbox info.
Outcome: moderate effect. Closed. /{{NAME:nak}}`,
  `ED NOTE — inmate patient, penetrating trauma
{{DATE:05-19-2028 0215}}   {{FACILITY:Cottonwood Regional Hospital}} ED   Secure rm 2
Pt: {{NAME:Marcus Dewayne Pettaway}}, 34M, inmate # {{ID:DOC 1188204}}, from {{FACILITY:Red Mesa State Correctional Facility}}.
Custody: 2 officers at bedside — CO {{NAME:Villarreal}}, CO {{NAME:B. Hatch}}; R ankle shackled, L wrist free for exam.
HPI: stabbed w/ "shank" x3 in housing unit C ~0100. Facility nurse {{NAME:Lorna Begay-Tso}} placed pressure dressings.
Exam: 2 cm stab L 7th ICS AAL; 1.5 cm L flank; 1 cm L forearm. BP 118/74, HR 98. eFAST: no pericardial fluid, no PTX, Morison pouch neg. CXR small L hemothorax.
Tx: L chest tube 28 Fr 0250, 250 mL out. CT A/P: no peritoneal violation. Tdap.
Admit trauma. Pt asks that mother {{NAME:Gloria Pettaway}} be called — per DOC policy info only via facility; warden's office {{PHONE:575-555-0156}}.
Investigator Sgt. {{NAME:R. Quintana}}, incident {{ID:RMSCF-28-0419}}.
{{NAME:Ingrid Solheim}}, DO`,
  `TERTIARY SURVEY (SICU)   HD3   {{DATE:6/4/2028}}
{{NAME:Anh-Thu Vo-Hendricks}}  24F  MRN {{MRN:PR-4410293}}  {{FACILITY:Sorensen 7}} SICU bed 3
MOI: pedestrian struck by pickup at {{ADDRESS:W Broadway & N Orange St}}, {{LOCATION:Missoula}}, {{DATE:6/1}} 2240. Driver fled; witness got MT plate {{VEHICLE:4-11875A}}; PD report {{ID:MPD 28-14413}}.
Injuries:
 1 TBI, DAI grade 2 — ICP monitor out HD2, GCS now 14
 2 L femur shaft fx — IMN {{DATE:6/2}}
 3 R sup/inf pubic rami fx — nonop, WBAT RLE
 4 Grade III splenic lac — nonop, Hgb 9.1 stable
 5 NEW: R ankle swelling; tib/fib XR: proximal fibula fx + medial clear space widening = Maisonneuve. Ortho aware.
 6 NEW: L 4th PIP dislocation — reduced bedside, buddy tape
Lines: R IJ CVC d3; A-line out; Foley out today.
Family: mom {{NAME:Thuy Vo}} from {{LOCATION:Spokane}}; stepdad {{NAME:Gary Hendricks}}; roommate {{NAME:Brynn}} brought phone. Student at {{FACILITY:Bitterroot State College}} — dean's office notified w/ pt consent.
{{NAME:Tilde Marchetti}}, NP / Dr. {{NAME:Emenike}}`,
  `{{FACILITY:Westfield Sports Medicine & Emergency Care}}
{{DATE:09/15/2028}}
To: {{NAME:Samantha Dwyer}}, ATC, and the school nurse, {{FACILITY:Kinnick-Ames High School}}
Re: {{NAME:Elijah Brightwater}}, DOB {{DATE:01/22/2012}}

{{NAME:Elijah}} was seen in our ED on {{DATE:9/13/28}} for a concussion from football practice (helmet-to-helmet). CT head was not indicated (PECARN). SCAT6 symptom score 24/132 on the day of injury.
Please allow: no PE or sports until cleared; rest breaks; homework reduced 50% for 1 week; no tests until {{DATE:9/22}}; pass to nurse's office for headaches; sunglasses in class.
Graduated return-to-play (6 steps, 24 h each) may begin only when symptom-free at school and with written clearance from his PCP, Dr. {{NAME:Mei-Ling Forsberg}}, {{FACILITY:Prairie Lakes Pediatrics}}, {{PHONE:515-555-0104}}.
Parent: {{NAME:Tasha Brightwater}}, {{EMAIL:tbrightwater@example.com}}.
Sincerely,
{{NAME:Ugo Nwankwo}}, MD, CAQSM
Faxed to school {{FAX:515-555-0105}} {{DATE:9/15}} 1130 /{{NAME:lr}}`,
  `SANE PROGRAM — FOLLOW-UP CALL LOG
Pt: {{NAME:J.M.}} (chart {{MRN:SN-00417}})   Exam {{DATE:10/02/28}}   Safe number: {{PHONE:(612) 555-0183}} — OK to leave msg: NO
Day 3 {{DATE:10/5}} 1600: no answer; no msg per safety plan.
Day 3 {{DATE:10/5}} 1900: spoke w/ pt (code word verified). Taking nPEP, mild nausea; ondansetron Rx to {{FACILITY:Bloomfield Ave Pharmacy}}. Wants advocate — warm transfer to {{NAME:Ximena}} at {{FACILITY:Northstar Sexual Violence Resource Center}}.
Day 14 {{DATE:10/16}}: labs at {{FACILITY:Larkspur Neighborhood Health}} — Cr 0.8, LFTs nl.
Day 28 {{DATE:10/30}}: nPEP completed. HIV Ag/Ab neg; repeat at 6 wk ({{DATE:11/13}}) and 3 mo.
Det. {{NAME:Sorensen-Oyelaran}} asked for update — told pt must consent; pt declines release for now.
Kit # {{ID:SAK-0051192}} held at {{FACILITY:Hennepin Crossing PD}} property room (reported case).
SANE {{NAME:Mariah Two Bulls}}, RN, SANE-A /{{NAME:mtb}}`,
  `LEGAL BLOOD ALCOHOL — SPECIMEN COLLECTION & CHAIN OF CUSTODY
Agency: {{FACILITY:Deschutes Ridge Sheriff's Office}}   Case {{ID:DRSO-28-88170}}
Subject: {{NAME:Tyler James Moncrief}}   DOB {{DATE:12/30/1998}}   OR DL {{LICENSE:8824731}}
Requesting officer: Deputy {{NAME:Carmen Ybarra}} #{{ID:D-214}}
Authority: search warrant signed by Judge {{NAME:Halstead}} {{DATE:11/24/2028 01:12}}
Collected {{DATE:11/24/2028 01:38}} by {{NAME:Oscar Nwosu}}, MLT, {{FACILITY:High Desert Medical Center}} ED rm 12.
Site L antecubital; prep povidone-iodine (NO alcohol). 2 gray-top tubes, lot 8X22410 exp 2029-06.
Seals {{ID:BK-770141}}, {{ID:BK-770142}}; initialed by collector + officer.
Custody: collector -> Dep. {{NAME:Ybarra}} 0141 -> evidence locker 0320 -> state crime lab, {{LOCATION:Bend}}.
Medical: abrasion forehead, GCS 15, refused medical BAC; cleared for jail.
Vehicle impounded: 2015 Chevy Silverado, plate {{VEHICLE:WZP 881}}.
Signed: collector {{NAME:O. Nwosu}} / officer {{NAME:C. Ybarra}} / witness {{NAME:Meadow Hartigan}}, RN`,
  `PEDS PSYCH BOARDER — DAILY ED NOTE (day 6)
{{DATE:12/18/2028}}   {{FACILITY:Copper Basin Medical Center}} ED, Peds Rm 4 (safe room)
Pt: {{NAME:Aaliyah Montgomery-Reyes}}, 13F, MRN {{MRN:CB0199283}}
Hold: ECO {{DATE:12/12}}; TDO {{DATE:12/14}}, hearing in ED by video, special justice {{NAME:Pruett}}.
Guardian: grandmother {{NAME:Yolanda Reyes}} (legal custodian), {{PHONE:276-555-0149}}; DSS worker {{NAME:Carla Ostrowski}}, case {{ID:DSS-28-55102}}.
Overnight: slept 6 h; head-banging x1 at 0320, verbal de-escalation, no PRN. Ate 75% breakfast.
School: {{FACILITY:Laurel Fork Middle School}}, counselor Mr. {{NAME:Akers}} sent work packets.
Bed search: {{FACILITY:Blue Ridge Youth Behavioral}} waitlist #3; {{FACILITY:Hollins Pointe Children's Psychiatric}} declined (aggression); {{FACILITY:Holston Kids Crisis Unit}} pending.
Meds: sertraline 50 mg daily, hydroxyzine 25 mg PRN.
Telepsych Dr. {{NAME:Oyewole}} today 1100. Pt asked for her cousin {{NAME:Dre}} to visit — approved by grandmother.
RN {{NAME:Delphine}} / MD {{NAME:K. Aldana}}`,
  `EMS -> ED HANDOFF — STROKE ALERT (pre-notified 0812)
{{DATE:1/7/2029}}   {{FACILITY:Mercy Lakeside Comprehensive Stroke Center}}   straight to CT
Unit: {{FACILITY:Tri-Township Ambulance}} Medic 14   PCR # {{ID:TTA-29-000318}}
Pt {{NAME:Ferenc Kovács}}, 74M. LKW 0720 per wife {{NAME:Erzsébet}} (went out to shovel driveway at {{ADDRESS:1907 Windsor Ln}}, {{LOCATION:Crystal Lake}}). Found 0745 slumped in garage.
Sx: R face droop, R arm drift, expressive aphasia. BE-FAST +, Cincinnati 3/3, LAMS 4. BGL 142.
VS: 186/98, HR 88 irreg, SpO2 96% RA.
Meds per wife: was on warfarin, stopped {{DATE:Dec 2028}}; now ASA 81 only. Med list photo on her phone.
Wife following by car, cell {{PHONE:815-555-0192}}.
Stroke neuro Dr. {{NAME:Bhattacharya}} met at CT 0831. NIHSS 11. CTA: L M2 occlusion. TNK 0.25 mg/kg 0844; to IR 0902.
Handoff: paramedic {{NAME:Jolene Marchetti}} -> RN {{NAME:Abdirahman}} / RN {{NAME:Schultz}}.`,
  `POISON CENTER — OCCUPATIONAL EXPOSURE
Case {{ID:RMPC-29-03376}}   {{DATE:02/21/2029 14:05}}
Caller: {{NAME:Tessa Grimaldi}}, occ health RN, {{FACILITY:Silverline Semiconductor}}, {{LOCATION:Hillsboro}}, {{PHONE:503-555-0180}}
Pt: {{NAME:Arjun Deshpande}}, 36M, process tech, employee # {{ID:SS-20931}}
Exposure: ~5% HF through torn nitrile glove, R index + middle fingertips, ~1300. Pain severe, out of proportion to skin (blanching only).
Rec: water irrigation 15 min (done); calcium gluconate 2.5% gel q15 min; ED for Ca/Mg/K + ECG. If pain persists -> Bier block or intra-arterial calcium gluconate.
Referred {{FACILITY:Tualatin Valley Medical Center}} ED; spoke w/ Dr. {{NAME:Okoro-Lindahl}} 1420.
f/u 1600: pain 8/10 despite gel -> Bier block calcium gluconate 10 mL of 10% in 40 mL NS; pain 2/10. Ca 9.1, QTc 438.
f/u {{DATE:2/22}} 0900: discharged; hand surgery {{DATE:2/24}}. SDS on file.
Closed — minor effect /{{NAME:hkw}}`,
  `ED PROGRESS NOTE 0230 — serotonin toxicity
Pt {{NAME:Ravenna DiStefano}}   31F   MRN {{MRN:00931177}}   {{DATE:03/30/2029}}
Meds: sertraline 150 mg daily; tramadol started {{DATE:3/27}} for dental pain by Dr. {{NAME:Kofi Amankwah}} ({{FACILITY:Compo Beach Dental Studio}}); dextromethorphan cough syrup tonight.
Exam: T 39.4, HR 132, BP 164/96, diaphoretic, agitated. Inducible + spontaneous clonus LE > UE, ocular clonus, hyperreflexia. Hunter criteria MET. No lead-pipe rigidity (vs NMS).
Tx: stop serotonergic meds; lorazepam 2 mg IV x2; cyproheptadine 12 mg PO then 2 mg q2h; cooling; IVF. If T > 41 -> paralysis + intubation.
CK 1840, Cr 1.1.
Poison center ({{FACILITY:Long Island Sound Poison Center}}) case {{ID:LISPC-29-7102}}.
Partner {{NAME:Noelle Haverford}} at bedside, {{PHONE:203-555-0135}}.
Admit MICU, Dr. {{NAME:Tsai}}. Dentist's office notified by fax {{FAX:203-555-0136}}.
— {{NAME:E. Villanueva-Kerr}}, MD`,
  `ADULT PROTECTIVE SERVICES — REPORT OF SUSPECTED ELDER ABUSE / NEGLECT (from ED)
Report # {{ID:APS-29-118026}}   Called in {{DATE:04/14/2029}} 1512, intake worker {{NAME:Miriam Oduya}}
Alleged victim: {{NAME:Cornelius Whitlock}}, age {{AGE:ninety-six}}, DOB {{DATE:5/2/1932}}
Address: {{ADDRESS:412 Pinecone Rd}}, {{LOCATION:Valdosta}}, GA {{ZIP:31602}} (lives w/ grandson)
Alleged perpetrator: grandson/caregiver {{NAME:Dustin Whitlock}}, 34.
Findings: stage 4 sacral pressure injury w/ maggots; wt 48 kg (66 kg at PCP {{DATE:6/2028}}); BUN 88 / Cr 2.1; soiled; bruises of different ages both upper arms (grip pattern). Pt: "he takes my check."
Financial: SS deposit to account grandson controls at {{FACILITY:Southern Pine Credit Union}}.
Capacity questionable (MoCA 14/30).
Sheriff notified: {{LOCATION:Lowndes Co}} deputy {{NAME:Harrell}}, report {{ID:LCSO-29-06612}}.
Other family: niece {{NAME:Pamela Whitlock-Greene}} in {{LOCATION:Albany}}, GA, {{PHONE:229-555-0174}} — willing to help.
Reporter: {{NAME:Simone Achterberg}}, LCSW, {{FACILITY:Withlacoochee Regional Hospital}}, {{PHONE:229-555-0100}} x2231.`,
  `ED RESUS NOTE — house fire, smoke inhalation
{{DATE:May 8, 2029}} 0347   {{FACILITY:Merrimack Falls Hospital}}   Resus 1
Pt: {{NAME:Octavia Fernsby}}   58F   MRN {{MRN:MF-2290187}}
Pulled from 2nd-floor bedroom at {{ADDRESS:77 Cote Ave}}, {{LOCATION:Manchester}}, NH by {{FACILITY:Piscataquog Fire}} Ladder 2. ~10 min in smoke.
Arrival: GCS 8, soot nares/oropharynx, stridor. SpO2 "98%" (unreliable — CO). Lactate 11.2. COHb 34%.
Intubated 0352, 8.0 ETT, Dr. {{NAME:Abiola Castellanos}}. Bronch: grade 3 inhalation injury.
Hydroxocobalamin (Cyanokit) 5 g IV 0358 for presumed cyanide (lactate >10); urine red afterwards (expected). HBO not feasible — unstable.
Burns 8% TBSA partial thickness, hands/forearms.
Transfer: {{FACILITY:New England Regional Burn Unit}}, ref {{ID:NERBU-29-0612}}, via {{FACILITY:Granite Flight}}, lift 0540.
Husband {{NAME:Wendell Fernsby}} (minor burns, rm 7) and the dog are safe. Fire marshal {{NAME:R. Dube}}: space heater, arson not suspected.
— {{NAME:A. Castellanos}}, MD`,
  `ED INDIVIDUALIZED CARE PLAN — high ED utilizer   (reviewed {{DATE:06/03/2029}})
Pt: {{NAME:Lamont}} "{{NAME:Monty}}" {{NAME:Fairweather}}   DOB {{DATE:08/08/1971}}   MRN {{MRN:0065511}}
Visits: 38 in 12 mo (EtOH intox, "seizure", chest pain).
Key facts:
 - EtOH use d/o; withdrawal seizures x2 (last {{DATE:2/2029}}).
 - Cardiac w/u neg x4 incl. cath {{DATE:11/2027}} at {{FACILITY:Kenwood Heart Institute}}.
 - Housing: waitlisted at {{FACILITY:Lakeshore Bridges Supportive Housing}}; case mgr {{NAME:Benedikt Olawale}}, {{FACILITY:Eastside Community Services}}, {{PHONE:216-555-0157}}.
ED plan:
 - CT head only for new focal deficit or trauma w/ GCS drop.
 - Phenobarbital withdrawal protocol (NOT chlordiazepoxide); thiamine 500 mg IV.
 - No opioids; acetaminophen OK.
 - Offer detox bed at {{FACILITY:St. Gregory Recovery House}} every visit.
 - Emergency contact: sister {{NAME:Vernice Fairweather}} {{PHONE:216-555-0158}}.
Medicaid plan member {{HEALTH_PLAN:OHMC-4419283701}}.
Authored by ED complex care cmte: Dr. {{NAME:Haruka Ishikawa}}, RN {{NAME:Dorothea Pleasant}}, SW {{NAME:Ines Carvalho}}. Next review {{DATE:9/3/29}}.`,
  `RADIOLOGY DISCREPANCY — ED CALLBACK
{{DATE:7/14/29}}   Discrepancy # {{ID:RD-29-0884}}
Pt {{NAME:Beatriz Salazar-Kim}}   DOB {{DATE:10/10/1990}}   MRN {{MRN:HV-7730418}}   ED visit {{DATE:7/12/29}}
Prelim (ED, Dr. {{NAME:Castor}}): R wrist XR — no fx. D/c as sprain, volar splint.
Final (Dr. {{NAME:Vikram Olufemi-Shah}}, radiology, {{DATE:7/13/29 0712}}): subtle scaphoid waist fx.
Call 1 {{DATE:7/14}} 1010 to {{PHONE:(845) 555-0124}} — reached pt, verified name + DOB, informed of fx.
Plan: return to ED fast track today for thumb spica splint; hand clinic {{FACILITY:Rondout Hand & Upper Extremity}} {{DATE:7/18}} 1:30 pm; no lifting at work ({{FACILITY:Camp Wappinger Day Program}}), note given.
Pt returned 1320; splint placed by tech {{NAME:Gilberto}}. Snuffbox tender, Watson test neg.
Callback RN {{NAME:Haley Ostrander}} /{{NAME:ho}}`,
  `TELEPHONE ENCOUNTER — ED front desk -> charge RN
{{DATE:Fri 8/10/29}} 2:47 PM   taken by {{NAME:Lacey}} (registration)
Caller says she is pt's aunt, {{NAME:Pualani Keawe}}, calling from {{LOCATION:Hilo}}, {{PHONE:808-555-0116}}.
Asking about {{NAME:Keoni Akana}}, MRN {{MRN:HM-0338127}}, brought by ambulance this morning after a surfing accident at {{LOCATION:Honoliʻi}}.
Per charge RN {{NAME:Malia K.}}: pt here; caller not on his contact list. Told caller we can neither confirm nor deny; message passed to pt.
3:05 PM pt ({{NAME:Keoni}}) OK'd info to Aunty {{NAME:Pua}} — added to release of info.
3:12 PM called aunt back: stable, CT c-spine neg, forehead lac repaired (fin strike), likely home tonight; ride w/ cousin {{NAME:Kainoa}}.
Aunt asked if his work ({{FACILITY:Hamakua Coast Surf School}}) was told — advised pt will handle.
— {{NAME:mk}} / {{NAME:lb}}`,
  `TRAUMA BAY WHITEBOARD — photo transcribed to chart by scribe {{NAME:N. Osterberg}} {{DATE:9/1/2029 0120}}
PT: {{NAME:DOE, ROMEO}} -> {{NAME:HALLORAN, PATRICK}}   ~45M   MRN {{MRN:T0018834}}
MECH: MCC vs guardrail, {{ADDRESS:Rte 2 EB mm 41}}, bike plate {{VEHICLE:MC 7H22}}
ARRIVE 0038 | TL: Dr {{NAME:OYELARAN}} | AIRWAY: Dr {{NAME:PARK}} | RN1 {{NAME:TESS}} RN2 {{NAME:MO}} | RT {{NAME:GABE}}
A: ETT 7.5 @ 23 0045   B: L CT 0049   C: MTP 0050 — 2 PRBC / 2 FFP / 1 plt
GCS 6T   pupils 4/3 R sluggish
FAST + LUQ
LABS Hgb 8.9  lac 6.1  EtOH 212  INR 1.4
IMG CXR ✓  pelvis ✓ — open book -> binder 0051
DISPO OR 0105 Dr {{NAME:FELICIANO}}
FAMILY wife {{NAME:SIOBHAN}} {{PHONE:978-555-0171}} en route from {{LOCATION:LOWELL}}
EVIDENCE bag {{ID:EV-2209915}} to Tpr {{NAME:McNAMARA}}
ISS est >25. Tertiary survey due in 24 h. Chaplain paged 0110.`,
  `ED NOTE — anaphylaxis
Pt: {{NAME:Eamon Fitzgerald-Nakamura}}   DOB {{DATE:04/04/1984}}   MRN {{MRN:GL-1183920}}   {{DATE:10-Sep-2029}}
Stung x3 by yellowjackets while mowing at work ({{FACILITY:Thornbury Ridge Golf Club}}, grounds crew) 1315. Within 10 min: hives, throat tightness, lightheaded. Coworker {{NAME:Héctor}} gave pt's own EpiPen 0.3 mg L thigh 1325.
EMS ({{FACILITY:Des Plaines River Fire District}}): BP 84/50 -> 2nd epi 0.5 mg IM, albuterol neb.
ED 1352: BP 102/64, diffuse urticaria, mild wheeze. Methylprednisolone 125 mg, diphenhydramine 50 mg, famotidine 20 mg IV; NS 1 L.
Obs 6 h, no biphasic reaction. Tryptase sent 1400.
D/c: EpiPen 2-pak Rx to {{FACILITY:Harms Road Pharmacy}}; venom immunotherapy referral, {{FACILITY:Lakeside Allergy & Asthma}}, Dr. {{NAME:Renata Oyelowo}}; work note.
Wife {{NAME:Chiyo}} picked him up, {{PHONE:847-555-0110}}.
{{NAME:B. Achterberg-Lund}}, PA-C / {{NAME:T. Oduya}}, MD`,
  `SKI PATROL -> BASE CLINIC -> ED HANDOFF
{{FACILITY:Sawtooth Bowl Ski Area}} patrol incident # {{ID:SB-2930-0417}}   {{DATE:12/27/2029}} 1415
Pt: {{NAME:Hiroshi Tanabe}}, 52M, visiting from {{LOCATION:Sapporo}}; staying at {{FACILITY:Bald Eagle Lodge}}. Season pass # {{ID:SP-778120}}.
MOI: skier vs tree on a blue run, ~30 mph, helmet cracked.
Patroller {{NAME:Kit Halvorsen}} (OEC): + LOC ~30 s, GCS 14 -> 15, R flank pain; toboggan to base 1440.
Base clinic ({{FACILITY:Sawtooth Mountain Clinic}}), PA {{NAME:Dana Ruiz-Oakes}}: HR 118, BP 98/60, R lower rib tenderness -> ambulance.
{{FACILITY:Wood River Valley Ambulance}} to {{FACILITY:Blaine Peak Medical Center}} ED 1540.
ED: CT — grade II liver lac, R 9-10 rib fx, no ICH. Admit trauma obs, serial Hgb.
Insulin pump (Tandem t:slim X2, SN {{DEVICE:TS11820476}}) removed for CT, returned to pt.
Travel insurance policy # {{HEALTH_PLAN:TKM-88301947}}. Japanese interpreter by phone, ID {{ID:LL-88214}}.
Wife {{NAME:Yumiko}} at lodge, {{PHONE:+81 90-5550-3318}}.`,
  `POISON CONTROL — CALL LOG (export)
case_id,received,spi,caller_rel,pt_name,pt_age,substance,route,disposition
{{ID:WVP-30-00781}},{{DATE:2030-01-19 16:22}},{{NAME:hmorrisey}},parent,{{NAME:Bentley Caudill}},18 mo,e-liquid nicotine 50 mg/mL ~2 mL,ingestion,referred HCF
notes:
16:22 mom {{NAME:Kayla Caudill}} {{PHONE:304-555-0197}}, {{ADDRESS:Rt 3 Box 112}}, {{LOCATION:Hamlin}}, WV {{ZIP:25523}}. vomited x3, pale, drooling.
16:25 EMS dispatched (911 called for mom). to {{FACILITY:Mud River Valley Hospital}}.
17:05 ED Dr {{NAME:Okeke}}: HR 168, BP 110/70, vomiting, lethargic, no fasciculations, no seizure.
17:40 HR 130, more alert. observe min 6 h.
22:30 asx, eating, d/c home.
bottle from {{FACILITY:Guyandotte Vapor Co}}; child-resistant cap missing. Advised lock box. Grandpa {{NAME:Dewey}} also vapes in home.
disposition: minor effect. closed {{DATE:1/20/30}} /{{NAME:hm}}`,
  `{{FACILITY:Saint Columba Medical Center}} — Department of Emergency Medicine
{{ADDRESS:1800 Larkin Ave}}, {{LOCATION:Elgin}}, IL {{ZIP:60123}}

{{DATE:February 6, 2030}}

Mr. {{NAME:Davi Nascimento}}
{{ADDRESS:26 Perrin Ct, Apt 1}}
{{LOCATION:Carpentersville}}, IL {{ZIP:60110}}

Dear Mr. {{NAME:Nascimento}}:
Thank you for your letter of {{DATE:January 22}} asking for a copy of your emergency department record and the security video from your visit on {{DATE:12/31/2029}}, and an explanation of why you were placed in restraints.
Your records (account {{ACCOUNT:SC-30048812}}) were mailed on {{DATE:2/3/30}}. Security footage is not part of the medical record; it is kept for 30 days and was no longer available.
I reviewed the chart with Dr. {{NAME:Leontyne Abara}}. You arrived with a head injury and were confused and striking at staff; soft restraints were used for 40 minutes while the CT scan was done. I am sorry for how frightening that was.
You may also reach our patient advocate, {{NAME:Gretchen Pohl}}, at {{PHONE:847-555-0153}} or {{EMAIL:patientadvocate@stcolumba.example.org}}.
Sincerely,
{{NAME:Rafael Ebersole-Kaur}}, MD, Chair`,
  `ED NOTE — suspected body packer (in federal custody)
{{DATE:03/03/2030 21:10}}   {{FACILITY:Gulfstream International Medical Center}} ED
Pt: {{NAME:Wilmer Arévalo Quispe}}   DOB {{DATE:02/14/1993}}   Passport {{ID:PE4418203}}   MRN {{MRN:GI-9981023}}
Brought by CBP officers {{NAME:Lindqvist}} and {{NAME:Deangelo Fry}} after arrival from {{LOCATION:Lima}}. CBP fingerprint record {{BIOMETRIC:FPX-5530-29107}}; booking photo ref {{PHOTO:CBP-IMG-30-0412-F}}.
Exam: asymptomatic, HR 84, BP 126/78, no sympathomimetic toxidrome.
CT A/P noncontrast: ~60 uniform oval packets colon/rectum, no obstruction.
Plan: admit; WBI w/ PEG 1.5-2 L/h; NO endoscopic retrieval (rupture risk). If cocaine toxidrome or obstruction -> OR emergently (Dr. {{NAME:Castellanos-Mora}} aware).
Count packets passed; hand to CBP w/ chain of custody, seizure # {{ID:CBP-30-0412}}.
Spanish interpreter {{NAME:Fabiola}}. Pt asks that sister {{NAME:Rocío}} in {{LOCATION:Cusco}} be told: {{PHONE:+51 984 555 221}}.
{{NAME:Delmar Okonkwo-Price}}, MD`,
  `I-PASS HANDOFF — ED -> MICU   {{DATE:4/16/30}} 1905
I: {{NAME:Yevgenia Sokolova-Hart}}, 67F, ED rm 18 -> {{FACILITY:Abbott 9}} MICU bed 6, MRN {{MRN:CA00288190}}. Severity: UNSTABLE.
P: ethylene glycol ingestion, intentional (text to son). Osm gap 48, AG 31, lactate 4.0, Ca 7.9, Cr 1.9; calcium oxalate crystals in UA.
A: fomepizole 15 mg/kg 1650; bicarb gtt; thiamine 100 mg + pyridoxine 50 mg; nephrology Dr. {{NAME:Chandrasekar}} — HD tonight, R femoral dialysis cath placed 1840.
S: watch seizures, hypoCa, QTc 492. BMP/osm 2100. Fomepizole q12h (next 0450), q4h while on HD.
S: receiving RN {{NAME:Oyinkansola}} read back; MICU fellow Dr. {{NAME:Breckenridge}}.
Family: son {{NAME:Maksim Hart}} {{PHONE:312-555-0144}}. Outpt psych: {{FACILITY:Lakeview Counseling Collaborative}}. Sitter 1:1.
PC case {{ID:IPC-30-10877}}.   Handoff by {{NAME:Q. Afolabi}}, MD`,
  `AFTER VISIT SUMMARY — {{FACILITY:Sandhill Urgent & Emergency Care}}, {{LOCATION:Aiken}}, SC
{{NAME:Priscilla Onwuachi}}   DOB {{DATE:9/18/2001}}   Visit {{DATE:05/05/2030}}   MRN {{MRN:SU-41102}}
You were seen for: 4 cm cut on L palm (kitchen knife, at work — {{FACILITY:Mama Tere's Kitchen}}).
Repair: 6 simple interrupted 4-0 nylon sutures. Tendons and nerves intact. Tdap given today (lot U7719AA).
Wound care: keep dry 24 h, then wash gently twice a day; thin layer of bacitracin; no soaking.
Suture removal: 10-14 days — on or after {{DATE:May 15}}, at {{FACILITY:Aiken Family Health}} or here.
Return if: spreading redness, pus, fever, numbness, can't bend fingers.
Work: no wet work or knife use until sutures are out. Employer form faxed to {{FAX:803-555-0114}}. Workers' comp claim # {{ACCOUNT:PCW-30-118204}}.
Medicines: ibuprofen 400-600 mg every 6-8 h with food as needed.
Questions: nurse line {{PHONE:803-555-0113}}; portal {{URL:https://mychart.sandhill-care.example.com/invite/PO-55812}} (invite sent to {{EMAIL:ponwuachi01@example.com}}).
Provider: {{NAME:Kenji Waterhouse}}, PA-C   Nurse: {{NAME:Abby}}`,
  `ED PEER REVIEW — CASE SUMMARY (confidential, peer review privileged)
Review # {{ID:PRC-30-022}}   Reviewed {{DATE:6/20/2030}}
Case: {{NAME:B.K.}}, 44M, MRN {{MRN:0771283}}. ED visit {{DATE:5/11/30}} -> d/c "musculoskeletal back pain". Returned {{DATE:5/13/30}} with T10 spinal epidural abscess.
Index visit: triage RN {{NAME:Carolyn Mbeki}}; physician Dr. {{NAME:F. Lachance}}. T 37.9 not rechecked; hx IVDU in triage note; no lower-extremity neuro exam documented. EHR audit: d/c order from workstation IP {{IP:192.0.2.141}} at 0342.
Return: paraparesis, MRI T9-11 SEA; decompression by Dr. {{NAME:Szabó}} that night. Now at {{FACILITY:Driftwood Rehabilitation Hospital}}.
Discussion: red flags (IVDU, low-grade fever, night pain) missed; anchoring; night shift volume (42 pts/provider).
Determination: Level 2 — opportunity for improvement, system + individual.
Actions: back-pain red-flag BPA in EHR; education at M&M {{DATE:7/9}}.
Reviewers: Dr. {{NAME:Ottoline Grace}}, Dr. {{NAME:Amadou Sissoko}}. Recorder {{NAME:jlw}}.
Complaint letter from wife {{NAME:Renée K.}} rec'd {{DATE:5/20}} — to risk mgmt, ref {{ID:RM-30-0330}}.`,
  `ED NOTE — organophosphate poisoning (cholinergic toxidrome)
{{DATE:7/22/2030}} 1130   {{FACILITY:Delta Plains Regional Hospital}}, {{LOCATION:Greenwood}}, MS
Pt {{NAME:Eulalio Pérez Xiloj}}, 27M, MRN {{MRN:DP-2209183}}; H-2A worker for {{FACILITY:Tallahatchie Bend Farms}}, sprayed w/ torn backpack sprayer; label photo: dimethoate.
Crew leader {{NAME:Jimmy Ray Tubbs}} drove him in; 3 coworkers decon'd outside by {{LOCATION:Leflore Co}} fire.
Exam: miosis, bronchorrhea, wheeze, HR 48, fasciculations, diarrhea, SpO2 86%. DUMBELS.
Tx: staff PPE + decon; atropine 2 mg IV, doubled q5 min, total 38 mg until lungs dry; pralidoxime 30 mg/kg then 8 mg/kg/h; midazolam. Intubated w/ rocuronium (NOT succinylcholine).
RBC cholinesterase 18% of normal.
Poison center case {{ID:MSPC-30-5513}}. Employer gave passport copy, {{ID:GT-11872045}}; home town {{LOCATION:Quetzaltenango}}.
Brother {{NAME:Ronaldo}} {{PHONE:662-555-0133}}. Interpreter K'iche'/Spanish via {{FACILITY:Lenguas Unidas Interpreting}}.
Admit ICU. — {{NAME:Marguerite Ashby-Coleman}}, MD`,
  `PATIENT PORTAL MESSAGE (export) — routed to ED nurse pool
msg_id: {{ID:MSG-30-8841203}}   sent: {{DATE:2030-08-29T23:14:07}}   from IP {{IP:198.51.100.74}}
From: {{NAME:Tobiah Greenleaf}} (MRN {{MRN:QH-0402219}}) <{{EMAIL:t.greenleaf@example.net}}>
Subject: question after ER visit
"hi I was seen in the ER on {{DATE:aug 27}} for the allergic rxn (I think to the amoxicillin from urgent care). they gave me prednisone 40 mg x5 days and said take zyrtec. rash mostly gone but now my lips are a little swollen again tonight, no trouble breathing. should I come back?? also my work ({{FACILITY:Halcyon Bay Logistics}}) needs a note for {{DATE:8/28}} and {{DATE:8/29}}. thanks, {{NAME:Toby}}"
Reply {{DATE:8/29/30 23:40}} — {{NAME:R. Castellanos-Ibe}}, RN: "Lip swelling can mean the reaction is coming back. Please come to the ED now, or call 911 for any trouble breathing or swallowing. Work note attached."
Pt arrived ED 00:25 {{DATE:8/30}}; mild angioedema, observed, d/c 0500.
Thread: {{URL:https://portal.queenshollow.example.org/messages/8841203}}`,
  `ED ATTENDING SIGN-OUT   {{DATE:10/31/30}} 0700 (nights -> days)   {{FACILITY:Calder Ridge Medical Center}}
from Dr {{NAME:Oduya}} to Dr {{NAME:Haddad}}
rm 3  {{NAME:Brzezinski}} {{AGE:102}}yo F — urosepsis, lactate cleared, admit hosp, accepted Dr {{NAME:Tran}}. DNR. great-grandson {{NAME:Colby}} at bedside
rm 4  {{NAME:Whitebear, Lorne}} 61M — LVAD (HeartMate 3, SN {{DEVICE:HM3-6620417}}) low-flow alarms; VAD coordinator {{NAME:Paige}} coming 0800
rm 6  {{NAME:Mendes, Ana Paula}} 29F — r/o ectopic, bhCG 1800, US 0730, OB Dr {{NAME:Ferreira-Watts}} aware
rm 9  "{{NAME:Tiny}}" {{NAME:Laferriere}} 58M — EtOH, CIWA 8, sleeping; ride = brother {{NAME:Gilles}}
rm 14 {{NAME:Sophie Van der Berg}} 8F — fell off porch trick-or-treating at {{ADDRESS:19 Maple Row}}; buckle fx, splinted, ortho f/u {{DATE:11/4}}
rm 15 {{NAME:Kuznetsov}} 33M — THC edible at party at {{FACILITY:Whitlock College}}; HR 120->96; PC case {{ID:PC30-99881}}
Hall 2 {{NAME:Nyambura}} {{AGE:93}}F — boarding 22 h, tele bed {{FACILITY:Pruitt 5}} at 0900
WR 11; LWBS x3 overnight. Xfer out x1 to {{FACILITY:Meridian Hills University Hospital}} (STEMI), ref {{ID:TC-2030-44102}}.
— {{NAME:K. Oduya}} / {{NAME:Y. Haddad}}`,
];

export const HELDOUT_REALISTIC_127_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout127-${i + 1}`, n));
