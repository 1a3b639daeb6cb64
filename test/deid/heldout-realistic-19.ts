// A nineteenth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, counties and
// cities are real places used only as LOCATION). Flavour: a Southwestern US county hospital and its
// clinics in a border region with tribal and rural catchment: ED, trauma, OB/L&D, NICU, pediatrics,
// internal medicine wards, dialysis, behavioural health, public-health TB and STI clinics, jail
// health, EMS and home health. Many notes are bilingual English/Spanish; names are Hispanic, Navajo,
// Apache, Tohono O'odham and Anglo; chapter houses, trading posts, mission churches, feed stores,
// casinos, mines and ranches appear as employers and places. Dates in every format (numeric,
// written out, Spanish, with weekdays and times, without year), ages including 90+, addresses with
// HC and PO boxes, highway mile markers, ALL CAPS EMS and jail notes, lower-case nursing notes and
// templated clinic notes, with many look-alike non-PHI (eponyms, drug names and doses, units,
// scores, lab values, device models, rooms and beds, CPT/ICD codes, years and weekdays alone, clock
// times, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// Mrs., Sra., Don, Doña, Hastiin, Officer) stay outside NAME spans; labels (MRN:, DOB) stay outside
// spans; MIMIC placeholders are annotated over their whole content (brackets outside); a time
// attached to a full date is part of it; a weekday written with a date is part of it; a date range
// written as one token is one DATE span; Spanish dates ("3 de marzo de 2024") are DATE; states,
// countries, tribal nations, a year alone, weekdays alone, clock times alone and ages of 89 and
// under are not PHI; ages of 90 and over are AGE; hospitals, clinics, named wards, schools,
// employers (mines, ranches, casinos, feed stores, trading posts), churches, shelters, jails,
// pharmacies, labs, EMS and home-care agencies of a patient are FACILITY; towns, chapters,
// pueblos, villages, counties and cities abroad are LOCATION; street addresses, HC/PO boxes and a
// highway mile marker where a person was are ADDRESS; payers and state, federal and tribal
// agencies (IHS, AHCCCS, ADHS, CDC) are not PHI; insurer and Medicaid member numbers are
// HEALTH_PLAN; billing and account numbers are ACCOUNT; NPI, DEA and driver's licences are
// LICENSE; plates and VINs are VEHICLE; pump, port, pacemaker and other implant serials are DEVICE;
// accession, booking, inmate, incident, case and census numbers are ID; short in-house extensions
// and pagers are PHONE; lot, NDC, CLIA and trial numbers are not PHI; typist initials are NAME.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.8959 / 0.9439; pass-11 engine (789a1c5) 0.9422 / 0.9354; pass-12 engine (99b8c6a) 0.9473 / 0.9382.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `SONORAN BASIN COUNTY HOSPITAL - EMERGENCY DEPARTMENT TRIAGE
Arrival: {{DATE:03/14/2024 02:47}}   Mode: ground EMS   ESI 2
Patient: {{NAME:Darnell Yazzie}}   DOB: {{DATE:07/22/1981}}   MRN: {{MRN:SB-0448193}}
Home: {{ADDRESS:HC 61 Box 2204}}, {{LOCATION:Lukachukai}}, AZ {{ZIP:86507}}   Cell {{PHONE:(928) 555-0143}}
CC: "my chest feels tight since supper"
HPI per pt and sister {{NAME:Loretta Yazzie}}: 42 yo M, heavy hauler at {{FACILITY:Black Mesa Aggregate Mine}}, onset of substernal pressure about 2200 while driving home on N-12. Took 325 mg ASA given by {{FACILITY:Chuska Valley Ambulance}} crew at {{ADDRESS:mile marker 47 on US-191}}. Hx HTN, DM2 (A1c 9.1 in 2022), tobacco 1 ppd. No cocaine. Denies Levine sign but rubs sternum.
VS: BP 168/102  HR 104  RR 20  SpO2 95% RA  T 36.8  Pain 7/10
ECG at 0251: ST elevation II, III, aVF, reciprocal I/aVL. STEMI alert called 0253, cath lab paged (ext {{PHONE:4417}}).
Interpreter: none needed (English). Pt also speaks Dine; prefers family at bedside.
Allergies: sulfa (rash). Meds: lisinopril 20 mg, metformin 1000 mg BID.
Triage RN: {{NAME:K. Begaye}}, RN   Charge: {{NAME:Marisol Tafoya}}
PCP: Dr. {{NAME:Henrietta Oakes}}, {{FACILITY:Wheatfields Lake Health Station}}.`,
  `MEDIC 7 RUN REPORT   INCIDENT # {{ID:24-011873}}   AGENCY: {{FACILITY:RIO SECO FIRE DISTRICT}}
DATE: {{DATE:05 APR 2024}}   DISPATCH 1612   ON SCENE 1631   TRANSPORT 1649   AT DEST 1738
LOCATION: SINGLE VEH ROLLOVER {{ADDRESS:I-10 EB MM 322}} NEAR {{LOCATION:WILLCOX}}
PT: {{NAME:HECTOR ARMANDO VILLEGAS}}  AGE 27  DOB {{DATE:11/02/1996}}  SPANISH SPEAKING
ADDRESS PER DL: {{ADDRESS:417 W RAILROAD AVE}}, {{LOCATION:BENSON}} AZ {{ZIP:85602}}
DL # {{LICENSE:D08841270}} (AZ)   VEH: 2009 SILVERADO PLATE {{VEHICLE:CNR4471}}
PT WAS RESTRAINED DRIVER, +AIRBAG, SELF EXTRICATED. C/O L CHEST WALL PAIN, SOB. "ME DUELE AL RESPIRAR."
GCS 15. DIMINISHED BS L BASE. NO JVD. PELVIS STABLE. ABRASION L FOREARM.
VITALS 1635 BP 132/84 HR 118 RR 26 SPO2 91% -> 96% ON 15L NRB. ETCO2 31.
C-COLLAR, LSB, 18G L AC, NS TKO. FENTANYL 50 MCG IVP X1 AT 1640.
EMPLOYER PER PT: {{FACILITY:TRES ALAMOS PECAN RANCH}}. WIFE {{NAME:YESENIA VILLEGAS}} NOTIFIED BY DEPUTY, PH {{PHONE:520-555-0178}}.
TRANSPORT TO {{FACILITY:SONORAN BASIN COUNTY HOSPITAL}} TRAUMA BAY 2, REPORT TO DR {{NAME:PRATT}}.
CREW: {{NAME:J. OCHOA}} EMT-P / {{NAME:R. LENTZ}} EMT-B   NARRATIVE BY {{NAME:JO}}`,
  `Trauma H&P - Level III activation
Date of service: {{DATE:April 5, 2024}}   Attending: Dr. {{NAME:Wendell Pratt}}
Pt {{NAME:Hector Villegas}}, 27M, {{MRN:SB-0902215}}, restrained driver in rollover on I-10 near {{LOCATION:Willcox}}. Brought by Medic 7.
Primary: A patent, speaking full sentences (Spanish). B decreased L, sat 96% NRB. C HR 112, BP 128/80, 2 large-bore IVs. D GCS 15, pupils 3 mm reactive. E abrasions L forearm, seat-belt sign absent.
FAST: negative pericardial, RUQ, LUQ, pelvis. eFAST: absent sliding L.
CXR: L pneumothorax ~30%, fx L ribs 5-7. CT chest/abd/pelvis: as above, no solid organ injury. CT C-spine neg by NEXUS and imaging.
Procedure: 28 Fr L chest tube placed 1722, +air leak, 150 mL serosang.
Plan: admit to 4 West Surgical, bed 412-B; incentive spirometry; multimodal analgesia (acetaminophen 1 g q6h, ketorolac 15 mg q6h x 48h, lidocaine patch); rib fx protocol; tertiary survey AM.
Social: works pecan harvest at {{FACILITY:Tres Alamos Pecan Ranch}}, lives with wife {{NAME:Yesenia}} and 2 kids in {{LOCATION:Benson}}. EtOH neg. Tetanus updated (Tdap lot 3CA88).
Interpreter {{NAME:Graciela Moya}} (ID {{ID:INT-2231}}) present for consent.
Dictated by {{NAME:W. Pratt}} / transcribed {{NAME:lmc}} {{DATE:04/05/24 2310}}`,
  `L&D ADMISSION / INGRESO A LABOR Y PARTO
Fecha: {{DATE:12 de enero de 2024}}, 06:15
Paciente: {{NAME:Rosa Elena Quiñonez Barraza}}   FDN: {{DATE:03/09/1998}}   Expediente: {{MRN:SB-0637720}}
G3P2002 at 39w2d by 8-wk US. EDD {{DATE:1/17/2024}}. Prenatal care at {{FACILITY:Clínica Familiar Tres Cruces}} in {{LOCATION:Nogales}} (7 visits), last seen {{DATE:1/5}}.
Presents with ctx q4-5 min since 0300, SROM ~0500 clear fluid. Spanish only; interpreted by {{NAME:Alma Durazo}} via in-person.
"Las contracciones empezaron a las tres, y la fuente se me rompió en la casa de mi suegra en {{LOCATION:Río Rico}}."
GBS neg ({{DATE:12/20/23}}). Rh O+. HIV/RPR/HBsAg neg. Rubella immune. GDM A1 diet-controlled, 1-hr GTT 152.
SVE 5/80/-1. FHT 135, moderate variability, + accels, no decels, Cat I.
Plan: admit LDR 6, expectant mgmt, epidural on request, CBC/T&S, PCN not indicated.
Husband {{NAME:Martín Quiñonez}} (tel {{PHONE:520-555-0116}}) works at {{FACILITY:Mariposa Produce Warehouse}}. Baby's pediatrician: Dr. {{NAME:Ngozi Abara}}, {{FACILITY:Tumacácori Kids Clinic}}.
Prev deliveries: 2019 SVD 3280 g, 2021 SVD 3510 g, both at {{FACILITY:Santa Rita Mission Hospital}}.
CNM {{NAME:Teresa Aragón}}, CNM`,
  `NICU ADMISSION NOTE   {{FACILITY:Sonoran Basin NICU}} (Level III)
Baby Girl {{NAME:Tsosie}} ("BG {{NAME:Tsosie}}")   MRN {{MRN:SB-1004418}}   DOB {{DATE:02/28/2024 19:42}}
Mother: {{NAME:Shaylene Tsosie}}, 19 yo G1P0->1, MRN {{MRN:SB-0998316}}, from {{LOCATION:Kayenta}}; transferred from {{FACILITY:Shonto Wash Health Center}} by fixed wing ({{FACILITY:Four Corners AirMed}}).
GA 31w4d by LMP {{DATE:7/21/23}}. BW 1640 g (AGA). Apgars 5 and 8 at 1 and 5 min.
Delivery: emergent C/S for PPROM >18 h, maternal fever 38.6, Cat II tracing. Betamethasone x1 dose only. Mg sulfate for neuroprotection started 1810.
Resus: PPV 60 s, then CPAP 6 cmH2O, FiO2 0.35. Surfactant (Curosurf 200 mg/kg) via LISA at 2015.
Admission labs: CBC WBC 4.1, I:T 0.28, plt 168K; CRP 1.8; BCx sent; glucose 38 -> D10 bolus 2 mL/kg.
Meds: ampicillin 50 mg/kg q8h, gentamicin 5 mg/kg q48h, caffeine citrate 20 mg/kg load.
Placed in Giraffe OmniBed isolette #4. UVC 3.5 Fr / UAC 3.5 Fr.
Family: FOB {{NAME:Jaylen Benally}}, maternal grandmother {{NAME:Ella Tsosie}} (cell {{PHONE:928-555-0190}}). Navajo-speaking grandmother; interpreter line used.
Social work consult placed; housing via {{ADDRESS:PO Box 1187}}, {{LOCATION:Kayenta}} AZ {{ZIP:86033}}.
Neonatologist: Dr. {{NAME:Priya Raghunathan}}   NNP {{NAME:C. Delgado-Hunt}}`,
  `Well-Child Visit / Visita de Niño Sano - 12 months
{{FACILITY:Desert Bloom Pediatric Clinic}}   Date: {{DATE:08-19-2023}}
Name: {{NAME:Santiago Ruelas}}   DOB: {{DATE:08-11-2022}}   Chart #{{MRN:DB-77140}}
Accompanied by: mamá {{NAME:Adriana Ruelas}}, abuela Doña {{NAME:Cruz}} (prefers "Doña {{NAME:Cruz}}"; full name {{NAME:María de la Cruz Ruelas}})
Language: Spanish. Interpreter: bilingual MA {{NAME:Lupita S.}}
Growth: Wt 9.6 kg (55%), Lt 75 cm (60%), HC 46 cm (50%).
Development: pulls to stand, cruises, says "mamá" y "agua", pincer grasp, waves bye. ASQ-3 passed all domains.
Diet: whole milk 16 oz/d, table foods, still BF at night. Fluoride varnish applied. Water source: hauled from {{FACILITY:Sells Water Point}} - lead screen ordered.
Exam: TM clear, red reflex present bilat, no hip click (Ortolani/Barlow neg), Tanner n/a.
Labs: Hgb 10.9 (fingerstick) - start ferrous sulfate 15 mg/d. Lead pending.
Vaccines: MMR, varicella, Hep A, PCV20 #4. VIS given in Spanish. Lots in MAR.
Guidance: car seat rear-facing, water safety (stock tank at ranch), poison control 1-800 no.
Dad works at {{FACILITY:Rancho Los Encinos}} near {{LOCATION:Arivaca}}; family address {{ADDRESS:18450 S Sasabe Rd}}, {{LOCATION:Three Points}} AZ {{ZIP:85736}}.
RTC 15 mo or {{DATE:11/2023}}. Dr. {{NAME:Abara}}`,
  `INTERNAL MEDICINE PROGRESS NOTE - HD #3
{{DATE:Wed 10/16/2024}}  5 East Medicine, Rm 518
Pt: {{NAME:Genevieve Manygoats}}, {{AGE:94}} yo F, MRN {{MRN:SB-0012996}}
S: Per granddaughter {{NAME:Tanya}} (at bedside), grandma slept better, ate half of mutton stew brought from home. Still confused at night, pulling at Foley. Speaks Dine only; family interprets, formal interpreter via Dine line {{PHONE:x6230}}.
O: T 37.4, HR 88 irreg, BP 112/64, RR 18, 94% 2L. CAM-ICU positive overnight, negative this AM. Lungs: crackles R base improving. 1+ pitting edema.
Labs: Na 131 (129), K 4.2, Cr 1.4 (1.7 on admit), WBC 11.8 (15.2), procal 0.6. BCx {{DATE:10/13}} NGTD. UCx E. coli >100K, pan-sensitive.
A/P:
1. CAP + E. coli UTI - ceftriaxone 1 g day 4/5, d/c Foley today.
2. AFib, CHA2DS2-VASc 5 - apixaban 2.5 mg BID (age >=80, Cr).
3. Delirium - reorientation, family at bedside, melatonin 3 mg, avoid Benadryl.
4. Goals: DNR/DNI per POLST signed {{DATE:03/02/2021}}; son {{NAME:Franklin Manygoats}} is MPOA.
Dispo: likely home to {{LOCATION:Ganado}} with {{FACILITY:Canyon Home Health}} in 1-2 days; lives w/ daughter, hogan has no running water.
{{NAME:A. Kowalczyk}}, MD (PGY-2) / Dr. {{NAME:Ruth Etsitty}}, attending`,
  `HEMODIALYSIS TREATMENT RECORD
