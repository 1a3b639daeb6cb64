// A twenty-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, counties and
// cities are real places used only as LOCATION). Its flavour is a Midwest rural health network
// (Iowa, Nebraska, Kansas, the Dakotas, Minnesota): critical-access hospitals, a federally
// qualified health center, farm injuries (PTO shafts, augers, grain bins, anhydrous ammonia,
// livestock), grain elevator, co-op and meatpacking plant employers, Amish, Mennonite and Hutterite
// patients, German, Scandinavian, Czech, Hmong, Somali and Guatemalan names, county roads, rural
// routes and highway mile markers, townships and small towns, school districts, volunteer
// ambulance services and nursing homes. Shapes: ED notes, EMS run sheets, dictated H&Ps and
// discharge summaries with typist initials, swing-bed and nursing-home notes, telephone triage,
// FQHC visits with interpreters, occupational-health and workers' comp forms, lab, pathology and
// radiology reports with accession numbers, prior-auth and referral faxes, pharmacy, home health,
// hospice, behavioral health, OB/peds, school nurse, public health and portal messages, in Title
// case, ALL CAPS and lower-case shorthand, with typos, tables, copy-forward text, headers and
// footers. Look-alike non-PHI throughout: eponyms (Foley, Apgar, McBurney, Homans, Gustilo,
// Salter-Harris, Miller blade, Parkland, Lund-Browder), drug names and doses, lab values, scores,
// tractor and device models, lot, NDC and CLIA numbers, rooms and beds, CPT/ICD codes, years and
// weekdays alone, clock times, ages of 89 and under, states and countries, payers.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// labels (Dr., RN, ARNP, MRN:, Ph) stay outside spans; a time attached to a full date is part of
// it; a weekday written with a date is part of it; a month with a year (March 2022) and a month
// with a day (3/14, Oct 3) are DATE; a year alone, a weekday alone, clock times alone and ages of
// 89 and under are not PHI, ages of 90 and over are AGE; typist initials (dk, /jmh) are NAME;
// hospitals and their abbreviations, clinics, wards with a proper name, nursing homes, schools and
// school districts, employers (co-ops, elevators, packing plants, farms run as businesses),
// churches and colonies, pharmacies, labs, DME suppliers and ambulance services are FACILITY;
// towns, townships and counties (with their "Co"/"County"), and cities abroad are LOCATION; states
// and countries are not PHI; a street, rural-route, county-road or mile-marker address where a
// person lives or was is ADDRESS (unit included), with town and ZIP as separate spans; payers,
// their departments and fax lines and state or federal agencies are not PHI; member and Medicaid
// numbers are HEALTH_PLAN; account, billing and claim numbers are ACCOUNT; NPI, DEA, EMT and
// state licences and driver's licences are LICENSE; plates, VINs and tractor serials are VEHICLE;
// pump, pacemaker, monitor and implant serials are DEVICE; accession, order, run, authorization,
// referral and employee numbers are ID; short pagers and extensions are PHONE; lot, CLIA, NDC and
// trial numbers are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9236 / 0.9420; pass-11 engine (789a1c5) 0.9533 / 0.9406; pass-12 final engine (22820de, the same output as
// 978114a) 0.9576 / 0.9488.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 CAH ED note, PTO entanglement
  `{{FACILITY:PRAIRIE RIDGE COMMUNITY HOSPITAL}} - EMERGENCY DEPT
Critical Access Hospital | {{ADDRESS:1104 N Main St}}, {{LOCATION:Remsen}} IA {{ZIP:51050}} | {{PHONE:(712) 555-0110}}

PT: {{NAME:SCHROEDER, DALE A}}        MRN: {{MRN:PR-0048213}}      DOB: {{DATE:04/22/1961}}
ACCT#: {{ACCOUNT:7730-119284}}     DOS: {{DATE:10/03/2023 1612}}     ARRIVAL: {{FACILITY:Remsen Vol Ambulance}}
PCP: {{NAME:Kuehl, Marlys}} ARNP

CC: L arm caught in PTO shaft

HPI: 62 yo M farmer, was unhooking auger from JD 4430 at the home place ({{ADDRESS:2150 County Rd K}}, rural {{LOCATION:Remsen}}) approx 1530 when L sleeve caught in PTO driveline. Wife {{NAME:Arlene}} shut tractor off. Per EMS tourniquet placed 1548. No LOC. Tetanus last 2014.

EXAM: GCS 15. L forearm: degloving volar aspect, deformity mid-shaft, radial pulse dopplerable only. Cap refill >3 sec. Neg Homans. Abd soft.
XR L forearm (acc# {{ID:RAD23-100388}}): displaced fx radius and ulna shafts.

A/P: open both-bone forearm fx L, Gustilo IIIA. Ancef 2 g IV, Tdap given (lot U7742AA). Splinted. D/w Dr. {{NAME:Petra Lindqvist}}, ortho trauma @ {{FACILITY:Big Sioux Regional Medical Center}}, accepts. Transfer via {{FACILITY:AirCare}} 3, ETA 1745.
Wife {{NAME:Arlene Schroeder}} (cell {{PHONE:712-555-0187}}) at bedside.

ICD-10: S52.301B, W30.1XXA, Y92.71
Electronically signed: {{NAME:Tomas Vrba}}, DO  {{DATE:10/03/2023 1731}}`,

  // 2 EMS run sheet, rollover on Hwy 30
  `{{FACILITY:WALL LAKE AREA AMBULANCE}} -- PATIENT CARE REPORT
Run #: {{ID:23-0417}}     Unit: Medic 2 (Type III)     Date: {{DATE:08/19/2023}}
Paged by {{LOCATION:Sac Co}} dispatch 1402  Enroute 1404  On scene 1416  Transport 1439  At dest 1502
Incident location: {{ADDRESS:US Hwy 30 MM 98}}, E of {{LOCATION:Vail}}, ditch N side
Crew: {{NAME:L. Haugen}} EMT (lic# {{LICENSE:IA-EMT-20417}}), {{NAME:R. Dvorak}} AEMT, driver {{NAME:K. Brandt}}

Pt: {{NAME:Ostrem, Kristine M}}   F   DOB {{DATE:1/7/1998}}   Home: {{ADDRESS:316 Elm St Apt 2}}, {{LOCATION:Denison}} IA {{ZIP:51442}}
Ph {{PHONE:712-555-0163}}

CC/HPI: restrained driver, single veh rollover x1, self-extricated, found sitting on shoulder. c/o neck pain 6/10 + L wrist. Denies LOC. Vehicle 09 Impala, IA plate {{VEHICLE:HTR 442}}.
Vitals: 1420 BP 138/84 P 104 R 20 SpO2 98% RA GCS 15 | 1435 BP 130/80 P 96
Tx: c-collar, KED not needed, SAM splint L wrist, NS TKO 18g L AC. Fentanyl 50 mcg IN at 1427.
PMH: asthma (albuterol), NKDA. Pt states she works nights at {{FACILITY:Plainsview Beef}}, employee # {{ID:004418}}.
Transport to {{FACILITY:Boyer Valley Hospital}} ED, report to RN {{NAME:Jana Kucera}}. Pt mother {{NAME:Donna Ostrem}} notified by pt via cell.
Narrative by: {{NAME:L. Haugen}}  {{DATE:08/19/2023 1545}}`,

  // 3 dictated H&P, Amish elder, swing-bed candidate
  `HISTORY AND PHYSICAL

PATIENT: {{NAME:Jonas E. Hershberger}}
MEDICAL RECORD #: {{MRN:00391577}}
DATE OF ADMISSION: {{DATE:January 9, 2024}}
ATTENDING: {{NAME:Karl Unruh}}, MD
LOCATION: {{FACILITY:Kalona Community Hospital}}, Med/Surg room 6

CHIEF COMPLAINT: Cough and weakness x 5 days.

HISTORY OF PRESENT ILLNESS: The patient is a {{AGE:91}}-year-old Old Order Amish gentleman from {{LOCATION:Washington County}} who lives with his son {{NAME:Eli}} and daughter-in-law {{NAME:Lovina}} in the dawdy haus at {{ADDRESS:3318 Angle Rd SW}}. Family brought him by hired driver ({{NAME:Ron Sebesta}}) today. He has had productive cough, fevers to 101 at home by their thermometer, and poor intake. No chest pain. He had a similar illness in 2019.

PAST MEDICAL HISTORY: Hypertension, BPH, hearing loss. No immunizations per family preference.
MEDICATIONS: Herbal tincture (family unsure of contents), aspirin 81 mg.
SOCIAL: Retired farmer and harness maker. No phone at home; family may be reached at the neighbor phone shanty {{PHONE:319-555-0148}} (leave msg for {{NAME:Eli Hershberger}}).

PHYSICAL EXAMINATION: T 38.4, HR 102, RR 24, SpO2 88% RA -> 94% on 2 L. Crackles R base. No JVD.
CXR: RLL consolidation.

ASSESSMENT/PLAN: CAP, CURB-65 of 3. Ceftriaxone + azithromycin. Will consider swing-bed after acute stay. Code status: full, per son.

{{NAME:KU}}/{{NAME:dmh}}
D: {{DATE:01/09/2024 1420}}   T: {{DATE:01/09/2024 1702}}
Job #{{ID:448172}}`,

  // 4 swing-bed progress note
  `SWING BED - SKILLED DAILY NOTE
{{FACILITY:Pocahontas Prairie Hospital}}  Swing Bed Unit, Rm 12
Resident: {{NAME:Thorson, Evelyn R}}   DOB: {{DATE:11-30-1938}}   MRN {{MRN:PPH-221904}}
Date: {{DATE:2/14/24}}  Day 9 of skilled stay (Medicare A)  Qualifying acute stay {{DATE:1/31/24-2/5/24}} at {{FACILITY:Lizard Creek Regional}}

S: "my hip is better today." Slept ok. Appetite 50-75% of trays. Daughter {{NAME:Carol Nyquist}} visited, wants update - call her at {{PHONE:515-555-0129}} after 5 pm.
O: VSS. BP 124/70, HR 78, T 97.9. R hip incision (s/p hemiarthroplasty {{DATE:2/1}}) well approximated, staples out today per order, steri-strips applied. No erythema. Ambulating 60 ft w/ FWW + CGA with PT ({{NAME:Brianna Holm}}, PT). Braden 17, Morse 45.
A: s/p R femoral neck fx, progressing. Mild hyponatremia Na 132 (was 130).
P: cont PT/OT BID. Lovenox 40 mg SQ daily through {{DATE:2/29}}. Recheck BMP {{DATE:Friday 2/16}}. Planning d/c home with daughter vs {{FACILITY:Sunset Prairie Care Center}} - care conf scheduled Tuesday 1300.

{{NAME:J. Bergstrom}}, RN  /  cosign {{NAME:A. Fenske}}, PA-C`,

  // 5 telephone triage, Amish family via neighbor phone
  `TELEPHONE ENCOUNTER - NURSE TRIAGE
{{FACILITY:Holmes Creek Family Clinic}} (dept of {{FACILITY:Prairie Ridge Health}})
Call rec'd {{DATE:06/11/2024 07:52}} from {{NAME:Mattie Yoder}} (mother) calling from neighbor's phone ({{NAME:Glen Ahrens}} farm, {{PHONE:563-555-0171}}). Family has no phone, says call back at this # only between 12 and 1.

Pt: {{NAME:Levi J Yoder}}, DOB {{DATE:3/2/2019}}, MRN {{MRN:HC1180634}}
Address on file: {{ADDRESS:2891 Jade Ave}}, {{LOCATION:Fredericksburg}} IA

Reason: 5 yo kicked in belly by pony ~1 hr ago. Cried right away. Now "resting, looks pale." Vomited x1. Mom states he is holding his left side.

Triage (Schmitt-Thompson Abd Pain Peds): positive for vomiting + pallor after trauma -> go to ED now.
Advised: go to ED now. Mom says they will get a driver; driver {{NAME:Bev Moellers}} can be there in 20 min. Advised call 911 if he becomes sleepy/faint. Mom verbalized understanding.
Notified {{FACILITY:Chickasaw Co Hosp}} ED charge RN {{NAME:Teri Fuhrman}} at 0801 of expected arrival.

Follow up: called neighbor # back at 1215 - Mr. {{NAME:Ahrens}} states family went to ED, no further info.

{{NAME:Kelsey Rausch}}, RN  ext {{PHONE:4417}}`,

  // 6 FQHC visit, Somali patient, interpreter
  `{{FACILITY:PRAIRIE LAKES COMMUNITY HEALTH CENTER}} - {{LOCATION:Marshall}} site
Federally Qualified Health Center | {{ADDRESS:407 W College Dr, Ste 3}}, {{LOCATION:Marshall}}, MN {{ZIP:56258}}

Patient: {{NAME:Hodan Abdirahman Warsame}}   DOB {{DATE:01/01/1976}}   MRN {{MRN:PLC-773015}}
Visit {{DATE:04-17-2024}}   Provider: {{NAME:Sigrid Thompsen}}, CNP   Interpreter: {{NAME:Abdiaziz Hersi}} (Somali, in person, ID {{ID:INT-2207}})
Sliding fee: level B.  Ins: MN Medical Assistance # {{HEALTH_PLAN:00918832}}

S: f/u DM2. Ramadan ended last week; pt fasted and skipped evening metformin. Reports thirst, nocturia x3. No hypoglycemia sx. Works 2nd shift deboning at {{FACILITY:Northstar Turkey Processing}}, standing 9 hr.
Meds: metformin 1000 BID, glipizide 5 daily (stopped on her own during fasting), atorvastatin 20.
O: BP 146/92, BMI 33.4. A1c today 9.8 (prior 8.1 on {{DATE:12/5/23}}). Monofilament intact bilat. Foot: callus L 1st MTP.
A/P:
1. DM2 uncontrolled - restart glipizide, add Jardiance 10 mg. Diabetes ed w/ {{NAME:Faadumo Jama}}, CHW, next wk.
2. HTN - lisinopril 10 mg.
3. Work note for sitting breaks given.
Daughter {{NAME:Ifrah}} (English speaking) may call for results: {{PHONE:507-555-0152}}.
Next appt {{DATE:5/22/24}} 0930.`,

  // 7 occupational injury, Guatemalan worker, meatpacking
  `OCCUPATIONAL HEALTH - FIRST REPORT / WORK STATUS
Employer: {{FACILITY:TURKEY RIVER MEATS}}, {{LOCATION:Postville}} IA   Safety contact: {{NAME:Dwayne Pfister}} {{PHONE:563-555-0119}}  fax {{FAX:563-555-0120}}
Workers comp carrier: EMC Insurance   Claim # {{ACCOUNT:WC-24-0088317}}

Employee: {{NAME:Santos Cux Ajanel}}    DOB {{DATE:9/14/1994}}    Emp ID {{ID:77120}}
Preferred language: K'iche' (Spanish 2nd). Interpreter by phone, {{NAME:Rosalinda Tzul}}, Language Line ID {{ID:318845}}.
DOI: {{DATE:05/06/2024}} approx 0615, line 4 kill floor.  DOS: {{DATE:05/06/2024}}

HPI: 29 y/o M, knife slipped while trimming, lac to L palm thenar eminence. Chain mail glove was on R hand only. No numbness per pt.
Exam: 3.5 cm linear lac L thenar, clean edges, FDP/FDS intact all digits, 2-pt discrim 5 mm, cap refill brisk. No tendon exposed.
Procedure: digital/local 1% lido 5 mL, irrigated 250 mL NS, 6 interrupted 4-0 nylon. Td up to date (lot not applicable, given {{DATE:Oct 2022}} at {{FACILITY:NE Iowa Family Health}}).
Dx: S61.412A lac L hand w/o FB. CPT 12002.
Work status: modified duty - no knife use L hand, keep dry, x 10 days. Suture removal {{DATE:5/16}}.
Home: {{ADDRESS:122 S Lawler St, Trlr 9}}, {{LOCATION:Postville}}. Cell {{PHONE:563-555-0194}}.

{{NAME:Marta Kubik}}, PA-C  NPI {{LICENSE:1730049928}}`,

  // 8 lab report with accession numbers
  `{{FACILITY:NORTH PLAINS REGIONAL LAB}} -- CUMULATIVE REPORT
CLIA 43D2091188    Medical Director: {{NAME:H. Vanderwal}}, MD
{{ADDRESS:900 E 6th Ave}}, {{LOCATION:Mitchell}} SD {{ZIP:57301}}   Client svc {{PHONE:605-555-0100}}

PATIENT: {{NAME:WIPF, JOSHUA D}}          SEX: M   DOB: {{DATE:07/30/1987}}
MRN: {{MRN:NPR44019276}}   ORDERING: {{NAME:Anneliese Hofer}}, NP   CLIENT: {{FACILITY:Spring Creek Colony Clinic}}
ACCESSION: {{ID:A24-118903}}  COLLECTED: {{DATE:03/12/2024 0915}}  RECEIVED: {{DATE:03/12/2024 1344}}

TEST                RESULT     FLAG   REF RANGE      UNITS
WBC                 14.2       H      4.0-10.5       K/uL
HGB                 15.1              13.5-17.5      g/dL
PLT                 288               150-400        K/uL
NA                  137               135-145        mmol/L
K                   4.4               3.5-5.1        mmol/L
CREAT               0.9               0.7-1.3        mg/dL
BRUCELLA AB IGG     POSITIVE   A      NEGATIVE
Q FEVER PH II IGG   1:64              <1:16

COMMENT: Brucella serology positive; confirm w/ reference lab. Sent to state hygienic lab {{DATE:3/13/24}} under accession {{ID:SHL-24-55201}}. Result called to {{NAME:A. Hofer}} NP by {{NAME:mkw}} {{DATE:03/13/2024 1102}}, read back verified.
Prior: {{ID:A23-097741}} ({{DATE:11/02/2023}}) WBC 9.8.
*** END OF REPORT ***    page 1 of 1`,

  // 9 radiology report
  `{{FACILITY:GREAT PLAINS IMAGING ASSOCIATES}}
Teleradiology read for {{FACILITY:Ord Valley Hospital}}

EXAM: CT HEAD WO CONTRAST     CPT 70450
ACC#: {{ID:GPI-0913377}}    ORDER#: {{ID:ORD8841520}}
PATIENT: {{NAME:Novak, Frantisek}}     MRN: {{MRN:OVH-118452}}    DOB: {{DATE:05/19/1932}}    AGE: {{AGE:91}}Y
EXAM DATE: {{DATE:12/26/2023 21:48}}
REFERRING: {{NAME:Lenka Dvorakova}}, DO

CLINICAL HX: fall from ladder in machine shed, on Eliquis, GCS 14.

TECHNIQUE: Axial noncontrast images, 5 mm, sagittal/coronal reformats. DLP 912 mGy-cm.
COMPARISON: CT head {{DATE:4/8/2021}} ({{FACILITY:Kearney Valley Hospital}}).

FINDINGS: 9 mm L frontoparietal subdural hematoma, mixed density, with 3 mm rightward midline shift. No intraventricular extension. Chronic small vessel ischemic change. Old R cerebellar lacune. Calvarium intact. Mastoids clear.

IMPRESSION:
1. Acute on chronic L SDH, 9 mm, 3 mm MLS.
2. No fracture.

Critical result discussed with Dr. {{NAME:Dvorakova}} by phone at 2211 on {{DATE:12/26/2023}}.

Read by: {{NAME:Reinhold Gerdes}}, MD
Signed {{DATE:12/26/2023 22:14}}   Workstation {{IP:10.44.12.207}}`,

  // 10 prior-auth fax
  `FAX  ***  CONFIDENTIAL  ***
TO: Wellmark BCBS Utilization Mgmt     FAX: 1-800-555-0199
FROM: {{FACILITY:Loess Hills Orthopedics}}, {{LOCATION:Council Bluffs}}    FAX: {{FAX:(712) 555-0131}}   PH: {{PHONE:(712) 555-0130}}
DATE: {{DATE:07/22/24}}   PAGES: 4 incl cover
RE: PRIOR AUTHORIZATION REQUEST - MRI L KNEE W/O (CPT 73721)

Member: {{NAME:Brandt, Jacob T}}
DOB: {{DATE:02/11/2006}}     Member ID: {{HEALTH_PLAN:W8J440917725}}   Group: 00172 (employer)
Address: {{ADDRESS:24817 Hwy 44}}, {{LOCATION:Harlan}} IA {{ZIP:51537}}
Ordering: {{NAME:Nils Aasheim}}, MD   NPI {{LICENSE:1396204471}}

Clinical: 18 yo HS senior, wrestler at {{FACILITY:Shelby-Harlan Consolidated High School}}, twisting injury {{DATE:6/30/24}} at summer camp. + Lachman, + McMurray medial, effusion. 3 wks PT at {{FACILITY:Shelby County PT}} without improvement; continued locking.
XR {{DATE:7/1/24}}: neg for fx.
ICD-10: S83.512A, S83.241A

Please fax determination to {{FAX:712-555-0131}} attn {{NAME:Renae}} (ref # {{ID:LHO-PA-20931}}).

This fax may contain PHI. If received in error call {{PHONE:712-555-0130}} and destroy.`,

  // 11 nursing home to ED transfer form
  `INTERFACILITY TRANSFER FORM
FROM: {{FACILITY:Bethany Heights Lutheran Home}}   {{ADDRESS:500 3rd Ave NE}}, {{LOCATION:Canby}} MN {{ZIP:56220}}   Nurse station {{PHONE:507-555-0141}}
TO: {{FACILITY:Yellow Medicine Valley Hospital}} ED        Date/time sent: {{DATE:9/2/2023 0340}}
Mode: {{FACILITY:Canby Ambulance}} BLS

RESIDENT: {{NAME:Halvorson, Inga M.}}     DOB {{DATE:8/17/1929}}    Age {{AGE:94}}
NH record # {{MRN:BH-06612}}    Medicare # {{HEALTH_PLAN:5TW4-GH2-JK71}}
Code status: DNR/DNI (POLST on file, signed {{DATE:3/15/2022}})
POA: son {{NAME:Arne Halvorson}}  {{PHONE:320-555-0116}}  -- notified 0335, will meet at ED
Attending: Dr. {{NAME:Bjorn Skaar}}

Reason for transfer: found on floor of room 22B at 0310 during rounds, unwitnessed fall, c/o R hip pain, R leg shortened and ext rotated.
Baseline: mod dementia (Alzheimer type), BIMS 8/15, ambulates w/ walker + 1 assist, continent w/ prompting.
VS 0320: BP 158/90 HR 96 RR 20 T 97.4 SpO2 93% RA
Allergies: PCN (rash), codeine
Meds: donepezil 10, metoprolol 25 BID, Eliquis 2.5 BID (last dose 2000), sertraline 50, vit D.
Last BM {{DATE:9/1}}. Foley: no. Hearing aids sent in bag with pt.

Sending nurse: {{NAME:Rachel Gunderson}}, LPN     Report called to {{NAME:Marcus}} RN at 0345`,

  // 12 ED trauma note, grain bin entrapment
  `ED PHYSICIAN NOTE -- LEVEL 1 TRAUMA ACTIVATION
{{FACILITY:Platte River Valley Medical Center}}, {{LOCATION:North Platte}} NE
Pt: {{NAME:Kevin Hoffmeier}}   MRN {{MRN:4471903}}   DOB {{DATE:12/3/2002}}   Arr {{DATE:10/14/2023 1127}} by {{FACILITY:LifeNet}} 4 from scene

HPI: 20 yo M seasonal worker at {{FACILITY:Sandhills Grain Co-op}} elevator, {{LOCATION:Stapleton}}, engulfed to chest in corn in 30k bu bin approx 0930 while breaking crust; sweep auger reportedly locked out. {{FACILITY:Logan County Fire}} + {{FACILITY:Stapleton Rescue}} used grain rescue tube, extricated 1050. Complains of chest tightness, SOB, bilateral leg numbness "pins and needles".
Supervisor {{NAME:Curt Matejka}} ({{PHONE:308-555-0177}}) accompanied; OSHA notified by employer.

Exam: GCS 15, RR 28, SpO2 91% NRB. Corn dust in nares/oropharynx. Scattered wheeze. Petechiae face/neck (traumatic asphyxia pattern). Bilat thighs tense, compartments soft-ish, DP/PT 2+. CK pending.
CXR: bilat patchy infiltrates c/w aspiration.
Labs: K 5.6, CK 4,820, lactate 3.1, Cr 1.4.
Impression: grain engulfment w/ aspiration, early rhabdo, hyperK, r/o compartment syndrome.
Plan: BiPAP, IVF 200 mL/h, calcium gluconate, albuterol, admit ICU. Dr. {{NAME:Sonja Kvale}} (surgery) to evaluate compartments q4h.
Mother {{NAME:Teresa Hoffmeier}} on way from {{LOCATION:Broken Bow}}, {{PHONE:308-555-0109}}.

{{NAME:Ivan Pospisil}}, MD  {{DATE:10/14/23 1249}}`,

  // 13 Hmong prenatal visit
  `OB VISIT - PRENATAL  ({{FACILITY:Walnut Grove Rural Health Clinic}})
{{DATE:Thurs 11/16/2023}}
Pt: {{NAME:Pa Houa Xiong}}  DOB {{DATE:06/04/2001}}  MRN {{MRN:WG20033871}}  G3P2002
EDD {{DATE:03/28/2024}} by 9 wk US   GA today 33w0d
Hmong interpreter: {{NAME:Mai Neng Vang}} (staff)
Husband {{NAME:Tou Lor}} present.  MA: {{HEALTH_PLAN:10447203}}

S: + FM. Occasional tightening. Asks if she can deliver in {{LOCATION:Marshall}} instead of {{LOCATION:Mankato}}, closer to family. Mother-in-law {{NAME:Ntxhi Lor}} wants to keep placenta for burial per tradition - discussed, hospital has process, pt will ask L&D.
Denies HA, visual changes, VB, LOF.
O: BP 118/72, wt 141 lb (+22), FH 33 cm, FHT 142, vertex by Leopold's. Trace edema. Urine neg/neg.
1 hr GTT {{DATE:10/30}}: 128 (nl). Hgb 10.9.
Tdap given today, lot 4HK93 exp 08/2025. RhoGAM n/a (O pos).
A/P: IUP 33w, doing well. Ferrous sulfate 325 daily. Kick counts reviewed w/ interpreter. GBS at 36 wk. Will send records to {{FACILITY:Marshall Regional Birth Center}} - fax {{FAX:507-555-0136}}.
RTC 2 wks ({{DATE:11/30}}).

{{NAME:Hannah Kleinschmidt}}, CNM`,

  // 14 Mennonite well-child
  `WELL CHILD CHECK - 4 YEARS
{{FACILITY:Marion County Family Practice}} - {{LOCATION:Hillsboro}}, KS
Patient: {{NAME:Dietrich Penner}}   DOB {{DATE:5/9/2020}}   MRN {{MRN:MCF-303917}}   Date {{DATE:5/13/2024}}
Accompanied by: mother {{NAME:Katharina (Katie) Penner}}; pt speaks Plautdietsch at home, English fair.
Home: {{ADDRESS:1622 Nighthawk Rd}}, {{LOCATION:Lehigh}} KS {{ZIP:67073}}

Interval hx: healthy. Family attends {{FACILITY:Prairie Rose Mennonite Brethren Church}}. Will attend preschool at {{FACILITY:Tabor Preschool Co-op}} this fall. Lives on dairy, helps w/ calves - discussed farm safety, no riding on skid loader or tractor fender.
Diet: whole milk from own cows (raw) -- counseled re Listeria/E coli/Campylobacter; mom states they will consider boiling.
Dev: ASQ-3 passed all domains. Draws person w/ 3 parts, hops on one foot.
Exam: Wt 16.8 kg (52%), Ht 104 cm (60%), BMI 15.5. BP 96/58. Vision 20/25 OU (Allen cards). Hearing pass. Teeth: caries #K, #L -> dental referral to {{FACILITY:Newton Smile Dental}} {{PHONE:316-555-0138}}.
Immunizations: mother declines MMRV + DTaP-IPV today, "wants to wait," VIS given, refusal form signed. Last vaccines {{DATE:June 2021}}.
Plan: RTC 1 yr; nurse call in 2 wks re vaccines. {{NAME:Lorena Wiens}}, MD`,

  // 15 ALL CAPS discharge summary
  `DISCHARGE SUMMARY

PATIENT NAME: {{NAME:KLEINSASSER, DAVID}}
MRN: {{MRN:0083-4471}}        ACCT: {{ACCOUNT:H0004412985}}
ADMIT DATE: {{DATE:02/20/2024}}        DISCHARGE DATE: {{DATE:02/24/2024}}
ATTENDING: {{NAME:MARIT SOLBERG}}, MD      PCP: {{NAME:GERHARD WALDNER}}, MD ({{FACILITY:HURON CLINIC}})
FACILITY: {{FACILITY:JAMES RIVER HEALTH}} - {{LOCATION:HURON}}, SD

DISCHARGE DIAGNOSES:
1. DIABETIC KETOACIDOSIS, NEW ONSET TYPE 1 DM
2. ACUTE KIDNEY INJURY, RESOLVED
3. HYPOKALEMIA

HOSPITAL COURSE: 34 YO M FROM {{FACILITY:SPRING VALLEY COLONY}} NEAR {{LOCATION:WESSINGTON SPRINGS}} PRESENTED WITH 2 WK POLYURIA, 15 LB WT LOSS. GLUCOSE 612, PH 7.08, AG 28, BETA-HYDROXYBUTYRATE 7.4. ADMITTED TO ICU, DKA PROTOCOL. GAD-65 AB POSITIVE. TRANSITIONED TO BASAL/BOLUS {{DATE:2/22}}. SEEN BY DIABETES EDUCATOR {{NAME:JOANN TSCHETTER}}, RN, CDCES. COLONY MINISTER AND WIFE {{NAME:SUSANNA}} PRESENT FOR TEACHING.

DISCHARGE MEDS: LANTUS 22 UNITS QHS, HUMALOG PER SCALE + 1:12 CARB RATIO, GLUCAGON 1 MG PRN.
DEXCOM G7 STARTED, SENSOR SN {{DEVICE:3MG7-48812K}}.
FOLLOW UP: ENDOCRINE DR. {{NAME:OKAFOR}} {{FACILITY:BIG SIOUX ENDOCRINOLOGY}} ON {{DATE:03/06/2024}} AT 1015. PCP 1 WK.

{{NAME:MS}}/{{NAME:TLH}}    D: {{DATE:02/24/2024}}   T: {{DATE:02/25/2024}}
CC: {{NAME:GERHARD WALDNER}}, MD`,

  // 16 lower case nursing shorthand, night shift
  `noc shift note {{DATE:3/8/24}} 1900-0700  -- med surg rm 4  {{FACILITY:little sioux rgnl}}
pt {{NAME:vogel, lorraine}} 78yo f adm {{DATE:3/6}} w/ chf exac. dr {{NAME:bremer}} on call.
1930 - a&ox4, lungs crackles bil bases, 2L nc sats 93%, +2 pitting edema bil le. lasix 40 iv given per mar. foley not ordered, using purewick.
2200 - uo 650 since 1900. k 3.4 this am -> kcl 20 meq po given. pt wants dtr {{NAME:shelly}} called in am re discharge plan - # in chart {{PHONE:712-555-0158}}.
0015 - c/o sob lying flat, hob up 45, sats 90% -> 3L, ok now. paged dr {{NAME:bremer}} pgr {{PHONE:2210}} - no new orders, cont monitor.
0300 - sleeping, rr 18. 
0540 - daily wt 81.4 kg (yest 82.6). am labs drawn, accession {{ID:C2403080112}}.
0640 - pt asking about going to {{FACILITY:heritage house}} in {{LOCATION:marcus}} for rehab vs home on farm ({{ADDRESS:4418 510th st}}). husband {{NAME:walt}} 84 "can't do stairs".
braden 16, morse 55 - bed alarm on, call light in reach.
-- {{NAME:k. sorensen}} rn`,

  // 17 ED note, anhydrous ammonia exposure, burn center transfer
  `EMERGENCY DEPARTMENT RECORD
{{FACILITY:Gage County Medical Center}}  -  {{LOCATION:Beatrice}}, Nebraska
{{NAME:Hruska, Milan J}}     {{MRN:GC-190552}}     DOB {{DATE:Jan 28 1971}}    seen {{DATE:04/21/2024 0712}}

CC: anhydrous ammonia exposure
HPI: 53 yo M was hooking up NH3 nurse tank at field off {{ADDRESS:SW 94th Rd & S 68th St}} near {{LOCATION:Wilber}} when hose coupler failed at approx 0630, vapor to face, chest, R arm. Coworker flushed with water from tank on applicator for ~10 min. Brought by {{FACILITY:Wilber Fire & Rescue}}. Employed by {{FACILITY:Blue River Ag Services}}.
Complains of eye burning, throat pain, hoarseness.
Exam: conj injected bilat, corneal haze OD, pH 9 OU initially -> 7.5 after 2 L Morgan lens irrig each eye. Stridor absent but voice hoarse, soot-free. Partial-thickness burns R forearm + neck, est 6% TBSA by Lund-Browder. Lungs: scattered wheeze.
Tx: Morgan lens irrigation, albuterol neb, 2 L LR, morphine 4 mg IV. Parkland calc given though <10%.
Fiberoptic laryngoscopy: mucosal edema supraglottis, airway patent.
Dispo: transfer to {{FACILITY:Salt Creek Regional Burn Unit}} {{LOCATION:Lincoln}}, accepted by Dr. {{NAME:Annika Rasmussen}} 0815; ophtho to see on arrival.
Wife {{NAME:Jarmila}} at {{PHONE:402-555-0184}}. Nebraska DHHS/ag-chem incident form completed.
{{NAME:C. Zelenka}}, PA-C / {{NAME:Richard Opitz}}, MD`,

  // 18 school nurse note
  `{{FACILITY:Little Sioux Valley Community School District}} - Health Office
Student: {{NAME:Abdullahi Ahmed Nur}}   Gr 7   DOB {{DATE:2/19/2011}}   Student ID {{ID:2011-44702}}
Bldg: {{FACILITY:Little Sioux Valley MS}}, {{LOCATION:Sioux Rapids}}
Date: {{DATE:10/31/23}}   Time in 1015 / out 1110

Reason: c/o dizzy, HA. States did not eat breakfast or lunch yesterday (no food at home per student, mom working at {{FACILITY:Lakeside Pork}} plant in {{LOCATION:Storm Lake}}). 
Assessment: alert, pale, BG 68 by meter, BP 100/60, HR 92. No fever 98.2.
Intervention: juice 4 oz + crackers, recheck BG 96 at 1040. Rested 30 min. Returned to class 1110.
Called mother {{NAME:Sahra Ali}} at {{PHONE:712-555-0199}} with Somali interpreter ({{NAME:Hawa Mohamed}}, district). Mom aware, will apply for free/reduced lunch; referred to {{FACILITY:Buena Vista County Food Pantry}} and {{FACILITY:NW Iowa Community Action}} for WIC/SNAP (siblings under 5).
Also noted: vision screen {{DATE:9/12/23}} failed R 20/50 - referral letter sent home, no response. Will resend w/ interpreter.
Plan: breakfast program enrollment; counselor Mr. {{NAME:Jensen}} informed.
{{NAME:Deb Kallsen}}, RN, school nurse  ext {{PHONE:1127}}`,

  // 19 behavioral health, farm stress
  `BEHAVIORAL HEALTH INTAKE ({{FACILITY:Plains Area Mental Health Center}} - {{LOCATION:Le Mars}} office)
Client: {{NAME:Roger L. Steffen}}   DOB {{DATE:10/12/1966}}   Chart {{MRN:PAMH-55102}}
Date of service {{DATE:01-16-2024}}   Clinician: {{NAME:Greta Haugland}}, LISW   CPT 90791
Referred by: Dr. {{NAME:Ostendorf}} ({{FACILITY:Floyd Valley Family Medicine}}) after PHQ-9 of 21.

Presenting problem: 57 yo married M, 4th generation grain/hog farmer in {{LOCATION:Elgin Township}}, {{LOCATION:Plymouth County}}. Lost contract w/ {{FACILITY:Heartland Pork Partners}} fall 2023, operating loan under review at {{FACILITY:Akron Farmers Savings Bank}}. Sleeping 3-4 hr, "no point," increased beer to 8-10/night. Brother died by suicide 2009.
Safety: passive SI daily, denies plan or intent today; guns in house (deer rifles, shotgun). Wife {{NAME:Bonnie}} agreed to hold keys to gun safe; safety plan signed. C-SSRS screen: moderate risk.
MSE: disheveled, psychomotor slowing, mood "done," affect constricted, no psychosis.
Dx: F32.2 MDD single severe w/o psychosis; F10.10 alcohol use d/o mild.
Plan: weekly therapy, psychiatry eval w/ {{NAME:Ali Farah}}, PMHNP {{DATE:1/23}}. Given Iowa Concern Hotline and 988. Wife cell {{PHONE:712-555-0121}} on ROI.
Next appt {{DATE:Tuesday 1/23/24}} 1:00 pm.`,

  // 20 nephrology referral letter, dialysis
  `{{FACILITY:Dakota Kidney Care}}
{{ADDRESS:1301 S Broadway, Suite 210}}  {{LOCATION:Minot}}, ND {{ZIP:58701}}
Phone {{PHONE:701-555-0150}}  Fax {{FAX:701-555-0151}}

{{DATE:August 5, 2024}}

{{NAME:Ingrid Boe}}, MD
{{FACILITY:Rugby Community Clinic}}
{{ADDRESS:PO Box 37}}, {{LOCATION:Rugby}} ND {{ZIP:58368}}

RE: {{NAME:Leonard Amundson}}   DOB {{DATE:03/03/1950}}

Dear Dr. {{NAME:Boe}},

Thank you for referring Mr. {{NAME:Amundson}}, a 74-year-old with CKD stage 5 from diabetic nephropathy. eGFR 9 on {{DATE:7/29/24}}, K 5.9, bicarb 17. He lives alone on his farm 22 miles N of {{LOCATION:Rugby}} and winter travel is a concern.

We discussed in-center HD at our {{LOCATION:Minot}} unit (MWF, 3 times weekly, ~110 miles round trip) vs home PD. He prefers PD. Dr. {{NAME:Sletten}} placed a PD catheter on {{DATE:8/1/2024}} at {{FACILITY:Souris Valley Medical Center}}; training to begin with nurse {{NAME:Kari Loken}} in 2 weeks. Fistula mapping deferred.

Cycler: Baxter Amia, serial {{DEVICE:AMA-2211904}}, to be delivered to {{ADDRESS:5840 County Road 3}} by {{FACILITY:Prairie Home Medical Supply}}.
Niece {{NAME:Solveig Amundson}} ({{PHONE:701-555-0166}}) will help with supplies.

Sincerely,
{{NAME:Erik Tollefson}}, MD, Nephrology
cc: chart {{MRN:DKC-008112}}`,

  // 21 peds ortho clinic, Hutterite child
  `PEDIATRIC ORTHOPAEDICS - CLINIC NOTE
{{FACILITY:Prairie Children's Specialty Clinic}}, {{LOCATION:Aberdeen}} SD
Date: {{DATE:07/09/2024}}       Provider: {{NAME:Dagny Ellingson}}, MD
Patient: {{NAME:Samuel Hofer}}    DOB: {{DATE:10/21/2013}}    MRN: {{MRN:PCS-60418}}
Accompanied by father {{NAME:Paul Hofer}} (colony farm boss) and colony nurse {{NAME:Rebecca Waldner}}.
Colony: {{FACILITY:Clearwater Bend Colony}}, {{ADDRESS:43215 156th St}}, {{LOCATION:Mitchell}}, SD {{ZIP:57301}} - colony office ph {{PHONE:605-555-0112}}

HPI: 10 yo M fell from hay wagon {{DATE:6/28}}, FOOSH R. Seen at {{FACILITY:Mitchell Urgent Care}}, long arm splint. Referred for distal radius physeal injury.
XR R wrist today (acc {{ID:PC-XR-77401}}): Salter-Harris II distal radius fx, 10 deg dorsal angulation, early callus. Ulnar styloid intact.
Exam: NVI, no tenderness anatomic snuffbox, skin intact.
Plan: acceptable alignment for age; SLC fiberglass cast today (blue, pt's choice). No wagon or horse work 6 wks; father asks re: milking cows with L hand only -> ok if cast kept dry. Recheck XR 3 wks {{DATE:7/30/24}}. Growth arrest risk discussed; XR at 6 mo.
Cast tech: {{NAME:Cody Gross}}, OTC.   CPT 25600, 29075.
Dictated, not read. {{NAME:DE}}/{{NAME:rk}}`,

  // 22 hospice admission, Czech elder
  `HOSPICE ADMISSION NURSING ASSESSMENT
{{FACILITY:Big Blue Valley Hospice}}   Office {{PHONE:402-555-0125}}  after hrs {{PHONE:402-555-0126}}
Pt: {{NAME:Vlasta Kucerova}}     DOB {{DATE:05/05/1932}}    Age {{AGE:92}}    Hospice ID {{MRN:BBVH-2024-118}}
Medicare Hospice Benefit, MBI {{HEALTH_PLAN:2QR7-TY9-MM44}}
Admit date {{DATE:June 3, 2024}}   Election of benefit signed by dtr/POA {{NAME:Jana Kucera Steiner}}
Location of care: pt's home, {{ADDRESS:218 W 4th St}}, {{LOCATION:Dorchester}} NE {{ZIP:68343}}
Attending: Dr. {{NAME:Lumir Svoboda}}   Hospice MD: Dr. {{NAME:Kristin Aalund}}

Terminal dx: metastatic pancreatic adenocarcinoma (C25.0), liver mets, dx {{DATE:3/2024}} at {{FACILITY:Saline Valley Medical Center}}.
PPS 40%. FAST n/a. Wt loss 18 lb in 2 mo.
Pain: 6/10 epigastric, radiates to back. Current oxycodone 5 mg q4h prn using 4-5/day.
Symptoms: nausea daily, constipation (last BM {{DATE:5/31}}), anorexia.
Spiritual: devout Catholic, parish {{FACILITY:St. Wenceslaus Parish}}, requests visit from Father {{NAME:Zdenek}}. Speaks Czech w/ family, English ok.
Plan: start long-acting morphine 15 mg q12h, senna-S 2 BID, Zofran ODT. Comfort kit delivered by {{FACILITY:Dorchester Drug}}. HHA 3x/wk.
Emergency contacts: {{NAME:Jana Steiner}} {{PHONE:402-555-0190}}; son {{NAME:Pavel Kucera}} ({{LOCATION:Omaha}}) {{PHONE:402-555-0191}}.
RN: {{NAME:Melissa Brabec}}, RN   {{DATE:6/3/24 1530}}`,

  // 23 pharmacy refill call
  `PHARMACY COMMUNICATION
{{FACILITY:FARMERS UNION CO-OP PHARMACY}} - {{LOCATION:Wishek}} ND   NCPDP 3512774   ph {{PHONE:701-555-0144}}  fx {{FAX:701-555-0145}}
To: {{FACILITY:Lehr Prairie Clinic}}, attn Dr. {{NAME:Friedrich Herr}}
Date sent: {{DATE:1/29/2024}} 10:12 AM

Patient: {{NAME:Emma Schlenker}}   DOB {{DATE:9/9/1945}}   Rx # {{ID:6604129}}
Address: {{ADDRESS:RR 1 Box 88}}, {{LOCATION:Lehr}} ND {{ZIP:58460}}

Request: REFILL / CLARIFICATION
warfarin 5 mg tab - take as directed - last filled {{DATE:12/28/2023}} qty 30, 0 refills remaining.
Pt reports last INR 3.6 at clinic {{DATE:1/22}} and was told "skip a dose then 2.5 Mon/Thu." Current sig on file doesn't match. Please send new sig.
Also: interaction alert - new Rx from {{FACILITY:Wishek Dental}} for metronidazole 500 mg TID x7d (Dr. {{NAME:Aaron Bauer}}, DEA {{LICENSE:BB4419026}}). Significant INR increase expected. Please advise or recheck INR.
Pt's son {{NAME:Reuben Schlenker}} picks up meds, cell {{PHONE:701-555-0186}}.

Pharmacist: {{NAME:Lisa Mehlhoff}}, RPh
[ ] Approve as requested  [ ] Change sig: ________  [ ] Deny
Prescriber signature ___________  NPI ________
-- faxed from {{FAX:7015550145}} pg 1/1 --`,

  // 24 home health visit
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Prairie Home Health of Kansas}}   Branch {{LOCATION:Garden City}}   {{PHONE:(620) 555-0102}} is office; pt-facing # {{PHONE:620-555-0103}}
Pt: {{NAME:Ybarra Chacach, Eulalia}}   DOB {{DATE:12/12/1958}}   Episode {{DATE:4/1/24-5/30/24}}   HH ID {{MRN:PHH-33018}}
Visit {{DATE:04/18/2024}}  time in 0905  out 1005   Visit #4 of 9
Address: {{ADDRESS:1906 N 8th St, Lot 41}}, {{LOCATION:Garden City}} KS {{ZIP:67846}}  (mobile home, ramp at back door)
Lang: Spanish/Q'eqchi'; grandson {{NAME:Wilmer Choc}} interprets (declined phone interpreter).

