// A twenty-sixth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, cities and
// counties are real places used only as LOCATION). Its flavour is the EHR export of a large
// Texas / New Mexico / Arizona health system: Epic-like notes with smart-phrase residue ("***",
// blank "@NAME@"-style fields, which are not PHI), Hispanic and Native American (Navajo, Tohono
// O'odham, Pueblo) names with compound surnames, accents and honorifics (Don, Doña, Sra., tío),
// bilingual Spanish/English text, colonia, ranch, rural-route and chapter-house addresses, IHS
// clinics and health stations, border-town clinics, county, critical-access and trauma hospitals
// written in full and by abbreviation, oil-field, ranch, dairy and farm employers, migrant workers,
// school nurses, community health workers (promotoras), in Title case, ALL CAPS and lower-case
// shorthand. Shapes: ED triage and ED notes, trauma H&P, OB/L&D and postpartum, NICU, dialysis
// run sheets and monthly notes, wound care, pharmacy refills and anticoagulation, portal messages,
// telephone encounters, discharge instructions, letters to employers and schools, prior-auth, DME,
// home health, hospice, case management, social work, behavioral health, lab, imaging, pathology,
// occupational health, detention-center and EMS records, fax covers and release-of-information.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles,
// honorifics (Dr., Sra., Sr., Don, Doña, Tía, Fr., Rev., Pres.) and credentials (RN, MD, CHW) stay
// outside NAME spans; typist initials and staff user names are NAME; a time attached to a full
// date is part of it; a weekday written with a date is part of it; a month and day without a year,
// a month with a year and a date range written as one token are DATE; a year alone, a month
// alone, a season with a year, weekdays alone, clock times alone (also ones that look like years,
// "delivered 2019"), POD/HD/GA counts and ages of 89 and under are not PHI, ages of 90 and over are
// AGE; payers (AHCCCS, Medicaid, Centennial Care, BCBS, Medicare, Texas Mutual) and state, federal,
// consular and tribal agencies (IHS as an agency, Border Patrol, NMDOH, a municipal PD) are not
// PHI, nor are states, countries, and tribes or nations named as an affiliation or language
// (Navajo, Tohono O'odham, Zuni); a named pueblo, chapter, colonia, district, town or county where
// someone lives or was is LOCATION, and so is a city abroad; a chapter house, health station,
// hospital, clinic (also its abbreviation, e.g. OMRMC), named ward or pod, school or school
// district, employer, ranch or well pad named as a workplace, church, shelter, detention center,
// pharmacy, lab, EMS or transport agency, funeral home and home-care agency is FACILITY; street
// addresses, a street or road named as where someone lives or goes, rural-route, HC and PO boxes
// and highway mile markers are ADDRESS (unit included), ZIP is separate, while a highway named
// alone (US-285, I-10, Loop 375) is not marked; insurer, Medicare and Medicaid member and group
// numbers are HEALTH_PLAN; account, CSN, FIN, billing and claim numbers are ACCOUNT; NPI, DEA,
// NRCME, state and driver's (incl. CDL) licences are LICENSE; plates and VINs are VEHICLE; pump,
// CGM, CPAP, concentrator, port, ECMO, INR-meter, H2S-monitor, camera and dialysis-machine serials
// are DEVICE; accession, order, referral, authorization, case, incident, report, booking, property,
// prescription and employee/interpreter/student numbers are ID; short in-house extensions and
// pagers are PHONE; lot, NDC, CLIA, BIN/PCN, facility and agency provider numbers, room, bed,
// chair, rig and unit numbers, CPT/ICD codes, device models and eponyms are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9293 / 0.9402; pass-11 engine (789a1c5) 0.9586 / 0.9337; pass-12 final engine (22820de, the same output as
// 978114a) 0.9650 / 0.9442.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1
  `ED TRIAGE NOTE - {{FACILITY:OMRMC}} EMERGENCY DEPT
Arrival: {{DATE:03/14/2024 02:47}}    Mode: EMS ({{FACILITY:Pecos Star Ambulance}} Medic 7)
Pt: {{NAME:GARCIA-RUIZ, JOSE MARIA}}    MRN {{MRN:40917733}}    CSN {{ACCOUNT:300118842571}}
DOB {{DATE:07/22/1988}}   35 y.o. M   Pref lang: Spanish (interp ID {{ID:4471}}, phone)

CC: "se me cayó el rack de tubería en la pierna" - R lower leg crush injury at work approx 0130
Employer: {{FACILITY:Black Gap Drilling}}, rig 22, lease road off {{ADDRESS:NM-31 mile marker 14}} near {{LOCATION:Loving}}
Pt states he was pinned ~10 min, coworkers lifted pipe w/ forklift. No LOC. Denies neck/back pain.

ESI: 2
BP 148/92  HR 118  RR 22  SpO2 96% RA  T 36.8  Pain 9/10
GCS 15. R leg splinted by EMS, pedal pulse dopplerable per medic, cap refill 3 sec.
Allergies: PCN (hives)   Tetanus: *** pt unsure
Meds: none   PMH: none   Tob: 1/2 ppd

Contact: wife {{NAME:Yesenia Ruiz}} en route from {{LOCATION:Carlsbad}}, cell {{PHONE:(575) 555-0162}}
Safety supervisor {{NAME:Dwayne Pruitt}} called, {{PHONE:575-555-0187}} - workers comp claim to follow
Trauma alert Level II called 0252, Dr. {{NAME:Ilse Vandermeer}} notified.

Triage RN: {{NAME:K. Whitehorse}}, RN   {{DATE:03/14/24 0251}}`,
  // 2
  `L&D TRIAGE / ADMISSION H&P
{{FACILITY:Mesilla Valley Women's Pavilion}} - {{FACILITY:Organ Mesa Regional Medical Center}}
Patient: {{NAME:María Guadalupe Chávez Olivas}}   MRN: {{MRN:0088412}}   DOB: {{DATE:11/02/2001}}
Admit: {{DATE:Sat 06/08/2024 21:15}}

22 y.o. G2P1001 @ 39w2d by 8 wk US, EDD {{DATE:06/13/2024}}, presents w/ ctx q4-5 min since 1600, +LOF ~1900 clear fluid. Habla español, prefiere intérprete. Esposo {{NAME:Rubén Olivas}} at bedside.
PNC at {{FACILITY:Centro de Salud La Unión}} ({{LOCATION:Anthony}}), 9 visits. Prenatal labs: O+, Ab neg, RI, HBsAg neg, HIV neg, RPR NR, GBS NEG on {{DATE:5/21}}. 1hr GTT 118.
OB hx: 2021 NSVD 3280 g, uncomplicated (@DELIVERYHOSP@ not filled).

Exam: BP 124/78, P 92, T 37.0. FHT 140s mod var +accels, no decels, Cat I.
SVE 5/80/-1, vtx. Nitrazine +, ferning +.

A/P: SROM, active labor, term.
- admit to L&D rm 4
- CBC, T&S
- epidural on request, pt desires
- GBS neg, no ppx
- expectant mgmt, anticipate NSVD
Contact: esposo cel {{PHONE:915-555-0134}}; hermana {{NAME:Lupita Chávez}} {{PHONE:915-555-0190}}

{{NAME:Nathaniel Ortiz-Baca}}, MD (OB hospitalist)  pgr {{PHONE:4412}}
cc: {{NAME:Rosa Elena Ibarra}}, CNM`,
  // 3
  `HEMODIALYSIS TREATMENT RECORD
{{FACILITY:Red Mesa Dialysis Unit}} - {{LOCATION:Gallup}}, NM   Chair 9   Shift 2 (MWF)
Pt: {{NAME:BEGAY, NIZHONI R}}   MRN {{MRN:RM-220917}}   DOB {{DATE:04/30/1961}}
Tx date: {{DATE:Wed 01/17/2024}}
Access: L AVF (placed {{DATE:Oct 2019}}), thrill/bruit +, 15g x2 needles
EDW 71.0 kg   Pre wt 74.3   Post wt 71.4   UF goal 3.2 L   UF actual 2.9 L
Pre BP 168/88 HR 76    Post BP 132/70 HR 80
Dialyzer: Optiflux F180NR   Bath 2K/2.5Ca   Qb 400  Qd 600   Heparin 1000u bolus
Machine: Fresenius 2008T  SN {{DEVICE:8TPB442109}}
0935 pt c/o cramping both legs, UF paused 10 min, NS 200 mL given, resolved.
1120 off, hemostasis 8 min both sites.
Transport: {{FACILITY:Chuska Ride Van Service}} van, pickup from {{FACILITY:Coyote Canyon Wash Chapter House}}. Pt lives 42 mi north, {{ADDRESS:HC 61 Box 1180}}, {{LOCATION:Naschitti}} {{ZIP:87325}}. No phone at home; message via granddaughter {{NAME:Shandiin Begay}} {{PHONE:(505) 555-0117}}.
Pt reports missed Monday tx d/t road washout.
RN: {{NAME:Lorraine Tsosie}}, RN   PCT: {{NAME:Marcus Yazzie}}
Nephrologist rounding {{DATE:1/19}}: Dr. {{NAME:Farouk}}`,
  // 4
  `WOUND CARE CLINIC - PROGRESS NOTE
{{FACILITY:Pecos Basin County Hospital}} Outpatient Wound Center
Pt: {{NAME:Eusebio Tafoya}}  DOB {{DATE:2/9/1957}}  MRN {{MRN:PB0043391}}
DOS: {{DATE:08/22/2023}}   Visit #7

S: 66yo M w/ DM2 (A1c 9.8 on {{DATE:7/30/23}}), PAD, here for L plantar 1st MTH ulcer. States he "keeps working the cattle," wears boots all day at {{FACILITY:Tres Cruces Ranch}} outside {{LOCATION:Fort Sumner}}. Offloading boot "doesn't fit in the stirrup." Wife {{NAME:Adelina}} does dressing changes.

O: Wound L plantar 1st MTH
 L 2.1 x W 1.8 x D 0.4 cm (prev 2.4 x 2.0 x 0.5 on {{DATE:8/15}})
 base 70% granular, 30% slough, mod serous drainage, no odor, periwound callus
 probe to bone: neg. DP 1+, PT doppler only. ABI L 0.68 ({{DATE:June 2023}})
 Wagner grade 2

Procedure: selective sharp debridement 2.3 sq cm, CPT 97597, curette, to bleeding base. Tol well.
Dressing: Aquacel Ag, 4x4, kerlix. Total contact cast declined again.

A/P: DFU improving slowly. Offloading counselled (again). Vascular referral to Dr. {{NAME:Hollis Crandall}} at {{FACILITY:Bottomless Lakes Vascular Associates}}, fax {{FAX:575-555-0148}}. RTC 1 wk.

{{NAME:Teresa Montoya-Sisneros}}, RN, CWOCN / {{NAME:Alan Redhouse}}, DPM
{{NAME:tm}}/{{NAME:jr}}`,
  // 5
  `Telephone Encounter
{{FACILITY:Piñon Family Medicine}} - {{LOCATION:Española}}
Pt: {{NAME:Lucero, Ambrosio}}   DOB {{DATE:12/18/1949}}   MRN {{MRN:7731022}}
Call from: pt's daughter {{NAME:Dolores Lucero-Naranjo}} (on HIPAA release)   ph {{PHONE:505-555-0129}}
Date/Time: {{DATE:10/03/2023 11:42}}
Reason for call: Refill

Daughter says dad is out of his metoprolol succinate 50 mg and atorvastatin 40 mg, "ran out Friday." Also wants to switch pharmacy from {{FACILITY:Rio Arriba Drug #4}} on {{ADDRESS:Riverside Dr}} to {{FACILITY:Farmacia Ohkay}} in {{LOCATION:Ohkay Owingeh}} bc closer.
Last OV {{DATE:6/12/23}} w/ Dr. {{NAME:Ancheta}}. BP at that visit 134/82. Lipid panel due.

Pended:
- metoprolol succinate ER 50 mg PO daily #90 RF1
- atorvastatin 40 mg PO qhs #90 RF1
to {{FACILITY:Farmacia Ohkay}} (fax {{FAX:505-555-0171}})
Scheduled lab visit {{DATE:10/10}} and f/u OV {{DATE:Tuesday 10/17}} 9:20am.
Daughter verbalized understanding. Advised ED if CP/SOB.

Routed to Dr. {{NAME:Ancheta}} for signature.
{{NAME:Priscilla Gurulé}}, LPN`,
  // 6
  `MyChart Message Thread (Patient Portal)
Patient: {{NAME:Yadira Esquivel Montes}}   MRN {{MRN:55190348}}
Proxy: none

From: {{NAME:Yadira Esquivel Montes}}
Sent: {{DATE:4/2/2024 9:58 PM}}
Subject: pregunta sobre mi medicina / question
Hola buenas noches, la doctora me dio metformina 500 pero me da mucha diarrea, ¿puedo tomarla con la cena nomás? also my sugar this morning was 212. I work at the {{FACILITY:Santa Teresa Dairy}} from 4am so I can't come in the day. My new phone is {{PHONE:575-555-0153}} and email {{EMAIL:yadi.esq88@mailbox.example.com}}
gracias

From: {{NAME:Marisol Herrera}}, RN (clinic staff)
Sent: {{DATE:4/3/2024 8:14 AM}}
Hola Sra. {{NAME:Esquivel}}, sí puede tomarla con la cena. Dr. {{NAME:Kaminski}} recommends changing to metformin ER 500 mg with dinner, which usually causes less diarrhea. I sent it to {{FACILITY:Sunland Discount Drug #2}} in {{LOCATION:Sunland Park}}. Please keep a log of your sugars and bring it on {{DATE:April 19}}. We have evening hours Thursdays until 7pm.
Phone updated in chart. - {{NAME:Marisol}}

From: {{NAME:Yadira Esquivel Montes}}
Sent: {{DATE:4/3/2024 12:31 PM}}
ok muchas gracias!!`,
  // 7
  `{{FACILITY:SONORAN DESERT UNIVERSITY MEDICAL CENTER}}
Occupational Medicine Clinic
{{ADDRESS:2250 E. Saguaro Blvd, Suite 140}}, {{LOCATION:Tucson}}, AZ {{ZIP:85719}}
Tel {{PHONE:(520) 555-0100}}   Fax {{FAX:(520) 555-0109}}

{{DATE:February 27, 2024}}

{{FACILITY:Permian Caliche Services, LLC}}
Attn: {{NAME:Brenda Kowalczyk}}, HR / Safety
{{ADDRESS:PO Box 4410}}
{{LOCATION:Odessa}}, TX {{ZIP:79760}}

RE: {{NAME:Francisco Javier Antone}}   DOB {{DATE:05/05/1979}}   Employee # {{ID:PCS-11872}}
Claim # {{ACCOUNT:WC-24-0031177}}

To whom it may concern,

Mr. {{NAME:Antone}} was evaluated in our clinic on {{DATE:2/26/2024}} for a left shoulder injury sustained on {{DATE:2/19/2024}} while lifting a valve assembly. He may return to work on {{DATE:Monday, March 4, 2024}} with the following restrictions until re-evaluated on {{DATE:3/18/24}}:
 - No lifting over 15 lb with the left arm
 - No overhead work or climbing ladders
 - No operating heavy equipment while taking cyclobenzaprine
If modified duty is not available, he should remain off work. Please contact our office with any questions.

Sincerely,

{{NAME:Gabriela Ríos-Whitfield}}, DO
Occupational Medicine
NPI {{LICENSE:1922847306}}
{{NAME:GRW}}/{{NAME:lmp}}`,
  // 8
  `SCHOOL NURSE NOTE
{{FACILITY:Vado Verde Elementary School}} - Health Office
Student: {{NAME:Mateo Alejandro Saenz}}   Gr 3   Rm 12   Teacher: Ms. {{NAME:Quintana}}
DOB: {{DATE:09/14/2015}}
Date: {{DATE:11/08/2023}}  Time in 10:05  Time out 10:50

reason: wheezing after recess, teacher sent down.
8 y/o known asthma (mild persistent per school action plan on file, signed by Dr. {{NAME:Eleanor Vasquez}} {{DATE:8/2023}}). Albuterol HFA w/ spacer kept in office, exp 04/2025.
RR 28, SpO2 93% on pulse ox, exp wheeze bilat, mild retractions, speaking full sentences.
Gave albuterol 4 puffs via spacer at 10:08. Recheck 10:25: RR 22, SpO2 97%, few wheezes.
Called mom {{NAME:Araceli Saenz}} at work ({{FACILITY:Hatch Valley Chile Co.}} packing shed) {{PHONE:575-555-0118}} at 10:12 - no answer, LVM in Spanish. Called dad {{NAME:Héctor Saenz}} cell {{PHONE:575-555-0176}} 10:20, he will pick up at lunch. 10:40 dad picked up. Advised f/u w/ PCP today or tmrw, rescue inhaler count logged (used 3rd time this month).
Referral to {{FACILITY:Clínica Familiar del Río}} promotora program for home asthma triggers visit (dust, wood stove).

{{NAME:J. Armijo}}, BSN, RN - School Nurse   ext {{PHONE:2204}}`,
  // 9
  `COMMUNITY HEALTH WORKER / PROMOTORA HOME VISIT
Program: {{FACILITY:Frontera Promotoras de Salud}}   Visit type: Diabetes follow-up (home)
Client: Doña {{NAME:Refugio Castañeda}}   DOB {{DATE:03/03/1952}}   Record # {{MRN:FPS-00719}}
Address: {{ADDRESS:318 Calle Girasol}}, {{LOCATION:Colonia Las Pampas}}, {{LOCATION:Socorro}}, TX {{ZIP:79927}}
Date of visit: {{DATE:12 de enero de 2024}}   Promotora: {{NAME:Leticia Carrasco}}, CHW

Se visitó a la señora en su casa. Vive con su hijo {{NAME:Ernesto}} y nieta {{NAME:Karla}} (14). No hay agua entubada desde diciembre, usan tambos. Glucómetro funciona; lecturas en ayunas 160-190 esta semana. Toma metformina 1000 mg BID y glipizida 5 mg, pero "a veces no la tomo si no como." Discussed hypoglycemia signs w/ teach-back.
Pies: callo talón derecho, sin herida. Shoes OK.
BP cuff: 152/86.
Needs: ride to appt at {{FACILITY:Clínica Guadalupana del Valle}} on {{DATE:1/23}}; assisted w/ transportation request (Medicaid ride, conf # {{ID:TR88310045}}). Gave food bank info ({{FACILITY:Despensa San Judas}}).
Will notify nurse {{NAME:Olga}} at clinic re: elevated BP.
Next visit: {{DATE:26 ene}}.
Contacto: hijo cel {{PHONE:915-555-0147}}`,
  // 10
  `DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA
{{FACILITY:FRANKLIN MOUNTAIN TRAUMA CENTER}} - EMERGENCY DEPARTMENT
Name/Nombre: {{NAME:ROMERO, ADRIÁN}}      MRN: {{MRN:EP-3381920}}
Visit date/Fecha: {{DATE:07/04/2024}}      Provider: {{NAME:S. Okafor}}, PA-C

DIAGNOSIS / DIAGNÓSTICO: Laceration L hand (dorsal), 3 cm - repaired with 5 sutures (4-0 Ethilon)
Tetanus (Tdap) given today, lot TD3492B.

CARE / CUIDADO:
- Keep dry and covered 24-48 hrs. Mantenga seco y cubierto por 24-48 horas.
- Then wash gently with soap and water twice daily.
- Ibuprofen 600 mg every 6 hrs as needed for pain, with food.
- Keflex (cephalexin) 500 mg 4 times a day x 5 days - prescription sent to {{FACILITY:Farmacia Montana}}.

FOLLOW UP / SEGUIMIENTO: Suture removal in 10 days ({{DATE:7/14}}) at {{FACILITY:Centro de Salud Familiar La Fe}} or any urgent care. Llame al {{PHONE:(915) 555-0122}} para cita.

RETURN IF / REGRESE SI: redness spreading, pus, fever >100.4 F, numbness of fingers, cannot move fingers.

Patient/guardian signature: ___________   Interpreter: {{NAME:Rocío Medrano}} (ID {{ID:1187}})
Nurse: {{NAME:T. Lujan}}, RN   Discharged 2318 ambulatory w/ brother {{NAME:Iván}}.`,
  // 11
  `{{FACILITY:Baboquivari Health Station}} (IHS) - Outpatient Visit
Patient: {{NAME:Antone, Delphina M.}}     HRN {{MRN:114-093-2}}     DOB {{DATE:08/19/1968}}
Visit: {{DATE:09/05/2023}}    Provider: {{NAME:Caleb Hoskie}}, FNP-C
Community: {{LOCATION:Topawa}}    District: {{LOCATION:Baboquivari}}    Phone: {{PHONE:520-555-0131}} (sister's)

CC: f/u HTN, DM, "my feet burn at night"

HPI: 55 yo Tohono O'odham F. Last seen {{DATE:6/2023}}. Taking lisinopril 20 mg, metformin 1000 mg BID, gabapentin 300 mg qhs (started by Dr. {{NAME:Pablo}} at {{FACILITY:Comobabi Indian Hospital}} in {{DATE:May 2023}}). Burning feet better "a little." Helps her sister w/ basket weaving to sell at {{FACILITY:Santa Rosalía Chapel}} plaza. Walks daily. Drinks 2-3 sodas/day. No ETOH.
Heat: reports no AC at home in summer, uses swamp cooler.

ROS: neg CP/SOB. + nocturia x2. No foot wounds.

PE: BP 146/90  P 84  Wt 98.2 kg  BMI 38.4
monofilament: decreased 4/10 sites bilat. Pulses 2+. Skin intact.

Labs {{DATE:8/28/23}}: A1c 8.9 (prev 9.4), Cr 0.9, eGFR >60, UACR 48 (H), LDL 131

A/P:
1. DM2 w/ neuropathy, microalbuminuria - add empagliflozin 10 mg (IHS formulary ok), cont metformin. Diabetes ed w/ {{NAME:Verna Jose}}, RD.
2. HTN - not at goal, lisinopril to 40 mg.
3. HLD - start atorvastatin 40.
Retinal imaging ordered (teleophthalmology). RTC 3 mo.`,
  // 12
  `AFTER HOURS NURSE ADVICE LINE - TELEPHONE ENCOUNTER
Call rec'd: {{DATE:12/24/2023 23:08}}   Callback #: {{PHONE:(928) 555-0168}}
Caller: {{NAME:Rochelle Benally}} (mother)    Patient: {{NAME:Tyler Benally}}   DOB {{DATE:3/11/2022}}
PCP: Dr. {{NAME:Margaret Ashworth}}, {{FACILITY:Coal Mine Mesa Regional Health Center}}
Caller location: {{LOCATION:Cameron}}, AZ - states ~1 hr from nearest ED

Protocol: Fever (Schmitt-Thompson, pediatric)
21 mo old w/ fever 103.1 F rectal since this afternoon, runny nose, cough. Drinking ok, 4 wet diapers today. No rash. Not lethargic per mom, "he's watching Paw Patrol right now." No difficulty breathing, no retractions. Immunizations UTD per mom. Sibling {{NAME:Kaylee}} had flu A last week.

Disposition: Home care / call PCP in AM
- Acetaminophen 160 mg/5 mL: 5 mL (160 mg) q4-6h, wt 11.6 kg per mom
- fluids, monitor wet diapers
- go to ED / call 911 if: trouble breathing, blue lips, not waking, no urine 8 hrs, seizure
Mom asked about Tamiflu - advised to call clinic at 0800, will route to PCP. Caller verbalized understanding and agreed with plan.

Nurse: {{NAME:Janelle Atcitty}}, RN   Line ext {{PHONE:7720}}
Encounter routed to {{NAME:ASHWORTH, MARGARET}} pool {{DATE:12/25/23 0012}}`,
  // 13
  `{{FACILITY:CLÍNICA DEL VALLE - MIGRANT & SEASONAL FARMWORKER HEALTH}}
Mobile Unit 2 - site: {{FACILITY:Rincon Farms}} labor camp, {{ADDRESS:1400 County Rd B-23}}, {{LOCATION:Rincon}} NM
DOS {{DATE:9-19-2023}}

Nombre: {{NAME:Ezequiel Pérez Domínguez}}    FN: {{DATE:1994-02-17}}    Exp: {{MRN:CDV-30184}}
Idioma: español / mixteco (pt speaks Spanish ok)    H-2A worker, arrived from {{LOCATION:Tlaxiaco}}, Oaxaca {{DATE:Aug 2023}}
Crew leader: {{NAME:Jesús "Chuy" Leyva}} - {{PHONE:575-555-0159}}

MC: "me arden los ojos y me pica la piel" after working rows that were sprayed "la mañana anterior"
Hx: picking green chile, started 0530 {{DATE:9/18}}, rows sprayed ~{{DATE:9/17}} per coworkers. No gloves. Eye burning, pruritic rash forearms, mild HA. Denies N/V, diarrhea, salivation, SOB, blurry vision.
Exam: T 36.9, HR 78, BP 122/76. Conjunctival injection bilat, no miosis. Erythematous papular rash bilat forearms/dorsal hands. Lungs clear. No fasciculations.
A: Contact dermatitis + conjunctival irritation, possible pesticide exposure. No sx of cholinergic toxicity.
P: Eye irrigation 1 L NS each. Triamcinolone 0.1% cr. Loratadine 10 mg. Education on REI.
Reported to NM Dept of Agriculture pesticide program per protocol (case # {{ID:PX-2023-0412}}). Pt declined employer notification, fears losing job. Gave card for {{FACILITY:Casa del Jornalero Hatch}}.
Proveedor: {{NAME:Ana Sofía Villalobos}}, PA-C`,
  // 14
  `TRAUMA HISTORY AND PHYSICAL - LEVEL I ACTIVATION
{{FACILITY:UNIVERSITY OF THE RIO GRANDE HOSPITAL}} ({{FACILITY:URGH}}) - TRAUMA BAY 2
PT: {{NAME:QUINTANA, DOMINIC ELOY}}   MRN {{MRN:002847715}}   FIN {{ACCOUNT:88100453002}}
DOB {{DATE:01/09/2001}}   ARRIVED {{DATE:05/26/2024 0314}} VIA {{FACILITY:PAFCO AIR MEDICAL}} ROTOR FROM {{FACILITY:PECOS VALLEY CRITICAL ACCESS HOSPITAL}}

MECHANISM: SINGLE VEHICLE ROLLOVER, US-285 NEAR {{LOCATION:VAUGHN}}, UNRESTRAINED DRIVER, EJECTED. ETOH ON SCENE PER NMSP. VEHICLE 2011 SILVERADO, NM PLATE {{VEHICLE:BKX-447}}. EST 60 MIN EXTRICATION/TRANSPORT.

PRIMARY: A - PATENT, C-COLLAR. B - DIMINISHED BS L, SPO2 89% NRB. C - HR 132, BP 88/54, 2 LARGE BORE IV, 2U O NEG PRBC IN FLIGHT. D - GCS 11 (E3V3M5), PUPILS 3MM EQ REACTIVE. E - ABRASIONS L FLANK, DEFORMITY L FEMUR.
FAST: + LUQ FREE FLUID.
L CHEST TUBE 28FR PLACED - 400 ML BLOOD.

IMPRESSION: L HTX, SPLENIC INJ, L FEMUR FX, TBI - R/O DAI
PLAN: OR EMERGENTLY FOR EX LAP W/ DR {{NAME:HALVORSEN}}. MTP ACTIVATED 0331. ORTHO (DR. {{NAME:NAKAI}}) EX-FIX. CT HEAD/C-SPINE POST-OP. ADMIT TSICU.
FAMILY: MOTHER {{NAME:DEBRA QUINTANA}} NOTIFIED BY SW {{NAME:R. ARAGÓN}} {{PHONE:(505) 555-0193}} - DRIVING FROM {{LOCATION:SANTA ROSA}}.

{{NAME:VIKRAM PATEL-NAVARRO}}, MD - TRAUMA SURGERY ATTENDING   {{DATE:05/26/2024 04:02}}`,
  // 15
  `COMMUNITY OUTREACH IMMUNIZATION CLINIC - EVENT NOTE
Site: {{FACILITY:Black Rock Wash Chapter House}}, {{LOCATION:Lukachukai}}, AZ {{ZIP:86507}}
Date: {{DATE:Saturday, October 21, 2023}}  1000-1500
Sponsoring clinic: {{FACILITY:Wheatfields Lake Health Station}}
Staff: {{NAME:Harriet Nez}}, RN (lead); {{NAME:Brandon Etsitty}}, LPN; {{NAME:Florinda Manuelito}}, CHR; interpreter (Diné) {{NAME:Wallace Yazzie}}

Vaccines administered (summary, individual records entered in RPMS/NIIS):
 Influenza (Fluzone HD) lot UT8841DA - 34 doses
 Influenza (Flucelvax) lot 421377 - 19 doses
 COVID-19 2023-24 (Pfizer) lot HJ6118 - 27 doses
 RSV (Arexvy, 60+) lot 7LX22 - 11 doses
 Tdap lot AC52B041BA - 3 doses

Adverse events: 1 - elderly male (Mr. {{NAME:Harrison Tsinnijinnie}}, DOB {{DATE:6/1/1938}}, 85yo) felt lightheaded 10 min post-vaccine, BP 102/60, resolved w/ juice and rest, released w/ grandson. Incident # {{ID:TSA-IR-1021-01}}.

Chapter officials: Pres. {{NAME:Lena Begaye}} provided space. Chapter phone {{PHONE:(928) 555-0104}}.
Next event: {{DATE:11/18}} at {{FACILITY:Tsé Ch'ízhí Chapter House}}.

{{NAME:H. Nez}}, RN`,
  // 16
  `{{FACILITY:Cochise Border Community Clinic}} - {{LOCATION:Douglas}}, AZ
OFFICE VISIT  {{DATE:01/30/2024}}
Pt: {{NAME:Rosalba Ibarra de León}}   DOB {{DATE:10/10/1963}}   MRN {{MRN:CBC-118402}}
Addr: {{ADDRESS:1127 G Ave Apt 3}}, {{LOCATION:Douglas}} AZ {{ZIP:85607}}  (also stays w/ daughter in {{LOCATION:Agua Prieta}}, Son.)
Ph: {{PHONE:520-555-0172}}   Ins: AHCCCS ID {{HEALTH_PLAN:A71129054}}

S: 60 yo F here for BP f/u and med refills. Buys losartan "en la farmacia del otro lado" when she runs out, brought box: Losartán 50 mg (Mexican generic). Also taking "té de hoja de guayaba" for sugar. Checks BP at {{FACILITY:Farmacia La Frontera}} across the line, readings 150s-160s. Some headaches in AM.
Son {{NAME:Octavio}} works at the {{FACILITY:Mule Gulch Smelter}}? - no, at {{FACILITY:Sulphur Springs Feed & Hay}} now, has employer insurance but she is not on it.

O: BP 158/94 (R), 154/90 (L) repeat. P 80. Wt 81 kg. Fundi not visualized well. No edema.
Labs {{DATE:1/22/24}}: Cr 1.0, K 4.3, A1c 6.6, lipids pending.

A/P
1) HTN uncontrolled - losartan 100 mg daily (US supply, $4 list at {{FACILITY:Frontier Thrift Drug}}), add HCTZ 12.5. Home BP log.
2) Prediabetes/early DM2 - A1c 6.6, repeat to confirm; diet counselling via promotora {{NAME:Irma Soto}}.
3) Guava leaf tea ok in moderation.
RTC 4 wks. Dr. {{NAME:Ramón Espinoza Kline}}
{{NAME:rek}}/{{NAME:mv}}`,
  // 17
  `ED PHYSICIAN DISCHARGE SUMMARY
{{FACILITY:DEL NORTE MEDICAL CENTER}} - {{LOCATION:EL PASO}}, TX
PATIENT: {{NAME:HERNANDEZ-LUJAN, CARLOS ALBERTO}}     MRN: {{MRN:10-4473-918}}
ACCT: {{ACCOUNT:V00091772643}}     DOB: {{DATE:03/28/1971}}
ARRIVAL: {{DATE:02/11/2024 19:46}}     DISCHARGE: {{DATE:02/12/2024 01:30}}
PCP: {{NAME:NGUYEN, THANH}} MD - {{FACILITY:CIELO VISTA FAMILY PRACTICE}}

CHIEF COMPLAINT: CHEST PAIN
HPI: 52 YO M, TRUCK DRIVER FOR {{FACILITY:LONE STAR FLATBED LOGISTICS}}, W/ HX HTN, TOBACCO, PRESENTS W/ 2 HRS SUBSTERNAL PRESSURE AFTER CHANGING A TIRE ON I-10. NO RADIATION. RESOLVED PRIOR TO ARRIVAL.
ED COURSE: ECG NSR 78, NO ST CHANGES. HS-TROPONIN 6 -> 7 NG/L (0/2H). CXR NEG. D-DIMER NOT INDICATED (WELLS 0). HEART SCORE 3. ASA 324 MG GIVEN.
DIAGNOSIS: CHEST PAIN, LOW RISK - R07.89
DISPOSITION: HOME. OUTPATIENT STRESS TEST ORDERED ({{FACILITY:DNMC}} CARDIOLOGY, ORDER # {{ID:ORD-55310948}}). CALL {{PHONE:915-555-0106}} TO SCHEDULE.
PATIENT INSTRUCTED NOT TO DRIVE COMMERCIALLY UNTIL CLEARED. CDL # {{LICENSE:TX 40917325}} NOTED FOR DOT FORM PER PT REQUEST.
RX: ATORVASTATIN 40 MG, ASA 81 MG.
RETURN PRECAUTIONS REVIEWED IN SPANISH AND ENGLISH.

ELECTRONICALLY SIGNED: {{NAME:MARGARITA ELIZONDO}}, MD {{DATE:02/12/2024 01:41}}`,
  // 18
  `nursing note - 4 west med/surg, {{FACILITY:Llano Estacado Regional Hospital}}
pt {{NAME:yazzie, cornelius}}  rm 412B  mrn {{MRN:2093385}}
{{DATE:3/5/24}} 1900-0700

1915 rec'd report from {{NAME:becky t.}} rn. pt a&ox4, POD#2 lap chole. c/o incisional pain 5/10, prn oxy 5mg given. ivf d5 1/2ns @ 75. ambulating w/ sba.
2100 vs 128/76 88 18 97%ra 37.4. voided 350 clear yellow. tolerating clears, wants "mutton stew" lol - diet advanced to soft per dr {{NAME:okonkwo}} order.
2230 pt's wife {{NAME:ella}} called from {{LOCATION:Crownpoint}}, updated w/ pt permission. her # {{PHONE:505-555-0138}}.
0100 sleeping, resp even/unlabored, spo2 95%.
0315 pt up to br, dizzy x1, orthostatics: lying 124/78 hr 84 / standing 108/70 hr 102. bolus 500 ns per ***cross-cover (dr. {{NAME:mehta}})***. rechecked 0420 standing 118/72 hr 90, sx resolved.
0600 am labs drawn. cbc bmp mg.
0645 report given to day rn {{NAME:luis g.}}
- {{NAME:s. largo}} rn`,
  // 19
  `DELIVERY NOTE
{{FACILITY:Ysleta Community Hospital}} L&D
Mother: {{NAME:Jacqueline Montoya Tafoya}}   MRN {{MRN:00477219}}   DOB {{DATE:06/25/1996}}
Infant: {{NAME:Baby Girl Montoya}}   MRN {{MRN:00477835}}
Date/time of birth: {{DATE:08/17/2023 04:52}}

27 yo G3P2→P3003 @ 40w1d, spontaneous labor. Epidural. Progressed to complete 0410, pushed 40 min.
NSVD of viable female infant over intact perineum → 1st degree lac, repaired w/ 3-0 Vicryl.
Nuchal cord x1, reduced. Delayed cord clamping 60 sec, cord blood collected, 3VC.
Apgars 8 / 9 (1 / 5 min). Wt 3410 g, length 50.5 cm.
Placenta delivered spont 0501, intact, to path? no - routine disposal.
Pitocin 30 u/500 mL post delivery. EBL (QBL) 310 mL.
Mom & baby skin to skin. Breastfeeding planned. Father {{NAME:Andrés Tafoya}} cut cord.
Peds (Dr. {{NAME:Lin}}) not required at delivery.
GBS +, PCN G x2 doses adequate (first dose 2140 on {{DATE:8/16}}).
Rh +. Rubella immune.

Attending: {{NAME:Consuelo Baca}}, MD    Resident: {{NAME:Tom Whiteeagle}}, MD (PGY-2)
RN: {{NAME:Naomi Chee}}
Dictated {{DATE:8/17/23 0615}} / transcribed {{NAME:ckl}}`,
  // 20
  `Telephone Encounter - Postpartum Check (Nurse)
{{FACILITY:Sangre de Cristo Women's Health}}, {{LOCATION:Las Vegas}}, NM
Pt: {{NAME:Sandoval, Marisela}}   DOB {{DATE:2/14/1999}}   MRN {{MRN:SCW-88012}}
Delivered {{DATE:11/29/2023}} at {{FACILITY:Hot Springs Regional Hosp.}} - primary LTCS for arrest of dilation
Call date: {{DATE:12/6/23}} 1410   Called pt at {{PHONE:505-555-0149}}

- Incision: "a little red at the edge," no drainage, no fever. Advised photo via portal - pt uploaded at 1422, reviewed with Dr. {{NAME:Maestas}}: mild erythema <1 cm, no induration. Monitor.
- Bleeding: light lochia rubra, 1 pad q4h.
- Pain: ibuprofen 600 q6 + APAP, ok.
- BP: pt checking at home, 128/84 today. No HA/vision changes/RUQ pain.
- Mood: EPDS by phone = 7. Lives w/ partner {{NAME:Gilberto Vigil}} and mom. Tearful "sometimes." Support ok.
- Baby: {{NAME:Emiliano}}, breastfeeding + formula, wt check at peds {{DATE:12/4}} ok per pt.
- Contraception: wants Nexplanon at 6 wk visit.

Plan: PP visit {{DATE:01/10/2024}} 10:40 w/ {{NAME:Inés Trujillo}}, CNM. Call back w/ fever, spreading redness, heavy bleeding, BP ≥160/110.
{{NAME:Carmen Padilla}}, RN`,
  // 21
  `NICU TRANSFER / ACCEPTANCE NOTE
Receiving: {{FACILITY:Sonoran Children's Hospital}} NICU, {{FACILITY:Saguaro Pod}} bed 14
Referring: {{FACILITY:Pajarito Valley Regional}} ({{LOCATION:Nogales}}) - Dr. {{NAME:Beatriz Alcántar}}, ph {{PHONE:520-555-0184}}
Transport: {{FACILITY:Desert Lifeline Neonatal Transport}}, team RN {{NAME:Kyle Dorsey}} / RT {{NAME:Amber Goseyun}}
Accepting MD: {{NAME:Hyun-woo Park}}, MD

Infant: {{NAME:Boy Valenzuela}} ("{{NAME:Santiago}}")   DOB/TOB {{DATE:04/09/2024 1137}}   MRN {{MRN:SCH-7700214}}
Mother: {{NAME:Estrella Valenzuela Ochoa}}, 19 y/o G1, DOB {{DATE:07/30/2004}}, limited PNC (2 visits, first at 26 wk)

GA 33w4d by LMP, BW 1980 g. SVD after PPROM x 36 h. Mom GBS unknown, received ampicillin x1 (<4 h PTD). Apgars 6/8.
Course at referring: grunting, retractions, FiO2 up to 40% on CPAP +6, CXR c/w RDS. Curosurf 200 mg/kg via INSURE at 1h50m of life at referring (lot 4K0719). BG 38 → D10 bolus 2 mL/kg, GIR 5.
On arrival 1745: T 36.4, HR 158, RR 62, BP 48/30 (36), SpO2 93% on CPAP 6 FiO2 30%.
Plan: CBC/CRP, BCx, amp/gent x48h r/o sepsis; PIV → UVC; D10 @ 80 mL/kg/d; repeat CXR; caffeine load.
Parents updated by phone in Spanish via interpreter ({{NAME:Luz Encinas}}, ID {{ID:20318}}). FOB {{NAME:Joaquín Ruiz}} {{PHONE:520-555-0111}}. Social work consult - teen mother, lives in {{LOCATION:Rio Rico}}.
{{DATE:4/9/24}} 1910`,
  // 22
  `MONTHLY DIALYSIS PROGRESS NOTE - NEPHROLOGY
{{FACILITY:Desert Sage Kidney Center}} - {{LOCATION:Albuquerque}} West
Patient: {{NAME:Lente, Geraldine}}    DOB {{DATE:09/02/1955}}    MRN {{MRN:DSK4410}}
Month: {{DATE:March 2024}}    Visit date {{DATE:03/20/2024}}    Schedule TTS 2nd shift
Home: {{LOCATION:Paguate}}, {{LOCATION:Laguna Pueblo}}. Rides w/ nephew {{NAME:Darrell Lente}} (ph {{PHONE:505-555-0195}}) ~55 mi each way.

ESRD 2/2 DM nephropathy, HD since {{DATE:11/2021}}. Access R BCF.
Interval: 1 missed tx (feast day), 1 shortened. Hosp at {{FACILITY:Mount Taylor General Hosp.}} {{DATE:2/27-2/29/24}} fluid overload.
Adequacy: spKt/V 1.31 (goal ≥1.2), URR 69%
IDWG avg 3.4 kg (high)   EDW 62.5 → lower to 62.0

LABS {{DATE:3/12/24}}
 Hgb 9.8   Ferritin 612   TSAT 24%
 K 5.6     Ca 8.7    Phos 6.9 (H)   PTH 842 (H)
 Alb 3.6

Meds: sevelamer 1600 mg TID w/ meals (pt admits skipping lunch dose), calcitriol 0.5 mcg TIW w/ HD, Mircera 100 mcg q2wk, iron sucrose per protocol.
Plan: ↑Mircera to 120; start cinacalcet 30 mg; dietitian {{NAME:Karen Yepa}} to review phos (blue corn, chile, dried meat); transplant referral paperwork - pt still undecided.
Family mtg offered. CarePlan updated.
{{NAME:Farid Aziz-Romero}}, MD   {{DATE:3/20/24}}`,
  // 23
  `CASE MANAGEMENT NOTE
{{FACILITY:Hogback Regional Health}} - Inpatient CM, {{FACILITY:Shiprock 3}} unit
Patient: {{NAME:Jim, Albert K.}}    MRN {{MRN:9920471}}    Adm {{DATE:5/13/2024}}
Payer: Medicaid (Centennial Care / Presbyterian) ID {{HEALTH_PLAN:PCN400718223}}; IHS eligible

New HD start this admit (tunneled R IJ HD cath placed {{DATE:5/15}} by IR). Needs outpatient chair before d/c.
- Called {{FACILITY:Four Corners Dialysis - Kirtland}} intake {{NAME:Shauna}} {{PHONE:505-555-0126}}, fax packet sent to {{FAX:505-555-0127}} at 1020. Chair avail MWF 1st shift starting {{DATE:5/22}} pending hep B surface Ab / PPD results.
- Transportation: pt lives {{ADDRESS:N36 Rd 7062, House 14}}, {{LOCATION:Sanostee}} - dirt road, impassable when wet per daughter. Medicaid NEMT ({{FACILITY:Red Valley Medical Rides}}) accepted, trip auth # {{ID:NT5521987}}. Backup: daughter {{NAME:Carla Jim}} {{PHONE:505-555-0144}}.
- CHR referral to {{FACILITY:Sanostee Chapter CHR Program}} for home check.
- Pt speaks Diné primarily; used interpreter {{NAME:Ray Bitsui}} for all teaching.
- Barriers: no running water/electricity at home (solar panel only), wood stove. Discussed fluid restriction and diet.
Anticipated d/c {{DATE:5/21/24}}. Will f/u.
{{NAME:Monica Harvey}}, RN CCM   ext {{PHONE:4-6612}}`,
  // 24
  `SOCIAL WORK - ASSESSMENT / SAFETY PLAN
{{FACILITY:County Medical Center of Doña Ana}} ED
Pt: {{NAME:Leyva Carrillo, Ana Karen}}  DOB {{DATE:1/31/2000}}  MRN {{MRN:0933127}}
Date: {{DATE:10/14/2023}} 0205-0320    Consult by Dr. {{NAME:Frías}}

Reason: pt presented with facial contusion, disclosed partner violence. Assailant: boyfriend {{NAME:Brian Delgado}}, 28. Pt requested this info be kept private and that partner NOT be given any info if he calls.
Pt lives w/ partner and 2 children (ages 4 and 2) at {{ADDRESS:4419 Desert Willow Ln}}, {{LOCATION:Chaparral}}. Children currently w/ pt's mother {{NAME:Irene Carrillo}} in {{LOCATION:Anthony}} ({{PHONE:575-555-0150}} - pt says safe to call).
Lethality assessment (LAP): screened in high danger (strangulation "last month", threats w/ gun).
Interventions:
 - Advocate from {{FACILITY:La Casa de Paz Shelter}} called at 0240, {{NAME:Gloria}} (advocate) spoke with pt by phone. Bed available tonight.
 - Pt declines police report at this time; informed re: protective order process at magistrate court.
 - Safety plan reviewed; pt memorized hotline 1-800-555-0199. Did not take paper.
 - Confidential status placed on encounter, alias "{{NAME:Rosa Flor}}" per policy.
Disposition: discharged to shelter via {{FACILITY:Zia Cab}} voucher.
{{NAME:Esperanza Ulibarri}}, LCSW  pgr {{PHONE:0871}}`,
  // 25
  `BEHAVIORAL HEALTH INTAKE ASSESSMENT
{{FACILITY:Mesa Verde Behavioral Health - Farmington}}
Client: {{NAME:Tsosie-Harjo, Kyle}}    DOB: {{DATE:05/12/2004}}   Client ID: {{MRN:MVBH-33109}}
Date: {{DATE:Thu 02/01/2024}}    Clinician: {{NAME:Delia Fragua}}, LPCC

Referral: {{FACILITY:Navajo Lake Community College}} counseling center ({{NAME:Tara Whitman}}, counselor), for depressed mood & ETOH use after friend's death.
Presenting: 19 yo Diné/Muscogee male, 2nd-yr student. Friend died in MVC on US-491 in {{DATE:December 2023}}. Since then: low mood, insomnia, missing classes, drinking 6-10 beers Fri/Sat. Denies SI today; passive SI "a couple times" in January, no plan/intent. No prior attempts. No firearms at home (grandfather's rifle removed to uncle's by family {{DATE:1/20}}).
Family: lives w/ grandmother {{NAME:Lorena Tsosie}} in {{LOCATION:Kirtland}}. Father in {{LOCATION:Okmulgee}}, OK. Works part time at {{FACILITY:Bisti Tire & Lube}}.
Cultural: interested in seeing traditional practitioner; grandmother arranging ceremony.
Screens: PHQ-9 = 17, GAD-7 = 11, AUDIT = 18, C-SSRS: low-moderate risk.
Dx: F32.1 MDD single episode moderate; F10.10 alcohol use d/o mild; r/o prolonged grief.
Plan: weekly CBT, psychiatry eval w/ Dr. {{NAME:Chavarría}} ({{DATE:2/8}}), crisis line, safety plan signed.
Emergency contact: grandmother {{PHONE:505-555-0116}}.`,
  // 26
  `INFECTIOUS DISEASE CONSULT
{{FACILITY:Valley of the Sun Medical Center}} ({{FACILITY:VSMC}}), {{LOCATION:Phoenix}}   Unit: {{FACILITY:Camelback 6}}  Rm 6118
Pt: {{NAME:Arvizu, Leonel}}   MRN {{MRN:V1188304}}   DOB {{DATE:12/01/1983}}
Consult date {{DATE:11/07/2023}}   Requesting: Dr. {{NAME:P. Lindqvist}} (hospitalist)
Reason: ? disseminated cocci

HPI: 39 yo M, Filipino-Mexican, works as lineman for {{FACILITY:Maricopa Rural Electric Co-op}}, digging pole holes in {{LOCATION:Buckeye}}/{{LOCATION:Tonopah}} area. 6 wk cough, fevers, 8 kg wt loss, new painful nodules on shins and a draining lesion on the scalp. CXR: RUL consolidation + hilar LAD. Cocci EIA IgM+/IgG+, CF titer 1:64 (sent {{DATE:11/4}}, resulted {{DATE:11/6}}).
HIV neg. A1c 5.4. No steroids.

Exam: T 38.4. Scalp: 2 cm boggy fluctuant lesion w/ drainage. Ant shins: tender erythematous nodules (EN). Lungs: coarse R upper.

Impression: Coccidioidomycosis, disseminated (skin/soft tissue) given CF ≥1:32 and scalp lesion. High-risk ethnicity.
Recs:
1. Fluconazole 800 mg daily (renal fxn nl).
2. I&D / bx of scalp lesion - fungal cx, path w/ GMS.
3. LP if any HA/AMS - none currently.
4. MRI skull/C-spine to eval bone involvement.
5. Report to ADHS (done, ref {{ID:AZ-CC-2023-118733}}).
6. Work note: off x 4 wk; will need long-term f/u in {{FACILITY:VSMC}} Valley Fever Clinic {{PHONE:602-555-0121}}.
Thank you. {{NAME:Amara Okwuosa}}, MD, ID fellow / {{NAME:J. Teufel}}, MD attending`,
  // 27
  `RADIOLOGY REPORT
{{FACILITY:ROSWELL REGIONAL IMAGING}}
PATIENT: {{NAME:BACA, FLORENCIO}}      MRN: {{MRN:RRI-2204519}}      DOB: {{DATE:10/23/1947}}
ACCESSION: {{ID:CT24-0918831}}      EXAM DATE: {{DATE:09/18/2024 14:02}}
ORDERING: {{NAME:HALE, DESIREE}} NP - {{FACILITY:ARTESIA FAMILY CARE}}  FAX {{FAX:575-555-0180}}

EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST (CPT 74177)
CONTRAST: OMNIPAQUE 350, 100 ML, LOT 15739048 - NO REACTION
HISTORY: 76 YO M, LLQ PAIN X 4 DAYS, FEVER. EVAL DIVERTICULITIS.
COMPARISON: CT A/P {{DATE:03/02/2021}} ({{FACILITY:PECOS RIVER MEDICAL CTR}} - OUTSIDE IMAGES, PACS IMPORT).

FINDINGS:
LOWER CHEST: BIBASILAR ATELECTASIS.
LIVER: 1.2 CM HYPODENSITY SEG 7, UNCHANGED SINCE 2021, LIKELY CYST.
GB/BILIARY: CHOLELITHIASIS. NO CHOLECYSTITIS.
KIDNEYS: BILATERAL SIMPLE CYSTS (BOSNIAK I). NO HYDRO.
BOWEL: SIGMOID DIVERTICULOSIS WITH WALL THICKENING AND PERICOLIC FAT STRANDING OVER 8 CM. 2.4 X 1.9 CM RIM-ENHANCING FLUID COLLECTION ADJACENT TO SIGMOID. NO FREE AIR.
VESSELS: 3.4 CM INFRARENAL AAA.

IMPRESSION:
1. ACUTE SIGMOID DIVERTICULITIS WITH 2.4 CM PERICOLIC ABSCESS (HINCHEY IB).
2. 3.4 CM INFRARENAL AAA - RECOMMEND US SURVEILLANCE IN 2-3 YEARS.
3. CHOLELITHIASIS.
CRITICAL RESULT CALLED TO {{NAME:D. HALE}} NP AT 1431 ON {{DATE:9/18/24}}, READ BACK CONFIRMED.

DICTATED BY: {{NAME:GREGORY ABEYTA}}, MD   SIGNED {{DATE:09/18/2024 14:38}}`,
  // 28
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Tri-State Pathology Associates}}  - {{ADDRESS:801 N Mesa St, Ste 210}}, {{LOCATION:El Paso}}, TX {{ZIP:79902}}   CLIA 45D0099871
Case #: {{ID:S24-011482}}
Patient: {{NAME:Gutiérrez Salcido, Natividad}}   DOB: {{DATE:04/04/1940}}   Age: 83   Sex: F
MRN: {{MRN:DN-7703391}}   Collected: {{DATE:01/16/2024}}   Received: {{DATE:01/17/2024}}
Submitting physician: {{NAME:Alejandro Munguía}}, MD ({{FACILITY:Sun City Dermatology}})
Copy to: {{NAME:Patrice Olonovich}}, MD

