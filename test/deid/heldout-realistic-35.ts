// A thirty-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns, cities, counties and
// cities abroad are real places used only as LOCATION). Its flavour is pediatric, adolescent and
// obstetric care across the US: children's hospitals and their abbreviations, NICU and PICU
// admission, progress, nursing, transport, family-meeting and discharge notes, newborn nursery, L&D
// and postpartum notes, prenatal visits with LMP/EDD dating, ultrasound, NST/BPP and operative
// reports, lactation notes, well-child visits and immunization records, school-based health
// centers and school nurse logs, daycare and school names, parents, guardians, foster parents and
// caseworkers, child-protective referrals, WIC and Early Intervention referrals, adolescent
// confidential visits, teen pregnancy, sports physicals, developmental-behavioral pediatrics,
// speech, OT and audiology evaluations, pediatric ED notes, telephone triage, portal messages,
// letters, fax covers, prior-auth requests and one MIMIC-style [** **] nursing note. Names are
// Anglo, Latino, Black American, Nigerian, Kenyan, Vietnamese, Korean, Chinese, South Asian, Somali,
// Arabic, Afghan, Native American (Lakota, Comanche, Navajo, Crow), Hawaiian, Polish, Haitian and
// others; organisations are written in Title case, ALL CAPS and lower case, with abbreviations
// (RCH, CMCH, CHO, SHCH, TCMC, BHC, MSC, RVCH, HFRMC, GLWIH). Look-alike non-PHI is mixed in on
// purpose: eponyms (Apgar, Ballard, Leopold, Ortolani, Barlow, Tanner, Wong-Baker, Osgood-Schlatter,
// Down, Pfannenstiel, Hadlock, Gomco, Gartland, Lennox-Gastaut, Still, Carpenter-Coustan, Russell,
// Crohn, Cobb, Risser, Schroth, Marfan, Kussmaul, Schmitt-Thompson), drug and vaccine names, doses,
// vaccine lot numbers and their expiry, NDC numbers, gestational ages, DOL/HD/POD counts, Apgar and
// other scores, birth weights, lab values, device models, rooms, beds, pods, grades, years and
// weekdays alone, holidays, clock times, ages of 89 and under, states and countries, CPT and
// ICD-10 codes, state statute numbers.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts. Titles (Dr.,
// Mr., Mrs., Ms., Coach, Det., Ofc., Fr., and Baby Girl/Baby Boy before a surname) and credentials
// (MD, RN, CNM) stay outside NAME spans; labels stay outside every span; two people written as one
// phrase are two spans; typist initials are NAME. A time attached to a full date is part of the DATE
// span, a clock time alone (TOB 03:47) is not PHI, and a time after a partial date was avoided; a
// weekday written with a date is part of it, a weekday alone is not; LMP, EDD/EDC, DOB, visit and
// vaccine dates are DATE, including month/day without a year and month with year; a date range
// written as one token (July 14-20) is one DATE span. A year alone, a season with a year,
// gestational ages (29 2/7 wk), DOL/POD/HD counts and ages of 89 and under are not PHI; an age over
// 89 is AGE. Hospitals and their abbreviations, clinics, practices, schools, daycares, camps,
// school districts, employers, landlords, shelters, pharmacies, labs, DME and home-care agencies,
// transport agencies, resettlement and adoption agencies, local police departments and wards with a
// proper name (8 Henson, 4 Cascade, Hale Keiki 3, Palmetto 5) are FACILITY; a numbered ward (3
// South, 5 West) is not. A street address with its unit, a rural box address, a street name alone
// and an intersection where a child was injured are ADDRESS; city, neighbourhood and county are
// LOCATION, ZIP is ZIP; states and countries are not PHI; a city abroad is LOCATION. Payers
// (Medicaid, CHIP, plan names, and their fax lines) and state or federal agencies and programs (WIC,
// Early Intervention, EarlySteps, DCYF, CHFS, NBS program, poison center) are not PHI, but member
// numbers are HEALTH_PLAN; billing and encounter account numbers are ACCOUNT; NPI, state licences,
// foster-home licences and driver's licences are LICENSE; plates are VEHICLE; CPS intake, court,
// police, case, accession, order, specimen, referral, authorization, IIS, A-numbers and interpreter
// or student numbers are ID; insulin pump, CGM, glucometer, cochlear implant, VNS, ventilator,
// monitor, isolette and breast-pump serials are DEVICE; short in-house pagers and extensions are
// PHONE; vaccine lot numbers, NDC and a lot's or device's expiry date are not PHI. MIMIC-style
// [** **] placeholders are annotated over their content, brackets outside, typed by what they
// stand for.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9174 / 0.9486; pass-11 engine (789a1c5) 0.9497 / 0.9400; pass-12 final engine (978114a) 0.9574 / 0.9470;
// pass-13 engine of the day (b823af5) 0.9600 / 0.9488.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 NICU admission H&P
  `NICU ADMISSION H&P
{{FACILITY:Riverbend Children's Hospital}} ({{FACILITY:RCH}}) Level IV NICU - Pod B, bed 14
Pt: Baby Girl {{NAME:Castellanos}}   MRN {{MRN:60018842}}   DOB/TOB {{DATE:02/11/2024 03:47}}
Attending: Dr. {{NAME:Priya Venkataraman}}   Fellow: {{NAME:Jude Okonkwo}}, MD   Referring OB: Dr. {{NAME:Halvorsen}}

HPI: 29 2/7 wk female born by urgent C/S at {{FACILITY:St. Agnes Medical Center}} in {{LOCATION:Elgin}} to 31 yo G3P1->2 mom {{NAME:Marisol Castellanos}} for PPROM (ROM {{DATE:2/7/24}}) + recurrent lates. BMZ complete x2, Mg sulfate for neuroprotection, amp/azithro latency abx. GBS unknown. Apgars 3, 6 and 8 at 1/5/10 min. BW 1180 g. Intubated in DR, Curosurf 200 mg/kg via ETT, transported by {{FACILITY:NorthStar Neonatal Transport}} on SIMV.

Maternal labs: O+, Ab screen neg, RPR NR, HBsAg neg, HIV neg, rubella immune.

EXAM: pink on FiO2 0.30, AF soft flat, no dysmorphism, soft systolic murmur LUSB, abd soft, no HSM, Ballard c/w 29-30 wk, tone appropriate for GA.

A/P: premature infant 29 wk, RDS s/p surfactant, r/o sepsis
- SIMV -> wean as tolerated, CXR, cap gas q6h
- amp/gent after BCx; CBC/CRP at 12 h
- UVC/UAC placed, D10 + starter TPN, trophic EBM when avail
- HUS DOL 7, ROP screen per protocol
- Parents updated at bedside; dad {{NAME:Ruben}} cell {{PHONE:(847) 555-0163}}`,

  // 2 newborn nursery H&P
  `Newborn Nursery Admission - {{FACILITY:Mercy West Family Birth Center}}, Mother-Baby unit rm 412
Infant: {{NAME:Amara Nwosu}} (Baby Girl {{NAME:Nwosu}})   MRN {{MRN:MW-2231907}}
Born {{DATE:June 3, 2024}} via NSVD, 39w1d. TOB 14:22. Apgars 8/9. BW 3420 g (7 lb 8.6 oz), L 50.5 cm, HC 34 cm.
Mother: {{NAME:Chiamaka Nwosu}}, 27 yo G2P2, A neg -> infant O pos, DAT neg; mom got RhoGAM at 28 wk.
maternal hx: GBS pos, adequately treated (PCN G x3, >4h before delivery). no HSV. HBsAg neg, HIV neg, RPR NR, HCV neg.
PCP: Dr. {{NAME:Elaine Thibodeaux}}, {{FACILITY:Bayou Pediatrics}} - f/u 48h after d/c.

exam: vigorous, AFOF, red reflex present b/l, palate intact, clavicles intact, no murmur, femorals 2+, Ortolani/Barlow neg, shallow sacral dimple w/ visible base, congenital dermal melanocytosis over sacrum (documented w/ measurements), normal female genitalia.

plan: routine newborn care. Hep B #1 given {{DATE:6/3/24}} (Engerix-B lot 7H2K9), vit K IM, erythromycin eye oint. CCHD screen at 24h, NBS 24-48h, hearing screen prior to d/c. breastfeeding - LC consult placed. Dad {{NAME:Obinna}} at bedside, cell {{PHONE:337-555-0128}}.
Address for NBS card: {{ADDRESS:2207 Prejean Rd}}, {{LOCATION:Lafayette}}, LA {{ZIP:70507}}
-- {{NAME:M. Fontenot}}, NNP-BC`,

  // 3 L&D admit
  `L&D ADMIT NOTE   {{DATE:11/18/2023 2215}}
{{FACILITY:Good Shepherd Women's Pavilion}} L&D triage -> LDR 6
{{NAME:TRAN, LINH}}   MRN {{MRN:00731559}}   DOB {{DATE:04/09/1996}}
27 yo G1P0 @ 39w5d by LMP {{DATE:2/14/23}} c/w 9 wk US; EDD {{DATE:11/21/2023}}
CC: ctx q3-4 min since 1800, +bloody show, no LOF, +FM
PNC: {{FACILITY:Harbor OB/GYN Associates}} w/ Dr. {{NAME:Margaret Cho}}, 13 visits. Uncomplicated except anemia (Hgb 10.4 at 28 wk, on FeSO4).
Labs: B+, Ab neg, RI, HBsAg neg, HIV neg, RPR NR, GBS NEG {{DATE:10/30}}, 1hr GTT 118.
Exam: BP 124/78, HR 88, T 36.9. SVE 5/90/-1, vtx, BBOW. Leopold's: vtx, EFW 3300 g.
FHT: baseline 135, moderate variability, +accels, no decels = Cat I. TOCO q3 min.
A/P: active labor, term, GBS neg
- admit L&D, CBC, T&S, LR @125
- epidural per pt request (anesthesia Dr. {{NAME:Feld}} aware)
- expectant mgmt, anticipate SVD
- support person: husband {{NAME:Quang Tran}} {{PHONE:(206) 555-0117}}
{{NAME:S. Whitcomb}}, CNM   pgr {{PHONE:4471}}`,

  // 4 initial OB visit
  `Initial OB Visit
{{FACILITY:Sunrise Community Health Center}} - Prenatal Clinic, {{ADDRESS:1450 E. Camelback Rd, Suite 210}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85014}}
Date of service: {{DATE:Jan 9, 2024}}
Patient: {{NAME:Yesenia Morales-Ortiz}}   DOB: {{DATE:07/22/2001}}   Acct {{ACCOUNT:44019873-02}}
AHCCCS ID {{HEALTH_PLAN:A81234567}}
Interpreter: Spanish, in person ({{NAME:Lucia}}, #{{ID:2210}})

22 yo G2P1001 presents for new OB. LMP {{DATE:10/28/2023}} (sure, regular), EDD by LMP {{DATE:8/3/2024}}; bedside US today CRL 3.1 cm = 10w0d, agrees.
OB hx: 2021 SVD at term, 3050 g, {{FACILITY:Valle del Sol Hospital}}, no complications.
PMH: asthma (albuterol prn). No HTN/DM. SH: lives w/ partner {{NAME:Javier Ortiz}} and 2 yo son; works at {{FACILITY:Desert Bloom Laundry}}. No tob/etoh/drugs. PHQ-9 = 4.
Plan: prenatal labs (CBC, T&S, RPR, HIV, HBsAg, HCV, rubella, varicella, UA/UCx, GC/CT). Pap not due (NILM {{DATE:03/2022}}). NIPT offered - accepts. ASA 81 not indicated. PNV daily. WIC referral placed.
Next visit 4 wk with {{NAME:Rachel Denby}}, CNM.
Cell {{PHONE:602-555-0190}} (ok to text)`,

  // 5 anatomy US
  `OBSTETRIC ULTRASOUND REPORT - DETAILED ANATOMY (CPT 76811)
{{FACILITY:Piedmont Maternal-Fetal Medicine}}, {{LOCATION:Greenville}} SC      Accession {{ID:US24-0418837}}
Patient: {{NAME:Harper Lynn Whitaker}}   MRN {{MRN:PM4408127}}   DOB {{DATE:1993-05-30}}
Exam date: {{DATE:2024-04-16}}   Referring: {{NAME:Colleen Brandt}}, MD   Sonographer: {{NAME:T. Baptiste}}, RDMS
LMP: {{DATE:2023-11-20}}   EDC (by 1st tri US): {{DATE:2024-08-29}}   GA today: 20w5d

Singleton, cephalic, posterior placenta, no previa (>2 cm from os). AF normal (MVP 5.1 cm). Cervix 3.8 cm TVS, no funneling.
Biometry: BPD 4.9 cm, HC 18.1, AC 16.0, FL 3.4, EFW 368 g (46th %ile, Hadlock).
Anatomy: intracranial structures, face/lip, spine, 4CH/LVOT/RVOT/3VV, stomach, kidneys, bladder, 3VC, extremities visualized and WNL. Echogenic intracardiac focus, L ventricle - isolated, low-risk cfDNA, no further eval.
Fetal sex: female (pt wishes to know).
IMPRESSION: Normal detailed anatomy, appropriate growth. Isolated EIF. Recommend growth US at 32 wk.
cc: {{FACILITY:Blue Ridge Women's Care}}
Electronically signed {{DATE:04/16/2024 15:02}} by {{NAME:Anand Mehrotra}}, MD, MFM`,

  // 6 lactation
  `lactation consult - {{DATE:8/21/23}}
{{FACILITY:Lakeview Regional}} mother/baby, rm 3108
mom: {{NAME:Brianna Kowalczyk}} 34yo P1, s/p pLTCS {{DATE:8/19/23}} for arrest of descent. infant {{NAME:Theo}}, DOL 2, BW 3890g, today 3620 g (-6.9%).
hx: PCOS, breast reduction 2012 (!). flat nipples bilat.
feeding obs: latch shallow L side, audible swallows intermittent after letdown; infant sleepy, pacifier in crib. 8 feeds/24h, 3 wet 2 stool (transitional).
LATCH 6 -> 8 after repositioning to football hold, nipple shield 20 mm trialed on L.
plan:
1) feed on cue 8-12x/d, wake q3h
2) hand expression + DEBP after feeds, colostrum via spoon/syringe
3) supplement per volume guide if wt loss >8% (peds Dr. {{NAME:Rosen}} aware)
4) pump rental: Medela Symphony SN {{DEVICE:SYM-0417728}} from {{FACILITY:Lakeview Regional}} lactation boutique
5) outpt LC f/u at {{FACILITY:The Nursing Nook}} {{DATE:8/24}} am - {{PHONE:262-555-0144}}
6) WIC breastfeeding peer counselor ({{NAME:Dee Alvarado}}) notified
husband {{NAME:Mark}} at bedside, supportive.
{{NAME:K. Lindqvist}} RN IBCLC`,

  // 7 2 mo WCC
  `WELL CHILD CHECK - 2 MONTH
{{FACILITY:Maple Grove Pediatrics}}    DOS {{DATE:10/02/2024}}
Pt: {{NAME:Elijah James Porter}}   DOB {{DATE:08/01/2024}}   MRN {{MRN:118-40-227}}
Ins: Medica, ID {{HEALTH_PLAN:MC-88120341-01}}
Accompanied by: mother ({{NAME:Kayla Porter}}) & maternal grandmother ({{NAME:Donna Reese}})
Birth hx: term 38w6d SVD at {{FACILITY:Crow River Medical Center}}, BW 7 lb 2 oz, no NICU. NBS nl. Hearing passed b/l.
Interval: Similac Pro-Advance 4 oz q3h, small spit ups, stools daily yellow. Back to sleep in bassinet. Mom EPDS 11 (>=10) -> discussed, referred to OB Dr. {{NAME:Haugen}} + postpartum support line.
Growth: wt 5.3 kg (45%), len 58 cm (40%), HC 39.5 cm (50%), WHO chart.
Dev: social smile, coos, lifts head 45 deg prone.
Exam: nl, AFOF, red reflex +, hips stable, no murmur.
IMMUNIZATIONS today:
 DTaP-IPV-Hib-HepB (Vaxelis) lot U7712AA   L thigh IM
 PCV20 (Prevnar 20) lot LL9930            R thigh IM
 RV5 (RotaTeq) lot 1842X                  PO
VIS given, parent consent. Administered by {{NAME:Amber Sokolowski}}, LPN.
Mom's cell updated {{PHONE:763-555-0109}}. Next: 4 mo WCC {{DATE:12/4/24}}.
{{NAME:Nathan Greer}}, MD`,

  // 8 4 yr WCC
  `4-yr WCC   {{DATE:Thursday, March 7, 2024}}
Patient: {{NAME:Jiwoo Park}} (goes by "{{NAME:Joey}}")   DOB {{DATE:3/1/2020}}
Parents: {{NAME:Hyun-soo Park}} (father), {{NAME:Eunji Lee}} (mother) - both present
Preschool: {{FACILITY:Little Acorns Montessori}} in {{LOCATION:Fort Lee}}, 4 days/wk
Concerns: picky eater, "stutters when excited" x 2 mo, snores.
Dev: hops on one foot, copies a cross, tells a story, knows 4 colors, speech 100% intelligible; some initial sound repetitions ("b-b-ball") w/o tension or secondary behaviors - likely developmental disfluency; handout given, reassess 6 mo, SLP if persists or tension.
Snoring: nightly, no witnessed apneas, tonsils 3+. -> ENT ref Dr. {{NAME:Goldfarb}} ({{FACILITY:Bergen ENT Group}}), consider PSG.
Vision: HOTV 20/30 OU. Hearing: OAE pass. BMI 15.8 (55th %ile). BP 96/58.
Vaccines: DTaP #5 (Daptacel lot C5891AA), IPV #4 (IPOL), MMRV #2 (ProQuad) given, no hx rxn. Flu vaccine declined by dad.
Lead: level <3.3 at 2 yo, no repeat.
Fluoride varnish applied. Dentist Dr. {{NAME:Sato}}, last seen 6 mo ago.
NJ Universal Child Health Record completed for school. RTC 5 yo.
{{NAME:Rebecca Lowenstein}}, MD / {{NAME:rl}}:{{NAME:mj}}`,

  // 9 SBHC asthma
  `SBHC Visit Note
{{FACILITY:Roosevelt High School}} School-Based Health Center (operated by {{FACILITY:Front Range Community Clinics}})
{{DATE:09/12/2023}}  period 3
Student: {{NAME:DeShawn Marcus Ellis}}   DOB {{DATE:01/15/2009}}   Grade 9   SBHC ID {{MRN:SB-004482}}
Consent on file signed by guardian (aunt, {{NAME:Loretta Ellis}}) {{DATE:8/21/23}}.
S: 14 yo M sent by PE teacher (Coach {{NAME:Ramirez}}) w/ wheeze + chest tightness after the mile run. Used a classmate's inhaler (!). Own albuterol "at home, expired". Hx mild persistent asthma, last ED visit {{FACILITY:Mountain View Children's}} {{DATE:Feb 2023}}.
O: RR 24, SpO2 94% RA, HR 112, diffuse exp wheeze, mild subcostal retractions. PEF 250 L/min (~55% pred).
Tx: albuterol MDI w/ spacer 4 puffs q20 min x2 -> PEF 390 (86%), SpO2 98%, wheeze resolved. Observed 45 min.
A: mild persistent asthma w/ exacerbation, exercise-triggered; poorly controlled (ACT 14).
P: albuterol HFA + spacer e-Rx to {{FACILITY:Colfax Family Pharmacy}}, start Flovent 44 mcg 2 puffs BID, pre-exercise albuterol; asthma action plan to school nurse {{NAME:Jan Whitford}} and PE; self-carry form. Called aunt at {{PHONE:720-555-0182}}, LM. F/u SBHC 2 wk.
{{NAME:M. Abernathy}}, PA-C`,

  // 10 school nurse log
  `HEALTH OFFICE VISIT LOG - {{FACILITY:Oak Hollow Elementary}}
date: {{DATE:4/3/24}}   time in 12:10   time out 12:55
student: {{NAME:Sofia Ramos-Whitehorse}}   DOB {{DATE:06/18/2016}}   ID {{ID:700214583}}   gr 2, rm 14 (Ms. {{NAME:Delacroix}})
c/o: bumped head on monkey bars at recess. witnessed by recess aide {{NAME:Gloria Pena}}. no LOC per aide & student. cried immediately.
assessment: 2 cm raised area R frontal, no laceration. alert, answers questions appropriately, PERRL, steady gait, no vomiting. pain 4/10 (Wong-Baker FACES).
intervention: ice pack 15 min, rested in health office. recheck 12:45 - pain 2/10, playful.
parent contact: called mom {{NAME:Renee Whitehorse}} at {{PHONE:(505) 555-0131}} at 12:20 - informed, head injury letter sent home in backpack. ok to return to class per mom.
allergy: peanut (EpiPen Jr in office, exp 11/2024). PCP Dr. {{NAME:Begay}}, {{FACILITY:San Juan Valley Pediatrics}}.
returned to class 12:55. teacher notified to watch for HA, vomiting, sleepiness.
-- {{NAME:Holly Brennan}}, BSN RN, school nurse   ext {{PHONE:2207}}
{{FACILITY:Four Corners Consolidated Schools}} Health Services`,
  // 11 SW / CPS referral
  `SOCIAL WORK NOTE - PEDIATRIC ED
{{FACILITY:Cardinal Mercy Children's Hospital}} ({{FACILITY:CMCH}})   {{DATE:05/26/2024 01:40}}
Pt: {{NAME:Kaiden Moore}}, 7 mo M   MRN {{MRN:CM0092214}}   Enc {{ACCOUNT:HAR-7700419263}}
Consulted by ED attending Dr. {{NAME:Lisbeth Aranda}} re: R femur spiral fx in non-ambulatory infant, hx inconsistent (per mother rolled off couch ~20 in).
Caregivers present: mother {{NAME:Jasmine Moore}} (19), her boyfriend {{NAME:Travis Lyle Keene}} (not bio father). Bio father {{NAME:Andre Watkins}} - no contact, per mom lives in {{LOCATION:Toledo}}.
Home: {{ADDRESS:88 Sumner Ave, Lot 12}}, {{LOCATION:Defiance}}, OH {{ZIP:43512}}. Infant attends {{FACILITY:Tiny Steps Learning Center}} 3 d/wk.
Assessment: mother tearful, cooperative; boyfriend left ED at ~0100. Prior CPS hx per mom "when I was a kid". No prior reports on infant known.
Actions:
- Report made to {{LOCATION:Defiance County}} Job & Family Services children's services, intake worker {{NAME:Carla Bentz}}, call ref # {{ID:DCJFS-24-03317}}, {{PHONE:419-555-0150}}
- Skeletal survey, head CT, LFTs/lipase, UA ordered per CAP team (Dr. {{NAME:Oyelaran}} on call)
- Law enforcement notified per protocol
- Safety plan: infant admitted to 5 West, no unsupervised visits pending CPS
{{NAME:Whitney Carrow}}, LISW-S   pager {{PHONE:3390}}`,

  // 12 foster care intake
  `Foster Care Intake Visit (within 72h of placement)
{{FACILITY:Bridges Clinic for Children in Care}}, {{LOCATION:Spokane}} WA      DOS: {{DATE:Oct 30 2023}}
Child: {{NAME:Aaliyah Grace Redcloud}}   DOB {{DATE:12-02-2015}}   Age 7
Placed {{DATE:10/28/2023}} w/ licensed foster parents {{NAME:Ken}} and {{NAME:Marta Sorensen}}, {{ADDRESS:4115 N. Alberta St}}, {{LOCATION:Spokane}} {{ZIP:99205}} - foster home license {{LICENSE:FH-118204}}
DCYF caseworker: {{NAME:Brandon Oleksy}}, {{PHONE:509-555-0174}}, {{EMAIL:brandon.oleksy@dcyf-example.org}}
Apple Health (Medicaid) ProviderOne ID {{HEALTH_PLAN:109944217WA}}
Reason for removal: neglect, mother's methamphetamine use; sibling {{NAME:Jace}} (4) placed separately w/ maternal aunt in {{LOCATION:Wellpinit}}.
Hx: records partly unavailable. Per WA IIS: DTaP x4, IPV x3, MMR x1, no HepA, no 4-6 yo boosters. Last WCC ~2019 at {{FACILITY:Spokane Falls Tribal Health}}.
Exam: wt 19.6 kg (12%), ht 118 cm (22%). Dental caries x6, head lice, healed linear scar L forearm (child: "dog"). Tanner I. No acute injuries.
Screens: PSC-17 elevated internalizing; trauma screen positive.
Plan: catch-up vaccines today (DTaP, IPV, MMR, HepA #1, Varicella #1), CBC, lead, hep B/C, HIV; dental ref {{FACILITY:Smile Partners Kids Dental}}; TF-CBT referral; CHET screen by DCYF in 30 days.
{{NAME:Ngozi Ibekwe}}, MD`,

  // 13 immunization record
  `IMMUNIZATION RECORD - OFFICIAL COPY
Printed {{DATE:08/14/2023}} from state IIS by {{FACILITY:Palmetto Family Pediatrics}}, {{ADDRESS:2010 Sam Rittenberg Blvd, Ste B}}, {{LOCATION:Charleston}}, SC {{ZIP:29407}}  Ph {{PHONE:843-555-0137}}  Fax {{FAX:843-555-0138}}
NAME: {{NAME:HOLLOWAY, CAMERON J}}    DOB: {{DATE:09/05/2018}}    IIS ID: {{ID:SC00774192}}
Parent/Guardian: {{NAME:Tiffany Holloway}}

VACCINE      DATE        LOT        SITE  ADMIN BY
HepB         {{DATE:09/05/2018}}  4G7JX      LT    {{FACILITY:Roper St. Clair Nursery}}
DTaP-IPV-HepB {{DATE:11/07/2018}} A1F2P      LT    {{NAME:KM}}
Hib (PedvaxHIB) {{DATE:11/07/2018}} R031222  RT    {{NAME:KM}}
PCV13        {{DATE:11/07/2018}}  BY9911     RT    {{NAME:KM}}
RV1          {{DATE:11/07/2018}}  AROLB644   PO    {{NAME:KM}}
DTaP-IPV-HepB {{DATE:01/09/2019}} A1F5K      LT    {{NAME:JDT}}
...
MMR          {{DATE:09/12/2019}}  S014221    LA    {{NAME:JDT}}
VAR          {{DATE:09/12/2019}}  T003776    RA    {{NAME:JDT}}
DTaP (Infanrix) {{DATE:08/14/2023}} 3J9LR   LD    {{NAME:AW}}
IPV          {{DATE:08/14/2023}}  X1220      RD    {{NAME:AW}}
MMRV         {{DATE:08/14/2023}}  Y402311    RA    {{NAME:AW}}

Certificate of Immunization (DHEC 2740) issued for K5 at {{FACILITY:Folly Creek Elementary}}. Valid until age 18 unless changed.
Verified: {{NAME:Andrea Wilkins}}, RN`,

  // 14 adolescent confidential visit
  `** CONFIDENTIAL ADOLESCENT VISIT - do not release to parent/guardian portal (MN Stat. 144.343) **
{{FACILITY:Lakeside Teen Health}} at {{FACILITY:Hennepin Valley Clinic}}      {{DATE:11/14/2023}}
{{NAME:Maya Abdi}}   16 yo F   DOB {{DATE:02/03/2007}}   MRN {{MRN:HV-5510087}}
Confidential contact only: cell {{PHONE:612-555-0171}} (text ok, "Maya A." - no details), email {{EMAIL:mayaa.reads@example.net}}
Seen alone; mother ({{NAME:Hodan Farah}}) in waiting room for the first part, then left.
HEADSS: Home - lives w/ mom + 4 sibs, "strict but fine". Education - 11th gr {{FACILITY:South Ridge High School}}, As/Bs. Activities - basketball. Drugs - denies; vapes "sometimes" on wkends. Sexuality - 1 male partner, 17, condoms "most of the time", LMP {{DATE:10/30/23}}. Suicide/depression - PHQ-A 6, no SI. Safety - feels safe, no coercion.
UPT neg. GC/CT NAAT urine sent.
Plan: contraception counseling - chose etonogestrel implant; placed L arm today (Nexplanon lot T027614, exp 08/2026), CPT 11981. Condoms given. Vaping cessation discussed.
Billing: confidential - use clinic Title X grant; no EOB to parent's plan.
F/u results via confidential line. {{NAME:Dana Kristoffersen}}, CNP`,

  // 15 sports physical
  `PREPARTICIPATION PHYSICAL EVALUATION (PPE)
Date of exam: {{DATE:7/29/2024}}   Sport(s): football (LB), track
Name: {{NAME:Marcus Tyrell Boone}}   Sex: M   Age: 15   DOB: {{DATE:10-11-2008}}
School: {{FACILITY:Susquehanna Ridge HS}}   Grade 10
Parent: {{NAME:Angela Boone}}   phone {{PHONE:717-555-0194}}

HISTORY: no exertional syncope, CP, or SOB. No FHx sudden death <50. Concussion x1 (JV, {{DATE:Sept 2023}}), cleared by Dr. {{NAME:Feeney}} at {{FACILITY:Keystone Sports Medicine - Harrisburg}} after RTP protocol, no residual sx. Hx Osgood-Schlatter L knee, asymptomatic. No meds. NKDA.
EXAM: ht 5'10", wt 172 lb, BP 122/74 (rechecked 118/70), HR 64. Vision R 20/20 L 20/25 uncorrected. No Marfan stigmata. Heart: no murmur supine/stand/squat; femoral pulses nl. MSK screen nl, duck walk ok.
CLEARANCE: [X] Medically eligible for all sports without restriction
Baseline ImPACT on file.
Examiner: {{NAME:Priscilla Vuong}}, DO   NPI {{LICENSE:1467392051}}   {{FACILITY:Linglestown Family Medicine}}, {{ADDRESS:6050 Linglestown Rd}}, {{LOCATION:Harrisburg}} PA {{ZIP:17112}}
Signature on file.`,

  // 16 DBP autism eval
  `DEVELOPMENTAL-BEHAVIORAL PEDIATRICS - INITIAL EVALUATION
{{FACILITY:Sutter Creek Child Development Center}}    Date: {{DATE:February 20, 2024}}
Child: {{NAME:Xavier Nguyen-Alvarez}}   DOB {{DATE:11/08/2021}}   Chronological age 27 mo
Referred by: Dr. {{NAME:Whitmore}} (PCP)
Informants: mother {{NAME:Thao Nguyen}}, father {{NAME:Luis Alvarez}}, EI service coordinator {{NAME:Kim Bertrand}} ({{FACILITY:Delta Valley Regional Center}}, {{LOCATION:Sacramento County}}, client # {{ID:UCI 7742031}})
Concerns: no words, limited eye contact, lines up cars, doesn't respond to name, toe walking.
Birth hx: 37 wk, C/S for breech at {{FACILITY:Foothill Women's Hospital}}, BW 2.9 kg, brief NICU stay for TTN.
Tools: M-CHAT-R/F 14 (high risk). ADOS-2 Module 1 (no words): calibrated severity score 8. Bayley-4: cognitive 70, receptive lang 55, expressive lang 55, fine motor 79, gross motor 88. Vineland-3 ABC 68.
Hearing: ABR normal ({{DATE:1/10/24}}). Lead 2.1.
DIAGNOSIS: Autism spectrum disorder (F84.0), requiring substantial support, with accompanying language impairment, without known genetic condition.
Recs: CMA + Fragile X; ABA 25 h/wk; SLP and OT continue via EI until 3rd birthday {{DATE:11/08/2024}}, then transition IEP w/ {{FACILITY:Cosumnes Valley Unified School District}}. Follow up 6 mo.
{{NAME:Ruth Adeyemi}}, MD, FAAP`,
  // 17 speech eval
  `SPEECH-LANGUAGE EVALUATION
{{FACILITY:Bright Path Therapy Group}} - {{LOCATION:Tulsa}} office          Eval date: {{DATE:06/05/2024}}
Client: {{NAME:Kinsley Marie Tahdooahnippah}}   DOB: {{DATE:04/22/2020}}   CA: 4;1
Referral: Dr. {{NAME:Harjo}}, {{FACILITY:Green Country Pediatric Clinic}}; parent concern re: intelligibility
Present: mother {{NAME:Shawna Tahdooahnippah}}, grandmother {{NAME:Velma Poafpybitty}}
Background: full term, passed NB hearing screen; PE tubes x2 (2022, 2023) w/ Dr. {{NAME:Kessler}}. Attends {{FACILITY:Wichita Mountains Head Start}} 5 d/wk; teacher (Mrs. {{NAME:Allrunner}}) reports peers don't understand her.
Tests: GFTA-3 standard score 68 (2nd %ile); KLPA-3 phonological processes: fronting (k/g -> t/d), stopping of fricatives, final consonant deletion. PLS-5: AC 96, EC 91, TL 93 (WNL). Oral mech: WNL, adequate DDK. Voice and fluency WNL. Intelligibility ~50% to unfamiliar listener.
Impression: moderate phonological disorder (F80.0); receptive/expressive language WNL.
Plan: ST 2x/wk x 30 min for 6 mo; home program given; coordinate with Head Start and {{FACILITY:Cache Creek Public Schools}} Child Find.
Auth: SoonerCare member {{HEALTH_PLAN:SC-300118492}}, PA # {{ID:PA24-115093}} pending.
{{NAME:Colby Ashworth}}, M.S., CCC-SLP   OK lic {{LICENSE:SLP-4417}}`,

  // 18 OT eval
  `OCCUPATIONAL THERAPY EVALUATION - OUTPATIENT PEDIATRICS
Pt name: {{NAME:Benjamin Oduya}}   DOB {{DATE:2016-01-27}}   Age 8   MRN {{MRN:7711430}}
Date: {{DATE:2024-03-18}}   Dx: handwriting difficulty, DCD suspected (R27.8), ADHD-combined (F90.2)
Referring MD: {{NAME:Celeste Brandt-Ivory}}, MD
School: {{FACILITY:Whittier Elementary}}, 2nd grade, teacher Mr. {{NAME:Halloran}}; has 504 plan, no IEP.
Parent report (father {{NAME:Samuel Oduya}}): avoids drawing, can't tie shoes, falls off bike, meltdowns w/ tags in clothing.
Assessments:
 - BOT-2 short form: standard score 36 (below avg)
 - Beery VMI-6: VMI 78, visual perception 94, motor coord 71
 - Sensory Profile 2 (caregiver): "more than others" in touch and movement sensitivity
 - handwriting sample: letter sizing inconsistent, 6 wpm copy speed
Grip: 4-finger grasp w/ thumb wrap; excessive pressure.
Goals (6 mo): 1) legible copying of 2 sentences at 10 wpm; 2) independently tie shoes; 3) use 2 self-regulation strategies before transitions.
Plan: OT 1x/wk x 45 min (CPT 97530, 97535), adaptive pencil grip, slant board; recommend school OT consult via 504 team.
Next appt {{DATE:Mon 3/25}}, after school. Clinic ph {{PHONE:(414) 555-0102}}.
{{NAME:Ingrid Solvang}}, OTR/L   {{FACILITY:Lake Park Pediatric Therapy}}`,

  // 19 WIC referral
  `WIC MEDICAL DOCUMENTATION / REFERRAL FORM
(for formula and/or food prescription)
Participant: {{NAME:Nevaeh Rose Johnson}}   DOB: {{DATE:01/19/2024}}   Sex: F
Parent/guardian: {{NAME:Shaniqua Johnson}}   phone {{PHONE:601-555-0125}}
Address: {{ADDRESS:317 Magnolia Court, Apt 2}}, {{LOCATION:Hattiesburg}}, MS {{ZIP:39401}}
Local WIC clinic: {{FACILITY:Forrest County Health Dept WIC}}
Qualifying condition: cow's milk protein allergy (K52.29) - bloody stools on standard formula, resolved on extensive hydrolysate.
Formula requested: Nutramigen w/ LGG powder, 12.6 oz cans, up to 9 cans/mo
Duration: 6 months ({{DATE:03/2024}} - {{DATE:09/2024}})
Supplemental foods: infant cereal ok at 6 mo; no infant fruits/veg restriction.
Wt today 5.1 kg ({{DATE:3/12/24}}), length 57 cm.
Health care provider: {{NAME:Oluwaseun Bankole}}, MD   {{FACILITY:Pine Belt Pediatric Associates}}
Ph {{PHONE:601-555-0148}}   Fax {{FAX:601-555-0149}}   NPI {{LICENSE:1083627419}}
Signature: ________ Date {{DATE:3/12/2024}}`,

  // 20 EI referral
  `EARLY INTERVENTION REFERRAL
To: {{FACILITY:Delmarva Early Steps - Southern}} (EI Part C)   fax {{FAX:302-555-0162}}
From: {{FACILITY:Seaford Pediatric & Adolescent Care}}, Dr. {{NAME:Anjali Raman}}   ph {{PHONE:302-555-0161}}
Date of referral: {{DATE:7/17/23}}
Child: {{NAME:Mateo Cruz Villanueva}}   DOB {{DATE:4/2/22}}   (15 mo)
Parents: {{NAME:Rosa Villanueva}} / {{NAME:Ernesto Cruz}}   Primary language: Spanish   Best contact {{PHONE:302-555-0189}}
Address: {{ADDRESS:26 Pine Hollow Dr}}, {{LOCATION:Seaford}} DE {{ZIP:19973}}
Reason: not walking (cruises only), 2 words, no pointing. ASQ-3 at 15 mo: communication 15 (below cutoff), gross motor 20 (below), fine motor 40, problem solving 35, personal-social 40.
Medical: born at 33 wk at {{FACILITY:Chesapeake Shore Hospital}} NICU x 3 wk; corrected age 13 mo. Hearing passed. No seizures.
Parents consent to referral (signed). Insurance: DE Medicaid, ID {{HEALTH_PLAN:1002847759}}
Please send eval results to our fax {{FAX:302-555-0163}}. Thank you.
{{NAME:jt}}/{{NAME:AR}}`,

  // 21 teen pregnancy prenatal
  `PRENATAL RETURN VISIT - ADOLESCENT OB (TEEN MOMS CLINIC)
{{FACILITY:Grady Oaks Teen Pregnancy Program}}       {{DATE:04-02-2024}}
{{NAME:Destiny Alvarez}}, 15 yo G1P0 @ 24w3d (EDD {{DATE:07-20-2024}} by 11 wk US; LMP unsure, {{DATE:October 2023}})
Accompanied by mom {{NAME:Graciela Alvarez}} for first half; FOB {{NAME:Jaylen}}, 17, not present.
S: +FM, no VB/LOF/ctx. Mild heartburn. Attending {{FACILITY:Harmon Alternative High School}} (teen parent program); school counselor Ms. {{NAME:Pruitt}} helping w/ child care plan.
O: BP 108/62, wt 139 lb (+11 lb total), FH 24 cm, FHT 148 by doppler. UA neg.
A/P:
- GTT + CBC at next visit (26-28 wk); Tdap at 27-36 wk
- anatomy US completed {{DATE:3/19}}: nl
- seen alone: screened for IPV/reproductive coercion - denies; FOB 17, no legal concern per age. Contraception plan postpartum: LARC (implant) - interested
- WIC enrolled; Medicaid pregnancy coverage active, member {{HEALTH_PLAN:GA-MCD-40018823}}
- Nurse-Family Partnership nurse {{NAME:Tamika Hollis}} visiting q2 wk
- childbirth class at {{FACILITY:Grady Oaks}} {{DATE:May 4}}
RTC 2 wk. {{NAME:Caroline Ibsen}}, MD`,

  // 22 peds ED febrile infant
  `PEDIATRIC EMERGENCY DEPARTMENT - PHYSICIAN NOTE
{{FACILITY:Lakeshore-Hartwell Children's}} PED, {{LOCATION:Evanston}} campus    Arrival {{DATE:12/30/2023 23:58}}
Pt {{NAME:Noor Haddad}}   DOB {{DATE:11/27/2023}}   33 days old F   MRN {{MRN:0044719022}}   CSN {{ACCOUNT:900233418}}
Hx from parents {{NAME:Rami Haddad}} and {{NAME:Lina Haddad}} (Arabic interpreter #{{ID:40127}} via phone, declined after intro - parents fluent English)
CC: fever 38.4 rectal at home at 2300, fussier, feeding a bit less. No cough, no V/D. Sick contact: 3 yo sibling w/ URI, attends {{FACILITY:Kiddie Kampus of Skokie}}.
Birth: term SVD at {{FACILITY:Lakeside North Hospital}}, no GBS, no NICU, went home DOL 2.
Exam: T 38.6 R, HR 178, RR 44, SpO2 99%. Well-appearing, AF flat, no rash, no focal source.
MDM: febrile infant 22-28... actually 29-60 d, per AAP 2021 guideline: UA, UCx (cath), BCx, CBC, procal, CRP. Results: UA +LE, +nitrite, 40 WBC/hpf; procal 0.9; ANC 6200. LP performed given abnl procal: CSF WBC 2, RBC 10, gluc 48, prot 62; CSF cx pending.
Dx: febrile UTI in 33 d infant, IMI-ruled in; abnl inflammatory markers.
Plan: ceftriaxone 50 mg/kg IV (meningitic dose pending CSF), admit Hospital Medicine (Dr. {{NAME:Suarez-Kemp}}) to 6 North. PCP Dr. {{NAME:Farouk}} notified by fax {{FAX:847-555-0113}}.
{{NAME:Gideon Marr}}, MD  PEM attending   {{DATE:12/31/2023 02:14}}`,

  // 23 PICU DKA
  `PICU Progress Note - HD#2
{{FACILITY:Children's Hospital of the Ozarks}} ({{FACILITY:CHO}}) PICU bed 7        {{DATE:9/14/2024}}
{{NAME:Emberly Sue Hatfield}} 11 y/o F, new-onset T1DM presenting in severe DKA (pH 6.98, HCO3 4, BG 612, BHB 7.8) transferred from {{FACILITY:Twin Lakes County Hospital}} via {{FACILITY:Ozark LifeWings}} {{DATE:9/13/24}}.
Overnight: 2-bag system, insulin gtt 0.1 u/kg/h -> 0.05 at 0300 d/t BG drop >100/h. GCS 15 throughout, no HA. Neuro checks q1h. K 3.2 -> replaced.
Labs 0600: pH 7.29, HCO3 14, AG 14, BG 188, Na corr 141, phos 1.9.
Exam: alert, tired, MMM dry, cap refill 2s. Lungs clear, no Kussmaul.
A/P:
1. DKA resolving - transition to SQ insulin when AG closed x2 + tolerating PO; glargine 0.3 u/kg + lispro carb ratio 1:15, CF 1:50
2. new T1D - GAD65/IA-2/ZnT8 abs sent; endo Dr. {{NAME:Pemberton}} following; diabetes education w/ CDCES {{NAME:Lorna Fitch}} starting today (mom {{NAME:Crystal Hatfield}} + step-dad {{NAME:Wade Tolliver}})
3. cerebral edema risk - low threshold mannitol/3% at bedside
4. social: family from {{LOCATION:Mountain Home}}, AR, 2.5 h away; family lodging referral; school ({{FACILITY:Pinkston Middle School}}) nurse to get DMMP
Dispo: transfer to floor {{DATE:9/15}} if stable.
{{NAME:Aditya Kulkarni}}, MD (PICU fellow) / Dr. {{NAME:Hollis Brandeis}} attending`,

  // 24 NICU d/c summary all caps
  `NICU DISCHARGE SUMMARY
{{FACILITY:SAWTOOTH CHILDREN'S HOSPITAL OF BOISE}} - NEONATAL INTENSIVE CARE UNIT
PATIENT: BABY BOY {{NAME:MWANGI}} ({{NAME:JABARI MWANGI}})     MRN: {{MRN:SLC-002917736}}
DATE OF BIRTH: {{DATE:03/04/2024}}    ADMISSION: {{DATE:03/04/2024}}    DISCHARGE: {{DATE:04/27/2024}}
GA AT BIRTH 31 3/7 WK, BW 1560 G.  PMA AT D/C 39 1/7 WK, D/C WT 2890 G.
MOTHER: {{NAME:WANJIKU MWANGI}}, 29 YO G1P0->1, PRE-ECLAMPSIA W/ SEVERE FEATURES, DELIVERED BY C/S.
HOSPITAL COURSE BY PROBLEMS:
 RESP: CPAP X 5 DAYS, RA SINCE DOL 9. CAFFEINE D/C'D AT 34 WK, NO A/B/D EVENTS X 8 DAYS.
 FEN/GI: FULL FEEDS DOL 10, NOW AD LIB EBM + NEOSURE 22 KCAL, PO ALL.
 HEME: HYPERBILIRUBINEMIA, PHOTOTX X 3 DAYS. HCT 30 AT D/C, ON FE.
 ID: 48 H R/O SEPSIS, CX NEG.
 NEURO: HUS {{DATE:03/11/2024}} AND {{DATE:04/02/2024}} NORMAL.
 EYES: ROP SCREEN - ZONE III STAGE 0, F/U {{DATE:05/14/2024}} W/ DR. {{NAME:ESPINOZA}}.
SCREENS: NBS #1 AND #2 NORMAL. HEARING ABR PASS B/L. CCHD PASS. CAR SEAT TEST PASSED 90 MIN.
IMMS: HEP B {{DATE:04/05/2024}}, 2 MO VACCINES {{DATE:04/26/2024}}. NIRSEVIMAB GIVEN.
FOLLOW UP: PCP DR. {{NAME:CALLOWAY}}, {{FACILITY:TREASURE VALLEY PEDIATRICS}} {{PHONE:208-555-0156}} IN 2 DAYS; NICU FOLLOW-UP CLINIC AT 4 MO CA.
DICTATED BY {{NAME:R. OYELOWO}}, NNP / {{NAME:TLH}}`,

  // 25 postpartum discharge
  `Postpartum Discharge Summary
Patient: {{NAME:Ashley N. Brzezinski}}   MRN {{MRN:E8812045}}   DOB {{DATE:3/17/1990}}
Facility: {{FACILITY:Saint Casimir Hospital}}, {{LOCATION:Milwaukee}} - Women's Center 4 East
Admit {{DATE:5/8/2024}}   Delivery {{DATE:5/9/2024 06:51}}   Discharge {{DATE:5/11/2024}}
Delivering provider: Dr. {{NAME:Oksana Levchenko}}
34 yo G3P2103 delivered viable male by repeat LTCS (Pfannenstiel) at 38w2d for prior C/S x1 + desires TOLAC declined. EBL 850 mL (QBL). Apgars 8/9, wt 3710 g. Infant to well-baby nursery, rooming in.
PP course: uncomplicated. Hgb 11.8 -> 10.1. BP max 138/86 on POD1, no sx, normal PIH labs. Voiding, flatus, ambulating. Incision c/d/i, Steri-Strips.
Rh: O neg, infant A pos, KB neg; RhoGAM 300 mcg given {{DATE:5/10/24}}.
Rubella: non-immune -> MMR given prior to d/c.
Feeding: breast + formula. Contraception: Mirena at 6 wk PP visit.
EPDS 5.
Meds: ibuprofen 600 q6h, acetaminophen 1 g q8h, oxycodone 5 mg #6 (PDMP reviewed), docusate, PNV.
Follow-up: BP check at {{FACILITY:Southside OB Partners}} in 1 wk ({{DATE:May 17}}), PP visit 6 wk with Dr. {{NAME:Levchenko}}. Pt instructed on warning signs (HA, vision changes, heavy bleeding, fever).
Summary by {{NAME:Hannah Vo}}, PA-C     cc: PCP {{NAME:Marcus Ekwueme}}, MD`,

  // 26 NICU nursing shorthand
  `nicu rn note 1900-0700  pod c bed 31
pt: bb girl {{NAME:hoang}} ("{{NAME:my an}}")  dol 12  cga 34+2  wt 1895g (up 25)
resp: hfnc 2L 21-23%, sats 92-97. 2 brady to 78 w/ desat 84% during 0200 gavage, self resolved. caffeine given 2000.
cv: hrr, no murmur, cap refill <3s, pink/well perfused
fen: ebm 24 kcal (hmf) 32 ml q3h, PO attempts w/ cue based feeding: took 10 ml at 2300 w/ ultra preemie nipple, rest ng. ng replaced 0400 (#5fr, 19 cm at nare), placement confirmed. voided x4, stool x1 seedy, guaiac neg.
neuro: irritable w/ cares, settles w/ swaddle & pacifier. ffs.
skin: intact, diaper area slightly red - zinc applied.
family: mom {{NAME:Thuy Hoang}} called 2230 (home in {{LOCATION:Garden Grove}}, no car tonight), updated on brady events. dad {{NAME:Khoa}} plans visit tmrw pm. mom asks abt kangaroo care - encouraged. mom pumping 50-60 ml q3h, freezer stash ok. SW ({{NAME:Delia Montes}}) to f/u on transport / bus pass.
labs: am bili 7.1 (below photo), lytes pending.
plan: cont cue based feeds, monitor a/b's, wt check 0000.
{{NAME:j. patterson}} rn / charge rn {{NAME:Kelsey O'Hare}}
{{FACILITY:Harbor Pointe Children's}} nicu ext {{PHONE:6-4120}}`,

  // 27 phone triage
  `AFTER-HOURS TELEPHONE TRIAGE
{{FACILITY:PediaCall Nurse Line}} for {{FACILITY:Cedar Rapids Children's Clinic}}
Call rec'd {{DATE:Saturday, January 27, 2024 21:42}}   Call ID {{ID:T2401270884}}
Caller: {{NAME:Brooke Lindgren}} (mother)   callback {{PHONE:319-555-0111}}
Pt: {{NAME:Oliver Lindgren}}   DOB {{DATE:07/06/2022}}   18 mo M
Reason: vomiting x 6 since 1500, 1 loose stool. Last void ~1700 ("diaper dry since nap"). Taking sips of Pedialyte, vomits w/in minutes. No blood/bile. No fever. Sister {{NAME:Ella}} had same at daycare ({{FACILITY:Sunnybrook Child Care}}) 2 days ago.
Protocol: Schmitt-Thompson Vomiting w/o diarrhea (Pediatric) - "no urine > 8 hrs" positive.
Disposition: Go to ED now. Caller prefers {{FACILITY:St. Wenceslaus Cedar Rapids}} peds ED; advised {{FACILITY:Iowa River Children's}} also ok.
Caller will go to {{FACILITY:St. Wenceslaus}} (15 min drive). Advised bring diaper count, meds. If becomes unresponsive/lethargic call 911.
Care advice given re: ORS 5 mL q1-2 min en route.
PCP to be notified by fax in am: Dr. {{NAME:Ansel Greathouse}}.
RN: {{NAME:Patrice Dunleavy}}, RN   {{DATE:1/27/24 21:58}}`,

  // 28 audiology
  `AUDIOLOGY - NEWBORN HEARING RESCREEN / DIAGNOSTIC ABR
{{FACILITY:Great Plains Hearing & Speech}}, {{ADDRESS:7301 Dodge St}}, {{LOCATION:Omaha}}, NE {{ZIP:68114}}
Date: {{DATE:10-23-2023}}
Patient: {{NAME:Ayaan Sheikh}}   DOB {{DATE:09-30-2023}}   Gestational age at birth 40 wk
Parents: {{NAME:Farhan Sheikh}} & {{NAME:Zainab Qureshi}}
Referred from: {{FACILITY:Bergan Heights Medical Center}} nursery - REFER right ear (AABR) x2 prior to d/c.
Risk factors: none (no NICU, no FHx, CMV saliva PCR neg {{DATE:10/1}}).
Results (natural sleep, 45 min):
 Tympanometry 1000 Hz: L type A, R flat (likely fluid)
 DPOAE: L present 2-8 kHz, R absent
 Click ABR AC: L wave V to 20 dBnHL; R threshold 40 dBnHL
 Tone burst 500/4000 Hz R: 40/35 dBnHL; BC ABR R: 15 dBnHL -> air-bone gap
Impression: R mild conductive hearing loss, likely middle ear effusion. L normal.
Plan: repeat ABR in 6 wk ({{DATE:12/4/2023}}); ENT Dr. {{NAME:Kowalski}} if persists; EHDI report filed to NE DHHS; family given parent packet.
{{NAME:Meredith Ashdown}}, Au.D., CCC-A   lic {{LICENSE:AUD-0611}}`,

  // 29 ED NAT concern ortho
  `ED Provider Note (Peds)   {{FACILITY:Tidewater Children's Medical Center}} ({{FACILITY:TCMC}})
DOS {{DATE:8/2/2024}}   Time seen 1534
{{NAME:Harlow Jean Pettigrew}}  2 yo F  MRN {{MRN:T00581290}}
HPI: per father {{NAME:Cody Pettigrew}}, fell from ~3 ft playground slide at {{FACILITY:Ocean View Rec Center}} playground in {{LOCATION:Norfolk}} ~1400, landed on outstretched L arm, crying, won't use arm. Witnessed by dad and by family friend {{NAME:Tonya Branch}} (ph {{PHONE:757-555-0108}}).
PMH: healthy. UTD vaccines. No prior fractures/ED visits per VA state HIE. Lives w/ parents + infant brother; attends {{FACILITY:Little Sprouts Daycare}}.
Exam: L supracondylar tenderness/swelling, radial pulse 2+, AIN/PIN/ulnar intact. No bruising elsewhere, TEN-4-FACESp negative, no oral/frenulum injury.
XR L elbow: Gartland type II supracondylar fx, posterior fat pad.
A/P: mechanism consistent with injury and developmental stage -> no NAT workup indicated; documented.
Ortho (Dr. {{NAME:Nakashima}}) consulted - CRPP in OR tonight. NPO. Morphine 0.05 mg/kg IV, splint.
Mother {{NAME:Jessa Pettigrew}} en route. 
{{NAME:Oren Feldblum}}, MD`,

  // 30 12 mo WCC
  `12 MONTH WELL CHILD
Date: {{DATE:5/15/2024}}      Provider: {{NAME:Yusuf Abdirahman}}, MD      Clinic: {{FACILITY:Cedar-Riverside Family Clinic}}
Child: {{NAME:Hamza Warsame}}  DOB {{DATE:5/9/2023}}  MRN {{MRN:CRF-30991}}
Here with father {{NAME:Abdullahi Warsame}}; Somali interpreter {{NAME:Faadumo}} (ID {{ID:S-118}}).
Diet: whole milk 28 oz/day (!), still bottle at night, table foods, picky. No juice.
Sleep: through night w/ bottle.
Dev: pulls to stand, cruises, 2 words (aabo, hooyo), waves bye, pincer grasp. ASQ-3 passed all domains.
Exam: wt 10.4 kg (60%), L 76 cm (50%), HC 46 cm. Pallor mild, no murmur. Teeth x6, white spot lesions upper incisors.
Screening labs (POC): Hgb 9.8 (L); lead capillary 6.1 mcg/dL (above CDC BLRV 3.5) -> venous lead + ferritin sent to {{FACILITY:Northstar Reference Lab}} req # {{ID:RQ7781203}}.
Home: apt built pre-1950 at {{ADDRESS:1525 S. 4th St, Unit 607}}, {{LOCATION:Minneapolis}} {{ZIP:55454}}; peeling paint windowsills per dad. -> referral to {{LOCATION:Hennepin County}} lead program, dad consents.
Vaccines today: MMR #1, VAR #1, HepA #1, PCV20 #4. Tdap/flu for family discussed.
Counsel: limit milk to 16-20 oz, wean bottle, iron-rich foods, start iron 3 mg/kg/d if venous confirms IDA. Fluoride varnish; dental ref.
RTC 15 mo or sooner for lead/ferritin results. Dad's phone {{PHONE:612-555-0197}}.`,

  // 31 MIMIC-style NICU
  `NPN 1900-0700
[**{{NAME:Known lastname 4417}}**] [**{{NAME:Known firstname 882}}**] #2 (twin B), DOL 5, CGA 33 1/7 wk, wt 1.64 kg (down 10 g).
Admitted [**{{DATE:2148-6-19}}**] from L&D at [**{{FACILITY:Hospital1 18}}**], born to 36 yo G2P0->2 mother via c/s for di/di twins w/ discordant growth.
RESP: in RA, RR 40-60s, LS clear/= . No A's/B's this shift. On caffeine.
CV: no murmur, pink, well perfused. BP 58/32 (41).
FEN: TF 150 cc/kg/d. PG feeds of BM/PE24 30cc q3h over 45 min, tolerating well, min aspirates, abd soft, active BS. Voiding qs, mec stool x1.
ID: 48h r/o completed [**{{DATE:6-21}}**], cx neg. Amp/gent d/c'd.
DEV: temps stable in isolette on servo, 36.8-37.1. Positioned in nest, responds appropriately to cares. 
PARENTS: mom [**{{NAME:Known firstname 7790}}**] in to visit this eve, did skin-to-skin w/ twin B x 1 hr, asking appropriate questions. Dad called from [**{{LOCATION:Location (un) 1121}}**], updated by this RN. Twin A ([**{{NAME:Known firstname 883}}**]) in bed 9 - see separate note.
Plan: cont current plan, wt gain, advance feeds per team. Bili in am. Hearing screen when >34 wk. Primary care: Dr. [**{{NAME:Last Name (STitle) 3302}}**] at [**{{FACILITY:Hospital 46}}**].
[**{{NAME:First Name8 (NamePattern2) 1043}}**] RNC-NIC`,

  // 32 fax cover
  `*** FAX ***   CONFIDENTIAL PATIENT INFORMATION
FROM: {{FACILITY:Sacred Heart Children's Hospital}} ({{FACILITY:SHCH}}) - Health Information Management
{{ADDRESS:400 W. Broadway, 3rd Floor}}, {{LOCATION:Enid}}, OK {{ZIP:73701}}
Phone {{PHONE:580-555-0172}}   Fax {{FAX:580-555-0173}}
TO: Dr. {{NAME:Lionel Ashby}}'s office, {{FACILITY:Prairie Rose Pediatrics}}   Fax {{FAX:580-555-0119}}
ATTN: {{NAME:Gwen}} (referrals)
Date: {{DATE:01/08/2025}}    Pages (incl cover): 9
RE: {{NAME:Wyatt Delgado-Kim}}   DOB {{DATE:06/30/2019}}   MRN {{MRN:SH-00428731}}
Request # {{ID:ROI-25-000314}}
Enclosed: PICU discharge summary ({{DATE:12/29/2024}}), Echo report, Neurology consult, med rec, pending labs list.
Admitted {{DATE:12/19/2024}} for status asthmaticus w/ intubation x 2 days.
Please call the sender at {{PHONE:580-555-0172}} x{{PHONE:231}} if any pages missing.
The documents accompanying this telecopy contain confidential information belonging to the sender which is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents is strictly prohibited and you should destroy this fax.
Sent by: {{NAME:Marisela Ortega}}, ROI specialist`,

  // 33 letter to school
  `{{FACILITY:Willow Bend Developmental & Behavioral Pediatrics}}
{{ADDRESS:912 Commerce Pkwy, Suite 300}} * {{LOCATION:Frisco}}, TX {{ZIP:75034}} * {{PHONE:(469) 555-0135}} * {{URL:www.willowbend-dbp.example}}

{{DATE:September 4, 2024}}

To: Section 504 Committee, {{FACILITY:Hollyhock Intermediate School}}, {{FACILITY:Elm Fork ISD}}
Attn: {{NAME:Denise Kovacs}}, counselor

RE: {{NAME:Ethan Oyelaran-Price}}, DOB {{DATE:03/12/2014}}

To whom it may concern,
{{NAME:Ethan}} is a 10 year old 5th grader followed in our clinic since {{DATE:May 2022}} for ADHD, combined presentation (F90.2), and a specific learning disorder with impairment in written expression (F81.81). He takes methylphenidate ER 36 mg each morning; no doses are needed at school.
Despite treatment he continues to have difficulty with sustained attention during long independent tasks, organization of assignments, and written output. I recommend the following accommodations:
 - preferential seating away from doors/windows
 - extended time (1.5x) on tests and written assignments, incl. STAAR as allowed
 - chunking of long assignments, written checklist of homework, daily planner check
 - access to speech-to-text for writing tasks
 - brief movement breaks
Please contact me with questions. Parent ({{NAME:Monica Price}}) has signed consent for release to the school.
Sincerely,
{{NAME:Teodora Vukovic}}, MD, FAAP
Developmental-Behavioral Pediatrics
{{NAME:TV}}/{{NAME:ks}}`,

  // 34 genetics consult
  `Clinical Genetics Consultation
{{FACILITY:Magnolia Children's Hospital}} - Genetics Clinic, 2nd floor Atrium      Visit: {{DATE:7/22/2024}}
Patient: {{NAME:Isabella Mae Fontaine}}  DOB {{DATE:7/1/2024}}  3 wk F   MRN {{MRN:000-884-1207}}
Referred by NICU (Dr. {{NAME:P. Guidry}}) for trisomy 21 confirmed postnatally.
Parents: {{NAME:Claire Fontaine}} (34, G2P2) and {{NAME:Remy Fontaine}} (36), nonconsanguineous. Older sib {{NAME:Luc}}, 3, healthy.
Prenatal: declined cfDNA; 20 wk US at {{FACILITY:Acadiana MFM}} showed AVSD, referred for fetal echo ({{DATE:3/5/24}}) - confirmed complete AVSD.
Birth: 38 wk SVD at {{FACILITY:Vermilion Women's & Children's}}, BW 2980 g, Apgars 7/8. NICU 9 d for feeding.
Karyotype: 47,XX,+21 (nondisjunction), lab # {{ID:CYT24-05517}}.
Exam: upslanting palpebral fissures, flat nasal bridge, single palmar crease R, sandal gap, hypotonia. Soft holosystolic murmur.
Assessment: Down syndrome, standard trisomy 21; complete AVSD.
Plan per AAP Health Supervision guidelines:
 - cardiology ({{FACILITY:Gulf South Pediatric Cardiology}}), anticipate repair 4-6 mo
 - TSH, CBC w/ diff (r/o TAM) - ordered
 - audiology, ophtho by 6 mo
 - EI referral made (EarlySteps Region 4)
 - recurrence risk ~1% discussed; parental karyotypes not indicated
 - parent group: {{FACILITY:Bayou Buddies Down Syndrome Network}}
{{NAME:Miriam Delacroix-Hebert}}, MD, FACMG / {{NAME:Jules Arceneaux}}, MS, CGC`,

  // 35 peds cardiology consult
  `PEDIATRIC CARDIOLOGY OUTPATIENT CONSULTATION
{{FACILITY:Heartland Pediatric Heart Center}} @ {{FACILITY:Wichita Children's Pavilion}}
Date of visit: {{DATE:03/27/2024}}    Referring: {{NAME:Grace Pennington}}, APRN ({{FACILITY:Flint Hills Family Care}})
Patient: {{NAME:Tobias Reinholt}}, 6 yo M, DOB {{DATE:05/15/2017}}, MRN {{MRN:HPH-66120}}
Reason: murmur heard at kindergarten sports physical... er, school entry physical.
Hx: asymptomatic, keeps up w/ peers, no syncope/CP/palpitations. No FHx of cardiomyopathy, SCD, or congenital heart disease. Maternal grandfather "pacemaker at 70".
Exam: HR 88, BP R arm 98/60, R leg 104/62. Grade 2/6 vibratory, musical systolic murmur LLSB, louder supine, softer w/ standing. Normal S2 split. No click. Femoral pulses strong.
ECG: NSR, normal axis and intervals, QTc 412.
Echo (limited, {{DATE:3/27/24}}): structurally normal heart, normal biventricular function, no PDA/ASD/VSD, no coarctation. Prominent LV false tendon.
Impression: Still's murmur (innocent). Normal echo.
Plan: no restrictions, no SBE ppx, no f/u needed. Letter to school nurse ({{FACILITY:Sunflower Elementary}}) and referring provider.
Discussed with mother {{NAME:Ingrid Reinholt}} (phone {{PHONE:316-555-0140}}).
{{NAME:Abram Chaudhry}}, MD  Pediatric Cardiology   {{DATE:3/27/2024 11:40}}`,

  // 36 circumcision
  `PROCEDURE NOTE: NEWBORN CIRCUMCISION
Date: {{DATE:2/2/24}}    Location: {{FACILITY:Blessed Trinity Medical Center}} newborn nursery, procedure room 2
Patient: Baby Boy {{NAME:Adeyemi}} ({{NAME:Oluwatobi}})   MRN {{MRN:BT-8829301}}   DOB {{DATE:1/31/24}}
GA 39w4d, BW 3.55 kg, DOL 2, voided x3, vit K given {{DATE:1/31/24}}.
Consent: signed by mother {{NAME:Folake Adeyemi}} after discussion of risks (bleeding, infection, injury, cosmetic, need for revision) and benefits, alternatives. Father {{NAME:Kunle Adeyemi}} present.
Pre-procedure: normal penile anatomy, no hypospadias/chordee, no FHx bleeding disorder.
Time-out performed 10:12 with RN {{NAME:Marguerite Tuck}}.
Anesthesia: dorsal penile nerve block, 1% lidocaine w/o epi 0.8 mL total; sucrose 24% PO.
Procedure: Gomco 1.3 clamp, standard technique. Clamp left 5 min. EBL minimal. Vaseline gauze applied.
Complications: none. Infant tolerated well, returned to mother's room.
Post-care: petroleum jelly each diaper change x 7 d; call for bleeding > quarter-size spot, no void in 12 h, fever.
Follow-up: PCP (not Dr. {{NAME:Emenike}} as listed on prenatal record) is Dr. {{NAME:Lucinda Varga}}, {{FACILITY:Northgate Pediatrics}}, visit {{DATE:2/5}}.
{{NAME:Ola Fagbemi}}, MD (OB)`,

  // 37 C-section op note
  `OPERATIVE REPORT
Patient: {{NAME:Jennifer Lyn Szymanski}}     MRN: {{MRN:4420019833}}     Acct: {{ACCOUNT:V00928374156}}
Date of surgery: {{DATE:10/05/2023}}     {{FACILITY:Mid-Hudson Valley Hospital}}, L&D OR 2
Surgeon: {{NAME:Rafael Benitez}}, MD   Assistant: {{NAME:Kara Lindholm}}, MD (PGY-3)
Anesthesia: spinal, {{NAME:Vincent Auclair}}, CRNA / Dr. {{NAME:Ng}}
Preop dx: IUP at 41w1d, arrest of dilation at 6 cm x 4 h despite adequate MVUs, chorioamnionitis (T 38.5)
Postop dx: same, OP position
Procedure: primary low transverse cesarean section via Pfannenstiel incision
Findings: liveborn female, OP, delivered at 07:14, Apgars 6 and 9, wt 3,980 g; NICU team (Dr. {{NAME:Feeney}}) present. Normal uterus, tubes, ovaries. Cord gas art pH 7.19. Meconium-stained fluid, thin.
EBL/QBL: 1,050 mL. IVF 2,200 mL. UOP 250 mL clear.
Details: ... after delivery of the fetal head with modest difficulty (Fetal Pillow not used, hand disimpaction), placenta delivered manually and sent to pathology. Hysterotomy closed in 2 layers w/ 0-Vicryl. Fascia 0-PDS. Skin 4-0 Monocryl subcuticular.
Counts correct x2. Amp/gent -> add clinda given chorio.
Disposition: to PACU stable. Infant to NICU for sepsis eval.
Dictated {{DATE:10/05/2023 08:32}} / transcribed {{DATE:10/05/2023 10:01}} {{NAME:lmr}}`,

  // 38 OB triage DFM
  `OB TRIAGE NOTE      {{DATE:Sun 06/09/2024 0312}}
{{FACILITY:Tri-County Regional Medical Center}} - Birthplace triage bay 3
{{NAME:Kiara Simone Batiste}}   DOB {{DATE:08/28/1998}}   MRN {{MRN:TC1180024}}
25 yo G2P0010 @ 33w6d (EDD {{DATE:07/22/2024}} by 7 wk US). PNC at {{FACILITY:Crescent City Women's Health}}, Dr. {{NAME:Thibodaux-Reyes}}.
CC: decreased fetal movement since dinner (~8 h), did kick counts x2, < 10 in 2 h. No VB, LOF, ctx, HA, vision changes, RUQ pain.
PMH: cHTN on nifedipine XL 30; LGA? no. A1 GDM? no - normal 1 hr GTT.
Vitals: BP 142/88 -> 136/84, HR 92, afebrile.
NST: baseline 140, moderate variability, 15x15 accels x3 in 20 min = reactive. No decels. TOCO quiet.
BPP (bedside, Dr. {{NAME:Olu Ayinde}}, resident): 8/8, AFI 11.2 cm, cephalic.
Labs: CBC, CMP, P:C ratio - plt 212, AST 22, ALT 18, Cr 0.6, P:C 0.18.
A: reactive NST, BPP 8/8. cHTN w/o superimposed preeclampsia.
P: d/c home, kick count teaching, preE precautions. Keep appt {{DATE:6/11}} w/ Dr. {{NAME:Thibodaux-Reyes}}; already on 2x/wk antenatal testing from 32 wk.
Pt d/c'd 0510 w/ partner {{NAME:Darnell Batiste}}. Home: {{LOCATION:Metairie}}.
{{NAME:Lauren Pichon}}, RN / {{NAME:Stephen Kagame}}, MD (OB hospitalist)`,

  // 39 GDM education
  `Diabetes in Pregnancy - Education Visit (RD/CDCES)
{{FACILITY:Valley Perinatal Diabetes Program}}, {{LOCATION:Fresno}}
Date: {{DATE:12-12-2023}}
Pt: {{NAME:Gurpreet Kaur Sandhu}}, 30 yo G3P2 @ 29w2d, EDD {{DATE:02-25-2024}}
DOB {{DATE:01-04-1993}}   Acct {{ACCOUNT:0021458830}}   Medi-Cal CIN {{HEALTH_PLAN:91827364A}}
Dx: GDM A1 (3 hr GTT {{DATE:12/1/23}}: 98 / 192 / 171 / 133 - 2 abnormal by Carpenter-Coustan)
Punjabi interpreter via video ({{NAME:Harjit}}, #{{ID:88214}}); husband {{NAME:Manjit Singh}} present.
Diet recall: roti x 4 at dinner, chai w/ 2 tsp sugar 3x/d, rice at lunch, mango lassi.
Taught: carb counting (3-4 carb choices/meal, 1-2/snack), plate method w/ Indian foods, walking 10-15 min after meals.
Glucometer: Contour Next One (lot not recorded), SN {{DEVICE:CN1-7712930}}. Demonstrated FSBG fasting + 1 h postprandial. Targets: fasting <95, 1h <140.
Log review in 1 wk by phone/MyChart. Pt's phone {{PHONE:559-555-0176}}.
If >30% values above target -> OB (Dr. {{NAME:Mahal}}) to start metformin vs insulin.
Growth US at 32 wk scheduled at {{FACILITY:Central Valley MFM}} {{DATE:12/28}}.
{{NAME:Rosalind Tejeda}}, RD, CDCES`,

  // 40 T1D pump
  `Pediatric Endocrinology - Diabetes Clinic Follow-up
{{FACILITY:Rocky Mountain Children's Specialty Clinic}}      {{DATE:8/7/2024}}
{{NAME:Liam Oshiro-Bennett}}, 14 yo M, T1D dx {{DATE:3/2019}}, DOB {{DATE:10/30/2009}}
With mom ({{NAME:Naomi Oshiro}}). Starting 9th grade at {{FACILITY:Sable Ridge HS}} next wk, football.
Devices:
 - Tandem t:slim X2 w/ Control-IQ, SN {{DEVICE:1194478}}
 - Dexcom G7 CGM, receiver SN {{DEVICE:RX7-40218833}}
 Pump warranty exp 2027.
CGM (14 d): TIR 62%, TAR 34% (>250 11%), TBR 4%. GMI 7.6%. Missed boluses after school.
A1c today 7.9% (prior 8.4% {{DATE:May 2024}}).
Settings: basal 0.85-1.1 u/h, ICR 1:9 breakfast 1:11 other, ISF 1:40, target 110.
Exam: Tanner 4, wt 61 kg, no lipohypertrophy.
Plan:
 - ICR after-school snack 1:10, set reminder alerts 3-5 pm
 - exercise activity mode for practice, carbs 15-30 g pre-game
 - DMMP + glucagon (Baqsimi) to school nurse {{NAME:Tess Moreland}}, fax {{FAX:303-555-0127}}
 - teen to text CGM questions through portal {{URL:https://portal.rmcsc.example/diabetes}}
 - Celiac + TSH annual labs drawn today, order # {{ID:LAB-88210449}}
RTC 3 mo. {{NAME:Danielle Fairweather}}, MD`,

  // 41 eating disorder admission
  `ADOLESCENT MEDICINE ADMISSION H&P
{{FACILITY:Prairie Lights Children's Hospital}} - {{FACILITY:8 Henson}} (Adolescent Unit), rm 812
Admit date/time: {{DATE:01/21/2024 16:05}}
{{NAME:Addison Kathryn Vogel}}, 15 yo F   MRN {{MRN:CMP-1047729}}
Referred by PCP Dr. {{NAME:Holtzclaw}} for bradycardia (HR 38 asleep at home on Apple Watch), wt loss.
HPI: restrictive eating since {{DATE:June 2023}} after "health" unit at school; cross-country runner at {{FACILITY:Lansing Prairie High School}}. Wt 62 -> 45.8 kg (74% mBMI). Amenorrhea since {{DATE:Aug 2023}}. Denies purging, laxatives. Exercises 2h/d.
Exam: HR 41 supine / 78 standing (orthostatic), BP 92/54, T 35.9, lanugo, acrocyanosis, cold hands, Russell's sign neg. Tanner 4.
Labs: Na 138, K 3.6, phos 3.1, Mg 1.9, glucose 68, prealb 17. ECG sinus brady 42, QTc 438.
Dx: anorexia nervosa, restricting type, severe; medical instability (bradycardia, orthostasis, hypothermia).
Plan:
 - meal plan 1800 kcal, advance 200 kcal q24-48h; refeeding labs (phos, K, Mg) q12h x 3 d then daily
 - continuous cardiac monitoring, bed rest until HR >45 overnight
 - eating disorder team: psychology (Dr. {{NAME:Amira Salah}}), RD ({{NAME:Corinne Yeats}})
 - family: parents {{NAME:Derek}} and {{NAME:Shannon Vogel}}, sibling 12 - FBT intro
 - coach (Coach {{NAME:Lindahl}}) not to be contacted w/o parent consent
{{NAME:Marco Ferrante}}, MD, Adolescent Medicine`,

  // 42 adolescent psych ED
  `PED ED - BEHAVIORAL HEALTH ASSESSMENT
{{FACILITY:Olentangy Children's Hospital}} PED Psych Crisis Unit, room BH-4     {{DATE:10/16/2023}}
Pt: {{NAME:Jordan}} "{{NAME:JJ}}" {{NAME:Whitacre}}  16 yo (pronouns they/them; legal name {{NAME:Jessica Whitacre}})  MRN {{MRN:NRC772104}}
Brought by: school resource officer + mother ({{NAME:Pamela Whitacre}}) from {{FACILITY:Scioto Valley Christian Academy}} after peer reported Snapchat msg "im done, tonight".
Hx per pt (seen alone): 3 wk worsening mood, bullied re: gender identity, SI w/ plan to overdose on mom's sertraline. No prior attempts. Cutting forearms x 6 mo, last 2 d ago. Denies HI/AVH. Vapes nicotine daily; marijuana wkends.
C-SSRS: ideation w/ intent & plan (high). PHQ-A 21. ASQ positive.
Exam: superficial healing linear cuts L forearm, no infection. Tox screen + THC.
Collateral: mom - pt's therapist {{NAME:Renata Gomez}}, LPCC at {{FACILITY:Pathways Counseling Collective}}, {{PHONE:614-555-0166}}; dad {{NAME:Greg Whitacre}} lives in {{LOCATION:Zanesville}}, limited contact.
Disposition: inpatient psychiatric admission recommended. Bed at {{FACILITY:Riverside Youth Behavioral Hospital}} accepted by Dr. {{NAME:Szabo}}, transfer {{DATE:10/17/23}} am. Means restriction counseling - parents to lock meds/firearms (grandfather's rifle at home -> to uncle {{NAME:Rob}}).
Safety plan completed with pt. 988 info given.
{{NAME:Ebony Carrington}}, LISW, BH clinician  /  Dr. {{NAME:K. Aoki}} (ED attending)`,

  // 43 child care health form
  `CHILD CARE / PRESCHOOL HEALTH ASSESSMENT FORM (to be completed by health care provider)
Child's name: {{NAME:Penelope Xu}}       Birth date: {{DATE:Dec 1, 2020}}
Parent/guardian: {{NAME:Wei Xu}}, {{NAME:Lan Chen}}   Home phone: {{PHONE:(617) 555-0153}}
Home address: {{ADDRESS:45 Winthrop St, #2R}}, {{LOCATION:Quincy}}, MA {{ZIP:02169}}
Child care program: {{FACILITY:Wollaston Bright Beginnings}}
Date of most recent physical: {{DATE:11/29/2023}}
Health history: eczema (managed w/ emollients + hydrocortisone 1% prn). Egg allergy - outgrown per oral food challenge at {{FACILITY:Neponset Pediatric Allergy}}... (pt now eats baked egg and scrambled egg) - NO restriction.
Medications at child care: none.
Immunizations: up to date per MIIS printout attached (DTaP x4, IPV x3, MMR x1, VAR x1, HepB x3, Hib x4, PCV x4, HepA x2, flu {{DATE:10/2023}}).
Screening: lead {{DATE:12/2022}} <1; Hgb 12.1; hearing/vision - pass (instrument-based vision screen).
Developmental: ASQ-3 at 36 mo normal.
Special needs/accommodations: none.
Health care provider: {{NAME:Joanna Kaczmarek}}, NP   Practice: {{FACILITY:South Shore Pediatric Group}}   Phone {{PHONE:(617) 555-0199}}
Signature: {{NAME:J. Kaczmarek}} NP     Date: {{DATE:11/29/23}}`,

  // 44 daycare incident report
  `INCIDENT / INJURY REPORT
{{FACILITY:Happy Hearts Early Learning Center}} - Toddler Room B ("Caterpillars")
Child: {{NAME:Rowan Achterberg}}   Age: 22 months
Date of incident: {{DATE:04/11/2024}}   Time: 10:20 AM
Staff present: {{NAME:Kylie Munro}} (lead), {{NAME:Esperanza Vela}} (asst)
What happened: {{NAME:Rowan}} was bitten on the R upper arm by another child during free play at the sensory table. Skin not broken; red oval mark w/ teeth impressions, no bleeding.
(Per licensing rules, the other child's name is not shared.)
First aid: washed w/ soap & water, cold pack 5 min, comfort. {{NAME:Rowan}} returned to play within minutes.
Parent notified: mother {{NAME:Sanne Achterberg}} called at {{PHONE:971-555-0114}} at 10:35, left message; spoke with father {{NAME:Pieter}} at 11:02.
Follow-up: monitor for redness/swelling/fever; if skin had been broken we would have advised contacting pediatrician (Dr. {{NAME:Yamamoto}}, {{FACILITY:Beaverton Kids Clinic}}).
Director review: {{NAME:Colette Dubois}}, {{DATE:4/11/24}}
Parent signature: ____________  Date ______
copy to file / copy to parent   |   {{FACILITY:Happy Hearts}} {{ADDRESS:2290 SW Cedar Hills Blvd}}, {{LOCATION:Beaverton}} OR {{ZIP:97005}}`,

  // 45 NFP home visit
  `NURSE HOME VISIT - MATERNAL/INFANT (NFP model)
Agency: {{FACILITY:Cumberland Plateau Family Home Visiting}}   Visit # 27 (infancy phase)
Date: {{DATE:3/6/24}}  Time in/out 1300-1415
Client: {{NAME:Kaylee Dawn Sizemore}} (19)   Infant: {{NAME:Brantley Sizemore}}, DOB {{DATE:11/20/23}}, 15 wk
Location: client's home, {{ADDRESS:1187 Old Sparta Hwy, Trailer 4}}, {{LOCATION:Crossville}} TN {{ZIP:38555}}
Present: client, infant, client's grandmother {{NAME:Opal Sizemore}}, {{AGE:92}} yo
Maternal: PP contraception - Depo given {{DATE:2/14/24}} at {{FACILITY:Cumberland County Health Dept}}. EPDS today 12 (up from 7) - c/o poor sleep, FOB ({{NAME:Colton Reece}}) "in and out". No SI. Referred to {{FACILITY:Highland Rim Behavioral Health}} - appt {{DATE:3/12}}.
Infant: wt on home scale 6.2 kg. Formula Enfamil Gentlease 5 oz q3-4h (WIC). Sleeps in pack-n-play; discussed no couch sleeping. Car seat rear-facing, observed.
Home safety: smoke detector present, working. Wood stove - guard discussed.
Goals: GED class at {{FACILITY:Crossville Adult Learning Center}} - enrolled.
Next visit {{DATE:3/20/24}}.
{{NAME:Dana Whitlock}}, RN, BSN   cell {{PHONE:931-555-0186}}`,

  // 46 NICU discharge teaching / home apnea monitor
  `NICU DISCHARGE TEACHING CHECKLIST
Infant: {{NAME:Zion Amadi-Brooks}}   MRN {{MRN:71-2290-44}}   Planned d/c {{DATE:Fri 11/22/2024}}
Caregivers taught: mother {{NAME:Keturah Brooks}}, MGM {{NAME:Loretta Brooks}} (will provide daytime care)
[x] Infant CPR - class completed {{DATE:11/19/24}} (instructor {{NAME:R. Salinas}})
[x] Car seat tolerance screen - PASSED 90 min in family's seat (Graco SnugRide 35), {{DATE:11/20}}
[x] Home apnea/cardiac monitor: Masimo Rad-97 home unit, SN {{DEVICE:RAD97-H-0031577}}, vendor {{FACILITY:Keystone Home Medical}} (24h line {{PHONE:215-555-0122}}). Parents return-demonstrated lead placement & alarm response.
[x] Meds: caffeine citrate 20 mg PO daily until 44 wk PMA, poly-vi-sol w/ iron 1 mL daily. Filled at {{FACILITY:Germantown Ave Pharmacy}}.
[x] Feeding: EBM fortified w/ Neosure to 22 kcal, 60-75 mL q3h.
[x] Synagis/nirsevimab: nirsevimab given {{DATE:11/21/24}}.
[x] Safe sleep, shaken baby (Period of PURPLE Crying) education
[ ] Early Intervention referral - faxed {{DATE:11/21}}, confirm rec'd
Follow-up appts:
 - PCP: {{FACILITY:Wister Street Pediatrics}}, Dr. {{NAME:Abernathy-Cole}}, {{DATE:11/25/24 9:30}}
 - Neonatal follow-up clinic {{DATE:2/2025}}
 - Ophtho (ROP) Dr. {{NAME:Ferreira}} {{DATE:12/3}}
RN: {{NAME:Shayla Munoz}}, RNC-NIC  {{FACILITY:Schuylkill Children's Hospital}} NICU`,

  // 47 neonatal transport
  `NEONATAL TRANSPORT RECORD
Team: {{FACILITY:Big Sky Neonatal Critical Care Transport}} (rotor) - {{NAME:Tessa Graybill}} RN, {{NAME:Cole Danner}} RRT
Request call {{DATE:01/14/2024 0522}} from {{FACILITY:Glendive Community Hospital}} ED/OB, Dr. {{NAME:Helgeson}}, {{PHONE:406-555-0179}}
Receiving: {{FACILITY:Billings Mercy Children's}} NICU, accepting Dr. {{NAME:Whitebear}}
Pt: Baby Boy {{NAME:Two Bulls}}, born {{DATE:01/14/2024}} TOB 0440, ~35 wk by dates (LMP {{DATE:5/16/23}}), precipitous vaginal delivery in ED. Mother {{NAME:Charlene Two Bulls}}, 24, limited PNC (1 visit at {{FACILITY:Rosebud Creek IHS Health Station}}).
Apgars 4/7 (given by ED RN). BW 2410 g on ED scale.
On arrival 0648: grunting, retracting, SpO2 86% on blow-by, T 35.4 (hypothermic), BG 32.
Interventions: bCPAP 6 -> NIPPV 20/6 FiO2 0.45, PIV x1 L hand after 2 attempts, D10 2 mL/kg bolus then 80 mL/kg/d, BG 58 recheck. Amp/gent after BCx. Warmed to 36.6 in transport isolette (Airborne Voyager SN {{DEVICE:AV-2231-068}}).
Depart 0752, arrive {{FACILITY:BMC}} helipad 0901. Report given to NICU charge {{NAME:Lucy Pretty On Top}}.
Mother remains in {{LOCATION:Glendive}}; grandmother {{NAME:Arlene Fisher}} driving, ph {{PHONE:406-555-0105}}.
Run # {{ID:BSN-24-0114-02}}`,

  // 48 abnormal NBS
  `Telephone encounter - ABNORMAL NEWBORN SCREEN
{{DATE:9/19/2023 10:05}}   Caller: {{NAME:Alicia Fernandez-Ruiz}}, RN, state NBS follow-up program
Infant: {{NAME:Santiago Ibarra}}, DOB {{DATE:9/15/2023}}, born at {{FACILITY:Pedernales Valley Birth Center}}, specimen # {{ID:NBS230915-04412}} collected {{DATE:9/16/23}} at 26 h of life.
Result: phenylalanine 14.2 mg/dL (cutoff 2.1), Phe/Tyr ratio 9.8 - PRESUMPTIVE POSITIVE for PKU.
Actions taken by me:
 - called parents at {{PHONE:830-555-0147}} ({{NAME:Veronica Ibarra}}, mother); Spanish-speaking, used language line interpreter #{{ID:310227}}.
 - explained: screening test, needs confirmation; continue breastfeeding until metabolic team advises (they will likely start Phe-free formula + measured BM).
 - same-day appt at {{FACILITY:Texas Hill Metabolic Clinic}} ({{LOCATION:San Antonio}}) w/ Dr. {{NAME:Kirchner}} at 2 PM today - family has transportation (uncle {{NAME:Tomas}} driving).
 - confirmatory plasma amino acids, urine pterins, DHPR activity ordered at clinic.
Infant seen in office {{DATE:9/18}} for weight check: wt 3.22 kg (BW 3.31), feeding well, no jaundice.
Will f/u results. {{NAME:Hector Valdivia}}, MD, {{FACILITY:Fredericksburg Family Pediatrics}}`,

  // 49 sickle cell
  `PEDIATRIC HEMATOLOGY CLINIC - SICKLE CELL
{{FACILITY:Magnolia State Children's}} ({{FACILITY:MSC}}) Hematology/Oncology, clinic B
DOS: {{DATE:6/24/24}}
Pt: {{NAME:Jeremiah Oluwadamilare Bakare}}  DOB {{DATE:2/8/2016}}  8 yo M  HbSS  MRN {{MRN:MSC-0381192}}
Mom {{NAME:Adaeze Bakare}} present. Camp form needed for {{FACILITY:Camp Crescent Moon}} (sickle cell camp, {{DATE:July 14-20}}).
Interval: 1 VOC {{DATE:April 2024}} -> ED at {{FACILITY:Pine Grove Medical Center}}, d/c'd after IV ketorolac + morphine. No ACS since 2022. No fevers.
Meds: hydroxyurea 30 mg/kg/d (MTD), folic acid 1 mg, PCN VK stopped at 5 yo. Pneumococcal: PCV20 done, PPSV23 x2 done.
Labs today: Hb 8.9, MCV 112, ANC 2.4, plt 310, retic 6%, HbF 21%. Cr 0.4. UA micro neg.
TCD ({{DATE:5/2/24}}): L MCA TAMM 148 cm/s - normal (<170).
Exam: spleen not palpable, no scleral icterus change, no murmur.
School: 3rd grade {{FACILITY:Bellwood Elementary}}, 504 plan for water bottle, bathroom, elevator pass.
Plan: continue HU, annual labs; camp form signed; ophtho at 10 yo; RTC 3 mo.
Hem fellow {{NAME:Ifeoma Nwachukwu}}, MD / attending {{NAME:Clement Bowers}}, MD
Clinic {{PHONE:601-555-0112}}`,

  // 50 ED asthma shorthand
  `peds ed - {{FACILITY:bellevue hts childrens}} ({{FACILITY:BHC}}) - {{DATE:11/03/23}}
9yo m {{NAME:angel de jesus rivera}} mrn {{MRN:55173920}} w/ known asthma, uri sx x2d, wheezing since last night, albuterol q2h at home w/o relief. no fevers. 1 prior picu adm (2021, no intubation). on qvar 40 "sometimes". lives w/ mom {{NAME:yaritza rivera}} + abuela in {{LOCATION:highbridge}}, {{LOCATION:bronx}}; mold in apt per mom, landlord ({{FACILITY:Concourse Plaza Mgmt}}) not fixing. smoke exposure: uncle smokes outside.
triage: rr 36, spo2 89% ra, hr 138, PRAM 8 (severe-ish), talking in phrases.
tx: duoneb x3 back to back, dex 0.6 mg/kg po (16 mg), mag 50 mg/kg iv x1 at 0245. o2 nc 2L.
reassess 0400: PRAM 3, spo2 95% ra, mild exp wheeze, good air entry.
reassess 0600: PRAM 2, albuterol spaced to q3h.
dispo: d/c home after 3h obs - albuterol q4h x 48h then prn, dex dose #2 tomorrow, inc qvar 80 bid w/ spacer, asthma action plan (spanish) given. pcp f/u 2-3 d: Dr. {{NAME:Oyebanji}} at {{FACILITY:Jerome Ave Family Health Ctr}}. school note for {{FACILITY:P.S. 279}} (mom confirmed; chart said {{FACILITY:P.S. 246}}). housing complaint/311 info + {{FACILITY:Healthy Homes Bronx Collaborative}} referral by sw {{NAME:Dana Levitt}}.
mom cell {{PHONE:(718) 555-0138}}
{{NAME:a. chowdhury}} md pgy2 / attending {{NAME:r. silverstein}} md`,

  // 51 bronchiolitis admission
  `Pediatric Hospital Medicine - Admission Note
{{FACILITY:Ewa Plains Women's and Children's}}, {{FACILITY:Hale Keiki 3}}, bed 3B   Admitted {{DATE:2/18/2024 19:30}}
Pt: {{NAME:Kainoa Makoa Kealoha}}  4 mo M  DOB {{DATE:10/12/2023}}  MRN {{MRN:KW-0772431}}
Ex-36 wk, no NICU. Lives in {{LOCATION:Waianae}} w/ parents {{NAME:Leilani}} and {{NAME:Keoni Kealoha}}, 3 sibs; attends no daycare, sibs at {{FACILITY:Pokai Bay Elementary}}.
HPI: 3 d congestion, cough, now tachypnea + poor feeding (taking ~50% usual formula, 3 wet diapers/24h). RSV+ on PCR in ED. Did not receive nirsevimab (born before availability? -> parents declined per chart {{DATE:10/13/23}}).
ED: HR 170, RR 68, SpO2 88% RA, subcostal + intercostal retractions, crackles/wheeze b/l. Suctioned, trial albuterol w/o response -> stopped.
Now on HFNC 8 L/min (2 L/kg) FiO2 0.35, RR 52, SpO2 95%. Wt 6.6 kg.
A/P: RSV bronchiolitis, moderate-severe, 4 mo ex-36 wk.
 - HFNC per pathway, wean FiO2 to keep sat >= 90%
 - NG feeds if RR >60 persistent; currently NPO x 4 h, D5NS@maint
 - contact/droplet isolation
 - no steroids/abx/CXR per AAP guideline
 - PICU consult if HFNC escalates > 2 L/kg or apneas
PCP: Dr. {{NAME:Puanani Akana}}, {{FACILITY:Waianae Coast Keiki Clinic}}
{{NAME:Marisa Yoshida}}, MD, PHM`,

  // 52 SANE adolescent
  `SEXUAL ASSAULT NURSE EXAMINER (SANE) - PEDIATRIC/ADOLESCENT RECORD
CONFIDENTIAL - release only per protocol
Exam site: {{FACILITY:Safe Harbor Child Advocacy Center}}, {{LOCATION:Kalamazoo}}, MI    Date/time: {{DATE:07/04/2024 22:15}}
Pt: {{NAME:Kaitlyn Brooke Ostrowski}}   15 yo F   DOB {{DATE:05/05/2009}}
Accompanied by: mother {{NAME:Dorota Ostrowski}}; detective Det. {{NAME:Andrea Willis}}, {{FACILITY:Kalamazoo Township Police}}, case # {{ID:KTPD-24-008812}}
Hx (pt's words, recorded verbatim per protocol, mother out of room): "At the party on {{ADDRESS:Lakeview Dr}} he wouldn't let me leave the bedroom." Known assailant, 18 yo male. Event early morning of {{DATE:7/4}}, ~21 h prior. No condom per pt. + alcohol ingestion.
Exam: ... (see body diagram), small abrasion R wrist, bruising L upper arm 2x3 cm; ano-genital exam w/ colposcopy - findings documented on photographs (photo log # {{ID:SH-PH-24-117}}).
Kit collected, seal # {{ID:MSP-SAK-0041733}}, chain of custody to Det. {{NAME:Willis}}.
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg bid x7d, metronidazole 2 g po, HIV PEP (Biktarvy) 28 d starter, levonorgestrel 1.5 mg. Hep B: vaccinated. HPV: series complete.
Follow-up: {{FACILITY:Portage Creek Adolescent Clinic}} 2 wk; counseling via CAC ({{NAME:Lena Ferris}}, advocate).
{{NAME:Megan Haight}}, RN, SANE-P, SANE-A`,

  // 53 adolescent STI walk-in
  `TEEN WALK-IN CLINIC - SRH VISIT   (confidential - minor consent, GA code 31-17-7)
{{FACILITY:Peachtree Youth Health Center}}     {{DATE:Wednesday 2/21/2024}}
Pt: {{NAME:Tyrese Jamal Holcomb}}, 17 yo M, DOB {{DATE:6/1/2006}}, clinic # {{MRN:PY-21877}}
Preferred contact: cell {{PHONE:404-555-0192}}, ok to leave VM "from the clinic" only. Do NOT call home #.
CC: dysuria + urethral d/c x 4 d. 2 female partners in last 60 d (one is {{NAME:Brianna}}, 16, other "from the party"). Condoms inconsistent. No MSM. Prior chlamydia {{DATE:Aug 2023}}, treated here.
Exam: mucopurulent urethral discharge, no lesions, no LAD, testes nontender.
Tests: urine NAAT GC/CT/trich, HIV 4th gen, syphilis (RPR), HCV. Gram stain in clinic: GNID present.
Dx: presumptive gonococcal urethritis.
Tx: ceftriaxone 500 mg IM x1 (given 1445 by {{NAME:Lakisha Fuller}}, LPN) + doxycycline 100 mg bid x 7 d (CT not excluded). EPT (expedited partner therapy) packets x2 given per GA law.
Counseling: abstain 7 d after tx & partners treated; test of reinfection 3 mo ({{DATE:May 2024}}). PrEP discussed - interested, start after neg HIV result; PrEP navigator {{NAME:Andre Mims}} x{{PHONE:4418}}.
Reportable: GC/CT reported to {{LOCATION:Fulton County}} Board of Health via state system when confirmed.
{{NAME:Simone Achebe}}, FNP-BC`,

  // 54 palivizumab prior auth
  `PRIOR AUTHORIZATION REQUEST - RSV MONOCLONAL ANTIBODY
To: Keystone Family Health Plan (Medicaid MCO) Pharmacy PA Dept   fax 1-800-555-0166
Date: {{DATE:10/09/2023}}
Member: {{NAME:Aria Celeste Bianchi}}   DOB {{DATE:07/11/2023}}   Member ID {{HEALTH_PLAN:KFH-0047719205}}
Prescriber: {{NAME:Rosemary Delgado}}, MD, Pediatric Cardiology   NPI {{LICENSE:1750394862}}   DEA not required
Practice: {{FACILITY:Three Rivers Pediatric Heart Associates}}, {{ADDRESS:3471 Fifth Ave, Suite 800}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15213}}   ph {{PHONE:412-555-0130}}   fax {{FAX:412-555-0131}}
Drug requested: palivizumab (Synagis) 15 mg/kg IM monthly x 5 doses, RSV season 2023-2024 (NDC 66658-0231-01)
  -- nirsevimab not available in sufficient supply at our site; pt not yet dosed.
Clinical criteria: infant < 12 mo with hemodynamically significant CHD - tetralogy of Fallot s/p complete repair {{DATE:9/28/2023}} at {{FACILITY:Monongahela Children's Hospital}}, on furosemide 1 mg/kg bid; residual moderate pulmonary insufficiency.
Current weight: 4.9 kg ({{DATE:10/6/23}}).
Dispensing specialty pharmacy: {{FACILITY:AllegheRx Specialty}}; administration in office.
Attachments: cardiology note {{DATE:10/6/23}}, op note.
Contact for questions: {{NAME:Heather Sokol}}, RN care coordinator, {{PHONE:412-555-0134}}
Ref # {{ID:PA-2310-88417}}`,

  // 55 peds GI consult
  `Peds GI New Pt
{{FACILITY:Cumberland Valley Children's}} Gastroenterology        {{DATE:April 30, 2024}}
{{NAME:Sienna Rae Caldwell}}, 11 y.o. F, DOB {{DATE:8/14/2012}}, MRN {{MRN:00093381}}
Ref: {{NAME:Brent Yoder}}, PA-C ({{FACILITY:Chambersburg Pediatric Care}}) for abd pain + wt loss
HPI: 5 mo periumbilical pain, loose stools 3-4/d, occ. nocturnal; 4 kg wt loss; 2 mouth ulcers. Missed 14 days at {{FACILITY:Falling Spring Middle School}} this semester. Grandmother (PGM {{NAME:Norma Caldwell}}) has Crohn's. No travel; no sick contacts.
Labs from PCP ({{DATE:4/12}}): Hgb 10.2, plt 498, ESR 44, CRP 3.1, alb 3.2, tTG-IgA neg (total IgA nl), fecal calprotectin 820.
Exam: thin (BMI 14.9, 6th %ile), perianal skin tag at 6 o'clock, mild RLQ tenderness. Tanner 2.
Impression: high suspicion IBD (Crohn's), r/o celiac done.
Plan:
 - EGD/colonoscopy w/ bx - scheduled {{DATE:5/9/24}} at {{FACILITY:CVC}} endoscopy suite; bowel prep (PEG 3350 per weight) teaching done
 - MRE
 - TB QuantiFERON, hep B serologies, VZV IgG pre-biologic
 - dietitian ({{NAME:Paige Lindemann}}, RD)
 - school note for absences
Parents {{NAME:Travis}} and {{NAME:Jolene Caldwell}}, reach at {{PHONE:717-555-0159}}.
{{NAME:Nadia Petrakis}}, MD, Pediatric GI`,

  // 56 BMT op note
  `OPERATIVE NOTE - PEDIATRIC OTOLARYNGOLOGY
Date: {{DATE:01/16/2024}}   Facility: {{FACILITY:Carolina Piedmont Surgery Center for Kids}}, OR 3
Patient: {{NAME:Lucas Moreira Santos}}   DOB {{DATE:03/03/2022}}   Age 22 mo   MRN {{MRN:CPS-114025}}
Surgeon: {{NAME:Helen Marchetti}}, MD      Anesthesia: {{NAME:Obi Nnamdi}}, MD (mask GA)
Pre-op dx: recurrent acute otitis media (6 episodes in 12 mo), H66.93; speech delay
Post-op dx: same, b/l middle ear effusion
Procedure: bilateral myringotomy with tympanostomy tube placement (CPT 69436-50)
Findings: R - thick mucoid effusion; L - serous effusion. TMs otherwise intact. Tubes: Armstrong beveled grommet 1.14 mm x2.
Description: pt identified by name/DOB w/ mother ({{NAME:Fernanda Moreira}}), consent verified. Mask induction. Under the microscope, anterior-inferior radial myringotomy each side, effusion suctioned, tube placed. Ciprodex drops 4 gtt each ear.
EBL: nil. Complications: none. Duration 11 min.
Dispo: PACU, then home same day.
Post-op: Ciprodex 4 gtt bid x 5 d; water precautions not required; audiogram + f/u in clinic 3-4 wk ({{DATE:Feb 9}} at {{FACILITY:Piedmont Pediatric ENT}}, {{LOCATION:Concord}} office).
Copy: PCP Dr. {{NAME:Vasquez-Heller}}; SLP at {{FACILITY:Rocky River Unified Schools}} preschool program.
{{NAME:HM}}/{{NAME:dsr}}  D: {{DATE:01/16/2024 09:44}}`,

  // 57 ED MVC
  `PEDS TRAUMA - LEVEL 2 ACTIVATION
{{FACILITY:Desert Sky Children's Trauma Center}}      Arrival {{DATE:03/22/2024 17:48}} via {{FACILITY:Westvalley Fire Rescue}} Medic 9
Pt: {{NAME:Sebastian Acosta}}, 6 yo M   DOB {{DATE:12/14/2017}}   Temp MRN {{MRN:TRA-24-1882}} (trauma alias "Tango Quebec")
Mechanism: restrained rear passenger, booster seat, in 2016 Honda Pilot (AZ plate {{VEHICLE:CKR4419}}) T-boned on passenger side at ~40 mph at {{ADDRESS:W. Indian School Rd & N. 43rd Ave}}. + intrusion. Driver (mother {{NAME:Marisela Acosta}}) transported to {{FACILITY:Valle Grande Medical Center}}. Sister (9) in this ED bay 4.
Primary: A patent, B clear, C HR 122, BP 104/66, D GCS 15, E seat belt sign absent, R flank abrasion.
FAST neg. CXR nl. Pelvis XR nl.
Secondary: R-sided abd tenderness, gross hematuria.
CT A/P w/ contrast: grade III R renal laceration, no active extravasation; no spleen/liver injury.
Labs: Hgb 11.9 -> 11.2, UA >100 RBC, lipase 28, AST/ALT nl.
Plan: admit PICU for serial Hgb q6h, bed rest, urology (Dr. {{NAME:Pradhan}}) following. Child life for siblings. Dad {{NAME:Hector Acosta}} arrived 1830, ph {{PHONE:623-555-0116}}.
Police report # {{ID:PPD-24-0322-7741}} (Ofc. {{NAME:Brandt}}).
{{NAME:Imani Osei}}, MD   Peds EM / trauma`,

  // 58 school SW teen parent
  `School Social Work Contact Note
{{FACILITY:Kessler Park Early College High School}} - Pregnant & Parenting Students Program
Date: {{DATE:11.06.2023}}
Student: {{NAME:Yasmin Ochoa}}   ID# {{ID:1092877}}   Grade 11   Age 16
Infant: {{NAME:Aiden}}, born {{DATE:09.19.2023}} at {{FACILITY:Parkdale Memorial}} (35 wk, NICU 6 d). Student returned from leave {{DATE:10.30.2023}}.
Contact: in-person, SW office, 30 min; student's mother {{NAME:Irma Ochoa}} joined by phone ({{PHONE:214-555-0115}}).
Issues: infant care while in class - {{FACILITY:Little Lions Child Development Center}} (on-campus) waitlist; grandmother watching baby but starts new job at {{FACILITY:Wilmer Distribution Center}} {{DATE:11/20}}. Lactation: student pumping 2x/day - room 118 reserved; needs pump parts -> WIC.
Academics: missing 4 assignments in Chemistry (Mr. {{NAME:Okafor}}); homebound credit recovery approved.
Health: 6 wk PP visit done {{DATE:10/31}} at {{FACILITY:Southwest Dallas Teen Clinic}}, Nexplanon placed. Baby's pediatrician - {{FACILITY:Oak Cliff Kids First}}, next WCC {{DATE:11/21}}.
Plan: expedite child care slot; Title IX accommodations letter to teachers; f/u 2 wk.
{{NAME:Veronica Luna-Sandoval}}, LMSW   ext {{PHONE:30455}}`,

  // 59 portal message
  `MyChart Message - Patient Advice Request
From: {{NAME:Rachel Goldberg-Imani}} (proxy for {{NAME:Noa Imani}}, DOB {{DATE:2/27/2021}})
Sent: {{DATE:Tue 8/13/2024 9:47 PM}}
Subject: rash after vaccines??

Hi Dr. {{NAME:Patel}}, {{NAME:Noa}} got her 3 yr shots on Monday at the {{LOCATION:Skokie}} office (flu + the MMR/chickenpox one I think). Tonight she has a bunch of small red spots on her legs and belly, not itchy, she's playing normal, temp 99.1. Is this the chickenpox vaccine thing you mentioned? Should I keep her home from {{FACILITY:Temple Beth Shalom Preschool}} tomorrow? Photo attached. Thanks, {{NAME:Rachel}} ({{PHONE:847-555-0124}})

---- Reply {{DATE:8/14/2024 07:32}} ----
Hi {{NAME:Rachel}} - I looked at the photo. These look like blanching pink spots, which can happen 5-12 days after MMR/varicella, but since it's only been 1 day, it's more likely a viral rash. Please press a clear glass on a spot - if it does NOT fade, or she has fever >=102, seems ill, or bruising, call us right away at {{PHONE:847-555-0100}} or go to {{FACILITY:Evanston Lakeshore ED}}. Otherwise she's fine to go to school. I'll have {{NAME:Marcy}} call to check in tomorrow.
{{NAME:Nisha Patel}}, MD
{{FACILITY:North Shore Kids Pediatrics}}`,

  // 60 PPD follow-up
  `Behavioral Health Integration - Perinatal Mood F/U (telehealth)
{{FACILITY:Allegheny Valley OB/GYN}}       Visit {{DATE:03/28/2024}}   Zoom; pt at home in {{LOCATION:New Kensington}}
Pt: {{NAME:Amanda Jo Rutkowski}}   DOB {{DATE:11/02/1995}}   MRN {{MRN:AV-004417}}
Delivered {{DATE:01/30/2024}} (SVD, son {{NAME:Mason}}); EPDS at 6 wk PP visit 17, item 10 = 0.
Since last visit ({{DATE:3/14}}): started sertraline 50 mg {{DATE:3/1}}, tolerating; sleep better when partner ({{NAME:Tyler Brandt}}) does the 2 AM feed. Still crying daily, anxious about SIDS - checks baby q30 min overnight. No intrusive harm thoughts. No SI.
EPDS today 13. GAD-7 12.
Breastfeeding: yes, sertraline compatible (LactMed reviewed).
Support: mom {{NAME:Debbie Rutkowski}} helps weekdays. Returns to work at {{FACILITY:Three Rivers Customer Care Center}} on {{DATE:4/15}}; FMLA paperwork done.
Plan: increase sertraline to 75 mg x 1 wk then 100 mg; refer to {{FACILITY:Mon Valley Moms Peer Circle}} peer group (Thursday eves, virtual); CBT w/ {{NAME:Erin Sadowski}}, LCSW, q wk. Safety: crisis line 988 reviewed.
Technical: pt IP logged {{IP:73.154.22.198}}, video ok.
F/u 2 wk. {{NAME:Jillian Moretti}}, PMHNP-BC`,

  // 61 dating US
  `FIRST TRIMESTER ULTRASOUND (TRANSVAGINAL)
{{FACILITY:Women's Imaging of Chattanooga}}   Exam {{DATE:2024-02-05}}   Accession {{ID:WIC-IMG-555182}}
Pt: {{NAME:LaToya Renee Brooks}}   DOB {{DATE:1988-12-19}}   MRN {{MRN:WIC00218}}
Ordering: {{NAME:Jeffrey Stallworth}}, MD    Reader: {{NAME:Ingrid Halvorsen}}, MD
Clinical: amenorrhea, +UPT, spotting. LMP {{DATE:2023-12-10}} (uncertain, on OCPs until {{DATE:Nov 2023}}).
Findings: single intrauterine gestational sac w/ yolk sac and embryo. CRL 11.8 mm = 7w3d. FHR 152 bpm. Small subchorionic hemorrhage 1.2 x 0.6 cm. Ovaries nl, no free fluid.
By LMP GA would be 8w1d; difference 5 d (<7 d before 9w0d) -> LMP dating retained per ACOG.
EDD {{DATE:2024-09-15}}.
IMPRESSION: live single IUP 7w3d. Small SCH.
Pt informed by ordering provider. {{NAME:Brooks}} to follow-up at {{FACILITY:Signal Mountain OB}} {{DATE:Feb 12}}.`,

  // 62 NST/BPP
  `ANTENATAL TESTING UNIT - NST / BPP REPORT
{{FACILITY:Lehigh Perinatal Testing Center}}      {{DATE:7/30/24 1015}}
{{NAME:ESPERANZA QUIROGA-LEON}}   MRN {{MRN:ML7714203}}   DOB {{DATE:4/4/84}}
40 yo G5P3013 @ 36w2d, EDD {{DATE:8/25/24}}
Indication: AMA, A2GDM on insulin (NPH 14u qhs), hx stillbirth 2019 at 38 wk.
NST (20 min): baseline 130, moderate variability, accels 15x15 x 4, no decels, no ctx. REACTIVE.
BPP: breathing 2, movement 2, tone 2, AFV 2 (MVP 4.4 cm, AFI 13.6) = 8/8 (10/10 with NST).
Growth: last US {{DATE:7/16}} EFW 3020 g (68th %ile).
Glucose log reviewed: fasting 84-96, 1h PP 118-142. Adequate.
Plan: continue 2x weekly testing (Tues/Fri); delivery 39w0d-39w6d for A2GDM, scheduled IOL {{DATE:Aug 19, 2024 0600}} at {{FACILITY:Lehigh Valley Birthing Pavilion}}. Pt asked about water birth -> not offered w/ insulin-requiring GDM.
Reviewed w/ Dr. {{NAME:Frankowski}} (MFM). Tech {{NAME:Alma Reyes-Dunn}}, RN.
Pt's ride: husband {{NAME:Aurelio Leon}} {{PHONE:610-555-0193}}.`,

  // 63 cochlear implant
  `AUDIOLOGY - COCHLEAR IMPLANT ACTIVATION / MAPPING
{{FACILITY:Sound Beginnings Pediatric Hearing Center}} at {{FACILITY:Vanderwall Children's}}      {{DATE:June 17, 2024}}
Patient: {{NAME:Amelia Rose Kowalczyk}}   DOB {{DATE:03/02/2023}}   15 mo F   MRN {{MRN:VCH-0023371}}
Dx: bilateral profound SNHL, GJB2 (connexin 26) homozygous; failed NBS at {{FACILITY:Bay Harbor Hospital}} {{DATE:3/3/23}}.
Surgery: sequential bilateral CI {{DATE:5/28/2024}}, Dr. {{NAME:Van Tassel}}.
Devices:
 R: Cochlear Nucleus CI632 implant SN {{DEVICE:CI632-84H11027}} / Kanso 2 processor SN {{DEVICE:K2-3321907}}
 L: Cochlear Nucleus CI632 implant SN {{DEVICE:CI632-84H11031}} / Kanso 2 processor SN {{DEVICE:K2-3321911}}
Activation: all 22 electrodes in each array active, impedances WNL. NRT thresholds obtained intra-op. Behavioral map, ACE strategy, 900 pps, conservative C-levels. Child alerted to sound with startle, then smiled.
Parents ({{NAME:Natalia}} & {{NAME:Piotr Kowalczyk}}) taught: daily listening check, battery/charging, retention (Snugfit + headband), loss/damage insurance.
Services: AVT w/ {{NAME:Shelby Crane}}, LSLS Cert. AVT, weekly; EI (Part C) hearing itinerant via {{FACILITY:Ottawa County ISD}}.
Next mapping {{DATE:7/1/24}}, then {{DATE:7/15/24}}.
{{NAME:Carla Jenkins-Ruiz}}, Au.D., CCC-A`,

  // 64 consent by grandmother / kinship
  `CONSENT / GUARDIANSHIP VERIFICATION - registration + clinician note
{{FACILITY:Pine Ridge Pediatric & Family Clinic}}      {{DATE:09/09/2024}}
Minor: {{NAME:Jaxon Lee Blackhorse}}   DOB {{DATE:02/16/2018}}   Acct {{ACCOUNT:PR-11904}}
Adult present: {{NAME:Darlene Blackhorse}} (maternal grandmother), DOB {{DATE:07/23/1961}}
Documents reviewed: Letters of Guardianship (minor), {{LOCATION:Oglala Lakota County}}/tribal court order # {{ID:OST-JV-2023-0412}}, dated {{DATE:11/14/2023}}; grandmother's driver license SD {{LICENSE:01847732}} (verified, copy scanned).
Bio mother {{NAME:Kristen Blackhorse}} - parental rights intact but no custody; not to receive info per order. Bio father unknown.
Visit: 6 yo WCC + kindergarten-1st grade forms for {{FACILITY:White Clay Creek Elementary}}. Vision 20/25 OU, hearing pass. BMI 82nd %ile. Dental: caries x4 -> referred to {{FACILITY:Medicine Root Dental}}. Vaccines UTD per SDIIS. Behavior: grandma reports nightmares since removal; referred to {{FACILITY:Lakota Youth Wellness}} counselor.
Insurance: SD Medicaid {{HEALTH_PLAN:SD-7730194402}}; IHS eligible.
Contact: {{PHONE:605-555-0161}} (grandmother's cell), {{ADDRESS:HC 49 Box 213}}, {{LOCATION:Porcupine}}, SD {{ZIP:57772}}
{{NAME:Renee Two Crow}}, FNP`,

  // 65 child abuse pediatrics
  `CHILD PROTECTION TEAM CONSULT
{{FACILITY:Rainier Valley Children's Hospital}} ({{FACILITY:RVCH}}) - CPT service       Date of consult: {{DATE:2023-12-05}}
Pt {{NAME:Isaiah Mekonnen-Dahl}}, 4 mo M, DOB {{DATE:2023-08-01}}, MRN {{MRN:R-8841207}}; inpatient {{FACILITY:4 Cascade}}, rm 4112
Requested by: Dr. {{NAME:Hoang Bao}}, PHM attending
Reason: 2 bruises (L cheek, R pinna) in pre-mobile infant noticed by {{FACILITY:Sunny Days Family Child Care}} provider (Mrs. {{NAME:Okabe}})
History: mother {{NAME:Selam Mekonnen}} and father {{NAME:Anders Dahl}} interviewed separately; no explanation offered ("maybe the car seat buckle"). Infant cared for by parents, daycare 4 d/wk, and paternal uncle {{NAME:Erik Dahl}} on wkends.
Workup: skeletal survey {{DATE:12/4}} - healing posterior R 6th/7th rib fx, CML L distal tibia. Head CT: no acute ICH; MRI brain/C-spine pending. Ophtho (Dr. {{NAME:Sundberg}}): no RH. LFTs, lipase, UA nl. CBC, PT/PTT, VWF panel nl.
Impression: findings highly concerning for physical abuse (TEN-4 bruising + occult fractures of differing ages).
Actions: report to WA DCYF intake {{DATE:12/5/2023 11:20}}, intake # {{ID:DCYF-3318872}}; {{FACILITY:Seattle Police Department}} detective {{NAME:Lauren Boateng}} notified; sibling screening recommended for 3 yo half-sib {{NAME:Mahlet}} (at {{FACILITY:Beacon Hill Montessori}}).
Repeat skeletal survey in 2 wk.
{{NAME:Karin Halvorsen-Tate}}, MD, Child Abuse Pediatrics`,

  // 66 home health trach/vent
  `HOME HEALTH PEDIATRIC SKILLED NURSING - VISIT NOTE
Agency: {{FACILITY:Little Lungs Home Care}}   Visit {{DATE:5/20/24}} 0700-1900 (shift)
Pt: {{NAME:Camila Esperanza Ruiz}}   DOB {{DATE:9/3/2020}}   Medicaid {{HEALTH_PLAN:NM-99105523}}
Dx: BPD (ex-24 wk), chronic resp failure, trach/vent dependent, G-tube.
Equipment: Trilogy EVO vent SN {{DEVICE:TV1209883441}} (DME {{FACILITY:Rio Grande Respiratory Supply}}, {{PHONE:505-555-0183}}); Shiley 4.0 PED cuffless trach; Kangaroo Joey pump; pulse ox Masimo Rad-8 SN {{DEVICE:RAD8-7720164}}.
Settings: PC 26/6, rate 22, Ti 0.7, FiO2 via bleed-in 1 L O2. Night same.
Assessment: sats 94-98%, secretions thin white, suctioned 6x. Lungs coarse bilat, cleared w/ CPT. Trach site clean, ties changed. G-tube site mild granulation - silver nitrate per order. Pediasure 1.0 50 mL/h x 20 h, tolerated, 1 emesis w/ coughing.
Dev: using 12 signs, PT/OT/ST via {{FACILITY:Albuquerque Public Schools}} preschool homebound.
Caregivers: mom {{NAME:Veronica Ruiz}} (trained, 2nd caregiver), dad {{NAME:Luis Ruiz}} works nights at {{FACILITY:Sandia Freight}}. Home: {{ADDRESS:6621 Wind River Ct NW}}, {{LOCATION:Albuquerque}} {{ZIP:87120}}; backup generator present.
Reported to: pulm NP {{NAME:Ellen Castro}} - granulation + emesis.
{{NAME:Ramona Yazzie}}, LPN / supervisor {{NAME:Jo Antonelli}}, RN`,

  // 67 NAS
  `Newborn Progress Note - NAS / Eat, Sleep, Console
{{FACILITY:Cumberland Highlands Women's & Infants}}, Mother-Baby Unit rm 212 (rooming-in)     {{DATE:10/11/2023}}
Infant: Baby Girl {{NAME:Caudill}} ({{NAME:Raelynn}})   DOL 4   DOB {{DATE:10/7/2023}}   MRN {{MRN:ARW-52287}}
Mother: {{NAME:Kristy Caudill}}, 26, on buprenorphine 16 mg/d via {{FACILITY:Hazard Recovery Clinic}} (Dr. {{NAME:Combs}}), UDS at delivery + bup only. Hep C Ab + (RNA pending). 
ESC (last 24 h): eating - yes x 7/8 feeds; sleeping >1h - yes; consolable within 10 min - yes x all. 1 "no" eating at 0300 -> huddle: non-pharm optimized (mom at bedside, skin to skin, low stimulation). No morphine needed.
Weight 3010 g (BW 3180, -5.3%). Stools loose x3. No fever.
Plan: continue ESC, target d/c DOL 5-7; HCV RNA at 2 mo, anti-HCV 18 mo.
Plan of Safe Care: notified KY CHFS per CAPTA (notification only, not a report - mom in treatment, compliant); case # {{ID:POSC-23-10-07719}}. Referrals: HANDS home visiting, EI (First Steps). 
Family: MGM {{NAME:Glenda Caudill}} will stay with mom/baby at home in {{LOCATION:Hindman}}.
PCP: {{FACILITY:Troublesome Creek Family Health}}, appt {{DATE:10/16}}.
{{NAME:Tiffany Slone}}, APRN (Peds)`,

  // 68 refugee catch-up
  `REFUGEE HEALTH SCREENING - PEDIATRIC (domestic exam #2)
{{FACILITY:International Family Clinic of Boise}}       {{DATE:01/25/2024}}
Pt: {{NAME:Mariam Habibi}}   DOB {{DATE:01/01/2015}} (per I-94, assigned)   A# {{ID:A-219-447-830}}
Arrived US {{DATE:12/19/2023}} from {{LOCATION:Peshawar}} (Pakistan) via {{LOCATION:Doha}}; originally from {{LOCATION:Kunduz}}, Afghanistan.
Resettlement agency: {{FACILITY:Snake River Refugee Services}}, caseworker {{NAME:Sameer Nazari}} {{PHONE:208-555-0187}}.
Family: father {{NAME:Ahmad Habibi}}, mother {{NAME:Shabnam}}, 4 sibs; Dari interpreter ({{NAME:Farid}}, in person).
Records: overseas IOM vaccination record - MMR x1 ({{DATE:10/2023}}), bOPV x1, no others. Overseas presumptive tx: albendazole given.
Today: IGRA neg, CBC (Hgb 10.9, eos 8%), lead 4.8 (elevated), strongyloides IgG +, HBsAg neg, HIV neg.
Catch-up vaccines given: Tdap, IPV, HepB #1, HepA #1, MMR #2, VAR #1, MenACWY? no (age 9) -> deferred; HPV #1 given.
Plan: ivermectin x2 d for strongyloides; iron + recheck lead 1 mo, home lead inspection at {{ADDRESS:1905 W. Overland Rd, Apt 14}}; dental ref; school enrollment at {{FACILITY:Cole Valley Elementary}} (ELL).
{{NAME:Bethany Cordero}}, MD`,

  // 69 international adoption
  `INTERNATIONAL ADOPTION CLINIC - POST-ARRIVAL EVALUATION
{{FACILITY:Hopewell Adoption Medicine Program}}, {{LOCATION:Minnetonka}} MN     {{DATE:Aug 22 2023}}
Child: {{NAME:Li Mei Hartley-Anderson}} (birth name {{NAME:Zhou Limei}})   DOB {{DATE:11/04/2019}} (per orphanage record)
Adoptive parents: {{NAME:Greg Hartley}} & {{NAME:Sonja Anderson}}; agency {{FACILITY:Bridges of Hope International Adoptions}}, social worker {{NAME:Paula Rask}}
Arrived {{DATE:08/15/2023}}; from the {{FACILITY:Zhengzhou Children's Welfare Institute}}, Henan, China (in care since age 2 mo).
Known dx: repaired cleft lip (2020, in {{LOCATION:Beijing}}), unrepaired cleft palate.
Records: hep B vaccine x3, BCG (scar L deltoid), DTaP x4, OPV x4, MMR x1 - dates inconsistent, plan serologies rather than repeat.
Exam: wt 13.1 kg (5%), ht 95 cm (8%), HC 48 cm. Bifid uvula + complete secondary palate cleft. Hypernasal speech, ~30 words Mandarin. Dental caries x5. Mongolian spots sacrum (photographed for record).
Labs: CBC, lead, TSH, HBV/HCV/HIV, syphilis, IGRA, stool O&P x3, antibody titers (measles, mumps, rubella, varicella, tetanus, diphtheria, polio 1/2/3).
Referrals: cleft-craniofacial team at {{FACILITY:North Lakes Craniofacial Center}}; SLP; dental; attachment-focused therapist.
Repeat TB/HIV testing 6 mo after arrival ({{DATE:Feb 2024}}).
{{NAME:Judith Brekke}}, MD, FAAP`,

  // 70 peds neuro VNS
  `Pediatric Neurology Clinic Note   {{DATE:11/27/2024}}
{{FACILITY:Blue Grass Children's Neurology}}, {{LOCATION:Lexington}}
{{NAME:Caden Michael Royce}}  13 yo M  DOB {{DATE:6/2/2011}}  MRN {{MRN:BG-445091}}
Dx: Lennox-Gastaut syndrome (structural, L perinatal stroke), DD/ID, s/p VNS implant {{DATE:3/2022}}.
Device: LivaNova SenTiva M1000, generator SN {{DEVICE:81729664}}; interrogation today - output 2.25 mA, 20 Hz, 250 us, 30 s on / 5 min off, AutoStim 2.5 mA; impedance OK; battery >75%.
Meds: clobazam 10 mg bid, rufinamide 1200 mg bid, cannabidiol (Epidiolex) 10 mg/kg/d, rescue Valtoco 10 mg.
Seizure diary (mom {{NAME:Heather Royce}} via app): drop attacks 4-6/wk (down from daily), tonic seizures at night ~3/wk. 1 ED visit {{DATE:10/3}} for cluster at {{FACILITY:Harrodsburg Community ED}}, no intubation.
School: {{FACILITY:Salt River Intermediate}}, self-contained class, wears helmet; aide {{NAME:Carla Riggs}} trained on magnet swipe.
EEG ({{DATE:10/30/24}}): slow spike-wave 1.5-2 Hz, GPFA in sleep.
Plan: increase VNS output to 2.5 mA; check CBD-clobazam interaction (LFTs, N-desmethylclobazam level); consider fenfluramine; seizure action plan updated to school nurse fax {{FAX:859-555-0145}}.
RTC 3 mo. {{NAME:Arjun Mukherjee}}, MD`,

  // 71 discharge instructions lower-case
  `discharge instructions - {{FACILITY:st. brigid's children's}} 3 south
patient: {{NAME:aubrey nicole fairbanks}}   age 3   discharge date {{DATE:2/14/24}}
you were here for: dehydration from stomach virus (rotavirus) - got iv fluids for 1 day.
at home:
- give small frequent sips of pedialyte (1-2 tsp every few min), then regular diet as tolerated
- ondansetron 2 mg (2.5 ml) by mouth every 8 hours if needed for vomiting
- wash hands well; she can go back to daycare ({{FACILITY:Wee Care Learning Center}}) after 24 hrs with no vomiting/diarrhea... diarrhea may last several days
- rotavirus vaccine: she did not get it as a baby - talk w/ dr. about catch up?  (not given after 8 mo of age)
call your doctor or come back if: no pee in 8 hrs, vomiting everything, blood in poop, very sleepy, fever over 104.
follow up: dr. {{NAME:wendy albrecht}} at {{FACILITY:harmony pediatrics}} on {{DATE:friday 2/16}} - call {{PHONE:(302) 555-0177}} to confirm time
questions after hours: 3 south nurses {{PHONE:302-555-0100}} x{{PHONE:3341}}
discharging nurse: {{NAME:lena k}}, rn      parent/guardian signature: {{NAME:Crystal Fairbanks}}
interpreter used? no    copy given to parent: yes
mychart: {{URL:mychart.stbrigidskids.example}} (activation code sent to {{EMAIL:crystalfairbanks22@example.com}})`,

  // 72 SBHC behavioral health
  `SBHC - BEHAVIORAL HEALTH PROGRESS NOTE
{{FACILITY:Hamilton Middle School Wellness Center}} ({{FACILITY:Cascade Family Health}} satellite)
Date {{DATE:3.4.24}}  session 6 of 12 (CBT-anxiety)   Time 10:05-10:50
Student: {{NAME:Leilani Tran-Hoffman}}  13 yo  7th gr  DOB {{DATE:7.20.2010}}
Consent: minor consent for outpatient MH (13+) per state law + parent aware ({{NAME:Jenny Tran}})
Subjective: "I actually did my oral presentation." Panic sx 1x this wk (vs 4-5 at intake). Sleep 8 h. Still avoiding lunch room - eats in library w/ friend {{NAME:Priya}}.
Objective: GAD-7 9 (was 16 on {{DATE:1/22/24}}). SCARED-child 28 (was 41). Affect brighter, good eye contact.
Interventions: reviewed exposure ladder (step 5: sit in lunchroom 10 min w/ friend), cognitive restructuring worksheet, paced breathing practice.
Teacher consult: Ms. {{NAME:Ferraro}} (ELA) - allowed presentation to small group first -> success.
Risk: denies SI/SH, no safety concerns.
Plan: step 5 exposure this wk; parent check-in call Fri; next session {{DATE:3/11}}.
{{NAME:Marcus Delaney}}, LMHC   SBHC direct {{PHONE:253-555-0109}}`,

  // 73 outpatient lactation
  `OUTPATIENT LACTATION VISIT
{{FACILITY:Mothers' Milk Lactation Services}}, {{ADDRESS:118 N. Main St, Suite 2}}, {{LOCATION:Ann Arbor}} MI {{ZIP:48104}}
Date: {{DATE:9/6/2024}}     IBCLC: {{NAME:Rebekah Stoltzfus}}
Dyad: mother {{NAME:Oluwakemi Adebayo-Stone}} (32, P1) / infant {{NAME:Kehinde}} (twin B) + {{NAME:Taiwo}} (twin A), DOB {{DATE:8/23/2024}}, 36w1d, born {{FACILITY:Huron Valley Women's}}.
Referred by peds NP {{NAME:Gabriela Ionescu}} ({{FACILITY:Arbor Kids Pediatrics}}) for slow gain twin B.
Weights (baby scale, naked):  A 2.74 kg (BW 2.68)   B 2.41 kg (BW 2.55)
Weighted feed: A L breast 12 min -> +46 mL. B R breast 15 min -> +18 mL, then pumped R 35 mL.
Oral assessment B: posterior tongue restriction? - lift limited, cupping weak, no tethering visible; fatigue w/ feeds. Not referring for release at this time.
Pumping: Spectra S1 (insurance-issued), 6x/d, ~420 mL/24h total.
Plan: twin B breast 10 min then bottle EBM 40-50 mL via paced slow-flow; twin A breastfeed on cue; pump after B's feeds; triple-feeding max 8 wk; OT/feeding therapy eval if no improvement.
Recheck wt {{DATE:9/10}} (peds) and here {{DATE:9/13}}. Call/text {{PHONE:734-555-0126}}.
Pt email for handouts: {{EMAIL:kemi.adebayostone@example.org}}`,

  // 74 antepartum preeclampsia
  `ANTEPARTUM ADMISSION H&P
{{FACILITY:Carolinas Lowcountry Medical Center}} - Antepartum {{FACILITY:Palmetto 5}}, rm 508     {{DATE:Feb 11 2024 1645}}
{{NAME:Shanice Monique Gadsden}}   MRN {{MRN:CLM330194}}   DOB {{DATE:12/25/2004}}
19 yo G1P0 @ 31w4d (EDD {{DATE:04/10/2024}} by 12 wk US), transferred from {{FACILITY:Colleton Rural Health}} (Dr. {{NAME:Pinckney}}) for severe-range BPs.
HPI: HA x 1 d not relieved by Tylenol, scotomata this am. BP at OSH 168/112, 172/108. Given labetalol 20 mg IV x1, Mg 4 g load, BMZ #1 at 1300.
PNC: late entry at 20 wk, 4 visits at {{FACILITY:Walterboro Family Practice}}; WIC. Lives w/ grandmother ({{NAME:Ruby Gadsden}}) in {{LOCATION:Cottageville}}.
Exam: BP 158/102, 3+ patellar reflexes, no clonus, RUQ nontender, 2+ edema.
Labs: plt 118, AST 46, ALT 39, Cr 0.9, UPC 2.4, LDH 310, uric acid 6.8.
FHT: 140, min-mod variability, no decels. EFW 1520 g (18%).
A: preeclampsia with severe features (BP, HA, visual sx), 31w4d, not HELLP at this time.
P: Mg 2 g/h x 24 h, BMZ #2 due {{DATE:2/12}} (24 h after #1), labetalol/nifedipine per protocol, labs q6h, NICU consult (Dr. {{NAME:Ravenel}}), MFM aware; delivery at 34 wk or sooner if worsening.
{{NAME:Garrett Holloway}}, MD (OB/GYN)`,

  // 75 15 yo WCC
  `15 yr Well Visit (Adolescent)
{{FACILITY:Lone Star Pediatrics - Round Rock}}      {{DATE:06-18-2024}}
{{NAME:Diego Armando Salazar}}   DOB {{DATE:05-02-2009}}   MRN {{MRN:LSP-8830411}}
First portion w/ dad ({{NAME:Armando Salazar}}); confidential portion alone.
Parent concerns: screen time, grades dropped (C's in Algebra I at {{FACILITY:Brushy Creek Ridge HS}}), works weekends at {{FACILITY:Taqueria El Gallo}}.
Alone (HEEADSSS): lives w/ dad & stepmom, sees mom in {{LOCATION:Laredo}} monthly. Games 5h/d, sleeps 1 AM. Denies drugs/alcohol; tried vape once. Not sexually active. Identifies as straight. PHQ-A 8 (mild). No SI. Feels safe; no bullying. CRAFFT 0. Drives? learner's permit.
Exam: Ht 170 cm, wt 78 kg, BMI 27 (92nd %ile - overweight). BP 126/80 -> repeat 124/78 (elevated). Tanner 4. Acanthosis nigricans neck mild.
Labs: lipid panel, A1c, ALT ordered. 
Vaccines: MenACWY #2? no - due at 16; HPV #1 given today (Gardasil 9, lot X004491); flu in fall.
Counseling: sleep hygiene, screen limits, 60 min activity; nutrition ref (Ms. {{NAME:Okafor}}, RD).
RTC 6 mo BP/wt; sports physical form for soccer completed.
{{NAME:Lauren Whitfield-Ngata}}, MD`,

  // 76 SLP progress - fluency
  `Speech Therapy - Progress Report (fluency)   reporting period {{DATE:1/8/24}} - {{DATE:3/29/24}}
Client: {{NAME:Omar Al-Sayegh}}   DOB {{DATE:9/17/2016}}   age 7;6
Setting: {{FACILITY:Dearborn Heights Speech & Language Clinic}}, weekly 45 min (11 of 12 sessions attended; missed {{DATE:2/19}} - Presidents' Day closure)
Dx: childhood-onset fluency disorder (F80.81)
Baseline (SSI-4, {{DATE:1/8/24}}): 9 %SS, longest block 3 s, secondary behaviors eye blinking, head nod. Total 26 (moderate). OASES-S impact: moderate.
Current (SSI-4, {{DATE:3/25/24}}): 4 %SS, longest 1.5 s, eye blinks reduced. Total 18 (mild).
Goals:
1. use easy onsets/light contacts in structured conversation w/ 80% acc - MET (84%)
2. identify & modify moment of stuttering w/ pull-out in 3/5 opportunities - PROGRESSING (2/5)
3. advocacy: describe stuttering to classmates - MET; presented "All about stuttering" to class at {{FACILITY:Ecorse Creek Elementary}} w/ teacher Mrs. {{NAME:Khoury}}.
Parent ({{NAME:Rania Al-Sayegh}}) carryover: daily 10 min "smooth talk time" in Arabic and English.
Recommend continuing 1x/wk x 12 wk. Re-auth requested - BCN member {{HEALTH_PLAN:XYK887120034}}.
{{NAME:Hannah Fitzgerald}}, MA, CCC-SLP, BCS-F   {{DATE:3/29/2024}}`,

  // 77 scoliosis ortho
  `PEDIATRIC ORTHOPAEDICS - SCOLIOSIS CLINIC
{{FACILITY:Lake Erie Children's Orthopaedics}} at {{FACILITY:Maumee Valley Children's}}
Visit {{DATE:10/10/2023}}
{{NAME:Chloe Anneliese Dubrowski}}, 12 y 8 m F   DOB {{DATE:02/05/2011}}   MRN {{MRN:MVC-5509218}}
Referred by school scoliosis screening ({{FACILITY:Fort Meigs Junior High}}, school nurse {{NAME:Patty Oberle}}) - scoliometer 9 deg thoracic.
Hx: premenarchal, growth spurt last 6 mo. Dancer at {{FACILITY:Maumee River Dance Academy}}, 12 h/wk. No back pain, no neuro sx. Mother had brace as teen.
Exam: R thoracic prominence, scoliometer 11 deg at T8. Shoulders: R elevated 1 cm. Neuro intact, abd reflexes symmetric. No cafe-au-lait, no hairy patch.
XR PA/lat spine (EOS): R thoracic curve T5-T11 Cobb 27 deg, L lumbar T12-L4 19 deg. Risser 0, triradiate cartilage open. Sanders 3.
Impression: adolescent idiopathic scoliosis, high risk of progression.
Plan: Rigo-Cheneau TLSO, 18-20 h/d; orthotist {{FACILITY:Northwest Ohio O&P}} ({{NAME:Jake Riordan}}, CO) casting {{DATE:10/17}}. Schroth-based PT at {{FACILITY:Spine & Motion PT}}. Dance modifications discussed. In-brace XR 6 wk. MRI not indicated.
{{NAME:Victor Amaechi}}, MD  /  {{NAME:Tasha Pierce}}, PA-C`,

  // 78 ED poison ingestion
  `PED ED NOTE - INGESTION
{{FACILITY:Sierra Foothills Children's ED}}        {{DATE:5/4/2024 19:22}}
{{NAME:Emmett Lowry}}  23 mo M  MRN {{MRN:SFC-770281}}  Wt 12.4 kg
HPI: per grandmother ({{NAME:Barbara Lowry}}, 71), found at ~1830 with her pill organizer open in her bedroom at {{ADDRESS:4420 Ponderosa Way}}, {{LOCATION:Placerville}}. Possibly missing: amlodipine 10 mg x up to 2 tabs, metoprolol succinate 50 mg x1. Unwitnessed. Parents ({{NAME:Casey}} & {{NAME:Jordan Lowry}}) at work, en route.
Poison Control (CA PCC) consulted 1905, specialist {{NAME:Dmitri}}, case # {{ID:CPCS-24-0504-11873}}: recommends admission 24 h obs given CCB ER-equivalent risk, glucose q1-2h, ECG.
Exam: HR 118, BP 94/58, RR 26, BG 102. Alert, playful. No bradycardia.
ECG: sinus, PR 110, QRS 70, QTc 418.
Tx: activated charcoal 1 g/kg (12 g) via NG at 1950 after discussion (within 2 h). 
Dispo: admit PICU-stepdown ({{FACILITY:Redwood Unit}}) for 24 h CCB observation; glucagon + calcium + high-dose insulin protocol available.
Safety: counseled grandmother on locked storage; home safety handout; no CPS concern per SW {{NAME:Maribel Ortega}}.
{{NAME:Fiona McAllister}}, MD / scribe {{NAME:T. Huang}}`,

  // 79 newborn d/c summary + birth certificate worksheet
  `NEWBORN DISCHARGE SUMMARY / BIRTH HISTORY
{{FACILITY:Holy Family Regional Medical Center}} ({{FACILITY:HFRMC}}) Well Baby Nursery
Infant: {{NAME:Gabriel Antoine Jean-Baptiste}}   MRN {{MRN:HF-90021147}}   DOB {{DATE:12/26/2023}}   TOB 23:41
Discharge: {{DATE:12/28/2023}} (DOL 2)
Mother: {{NAME:Widelene Jean-Baptiste}}, 30 yo G3P3, MRN {{MRN:HF-00417820}}; O+, GBS neg, HBsAg neg, RPR NR, HIV neg. Haitian Creole interpreter used for teaching.
Father: {{NAME:Jean-Robert Jean-Baptiste}}
Delivery: SVD, 40w0d, ROM 6 h, clear. Nuchal cord x1 reduced. Apgars 8 (1 min), 9 (5 min). Delivering provider {{NAME:Marie-Claude Desrosiers}}, CNM.
Measurements: BW 3.64 kg (8 lb 0 oz), L 51 cm, HC 35 cm; d/c wt 3.43 kg (-5.8%).
Course: TcB 9.8 at 36 h (low-intermediate risk, below phototx threshold per AAP 2022). Breastfeeding well. Voids/stools adequate.
Screens: NBS collected {{DATE:12/27/23}} (kit # {{ID:FL-NBS-7780133}}); hearing pass b/l; CCHD pass (99/98).
Hep B vaccine {{DATE:12/27/2023}}; vit K; erythromycin.
Birth certificate worksheet completed w/ mother: mother's SSN {{SSN:591-55-0182}} (for SSA enumeration - parent requested SSN for infant), residence {{ADDRESS:7710 NE 2nd Ave, Apt 5}}, {{LOCATION:Miami}}, FL {{ZIP:33138}}.
F/u: PCP {{FACILITY:Little Haiti Children's Clinic}}, Dr. {{NAME:Pierre-Louis}}, {{DATE:12/30/23}}, {{PHONE:305-555-0164}}.
{{NAME:Keisha Monroe}}, MD (newborn hospitalist)`,

  // 80 NICU family meeting
  `NICU FAMILY MEETING NOTE
{{FACILITY:Great Lakes Women's & Infants Hospital}} ({{FACILITY:GLWIH}}) - NICU conference rm 2       {{DATE:August 1, 2024 14:00}}
Patient: Baby Boy {{NAME:Kaminski-Osei}} ("{{NAME:Kofi}}")  MRN {{MRN:GL-3304772}}  DOL 58, CGA 31 4/7 wk (born 23 2/7 wk)
Present: parents {{NAME:Agnieszka Kaminski}} and {{NAME:Kwame Osei}}; great-grandmother {{NAME:Halina Kaminski}} ({{AGE:93}}, via speakerphone from {{LOCATION:Krakow}}, interpreted by mom); Dr. {{NAME:Lindqvist}} (neonatology), {{NAME:Sarah Bui}}, NNP; {{NAME:Rebecca Thorn}}, RN (primary); SW {{NAME:Andre Lusk}}; palliative care Dr. {{NAME:Mehta}}.
Purpose: update re: severe BPD and grade IV IVH (L) with post-hemorrhagic ventricular dilation; discuss trach/long-term ventilation vs redirection.
Discussion: remains intubated on SIMV-PC/PS, FiO2 0.45-0.60, failed 2 extubation attempts ({{DATE:7/12}}, {{DATE:7/24}}). Neurosurgery (Dr. {{NAME:Achebe}}) placed VAD reservoir {{DATE:7/19/24}}, taps 2x/wk. Prognosis: high likelihood of long-term neurodevelopmental impairment; meaningful uncertainty acknowledged.
Family values: "we want him to come home, even with machines." Faith important - chaplain Fr. {{NAME:Tadeusz}} visiting.
Plan: ENT consult for trach evaluation at ~44 wk; continue full support; code status: full code. Next meeting in 2 wk. SW to assist with {{FACILITY:Ronald Brennan Family House}} lodging, FMLA for dad (employer {{FACILITY:Lakeside Tool & Die}}).
{{NAME:Sarah Bui}}, NNP-BC`,
];

export const HELDOUT_REALISTIC_35_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout35-${i + 1}`, n));