Unit: {{FACILITY:Red Mesa Dialysis Center}}   Chair 9   Shift 2 (MWF)
Date: {{DATE:Monday, June 3, 2024}}
Patient: {{NAME:Raymond Tohannie}}   MRN {{MRN:RM-40871}}   AHCCCS ID {{HEALTH_PLAN:A18842793}}
Access: L upper arm AVF (created 2019, revised {{DATE:9/14/2022}} by Dr. {{NAME:Fong}} at {{FACILITY:San Francisco Peaks Vascular}}). Thrill +, bruit +.
Pre: wt 82.6 kg (EDW 79.5), BP 178/96, HR 78, T 36.5. Edema 2+ ankles. c/o cramps last Fri.
Rx: Fresenius 2008T machine #{{DEVICE:2008T-5A31177}}, Optiflux F180NR, 4 h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.1 L, heparin 2000 u bolus + 1000 u/h.
Intradialytic: at 1145 BP 98/52, cramping - UF off 10 min, NS 200 mL, resumed.
Post: wt 79.9 kg, BP 142/80. Kt/V 1.38 (monthly). Hgb 9.8 -> Mircera 100 mcg today. Phos 6.9 - reinforce sevelamer with meals.
Transport: {{FACILITY:Dinétah Medical Van Service}}, driver {{NAME:Wilbert}}, pickup from {{LOCATION:Teec Nos Pos}} Chapter at 0545.
Notes: pt says he missed Wed {{DATE:5/29}} run because road washed out near {{ADDRESS:Red Valley turnoff, N-13 mile 8}}.
RN {{NAME:J. Nakai}} / PCT {{NAME:D. Whitehorse}}   Nephrologist: Dr. {{NAME:Samuel Ortega-Lind}}`,
  `BEHAVIORAL HEALTH INTAKE ASSESSMENT
{{FACILITY:Sonoran Basin Behavioral Health}} - Crisis Stabilization Unit
Date/time: {{DATE:2024-09-07 21:30}}   Legal status: voluntary (petition not filed)
Client: {{NAME:Marcus Enos}}   DOB {{DATE:1/30/2001}}   MRN {{MRN:SB-1120457}}
Lives: {{LOCATION:Topawa}} district with grandmother {{NAME:Cecilia Enos}}, {{ADDRESS:PO Box 344}}, {{LOCATION:Sells}} AZ {{ZIP:85634}}.
Referral: brought by Tohono O'odham Police Officer {{NAME:Dana Ramon}} after cousin found him at {{FACILITY:Ironwood Sky Casino}} parking lot texting goodbye messages.
HPI: 23 yo M with MDD, AUD. Breakup 2 wks ago, laid off from {{FACILITY:Kom Vo Mesquite Co-op}} {{DATE:8/16}}. Reports SI with plan (hanging) and rehearsal on {{DATE:Sept 5}}. Denies HI/AVH. Last drink 1500 today, ~12 beers. BAL 0.142.
C-SSRS: high risk. PHQ-9 = 22. AUDIT = 27. CIWA 6.
MSE: disheveled, psychomotor slowing, mood "empty", affect constricted, TP linear, insight fair.
Plan: 1:1 observation, CIWA q4h, thiamine 100 mg, no sharps/cords. Consider sertraline 25 mg after detox. Contact cultural liaison {{NAME:Frances Norris}} ({{FACILITY:Baboquivari Wellness Center}}) - pt requests traditional healer visit.
Safety contact: aunt {{NAME:Veronica Antone}} {{PHONE:520-555-0127}}.
Clinician: {{NAME:Isabel Carranza}}, LCSW   Psychiatrist on call: Dr. {{NAME:Eli Hirschfeld}}`,
  `TB CLINIC - DIRECTLY OBSERVED THERAPY (DOT) LOG
{{FACILITY:Sonoran Basin County Public Health TB Program}}   Case # {{ID:TB-2024-0031}}
Patient: {{NAME:Guadalupe "Lupe" Navarrete}}   DOB {{DATE:5-Feb-1967}}   Country of birth: Mexico ({{LOCATION:Agua Prieta}}, Sonora)
Dx: pulmonary TB, smear 2+, Xpert MTB/RIF detected, RIF resistance not detected; culture from {{DATE:03/21/2024}} accession {{ID:MB24-008812}} pan-susceptible.
Regimen: RIPE (rifampin 600 mg, isoniazid 300 mg, pyrazinamide 1500 mg, ethambutol 1200 mg) + B6 50 mg, 5x/wk. Intensive phase 8 wks, started {{DATE:3/25/24}}.
DOT site: home, {{ADDRESS:1208 E 15th St}}, {{LOCATION:Douglas}} AZ {{ZIP:85607}}, and worksite ({{FACILITY:Lavandería El Sol}}) on Sat.
Week 6: doses 26/28 observed; missed {{DATE:4/30}} (pt in {{LOCATION:Agua Prieta}} for mother's funeral) and {{DATE:5/1}}.
Side effects: mild nausea, orange urine (expected). Visual acuity 20/25 OU, Ishihara 14/14. LFTs {{DATE:5/2}}: AST 41, ALT 38.
Contacts: husband {{NAME:Ramiro Navarrete}} (IGRA neg), daughter {{NAME:Itzel}} (IGRA pos -> LTBI 3HP), 2 coworkers pending.
Outreach worker: {{NAME:Beto Fimbres}}, CHW, cel {{PHONE:520-555-0132}}. Nurse case manager: {{NAME:Carol Whitsett}}, RN.
Reported to ADHS {{DATE:3/22/2024}}; cross-border referral to Sonora via CureTB.`,
  `STI CLINIC VISIT - CONFIDENTIAL
{{FACILITY:Sonoran Basin Public Health - Sexual Health Clinic}}, {{ADDRESS:2250 N Oracle Loop, Suite 110}}, {{LOCATION:Tucson}} AZ {{ZIP:85705}}
Visit date: {{DATE:07/09/2024}}   Client ID: {{MRN:SH-24-1187}}
Name: {{NAME:Julián Tso}}, prefers "{{NAME:Jules}}"   DOB: {{DATE:04.18.1995}}   Pronouns he/him
Reason: partner notified him of syphilis dx (notification via DIS {{NAME:Alondra Pérez}} on {{DATE:7/3}}).
Hx: MSM, 3 partners in 90 days, condom use inconsistent, PrEP lapsed since {{DATE:February 2024}}. Last HIV test neg {{DATE:11/2023}}.
Exam: painless 1 cm ulcer on shaft, bilat inguinal LAD. No rash on palms/soles. Neuro/ophtho sx denied.
Labs today: RPR 1:64 (reflex TPPA pos), HIV Ag/Ab 4th gen pending, GC/CT NAAT x3 sites, HCV Ab.
Tx: benzathine penicillin G 2.4 million units IM x1 given 1420 (L/R glute split). Observed 30 min, no Jarisch-Herxheimer rxn yet - counseled.
PrEP: restart emtricitabine/tenofovir DF 200/300 mg daily after HIV result; doxyPEP discussed.
Partners: 2 named, 1 anonymous (app). Field record {{ID:FR-0724-0392}} opened; reported to ADHS eHARS/PRISM.
Contact pref: text only to {{PHONE:520-555-0151}}, no voicemail; work ({{FACILITY:Sandía del Desierto Casino}} cage) not to be called.
RTC 3 mo for RPR. Clinician: {{NAME:Naomi Feld}}, FNP-C   DIS: {{NAME:A. Pérez}}`,
  `{{FACILITY:SONORAN BASIN COUNTY ADULT DETENTION CENTER}} - RECEIVING SCREENING
BOOKING # {{ID:2024-118843}}   HOUSING: INTAKE HOLD 3   DATE/TIME: {{DATE:10/21/2024 0340}}
INMATE: {{NAME:DOMINGUEZ, RAFAEL ANTONIO}}   DOB {{DATE:12/01/1988}}   SO # {{ID:SO-558120}}
ARRESTING AGENCY: CITY PD   OFFICER {{NAME:MCCRAY}} #{{ID:441}}
1. CURRENT MEDS: METHADONE 85 MG DAILY FROM {{FACILITY:SAN PEDRO RECOVERY CENTER}} (LAST DOSE {{DATE:10/20}} AM PER PT) - VERIFY W/ CLINIC {{PHONE:520-555-0164}}. ALSO LISINOPRIL 10 MG.
2. WITHDRAWAL: LAST HEROIN/FENTANYL USE "YESTERDAY". COWS 9 AT 0355. ALCOHOL - DENIES.
3. MENTAL HEALTH: HX BIPOLAR, PRIOR STAY AT {{FACILITY:CERRO AZUL BEHAVIORAL HOSPITAL}} 2021. DENIES SI. NOT ON MEDS.
4. TB SCREEN: NO COUGH/FEVER/NIGHT SWEATS. LAST PPD 2022 NEG. CXR NOT NEEDED.
5. INJURIES: ABRASION R WRIST FROM CUFFS. NO LOC. TASER NOT DEPLOYED.
6. CHRONIC: HTN, HEP C (UNTREATED). NO SEIZURES.
VS: BP 152/94 P 96 R 18 T 98.4 SPO2 98%. FSBG 112.
DISPO: GENERAL POPULATION W/ MEDICAL HOLD, COWS Q6H, CONTINUE MAT PER PROTOCOL, MD TO VERIFY DOSE BY 0900. EMERGENCY CONTACT: MOTHER {{NAME:IRMA DOMINGUEZ}} {{PHONE:520-555-0109}}, {{ADDRESS:913 G AVE}}, {{LOCATION:DOUGLAS}} AZ.
SCREENED BY {{NAME:T. HUERTA}} LPN   REVIEWED {{NAME:B. CASSADORE}} RN {{DATE:10/21/24 0610}}`,
  `home health skilled nursing visit - {{FACILITY:canyon home health}}
pt {{NAME:wilma chee}}, {{AGE:91}}yo, visit {{DATE:1/8/24}} 1030-1125, sn visit #6 of 9
address {{ADDRESS:hc 58 box 913}}, {{LOCATION:chinle}} az. directions: 2.5 mi past {{FACILITY:black rain trading post}}, turn at blue water tank, 3rd hogan on left. dogs.
pt sitting by woodstove, granddaughter {{NAME:kayla}} present, interprets. son {{NAME:leonard chee}} hauls water tues/fri.
dx: chf (ef 30%), ckd3b, dm2, s/p l bka 2019.
vs: bp 104/58, hr 72, rr 18, spo2 93% ra, wt 61.2 kg (60.4 last wk, +0.8). lungs faint crackles bases. 1+ edema r ankle. stump intact, no breakdown.
meds reviewed in pillbox: furosemide 40 mg bid (taking am only - "too many trips to outhouse at night"), carvedilol 6.25 bid, empagliflozin 10, insulin glargine 14 u hs. glucometer avg 148.
teaching: daily wt, low salt (avoid spam, bluebird flour frybread in moderation), when to call.
called dr {{NAME:etsitty}} office at {{FACILITY:chinle valley indian hospital}} re: pm lasix timing - ok to give 2nd dose at 1400 instead of bedtime.
next visit {{DATE:1/15}}. pt asks if nurse {{NAME:charlene}} can return instead of me. noted.
{{NAME:r. bitsui}} rn   cell {{PHONE:928-555-0121}}`,
  `DISCHARGE SUMMARY
ADMIT: {{DATE:11/28/2023}}   DISCHARGE: {{DATE:12/04/2023}}   SERVICE: HOSPITAL MEDICINE
PATIENT: {{NAME:ARMIJO, TEODORO}}   MRN: {{MRN:SB-0331287}}   AGE: 67   PCP: DR. {{NAME:LUCILLE BAYLESS}}, {{FACILITY:LORDSBURG FAMILY HEALTH}}
PRINCIPAL DX: DIABETIC KETOACIDOSIS (E11.10) TRIGGERED BY R FOOT CELLULITIS
SECONDARY: CKD 3A, HTN, PERIPHERAL NEUROPATHY, HX CHARCOT FOOT R
HOSPITAL COURSE: PRESENTED FROM {{LOCATION:LORDSBURG}} WITH GLUCOSE 612, AG 28, BHB 7.4. DKA PROTOCOL, INSULIN GTT 0.1 U/KG/H, CLOSED GAP IN 14 H. R FOOT: ERYTHEMA TO MID-SHIN, XR NO OSTEO, MRI {{DATE:11/30}} NO ABSCESS. VANCOMYCIN THEN CEFAZOLIN, TRANSITIONED TO CEPHALEXIN 500 MG QID. PODIATRY (DR. {{NAME:KHATRI}}) - OFFLOADING BOOT. A1C 13.2.
DISCHARGE MEDS: INSULIN GLARGINE 24 U QHS, LISPRO 6 U TID AC + SSI, CEPHALEXIN X 7 MORE DAYS, LISINOPRIL 10 MG, ATORVASTATIN 40 MG, GABAPENTIN 300 MG TID.
FOLLOW-UP: PCP WITHIN 1 WK ({{DATE:12/11/23}} 0930 BOOKED), DIABETES EDUCATOR {{NAME:ROSALIND WAHNEE}} {{DATE:12/13}}, PODIATRY 2 WKS.
CONDITION: STABLE. DISPOSITION: HOME WITH WIFE {{NAME:CONSUELO}}, {{ADDRESS:207 SHAKESPEARE ST}}, {{LOCATION:LORDSBURG}} NM {{ZIP:88045}}. WORKS AS FARRIER AT {{FACILITY:HIDALGO COUNTY FEED & TACK}}; OFF WORK UNTIL CLEARED.
DICTATED: DR. {{NAME:M. OYELARAN}} / {{NAME:KT}}   D: {{DATE:12/04/2023 15:22}}   T: {{DATE:12/05/2023 08:10}}`,
  `Nota telefónica / Telephone encounter
Fecha: {{DATE:martes 14 de mayo de 2024}}, 11:05   Tomada por: {{NAME:Yolanda Bracamonte}}, MA
Llamante: Sra. {{NAME:Ofelia Moroyoqui}}, hija del paciente {{NAME:Anselmo Moroyoqui}} (DOB {{DATE:9/9/1931}}, {{AGE:92}} años, MRN {{MRN:SB-0054129}}).
Motivo: su papá tiene "la pierna hinchada y caliente" desde el domingo, no quiere ir al hospital porque el camino de {{LOCATION:Ajo}} está lejos. Tiene fiebre de 38.1 en la mañana.
PMH: CHF, AFib on warfarin (último INR 2.6 el {{DATE:5/2}}), gout.
Plan per Dr. {{NAME:Tomás Villalpando}}: needs same-day eval for DVT vs cellulitis; advised ED at {{FACILITY:Ajo Copper Clinic}} today; cannot wait for Thursday. Venous duplex can be done there.
Hija dice que su esposo {{NAME:Gilberto}} lo puede llevar a las 2. Gave ED address and our fax for records.
Callback number: {{PHONE:(520) 555-0183}}; alt (vecina {{NAME:Chela}}) {{PHONE:520-555-0184}}.
Read back and understood in Spanish. Routed to Dr. {{NAME:Villalpando}} and RN {{NAME:Kessay}}.
Addendum {{DATE:5/14/24 16:40}}: {{FACILITY:Copper Clinic}} called - admitted for cellulitis, DVT neg. - {{NAME:YB}}`,
  `MICROBIOLOGY REPORT   {{FACILITY:Sonoran Basin County Hospital Laboratory}}   CLIA 03D0000000
Accession: {{ID:M24-117093}}   Collected: {{DATE:09/02/2024 06:10}}   Received: {{DATE:09/02/2024 07:02}}
Patient: {{NAME:Benally, Orlando}}   MRN {{MRN:SB-0775402}}   Location: ICU Bed 6   Ordering: {{NAME:Sharpe, K}} MD
Source: sputum, induced
AFB SMEAR (auramine-rhodamine): POSITIVE, 3+ (>9 AFB/field)
MTB/RIF PCR (Xpert Ultra): MTB DETECTED, MEDIUM. Rif resistance NOT DETECTED.
Culture (MGIT 960 + LJ): pending, final up to 8 weeks.
CRITICAL VALUE called to {{NAME:Angela Whitecrane}} RN at 1148 on {{DATE:9/2/24}}, read back. Infection Prevention ({{NAME:D. Luján}}, pager {{PHONE:2287}}) notified; pt on airborne isolation since {{DATE:8/31}}.
Public Health notified: {{FACILITY:Sonoran Basin County TB Program}}, fax {{FAX:520-555-0198}}; see case {{ID:TB-2024-0058}}.
Prior: AFB smear {{DATE:8/31/2024}} (accession {{ID:M24-116880}}) 2+.
Comment: specimen sent to ADHS State Lab for genotyping per protocol. Reference lab ID {{ID:SL-24-33019}}.
Verified by {{NAME:R. Castañeda}}, MLS(ASCP)  {{DATE:09/02/2024 11:52}}`,
  `RADIOLOGY REPORT
Exam: CT HEAD WITHOUT CONTRAST (CPT 70450)   Accession {{ID:RAD-8841207}}
Patient: {{NAME:Eusebia Lente}}   Age: {{AGE:97}}   Sex: F   MRN {{MRN:SB-0009841}}   DOB {{DATE:1/4/1927}}
Exam date: {{DATE:February 11, 2024 at 22:16}}   Ordering: Dr. {{NAME:Joaquín Serna}} ({{FACILITY:SBCH ED}})
Clinical history: unwitnessed fall at {{FACILITY:Casa de Paz Assisted Living}}, on apixaban, new L facial droop? GCS 14.
Comparison: CT head {{DATE:06/30/2021}} from {{FACILITY:Red Rock Indian Medical Center}} (outside images loaded via PowerShare).
Findings: Acute R frontoparietal subdural hematoma, max thickness 9 mm, with 4 mm leftward midline shift. No intraventricular extension. Chronic small-vessel ischemic change, moderate. Old L cerebellar lacune. Atherosclerotic calcification of the cavernous carotids. No calvarial fracture. Paranasal sinuses clear. Mastoids aerated.
Impression:
1. Acute R SDH, 9 mm, with 4 mm midline shift. Neurosurgical consultation recommended.
2. Chronic microvascular disease.
Critical result discussed with Dr. {{NAME:Serna}} by phone at 22:31 on {{DATE:2/11/24}}; transfer to {{FACILITY:Saguaro University Medical Center}} under discussion.
Electronically signed: {{NAME:Harold Nkemelu}}, MD, {{FACILITY:Desert Imaging Partners}}  {{DATE:02/11/2024 22:34}}`,
  `Admission Date: [**{{DATE:2148-7-19}}**]     Discharge Date: [**{{DATE:2148-7-26}}**]
Date of Birth: [**{{DATE:2081-3-2}}**]     Sex: M
Service: MEDICINE
History of Present Illness: 67 yo man from [**{{LOCATION:Location (un) 8812}}**] (a ranching community near the border) transferred from [**{{FACILITY:Hospital 4419}}**] with fever, myalgias and thrombocytopenia after cleaning out a hay barn at [**{{FACILITY:Company 7710}}**] on [**{{DATE:7-12}}**]. Rodent droppings noted. Worsening dyspnea; CXR bilateral interstitial edema. Platelets 42K, Hct 52, immunoblasts on smear - hantavirus suspected.
Brief Hospital Course: admitted to [**{{FACILITY:Hospital Ward Name 3321}}**] MICU, intubated HD 2 for ARDS (P/F 88), ECMO evaluated but not needed. Hantavirus IgM positive per [**{{FACILITY:Hospital 2281}}**] reference lab on [**{{DATE:7-22}}**]. Extubated [**{{DATE:7-24}}**].
Wife [**{{NAME:Known firstname 1192}}**] [**{{NAME:Known lastname 4410}}**] at bedside daily. Contact [**{{PHONE:Telephone/Fax (1) 5551}}**].
Discharge Medications: acetaminophen 650 mg q6h prn, pantoprazole 40 mg daily.
Discharge Disposition: Home With Service; Facility: [**{{FACILITY:Company 2250}}**] home health
Followup: Dr. [**{{NAME:First Name8 (NamePattern2) 1450}}**] [**{{NAME:Last Name (NamePattern1) 883}}**] in pulmonary clinic [**{{DATE:2148-8-9}}**] 10:30am, [**{{FACILITY:Hospital1 18}}**] [**{{LOCATION:Location (un) 551}}**] building.
[**{{NAME:First Name11 (Name Pattern1) 229}}**] [**{{NAME:Last Name (NamePattern4) 1102}}**], MD [**{{ID:MD Number(1) 5576}}**]
Completed by: [**{{DATE:2148-7-26}}**]`,
  `PHARMACY ADMISSION MEDICATION RECONCILIATION
Pt: {{NAME:Lorenzo Tafoya-Baca}}   MRN {{MRN:SB-0566213}}   Admit {{DATE:3/3/2024}}   Wt 71 kg   CrCl ~38 mL/min
Sources: pt interview (English), wife {{NAME:Benita}}, fill history from {{FACILITY:Gila Valley Pharmacy}} ({{LOCATION:Safford}}) and {{FACILITY:Graham Drug & Feed}} (pt buys OTCs there), pill bottles.
Outside records: {{FACILITY:Pinaleño Regional Medical Center}} d/c summary {{DATE:1/18/24}}.
Home meds:
1. metoprolol succinate 50 mg daily - taking
2. furosemide 20 mg daily - taking PRN "when ankles swell" - clarify
3. warfarin 5 mg M/W/F, 2.5 mg other days - last INR 3.4 on {{DATE:2/27}} at {{FACILITY:Safford Anticoagulation Clinic}}
4. omeprazole 20 mg OTC daily
5. naproxen 220 mg 2 tabs BID OTC (!) - interaction w/ warfarin, renal - recommend stop
6. chlorpheniramine (Chlor-Trimeton) 4 mg at night for sleep - Beers list, recommend stop
7. "yerba del manso" tea from neighbor - herbal, counseled
8. tiotropium 18 mcg inh daily - lapsed x 1 mo (cost, Medicare Part D gap)
Allergies: ACE inhibitor (angioedema 2015), codeine (nausea).
Insurance: Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}; Part D via Humana.
Preferred discharge pharmacy: {{FACILITY:Gila Valley Pharmacy}}, ph {{PHONE:928-555-0155}}.
{{NAME:Priscilla Yellowhair}}, PharmD   {{DATE:03/03/2024 16:45}}   ext {{PHONE:5120}}`,
  `SOCIAL WORK ASSESSMENT
