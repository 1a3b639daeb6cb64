// Held-out set 23 of hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555-01xx numbers; real towns and cities appear only as
// LOCATION). Flavour: a Southeastern US safety-net hospital system and its community clinics
// (Georgia, the Carolinas, Alabama, the Florida panhandle): ED, hospitalist, ICU, surgery, OB,
// pediatrics, HIV and hepatitis clinics, dialysis, psychiatry, street medicine, corrections health,
// home health and hospice, plus letters, forms, phone and portal messages. Names of many origins
// (African American, Gullah Geechee, Hispanic, Haitian, Vietnamese, Indian, Appalachian); churches,
// plants, poultry processors, ports, military bases as employers, shelters and motels; dates in
// every format, ages including 90+, ALL CAPS and lower-case writing, and many look-alike non-PHI
// (eponyms, drug names and doses, units, scores, lab values, device models, rooms and beds, CPT/ICD
// codes, years and weekdays alone, clock times, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// honorifics stay outside NAME spans; labels stay outside spans; MIMIC placeholders are annotated
// over their whole content (brackets outside); a time attached to a full date is part of it; a
// weekday written with a date is part of it; a date range written as one token is one DATE span;
// states, countries, a year alone, weekdays alone, clock times alone and ages of 89 and under are
// not PHI; ages of 90 and over are AGE; hospitals, clinics, named wards, schools, employers,
// churches, shelters, motels, jails, nursing homes, pharmacies, labs and agencies of a patient are
// FACILITY; payers and state or federal agencies are not PHI; insurer and Medicaid/Medicare member
// numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA and licences are
// LICENSE; plates and VINs are VEHICLE; implant and pump serials are DEVICE; accession, order,
// authorization, booking and case numbers are ID; lot, NDC, CLIA and trial numbers are not PHI;
// typist initials are NAME.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9193 / 0.9586; pass-11 engine (789a1c5) 0.9546 / 0.9565; pass-12 final engine (e2077ee) 0.9612 / 0.9623.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `EMERGENCY DEPARTMENT NOTE - {{FACILITY:GRADY OAKS MEMORIAL HOSPITAL}}
PT: {{NAME:JACKSON, DEMETRIUS L}}   MRN: {{MRN:GO-4418027}}   DOB: {{DATE:07/14/1971}}
ARRIVAL: {{DATE:03/02/2025 0212}} BY {{FACILITY:CHATHAM COASTAL EMS}} UNIT 14

CC: CHEST PAIN X 3 HRS

HPI: 53 YO M WITH HTN, DM2, TOBACCO USE, WORKS NIGHT SHIFT AT {{FACILITY:COASTAL EMPIRE CONTAINER TERMINAL}} AS A STRADDLE CARRIER OPERATOR. PAIN STARTED AROUND 2300 WHILE ON THE CRANE, PRESSURE-LIKE, RADIATES TO L ARM. TOOK 325 MG ASA PER EMS. WIFE {{NAME:TONYA}} AT BEDSIDE, CELL {{PHONE:(912) 555-0143}}.

PMH: HTN, DM2 (A1C 9.1 IN 2023), GERD
MEDS: METFORMIN 1000 MG BID, LISINOPRIL 20 MG DAILY, OMEPRAZOLE 20 MG
SOC: 1 PPD X 30 YRS, ETOH SOCIAL, LIVES IN {{LOCATION:PORT WENTWORTH}}, GA

EXAM: BP 168/97 HR 102 RR 20 SPO2 96% RA. DIAPHORETIC. NO JVD. LEVINE SIGN PRESENT.
ECG: STE II, III, AVF, RECIPROCAL DEPRESSION AVL. TIMI RISK 4.
TROPONIN I HS 412 NG/L.

A/P: INFERIOR STEMI. CATH LAB ACTIVATED 0231. HEPARIN 4000 U BOLUS, TICAGRELOR 180 MG LOAD. CARDS FELLOW DR. {{NAME:NGUYEN}} AWARE. TO CATH LAB 2 VIA 5 NORTH CVICU AFTER.

ATTENDING: {{NAME:RACHEL OKAFOR}}, MD  /  DICTATED {{DATE:03/02/2025}} 0305  {{NAME:KLM}}
PCP: DR. {{NAME:FAIRLEY}}, {{FACILITY:GARDEN CITY FAMILY PRACTICE}}`,
  `hospitalist progress note   hd#4
pt {{NAME:bernice gadsden}}, 78 y/o f, rm 612-b, {{FACILITY:lowcountry regional medical center}}
mrn {{MRN:00731566}}

s: "i feel like i been run over by a mule." slept poorly, daughter {{NAME:lorene}} stayed overnight. no cp. less sob. ate half of breakfast (grits, eggs).

o: t 98.9 hr 88 bp 132/70 rr 18 spo2 94% 2L nc
i/o 1.2 L / 2.1 L after lasix 40 iv bid
cr 1.6 (1.9 on admit {{DATE:11/8}}), k 3.6, bnp 1840 -> 960
cxr {{DATE:11/10}}: improved vascular congestion, small r effusion

a/p:
1. acute on chronic hfref (ef 25% on echo {{DATE:june 2024}}) - cont diuresis, goal net neg 1-1.5 L, daily wts. add spironolactone 12.5 mg when k allows.
2. ckd 3b - trend bmp
3. afib, rate ok - apixaban 2.5 bid (age, cr)
4. dispo: pt wants to go home to {{LOCATION:st helena island}}, lives w/ daughter. gullah-speaking, prefers daughter to interpret. pt/ot eval. may need {{FACILITY:sea island home health}}. son rev. {{NAME:ezekiel gadsden}} pastors at {{FACILITY:bethesda praise house baptist church}}, will come by after service wednesday.