CLINICAL: 1.1 cm pearly nodule R nasal ala x 1 yr. r/o BCC.

SPECIMEN: A. Skin, right nasal ala, shave biopsy

GROSS: Received in formalin labeled with the patient's name and "{{NAME:NGS}}" - a tan-pink shave of skin 1.2 x 0.9 x 0.2 cm. Inked, trisected, entirely submitted in A1.

MICROSCOPIC: Nests of basaloid cells with peripheral palisading and retraction artifact in the dermis, connected to the epidermis. Nodular pattern. No perineural invasion identified.

DIAGNOSIS:
A. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:
 - BASAL CELL CARCINOMA, NODULAR TYPE.
 - Deep margin involved; peripheral margins free.

Comment: Mohs referral suggested given location.

Electronically signed by {{NAME:Ruth Ann Delacroix}}, MD on {{DATE:01/19/2024 09:11}}
gross: {{NAME:mtp}}`,
  // 29
  `LAB RESULTS - FINAL
{{FACILITY:Mesa Alta County Hospital Laboratory}}  CLIA #32D0654401
Patient: {{NAME:MARTINEZ, JOSEFINA A.}}    MRN: {{MRN:MA00917442}}    DOB: {{DATE:06/06/1958}}
Location: {{FACILITY:MACH}} Outpt Draw Station 2
Ordering: {{NAME:Kenji Ortega}}, MD    Order #: {{ID:L-44029913}}    Acc #: {{ID:24-187-00412}}
Collected: {{DATE:07/05/2024 07:48}}    Received: {{DATE:07/05/2024 08:15}}    Reported: {{DATE:07/05/2024 10:02}}