Date: {{DATE:6/20/2024}}   Unit: Pediatrics 3 North   Pt: {{NAME:Kaylee Nez}} (age 6)   MRN {{MRN:SB-1077312}}
Reason: discharge planning - new type 1 diabetes; family lives remotely, limited refrigeration.
Family: mother {{NAME:Darlene Nez}} (28), stepfather {{NAME:Curtis Hoskie}}, 3 siblings. Maternal grandmother {{NAME:Rose Nez}} helps with childcare. Home is a two-room house without grid power in {{LOCATION:Rough Rock}}, solar panel via {{FACILITY:Rough Rock Chapter House}} program; insulin storage a concern. Mailing {{ADDRESS:PO Box 207}}, {{LOCATION:Chinle}} AZ {{ZIP:86503}}.
Income: mom works at {{FACILITY:Tséyi' Grocery}} in {{LOCATION:Chinle}}; stepfather seasonal at {{FACILITY:Black Mesa Coal Co.}} (now closed; he sells firewood). SNAP and AHCCCS (ID {{HEALTH_PLAN:A66201448}}).
School: 1st grade at {{FACILITY:Black Mountain Day School}}; nurse Mrs. {{NAME:Jim}} needs care plan + glucagon training.
Transportation: 1 truck, unreliable; 94 mi to our clinic. Navajo Nation CHR program referral (CHR {{NAME:Evangeline Skeet}}, cell {{PHONE:928-555-0171}}).
Plan: 1) Frio insulin cooling wallets x2 donated; 2) glucometer + CGM (Dexcom G7) prior auth submitted; 3) set telehealth w/ endocrine every 2 wks; 4) letter to school; 5) gas card.
{{NAME:Hannah Lisowski}}, LMSW, ext {{PHONE:3348}}`,
  `postpartum nursing note  mother-baby unit rm 214   {{DATE:4/2/24}} 0300