{{NAME:p. ramaswamy}} md
cc: pcp dr {{NAME:jenkins}} at {{FACILITY:beaufort-jasper family clinic}}; signed {{DATE:11/11/24}} 1522`,
  `L&D TRIAGE NOTE
{{FACILITY:Magnolia Women's Pavilion}}, {{FACILITY:Piedmont Crest Health}}
Patient: {{NAME:Yesenia Cruz-Morales}}   MRN {{MRN:PC20937714}}   Age 24   G3P2002
EDD {{DATE:4/19/2025}} by 8 wk US  |  GA today 36w2d
Seen {{DATE:Saturday, March 22, 2025}} at 0415

Presents with leaking fluid since ~0100 and irregular ctx. Spanish-speaking; interpreter {{NAME:Marisol}} (ID {{ID:48812}}) via video. Works deboning line at {{FACILITY:Harmony Farms Poultry}} in {{LOCATION:Gainesville}}, GA; last shift Friday. Husband {{NAME:Arturo Morales}} here, {{PHONE:770-555-0188}}.

Sterile spec: pooling +, nitrazine +, fern +. SVE 3/70/-2, vtx. GBS unknown (prenatal care at {{FACILITY:Hall County Clinica de la Familia}}, last visit {{DATE:2/27}}).
FHT 135, moderate variability, +accels, Cat I. Toco ctx q 4-6 min.

Plan: admit for PPROM at 36w2d. Ampicillin 2 g IV then 1 g q4h for GBS ppx. Pitocin per protocol if not in active labor by 0800. CBC, T&S, RPR, HIV (last neg {{DATE:10/02/2024}}). Notified Dr. {{NAME:Haskins}} (on call OB).

{{NAME:Kiara Dunmore}}, CNM`,
  `PHONE ENCOUNTER
Date/time: {{DATE:01/06/2025 10:47 AM}}
Caller: {{NAME:Marcus Toomer}} (son)  Call-back: {{PHONE:803-555-0121}}
Patient: {{NAME:Hattie Mae Toomer}}   DOB {{DATE:02/09/1933}}   Age {{AGE:91}}
MRN {{MRN:55-201-448}}

Son reports mother "not herself" since New Year's, more confused at night, 2 falls this weekend, no head strike per son. Eating less. Urine dark and smells strong. Lives with him in {{LOCATION:Orangeburg}}, SC; he works days at the {{FACILITY:Palmetto Outdoor Power plant}} and his wife {{NAME:Sheila}} checks on her at lunch.

Meds reviewed by phone: donepezil 10 mg qhs, amlodipine 5, Tylenol prn. No new meds.

Advised: concern for UTI/delirium; bring to {{FACILITY:Edisto Family Health}} today for UA and BMP - Dr. {{NAME:Varghese}} has 2:40 slot. If fever >100.4, vomiting, or another fall, go to ED at {{FACILITY:Trinity Regional of Orangeburg}}. Son verbalized understanding and will bring her at 2:30.

{{NAME:Tamika Rhodes}}, RN / triage line ext {{PHONE:4412}}`,
  `HIV CLINIC - FOLLOW UP
{{FACILITY:Ryan White Wellness Center}} at {{FACILITY:Jefferson Pines Hospital}}
{{NAME:Jean-Robert Pierre-Louis}}, 41 M   MRN {{MRN:JP-0062194}}   visit {{DATE:9/18/24}}

Dx HIV 2016? per pt, diagnosed in {{LOCATION:Port-au-Prince}}, started ART in Haiti; re-established care here {{DATE:Feb 2022}}. Current regimen bictegravir/FTC/TAF 1 tab daily. Adherence ~95% by pill count. Works as a cook at {{FACILITY:Waffle Stop #1187}} off I-85; sometimes misses dose when on double shift.

Labs {{DATE:9/03/24}}: VL <20 copies/mL, CD4 612 (31%). Cr 0.9, ALT 22. HBsAg neg, anti-HBs 4 (non-immune). RPR NR.

Plan:
- continue Biktarvy
- Heplisav-B #1 today (lot 7HX29B, exp 2026-03), #2 in 1 month
- PrEP counseling for partner {{NAME:Nadège}} - referred to {{FACILITY:DeKalb Sexual Health Clinic}}
- ADAP recert due {{DATE:11/30/2024}}; case manager Ms. {{NAME:Bryant}}. 

Creole interpreter used: {{NAME:Wisly Étienne}}, phone line.
RTC 6 mo w/ labs.
{{NAME:Anjali Desai}}, MD, Infectious Diseases`,
  `[**{{FACILITY:Hospital1 18}}**] MICU ADMISSION NOTE
Name: [**{{NAME:Known lastname 4471}}**], [**{{NAME:Known firstname 338}}**]   Unit No: [**{{MRN:Numeric Identifier 55812}}**]
Admission Date: [**{{DATE:2161-8-14}}**]   Date of Birth: [**{{DATE:2088-2-3}}**]   Sex: F

73F w/ ESRD on HD MWF at [**{{FACILITY:Location (un) 2011}}**] dialysis, DM2, PVD s/p R BKA, who missed HD on [**{{DATE:8-12}}**] because her ride from [**{{FACILITY:Name (NI) 7713}}**] transport did not come. Found by neighbor [**{{NAME:First Name8 (NamePattern2) 1802}}**] lethargic. In ED K 7.4, peaked T waves, HCO3 13. Given Ca gluconate 2 g, insulin 10 U + D50, albuterol neb, Lokelma 10 g. Emergent HD via L AVF.

PMH: ESRD since [**{{DATE:2155-3-9}}**], DM2, CAD s/p PCI, gout
Meds: sevelamer 800 TID, Renvela, calcitriol, insulin glargine 12 U
SH: lives alone in [**{{LOCATION:Location (un) 620}}**], sister [**{{NAME:Name (NI) 1129}}**] is HCP, phone [**{{PHONE:Telephone/Fax (1) 6620}}**]

A/P: hyperK, uremia from missed HD. Repeat K post HD. Social work to address transport. Full code per pt.
[**{{NAME:First Name11 (Name Pattern1) 402}}**] [**{{NAME:Last Name (NamePattern4) 8830}}**], MD  [**{{ID:MD Number(1) 3318}}**]`,
  `STREET MEDICINE ENCOUNTER - Mobile Unit 3, {{FACILITY:Crescent City Outreach}}
Date {{DATE:2-11-25}}  Location: under the overpass near {{ADDRESS:418 Broad St}}, {{LOCATION:Augusta}}

Pt: "{{NAME:Smokey}}" ({{NAME:Lester Pruitt}}), 59, known to team, sleeps in a tent behind the old {{FACILITY:Sunset Motor Inn}}. DOB on file {{DATE:5/30/1965}}. Originally from {{LOCATION:Harlan County}}, KY, came down to work at the {{FACILITY:Aiken Nuclear Fuels plant}} in the 90s.

CC: L foot wound x 2 wks, "it stinks now."
Exam: 3x4 cm ulcer plantar 1st MTP, purulent, erythema to midfoot, crepitus none. Monofilament absent bilat. BG 386 on meter.

He lost his insulin pens when his stuff got thrown out in the sweep last week. Not on any pump or CGM.

A/P: diabetic foot infection, moderate, possible osteo. Strongly advised ED - agreed. Drove him to {{FACILITY:University Hospital of the CSRA}} ED, handed off to triage RN {{NAME:Crystal}}. Gave him a {{FACILITY:Garden City Rescue Mission}} bed voucher for after d/c. Medicaid app started; pending.

Outreach worker: {{NAME:DeShawn Mickens}} {{PHONE:706-555-0160}}
Provider: {{NAME:Helen Yoder}}, NP`,
  `OPERATIVE REPORT
{{FACILITY:Tri-County Baptist Medical Center}}, {{LOCATION:Dothan}}, AL
Patient: {{NAME:Ngo Thi Lan}}   MRN: {{MRN:TCB-771-0048}}   DOS: {{DATE:April 3, 2025}}
Surgeon: {{NAME:William T. Hargett}}, MD   Assist: {{NAME:Luis Ocampo}}, PA-C
Anesthesia: General ETT, Dr. {{NAME:Sunita Rao}}

Preop Dx: Acute calculous cholecystitis
Postop Dx: Same, gangrenous gallbladder
Procedure: Laparoscopic cholecystectomy (CPT 47562), ICG cholangiography

Indications: 62 yo F, Vietnamese-speaking, RUQ pain x 3 days, Murphy sign +, WBC 16.8, US with wall thickening 6 mm and pericholecystic fluid. Daughter {{NAME:Tran Kim Anh}} interpreted consent with certified interpreter present.

Findings: Dense omental adhesions, gangrenous fundus, critical view of safety obtained. No bile leak. 
EBL 30 mL. Specimen: gallbladder to pathology, accession {{ID:S25-04411}}.
Drain: 19 Fr Blake to RUQ.
Counts correct x2. Patient to PACU in stable condition.

Dictated {{DATE:04/03/2025 16:12}} by {{NAME:WTH}} / transcribed {{NAME:jr}}
Post-op call to daughter {{NAME:Kim Anh}} at {{PHONE:334-555-0172}}; clinic f/u {{DATE:4/17/25}} with {{NAME:Ocampo}}, PA-C.`,
  `PEDIATRIC CLINIC - WELL CHILD 18 MO
{{FACILITY:Southside Children's Health Center}}
Child: {{NAME:Zion Amari Whitfield}}   DOB {{DATE:09/01/2023}}   MRN {{MRN:SCH00488213}}
Visit date: {{DATE:3/04/2025}}   Accompanied by: mother {{NAME:Imani Whitfield}} and great-grandmother Ms. {{NAME:Odessa}}

Interval: doing well. 12 words, points, walks, climbs stairs with help. M-CHAT-R score 1 (low risk). Drinks 3 cups whole milk, some juice. Attends {{FACILITY:Little Lambs Learning Academy}} daycare at {{FACILITY:Mt. Zion AME}}.

Growth: wt 11.2 kg (55th %ile), length 81 cm (45th), HC 47 cm.
Exam: normal. TMs clear. 2 caries-looking spots on upper incisors - white, not cavitated.

Lead: venous level 4.1 mcg/dL (house in {{LOCATION:East Macon}} built 1948). 
Hgb 11.4.

Vaccines given: DTaP #4, Hep A #2, Influenza (lot FX2267). VIS given.
Fluoride varnish applied. Referred to {{FACILITY:Bibb Smiles Dental}}.

Next visit: 2 yr WCC around {{DATE:9/2025}}.
Mom's phone {{PHONE:478-555-0109}}, email {{EMAIL:imani.whit23@mailbox.example}}.
{{NAME:Oluwaseun Adeyemi}}, MD`,
  `DIALYSIS UNIT - MONTHLY CARE PLAN
{{FACILITY:Coastal Kidney Care - Brunswick}}
Patient: {{NAME:Roosevelt Grant Sr.}}   DOB: {{DATE:12-22-1950}}   Chair 7, MWF 2nd shift
Medicare #: {{HEALTH_PLAN:4TK9-WE3-MR62}}   Dialysis access: R brachiocephalic AVF (created {{DATE:10/2021}})
Review date: {{DATE:February 26, 2025}}

Labs (drawn {{DATE:2/17/25}}): Kt/V 1.38, URR 72%, Hgb 9.8, albumin 3.6, phos 6.7, Ca 8.9, PTH 612, K 5.4
EDW 92.5 kg, avg IDWG 3.8 kg - high

Issues:
1. Hyperphosphatemia - admits to eating crab and shrimp "every weekend" from his brother {{NAME:Junior}}'s boat at {{LOCATION:St. Simons}}. Dietitian {{NAME:Amanda Lockwood}} reviewed binder timing. Increase sevelamer to 1600 TID.
2. Anemia - Mircera 120 mcg q2wk, TSAT 24%. Venofer x 10.
3. Transplant - evaluated at {{FACILITY:Peachtree Transplant Institute}} in 2023, inactive due to BMI. 
4. Transport via {{FACILITY:Golden Isles Ride Van}} van; late 3x last month.

Attendees: Dr. {{NAME:Okonkwo}}, RN {{NAME:Beverly Cato}}, SW {{NAME:Jose Ybarra}}, pt.
Next review {{DATE:03/26/2025}}.`,
  `PSYCHIATRY CONSULT - C/L SERVICE
{{FACILITY:Carolina Piedmont Medical Center}}, 7 West bed 22
Patient: {{NAME:Caleb Ray Honeycutt}}  MRN {{MRN:CPM-5520914}}  DOB {{DATE:1/17/1998}}
Requested by: Dr. {{NAME:Amadi}} (medicine)   Date: {{DATE:10/21/2024}}

Reason: SI, admitted for acetaminophen ingestion (est 15 g) on {{DATE:10/19}}, NAC completed.

27 yo M from {{LOCATION:Boone}}, NC, came to {{LOCATION:Charlotte}} for a job at {{FACILITY:Queen City Truss & Lumber}}; laid off in August. Girlfriend {{NAME:Brittany}} broke up with him the night before ingestion. Texted his mamaw ({{NAME:Opal Honeycutt}}) "im sorry" - she called 911. Prior attempt age 17 (cutting). Hx of treatment at {{FACILITY:Mountain Laurel Youth Services}}. EtOH 6-8 beers daily, THC daily. No firearms at home per pt - mamaw confirms; brother {{NAME:Dale}} has his rifle.

MSE: disheveled, psychomotor slowed, mood "numb", affect constricted, TP linear, +passive SI, no plan now, no HI, no AVH. Insight fair. Columbia: high risk.

Plan: continue 1:1 sitter. Meets IVC criteria if tries to leave - petition not filed today. Start sertraline 25 mg. CIWA. Transfer to {{FACILITY:Behavioral Health Unit - Randolph Pavilion}} when medically cleared. Safety plan w/ pt and mamaw; her phone {{PHONE:828-555-0177}}.

{{NAME:Farah Siddiqui}}, DO, PGY-3 / staffed w/ Dr. {{NAME:Mbeki}}`,
  `CORRECTIONS HEALTH - INTAKE SCREEN
{{FACILITY:Muscogee Regional Detention Center}}
Inmate: {{NAME:ALVAREZ, JUAN CARLOS}}   Booking #: {{ID:2025-004417}}   DOB: {{DATE:03-08-1989}}
SO#: {{ID:MR889104}}   Housing: B-pod, cell 12
Date/Time: {{DATE:01/13/2025 2240}}   Screened by: {{NAME:L. Pettway}}, LPN

Arrested by city police. States DM1 x 20 yrs, uses Omnipod 5 with Dexcom G7, pod removed at arrest. Pump serial {{DEVICE:OP5-22K8871-Q}} logged in property bag. Last insulin ~1800. FSBG 312 at intake, ketones 0.8.
Other: hx of seizure in 2019? states none since. No current meds besides insulin. PCP at {{FACILITY:Valley Healthcare Clinic - Victory Dr}}.
Allergies: sulfa (rash).
Mental health: denies SI/HI. Prior incarceration {{FACILITY:Chattahoochee Pines State Prison}} 2016-2018.
Drugs: cocaine last used 2 days ago.

Disposition: called on-call MD Dr. {{NAME:Felicia Broadnax}} at 2255 - orders: glargine 18 U now, lispro sliding scale AC/HS, FSBG QID, CIWA/COWS not indicated. Medical watch x 72 h. Sister {{NAME:Rosa Alvarez}} to bring pump supplies: {{PHONE:706-555-0134}}.
Reviewed {{DATE:01/14/2025 0730}} by Dr. {{NAME:Broadnax}}; {{NAME:Alvarez}} seen at sick call.`,
  `Portal message
From: {{NAME:Thuy Pham}} <{{EMAIL:thuy.pham.rn@webmail.example}}>
To: {{FACILITY:Gulf Breeze Internal Medicine}} - Dr. {{NAME:Callahan}}
Sent: {{DATE:Tue 8/12/2025 9:14 PM}}
Subject: my dad's blood pressure readings

Hi Dr. {{NAME:Callahan}},
My father {{NAME:Pham Van Duc}} (DOB {{DATE:4/2/1944}}) has been checking BP at home since his visit on {{DATE:7/29}}. Numbers in the morning are 158/92, 162/88, 149/90, afternoon 138/80ish. He takes amlodipine 10 and losartan 50 like you said. He still eats a lot of nuoc mam and pickled mustard greens, I'm working on it lol. He gets dizzy standing up sometimes at church ({{FACILITY:Our Lady of the Gulf Vietnamese Parish}} in {{LOCATION:Pensacola}}).
Should he take the losartan at night instead? Also his refill of the metoprolol goes to the {{FACILITY:Seaside Drugs on Gulf Breeze Pkwy}} now.
Thank you!
{{NAME:Thuy}} (daughter)   cell {{PHONE:850-555-0196}}

---
Reply {{DATE:8/13/2025}} 11:02 AM - {{NAME:Sean Callahan}}, MD:
Hi {{NAME:Thuy}}, thanks for the log. Please have him move losartan to bedtime and increase to 100 mg (new rx sent). Please check orthostatic BP and bring readings to f/u on {{DATE:Sept 9}}. - Dr. {{NAME:C}}`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Piney Woods Home Health & Hospice}}   Provider # 34-7011
Patient: {{NAME:Willodean Hatcher}}    DOB {{DATE:08/30/1938}}   Age 86
Address: {{ADDRESS:2271 Old Sardis Church Rd}}, {{LOCATION:Anderson}}, SC {{ZIP:29621}}
Visit: {{DATE:06/05/25}} 1330-1420   SOC {{DATE:05/19/25}}   Cert period {{DATE:5/19/25-7/17/25}}

Dx: CHF, stage 3 sacral pressure injury, T2DM.
VS: 136/74, P 76 irreg, R 18, T 97.6, O2 93% RA. Wt 148.2 (149.6 last week).
Wound: sacrum 3.0 x 2.2 x 0.4 cm, 80% granulation, 20% slough, mod serous drainage, no odor. Cleansed NS, Medihoney, foam border. Braden 14.
Caregiver granddaughter {{NAME:Kayla}} doing turns q2h, reports pt ate well. Pt's pastor from {{FACILITY:Sardis Free Will Baptist}} visits Thursdays.
Meds: furosemide 40 daily, Jardiance 10, Eliquis 5 BID - pill organizer filled by {{NAME:Kayla}}.
Teaching: s/sx of infection, heel offloading w/ Prevalon boots.
Next visit {{DATE:6/9}}. MD notified re: wt trend - Dr. {{NAME:Cheeks}} at {{FACILITY:Upstate Family Medicine - Anderson}}, {{FAX:864-555-0173}} (fax).
{{NAME:Marlene Stroud}}, RN`,
  `ICU PROGRESS NOTE - MICU TEAM B
{{FACILITY:Magnolia State Medical Center}}
Pt: {{NAME:Kareem Ali Hollis}}  34M   MRN {{MRN:0099318475}}   ICU D#3   {{DATE:Thursday 12/12/24}}

Events: extubation trial failed 0600 (RSBI 118), back on PRVC.
Hx: GSW x2 abdomen {{DATE:12/9}} near {{ADDRESS:MLK Jr Blvd and Oglethorpe Ave}}, ex lap w/ small bowel resection, now septic shock.

Vent: PRVC 450 x 18, PEEP 10, FiO2 50%. P/F 168. 
Pressors: norepi 0.12 mcg/kg/min, vaso 0.03.
Abx: pip-tazo day 3, vanc d/c'd (MRSA nares neg).
Labs: WBC 19.6, lactate 2.8 (3.9), Cr 1.8, plt 98. 
Cultures {{DATE:12/10}}: BCx 1/2 E. coli, pan-sensitive.
SOFA 9. GCS 10T on fentanyl/propofol (RASS -2).

Plan: narrow to ceftriaxone, repeat CT A/P, trauma (Dr. {{NAME:Lindqvist}}) re: re-look. Family meeting with mother {{NAME:Sharonda Hollis}} and fiancée {{NAME:Ebony}} at 1500 in family room 3. Police requested update; release per policy only.

{{NAME:Priyanka Iyer}}, MD (fellow) / {{NAME:Thomas Beaulieu}}, MD (attending)
{{NAME:Sharonda}} cell {{PHONE:912-555-0190}}; chaplain Rev. {{NAME:Odom}} paged {{DATE:12/12/24 1410}}.`,
  `HEPATITIS C CLINIC
{{FACILITY:Appalachian Valley Community Health - Hepatitis Program}}
{{NAME:Tyler Jo Bledsoe}}   F   DOB {{DATE:11-04-1990}}   MRN {{MRN:AVCH-218844}}
Visit {{DATE:5/14/2025}}

HCV Ab+ {{DATE:01/2025}} at the county health department during prenatal care; RNA 2.4 million IU/mL, genotype 3a. FibroScan today 7.9 kPa (F2), CAP 241. APRI 0.6, FIB-4 0.9. HBV: sAg neg, cAb neg, sAb neg. HIV neg. Delivered {{DATE:3/28/25}} at {{FACILITY:Murphy Mountain Hospital}}; baby {{NAME:Aubree}} to be tested at 18 mo.
On buprenorphine 16 mg from {{FACILITY:Blue Ridge Recovery Clinic}}, last used IV 14 months ago. Works part time at {{FACILITY:Dollar Barn}} in {{LOCATION:Andrews}}, NC.

Plan: sofosbuvir/velpatasvir x 12 weeks. Breastfeeding - discussed limited data, she plans to stop. PA submitted to NC Medicaid, Medicaid ID {{HEALTH_PLAN:948221573P}}. Specialty pharmacy: {{FACILITY:Mission Specialty Rx}}. Naloxone given.
Partner {{NAME:Cody Shook}} offered testing.
SVR12 labs ~{{DATE:Oct 2025}}.
{{NAME:Rebecca Ammons}}, FNP-C
Next visit {{DATE:6/11/2025}}; {{NAME:Tyler}} prefers texts at {{PHONE:828-555-0140}}.`,
  `DISCHARGE SUMMARY
{{FACILITY:SOUTHEAST ALABAMA REGIONAL HOSPITAL}}
PATIENT: {{NAME:BOLDEN, EARLINE}}           MR#: {{MRN:000822417}}     ACCT#: {{ACCOUNT:40018873221}}
ADMIT: {{DATE:01/28/2025}}    DISCHARGE: {{DATE:02/03/2025}}
ATTENDING: {{NAME:MICHAEL J. STRAUGHN}}, MD     PCP: {{NAME:ANIL KAPOOR}}, MD

DIAGNOSES: 1. COMMUNITY-ACQUIRED PNEUMONIA, RLL  2. COPD EXACERBATION  3. HYPONATREMIA (NA 124)
HOSPITAL COURSE: 69 YO F, FORMER WORKER AT {{FACILITY:CHATTAHOOCHEE VALLEY MILL}} (COTTON DUST), ADMITTED WITH FEVER, PRODUCTIVE COUGH. CXR RLL CONSOLIDATION. TREATED WITH CEFTRIAXONE AND AZITHROMYCIN X 5 DAYS, PREDNISONE 40 MG X 5 DAYS, DUONEBS. SODIUM CORRECTED SLOWLY WITH FLUID RESTRICTION, 124 -> 133. SPUTUM CX NORMAL FLORA. COVID/FLU NEG. AMBULATED 200 FT ON 2 L.
DISCHARGE MEDS: TRELEGY 1 PUFF DAILY, ALBUTEROL HFA PRN, HOME O2 2 L VIA {{FACILITY:WIREGRASS MEDICAL SUPPLY}}.
FOLLOW UP: DR. {{NAME:KAPOOR}} AT {{FACILITY:HENRY COUNTY PRIMARY CARE}} ON {{DATE:02/10/2025}} AT 10:15. PULM REHAB REFERRAL.
DISPOSITION: HOME WITH SON {{NAME:CEDRIC BOLDEN}}, {{ADDRESS:114 PECAN ST}}, {{LOCATION:ABBEVILLE}}, AL {{ZIP:36310}}.
{{NAME:MJS}}/{{NAME:TDW}}  D: {{DATE:02/03/2025 15:40}}  T: {{DATE:02/04/2025 07:12}}`,
  `OB POSTPARTUM NOTE PPD#2
{{FACILITY:Sandhills Women's Center}}, Mother-Baby Unit rm 318
{{NAME:Esperanza Lopez Ortiz}}, 19 yo G1P1, MRN {{MRN:SWC-3370145}}
{{DATE:Aug 4 2025}}

s/p NSVD {{DATE:8/2/25 at 23:51}}, 2nd degree lac repaired. EBL 350. Baby girl {{NAME:Camila}} 3120 g, Apgars 8/9, in room, breastfeeding q2-3h.
Mother reports lochia mod, pain 3/10 w/ ibuprofen, voiding, +flatus. Mood ok, EPDS 6.
Vitals WNL. BP 122/76. Fundus firm U-1. Calves nontender.
Labs: Hgb 10.2 (12.0), Rh+, rubella immune, RPR NR.

Social: lives w/ FOB {{NAME:Jonathan Ortiz}} (active duty, {{FACILITY:Fort Cumberland}}, 82nd ABN) in base housing. Her mother {{NAME:Guadalupe}} flying in from {{LOCATION:San Pedro Sula}}, Honduras, tomorrow. WIC referral done.

Plan: d/c home today. Contraception: Nexplanon placed today, lot T024433. F/u 2 wk incision... perineum check and 6 wk PP at {{FACILITY:Cumberland Army OB clinic}}. Baby f/u with {{FACILITY:Cape Fear Pediatrics}} {{DATE:8/6}}.
{{NAME:Grace Holloway}}, MD
Postpartum BP check {{DATE:8/7/25}} (nurse visit). {{NAME:Esperanza}} cell {{PHONE:910-555-0189}}.`,
  `SOCIAL WORK NOTE
{{FACILITY:Midlands General Hospital}} - Case Management
Patient: {{NAME:Curtis Lamont Singleton}}  52M  MRN {{MRN:MGH-882-1930}}   Rm 4112
Date: {{DATE:11/02/2024}}

Consulted for discharge planning/housing. Pt admitted {{DATE:10/30}} for cellulitis of RLE, now on PO abx. Reports he has been living at the {{FACILITY:Blue Palmetto Motel}} ({{ADDRESS:5408 Two Notch Rd, Room 17}}) paying weekly, but lost his job at {{FACILITY:Congaree Poultry}} debone line after missing shifts while sick. Owes $210; manager says he can't come back.
Sister {{NAME:Gloria Singleton-Ruff}} in {{LOCATION:Sumter}} ({{PHONE:803-555-0150}}) can't take him - she is raising 3 grandkids.
Vet? Yes, Army 1991-1995, not enrolled at VA. Called {{FACILITY:Congaree VA Medical Center}} eligibility - can enroll, intake scheduled {{DATE:11/7/24}}.
Plan: bed at {{FACILITY:Two Notch Road Mission Shelter}} requested - accepted for {{DATE:11/3}}. SNAP application assisted. Bus pass given. Rx meds to go via {{FACILITY:Midlands General Outpatient Pharmacy}} (meds-to-beds).
{{NAME:Renee Kinard}}, LMSW  ext {{PHONE:3-7719}}`,
  `ED NOTE - PEDIATRIC
{{FACILITY:Children's Hospital of the Lowcountry}} ED
{{NAME:Aaliyah Brown}}, 6 yo F  DOB {{DATE:2/28/2019}}  MRN {{MRN:CHL44120977}}
{{DATE:03-15-2025 19:20}}

CC: wheezing
HPI: 2 days URI sx, tonight increased WOB. Uses albuterol at home, last 1 hr ago. 2 ED visits this winter, one PICU stay {{DATE:Dec 2023}}. Attends 1st grade at {{FACILITY:Folly Road Elementary}}. Grandmother Mrs. {{NAME:Francine Brown}} is guardian.
Exam: RR 42, SpO2 91%, HR 148, T 100.9. Diffuse exp wheeze, subcostal retractions. PRAM 7.
Tx: albuterol/ipratropium x3, dexamethasone 0.6 mg/kg PO (max 16 mg), Mg sulfate 50 mg/kg IV. After: RR 30, SpO2 95%, PRAM 3.
Dispo: admit to {{FACILITY:Pelican Ward}} (peds floor) for q2h albuterol.
Grandmother's number {{PHONE:843-555-0112}}. Dr. {{NAME:Kwame Asante}}, PEM attending.
School note for {{NAME:Aaliyah}} faxed to {{FAX:843-555-0113}}. PCP Dr. {{NAME:Pinckney}} ({{FACILITY:Sea Island Pediatrics}}) notified {{DATE:3/16/25}}.`,
  `HOSPICE ADMISSION / RECERTIFICATION
{{FACILITY:Heavenly Rest Hospice of the Wiregrass}}
Patient: {{NAME:Ola Mae Spivey}}   DOB: {{DATE:October 3, 1930}}   Age: {{AGE:94}}
Benefit period 3, start {{DATE:01/14/2025}}   Medicare Beneficiary ID: {{HEALTH_PLAN:7JN4-QX2-HD81}}
Location of care: {{FACILITY:Enterprise Oaks Nursing & Rehab}}, room 210

Terminal dx: Alzheimer's dementia, FAST 7c. Secondary: CHF, CKD 4.
Decline since last cert: weight 98 lb -> 91 lb (MAC 19.5 -> 18 cm), now bedbound, nonverbal except "Jesus" and "{{NAME:Buddy}}" (late husband's name). PPS 30%. Two stage 2 PIs (heels). Aspiration episode {{DATE:12/29/24}}.
Meds: morphine conc 5 mg SL q4h prn dyspnea, lorazepam 0.5 prn, mirtazapine stopped.
Family: daughter {{NAME:Vernell Spivey Womack}} (POA) in {{LOCATION:Ozark}}, {{PHONE:334-555-0138}}; grandson {{NAME:Travis}} in the Army overseas. Pastor {{NAME:Lowery}} from {{FACILITY:Shiloh Primitive Baptist Church}} visits.
DNR on file, POLST signed {{DATE:3/2023}}.
Face-to-face by {{NAME:Gwen Tillery}}, NP on {{DATE:01/10/2025}}. Certifying physician: {{NAME:Harold Pickens}}, MD, NPI {{LICENSE:1538820194}}.
I certify the patient's prognosis is 6 months or less if the disease runs its normal course.`,
  `RADIOLOGY REPORT
{{FACILITY:Savannah Coastal Imaging}} @ {{FACILITY:Memorial Oaks Hospital}}
Patient: {{NAME:Pinckney, Isaiah}}   MRN {{MRN:MOH1029384}}   DOB {{DATE:06/06/1962}}
Exam: CT CHEST W/ CONTRAST   Acc# {{ID:CT2504-118822}}   Date: {{DATE:04/22/2025 08:41}}
Ordering: {{NAME:Kendra Polite}}, NP

HISTORY: 62M, 50 pack-year smoker, former shrimper out of {{LOCATION:Darien}}, weight loss, hemoptysis.
COMPARISON: CXR {{DATE:4/18/2025}}; no prior CT.
FINDINGS: 4.2 x 3.6 cm spiculated RUL mass abutting the mediastinal pleura (series 3, image 44). Enlarged R paratracheal node 1.8 cm (4R) and subcarinal node 2.1 cm (station 7). Centrilobular emphysema. No effusion. 1.1 cm hypodense L adrenal nodule, indeterminate. Lytic lesion T8 vertebral body. Coronary calcifications. 
IMPRESSION: 
1. RUL mass with mediastinal adenopathy, highly suspicious for primary lung malignancy, at least stage IIIA; T8 lesion concerning for metastasis.
2. Recommend PET-CT and tissue sampling (EBUS).
Critical result called to NP {{NAME:Polite}} at 09:05 on {{DATE:4/22/25}}, read back confirmed.
Dictated by: {{NAME:Arvind Subramanian}}, MD
Tumor board: {{DATE:Tuesday 4/29/25}}, {{FACILITY:Memorial Oaks Cancer Pavilion}}. cc: {{NAME:Isaiah Pinckney}}'s PCP Dr. {{NAME:Grovner}}.`,
  `chief complaint: "my sugar been high"
triage note {{FACILITY:Fayette Community ED}}  {{DATE:07.19.2025}}  1642
pt {{NAME:jose luis hernandez}} 44 m, dob {{DATE:12.02.1980}}, spanish, interp {{NAME:ana}} #{{ID:30221}}
works at {{FACILITY:blue ridge poultry}} hatchery in {{LOCATION:fayetteville}} ga, ran out of insulin 5 days ago, rx was at {{FACILITY:la farmacia latina}} but couldn't pay. polyuria, polydipsia, nausea, vomited x2.
vs 102/64 hr 118 rr 26 t 98.4 spo2 99
fsbg "HI" >600, ketones large
gcs 15, kussmaul resp
esi 2, to rm 6. dka protocol started. wife {{NAME:maria elena}} called {{PHONE:(770) 555-0115}}, on her way from {{FACILITY:lanier village mobile home park}}. last admit for dka was {{DATE:march 3rd 2024}} at {{FACILITY:northeast ga medical}}, per pt. allergies nkda. no insurance, charity care app given.
belongings: cell phone, wallet w/ ga dl {{LICENSE:058812204}}, work badge #{{ID:BR-22871}}.
{{NAME:bt}} rn`,
  `LETTER
{{FACILITY:Sunbelt Family Medicine}}
{{ADDRESS:3300 Highway 17 N, Suite 4}}, {{LOCATION:Mount Pleasant}}, SC {{ZIP:29466}}
Phone {{PHONE:843-555-0101}}  Fax {{FAX:843-555-0102}}

{{DATE:May 1, 2025}}

To Whom It May Concern at {{FACILITY:Goose Creek Naval Support Annex}} - Human Resources:

Re: {{NAME:DeAndre T. Manigault}}, DOB {{DATE:09/12/1987}}

Mr. {{NAME:Manigault}} is a patient of this practice. He was seen on {{DATE:4/28/2025}} and {{DATE:4/30/2025}} for a medical condition that required him to be off work from {{DATE:April 27}} through {{DATE:May 4, 2025}}. He may return to full duty on {{DATE:Monday, May 5, 2025}} without restriction. He should be allowed to keep a water bottle at his station.

If you have questions please contact our office. Diagnosis information is not released without the patient's written authorization (HIPAA).

Sincerely,
{{NAME:Lakeisha Bright}}, MD
NPI {{LICENSE:1992004781}}
cc: patient; {{NAME:Keshia Manigault}} (spouse) per signed release dated {{DATE:4/30/2025}}`,
  `NEPHROLOGY CONSULT
{{FACILITY:Crescent Health System - Macon Campus}}
Patient: {{NAME:Quan Thi Hoa}}  MRN {{MRN:CHM-3318729}}  Age 81  Date {{DATE:2025-02-17}}
Requesting: Dr. {{NAME:Abernathy}}, hospitalist

Reason: AKI, Cr 3.9 (baseline 1.3 on {{DATE:2024-10-02}})

81F, speaks Vietnamese only, hx DM2, HTN, osteoarthritis. Daughter-in-law {{NAME:Vy}} says she's been taking "a lot" of an herbal remedy from a shop in {{LOCATION:Atlanta}} plus naproxen 500 BID bought OTC. Poor PO intake x1 wk with gastroenteritis.
Exam: dry MM, orthostatic. No edema. No asterixis.
UA: SG 1.025, 1+ protein, no blood, granular casts. FENa 0.6%. Renal US {{DATE:2/16}}: 9.8/10.1 cm, no hydro.
K 5.8, HCO3 17, BUN 78.

Impression: AKI, prerenal + NSAID/possible herbal nephrotoxicity (AIN less likely, no eos, no rash). KDIGO stage 3.
Rec: IV LR 100 mL/h, hold lisinopril, stop naproxen and herbal pills (please send bottle to pharmacy - ask {{NAME:Vy}}), Lokelma 10 g x1, repeat BMP in 6 h. No HD indication now.
{{NAME:Tomasz Wierzbicki}}, MD, Nephrology pager {{PHONE:4419}}
Will see again {{DATE:2/18}} am; son {{NAME:Tuan}} ({{PHONE:478-555-0161}}) requests call after rounds.`,
  `MEDICATION RECONCILIATION - ADMISSION
Patient: {{NAME:Thelma Louise Crump}}  DOB {{DATE:1/1/1947}}  MRN {{MRN:AR-4409813}}
{{FACILITY:Appalachian Regional Med Center}}  Admit {{DATE:09/09/2024}}
Source: pill bottles brought by husband {{NAME:Earl}}, {{FACILITY:Rite Value Pharmacy - Jasper}} fill history, PCP list from {{FACILITY:Pickens Family Practice}}.

1. Metoprolol succinate 50 mg PO daily - taking
2. Atorvastatin 40 mg qhs - taking
3. Warfarin 5 mg M/W/F, 2.5 mg other days - taking; INR clinic at {{FACILITY:Jasper Coumadin Clinic}}, last INR 2.4 on {{DATE:8/30}}
4. Levothyroxine 88 mcg - taking
5. Gabapentin 300 mg TID - takes "when hurting"
6. Oxycodone 5 mg q6h prn - PDMP checked: filled {{DATE:8/21/24}}, #60, Dr. {{NAME:Stancil}}
7. Goody's Powder - 2-3 packets/day (!) - counsel re: bleeding with warfarin
8. Fish oil, turmeric - OTC

Allergies: PCN (hives), codeine (N/V).
Discrepancy: PCP list has lisinopril 10, pt says stopped by cardiology (Dr. {{NAME:Reece}}) in spring.
Completed by {{NAME:Jordan Kell}}, PharmD   {{DATE:9/9/24}} 1410`,
  `EMS PATIENT CARE REPORT
Agency: {{FACILITY:Escambia Gulf EMS}}   Unit M-22   Incident # {{ID:25-031877}}
Date: {{DATE:06/21/2025}}   Dispatched 1402  On scene 1411  Transport 1429  At dest 1441
Location: {{ADDRESS:7600 Pensacola Blvd, pump 4}} ({{FACILITY:Gas-N-Go #42}})
Pt: {{NAME:Hieu Le}}, 66 M, DOB {{DATE:11/11/1958}}

Bystander (store clerk {{NAME:Jasmine}}) reports pt slumped over wheel of his truck, FL tag {{VEHICLE:QKZ 81N}}. Found diaphoretic, confused, responds to voice. BGL 38. Medic bracelet: "DIABETIC - INSULIN".
D10 250 mL IV -> BGL 142, GCS 15, A&Ox4. Pt states he skipped lunch, took glipizide and his insulin, works nights at {{FACILITY:Bayou Shrimp & Seafood Co}}.
Refused transport initially; wife {{NAME:Mai}} arrived, {{PHONE:850-555-0142}}, convinced him. Transported to {{FACILITY:Gulf Coast Sacred Heart ED}} per pt request. Report to RN {{NAME:Tori}}.
Crew: {{NAME:K. Fountain}}, Paramedic #{{LICENSE:P532190}}; {{NAME:R. Dees}}, EMT.`,
  `TELEPHONE NOTE - AFTER HOURS
{{DATE:12/24/2024}} 23:18
Call from {{NAME:Fabiola Jean-Baptiste}}, mother of pt {{NAME:Mackenson Jean-Baptiste}} (DOB {{DATE:04/15/2024}}), 8 mo, of {{FACILITY:Little River Pediatrics}}.
Callback {{PHONE:(305) 555-0126}}; pt lives with family in {{LOCATION:Tallahassee}}, FL now (moved from {{LOCATION:Miami}} in Oct).

Mother reports fever 102.8 rectal since this afternoon, fussy, feeding ok, 5 wet diapers today, no rash, no trouble breathing. Gave Tylenol 80 mg at 2000. Sibling {{NAME:Widline}} had flu last week.
Red flags reviewed (lethargy, fewer than 3 wet diapers, breathing fast, rash that doesn't blanch). None present.
Advice: acetaminophen 120 mg (3.75 mL of 160 mg/5 mL) q4-6h; may go to {{FACILITY:Capital Oaks Pediatric Urgent Care}} in the morning or clinic {{DATE:12/26}} (closed Christmas). ED if red flags.
Mother understood; spoke in Haitian Creole through daughter {{NAME:Widline}}, age 14.
{{NAME:Sarah Beth Cobb}}, RN, nurse advice line
Routed to Dr. {{NAME:Lafontant}} for review {{DATE:12/26/2024}} 0800.`,
  `PROGRESS NOTE - INFECTIOUS DISEASES
{{FACILITY:Tuskegee Valley Medical Center}}
{{NAME:Cornelius Ware}}   MRN {{MRN:TVM-993801}}   {{DATE:10/08/24}}

Day 12 of IV therapy for MSSA tricuspid valve endocarditis with septic pulmonary emboli. PICC placed {{DATE:9/28}}? per IR note; PWID, reports using heroin/fentanyl with a friend at the {{FACILITY:Budget 8 Inn}} on Hwy 80. 
TEE: 1.4 cm TV vegetation, mod TR. BCx cleared {{DATE:9/29}}.
Current abx: cefazolin 2 g q8h.
Labs: WBC 9.1, CRP 44 (from 210), Cr 0.8.
Plan: discussed with pt OPAT is not safe with active use; offered MOUD - accepted buprenorphine, started today 4 mg SL x2. Dalbavancin 1500 mg x2 doses (today, repeat day 8) as alternative to finish 4 wk, then PO not needed. Addiction medicine (Dr. {{NAME:Hollins}}) following. Hep C Ab pos, RNA pending; HIV neg.
Referral to {{FACILITY:Macon County Harm Reduction Coalition}} for syringe services. Sister {{NAME:Loretta Ware}} will pick him up.
{{NAME:Ifeoma Chukwu}}, MD, ID fellow
Attending attestation: seen with fellow, agree. {{NAME:Paul Okafor-Lee}}, MD {{DATE:10/08/24}} 17:40`,
  `OUTPATIENT PSYCHIATRY - MED MANAGEMENT
{{FACILITY:Clearwater Behavioral Health}} - {{LOCATION:Greenville}}, SC office
Patient: {{NAME:Ashley Nicole Tate}}   DOB: {{DATE:7/7/1993}}   Visit: {{DATE:Jan 30, 2025}}

Dx: Bipolar I, most recent episode depressed; PTSD.
Interval: mood "steady" since lithium increased on {{DATE:12/12}}. Sleeping 7 h. Back working at {{FACILITY:Upstate Tire & Rubber}} on 2nd shift. Her son {{NAME:Jaxon}}, 5, starts K at {{FACILITY:Tanglewood Elementary}} in fall.
Li level {{DATE:1/23/25}}: 0.8 mEq/L. TSH 2.1, Cr 0.7.
MSE: calm, euthymic, full affect, no SI/HI. PHQ-9 5, MDQ n/a.
Meds: lithium carbonate ER 900 mg qhs, lurasidone 40 mg with supper, prazosin 2 mg qhs for nightmares.
Contraception: Mirena placed {{DATE:2023-06-14}} - counseled re: valproate avoidance.
Therapy with {{NAME:Carmen Ochoa}}, LPC, every other Friday.
RTC 8 weeks. Labs q3 mo.
{{NAME:Richard Vo}}, PMHNP-BC
Next appt {{DATE:3/27/25}} 9:40 AM; reminder to {{PHONE:864-555-0157}}.`,
  `HISTORY & PHYSICAL - GENERAL SURGERY
{{FACILITY:Low Country Regional Medical Center}}   Admit: {{DATE:Sun 6/15/2025 0130}}
Patient: {{NAME:Marisol Quintanilla}}   MRN {{MRN:LCR-2210984}}   DOB {{DATE:2/14/1985}}   Age 40
PCP: none. Insurance: self-pay. Emergency contact: brother {{NAME:Efrain Quintanilla}} {{PHONE:843-555-0193}}

CC: abdominal pain and vomiting
HPI: 40F, crab picker at {{FACILITY:Bluffton Oyster & Crab House}}, 2 days colicky periumbilical pain, bilious emesis x6, no flatus since yesterday. Prior C-section x2 (last one 2015, in {{LOCATION:Oaxaca}}, Mexico) and appendectomy as a child.
Exam: T 99.6 HR 110 BP 108/70. Distended, tympanic, diffusely tender, no peritonitis. Pfannenstiel scar. No hernias.
Labs: WBC 13.2, lactate 1.6, K 3.1, Cr 1.1.
CT A/P: SBO with transition point in the RLQ, likely adhesive; no pneumatosis, no free air, small-volume ascites.
A/P: Adhesive SBO, partial vs complete.
- NPO, NGT to LIWS (put out 900 mL bilious), IVF LR + 20 KCl
- Gastrografin challenge at 0800, KUB at 8 h
- If no improvement in 48 h or signs of ischemia -> dx lap
- SCDs, heparin 5000 SQ q8h
Discussed with Dr. {{NAME:Pendarvis}} (attending). Spanish interpreter {{NAME:Rafael}} ID {{ID:7702}} used.
{{NAME:Ji-won Park}}, MD PGY-2
Attending addendum {{DATE:6/15/2025 0710}}: agree, {{NAME:Pendarvis}}.`,
  `{{FACILITY:EAST CAROLINA MERCY HOSPITAL}}
CARDIAC CATHETERIZATION REPORT
NAME: {{NAME:STATON, LEROY JAMES}}   MRN: {{MRN:ECM00419284}}   DOB: {{DATE:08-19-1955}}
DATE OF PROCEDURE: {{DATE:11-05-2024}}
OPERATOR: {{NAME:DANIEL A. VOSS}}, MD, FACC   FELLOW: {{NAME:PRIYA MENON}}, MD
REFERRING: {{NAME:BRENDA FAIRCLOTH}}, FNP - {{FACILITY:WILSON COUNTY RURAL HEALTH}}

INDICATION: NSTEMI, TROPONIN PEAK 2.8. RETIRED TOBACCO FARMER FROM {{LOCATION:TARBORO}}.
ACCESS: R RADIAL 6 FR. HEPARIN 5000 U. VERAPAMIL/NTG COCKTAIL.
FINDINGS: LM NORMAL. LAD 90% PROXIMAL, 70% MID. LCX 40%. RCA 100% CTO WITH L-R COLLATERALS. LVEDP 24. EF 35% BY LV GRAM.
IMPRESSION: SEVERE 3-VESSEL CAD, SYNTAX SCORE 31, DM2.
PLAN: CT SURGERY CONSULT FOR CABG (DR. {{NAME:OYELARAN}}). ASA, HIGH-INTENSITY STATIN. HOLD P2Y12.
CONTRAST: IOHEXOL 85 ML. FLUORO 9.4 MIN. AIR KERMA 812 MGY.
TR BAND ON 1440, OFF BY 1640.
WIFE {{NAME:ANNIE RUTH STATON}} UPDATED IN WAITING AREA. 
{{NAME:DAV}}/{{NAME:SLW}}  JOB# {{ID:88213004}}
CC: {{NAME:BRENDA FAIRCLOTH}}, FNP (FAX {{FAX:252-555-0191}}); CT SURGERY CLINIC {{DATE:11/07/2024}}.`,
  `PRIOR AUTHORIZATION REQUEST - PHARMACY
To: Peach Coast Health Plan Pharmacy Dept   Fax: 1-866-555-0199 (payer)
From: {{FACILITY:Albany Area Community Health - HIV Services}}, {{ADDRESS:601 W Broad Ave}}, {{LOCATION:Albany}}, GA {{ZIP:31701}}
Prescriber: {{NAME:Catherine Mwangi}}, MD   NPI {{LICENSE:1740388216}}   Ph {{PHONE:229-555-0118}}   Fax {{FAX:229-555-0119}}
Date: {{DATE:03/11/2025}}

Member: {{NAME:Tavares D. Cooper}}   DOB {{DATE:10/23/1996}}   Member ID: {{HEALTH_PLAN:GA8843120977}}
Drug: cabotegravir/rilpivirine ER inj (Cabenuva) 600/900 mg IM q2 months, J0741
Dx: B20, HIV-1 infection, virologically suppressed (VL <20 on {{DATE:1/8/25}} and {{DATE:7/2/24}}).
Rationale: patient works rotating shifts at a civilian warehouse at {{FACILITY:Flint River Logistics Depot}}, difficulty with daily oral adherence; no prior NNRTI/INSTI failure, no RPV resistance (genotype {{DATE:2021-04-19}} WT). HBV immune.
Oral lead-in not required. Injections at clinic by RN.
Attachments: labs, genotype, med history.
Signature: {{NAME:C. Mwangi}} MD   Case #: {{ID:PA-558120}}`,
  `NURSING NOTE - 3 EAST   {{DATE:1/21/25}}   night shift
pt mr. {{NAME:otis funderburk}} 88 yo m, bed 14, dx hip fx s/p orif l hip pod#1.
2000: pt pulling at foley, says "i got to get to the barn, the cows gonna get out." reoriented. cam-icu positive. dr {{NAME:whitlock}} paged, ordered melatonin 3 mg, avoid benzos. sitter requested.
2200: wife {{NAME:ruby}} on phone ({{PHONE:864-555-0166}}), says he worked dairy at {{FACILITY:happy cow creamery}} for 40 yrs and "he always gets like this at the hospital." she'll come in the a.m.
0000: resting, vss 138/62 hr 84 spo2 95% 2L. pain 4/10, oxycodone 2.5 mg given.
0300: pvc scale low. i/o 740/520. hgb this am 8.1 (9.6).
0600: pt alert, asking for his bible and his "good hat". labs drawn.
{{NAME:aj}} rn / charge {{NAME:lakisha}}
0645: wife {{NAME:ruby funderburk}} called again, updated. pt's son {{NAME:donnie}} will bring hat from {{LOCATION:belton}}. next hgb {{DATE:1/22}} 0400.`,
  `GENETIC COUNSELING NOTE - PRENATAL
{{FACILITY:Mercer Maternal-Fetal Medicine}}
Patient: {{NAME:Deepa Venkataraman}}   DOB {{DATE:02.10.1988}}   GA 13w1d   Date {{DATE:12.03.2024}}
Referring: Dr. {{NAME:Ellison}}, {{FACILITY:Warner Robins OB/GYN}}
Partner: {{NAME:Karthik Venkataraman}}, present. Both originally from {{LOCATION:Chennai}}; they are first cousins once removed.

Indication: consanguinity; cfDNA low risk for T21/18/13; NT 1.9 mm.
Family history: partner's sister had a child who died at 2 mo of "a metabolic illness" in {{LOCATION:Madurai}}; maternal uncle with thalassemia trait. Pedigree drawn (3 generations).
Counseling: ~2-3% added risk over baseline. Discussed expanded carrier screening (ordered, 300-gene panel, req # {{ID:RQ2024-77190}}), Hb electrophoresis, and CVS/amnio options. 
Patient works as a software engineer, contractor with {{FACILITY:Peachtree Avionics Group}} on the base.
Plan: results in 2-3 wks, call {{PHONE:478-555-0128}}. Return {{DATE:12/20}} for anatomy planning.
{{NAME:Meredith Sandlin}}, MS, CGC`,
  `PHYSICAL THERAPY EVALUATION
{{FACILITY:Shoals Rehab - Florence}}   Date {{DATE:8/28/2024}}
Patient: {{NAME:Bobby Joe Rickard}}   DOB {{DATE:04/01/1964}}   Referring: {{NAME:Hannah Olds}}, PA-C
Dx: L CVA {{DATE:7/30/24}} with R hemiparesis (ICD I69.351)

Subjective: 60M, former welder at {{FACILITY:Tennessee Valley Steel Fabricators}}, lives with wife {{NAME:Darlene}} in 1-story home in {{LOCATION:Killen}}, AL with 3 steps, L rail. Goal: "walk to my truck and go fishing at the lake."
Objective: BP 142/84. R UE 3-/5, R LE 4-/5. Brunnstrom stage IV RLE. Berg 38/56. TUG 19 s with hemi-walker. 10MWT 0.52 m/s. FGA 12/30. Sensation intact. Mild R foot drop.
Assessment: moderate fall risk, impaired gait and balance.
Plan: PT 2x/wk x 8 wk (CPT 97161, 97110, 97116, 97530). Trial off-the-shelf AFO; order via {{FACILITY:Muscle Shoals Orthotics & Prosthetics}}. HEP issued.
{{NAME:Cassidy Wren}}, PT, DPT
Plan of care sent to {{NAME:Hannah Olds}}, PA-C for signature {{DATE:8/29/2024}}; next visit {{DATE:Tues 9/3}}.`,
  `VITAL RECORDS / FORMS - SCHOOL MEDICATION AUTHORIZATION
School: {{FACILITY:Westside Middle School}} - {{LOCATION:Anniston}}, AL   Nurse: Ms. {{NAME:Peoples}}
Student: {{NAME:Xavier Montgomery}}   DOB: {{DATE:05/22/2012}}   Grade: 7   Homeroom: 204
Parent/Guardian: {{NAME:Tasha Montgomery}}   Phone (home) {{PHONE:256-555-0181}}  (work, {{FACILITY:Coldwater Army Supply Depot}} civ) {{PHONE:256-555-0182}}

Medication: Albuterol HFA 90 mcg/actuation, 2 puffs with spacer q4h prn wheeze/cough; 2 puffs 15 min before PE.
Self-carry: YES, student demonstrated correct technique.
Medication 2: EpiPen 0.3 mg IM prn anaphylaxis (peanut allergy). Self-carry: YES; second pen kept in nurse office.
Diagnosis: moderate persistent asthma, peanut allergy.
Effective dates: {{DATE:08/05/2024}} through {{DATE:05/23/2025}}.

Physician: {{NAME:Gabriel Ifeanyi}}, MD, {{FACILITY:Calhoun Pediatric Associates}}   Lic # {{LICENSE:MD.31144}}
Signed {{DATE:7/31/2024}}.   Parent signature: {{NAME:T. Montgomery}}`,
  `ADDENDUM - TRANSFUSION REACTION WORKUP
Blood Bank, {{FACILITY:Gulf Coast University Hospital}}
Patient: {{NAME:Marie-Claire Duverger}}   MRN {{MRN:GCU-118290}}   DOB {{DATE:3/3/1979}}
Product: PRBC unit W0361 25 08837 2 (ISBT), O NEG, issued {{DATE:05/07/2025 14:05}}
Reaction reported 14:40: fever 38.9 (from 37.1), chills, BP 150/90, no hives, no dyspnea. Transfusion stopped at ~120 mL. 
Clerical check: correct patient/unit. 
Post-transfusion: DAT neg, plasma not hemolyzed, bili 0.8, repeat ABO/Rh O NEG, antibody screen neg. Unit culture: no growth at 5 d.
Interpretation: febrile non-hemolytic transfusion reaction. Future units: leukoreduced (already), premedicate with acetaminophen.
Reported to supplier {{FACILITY:Gulf States Blood Services}}.
Patient is a sickle cell (HbSC) patient followed at {{FACILITY:Sickle Cell Center of Mobile}}, extended phenotype matching C/E/K on file. Husband {{NAME:Claude}} at bedside.
{{NAME:Reginald Amos}}, MD, Medical Director, Transfusion Service   {{DATE:5/12/2025}}
cc: Dr. {{NAME:Bienaimé}} (hematology), {{NAME:M. Duverger}} chart
Reported to hemovigilance {{DATE:5/8/2025}}; case {{ID:TR-25-0091}}.`,
  `PROGRESS NOTE - FAMILY MEDICINE RESIDENCY CLINIC
{{FACILITY:Gadsden Street Family Health Center}}
{{NAME:Vu Minh Tri}}, 52 M, DOB {{DATE:6/9/1972}}   Visit {{DATE:Wednesday, Feb 5, 2025}}
Vietnamese interpreter: {{NAME:Hanh}} in person.

S: f/u HTN, HLD, hep B. Runs a nail salon ({{FACILITY:Luxe Nails & Spa}}) with wife {{NAME:Kim}}. Stopped tenofovir in fall when he went back to {{LOCATION:Da Nang}} for 3 months to see his mother. No abd pain.
O: BP 146/94, BMI 24. No stigmata of CLD.
Labs {{DATE:1/29}}: HBV DNA 48,200 IU/mL, HBeAg neg, ALT 68, AFP 3.1, plt 210. US liver {{DATE:1/29/25}}: coarse echotexture, no mass.
A/P:
1. Chronic HBV, off therapy with flare - restart tenofovir DF 300 mg daily (TAF if cost OK). Recheck in 3 mo. HCC surveillance US+AFP q6 mo - due {{DATE:July 2025}}.
2. HTN - add amlodipine 5.
3. Screen household: son {{NAME:Kevin}} vaccinated? mother unsure - will bring records.
Precepted by Dr. {{NAME:Lockhart}}. Resident: {{NAME:Nandini Bose}}, MD`,
  `CONSENT / CODE STATUS DISCUSSION
{{FACILITY:Fort Gaines Medical Center}} - ICU bed 4
Patient: {{NAME:Estelle Pough}}   DOB {{DATE:1932-09-17}}   Age {{AGE:92}}   MRN {{MRN:FG0003381}}
Date/Time: {{DATE:2025-03-30 16:20}}

Present: daughter {{NAME:Minnie Pough-Carter}} (HCPOA), granddaughter {{NAME:Ja'Nae Carter}} by speakerphone from {{LOCATION:Detroit}}, Rev. {{NAME:Alphonso Kendrick}} of {{FACILITY:Greater New Hope Missionary Baptist Church}}, RN {{NAME:Terri}}, SW {{NAME:Luz Baez}}, and myself.
Mrs. {{NAME:Pough}} has aspiration pneumonia with respiratory failure, now on BiPAP 16/8, FiO2 60%; baseline advanced dementia, bedbound at {{FACILITY:Clay County Manor}} since summer 2022.
Discussed intubation, CPR, prognosis. Family shared she told them after her sister {{NAME:Bertha}}'s death: "Don't put me on them machines."
Decision: DNR/DNI. Continue BiPAP as tolerated, abx; transition to comfort if worsening. Chaplain offered.
{{NAME:Olusegun Bamidele}}, MD  (35 min spent, 99497)
Addendum {{DATE:3/30/25 2110}}: {{NAME:Minnie}} at bedside, agrees with plan.`,
  `ANTICOAGULATION CLINIC FLOWSHEET
{{FACILITY:Cumberland Valley Health - Coumadin Clinic}}
Pt: {{NAME:Ralph Edward Sizemore}}  DOB {{DATE:3/19/1949}}  MRN {{MRN:CV-70022}}  Indication: mech AVR (On-X), goal INR 2.0-3.0

Date        INR   Weekly dose   Change   Notes
{{DATE:01/06/25}}  1.7   37.5 mg       +10%     missed 2 doses at son {{NAME:Ricky}}'s in {{LOCATION:Pikeville}}
{{DATE:01/13/25}}  2.3   40 mg         none     
{{DATE:01/27/25}}  3.8   40 mg         hold x1  started Bactrim from {{FACILITY:MinuteCare Hazard}} for UTI
{{DATE:02/03/25}}  2.6   37.5 mg       none     Bactrim done {{DATE:1/31}}
{{DATE:02/24/25}}  2.4   37.5 mg       none     eating more greens (wife {{NAME:Loretta}} garden)
{{DATE:03/24/25}}  2.9   37.5 mg       none     

Tablet: warfarin 5 mg (peach). Filled at {{FACILITY:Hometown Drug of Whitesburg}}, Rx #{{ID:4418207}}.
Next INR: {{DATE:4/21/25}}. Pt drives himself; lives on {{ADDRESS:Rt 2 Box 118, Caudill Branch Rd}}, {{LOCATION:Blackey}}, KY {{ZIP:41804}} - no cell signal, call house phone {{PHONE:606-555-0147}}.
Managed under protocol by {{NAME:Shelby Caudill}}, PharmD, CPP; supervising MD {{NAME:Amit Chauhan}}.`,
  `NEONATAL ICU ADMISSION NOTE
{{FACILITY:Coastal Georgia Women & Infants - Level III NICU}}, Pod C, bed 11
Baby Boy {{NAME:Ramirez}} ("{{NAME:Mateo}}")   MRN {{MRN:CGW-N-0044718}}   DOB/time: {{DATE:10/14/2024 05:36}}
BW 1420 g, GA 30w4d by LMP/US; Apgars 5 (1 min), 7 (5 min), 8 (10 min).

Maternal: {{NAME:Lucia Ramirez}}, 28 yo G2P0111, MRN {{MRN:CGW-1129304}}, preeclampsia w/ severe features, Mg sulfate, BMZ x2 complete ({{DATE:10/12}} and {{DATE:10/13}}). GBS unk, ROM at delivery, clear fluid. Prenatal labs: HIV neg, HBsAg neg, RPR NR, rubella immune. Mother works at {{FACILITY:Claxton Fresh Poultry}}. Father {{NAME:Hector Ramirez}}, ph {{PHONE:912-555-0159}}.

Resus: CPAP 5 in DR, FiO2 40%. Admitted on CPAP 6, FiO2 35%; Curosurf 200 mg/kg via LISA at 1 h of life, FiO2 weaned to 25%.
Exam: active, AFOF, mild subcostal retractions, no murmur, Ballard 30 wks.
Plan: PIV -> UVC placement, D10 TF 80 mL/kg/d, TPN; caffeine citrate load 20 mg/kg; ampicillin/gentamicin, BCx; CUS day 7; ROP screen by {{DATE:11/25/24}}.
{{NAME:Akua Mensah}}, MD, Neonatology   cc Dr. {{NAME:Leighton}} (MFM)`,
  `URGENT CARE VISIT
{{FACILITY:QuickCare of Warner Robins}}   {{DATE:9/2/2024 6:55 PM}}
Name: {{NAME:Kevin Patrick O'Rourke}}   DOB {{DATE:5/5/1999}}
Employer: {{FACILITY:Middle Georgia Air Logistics Center}} (civilian aircraft mechanic)  Tricare ID {{HEALTH_PLAN:10488271399}}

CC: laceration L hand from sheet metal at home garage.
HPI: 25M, cut palm while fixing a trailer around 1730. Bleeding controlled with towel. Td last 2017? unsure.
Exam: 3.5 cm linear lac thenar eminence, clean edges, no tendon exposure, FDP/FDS intact, 2-pt disc 5 mm, cap refill <2 s.
Procedure: lidocaine 1% plain 4 mL, irrigated 250 mL NS, 6 simple interrupted 4-0 nylon.
Tdap given (lot 3CA87B2). 
D/C: suture removal 10-14 days at PCP ({{FACILITY:Houston County Primary Care}}) or here, ~{{DATE:9/13}}. Return if redness, pus, numbness.
Work note: light duty L hand through {{DATE:9/9/2024}}.
{{NAME:Alyssa Greer}}, PA-C
Work note faxed to employer safety office {{FAX:478-555-0148}} at pt request; signed {{NAME:K. O'Rourke}}.
Pt cell {{PHONE:478-555-0149}}; emergency contact {{NAME:Megan O'Rourke}} (wife).`,
  `POST-OP CHECK / OR NOTE - ORTHO TRAUMA
{{FACILITY:Capital City Regional}}, {{LOCATION:Montgomery}}
Pt: {{NAME:Juwan Pettaway}}  19 M   MRN {{MRN:CCR-4471120}}   Surgery {{DATE:07-04-2025}}
Mechanism: MVC on I-85 near {{ADDRESS:exit 16, I-85 southbound}}, unrestrained passenger in a 2009 Impala, VIN {{VEHICLE:2G1WT57K791204318}}. Driver (cousin {{NAME:Marquis Pettaway}}) at {{FACILITY:Montgomery Baptist South}}.
Procedure: IMN R femur shaft fx (CPT 27506), I&D + ex-fix L open tib/fib (Gustilo IIIA).
Anesthesia GETA, EBL 450 mL, 1 U PRBC.
Post-op: R LE NVI, L LE compartments soft, DP 2+. Pain controlled on hydromorphone PCA.
Plan: cefazolin + gentamicin x 72 h for open fx, return to OR {{DATE:7/6}} for repeat I&D and possible ORIF. Lovenox 40 BID starting POD1. WBAT RLE, NWB LLE.
Mother {{NAME:Keisha Pettaway}} updated, {{PHONE:334-555-0104}}. Pt plays football at {{FACILITY:Trenholm Technical College}} intramurals; student ID {{ID:T00918823}}.
{{NAME:Garrett Lyle}}, MD, Ortho Trauma`,
  `HOSPITAL MEDICINE DISCHARGE INSTRUCTIONS (patient copy)
{{FACILITY:Sand Hills Memorial Hospital}}
Name: Ms. {{NAME:Gloria Jean McLaurin}}   Discharge date: {{DATE:December 19, 2024}}
Your doctor in the hospital: Dr. {{NAME:Nkemdirim}}   Your primary doctor: Dr. {{NAME:Faulk}} at {{FACILITY:Laurinburg Family Medicine}}

You were here for: a blood clot in your left leg (DVT) and lung (PE).
New medicine: ELIQUIS (apixaban) 10 mg twice a day for 7 days (through {{DATE:12/25}}), then 5 mg twice a day. Do NOT take with aspirin, ibuprofen, Goody's or BC powder.
Stopped: estradiol (your hormone pill) - talk to Dr. {{NAME:Faulk}} before restarting.
Appointments:
- Dr. {{NAME:Faulk}}: {{DATE:Monday 12/30/2024}} at 9:00 AM, {{PHONE:910-555-0132}}
- Lab (CBC) at {{FACILITY:Scotland County lab draw site}}: {{DATE:1/6/2025}}
Call 911 for chest pain, trouble breathing, coughing blood, black stools.
Your medicines were sent to {{FACILITY:Family Pharmacy of Laurinburg}}, {{ADDRESS:221 S Main St}}.
Copay card for Eliquis given. Questions: nurse line {{PHONE:910-555-0133}}.
Nurse: {{NAME:Brandi}} RN   Signature of patient: {{NAME:G. McLaurin}}
Ride home: nephew {{NAME:Terrence McLaurin}}, {{PHONE:910-555-0134}}.`,
  `[**{{FACILITY:Hospital 3}}**] CCU NURSING PROGRESS NOTE
Pt: [**{{NAME:Known lastname 9120}}**], 67 M   [**{{DATE:2137-11-2}}**] 0700-1900
S/p CABG x4 [**{{DATE:11-1}}**]. 
NEURO: A&Ox3, MAE, follows commands. Pain 3/10 on Tylenol.
CV: NSR 80s-90s, brief AF w/ RVR 130s at 1400, amiodarone bolus 150 mg then gtt 1 mg/min -> SR. A/V wires capped. CT 120 cc serosang/shift.
RESP: 4L NC, sats 95%, IS 750. Lungs diminished bases.
GI/GU: tol clears. Foley d/c'd 1000, voided 300 cc 1430.
Skin: sternal/leg incisions CDI.
Social: wife [**{{NAME:Name (NI) 7731}}**] and dtr in from [**{{LOCATION:Location (un) 3017}}**], call [**{{PHONE:Telephone/Fax (1) 8811}}**]. Pt retired from [**{{FACILITY:Company 2214}}**] shipyard.
Plan: cont amio gtt -> PO in am per Dr. [**{{NAME:Last Name (STitle) 4490}}**]; lytes q6; OOB to chair tid; transfer to [**{{FACILITY:Hospital Ward Name 121}}**] when stable.
[**{{NAME:First Name8 (NamePattern2) 215}}**] [**{{NAME:Last Name (NamePattern1) 6640}}**], RN
F/u with Dr. [**{{NAME:Last Name (STitle) 4490}}**] in clinic [**{{DATE:2137-12-9}}**], [**{{FACILITY:Hospital 3}}**] CT surgery.`,
  `AUDIOLOGY / ENT CLINIC
{{FACILITY:Piedmont Ear Nose & Throat}} - {{LOCATION:Spartanburg}}
{{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Blackwell}}   DOB {{DATE:01/08/1941}}   Age 84   Visit {{DATE:4-9-25}}

84M, retired loom fixer from {{FACILITY:Drayton Textile Mill}} (40 yrs), worsening hearing, wife {{NAME:Inez}} says TV "loud enough to wake the dead." Tinnitus both ears. No vertigo.
Otoscopy: cerumen impaction AD removed with curette; TMs intact.
Audiogram: bilateral symmetric SNHL, mild sloping to severe, notch at 4 kHz (noise). SRT 45 dB R, 50 dB L. WRS 72%/68%. Tymps type A.
Plan: hearing aids, bilateral RIC; Medicare doesn't cover - referred to the {{FACILITY:Lions Club Hearing Aid Bank of Spartanburg}}. Old aids (Phonak, serial {{DEVICE:1834K2290}}) lost at {{FACILITY:Woodruff Road Biscuit House}}.
F/u 1 mo for fitting, {{DATE:May 14}} at 10:30.
{{NAME:Christine Pham}}, AuD
cc: Dr. {{NAME:Boozer}}, {{FACILITY:Inman Mills Family Practice}}; {{NAME:Inez Blackwell}} phone {{PHONE:864-555-0124}}`,
  `CHAPLAINCY NOTE
{{FACILITY:Gulf Breeze Baptist Hospital}} - Spiritual Care
Visit: {{DATE:2/2/25}}, 1900, 4 North rm 437
Patient: {{NAME:Ernestine Frazier Wright}} (comfort care), {{AGE:97}} yo
Present: daughters {{NAME:Carolyn}} and {{NAME:Doris}}, son-in-law Deacon {{NAME:Harvey Lyles}}, great-grandson {{NAME:Malik}}

Referred by RN {{NAME:Jessie}}. Family requested prayer and communion. Ms. {{NAME:Wright}} was a founding member of {{FACILITY:St. Paul AME Church}} in {{LOCATION:Milton}} and taught 3rd grade at {{FACILITY:Berryhill School}} for 31 years; family sang "Precious Lord" and "I'll Fly Away". {{NAME:Carolyn}} tearful, worried mother is "hungry"; explained comfort feeding. {{NAME:Doris}} asked about calling her pastor, Rev. {{NAME:Tolliver}}, who will come in the morning.
Interventions: prayer, communion, life review, presence.
Plan: follow daily; bereavement referral to {{FACILITY:Gulf Haven Hospice}} if death occurs.
Fr. {{NAME:Emmanuel Osei}}, Staff Chaplain, pager {{PHONE:2280}}`,
  `REFERRAL FAX COVER
{{FACILITY:Pee Dee Community Health Partners}}
{{ADDRESS:1200 W Evans St}}, {{LOCATION:Florence}}, SC {{ZIP:29501}}
To: {{FACILITY:Carolina Vein & Vascular Institute}}   Fax {{FAX:843-555-0186}}
From: {{NAME:Yolanda Pressley}}, referral coordinator   Ph {{PHONE:843-555-0185}}  Fax {{FAX:843-555-0187}}
Date: {{DATE:06/17/2025}}   Pages: 7 (incl. cover)

Patient: {{NAME:Cleveland Dubose}}   DOB: {{DATE:02/28/1958}}   Phone: {{PHONE:843-555-0179}}
Medicaid ID: {{HEALTH_PLAN:8807319422}}   Referral #: {{ID:REF-25-060311}}
Reason: non-healing L great toe ulcer, ABI 0.52 L / 0.81 R on {{DATE:6/10/25}}, smoker, DM2 (A1c 8.8). Requesting vascular eval for PAD/revascularization. Urgent - please schedule within 2 weeks.
Referring provider: {{NAME:Anthony Bethea}}, MD, NPI {{LICENSE:1386729045}}
Enclosed: office note {{DATE:6/10}}, ABI report, med list, labs {{DATE:5/28/25}}, insurance card.
Pt has no car; daughter {{NAME:Shameka}} ({{PHONE:843-555-0180}}) drives him on her days off from {{FACILITY:Timmonsville ATV Assembly}}.
CONFIDENTIALITY NOTICE: This fax contains protected health information...`,
  `DENTAL CLINIC - EMERGENCY VISIT
{{FACILITY:Mercy Street Free Dental Clinic}}
{{NAME:Anh Tuan Nguyen}}   DOB {{DATE:11/30/1977}}   Chart # {{MRN:D-019927}}   {{DATE:Thu 10/3/2024}}

CC: "bottom right tooth killing me 4 days", face swelling since yesterday.
Fisherman, works the shrimp boat out of {{LOCATION:Bayou La Batre}} with his brother-in-law {{NAME:Long}}.
Exam: R submandibular swelling, mild trismus (MIO 32 mm), floor of mouth soft, no dysphagia, T 99.1. #30 large carious lesion, percussion ++, 4 mm buccal fluctuance. #31 missing. PA radiograph: periapical radiolucency #30.
Dx: acute apical abscess #30 (K04.7).
Tx: I&D buccal, 2 mL purulence; extraction #30 under 2 carp 4% articaine w/ epi 1:100k. Gelfoam.
Rx: amoxicillin 500 mg TID x7d, ibuprofen 600 + APAP 500 q6h prn. No opioids.
Precautions: ED ({{FACILITY:Mobile Bay University Hospital}}) for trouble swallowing/breathing.
Recall {{DATE:10/17}} for cleaning; wife {{NAME:Lien}} also due.
{{NAME:Lamar Thigpen}}, DDS / asst {{NAME:kb}}
Pt phone {{PHONE:251-555-0163}}; next visit {{DATE:Thu 10/17/2024}} 8:30.`,
  `MORBIDITY & MORTALITY SUMMARY (peer review - confidential)
{{FACILITY:Tri-State Regional Medical Center}}, Dept of Surgery, case {{ID:MM-2024-031}}
Patient: {{NAME:E.W.}} ({{NAME:Eugene Whisnant}}), 71 M, MRN {{MRN:TSR8819204}}
Admitted {{DATE:08/02/2024}}; died {{DATE:08/11/2024 04:12}}

Summary: Lap sigmoid colectomy for recurrent diverticulitis on {{DATE:8/3}} by Dr. {{NAME:Fenwick}}. POD3 tachycardia 120s, WBC 18; CT delayed until POD5 ({{DATE:8/8}}) due to scanner downtime; showed anastomotic leak. Hartmann's on {{DATE:8/8/24}}. Septic shock, MSOF. Family ({{NAME:Ida Whisnant}}, wife) elected comfort care {{DATE:8/10}}.
Discussion: delay in CT (>36 h from first SIRS); weekend coverage; failure to rescue.
Classification: potentially preventable, system issue.
Actions: (1) CT backup agreement with {{FACILITY:Blue Ridge Imaging Center}}; (2) early warning score escalation to attending; (3) education by Dr. {{NAME:Chandrasekhar}}.
Presenter: {{NAME:Lauren Bissette}}, MD (PGY-4). Date of conference: {{DATE:September 18, 2024}}.
Minutes: {{NAME:R. Talley}}, quality coordinator; reviewed by Dr. {{NAME:Fenwick}} {{DATE:9/20/24}}.`,
  `WIC / NUTRITION REFERRAL FORM
Clinic: {{FACILITY:Mobile County Family Health - Prichard}}   Date: {{DATE:2/6/2025}}
Participant: {{NAME:Kaylani Dees}}   DOB: {{DATE:07/21/2024}}   Sex: F
Parent: {{NAME:Destiny Dees}}   Address: {{ADDRESS:416 Wilson Ave, Apt C}}, {{LOCATION:Prichard}}, AL {{ZIP:36610}}
Phone: {{PHONE:251-555-0137}}   Alt: grandmother {{NAME:Pamela Dees}} {{PHONE:251-555-0138}}

Medical:
- Wt 6.8 kg (8th %ile), Lt 66 cm (40th), WFL 5th %ile; down from 25th %ile at 4 mo visit {{DATE:11/20/24}}
- Hgb 10.6 g/dL on {{DATE:2/6/25}}
- Formula: Similac Advance 20 kcal/oz, taking 24 oz/day; mom dilutes "to stretch it" - counseled
- Prescribed: Similac Advance, mix to 22 kcal/oz per WIC dietitian; iron 15 mg/day (Fer-In-Sol)
- Allergies: none. Eczema.
Diagnosis: slow weight gain (R62.51), iron deficiency anemia
Physician: {{NAME:Rohan Mehta}}, MD   Signature/date: {{DATE:02/06/2025}}
Mom works part time at {{FACILITY:Dollar Depot - Prichard}}; baby at {{FACILITY:Kiddie Korner Daycare}}.`,
  `INTERPRETER-ASSISTED CONSENT NOTE
{{FACILITY:Clarke-Oconee Regional Hospital}}   {{DATE:3-27-2025}} 0815
Patient: {{NAME:Rigoberto Tzul Coj}}  MRN {{MRN:COR-557302}}  DOB {{DATE:1-1-1995}} (per ID; pt unsure of exact date)
Language: K'iche' (Mayan); Spanish is second language. K'iche' interpreter by video (interpreter ID {{ID:511248}}, Doña {{NAME:Petrona}}).

Procedure: right inguinal hernia repair with mesh (open, Lichtenstein).
Risks discussed: infection, bleeding, recurrence (~2-5%), chronic groin pain, injury to cord/testicle, urinary retention. Alternatives: watchful waiting, truss.
Pt lifts 50-lb crates at {{FACILITY:Athens Poultry Processing}}; asks when he can work. Told 4-6 wks no heavy lifting - he is worried about losing job; SW {{NAME:Lucinda}} will give employer letter. Supervisor Mr. {{NAME:Dwayne Pass}}.
Teach-back completed. Pt signed with an X; witness {{NAME:Ana Brito}}, RN.
Cousin {{NAME:Florentino}} ({{PHONE:706-555-0153}}) will drive home to {{LOCATION:Winterville}}.
{{NAME:Brooke Henley}}, MD`,
  `PEDIATRIC HEMATOLOGY - SICKLE CELL CLINIC
{{FACILITY:Georgia Southern Children's Blood Disorders Clinic}}
Patient: {{NAME:Jaylen Wigfall}}  DOB {{DATE:8/12/2014}}  Age 10   MRN {{MRN:GSC-0093381}}  Genotype HbSS
Visit: {{DATE:11/7/24}}   With: father {{NAME:Andre Wigfall}}, stepmother {{NAME:Keyonna}}

Interval: 1 ED visit ({{DATE:9/22/24}}) for VOC at {{FACILITY:Statesboro Regional}}, treated and released. No ACS since {{DATE:3/2023}}. Plays trumpet in band at {{FACILITY:Langston Chapel Middle}}.
Meds: hydroxyurea 1000 mg daily (~30 mg/kg), folic acid, penicillin stopped at 5. 
Labs: Hgb 9.4, MCV 112, HbF 24%, ANC 2.8, retic 6%. Cr 0.4. 
TCD {{DATE:10/30/2024}}: 148 cm/s (normal).
Vaccines: PCV20 ✔, MenB ✔, flu given today (lot UJ482AA).
Plan: continue HU at MTD. Eye exam (retinopathy) with {{FACILITY:Southeast Georgia Eye}}. Transition readiness 10+. RTC 3 mo.
School form for {{FACILITY:Bulloch County Schools}} 504 plan signed.
{{NAME:Folasade Ogunleye}}, MD
Dad's cell {{PHONE:912-555-0174}}; next visit {{DATE:2/6/25}} with {{NAME:Jaylen}}'s labs.`,
  `sms/secure chat (thread exported to chart)
{{DATE:04/02/2025}}
[09:12] {{NAME:Kerry-Ann Beckford}} RN (5W): dr {{NAME:salazar}} pt in 512 mr {{NAME:boykin}} bp 84/50, was 110s, hr 118, looks gray
[09:13] {{NAME:Luis Salazar}} MD: coming. 1 L LR bolus, stat lactate, cbc, bmp, bcx x2
[09:20] {{NAME:Kerry-Ann Beckford}} RN: lactate 4.6. family here - daughter {{NAME:Cherise}} asking what's going on
[09:21] {{NAME:Luis Salazar}} MD: calling rapid. tell her i'll talk in 15 min. pip-tazo now please
[09:40] rapid team (rt {{NAME:shawn}}, icu rn {{NAME:marta}}): map 58 after 2L, starting levo via L IJ placed by dr {{NAME:salazar}}
[09:58] {{NAME:Luis Salazar}} MD: transferring to {{FACILITY:Moultrie ICU - Tift Tower 3}}, accepted by dr {{NAME:ezeh}}. updated dtr {{NAME:Cherise Boykin}} {{PHONE:229-555-0108}}
[10:05] {{NAME:Kerry-Ann Beckford}} RN: report called to icu rn {{NAME:marta}}. pt's belongings + dentures w/ him
pt: {{NAME:Boykin, Alfred}}  MRN {{MRN:SGM-20011873}}`,
  `OCCUPATIONAL HEALTH - POST-EXPOSURE
Employer: {{FACILITY:Peachtree Protein Foods - Canton plant}}   Employee #{{ID:E-448201}}
Employee: {{NAME:Rosa Amelia Chavarría}}  DOB {{DATE:09/09/1986}}  Position: evisceration line, 2nd shift
Date of injury: {{DATE:01/17/2025 21:35}}   Seen: {{DATE:01/17/2025 22:50}} at {{FACILITY:Cherokee Occupational Medicine}}

Mechanism: puncture L index finger with hook while rehanging birds. Wearing cut glove, not mesh. 
Exam: 4 mm puncture volar DIP L index, no FB, full ROM, flexor tendons intact, neurovascular intact. 
X-ray: no FB, no fx.
Tx: irrigated, bacitracin, dressing. Td status: Tdap given {{DATE:06/2021}} per WebIZ. Doxycycline 100 BID x 5 d (Erysipelothrix/Aeromonas coverage per protocol).
Work status: modified duty, no wet work L hand x 3 days. Follow up {{DATE:1/20/2025}}.
OSHA 300 log entry: case {{ID:2025-0117}}.
Supervisor: {{NAME:Travis Lamb}}. Spanish interpreter: {{NAME:Gilberto}} (plant staff).
Provider: {{NAME:Meghan Ashby}}, NP
Employee phone {{PHONE:770-555-0111}}; HR contact {{NAME:Deborah Knox}} notified {{DATE:1/18/25}}.`,
  `ADMISSION NOTE - INPATIENT PSYCHIATRY (INVOLUNTARY)
{{FACILITY:Bryce Pines Behavioral Hospital}}, {{LOCATION:Tuscaloosa}}, AL - Unit 2 South
Patient: {{NAME:Leonard Earl Tubbs}}   DOB {{DATE:12/15/1976}}   Admit {{DATE:05/09/2025 1415}}
Probate petition # {{ID:2025-MH-0412}}, petitioner: sister {{NAME:Wanda Tubbs Gaines}}

HPI: 48M w/ schizoaffective d/o, bipolar type, stopped Invega Sustenna after last injection {{DATE:2/14/25}} at {{FACILITY:Black Warrior Mental Health Center}}. 3 weeks of no sleep, preaching on the street by the bus station, believes he is "the rightful owner" of the stadium. Threatened neighbor with a rake at {{ADDRESS:2814 28th Ave, Lot 9}}. Brought by deputies.
MSE: grandiose, pressured, FOI, no insight. Denies SI. + HI toward neighbor Mr. {{NAME:Gilliam}} ("he stole my dog").
UDS + THC. BAL 0. 
Plan: 72-h hold, probate hearing {{DATE:5/13}}. Olanzapine 10 mg PO/IM, lorazepam prn. Restart paliperidone palmitate after tolerability (234 mg day 1, 156 mg day 8). Collateral from case manager {{NAME:Tonya Rice}} ({{PHONE:205-555-0117}}).
{{NAME:Victor Amankwah}}, MD
Sister's phone {{PHONE:205-555-0118}}. Hearing in probate court, room B.`,
  `OUTPATIENT ONCOLOGY - INFUSION NOTE
{{FACILITY:Lowcountry Cancer Institute}} - Infusion Bay 6
Patient Mrs. {{NAME:Evangeline Wigfall Heyward}}, 67F, DOB {{DATE:3/31/1957}}, MRN {{MRN:LCI-2020447}}
{{DATE:Friday 1/10/25}} - C4D1 FOLFOX + bevacizumab, metastatic colon ca (liver mets)

Pre-tx labs: ANC 1.9, plt 132, Cr 0.8, AST 41, UPCR 0.3. BP 148/86.
Neuropathy grade 1 (fingertips cold-sensitive). No diarrhea. Port (PowerPort, SN {{DEVICE:PPT8820431}}) flushes well, + blood return.
Given: ondansetron 16, dexamethasone 12, oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU bolus 400 mg/m2 then CADD pump 2400 mg/m2 over 46 h (pump #{{DEVICE:CADD-7711}}).
Pump disconnect {{DATE:Sunday 1/12}} by {{FACILITY:Palmetto Infusion Home Care}}.
She speaks Gullah with her sister {{NAME:Queen Esther}}, who drives her from {{LOCATION:Johns Island}}.
Next cycle {{DATE:1/24/25}}. CEA trend 88 -> 41.
{{NAME:Adaeze Nwosu}}, RN OCN; Dr. {{NAME:Halloran}} aware
{{NAME:Queen Esther}} cell {{PHONE:843-555-0165}}.`,
  `PATHOLOGY REPORT
{{FACILITY:Southern Pathology Associates}} - CLIA 11D0987654
Patient: {{NAME:Ladonna Fripp}}   DOB: {{DATE:04/18/1969}}   MRN: {{MRN:BMH-300218}}   Acct: {{ACCOUNT:900144823}}
Accession: {{ID:SP25-018842}}   Collected: {{DATE:02/11/2025}}   Received: {{DATE:02/12/2025}}   Reported: {{DATE:02/14/2025}}
Submitting physician: {{NAME:Jerome Gathers}}, MD, {{FACILITY:Beaufort Sound Breast Center}}
Copy to: {{NAME:Nia Simmons-Green}}, NP ({{FACILITY:Port Royal Community Clinic}})

SPECIMEN: Left breast, 2:00, 4 cm FN, US-guided core biopsy x4 (14 g).
DIAGNOSIS: INVASIVE DUCTAL CARCINOMA, Nottingham grade 2 (tubules 3, pleomorphism 2, mitoses 1). DCIS, solid type, intermediate grade, present. LVI: not identified in cores. Clip placement confirmed on specimen radiograph.
BIOMARKERS (block A2): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal) - reflex FISH sent to {{FACILITY:Magnolia Reference Laboratories}}, HER2/CEP17 ratio pending. Ki-67 18%.
Comment: Results called to Dr. {{NAME:Gathers}} at 15:20 on {{DATE:2/14/25}}.
Electronically signed: {{NAME:Mei-Ling Harrington}}, MD, FCAP   {{DATE:02/14/2025 15:02}}`,
  `PROGRESS NOTE - CORRECTIONAL INFIRMARY
{{FACILITY:Lynches River Correctional Institution}} - Medical Unit, bed 3
Inmate: {{NAME:Shaun Duvall Grice}}   SCDC #: {{ID:00388129}}   DOB: {{DATE:10/10/1984}}
Date: {{DATE:06.30.2025}}

S: "My chest feel tight when I walk the yard." Hx HTN, HLD, HCV (treated 2022, SVR documented {{DATE:11/2022}}), GERD. Father died of MI at 52.
O: BP 156/98, HR 88, SpO2 98%. BMI 33. Lungs clear. No edema.
ECG: NSR, LVH by voltage, no acute ST changes.
Labs {{DATE:6/23}}: LDL 162, A1c 6.1, Cr 1.0.
A/P: 
- Exertional chest tightness, intermediate pretest prob - refer for stress test, outside consult at {{FACILITY:Palmetto Heart - Sumter}}; security transport request #{{ID:TR-25-3381}}.
- HTN uncontrolled: amlodipine 10 + add chlorthalidone 12.5.
- Atorvastatin 40 -> 80.
- Commissary: counsel on sodium (ramen, chips).
Next chronic care: {{DATE:7/28/25}}.
Emergency contact on file: mother {{NAME:Bertha Grice}}, {{LOCATION:Bishopville}}, SC.
{{NAME:Dwight Ferrell}}, PA-C / reviewed by Dr. {{NAME:Ocasio}}`,
  `EMAIL TO CARE TEAM (pasted into chart)
From: {{EMAIL:lgarrison@peachstatecasemgmt.example}}
To: {{EMAIL:hivclinic-nurses@augustamercy.example}}
Date: {{DATE:Mon, 10 Mar 2025 08:02:11 -0400}}
Subject: RE: {{NAME:D. Mosley}} - missed appts

Good morning,
Following up on {{NAME:Darnell Mosley}} (DOB {{DATE:4/4/1990}}). I finally reached him Saturday; he's been staying at {{FACILITY:Harvest Street Center of Hope}}, now at his aunt's house, {{ADDRESS:1921 Wrightsboro Rd}}, {{LOCATION:Augusta}}, GA {{ZIP:30904}}. New phone: {{PHONE:706-555-0197}}. He lost his bag with his meds (Dovato) at the bus station around {{DATE:2/20}}.
He's agreed to come in {{DATE:Thursday 3/13}} at 1:30 with Dr. {{NAME:Oyewole}}. I will give him a ride from the aunt's. Can you ask pharmacy ({{FACILITY:Mercy 340B Pharmacy}}) for an early fill? His ADAP # is {{HEALTH_PLAN:GAADAP-7718203}}.
Thanks,
{{NAME:Lorraine Garrison}}, BSW
Medical Case Manager, {{FACILITY:Peach State Case Management Services}}
{{PHONE:706-555-0198}}`,
  `ED PROVIDER NOTE - FAST TRACK
{{FACILITY:Pickens County Medical Center}}   {{DATE:05/26/2025 13:10}}
{{NAME:Brantley, Cody Wayne}}   DOB {{DATE:01/30/2003}}   22 M
CC: dog bite R forearm

HPI: bitten by neighbor's pit mix ("Diesel") at {{ADDRESS:44 Laurel Hollow Ln}}, {{LOCATION:Jasper}}, GA, about 1 hr ago. Dog's owner {{NAME:Travis Pettit}}; dog UTD on rabies per owner, tag #RV-2291. Pt works at {{FACILITY:Tate Marble Quarry}}.
Exam: 3 puncture wounds and 2.5 cm flap lac dorsal R forearm, no tendon involvement, full ROM, NV intact.
Tx: copious irrigation 500 mL, loosely approximated flap with 2 sutures, Tdap given.
Rx: amoxicillin-clavulanate 875 mg BID x5d.
Animal control notified (report # {{ID:AC-25-1142}}), 10-day observation of dog at owner's home. No rabies PEP indicated if dog remains healthy.
Wound check 48 h at {{FACILITY:Jasper Urgent Care}}.
{{NAME:Morgan Keheley}}, PA-C
Pt cell {{PHONE:706-555-0144}}. Owner {{NAME:Pettit}} contact given to animal control officer {{NAME:J. Cagle}}.`,
  `NUTRITION CONSULT
{{FACILITY:Black Belt Regional Hospital}}, {{LOCATION:Selma}}   {{DATE:11/14/2024}}
Pt: {{NAME:Mattie Lee Pettus}}   DOB {{DATE:5/1/1934}}   Age {{AGE:90}}   MRN {{MRN:BBR-5512093}}   Rm 208

Reason: MST 3, poor intake, wt loss.
Hx: CVA 2021? (per daughter), dysphagia, HTN, now admitted for UTI/dehydration from {{FACILITY:Dallas County Rest Haven}}.
Anthro: ht 5'2", wt 102 lb (46.4 kg), UBW 118 lb ({{DATE:May 2024}}), 13.6% loss in 6 mo - severe. BMI 18.7.
NFPE: moderate temporal wasting, severe loss at clavicles, mild edema ankles.
Diet: dysphagia IDDSI level 5 minced & moist, mildly thick liquids per SLP {{NAME:Ashanti}}.
Intake: 10-25% of meals x 3 days.
Dx: severe protein-calorie malnutrition (chronic), E43.
Recs: Ensure Plus TID (1050 kcal, 48 g pro), magic cup BID, liberalize diet, daughter {{NAME:Hazel Pettus}} may bring home-cooked food (field peas, cornbread soaked in pot likker ok if minced). Weekly wts. Estimated needs 1400-1600 kcal, 55-70 g pro.
{{NAME:Kristen Delacroix}}, MS, RDN, LD
Will reassess {{DATE:11/18/24}}. Rec faxed to {{FACILITY:Dallas County Rest Haven}} DON Ms. {{NAME:Cunningham}}, {{FAX:334-555-0127}}.`,
  `OB CLINIC - PRENATAL VISIT 28 WK
{{FACILITY:Sumter Healthy Start OB}}   {{DATE:August 8, 2024}}
Patient: {{NAME:Keturah Singletary}}  DOB {{DATE:3/12/2002}}  G2P1001  EDD {{DATE:10/31/2024}}
Partner: {{NAME:Jamal Richburg}} (active duty at {{FACILITY:Wateree Air Base}}, deployed)

BP 138/88 (repeat 134/86). Wt +2 lb. FH 28 cm. FHR 144. Urine prot trace. 
1-hr GTT 152 -> 3-hr GTT scheduled {{DATE:8/12}}.
Tdap given today (lot AC52B119CA). Rhogam not needed (O pos).
Hgb 9.9 - start ferrous sulfate 325 every other day.
Edinburgh 11 - mild; pt says she's "stressed with {{NAME:Jamal}} gone" and her mother {{NAME:Geraldine}} in {{LOCATION:Manning}} helping with 2 yo {{NAME:Khalil}}. Referred to {{FACILITY:Mothers & Babies of Sumter}} support group.
Low-dose ASA 81 - continue. 
Baby ASA, preeclampsia precautions reviewed. BP checks at home (cuff via {{FACILITY:Sumter Healthy Start OB}}).
RTC 2 wks. Contact {{PHONE:803-555-0114}}.
{{NAME:Monique Addison}}, CNM`,
  `INFECTION PREVENTION - TB CONTACT INVESTIGATION NOTE
{{FACILITY:Gwinnett Pines Medical Center}} / county TB program liaison
Index case: {{NAME:Sanjay Patel}}   DOB {{DATE:07/07/1961}}   MRN {{MRN:GPM-6021944}}
Smear 3+ AFB, GeneXpert MTB detected, RIF resistance not detected, collected {{DATE:3/4/25}}.
Occupation: manager at {{FACILITY:Lakeside Inn & Suites}} (family-owned motel, {{ADDRESS:5190 Jimmy Carter Blvd}}, {{LOCATION:Norcross}}). Lived in {{LOCATION:Ahmedabad}}, India until 2019.

Household contacts: wife {{NAME:Hema Patel}} (58), son {{NAME:Rahul}} (31), daughter-in-law {{NAME:Priya}} (29), grandson {{NAME:Aarav}} (3) - window prophylaxis started.
Hospital exposures {{DATE:3/1/25-3/4/25}} before airborne isolation: ED bay 14, 6 North rm 611. Staff list (22) to employee health ({{NAME:Jan Kowalczyk}}, RN).
Motel: 2 long-term residents flagged.
Plan: RIPE, DOT via health dept. Local health dept notified. 
{{NAME:Olivia Marchetti}}, MPH, CIC
Home visit {{DATE:3/7/25}}; {{NAME:Hema}} cell {{PHONE:770-555-0136}}.`,
  `DEATH PRONOUNCEMENT NOTE
{{FACILITY:Lowndes Regional Medical Center}} - 6 Tower
Patient: {{NAME:Horace Lee Crenshaw}}   MRN {{MRN:LRM-0441203}}   DOB {{DATE:9/25/1931}}
Called by RN {{NAME:Patrice}} at 0342 for no respirations. 
Exam: no response to verbal/painful stimuli, pupils fixed and dilated, no heart sounds x 1 min, no breath sounds x 1 min, no carotid pulse.
Time of death: {{DATE:12/08/2024 03:47}}.
Cause: end-stage COPD with hypercapnic respiratory failure; comfort care since {{DATE:12/6}}. DNR.
Family: daughter {{NAME:Sylvia Crenshaw-Mims}} notified by phone at 0355 ({{PHONE:229-555-0164}}); she will come with her brother {{NAME:Horace Jr.}} Funeral home: {{FACILITY:Mims & Sons Mortuary}}, {{LOCATION:Valdosta}}.
Medical examiner: not a ME case. Organ donation: {{FACILITY:Southern Gift of Life OPO}} notified, ref # {{ID:LL-1208-0412}}, not a candidate ({{AGE:93}} y, sepsis).
Attending Dr. {{NAME:Batts}} notified.
{{NAME:Chidi Okeke}}, MD (night hospitalist)
Death certificate to Dr. {{NAME:Batts}} {{DATE:12/9/24}}.`,
  `PATIENT PORTAL - MESSAGE
From: {{NAME:Bao Tran}}
Sent: {{DATE:2025-07-02 22:41}}
To: Dr. {{NAME:Hollingsworth}} / {{FACILITY:Gainesville Women's Health}}
Re: bleeding after my procedure

hello doctor, i had the leep done {{DATE:june 24}} and i am still bleeding, like a period, it started heavy again today and i have brown stuff that smells. no fever, i took 2 advil. i work at {{FACILITY:Nail Bar 77}} in {{LOCATION:Oakwood}} and stand all day. is this normal?? my husband {{NAME:Quang}} says go to ER. my number {{PHONE:678-555-0171}}. thank you so much
- {{NAME:Bao Tran}} (dob {{DATE:1/22/1991}})

Nurse reply {{DATE:07/03/2025 08:15}}: Hi Ms. {{NAME:Tran}}, some brown discharge is normal for 2-3 weeks after LEEP (from the Monsel's paste). Heavier bleeding than a period, soaking a pad an hour, or fever means go to the ER at {{FACILITY:Lanier Ridge Medical Center}}. We scheduled you for a check today at 2:15 with {{NAME:Dana Whitmire}}, NP. - {{NAME:Courtney}}, RN`,
  `HOME HEALTH OT EVAL
Agency: {{FACILITY:Sandhills Home Care}}   {{DATE:4/4/25}}
Patient: {{NAME:Zebulon Hatley}}  DOB {{DATE:06/19/1945}}  Address: {{ADDRESS:1718 Hwy 24-27 E}}, {{LOCATION:Troy}}, NC {{ZIP:27371}}
Referring: Dr. {{NAME:Sowell}}, {{FACILITY:Montgomery Family Medicine}}. Dx: Parkinson's disease (G20), falls, s/p L wrist fx.

Home: single-wide, 4 steps no rail at back door, tub/shower combo, raised toilet absent. Lives with wife {{NAME:Cora}}, who has macular degeneration. Son {{NAME:Dwayne}} lives next door, works at {{FACILITY:Troy Lumber}}.
Function: Hoehn & Yahr 3. Shuffling gait, freezing at doorways. Dressing min A (buttons), bathing mod A. MoCA 23/30. Grip R 18 kg, L in cast.
Interventions: tub transfer bench, grab bars, raised toilet seat ordered via {{FACILITY:Piedmont Medical Equipment}}; laser cue for freezing; button hook; visual cueing tape at doorways.
Carbidopa/levodopa 25/100 timing reviewed (take 30 min before meals, not with milk or Boost).
Plan: OT 2w4. Next visit {{DATE:4/8}}.
{{NAME:Jocelyn Vang}}, OTR/L
Called {{NAME:Dwayne}} {{PHONE:910-555-0152}} re: grab bar install {{DATE:4/6/25}}.`,
  `CASE MANAGEMENT UR NOTE
{{FACILITY:Houston-Dothan Medical Center}}   {{DATE:01/22/2025}}
Pt: {{NAME:Reginald Dubose}}  MRN {{MRN:HDM-7730912}}  Payer: Alabama Medicaid, ID {{HEALTH_PLAN:503318842}}
Admit {{DATE:1/19/25}}, obs -> inpatient {{DATE:1/20/25}} (InterQual criteria met: DKA, pH 7.12).
Auth # {{ID:AMA-2501-88321}} obtained from payer, 3 days approved, next review {{DATE:1/23}}.
Barriers: no PCP, no insulin at home, uninsured until Medicaid retro; lives with girlfriend {{NAME:Tamara Hicks}} at {{FACILITY:Budget Suites of Dothan}}, room 221. Works day labor at {{FACILITY:Wiregrass Peanut Co-op}}.
Plan: PCP appt at {{FACILITY:SouthEast Alabama Rural Health Associates}} {{DATE:1/28 at 10:40}}; insulin via 340B at discharge; diabetes education completed by CDE {{NAME:Yvette}}; glucometer given.
Discharge tentatively {{DATE:1/23/2025}}. Transportation: Medicaid NET.
{{NAME:Brandy Kilpatrick}}, RN, CM   ext {{PHONE:5524}}
{{NAME:Tamara}} cell {{PHONE:334-555-0116}}.`,
  `NIGHT FLOAT SIGN-OUT (I-PASS) - MED TEAM 2   {{DATE:3/9/25}}
{{FACILITY:Grady Oaks Memorial Hospital}}

1) 604-A {{NAME:WASHINGTON, ALBERTA}} 81F - UGIB, Hgb 6.9 -> 8.2 after 2U. EGD {{DATE:3/10}} 0800 by Dr. {{NAME:Mahabir}}. IF Hgb <7 or melena, transfuse + call GI fellow {{NAME:Brian Cho}} x{{PHONE:6612}}. Son {{NAME:Otis}} is POA.
2) 607 {{NAME:TRAN, DUC MINH}} 70M - CAP, improving. Vietnamese. Dtr {{NAME:Linh}} wants call if any change: {{PHONE:404-555-0125}}.
3) 611-B {{NAME:ESPINOZA, MARICELA}} 33F - pyelo + 16 wk pregnant, OB (Dr. {{NAME:Kagame}}) following. Ceftriaxone. Fever curve down.
4) 615 {{NAME:JOHNSON, LAMAR}} "{{NAME:PEANUT}}" 45M - EtOH w/d, CIWA 14 at 1800, on phenobarb protocol. Watch for DTs. Sister {{NAME:Deloris}} is only contact. From {{FACILITY:Pine Street Men's Shelter}}.
5) 620 {{NAME:BHATT, KOKILABEN}} {{AGE:95}}F - hip fx, non-op per family; comfort-focused. Grandson {{NAME:Nikhil Bhatt}} {{PHONE:770-555-0120}}.
6) 622 {{NAME:HUTTO, CLAYTON}} 58M - new HFrEF, lasix gtt. K 3.3 - replete. Works at {{FACILITY:Atlanta Bread & Bun Bakery}}.
Code statuses: 1 DNR, 5 DNR/DNI, rest full.
From: {{NAME:Ifunanya Obi}}, MD (day) -> {{NAME:Colin Reardon}}, MD (night)`,
  `ALLERGY / IMMUNOLOGY CONSULT
{{FACILITY:Waccamaw Coastal Health}} - Allergy Clinic
{{NAME:Savannah Grace Purvis}}, 16F, DOB {{DATE:01/25/2009}}, MRN {{MRN:CCU-7755213}}. Seen {{DATE:9/30/2024}} with mother {{NAME:Heather Purvis}}.

Reason: anaphylaxis {{DATE:8/17/24}} after eating boiled peanuts at a roadside stand in {{LOCATION:Loris}}; hives, throat tightness, vomiting. EMS gave IM epi x1; observed at {{FACILITY:Waccamaw Conway Medical}} 6 h.
Hx: eczema, asthma (mild intermittent). Tolerated peanut butter until age ~10? mother unsure.
Testing: SPT peanut 11 mm wheal, tree nut panel neg, sesame neg. Component: Ara h 2 9.8 kUA/L.
Dx: IgE-mediated peanut allergy with anaphylaxis.
Plan: strict avoidance, Auvi-Q 0.3 mg x2 (school + home), anaphylaxis action plan for {{FACILITY:Loris Creek High School}} nurse; discussed OIT (Palforzia) - family interested, will start after FDA label review for age; cheer coach {{NAME:Rowell}} to be trained.
{{NAME:Arjun Malhotra}}, MD
Letter for school nurse Ms. {{NAME:Hucks}} faxed {{DATE:10/1/2024}}; mom cell {{PHONE:843-555-0176}}.`,
  `CORRECTIONAL HEALTH - RELEASE / REENTRY PLAN
{{FACILITY:Escambia Bay Detention Facility}} - Health Services
Inmate: {{NAME:Terrence L. Gaskin}}   Jacket #: {{ID:E-2231908}}   DOB: {{DATE:11-03-1979}}
Release date: {{DATE:02/15/2025}}

Conditions: HIV (VL <20 {{DATE:12/20/24}}), HTN, OUD in remission on buprenorphine (Sublocade 100 mg, last inj {{DATE:2/1/25}}), hx MRSA.
Discharge meds (30-day supply + vouchers): Biktarvy, amlodipine 10; next Sublocade due {{DATE:3/3/25}}.
Appointments:
- HIV: {{FACILITY:Pensacola Ryan White Clinic}} {{DATE:2/18/25}} 9:00, Dr. {{NAME:Amankwah}}, {{PHONE:850-555-0106}}
- MOUD: {{FACILITY:Lakeview Bridge Clinic}} {{DATE:2/19/25}}
- Housing: bed at {{FACILITY:Palafox Street Rescue Mission}} confirmed by Mr. {{NAME:Simmons}}
Naloxone kit given. ID card/Medicaid application submitted (FL Medicaid pending).
Girlfriend {{NAME:Shanice Tolbert}} picking him up, {{PHONE:850-555-0107}}, plate {{VEHICLE:FL JKR-4410}}.
Reentry coordinator: {{NAME:Patricia Oduya}}, LCSW`,
  `INPATIENT CONSULT - WOUND/OSTOMY
{{FACILITY:Cape Fear Crossroads Hospital}}   {{DATE:10-17-2024}}
Pt: {{NAME:Carl Edward Locklear}}, 60M, MRN {{MRN:CFV-2298104}}. Lumbee, from {{LOCATION:Pembroke}}, NC. Retired from {{FACILITY:Maxton Foods}}.
Consult by Dr. {{NAME:Oxendine}}: new end colostomy s/p Hartmann's {{DATE:10/14}}.

Stoma: LLQ, 35 mm round, budded 1.5 cm, red, moist, mucocutaneous junction intact. Output: soft brown stool, flatus. Peristomal skin intact.
Pouching: 2-pc, 57 mm flange, precut to 35 mm, barrier ring. Wear time goal 3-4 days.
Teaching: pt and wife {{NAME:Loretta Locklear}} emptied pouch x2 with supervision; daughter {{NAME:Kim}} (RN at {{FACILITY:Robeson Crossroads Regional}}) will help at home.
Supplies: first order via {{FACILITY:Lumber River Medical Supply}}.
Also: sacral DTI 2 x 3 cm, purple, intact - offload, Z-flo, foam.
Follow-up ostomy clinic {{DATE:11/1/24}}.
{{NAME:Stephanie Brayboy}}, RN, CWOCN
{{NAME:Loretta}} phone {{PHONE:910-555-0169}}; home health referral to {{FACILITY:Lumbee River Home Health}} {{DATE:10/18/24}}.`,
  `DIALYSIS CHARGE NURSE HANDOFF - {{FACILITY:Coastal Kidney Care - Hinesville}}   {{DATE:Tue 11/19/24}} 2nd shift
Chair 2 {{NAME:McIver, Rosalind}} - cramping last 3 tx, EDW reassessed to 71.0 kg by Dr. {{NAME:Oduya}}. Daughter {{NAME:Tiana}} picks up 1630.
Chair 4 {{NAME:Delgado, Ramon}} - new L AVF cannulation #3, 17 g needles, no infiltration. Works at {{FACILITY:Liberty County Commissary Warehouse}}, wants evening shift.
Chair 5 {{NAME:Bui, Thanh}} - Vietnamese, son {{NAME:Dat}} interprets by phone {{PHONE:912-555-0131}}. Hgb 8.4, Mircera increased.
Chair 7 {{NAME:Grant, Roosevelt}} - phos 6.9, binder teaching again. Missed {{DATE:11/15}}.
Chair 9 {{NAME:Sapp, Ida Belle}} {{AGE:91}} - hypotension to 82/40 at hr 3, tx ended 20 min early, SBP 104 after 200 mL NS. Lives at {{FACILITY:Magnolia Manor of Hinesville}}. Facility nurse {{NAME:Connie}} {{PHONE:912-555-0146}} notified.
Chair 11 {{NAME:Abara, Chukwuemeka}} - catheter (R IJ tunneled, placed {{DATE:10/30/24}}) exit site red, swabbed, BCx x2 drawn from lines, vanc 1 g given per protocol, Dr. {{NAME:Oduya}} aware.
Transport issues: {{FACILITY:Coastal Ride Medical Van}} late x2 today.
Charge RN {{NAME:Felicia Mobley}} -> {{NAME:Ron Keel}}`,
  `EYE CLINIC NOTE
{{FACILITY:Southeastern Retina & Eye - Columbia}}
{{NAME:Lula Belle Kinloch}}   DOB {{DATE:6/2/1951}}   Visit {{DATE:12 Feb 2025}}
Referred by {{NAME:Desmond Fogle}}, OD, {{FACILITY:Family Vision Center of Walterboro}}

CC: blurry vision OD x 2 mo, "like looking through Vaseline."
Hx: DM2 x 25 yrs (A1c 10.2 on {{DATE:1/15/25}}), HTN, CKD 3a. Prior PRP OS {{DATE:March 2019}} at {{FACILITY:Lowcountry Storm Eye Institute}}.
VA cc: OD 20/100, OS 20/40. IOP 17/15 (Goldmann). 
DFE: OD - severe NPDR, CSME with hard exudates temporal to fovea; OS - PDR s/p PRP, regressed NVD, no VH.
OCT: OD CST 468 um, intraretinal and subretinal fluid; OS CST 276.
A/P: CI-DME OD - intravitreal bevacizumab 1.25 mg/0.05 mL OD today (lot 3389022; time-out done, betadine 5%). Monthly x3 then reassess. OS - observe.
Pt lives in {{LOCATION:Walterboro}}; niece {{NAME:Pearline}} drives, {{PHONE:843-555-0195}}. 
RTC {{DATE:3/12/25}}. Letter to PCP Dr. {{NAME:Kuruvilla}}.
{{NAME:Marcus Thibodeaux}}, MD
Scribe: {{NAME:A. Ravenel}}. Signed {{DATE:02/12/2025 16:48}}.`,
  `PEDIATRIC CHILD ABUSE TEAM CONSULT - CONFIDENTIAL
{{FACILITY:Children's Hospital of the Lowcountry}}   {{DATE:11/23/2024 17:30}}
Patient: {{NAME:Brayden Lee Coker}}  DOB {{DATE:05/09/2024}}  6 mo M   MRN {{MRN:CHL45210088}}
Accompanied by: mother {{NAME:Kaitlyn Coker}} (19), maternal grandmother {{NAME:Sherry Ballentine}}

Reason: R femur fx in non-ambulatory infant. History from mother: "got his leg stuck in the crib rails" while with mother's boyfriend {{NAME:Dustin Mahaffey}} on {{DATE:11/21}}.
Skeletal survey {{DATE:11/23/24}}: acute transverse R femur midshaft fx; healing posterior R 7th and 8th rib fx (est. 2-4 wks old); no CML.
Head CT: no ICH. Ophtho exam (Dr. {{NAME:Vuong}}): no RH. LFTs, lipase, UA normal. 
Impression: findings highly concerning for physical abuse.
Actions: SC DSS report # {{ID:CPS-24-118402}} made at 17:10 to intake worker Ms. {{NAME:Hardee}}; law enforcement notified. Sibling screening for {{NAME:Kaylee}} (2 y), who is at daycare ({{FACILITY:Tiny Blessings Child Care}}).
Follow-up skeletal survey in 2 weeks (~{{DATE:12/7}}).
{{NAME:Adrienne Bostick}}, MD, Child Abuse Pediatrics`,
  `SPEECH-LANGUAGE PATHOLOGY - SWALLOW STUDY (MBSS)
{{FACILITY:Chattahoochee Valley Regional}}, Radiology Fluoro Room 2   {{DATE:07/15/2025}}
Pt: {{NAME:Wilbur T. Cantrell}}   DOB {{DATE:10/31/1944}}   MRN {{MRN:CVR-0093318}}
Ordered by: {{NAME:Samantha Vickery}}, MD. Radiologist: Dr. {{NAME:Imani Okpara}}

Hx: L MCA stroke {{DATE:7/9/25}}, wet voice, coughing with thin liquids at bedside eval by SLP {{NAME:Jenna}}.
Findings: 
- Thin (cup): delayed swallow initiation, penetration to cords with silent aspiration (PAS 8) x2.
- Mildly thick (nectar, spoon/cup): PAS 3, cleared with cued cough.
- Puree, soft & bite-sized: vallecular residue mild, cleared with liquid wash.
- Chin tuck reduced penetration with thin - not consistent.
MBSImP oral total 9, pharyngeal total 14.
Recs: IDDSI level 6 soft & bite-sized, level 2 mildly thick liquids, meds crushed in puree, upright 90°, 1:1 supervision, oral care TID. Repeat MBSS 2-3 wks at {{FACILITY:Opelika Rehab Hospital}} (planned d/c {{DATE:7/18}}).
Wife {{NAME:Nell Cantrell}} present, educated.
{{NAME:Rebekah Hurst}}, MS, CCC-SLP
Results faxed to {{FACILITY:Opelika Rehab Hospital}} admissions, {{FAX:334-555-0178}}, on {{DATE:7/15/25}}.`,
  `VACCINE ADMINISTRATION RECORD - MOBILE CLINIC
{{FACILITY:Faith & Health Partnership Van}} at {{FACILITY:Mount Olive Missionary Baptist Church}}, {{ADDRESS:310 Church St}}, {{LOCATION:Greenwood}}, SC
Event date: {{DATE:Saturday October 19, 2024}}

Name | DOB | Vaccine | Lot | Site | Given by
{{NAME:Arthur Peak}} | {{DATE:02/14/1950}} | Flu HD | UT8831 | L delt | RN {{NAME:Harmon}}
{{NAME:Jessie Mae Peak}} | {{DATE:08/21/1952}} | Flu HD, COVID 2024-25 | UT8831, GK7112 | L/R delt | RN {{NAME:Harmon}}
{{NAME:Gabriela Ruiz}} | {{DATE:12/03/1988}} | Tdap (27 wk preg) | AC52B | R delt | LPN {{NAME:Duckett}}
{{NAME:Nguyen Van Thanh}} | {{DATE:07/01/1962}} | Shingrix #1 | 9J3RS | L delt | LPN {{NAME:Duckett}}
{{NAME:Roscoe Gilliard}} | {{DATE:11/11/1933}} ({{AGE:90}}) | Flu HD | UT8831 | R delt | RN {{NAME:Harmon}}
Adverse events: none. Observation 15 min; Mr. {{NAME:Gilliard}} observed 30 min (syncope hx).
Records entered in state registry {{DATE:10/21/24}} by {{NAME:T. Duckett}}.
Coordinator: Deacon {{NAME:Lionel Mack}}, {{PHONE:864-555-0119}}`,
  `RHEUMATOLOGY NEW PATIENT
{{FACILITY:Piedmont Crest Health - Rheumatology}}   {{DATE:01/09/2025}}
{{NAME:Folake Adebayo-Reid}}, 34F   DOB {{DATE:6/18/1990}}   MRN {{MRN:PC20117780}}
Referred by {{NAME:Shanna Greer}}, PA, {{FACILITY:Gwinnett Urgent Care North}}

HPI: 4 mo of symmetric small-joint pain, malar rash worse after beach trip to {{LOCATION:Tybee Island}}, oral ulcers, hair thinning, pleuritic CP. Two miscarriages (one in 2021, one {{DATE:Aug 2023}}). Works as a nurse at {{FACILITY:Lawrenceville Northside Medical}}.
Exam: malar rash sparing nasolabial folds, 2 palatal ulcers, synovitis MCP 2-3 bilat.
Labs {{DATE:12/18/24}}: ANA 1:1280 homogeneous, dsDNA 212, C3 62, C4 8, Smith +, RNP +, aPL: LAC positive, aCL IgG 48. CBC: WBC 3.1, plt 118. UA: 2+ protein, UPCR 0.9.
Impression: SLE (2019 EULAR/ACR score 24) with probable lupus nephritis and APS.
Plan: HCQ 300 mg daily (eye exam baseline), prednisone 20 mg, renal bx (Dr. {{NAME:Olumide}} nephrology), ASA 81. Contraception counseling - no estrogen.
Husband {{NAME:Damien Reid}} present. 
{{NAME:Hyun-Joo Kang}}, MD
RTC {{DATE:2/6/2025}}; {{NAME:Folake}} prefers portal, email {{EMAIL:folake.ar@inboxmail.example}}.`,
  `HOSPITAL AT HOME / TRANSITIONAL CARE CALL
Call date: {{DATE:08-04-25}}   Caller: {{NAME:Imani Greene}}, RN, {{FACILITY:Midlands General Transitional Care}}
Patient: {{NAME:Eulalia}} "{{NAME:Lala}}" {{NAME:Simmons}}   DOB {{DATE:12-30-1939}}   Discharged {{DATE:08-01-25}} (COPD exac)
Spoke with: patient and granddaughter {{NAME:Brianna}} (on speaker), {{PHONE:803-555-0183}}

1. Symptoms: breathing "better than at the hospital", using 2 L O2 from {{FACILITY:Congaree Oxygen & Home Medical}}, 3 L at night.
2. Meds: has all; confused about prednisone taper - reviewed (40 mg x2 more days then stop, ends {{DATE:8/6}}). Trelegy daily. 
3. F/u: PCP Dr. {{NAME:Gbadamosi}} at {{FACILITY:Two Rivers Cooperative Health}} on {{DATE:8/8/25}} 11:20 - confirmed; ride from grandson {{NAME:Tyrell}}.
4. Pulm rehab referral to {{FACILITY:Sandhill Northeast Pulmonary Rehab}} - they will call.
5. Red flags reviewed. Home safety: lives at {{ADDRESS:1403 Marion St, Apt 2}}, {{LOCATION:Columbia}}, {{ZIP:29201}}, 2nd floor walk-up; pastor from {{FACILITY:Zion Hill Baptist}} checks daily.
Time spent 22 min. Next call {{DATE:8/11}}.
cc Dr. {{NAME:Gbadamosi}}; {{NAME:Imani Greene}} RN ext {{PHONE:4470}}`,
];

export const HELDOUT_REALISTIC_23_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout23-${i + 1}`, n));
