// A hundred-and-twentieth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is neonatal and pediatric inpatient care: NICU admission H&Ps and
// daily progress notes, NICU family meeting notes, newborn transport logs, milk bank and donor milk
// logs, car-seat tolerance tests, hearing screens, newborn screening callbacks, pediatric ward notes
// (bronchiolitis, DKA, appendicitis), PICU I-PASS handoffs, child life notes, school-hospital liaison
// letters, discharge teaching with home addresses and pharmacies, foster-care placements and CPS
// safety plans naming caseworkers and foster parents, pediatric sedation notes, and infusion and
// chemotherapy day-hospital notes, written as terse progress notes, secure chats, pager and phone
// logs, forms, tables, letters, all-caps machine exports and lower-case nursing shorthand.
// Names come as newborn labels with the surname (Baby Boy Castellanos, BG Okafor, Twin A/Twin B
// Nguyen, SMITH, BABY BOY), parents, grandparents, great-grandparents, foster parents, caseworkers,
// CASA volunteers, teachers, nurses, NNPs, residents and attendings, in full, surname first, all
// caps, initials, typist and signer initials, first names alone, nicknames in quotes, hyphenated and
// non-English names (Abernathy-Osei, Nguyen Thi Lan, Oyelaran, Szczepanski, Al-Harbi, Tupou).
// Places are hospitals, NICUs and wards named after people (Whitlock NICU, Pryor 6), transport
// referring hospitals, schools and school districts, pharmacies, shelters and milk banks, loosely
// written street addresses with units, towns, cities abroad and ZIP codes. Dates are written as
// 02/11/2025, 2/11/25, 11-Feb-2025, Feb 11 2025, 2025-02-11, 17JAN25, 03222025, 2/11 and feb 14,
// with times of birth attached to full dates, and ages over 89 belong to great-grandparents.
// Identifiers include MRNs, hospital and billing accounts, Medicaid and plan member numbers, SSNs,
// NPIs, DEA and foster-home licences, plates and VINs, monitor, pump, isolette, hearing-screener
// and home apnea-monitor serials, CPS, transport-run, newborn-screen specimen and accession numbers,
// donor ids, family webcam URLs and IPs, palm-vein and fingerprint templates and face-photo files.
// Look-alikes that are NOT PHI: Apgar scores (4/7/8), gestational and corrected ages (31+4 wk,
// CGA 36+1), day of life and POD#, weights in grams and percentiles, Ballard and Finnegan scores,
// bilirubin values and Bhutani zones, CPAP, HFOV and NIPPV settings, drug names and mg/kg doses,
// ages of 89 and under, years alone, clock times alone, bed, pod, room and isolette numbers, milk
// lot and pool numbers, drug lot numbers, C2D8, and eponyms and scores (Moro, Ortolani, Barlow,
// Broviac, McBurney, Rovsing, Alvarado, Westley, PRAM, Sarnat, Aldrete, Holder pasteurization, Kawasaki).
// Annotation follows the README guideline and the conventions stated in set 72's header: titles,
// kin terms and newborn labels (Baby Boy, Twin A, BG) stay outside NAME spans; a patient's pharmacy,
// school, milk bank and shelter are FACILITY; Medicaid numbers are HEALTH_PLAN; CPS case, court
// cause, transport run, specimen, accession and order numbers and milk-bank donor ids are ID;
// foster-home licences, NPIs and DEA numbers are LICENSE; state agencies are not PHI; kin terms and
// honorifics in other languages (Bà, Bé, Doña, Abuelita, Babushka, Mama, Nana, Chief, Pastor) stay
// outside NAME spans; a month with its year (September 2024, 03/2024) is a DATE; a surname-first
// name with its given names (PATEL, ARJUN) is one span.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-25 final engine
// (72034ea) 0.9720 / 0.9493; pass-26 engine (whose rules were made from sets 115-118 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `NICU ADMISSION H&P
Pt: Baby Boy {{NAME:Castellanos}}    MRN {{MRN:7720315}}    HAR {{ACCOUNT:H40019927731}}
DOB/TOB: {{DATE:02/11/2025 03:42}}   BW 1640 g (18th %ile)   GA 31+4 wk by 9 wk US, Ballard 32 wk
Admitted to {{FACILITY:Whitlock NICU}} pod B bed 14 from L&D, {{FACILITY:Merriwether Regional Medical Center}}.
Maternal: {{NAME:Yesenia Castellanos}}, 27 yo G2P1, O pos, RPR NR, GBS unk, ROM 19 h, Tmax 38.3. Betamethasone x1 on {{DATE:2/10}} at 2215, MgSO4 started for neuroprotection.
FOB {{NAME:Rafael}} "{{NAME:Rafa}}" {{NAME:Castellanos}} at bedside, consented for all.
Delivery: floppy, apneic, PPV x 45 s then CPAP +6 FiO2 0.35. Apgars 4 and 7. Temp on arrival 36.2 ax.
A/P:
1. RDS - Curosurf 200 mg/kg via LISA, wean FiO2, goal sats 90-95
2. r/o sepsis - amp 100 mg/kg q12h + gent 5 mg/kg q48h, BCx sent (acc {{ID:BC25-004418}})
3. AOP ppx - caffeine citrate 20 mg/kg load then 5 mg/kg daily
4. FEN - D10W at 80 mL/kg/d, UVC at 8 cm, mom plans to pump, donor milk consent signed
Family contact: mom cell {{PHONE:(509) 555-0187}}; home {{ADDRESS:2214 N Lidgerwood St, Apt 6}}, {{LOCATION:Spokane}} WA {{ZIP:99207}}. Medicaid {{HEALTH_PLAN:108877342WA}}.
Attending {{NAME:H. Abernathy-Osei}}, MD / NNP {{NAME:Tamsin Greaves}}`,
  `nicu progress dol 6 / cga 32+3
bb {{NAME:castellanos}} 1610g (down 1.8% from bw)
resp: cpap +5 21-25%, no a/b/d overnight, caffeine cont
cv: murmur gone, echo {{DATE:feb 14}} small PFO L->R, no PDA
fen: ebm/dhm 120 ml/kg/d fortified to 24 kcal, tolerating, +stool. TPN off today
id: bcx ngtd x48h, abx dc'd {{DATE:2/13}}
heme/bili: tsb 9.8 (LL 11) photo off 0900, rebound in am
neuro: HUS dol 7 ordered, ok for {{DATE:2/18}}
social: mom {{NAME:yesenia}} pumping 8x/day, ~40 ml/session. dad back to work at {{FACILITY:Trentwood Rolling Mill}} - visits evenings. grandma {{NAME:Lourdes Ibarra}} asked to be on visitor list, mom ok'd. SW ({{NAME:P. Oyelaran}}) following re: transport/gas cards.
monitor: Philips MX450 SN {{DEVICE:DE61447732}} swapped out after alarm fault, biomed ticket {{ID:BMT-2025-00871}}
plan: cont cpap, trial off {{DATE:Sun 2/16}} if stable, repeat tsb 0500, HUS tues.
d/w bedside rn {{NAME:Kiki}} and charge rn {{NAME:Darnell Whitfield}}.
-{{NAME:TG}} NNP, pgr {{PHONE:4471}}`,
  `NICU FAMILY MEETING NOTE
Date: {{DATE:March 4, 2025}}   Location: {{FACILITY:Pryor 6}} family conference room
Patient: {{NAME:NGUYEN}}, TWIN B (MRN {{MRN:8810442}}), ex-25+6 wk, now CGA 33+1, DOL 52
Present: mother {{NAME:Nguyen Thi Lan}}, father {{NAME:Tran Van Duc}}, maternal grandmother Bà {{NAME:Hoa}} (Vietnamese interpreter {{NAME:Minh Pham}}, ID {{ID:INT-3390}}), Dr {{NAME:Szczepanski}} (neonatology), Dr {{NAME:Farida Al-Harbi}} (peds surgery), SW {{NAME:Renata Boyle}}, RN {{NAME:Courtney}}.
Twin A ({{NAME:Nguyen}}, MRN {{MRN:8810439}}) is on the step-down side and nippling 50%.
Discussion: Twin B with grade III IVH on L, posthemorrhagic ventricular dilation, OFC up 1.2 cm this week. Neurosurgery recs reservoir. Also NEC scare {{DATE:2/27}}, resolved on NPO/abx. Parents asked about long-term outcomes; we discussed range incl CP risk and early intervention. Dad asked if twins could go home together - unlikely.
Parents agreed to reservoir placement. Consent signed. Grandmother asks that no blood products be given without calling her son first - clarified that parents are decision makers.
Follow-up mtg planned {{DATE:3/18/25}}. Parents prefer text to dad {{PHONE:253-555-0164}}.
Time spent 55 min, >50% counseling.
{{NAME:A. Szczepanski}}, MD`,
  `NEONATAL TRANSPORT LOG - RUN {{ID:NT-25-0312}}
Call rec'd 0148 from {{FACILITY:Lewis County General}} ({{LOCATION:Chehalis}}), referring MD {{NAME:Okwuosa}}, ph {{PHONE:360-555-0121}}
Pt: Baby Girl {{NAME:Halvorsen}}, born {{DATE:01-Mar-2025 00:57}}, est 36 wk, BW 2890 g
Reason: resp distress, grunting, SpO2 84% RA, ?TTN vs pneumothorax
Team: RN {{NAME:J. Makoa}}, RT {{NAME:Sully Sullivan}}, driver/EMT {{NAME:Ortiz}}; ambulance unit 7, no issues
0232 arrived bedside. CXR R PTX ~20%. Needle decompression by ref MD prior to arrival.
Isolette: Airborne Voyager SN {{DEVICE:AV-09-44381}}; vent on trans: NIPPV 20/6 rate 30 FiO2 0.40
Lines: PIV x1 L hand, D10 at 80 ml/kg/d
0320 depart, 0426 arrive {{FACILITY:St. Brendan's Children's Hospital}} NICU, bed 22
Mother {{NAME:Kari Halvorsen}} remains at ref hosp (C/S); FOB {{NAME:Erik}} driving up, cell {{PHONE:(360) 555-0178}}
Mother's address per facesheet: {{ADDRESS:418 NW Pennsylvania Ave}}, {{LOCATION:Chehalis}} {{ZIP:98532}}
Pt covered by Cascade Family Health plan, member {{HEALTH_PLAN:RGW883102447}}
Handoff to NNP {{NAME:Lucía Ferrer-Quintana}} at 0431.
sig: {{NAME:Jana Makoa}} RN, C-NPT`,
  `DONOR MILK DISPENSING LOG - {{FACILITY:Whitlock NICU}} milk room