pt {{NAME:yvette lupe}} (apache, from {{LOCATION:whiteriver}}), pod 1 s/p primary c/s for arrest of dilation. baby "baby boy {{NAME:lupe}}" rooming in, bf q2-3h, latch improving w/ football hold.
fundus firm u-1, lochia rubra mod, no clots. incision w/ prevena dressing, c/d/i. foley d/c'd 2300, voided 350 ml at 0140.
pain 4/10 after oxycodone 5 mg at 0150 + ibuprofen 600. ambulating w/ assist.
bp 148/96 at 0200 -> repeat 142/92 at 0215. denies ha, visual changes, ruq pain. +2 reflexes, no clonus. notified dr {{NAME:halvorsen}} - ok to recheck q1h x2, preE labs in am (plt, ast/alt, cr, uric acid). nifedipine if >=160/110.
visitors: fob {{NAME:dwayne kessay}} stayed overnight. pt's mother {{NAME:gloria lupe}} called from {{FACILITY:sunrise ridge casino}} where she works, will come after shift.
pt asking about tubal - already declined on consent {{DATE:3/29}}; wants nexplanon before d/c. informed ob.
mood ok, epds to do before discharge. wic referral in chart.
hearing screen + cchd passed; bili tcb 6.2 at 30 h (low risk). hep b vaccine given 1/2 (pedi dr {{NAME:oyelaran}}'s order).
{{NAME:m. dosela}} rn`,
  `PEDIATRIC ED NOTE - SCORPION ENVENOMATION
{{DATE:Saturday 8/10/2024}} 20:05   {{FACILITY:SBCH Pediatric ED}} Rm P4
Pt {{NAME:Mateo Figueroa-Juan}}, 3 yo M, MRN {{MRN:SB-1099035}}, wt 14.8 kg.
HPI (mother {{NAME:Daniela Juan}}, Spanish/English): stung on R hand ~1900 while playing in woodpile behind grandparents' house at {{ADDRESS:2871 W Pisinemo Rd}}, {{LOCATION:Pisinemo}}. Bark scorpion seen and killed (bagged, brought in). Within 30 min: roving eye movements, drooling, thrashing, inconsolable.
Exam: HR 168, RR 36, SpO2 97%. Opsoclonus, tongue fasciculations, hypersalivation, uncoordinated limb movements. Grade IV envenomation.
Poison center consulted ({{NAME:Leah Marchetti}}, PharmD, case {{ID:AZPC-24-0819442}}).
Tx: Anascorp (Centruroides immune F(ab')2) 1 vial IV over 10 min at 2028, lot 0412B4 recorded. Midazolam 0.1 mg/kg IN x1 before. Symptoms resolved by 2120.
Obs 2 h, no hypersensitivity. Pt drinking, playing.
Dispo: discharged home {{DATE:8/10/24 23:15}} with grandfather {{NAME:Leonard Juan}}. Counsel: shake out shoes, blacklight checks, move woodpile.
Follow-up: {{FACILITY:Vaya Chin Health Station}} clinic Monday for recheck; PCP Dr. {{NAME:Arlene Cachora}}.
{{NAME:Jude Paquette}}, MD   Scribe: {{NAME:K. Ybarra}}`,
  `TRAUMA SURGERY CONSULT - CROTALID ENVENOMATION
Requested by Dr. {{NAME:Sasha Whitford}} (ED), {{DATE:06/22/2024}} 1340
Pt: {{NAME:Cody Wayne Hatcher}}, 52 M, MRN {{MRN:SB-0288761}}. Foreman at {{FACILITY:Diamond Bar Cattle Co.}}, {{ADDRESS:mile 14 Klondyke Rd}} outside {{LOCATION:Aravaipa}}.
Bitten L lateral ankle by rattlesnake (~3 ft, diamondback per pt) ~1100 while checking a water trough; ranch hand {{NAME:Ezequiel Moreno}} drove him 70 mi. Tourniquet applied by coworker, removed in ED.
Exam: L ankle 2 fang marks, swelling to mid-calf at 1300, now to knee (marked 1330). Ecchymosis. Compartments soft, pulses 2+. No fasciculations.
Labs: plt 88K (from 190K at 1215), fibrinogen 110, INR 1.6, CK 620.
Tx: CroFab 6 vials at 1215, repeat 6 vials at 1325 for progression; now slowing. Consider Anavip if recurrence. Elevate, serial circumference q1h, no fasciotomy unless measured compartment pressure >30 mmHg.
Tetanus: Tdap {{DATE:2019-05-02}} - current.
Disposition: admit 4 West Surgical for serial labs at 6 h & 12 h; recurrence checks day 2-3 and day 5-7 after discharge.
Wife {{NAME:Darla Hatcher}} on way from {{LOCATION:Mammoth}}, cell {{PHONE:520-555-0138}}.
{{NAME:Renata Oduya}}, MD, Trauma/Acute Care Surgery   pager {{PHONE:7719}}`,
  `DIALYSIS INTERDISCIPLINARY CARE PLAN MEETING
{{FACILITY:Red Mesa Dialysis Center}}  Quarterly review   Date: {{DATE:July 18th, 2024}}
Patient: {{NAME:Lucinda Attakai-Yazzie}}  MRN {{MRN:RM-40219}}  DOB {{DATE:10/31/1958}}  Modality: in-center HD, TTS, chair 3
Present: Dr. {{NAME:Ortega-Lind}} (nephrology), {{NAME:Shirley Deschenie}} RN (charge), {{NAME:Corinne Platero}} RD, {{NAME:Marvin Largo}} MSW, pt, daughter {{NAME:Treva}}.
Adequacy: spKt/V 1.52, URR 74%. Access: R IJ tunneled cath (placed {{DATE:1/9/2024}}) - AVF planning stalled; vein mapping at {{FACILITY:San Francisco Peaks Vascular}} rescheduled twice (transport). 
Labs: Alb 3.4, Hgb 10.6, Phos 5.8, PTH 612, Ca 8.9. Interdialytic wt gain avg 3.4 kg.
Nutrition: eats mutton and potatoes, Blue Bird flour, canned foods from {{FACILITY:Moenave Trading Post}}; reviewed phosphate binders (calcium acetate 667 mg 2 tabs with meals).
Psychosocial: lives in {{LOCATION:Coalmine Canyon}}, no phone signal at home; message via chapter office {{PHONE:928-555-0146}}. Transplant interest: referred to {{FACILITY:Valley of the Sun Transplant Institute}} - pt declines, prefers to wait. Advance directive: full code.
Goals: AVF by {{DATE:10/2024}}; IDWG <2.5 kg; Phos <5.5.
Next review {{DATE:10/17/24}}. Signed {{NAME:S. Deschenie}}, RN`,
  `JAIL HEALTH SICK CALL - {{FACILITY:SBCADC}} MEDICAL
DATE: {{DATE:01-27-2024}}   TIME SEEN: 0915   HOUSING: POD C, CELL 14, BUNK B
INMATE: {{NAME:TSINNIJINNIE, VERNON}}   BOOKING # {{ID:2024-100972}}   DOB {{DATE:03-15-1979}}
HSR RECEIVED {{DATE:01-26-2024}} 2100: "MY TOOTH IS KILLING ME AND MY FACE IS SWOLE"
S: 44 YO M, R LOWER JAW PAIN X 4 DAYS, SWELLING SINCE YESTERDAY. ABLE TO SWALLOW. NO FEVER PER PT. HX DM2 ON METFORMIN 500 MG BID (VERIFIED WITH {{FACILITY:KAIBETO RX}} ON INTAKE).
O: T 100.6 F, HR 98, BP 138/86. R SUBMANDIBULAR SWELLING, TENDER, NO FLOOR OF MOUTH ELEVATION, NO TRISMUS. TOOTH #30 GROSS CARIES, PERCUSSION TENDER. FSBG 214.
A: ODONTOGENIC ABSCESS TOOTH #30, NO SIGNS OF LUDWIG ANGINA.
P: AMOXICILLIN-CLAVULANATE 875/125 MG PO BID X 7D, IBUPROFEN 600 MG TID PRN, WARM SALT RINSES. DENTAL REFERRAL - {{FACILITY:BORDERLAND DENTAL GROUP}} CONTRACT, APPT {{DATE:01/30/24}}. RETURN IF TROUBLE SWALLOWING OR BREATHING. CUSTODY OFFICER SGT. {{NAME:ALVARADO}} INFORMED OF DIET CHANGE (SOFT).
SISTER {{NAME:NORA TSINNIJINNIE}} CALLED LOBBY ASKING ABOUT HIS INSULIN - NO ROI ON FILE, NOT DISCUSSED.
PROVIDER: {{NAME:L. MENCHACA}}, PA-C   NURSE: {{NAME:D. QUINTERO}}, RN`,
  `EMS PATIENT CARE REPORT - {{FACILITY:TRES BELLOTAS FIRE}} RESCUE 41
INCIDENT {{ID:2024-AV-03318}}   DATE {{DATE:JUL 02 2024}}   CALL RECVD 1347
SCENE: DESERT WASH 0.4 MI S OF {{ADDRESS:SR-286 MILEPOST 18}}, REPORTED BY BORDER PATROL AGENT {{NAME:K. SALAZAR}} (BADGE {{ID:BP-88214}}).
PT: UNKNOWN MALE, APPROX 30S, IDENTIFIED BY COMPANION AS "{{NAME:EFRAÍN}}" FROM {{LOCATION:TAPACHULA}}, CHIAPAS. COMPANION {{NAME:JOSÉ LUIS ORANTES}} STATES THEY WALKED 3 DAYS FROM NEAR {{LOCATION:SASABE}}, NO WATER SINCE YESTERDAY.
FOUND UNDER MESQUITE, AMBIENT 112 F. PT CONFUSED, GCS 13 (E3V4M6), HOT DRY SKIN.
VITALS 1412: BP 88/50 HR 142 RR 30 SPO2 94% RA TEMP 106.1 F (RECTAL) BGL 71. 12-LEAD SINUS TACH, PEAKED T.
TX: COLD WATER IMMERSION IN TACO (BODY BAG) X 15 MIN -> TEMP 102.3 AT 1433. NS 1 L WIDE OPEN X2 ACCESS. ZOFRAN 4 MG IV.
RHABDO SUSPECTED. NO TRAUMA FOUND BESIDES BLISTERED FEET.
TRANSPORT: AIR REQUESTED, UNAVAILABLE (WIND). GROUND TO {{FACILITY:SONORAN BASIN COUNTY HOSPITAL}} ED, ETA 55 MIN. CONSULATE OF MEXICO IN {{LOCATION:TUCSON}} NOTIFIED BY BP.
COMPANION TRANSPORTED BY BP TO STATION.
CREW: {{NAME:M. VALENZUELA}} (PARAMEDIC), {{NAME:T. ANTONE}} (EMT)   PCR # {{ID:AVF-7712093}}`,
  `VALLEY FEVER CLINIC - FOLLOW-UP
{{FACILITY:SBCH Infectious Disease Clinic}}   Visit: {{DATE:11/06/2023}}
Patient: {{NAME:Francisco "Pancho" Ahumada}}   DOB {{DATE:2/2/1962}}   MRN {{MRN:SB-0412078}}
Diagnosis: disseminated coccidioidomycosis (skin, L tibia), dx {{DATE:May 2023}} after dust exposure while grading roads for {{FACILITY:Pinal Paving & Grading}}.
Interval: completed 4 wks IV liposomal amphotericin B at {{FACILITY:Saguaro University Medical Center}} ({{DATE:6/1-6/29/23}}); now fluconazole 800 mg daily. Mild alopecia and dry lips (fluconazole). Working light duty.
Exam: L shin lesion healed with hyperpigmented scar; no new skin nodules. No meningismus.
Labs today: cocci CF titer 1:16 (prior 1:128 on {{DATE:6/2/23}}, 1:64 {{DATE:8/14/23}}). ID immunodiffusion IgG pos, IgM neg. AST 44, ALT 51. QTc 448 ms on ECG.
Imaging: MRI L tibia {{DATE:10/20/23}} - decreasing marrow edema.
Plan: continue fluconazole 800 mg; repeat CF titer 3 mo; LFTs monthly; counsel on dust masks (N95) at work; no pregnancy issues (M).
Occupational: reportable; ADHS case report filed, workers' comp claim # {{ID:WC-23-559012}} with employer.
RTC {{DATE:2/5/2024}}. Wife {{NAME:Lourdes}} accompanied.
{{NAME:Meredith Glasscock}}, MD, Infectious Diseases`,
  `{{FACILITY:Sonoran Basin County Hospital}} - Pediatric Specialty Clinics
{{ADDRESS:1500 E Calle Medina}}, {{LOCATION:Nogales}}, AZ {{ZIP:85621}}   Tel {{PHONE:520-555-0100}}   Fax {{FAX:520-555-0101}}

{{DATE:September 12, 2024}}

To: School Nurse, {{FACILITY:Pete Kitchen Elementary}}, attn: Mrs. {{NAME:Felícitas Romo}}

Re: {{NAME:Ximena Corrales Peralta}}, DOB {{DATE:06/14/2016}}, grade 3

{{NAME:Ximena}} is followed in our clinic for moderate persistent asthma and a peanut allergy (anaphylaxis {{DATE:12/2022}}). Please allow her to:
  1. Carry and self-administer albuterol HFA 90 mcg, 2-4 puffs with spacer q4h PRN cough/wheeze, and before PE.
  2. Keep an epinephrine auto-injector 0.15 mg (EpiPen Jr) in the nurse's office and one in her backpack.
  3. Eat at a peanut-free table.
She missed school {{DATE:9/9/2024}} through {{DATE:9/11/2024}} for an asthma exacerbation treated with prednisolone; she may return {{DATE:9/13}} with no restrictions other than above.
Asthma Action Plan and Allergy Action Plan (Spanish and English copies) are attached. Her mother, Sra. {{NAME:Karla Peralta}}, can be reached at {{PHONE:520-555-0147}}.

Sincerely,
{{NAME:Diego Anaya-Ruiz}}, MD, Pediatric Pulmonology`,
  `PRENATAL VISIT / VISITA PRENATAL
Clinic: {{FACILITY:Clínica Familiar Tres Cruces}} - OB   Provider: {{NAME:Teresa Aragón}}, CNM
Date: {{DATE:10-02-2024}}   Patient: {{NAME:Brenda Lizeth Ochoa}}   MRN {{MRN:TC-220914}}   Age 17
GA: 28w1d (EDD {{DATE:12-24-2024}} by 9w US)   G1P0
[x] FHT 148   [x] FH 28 cm   [x] BP 118/72   [x] Wt 64.1 kg (+9.2)   [x] Urine prot neg / gluc neg
[ ] Edema  [ ] HA  [ ] Vision  [x] Fetal movement: "se mueve mucho en la noche"
Labs 28 wk: 1-hr GTT 128 (pass), Hgb 10.4 (start FeSO4 325 mg QOD), RPR NR, HIV neg (repeat per AZ protocol), Rh D neg -> RhoGAM 300 mcg IM given today, Tdap given today.
Social: lives with her aunt {{NAME:Maricela Ochoa}} at {{ADDRESS:44 Calle Sonora, Trailer 7}}, {{LOCATION:Rio Rico}}; attends {{FACILITY:Santa Gertrudis High School}} (11th grade) - school nurse Mr. {{NAME:Olguín}} aware. FOB {{NAME:Iván}}, 19, "not involved". Teen pregnancy program ({{FACILITY:Nuestras Madres Jóvenes}}) enrolled.
Screen: PHQ-9 = 6. IPV screen neg (asked privately). Tobacco/vape: quit {{DATE:June}}.
Education (Spanish): preterm labor signs, kick counts, breastfeeding class {{DATE:10/16}} at 5 pm.
Plan: RTC 2 wk; growth US at 32 wk; L&D tour {{DATE:Thursday Oct 24}}.
Contact: cel {{PHONE:520-555-0119}} (texts OK).`,
  `PRIOR AUTHORIZATION REQUEST - CONTINUOUS GLUCOSE MONITOR
To: AHCCCS Complete Care plan, Pharmacy/DME PA Unit, fax 1-800-555-0100
From: {{FACILITY:SBCH Pediatric Endocrinology}}, NPI {{LICENSE:1588742201}}, fax {{FAX:520-555-0102}}
Date of request: {{DATE:06/21/2024}}   Urgency: expedited (new-onset T1D, remote residence)
Member: {{NAME:Kaylee Nez}}   DOB {{DATE:04/03/2018}}   Member ID {{HEALTH_PLAN:A66201448}}
Address: {{ADDRESS:PO Box 207}}, {{LOCATION:Chinle}}, AZ {{ZIP:86503}}   Parent/guardian: {{NAME:Darlene Nez}}
Diagnosis: E10.9 type 1 diabetes mellitus without complications; dx {{DATE:6/16/2024}} (DKA, pH 7.11, GAD65 Ab pos).
Requested: Dexcom G7 sensors (10-day) x 9/90 days, receiver; HCPCS E2103/A4239.
Justification: on MDI (glargine 5 u + lispro 0.5 u/15 g carb); age 6, cannot reliably report hypoglycemia; 94 miles from nearest pediatric care; school ({{FACILITY:Black Mountain Day School}}) requires remote alerts for nurse. Fingersticks 8-10/day unsustainable.
Prescriber: {{NAME:Farah Quadri}}, MD   DEA {{LICENSE:BQ4410273}}   Phone {{PHONE:520-555-0103}}
Signature: {{NAME:F. Quadri}}   Date {{DATE:6/21/24}}
Attachments: H&P {{DATE:6/16}}, d/c summary, SW assessment (CGM access), A1c 12.8%.`,
  `ED PROVIDER NOTE - ANIMAL BITE
{{DATE:3/9/2024}} 16:22   Bed 11   Pt: {{NAME:Aiyana Goseyun}}, 11 yo F   MRN {{MRN:SB-1045561}}
Brought by father {{NAME:Lyle Goseyun}} from {{LOCATION:San Carlos}}. At 1400 pt was bitten on L calf by a stray dog near {{FACILITY:Peridot Mission Church}} while walking home from {{FACILITY:Gilson Wash Intermediate School}}. Dog ran off toward {{ADDRESS:Cutter Rd near MP 4}}; not captured. Unknown vaccination status. Several strays reported in area, one with "odd behavior".
Exam: 2 puncture wounds + 3 cm laceration L posterior calf, no tendon involvement, distal NV intact.
Tx: copious irrigation 1 L NS, laceration loosely approximated (2 simple sutures, delayed primary closure considered). Amox-clav 45 mg/kg/d divided BID x 5 days.
Rabies PEP: category III exposure. HRIG 20 IU/kg (wt 38 kg = 760 IU) infiltrated around wound, remainder IM. Rabies vaccine (Imovax) 1 mL IM L deltoid, day 0. Schedule day 3 {{DATE:3/12}}, day 7 {{DATE:3/16}}, day 14 {{DATE:3/23}}.
Tdap up to date ({{DATE:8/2023}} school shot).
Reported to tribal animal control and county health, report # {{ID:AB-24-00417}}.
Dad's phone {{PHONE:928-555-0160}}. Home: {{ADDRESS:HC 49 Box 1602}}, {{LOCATION:Peridot}} AZ {{ZIP:85542}}.
{{NAME:Tobias Whitlock}}, DO`,
  `MICU CONSULT - INTERNAL MEDICINE / ADDICTION
Date: {{DATE:12/24/2023}} (Christmas Eve)   Pt: {{NAME:Wallace Begay Sr.}}   MRN {{MRN:SB-0183390}}   58 M
Asked by Dr. {{NAME:Imelda Carrasco}} re: severe alcohol withdrawal.
HPI: daily drinker (1 fifth vodka/d) x 20 yrs, last drink {{DATE:12/21}} evening in {{LOCATION:Gallup}} before getting stranded at {{ADDRESS:I-40 exit 16 rest area}} in the cold. Found by {{FACILITY:Red Rocks Street Outreach}} van, brought to {{FACILITY:Red Rock Indian Medical Center}}, transferred here {{DATE:12/22/23 0415}} for ICU bed. Hx withdrawal seizures (2019), no DTs.
Course: CIWA peaked 32; required phenobarbital 130 mg IV x4 + dexmedetomidine; hallucinating (tactile, "ants on the blanket"). Wernicke prophylaxis - thiamine 500 mg IV TID. Mg 1.3 -> repleted. Frostbite 2nd degree toes bilat.
Exam today: RASS -1, oriented to person/place, tremor mild. Asterixis absent. Spider angiomata. Liver edge 3 cm below RCM. No Dupuytren, +palmar erythema.
Labs: AST 212, ALT 88, GGT 640, bili 2.1, INR 1.4, plt 98K. MELD-Na 18. Maddrey 24.
Recs: taper off dexmed; start naltrexone? - NO (liver); acamprosate 666 mg TID on d/c. Offer {{FACILITY:Hozho Recovery House}} referral; pt interested in sweat lodge program through {{FACILITY:Four Winds Healing Lodge}}.
Son {{NAME:Wallace Begay Jr.}} (cell {{PHONE:505-555-0188}}) aware.
{{NAME:Nathaniel Okafor}}, MD, Addiction Medicine   ext {{PHONE:4402}}`,
  `wound care clinic  {{DATE:2024-02-15}}  {{FACILITY:sbch wound & hyperbaric center}}
pt: {{NAME:delfina armenta}}  dob {{DATE:1946-07-30}}  mrn {{MRN:sb-0207745}}  77 yo
referring: dr {{NAME:bayless}} ({{FACILITY:lordsburg family health}})
wound #1: r plantar 1st met head, wagner grade 2, present since ~{{DATE:nov 2023}}.
measurements today: 2.1 x 1.6 x 0.4 cm (last wk 2.4 x 1.8 x 0.5). base 80% granulation, 20% slough. mod serous drainage. periwound callus, no maceration. probe-to-bone neg. no odor.
vascular: abi r 0.86, l 0.91; tbi r 0.52. dp/pt palpable 1+.
offloading: tcc applied today (total contact cast #3). pt reports she took cast off at home last time to go to granddaughter {{NAME:marisol}}'s quinceañera at {{FACILITY:san josé mission church}} in {{LOCATION:animas}} on {{DATE:2/10}} - reinforced.
debridement: sharp excisional, subcut tissue, 3.4 sq cm (cpt 11042), curette, lidocaine 4% topical. minimal bleeding, silver alginate, cast.
labs: a1c 8.6 ({{DATE:1/29/24}}), alb 3.6.
plan: weekly tcc changes; hbo not indicated (grade 2). next {{DATE:2/22}}. daughter {{NAME:ruth armenta-gallegos}} drives, {{PHONE:575-555-0113}}.
{{NAME:j. whitfield}}, rn, cwocn / dr {{NAME:p. anand}}`,
  `HOSPICE RECERTIFICATION - FACE-TO-FACE ENCOUNTER
Agency: {{FACILITY:Desert Willow Hospice}}   Benefit period 3 (60 days) starting {{DATE:08/05/2024}}
Patient: {{NAME:Ignacio Cota Valenzuela}}   {{AGE:99}} y/o M   DOB {{DATE:02/14/1925}}   Medicare {{HEALTH_PLAN:7TJ2-WW3-QA91}}
Location of visit: home, {{ADDRESS:6620 S Mission Rd}}, {{LOCATION:Tucson}} AZ {{ZIP:85746}} (near {{FACILITY:Santa Clara Mission Chapel}}).
Terminal dx: Alzheimer dementia, FAST 7c. Comorbid: CHF, CKD 4, recurrent aspiration.
Decline since last cert: weight 49.1 kg (from 52.6 kg on {{DATE:6/6/24}}), MAC 20.5 cm (22). Bedbound, nonverbal except "¡ay, Dios!". PPS 20%. Two aspiration pneumonias treated at home ({{DATE:6/29}}, {{DATE:7/23}}). Stage 3 sacral pressure injury new {{DATE:7/30}}.
Meds: morphine oral soln 2.5 mg q4h prn, glycopyrrolate 1 mg TID, lorazepam 0.5 mg SL prn, senna.
Caregivers: daughter {{NAME:Esperanza}} (primary), son {{NAME:Ramón Cota}} from {{LOCATION:Hermosillo}} staying 2 weeks; aide from {{FACILITY:Manos Amigas Home Care}} 4 h/d.
Spiritual: parishioner; Fr. {{NAME:Anselm Yurkovich}} visits Sundays, last rites received.
I certify pt's prognosis is 6 months or less if disease runs its normal course.
{{NAME:Lorraine Bitsilly}}, NP (F2F)   attending Dr. {{NAME:Jesús Mendívil}}   {{DATE:8/2/2024}}`,
  `EMPLOYEE HEALTH / TB SCREENING - PRE-PLACEMENT
Employer: {{FACILITY:Mule Pass Extraction LLC}} - {{FACILITY:Juniper Flats Mine}} site, {{LOCATION:Bisbee}}
Clinic: {{FACILITY:Mule Mountain Occupational Health}}   Date: {{DATE:01/16/2024}}
Name: {{NAME:Jacinto Valdez Moreno}}   DOB {{DATE:08/05/1990}}   Employee # {{ID:CQ-44187}}   Position: haul truck operator
SSN (last 4): {{SSN:xxx-xx-6612}}
TB risk: born in {{LOCATION:Cananea}}, Sonora; moved to US 2011; prior BCG (scar L deltoid).
Test: QuantiFERON-TB Gold Plus collected {{DATE:1/9/24}}, accession {{ID:LC-2024-0091337}} - POSITIVE (TB1 2.41, TB2 2.88 IU/mL).
Symptoms: none (no cough, fever, wt loss, night sweats). CXR PA/lat {{DATE:1/12/24}}: clear, no hilar adenopathy, no cavitation.
Assessment: latent TB infection. Not infectious - cleared for work.
Plan: refer to {{FACILITY:Bisbee-Naco Public Health Clinic}} TB clinic for 3HP (isoniazid 900 mg + rifapentine 900 mg weekly x 12) or 4R; LFT baseline; hep B/C and HIV screen offered. Given ADHS LTBI fact sheet (Spanish).
Respirator: cleared for half-face APR; fit test 3M 6200 size M passed.
Hearing: baseline audiogram - mild 4 kHz notch L (prior work at {{FACILITY:Fundidora Río Moctezuma}}).
Note to employer: "Fit for duty, no restrictions." No diagnosis disclosed.
Examiner: {{NAME:Ruben Arvizu}}, PA-C   Reviewed: Dr. {{NAME:Gail Ostrander}}, MPH`,
  `HIV CLINIC PROGRESS NOTE (Ryan White Part C)
{{FACILITY:Sonoran Basin County Hospital}} - {{FACILITY:Casa Esperanza Clinic}}   {{DATE:Thu 05/23/2024 09:40}}
Pt: {{NAME:Leticia Arvayo}}   DOB {{DATE:11-11-1984}}   MRN {{MRN:SB-0611904}}   RW client # {{ID:RW-7730}}
Dx HIV 2016 ({{DATE:3/2016}} at {{FACILITY:Pascua Valley Health}} in {{LOCATION:Tucson}}), nadir CD4 212. On bictegravir/emtricitabine/TAF 1 tab daily. Adherence 100% by pharmacy refill ({{FACILITY:Farmacia Del Pueblo}}, {{LOCATION:Nogales}}).
Labs {{DATE:5/9/24}}: VL <20 copies/mL (undetectable x 6 yrs), CD4 684 (31%). Cr 0.7, lipids LDL 141. HBsAb pos (vaccinated). Pap 2023, due 2026 (co-test neg).
Today: c/o fatigue; works double shifts at {{FACILITY:Mariposa Produce Warehouse}} packing tomatoes. Sleeps 5 h. PHQ-2 neg.
Partner {{NAME:Rogelio}} is HIV-neg, on PrEP through our clinic; U=U reviewed again.
Plan: continue BIC/FTC/TAF; start atorvastatin 10 mg (REPRIEVE data); CMP/lipids 6 mo; flu/COVID in fall; mammogram order at {{FACILITY:Nogales Imaging Center}}.
Case manager: {{NAME:Omar Gastélum}} ({{PHONE:520-555-0136}}) - ADAP recert due {{DATE:6/30/2024}}.
{{NAME:Catherine Nwosu}}, MD, AAHIVS`,
  `BEHAVIORAL HEALTH PROGRESS NOTE - INDIVIDUAL THERAPY (90837)
Client: {{NAME:Autumn Cassa}}   DOB {{DATE:7/7/2005}}   Record # {{MRN:BH-22871}}   Session #8
Date: {{DATE:Tuesday, 03/05/2024}}   Start 1400   End 1458   Modality: in person, {{FACILITY:Whiteriver Outpatient Office}}
Presenting: 18 yo F, PTSD after MVC {{DATE:6/2023}} on SR-73 in which cousin {{NAME:Daylon}} died; MDD. Referred by {{FACILITY:Canyon Day High School}} counselor Ms. {{NAME:Lupe}}.
Session content: used trauma narrative (CPT-informed). Client described the night, the dust, the sirens from {{LOCATION:Cibecue}}. Rated SUDS 85 -> 55. Discussed guilt ("I told him to take the back road"). Reviewed sleep diary: 5 nights w/ nightmares (down from 7). Prazosin 2 mg qhs per Dr. {{NAME:Hirschfeld}}.
Client attended sunrise dance for her younger sister last weekend - "first time I felt okay in months". Grandmother {{NAME:Louise Cassa}} supportive.
Risk: denies SI/HI today; C-SSRS screen negative. Safety plan reviewed; crisis line + {{FACILITY:White Mountain Crisis Team}} {{PHONE:928-555-0129}}.
Work: part-time cashier at {{FACILITY:Whiteriver Hardware & Lumber}}, manager aware of therapy schedule.
Plan: continue weekly; PCL-5 next session (last 52 on {{DATE:2/6}}); coordinate w/ PCP Dr. {{NAME:Declay}} at {{FACILITY:Cedar Creek Health Station}}.
{{NAME:Mariah Kitcheyan}}, LPC`,
  `ed note - co exposure   {{DATE:1/2/2025}}   bed 7 / bed 8 / bed 9
three pts from one household arrived pov from {{LOCATION:tohatchi}} at 0612: {{NAME:harrison tsinajinnie}} (44 m, mrn {{MRN:sb-0722014}}), wife {{NAME:bernadette tsinajinnie}} (41 f, mrn {{MRN:sb-0722015}}), son {{NAME:kyle}} (9, mrn {{MRN:sb-1120933}}).
hx: new propane heater in hogan, windows closed for storm. all woke w/ ha, nausea; {{NAME:kyle}} vomited x2, "wobbly". grandma {{NAME:agnes}} next door ({{AGE:90}}) called chapter official {{NAME:roy nakai}} who drove them.
cohb (co-oximetry): {{NAME:harrison}} 22%, {{NAME:bernadette}} 18%, {{NAME:kyle}} 26%. lactate 2.8/1.9/3.1. troponin neg x3. ecg nsr.
{{NAME:kyle}}: gcs 14, ataxia -> discussed w/ hyperbaric at {{FACILITY:st. cyprian medical center}} ({{LOCATION:albuquerque}}), accepted for hbo; airlift via {{FACILITY:four corners airmed}} 0805.
adults: 100% nrb, cohb 4%/3% at 4 h, neuro intact, d/c'd 1130 with f/u.
fire marshal (navajo nation) notified; chapter house in {{LOCATION:tohatchi}} has co detectors to give away.
family contact {{PHONE:505-555-0124}}. address {{ADDRESS:hc 30 box 77}}, {{LOCATION:tohatchi}} nm {{ZIP:87325}}.
dr {{NAME:t. whitlock}} / {{NAME:r. sandoval}}, rn`,
  `NURSING ADMISSION DATABASE
Unit: 5 East Medicine   Room 507-A   Admit date/time: {{DATE:09/29/24 1845}}
Name: {{NAME:Ernestine Pablo}}   Preferred name: "{{NAME:Ernie}}"   Age: 82   MRN {{MRN:SB-0031557}}
Language: O'odham (primary), English (fair). Interpreter wanted for consent: yes - O'odham interpreter {{NAME:Rita Manuel}}.
Arrived from: {{FACILITY:Baboquivari Indian Hospital}} ED via ambulance.
Allergies: PCN (hives), shellfish.
Fall risk (Morse): 55 - high. Braden: 14. Skin: stage 2 coccyx 1.5 x 1 cm.
Devices: pacemaker (Medtronic Azure, serial {{DEVICE:RNB402117S}}, implanted {{DATE:4/18/2019}} at {{FACILITY:Santa Catalina Heart Institute}}); R arm no BP/sticks (old AV graft).
Diet at home: traditional - tepary beans, cholla buds, tortillas; diabetic.
Valuables: turquoise ring, rosary - given to daughter {{NAME:Norma Pablo-Lewis}}.
Contacts: {{NAME:Norma}} cell {{PHONE:520-555-0106}}; son {{NAME:Stanley Pablo}} at {{FACILITY:Gu Vo Feed Store}}, {{PHONE:520-555-0107}}.
Home: {{ADDRESS:PO Box 1043}}, {{LOCATION:Sells}}, AZ {{ZIP:85634}}; lives in {{LOCATION:Big Fields}} village.
Advance directive: none; daughter to be surrogate. Religion: Catholic, attends {{FACILITY:San Ramón Mission}}.
Admitting RN: {{NAME:Beatriz Orozco}}, RN   Time complete 2010`,
  `NICU DISCHARGE SUMMARY
Patient: Baby Girl {{NAME:Tsosie}} - now named "{{NAME:Hózhó Ella Tsosie-Benally}}"   MRN {{MRN:SB-1004418}}
DOB {{DATE:02/28/2024}}   Admit {{DATE:02/28/2024}}   Discharge {{DATE:04/19/2024}}   LOS 51 days
GA at birth 31 4/7 wk; PMA at discharge 38 5/7 wk. BW 1640 g; d/c wt 2705 g (15%ile).
Course: RDS - surfactant x1, CPAP 9 days, RA since DOL 14. Sepsis r/o - cultures neg, abx 48 h. Apnea of prematurity - caffeine stopped {{DATE:3/30}}, event-free 8 days. Hyperbilirubinemia - phototherapy DOL 2-5. ROP: stage 1 zone III {{DATE:4/2}}, mature {{DATE:4/16}} (Dr. {{NAME:Kowal}}, ophtho). Head US DOL 7 and 30 normal. Hearing (ABR) pass bilat. CCHD pass. Car seat challenge passed {{DATE:4/17}}.
Feeds: maternal EBM fortified to 24 kcal + Neosure 22, 60 mL q3h PO ad lib.
Meds at d/c: poly-vi-sol with iron 1 mL daily.
Immunizations: Hep B {{DATE:3/29/2024}} (wt >2 kg), 2-month series {{DATE:4/18/24}}.
Follow-up: PCP Dr. {{NAME:Natalie Yellowman}}, {{FACILITY:Shonto Wash Health Center}}, within 48 h ({{DATE:4/21}}); High Risk Infant Follow-Up Clinic at 4 mo corrected; RSV - nirsevimab given {{DATE:4/18}}.
Parents {{NAME:Shaylene}} and {{NAME:Jaylen}} completed CPR class. Going home to maternal grandmother's in {{LOCATION:Dennehotso}}.
{{NAME:Priya Raghunathan}}, MD / {{NAME:cdh}}`,
  `OB TRIAGE -> TRANSFER NOTE
{{FACILITY:Willcox Community Hospital}} ("WCH") to {{FACILITY:SBCH Labor & Delivery}}   {{DATE:10/11/2024}} 22:40
Pt: {{NAME:Jessica Lynn Hardcastle}}, 23 yo G2P1, 34w0d, MRN here {{MRN:SB-1201188}}
Outside record # {{MRN:WCH-0044190}}. Referring: Dr. {{NAME:Bjorn Aalto}}, family medicine/OB.
Presentation: severe range BP 172/114 & 168/110 15 min apart, HA 8/10, scotomata. Prot/Cr 2.1. Plt 94K, AST 188, ALT 204, LDH 690 -> partial HELLP.
Given at {{FACILITY:WCH}}: labetalol 20 mg IV x2, Mg sulfate 4 g load/2 g/h, betamethasone 12 mg IM #1 at 2015.
Transport: ground ALS ({{FACILITY:Sulphur Springs Ambulance}}), left 2130, arrived 2238. Mg running, DTRs 2+, RR 18, UOP 40 mL/h.
On arrival: BP 158/102, FHT 150, min variability, no decels; toco irregular. SVE 1/50/-3. EFW 2200 g by US.
Plan: admit L&D, continue Mg, nifedipine IR 10 mg prn severe range, 2nd betamethasone {{DATE:10/12 2015}}, delivery after steroid window if stable; anesthesia aware (plt trend).
Husband {{NAME:Travis Hardcastle}} (ranch hand, {{FACILITY:Cienega Creek Cattle}}), cell {{PHONE:520-555-0112}}; 3 yo at home with his mom in {{LOCATION:Bowie}}.
MFM: Dr. {{NAME:Anjali Ghosh}}   Resident: Dr. {{NAME:Owen Brightwater}}`,
  `PEDIATRIC INPATIENT PROGRESS NOTE  {{DATE:12/3/23}}  Peds 3 North, rm 309
{{NAME:Nayeli Gutiérrez Tánori}}, 7 mo F, MRN {{MRN:SB-1109271}}, HD#2, RSV bronchiolitis.
S: mom ({{NAME:Yareli Tánori}}) says "comió mejor en la noche", 3 wet diapers since midnight. Older brother {{NAME:Jonathan}} also sick at home in {{LOCATION:Somerton}}. Daycare: {{FACILITY:Pequeños Pasos Child Care}}.
O: T 37.9, HR 152, RR 54, SpO2 93% on HFNC 8 L/min FiO2 0.30 (weaned from 10 L). Mild subcostal retractions, diffuse crackles, scattered wheeze. Cap refill <2 s. Wt 7.1 kg (admit 7.0).
Labs: RSV PCR pos, flu/COVID neg. No CXR repeat.
A/P: RSV bronchiolitis, improving.
- wean HFNC by 1 L q4h as tolerated; goal RA by {{DATE:12/5}}
- nasal suction before feeds; NG not needed
- no albuterol (no response {{DATE:12/1}}), no steroids per AAP
- contact/droplet precautions
- nirsevimab was not given at birth (born {{DATE:4/20/2023}} at {{FACILITY:Colorado River Regional}} before availability) - discuss sibling eligibility
- dispo: home when RA x 12 h + feeding well; PCP Dr. {{NAME:Ocampo}} {{FACILITY:Clínica San Luis}}
Family updated in Spanish with interpreter {{NAME:Fabiola}} (ID {{ID:5521}}).
{{NAME:Ingrid Solberg}}, MD (PGY-3) / attending Dr. {{NAME:Anaya-Ruiz}}`,
  `{{FACILITY:SBCADC}} MENTAL HEALTH - SUICIDE WATCH REVIEW
DATE {{DATE:08/14/2024}} 1030   INMATE {{NAME:ROANHORSE, TYLER J}}   BOOKING {{ID:2024-114406}}   DOB {{DATE:09/22/2002}}
LOCATION: MEDICAL OBSERVATION CELL MO-2 (SAFETY SMOCK, NO LINENS)
PLACED ON WATCH {{DATE:08/13/2024 2215}} BY CO {{NAME:F. ESPARZA}} AFTER PT TOLD CELLMATE "I'M NOT GOING BACK TO {{FACILITY:FLORENCE}}, I'LL END IT FIRST."
HX: 21 YO M, 2 PRIOR ATTEMPTS (OD 2021, CUTTING 2023). PRIOR TX {{FACILITY:DINÉ PEAKS BEHAVIORAL HEALTH CENTER}} IN {{LOCATION:SHIPROCK}}. NO CURRENT PSYCH MEDS. METH USE DAILY PRE-ARREST.
INTERVIEW: CALM, COOPERATIVE, POOR EYE CONTACT. STATES STATEMENT WAS "VENTING". DENIES PLAN OR INTENT TODAY. FUTURE ORIENTED - WANTS TO SEE DAUGHTER {{NAME:KAIA}} (2 YO) AT VISITATION {{DATE:SAT 8/17}}. SLEPT 4 H. ATE BREAKFAST.
C-SSRS SINCE LAST CONTACT: PASSIVE IDEATION YES, ACTIVE NO, BEHAVIOR NO.
ASSESSMENT: MODERATE CHRONIC RISK, LOW ACUTE RISK. SUBSTANCE-INDUCED MOOD D/O VS MDD.
PLAN: STEP DOWN TO CLOSE OBSERVATION Q15 MIN, REGULAR CLOTHING NO LACES, RECHECK {{DATE:8/15}} AM. PSYCHIATRY TELEHEALTH REFERRAL (DR {{NAME:HIRSCHFELD}}). NOTIFY PUBLIC DEFENDER {{NAME:A. MCALLISTER}} OF MH HOLD PER POLICY.
MOTHER {{NAME:LAVERNE ROANHORSE}} ({{PHONE:505-555-0141}}) - ROI SIGNED {{DATE:8/14/24}}.
CLINICIAN: {{NAME:P. GONZALES-TOM}}, LCSW   SUPERVISOR: {{NAME:R. DEVEREAUX}}, PSYD`,
  `{{FACILITY:CANELO HILLS VOLUNTEER FIRE}} - EMS RUN   INCIDENT {{ID:CH-24-0412}}
DATE {{DATE:4/12/2024}}  PAGED 0716  ENRT 0719  ON SCENE 0752  DEPART 0818  ARRIVE 0901
LOCATION: {{FACILITY:LAZY J QUARTER HORSE RANCH}}, {{ADDRESS:33 RANCH RD 4, MP 9 OFF SR-83}}, NEAR {{LOCATION:ELGIN}}
PT: {{NAME:MARGARET "PEG" OLESON}}   67 F   DOB {{DATE:02/09/1957}}
CC: THROWN FROM HORSE DURING MORNING CHORES, LANDED ON R SIDE/HIP. +HELMET? NO. +LOC ~1 MIN PER HUSBAND {{NAME:GARY OLESON}}.
ASSESS: GCS 14 (CONFUSED TO DAY), R HIP SHORTENED + EXT ROTATED, DISTAL PULSE PRESENT. R WRIST DEFORMITY. NO C-SPINE TTP BUT DISTRACTING INJ -> SMR.
VS 0758 BP 158/90 P 102 R 20 SPO2 96% RA  BGL 134. PAIN 9/10.
TX: SMR, VACUUM MATTRESS, TRACTION NOT APPLIED (HIP). SAM SPLINT R WRIST. 20G R AC. KETAMINE 20 MG IV 0806 THEN FENTANYL 50 MCG 0812.
MEDS: ELIQUIS 5 BID FOR AFIB (!), METOPROLOL.
TRANSPORT TO {{FACILITY:SONORAN BASIN COUNTY HOSPITAL}} (TRAUMA ALERT CALLED 0815 ON MED CHANNEL).
HOME {{ADDRESS:PO BOX 86}}, {{LOCATION:SONOITA}} AZ {{ZIP:85637}}. HUSBAND FOLLOWING IN TRUCK AZ PLATE {{VEHICLE:RNCH77}}.
EMT-I {{NAME:C. BALLESTEROS}} / EMT {{NAME:W. ODELL}}`,
  `ED NOTE - MISSED DIALYSIS / HYPERKALEMIA
{{DATE:Friday, 02/16/2024}} 05:50   Pt {{NAME:Raymond Tohannie}}, 61 M, MRN {{MRN:SB-0871120}} (dialysis MRN {{MRN:RM-40871}})
HPI: ESRD on HD MWF at {{FACILITY:Red Mesa Dialysis Center}}. Missed Wed ({{DATE:2/14}}) - snow closed road from {{LOCATION:Teec Nos Pos}}; van could not reach. Now generalized weakness, SOB lying flat since last night. Nephew {{NAME:Darrell Tohannie}} drove him 2 h in 4x4.
VS: BP 192/104, HR 52, RR 24, SpO2 89% RA -> 95% 4 L. Crackles bilat to mid-lung. Edema 3+.
ECG: peaked T V2-V4, PR 220, QRS 128 ms. K 7.4 (hemolysis neg), CO2 15, BUN 118, Cr 11.2.
Tx: calcium gluconate 3 g IV (2 doses), insulin regular 5 u IV + D50 25 g, albuterol 20 mg neb, Lokelma 10 g PO. Repeat K 6.3 at 0715, QRS 104.
BiPAP 12/6 for volume overload; nitro gtt.
Nephrology (Dr. {{NAME:Ortega-Lind}}) - emergent HD in {{FACILITY:SBCH Acute Dialysis Unit}} at 0800, via L AVF.
Dispo: admit tele (6 West Telemetry). SW to address winter transport - chapter official {{NAME:Elsie Benally}} ({{LOCATION:Teec Nos Pos}} Chapter, {{PHONE:928-555-0174}}) offered a temporary stay at a relative's home in {{LOCATION:Shiprock}} during storms.
{{NAME:Sasha Whitford}}, MD`,
  `CONGENITAL SYPHILIS CASE INVESTIGATION - CONFIDENTIAL
{{FACILITY:Sonoran Basin County Public Health}} - STI Program   Case {{ID:CS-2024-009}}   Investigator: {{NAME:Alondra Pérez}}, DIS
Mother: {{NAME:Marisela Quintana}}   DOB {{DATE:2/21/2000}}   Prenatal care: none until delivery. Last address {{ADDRESS:1930 N Grand Ave, Lot 22}}, {{LOCATION:Nogales}} AZ {{ZIP:85621}}; also stays with partner in {{LOCATION:Nogales, Sonora}}.
Infant: Baby Boy {{NAME:Quintana}}, DOB {{DATE:09/03/2024}}, {{FACILITY:SBCH NICU}} MRN {{MRN:SB-1300451}}.
Maternal labs at delivery: RPR 1:128, TP-PA reactive. Infant RPR 1:256 (4x maternal), long-bone films with periostitis, CSF VDRL nonreactive, hepatosplenomegaly.
Infant tx: aqueous PCN G 50,000 u/kg IV q12h -> q8h x 10 days (start {{DATE:9/4}}).
Mother tx: benzathine PCN 2.4 MU IM {{DATE:9/4/24}} (1/3); doses 2-3 due {{DATE:9/11}} and {{DATE:9/18}} - mother discharged, phone disconnected. Field visit {{DATE:9/10/2024}}: found at sister's ({{NAME:Yadira Quintana}}), {{ADDRESS:207 W Crawford St}}; dose 2 given in home.
Partner: "{{NAME:Chuy}}" ({{NAME:Jesús Armando Leyva}}), works at {{FACILITY:Frutas del Norte}} distribution; cross-border referral to Secretaría de Salud Sonora.
Reported to ADHS {{DATE:9/5/2024}}. Next: infant f/u RPR at 2, 4, 6 mo ({{FACILITY:Tumacácori Kids Clinic}}).`,
  `OASIS START OF CARE (abbrev.) - {{FACILITY:Manos Amigas Home Care}}
SOC date: {{DATE:11/01/2024}}   M0080 discipline: RN   Clinician: {{NAME:Guadalupe Ibarra}}, RN
Patient: {{NAME:Herminia Soto de Laveaga}}   DOB {{DATE:05/23/1931}} ({{AGE:93}})   Medicare {{HEALTH_PLAN:2RX8-AM0-UK16}}
Address: {{ADDRESS:3311 E Benson Hwy, Space 41}}, {{LOCATION:Tucson}} AZ {{ZIP:85706}}   Phone {{PHONE:520-555-0169}}
Referral: {{FACILITY:Sonoran Basin County Hospital}} d/c {{DATE:10/30/24}}, Dr. {{NAME:Etsitty}}. Dx: L hip fx s/p hemiarthroplasty {{DATE:10/25/24}} (S72.002A), HTN, macular degeneration.
M1033 risk of hospitalization: hx falls, 5+ meds, frailty.
M1800-1860 ADLs: grooming 2, dressing upper 1 / lower 3, toileting 2, transfers 2, ambulation 3 (walker, 15 ft). Cognition: oriented, mild short-term memory loss (BIMS 12).
Home safety: single-wide trailer, 3 steps no rail (son {{NAME:Abel}} to install), throw rugs removed, bath bench ordered from {{FACILITY:Pueblo Medical Supply}}.
Meds: enoxaparin 40 mg SQ x 2 more wks (daughter-in-law {{NAME:Carmen}} trained, return demo ok), acetaminophen 1 g TID, amlodipine 5 mg, PreserVision.
Language: Spanish; prefers "Doña {{NAME:Herminia}}".
Plan: SN 2w2, 1w3; PT eval {{DATE:11/2}}; HHA 3w4. Next visit {{DATE:Mon 11/4}}.`,
  `INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS
{{FACILITY:Hospital del Condado Sonoran Basin}} - Sala de Emergencias
Paciente: {{NAME:Evaristo Castro Lugo}}   Fecha de nacimiento: {{DATE:15/08/1973}}   Núm. de expediente: {{MRN:SB-0915530}}
Fecha de visita: {{DATE:23 de junio de 2024}}   Médico: Dra. {{NAME:Paloma Urquídez}}
Diagnóstico: Agotamiento por calor (heat exhaustion) / deshidratación. Lesión renal aguda leve (Cr 1.6).
Usted trabajó 10 horas en el campo de chile en {{FACILITY:Rancho Hatch Verde}} con temperatura de 108 °F. Recibió 3 litros de suero (IV).
Qué hacer:
 - Tome 8-10 vasos de agua al día y Pedialyte o suero oral. Evite alcohol y bebidas energéticas.
 - No regrese a trabajar hasta el {{DATE:jueves 27 de junio}}. Carta para su patrón incluida (supervisor Sr. {{NAME:Dámaso Ruiz}}).
 - Análisis de sangre (creatinina) en 2-3 días en {{FACILITY:Clínica Río Grande Norte}} de {{LOCATION:Hatch}}, tel. {{PHONE:575-555-0161}}.
 - Suspenda ibuprofeno (Advil) por ahora; puede tomar acetaminofén (Tylenol) 500 mg.
Regrese de inmediato si: confusión, desmayo, orina muy oscura o no orina en 8 horas, dolor de pecho.
Su esposa, Sra. {{NAME:Imelda Castro}}, recibió estas instrucciones. Intérprete: {{NAME:R. Leyva}} (ID {{ID:INT-1187}}).
Dirección en archivo: {{ADDRESS:HC 32 Box 510}}, {{LOCATION:Garfield}}, NM {{ZIP:87936}}.
Firma del paciente: ______  Fecha: {{DATE:6/23/24}}`,
  `INTERPRETER SERVICES ENCOUNTER LOG
{{FACILITY:Sonoran Basin County Hospital}} Language Access   Week of {{DATE:03/18/2024}}
Interpreter: {{NAME:Graciela Moya}} (Spanish, CHI)   Badge {{ID:INT-2231}}
{{DATE:3/18}} 0810-0850  ED bed 4  Pt {{NAME:Agustín Valenzuela}} MRN {{MRN:SB-0442871}} - consent for LP. Dr. {{NAME:Whitford}}.
{{DATE:3/18}} 1100-1145  L&D LDR 3  Pt {{NAME:Karina Duarte}} MRN {{MRN:SB-1204419}} - epidural consent, Dr. {{NAME:Ghosh}}; husband {{NAME:Omar}} also present.
{{DATE:3/19}} 0930-1030  4 West Surgical 410  Pt {{NAME:Hector Villegas}} - discharge teaching (chest tube site), RN {{NAME:Yazmin}}.
{{DATE:3/19}} 1400-1415  Phone: family of Sra. {{NAME:Cota}} (see hospice) - declined, referred to agency interpreter.
{{DATE:3/20}} 0800-0900  Dialysis unit  Pt {{NAME:Juana Bojórquez}} MRN {{MRN:SB-0339912}} - nephrology family meeting re: withdrawal of HD; daughters {{NAME:Lorena}} and {{NAME:Patricia}}. Emotional; chaplain Br. {{NAME:Tomás}} joined.
{{DATE:3/21}} 1300-1330  {{FACILITY:Desert Bloom Pediatric Clinic}}  {{NAME:Santiago Ruelas}} 18 mo WCC, mom {{NAME:Adriana}}.
{{DATE:3/22}} 1000-1020  ED bed 11  Navajo-language request - none in house; used phone line (Diné interpreter {{NAME:L. Tsinajinnie}}, vendor ID {{ID:7782}}).
Notes: Mixteco request {{DATE:3/20}} (pt {{NAME:Florentino Ramírez}} in 5 East) unmet - vendor had no Mixteco interpreter; used relative ({{NAME:Eulalio}}, 16) - documented as exception.
Total hours: 7.8. Supervisor {{NAME:Ana Luisa Corral}}`,
  `TELERETINAL DIABETIC EYE EXAM - READING REPORT
Originating site: {{FACILITY:Forest Lake Health Station}}   Imaging date: {{DATE:05/07/2024}}   Camera: Topcon TRC-NW400
Patient: {{NAME:Cordelia Nez-Dalton}}   DOB {{DATE:12/12/1963}}   IHS chart # {{MRN:PN-048812}}
Diabetes dx 2008, A1c 10.3 ({{DATE:4/2024}}). Last eye exam 2021.
Photographer: {{NAME:Lorenzo Claw}}, CHR/imager
Image quality: OD good, OS adequate (mild cataract haze).
Findings OD: scattered dot-blot hemorrhages 4 quadrants, venous beading 1 quadrant, no NVD/NVE; hard exudates within 1 DD of fovea.
Findings OS: microaneurysms, few cotton-wool spots, no neovascularization.
Grade: OD severe NPDR with probable center-involving DME; OS moderate NPDR. ETDRS level 53/43.
Recommendation: refer to retina within 2-4 weeks for OCT and anti-VEGF evaluation - {{FACILITY:Elden Mountain Retina}} ({{LOCATION:Flagstaff}}) or visiting retina clinic at {{FACILITY:Chinle Valley Indian Hospital}} ({{DATE:May 28-29}}). Improve glucose/BP control.
Reader: {{NAME:Hanna Virtanen}}, OD, IHS-JVN certified reader   Read {{DATE:5/9/2024 14:05}}
CC: PCP Dr. {{NAME:Ruth Etsitty}}; diabetes program coordinator {{NAME:Velma Todacheene}}.
Pt phone (daughter) {{PHONE:928-555-0187}}.`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Sonoran Basin County Hospital}} Department of Pathology   Case: {{ID:SP-24-04417}}
Patient: {{NAME:ALTAHA, DESIREE M}}   MRN: {{MRN:SB-0690132}}   DOB: {{DATE:04/26/1979}}   Sex: F
Collected: {{DATE:08/08/2024}}   Received: {{DATE:08/08/2024}}   Reported: {{DATE:08/12/2024}}
Surgeon: {{NAME:Renata Oduya}}, MD   Copy to: {{NAME:Lucille Bayless}}, MD ({{FACILITY:Lordsburg Family Health}})
Clinical: RUQ pain, fever, gallbladder wall thickening; r/o cholecystitis. Lives {{LOCATION:Bylas}}.
Specimen: A. Gallbladder, laparoscopic cholecystectomy.
Gross: Received fresh labeled with pt name and "{{MRN:0690132}}" is a 9.2 x 3.4 x 2.8 cm gallbladder, serosa dusky with fibrinous exudate. Wall up to 0.7 cm. Multiple yellow-green faceted stones, largest 1.8 cm. Cystic duct LN 0.4 cm. Representative sections A1-A5. ({{NAME:JRM}}/{{NAME:kt}})
Microscopic: transmural neutrophilic inflammation with hemorrhage and focal necrosis, Rokitansky-Aschoff sinuses, no dysplasia. LN reactive.
DIAGNOSIS:
A. Gallbladder, cholecystectomy: acute gangrenous cholecystitis superimposed on chronic cholecystitis with cholelithiasis. Negative for dysplasia and malignancy. One benign lymph node (0/1).
CPT 88305. ICD-10 K80.00.
Electronically signed by {{NAME:Jonah R. Milliken}}, MD, {{DATE:08/12/2024 10:47}}`,
  `ECHOCARDIOGRAM REPORT (TTE, complete, 93306)
{{FACILITY:SBCH Heart & Vascular Lab}}   Study date {{DATE:2024/10/03}}   Study # {{ID:ECHO-24-3318}}
Patient: {{NAME:Gerónimo Altamirano}}   Age 71   DOB {{DATE:1953/01/19}}   MRN {{MRN:SB-0120087}}   Ht 168 cm Wt 74 kg BSA 1.84
Indication: new murmur, syncope while at {{FACILITY:Saint Anthony Feed & Seed}} (works counter). Referred by Dr. {{NAME:Villalpando}}.
Rhythm: sinus, HR 62. Image quality: fair.
LV: normal size, concentric LVH (IVSd 1.4 cm). LVEF 60% (biplane Simpson). Grade II diastolic dysfunction, E/e' 17.
Aortic valve: trileaflet, severely calcified, restricted. Peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2 (continuity), DVI 0.22. Mild AR.
Mitral: MAC, mild MR. TR mild, RVSP 38 mmHg. RV normal.
No pericardial effusion. IVC 1.6 cm, >50% collapse.
Impression: Severe calcific aortic stenosis (stage D1, high-gradient). Normal LV systolic function.
Recommendation: heart team evaluation for TAVR vs SAVR; referral placed to {{FACILITY:Saguaro University Medical Center}} structural heart clinic. Avoid strenuous exertion; he was counseled not to lift feed sacks (50 lb).
Sonographer {{NAME:Daisy Manuelito}}, RDCS   Read by {{NAME:Kwame Asante-Boateng}}, MD, FACC   {{DATE:10/03/2024 16:20}}`,
  `CASE MANAGEMENT - TRANSFER / BED SEARCH LOG
Pt {{NAME:Eusebia Lente}} ({{AGE:97}} F, MRN {{MRN:SB-0009841}}) - acute SDH with shift; neurosurgery not available here.
{{DATE:2/11/24}} 2240 called {{FACILITY:Saguaro University Medical Center}} transfer center ({{PHONE:520-555-0193}}), spoke w/ {{NAME:Trish}} - on diversion, no neuro ICU beds.
2255 called {{FACILITY:St. Cyprian Medical Center}} ({{LOCATION:Albuquerque}}) - accepted by Dr. {{NAME:Farouk Haddad}}, neurosurgery; ref # {{ID:TC-88401}}.
2310 family meeting w/ granddaughters {{NAME:Elaine}} and {{NAME:Marlene Lente}} and Dr. {{NAME:Serna}}: pt's wishes per 2019 living will = no surgery if poor outcome, but "she would want to be checked". Family chose transfer for neuro eval, DNR/DNI maintained. Copies of AD sent.
2330 air: {{FACILITY:Four Corners AirMed}} - no (weather). Ground critical care: {{FACILITY:Rio Grande CCT}} ETA 0100; 4.5 h ride.
{{DATE:2/12/24}} 0105 transport departed; report to receiving RN {{NAME:J. Kowalski}} (ext {{PHONE:3-4410}}).
Notified {{FACILITY:Casa de Paz Assisted Living}} (administrator {{NAME:Renée Baca}}, {{PHONE:505-555-0115}}) - holding room.
Insurance: Medicare A/B, Presbyterian supplement - no auth needed for emergent transfer.
{{NAME:Consuelo Arriaga}}, RN CM (night)`,
  `SPIRITUAL CARE NOTE
{{DATE:Sunday, January 21, 2024}}   Chaplain: Rev. {{NAME:Miriam Kaufusi}}
Visit to {{NAME:Juana Bojórquez}} ({{AGE:90}} y/o, MRN {{MRN:SB-0339912}}), {{FACILITY:Santa Rosa Hospice Suite}}, room 2, at request of daughter {{NAME:Lorena Bojórquez-Félix}}.
Patient is Yaqui and Catholic; from {{LOCATION:Old Pascua}} village, later {{LOCATION:Guadalupe}}. Family requested deer-dance song recording be played and that a pascola elder, Mr. {{NAME:Bernardino Tava}}, be allowed to visit after hours - approved with charge RN {{NAME:Irene}}.
Rosary prayed in Spanish with 9 family members. Pt responsive to voice, squeezed daughter's hand. Family expressed guilt about stopping dialysis ("¿la estamos matando?"); explored, normalized, affirmed pt's own decision from {{DATE:3/20}} family meeting.
Sacrament of the sick requested; called Fr. {{NAME:Yurkovich}} from {{FACILITY:San Martín de Porres Yaqui Chapel}} - he will come at 1600.
Grandson {{NAME:Adrián}} (Marine, stationed in {{LOCATION:Yokosuka}}) on video call.
Plan: follow daily; bereavement packet (Spanish) to {{NAME:Lorena}}; notify {{FACILITY:Funeraria Del Valle}} per family preference when time comes (contact {{PHONE:520-555-0126}}).
Time spent 75 min.`,
  `CODE BLUE RECORD
Date: {{DATE:05/30/2024}}   Location: ED bed 2   Code called 0412   Team arrived 0413
Patient: Unknown, Trauma Alpha (later identified as {{NAME:Dominic Hoskie}})   Temp MRN {{MRN:SB-T2405301}}   Est age 30s
Brought by {{FACILITY:Chuska Valley Ambulance}} from {{ADDRESS:US-491 MM 64}} (pedestrian struck) near {{LOCATION:Naschitti}}.
Initial rhythm: PEA, rate 40. CPR by EMS x 12 min prior.
0414 epi 1 mg IO; 0416 bilat finger thoracostomy - L: rush of air; 0418 pulse check: VF -> shock 200 J; 0420 amiodarone 300 mg; 0422 ROSC (HR 128, BP 74/40); MTP activated 0423 (2 units O-neg, 2 FFP).
ETT 7.5 placed by Dr. {{NAME:Pratt}} 0415, confirmed ETCO2 22.
0446 rearrest, asystole; 0458 resuscitation terminated after discussion; TOD 0458 on {{DATE:5/30/24}}.
Recorder: {{NAME:M. Tafoya}}, RN   Team leader: Dr. {{NAME:W. Pratt}}   RT: {{NAME:Kirby}}   Pharmacy: {{NAME:Yellowhair}}
OMI notified (case {{ID:OMI-24-1993}}) - body to OMI (NM); Navajo Nation Police Officer {{NAME:S. Begaye}} present, ID found in pocket: NN driver's license {{LICENSE:NN-07731244}}. Family (mother {{NAME:Irene Hoskie}}, {{LOCATION:Sheep Springs}}) notified by police 0630.
Organ donor registry: not registered; NM Donor Services notified ({{ID:NMDS-5521}}).`,
  `CLOZAPINE MONITORING - OUTPATIENT PHARMACY CLINIC
{{FACILITY:Sonoran Basin Behavioral Health}} - Pharmacy   Date: {{DATE:7/15/2024}}
Pt: {{NAME:Leon Attakai}}   DOB {{DATE:10/10/1992}}   MRN {{MRN:SB-0822305}}   Clozapine REMS (dispensing now by pharmacist judgment after REMS changes)
Dx: treatment-resistant schizophrenia (failed risperidone, olanzapine). Clozapine started {{DATE:1/8/2024}}; now 300 mg qhs. Month 6 -> ANC q2 weeks.
ANC today 2,480/µL (WNL). Trend: 3,100 ({{DATE:6/17}}), 2,900 ({{DATE:7/1}}).
Side effects: sialorrhea at night (glycopyrrolate 1 mg qhs helpful), constipation - BM q2-3 days on senna/docusate; added PEG 17 g. Wt 91.4 kg (+6 since start), A1c 5.9. No fever, sore throat. Troponin/CRP monitoring completed wk 4.
Adherence: group home staff at {{FACILITY:Tséyi' Transitional Living}} give meds; no missed doses.
Smoking: still 1 ppd - if quits, reduce dose (CYP1A2). Coffee 3 cups/d.
Plan: continue 300 mg; next ANC {{DATE:7/29}}; clozapine level at next draw; med rec faxed to house manager {{NAME:Norman Tsosie}} at {{FAX:928-555-0178}}.
Pharmacist: {{NAME:Priscilla Yellowhair}}, PharmD, BCPP   Psychiatrist: Dr. {{NAME:Hirschfeld}}`,
  `LAB CRITICAL VALUE NOTIFICATION LOG   {{FACILITY:SBCH Core Lab}}   Night shift {{DATE:11/09/2023}}
0012  K 6.9 (hemolyzed? no)  pt {{NAME:Cruz Apodaca}} MRN {{MRN:SB-0501274}}  called to {{NAME:D. Ahmadi}} RN, 6W   read back Y   tech {{NAME:rc}}
0047  Glucose 38  pt {{NAME:Bobbie Jo Kinlicheenie}} MRN {{MRN:SB-0932018}}  called to {{NAME:Lisa}} RN, ED   read back Y   tech {{NAME:rc}}
0135  Hgb 5.8  pt {{NAME:Ofilia Nuñez}} MRN {{MRN:SB-0413390}}  called to Dr. {{NAME:Brightwater}} (resident) via pager {{PHONE:6112}}   read back Y   tech {{NAME:mm}}
0210  Blood cx + GPC in clusters (1/2 bottles)  pt {{NAME:Raymond Tohannie}} MRN {{MRN:SB-0871120}}  called to {{NAME:J. Nakai}} RN, dialysis on call   read back Y
0322  Lactate 6.1  pt Unknown Male Zulu MRN {{MRN:SB-T2311090}}  called to ED charge {{NAME:M. Tafoya}}   read back Y
0405  INR 8.4  pt {{NAME:Lorenzo Tafoya-Baca}} MRN {{MRN:SB-0566213}}  called to {{NAME:Kenji Harada}} RN   read back Y (vit K ordered per pharmacy {{NAME:P. Yellowhair}})
0518  Troponin I hs 1,840 ng/L  pt {{NAME:Darnell Yazzie}} MRN {{MRN:SB-0448193}}  cath lab already aware
Unable to reach: none. Supervisor review {{NAME:Alan Tsethlikai}}, MLS {{DATE:11/09/2023 07:05}}`,
  `FAX COVER SHEET - CONFIDENTIAL HEALTH INFORMATION
From: {{FACILITY:Sonoran Basin County Hospital}} - Health Information Management   Fax {{FAX:520-555-0196}}   Phone {{PHONE:520-555-0195}}
To: {{FACILITY:Estrella Orthopedic Associates}}, attn: {{NAME:Shawna}} (referrals)   Fax {{FAX:(480) 555-0140}}
Date: {{DATE:Oct. 8, 2024}}   Pages (incl. cover): 14
RE: {{NAME:Cody Wayne Hatcher}}   DOB {{DATE:03/03/1972}}   MRN {{MRN:SB-0288761}}   Acct {{ACCOUNT:40091877234}}
Enclosed per signed authorization dated {{DATE:10/07/2024}}:
  - ED record {{DATE:06/22/2024}}; trauma consult; H&P
  - Op note: L leg fasciotomy {{DATE:6/23/2024}} (Dr. {{NAME:Oduya}})
  - Discharge summary {{DATE:6/29/2024}}; PT notes x 6
  - Imaging reports (XR L tib/fib {{DATE:6/22}}, {{DATE:7/15}})
Requested by: Dr. {{NAME:Kirsten Vandermolen}} for consult {{DATE:10/15/2024}} (Workers' comp claim {{ID:WC-24-881092}}, employer {{FACILITY:Diamond Bar Cattle Co.}}).
Sent by: {{NAME:Beverly Chischilly}}, ROI specialist, ext {{PHONE:2091}}
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you have received it in error, notify sender at the number above and destroy all copies. Redisclosure is prohibited by 42 CFR Part 2 where applicable.`,
  `Patient portal message / Mensaje del portal
From: {{NAME:Alejandra Montaño}} (proxy for son {{NAME:Emiliano Montaño}}, DOB {{DATE:1/22/2019}})
To: {{FACILITY:Desert Bloom Pediatric Clinic}} - Dr. {{NAME:Abara}}'s team
Sent: {{DATE:Mon 9/30/2024 9:14 PM}}
Subject: fiebre y sarpullido
"Buenas noches doctora, mi hijo {{NAME:Emiliano}} tiene calentura desde el sábado (39.2) y hoy le salieron manchitas rojas en las manos y en la boca. No quiere comer. En su escuela ({{FACILITY:Escuela Primaria Sunnyside Oeste}}) mandaron una nota que hay casos de mano-pie-boca. ¿Lo llevo mañana? Mi número es {{PHONE:520-555-0152}}. Gracias."
Reply {{DATE:10/1/2024 08:02}} - {{NAME:Lupita Sandoval}}, MA: "Sra. {{NAME:Montaño}}, gracias por escribir. Le hicimos una cita hoy a las 10:20 con la Dra. {{NAME:Abara}}. Si no puede tomar líquidos o tiene menos de 3 pañales/idas al baño en 24 horas, vaya a la sala de emergencias."
Visit {{DATE:10/1}}: HFMD (B08.4), coxsackie. Temp 38.4, vesicles palms/soles/posterior pharynx, well hydrated. Ibuprofen 10 mg/kg q6h, magic mouthwash not recommended <6. School note until fever-free 24 h. - {{NAME:N. Abara}}, MD`,
  `PHYSICAL THERAPY DAILY NOTE   {{DATE:06-26-2024}}   Visit 4 (inpatient)
Pt: {{NAME:Hatcher, Cody}}   MRN {{MRN:SB-0288761}}   Dx: s/p L leg fasciotomy for compartment syndrome after crotalid envenomation ({{DATE:6/23}}), wound VAC in place.
S: "I need to get back on a horse by fall." Pain 5/10 L calf. Slept ok. Wife {{NAME:Darla}} present.
O: Transfers sup->sit mod I. Sit->stand from 18" chair w/ FWW, CGA. Gait 120 ft with FWW, TTWB L (ortho order), 2 standing rests. Stairs: 4 steps, 1 rail + crutch, min A (home has 3 porch steps). L ankle DF AROM -5 deg (neutral not reached), PF 30. Knee flex 110. Edema L calf 41 cm (R 36).
Interventions: gait training 15 min, ther-ex (ankle pumps, quad sets, heel slides, towel DF stretch) 15 min, stair training 10 min, education on night splint (PRAFO) 8 min.
A: Progressing; DF limitation risk for equinus. Safe for home with wife's assistance; needs to avoid barn/stalls until cleared.
P: PRAFO ordered via {{FACILITY:Huachuca Orthotic & Prosthetic}}; outpt PT at {{FACILITY:San Pedro Valley Rehab}} ({{LOCATION:Benson}}) 2x/wk after d/c; home address {{ADDRESS:8850 E Aravaipa Rd}}, {{LOCATION:Winkelman}} AZ {{ZIP:85192}}.
{{NAME:Tamsin Locklear}}, PT, DPT   Time in 0905 / out 0953`,
  `CLINICAL NUTRITION ASSESSMENT
{{DATE:Jan 3 2024}}   Pt {{NAME:Anselmo Moroyoqui}}, {{AGE:92}} M, MRN {{MRN:SB-0054129}}, admitted from {{FACILITY:Ajo Copper Clinic}} for cellulitis / CHF.
Ht 165 cm (stated), Wt 54.3 kg, BMI 19.9. UBW 62 kg (summer 2023 per daughter {{NAME:Ofelia}}) -> 12% loss / 6 mo = severe.
Diet hx: lives with daughter in {{LOCATION:Why}}, eats 2 meals/d: beans, flour tortillas, caldo de res, Coca-Cola. Dentures poorly fitting. Meals on Wheels (via {{FACILITY:Western Pima Senior Center}}) 3x/wk.
NFPE: moderate temporal wasting, severe interosseous/clavicle wasting; grip weak. No edema currently after diuresis.
Labs: Alb 2.9 (acute phase - not used for dx), Na 134, K 3.6, Mg 1.8, Phos 2.4.
Dx: severe protein-calorie malnutrition (chronic illness) r/t poor intake & dentition AEB 12% wt loss in 6 mo, muscle wasting.
Intervention: 2 g Na cardiac diet liberalized to regular with soft texture per goals; Ensure Plus BID (700 kcal, 26 g pro); magic cup with lunch; offer Mexican menu options (arroz, frijoles, huevos con chorizo minus salt). Monitor refeeding (Phos daily x 3).
Goals: >=75% of meals; wt stable. Follow-up {{DATE:1/5/24}}.
{{NAME:Yvonne Castañeda-Platt}}, MS, RDN, ext {{PHONE:5541}}`,
  `ARIZONA SCHOOL IMMUNIZATION RECORD / MEDICAL EXEMPTION REVIEW
Student: {{NAME:Tayanita Bowman-Tso}}   DOB {{DATE:02/29/2012}}   Grade 7   School: {{FACILITY:Kinlichee Springs Middle School}}
Parent: {{NAME:Jolene Bowman}}   Address: {{ADDRESS:HC 63 Box 8110}}, {{LOCATION:Ganado}} AZ {{ZIP:86505}}   Phone {{PHONE:928-555-0134}}
Clinic: {{FACILITY:Ganado Wash Health Station}}   ASIIS ID {{ID:6618420095}}
Vaccine            Dates
DTaP/Tdap         {{DATE:04/30/2012}}  {{DATE:06/29/2012}}  {{DATE:08/30/2012}}  {{DATE:05/28/2013}}  {{DATE:03/01/2016}}  Tdap {{DATE:03/14/2024}}
IPV               {{DATE:04/30/2012}}  {{DATE:06/29/2012}}  {{DATE:11/20/2012}}  {{DATE:03/01/2016}}
MMR               {{DATE:03/05/2013}}  {{DATE:03/01/2016}}
Varicella         {{DATE:03/05/2013}}  {{DATE:03/01/2016}}
Hep B             birth ({{DATE:2/29/12}})  {{DATE:4/30/12}}  {{DATE:11/20/12}}
MenACWY           {{DATE:03/14/2024}}
HPV               {{DATE:03/14/2024}} (#1 of 2)
Note: School nurse Ms. {{NAME:Nakai}} requested review; 7th grade requirements (Tdap, MenACWY) met as of {{DATE:3/14/24}}. No medical exemption needed. HPV #2 due {{DATE:09/2024}}. Leap-day birthday noted for EHR age calc.
Reviewed by {{NAME:Corrine Yazzie-Harlan}}, RN, PHN   {{DATE:3/20/2024}}`,
  `DEATH PRONOUNCEMENT NOTE
Called by RN {{NAME:Irene Tsinnie}} at 0248 on {{DATE:01/23/2024}} to {{FACILITY:Santa Rosa Hospice Suite}}, rm 2.
Pt {{NAME:Juana Bojórquez}}, {{AGE:90}} yo F (DOB {{DATE:06/24/1933}}), MRN {{MRN:SB-0339912}}, comfort care since withdrawal of HD {{DATE:1/15/2024}}.
Exam: no response to verbal/tactile stimuli, pupils fixed and dilated, no breath sounds x 1 min, no heart sounds x 1 min, no carotid pulse.
Time of death: 0252, {{DATE:January 23, 2024}}.
Family at bedside: daughters {{NAME:Lorena}} and {{NAME:Patricia Bojórquez}}, grandson {{NAME:Adrián}} (video). Family requested time for Yaqui/Catholic prayers; body to remain in room until 0600 per their wishes - approved by nursing supervisor {{NAME:G. Haskie}}.
Cause of death (for certificate): ESRD with voluntary cessation of dialysis; contributing: ischemic cardiomyopathy, DM2.
ME case: not required (expected death, natural causes). Autopsy declined.
Attending Dr. {{NAME:Samuel Ortega-Lind}} notified by phone 0300. PCP Dr. {{NAME:Tomás Villalpando}} to be notified in AM.
Funeral home: {{FACILITY:Funeraria Del Valle}}, {{ADDRESS:1416 S 6th Ave}}, {{LOCATION:Tucson}}, {{PHONE:520-555-0126}} - called 0310.
Donor Network of Arizona referral # {{ID:DNA-2401-7719}}: tissue - declined by family.
{{NAME:Owen Brightwater}}, MD (PGY-2)   {{DATE:1/23/24 0320}}`,
  `INFECTION PREVENTION - MEASLES EXPOSURE WORKSHEET
Index: {{NAME:Oksana Hrytsenko}}, 4 yo (unvaccinated, recent travel {{LOCATION:Lviv}} -> {{LOCATION:Phoenix}} via {{LOCATION:Warsaw}}), seen {{FACILITY:SBCH Pediatric ED}} waiting room {{DATE:Feb 19, 2025}} 1815-2140; rash onset {{DATE:2/18/2025}}; measles IgM + PCR + per ADHS lab {{DATE:2/21}}.
Exposure window for waiting room: 1815 to 2340 (2 h after departure).
Exposed patients (partial list, follow-up by {{FACILITY:Sonoran Basin County Public Health}}):
 1. {{NAME:Benicio Ortiz}}, 9 mo, MRN {{MRN:SB-1311742}} - too young for MMR; IG given {{DATE:2/21}} (within 6 d). Mom {{NAME:Carla Ortiz}} {{PHONE:520-555-0157}}.
 2. {{NAME:Rylee Etsitty}}, 3, MRN {{MRN:SB-1190883}} - MMR x1; 2nd dose given {{DATE:2/21}}.
 3. {{NAME:Samir Haddad}}, 14, MRN {{MRN:SB-0987712}} - 2 doses documented.
 4. {{NAME:Gwendolyn Pike}}, 35, pregnant 22 wk, MRN {{MRN:SB-0714429}} - IgG pending; IVIG if neg. OB Dr. {{NAME:Ghosh}} aware.
Exposed staff: triage RN {{NAME:T. Halvorsen-Diaz}} (immune, titer 2019), registration clerk {{NAME:Marco}} (no records - excluded from work {{DATE:2/24}} - {{DATE:3/12}} pending titer).
Index family: father {{NAME:Taras Hrytsenko}}, {{ADDRESS:2041 W Calle Paraíso, Apt 12}}, {{LOCATION:Tucson}}; quarantined.
Prepared by {{NAME:Dolores Luján}}, RN, CIC   pager {{PHONE:2287}}   {{DATE:2/21/2025 16:05}}`,
  `{{FACILITY:SBCADC}} - WOMEN'S HEALTH / PRENATAL IN CUSTODY
DATE: {{DATE:3/6/2024}}   INMATE: {{NAME:BECENTI, RAYLENE}}   BOOKING {{ID:2024-102519}}   DOB {{DATE:7/19/1996}}
HOUSING: POD F (FEMALE), LOWER BUNK PASS ISSUED
G4P2 AT 20W3D BY US TODAY (EDD {{DATE:7/21/2024}}). PRIOR PNC: NONE THIS PREGNANCY. PRIOR DELIVERIES AT {{FACILITY:CROWNPOINT MESA HOSPITAL}} 2017, 2020.
OUD: ON BUPRENORPHINE/NALOXONE 8/2 MG BID CONTINUED FROM COMMUNITY (VERIFIED PDMP & {{FACILITY:FOUR DIRECTIONS MAT CLINIC}}). NO WITHDRAWAL.
LABS: HIV NEG, HEP C AB POS (RNA PENDING), RPR NR, GC/CT NEG, HBsAg NEG, BLOOD TYPE A POS, HGB 10.1. UDS: BUP ONLY.
US: SINGLE IUP, ANATOMY GROSSLY NL, PLACENTA ANTERIOR, AFI NL.
PLAN: PRENATAL VITAMIN, FE 325 DAILY, EXTRA MEAL TRAY/NIGHT SNACK (DIET ORDER), NO RESTRAINTS ABDOMEN PER ARS, TRANSPORT TO {{FACILITY:SBCH OB CLINIC}} FOR GLUCOSE TEST AT 24-28 WK. HEP C TX POSTPARTUM.
RELEASE DATE PER CLASSIFICATION: {{DATE:05/02/2024}}. LINKAGE: {{FACILITY:CLÍNICA FAMILIAR TRES CRUCES}} OB OR {{FACILITY:GALLUP WOMEN'S CARE}} - PT PREFERS {{LOCATION:GALLUP}} (MOTHER {{NAME:FLORENCE BECENTI}} IN {{LOCATION:CROWNPOINT}}, {{PHONE:505-555-0128}}).
OBSTETRIC PROVIDER: {{NAME:T. ARAGÓN}}, CNM (CONTRACT)   RN {{NAME:D. QUINTERO}}`,
  `EMS RUN REPORT - {{FACILITY:COCONINO HIGHLANDS FIRE}} MEDIC 22   INC# {{ID:CHF24-12-0088}}
DATE {{DATE:12/15/24}}  0612 DISPATCH  0640 ON SCENE  0711 DEPART  0758 AT {{FACILITY:FLAGSTAFF PINES MEDICAL CENTER}}
SCENE: VEHICLE OFF ROAD IN SNOW, {{ADDRESS:US-89 NB MP 438}}, N OF {{LOCATION:GRAY MOUNTAIN}}. VEH: 1998 FORD RANGER, NM PLATE {{VEHICLE:ANZJ 221}}.
PT: HOSTEEN {{NAME:TOM YELLOWHORSE}} (ELDER; "HOSTEEN" IS HONORIFIC PER DAUGHTER)   AGE {{AGE:91}}   DOB {{DATE:06/06/1933}}
HX PER DAUGHTER {{NAME:ROSEANNE}} BY PHONE ({{PHONE:928-555-0111}}): LEFT {{LOCATION:CAMERON}} 2200 LAST NIGHT TO DRIVE TO SISTER'S IN {{LOCATION:TUBA CITY}}. DEMENTIA (MILD). NO CELL.
FOUND IN CAB, ENGINE OFF, AMBIENT 14 F. RESPONDS TO PAIN ONLY. SKIN COLD, STIFF. CORE TEMP (ESOPH N/A) - TYMPANIC 84.2 F -> MODERATE/SEVERE HYPOTHERMIA (STAGE II-III).
VS: HR 38 IRREG (AFIB SLOW), BP 80/P, RR 8 SHALLOW, SPO2 UNREADABLE. BGL 62.
TX: GENTLE HANDLING, HORIZONTAL, WET CLOTHES CUT, HEATED BLANKETS, WARM IV NS 250 ML, D10 100 ML. NO EPI, NO ACLS MEDS (<86 F). PADS ON.
ENROUTE: VF AT 0733 -> 1 SHOCK, CPR 2 MIN, ROSC 0736. ECMO CENTER NOTIFIED.
CREW {{NAME:L. BEGAY}} (PM) / {{NAME:A. WINTERS}} (EMT)`,
  `H&P - MEDICINE ADMISSION
{{DATE:August 2, 2024}} 0130   Pt: {{NAME:Elías Trujillo}}   MRN {{MRN:SB-0599410}}   54 M   Source: pt, wife {{NAME:Maribel}}
CC: fever, painful lump in groin x 3 days.
HPI: sheepherder and part-time hand at {{FACILITY:Rancho Piedra Lumbre}} near {{LOCATION:Abiquiú}}, NM. On {{DATE:7/27}} he skinned a dead rock squirrel and found his dog with fleas. Onset {{DATE:7/29}} fever 40, chills, R inguinal swelling exquisitely tender. Seen at {{FACILITY:Chama River Urgent Care}} {{DATE:7/31}}, given cephalexin, worse.
Exam: T 39.8, HR 124, BP 96/58. Toxic. R femoral/inguinal bubo 4 x 3 cm, tender, erythematous, no fluctuance. Flea bites on ankles. Lungs clear. No petechiae/acral necrosis.
Labs: WBC 22.4 (bands 18%), plt 102K, lactate 3.3, Cr 1.5. Blood cx x2 sent. Bubo aspirate: gram-negative bipolar "safety-pin" coccobacilli.
A: Suspected bubonic plague (Yersinia pestis) with sepsis. DDx tularemia, staph lymphadenitis.
P: gentamicin 5 mg/kg IV daily + doxycycline 100 mg IV BID; droplet precautions x 48 h of abx (r/o pneumonic: CXR clear); notify lab (biosafety - sent to NM SLD); notify NMDOH epi on call (case {{ID:NM-EPI-24-0613}}); household/dog PEP doxy for wife and son {{NAME:Ezra}}.
Home: {{ADDRESS:County Rd 0155, #21}}, {{LOCATION:Medanales}} NM {{ZIP:87548}}; phone {{PHONE:505-555-0122}}.
{{NAME:Ingrid Solberg}}, MD / attending {{NAME:Nathaniel Okafor}}, MD`,
  `PETITION FOR COURT-ORDERED EVALUATION - CLINICAL AFFIDAVIT (excerpt)
Facility: {{FACILITY:Sonoran Basin Behavioral Health}} (screening agency)   Date: {{DATE:11/18/2024}}
Proposed patient: {{NAME:Gideon Lee Ashcroft}}   DOB {{DATE:3/3/1987}}   Last known address: {{ADDRESS:CR 4410 #7}}, {{LOCATION:Pearce}} AZ {{ZIP:85625}} (travel trailer behind {{FACILITY:Sunsites Mini Storage}})
Applicant: sister {{NAME:Rebecca Ashcroft-Dunn}}, {{PHONE:520-555-0144}}, home {{ADDRESS:1210 W Bisbee Ave}}, {{LOCATION:Willcox}}
Observations: On {{DATE:11/16/24}} pt fired a rifle at a "drone" over neighbor's property (deputy report # {{ID:CCSO-24-077183}}). Has not eaten in days per sister ("the food at {{FACILITY:Dollar Junction}} is poisoned"). Believes the {{FACILITY:Apache Nugget Mine}} where he was fired in {{DATE:August}} is sending signals through his fillings. Pressured speech, grandiose and persecutory delusions, no insight.
History: bipolar I, two prior COEs (2019 and {{DATE:5/2022}} at {{FACILITY:Cerro Azul Behavioral Hospital}}). Off lithium since spring.
Opinion: as a result of a mental disorder, pt is a danger to others and persistently or acutely disabled; unwilling to undergo voluntary evaluation.
Evaluating clinician: {{NAME:Eli Hirschfeld}}, MD   Second: {{NAME:Isabel Carranza}}, LCSW   Filed with Superior Court {{DATE:11/18/2024 15:40}}`,
  `TB CONTACT INVESTIGATION - SCHOOL SETTING
{{FACILITY:Sonoran Basin County Public Health TB Program}}   Index case {{ID:TB-2024-0058}} ({{NAME:Orlando Benally}}, school bus driver)
Site: {{FACILITY:Agathla Peak Boarding School}} and Route 12 bus ({{LOCATION:Dennehotso}} - {{LOCATION:Mexican Water}})
Infectious period: {{DATE:5/31/2024}} to {{DATE:8/31/2024}} (3 mo before symptom onset/positive smear). School in session {{DATE:8/5}}-{{DATE:8/30}} only; summer route {{DATE:June 3-28}} for summer program.
Priority contacts (bus riders >=8 h cumulative): 41 students, 2 aides. Principal {{NAME:Delbert Haskan}} provided rosters {{DATE:9/6}}.
Testing day {{DATE:9/12/2024}} at school gym: IGRA (age >=2) / TST for <2 not applicable. Consent forms in English and Navajo; bilingual PHN {{NAME:Loretta Etsitty}}.
Results (as of {{DATE:9/20}}): 38 tested, 3 IGRA positive (1 prior known LTBI), 35 neg; 3 absent - home visits scheduled.
 - {{NAME:Kimora Begay}}, 10, IGRA pos, CXR neg -> LTBI, 4R started {{DATE:9/18}}.
 - {{NAME:Jonah Whitesinger}}, 8, IGRA pos, CXR hilar fullness -> referred {{FACILITY:SBCH Pediatric Infectious Disease}}; gastric aspirates x3.
 - Aide {{NAME:Marlena Chee}}, 46, IGRA pos, asymptomatic, CXR neg -> 3HP.
Window prophylaxis for <5 yo household contacts of index (grandkids {{NAME:Aubree}} and {{NAME:Dax}}).
Retest negatives 8-10 wk after last exposure: {{DATE:week of 11/4/2024}}.
Report to Navajo Nation epi program + ADHS. Prepared {{NAME:Carol Whitsett}}, RN`,
  `DIALYSIS - TRANSIENT PATIENT ADMISSION
{{FACILITY:Red Mesa Dialysis Center}} - satellite {{FACILITY:Nogales Kidney Center}}   Date {{DATE:12/27/2023}}
Paciente: {{NAME:Rigoberto Félix Urías}}   DOB {{DATE:30/04/1966}}   Home unit: {{FACILITY:Unidad de Hemodiálisis San Rafael}}, {{LOCATION:Hermosillo}}, Sonora, México
Visiting daughter in {{LOCATION:Nogales}} for the holidays ({{DATE:12/24/23}} - {{DATE:1/6/24}}); address here {{ADDRESS:640 N Morley Ave, Apt 3}}, tel {{PHONE:520-555-0163}}. Mexican cell {{PHONE:+52 662 555 0177}}.
Payment: self-pay / daughter's card; estimate given; acct {{ACCOUNT:7730042118}}.
Records received by fax from Dr. {{NAME:Héctor Gámez Lerma}} ({{DATE:20/12/2023}}): HD 3x/sem, 4 h, Qb 350, dializador FX80, heparina 3000 UI, peso seco 68.5 kg, HBsAg neg ({{DATE:nov 2023}}), HCV neg, HIV neg.
Access: R forearm AVF, good thrill. No catheter.
Today: pre-wt 71.2 kg, BP 164/88. UF 2.7 L. Tolerated; mild cramping last 20 min.
Meds brought: losartán 50 mg, carbonato de calcio, complejo B, eritropoyetina 4000 UI 3x/sem (bringing own vials - policy: cannot administer outside med; used unit ESA per order).
Next treatments {{DATE:12/29}}, {{DATE:1/2}}, {{DATE:1/4}}. Transport: daughter {{NAME:Karla Félix}}.
Interpreter: staff RN {{NAME:Beatriz Orozco}} (qualified bilingual). MD: Dr. {{NAME:Ortega-Lind}}`,
  `{{FACILITY:Sonoran Basin County Hospital}}
Department of Family Medicine - {{FACILITY:Sells Outreach Clinic}}
{{ADDRESS:Hwy 86 & Topawa Rd}}, {{LOCATION:Sells}}, AZ {{ZIP:85634}}

{{DATE:April 29, 2024}}

{{FACILITY:Ha:sañ Elders Day Program}}
Attn: Program Director

RE: {{NAME:Manuel José Antone}}, DOB {{DATE:10/02/1929}} ({{AGE:94}})

Dear Director,
Mr. {{NAME:Antone}} is my patient and is medically able to attend your day program 3 days a week. He has mild vascular dementia, hypertension and hearing loss (hearing aids both ears, Phonak Audéo, serials {{DEVICE:2219XK04}} / {{DEVICE:2219XK11}} - please help him remove them before naps). He uses a cane and should be seated for meals. Diet: diabetic, soft; he enjoys traditional foods (ha:l, bawi).
Medications given at home by his granddaughter {{NAME:Tessa Antone-Ramirez}}; none needed during program hours except nitroglycerin 0.4 mg SL as needed for chest pain (supply in his bag, lot exp 3/2025), and please call 911 and her ({{PHONE:520-555-0104}}) if used.
Sincerely,
{{NAME:Arlene Cachora}}, MD`,
  `NICU PROGRESS NOTE - TWINS   DOL 12   {{DATE:7/14/2024}}
Twin A: {{NAME:Maya Lucero-Nakai}}  MRN {{MRN:SB-1320014}}   Twin B: {{NAME:Mila Lucero-Nakai}}  MRN {{MRN:SB-1320015}}
Born {{DATE:07/02/2024}} at 32w1d, di/di, mother {{NAME:Celeste Lucero}} (MRN {{MRN:SB-0855123}}), father {{NAME:Kenneth Nakai}}.
TWIN A ({{NAME:Maya}}): wt 1790 g (BW 1710). RA. No A/B/D x 72 h; caffeine 5 mg/kg/d. Feeds 28 mL q3h EBM + HMF 24 kcal, PO 40% (cue-based). Bili 7.1, off photo. Exam: soft 2/6 systolic murmur LUSB - echo {{DATE:7/13}}: small PDA, L->R, no intervention. Plan: advance PO, wean isolette.
TWIN B ({{NAME:Mila}}): wt 1525 g (BW 1580) - slow. NC 1 L 25%. 3 bradys with feeds yesterday, self-resolved. Feeds 24 mL q3h NG over 45 min, PO not started. Hct 29 - transfused PRBC 15 mL/kg {{DATE:7/13}} (donor unit W0423 24 118820 irradiated). Abd soft. Plan: continuous feeds trial if bradys persist; HUS repeat {{DATE:7/16}} (DOL 14); ROP exam {{DATE:7/30}}.
Family: mom pumping 600 mL/d, staying at {{FACILITY:Casa de los Niños Family House}} across the street; dad returned to work at {{FACILITY:Ganado Red Feed & Hay}}. Grandma {{NAME:Viola Nakai}} visited from {{LOCATION:Klagetoh}} with cradleboard for later.
Care conf set for {{DATE:Fri 7/19}} at 1300 (SW {{NAME:Hannah Lisowski}}).
{{NAME:C. Delgado-Hunt}}, NNP / Dr. {{NAME:Raghunathan}}`,
  `Consulta de telemedicina / Telehealth video visit
{{FACILITY:Clínica Familiar Tres Cruces}} - Medicina Familiar   {{DATE:viernes 6 de septiembre de 2024}}, 15:30 (video, Doxy.me)
Paciente: {{NAME:Hilario Encinas Bustamante}}   FDN {{DATE:22/11/1958}}   Expediente {{MRN:TC-118340}}   Ubicación del paciente: su casa en {{LOCATION:Patagonia}}, AZ
Consent for telehealth obtained verbally in Spanish. Hija {{NAME:Rocío}} helps with the phone.
S: Seguimiento de diabetes e hipertensión. Glucosas en ayunas 140-190. Dice "se me acabó la metformina hace dos semanas" - la farmacia ({{FACILITY:Farmacia Santa Cruz}}) needed a new Rx. Dolor en los pies "como hormigas" at night. No chest pain. Works as a mechanic at {{FACILITY:Taller Mecánico Los Hermanos}} in {{LOCATION:Nogales}}.
O (patient-reported/video): BP home cuff 152/94, 148/90. Wt 88 kg (báscula de casa). No visible foot wounds on camera; daughter showed soles.
Labs {{DATE:8/28/24}}: A1c 9.4, Cr 1.1, eGFR 74, UACR 88 mg/g, LDL 132.
A/P: DM2 uncontrolled - restart metformin 1000 mg BID, add empagliflozin 10 mg (renal/CV protection). HTN - add amlodipine 5 mg to losartan 50 mg. Neuropathy - gabapentin 100 mg qhs, podiatry in person. Statin - atorvastatin 40 mg.
Next: in-person visit {{DATE:10/4/2024}} with labs; diabetic eye photos. Rx sent e-scribe to {{FACILITY:Farmacia Santa Cruz}}, tel {{PHONE:520-555-0135}}.
{{NAME:Tomás Villalpando}}, MD`,
  `URGENT CARE NOTE   {{FACILITY:Carr Canyon Walk-In Clinic}}   {{DATE:07/05/2024}} 00:40
Pt: {{NAME:Brayden Kuykendall}}, 16 M, DOB {{DATE:01/11/2008}}, acct {{ACCOUNT:UC-55190372}}. Accompanied by father {{NAME:Duane Kuykendall}}.
HPI: {{DATE:July 4th}} party at family friend's property ({{ADDRESS:4120 S Moson Rd}}, {{LOCATION:Hereford}}); a mortar-style firework (purchased across state line) tipped and discharged toward his R hand/face at ~2300.
Exam: R hand - partial-thickness burns thenar and dorsal 1st web space (~2% TBSA), small embedded debris; 2 cm laceration R index finger, FDP/FDS intact, sensation intact, cap refill <2 s. Face: singed eyebrows, superficial burns R cheek. Eyes: VA 20/20 OU, fluorescein - no abrasion, no foreign body; no hyphema. Hearing: "ringing", TMs intact.
XR R hand: no fx, no retained radiopaque FB.
Tx: irrigation, debridement of blisters, bacitracin + Xeroform, lac closed 4-0 nylon x 4. Tdap: none on record - given. Ibuprofen.
Dispo: burn clinic f/u within 48 h - referred to {{FACILITY:Saguaro University Medical Center}} burn center, appt {{DATE:7/6}}; hand therapy if stiffness. Return for fever, spreading redness.
School: {{FACILITY:Buena Vista Ranch High School}} football - no contact x 2 wks.
{{NAME:Corinne Feldhaus}}, PA-C   Supervising Dr. {{NAME:Raúl Echeverría}}`,
  `INTERFACILITY TRANSFER FORM - HOSPITAL TO SKILLED NURSING
From: {{FACILITY:Sonoran Basin County Hospital}}, 5 East rm 518   To: {{FACILITY:Ocotillo Gardens Care Center}}, {{ADDRESS:901 W Fry Blvd}}, {{LOCATION:Sierra Vista}} AZ {{ZIP:85635}}
Transfer date/time: {{DATE:10/19/2024 1400}}   Mode: wheelchair van ({{FACILITY:Dinétah Medical Van Service}})
Resident: {{NAME:Genevieve Manygoats}}   DOB {{DATE:03/17/1930}}   Age {{AGE:94}}   MRN {{MRN:SB-0012996}}
Medicare {{HEALTH_PLAN:4HC1-PV2-XN55}}   AHCCCS ALTCS {{HEALTH_PLAN:A00419935}}
Code status: DNR/DNI (POLST attached). MPOA: son {{NAME:Franklin Manygoats}} {{PHONE:928-555-0198}}, email {{EMAIL:fmanygoats.ganado@examplemail.com}}.
Dx: CAP and E. coli UTI (treated), AFib, CKD 3b, delirium (resolved), deconditioning.
Isolation: none. MDROs: none. COVID test neg {{DATE:10/18}}.
Meds: apixaban 2.5 mg BID (last 0900), metoprolol tartrate 12.5 mg BID, melatonin 3 mg qhs, acetaminophen 650 mg q6h prn, senna 8.6 mg qhs.
Skin: intact; heels offloaded. Foley: removed {{DATE:10/16}}, voiding.
Diet: mechanical soft, thin liquids. Feeds self with setup. Likes mutton, blue corn mush, coffee with sugar.
Language: Dine only - family interprets; please use phone interpreter for consent.
Reason for SNF (not home to {{LOCATION:Ganado}}): needs 24 h assist, no running water at daughter's home.
Follow-up: PCP Dr. {{NAME:Etsitty}} via telehealth {{DATE:11/2024}}; cardiology PRN.
RN report given to {{NAME:Maureen Platt}}, LPN at receiving facility, 1320. Sending RN {{NAME:Carlos Tsosie}}`,
  `OPERATIVE NOTE - POSTPARTUM HEMORRHAGE
Date: {{DATE:01/12/2024}}   Surgeon: {{NAME:Anjali Ghosh}}, MD   Assist: {{NAME:Owen Brightwater}}, MD   Anesthesia: {{NAME:Viktor Lindqvist}}, MD (GA after spinal)
Patient: {{NAME:Rosa Elena Quiñonez Barraza}}   MRN {{MRN:SB-0637720}}   25 yo G3P3
Preop dx: PPH, uterine atony refractory to uterotonics, after SVD at 1407 (CNM {{NAME:Aragón}}).
Postop dx: same, plus 3 cm L cervical laceration.
Procedures: exam under anesthesia; repair of cervical laceration; Bakri balloon placement (400 mL); no laparotomy.
Findings: boggy uterus, no retained placenta on bedside US. Cervical lac at 3 o'clock, actively bleeding.
Uterotonics given: oxytocin 40 u/500 mL, methylergonovine 0.2 mg IM (BP 118/70), carboprost 250 mcg IM x2, misoprostol 800 mcg PR. TXA 1 g IV at 1431 and 1500.
QBL: 2,150 mL. Blood: 3 u PRBC, 1 u FFP. Hgb nadir 7.2. Fibrinogen 210.
Specimens: none. Drains: Foley, Bakri. Complications: none further. Counts correct.
Disposition: {{FACILITY:SBCH Labor & Delivery}} recovery, then ICU bed 4 for monitoring; Bakri out in 12-24 h.
Husband {{NAME:Martín}} updated in Spanish via interpreter {{NAME:Alma Durazo}} at 1610; he called her mother in {{LOCATION:Magdalena de Kino}}.
Dictated {{DATE:01/12/2024 16:45}} / {{NAME:sjr}}`,
  `CHILD PROTECTION TEAM CONSULT - CONFIDENTIAL
{{DATE:November 7, 2023}}   Requested by ED (Dr. {{NAME:Jude Paquette}})
Patient: {{NAME:Elijah Cruz-Henderson}}, 4 mo M, MRN {{MRN:SB-1250991}}, DOB {{DATE:07/02/2023}}
Caregivers: mother {{NAME:Sierra Henderson}} (19), mother's boyfriend {{NAME:Trevor Wolfe}} (not bio father), maternal aunt {{NAME:Kelsey}}. Live at {{ADDRESS:1775 E Ocotillo Ln, Unit B}}, {{LOCATION:Safford}} AZ.
Presentation: "fussy, not moving L arm" x 2 days. No trauma history offered; boyfriend later said infant "rolled off the couch" {{DATE:11/4}}.
Findings: L mid-shaft humerus fx (spiral). Skeletal survey: healing posterior R rib fxs 5-7 (est 2-4 wk), classic metaphyseal lesion distal L femur. Head CT: small L parietal SDH, no fracture. Ophtho (Dr. {{NAME:Kowal}}): multilayered retinal hemorrhages OS. Bruise R ear pinna (TEN-4-FACESp positive). Labs: CBC, coags, vWF, LFTs/lipase, UA normal; Ca/Phos/ALP/PTH/25-OH vit D normal.
Assessment: findings highly concerning for physical abuse (multiple fxs of different ages, SDH, retinal hemorrhages), no medical explanation.
Actions: report to DCS hotline {{DATE:11/7/23 1820}}, intake # {{ID:DCS-2311-448120}}; county sheriff notified (deputy {{NAME:L. Bustamante}}); siblings: none. Daycare: {{FACILITY:Little Sprouts Learning Center}}. Admit Peds 3 North with safety plan (supervised visits only).
{{NAME:Helena Marquardt}}, MD, Child Abuse Pediatrics`,
  `{{FACILITY:CEDAR CREEK HEALTH STATION}} - ADULT CLINIC VISIT
DATE OF SERVICE: {{DATE:19 MAR 2024}}   PROVIDER: {{NAME:R. DECLAY}}, MD   MA: {{NAME:J. HINTON}}
PT: {{NAME:ALVINA KESSAY-GOODE}}   DOB: {{DATE:11 JUN 1961}}   CHART: {{MRN:CC-003318}}   TRIBAL CENSUS # {{ID:WMAT-14229}}
ADDRESS: {{ADDRESS:PO BOX 5581}}, {{LOCATION:WHITERIVER}} AZ {{ZIP:85941}}   PH: {{PHONE:928-555-0117}}
CC: F/U DM2, HTN, "KNEE STILL BAD"
VITALS: BP 138/84  P 76  WT 97 KG  BMI 37.9  A1C (POC) 7.8 (WAS 8.6)
HPI: 62 YO F, WORKS AS COOK AT {{FACILITY:SUNRISE RIDGE CASINO}} DELI, STANDS 8 H. R KNEE PAIN 6/10, WORSE ON STAIRS. TRIED NAPROXEN (STOPPED - GERD). WALKS W/ HUSBAND {{NAME:LEROY GOODE}} EVENINGS.
EXAM: R KNEE CREPITUS, SMALL EFFUSION, MEDIAL JOINT LINE TTP, MCMURRAY NEG, LACHMAN NEG. FEET: MONOFILAMENT 10/10 BILAT, NO ULCERS.
XR R KNEE {{DATE:03/05/24}}: KELLGREN-LAWRENCE GRADE 3 MEDIAL OA.
A/P: 1) DM2 IMPROVING - CONT METFORMIN 1000 BID, SEMAGLUTIDE 0.5 MG WKLY -> 1 MG. 2) HTN - CONT LISINOPRIL 20. 3) R KNEE OA - INTRA-ARTICULAR TRIAMCINOLONE 40 MG TODAY (CPT 20610, LOT 7HT22), PT REFERRAL, DICLOFENAC GEL. 4) HEALTH MAINT: MAMMO DUE - MOBILE UNIT {{DATE:4/11}}; FIT KIT GIVEN; SHINGRIX #2.
RTC 3 MO ({{DATE:JUNE 2024}}). {{NAME:RD}}/{{NAME:jh}}`,
  `home health skilled nursing - iv antibiotic visit  {{FACILITY:manos amigas home care}}
{{DATE:thurs 8/22/24}} 1500-1600   pt {{NAME:desiree altaha}}  dob {{DATE:4/26/79}}  mrn {{MRN:sb-0690132}}
lives {{ADDRESS:hc 1 box 19-b}}, {{LOCATION:bylas}} az; adobe home 0.5 mi off hwy 70 past {{FACILITY:bylas feed & grocery}}, green gate.
dx: post-op intra-abdominal abscess after lap chole ({{DATE:8/8}}), drained by ir {{DATE:8/16}}; on ertapenem 1 g iv q24h via r arm picc through {{DATE:8/30}}.
picc: 4 fr single lumen, placed {{DATE:8/17/24}}, ext length 1 cm (unchanged), arm circ 29 cm (baseline 29). dressing/statlock changed, chg patch, flushed 10 ml ns pre/post, blood return +.
drain: jp drain output 15 ml/24h serous per pt log ({{DATE:8/21}}: 20 ml). site clean.
vs: t 36.9, hr 84, bp 122/78. pain 2/10. eating, no n/v/d.
labs drawn for {{FACILITY:sbch lab}}: cbc, bmp, crp - courier {{NAME:omar}} picked up 1545.
infusion given 1510-1540, no reaction. pt's sister {{NAME:jolene}} trained in emergency clamp, return demo ok.
pt reports husband {{NAME:terrence}} started work at {{FACILITY:dripping springs copper mine}} night shift - she is alone nights; has neighbor mrs. {{NAME:nosie}}'s number.
surgeon dr {{NAME:oduya}} notified of drain output via msg. next visit {{DATE:8/24}}. 
{{NAME:g. ibarra}}, rn  cell {{PHONE:520-555-0108}}`,
  `MOBILE VACCINE & SCREENING VAN - EVENT LOG
Site: {{FACILITY:Kom Vo Community Hall}}, {{LOCATION:Kom Vo}} village   Date: {{DATE:Saturday 10/26/2024}}   Hours 0900-1500
Sponsor: {{FACILITY:Sonoran Basin County Public Health}} with district CHRs   Van lead: {{NAME:Beto Fimbres}}, CHW
Staff: {{NAME:Carol Whitsett}} RN; {{NAME:Naomi Feld}} FNP; {{NAME:Aurora Lewis}} (O'odham interpreter); driver {{NAME:Gus Romero}}.
Summary: 47 clients. Flu 39, COVID 2024-25 31, RSV (60+) 12, Tdap 4, Shingrix 9, PCV20 7, HPV 2. A1c POC 18 (6 >= 9% referred). BP checks 41. Hep C Ab rapid 22 (1 reactive -> confirmatory draw; client {{NAME:Felipe Juan}}, MRN {{MRN:SB-0764410}}, phone {{PHONE:520-555-0131}}, f/u at {{FACILITY:Sells Outreach Clinic}} {{DATE:11/4}}).
Adverse events: {{NAME:Rosalind Francisco}} ({{AGE:96}}), vasovagal after flu shot, observed 30 min, BP 104/60 -> 126/70, family drove her home to {{LOCATION:Pisinemo}}.
Notes: one client ({{NAME:Edmund Ortiz}}, 71) asked for TB skin test for job at {{FACILITY:Ajo Solar Array Project}} - not offered on van; referred to TB clinic.
VAERS: none. Temperature log: fridge 4.1-5.2 C, freezer -20.4 C (TempTrak logger).
Next event: {{FACILITY:Topawa Chapel}} hall, {{DATE:Nov. 9, 2024}}.
Compiled by {{NAME:B. Fimbres}} {{DATE:10/28/24}}`,
];

export const HELDOUT_REALISTIC_19_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout19-${i + 1}`, n));
