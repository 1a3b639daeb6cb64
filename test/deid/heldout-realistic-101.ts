// A hundred-and-first held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come only from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is children and adolescents outside the hospital: school nurse
// daily logs and health office visit records, medication authorizations, individualized healthcare
// plans, IEP health sections and 504 plans, seizure and anaphylaxis action plans, field-trip and
// summer-school handoffs, hearing, vision, scoliosis, dental-sealant and fluoride screening letters
// and rosters, sports pre-participation physicals and history forms, concussion return-to-play and
// return-to-learn forms and letters, athletic-trainer e-mail threads, heat-illness and AED reports,
// youth ECG screening, immunization waivers, medical exemptions, registry printouts, catch-up plans
// for refugee children, conditional-enrollment and measles-exclusion letters, child-abuse hotline
// intakes, forensic interview summaries, child-abuse pediatrics evaluations, CPS contact notes,
// supervised-visitation logs, CASA court reports, foster care health passports, placement-change
// notices, initial foster health screens, psychotropic consent requests, aging-out summaries,
// group-home MARs, runaway-return checks, youth-shelter and McKinney-Vento notes, juvenile detention
// receiving screens, sick calls, suicide-watch logs, PREA/dental screens, release summaries,
// probation letters and court-ordered evaluations, camp health forms, health-hut logs, camp e-mails
// and online camp registrations, school-based health center and teen clinic notes (HEADSS, minor
// consent contraception, pregnancy and STI/EPT visits), SMS and patient-portal threads, a telehealth
// visit, a learner's-permit medical report and one research-corpus extract with bracketed
// placeholders. Names come from many cultures and are written full, last-first, with initials,
// nicknames in quotes, chosen names, lower case and user names; next to them are look-alikes that
// are not PHI: eponyms and brand names (Snellen, Ishihara, Adam's forward bend, Osgood-Schlatter,
// Scheuermann, Marfan, Tanner, Valsalva, Centor, Sofia analyzer, Auvi-Q, Omnipod,
// Dexcom, Geek Bar), drugs and doses, scores (SCAT5, ImPACT, PHQ-A, CRAFFT, SCOFF, C-SSRS, MAYSI-2,
// EPDS, GMFCS, ATR), ICD codes, acuities, grades, rooms, cabins, pods, cells, bus, route, van and
// medic numbers, tooth numbers, vaccine lots and expiry dates, school years and years alone.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-21 final engine
// (ae581d0) 0.9632 / 0.9371; pass-22 engine (474acc6, whose rules were made from sets 2-100 without reading
// this one) 0.9643 / 0.9389.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header: titles stay outside NAME spans;
// MIMIC placeholders are annotated over their content (brackets outside), typed by what they stand
// for; a time attached to a full date is part of it; a weekday written with a date is part of it;
// payers, their departments and fax lines, and state or federal agencies are not PHI; schools,
// employers, churches, shelters, clubs, prisons, labs, transport and home-care agencies and a
// patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid member numbers are
// HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state licences and
// driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port, CPAP, ICD and
// implant serials are DEVICE; accession, order, authorization, requisition, case, incident, juror
// and employee numbers are ID; short in-house pagers and extensions are PHONE; lot, CLIA, NDC and
// trial numbers and a lot's expiry date are not PHI; honorifics in other languages (Sra., Don,
// Hastiin) stay outside NAME spans like titles; a date range written as one token (9/10-9/12,
// 6/23-7/25, June 22-28, 2025) is one DATE span; a city abroad is LOCATION wherever it appears; a
// month/day without a year (3/4, Sep 19) is a DATE, and a clock time next to it stays outside the
// span while one attached to a date with a year is inside; compact and ISO dates are DATE; an age
// over 89 is AGE however it is written, ages of 89 and under are not; a nickname, first name alone,
// last name alone, lower-case name or initials standing for a person (student, family or staff,
// incl. typist and signer initials) are NAME, one span per occurrence, and a nickname in quotes or
// brackets is its own span; reservations and rural communities as places are LOCATION; rural
// routes, HC boxes and chapter/county road addresses are ADDRESS; EMS unit, rig, engine, medic and
// rescue numbers, rooms and beds are not PHI; a file name of a patient's face photo is PHOTO; a
// fingerprint template number is BIOMETRIC; kin terms (grandma, Uncle, aunt) stay outside NAME
// spans; tribal census, badge and booking numbers are ID; a medicine's expiry and photos without a
// file reference are not PHI.
// Added for this set: student, district and state student IDs, registry client IDs, SACWIS/DCS,
// CAC, hotline-intake, law-enforcement, docket and petition numbers, form, event and participant
// numbers, accident and incident report numbers, interpreter and screener numbers, prescription
// (Rx, e-Rx) numbers and a recorded interview's DVD number are ID; a student-accident claim number
// and a clinic or portal account number are ACCOUNT; a learner's permit number is LICENSE; an
// insulin pump controller, CGM transmitter or receiver, VNS generator, baclofen pump and ICD serial
// are DEVICE, while school-owned screening equipment (photoscreener unit, AED, asset tag) is not
// PHI; a student's photo-on-file and a booking photo file name are PHOTO; school districts, Head
// Start sites, camps, group homes, residential programs, youth shelters, detention centers, child
// advocacy centers, private foster-care, CASA and youth-service agencies, athletic associations and
// foundations, stables, restaurants and stores where a child was or works, mobile dental programs
// and EMS/fire/transit services are FACILITY (a county in such a name stays inside the FACILITY
// span); CPS, DCS, DCFS, a juvenile probation department named by judicial district, a state
// department of licensing, a local or county health department named generically, a sheriff's
// office, Head Start, WIC, Early Intervention/First Steps/Early Start and payers' programs (Apple
// Health, Ohana QUEST, Peach State, PeachCare, Florida Healthy Kids) are not PHI, but an agency
// office's street address, phone, fax, e-mail and staff names are annotated like any other; a
// street named without a number (Cypress Bend Rd, Hwy 50) is ADDRESS; a refugee camp, ski mountain
// or hiking destination is LOCATION; a month with a year (Oct 2023, 5/2024, 10/2025) is DATE, while
// a month alone, a season, "last spring", "this summer", "after Easter", a school year (2024-25) and
// a year alone (2019, 2022) are not; a time range after a full date (10:05-10:52, 4:10-5:05 pm)
// stays outside the span; a chosen name, preferred name, a name in a tattoo, a partner's initial
// alone ("K", J.) and a system user name (mgonzalez) are NAME; titles and roles such as Coach, AP,
// AD, ADA, Det., Ofc., Officer, Atty., Sgt., Sr. (Sister), Hon. and Nurse stay outside NAME spans;
// a parent's e-mail address in an e-mail header is EMAIL and the display name before it is NAME;
// identifiers broken by a hard line wrap are one span including the line break.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HEALTH OFFICE DAILY LOG - {{FACILITY:Whittier Elementary School}}
Nurse: {{NAME:K. Oyelaran}}, BSN, RN      Date: {{DATE:Tues 9/17/24}}

0812 {{NAME:Mateo Reyes-Luna}} gr2 Rm 14 - c/o tummy ache, no BM since Sunday per pt. afebrile 98.4. ate bkfst at home. rested 15 min, water, back to class 0835.
0905 {{NAME:Aaliyah}} (gr5) - albuterol HFA 2 puffs via spacer pre-PE per IHP, SpO2 97%. Mom ({{NAME:Tanisha Brooks}}) aware via text {{PHONE:(555) 555-0148}}.
0940 {{NAME:Nguyen, Bao}} - bloody nose at recess, resolved w/ pressure 10 min. hx epistaxis. note home.
1030 {{NAME:Jax Pettibone}} K - wet clothes, spare set from closet. called grandma {{NAME:Darlene}} {{PHONE:555-0171}}, she will bring clothes after 2.
1115 {{NAME:Hodan Abdi}} gr3 - lice check requested by Mrs. {{NAME:Feld}}. no live lice, 2 nits >1cm from scalp. no exclusion per district policy. letter home (Somali version).
1250 T1D {{NAME:Ellie Marchetti}} BG 212 @ lunch, Omnipod bolus per carb ratio 1:15 for 45g. recheck 1430 = 148.
1340 {{NAME:D.W.}} gr4 fell off monkey bars, L wrist pain, mild swelling, snuffbox tender. ice + SAM splint. Dad {{NAME:Derek Whitfield}} picked up 1405 -> {{FACILITY:Northside Urgent Care}}. Accident rpt #{{ID:AR-24-0917-03}} to front office.
1500 meds locked, log faxed to district. -{{NAME:KO}}`,
  `{{FACILITY:LAKEVIEW CONSOLIDATED SCHOOL DISTRICT}}
AUTHORIZATION FOR MEDICATION ADMINISTRATION AT SCHOOL  2024-25

Student: {{NAME:Okonkwo, Chidera E.}}    DOB: {{DATE:04/22/2013}}     Grade: 6
School: {{FACILITY:Prairie Ridge Middle School}}    Student ID: {{ID:3047719}}
Medication: Concerta (methylphenidate ER) 27 mg   Dose: 1 tab   Time: 11:45 (late-start days only)
Route: PO    Start: {{DATE:08/26/2024}}   Stop: end of school year
Dx: ADHD, combined type (F90.2)   Side effects: decr appetite, HA, insomnia

PRESCRIBER
Name: {{NAME:Farida Haidari}}, MD     Practice: {{FACILITY:Eastgate Pediatrics}}
Address: {{ADDRESS:2210 Kellogg Ave, Suite 140}}, {{LOCATION:Ames}}, IA {{ZIP:50010}}
Ph {{PHONE:515-555-0132}}   Fax {{FAX:515-555-0133}}   NPI {{LICENSE:1790345528}}
Signature: __________   Date: {{DATE:8/19/24}}

PARENT/GUARDIAN
Name: {{NAME:Ngozi Okonkwo}}   Relationship: mother   Cell: {{PHONE:515-555-0187}}
Email: {{EMAIL:ngozi.okonkwo77@gmail.com}}
Signature: __________   Date: {{DATE:8/20/24}}