Recipient: {{NAME:CASTELLANOS}}, BABY BOY   MRN {{MRN:7720315}}   consent on file {{DATE:2/11/2025}}
Date      Pool/Lot           Vol    Fortifier       Prep by   Checked by
{{DATE:2/12}}     PL-25-0418 exp 08/25   60 mL  none            {{NAME:sm}}        {{NAME:jw}}
{{DATE:2/13}}     PL-25-0418              90 mL  none            {{NAME:sm}}        {{NAME:rk}}
{{DATE:2/14}}     PL-25-0433 exp 08/25   120 mL HMF 1 pkt/25mL  {{NAME:lb}}        {{NAME:jw}}
Milk bank: {{FACILITY:Cascadia Mothers' Milk Bank}}, order {{ID:MB-7718204}}
Maternal EBM: mom {{NAME:Y. Castellanos}} bringing frozen from home - 14 bottles logged {{DATE:2/14}}, labelled w/ pt sticker. Freezer 2 shelf C.
Note: donor {{ID:D-40722}} pool recalled by bank {{DATE:2/15/25}} (pasteurization log error) - none of that pool dispensed to this infant, verified by scanner.
Scanner: Timeless Medical milk tracker SN {{DEVICE:TMS-2209-1183}}
Milk tech {{NAME:Sofia Marrero}}, ext {{PHONE:3-8812}}`,
  `CAR SEAT TOLERANCE SCREEN (ICSS)
Infant: BG {{NAME:Okafor}}   MRN {{MRN:5530917}}   DOB {{DATE:12/29/24}}   GA at birth 34+2, CGA 37+0
Seat: Chicco KeyFit 30, infant insert in place, harness at/below shoulders, chest clip armpit level
Start 1310, end 1440 (90 min)
Results: SpO2 nadir 93%, HR 128-164, no apnea > 20 s, no brady < 80. PASSED.
Family car: 2017 Toyota Sienna, WA plate {{VEHICLE:CKH4412}}, rear-facing base installed by mother {{NAME:Ngozi Okafor}}; checked by CPST {{NAME:Bryce Lindahl}} (cert {{LICENSE:T-882104}}).
Mother reminded: no bulky snowsuit under straps, max time in seat 60-90 min for first weeks.
Discharge planned {{DATE:Friday 1/31}} to home {{ADDRESS:9 Birchwood Ct}}, {{LOCATION:Puyallup}} {{ZIP:98374}}.
Photo of infant in seat (face visible) for teaching sheet saved as {{PHOTO:IMG_20250130_1442.jpg}}.
RN {{NAME:Marisol Trevino-Baca}} / {{DATE:01/30/2025}}`,
  `NEWBORN HEARING SCREEN
Pt: {{NAME:DELACROIX-WHITE}}, BABY BOY   MRN {{MRN:6671024}}   DOB {{DATE:2025-04-02}}
Risk factors: NICU > 5 d, gentamicin x 48 h, family hx (paternal uncle {{NAME:Lionel}} w/ childhood SNHL)
Screen 1 ({{DATE:04/09/2025}}): AABR (Natus ALGO 5, SN {{DEVICE:A5-100773}}) R PASS, L REFER
Screen 2 ({{DATE:04/10/2025}}): R PASS, L REFER
Plan: outpatient diagnostic ABR w/ audiology at {{FACILITY:Hearing & Speech Center at Hollings Pavilion}} by 3 mo; referral {{ID:REF-25-118820}}. CMV saliva PCR sent {{DATE:4/10}} (acc {{ID:MC8810297}}), needs to be < 21 days of life.
State EHDI report faxed to {{FAX:(206) 555-0199}}.
Parents {{NAME:Celeste Delacroix}} and {{NAME:Marcus White}}, phone {{PHONE:206.555.0153}}, email {{EMAIL:celeste.dlx88@fastmail.com}}.
Screener: {{NAME:R. Thibodeaux}}, AuD`,
  `NBS CALLBACK - phone encounter
Called by state lab ({{NAME:Dana}}, newborn screening follow-up) {{DATE:3/7/25 1105}}: specimen {{ID:25-066-04119}} on infant {{NAME:Mahmoud}}, baby girl, DOB {{DATE:3/4/25}}, 17-OHP 88 ng/mL (cutoff 35 for BW > 2500 g). Presumptive CAH.
Pt already discharged {{DATE:3/6}} from {{FACILITY:Larkspur Women's Pavilion}} to home.
1115 called mom {{NAME:Rania Mahmoud}} at {{PHONE:(916) 555-0104}} - no answer, VM left. 1122 tried dad {{NAME:Yousef}} at work ({{FACILITY:Placer Valley Medical}} pharmacy, {{PHONE:916-555-0117}} x{{PHONE:208}}) - reached him. Baby feeding well per dad, wet diapers ok, no vomiting. Advised to bring her to ED today for lytes, 17-OHP repeat and endo consult.
1310 arrived ED. Na 136 K 5.4 glucose 78. Genitalia: normal female. Endo (Dr {{NAME:Ikechukwu}}) aware.
PCP: Dr {{NAME:Suzanne Breyer}}, {{FACILITY:Roseville Pediatric Associates}}, fax {{FAX:916-555-0190}}.
Home {{ADDRESS:1120 Cirby Way #14}}, {{LOCATION:Roseville}} {{ZIP:95661}}.
-{{NAME:kl}} RN`,
  `PEDS WARD - BRONCHIOLITIS PROGRESS NOTE, HD2
{{NAME:Mateo Guzmán-Reyes}}, 4 mo M, MRN {{MRN:3390612}}, rm 612B ({{FACILITY:Hartley 6}})
S: Mom ({{NAME:Araceli}}) says feeds improving, 3 oz q3h overnight, 6 wets. Brother {{NAME:Joaquín}} (3 yo, born 2021) at home with cough too.
O: T 37.9, RR 52, HR 148, SpO2 93% on HFNC 6 L (1.5 L/kg) FiO2 0.30. Mild subcostal retractions, diffuse crackles and wheeze. RSV+ (RVP collected {{DATE:5 Jan 2025}}, acc {{ID:RVP-0105-3321}}).
A/P: RSV bronchiolitis, improving.
- wean HFNC per pathway, suction prn, no albuterol/steroids per AAP
- if on RA x 4h and feeding > 75% baseline -> home
- nirsevimab not given (born {{DATE:09/02/2024}}, outpatient missed); discuss for sibling at next season
Home: {{ADDRESS:3407 E 14th Ave, Unit B}}, {{LOCATION:Denver}} {{ZIP:80206}}. Medicaid {{HEALTH_PLAN:Q449182}}. Pharmacy: {{FACILITY:Colfax Corner Pharmacy}}.
{{NAME:L. Brandt}}, MD (PGY-2) / attending Dr {{NAME:Whitcombe}}`,
  `PICU ADMIT - DKA
{{NAME:JOHNSON, TAYLOR R.}}  13 yo F  MRN {{MRN:2209874}}  admitted {{DATE:11/19/2024 22:10}}
New onset T1DM. 2 wk polyuria/polydipsia, 4 kg wt loss, emesis x 1 day. Presented to {{FACILITY:Fox River Valley Medical Center}} ED in {{LOCATION:Green Bay}}, transferred by {{FACILITY:Lakeshore MedFlight}} (flight #{{ID:E3-24-1187}}).
Initial: pH 7.04, HCO3 5, glucose 612, BHB 7.9, Na 131 (corr 139), K 5.8, BUN 22, Cr 1.1, AG 28. GCS 14.
Tx: NS 10 mL/kg x1, then 2-bag system (total 1.5x maint), insulin gtt 0.1 u/kg/h started 2240. Neuro checks q1h, cerebral edema precautions, 3% saline at bedside.
Insulin pump: Alaris 8015 channel B SN {{DEVICE:12884403}}
Mom {{NAME:Brianna Johnson}} at bedside; dad {{NAME:Terrell}} driving from {{LOCATION:Appleton}}. Great-grandma {{NAME:Hattie Mae}} ({{AGE:93}}) also had "sugar" - type 2.
School: 8th grade, {{FACILITY:Tamarack Middle School}}; nurse Mrs. {{NAME:Kowalczyk}} to get plan before return.
Contact: {{PHONE:920-555-0146}}, {{EMAIL:bjohnson.gb@yahoo.com}}
PICU fellow {{NAME:D. Ramaswamy}} / attending {{NAME:Holloway}}`,
  `POST-OP NOTE / PEDS SURGERY - appendicitis
Pt {{NAME:Kaito Yamamoto-Reyes}} ("{{NAME:KJ}}"), 9 yo M, MRN {{MRN:4418820}}, POD#1 s/p lap appy {{DATE:7/22/24}} for perforated appendicitis (Dr {{NAME:Al-Harbi}}, surg case {{ID:OR-24-55103}}).
PAS 9 on arrival; McBurney tenderness, +Rovsing, WBC 18.4, CRP 11. US: noncompressible appendix 9 mm, fluid.
Overnight: T max 38.6, pain 4/10 on ketorolac 0.5 mg/kg q6h + acetaminophen 15 mg/kg q6h, morphine 0.05 mg/kg x1. Ambulated w/ child life. Clears tolerated.
Abx: pip-tazo 100 mg/kg q8h, plan 3-5 d total then transition to amox-clav if afebrile/eating.
Drain: JP RLQ 35 mL serosang.
Dad {{NAME:Hiroshi}} asking about sports (travel soccer w/ {{FACILITY:Deschutes Thunder FC}}) - no contact x 4 wk.
Disp: likely {{DATE:Thu 7/25}}. PCP Dr {{NAME:Ostrowski}}, {{FACILITY:High Desert Pediatrics}}, {{PHONE:541-555-0139}}.
Family declined {{FACILITY:Juniper House}} lodging - home is close: {{ADDRESS:61410 Gorge View Dr}}, {{LOCATION:Bend}} {{ZIP:97702}}.
Note by {{NAME:Tess Yoder}}, PA-C. cosign {{NAME:F. Al-Harbi}} MD`,
  `PICU HANDOFF (I-PASS) - night -> day, {{DATE:12/03/2024}}
Bed 4 | {{NAME:PATEL, ARJUN}} | 6 yo | MRN {{MRN:9904213}} | 21 kg
I: watcher
P: septic shock 2/2 strep pneumo, LLL empyema; chest tube placed {{DATE:12/1}}. Epi 0.04 mcg/kg/min (weaned from 0.08), MAP goal > 55. HFNC 20 L 40%. Vanc (trough goal) + ceftriaxone 100 mg/kg/d. tPA via CT #2 today.
A: if MAP < 50 x 10 min bolus 10 mL/kg LR, call fellow. Mom ({{NAME:Meera}}) is sole decision maker, dad {{NAME:Rakesh}} out of country (in {{LOCATION:Ahmedabad}}), updates by WhatsApp via mom's phone {{PHONE:(612) 555-0195}}; dad email {{EMAIL:rakesh.patel.amd@gmail.com}}.
S: to do: AM labs, CXR 0600, CT output total at 0700, ask IR re: VATS if no improvement by {{DATE:12/5}}.
Bed 5 | "{{NAME:Bubba}}" {{NAME:Tolliver}} ({{NAME:Jaxon}}) | 23 mo | MRN {{MRN:9904288}}
I: stable
P: croup, s/p rac epi x2, dex 0.6 mg/kg. Westley 1. Transfer to floor ({{FACILITY:Gundersen 5}}) if no rebound by noon.
-{{NAME:Ramaswamy}} / recv {{NAME:Chen-Lindqvist}}`,
  `CHILD LIFE NOTE
Pt: {{NAME:Aaliyah}} ("{{NAME:Lee-Lee}}"), 5 yo F, {{FACILITY:Corwin Day Hospital}} chair 3, port access + first IV chemo.
Present: mom {{NAME:Shanice Greer}}, aunt {{NAME:Tonya}}, CCLS {{NAME:Molly Abernathy}}.
Preparation: used medical play doll w/ port, let pt "access" doll with safety needle. Pt named the doll "Elsa" and her stuffed dog "Biscuit". Discussed numbing cream (LMX4) and what "cold and pinchy" feels like. Chose to watch Bluey on iPad during access.
Coping: held mom's hand, counted to 10 twice, 1 tearful episode, recovered in < 2 min. Comfort position (chest to chest) used.
Sibling {{NAME:DeShawn}} (8 yo) attends {{FACILITY:Larkmoor Elementary}}; mom worried he feels left out. Gave sibling workbook and invited to Sibshop {{DATE:Sat 10/12}}.
Goals: procedural support every access day, bead program (Beads of Courage) started, 6 beads today.
Follow-up next Tx day {{DATE:10/15/24}}.
{{NAME:Molly Abernathy}}, MS, CCLS  ext {{PHONE:54120}}`,
  `{{FACILITY:Kettering Hills Children's Hospital}} - Hospital/School Liaison Program
{{ADDRESS:3500 Brinley Pkwy}}, {{LOCATION:Dayton}}, OH {{ZIP:45409}} | fax {{FAX:937-555-0188}}

{{DATE:January 27, 2025}}

To: Mr. {{NAME:Darius Pennington}}, Principal, and Ms. {{NAME:Ellery Vance}}, School Nurse
{{FACILITY:Wendover Junior High}}

Re: {{NAME:Sophia Marchetti}}, DOB {{DATE:06/14/2012}}, grade 7

{{NAME:Sophia}} was hospitalized {{DATE:1/9/25}} - {{DATE:1/24/25}} for diabetic ketoacidosis and a new diagnosis of type 1 diabetes. She now uses a Dexcom G7 CGM (transmitter {{DEVICE:8RK4Q2}}) and insulin pens. Please allow:
  - phone in class for CGM alerts; snacks anytime; unrestricted water/bathroom
  - nurse visit before lunch for carb count and insulin (ratio 1 unit:12 g)
  - missed work extension 2 wk; no PE testing until {{DATE:2/10}}
The DMMP is attached. Her teacher Mrs. {{NAME:Okoro}} may email me at {{EMAIL:school.liaison@ketteringhillschildrens.org}}.

Sincerely,
{{NAME:Bernadette Kline}}, M.Ed., Hospital Teacher/Liaison  {{PHONE:937-555-0162}}
cc: parent {{NAME:Gina Marchetti}}; endo Dr {{NAME:Vo}}`,
  `DISCHARGE TEACHING - NICU -> HOME
Infant {{NAME:Halvorsen}}, BG  MRN {{MRN:6120088}}   d/c {{DATE:03/12/2025}}
Taught to: mother {{NAME:Kari}}, father {{NAME:Erik Halvorsen}}, paternal grandmother {{NAME:Solveig}}
Teach-back done for: safe sleep (ABC, back, crib), temp taking, feeding plan (EBM 24 kcal w/ Neosure, 60 mL q3h), jaundice signs, CPR video + hands-on, car seat (passed ICSS {{DATE:3/11}}).
Meds: cholecalciferol 400 IU daily; ferrous sulfate 2 mg/kg/d = 0.4 mL of 15 mg/mL daily. Rx sent to {{FACILITY:Bridgeview Drug #0987}}, {{ADDRESS:1610 S Gold St}}, {{LOCATION:Centralia}} -> changed to {{FACILITY:Chehalis Family Pharmacy}} {{PHONE:360-555-0130}} per mom (closer).
Home address verified: {{ADDRESS:418 NW Pennsylvania Ave}}, {{LOCATION:Chehalis}}, WA {{ZIP:98532}}.
F/U: PCP Dr {{NAME:Amadi}} {{DATE:3/14}} (within 48 h); NICU follow-up clinic {{DATE:4/22/25}}; hearing passed; RSV mAb given {{DATE:3/12}}, lot MN4471 (not nirsevimab series, single dose).
Home health visit ordered - {{FACILITY:Lewis Valley Home Care}}, referral {{ID:HH-301-22817}}.
RN {{NAME:P. Nakashima}}`,
  `SW NOTE - FOSTER CARE PLACEMENT AT DISCHARGE
Infant: {{NAME:BRANTLEY}}, BABY BOY  MRN {{MRN:7038815}}  DOB {{DATE:10/02/2024}}  NAS, Finnegan max 11, ESC model, morphine wean completed {{DATE:10/19}}.
CPS case # {{ID:2024-CW-118734}}; caseworker {{NAME:Latrice Monroe}}, DCYF {{LOCATION:Vancouver}} office, cell {{PHONE:360-555-0186}}, {{EMAIL:latrice.monroe@dcyf.example.org}}. Supervisor {{NAME:G. Haugen}}.
Shelter care hearing held {{DATE:10/21/24}}; cause no. {{ID:24-7-00412-06}}. Placement ordered with licensed foster parents {{NAME:Dale}} and {{NAME:Corinne Yoakum}}, {{ADDRESS:7710 NE 88th St}}, {{LOCATION:Vancouver}} WA {{ZIP:98662}}; foster home license {{LICENSE:FH-441902}}.
Bio mom {{NAME:Kayleigh Brantley}} (22) informed by CW; supervised visits 2x/wk at {{FACILITY:Mill Plain Family Visit Center}}. Bio dad unknown / not established. Maternal GM {{NAME:Rhonda Pruitt}} requesting relative placement - home study pending.
Foster mom {{NAME:Corinne}} completed NAS soothing teaching, CPR, safe sleep. Medicaid for infant: {{HEALTH_PLAN:203311884WA}}.
Release of info: only to CW and foster parents; bio mom may call for updates but NO placement address given.
Discharge {{DATE:10/24/2024}} to foster parents w/ CW present.
{{NAME:Renata Boyle}}, LICSW  x{{PHONE:6613}}`,
  `CPS SAFETY PLAN (copy for chart)
Child(ren): {{NAME:Ezekiel Harmon}} (DOB {{DATE:04/30/2023}}), {{NAME:Lily Harmon}} (DOB {{DATE:02/19/2021}})
Intake # {{ID:INT-25-03-0094}}  Date: {{DATE:03/02/2025}}
Reason: {{NAME:Ezekiel}} admitted to {{FACILITY:Pryor 5}} w/ spiral femur fx, non-ambulatory, hx inconsistent. Skeletal survey + head CT neg otherwise. Child Abuse Pediatrics (Dr {{NAME:Tilda Brennan-Osei}}) consulted.
Safety provider: paternal grandparents {{NAME:Wendell}} and {{NAME:Marjorie Harmon}}, {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Lebanon}}, MO {{ZIP:65536}}, {{PHONE:417-555-0123}}.
Conditions:
1. Children reside with grandparents until further notice
2. Mother's boyfriend ({{NAME:Cody Ray Stallings}}, DOB {{DATE:1/5/1999}}) to have NO contact with children
3. Parents {{NAME:Brittany}} & {{NAME:Shane Harmon}} may visit at grandparents' home only when supervised
4. {{NAME:Lily}} to continue at {{FACILITY:Esther Maddux Preschool}}; school notified
Signed: CW {{NAME:Marcus Delahunt}} (Children's Division, {{LOCATION:Laclede County}}) / GM {{NAME:M. Harmon}} / Mother {{NAME:B. Harmon}}
Hospital SW {{NAME:Noor Haddad}}, {{PHONE:417-555-0150}}`,
  `PEDIATRIC PROCEDURAL SEDATION NOTE
Pt: {{NAME:Ochoa, Santiago}}  3 yo M  16.2 kg  MRN {{MRN:5008841}}  Date/time {{DATE:08/14/2024 10:05}}
Procedure: MRI brain w/wo + spine (r/o tethered cord), {{FACILITY:Lindqvist Imaging Center}}, scanner 2
ASA II (OSA on CPAP, home CPAP Resmed AirSense SN {{DEVICE:23181447702}}). NPO: solids 2300, clears 0600. Airway Mallampati n/a (uncooperative), no loose teeth.
Consent: mother {{NAME:Guadalupe Ochoa}} via Spanish interpreter ({{NAME:Roberto}}, ID {{ID:SPN-2214}}).
Meds: propofol 2 mg/kg bolus then 250 mcg/kg/min, glycopyrrolate 0.01 mg/kg; O2 2 L NC w/ EtCO2.
Events: 1 episode desat to 88% at 10:42, jaw thrust, resolved. No PPV. Scan done 11:38.
Recovery: Aldrete 10 at 12:20, d/c criteria met. Tolerated juice.
Pump used: Medfusion 4000 SN {{DEVICE:MF4-0091823}}.
Sedation MD: Dr {{NAME:Ingrid Solberg}}, NPI {{LICENSE:1457703318}}. RN {{NAME:Kwame Asante}}.
Results to Dr {{NAME:Venkataraman}} (neurosurg), fax {{FAX:(505) 555-0172}}.
Home: {{ADDRESS:1322 Calle del Sol SW}}, {{LOCATION:Albuquerque}} {{ZIP:87105}}`,
  `INFUSION CENTER - IVIG
{{NAME:Harper Quinn Lindgren}}  11y F  MRN {{MRN:3372095}}  wt 38 kg   {{DATE:Tuesday, 9/17/2024}}
Dx: Kawasaki disease? no - primary immunodeficiency (CVID), monthly IVIG 400 mg/kg.
Product: Gammagard 10%, 15 g, lot LE12P884 exp 2026-03. Premed acetaminophen 15 mg/kg, diphenhydramine 1 mg/kg.
Rate titration: 0.5 -> 1 -> 2 -> 4 mL/kg/h q30min, tolerated. VS stable q15 then q30.
Pump: Sigma Spectrum SN {{DEVICE:SS-1104421}}, chair 7, pod Blue.
PIV 24g R AC, 1 attempt by {{NAME:J.R.}}
Mom {{NAME:Anneliese}} asked to switch to home SCIG - referral to {{FACILITY:Northland Home Infusion}}; team will discuss with Dr {{NAME:Bergquist}}.
Next infusion {{DATE:10/15/24}}. Pt goes to {{FACILITY:Midway Pines Middle School}}, missed half day - note given.
Auth for IVIG: {{ID:PA-24-778190}} (valid to {{DATE:12/31/2024}}), BCBS MN member {{HEALTH_PLAN:XZM448820917}}.
Address on file: {{ADDRESS:5120 Maple Grove Rd}}, {{LOCATION:Hermantown}} {{ZIP:55811}}
RN {{NAME:Tove Aasgaard}}`,
  `DAY HOSPITAL - CHEMO, C2D8
{{NAME:RAMIREZ-LOPEZ, ISABELLA}} | 7y | MRN {{MRN:6629013}} | BSA 0.92 m2 | {{DATE:2025-01-08}}
Dx: B-ALL, standard risk, delayed intensification (AALL0932-like arm, not enrolled).
Today: vincristine 1.5 mg/m2 IV push (1.38 mg), doxorubicin 25 mg/m2 (23 mg), PEG-asp due {{DATE:1/15}}. Dex 10 mg/m2/d days 1-7 and 15-21.
Labs: ANC 1.4, plt 162, Hgb 9.8, ALT 88, bili 0.6. OK to treat per Dr {{NAME:Petrosyan}}.
Port: R chest Bard PowerPort, SN {{DEVICE:PWP-3R77210}}, accessed 20g 3/4", + blood return.
Issues: jaw pain after VCR (c/w neuropathy) - gabapentin? defer. Constipation - Miralax.
Family: mom {{NAME:Valeria}}, dad {{NAME:José Luis Ramírez}}; abuela Doña {{NAME:Carmen}} visiting from {{LOCATION:Guadalajara}}.
Teaching: neutropenic fever = ED at {{FACILITY:Desert Willow Children's}} ED; oncall onc {{PHONE:702-555-0100}}.
Insurance: Nevada Medicaid {{HEALTH_PLAN:NV0088123471}}; home {{ADDRESS:9811 Canyon Wren Ave}}, {{LOCATION:Las Vegas}} {{ZIP:89148}}.
{{NAME:E. Petrosyan}} MD / chemo RN {{NAME:M. Faleolo}}`,
  `secure chat - NICU pod C - {{DATE:4/3}}
0612 {{NAME:Haylee}} RN: hey is anyone coming for bed 31 ({{NAME:Oyelaran}} twin A)? desat to 78 w/ brady 62, stim x1, fio2 up to 35
0613 {{NAME:Lucia}} NNP: coming. cpap +6? any secretions
0614 {{NAME:Haylee}} RN: yes thick, suctioned. twin B ({{NAME:Adebola}}) fine
0620 {{NAME:Lucia}} NNP: ok cbc/crp/bcx, hold feeds, start amp/gent sepsis doses, i'll update mom. mom is {{NAME:Funmilayo}}? cell in chart
0621 {{NAME:Haylee}} RN: {{NAME:Funmi}} yes {{PHONE:(404) 555-0133}}. dad {{NAME:Tunde}} is {{PHONE:404-555-0149}}. they're at the {{FACILITY:Magnolia Family House}} tonight rm 12
0635 {{NAME:Lucia}} NNP: spoke w/ mom. bcx drawn, lab acc {{ID:L25093-4471}}. cxr shows ?patchy RUL
0702 {{NAME:Kofi}} (day RN): got report from {{NAME:Haylee}}. monitor in 31 is still the loaner, SN {{DEVICE:PM-7744-A19}}, biomed says swap after rounds
0703 {{NAME:Haylee}} RN: ty. also mom wants webcam back on - NicView link {{URL:https://nicview.example.net/cam/pc31-oyelaran}} was down since {{DATE:Apr 1}}
0710 IT ({{NAME:Ravi}}): cam 31 at {{IP:192.0.2.47}} rebooted, working
-end-`,
  `NICU DAILY PROGRESS - {{FACILITY:St. Brendan's}} - {{DATE:03/05/2025}}
BABY GIRL {{NAME:HALVORSEN}} MRN {{MRN:6120088}} DOL 4, GA 36+0 -> CGA 36+4
Resp: R PTX resolved on CXR {{DATE:3/4}}, weaned NIPPV -> CPAP 5 -> RA {{DATE:3/4}} 1800. No O2 x 14 h.
FEN: BF + EBM supplement, 45-60 mL q3h, wt 2810 g (-2.8%). Glucose stable.
Bili: TSB 12.1 at 84 h, low-intermediate risk zone (Bhutani), no photo.
ID: BCx {{DATE:3/1}} ngtd x 72h -> amp/gent dc'd.
Exam: well appearing, clavicles intact, hips stable (Ortolani/Barlow neg), Moro symmetric, red reflex present bilat.
Screens: NBS #1 sent {{DATE:3/2}} kit {{ID:WA25-0061-77212}}; CCHD pass; hearing {{DATE:3/5}} pass both; car seat to do if d/c < 37 wk? -> yes, ordered.
Social: mom {{NAME:Kari}} discharged from {{FACILITY:Lewis County General}} {{DATE:3/3}}, now staying with her sister {{NAME:Ingrid Solheim}} in {{LOCATION:Tacoma}} {{ADDRESS:3802 N 30th St}}. Mom's pump rental: Medela Symphony SN {{DEVICE:SYM-0299417}}, loaner agreement signed.
Plan: d/c likely {{DATE:3/7}} if feeds ok.
{{NAME:Lucía Ferrer-Quintana}}, NNP-BC / {{NAME:A. Szczepanski}}, MD`,
  `TRANSPORT RUN SHEET (export)
RUN_ID={{ID:NT-25-0448}} | DATE={{DATE:2025-03-22}} | MODE=ground | UNIT=NEO-2 | XFER_DT={{DATE:03222025}}
REFERRING={{FACILITY:Roaring Fork Valley Hospital}}, {{LOCATION:Glenwood Springs}} | RECEIVING={{FACILITY:Rocky Ridge Children's}} NICU
PT_NAME={{NAME:WHITEHORSE}}, BABY BOY | MRN_REF={{MRN:VV-448120}} | MRN_REC={{MRN:1180442}}
DOB={{DATE:2025-03-21 21:14}} | GA=38+5 | BW=3420g | APGAR=2/5/7
DX=HIE, suspected; cord pH 6.92, BE -16
THERAPY=passive cooling started 2330, target 33.5, servo probe
VENT=SIMV 20/5 R35 FiO2 .30 | LINES=UVC 10cm, UAC 17cm
CREW_RN={{NAME:Ameya Kulkarni}} | CREW_RT={{NAME:Bo Fenske}} | MEDCTRL=Dr. {{NAME:Hollister}}
MOTHER={{NAME:Janelle Whitehorse}} | MOTHER_PH={{PHONE:970-555-0158}} | FATHER={{NAME:Lonnie Whitehorse}} | ADDR={{ADDRESS:240 Silt Mesa Rd}}, {{LOCATION:Silt}} CO {{ZIP:81652}}
PAYER=Health First CO | MEMBER_ID={{HEALTH_PLAN:M221904711}}
ISOLETTE_SN={{DEVICE:TR-2211-0387}} | COOLING_DEVICE_SN={{DEVICE:TXC-55-0192}}
DEPART=0040 | ARRIVE=0315 (I-70 closure near {{ADDRESS:mile marker 116}}, rerouted)
NOTES=grandfather {{NAME:Marvin Whitehorse}} ({{AGE:91}}) at ref hosp, tribal ID {{ID:NTN-0441982}} on file for IHS referral.`,
  `HEARING SCREEN - BATCH LOG (OAE/AABR)  Well Baby Nursery  {{DATE:06.18.2024}}
Screener: {{NAME:T. Abubakar}}   Device: Maico MB11 BERAphone SN {{DEVICE:MB11-220418}}
Bed  Infant                     MRN       Age(h)  R      L      Note
3    BB {{NAME:Kowalski}}              {{MRN:4120991}}   26      PASS   PASS
5    BG {{NAME:Fifita}}                {{MRN:4121007}}   30      PASS   REFER  rescreen 1600
7    BB {{NAME:Dunmore-Ellis}}         {{MRN:4121013}}   22      PASS   PASS
8    {{NAME:Nakamura}} A (twin)        {{MRN:4121020}}   40      PASS   PASS
9    {{NAME:Nakamura}} B (twin)        {{MRN:4121021}}   40      REFER  REFER  NICU x6d
11   BG {{NAME:Mbeki}}                 {{MRN:4121033}}   24      PASS   PASS
Rescreen 1610: BG {{NAME:Fifita}} L PASS.
Twin B {{NAME:Nakamura}}: outpt ABR appt {{DATE:7/2/24 0900}}, {{FACILITY:Kauikeolani Audiology}}; mother {{NAME:Emiko}} given info, phone {{PHONE:808-555-0114}}.
Reports uploaded to state EHDI portal, batch ref {{ID:EHDI-061824-03}}.
{{NAME:ta}}`,
  `PHONE NOTE - NEWBORN SCREEN ABNORMAL (2nd screen)
{{DATE:Jan 16 2025 14:20}}
From: {{NAME:Marguerite}} at state NBS program, {{PHONE:(512) 555-0191}}, fax {{FAX:512-555-0192}}
Infant: {{NAME:Tupou}}, baby boy; DOB {{DATE:12/31/24}}; specimen {{ID:TX-24-1231-88041}}; submitter {{FACILITY:Blackland Prairie Birth Center}}
Result: TSH 38 mIU/L (cutoff 20), T4 low. 1st screen borderline. Borderline -> presumptive congenital hypothyroidism.
PCP of record is us ({{FACILITY:Pflugerville Kids Clinic}}).
14:35 called mom {{NAME:Sela Tupou}} {{PHONE:512-555-0166}}, explained. Appt today 16:00 for venous TSH/FT4. Dad {{NAME:Viliami}} will drive; family has 1 car.
16:10 seen, labs drawn (order {{ID:ORD-99281044}}). Started levothyroxine 12.5 mcg daily? hold until FT4 back - endo Dr {{NAME:Chávez-Moreno}} agrees to start 10-15 mcg/kg/d once confirmed.
17:48 FT4 0.5 ng/dL (low). Called mom, Rx levothyroxine 37.5 mcg daily (10 mcg/kg) sent to {{FACILITY:Tonga Family Drug}} on {{ADDRESS:Dessau Rd}}.
Mailing address: {{ADDRESS:15008 Kinglet Ln}}, {{LOCATION:Pflugerville}} {{ZIP:78660}}
-Dr {{NAME:N. Abernethy}}`,
  `MILK BANK - DONOR SCREENING SUMMARY (confidential)
Donor ID: {{ID:CMMB-D-20931}}   Approved: {{DATE:08-Nov-2024}}
Name: {{NAME:Priyanka Venkatesan}}   DOB {{DATE:1991-07-23}}   Phone {{PHONE:425.555.0182}}   Email {{EMAIL:priya.v.donates@outlook.com}}
Address: {{ADDRESS:16520 NE 40th Ct, Unit 205}}, {{LOCATION:Redmond}} WA {{ZIP:98052}}
Infant: {{NAME:Anika}}, born {{DATE:9/2/24}}, healthy term, PCP Dr {{NAME:Lindeman}} ({{FACILITY:Sammamish Valley Kids Pediatrics}}) - infant health release rec'd {{DATE:11/1/24}}.
Serology drawn {{DATE:10/28/24}} (req {{ID:RQ-5518823}}): HIV 1/2 neg, HTLV neg, HBsAg neg, HCV neg, RPR NR.
Meds: levothyroxine 50 mcg (acceptable), prenatal vitamin. No tobacco, no ETOH > 2 drinks/wk.
First donation {{DATE:11/12/2024}}: 212 oz frozen, depot pickup at {{FACILITY:Eastside Milk Depot - Kirkland}}. Pool assignment PL-24-1190.
Intake RN: {{NAME:Brigid O'Donnell-Hart}}, IBCLC
Donor portal: {{URL:https://donors.cascadiamilk.example.org/d/20931}}  (last login from {{IP:203.0.113.82}})
Donor palm-vein enrollment for freezer room access: template {{BIOMETRIC:PV-20931-0xA3F9}}`,
  `PEDS FLOOR H&P - ACUTE APPENDICITIS (pre-op)
CC: "belly hurts" x 36h
HPI: {{NAME:Liam O'Shaughnessy}}, 12 yo M, periumbilical pain migrating to RLQ, anorexia, 2 episodes NBNB emesis, T 38.4 at home. Seen at {{FACILITY:Urgent Care on Kellogg}} in {{LOCATION:Wichita}} {{DATE:10/4/24}} evening, sent in.
PMH: asthma (mild intermittent), albuterol prn. NKDA. UTD vaccines.
SH: lives with mom {{NAME:Siobhan}} and stepdad {{NAME:Greg Amundsen}}, 2 half-sibs. 7th grade at {{FACILITY:Prairie Lark Middle School}}. Plays trombone.
Exam: 44 kg. RLQ TTP at McBurney, + Rovsing, + psoas, hop test positive. Alvarado 8, PAS 8.
Labs: WBC 16.9 (84% N), CRP 4.2, UA neg. US {{DATE:10/05/2024 01:15}}: 11 mm noncompressible appendix with appendicolith, no abscess.
A/P: acute nonperforated appendicitis -> lap appy this AM w/ Dr {{NAME:Baptiste}}. Ceftriaxone 50 mg/kg + metronidazole 30 mg/kg pre-op. NPO, mIVF D5NS+20K.
Consent: mom signed {{DATE:10/5}} 0210 (witness RN {{NAME:Quyen}}).
MRN {{MRN:7781204}} | CSN {{ACCOUNT:300128845512}} | ph {{PHONE:316-555-0170}}
{{NAME:Priscilla Ng}}, MD PGY-3`,
  `BRONCHIOLITIS - DISCHARGE SUMMARY
Patient: {{NAME:Zainab Al-Sayegh}}   DOB: {{DATE:07/30/2024}}   MRN: {{MRN:8812277}}
Admit: {{DATE:12/22/2024}}   Discharge: {{DATE:12/26/2024}}   Unit: {{FACILITY:Hartley 6}}, rm 608
Attending: {{NAME:Whitcombe, Eleanor}} MD     PCP: {{NAME:Rahimi}}, {{FACILITY:Warren Avenue Family Pediatrics}}
Course: 4 mo F, ex-35 wk, hMPV bronchiolitis. HFNC max 8 L/min (2 L/kg) FiO2 0.35 on HD1-2, weaned to RA {{DATE:12/25}} 0300. NG feeds 2 days, back to full PO (Similac 360 Total Care 4 oz q3-4h). No bacterial coinfection, no abx.
Disch wt 6.1 kg (28th %ile).
Instructions given to parents {{NAME:Hussein}} and {{NAME:Mariam Al-Sayegh}} in Arabic with interpreter ({{NAME:Layla K.}}): nasal suction, small frequent feeds, return for retractions/poor intake/< 3 wets in 24 h.
F/U PCP {{DATE:Mon 12/30}}. Pharmacy: none needed.
Home: {{ADDRESS:7022 Kentucky St, Apt 2}}, {{LOCATION:Dearborn}}, MI {{ZIP:48126}}. Tel {{PHONE:313-555-0125}}.
Medicaid (MI Healthy Kids) ID {{HEALTH_PLAN:0044128876}}.
Dictated by {{NAME:L. Brandt}} / transcribed {{NAME:mk}}`,
  `PICU -> FLOOR TRANSFER, DKA resolved
{{NAME:Taylor}} ({{NAME:JOHNSON}}), 13F, MRN {{MRN:2209874}}
gap closed {{DATE:11/20}} 1400, transitioned to SQ insulin: glargine 0.4 u/kg = 18 u qHS, lispro ICR 1:15, CF 1:50 > 150. last pH 7.33, HCO3 19.
no cerebral edema sx. neuro intact. K 3.9 on KPhos/KCl.
diabetes education started w/ CDCES {{NAME:Rochelle Bates}}: mom {{NAME:Brianna}} & pt did 2 injections, carb counting intro. dad {{NAME:Terrell Johnson}} to attend tmrw.
CGM: Dexcom G7 placed {{DATE:11/20/24}}, sensor SN {{DEVICE:G7-4LQ8M2-29}}, clarity share w/ mom's phone.
SW: insurance WI BadgerCare member {{HEALTH_PLAN:8800419276}} - supplies PA submitted ({{ID:PA-11204-DX}}).
school plan: {{FACILITY:Tamarack Middle School}} nurse Mrs. {{NAME:Kowalczyk}} emailed at {{EMAIL:kkowalczyk@tamarack-ms.example.edu}}.
transfer to {{FACILITY:Gundersen 5}} bed 12. handoff to resident {{NAME:Ike}} (Dr {{NAME:Okafor-Banks}} team).
great-grandma {{NAME:Hattie Mae Pruitt}}, {{AGE:93}}, came in from {{LOCATION:Oshkosh}} today.
-{{NAME:DR}} (PICU fellow)`,
  `NICU ADMISSION (brief) - TWINS
TWIN A: {{NAME:OYELARAN}}, BABY BOY ({{NAME:Adewale}})   MRN {{MRN:9130021}}   BW 1020 g
TWIN B: {{NAME:OYELARAN}}, BABY BOY ({{NAME:Adebola}})   MRN {{MRN:9130022}}   BW 880 g (SGA, 6th %ile)
DOB: {{DATE:29 March 2025 2141}} (A), 2143 (B) - DCDA, 27+3 wk, emergent C/S for preeclampsia w/ severe features, HELLP.
Mom {{NAME:Funmilayo Oyelaran}}, 34, in L&D ICU at {{FACILITY:Harrowgate Women's}}, on Mg. Dad {{NAME:Babatunde}} ("{{NAME:Tunde}}") {{PHONE:(404) 555-0149}}.
A: intubated in DR, surfactant x1, now SIMV-VG 4 mL/kg, FiO2 .28. Apgars 3/6/8.
B: CPAP 7, FiO2 .40, plan LISA. Apgars 5/7.
Both: UVC/UAC, amp/gent, caffeine, TPN starter, thermoregulation w/ humidity 80%.
Giraffe OmniBed SNs: A {{DEVICE:HDJF52100}}, B {{DEVICE:HDJF52144}}
Family: maternal grandfather Chief {{NAME:Ayodele Adeyemi}} flying in from {{LOCATION:Lagos}}; family friend {{NAME:Nkechi}} is emergency contact {{PHONE:678-555-0128}}.
Insurance Aetna member {{HEALTH_PLAN:W188204431}}; address {{ADDRESS:1140 Peachtree Battle Ave NW}}, {{LOCATION:Atlanta}} {{ZIP:30327}}.
NNP {{NAME:Lucía Ferrer-Quintana}} / Dr {{NAME:Szczepanski}}`,
  `NICU FAMILY MTG - goals of care
{{DATE:Wed 4/16/25 1500}}, {{FACILITY:Whitlock NICU}} quiet room
Pt: Twin B {{NAME:Oyelaran}} ({{NAME:Adebola}}), DOL 18, CGA 30+0, MRN {{MRN:9130022}}
Attendees: parents {{NAME:Funmilayo}} and {{NAME:Babatunde Oyelaran}}; maternal aunt Mrs. {{NAME:Folake Bello}} (mom asked her to take notes); Pastor {{NAME:Emmanuel Okonjo}} ({{FACILITY:Redeemed Life Chapel}}); Dr {{NAME:Szczepanski}}; palliative care NP {{NAME:Gretchen Moss}}; SW {{NAME:Noor Haddad}}; bedside RN {{NAME:Kofi Mensah}}.
Update: surgical NEC {{DATE:4/9}}, s/p laparotomy and ileostomy by Dr {{NAME:Al-Harbi}}, 12 cm bowel resected. Now with SBS risk, cholestasis (DB 4.1), grade II IVH bilat. Twin A doing well on CPAP.
Parents' hopes: "we want him to fight"; also fear suffering. Faith central to family.
Agreed: full support continues; re-meet in 1 wk or sooner if deterioration; no CPR discussion today per parents' request, revisit next mtg.
Practical: parents living at {{FACILITY:Magnolia Family House}}; dad back to work at {{FACILITY:Hartsfield Cargo Services}} {{DATE:4/21}}. Mom's FMLA paperwork to employer fax {{FAX:404-555-0107}}.
Next mtg: {{DATE:4/23}} 1500.
{{NAME:G. Moss}}, CPNP-AC / {{NAME:AS}}`,
  `bronchiolitis - nursing flowsheet comments {{DATE:1/3/25}} nights
1900 assumed care of {{NAME:ezra bloom}} (2 mo, rm 614, {{FACILITY:Hartley 6}}). on hfnc 4L 30%, rr 60s, mod retractions. mom {{NAME:hannah}} rooming in
2130 nasal suction w/ neosucker, thick yellow. rr 52 after. sats 94-96
2300 fed 60 ml similac via bottle, took 45 min, ok
0115 desat 86 x 20 s w/ cough, inc to 35%, resp called ({{NAME:marco}} RT)
0300 RVP resulted: rsv + (acc {{ID:RV0103-7712}})
0430 dad {{NAME:jake}} called from work ({{FACILITY:Ozark Hollow Poultry}} plant night shift) asking for update, ph {{PHONE:479-555-0181}}. gave update w/ mom's ok
0600 am labs none ordered. weight 4.6 kg
0645 report given to {{NAME:brittney}} RN
pump: alaris pc SN {{DEVICE:8015-2291-7740}} - not in use, infusing nothing, removed
mom asked about a place to sleep - gave info for {{FACILITY:Arkansas Family Lodge}} at {{ADDRESS:800 Marshall St}}, {{LOCATION:Little Rock}}
home is {{LOCATION:Rogers}}, {{ZIP:72756}} - 3 h away
-{{NAME:cw}} RN`,
  `PICU I-PASS (export from Epic handoff tool)  {{DATE:02/08/2025 18:45}}
--------------------------------------------------------------
[6] {{NAME:SZCZEPANSKI-MOORE, OLIVER}}  9y M  MRN {{MRN:1044720}}  Illness: UNSTABLE
Summary: TBI s/p ATV rollover {{DATE:2/7}} near {{LOCATION:Hot Springs}}; GCS 7 at scene (run {{ID:GCEMS-25-01488}}); EVD placed, ICP 18-24; 3% NaCl gtt, goal Na 150-155. Intubated, fent/midaz.
Action: ICP > 25 x 5 min -> 5 mL/kg 3%, call NSGY (Dr. {{NAME:Venkataraman}} pager {{PHONE:2241}}). Repeat HCT 0400.
Sit. awareness: DCFS notified? No concern for NAT, helmet not worn, uncle {{NAME:Rusty Moore}} driving.
Synthesis: mom {{NAME:Dana Szczepanski}} at bedside, {{PHONE:501-555-0104}}.
--------------------------------------------------------------
[7] {{NAME:LEE, ARIANA}}  15y F  MRN {{MRN:1044733}}  Illness: WATCHER
Summary: DKA (known T1DM, pump failure - Omnipod 5 PDM SN {{DEVICE:OP5-M0412209}}), pH 7.11 now 7.26. Insulin gtt 0.05 u/kg/h.
Action: BMP q2h, transition when AG closed x2.
Synthesis: lives w/ grandma {{NAME:Soon-Ja Lee}}; legal guardian papers copy in media tab.
--------------------------------------------------------------
Given by {{NAME:M. Chen-Lindqvist}} MD to {{NAME:K. Obi}} MD`,
  `CHILD LIFE - SEDATION PREP / MRI
{{DATE:11/6/24}}. Patient {{NAME:Benjamin}} "{{NAME:Benji}}" {{NAME:Adler}}. 6 yo. Referred by sedation RN {{NAME:Carla}} for anxiety before MRI.
Assessment: {{NAME:Benji}} has autism (verbal, uses visual schedule), previous traumatic IV at {{FACILITY:Lakeshore Community Hospital}} ED. Loves trains, esp. Thomas and "Percy." Dislikes loud noise.
Intervention: visual schedule made w/ photos (waiting room -> scale -> IV -> sleepy medicine -> wake up -> popsicle). Noise-cancelling headphones. Practice MRI scanner at {{FACILITY:Lindqvist Imaging Center}} mock suite; pt lay still 3 min with train video.
IV placed with Buzzy + J-tip lidocaine, 1 attempt, distraction w/ light spinner. Minimal distress.
Parents: {{NAME:Rachel}} and {{NAME:Noam Adler}}. {{NAME:Rachel}} asked for copy of schedule to use with school OT at {{FACILITY:Cedar Bluff Montessori}}; emailed to {{EMAIL:rachel.adler.mke@gmail.com}}.
Plan: flag in chart "CCLS for all procedures", photo schedule saved as {{PHOTO:adler_benji_schedule_face.png}} (contains child's face).
{{NAME:Jordan Pike}}, CCLS`,
  `NEONATAL TRANSPORT - phone consult log
{{DATE:5/30/2024}}
2212 call from Dr {{NAME:Yellowhorse}} at {{FACILITY:Chuska Valley Health Center}} ({{LOCATION:Fort Defiance}}), {{PHONE:928-555-0120}}: 2 hr old term male, BW 3.9 kg, mother diabetic, glucose 22 then 31 after D10 bolus, jittery.
Advice: D10 2 mL/kg bolus again, start D10 at 100 mL/kg/d (GIR 6.9), recheck 30 min; if < 45 -> D12.5 via UVC and transport.
Infant: {{NAME:Begay}}, baby boy. Mother {{NAME:Shawna Begay}}, 31, from {{LOCATION:Sawmill}} chapter.
2250 f/u: glucose 38. Accepted for transport to our NICU ({{FACILITY:Pine Canyon Children's}}). Run {{ID:NT-24-0731}}. Fixed wing from {{LOCATION:Window Rock}}.
Team: RN {{NAME:Keala}}, RT {{NAME:Yazzie}}.
0140 arrival. Glucose 61 on GIR 8.
Dad {{NAME:Delbert}} to drive; address {{ADDRESS:HC 61 Box 2204}}, {{LOCATION:Sawmill}} AZ {{ZIP:86549}}. Mom's IHS chart {{MRN:FD-0098812}}.
Grandmother {{NAME:Nellie Begay}} ({{AGE:90}}) asked that cord/placenta be returned to family - L&D notified.
-{{NAME:R. Tsosie}}, NNP`,
  `car seat challenge - bb {{NAME:lindqvist-haas}}  mrn {{MRN:3018872}}  {{DATE:8/19}}
ga 35+1, now cga 36+3, wt 2260g
seat: graco snugride 35 lite, per family. start 0930.
1002 desat 84% x 25 s w/ brady 88, self resolved. repositioned, rolled blanket per protocol.
1019 desat 82% x 40 s, stim needed. test stopped -> FAIL
dr {{NAME:amadi}} notified. plan: repeat in 24-48h, if fail again -> car bed eval w/ PT.
mom ({{NAME:jessa}}) upset, dad {{NAME:tobias haas}} on phone {{PHONE:541 555 0107}}. explained this is common for late preterm.
family car is a 2009 Subaru Forester, OR plate {{VEHICLE:482 KLN}} - 2 car seats already in back for sibs {{NAME:juniper}} (4) and {{NAME:rowan}} (2).
repeat test {{DATE:8/21/24}}: passed 90 min, nadir 91%.
d/c {{DATE:8/22}} to home {{ADDRESS:2771 Harlow Rd, space 38}}, {{LOCATION:Springfield}} OR {{ZIP:97477}}.
-{{NAME:b.k.}} rn`,
  `PEDS HOSPITALIST PROGRESS NOTE - DKA day 2 / new dx T1D
Paciente: {{NAME:Camila Esperanza Ruiz}}, 10a, MRN {{MRN:5520771}}, cuarto 5-218 ({{FACILITY:Gundersen 5}})
Interp: Spanish in person ({{NAME:Araceli Montoya}})
S: eating well, no HA, slept. Dad {{NAME:Esteban}} learning injections, mom {{NAME:María de los Ángeles}} works nights at {{FACILITY:Fox River Packing}} and will come at 1600.
O: BG 142-268 on basal-bolus (glargine 12 u, aspart 1:18, CF 1:60). Ketones neg. A1c 12.8. GAD65 +, IA-2 +.
A/P: new T1DM s/p mild DKA.
- edu: day 2 of 3 (sick-day rules, glucagon - Baqsimi 3 mg nasal)
- endo (Dr {{NAME:Vo}}) to f/u clinic {{DATE:12/02/2024}}
- rx: insulin pens, needles, meter, strips, ketone strips -> {{FACILITY:Farmacia San Judas}} {{PHONE:920-555-0173}}
- school: {{FACILITY:Bayshore Heights Elementary}} 4th grade; school nurse form faxed to {{FAX:920-555-0196}}
- BadgerCare {{HEALTH_PLAN:9102284471}}; SSN on Medicaid app {{SSN:611-28-4093}} (father brought card)
Home: {{ADDRESS:1417 Bodart St}}, {{LOCATION:Green Bay}} {{ZIP:54301}}.
{{NAME:Ike Nwachukwu}}, MD, resident / {{NAME:Holloway}}`,
  `PEDS SURGERY - complicated appendicitis, HD 5
{{NAME:Dmitri Volkov}} 8yo M  MRN {{MRN:6003817}}  (wt 27 kg)
Perforated appendix {{DATE:6/9/24}}, lap appy. Post-op fever HD 4 -> CT A/P {{DATE:6/13}}: 4.5 cm pelvic abscess. IR drain placed {{DATE:6/13/2024 16:40}} by Dr {{NAME:Hwang}} (IR case {{ID:IR-24-8831}}); 30 mL pus, cx pending.
Abx: pip-tazo -> ceftriaxone + flagyl. Afebrile x 24 h now. WBC 11 from 19.
PICC placed R basilic 4 Fr, tip SVC/RA jxn (CXR), lot not relevant.
Plan: home w/ IV ceftriaxone via home infusion ({{FACILITY:Sierra Home Infusion}}), CADD pump SN {{DEVICE:CADD-7044218}}; flagyl PO. Drain out before d/c if < 10 mL/d.
Parents {{NAME:Yulia}} & {{NAME:Sergei Volkov}}; Russian-speaking grandmother ({{NAME:Nina Petrovna}}, "Babushka {{NAME:Nina}}" to the kids) lives with them.
Home {{ADDRESS:8823 Florin Mall Dr, Apt 110}}, {{LOCATION:Sacramento}} {{ZIP:95823}}; ph {{PHONE:(916) 555-0148}}.
Follow-up peds surg clinic {{DATE:06/27/24}}, ortho none.
{{NAME:Tess Yoder}}, PA-C`,
  `CASE NOTE - FOSTER PLACEMENT CHANGE (hospital SW)
{{DATE:2/4/2025 1030}} - call from CW {{NAME:Jerome Whitlow}} (DHS child welfare, {{LOCATION:Multnomah County}}), {{PHONE:503-555-0117}}, re: pt {{NAME:Destiny Ann Carver}} (4 yo, MRN {{MRN:7705526}}), admitted {{DATE:1/31}} w/ pneumonia + dehydration, currently {{FACILITY:Hartley 6}}.
Current foster placement ({{NAME:Barbara}} and {{NAME:Luis Echeverría}}, {{ADDRESS:5310 SE Woodstock Blvd}}, {{LOCATION:Portland}} {{ZIP:97206}}, cert #{{LICENSE:ODHS-FC-88231}}) disrupted - foster mom hospitalized herself.
New placement: kinship - paternal aunt {{NAME:Krystal Carver-Nunn}}, {{ADDRESS:PO Box 417}}, {{LOCATION:Estacada}} OR {{ZIP:97023}} (physical: {{ADDRESS:28455 SE Eagle Creek Rd}}); ph {{PHONE:503-555-0161}}. Background check cleared {{DATE:2/3}}.
Case # {{ID:OR-CW-2024-556120}}. Court-appointed CASA Ms. {{NAME:Helen Prather}} to be notified.
Pt's Oregon Health Plan # {{HEALTH_PLAN:XH88301K}} unchanged.
Bio mom {{NAME:Amber Carver}} - parental rights intact, supervised visits only; she is NOT to be given aunt's address.
Plan: d/c to aunt when medically ready (likely {{DATE:2/6}}), CW will be present. Aunt to bring car seat (5-pt harness, pt 16 kg).
{{NAME:Renata Boyle}}, LICSW`,
  `PEDS ONC PROCEDURE / SEDATION NOTE
Date {{DATE:03 Apr 2025}}  Pt {{NAME:RAMIREZ-LOPEZ, ISABELLA}} ("{{NAME:Isa}}")  MRN {{MRN:6629013}}
Procedure: LP with IT methotrexate 12 mg (age-based) + BMA, {{FACILITY:Corwin Day Hospital}} procedure rm 2
Pre: ANC 2.2, plt 98 - ok. NPO verified. Port accessed (PowerPort SN {{DEVICE:PWP-3R77210}}). ASA II. Weight 24.6 kg.
Sedation: propofol 1 mg/kg x 2 then 100 mcg/kg/min; no opioid. Spontaneous ventilation, NC 2L, EtCO2 monitored.
LP L4-5 first pass, clear CSF, opening pressure not measured. Flat 30 min after IT.
BMA R posterior iliac crest, aspirate sent for MRD flow (accession {{ID:FLW-25-00412}}).
Recovery uneventful, Aldrete 10 at 0955.
Performed by Dr {{NAME:Eva Petrosyan}}; sedation by Dr {{NAME:I. Solberg}} (DEA {{LICENSE:BS4471298}}); RN {{NAME:Malia Faleolo}}.
Mom {{NAME:Valeria Ramírez}} present, signed consent; abuela left for {{LOCATION:Guadalajara}} {{DATE:3/28}}.
Next: day 29 MRD results call to mom {{PHONE:702-555-0137}} or email {{EMAIL:vale.ramirez.lv@hotmail.com}}.`,
  `DAY HOSPITAL NURSING NOTE - CHEMOTHERAPY
PATIENT: {{NAME:KAPOOR, NIKHIL}}   AGE 16Y   MRN {{MRN:8819930}}   DATE: {{DATE:10-22-2024}}
DX: OSTEOSARCOMA L DISTAL FEMUR, MAP REGIMEN, WEEK 12
CHEMO: HD-METHOTREXATE 12 G/M2 (BSA 1.78) = 21.4 G IV OVER 4 H. PRE-HYDRATION D5 1/4NS + NAHCO3 40 MEQ/L AT 200 ML/M2/H, URINE PH 7.5 CONFIRMED 0810.
START 0845, END 1245. LEUCOVORIN RESCUE TO START 24 H FROM START.
LINE: R IJ TUNNELED BROVIAC (DOUBLE LUMEN), DRSG CHANGED, SITE CLEAN.
PUMP: ALARIS 8015 SN {{DEVICE:8015-5520-1193}}; CHANNEL A MTX, B FLUIDS.
ADMIT TO {{FACILITY:PRYOR 7}} FOR MTX LEVELS (24/48/72 H). BED 7-12.
FAMILY: DAD {{NAME:RAJEEV KAPOOR}} AT BEDSIDE. MOM {{NAME:PRIYA}} IN {{LOCATION:TORONTO}} FOR WORK UNTIL {{DATE:10/25}}.
SCHOOL: {{FACILITY:BRANDYWINE HILL HIGH SCHOOL}}, HOSPITAL TUTOR ARRANGED.
INS: BCBS MA ID {{HEALTH_PLAN:ZKP90221774401}}. ACCT {{ACCOUNT:HB-00918844712}}.
RN: {{NAME:O'BRIEN, SHEILA}} / CHARGE {{NAME:T. MCCLANAHAN}}`,
  `NICU PROGRESS NOTE (SOAP) - {{NAME:Mbeki}}, Baby Girl - MRN {{MRN:4121033}}
{{DATE:June 21, 2024}} | DOL 3 | GA 38+2 | {{FACILITY:Whitlock NICU}} pod A bed 3
S: admitted from WBN {{DATE:6/20}} for hyperbilirubinemia. Mom {{NAME:Thandiwe}} breastfeeding q2-3h, LC {{NAME:Ines}} saw her yesterday.
O: wt 3080 g (BW 3350, -8.1%). TSB 21.4 at 62 h (above exchange threshold? no - photo 19.6, exchange 24.0 for neurotox risk factor: none). DAT pos, mom O+, baby A+. Retic 9%. Hct 41.
Intensive phototherapy (BiliSoft + overhead, irradiance > 30). TSB q4h: 19.8 -> 17.2 -> 15.0.
A: ABO isoimmunization w/ hyperbili, responding to photo. Excess wt loss.
P: IVIG not needed. Supplement EBM/formula 30 mL after BF. Stop photo when TSB < 13, rebound 12-24 h later. Outpt bili check {{DATE:6/24}} at {{FACILITY:Sandton Park Pediatrics}} (Dr {{NAME:Dlamini-Ross}}).
Dad {{NAME:Sipho Mbeki}} called - grandparents arriving from {{LOCATION:Durban}} {{DATE:6/23}}.
Contact on file {{PHONE:919.555.0142}} | {{ADDRESS:4020 Lake Boone Trl, #307}}, {{LOCATION:Raleigh}} {{ZIP:27607}}
{{NAME:D. Whitfield}}, RN wrote / {{NAME:Hollis Abernathy-Osei}}, MD`,
  `{{FACILITY:Cascadia Mothers' Milk Bank}} - FREEZER / DISPENSING REPORT  wk of {{DATE:02/10/2025}}
Hospital: {{FACILITY:Whitlock NICU}} ({{FACILITY:St. Brendan's Children's Hospital}})   Acct {{ACCOUNT:CMMB-HOSP-0042}}
Recipient                 MRN        Pool        mL dispensed   Reason
{{NAME:Castellanos}} BB          {{MRN:7720315}}    PL-25-0418   270            prematurity
{{NAME:Oyelaran}} Twin A         {{MRN:9130021}}    PL-25-0433   145            prematurity/NEC risk
{{NAME:Nguyen}} Twin B           {{MRN:8810442}}    PL-25-0433   310            post-NEC
{{NAME:Begay}} BB                {{MRN:1180561}}    PL-25-0402   60             hypoglycemia
Freezer F2 temp log: -20.4 to -19.1 C, no excursions. Probe SN {{DEVICE:TMP-88104}}.
Recall notice: donor {{ID:D-40722}} (pool PL-25-0420) - quarantined {{DATE:2/15}}, not dispensed.
Invoice # {{ID:INV-2025-0214}}, billed to hospital acct above.
Questions: milk bank coordinator {{NAME:Heather Lindahl}}, {{PHONE:503-555-0114}}, {{EMAIL:hlindahl@cascadiamilk.example.org}}
Signed {{NAME:S. Marrero}} / {{NAME:JW}}`,
  `Dear Mr. and Mrs. {{NAME:Achterberg}},

Your baby's newborn screen (collected {{DATE:November 3, 2024}}, specimen {{ID:NBS-2411-03-7718}}) showed that {{NAME:Willem}} is a CARRIER of sickle cell trait (FAS). This is not a disease. {{NAME:Willem}} does not need treatment.

What it means for your family: one or both parents carries the trait. Future children may be affected. We recommend that you ({{NAME:Johanna}} and {{NAME:Pieter}}) have a hemoglobin test, and talk with a genetic counselor. You can call {{NAME:Marisa Okeke}}, MS, CGC at {{FACILITY:Heartland Genetics Clinic}}, {{PHONE:(816) 555-0112}}.

{{NAME:Willem}}'s doctor, Dr. {{NAME:Farrah Quist}} at {{FACILITY:Northland Kids Care}} ({{ADDRESS:8300 N Oak Trafficway, Suite 210}}, {{LOCATION:Kansas City}}, MO {{ZIP:64118}}), has a copy of this letter.

Please keep this letter with {{NAME:Willem}}'s health records. If you move, please update us.

Sincerely,
Newborn Screening Follow-up
{{NAME:Carol Vandersloot}}, RN
Fax {{FAX:573-555-0151}}   {{URL:https://nbs-followup.example.gov/result/7718}}
mailed to: {{ADDRESS:114 NW Barry Rd}}, {{LOCATION:Kansas City}} MO {{ZIP:64155}}   {{DATE:11/19/24}}  /{{NAME:cv}}`,
  `{{FACILITY:Kettering Hills Children's Hospital}} | Division of Hematology/Oncology
{{DATE:Feb 3, 2025}}

{{FACILITY:Sugar Maple Intermediate School}}
Attn: Ms. {{NAME:Renee Calloway}}, 504 Coordinator
{{ADDRESS:3600 Feedwire Rd}}, {{LOCATION:Bellbrook}}, OH {{ZIP:45305}}

RE: {{NAME:Owen T. Falkenrath}}   DOB {{DATE:3-9-2014}}

{{NAME:Owen}} is in maintenance therapy for acute lymphoblastic leukemia (daily oral 6-MP, weekly oral methotrexate, monthly vincristine/steroid pulses, IT chemo q12 wk). He may return to school full days starting {{DATE:2/10/25}}.
Please provide:
1. Notification of chickenpox, measles, or flu cases in his class within 24 h (call mom {{NAME:Kristin Falkenrath}} {{PHONE:937-555-0179}})
2. Water bottle and bathroom pass; rest breaks during steroid weeks
3. Hand-hygiene reminders for the class; he may wear a mask
4. Excused absences for clinic days (usually Tuesdays)
5. Home instruction when ANC < 500 or after hospital stays
His port is under the skin of his chest; it needs no care at school. No contact sports during pulses.

Questions: {{NAME:Bernadette Kline}}, hospital teacher, {{EMAIL:bkline@khch.example.org}}, or oncology NP {{NAME:Sung-min Park}}, {{PHONE:937-555-0163}}.

{{NAME:Tobias Wen}}, MD, Attending, Pediatric Oncology   NPI {{LICENSE:1780448211}}`,
  `HOME O2 DISCHARGE TEACHING - bronchiolitis / BPD hx
Pt {{NAME:Kaylani Fonoti}}, 7 mo, ex-28 wk w/ mild BPD, MRN {{MRN:2287034}}. d/c {{DATE:2024-12-18}} on 1/4 L NC.
Taught: grandma {{NAME:Losa Fonoti}} (primary caregiver) + mom {{NAME:Mele}} ("{{NAME:Mel}}"). Samoan interpreter via phone, interp ID {{ID:SAM-71093}}.
DME: {{FACILITY:Pacific Rim Respiratory Supply}}, {{PHONE:808-555-0144}}. Delivered concentrator (Invacare Perfecto2, SN {{DEVICE:PF2-1921887}}) + 2 E-tanks + pulse ox Masimo Rad-5 SN {{DEVICE:R5-0044719}} to home {{DATE:12/17}}.
Safety: no smoking in home (uncle {{NAME:Sefo}} smokes - agreed to smoke outside only), no candles, tubing trip hazards.
Home: {{ADDRESS:91-1037 Kaiemi St}}, {{LOCATION:Ewa Beach}} HI {{ZIP:96706}}.
Meds: none new. Synagis not needed (got nirsevimab {{DATE:10/30/24}}).
F/u pulm Dr {{NAME:Kealoha-Brandt}} {{DATE:1/8/25}}; PCP {{FACILITY:Waipahu Keiki Clinic}} {{DATE:12/20}}.
Med-QUEST # {{HEALTH_PLAN:HQ1884402210}}.
Grandma's cell {{PHONE:808-555-0111}}, email none.
RN {{NAME:Leilani A.}}`,
  `picu txt handoff night {{DATE:9/13}}
bed 2 - {{NAME:harmon}} ({{NAME:zeke}}) 17mo s/p femur fx + NAT w/u, stable, floor tmrw. CPS aware (case {{ID:CW-24-0913-220}}). no visitors except GP {{NAME:wendell}}/{{NAME:marjorie}}. security alert on boyfriend {{NAME:c. stallings}} - photo at front desk ({{PHOTO:SEC-0913-stallings.jpg}})
bed 3 - {{NAME:Tupou}} infant 3 wk, sepsis r/o, amp/gent/acyclovir, LP traumatic. mom {{NAME:sela}} rooming in
bed 8 - {{NAME:lee}} ({{NAME:ariana}}) dka resolved, sq insulin started 1800, needs pump restart by endo. grandma {{NAME:soon-ja}} speaks korean - use interp line
bed 9 - empty, admit coming from {{FACILITY:ridgeline ED}}: 4 yo w/ status asthmaticus, mag given, on cAlb 20 mg/h. ETA 2330. EMS crew {{NAME:Brandt}} and {{NAME:Okoye}}
call me {{PHONE:x77410}} if anything
-{{NAME:nk}}`,
  `CHILD LIFE - LEGACY / MEMORY MAKING
{{DATE:4/27/2025}} - {{NAME:Oyelaran}}, Twin B ({{NAME:Adebola}}), redirection of care per family wishes.
Present: parents {{NAME:Funmi}} and {{NAME:Tunde}}, brother Twin A ({{NAME:Adewale}}) brought over in his isolette for first (and last) co-bedding, aunt {{NAME:Folake}}, Pastor {{NAME:Okonjo}}, RN {{NAME:Kofi M.}}, CCLS {{NAME:Yesenia Duarte}}.
Memory items: hand and foot molds x2, ink prints (Twin A and B together), lock of hair, hospital bracelet, crocheted blanket from {{FACILITY:Stitches of Hope}}, {{LOCATION:Marietta}} chapter.
Photography: volunteer photographer {{NAME:Camille Ashworth}} (bereavement photography volunteer, consent signed); files {{PHOTO:OYELARAN_B_0427_001-044.jpg}} to be delivered by private link {{URL:https://gallery.example.com/p/oy-0427-lullaby}} in 2 wk.
Sibling support: cousin {{NAME:Temi}} (6) drew a picture; given "Someone Special Died" book.
Family religious needs: prayer at bedside; requested no autopsy.
Baptism certificate signed by Pastor; death certificate to be completed by Dr {{NAME:Szczepanski}}.
Bereavement f/u: {{NAME:Gretchen Moss}} NP will call at 2 wk and 6 wk ({{PHONE:404-555-0149}}, dad's cell). Mailing address {{ADDRESS:1140 Peachtree Battle Ave NW}}, {{LOCATION:Atlanta}} {{ZIP:30327}}.
{{NAME:Y. Duarte}}, CCLS`,
  `CPS SAFETY PLAN / PLAN OF SAFE CARE (CARA) - NICU
Infant: {{NAME:Pruitt}}, baby girl   DOB {{DATE:01/14/2025}}   MRN {{MRN:3301947}}
Prenatal exposure: methamphetamine + fentanyl (mec tox pos, UDS mom pos {{DATE:1/14}}). Eat-Sleep-Console scores adequate after day 4; no morphine needed.
Mother: {{NAME:Jolene Marie Pruitt}}, DOB {{DATE:08/22/2001}}, SSN {{SSN:522-90-1187}}; in MAT program at {{FACILITY:Riverside Recovery Clinic}} (buprenorphine, counselor {{NAME:Ty Brannigan}}).
Caseworker: {{NAME:Alondra Ríos}}, Children & Family Services, {{LOCATION:Lake County}}, ph {{PHONE:219-555-0110}} fax {{FAX:219-555-0119}}. Case {{ID:LC-CFS-25-00318}}.
Plan:
- infant to discharge with maternal great-aunt {{NAME:Doris Kincaid}} (safety resource), {{ADDRESS:6612 Kennedy Ave}}, {{LOCATION:Hammond}} IN {{ZIP:46323}}
- mom may live in home if engaged in tx and negative weekly UDS; no unsupervised overnight care x 30 d
- home visiting: {{FACILITY:Calumet Family Home Visiting}} referral {{ID:NFP-82214}}
- WIC, Medicaid ({{HEALTH_PLAN:100482377106}}) applied
- follow-up: PCP {{DATE:1/24}}, early intervention (First Steps) referral
Meeting {{DATE:1/21/25}}. Signed {{NAME:J. Pruitt}} / {{NAME:D. Kincaid}} / {{NAME:A. Ríos}} / hospital SW {{NAME:N. Haddad}}`,
  `AUDIOLOGY REPORT - diagnostic ABR
Pt: {{NAME:Delacroix-White, Julien}}   DOB {{DATE:04/02/2025}}   MRN {{MRN:6671024}}   Test date {{DATE:05/14/2025}}
Referred from NICU hearing screen (L refer x2). Natural sleep, 58 min.
Results: R ear - click and tone-burst ABR thresholds 20 dB nHL at 500-4000 Hz, normal. L ear - 60 dB nHL at 2000/4000 Hz, 50 at 500/1000. Bone conduction L 55 dB. Tymps type A bilat. DPOAE R present, L absent.
Impression: moderate SNHL, left ear. CMV PCR (saliva {{DATE:4/10}}) NEGATIVE.
Recs: hearing aid fitting L (loaner Phonak Sky Lumity, SN {{DEVICE:2418XK0913}}), refer early intervention, ENT (Dr {{NAME:Okonkwo-Hale}}), genetics (GJB2), ophtho.
Discussed with mom {{NAME:Celeste}}; she will call {{FACILITY:Sound Start Early Intervention}} at {{PHONE:206-555-0177}}.
Report to PCP Dr. {{NAME:Samuel Oduya}} at {{FACILITY:Rainier Valley Pediatrics}}, fax {{FAX:206-555-0140}}.
Equipment: Interacoustics Eclipse SN {{DEVICE:EC-1100834}}.
{{NAME:Rosalind Thibodeaux}}, AuD, CCC-A, lic {{LICENSE:AU-60044812}}`,
  `nicu rn shift note 0700-1900 {{DATE:3/9}}
pt: {{NAME:nguyen}} twin A ("Bé {{NAME:Na}}" per mom), ex-25+6, cga 33+6, pod D bed 40 (step-down)
neuro: active w/ cares, tone wnl for ga, AFOF
resp: hfnc 2L 21-23%, 2 self-resolved desats, 0 bradys. caffeine 10 mg/kg/d given 0900
cv: no murmur, cap refill < 3
fen: ebm + hmf 26 kcal 34 ml q3h, 2 po attempts (cue-based) took 12 ml and 18 ml, rest gavage via NG 5fr @ 20 cm. voiding/stooling. wt 1,774 g (+22 g)
skin: intact, small pressure area nose from prongs - mepilex applied
family: mom {{NAME:Lan}} did skin to skin 90 min at 1300, dad {{NAME:Duc}} visited 1700. grandma's name is {{NAME:Hoa}} - she asked us to spell it right on the visitor list. they asked when twin B ({{NAME:Nguyen}}, Bé {{NAME:Bi}}) can come out of pod A to be next to sister - charge rn {{NAME:darnell}} says maybe tues.
equipment: bed 40 monitor swapped, new SN {{DEVICE:MX4-77120-D}}; feeding pump Kangaroo ePump SN {{DEVICE:KEP-40231}}
teaching: bathing demo for mom, bottle pacing. mom says home is {{ADDRESS:4418 S Pine St, Apt 12}} {{LOCATION:Tacoma}} - asks re visiting nurse later.
{{NAME:haylee r.}} rn`,
  `BACK-TRANSPORT / CONVALESCENT TRANSFER
{{DATE:04/18/2025 1015}}  RUN {{ID:NT-25-0611}}
Pt: Baby Boy {{NAME:Castellanos}}, MRN here {{MRN:7720315}}, CGA 36+5, wt 2290 g, RA, all PO ad lib 24 kcal.
From: {{FACILITY:Whitlock NICU}}, {{FACILITY:St. Brendan's Children's Hospital}}, {{LOCATION:Spokane}}
To: Level II nursery, {{FACILITY:Palouse Valley Regional}}, {{LOCATION:Moscow}} ID - accepting MD Dr {{NAME:Gwendolyn Pirtle}}, {{PHONE:208-555-0167}}, fax {{FAX:208-555-0168}}.
Reason: closer to home for family - parents moved to {{ADDRESS:705 E Third St}}, {{LOCATION:Moscow}} {{ZIP:83843}} for dad's new job at {{FACILITY:Palouse Grain Cooperative}}.
Outstanding: ROP exam #3 due {{DATE:4/22}} (zone III, stage 1 last time); hep B vaccine given {{DATE:4/10}}; hearing screen passed; car seat test not yet done.
Records sent: d/c summary, MAR, imaging CD. Receiving MRN assigned {{MRN:PVR-0092271}}.
Crew: RN {{NAME:Jana Makoa}}, RT {{NAME:Sullivan}}. Isolette SN {{DEVICE:AV-09-44381}}.
Mom {{NAME:Yesenia}} rode along in front; dad {{NAME:Rafael}} following in family car (WA plate {{VEHICLE:BXP 8831}}).
Depart 1040, arrive 1225, uneventful.
New Medicaid (Idaho) # {{HEALTH_PLAN:0011983344}} pending transfer.`,
  `SAFETY EVENT REPORT (milk administration error) - CONFIDENTIAL, peer review
Event # {{ID:SE-2025-00388}}   Date/time of event: {{DATE:02/20/2025 03:10}}   Unit: {{FACILITY:Whitlock NICU}}
Description: Infant {{NAME:Castellanos}} BB (MRN {{MRN:7720315}}) received 8 mL of expressed breast milk labelled for {{NAME:Greenfield}} BG (MRN {{MRN:7720477}}) via NG. Scanner override used at 0305 ("label won't scan") by RN {{NAME:K. Lindgren}}. Error found at 0340 by RN {{NAME:Dee Whitfield}} on bottle check.
Actions: feed stopped; NNP {{NAME:T. Greaves}} notified 0345. Both mothers notified by Dr {{NAME:Abernathy-Osei}} at 0900:
  - donor mother {{NAME:Ashley Greenfield}} consented to share serology (HIV/HBV/HCV neg {{DATE:12/18/24}}, medications: sertraline)
  - recipient mother {{NAME:Yesenia Castellanos}} updated, questions answered
Risk mgmt: {{NAME:Patrice Holm}}, ext {{PHONE:2-4410}}.
Contributing: scanner SN {{DEVICE:TMS-2209-1183}} had low battery; two bottles in same bin.
Follow-up: bins separated per infant, override now requires 2nd RN.
Reporter: {{NAME:D. Whitfield}}, RN`,
  `CAR SEAT SCREENING LOG - {{FACILITY:Harrowgate Women's}} Mother-Baby Unit, {{DATE:September 2024}}
Date   Infant (MRN)                          GA     Seat                   Result  RN
{{DATE:9/3}}    BB {{NAME:Ferraro}} ({{MRN:5512030}})        36+1   Britax Willow          PASS    {{NAME:ap}}
{{DATE:9/4}}    BG {{NAME:Takahashi-Boyd}} ({{MRN:5512077}}) 35+5   Nuna Pipa              PASS    {{NAME:ap}}
{{DATE:9/7}}    Twin A {{NAME:Wojcik}} ({{MRN:5512101}})     35+0   Graco SnugRide         FAIL    {{NAME:lm}}
{{DATE:9/7}}    Twin B {{NAME:Wojcik}} ({{MRN:5512102}})     35+0   Graco SnugRide         PASS    {{NAME:lm}}
{{DATE:9/9}}    Twin A {{NAME:Wojcik}} (repeat)               35+2   Graco SnugRide         PASS    {{NAME:ap}}
{{DATE:9/12}}   BB {{NAME:Oduya}} ({{MRN:5512166}})           36+4   Chicco KeyFit 35       PASS    {{NAME:ds}}
Notes: {{NAME:Wojcik}} twins - mom {{NAME:Agnieszka}} asked for 2 seats to fit in 2014 Honda Civic (VIN {{VEHICLE:2HGFB2F59EH514782}}); CPST {{NAME:B. Lindahl}} confirmed fit.
{{NAME:Oduya}} - dad {{NAME:Samuel}} is a peds MD here; no special handling.
Audit by {{NAME:Marisol Trevino-Baca}}, RN, CPST, {{DATE:10/1/2024}}`,
  `TELEPHONE LOG - HEARING RESCREEN NO-SHOW
Infant: {{NAME:Fifita, Mele Losaline}} (BG at birth)   DOB {{DATE:6/17/24}}   MRN {{MRN:4121007}}
Background: inpatient L refer then pass on rescreen {{DATE:06.18.2024}}; risk factor = craniofacial (L preauricular tag) -> outpatient ABR ordered by 3 mo.
{{DATE:8/5/24}} appt missed.
{{DATE:8/6}} 0915 called mom {{NAME:'Ana Fifita}} {{PHONE:801-555-0190}} - number disconnected.
{{DATE:8/6}} 0930 called alt contact (aunt {{NAME:Salote Vainikolo}}) {{PHONE:801-555-0129}} - she says family moved to {{LOCATION:West Valley City}}, new number {{PHONE:385-555-0108}}.
{{DATE:8/6}} 0945 reached mom. Rescheduled ABR {{DATE:Thursday 8/15}} 1000, {{FACILITY:Wasatch Children's Audiology}}, {{ADDRESS:5121 S Cottonwood St, Ste 300}}, {{LOCATION:Murray}} {{ZIP:84107}}. Mom requests Tongan interpreter; booked (req {{ID:INTP-884120}}).
Updated address: {{ADDRESS:3350 W 3500 S, #B7}}, {{LOCATION:West Valley City}} UT {{ZIP:84119}}.
Letter sent to PCP {{FACILITY:Granger Family Health}} fax {{FAX:801-555-0133}}.
Coordinator {{NAME:Shauna Pettibone}}, EHDI`,
  `NBS CRITICAL CALL - GALACTOSEMIA
{{DATE:Sat 11/16/2024 0820}}. On-call peds (Dr {{NAME:Marguerite Delacroix-Ames}}) paged by state NBS lab (Dr {{NAME:Hal Oyler}}, {{PHONE:405-555-0184}}). Specimen {{ID:OK-2411-13-20044}}: GALT activity absent, total galactose 42 mg/dL. Infant {{NAME:Redcorn}}, baby boy, DOB {{DATE:11/12/24}}, born at {{FACILITY:Osage Valley Birth Center}}, d/c home {{DATE:11/14}}.
0825 called dad {{NAME:Wyatt Redcorn}} {{PHONE:918-555-0132}}: baby breastfeeding, more sleepy last 24 h, yellow. Told: STOP breast milk & regular formula now, give soy formula (Isomil) until seen, come to ED now.
0850 ED notified ({{FACILITY:Hillcrest Children's ED}}, charge RN {{NAME:Opal}}).
1005 arrived: jaundiced, lethargic, liver 3 cm. TSB 19.8 (DB 3.1), glucose 48, INR 2.1, E. coli sepsis concern -> cultures (acc {{ID:BC-1116-8802}}), amp/gent, admit NICU.
Mom {{NAME:Lacey Redcorn}} pumping; told to freeze milk, not discard, pending confirm.
Grandmother {{NAME:Ruth Redcorn}} ({{AGE:94}}) with family, asking if "her milk sugar" problem runs in family.
Home {{ADDRESS:Rt 1 Box 77}}, {{LOCATION:Pawhuska}} OK {{ZIP:74056}}. Osage Nation member # {{ID:ON-0048821}}.
SoonerCare {{HEALTH_PLAN:B00492881}}.`,
  `PEDIATRIC ED -> WARD ADMISSION NOTE
PT: {{NAME:MCALLISTER, BRODY J}}   AGE: 7 WKS   MRN: {{MRN:6620915}}   ADM: {{DATE:01/11/2025 04:52}}
CC: COUGH, FAST BREATHING, POOR FEEDING X 3 DAYS. APNEA EPISODE AT HOME PER MOM (~15 SEC, COLOR CHANGE).
HX: TERM, NSVD AT {{FACILITY:GRANDVIEW BIRTHING CENTER}}. NO NICU. SISTER {{NAME:MADDIE}} (5) WITH URI, ATTENDS {{FACILITY:LITTLE ACORNS DAYCARE}}.
EXAM: T 38.1 RECTAL, RR 68, HR 172, SPO2 88% RA. NASAL FLARING, SUBCOSTAL AND INTERCOSTAL RETRACTIONS, COARSE CRACKLES BILAT. CAP REFILL 2 SEC.
LABS: RSV/FLU/COVID PCR: RSV POS. BMP NL. NO CXR.
ED TX: SUCTION, HFNC 8 L FIO2 0.40 -> SPO2 95%. NPO, D5 1/2NS + 20 KCL AT MAINT.
ASSESSMENT: SEVERE RSV BRONCHIOLITIS W/ APNEA, < 2 MO.
PLAN: ADMIT {{FACILITY:HARTLEY 6}} W/ CONTINUOUS MONITORING VS PICU IF APNEA RECURS. CARDIORESP MONITOR SN {{DEVICE:IX-30092217}}.
PARENTS: {{NAME:KELSEY MCALLISTER}} ({{PHONE:720-555-0103}}), {{NAME:JORDAN MCALLISTER}}.
ADDRESS: {{ADDRESS:1875 S FEDERAL BLVD #4}}, {{LOCATION:DENVER}} CO {{ZIP:80219}}. INS: KAISER CO MBR {{HEALTH_PLAN:K0094881276}}.
ADMITTING: {{NAME:L. BRANDT}} MD / ED: {{NAME:S. ORTEGA-KLEIN}} MD`,
  `DIABETES TELEHEALTH VISIT (2 wk post-DKA)
{{DATE:12/04/2024 1600}}, video. Pt {{NAME:Sophia Marchetti}}, 12y, MRN {{MRN:4470218}}. Pt at home with mom {{NAME:Gina}}; CDCES {{NAME:Rochelle Bates}} joined.
Platform session {{ID:VV-88213-A}}, pt connected from {{IP:198.51.100.23}}; link sent to {{EMAIL:gina.marchetti@protonmail.com}}.
CGM (Dexcom G7, receiver {{DEVICE:RX-7QM442}}) 14-day: TIR 58%, TBR 4%, TAR 38%, GMI 7.9%. Overnight lows ~0200 x3 after late soccer practice.
Doses: glargine 22 u, lispro ICR 1:12, CF 1:45. Adjust: glargine to 20 u; bedtime snack 15 g on practice days.
School: nurse Ms. {{NAME:Vance}} at {{FACILITY:Wendover Junior High}} texts mom when < 70; fine. Teacher {{NAME:Okoro}} lets her keep phone.
Mom asked about Omnipod - will start pump class {{DATE:Jan 14, 2025}}. Data upload link: {{URL:https://clarity.example.com/share/SM-4470218}}.
Dad {{NAME:Paul}} not present; moved to {{LOCATION:Cincinnati}}, shared custody - needs separate Rx for second meter at {{FACILITY:Westwood Family Pharmacy}} near him.
Next visit {{DATE:1/8/25}}.
{{NAME:Anh Vo}}, MD, Pediatric Endocrinology`,
  `ADOLESCENT MED / SURGERY - non-op appendicitis
{{NAME:Aisha Bello-Cunningham}} 15 F, MRN {{MRN:9021846}}, {{FACILITY:Pryor 6}} bed 18. Seen {{DATE:5/2/24 0700}}.
Uncomplicated appendicitis on US (7 mm, no appendicolith), family chose non-operative mgmt after shared decision-making w/ Dr {{NAME:Baptiste}} (ref: CODA trial data, 30% recurrence by 1 y).
IV ceftriaxone 50 mg/kg + flagyl x 24h -> pain 2/10, tolerating diet, afebrile. Transition to PO amox-clav 875 BID x 7d total.
HEADSS done privately: lives w/ mom {{NAME:Folasade Bello}} and stepdad; 10th grade at {{FACILITY:Midway Crossing STEM Academy}}; varsity track; denies sex, drugs, SI. Confidential: none.
Mom asked for note for coach Mr. {{NAME:Gantt}}: no running x 1 wk.
Return precautions given; if fail -> lap appy. Appt clinic {{DATE:5/9/24}}.
Rx to {{FACILITY:Dorchester Avenue Apothecary}}, {{ADDRESS:1525 E 53rd St}}, {{LOCATION:Chicago}} {{ZIP:60615}}, {{PHONE:773-555-0138}}.
Parent portal proxy access approved for mom, username {{EMAIL:fbello.hp@icloud.com}}.
{{NAME:P. Ng}} MD`,
  `PICU HANDOFF - post-op cardiac, bed 11
{{NAME:Gonzalez-Whitaker, Emilio}} | 4 mo | 5.1 kg | MRN {{MRN:7314402}}
Illness severity: watcher
Pt summary: T21, CAVC s/p complete repair {{DATE:10/08/2024}} (surgeon Dr {{NAME:Ahn}}, case {{ID:CT-24-1022}}). POD#2. Milrinone 0.5, epi off 0600. Junctional rhythm on POD#1 - temp pacer AAI 140, pacer box Medtronic 5392 SN {{DEVICE:PJ5392-110448}}. Extubated 1000 to HFNC 6L.
CT x2 (mediastinal 18 mL/12h, R pleural 30 mL). Lasix 1 mg/kg q12h. Goal net -.
Action list: lytes q6h, iCa > 1.1, wean milrinone if lactate < 2, CXR 0500, remove LA line after ECHO.
Situation/contingency: if JET -> cool to 35, amio per cards. Desat < 75 -> call fellow.
Family: mom {{NAME:Rosa}}, dad {{NAME:Kyle Whitaker}} (military, deployed; calls from {{LOCATION:Ramstein}} via {{PHONE:+49 6371 555 0140}}; primary contact mom's cell {{PHONE:(719) 555-0193}}). TRICARE # {{HEALTH_PLAN:TR0094421883}}. Grandma Abuelita {{NAME:Chela}} stays overnight.
Given: {{NAME:K. Obi}} -> {{NAME:R. Hashemi}}, {{DATE:10/10/24 0700}}`,
  `CHILD LIFE NOTE - adolescent, extended stay
Pt: {{NAME:Nikhil}} ("{{NAME:Nik}}") {{NAME:Kapoor}}, 16, {{FACILITY:Pryor 7}} rm 7-12, admission day 3 for HD-MTX clearance (delayed, level 1.9 at 48h, glucarpidase not needed).
Assessment: withdrawn, gaming most of day, per dad "he's bored out of his mind." Misses robotics team at school and his friend {{NAME:Marcus}}. Teen has peer Zoom with robotics club Thursdays - needs stable wifi; IT reserved bandwidth for device at {{IP:192.0.2.118}} (pt's laptop, tag {{DEVICE:LT-KAP-0921}}).
Intervention: teen room access after 1600, introduced to {{NAME:Grace}} (17, other onc pt, same school district) - they knew each other. Offered music therapy w/ {{NAME:Ollie Brandvold}}, MT-BC; pt declined. Brought Switch games from library.
Normalization: arranged for hospital teacher {{NAME:B. Kline}} to coordinate AP Chem with {{FACILITY:Brandywine Hill High School}} teacher Mrs. {{NAME:DiStefano}}, {{EMAIL:jdistefano@bhhs.example.k12.us}}.
Mom {{NAME:Priya Kapoor}} back from {{LOCATION:Toronto}} on {{DATE:10/25/24}}; pt brighter after visit.
Plan: check in daily, teen night (pizza) Friday in 7th-floor lounge.
{{NAME:Jordan Pike}}, CCLS, pager {{PHONE:3318}}`,
  `HOSPITAL-SCHOOL LIAISON: REQUEST FOR HOMEBOUND INSTRUCTION
Student: {{NAME:Delgado, Marisol Inés}}     DOB: {{DATE:2009-11-03}}     Grade: 10
District: {{FACILITY:Arroyo Colorado Consolidated ISD}}    Campus: {{FACILITY:Palm Court Early College HS}}
Parent/guardian: {{NAME:Inés Delgado}} (mother), {{ADDRESS:2218 W Lincoln Ave}}, {{LOCATION:Harlingen}} TX {{ZIP:78552}}, {{PHONE:956-555-0109}}
Physician certification: I certify that the above student has a medical condition (new diagnosis of Hodgkin lymphoma, stage IIB, on ABVE-PC chemotherapy cycles every 21 days through approx. {{DATE:04/2025}}) that confines her to home/hospital for at least 4 weeks, with intermittent school attendance possible between cycles. Immunosuppressed; avoid crowded settings during nadir (days 7-14).
Estimated return: {{DATE:May 5, 2025}}.
Physician: {{NAME:Rubén Castañeda-Ortiz}}, MD, Pediatric Hematology/Oncology, {{FACILITY:Rio Grande Valley Children's Cancer Center}}
TX license {{LICENSE:Q4418}}   NPI {{LICENSE:1093348201}}   Phone {{PHONE:956-555-0197}}   Fax {{FAX:956-555-0198}}
Signature: ____________  Date: {{DATE:12/9/2024}}
Student ID (district) {{ID:ACCISD-224471}}
School nurse contact: Mr. {{NAME:Arturo Leal}}`,
  `NICU DISCHARGE TEACHING - G-TUBE + HOME APNEA MONITOR
Infant: {{NAME:WARD, ELIJAH}} (BB {{NAME:Ward}}), MRN {{MRN:1149920}}, ex-29 wk, CGA 44+2, d/c {{DATE:07-11-2024}}.
Caregivers taught: mother {{NAME:Precious Ward}}, grandmother {{NAME:Loretta Ward}} ("Mama {{NAME:Lo}}"), both return-demo'd.
G-tube: MIC-KEY 14 Fr 1.5 cm, balloon 4 mL sterile water weekly; bolus feeds Neosure 24 kcal 90 mL q3h via Enfit syringe, 5 min. Venting, stoma care, what to do if tube falls out (spare in go-bag).
Apnea monitor: SmartMonitor 2 PS, SN {{DEVICE:SM2-0881744}}, supplier {{FACILITY:Bluegrass Pediatric DME}} ({{PHONE:859-555-0102}}, 24/7). Alarms 20 s apnea, HR < 80. CPR review done.
Meds: caffeine stopped {{DATE:6/30}}; Poly-Vi-Sol with iron 1 mL daily; omeprazole 1 mg/kg daily -> {{FACILITY:Woodhill Pharmacy}}, {{ADDRESS:1795 Alysheba Way}}, {{LOCATION:Lexington}}.
Home: {{ADDRESS:552 Georgetown St, Apt 3C}}, {{LOCATION:Lexington}} KY {{ZIP:40508}}.
Home nursing: {{FACILITY:Limestone Kids Home Health}}, 8 h/day, start {{DATE:7/12}}; auth {{ID:HN-240711-55}}.
F/U: NICU grad clinic {{DATE:8/6/24}}; GI {{DATE:7/25}}; EI (First Steps) intake.
RN {{NAME:Shondra Pickett}} / {{NAME:sp}}`,
  `FOSTER CARE HEALTH PASSPORT - placement visit summary
Child: {{NAME:Jaylen Marcus Booker}} ("{{NAME:JJ}}")   DOB {{DATE:09/15/2018}}   Age 6
SSN {{SSN:431-77-0562}}   Medicaid {{HEALTH_PLAN:AR-MCD-772184401}}   MRN here {{MRN:2203318}}
Custody: DCFS since {{DATE:03/2024}}. Case # {{ID:DCFS-PUL-24-0917}}. Caseworker {{NAME:Tamika Oyelowo}} {{PHONE:501-555-0156}}, {{EMAIL:t.oyelowo@dcfs.example.gov}}.
Placement history: (1) emergency shelter {{FACILITY:Riverbend Youth Shelter}} {{DATE:3/11/24}}-{{DATE:3/20/24}}; (2) foster home {{NAME:Reggie}} & {{NAME:Carla Pettus}} {{DATE:3/20/24}}-{{DATE:8/2/24}}; (3) current: {{NAME:Annette}} and {{NAME:Lowell Fairchild}}, {{ADDRESS:3 Quail Run Cv}}, {{LOCATION:Sherwood}} AR {{ZIP:72120}}, license {{LICENSE:AR-FH-20931}}.
Admission: {{DATE:1/9/25}}-{{DATE:1/12/25}} {{FACILITY:Hartley 6}} for asthma exacerbation (PRAM 9 -> 2, dex x2, albuterol q4 -> q4 prn). Controller started: Flovent 44 mcg 2 puffs BID w/ spacer.
School: kindergarten, {{FACILITY:Quail Hollow Primary}}; IEP for speech.
Dental: last visit unknown - referred.
Bio parents: mom {{NAME:Tasha Booker}} (visits Saturdays), dad incarcerated at {{FACILITY:Pine Hollow Correctional Unit}}.
Foster mom {{NAME:Annette}} given asthma action plan; Rx to {{FACILITY:Sherwood Family Drug}}.
Completed by {{NAME:Ike Nwachukwu}}, MD`,
  `HOTLINE REPORT DOCUMENTATION (mandated reporter)
Date/time of call: {{DATE:07/03/2024 15:42}}   Hotline ref # {{ID:HL-2407-03-66712}}   Intake worker: {{NAME:Dwayne}} (last name not given), badge {{ID:4471}}
Reporter: {{NAME:Noor Haddad}}, LICSW, {{FACILITY:Kettering Hills Children's Hospital}}, {{PHONE:937-555-0150}}
Child: {{NAME:Kaydence Rae Shultz}}, DOB {{DATE:02-28-2024}}, 4 mo F, MRN {{MRN:5510048}}
Concern: bilateral posterior rib fx (healing) + new subdural on CT {{DATE:7/2/24}}; no history of trauma; sentinel bruise L cheek noted by PCP {{DATE:6/14}} (PCP Dr. {{NAME:Greta Vogt}}, {{FACILITY:Shakertown Pediatrics}}).
Caregivers: mother {{NAME:Alexis Shultz}} (19), her partner {{NAME:Tyler Brock}} (24); babysitter "Nana {{NAME:Pat}}" (maternal great-grandmother {{NAME:Patricia Shultz}}, {{AGE:92}}), who cares for infant weekdays.
Address: {{ADDRESS:417 Kneisly Pl}}, {{LOCATION:Kettering}}, OH {{ZIP:45420}}.
Siblings: none. Other children in home: partner's son {{NAME:Mason Brock}} (3).
Police: {{LOCATION:Kettering}} PD notified, report {{ID:KPD-24-011893}}, Det. {{NAME:Sorensen}}.
Outcome: accepted for investigation, response within 24 h.`,
  `ED PROCEDURAL SEDATION - ketamine
{{NAME:Owusu, Kwabena}} | 4y M | 18.4 kg | MRN {{MRN:3318870}} | {{DATE:Aug 30 2024}}
Indication: 4 cm complex chin lac + forehead lac after fall from bunk bed at grandma's house ({{ADDRESS:77 Elmhurst Ave}}, {{LOCATION:Trenton}}) - story consistent, witnessed by cousin.
Pre: NPO solids 4h (chips 1300), not a contraindication per ACEP. ASA I. No URI. Airway nl.
Ketamine 1.5 mg/kg IV (28 mg) at 1712, repeat 0.5 mg/kg 1735. Ondansetron 0.15 mg/kg.
Monitors: SpO2, EtCO2, cardiac. Monitor SN {{DEVICE:ZX-3005-8812}}.
Emergence: mild agitation, mom ({{NAME:Abena}}) at bedside singing in Twi, resolved.
Repair by Dr {{NAME:Ortega-Klein}} (layered, 5-0 fast gut + 6-0 nylon). Photo of lac pre-repair (no face) in media; full-face photo for plastics f/u saved {{PHOTO:owusu_k_face_0830.jpg}}.
Recovery: baseline mental status 1840, tolerated popsicle.
Sedation physician: Dr {{NAME:Amara Nwosu}}, NPI {{LICENSE:1902287451}}. RN {{NAME:Tom}} ({{NAME:T. Wieczorek}}).
F/U: suture removal {{DATE:9/4}} at {{FACILITY:Mercer Kids Urgent Care}}; grandma {{NAME:Efua}} to bring him.
Home {{ADDRESS:9 Roebling Ct}}, {{LOCATION:Hamilton Township}} NJ {{ZIP:08619}}, {{PHONE:609-555-0186}}.`,
  `INFUSION CENTER - INFLIXIMAB #6 (q8wk maintenance)
Pt: {{NAME:Brennan Oakes}}  17 y M  MRN {{MRN:6612094}}  {{DATE:Thu, 01/23/2025}}  chair 12
Dx: Crohn's ileocolitis (L3/L4a), dx {{DATE:3/2023}}. PCDAI 5 today (remission).
Dose: infliximab-dyyb 10 mg/kg = 680 mg (wt 68 kg), over 2 h. Trough from last dose: 7.4 mcg/mL, no antibodies. Premeds: none.
VS stable q30. No reaction.
Line: PIV 22g L forearm, 1 stick (RN {{NAME:Jess}}).
Pump: Alaris SN {{DEVICE:8015-3317-0072}}.
Social: senior at {{FACILITY:Powell Butte Career Academy}}, works part-time at {{FACILITY:Dutch Oven Burgers}} on 182nd, plans community college. Pt wants to manage own appts - enrolled in portal as self, email {{EMAIL:brennan.oakes06@gmail.com}}.
Transition-of-care: adult GI Dr {{NAME:Mehta-Sorensen}} at {{FACILITY:Columbia Gorge Digestive Health}} after 18th bday ({{DATE:6/2/2025}}).
Mom {{NAME:Dawn Oakes}} on phone {{PHONE:971-555-0124}}; pt drives himself (OR plate {{VEHICLE:731 MZR}}, parked in P2, validated).
PA for next 6 doses: {{ID:PA-ORH-2501-88210}}. Plan member {{HEALTH_PLAN:ORH554102988}}.
Next infusion {{DATE:3/20/25}}.
RN {{NAME:J. Abernathy}}`,
  `ONC DAY HOSPITAL - phone triage log, {{DATE:Sunday 6/8/2025}}
0712 - mom of {{NAME:Isabella Ramírez-López}} ({{MRN:6629013}}) called answering service ({{FACILITY:TriageLine}} ref {{ID:TL-060825-0031}}). Temp 38.4 axillary x1. Pt on DI, last chemo {{DATE:6/3}}. Told to come to ED now. On-call Dr {{NAME:Petrosyan}} paged {{PHONE:x5512}}.
0745 - ED (Dr {{NAME:Yoon}}) - ANC 0.1. Cefepime 50 mg/kg given at 0802 (< 60 min door-to-abx). BCx port + periph ({{ID:BC-0608-1102}}, {{ID:BC-0608-1103}}).
0910 - admitted {{FACILITY:Pryor 7}}, rm 7-04.
1130 - dad {{NAME:José Luis}} called from work ({{FACILITY:Silver Sage Convention Center}} security), number {{PHONE:702-555-0191}}. Updated.
1500 - pt febrile 39.1, HR 150, BP 94/50. Fluid bolus 20 mL/kg. Vanc added. Lactate 1.6.
Abuela Doña {{NAME:Carmen}} calling from {{LOCATION:Guadalajara}} - mom asked to update via WhatsApp {{PHONE:+52 33 5550 1234}}; informed mom we'd update her only.
Nurse: {{NAME:Faleolo}} / {{NAME:M.F.}}`,
  `NICU DISCHARGE SUMMARY
Name: {{NAME:Greenfield}}, Baby Girl -> legal name {{NAME:Greenfield, Nora June}}     MRN {{MRN:7720477}}
DOB {{DATE:12/02/2024}}   Admit {{DATE:12/02/2024}}   Discharge {{DATE:02/27/2025}}   LOS 87 d
GA 28+2 wk, BW 1105 g (41st %ile). D/c wt 2715 g, HC 33 cm, L 46 cm.
Problems: RDS (surfactant x2, CPAP to {{DATE:1/6}}), AOP (caffeine to {{DATE:2/8}}), PDA (closed, no tx), ROP stage 2 zone II no plus OU - f/u ophtho {{DATE:3/6}}, anemia of prematurity (PRBC x1 {{DATE:12/19}}), milk mix-up exposure {{DATE:2/20}} (low risk, no tx).
Feeds: mom's milk + Neosure to 24 kcal, ad lib, 160 mL/kg/d.
Screens: NBS x3 normal; hearing PASS {{DATE:2/24}}; CCHD n/a; car seat PASS {{DATE:2/25}}; HUS normal term-equivalent.
Immunizations: 2-mo set {{DATE:2/3/25}}; nirsevimab {{DATE:2/26}}.
PCP: Dr {{NAME:Amadi}}, {{FACILITY:Northpointe Kids Clinic}}, {{PHONE:509-555-0155}}, fax {{FAX:509-555-0156}}. Appt {{DATE:3/1}}.
Parents: {{NAME:Ashley}} & {{NAME:Devon Greenfield}}, {{ADDRESS:11904 E Broadway Ave}}, {{LOCATION:Spokane Valley}} {{ZIP:99206}}.
Dictated {{NAME:TG}}/{{NAME:hs}} {{DATE:2/27/2025 16:02}}. Attending {{NAME:Hollis Abernathy-Osei}}, MD.`,
  `NICU ADMIT NOTE - MAS / PPHN
Baby Boy {{NAME:Smith}} ({{NAME:SMITH}}, BABY BOY - duplicate name alert: 2nd "{{NAME:Smith}}" infant in unit, use MRN!)  MRN {{MRN:1180610}}
Born {{DATE:10/27/2024 06:48}} at {{FACILITY:Coeur d'Alene Valley Hospital}}, 41+3 wk, BW 3880 g, thick mec, nonvigorous, intubated/PPV. Apgars 2/4/6.
Transported (run {{ID:NT-24-0902}}) on iNO 20 ppm. OI 28 on arrival.
Now: HFOV MAP 18, amp 36, Hz 10, FiO2 0.80, iNO 20. Epi 0.05, milrinone held (BP). Sedation morphine 20 mcg/kg/h. ECHO: suprasystemic PA pressure, R->L at PDA/PFO. ECMO team aware (ECMO cart SN {{DEVICE:ECMO-CD-0417}}).
Cooling? no - Sarnat stage 1 only, cord gas 7.18.
Parents: {{NAME:Jennifer}} ("{{NAME:Jen}}") {{NAME:Smith}} (post-partum at {{LOCATION:CdA}}) and {{NAME:Marcus Smith}} here, {{PHONE:208-555-0119}}. Other {{NAME:Smith}} infant's parents = {{NAME:Ryan}} & {{NAME:Tara Smith}} - not related.
Address {{ADDRESS:2209 N 4th St}}, {{LOCATION:Coeur d'Alene}} ID {{ZIP:83814}}.
Insurance: Blue Cross of ID, member {{HEALTH_PLAN:QBI7720041883}}; HAR {{ACCOUNT:H40020018842}}.
{{NAME:Szczepanski, A.}} MD / {{NAME:R. Tsosie}} NNP`,
  `DONOR HUMAN MILK CONSENT - signature page
Infant name: {{NAME:Begay}}, Baby Boy   MRN: {{MRN:1180561}}   Date: {{DATE:5/31/2024}}
I, {{NAME:Shawna Begay}}, parent of the above infant, have been informed about the use of pasteurized donor human milk from {{FACILITY:Cascadia Mothers' Milk Bank}} (screened donors; Holder pasteurization; small risk of infection or contamination; I may withdraw consent at any time).
[X] I consent    [ ] I decline
Parent signature: {{NAME:S. Begay}}   Relationship: mother   Time: 1420
Interpreter used: yes - Navajo, {{NAME:Harrison Tsinajinnie}} (in person), ID {{ID:NAV-0217}}
Witness: {{NAME:Rachelle Tsosie}}, NNP
Discussed by: {{NAME:Keala Kahananui}}, RN
Comments: mother prefers infant not receive milk from donors on certain medications; milk bank confirms donor med list available on request. Grandmother {{NAME:Nellie}} present and agrees. Mom phone {{PHONE:928-555-0172}}; mailing {{ADDRESS:PO Box 1884}}, {{LOCATION:Window Rock}} AZ {{ZIP:86515}}.
Scanned to chart {{DATE:5/31/2024 14:31}} by {{NAME:kk}}.`,
  `MyChart message thread - NICU parent
From: {{NAME:Celeste Delacroix}} <{{EMAIL:celeste.dlx88@fastmail.com}}>   Sent {{DATE:4/6/2025 22:17}}
Subject: {{NAME:Julien}} question
"Hi, this is {{NAME:Julien}}'s mom (bed 19). The night nurse {{NAME:Bree}}? said his left ear didnt pass again. Does that mean he's deaf?? My brother {{NAME:Lionel}} had hearing aids as a kid. Also can my mom {{NAME:Odile Delacroix}} visit without me, she flies in from {{LOCATION:Montréal}} on {{DATE:April 9}}. Thank you - {{NAME:Celeste}}"
---
Reply from {{NAME:Lucía Ferrer-Quintana}}, NNP   {{DATE:4/7/2025 08:40}}
"Hi {{NAME:Celeste}} - a 'refer' on the screen doesn't mean {{NAME:Julien}} is deaf; many babies pass on the full test. We'll set up a diagnostic ABR and a CMV test. We'll add {{NAME:Odile}} to the visitor list as a grandparent (she'll need photo ID and to sign in at {{FACILITY:Whitlock NICU}} front desk). Call us anytime at {{PHONE:509-555-0140}}."
---
Audit (system): msg 1 sent from {{IP:203.0.113.9}}; proxy account {{ACCOUNT:MYC-PRX-448120}} linked to pt MRN {{MRN:6671024}}; read receipt {{DATE:4/7/25 09:12}} from {{IP:203.0.113.9}}.
Grandparent visitor badge photo {{PHOTO:VIS-0409-DELACROIX-O.jpg}} captured {{DATE:4/9}}.`,
  `MILK ROOM / NICU SECURE AREA ACCESS AUDIT (export)  period {{DATE:02/14/2025}}-{{DATE:02/21/2025}}
door=MILKROOM-W   reader=PV-Reader-2 (palm vein)
ts                    badge     name                   template                 result
{{DATE:2025-02-20 02:58}}   {{ID:E10442}}    {{NAME:LINDGREN, KATRIN}}      {{BIOMETRIC:PVT-E10442-7F31}}      GRANT
{{DATE:2025-02-20 03:02}}   {{ID:E10442}}    {{NAME:LINDGREN, KATRIN}}      {{BIOMETRIC:PVT-E10442-7F31}}      GRANT
{{DATE:2025-02-20 03:37}}   {{ID:E09981}}    {{NAME:WHITFIELD, DEANNA}}     {{BIOMETRIC:PVT-E09981-22C0}}      GRANT
{{DATE:2025-02-20 04:11}}   {{ID:V-2207}}    {{NAME:CASTELLANOS, YESENIA}}  {{BIOMETRIC:PVT-V2207-A1B8}}       DENY (parent - not enrolled for this door)
Fingerprint fallback used 1x: {{NAME:MARRERO, S.}} template {{BIOMETRIC:FP-E11873-R2}} at {{DATE:2025-02-21 06:15}}
Requested by Risk Mgmt ({{NAME:P. Holm}}) for event {{ID:SE-2025-00388}}.
Exported by {{NAME:jlk}} ({{NAME:J. Kowalewski}}), security IT, from workstation {{IP:192.0.2.201}}.`,
  `INFANT SECURITY - TAG ALARM LOG
{{DATE:11/23/2024 1418}} - Hugs tag alarm, Mother-Baby 4 East ({{FACILITY:Harrowgate Women's}}), Code Pink initiated per policy? - cancelled 1421.
Infant: {{NAME:Ferraro}}, baby boy, MRN {{MRN:5512188}}, rm 4412. Tag SN {{DEVICE:HG-77A-10948}} strapped L ankle.
Cause: tag band loosened after bath by FOB {{NAME:Anthony Ferraro}}; infant in room with MOB {{NAME:Gianna}} and maternal grandfather {{NAME:Salvatore Russo}} ({{AGE:90}}).
Security officer {{NAME:D. Pruett}}, badge {{ID:S-114}}, responded. Visitor log reviewed: grandfather and an aunt ({{NAME:Lucia Russo-Pace}}) signed in 1340 with DL check (NJ DL {{LICENSE:R7720-44108-39217}}).
New tag {{DEVICE:HG-77A-11002}} applied 1430 by RN {{NAME:Mei-Ling Ochoa}}; old tag sent to biomed.
Family re-educated on tag, matching bands (band #{{ID:4412-B}}), and that only staff w/ pink badges may take infant from room.
No further events. Reported to nurse manager {{NAME:Constance Oduya}}.`,
  `DISCHARGE TEACHING - NGUYEN TWINS (A & B)
d/c date {{DATE:04-15-2025}}. Twin A {{NAME:Nguyen Thi Mai}} MRN {{MRN:8810439}}; Twin B {{NAME:Nguyen Thi Ngoc}} MRN {{MRN:8810442}} (legal names chosen {{DATE:4/1}}; were "Bé {{NAME:Na}}" and "Bé {{NAME:Bi}}").
Teaching with mom {{NAME:Lan}}, dad {{NAME:Duc}}, Vietnamese interpreter {{NAME:Minh Pham}} (in person).
Both: safe sleep (separate cribs, no co-bedding at home), bottle pacing, Neosure 22 kcal mixing (tap water boiled), temp, CPR (manikin, both parents), car seat x2 (both passed ICSS {{DATE:4/13}}).
Twin B extra: VP shunt teaching (Dr {{NAME:Venkataraman}}) - signs of malfunction: vomiting, sunsetting eyes, bulging fontanelle, irritability -> ED. Shunt valve programmable (Codman Certas Plus, SN {{DEVICE:CP-82200413}}, setting 4) - MRI needs re-check. Ostomy reversed {{DATE:3/20}}.
Meds to {{FACILITY:Saigon Pharmacy}} on {{ADDRESS:S 38th St}}, {{PHONE:253-555-0175}}: iron, vit D x2; B also ursodiol 10 mg/kg BID.
Home: {{ADDRESS:4418 S Pine St, Apt 12}}, {{LOCATION:Tacoma}} WA {{ZIP:98409}}.
Apple Health IDs A {{HEALTH_PLAN:117720031WA}}, B {{HEALTH_PLAN:117720048WA}}.
F/U: PCP {{FACILITY:Hilltop Family Medicine}} {{DATE:4/17}}; NSGY {{DATE:5/1}}; ophtho {{DATE:4/22}}; NICU follow-up clinic 4 mo.
{{NAME:Kofi Mensah}}, RN`,
  `SW FAMILY MEETING - recurrent DKA (3rd admission this yr)
{{DATE:March 11, 2025}}. Pt {{NAME:Ariana Lee}}, 15, MRN {{MRN:1044733}}.
Present: pt; grandmother/legal guardian {{NAME:Lee Soon-Ja}} (Korean interpreter {{NAME:Hye-jin Cho}}); uncle {{NAME:Daniel Lee}}; endo Dr {{NAME:Anh Vo}}; CDCES {{NAME:R. Bates}}; psych Dr. {{NAME:Felicity Orr}}; SW {{NAME:Noor Haddad}}; school nurse by phone (Mrs. {{NAME:Yoon-Harper}}, {{FACILITY:Westlake Prep Academy}}).
Concerns: missed boluses (pump data: 0-1 boluses/day on school days), pump site changes infrequent, A1c 11.9. Pt: "I hate being different at school." Grandma works nights at {{FACILITY:Golden Crane Restaurant}}; uncle can help mornings.
Plan:
- school nurse to supervise lunch bolus; 504 plan update
- pump remote monitoring via Glooko clinic code; pt's account linked ({{URL:https://my.glooko.example.com/p/ALEE0815}})
- weekly psych visits; screen for disordered eating (diabulimia)
- SW to apply for respite / home health; no CPS concern at this time - guardian engaged
Grandmother's contact {{PHONE:(213) 555-0151}}; address {{ADDRESS:3480 W 6th St, #1104}}, {{LOCATION:Los Angeles}} {{ZIP:90020}}. Medi-Cal {{HEALTH_PLAN:94418820A}}.
{{NAME:N. Haddad}}, LICSW`,
  `PICU HANDOFF - bed 14 ({{DATE:7/24/24 1900}})
{{NAME:YAMAMOTO-REYES, KAITO}} "{{NAME:KJ}}" 9M MRN {{MRN:4418820}}
Transferred from {{FACILITY:Hartley 6}} 1430: POD#3 lap appy (perf), developed septic shock - HR 170, BP 78/36, lactate 4.4. 60 mL/kg crystalloid, norepi 0.08 started via PIV -> R IJ CVC placed 1600 by Dr {{NAME:Ramaswamy}} (line kit lot 9QL22).
Abx broadened pip-tazo -> meropenem 40 mg/kg q8h + vanc. CT A/P 1730: 6 cm pelvic abscess + ileus. IR drain tomorrow AM (Dr {{NAME:Hwang}}), NPO after MN.
Pumps: 3 channels, Alaris SN {{DEVICE:8015-4402-9981}}.
Family: dad {{NAME:Hiroshi Yamamoto}} and mom {{NAME:Marisela Reyes}} at bedside; older sister {{NAME:Hana}} at home with neighbor Mrs. {{NAME:Gutiérrez}}. Dad's phone {{PHONE:541-555-0122}}. They're upset re: delay - patient relations ({{NAME:Joanne}}) aware, ref {{ID:PR-24-0719}}.
To do: lactate q4h, weight daily, MAP goal > 60, call if norepi > 0.15.
{{NAME:M. Chen-Lindqvist}} -> {{NAME:D. Ramaswamy}}`,
  `FIXED-WING NEONATAL TRANSPORT - flight log
Mission {{ID:FW-25-0117}}   {{DATE:17JAN25}}   Aircraft: King Air (tail not recorded here)
Origin: {{FACILITY:Emerald Isle Community Hospital}}, {{LOCATION:Kodiak}} AK
Dest: {{FACILITY:Chugach Children's NICU}}, {{LOCATION:Anchorage}}
Pt: Baby Girl {{NAME:Alexie}} ({{NAME:ALEXIE}}, BG), DOB {{DATE:16JAN25 2305}}, 33+0 wk, BW 1980 g, RDS on CPAP 6/40%.
Mom {{NAME:Martha Alexie}} from {{LOCATION:Old Harbor}}; grandmother {{NAME:Anna Kelly-Alexie}} accompanies on flight (seat 3). Tribal enrollment # {{ID:SNA-0044718}}.
Times: dispatch 0135, wheels up {{LOCATION:Anchorage}} 0210, on ground {{LOCATION:Kodiak}} 0355, bedside 0420, wheels up 0530, NICU bedside 0745.
In-flight: FiO2 40 -> 50% at altitude (cabin alt 6000 ft), 1 brady to 78 self-resolved. Glucose 64.
Equipment: transport isolette SN {{DEVICE:IS-AK-22107}}, vent Hamilton T1 SN {{DEVICE:T1-0044192}}.
Crew: RN {{NAME:Nils Evanoff}}, RT {{NAME:Kimberly Chya}}; pilot not clinical crew.
Receiving NNP: {{NAME:B. Oquilluk}}, {{PHONE:907-555-0147}}.
Family contact: {{PHONE:907-555-0166}}; mailing {{ADDRESS:PO Box 31}}, {{LOCATION:Old Harbor}} AK {{ZIP:99643}}. Denali KidCare {{HEALTH_PLAN:AK41188207}}.`,
  `peds ward - bronchiolitis, HD1 - teen mother in foster care
pt: {{NAME:Nevaeh Santos}}, 3 mo F, mrn {{MRN:7229014}}, rm 610 ({{FACILITY:Hartley 6}}), admit {{DATE:11/2/24}}
mom {{NAME:Yaritza Santos}} is 16 and herself in foster care - placed with her infant at {{FACILITY:Casa Milagros Teen Parent Home}}, {{ADDRESS:412 W Alameda St}}, {{LOCATION:Santa Fe}} {{ZIP:87501}}. house mom Ms. {{NAME:Delfina}} ({{PHONE:505-555-0136}}).
consent: mom is a minor parent - can consent for her own baby (NM law). her CW {{NAME:Esteban Archuleta}}, CYFD, {{PHONE:505-555-0185}}, case {{ID:CYFD-24-77301}}, aware of admission.
infant: rsv+, hfnc 4L 30%, po 50% - ng supplementation. wt 5.2 kg (40th %ile).
pmh: term, NBS nl. no smoke exposure per mom.
father of baby {{NAME:Angel}} ("{{NAME:AJ}}") {{NAME:Lucero}}, 17 - mom asks he be allowed to visit; ok per CW, not on any restriction.
infant's medicaid (Centennial Care) {{HEALTH_PLAN:NM3318820472}}; mom has separate # {{HEALTH_PLAN:NM3318804417}}.
plan: wean hfnc, ng feeds, d/c teaching w/ mom + house mom.
{{NAME:V. Baca}}, MD`,
  `DAY HOSPITAL - BLINATUMOMAB BAG CHANGE / CADD
{{NAME:Falkenrath, Owen}} (MRN {{MRN:3398812}}) 10y, {{DATE:Mon 09-16-2024}}. Cycle 2 day 8 blinatumomab 15 mcg/m2/d continuous (7-day bag).
Pump: CADD-Solis SN {{DEVICE:CS-4480-2218}}, rate 0.6 mL/h per 7-day bag, 2 pharmacists checked ({{NAME:Quan}}, {{NAME:L. Ostrander}}).
Line: R double-lumen PICC; lumen red dedicated. Dressing/cap changed, site clean.
Tox: no fever, no CRS, no neurotox (ICE score 10/10, handwriting sample normal).
Labs: ANC 1.1, plt 140.
Education: do not flush blinatumomab line; pump alarms; call onc 24/7 {{PHONE:937-555-0100}}.
Home pharmacy: {{FACILITY:Stillwater Specialty Infusion}}, next bag delivery {{DATE:9/23}} to home {{ADDRESS:2617 Wilmington Pike}}, {{LOCATION:Kettering}} OH {{ZIP:45419}}.
Parents {{NAME:Kristin}} and {{NAME:Dirk Falkenrath}}; grandpa {{NAME:Wilhelm}} ({{AGE:91}}) drove them today in his 2011 Buick Lucerne, OH plate {{VEHICLE:HJT 4410}} - asked about handicap parking permit.
Homebound tutor via {{FACILITY:Sugar Maple Intermediate School}} started {{DATE:9/9}}.
RN {{NAME:Sheila O'Brien}}`,
];

export const HELDOUT_REALISTIC_120_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout120-${i + 1}`, n));