CMP
 Sodium          131   L   (136-145 mmol/L)
 Potassium       5.9   H*  (3.5-5.1)
 Chloride        99        (98-107)
 CO2             19    L   (22-29)
 BUN             48    H   (7-25)
 Creatinine      2.61  H   (0.60-1.20)   prev 1.74 on {{DATE:4/2/24}}
 eGFR (CKD-EPI 2021) 20   L
 Glucose         214   H
 Calcium         8.9
CBC
 WBC 7.1   Hgb 10.4 L   Plt 231
HbA1c  8.1 H
Urine microalb/creat ratio  412 H

*CRITICAL VALUE: K 5.9 - called to {{NAME:Lucy Begay}}, RN (Dr. {{NAME:Ortega}}'s office) at 10:04 on {{DATE:7/5/24}} by {{NAME:T. Archuleta}}, MLS(ASCP). Read-back verified.
Hemolysis index: 0 (sample not hemolyzed).
Performing lab: {{FACILITY:MACH}} Core Lab, {{ADDRESS:1200 Hospital Dr}}, {{LOCATION:Deming}} NM {{ZIP:88030}}. Med Dir: {{NAME:A. Szabo}}, MD`,
  // 30
  `PRIOR AUTHORIZATION REQUEST - LETTER OF MEDICAL NECESSITY
{{DATE:June 3, 2024}}

To: Blue Cross Blue Shield of Texas - Pharmacy Prior Authorization
Fax: 1-800-555-0177

Patient: {{NAME:Reyes Villarreal, Omar}}     DOB: {{DATE:08/08/1976}}
Member ID: {{HEALTH_PLAN:XHE904418276}}     Group: {{HEALTH_PLAN:0193320}}
Drug requested: adalimumab-adaz (Hyrimoz) 40 mg SC every 14 days
Dx: L40.50 psoriatic arthritis; L40.0 psoriasis vulgaris

Dear Reviewer,
I am writing on behalf of my patient, Mr. {{NAME:Reyes Villarreal}}, a 47-year-old pipe fitter with {{FACILITY:Midland Basin Fabrication}}, who has active psoriatic arthritis (swollen joint count 6, tender 9, CRP 2.8 mg/dL, DAS28-CRP 5.1 on {{DATE:5/29/24}}) and 12% BSA plaque psoriasis. He has failed methotrexate 20 mg weekly ({{DATE:Jan-Apr 2024}}) due to transaminitis (ALT 3x ULN) and had inadequate response to sulfasalazine in 2022. TB IGRA negative {{DATE:5/13/2024}}, hepatitis B sAg/cAb negative.
His disease is limiting his ability to grip tools and climb at work. I request approval of adalimumab-adaz per plan policy.

{{NAME:Sunita Ramaswamy}}, MD - Rheumatology
{{FACILITY:West Texas Arthritis & Rheumatology}}, {{ADDRESS:4600 W Wadley Ave, Bldg B}}, {{LOCATION:Midland}} TX {{ZIP:79707}}
Ph {{PHONE:432-555-0135}} | Fax {{FAX:432-555-0136}} | NPI {{LICENSE:1730566219}}`,
  // 31
  `DME ORDER / CERTIFICATE OF MEDICAL NECESSITY - CPAP & HOME O2
Ordering provider: {{NAME:Wendell Tsinajinnie}}, MD - Pulmonary & Sleep, {{FACILITY:Hogback Mesa Indian Medical Ctr}}   NPI {{LICENSE:1487703325}}
Order date: {{DATE:04/15/2024}}
DME supplier: {{FACILITY:High Desert Respiratory Supply}}, {{LOCATION:Gallup}} - ph {{PHONE:505-555-0105}} fax {{FAX:505-555-0107}}

Patient: {{NAME:Etsitty, Marilyn J}}    DOB {{DATE:01/22/1966}}    HRN {{MRN:GIM-448302}}
Address: {{ADDRESS:Rt 9 Box 227B}}, {{LOCATION:Mariano Lake}}, NM {{ZIP:87313}}  (directions: 3 mi past {{FACILITY:Bluewater Wash Chapter House}}, turn at blue water tank, 2nd hogan)
Phone: {{PHONE:505-555-0112}} (cell, spotty)   Alt: son {{NAME:Derek Etsitty}} {{PHONE:505-555-0113}}
Coverage: IHS / PRC + Medicaid {{HEALTH_PLAN:NM500231877}}

Dx: G47.33 OSA (PSG {{DATE:3/28/24}}: AHI 41, nadir SpO2 78%); J96.11 chronic hypoxic resp failure; E66.01
1) Auto-CPAP 5-15 cm H2O, heated humidifier, medium FFM (ResMed F20), supplies per schedule. Device issued: AirSense 11 SN {{DEVICE:23211847390}}
2) Home O2 2 L/min NC continuous + with CPAP at night. Qualifying ABG {{DATE:4/10/24}} RA: PaO2 54. Concentrator SN {{DEVICE:EV-118O22941}}; portable cylinders E x6.
Length of need: 99 (lifetime).
Note: home has generator only part-time - supplier to provide backup tanks; chapter house has 24h power as backup site.
Signature: {{NAME:W. Tsinajinnie}}, MD   {{DATE:4/15/2024}}`,
  // 32
  `HOME HEALTH START OF CARE - SKILLED NURSING