FOR OFFICE USE
Rec'd by {{NAME:JT}} {{DATE:8/26}}. Count 30 tabs (Sched II) double-counted w/ {{NAME:M. Hollis}}, secretary. Locked cab #2.`,
  `INDIVIDUALIZED HEALTHCARE PLAN (IHP) / DMMP
Student: {{NAME:Ellie Marchetti}}   DOB {{DATE:2/9/2015}}   Gr 4   Teacher: Mr. {{NAME:Osei}} (Rm 22)
School: {{FACILITY:Whittier Elementary School}}    Plan dates: {{DATE:8/28/2024}} - {{DATE:6/12/2025}}
Diabetes provider: Dr. {{NAME:Priya Raman}}, {{FACILITY:Westbrook Children's Specialty Clinic}}  ph {{PHONE:555-555-0119}}  fax {{FAX:555-555-0120}}

DEVICES
 Insulin: Humalog via Omnipod 5, controller SN {{DEVICE:PDM-5A-0884172}}
 CGM: Dexcom G7, sensor/transmitter ID {{DEVICE:8RK4TQ}} (changes q10d - parent will email new ID)
TARGETS 80-180 mg/dL. Correction 1 unit per 60 > 150. Carb ratio 1:15 bkfst/lunch.
HYPO (<70): 15 g fast carbs, recheck in 15 min ("Rule of 15"). If unable to swallow/seizure: Baqsimi 3 mg intranasal, call 911, then parent.
HYPER (>300 x2): check ketones, water, bathroom pass, call parent.
PE / recess: snack if <120 before activity.

CONTACTS
1) {{NAME:Gina Marchetti}} (mom) cell {{PHONE:555-555-0163}}, work {{FACILITY:Westbrook Public Library}} {{PHONE:555-555-0102}}
2) {{NAME:Paul}} "{{NAME:Pauly}}" {{NAME:Marchetti}} (dad) {{PHONE:555-555-0164}}
Parent sig ________ {{DATE:8/27/24}}     RN: {{NAME:Kemi Oyelaran}}, RN {{DATE:8/28/24}}`,
  `Section 504 Plan - Meeting Notes
Student: {{NAME:Jaylen T. Crawford}}     DOB: {{DATE:11/03/2010}}     Gr 8
School: {{FACILITY:Cesar Chavez Middle School}}    Student #: {{ID:200918843}}
Meeting date: {{DATE:Thursday, October 3, 2024 3:15 pm}}, conf rm B

Present: {{NAME:L. Abernathy}} (504 coordinator), {{NAME:R. Tsosie}} (counselor), {{NAME:Samantha Greer}} RN, Mr. {{NAME:Crawford}} (father), {{NAME:Jaylen}}, math teacher Ms. {{NAME:Quintanilla}}.

Qualifying condition: ADHD-predominantly inattentive (dx {{DATE:March 2022}}, Dr. {{NAME:Halvorsen}}, {{FACILITY:Bayfront Behavioral Health}}); also asthma, mild persistent.
Substantial limitation: concentrating, learning.
Accommodations agreed:
 - preferential seating away from door
 - extended time 1.5x on tests and quizzes
 - chunked assignments, check-ins w/ planner
 - may carry inhaler (self-carry form on file {{DATE:9/9}})
 - breaks as needed (nurse pass)
Meds: Vyvanse 30 mg given at home, none at school.
Dad asked about state testing accommodations - coordinator will check. Will review plan {{DATE:10/2025}} or sooner if grades drop.
Notes typed by {{NAME:LA}}/{{NAME:ms}}   cc: cum file, nurse`,
  `IEP - HEALTH SERVICES SECTION (attach to IEP dated {{DATE:01/14/2025}})
Student: {{NAME:SANDHU, HARNOOR KAUR}}    DOB {{DATE:07/30/2012}}
District ID: {{ID:WSD-118820}}    Medicaid: {{HEALTH_PLAN:ZK40917356}}
Campus: {{FACILITY:Roosevelt Middle School}} - Life Skills, Rm 108

Dx: spastic quadriplegic cerebral palsy (GMFCS IV), seizure d/o, G-tube dependent, neurogenic bladder.
Devices: MIC-KEY 14 Fr 1.5 cm G-tube; intrathecal baclofen pump (Medtronic SynchroMed II, SN {{DEVICE:NGP447281H}}) - refill by neurosurgery, alarms -> call parent + 911 if withdrawal sx; power wheelchair.
Procedures at school (RN / trained para):
 - bolus feeds 240 mL Pediasure Peptide 1.0 @ 11:30 via syringe, flush 30 mL
 - clean intermittent cath 10:00 and 13:30 (8 Fr)
 - seizure > 5 min: Valtoco 10 mg intranasal per seizure action plan
 - repositioning q2h, stander 30 min PM
Transport: lift bus, Route 7. Aide rides.
Health service minutes: 300/wk.
Nurse: {{NAME:Theresa Akande}}, RN, NCSN  ext {{PHONE:4417}}
Parent: {{NAME:Gurpreet Sandhu}} (mother, Punjabi interp requested)  {{PHONE:253-555-0129}}
Neurologist: Dr. {{NAME:M. Bjornstad}}, {{FACILITY:Cascade Pediatric Neurology}} fax {{FAX:253-555-0140}}`,
  `PREPARTICIPATION PHYSICAL EVALUATION - PHYSICAL EXAM FORM
Name {{NAME:Deshawn Mitchell-Lowery}}   DOB {{DATE:5-14-2008}}   Age 16   Sex M
School {{FACILITY:Central High School}}   Sport(s): football, track (110H)
Exam date {{DATE:7/23/2024}}   Location: {{FACILITY:QuickCare Clinic - Broad St}}

Ht 6'1"  Wt 198 lb  BMI 26.1  BP 128/76 (rpt 122/74)  P 62 reg
Vision R 20/20 L 20/25 (Snellen, uncorrected)
Marfan screen: arm span/ht ratio 1.02, no pectus, no lens issues -> neg.
Heart: no murmur supine/standing, Valsalva neg. Femoral pulses 2+.
MSK: full ROM, duck walk ok. Hx L ankle sprain {{DATE:Oct 2023}}, stable, anterior drawer neg.
Neuro: no concussion hx per pt/parent.
Hx: sickle cell TRAIT (newborn screen) - counseled hydration, heat acclim, stop w/ sx.

CLEARANCE: [X] Medically eligible for all sports without restriction
Provider: {{NAME:Alana Keawe}}, PA-C   License {{LICENSE:PA-14982}}
Address {{ADDRESS:3300 Broad St}}, {{LOCATION:Columbus}}, OH {{ZIP:43213}}   Ph {{PHONE:614-555-0190}}
Signature ________  Date {{DATE:07/23/24}}
Parent/guardian: {{NAME:Lorraine Lowery}}   {{EMAIL:lorlowery@outlook.com}}`,
  `CONCUSSION - GRADUATED RETURN TO PLAY (RTP) PROGRESSION
Athlete: {{NAME:Sofia Castellanos}}   DOB {{DATE:12/01/2007}}   Sport: Girls Soccer (V)
School: {{FACILITY:Mountain View High School}}   AT: {{NAME:Brandon Kealoha}}, MS, ATC
Injury: {{DATE:Fri 9/6/24}} ~18:40, header collision vs {{FACILITY:Sahuaro HS}}. No LOC. HA, dizziness, photophobia. SCAT5 symptom score 34/132 sideline.
Evaluated {{DATE:9/9/24}} by Dr. {{NAME:Ming-Yu Tsai}}, {{FACILITY:Desert Sports Medicine}} - concussion, no imaging.
Return to learn: half days {{DATE:9/10-9/12}}, full days w/ breaks {{DATE:9/13}}. No tests x1 wk.

STEP  DATE    ACTIVITY                          SX?  INITIALS
1     {{DATE:9/16}}    symptom-limited activity          no   {{NAME:BK}}
2     {{DATE:9/17}}    light aerobic (bike 15 min)       no   {{NAME:BK}}
3     {{DATE:9/18}}    sport-specific drills, no heading  no   {{NAME:BK}}
4     {{DATE:9/19}}    non-contact practice              HA 2/10 -> stopped, back to 3
4     {{DATE:9/21}}    non-contact practice              no   {{NAME:BK}}
      {{DATE:9/23}}    MD clearance (Dr. {{NAME:Tsai}})          --   --
5     {{DATE:9/24}}    full contact practice             no   {{NAME:BK}}
6     {{DATE:9/26}}    game                              no   {{NAME:BK}}
ImPACT post-injury {{DATE:9/20}} within baseline RCI.
Parent: {{NAME:Marisol Castellanos}}  {{PHONE:520-555-0155}}`,
  `From: {{NAME:Brandon Kealoha}} <{{EMAIL:bkealoha@mvhs-athletics.org}}>
To: Coach {{NAME:Dunleavy}}; {{EMAIL:marisol.castellanos@yahoo.com}}
Sent: {{DATE:Thursday, September 19, 2024 4:52 PM}}
Subject: {{NAME:Sofia}} - RTP update

Coach / Mrs. {{NAME:Castellanos}},
{{NAME:Sofia}} made it ~20 min into non-contact today and reported a headache (2/10) so per protocol we stopped and she drops back to step 3 for 24h. This is normal and not a setback. She was symptom free by 5:30.
Earliest she can get MD clearance is Monday; Dr. {{NAME:Tsai}}'s office has her at 3:40 on {{DATE:9/23}}. She does NOT play Saturday at {{LOCATION:Flagstaff}}.
-{{NAME:BK}}

> On {{DATE:Sep 19, 2024, at 7:05 AM}}, {{NAME:Marisol Castellanos}} wrote:
> hi {{NAME:Brandon}}, {{NAME:sofi}} says she feels 100% and wants to play sat?? she has been sleeping good. let me know thx
> {{NAME:Marisol}}
> Sent from my iPhone

{{NAME:Brandon Kealoha}}, MS, ATC, LAT
Head Athletic Trainer, {{FACILITY:Mountain View High School}}
{{ADDRESS:3901 W Linda Vista Blvd}}, {{LOCATION:Tucson}} AZ {{ZIP:85742}}
o {{PHONE:520-555-0100}} x{{PHONE:2231}}  |  c {{PHONE:520-555-0168}}`,
  `STATE OF MICHIGAN - NONMEDICAL WAIVER FOR IMMUNIZATIONS (copy on file)
Child: {{NAME:Abigail Rose Vanderwall}}     DOB {{DATE:03/18/2019}}
School/Program: {{FACILITY:Heritage Christian Academy}}  Grade: Kindergarten
Address: {{ADDRESS:6711 Byron Center Ave SW}}, {{LOCATION:Byron Center}}, MI {{ZIP:49315}}

Vaccines waived (religious):  [X] MMR  [X] Varicella  [ ] DTaP  [ ] Polio  [ ] Hep B
Received: DTaP x5, IPV x4, HepB x3 (MCIR record attached, MCIR ID {{ID:4410098823}})

Health department education session: completed {{DATE:07/29/2024}} at {{FACILITY:Kent County Health Dept - Fuller Clinic}}
Educator: {{NAME:Desiree Kamau}}, RN
Certification # {{ID:KC-24-NMW-01187}}

Parent statement: "We object to these vaccines on religious grounds." 
Parent/Guardian: {{NAME:Josiah Vanderwall}}   Phone {{PHONE:616-555-0114}}
Date signed: {{DATE:7/29/2024}}

School nurse note {{DATE:8/21/24}}: waiver valid for school year. Pt will be EXCLUDED during a measles or varicella outbreak per health dept order - father informed by phone, verbalized understanding. -{{NAME:Holly Brandsma}}, RN`,
  `CATCH-UP IMMUNIZATION PLAN  - {{FACILITY:International Family Clinic of Lowell}}
Pt: {{NAME:Paw Htoo Say}}   DOB {{DATE:01-Jan-2014}} (per I-94, actual unknown)   MRN {{MRN:IFC-0077314}}
Arrived US {{DATE:06/11/2024}} from refugee camp in Thailand ({{LOCATION:Mae La}}). Karen speaker, interp {{NAME:Saw Eh Doh}} (phone).
School: {{FACILITY:Bartlett Community Partnership School}}, Gr 5 - conditional enrollment, 30 days.

Documented (overseas record, translated): MMR x1 {{DATE:3/2019}}? , BCG at birth (scar present), OPV x3.
Titers {{DATE:7/8/24}}: varicella IgG neg, HBsAb neg, HBsAg neg, measles IgG pos.
QuantiFERON neg.

VISIT 1 {{DATE:7/15/24}}: Tdap, IPV, HepB #1, Varicella #1, MenACWY #1, HPV #1
VISIT 2 {{DATE:8/12/24}} (min 4 wk): HepB #2, Varicella #2, IPV #2
VISIT 3 {{DATE:1/13/25}}: HepB #3, HPV #2, IPV #3 (final)
Lot #s in MIIS. VIS given each visit (Karen).
Letter to school nurse Ms. {{NAME:Pelletier}} fax {{FAX:978-555-0166}} - "in process", continue enrollment.
Foster mom? no - lives w/ uncle {{NAME:Kler Moo}}, {{ADDRESS:88 Chelmsford St, Apt 2}}, {{LOCATION:Lowell}} {{ZIP:01851}}, ph {{PHONE:978-555-0123}}
-{{NAME:J. Amaral}}, MSN, FNP`,
  `CHILD ABUSE & NEGLECT HOTLINE - INTAKE REPORT
Intake #: {{ID:2024-118-447203}}     Rec'd: {{DATE:10/08/2024 13:22}}     Screener: {{NAME:T. Harlan}} (#{{ID:4471}})
Response priority: P2 (within 72 hrs)

REPORTER: {{NAME:Monique Saint-Fleur}}, school nurse, {{FACILITY:Dunbar Elementary}} - mandated. Callback {{PHONE:(904) 555-0137}}.
ALLEGED VICTIM: {{NAME:Kingston Ray Albright}}, 7 y/o M, DOB {{DATE:2/27/17}}, gr 1
Siblings in home: {{NAME:Kaylee Albright}} 4F, {{NAME:Brantley}} 19 mo
Caregivers: {{NAME:Shawna Albright}} (mother, 26), {{NAME:Cody Pruitt}} (mom's bf, 31)
Address: {{ADDRESS:1407 Moncrief Rd, Lot 22}}, {{LOCATION:Jacksonville}} FL {{ZIP:32209}}

NARRATIVE: RN states child came to clinic today c/o "my back hurts". Observed 3 linear bruises L flank approx 6-8 cm, purple/yellow, loop-shaped pattern. Child stated "{{NAME:Cody}} whooped me with the cord cuz I peed the bed". Child also reported no dinner "a lot". Child is in clothes too small, last 3 days same shirt. Attendance 11 absences since start of yr. No prior reports known to reporter. Mother not contacted by school per instructions.
Allegations: physical abuse (bruises), neglect - food.
Prior history: 1 screened-out report 2022 (see {{ID:2022-041-113958}}).
Assigned: CPI {{NAME:R. Delacroix-Young}}, unit 3.`,
  `CHILD ADVOCACY CENTER - FORENSIC INTERVIEW SUMMARY
{{FACILITY:Harbor House Child Advocacy Center}}
CAC case # {{ID:HH-24-0612}}    LE report # {{ID:SO24-031877}}    DCFS case {{ID:1187340}}
Child: {{NAME:J.M.}} ({{NAME:Jasmine}}) - age 9     Interview: {{DATE:06/14/2024}} 10:05-10:52
Interviewer: {{NAME:Rebecca Oduya}}, MSW  (protocol: ChildFirst / NCAC structured)
Observers (MDT, via monitor): Det. {{NAME:Villanueva}} (Sheriff's Office), CPS inv. {{NAME:Aimee Strand}}, ADA {{NAME:K. Boateng}}
Language: English. Developmentally appropriate, oriented, able to distinguish truth/lie.

Summary: {{NAME:Jasmine}} disclosed that "Uncle {{NAME:Ray}}" ({{NAME:Raymond Fulks}}, mother's brother) touched her "private" over her clothes "more than one time" in the bedroom at grandma's house on {{ADDRESS:Cypress
Bend Rd}} in {{LOCATION:Lake Charles}}. She described the last time as "after Easter, when I had the bunny shoes". She told her friend {{NAME:Mikayla}} at school, who told teacher Ms. {{NAME:Guidry}}.
No disclosure of penetration. No other victims named.
Recommendations: medical exam at CAC (Dr. {{NAME:S. Lemoine}}, child abuse pediatrics), TF-CBT referral, safety plan - no contact w/ alleged offender.
Recording: DVD {{ID:HH-24-0612-V1}} secured per policy.
{{NAME:RO}}/{{NAME:cw}}  {{DATE:6/14/24}}`,
  `FOSTER CARE HEALTH PASSPORT                                     page 1 of 3
Child: {{NAME:Destiny Amari Holloway}}   Preferred: "{{NAME:Dee}}"   DOB {{DATE:09/05/2011}}
SACWIS ID: {{ID:7720415}}   Medicaid: {{HEALTH_PLAN:91004477263}}   SSN: {{SSN:508-71-4829}}
Custody: state, since {{DATE:04/02/2024}}
Caseworker: {{NAME:Ebony Whitaker}}, {{FACILITY:Lutheran Family Services}}  {{PHONE:402-555-0176}}  {{EMAIL:ewhitaker@lfs-ne.org}}

PLACEMENT HISTORY
{{DATE:04/02/24}}  emergency shelter - {{FACILITY:Cooper Village Youth Shelter}}
{{DATE:04/19/24}}  foster home ({{NAME:Ramirez}}), {{LOCATION:Grand Island}}
{{DATE:08/30/24}}  kinship - maternal aunt {{NAME:Toya Henderson}}, {{ADDRESS:5120 N 38th St}}, {{LOCATION:Omaha}} {{ZIP:68111}}

PROVIDERS
PCP: {{NAME:Sanjay Mehrotra}}, MD - {{FACILITY:OneWorld Community Health}}  ph {{PHONE:402-555-0101}}
Dentist: {{FACILITY:Smile Station Kids}} (last exam {{DATE:5/2024}})
Therapist: {{NAME:Kelsey Dunn}}, LIMHP - TF-CBT weekly
Psych: NP {{NAME:Arturo Villegas}} - sertraline 50 mg qAM (consent {{DATE:6/18/24}})

CONDITIONS: PTSD, asthma (intermittent), iron deficiency, myopia (glasses, replaced {{DATE:9/3/24}} - 2nd pair lost in move).
ALLERGIES: amoxicillin (hives)
IMMUNIZATIONS: UTD incl HPV x2, MenACWY #1; flu due.`,
  `JUVENILE DETENTION CENTER - RECEIVING HEALTH SCREEN
Facility: {{FACILITY:Ridgeview Regional Juvenile Detention Center}}
Youth: {{NAME:MORALES-PENA, ADRIAN}}   Booking #: {{ID:J24-03318}}   DOB: {{DATE:01/16/2008}}  Age: 16
Admit: {{DATE:11/02/2024 0147}}    Arresting agency: Sheriff    Screened by: {{NAME:P. Ochoa}}, LPN

Visible injuries: abrasion R forearm 4 cm, clean. States fell running. Photos not taken.
Intox: denies. Odor of cannabis on clothing. Alert, oriented x3, steady gait.
Last use: "weed yesterday", vape nicotine daily, denies alcohol/pills today.
Meds: none. Prescribed Abilify "a while ago", not taking.
Chronic: asthma - no inhaler w/ him. Requested ProAir - NP notified.
Allergies: NKDA
Suicide screen: denies current SI/HI; hx SI last spring? -> no; MAYSI-2 Suicide Ideation scale 1 (below caution). Placed general pop, 15-min checks x24h per policy.
TB symptom screen neg. Last TST unknown.
Sexual activity: yes, condoms "sometimes". Offered STI testing - accepted.
Guardian: {{NAME:Yesenia Pena}} (mother) {{PHONE:505-555-0181}} - notified 0230 by Sgt. {{NAME:Lujan}}.
PO: {{NAME:Marcus Begay}}, Juvenile Probation  {{PHONE:505-555-0115}}
Referred to: NP sick call AM, mental health within 24h.
Fingerprint template: {{BIOMETRIC:FPT-2024-0088531}}   Booking photo: {{PHOTO:J24-03318_F.jpg}}`,
  `{{FACILITY:Hillsborough Unified School District}} - Dental Health Program
{{DATE:February 12, 2025}}

To the parent/guardian of: {{NAME:Valentina Ruiz Ochoa}}   Grade 3, Room 9
School: {{FACILITY:Lincoln Elementary}}      Student ID {{ID:887120}}

Dear Parent or Guardian,
Your child was screened for dental problems at school on {{DATE:2/6/25}} by a dental hygienist from the {{FACILITY:Smiles On Wheels}} mobile program (Van 2). This is a screening only and NOT a full exam.

RESULT:  [X] URGENT - Your child has signs of dental pain, infection or swelling. Please take your child to a dentist right away.
Findings: large cavity lower left molar (#K), gum swelling. Untreated decay on 3 teeth. Sealants: not placed.

If you do not have a dentist, call {{FACILITY:Community Dental Partners}} at {{PHONE:(813) 555-0142}}. Medicaid (Florida Healthy Kids / MMA) accepted.
Please return the bottom half after the visit.
{{NAME:Claudia Benítez}}, RDH        {{NAME:Ann-Marie Trask}}, RN, school nurse   {{PHONE:813-555-0199}}
-----------------------------------------------------------------------
Child {{NAME:Valentina Ruiz Ochoa}} was seen on ________ by Dr. ____________   Treatment: ______`,
  `{{FACILITY:SPRINGFIELD PUBLIC SCHOOLS}} - Vision Screening Referral
Date: {{DATE:Oct 22 2024}}
Student: {{NAME:Zhang, Yiming}} ({{NAME:Eric}})       Gr 7    Homeroom: Mr. {{NAME:O'Dell}}
School: {{FACILITY:Kickemuit Middle School}}    DOB: {{DATE:06/30/2012}}

Dear Mr. and Mrs. {{NAME:Zhang}},
Your child did not pass the vision screening given at school on {{DATE:10/15/24}} and rescreened {{DATE:10/21/24}}.
Distance acuity (Snellen, 10 ft):  R 20/50   L 20/40   (without glasses)
Near: pass.   Color (Ishihara): pass.   Stereo: pass.
Instrument photoscreen (Spot Vision Screener, unit SN 11880-4 ): "Refer - myopia, both eyes."

This does not mean your child has an eye disease, but he should see an eye doctor (optometrist or ophthalmologist). Please bring this letter.
Low-cost exams: VSP Eyes of Hope vouchers available through the nurse's office.
Questions: {{NAME:Rachel Goldfarb}}, BSN, RN  {{PHONE:555-555-0183}}  {{EMAIL:rgoldfarb@sps-k12.org}}
------------------------------------------------------------
Return to school nurse:
Student {{NAME:Yiming Zhang}}  Examined by ____________ on ______  Glasses prescribed Y / N`,
  `CAMP HEALTH FORM - CAMPER                               Session 2 ({{DATE:7/7-7/19}})
{{FACILITY:Camp Tall Pines}} (ACA accredited), {{ADDRESS:1200 Lakeshore Dr}}, {{LOCATION:Brainerd}}, MN {{ZIP:56401}}

Camper: {{NAME:Eliana Goldstein-Park}}   Nickname: {{NAME:Ellie G}}   DOB: {{DATE:8-3-2013}}  Cabin: Birch 4
Parent 1: {{NAME:Rachel Goldstein}}  cell {{PHONE:612-555-0146}}   Parent 2: {{NAME:David Park}}  cell {{PHONE:612-555-0147}}
Alt emergency contact: {{NAME:Naomi Feldman}} (aunt)  {{PHONE:952-555-0160}}
Insurance: BCBS MN  member ID {{HEALTH_PLAN:XZM88214590}}
Physician: Dr. {{NAME:Lars Erickson}}, {{FACILITY:Southdale Pediatrics}}  {{PHONE:952-555-0105}}

ALLERGIES: PEANUT + TREE NUT - anaphylaxis (2019 ED visit). EpiPen Jr 0.15 mg x2 (carries 1, 1 at health hut). Cetirizine 5 mg prn.
Asthma: no.  Bedwetting: no.  Homesickness hx: "first time away >2 nights".
Meds (in original bottles): Focalin XR 10 mg qAM (summer dose), melatonin 1 mg hs.
Activity restrictions: none. Swim level: intermediate (swim test day 1).
Dietary: nut-free table; kosher-style, no pork.
Tetanus last: {{DATE:5/2024}} (Tdap).
Exam by provider within 24 mo: {{DATE:3/14/2024}}
Parent signature _______________ {{DATE:05/20/2024}}`,
  `HEALTH HUT LOG - {{FACILITY:Camp Tall Pines}}  Wk of {{DATE:7/8}}   Nurse on duty: {{NAME:Mara}} / {{NAME:Jess}}
-----------------------------------------------------------------
{{DATE:7/8}} 0745 med pass ok (14 campers). {{NAME:Ellie G}} Focalin given.
{{DATE:7/8}} 1420 {{NAME:Tobias Lindqvist}} (Spruce 2) bee sting R hand at archery, local swelling 3cm, no hives/SOB. ice, Benadryl 25 mg. obs 30 min, ok. parent not called (minor). -{{NAME:MR}}
{{DATE:7/9}} 0215 {{NAME:Amir}} (Cedar 1) vomited x1, homesick, T 98.9. ginger ale, back to cabin w/ counselor {{NAME:Danny O}}. -{{NAME:JW}}
{{DATE:7/9}} 1100 {{NAME:Amir Haddad}} again - "wants to go home". Called mom {{NAME:Lina Haddad}} {{PHONE:763-555-0154}}, agreed to try 1 more night. Director {{NAME:Pete Sorensen}} aware.
{{DATE:7/10}} 1630 {{NAME:Ellie G}} ate granola bar from trading w/ cabinmate - label "may contain tree nuts". no sx. watched 2h. Benadryl NOT given. Called {{NAME:Rachel}} (mom) - she wants call if any sx. cabin counselor {{NAME:Priya}} re-educated. incident form #{{ID:TP-IR-0710-2}}. -{{NAME:MR}}
{{DATE:7/11}} 0900 lice check all Birch cabins - neg.
{{DATE:7/11}} 2230 {{NAME:Tobias}} - swimmer's ear L? acetic acid drops per standing order (Dr. {{NAME:Erickson}} protocol). -{{NAME:JW}}`,
  `ADOLESCENT CONFIDENTIAL VISIT - HEADSS
{{FACILITY:Teen Health Center at Franklin HS}}     Visit {{DATE:03/05/2025}}
Pt: {{NAME:K.L.}} (chart: {{NAME:Lemieux, Kayla}})  MRN {{MRN:0043318826}}  16 yo F (pronouns she/her)
Seen alone per policy; mom ({{NAME:Nadine}}) waited in lobby for first 5 min then left.
CC: "sports physical" + wants to talk about birth control.

H - lives w/ mom + stepdad + 2 younger brothers, {{LOCATION:Woonsocket}}. Gets along "ok" w/ mom, argues w/ stepdad. Feels safe.
E - 11th grade, B/C avg, wants to do cosmetology at {{FACILITY:Davies Career & Tech}}. Works wknds at {{FACILITY:Dunkin'}} on {{ADDRESS:Diamond Hill Rd}}.
A - volleyball, TikTok, bf of 5 months ({{NAME:Tyler}}, 17).
D - vapes "sometimes", tried edibles at a party. No EtOH. CRAFFT 2.
S - sexually active w/ 1 male partner, condoms inconsistently. LMP {{DATE:2/20}}. UPT neg.
S - PHQ-A 6 (mild). Denies SI/self-harm. Sleep 6h.
(S)afety - denies coercion, dating violence screen neg. Seatbelt yes.

A/P: contraception counseling - chose Depo-Provera 150 mg IM today (next due {{DATE:5/21-6/4/25}}), condoms for STI. GC/CT NAAT sent. Confidentiality explained incl limits. Sports form done.
{{NAME:Oluwaseun Adeyemi}}, FNP-C`,
  `SCHOOL-BASED HEALTH CENTER - PROGRESS NOTE (CONFIDENTIAL - do not release to parent per state minor consent law)
Site: {{FACILITY:Northgate Wellness Center}} (inside {{FACILITY:Northgate High School}})
Date/time: {{DATE:11-19-2024 10:40}}      Pt: {{NAME:Alondra Benavides}}    DOB {{DATE:03/12/2008}}    MRN {{MRN:NG-60912}}

S: 16yo here for f/u of Nexplanon placed {{DATE:8/27/24}}. Irregular spotting, "annoying but ok". Also wants STI testing - new partner ({{NAME:J.}}), 1 episode condomless. Denies sx.
O: BP 108/64. Implant palpable L arm, no erythema. 
A/P:
1. Nexplanon - counseled bleeding pattern; may try short course ibuprofen. Implant lot on file (not pt-specific).
2. STI screen - GC/CT urine NAAT, HIV/RPR. Results via confidential phone only: pt's cell {{PHONE:(956) 555-0192}} ("ok to leave msg? NO").
3. Expedited partner therapy discussed if +.
Pt does not want EOB sent to home - billing flagged "confidential"; Medicaid ID {{HEALTH_PLAN:532118904}}.
Next: 3 mo.
{{NAME:Leticia Garza-Montemayor}}, PA-C    cosign Dr. {{NAME:H. Whitfield-Ray}}
Note routed to: {{NAME:L. Garza}} only. Scanned by {{NAME:RB}} {{DATE:11/19}}`,
  `HEARING SCREENING - RESULTS / REFERRAL (2nd screen)
{{FACILITY:Bismarck Public Schools}} Health Services          {{DATE:January 9, 2025}}
Student: {{NAME:Liam O'Rourke-Baptiste}}     Gr: 1     Teacher: Mrs. {{NAME:Vetter}}
School: {{FACILITY:Solheim Elementary}}        DOB {{DATE:10/14/2017}}

Pure tone sweep @ 20 dB, 1000/2000/4000 Hz:
           1000   2000   4000
 RIGHT     P      P      P
 LEFT      F      F      F        (initial {{DATE:12/3/24}} - same)
Tympanometry L: flat (Type B), R: Type A.
Otoscopy (RN): L TM dull, fluid line?  No pain, no fever.

Dear parent/guardian of {{NAME:Liam}},
Your child did not pass the hearing screening in the LEFT ear twice. This may be from fluid behind the eardrum (common after colds) but should be checked by your doctor. Please take this form to {{NAME:Liam}}'s doctor or to {{FACILITY:Sanford Pediatric ENT}}.
Thank you,
{{NAME:Bridget Lindgren}} RN, NCSN   {{PHONE:701-555-0128}}  fax {{FAX:701-555-0129}}
-- -- -- -- -- -- -- -- -- -- -- -- -- -- --
PHYSICIAN REPORT: Dx: ______  Tx: ______  Tubes? ______
Signed ______________ Date ______   Return to: {{ADDRESS:806 N Washington St}}, {{LOCATION:Bismarck}} ND {{ZIP:58501}}`,
  `scoliosis screening - gr 6 girls, {{FACILITY:Eagle Ridge MS}} gym, {{DATE:wed 10/16}}
screener: {{NAME:d. kowalczyk}} rn + PE teacher {{NAME:m. santos}} (trained)
Adam's forward bend test + scoliometer. refer if ATR >= 7 deg.

results (only refers/rechecks listed):
 {{NAME:ayesha rahimi}}  - ATR 8 deg R thoracic, shoulder asym -> REFER (letter sent, interp Dari)
 {{NAME:chloe beaumont}} - ATR 5 deg, recheck spring
 {{NAME:hana nakamura}}  - ATR 7 deg L lumbar -> REFER. mom {{NAME:yuki}} called back same day, has ortho appt at {{FACILITY:shriners}} {{DATE:11/4}}
 {{NAME:morgan t.}}      - absent, makeup {{DATE:10/23}}
 {{NAME:brooklyn ayala-hart}} - refused (parent opt-out on file {{DATE:8/30}})
total screened 64, referred 2, recheck 1.
Scheuermann's / kyphosis - none noted. Tanner staging NOT done at school.

note: {{NAME:ayesha}}'s dad {{NAME:Farid Rahimi}} asked if she can still do PE - yes, no restrictions until seen.
refer letters to Dr. {{NAME:Okafor}} ({{FACILITY:Eagle Ridge Family Medicine}}) for 2 students per parent request, fax {{FAX:208-555-0136}}
-{{NAME:dk}} {{DATE:10/16/24 1505}}`,
  `SEIZURE ACTION PLAN                                       Effective {{DATE:08/19/2024}}
Student {{NAME:Malik Jefferson-Ward}}    DOB {{DATE:3/03/2016}}    Gr 3    Bus rider (#14)
School {{FACILITY:Harriet Tubman Elementary}}    Photo on file: {{PHOTO:HT-2425-0391.jpg}}
Seizure type: focal impaired awareness -> may generalize (tonic-clonic). Typical: stares, lip smacking, R hand fumbling 30-60 s, then tired.
Triggers: missed sleep, fever, missed meds.
Daily meds: levetiracetam (Keppra) 500 mg BID - home. VNS implanted 2023: magnet on lanyard w/ student; VNS generator SN {{DEVICE:106-45587}}.

BASIC FIRST AID: stay calm, time it, turn on side, nothing in mouth, swipe magnet.
EMERGENCY: tonic-clonic > 5 min OR repeated w/o recovery -> Nayzilam 5 mg 1 spray nose, CALL 911, call parent.
After seizure: may rest in health office, may return to class if back to baseline.

Parent/guardian: {{NAME:Keisha Ward}}   cell {{PHONE:(470) 555-0116}}  work {{FACILITY:Grady Memorial Hospital}} {{PHONE:404-555-0100}}
Neurologist: Dr. {{NAME:Emeka Nwachukwu}}, {{FACILITY:Peachtree Child Neurology}}   {{PHONE:404-555-0170}}
Signatures: parent ________ {{DATE:8/16/24}}   provider ________ {{DATE:8/12/24}}   school RN {{NAME:Tamika Rowe}} {{DATE:8/19/24}}
Trained staff: {{NAME:J. Patel}} (teacher), {{NAME:B. Moss}} (bus driver Rt 14), {{NAME:Luz Ortega}} (para)`,
  `ANAPHYLAXIS EMERGENCY ACTION PLAN (FARE)
Name: {{NAME:Arjun Venkataraman}}     DOB: {{DATE:12-22-2014}}    Weight: 31 kg
School: {{FACILITY:Bridgewater Academy}} (4th)   Asthma: YES (higher risk)
Allergies: tree nuts (cashew, pistachio), sesame, shellfish.

Extremely reactive: [X] give epinephrine immediately if ANY symptom after known ingestion.
Epinephrine: Auvi-Q 0.3 mg IM (>=25 kg)   Antihistamine: cetirizine 10 mg
Self-carry: yes (1 device in backpack) + 1 in health office.
   Auvi-Q exp 04/2025, lot 4GL1187 - parent notified to replace before exp.
Emergency contacts:
  Mom {{NAME:Lakshmi Venkataraman}} {{PHONE:732-555-0173}}
  Dad {{NAME:Srinivas V.}} {{PHONE:732-555-0174}}
  Pediatrician Dr. {{NAME:Carmen Ibarra-Solis}}, {{FACILITY:Raritan Valley Pediatrics}} {{PHONE:908-555-0195}}
Provider signature: ________ Date {{DATE:7/30/2024}}
Parent signature: ________ Date {{DATE:8/02/2024}}
Cafeteria: allergen-aware table, staff {{NAME:Dolores}} and Mr. {{NAME:Fitch}} briefed {{DATE:9/3}}.`,
  `FIELD TRIP MEDICATION LOG - Gr 5 to {{FACILITY:Franklin Institute}}   {{DATE:Thursday 5/15/2025}}
Trip lead: Ms. {{NAME:Abernethy-Cole}}     Delegated staff (trained {{DATE:5/12}}): {{NAME:Pat Kessler}}, {{NAME:Will Duong}}
Bus co: {{FACILITY:First Student}} bus 2281 / 2290. Depart 0815, return ~1500.

Student                      Med / dose               Time due   Given   Initials
{{NAME:Camila Restrepo}}              Adderall XR - home AM only  --         --      --
{{NAME:Gabriel}} "{{NAME:Gabe}}" {{NAME:Szymanski}} albuterol 2 puffs prn      prn        1245    {{NAME:PK}}
{{NAME:Nia Ogunbanjo}}                EpiPen 0.3 (carry)         emerg      not used  {{NAME:PK}}
{{NAME:Thomas Eagleheart}}            Humalog per scale, BG chk  1130       BG 164, 3u  {{NAME:WD}}
{{NAME:Ri Yamamoto-Klein}}            Zyrtec 5 mg                1200       given   {{NAME:WD}}

Notes: {{NAME:Thomas}} BG 71 at 1410 on bus - juice box + crackers, 1425 = 112. Mom {{NAME:Rae Eagleheart}} texted {{PHONE:267-555-0121}}.
All meds returned to health office 1520, count correct. -{{NAME:PK}}
RN reviewed: {{NAME:S. Marchand}}, RN {{DATE:5/16/25}}`,
  `SCHOOL NURSE HOME VISIT - CHRONIC ABSENTEEISM / ASTHMA
Student: {{NAME:Isaiah Kpodo}}   gr 9   {{FACILITY:Paterson Eastside HS}}   ID {{ID:1120958}}
Visit: {{DATE:12/04/2024 3:30 pm}} w/ attendance officer {{NAME:R. Fontaine}}
Address: {{ADDRESS:233 Godwin Ave, 3rd fl}}, {{LOCATION:Paterson}} NJ {{ZIP:07501}}

Absences 19 this yr, most "asthma". Met w/ grandmother {{NAME:Abena Kpodo}} (legal guardian) and {{NAME:Isaiah}}. Grandmother's mother also in home, {{AGE:93}}, bedbound (home aide from {{FACILITY:BrightStar Care}}).
Home: apt warm, visible mold in bathroom ceiling, 2 cats, grandmother smokes outside "only". Gas stove used for heat at times - educted CO risk.
Meds in home: Flovent 110 (empty), ProAir (1/2 full), no spacer. No controller x ~2 mo - ran out, no appt.
PCP: none since 2022? -> listed {{FACILITY:St. Joseph's Family Health Center}} but "they dropped us".
Plan: scheduled w/ {{FACILITY:Eastside Community Health}} {{DATE:12/10}} 9:15, spacer given, asthma action plan started, referral to landlord/health dept re: mold (grandmother consented). Will f/u Friday.
Grandmother phone {{PHONE:973-555-0110}} (no text). 
{{NAME:Nkechi Obi}}, RN`,
  `KINDERGARTEN ENTRY HEALTH ASSESSMENT  (Universal Child Health Record)
Child: {{NAME:Ximena Itzel Quiroga}}    DOB: {{DATE:06/01/2019}}    Sex: F
Parent: {{NAME:Rocío Quiroga Mendoza}}    Lang: Spanish    Ph: {{PHONE:(702) 555-0139}}
Address: {{ADDRESS:4410 E Bonanza Rd #116}}, {{LOCATION:Las Vegas}}, NV {{ZIP:89110}}
Entering: {{FACILITY:Matt Kelly Elementary}}, Kinder, fall

Exam date: {{DATE:7/18/2024}}    Ht 108 cm (50%)  Wt 18.9 kg (55%)  BP 96/58
Vision: LEA symbols 10/12.5 OU - pass.   Hearing OAE pass bilat.
Dental: caries x2 upper incisors - referred.   Lead: 2.1 mcg/dL ({{DATE:6/2021}}).
Development: ASQ-3 on track. Speech - Spanish/English, clear.
Immunizations: DTaP x5, IPV x4, MMR x2, Var x2, HepB x3, HepA x2 - complete for K.
TB risk: born in US, visit to {{LOCATION:Oaxaca}} {{DATE:Dec 2023}} x 3 wks -> TST neg {{DATE:7/18/24}} read {{DATE:7/20}}.
Conditions: eczema - hydrocortisone 1% prn.
Provider: {{NAME:Alejandra Ferrer}}, APRN    {{FACILITY:Nevada Health Centers - Eastern}}    NPI {{LICENSE:1558302217}}`,
  `TELEHEALTH VISIT - SCHOOL-BASED (tele-presenter at school)
Platform: Zoom for Healthcare, meeting link {{URL:https://telehealth.ruralkidsnet.org/j/88412375510}}
Pt location: {{FACILITY:Ekalaka Public School}} health room; provider location: {{FACILITY:Miles City Pediatric Clinic}}
Connection: school IP {{IP:198.51.100.47}}, stable, video 720p.
Date: {{DATE:02/25/2025 13:10}}     Pt: {{NAME:Weston Harkins}}   DOB {{DATE:4/4/2012}}   MRN {{MRN:MCP-2209184}}
Presenter: {{NAME:Jolene Schaff}}, LPN (school). Parent {{NAME:Carrie Harkins}} joined by phone {{PHONE:406-555-0188}}.

S: 12 y/o w/ sore throat x2d, fever 101.8 last night, no cough. Brother dx strep {{DATE:2/21}}.
O: LPN-performed rapid strep (Sofia analyzer at school) POSITIVE. T 100.9. Tonsils 2+ w/ exudate via camera. No rash.
Centor/McIsaac 4.
A/P: GAS pharyngitis. Amoxicillin 50 mg/kg/d (max 1000 mg) x10 d, sent to {{FACILITY:Ekalaka Drug}}. Out of school until 12 h of abx + afebrile. RTS note emailed to {{EMAIL:healthroom@ekalakaschools.org}}.
{{NAME:Tom Gillespie}}, MD`,
  `PATIENT PORTAL - MESSAGE THREAD   Pt: {{NAME:Hazel Okafor-Brandt}} (DOB {{DATE:09/09/2009}})   Acct {{ACCOUNT:88215043}}
proxy login from {{IP:192.0.2.77}}

[{{DATE:10/28/24 7:52 PM}}] {{NAME:Ingrid Brandt}} (proxy - mother):
Hi, {{NAME:Hazel}}'s school nurse called b/c she's been coming to the office almost every day with stomach pain and skipping lunch. Ms. {{NAME:Dabrowski}} said she's lost weight since the sports physical over the summer?? Can she be seen. Thanks, {{NAME:Ingrid}}

[{{DATE:10/29/24 8:30 AM}}] {{NAME:Vanessa Lindqvist}}, RN (triage):
Thank you for reaching out. I've scheduled {{NAME:Hazel}} with Dr. {{NAME:Oyelowo}} on {{DATE:Fri 11/1}} at 2:20. Please bring the school health office log if possible, and she should come in gym clothes so we can get an accurate weight. If she faints or has chest pain before then, go to urgent care.

[{{DATE:10/29/24 9:14 AM}}] {{NAME:Ingrid Brandt}}:
ok. Also she is 15 now, can she still have her own portal? Her email is {{EMAIL:hazelob2009@icloud.com}}

[{{DATE:10/29/24 10:02 AM}}] {{NAME:V. Lindqvist}}, RN:
Yes - teens 12-17 get a separate confidential account. We will set it up at the visit.`,
  `PHONE NOTE - pharmacy call re: stimulant refill
{{DATE:Mon 01/13/25 11:48}}     Caller: {{NAME:Devon}} @ {{FACILITY:Walgreens #09182}} ({{ADDRESS:1701 Central Ave}}) {{PHONE:505-555-0149}}
Pt: {{NAME:TRUJILLO, ELIJAH M}}   DOB {{DATE:08/02/2013}}   MRN {{MRN:3391028}}
Reason: Rx for methylphenidate ER 36 mg #30 (e-Rx {{ID:RX-55809134}}) - pharmacy cannot fill, "manufacturer backorder, no 36 in stock anywhere in {{LOCATION:Albuquerque}}". Asking if ok to sub 18 mg x2 tabs or switch to Concerta brand.
PDMP checked {{DATE:1/13/25}}: last fill {{DATE:12/12/24}}, 1 prescriber, 1 pharmacy. ok.
Called mom {{NAME:Renée Trujillo}} {{PHONE:505-555-0108}} - prefers 18 mg x2, school nurse ({{FACILITY:Jefferson Middle School}}) has 11:30 dose only on half days, no change there.
Per Dr. {{NAME:Benally}}: cancel prior, new e-Rx methylphenidate ER 18 mg, 2 tabs qAM, #60, 0 RF. Sent 12:10.
Notified {{NAME:Devon}} - will fill today. Mom aware.
Also mom requests letter for 504 meeting {{DATE:1/22}} - routed to MD.
-{{NAME:C. Yazzie}}, CMA`,
  `NURSE NOTE - SUBSTANCE / VAPE
{{FACILITY:Westlake High School}} Health Office      {{DATE:3.4.25}}  2nd period
Student: {{NAME:Brayden K. Sorensen}}   gr 10   ID# {{ID:56102238}}
Escorted by AP Mr. {{NAME:Hutchings}} after vape device (disposable, "Geek Bar", 5% nicotine) found in restroom stall w/ student. Device confiscated by admin, not nurse.
Studnet states he vapes "like all day", first started 8th gr, uses ~1 device / 3 days. Wakes up wanting to vape. Denies THC cart today; "sometimes on weekends".
VS: HR 92, BP 124/78, pupils equal reactive, no slurred speech, steady gait. Not impaired.
Hooked on Nicotine Checklist 7/10. CRAFFT 3.
Education given; offered INDEPTH program (alt to suspension) + "This is Quitting" text program. Student interested.
Parent contacted: {{NAME:Kristen Sorensen}} {{PHONE:801-555-0126}} - upset, asked about NRT - advised talk to PCP; nicotine gum 2 mg OK'd by FDA 12+?? -> no, not for <18 w/o Rx. referred to {{FACILITY:Granger Family Clinic}}.
Counselor {{NAME:Aisha Bello}} will follow.
{{NAME:Lindsey Marrow}}, RN  cc: AP {{NAME:Hutchings}}, counselor`,
  `SUICIDE RISK SCREEN - C-SSRS (screener version)  - CONFIDENTIAL
School: {{FACILITY:Ocean View Middle School}}    Date: {{DATE:04/29/2025 12:55}}
Student: {{NAME:Lian Chen-Whitaker}}   Gr 7   Referred by: teacher Mr. {{NAME:Abernathy}} (journal entry "I don't want to be here anymore")
Screener: {{NAME:Gabriela Núñez}}, LCSW (school social worker) w/ nurse {{NAME:F. Ahmed}} present

1. Wished dead / not wake up (past month): YES
2. Non-specific active thoughts: YES ("sometimes")
3. Method: NO   4. Intent: NO   5. Plan: NO
6. Behavior ever: scratched arm w/ pencil sharpener blade "in 6th grade", none past 3 mo.
Risk: MODERATE.
Protective: close to older sister {{NAME:Mei}}, cat, art club, wants to go to {{LOCATION:Taipei}} to see grandma this summer.
Stressors: parents divorcing, bullying on Snapchat (screenshots to AP).
ACTIONS: parent ({{NAME:Jennifer Chen}}) notified 13:20 {{PHONE:(858) 555-0167}}, came to school 14:05. Safety plan completed. Lethal means counseling (meds locked, no firearms in home per mom). Referral {{FACILITY:Rady Children's Outpatient Psychiatry}} - intake {{DATE:5/2}}. 988 info given. Re-entry meeting {{DATE:5/1}}.
{{NAME:G. Núñez}}, LCSW`,
  `From: {{NAME:Jessica Tran}} <{{EMAIL:jtran@mapleleaf.k12.wa.us}}>
To: Counseling; {{EMAIL:ahaugen@mapleleaf.k12.wa.us}}
Date: {{DATE:Tue, Nov 12, 2024 at 8:14 AM}}
Subject: concern - student in my 3rd period (confidential)

Ms. {{NAME:Haugen}},
I'm writing down what I saw this morning so it's documented. {{NAME:Noah Pietrangeli}} came in with a burn on the back of his hand, circular, about the size of a pencil eraser, looks new. When I asked he said "I did it on the stove" then later told {{NAME:Ethan}} (seatmate) his stepdad did it. He's been wearing the same hoodie all week and asked me for food twice. Mom's phone ({{PHONE:360-555-0124}}) goes to voicemail.
I know I'm a mandated reporter - I called the hotline at 8:05, ref # {{ID:WA-CPS-24-
7780951}}, intake worker was {{NAME:Marcus}}. I didn't ask him any more questions.
Can you let the nurse ({{NAME:Brianne}}) know so she can look at the burn?
Thanks,
{{NAME:Jessica Tran}}
7th Grade Science, {{FACILITY:Maple Leaf Middle School}} - Rm 212`,
  `CASA VOLUNTEER REPORT TO THE COURT
In re: {{NAME:A.R.}} and {{NAME:M.R.}}, minors     Juvenile case no. {{ID:JV-2023-000482}}
Hearing date: {{DATE:March 18, 2025}}      CASA: {{NAME:Helen Markowitz}}   Supervisor: {{NAME:Dwayne Ellis}}
Program: {{FACILITY:CASA of the Ozarks}}

Children: {{NAME:Aubree Rhodes}} (age 6), {{NAME:Maverick Rhodes}} (age 3)
Placement: licensed foster home of {{NAME:Greg}} and {{NAME:Tonya Lindell}}, {{LOCATION:Nixa}}, since {{DATE:7/11/23}}.

Contacts since last hearing: 9 in-person visits (home x6, school x2, pediatrician x1), 4 calls.

Health: {{NAME:Aubree}} - seen by Dr. {{NAME:Ulrich}} {{DATE:1/27/25}}; PE tubes in place, hearing improved. Dental: 4 fillings done under sedation {{DATE:12/6/24}}. Sees play therapist weekly at {{FACILITY:Burrell Behavioral Health}}.
{{NAME:Maverick}} - speech delay, Early Intervention (First Steps) 2x/wk; moving to {{FACILITY:Nixa Early Childhood Center}} at 3. All shots up to date.
Education: {{NAME:Aubree}} in K at {{FACILITY:John Thomas School of Discovery}}, reading at grade level.
Parent visitation: mother ({{NAME:Kaylin Rhodes}}) attended 7 of 12 supervised visits at {{FACILITY:Family Time Center}}.
Recommendation: continue placement; order dental f/u for {{NAME:Maverick}}.`,
  `NOTICE OF PLACEMENT CHANGE - HEALTH INFORMATION TRANSFER
To: {{NAME:Sharon}} & {{NAME:Mike Delgado}} (receiving foster parents)   From: {{NAME:Tiara Boone}}, caseworker
Date of move: {{DATE:Friday 2/7/2025}}  Child: {{NAME:Jonah Kealoha-Reyes}}   DOB {{DATE:5/19/2014}}
Case # {{ID:F-2024-10389}}   Medicaid {{HEALTH_PLAN:HI-00718842}} (Ohana QUEST)

Medical consenter: caseworker unless court orders otherwise.
Current meds (sent w/ child, counted {{DATE:2/7}}):
 - guanfacine ER 2 mg hs  (28 tabs)
 - fluticasone nasal 50 mcg 1 spray each nostril daily
 - cetirizine 10 mg daily
Allergy: none known.
Appointments:
 - {{DATE:2/12}} 3:30 pm psychiatry f/u, Dr. {{NAME:Kamakana}} (telehealth)
 - {{DATE:2/20}} well-child w/ {{FACILITY:Kalihi-Palama Health Center}}
 - {{DATE:3/4}} dentist {{FACILITY:Keiki Smiles}}
School: enrolled {{FACILITY:Kaimuki Middle}}, transfer papers to office Monday.
Behavior: hx elopement from prior home, night terrors. Does better with routine + nightlight.
Bio dad {{NAME:Kainoa Reyes}} - NO contact per court order {{DATE:11/2024}}. Grandmother {{NAME:Lani Kealoha}} may call Sun evenings.
Caseworker cell {{PHONE:808-555-0152}}   after hours line {{PHONE:808-555-0100}}`,
  `MAR - {{FACILITY:Sunrise Ridge Group Home}} (boys, 12-17)    Month: {{DATE:APR 2025}}   Page 2
Resident: {{NAME:Okoro, Chimezie}} "{{NAME:Chim}}"   DOB {{DATE:10/01/2009}}   Rm 3B
Prescriber: {{NAME:R. Valdés}}, PMHNP   Pharmacy: {{FACILITY:Guardian Pharmacy of Tulsa}}  Rx# {{ID:7710921}}
Allergy: PCN

MED                          TIME    1    2    3    4    5    6    7
aripiprazole 5 mg PO         0800    {{NAME:JH}}   {{NAME:JH}}   {{NAME:DL}}   R*   {{NAME:JH}}   {{NAME:JH}}   {{NAME:TW}}
sertraline 100 mg PO         0800    {{NAME:JH}}   {{NAME:JH}}   {{NAME:DL}}   R*   {{NAME:JH}}   {{NAME:JH}}   {{NAME:TW}}
melatonin 3 mg PO            2100    {{NAME:TW}}   {{NAME:TW}}   AWOL {{NAME:TW}}  {{NAME:KB}}   {{NAME:KB}}   {{NAME:TW}}

* {{DATE:4/4}} refused AM meds, "I'm done with that stuff". Counseled, nurse notified ({{NAME:Patrice}}). 
{{DATE:4/3}} 2100 resident AWOL from 1840 - returned {{DATE:4/4}} 0115 via police. Melatonin not given.
Initials key: {{NAME:JH}}={{NAME:Jerome Hicks}}  {{NAME:DL}}={{NAME:Dana Lyle}}  {{NAME:TW}}={{NAME:Tevita Wolfgramm}}  {{NAME:KB}}={{NAME:Keisha Bradford}}`,
  `RUNAWAY RETURN - HEALTH CHECK  (within 24h of return)
Youth: {{NAME:Brianna}} "{{NAME:Bri}}" {{NAME:Castillo-Ferris}}    DOB {{DATE:07/07/2008}}   Age 16
Placement: {{FACILITY:Hope Harbor Youth Shelter}}     Case # {{ID:DCS-88102-B}}
Missing from: {{DATE:3/22/25}} to {{DATE:3/27/25 22:40}}; returned by {{FACILITY:Metro Transit}} police from bus station. Says she stayed w/ "a friend named {{NAME:Tay}}" in {{LOCATION:Oakland}} and "around".
Seen: {{DATE:3/28/25}} {{FACILITY:Youth Clinic at La Familia}} by {{NAME:Hannah Okonjo}}, NP

Screen for trafficking (QYIT): 4/6 items positive - reports trading sex for place to stay "once", new phone given by older male, has tattoo on L wrist ("crown + {{NAME:KJ}}") that she didn't have before.
UPT neg. GC/CT/trich NAAT, HIV, RPR, HCV sent. Plan B given. PEP not indicated (>72h).
Injuries: healing bruise R upper arm, says "from a fight".
Disposition: DCS hotline report made ({{ID:CA-25-0331877}}), CSEC advocate referral to {{FACILITY:MISSSEY}}. Will f/u results {{DATE:4/1}}. Youth declined to give phone number of {{NAME:Tay}}.`,
  `JUVENILE DETENTION - SICK CALL NOTE
{{FACILITY:Pinal County Juvenile Detention Center}}    Unit: Delta, cell 14
Youth: {{NAME:Jimenez, Luis A.}}   Booking {{ID:2025-00412}}   DOB {{DATE:2/14/09}}
Date: {{DATE:04/17/25 0920}}     Sick call slip dated {{DATE:4/16}} ("my tooth is killing me")

S: 16 yo M, L lower toothache x4d, worse w/ cold, swelling since last night. No fever at home. Ate breakfast half.
O: T 99.1, HR 88. L mandibular swelling, tender, #19 with large caries, gingival fluctuance. No trismus, floor of mouth soft, no difficulty swallowing.
A: dental abscess #19.
P: amoxicillin 500 mg TID x7d (per standing order, reviewed w/ Dr. {{NAME:Farouk}} by phone), ibuprofen 400 mg q6h prn. Dental referral - contracted {{FACILITY:Sun Life Family Health Dental}} next {{DATE:Tues 4/22}}, transport by Officer {{NAME:Reyna}}.
Return precautions: swelling spreading to neck, trouble breathing/swallowing -> emergency.
Guardian ({{NAME:Ana Jimenez}}, grandmother) notified {{PHONE:520-555-0133}}.
{{NAME:M. Tsinajinnie}}, RN`,
  `SUICIDE PRECAUTION OBSERVATION LOG - LEVEL 2 (constant visual)
{{FACILITY:Lakeside Juvenile Justice Center}}   Pod C, room 6 (safety smock, no sheets)
Youth: {{NAME:D'Angelo Prewitt}}   Booking {{ID:LJJC-24-1190}}   Placed on watch: {{DATE:12/15/24 2215}} by Ofc. {{NAME:Kramer}} after stating "I'll hang myself before court"
Ordered by: QMHP {{NAME:Yolanda Strickland}}, LPC

{{DATE:12/16}}
0000-0200  lying on bunk, eyes open, quiet. - {{NAME:Kramer}}
0200-0400  asleep, resp even. - {{NAME:A. Ruiz}}
0400-0600  asleep. - {{NAME:A. Ruiz}}
0600-0800  awake, ate 1/2 breakfast, asked for his grandma ({{NAME:Bernice Prewitt}}). - {{NAME:Tolbert}}
0800-1000  seen by QMHP 0915: denies SI now, "I was just mad". Still hopeless re: court {{DATE:12/18}}. Remain L2. - {{NAME:YS}}
1000-1200  school packet in room, cooperative. - {{NAME:Tolbert}}
1200-1400  phone call w/ PD Atty. {{NAME:Rosen}} (legal, monitored visually only). - {{NAME:Tolbert}}
1400-1600  QMHP reassess: step down to L1 (15-min checks) at 1530. - {{NAME:YS}}
Grandmother called back {{PHONE:314-555-0193}} - informed of watch (youth consented). She is his emergency contact; great-grandmother {{NAME:Odessa}} ({{AGE:96}}) lives w/ her.
Safety plan copy to unit.`,
  `DETENTION RELEASE - HEALTH SUMMARY (to parent / next provider)
Released: {{DATE:01/31/2025}}  to mother   From: {{FACILITY:Youth Development Center - Marquette}}
Youth: {{NAME:Trevon L. Banks}}   DOB {{DATE:06/21/2008}}   Booking {{ID:2024-1127}}
Length of stay: 67 days

While here:
- Admission screen {{DATE:11/25/24}}: asthma, ADHD (not on meds), hx concussion x2 (football).
- Dental: 2 fillings ({{DATE:12/9}} & {{DATE:1/6}}), cleaning.
- Vision: 20/40 OU -> glasses given (Rx attached).
- Immunizations given: Tdap booster, MenACWY #2, flu. (State registry updated)
- Labs: GC/CT neg, HIV neg, Hgb 14.1.
- MH: weekly counseling w/ {{NAME:L. Karvonen}}, LMSW. No meds started. PHQ-9 down 14 -> 8.
- Injury: R 5th metacarpal fx {{DATE:12/28/24}} (punched wall), buddy taped, ortho at {{FACILITY:UP Health System Bone & Joint}} - f/u in 2 wks.
Meds on release: albuterol HFA 90 mcg 2 puffs q4-6h prn (inhaler sent home), ibuprofen prn.
Follow-up: PCP {{FACILITY:Marquette Family Health}} ({{PHONE:906-555-0118}}) within 2 weeks; ortho {{DATE:2/14}}; counseling through probation referral.
Probation officer: {{NAME:Erik Halonen}} {{PHONE:906-555-0161}}
Mother: {{NAME:Shante Banks}}, {{ADDRESS:1420 Presque Isle Ave, Apt 7}}, {{LOCATION:Marquette}} MI {{ZIP:49855}}
Nurse: {{NAME:Jenna Salo}}, RN   {{DATE:1/31/25}}`,
  `YOUTH SHELTER INTAKE - HEALTH SECTION
{{FACILITY:Covenant House}} - {{LOCATION:New Orleans}}    Intake {{DATE:Sat 8/10/24 23:05}}
Name given: "{{NAME:Rio}}"   Legal name: {{NAME:Rosalind Theriot}}   DOB {{DATE:11/30/2006}} (17)   Gender: nonbinary (they/them)
Last permanent address: {{ADDRESS:2719 Tupelo St}}, {{LOCATION:Chalmette}}  - left ~3 wks ago after conflict w/ parents re: gender identity.
Slept last 3 nights: bus station / friend's car.
ID: LA DL {{LICENSE:009381774}} (in backpack). Phone: {{PHONE:504-555-0177}} (prepaid).

Health: hx asthma (no inhaler), anxiety. Took "some Xanax" from friend 2 days ago. Denies IV use.
Injuries: blisters both feet. 
Binder use: yes, 12+ h/day - skin irritation under arms, educated.
Last medical: {{FACILITY:Tulane Adolescent Clinic}} ~1 yr ago.
Needs: inhaler, feet care, clothes, phone charger.
Plan: nurse AM, referral to {{FACILITY:Crescent Care Youth}} for primary + gender-affirming care. Youth aware staff must contact DCFS within 72 h b/c under 18 - youth agreed.
Intake staff: {{NAME:Marquise}} ({{NAME:MJ}}) / shift lead {{NAME:Colette Boudreaux}}`,
  `McKINNEY-VENTO LIAISON CONTACT NOTE
District: {{FACILITY:Lewiston Independent School District}}   Liaison: {{NAME:Sarah Whitecloud}}
Date: {{DATE:09-23-24}}    Family: {{NAME:Thibodeaux}} / {{NAME:Lusk}}

Students: {{NAME:Kyler Lusk}} (gr 3, {{FACILITY:Orchards Elementary}}), {{NAME:Harper Lusk}} (gr 6, {{FACILITY:Jenifer MS}}), {{NAME:Cole Thibodeaux}} (PreK)
Living situation: doubled-up w/ mom's friend at {{ADDRESS:1911 16th Ave}} since eviction {{DATE:8/30/24}}. 6 people / 2BR.
Mom: {{NAME:Amber Lusk}}  cell {{PHONE:208-555-0119}} (minutes run out end of month)

Health needs (copied fwd from {{DATE:9/9}} contact, updated) w/ school nurse {{NAME:P. Dubois}}:
 - {{NAME:Kyler}}: glasses broken - voucher to {{FACILITY:Lewiston Vision Center}}
 - {{NAME:Harper}}: period products, missed 2nd HPV, no PCP since move -> {{FACILITY:Snake River Community Clinic}} appt {{DATE:10/2}}
 - {{NAME:Cole}}: needs immunization record for PreK - requested from {{LOCATION:Clarkston}} WA clinic (IIS lookup pending)
Services: transport from doubled-up address (Route 9 stop), free meals, school supplies, backpack program Fridays.
Mom reports {{NAME:Harper}} "not sleeping, worried". Counselor Ms. {{NAME:Tran}} to check in.
Next contact: 2 wks.`,
  `TEEN PARENT PROGRAM - NURSE NOTE
{{FACILITY:Pathways Academy}} (alt HS)  Nurse: {{NAME:Rosa Ybarra}}, RN   {{DATE:2/18/2025}}
Student: {{NAME:Daniela Ferreira-Costa}}, 17, gr 11    Baby: {{NAME:Matheus}} (DOB {{DATE:12/29/24}}), in on-site childcare (Infant Rm)

{{NAME:Daniela}} came in for scheduled postpartum check-in.
- 7 wks pp. Vag delivery at {{FACILITY:Fall River Birth Center}}, no complications. Bleeding stopped.
- Breastfeeding + pumping at school 2x (lactation rm). Supply "ok". Baby wt gain per WIC ok.
- EPDS 11 (possible depression) - item 10 = 0 (no self-harm). Tearful when talking about FOB ({{NAME:Lucas}}) who "stopped answering".
- Contraception: Nexplanon inserted {{DATE:2/6}} at {{FACILITY:Greater New Bedford CHC}}.
- Baby: 2-mo shots due {{DATE:2/28}}, appt made w/ Dr. {{NAME:Costa-Lima}} (no relation).
Plan: referral to counselor {{NAME:J. Medeiros}}, mom-and-baby group Thursdays, WIC appt {{DATE:3/3}}. {{NAME:Daniela}} gave ok to talk w/ her mom ({{NAME:Fátima}}, {{PHONE:508-555-0144}}) re: support.`,
  `CONFIDENTIAL - Adolescent STI Treatment / Expedited Partner Therapy
Clinic: {{FACILITY:Planned Parenthood - Yakima Health Center}}   Date {{DATE:2025-05-06}}
Pt: {{NAME:Reyes, J.}} (goes by "{{NAME:Jojo}}")   17M   Acct {{ACCOUNT:PP-4471209}}
Contact pref: text only to {{PHONE:509-555-0186}}, no mail to {{ADDRESS:605 S 3rd Ave}} (parent address). 

Result (collected {{DATE:4/30}}): CT NAAT urine POSITIVE. GC neg. HIV 4th gen neg. RPR NR.
Tx: doxycycline 100 mg BID x7d, dispensed. Counseled abstain 7d after completion + partner tx.
EPT: 1 partner ("{{NAME:K}}", F, 16) - doxy 100 BID x7 packet given to pt w/ written info (Spanish/English). State EPT law allows.
Retest: 3 mo (~{{DATE:8/6}}).
Reported to local health district per state law (no partner name in report).
Pt asked whether his mom will find out - explained confidential; insurance (Apple Health) may send EOB -> flagged "sensitive service".
{{NAME:A. Villalobos}}, ARNP`,
  `EATING DISORDER SCREEN - SCHOOL NURSE
{{FACILITY:St. Brigid Catholic School}}   {{DATE:Jan 16, 2025}}
Student: {{NAME:Greta Holmqvist}}   Gr 8   DOB {{DATE:4/11/2011}}
Referred by: cross-country coach Sr. {{NAME:Mary Catherine}} + friend report (friend not named in note)

SCOFF: 3/5 (feels fat, lost >6 kg in 3 mo, food dominates life).
Wt today 41.2 kg (was 47.8 kg at sports physical {{DATE:8/2024}}). Ht 160 cm. BMI 16.1 (~7th %ile).
HR 48 sitting, 64 standing, BP 92/58. Cold hands. Lanugo? not examined.
Says she runs 8 mi/day, skips lunch ("eat at home"). Periods stopped since early fall.
Student cried, asked nurse not to tell parents. Explained safety limits.
Called mom {{NAME:Ingrid Holmqvist}} {{PHONE:651-555-0127}} at 13:40 - very receptive. Pediatrician Dr. {{NAME:Wendell Ashby}}, {{FACILITY:Como Park Pediatrics}} - same-week appt {{DATE:1/17}}; faxed screen to {{FAX:651-555-0128}}.
Recommend no XC/athletics until cleared. Coach informed (only "medical hold").
{{NAME:Cecilia Vang}}, RN`,
  `YOUTH HEART SCREENING EVENT - ECG SCREEN RESULT
Host: {{FACILITY:Hanover Township Athletic Association}} w/ {{FACILITY:Heartbeat for Kids Foundation}}    Event date: {{DATE:Sat 3/8/25}}
Participant #{{ID:0417}}   {{NAME:Ibrahim Al-Sayed}}   DOB {{DATE:02/02/2010}}   Age 15   Sports: basketball, soccer
Parent: {{NAME:Rania Al-Sayed}}   {{EMAIL:rania.alsayed@hotmail.com}}   {{PHONE:(610) 555-0150}}

Questionnaire: fainted during practice ONCE ({{DATE:Nov 2024}}, "hot gym"), no chest pain, no FHx sudden death <50 (uncle died "heart" at 46 in {{LOCATION:Amman}}?).
ECG (Seattle criteria): sinus rhythm 58, QTc 441 ms, deep T-wave inversions V1-V4 -> ABNORMAL (not a normal athletic finding).
Echo (limited, on-site): IVS 13 mm? - incomplete views.
Reader: Dr. {{NAME:Kavita Rao}}, cardiology volunteer

RESULT: REFER - please see a pediatric cardiologist BEFORE further sports participation. We have contacted {{FACILITY:Lehigh Valley Pediatric Cardiology}} ({{PHONE:610-555-0165}}); appointment offered {{DATE:3/12}}.
This screen does not replace a full medical evaluation.
Event ID: {{ID:HKF-2025-LV-0417}}`,
  `ATHLETIC TRAINING - INJURY / ILLNESS REPORT
{{FACILITY:Lamar Consolidated HS}} Football    Date/Time: {{DATE:08/06/2024 16:45}}    Heat index 108 F, WBGT 90.1 (black flag @ 90)
Athlete: {{NAME:Jacoby Washington}} #54 OL   gr 11   wt pre-practice 264 lb
AT: {{NAME:Kendra Nwosu}}, LAT, ATC
Day 4 acclimatization, helmets + shells. 2nd session of day (AM session 0630-0830).
Athlete reported cramps bilat calves, then dizziness, nausea, vomited x1. Confused (didn't know opponent name). 
Rectal temp 105.1 F at 16:52 -> EHS suspected.
Cold water immersion tub 16:54-17:08, temp 102.0 F, removed. 911 called 16:53 (EMS arrived 17:01, waited until temp <102.5 per EAP, "cool first, transport second").
Transport: {{FACILITY:Fort Bend County EMS}} Medic 12 to {{FACILITY:OakBend Medical Center}}.
Parent {{NAME:Angela Washington}} notified 16:58 {{PHONE:281-555-0125}}, met at ED.
Post-practice weigh-ins ok for others. Practice stopped at 17:00 by HC Coach {{NAME:Driskell}}.
Follow-up: no return until MD clearance + 7-day reacclimatization per UIL/KSI guidance.
Report to AD {{NAME:R. Montgomery}} {{DATE:8/6/24 2010}}. -{{NAME:KN}}`,
  `HEALTH OFFICE INCIDENT NOTE - HYPOGLYCEMIA
{{FACILITY:Greenfield Intermediate School}}      {{DATE:Wednesday, 11/13/2024}}
Student: {{NAME:Tobias}} "{{NAME:Toby}}" {{NAME:Achterberg}}   gr 5   T1D dx {{DATE:4/2022}}   pump: Tandem t:slim X2 SN {{DEVICE:1188402}}, CGM Dexcom G6 tx {{DEVICE:8GM3LQ}}

10:52 CGM alert on teacher's phone (Ms. {{NAME:Pruitt}}'s Follow app) - 58 and down arrow. Student walked w/ buddy to office.
10:55 fingerstick 54. Alert, sweaty, shaky, answering questions. 16 g glucose tabs (4).
11:10 recheck 68. 15 g juice.
11:25 recheck 94 - snack 15 g (crackers) b/c lunch not until 12:20.
11:30 back to class. Pump showed temp basal not set for PE (had PE 10:00-10:45) - per DMMP should be set 30 min prior.
Called dad {{NAME:Maarten Achterberg}} {{PHONE:(616) 555-0141}} - will remind. Also emailed endo CDCES {{NAME:Lori Tuinstra}} at {{EMAIL:ltuinstra@helendevoschildrens.example.org}} per parent request.
12:20 lunch BG 131, bolus for 62 g per pump.
No glucagon needed.
{{NAME:Heather Vos}}, RN   ({{NAME:HV}})`,
  `SCHOOL INCIDENT REPORT - SEIZURE / EMS TRANSPORT
District incident # {{ID:INC-2425-00871}}     School: {{FACILITY:Oak Grove Elementary}}
Date: {{DATE:March 27 2025}}   Time of onset: 13:06   Location: Rm 118 (art)
Student: {{NAME:Amara Nwosu-Bell}}   gr 2   DOB {{DATE:06/15/2017}}
Witness: art teacher {{NAME:Dmitri Volkov}}; nurse {{NAME:Renata Szabo}}, RN arrived 13:08

Description: student fell from chair, generalized tonic-clonic activity, eyes deviated R, lips dusky. Timed by teacher.
13:11 (5 min) - Valtoco 10 mg intranasal given by RN per Seizure Action Plan. 911 called by office (Mrs. {{NAME:Cho}}).
13:13 seizure stopped. Recovery position, O2 sat 91 -> 96% on NRB.
13:18 {{FACILITY:Lincoln County Fire}} Engine 4 / Medic 21 on scene. 
13:26 transported to {{FACILITY:St. Mary's Regional}} w/ nurse's copy of SAP + MAR.
Parent {{NAME:Chiamaka Nwosu}} reached 13:12 {{PHONE:(541) 555-0196}}, met ambulance at ED.
Classmates moved to library w/ counselor Mr. {{NAME:Ebersole}}.
Follow-up: RN called home {{DATE:3/28}} - discharged, Keppra dose increased by Dr. {{NAME:Hollingsworth}}. Valtoco replacement needed before return.
Report completed by: {{NAME:R. Szabo}}, RN {{DATE:3/27/25}}   Reviewed: principal {{NAME:T. Aldana}}`,
  `cafeteria rxn - quick note
{{DATE:10/2}} 1215 {{NAME:Kenji Matsuda-Ortiz}} gr 3 brought to HO by lunch aide {{NAME:Bev}} - ate "trail mix" from {{NAME:Owen}}'s lunch. known peanut allergy (FAAP on file).
1216 hives face/neck, lip swelling, coughing, "throat feels funny".
1217 EpiPen Jr 0.15 mg R thigh (lot + exp recorded on MAR). 911 called - Mrs. {{NAME:Delgado}} (sec).
1219 cough improving, lips still swollen. SpO2 95 RA. albuterol 4 puffs per FAAP.
1224 EMS arrived ({{FACILITY:AMR}} rig 3112). 2nd EpiPen not needed.
1231 transported to {{FACILITY:Kaiser Permanente Roseville}} peds ED.
mom {{NAME:Haruka Matsuda}} called 1218 at {{PHONE:916-555-0198}}, she met them there.
Cafeteria mgr {{NAME:Luis Ortiz}} (no relation) notified re: nut-free table enforcement. {{NAME:Owen}}'s parents NOT informed per privacy.
Replacement EpiPen requested from parent before return.
{{DATE:10/3}}: student returned, ED d/c'd {{DATE:10/2}} 1740 w/ prednisolone x3d. Return note on file.
-{{NAME:ak}} ({{NAME:Anjali Kapoor}} RN)`,
  `{{FACILITY:WESTSIDE UNIFIED SCHOOL DISTRICT}} - RISK MANAGEMENT
STUDENT ACCIDENT REPORT / CLAIM
Claim #: {{ACCOUNT:WUSD-SA-25-03391}}    Student accident ins. (Pupil Benefits Plan) policy on file
Student: {{NAME:Ortega Villanueva, Santiago}}    DOB {{DATE:01/09/2016}}    Gr 3
School: {{FACILITY:Rosa Parks Elementary}}    Date of accident: {{DATE:2/4/2025}}  Time: 10:20 (AM recess)
Location: playground - tall slide ladder

Description: student fell approx 5 ft from ladder onto wood chips, landed on outstretched R arm. Crying, deformity R forearm.
Yard duty: {{NAME:Gloria Hinojosa}}.   First aid by: {{NAME:C. Abdullah}}, health aide - splinted, ice, no movement.
Parent notified 10:27: {{NAME:Yolanda Villanueva}} {{PHONE:(559) 555-0138}}; took student to {{FACILITY:Valley Children's Urgent Care - Fresno}} 10:55.
Dx (per parent, X-ray): R distal radius + ulna buckle fx. Cast 4 wks. Ortho f/u {{DATE:2/11}}.
Return to school {{DATE:2/6/25}} with note: no PE/recess play x6 wks, elevator pass, scribe for writing (R-handed) - 504 temporary health plan started.
Parent home: {{ADDRESS:3827 E Belmont Ave}}, {{LOCATION:Fresno}} CA {{ZIP:93702}}
Report by: {{NAME:Jasmine Lo}}, principal    Sent to risk mgmt {{DATE:2/5/25}} ({{NAME:jl}}/{{NAME:rv}})`,
  `SCHOOL SEALANT PROGRAM - CONSENT & RECORD
{{FACILITY:Brightside Dental Outreach}} at {{FACILITY:Jackson Elementary}}, {{LOCATION:Macon}}       Visit: {{DATE:10/30/2024}}

Child: {{NAME:Aaliyah Simone Jenkins}}    DOB {{DATE:9/1/2016}}    Gr 2   Teacher: Ms. {{NAME:Pope}}
Parent/guardian: {{NAME:Tamara Jenkins-Mobley}}    Ph {{PHONE:478-555-0111}}
Insurance: [X] Medicaid (Peach State)   ID {{HEALTH_PLAN:7741203399}}    [ ] PeachCare  [ ] none
[X] YES - I give permission for screening, cleaning, fluoride varnish and sealants.
Signed ______________ {{DATE:10/14/24}}

CLINICAL (hygienist)
Caries risk: HIGH.   Plaque: moderate.
Sealants placed: #3, #14, #19, #30 (first perm molars) - all retained at check.
Fluoride varnish 5% NaF applied.
Untreated decay: #K, #L (primary molars) -> referral letter, "needs care soon".
Hygienist: {{NAME:Dominique Fairley}}, RDH   Lic {{LICENSE:RDH-019287}}
Supervising DDS: Dr. {{NAME:Obinna Eze}}
Referral sent to {{FACILITY:Macon Kids Dental}} fax {{FAX:478-555-0130}}. Follow-up call to parent {{DATE:11/12}} - appt made {{DATE:12/3}}.`,
  `FLUORIDE VARNISH ROSTER - Head Start, {{FACILITY:Little Eagles Head Start}} ({{LOCATION:Pine Ridge}} site)    {{DATE:4/9/25}}
RN/CHR: {{NAME:Marlene Two Bulls}}, RN  /  {{NAME:Vernon Looking Horse}}, CHR
Product: 5% NaF varnish 0.25 mL unit dose, lot 24K108 exp 11/2026

NAME                        DOB         CONSENT  APPLIED  NOTES
{{NAME:Black Elk, Jayce}}            {{DATE:02/11/2021}}  Y        Y        
{{NAME:Clifford, Ava}}              {{DATE:08/30/2020}}  Y        Y        white spot lesions upper
{{NAME:Kills Enemy, Ryder}}          {{DATE:12/19/2020}}  Y        N        absent
{{NAME:Red Cloud, Maya}}             {{DATE:05/05/2021}}  Y        Y        
{{NAME:Whirlwind Horse, T.}}         {{DATE:01/27/2021}}  N        N        parent declined
{{NAME:Yellow Hawk, Kaiden}}         {{DATE:10/02/2020}}  Y        Y        cavities #E #F -> IHS dental
Referrals: {{NAME:Kaiden}} to {{FACILITY:Kyle Health Center}} dental, van from {{LOCATION:Wanblee}} Tuesdays.
Next application: 3 months (summer session).`,
  `ALERT IIS - IMMUNIZATION RECORD (school certificate printout)
Printed {{DATE:08/14/2024 09:32}} by {{NAME:mgonzalez}} ({{FACILITY:Beaverton SD Health Services}})
Client: {{NAME:NOVAK, ANNIKA J}}    DOB {{DATE:05/22/2012}}    ALERT ID {{ID:6120458973}}
Mother's maiden/first: {{NAME:KATERINA}}     Address: {{ADDRESS:15920 SW Weir Rd}}, {{LOCATION:Beaverton}} OR {{ZIP:97007}}

VACCINE       DATE          DOSE   PROVIDER
DTaP          {{DATE:07/22/2012}}    1      {{FACILITY:Tualatin Valley Peds}}
DTaP          {{DATE:09/24/2012}}    2      {{FACILITY:Tualatin Valley Peds}}
...(series complete x5)
MMR           {{DATE:05/29/2013}}    1      {{FACILITY:Tualatin Valley Peds}}
MMR           {{DATE:06/03/2016}}    2      {{FACILITY:Tualatin Valley Peds}}
Varicella     {{DATE:06/03/2016}}    2      
Tdap          --            --     NOT RECEIVED
MenACWY       --            --     NOT RECEIVED
HPV           {{DATE:09/11/2023}}    1      {{FACILITY:Walgreens 15921}}

STATUS for 7th grade: INCOMPLETE - needs Tdap (required).
Exclusion day: 3rd Wed of Feb (statewide) - letter #1 mailed {{DATE:11/18/24}}.
Nurse note: mom {{NAME:Katerina Novak}} says Tdap given at {{FACILITY:Providence Medical Group}} {{DATE:8/1}} - not in registry. Requested record, fax {{FAX:503-555-0157}}. -{{NAME:MG}}`,
  `MEDICAL EXEMPTION FROM REQUIRED IMMUNIZATIONS
(Physician statement - must be renewed yearly)
Child: {{NAME:Elio Bernardi-Watts}}      DOB: {{DATE:3 Aug 2015}}
School: {{FACILITY:Ridgecrest Montessori}}      Grade: 4
Parent: {{NAME:Francesca Bernardi}}    {{ADDRESS:47 Orchard Hill Ln}}, {{LOCATION:Burlington}}, VT {{ZIP:05401}}

Vaccine(s) exempted and reason:
 [X] MMR, Varicella (live vaccines) - reason: immunocompromised; on maintenance chemotherapy (ALL, standard risk, dx {{DATE:1/2024}}), 6-MP + methotrexate. Live vaccines contraindicated until 6 months post-therapy.
 [X] Influenza LAIV only (inactivated flu given {{DATE:10/3/24}})
 Duration: temporary - until {{DATE:07/2026}} (est. end of therapy + 6 mo)

Note to school: child is at high risk from measles, chickenpox. Please notify parent immediately of any case in classroom ({{PHONE:802-555-0172}} / {{EMAIL:fbernardi.vt@gmail.com}}). May need to stay home during outbreak.
Physician: {{NAME:Yael Rosenthal}}, MD, Pediatric Hematology-Oncology, {{FACILITY:Vermont Children's Hospital Outpatient Clinic}}
VT license {{LICENSE:042.0013389}}    Phone {{PHONE:802-555-0106}}   Date: {{DATE:Sept 5, 2024}}`,
  `{{FACILITY:Rosemont School District}} - Office of Health Services
URGENT: MEASLES EXPOSURE - EXCLUSION NOTICE          {{DATE:February 21, 2025}}

To the parent/guardian of {{NAME:Levi Yoder}} (Gr 4, Room 6) and {{NAME:Ruth Yoder}} (Gr 1, Room 12)

A confirmed case of measles was identified at {{FACILITY:Rosemont Elementary}}. Your children were in the building on {{DATE:2/13}} and {{DATE:2/14}}, during the infectious period, and our records show they have NOT received MMR vaccine (exemption on file {{DATE:8/26/24}}).
Under the order of the County Health Officer, your children must stay home from school and all school activities until {{DATE:March 7, 2025}} (21 days after last exposure), unless they receive MMR within 72 hours of exposure (window has passed) or show lab proof of immunity.
Watch for fever, rash, cough, red eyes. If symptoms, CALL before going to a clinic.
Home learning packets: pick up at office Mon 7:30-4.
Questions: {{NAME:Miriam Shetler}}, BSN, RN   {{PHONE:330-555-0112}}
cc: {{NAME:Jonas}} & {{NAME:Esther Yoder}}, {{ADDRESS:7781 County Rd 235}}, {{LOCATION:Millersburg}} OH {{ZIP:44654}} (letter hand-delivered by {{NAME:Dan Troyer}}, bus driver, per family request - no phone)`,
  `AVISO DE INSCRIPCION CONDICIONAL / CONDITIONAL ENROLLMENT NOTICE
{{FACILITY:Distrito Escolar de Santa Ana}} / {{FACILITY:Santa Ana Unified}} - Health Services      Fecha/Date: {{DATE:9/4/2024}}

Estudiante/Student: {{NAME:Guadalupe}} "{{NAME:Lupita}}" {{NAME:Hernández Tzul}}   Grado: 7   ID: {{ID:100384215}}
Escuela/School: {{FACILITY:Carr Intermediate}}
Padre/Madre: Sra. {{NAME:Hernández}}

Faltan vacunas / Missing: Tdap (7th grade), Varicela dosis 2.
Su hijo(a) puede asistir hasta {{DATE:10/4/2024}} si presenta prueba de cita. / Your child may attend until the date above with proof of appointment.
Recent arrival from {{LOCATION:Huehuetenango}}, Guatemala ({{DATE:7/2024}}) - records in K'iche' region clinic card: BCG, SRP (MMR) x1, Penta x3.
Cita/Appt: {{FACILITY:Families Together of Orange County}} - {{DATE:martes 17 de septiembre}} 3:00 pm, {{ADDRESS:661 W 1st St}}
Interpreter: K'iche' via phone, Don {{NAME:Baltazar}} (agency interp #{{ID:40288}}).
Nurse: {{NAME:Ileana Cordero}}, RN  {{PHONE:714-555-0153}}   Para: {{NAME:P. Ordaz}}
Follow-up {{DATE:9/18}}: Tdap + Var #2 given {{DATE:9/17}} (card copied). CLEARED. -{{NAME:IC}}`,
  `CPS ONGOING CASE - CONTACT NOTE
Case: {{NAME:FONTENOT}} family   Case ID {{ID:4419027}}   Worker: {{NAME:Keyana Broussard}}   Supv: {{NAME:J. LeBlanc}}
Contact type: unannounced home visit    Date: {{DATE:10/21/2024}}  4:10-5:05 pm
Location: {{ADDRESS:118 Rue Iberville}}, {{LOCATION:Breaux Bridge}} LA {{ZIP:70517}}
Present: mother {{NAME:Celeste Fontenot}}, children {{NAME:Beau}} (8), {{NAME:Lainey}} (5), {{NAME:Remy}} (14 mo); paternal grandmother {{NAME:Odile Fontenot}}, {{AGE:91}}, lives in back bedroom.

Observations: home cleaner than last visit, working fridge w/ food (milk, eggs, formula). Space heater unplugged per safety plan. No visible injuries on children - {{NAME:Remy}} seen in diaper, no marks; diaper rash mild.
{{NAME:Beau}} interviewed privately on porch: says "mama's boyfriend don't come here no more", feels safe, likes {{FACILITY:Cecilia Primary}}.
{{NAME:Lainey}} - Pre-K attendance improved per teacher.
Health: {{NAME:Remy}} 12-mo shots done {{DATE:10/9}} at {{FACILITY:St. Martin Parish Health Unit}}; {{NAME:Beau}} needs dental.
Mother reports 8 NA meetings this month, drug screen {{DATE:10/15}} negative (lab acc {{ID:LX-2291847}}).
Safety plan reviewed, next visit within 2 wks. {{NAME:KB}}`,
  `CHILD ABUSE PEDIATRICS - MEDICAL EVALUATION SUMMARY (outpatient, CAC)
Clinic: {{FACILITY:Sunflower House}} / {{FACILITY:KU Child Protection Team}}     Exam date: {{DATE:05-02-2025}}
Patient: {{NAME:L.P.}} ({{NAME:Lucía Paredes}})   5 y/o F   MRN {{MRN:CPT-250188}}
Referral: CPS inv {{NAME:Grant Oyler}}; LE case {{ID:KCK-25-009914}}
History obtained from: foster mother {{NAME:Tanya Brecht}} (placed {{DATE:4/29}}); CPS records; child (brief, non-leading).

Concern: bruising to R ear and cheek noted at daycare ({{FACILITY:Little Sprouts Learning Center}}) {{DATE:4/28}}. Bio mother's explanation "fell off bed".
Exam: pinna bruising R (TEN-4-FACESp: ear = positive), 4 parallel linear petechial bruises R cheek w/ spared central lines (slap mark pattern). Old healing bruise L buttock.
Skeletal survey ({{DATE:5/2/25}}, outside imaging {{FACILITY:Advent Imaging Overland Park}}): no fractures. CBC, PT/INR, PTT, vWF panel normal.
Photographs: 12 taken (body photos, stored per CAC protocol).
Impression: findings diagnostic of inflicted injury (physical abuse). No medical explanation.
Recommend: siblings {{NAME:Mateo}} (8) and {{NAME:Ivy}} (22 mo) be evaluated - appts {{DATE:5/6}}.
{{NAME:Jennifer Holcomb}}, MD, FAAP, Child Abuse Pediatrics`,
  `SUPERVISED VISITATION LOG                      {{FACILITY:Family Time Center}}, Rm B
Case {{ID:2024-JV-0318}}   Children: {{NAME:Amaya}} (6), {{NAME:Elijah}} (4) {{NAME:Crowder}}
Visiting parent: {{NAME:Brittany Crowder}} (mother)   Monitor: {{NAME:Denise Faulkner}}
Visit: {{DATE:Sat 1/11/25}} 10:00-11:00     Transport: {{NAME:Tom Heidt}} (agency driver), plate {{VEHICLE:KHN-4471}}

10:02 mom arrived on time, passed breath screen (required). Brought snacks - peanut butter crackers -> monitor reminded {{NAME:Elijah}}'s peanut allergy, swapped for fruit snacks.
10:10 children ran to mom, hugs. Playing doctor kit, coloring.
10:25 mom asked {{NAME:Amaya}} "do you like it there? are they mean to you" - redirected per rules (no questions about placement).
10:40 {{NAME:Elijah}} c/o tummy hurt - bathroom, ok.
10:50 mom cried at goodbye warning; told kids "grandma {{NAME:Pat}} says hi".
11:00 ended. Children calm at transport.
Health/safety concerns: none. Mom's next scheduled visit {{DATE:1/18}}. Mom requested visit at {{FACILITY:McDonald's}} on {{ADDRESS:Hwy 50}} - referred to caseworker {{NAME:Luis Arroyo}}.
Monitor signature ______ {{NAME:DF}}`,
  `FOSTER CARE INITIAL HEALTH SCREEN (within 72 h of placement)
{{FACILITY:Foster Care Clinic at Valley Health Partners}}    Date {{DATE:06/05/2024}}
Child: {{NAME:Huang, Wen-Li}}   DOB {{DATE:11/11/2019}}   Age 4   Removal date {{DATE:6/3/24}}
Accompanied by: foster parent {{NAME:Kristine Alvarado}}; CW {{NAME:Jamal Pierce}} by phone
Medicaid ({{HEALTH_PLAN:CA-MCAL-96118374}}) - pending activation, seen anyway.

Hx: very limited. Per CW: "found alone in apt", mother hospitalized. No known allergies. Immunization record requested from CAIR.
Exam: wt 14.1 kg (8th %ile), ht 101 cm (40th). Dirty nails, head lice + nits (treated w/ permethrin today). Severe early childhood caries (8 teeth). Diaper rash/perineal irritation (still in pull-ups). No bruises, no patterned injuries. Speaks Mandarin, few English words.
Screens: lead level sent, CBC, hep B/C, HIV (per protocol). Hearing/vision - unable.
Impression: neglect, malnutrition (mild), dental disease, ?speech delay (language exposure).
Plan: dental urgent ({{FACILITY:Smile Kids of Stockton}}), comprehensive exam in 30 days, Early Start referral, Mandarin-speaking therapist. Interpreter used: {{NAME:Grace Lin}} (#{{ID:7723}}).
{{NAME:Marcus Whitfield-Oyelaran}}, MD`,
  `REQUEST FOR PSYCHOTROPIC MEDICATION CONSENT - CHILD IN STATE CUSTODY
To: DCS Consent Unit (via fax)         Date: {{DATE:8/22/2024}}
Youth: {{NAME:Cortez, Anthony Javier}}   DOB {{DATE:04/04/2011}}   DCS # {{ID:10447298}}
Placement: {{FACILITY:Damar Services - Cottage 4}}
Prescriber: Dr. {{NAME:Simone Achebe}}, MD (Child & Adolescent Psychiatry)  {{FACILITY:Aspire Indiana Health}}  DEA {{LICENSE:BA4417729}}

Dx: PTSD; disruptive mood dysregulation d/o; ADHD.
Current: guanfacine ER 3 mg qhs (consent {{DATE:3/2024}}), methylphenidate ER 36 mg qAM.
REQUESTED: ADD aripiprazole 2 mg qhs, titrate to 5 mg.
Rationale: 11 physical restraints past 30 days, aggression toward peers/staff, failed CBT-based behavior plan x 4 mo.
Baseline labs: A1c 5.1, lipids nl, prolactin pending. Wt 52 kg, BMI 21.3 (72nd %ile). AIMS 0.
Youth assent: yes ("if it helps me not get mad").
Bio parent notified: mother {{NAME:Nydia Cortez}} - voicemail {{PHONE:317-555-0180}} {{DATE:8/21}}.
Consent decision: [X] APPROVED  {{DATE:8/26/24}}  {{NAME:R. Whitmore}}, RN, DCS Nurse Consultant`,
  `TRANSITION HEALTH SUMMARY - YOUTH AGING OUT OF FOSTER CARE
Youth: {{NAME:Jasmine}} "{{NAME:Jaz}}" {{NAME:Okafor}}    DOB {{DATE:03/28/2007}} (turned 18 {{DATE:3/28/25}})
Prepared for youth by: {{NAME:Renee Kowalski}}, RN, Health Care Oversight, {{DATE:April 2, 2025}}
Medicaid: former foster youth coverage until 26 - ID {{HEALTH_PLAN:ME0044182795}}
SSN card & birth certificate: given to youth {{DATE:3/31/25}} (copies in case file).

YOUR DOCTORS
Primary: {{NAME:Abdullahi Warsame}}, MD, {{FACILITY:Maine Medical Partners - Portland Family Medicine}}  {{PHONE:207-555-0145}}
Therapy: {{NAME:Cass Doucette}}, LCSW, {{FACILITY:Sweetser}} - continuing virtually
Dentist: {{FACILITY:Community Dental - Portland}}
YOUR CONDITIONS: asthma (mild), depression (in remission), iron deficiency anemia
YOUR MEDS: Symbicort 80/4.5 2 puffs BID, ferrous sulfate 325 mg daily, bupropion XL 150 mg daily
PHARMACY: {{FACILITY:CVS}} {{ADDRESS:825 Forest Ave}}, {{LOCATION:Portland}} {{ZIP:04103}}
Patient portal: {{URL:https://mychart.mainehealth.example.org/signup?code=JZ88QK}} (activation code expires in 30 days)
Vaccines complete incl. MenB x2, HPV x3, COVID.
Youth's new address: {{ADDRESS:40 Munjoy St, Unit 2}} (transitional living, {{FACILITY:Preble Street Youth Housing}})
Youth email {{EMAIL:jazzy.okafor07@gmail.com}}`,
  `DETENTION INTAKE - DENTAL + PREA SCREEN
{{FACILITY:Bernalillo County Youth Services Center}}     {{DATE:7/19/24}}
Youth: {{NAME:Chee, Daunte}}   Booking #{{ID:24-004417}}   Age 15   Home: {{LOCATION:Shiprock}}, NM   Census #{{ID:NN-2287713}}
Screener: {{NAME:A. Gurulé}}, CNA

DENTAL (visual): broken upper L central incisor (#9) - "got hit playing ball this summer", not painful. Heavy plaque, bleeding gums. Last dentist: "never?" -> referral to contracted dentist (routine, 2-4 wks).
PREA screen (sexual victimization/abusiveness risk): prior victimization: declined to answer. Prior abusiveness: none known. LGBTQ: declined. First time in detention: yes. Small stature (5'2", 104 lb).
Risk level: VULNERABLE -> single room, Unit B, near staff station. PREA education video watched, youth signed.
Contact: mom {{NAME:Loretta Chee}} - no phone; grandmother {{NAME:Mae Yazzie}} {{PHONE:505-555-0131}}, {{ADDRESS:Chapter Rd 5, HC 61 Box 312}}.
Cultural: requested visit from traditional practitioner - forwarded to program mgr Hastiin {{NAME:Begay}}.`,
  `JUVENILE PROBATION - TENTH JUDICIAL DISTRICT
{{ADDRESS:501 N Elizabeth St, Ste 210}}, {{LOCATION:Pueblo}}, CO {{ZIP:81003}}  ph {{PHONE:719-555-0109}}  fax {{FAX:719-555-0110}}

{{DATE:November 4, 2024}}

{{NAME:Kimberly Archuleta}}, RN
{{FACILITY:Pueblo West High School}} Health Office

RE: {{NAME:Dominic Archuleta-Sandoval}}  (DOB {{DATE:09/13/2008}})   Docket {{ID:24JD000219}}

Ms. {{NAME:Archuleta}} (I understand you are not related),
{{NAME:Dominic}} is on juvenile probation and is court-ordered to random UA testing (color line, {{FACILITY:Averhealth}} {{ADDRESS:Northern Ave}} site) and to continue treatment at {{FACILITY:Health Solutions Youth Services}}. On days his color is called he may need to leave 6th period at 2:15 to make the 3:30 cutoff. Please excuse these absences. His only med is bupropion SR 150 mg, taken at home; nothing at school.
He has my permission to use the health office phone to check in with me. My cell is {{PHONE:719-555-0175}}; email
{{EMAIL:mgallegos@probation.
example.gov}}.
A signed release (ROI) from his mother {{NAME:Veronica Sandoval}} dated {{DATE:10/30/24}} is attached.
Sincerely,
{{NAME:Mark Gallegos}}
Juvenile Probation Officer II, badge {{ID:JPO-3317}}
{{NAME:MG}}/{{NAME:lr}}`,
  `CAMP MEDICATION ADMINISTRATION RECORD / EARLY DISMISSAL
{{FACILITY:Camp Sugar Falls}} (diabetes camp)      Week 2: {{DATE:June 22-28, 2025}}
Camper: {{NAME:Oliver Brennan-Okoye}}   Age 11   Cabin: Falcon   Med staff: Dr. {{NAME:Aisha Coleman}} / {{NAME:Tim Rourke}} RN
Pump: Omnipod 5 (PDM SN {{DEVICE:OP5-22871349}})    CGM: Dexcom G7 (receiver SN {{DEVICE:DX7-R0098124}})

DATE   0700 BG   BKFST bolus   1200 BG   LUNCH   1730 BG   DINNER   HS BG   0300 BG
{{DATE:6/22}}   --        --            --        --      212       7.1u     188     144
{{DATE:6/23}}   131       5.8u          96        4.9u    74*       4.0u     165     102
{{DATE:6/24}}   118       6.0u          140       5.2u    101       5.5u     49**    133
{{DATE:6/25}}   102       5.5u          --        --      --        --       --      --
* after swim - 15g, recheck 110.   ** 2245 low - 16g tabs x2, recheck 88, pump activity mode overnight.
{{DATE:6/25}} 0940: camper c/o ear pain L, T 101.4, TM bulging. Called mom {{NAME:Fiona Brennan}} {{PHONE:(412) 555-0114}}. Parent pickup 1315 for PCP visit (otitis media). Camper cried - wants to come back; may return {{DATE:6/27}} if afebrile 24h.
Meds sent home: Zyrtec 10 mg (own bottle). Insulin vials returned (Humalog 1 vial, lot noted).
Signed out by mom, ID checked (PA DL {{LICENSE:29 114 873}}). {{NAME:TR}}`,
  `Subject: Re: tick bite - {{NAME:Noor}} (Cabin Willow 3)
From: {{NAME:Gwen Archibald}}, Camp Director <{{EMAIL:director@camplakewinnemaug.example.com}}>
To: {{NAME:Samir Haddad}}, {{NAME:Leila Haddad}}
Date: {{DATE:Mon, Jul 15, 2024, 9:12 PM}}

Dear Mr. and Mrs. {{NAME:Haddad}},
Following up on my call this afternoon. During tick checks after the overnight hike to {{LOCATION:Mohawk Mountain}}, our nurse {{NAME:Becca}} found an attached deer tick behind {{NAME:Noor}}'s right knee. She removed it with fine-tip tweezers at 4:45 pm, it was intact and we estimate attached <24 hrs (flat, not engorged). Site cleaned. Per our physician's standing orders (Dr. {{NAME:Mahoney}}) no antibiotic prophylaxis is recommended when attachment is <36 h, but we bagged the tick in case your pediatrician wants it tested.
Please watch for a red expanding rash (bull's-eye), fever or joint pain over the next 30 days.
Unrelated: {{NAME:Noor}} passed her deep-water swim test and is very proud!
Warmly,
{{NAME:Gwen}}
{{FACILITY:Camp Lake Winnemaug}} | {{ADDRESS:200 Camp Rd}}, {{LOCATION:Watertown}}, CT {{ZIP:06795}} | {{PHONE:860-555-0190}}
Camp app photo gallery: {{URL:https://camplakewinnemaug.example.com/gallery/willow3}}`,
  `ADOLESCENT VISIT - CONFIDENTIAL (HEADSSS)   {{FACILITY:Kaleidoscope Youth Clinic}}    {{DATE:Fri 01/10/2025 15:30}}
Legal name: {{NAME:Madison Claire Whitfield}}   Chosen name: {{NAME:Max}}   Pronouns: he/him   16 y/o   MRN {{MRN:KYC-00918}}
PCP: Dr. {{NAME:Orozco}}. Referred by school counselor (Ms. {{NAME:Delacroix}}, {{FACILITY:Hamilton HS}}).

H: lives w/ dad + stepmom in {{LOCATION:Decatur}}. Dad "getting there" re: identity; stepmom uses chosen name. Bio mom in {{LOCATION:Manchester}} (UK), calls monthly.
E: 10th gr, grades dropped fall semester (C/Ds). Teachers mostly use "{{NAME:Max}}", 1 teacher refuses.
A: D&D club, works at {{FACILITY:Kroger}} 15 h/wk.
D: denies substances. Tried vape once.
S: not sexually active. Attracted to girls.
S: PHQ-A 14, GAD-7 12. Binding 8h/day w/ commercial binder, no skin breakdown, some SOB w/ running.
S: passive SI "a few times last month", no plan, no attempts. Safe at home. Bullied in locker room -> uses nurse's office restroom.
Safety: no firearms per pt (dad has one "locked", discussed).

A/P: gender dysphoria, depression/anxiety. Referral to {{FACILITY:Emory Gender Clinic}}, therapist {{NAME:Jordan Pike}}, LPC. Safety plan. School letter re: restroom access (pt consents to share only that). Binder safety reviewed.
{{NAME:Nadia Petrosyan}}, MD, Adolescent Medicine`,
  `SBHC - CONFIDENTIAL VISIT NOTE (minor consent - pregnancy)
{{FACILITY:Lincoln Park Health Center}} @ {{FACILITY:Roosevelt Academy}}   {{DATE:3/11/2025}}
Pt: {{NAME:T.M.}} ({{NAME:Tatiana Morozova}})  15 yo  DOB {{DATE:07/19/2009}}  MRN {{MRN:LP880417}}
Phone (pt's own, ok to call/text): {{PHONE:773-555-
0197}}. Do NOT call home number.

S: LMP ~{{DATE:1/20/25}}? (unsure), home test + "2 lines" {{DATE:3/9}}. Partner {{NAME:Ivan}}, 16, same school - relationship consensual, no coercion, no age gap concern (mandated report not indicated per state law - ages within range). Has not told parents; afraid of dad. Older cousin {{NAME:Yulia}} (21) knows and is supportive.
O: urine hCG positive. BP 104/66. Est GA 7w1d by LMP.
A: intrauterine pregnancy, not yet confirmed by US.
P: all-options counseling (parenting, adoption, abortion) - non-directive. Pt undecided. Referred for dating US at {{FACILITY:Access Health - Lincoln Park}} {{DATE:3/13}} 10:00. Prenatal vitamins given. Discussed judicial bypass info per her question (state requires parental notice for abortion) - legal aid number given.
Safety: denies abuse at home, but fears dad's reaction. Counselor Mr. {{NAME:Jablonski}} (SBHC) to f/u {{DATE:3/12}}.
{{NAME:Erin Kowalczyk}}, CNM`,
  `ATHLETIC EMERGENCY - SUDDEN CARDIAC ARREST (AED USE) REPORT
Event: JV boys basketball vs {{FACILITY:Bishop Kenny}}    Venue: {{FACILITY:Wolfson HS}} main gym
Date: {{DATE:Tuesday, 01/28/2025}}   Time collapse: 18:52
Athlete: {{NAME:Cameron Deveaux}}   #21   Age 15   DOB {{DATE:8/14/2009}}

18:52 collapsed at half-court, no contact. Unresponsive, agonal breathing -> ATC {{NAME:Rashida Bell}} began CPR 18:53.
18:53 AD Mr. {{NAME:Koonce}} activated EAP, 911 by scorekeeper.
18:54 AED (ZOLL AED Plus, gym lobby cabinet; unit SN on school inventory) applied, 1 shock delivered 18:55. CPR continued.
18:57 ROSC - pulse present, moaning. 
19:01 {{FACILITY:JFRD}} Rescue 19 arrived, transported to {{FACILITY:Wolfson Children's Hospital}}.
Parents ({{NAME:Andre}} and {{NAME:Keshia Deveaux}}) in stands, rode w/ EMS. Mom's cell {{PHONE:904-555-0189}}.
AED data downloaded {{DATE:1/29}} and sent to EMS medical director / hospital per request.
Update {{DATE:2/3/25}} (per family): dx hypertrophic cardiomyopathy, ICD placed (Boston Sci., SN {{DEVICE:128831}}), no deficits. Not cleared for competitive sports.
Counseling offered to team. Staff debrief {{DATE:1/30}}.
Report: {{NAME:R. Bell}}, ATC    cc principal Dr. {{NAME:Hanlon}}`,
  `{{FACILITY:Children's Neurology Associates of Tulsa}}
{{ADDRESS:6160 S Yale Ave, Suite 400}}, {{LOCATION:Tulsa}}, OK {{ZIP:74136}}   P {{PHONE:918-555-0102}}  F {{FAX:918-555-0103}}

{{DATE:October 14, 2024}}

To: School nurse / 504 team, {{FACILITY:Jenks Middle School}}
RE: {{NAME:Brooklyn Standingbear}}, DOB {{DATE:2/20/2012}}

{{NAME:Brooklyn}} is under my care for a concussion sustained {{DATE:9/28/24}} (fall from horse at {{FACILITY:Bar K Stables}}). She continues to have headaches and difficulty concentrating with screen use. Her symptoms are improving.
RETURN TO LEARN - please provide for 4 weeks, then reassess:
 - rest breaks in nurse office as needed (20 min max)
 - reduced homework (essential work only), no more than 1 test per day
 - printed notes / enlarged font, limit screens; sunglasses/hat indoors allowed
 - excuse from band (trumpet) and PE
 - elevator pass not needed
Return to PE / athletics only after she completes a graduated return-to-play protocol cleared by our office.
Medications: acetaminophen 500 mg prn (not more than 3 days/week), magnesium 400 mg nightly.
Please contact me with questions or declining grades.
{{NAME:Rebecca Harjo}}, DO, Pediatric Neurology     NPI {{LICENSE:1124093876}}
cc: parent {{NAME:Tasha Standingbear}}   {{NAME:rh}}/{{NAME:kt}}`,
  `PPE HISTORY FORM (parent/athlete completes - scanned)
Name: {{NAME:tyler j. mcnamara}}     DOB: {{DATE:1/5/09}}    Grade: 10   School: {{FACILITY:Bishop Guertin}}
Sport(s): hockey, lacrosse          Date: {{DATE:8/2/24}}
Parent email: {{EMAIL:kmcnamara1975@comcast.net}}    Home ph {{PHONE:603-555-0113}}

1. Has a doctor ever denied or restricted your participation? N
5. Have you ever passed out or nearly passed out DURING or AFTER exercise? Y - "once after a hockey game, he was dehydrated they said at {{FACILITY:St Josephs}} ER {{DATE:feb 2023}}"
9. Does anyone in your family have heart problems? Y - "grandfather pacemaker at 80s, uncle {{NAME:Kevin}} has long QT?? not sure"
15. Have you had a concussion? Y x2 - "{{DATE:11/2022}} (hockey) and {{DATE:jan 24}} (snowboard at {{LOCATION:Loon Mtn}})", out 3 wks 2nd time
18. Do you wear braces/ortho? Y - R knee brace (Osgood Schlatter)
24. Asthma? N   27. Allergies: bee stings - "swelling, no epi"
Medicines: none. Sometimes Advil.
Explain "yes" answers: see above. mono last spring, spleen ok per Dr {{NAME:Pelletier}}.
Parent signature: {{NAME:Kathleen McNamara}}  {{DATE:8/2/2024}}   Athlete: {{NAME:TJM}}
-------------------------------------------------------------------
MD note: syncope w/ exertion + FHx ?LQTS -> ECG ordered before clearance. Cleared after ECG nl QTc 418 ({{DATE:8/9/24}}). -{{NAME:SP}}`,
  `SMS LOG - district nurse texting platform (exported)    Nurse line {{PHONE:(480) 555-0103}}
Student: {{NAME:Emiliano Reyes}} (gr 1)   School: {{FACILITY:Kyrene de los Lagos}}   Parent: {{NAME:Itzel Reyes}} {{PHONE:(480) 555-0176}}

{{DATE:01/22/25 08:41}}  NURSE: Good morning, this is Nurse {{NAME:Pam}} at {{FACILITY:Kyrene de los Lagos}}. {{NAME:Emiliano}} has a temp of 100.9 and says his ear hurts. Can someone pick him up?
{{DATE:01/22/25 08:47}}  PARENT: hi ok im at work, my sister {{NAME:Yesi}} is going to pick up her name is {{NAME:Yesenia Ortiz}} she is on the list
{{DATE:01/22/25 08:48}}  NURSE: Yes she is on his emergency card. She'll need her ID. He is resting in the health office.
{{DATE:01/22/25 09:20}}  NURSE: {{NAME:Yesenia}} picked him up at 9:15. He needs to be fever-free 24h without Tylenol/Motrin before coming back.
{{DATE:01/23/25 19:02}}  PARENT: dr said ear infeccion, amoxicilina 2 times a day. can he go tomorow?
{{DATE:01/23/25 19:05}}  NURSE (after-hours auto-reply): The health office is closed. If this is an emergency call 911.
{{DATE:01/24/25 07:12}}  NURSE: Hi! If no fever since yesterday AM he can come. Meds given at home so nothing needed at school. Feel better {{NAME:Emi}}!
Exported by {{NAME:pvanhorn}} {{DATE:1/24/25}}`,
  `SCHOOL PSYCHOLOGIST / 504 TEAM NOTE - health-related eligibility
Student: {{NAME:Aditi Krishnamurthy}}    Gr 11    {{FACILITY:Lexington High School}}    Case mgr: {{NAME:D. Fairbanks}}
Date: {{DATE:12/9/2024}}

Medical documentation received {{DATE:12/2}} from Dr. {{NAME:Laura Feinberg}} ({{FACILITY:Boston Children's at Waltham}} - Adolescent Medicine): dx POTS (tilt/standing test {{DATE:11/14/24}}: HR 74 -> 122 upright, no orthostatic hypotension), generalized anxiety d/o. Also vit D def.
Tx: fludrocortisone 0.1 mg, salt tabs 1 g TID, 2.5-3 L fluids/day, compression stockings, propranolol trial discussed.
Impact: 23 absences/tardies since school started; near-syncope x3 in class (nurse visits {{DATE:10/8}}, {{DATE:10/29}}, {{DATE:11/20}}). Grades dropped in AP Chem and AP Lang.
Student statement: "mornings are the worst, I literally can't stand up in the shower."
Team determined: eligible under 504 (major life activities: standing, concentrating, attending).
Proposed: late start (2nd period), water bottle + salty snacks in class, elevator, seat near door, sit for labs, nurse pass, extended deadlines 2 days, alt PE (seated strength).
Parent: {{NAME:Meena Krishnamurthy}} agrees, requested contact via {{EMAIL:meena.k@rcn.example.com}}.
Next review {{DATE:May 2025}}.
-Dr. {{NAME:Paul Ostrowski}}, school psychologist    typed {{NAME:PO}}/{{NAME:dn}}`,
  `K VISION SCREENING - {{FACILITY:Jefferson Elementary}}, {{LOCATION:Yakima}}     {{DATE:Oct 8 2024}}
Screeners: {{NAME:L. Fuentes}} (parent volunteer), {{NAME:M. Tapia}}, RN
Method: LEA symbols @ 10 ft (pass = 10/16 each eye); Plusoptix S12 photoscreener (device asset tag YSD-0442 - school equipment)

Rm 3 - Mrs. {{NAME:Sandoval}}
 {{NAME:Abrego, Diego}}          R 10/12.5  L 10/12.5   PASS
 {{NAME:Bautista, Lily}}         R 10/25    L 10/16     REFER (R)
 {{NAME:Chávez-Luna, Matías}}    unable (shy) - photoscreen PASS
 {{NAME:Dimas, Sophia Grace}}    R 10/16    L 10/16     PASS (has glasses, wearing)
 {{NAME:Espinoza, Kaleb}}        R 10/40    L 10/32     REFER - photoscreen: hyperopia/astig
 {{NAME:Flores, Aiyana}}         absent -> makeup {{DATE:10/15}}
 {{NAME:Gómez, Isaac}}           R 10/12.5  L 10/12.5   PASS
 {{NAME:Hwang, Noah}}            R 10/20    L 10/50     REFER (amblyopia risk - urgent letter)
Rm 4 - Mr. {{NAME:Oyelaran}}: see page 2
Referral letters sent home {{DATE:10/9}} (Spanish/English). {{NAME:Noah}}'s mom called {{DATE:10/10}} - appt at {{FACILITY:Yakima Valley Farm Workers Clinic}} optometry {{DATE:10/21}}.
-{{NAME:mt}}`,
  `STATE DEPARTMENT OF LICENSING - MEDICAL REPORT (DRIVER'S PERMIT APPLICANT WITH SEIZURE DISORDER)
Applicant: {{NAME:Whitaker, Caleb Ryan}}   DOB {{DATE:10/17/2008}}   Permit # {{LICENSE:WDL8Q44KJ2P7}}
Address: {{ADDRESS:2300 Tieton Dr}}, {{LOCATION:Yakima}}, WA {{ZIP:98902}}

Completed by treating physician:
Dx: juvenile myoclonic epilepsy, dx {{DATE:5/2022}}.
Last seizure (any type): {{DATE:03/04/2024}} - GTC after sleep deprivation (all-nighter for finals).
Meds: levetiracetam 1000 mg BID, adherent per levels/pharmacy refill.
Seizure-free interval at time of report: 6 months as of {{DATE:9/4/24}} -> meets state minimum.
Recommendation: [X] may drive   [ ] may not drive   Review in 12 months.
Physician: {{NAME:Hiroshi Tanabe}}, MD  ({{FACILITY:Central Washington Neurology}})   WA lic {{LICENSE:MD60712845}}
Date {{DATE:9/5/2024}}

-- addendum (clinic note, {{DATE:2/11/25}}): pt in minor MVC {{DATE:2/8/25}} as driver (rear-ended another car at light), no seizure per pt and witnesses; family car 2016 Honda Civic, plate {{VEHICLE:CKR4417}}, VIN {{VEHICLE:2HGFC2F59GH518834}}. Insurance adjuster requested records - ROI signed by mom {{NAME:Jill Whitaker}}. Driving status unchanged. -{{NAME:HT}}`,
  `COURT-ORDERED PSYCHOLOGICAL EVALUATION - SUMMARY
In the Matter of: {{NAME:K.D.}}, a juvenile     Petition no. {{ID:JD-24-03311}}     Judge: Hon. {{NAME:Marisa Quillen}}
Evaluator: {{NAME:Steven Ambrose}}, PsyD, licensed psychologist ({{LICENSE:PSY-14488}})     Report date: {{DATE:6/30/2024}}
Evaluation dates: {{DATE:6/11/24}}, {{DATE:6/18/24}} at {{FACILITY:Coconino County Juvenile Detention}}

Youth: {{NAME:Kieran Dawes}}, 15 y/o M. Lives w/ great-grandmother {{NAME:Ruby Dawes}} ({{AGE:90}}) and her son in {{LOCATION:Flagstaff}}. Mother deceased (2019?); father incarcerated at {{FACILITY:ASPC-Tucson}}.
Sources: interviews (youth, great-grandmother, PO {{NAME:Lonnie Yellowhair}}), school records from {{FACILITY:Sinagua Middle School}}, prior eval by Dr. {{NAME:Harwell}} (2022).
Testing: WISC-V FSIQ 84; WIAT-4 reading 79; MAYSI-2 elevated Angry-Irritable, Depressed-Anxious; TSCC PTSD elevated.
Impressions: PTSD, specific learning disorder (reading), cannabis use d/o mild.
Competency: youth understands charges and can assist counsel with accommodations.
Recommendations: trauma-focused therapy (TF-CBT), special ed eval (IEP), substance use tx, kinship support services for great-grandmother given age and health.`,
  `[research extract - adolescent SBHC corpus, dates shifted]
Visit Date: [**{{DATE:2148-9-14}}**]        Sex: F
Service: SCHOOL-BASED HEALTH / ADOLESCENT

HPI: 14 yo F w/ hx asthma, obesity (BMI 33, >99th %ile), presents to SBHC at [**{{FACILITY:Hospital1 18}}**] satellite in [**{{FACILITY:High School 442}}**] after nurse [**{{NAME:Known firstname 671}}**] noted acanthosis + 3 visits this month for HA. Mother [**{{NAME:First Name8 (NamePattern2) 1193}}**] [**{{NAME:Last Name (NamePattern1) 2201}}**] reached by phone [**{{PHONE:Telephone/Fax (1) 4417}}**]. Pt last seen [**{{DATE:2148-5-2}}**] at [**{{FACILITY:Hospital 3}}**] clinic (Dr. [**{{NAME:Last Name (STitle) 8812}}**]).
Menarche age 11. LMP [**{{DATE:9-1}}**]. Irregular cycles, hirsutism upper lip.
Labs [**{{DATE:2148-9-14}}**]: A1c 6.1, ALT 58, TG 212, free T 62 (H). Fingerstick glucose 118.
A/P:
1. Prediabetes / insulin resistance / ?PCOS - refer peds endo [**{{FACILITY:Hospital1 18}}**], metformin discussed; healthy habits (5-2-1-0).
2. NAFLD risk - RUQ US.
3. HA - tension type, caffeine 3 energy drinks/day, taper.
4. Asthma - ACT 21, continue Flovent 44.
F/u SBHC 4 wks, ~[**{{DATE:10-12}}**]. Mother to bring sibling (8 yo) for well visit.
[**{{NAME:First Name11 (Name Pattern1) 339}}**] [**{{NAME:Last Name (NamePattern4) 1120}}**], NP
Completed by: [**{{NAME:Initials (NamePattern4) 5}}**] [**{{DATE:2148-9-14}}**]`,
  `HEALTH OFFICE - END OF YEAR HANDOFF TO SUMMER SCHOOL NURSE
From: {{NAME:Theresa Akande}}, RN (reg yr)  To: {{NAME:Gil Moreno}}, LPN (summer)   {{DATE:6/13/25}}
Summer session: {{DATE:6/23-7/25}} at {{FACILITY:Roosevelt Middle School}} (bldg B), M-Th 8-12

KIDS WITH PLANS ATTENDING SUMMER:
- {{NAME:Harnoor Sandhu}} - G-tube/CIC, see IEP health section. Para {{NAME:Luz}} continues. Baclofen pump refill was {{DATE:6/3}}, next due ~{{DATE:8/26}} (not at school).
- {{NAME:J. Kowalski}} ("{{NAME:JJ}}") - T1D, Omnipod + G7. Carb counts on lunch menu. Dad ({{NAME:Rob}}) prefers calls not texts: {{PHONE:253-555-0122}}.
- {{NAME:Mahlet Tesfaye}} - peanut/egg anaphylaxis, Auvi-Q x2 (exp 09/2025, ok thru summer). Speaks Amharic at home, mom's # {{PHONE:253-555-0158}}.
- {{NAME:Tavita Faleolo Jr.}} - asthma, self-carries. Used inhaler 14x this yr, ACT 17 -> told mom, no PCP appt yet.
- {{NAME:Bryce}} (gr 7, last name {{NAME:Oberholtzer}}) - hx syncope, cleared by cards {{DATE:May 2025}}, no restrictions.
MEDS: all regular-yr meds sent home {{DATE:6/12}} except {{NAME:Harnoor}}'s and {{NAME:JJ}}'s (transferred, count sheet signed {{NAME:TA}}/{{NAME:GM}}).
Glucagon expired in cabinet - discarded, replacement ordered.
AED check: monthly, pads exp 2026.
My cell for questions thru {{DATE:6/20}}: {{PHONE:253-555-0160}}. After that, district RN {{NAME:Kara Lindqvist}} ext {{PHONE:6120}}.`,
  `ONLINE CAMP REGISTRATION - HEALTH FORM SUBMISSION (system record)
Form ID: {{ID:CW-HF-2025-008812}}    Submitted: {{DATE:2025-04-02T21:47:13-05:00}}    From IP: {{IP:203.0.113.58}}
Portal: {{URL:https://register.campwildwoodlake.example.org/family/44718/health}}
Camp: {{FACILITY:YMCA Camp Wildwood Lake}}   Session: Teen Leadership 2   Cabin: TBD

Camper: {{NAME:Oyelaran-Smith, Adebayo}}   DOB: {{DATE:2010-11-29}}   Age at camp: 14
Guardian account: {{NAME:Funmilayo Oyelaran-Smith}}   {{EMAIL:funmi.os@protonmail.example}}   mobile {{PHONE:+1 (314) 555-0132}}
2nd contact: {{NAME:Dayo Smith}} (father) {{PHONE:314-555-0133}}
Insurance: Cigna, member ID {{HEALTH_PLAN:U4471829301}}
Physician: Dr. {{NAME:Chen Huiling}}, {{FACILITY:Webster Groves Pediatrics}}, {{PHONE:314-555-0104}}

Q: chronic conditions? A: "eczema, mild asthma only w/ colds, sickle cell trait (not disease)"
Q: medications? A: "Tacrolimus ointment 0.1% (for eczema), albuterol HFA w/ spacer"
Q: anything else staff should know? A: "He will not tell you if he is homesick lol. He is a strong swimmer. Please no shellfish (not allergic, just hates it)."
Photo release: NO   Upload: immunization record ({{DATE:4/2/25}}), physical dated {{DATE:03/18/2025}}
Flag (auto): sickle trait -> heat/hydration note sent to nurse {{NAME:Carla Jeffries}}
Reviewed: {{NAME:CJ}} {{DATE:4/7}}`,
];

export const HELDOUT_REALISTIC_101_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout101-${i + 1}`, n));