Homebound status: SOB w/ >20 ft, requires walker + assist of 1.
Skilled need: wound care L BKA stump, DM teaching, med mgmt.
Wound: L stump distal incision 2.1 x 0.4 x 0.2 cm, granular, scant serous, no odor. Cleansed NS, Aquacel Ag, dry dsg. Photo to chart per policy.
FSBG 212 fasting (pt ate pan dulce). Insulin glargine 28 u observed self-admin, technique ok.
Meds reviewed. Missing losartan - Rx at {{FACILITY:Main Street Drug}}? -> called, ready for pickup.
Fall risk: Morse 50; rugs removed.
Communication: updated Dr. {{NAME:Ramirez-Lindgren}} ({{FACILITY:Finney County Family Clinic}}) via fax {{FAX:620-555-0117}} re glucose. 
Next visit {{DATE:Mon 4/22}}.
{{NAME:Crystal Unruh}}, RN   e-signed {{DATE:4/18/24 1342}}`,

  // 25 pathology report
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Heartland Dermatopathology, LLC}}
{{ADDRESS:2240 Pioneer Pkwy, Bldg C}}, {{LOCATION:Sioux City}} IA {{ZIP:51106}}  CLIA 16D0887214

Accession: {{ID:HD24-018473}}            Case date: {{DATE:02/07/2024}}
Patient: {{NAME:Jorgensen, Harlan T}}     DOB: {{DATE:08/11/1949}}    Sex: M
Clinic MRN: {{MRN:OCFC-229011}}
Submitting: {{NAME:Britt Eckstrom}}, PA-C   {{FACILITY:Orange City Family Clinic}}
Copy to: {{NAME:R. Van Beek}}, MD
Collected: {{DATE:02/05/2024}}   Received: {{DATE:02/06/2024}}

SPECIMENS:
A. Skin, L temple, shave
B. Skin, R dorsal hand, punch

CLINICAL HX: 74 yo farmer, decades of sun exposure, prior BCC nose (2018, {{ID:HD18-004112}}).

DIAGNOSIS:
A. Skin, L temple: SQUAMOUS CELL CARCINOMA, WELL DIFFERENTIATED, INVASIVE, extending to deep margin. Depth 2.4 mm. No PNI.
B. Skin, R dorsal hand: ACTINIC KERATOSIS, hypertrophic. Margins clear.

COMMENT: Re-excision or Mohs of A recommended. Discussed w/ {{NAME:B. Eckstrom}} PA-C {{DATE:2/7/24}} 1450.

GROSS ({{NAME:tjv}}): A. 0.9 x 0.8 x 0.2 cm shave, inked black, bisected, AE 1 cassette. B. 4 mm punch, bisected, AE.

Electronically signed: {{NAME:Margit Ruhland}}, MD  {{DATE:02/07/2024 14:41}}`,

  // 26 EMS run sheet, cattle injury at feedlot
  `{{FACILITY:FORD COUNTY EMS}}  PCR #{{ID:2024-001873}}
DATE {{DATE:03/02/2024}}  CALL REC 0622  DISP 0623  ENRT 0624  ARR 0641  DEP 0702  ARR DEST 0720
SCENE: {{FACILITY:Arkalon Feeders}} feedlot, {{ADDRESS:11802 US-400}}, W of {{LOCATION:Dodge City}} KS - processing barn
PT: {{NAME:LOPEZ ORDONEZ, ELMER}}  M  DOB {{DATE:04/30/1990}}  (per coworker {{NAME:Wilson Caal}})
CREW: {{NAME:T. Reinert}} (P, #{{LICENSE:KS-P-10992}}), {{NAME:A. Mendez}} (EMT)

CC: crushed by steer against pipe gate.
Hx: pt working chute, steer pushed gate into L chest/flank. + SOB, L side pain 9/10. Speaks Spanish, some K'iche'.
Assess: GCS 15. Diminished BS L. Paradoxical motion L lat chest wall ~4 ribs. SpO2 88% RA. BP 102/64 HR 124 RR 30. Abd tender LUQ. Pelvis stable.
Tx: NRB 15 L, bulky dsg to flail segment, 2x 16g IV, NS 250 bolus, fentanyl 50 mcg x2. Needle decomp considered - not indicated, trachea midline.
Dest: {{FACILITY:Arkansas Valley Medical Center}} ED, trauma alert called 0655. Intercept w/ {{FACILITY:PrairieFlight}} declined d/t winds.
Foreman {{NAME:Shane Kuhlmann}} {{PHONE:620-555-0175}} to notify family. Pt wife {{NAME:Yesenia}} no phone on file.
Mileage 14.2. Signed {{NAME:T. Reinert}} {{DATE:3/2/24 0811}}`,

  // 27 patient portal messages
  `MyChart-style PORTAL MESSAGE THREAD  --  {{URL:https://portal.prairieridgehealth.org}}
Patient: {{NAME:Linnea Sandvik}}    MRN {{MRN:PR-0117522}}    DOB {{DATE:6/15/1984}}

From patient, {{DATE:Sun 09/08/2024 9:14 PM}}:
Hi Dr. {{NAME:Christensen}}, my husband {{NAME:Erik}} got bit by a bat in the hay loft last night ({{DATE:Sat 9/7}}) and we threw the bat away before we knew we should keep it. He's fine but I read about rabies?? Should he come in? Also can you send his records to my email {{EMAIL:linnea.sandvik84@prairiemail.net}}. We're at {{ADDRESS:31077 Hwy 71}}, {{LOCATION:Spencer}} if you need to mail anything. Thanks, {{NAME:Linnea}}

Reply from {{NAME:Molly Pederson}}, RN, {{DATE:09/09/2024 07:41}}:
Hi {{NAME:Linnea}} - yes, {{NAME:Erik}} needs to be seen TODAY for rabies post-exposure shots (immune globulin + vaccine days 0, 3, 7, 14). Please call {{PHONE:712-555-0111}} for a same-day slot or go to {{FACILITY:Spencer Regional ED}}. We cannot send records to personal email; {{NAME:Erik}} needs his own portal account or can sign a release. The county health dept ({{LOCATION:Clay Co}} Public Health, {{PHONE:712-555-0170}}) may also call you.

From patient, {{DATE:9/9/24 8:02 AM}}: ok we'll be there at 10.
Appt made {{DATE:9/9/24}} 1000 w/ {{NAME:S. Christensen}}, DO (pt {{NAME:Erik Sandvik}}, MRN {{MRN:PR-0117523}}).`,

  // 28 surgical consult, CAH
  `GENERAL SURGERY CONSULTATION (itinerant surgeon)
{{FACILITY:Sibley Community Hospital}}, {{LOCATION:Sibley}}                  {{DATE:Wednesday, May 15, 2024}}
Requested by: {{NAME:Nathan Koerselman}}, DO (ED)
Consultant: {{NAME:Olaf Brekke}}, MD, FACS  (covering from {{FACILITY:Sanborn Surgical Associates}}, pager {{PHONE:712-555-0107}})

PATIENT: {{NAME:Ahrendt, Willem}}   MRN {{MRN:OCH-0077234}}   DOB {{DATE:1/1/2008}}

Reason: RLQ pain.
HPI: 16 yo M, HS junior, works weekends at {{FACILITY:Ocheyedan Farmers Elevator}}. Periumbilical pain started yesterday AM migrating to RLQ, anorexia, emesis x2. T max 100.9.
Exam: McBurney's point tenderness, + Rovsing, + psoas. No peritonitis.
WBC 15.8 w/ left shift. CRP 48. UA neg.
US RLQ (acc {{ID:OCH-US-44102}}): noncompressible appendix 9 mm, periappendiceal fluid, no abscess.
Alvarado score 8.
IMP: acute appendicitis, uncomplicated.
PLAN: lap appendectomy this evening, OR 2. Pip-tazo given. NPO. Consent from mother {{NAME:Jolene Ahrendt}} (phone consent witnessed by RN {{NAME:Tara Zylstra}}, mother in {{LOCATION:Worthington}} - cell {{PHONE:507-555-0178}}). Father {{NAME:Hendrik}} en route.
Anticipate d/c home POD#1. No lifting > 10 lb x 2 wks - note for elevator and for {{FACILITY:Sibley Area High School}} PE.
{{NAME:OB}}/{{NAME:lks}}   D {{DATE:5/15/24}} 1610`,

  // 29 public health TB contact investigation
  `{{LOCATION:DAWSON COUNTY}} PUBLIC HEALTH -- TB CONTACT INVESTIGATION WORKSHEET
Index case: {{NAME:Mohamed Abdi Yusuf}}   DOB {{DATE:3/18/1989}}   State case # {{ID:NE-TB-24-0031}}
Dx {{DATE:02/02/2024}}: pulmonary TB, smear 3+, culture pos, pan-sensitive. Started RIPE {{DATE:2/3/24}} at {{FACILITY:Tri-County Plains Hospital}}.
Worksite: {{FACILITY:Platte Valley Packing}}, {{LOCATION:Lexington}} NE, fabrication line B, 2nd shift. HR contact: {{NAME:Diane Faltys}} {{PHONE:308-555-0133}}.
Residence: {{ADDRESS:1004 N Madison St, Apt 6}}, {{LOCATION:Lexington}} {{ZIP:68850}} (shares w/ 5 adults)

HOUSEHOLD CONTACTS
name                      dob          rel        IGRA        CXR       plan
{{NAME:Fartun Abdi}}      {{DATE:7/1/1992}}   wife       POS {{DATE:2/6}}     neg       LTBI 3HP
{{NAME:Hamdi Yusuf}}      {{DATE:4/20/2017}}  dau        NEG          n/a       window prophylaxis
{{NAME:Abdikarim Osman}}  {{DATE:1/1/1985}}   roommate   POS {{DATE:2/6}}     neg       LTBI 4R
{{NAME:Byron Sic Tum}}    {{DATE:9/9/1998}}   roommate   NEG          n/a       repeat 8 wk
Work contacts: 34 identified, 31 tested on-site {{DATE:2/12-2/13}}, 4 IGRA+ (list att).
Somali interpreter {{NAME:Ayaan Dahir}}; Spanish {{NAME:Luis Ajcalon}}.
DOT by {{NAME:K. Ostrander}}, RN daily M-F. Next CXR index {{DATE:4/1}}.`,

  // 30 discharge instructions with table
  `DISCHARGE INSTRUCTIONS - PATIENT COPY
{{FACILITY:Wahpeton Valley Hospital}}  -  {{ADDRESS:2001 River Rd N}}, {{LOCATION:Wahpeton}} ND {{ZIP:58075}}
Name: {{NAME:Gunnar Lee Rustad}}    Date: {{DATE:11/27/2023}}    Visit #: {{ACCOUNT:V00931852}}
You were seen by: Dr. {{NAME:Astrid Moe}}   Nurse: {{NAME:Jake Bjornson}}, RN

Diagnosis: CELLULITIS OF RIGHT LOWER LEG (started from barbed wire scratch)

Medicines:
  cephalexin 500 mg - 1 cap 4 times a day x 7 days (new)
  ibuprofen 600 mg every 6 hr with food as needed
  STOP: none

| Appointment        | With                    | When                       | Where                       |
| Wound check        | {{NAME:Dana Lunde}}, NP          | {{DATE:Thu 11/30/2023}} 9:15 AM    | {{FACILITY:Wahpeton Clinic}}, 2nd floor   |
| Labs (CBC)         | lab                     | same day                   | same                        |
| Primary care f/u   | Dr. {{NAME:Moe}}                 | {{DATE:12/11/2023}} 1:40 PM        | {{FACILITY:Breckenridge Clinic}}       |

Come back or call 911 if: red streaks, fever over 101, confusion.
We drew a line on your leg with marker at 1430 - if redness goes past it call {{PHONE:701-555-0147}}.
Your tetanus was updated today (Tdap).
Questions? Nurse line {{PHONE:701-555-0148}} 24/7 or email {{EMAIL:nurseline@wahpetonvalleyhosp.org}} (do not send urgent msgs).
I have received and understand these instructions. ____________ (patient)   witness ____________`,

  // 31 telephone triage, detasseling heat illness
  `AFTER HOURS NURSE LINE  -  {{FACILITY:Heartland Rural Health Network}} triage ctr
Call ID {{ID:NL-240716-0388}}   Rec'd {{DATE:07/16/2024 16:47}}   Callback # {{PHONE:(402) 555-0115}}
Caller: {{NAME:Renee Mikulecky}} (mother)    Pt: {{NAME:Brody Mikulecky}}, 14 y   DOB {{DATE:02/28/2010}}
PCP: {{FACILITY:Seward Family Medicine}} / Dr. {{NAME:Anton Bures}}
Pt location: in car at field entrance {{ADDRESS:Rd 400 & Rd N}}, {{LOCATION:Seward County}}

Sx: detasseling crew (hired thru {{FACILITY:Bluestem Seed}}), ~7 hr in 94 F heat index 104. Crew leader {{NAME:Macy Oltman}} called mom. Now HA, nausea, vomited x1, muscle cramps legs, sweating, "kinda dizzy." Answering questions normally. No fainting. Drank 2 bottles water all day.
Protocol: Heat Exposure (Peds). Disposition reached: See in ER/UC within 4 hrs -> upgraded to ED now because vomiting + unable to keep fluids?
Mom gave sips of Gatorade in car, kept down ~4 oz over 10 min.
Advice: AC on, cool wet cloths, sips. Go to {{FACILITY:Seward Plains Hospital}} ED now (10 min). Call 911 if confused, stops sweating, or fainting.
Caller agrees. Care advice per protocol read back.
Sent encounter to PCP inbox. Per note, mom's work # {{PHONE:402-555-0135}} ext {{PHONE:22}}.
RN: {{NAME:Natalie Jirovec}}, RN   {{DATE:7/16/24 1702}}`,

  // 32 swing-bed care conference / discharge
  `SWING BED INTERDISCIPLINARY CARE CONFERENCE
{{FACILITY:Sakakawea Valley Medical Center}}, {{LOCATION:Hazen}} ND      Conf date: {{DATE:10/10/2023}} 1400
Pt: {{NAME:Alma Hilde Schatz}}     DOB {{DATE:4/4/1936}}     MRN {{MRN:SVM-19930}}     Swing admit {{DATE:9/28/23}}
Present: Dr. {{NAME:Whitehorse}} (attending), {{NAME:N. Bauer}} RN (swing coord), {{NAME:Heidi Kautzmann}} PT, {{NAME:Ron Ternes}} OT, {{NAME:Paula Wanner}} SW, dtr {{NAME:Gloria Schatz Huber}} (phone, {{LOCATION:Bismarck}}), son {{NAME:Adam Schatz}} in person.

Course: admitted for rehab after L TKA infection washout at {{FACILITY:Missouri Slope Hospital}}, IV vanc via PICC through {{DATE:10/19}}. Progress: gait 150 ft RW supervision; stairs 4 w/ rail CGA. ADLs mod I except LB dressing min A.
Goals met 70%. Barriers: lives alone on farm 12 mi S of {{LOCATION:Beulah}}, 5 steps to enter, no shower chair.
Plan: anticipated d/c {{DATE:10/20/2023}} after last vanc dose, PICC pulled. Home health via {{FACILITY:Mercer County Home Care}}. DME: tub bench, raised toilet seat from {{FACILITY:Knife River Medical Equipment}}. Lifeline pendant ordered - acct {{ACCOUNT:LL-4471092}}.
Dtr to stay first week. Son {{NAME:Adam}} cell {{PHONE:701-555-0127}}.
Family in agreement.
Recorded by {{NAME:Paula Wanner}}, LSW`,

  // 33 ALL CAPS radiology, farmer's lung
  `{{FACILITY:KEARNEY VALLEY HOSPITAL}} RADIOLOGY
PATIENT: {{NAME:SORENSEN, HOLGER}}                MRN: {{MRN:KVH0339182}}
DOB: {{DATE:09/26/1958}}                           ACCESSION: {{ID:KV-CT-2304417}}
EXAM DATE: {{DATE:NOV 14 2023}}                        ORDERING: {{NAME:J. THIESSEN}}, MD
EXAM: CT CHEST HIGH RESOLUTION WITHOUT CONTRAST (CPT 71250)

HISTORY: 65 YO CATTLE FARMER, CHRONIC COUGH, DYSPNEA WORSE AFTER FEEDING MOLDY HAY. R/O HYPERSENSITIVITY PNEUMONITIS.
COMPARISON: CXR {{DATE:10/30/2023}}. CT CHEST {{DATE:05/2019}} AT {{FACILITY:CENTRAL NEBRASKA IMAGING}}.

FINDINGS:
DIFFUSE CENTRILOBULAR GROUND-GLASS NODULES, UPPER AND MID LUNG PREDOMINANT. MOSAIC ATTENUATION WITH AIR TRAPPING ON EXPIRATORY IMAGES. NO HONEYCOMBING. MILD TRACTION BRONCHIECTASIS RUL. MEDIASTINAL NODES UP TO 11 MM (4R). NO EFFUSION. 6 MM RLL NODULE UNCHANGED SINCE 2019 - BENIGN.

IMPRESSION:
1. FINDINGS MOST C/W SUBACUTE HYPERSENSITIVITY PNEUMONITIS (FARMER'S LUNG), NONFIBROTIC.
2. STABLE 6 MM RLL NODULE, NO FOLLOW-UP NEEDED.

DICTATED BY: {{NAME:LARS ENGEBRETSON}}, MD    {{DATE:11/14/2023 15:02}}
TRANSCRIBED: {{NAME:CMK}}   {{DATE:11/14/2023 15:30}}
RESULTS FAXED TO {{FAX:308-555-0143}} ({{FACILITY:BROKEN BOW CLINIC}})`,

  // 34 payer PA approval fax response
  `IOWA MEDICAID - IA HEALTH LINK   PRIOR AUTHORIZATION DETERMINATION
Fax to: {{FACILITY:Prairie Lakes Community Health Center}}   {{FAX:(712) 555-0153}}
Date: {{DATE:03/19/2024}}

Authorization #: {{ID:PA2403-119027}}
Member: {{NAME:THAO, KOU}}     Medicaid ID: {{HEALTH_PLAN:1188204C}}     DOB: {{DATE:12/21/1969}}
Prescriber: {{NAME:Sigrid Thompsen}}, CNP    NPI: {{LICENSE:1578830211}}
Drug: adalimumab-aaaz (Hyrimoz) 40 mg/0.4 mL pen   NDC 61314-0454-20
Dx: L40.50 psoriatic arthritis

DETERMINATION: APPROVED
Effective {{DATE:03/19/2024}} through {{DATE:03/18/2025}}. Qty 2 pens / 28 days.
Criteria met: trial/failure of methotrexate x 3 mo (documented {{DATE:Sept-Dec 2023}}), negative QuantiFERON {{DATE:2/26/24}}.

Notes: Specialty dispensing via {{FACILITY:Prairie Specialty Rx}} {{PHONE:1-866-555-0181}}. Pharmacy must reference auth # above.
Member notified by letter to address on file ({{ADDRESS:1215 Lake Ave, Apt 102}}, {{LOCATION:Storm Lake}} {{ZIP:50588}}).

Questions: Pharmacy PA unit 1-877-555-0197 (M-F 8-5). Reviewer: {{NAME:T. Meierhenry}}, PharmD
This notice is not a guarantee of payment.`,

  // 35 EMS run sheet, ATV rollover, lower case
  `{{FACILITY:tyler area ambulance}} pcr   run {{ID:24-112}}   {{DATE:06/29/24}}
loc: {{ADDRESS:2740 co rd 8}}, {{LOCATION:hope twp}}, {{LOCATION:lincoln co}} mn - pasture behind pole shed
pt: {{NAME:jacob lindahl}}  m  dob {{DATE:11/3/2009}}  (14)
crew: {{NAME:b. dahl}} emt / {{NAME:s. nelsen}} emt / {{NAME:j. stoltenberg}} drv

disp 1933 - atv rollover, juv pinned. ff from {{FACILITY:tyler fire}} on scene first, atv lifted off pt by dad ({{NAME:wade lindahl}}) prior to arrival.
pt supine in grass, c/o l shoulder + r lower ribs. +helmet (cracked). no loc per dad. no seatbelt/roll bar on 2017 polaris sportsman.
gcs 15. airway pat. bs = bil, sl dim r base? spo2 95 ra. abd: tender ruq, no rigidity. l clavicle deformity. pelvis stable. pmsx4.
vs 1948: 118/72  112  24  | 2001: 112/70  118  22
tx: spmr per protocol (pt met criteria - dist. injury + tender), o2 2L nc, 20g r hand, ns kvo. pain 8 -> 5 after fentanyl 1 mcg/kg in.
dest: {{FACILITY:tyler hlth ctr}}? no - per med control dr {{NAME:kjos}} -> direct to {{FACILITY:worthington rgnl}} for peds surg eval? -> ended up rendezvous w/ {{FACILITY:prairie lifeflight}} at {{FACILITY:lake benton elem}} lot 2034.
mom {{NAME:kari lindahl}} {{PHONE:507-555-0149}} notified, meeting at {{LOCATION:sioux falls}}.
-{{NAME:bd}}`,

  // 36 dictated operative note
  `OPERATIVE REPORT

PATIENT NAME: {{NAME:Gingerich, Ruth Ann}}
MR#: {{MRN:122-40-93}}
DATE OF OPERATION: {{DATE:08/08/2023}}
SURGEON: {{NAME:Conrad Stueve}}, MD
ASSISTANT: {{NAME:Maria Tziak}}, CST
ANESTHESIA: General endotracheal, {{NAME:P. Ehlers}}, CRNA; Miller 2 blade, grade I view.
FACILITY: {{FACILITY:Buchanan Valley Hospital}}, OR 1

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
POSTOPERATIVE DIAGNOSIS: Acute on chronic cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy (CPT 47562).

INDICATIONS: 38-year-old Amish mother of 9 from {{LOCATION:Hazleton}} with recurrent biliary colic. Self-pay; church aid fund ({{FACILITY:Buchanan County Amish Aid}}) guarantees payment. Discount arranged by business office, acct {{ACCOUNT:BVH-SP-66120}}.

DESCRIPTION: Patient placed supine. Hasson technique at umbilicus. Pneumoperitoneum 15 mmHg. Gallbladder distended, edematous, omental adhesions taken down. Critical view of safety obtained. Cystic duct and artery clipped x3 and divided. GB removed from bed with hook cautery, placed in Endobag, extracted via umbilicus. Hemostasis. EBL 20 mL. Fascia closed 0-Vicryl, skin 4-0 Monocryl.

Specimen to path (acc {{ID:BV-S23-1184}}).
Husband {{NAME:Menno Gingerich}} updated in waiting room; no phone, neighbor {{NAME:Ed Kress}} {{PHONE:319-555-0161}} for messages.

{{NAME:CS}}:{{NAME:jlb}}  D: {{DATE:08/08/2023 11:40}}  T: {{DATE:08/09/2023 08:15}}`,

  // 37 lab report, lead level child
  `STATE HYGIENIC LABORATORY - CLIENT REPORT   (IA)
Submitter: {{LOCATION:Crawford County}} Home Health & Public Health, {{LOCATION:Denison}}   Submitter acct {{ACCOUNT:SHL-C-04418}}
Accession: {{ID:24-PB-093372}}     Received: {{DATE:04/02/2024}}    Reported: {{DATE:04/04/2024}}

PATIENT: {{NAME:Choc Pop, Angelica}}
DOB: {{DATE:10/15/2022}}   Sex: F   Race/Eth: Hispanic (Guatemala)   Medicaid: {{HEALTH_PLAN:9012277K}}
Parent/guardian: {{NAME:Marcos Choc}}       Phone: {{PHONE:712-555-0104}}
Address: {{ADDRESS:809 N 14th St}}, {{LOCATION:Denison}} IA {{ZIP:51442}}

TEST: LEAD, BLOOD (CAPILLARY)       RESULT: 14.2 ug/dL      REF: <3.5 ug/dL (CDC BLRV)
Collection {{DATE:03/29/2024}} 10:20    specimen ID {{ID:HH-00718}}

INTERPRETATION: ELEVATED. Confirmatory venous specimen required within 1 month per Iowa CLPPP guidelines.
Comment: Previous capillary 9.8 ug/dL ({{DATE:11/2023}}, acc {{ID:23-PB-188114}}). Possible sources to assess: imported spices, cookware, glazed pottery (family reports clay pot from {{LOCATION:Coban}}), older housing.

Case referred to county lead nurse {{NAME:Jody Kasperbauer}}, RN. Environmental inspection request sent.
Lab director: {{NAME:P. Ravensburg}}, PhD   CLIA 16D0648109
Results transmitted electronically to {{FACILITY:Denison Family Medicine}} (Dr. {{NAME:Zahn}}).`,

  // 38 nursing home quarterly note
  `{{FACILITY:Good Shepherd Manor}} - LONG TERM CARE
QUARTERLY NURSING SUMMARY / MDS ARD {{DATE:12/05/2023}}
Resident: {{NAME:Bernice Vander Ploeg}}    Rm 118-A    Admit {{DATE:06/14/2019}}    DOB {{DATE:2/2/1931}}   ({{AGE:92}})
NH ID {{MRN:GSM-1402}}   Medicaid {{HEALTH_PLAN:4460917B}}
Physician: Dr. {{NAME:Hoekstra}} (visits q60d)   POA: nephew {{NAME:Kenneth Vermeer}}, {{LOCATION:Rock Valley}}, {{PHONE:712-555-0114}}

Cognition: BIMS 5 (was 7). Pleasantly confused, speaks Dutch phrases; enjoys hymn sing Sunday with volunteers from {{FACILITY:First Reformed Church}}.
Mood: PHQ-9 OV 4.
ADLs: ext assist x1 bed mobility, total dep bathing. Wheelchair.
Skin: stage 2 PI coccyx healed {{DATE:11/20}}. Braden 13. Low air loss mattress, turn q2h.
Falls: 1 this qtr ({{DATE:10/3}}, no injury). Bed low, floor mat.
Wt: 118 -> 113 lb (-4.2%) - dietitian {{NAME:A. Wynia}}, RD added Boost BID.
Continence: incontinent B&B. No Foley.
Meds: 9 scheduled. Seroquel GDR attempt per pharmacist consult ({{NAME:D. Mouw}}, RPh, {{DATE:11/15/23}}).
Hospice eval offered to POA, declined for now.
Care plan updated.
{{NAME:Lynn Kooiker}}, RN, MDS coordinator    {{DATE:12/6/23}}`,

  // 39 FQHC referral
  `REFERRAL / CONSULT REQUEST
FROM: {{FACILITY:Siouxland Plains Community Health}} (FQHC) {{LOCATION:South Sioux City}} NE  ph {{PHONE:402-555-0161}} fax {{FAX:402-555-0162}}
TO: {{FACILITY:Missouri River Gastroenterology}}, attn scheduling   fax {{FAX:712-555-0165}}
Referral #: {{ID:REF-88231}}   Date: {{DATE:2024-01-30}}   Priority: urgent (within 2 wks)

Patient: {{NAME:Tzul Ixcoy, Rosalinda}}      DOB: {{DATE:1983-08-02}}      MRN: {{MRN:SPCH-0040872}}
Language: Spanish; Mam preferred - needs interpreter (Mam not available by phone last visit; daughter {{NAME:Yulisa}} 16 yrs interpreted, not ideal).
Phone: {{PHONE:402-555-0170}} (text ok, WhatsApp)   Address: {{ADDRESS:2110 Dakota Ave, #3}}, {{LOCATION:South Sioux City}} {{ZIP:68776}}
Insurance: uninsured, sliding fee 20%. Employer {{FACILITY:Missouri Valley Beef}} (coverage after 90 days - starts {{DATE:3/1/24}}).

Reason: iron deficiency anemia Hgb 7.9, ferritin 3, + FIT ({{DATE:1/24/24}}). Heme-pos stool, wt loss 12 lb. H. pylori stool Ag positive. Requesting EGD/colonoscopy.
Current: ferrous sulfate 325 BID, omeprazole 20, started on PPI/amox/clarith ({{DATE:1/29}}).
Attached: labs, last 2 notes.
Referring: {{NAME:Nadia Espinoza}}, PA-C   NPI {{LICENSE:1902873367}}
Referral coordinator: {{NAME:Hana Krejci}}   {{EMAIL:hkrejci@siouxlandplainschc.org}}`,

  // 40 return-to-work letter, elevator dust explosion
  `{{FACILITY:Mid-Kansas Occupational Medicine}}
{{ADDRESS:3200 E 30th Ave}} | {{LOCATION:Hutchinson}}, KS {{ZIP:67502}} | {{PHONE:620-555-0120}}

{{DATE:September 23, 2024}}

{{FACILITY:Reno County Grain Cooperative}}
Attn: {{NAME:Marlene Dyck}}, HR / Safety
Via fax {{FAX:620-555-0128}}

RE: {{NAME:Tobias Friesen}}    Emp # {{ID:RCG-0318}}    DOI {{DATE:07/11/2024}}    Claim {{ACCOUNT:KS-WC-7741903}}

Ms. {{NAME:Dyck}},

Mr. {{NAME:Friesen}} was evaluated today for return to work following partial-thickness burns to face and both hands sustained in the dust ignition event at the {{LOCATION:Partridge}} terminal headhouse. He was treated at {{FACILITY:Wichita Regional Burn Center}} ({{DATE:7/11-7/24/2024}}) and completed hand therapy with {{NAME:Joel Schmidt}}, OTR/L.

Current status: grafted areas dorsal hands healed, full composite fist bilat, grip 78% of predicted R, 84% L. Heat and cold intolerance expected up to 1 year.

Work status as of {{DATE:9/30/2024}}: Return to full duty with the following for 60 days: gloves at all times, no work in headhouse/leg during fumigation, avoid direct sun >30 min w/o sunscreen. MMI anticipated {{DATE:Nov 2024}}.

Sincerely,
{{NAME:Helene Unruh-Koehn}}, DO, MPH
KS lic {{LICENSE:04-31877}}`,

  // 41 dictated discharge summary, Somali patient
  `DISCHARGE SUMMARY
{{FACILITY:Kandiyohi Lakes Medical Center}} - {{LOCATION:Willmar}}, Minnesota

Patient: {{NAME:Farah, Abdiwali Hassan}}      MRN: {{MRN:KLM00562231}}      Acct: {{ACCOUNT:5500918824}}
Admitted: {{DATE:5/2/2024}}     Discharged: {{DATE:5/6/2024}}
Attending: {{NAME:Solveig Brandvold}}, MD       Consultants: {{NAME:Emeka Obi}}, MD (ID)
PCP: {{FACILITY:Willmar Lakes Family Practice}}, Dr. {{NAME:Huseby}}

Reason for admission: fever, R knee swelling.

Hospital course: 41-year-old man who works at {{FACILITY:Kandi Valley Turkey}} turkey plant presented with 3 days of fever and R knee effusion. Arthrocentesis in ED: WBC 68,000, GS neg. Blood cx grew Brucella melitensis on day 3 (lab acc {{ID:KL24-BC-00931}}); he reported eating unpasteurized camel milk cheese brought by a relative from {{LOCATION:Hargeisa}} in April. Treated with doxycycline + gentamicin, then doxy + rifampin. MDH notified; lab staff exposure assessed (two techs, {{NAME:A. Sundquist}} and {{NAME:M. Olmscheid}}, started PEP).

Discharge meds: doxycycline 100 mg BID x 6 wk, rifampin 600 mg daily x 6 wk. Warned re orange urine and OCP interaction for wife.
Follow-up: ID clinic Dr. {{NAME:Obi}} {{DATE:5/20/24}} 2:30 pm; interpreter booked ({{NAME:Khadra Guled}}).
Contact: wife {{NAME:Sagal Ibrahim}} {{PHONE:320-555-0139}}; home {{ADDRESS:1401 Ella Ave NW, Apt 210}}, {{LOCATION:Willmar}} {{ZIP:56201}}.

{{NAME:SB}}/{{NAME:ks}}  D {{DATE:05/06/2024}}  T {{DATE:05/07/2024}}  Doc# {{ID:771920}}`,

  // 42 ED note lowercase, auger amputation
  `ed note  {{FACILITY:greensburg prairie hosp}}  {{LOCATION:greensburg}} ks
{{DATE:9/28/23}} 1410   pt {{NAME:dale r. eck}}  dob {{DATE:3/4/1977}}  mrn {{MRN:kcm20318}}
arr pov, wife driving ({{NAME:sharla}}) from farm {{ADDRESS:11270 nw 30th st}}

46 yo m rh dominant, r hand caught in grain auger at bin site ~1320 while clearing plug, pt states "i thought the pto was off." 
r index + middle fingers traumatic amputation at pip, ring finger partial at dip. amputated parts brought in cooler on ice (wrapped in wet t-shirt - rewrapped in saline gauze, bag, ice bath).
bleeding controlled w/ pressure. last tetanus ?? unknown. 
pmh: htn, smoker 1 ppd. meds lisinopril. nkda. ate lunch 1200.
vs 152/94 hr 108 spo2 98 pain 9/10
xr r hand (acc {{ID:KCM-XR-230928-04}}): amputation levels as above, comminution r middle p1 base.
tx: td, cefazolin 2 g, morphine 4 mg iv x2, digital blocks w/ 0.5% bupivacaine, bulky dsg.
d/w hand surgery dr {{NAME:w. ochsner}} at {{FACILITY:wichita hand ctr}} {{LOCATION:wichita}} - not replant candidate (crush/avulsion, multiple levels) but accept for i&d/revision. transfer by {{FACILITY:kiowa co ems}}, dep 1535.
wife cell {{PHONE:620-555-0112}}.
osha? - self employed, n/a. fsa crop ins agent {{NAME:rick palecek}} asked for note - declined to release w/o signed roi.
{{NAME:j. gleason}} do`,

  // 43 pacemaker interrogation report
  `DEVICE CLINIC - PACEMAKER INTERROGATION (remote)
{{FACILITY:Iowa Heartland Cardiology}}  Outreach to {{FACILITY:Boone River Clinic}}
Patient: {{NAME:Lindgren, Harold O.}}   DOB {{DATE:06/01/1933}}   Age {{AGE:90}}   MRN {{MRN:PHI-0401228}}
Transmission date: {{DATE:01/04/2024 02:11}}    Session ID {{ID:RT-88120447}}
Device: Medtronic Azure XT DR MRI  (W1DR01)    Serial {{DEVICE:RNB418827S}}    Implanted {{DATE:03/17/2020}} by Dr. {{NAME:Kowalczyk}}
RA lead 5076-52  SN {{DEVICE:PJN7712094}}   RV lead 5076-58  SN {{DEVICE:PJN7712160}}
Mode DDDR 60/130

Battery: 2.97 V, est longevity 7.5 yr.
RA: sensing 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 513 ohm
RV: sensing 11.2 mV, threshold 1.0 V @ 0.4 ms, impedance 608 ohm
Pacing: AP 62%, VP 4%
Events: 3 AHRE episodes, longest 6 h 14 min on {{DATE:12/29/2023}}, AF burden 1.2%. No VHR.

Impression: normal device function. New AF episodes >6 h - pt not on anticoagulation. CHA2DS2-VASc 4.
Plan: message sent to PCP {{NAME:Marianne Hjelm}}, ARNP re anticoag decision. Next remote {{DATE:04/04/2024}}. Annual in-clinic {{DATE:March 2024}}.
Monitor: MyCareLink SN {{DEVICE:MCL2459917}}, home phone {{PHONE:515-555-0179}} (landline, pt's son {{NAME:Dean}} assists).
Reviewed by {{NAME:T. Abernathy-Sieck}}, CDRN, CCDS`,

  // 44 telepsychiatry note, Hmong patient
  `TELEPSYCHIATRY PROGRESS NOTE (video)
Originating site: {{FACILITY:Pipestone Prairie Hospital}} BH room 3   Distant site: provider home office
Platform: {{URL:https://telehealth.northfieldsbh.org/room/pipestone3}}   Pt device IP {{IP:172.20.4.118}}
Date {{DATE:02/27/2024}}   start 1302 end 1331   CPT 99214 + 90833, modifier 95, POS 02

Pt: {{NAME:Yang, Chue}}     DOB {{DATE:11/11/1961}}    MRN {{MRN:PCM-00928471}}
Provider: {{NAME:Luke Hagedorn}}, MD (psychiatry)   Site RN: {{NAME:Amy Moua}}, RN who also interprets (Hmong, certified)

S: Follow-up PTSD / MDD. Pt reports nightmares about the war in Laos "2-3 times a week now, was every night." Sleep 5 hr. Appetite ok. Wife {{NAME:Youa Her}} says he is working in the garden again. Attends {{FACILITY:Hmong Alliance Church of Tracy}}. Shaman ceremony held last month, pt found it helpful.
Denies SI/HI. PHQ-9 11 (was 17), PCL-5 38 (was 52).
Meds: sertraline 150 mg, prazosin 3 mg qhs. No orthostasis.
MSE: calm, fair eye contact via video, mood "little better," affect reactive.
A/P: PTSD improving. Increase prazosin to 4 mg qhs. Cont sertraline. Continue therapy w/ {{NAME:Xee Lee}}, LICSW at {{FACILITY:Buffalo Ridge Counseling}}.
RTC 6 wks {{DATE:4/9/24}}. Son {{NAME:Fue Yang}} {{PHONE:507-555-0183}} for scheduling.
E-signed {{NAME:L. Hagedorn}} MD {{DATE:2/27/2024 13:40}}`,

  // 45 L&D note, precipitous delivery at CAH
  `L&D / OB DELIVERY NOTE  -  {{FACILITY:Crete Plains Hospital}} (CAH, no OB on call - FP coverage)
Mother: {{NAME:Yesenia Tum Xiloj}}    DOB {{DATE:08/21/2000}}    MRN {{MRN:CPH-771140}}    G2P1->P2
Arrived {{DATE:12/18/2023 0248}} by POV (husband {{NAME:Wilmer Sic}}), 9 cm/+2 on arrival.
Prenatal care: 3 visits at {{FACILITY:Clinica Comunitaria de Crete}}; records faxed from {{FAX:402-555-0108}} at 0310. GBS unknown. Rubella immune. O pos.

Delivery {{DATE:12/18/2023 0307}}: SVD, vertex ROA, nuchal cord x1 reduced. Female infant.
Apgars 7 and 9 at 1 and 5 min. Wt 3,120 g.
Placenta spontaneous 0315, intact, 3VC. 1st degree lac repaired 3-0 Vicryl rapide. EBL 350 mL. Pitocin 10 u IM.
Infant to mom skin to skin. Peds (Dr. {{NAME:Krupicka}} by phone) - GBS unknown <4 hrs intrapartum abx -> observe 48 h, CBC at 12 h.
Interpreter: K'iche' via phone, {{NAME:Pedro Yax}} ID {{ID:CLI-48813}}.
Employer (pt): {{FACILITY:Swift Creek Meats}}? -> pt corrects: {{FACILITY:Blue Valley Poultry}}, 1st shift.
Delivering: {{NAME:Jana Vopalensky}}, MD (FM)   RN: {{NAME:Beth Kotas}}, {{NAME:Lori Hurt}}`,

  // 46 newborn nursery note
  `NEWBORN H&P (nursery)
{{FACILITY:Crete Plains Hospital}}
Baby girl {{NAME:Sic Tum}}  ("Baby Girl {{NAME:Yesenia}}")   MRN {{MRN:CPH-771158}}   DOB {{DATE:12/18/2023}} 0307
Mother: {{NAME:Yesenia Tum Xiloj}}, 23 yo G2P2, blood type O+, HBsAg neg, HIV neg, RPR NR, GBS unknown.
Birth wt 3120 g (45%), length 49.5 cm, HC 34 cm. Apgar 7/9. Ballard 39 wk.

Exam: pink, active, AFOF. Red reflex + bilat. Palate intact. Lungs clear. No murmur, femoral pulses 2+. Abd soft, 3VC. Ortolani/Barlow neg. Spine: sacral dimple 3 mm, base visible. Mongolian spots sacrum/buttocks (documented for CPS reference, benign). Moro symmetric.
Plan: routine care, breastfeeding. GBS-unknown pathway: VS q4h x48h, CBC 1500. Hep B vaccine given 0700 (lot 7H2J8, exp 10/2025). Vit K, erythro.
NBS card #{{ID:NE24-0033817}} to be drawn at 24-48 h. Hearing screen pending. CCHD screen pending.
Birth certificate worksheet given; name pending ("{{NAME:Ixchel Sarai}}" per dad).
PCP after d/c: {{FACILITY:Clinica Comunitaria de Crete}}, 2-3 day wt check {{DATE:12/21}}.
{{NAME:R. Krupicka}}, MD   {{DATE:12/18/23 0915}}`,

  // 47 EMS run sheet, hypothermia ND blizzard
  `{{FACILITY:STUTSMAN COUNTY AMBULANCE}} - ePCR
INCIDENT #{{ID:ND24-0119-7}}   DATE {{DATE:01/19/2024}}   UNIT 3
INCIDENT ADDRESS: {{ADDRESS:I-94 EB MM 262}}, approx 4 mi E of {{LOCATION:Jamestown}} - stalled pickup in median
PATIENT: {{NAME:RIEDINGER, ANTON}}   DOB {{DATE:02/14/1951}}   SEX M
HOME ADDR: {{ADDRESS:410 5th Ave SE}}, {{LOCATION:Napoleon}} ND {{ZIP:58561}}
VEHICLE: 2006 Ford F-250, ND plate {{VEHICLE:412 BXK}}, VIN {{VEHICLE:1FTSW21P56EA40917}}

TIMES: 911 2231 | dispatch 2233 | enroute 2236 | scene 2314 (road closed, followed NDDOT plow) | pt contact 2316 | depart 2338 | arrive {{FACILITY:Jamestown Prairie Hospital}} 2357
NARRATIVE: pt found by ND Highway Patrol trooper in cab, engine off (out of fuel), windows frosted inside. Pt confused, slow speech, shivering stopped. Wind chill -38. Outside temp -19 F.
ASSESS: GCS 13 (E3V4M6). Skin pale, cold to touch. Core temp unable (no low-read thermometer), tympanic 30.9 C. HR 44 irregular, BP 92/58, RR 10, SpO2 unable to read. BG 142.
TX: handled gently horizontally, wet clothes cut off, warm blankets, heat packs axillae/groin, warmed NS 500 mL, cardiac monitor - A-fib slow, no VF. No CPR needed.
Wife {{NAME:Theresia Riedinger}} reached by trooper at {{PHONE:701-555-0153}}.
CREW: {{NAME:M. Schafer}} (paramedic, #{{LICENSE:ND-P-3318}}), {{NAME:J. Brossart}} EMT`,

  // 48 pharmacist med rec consult
  `CLINICAL PHARMACIST CONSULT - MEDICATION RECONCILIATION
{{FACILITY:Geneva Prairie Hospital}} / Transitional care
Pt: {{NAME:Wilhelmina (Minnie) Ehrlich}}   DOB {{DATE:7/7/1937}}   MRN {{MRN:FCH-551902}}   {{DATE:03/25/2024}}
Sources: pt, dtr-in-law {{NAME:Linda Ehrlich}}, pill bottles (2 bags), {{FACILITY:Geneva Rexall}} fill hx, {{FACILITY:Hebron Family Clinic}} list dated {{DATE:1/10/24}}.

MED                          SIG / ACTUAL USE                        ISSUE
furosemide 40 mg             daily - pt takes "when ankles swell"    nonadherence
metoprolol tartrate 50 mg    BID                                      ok
Eliquis 5 mg                 BID                                      dose: age 86, wt 56 kg, SCr 1.6 -> meets 2.5 mg criteria
meclizine 25 mg              TID prn dizzy, using daily               Beers list, fall risk
omeprazole 40 mg             daily since 2015                         deprescribe trial
Tylenol PM                   nightly                                  diphenhydramine - Beers
vitamin B12 1000 mcg         daily                                    ok
"water pill from Dr. {{NAME:Ochsner}}"  HCTZ 25 - duplicate diuretic? -> confirmed stopped {{DATE:Nov 2023}}

Recs: reduce apixaban to 2.5 mg BID; stop meclizine/Tylenol PM, melatonin 3 mg alt; taper omeprazole to 20; pillbox setup; furosemide daily w/ wt log.
Discussed with Dr. {{NAME:Kathryn Vavra}}, accepted.
{{NAME:Ben Schroeder}}, PharmD, BCPS   pager {{PHONE:338}}`,

  // 49 social work note, meatpacking worker
  `SOCIAL WORK NOTE
{{FACILITY:Dakota Plains Medical Center}} - {{LOCATION:Sioux Falls}}   4 West (Med/Surg) bed 14
Pt: {{NAME:Ajanel Chox, Fausto}}   DOB {{DATE:5/5/1985}}   MRN {{MRN:DPM-90188204}}   Date {{DATE:8/14/2024}}
Referral: RN {{NAME:Kelsey Odegaard}} - pt anxious re job loss, no insurance.

Pt admitted {{DATE:8/11}} w/ L hand infection (tenosynovitis) after cut at work ({{FACILITY:Big Sioux Pork}}, trim line). Interview with K'iche' interpreter ({{NAME:Marta Ixcoy}}, CyraCom ID {{ID:52097}}).
Pt reports supervisor told him not to report cut to nurse station. Has not filed first report of injury. Lives w/ 3 other men at {{ADDRESS:804 N Lowell Ave}}, {{LOCATION:Sioux Falls}} {{ZIP:57103}}. Sends money to wife {{NAME:Candelaria}} and 3 children in {{LOCATION:Totonicapan}}. Worried about immigration status; did not want to give SSN (pt says he has ITIN only).
Intervention: explained SD workers' comp applies regardless of status; provided {{FACILITY:Sioux Falls Immigrant Legal Aid}} contact and {{FACILITY:New Neighbors Center}}. Hospital charity care application started, fin counselor {{NAME:Jeremy Bakke}} ext {{PHONE:4-4180}}. Work note provided.
Pt consents to SW calling employer HR ({{NAME:Tammy Vinson}}, {{PHONE:605-555-0158}}) - left VM 1420.
Plan: f/u tomorrow; hand clinic f/u w/ Dr. {{NAME:Lars Holte}}.
{{NAME:Rebecca Lahr}}, LMSW`,

  // 50 wound clinic note
  `WOUND CARE CLINIC
{{FACILITY:Yankton Regional Wound & Hyperbaric}}  Rm 3
{{DATE:Tue Apr 30 2024}}
{{NAME:Dvorak, Emil F.}}   MRN {{MRN:YRW-04472}}   DOB {{DATE:12-01-1948}}   Ref by Dr. {{NAME:Kocher}} ({{FACILITY:Tabor Community Clinic}})

HPI: 75 yo M DM2 (A1c 8.7) w/ R plantar 1st MTH ulcer x 4 mo, started after new boots during calving season. Still doing chores on cattle operation {{ADDRESS:30488 440th Ave}}, {{LOCATION:Tabor}}. Wife {{NAME:Lucille}} does dressings.
Wound #1 R plantar 1st MTH: 1.8 x 1.5 x 0.4 cm (last wk 2.0 x 1.7 x 0.5). Wagner 2. Base 80% granular, 20% slough. Probe to bone NEG. Periwound callus.
ABI R 0.92, L 0.98. TcPO2 R foot 44 mmHg.
XR R foot {{DATE:4/16/24}} (acc {{ID:YRM-XR-40112}}): no osteomyelitis.
Procedure: selective sharp debridement (CPT 97597) to 3.3 cm2, curette, minimal bleeding.
Dressing: Aquacel Ag, foam, offloading TCC applied (CPT 29445). Pt tolerated.
Plan: TCC change 2x/wk - pt needs transport; {{FACILITY:Bon Homme Co Transit}} ride booked (conf {{ID:BHT-22918}}). Podiatry Dr. {{NAME:Bierschbach}}?? - no, refer to {{NAME:A. Lukkes}}, DPM for custom orthotics when healed.
Home phone {{PHONE:605-555-0106}}. RTC {{DATE:Fri 5/3}}.
{{NAME:Megan Kotalik}}, RN, CWS / {{NAME:P. Haines}}, MD`,

  // 51 FQHC dental note
  `DENTAL PROGRESS NOTE  -  {{FACILITY:Prairie Lakes Community Health Center}} Dental, {{LOCATION:Worthington}} site
DOS {{DATE:06/20/2024}}   Chair 4
Pt: {{NAME:Mohamed, Najma Abdullahi}}   DOB {{DATE:03/09/2016}}   Chart {{MRN:PLD-228817}}   MA # {{HEALTH_PLAN:01772943}}
Parent: father {{NAME:Abdullahi Mohamed Ali}} - Somali interpreter {{NAME:Sadia Roble}} (in person)
Dentist: {{NAME:Karin Lund}}, DDS     Asst: {{NAME:Jenny Vu}}, CDA
Referred from {{FACILITY:Prairie Elementary}} school sealant program (screened {{DATE:4/11/24}}).

CC: "her tooth hurts when eating."
Med hx: none. NKDA. No meds.
Exam: mixed dentition. Caries #S (MO, deep), #T (DO), #L (O), #19 pit. Abscess none. Gingiva mild plaque-induced gingivitis. Caries risk HIGH (juice in bottle until age 4, no fluoridated water - family drinks bottled).
Radiographs: 2 BWX, PA #S - radiolucency approaching pulp, no PARL.
Tx today: #S pulpotomy + SSC (D3220, D2930) under local 2% lido 1:100k, 1/2 carpule. #19 sealant (D1351). FV applied (D1206).
Pt tolerated well; cried briefly during injection. Father given OHI via interpreter - brush 2x/day with fluoride toothpaste, no juice at bedtime.
Next: #T, #L restorations {{DATE:7/11/24}} 0900. Reminder text to {{PHONE:507-555-0125}}.
{{NAME:K. Lund}} DDS`,

  // 52 optometry/eye note, corn leaf injury
  `{{FACILITY:Heartland Eye Care}} - {{LOCATION:Spirit Lake}}, IA      {{PHONE:712-555-0146}}
Urgent visit {{DATE:09/18/2023}} 8:20 am      Dr. {{NAME:Kirsten Aune}}, OD
Pt: {{NAME:Brian Gustafson}}   DOB {{DATE:5/30/1979}}   Pt # {{MRN:HEC-18440}}   Ins: VSP (vision) / Medica (medical) ID {{HEALTH_PLAN:MD7720114903}}

CC: OD pain, tearing, photophobia since yesterday pm, scratched by corn leaf while walking beans/scouting field near {{LOCATION:Milford}}.
VA sc: OD 20/60 PH 20/40 | OS 20/20
IOP (iCare): 14 / 15
SLE OD: 2+ injection, cornea - 3.5 x 2 mm paracentral epithelial defect, NaFl stain +, no infiltrate, AC deep & quiet. Lid eversion: no FB. OS wnl.
DFE deferred.
Assessment: corneal abrasion OD (S05.01XA), vegetative matter - fungal keratitis risk.
Plan: moxifloxacin 0.5% QID OD, Bandage CL (Acuvue Oasys 8.4/14.0) placed, no patching. Cyclopentolate 1% x1 in office. RTC 24 h ({{DATE:9/19}} 0800) - must return, higher risk for Fusarium.
Told no contact use OS? n/a - pt does not wear CL. Work note for {{FACILITY:Lakes Agronomy Services}} x2 days.
Pt's wife {{NAME:Jill}} drove. Cell {{PHONE:712-555-0147}}.
Billing acct {{ACCOUNT:HEC-A-009184}}`,

  // 53 ED note, manure pit H2S exposure
  `EMERGENCY DEPARTMENT NOTE
{{FACILITY:Hawarden Regional Hospital}}        Date of service: {{DATE:08/02/2023}}
Patient: {{NAME:Van Otterloo, Garret}}    Age: 31    MRN: {{MRN:HRH-104439}}
Co-patient: {{NAME:Van Otterloo, Pieter}} (father), transferred, see separate chart {{MRN:HRH-010288}}

HPI: Brought by {{FACILITY:Hawarden Ambulance}} from hog confinement barn at {{ADDRESS:3876 Eagle Ave}}, rural {{LOCATION:Chatsworth}}, where father was agitating manure pit (pumping to tank) and collapsed near the pit fan; pt entered to pull him out, became lightheaded, "rotten egg smell then nothing." Neighbor {{NAME:Ryan Te Grotenhuis}} with SCBA from {{FACILITY:Chatsworth Fire}} pulled both out.
Pt now: headache, eye irritation, nausea, cough. Brief LOC per neighbor (<1 min).
Exam: GCS 15, conj injected, lungs: few scattered rhonchi. SpO2 95% RA. Neuro nonfocal.
ABG: pH 7.36, lactate 2.6. COHb 1.9%. ECG: sinus 96.
Impression: hydrogen sulfide inhalation (T59.6X1A), mild; exclude delayed pulmonary edema.
Plan: obs 12 h, repeat CXR 6 h. Poison center case # {{ID:IAPC-23-081733}} (specialist {{NAME:Gwen}}).
Father intubated, transferred to {{FACILITY:Missouri Valley Medical Center}} ICU via {{FACILITY:Mercy Air}} 2.
Mother {{NAME:Henrietta Van Otterloo}} {{PHONE:712-555-0185}}.
{{NAME:Daniel Vos}}, MD   {{DATE:8/2/23 2215}}`,

  // 54 public health avian influenza monitoring
  `{{LOCATION:KANDIYOHI COUNTY}} PUBLIC HEALTH - HPAI H5N1 EXPOSED PERSON MONITORING LOG
Premises: {{FACILITY:Lindquist Turkey Farms}} barn 3, {{ADDRESS:6221 County Rd 5 NE}}, {{LOCATION:Kandiyohi}} (depop began {{DATE:04/08/2024}})
Monitoring period: {{DATE:4/8/24}} - {{DATE:4/18/24}}     Lead: {{NAME:Tessa Halvorsen}}, PHN   {{PHONE:320-555-0189}}
Oseltamivir PEP offered at {{FACILITY:Kandiyohi Lakes Medical Center}} clinic.

ID  Name                      DOB          Role          PPE ok  PEP    Sx?                 Contact
01  {{NAME:Nels Lindquist}}            {{DATE:06/11/1966}}   owner         Y       Y      none                {{PHONE:320-555-0190}}
02  {{NAME:Gabriel Cac Pop}}           {{DATE:02/27/1999}}   barn worker   N*      Y      conjunctivitis {{DATE:4/10}}   {{PHONE:320-555-0191}}
03  {{NAME:Abdirizak Farah}}           {{DATE:10/04/1990}}   depop crew    Y       N      none                {{PHONE:320-555-0192}}
04  {{NAME:Ole "Butch" Strand}}        {{DATE:01/19/1958}}   USDA contr.   Y       Y      none                {{PHONE:320-555-0193}}
*goggles not worn during loading, per worker.

#02: swab collected {{DATE:4/10/24}} 1530 (conj + NP), MDH specimen # {{ID:MDH-FLU-24-00412}}; result H5 POSITIVE {{DATE:4/12}}. Oseltamivir increased to treatment dose. Isolated at home {{ADDRESS:315 Becker Ave SW, #8}}, {{LOCATION:Willmar}}. Spanish/K'iche' interpreter {{NAME:Delia Pop}}.
CDC notified by MDH. No further household cases as of {{DATE:4/18}}.`,

  // 55 results letter to patient
  `{{FACILITY:Elk Point Family Medicine}}
{{ADDRESS:110 E Main St}} - {{LOCATION:Elk Point}}, South Dakota {{ZIP:57025}}
phone {{PHONE:605-555-0131}}

{{DATE:February 12, 2024}}

Mrs. {{NAME:Gladys Stene}}
{{ADDRESS:47012 301st St}}
{{LOCATION:Beresford}}, SD {{ZIP:57004}}

Dear Mrs. {{NAME:Stene}},

Your colonoscopy on {{DATE:January 30, 2024}} at {{FACILITY:Union County Outpatient Surgery}} with Dr. {{NAME:Paul Eidsness}} showed two small polyps that were removed. The pathology report (case {{ID:UCS-24-0188}}) came back as tubular adenoma, which is a pre-cancerous polyp that was completely removed. Nothing was cancer.

Because you are 73, and with these results, Dr. {{NAME:Eidsness}} and I recommend a repeat colonoscopy in 7 years, so around 2031. We will discuss at that time whether it is still right for you.

Your blood count (hemoglobin 12.9) was normal. You may stop the iron tablets; our nurse {{NAME:Megan Sorum}} will call you to confirm.

Please call our office with any questions. Your portal code is on the back of this letter.

Sincerely,

{{NAME:Joanne Kjellsen}}, MD
cc: {{NAME:Paul Eidsness}}, MD`,

  // 56 PT evaluation
  `PHYSICAL THERAPY INITIAL EVALUATION
{{FACILITY:Rural Rehab Partners}} @ {{FACILITY:Holstein Community Hospital}}    Date {{DATE:10/02/2023}}
Pt: {{NAME:Kuhlmann, Darrel}}   DOB {{DATE:02/07/1963}}   MRN {{MRN:HCH-44812}}   Referring: {{NAME:Anja Wessel}}, PA-C
Dx: M75.121 complete rotator cuff tear R, s/p arthroscopic RCR {{DATE:9/14/23}} by Dr. {{NAME:Timmerman}} ({{FACILITY:Siouxland Ortho}}).
Employer: {{FACILITY:Galva-Holstein Co-op Elevator}} - truck driver/grain dump, on leave.

S: Pain 4/10 at rest, 7/10 night. Sleeping in recliner. Wearing sling. Goal: "back to running the dump pit and haul for harvest."
O: Sling immobilizer, abduction pillow. PROM (supine, therapist-performed): flex 95, ER @ 20 abd 25, IR to belly. AROM deferred per protocol (week 3). Elbow/wrist/hand AROM WNL. QuickDASH 68.2.
A: Pt progressing per Protocol - large tear, slow progression. Limited by pain and guarded.
P: 2x/wk x 12 wk. Phase I: pendulums, PROM, scapular sets. No lifting. Sling until wk 6.
HEP issued (printed, large print). Pt drives 28 mi from {{LOCATION:Schaller}}; spouse {{NAME:Carla}} to drive until cleared.
Auth: Wellmark auth # {{ID:WM-PT-4481907}} for 24 visits.
{{NAME:Alyssa Bohlke}}, PT, DPT   lic {{LICENSE:IA-PT-07213}}`,

  // 57 exercise stress test report
  `EXERCISE TREADMILL STRESS TEST REPORT
{{FACILITY:Marshalltown Heart & Vascular}}
Patient: {{NAME:Petersen, Aage}}      MRN: {{MRN:MHV-771032}}     DOB: {{DATE:04/19/1957}}
Date: {{DATE:07/10/2024}}       Referring: {{NAME:R. Bachmann}}, MD       Accession: {{ID:STR-24-1109}}
Protocol: Bruce      Indication: exertional chest tightness while shoveling corn, FHx CAD (brother MI age 58).
Meds: metoprolol held 24 h.

Baseline: HR 72, BP 138/82. ECG NSR, no ST changes.
Exercise: 8:12 min, stage 3, 10.1 METs. Peak HR 148 (91% MPHR). Peak BP 188/90. Stopped for fatigue.
ECG: 1.5 mm horizontal ST depression II, III, aVF, V5-V6 at 7 min, resolved by 3 min recovery. No arrhythmia.
Symptoms: mild chest pressure at peak, resolved in recovery.
Duke treadmill score: 8.1 - 1.5x5 - 4x1 -> 0.6 (intermediate).

IMPRESSION: Positive ECG response for ischemia at high workload, intermediate-risk DTS.
Recommend coronary CTA or cath; d/w Dr. {{NAME:Bachmann}} by phone.
Supervising: {{NAME:Kjell Narum}}, MD    Exercise phys: {{NAME:Toby Kaldenberg}}, MS
Signed {{DATE:07/10/2024 11:22}}`,

  // 58 Amish CF clinic visit
  `PEDIATRIC PULMONARY / CF CENTER - OUTREACH CLINIC NOTE
{{FACILITY:Cedar Valley Children's Specialty}} outreach at {{FACILITY:Oelwein Area Clinic}}
Visit {{DATE:11/02/2023}}
Pt: {{NAME:Barbara Miller}}  ("{{NAME:Barbie}}")   DOB {{DATE:04/24/2015}}   MRN {{MRN:CVC-33012}}
Parents {{NAME:Mose}} & {{NAME:Fannie Miller}}, Old Order Amish, {{ADDRESS:RR 2 Box 14}}, {{LOCATION:Hazleton}} IA {{ZIP:50641}}.
Contact via phone shanty {{PHONE:319-555-0188}} (shared by 4 families) or letter. Driver: {{NAME:Doris Hackett}}.
Self-pay; {{FACILITY:Amish Hospital Aid}} assists. Vest therapy device donated (serial {{DEVICE:AV-2210874}}).

CF genotype F508del/F508del. 8 yo. Sibling {{NAME:Enos}} (CF, 4 yo) also seen today.
Interval: 2 exacerbations since last visit (dates per mom approx). Pseudomonas on last cx ({{DATE:8/17/23}}).
Meds: Trikafta (free drug program, approved {{DATE:2/2023}}), Creon 12 with meals, ADEK, hypertonic saline, Pulmozyme.
Exam: wt 24.1 kg (35%), up from 22.8. Clubbing mild. Lungs clear after ACT.
Spirometry FEV1 98% pred.
A/P: doing well on modulator. LFTs today. Sputum cx. Flu vaccine declined by parents.
RTC 3 mo {{DATE:2/1/24}}.
{{NAME:Rachel Eilers}}, MD / {{NAME:Shawna Bloom}}, RN, CF coordinator`,

  // 59 telephone message chain, lab callback
  `PHONE MESSAGE / LAB CALLBACK
{{FACILITY:Clarkson Family Clinic}}  (dept {{FACILITY:Oakland Community Health}})
Pt: {{NAME:Mestl, Zdenka}}   DOB {{DATE:12/24/1950}}   MRN {{MRN:OCH-2299410}}
Home {{PHONE:402-555-0192}}  Cell {{PHONE:402-555-0193}}

{{DATE:Mon 1/8/24}} 1015 - {{NAME:K. Kovar}}, CMA: Dr. {{NAME:Ptacek}} reviewed labs drawn {{DATE:1/5/24}} (acc {{ID:OCH-L-880173}}): TSH 0.08 (low), free T4 2.4 (high). Wants pt seen this wk, hold levothyroxine. Called home - no answer, LMTCB. Called cell - VM full.
{{DATE:1/8/24}} 1340 - {{NAME:K. Kovar}}: called again, spoke with husband {{NAME:Jaroslav}}, pt at hair appt in {{LOCATION:Schuyler}}. He will have her call.
{{DATE:1/8/24}} 1612 - pt returned call. Verified 2 identifiers. Informed thyroid too high. Pt states she has been taking 2 tabs (150 mcg) since before the holidays? because {{FACILITY:Schuyler Drug}} gave 75 mcg tabs instead of 150 -- no, pt confused, pills are 150. Advised hold x 1 wk, appt made {{DATE:1/11}} 1030 w/ Dr. {{NAME:Ptacek}}.
Pt asked results be mailed to dtr {{NAME:Lenka Mestl-Hansen}}, {{ADDRESS:9714 Q St}}, {{LOCATION:Omaha}} NE {{ZIP:68127}} - ROI on file dated {{DATE:3/3/2022}}. Mailed.
{{DATE:1/11/24}} - pt no-show. Called, pt says roads icy, rescheduled {{DATE:1/16}}.`,

  // 60 death pronouncement, nursing home
  `NURSING NOTE - DEATH / PRONOUNCEMENT
{{FACILITY:Sunset Prairie Care Center}}, {{LOCATION:Laurens}} IA     Rm 7
Resident: {{NAME:Oscar Lindberg}}    DOB {{DATE:1/23/1928}}   Age {{AGE:95}}    Res # {{MRN:SPC-0318}}
Hospice: {{FACILITY:Lakes Area Hospice}} (RN case mgr {{NAME:Jill Haakenson}})

{{DATE:07/05/2023}}
0215 - called to room by CNA {{NAME:Maria Velasquez}}; resident without respirations. No apical pulse x 1 full min, pupils fixed/dilated. DNR/comfort care verified (IPOST dated {{DATE:9/1/2022}}).
0221 - time of death per RN pronouncement per facility/hospice policy: {{DATE:0221 7/5/23}}. Pronounced by {{NAME:Kimberly Rasmusson}}, RN.
0225 - hospice on-call RN notified ({{PHONE:712-555-0132}}).
0230 - dtr {{NAME:Marjorie Lindberg Olson}} notified at {{PHONE:712-555-0196}}; family coming to sit. Call Rev. {{NAME:Steen}}? -> per dtr pastor {{NAME:Gary Steen}} of {{FACILITY:Bethel Lutheran}}, {{LOCATION:Laurens}}, to come.
0300 - Dr. {{NAME:Aalderks}} notified by VM; will sign death cert.
0410 - family at bedside. Post-mortem care. Wedding ring (gold band) given to dtr, signed inventory.
0545 - released to {{FACILITY:Kinnander-Gooch Funeral Home}}, {{LOCATION:Pocahontas}}, director {{NAME:Mike Gooch}}.
No autopsy. Not a coroner case (expected death).
{{NAME:K. Rasmusson}}, RN`,

  // 61 ALL CAPS dictated swing-bed admission H&P
  `SWING BED ADMISSION HISTORY AND PHYSICAL
{{FACILITY:SCHUYLER PRAIRIE HOSPITAL}}

NAME: {{NAME:BARTOS, JOSEF K}}          MR#: {{MRN:SMH-0032281}}
ADMITTED TO SWING: {{DATE:03/11/2024}}     ROOM: 9
TRANSFERRED FROM: {{FACILITY:LINCOLN CAPITOL MEDICAL CENTER}} (ACUTE STAY {{DATE:03/06/2024-03/11/2024}})
ATTENDING: {{NAME:IRENA HAJEK}}, MD

HPI: 81 YO M WITH ACUTE L MCA ISCHEMIC STROKE {{DATE:03/06/2024}}, S/P TNK AT OUTSIDE HOSPITAL, RESIDUAL R HEMIPARESIS (ARM 3/5, LEG 4-/5) AND MILD EXPRESSIVE APHASIA. NIHSS AT D/C 5. SWALLOW STUDY {{DATE:03/09}}: MECH SOFT, NECTAR THICK.
PMH: AF (NEW), HTN, HLD, OA KNEES, TURP 2016.
MEDS: APIXABAN 5 BID, ATORVASTATIN 80, METOPROLOL SUCC 50, TAMSULOSIN 0.4.
SOCIAL: WIDOWER, RETIRED FROM {{FACILITY:SCHUYLER CO-OP}} ELEVATOR 2005. LIVES ALONE {{ADDRESS:1402 B ST}}, {{LOCATION:SCHUYLER}}. SON {{NAME:TOMAS BARTOS}} ({{LOCATION:COLUMBUS}}) {{PHONE:402-555-0101}}, DTR {{NAME:MARIE BARTOS-KREJCI}} ({{LOCATION:DENVER}}).
EXAM: BP 136/78 HR 72 IRREG. ALERT, WORD-FINDING DIFFICULTY. R FACIAL DROOP. R PRONATOR DRIFT. BABINSKI NEG BILAT.
PLAN: SKILLED PT/OT/SLP DAILY. DYSPHAGIA DIET. FALL PRECAUTIONS. NEURO F/U DR. {{NAME:OYELARAN}} {{DATE:04/15/2024}}. ANTICIPATED LOS 14-20 DAYS.

{{NAME:IH}}/{{NAME:DLP}}   D {{DATE:03/11/2024 16:05}}   T {{DATE:03/12/2024 07:48}}`,

  // 62 ED note, aerial applicator crash
  `ED PROVIDER NOTE   {{FACILITY:Ainsworth Sandhills Hospital}}   {{LOCATION:Ainsworth}}, NE
{{DATE:07/23/2024 1152}}
Patient: {{NAME:Brandon Kolterman}}    DOB {{DATE:10/02/1988}}    MRN {{MRN:BCH-300871}}
Employer: {{FACILITY:Sandhills Aerial Spraying LLC}}   Supervisor {{NAME:Lyle Ahlers}} {{PHONE:402-555-0144}}

HPI: 35 yo M ag pilot, Air Tractor AT-502B (tail {{VEHICLE:N4417K}}) struck power line during fungicide application on corn ~1040, crash-landed in field near {{ADDRESS:Hwy 7 mile marker 142}} N of {{LOCATION:Ainsworth}}. Self-extricated. Wearing helmet + 5-pt harness. Load: pyraclostrobin/propiconazole (not organophosphate) - SDS brought by {{NAME:Lyle}}.
Complaints: back pain, L ankle pain, chemical on skin/clothes.
Decon: clothes bagged, showered in decon room by {{NAME:T. Marx}}, RN, 15 min.
Exam: GCS 15. No miosis, no fasciculations, no bradycardia. C-spine NEXUS neg. Midline tenderness T12-L1. L ankle swelling lat malleolus, Ottawa +.
CT T/L spine (acc {{ID:BCH-CT-11873}}): L1 compression fx ~20% anterior height loss, posterior elements intact. XR L ankle: Weber B distal fibula fx.
Plan: TLSO, posterior splint, ortho f/u at {{FACILITY:Valentine Orthopedic Clinic}} {{DATE:7/26}}. FAA/NTSB notified by employer. Pt wife {{NAME:Kendra}} {{PHONE:402-555-0145}}.
Tox: pt asymptomatic, poison center ({{ID:NPC-24-117302}}) agrees no antidote.
{{NAME:Sara Holz}}, PA-C / {{NAME:M. Ochsner}}, MD`,

  // 63 urgent care, chainsaw lac, lower case
  `urgent care - {{FACILITY:mountain lake clinic}} walk-in     {{DATE:10/21/23}} 1625
pt {{NAME:abram klassen}} 58 m  dob {{DATE:4/17/1965}}  mrn {{MRN:mlc-07719}}
home {{ADDRESS:32170 co hwy 1}}, {{LOCATION:mountain lake}} mn {{ZIP:56159}}   ph {{PHONE:507-555-0108}}
speaks low german + english. wife {{NAME:helena}} along.

cc: chainsaw kickback l thigh ~1530, cutting ash trees in shelterbelt. chaps not worn. 
hpi: bleeding controlled w/ towel + pressure. no numbness. ambulatory. tetanus 2019? -> pt unsure, card says 2016.
pe: l ant thigh 9 cm ragged lac, depth to fascia, fascia intact, no muscle involvement, sawdust + bark debris. distal nv intact, dp 2+.
proc: consent. 1% lido w/ epi 15 ml local. copious irrig 1 l ns, debrided devitalized edges, fb removed (bark). closure layered: 3-0 vicryl deep x4, 4-0 ethilon simple interrupted x12. 
tdap given (lot 9KR42, exp 03/2026).
dx: s71.112a laceration l thigh.  cpt 12034 + 11042?
rx: keflex 500 qid x5d d/t contamination. 
f/u: suture removal 10-12 d w/ dr. {{NAME:dick}}?? -> pt's pcp is {{NAME:jolene janzen}} np at {{FACILITY:windom prairie clinic}}. 
wife asks note for {{FACILITY:bethel mennonite church}} work crew - given.
-{{NAME:t. harder}}, pa-c`,

  // 64 dermatology note, orf from lambs
  `DERMATOLOGY CONSULT (outreach)   {{FACILITY:Dakota Dermatology}} at {{FACILITY:Ransom County Clinic}}
Date {{DATE:April 3, 2024}}    Provider: {{NAME:Ingeborg Halvorsen}}, MD
Patient: {{NAME:Wiebe, Cornelius J.}}   DOB {{DATE:08/08/1972}}   MRN {{MRN:LAH-55017}}
Referred by: {{NAME:Peter Zink}}, FNP

HPI: 51 yo sheep producer (ewe flock ~300, lambing started {{DATE:3/1}}) with 2 painful nodules R index + middle finger x 3 wk. Several lambs with scabby lips ("sore mouth") this spring. No fever. Has been bottle-feeding orphan lambs bare-handed.
Exam: R 2nd digit dorsal PIP: 1.4 cm targetoid nodule, red center, white halo, red periphery, weeping. R 3rd digit: 0.8 cm similar. No lymphangitic streaking. Epitrochlear node nontender.
Dx: ORF (ecthyma contagiosum), B08.02. Ddx milker's nodule, pyogenic granuloma, Mycobacterium marinum.
Plan: self-limited, resolve 6-8 wk. Moist dressing, avoid incision. Mupirocin if secondary infection. Nitrile gloves w/ lambs; orf vaccine for flock discuss with vet (Dr. {{NAME:Ruud}}? -> {{FACILITY:Sheyenne Valley Vet Clinic}}).
Photo taken for chart (no face).
Wife {{NAME:Agatha}} asks about kids - {{NAME:Jakob}} (12) and {{NAME:Eva}} (9) help with lambs; gloves advised.
RTC prn. cc {{NAME:P. Zink}} FNP, {{FACILITY:Enderlin Clinic}}, fax {{FAX:701-555-0119}}`,

  // 65 peds ED note, rattlesnake bite
  `PEDIATRIC ED NOTE  --  {{FACILITY:Smoky Hill Regional}}, {{LOCATION:Hays}} KS
Pt: {{NAME:Kaylee Rohleder}}    DOB {{DATE:06/30/2015}}    MRN {{MRN:SHR-9920184}}    arr {{DATE:6/14/24 1906}}
Parents {{NAME:Justin}} and {{NAME:Amber Rohleder}}, ranch {{ADDRESS:2277 Toulon Ave}}, {{LOCATION:Victoria}} KS. cell {{PHONE:785-555-0128}}

HPI: 8 yo F bitten L ankle by prairie rattlesnake ~1815 while checking cattle tank with dad. Dad killed snake (photo on phone - Crotalus viridis confirmed by Dr. {{NAME:Leiker}}). Ice applied by dad (advised against). Pain 8/10, swelling to mid-calf.
Exam: 2 fang marks L lat malleolus, edema to mid-calf, ecchymosis. Compartments soft. No bleeding gums.
Labs {{DATE:6/14 1930}}: PLT 142, fibrinogen 160, INR 1.3, CK 310.
Tx: CroFab 6 vials loading (lot 041229, exp 2025-11) at 1955, started slow then full rate, no reaction. Edge of swelling marked q30 min. Morphine 0.1 mg/kg.
Progression halted after 1st dose at 2130. Repeat fibrinogen 190. 
Poison center case # {{ID:KS-PCC-24-06191}}, toxicologist Dr. {{NAME:Kuhn}} recommends maintenance 2 vials q6h x3.
Admit peds floor, Dr. {{NAME:Bieker}} accepting. Elevate limb.
{{NAME:M. Dinkel}}, MD`,

  // 66 insurance appeal letter
  `{{FACILITY:Northern Plains Rheumatology}}
{{ADDRESS:2700 13th Ave S, Ste 400}}, {{LOCATION:Fargo}} ND {{ZIP:58103}} | Tel {{PHONE:701-555-0160}} | Fax {{FAX:701-555-0161}}

{{DATE:May 28, 2024}}

Blue Cross Blue Shield of North Dakota
Appeals Department
Fax 1-888-555-0110

RE: Level 1 Appeal - denial of tocilizumab SC
Patient: {{NAME:Kristoffer Stenehjem}}     DOB: {{DATE:11/19/1960}}
Member ID: {{HEALTH_PLAN:ZBN442019778}}   Group 44120   Claim/Ref #: {{ACCOUNT:CLM-24-0419982}}
Denial letter dated: {{DATE:05/14/2024}}

To Whom It May Concern:

I am writing to appeal the denial of Actemra (tocilizumab) 162 mg SC weekly for my patient, Mr. {{NAME:Stenehjem}}, a 63-year-old farmer from {{LOCATION:Hatton}} with giant cell arteritis diagnosed by temporal artery biopsy on {{DATE:01/22/2024}} (biopsy at {{FACILITY:Red River Valley Surgical Center}}, path {{ID:RRV-S24-0317}}).

He has had two flares (ESR 78 and 64) when prednisone was tapered below 15 mg, and has developed steroid-induced diabetes (A1c 8.2) and a vertebral compression fracture. Tocilizumab is FDA approved for GCA (GiACTA trial) and is guideline-recommended (ACR 2021).

Please reconsider. Records enclosed (14 pages).

Sincerely,
{{NAME:Hilde Brakke}}, MD    NPI {{LICENSE:1447306689}}`,

  // 67 transfer center log
  `TRANSFER CENTER CALL LOG     {{FACILITY:Big Sioux Regional Medical Center}}  Transfer line {{PHONE:712-555-0102}}
Case # {{ID:TC-24-08817}}     Date {{DATE:Saturday 8/31/2024}}

Time   Event
0142   Call from {{FACILITY:Onawa Valley Hospital}} ED, Dr. {{NAME:Keleher}}?? -> caller {{NAME:Jim Keleher}}, DO, cb {{PHONE:712-555-0155}}
       Pt {{NAME:Guadalupe Caal Choc}}, DOB {{DATE:05/12/1996}}, 28F, 31w pregnant, BP 178/112, HA, plt 88k. ? severe PE/HELLP.
       Mg started 0120, labetalol 20 IV x1.
0147   Paged OB on call Dr. {{NAME:Haugen-Ruiz}} pgr {{PHONE:5521}}
0151   OB accepts; NICU attending {{NAME:Corinne Aalbers}}, MD notified, accepts (bed 4).
0153   Bed assigned L&D 6. Nurse report # for sending RN: {{PHONE:712-555-0103}}.
0158   Transport: ground vs air - {{FACILITY:AirCare}} weather hold (fog). Ground by {{FACILITY:Onawa Ambulance}} w/ sending RN {{NAME:Kris Wilcox}}.
0233   Departed {{LOCATION:Onawa}}. ETA 0315.
0318   Arrived. Handoff complete.
Interp needed: Q'eqchi' (pt), husband {{NAME:Hermelindo Choc}} {{PHONE:712-555-0156}} speaks Spanish.
Payer: Iowa Medicaid (pending), Medicaid # {{HEALTH_PLAN:7734102P}}.
Logged by {{NAME:Stephanie Buss}}, RN, transfer coordinator`,

  // 68 mammography report, mobile unit
  `MAMMOGRAPHY REPORT
{{FACILITY:Prairie Mobile Mammography}} Coach 2 - site: {{FACILITY:Red Oak Community Hospital}} parking lot
Exam date: {{DATE:10/18/2023}}      Accession: {{ID:PMM-23-10488}}
Patient: {{NAME:Houghtelling, Darlene K}}     DOB: {{DATE:03/27/1964}}    MRN: {{MRN:ROC-117720}}
Referring: {{NAME:Cheryl Ahrens-Blum}}, ARNP, {{FACILITY:Villisca Family Clinic}}
Exam: SCREENING BILATERAL DIGITAL MAMMOGRAM WITH TOMOSYNTHESIS (77067, 77063)

History: Annual screening. Mother breast ca age 62. No symptoms. Tyrer-Cuzick lifetime risk 18.4%.
Comparison: {{DATE:10/04/2022}}, {{DATE:09/29/2021}} (same facility).
Breast composition: C - heterogeneously dense, which may obscure small masses.

Findings: In the left breast upper outer quadrant at 2 o'clock, 6 cm FN, there is a new 8 mm irregular mass seen on CC and MLO tomosynthesis slices. No calcifications. Right breast: no suspicious findings. Skin, nipples, axillae unremarkable.

IMPRESSION: BI-RADS 0 - INCOMPLETE. Left breast mass; recommend diagnostic mammogram and ultrasound.

Callback letter sent {{DATE:10/20/23}}; scheduled {{DATE:10/26/23}} at {{FACILITY:Council Bluffs Breast Center}}. Pt phone {{PHONE:712-555-0174}} confirmed.
Interpreted by: {{NAME:Anneke Huisman}}, MD   MQSA cert. on file.`,

  // 69 blood bank report
  `{{FACILITY:MERCY PLAINS HOSPITAL}} BLOOD BANK - TRANSFUSION SERVICE REPORT
Patient: {{NAME:ZELENKA, RUZENA}}   MRN {{MRN:MPH-0884412}}   DOB {{DATE:09/02/1943}}   Location: ICU bed 3
Specimen: {{ID:BB24-03318}}  collected {{DATE:02/26/2024 0420}} by {{NAME:JLT}}   armband # {{ID:BBID-X77130}}

ABO/Rh: A NEG     Antibody screen: POSITIVE   Antibody ID: anti-K (Kell)   DAT: neg
Hx: prior anti-K identified 2011? no record here; pt reports "rare blood" card from {{FACILITY:Elkhorn Valley Hospital Omaha}}.

Units crossmatched (AHG phase, K-antigen negative):
Unit #              Product         ABO/Rh   Exp         Status
{{ID:W0417 24 028817}}   RBC LR AS-3     A NEG    03/30/24    ISSUED {{DATE:2/26/24 0710}}
{{ID:W0417 24 028942}}   RBC LR AS-3     O NEG    04/02/24    ISSUED {{DATE:2/26/24 0915}}
{{ID:W0417 24 029005}}   RBC LR AS-3     A NEG    04/04/24    ON HOLD

Indication: Hgb 6.4, active GI bleed. Pre-transfusion VS documented.
Supplier: {{FACILITY:Midwest Community Blood}}, order # {{ID:MCB-558120}} (K-neg units shipped STAT).
Tech: {{NAME:D. Plachy}}, MLS(ASCP)   Medical Director: {{NAME:A. Sorensen-Ruiz}}, MD
Physician notified of antibody: Dr. {{NAME:Vojtech}} {{DATE:2/26/24 0505}}`,

  // 70 clinic visit, Low German, mixed case
  `CLINIC VISIT  {{FACILITY:Mountain Lake Medical Clinic}}
{{DATE:JAN 24 2024}}     {{NAME:Helena Dueck}}  DOB {{DATE:10/05/1951}}  MRN {{MRN:MLC-02288}}
PCP {{NAME:Jolene Janzen}}, NP    Visit type: HTN/DM f/u + med refill
Pt lives w/ son {{NAME:Peter Dueck}} on farm, {{ADDRESS:29560 520th St}}, {{LOCATION:Mountain Lake}}. Attends {{FACILITY:First Mennonite Church}}. Son interprets Plautdietsch when needed (pt declined professional interp).

S: BP at home 140s-150s. Checks BG "sometimes." Eating more baking (zwieback, pluma moos) over holidays. Knees ache. No CP, SOB.
Meds: amlodipine 10, losartan 50, metformin 500 BID, ASA 81, Tylenol arthritis prn.
O: BP 152/88, 148/86 repeat. P 78. Wt 184 (+6). A1c 7.6 (was 7.1). eGFR 71. UACR 42 (H).
Feet: monofilament intact, DP 2+.
A/P:
 1. HTN not at goal -> losartan 100 mg. BMP 2 wk.
 2. DM2 w/ microalbuminuria -> cont metformin; add empagliflozin 10 (coverage: Medicare D plan, pt has EXTRA HELP).
 3. OA knees -> PT at {{FACILITY:Cottonwood Rehab}}.
 4. Flu + Shingrix #2 given today. Shingrix lot 7YZ31 exp 06/2026.
Pt wants appts on Tuesdays only (son's day off from {{FACILITY:Bergen's Prairie Turkey}}).
RTC 3 mo {{DATE:4/23/24}}.
{{NAME:J. Janzen}}, NP   ({{NAME:jj}}/{{NAME:ak}})`,

  // 71 EMS run sheet, buggy vs car
  `{{FACILITY:KALONA AREA AMBULANCE}}     PCR {{ID:KAA-24-0309}}     {{DATE:09/14/2024}}
Location: {{ADDRESS:Hwy 1 & 540th St SW}}, {{LOCATION:Washington Co}} IA   (hillcrest, low visibility, dusk)
MCI level 1 - 3 pts. This PCR = pt #2.
Pt: {{NAME:Swartzentruber, Lovina}}   F   DOB {{DATE:01/06/1992}} (per husband)   Address: {{ADDRESS:2418 Hemlock Ave}}, {{LOCATION:Kalona}} IA {{ZIP:52247}}   no phone
Mechanism: horse-drawn buggy (SMV triangle + lanterns) rear-ended by SUV ~45 mph. Pt was passenger, ejected ~15 ft into ditch. Horse killed. SUV: 2019 Honda CR-V, IA plate {{VEHICLE:KLR 8821}}, driver ({{NAME:Tyler Brenneman}}) minor injuries, pt #3 - refused.
Pt #1 husband {{NAME:Daniel Swartzentruber}} - transported by {{FACILITY:Wellman Rescue}}.
Assessment 1912: GCS 14 (confused), c/o L hip/pelvis pain 10/10, 28 wk pregnant (G4). Abd: fundus at umbilicus+, tender. No vaginal bleeding seen. Pelvis unstable on gentle compression - stopped.
VS: 1914 96/58 128 24 SpO2 97% | 1925 90/54 134 26
Tx: pelvic binder (SAM), LLD tilt 15 deg on backboard, 2 large bore IV, NS 500, O2 NRB. TXA not given (pregnancy - per med control).
Med control: Dr. {{NAME:Bjornstad}} @ {{FACILITY:Iowa River Trauma Center}}, diverted there directly. {{FACILITY:AirCare}} cancelled (ETA longer than ground).
Bishop {{NAME:Eli Yoder}} on scene to notify family/church; children (3) with neighbor {{NAME:Ruth Gingerich}}.
Crew: {{NAME:A. Stutzman}} (P), {{NAME:C. Bontrager}} (EMT), {{NAME:M. Kern}}`,

  // 72 hospitalist progress note with copy-forward
  `HOSPITALIST PROGRESS NOTE  HD#4   {{DATE:12/04/2023}}
{{FACILITY:Spirit Lake Regional Hospital}} - 2 North rm 211
{{NAME:Ostrander, Gene P}}  79M  MRN {{MRN:SLR-600281}}  Admit {{DATE:11/30/2023}}  Attending {{NAME:Hanna Sjoberg}}, MD

S: No acute events overnight. Breathing better. Still coughing yellow sputum. Wants to go home to feed cattle - neighbor {{NAME:Rod Fiene}} doing chores.
*** copied from {{DATE:12/03/2023}} note ***
S: No acute events overnight. Breathing better. Ambulating w/ PT. Wants to go home.
*** end copy ***
O: T 37.1 HR 84 BP 128/70 RR 18 SpO2 92% 1L. Lungs: improved wheeze, R base crackles persist.
Labs: WBC 10.1 (14.8 on adm), Cr 1.1, glucose 188 (on pred).
Micro: sputum cx {{DATE:12/1}} - H. influenzae, beta-lactamase neg. Flu A/B neg, COVID neg (acc {{ID:SL-M-231201-77}}).
A/P:
1. AECOPD w/ CAP - day 5 ceftriaxone -> po amox-clav to complete 7d. Pred 40 day 5/5.
2. Steroid hyperglycemia - SSI, stop w/ pred.
3. Home O2 qualification - ambulatory sat 86% RA -> 2L. DME: {{FACILITY:Okoboji Home Medical}}, concentrator SN {{DEVICE:IC5-7730192}}.
4. Dispo: home tomorrow {{DATE:12/5}} if sat stable. PCP f/u Dr. {{NAME:Rask}} ({{FACILITY:Milford Family Medicine}}) 1 wk. Pulm rehab referral.
5. Pneumovax given {{DATE:12/2}} (lot W012447).
(assessment copied forward from {{DATE:12/03}} and updated)
{{NAME:H. Sjoberg}}, MD  {{DATE:12/4/23 1120}}`,

  // 73 refugee domestic medical exam
  `REFUGEE HEALTH ASSESSMENT - DOMESTIC MEDICAL SCREENING
{{FACILITY:Prairie Lakes Community Health Center}}, {{LOCATION:Worthington}}       Date {{DATE:08/27/2024}}
Pt: {{NAME:Hussein, Ubah Mahad}}     DOB {{DATE:01/01/2009}} (assigned)     A# {{ID:A217-004-391}}
Arrival date US: {{DATE:08/06/2024}}   Prior country: Kenya ({{LOCATION:Dadaab}} camp) -> resettled via {{FACILITY:Prairie Refugee Resettlement}} {{LOCATION:Sioux Falls}} -> secondary move to {{LOCATION:Worthington}}.
Case worker: {{NAME:Ahmed Warsame}}   {{PHONE:507-555-0132}}   {{EMAIL:awarsame@prr-sd.org}}
Interpreter: Somali, {{NAME:Hibo Farah}} (in person).
Guardian: mother {{NAME:Faadumo Ali Hassan}}. Household of 7 at {{ADDRESS:1118 Oxford St, Apt 4}}, {{LOCATION:Worthington}} {{ZIP:56187}}.

Overseas records (DS-3025): MMR x2, Td x1, OPV. Presumptive albendazole + praziquantel given overseas {{DATE:7/29/24}}.
Hx: FGC type reported by mother (not examined today, deferred w/ pt consent). Menarche at 13.
Exam: Wt 41 kg, Ht 155 cm, BMI 17.1. Dental caries multiple. Vision 20/40 OU.
Labs: CBC (Hgb 10.4, eos 9%), IGRA, HBsAg/anti-HBs/anti-HBc, HIV, syphilis, lead 4.1, strongyloides serology, stool O&P x1.
Vaccines today: Tdap, HPV #1, MenACWY, varicella #1, HepB #1.
School enrollment: {{FACILITY:Lake Okabena High School}} ELL program - sports physical form completed.
F/U {{DATE:9/10/24}} for results. Mental health screen RHS-15: 9 (neg).
{{NAME:Sigrid Thompsen}}, CNP`,

  // 74 sleep study / CPAP DME order
  `DME ORDER - CPAP  (fax to supplier)
TO: {{FACILITY:Northland Respiratory & Sleep Supply}}, {{LOCATION:Bemidji}} - fax {{FAX:218-555-0137}}
FROM: {{FACILITY:Thief River Sleep Center}}   ph {{PHONE:218-555-0138}}  fax {{FAX:218-555-0139}}
Order date {{DATE:06/03/2024}}     Order # {{ID:TRS-DME-60219}}

Patient: {{NAME:Aasen, Ronald G}}    DOB {{DATE:04/15/1970}}    Sex M
Address: {{ADDRESS:16788 320th Ave NE}}, {{LOCATION:Goodridge}} MN {{ZIP:56725}}   Ph {{PHONE:218-555-0140}}
Insurance: Medica, member {{HEALTH_PLAN:MCA004417221}}  (primary) / none secondary

Dx: G47.33 OSA. HST {{DATE:05/20/2024}} (study # {{ID:HST-24-0817}}): AHI 38.2, ODI 35, nadir SpO2 76%. BMI 36.
Order: Auto-CPAP (E0601) 6-16 cm H2O, heated humidifier (E0562), full face mask medium (ResMed AirFit F20 or equiv), supplies per schedule. Length of need: 99 mo (lifetime).
Compliance download at 31-90 d required by payer. Modem enabled.
Pt notes: farmer, early chores 0430; drowsy driving grain truck during harvest - counseled no driving if drowsy. Epworth 16.
Ordering physician: {{NAME:Kari Solberg-Lund}}, MD   NPI {{LICENSE:1285713390}}
Signature: ___ (e-signed {{DATE:6/3/24 14:02}})

--- supplier use ---
Device set up {{DATE:06/11/2024}}: AirSense 11 AutoSet SN {{DEVICE:23241908771}}, RT {{NAME:Cody Ness}}, RRT.`,

  // 75 records request fax cover
  `*** FAX COVER SHEET ***
{{FACILITY:Haugen, Ruud & Sievers Law Office}}
{{ADDRESS:225 S Main Ave, Suite 12}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57104}}
Phone {{PHONE:605-555-0167}}    Fax {{FAX:605-555-0168}}    {{EMAIL:records@hrslaw-sd.com}}

Date: {{DATE:3/14/2024}}      Pages: 5 (incl. cover)
To: Health Information Mgmt / Release of Information, {{FACILITY:Lake Herman Community Hospital}}
Fax: {{FAX:605-555-0172}}
From: {{NAME:Brooke Tschetter}}, paralegal   direct {{PHONE:605-555-0169}}

RE: Request for medical records - Our client: {{NAME:Marcus J. Hoiland}}, DOB {{DATE:7/22/1983}}
Date(s) of service: {{DATE:11/02/2023}} through present
Claim: motor vehicle accident {{DATE:11/02/2023}} at {{ADDRESS:SD Hwy 34 and 463rd Ave}}, {{LOCATION:Lake County}}. Defendant's insurer claim # {{ACCOUNT:8830-47-2291}}.

Enclosed: HIPAA-compliant authorization signed by client {{DATE:3/11/2024}}; copy of SD driver license ({{LICENSE:SD 01447282}}).

Please include: ED records, imaging reports and images (CD), itemized billing (acct {{ACCOUNT:LHC-0093318}}), and PT notes from {{FACILITY:Madison Sports & Spine}}.

CONFIDENTIALITY NOTICE: This facsimile contains privileged information intended only for the addressee.`,

  // 76 endoscopy report
  `ENDOSCOPY REPORT - EGD
{{FACILITY:Hoxie Plains Hospital}} Endo suite, {{LOCATION:Hoxie}} KS       {{DATE:02/19/2024}}
Patient: {{NAME:Ruiz Toc, Feliciano}}    MRN {{MRN:SCH-110347}}    DOB {{DATE:11/30/1979}}    Acct {{ACCOUNT:SC0019930}}
Endoscopist: {{NAME:Walter Kaufmann}}, MD (visiting surgeon from {{FACILITY:Colby Surgical Associates}})
Referring: {{NAME:Leah Brungardt}}, APRN
Anesthesia: MAC by {{NAME:R. Pfannenstiel}}, CRNA. Propofol 210 mg total.
Scope: Olympus GIF-HQ190, SN {{DEVICE:2814466}}
Indication: dysphagia to solids x 4 mo, wt loss 15 lb, IDA. Pt works at {{FACILITY:High Plains Dairy}}. Spanish interpreter {{NAME:Ana Zamora}}.

Findings:
- Esophagus: at 32 cm from incisors, circumferential friable mass with partial obstruction, scope passed with mild resistance. Biopsied x8. GEJ at 39 cm.
- Stomach: mild erythema antrum; bx for H. pylori (Sydney protocol).
- Duodenum: normal to D2.
EBL minimal. No complications.
Impression: esophageal mass, suspicious for malignancy.
Specimens to path, acc {{ID:SCH-P-24-0211}} and {{ID:SCH-P-24-0212}}.
Plan: CT chest/abd/pelvis; path f/u; referral to {{FACILITY:High Plains Cancer Center}} - pt prefers closer to family in {{LOCATION:Garden City}}. Discussed w/ pt and brother {{NAME:Efrain Ruiz}} ({{PHONE:785-555-0116}}).
{{NAME:W. Kaufmann}}, MD`,

  // 77 OB ultrasound report
  `OB ULTRASOUND REPORT - 2nd TRIMESTER ANATOMY
{{FACILITY:Yankton Maternal-Fetal Outreach}} @ {{FACILITY:Vermillion River Clinic}}
Pt: {{NAME:Hofer, Judith}}  DOB {{DATE:3/5/1997}}  MRN {{MRN:VMC-33980}}  Exam {{DATE:07/16/2024}}  Acc {{ID:VUS-24-0716-02}}
LMP {{DATE:2/26/24}}   EDD by LMP {{DATE:12/2/24}}   EDD by 8w US {{DATE:12/4/24}} (used)
G5 P4004.  Colony: {{FACILITY:Silver Lake Bend Colony}}, {{LOCATION:Olivet}} SD. Referred by {{NAME:Annalise Wollman}}, CNM.
Sonographer: {{NAME:Tina Brockmueller}}, RDMS

Single live IUP, cephalic. FHR 146 bpm.
Biometry: BPD 4.6 cm, HC 17.1, AC 15.0, FL 3.2 -> 19w6d, EFW 310 g (42%).
Placenta: posterior, no previa. AFI normal (DVP 5.1 cm). Cervix 3.8 cm TA.
Anatomy: complete survey. Head/brain, face (lip intact), spine, 4-chamber heart + outflows, stomach, kidneys, bladder, 3VC, extremities normal. Echogenic intracardiac focus L ventricle (isolated soft marker).
Impression: normal anatomy. Isolated EIF - with low-risk cfDNA ({{DATE:5/2/24}}), no further testing needed.
Interpreting physician: {{NAME:Ole Brekken}}, MD, MFM     {{DATE:7/16/24 15:40}}
Results to CNM via fax {{FAX:605-555-0176}}; pt prefers contact via colony office {{PHONE:605-555-0177}}.`,

  // 78 incident report, patient fall
  `PATIENT SAFETY EVENT REPORT (confidential, peer review protected)
Event # {{ID:PSE-2024-0193}}    Facility: {{FACILITY:Medicine Creek Health}} - {{LOCATION:Cambridge}} NE campus
Event date/time: {{DATE:04/09/2024 03:40}}    Reported {{DATE:04/09/2024 06:55}}
Location: Med/Surg rm 104, bathroom
Patient: {{NAME:Schnoor, Leona}}    MRN {{MRN:TVH-448210}}    DOB {{DATE:12/28/1934}}

Type: Fall, unassisted, from toilet. Harm level: minor (skin tear).
Description: pt put on call light at 0335 to use bathroom; CNA {{NAME:Ashley Kalkowski}} assisted to toilet, stepped out to answer bed alarm rm 106 ({{NAME:H. Frerichs}}). Pt attempted to stand alone, slid to floor. Found 0340 sitting, 4 cm skin tear L forearm. No head strike per pt. Neuro checks q1h x4 WNL.
Morse 65 on admission; on Ambien 5 mg given 2200 (first dose).
Notified: Dr. {{NAME:Pekarek}} 0410 (no new orders except hold Ambien); son {{NAME:Dennis Schnoor}} 0700 {{PHONE:308-555-0121}}.
Contributing: staffing 2 RN/1 CNA for 14 pts; sedative-hypnotic; toileting.
Actions: bathroom sitter policy reinforced; Ambien removed from order set for >75 yo; unit huddle {{DATE:4/10}}.
Reporter: {{NAME:Gina Ackerman}}, RN, charge.   Manager review: {{NAME:L. Hinrichs}}, CNO {{DATE:4/11/24}}.`,

  // 79 ED note, horse kick at county fair
  `ED Note  -  {{FACILITY:Clay Center Community Hospital}}, {{LOCATION:Clay Center}} KS
DOS {{DATE:07/27/2024}}  time 1433
Pt {{NAME:Madison Riffel}}   DOB {{DATE:4/11/2009}}   MRN {{MRN:CCC-0229841}}

HPI: 15 yo F 4-H member showing horses at {{FACILITY:Clay County Fairgrounds}} (west barn), kicked in face by her own quarter horse mare ~1400 while picking hoof. +brief LOC per 4-H leader ({{NAME:Sherry Budden}}). Nosebleed, L cheek pain, "teeth don't fit." Helmet not worn (was not riding).
Exam: GCS 15. L periorbital swelling, step-off L infraorbital rim, numbness L cheek/upper lip (V2), malocclusion. EOMI, no diplopia, no entrapment. Septal hematoma neg. Tooth #9 mobile.
CT face/head (acc {{ID:CCC-CT-072724-3}}): L ZMC fracture, nondisplaced orbital floor fx, no ICH.
Tx: ice, Zofran, Tylenol, Afrin, sinus precautions, Augmentin.
Dispo: OMFS Dr. {{NAME:Nuss}} at {{FACILITY:Salina Regional Facial Surgery}} f/u 3-5 days, call {{PHONE:785-555-0142}}. Dentist for #9.
Parents {{NAME:Shane}} & {{NAME:Kristi Riffel}} at bedside, ph {{PHONE:785-555-0143}}. Concussion handout, no sports/4-H activities until cleared.
{{NAME:Travis Mueller}}, PA-C`,

  // 80 Medicare annual wellness visit, 90+ bachelor farmer
  `MEDICARE ANNUAL WELLNESS VISIT (subsequent, G0439)
{{FACILITY:NORTHWOOD PRAIRIE CLINIC}}     {{DATE:03-05-2024}}
Pt: {{NAME:Tollefsrud, Sigurd}}   DOB {{DATE:11/28/1931}}   age {{AGE:92}}   MRN {{MRN:NPC-000418}}   MBI {{HEALTH_PLAN:7HX2-PL4-QW19}}
Lives alone on home farm ({{ADDRESS:2851 115th Ave NE}}, {{LOCATION:Northwood}} ND {{ZIP:58267}}), never married, rents land to nephew {{NAME:Gary Tollefsrud}}.

Health risk assessment: independent ADLs; IADLs - nephew's wife {{NAME:Sharon}} does groceries, pt still drives to town (2015 Buick, ND plate {{VEHICLE:44-LRP}}) daylight only.
Falls: 1 in past yr (slipped on ice by grain bin, no injury). TUG 14 sec.
Cognition: Mini-Cog 4/5. Hearing: aids. Vision: cataract OS, ophtho Dr. {{NAME:Lindemann}} ({{FACILITY:Grand Forks Eye Associates}}).
Depression: PHQ-2 = 0.
Advance care planning: has POLST (DNR, limited interventions) dated {{DATE:6/2022}}; HCPOA = nephew {{NAME:Gary}} {{PHONE:701-555-0114}}.
Firearms: yes, locked. Smoke detector: yes, battery changed.
Immunizations: Flu {{DATE:10/2023}}, COVID {{DATE:10/2023}}, Prevnar 20 today, Shingrix declined, Td 2017.
Screening: no further colon/AAA screening at age {{AGE:92}} - pt agrees.
Personalized plan: strength/balance exercises (handout), home safety (grab bars), Lifeline offered (declined - "got the dog").
RTC 6 mo chronic care. {{NAME:Brita Olsgaard}}, MD`,
];

export const HELDOUT_REALISTIC_25_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout25-${i + 1}`, n));