Agency: {{FACILITY:Rio Abajo Home Health & Hospice}}   Provider # 32-7041
Patient: {{NAME:Chávez y Gallegos, Teodoro}}   DOB {{DATE:3/19/1941}}   Agency MR# {{MRN:RAHH-2417}}
SOC date: {{DATE:02/05/2024}}   Visit 0930-1115
Address: {{ADDRESS:27 Camino del Torreón}}, {{LOCATION:Los Lunas}}, NM {{ZIP:87031}}
Referring: {{NAME:Bernadette Sedillo}}, NP ({{FACILITY:Valencia Senior Clinic}}) after hosp at {{FACILITY:Rio Abajo Medical Ctr}} {{DATE:1/29-2/2/24}} for CHF exacerbation.
Primary caregiver: wife Doña {{NAME:Eufemia Gallegos}} (82), daughter {{NAME:Pauline Chávez}} checks in daily, ph {{PHONE:505-555-0186}}.

Homebound status: dyspnea after 15 ft, requires walker and assist of 1.
VS: BP 108/64, HR 72 irreg, RR 20, SpO2 91% RA, wt 78.4 kg (d/c wt 77.9).
Lungs fine crackles bases. 2+ pitting edema ankles. JVD not assessed (beard).
Meds: furosemide 40 BID (had only been taking AM dose - "me hace orinar toda la noche"), metoprolol succ 25, apixaban 5 BID, lisinopril held per d/c, KCl 20.
Home: adobe, wood stove, 2 steps no rail, throw rugs (removed w/ permission), well water.
Teaching: daily weights, 2 g Na (red chile ok, no canned posole), call if wt ↑ 1 kg/day or 2 kg/wk.
Plan: SN 2w3, 1w4; PT eval; MSW for Medicaid waiver/PCS. Orders sent to NP for signature.
{{NAME:Danielle Kaye Lucero}}, RN`,
  // 33
  `HOSPICE NURSE VISIT NOTE
{{FACILITY:Sunset Mesa Hospice}} - Visit {{DATE:12/02/2023}}, 1400-1450
Patient: {{NAME:Otero, Bonifacia}}   Age {{AGE:96}}   DOB {{DATE:06/05/1927}}   Hospice MR {{MRN:SMH-0998}}
Location: daughter's home, {{ADDRESS:9 Calle de Vallecitos}}, {{LOCATION:Chimayó}} {{ZIP:87522}}
Hospice dx: Alzheimer's dementia, FAST 7c. Attending: Dr. {{NAME:Quentin Archibeque}}. Medical director: Dr. {{NAME:Lorna Spivey}}

Pt bedbound, non-verbal, moans w/ repositioning. PAINAD 4 → given morphine 5 mg SL (Roxanol 20 mg/mL) at 1410, PAINAD 1 at 1440.
Intake: sips of atole, few spoons. Wt est down. Sacral stage 2 PI 1.5 x 1 cm, Mepilex applied; coccyx blanchable.
Breathing regular, no apnea. Mottling absent.
Family: daughters {{NAME:Florinda}} and {{NAME:Margarita Otero Trujillo}} at bedside; son {{NAME:Fermín}} coming from {{LOCATION:Pueblo}}, CO this weekend. Family wants priest - called {{FACILITY:Nuestra Señora del Rosario parish}} office, Father {{NAME:Elías}} to visit {{DATE:Monday 12/4}}.
Spiritual/cultural: family praying rosary, santos at bedside.
Supplies delivered: briefs, chux, Mepilex. Comfort kit intact in fridge (count verified w/ {{NAME:Florinda}}).
Plan: RN visits 3x/wk, HHA daily, chaplain Rev. {{NAME:Tom Castellano}}.
On-call: {{PHONE:505-555-0115}}.
{{NAME:Marisa Vigil}}, RN, CHPN`,
  // 34
  `MEDICATION RECONCILIATION - ADMISSION (pharmacy tech / PharmD)
{{FACILITY:Salt Flat Regional Medical Center}} ({{FACILITY:SFRMC}}) - {{LOCATION:Andrews}}, TX
Pt: {{NAME:MCALISTER, ROY DEAN}}   MRN {{MRN:PR330912}}   DOB {{DATE:2/2/1950}}   Admit {{DATE:08/30/2024}}
Sources: pt (fair historian), wife {{NAME:Darlene McAlister}} ({{PHONE:432-555-0124}}), pill bottles, {{FACILITY:Andrews Drug & Gift}} fill hx (spoke w/ RPh {{NAME:Juanita Vela}} at {{PHONE:432-555-0125}}), Surescripts.

Med                         Dose/Freq            Last taken    Status
------------------------------------------------------------------------
warfarin                    5 mg M/W/F, 2.5 other  {{DATE:8/29}} pm    HOLD (INR 4.6)
metoprolol tartrate         25 mg BID            {{DATE:8/30}} am    continue
furosemide                  40 mg daily          {{DATE:8/29}}       continue
glipizide                   10 mg BID            {{DATE:8/30}} am    HOLD - SSI
tamsulosin                  0.4 mg qhs           {{DATE:8/29}}       continue
omeprazole                  20 mg daily          unsure          continue
Goody's powder (ASA/APAP/caffeine)  "a few a day" for back   today   STOP - discussed w/ MD
Bengay / "horse liniment"   topical              -             ok

Notes: pt retired from {{FACILITY:Caprock Refining}} (30 yr). Drinks "a couple" beers/night. Anticoag clinic: {{FACILITY:SFRMC}} Coumadin Clinic, last INR 2.4 on {{DATE:8/14/24}}.
Discrepancy: fill hx shows simvastatin 40 mg last filled {{DATE:3/2024}} - pt stopped, "made my legs hurt."
Reviewed by {{NAME:Hollis Kemper}}, PharmD   {{DATE:08/30/2024 16:22}}`,
  // 35
  `TELEPHONE ENCOUNTER - Result Note
{{FACILITY:Laguna Creek Health Center}} Family Medicine
Pt: {{NAME:Holiday, Verna L}}  DOB {{DATE:05/16/1972}}  HRN {{MRN:KHC-771020}}
Date: {{DATE:2/20/2024}}

Result: Pap w/ HPV cotest collected {{DATE:2/6/24}} - ASC-US, HPV 16/18 neg, other hrHPV POSITIVE.
Per ASCCP risk-based guidelines → colposcopy recommended.

1st call 0915 to {{PHONE:928-555-0145}} - no answer, VM full.
2nd call 1330 - spoke w/ pt's husband {{NAME:Leonard}}, pt at work at {{FACILITY:Tsegi Canyon Boarding School}} cafeteria; left msg for pt to call back. Did NOT disclose results.
1545 pt returned call from work phone {{PHONE:928-555-0146}}. Identified w/ name + DOB. Explained results in English; pt declined Navajo interpreter. Answered questions re: HPV. Pt anxious, "my mom had cervical cancer." Reassured, explained next step.
Colpo scheduled {{DATE:03/07/2024}} 1:00 pm w/ Dr. {{NAME:Soto-Harjo}} at {{FACILITY:Canyon del Muerto Comprehensive Health Facility}} women's clinic (no colpo at {{FACILITY:LCHC}} currently). PRC not needed (IHS facility). Pt needs ride - CHR {{NAME:Lucinda Hatathlie}} notified.
Letter mailed to {{ADDRESS:PO Box 1408}}, {{LOCATION:Kayenta}} AZ {{ZIP:86033}}.
{{NAME:Glenda Bowman}}, RN`,
  // 36
  `PATIENT PORTAL - MEDICATION RENEWAL REQUEST (proxy)
Patient: {{NAME:Naranjo, Cipriano}}   MRN {{MRN:3318820}}   DOB {{DATE:10/31/1939}}
Proxy account: {{NAME:Theresa Naranjo-Gutierrez}} (daughter) - {{EMAIL:tnaranjo.gutz@webmail.example.net}}
Submitted {{DATE:05/19/2024 06:41}} from IP {{IP:198.51.100.47}} (mobile app)

Medications requested:
[x] insulin glargine (Lantus SoloStar) 100 u/mL - 22 units qhs
[x] insulin lispro (Humalog KwikPen) - 4-8 u w/ meals per scale
[x] pen needles 32G 4mm
[ ] donepezil 10 mg
Pharmacy: {{FACILITY:Puye Cliffs Community Pharmacy}} (IHS) - {{LOCATION:Santa Clara Pueblo}}, NM
Comments from requester: "Dad has 3 days left of the Lantus. Also his CGM sensor fell off early, the Libre 3 reader serial is {{DEVICE:3MH0049K2TY}}, can you send a replacement sensor. He is staying with me in {{LOCATION:Pojoaque}} now, new address {{ADDRESS:14B Calle Tesuque, Unit 2}}, {{LOCATION:Santa Fe}} {{ZIP:87506}}. Thank you."

Staff response {{DATE:5/20/2024 8:05 AM}}:
Lantus, Humalog, needles sent x 90 days per protocol (last A1c 7.6 {{DATE:4/2024}}, last OV {{DATE:4/22/24}} Dr. {{NAME:Kallestewa}}). Libre 3 sensor replacement - request submitted to Abbott (ref {{ID:CS-0071934822}}); pharmacy to dispense 1 extra sensor today. Address updated. - {{NAME:R. Cata}}, CMA
@SIGNATURE@`,
  // 37
  `EMPLOYER'S FIRST REPORT OF INJURY - CLINIC SECTION
Treating facility: {{FACILITY:Toyah Basin Hospital District}} ER, {{LOCATION:Pecos}}, TX
Employer: {{FACILITY:TransPecos Well Services Inc.}}   Site: {{FACILITY:Kraken 4H pad}}, {{ADDRESS:FM 1450 mile 6}}, {{LOCATION:Reeves Co.}}
Supervisor: {{NAME:Cody Raye Vickers}}  {{PHONE:432-555-0157}}
Carrier: Texas Mutual   Claim # {{ACCOUNT:2024-TX-0881426}}

Employee: {{NAME:Ramírez Olvera, Juan de Dios}}   DOB {{DATE:04/19/1990}}   SSN {{SSN:555-41-0927}}
Emp ID {{ID:TPW-40291}}   Home: {{ADDRESS:7114 Hwy 17 Lot 33}}, {{LOCATION:Balmorhea}} TX {{ZIP:79718}}   Ph {{PHONE:432-555-0158}}
DOI: {{DATE:01/23/2024}} approx 1540   Seen: {{DATE:01/23/2024 17:05}}

Description: Pt was gauging a tank when personal H2S monitor alarmed (peak 38 ppm per monitor log, monitor SN {{DEVICE:GX3-118904}}). Brief dizziness, nausea, eye irritation; self-evacuated upwind. Coworker {{NAME:Lalo Treviño}} drove him in. No LOC.
Exam: alert, GCS 15. Conjunctival injection. Lungs clear. SpO2 98%. Neuro intact.
ABG/co-ox nl, lactate 1.1. ECG NSR.
Dx: toxic effect of hydrogen sulfide, accidental, initial (T59.6X1A); conjunctivitis, chemical.
Work status: off rest of shift and next day; full duty {{DATE:1/25/24}} if asymptomatic.
Treating physician: {{NAME:Chidi Anyanwu}}, MD   TX lic {{LICENSE:R4471}}`,
  // 38
  `{{FACILITY:Gila River Pediatrics}}
{{ADDRESS:455 W. Pima Ave}}, {{LOCATION:Casa Grande}}, AZ {{ZIP:85122}}  ·  {{PHONE:(520) 555-0138}}

{{DATE:October 9, 2023}}

{{FACILITY:Blackwater Trail Middle School}}
Attn: Attendance Office / School Nurse Mrs. {{NAME:Whitfield}}

RE: {{NAME:Anthony Juan-Lewis}}     DOB: {{DATE:02/26/2011}}

Please excuse {{NAME:Anthony}} from school {{DATE:October 2}} through {{DATE:October 6, 2023}}. He was seen in our office on {{DATE:10/2/2023}} and diagnosed with influenza A and an asthma flare. He may return to school on {{DATE:Tuesday, October 10}}.

For the next 2 weeks:
 • He may use his albuterol inhaler (2 puffs) 15 minutes before P.E. and as needed for cough or wheeze. He is able to self-carry.
 • Please excuse him from the mile run until {{DATE:10/23}}.
 • Please notify his mother, {{NAME:Celestine Juan}} ({{PHONE:520-555-0139}}), if he needs his inhaler more than twice in a school day.

His updated Asthma Action Plan is attached. Thank you for your help.

Sincerely,
{{NAME:Harold Kisto}}, MD
Pediatrics`,
  // 39
  `=== FAX COVER SHEET ===
FROM: {{FACILITY:Border Health Center of Santa Teresa}}
{{ADDRESS:3300 Airport Rd, Bldg 4}}, {{LOCATION:Santa Teresa}} NM {{ZIP:88008}}
PH {{PHONE:575-555-0163}}   FAX {{FAX:575-555-0164}}

TO: Dr. {{NAME:Heriberto Salas}} / {{FACILITY:Paso del Norte Cardiology Group}}
FAX: {{FAX:915-555-0165}}     PHONE: {{PHONE:915-555-0166}}
DATE: {{DATE:3/22/24}}    PAGES (incl cover): 7
RE: Referral - {{NAME:LOZANO, EVANGELINA}}  DOB {{DATE:9/9/1961}}

[X] Urgent  [ ] For review  [ ] Please reply

Message: Referral for new AFib w/ RVR, CHA2DS2-VASc 4. Started apixaban 5 mg BID + diltiazem ER 180. Pt uninsured - has sliding scale w/ us; please advise re: your charity program. Pt prefers Spanish. Best contact: pt cell {{PHONE:575-555-0167}} or niece {{NAME:Yolanda}} {{PHONE:575-555-0168}}. Enclosed: OV note {{DATE:3/21/24}}, ECG, TSH, BMP, Echo order.
Referral # {{ID:REF-240322-019}}

Sender: {{NAME:Gisela Marrufo}}, referral coordinator

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received this in error, please notify the sender at the number above and destroy all copies.`,
  // 40
  `EMS PATIENT CARE REPORT
