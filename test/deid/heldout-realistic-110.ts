// A hundred-and-tenth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges; towns and cities are real places used only as LOCATION). Its theme is
// emergency and urgent care and the law around them: ED triage notes and queues, ED physician notes
// with their dispositions (admit, observation, transfer, discharge), urgent-care and virtual
// urgent-care visits, poison-center call records and machine exports, sexual-assault nurse examiner
// (SANE) forms, strangulation and drug-facilitated-assault documentation, child-abuse, elder-abuse
// and child-advocacy referrals, police holds and involuntary-commitment paperwork (Ohio emergency
// admission, California 5150, Massachusetts section 12, Texas emergency detention, Virginia ECO/TDO,
// Florida Baker Act, North Carolina IVC) with officer names, badge and star numbers, case, incident,
// warrant and petition numbers and vehicle plates, legal blood-alcohol draws and chains of custody,
// dog-bite, bat and macaque exposures and animal-control reports, motor-vehicle, motorcycle and
// pedestrian crashes (make, model, plate, VIN, driver's licences, intersections, highway mile
// markers), workplace injury reports (first reports of injury, OSHA 301, bloodborne-pathogen
// exposures, chemical and heat exposures) with employers' names and addresses and workers'
// compensation claims, frequent-visitor care plans and collective ED alerts, ED boarding logs, bed
// searches and census huddles, restraint flowsheets, belongings inventories, AMA and
// patient-directed-discharge forms, EMTALA transfers, interpreter logs (spoken, relay and ASL),
// HIPAA disclosure logs, subpoena letters, self check-in kiosk exports, culture callbacks, SMS
// threads and follow-up calls. Names of patients, relatives, officers, witnesses and staff appear in
// many forms: all caps, surname first, nicknames in quotes, first or last names alone, initials,
// trauma aliases; addresses are often written loosely ("corner of Detroit St and 2nd", "the Shell
// station on Route 9", "63rd & Halsted", "the 4400 block of Lyndale Ave S").
// Look-alikes that are not PHI: GCS and its components (E4V4M6), ESI levels, NEXUS, PECARN, the
// Canadian CT head and C-spine rules, the Ottawa ankle and SAH rules, Glasgow (the scale; the city
// abroad is LOCATION), Wells, PERC, sPESI, HEART, Centor/McIsaac, Alvarado, NIHSS, CHA2DS2-VASc,
// CIWA, COWS, MoCA, Hunt-Hess, Fisher, TEN-4-FACESp, Rumack-Matthew, Parkland, Lund-Browder, rule of
// 9s, eponyms (Battle's sign, Kernig, Brudzinski, Murphy, McBurney, Rovsing, Homan, Allen, Kanavel,
// Morison, Seidel, Stensen, Charcot, Bohler, Kleihauer-Betke), "B52", drug names and doses, lab
// values, antivenom lot numbers, clock times alone (0335, 02:14), years alone (2009, 2022), weekdays
// alone, months alone, states (OH, Ohio, KY), provinces and countries (Ontario, Canada, Guatemala,
// Nigeria, Norway), statutes and form names (ORC 5122.10, WIC 5150, c.123 s.12(a), 573.002,
// 37.2-808, CF-MH 3052a, 45 CFR 164.512, OSHA 301, pink slip, blue paper, Baker Act, Marchman Act),
// state police and state patrols, payers and insurers, EMS medic, ambulance and patrol unit numbers,
// rooms, bays, hallway beds and pods, and the names of animals.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-22 final engine
// (53b0dfe) 0.9631 / 0.9599; pass-23 engine (9420f77, whose rules were made from sets
// 2-104, 108 and 109 without reading this one) 0.9646 / 0.9599.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Also: honorifics in other
// languages (Ong, Hastiin, Pere, Mama, Brother) stay outside NAME spans like titles; a highway
// mile marker or intersection where a person was is ADDRESS; a date range written as one token
// (4/11-4/15/92) is one DATE span; a city abroad is LOCATION wherever it appears.
// Added for this set: a month/day without a year (3/4, mar 13, 27 mar 24) is a DATE;
// a clock time next to a month/day without a year stays outside the span (3/4 0700 ->
// [3/4] 0700), while one attached to a date with a year is inside; compact all-digit dates
// (03042024, 030424) and military-style dates (4MAR24) are DATE; an age over 89 is AGE however it
// is written (91yo -> [91]yo, 92F -> [92]F, [ninety-three]), ages of 89 and under are not; a
// nickname, first name alone, last name alone, lower-case name or initials standing for a person
// (pt, family or staff, incl. typist and signer initials like -TK) are NAME, one span per
// occurrence, and a nickname in quotes or brackets is its own span; ranches, reservations,
// pueblos, villages, chapters and rural communities as places are LOCATION, while a chapter house,
// clinic, trading post, ranch or school as an employer or a place of care is FACILITY; rural routes,
// HC/RR boxes, PO boxes, BIA/county road addresses and mile markers are ADDRESS; EMS unit and rig
// numbers, dialysis chairs and machine numbers, rooms and beds, and team pagers named by function
// written without a number are not PHI; an EMS run number, a critical-value call reference and a
// refill request number are ID; a home PD cycler, CGM transmitter or pump serial is DEVICE; a
// file name or reference number of a patient's face photo is PHOTO; a fingerprint, palm-vein or
// voiceprint template number is BIOMETRIC.
// Also: kin terms and honorifics (Mamaw, Uncle, Aunt, Grandpa, Sister, Pr., Sra., Sr., Don, Atty.,
// Sgt, Cpl., Agent) and newborn labels (baby girl, baby boy, Baby, Twin A) stay outside NAME spans,
// and a Yup'ik kin term used as a form of address ("Aaka") is not annotated; trauma aliases
// (TRAUMA, TANGO; DOE, ZULU) are NAME; an age over 89 written in error is still AGE; a hospital
// hailed on the radio by its short name is FACILITY; a county named with Co (Elko Co, Custer Co) is
// LOCATION; tribal citizen, passport, booking, badge and parcel tracking numbers are ID; a VA ICN
// is MRN; MIMIC placeholders standing for a country or a state are not annotated; a medicine's
// expiry, a pharmacy's delivery van, a government vehicle number and wound photos without a file
// reference are not PHI; a mention of a name as a word ("June is pt's name") is still NAME.
// Added for this set: a loosely written place where a person was (an intersection, "corner of
// Detroit St and 2nd", a block, a trail mile, a bridge, "the Shell station on Route 9", "the
// Waffle House lot on Two Notch Rd", a highway mile marker with its highway) is one ADDRESS span,
// a leading article outside; city and county police departments and their stations, sheriff's
// offices, fire departments and EMS agencies, animal-control and animal-services agencies, crisis,
// advocacy and child-advocacy centers, sobering centers, interpreting vendors, rescues, bars,
// motels, dormitories and crisis units are FACILITY, while state police, state patrols, county
// health departments named without a name of their own and state or federal agencies are not
// PHI; badge, star and officer ID numbers, evidence-kit, specimen-seal, envelope and evidence-tag
// numbers, warrant, ECO, TDO, petition and civil-action numbers, poison-center, transfer-center,
// APS and CPS referral numbers, rabies-tag and microchip numbers, interpreter numbers, student IDs,
// a portal activation code and foreign national ID numbers are ID; workers' compensation and
// auto-insurance claim and policy numbers and copay receipts are ACCOUNT; an airman certificate is
// LICENSE; a plate's state stays outside the VEHICLE span, and a vehicle's year, make, model and
// colour are not PHI; a print-scan or palm-vein template number is BIOMETRIC and a kiosk,
// registration or forensic face-photo reference is PHOTO; an ISO date-time (2025-05-02T23:41,
// 2028-07-04 00:12:08) is one DATE, and so is a date in a file name (20260801) or written in
// Spanish (17 de julio); an extension or pager written alone is PHONE; the names of animals
// (Duke, Bruno, Maple) are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES: string[] = [
  `ED TRIAGE - Pod B
Arrival: {{DATE:03/14/2024 02:47}} via Medic 12 (run # {{ID:24-031407}})
Pt: {{NAME:HOLLOWAY, DARNELL J}}   MRN {{MRN:E4471902}}   DOB {{DATE:07/22/1961}}
CC: "my chest feels heavy" x 2h, onset while shoveling snow at home ({{ADDRESS:418 Pruett Ave}}, {{LOCATION:Muncie}}).
ESI 2. HR 104 BP 168/94 RR 20 SpO2 95% RA T 36.8. Pain 7/10.
ASA 324 mg given by EMS, NTG 0.4 mg SL x1 PTA w/ partial relief. EKG at 0251, shown to Dr. {{NAME:Okafor}} - no STE.
HEART score to be calc'd by MD; hx HTN, DM2, quit smoking 2009. Homan's neg b/l, no LE edema.
Wife {{NAME:Lorraine}} at bedside, cell {{PHONE:(765) 555-0143}}.
PCP: Dr. {{NAME:Feeney}}, {{FACILITY:Westside Family Practice}}.
Allergies: PCN (hives). Meds: metformin 1000 BID, lisinopril 20 daily.
Triage RN: {{NAME:K. Vasquez}} RN / {{NAME:kv}}`,

  `EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{FACILITY:Harlan Valley Regional Medical Center}} - Emergency Dept
Patient: {{NAME:Darnell Holloway}}  Acct# {{ACCOUNT:HV-2024-0088137}}  MRN {{MRN:E4471902}}
DOS: {{DATE:3/14/24}}   Attending: {{NAME:Chidi Okafor}}, MD   Resident: {{NAME:R. Lindqvist}}, DO

HPI: 62M w/ HTN, DM2 p/w substernal pressure after shoveling snow. Sx resolved after NTG. Denies syncope, SOB.
Exam: A&Ox3, GCS 15. Lungs CTA. No murmur. Abd soft, neg Murphy. Calves nontender, Homan neg.
Data: hs-trop 8 -> 9 ng/L (0h/2h). ECG NSR 88, no acute ST changes. CXR clear.
HEART 4 (H2 E0 A1 R1 T0).
MDM: moderate risk; d/w cardiology fellow Dr. {{NAME:Amara Wint}} (pager {{PHONE:4-7720}}) - obs for stress test.
Dispo: OBS, {{FACILITY:Tanner 4}} tele bed 12. Wife ({{NAME:Lorraine Holloway}}) updated by phone {{PHONE:765-555-0143}} at 0615.
Signed {{DATE:03/14/2024 06:22}} {{NAME:C. Okafor}} MD`,

  `REGIONAL POISON CENTER - CALL RECORD
Case #: {{ID:PC24-118830}}   Call recv'd {{DATE:04/02/2024 19:12}}   SPI: {{NAME:Marisol Ebbert}}, PharmD
Caller: mother, {{NAME:Tasha Greer}}, ph {{PHONE:(419) 555-0176}}, from home in {{LOCATION:Perrysburg}} {{ZIP:43551}}
Pt: {{NAME:Kaden}} (2 y/o, ~13 kg). Found w/ grandma's pill organizer open at ~1840; possibly amlodipine 10 mg x up to 3 tabs + metformin 500 mg.
Grandmother {{NAME:Bev Greer}} ({{AGE:91}}) states Tue-Wed slots empty.
Rec: refer to ED now - CCB ingestion in toddler, any amt. Caller to go to {{FACILITY:St. Anselm Children's}} ED; called ahead to charge RN {{NAME:Pete}} at {{PHONE:419-555-0190}}.
Guidance: glucose q1h, BP monitoring, obs min 24 h (amlodipine long half-life), consider HIE (insulin 1 U/kg bolus) if refractory hypotension.
F/u call {{DATE:4/2}} 2200: pt in ED, BP 88/50, HR 142, glucose 142. Calcium gluconate given. Adm PICU.
F/u {{DATE:4/3}} 0900: stable, off pressors. Case closed {{DATE:04/04/2024}}. -{{NAME:ME}}/{{NAME:jt}}`,

  `SEXUAL ASSAULT NURSE EXAMINER - MEDICAL FORENSIC EXAM (page 1 of 6)
Facility: {{FACILITY:Lakeshore General Hospital}}   Exam room: SANE 2
Pt name: {{NAME:REYES-ORTIZ, ANA LUCIA}}   DOB: {{DATE:11/03/1998}}   MRN: {{MRN:LG00918273}}
Exam date/time: {{DATE:05/19/2024 0310}}   Assault reported: {{DATE:05/18/2024}} approx 2300
Location of assault (per pt): parking lot behind the {{ADDRESS:Shell station on Route 9}}, {{LOCATION:Avon}}.
Law enforcement: Det. {{NAME:Graham Stuckey}}, {{FACILITY:Avon PD}}, badge {{ID:2217}}, case {{ID:24-005512}}
Advocate present: {{NAME:Jolene}} from {{FACILITY:Harbor Light Crisis Center}} ({{PHONE:440-555-0129}})
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, metronidazole 2 g deferred (EtOH), levonorgestrel 1.5 mg PO; HIV nPEP started, 28d supply.
Evidence kit #: {{ID:OH-SAK-0047731}} sealed 0455, chain of custody to Det. {{NAME:Stuckey}}.
Photos: 14 body images on SANE camera, no facial images.
SANE: {{NAME:Bridget Oyelaran}}, RN, SANE-A, lic {{LICENSE:RN.330921}}`,

  `APPLICATION FOR EMERGENCY ADMISSION (peace officer) - ORC 5122.10
Person to be admitted: {{NAME:Travis Lee McCORMACK}}   aka "{{NAME:T-Mac}}"
DOB {{DATE:02-09-1987}}   Address: {{ADDRESS:2291 Orchard Rd, Lot 14}}, {{LOCATION:Xenia}}, OH {{ZIP:45385}}
Officer: Ptl. {{NAME:Renee Dorsch}}  Badge # {{ID:611}}  Agency: {{FACILITY:Tecumseh County Sheriff's Office}}
Case/Incident #: {{ID:TCSO-24-030188}}   Unit: 3-Adam-12
Date/time taken into custody: {{DATE:06/07/2024 2140}}
Location: {{ADDRESS:corner of Detroit St and 2nd}}, outside the laundromat
Statement of belief: Subject texted his sister {{NAME:Kayla McCormack}} ("im done, said goodbye to mom") and was found w/ a belt around his neck in the alley. Combative on approach. Family reports 3 prior admits, last at {{FACILITY:Twin Valley Behavioral}} in 2022.
Transported by {{FACILITY:Xenia Fire}} Medic 31 to {{FACILITY:Greene Memorial}} ED.
Officer signature: /s/ {{NAME:R. Dorsch}} #{{ID:611}}     Date: {{DATE:6/7/24}}
Rec'd in ED by: {{NAME:A. Fontaine}} RN at 2218`,

  `ANIMAL BITE REPORT - to {{FACILITY:Pima County Animal Care}} (fax {{FAX:520-555-0162}})
Reporting facility: {{FACILITY:Saguaro Urgent Care - Oracle Rd}}   Reported by: {{NAME:Lupe Castaneda}}, MA
Victim: {{NAME:Mateo Ibarra}}   DOB {{DATE:1/30/2016}}   Parent/guardian: {{NAME:Daniela Ibarra}}  ph {{PHONE:(520) 555-0117}}
Victim address: {{ADDRESS:5510 N Camino Verde}}, {{LOCATION:Tucson}} AZ {{ZIP:85704}}
Date of bite: {{DATE:Sat 7/13/24}} ~1630   Location: neighbor's yard, {{ADDRESS:5514 N Camino Verde}}
Animal: dog, pit mix, brown/white, named "Duke" - owner {{NAME:Ron Albers}} ({{PHONE:520-555-0158}})
Rabies vax: owner says current, tag # {{ID:R24-33871}} (unverified)
Injury: R forearm, 2 punctures + 3 cm lac, no tendon involvement, full ROM, Allen test nl.
Tx: irrigated, not sutured, Augmentin 45 mg/kg/day div BID x5d, Tdap UTD (2022). No RIG/vaccine - dog available for 10-day quarantine.
ACO assigned: {{NAME:Whitfield}} #{{ID:118}}
Seen by: {{NAME:J. Haskins}}, PA-C, NPI {{LICENSE:1720394856}}`,

  `TRAUMA FLOWSHEET - Level II activation {{DATE:08/22/2024 17:05}}
Pt alias {{NAME:TRAUMA, KILO}} -> identified 1740 as {{NAME:SZABO, BENJAMIN}} ("{{NAME:Benny}}"), MRN {{MRN:7730418}}
Mechanism: restrained driver, 2017 Ford F-150 (plate KY {{VEHICLE:4TR-882}}), T-boned at {{ADDRESS:US-60 & Old Versailles Rd}} by a silver Camry, VIN {{VEHICLE:4T1BF1FK5HU301772}}. +airbag, ~45 mph per {{FACILITY:Woodford Co EMS}}. Extricated ~20 min.
Primary: A patent, B equal breath sounds, C HR 118 BP 102/64, D GCS 14 (E4V4M6), E seatbelt sign across lower abd.
FAST: + fluid RUQ (Morison's pouch). Canadian C-spine rule -> imaging; NEXUS not applicable (intox).
Battle's sign absent, no raccoon eyes.
1 u LTOWB, TXA 1 g. To CT then OR w/ Dr. {{NAME:Pellegrini}} (trauma) 1815.
Family: father {{NAME:Laszlo Szabo}} {{PHONE:859-555-0134}}.
KSP Trooper {{NAME:D. Whitt}}, badge {{ID:1142}}, collision report {{ID:KSP-24-77103}}.
Scribe: {{NAME:mh}}`,

  `EMPLOYER'S FIRST REPORT OF INJURY / OCC HEALTH VISIT
Employer: {{FACILITY:Brandt & Sons Fabrication}}, {{ADDRESS:7700 Industrial Pkwy, Bldg C}}, {{LOCATION:Fort Wayne}}, IN {{ZIP:46809}}
Supervisor: {{NAME:Gary Lutz}}  ph {{PHONE:260-555-0187}}  fax {{FAX:260-555-0188}}
Employee: {{NAME:NGUYEN, TUAN}}  Emp ID {{ID:BS-04417}}  SSN {{SSN:401-55-8812}}
Date of injury: {{DATE:09/03/2024}}  time 1015   Claim # {{ACCOUNT:WC-2024-558190}}   Carrier: Hoosier Mutual Comp
Description: L index finger caught in press brake. Coworker {{NAME:Eddie Pham}} hit e-stop.
Exam: L 2nd digit crush, nail bed lac, tuft fx on XR. Kanavel signs neg. Cap refill <2s.
Tx: digital block lido 1% plain 4 mL, nail bed repair 6-0 chromic, splint. Cephalexin 500 mg QID x5d. Tdap (last 2012).
Work status: modified duty, no use of L hand x 10 days. Recheck {{DATE:9/10}}.
Interpreter: Vietnamese, {{NAME:Linh}} (ID {{ID:44910}}) by phone via {{FACILITY:VoxBridge Interpreting}}.
Provider: {{NAME:Sandra Oduya}}, MD - {{FACILITY:Three Rivers OccMed - North}}`,

  `*** INDIVIDUALIZED ED CARE PLAN - do not remove from chart ***
Pt: {{NAME:Wanda Kirchoff}} ("{{NAME:Wendy}}")  MRN {{MRN:00637215}}  DOB {{DATE:04/16/1971}}
Visits last 12 mo: 41 ED, 6 admits. Reviewed by ED Care Mgmt Cmte {{DATE:10/08/2024}}.
Dx: chronic pancreatitis, EtOH use d/o, BPD, gastroparesis.
1. Pain: NO IV opioids. Ketorolac 15 mg IV x1, haloperidol 2.5 mg IV, lidocaine patch. Max 1 dose PO hydromorphone 2 mg if lipase >3x ULN.
2. Labs only if new sx. CT A/P not repeated unless peritoneal signs (last CT {{DATE:8/30/24}}).
3. Contacts: case mgr {{NAME:Tobias Renfro}}, LISW, ext {{PHONE:3318}}; PCP Dr. {{NAME:Ines Albright}}, {{FACILITY:Eastgate Community Health}}; sponsor "{{NAME:Sarge}}" (ok to call) {{PHONE:614-555-0109}}.
4. Housing: {{FACILITY:Lantern House}} shelter, {{ADDRESS:245 N Grant Ave}}. If pt leaves AMA, call intake {{PHONE:614-555-0122}}.
5. Security: 2 assaults on staff ({{DATE:3/2/23}}, {{DATE:6/11/24}}); call code grey early.
Authors: {{NAME:M. Quist}} MD, {{NAME:H. Adeyemi}} RN. Next review {{DATE:04/08/2025}}.`,

  `ED BOARDING LOG - BH / holds   {{DATE:11/19/2024}} (nights)
Bed | Pt | Age | Hold | Since | Placement
H3 | {{NAME:PRUITT, S.}} | 34 | pink slip | {{DATE:11/16}} 0412 | declined {{FACILITY:Ridgeview BH}} (no beds), pending {{FACILITY:Sunrise Pavilion}}
H4 | {{NAME:Okonkwo, Femi}} | 17 | minor, parent consent | {{DATE:11/18}} 2210 | 0 adolescent beds in state; ref {{FACILITY:Kettle Creek Youth Services}}
H5 | {{NAME:Belcastro, Vincent}} | {{AGE:92}} | none - dementia w/ agitation | {{DATE:11/17}} 1530 | SNF refs {{FACILITY:Maple Crest}}, {{FACILITY:Good Shepherd Villa}}
H6 | {{NAME:UNKNOWN, ZULU}} aka "{{NAME:Smoke}}" | ~50 | EDO (officer) | {{DATE:11/19}} 0105 | awaiting ID; prints via {{FACILITY:Summit County Sheriff}}
Sitters: {{NAME:Daquan}} (H3/H4), {{NAME:Rosa T}} (H5/H6). Charge RN {{NAME:Lacey}} ext {{PHONE:4412}}. BH intake {{PHONE:330-555-0170}}.
Note: H5 son {{NAME:Vince Jr}} wants call at 0800 - no EDO, not a hold pt.`,

  `REFUSAL OF TREATMENT / LEAVING AGAINST MEDICAL ADVICE
{{FACILITY:Cedar Bluff Community Hospital}}, Emergency Services
Patient: {{NAME:Kowalczyk, Dale R.}}   MRN {{MRN:CB-1190284}}   Date: {{DATE:12/01/2024}}  Time: 0335
I, {{NAME:Dale Kowalczyk}}, have been advised by Dr. {{NAME:Sunita Rao}} that my condition is possible appendicitis (RLQ pain, +McBurney's point tenderness, +Rovsing, WBC 14.2). CT A/P recommended.
Risks explained: rupture, peritonitis, sepsis, death. Pt has capacity: repeats back risks, consistent choice.
Reason given: "gotta be at work at 7, I'll lose my job at {{FACILITY:Tri-State Freight}}"
Return precautions given; may return at any time.
Patient signature: refused to sign   Witness: {{NAME:Marcus Bell}}, RN
Physician: {{NAME:S. Rao}}, MD   Contact #: {{PHONE:(304) 555-0132}}
Security: pt left in gf {{NAME:Crystal}}'s silver Malibu, WV plate {{VEHICLE:5LK229}}.
FU call {{DATE:12/01/2024 14:10}}: reached pt at {{PHONE:304-555-0145}}, pain worse, advised return; back at 1530, lap appy by Dr. {{NAME:Haverford}}.`,

  `INTERPRETER SERVICES LOG - ED
Date | Time | Pt (MRN) | Lang | Interpreter (ID) | Mode | Encounter
{{DATE:01/06/2025}} | 0915 | {{NAME:Tran Thi Mai}} ({{MRN:88210447}}) | Vietnamese | {{NAME:Hoa N.}} ({{ID:INT-0331}}) | in person | triage + consent
{{DATE:01/06/2025}} | 1040 | {{NAME:Abdirahman Farah}} ({{MRN:88210519}}) | Somali | {{NAME:Ayaan}} ({{ID:INT-0412}}) | video, IP {{IP:198.51.100.24}} | MD eval, LP consent (+Brudzinski)
{{DATE:01/06/2025}} | 1322 | {{NAME:Guadalupe Xol}} ({{MRN:88210602}}) | K'iche' | relay: {{NAME:Rosalba}} (Spanish) + remote K'iche' ({{ID:VB-7719}}) | phone | d/c instr; family from Guatemala, pt from {{LOCATION:Totonicapan}}
{{DATE:01/06/2025}} | 1610 | {{NAME:Petrov, Dmitri}} ({{MRN:88209911}}) | Russian | son {{NAME:Alexei}} offered - DECLINED per policy; used {{NAME:Irina K.}} ({{ID:INT-0290}}) | phone | AMA discussion
Notes: VRI cart #3 froze x2, reported to IT. -{{NAME:LW}}`,

  `ED CALLBACK LIST - {{DATE:Thu 1/9/25}} - RN {{NAME:Odette}}
1) {{NAME:LaRue, Cassius}} MRN {{MRN:5520913}} seen {{DATE:1/7}} R ankle sprain (Ottawa ankle rules neg, no XR). Called {{PHONE:318-555-0194}} - better, RICE, ibuprofen 600 q6. No needs.
2) Mrs. {{NAME:Eula Broussard}} ({{AGE:96}}) seen {{DATE:1/8}}, fall, neg CT head (Canadian CT head rule: age >65 -> imaged). Daughter {{NAME:Renee}} answered {{PHONE:318-555-0121}}; pt "sore but eating." Home health via {{FACILITY:Acadiana Home Care}} starts {{DATE:1/10}}.
3) {{NAME:Theriot, J.}} - urine grew E. coli R to cipro. Rx changed to nitrofurantoin 100 mg BID x5d, called to {{FACILITY:Bayou Drug}}. LVM x2 at {{PHONE:337-555-0150}}. Letter sent to {{ADDRESS:104 Girard Park Dr}}, {{LOCATION:Lafayette}} {{ZIP:70503}}.
4) baby boy {{NAME:Fontenot}} - jaundice recheck; mom {{NAME:Keisha}} states appt at {{FACILITY:Lafayette Pediatric Clinic}} tomorrow 0830.`,

  `{{FACILITY:QuickCare Urgent Care - Route 30}} | Visit {{DATE:02/15/2025 18:40}}
Pt: {{NAME:Emily Sorensen}}  DOB {{DATE:9/9/2003}}  Ins ID {{HEALTH_PLAN:HMX884201935}}  Acct {{ACCOUNT:QC-30-4471860}}
CC: sore throat x3d, fever 101.8.
Centor/McIsaac 4 (fever, exudate, tender ant nodes, no cough). Rapid strep +.
Exam: no trismus, uvula midline, no drooling. Neck supple, Kernig neg.
Plan: amoxicillin 500 mg BID x10d. Ibuprofen 400 mg q6h prn. Return if drooling/muffled voice (r/o PTA).
Rx to {{FACILITY:Hometown Pharmacy}} in {{LOCATION:Marion}}. Callback {{PHONE:319-555-0138}}.
School note: excused {{DATE:2/15}} through {{DATE:2/17}}, for {{FACILITY:Cedar Valley Community College}}.
Portal: results at {{URL:https://mychart.quickcare-example.org/p/ESorensen88}}; pt email {{EMAIL:emsorensen03@example.com}}.
Provider: {{NAME:Brock Halvorsen}}, APRN-CNP. Scribe {{NAME:TP}}.`,

  `PEDS ED NOTE - minor head injury
Pt {{NAME:Liam O'Dowd}}, 4 y/o M, MRN {{MRN:P-2290117}}; brought by mother {{NAME:Siobhan O'Dowd}} & great-grandfather {{NAME:Seamus}} ({{AGE:90}}).
Fell ~3 ft from monkey bars at {{FACILITY:Brookhaven Elementary}} playground {{DATE:3/3/25}} approx 1245. No LOC, vomited x1, acting normally now.
PECARN (>=2 y): GCS 15, no AMS, no LOC, 1 emesis, no severe mechanism (<5 ft), no signs of basilar skull fx (no Battle's sign, no hemotympanum) -> obs vs CT; shared decision: obs 4h.
Obs: tolerated PO, at 1700 playing, GCS 15. D/c home w/ head injury precautions, acetaminophen 15 mg/kg prn.
School nurse Mrs. {{NAME:Patel}} called with incident report {{ID:BES-IR-0311}}.
PCP: Dr. {{NAME:Kiefer}} at {{FACILITY:Riverbend Pediatrics}} - note faxed to {{FAX:614-555-0199}}.
Attending: {{NAME:Hollis Ng}}, MD. {{DATE:03/03/2025 17:20}}`,

  `5150 - APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (WIC 5150)
Detainee: {{NAME:Jessamyn Tolliver}}   DOB {{DATE:05/27/1995}}
Residence: unhoused, usually near {{ADDRESS:Ocean Ave & 19th Ave}}, {{LOCATION:San Francisco}}
Detained by: Officer {{NAME:Luis Carrasco}}, {{FACILITY:SFPD Taraval Station}}, Star # {{ID:2094}}
Date/time: {{DATE:04/11/2025 1105}}   Incident #: {{ID:250411-0387}}
Based on: [x] danger to self [ ] danger to others [x] gravely disabled
Circumstances: Found standing in traffic, yelling at cars, no shoes, 48F outside. Stated "the Baker Act people are after me" (pt formerly lived in Florida). Could not state where she'd sleep tonight.
Transported to: {{FACILITY:Mission Bay Psychiatric Emergency}} by ambulance.
Advisement given: [x] complete - Officer {{NAME:Carrasco}}
Medical clearance: glucose 92, UDS + amphetamines, BAL 0. HR 112.
Sister {{NAME:Jade Tolliver}} ({{PHONE:415-555-0140}}, lives in {{LOCATION:Oakland}}) notified by SW {{NAME:P. Mahmoud}}.`,

  `PCC_EXPORT v3.2|CASE={{ID:2025-004417}}|OPEN={{DATE:2025-05-02T23:41}}|SPI={{NAME:DANFORTH,K}}
CALLER_TYPE=HCF|HCF={{FACILITY:MARYHAVEN HOSPITAL ED}}|HCF_PH={{PHONE:207-555-0111}}|CALLER=RN {{NAME:HOPKINS}}
PT_NAME={{NAME:BOUCHARD, ELODIE}}|PT_AGE=19|PT_SEX=F|PT_CITY={{LOCATION:LEWISTON}}|PT_ST=ME|PT_ZIP={{ZIP:04240}}
SUBST1=ACETAMINOPHEN 500MG|QTY=~40 TABS|TIME_ING=~2000|ROUTE=PO|REASON=INTENT-SUICIDE
SUBST2=DIPHENHYDRAMINE 25MG|QTY=UNK
LAB_4H=APAP 212 mcg/mL @0015 (above 150 line, Rumack-Matthew)|AST 38|INR 1.0
REC=NAC 21-h IV (150 mg/kg over 1h, 12.5 mg/kg/h x4h, 6.25 mg/kg/h x16h); ECG for QRS/QTc; benzo prn
FU1={{DATE:2025-05-03T08:10}}|APAP 48, AST 41; cont NAC|SPI={{NAME:LEMIEUX,A}}
FU2={{DATE:2025-05-03T20:30}}|APAP <10, AST 39, INR 1.1; NAC stopped; psych consult, pt on blue paper|SPI={{NAME:LEMIEUX,A}}
OUTCOME=MINOR EFFECT|CLOSED={{DATE:2025-05-04}}|MED_TOX=DR. {{NAME:W. ASANTE}}`,

  `ED Provider Note - {{NAME:Pak, Soo-jin}} | {{DATE:06/14/2025}}
62F p/w dog bite L calf while walking near {{ADDRESS:mile 3.2, Cedar Creek Greenway}}, {{LOCATION:Roanoke}}. Dog ran off, owner unknown; white husky-type, no collar.
Exam: 2 punctures + 4 cm avulsion, DP/PT 2+, sensation intact.
Plan: irrigation, loose approximation, Augmentin 875/125 BID x5d. Tdap given.
Rabies PEP (dog unavailable): HRIG 20 IU/kg (1,340 IU) infiltrated at wound, remainder IM away from vaccine site; vaccine 1 mL IM day 0. Return days 3, 7, 14 ({{DATE:6/17}}, {{DATE:6/21}}, {{DATE:6/28}}) to {{FACILITY:Blue Ridge Infusion Center}}.
Reported to {{FACILITY:Roanoke Animal Control}} via online form, ref {{ID:RAC-25-1174}}; ACO {{NAME:Terrell Banks}} to canvass trail.
Husband {{NAME:Min-ho Pak}} {{PHONE:540-555-0163}}.
Good Samaritan who drove her in: {{NAME:Alan}} "{{NAME:Skip}}" {{NAME:Lawson}}.
Dr. {{NAME:Yusuf Karimi}}, ED attending, {{DATE:06/14/2025 15:48}}`,

  `EMS -> ED HANDOFF (MIST)  {{DATE:07/04/2025}}  rec'd 2214
M: single-veh rollover, {{ADDRESS:I-40 WB MM 87}} near {{LOCATION:Clinton}}, OK; 2009 Chevy Silverado, Oklahoma tag {{VEHICLE:JTB-4419}}. Driver (our pt) {{NAME:WATCHETAKER, Coby}}, unrestrained, ejected. Passenger {{NAME:Lane Tahdooahnippah}} declined transport.
I: GCS 9 (E2V2M5), L pupil 5 mm sluggish, L chest crepitus, open R tib/fib.
S: HR 128 BP 86/50 RR 28 SpO2 88% NRB.
T: c-collar, pelvic binder, 1 u whole blood by flight crew {{NAME:Jolie}} (RN) & {{NAME:Burris}} (FP-C).
OHP Trooper {{NAME:Nakai}}, report {{ID:OHP-2025-118602}}. OK DL found at scene: {{LICENSE:D220184917}}.
ED: RSI etomidate 0.3 mg/kg + rocuronium 1.2 mg/kg; L chest tube 28Fr -> 900 mL. MTP. To OR.
Mother {{NAME:Darla Watchetaker}} reached at {{PHONE:580-555-0152}} through tribal police dispatch; tribal ID {{ID:K-08812}} on file.`,

  `[Secure Chat - ED Flow]  {{DATE:7/19/25}}
02:14 {{NAME:Jenna Morales}} (Charge RN): 14 boarders now, 6 BH. Can we get {{NAME:Pratt}} up to 5 West?
02:16 Dr. {{NAME:Ezra Feld}} (House Sup): 5W has 1 bed, going to Mr. {{NAME:Ahn}} in 22 (NSTEMI, trop 2,140). Sorry.
02:19 {{NAME:Jenna Morales}}: ok. rm 9 {{NAME:Delacroix}} (the {{AGE:97}} y/o from {{FACILITY:Whispering Pines}}) pulling at lines, need a sitter
02:21 {{NAME:Tamika B}} (PCT): I can take 9 after EKG on 14
02:30 Dr. {{NAME:Feld}}: transfer ctr says {{FACILITY:Mercy West}} will take the DKA kid, accepting Dr. {{NAME:Olumide}}, ref # {{ID:TC-88412}}
02:31 {{NAME:Jenna Morales}}: ambulance ETA 0315 via {{FACILITY:Metro Ambulance}}
02:45 {{NAME:Tamika B}}: fyi rm 9 daughter {{NAME:Collette}} called {{PHONE:504-555-0184}} asking for update
02:47 {{NAME:JM}}: will call her after huddle`,

  `NON-FATAL STRANGULATION DOCUMENTATION - Forensic Nursing
Pt: {{NAME:Marchetti, Gina}}   MRN {{MRN:4471-0926}}   Visit {{DATE:08/09/2025}}
Reported event: {{DATE:8/8}} approx 2330 at home, {{ADDRESS:66 Larkspur Ln, Unit 2}}, {{LOCATION:Pawtucket}} - manual strangulation x2 by partner {{NAME:Anthony}} "{{NAME:Tony}}" {{NAME:Ruggiero}}.
Sx: voice change, dysphagia, "I blacked out for a second", urinary incontinence, petechiae R conjunctiva + behind ears.
Exam: no bruit, no subQ emphysema, GCS 15. CTA neck per protocol (LOC + incontinence): no dissection.
Photos: 9 images (neck, ears, eyes) in forensic image system; face photo for ID {{PHOTO:FNIMG-25-0809-003}}.
Police: {{FACILITY:Pawtucket PD}} Officer {{NAME:Sheehan}} #{{ID:377}}, report {{ID:25-14471-OF}}.
Advocate: {{NAME:Marisa}} - {{FACILITY:Blackstone Valley Safe House}} (24/7 line).
Safety plan: pt going to sister {{NAME:Lena Marchetti}}'s in {{LOCATION:Cranston}}; do not release location. Protective order info given.
FNE: {{NAME:Oksana Demir}}, RN, SANE-A`,

  `M.G.L. c.123 s.12(a) - APPLICATION FOR AUTHORIZATION OF TEMPORARY INVOLUNTARY HOSPITALIZATION
Name of person: {{NAME:Quentin Abernathy-Hale}}    Date of birth: {{DATE:10/02/1979}}
Residence: {{ADDRESS:14 Salem St, 3rd fl}}, {{LOCATION:Lynn}}, MA {{ZIP:01902}}
Applicant: {{NAME:Priya Natarajan}}, MD   Lic. # {{LICENSE:270114}}   Phone {{PHONE:781-555-0127}}
Facility: {{FACILITY:North Shore Emergency Center}}
I examined the person on {{DATE:09/14/2025}}; exam began 1610.
Facts: brought by {{FACILITY:Lynn PD}} (Officer {{NAME:Barrows}}, #{{ID:1189}}) after neighbor Mrs. {{NAME:Kapoor}} reported he barricaded the apt, threatening to "burn it down w/ everybody." Pressured speech, grandiosity, no sleep x4 nights; bipolar I; off lithium since 2023.
Risk: serious risk of harm to others and self. Less restrictive alternatives considered: declined Section 10/11 conditional voluntary.
Sent to: {{FACILITY:Tidemark Behavioral Hospital}} - accepted by Dr. {{NAME:Ferris}}, bed 3N-12.
Signed {{DATE:9/14/25}} 1745.`,

  `TRIAGE QUEUE 1900-2300 {{DATE:10/3}} - {{FACILITY:Sandhills Regional}} ED
1902 {{NAME:GRIMES, TY}} 8M ESI 4 - L wrist FOOSH, snuffbox tender. XR.
1911 Ms. {{NAME:Ocampo}} 33F ESI 3 - RLQ pain, neg McBurney, LMP 6 wk ago -> bhCG, pelvic US.
1920 {{NAME:Joseph Lindell}} ("{{NAME:Papa Joe}}") {{AGE:94}}M ESI 2 - AMS, ?UTI, from {{FACILITY:Pinehurst Manor}}.
1934 baby girl {{NAME:Redhouse}} 11d F ESI 2 - fever 38.4 rectal, sepsis w/u.
1948 {{NAME:H. Yazzie}} 52M ESI 3 - HA, fever 38.9, Kernig/Brudzinski neg.
2006 {{NAME:Dominic Farr}} 29M ESI 1 - GSW L thigh, POV, TQ placed by friend; {{FACILITY:Moore County Sheriff}} notified, Dep. {{NAME:Kersey}} en route.
2031 {{NAME:PRICE, ALMA}} 67F ESI 2 - CP radiating to jaw, HEART pending.
2055 unknown male, calls himself "{{NAME:Tex}}", ~40 ESI 3 - EtOH, scalp lac, found behind the {{ADDRESS:Food Lion on US-1}} by {{FACILITY:Aberdeen PD}}.
Triage RNs: {{NAME:CB}}, {{NAME:Rhonda}}.`,

  `{{FACILITY:Kanawha Valley Medical Center}} - Health Information Management
{{ADDRESS:3100 MacCorkle Ave SE}}, {{LOCATION:Charleston}}, WV {{ZIP:25304}}  |  Fax {{FAX:304-555-0177}}

{{DATE:November 3, 2025}}

Atty. {{NAME:Roland Kessinger}}
Re: Subpoena duces tecum, Civil Action No. {{ID:25-C-1187}}
Patient: {{NAME:Harlan D. Tackett}}, DOB {{DATE:03/30/1958}}, SSN {{SSN:233-71-4098}}, MRN {{MRN:KV-0082214}}
Dates of service: {{DATE:07/12/2025}} (ED) and {{DATE:07/15/2025}} (urgent care follow-up)

Dear Mr. {{NAME:Kessinger}}:
Enclosed are certified records responsive to your request: ED physician note (Dr. {{NAME:Amos Whitlock}}), CT cervical spine (NEXUS criteria documented: midline tenderness present), and the EMS run sheet from {{FACILITY:Kanawha County EMS}}. The patient's signed authorization ({{DATE:10/21/2025}}) is on file. Billing records for account {{ACCOUNT:V00918472}} must be requested from Patient Financial Services.

Sincerely,
{{NAME:Dolores Pauley}}, RHIT, Release of Information, {{PHONE:304-555-0175}}`,

  `UC NOTE | {{FACILITY:Northgate Urgent Care}} | {{DATE:Mon 11/17/25}} 0722
{{NAME:Reginald}} "{{NAME:Reggie}}" {{NAME:Ambrose}}, 41M, ironworker for {{FACILITY:Keystone Steel Erectors}}, jobsite at the {{ADDRESS:Route 22 overpass near Exit 52}}.
CC: metal in R eye while grinding, no safety glasses ("fogged up").
VA OD 20/40, OS 20/20. Fluorescein: 1 mm metallic FB at 8 o'clock, rust ring. Seidel neg. No hyphema.
Tx: proparacaine 0.5% 1 gtt, FB removed w/ 25g needle, residual rust ring -> ophtho. Erythromycin oint QID. No patch.
Referral: Dr. {{NAME:Ilse Brunner}}, {{FACILITY:Susquehanna Eye Associates}}, tomorrow 0900, {{PHONE:717-555-0146}}.
WC claim {{ACCOUNT:PA-WC-7718290}}; employer contact {{NAME:Deb Kline}} (safety mgr) {{EMAIL:dkline@keystone-steel.example}}, fax {{FAX:717-555-0147}}.
Work status: may RTW {{DATE:11/18}} with eye protection.
Provider {{NAME:Marco Di Stefano}}, PA-C  DEA {{LICENSE:BD4471902}}`,

  `ED NOTE - CODE STROKE
{{NAME:ABERNATHY, LOUISE M}} | {{AGE:90}} F | MRN {{MRN:3381920}} | arrival {{DATE:12/02/2025 09:12}}
LKW 0820 per husband {{NAME:Cyril}} ({{AGE:93}}), who found her slumped at breakfast at home in {{LOCATION:Hagerstown}}: R face droop, aphasia.
NIHSS 14. BG 131. GCS 11 (E4V1M6).
Hx: AF on apixaban 5 mg BID (last dose 0700), CHF, dual-chamber ICD (Medtronic) SN {{DEVICE:BWR209337S}} - MRI unsafe w/o rep.
CT head: no bleed; CTA: L M1 occlusion. Thrombolysis contraindicated (DOAC <48h) -> thrombectomy.
Discussed w/ Dr. {{NAME:Haruki Tanabe}} (neuro-IR), {{FACILITY:Antietam Comprehensive Stroke Center}} - accepts, by air.
Son {{NAME:Gerald Abernathy}} (HCPOA) by phone {{PHONE:301-555-0115}} - agrees. Full code.
CHA2DS2-VASc 6.
ED attending {{NAME:B. Okonjo}}, MD; signed {{DATE:12/02/2025 10:03}}.`,

  `LEGAL BLOOD ALCOHOL DRAW - LAW ENFORCEMENT REQUEST
Requesting officer: Tpr. {{NAME:Calvin Strickland}}   Badge {{ID:T-2290}}   Agency: Georgia State Patrol, Post 14
Subject: {{NAME:Dwayne Mabry}}   DOB {{DATE:01/14/1990}}   GA DL {{LICENSE:058471123}}
Search warrant # {{ID:SW-25-0412}} signed by Judge {{NAME:P. Huckabee}} at 0218.
Incident: single-veh crash into utility pole, {{ADDRESS:SR-16 at Linton Rd}}, {{LOCATION:Sparta}}.
Vehicle: 2016 Dodge Ram, GA tag {{VEHICLE:RFT 8812}}, VIN {{VEHICLE:3C6RR7KT1GG220184}}
Draw: {{DATE:12/20/2025 0241}} by {{NAME:Shonda Wilkes}}, MLT, L AC, non-alcohol prep (povidone), 2 gray-top tubes, kit seal # {{ID:554810}}
Witness: {{NAME:Jorge Avila}}, RN. Tubes sealed & handed to Tpr. {{NAME:Strickland}} 0250.
Medical: GCS 14, forehead lac, c-spine cleared by NEXUS. Serum EtOH (hospital lab, medical use) 241 mg/dL.`,

  `COUNTY HEALTH DEPT - ANIMAL EXPOSURE REPORT (auto-generated)
Report ID: {{ID:AER-2026-00219}}
Received: {{DATE:01/08/2026 11:47}} from {{FACILITY:Tri-Lakes Urgent Care}} ({{IP:203.0.113.58}})
Exposed person: {{NAME:Finnegan Moriarty}}, DOB {{DATE:2011-06-21}}, guardian {{NAME:Clare Moriarty}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Branson}}, MO {{ZIP:65616}}  Phone: {{PHONE:417-555-0131}}
Exposure: bat found in bedroom on waking; child asleep; bat not captured (dad {{NAME:Kevin}} let it out a window).
Category: bat in room w/ sleeping person = exposure per ACIP; PEP recommended.
PEP: HRIG 20 IU/kg + HDCV d0 given {{DATE:1/8}}; d3 {{DATE:1/11}}, d7 {{DATE:1/15}}, d14 {{DATE:1/22}}. Not immunocompromised -> 4 doses.
Investigator: {{NAME:Hollie Franks}}, RS; {{EMAIL:hfranks@tlchd.example.gov}}
Case link: {{URL:https://exposure.tlchd.example.gov/case/AER-2026-00219}}`,

  `REGISTRATION FACE SHEET - ED
Name: {{NAME:DUBOIS, MARCEL ANTOINE}}   Alias: "{{NAME:Frenchie}}"
DOB: {{DATE:08/19/1966}}   Sex: M   SSN: {{SSN:512-44-8830}}
Address: homeless - mail c/o {{FACILITY:Northern Light Day Center}}, {{ADDRESS:PO Box 4471}}, {{LOCATION:Duluth}} MN {{ZIP:55802}}
Phone: none; msg via day center {{PHONE:218-555-0119}}
Primary ins: MN Medical Assistance ID {{HEALTH_PLAN:00418827}}   Secondary: none
Guarantor: self   Acct: {{ACCOUNT:2026011500318}}
Emergency contact: brother {{NAME:Remy Dubois}}, {{LOCATION:Thunder Bay}}, Ontario, Canada, {{PHONE:807-555-0140}}
Language: English; also French.
Palm-vein enrolled: {{BIOMETRIC:PV-88201-77}}   Photo: {{PHOTO:REGPH_0088201.jpg}}
Visit: {{DATE:01/15/2026 04:12}}  Arrival: police (EDO) - {{FACILITY:Duluth PD}} Ofc {{NAME:Anderberg}} #{{ID:452}}
Registrar: {{NAME:kls}}`,

  `48-HR FOLLOW-UP CALL
Pt: {{NAME:Brisbane, Yolanda}}  ED visit {{DATE:01/31/2026}} (MVC, rear-ended at {{ADDRESS:Lamar Blvd & 38th St}}, {{LOCATION:Austin}})
Dx: cervical strain; no imaging (Canadian C-spine: low risk, rotates 45 deg L/R).
Call {{DATE:02/02/2026 10:05}} to {{PHONE:512-555-0168}}: no answer, VM left (name & callback only).
Call {{DATE:02/02/2026 15:40}}: spoke w/ pt. Neck "stiff but better". No numbness/weakness. Naproxen 500 BID, cyclobenzaprine 5 mg qHS.
Asked for records for the other driver's insurer - claim # {{ACCOUNT:CLM-0098817-TX}}; adjuster {{NAME:Kyle Stroud}}, {{PHONE:800-555-0193}}.
Told to request via HIM (fax {{FAX:512-555-0170}}) or {{URL:https://portal.capitolhealth-example.org/records/req?mrn=7731902}}.
PCP f/u w/ Dr. {{NAME:Zhao}} at {{FACILITY:Mueller Family Clinic}} on {{DATE:Feb 9}}.
RN: {{NAME:Hannah Lisowski}}`,

  `RESTRAINT / SECLUSION FLOWSHEET - Rm 31 (safe room)
Pt: {{NAME:Kessler, Aaron}}  MRN {{MRN:4410297}}  {{DATE:02/14/2026}}
Order: 4-pt violent restraint, Dr. {{NAME:Imani Cole}}, 0152; face-to-face eval 0210 by Dr. {{NAME:Cole}}.
Applied by: security Sgt. {{NAME:Ruiz}} (#{{ID:S-14}}), officers {{NAME:D. Pham}} and {{NAME:Kowalski}}; RN {{NAME:Alana}}.
Meds: haloperidol 5 mg + lorazepam 2 mg + diphenhydramine 50 mg IM ("B52") 0155.
q15 checks: 0200 ok, 0215 ok, 0230 circ/skin ok, 0245 sleeping, 0300 ok.
Released 0345 (L arm/leg then R) - calm, apologized.
Mother {{NAME:Corinne Kessler}} notified {{PHONE:(608) 555-0124}} 0400.
Security incident report {{ID:SEC-26-0214-02}}; staff injury: none.
Debrief 0415 w/ {{NAME:Alana}}, {{NAME:Ruiz}}, Dr. {{NAME:Cole}}.`,

  `CO EXPOSURE - multiple pts - ED summary {{DATE:2/20/26}}
Source: generator in attached garage during ice-storm outage, {{ADDRESS:912 W Pecan St}}, {{LOCATION:Denison}} TX {{ZIP:75020}}. {{FACILITY:Denison Fire}} measured 410 ppm in house.
1. {{NAME:Hernandez, Rosa}} 41F - COHb 24%, HA, N/V, GCS 15
2. {{NAME:Hernandez, Miguel}} 44M - COHb 31%, syncope at scene -> HBO candidate
3. {{NAME:Hernandez, Ximena}} 9F - COHb 18%
4. abuela {{NAME:Carmen Soto}} {{AGE:91}}F - COHb 22%, trop 0.09, ST dep V4-V6
All on 100% NRB. Poison center case {{ID:TX26-0331907}} (SPI {{NAME:Nadia}}).
HBO: {{NAME:Miguel}} & abuela {{NAME:Carmen}} accepted by {{FACILITY:Red River Hyperbaric Center}}, Dr. {{NAME:Stellan Voigt}}, ref {{ID:TR-26-4471}}.
Brother {{NAME:Beto}} {{PHONE:903-555-0172}} caring for kids. Spanish interp {{NAME:Lucia}} ({{ID:INT-118}}).`,

  `OSHA Form 301 - Injury and Illness Incident Report
Establishment: {{FACILITY:Willamette Valley Poultry Processing}}, {{ADDRESS:2250 Front St NE}}, {{LOCATION:Salem}}, OR {{ZIP:97301}}
Case No. (from 300 Log): {{ID:2026-017}}
1) Employee: {{NAME:Gutierrez Pop, Ana Cristina}}  2) Street: {{ADDRESS:3381 Lancaster Dr NE, Apt 7}}  City/State/ZIP: {{LOCATION:Salem}}, OR {{ZIP:97305}}
3) DOB {{DATE:04/07/1992}}  4) Date hired {{DATE:05/15/2023}}  5) F
6) Physician: {{NAME:Tomas Lindgren}}, MD  7) Facility: {{FACILITY:Salem Hills Urgent Care}}, {{ADDRESS:1470 Commercial St SE}}
8) ER? No  9) Hospitalized overnight? No
10) Date of injury {{DATE:03/02/2026}}  11) Began work 0530  12) Time of event 0915
13) Activity: deboning line, knife in R hand. 14) What happened: glove tore, L thenar lac. 15) Injury: 3 cm lac L thenar, FDS/FDP intact, Allen's test nl; 5 sutures 4-0 nylon. 16) Object: boning knife.
Completed by: {{NAME:Dana Whitcomb}}, HR/Safety  Phone {{PHONE:503-555-0166}}  Date {{DATE:3/3/26}}`,

  `ED Physician Note
Pt {{NAME:Tamsin Achebe-Marsh}} 34F, MRN {{MRN:00918374}}, seen {{DATE:3/9/2026}} 2140.
CC: pleuritic CP, SOB x1d. Flew back from {{LOCATION:Lagos}}, Nigeria, left {{DATE:3/5}} (12h flight). On combined OCP.
Exam: HR 112, SpO2 93%, R calf 3 cm > L, Homan's sign equivocal (not relied on).
Wells PE 7.5 (DVT signs 3, PE most likely 3, HR>100 1.5); PERC n/a. CTPA: R lower lobe segmental PE, RV/LV 0.8, trop neg. sPESI 1 (HR>=110).
Plan: apixaban 10 mg BID x7d then 5 mg BID. Obs admit given sPESI 1.
Handoff to Dr. {{NAME:Lund}} at 2300; hospitalist Dr. {{NAME:Rafferty}} accepted 2305.
Partner {{NAME:Jonah Marsh}} {{PHONE:215-555-0187}}. Pt works at {{FACILITY:Fidelity Crossing Logistics}}, needs FMLA paperwork - HR fax {{FAX:215-555-0188}}.
{{NAME:Ogechi Nwosu}}, MD {{DATE:03/09/2026 23:20}}`,

  `SUSPECTED CHILD ABUSE REPORT (SCAR) - mandated reporter
Reporter: {{NAME:Valeria Cortez}}, RN, {{FACILITY:San Joaquin Children's Hospital}} ED, phone {{PHONE:559-555-0125}}
Date/time of report: {{DATE:03/21/2026 1420}}
Child: {{NAME:Jayden Whitmore}}  DOB {{DATE:09/02/2025}} (6 mo)  MRN {{MRN:SJC-2044917}}
Caregivers: {{NAME:Brittany Whitmore}} (mother), {{NAME:Cody Reese}} (mother's bf)
Address: {{ADDRESS:4019 E Shields Ave, #112}}, {{LOCATION:Fresno}} {{ZIP:93726}}
Findings: bruises to ear pinna & torso (TEN-4-FACESp +) in non-ambulatory infant. Skeletal survey: healing posterior rib fx x3, CML L distal femur. CT head neg. Ophtho (Dr. {{NAME:Amrita Sethi}}): no RH.
Hx given: "rolled off couch" - not consistent w/ injuries.
Reported to: CPS hotline worker {{NAME:Greg Fontana}}, referral # {{ID:CWS-26-0331-8874}}; {{FACILITY:Fresno PD}} Det. {{NAME:Nunez}}, case {{ID:26-11874}}.
Protective hold placed; sibling {{NAME:Aaliyah}} (3 y) to be evaluated.`,

  `EMTALA PHYSICIAN CERTIFICATION / TRANSFER
Sending: {{FACILITY:Mesa Verde Community Hospital}}, {{LOCATION:Cortez}} CO - ED {{PHONE:970-555-0112}}
Receiving: {{FACILITY:Animas Valley Medical Center}} - accepting Dr. {{NAME:Wendell Tsinajinnie}}, accepted {{DATE:04/02/2026 18:45}}, trauma ICU
Pt: {{NAME:Begay, Lorena}}  DOB {{DATE:12/12/1984}}  MRN {{MRN:MV-663019}}
Dx: grade IV splenic lac after horse kick at family ranch near {{LOCATION:Towaoc}}; Hgb 7.9, HR 124.
Reason: no IR, no trauma surgeon on call.
Risks: deterioration en route. Benefits outweigh risks.
Transport: rotor, {{FACILITY:Canyonlands AirCare}}, ETA 1930.
Records: CT pushed via PACS to {{IP:192.0.2.44}}; paper chart w/ crew.
Consent signed by pt. Husband {{NAME:Wilson Begay}} ({{PHONE:970-555-0177}}) driving separately.
Physician: {{NAME:Kirsten Aalto}}, MD   NPI {{LICENSE:1598023374}}`,

  `DFSA (drug-facilitated sexual assault) - urine collection / chain of custody
Pt: {{NAME:HUSSEIN, OMAR}}   DOB {{DATE:07/07/2001}}   MRN {{MRN:2290118}}
Collected {{DATE:04/18/2026 05:50}} by {{NAME:Sabine Roux}}, RN (SANE); specimen seal {{ID:DF-001948}}
Interp: Arabic, {{NAME:Nadia Haddad}} (staff, emp ID {{ID:E11872}})
Narrative (via interp): "I had two beers at {{FACILITY:The Copper Tap}} on {{ADDRESS:Grand River Ave near Abbot Rd}}, then I don't remember until I woke in a gray Nissan in the {{ADDRESS:Meijer lot on Saginaw Hwy}} around 4."
Police: {{FACILITY:East Lansing PD}}, Ofc {{NAME:K. Moua}}, badge {{ID:0871}}, report {{ID:ELPD-26-004471}}
Chain: RN {{NAME:Roux}} -> Ofc {{NAME:Moua}} 0620; sealed; refrigerated.
Pt deferred reporting decision; anonymous kit # {{ID:MI-0338812}} stored.
Prophylaxis per CDC 2021 STI guidelines.`,

  `VIRTUAL URGENT CARE - encounter summary
Visit ID {{ID:VUC-26-558102}} | {{DATE:2026-05-01 20:14}} CT | session IP {{IP:203.0.113.201}} | link {{URL:https://visit.example-telecare.com/r/8KQ2-77PL}}
Pt: {{NAME:Colleen Macready}}, {{EMAIL:colleen.macready@example.net}}, cb {{PHONE:785-555-0108}}
Location at time of visit: {{LOCATION:Manhattan}}, KS (confirmed; licensure ok)
CC: dysuria, frequency x2d. No fever, no flank pain; LMP {{DATE:4/20}}, not pregnant.
Dx: uncomplicated cystitis. Rx: nitrofurantoin 100 mg BID x5d -> {{FACILITY:Aggieville Pharmacy}} ({{PHONE:785-555-0199}}).
Ins {{HEALTH_PLAN:KSB-X99-2047718}}; copay $25, receipt {{ACCOUNT:R-0047719}}.
Return/ED if fever, flank pain, vomiting.
Clinician: {{NAME:Ravi Subramaniam}}, NP, KS lic {{LICENSE:APRN-53-20917}}.`,

  `PATIENT BELONGINGS / VALUABLES - ED
Pt {{NAME:Rourke, Declan}}  MRN {{MRN:6620184}}  {{DATE:05/09/2026}}  Rm 12
Items: wallet (brown), $62 cash, MI DL {{LICENSE:R620 449 118 302}} (copy to reg), bank debit card, iPhone (cracked), keys x3 incl Jeep fob, Narcan 4 mg nasal (unused), folding knife 3 in -> security.
Envelope # {{ID:VAL-7719}} sealed, witnessed by {{NAME:Jas. Patterson}} (security).
Released to police - Ofc {{NAME:Trinh}}, {{FACILITY:Grand Rapids PD}}, #{{ID:1203}}: knife only (evidence tag {{ID:GRPD-EV-26-3317}}).
Vehicle (per pt): Jeep Cherokee, plate {{VEHICLE:DKR 4418}}, left at {{ADDRESS:Division Ave & Wealthy St}} - ofc notified for tow.
Remaining items released {{DATE:5/10}} 1130 to pt's sister {{NAME:Maeve Rourke}} (ID checked) per pt request.
Signatures: RN {{NAME:Tiffani}}, security {{NAME:J.P.}}`,

  `{{DATE:May 22, 2026}}

Dr. {{NAME:Harriet Onwuachi}}
{{FACILITY:Southside Community Health Center}}
{{ADDRESS:1820 S Michigan Ave, Suite 300}}
{{LOCATION:Chicago}}, IL {{ZIP:60616}}

RE: {{NAME:Leon}} "{{NAME:Sonny}}" {{NAME:Pettaway}}, DOB {{DATE:2/14/1958}}

Dear Dr. {{NAME:Onwuachi}},
Your patient has had 23 ED visits at {{FACILITY:Lakefront Mercy}} since January, mostly hypoglycemia (BG 30s-40s) after skipping meals on glargine 40 u + lispro sliding scale, and 4 falls. EMS (Ambo 41) is called to his apartment at {{ADDRESS:2211 S Indiana Ave, Apt 9F}} most times.
Our ED social worker {{NAME:Brenda Oyelaran}}, LCSW ({{PHONE:312-555-0161}}), set up home meals and a CGM; his transmitter SN {{DEVICE:3G9K2ZT7AB}} is active and shares readings with his niece {{NAME:Tanisha}}.
We would be grateful if you could review his insulin dosing.
Sincerely,
{{NAME:Colm Byrne}}, MD, ED Medical Director`,

  `DISCHARGE INSTRUCTIONS - {{FACILITY:Prairie Lakes Health}} Emergency
Name: {{NAME:Brynn Halvorson}}   Date: {{DATE:06/01/2026}}   Provider: Dr. {{NAME:J. Ostrander}}   Acct {{ACCOUNT:PLH-55098213}}
Address on file: {{ADDRESS:1207 3rd Ave NE}}, {{LOCATION:Watertown}} SD {{ZIP:57201}}
Diagnosis: concussion without LOC (volleyball, {{FACILITY:Watertown High School}}).
CT head not done - PECARN / Canadian CT head rule low risk; GCS 15.
Do: rest 24-48 h, then light activity. Acetaminophen 650 mg q6h prn.
Don't: return to sports until cleared by athletic trainer {{NAME:Mel Dvorak}}. Return-to-learn letter faxed to school nurse {{FAX:605-555-0133}}.
Return if: repeated vomiting, worse headache, seizure, confusion, weakness.
Follow-up: {{FACILITY:Watertown Sports Medicine}} - call {{PHONE:605-555-0134}} within 1 week.
Patient portal activation code: {{ID:K7Q2-PL9X-44RT}}
Guardian: {{NAME:Kristin Halvorson}} (mother) - signature on file.`,

  `NOTIFICATION OF EMERGENCY DETENTION (Tex. Health & Safety Code 573.002)
Officer: Dep. {{NAME:Ramon Esquivel}}, {{FACILITY:Palo Blanco County Sheriff's Office}}, Badge {{ID:HC-1447}}
Person detained: {{NAME:Mireya Salinas}}, F, approx 28   DOB (per ID) {{DATE:03/18/1998}}   SSN {{SSN:627-30-1184}}
Detained {{DATE:06/19/2026 23:50}} at {{ADDRESS:FM 1015 & Mile 9 Rd}}, near {{LOCATION:Weslaco}}
Reason: called 911 saying she took "all of mom's pills" and would walk into the canal; found on canal bank, wet clothes, empty bottles (sertraline 100 mg, clonazepam 1 mg).
Transported to {{FACILITY:Rio Grande Valley Medical Center}} ED for medical clearance prior to {{FACILITY:Valle Verde Crisis Unit}}.
Mother {{NAME:Elida Salinas}} ({{PHONE:956-555-0181}}) confirmed bottles were hers, filled {{DATE:6/12}}.
Poison center case {{ID:TX26-0418822}}.
Officer's statement received by {{NAME:Yesenia Garza}}, ED charge RN, {{DATE:06/20/2026 00:35}}.
Patrol unit 214.`,

  `ED MD NOTE {{DATE:7/2/26}} 1340 - {{NAME:FITZGERALD, AGNES}}, {{AGE:98}} y/o F, MRN {{MRN:00229187}}, from {{FACILITY:Heatherwood Care Center}} (Rm 214B)
Medicare {{HEALTH_PLAN:4TR9-KW2-MM71}}
HPI: per NH nurse {{NAME:Shawna}} ({{PHONE:402-555-0116}}), fever 39.2, lethargy, poor PO since yesterday. Baseline oriented to self, walker.
Exam: GCS 13 (E3V4M6) - Glasgow baseline 14 per NH. +Murphy's sign, RUQ tender. Dry MM.
Labs: WBC 18.6, lactate 3.4, T bili 3.1, ALP 288, lipase 40.
US: distended GB, CBD 9 mm -> ascending cholangitis (Charcot's triad).
Tx: 30 mL/kg LR, pip-tazo 4.5 g IV, blood cx x2.
GI Dr. {{NAME:Nkemelu}} for ERCP; surgery aware.
Goals: POLST - full tx, no intubation. HCPOA niece {{NAME:Deirdre Fitzgerald-Boyle}} lives in {{LOCATION:Glasgow}}, Scotland - reached by email {{EMAIL:deirdre.fb@example.co.uk}} and video call; agrees w/ ERCP.
Admit MICU, Dr. {{NAME:Pokorny}}.
{{NAME:T. Abiodun}}, MD`,

  `{{FACILITY:Shelby County Animal Services}} - BITE INCIDENT
Incident # {{ID:SCAS-26-07713}}   Date {{DATE:07/15/2026}}   Time 1120
Victim: {{NAME:Odell Booker}}, letter carrier (route 44), DOB {{DATE:10/09/1971}}
Location of bite: front porch, {{ADDRESS:3176 Kimball Ave}}, {{LOCATION:Memphis}} TN {{ZIP:38114}}
Dog: "Bruno", M, Rottweiler, ~100 lb, intact. Microchip {{ID:981020033118472}}.
Owner: {{NAME:Cedric Hollins}}, same address, ph {{PHONE:901-555-0103}}.
Rabies: vaccinated {{DATE:2/11/2024}} (3-yr) per {{FACILITY:Poplar Avenue Animal Hospital}} - current.
Victim treated at {{FACILITY:Midtown Regional ED}}: R thigh punctures + 5 cm lac, Augmentin, no PEP (dog quarantined 10 days at home).
ACO {{NAME:Latrice Wynn}} #{{ID:A-27}}; dog declared potentially dangerous - hearing set {{DATE:8/4/26}}.
Witness: neighbor Mr. {{NAME:Fong}} ({{PHONE:901-555-0147}}).`,

  `export: ed_boarders_{{DATE:20260801}}.csv
mrn,name,age,arrived,hold_type,days,notes
{{MRN:7712094}},"{{NAME:VANCE, RILEY}}",16,{{DATE:2026-07-28 14:02}},minor-parent,4,"peds psych waitlist #3 at {{FACILITY:Cardinal Hill Youth BH}}"
{{MRN:7712331}},"{{NAME:AKINS, DELBERT}}",57,{{DATE:2026-07-30 02:17}},EDO,2,"probable cause hearing {{DATE:8/2}}; attorney {{NAME:M. Greer}}"
{{MRN:7712400}},"{{NAME:NG, PHUONG}}",{{AGE:93}},{{DATE:2026-07-31 09:40}},none-medical,1,"SNF auth pending, Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}"
{{MRN:7712455}},"{{NAME:DOE, JOHN 14}}",,{{DATE:2026-07-31 22:55}},pink slip,1,"unidentified; print template {{BIOMETRIC:FP-T-0098812}} sent"
{{MRN:7712470}},"{{NAME:O'BRIEN, SHAY}}",22,{{DATE:2026-08-01 01:05}},voluntary,0,"sister {{NAME:Niamh}} {{PHONE:216-555-0128}}"
# rows sorted by arrival; days = whole days boarded at 0700; ESI and CIWA in separate export`,

  `Crash report excerpt (scanned into media tab by HIM {{DATE:8/12/26}}):
Report # {{ID:MPD-2026-0810-0447}}   Crash: {{DATE:08/10/2026 21:37}}
Location: {{ADDRESS:Hwy 12 at mile marker 14}}, {{LOCATION:Middleton}}, {{LOCATION:Dane Co}}
Unit 1: 2021 Toyota RAV4, blue, WI plate {{VEHICLE:AKT-9921}}, VIN {{VEHICLE:2T3P1RFV8MW190477}}; driver {{NAME:Holly Ambrosini}}, DL {{LICENSE:A516-4410-9982-07}}, auto policy {{ACCOUNT:BM-4471-220918}}
Unit 2 (pedestrian): {{NAME:Kwabena Asare}}, DOB {{DATE:05/05/1989}}, {{ADDRESS:608 Pleasant View Rd}}, {{LOCATION:Middleton}} {{ZIP:53562}} - transported by {{FACILITY:Middleton EMS}} to {{FACILITY:Capitol Lakes Trauma Center}}
Officer: Sgt. {{NAME:Pam Lindqvist}} #{{ID:318}}
Narrative: Unit 1 northbound; ped crossing in dark clothing, not at crosswalk. Driver PBT 0.00. No citations.
ED: pt GCS 12, L tibial plateau fx, pelvic fx (APC II), +LOC.`,

  `AMA - MINOR - parent removing child against advice
Child: {{NAME:Eli Vandermolen}} 5M   MRN {{MRN:PED-0093318}}   {{DATE:8/21/2026}}
Parent: {{NAME:Joost Vandermolen}} (father)   cell {{PHONE:616-555-0106}}
Concern: intussusception (colicky pain, currant-jelly stool x1, target sign on POCUS). Air enema recommended here.
Father will drive to {{FACILITY:Lakeshore Children's}} in {{LOCATION:Grand Rapids}} ("closer to home").
Risks explained incl. perforation, death. Father verbalized understanding. Mother {{NAME:Anke}} on speaker agreed.
Dr. {{NAME:Ferreira}} called {{FACILITY:Lakeshore Children's}} ED, Dr. {{NAME:Tilly Marsh}}, for handoff; images pushed, accession {{ID:RAD-26-8812044}}.
CPS not indicated (going directly to higher level of care).
Follow-up: RN called {{PHONE:616-555-0106}} at 2200 - arrived; reduction successful per Dr. {{NAME:Marsh}}.
Signed: {{NAME:L. Ferreira}}, DO; witness {{NAME:Quinn Adair}}, RN`,

  `ASL INTERPRETER DOCUMENTATION - ED
Pt {{NAME:Marguerite}} "{{NAME:Maggie}}" {{NAME:Lowell}}, Deaf, ASL primary, MRN {{MRN:5019923}}   {{DATE:09/02/2026}}
0114 arrival; pt wrote at triage: "need ASL not lip read".
0120 VRI started (vendor {{FACILITY:SignLink Remote}}, interpreter #{{ID:38812}}), IP {{IP:198.51.100.77}}; froze x3.
0205 VRI failed; on-call in-person interpreter {{NAME:Darnell Whitby}} with CDI {{NAME:Robin Castellano}} paged {{PHONE:412-555-0137}}.
0250 team arrived; hx: 2 d RLQ pain, +psoas, +obturator; Alvarado 8.
0315 appy consent via team; husband {{NAME:Teodor Lowell}} (also Deaf) present; text {{PHONE:412-555-0138}} for updates.
Do NOT use husband to interpret (policy).
0340 to OR. Post-op and d/c teaching to be done with in-person interpreters, not VRI; pt prefers text for follow-up.
RN {{NAME:Sadie Kwan}}`,

  `TRIAGE {{DATE:9/6/26}} 1512 | ESI 1
{{NAME:Juan de Dios Ramirez Tzul}}, 38M, farmworker at {{FACILITY:Sunvale Orchards}} ({{ADDRESS:Rd 112 & Ave 304}}, {{LOCATION:Visalia}}), brought by crew boss "{{NAME:Chepe}}" {{NAME:Morales}}.
T 41.3 rectal, GCS 10, hot dry skin, HR 140. Collapsed in field ~1430, 108F outside.
Tx: cold water immersion (tarp), target 39.0 in <30 min. Benzos for shivering. No antipyretics.
Contacts: wife {{NAME:Rosalba Tzul}} in {{LOCATION:Quetzaltenango}}, Guatemala; local cousin {{NAME:Efrain}} {{PHONE:559-555-0174}}.
Employer rep {{NAME:Gary Pruitt}}, {{PHONE:559-555-0175}}; employer to report heat illness to Cal/OSHA.
Interpreter: K'iche' not available locally; Spanish via {{NAME:Maricela}} (staff).
ID: Guatemalan DPI {{ID:2841 77190 0901}}.
RN {{NAME:B. Sandoval}}`,

  `ED CULTURE CALLBACK LOG - PharmD {{NAME:Aditi Menon}}   wk of {{DATE:9/14/26}}
| Pt | ED date | Culture | Action | Contact |
| {{NAME:Lachance, R.}} | {{DATE:9/11}} | urine: Klebsiella, ESBL+ | cephalexin -> nitrofurantoin | {{PHONE:802-555-0114}} reached |
| {{NAME:Tibbetts, Carol}} | {{DATE:9/12}} | wound: MRSA | add TMP-SMX DS 1 BID, sent to {{FACILITY:Onion River Pharmacy}} | {{PHONE:802-555-0191}} LVM x2 -> letter |
| Baby {{NAME:Ouellette}} | {{DATE:9/12}} | blood: CoNS 1/2, contaminant | mom {{NAME:Josee}} informed, no change | {{PHONE:802-555-0120}} reached |
| {{NAME:Ahmadi, Farid}} | {{DATE:9/13}} | GC/CT: CT+ | doxy 100 BID x7d; EPT for partner | {{EMAIL:farid.ahmadi@example.org}} (pt pref) |
| {{NAME:Gonyea, Lyle}} | {{DATE:9/13}} | throat: GAS neg | none | - |
Letter to {{NAME:Tibbetts}} at {{ADDRESS:77 Pearl St, Apt 3}}, {{LOCATION:Burlington}} {{ZIP:05401}}.`,

  `CHILD ADVOCACY CENTER REFERRAL
To: {{FACILITY:Harbor House CAC}} - intake fax {{FAX:757-555-0150}}
From: {{FACILITY:Tidewater Pediatric ED}}, Dr. {{NAME:Lucinda Marr}} / SANE-P {{NAME:Iris Kwon}}
Date: {{DATE:10/04/2026}}
Child: {{NAME:K.W.}} (initials only on fax per policy), 7F, DOB {{DATE:01/19/2019}}
Non-offending caregiver: grandmother {{NAME:Patrice Wilkins}}, {{ADDRESS:2409 Granby St}}, {{LOCATION:Norfolk}} {{ZIP:23517}}, {{PHONE:757-555-0152}}
Disclosure: child told her teacher Ms. {{NAME:Abernethy}} at {{FACILITY:Larchmont Elementary}} that Uncle "{{NAME:Dre}}" touched her.
Exam: acute exam not indicated (>72h; last contact ~2 wk ago per child). Non-acute exam at CAC. No injuries, no discharge.
CPS: {{NAME:Tanya Ruffin}}, ref {{ID:VA-CPS-26-118403}}. Police: {{FACILITY:Norfolk PD}} SVU, Det. {{NAME:Hargrove}}.`,

  `ED Provider Note - {{DATE:10/17/2026}} 1422
Pt: "{{NAME:JD}}", later identified via pharmacy bottle as {{NAME:Joshua Delgado-Wirth}}, 31M, MRN {{MRN:9021447}} (new)
HPI: found unresponsive in restroom of {{FACILITY:Hazelwood Branch Library}}; officer {{NAME:Bratton}} gave naloxone 4 mg IN x2. RR 4, pinpoint pupils on EMS arrival; after 2nd dose RR 16, GCS 14.
ED: obs 4h, no re-sedation. COWS 11 at 1610 -> buprenorphine 8 mg SL, then 8 mg at 1 h.
Referral: {{FACILITY:Allegheny Bridge Clinic}} appt {{DATE:10/19}} 0900; peer recovery specialist {{NAME:Marcus}} "{{NAME:Moose}}" {{NAME:Tedesco}} met pt at bedside, {{PHONE:412-555-0183}}.
Naloxone kit given. Pt lives at {{ADDRESS:5117 Second Ave}}, {{LOCATION:Pittsburgh}} {{ZIP:15207}} w/ girlfriend {{NAME:Shay}}.
Dr. {{NAME:Nadia Ferrante}}`,

  `BLOODBORNE PATHOGEN EXPOSURE - Employee Health / UC
Employee: {{NAME:Sarai Benavides}}, dental hygienist, {{FACILITY:Bright Smiles Family Dentistry}}, {{ADDRESS:880 Nolana Ave, Ste B}}, {{LOCATION:McAllen}}
Employee # {{ID:BSD-0217}}   Exposure {{DATE:11/02/2026 10:40}}
Office mgr {{NAME:Elsa}} {{PHONE:956-555-0161}}; supervising dentist Dr. {{NAME:Ybarra}}.
Injury: percutaneous, 27g needle after local anesthetic on source pt, L index finger, minor bleeding.
Source pt: {{NAME:Ortega, Humberto}} (consented) - rapid HIV neg, HCV Ab and HBsAg pending.
Employee: HBV vaccinated, anti-HBs 112 (immune). Baseline HIV/HCV/HBV drawn.
PEP: not started (source rapid HIV neg). Counseling given.
Follow-up: HCV RNA at 3 wk; HCV Ab at 6 mo ({{DATE:5/2/27}}).
WC claim {{ACCOUNT:TX-WC-26-0091877}}; employer fax {{FAX:956-555-0189}}.
Clinician: {{NAME:Lorenzo Quinones}}, MD, TX lic {{LICENSE:Q7741}}.`,

  `RN note {{DATE:11/9/26}} 0212 - Trauma bay 2
Pt registered as {{NAME:TRAUMA, TANGO}}; says name is "{{NAME:Dee}}", refuses last name. ~20M.
Single stab wound L flank, HR 108 BP 124/80. Dropped off by friend in black Charger, IL plate {{VEHICLE:LRB-7732}}, who left - per security {{NAME:Okafor-Lane}}.
Officers {{NAME:Kulik}} #{{ID:11873}} and {{NAME:Wojcik}} #{{ID:9104}} at bedside from 0230; pt not under arrest, declined to speak w/ them.
Per officers, stabbing near {{ADDRESS:63rd & Halsted}}.
Chaplain Rev. {{NAME:Amos Little}} at bedside.
0300 CT A/P: no solid organ injury. Local wound exploration by Dr. {{NAME:Szymanski}}: fascia intact.
Clothing bagged, evidence tag {{ID:EV-26-11093}}, to Ofc {{NAME:Kulik}} 0315.
0410 identified by officers' mobile print scan (template {{BIOMETRIC:MBS-4471902}}) as {{NAME:DeShawn Tillery}}; "{{NAME:Dee}}" is a nickname.`,

  `SICKLE CELL ED PATHWAY - INDIVIDUAL DOSING PLAN
Patient: {{NAME:Imani Okoro-Baptiste}}  MRN {{MRN:33091178}}  DOB {{DATE:06/30/2000}}
Hematologist: Dr. {{NAME:Felix Ampofo}}, {{FACILITY:Bayou Sickle Cell Center}} - cell for ED use {{PHONE:225-555-0196}}
Approved {{DATE:11/20/2026}}; valid 12 mo.
Triage ESI 2 for pain crisis; first dose goal <60 min.
1. Hydromorphone 1.5 mg IV (or 2 mg SQ if no access) q20min x3, reassess. No meperidine.
2. Ketamine 0.3 mg/kg IV over 10 min if uncontrolled after 3 doses.
3. IVF D5 1/2NS at 1x maintenance only. Incentive spirometry q1h.
4. ACS w/u if CP, fever, new infiltrate. Hgb baseline 7.8.
5. Port: L chest, SN {{DEVICE:RPTB440197}} - ok to access.
Pt is a nursing student at {{FACILITY:Southern Capitol University}}; mother {{NAME:Grace Baptiste}} {{PHONE:225-555-0197}}.
Last ED visits: {{DATE:9/3/26}}, {{DATE:10/11/26}}, {{DATE:11/14/26}}.
Authors: {{NAME:Felix Ampofo}}, MD / {{NAME:Odette LaFleur}}, RN`,

  `EMERGENCY CUSTODY ORDER (Va. Code 37.2-808) - magistrate-issued
ECO # {{ID:GJ26-004418}}   Issued {{DATE:12/03/2026 16:20}} by Magistrate {{NAME:H. Lockridge}}
Respondent: {{NAME:Cordell Vance Whitlow}}, DOB {{DATE:11/11/1981}}, SSN {{SSN:228-90-3316}}
Last known address: {{ADDRESS:4409 Brambleton Ave SW}}, {{LOCATION:Roanoke}} VA {{ZIP:24018}}
Petitioner: {{NAME:Shirley Whitlow}} (mother), {{PHONE:540-555-0106}}
Executed by Officer {{NAME:T. Baumgartner}}, Badge {{ID:822}}, 1705 at respondent's residence.
Custody limit 8 h -> expires 0105.
Prescreen by {{NAME:Alicia Moorefield}}, LPC, {{FACILITY:Valley CSB}}.
ED medical screening: BAL 0.12, CIWA 6, otherwise cleared.
TDO obtained {{DATE:12/03/2026 23:40}}, TDO # {{ID:TDO-26-11942}}; bed at {{FACILITY:Mill Mountain Psychiatric}}.`,

  `ED NOTE - dog bite to face, peds
{{NAME:Harper Quill}}, 3F, MRN {{MRN:P88301}}, {{DATE:12/8/2026}}
Bitten by family's new dog ("Maple", lab mix from {{FACILITY:Paws & Claws Rescue}}) while hugging it, ~1510, at grandfather {{NAME:Bud Quill}}'s ({{AGE:91}}) home in {{LOCATION:Bozeman}}.
Exam: 3 cm full-thickness lac L cheek, 1 cm lac L upper lip crossing vermilion border; Stensen's duct intact (clear saliva), CN VII intact.
Face photos for plastics: {{PHOTO:IMG_20261208_1544.jpg}}, {{PHOTO:IMG_20261208_1545.jpg}} (media tab).
Plastics: Dr. {{NAME:Evander Locke}} - repair under ketamine 1.5 mg/kg IV.
Rabies: dog vaccinated ({{DATE:10/30/2026}} per rescue record); 10-d observation by owners. Reported to county health dept, ref {{ID:B-26-0443}}.
Augmentin 25 mg/kg/dose BID x5d.
Parents {{NAME:Colin}} and {{NAME:Astrid Quill}}, {{PHONE:406-555-0149}}.
{{NAME:Wren Castellanos}}, MD`,

  `TRAUMA H&P - {{DATE:12/19/26}} 1630
{{NAME:Ramsey, Colt}} 44M, MRN {{MRN:8801192}}. Unhelmeted rider, 2019 Harley-Davidson Road King (plate {{VEHICLE:MC 33K1}}), laid down ~50 mph on {{ADDRESS:State Rd 37 near mile marker 112}} S of {{LOCATION:Bloomington}}. Witness {{NAME:Ruth Ann Pickett}} ({{PHONE:812-555-0135}}) called 911, says a deer crossed.
Primary: GCS 13 (E3V4M6), L periorbital ecchymosis, Battle's sign R -> basilar skull fx suspected, clear R otorrhea, halo test +.
Secondary: L clavicle deformity, road rash L arm/leg.
CT: R temporal bone fx, 4 mm SDH, no shift. C-spine neg.
Neurosurg Dr. {{NAME:Priyanka Vora}} - nonop, repeat CT 6h. Levetiracetam 20 mg/kg.
Wife {{NAME:Jolene}} en route from {{LOCATION:Bedford}}.
State Police Trooper {{NAME:Hefner}} - report {{ID:ISP-26-22871}}.
{{NAME:G. Abernathy}}, MD`,

  `ED CENSUS / BOARDER HUDDLE - {{DATE:Tuesday 1/5/2027}} 0700
Bed  Pt  Unit  Boarding  Notes
HW1  {{NAME:SORENSEN, K}}  tele  19 h  CHF, off BiPAP
HW2  {{NAME:Tabor}}, "{{NAME:Big Mike}}"  med-surg  14 h  cellulitis; bariatric bed ordered from {{FACILITY:ProLift DME}}
14   {{NAME:Quintero, Alma}}  ICU  9 h  DKA on insulin gtt, AG 22 -> 14
22   {{NAME:Fenwick, Harold}} ({{AGE:95}})  med-surg  26 h  UTI/delirium; daughter {{NAME:Judith}} asks for private room
P3   {{NAME:Lam, Kevin}}  psych  61 h  awaiting {{FACILITY:Eastbrook Behavioral}}; auth {{ID:AUTH-7712044}}
P4   {{NAME:Ruiz-Lopez, Dalia}}  peds psych  40 h  no peds beds in state; try {{FACILITY:Prairie Children's Behavioral}}
Staff: charge {{NAME:Nikki}}, bed flow {{NAME:Arturo}} ext {{PHONE:4471}}.
Surge huddle again Wednesday 0700.`,

  `Rattlesnake envenomation - tox consult via poison center
Case {{ID:AZ26-050118}}  {{DATE:04/22/2027}}  Caller: Dr. {{NAME:Beaumont}}, {{FACILITY:Hassayampa Valley Hospital}}, {{LOCATION:Wickenburg}}
Pt {{NAME:Dustin Overholt}} 52M, bitten R hand ~1315 moving rocks at a job for {{FACILITY:Saguaro Landscaping LLC}} near {{ADDRESS:US-93 MM 189}}.
1445: swelling past wrist, plt 92, fibrinogen 140, INR 1.3.
Rec: CroFab 6 vials IV over 1 h (lot 2207118), repeat 6 if not controlled, then 2 vials q6h x3. Mark leading edge q30min. No tourniquet; no fasciotomy unless compartment pressure >30 mmHg.
Employer/owner: brother {{NAME:Ray Overholt}} {{PHONE:928-555-0109}}.
F/u {{DATE:4/22}} 2000: control after 12 vials; plt 140. ICU.
F/u {{DATE:4/24}}: home; plt/fibrinogen at 2-3 d and 5-7 d at {{FACILITY:Hassayampa Valley Hospital}} lab.
SPIs: {{NAME:TL}} / {{NAME:Marguerite Osei}}, RN, CSPI`,

  `TRIAGE NOTE
{{DATE:5/1/2027 0814}} | {{NAME:Amaya Whitecloud}} 27F G2P1 @ 31 wk | ESI 2 | MRN {{MRN:DB-772018}}
MVC, restrained front passenger, rear-ended at the light at {{ADDRESS:Baseline & McClintock}}, {{LOCATION:Tempe}}. +airbag. Driver (husband {{NAME:Tate Whitecloud}}) taken separately to {{FACILITY:Desert Bloom Medical Center}}.
c/o abd tightening q5min, no VB, no LOF. FHR 140s by doppler.
NEXUS: no midline tenderness, no FND, alert, not intox, no distracting injury -> collar off.
To L&D per trauma-OB protocol (>20 wk) after primary survey; Kleihauer-Betke sent, Rh pending.
Prenatal care: Dr. {{NAME:Marisol Ybarra}}, {{FACILITY:Tempe Women's Care}}, last visit {{DATE:4/24}}.
AHCCCS ID {{HEALTH_PLAN:A01884772}}; pt cell {{PHONE:480-555-0158}}.
Officer {{NAME:Kiyoshi Hale}} #{{ID:5512}} requests copy of ED records - referred to HIM.
RN {{NAME:Jeannette R.}}`,

  `ED MD NOTE - {{NAME:Nikolai Petrenko-Shaw}}, 22 mo M - {{DATE:5/14/27}} 1905
Mother ({{NAME:Oksana}}) found him with TV remote apart ~1800; coin cell (CR2032) missing. Drooling, refusing PO.
CXR: round radiopaque FB with halo (double ring) at T1-T2 -> esophageal button battery.
Honey 10 mL q10min given x2 before transfer (>1 yr, <12 h) - do not delay.
Poison center case {{ID:NPC-27-77120}}; peds GI at {{FACILITY:Gateway Children's Hospital}} ({{LOCATION:St. Louis}}), Dr. {{NAME:Adaeze Obi}}, accepts for emergent endoscopy.
Transfer by {{FACILITY:Gateway Kids Transport}}, departed 1950.
Father {{NAME:Grant Shaw}} {{PHONE:314-555-0192}}; home {{ADDRESS:1422 Lafayette Ave}}, {{LOCATION:St. Louis}} {{ZIP:63104}}.
MRN {{MRN:1180293}} | Acct {{ACCOUNT:V27-0514-0088}}
{{NAME:Chiamaka Eze}}, MD`,

  `{{FACILITY:Lakeview Urgent Care}} - OCCUPATIONAL EXPOSURE
{{DATE:06/03/2027}} 0945 | {{NAME:Tobias Erdmann}} 19M, lifeguard/maintenance at {{FACILITY:Sunset Hills Aquatic Center}}, {{ADDRESS:3300 Sunset Blvd}}, {{LOCATION:Rocklin}} CA {{ZIP:95765}}
Mixed sodium hypochlorite + muriatic acid in pump room ~0900 -> chlorine gas. Cough, burning eyes.
Exam: SpO2 97%, mild wheeze, no stridor. Eyes irrigated to pH 7.0.
Tx: albuterol 2.5 mg neb. Obs 4h, sats stable.
Poison center case {{ID:CA27-200417}}, SPI {{NAME:Lo}}.
Supervisor {{NAME:Jan Marquardt}} ({{PHONE:916-555-0159}}): 2 coworkers ({{NAME:Chloe}}, {{NAME:Bryce}}) also exposed, advised to come in.
Doctor's First Report (5021) filed; claim {{ACCOUNT:SCIF-27-0090118}}; faxed to employer HR {{FAX:916-555-0160}}.
{{NAME:Renata Silvestri}}, DO`,

  `BAKER ACT - REPORT OF LAW ENFORCEMENT OFFICER INITIATING INVOLUNTARY EXAMINATION (CF-MH 3052a)
Person: {{NAME:Celeste Ambroise}}   DOB {{DATE:02/28/2004}}   Race/Sex: B/F
Address: {{ADDRESS:1620 NW 7th Ct}}, {{LOCATION:Fort Lauderdale}} FL {{ZIP:33311}}
Officer: Dep. {{NAME:Xavier Pinder}}, {{FACILITY:Coral Reach County Sheriff's Office}}, ID # {{ID:14720}}
Date/time of custody: {{DATE:07/09/2027 1445}}   Case # {{ID:CRSO27-0709-0221}}
Receiving facility: {{FACILITY:Sistrunk Crisis Stabilization Unit}}, after medical clearance at {{FACILITY:Las Olas General}} ED
Circumstances: roommate {{NAME:Jazmine Toussaint}} called after pt posted "tonight's the night" w/ photo of razor blades; found w/ superficial lacs L forearm. Pt denies SI now.
Marchman Act not applicable (no substance use).
ED: lacs steri-stripped; Tdap given.
Officer signature: {{NAME:X. Pinder}}`,

  `SMS follow-up thread (hospital texting platform, Spanish) - exported {{DATE:07/21/2027}}
To: {{PHONE:+1 (773) 555-0111}} (Sra. {{NAME:Beatriz Quispe}})
{{DATE:07/19}} 16:02 ED: Hola Sra. {{NAME:Quispe}}, soy {{NAME:Lorena}}, enfermera de Emergencias de {{FACILITY:St. Brendan's}}. Como sigue {{NAME:Mateo}} despues de la visita del {{DATE:17 de julio}}?
{{DATE:07/19}} 16:40 Pt: bien gracias, ya no tiene fiebre. la amoxicilina le doy 2 veces
{{DATE:07/19}} 16:41 ED: Muy bien. 90 mg/kg/dia dividido en 2 dosis, por 10 dias. Tiene cita con el pediatra?
{{DATE:07/19}} 17:05 Pt: si con la Dra {{NAME:Huaman}} en {{FACILITY:Clinica Pilsen}} el lunes
{{DATE:07/19}} 17:06 ED: Perfecto. Si tiene dolor de oido fuerte o fiebre >39 regrese. Interprete de referencia #{{ID:SP-2291}}.
{{DATE:07/20}} 09:15 Pt: gracias. mi esposo {{NAME:Hilario}} pregunta por la nota para el trabajo en {{FACILITY:Tortilleria La Paloma}}`,

  `ED NOTE - suspected elder abuse / APS report
Pt: {{NAME:Mildred Ostrowski}}, {{AGE:ninety-four}} y/o F, MRN {{MRN:00448217}}, arrived {{DATE:08/02/2027 11:10}} by {{FACILITY:Elyria Fire}} Medic 2.
Found by neighbor {{NAME:Doris Kulp}} on kitchen floor of her home, {{ADDRESS:231 Cleveland St}}, {{LOCATION:Elyria}}, down ?24h.
Exam: bruises of varying ages on upper arms (grip pattern), stage 3 sacral ulcer, wt 38 kg, CK 4,800, Cr 2.4.
Grandson {{NAME:Kyle Ostrowski}} ("{{NAME:KO}}") lives w/ pt, paid caregiver via waiver; not home; pt says "{{NAME:Kyle}} takes my checks".
APS report {{DATE:8/2}} 1330 to intake worker {{NAME:Belinda Huff}}, ref # {{ID:APS-27-20417}}.
{{FACILITY:Elyria PD}} notified, Ofc {{NAME:Mancini}}.
Capacity intact for medical decisions (MoCA 22).
Admit medicine; SW {{NAME:Rhoda}} to see.`,

  `PC CALL - {{DATE:09/12/2027}} 2104 - case {{ID:OR27-118804}}
Caller: {{NAME:Henrik Solberg}}, visiting from {{LOCATION:Bergen}}, Norway, staying at {{FACILITY:Cedar Lodge Motel}}, {{ADDRESS:1800 Hwy 101 N}}, {{LOCATION:Newport}}, OR; cell {{PHONE:541-555-0129}}.
Ate foraged mushrooms (sauteed) w/ wife {{NAME:Ingrid}} ~1230; both w/ profuse watery diarrhea and vomiting from ~2000 (>6h latency) -> concern for amatoxin (Amanita phalloides).
Advised: ED now - {{FACILITY:Yaquina Bay Hospital}} ({{PHONE:541-555-0130}}); bring leftovers.
ED f/u 2300 w/ Dr. {{NAME:Beaulieu}}: AST 44, INR 1.0; silibinin unavailable -> high-dose penicillin G + NAC. Mycologist Prof. {{NAME:Dana Whitlow}} confirmed A. phalloides from specimen photos.
F/u {{DATE:9/13}} 1400: AST 1,840 (him), 620 (wife). Transfer to {{FACILITY:Cascade Transplant Center}}, {{LOCATION:Portland}}.
SPI {{NAME:Wen-Li Chao}}`,

  `PATIENT-DIRECTED DISCHARGE (formerly "AMA") - {{FACILITY:Palmetto Coast Medical Center}}
Pt: {{NAME:JEFFCOAT, TRAVIS W}}   MRN {{MRN:PCM0029918}}   {{DATE:10/02/2027}} 0512
Home: {{ADDRESS:118 Sumter Ridge Ct}}, {{LOCATION:Columbia}} {{ZIP:29203}}
Dx: DKA (pH 7.21, HCO3 11, AG 24, BG 488), insulin gtt x3h; AG now 18.
Pt wants to leave to get his truck before it's towed from the {{ADDRESS:Waffle House lot on Two Notch Rd}}.
Offered: SW to call brother {{NAME:Wade}} ({{PHONE:803-555-0178}}) to move truck (2011 Silverado, SC {{VEHICLE:PMX 442}}).
Capacity (Dr. {{NAME:Jun Takahashi}}): understands, appreciates, reasons, expresses choice -> has capacity.
Harm reduction: glargine 20 u SQ before leaving, pens/supplies x2 wk, glucometer; appt {{FACILITY:Richland Diabetes Clinic}} {{DATE:10/4}} 1000.
Signed by pt. Witness: security Sgt. {{NAME:Odom}}; RN {{NAME:Keisha Bright}}.
Callback {{DATE:10/02/2027 13:30}}: BG 212, drinking fluids, will go to clinic.`,

  `BURN ASSESSMENT - ED RN
{{NAME:Nguyen, Kim-Thoa}} 46F - cook at {{FACILITY:Pho Saigon 88}}, {{ADDRESS:2718 Bellaire Blvd}}, {{LOCATION:Houston}}. Fryer oil spill {{DATE:11/05/2027}} ~1830.
TBSA (rule of 9s / Lund-Browder): R forearm+hand 4.5%, R ant thigh 4.5%, abd 3% = ~12% partial thickness; not circumferential.
Parkland: 4 mL x 72 kg x 12% = 3,456 mL LR/24h; half in first 8h from time of burn (1830).
Pain: fentanyl 50 mcg IV x2. Tdap given.
Burn center: {{FACILITY:Gulf Coast Regional Burn Unit}}, Dr. {{NAME:Olufemi Adesanya}} accepts, transfer # {{ID:TX-27-BRN-0447}}.
Owner Mr. {{NAME:Dang}} drove her in, left card: {{PHONE:713-555-0185}}, {{EMAIL:dang.pho88@example.com}}.
Interp: Vietnamese, {{NAME:Thu}} (#{{ID:VN-044}}) by phone.
Daughter {{NAME:Vy}} ({{PHONE:832-555-0102}}) notified.
RN {{NAME:Ashlyn Parr}} / scribe {{NAME:dr}}`,

  `HIPAA ACCOUNTING OF DISCLOSURES - law enforcement / third party
Pt: {{NAME:Bartholomew}} "{{NAME:Bart}}" {{NAME:Nkemdirim}} | MRN {{MRN:0771903}} | ED {{DATE:11/21/2027}}
Date | Recipient | Purpose | Disclosed | Authority
{{DATE:11/21/2027}} | Ofc {{NAME:J. Castellanos}} #{{ID:2203}}, {{FACILITY:Aurora PD}} | MVC case {{ID:APD-27-660143}} | serum EtOH 189, draw time | warrant # {{ID:W-27-1122}}, 45 CFR 164.512(f)
{{DATE:11/23/2027}} | Sgt. {{NAME:M. Fairweather}}, State Patrol | crash reconstruction | none - no warrant, referred to HIM | denied
{{DATE:11/30/2027}} | auto insurer adjuster {{NAME:Lena Moss}} | claim {{ACCOUNT:RMM-77120-AC}} | ED record of {{DATE:11/21}} | pt authorization signed {{DATE:11/28/2027}}
Other vehicle: Subaru Outback, CO plate {{VEHICLE:BTX-R92}}, driver {{NAME:Philippa Grant}} (not our pt).
Logged by {{NAME:Corinne Baptiste}}, ROI, ext {{PHONE:6120}}`,

  `UC -> ED TRANSFER NOTE
{{FACILITY:Harborside Urgent Care}} | {{DATE:12/04/2027}} | {{NAME:Kofi Mensah-Bright}} 39M
Fever 39.8, rigors, HA x3d. Returned {{DATE:11/28}} from {{LOCATION:Kumasi}}, Ghana (family visit), also {{LOCATION:Accra}} and {{LOCATION:Lome}}, Togo; no malaria prophylaxis.
Exam: GCS 15, no meningismus (Kernig, Brudzinski neg), spleen tip palpable.
POC: plt 62, glucose 88.
Concern for P. falciparum -> sent to {{FACILITY:Bayview General}} ED for smear/RDT and IV artesunate. Called ED charge {{NAME:Fiona}} at {{PHONE:617-555-0186}}.
Transport: wife {{NAME:Abena}} driving (pt declined ambulance); left 1515.
Ins {{HEALTH_PLAN:MHP-44718802}} | Acct {{ACCOUNT:HUC-1204-3318}}
Employer {{FACILITY:Seaport Freight Handling}} - work note x5 d.
{{NAME:Yvette Carmody}}, PA-C`,

  `ED Attending Note {{DATE:1/15/2028}} 0320
{{NAME:Sydney Okamura}}, 19F, freshman at {{FACILITY:Pacific Crest University}}, lives in {{FACILITY:Hollister Hall}} room 4B. Student ID {{ID:PCU-2027-004418}}.
Brought by RA {{NAME:Jamal}} + roommate {{NAME:Priya}}. Fever, HA, stiff neck, petechial rash on legs.
Exam: T 39.9, HR 128, BP 92/54. +Kernig, +Brudzinski. Non-blanching petechiae.
Plan: dexamethasone 0.15 mg/kg, ceftriaxone 2 g, vancomycin IV (0335) before LP; LP not delayed for CT.
Droplet precautions. County epi on call Dr. {{NAME:Ashford}} ({{PHONE:541-555-0117}}); close contacts (RA, roommate, boyfriend {{NAME:Eamon Reilly}}) -> cipro 500 mg x1.
Parents {{NAME:Hiroshi}} and {{NAME:Lisa Okamura}} in {{LOCATION:Honolulu}}, {{PHONE:808-555-0168}} - flying in.
MICU: Dr. {{NAME:Varga}}.`,

  `TRANSFER CENTER - BED SEARCH LOG (adult psych)
Pt: {{NAME:Hollis Wren Jacobi}}  MRN {{MRN:5510294}}  in ED since {{DATE:02/01/2028 22:10}}
Hold: IVC, petition # {{ID:28SP000417}}; first exam Dr. {{NAME:Akande}} {{DATE:2/1}} 2315.
{{DATE:2/2}} 0810 {{FACILITY:Neuse River BH}} - {{NAME:Tammy}} (intake): no beds
{{DATE:2/2}} 0835 {{FACILITY:Longleaf Psychiatric}} - packet faxed {{FAX:910-555-0143}}; reviewing
{{DATE:2/2}} 1120 {{FACILITY:Longleaf Psychiatric}} - declined (hx aggression)
{{DATE:2/2}} 1300 state hospital waitlist - #14
{{DATE:2/3}} 0900 {{FACILITY:Piedmont Crossing}} - Dr. {{NAME:Salas}} accepts; bed after 1400
Transport per IVC: {{FACILITY:Wayne County Sheriff}}, Dep. {{NAME:Blanchard}}.
Guardian {{NAME:Lorna Jacobi}} {{PHONE:919-555-0107}} updated daily.
Barriers: on clozapine 300 mg, needs ANC monitoring at receiving site; 1:1 sitter continuous.
Coordinator: {{NAME:Felicia M.}} ext {{PHONE:2210}}`,

  `SANE PROGRAM - 2-week follow-up
Client #: {{ID:SANE-28-0117}} (name withheld in program log)
Exam {{DATE:02/10/2028}}; f/u call {{DATE:02/24/2028 11:00}} by {{NAME:Rosalind Achterberg}}, RN, SANE-A
Safe # on file: {{PHONE:503-555-0173}} - pt answered, confirmed DOB {{DATE:4/4/1997}} and code word.
Sx: mild nausea on nPEP, resolved. Day 14 of 28 of emtricitabine/tenofovir + dolutegravir.
Labs at {{FACILITY:Rose City Community Clinic}} (NP {{NAME:Hugo Beltran}}): HIV Ag/Ab neg, RPR NR, hCG neg, Cr 0.8.
Det. {{NAME:Alvarez-Quinn}} ({{FACILITY:Gresham PD}}, case {{ID:GPD-28-001192}}) has contacted pt; kit submitted to state lab.
Advocate {{NAME:Bea}} ({{FACILITY:Willow Haven Advocacy}}) to go with her to interview.
Next contact: 6-wk labs ~{{DATE:3/23}}. NO voicemail at home #; portal msg backup {{EMAIL:rainbird97@example.net}}.`,

  `ED trauma addendum - WORK-RELATED
{{DATE:03/06/2028}} 1105 | {{NAME:LaFountain, Reuben J.}} | MRN {{MRN:4402917}}
Fell ~14 ft from scaffold at jobsite, {{ADDRESS:4400 block of Lyndale Ave S}}, {{LOCATION:Minneapolis}}; employer {{FACILITY:Northstar Masonry Inc}}, {{ADDRESS:1190 Energy Park Dr}}, {{LOCATION:St. Paul}} {{ZIP:55108}}.
Foreman {{NAME:Dale Hietala}} at bedside ({{PHONE:651-555-0138}}); no harness per foreman.
Injuries: L calcaneus fx (Bohler's angle 12 deg), L1 compression fx (stable, no retropulsion), R distal radius fx. Ortho Dr. {{NAME:Kasprzak}}.
Canadian C-spine: dangerous mechanism (fall >3 ft) -> CT c-spine neg.
Employer advised re OSHA 24-h report (inpatient admission). WC carrier TBD.
Wife {{NAME:Charmaine}} {{PHONE:651-555-0139}}.
Attending {{NAME:H. Sorensen-Ali}}, MD`,

  `** COLLECTIVE ED ALERT ** generated {{DATE:2028-03-19 02:44}}
Patient: {{NAME:PETTIGREW, ROY A}}  DOB {{DATE:1962-12-01}}  Local MRN {{MRN:889201}}
Visits (12 mo): 38 | {{FACILITY:Riverton Memorial}} (22), {{FACILITY:Wind River Mercy}} (11), {{FACILITY:Fremont Urgent Care}} (5)
Care guideline: "EtOH - refer to {{FACILITY:Fremont County Sobering Center}} (24/7, {{PHONE:307-555-0165}}) when clinically sober with no medical need. CIWA-Ar >10 -> phenobarbital protocol. Thiamine 500 mg IV."
Care team: CM {{NAME:Winona Antelope}} ({{EMAIL:wantelope@wrmercy.example.org}}), PCP Dr. {{NAME:Fishburn}}
Security events: {{DATE:2027-11-02}} (verbal only)
Lives: camp near the {{ADDRESS:Hwy 26 bridge east of Riverton}}
Alert: {{URL:https://alerts.example-collective.net/p/889201?k=7QZ}}`,

  `ED PHYSICIAN NOTE | {{DATE:04/08/2028}} | {{NAME:Marguerite Delacroix-Ng}} | 47F | MRN {{MRN:DN-001772}}
CC: worst HA of life, onset 1h ago lifting luggage at the gate (airline pilot, FAA certificate {{LICENSE:3489211}}).
Ottawa SAH rule: age >=40, neck pain, onset w/ exertion -> not low risk.
Exam: GCS 15, no focal deficit, mild meningismus; Kernig neg.
CT head (<6h): subtle SAH basal cisterns -> CTA: 6 mm AComm aneurysm. Hunt-Hess 2, modified Fisher 1.
Plan: SBP <160 (nicardipine), nimodipine 60 mg q4h.
Neuro-IR Dr. {{NAME:Sung-min Ko}}, {{FACILITY:Lakeshore Neurovascular Institute}}; transfer by {{FACILITY:Great Lakes LifeStar}}.
Emergency contact: husband {{NAME:Benoit Delacroix}} in {{LOCATION:Montreal}}, {{PHONE:312-555-0148}}.
Employer {{FACILITY:Midwest Regional Airways}} crew scheduling notified at pt's request - {{NAME:Tasha}} {{PHONE:773-555-0182}}.
{{NAME:R. Onyango}}, MD - {{DATE:04/08/2028 17:52}}`,

  `TRAVEL CLINIC / UC - animal bite abroad, PEP continuation
{{NAME:Kestrel Abernathy}} 28F | {{DATE:05/02/2028}} | MRN {{MRN:771-220-19}}
Bitten by a macaque at a temple in {{LOCATION:Ubud}}, Indonesia on {{DATE:4/26/28}}. Wound washed; PEP started {{DATE:4/27}} at {{FACILITY:Klinik Sehat Ubud}}: vaccine d0 + ERIG (HRIG unavailable). d3 {{DATE:4/30}} in {{LOCATION:Denpasar}}.
Records brought (Bahasa/English); clinic physician dr. {{NAME:Made Wirawan}}.
Today = day 6: d7 dose due {{DATE:5/3}}, then d14 {{DATE:5/10}}. RIG not repeated (ERIG already given).
Herpes B (macaque): ID consult Dr. {{NAME:Lisbeth Ekwueme}}; valacyclovir 1 g TID x14d.
Contact {{PHONE:206-555-0163}}, {{EMAIL:kestrel.a@example.com}}.
Wound: healing, no erythema. Tdap current (2024). Return for fever, vesicles or numbness near the bite.
Health plan {{HEALTH_PLAN:PRM-5570014-02}}.`,

  `ED NOTE - LVAD pt
{{NAME:Ezekiel Mbeki-Harris}} 58M | {{DATE:6/11/28}} 0130 | MRN {{MRN:3309128}}
HeartMate 3 LVAD, controller SN {{DEVICE:HM3C-0418822}}, pump SN {{DEVICE:MLP-220917}}; implanted 2025 at {{FACILITY:Northlake Heart Institute}}.
CC: low-flow alarms x3 tonight, dark urine.
Params: 5400 rpm, flow 3.1 L/min (baseline 4.6), PI 2.1, power 6.8 W (up from 4.5). LDH 1,640, plasma free Hgb 62 -> suspected pump thrombosis.
Doppler MAP 78. No palpable pulse (expected).
VAD coordinator {{NAME:Marisa Feld}}, RN ({{PHONE:312-555-0151}}) and Dr. {{NAME:Okwuosa}}: heparin gtt, transfer to {{FACILITY:Northlake Heart Institute}}.
ICD SN {{DEVICE:BSX-7719-04}} interrogated 0200: no events.
Wife {{NAME:Lydia}} brought backup controller & batteries. Lives in {{LOCATION:Evanston}}; son {{NAME:Isaac}} {{PHONE:847-555-0164}}.
{{NAME:Sofia Ruiz-Albright}}, MD`,

  `SELF CHECK-IN KIOSK LOG - {{FACILITY:Summit Ridge ED}} - export {{DATE:2028-07-04}}
ts|kiosk_ip|pt_name|dob|complaint|id|photo
{{DATE:2028-07-04 00:12:08}}|{{IP:192.0.2.17}}|{{NAME:ALVARADO, NOEMI}}|{{DATE:1990-03-03}}|fireworks burn R hand|DL {{LICENSE:S530-1120-4471}}|{{PHOTO:KSK-PH-00912}}
{{DATE:2028-07-04 00:47:51}}|{{IP:192.0.2.17}}|{{NAME:BRODY, T}}|{{DATE:1975-10-19}}|chest pain|palm {{BIOMETRIC:PV-4471-9920}}|{{PHOTO:KSK-PH-00913}}
{{DATE:2028-07-04 01:30:02}}|{{IP:192.0.2.18}}|{{NAME:KAYE, LILY}}|{{DATE:2014-08-08}}|eye hurt sparkler|guardian {{NAME:Don Kaye}}|declined
{{DATE:2028-07-04 02:05:40}}|{{IP:192.0.2.17}}|{{NAME:OYELARAN, FEMI}}|{{DATE:1932-05-20}}|fell at home|palm {{BIOMETRIC:PV-0032-1187}}|{{PHOTO:KSK-PH-00914}}
note: row 4 age {{AGE:96}}; chest pain row -> ESI 2, EKG in 10 min. Triage RN {{NAME:Bex}} verified IDs.
kiosk at {{IP:192.0.2.18}} offline 0140-0155 (paper jam); rows re-synced at 0200.`,
];

export const HELDOUT_REALISTIC_110_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout110-${i + 1}`, n));
