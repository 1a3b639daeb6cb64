// A hundredth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is rural and remote care and clinical research: EMS run reports
// (unit numbers, vehicle plates, mile markers, highway crossings, ranch and farm addresses),
// critical-access hospital ED notes, air-medical transfer logs, telehealth consults with IP
// addresses and session ids, travel medicine and returning-traveller notes (cities abroad),
// disaster and mass-casualty triage tags, agricultural and mining injuries with employers, and
// clinical-trial documents: screening logs, consent forms, subject ids, site numbers, adverse event
// reports, monitor visit letters and IRB correspondence. Next to the PHI it packs look-alikes that
// are not PHI: eponyms and named scales (Glasgow Coma Scale, Cincinnati, Ottawa, Canadian C-spine,
// Lake Louise, Rankin, Apgar, Bishop, Snellen, Foley, Sager, Broselow, Parkland, Garden, Kehr,
// Murphy, Battle, Tinel, Epley, Morgan lens, Jones, Colles and Monteggia fractures), drugs and
// doses, lab values, ICD-10, CPT, NDC, MedDRA and lot numbers, protocol, NCT, site and kit numbers,
// EMS units, rigs, aircraft tail numbers, rooms and beds, clock times, years, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-21 final engine
// (ae581d0) 0.9619 / 0.9334.
// Written by a helper that read only the README's types and guideline, set 72's header and `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the conventions of set 72's header: titles and
// credentials stay outside NAME spans; MIMIC placeholders are annotated over their content
// (brackets outside), typed by what they stand for; a time attached to a full date is part of it;
// a weekday written with a date is part of it; payers, their departments and fax lines, and state
// or federal agencies are not PHI; schools, employers, churches, shelters, clubs, prisons, labs,
// transport and home-care agencies and a patient's pharmacy or DME supplier are FACILITY; insurer
// and Medicare/Medicaid member numbers are HEALTH_PLAN; billing, claim and utility numbers are
// ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE; plates and VINs are VEHICLE;
// pump, sensor, port, CPAP, ICD and implant serials are DEVICE; accession, order, authorization,
// requisition, case, incident, juror and employee numbers are ID; short in-house pagers and
// extensions are PHONE; lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI.
// Honorifics in other languages and kin terms (Ong, Hastiin, Mama, Uncle, Grandpa, Sister, Sra.,
// Don, Sgt) and newborn labels (baby girl, Twin A) stay outside NAME spans; a highway mile marker,
// highway crossing or intersection where a person was is ADDRESS; a date range written as one token
// is one DATE span; a city abroad is LOCATION wherever it appears; a month/day without a year is a
// DATE, and a clock time next to it stays outside the span, while one attached to a date with a
// year is inside; compact all-digit and military-style dates (03042024, 4MAR24) are DATE; an age
// over 89 is AGE however it is written (91yo -> [91]yo, 92F -> [92]F, [ninety-three]), ages of 89
// and under are not; a nickname, first name alone, last name alone, lower-case name or initials
// standing for a person (patient, family or staff, incl. typist and signer initials) are NAME, one
// span per occurrence; trauma aliases are NAME; ranches, farms, reservations, chapters and rural
// communities as places are LOCATION, while a ranch, farm, clinic or school as an employer or a
// place of care is FACILITY; a county named with Co or County is LOCATION; rural routes, HC/RR
// boxes, PO boxes, county road addresses and mile markers are ADDRESS; EMS unit and rig numbers,
// rooms and beds are not PHI; an EMS run number is ID; tribal citizen, passport, booking and badge
// numbers are ID; a file name or reference number of a patient's face photo is PHOTO; a
// fingerprint or palm-vein template number is BIOMETRIC; a hospital hailed on the radio by its
// short name is FACILITY.
// Added for this set: a month with a year (03/2023, Mar 2023) is a DATE, while a year of birth
// alone is not; telehealth session, meeting and visit ids are ID, the IP address of either end of
// a call is IP and a meeting link is URL; trial subject, screening and randomisation numbers are
// ID and a subject's initials are NAME, while protocol, NCT, site, IRB/ethics reference, amendment
// and kit numbers are not PHI (like trial numbers) and sponsors, CROs and central IRBs are not PHI
// (like payers); a site's own hospital or clinic is FACILITY, and monitors, coordinators and
// investigators are staff whose names, emails and phones are PHI; mass-casualty triage tag numbers
// and DVI case numbers are ID and a fingerprint card number is BIOMETRIC; an aircraft tail number,
// a flight call sign and the serial of an EMS monitor, ventilator or AED are not PHI (like rig
// numbers), while a patient's own car, truck, ATV or tractor plate or VIN is VEHICLE; airline
// flight and seat numbers are not PHI, and a passport number is ID; mines, quarries, feedlots,
// oilfield outfits, farms and ranches as employers are FACILITY; a workers' comp claim number is
// ACCOUNT and an OSHA or MSHA case number is ID; a nickname in quotes inside a full name is its
// own NAME span, with the given and family names as spans either side; a payment card's last four
// digits are ACCOUNT; a staff login name built from a person's name is NAME; interpreter ID
// numbers and mail or parcel tracking numbers are ID; a central IRB's or IWRS vendor's helpline and
// generic inbox are not PHI (like a payer's lines); ICF version dates, IRB approval dates and visit
// windows written as dates are DATE like any other date, while a lot's or a kit's expiry is not.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:BUTTE CREEK VOLUNTEER AMBULANCE}} -- PATIENT CARE REPORT
Run # {{ID:24-00871}}   Unit: Medic 2   Crew: {{NAME:D. Halvorsen}}, EMT / {{NAME:Kasey Two Bulls}}, AEMT
DOS {{DATE:06/14/2024}}  disp 0217 / enrt 0219 / on scene 0241 / dep 0307 / dest 0352
Scene: {{ADDRESS:US-85 NB MM 171}}, just S of {{ADDRESS:County Rd 40}} crossing, {{LOCATION:Fall River Co}}, SD
PT: {{NAME:BROCKMEIER, WYATT J}}  34 M  DOB {{DATE:02/09/1990}}
Home: {{ADDRESS:11802 Cottonwood Spur Rd}}, {{LOCATION:Edgemont}} SD {{ZIP:57735}}  ph {{PHONE:605-555-0148}}
Veh: 2011 Ram 2500, SD plate {{VEHICLE:3C 4471}}, single veh rollover x2, driver, unrestrained, self-extricated PTA. Found sitting on shoulder c/o L chest wall + neck pain.
Glasgow Coma Scale 15 -> 14 (confused to day). BP 148/92 HR 112 RR 22 SpO2 94% RA. BGL 131. BS = bilat. Canadian C-spine rule positive (dangerous mechanism), collar + vacuum mattress. 18g L AC, NS TKO. Fentanyl 50 mcg IV x2 (0251, 0303). Zofran 4 mg IV.
Pt states he "hit a deer or something" driving home from night shift at {{FACILITY:Dakota Hills Bentonite}}.
Report to {{FACILITY:Red Canyon Community Hospital}} ED via radio 0331, {{NAME:Maddie}} RN took report. TOC 0352.
Wife {{NAME:Shawna}} notified by {{NAME:KTB}} on cell {{PHONE:605-555-0193}}.
-- {{NAME:D. Halvorsen}} EMT #{{LICENSE:SD-E-20417}}`,

  `PCR NARRATIVE  {{FACILITY:Adams Co Rescue Squad}}   inc# {{ID:2024-003318}}   Rescue 7 + Engine 3
Paged 1422 for male entrapped in grain bin at the {{LOCATION:Schaible place}}, {{ADDRESS:6521 89th St SW}}, rural {{LOCATION:Mott}} ND {{ZIP:58646}}. Directions per caller: W on Hwy 21 to the {{ADDRESS:Hwy 21 / 65th Ave SW}} jct, 3 mi S, second yellow bin.
On arrival 1449 pt {{NAME:Lukas Schaible}} (17M) buried in wheat to mid chest, bin sweep auger OFF and locked out by uncle ({{NAME:Ray Schaible}}). Pt A&Ox4, c/o "can't get a full breath". Retrieval tube placed by Capt. {{NAME:Voller}}... correction, placed by Engine 3 crew under {{NAME:Voller}}; grain removed by hand/shop vac.
Extricated 1611. Bilat LE numb, cap refill >3 sec, BP 102/64 HR 128 SpO2 91% -> 97% on NRB 15L. Lungs coarse, coughing dust. Crush concern, 2 large bore IVs, NS 1L wide open, albuterol 2.5 neb.
Mother {{NAME:Renata}} on scene, states DOB {{DATE:11/30/2006}}, allergies NKDA. Pt works for family op {{FACILITY:Schaible Grain & Cattle LLC}}.
Air requested 1545, rendezvous at the {{LOCATION:Mott}} airstrip... cancelled 1604 d/t wind 38 kt, ground to {{FACILITY:Cedar Butte Memorial Hospital}}.
PCR completed {{DATE:6/22/24 1840}} {{NAME:jh}}/{{NAME:tr}}`,

  `RUN REPORT - CARDIAC ARREST
{{FACILITY:Prairie Rose Ambulance District}} / Unit 3142 / run {{ID:R24-1187}}
{{DATE:Sat 09/07/2024}}
Called by neighbor {{NAME:Dale Ostby}} ({{PHONE:406-555-0177}}) - husband collapsed in calving barn, {{LOCATION:Lazy J Bar Ranch}}, {{ADDRESS:HC 63 Box 2214}}, {{LOCATION:Jordan}}, MT. 47 mi from station. FR from {{FACILITY:Garfield Co QRU}} arrived first (+22 min).
pt: {{NAME:Arvid}} "{{NAME:Swede}}" {{NAME:Lindqvist}}... aka {{NAME:Swede}}, 71M. Bystander CPR by wife {{NAME:Ingrid}} ~9 min. FR AED: 2 shocks. Our arrival 1523: VF, shocked 200J, iGel, IO L prox tibia, epi 1 mg x3, amio 300 then 150. ROSC 1551, ETCO2 38. Post ROSC BP 88/50 -> norepi 8 mcg/min.
Hx per wife: CABG 2016 at {{FACILITY:Billings Heart Institute of Yellowstone}}, ICD? "no, just stents". Meds Plavix, metoprolol, atorvastatin.
Intercept with fixed wing at the {{LOCATION:Jordan}} airstrip 1640, handed to flight crew {{NAME:B. Mensah}} RN.
LP15 s/n 44718092 -- code summary uploaded. Wife rode with neighbor.
{{NAME:T. Garza-Ruiz}}, NRP   lic {{LICENSE:MT-P-55102}}`,

  `ems narrative (brief) {{DATE:04/03/24}}
Medic 1 {{FACILITY:Big Horn Basin Ambulance}} resp to {{LOCATION:Pitchfork Ranch}} headquarters, {{ADDRESS:4418 Rd 6 WX}}, {{LOCATION:Meeteetse}} WY {{ZIP:82433}} for ranch hand kicked by horse. pt {{NAME:Eusebio Carranza}} 52M, works for {{FACILITY:Greybull River Cattle Co}}, kicked L flank by colt approx 0930 then "got stomped". Foreman {{NAME:Jody Albrecht}} drove him to the shop, called 911 at 1002.
On exam: ecchymosis L upper quadrant, guarding, Kehr sign + (L shoulder pain). HR 118 BP 96/58. Murphy sign neg. FAST not avail in field. 2 IV, TXA 1 g over 10 min per protocol.
Spanish speaking, interp by phone line via Sra. {{NAME:Lopez}}... correction - interp was coworker {{NAME:Rigo}}. Pt gave DOB {{DATE:3-12-72}}. Employer ins card in wallet (WC carrier: Mountain States Comp), claim # not yet issued.
Transported emergent to {{FACILITY:Absaroka Valley}} hmm no - diverted to {{FACILITY:Shoshone Bend Regional}} per med control Dr. {{NAME:Ahn}} 1041.
Veh of pt's employer left at ranch. Pt's personal truck plate {{VEHICLE:WY 14-3377B}} also left at bunkhouse.
{{NAME:mk}} AEMT`,

  `BACKCOUNTRY SAR / EMS JOINT REPORT
Agency: {{FACILITY:Valley Co Search and Rescue}} w/ {{FACILITY:Cascade Ambulance}}
Incident {{ID:VCSAR-24-0019}}   {{DATE:January 28, 2024}}
Reporting party: {{NAME:Mikayla Stroud}} cell {{PHONE:208-555-0126}} - riding partner of pt, called via sat messenger ~1315 from the ridge N of {{LOCATION:Warm Lake}}. Coordinates in SAR file.
Subject: {{NAME:Corbin Hale}} 29 M, DOB {{DATE:07/19/1994}}, {{ADDRESS:917 Lick Creek Rd}}, {{LOCATION:McCall}} ID {{ZIP:83638}}.
Snowmobile (Polaris, reg {{VEHICLE:ID SN 58214}}) vs tree, helmet on. c/o R femur pain, obvious deformity. Sager splint applied 1512 by {{NAME:Pike}} (SAR medic). Hypothermia mild, T 35.1 by tympanic, warm packs, hypowrap.
Sled tow to trailhead 1705, handoff to {{FACILITY:Cascade Ambulance}} at {{ADDRESS:Warm Lake Hwy MM 26}} trailhead lot. ALS: fentanyl 100 mcg IN. Transport to {{FACILITY:Ponderosa Lakes Medical Center}}.
Partner's plate (left at TH): {{VEHICLE:2V 84106}}. Pt's dog "Ranger" picked up by brother {{NAME:Colt}}.
Report by {{NAME:A. Nakamura-Price}} IC`,

  `*** HAZMAT EXPOSURE - EMS PCR ADDENDUM ***
{{FACILITY:Kossuth Rural Fire & EMS}}  Run {{ID:0624-1143}}  {{DATE:6/24/2024 06:48}}
Pt {{NAME:Dwayne Ellefson}} 58M, farmer, was switching anhydrous ammonia nurse tank hose at field entrance {{ADDRESS:260th St & Hwy 169}}, NE of {{LOCATION:Algona}}, when coupling failed. Wet from waist up, c/o burning eyes, throat tightness. Self-decon at water tank (approx 5 min) prior to our arrival.
Tank leased from {{FACILITY:Upper Des Moines Agronomy Coop}}, tank ID NH3-4471 (coop equipment, not pt's).
Findings: bilat conjunctival injection, corneal clouding R>L, stridor intermittent, SpO2 89% RA. Morgan lens placed bilat w/ NS, 2L each eye. Albuterol/atrovent neb x2. Humidified O2.
Wife {{NAME:Carol Ellefson}} arrived in pickup, IA plate {{VEHICLE:KSH 902}}, brought med list: lisinopril, metformin. DOB per wife {{DATE:08/02/1965}}. Home {{ADDRESS:2788 Quail Ave}}, {{LOCATION:Algona}} IA {{ZIP:50511}}.
Intubation not needed. Transport to {{FACILITY:Algona Prairie Hospital}}... per OLMC Dr. {{NAME:Fairweather}} direct to burn center at {{FACILITY:Mercy Plains Burn Unit}} via air; air declined (weather), long ground.
Poison center case {{ID:IA-PC-2406-5522}}.
{{NAME:LR}} / {{NAME:SS}}`,

  `MEDIC 9 - OB DELIVERY IN FIELD
{{DATE:11/02/2024}}  {{FACILITY:Sweetgrass Ambulance Service}}  run {{ID:11-0229}}
Dispatched to {{ADDRESS:I-15 SB at MM 348}} for woman in labor in pickup on shoulder. Husband {{NAME:Tomas Yellow Owl}} driving her from {{LOCATION:Browning}} to {{FACILITY:Cut Bank Creek Indian Hospital}}... no - to {{FACILITY:Marias Women's Center}} in {{LOCATION:Shelby}}.
Mom: {{NAME:Jolene Yellow Owl}} 24 y/o G3P2, 38+4 wks by dates, EDD {{DATE:11/11/24}}, prenatal care at {{FACILITY:Badger Creek Clinic}}. SROM clear ~40 min PTA.
On arrival crowning. Delivered 0122 on scene, viable female, nuchal cord x1 reduced. Apgar 8 and 9. Bulb suction. Placenta delivered 0131 spontaneous, fundus firm, est blood loss 300 mL. Oxytocin 10 units IM. baby girl {{NAME:Yellow Owl}} wrapped, skin to skin, temp 36.4.
Tribal enrollment # given by husband {{ID:BFT-061882}} (for Baby's IHS registration).
Transport both to {{FACILITY:Marias Women's Center}}, arrived 0219.
Truck: white Chevy, MT plate {{VEHICLE:38-7742A}} left at {{ADDRESS:exit 348}}, brother in law {{NAME:Vince}} to get it.
{{NAME:R. Bjornstad}} EMT-I`,

  `Stroke alert - field to ED radio log ({{FACILITY:Pinal Rim Ambulance}})
{{DATE:2/14/24}}
1708 M14 to {{FACILITY:Superior Desert}} (radio short name for {{FACILITY:Superior Desert Community Hosp}}): "65 yo female, {{NAME:Beatriz Oyelaran}}, LKW 1620 per husband, R facial droop, R arm drift, aphasic. Cincinnati 3/3, LAMS 4. BGL 142. BP 188/104. ETA 25."
1712 ED charge {{NAME:Noreen}} copies, stroke alert called, tele-stroke paged.
1714 M14: "pt on {{ADDRESS:Hwy 77 at the Dripping Springs Rd turnoff}}, meeting Medic 11 from {{LOCATION:Kearny}} for ALS, 12 lead NSR."
1729 M14 arrived. Pt DOB {{DATE:05/30/1958}}, MRN {{MRN:SD0045921}}. Husband {{NAME:Femi Oyelaran}} ph {{PHONE:520-555-0164}} following in car.
1733 CT. Tele-neuro Dr {{NAME:Castellanos}} on screen 1741.
Dispatch notes: caller address {{ADDRESS:37 Old Ray Mine Rd}}, {{LOCATION:Hayden}} AZ {{ZIP:85135}}.
Log kept by {{NAME:p.w.}}`,

  `PCR - Possible OD
{{FACILITY:Tonopah Volunteer Ambulance}}  Unit 21   {{DATE:Mar 3 2024}}   Run# {{ID:TVA-24-0317}}
Called by motel clerk ({{FACILITY:Silver Queen Motor Inn}}, {{ADDRESS:1290 N Main St, Rm 14}}, {{LOCATION:Tonopah}} NV {{ZIP:89049}}) - guest unresponsive. Clerk {{NAME:Harpreet}} states pt checked in yesterday, ID shown was NV DL {{LICENSE:1103582461}}.
Pt found supine on floor, RR 4, pinpoint pupils, cyanotic. BVM, naloxone 2 mg IN then 1 mg IV, RR 14 and GCS 14 within 4 min. Pt awake, combative briefly, then cooperative.
Pt id'd self as {{NAME:Jesse Ray Dutton}}, DOB {{DATE:10/4/1991}}, states "just a couple blues". Hx of OUD, was at {{FACILITY:Crossroads Recovery House}} in {{LOCATION:Reno}} until last month.
Refused transport initially, then agreed after 2nd naloxone. Tx to {{FACILITY:Esmeralda Crossing Medical Ctr}}; note: facility is a 24h stand-by ER, no inpatient.
Vehicle in lot registered to pt's mother {{NAME:Sharon Dutton}}, NV plate {{VEHICLE:812-KTW}}, LE (Dep. {{NAME:Aguirre}}) on scene. Sheriff case # {{ID:NCSO-24-00784}}.
{{NAME:CB}}/{{NAME:mo}}`,

  `{{FACILITY:Sheridan Co Ambulance}} MCI-lite (2 pts) lightning strike
Date {{DATE:07/21/2024}}. Location: rodeo arena, {{FACILITY:Northeast Montana Fairgrounds}}, {{ADDRESS:1753 Fairground Rd}}, {{LOCATION:Plentywood}} MT.
PT 1: {{NAME:Haley Brekke}} 19 F, barrel racer. Found by arena staff, pulseless per bystander, CPR started by off-duty RN {{NAME:Oksana Petrenko}}. Our arrival: pulse present, GCS 13, Lichtenberg figures L shoulder/back, keraunoparalysis both legs resolving. Entry burn L scalp. 12 lead: sinus tach 124.
PT 2: {{NAME:Clay Brekke}} (brother) 23 M, thrown, c/o tinnitus, TM rupture suspected R. Ambulatory.
Horse destroyed by vet Dr. {{NAME:Whitcomb}} on scene.
Both transported to {{FACILITY:Plentywood Critical Access}}, PT 1 for fly-out to {{FACILITY:Northern Prairie Burn & Trauma}}.
Parents {{NAME:Gary}} and {{NAME:Lynette Brekke}} reached at {{PHONE:406-555-0119}}.
Event organizer: {{FACILITY:Big Muddy Rodeo Association}}.
Report: {{NAME:K. Fjelstad}}, EMT   cc: QA {{NAME:M. Dahl}}`,

  `PEDS ATV ROLLOVER - PCR
Unit: Rescue 4, {{FACILITY:Harlan Co EMS}}   Inc {{ID:HC-240519-07}}   {{DATE:Sunday May 19 2024}}
Loc: strip bench off {{ADDRESS:KY-160 near MM 7}}, above {{LOCATION:Lynch}}, access via old haul road, 4x4 required.
Pt {{NAME:Braxton Cornett}}, 11 yo M, DOB {{DATE:1/8/13}}, passenger on youth ATV (Honda, VIN {{VEHICLE:478TE2304FH100918}}) driven by cousin {{NAME:Kaden}}, 13, rolled on slope. No helmet.
Mom {{NAME:Tasha Cornett}} {{PHONE:606-555-0181}} on scene, dad works at {{FACILITY:Black Mountain Energy No. 3}}.
Broselow: purple. GCS 15. Deformity R forearm, splinted. Abrasions face. Abd soft. HR 122, BP 108/70. Acetaminophen 15 mg/kg PO.
Pediatric trauma criteria not met; transported to {{FACILITY:Cumberland Gap Regional}} for xray... query Monteggia vs simple both bones.
Med control: Dr. {{NAME:Ssempala}}.
Home address per mom: {{ADDRESS:88 Looney Creek Holler Rd}}, {{LOCATION:Lynch}} KY {{ZIP:40855}}.
-- {{NAME:Tiffany Noble}}, Paramedic`,

  `Welfare check -> hypothermia
{{FACILITY:Golden Valley Co EMS}}   {{DATE:12-27-23}}   run {{ID:GV-231227-2}}
Deputy {{NAME:Lindgren}} requested EMS to {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Beach}}, ND {{ZIP:58621}} for elderly male found in yard near woodpile, outside temp -11F.
Pt {{NAME:Olaf Hovde}}, {{AGE:93}} yo, lives alone on the home place, daughter {{NAME:Marit Sandvik}} in {{LOCATION:Dickinson}} ({{PHONE:701-555-0107}}) called the welfare check when he missed church at {{FACILITY:Trinity Lutheran Beach}}.
Found: responsive to pain only, core temp 29.8 C (esophageal probe), J waves on monitor, bradycardic 38, BP 80/p. Gentle handling, wet clothes cut off, warmed IV NS 40C, hot packs axilla/groin. No CPR needed.
DOB {{DATE:02/11/1930}} - confirmed {{AGE:ninety-three}} by daughter. Medicare # from wallet {{HEALTH_PLAN:4TG7-KW2-HM81}}.
Transported to {{FACILITY:Sentinel Butte Memorial}} (CAH) with plan for ECMO-capable transfer.
Dog and cat left with neighbor {{NAME:Arne}}.
{{NAME:S. Kittelson}}, AEMT / {{NAME:J. Oyelowo}}, EMT`,

  `{{FACILITY:PRONGHORN VALLEY MEMORIAL HOSPITAL}} - EMERGENCY DEPARTMENT
Critical Access Hospital, {{ADDRESS:400 W Antelope Ave}}, {{LOCATION:Lusk}} WY {{ZIP:82225}}
PATIENT: {{NAME:Hazeltine, Verna M}}   MRN {{MRN:PVM-008817}}   DOB {{DATE:04/17/1932}}   AGE {{AGE:92}}
ARRIVAL {{DATE:08/03/2024 1915}} via {{FACILITY:Lusk Ambulance}}   PCP: {{NAME:Deb Carrizales}}, FNP ({{FACILITY:Niobrara Family Clinic}})
HPI: {{AGE:92}}F from {{FACILITY:Sage Manor Assisted Living}} w/ unwitnessed fall at ~1800, found by aide {{NAME:Kaylee}}. C/o L hip pain, unable to bear wt. Denies LOC. On Eliquis 2.5 BID for afib.
EXAM: L leg shortened and externally rotated. Neurovasc intact distal. GCS 15. No Battle sign.
XR: displaced L femoral neck fx (Garden IV). CXR no acute. INR 1.3, Hgb 11.2, Cr 1.4.
MDM: no ortho coverage at this facility. Spoke with Dr. {{NAME:Oduya}} ortho at {{FACILITY:Laramie Peak Regional Medical Center}} 2040, accepted. Fascia iliaca block 30 mL 0.25% bupivacaine by me 2055.
Son {{NAME:Dale Hazeltine}} (POA) {{PHONE:307-555-0133}} agrees with transfer.
DISPO: transfer by ground, {{FACILITY:Lusk Ambulance}}.
{{NAME:R. Tsosie}}, MD  ({{DATE:08/03/24 2110}})`,

  `ED TRIAGE / NSG NOTES  {{FACILITY:High Lonesome Health Center}} ER (2 beds)
{{DATE:10/12}}
1402 walk-in. {{NAME:Marguerite}} "{{NAME:Peggy}}" {{NAME:Stoltz}} 67F, dizzy since AM, "room spinning when I roll over". ESI 3. BP 156/88 P 80 T 36.8 SpO2 97.
1405 called PA on call {{NAME:Luis}} (cell {{PHONE:541-555-0152}}), 20 min out from {{LOCATION:Fields}}.
1430 {{NAME:L. Arrieta}} PA-C at bedside. Dix-Hallpike + R. Epley done x2. HINTS benign per PA.
1445 pt feels better, ambulating. Meclizine 25 mg PO given.
1510 ride home: husband {{NAME:Walt}} from ranch (the {{LOCATION:Alvord Ranch}} road is washboard per pt lol). Address on file {{ADDRESS:68420 Fields-Denio Rd}}, {{LOCATION:Fields}} OR {{ZIP:97710}}.
1512 d/c instr given, f/u w/ {{FACILITY:Steens Valley Clinic}} in {{LOCATION:Burns}} on {{DATE:10/15}}.
----------
1840 {{NAME:Dobbs, Kyle}} 34M lac to L palm from fencing wire at {{FACILITY:Catlow Rim Cattle}}. Td last 2009? unsure -> Tdap given lot 4K7P2 exp 2026-03. 4 sutures 4-0 nylon by PA.
1921 d/c. WC form started, employer contact {{NAME:Stacy}} {{PHONE:541-555-0188}}.
-{{NAME:jt}} RN`,

  `ED PROVIDER NOTE - SNAKEBITE
{{FACILITY:Big Bend Border Medical Center}}, {{LOCATION:Alpine}} TX
Pt: {{NAME:Ismael Ochoa Villarreal}}  DOB {{DATE:9/23/1979}}  MRN {{MRN:BB221304}}  Acct {{ACCOUNT:7700418823}}
Seen {{DATE:May 11, 2024 1620}}
CC: rattlesnake bite R hand ~1445 while moving pipe at {{FACILITY:Cienega Ranch Company}} near {{LOCATION:Marfa}}. Brought by coworker {{NAME:Beto}} in ranch truck, 55 min drive.
Exam: 2 fang marks R thenar, edema progressing to mid forearm (marked 1630, 1700, 1730). No bleeding gums. Vitals stable.
Labs: plt 142 -> 96, fibrinogen 150 -> 98, INR 1.2.
Tx: CroFab 6 vials at 1655, repeat 6 vials at 1810 for progression. Pain: morphine 4 mg. Tdap. No tourniquet PTA (good).
Poison Control consulted, case {{ID:TPCS-24-118807}}, spoke w/ {{NAME:Lindsey}} SPI.
Transfer discussed w/ {{FACILITY:Permian Basin University Hosp}} (Dr. {{NAME:Abernathy}}, accepted 1905) - no ICU here overnight.
WC: employer aware, supervisor Mr. {{NAME:Rubio}} {{PHONE:432-555-0140}}.
Wife {{NAME:Araceli}} at bedside, Spanish primary, interpreter ID {{ID:31190}} used.
{{NAME:Hannah Mbeki-Lawson}}, DO`,

  `ED COURSE - STEMI, LYTICS, TRANSFER
{{FACILITY:Fort Belknap Plains Clinic & ER}} (IHS-affiliated, no cath lab)
Pt: {{NAME:Gordon Runs Above}}  62M  chart {{MRN:FBP-33971}}  IHS # {{HEALTH_PLAN:IHS-7291044}}
{{DATE:1/19/2025}}
1103 arrived POV w/ daughter {{NAME:Serena}}, CP x 40 min, diaphoretic.
1106 ECG: STE II, III, aVF, recip I/aVL. Inferior STEMI.
1108 called {{FACILITY:Missouri Falls North}}... wrong, called {{FACILITY:Hi-Line Heart Center}} in {{LOCATION:Great Falls}}, spoke Dr. {{NAME:Prokopenko}} cardiology. Transport time >120 min, lytic strategy agreed.
1114 TNK 45 mg IV (wt 88 kg), heparin 4000 u bolus, ASA 324 chewed, Plavix 300 mg.
1205 reperfusion: pain 2/10, STE resolved >50%. Reperfusion arrhythmia AIVR brief.
1230 air-medical request to {{FACILITY:Big Sky Air Rescue}}, ETA 50 min. Tail N312BS.
1335 departed with flight crew.
Family: wife {{NAME:Loretta Runs Above}} {{PHONE:406-555-0195}}, address {{ADDRESS:PO Box 318}}, {{LOCATION:Harlem}} MT {{ZIP:59526}}.
TIMI risk 4. Killip I.
{{NAME:A. Devereaux}} MD / scribe {{NAME:kh}}`,

  `ED NOTE: organophosphate exposure
Pt name: {{NAME:Jorge Luis Banegas}}   DOB {{DATE:12/02/1988}}   MRN {{MRN:00718264}}
Date of service {{DATE:Thurs 7/18/2024}}
Facility: {{FACILITY:San Joaquin Foothills District Hospital}}
Pt is 35M field worker w/ {{FACILITY:Valdez Brothers Farm Labor Contracting}}, working at {{LOCATION:Rancho Las Palmas}} orchard off {{ADDRESS:Ave 416 & Rd 128}}. Sprayer drift (chlorpyrifos per crew boss {{NAME:Valdez}}). Onset 1 hr: sweating, vomiting, diarrhea, miosis, bronchorrhea. SLUDGE/DUMBELS present. HR 52.
Decon by staff in PPE. Atropine 2 mg IV, doubled q5 min to dry secretions (total 14 mg), pralidoxime 30 mg/kg then infusion. Intubated 1342 for resp failure. RBC cholinesterase sent (send-out, accession {{ID:QD-8824107}}).
Coworkers (3) eval'd, asymptomatic, d/c.
County Ag Commissioner notified; pesticide illness report filed, ref {{ID:PIR-2024-10-0463}}.
Pt's brother {{NAME:Osmin}} ({{PHONE:559-555-0172}}) here. Lives {{ADDRESS:2211 Sierra View Ave, Apt 3}}, {{LOCATION:Orosi}} CA {{ZIP:93647}}.
Transfer to ICU at {{FACILITY:Kaweah Crest Medical Center}}, accepted by Dr {{NAME:Nwachukwu}}.
{{NAME:E. Salonga}}, MD`,

  `PRECIPITOUS DELIVERY IN ED - NURSING
{{FACILITY:Elk Mountain Hospital}} ED, Rm 2
{{DATE:03/29/24}}
Mom {{NAME:Kristen Wolfe}} 31 G2P1 arrived 0211 fully dilated, +2 station. Bishop score not done (no time). OB on call Dr. {{NAME:Langford}} 35 min away at home in {{LOCATION:Saratoga}}.
0218 delivered by ED MD {{NAME:Ferris}}, viable male. Apgar 7 @1 min, 9 @5 min. Baby boy {{NAME:Wolfe}} wt 3.42 kg.
Placenta 0229. Pitocin 20u/1L. QBL 450 mL. Fundus firm below umb.
Newborn: Hep B vaccine lot EH4402 and vit K given 0315, erythromycin eye oint. Cord gas not sent.
Peds tele consult w/ {{FACILITY:Laramie Children's Outreach}} 0330, Dr {{NAME:Achebe}}.
Dad {{NAME:Travis Wolfe}} at bedside, ph {{PHONE:307-555-0189}}, they live at {{ADDRESS:12 Bridger Cir}}, {{LOCATION:Encampment}} WY {{ZIP:82325}}.
Mom's Medicaid ID {{HEALTH_PLAN:WY0029918374}}.
Both transferred to L&D at {{FACILITY:Medicine Bow Regional}}.
{{NAME:Noelle}} RN / {{NAME:Adebayo}} RN`,

  `DISCHARGE INSTRUCTIONS - EMERGENCY DEPT
{{FACILITY:Sweetwater Pass Critical Access Hospital}}
{{ADDRESS:1 Hospital Dr}}, {{LOCATION:Kemmerer}}, WY {{ZIP:83101}}   Main {{PHONE:307-555-0100}}  Fax {{FAX:307-555-0101}}
Name: {{NAME:KOVACS, DANIELA}}   MRN: {{MRN:SW-1184402}}   Visit: {{DATE:09/09/2024}}
Diagnosis: Closed fracture 5th metatarsal base (Jones fracture), L foot. Ottawa foot rules positive. ICD-10 S92.352A.
You were seen by: {{NAME:Ahmad Farouqi}}, MD. Your nurse was {{NAME:Becky}}.
- Wear the walking boot at all times. Non weight bearing with crutches.
- Ibuprofen 600 mg every 6 hrs with food as needed. Do not drive while taking oxycodone.
- Follow up with Orthopedics: {{FACILITY:Lincoln County Bone & Joint}}, Dr. {{NAME:Haugland}}, in {{LOCATION:Afton}}, on {{DATE:Monday, 9/16}} at 10:15. Call {{PHONE:307-555-0142}} to confirm.
- Return for numbness, blue toes, severe pain.
Work note: may not return to underground work at {{FACILITY:Hams Fork Coal Mine}} until cleared.
Patient portal: {{URL:https://myhealth.sweetwaterpass.org/p/1184402}}
Signature of pt/guardian: ____ {{NAME:D.K.}}   Time 1640`,

  `ED NOTE - r/o HANTAVIRUS
{{FACILITY:Four Corners Canyon Hospital}} -- {{LOCATION:Shiprock}}
Pt {{NAME:Tsinajinnie, Raymond}}  MRN {{MRN:FCC00491827}}   seen {{DATE:6/2/24 2215}}
41M presenting w/ 4 d fever, myalgias, now SOB. Swept out a storage hogan at family sheep camp near {{LOCATION:Sanostee}} {{DATE:5/24}}, lots of mouse droppings.
Lives {{ADDRESS:N36 Box 1072}}, {{LOCATION:Sanostee Chapter}}. Pt's uncle Hastiin {{NAME:Benally}} brought him, ph {{PHONE:505-555-0137}}.
Exam: T 38.9, RR 28, SpO2 86% RA, crackles bilat. Plt 88, Hct 52, atypical lymphs on smear. Hantavirus (Sin Nombre) high suspicion.
CXR bilat interstitial edema. Started HFNC 40L/60%. No ECMO here - call placed to {{FACILITY:Rio Grande University Hospital}} ECMO team 2240, Dr. {{NAME:Lucero}} accepted.
Tribal health + state epi notified, IHS clinic {{FACILITY:Red Rock Wash Health Station}} informed. Specimen accession {{ID:NMDOH-HV-240602-11}}.
NN ID# {{ID:NN-1487330}} on face sheet.
{{NAME:K. Begay}}, MD  dictated, transcribed by {{NAME:AW}}`,

  `{{FACILITY:NORTHERN LIGHTS AIR MEDICAL}} - FLIGHT LOG / PATIENT TIMELINE
Mission {{ID:NLAM-24-2291}}   Aircraft: Bell 407 N291NL   Base: {{LOCATION:Glasgow}}
Crew: {{NAME:Rachel Imhoff}} RN (FN1), {{NAME:Deon Whitfield}} FP-C (FN2), pilot {{NAME:Gus Aamodt}}
{{DATE:08/17/2024}}
1312  request from {{FACILITY:Valley View Prairie Hospital}} ED, Dr. {{NAME:Chukwu}}
1318  lift
1401  land at sending helipad; pt {{NAME:Emmett Kjos}} 45M, PTO shaft entanglement R arm at {{FACILITY:Kjos Brothers Farms}} (5 mi N of {{LOCATION:Hinsdale}} on {{ADDRESS:Rock Creek Rd}}); partial amputation R forearm, tourniquet 1215 (CAT), TXA given at 1250
1415  ketamine 50 mg IV, fentanyl 100 mcg; RSI not required, GCS 15
1422  lift, destination {{FACILITY:Yellowstone Mercy Trauma Center}}, {{LOCATION:Billings}}
1440  Hgb 9.1 (iSTAT), 1 unit LTOWB hung 1441
1531  land, TOC to trauma bay 4, Dr. {{NAME:Ferreira-Holm}}
Pt DOB {{DATE:10/02/1978}}. Wife {{NAME:Bonnie}} driving, {{PHONE:406-555-0116}}.
Tourniquet time at TOC: 3 h 16 min.
Ventilator: not used. Monitor: Corpuls3 s/n 11-40-2217.
Documented by {{NAME:R. Imhoff}} {{DATE:8/17/24 1645}}`,

  `TRANSFER CENTER INTAKE  ({{FACILITY:Mesa Verde Regional Transfer & Access Center}})
Call rec'd {{DATE:02/05/2025 03:12}}   Call ref {{ID:TAC-250205-0039}}
Referring: {{FACILITY:Dove Creek Frontier Clinic}}, {{LOCATION:Dove Creek}} CO - {{NAME:Ana Paula Ribeiro}}, PA-C, callback {{PHONE:970-555-0128}}
Pt: {{NAME:Thaddeus P. Wirth}}   DOB {{DATE:6/6/1951}}   Sex M
Reason: GI bleed, melena x2 d, Hgb 6.4, on warfarin INR 4.8, BP 84/50 after 2L.
Accepting: Dr. {{NAME:Yusuf Karimi}} (GI) / ICU intensivist Dr. {{NAME:Pelletier}}, bed MICU 11
Mode: rotor from {{FACILITY:Four Corners LifeHawk}}, ETA 04:05; backup ground by {{FACILITY:Dolores County Ambulance}}
Payer: Medicare A/B + AARP supplement {{HEALTH_PLAN:388104992-11}} (per referring)
Records faxed from {{FAX:970-555-0129}} at 0331, 14 pages.
Conference line participants: {{NAME:Ribeiro}}, {{NAME:Karimi}}, flight coordinator {{NAME:Jess}} (ext {{PHONE:4471}}).
Notes by {{NAME:mpc}}`,

  `FLIGHT NURSE NARRATIVE
Service: {{FACILITY:Sky Prairie Air Medical}}   Run {{ID:SPAM-8841}}   {{DATE:April 9, 2024}}   fixed wing King Air (tail not pt info)
Called to {{FACILITY:Kit Carson Plains Memorial}}... sorry, {{FACILITY:Republican River Hospital}}, {{LOCATION:Burlington}} CO for 8 y/o w/ DKA. Pt {{NAME:Ximena Aguilar}}, DOB {{DATE:2/27/2016}}, wt 26 kg. Mother {{NAME:Yesenia Aguilar}} accompanied (seat 3).
Initial: GCS 13, Kussmaul resp, pH 6.98, bicarb 4, glucose 612, K 5.6. Insulin gtt 0.05 u/kg/hr started by sending at 1105, 10 mL/kg NS bolus given. Cerebral edema precautions, HOB 30.
In flight: neuro checks q15, GCS 13 -> 14. Glucose 488 -> 402. No mannitol needed.
Pt has insulin pump? NO - new onset. (Mom's CGM readings irrelevant.)
Landed {{LOCATION:Denver}} 1322, ground to {{FACILITY:Front Range Children's Hospital}} PICU, report to {{NAME:Sienna}} RN and fellow Dr. {{NAME:Omondi}}.
Home: {{ADDRESS:31540 County Road U}}, {{LOCATION:Stratton}} CO {{ZIP:80836}}.
{{NAME:Cassidy Rhoads}} RN, CFRN`,

  `VILLAGE CLINIC -> MEDEVAC (fixed wing) transfer record
From: {{FACILITY:Kwethluk Village Clinic}} (CHA {{NAME:Evon Nicholai}})    To: {{FACILITY:Tundra Coast Medical Center}}?? no -> {{FACILITY:Kuskokwim Delta Hospital}}, {{LOCATION:Bethel}}
{{DATE:1/11}} -- weather hold {{DATE:1/10}} overnight, vis 1/4 mi fog
Pt {{NAME:Alexie Wassillie}}... spelled {{NAME:Wasillie}} on clinic roster, {{AGE:90}} yo M, elder, PNA + hypoxia 84% on 4L, CHA consulted via tele w/ Dr. {{NAME:Gutierrez}} q4h overnight.
Son {{NAME:Peter}} escort. Village phone (clinic) {{PHONE:907-555-0174}}.
Aircraft: Learjet, call sign not pt info. Flight crew {{NAME:Ivanova}} RN, {{NAME:Okwuosa}} RT.
Pt on BiPAP in flight, IPAP 14 EPAP 6, FiO2 60%, SpO2 91-93.
Beneficiary #: {{HEALTH_PLAN:ANMC-003381902}}   Corp enrollment {{ID:CVRC-77210}}
Elder speaks Yup'ik primarily, interp by grandson {{NAME:Jacob}}.
ETA {{LOCATION:Bethel}} 1350; arr 1412. Dr. {{NAME:Tatum}} accepted at {{FACILITY:Kuskokwim Delta Hospital}} ICU.
record - {{NAME:e.n.}} CHA-III`,

  `AIR AMBULANCE BILLING SUMMARY
{{FACILITY:High Plains AirCare}} Billing Office, {{ADDRESS:2200 Aviation Way, Suite 110}}, {{LOCATION:Amarillo}} TX {{ZIP:79111}}
Statement date {{DATE:03/15/2024}}     Patient acct {{ACCOUNT:HPA-00291884}}
Patient: {{NAME:Delbert W. McCready}}   DOB {{DATE:01/30/1946}}
Guarantor: same. Mailing: {{ADDRESS:RR 1 Box 44A}}, {{LOCATION:Texline}} TX {{ZIP:79087}}
Date of transport: {{DATE:02/02/2024}}   Origin: {{FACILITY:Dallam Plains Hospital}}   Dest: {{FACILITY:Panhandle Regional Cardiac Center}}
Loaded miles: 88 (rotor)   HCPCS A0431 x1, A0436 x88
Primary: Medicare, MBI {{HEALTH_PLAN:7QH3-RT5-YK28}}   Secondary: Medicaid, ID {{HEALTH_PLAN:521887013}}
Total charges $64,210.00  Medicare paid $9,344.17  Adj  Balance $0.00 (No Surprises Act applies)
Questions call {{PHONE:806-555-0160}} M-F 8-5 or email {{EMAIL:billing.inquiries@highplainsaircare.org}}
Claim ref {{ACCOUNT:CLM-24-0377815}}
Your membership #: {{ACCOUNT:MEM-88210-MC}} (renew by {{DATE:06/30/2024}})`,


  `Air medical - CANCELLED / converted to ground
{{DATE:Dec 19 2023}}  {{FACILITY:Crazy Woman Creek Hospital}} ED, {{LOCATION:Buffalo}} WY
1750 requested rotor for Mrs. {{NAME:Eldora Pfeiffer}} (78F, NSTEMI, trop 2.1 -> 4.8, ongoing CP on nitro gtt) to {{FACILITY:Casper Mountain Heart & Vascular}}
1758 {{FACILITY:Wind River AirLink}} declines - icing, ceiling 400 ft. 2nd call {{FACILITY:Bighorn Flight}} also declines 1806.
1810 fixed wing from {{LOCATION:Sheridan}}? airport closed, runway plowing.
1815 ground CCT by {{FACILITY:Johnson Co Ambulance}} w/ our RN {{NAME:Marisol}} riding along. I-25 open per WYDOT 511 but chain law on {{ADDRESS:I-25 between MM 254 and MM 227}}.
1832 Heparin gtt 12 u/kg/hr, nitro 40 mcg/min, ASA/Plavix given. Ticagrelor NOT given (cath team preference).
1844 dep. Pt's husband {{NAME:Hollis Pfeiffer}} ({{PHONE:307-555-0111}}) following in own truck, WY plate {{VEHICLE:17-4830}} -- told to stay behind ambulance, roads bad.
2102 arrived, report to Dr. {{NAME:Abiodun}}.
Pt MRN here {{MRN:CWC-009
2175}}, DOB {{DATE:7/13/1945}}, address {{ADDRESS:76 Clear Creek Rd}}, {{LOCATION:Buffalo}} {{ZIP:82834}}.
-- {{NAME:Lachlan Reyes}}, MD`,

  `QA / PEER REVIEW - air transport (confidential, privileged)
Case {{ID:QA-2024-061}}   Reviewer: {{NAME:Priya Venkataraman}}, MD, Medical Director, {{FACILITY:Lone Peak Flight Program}}
Transport {{DATE:5/30/2024}}, tail N88LP, from {{FACILITY:Salmon River Hospital}} ({{LOCATION:Salmon}}, ID) to {{FACILITY:Snake River Regional Trauma}} ({{LOCATION:Idaho Falls}}).
Pt initials {{NAME:G.R.T.}}, 27M, logging injury (widowmaker branch) while working for {{FACILITY:Lemhi Timber Products}}.
Issues:
1. RSI by flight crew ({{NAME:Ortega}}/{{NAME:Braun}}): first pass success w/ Macintosh 4 blade + bougie, but pre-oxygenation SpO2 only 88% - checklist item skipped.
2. No ETCO2 waveform documented for 6 min after lift (monitor cable issue, Zoll X s/n AR15K09911 sent to biomed).
3. Blood: 2u PRBC, documented correctly; Parkland formula not applicable (no burn) - remove from template.
Outcome: survived, d/c to rehab {{DATE:6/19/24}}.
Action: education w/ {{NAME:B. Ortega}} FP-C on {{DATE:Tues 7/9}}. Feedback sent to sending physician Dr. {{NAME:Marchetti}} by email {{EMAIL:pvenkat@lonepeakflight.org}}.
Do not place in pt chart.`,

  `FW: pt transfer - update
From: {{NAME:Kessler, Amy}} <{{EMAIL:akessler@redwillowhealth.org}}>
Sent: {{DATE:Friday, October 4, 2024 7:42 AM}}
To: Transfer Center; {{NAME:Holt, Brandon}}
Subject: RE: {{NAME:Yazzie}} transfer - bed status

{{NAME:Brandon}} - pt {{NAME:Leonard Yazzie}} (MRN {{MRN:RW7730114}}) still in our ED, day 2 of boarding. {{FACILITY:Canyon de Chelly Regional}} says no ICU bed till tonight. Can your team check {{FACILITY:Painted Desert Medical Center}} or {{FACILITY:Flagstaff Pines Hospital}}?
Pt stable on 2L, CT neg for PE, but troponin trending up. Sister {{NAME:Lorraine}} calling every 2 hrs at {{PHONE:928-555-0197}}.
{{NAME:Amy}}

> On {{DATE:Thu, Oct 3, 2024 at 9:15 PM}} {{NAME:Holt, Brandon}} wrote:
> {{NAME:Amy}}, fixed wing from {{LOCATION:Chinle}} is grounded (dust storm). Will update in AM. -{{NAME:BH}}
> Call {{PHONE:928-555-0150}} x {{PHONE:221}}

--
{{NAME:Amy Kessler}}, RN, House Supervisor
{{FACILITY:Red Willow Health Center}} | {{LOCATION:Kayenta}}, AZ | o {{PHONE:928-555-0102}}`,

  `TELE-STROKE CONSULT NOTE
Hub: {{FACILITY:Great Basin NeuroNet}}   Spoke: {{FACILITY:White Pine Valley Hospital}}, {{LOCATION:Ely}} NV
Session ID: {{ID:TS-240812-ELY-0417}}   Connected {{DATE:08/12/2024 21:04}}   Spoke cart IP {{IP:198.51.100.44}}   Hub workstation {{IP:192.0.2.18}}
Pt: {{NAME:Norma Jean Sandoval}}  DOB {{DATE:03/21/1949}}  MRN {{MRN:WPV-660192}}
Bedside: {{NAME:Kelsey}} RN, ED physician Dr. {{NAME:Van der Merwe}}
HPI: 75F LKW 1945 at home in {{LOCATION:McGill}}, husband found L-sided weakness at 2010. NIHSS 14 (L hemiparesis, neglect, dysarthria). BP 172/96. Glucose 118. On no anticoag.
CT head (read by teleradiology): no bleed, ASPECTS 9. CTA: R M1 occlusion.
Plan: tenecteplase 0.25 mg/kg = 17 mg IV push at 2131 (door-to-needle 58 min). Transfer for thrombectomy to {{FACILITY:Sierra Comprehensive Stroke Center}} in {{LOCATION:Reno}} - 4 hr ground, rotor requested.
Husband {{NAME:Alfonso Sandoval}} consented by video.
Video dropped 2 x (2112, 2118) - bandwidth; reconnected.
{{NAME:Farida Haidari}}, MD, vascular neurology  NPI {{LICENSE:1558204731}}`,

  `TELEPSYCHIATRY CONSULTATION
Platform session {{ID:7741-QZ-22816}}  | patient endpoint {{IP:203.0.113.91}} (ED Rm 3 iPad)  | provider endpoint {{IP:198.51.100.207}}
Date/time: {{DATE:11/21/2024 1530}}   Duration 52 min
Requesting: {{FACILITY:Custer Plains Hospital}} ED, {{LOCATION:Broken Bow}}, NE; Dr. {{NAME:Lindahl}}
Patient: {{NAME:Colton A. Meyerhoff}}, 19 M, DOB {{DATE:04/02/2005}}, MRN {{MRN:CPH-200981}}
Student at {{FACILITY:Sandhills Plains Community College}}, works weekends at {{FACILITY:Sandhills Feeders LLC}}.
Reason: SI with plan (father's rifle), brought in by roommate {{NAME:Dakota}}.
MSE: poor eye contact on camera, flat, linear, +SI w/ plan, no HI, no AH/VH. C-SSRS high risk.
Collateral: mother {{NAME:Jill Meyerhoff}} {{PHONE:308-555-0185}}: firearms removed from home per sheriff.
Dx: MDD, single episode, severe w/o psychotic features.
Plan: EPC (emergency protective custody) placed by Dep. {{NAME:Kraus}}... by Deputy {{NAME:Kraus}}; inpatient bed search - {{FACILITY:Loup Valley Behavioral}}? no beds; {{FACILITY:Dismal River Behavioral Health}} accepted 1720.
Sitter 1:1. No meds started via tele.
{{NAME:Oluwaseun Adeyemi}}, MD (licensed NE {{LICENSE:NE-MD-31877}})`,

  `Tele-derm e-consult (store and forward)
Ref {{ID:ECON-DERM-0093314}}   Received {{DATE:3/4/24}}   Answered {{DATE:3/6/24}}
Referring clinician: {{NAME:Shirin Moradi}}, FNP, {{FACILITY:Bowman Prairie Clinic}}, {{LOCATION:Bowman}} ND, {{EMAIL:smoradi@bowmanprairieclinic.org}}
Patient: {{NAME:Arlen Schmalz}}, 66M, rancher, DOB {{DATE:1957-09-14}}, MRN {{MRN:BPC-44821}}
Images: 4 lesion photos (dermoscopy x2) - not face. Also attached: ID photo {{PHOTO:IMG_20240304_101522_face.jpg}} (for pt verification per clinic policy - please remove from consult going forward).
Q: pigmented lesion L cheek x 6 mo, growing.
A: Asymmetric pigmented macule 1.4 cm w/ regression structures and atypical pigment network. ABCD concerning. Recommend excisional or broad shave biopsy; lentigo maligna on ddx. Sun protection; annual skin checks. Hutchinson sign n/a.
Nearest Mohs: {{FACILITY:Dakota Skin & Mohs Surgery}} in {{LOCATION:Bismarck}} ({{PHONE:701-555-0147}}, fax {{FAX:701-555-0148}}).
Teledermatologist: {{NAME:Marguerite Obi-Lindqvist}}, MD
Patient portal link sent: {{URL:https://econsult.northplainsderm.org/case/0093314}}`,

  `TELE-ICU PROGRESS NOTE (eICU)
Remote site: {{FACILITY:Prairie Sky eCare Center}}  Bedside: {{FACILITY:Bonner Gap Critical Access Hospital}}, ICU bed 2
{{DATE:6/8/2024 0300}} rounds. Camera connected, audio OK. Encounter {{ID:ENC-5518209}}
Pt {{NAME:Hollenbeck, Luanne}} 58F, day 3 of severe CAP + septic shock.
Overnight: norepi 0.08 -> 0.04 mcg/kg/min. Vanc trough 14.2. Lactate 3.1 -> 1.6. UOP 45 mL/hr via Foley. Sedation: RASS -1 on propofol 20.
Vent (AC 420/18/PEEP 8/40%): P/F 210. SBT in AM if pressors off.
Bedside RN {{NAME:Gretchen}} notified of K 3.2 -> KCl 40 mEq via NG ordered.
Family: husband {{NAME:Rusty Hollenbeck}} ({{PHONE:208-555-0156}}) asked for update, called 0315.
Nocturnist on call at bedside hosp: Dr. {{NAME:Farah Siddiqui}} (home, 12 min away), paged via {{PHONE:208-555-0199}}.
Pt address for social work: {{ADDRESS:4481 Pack River Rd}}, {{LOCATION:Sandpoint}} ID {{ZIP:83864}}.
Telemetry feed IP {{IP:192.0.2.233}} dropped 0322-0327, restored.
eIntensivist: {{NAME:Jakub Nowicki}}, MD`,

  `TELEPHARMACY VERIFICATION LOG  ({{FACILITY:Plains Remote Pharmacy Services}})
Remote RPh: {{NAME:Huong Tran}}, PharmD  TX lic {{LICENSE:48771}}   Site: {{FACILITY:Muleshoe Flats Hospital}}
{{DATE:2024-09-03}}
0812 Order {{ID:ORD-99108211}} - vancomycin 1750 mg IV q12h for {{NAME:Pruett, Cody}} (MRN {{MRN:MFH1082}}, 88 kg, CrCl 72) - verified, pharmacy-to-dose, trough before 4th dose.
0830 Order {{ID:ORD-99108240}} - enoxaparin 40 mg SC daily for {{NAME:Ybarra, Ofelia}} - CrCl 24 -> changed to 30 mg per protocol, called Dr. {{NAME:Singh}} (ext {{PHONE:3310}}).
0914 Order {{ID:ORD-99108302}} - Keppra 1000 mg IV load for Mr. {{NAME:Haskins}}... verified. Pt {{NAME:Haskins, Royce}} {{AGE:94}} yo, renal dose f/u.
0941 Tech {{NAME:Brianna}} (CPhT) camera check of IV compounding - cefazolin 2 g: label OK, lot 3LM221, exp 10/2025.
1002 Video connection lost (site IP {{IP:203.0.113.12}}), reconnected 1005.
1030 Controlled substance count discrepancy - oxycodone 5 mg, 1 tab, Pyxis 2. Reported to DON {{NAME:Carla Mendez}}.
END SHIFT -- {{NAME:HT}}`,

  `IT SERVICE DESK TICKET #{{ID:INC0048821}}  -- Telehealth cart failure during live consult
Opened {{DATE:01/22/2025 14:07}} by {{NAME:Mendoza, Rosalind}} (ED charge RN), {{FACILITY:Cottonwood Gulch Community Hospital}}, ext {{PHONE:2214}}
Category: Telehealth > Video > Drop
Description: Tele-burn consult for pt in ED bay 1 dropped 3x. Consult session {{ID:VX-91F2-40A7}}. Cart hostname TH-CART-02, IP {{IP:203.0.113.58}}, gateway {{IP:203.0.113.1}}. Remote burn surgeon Dr. {{NAME:Oyelaran-Pike}} at {{FACILITY:Intermountain Plains Burn Center}} connecting from {{IP:198.51.100.9}}.
Work notes:
{{DATE:1/22}} 1415 {{NAME:tkw}}: jitter 180 ms, packet loss 9% on hospital WAN. Satellite backup link up.
{{DATE:1/22}} 1431 {{NAME:tkw}}: moved cart to wired port in bay 1 (jack 1-04). Call stable.
{{DATE:1/23}} 0905 {{NAME:D. Shah}}: ISP outage confirmed on fiber between {{LOCATION:Hysham}} and {{LOCATION:Forsyth}} (backhoe). Carrier ticket 77120-B.
Pt info removed from ticket per policy? -- NOTE: RN had typed pt name "{{NAME:Clint Harstad}}" and DOB {{DATE:5/5/61}} in description; redacted {{DATE:1/23}} by {{NAME:D. Shah}}.
Resolved {{DATE:01/23/2025 10:12}}. Closed by {{NAME:Dinesh Shah}} ({{EMAIL:dshah@cottonwoodgulch.org}}).`,

  `MyChart-style message thread - {{FACILITY:Sage Creek Family Medicine}} tele-visit follow up
-----
From: {{NAME:Crystal Two Crow}}   To: Dr. {{NAME:Maya Hendricks}}'s care team   Sent {{DATE:2/7/2024 9:14 PM}}
hi this is {{NAME:Crystal}} {{NAME:Jaxon}}'s mom. The video link you sent for tomorrow didnt work on my phone it says session expired ({{URL:https://visit.sagecreekfm.org/v/TCX-88120}}). we live out past {{LOCATION:Lodge Grass}} and the signal is bad unless I drive up to the {{ADDRESS:Hwy 451 pullout}} by the cattle guard. can we do phone instead? my number changed its {{PHONE:406-555-0124}} now. his cough is better but still wheezing at night, using the albuterol like 3 times a day.
-----
From: {{NAME:Hendricks, Maya}} MD   Sent {{DATE:2/8/2024 7:02 AM}}
Hi {{NAME:Crystal}}, yes - phone visit at 10:40 today is fine. I updated your number. Please have {{NAME:Jaxon}}'s inhaler and spacer handy. If he has trouble breathing, go to {{FACILITY:Pryor Creek Urgent Care}}... or call 911. - Dr. {{NAME:H}}
-----
From: {{NAME:Jennifer K.}} (MA)  Sent {{DATE:2/8/2024 7:30 AM}}
Visit ID {{ID:V-2024-0208-113}} changed to telephone. DOB on file {{DATE:09/12/2017}}, please confirm.`,

  `REMOTE PATIENT MONITORING - weekly review (heart failure / CIED)
Program: {{FACILITY:Big Horn Valley Cardiology}} RPM   Reviewer: {{NAME:Leota Faleolo}}, RN
Week of {{DATE:7/1/24}} - {{DATE:7/7/24}}
Pt: {{NAME:Bertram}} "{{NAME:Bert}}" {{NAME:Haugen}} ({{NAME:Bert}})   DOB {{DATE:08/08/1943}}   MRN {{MRN:BHVC-0019273}}
Home: {{ADDRESS:1406 Old Stage Rd}}, {{LOCATION:Hardin}} MT {{ZIP:59034}} (cell coverage spotty, hub uses landline {{PHONE:406-555-0168}})
Devices: CRT-D, Medtronic, serial {{DEVICE:RNB448120S}}; bedside monitor {{DEVICE:MC2490-33817}}; BP cuff Bluetooth, scale cellular ({{DEVICE:SCL-7Q-00481}}).
Data: weight 94.1 -> 96.3 kg (+2.2 kg in 4 d). OptiVol index crossed threshold {{DATE:7/5}}. AF burden 2%. No VT/VF. BiV pacing 97%.
Action: called pt {{DATE:7/8}} 1015 - c/o more SOB climbing to the shop, ankles puffy. Increased furosemide 40 -> 80 mg x3 d per Dr. {{NAME:Chaudhry}} standing order. BMP at {{FACILITY:Hardin Family Health}} lab {{DATE:7/10}}.
Daughter {{NAME:Kirsten Haugen-Bell}} ({{EMAIL:kirstenhb@fastmail.example}}) cc'd on care plan per pt's signed release.
Next review {{DATE:7/15/24}}. CPT 99457, 99458.`,

  `TRAVEL MEDICINE / ID CLINIC - returning traveller with fever
{{FACILITY:Grand Forks Infectious Disease Associates}}   Seen {{DATE:09/23/2024}}
Pt: {{NAME:Chinonso Eze}}   DOB {{DATE:1986-04-11}}   MRN {{MRN:GFID-55092}}
38M petroleum engineer w/ {{FACILITY:Bakken Horizon Energy}}, {{LOCATION:Williston}} ND, returned {{DATE:9/18}} from 3 wk VFR trip to {{LOCATION:Lagos}} and {{LOCATION:Enugu}}, Nigeria (visiting mother). Flew home via {{LOCATION:Amsterdam}}. No pre-travel consult. Did NOT take malaria prophylaxis ("grew up there").
Fever 39.6 cyclical x 3 d, rigors, HA, myalgia. No rash, no bleeding.
Labs: thick/thin smear - P. falciparum, parasitemia 3.8%. Plt 64, bili 2.1, Cr 1.0, glucose 92. No criteria for severe malaria.
Plan: artemether-lumefantrine (Coartem) 4 tabs BID x3 d with fatty food; repeat smear 48 h; QTc 421.
Counseled re: future travel to {{LOCATION:Enugu}} - atovaquone-proguanil (Malarone) next time.
Reported to ND DoH, case ref {{ID:NDDOH-MAL-24-007}}.
Wife {{NAME:Adaeze}} ({{PHONE:701-555-0153}}) informed. Passport # recorded for employer travel file: {{ID:A08841267}}.
{{NAME:Solveig Brandvold}}, MD, MPH -- cc: employer occ health {{NAME:T. Nguyen}}, {{FAX:701-555-0159}}`,

  `PRE-TRAVEL CONSULT
{{FACILITY:Teton Travel Health}} (at {{FACILITY:Jackson Hole Peaks Clinic}}), {{ADDRESS:555 E Broadway, Ste 2}}, {{LOCATION:Jackson}} WY {{ZIP:83001}}
{{DATE:Feb 12, 2025}}
Traveler: {{NAME:Wren Castellano-Burke}}, 42F   DOB {{DATE:10/28/1982}}
Itinerary: {{LOCATION:Kathmandu}} {{DATE:3/20}} -> {{LOCATION:Lukla}} -> {{LOCATION:Everest Base Camp}} trek -> {{LOCATION:Pokhara}} -> {{LOCATION:Chitwan}} (2 nights) -> {{LOCATION:Delhi}} -> home {{DATE:4/18}}. Trekking w/ {{FACILITY:Himalayan Crest Adventures}}.
PMH: migraine, Raynaud. No G6PD testing needed (no primaquine).
Vaccines: Hep A #1 today (lot not recorded here), typhoid oral Vivotif x4 caps, Tdap up to date 2021, rabies pre-exposure discussed - declined. JE vaccine (Ixiaro) x2 ({{LOCATION:Chitwan}} rural) - dose 1 today, dose 2 {{DATE:2/19}}. Flu current.
Rx: acetazolamide 125 mg BID start day before ascent; azithromycin 1 g x1 for TD; Malarone for {{LOCATION:Chitwan}} segment only.
AMS/HACE/HAPE counseling, Lake Louise score explained. Snellen 20/20 OU baseline.
Emergency contact: partner {{NAME:Jonah Ebright}} {{PHONE:307-555-0172}}.
Travel insurance w/ evac: policy {{HEALTH_PLAN:GTX-4471-90281}}.
{{NAME:Ilse Vandermolen}}, PA-C, CTH`,

  `ED NOTE - returning traveller, fever + thrombocytopenia (dengue?)
{{FACILITY:Moab Canyonlands Hospital}}  MRN {{MRN:MCH-339182}}   {{DATE:Wed 10/16/2024 0120}}
{{NAME:Ingvild Sørensen-Pratt}} 29F, raft guide for {{FACILITY:Red Rock River Outfitters}}, back 6 d ago from 5 wk in Thailand ({{LOCATION:Chiang Mai}}, {{LOCATION:Pai}}, then {{LOCATION:Koh Phangan}}). Lots of mosquito bites, no nets.
Fever onset {{DATE:10/12}}, retro-orbital HA, myalgias ("breakbone"), rash on trunk today. Tourniquet test +. No bleeding gums. No melena.
Labs: WBC 2.1, plt 58, AST 188 ALT 140, Hct 44 (baseline unknown). Malaria smear neg x1. Dengue NS1 sent out, req {{ID:REQ-5510382}}.
Warning signs: abd pain mild, no persistent vomiting. Group B per WHO.
Plan: obs overnight, PO/IV fluids, acetaminophen ONLY - no NSAIDs/aspirin. Repeat CBC 0800. Second smear at 0800 and 2000.
Roommate {{NAME:Kip}} (coworker) brought her; emergency contact mother {{NAME:Anne-Lise Sørensen}} in {{LOCATION:Bergen}}, Norway, {{PHONE:+47 555 01 288}} ... mom's US cell {{PHONE:435-555-0190}}.
Pt lives at {{ADDRESS:410 Kane Creek Blvd, Unit B}}, {{LOCATION:Moab}} UT {{ZIP:84532}}.
{{NAME:Tobias Merriweather}}, MD / sign-out to Dr. {{NAME:Liang}} 0700`,

  `Health Dept - ID epi phone log (rabies PEP)
{{FACILITY:Tri-County Rural Health District}}, {{LOCATION:Craig}} CO
Caller: {{NAME:Desmond Achterberg}} 51M, {{PHONE:970-555-0113}}, {{ADDRESS:2605 CR 7}}, {{LOCATION:Maybell}} CO {{ZIP:81640}}
{{DATE:8/1/24 1030}}: reports monkey bite R hand at a temple park in {{LOCATION:Ubud}} (Bali) on {{DATE:7/27/24}}. Washed w/ water only. Saw clinic in {{LOCATION:Denpasar}} {{DATE:7/28}} - got "one shot" (records in Indonesian, photo of card emailed to {{EMAIL:epi@tricountyrural.example.org}}). Unclear if HRIG given. Card says Verorab lot M1K55, no HRIG.
Flew home {{DATE:7/30}}.
Plan per Dr. {{NAME:Natividad}} (district MO): treat as PEP started abroad w/o RIG -> HRIG 20 IU/kg infiltrate now (>7 d? day 5 from vaccine #1 so RIG still OK), continue vaccine days 3, 7, 14 per schedule.
Scheduled at {{FACILITY:Memorial Moffat Plains Hospital}} infusion {{DATE:8/1}} 1400. Pt's insurer prior auth {{ID:PA-24-0801-3391}}.
Herpes B also considered (macaque) - valacyclovir PEP started, {{FACILITY:Yampa Valley ID Consultants}} aware.
Note by {{NAME:K. Oyama}}, RN epi  -- {{NAME:ko}}`,

  `PUI - EBOLA / VHF SCREEN (returning traveller), ED triage + ID consult
{{FACILITY:Black Hills Frontier Medical Center}}  {{DATE:02/26/2025}}
Pt: {{NAME:Ntumba, Grâce}}  29F  MRN {{MRN:BHF2200719}}  ph {{PHONE:605-555-0121}}
Travel: nurse w/ faith-based org ({{FACILITY:Shepherd's Hands Mission}}) in {{LOCATION:Goma}} and {{LOCATION:Butembo}}, DRC, returned via {{LOCATION:Kigali}} and {{LOCATION:Brussels}} on {{DATE:2/21}}. Direct pt care; reported needle-stick {{DATE:2/9}} at {{FACILITY:Centre de Santé Lumière}}?? (pt unsure of name).
Monitoring: was on state 21-day active monitoring, monitor {{NAME:Becca Larsen}} (SD DOH).
Sx: T 38.4 today, HA, fatigue. No bleeding, no V/D.
Action: isolated in AIIR rm 118 at 1450, PPE level per CDC VHF guidance. Malaria RDT neg. Ebola PCR sent to state lab via courier, specimen {{ID:SDPHL-VHF-0226-01}}.
Contacts at home: husband {{NAME:Patrice Ntumba}}, kids 6 and 3, address {{ADDRESS:922 N 5th St}}, {{LOCATION:Spearfish}} SD {{ZIP:57783}}.
ID: Dr. {{NAME:Ramón Etxeberria}}; State epi on call Dr. {{NAME:Grundmeyer}} {{PHONE:605-555-0145}}.
Also ddx: Lassa (not endemic), Marburg, typhoid, malaria.`,

  `PEDS ID CONSULT - enteric fever, VFR
{{FACILITY:Panhandle Children's Specialty Clinic}}, {{LOCATION:Scottsbluff}} NE
Patient: {{NAME:Rahman, Ayaan}}   DOB {{DATE:6/19/2016}}   Acct {{ACCOUNT:PCSC-0082441}}
Date: {{DATE:August 30, 2024}}
8 y/o boy, family moved to {{LOCATION:Gering}} for dad's job at {{FACILITY:Platte Sugar Processing}} (beet plant). Summer trip {{DATE:6/28}}-{{DATE:8/10}} to grandparents in {{LOCATION:Dhaka}} and {{LOCATION:Sylhet}}, Bangladesh. Street food, well water in village near {{LOCATION:Sunamganj}}. No typhoid vaccine pre-travel.
Fever 12 d, step-ladder pattern, abd pain, constipation, relative bradycardia (HR 92 @ 39.8). Rose spots? faint on abdomen. Hepatosplenomegaly mild.
Blood cx ({{ID:ACC-24-771902}}): Salmonella Typhi, XDR pattern (R to ceftriaxone, cipro). Azithro S, mero S.
Rx: meropenem IV -> step down to azithromycin 20 mg/kg/d to complete 14 d. PICC not placed; peripheral midline.
Public health: county notified, household stool cultures (mom {{NAME:Nasrin}}, sister {{NAME:Ishrat}}, 4). Dad {{NAME:Kamal Rahman}} food handler? no - line operator. School ({{FACILITY:Lincoln Heights Elementary}}) exclusion until 3 neg stools.
Interpreter (Bangla) Mr. {{NAME:Hossain}}, phone line interpreter ID {{ID:55120}}.
{{NAME:Gabriela Onyango-Reyes}}, MD, Peds ID`,

  `clinic note - {{FACILITY:Uinta Basin Community Health}}, {{LOCATION:Roosevelt}} UT
{{DATE:11/4/24}}   pt: {{NAME:Hadley Sorensen}} (goes by {{NAME:Hads}}), 20F   DOB {{DATE:1/3/2004}}   MRN {{MRN:UBCH-772019}}
S: returned {{DATE:10/2}} from 3 mo volunteering w/ {{FACILITY:Clean Water Kids Malawi}} in {{LOCATION:Mangochi}} and {{LOCATION:Cape Maclear}} on Lake Malawi. Swam in lake "basically every day". Now: itchy rash after swims (resolved), 2 wks of fatigue, cough, hives, intermittent fever. Friend from the same trip, {{NAME:Paityn}}, dx w/ schisto at {{FACILITY:Wasatch Travel & Tropical Clinic}} last wk.
O: T 37.9. Urticaria on trunk. Lungs: few wheezes. Eos 2,400 (22%). UA: micro hematuria, 1+.
A: acute schistosomiasis (Katayama syndrome) likely. Strongyloides also on ddx.
P: schisto serology + strongy serology sent (send-out {{ID:ARUP-9928174}}), urine O&P x3 midday specimens. Praziquantel 40 mg/kg now and REPEAT in 6-8 wk (won't kill immature worms). Prednisone short burst for Katayama sx. Ivermectin held pending strongy.
Mom {{NAME:Jolene}} ({{PHONE:435-555-0166}}) on speaker at pt request. Pt attends {{FACILITY:Basin Tech College}}.
F/u {{DATE:Mon 11/18}}. -{{NAME:Matthias Ekwueme}}, DO`,

  `COUNTY HEALTH - MEASLES CONTACT INVESTIGATION  (flight exposure)
{{FACILITY:Bear Lodge County Public Health}}   Case mgr: {{NAME:Tamsin Okonkwo-Reid}}, RN   ext {{PHONE:418}}
Index case (other jurisdiction) flew {{LOCATION:Istanbul}} -> {{LOCATION:Chicago}} -> {{LOCATION:Rapid City}} {{DATE:5/14/2024}}; airline flight numbers per CDC notice, not recorded here.
Our contact: {{NAME:Mirela Hadžić}}, 34F, seat 2 rows behind, DOB {{DATE:12/05/1989}}, {{ADDRESS:1189 Lookout Mountain Rd}}, {{LOCATION:Sundance}} WY {{ZIP:82729}}, cell {{PHONE:307-555-0178}}, email {{EMAIL:mirela.hadzic88@mailbox.example}}.
Works as CNA at {{FACILITY:Inyan Kara Care Center}} (LTC!) - excluded from work {{DATE:5/19}} through {{DATE:6/4}} (day 5-21).
Vax: born in {{LOCATION:Sarajevo}}, records unclear; MMR IgG drawn {{DATE:5/20}} at {{FACILITY:Crook Co Medical Services}} lab, accession {{ID:CC-240520-133}} -> POSITIVE (immune). Exclusion lifted {{DATE:5/22}}.
Her kids ({{NAME:Emina}} 7, {{NAME:Adnan}} 4) - MMR x2 documented in WyIR.
Employer contact DON {{NAME:Carol Whitehorse}} {{PHONE:307-555-0186}}.
Closed {{DATE:5/23/2024}} - {{NAME:TOR}}`,

  `MCI - PATIENT TRACKING LOG (START triage)   Incident: charter bus rollover
Incident # {{ID:EMCI-24-0412}}  {{DATE:04/12/2024}}  Scene: {{ADDRESS:I-70 WB MM 91}}, W of {{LOCATION:Oakley}} KS  IC: Chief {{NAME:Renner}}
Triage: {{NAME:M. Achterhof}} ({{FACILITY:Logan Co EMS}})  Transport: {{NAME:J. Pruitt}}
TAG#       CAT  NAME/DESC                            DEST            UNIT
{{ID:KS0441823}}  RED  {{NAME:Dorothea Kimani}} ~40s F, pelvis  {{FACILITY:Gove Plains Hosp}}->air  M1
{{ID:KS0441824}}  RED  unk M "{{NAME:TANGO}}" -> {{NAME:TRAUMA, TANGO}}  {{FACILITY:Hays Prairie Regional}}  M4
{{ID:KS0441825}}  YEL  {{NAME:Bautista, Reynaldo}} 52M, L femur  {{FACILITY:Hays Prairie Regional}}  M7
{{ID:KS0441826}}  YEL  {{NAME:Feliciano Bautista}} (son) 17M, lac  {{FACILITY:Gove Plains Hosp}}  Bus
{{ID:KS0441827}}  GRN  driver {{NAME:Len Ostrowski}}, wrist  refused  --
{{ID:KS0441828}}  BLK  unk F elderly  ME  --
{{ID:KS0441829}}  GRN  Sister {{NAME:Marguerite}}? -> {{NAME:Marguerite Aubin}}, abrasions  {{FACILITY:Gove Plains Hosp}}  Bus
Bus: {{FACILITY:Heartland Pilgrim Tours}}; group from {{FACILITY:St. Bernadette Parish}}, {{LOCATION:Salina}}.
Reunification: {{FACILITY:Oakley Grade School}} gym. Family line {{PHONE:785-555-0130}}.
Log closed 1822. Scribe {{NAME:ak}}`,

  `TORNADO RESPONSE - field treatment site triage sheet (page 2 of 4)
{{DATE:May 26th, 2024}}  EF-3 touchdown 1648 near {{LOCATION:Orient}} IA. FTS in bus barn at {{FACILITY:Prairie Valley Consolidated School}}.
Medical group sup: Dr. {{NAME:Hartsough}}  |  Triage: {{NAME:Nkechi A.}}, RN  |  Scribe: {{NAME:jb}}
tag {{ID:IA-TT-008812}} RED  {{NAME:Vander Ploeg, Jan}} 71M, impaled 2x4 R thigh, stabilized in place, tourniquet not needed. -> air, {{FACILITY:Des Moines Mercy Prairie}}.
tag {{ID:IA-TT-008813}} YEL  {{NAME:Shelby Kinzler}} 35F, scalp lac, GCS 15, neg Battle/raccoon eyes. Her farm at {{ADDRESS:2144 Hickory Ave}} destroyed.
tag {{ID:IA-TT-008814}} YEL  {{NAME:Kinzler}} child "{{NAME:Boone}}" 6M, Colles-type wrist fx? splinted. With mom.
tag {{ID:IA-TT-008815}} GRN  {{NAME:Delphine Oyelowo-Hart}} 44F, anxiety, SOB - asthma, albuterol x2.
tag {{ID:IA-TT-008816}} RED->YEL  {{NAME:Marvin Eischeid}} {{AGE:91}}yo, found in basement of {{ADDRESS:1208 Main St}}, crush L leg 2 h. CK pending, NS 1L, ECG peaked T -> calcium gluconate 1 g.
Unaccounted (per sheriff list): {{NAME:E. Eischeid}} (wife) - located {{DATE:5/26}} 20:15 at {{FACILITY:First Reformed Church}} shelter, uninjured.
Red Cross shelter: {{FACILITY:Middle River Fairgrounds}} 4-H bldg.`,

  `WILDFIRE EVACUATION - LTC RESIDENT TRANSFER MANIFEST
Sending: {{FACILITY:Juniper Hills Care & Rehab}}, {{ADDRESS:300 Canyon View Dr}}, {{LOCATION:Paradise Valley}} NV   Receiving: {{FACILITY:Humboldt Plains Senior Living}}, {{LOCATION:Winnemucca}}
Evac order Level 3 {{DATE:07/09/2024 1340}}. Buses: school bus #14 (driver {{NAME:Gene}}), {{FACILITY:Humboldt Valley Ambulance}} units 2 and 5.
Res  | Name                  | Age | Needs                    | Meds bag | Wristband
01   | {{NAME:Ortiz, Carmen}}         | 84  | walker, dementia         | Y        | {{ID:JH-0412}}
02   | {{NAME:Pelkey, Harold}}        | {{AGE:97}}  | O2 2L (concentrator), Hoyer | Y     | {{ID:JH-0419}}
03   | {{NAME:Ybarra, Lupe}}          | 79  | dialysis MWF at {{FACILITY:Desert Sage Dialysis}} | Y  | {{ID:JH-0421}}
04   | {{NAME:Thorsen, Ingrid}} "{{NAME:Inky}}" | {{AGE:100}} | bedbound, DNR/POLST | Y  | {{ID:JH-0430}}
05   | {{NAME:McAllister, Roy}}       | 88  | insulin pump (serial {{DEVICE:PMP-55820197}}) | Y | {{ID:JH-0433}}
Charge nurse: {{NAME:Sunita Rao}}, RN, cell {{PHONE:775-555-0115}}. Administrator {{NAME:Brent Cuthbertson}} notified families by robocall 1410.
Smoke: AQI 312 at departure.`,

  `UNDERGROUND MINE EMERGENCY - casualty log (mine rescue / EMS)
Operator: {{FACILITY:Raven Ridge Coal LLC}}, {{FACILITY:Raven Ridge No. 2}} portal, {{ADDRESS:4470 Slate Fork Rd}}, near {{LOCATION:Welch}} WV {{ZIP:24801}}
Event: roof fall, 3 Left section, {{DATE:Tues 10/29/2024}} approx 0615. MSHA notified 0631, case {{ID:MSHA-4608823}}.
Command ctr: mine office. EMS staging at {{ADDRESS:US-52 and Slate Fork Rd}}. Units: {{FACILITY:Elkhorn Valley EMS}} M21, M23; {{FACILITY:Tug Valley Rescue}} R2.
Casualties (brought out by mantrip):
1. {{NAME:Cody Blankenship}} 31M, roof bolter, employee # {{ID:RR-20931}} - pinned 40 min, L tib/fib open fx, crush. TQ, ketamine, fluids. Air to {{FACILITY:Appalachian Highlands Trauma Center}}.
2. {{NAME:Dwight}} "{{NAME:Tater}}" {{NAME:Lusk}} ({{NAME:Tater}}) 56M, shuttle car operator, # {{ID:RR-11877}} - chest contusion, SpO2 92. Ground to {{FACILITY:Tug Fork Community Hosp}}.
3. {{NAME:Ahmed Saleh}} 44M, section foreman - dust inhalation, eye FB, released at scene.
Family center at {{FACILITY:Pocahontas Freewill Baptist Church}}. Company contact: safety dir {{NAME:Rhonda Musick}} {{PHONE:304-555-0138}}.
Rescue team captain: {{NAME:Lonnie Hatfield}}.
Log by {{NAME:S. Varghese}}, EMS supervisor`,

  `DISASTER VICTIM IDENTIFICATION (DVI) / FAMILY ASSISTANCE CENTER - interview summary
Event: flash flood, {{LOCATION:Dry Fork}} canyon campground, {{LOCATION:Garfield Co}} UT, {{DATE:08/03/2024}}
FAC location: {{FACILITY:Boulder Mesa High School}} library.   DVI case {{ID:DVI-UT-24-0017}}
Missing person: {{NAME:Benjamin}} "{{NAME:Benji}}" {{NAME:Arroyo-Sato}}, DOB {{DATE:03/30/2001}}, 23M, 5'9", tattoo L forearm (compass).
Reporting family: father {{NAME:Kenji Sato}} ({{PHONE:801-555-0114}}), mother {{NAME:Lucia Arroyo}}, {{ADDRESS:2291 E Millbrook Way}}, {{LOCATION:Sandy}} UT {{ZIP:84092}}.
Vehicle at trailhead: Subaru Outback, UT plate {{VEHICLE:F49 2KR}}, VIN {{VEHICLE:4S4BTANC8L3156021}}.
Antemortem data collected: dental records from {{FACILITY:Wasatch Smiles Dental}} (Dr. {{NAME:Pham}}), fingerprint card from {{FACILITY:Bell Canyon Charter Academy}} employment file - card # {{BIOMETRIC:FP-UT-0098124}}. DNA reference swabs from both parents, kit {{ID:DNA-RS-77012}}.
Phone last ping per carrier {{DATE:8/3}} 1422.
Interviewer: Det. {{NAME:Aurelia Mondragón}}, sheriff's office. Victim advocate {{NAME:Lisette}}.`,

  `HAZMAT MCI - chlorine release, rail yard. ED surge log
{{FACILITY:Sand Hills Regional Hospital}} ED, {{LOCATION:Alliance}} NE   {{DATE:3/8/25}}
0512 notified by county EM: tank car leak at {{FACILITY:Great Plains Rail}} yard (employer of first 3 pts). Shelter-in-place for {{ADDRESS:Box Butte Ave}} corridor.
0540 pt 1 {{NAME:Reuben Castillo}} 38M, carman, employee id {{ID:E-448120}} - cough, wheeze, SpO2 90%. Nebulized 4.2% sodium bicarb + albuterol.
0544 pt 2 {{NAME:Terrance}} "{{NAME:T.J.}}" {{NAME:Whitlock}} 29M conductor - eye/throat burn, Morgan lens.
0551 pt 3 {{NAME:Ole Brandt}} 61M engineer - pulm edema 0630, intubated 0642 by Dr. {{NAME:Yilmaz}}, PEEP 10.
0605-0720 walk-ins from {{LOCATION:Alliance}} east side: {{NAME:Maria Elena Soto}} 8yo? (age 8, w/ mom {{NAME:Graciela Soto}}), {{NAME:Harlan Pfannenstiel}} 77M COPD, {{NAME:Vi Nguyen}} 45F.
0730 decon corridor closed. Total 11 pts, 2 admits, 1 transfer to {{FACILITY:Platte Basin Medical Center}} via {{FACILITY:Panhandle Air Rescue}} (tail N7PA - not pt info).
Poison center conference {{ID:NPC-250308-0099}}.
Charge: {{NAME:Gwen Tallmadge}} RN   Incident cmdr (hosp): {{NAME:D. Okafor}}`,

  `HOSPITAL AFTER-ACTION REPORT (draft) - excerpt: Patient Tracking
Exercise/real event: REAL - {{DATE:June 2, 2024}} county fair grandstand collapse, {{LOCATION:Rock Springs}} WY
Prepared by {{NAME:Yolanda Featherstone}}, Emergency Preparedness Coordinator, {{FACILITY:Red Desert Regional Medical Center}}, {{EMAIL:yfeatherstone@reddesertrmc.org}}, {{PHONE:307-555-0154}}
Findings:
- 3 of 19 patients arrived w/o triage tags (self-presented). Two were registered under trauma aliases "{{NAME:ZEBRA, ALPHA}}" and "{{NAME:ZEBRA, BRAVO}}" and were not merged with real identities ({{NAME:Kaitlyn Marchbanks}}, MRN {{MRN:RDR-3391007}}; {{NAME:Lorenzo Vigil}}, MRN {{MRN:RDR-3391015}}) until {{DATE:6/4}} - 2 lab results filed to alias.
- Tag {{ID:WY-MCI-22017}} recorded as YELLOW at scene, GREEN on arrival - no re-triage doc.
- Family reunification at {{FACILITY:High Desert Events Center}}: missing-child report for {{NAME:Ava-Grace Lemmon}}, 5, resolved in 40 min.
- EMResource updated late (0.5 h).
Corrective: alias wristbands with barcode pre-printed; registrar {{NAME:Bev}} cross-training on merges by {{DATE:8/1/24}}.
Reviewed: Dr. {{NAME:Anand Kulkarni}} (ED med dir), {{NAME:Sharon Willoughby}}, CNO.`,

  `OCCUPATIONAL LUNG CLINIC - coal workers' health surveillance
{{FACILITY:Cumberland Plateau Black Lung Clinic}}, {{ADDRESS:118 Depot St}}, {{LOCATION:Grundy}} VA {{ZIP:24614}}
Visit {{DATE:01/09/2025}}   Pt {{NAME:Estep, Rayburn L.}}  DOB {{DATE:11/17/1959}}  SSN {{SSN:228-61-4093}} (for DOL claim only)
65M, 34 yrs underground (roof bolter, continuous miner operator) - last at {{FACILITY:Big Creek Mining Inc}} until {{DATE:March 2022}}; before that {{FACILITY:Levisa Fork Coal}}.
Smoking: quit 1998, 15 pk-yr.
CXR ILO classification (B reader Dr. {{NAME:Haruto Kimura}}): q/r 2/2, upper zones, large opacity category A -> complicated CWP (PMF).
PFT: FEV1 1.62 (48%), FVC 2.90 (66%), DLCO 41%. 6MWT 290 m w/ desat to 86%.
Assessment: PMF, qualifies for federal black lung benefits; DOL claim # {{ACCOUNT:BLBA-2025-004471}} filed w/ help of benefits counselor {{NAME:Jo Ann Compton}} ({{PHONE:276-555-0193}}).
Plan: home O2 2L exertion ({{FACILITY:Mountain Air Home Medical}}, concentrator serial {{DEVICE:IC5-2291848}}), pulm rehab at {{FACILITY:Buchanan Plains Hospital}}, pneumococcal + RSV vaccines.
Wife {{NAME:Nadine}} present.
{{NAME:Rosalind Cheek}}, FNP-C / sup. physician Dr. {{NAME:Vikram Batra}}`,

  `EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS  (state form WC-1)
Employer: {{FACILITY:Double Diamond Dairy LLC}}   FEIN (employer) on file   Address: {{ADDRESS:18830 Road 76}}, {{LOCATION:Tulare}} CA {{ZIP:93274}}
Carrier: State Compensation Insurance Fund   Claim #: {{ACCOUNT:05-4471920-WC}}
Employee: {{NAME:Jacinto Huerta Méndez}}   SSN: {{SSN:611-40-2279}}   DOB: {{DATE:04/14/1983}}   Sex: M
Home: {{ADDRESS:770 S K St, Apt 12}}, {{LOCATION:Tulare}} CA {{ZIP:93274}}   Phone {{PHONE:559-555-0125}}
Occupation: milker   Date hired {{DATE:2/2019}}   Hrs/wk 60
Date/time of injury: {{DATE:10/06/2024 04:40}}   Date employer notified: {{DATE:10/06/2024}}
Where: milking parlor, rotary platform, stall 31.
How: cow kicked, pinned R hand against pipe rail. Crush injury R 4th/5th fingers, possible boxer's fracture.
Treated at: {{FACILITY:Kaweah Valley Occupational Medicine}}, Dr. {{NAME:Eun-ji Park}}. Hospitalized? No.
Supervisor: {{NAME:Rigoberto Sandoval}}   Witness: {{NAME:Chuy}}
Prepared by: {{NAME:Heather Van Beek}}, office mgr, {{PHONE:559-555-0131}}  {{DATE:10/7/24}}
ICD-10 W55.12XA (struck by cow), S62.336A.`,

  `HAND SURGERY CLINIC - postop f/u, farm auger injury
{{FACILITY:Red River Bone & Hand}}, {{LOCATION:Fargo}}
{{NAME:Hoeft, Dalton}}   DOB {{DATE:5/1/1999}}   MRN {{MRN:RRV00388410}}   DOS {{DATE:12/02/2024}}
25M, injured {{DATE:10/14/24}} - R hand caught in grain auger unloading soybeans at family farm ({{FACILITY:Hoeft Farms Partnership}}) near {{LOCATION:Hankinson}}. Transferred from {{FACILITY:Richland Prairie Hospital}} ED by {{FACILITY:Prairie Lift Air}}? no, ground - weather.
s/p revision amputation R index + middle at PIP level, ORIF R ring finger P1 (Dr. {{NAME:Lindeman}}, {{DATE:10/15}}).
Today: wounds healed. Phantom sensation, no neuroma sx. Tinel neg. Grip 18 kg (L 46 kg).
Plan: OT 2x/wk at {{FACILITY:Wahpeton Therapy Works}} (closer to home), desensitization, prosthetic consult w/ {{FACILITY:Northland Orthotics & Prosthetics}} ({{PHONE:701-555-0109}}).
Work: no lifting >10 lb R hand until {{DATE:1/6/25}}. Pt asks about running the combine next harvest - discussed.
Farm safety: referred to extension ag-safety specialist {{NAME:Marla Jorgenson}}, {{EMAIL:m.jorgenson@rrvextension.example.edu}}.
Ins: BCBS ND {{HEALTH_PLAN:W8R440918302}}
{{NAME:Priyanka Deshmukh}}, PA-C for Dr. {{NAME:Lindeman}}  / tr {{NAME:kdm}} {{DATE:12/02/24}}`,

  `INFECTIOUS DISEASE OUTPATIENT - zoonosis, feedlot
Pt: {{NAME:Tiburcio Ramos Ek}}   DOB {{DATE:07/22/1990}}   MRN {{MRN:SWK-0029184}}
Clinic: {{FACILITY:Southwest Kansas ID Clinic}} at {{FACILITY:Finney Plains Medical Center}}, {{LOCATION:Garden City}} KS
{{DATE:Thursday 8/8/24}}
34M pen rider / calving crew at {{FACILITY:Arkansas River Feedyard}} ({{ADDRESS:9500 W Hwy 50}}, {{LOCATION:Holcomb}}). Mayan language (Q'anjob'al) + Spanish; interpreter {{NAME:Feliciano}} via video.
Hx: 5 wks undulating fever, night sweats, L knee pain, wt loss 6 kg. Assisted w/ aborted calves in spring. Drinks raw milk occasionally from the dairy next door.
Labs: Brucella serology 1:320 (SAT), blood cx {{ID:GCML-24-30191}} grew Brucella sp. day 6 - lab alerted (BSL-3 precautions), state lab confirmed B. abortus? vs RB51 vaccine strain - pending.
Dx: brucellosis w/ monoarthritis.
Tx: doxycycline 100 BID x 6 wk + rifampin 600-900 daily (RB51 is rif-resistant -> if RB51, switch to doxy + TMP-SMX).
Lab workers exposed (3) - PEP by employee health at {{FACILITY:Finney Plains Medical Center}}.
KDHE notified. Pt's wife {{NAME:Juana}} and baby {{NAME:Ek}} (4 mo) - no raw milk.
{{NAME:Hye-won Baek}}, MD`,

  `H&P - silo gas exposure  (admit from ED)
{{FACILITY:Driftless Area Medical Center}}, {{LOCATION:Viroqua}} WI   Adm {{DATE:09/21/2024 22:50}}
Pt {{NAME:Amos Yoder}} 46M (Old Order Amish; no phone - contact via neighbor {{NAME:Dale Kleinschmidt}} {{PHONE:608-555-0183}}). DOB {{DATE:3/15/78}}. No SSN on file, self-pay acct {{ACCOUNT:DAM-77013925}}.
Lives {{ADDRESS:E4412 County Rd NN}}, {{LOCATION:Westby}} WI {{ZIP:54667}}, farm on {{ADDRESS:Bad Axe Rd}}.
HPI: filled upright silo w/ corn {{DATE:9/19}}; today ~1630 climbed in to level silage w/o running blower. Yellow-brown haze, bleach smell. Out after 2-3 min, coughing. 5 h later progressive dyspnea. Brought by horse+buggy to neighbor, then neighbor's truck to ED.
Dx: silo filler's disease (NO2) - acute chemical pneumonitis; risk of bronchiolitis obliterans 2-6 wk.
Exam: RR 30, SpO2 88% RA -> 94% 4L NC. Diffuse crackles. CXR patchy bilat infiltrates. MetHb 1.8%.
Plan: admit PCU, O2, methylpred 60 q6, albuterol. No antibiotics unless fever. Ag safety education; son {{NAME:Levi}} (16) and brother {{NAME:Menno Yoder}} also on farm.
Bishop {{NAME:Eli Stoltzfus}} visited, family request: no photos, no TV in room.
{{NAME:Katarzyna Wiśniewska}}, MD (hospitalist)   cc: PCP {{NAME:Ben Hochstetler}}, PA`,

  `OILFIELD H2S EXPOSURE - ED note + occ health call
{{FACILITY:McKenzie Badlands Health}}, {{LOCATION:Watford City}} ND   {{DATE:Jan 30, 2025}}
Pt: {{NAME:Brandon}} "{{NAME:Tex}}" {{NAME:Willoughby}}   DOB {{DATE:02/14/1994}}   MRN {{MRN:MBH-00912274}}
30M floorhand for {{FACILITY:Killdeer Mountain Well Services}}, working rig on pad {{ADDRESS:Hwy 23 and 109th Ave NW}} location (lease road 3 mi N). Personal H2S monitor alarmed at 100+ ppm while tripping pipe; coworker {{NAME:Arturo}} pulled him out, both on SCBA after.
Brief LOC ~30 s ("knockdown"). Now: HA, nausea, eye irritation. GCS 15. Lactate 3.4. ECG NSR. CXR clear.
Tx: O2 NRB, eyes irrigated. Hydroxocobalamin not indicated. Obs 6 h - no delayed pulm edema.
Employer safety rep {{NAME:Kyla Redbird}} on phone {{PHONE:701-555-0144}}; OSHA recordable, case # {{ID:OSHA-300-2025-019}}.
Pt's truck (parked at man camp, {{FACILITY:Bakken Lodge Crew Housing}} rm 214): ND plate {{VEHICLE:LCX 451}}.
Home of record: {{ADDRESS:3309 Ranch Road 1101}}, {{LOCATION:Pecos}} TX {{ZIP:79772}}.
D/c to man camp w/ coworker, no driving 24 h. Return to work per employer's MRO Dr. {{NAME:Gallegos}}.
{{NAME:Imogen Ashby-Clarke}}, PA-C`,

  `RURAL HEALTH CLINIC - progress note (uranium / hard-rock miner)
{{FACILITY:Dolores Canyon Health Clinic}}, {{LOCATION:Naturita}} CO   {{DATE:04/22/2024}}
{{NAME:Trujillo, Eloy B.}}  79 y/o M   DOB {{DATE:1/19/1945}}   chart {{MRN:DCH-10388}}
Former uranium miner (pt says 1963-1981 at several Uravan belt mines incl. {{FACILITY:Hieroglyphic Mesa Mine}} and {{FACILITY:Paradox Rim Mining Co}}). Also worked at {{FACILITY:San Miguel Basin Power}}.
RECA: pt inquiring about Radiation Exposure Compensation Act claim; previously denied in 2009. Granddaughter {{NAME:Marisa Trujillo-Begay}} helping, {{EMAIL:marisa.tb@rockmail.example}}.
Today: progressive DOE, 40 lb wt loss over 1 yr. CT chest ({{FACILITY:Montrose Canyons Imaging}}, {{DATE:4/15}}): 3.2 cm RUL spiculated mass + hilar LAD.
Plan: referral to pulm/onc at {{FACILITY:Grand Mesa Cancer Center}}, {{LOCATION:Grand Junction}} (Dr. {{NAME:Oyelaran}}), bronch/EBUS. Social work for RECA paperwork (miners' claim), DOL EEOICP not applicable.
Lives {{ADDRESS:HC 62 Box 17}}, {{LOCATION:Naturita}} CO {{ZIP:81422}}; phone {{PHONE:970-555-0176}}.
Medicare {{HEALTH_PLAN:2RX9-JN4-KT66}}.
{{NAME:Ruth Ellen Mabry}}, FNP`,

  `SCREENING & ENROLLMENT LOG   Protocol HLV-2201-03 (PRAIRIE-HF)   NCT05518842   Site 014
Site: {{FACILITY:Pronghorn Valley Memorial Hospital}}   PI: {{NAME:R. Tsosie}}, MD   Sponsor: Halvard Therapeutics
Scr #     | Init  | Scr date  | DOB (mm/yyyy) | Consent | Outcome             | Rand #
{{ID:014-S001}}  | {{NAME:VMH}}   | {{DATE:02/06/24}}  | {{DATE:04/1932}}        | Y       | SF - age >85        | --
{{ID:014-S002}}  | {{NAME:D-AC}}  | {{DATE:02/13/24}}  | {{DATE:09/1951}}        | Y       | Randomized          | {{ID:R-0147}}
{{ID:014-S003}}  | {{NAME:GRT}}   | {{DATE:02/20/24}}  | {{DATE:01/1960}}        | N (declined, distance 140 mi) | -- | --
{{ID:014-S004}}  | {{NAME:LKY}}   | {{DATE:03/05/24}}  | {{DATE:11/1948}}        | Y       | SF - eGFR 22 (<30)  | --
{{ID:014-S005}}  | {{NAME:OJH}}   | {{DATE:03/05/24}}  | {{DATE:02/1930}}        | Y       | SF - NYHA IV        | --
{{ID:014-S006}}  | {{NAME:MEP}}   | {{DATE:03/19/24}}  | {{DATE:07/1945}}        | Y       | Randomized          | {{ID:R-0162}}
Enrolled to date: 2 / target 12. Next rescreen of {{ID:014-S004}} allowed after 28 d.
Log maintained by {{NAME:Carmen Echohawk}}, CRC, {{EMAIL:cechohawk@pronghornvalley.org}}  Last updated {{DATE:03/20/2024}}  Initials {{NAME:CE}}`,

  `INFORMED CONSENT PROCESS NOTE (source)
Study: PRAIRIE-HF, HLV-2201-03, site 014.   ICF version 3.0 dated {{DATE:2023-11-02}}, IRB approved (Great Plains Central IRB, ref GPC-23-1187).
Subject: {{NAME:Margaret E. Pfannkuch}}   MRN {{MRN:PVM-011902}}   Screening # {{ID:014-S006}}
Date/time consent signed: {{DATE:03/19/2024 10:42}}
Present: subject; daughter {{NAME:Lisa Pfannkuch-Ruiz}} (not LAR, subject has capacity); CRC {{NAME:Carmen Echohawk}}; Sub-I {{NAME:Deb Carrizales}}, FNP.
Process: ICF given to subject at clinic visit {{DATE:3/12}} to take home to the ranch (no internet out at {{LOCATION:Van Tassell}}). Returned today. All questions answered incl. travel reimbursement (mileage 0.67/mi), 12 visits over 52 wk, remote visits by video allowed per Amendment 2. Teach-back done.
Subject reads English, vision corrected (Snellen 20/40 w/ readers), signed and dated herself. HIPAA authorization signed same time. Copy given to subject.
No study procedures before consent. Rand via IWRS {{DATE:3/19}} 1150, rand # {{ID:R-0162}}.
Subject contact for study: {{PHONE:307-555-0104}}, {{ADDRESS:PO Box 61}}, {{LOCATION:Van Tassell}} WY {{ZIP:82242}}.
Signed: {{NAME:C. Echohawk}} {{DATE:3/19/24}}`,

  `CONSENT FORM - SIGNATURE PAGE (copy for research record)
Title: Early antivenom in the field for North American pit viper envenomation (FANG-EMS)   Protocol FANG-22-001, v4.1
Site 007: {{FACILITY:Big Bend Border Medical Center}} / {{FACILITY:Brewster Co EMS}}   Sponsor: Rattler Biologics Inc.
Participant name (print): {{NAME:Ismael Ochoa Villarreal}}          Participant ID: {{ID:FANG-007-0031}}
Signature: {{NAME:I. Ochoa V.}}            Date: {{DATE:05/11/2024}}   Time: 1705
[ ] Legally authorized representative (if applicable): {{NAME:Araceli Ochoa}}, relationship: wife   Date: {{DATE:05/11/2024}}
  (LAR used initially - pt received morphine; pt re-consented himself {{DATE:5/12/24 0915}} when clear.)
Person obtaining consent: {{NAME:Hannah Mbeki-Lawson}}, DO   Date {{DATE:05/11/2024}}  Time 1702
Interpreter (Spanish): {{NAME:Rosa Delia Quiñones}}, ID {{ID:INT-4471}}   Short form used: Y (Spanish short form v2)
Witness: {{NAME:Joaquín Treviño}}, RN   Date {{DATE:5/11/24}}
Questions about your rights: Southwest Regional IRB, 1-800-555-0199 (toll free).
Study coordinator: {{NAME:Nayeli Ontiveros}}, {{PHONE:432-555-0103}}.`,

  `ADVERSE EVENT REPORT FORM (CRF AE-01)     Protocol HLV-2201-03   Site 014   Subject {{ID:014-0002}}   Initials {{NAME:D-AC}}
AE #3
Term (verbatim): "dizzy when standing up, nearly fell in the barn"
MedDRA PT: Orthostatic hypotension (10031127)   SOC: Vascular disorders
Onset: {{DATE:05/02/2024}}   Resolved: {{DATE:05/09/2024}}   Ongoing: N
Severity: CTCAE Grade 2     Serious: N     Expected (per IB v6): Y
Relationship to IP: Probably related (HLV-2201 titrated to 10 mg on {{DATE:4/29/24}}, Week 8 / C3D1... n/a, not oncology)
Action with IP: dose reduced to 5 mg   Concomitant tx: fluids, compression stockings (TED hose)
Outcome: Recovered/resolved w/o sequelae
Source: phone call from subject's husband {{NAME:Arturo Chavez}} to CRC {{DATE:5/2}} 0830; unscheduled visit {{DATE:5/3/24}}: BP sitting 118/70, standing 92/60. K 4.1, Cr 1.1.
Reported by: {{NAME:Carmen Echohawk}}, CRC   Date entered EDC: {{DATE:05/03/2024}}
Investigator assessment & signature: {{NAME:Rosalind Tsosie}}, MD   {{DATE:05/06/2024}}
PI comment: subject {{NAME:Dolores Aguilar-Chavez}} lives 58 mi from site; home BP cuff (study-issued, serial {{DEVICE:OMR-7Q1-
30028}}) provided.`,

  `SERIOUS ADVERSE EVENT - INITIAL REPORT (narrative)   Sponsor SAE ref: HLV-SAE-0093 (sponsor use)
Protocol HLV-2201-03 | Site 021 {{FACILITY:Cottonwood Gulch Community Hospital}} | PI Dr. {{NAME:Anders Bergquist}}
Subject ID {{ID:021-0005}}, 74 y/o male, YOB 1950, wt 81 kg. Randomized {{DATE:01/08/2024}} (rand # {{ID:R-0118}}).
Event: Acute kidney injury requiring hospitalization. Onset {{DATE:06/11/2024}}. Site aware {{DATE:06/12/2024 08:15}}. Reported to sponsor within 24 h ({{DATE:06/12/2024 15:40}}).
Narrative: On {{DATE:11-Jun-2024}} subject presented to {{FACILITY:Custer Prairie Medical Center}} ED (non-study hospital, 70 mi from site) with vomiting x3 d after a heat wave while haying. Cr 3.4 (baseline 1.2), K 6.1. IV fluids, IP held. Admitted {{DATE:6/11}} to {{DATE:6/15}}. Discharged w/ Cr 1.6.
Records obtained from outside hospital via fax {{FAX:406-555-0171}} (HIM contact {{NAME:Trudy}}).
Seriousness: hospitalization. Causality (investigator): possibly related. IP interrupted, restarted {{DATE:6/24}} at 5 mg.
Reporter: {{NAME:Anders Bergquist}}, MD; prepared by CRC {{NAME:Lyle Two Hearts}} ({{EMAIL:ltwohearts@cottonwoodgulch.org}}, {{PHONE:406-555-0192}}).
MedDRA PT Acute kidney injury; CTCAE Gr 3.`,

  `Meridian Clinical Research Partners
{{DATE:July 22, 2024}}

{{NAME:Rosalind Tsosie}}, MD, Principal Investigator
{{FACILITY:Pronghorn Valley Memorial Hospital}}
{{ADDRESS:400 W Antelope Ave}}
{{LOCATION:Lusk}}, WY {{ZIP:82225}}

RE: Confirmation of Interim Monitoring Visit - Protocol HLV-2201-03 (PRAIRIE-HF), Site 014

Dear Dr. {{NAME:Tsosie}},

This letter confirms the on-site interim monitoring visit scheduled for {{DATE:Tuesday, August 13, 2024}} from 09:00 to 16:00 and {{DATE:Wednesday, August 14}} 08:30 to 12:00. Please arrange for me to meet with you and Ms. {{NAME:Echohawk}} at approximately 14:00 on the first day.

During the visit I plan to review: ICFs for subjects {{ID:014-0002}} and {{ID:014-0006}}; source-to-EDC verification for visits through Week 16; AE/SAE documentation; IP accountability (kits 44810-44822) and temperature logs; the regulatory binder incl. the delegation log and CVs.

Please provide access to the EHR (read-only) for {{ID:014-0006}} and the outside records from {{FACILITY:Laramie Peak Regional Medical Center}}.

Regards,
{{NAME:Siobhan O'Rourke-Malhotra}}, CCRA, Senior CRA
{{EMAIL:siobhan.orourke@meridiancrp.example.com}} | m {{PHONE:720-555-0161}}
cc: {{NAME:Carmen Echohawk}}, CRC; TMF`,

  `MONITORING VISIT FOLLOW-UP LETTER
Date: {{DATE:21 Aug 2024}}      Visit type: IMV #3      Visit dates: {{DATE:13-14 Aug 2024}}
To: Dr. {{NAME:R. Tsosie}} (PI), {{FACILITY:Pronghorn Valley Memorial Hospital}}, Site 014
From: {{NAME:S. O'Rourke-Malhotra}}, CRA
Subjects reviewed: {{ID:014-0002}} ({{NAME:D-AC}}), {{ID:014-0006}} ({{NAME:MEP}}). SDV 100% for both.

Findings / Action items:
1. {{ID:014-0002}}: AE #3 onset date in EDC ({{DATE:05/02/2024}}) vs source phone note ({{DATE:05/01/2024}} evening) - please clarify and correct. Owner: CRC. Due {{DATE:9/4/24}}.
2. {{ID:014-0006}}: Week 12 visit done by video ({{DATE:6/11/24}}); telehealth session log shows connection from {{IP:203.0.113.140}} but vitals were from home BP cuff - file the device printout. Week 12 ECG missed (protocol deviation, minor) - report to IRB per local policy.
3. Delegation log: {{NAME:Deb Carrizales}} (Sub-I) started tasks {{DATE:2/1/24}}, signed log {{DATE:2/20/24}} - NTF needed.
4. IP: kit 44815 dispensed to {{ID:014-0006}} on {{DATE:6/14/24}}, temperature excursion 26.1C during shipping - quarantine status resolved by sponsor.
5. ICF {{ID:014-0002}}: page 9 initials missing on optional genetics box.
Outstanding items from IMV #2: closed.
Next visit: tentatively {{DATE:November 2024}}.
Please reply to {{EMAIL:siobhan.orourke@meridiancrp.example.com}}.`,

  `GREAT PLAINS CENTRAL IRB
Notice of IRB Action - Continuing Review Approval
Date of notice: {{DATE:October 1, 2024}}
Investigator: {{NAME:Anders Bergquist}}, MD
Institution: {{FACILITY:Cottonwood Gulch Community Hospital}}, {{ADDRESS:25 Mill Creek Rd}}, {{LOCATION:Big Timber}}, MT {{ZIP:59011}}
IRB tracking #: GPC-23-1187-S021      Protocol: HLV-2201-03 (PRAIRIE-HF)
Approval period: {{DATE:10/01/2024}} through {{DATE:09/30/2025}}
Documents approved: ICF v3.0 site 021 (English), Spanish short form, recruitment flyer for posting at {{FACILITY:Sweet Grass Co-op Feed Store}} and {{FACILITY:Big Timber Lutheran Church}}, subject diary v2.
Enrollment at site: 7 (target 10). Reportable events during period: 1 SAE (subject {{ID:021-0005}}, AKI, {{DATE:06/11/2024}}), determined not an unanticipated problem.
Conditions: none.
The IRB chair, {{NAME:Wilhelmina Okoro-Stadtler}}, PharmD, reviewed via expedited procedure (45 CFR 46.110, category 8(b)).
Questions: contact {{NAME:Jared Baptiste}}, IRB analyst (irb@gpcirb.example.org).
Site contact on file: {{NAME:Lyle Two Hearts}}, CRC, {{PHONE:406-555-0192}}.`,

  `PROTOCOL DEVIATION / REPORTABLE NEW INFORMATION FORM  (local IRB: {{FACILITY:Black Hills Frontier Medical Center}} Human Research Protection Office)
Submission # HRPO-2025-0211   Study: FANG-EMS (FANG-22-001), local IRB # 2023-044
Submitted by: {{NAME:Kwame Asante-Boateng}}, research nurse   {{EMAIL:kasanteboateng@bhfmc.org}}   {{PHONE:605-555-0117}}
Date discovered: {{DATE:01/17/2025}}     Date of deviation: {{DATE:01/04/2025}}
Participant: {{ID:FANG-011-0008}}  (MRN {{MRN:BHF2219544}} - for HRPO only)
Description: Field antivenom was given by {{FACILITY:Meade Co Ambulance}} crew (paramedic {{NAME:Tyrel Janis}}, NRP) at {{ADDRESS:SD-34 MM 52}} east of {{LOCATION:Sturgis}} before deferred-consent eligibility call to the on-call investigator was completed (call log shows 1412; dose 1409). Participant (68M, rancher bitten while checking water tanks on {{LOCATION:Bear Butte}} lease) later consented {{DATE:1/5/25 1030}}, no harm.
Corrective action: retraining of {{FACILITY:Meade Co Ambulance}} and {{FACILITY:Elk Creek Fire-Rescue}} crews {{DATE:1/28}} and {{DATE:1/30}}; radio script updated.
Is this an unanticipated problem? No. Serious non-compliance? No.
PI attestation: {{NAME:Ramón Etxeberria}}, MD   e-signed {{DATE:01/20/2025 16:22}}`,

  `email thread (printed for reg binder)
From: {{NAME:Nayeli Ontiveros}} <{{EMAIL:nontiveros@bigbendbmc.org}}>
Sent: {{DATE:Mon 6/3/2024 8:12 AM}}
To: {{NAME:Hannah Mbeki-Lawson}}
Subject: {{ID:FANG 007-0031}} - SAE? need your call

Dr. {{NAME:ML}} - {{ID:FANG-007-0031}} ({{NAME:I.O.V.}}) was readmitted {{DATE:Sat 6/1}} to {{FACILITY:Permian Basin University Hosp}} w/ late hemotoxicity (plt 31). Wife {{NAME:Araceli}} called me this morning from {{PHONE:432-555-0179}}. I think this is an SAE (hospitalization) and maybe expected per the IB (recurrence after CroFab is labeled). Sponsor clock started today since that's when we learned. Need your causality by 5 pm so I can submit to Rattler safety.
- {{NAME:Nay}}

From: {{NAME:Mbeki-Lawson, Hannah}}
Sent: {{DATE:Mon 6/3/2024 1:47 PM}}
Causality: probably related to envenomation, possibly related to study product (late recurrence). Expected. Grade 3. Please get the discharge summary - ask for Dr. {{NAME:Abernathy}}'s note. Loop in {{NAME:Joaquín}} for the field data.
{{NAME:H}}

From: {{NAME:Nayeli Ontiveros}}
Sent: {{DATE:6/3/24 4:58 PM}}
Submitted, SAE form in EDC, ack # from sponsor received.`,

  `PARTICIPANT PAYMENT / TRAVEL REIMBURSEMENT LOG - PRAIRIE-HF site 021
(Payments via reloadable study card. Card numbers are last 4 only in this log.)
Subj ID    | Visit       | Date        | Miles RT | Stipend | Mileage | Card       | Staff
{{ID:021-0001}}   | Wk 24       | {{DATE:07/02/2024}}  | 96       | $50     | $64.32  | ...{{ACCOUNT:4471}}    | {{NAME:LTH}}
{{ID:021-0003}}   | Wk 16 (tele)| {{DATE:07/09/2024}}  | 0        | $50     | --      | ...{{ACCOUNT:9023}}    | {{NAME:LTH}}
{{ID:021-0005}}   | Unsched     | {{DATE:07/15/2024}}  | 140      | $25     | $93.80  | ...{{ACCOUNT:1188}}    | {{NAME:JB}}
{{ID:021-0006}}   | Wk 8        | {{DATE:7/22/24}}     | 212      | $50     | $142.04 | ...{{ACCOUNT:3307}}    | {{NAME:LTH}}
{{ID:021-0007}}   | Scr/Base    | {{DATE:7/30/24}}     | 58       | $75     | $38.86  | new card {{ACCOUNT:5291 0044 8120 6651}} (full # on W-9 file) | {{NAME:LTH}}
Note {{DATE:7/30}}: {{ID:021-0007}} (Mr. {{NAME:Harvey Gjerde}}) requested check mailed instead - {{ADDRESS:2 Boulder River Rd}}, {{LOCATION:McLeod}} MT {{ZIP:59052}}. SSN on W-9 ({{SSN:517-88-3360}}) stored in locked finance file only.
Reviewed by {{NAME:A. Bergquist}} {{DATE:8/1/24}}. Finance: {{NAME:Deanna}} ext {{PHONE:5120}}.`,

  `ELIGIBILITY CHECKLIST (source worksheet)  -  RURAL-TELESTROKE-RCT | site 03
Subject ID: {{ID:TSR-03-0119}} | Screening date: {{DATE:10/27/2024}} | Hospital: {{FACILITY:White Pine Valley Hospital}} ({{LOCATION:Ely}}, NV)
Hub investigator (video): {{NAME:Farida Haidari}}, MD | Spoke coordinator: {{NAME:Tonya Spotted Elk}}
INCLUSION | Y/N | Source
1. Age >= 18 | Y | DOB {{DATE:07/04/1939}} (85 y)
2. Acute ischemic stroke, NIHSS >= 6 | Y | NIHSS 11 at 1932
3. Presentation to spoke >= 60 min drive from EVT ctr | Y | {{LOCATION:Ely}} -> {{LOCATION:Salt Lake City}} 4 h
4. Pre-stroke mRS 0-2 | Y | mRS 1 per wife {{NAME:Opal}}
EXCLUSION
1. ICH on CT | N | teleradiology read {{ID:ACC-TR-88412903}}
2. Platelets < 100 | N | plt 212
3. Pregnancy | N/A
4. Participating in another trial | N
Consent: deferred (emergency exception, 21 CFR 50.24) - LAR {{NAME:Opal Marchetti}} reached by phone {{PHONE:775-555-0146}} at 2010, consented verbally, e-consent signed via link {{URL:https://econsent.tsr-trial.example.org/s/03-0119}} from IP {{IP:198.51.100.73}} at 2031.
Eligible: YES. Randomized {{DATE:10/27/2024 20:36}}, arm concealed.
Completed by {{NAME:T. Spotted Elk}} / verified {{NAME:F. Haidari}} {{DATE:10/28/24}}`,

  `DECENTRALIZED TRIAL - MOBILE RESEARCH NURSE HOME VISIT
Vendor: {{FACILITY:FieldCare Home Research Nursing}}   Study PRAIRIE-HF   Site 014   Subject {{ID:014-0006}}
Visit: Week 24 (home + video w/ PI)   {{DATE:Thu 09/05/2024}}   arrived 1005, left 1210
Location: subject's home, {{LOCATION:Cheyenne River ranch}}, {{ADDRESS:3366 Hat Creek Rd}}, {{LOCATION:Van Tassell}} WY (gravel 18 mi from {{ADDRESS:US-20}}; GPS sends you wrong way at the {{ADDRESS:Hat Creek Rd / Rd 37}} fork)
Nurse: {{NAME:Oyinkansola}} "{{NAME:Kansola}}" {{NAME:Adebayo}}, RN   NV/WY multistate lic {{LICENSE:RN-WY-38817}}
Video: PI Dr. {{NAME:Tsosie}} joined 1040-1052, session {{ID:ZS-6610-2983}}; nurse tablet on cell hotspot, IP {{IP:203.0.113.211}}.
Procedures: vitals (BP 126/74 seated, 118/70 standing), wt 71.4 kg, 12-lead ECG (QTc 438), blood draw - centrifuged in vehicle, ambient pack to central lab, requisition {{ID:CL-7720451}}, courier pickup at the {{LOCATION:Lusk}} post office 1330.
IP: returned kit 44815 (13 tabs remaining), dispensed kit 44847. Diary reviewed - 2 missed doses {{DATE:8/17}}, {{DATE:8/18}} (branding weekend).
Subject's husband {{NAME:Walter Pfannkuch}} present. Dog kept outside per vendor safety policy.
Next home visit {{DATE:10/3}}. Mileage 212 mi RT.
{{NAME:OA}} RN {{DATE:9/5/24}}`,

  `EDC QUERY LOG (export)   Study FANG-EMS   Site 011 {{FACILITY:Black Hills Frontier Medical Center}}
Query ID | Subject | Form/Field | Opened | Query text | Response | Closed
Q-18812 | {{ID:FANG-011-0004}} | Demog/DOB | {{DATE:11-Nov-2024}} | DOB {{DATE:02-Feb-1934}} gives age {{AGE:90}}; inclusion max 85 - pls verify | Typo, DOB is {{DATE:02-Feb-1954}}, source = driver's license copy ({{LICENSE:SD 01887265}}) - corrected. {{NAME:KAB}} | {{DATE:14-Nov-2024}}
Q-18813 | {{ID:FANG-011-0004}} | Field tx/time | {{DATE:11-Nov-2024}} | Bite time 13:50 after dose time 13:45? | Bite time per pt 13:30, EMS PCR from {{FACILITY:Lawrence Co Ambulance}} run {{ID:LCA-24-2210}} says "approx 1330". Corrected. {{NAME:KAB}} | {{DATE:14-Nov-2024}}
Q-18830 | {{ID:FANG-011-0006}} | Labs/Plt D3 | {{DATE:02-Dec-2024}} | Value 12 outlier? | Confirmed 12 (x10^3) - SAE reported {{DATE:12/1}}. {{NAME:KAB}} | {{DATE:03-Dec-2024}}
Q-18831 | {{ID:FANG-011-0006}} | AE/AE2 onset | {{DATE:02-Dec-2024}} | Onset "Sunday" - pls enter date | {{DATE:Sunday 12/1/2024}} entered. {{NAME:RE}} | open - awaiting PI sign
Exported by {{NAME:K. Asante-Boateng}} on {{DATE:12/04/2024 09:12}}`,

  `RE-CONSENT NOTE - ICF v4.0 (new risk: hyperkalemia)  PRAIRIE-HF  site 021
Subject {{ID:021-0003}}  /  {{NAME:Nguyễn Thị Hoa}} ({{NAME:Hoa}})  DOB {{DATE:12/1948}}
{{DATE:8 October 2024, 13:20}}, at {{FACILITY:Cottonwood Gulch Community Hospital}} research office (Rm B-14).
Subject's primary language Vietnamese. Certified interpreter {{NAME:Trần Văn Minh}} by video (agency {{FACILITY:LanguageBridge Interpreting}}, interp ID {{ID:LB-22094}}); translated ICF v4.0-VI (IRB approved {{DATE:9/20/24}}) provided in print.
Son {{NAME:Peter Nguyen}} present, subject asked him to stay.
Discussed: new safety info from DSMB/IB v7 - 4 cases of K > 6.0; added K checks at Wk 28 and 32; may need to travel to {{FACILITY:Yellowstone Valley Clinic}}? -> corrected: local lab draw at {{FACILITY:Big Timber Family Medicine}} allowed.
Subject asked if she can keep fishing trips w/ son to {{LOCATION:Flathead Lake}} - yes, report any visits to outside clinics.
Subject chose to continue. Signed v4.0 at 13:55; interpreter signed; copy given. Previous ICF v3.0 ({{DATE:3/2/24}}) retained.
Obtained by: {{NAME:Lyle Two Hearts}}, CRC        Investigator: {{NAME:A. Bergquist}} MD (present for Q&A)
Subject's phone for K results: {{PHONE:406-555-0122}}`,

  `*** IWRS NOTIFICATION - DO NOT REPLY ***
Study: HLV-2201-03   Transaction: RANDOMIZATION   System timestamp: {{DATE:2024-03-19 11:50:07}} MT
Site: 014 - {{FACILITY:Pronghorn Valley Memorial Hospital}}
User: {{NAME:cechohawk}} ({{NAME:Carmen Echohawk}})
Screening #: {{ID:014-S006}}   Subject #: {{ID:014-0006}}   Randomization #: {{ID:R-0162}}
Year of birth: 1945   Sex: F   Stratum: eGFR >= 45, LVEF <= 40%
Kit(s) assigned: 44812, 44813   Dispense by: {{DATE:2024-03-26}}
Blinded treatment: HLV-2201 or matching placebo
This message was sent to: {{EMAIL:cechohawk@pronghornvalley.org}}; {{EMAIL:rtsosie@pronghornvalley.org}}; unblinded pharmacist {{NAME:Huong Tran}} ({{EMAIL:htran@plainsremoterx.example.com}}); CRA {{EMAIL:siobhan.orourke@meridiancrp.example.com}}
Helpdesk: 24/7 IWRS support +1 888 555 0142 (sponsor vendor)
Login from {{IP:192.0.2.77}} - session {{ID:IWRS-S-550182}}`,

  `PREGNANCY REPORT FORM (partner pregnancy)  -  Protocol FANG-22-001
Site 007 | Participant ID {{ID:FANG-007-0044}} | Participant initials {{NAME:J.R.C.}}
Partner consent for pregnancy follow-up: signed {{DATE:09/16/2024}} by partner {{NAME:Yesenia Cardenas-Luna}}, DOB {{DATE:03/08/1997}}
LMP: {{DATE:07/28/2024}}    EDD: {{DATE:05/04/2025}}    Gestational age at report: 7w1d
Exposure: participant received study antivenom {{DATE:08/09/2024}} (single course, 10 vials); conception est. {{DATE:8/11/24}}.
Prenatal care: {{FACILITY:Presidio Border Health Clinic}}, OB Dr. {{NAME:Guadalupe Ornelas}}, ph {{PHONE:432-555-0151}}, fax {{FAX:432-555-0152}}. Delivery planned at {{FACILITY:Permian Basin University Hosp}} (2.5 h) or in {{LOCATION:Ojinaga}} near her mother.
Partner's address: {{ADDRESS:605 W O'Reilly St}}, {{LOCATION:Presidio}} TX {{ZIP:79845}}.
Outcome to be reported within 30 d of delivery; infant f/u to 12 mo.
Bishop score, Apgar and NICU data fields will be collected at outcome.
Reporter: {{NAME:Nayeli Ontiveros}}, CRC, {{DATE:9/17/24}}. PI: {{NAME:H. Mbeki-Lawson}}.
Sponsor pregnancy ref: PR-0007 (sponsor use only).`,

  `MEDICAL MONITOR QUERY / RESPONSE (safety)
From: Medical Monitor, Halvard Therapeutics (Dr. {{NAME:Ingeborg Westergaard-Lund}})
To: PI, site 021, Dr. {{NAME:Bergquist}}
Date: {{DATE:19-Jun-2024}}
Re: SAE {{ID:021-0005}} (AKI) - additional information requested
1. Please provide daily Cr/K from the hospitalization at {{FACILITY:Custer Prairie Medical Center}} {{DATE:11-Jun}} to {{DATE:15-Jun-2024}}.
2. Was NSAID use reported? Subject works cutting hay for {{FACILITY:Boulder River Hay & Cattle}}; ranch records may note OTC meds in the truck kit.
3. Concomitant lisinopril - held? restarted?
4. Was subject's home weight scale (study device serial {{DEVICE:WS-2201-0458}}) data transmitted during the heat wave? Last sync {{DATE:06/08/2024}}.
Response ({{DATE:24-Jun-2024}}, {{NAME:L. Two Hearts}} for PI):
1. Attached (labs from outside lab, accession {{ID:CPMC-L-66120193}}).
2. Subject's wife {{NAME:Darlene}} says he took naproxen 2 tabs BID for 4 d for back pain (Aleve). Added as con-med.
3. Held {{DATE:6/11}}, restarted {{DATE:6/28}} per PCP Dr. {{NAME:Halloran}}.
4. No - cellular dead zone at the summer pasture ({{LOCATION:Boulder River}} drainage); resumed {{DATE:6/16}}.
Reassessed causality: unlikely related. Follow-up #1 submitted.`,

  `NOTE TO FILE
Study: PRAIRIE-HF (HLV-2201-03)      Site: 014      Date written: {{DATE:06/20/2024}}
Subject(s) affected: {{ID:014-0006}} (kit 44815) - no other subjects.
Issue: IP shipment #SH-2024-0611 (kits 44814-44818, lot HLV-B2307, exp 2026-01) arrived {{DATE:6/13/24}} via courier to pharmacy; TempTale logger showed max 26.1 C for 3 h 10 min (allowed 15-25 C). Pharmacy tech {{NAME:Brianna Kowalczyk}} quarantined kits at 1415 but kit 44815 was dispensed {{DATE:6/14}} before sponsor release (miscommunication during telepharmacy handoff; remote RPh {{NAME:H. Tran}} had not seen the excursion email).
Sponsor assessment received {{DATE:6/18/24}}: product acceptable for use. No impact on subject safety. Subject informed by phone {{DATE:6/19}} by CRC.
Root cause: shipment notification emails go to generic pharmacy inbox only.
CAPA: add CRC + telepharmacy RPh to distribution list; excursion sticker on quarantine bin; retraining {{DATE:6/25/24}} (sign-in sheet filed).
Unrelated: CTCAE, MedDRA v27.0, NDC 0000-0000 n/a (investigational).
Written by: {{NAME:Carmen Echohawk}}, CRC          Signature/date: {{NAME:CE}} {{DATE:6/20/24}}
PI review: {{NAME:Rosalind Tsosie}}, MD            Signature/date: {{NAME:RT}} {{DATE:6/21/24}}`,

  `DELEGATION OF AUTHORITY LOG (excerpt, page 1/2)   Protocol FANG-22-001   Site 011 {{FACILITY:Black Hills Frontier Medical Center}}, {{LOCATION:Rapid City}} SD
Name | Role | Tasks (codes) | License/cert # | Start | End | Initials | PI init/date
{{NAME:Ramón Etxeberria}} | PI | 1-14 | SD MD {{LICENSE:SD-MD-9931}} | {{DATE:03/01/2023}} | - | {{NAME:RE}} | {{NAME:RE}} {{DATE:3/1/23}}
{{NAME:Kwame Asante-Boateng}} | Research RN | 2,3,5,7,9,12 | SD RN {{LICENSE:R048817}} | {{DATE:03/01/2023}} | - | {{NAME:KAB}} | {{NAME:RE}} {{DATE:3/1/23}}
{{NAME:Tyrel Janis}} | EMS co-I (field) | 4,6 | NRP {{LICENSE:NRP-2291045}} | {{DATE:04/15/2023}} | - | {{NAME:TJ}} | {{NAME:RE}} {{DATE:4/15/23}}
{{NAME:Mei-Ling Harjo}} | Pharmacist (unblinded) | 10,11 | SD RPh {{LICENSE:RPH-5102}} | {{DATE:03/01/2023}} | {{DATE:08/30/2024}} | {{NAME:MLH}} | {{NAME:RE}} {{DATE:9/3/24}}
Task codes: 1 consent (Sub-I+), 2 consent (RN), 4 field eligibility, 10 IP accountability...
GCP training: all current (CITI).`,

  `{{DATE:March 3, 2025}}

VIA EMAIL AND USPS

{{NAME:Anders Bergquist}}, MD
{{FACILITY:Cottonwood Gulch Community Hospital}}
{{ADDRESS:25 Mill Creek Rd}}
{{LOCATION:Big Timber}}, MT {{ZIP:59011}}

Re: Site Close-Out Visit - HLV-2201-03, Site 021 (visit held {{DATE:February 25-26, 2025}})

Dear Dr. {{NAME:Bergquist}},

Thank you for hosting the close-out visit. All 7 subjects completed or discontinued; final subject last visit {{DATE:01/28/2025}} ({{ID:021-0007}}). All queries are closed; SAE {{ID:021-0005}} follow-up #2 is final.

Remaining items before the site file can be closed:
1. Return of unused IP (kits 45101-45109) - courier booked; contact pharmacy tech {{NAME:Deanna Ruhl}}.
2. Destroy the study laptop browser cache; the temporary account "{{NAME:ltwohearts}}" on the ePRO portal has been deactivated.
3. Final IRB report to Great Plains Central IRB within 30 days.
4. Retain essential documents for at least 2 years after marketing approval; storage at {{FACILITY:Sweet Grass Records & Storage}}, {{ADDRESS:117 McLeod St, unit 4}}.

Thank you and your team, especially Mr. {{NAME:Two Hearts}}, for the excellent retention in a frontier setting.

Sincerely,
{{NAME:Siobhan O'Rourke-Malhotra}}, Senior CRA
Meridian Clinical Research Partners | {{PHONE:720-555-0161}}`,

  `CERTIFIED MAIL - RETURN RECEIPT REQUESTED   tracking {{ID:9407 1118 9956 2210 4471 88}}
{{DATE:December 9, 2024}}

Mr. {{NAME:Colter J. Ashby}}
{{ADDRESS:HC 58 Box 9}}
{{LOCATION:Ismay}}, MT {{ZIP:59336}}

Re: RURAL-TELESTROKE-RCT - your participation (Study ID {{ID:TSR-05-0042}})

Dear Mr. {{NAME:Ashby}},

We have tried to reach you for your 90-day follow-up call, due {{DATE:11/14/2024}}. Our coordinator {{NAME:Keturah Blackfox}} called {{PHONE:406-555-
0139}} on {{DATE:11/14}}, {{DATE:11/18}} and {{DATE:11/25}}, and sent a text and an email to {{EMAIL:coltash77@prairiemail.example}}. We also left a message with your sister {{NAME:Renae}} at {{PHONE:406-555-0112}}, as you allowed on your contact form.

The 90-day check takes about 15 minutes by phone (modified Rankin Scale and a few questions). If you prefer, we can visit you at the {{FACILITY:Baker Sage Clinic}} in {{LOCATION:Baker}} when you are in town.

If we do not hear from you by {{DATE:January 10, 2025}}, you will be recorded as lost to follow-up. You are free to withdraw at any time.

Sincerely,
{{NAME:Keturah Blackfox}}, CCRP, Research Coordinator, {{FACILITY:Eastern Plains Stroke Network}}, {{PHONE:406-555-0197}}
Hub PI: {{NAME:Farida Haidari}}, MD`,
];

export const HELDOUT_REALISTIC_100_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout100-${i + 1}`, n));