Agency: {{FACILITY:Gallo Mountain EMS}} ({{LOCATION:Quemado}} station)   Unit: Rescue 41   Run # {{ID:24-00318}}
Date: {{DATE:06/02/2024}}   Dispatched 1612   On scene 1701   Depart 1724   At dest 1802 (air rendezvous)
Location: {{FACILITY:Bar V Cross Ranch}} headquarters, {{ADDRESS:County Rd A-083, mile 11}}, {{LOCATION:Quemado}}
Patient: {{NAME:Lyle Dean Harkey}}   Age 67   DOB {{DATE:12/14/1956}}   Ph {{PHONE:575-555-0169}}

CC: kicked by horse to chest/abd
HPI: Pt shoeing a horse in corral, kicked to L lower chest ~1545. Ranch hand {{NAME:Tomás Guerrero}} called 911. Pt ambulatory initially, now pain 8/10 L chest/LUQ, SOB.
PMH: AFib on Eliquis, HTN. NKDA.
Assessment: A&Ox4, pale, diaphoretic. Ecchymosis L lower ribs, crepitus ribs 9-10. LUQ tenderness, guarding. BS = bilat.
VS 1705: BP 98/60 HR 118 irreg RR 24 SpO2 92%   1720: BP 86/52 HR 124 RR 26 SpO2 90% O2 4 L
Tx: O2 NC→NRB 15 L, 18g L AC NS 500 mL, 12-lead AFib 120s, fentanyl 50 mcg IN.
Rendezvous w/ {{FACILITY:LifeSky 3}} rotor at {{FACILITY:Largo Canyon VFD}} helipad 1802, pt care transferred to flight RN {{NAME:A. Benavidez}}, destination {{FACILITY:URGH}}.
Wife {{NAME:Janice Harkey}} following by ground.
Crew: {{NAME:Robert Gonzales}}, AEMT (lead); {{NAME:Kristin Ash}}, EMT-B`,
  // 41
  `URGENT CARE VISIT
{{FACILITY:Desert Palms Urgent Care - Somerton}}     DOS {{DATE:07/18/2024}}  13:52
Pt: {{NAME:Cruz Hernández, Eleazar}}   DOB {{DATE:3/3/1986}}   Acct {{ACCOUNT:DPU-00881302}}
Employer: {{FACILITY:Gila Bend Produce Harvesting}} (crew #12, foreman {{NAME:Rigoberto Álvarez}} {{PHONE:928-555-0173}})
Lives: {{ADDRESS:Av. Sirio 442}}, {{LOCATION:San Luis Río Colorado}}, Sonora - crosses daily at the port of entry, leaves home 0300.

cc: mareado, vomitó x2, calambres
Cutting lettuce since 0430, outside temp 114F at noon, "tomé 2 botellas de agua nomás." Dizzy, vomited twice, leg cramps. Foreman drove him in. No confusion per coworker.
VS: T 38.6 (tympanic), HR 124, BP 102/58, RR 20, SpO2 98%. Skin hot, diaphoretic. Alert, oriented x3. Mucosa dry.
POC: glucose 96, Na (i-STAT) 131, K 3.3, Cr 1.6, CK pending (sent out to {{FACILITY:Colorado River Reference Lab}} req {{ID:SQ7710236}}).
Tx: cooling (ice packs axillae/groin, fan, misting), NS 2 L IV. Ondansetron 4 mg IV. Repeat T 37.6, HR 96 at 15:10.
Dx: heat exhaustion w/ AKI (prob prerenal), hyponatremia mild. r/o rhabdo.
Plan: recommended transfer to {{FACILITY:Yuma Valley Medical Center}} ED for labs/obs given Cr and CK pending - pt declined ("tengo que cruzar antes de las 7"). AMA form signed in Spanish. Given oral rehydration, stay off work 2 days. Return precautions. Work note given.
F/u tomorrow - call {{PHONE:928-555-0174}}.
{{NAME:Lydia Encinas}}, FNP-BC`,
  // 42
  `DEATH PRONOUNCEMENT NOTE
{{FACILITY:Hogback Mesa Indian Medical Ctr}} - ICU bed 5
Patient: {{NAME:Hoskie, Leroy Bahe}}   DOB {{DATE:04/01/1944}}   HRN {{MRN:GIM-102284}}
Date/time of death: {{DATE:01/08/2024 03:27}}

Called by RN {{NAME:Shirley Joe}} at 0320 for absent respirations. Pt DNR/DNI (POLST {{DATE:12/30/23}}), comfort care since {{DATE:1/6}}.
Exam at 0324: no response to verbal or tactile stimuli, pupils fixed and dilated, no carotid pulse, no heart sounds x 1 min, no breath sounds x 1 min. Pronounced dead 0327.
Family at bedside: wife {{NAME:Ruth Hoskie}}, sons {{NAME:Delbert}} and {{NAME:Marvin Hoskie}}, daughter-in-law {{NAME:Arlene}}. Family requested that the body not be moved until a family member who is a traditional practitioner arrived; accommodated per policy. Belongings (turquoise bracelet, medicine pouch) left with body per family request.
Autopsy: declined by family (cultural). Not an OMI case (expected death, known metastatic pancreatic ca).
Funeral home: {{FACILITY:Red Mesa Mortuary - Gallup}}? - family later chose {{FACILITY:Zuni Mountain Memorial Chapel}}, ph {{PHONE:505-555-0178}}.
Attending of record Dr. {{NAME:E. Twoguns}} notified 0335. OPO notified 0341, ref # {{ID:DS24-00129}} - not a candidate.
Death certificate to be completed by Dr. {{NAME:Twoguns}}.
{{NAME:Priya Balakrishnan}}, MD (night hospitalist)   {{DATE:1/8/2024 0352}}`,
  // 43
  `CERTIFICATE OF IMMUNIZATION / SCHOOL ENTRY - NURSE REVIEW
{{FACILITY:Mimbres Valley Unified Schools}} - {{FACILITY:Bell Ranch Elementary}}   School yr 2024-25
Student: {{NAME:Guadalupe Itzel Morales}}   DOB: {{DATE:05/07/2019}}   Grade: K   Student ID: {{ID:0048817}}
Parent/guardian: {{NAME:Noemí Morales}}   Ph: {{PHONE:575-555-0181}}   Address: {{ADDRESS:210 S. Copper St}}, {{LOCATION:Deming}} NM {{ZIP:88030}}
Records source: NMSIIS printout + handwritten card from {{FACILITY:Centro de Salud Urbano, Palomas}} ({{LOCATION:Puerto Palomas}}, Chih.)

Vaccine       Dates
DTaP          {{DATE:07/10/2019}}, {{DATE:09/12/2019}}, {{DATE:11/15/2019}}, {{DATE:08/20/2020}}  → needs #5 (4-6 y)
IPV           {{DATE:07/10/2019}}, {{DATE:09/12/2019}}, {{DATE:03/2/2020}}  → needs #4
MMR           {{DATE:5/20/2020}} (given in Mexico as SRP)  → needs #2
Varicella     none; parent reports chickenpox at age 2 - no MD documentation
Hep B         birth, {{DATE:7/10/19}}, {{DATE:11/15/19}}  complete
Hep A         {{DATE:06/04/2021}} x1

Status: CONDITIONAL ENROLLMENT - 30 days. Letter sent home in Spanish {{DATE:8/12/24}}.
Referred to {{FACILITY:Clínica Comunitaria Mimbres}} walk-in clinic Tue/Thu.
Reviewed by {{NAME:Virginia Apodaca}}, RN - District Nurse`,
  // 44
  `WELL CHILD CHECK - 12 MONTH
{{FACILITY:Clínica Familiar del Río}} Pediatrics, {{LOCATION:Las Cruces}}
Pt: {{NAME:Jiménez Soto, Valentina}}    DOB {{DATE:02/19/2023}}    MRN {{MRN:CFR-662019}}
DOS {{DATE:02/22/2024}}    Accompanied by: mother {{NAME:Paola Soto}} (Spanish), grandmother
Interpreter: not needed, visit in Spanish w/ Dr. {{NAME:Reyna}}

Growth: Wt 9.1 kg (40%), Len 74 cm (45%), HC 45 cm (50%)
Diet: breastfeeding 3-4x/day, cow's milk started, eats "de todo" - tortilla, frijoles, arroz, fruit. Juice ~8 oz/day → counselled.
Dev: cruises, first steps 1 wk ago, says "mamá," "agua," pincer grasp, waves bye. ASQ-3 wnl.
Sleep: co-sleeps w/ mom.
Hx: ear infection {{DATE:Dec 2023}} treated at {{FACILITY:Mesilla Kids Urgent Care}}.
Exam: well appearing, TMs clear, 6 teeth, heart RRR no murmur, hips stable, normal genitalia. Skin: 2 Mongolian spots sacrum (documented previously).
Labs: Hgb POC 11.2, lead (capillary) 3.8 mcg/dL → repeat venous (borderline) - mom says they live near old smelter area? no - lives in {{LOCATION:Colonia Santa Rosa}} off {{ADDRESS:Hwy 28}}; dad works in construction.
Vaccines today: MMR, Varicella, Hep A #1, PCV20 #4. VIS given (Spanish). No rxn at 15 min.
Fluoride varnish applied.
Next WCC 15 mo ({{DATE:mid-May 2024}}).
{{NAME:Alma Reyna}}, MD`,
  // 45
  `PRENATAL VISIT
{{FACILITY:Mesilla Valley Women's Pavilion}} OB Clinic
{{NAME:Nakai, Shaylene}}   DOB {{DATE:1/4/2005}}   MRN {{MRN:0091774}}   {{DATE:9/12/2023}}
19 y.o. G1P0 @ 28w3d   EDD {{DATE:12/09/2023}} (by 9wk US)

S: Feeling well. +FM. Occ BH ctx. No VB, LOF. Mild HA this AM resolved w/ Tylenol. Working at {{FACILITY:Chile Shack on Lohman}}? - stopped, now at {{FACILITY:Organ Mountain Cinemas}} concession. Lives with boyfriend {{NAME:Kobe Sandoval}} and his mom in {{LOCATION:Mesilla}}. Her mom {{NAME:Rhonda Nakai}} lives in {{LOCATION:Shiprock}} and "wants her to come home to deliver" - discussed.
O: BP 136/88 (repeat 132/84). Wt 84.6 kg (+11 kg). FH 29 cm. FHT 145. Urine prot trace, glu neg.
Labs today: 1 hr GTT 151 (H), CBC Hgb 10.1, RPR NR, Tdap given (lot 3CA54C1), RhoGAM n/a (O pos).
A/P:
- Failed 1 hr GTT → 3 hr GTT scheduled {{DATE:9/19}}
- Anemia → ferrous sulfate 325 mg QOD
- BP borderline, no sx → PIH labs (CMP, PCR, CBC), BP check 1 wk; preE precautions reviewed
- Delivery plan: will deliver here; if relocates, records to {{FACILITY:Shiprock Pinnacle Medical Center}}? - pt undecided.
- WIC referral done. Safe sleep & car seat counselling.
RTC 1-2 wk.  {{NAME:Kirsten Duran-Lowe}}, CNM`,
  // 46
  `DIABETES SELF-MANAGEMENT EDUCATION - INDIVIDUAL SESSION
{{FACILITY:Halona Plaza Diabetes Program}}, {{LOCATION:Zuni}} NM
Participant: {{NAME:Lalio, Bernice T.}}    DOB {{DATE:07/07/1970}}    Chart {{MRN:ZDP-03317}}
Session 3 of 6    Date {{DATE:11/15/2023}}    Educator: {{NAME:Orlinda Chimoni}}, RD, CDCES
Accompanied by husband {{NAME:Virgil Lalio}}. Session partly in Zuni (Shiwi'ma) - husband translated some terms.

Goals set last visit ({{DATE:10/18}}): walk 20 min after supper 5 days/wk, switch from soda to water. Progress: walking 3-4 days, down to 1 soda/day. Reports feast preparation (Shalako season) - lots of baking, bread from outdoor oven (he'we), mutton stew.

Today's topics:
 • Carb counting with traditional foods - corn (blue corn mush), oven bread, squash, chile
 • Hypoglycemia - she had 1 episode BG 58 at work ({{FACILITY:Dowa Yalanne Unified Schools}} cafeteria) on glipizide; provider notified
 • Foot care - inspected feet w/ mirror; small fissure R heel → vaseline, cotton socks
 • Meter download: 14-day avg 168, 3 readings >250 (post-feast)

A1c {{DATE:10/30/23}}: 8.4 (from 9.1 in {{DATE:July 2023}})
Referral: to {{FACILITY:Corn Mountain Community Health Center}} pharmacist re: glipizide dose/ stop given hypo.
Next: {{DATE:Wed 12/13}} 10:00. Phone reminder to {{PHONE:505-555-0183}}.
{{NAME:O. Chimoni}} / typed by {{NAME:dpl}}`,
  // 47
  `TELERETINAL DIABETIC EYE EXAM - READING REPORT
Imaging site: {{FACILITY:Chinle Valley Health Station}}  Camera: Topcon TRC-NW400 SN {{DEVICE:TNW-7730218}}
Photographer: {{NAME:Darlene Yellowhair}}, certified imager
Image date: {{DATE:08/03/2023}}   Read date: {{DATE:08/09/2023}}
Patient: {{NAME:Tsinigine, Harold}}   DOB {{DATE:11/11/1958}}   HRN {{MRN:CVH-209914}}   Study ID {{ID:TR-23-044871}}
DM dx 2005, last A1c 10.2

Image quality: OD good, OS adequate (small pupil, cataract)

OD: Multiple dot-blot hemorrhages in all 4 quadrants, venous beading in 2 quadrants, hard exudates within 1 DD of fovea. No NVD/NVE seen.
OS: Dot-blot hemorrhages, cotton wool spots x 3, IRMA superotemporal. Hard exudate temporal to macula.

IMPRESSION:
OD - Severe NPDR w/ probable clinically significant macular edema
OS - Severe NPDR w/ possible CSME (limited view)
Recommendation: REFER within 2-4 weeks to retina specialist for exam and OCT; consider anti-VEGF.
Referral to {{FACILITY:Animas Retina Consultants}}, {{LOCATION:Farmington}} (PRC auth required). Notified PCP Dr. {{NAME:Norberto Cayaditto}} via RPMS and phone {{PHONE:928-555-0185}} on {{DATE:8/9/23}}.

Reader: {{NAME:Sarah Lightfoot-Moreno}}, OD   IHS Teleophthalmology   {{DATE:08/09/2023 15:12}}`,
  // 48
  `DENTAL PROGRESS NOTE
{{FACILITY:Pinon Mesa Dental Clinic}} (IHS)    Date {{DATE:3/27/2024}}
Patient: {{NAME:Bitsoi, Jalen}}    DOB {{DATE:10/2/2016}}    HRN {{MRN:PMD-551902}}    Age 7
Guardian: grandmother {{NAME:Evelyn Bitsoi}}, consent signed. Ph {{PHONE:928-555-0188}}
Referred by school dental screening at {{FACILITY:Round Butte Elementary}} ({{DATE:2/14/24}}) - "urgent" on form.

CC: "my tooth hurts when I eat candy"
Hx: pain LR x2 wks. No swelling/fever. Brushes "sometimes." Drinks soda/Kool-Aid daily. Hauls water; home water source - regulated well at chapter.
Exam: deep caries #T (DO) and #S (O), #30 sealant intact. #K caries w/ fistula buccal - abscess. #A, #J incipient. Perio: gingivitis generalized, heavy plaque.
Rads: 2 BWX, PA #K - periapical radiolucency, furcation involvement.
Tx today: ext #K under local (lido 2% 1:100k epi, 1 carpule, lot B23411), hemostasis achieved. SDF applied #A, #J. Fluoride varnish full mouth. OHI w/ grandma - toothbrush/paste given.
Post-op instructions given verbally + written.
Next: #T pulpotomy + SSC, #S OL filling - sched {{DATE:4/10/24}} w/ Dr. {{NAME:Ruiz-Tsethlikai}}. Consider GA at {{FACILITY:Hogback Mesa Indian Medical Ctr}} if behavior limits.
{{NAME:Keith Manygoats}}, DDS   DA: {{NAME:Rena Claw}}`,
  // 49
  `INTERFACILITY TRANSFER NOTE
From: {{FACILITY:Lea Plains Critical Access Hospital}} ({{FACILITY:LPCAH}}) ED, {{LOCATION:Hobbs}}? - no, {{LOCATION:Eunice}} campus
To: {{FACILITY:Lubbock Caprock University Hospital}} CVICU - accepting Dr. {{NAME:Marcus Odom}} (cardiology) via transfer center ({{PHONE:806-555-0189}}), ref # {{ID:TC-998127}}
Date: {{DATE:10/11/2023}}   Transport: {{FACILITY:Llano Air Medical}} fixed wing, departing {{LOCATION:Hobbs}} airport ETA 1530

Patient: {{NAME:Sweeney, Leland "Butch"}}   DOB {{DATE:07/30/1961}}   MRN {{MRN:LP-47712}}
62 yo M, pumper for {{FACILITY:Monument Draw Oil & Gas}}. Sudden crushing CP at 0940 while driving lease roads, drove himself in. Arrived 1012.
ECG 1015: STE II, III, aVF 3 mm, reciprocal I/aVL. Trop I 0.42. Inferior STEMI. Cath lab not available here; PCI-capable center >120 min → lytic strategy.
Tenecteplase 45 mg IV at 1031 (door-to-needle 19 min). ASA 325, clopidogrel 300, heparin 4000 u bolus → 800 u/h.
Post-lytic: pain 8→2/10, STE resolved >50% at 1120 ECG. Brief AIVR.
VS 1300: BP 118/72, HR 64, SpO2 97% 2L.
Family: wife {{NAME:Connie Sweeney}} {{PHONE:575-555-0191}} - will drive to {{LOCATION:Lubbock}} (2.5 h).
Sending MD: {{NAME:Abimbola Fashola}}, MD   {{DATE:10/11/23 13:10}}`,
  // 50
  `OPERATIVE REPORT
{{FACILITY:University of the Rio Grande Hospital}} - Main OR 7
PATIENT: {{NAME:Yepa, Francine}}    MRN: {{MRN:002915004}}    DOB: {{DATE:03/15/1979}}
DATE OF SURGERY: {{DATE:04/02/2024}}
SURGEON: {{NAME:Lorenzo Cárdenas-Whitlock}}, MD   ASSISTANT: {{NAME:Haley Moon}}, MD (PGY-4)
ANESTHESIA: GETA - {{NAME:R. Tso}}, MD / {{NAME:M. Kealoha}}, CRNA

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis w/ choledocholithiasis s/p ERCP ({{DATE:3/30/24}})
POSTOPERATIVE DIAGNOSIS: Same, acute on chronic cholecystitis
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram (CPT 47563)

FINDINGS: Thickened, edematous GB w/ dense omental adhesions. Critical view of safety obtained. IOC: free flow into duodenum, no filling defects.

DESCRIPTION: Pt identified, time-out performed. Supine, GETA. Abd prepped w/ ChloraPrep. Hasson entry at umbilicus, pneumo to 15 mmHg, 3 additional 5 mm ports. Adhesions taken down. Cystic duct and artery identified; CVS confirmed by both surgeons. Cholangiocatheter via cystic ductotomy, IOC as above. Cystic duct and artery clipped (Hem-o-lok) and divided. GB removed from liver bed with hook cautery, placed in Endocatch, extracted at umbilicus. Hemostasis. Fascia closed 0-Vicryl; skin 4-0 Monocryl.
EBL 25 mL. Specimen: GB to path. Counts correct x2. Pt to PACU stable.
Dictated {{DATE:4/2/2024 1405}} {{NAME:LCW}} / {{NAME:tjr}}`,
  // 51
  `ANESTHESIA PRE-PROCEDURE EVALUATION
{{FACILITY:Organ Mesa Regional Medical Center}} - Pre-Admission Testing
Pt: {{NAME:Olivas Bustamante, Reynaldo}}   MRN {{MRN:0079930}}   DOB {{DATE:01/05/1958}}   Eval {{DATE:05/28/2024}}
Procedure: R TKA, sched {{DATE:06/04/2024}}, Dr. {{NAME:Pettigrew}}
Hx source: pt, daughter {{NAME:Lorena}} (English), chart

PMH: HTN, DM2 (A1c 7.2), OSA on CPAP (uses ~4 h/night), obesity BMI 37, prior DVT 2015 after a horse fell on him at the {{FACILITY:Lazy J Cattle Co.}}, GERD.
PSH: L knee scope 2010, appy as child in {{LOCATION:Ciudad Juárez}} - "me durmieron con máscara, vomité mucho."
Meds: lisinopril/HCTZ 20/12.5, metformin 1 g BID, empagliflozin 10, omeprazole, ASA 81.
Allergies: sulfa (rash).
Social: former smoker 40 pk-yr, quit 2018. ETOH social. No drugs.
Airway: Mallampati III, TMD 5 cm, neck circ 46 cm, full beard, limited ext. Dentition: upper partial.
METs ≥4 (walks pasture daily). ECG: NSR, LAFB. Echo n/a.
ASA III. STOP-BANG 6.
Plan: spinal + adductor canal block preferred; video laryngoscope available. Hold empagliflozin 3 days prior (last dose {{DATE:6/1}}), hold lisinopril/HCTZ AM of surgery, metformin hold AM. Bring CPAP. PONV ppx (hx) - scopolamine patch, dex, ondansetron. DVT ppx per ortho (hx DVT).
{{NAME:Ingrid Solheim}}, MD - Anesthesiology    pgr {{PHONE:3387}}`,
  // 52
  `MICU PROGRESS NOTE - HD#3
{{FACILITY:URGH}} {{FACILITY:Sandia MICU}} bed 12
Pt: {{NAME:Benally, Kee Jr.}}   MRN {{MRN:003071188}}   DOB {{DATE:9/23/1991}}   {{DATE:06/14/2024}}

S/O: 32M from {{LOCATION:Tohatchi}} area admitted {{DATE:6/11}} w/ fever, myalgias, then rapid resp failure. Hantavirus IgM POSITIVE (SLD result {{DATE:6/13}}). Reports cleaning out a shed w/ mouse droppings at his uncle's sheep camp ~3 wk prior. NMDOH notified.
Overnight: P/F 98 → ECMO team consulted; VV-ECMO cannulated 2215 ({{DATE:6/13}}) by Dr. {{NAME:Whitcombe}}. Cardiac index 1.9, on norepi 0.12, vaso 0.04.
Vent: rest settings PC 10/PEEP 10, FiO2 30%. ECMO 4.2 L/min, sweep 3. Circuit: Cardiohelp SN {{DEVICE:CH-90041772}}.
Labs: WBC 24.1 (immunoblasts 14%), Hct 52 → 41, Plt 38, LDH 1180, lactate 3.4 → 2.1, Cr 1.9.
A/P:
1. HCPS w/ ARDS + cardiogenic shock on VV-ECMO - supportive; consider VA conversion if CI <1.8; echo today.
2. Thrombocytopenia - heparin low-intensity protocol, transfuse plt <20.
3. AKI - monitor, CRRT if oliguric.
4. Family: mother {{NAME:Lucille Benally}} and wife {{NAME:Tiana}} here; family meeting 1500 w/ SW {{NAME:Cordelia Apachito}} and Navajo-speaking chaplain. Family declined photos of pt on social media fundraiser - noted.
Critical care time 55 min.
{{NAME:Sebastián Ulloa}}, MD (fellow) / {{NAME:Hannah Greenberg}}, MD (attending)`,
  // 53
  `INTERDISCIPLINARY DISCHARGE PLANNING ROUNDS - {{FACILITY:Llano Estacado Regional Hospital}} 4 West
Date {{DATE:Thurs 3/7/2024}} 1000    Facilitator: {{NAME:Kimberly Ochoa}}, RN CM

Rm 401A  {{NAME:Ortiz, Celestino}} 81M - CAP, improving, on RA since yesterday. PT: walker, rec HH PT. Lives alone {{LOCATION:Lovington}}; son {{NAME:Rudy}} from {{LOCATION:Odessa}} staying wk. HH referral → {{FACILITY:Caprock Home Care}}. EDD {{DATE:3/8}}.
Rm 405B  {{NAME:Daugherty, Jolene}} 58F - cellulitis LLE, IV cefazolin → PO today. Needs wound f/u at {{FACILITY:Pecos Basin County Hospital}} Wound Center. EDD today.
Rm 408A  {{NAME:Gonzales-Lujan, Perla}} 44F - DKA resolved, new insulin. Uninsured → Medicaid app started w/ fin counselor {{NAME:Manny Portillo}}; insulin via mfr PAP? no - via hospital 340B retail pharmacy voucher. Diabetes ed done. EDD {{DATE:3/8}}.
Rm 412B  {{NAME:Yazzie, Cornelius}} 61M - POD#4 lap chole, orthostasis resolved. Ride home to {{LOCATION:Crownpoint}} - wife picking up 1400. EDD today.
Rm 415A  {{NAME:Hollingsworth, Edna Mae}} {{AGE:94}}F - hip fx s/p ORIF {{DATE:3/4}}, delirium improving. SNF search: {{FACILITY:Casa Bonita Nursing & Rehab}} accepted, bed {{DATE:3/9}}. Daughter {{NAME:Sue Ellen Pratt}} (POA) agrees, ph {{PHONE:575-555-0192}}.
Rm 416B  {{NAME:Aguilar, Baltazar}} 37M - alcohol w/d, CIWA 4. SW: referred to {{FACILITY:Mesa Sagrada Recovery Ranch}} residential, intake {{DATE:3/11}}.
Present: {{NAME:K. Ochoa}} CM, {{NAME:L. Brandt}} SW, {{NAME:D. Feather}} PT, Dr. {{NAME:Okonkwo}}, charge RN {{NAME:Becky Tallman}}.`,
  // 54
  `LANGUAGE SERVICES - INTERPRETER ENCOUNTER LOG
{{FACILITY:Sonoran Desert University Medical Center}} Interpreter Services   Ext {{PHONE:4-2210}}
Date {{DATE:01/17/2024}}

Pt: {{NAME:Ignacio Pablo}}   MRN {{MRN:S44119207}}   Language: O'odham (Tohono O'odham ñiok)
Requested by: Dr. {{NAME:A. Flanagan}}, Neurology, unit {{FACILITY:Catalina 5}} rm 5214
Interpreter: {{NAME:Verlon Manuel}} (contract, {{FACILITY:Himdag Language Services}}), ID {{ID:HLS-0042}}; no in-house O'odham interpreter available - scheduled in advance for 1400.
Start 1402   End 1458   Mode: in person

Encounter: goals-of-care discussion re: new large L MCA stroke. Present: pt (aphasic, limited participation), wife {{NAME:Clarinda Pablo}} (bilingual, declined to interpret - wanted to "just be his wife"), son {{NAME:Rodney}}, nephew. Dr. {{NAME:Flanagan}} explained prognosis; family asked for time and for a medicine man from {{LOCATION:Pisinemo}} to visit - chaplain {{NAME:Guadalupe Enos}} coordinating.
Interpreter note: the term for "stroke" was explained descriptively; family understood. No conflicts noted.
Follow-up session requested {{DATE:1/18}} 1000.
Entered by {{NAME:Yolanda Pacheco}}, Language Services coordinator`,
  // 55
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION - HIM PROCESSING NOTE
{{FACILITY:Del Norte Medical Center}} Health Information Management
Request rec'd: {{DATE:04/29/2024}}    Request # {{ID:ROI-2024-011873}}
Patient: {{NAME:Castillo Prieto, Rogelio}}    DOB {{DATE:11/19/1982}}    MRN {{MRN:10-5591-204}}
Requester: {{FACILITY:Law Office of Dalia Montañez, PLLC}}, {{ADDRESS:1100 N. Stanton St, Suite 600}}, {{LOCATION:El Paso}} TX {{ZIP:79902}}; ph {{PHONE:915-555-0194}}; {{EMAIL:records@montanezlaw.example.com}}
Purpose: personal injury claim (MVC {{DATE:12/31/2023}} on Loop 375)
Records requested: ED visit {{DATE:12/31/23}}, imaging CDs, bills {{DATE:12/31/23-2/15/24}}
Signed authorization: yes, pt signature dated {{DATE:4/20/24}}, expires 1 yr. Witness: {{NAME:Montañez}}.
Validation: DOB/name match. SUD/psychotherapy notes excluded. Pt has 2nd MRN ({{MRN:10-0017-339}}) from 2009 - merged? no, flagged for duplicate review.
Fee: $26.50 (TX). Released {{DATE:5/3/24}} via secure portal {{URL:https://roi.delnortemed.example.org/pkg/7713QXK}} (link expires 30 d).
Processed by {{NAME:Vanessa Orozco}}, RHIT   {{DATE:5/3/2024 11:20}}`,
  // 56
  `BURN / WOUND CARE DISCHARGE INSTRUCTIONS - INSTRUCCIONES PARA EL CUIDADO DE QUEMADURAS
{{FACILITY:Franklin Mountain Trauma Center}} - {{FACILITY:Burn & Wound Clinic}}
Patient / Paciente: {{NAME:Salazar, Itzel Marisol}}    Age 34    MRN {{MRN:EP-3409127}}
Date / Fecha: {{DATE:9 de noviembre de 2023}}

Injury: 2nd-degree (partial thickness) scald burn, R forearm & hand, ~3% TBSA, from pressure cooker (olla de presión) making menudo on {{DATE:11/7}}.
Dressing: Silver alginate (Acticoat) - LEAVE ON, change every 3 days at clinic. / NO quite el vendaje.
 • Elevate arm above heart. Levante el brazo.
 • Move fingers every hour to prevent stiffness.
 • Pain: acetaminophen 650 mg q6h + ibuprofen 400 mg q6h, alternating.
 • Itching: cetirizine 10 mg at night.
 • Do NOT put butter, toothpaste, sábila (aloe) or "pomada de la tienda" on the burn.
 • Keep dressing dry - cover with a plastic bag to shower.

Next appointment / Próxima cita: {{DATE:Lunes 13 de noviembre}} 8:30 AM, {{FACILITY:Burn & Wound Clinic}}, {{ADDRESS:4815 Alameda Ave, 2nd floor}}. Tel. {{PHONE:(915) 555-0196}}.
Work note: off work at {{FACILITY:Tortillería La Bendición}} x 7 days.
Return to ED if: fever, pus, red streaks, numbness, dressing soaked, pain not controlled.

Nurse: {{NAME:Araceli Ontiveros}}, RN    Pt verbalized understanding via teach-back in Spanish.`,
  // 57
  `ANTICOAGULATION CLINIC - TELEPHONE MANAGEMENT
{{FACILITY:Salt Flat Regional Medical Center}} Coumadin Clinic   ph {{PHONE:432-555-0170}}x3   fax {{FAX:432-555-0197}}
Pt: {{NAME:McAlister, Roy Dean}}   DOB {{DATE:02/02/1950}}   MRN {{MRN:PR330912}}
Indication: AFib (CHA2DS2-VASc 4) + mech? no - bioprosthetic AVR 2017. Goal INR 2.0-3.0
Date: {{DATE:09/16/2024}}

POC INR today (home monitor, CoaguChek XS SN {{DEVICE:UP0473815}}, called in by wife {{NAME:Darlene}}): 1.7
Recent: 4.6 on admit {{DATE:8/30}} (held x2 d) → 2.2 {{DATE:9/6}} → 1.7 today.
Interacting factors: finished Bactrim {{DATE:9/4}}; no more Goody's powders (confirmed). Ate "a lot of green chile and salad" this wk. No missed doses. No bleeding/bruising. No s/s stroke.
Current: 5 mg M/W/F, 2.5 mg other days (27.5 mg/wk)
New: 5 mg daily except 2.5 mg Sun (32.5 mg/wk, +18%)
Recheck INR in 1 wk {{DATE:9/23}}.
Spoke w/ pt & wife, read back dose plan. Calendar mailed to {{ADDRESS:1604 NW Avenue F}}, {{LOCATION:Andrews}} TX {{ZIP:79714}}.
{{NAME:Hollis Kemper}}, PharmD, CACP`,
  // 58
  `CONTROLLED SUBSTANCE REVIEW / PMP CHECK - PAIN MANAGEMENT
{{FACILITY:Mesa del Sol Pain & Spine}}, {{LOCATION:Los Lunas}}
Pt: {{NAME:Trujillo, Anselmo}}    DOB {{DATE:08/28/1969}}    MRN {{MRN:MDS-20711}}    Visit {{DATE:01/09/2024}}
Prescriber: {{NAME:Carolyn Benavídez}}, MD   DEA {{LICENSE:BB4418290}}   NM lic {{LICENSE:MD-2016-0413}}

NM PMP queried {{DATE:1/9/24}} 0846 (report # {{ID:PMP-88012374}}):
 - oxycodone/APAP 10/325 #90 q30d, {{NAME:Benavídez}}, filled {{FACILITY:Valencia Drug}} - consistent
 - gabapentin 600 TID - consistent
 - ** alprazolam 1 mg #30 filled {{DATE:12/18/23}}, prescriber {{NAME:D. Okoye}} NP ({{FACILITY:Valley Urgent Care}}) - NOT disclosed by pt
MME 45/day. Naloxone on file (Rx'd {{DATE:7/2023}}).
UDS {{DATE:12/12/23}}: + oxycodone, + oxymorphone, neg benzo, neg THC (expected).

Discussion: pt states alprazolam was for "flying to see my daughter in {{LOCATION:Denver}}," took 3 tabs. Reviewed risk of opioid + benzo combination, resp depression. Agreement re-signed (copy in media). Pt agrees not to take remaining alprazolam; will bring pills for count at next visit. Letter to NP {{NAME:Okoye}}.
Pill count today: 12 tabs oxycodone, expected 12. ✓
Work: retired from {{FACILITY:Manzano Proving Ground}} civil engineering - not a current safety-sensitive job.
Refill oxycodone x28 d (e-Rx, EPCS). RTC 4 wk.
{{NAME:C. Benavídez}}, MD`,
  // 59
  `ADDENDUM / LATE ENTRY
Original note: ED Provider Note dated {{DATE:07/21/2024 22:15}}
Addendum date: {{DATE:07/23/2024 09:40}}
Pt: {{NAME:Villanueva, Dulce María}}   MRN {{MRN:0941188}}   DOB {{DATE:12/12/1999}}
{{FACILITY:County Medical Center of Doña Ana}} ED

Late entry for clarification of events on {{DATE:7/21/24}}:
1. The pt's partner, identified as {{NAME:Isaías Barraza}}, was present at the beginning of the visit. History in original note was obtained with him in the room. After he stepped out at ~2250, pt disclosed she "did not fall" and that the injury (L orbital contusion) was from being struck. This was relayed verbally to RN {{NAME:Pamela Wong}} and SW pager was called but SW was in another trauma; it was not documented at the time.
2. Pt declined law enforcement. Pt was given DV resource card ({{FACILITY:La Casa de Paz Shelter}}) privately.
3. CT facial bones showed no fracture (accession {{ID:CT24-0721-3310}}).
4. SW follow-up phone call {{DATE:7/22}} to safe number provided by pt ({{PHONE:575-555-0198}}, pt's cousin {{NAME:Marlen}}) - per SW note, pt reached and safe.
This addendum is being made after discussion with ED medical director Dr. {{NAME:Chen Yu-Ting}} per documentation policy.
{{NAME:Rafael Montoya-Frías}}, MD`,
  // 60
  `TELEPHONE ENCOUNTER - call from school nurse
{{FACILITY:Sonoran Children's Hospital}} Pediatric Endocrinology   {{DATE:Tue 10/22/2024}} 11:05
Pt: {{NAME:Francisco "Paco" Antone-Ramos}}   DOB {{DATE:03/17/2013}}   MRN {{MRN:SCH-5501842}}
Caller: {{NAME:Mary Louise Enos}}, RN, school nurse, {{FACILITY:Ali Chuk Middle School}}, ph {{PHONE:520-555-0199}} ext 214

Reason: pump occlusion alarm + BG 312 at 1030, ketones (urine) moderate.
Pump: Tandem t:slim X2 SN {{DEVICE:1107733}} w/ Dexcom G7 (CGM reading 298 ↑). Site changed {{DATE:10/19}} (3 days), abdomen.
Pt feels "kind of sick," no vomiting. Ate breakfast at home (mom says bluebird flour tortillas + eggs). Mom {{NAME:Alicia Ramos}} at work in {{LOCATION:Tucson}} ({{PHONE:520-555-0101}}), reached by school nurse - aware.

Advice (per sick-day protocol, Dr. {{NAME:Nkemelu}}):
- Give correction by pen/syringe now (school has backup Humalog pen): 4.5 u per pump calculator.
- Change pump site now (supplies in office - nurse has done site changes before, mom gave permission).
- Water 8-16 oz/h. Recheck BG + ketones 1 h.
- If vomiting, ketones large, or BG >300 in 2 h after injection → mom to take to ED ({{FACILITY:Comobabi Indian Hospital}} closest, ~30 min).
1225 school nurse callback: BG 224, ketones small, pt back in class. Will recheck after lunch.
{{NAME:Jennifer Castañeda-Ohl}}, RN CDCES`,
  // 61
  `DOT MEDICAL EXAMINATION - EXAMINER NOTES (MCSA-5875 summary)
{{FACILITY:Basin WorkWell Occupational Health}}, {{ADDRESS:2900 Andrews Hwy, Ste C}}, {{LOCATION:Midland}} TX {{ZIP:79703}}
Exam date: {{DATE:03/11/2024}}    ME: {{NAME:Travis Lundquist}}, DO   NRCME # {{LICENSE:8874120933}}
Driver: {{NAME:DELGADO ARMENDÁRIZ, HUMBERTO}}    DOB {{DATE:06/30/1974}}    Age 49
CDL: TX Class A # {{LICENSE:33018427}}    Employer: {{FACILITY:Sand Hills Frac Sand Hauling}}
Truck (per driver, for company records): Kenworth T880, TX plate {{VEHICLE:R7K-2290}}, VIN {{VEHICLE:1XKZD49X7LJ471103}}

Hx: HTN on amlodipine 10 + losartan 50. DM2 on metformin (no insulin). OSA - diagnosed {{DATE:Nov 2023}}, CPAP compliance download: 78% nights ≥4 h (AirSense SN {{DEVICE:23180044712}}) - meets.
Vision: 20/25 OD, 20/30 OS, 20/25 OU (uncorrected). Fields 80° ea. Color: can distinguish red/green/amber.
Hearing: whisper test ≥5 ft bilat.
BP 142/88 (repeat 138/86). HR 74. UA: prot neg, glu 1+, SG 1.020.
Exam: BMI 36. Neck circ 45 cm. Otherwise wnl.

Determination: Meets standards - qualified for 1 year (HTN stage 1). Certificate expires {{DATE:03/11/2025}}.
Comments: reinforce CPAP use; A1c due - f/u PCP Dr. {{NAME:Esperanza Holguín}}.
{{NAME:T. Lundquist}}, DO   {{NAME:tl}}/{{NAME:ar}}`,
  // 62
  `INTAKE HEALTH SCREENING - DETENTION
{{FACILITY:Animas Valley Adult Detention Center}} Medical Unit
Inmate: {{NAME:BEGAYE, ROLAND T.}}    Booking # {{ID:24-003318}}    DOB {{DATE:12/02/1988}}
Intake date/time: {{DATE:02/17/2024 23:40}}    Arresting agency: municipal PD
Screener: {{NAME:Nicole Atencio}}, LPN

Current complaints: "I been drinking for 5 days." Last drink ~1800 today. Hx of withdrawal seizures (2022? pt unsure, "at {{FACILITY:Hogback Regional Health}}").
Meds: none currently. Previously on naltrexone through {{FACILITY:Shiprock Sunrise Recovery Center}}.
Allergies: NKDA
Medical: hep C (treated?), R wrist old fx.
Mental health: denies SI/HI today. Prior attempt 2019 (OD). Not on MH meds.
Vitals: BP 152/96, HR 108, T 36.9, RR 18, SpO2 97%. BAC 0.19 (per arresting officer PBT).
CIWA-Ar: 12 (tremor 3, sweats 2, anxiety 3, HA 2, nausea 2).
Skin: abrasion R cheek, tattoos, no track marks.
Disposition: placed on withdrawal protocol (chlordiazepoxide taper per standing order, signed by Dr. {{NAME:L. Redbird}}), medical observation cell M-3, CIWA q4h. Suicide risk screen: moderate → MH clinician {{NAME:Grace Nakai}} to see in AM.
Emergency contact: sister {{NAME:Lavina Begaye}}, {{LOCATION:Newcomb}}, {{PHONE:505-555-0102}}.`,
  // 63
  `INTERVENTIONAL NEPHROLOGY - PROCEDURE NOTE: FISTULOGRAM W/ ANGIOPLASTY
{{FACILITY:Rio Grande Vascular Access Center}}, {{LOCATION:Las Cruces}}
Pt: {{NAME:Mendoza Ávila, Lucía}}   DOB {{DATE:4/14/1966}}   MRN {{MRN:RGV-00882}}   DOS {{DATE:08/08/2023}}
Referring unit: {{FACILITY:DaySpring Dialysis - Picacho}} (RN {{NAME:Tina Marquez}}, fax {{FAX:575-555-0103}})
Operator: {{NAME:Dariusz Kowalewski}}, MD   Sedation RN: {{NAME:Elvia Ramos}}

Indication: L brachiocephalic AVF, ↑venous pressures (220s), prolonged bleeding post-HD x 3 wk, access flow 480 mL/min.
Consent: obtained in Spanish w/ interpreter {{NAME:Berta Villaseñor}}.
Sedation: midazolam 2 mg, fentanyl 50 mcg. Time 38 min.
Access: antegrade 6 Fr sheath L upper arm.
Findings: 80% stenosis cephalic arch; 50% juxta-anastomotic stenosis. Central veins patent.
Intervention: cephalic arch PTA 8 mm x 40 mm (Conquest), 20 atm x 2 → residual 20%. Juxta-anastomotic 6 mm PTA → residual <20%. Good thrill post.
Contrast: Visipaque 320, 45 mL. Fluoro 6.1 min.
Hemostasis: purse-string suture, remove at next HD.
Complications: none.
Plan: resume HD tomorrow (MWF). Re-eval 3 mo or sooner for dysfunction. Report faxed to unit.`,
  // 64
  `{{FACILITY:Desert Sage Kidney Center}}
{{ADDRESS:5801 Central Ave NW}}  {{LOCATION:Albuquerque}}, NM {{ZIP:87105}}  Tel {{PHONE:505-555-0106}}

{{DATE:May 14, 2024}}

{{FACILITY:Camelback Transplant Institute}}
Attn: Pre-Transplant Coordinator {{NAME:Melissa Harjo}}, RN
Fax: {{FAX:602-555-0108}}

RE: Kidney transplant referral - {{NAME:Geraldine Lente}}, DOB {{DATE:09/02/1955}}

Dear Ms. {{NAME:Harjo}},

I am referring Ms. {{NAME:Lente}}, a 68-year-old woman from {{LOCATION:Laguna Pueblo}} with ESRD secondary to diabetic nephropathy, on in-center hemodialysis since {{DATE:November 2021}} (TTS), for kidney transplant evaluation. After several family discussions she has decided to proceed. Her nephew {{NAME:Darrell Lente}} and daughter {{NAME:Monica Lente-Waquie}} have expressed interest in living donation.
Comorbidities: DM2 (A1c 7.1), HTN, secondary hyperparathyroidism. No known CAD; stress echo {{DATE:4/25/24}} negative. BMI 27. Blood type O+. Remaining residual urine ~300 mL/day.
She is a fluent Keres speaker; English is her second language and her nephew usually assists. Transportation to {{LOCATION:Phoenix}} will require IHS PRC assistance.
Enclosed: 2728 form, recent labs, dialysis records, echo.
Please contact me at {{EMAIL:faziz-romero@dsk.example.org}} or {{PHONE:505-555-0109}} with any questions.

Sincerely,
{{NAME:Farid Aziz-Romero}}, MD, Nephrology`,
  // 65
  `INFUSION CENTER NURSING NOTE - ONCOLOGY
{{FACILITY:Basin Sky Cancer Center}} - {{LOCATION:Odessa}}   Chair 11
Pt: {{NAME:Reza-Gallegos, Marta}}   DOB {{DATE:10/20/1963}}   MRN {{MRN:PBC-14402}}   {{DATE:02/06/2024}}
Regimen: FOLFOX + bevacizumab, C5D1 (metastatic colon ca)
Oncologist: Dr. {{NAME:Stavros Demetriou}}

Pre-assessment: ECOG 1. Neuropathy grade 1 fingertips (cold-induced). Mild fatigue. Mouth sores resolved. Wt 63.8 kg (stable). BP 146/90 (on amlodipine). UPC 0.4.
Labs today: ANC 2.1, Plt 142, Hgb 11.0, Cr 0.8, bili 0.6 - within parameters per Dr. {{NAME:Demetriou}}.
Access: R chest Power Port (BardPort, implant card SN {{DEVICE:RFLX09182}}), accessed w/ 20g 3/4" Huber, + blood return, flushed easily.
Premeds: ondansetron 16 mg, dexamethasone 12 mg IV.
Administered: bevacizumab 5 mg/kg 319 mg over 30 min; oxaliplatin 85 mg/m2 (146 mg) over 2h; leucovorin 400 mg/m2 concurrent; 5-FU bolus 400 mg/m2 (688 mg); 5-FU 2400 mg/m2 via CADD pump over 46 h (pump SN {{DEVICE:CADD-4422871}}).
No rxn. Pt tolerated well. Home pump teaching reviewed w/ husband {{NAME:Gerardo}}; spill kit given.
Disconnect: {{DATE:Thurs 2/8}} 1300 here or home health ({{FACILITY:Caprock Home Care}}).
{{NAME:LaTonya Briggs}}, RN, OCN`,
  // 66
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Paso del Norte Cardiology Group}} Echo Lab - {{ADDRESS:1700 Murchison Dr, Ste 305}}, {{LOCATION:El Paso}} TX
Patient: {{NAME:LOZANO, EVANGELINA}}    DOB {{DATE:09/09/1961}}    ID {{MRN:PDN-330018}}
Study date: {{DATE:04/03/2024}}    Accession {{ID:ECH-24-06612}}    Sonographer: {{NAME:Rubí Cisneros}}, RDCS
Referring: {{NAME:Gisela Marrufo}} / {{FACILITY:Border Health Center of Santa Teresa}}
Ht 157 cm  Wt 74 kg  BSA 1.77   BP 138/82   Rhythm: AFib, rate 88

MEASUREMENTS
 LVIDd 5.1 cm   LVIDs 3.8 cm   IVSd 1.1   PWd 1.0
 LVEF (biplane) 40%   GLS -13%
 LA vol index 52 mL/m2 (severely dilated)
 RVSP 41 mmHg   TAPSE 1.6 cm
 MV: moderate MR, E 1.2 m/s

FINDINGS: Mildly dilated LV w/ mildly reduced systolic fxn, global hypokinesis. Severe biatrial enlargement. Moderate functional MR. Mild TR. No LAA thrombus visualized (TTE limited). No pericardial effusion. IVC 2.1 cm, <50% collapse.

IMPRESSION:
1. LVEF 40% - possible tachycardia-mediated cardiomyopathy vs. other. Recommend GDMT and rate/rhythm control, repeat echo 3 mo.
2. Severe biatrial enlargement, moderate MR.
3. Mild pulmonary HTN.
Compared with outside echo 2019? - not available.

Interpreting cardiologist: {{NAME:Heriberto Salas}}, MD, FACC   {{DATE:04/03/2024 16:48}}`,
  // 67
  `PHYSICAL THERAPY INITIAL EVALUATION
{{FACILITY:High Plains Rehab - Clovis}}   DOS {{DATE:06/19/2024}}
Pt: {{NAME:Whitaker, Dalton James}}   DOB {{DATE:11/03/1995}}   MRN {{MRN:HPR-09932}}
Referring: {{NAME:Nadia Qureshi}}, MD (ortho), {{FACILITY:Curry County Orthopedics}}   Dx: S/p R ACL recon (BTB autograft) {{DATE:6/7/24}}
Payer: workers comp - {{FACILITY:Triple Bar Dairy}} (employer), adjuster {{NAME:Stacy Lomeli}} {{PHONE:806-555-0110}}, claim {{ACCOUNT:TBD-WC-118723}}

S: 28 y/o dairy hand, injured R knee {{DATE:4/28/24}} when slipped on wet concrete in milking parlor. Goal: return to full duty (lifting 75 lb feed sacks, standing 12-h shifts) and team roping on weekends.
Pain 4/10 at rest, 7/10 w/ stairs. Using crutches WBAT + hinged brace locked 0-90.
O: Effusion 2+ (stroke test). ROM R knee 5-0-88 (active), L 0-0-140. Quad lag 10°. SLR w/ lag. Incisions healing, steri-strips intact, no s/s infection. Patellar mobility ↓ sup/inf.
LEFS 22/80.
A: Post-op ACL, expected limitations. Good rehab potential.
P: 2-3x/wk x 12 wk. NMES quads, patellar mobs, heel slides, quad sets, SLR, gait training. Ice/compression. HEP issued (MedBridge code {{ID:K7YQ2MPT}}).
Return-to-work: sedentary/light duty only until cleared by Dr. {{NAME:Qureshi}}.
{{NAME:Colby Fenstermacher}}, PT, DPT   lic {{LICENSE:NM PT-5521}}`,
  // 68
  `PALLIATIVE CARE - FAMILY MEETING NOTE
{{FACILITY:Valley of the Sun Medical Center}} - {{FACILITY:Camelback 6}} family conference room
Date {{DATE:08/27/2023}} 1500-1615
Patient: {{NAME:Ochoa Pacheco, Aurelio}}    Age {{AGE:91}}    MRN {{MRN:V0337719}}

Present: pt's children {{NAME:Gloria Ochoa Ruelas}} (HCPOA), {{NAME:Ramiro Ochoa}}, {{NAME:Lety Ochoa Campos}} (by phone from {{LOCATION:Hermosillo}}), grandson {{NAME:Erik Ruelas}}; hospitalist Dr. {{NAME:Adeyemi}}; palliative {{NAME:Grace Whitehorse}}, NP; SW {{NAME:Lourdes Baeza}}; chaplain Fr. {{NAME:Tomás Meléndez}}; interpreter {{NAME:Sergio}} (in person).

Pt: {{AGE:91}} y/o M, retired cotton farmer from {{LOCATION:Coolidge}}, w/ advanced dementia, recurrent aspiration PNA (3rd admit since {{DATE:June 2023}}), now NPO, failed SLP eval {{DATE:8/25}}.
Discussion: Family shared that "Papá always said he didn't want machines." They asked about feeding tube - explained evidence in advanced dementia (no survival benefit, aspiration risk persists). Family tearful; {{NAME:Ramiro}} initially wanted PEG, after discussion agreed with sisters.
Decisions:
 - DNR/DNI confirmed; POLST completed, signed by {{NAME:Gloria}}.
 - No PEG. Comfort-focused hand feeding (pleasure feeds).
 - Hospice referral: family prefers home hospice at {{NAME:Gloria}}'s house in {{LOCATION:Casa Grande}} - referral to {{FACILITY:Sonoran Sunset Hospice}}.
 - Priest to give anointing today.
Time: 75 min, >50% counseling.
{{NAME:G. Whitehorse}}, NP`,
  // 69
  `ED PROVIDER NOTE - ENVENOMATION
{{FACILITY:Mesa Alta County Hospital}} ED    {{DATE:05/11/2024}}   Arrival 1748
Pt: {{NAME:Quiñónez, Abel}}   DOB {{DATE:07/07/1981}}   MRN {{MRN:MA01120391}}

HPI: 42 yo M ranch foreman at {{FACILITY:Florida Mountains Cattle Co.}} bitten on R hand by rattlesnake (pt says "diamondback, 4 ft") while moving a water trough ~1700. Coworker killed snake, brought it in a bucket (not handled). Tourniquet placed by coworker - removed on arrival. Drove 25 min in.
Exam: 2 fang marks R 3rd MCP dorsal. Edema to mid-forearm at 1800 (marked w/ time), ecchymosis, tender. Compartments soft. Neuro intact. Perioral tingling, metallic taste. No bleeding gums.
VS: BP 138/84, HR 104, SpO2 99%.
Labs: Plt 88 (!), fibrinogen 120, INR 1.4, CK 410.
Dx: crotalid envenomation, moderate (progressive swelling + coag abnl).
Tx: CroFab 6 vials IV at 1832 (lot 3H221740, exp 2026), repeat 6 vials 1950 after swelling progressed to elbow → control achieved. Tdap. Elevation. NO ice, NO incision.
Poison Center consulted (case # {{ID:NMPC-24-05531}}, {{NAME:Lisa Durán}}, PharmD).
Dispo: admit ICU stepdown for maintenance dosing (2 vials q6h x3) + serial coags. Dr. {{NAME:Ortega}} accepting.
Wife {{NAME:Graciela}} notified {{PHONE:575-555-0114}}.
{{NAME:Brent Holloway}}, DO   {{DATE:05/11/2024 20:15}}`,
  // 70
  `PEDIATRIC ED NOTE
{{FACILITY:Sonoran Children's Hospital}} Peds ED   {{DATE:8/4/2024}} 21:52
Pt: {{NAME:Lopez-Enos, Aaliyah}}   DOB {{DATE:05/30/2022}}   MRN {{MRN:SCH-6104478}}
Hx from mother {{NAME:Kristina Enos}} and grandmother; both English.

2 y/o F, 11.8 kg, stung on R foot by "little yellow scorpion" in bathroom at grandmother's home in {{LOCATION:Sells}} at ~2030. Within 20 min: inconsolable, roving eye movements, drooling, flailing extremities, "couldn't stop moving." Brought in by {{FACILITY:Desert Eagle EMS}}? no - family car, called ahead.
Exam: HR 168, RR 38, SpO2 95% RA, T 37.2. Roving nystagmus, tongue fasciculations, hypersalivation, opsoclonus, uncoordinated limb movements. Sting site: no local rxn (typical Centruroides).
Dx: Centruroides sculpturatus envenomation, grade IV.
Tx: Anascorp 1 vial IV (lot A3V0519) at 2208. Midazolam 0.1 mg/kg IN for agitation prior. Suction, position.
2250: nystagmus resolved, drooling resolved, pt sleeping comfortably, SpO2 99%.
Poison center notified ({{PHONE:520-555-0119}}), case {{ID:AZPC-240804-117}}.
Plan: obs 4 h, discharge if sx-free. Home safety: shake out shoes, move crib from wall, UV flashlight; grandma's house {{ADDRESS:Lot 8, Big Fields Rd}} - pest control via tribal housing.
Attending: {{NAME:Mariana Ugalde}}, MD   Resident: {{NAME:Jonah Feld}}, MD`,
  // 71
  `TELEHEALTH VIDEO VISIT
{{FACILITY:Rio Grande Sur Health}} Virtual Care    {{DATE:01/04/2024}} 19:20-19:34
Pt: {{NAME:Tapia, Gilberto}}   DOB {{DATE:06/18/1977}}   MRN {{MRN:RGS-4018872}}
Pt location (verified): home, {{ADDRESS:88 Calle Luna}}, {{LOCATION:Hatch}} NM - state NM ✓
Provider location: {{LOCATION:Las Cruces}} office
Platform: Epic/Zoom-integrated. Session link {{URL:https://visit.rgshealth.example.org/j/5540182277}}; pt connected from IP {{IP:203.0.113.86}} (audio dropped x1, reconnected).
Consent for telehealth: verbal, obtained.

CC: fever, cough, body aches x 2 days. Home COVID antigen + this AM (pt showed test to camera). Wife {{NAME:Irene}} also sick.
Hx: HTN, DM2 (A1c 7.9), BMI 34. 2 doses Pfizer 2021, no booster. Works at {{FACILITY:Hatch Valley Chile Co.}} warehouse.
Obs via video: speaking full sentences, no distress, RR ~18 counted. Home pulse ox 95%, T 38.3 (pt report).
A: COVID-19, mild, high risk (DM, obesity, HTN).
P: Paxlovid (nirmatrelvir 300/ritonavir 100) BID x5d - eGFR 88 {{DATE:11/2023}}; hold atorvastatin during tx + 3 d. Sent to {{FACILITY:Hatch Family Pharmacy}}. Isolation guidance, work note x5 days. ED if SpO2 <92%, SOB, confusion.
Callback # if video fails: {{PHONE:575-555-0120}}.
{{NAME:Ximena Duarte}}, PA-C`,
  // 72
  `MyChart message - RE: mi papá / my dad
From: {{NAME:Rosaura Bañuelos}} (proxy for {{NAME:Bañuelos Treviño, Apolinar}}, MRN {{MRN:55087731}})
Sent {{DATE:9/15/2023 7:02 AM}}

Buenos días. I am writing for my father, he doesn't use computer. The rain last night flooded the road in the colonia ({{LOCATION:Colonia Vista del Sol}}, off {{ADDRESS:Montoya Rd}}) and we can't get the car out, so he's going to miss his dialysis today at {{FACILITY:DaySpring Dialysis - Picacho}} at 11. He has his legs a little swollen but he says he's breathing ok. He did take his 4 o'clock meds. Can he just go tomorrow? Also the van from the county doesn't come back until Monday? What do we do. My phone {{PHONE:575-555-0123}}. Gracias.

Reply from {{NAME:Tina Marquez}}, RN (dialysis charge) - {{DATE:9/15/2023 7:40 AM}}
Hola {{NAME:Rosaura}}, thank you for letting us know. We called your phone. We can hold a chair for him tomorrow ({{DATE:Saturday 9/16}}) at 0600 - the unit opens early for weather make-ups. Please limit his fluids to 1 liter today and no salty foods (no chicharrones, no menudo). If he gets short of breath, can't lie flat, or has chest pain, call 911 - EMS can reach you even with the flooding. Dr. {{NAME:Kaminski}} is aware. We also contacted {{FACILITY:Doña Ana Transit Access}} about a ride for tomorrow, confirmation {{ID:DATA-772301}}.`,
  // 73
  `{{FACILITY:Clínica Familiar del Río}} - {{ADDRESS:1295 El Paseo Rd, Suite B}}, {{LOCATION:Las Cruces}}, NM {{ZIP:88001}}
Tel {{PHONE:575-555-0132}}  Fax {{FAX:575-555-0133}}

{{DATE:12 de marzo de 2024}} / {{DATE:March 12, 2024}}

A quien corresponda / To whom it may concern:
{{FACILITY:Rancho Los Alamitos}} - Sr. {{NAME:Everardo Lucero}}, mayordomo

Por medio de la presente hago constar que el Sr. {{NAME:Crispín Valles Barraza}} (fecha de nacimiento {{DATE:14/06/1985}}) fue atendido en nuestra clínica el día {{DATE:11/03/2024}} por una lumbalgia aguda (acute low back strain).

This letter certifies that Mr. {{NAME:Valles Barraza}} was seen in our clinic on {{DATE:March 11, 2024}} for acute low back strain. He may return to work on {{DATE:March 14, 2024}} with LIGHT DUTY for 2 weeks:
 - No lifting hay bales, feed sacks or fence posts over 20 lb / No levantar más de 20 libras
 - No horseback riding or operating the tractor / No montar a caballo
 - May do irrigation checks, feeding by hand, gate work
Full duty expected {{DATE:03/28/2024}} if improving.

Atentamente / Sincerely,

{{NAME:Alma Reyna}}, MD (firma en archivo)
{{NAME:AR}}/{{NAME:yc}}`,
  // 74
  `NEWBORN BIRTH CERTIFICATE WORKSHEET (facility use - data for Vital Records)
Facility: {{FACILITY:Ysleta Community Hospital}}   Facility ID 48-1107
Child: {{NAME:Santiago Emiliano Herrera Quezada}}   Sex M
Date of birth: {{DATE:11/23/2023}}   Time: 0617   Place: hospital, L&D rm 6
Birth weight 3,655 g   GA 39 wk   Plurality: single   Apgar 9/9

MOTHER
 Legal name: {{NAME:Daniela Quezada Ibarra}}   Maiden surname: {{NAME:Quezada}}
 DOB {{DATE:02/10/1997}}   Birthplace: {{LOCATION:Delicias}}, Chih., Mexico
 Residence: {{ADDRESS:10455 Socorro Rd, Trlr 14}}, {{LOCATION:Socorro}}, {{LOCATION:El Paso County}}, TX {{ZIP:79927}}
 Inside city limits? yes   Education: high school (Mexico)   Hispanic: yes - Mexican
 MRN {{MRN:00481120}}   SSN: none/declined
FATHER
 Name: {{NAME:Rodrigo Herrera Salcido}}   DOB {{DATE:08/29/1994}}   Birthplace: {{LOCATION:Ciudad Juárez}}, Mexico
 Occupation: welder - {{FACILITY:Vinton Steel Fabricators}}
 AOP signed: yes, witnessed by {{NAME:Sandra Bueno}} (birth registrar)

Prenatal care began: {{DATE:May 2023}}, # visits 11, at {{FACILITY:Centro de Salud Familiar La Fe}}
Medical record info: GBS neg; epidural; SVD; no NICU.
Attendant: {{NAME:Consuelo Baca}}, MD   NPI {{LICENSE:1386605552}}
Certifier signature date {{DATE:11/24/2023}}
Form completed by: {{NAME:S. Bueno}}   Verified w/ mother at bedside {{DATE:11/24/23 1015}}`,
  // 75
  `ED NOTE - UNIDENTIFIED PATIENT / HEAT STROKE
{{FACILITY:Sonoran Desert University Medical Center}} ED, Resus 1
Pt: UNKNOWN MALE (unidentified, trauma alias assigned)   MRN {{MRN:S99000417}}   Arrival {{DATE:07/09/2023 15:22}}
Brought by: {{FACILITY:Pima Rural Fire EMS}} after found by Border Patrol agents near {{ADDRESS:Ajo Way mile 31}}, W of {{LOCATION:Three Points}}. Pt w/ group, others evaded. 

Est. age 20-30. No ID. Carrying a Mexican voter card? - no, only a paper w/ phone # {{PHONE:+52 662 555 0127}} and the name "Tía {{NAME:Chayo}}".
On arrival: GCS 7 (E2V2M3), core (rectal) T 42.3 C, HR 152, BP 84/40, RR 32. Dry, hot skin. Seizure-like activity x1 at 1525.
Tx: cold-water immersion (body bag/ice) → T 38.9 at 1549, stopped at 38.9. Intubated 1535 (RSI etomidate/roc). NS 3 L + LR. Lorazepam 2 mg. 
Labs: Na 158, K 5.8, Cr 3.4, CK 18,400, AST 890, lactate 7.1, INR 2.0, Plt 61. UDS neg.
Dx: exertional heat stroke w/ multiorgan dysfunction, rhabdo, AKI, DIC picture.
Dispo: MICU. Mexican Consulate ({{LOCATION:Tucson}}) notified for identification assistance per policy; SW {{NAME:Paloma Reséndez}} following. Belongings (1 backpack, rosary, photo of woman and child) secured, property # {{ID:PROP-23-07091}}.
{{NAME:Dmitri Kaplan}}, MD   {{DATE:07/09/2023 16:40}}`,
  // 76
  `PHARMACY NOTE - REFILL / COST ISSUE
{{FACILITY:Rio Grande Sur Health}} Outpatient Pharmacy #3, {{LOCATION:Anthony}} TX   ph {{PHONE:915-555-0140}}
Pt: {{NAME:Sifuentes, Remedios}}   DOB {{DATE:01/27/1955}}   Rx profile {{MRN:RX-0088170}}
Date: {{DATE:06/21/2024}}  time 1610   Pharmacist: {{NAME:Quang Tran}}, PharmD

Pt at counter requesting refill of insulin aspart and glargine. Medicare Part D plan (member ID {{HEALTH_PLAN:1EG4-TE5-MK73}}) → in coverage gap, copay quoted $187. Pt states she will "buy it in {{LOCATION:Juárez}}" instead - has been buying Lantus + NPH at a pharmacy near the bridge in {{LOCATION:Ciudad Juárez}}, keeps it in cooler for the trip.
Counselled: storage/temperature, verify concentration (U-100), not to mix brands/doses without calling clinic. Pt has been using NPH 20 u "when she can't find Lantus" - prescriber not aware.
Actions:
 1. Applied manufacturer $35 cap program for glargine - accepted (BIN 610020, PCN CNRX). Copay now $35.
 2. Aspart → switched to insulin lispro biosimilar per formulary, $35.
 3. Called prescriber Dr. {{NAME:Carmen Leal}} office {{PHONE:915-555-0141}}, spoke w/ MA {{NAME:Yesenia}} re: NPH use and BG log - will call pt for appt.
 4. Referred to Extra Help (LIS) application - gave form, pt's granddaughter {{NAME:Ashley Sifuentes}} ({{EMAIL:ash.sifuentes02@example.com}}) will help online.
Dispensed: glargine 3 boxes, lispro 2 boxes, pen needles. Counselled in Spanish.
Rx #s {{ID:6120884}}, {{ID:6120885}}`,
  // 77
  `ed triage
{{FACILITY:Coal Mine Mesa Regional Health Center}} ER   {{DATE:4/27/24}} 1638
pt {{NAME:Claw, Dezbah}}  5 y/o F  dob {{DATE:11/8/2018}}  hrn {{MRN:CMM-330651}}
w/ mother {{NAME:Kaylene Claw}} + grandma (Diné speaker)

cc: dog bite to face/L arm
bitten by neighbor's dog (rez dog, "brown, always loose") outside grandma's house near {{FACILITY:Wildcat Wash Chapter House}} ~1530. mom cleaned w/ water, drove in. dog owner {{NAME:Eugene Tallsalt}}, lives next hogan - unsure if rabies vaccinated.
lac L cheek ~2 cm gaping, puncture x3 L forearm, bleeding controlled w/ pressure.
vs hr 118 rr 24 bp 102/64 t 37.0 spo2 99% wt 19.2 kg
pain 6/10 FACES. crying but consolable. no eye involvement.
imm utd per mom, last DTaP {{DATE:12/2022}}.
esi 3. to peds rm 3.
animal bite report → tribal animal control + CHR {{NAME:Delphine Nez}} notified; report # {{ID:AB-24-0427-02}}. dog to be quarantined 10 d per Navajo Nation protocol.
mom cell {{PHONE:928-555-0142}}
triage rn: {{NAME:Lionel Dayzie}}, RN`,
  // 78
  `L&D NURSING FLOWSHEET - PPH EVENT
{{FACILITY:Organ Mesa Regional Medical Center}} L&D rm 7
Pt: {{NAME:Chee, Raylene}}   MRN {{MRN:0092218}}   DOB {{DATE:3/3/1993}}   {{DATE:07/30/2024}}
30 yo G4P4 s/p NSVD at 2011 (infant to NBN, Apgar 8/9). Placenta delivered 2019, appeared intact.

TIME   EVENT
2026   fundus boggy, u/+2, heavy bleeding w/ clots. Fundal massage. QBL running 650 mL. Called Dr. {{NAME:Ortiz-Baca}} and charge RN {{NAME:Deb Lovato}}.
2028   PPH Stage 2 called. 2nd IV 18g R AC. Pitocin ↑ to 500 mL/h.
2030   Methergine 0.2 mg IM (BP 118/70 - ok). Foley placed, 120 mL clear.
2034   QBL 1,050 mL. HR 122, BP 96/58. TXA 1 g IV. Blood bank notified - 2 u PRBC crossmatched (T&S done on admit).
2038   Hemabate 250 mcg IM. Bimanual massage by MD.
2045   Bakri balloon placed, 400 mL NS. Bleeding slowing.
2100   QBL total 1,480 mL. HR 104, BP 104/62. 1 u PRBC started, 2-RN verification at bedside.
2130   Fundus firm, Bakri draining 40 mL/30 min. Pt alert. FOB {{NAME:Marcus Chee}} at bedside w/ baby.
2200   Hgb 7.9 (from 11.4). 2nd unit PRBC.
Debrief done 2215: {{NAME:D. Lovato}} RN, {{NAME:Ortiz-Baca}} MD, {{NAME:J. Pino}} RN, anesthesia Dr. {{NAME:Sauer}}.
Recorder: {{NAME:Felicia Abeyta-Cruz}}, RN`,
  // 79
  `DISCHARGE SUMMARY
{{FACILITY:PECOS BASIN COUNTY HOSPITAL}} ({{FACILITY:PBCH}}) - MED/SURG 2
PATIENT: {{NAME:TAFOYA, EUSEBIO}}     MRN: {{MRN:PB0043391}}     DOB: {{DATE:02/09/1957}}
ADMIT: {{DATE:11/02/2023}}     DISCHARGE: {{DATE:11/07/2023}}
ATTENDING: {{NAME:NAOMI FERGUSON-LUCERO}}, MD     PCP: {{NAME:ALAN REDHOUSE}}, DPM (WOUND) / {{NAME:JUDITH KEMP}}, NP (PCP)

DISCHARGE DX:
1. L FOOT DIABETIC ULCER W/ OSTEOMYELITIS 1ST METATARSAL HEAD (MRI {{DATE:11/3}})
2. DM2 UNCONTROLLED (A1C 10.1)
3. PAD - S/P L SFA ANGIOPLASTY {{DATE:11/4/23}} BY DR. {{NAME:CRANDALL}}
HOSPITAL COURSE: 66 YO M RANCHER FROM {{LOCATION:FORT SUMNER}} ADMITTED FROM WOUND CLINIC W/ PROBE-TO-BONE POSITIVE L 1ST MTH ULCER, ESR 88, CRP 9.4. MRI C/W OM. VASCULAR: L SFA 90% STENOSIS → PTA W/ GOOD RESULT, ABI 0.68 → 0.91. PODIATRY: L 1ST RAY PARTIAL AMPUTATION {{DATE:11/5/23}} - BONE CX MSSA, PROX MARGIN CLEAN PER PATH. ID: CEFAZOLIN IV → CEPHALEXIN PO X 2 WK (CLEAN MARGIN).
INSULIN STARTED: GLARGINE 18 U QHS + METFORMIN.
*** COPIED FROM {{DATE:08/22/2023}} NOTE: "PT KEEPS WORKING THE CATTLE, WEARS BOOTS ALL DAY" ***
DISPO: HOME W/ WIFE {{NAME:ADELINA TAFOYA}}. HOME HEALTH {{FACILITY:DE BACA COUNTY HOME CARE}} FOR NWB TEACHING, DRESSING. KNEE SCOOTER ORDERED.
F/U: WOUND CLINIC {{DATE:11/14}}; VASCULAR 4 WK; PCP 1-2 WK.
CONDITION: STABLE.
ELECTRONICALLY SIGNED {{NAME:N. FERGUSON-LUCERO}}, MD {{DATE:11/07/2023 17:02}}   DICT/{{NAME:KH}}`,
  // 80
  `PATIENT REGISTRATION / FACE SHEET
{{FACILITY:Franklin Mountain Trauma Center}}     Reg date {{DATE:02/03/2024 08:11}}     Registrar: {{NAME:mlozoya}}
MRN {{MRN:EP-3420066}}     Account/HAR {{ACCOUNT:4100983317}}     Visit type: Outpatient surgery

PATIENT
 Name: {{NAME:ARMIJO RASCÓN, MARÍA DE LOS ÁNGELES}}    Preferred: "{{NAME:Angie}}"
 DOB {{DATE:10/15/1980}}   Sex F   Marital: M   Lang: Spanish/English
 SSN {{SSN:555-19-8402}}
 Address: {{ADDRESS:3617 Tierra Caliente Dr}}, {{LOCATION:Horizon City}}, TX {{ZIP:79928}}
 Home {{PHONE:915-555-0150}}   Cell {{PHONE:915-555-0151}}   Email {{EMAIL:angie.armijo.r@example.net}}
 Driver's lic: TX {{LICENSE:41729983}}
 Employer: {{FACILITY:Tierra Este ISD - Sierra Cenizo Elementary}} (teacher aide)   Work ph {{PHONE:915-555-0152}}

GUARANTOR: self
PRIMARY INS: Aetna Better Health (TX Medicaid STAR)   Member ID {{HEALTH_PLAN:704418825}}   Group: n/a
SECONDARY: none

EMERGENCY CONTACTS
 1. {{NAME:Rascón, Eduardo}} (spouse)  {{PHONE:915-555-0153}}
 2. {{NAME:Armijo, Lucila}} (mother)  {{PHONE:915-555-0154}}, lives in {{LOCATION:San Elizario}}

PCP: {{NAME:Thanh Nguyen}}, MD - {{FACILITY:Cielo Vista Family Practice}}
Referring: {{NAME:Ignacio Ruelas}}, MD (gen surg)
Advance directive: none on file. Interpreter needed: no. Religion: Catholic.
Photo ID scanned: yes. Insurance card scanned: front/back.
@ALLERGIES@  @PHARMACY@`,
];

export const HELDOUT_REALISTIC_26_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout26-${i + 1}`, n));
